package lm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"slices"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// ErrIncomplete is returned when a record's gradient candidates are not the true top M
// of the committed tree's eligible leaves (the scan's selection): the error names the
// first omitted or extra leaf and its score, the evidence poa challenge-record lists.
var ErrIncomplete = errors.New("the record's candidates are not the true top M")

// MinScanSlots is the least slot count ScanStatement picks by itself.
const MinScanSlots = 16

// ScanSlotsFor is the slot count ScanStatement picks for a tree of n leaves: the next
// power of two ≥ n, at least MinScanSlots.
func ScanSlotsFor(n int) int {
	if n <= MinScanSlots {
		return MinScanSlots
	}
	return 1 << bits.Len(uint(n-1))
}

// ScanPublic is what a completeness (scan) proof of a record must say, recomputed from
// the store without proving: the committed sketch root, the record's query hash, the
// commitment of its candidates' rows (what its score proof commits) and the exclusion
// hash of the committed leaves not trained on (trainedOn) at the given slot count.
type ScanPublic struct {
	Root       *big.Int `json:"sketch_root"`
	QueryHash  *big.Int `json:"query_hash"`
	Commitment *big.Int `json:"commitment"`
	Excluded   *big.Int `json:"excluded"`
	Leaves     int      `json:"leaves"`
	// ExcludedLeaves lists the committed leaves the trained-on rule excludes.
	ExcludedLeaves []int `json:"excluded_leaves"`
}

// scanInput is a record's committed tree read for a scan: every leaf in tree order,
// the exclusion bitmap, and the record's candidates as a score statement.
type scanInput struct {
	leaves  []circuits.ScanLeaf
	exclude []bool
	cands   *circuits.ScoreStatement
	root    *big.Int
	depth   int
}

// ScanTopM is the number of candidates a record asked for: its scorer's "top_points"
// (Options.TopPoints), or, when the record does not state it, its number of committed
// candidates (an honest record has min(top_points, eligible points) of them).
func ScanTopM(rec *influence.Record) int {
	switch v := rec.Scorer["top_points"].(type) {
	case int:
		return v
	case float64:
		return int(v)
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return int(n)
		}
	}
	if rec.Query == nil {
		return 0
	}
	return len(rec.Query.Candidates)
}

// ScanShapeOf is the scan shape of a record over a committed tree of n leaves with k
// dimensions and the given depth: slots (0: ScanSlotsFor(n)), M = the record's top count
// (ScanTopM) capped at the slots (with n ≤ slots, min(M, eligible) is then unchanged),
// Rows = M. It does not check the shape.
func ScanShapeOf(rec *influence.Record, n, k, depth, slots int) circuits.ScanShape {
	if slots == 0 {
		slots = ScanSlotsFor(n)
	}
	m := min(ScanTopM(rec), slots)
	return circuits.ScanShape{Slots: slots, K: k, Depth: depth, M: m, Rows: m}
}

// refuseScan returns why a record cannot have a completeness proof: no committed
// candidates, or a scan restricted to embedding candidates.
func refuseScan(rec *influence.Record) error {
	if rec.Query == nil || len(rec.Query.Candidates) == 0 {
		return fmt.Errorf("record %s has no committed candidates (method %s): no completeness proof: %w", rec.ID, rec.Method, influence.ErrBadInput)
	}
	if cp, ok := rec.Scorer["candidates"]; ok && cp != nil {
		return fmt.Errorf("record %s: its scan was restricted to embedding candidates, so its candidates are not the top M of every committed leaf and no completeness proof exists: %w", rec.ID, influence.ErrBadInput)
	}
	return nil
}

