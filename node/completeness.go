package node

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"math/bits"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/influence"
	"poa/influence/lm"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// CompletenessProof is what ProveCompleteness did: a scan proof (circuits.ScanCircuit)
// that the record's candidates are the true top M of every committed leaf of its
// adapter's tree, the excluded (not trained on) leaves aside.
type CompletenessProof struct {
	Record      string             `json:"record"`
	Adapter     string             `json:"adapter"`
	Shape       circuits.ScanShape `json:"shape"`
	Constraints int                `json:"constraints"`
	Leaves      int                `json:"leaves"`
	// Excluded counts the leaves the trained-on rule excludes; ExcludedLeaves lists them
	// (public through the proof's exclusion hash, recomputable from the store).
	Excluded       int   `json:"excluded"`
	ExcludedLeaves []int `json:"excluded_leaves"`
	Selected       int   `json:"selected"`
	// KeysSetup is true when the shape's keys were made now (development setup, saved)
	// rather than loaded; SetupMs and LoadMs say how long that took.
	KeysSetup   bool              `json:"keys_setup"`
	SetupMs     int64             `json:"setup_ms"`
	LoadMs      int64             `json:"load_ms"`
	ProveMs     int64             `json:"prove_ms"`
	ProofKeccak common.Hash       `json:"proof_keccak"` // keccak256 of the Solidity proof bytes
	ProofBytes  int               `json:"proof_bytes"`
	Proof       *prover.ScanProof `json:"proof"`
}

// CompletenessOptions configure ProveCompleteness.
type CompletenessOptions struct {
	// Slots is the scan circuit's leaf slots, a power of two ≥ the committed leaves
	// (0: the next power of two ≥ them, at least lm.MinScanSlots).
	Slots int
}

// scanKeyDir is the data directory's folder of a scan shape's keys.
func scanKeyDir(st *store.Store, shape circuits.ScanShape) (string, error) {
	return st.FilePath("keys", shape.String())
}

// estimateScan is a rough constraint count and development-setup time of a scan shape,
// for the progress line before a setup (docs/proofs.md "Completeness by scan": about
// 800 + 5.4·K constraints a slot, 186 a tree level above the slots, 255 a row; compile
// and seeded development setup took 0.58 ms a constraint for scan-n512-k512-d14-m50-r50
// (1.83M constraints, 1,064 s) and 16–18 s for the 19–21k of the 16-slot test shapes, on
// the shared 2-core machine).
func estimateScan(sh circuits.ScanShape) (constraints int, d time.Duration) {
	levels := sh.Depth - (bits.Len(uint(sh.Slots)) - 1)
	constraints = sh.Slots*(800+sh.K*54/10) + 186*levels + 255*sh.Rows
	return constraints, time.Duration(constraints)*580*time.Microsecond + 10*time.Second
}

