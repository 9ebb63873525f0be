package circuits

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// refSplit is the test's own floor split: payout_i = floor(fee·s_i/S), remainder rest.
func refSplit(fee *big.Int, scores []uint64) ([]*big.Int, *big.Int) {
	total := new(big.Int)
	for _, s := range scores {
		total.Add(total, new(big.Int).SetUint64(s))
	}
	rem := new(big.Int).Set(fee)
	out := make([]*big.Int, len(scores))
	for i, s := range scores {
		out[i] = new(big.Int)
		if total.Sign() > 0 {
			out[i].Mul(fee, new(big.Int).SetUint64(s))
			out[i].Quo(out[i], total)
		}
		rem.Sub(rem, out[i])
	}
	return out, rem
}

func addr(i int) *big.Int {
	a := new(big.Int).Lsh(big.NewInt(int64(i+1)), 150)
	return a.Add(a, big.NewInt(int64(1000+i)))
}

func honest(epoch uint64, fee *big.Int, scores []uint64) Split {
	addrs := make([]*big.Int, len(scores))
	for i := range scores {
		addrs[i] = addr(i)
	}
	pay, rem := refSplit(fee, scores)
	return Split{Epoch: epoch, DataFee: fee, Addrs: addrs, Scores: scores, Payouts: pay, Remainder: rem,
		Gamma: new(big.Int).SetBytes([]byte("a public challenge, any value"))}
}

func solved(t *testing.T, n int, s Split) error {
	t.Helper()
	w, err := Assign(n, s)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return test.IsSolved(NewRewardSplit(n), w, ecc.BN254.ScalarField())
}

func pow2(k uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), k) }

func TestRewardSplitAcceptsHonestSplits(t *testing.T) {
	t.Parallel()
	maxFee := new(big.Int).Sub(pow2(96), big.NewInt(1))
	const maxScore = ^uint64(0)
	cases := []struct {
		name   string
		fee    *big.Int
		scores []uint64
	}{
		{"empty", big.NewInt(12345), nil},
		{"zero-total", big.NewInt(777), []uint64{0, 0, 0}},
		{"one", big.NewInt(1_000_000), []uint64{5}},
		{"equal", big.NewInt(100), []uint64{3, 3, 3, 3, 3, 3, 3}},
		{"full", maxFee, []uint64{maxScore, maxScore, maxScore, maxScore, maxScore, maxScore, maxScore, maxScore}},
		{"max-fee-mixed", maxFee, []uint64{1, maxScore, 2, 0, 12345678901234}},
		{"zero-fee", big.NewInt(0), []uint64{1, 2, 3}},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			if err := solved(t, 8, honest(7, c.fee, c.scores)); err != nil {
				t.Fatalf("honest split rejected: %v", err)
			}
		})
	}
}

