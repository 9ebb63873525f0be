//go:build !unix

package store

// lockDir has no directory lock to take on this platform: ok is always false, so
// removeEmptyLogs leaves the directory to badger.
func lockDir(dir string) (unlock func(), ok bool, err error) { return nil, false, nil }
