package prover

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
)

// attributedRecords: three records over four contributors, one of them (0xa2) in all.
func attributedRecords() []circuits.RecordRows {
	a := func(i int64) *big.Int { return big.NewInt(0xa0 + i) }
	return []circuits.RecordRows{
		{Addrs: []*big.Int{a(1), a(2)}, Scores: []uint64{300, 700}},
		{Addrs: []*big.Int{a(2), a(3), a(4)}, Scores: []uint64{1 << 40, 5, 1 << 39}},
		{Addrs: []*big.Int{a(2)}, Scores: []uint64{9}},
	}
}

// TestProveAttributed sets up a small attributed split (8 contributors, 4 records of 4
// rows), proves an epoch, and checks that the proof verifies, that its scores are the
// test's own aggregation, and that a tampered proof file or statement is refused.
func TestProveAttributed(t *testing.T) {
	ctx := context.Background()
	k, err := SetupAttributed(ctx, AttributedShape{N: 8, R: 4, C: 4}, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	recs := attributedRecords()
	st := &AttributedStatement{Epoch: 3, DataFee: big.NewInt(1_000_000_007), Records: recs}
	p, err := ProveAttributed(ctx, k, st)
	if err != nil {
		t.Fatal(err)
	}
	// Own aggregation: record 0 gives 0xa1 300,000 and 0xa2 700,000; record 1 gives
	// 0xa2 floor(1e6·2^40/(2^40+5+2^39)), 0xa3 0 (dropped), 0xa4 the rest's floor;
	// record 2 gives 0xa2 1,000,000.
	g1 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 40), new(big.Int).Lsh(big.NewInt(1), 39))
	g1.Add(g1, big.NewInt(5))
	share := func(g uint64) uint64 {
		v := new(big.Int).Mul(new(big.Int).SetUint64(g), big.NewInt(1_000_000))
		return v.Quo(v, g1).Uint64()
	}
	want := []uint64{300_000, 700_000 + share(1<<40) + 1_000_000, share(1 << 39)}
	if len(p.Scores) != 3 || p.Scores[0] != want[0] || p.Scores[1] != want[1] || p.Scores[2] != want[2] {
		t.Fatalf("scores %v, want %v", p.Scores, want)
	}
	if p.Contributors[2] != common.BigToAddress(big.NewInt(0xa4)) {
		t.Fatalf("contributors %v", p.Contributors)
	}
	if err := VerifyAttributed(k, p); err != nil {
		t.Fatal(err)
	}

	t.Run("tampered proof file", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			f    func(q *AttributedProof)
			err  error
		}{
			{"payout", func(q *AttributedProof) { q.Payouts[0] = new(big.Int).Add(q.Payouts[0], big.NewInt(1)) }, ErrProofFile},
			{"record dropped", func(q *AttributedProof) { q.RecordCommitments = q.RecordCommitments[:2] }, ErrProofFile},
			{"record digest", func(q *AttributedProof) {
				q.RecordDigest = circuits.RecordsDigest(q.RecordCommitments[:2])
				q.Gamma = AttributedGamma(q.Epoch, q.Commitment, q.DataFee, q.Contributors, q.Payouts, q.RecordDigest, q.RecordCommitments)
				q.Fingerprint = Fingerprint(q.Gamma, q.Contributors, q.Payouts)
				q.RecordFingerprint = circuits.RecordsFingerprint(q.Gamma, q.RecordCommitments)
			}, ErrInvalidProof},
			{"epoch", func(q *AttributedProof) {
				q.Epoch++
				q.Gamma = AttributedGamma(q.Epoch, q.Commitment, q.DataFee, q.Contributors, q.Payouts, q.RecordDigest, q.RecordCommitments)
				q.Fingerprint = Fingerprint(q.Gamma, q.Contributors, q.Payouts)
				q.RecordFingerprint = circuits.RecordsFingerprint(q.Gamma, q.RecordCommitments)
			}, ErrInvalidProof},
		} {
			t.Run(tc.name, func(t *testing.T) {
				q := *p
				q.Payouts = append([]*big.Int(nil), p.Payouts...)
				tc.f(&q)
				if err := VerifyAttributed(k, &q); !errors.Is(err, tc.err) {
					t.Fatalf("error %v, want %v", err, tc.err)
				}
			})
		}
	})

	t.Run("rows not the attested ones", func(t *testing.T) {
		comms := circuits.RecordSet{Records: recs}.RecordCommitments()
		bad := attributedRecords()
		bad[1].Scores[1]++
		_, err := ProveAttributed(ctx, k, &AttributedStatement{Epoch: 3, DataFee: big.NewInt(10), Records: bad, Commitments: comms})
		if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), "record 1") {
			t.Fatalf("error %v, want ErrInput naming record 1", err)
		}
	})
	t.Run("too many records", func(t *testing.T) {
		more := append(attributedRecords(), attributedRecords()...)
		if _, err := ProveAttributed(ctx, k, &AttributedStatement{Epoch: 3, DataFee: big.NewInt(10), Records: more}); !errors.Is(err, ErrTooLarge) {
			t.Fatalf("error %v, want ErrTooLarge", err)
		}
	})
}

// TestAttributedGammaMatchesHandEncoding checks AttributedGamma against abi.encode
// written out by hand: three static words, two offsets, the digest, a third offset,
// then each dynamic array as length + elements.
func TestAttributedGammaMatchesHandEncoding(t *testing.T) {
	t.Parallel()
	epoch := uint64(7)
	com, fee, dig := big.NewInt(11), big.NewInt(12), new(big.Int).Sub(circuits.Modulus(), big.NewInt(1))
	addrs := []common.Address{common.HexToAddress("0x00000000000000000000000000000000000000aa")}
	pays := []*big.Int{big.NewInt(5)}
	recs := []*big.Int{big.NewInt(21), big.NewInt(22)}
	var enc []byte
	for _, v := range []*big.Int{big.NewInt(int64(epoch)), com, fee} {
		enc = append(enc, word(v)...)
	}
	off1 := 7 * 32
	off2 := off1 + 32 + 32*len(addrs)
	off3 := off2 + 32 + 32*len(pays)
	enc = append(enc, word(big.NewInt(int64(off1)))...)
	enc = append(enc, word(big.NewInt(int64(off2)))...)
	enc = append(enc, word(dig)...)
	enc = append(enc, word(big.NewInt(int64(off3)))...)
	enc = append(enc, word(big.NewInt(int64(len(addrs))))...)
	for _, a := range addrs {
		enc = append(enc, common.LeftPadBytes(a[:], 32)...)
	}
	for _, list := range [][]*big.Int{pays, recs} {
		enc = append(enc, word(big.NewInt(int64(len(list))))...)
		for _, v := range list {
			enc = append(enc, word(v)...)
		}
	}
	want := new(big.Int).SetBytes(crypto.Keccak256(enc))
	want.Mod(want, circuits.Modulus())
	if got := AttributedGamma(epoch, com, fee, addrs, pays, dig, recs); got.Cmp(want) != 0 {
		t.Fatalf("gamma %s, want %s", got, want)
	}
}
