package prover

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"poa/store"
)

// KeyRecord is the store record (kind "key", key "split-<backend>-<size>") of a key
// pair kept in the data directory's files/keys folder.
type KeyRecord struct {
	Name   string  `json:"name"`
	Meta   KeyMeta `json:"meta"`
	PKPath string  `json:"pk_path"`
	VKPath string  `json:"vk_path"`
}

// KeyName is the store name of the keys of backend b and size n, e.g. split-groth16-64.
func KeyName(b Backend, n int) string { return fmt.Sprintf("%s-%s-%d", CircuitSplit, b, n) }

// StoreKeyPaths returns where the data directory keeps the key files of b and n
// (files/keys/split-<b>-<n>.pk and .vk).
func StoreKeyPaths(s *store.Store, b Backend, n int) (pk, vk string, err error) {
	if pk, err = s.FilePath("keys", KeyName(b, n)+".pk"); err != nil {
		return "", "", err
	}
	vk, err = s.FilePath("keys", KeyName(b, n)+".vk")
	return pk, vk, err
}

// SaveKeys writes k's files into the data directory and records them (KindKey).
func SaveKeys(s *store.Store, k *Keys) (KeyRecord, error) {
	pk, vk, err := StoreKeyPaths(s, k.Meta.Backend, k.Meta.Size)
	if err != nil {
		return KeyRecord{}, err
	}
	if err := k.WriteKeys(pk, vk); err != nil {
		return KeyRecord{}, err
	}
	rec := KeyRecord{Name: KeyName(k.Meta.Backend, k.Meta.Size), Meta: k.Meta, PKPath: pk, VKPath: vk}
	return rec, s.Put(store.KindKey, rec.Name, rec)
}

// StoredKeys lists the key records of the data directory, by backend then size.
func StoredKeys(s *store.Store) ([]KeyRecord, error) {
	var out []KeyRecord
	err := s.List(store.KindKey, CircuitSplit+"-", func(key string, raw []byte) error {
		var r KeyRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("key record %s: %w", key, err)
		}
		out = append(out, r)
		return nil
	})
	sort.Slice(out, func(i, j int) bool {
		if out[i].Meta.Backend != out[j].Meta.Backend {
			return out[i].Meta.Backend < out[j].Meta.Backend
		}
		return out[i].Meta.Size < out[j].Meta.Size
	})
	return out, err
}

// FindKeys returns the record of the smallest stored key pair of backend b whose size
// is at least n (size exactly n when exact), whose files exist.
func FindKeys(s *store.Store, b Backend, n int, exact bool) (KeyRecord, error) {
	recs, err := StoredKeys(s)
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
	return KeyRecord{}, fmt.Errorf("no %s keys of %s in %s (run: poa prover setup --backend %s --size N; --dev for the deterministic development keys): %w",
		b, want, s.Dir(), b, store.ErrNotFound)
}
