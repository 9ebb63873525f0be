package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	badger "github.com/dgraph-io/badger/v4"
)

// Kind names a family of generic records. Each layer above the store owns its kinds
// and the JSON shape of their values; the store only keeps them.
type Kind string

// Kinds used by poa's layers. A new layer adds its own constant here.
const (
	KindModel       Kind = "model"       // trained base models (inference)
	KindAdapter     Kind = "adapter"     // LoRA adapters (inference, gradients)
	KindCheckpoint  Kind = "checkpoint"  // resumable training state (gradients)
	KindSketch      Kind = "sketch"      // gradient sketch files' metadata (influence)
	KindIndex       Kind = "index"       // suffix-array and embedding indexes (influence)
	KindCommitment  Kind = "commitment"  // an adapter's committed evidence: sketch and corpus roots (influence)
	KindAttribution Kind = "attribution" // attribution records of inferences (influence, filed by settlement)
	KindIdempotency Kind = "idempotency" // client idempotency keys → the record they billed (settlement)
	KindEpoch       Kind = "epoch"       // settlement epochs, their status, proof and post (settlement)
	KindProof       Kind = "proof"       // reward-split proof files (settlement)
	KindKey         Kind = "key"         // proving/verifying key metadata (settlement)
	KindDeployment  Kind = "deployment"  // deployed contracts per chain (settlement)
	KindConfig      Kind = "config"      // named settings (e.g. the current model, the open epoch)
	KindJob         Kind = "job"         // ModelFactory fine-tune jobs: request, status, losses (server/lmengine)
)

var kindRe = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

func recordKey(kind Kind, key string) ([]byte, error) {
	if !kindRe.MatchString(string(kind)) {
		return nil, fmt.Errorf("record kind %q: %w", kind, ErrInvalidName)
	}
	if key == "" || len(key) > 512 {
		return nil, fmt.Errorf("record key of length %d: %w", len(key), ErrInvalidName)
	}
	return []byte("r/" + string(kind) + "/" + key), nil
}

// Put stores v, encoded as JSON, under (kind, key), replacing any previous value.
func (s *Store) Put(kind Kind, key string, v any) error {
	return s.Update(func(tx *Tx) error { return tx.Put(kind, key, v) })
}

// Get decodes the JSON record under (kind, key) into v; ErrNotFound if absent.
func (s *Store) Get(kind Kind, key string, v any) error {
	return s.View(func(tx *Tx) error { return tx.Get(kind, key, v) })
}

// Delete removes the record under (kind, key); deleting an absent record is not an error.
func (s *Store) Delete(kind Kind, key string) error {
	return s.Update(func(tx *Tx) error { return tx.Delete(kind, key) })
}

// List calls fn for each record of kind whose key starts with prefix, in key order,
// with the raw JSON value (valid only during the call). fn returning an error stops
// the listing and List returns that error.
func (s *Store) List(kind Kind, prefix string, fn func(key string, raw []byte) error) error {
	return s.View(func(tx *Tx) error { return tx.List(kind, prefix, fn) })
}

// NextSeq returns the next value (starting at 1) of the named counter, durably.
func (s *Store) NextSeq(name string) (uint64, error) {
	var n uint64
	err := s.Update(func(tx *Tx) error {
		var err error
		n, err = tx.NextSeq(name)
		return err
	})
	return n, err
}

// Tx is a read or read-write transaction over generic records. Use it through
// Store.View and Store.Update; it is not valid after the closure returns.
type Tx struct{ txn *badger.Txn }

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(tx *Tx) error) error {
	return s.db.View(func(txn *badger.Txn) error { return fn(&Tx{txn}) })
}

// Update runs fn in a read-write transaction that commits (durably) if fn returns nil
// and is discarded otherwise. A conflicting concurrent update is retried up to 3 times.
func (s *Store) Update(fn func(tx *Tx) error) error {
	var err error
	for range 3 {
		err = s.db.Update(func(txn *badger.Txn) error { return fn(&Tx{txn}) })
		if !errors.Is(err, badger.ErrConflict) {
			return err
		}
	}
	return err
}

// Put stores v as JSON under (kind, key).
func (tx *Tx) Put(kind Kind, key string, v any) error {
	k, err := recordKey(kind, key)
	if err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s/%s: %w", kind, key, err)
	}
	return tx.txn.Set(k, b)
}

// Get decodes the record under (kind, key) into v.
func (tx *Tx) Get(kind Kind, key string, v any) error {
	k, err := recordKey(kind, key)
	if err != nil {
		return err
	}
	item, err := tx.txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return fmt.Errorf("%s %q: %w", kind, key, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: get %s/%s: %w", kind, key, err)
	}
	return item.Value(func(b []byte) error {
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("store: decode %s/%s: %w", kind, key, err)
		}
		return nil
	})
}

// Delete removes the record under (kind, key).
func (tx *Tx) Delete(kind Kind, key string) error {
	k, err := recordKey(kind, key)
	if err != nil {
		return err
	}
	return tx.txn.Delete(k)
}

// List iterates the records of kind whose key starts with prefix.
func (tx *Tx) List(kind Kind, prefix string, fn func(key string, raw []byte) error) error {
	if !kindRe.MatchString(string(kind)) {
		return fmt.Errorf("record kind %q: %w", kind, ErrInvalidName)
	}
	base := "r/" + string(kind) + "/"
	p := []byte(base + prefix)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: p, PrefetchValues: true, PrefetchSize: 64})
	defer it.Close()
	for it.Seek(p); it.ValidForPrefix(p); it.Next() {
		item := it.Item()
		key := string(item.Key()[len(base):])
		if err := item.Value(func(b []byte) error { return fn(key, b) }); err != nil {
			return err
		}
	}
	return nil
}

// NextSeq increments and returns the named counter.
func (tx *Tx) NextSeq(name string) (uint64, error) {
	k := []byte("seq/" + name)
	var n uint64
	item, err := tx.txn.Get(k)
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
	case err != nil:
		return 0, err
	default:
		if err := item.Value(func(b []byte) error {
			if len(b) != 8 {
				return fmt.Errorf("store: corrupt counter %s", name)
			}
			n = binary.BigEndian.Uint64(b)
			return nil
		}); err != nil {
			return 0, err
		}
	}
	n++
	return n, tx.txn.Set(k, binary.BigEndian.AppendUint64(nil, n))
}
