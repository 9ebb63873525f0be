package circuits

// Bit bounds of the values the reward-split circuit range-checks.
const (
	// MaxSize is the largest batch size N a RewardSplit may have: with N ≤ 1024 rows
	// of scores < 2^64, S < 2^74.
	MaxSize = 1024
	// ScoreBits bounds a score: s < 2^ScoreBits.
	ScoreBits = 64
	// FeeBits bounds the data fee, each payout and the remainder: < 2^FeeBits.
	FeeBits = 96
	// AddrBits bounds an address read as a big-endian integer.
	AddrBits = 160
	// SumBits bounds the total score S of MaxSize rows and each row's division remainder.
	SumBits = ScoreBits + 10
	// EpochBits bounds the epoch number.
	EpochBits = 64
)
