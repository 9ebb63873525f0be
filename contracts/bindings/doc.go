// Package bindings holds the abigen v2 Go bindings of poa's compiled contracts
// (contracts/artifacts). Every other file here is generated; regenerate with
// `make contracts`, which fails if the committed files differ from a fresh build.
package bindings

//go:generate ../generate.sh
