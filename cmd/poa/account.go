package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// accountFlags are a command's chain flags plus --from, which of the embedded chain's dev
// accounts signs (with --rpc the signing key does, and --from is refused).
type accountFlags struct {
	chainFlags
	from string
	def  string // the dev account that signs without --from
}

func (f *accountFlags) add(c *cobra.Command, def string) {
	f.chainFlags.add(c)
	f.def = def
	c.Flags().StringVar(&f.from, "from", "", "embedded chain: the dev account that signs, owner|poster|spare (default "+def+"); with --rpc the signing key does")
}

// signer is who sends: on the embedded chain the dev account --from names (the
// command's default without it), with --rpc the session's key.
func (f *accountFlags) signer(s *session) (*ecdsa.PrivateKey, error) {
	if s.dev == nil {
		if f.from != "" {
			return nil, errors.New("--from names the embedded chain's dev accounts; with --rpc the signing key (--key-file or --key-env) sends")
		}
		return s.signer, nil
	}
	name := f.from
	if name == "" {
		name = f.def
	}
	switch name {
	case "owner":
		return s.dev.Owner, nil
	case "poster":
		return s.dev.Poster, nil
	case "spare":
		return s.dev.Spare, nil
	}
	return nil, fmt.Errorf("--from %q: want owner, poster or spare", f.from)
}
