package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/prover"
	"poa/store"
)

// SettleOptions configure step 7 of the pipeline.
type SettleOptions struct {
	// Backend of the proof and the deployed verifier.
	Backend prover.Backend
	// Size is the circuit's batch size N; 0 picks the smallest size with a committed
	// Solidity verifier (development keys of sizes 8 and 64) that holds the epoch.
	Size int
	// FeeRule splits each epoch's fees between model owner, protocol and data.
	FeeRule prover.FeeRule
}

// DefaultSettle returns the demo's settlement options: Groth16, automatic size,
// development keys (deterministic, insecure: see docs/proofs.md), the default fee rule.
func DefaultSettle() SettleOptions {
	return SettleOptions{Backend: prover.Groth16, FeeRule: prover.DefaultFeeRule}
}

// committedSizes are the sizes whose development-key verifiers are compiled in.
var committedSizes = []int{8, 64}

// SettleReport is step 7's result: the epoch, its proof, and what the chain did.
type SettleReport struct {
	Epoch        *prover.EpochRecord   `json:"epoch"`
	Constraints  int                   `json:"constraints"`
	ProveSeconds float64               `json:"prove_seconds"`
	ProofBytes   int                   `json:"proof_bytes"`
	VerifiedGo   bool                  `json:"proof_verified_native"`
	Deployment   *contracts.Deployment `json:"deployment"`
	Posted       *contracts.Posted     `json:"posted"`
	// VerifiedOnchain is true when the settle transaction, which calls the verifier and
	// reverts on a bad proof, was mined successfully.
	VerifiedOnchain bool `json:"proof_verified_onchain"`
	// Credited is each contributor's claimable payout as the contract's Merkle root
	// commits it (address → OPEN base units).
	Credited map[string]string `json:"credited"`
}

// Settle closes the open epoch, proves its split and settles it on the embedded
// chain. The first settlement deploys OPEN, the Settlement and the split verifier of the
// smallest committed size that holds the epoch; later ones prove with keys of the size
// the deployed verifier checks (a proof of other keys would revert with InvalidProof).
func Settle(ctx context.Context, st *store.Store, o SettleOptions, ev *Events) (*SettleReport, error) {
	rep := &SettleReport{Credited: map[string]string{}}
	ev.step("close epoch")
	rec, err := prover.CloseEpoch(st, o.FeeRule, time.Now().UTC())
	if err != nil {
		return rep, fmt.Errorf("close epoch: %w", err)
	}
	rep.Epoch = rec

	chain, dev, err := contracts.OpenEmbedded(ctx, filepath.Join(st.Dir(), "chain"),
		func(done, total int) { ev.progress("chain")("replay", done, total) })
	if err != nil {
		return rep, fmt.Errorf("embedded chain: %w", err)
	}
	defer chain.Close()
	dep, err := deployment(ctx, st, chain)
	if err != nil {
		return rep, err
	}
	if dep != nil {
		v, ok := contracts.Verifiers()[dep.VerifierName]
		if !ok || v.Size == 0 {
			return rep, fmt.Errorf("the deployed verifier %s is not a split verifier of this build", dep.VerifierName)
		}
		o.Size, o.Backend = v.Size, prover.Backend(dep.Backend)
	} else if o.Size == 0 {
		o.Size = committedSizes[len(committedSizes)-1]
		for _, n := range committedSizes {
			if n >= len(rec.Contributors) {
				o.Size = n
				break
			}
		}
	}
	if len(rec.Contributors) > o.Size {
		return rep, fmt.Errorf("epoch %d has %d contributors, the circuit (and verifier) holds %d: settle it in batches or deploy a larger verifier",
			rec.Epoch, len(rec.Contributors), o.Size)
	}

	ev.step(fmt.Sprintf("prove the reward split (%s, N=%d)", o.Backend, o.Size))
	keys, err := devKeys(ctx, st, o)
	if err != nil {
		return rep, err
	}
	stmt, err := prover.StatementForEpoch(rec)
	if err != nil {
		return rep, err
	}
	proof, err := prover.Prove(ctx, keys, stmt)
	if err != nil {
		return rep, fmt.Errorf("prove epoch %d: %w", rec.Epoch, err)
	}
	rep.Constraints = keys.Meta.Constraints
	rep.ProveSeconds = proof.ProveTime.Seconds()
	rep.ProofBytes = len(proof.SolidityBytes())
	if err := prover.Verify(keys, proof); err != nil {
		return rep, fmt.Errorf("epoch %d: the proof does not verify natively: %w", rec.Epoch, err)
	}
	rep.VerifiedGo = true
	if err := prover.SaveProof(st, proof, true); err != nil {
		return rep, err
	}

	ev.step("post the settlement to the embedded chain")
	if dep == nil {
		if dep, err = deploy(ctx, st, chain, dev, o); err != nil {
			return rep, err
		}
	}
	rep.Deployment = dep
	var raw json.RawMessage
	if err := st.Get(store.KindProof, strconv.FormatUint(rec.Epoch, 10), &raw); err != nil {
		return rep, err
	}
	ep, _, err := contracts.DecodeProofRecord(raw, fmt.Sprintf("proof record %d", rec.Epoch))
	if err != nil {
		return rep, err
	}
	posted, err := contracts.Post(ctx, chain, dep, dev.Poster, ep)
	if err != nil {
		return rep, fmt.Errorf("post epoch %d: %w", rec.Epoch, err)
	}
	rep.Posted = posted
	rep.VerifiedOnchain = true
	for i, p := range ep.Payouts {
		rep.Credited[ep.Contributors[i].Hex()] = p.String()
	}
	if err := st.Put(store.KindSettlement, contracts.SettlementKey("embedded", rec.Epoch), contracts.NewSettlementRecord(dep.Network, ep, posted)); err != nil {
		return rep, fmt.Errorf("epoch %d settled in tx %s but recording it failed: %w", rec.Epoch, posted.Settle.TxHash.Hex(), err)
	}
	return rep, nil
}

