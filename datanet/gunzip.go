package datanet

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip: %v: %w", err, ErrCorrupt)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxDictBytes+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %v: %w", err, ErrCorrupt)
	}
	if len(out) > maxDictBytes {
		return nil, fmt.Errorf("over %d bytes decompressed: %w", maxDictBytes, ErrTooLarge)
	}
	return out, nil
}
