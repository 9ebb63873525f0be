// Package store is poa's embedded database: badger v4 for records and metadata, and a
// folder of flat files beside it for large dense arrays (suffix arrays, gradient
// sketches, model weights).
//
// # Records
//
// Typed records for the foundation (datanets, data points, contributors, imports) and
// a generic JSON record API (Put/Get/List/Delete under a Kind) that the model, attribution
// and settlement layers use for their own records without the store knowing their types.
// The store imports no model, scorer or chain code.
//
// # Guarantees
//
//   - Schema version: the store records SchemaVersion at creation; Open fails with
//     ErrSchemaVersion on a store written by another version.
//   - Atomic imports: AddPoints writes a whole import or nothing. Points are staged under
//     a pending import in as many badger transactions as they need, and become visible
//     only when one final transaction marks the import committed and updates the
//     datanet's counters. A crash (kill -9) before that transaction leaves a pending
//     import that the next Open deletes; a crash after it loses nothing: badger's
//     write-ahead log is synced on commit (SyncWrites).
//   - Data point ids are the hex sha256 of the normalized text; a text already in the
//     datanet is counted once and reported as a duplicate.
//
// # Flat files
//
// Large dense arrays live in flat, versioned, checksummed files. The store owns the
// helpers every such file uses, whatever its format: AtomicFile and WriteFileAtomic
// write a file beside its destination and rename it into place (fsync before, folder
// fsync after), so a crash leaves the old file or the whole new one; MapFile maps a
// file read-only (mmap on unix); Checksum / NewChecksum are the CRC-32C the headers
// carry. Sketch files (CreateSketchFile, OpenSketchFile) are the store's own format.
//
// Only one process can open a data directory at a time (badger's directory lock);
// a second gets ErrLocked.
//
// # Short-lived processes
//
// Options.ShortLived (a CLI command such as `poa attribute`) opens badger with a
// 16 MiB block cache instead of its default 256 MiB and without its expvar metrics:
// the cache's admission policy (counters and bloom filter sized by the cache) is built
// and touched at open, ≈ 480 page faults and 1.8 CPU-ms of a process that then reads a
// few blocks; nothing in poa reads the metrics. Durability and the on-disk layout are
// unchanged: commits are still synced (SyncWrites), and the memtable (64 MiB) and
// value-log file (1 GiB) sizes stay badger's defaults, because a smaller memtable could
// not replay the write-ahead log a crashed default-sized writer left (its arena is
// sized from the option), and badger refuses values larger than the value-log file
// size. The rest of an open's cost is not an option: the first write into each of the
// two files badger creates and maps sparse on every read-write open (the memtable's
// write-ahead log, the new value-log file) faults in the kernel's read-ahead window of
// page cache (≈ 5 CPU-ms each where the disk's read_ahead_kb is 8192; docs/kernels.md).
//
// # Usage
//
//	s, err := store.Open(store.DefaultOptions("./poa-data"))
//	if err != nil { ... }
//	defer s.Close()
//	err = s.CreateDatanet(store.Datanet{Name: "devil", Owner: "0x..."})
//	res, err := s.AddPoints(ctx, "devil", points)
package store
