package shard

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"poa/circuits"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// Sketches is an open sketch set: each shard's preconditioned sketches (mapped) and
// quantized sketches, addressed by global row (the monolithic sketch file's). Safe for
// concurrent scans; Close must not run concurrently with them.
type Sketches struct {
	Set     SketchSet
	Dir     string
	shards  []sketchShard
	workers int

	rawOnce sync.Once // rawAll: the raw rows as one matrix, made on first use
	rawAll  influence.Gradients
	rawErr  error
}

type sketchShard struct {
	first int
	pre   *store.SketchFile
	raw   *store.SketchFile // raw.sks: tracin and datainf scan it
	quant []int16           // rows × k
}

// OpenSketches opens the sketch set in dir: sketches.json, each shard's manifest (its
// sha256 as the set records it), its files' sizes and sha256 (with verify: one read
// of every file, and the committed root recomputed from all leaves), and checks the
// shards are contiguous with one k and shift. workers bounds the scan fan-out
// (≤ 0: GOMAXPROCS, 1: sequential).
func OpenSketches(dir string, verify bool, workers int) (*Sketches, error) {
	set, err := ReadSketchSet(dir)
	if err != nil {
		return nil, err
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	x := &Sketches{Set: set, Dir: dir, workers: workers}
	fail := func(err error) (*Sketches, error) {
		x.Close()
		return nil, err
	}
	var row int64
	var leaves []*big.Int
	for _, ref := range set.Shards {
		if ref.Dir == "" || filepath.Base(ref.Dir) != ref.Dir || ref.Dir == "." || ref.Dir == ".." {
			return fail(fmt.Errorf("sketch set %s: %w: shard directory %q is not a name inside the set", dir, sarray.ErrFormat, ref.Dir))
		}
		sdir := filepath.Join(dir, ref.Dir)
		m, sum, err := readManifest[SketchManifest](sdir, "shard")
		if err != nil {
			return fail(err)
		}
		if sum != ref.ManifestSHA256 {
			return fail(fmt.Errorf("sketch shard %s: %w: manifest sha256 %.12s…, the set records %.12s…", sdir, sarray.ErrChecksum, sum, ref.ManifestSHA256))
		}
		if m.FirstRow != row || m.K != set.K || m.Shift != set.Shift || m.Rule != influence.QuantRule || fisherOf(m.Fisher) != fisherOf(set.Fisher) {
			return fail(fmt.Errorf("sketch shard %s: %w: first row %d (want %d), k %d, shift %d, rule %s or Fisher mode %q differ from the set's", sdir, sarray.ErrFormat, m.FirstRow, row, m.K, m.Shift, m.Rule, m.Fisher))
		}
		for name, want := range m.Files {
			path := filepath.Join(sdir, name)
			if verify {
				got, err := sumFile(path)
				if err != nil {
					return fail(err)
				}
				if got != want {
					return fail(fmt.Errorf("sketch shard %s: %w: %s sha256 %.12s… (%d bytes), manifest says %.12s… (%d bytes)", sdir, sarray.ErrChecksum, name, got.SHA256, got.Bytes, want.SHA256, want.Bytes))
				}
			} else if st, err := os.Stat(path); err != nil || st.Size() != want.Bytes {
				return fail(fmt.Errorf("sketch shard %s: %w: %s is missing or not %d bytes", sdir, sarray.ErrChecksum, name, want.Bytes))
			}
		}
		pre, err := store.OpenSketchFile(filepath.Join(sdir, PreSketchFile), verify)
		if err != nil {
			return fail(err)
		}
		sh := sketchShard{first: int(row), pre: pre}
		x.shards = append(x.shards, sh)
		if n, k := pre.Dims(); int64(n) != m.Rows || k != m.K {
			return fail(fmt.Errorf("sketch shard %s: %w: pre.sks is %d×%d, the manifest says %d×%d", sdir, sarray.ErrFormat, n, k, m.Rows, m.K))
		}
		raw, err := store.OpenSketchFile(filepath.Join(sdir, RawSketchFile), verify)
		if err != nil {
			return fail(err)
		}
		x.shards[len(x.shards)-1].raw = raw
		if n, k := raw.Dims(); int64(n) != m.Rows || k != m.K {
			return fail(fmt.Errorf("sketch shard %s: %w: raw.sks is %d×%d, the manifest says %d×%d", sdir, sarray.ErrFormat, n, k, m.Rows, m.K))
		}
		qb, err := os.ReadFile(filepath.Join(sdir, QuantFile))
		if err != nil {
			return fail(fmt.Errorf("shard: %w", err))
		}
		if int64(len(qb)) != 2*m.Rows*int64(m.K) {
			return fail(fmt.Errorf("sketch shard %s: %w: %s holds %d bytes for %d×%d", sdir, sarray.ErrFormat, QuantFile, len(qb), m.Rows, m.K))
		}
		q := make([]int16, len(qb)/2)
		for i := range q {
			q[i] = int16(binary.LittleEndian.Uint16(qb[2*i:]))
		}
		x.shards[len(x.shards)-1].quant = q
		if verify {
			lb, err := os.ReadFile(filepath.Join(sdir, LeavesFile))
			if err != nil {
				return fail(fmt.Errorf("shard: %w", err))
			}
			for i := range int(m.Rows) {
				leaves = append(leaves, new(big.Int).SetBytes(lb[32*i:32*i+32]))
			}
		}
		row += m.Rows
	}
	if len(x.shards) == 0 || row != set.Rows {
		return fail(fmt.Errorf("sketch set %s: %w: %d rows in the shards, the set says %d", dir, sarray.ErrFormat, row, set.Rows))
	}
	if verify {
		tree, err := circuits.NewSketchTree(leaves, lm.CommitDepth(len(leaves)))
		if err != nil {
			return fail(err)
		}
		if r := fmt.Sprintf("0x%064x", tree.Root()); r != set.SketchRoot {
			return fail(fmt.Errorf("sketch set %s: %w: the shards' leaves give root %s, the set says %s", dir, sarray.ErrChecksum, r, set.SketchRoot))
		}
	}
	return x, nil
}

// Close unmaps every shard.
func (x *Sketches) Close() error {
	var first error
	for _, s := range x.shards {
		if err := s.pre.Close(); err != nil && first == nil {
			first = err
		}
		if s.raw != nil {
			if err := s.raw.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	x.shards = nil
	return first
}

// Shards is the number of shards.
func (x *Sketches) Shards() int { return len(x.shards) }

// Dims is the rows of all shards and the sketch length k.
func (x *Sketches) Dims() (n, k int) { return int(x.Set.Rows), x.Set.K }

// shardOf is the shard holding global row i.
func (x *Sketches) shardOf(i int) int {
	k, found := slices.BinarySearchFunc(x.shards, i, func(s sketchShard, i int) int { return cmp.Compare(s.first, i) })
	if !found {
		k--
	}
	return k
}

// ID is the "datanet/point" id of global row i.
func (x *Sketches) ID(i int) string {
	k := x.shardOf(i)
	return x.shards[k].pre.ID(i - x.shards[k].first)
}

// Row is global row i of the preconditioned sketches, aliasing the mapped file.
func (x *Sketches) Row(i int) []float32 {
	k := x.shardOf(i)
	return x.shards[k].pre.Row(i - x.shards[k].first)
}

// TopK is influence.ScanTopK over all rows of the preconditioned sketches: each shard
// returns its top k (in parallel over the fan-out's workers), indices are made global,
// and the union is ordered as ScanTopK orders (score descending, then row ascending)
// and cut to k. Exact: every row of the global top k is in its shard's top k. It
// panics if len(q) != k.
func (x *Sketches) TopK(q []float32, topk int) []influence.Hit {
	return x.topKOver(q, topk, func(s sketchShard) *store.SketchFile { return s.pre })
}

// RawTopK is TopK over the raw sketches (the monolithic NAME.raw file's rows): the
// tracin scan, and datainf's over its HVP.
func (x *Sketches) RawTopK(q []float32, topk int) []influence.Hit {
	return x.topKOver(q, topk, func(s sketchShard) *store.SketchFile { return s.raw })
}

// RawRow is global row i of the raw sketches, aliasing the mapped file.
func (x *Sketches) RawRow(i int) []float32 {
	k := x.shardOf(i)
	return x.shards[k].raw.Row(i - x.shards[k].first)
}

// RawGradients is all shards' raw rows as one matrix, in row order (DataInf sums over
// every row in order): the mapped file itself with one shard, else a copy in memory
// (n·k·4 bytes), made on first use and kept until Close.
func (x *Sketches) RawGradients() (influence.Gradients, error) {
	x.rawOnce.Do(func() {
		if len(x.shards) == 1 {
			x.rawAll = x.shards[0].raw
			return
		}
		n, k := x.Dims()
		g := &influence.Dense{N: n, K: k, Data: make([]float32, 0, n*k), IDs: make([]string, 0, n)}
		for _, s := range x.shards {
			g.Data = append(g.Data, s.raw.RawMatrix()...)
			g.IDs = append(g.IDs, s.raw.IDs()...)
		}
		if len(g.Data) != n*k {
			x.rawErr = fmt.Errorf("sketch set %s: %w: %d raw values for %d×%d", x.Dir, sarray.ErrFormat, len(g.Data), n, k)
			return
		}
		x.rawAll = g
	})
	return x.rawAll, x.rawErr
}

// topKOver is TopK over the file of each shard that file picks.
func (x *Sketches) topKOver(q []float32, topk int, file func(sketchShard) *store.SketchFile) []influence.Hit {
	per := make([][]influence.Hit, len(x.shards))
	fanOut(len(x.shards), x.workers, func(k int) {
		hs := influence.ScanTopK(q, file(x.shards[k]), topk)
		for i := range hs {
			hs[i].Index += x.shards[k].first
		}
		per[k] = hs
	})
	all := slices.Concat(per...)
	slices.SortFunc(all, func(a, b influence.Hit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Index, b.Index))
	})
	return all[:min(len(all), topk)]
}

// IntHit is one row's exact integer score Σ q_j·g_j against its quantized sketch.
type IntHit struct {
	Row   int
	ID    string
	Score int64
}

// IntTopK returns the topk rows with the largest integer score against the quantized
// sketches (ties: smaller row first) among the points keep accepts, and how many
// rejected points were met before topk were kept: the committed scorer's selection
// over the monolithic file. Each shard walks its own rows in that order until it has
// topk accepted ones; the merge walks the union in the same order. Exact, because a
// row the global walk reaches has fewer than topk accepted rows before it, in its
// shard too. keep need not be safe for concurrent use: the fan-out's goroutines
// call it one at a time (it is lm's trainedOn, whose cache is a plain map).
func (x *Sketches) IntTopK(qq []int32, topk int, keep func(datanet, point string) (bool, error)) ([]IntHit, int, error) {
	if len(qq) != x.Set.K {
		panic(fmt.Sprintf("shard: query of %d for sketches of k=%d", len(qq), x.Set.K))
	}
	var keepMu sync.Mutex
	keepOne := func(d, p string) (bool, error) {
		keepMu.Lock()
		defer keepMu.Unlock()
		return keep(d, p)
	}
	type walked struct {
		IntHit
		ok bool
	}
	per := make([][]walked, len(x.shards))
	errs := make([]error, len(x.shards))
	fanOut(len(x.shards), x.workers, func(k int) {
		sh := x.shards[k]
		n, dim := sh.pre.Dims()
		all := make([]IntHit, n)
		for i := range n {
			var s int64
			for j, v := range sh.quant[i*dim : (i+1)*dim] {
				s += int64(qq[j]) * int64(v)
			}
			all[i] = IntHit{Row: sh.first + i, Score: s}
		}
		slices.SortFunc(all, func(a, b IntHit) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Row, b.Row)) })
		kept := 0
		for _, h := range all {
			if kept == topk {
				break
			}
			h.ID = sh.pre.ID(h.Row - sh.first)
			d, p, _ := strings.Cut(h.ID, "/")
			ok, err := keepOne(d, p)
			if err != nil {
				errs[k] = err
				return
			}
			if ok {
				kept++
			}
			per[k] = append(per[k], walked{h, ok})
		}
	})
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	all := slices.Concat(per...)
	slices.SortFunc(all, func(a, b walked) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Row, b.Row)) })
	var hits []IntHit
	dropped := 0
	for _, w := range all {
		if len(hits) == topk {
			break
		}
		if !w.ok {
			dropped++
			continue
		}
		hits = append(hits, w.IntHit)
	}
	return hits, dropped, nil
}