// readScan reads every committed leaf of the record's tree (the source's committed
// quantized rows when it keeps them, else the rows quantized with the record's sketch
// shift), the trained-on bitmap and the record's candidates (scoreStatement's checks:
// each candidate's leaf, contributor and score as the committed sketches give them).
func readScan(ctx context.Context, s *store.Store, rec *influence.Record, l *loaded, sf sketchRows, tree *circuits.SketchTree) (*scanInput, error) {
	qc := rec.Query
	n, _ := sf.Dims()
	if n > circuits.MaxScanSlots {
		return nil, fmt.Errorf("record %s: the committed tree has %d leaves, a scan proves at most %d (circuits.MaxScanSlots): %w",
			rec.ID, n, circuits.MaxScanSlots, circuits.ErrTooMany)
	}
	cands, err := scoreStatement(s, rec, sf, tree)
	if err != nil {
		return nil, err
	}
	owners := influence.StoreOwners(s)
	trained := trainedOn(s, l)
	cl, committed := sf.(CommittedLeaves)
	in := &scanInput{leaves: make([]circuits.ScanLeaf, n), exclude: make([]bool, n), cands: cands, root: tree.Root(), depth: tree.Depth()}
	for i := range n {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		r, err := readRow(sf, i, qc.SketchShift, owners)
		if err != nil {
			return nil, err
		}
		if committed {
			r.q = cl.QuantRow(i)
		}
		ok, err := trained(r.datanet, r.point)
		if err != nil {
			return nil, err
		}
		in.leaves[i] = circuits.ScanLeaf{Point: r.pointHash, Contributor: r.addr, Sketch: r.q}
		in.exclude[i] = !ok
	}
	return in, nil
}

// withScan checks that rec can have a completeness proof and reads its scan for fn.
func withScan(ctx context.Context, s *store.Store, rec *influence.Record, fn func(in *scanInput) error) error {
	if err := refuseScan(rec); err != nil {
		return err
	}
	return withRecordTree(ctx, s, rec, func(l *loaded, sf sketchRows, tree *circuits.SketchTree) error {
		in, err := readScan(ctx, s, rec, l, sf, tree)
		if err != nil {
			return err
		}
		return fn(in)
	})
}

// ScanStatement returns the completeness scan's statement of a record
// (circuits.NewScanStatement): every committed leaf of its adapter's tree in tree order
// (point hash, contributor, quantized sketch: the values its score statement uses), the
// leaves not trained on excluded (trainedOn), the record's committed quantized query,
// and the shape ScanShapeOf gives (slots 0: the next power of two ≥ the leaves, at
// least 16; depth and K the commitment's). It then checks the statement against the
// record: the selection must be the record's candidates, in order (else ErrIncomplete
// naming the first omitted or extra leaf and its score), and its commitment the
// commitment of the candidates' rows (what the record's score proof commits). It
// refuses (influence.ErrBadInput) a record without committed candidates or whose scan
// was restricted to embedding candidates, and (circuits.ErrTooMany) a tree of more than
// circuits.MaxScanSlots leaves or more than slots.
func ScanStatement(ctx context.Context, s *store.Store, rec *influence.Record, slots int) (*circuits.ScanStatement, error) {
	var stmt *circuits.ScanStatement
	err := withScan(ctx, s, rec, func(in *scanInput) error {
		n := len(in.leaves)
		if n == 0 {
			return fmt.Errorf("record %s: the committed tree has no leaves: %w", rec.ID, influence.ErrBadInput)
		}
		if slots != 0 && slots < n {
			return fmt.Errorf("record %s: %d slots for a committed tree of %d leaves (a scan covers every leaf; want at least %d): %w",
				rec.ID, slots, n, ScanSlotsFor(n), circuits.ErrTooMany)
		}
		sh := ScanShapeOf(rec, n, len(rec.Query.Sketch), in.depth, slots)
		var err error
		if stmt, err = circuits.NewScanStatement(sh, rec.Query.Sketch, in.leaves, in.exclude); err != nil {
			return fmt.Errorf("record %s: %w", rec.ID, err)
		}
		return checkSelection(rec, stmt, in.cands)
	})
	return stmt, err
}

