package lm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"poa/circuits"
	"poa/gradients"
	"poa/influence"
	"poa/store"
)

// SetSketches is a SketchSource opened from a sketch set (influence/shard), which can be
// an adapter's committed evidence in place of the monolithic sketch file (CommitSet).
type SetSketches interface {
	SketchSource
	// SetRef describes the set for a commitment, with the CRC-32C of its manifest
	// (sketches.json): what records made over it name as their sketch checksum.
	SetRef() (influence.SketchSetRef, uint32, error)
}

// CommittedLeaves is a SketchSource that keeps its committed leaves (circuits.SketchLeaf
// of each row, in row order) and its quantized rows: proofs and challenges take the
// tree and the candidates' sketches from them rather than re-hashing every row.
type CommittedLeaves interface {
	Leaves() ([]*big.Int, error)
	QuantRow(i int) []int32
}

// SetOpener opens the sketch set a commitment names (ref, from influence.Commitment.Set)
// as adapter's sketch source; with verify it re-reads every file against its manifest's
// sha256 and recomputes the root from the leaves. It returns the source and a function
// that closes it.
type SetOpener func(s *store.Store, adapter string, ref influence.SketchSetRef, verify bool) (SketchSource, func(), error)

var (
	setOpenerMu sync.RWMutex
	setOpener   SetOpener
)

// RegisterSetOpener installs the opener of committed sketch sets; influence/shard
// registers its own when it is linked in (lm cannot import it).
func RegisterSetOpener(f SetOpener) {
	setOpenerMu.Lock()
	defer setOpenerMu.Unlock()
	setOpener = f
}

// ErrNoSetOpener is returned when an adapter's evidence is committed from a sketch set
// and no set opener is registered (the program does not link influence/shard).
var ErrNoSetOpener = errors.New("the adapter's evidence is a sketch set and no sketch set opener is registered (import poa/influence/shard)")

// CommitSet makes the sketch set src the adapter's committed evidence: it builds the
// commitment record as Commit does (the corpus tree over the trained-on documents, the
// same depth rule) with the set's root, shift and shape, names the set (Sketch, SketchCRC
// and Set: directory, manifest sha256, Fisher mode, damping, projection), stores it and
// returns it. The set should have been opened with its checksums verified; its
// projection and weights' hashes must be the loaded adapter's (ErrStale). A re-commit
// replaces the stored commitment, as Commit does.
func CommitSet(ctx context.Context, s *store.Store, src SetSketches, progress func(phase string, done, total int)) (*influence.Commitment, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	start := time.Now()
	ref, crc, err := src.SetRef()
	if err != nil {
		return nil, err
	}
	l, err := load(s, src.Adapter())
	if err != nil {
		return nil, err
	}
	n, k := src.Dims()
	c := &influence.Commitment{Version: influence.CommitmentVersion, Adapter: l.arec.Name, AdapterHash: l.arec.SHA256,
		Model: l.mrec.Name, ModelHash: l.mrec.SHA256, Sketch: ref.Dir, SketchCRC: crc, Rule: influence.QuantRule,
		Shift: src.Shift(), Points: n, K: k, Depth: CommitDepth(n), SketchRoot: src.Root(), Set: &ref}
	proj, err := sketchProjector(l, setMeta(c))
	if err != nil {
		return nil, fmt.Errorf("commit %s: %w", src.Describe(), err)
	}
	if k != proj.Dim() {
		return nil, fmt.Errorf("commit %s: k=%d, its projection gives %d: %w", src.Describe(), k, proj.Dim(), ErrStale)
	}
	if _, err := ParseRoot(c.SketchRoot); err != nil {
		return nil, fmt.Errorf("commit %s: %w", src.Describe(), err)
	}
	corpus, err := corpusTree(ctx, s, l, func(done, total int) { progress("commit corpus", done, total) })
	if err != nil {
		return nil, err
	}
	c.Corpus = influence.CorpusCommitment{Docs: corpus.docs, Tokens: corpus.tokens, Depth: corpus.tree.Depth(),
		Root: hexRoot(corpus.tree.Root()), Tokenizer: l.mrec.Name}
	c.Created = time.Now().UTC()
	c.Seconds = time.Since(start).Seconds()
	if err := s.Put(store.KindCommitment, l.arec.Name, c); err != nil {
		return nil, err
	}
	slog.Info("evidence committed from a sketch set", "adapter", c.Adapter, "set", ref.Dir, "fisher", ref.Fisher, "shards", ref.Shards,
		"points", c.Points, "k", c.K, "shift", c.Shift, "sketch_root", c.SketchRoot, "corpus_docs", c.Corpus.Docs, "seconds", fmt.Sprintf("%.2f", c.Seconds))
	return c, nil
}

