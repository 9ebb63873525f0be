package store

import "errors"

var (
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrExists is returned when creating a record that already exists.
	ErrExists = errors.New("already exists")
	// ErrSchemaVersion is returned by Open for a store written with another schema version.
	ErrSchemaVersion = errors.New("store schema version mismatch")
	// ErrLocked is returned by Open when another process holds the data directory.
	ErrLocked = errors.New("data directory is in use by another process")
	// ErrInvalidName is returned for a datanet or record name outside the allowed alphabet.
	ErrInvalidName = errors.New("invalid name")
	// ErrInvalidRecord is returned when a record fails validation before it is written.
	ErrInvalidRecord = errors.New("invalid record")
)
