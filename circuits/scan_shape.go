package circuits

import (
	"fmt"
	"math/bits"
)

// MaxScanSlots bounds the number of leaf slots of a ScanCircuit (2^16; the issue asks
// for datanets up to 2^14 points).
const MaxScanSlots = 1 << 16

// ScanShape is the shape of a ScanCircuit: Slots leaf slots (a power of two, ≤ 2^Depth),
// sketches of dimension K, a sketch tree of depth Depth, M candidates and at most Rows
// commitment rows (Rows ≤ M).
type ScanShape struct {
	Slots int `json:"slots"`
	K     int `json:"k"`
	Depth int `json:"depth"`
	M     int `json:"m"`
	Rows  int `json:"rows"`
}

// String names the shape, e.g. "scan-n256-k1024-d14-m64-r64" (keys and verifiers are
// named after it).
func (s ScanShape) String() string {
	return fmt.Sprintf("scan-n%d-k%d-d%d-m%d-r%d", s.Slots, s.K, s.Depth, s.M, s.Rows)
}

// Check returns an error wrapping ErrRange if the shape is out of bounds: Slots not a
// power of two in [2, MaxScanSlots] or above 2^Depth, K outside [1, MaxScoreK], Depth
// outside [1, MaxDepth], M outside [1, min(MaxCandidates, Slots)], Rows outside [1, M].
func (s ScanShape) Check() error {
	switch {
	case s.Depth < 1 || s.Depth > MaxDepth:
		return fmt.Errorf("scan shape %s: depth %d outside [1, %d]: %w", s, s.Depth, MaxDepth, ErrRange)
	case s.Slots < 2 || s.Slots > MaxScanSlots || s.Slots&(s.Slots-1) != 0 || uint64(s.Slots) > 1<<uint(s.Depth):
		return fmt.Errorf("scan shape %s: slots %d not a power of two in [2, min(%d, 2^depth)]: %w", s, s.Slots, MaxScanSlots, ErrRange)
	case s.K < 1 || s.K > MaxScoreK:
		return fmt.Errorf("scan shape %s: k %d outside [1, %d]: %w", s, s.K, MaxScoreK, ErrRange)
	case s.M < 1 || s.M > MaxCandidates || s.M > s.Slots:
		return fmt.Errorf("scan shape %s: m %d outside [1, min(%d, slots)]: %w", s, s.M, MaxCandidates, ErrRange)
	case s.Rows < 1 || s.Rows > s.M:
		return fmt.Errorf("scan shape %s: rows %d outside [1, m]: %w", s, s.Rows, ErrRange)
	}
	return nil
}

// mustCheck panics on a shape out of bounds (a programmer error for Define and
// NewScanCircuit).
func (s ScanShape) mustCheck() {
	if err := s.Check(); err != nil {
		panic("circuits: " + err.Error())
	}
}

// slotBits is s with Slots = 2^s.
func (s ScanShape) slotBits() int { return bits.Len(uint(s.Slots)) - 1 }

// keyBits bounds a scan key: key = (score + 2^b)·Slots + (Slots − 1 − i) with
// b = ScoreBitsFor(K) and |score| < 2^b, so 0 < key < 2^(b + 1 + s).
func (s ScanShape) keyBits() int { return ScoreBitsFor(s.K) + 1 + s.slotBits() }
