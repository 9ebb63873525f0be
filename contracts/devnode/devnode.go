// Package devnode runs what `geth --dev` runs, in process, for tests and local use: a
// go-ethereum node with the eth service on the dev genesis (one funded faucet account,
// chain id 1337), blocks made on demand by the simulated beacon when transactions
// arrive, and JSON-RPC over HTTP on a loopback port.
//
// Start returns errors from node construction and startup; nothing panics.
package devnode

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// Node is a running dev node.
type Node struct {
	stack *node.Node
	// URL is the HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:41234.
	URL string
}

// Start starts an in-memory dev node whose genesis funds faucet, listening on
// 127.0.0.1 at a free port. Close stops it.
func Start(faucet common.Address) (*Node, error) {
	stack, err := node.New(&node.Config{
		Name: "poa-devnode", HTTPHost: "127.0.0.1", HTTPPort: 0, HTTPModules: []string{"eth", "net", "web3"},
		P2P: p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
	})
	if err != nil {
		return nil, fmt.Errorf("devnode: %w", err)
	}
	cfg := ethconfig.Defaults
	cfg.Genesis = core.DeveloperGenesisBlock(30_000_000, &faucet)
	cfg.SyncMode = ethconfig.FullSync
	cfg.Miner.GasCeil = 30_000_000
	backend, err := eth.New(stack, &cfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnode: eth service: %w", err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnode: beacon: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnode: start: %w", err)
	}
	return &Node{stack: stack, URL: stack.HTTPEndpoint()}, nil
}

// Close stops the node.
func (n *Node) Close() error { return n.stack.Close() }
