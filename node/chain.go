package node

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"poa/api"
	"poa/contracts"
	"poa/protocol"
	"poa/settlement"
	"poa/store"
)

// embeddedMu serializes this process's use of embedded chains: opening one replays its
// log (and cuts a torn last line off it), and every transaction appends to it, so two
// goroutines of one node (a request closing an epoch, another reading the protocol)
// must not interleave. Other processes are kept out by the store's lock.
var embeddedMu sync.Mutex

// openEmbedded opens st's embedded chain for this goroutine alone; done closes it and
// lets the next one in.
func openEmbedded(ctx context.Context, st *store.Store, ev *Events) (*contracts.Chain, *contracts.DevAccounts, func(), error) {
	embeddedMu.Lock()
	chain, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(st.Dir(), "chain"),
		func(done, total int) { ev.progress("chain")("replay", done, total) })
	if err != nil {
		embeddedMu.Unlock()
		return nil, nil, nil, fmt.Errorf("embedded chain: %w", err)
	}
	return chain, dev, func() { chain.Close(); embeddedMu.Unlock() }, nil
}

// Protocol reads the protocol around st's embedded-chain deployment (protocol.View):
// governed parameters, proposals, provers, challenge windows, challenges and vesting.
// Without a deployment it fails with store.ErrNotFound.
func Protocol(ctx context.Context, st *store.Store) (*api.ProtocolView, error) {
	chain, _, done, err := openEmbedded(ctx, st, nil)
	if err != nil {
		return nil, err
	}
	defer done()
	d, err := settlement.LoadDeployment(ctx, st, chain)
	if errors.Is(err, contracts.ErrNoDeployment) {
		return nil, fmt.Errorf("no contracts deployed on the embedded chain yet (poa chain up, or the first settlement): %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	return protocol.View(ctx, chain, d)
}