func TestRewardSplitRejectsTampering(t *testing.T) {
	t.Parallel()
	base := func() Split { return honest(3, big.NewInt(1_000_003), []uint64{10, 20, 30, 7}) }
	cases := []struct {
		name   string
		tamper func(s *Split) *RewardSplit // returns a witness, or nil to Assign s
	}{
		{"payout+1", func(s *Split) *RewardSplit {
			s.Payouts[1] = new(big.Int).Add(s.Payouts[1], big.NewInt(1))
			s.Remainder = new(big.Int).Sub(s.Remainder, big.NewInt(1))
			return nil
		}},
		{"payout-1", func(s *Split) *RewardSplit {
			s.Payouts[2] = new(big.Int).Sub(s.Payouts[2], big.NewInt(1))
			s.Remainder = new(big.Int).Add(s.Remainder, big.NewInt(1))
			return nil
		}},
		{"swapped-contributor", func(s *Split) *RewardSplit {
			// The prover claims the payouts go to swapped addresses while the commitment
			// holds the original (address, score) rows.
			w := mustAssign(*s)
			w.Addr[0], w.Addr[1] = w.Addr[1], w.Addr[0]
			fpAddrs := append([]*big.Int{}, s.Addrs...)
			fpAddrs[0], fpAddrs[1] = fpAddrs[1], fpAddrs[0]
			w.Fingerprint = Fingerprint(s.Gamma, fpAddrs, s.Payouts)
			return w
		}},
		{"score-not-committed", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Score[0] = s.Scores[0] + 1
			return w
		}},
		{"remainder-too-large", func(s *Split) *RewardSplit {
			// All but contributor 0 paid honestly, the rest to the remainder recipient.
			s.Remainder = new(big.Int).Add(s.Remainder, s.Payouts[0])
			s.Payouts[0] = big.NewInt(0)
			return nil
		}},
		{"remainder-not-fee-minus-payouts", func(s *Split) *RewardSplit {
			s.Remainder = new(big.Int).Add(s.Remainder, big.NewInt(1))
			return nil
		}},
		{"padding-payout", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Payout[6] = 1
			w.Remainder = new(big.Int).Sub(s.Remainder, big.NewInt(1))
			return w
		}},
		{"padding-address", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Addr[5] = 99
			return w
		}},
		{"padding-score", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Score[7] = 1
			return w
		}},
		{"active-flag-gap", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Active[2] = 0 // 1 1 0 1 …: count unchanged would need non-monotone flags
			w.Active[5] = 1
			return w
		}},
		{"count-lies", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Count = 3
			return w
		}},
		{"fingerprint-wrong", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.Fingerprint = new(big.Int).Add(w.Fingerprint.(*big.Int), big.NewInt(1))
			return w
		}},
		{"overflow-payout-wraps-field", func(s *Split) *RewardSplit {
			// payout' = payout + r/S-ish: choose payout' ≡ (fee·s − q)/S mod r for a small
			// q, which satisfies the field equation but not the 96-bit bound.
			w := mustAssign(*s)
			total := big.NewInt(67)
			r := Modulus()
			inv := new(big.Int).ModInverse(total, r)
			p := new(big.Int).Mul(s.DataFee, big.NewInt(10))
			p.Sub(p, big.NewInt(5)) // q = 5 < S
			p.Mul(p, inv).Mod(p, r)
			w.Payout[0] = p
			w.RowRem[0] = 5
			return w
		}},
		{"overflow-fee", func(s *Split) *RewardSplit {
			w := mustAssign(*s)
			w.DataFee = new(big.Int).Add(pow2(96), big.NewInt(0))
			return w
		}},
		{"negative-rowrem", func(s *Split) *RewardSplit {
			// payout_0 one too big, row remainder negative (≡ r − k).
			w := mustAssign(*s)
			w.Payout[0] = new(big.Int).Add(s.Payouts[0], big.NewInt(1))
			return w
		}},
	}
	for _, c := range cases {
		t.Run("tamper="+c.name, func(t *testing.T) {
			s := base()
			if err := solved(t, 8, s); err != nil {
				t.Fatalf("base split rejected: %v", err)
			}
			s = base()
			w := c.tamper(&s)
			if w == nil {
				var err error
				if w, err = Assign(8, s); err != nil {
					t.Fatalf("assign: %v", err)
				}
			}
			if err := test.IsSolved(NewRewardSplit(8), w, ecc.BN254.ScalarField()); err == nil {
				t.Fatal("tampered witness accepted")
			}
		})
	}
}

func mustAssign(s Split) *RewardSplit {
	w, err := Assign(8, s)
	if err != nil {
		panic(err)
	}
	return w
}

// TestRewardSplitProperty: for random splits the reference split is accepted, and a
// random other payout vector (same total, so the sum check alone cannot catch it) is not.
func TestRewardSplitProperty(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	iters := 30
	if testing.Short() {
		iters = 8
	}
	for it := range iters {
		n := rng.IntN(9)
		scores := make([]uint64, n)
		for i := range scores {
			switch rng.IntN(4) {
			case 0:
				scores[i] = 0
			case 1:
				scores[i] = rng.Uint64()
			default:
				scores[i] = rng.Uint64N(1_000_000_000)
			}
		}
		fee := randBits(rng, 1+rng.IntN(96))
		s := honest(uint64(it), fee, scores)
		if err := solved(t, 8, s); err != nil {
			t.Fatalf("iter %d: honest split %v of fee %s rejected: %v", it, scores, fee, err)
		}
		if n < 2 {
			continue
		}
		// Move k units from one payout to another.
		i, j := rng.IntN(n), rng.IntN(n)
		if i == j {
			j = (i + 1) % n
		}
		k := big.NewInt(1 + rng.Int64N(3))
		if s.Payouts[i].Cmp(k) < 0 {
			i, j = j, i
		}
		if s.Payouts[i].Cmp(k) < 0 {
			continue
		}
		s.Payouts[i] = new(big.Int).Sub(s.Payouts[i], k)
		s.Payouts[j] = new(big.Int).Add(s.Payouts[j], k)
		if err := solved(t, 8, s); err == nil {
			t.Fatalf("iter %d: payouts moved by %s between rows %d and %d accepted", it, k, i, j)
		}
	}
}

func randBits(rng *rand.Rand, nbits int) *big.Int {
	v := new(big.Int)
	for range (nbits + 63) / 64 {
		v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(rng.Uint64()))
	}
	return v.Rsh(v, uint(64*((nbits+63)/64)-nbits))
}

