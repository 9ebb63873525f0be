package store

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// removeEmptyLogs deletes the empty value-log (.vlog) and memtable (.mem) files of the
// badger directory dir before badger opens it.
//
// Every badger open creates a new value-log file and a new memtable file: it creates the
// file, then sizes it and writes its header. A process killed between the two (kill -9,
// a power cut) leaves an empty file, and badger v4.9's next open fails on it ("Open
// existing file … Create a new file", "while opening memtables … Create a new file")
// although it would have accepted the file as new. An empty file holds no entry and no
// value pointer refers to it, so removing it loses nothing; a file with any byte in it
// is badger's to recover and is left alone.
//
// It runs under badger's own directory lock (lockDir), so that it never touches a file
// that an open in another process has just created. When another process holds the
// directory, or the platform has no such lock, it does nothing: badger's open then
// reports the lock (or the file) itself.
func removeEmptyLogs(dir string) error {
	unlock, ok, err := lockDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a new store: badger creates the directory
	}
	if err != nil || !ok {
		return err
	}
	defer unlock()
	es, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	for _, e := range es {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasSuffix(name, ".vlog") && !strings.HasSuffix(name, ".mem") {
			continue
		}
		fi, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		if fi.Size() != 0 {
			continue
		}
		path := filepath.Join(dir, name)
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: remove the empty log %s left by an interrupted open: %w", path, err)
		}
		slog.Warn("store: removed an empty log file left by an interrupted open", "file", path)
	}
	return nil
}
