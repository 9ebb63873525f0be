package shard

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"poa/inference"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/sarray"
	"poa/store"
)

// A sketch set can be an adapter's committed evidence (lm.CommitSet): Sketches gives
// lm what the commitment names and keeps, and lm opens a committed set through the
// opener registered here.
var (
	_ lm.SetSketches     = (*Sketches)(nil)
	_ lm.CommittedLeaves = (*Sketches)(nil)
)

func init() { lm.RegisterSetOpener(openCommittedSet) }

// openCommittedSet opens the sketch set a commitment names: ref.Dir under the store's
// sketch directory (SketchSetDir's parent), with every file re-hashed and the root
// recomputed from the leaves when verify is set.
func openCommittedSet(s *store.Store, adapter string, ref influence.SketchSetRef, verify bool) (lm.SketchSource, func(), error) {
	if ref.Dir == "" || filepath.Base(ref.Dir) != ref.Dir || ref.Dir == "." || ref.Dir == ".." {
		return nil, nil, fmt.Errorf("adapter %q: the commitment names sketch set %q, not a directory name: %w", adapter, ref.Dir, influence.ErrBadInput)
	}
	dir, err := s.FilePath("sketches", ref.Dir)
	if err != nil {
		return nil, nil, err
	}
	x, err := OpenSketches(dir, verify, 0)
	if err != nil {
		return nil, nil, err
	}
	if x.Set.Adapter != adapter {
		x.Close()
		return nil, nil, fmt.Errorf("sketch set %s holds adapter %q's sketches, not %q's: %w", dir, x.Set.Adapter, adapter, lm.ErrSketchSource)
	}
	return x, func() { x.Close() }, nil
}

// SetRef describes the set for an adapter's commitment: its directory name, the
// sha256 and CRC-32C of its sketches.json, its Fisher mode, shard count, damping and
// projection parameters.
func (x *Sketches) SetRef() (influence.SketchSetRef, uint32, error) {
	b, err := os.ReadFile(filepath.Join(x.Dir, SketchSetFile))
	if err != nil {
		return influence.SketchSetRef{}, 0, fmt.Errorf("shard: %w", err)
	}
	params := make(map[string]string, len(x.Set.Params))
	for k, v := range x.Set.Params {
		params[k] = v
	}
	return influence.SketchSetRef{Dir: filepath.Base(x.Dir), SHA256: sha256Hex(b), Fisher: fisherOf(x.Set.Fisher),
		Shards: len(x.shards), Damping: x.Set.Damping, Params: params}, store.Checksum(b), nil
}

// Leaves reads every shard's committed leaves (leaves.bin), in row order.
func (x *Sketches) Leaves() ([]*big.Int, error) {
	out := make([]*big.Int, 0, x.Set.Rows)
	for _, ref := range x.Set.Shards {
		path := filepath.Join(x.Dir, ref.Dir, LeavesFile)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("shard: %w", err)
		}
		if int64(len(b)) != 32*ref.Docs {
			return nil, fmt.Errorf("sketch shard %s: %d bytes of leaves for %d rows: %w", path, len(b), ref.Docs, sarray.ErrFormat)
		}
		for i := range int(ref.Docs) {
			out = append(out, new(big.Int).SetBytes(b[32*i:32*i+32]))
		}
	}
	if int64(len(out)) != x.Set.Rows {
		return nil, fmt.Errorf("sketch set %s: %d leaves, %d rows: %w", x.Dir, len(out), x.Set.Rows, sarray.ErrFormat)
	}
	return out, nil
}

// QuantRow is row i's committed quantized sketch (quant.bin), the values its leaf
// hashes.
func (x *Sketches) QuantRow(i int) []int32 {
	k := x.shardOf(i)
	sh := x.shards[k]
	r := i - sh.first
	out := make([]int32, x.Set.K)
	for j, v := range sh.quant[r*x.Set.K : (r+1)*x.Set.K] {
		out[j] = int32(v)
	}
	return out
}

// CommitSketchSet opens the adapter's sketch set (SketchSetDir) with every file
// re-hashed against its manifest and the root recomputed from the leaves, and makes
// it the adapter's committed evidence (lm.CommitSet): attribution, verification and
// proofs then read the set, and need no monolithic sketch file. It works for sets of
// either Fisher mode; a partial set's root is its own.
func CommitSketchSet(ctx context.Context, s *store.Store, adapter string, progress func(phase string, done, total int)) (*influence.Commitment, error) {
	dir, err := SketchSetDir(s, adapter)
	if err != nil {
		return nil, err
	}
	x, err := OpenSketches(dir, true, 0)
	if err != nil {
		return nil, err
	}
	defer x.Close()
	if x.Set.Adapter != adapter {
		return nil, fmt.Errorf("sketch set %s holds adapter %q's sketches, not %q's: %w", dir, x.Set.Adapter, adapter, lm.ErrSketchSource)
	}
	// A set of a part of the adapter's datanets (SketchOptions.Datanets) is a
	// measurement, not the adapter's evidence: CommitSet's projection check does not
	// see it, so it is refused here.
	var arec inference.AdapterRecord
	if err := s.Get(store.KindAdapter, adapter, &arec); err != nil {
		return nil, fmt.Errorf("adapter %q: %w", adapter, err)
	}
	if d := x.Set.Params["datanets"]; d != strings.Join(arec.Datanets, ",") {
		return nil, fmt.Errorf("sketch set %s covers datanets %q, adapter %q's are %q: %w (rebuild it without --datanets)", dir, d, adapter, strings.Join(arec.Datanets, ","), influence.ErrBadInput)
	}
	return lm.CommitSet(ctx, s, x, progress)
}