func TestAssignErrors(t *testing.T) {
	t.Parallel()
	s := honest(1, big.NewInt(10), []uint64{1, 2, 3})
	cases := []struct {
		name string
		n    int
		mod  func(s *Split)
		want error
	}{
		{"too-many", 2, func(*Split) {}, ErrTooMany},
		{"length", 8, func(s *Split) { s.Scores = s.Scores[:2] }, ErrLength},
		{"fee-2^96", 8, func(s *Split) { s.DataFee = pow2(96) }, ErrRange},
		{"addr-2^160", 8, func(s *Split) { s.Addrs = []*big.Int{pow2(160), addr(1), addr(2)} }, ErrRange},
		{"negative-payout", 8, func(s *Split) { s.Payouts = []*big.Int{big.NewInt(-1), big.NewInt(0), big.NewInt(0)} }, ErrRange},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			x := s
			c.mod(&x)
			if _, err := Assign(c.n, x); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// TestScoresCommitmentMatchesHasher checks the native commitment against gnark-crypto's
// own Merkle–Damgård Poseidon2 hasher fed the same field elements as 32-byte blocks.
func TestScoresCommitmentMatchesHasher(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 5} {
		addrs := make([]*big.Int, n)
		scores := make([]uint64, n)
		h := poseidon2.NewMerkleDamgardHasher()
		var e fr.Element
		e.SetUint64(uint64(n))
		b := e.Bytes()
		h.Write(b[:])
		for i := range n {
			addrs[i] = addr(i)
			scores[i] = uint64(i*i + 1)
			v := new(big.Int).Lsh(addrs[i], 64)
			v.Add(v, new(big.Int).SetUint64(scores[i]))
			e.SetBigInt(v)
			b := e.Bytes()
			h.Write(b[:])
		}
		want := new(big.Int).SetBytes(h.Sum(nil))
		if got := ScoresCommitment(addrs, scores); got.Cmp(want) != 0 {
			t.Fatalf("n=%d: commitment %s, hasher %s", n, got, want)
		}
	}
}

type commitCircuit struct {
	N      frontend.Variable
	Active []frontend.Variable
	Addr   []frontend.Variable
	Score  []frontend.Variable
	Want   frontend.Variable `gnark:",public"`
}

func (c *commitCircuit) Define(api frontend.API) error {
	rc := newRowCommitter(api, c.N)
	for i := range c.Addr {
		rc.absorb(c.Active[i], c.Addr[i], c.Score[i])
	}
	api.AssertIsEqual(rc.state, c.Want)
	return nil
}

func TestRowCommitterMatchesNative(t *testing.T) {
	t.Parallel()
	const size = 4
	for n := 0; n <= size; n++ {
		addrs, scores := make([]*big.Int, n), make([]uint64, n)
		w := &commitCircuit{N: n, Active: make([]frontend.Variable, size), Addr: make([]frontend.Variable, size), Score: make([]frontend.Variable, size)}
		for i := range size {
			w.Active[i], w.Addr[i], w.Score[i] = 0, 0, 0
			if i < n {
				addrs[i], scores[i] = addr(i), ^uint64(0)-uint64(i)
				w.Active[i], w.Addr[i], w.Score[i] = 1, addrs[i], scores[i]
			}
		}
		w.Want = ScoresCommitment(addrs, scores)
		empty := &commitCircuit{Active: make([]frontend.Variable, size), Addr: make([]frontend.Variable, size), Score: make([]frontend.Variable, size)}
		if err := test.IsSolved(empty, w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
	}
}

func TestFingerprintMatchesPowers(t *testing.T) {
	t.Parallel()
	r := Modulus()
	gamma := new(big.Int).Sub(r, big.NewInt(12345)) // γ near r exercises the reduction
	addrs := []*big.Int{addr(0), addr(1), addr(2)}
	pays := []*big.Int{big.NewInt(5), new(big.Int).Sub(pow2(96), big.NewInt(1)), big.NewInt(0)}
	want := new(big.Int)
	for i := range addrs {
		a := new(big.Int).Exp(gamma, big.NewInt(int64(2*i+1)), r)
		p := new(big.Int).Exp(gamma, big.NewInt(int64(2*i+2)), r)
		want.Add(want, a.Mul(a, addrs[i]))
		want.Add(want, p.Mul(p, pays[i]))
	}
	want.Mod(want, r)
	if got := Fingerprint(gamma, addrs, pays); got.Cmp(want) != 0 {
		t.Fatalf("fingerprint %s, want %s", got, want)
	}
	if got := Fingerprint(gamma, nil, nil); got.Sign() != 0 {
		t.Fatalf("empty fingerprint %s, want 0", got)
	}
}

func ExampleAssign() {
	s := Split{
		Epoch:     1,
		DataFee:   big.NewInt(100),
		Addrs:     []*big.Int{big.NewInt(0xA1), big.NewInt(0xB2)},
		Scores:    []uint64{1, 2},
		Payouts:   []*big.Int{big.NewInt(33), big.NewInt(66)},
		Remainder: big.NewInt(1),
		Gamma:     big.NewInt(42),
	}
	w, err := Assign(4, s)
	if err != nil {
		panic(err)
	}
	fmt.Println(test.IsSolved(NewRewardSplit(4), w, ecc.BN254.ScalarField()) == nil)
	// Output: true
}
