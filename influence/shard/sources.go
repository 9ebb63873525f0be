package shard

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"poa/inference"
	"poa/inference/tokenizer"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// Sources are the shard sets attribution reads for one adapter (lm.Options.Spans and
// lm.Options.Sketches): a nil field means the store's monolithic index or sketch file.
type Sources struct {
	Spans    *Index
	Sketches *Sketches
	// Embeddings is the adapter's embedding set (lm.Options.Embeddings): nil means the
	// store's monolithic embedding index, if any.
	Embeddings *Embeddings
	// Notes says why a discovered set was not used (logged at WARN).
	Notes []string
}

// Apply points o at the sources (the unset ones keep the monolithic default). A
// sketch set serves every method: influence over its preconditioned sketches, tracin
// and datainf over its raw ones.
func (src *Sources) Apply(o *lm.Options) {
	if src.Spans != nil {
		o.Spans = src.Spans
	}
	if src.Embeddings != nil {
		o.Embeddings = src.Embeddings
	}
	if src.Sketches != nil {
		o.Sketches = src.Sketches
	}
}

// Close closes the open sets.
func (src *Sources) Close() error {
	var err error
	if src.Spans != nil {
		err = src.Spans.Close()
	}
	if src.Sketches != nil {
		if e := src.Sketches.Close(); err == nil {
			err = e
		}
	}
	if src.Embeddings != nil {
		src.Embeddings.Close()
	}
	return err
}

// OpenSources opens the shard sets attribution with adapter should read in s.
//
// With dirs (poa attribute --shards DIR, poa serve's shards), each names a set
// explicitly: a sharded suffix-array index (set.json), a sketch set (sketches.json) or
// an embedding set (embeddings.json), at most one of each; a set that does not fit —
// another tokenizer than the adapter's model's, stale for the store, another
// adapter's sketches or embeddings, a sketch root that is not the adapter's registered
// commitment's, embeddings of other base model weights — is an error (lm.Attribute
// checks the same again, per call).
//
// Without dirs the store's own sets are discovered: the sharded index when it is the
// most recently built index (as poa ngram chooses), the adapter's sketch set
// (SketchSetDir) when its root equals the adapter's registered commitment, and the
// adapter's embedding set (EmbedSetDir) when it was built with the base model's
// current weights over the adapter's current points. A discovered set that does not
// fit is not used: attribution falls back to the monolithic index, sketch file or
// embedding index, with a WARN log saying why (Sources.Notes).
func OpenSources(s *store.Store, adapter string, dirs []string) (*Sources, error) {
	src := &Sources{}
	fail := func(err error) (*Sources, error) {
		src.Close()
		return nil, err
	}
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, adapter, &arec); err != nil {
		return nil, fmt.Errorf("adapter %q: %w", adapter, err)
	}
	if len(dirs) > 0 {
		for _, dir := range dirs {
			switch {
			case exists(filepath.Join(dir, "set.json")):
				if src.Spans != nil {
					return fail(fmt.Errorf("shards: %s and %s are both sharded indexes; give one", src.Spans.Dir, dir))
				}
				x, why, err := openSpans(s, arec, dir)
				if err != nil {
					return fail(err)
				}
				if why != "" {
					return fail(fmt.Errorf("shards: %s: %w: %s", dir, sarray.ErrCorpusVersion, why))
				}
				src.Spans = x
			case exists(filepath.Join(dir, SketchSetFile)):
				if src.Sketches != nil {
					return fail(fmt.Errorf("shards: %s and %s are both sketch sets; give one", src.Sketches.Dir, dir))
				}
				x, why, err := openSketchSet(s, adapter, dir)
				if err != nil {
					return fail(err)
				}
				if why != "" {
					return fail(fmt.Errorf("shards: %s: %w: %s", dir, lm.ErrSketchSource, why))
				}
				src.Sketches = x
			case exists(filepath.Join(dir, EmbedSetFile)):
				if src.Embeddings != nil {
					return fail(fmt.Errorf("shards: %s and %s are both embedding sets; give one", src.Embeddings.Dir, dir))
				}
				x, why, err := openEmbedSet(s, arec, dir)
				if err != nil {
					return fail(err)
				}
				if why != "" {
					return fail(fmt.Errorf("shards: %s: %w: %s", dir, lm.ErrStaleEmbeddings, why))
				}
				src.Embeddings = x
			default:
				return fail(fmt.Errorf("shards: %s holds neither set.json (a sharded index), %s (a sketch set) nor %s (an embedding set): %w", dir, SketchSetFile, EmbedSetFile, ErrNoSet))
			}
		}
		return src, nil
	}
	warn := func(what, why string) {
		src.Notes = append(src.Notes, what+": "+why)
		slog.Warn("attribute: not using the "+what+"; falling back to the monolithic files", "adapter", adapter, "why", why)
	}
	if dir, err := SetDir(s); err == nil && exists(filepath.Join(dir, "set.json")) {
		set, err := ReadSet(dir)
		if err != nil {
			return fail(err)
		}
		var meta sarray.Meta
		if s.Get(store.KindIndex, sarray.MetaKey, &meta) != nil || !meta.Built.After(set.Built) {
			x, why, err := openSpans(s, arec, dir)
			switch {
			case err != nil:
				warn("sharded index", err.Error())
			case why != "":
				warn("sharded index", why)
			default:
				src.Spans = x
			}
		}
	}
	if dir, err := SketchSetDir(s, adapter); err == nil && exists(filepath.Join(dir, SketchSetFile)) {
		x, why, err := openSketchSet(s, adapter, dir)
		switch {
		case err != nil:
			warn("sketch set", err.Error())
		case why != "":
			warn("sketch set", why)
		default:
			src.Sketches = x
		}
	}
	if dir, err := EmbedSetDir(s, adapter); err == nil && exists(filepath.Join(dir, EmbedSetFile)) {
		x, why, err := openEmbedSet(s, arec, dir)
		switch {
		case err != nil:
			warn("embedding set", err.Error())
		case why != "":
			warn("embedding set", why)
		default:
			src.Embeddings = x
		}
	}
	return src, nil
}

