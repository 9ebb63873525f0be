package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A process killed inside badger's open, after it created the next value-log or memtable
// file and before it sized it, leaves that file empty; badger's next open then failed
// with "Create a new file" (TestClaimAfterKills found it). Open must reopen such a store
// with every committed record, and keep the files that hold data.
func TestOpenAfterKillInOpen(t *testing.T) {
	for _, ext := range []string{".vlog", ".mem"} {
		t.Run("ext="+ext, func(t *testing.T) {
			dir := t.TempDir()
			s := openTest(t, dir)
			if err := s.Put(KindConfig, "k", map[string]int{"v": 7}); err != nil {
				t.Fatal(err)
			}
			s.Close()
			db := filepath.Join(dir, "db")
			before := dbFiles(t, db)
			// The file the next open would create: one past the highest of its kind.
			empty := filepath.Join(db, "999999"+ext)
			if err := os.WriteFile(empty, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			s2, err := Open(DefaultOptions(dir))
			if err != nil {
				t.Fatalf("open after an empty %s: %v", ext, err)
			}
			var got map[string]int
			if err := s2.Get(KindConfig, "k", &got); err != nil || got["v"] != 7 {
				t.Fatalf("record after reopen: %v, %v", got, err)
			}
			s2.Close()
			after := dbFiles(t, db)
			for name, size := range before {
				if size > 0 && strings.HasSuffix(name, ".vlog") {
					if _, ok := after[name]; !ok {
						t.Errorf("%s (%d bytes) was removed", name, size)
					}
				}
			}
		})
	}
}

func dbFiles(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, e := range es {
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = fi.Size()
	}
	return out
}

// While another open holds badger's directory lock, an empty log may be the file that
// open has just created: removeEmptyLogs must leave it.
func TestRemoveEmptyLogsRespectsTheLock(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "000002.vlog")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	unlock, ok, err := lockDir(dir)
	if err != nil || !ok {
		t.Skipf("no directory lock here (%v)", err)
	}
	if err := removeEmptyLogs(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(empty); err != nil {
		t.Fatalf("removed while the directory was locked: %v", err)
	}
	unlock()
	if err := removeEmptyLogs(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(empty); !os.IsNotExist(err) {
		t.Fatalf("empty log kept after the lock was released: %v", err)
	}
}
