package api

import "encoding/json"

// CodeExists is the error code of a create that names something that exists
// (POST /v1/datanets with a taken name; HTTP 409).
const CodeExists = "already_exists"

// CreateDatanetRequest is the body of POST /v1/datanets: an empty datanet named Name
// (1–64 characters of a-z, 0-9, '.', '_', '-', starting with a letter or digit).
type CreateDatanetRequest struct {
	Name    string `json:"name"`
	Title   string `json:"title,omitempty"`
	License string `json:"license,omitempty"`
	// Owner is the owner's EVM address (0x + 40 hex digits; mixed case must pass EIP-55).
	Owner string `json:"owner,omitempty"`
}

// DatanetImport describes an upload to POST /v1/datanets/{name}/import. Data travels
// as the request body; the other fields as query parameters (format, contributor,
// paragraphs, max_doc_bytes, near_duplicate, filename).
type DatanetImport struct {
	// Format of Data: "jsonl", "text" or "fortune" (a dictd dictionary is two files:
	// send its records as jsonl, as `poa datanet add` does); empty: guessed from
	// Filename as `poa datanet add` guesses from a file name, else jsonl.
	Format string `json:"format,omitempty"`
	// Filename names the upload in error messages and guides format detection.
	Filename string `json:"filename,omitempty"`
	// Contributor is the address credited for records that name none.
	Contributor string `json:"contributor,omitempty"`
	// Paragraphs: text format, one data point per blank-line-separated paragraph.
	Paragraphs bool `json:"paragraphs,omitempty"`
	// MaxDocBytes rejects a data point longer than this (0: 1 MiB).
	MaxDocBytes int `json:"max_doc_bytes,omitempty"`
	// NearDuplicate is the similarity at which a point counts as another
	// contributor's near-duplicate (0: 0.7; negative: no check).
	NearDuplicate float64 `json:"near_duplicate,omitempty"`
	// Data is the file's bytes (the request body).
	Data []byte `json:"-"`
}

// ImportResult answers POST /v1/datanets/{name}/import: one committed import.
type ImportResult struct {
	Import     uint64 `json:"import"`
	Datanet    string `json:"datanet"`
	Added      int    `json:"added"`
	Tokens     int64  `json:"tokens"` // GPT-2 tokens of the added points
	Duplicates int    `json:"duplicates"`
	// NearDuplicates counts added points marked as near-duplicates of another
	// contributor's earlier point (their credit goes to that contributor).
	NearDuplicates int      `json:"near_duplicates"`
	DupIDs         []string `json:"duplicate_ids,omitempty"` // first 100
}

// RecordView is one stored record as its owner wrote it (GET /v1/records/{kind}).
type RecordView struct {
	Kind   string          `json:"kind"`
	Key    string          `json:"key"`
	Record json.RawMessage `json:"record"`
}