// devKeys loads the development keys of o's backend and size, making them (a
// deterministic setup from a public beacon) the first time.
func devKeys(ctx context.Context, st *store.Store, o SettleOptions) (*prover.Keys, error) {
	if kr, err := prover.FindKeys(st, o.Backend, o.Size, true); err == nil {
		return prover.LoadKeys(kr.PKPath, kr.VKPath)
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	k, err := prover.Setup(ctx, o.Backend, o.Size, prover.WithDevBeacon(prover.DevBeacon))
	if err != nil {
		return nil, fmt.Errorf("%s setup N=%d: %w", o.Backend, o.Size, err)
	}
	if _, err := prover.SaveKeys(st, k); err != nil {
		return nil, err
	}
	return k, nil
}

// deployment returns the embedded chain's recorded deployment, or nil when there is
// none (or its contract is not on this chain).
func deployment(ctx context.Context, st *store.Store, c *contracts.Chain) (*contracts.Deployment, error) {
	var d contracts.Deployment
	err := st.Get(store.KindDeployment, "embedded", &d)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if code, err := c.Client.CodeAt(ctx, d.Settlement, nil); err != nil || len(code) == 0 {
		return nil, nil
	}
	return &d, nil
}

// deploy deploys OPEN, the split verifier of o's backend and size, and the Settlement,
// and records the deployment.
func deploy(ctx context.Context, st *store.Store, c *contracts.Chain, dev *contracts.DevAccounts, o SettleOptions) (*contracts.Deployment, error) {
	name := strings.TrimSuffix(prover.VerifierFile(o.Backend, o.Size), ".sol")
	v, ok := contracts.Verifiers()[name]
	if !ok {
		return nil, fmt.Errorf("no compiled verifier %s in this build (committed: sizes %v)", name, committedSizes)
	}
	dep, err := contracts.Deploy(ctx, c, contracts.DeployConfig{Owner: dev.Owner, Verifier: v,
		Posters: []common.Address{contracts.Address(dev.Poster)}, FundPosters: contracts.OPENUnits(1_000_000)})
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	if err := st.Put(store.KindDeployment, "embedded", dep); err != nil {
		return nil, err
	}
	return dep, nil
}
