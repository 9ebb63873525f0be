package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
)

// SchemaVersion is the version of the key layout and record encodings.
// Bump it on any incompatible change.
const SchemaVersion = 1

var keySchema = []byte("meta/schema")

// Options configures Open. Build it with DefaultOptions and the WithX methods.
type Options struct {
	// Dir is the data directory; badger lives in Dir/db, flat files in Dir/files.
	Dir string
	// InMemory keeps everything in memory (tests); Dir is still used for flat files.
	InMemory bool
	// ReadOnly opens the database read-only; no cleanup of pending imports runs.
	ReadOnly bool
	// SyncWrites makes every commit durable before it returns (default true).
	SyncWrites bool
	// ShortLived sizes badger for a process that opens the store, reads and writes a
	// few records and exits (a CLI command, not `poa serve`): see the package comment's
	// "Short-lived processes".
	ShortLived bool
}

// DefaultOptions returns durable, on-disk options for dir.
func DefaultOptions(dir string) Options {
	return Options{Dir: dir, SyncWrites: true}
}

// WithInMemory returns a copy of o with InMemory set.
func (o Options) WithInMemory(v bool) Options { o.InMemory = v; return o }

// WithReadOnly returns a copy of o with ReadOnly set.
func (o Options) WithReadOnly(v bool) Options { o.ReadOnly = v; return o }

// WithSyncWrites returns a copy of o with SyncWrites set.
func (o Options) WithSyncWrites(v bool) Options { o.SyncWrites = v; return o }

// WithShortLived returns a copy of o with ShortLived set.
func (o Options) WithShortLived(v bool) Options { o.ShortLived = v; return o }

// shortLivedBlockCache is badger's block cache for a ShortLived open (badger's
// default: 256 MiB).
const shortLivedBlockCache = 16 << 20

// Store is an open data directory. It is safe for concurrent use.
type Store struct {
	db   *badger.DB
	opts Options
	// afterChunk, when set (tests), runs after each staged chunk of an import.
	afterChunk func(staged int)
	// importMu serialises imports so that duplicate detection sees a stable state.
	importMu sync.Mutex
}

// Open opens (creating if needed) the store in opts.Dir, checks its schema version and
// removes what interrupted imports left behind.
func Open(opts Options) (*Store, error) {
	if opts.Dir == "" {
		return nil, fmt.Errorf("store: empty data directory")
	}
	bo := badger.DefaultOptions(filepath.Join(opts.Dir, "db")).
		WithSyncWrites(opts.SyncWrites).
		WithReadOnly(opts.ReadOnly).
		WithLogger(badgerLogger{}).
		WithInMemory(opts.InMemory)
	if opts.ShortLived {
		bo = bo.WithBlockCacheSize(shortLivedBlockCache).WithMetricsEnabled(false)
	}
	if opts.InMemory {
		bo = bo.WithDir("").WithValueDir("")
	} else if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	} else if !opts.ReadOnly {
		for _, d := range []string{bo.Dir, bo.ValueDir} {
			if err := removeEmptyLogs(d); err != nil {
				return nil, err
			}
		}
	}
	db, err := badger.Open(bo)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("store %s: %w", opts.Dir, ErrLocked)
		}
		return nil, fmt.Errorf("store %s: open: %w", opts.Dir, err)
	}
	s := &Store{db: db, opts: opts}
	if err := s.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	if !opts.ReadOnly {
		if err := s.cleanupPendingImports(); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *Store) checkSchema() error {
	var found uint32
	err := s.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(keySchema)
		if err != nil {
			return err
		}
		return it.Value(func(v []byte) error {
			if len(v) != 4 {
				return fmt.Errorf("store: corrupt schema record (%d bytes)", len(v))
			}
			found = binary.BigEndian.Uint32(v)
			return nil
		})
	})
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		if s.opts.ReadOnly {
			return fmt.Errorf("store %s: no schema record: %w", s.opts.Dir, ErrNotFound)
		}
		return s.db.Update(func(txn *badger.Txn) error {
			return txn.Set(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion))
		})
	case err != nil:
		return fmt.Errorf("store: read schema: %w", err)
	case found != SchemaVersion:
		return fmt.Errorf("store %s has schema version %d, this poa reads version %d: %w",
			s.opts.Dir, found, SchemaVersion, ErrSchemaVersion)
	}
	return nil
}

// Close flushes and closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Dir is the data directory.
func (s *Store) Dir() string { return s.opts.Dir }

// FilePath returns the path of a flat file under the store's files folder, creating
// the parent folders. Elements are joined as path segments.
func (s *Store) FilePath(elem ...string) (string, error) {
	p := filepath.Join(append([]string{s.opts.Dir, "files"}, elem...)...)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return p, nil
}

// badgerLogger routes badger's warnings and errors to slog and drops its chatter.
type badgerLogger struct{}

func (badgerLogger) Errorf(f string, a ...any) {
	slog.Error("badger: " + strings.TrimSpace(fmt.Sprintf(f, a...)))
}
func (badgerLogger) Warningf(f string, a ...any) {
	slog.Warn("badger: " + strings.TrimSpace(fmt.Sprintf(f, a...)))
}
func (badgerLogger) Infof(string, ...any)  {}
func (badgerLogger) Debugf(string, ...any) {}
