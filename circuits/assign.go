package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// Split is the data a RewardSplit witness is built from. Payouts and Remainder are taken
// as given (prover.Split computes the honest ones), so a wrong split yields a witness
// that does not satisfy the circuit rather than a silently corrected one.
type Split struct {
	Epoch     uint64
	DataFee   *big.Int
	Addrs     []*big.Int // 160-bit addresses
	Scores    []uint64
	Payouts   []*big.Int
	Remainder *big.Int
	Gamma     *big.Int // γ of docs/settlement-abi.md (prover.Gamma)
}

// Publics are the public inputs of a RewardSplit, in circuit order.
type Publics struct {
	Epoch       uint64
	Commitment  *big.Int
	DataFee     *big.Int
	Gamma       *big.Int
	Fingerprint *big.Int
}

// Slice returns the public inputs as a list in circuit order.
func (p Publics) Slice() []*big.Int {
	return []*big.Int{new(big.Int).SetUint64(p.Epoch), p.Commitment, p.DataFee, p.Gamma, p.Fingerprint}
}

// Publics computes the public inputs of s: the commitment of its rows and the
// fingerprint of its payouts at Gamma. It checks s as Assign does.
func (s Split) Publics() (Publics, error) {
	if err := s.validate(MaxSize); err != nil {
		return Publics{}, err
	}
	g := new(big.Int).Mod(s.Gamma, Modulus())
	return Publics{
		Epoch:       s.Epoch,
		Commitment:  ScoresCommitment(s.Addrs, s.Scores),
		DataFee:     new(big.Int).Set(s.DataFee),
		Gamma:       g,
		Fingerprint: Fingerprint(g, s.Addrs, s.Payouts),
	}, nil
}

func (s Split) validate(size int) error {
	n := len(s.Addrs)
	if len(s.Scores) != n || len(s.Payouts) != n {
		return fmt.Errorf("split of %d addresses, %d scores, %d payouts: %w", n, len(s.Scores), len(s.Payouts), ErrLength)
	}
	if n > size {
		return fmt.Errorf("split of %d contributors, circuit size %d: %w", n, size, ErrTooMany)
	}
	if s.DataFee == nil || s.Remainder == nil || s.Gamma == nil {
		return fmt.Errorf("split: missing fee, remainder or gamma: %w", ErrRange)
	}
	if err := inBits("data fee", s.DataFee, FeeBits); err != nil {
		return err
	}
	if err := inBits("remainder", s.Remainder, FeeBits); err != nil {
		return err
	}
	if s.Gamma.Sign() < 0 {
		return fmt.Errorf("gamma is negative: %w", ErrRange)
	}
	for i := range n {
		if s.Addrs[i] == nil || s.Payouts[i] == nil {
			return fmt.Errorf("row %d: missing address or payout: %w", i, ErrRange)
		}
		if err := inBits(fmt.Sprintf("row %d address", i), s.Addrs[i], AddrBits); err != nil {
			return err
		}
		if err := inBits(fmt.Sprintf("row %d payout", i), s.Payouts[i], FeeBits); err != nil {
			return err
		}
	}
	return nil
}

func inBits(what string, v *big.Int, nbits int) error {
	if v.Sign() < 0 || v.BitLen() > nbits {
		return fmt.Errorf("%s %s not in [0, 2^%d): %w", what, v, nbits, ErrRange)
	}
	return nil
}

// Assign builds the full witness of a size-n RewardSplit for s: public inputs computed
// from s, rows padded with zeros, and each row's division remainder
// dataFee·s_i − payout_i·S' (reduced mod r, so a wrong payout gives an out-of-range value
// the circuit rejects). It returns an error if s does not fit the circuit (ErrTooMany,
// ErrRange, ErrLength); it panics if n is outside [1, MaxSize].
func Assign(n int, s Split) (*RewardSplit, error) {
	checkSize(n)
	if err := s.validate(n); err != nil {
		return nil, err
	}
	pub, err := s.Publics()
	if err != nil {
		return nil, err
	}
	c := NewRewardSplit(n)
	c.Epoch, c.Commitment, c.DataFee, c.Gamma, c.Fingerprint = pub.Epoch, pub.Commitment, pub.DataFee, pub.Gamma, pub.Fingerprint
	c.Count = len(s.Addrs)
	c.Remainder = s.Remainder
	total := new(big.Int)
	for _, sc := range s.Scores {
		total.Add(total, new(big.Int).SetUint64(sc))
	}
	div := total
	if div.Sign() == 0 {
		div = big.NewInt(1)
	}
	r := Modulus()
	for i := range n {
		if i >= len(s.Addrs) {
			c.Active[i], c.Addr[i], c.Score[i], c.Payout[i], c.RowRem[i] = 0, 0, 0, 0, 0
			continue
		}
		rem := new(big.Int).Mul(s.DataFee, new(big.Int).SetUint64(s.Scores[i]))
		rem.Sub(rem, new(big.Int).Mul(s.Payouts[i], div))
		rem.Mod(rem, r)
		c.Active[i] = 1
		c.Addr[i] = s.Addrs[i]
		c.Score[i] = s.Scores[i]
		c.Payout[i] = s.Payouts[i]
		c.RowRem[i] = rem
	}
	return c, nil
}

var _ frontend.Circuit = (*RewardSplit)(nil)
