package client

import "errors"

var (
	// ErrBadURL is returned by New for a node URL that is not http(s)://host[:port].
	ErrBadURL = errors.New("bad node URL")
	// ErrBadResponse is returned when a successful response cannot be decoded (or
	// is over the size limit): the URL probably does not point at a poa node.
	ErrBadResponse = errors.New("bad response from node")
)
