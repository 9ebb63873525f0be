package lm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"time"

	"poa/circuits"
	"poa/influence"
	"poa/store"
)

// ErrNoCommitment is returned when an adapter has no evidence commitment (run
// `poa evidence commit ADAPTER`, or `poa influence sketch`, which builds it).
var ErrNoCommitment = errors.New("no evidence commitment for the adapter")

// hexRoot formats a field element as 0x + 64 hex digits.
func hexRoot(v *big.Int) string { return fmt.Sprintf("0x%064x", v) }

// ParseRoot parses a 0x-hex field element written by the commitment code.
func ParseRoot(s string) (*big.Int, error) {
	h, ok := strings.CutPrefix(s, "0x")
	v, ok2 := new(big.Int).SetString(h, 16)
	if !ok || !ok2 || len(h) != 64 || v.Cmp(circuits.Modulus()) >= 0 {
		return nil, fmt.Errorf("root %q is not 0x + 64 hex digits below the BN254 order: %w", s, influence.ErrBadInput)
	}
	return v, nil
}

// addressInt parses an EIP-55 (or any-case) 0x address as a 160-bit integer.
func addressInt(a string) (*big.Int, error) {
	h, ok := strings.CutPrefix(a, "0x")
	v, ok2 := new(big.Int).SetString(h, 16)
	if !ok || !ok2 || len(h) != 40 {
		return nil, fmt.Errorf("contributor %q is not a 0x address: %w", a, influence.ErrBadInput)
	}
	return v, nil
}

// LoadCommitment reads the adapter's stored evidence commitment (ErrNoCommitment when
// there is none).
func LoadCommitment(s *store.Store, adapter string) (*influence.Commitment, error) {
	var c influence.Commitment
	if err := s.Get(store.KindCommitment, adapter, &c); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("adapter %q: %w (run `poa evidence commit %s`)", adapter, ErrNoCommitment, adapter)
		}
		return nil, err
	}
	return &c, nil
}

// current reports why c does not describe the loaded weights and sketch file ("" when
// it does).
func current(c *influence.Commitment, l *loaded, meta store.SketchMeta) string {
	switch {
	case c.Version != influence.CommitmentVersion || c.Rule != influence.QuantRule:
		return fmt.Sprintf("commitment version %d rule %s, now %d %s", c.Version, c.Rule, influence.CommitmentVersion, influence.QuantRule)
	case c.AdapterHash != l.arec.SHA256 || c.ModelHash != l.mrec.SHA256:
		return "the adapter or model weights changed"
	case c.Sketch != meta.Name || c.SketchCRC != meta.CRC:
		return "the sketch file was rebuilt"
	case c.Depth != CommitDepth(c.Points):
		return fmt.Sprintf("tree depth %d, the rule now gives %d", c.Depth, CommitDepth(c.Points))
	}
	return ""
}

// Commit builds the adapter's evidence commitment (influence.Commitment: the quantized
// sketch tree and the tokenized corpus tree), stores it and returns it. progress, if
// set, receives ("commit sketches"|"commit corpus", done, total).
func Commit(ctx context.Context, s *store.Store, adapter string, progress func(phase string, done, total int)) (*influence.Commitment, error) {
	var c *influence.Commitment
	err := withSketches(s, adapter, func(l *loaded, sf *store.SketchFile, meta store.SketchMeta) (err error) {
		c, err = commit(ctx, s, l, sf, meta, progress)
		return err
	})
	return c, err
}

// withSketches loads the adapter and opens its preconditioned sketches for fn.
func withSketches(s *store.Store, adapter string, fn func(l *loaded, sf *store.SketchFile, meta store.SketchMeta) error) error {
	l, err := load(s, adapter)
	if err != nil {
		return err
	}
	sf, meta, _, err := openSketches(s, l)
	if err != nil {
		return err
	}
	defer sf.Close()
	return fn(l, sf, meta)
}

// EnsureCommitment returns the adapter's commitment, building it first when it is
// missing or stale.
//
// A commitment made from a sketch set (CommitSet) is returned as it is when it is
// current for the weights and its set still has its root; it is never rebuilt from
// the monolithic file here (ErrStale or ErrSketchSource otherwise).
func EnsureCommitment(ctx context.Context, s *store.Store, adapter string) (*influence.Commitment, error) {
	if c, err := LoadCommitment(s, adapter); err == nil && c.Set != nil {
		return checkSetCommitment(s, adapter, c)
	}
	var c *influence.Commitment
	err := withSketches(s, adapter, func(l *loaded, sf *store.SketchFile, meta store.SketchMeta) (err error) {
		c, err = ensureCommitment(ctx, s, l, sf, meta)
		return err
	})
	return c, err
}

