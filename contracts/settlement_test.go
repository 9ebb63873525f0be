package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/bindings"
	"poa/contracts/fixture"
)

type env struct {
	c                       *Chain
	d                       *Deployment
	owner, poster, stranger *ecdsa.PrivateKey
	prover                  *fixture.Backend
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func oneOPEN() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) }

// newEnv deploys everything on a fresh simulated chain with the fixture verifier of b.
func newEnv(t testing.TB, b Backend) *env {
	t.Helper()
	e := &env{owner: newKey(t), poster: newKey(t), stranger: newKey(t)}
	e.c = NewSimulated([]common.Address{Address(e.owner), Address(e.poster), Address(e.stranger)})
	t.Cleanup(e.c.Close)
	var err error
	name := "FixtureGroth16Verifier"
	e.prover, err = fixture.Groth16()
	if b == Plonk {
		name = "FixturePlonkVerifier"
		e.prover, err = fixture.Plonk()
	}
	if err != nil {
		t.Fatal(err)
	}
	e.d, err = Deploy(context.Background(), e.c, DeployConfig{Owner: e.owner, Verifier: Verifiers()[name],
		Posters: []common.Address{Address(e.poster)}, Recipient: common.HexToAddress("0x000000000000000000000000000000000000dEaD"),
		FundPosters: new(big.Int).Mul(big.NewInt(1_000_000), oneOPEN())})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// splitEpoch makes an epoch of n random contributors with the exact floor split of fee.
func splitEpoch(rng *rand.Rand, epoch uint64, n int, fee *big.Int) *Epoch {
	e := &Epoch{Epoch: epoch, DataFee: fee, Commitment: randBelow(rng, R)}
	scores := make([]*big.Int, n)
	sum := new(big.Int)
	for i := range n {
		var a common.Address
		for j := range a {
			a[j] = byte(rng.UintN(256))
		}
		e.Contributors = append(e.Contributors, a)
		scores[i] = new(big.Int).SetUint64(1 + rng.Uint64N(1_000_000_000))
		sum.Add(sum, scores[i])
	}
	for i := range n {
		p := new(big.Int).Mul(fee, scores[i])
		e.Payouts = append(e.Payouts, p.Quo(p, sum))
	}
	return e
}

func randBelow(rng *rand.Rand, max *big.Int) *big.Int {
	b := make([]byte, (max.BitLen()+7)/8+8)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	v := new(big.Int).SetBytes(b)
	return v.Mod(v, max)
}

func (e *env) prove(t testing.TB, ep *Epoch) {
	t.Helper()
	pub := ep.PublicInputs()
	addrs := make([]*big.Int, len(ep.Contributors))
	for i, a := range ep.Contributors {
		addrs[i] = new(big.Int).SetBytes(a[:])
	}
	var err error
	ep.Proof, err = e.prover.Prove(fixture.Inputs{Epoch: pub[0], Commitment: pub[1], DataFee: pub[2], Gamma: pub[3], Fingerprint: pub[4]}, addrs, ep.Payouts)
	if err != nil {
		t.Fatal(err)
	}
}

func (e *env) balance(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	b, err := BalanceOf(context.Background(), e.c, e.d, a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *env) root(t testing.TB, epoch uint64) common.Hash {
	t.Helper()
	st := bindings.NewSettlement()
	r, err := bind.Call(st.Instance(e.c.Client, e.d.Settlement), nil, st.PackEpochRoot(epoch), st.UnpackEpochRoot)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func revertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

func TestSettleAndClaim(t *testing.T) {
	backends := []Backend{Groth16, Plonk}
	for _, b := range backends {
		t.Run("backend="+b.String(), func(t *testing.T) {
			ctx := context.Background()
			e := newEnv(t, b)
			rng := rand.New(rand.NewPCG(1, uint64(b)))
			fee := new(big.Int).Mul(big.NewInt(8_000), oneOPEN())
			fee.Add(fee, big.NewInt(12345))
			ep := splitEpoch(rng, 1, 7, fee)
			e.prove(t, ep)
			poster, rcpt := Address(e.poster), e.d.Recipient
			p0, r0, s0 := e.balance(t, poster), e.balance(t, rcpt), e.balance(t, e.d.Settlement)
			res, err := Post(ctx, e.c, e.d, e.poster, ep)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("settle gas %d (n=%d)", res.Settle.GasUsed, len(ep.Payouts))
			paid := ep.Paid()
			remainder := new(big.Int).Sub(fee, paid)
			if remainder.Sign() < 0 || remainder.Cmp(big.NewInt(int64(len(ep.Payouts)))) >= 0 {
				t.Fatalf("remainder %v out of [0, n)", remainder)
			}
			checkDelta(t, "poster", p0, e.balance(t, poster), new(big.Int).Neg(fee))
			checkDelta(t, "remainder recipient", r0, e.balance(t, rcpt), remainder)
			checkDelta(t, "settlement", s0, e.balance(t, e.d.Settlement), paid)
			if got, want := e.root(t, 1), NewMerkleTree(ep.Contributors, ep.Payouts).Root(); got != want {
				t.Fatalf("root %x, want %x", got, want)
			}
			for i, a := range ep.Contributors {
				rc, err := Claim(ctx, e.c, e.d, e.stranger, 1, i, ep.Contributors, ep.Payouts)
				if err != nil {
					t.Fatalf("claim %d: %v", i, err)
				}
				if i == 0 {
					t.Logf("claim gas %d", rc.GasUsed)
				}
				if got := e.balance(t, a); got.Cmp(ep.Payouts[i]) != 0 {
					t.Fatalf("contributor %d got %v, want %v", i, got, ep.Payouts[i])
				}
			}
			if got := e.balance(t, e.d.Settlement); got.Cmp(s0) != 0 {
				t.Fatalf("settlement holds %v after all claims, want %v", got, s0)
			}
			_, err = Claim(ctx, e.c, e.d, e.stranger, 1, 3, ep.Contributors, ep.Payouts)
			if revertName(err) != "AlreadyClaimed" {
				t.Fatalf("second claim: %v, want AlreadyClaimed", err)
			}
			if got := e.balance(t, ep.Contributors[3]); got.Cmp(ep.Payouts[3]) != 0 {
				t.Fatalf("second claim changed the balance to %v", got)
			}
		})
	}
}

func checkDelta(t *testing.T, who string, before, after, want *big.Int) {
	t.Helper()
	if d := new(big.Int).Sub(after, before); d.Cmp(want) != 0 {
		t.Fatalf("%s balance changed by %v, want %v", who, d, want)
	}
}

func cloneEpoch(ep *Epoch) *Epoch {
	c := *ep
	c.Payouts = append([]*big.Int(nil), ep.Payouts...)
	c.Contributors = append([]common.Address(nil), ep.Contributors...)
	c.Proof = append([]byte(nil), ep.Proof...)
	return &c
}

func TestSettleRejects(t *testing.T) {
	backends := []Backend{Groth16}
	if !testing.Short() {
		backends = append(backends, Plonk)
	}
	for _, b := range backends {
		t.Run("backend="+b.String(), func(t *testing.T) {
			ctx := context.Background()
			e := newEnv(t, b)
			rng := rand.New(rand.NewPCG(2, uint64(b)))
			fee := new(big.Int).Mul(big.NewInt(1_000), oneOPEN())
			first := splitEpoch(rng, 5, 4, fee)
			e.prove(t, first)
			if _, err := Post(ctx, e.c, e.d, e.poster, first); err != nil {
				t.Fatal(err)
			}
			ep := splitEpoch(rng, 6, 5, fee)
			e.prove(t, ep)
			broke := newKey(t) // an allowed poster without OPEN
			if _, err := e.c.transact(ctx, "allow", bindings.NewSettlement().Instance(e.c.Client, e.d.Settlement), e.owner,
				bindings.NewSettlement().PackSetPoster(Address(broke), true)); err != nil {
				t.Fatal(err)
			}
			fundETH(t, e, Address(broke))
			cases := []struct {
				name   string
				key    *ecdsa.PrivateKey
				change func(*Epoch)
				want   string
			}{
				{"tampered-proof", e.poster, func(x *Epoch) { x.Proof[40] ^= 1 }, "InvalidProof"},
				{"changed-payout", e.poster, func(x *Epoch) {
					x.Payouts[0] = new(big.Int).Add(x.Payouts[0], big.NewInt(1))
					x.Payouts[1] = new(big.Int).Sub(x.Payouts[1], big.NewInt(1))
				}, "InvalidProof"},
				{"swapped-contributors", e.poster, func(x *Epoch) { x.Contributors[0], x.Contributors[1] = x.Contributors[1], x.Contributors[0] }, "InvalidProof"},
				{"wrong-fee", e.poster, func(x *Epoch) { x.DataFee = new(big.Int).Add(x.DataFee, big.NewInt(1)) }, "InvalidProof"},
				{"wrong-commitment", e.poster, func(x *Epoch) { x.Commitment = new(big.Int).Add(x.Commitment, big.NewInt(1)) }, "InvalidProof"},
				{"payouts-exceed-fee", e.poster, func(x *Epoch) { x.DataFee = big.NewInt(1) }, "PayoutsExceedFee"},
				{"replayed-epoch", e.poster, func(x *Epoch) { *x = *cloneEpoch(first) }, "EpochAlreadySettled"},
				{"older-epoch", e.poster, func(x *Epoch) { x.Epoch = 4 }, "WrongEpoch"},
				{"unauthorised-poster", e.stranger, func(*Epoch) {}, "NotPoster"},
				{"unfunded-fee", broke, func(*Epoch) {}, "ERC20InsufficientBalance"},
			}
			watch := []common.Address{Address(e.poster), Address(broke), e.d.Recipient, e.d.Settlement}
			for _, tc := range cases {
				t.Run("case="+tc.name, func(t *testing.T) {
					x := cloneEpoch(ep)
					tc.change(x)
					before := make([]*big.Int, len(watch))
					for i, a := range watch {
						before[i] = e.balance(t, a)
					}
					rootBefore := e.root(t, x.Epoch)
					_, err := Post(ctx, e.c, e.d, tc.key, x)
					if got := revertName(err); got != tc.want {
						t.Fatalf("error %v (reason %q), want %s", err, got, tc.want)
					}
					if !errors.Is(err, ErrReverted) {
						t.Fatalf("error %v does not wrap ErrReverted", err)
					}
					for i, a := range watch {
						if got := e.balance(t, a); got.Cmp(before[i]) != 0 {
							t.Fatalf("balance of %s changed from %v to %v", a.Hex(), before[i], got)
						}
					}
					if e.root(t, x.Epoch) != rootBefore {
						t.Fatal("epoch root changed")
					}
				})
			}
			// The untouched epoch still settles after all the rejections.
			if _, err := Post(ctx, e.c, e.d, e.poster, ep); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func fundETH(t *testing.T, e *env, to common.Address) {
	t.Helper()
	ctx := context.Background()
	nonce, err := e.c.Client.PendingNonceAt(ctx, Address(e.owner))
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := e.c.Client.SuggestGasTipCap(ctx)
	head, _ := e.c.Client.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := typesNewTransfer(e.c.ChainID, nonce, to, new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil), tip, fee)
	signed, err := signTx(tx, e.c.ChainID, e.owner)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.c.Client.SendTransaction(ctx, signed); err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.mined(ctx, "fund", signed); err != nil {
		t.Fatal(err)
	}
}

func TestPublicInputsMatchContract(t *testing.T) {
	e := newEnv(t, Groth16)
	st := bindings.NewSettlement()
	sc := st.Instance(e.c.Client, e.d.Settlement)
	rng := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 33} {
		ep := splitEpoch(rng, uint64(1+rng.UintN(1<<40)), n, randBelow(rng, new(big.Int).Lsh(big.NewInt(1), 96)))
		out, err := bind.Call(sc, nil, st.PackPublicInputs(ep.Epoch, ep.DataFee, ep.Commitment, ep.Contributors, ep.Payouts), st.UnpackPublicInputs)
		if err != nil {
			t.Fatal(err)
		}
		pub := ep.PublicInputs()
		if out.Gamma.Cmp(pub[3]) != 0 || out.Fingerprint.Cmp(pub[4]) != 0 {
			t.Fatalf("n=%d: contract (γ %v, fp %v), Go (γ %v, fp %v)", n, out.Gamma, out.Fingerprint, pub[3], pub[4])
		}
		if root := NewMerkleTree(ep.Contributors, ep.Payouts).Root(); out.Root != root {
			t.Fatalf("n=%d: contract root %x, Go %x", n, out.Root, root)
		}
	}
}
