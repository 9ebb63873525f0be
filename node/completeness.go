package node

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
	"poa/contracts"
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
	// Stored is true when PostCompleteness posted the proof already stored (it verified)
	// rather than proving now.
	Stored bool `json:"stored,omitempty"`
	// Set when posted (PostCompleteness): the scan verifier, the Completeness contract's
	// record of the proof, and the receipt (nil when the chain already held the proof of
	// this statement and nothing was sent).
	VerifierName string                  `json:"verifier_name,omitempty"`
	Verifier     common.Address          `json:"verifier,omitzero"`
	OnChain      *contracts.Completeness `json:"on_chain,omitempty"`
	Receipt      *contracts.Receipt      `json:"receipt,omitempty"`
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
// (prover.DevBeacon) and saves them: when none are saved, and when the saved ones are
// stale or damaged (prover.ErrKeyFile, logged as a warning).
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
	switch {
	case errors.Is(err, prover.ErrKeyFile):
		// Keys of an older circuit or a damaged file: development keys are rebuilt from
		// the beacon, so setting them up again loses nothing.
		slog.Warn("scan keys unusable: setting them up again", "shape", shape.String(), "dir", dir, "reason", err)
	case !errors.Is(err, fs.ErrNotExist):
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
	// OnChain is the Completeness contract's record of the record's proof, when the
	// embedded chain has a deployment and holds one (check "scan-chain").
	OnChain *contracts.Completeness `json:"on_chain,omitempty"`
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
//
// When the embedded chain has a deployment it adds check "scan-chain": whether the
// Completeness contract holds a proof of the record (verifier, exclusion hash, block,
// still current), informative when none was posted, failed when the on-chain statement
// or exclusion hash differs from the stored proof's.
func VerifyCompleteness(ctx context.Context, st *store.Store, rec *influence.Record) (*CompletenessCheck, error) {
	c, err := verifyCompleteness(ctx, st, rec)
	if err != nil || c == nil {
		return c, err
	}
	r, _, err := settlement.CompletenessProof(st, rec.ID)
	if err != nil {
		return nil, err
	}
	c.onChain(ctx, st, rec.ID, r.Proof)
	return c, nil
}

// verifyCompleteness is VerifyCompleteness without the chain.
func verifyCompleteness(ctx context.Context, st *store.Store, rec *influence.Record) (*CompletenessCheck, error) {
	r, ok, err := settlement.CompletenessProof(st, rec.ID)
	if err != nil || !ok {
		return nil, err
	}
	p := r.Proof
	c := &CompletenessCheck{Record: rec.ID, Shape: p.Shape, OK: true}
	c.verifyProof(st, p)
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

// verifyProof adds check "scan-proof": p verified under its shape's saved verifying key
// (prover.LoadScanVerifyingKey: meta.json and vk.bin, no compile, no proving key).
func (c *CompletenessCheck) verifyProof(st *store.Store, p *prover.ScanProof) {
	if err := p.Shape.Check(); err != nil {
		c.add("scan-proof", false, "stored proof of shape %s: %v", p.Shape, err)
		return
	}
	dir, err := scanKeyDir(st, p.Shape)
	if err != nil {
		c.add("scan-proof", false, "keys of %s: %v", p.Shape, err)
		return
	}
	k, err := prover.LoadScanVerifyingKey(dir, p.Shape)
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

// ErrNoScanVerifier is returned when the deployment has no scan verifier for a
// completeness proof's shape.
var ErrNoScanVerifier = errors.New("no scan verifier for the shape")

// ErrNotAttested is returned when a record's completeness is posted before its scores
// are attested on chain.
var ErrNotAttested = errors.New("record's scores not attested on chain")

// ErrStoredProof is returned when a stored completeness proof fails its checks and is
// not posted.
var ErrStoredProof = errors.New("stored completeness proof does not verify")

// ScanStatementHash is the Completeness contract's hash of the statement a scan proof
// proves: keccak256(abi.encode(sketchRoot, queryHash, commitment)).
func ScanStatementHash(p *prover.ScanProof) common.Hash {
	var b []byte
	for _, v := range []*big.Int{p.SketchRoot, p.QueryHash, p.Commitment} {
		if v == nil {
			v = new(big.Int)
		}
		b = append(b, common.LeftPadBytes(v.Bytes(), 32)...)
	}
	return crypto.Keccak256Hash(b)
}

// PostCompleteness proves record id's candidates complete and posts the proof to the
// embedded chain's Completeness contract (contracts.AttestComplete), once. A stored
// proof (of the same slot count when o.Slots is set) is checked (VerifyCompleteness
// without the chain) and posted as is; one that fails a check is refused
// (ErrStoredProof, naming the check) before anything is sent; with none stored the
// record is proven first (ProveCompleteness). The record's scores must already be
// attested (ErrNotAttested: poa prove-record ID --post) with the proof's query hash,
// commitment and sketch root, and the deployment must hold a scan verifier of the
// proof's shape (ErrNoScanVerifier). A record the chain already holds complete for the
// same statement and exclusion hash is read back, not sent again (Receipt nil).
func PostCompleteness(ctx context.Context, st *store.Store, id string, o CompletenessOptions, ev *Events) (*CompletenessProof, error) {
	rec, err := settlement.Record(st, id)
	if err != nil {
		return nil, err
	}
	r, ok, err := settlement.CompletenessProof(st, id)
	if err != nil {
		return nil, err
	}
	var cp *CompletenessProof
	if ok && (o.Slots == 0 || o.Slots == r.Proof.Shape.Slots) {
		ev.step(fmt.Sprintf("check the stored completeness proof of record %s", id))
		chk, err := verifyCompleteness(ctx, st, rec)
		if err != nil {
			return nil, err
		}
		for _, k := range chk.Checks {
			if !k.OK {
				return nil, fmt.Errorf("record %s: the stored completeness proof fails check %s (%s): nothing sent; prove it again with `poa prove-record %s --complete`: %w",
					id, k.Name, k.Detail, id, ErrStoredProof)
			}
		}
		p := r.Proof
		cp = &CompletenessProof{Record: id, Adapter: rec.Adapter, Shape: p.Shape, Leaves: p.Leaves, Selected: p.Selected,
			ExcludedLeaves: r.ExcludedLeaves, Excluded: len(r.ExcludedLeaves), ProveMs: p.ProveMs, Proof: p,
			ProofBytes: len(p.Solidity), ProofKeccak: crypto.Keccak256Hash(p.Solidity), Stored: true}
		if dir, err := scanKeyDir(st, p.Shape); err == nil {
			if k, err := prover.LoadScanVerifyingKey(dir, p.Shape); err == nil {
				cp.Constraints = k.Constraints
			}
		}
	} else if cp, err = ProveCompleteness(ctx, st, id, o, ev); err != nil {
		return nil, err
	}
	err = withEmbedded(ctx, st, ev, func(chain *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment) error {
		return attestComplete(ctx, chain, dev, d, cp, ev)
	})
	return cp, err
}

// attestComplete posts cp's proof on chain d unless the chain holds it already.
func attestComplete(ctx context.Context, chain *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment, cp *CompletenessProof, ev *Events) error {
	id, p := cp.Record, cp.Proof
	key := RecordIDOnChain(id)
	a, err := contracts.Attestation(ctx, chain, d, key)
	if err != nil {
		return err
	}
	if a.Version == 0 {
		return fmt.Errorf("record %s: its scores are not attested on chain, and completeness is proven against the attestation: run `poa prove-record %s --post` first: %w", id, id, ErrNotAttested)
	}
	if a.QueryHash == nil || a.QueryHash.Cmp(p.QueryHash) != 0 || a.Commitment == nil || a.Commitment.Cmp(p.Commitment) != 0 {
		return fmt.Errorf("record %s: attested with query hash %s and commitment %s, the completeness proof has %s and %s: nothing sent: %w",
			id, hexOrNil(a.QueryHash), hexOrNil(a.Commitment), hexOrNil(p.QueryHash), hexOrNil(p.Commitment), ErrStoredProof)
	}
	e, err := contracts.EvidenceAt(ctx, chain, d, a.Adapter, a.Version)
	if err != nil {
		return err
	}
	if e.SketchRoot == nil || e.SketchRoot.Cmp(p.SketchRoot) != 0 {
		return fmt.Errorf("record %s: attested under evidence version %d with sketch root %s, the completeness proof has %s (re-committed evidence?): nothing sent: %w",
			id, a.Version, hexOrNil(e.SketchRoot), hexOrNil(p.SketchRoot), ErrStoredProof)
	}
	name := prover.ScanVerifierName(p.Shape)
	addr, ok := d.ScanVerifier(name)
	if !ok {
		return fmt.Errorf("record %s: the deployment has no scan verifier %s for shape %s (compiled: %v): "+
			"export one with `poa prover scan-verifier --shape %s`, compile and deploy it, and allow it through governance (Completeness.setScanVerifier): %w",
			id, name, p.Shape, prover.DevScanShapes, p.Shape, ErrNoScanVerifier)
	}
	cp.VerifierName, cp.Verifier = name, addr
	on, err := contracts.CompleteOf(ctx, chain, d, key)
	if err != nil {
		return err
	}
	if on != nil && on.Current && on.Statement == ScanStatementHash(p) && on.Excluded != nil && on.Excluded.Cmp(p.Excluded) == 0 {
		cp.OnChain = on
		return nil
	}
	ev.step(fmt.Sprintf("attest completeness of record %s (verifier %s)", id, name))
	if cp.Receipt, err = contracts.AttestComplete(ctx, chain, d, dev.Poster, key, addr, p.Excluded, p.Solidity); err != nil {
		return err
	}
	cp.OnChain, err = contracts.CompleteOf(ctx, chain, d, key)
	return err
}

// onChain adds check "scan-chain" when st's embedded chain has a deployment: the
// Completeness contract's record of id against the stored proof p.
func (c *CompletenessCheck) onChain(ctx context.Context, st *store.Store, id string, p *prover.ScanProof) {
	if _, err := os.Stat(filepath.Join(st.Dir(), "chain")); err != nil {
		return // no embedded chain: nothing posted
	}
	// The chain is read for one check: a chain that cannot be opened or read fails that
	// check, naming why, and leaves the proof's own checks standing.
	chain, _, done, err := openEmbedded(ctx, st, nil)
	if err != nil {
		c.add("scan-chain", false, "the embedded chain could not be opened: %v", err)
		return
	}
	defer done()
	d, err := settlement.LoadDeployment(ctx, st, chain)
	if errors.Is(err, contracts.ErrNoDeployment) {
		return
	} else if err != nil {
		c.add("scan-chain", false, "the chain's deployment could not be read: %v", err)
		return
	}
	if d.Completeness == (common.Address{}) {
		c.add("scan-chain", true, "not posted: the deployment (settlement %s) has no Completeness contract", d.Settlement.Hex())
		return
	}
	on, err := contracts.CompleteOf(ctx, chain, d, RecordIDOnChain(id))
	if err != nil {
		c.add("scan-chain", false, "the Completeness contract %s could not be read: %v", d.Completeness.Hex(), err)
		return
	}
	if on == nil {
		c.add("scan-chain", true, "not proven complete on chain (post it with `poa prove-record %s --complete --post`)", id)
		return
	}
	c.OnChain = on
	want := ScanStatementHash(p)
	if on.Statement != want || on.Excluded == nil || p.Excluded == nil || on.Excluded.Cmp(p.Excluded) != 0 {
		c.add("scan-chain", false, "complete on chain (block %d, verifier %s) for statement %s, exclusion hash %s; the stored proof's are %s, %s",
			on.Block, on.Verifier.Hex(), on.Statement.Hex(), hexOrNil(on.Excluded), want.Hex(), hexOrNil(p.Excluded))
		return
	}
	cur := "current"
	if !on.Current {
		cur = "no longer current (the record's attestation or the verifier's allowance changed)"
	}
	c.add("scan-chain", true, "complete on chain since block %d: verifier %s, exclusion hash %s as stored, statement %.18s…, %s",
		on.Block, on.Verifier.Hex(), hexOrNil(on.Excluded), on.Statement.Hex(), cur)
	return
}

// ScanVerifyingKey returns the development verifying key of a scan shape: loaded from
// the data directory's files/keys/<shape>/ (prover.LoadScanVerifyingKey), or set up
// (prover.DevBeacon) and saved there when none is saved (setUp true).
func ScanVerifyingKey(ctx context.Context, st *store.Store, shape circuits.ScanShape) (k *prover.ScanKeys, setUp bool, err error) {
	if err := shape.Check(); err != nil {
		return nil, false, fmt.Errorf("%w: %v", influence.ErrBadInput, err)
	}
	dir, err := scanKeyDir(st, shape)
	if err != nil {
		return nil, false, err
	}
	if k, err = prover.LoadScanVerifyingKey(dir, shape); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return k, false, err
	}
	if k, err = prover.SetupScan(ctx, shape, prover.DevBeacon); err != nil {
		return nil, false, err
	}
	return k, true, prover.SaveScan(dir, k)
}