// setMeta is the sketch record a set-committed commitment stands for: its name and
// checksum (the set's), damping and projection, in the monolithic record's shape
// (numbers as float64, lists as []any), so that records and projections are made as
// from the monolithic file's record.
func setMeta(c *influence.Commitment) store.SketchMeta {
	ref := c.Set
	params := map[string]any{}
	for key, v := range ref.Params {
		switch key {
		case "k_in", "k_out", "seed", "batch":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				params[key] = v
				continue
			}
			params[key] = f
		case "targets", "datanets":
			list := []any{}
			if v != "" {
				for _, x := range strings.Split(v, ",") {
					list = append(list, x)
				}
			}
			params[key] = list
		default:
			params[key] = v
		}
	}
	return store.SketchMeta{Name: c.Sketch, Adapter: c.Adapter, Kind: "preconditioned", Method: "logra+fisher", Params: params,
		Damping: ref.Damping, N: c.Points, K: c.K, CRC: c.SketchCRC}
}

// committedRows is the sketches an adapter's commitment names: the monolithic
// preconditioned file, or the sketch set of a set commitment (src).
type committedRows struct {
	rows  sketchRows
	meta  store.SketchMeta
	proj  *gradients.Projector
	src   SketchSource // nil for the monolithic file
	close func()
}

// openCommitted opens the sketches c names (the monolithic file when c is nil or not
// set-committed). A set must have c's root, shift and shape (ErrSketchSource); verify
// re-hashes its files.
func openCommitted(s *store.Store, l *loaded, c *influence.Commitment, verify bool) (*committedRows, error) {
	if c == nil || c.Set == nil {
		sf, meta, proj, err := openSketches(s, l)
		if err != nil {
			return nil, err
		}
		return &committedRows{rows: sf, meta: meta, proj: proj, close: func() { sf.Close() }}, nil
	}
	setOpenerMu.RLock()
	open := setOpener
	setOpenerMu.RUnlock()
	if open == nil {
		return nil, fmt.Errorf("adapter %q: %w", l.arec.Name, ErrNoSetOpener)
	}
	meta := setMeta(c)
	proj, err := sketchProjector(l, meta)
	if err != nil {
		return nil, err
	}
	src, closeSrc, err := open(s, l.arec.Name, *c.Set, verify)
	if err != nil {
		return nil, err
	}
	n, k := src.Dims()
	switch {
	case src.Root() != c.SketchRoot:
		closeSrc()
		return nil, fmt.Errorf("adapter %q: %s has sketch root %s, the commitment %s (rebuilt since it was committed: re-commit with `poa index sketches --adapter %s --commit`): %w",
			l.arec.Name, src.Describe(), src.Root(), c.SketchRoot, l.arec.Name, ErrSketchSource)
	case src.Shift() != c.Shift || n != c.Points || k != c.K || k != proj.Dim():
		closeSrc()
		return nil, fmt.Errorf("adapter %q: %s is %d×%d with shift %d, the commitment %d×%d with shift %d (projection k=%d): %w",
			l.arec.Name, src.Describe(), n, k, src.Shift(), c.Points, c.K, c.Shift, proj.Dim(), ErrSketchSource)
	}
	return &committedRows{rows: src, meta: meta, proj: proj, src: src, close: closeSrc}, nil
}

// describe names the committed sketches for messages.
func (r *committedRows) describe() string {
	if r.src != nil {
		return r.src.Describe()
	}
	return "sketch file " + r.meta.Name
}

// committedTree is the committed tree over the rows: from the source's stored leaves
// when it keeps them, else rebuilt from the rows (quantized with shift).
func committedTree(ctx context.Context, s *store.Store, rows sketchRows, shift int) (*circuits.SketchTree, error) {
	if cl, ok := rows.(CommittedLeaves); ok {
		leaves, err := cl.Leaves()
		if err != nil {
			return nil, err
		}
		n, _ := rows.Dims()
		return circuits.NewSketchTree(leaves, CommitDepth(n))
	}
	return sketchTree(ctx, s, rows, shift, func(int, int) {})
}

// checkSetCommitment returns c, a set commitment, after checking that it describes the
// loaded weights and that its set still has its root (a set cannot be rebuilt into a
// commitment here: that is CommitSet, by whoever builds the set).
func checkSetCommitment(s *store.Store, adapter string, c *influence.Commitment) (*influence.Commitment, error) {
	l, err := load(s, adapter)
	if err != nil {
		return nil, err
	}
	if why := current(c, l, setMeta(c)); why != "" {
		return nil, fmt.Errorf("adapter %q's commitment of sketch set %s is stale (%s): %w (rebuild and commit the set: `poa index sketches --adapter %s --shards N --commit`)",
			adapter, c.Sketch, why, ErrStale, adapter)
	}
	cr, err := openCommitted(s, l, c, false)
	if err != nil {
		return nil, err
	}
	cr.close()
	return c, nil
}
