package settlement

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"poa/influence"
	"poa/store"
)

// maxIdempotencyKey bounds a client-supplied idempotency key.
const maxIdempotencyKey = 255

// locks serializes the settlement transitions of one store within a process (a data
// directory is open in one process at a time). Filing and closing also conflict in the
// store (both write the Open record), so a crash or another writer cannot interleave them.
var locks sync.Map // *store.Store → *sync.Mutex

func lock(st *store.Store) func() {
	m, _ := locks.LoadOrStore(st, new(sync.Mutex))
	mu := m.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

// OpenEpoch returns the open epoch: its number (1 before the first close) and the
// records and fee filed into it.
func OpenEpoch(st *store.Store) (Open, error) {
	var o Open
	err := st.View(func(tx *store.Tx) error {
		var err error
		o, err = readOpen(tx)
		return err
	})
	return o, err
}

func readOpen(tx *store.Tx) (Open, error) {
	var o Open
	err := tx.Get(store.KindConfig, "epoch", &o)
	switch {
	case errors.Is(err, store.ErrNotFound):
		err = nil
	case err != nil:
		return o, err
	}
	if o.Epoch == 0 {
		o.Epoch = 1
	}
	if o.Fee == "" {
		o.Fee = "0"
	}
	return o, nil
}

// newID returns a fresh record id: 32 random hex digits.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

func idemKey(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:])
}

// File bills one inference: it validates the record (fee a decimal integer in
// [0, 2^96), contributors with valid non-zero addresses), gives it a fresh id, its
// version, creation time and the open epoch, and stores it, in one store transaction
// that also adds it to the open epoch's tally, so a concurrent Close either includes
// it or leaves it to the next epoch, never in between.
//
// Every call files a new record: two identical requests are two inferences and two
// fees. A caller that may retry passes an idempotency key (any string of 1 to 255
// bytes, e.g. the HTTP Idempotency-Key header): the first call with a key files the
// record, and later calls with the same key file nothing and return the first record
// with dup = true.
func File(st *store.Store, r *influence.Record, idempotencyKey string) (rec *influence.Record, dup bool, err error) {
	if len(idempotencyKey) > maxIdempotencyKey {
		return nil, false, fmt.Errorf("idempotency key of %d bytes (at most %d): %w", len(idempotencyKey), maxIdempotencyKey, ErrInput)
	}
	if r.Fee == "" {
		r.Fee = "0"
	}
	fee, err := ParseFee(r.Fee)
	if err != nil {
		return nil, false, fmt.Errorf("attribution record: fee: %w", err)
	}
	for i, c := range r.Contributors {
		a, err := ParseAddress(c.Address)
		if err != nil {
			return nil, false, fmt.Errorf("attribution record: contributors[%d]: %w", i, err)
		}
		r.Contributors[i].Address = a.Hex()
	}
	if r.Contributors == nil {
		r.Contributors = []influence.ContributorScore{}
	}
	r.Version = influence.RecordVersion
	if r.Created.IsZero() {
		r.Created = time.Now().UTC()
	}
	r.ContentHash = r.ComputeContentHash()
	defer lock(st)()
	err = st.Update(func(tx *store.Tx) error {
		dup = false
		if idempotencyKey != "" {
			var prior struct {
				Record string `json:"record"`
			}
			err := tx.Get(store.KindIdempotency, idemKey(idempotencyKey), &prior)
			if err == nil {
				var old influence.Record
				if err := tx.Get(store.KindAttribution, prior.Record, &old); err != nil {
					return fmt.Errorf("idempotency key's record %s: %w", prior.Record, err)
				}
				rec, dup = &old, true
				return nil
			}
			if !errors.Is(err, store.ErrNotFound) {
				return err
			}
		}
		o, err := readOpen(tx)
		if err != nil {
			return err
		}
		c := *r
		c.ID, c.Epoch = newID(), o.Epoch
		if err := tx.Put(store.KindAttribution, c.ID, &c); err != nil {
			return err
		}
		if idempotencyKey != "" {
			if err := tx.Put(store.KindIdempotency, idemKey(idempotencyKey), map[string]string{"record": c.ID}); err != nil {
				return err
			}
		}
		total, ok := new(big.Int).SetString(o.Fee, 10)
		if !ok {
			return fmt.Errorf("open epoch %d: fee tally %q: %w", o.Epoch, o.Fee, ErrInput)
		}
		o.Records++
		o.Fee = total.Add(total, fee).String()
		if err := tx.Put(store.KindConfig, "epoch", o); err != nil {
			return err
		}
		rec = &c
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	*r = *rec
	return rec, dup, nil
}

// Record reads attribution record id; a failure names the record (and wraps
// store.ErrNotFound when there is none).
func Record(st *store.Store, id string) (*influence.Record, error) {
	var r influence.Record
	if err := st.Get(store.KindAttribution, id, &r); err != nil {
		return nil, fmt.Errorf("attribution record %q: %w", id, err)
	}
	return &r, nil
}

// Records calls fn with each attribution record of epoch e (0: every record), in id order.
func Records(st *store.Store, e uint64, fn func(r *influence.Record) error) error {
	return st.List(store.KindAttribution, "", func(key string, raw []byte) error {
		var r influence.Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("attribution record %s: %w: %v", key, ErrInput, err)
		}
		if e != 0 && r.Epoch != e {
			return nil
		}
		return fn(&r)
	})
}

// ByIdempotencyKey returns the record an idempotency key billed, or nil when the key is new.
func ByIdempotencyKey(st *store.Store, key string) (*influence.Record, error) {
	if key == "" || len(key) > maxIdempotencyKey {
		return nil, nil
	}
	var prior struct {
		Record string `json:"record"`
	}
	err := st.Get(store.KindIdempotency, idemKey(key), &prior)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return Record(st, prior.Record)
}
