package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Datanet is a named, contributed data set.
type Datanet struct {
	Name    string    `json:"name"`
	Title   string    `json:"title,omitempty"`
	License string    `json:"license,omitempty"`
	Owner   string    `json:"owner,omitempty"` // EVM address, EIP-55 checksummed
	Created time.Time `json:"created"`
	// Counters, maintained by committed imports.
	Points       int   `json:"points"`
	Tokens       int64 `json:"tokens"`
	Contributors int   `json:"contributors"`
	Imports      int   `json:"imports"`
}

// Contributor is an EVM address that has added data points.
type Contributor struct {
	Address  string    `json:"address"`
	Points   int       `json:"points"`
	Tokens   int64     `json:"tokens"`
	Datanets []string  `json:"datanets"`
	First    time.Time `json:"first"`
}

var nameRe = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

// ValidName reports whether name may name a datanet: 1–64 characters of lower-case
// letters, digits, '.', '_' and '-', starting with a letter or digit.
func ValidName(name string) bool { return nameRe.MatchString(name) }

func datanetKey(name string) []byte { return []byte("dn/" + name) }

// CreateDatanet creates d; ErrExists if a datanet of that name exists.
func (s *Store) CreateDatanet(d Datanet) error {
	if !ValidName(d.Name) {
		return fmt.Errorf("datanet %q: %w (want [a-z0-9][a-z0-9._-]{0,63})", d.Name, ErrInvalidName)
	}
	if d.Created.IsZero() {
		d.Created = time.Now().UTC()
	}
	d.Points, d.Tokens, d.Contributors, d.Imports = 0, 0, 0, 0
	return s.db.Update(func(txn *badger.Txn) error {
		if _, err := txn.Get(datanetKey(d.Name)); err == nil {
			return fmt.Errorf("datanet %q: %w", d.Name, ErrExists)
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		return putJSON(txn, datanetKey(d.Name), d)
	})
}

// Datanet returns the datanet called name.
func (s *Store) Datanet(name string) (Datanet, error) {
	var d Datanet
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, datanetKey(name), &d) })
	if errors.Is(err, ErrNotFound) {
		return d, fmt.Errorf("datanet %q: %w", name, ErrNotFound)
	}
	return d, err
}

// Datanets returns all datanets in name order.
func (s *Store) Datanets() ([]Datanet, error) {
	var out []Datanet
	err := s.db.View(func(txn *badger.Txn) error {
		return scanJSON(txn, []byte("dn/"), func(_ []byte, raw []byte) error {
			var d Datanet
			if err := json.Unmarshal(raw, &d); err != nil {
				return err
			}
			out = append(out, d)
			return nil
		})
	})
	return out, err
}

// Contributor returns the contributor record of address (as stored: checksummed).
func (s *Store) Contributor(address string) (Contributor, error) {
	var c Contributor
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, []byte("ct/"+address), &c) })
	if errors.Is(err, ErrNotFound) {
		return c, fmt.Errorf("contributor %s: %w", address, ErrNotFound)
	}
	return c, err
}

// Contributors returns all contributors in address order.
func (s *Store) Contributors() ([]Contributor, error) {
	var out []Contributor
	err := s.db.View(func(txn *badger.Txn) error {
		return scanJSON(txn, []byte("ct/"), func(_ []byte, raw []byte) error {
			var c Contributor
			if err := json.Unmarshal(raw, &c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

func putJSON(txn *badger.Txn, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(key, b)
}

func getJSON(txn *badger.Txn, key []byte, v any) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

func scanJSON(txn *badger.Txn, prefix []byte, fn func(key, raw []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 100})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		if err := item.Value(func(b []byte) error { return fn(item.Key(), b) }); err != nil {
			return err
		}
	}
	return nil
}

// DatanetContributor is one contributor's share of a datanet.
type DatanetContributor struct {
	Address string `json:"address"`
	Points  int64  `json:"points"`
}

// DatanetContributors returns the contributors of a datanet with their point counts.
func (s *Store) DatanetContributors(name string) ([]DatanetContributor, error) {
	out := []DatanetContributor{}
	prefix := []byte("dc/" + name + "/")
	err := s.db.View(func(txn *badger.Txn) error {
		return scanJSON(txn, prefix, func(k, raw []byte) error {
			var n int64
			if err := json.Unmarshal(raw, &n); err != nil {
				return err
			}
			out = append(out, DatanetContributor{Address: string(k[len(prefix):]), Points: n})
			return nil
		})
	})
	return out, err
}