// withRecordTree opens the committed sketches of a record's adapter (the monolithic
// file, or the sketch set of a set commitment) and their committed tree for fn (the
// set's stored leaves, or the file's rows re-hashed), refusing (ErrStale) when its root
// is not the record's committed one.
func withRecordTree(ctx context.Context, s *store.Store, rec *influence.Record, fn func(l *loaded, rows sketchRows, tree *circuits.SketchTree) error) error {
	qc := rec.Query
	l, err := load(s, rec.Adapter)
	if err != nil {
		return err
	}
	c, err := LoadCommitment(s, rec.Adapter)
	if err != nil && !errors.Is(err, ErrNoCommitment) {
		return err
	}
	cr, err := openCommitted(s, l, c, false)
	if err != nil {
		return err
	}
	defer cr.close()
	tree, err := committedTree(ctx, s, cr.rows, qc.SketchShift)
	if err != nil {
		return err
	}
	if root := hexRoot(tree.Root()); root != qc.SketchRoot {
		return fmt.Errorf("record %s: committed sketch root %s, the %s gives %s: %w", rec.ID, qc.SketchRoot, cr.describe(), root, ErrStale)
	}
	return fn(l, cr.rows, tree)
}

// ensureCommitment returns the adapter's commitment, building it first when it is
// missing or stale (logged at INFO, like the suffix-array index).
func ensureCommitment(ctx context.Context, s *store.Store, l *loaded, sf *store.SketchFile, meta store.SketchMeta) (*influence.Commitment, error) {
	c, err := LoadCommitment(s, l.arec.Name)
	if err == nil && c.Set != nil {
		return nil, fmt.Errorf("adapter %q's evidence is committed from its sketch set %s, not the monolithic file %s: %w (attribute over the set, discovered in the store or named with --shards, or re-commit the monolithic file with `poa evidence commit %s`)",
			l.arec.Name, c.Sketch, meta.Name, ErrSketchSource, l.arec.Name)
	}
	if err == nil {
		why := current(c, l, meta)
		if why == "" {
			return c, nil
		}
		slog.Info("evidence commitment is stale; rebuilding", "adapter", l.arec.Name, "why", why)
	} else if !errors.Is(err, ErrNoCommitment) {
		return nil, err
	}
	return commit(ctx, s, l, sf, meta, nil)
}

func commit(ctx context.Context, s *store.Store, l *loaded, sf *store.SketchFile, meta store.SketchMeta, progress func(string, int, int)) (*influence.Commitment, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	start := time.Now()
	shift, err := sketchShift(sf)
	if err != nil {
		return nil, fmt.Errorf("sketch %s: %w", meta.Name, err)
	}
	tree, err := sketchTree(ctx, s, sf, shift, func(done, total int) { progress("commit sketches", done, total) })
	if err != nil {
		return nil, err
	}
	corpus, err := corpusTree(ctx, s, l, func(done, total int) { progress("commit corpus", done, total) })
	if err != nil {
		return nil, err
	}
	n, k := sf.Dims()
	c := &influence.Commitment{Version: influence.CommitmentVersion, Adapter: l.arec.Name, AdapterHash: l.arec.SHA256,
		Model: l.mrec.Name, ModelHash: l.mrec.SHA256, Sketch: meta.Name, SketchCRC: meta.CRC, Rule: influence.QuantRule,
		Shift: shift, Points: n, K: k, Depth: tree.Depth(), SketchRoot: hexRoot(tree.Root()),
		Corpus: influence.CorpusCommitment{Docs: corpus.docs, Tokens: corpus.tokens, Depth: corpus.tree.Depth(),
			Root: hexRoot(corpus.tree.Root()), Tokenizer: l.mrec.Name},
		Created: time.Now().UTC()}
	c.Seconds = time.Since(start).Seconds()
	if err := s.Put(store.KindCommitment, l.arec.Name, c); err != nil {
		return nil, err
	}
	slog.Info("evidence committed", "adapter", c.Adapter, "points", c.Points, "k", c.K, "shift", c.Shift,
		"sketch_root", c.SketchRoot, "corpus_docs", c.Corpus.Docs, "seconds", fmt.Sprintf("%.2f", c.Seconds))
	return c, nil
}

