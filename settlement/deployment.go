package settlement

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"poa/contracts"
	"poa/store"
)

// Target is where epochs are posted: a chain, the deployment recorded for it in the
// store, and the poster's key.
type Target struct {
	Chain      *contracts.Chain
	Key        string // store key of the deployment: "embedded" or "chain-<id>"
	Deployment *contracts.Deployment
	Poster     *ecdsa.PrivateKey
}

// DeploymentKey is the store key of the deployment on chain c.
func DeploymentKey(c *contracts.Chain) string {
	if c.Embedded() {
		return "embedded"
	}
	return fmt.Sprintf("chain-%d", c.ChainID.Uint64())
}

// LoadDeployment reads the deployment recorded for chain c and checks that it is on
// that chain (chain id) and that its Settlement has code there. Without a record it
// returns an error wrapping contracts.ErrNoDeployment.
func LoadDeployment(ctx context.Context, st *store.Store, c *contracts.Chain) (*contracts.Deployment, error) {
	key := DeploymentKey(c)
	var d contracts.Deployment
	if err := st.Get(store.KindDeployment, key, &d); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("%s: %w (run `poa chain up` first)", c.URL, contracts.ErrNoDeployment)
		}
		return nil, err
	}
	if d.ChainID != c.ChainID.Uint64() {
		return nil, fmt.Errorf("deployment %s: %w: recorded %d, endpoint %d", key, contracts.ErrChainID, d.ChainID, c.ChainID)
	}
	code, err := c.Client.CodeAt(ctx, d.Settlement, nil)
	if err != nil {
		return nil, err
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("deployment %s: no Settlement code at %s on %s: %w", key, d.Settlement.Hex(), c.URL, contracts.ErrNoDeployment)
	}
	// A Settlement from before staking and governance has no params(): nothing of this
	// version can post to it.
	if _, err := contracts.ReadParams(ctx, c, &d); err != nil {
		return nil, fmt.Errorf("deployment %s: the Settlement at %s on %s predates staking and governance (%v): %w; "+
			"use a new data directory, or for the embedded chain move %s/chain away and run poa chain up",
			key, d.Settlement.Hex(), c.URL, err, ErrState, st.Dir())
	}
	return &d, nil
}

// SaveDeployment records d as the deployment of chain c.
func SaveDeployment(st *store.Store, c *contracts.Chain, d *contracts.Deployment) error {
	return st.Put(store.KindDeployment, DeploymentKey(c), d)
}

// verifierSize is the circuit size the deployment's verifier checks (0: any, the fixture).
func verifierSize(d *contracts.Deployment) int {
	if v, ok := contracts.Verifiers()[d.VerifierName]; ok {
		return v.Size
	}
	return 0
}

// ChainFeeRule is the fee rule t's Settlement splits by now (governed; Settlement.params()).
func ChainFeeRule(ctx context.Context, t Target) (FeeRule, error) {
	p, err := contracts.ReadParams(ctx, t.Chain, t.Deployment)
	if err != nil {
		return FeeRule{}, fmt.Errorf("read the Settlement's fee rule: %w", err)
	}
	return p.FeeRule(), nil
}