// ProveCompleteness proves that record id's gradient candidates are complete: the scan
// statement over every committed leaf (lm.ScanStatement, which refuses a record whose
// candidates are not the scan's selection, naming the first omitted or extra leaf),
// the shape's development keys (loaded from the data directory's files/keys/<shape>/,
// or set up with prover.DevBeacon and saved the first time: 18 minutes for 512 slots
// at k = 512 on 2 cores), the Groth16 proof, checked, and stored
// (settlement.CompletenessProofRecord, key complete-ID).
func ProveCompleteness(ctx context.Context, st *store.Store, id string, o CompletenessOptions, ev *Events) (*CompletenessProof, error) {
	if o.Slots != 0 && (o.Slots < 2 || o.Slots > circuits.MaxScanSlots || o.Slots&(o.Slots-1) != 0) {
		return nil, fmt.Errorf("completeness of record %s: slots %d: want a power of two in [2, %d] (or 0): %w", id, o.Slots, circuits.MaxScanSlots, influence.ErrBadInput)
	}
	rec, err := settlement.Record(st, id)
	if err != nil {
		return nil, err
	}
	ev.step(fmt.Sprintf("scan record %s: every committed leaf", id))
	stmt, err := lm.ScanStatement(ctx, st, rec, o.Slots)
	if err != nil {
		return nil, err
	}
	cp := &CompletenessProof{Record: id, Adapter: rec.Adapter, Shape: stmt.Shape, Leaves: len(stmt.Leaves),
		ExcludedLeaves: lm.ExcludedLeaves(stmt), Selected: len(stmt.Selected)}
	cp.Excluded = len(cp.ExcludedLeaves)
	keys, err := scanKeys(ctx, st, stmt.Shape, cp, ev)
	if err != nil {
		return nil, err
	}
	cp.Constraints = keys.Constraints
	ev.step(fmt.Sprintf("prove completeness of record %s (%d leaves, %d excluded, top %d, %d constraints)", id, cp.Leaves, cp.Excluded, cp.Selected, cp.Constraints))
	p, err := prover.ProveScan(ctx, keys, stmt)
	if err != nil {
		return nil, err
	}
	cp.Proof, cp.ProveMs, cp.ProofBytes = p, p.ProveMs, len(p.Solidity)
	cp.ProofKeccak = crypto.Keccak256Hash(p.Solidity)
	if err := settlement.SaveCompletenessProof(st, &settlement.CompletenessProofRecord{Record: id, Proof: p, ExcludedLeaves: cp.ExcludedLeaves}); err != nil {
		return nil, err
	}
	return cp, nil
}

