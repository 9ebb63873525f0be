//go:build unix

package store

import (
	"os"
	"syscall"
)

func mmapFile(f *os.File, size int) (b []byte, mapped bool, err error) {
	b, err = syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	return b, err == nil, err
}

func munmapFile(b []byte) error { return syscall.Munmap(b) }
