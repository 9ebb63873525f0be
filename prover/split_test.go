package prover

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// ratSplit is the reference: payout_i = floor(fee·s_i/S) computed with big.Rat.
func ratSplit(fee *big.Int, scores []uint64) []*big.Int {
	total := new(big.Int)
	for _, s := range scores {
		total.Add(total, new(big.Int).SetUint64(s))
	}
	out := make([]*big.Int, len(scores))
	for i, s := range scores {
		out[i] = new(big.Int)
		if total.Sign() == 0 {
			continue
		}
		q := new(big.Rat).SetFrac(new(big.Int).Mul(fee, new(big.Int).SetUint64(s)), total)
		out[i].Quo(q.Num(), q.Denom()) // q ≥ 0, so truncation is the floor
	}
	return out
}

func checkSplit(t *testing.T, fee *big.Int, scores []uint64) {
	t.Helper()
	feeCopy := new(big.Int).Set(fee)
	pay, rem := Split(fee, scores)
	if fee.Cmp(feeCopy) != 0 {
		t.Fatalf("Split modified the fee")
	}
	want := ratSplit(fee, scores)
	sum := new(big.Int).Set(rem)
	for i := range scores {
		if pay[i].Cmp(want[i]) != 0 {
			t.Fatalf("fee %s scores %v: payout[%d] = %s, want %s", fee, scores, i, pay[i], want[i])
		}
		sum.Add(sum, pay[i])
	}
	if sum.Cmp(fee) != 0 {
		t.Fatalf("fee %s: payouts + remainder = %s", fee, sum)
	}
	if rem.Sign() < 0 {
		t.Fatalf("negative remainder %s", rem)
	}
	var total uint64
	var overflow bool
	for _, s := range scores {
		if total+s < total {
			overflow = true
		}
		total += s
	}
	if (total > 0 || overflow) && rem.Cmp(big.NewInt(int64(len(scores)))) >= 0 {
		t.Fatalf("remainder %s ≥ n = %d", rem, len(scores))
	}
	if total == 0 && !overflow && rem.Cmp(fee) != 0 {
		t.Fatalf("zero total: remainder %s, want the fee %s", rem, fee)
	}
}

func TestSplit(t *testing.T) {
	t.Parallel()
	max96 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	max64 := ^uint64(0)
	cases := []struct {
		name   string
		fee    *big.Int
		scores []uint64
		want   []int64 // nil: only the reference check
		rem    int64
	}{
		{"no-contributors", big.NewInt(100), nil, []int64{}, 100},
		{"zero-total", big.NewInt(100), []uint64{0, 0}, []int64{0, 0}, 100},
		{"one", big.NewInt(100), []uint64{7}, []int64{100}, 0},
		{"equal-3", big.NewInt(100), []uint64{5, 5, 5}, []int64{33, 33, 33}, 1},
		{"equal-7-of-1", big.NewInt(1), []uint64{1, 1, 1, 1, 1, 1, 1}, []int64{0, 0, 0, 0, 0, 0, 0}, 1},
		{"zero-fee", big.NewInt(0), []uint64{1, 2}, []int64{0, 0}, 0},
		{"max-fee-max-scores", max96, []uint64{max64, max64, max64}, nil, 0},
		{"max-fee-skewed", max96, []uint64{max64, 1, 0}, nil, 0},
		{"max-fee-one", max96, []uint64{1}, nil, 0},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			checkSplit(t, c.fee, c.scores)
			if c.want == nil {
				return
			}
			pay, rem := Split(c.fee, c.scores)
			for i, w := range c.want {
				if pay[i].Int64() != w {
					t.Fatalf("payout[%d] = %s, want %d", i, pay[i], w)
				}
			}
			if rem.Int64() != c.rem {
				t.Fatalf("remainder %s, want %d", rem, c.rem)
			}
		})
	}
}

func TestSplitProperty(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 11))
	iters := 3000
	if testing.Short() {
		iters = 500
	}
	for range iters {
		n := rng.IntN(40)
		scores := make([]uint64, n)
		for i := range scores {
			switch rng.IntN(4) {
			case 0:
			case 1:
				scores[i] = rng.Uint64()
			default:
				scores[i] = rng.Uint64N(1 << uint(1+rng.IntN(40)))
			}
		}
		fee := new(big.Int).SetUint64(rng.Uint64())
		fee.Lsh(fee, 32).Or(fee, new(big.Int).SetUint64(rng.Uint64()>>32))
		fee.Rsh(fee, uint(rng.IntN(96)))
		checkSplit(t, fee, scores)
	}
}

func TestSplitPanicsOnNegativeFee(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	Split(big.NewInt(-1), []uint64{1})
}