// openEmbedSet opens the embedding set in dir, or says why it does not fit the
// adapter (another adapter's, built with other base model weights, stale for the
// adapter's datanets).
func openEmbedSet(s *store.Store, arec inference.AdapterRecord, dir string) (*Embeddings, string, error) {
	set, err := ReadEmbedSet(dir)
	if err != nil {
		return nil, "", err
	}
	if set.Adapter != arec.Name {
		return nil, fmt.Sprintf("the set holds adapter %q's embeddings, not %q's", set.Adapter, arec.Name), nil
	}
	var mrec inference.ModelRecord
	if err := s.Get(store.KindModel, arec.Base, &mrec); err != nil {
		return nil, "", fmt.Errorf("model %q of adapter %q: %w", arec.Base, arec.Name, err)
	}
	rebuild := fmt.Sprintf("(rebuild with `poa index embeddings --adapter %s --shards N`)", arec.Name)
	if set.ModelSHA256 != mrec.SHA256 {
		return nil, fmt.Sprintf("built with model %s sha256 %.12s…, model %s is now %.12s… %s", set.Model, set.ModelSHA256, mrec.Name, mrec.SHA256, rebuild), nil
	}
	dns, err := s.Datanets()
	if err != nil {
		return nil, "", err
	}
	var mine []store.Datanet
	for _, d := range dns {
		if slices.Contains(arec.Datanets, d.Name) {
			mine = append(mine, d)
		}
	}
	if d := sarray.Staleness(set.Counts, mine); d != "" || !slices.Equal(set.Datanets, arec.Datanets) {
		return nil, fmt.Sprintf("stale: built for datanets %v, the adapter's are %v (%s) %s", set.Datanets, arec.Datanets, d, rebuild), nil
	}
	x, err := OpenEmbeddings(dir, false, 0)
	if err != nil {
		return nil, "", err
	}
	return x, "", nil
}

func exists(path string) bool { _, err := os.Stat(path); return err == nil }

// openSpans opens the sharded index in dir, or says why it does not fit adapter's
// model and the store (another tokenizer, stale).
func openSpans(s *store.Store, arec inference.AdapterRecord, dir string) (*Index, string, error) {
	set, err := ReadSet(dir)
	if err != nil {
		return nil, "", err
	}
	tok, err := tokenizer.Load(filepath.Join(s.Dir(), "files", "models", arec.Base, "tokenizer"))
	if err != nil {
		return nil, "", fmt.Errorf("shards: model %q's tokenizer: %w", arec.Base, err)
	}
	th := sarray.TokenizerHash(tok)
	if th.String() != set.Tokenizer {
		return nil, fmt.Sprintf("built with tokenizer %s %.12s…, model %s's is %.12s… (run `poa index build --shards N --model %s`)",
			set.TokName, set.Tokenizer, arec.Base, th, arec.Base), nil
	}
	dns, err := s.Datanets()
	if err != nil {
		return nil, "", err
	}
	if d := sarray.Staleness(set.Counts, dns); d != "" {
		return nil, "stale: data points were added since it was built (" + d + "); run `poa index update`", nil
	}
	x, err := Open(dir, &OpenOptions{Tokenizer: &th})
	if err != nil {
		return nil, "", err
	}
	return x, "", nil
}

