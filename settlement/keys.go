package settlement

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"poa/prover"
	"poa/store"
)

// KeyRecord is the store record (kind key, key "split-<backend>-<size>") of a key pair.
// Paths inside the data directory are stored relative to it, so a moved or copied data
// directory uses its own files; a key pair kept elsewhere is stored as an absolute path.
type KeyRecord struct {
	Name   string         `json:"name"`
	Meta   prover.KeyMeta `json:"meta"`
	PKPath string         `json:"pk_path"`
	VKPath string         `json:"vk_path"`
}

// KeyName is the store name of the keys of backend b and size n, e.g. split-groth16-64.
func KeyName(b prover.Backend, n int) string {
	return fmt.Sprintf("%s-%s-%d", prover.CircuitSplit, b, n)
}

// keyPaths returns where the data directory keeps the key files of b and n
// (files/keys/split-<b>-<n>.pk and .vk), absolute.
func keyPaths(st *store.Store, b prover.Backend, n int) (pk, vk string, err error) {
	if pk, err = st.FilePath("keys", KeyName(b, n)+".pk"); err != nil {
		return "", "", err
	}
	vk, err = st.FilePath("keys", KeyName(b, n)+".vk")
	return pk, vk, err
}

// relative returns p relative to dir when p lies inside it, else p.
func relative(dir, p string) string {
	ad, err1 := filepath.Abs(dir)
	ap, err2 := filepath.Abs(p)
	if err1 != nil || err2 != nil {
		return p
	}
	r, err := filepath.Rel(ad, ap)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return p
	}
	return r
}

// resolve turns a stored path into one usable from this data directory.
func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// Resolved returns r with its paths made usable from data directory dir.
func (r KeyRecord) Resolved(dir string) KeyRecord {
	r.PKPath, r.VKPath = resolve(dir, r.PKPath), resolve(dir, r.VKPath)
	return r
}

// SaveKeys writes k's files into the data directory and records them (kind key).
func SaveKeys(st *store.Store, k *prover.Keys) (KeyRecord, error) {
	pk, vk, err := keyPaths(st, k.Meta.Backend, k.Meta.Size)
	if err != nil {
		return KeyRecord{}, err
	}
	if err := k.WriteKeys(pk, vk); err != nil {
		return KeyRecord{}, err
	}
	rec := KeyRecord{Name: KeyName(k.Meta.Backend, k.Meta.Size), Meta: k.Meta,
		PKPath: relative(st.Dir(), pk), VKPath: relative(st.Dir(), vk)}
	if err := st.Put(store.KindKey, rec.Name, rec); err != nil {
		return KeyRecord{}, err
	}
	return rec.Resolved(st.Dir()), nil
}

// StoredKeys lists the key records of the data directory, by backend then size, with
// paths resolved against it. A record written by an older poa with an absolute path
// into its data directory's files/keys folder resolves to this directory's copy.
func StoredKeys(st *store.Store) ([]KeyRecord, error) {
	var out []KeyRecord
	err := st.List(store.KindKey, prover.CircuitSplit+"-", func(key string, raw []byte) error {
		var r KeyRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("key record %s: %w", key, err)
		}
		own, ownVK, err := keyPaths(st, r.Meta.Backend, r.Meta.Size)
		if err != nil {
			return err
		}
		if filepath.IsAbs(r.PKPath) && filepath.Base(r.PKPath) == filepath.Base(own) &&
			filepath.Base(filepath.Dir(r.PKPath)) == "keys" && filepath.Base(filepath.Dir(filepath.Dir(r.PKPath))) == "files" {
			r.PKPath, r.VKPath = own, ownVK // an absolute path into some data directory's key folder: ours
		}
		out = append(out, r.Resolved(st.Dir()))
		return nil
	})
	slices.SortFunc(out, func(a, b KeyRecord) int {
		if a.Meta.Backend != b.Meta.Backend {
			return strings.Compare(string(a.Meta.Backend), string(b.Meta.Backend))
		}
		return a.Meta.Size - b.Meta.Size
	})
	return out, err
}

// FindKeys returns the record of the smallest stored key pair of backend b whose size
// is at least n (size exactly n when exact), whose files exist.
func FindKeys(st *store.Store, b prover.Backend, n int, exact bool) (KeyRecord, error) {
	recs, err := StoredKeys(st)
	if err != nil {
		return KeyRecord{}, err
	}
	for _, r := range recs {
		if r.Meta.Backend != b || r.Meta.Size < n || (exact && r.Meta.Size != n) {
			continue
		}
		if _, err := os.Stat(r.VKPath); err != nil {
			continue
		}
		return r, nil
	}
	want := fmt.Sprintf("size ≥ %d", n)
	if exact {
		want = fmt.Sprintf("size %d", n)
	}
	return KeyRecord{}, fmt.Errorf("no %s keys of %s in %s (run: poa prover setup --backend %s --size N; --dev for the deterministic development keys): %w: %w",
		b, want, st.Dir(), b, ErrNoKeys, store.ErrNotFound)
}

// KeySource gives the proving keys of a backend and size; Settle and Resume prove with it.
type KeySource func(ctx context.Context, b prover.Backend, n int) (*prover.Keys, error)

// StoredKeySource loads the data directory's keys of exactly the size asked for.
func StoredKeySource(st *store.Store) KeySource {
	return func(ctx context.Context, b prover.Backend, n int) (*prover.Keys, error) {
		kr, err := FindKeys(st, b, n, true)
		if err != nil {
			return nil, err
		}
		return prover.LoadKeys(kr.PKPath, kr.VKPath)
	}
}

// DevKeySource loads the data directory's keys of the size asked for, making the
// development keys (a deterministic setup from a public beacon: insecure, see
// docs/proofs.md) the first time.
func DevKeySource(st *store.Store) KeySource {
	return func(ctx context.Context, b prover.Backend, n int) (*prover.Keys, error) {
		if kr, err := FindKeys(st, b, n, true); err == nil {
			return prover.LoadKeys(kr.PKPath, kr.VKPath)
		} else if !errors.Is(err, ErrNoKeys) {
			return nil, err
		}
		k, err := prover.Setup(ctx, b, n, prover.WithDevBeacon(prover.DevBeacon))
		if err != nil {
			return nil, fmt.Errorf("%s setup N=%d: %w", b, n, err)
		}
		if _, err := SaveKeys(st, k); err != nil {
			return nil, err
		}
		return k, nil
	}
}