// sketchShift is the file-wide QuantShift of a sketch file.
func sketchShift(sf *store.SketchFile) (int, error) {
	m, err := influence.MaxAbs(sf.RawMatrix())
	if err != nil {
		return 0, err
	}
	return influence.QuantShift(m)
}

// sketchRow is row i's leaf data: point hash, contributor and quantized sketch.
type sketchRow struct {
	datanet, point string
	contributor    string
	pointHash      *big.Int
	addr           *big.Int
	q              []int32
}

// readRow quantizes and resolves row i of the sketch file.
func readRow(sf sketchRows, i, shift int, owners influence.Owners) (*sketchRow, error) {
	d, p := splitID(sf.ID(i))
	owner, err := owners(d, p)
	if err != nil {
		return nil, fmt.Errorf("sketch row %d (%s): %w", i, sf.ID(i), err)
	}
	addr, err := addressInt(owner)
	if err != nil {
		return nil, fmt.Errorf("sketch row %d (%s): %w", i, sf.ID(i), err)
	}
	q, err := influence.Quantize(nil, sf.Row(i), shift)
	if err != nil {
		return nil, fmt.Errorf("sketch row %d (%s): %w", i, sf.ID(i), err)
	}
	return &sketchRow{datanet: d, point: p, contributor: owner, pointHash: circuits.PointHash(d, p), addr: addr, q: q}, nil
}

// sketchTree builds the committed tree over every row of the sketches (each row
// quantized with shift and hashed with its contributor).
func sketchTree(ctx context.Context, s *store.Store, sf sketchRows, shift int, progress func(done, total int)) (*circuits.SketchTree, error) {
	n, _ := sf.Dims()
	owners := influence.StoreOwners(s)
	leaves := make([]*big.Int, n)
	for i := range n {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			progress(i, n)
		}
		r, err := readRow(sf, i, shift, owners)
		if err != nil {
			return nil, err
		}
		leaves[i] = circuits.SketchLeaf(r.pointHash, r.addr, r.q)
	}
	progress(n, n)
	return circuits.NewSketchTree(leaves, CommitDepth(n))
}

// MinCommitDepth is the least depth of a committed tree: every datanet of up to 2^14
// points commits at depth 14, so adapters of one model share one score-circuit shape
// (and one on-chain verifier); a tree level costs 188 constraints per candidate.
const MinCommitDepth = 14

// CommitDepth is the depth of the committed tree over n leaves: the smallest that holds
// them, at least MinCommitDepth.
func CommitDepth(n int) int { return max(MinCommitDepth, circuits.TreeDepth(max(n, 1))) }

type corpusCommit struct {
	tree   *circuits.SketchTree
	docs   int
	tokens int64
	refs   []string // "datanet/id" of each leaf, in leaf order
}

// corpusTree builds the tree over the tokenized documents the model and adapter were
// trained on (trainedOn's rule), sorted by (datanet, id).
func corpusTree(ctx context.Context, s *store.Store, l *loaded, progress func(done, total int)) (*corpusCommit, error) {
	datanets := slices.Concat(l.mrec.Datanets, l.arec.Datanets)
	slices.Sort(datanets)
	datanets = slices.Compact(datanets)
	cc := &corpusCommit{}
	var leaves []*big.Int
	for _, d := range datanets {
		err := s.Points(d, func(p store.DataPoint) error {
			if len(leaves)%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				progress(len(leaves), 0)
			}
			if !trainedPoint(l, d, p) {
				return nil
			}
			toks := l.tok.Encode(p.Text)
			leaves = append(leaves, circuits.CorpusLeaf(circuits.PointHash(d, p.ID), toks))
			cc.refs = append(cc.refs, d+"/"+p.ID)
			cc.tokens += int64(len(toks))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("corpus of datanet %q: %w", d, err)
		}
	}
	progress(len(leaves), len(leaves))
	cc.docs = len(leaves)
	t, err := circuits.NewSketchTree(leaves, CommitDepth(len(leaves)))
	if err != nil {
		return nil, err
	}
	cc.tree = t
	return cc, nil
}