// openSketchSet opens the sketch set in dir, or says why it is not adapter's
// committed sketches (another adapter's, no commitment, another root).
func openSketchSet(s *store.Store, adapter, dir string) (*Sketches, string, error) {
	set, err := ReadSketchSet(dir)
	if err != nil {
		return nil, "", err
	}
	if set.Adapter != adapter {
		return nil, fmt.Sprintf("the set holds adapter %q's sketches, not %q's", set.Adapter, adapter), nil
	}
	c, err := lm.LoadCommitment(s, adapter)
	if errors.Is(err, lm.ErrNoCommitment) {
		return nil, err.Error(), nil
	}
	if err != nil {
		return nil, "", err
	}
	if set.SketchRoot != c.SketchRoot {
		if set.Fisher == FisherPartial {
			return nil, fmt.Sprintf("sketch root %s, the adapter's commitment %s: built with --fisher partial, whose Fisher differs from the exact one by rounding, the set's root is its own and is not the registered commitment (commit it with `poa evidence commit %s --from-set`, or rebuild with `poa index sketches --adapter %s --shards N` for the exact mode)", set.SketchRoot, c.SketchRoot, adapter, adapter), nil
		}
		return nil, fmt.Sprintf("sketch root %s, the adapter's commitment %s (rebuild with `poa index sketches --adapter %s --shards N`)", set.SketchRoot, c.SketchRoot, adapter), nil
	}
	x, err := OpenSketches(dir, false, 0)
	if err != nil {
		return nil, "", err
	}
	return x, "", nil
}

// Resolver keeps the shard sets attribution reads open across calls, for a serving
// process: per adapter, OpenSources' answer, opened on first use and reopened when
// what chose it changes (a set rebuilt, updated or compacted, the monolithic index
// rebuilt, the commitment or the datanets' point counts changed). A set replaced while
// calls still use it is closed when the last of them releases it. Safe for concurrent
// use.
type Resolver struct {
	s    *store.Store
	dirs []string
	mu   sync.Mutex
	open map[string]*heldSources
}

type heldSources struct {
	src   *Sources
	stamp string
	refs  int
	gone  bool // replaced: close at refs 0
}

// NewResolver returns a resolver over s; dirs are OpenSources' (none: discovery).
func NewResolver(s *store.Store, dirs []string) *Resolver {
	return &Resolver{s: s, dirs: slices.Clone(dirs), open: map[string]*heldSources{}}
}

// stamp says what OpenSources' answer for adapter depends on.
func (r *Resolver) stamp(adapter string) (string, error) {
	var b strings.Builder
	files := []string{}
	if len(r.dirs) > 0 {
		for _, d := range r.dirs {
			files = append(files, filepath.Join(d, "set.json"), filepath.Join(d, SketchSetFile), filepath.Join(d, EmbedSetFile))
		}
	} else {
		if d, err := SetDir(r.s); err == nil {
			files = append(files, filepath.Join(d, "set.json"))
		}
		if d, err := SketchSetDir(r.s, adapter); err == nil {
			files = append(files, filepath.Join(d, SketchSetFile))
		}
		if d, err := EmbedSetDir(r.s, adapter); err == nil {
			files = append(files, filepath.Join(d, EmbedSetFile))
		}
	}
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			fmt.Fprintf(&b, "%s %d %d;", f, st.Size(), st.ModTime().UnixNano())
		}
	}
	var meta sarray.Meta
	if r.s.Get(store.KindIndex, sarray.MetaKey, &meta) == nil {
		fmt.Fprintf(&b, "index %s;", meta.Built.Format(time.RFC3339Nano))
	}
	if c, err := lm.LoadCommitment(r.s, adapter); err == nil {
		fmt.Fprintf(&b, "commitment %s;", c.SketchRoot)
	}
	var arec inference.AdapterRecord
	if err := r.s.Get(store.KindAdapter, adapter, &arec); err != nil {
		return "", fmt.Errorf("adapter %q: %w", adapter, err)
	}
	fmt.Fprintf(&b, "adapter %s;", arec.SHA256)
	dns, err := r.s.Datanets()
	if err != nil {
		return "", err
	}
	for _, d := range dns {
		fmt.Fprintf(&b, "%s %d;", d.Name, d.Points)
	}
	return b.String(), nil
}

// Acquire returns the sources for adapter and the release to call when the call
// using them is done.
func (r *Resolver) Acquire(adapter string) (*Sources, func(), error) {
	stamp, err := r.stamp(adapter)
	if err != nil {
		return nil, nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	h := r.open[adapter]
	if h == nil || h.stamp != stamp {
		src, err := OpenSources(r.s, adapter, r.dirs)
		if err != nil {
			return nil, nil, err
		}
		if h != nil {
			r.drop(h)
		}
		h = &heldSources{src: src, stamp: stamp}
		r.open[adapter] = h
	}
	h.refs++
	return h.src, func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		h.refs--
		if h.gone && h.refs == 0 {
			h.src.Close()
		}
	}, nil
}

// drop marks h replaced, closing it when no call holds it (r.mu held).
func (r *Resolver) drop(h *heldSources) {
	h.gone = true
	if h.refs == 0 {
		h.src.Close()
	}
}

// Close closes every held set not in use (those in use close on release).
func (r *Resolver) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for a, h := range r.open {
		r.drop(h)
		delete(r.open, a)
	}
	return nil
}