// checkSelection compares a scan's selection and commitment with the record's
// candidates and their score statement's commitment.
func checkSelection(rec *influence.Record, stmt *circuits.ScanStatement, cands *circuits.ScoreStatement) error {
	got := rec.Query.Candidates
	for i := range max(len(got), len(stmt.Selected)) {
		switch {
		case i >= len(got):
			l := stmt.Selected[i]
			return fmt.Errorf("record %s is incomplete: it lists %d candidates, the scan selects %d; the first omitted is leaf %d with score %d: %w",
				rec.ID, len(got), len(stmt.Selected), l, stmt.Scores[l], ErrIncomplete)
		case i >= len(stmt.Selected):
			c := got[i]
			return fmt.Errorf("record %s: candidate %d (leaf %d, %s/%s, score %d) is extra: the scan selects %d leaves (top %d of %d eligible): %w",
				rec.ID, i, c.Leaf, c.Datanet, c.Point, c.Score, len(stmt.Selected), stmt.Shape.M, eligible(stmt), ErrIncomplete)
		case got[i].Leaf != stmt.Selected[i]:
			return mismatch(rec, stmt, i)
		}
	}
	if want := cands.Commitment(); want.Cmp(stmt.Commitment) != 0 {
		return fmt.Errorf("record %s: the scan's commitment 0x%064x differs from its candidates' 0x%064x: %w", rec.ID, stmt.Commitment, want, ErrIncomplete)
	}
	return nil
}

// mismatch explains the first position i where the record's candidate and the scan's
// selection differ: a selected leaf the record omits, or a listed leaf it does not
// select.
func mismatch(rec *influence.Record, stmt *circuits.ScanStatement, i int) error {
	listed := map[int]bool{}
	for _, c := range rec.Query.Candidates {
		listed[c.Leaf] = true
	}
	for _, l := range stmt.Selected {
		if !listed[l] {
			return fmt.Errorf("record %s is incomplete: leaf %d (score %d) is among the true top %d eligible leaves but not a candidate: %w",
				rec.ID, l, stmt.Scores[l], len(stmt.Selected), ErrIncomplete)
		}
	}
	sel := map[int]bool{}
	for _, l := range stmt.Selected {
		sel[l] = true
	}
	for j, c := range rec.Query.Candidates {
		if !sel[c.Leaf] {
			why := "outranked by the selection"
			if c.Leaf >= 0 && c.Leaf < len(stmt.Exclude) && stmt.Exclude[c.Leaf] {
				why = "excluded: not trained on"
			}
			return fmt.Errorf("record %s: candidate %d (leaf %d, score %d) is not among the true top %d eligible leaves (%s): %w",
				rec.ID, j, c.Leaf, c.Score, len(stmt.Selected), why, ErrIncomplete)
		}
	}
	c := rec.Query.Candidates[i]
	return fmt.Errorf("record %s: candidate %d is leaf %d (score %d), the scan ranks leaf %d (score %d) there: %w",
		rec.ID, i, c.Leaf, c.Score, stmt.Selected[i], stmt.Scores[stmt.Selected[i]], ErrIncomplete)
}

func eligible(stmt *circuits.ScanStatement) int {
	n := 0
	for _, x := range stmt.Exclude {
		if !x {
			n++
		}
	}
	return n
}

// RecomputeScan recomputes, from the store, the public inputs a completeness proof of
// rec at slots leaf slots must have (ScanPublic), without proving or selecting: poa
// verify-record compares a stored proof's inputs with them. It refuses what
// ScanStatement refuses.
func RecomputeScan(ctx context.Context, s *store.Store, rec *influence.Record, slots int) (*ScanPublic, error) {
	var p *ScanPublic
	err := withScan(ctx, s, rec, func(in *scanInput) error {
		if len(in.leaves) > slots {
			return fmt.Errorf("record %s: the committed tree has %d leaves, the proof %d slots: %w", rec.ID, len(in.leaves), slots, circuits.ErrTooMany)
		}
		p = &ScanPublic{Root: in.root, QueryHash: circuits.QueryHash(rec.Query.Sketch), Commitment: in.cands.Commitment(),
			Excluded: circuits.ExclusionHash(in.exclude, slots), Leaves: len(in.leaves), ExcludedLeaves: []int{}}
		for i, x := range in.exclude {
			if x {
				p.ExcludedLeaves = append(p.ExcludedLeaves, i)
			}
		}
		return nil
	})
	return p, err
}

// ExcludedLeaves lists the leaves a statement excludes, in tree order.
func ExcludedLeaves(stmt *circuits.ScanStatement) []int {
	out := []int{}
	for i, x := range stmt.Exclude {
		if x {
			out = append(out, i)
		}
	}
	return slices.Clip(out)
}
