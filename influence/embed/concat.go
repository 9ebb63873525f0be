package embed

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	"poa/store"
)

// ConcatSHA256 is the sha256 (hex) of the file Save would write for one index
// holding the parts' keys and vectors in order (part 0's rows first), computed
// without building that index: two passes over the parts, the first for the payload
// CRC-32C the header holds. An embedding set records it so that a record naming the
// monolithic file's sha256 is the same over the set. It returns an error wrapping
// ErrFormat for parts of different dimensions or a key in two parts. Cost: O(total
// rows · dim), no copy of the vectors.
func ConcatSHA256(parts []*Index) (string, error) {
	if len(parts) == 0 {
		return "", fmt.Errorf("%w: no parts", ErrFormat)
	}
	dim, n := parts[0].dim, 0
	seen := map[int]bool{}
	for i, p := range parts {
		if p.dim != dim {
			return "", fmt.Errorf("%w: part %d has dimension %d, part 0 %d", ErrFormat, i, p.dim, dim)
		}
		for _, k := range p.keys {
			if seen[k] {
				return "", fmt.Errorf("%w: key %d in two parts", ErrFormat, k)
			}
			seen[k] = true
		}
		n += len(p.keys)
	}
	le := binary.LittleEndian
	var b8 [8]byte
	// walk feeds the payload (all keys, then all vectors) to w.
	walk := func(w func([]byte)) {
		for _, p := range parts {
			for _, k := range p.keys {
				le.PutUint64(b8[:], uint64(int64(k)))
				w(b8[:])
			}
		}
		buf := make([]byte, 0, 4*dim)
		for _, p := range parts {
			for i := 0; i < len(p.keys); i++ {
				buf = buf[:0]
				for _, f := range p.vecs[i*dim : (i+1)*dim] {
					buf = le.AppendUint32(buf, math.Float32bits(f))
				}
				w(buf)
			}
		}
	}
	crc := store.NewChecksum()
	walk(func(b []byte) { crc.Write(b) })
	h := make([]byte, embHeader)
	copy(h, embMagic)
	le.PutUint32(h[8:], embVersion)
	le.PutUint32(h[12:], uint32(dim))
	le.PutUint64(h[16:], uint64(n))
	le.PutUint32(h[24:], crc.Sum32())
	le.PutUint32(h[60:], store.Checksum(h[:60]))
	sum := sha256.New()
	sum.Write(h)
	walk(func(b []byte) { sum.Write(b) })
	return hex.EncodeToString(sum.Sum(nil)), nil
}

// Keys returns the keys in the order they were added (a copy).
func (x *Index) Keys() []int { return append([]int(nil), x.keys...) }
