// Package sarray is the n-gram side of attribution: a suffix array over the
// tokenized corpus of all datanets, stored in one flat, versioned, checksummed file
// that queries read through a read-only memory mapping, and the maximal matching
// spans of a model output in that corpus, as OLMoTrace finds them.
//
// # Corpus and ids
//
// The corpus is the concatenation of documents (one per data point), each followed
// by the tokenizer's EOT id as separator. Token ids are stored as uint16 when the
// vocabulary has at most 65,536 ids, else uint32; positions as uint32, so one index
// holds at most 2^31-1 tokens (ErrTooLarge). Document ids are positions in the
// document list; Location offsets are token offsets within a document. The
// separator never matches a query token, so no n-gram spans two documents.
//
// # Construction
//
// Builder.Write sorts the suffixes with SA-IS over the integer alphabet of token
// ids (sais.go; O(n) time; memory 9 bytes per token while building) and writes the
// file atomically. BuildStore does this for every committed data point of a store
// and keeps the document table (doc id → datanet, point id, contributor) beside the
// index and a Meta record under store.KindIndex. The record keeps each datanet's
// committed point count: the store only adds points (ids are content hashes), so the
// index is stale exactly when a count changed (Staleness), not after an import of
// duplicates. EnsureStore opens the index, building it first when it is missing, stale
// or of another tokenizer.
//
// # File format
//
// A 256-byte header (magic, format version, token width, counts, corpus version =
// sha256 of the document list, tokenizer fingerprint and name, section offsets,
// CRC-32C of the payload, CRC-32C of the header), then tokens, document starts and
// the suffix array; see format.go. Open rejects a truncated file (ErrTruncated), a
// damaged one (ErrChecksum; the payload check reads the whole file once and can be
// skipped for huge indexes, after which damage inside the token or suffix sections
// may give wrong counts but never reads outside the mapping), an unknown version or
// inconsistent layout (ErrFormat), and an index of another corpus or tokenizer than
// the caller expects (ErrCorpusVersion).
//
// The document table, docs.bin (doctable.go), is binary: a 128-byte header (magic,
// version, counts, corpus version, CRC-32C of the payload and of the header), string
// offsets, then the strings. OpenStore maps it, validates it and keeps it per process
// while the file is unchanged (inode, size, modification and change time), so opening
// the index again costs a stat; the table of an index built before it (docs.jsonl,
// JSON lines) is still read, and rebuilding the index replaces it.
//
// # Queries and their cost (n tokens, D documents, q the query length)
//
//   - Count(q): occurrences; O(q · log n).
//   - Locate(q, limit): occurrences as (document, offset); O(q · log n + limit · log D).
//   - LongestMatches(q): for each position, the longest prefix found and its count;
//     O(Σ len_i · log n).
//   - Spans(q, opts): maximal matching spans (see Spans for the rules); O(Σ len_i · log n)
//     plus O(q · log n) for unigram counts.
//   - DocFreq, NgramDocFreq: documents holding a token or an n-gram. SpanFilter, built
//     from them (O(n) once), tells matches holding an informative word from white
//     space, punctuation and stop words; attribution passes it as SpanOptions.Informative.
//
// Queries longer than MaxQuery tokens return ErrQueryTooLong; token ids outside the
// vocabulary ErrTokenRange. Programmer errors (a separator outside the vocabulary,
// a document id out of range in DocTokens) panic.
//
// # Usage
//
//	meta, err := sarray.BuildStore(ctx, st, sarray.BuildOptions{Tokenizer: tok, TokName: "gpt2"})
//	c, err := sarray.OpenStore(st, tok, nil)
//	defer c.Close()
//	n, err := c.Count(tok.Encode(" the devil"))
//	spans, err := c.Spans(tok.Encode(output), nil)
//	report := c.Resolve(tok, tok.Encode(output), spans, 8)
package sarray
