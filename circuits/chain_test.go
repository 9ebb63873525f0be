package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

// refPerm16 is the test's own Poseidon2 permutation of width 16 in big.Int arithmetic,
// written from the paper's definition (eprint 2023/323 §5: external matrix circ(2·M4,
// M4, M4, M4), internal matrix 1 + diag(μ−1), x^5 S-box, R_F/2 full, R_P partial, R_F/2
// full rounds), reading only the round keys and the diagonal from gnark-crypto.
func refPerm16(x []*big.Int) []*big.Int {
	r := Modulus()
	p := poseidon2.NewParameters(ChainWidth, ChainFullRounds, ChainPartialRounds)
	m4 := [4][4]int64{{5, 7, 1, 3}, {4, 6, 1, 1}, {1, 3, 5, 7}, {1, 1, 4, 6}}
	ext := func(s []*big.Int) []*big.Int {
		out := make([]*big.Int, ChainWidth)
		for i := range ChainWidth {
			acc := new(big.Int)
			for j := range ChainWidth {
				c := m4[i%4][j%4]
				if i/4 == j/4 {
					c *= 2
				}
				acc.Add(acc, new(big.Int).Mul(big.NewInt(c), s[j]))
			}
			out[i] = acc.Mod(acc, r)
		}
		return out
	}
	internal := func(s []*big.Int) []*big.Int {
		sum := new(big.Int)
		for _, v := range s {
			sum.Add(sum, v)
		}
		out := make([]*big.Int, ChainWidth)
		for i := range ChainWidth {
			d := p.DiagM1[i].BigInt(new(big.Int))
			out[i] = new(big.Int).Mul(d, s[i])
			out[i].Add(out[i], sum).Mod(out[i], r)
		}
		return out
	}
	sbox := func(v *big.Int) *big.Int { return new(big.Int).Exp(v, big.NewInt(5), r) }
	addKey := func(s []*big.Int, round int) {
		for i := range p.RoundKeys[round] {
			s[i] = new(big.Int).Add(s[i], p.RoundKeys[round][i].BigInt(new(big.Int)))
			s[i].Mod(s[i], r)
		}
	}
	s := ext(x)
	round := 0
	full := func() {
		addKey(s, round)
		for i := range s {
			s[i] = sbox(s[i])
		}
		s = ext(s)
		round++
	}
	for range ChainFullRounds / 2 {
		full()
	}
	for range ChainPartialRounds {
		addKey(s, round)
		s[0] = sbox(s[0])
		s = internal(s)
		round++
	}
	for range ChainFullRounds / 2 {
		full()
	}
	return s
}

// refChain is the test's own leaf chain: pad the elements with zeros to whole blocks of
// 15, start from the count, and feed each block through refPerm16 with feed-forward.
func refChain(els []*big.Int) *big.Int {
	r := Modulus()
	padded := append([]*big.Int(nil), els...)
	for len(padded)%ChainRate != 0 {
		padded = append(padded, new(big.Int))
	}
	h := big.NewInt(int64(len(els)))
	for b := 0; b < len(padded); b += ChainRate {
		out := refPerm16(append([]*big.Int{h}, padded[b:b+ChainRate]...))
		h = new(big.Int).Add(out[0], h)
		h.Mod(h, r)
	}
	return h
}

func randElements(rng *rand.Rand, n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = randBits(rng, 253)
	}
	return out
}

// TestChainMatchesReference checks Chain against the test's own permutation and chain on
// random elements of lengths around the block boundaries.
func TestChainMatchesReference(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(13, 13))
	for _, n := range []int{0, 1, 2, 14, 15, 16, 29, 30, 31, 72} {
		els := randElements(rng, n)
		if got, want := Chain(els...), refChain(els); got.Cmp(want) != 0 {
			t.Fatalf("n=%d: Chain %s, reference %s", n, got, want)
		}
	}
}

// TestChainSeparatesLengthsAndValues checks that trailing zeros (which the padding
// adds), a changed element and a swapped pair each change the hash.
func TestChainSeparatesLengthsAndValues(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(14, 14))
	for _, n := range []int{1, 14, 15, 16, 44} {
		els := randElements(rng, n)
		h := Chain(els...)
		zero := Chain(append(append([]*big.Int(nil), els...), new(big.Int))...)
		if h.Cmp(zero) == 0 {
			t.Fatalf("n=%d: a trailing zero does not change the hash", n)
		}
		for _, i := range []int{0, n / 2, n - 1} {
			bumped := append([]*big.Int(nil), els...)
			bumped[i] = new(big.Int).Add(els[i], big.NewInt(1))
			if Chain(bumped...).Cmp(h) == 0 {
				t.Fatalf("n=%d: element %d changed, hash did not", n, i)
			}
		}
		if n > 1 {
			swapped := append([]*big.Int(nil), els...)
			swapped[0], swapped[n-1] = swapped[n-1], swapped[0]
			if Chain(swapped...).Cmp(h) == 0 {
				t.Fatalf("n=%d: swapping elements does not change the hash", n)
			}
		}
	}
}

// chainCircuit asserts hashChain(In...) = Out.
type chainCircuit struct {
	In  []frontend.Variable
	Out frontend.Variable `gnark:",public"`
}

func (c *chainCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(hashChain(newPerm(api), c.In...), c.Out)
	return nil
}

// TestHashChainMatchesNative solves the in-circuit chain on random inputs against the
// native value, and checks that a wrong output and a changed input are rejected.
func TestHashChainMatchesNative(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(15, 15))
	for _, n := range []int{1, 3, 15, 16, 31, 47} {
		els := randElements(rng, n)
		in := make([]frontend.Variable, n)
		for i, v := range els {
			in[i] = v
		}
		circuit := &chainCircuit{In: make([]frontend.Variable, n)}
		if err := test.IsSolved(circuit, &chainCircuit{In: in, Out: Chain(els...)}, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("n=%d: honest chain not solved: %v", n, err)
		}
		wrong := new(big.Int).Add(Chain(els...), big.NewInt(1))
		if test.IsSolved(circuit, &chainCircuit{In: in, Out: wrong}, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: wrong output accepted", n)
		}
		tampered := append([]frontend.Variable(nil), in...)
		tampered[n-1] = new(big.Int).Add(els[n-1], big.NewInt(1))
		if test.IsSolved(circuit, &chainCircuit{In: tampered, Out: Chain(els...)}, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("n=%d: changed last input accepted", n)
		}
	}
}