// scanKeys loads the shape's development keys from the data directory, or sets them up
// (prover.DevBeacon) and saves them.
func scanKeys(ctx context.Context, st *store.Store, shape circuits.ScanShape, cp *CompletenessProof, ev *Events) (*prover.ScanKeys, error) {
	dir, err := scanKeyDir(st, shape)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	k, err := prover.LoadScanKeys(ctx, dir, shape)
	if err == nil {
		cp.LoadMs = time.Since(t0).Milliseconds()
		return k, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	n, d := estimateScan(shape)
	ev.step(fmt.Sprintf("scan keys %s: development setup, ≈%d constraints, ≈%s on 2 cores (once; saved)", shape, n, d.Round(time.Second)))
	if k, err = prover.SetupScan(ctx, shape, prover.DevBeacon); err != nil {
		return nil, err
	}
	cp.KeysSetup, cp.SetupMs = true, k.CompileMs+k.SetupMs
	return k, prover.SaveScan(dir, k)
}

// CompletenessCheck is what VerifyCompleteness found for a record's stored completeness
// proof: its checks (in lm.Check form, for verify-record's list), the shape, and the
// excluded leaves (recomputed from the store).
type CompletenessCheck struct {
	Record         string             `json:"record"`
	Shape          circuits.ScanShape `json:"shape"`
	OK             bool               `json:"ok"`
	Checks         []lm.Check         `json:"checks"`
	Leaves         int                `json:"leaves"`
	ExcludedLeaves []int              `json:"excluded_leaves"`
}

func (c *CompletenessCheck) add(name string, ok bool, format string, args ...any) {
	c.Checks = append(c.Checks, lm.Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
	c.OK = c.OK && ok
}

// VerifyCompleteness checks record rec's stored completeness proof, if any (nil, nil
// when none is stored): check "scan-proof", the Groth16 proof under the verifying key
// of its shape's keys in the data directory (prover.VerifyScan); and its public inputs
// against the record and the store (lm.RecomputeScan): "scan-root" the committed sketch
// root, "scan-query" the record's query hash, "scan-commit" the commitment of the
// record's candidates, "scan-exclude" the exclusion hash of the leaves the trained-on
// rule excludes now (a changed bitmap names the leaves that changed). A failed check
// is reported (OK false), not an error.
func VerifyCompleteness(ctx context.Context, st *store.Store, rec *influence.Record) (*CompletenessCheck, error) {
	r, ok, err := settlement.CompletenessProof(st, rec.ID)
	if err != nil || !ok {
		return nil, err
	}
	p := r.Proof
	c := &CompletenessCheck{Record: rec.ID, Shape: p.Shape, OK: true}
	c.verifyProof(ctx, st, p)
	pub, err := lm.RecomputeScan(ctx, st, rec, p.Shape.Slots)
	if err != nil {
		c.add("scan-inputs", false, "cannot recompute the proof's public inputs: %v", err)
		return c, nil
	}
	c.Leaves, c.ExcludedLeaves = pub.Leaves, pub.ExcludedLeaves
	c.field("scan-root", "sketch root", p.SketchRoot, pub.Root)
	c.field("scan-query", "query hash", p.QueryHash, pub.QueryHash)
	c.field("scan-commit", "candidates' commitment", p.Commitment, pub.Commitment)
	if p.Excluded != nil && p.Excluded.Cmp(pub.Excluded) == 0 {
		c.add("scan-exclude", true, "exclusion hash 0x%064x: %d of %d leaves excluded (not trained on), recomputed", pub.Excluded, len(pub.ExcludedLeaves), pub.Leaves)
	} else {
		c.add("scan-exclude", false, "the proof's exclusion hash %s, the store's trained-on rule gives 0x%064x; %s",
			hexOrNil(p.Excluded), pub.Excluded, excludeDiff(r.ExcludedLeaves, pub.ExcludedLeaves))
	}
	return c, nil
}

// verifyProof adds check "scan-proof": p verified under its shape's saved keys.
func (c *CompletenessCheck) verifyProof(ctx context.Context, st *store.Store, p *prover.ScanProof) {
	if err := p.Shape.Check(); err != nil {
		c.add("scan-proof", false, "stored proof of shape %s: %v", p.Shape, err)
		return
	}
	dir, err := scanKeyDir(st, p.Shape)
	if err != nil {
		c.add("scan-proof", false, "keys of %s: %v", p.Shape, err)
		return
	}
	k, err := prover.LoadScanKeys(ctx, dir, p.Shape)
	if err != nil {
		c.add("scan-proof", false, "no usable keys of %s in the data directory (%v): the proof cannot be checked", p.Shape, err)
		return
	}
	if err := prover.VerifyScan(k, p); err != nil {
		c.add("scan-proof", false, "Groth16 proof of %s does not verify under key %.16s: %v", p.Shape, k.KeyID, err)
		return
	}
	c.add("scan-proof", true, "Groth16 proof of %s verifies under key %.16s (%d leaves, top %d selected)", p.Shape, k.KeyID, p.Leaves, p.Selected)
}

// field adds a check that the proof's public input got equals the recomputed want.
func (c *CompletenessCheck) field(name, what string, got, want *big.Int) {
	if got != nil && got.Cmp(want) == 0 {
		c.add(name, true, "%s 0x%064x as recomputed", what, want)
		return
	}
	c.add(name, false, "the proof's %s is %s, recomputed 0x%064x", what, hexOrNil(got), want)
}

func hexOrNil(v *big.Int) string {
	if v == nil {
		return "missing"
	}
	return fmt.Sprintf("0x%064x", v)
}

// excludeDiff names the leaves whose exclusion changed between the proof (was) and the
// store now (now).
func excludeDiff(was, now []int) string {
	var added, dropped []int
	for _, l := range now {
		if !slices.Contains(was, l) {
			added = append(added, l)
		}
	}
	for _, l := range was {
		if !slices.Contains(now, l) {
			dropped = append(dropped, l)
		}
	}
	if len(added) == 0 && len(dropped) == 0 {
		return "the excluded leaves are the same as when proven (a different slot count or bitmap)"
	}
	return fmt.Sprintf("leaves excluded now but not when proven: %s; eligible now but excluded when proven: %s", leafList(added), leafList(dropped))
}

func leafList(l []int) string {
	if len(l) == 0 {
		return "none"
	}
	const show = 8
	s := fmt.Sprint(l[:min(len(l), show)])
	if len(l) > show {
		s += fmt.Sprintf(" and %d more", len(l)-show)
	}
	return s
}
