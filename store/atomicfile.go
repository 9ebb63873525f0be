package store

import (
	"os"
	"path/filepath"
)

// AtomicFile is a new file written under a temporary name beside its destination
// and renamed into place by Commit, so that readers, and a crash at any point, see
// either the old file or the whole new one, never a part of it. Commit syncs the
// file before the rename and the folder after it. Abort, or a failed Commit,
// removes the temporary file and leaves the destination as it was. The file is
// created with mode 0600. An AtomicFile is not safe for concurrent use.
//
// Every flat file of poa is written this way (sketch files, embedding indexes,
// checkpoints, model configs): use it rather than a rename of one's own.
type AtomicFile struct {
	f         *os.File
	path, tmp string
}

// CreateAtomic starts a new file that Commit will move to path, creating path's
// folder if needed. Errors are the os package's (they name the file).
func CreateAtomic(path string) (*AtomicFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, err
	}
	return &AtomicFile{f: f, path: path, tmp: f.Name()}, nil
}

// Path is the destination.
func (a *AtomicFile) Path() string { return a.path }

// Write writes to the temporary file. After Commit or Abort it returns os.ErrClosed.
func (a *AtomicFile) Write(p []byte) (int, error) {
	if a.f == nil {
		return 0, os.ErrClosed
	}
	return a.f.Write(p)
}

// WriteAt writes at offset off of the temporary file (to fill in a header last).
// After Commit or Abort it returns os.ErrClosed.
func (a *AtomicFile) WriteAt(p []byte, off int64) (int, error) {
	if a.f == nil {
		return 0, os.ErrClosed
	}
	return a.f.WriteAt(p, off)
}

// Commit syncs and closes the file, renames it over the destination and syncs the
// folder (best effort: not every file system can). On error the temporary file is
// removed. After Commit or Abort it returns os.ErrClosed.
func (a *AtomicFile) Commit() error {
	if a.f == nil {
		return os.ErrClosed
	}
	f := a.f
	a.f = nil
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.tmp, a.path)
	}
	if err != nil {
		os.Remove(a.tmp)
		return err
	}
	if d, err := os.Open(filepath.Dir(a.path)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// Abort closes and removes the temporary file; the destination is untouched. It
// does nothing after Commit or a previous Abort.
func (a *AtomicFile) Abort() {
	if a.f == nil {
		return
	}
	a.f.Close()
	a.f = nil
	os.Remove(a.tmp)
}

// WriteFileAtomic writes data to path through an AtomicFile.
func WriteFileAtomic(path string, data []byte) error {
	a, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if _, err := a.Write(data); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}
