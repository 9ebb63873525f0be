// Package datanet reads contributed data sets from files and turns them into data
// points: it parses the supported formats, normalizes text, derives content ids and
// validates contributor addresses. It does no I/O on the store; callers hand the parsed
// records to store.AddPoints, which commits them atomically.
//
// # Formats
//
//   - jsonl: one JSON object per line with "text" and optional "id", "contributor",
//     "meta" (any JSON value). Extra fields (as written by export) are ignored. An "id"
//     must equal the content id of the text.
//   - text: each file is one data point, or with Options.Paragraphs each
//     blank-line-separated paragraph is one.
//   - dictd: the dictd pair NAME.index + NAME.dict or NAME.dict.dz (dictzip is gzip,
//     read sequentially); one data point per headword, with its definition; the
//     00-database-* entries are metadata and skipped.
//   - fortune: entries separated by lines holding a single '%', as in fortune-mod.
//
// # Normalization and ids
//
// Normalize converts text to Unicode NFC, turns CRLF and CR into LF, strips trailing
// white space from each line and leading/trailing blank lines. A data point's id is the
// lower-case hex sha256 of its normalized text, so the same text gets the same id in
// every datanet.
//
// # Errors
//
// Every error names the file and line (jsonl, fortune, text) or the headword (dictd)
// and wraps one of the sentinels in errors.go. Parsing is all-or-nothing: a file with
// one bad record yields an error and no records.
package datanet
