package tokenizer

import "errors"

var (
	// ErrFormat is returned when vocab.json or merges.txt is malformed or inconsistent
	// (a merge whose parts or result are missing from the vocabulary, duplicate ids, ...).
	ErrFormat = errors.New("tokenizer: malformed tokenizer file")
	// ErrNoTokenizer is returned by Load for a folder that holds no tokenizer files.
	ErrNoTokenizer = errors.New("tokenizer: no tokenizer in folder")
	// ErrUnknownEncoding is returned by Load for an encoding.txt naming an encoding
	// this package does not provide.
	ErrUnknownEncoding = errors.New("tokenizer: unknown encoding")
	// ErrVocabSize is returned by TrainBPE for a vocabulary size below 257 (256 byte
	// tokens and EOT) or above the 1<<24 ids a BPE may have.
	ErrVocabSize = errors.New("tokenizer: vocabulary size out of range")
)
