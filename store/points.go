package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// DataPoint is one contributed text in a datanet.
type DataPoint struct {
	// ID is the hex sha256 of the normalized text (see package datanet).
	ID          string          `json:"id"`
	Datanet     string          `json:"datanet"`
	Contributor string          `json:"contributor"` // EIP-55 checksummed address
	Text        string          `json:"text"`
	Tokens      int             `json:"tokens"`
	Meta        json.RawMessage `json:"meta,omitempty"`
	Added       time.Time       `json:"added"`
	Import      uint64          `json:"import"`
	// NearDuplicateOf, when set, is the "datanet/id" of an earlier point by another
	// contributor that this one nearly duplicates (datanet.MarkNearDuplicates): its
	// attribution credit goes to that point's contributor.
	NearDuplicateOf string `json:"near_duplicate_of,omitempty"`
}

// ImportResult reports what AddPoints committed.
type ImportResult struct {
	Import     uint64 `json:"import"`
	Datanet    string `json:"datanet"`
	Added      int    `json:"added"`
	Tokens     int64  `json:"tokens"`
	Duplicates int    `json:"duplicates"`
	// NearDuplicates counts added points marked as near-duplicates of another
	// contributor's earlier point (their credit goes to that contributor).
	NearDuplicates int      `json:"near_duplicates"`
	DupIDs         []string `json:"duplicate_ids,omitempty"` // first 100
}

type importRecord struct {
	ID      uint64    `json:"id"`
	Datanet string    `json:"datanet"`
	State   string    `json:"state"` // "pending" or "committed"
	Started time.Time `json:"started"`
	Points  int       `json:"points"`
}

// chunkPoints is how many points one staging transaction writes.
const chunkPoints = 512

func pointKey(datanet, id string) []byte { return []byte("dp/" + datanet + "/" + id) }
func importKey(id uint64) []byte         { return fmt.Appendf(nil, "imp/%016x", id) }
func stagedPrefix(id uint64) []byte      { return fmt.Appendf(nil, "ip/%016x/", id) }

// AddPoints imports pts into the datanet as one atomic import: on success every new
// point is visible and the datanet's counters include them; on any error (including
// ctx cancellation and a crash of the process) none is. Points whose ID already exists
// in the datanet, or repeats within pts, are skipped and counted as duplicates.
// Each point must carry ID, Contributor and Text; Datanet, Added and Import are set here.
func (s *Store) AddPoints(ctx context.Context, datanet string, pts []DataPoint) (ImportResult, error) {
	res := ImportResult{Datanet: datanet}
	s.importMu.Lock()
	defer s.importMu.Unlock()
	if _, err := s.Datanet(datanet); err != nil {
		return res, err
	}
	for i, p := range pts {
		if p.ID == "" || p.Contributor == "" || p.Text == "" {
			return res, fmt.Errorf("point %d (id %q): missing id, contributor or text: %w", i, p.ID, ErrInvalidRecord)
		}
	}
	seq, err := s.NextSeq("import")
	if err != nil {
		return res, err
	}
	res.Import = seq
	now := time.Now().UTC()
	rec := importRecord{ID: seq, Datanet: datanet, State: "pending", Started: now}
	if err := s.db.Update(func(txn *badger.Txn) error { return putJSON(txn, importKey(seq), rec) }); err != nil {
		return res, fmt.Errorf("store: begin import: %w", err)
	}

	// Stage the new points.
	seen := make(map[string]bool, len(pts))
	var fresh []DataPoint
	for _, p := range pts {
		if seen[p.ID] {
			res.noteDup(p.ID)
			continue
		}
		seen[p.ID] = true
		fresh = append(fresh, p)
	}
	var added []DataPoint
	for start := 0; start < len(fresh); start += chunkPoints {
		if err := ctx.Err(); err != nil {
			return res, s.abortImport(seq, err)
		}
		chunk := fresh[start:min(start+chunkPoints, len(fresh))]
		err := s.db.Update(func(txn *badger.Txn) error {
			for _, p := range chunk {
				k := pointKey(datanet, p.ID)
				if _, err := txn.Get(k); err == nil {
					res.noteDup(p.ID)
					continue
				} else if !errors.Is(err, badger.ErrKeyNotFound) {
					return err
				}
				p.Datanet, p.Added, p.Import = datanet, now, seq
				if err := putJSON(txn, k, p); err != nil {
					return err
				}
				if err := txn.Set(append(stagedPrefix(seq), k...), nil); err != nil {
					return err
				}
				added = append(added, p)
			}
			return nil
		})
		if err != nil {
			return res, s.abortImport(seq, fmt.Errorf("store: stage points: %w", err))
		}
		if s.afterChunk != nil {
			s.afterChunk(len(added))
		}
	}
	if err := ctx.Err(); err != nil {
		return res, s.abortImport(seq, err)
	}

	// Commit: one transaction flips the import and updates the counters.
	perContrib := map[string][2]int64{} // address -> points, tokens
	for _, p := range added {
		c := perContrib[p.Contributor]
		c[0]++
		c[1] += int64(p.Tokens)
		perContrib[p.Contributor] = c
		res.Tokens += int64(p.Tokens)
	}
	res.Added = len(added)
	err = s.db.Update(func(txn *badger.Txn) error {
		var d Datanet
		if err := getJSON(txn, datanetKey(datanet), &d); err != nil {
			return fmt.Errorf("datanet %q: %w", datanet, err)
		}
		addrs := make([]string, 0, len(perContrib))
		for a := range perContrib {
			addrs = append(addrs, a)
		}
		sort.Strings(addrs)
		for _, a := range addrs {
			n := perContrib[a]
			dck := []byte("dc/" + datanet + "/" + a)
			var cnt int64
			switch err := getJSON(txn, dck, &cnt); {
			case errors.Is(err, ErrNotFound):
				d.Contributors++
			case err != nil:
				return err
			}
			if err := putJSON(txn, dck, cnt+n[0]); err != nil {
				return err
			}
			var c Contributor
			switch err := getJSON(txn, []byte("ct/"+a), &c); {
			case errors.Is(err, ErrNotFound):
				c = Contributor{Address: a, First: now}
			case err != nil:
				return err
			}
			c.Points += int(n[0])
			c.Tokens += n[1]
			if !containsString(c.Datanets, datanet) {
				c.Datanets = append(c.Datanets, datanet)
				sort.Strings(c.Datanets)
			}
			if err := putJSON(txn, []byte("ct/"+a), c); err != nil {
				return err
			}
		}
		d.Points += res.Added
		d.Tokens += res.Tokens
		d.Imports++
		if err := putJSON(txn, datanetKey(datanet), d); err != nil {
			return err
		}
		rec.State, rec.Points = "committed", res.Added
		return putJSON(txn, importKey(seq), rec)
	})
	if err != nil {
		return res, s.abortImport(seq, fmt.Errorf("store: commit import: %w", err))
	}
	return res, nil
}

