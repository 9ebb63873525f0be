package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

func openTest(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(DefaultOptions(dir).WithSyncWrites(false))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func points(n int, contributor string, prefix string) []DataPoint {
	out := make([]DataPoint, n)
	for i := range out {
		out[i] = DataPoint{ID: fmt.Sprintf("%s%04d", prefix, i), Contributor: contributor,
			Text: fmt.Sprintf("text %s %d", prefix, i), Tokens: 3}
	}
	return out
}

const (
	alice = "0x4ecBfb96b9EA6b61ba444a7a4652caF37eD5826E"
	bob   = "0x6B2AC46c6567877c05D1f141C681cFf49E3B70A4"
)

func TestDatanetRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	if err := s.CreateDatanet(Datanet{Name: "devil", Title: "T", License: "public-domain", Owner: alice}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateDatanet(Datanet{Name: "devil"}); !errors.Is(err, ErrExists) {
		t.Fatalf("second create: got %v, want ErrExists", err)
	}
	for _, bad := range []string{"", "Devil", "-x", "a/b", "a b", string(make([]byte, 65))} {
		if err := s.CreateDatanet(Datanet{Name: bad}); !errors.Is(err, ErrInvalidName) {
			t.Errorf("name %q: got %v, want ErrInvalidName", bad, err)
		}
	}
	pts := append(points(3, alice, "a"), points(2, bob, "b")...)
	pts = append(pts, pts[0]) // duplicate within the import
	res, err := s.AddPoints(context.Background(), "devil", pts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 5 || res.Duplicates != 1 || res.Tokens != 15 {
		t.Fatalf("result %+v, want 5 added, 1 duplicate, 15 tokens", res)
	}
	// Same points again: all duplicates, counters unchanged.
	res, err = s.AddPoints(context.Background(), "devil", points(3, alice, "a"))
	if err != nil || res.Added != 0 || res.Duplicates != 3 {
		t.Fatalf("re-add: %+v %v", res, err)
	}
	s.Close()
	s = openTest(t, dir)
	d, err := s.Datanet("devil")
	if err != nil {
		t.Fatal(err)
	}
	if d.Points != 5 || d.Contributors != 2 || d.Tokens != 15 || d.Imports != 2 || d.Owner != alice {
		t.Fatalf("datanet after reopen: %+v", d)
	}
	got, err := s.PointsOf("devil", 0)
	if err != nil || len(got) != 5 {
		t.Fatalf("points: %d %v", len(got), err)
	}
	p, err := s.Point("devil", "b0001")
	if err != nil || p.Text != "text b 1" || p.Contributor != bob || p.Datanet != "devil" {
		t.Fatalf("point: %+v %v", p, err)
	}
	c, err := s.Contributor(alice)
	if err != nil || c.Points != 3 || len(c.Datanets) != 1 {
		t.Fatalf("contributor: %+v %v", c, err)
	}
	dcs, err := s.DatanetContributors("devil")
	if err != nil || len(dcs) != 2 {
		t.Fatalf("datanet contributors: %+v %v", dcs, err)
	}
	if _, err := s.AddPoints(context.Background(), "nope", points(1, alice, "x")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("add to missing datanet: %v", err)
	}
	if _, err := s.AddPoints(context.Background(), "devil", []DataPoint{{ID: "x", Text: "t"}}); !errors.Is(err, ErrInvalidRecord) {
		t.Fatalf("point without contributor: %v", err)
	}
}

func TestSchemaVersionMismatch(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion+1))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(DefaultOptions(dir))
	if !errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("open: got %v, want ErrSchemaVersion", err)
	}
}

func TestLockedByAnotherOpen(t *testing.T) {
	dir := t.TempDir()
	openTest(t, dir)
	if _, err := Open(DefaultOptions(dir)); !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
}

func TestImportCancelledMidwayLeavesNothing(t *testing.T) {
	s := openTest(t, t.TempDir())
	if err := s.CreateDatanet(Datanet{Name: "d"}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.afterChunk = func(staged int) {
		if staged >= chunkPoints {
			cancel()
		}
	}
	_, err := s.AddPoints(ctx, "d", points(3*chunkPoints, alice, "p"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	d, _ := s.Datanet("d")
	got, _ := s.PointsOf("d", 0)
	if d.Points != 0 || len(got) != 0 {
		t.Fatalf("after cancelled import: datanet %+v, %d points visible", d, len(got))
	}
	// The rollback removed the staged keys themselves, not just hid them.
	n := 0
	s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("dp/")})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	if n != 0 {
		t.Fatalf("%d staged point keys left after rollback", n)
	}
}

func TestGenericRecords(t *testing.T) {
	s := openTest(t, t.TempDir())
	type rec struct {
		A int    `json:"a"`
		B string `json:"b"`
	}
	for i := range 3 {
		if err := s.Put(KindModel, fmt.Sprintf("m%d", i), rec{i, "x"}); err != nil {
			t.Fatal(err)
		}
	}
	var r rec
	if err := s.Get(KindModel, "m1", &r); err != nil || r.A != 1 {
		t.Fatalf("get: %+v %v", r, err)
	}
	if err := s.Get(KindModel, "zz", &r); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get missing: %v", err)
	}
	var keys []string
	s.List(KindModel, "m", func(k string, _ []byte) error { keys = append(keys, k); return nil })
	if fmt.Sprint(keys) != "[m0 m1 m2]" {
		t.Fatalf("list: %v", keys)
	}
	s.Delete(KindModel, "m0")
	if err := s.Get(KindModel, "m0", &r); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete: %v", err)
	}
	if err := s.Put(Kind("Bad Kind"), "k", 1); !errors.Is(err, ErrInvalidName) {
		t.Fatalf("bad kind: %v", err)
	}
	a, _ := s.NextSeq("x")
	b, _ := s.NextSeq("x")
	if a != 1 || b != 2 {
		t.Fatalf("seq %d %d", a, b)
	}
	p, err := s.FilePath("models", "m", "w.bin")
	if err != nil || filepath.Base(filepath.Dir(p)) != "m" {
		t.Fatalf("file path %s %v", p, err)
	}
}
