//go:build !unix

package store

import (
	"io"
	"os"
)

// mmapFile reads the file into memory where mmap is unavailable.
func mmapFile(f *os.File, size int) (b []byte, mapped bool, err error) {
	b = make([]byte, size)
	_, err = io.ReadFull(io.NewSectionReader(f, 0, int64(size)), b)
	return b, false, err
}

func munmapFile([]byte) error { return nil }