func (r *ImportResult) noteDup(id string) {
	r.Duplicates++
	if len(r.DupIDs) < 100 {
		r.DupIDs = append(r.DupIDs, id)
	}
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// abortImport deletes what a failed import staged and returns cause.
func (s *Store) abortImport(seq uint64, cause error) error {
	if err := s.dropImport(seq); err != nil {
		return errors.Join(cause, fmt.Errorf("store: roll back import %d: %w (it is removed at next open)", seq, err))
	}
	return cause
}

// dropImport deletes the points staged by a pending import and the import record.
func (s *Store) dropImport(seq uint64) error {
	prefix := stagedPrefix(seq)
	for {
		var keys [][]byte
		err := s.db.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
			defer it.Close()
			for it.Seek(prefix); it.ValidForPrefix(prefix) && len(keys) < 1000; it.Next() {
				keys = append(keys, it.Item().KeyCopy(nil))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(keys) == 0 {
			break
		}
		err = s.db.Update(func(txn *badger.Txn) error {
			for _, k := range keys {
				if err := txn.Delete(k[len(prefix):]); err != nil {
					return err
				}
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return s.db.Update(func(txn *badger.Txn) error { return txn.Delete(importKey(seq)) })
}

// cleanupPendingImports removes imports that a crash interrupted.
func (s *Store) cleanupPendingImports() error {
	var pending []uint64
	err := s.db.View(func(txn *badger.Txn) error {
		return scanJSON(txn, []byte("imp/"), func(_, raw []byte) error {
			var r importRecord
			if err := json.Unmarshal(raw, &r); err != nil {
				return err
			}
			if r.State != "committed" {
				pending = append(pending, r.ID)
			}
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("store: scan imports: %w", err)
	}
	for _, seq := range pending {
		if err := s.dropImport(seq); err != nil {
			return fmt.Errorf("store: remove interrupted import %d: %w", seq, err)
		}
	}
	return nil
}

// Point returns one data point of a datanet.
func (s *Store) Point(datanet, id string) (DataPoint, error) {
	var p DataPoint
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, pointKey(datanet, id), &p) })
	if errors.Is(err, ErrNotFound) {
		return p, fmt.Errorf("data point %s/%s: %w", datanet, id, ErrNotFound)
	}
	return p, err
}

// Points calls fn for each committed data point of the datanet, in id order.
// Points of an import still in progress are skipped.
func (s *Store) Points(datanet string, fn func(DataPoint) error) error {
	committed := map[uint64]bool{}
	return s.db.View(func(txn *badger.Txn) error {
		prefix := []byte("dp/" + datanet + "/")
		return scanJSON(txn, prefix, func(_, raw []byte) error {
			var p DataPoint
			if err := json.Unmarshal(raw, &p); err != nil {
				return err
			}
			ok, known := committed[p.Import]
			if !known {
				var r importRecord
				err := getJSON(txn, importKey(p.Import), &r)
				if err != nil && !errors.Is(err, ErrNotFound) {
					return err
				}
				ok = err == nil && r.State == "committed"
				committed[p.Import] = ok
			}
			if !ok {
				return nil
			}
			return fn(p)
		})
	})
}

// errStop is returned by callbacks to end an iteration early.
var errStop = errors.New("stop")

// PointsOf returns up to limit (0 = all) committed points of the datanet.
func (s *Store) PointsOf(datanet string, limit int) ([]DataPoint, error) {
	var out []DataPoint
	err := s.Points(datanet, func(p DataPoint) error {
		out = append(out, p)
		if limit > 0 && len(out) >= limit {
			return errStop
		}
		return nil
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return out, err
}

// FindPoint looks a point id up across all datanets (ids are content hashes, so the
// same text may live in several); it returns the first in datanet order.
func (s *Store) FindPoint(id string) (DataPoint, error) {
	dns, err := s.Datanets()
	if err != nil {
		return DataPoint{}, err
	}
	for _, d := range dns {
		p, err := s.Point(d.Name, id)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, ErrNotFound) {
			return p, err
		}
	}
	return DataPoint{}, fmt.Errorf("data point %s: %w", id, ErrNotFound)
}
