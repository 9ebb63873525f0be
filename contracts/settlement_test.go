package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

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
	params                  Params
}

// treasury is the test deployments' treasury (remainder recipient).
var treasury = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func oneOPEN() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) }

// newEnv deploys everything on a fresh simulated chain with the fixture verifier of b and
// DefaultParams; the poster is staked and holds 1,000,000 OPEN besides.
func newEnv(t testing.TB, b Backend) *env { return newEnvWith(t, b, nil) }

// newEnvWith is newEnv with parameters p (nil: DefaultParams).
func newEnvWith(t testing.TB, b Backend, p *Params) *env {
	t.Helper()
	e := &env{owner: newKey(t), poster: newKey(t), stranger: newKey(t), params: DefaultParams()}
	if p != nil {
		e.params = *p
	}
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
	e.d, err = Deploy(context.Background(), e.c, DeployConfig{Owner: e.owner, Verifier: Verifiers()[name], Params: &e.params,
		Posters: []*ecdsa.PrivateKey{e.poster}, Recipient: treasury, FundPosters: new(big.Int).Mul(big.NewInt(1_000_000), oneOPEN())})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// splitEpoch makes an epoch of n random contributors with total fee total, split by the
// default fee rule, and the exact floor split of its data share.
func splitEpoch(rng *rand.Rand, epoch uint64, n int, total *big.Int) *Epoch {
	return splitEpochRule(rng, epoch, n, total, DefaultParams().FeeRule())
}

// splitEpochRule is splitEpoch under fee rule r.
func splitEpochRule(rng *rand.Rand, epoch uint64, n int, total *big.Int, r FeeRule) *Epoch {
	_, _, fee := r.Parts(total)
	e := &Epoch{Epoch: epoch, TotalFee: total, DataFee: fee, Commitment: randBelow(rng, R)}
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

// settlement is the deployment's Settlement, bound.
func (e *env) settlement() *bind.BoundContract {
	return bindings.NewSettlement().Instance(e.c.Client, e.d.Settlement)
}

// advance moves the chain's clock d forward.
func (e *env) advance(t testing.TB, d time.Duration) {
	t.Helper()
	if err := e.c.AdvanceTime(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// settleRaw sends settle for ep from key without Post's checks (an unlimited approval
// first), so that the contract's own verdict shows.
func (e *env) settleRaw(t testing.TB, key *ecdsa.PrivateKey, ep *Epoch) (*Receipt, error) {
	t.Helper()
	ctx := context.Background()
	open, st := bindings.NewOPEN(), bindings.NewSettlement()
	if _, err := e.c.transact(ctx, "approve", open.Instance(e.c.Client, e.d.Token), key,
		open.PackApprove(e.d.Settlement, new(big.Int).Lsh(big.NewInt(1), 200))); err != nil {
		t.Fatal(err)
	}
	return e.c.transact(ctx, "settle", st.Instance(e.c.Client, e.d.Settlement), key,
		st.PackSettle(ep.Epoch, ep.TotalFee, ep.Commitment, ep.Records, ep.Contributors, ep.Payouts, ep.Proof))
}

// post proves and posts ep from the env's poster.
func (e *env) post(t testing.TB, ep *Epoch) *Posted {
	t.Helper()
	e.prove(t, ep)
	res, err := Post(context.Background(), e.c, e.d, e.poster, ep)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSettleAndClaim(t *testing.T) {
	backends := []Backend{Groth16, Plonk}
	for _, b := range backends {
		t.Run("backend="+b.String(), func(t *testing.T) {
			ctx := context.Background()
			e := newEnv(t, b)
			rng := rand.New(rand.NewPCG(1, uint64(b)))
			total := new(big.Int).Mul(big.NewInt(10_000), oneOPEN())
			total.Add(total, big.NewInt(12347))
			ep := splitEpoch(rng, 1, 7, total)
			e.prove(t, ep)
			poster := Address(e.poster)
			p0, r0, s0 := e.balance(t, poster), e.balance(t, treasury), e.balance(t, e.d.Settlement)
			res, err := Post(ctx, e.c, e.d, e.poster, ep)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("settle gas %d (n=%d)", res.Settle.GasUsed, len(ep.Payouts))
			owner, protocol, data := DefaultParams().FeeRule().Parts(total)
			if data.Cmp(ep.DataFee) != 0 || res.OwnerFee != owner.String() || res.ProtocolFee != protocol.String() || res.TotalFee != total.String() {
				t.Fatalf("posted %+v, want owner %v protocol %v", res, owner, protocol)
			}
			paid := ep.Paid()
			remainder := new(big.Int).Sub(data, paid)
			if remainder.Sign() < 0 || remainder.Cmp(big.NewInt(int64(len(ep.Payouts)))) >= 0 {
				t.Fatalf("remainder %v out of [0, n)", remainder)
			}
			// The poster pays F less the owner share, which it keeps; the contract holds the
			// payouts and, for the treasury, the remainder and the protocol share.
			owed := new(big.Int).Add(remainder, protocol)
			checkDelta(t, "poster", p0, e.balance(t, poster), new(big.Int).Sub(owner, total))
			checkDelta(t, "treasury", r0, e.balance(t, treasury), new(big.Int))
			checkDelta(t, "settlement", s0, e.balance(t, e.d.Settlement), new(big.Int).Add(paid, owed))
			if got, err := TreasuryOwed(ctx, e.c, e.d); err != nil || got.Cmp(owed) != 0 {
				t.Fatalf("treasuryOwed %v, %v; want %v", got, err, owed)
			}
			// Anyone sweeps it to the treasury, once: a second sweep pays nothing.
			for i := range 2 {
				if _, err := SweepTreasury(ctx, e.c, e.d, e.stranger); err != nil {
					t.Fatalf("sweep %d: %v", i, err)
				}
				checkDelta(t, "treasury after sweep", r0, e.balance(t, treasury), owed)
				checkDelta(t, "settlement after sweep", s0, e.balance(t, e.d.Settlement), paid)
				if got, err := TreasuryOwed(ctx, e.c, e.d); err != nil || got.Sign() != 0 {
					t.Fatalf("treasuryOwed after sweep %d: %v, %v", i, got, err)
				}
			}
			if got, want := e.root(t, 1), ClaimRoot(NewMerkleTree(ep.Contributors, ep.Payouts).Root(), ScoresHash(ep.Commitment, ep.Records)); got != want {
				t.Fatalf("claim root %x, want %x", got, want)
			}
			es, err := ReadEpoch(ctx, e.c, e.d, 1)
			if err != nil || es.Status != "settled" || es.Poster != poster || es.Paid.Cmp(paid) != 0 ||
				es.ClaimableAt != es.SettledAt+e.params.ChallengeWindow || es.ClaimableAt != res.ClaimableAt || es.Root != ClaimRoot(NewMerkleTree(ep.Contributors, ep.Payouts).Root(), ScoresHash(ep.Commitment, ep.Records)) {
				t.Fatalf("epoch state %+v, %v (posted %+v)", es, err, res)
			}
			// Claims wait for the challenge window.
			_, err = Claim(ctx, e.c, e.d, e.stranger, 1, 0, ep.Contributors, ep.Payouts)
			if revertName(err) != "ChallengeWindowOpen" {
				t.Fatalf("claim inside the window: %v, want ChallengeWindowOpen", err)
			}
			e.advance(t, e.params.Window())
			e.tamperedClaims(t, ep)
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
			e.post(t, first)
			ep := splitEpoch(rng, 6, 5, fee)
			e.prove(t, ep)
			// broke has the minimum stake bonded and no other OPEN.
			broke := newKey(t)
			fundETH(t, e, Address(broke))
			e.fundOPEN(t, Address(broke), e.params.MinStake)
			if _, err := Stake(ctx, e.c, e.d, broke, e.params.MinStake); err != nil {
				t.Fatal(err)
			}
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
				// A total fee whose data share differs from the proven one.
				{"wrong-fee", e.poster, func(x *Epoch) { x.TotalFee = new(big.Int).Add(x.TotalFee, big.NewInt(10)) }, "InvalidProof"},
				{"wrong-commitment", e.poster, func(x *Epoch) { x.Commitment = new(big.Int).Add(x.Commitment, big.NewInt(1)) }, "InvalidProof"},
				{"payouts-exceed-fee", e.poster, func(x *Epoch) { x.TotalFee = big.NewInt(1) }, "PayoutsExceedFee"},
				{"fee-2^96", e.poster, func(x *Epoch) { x.TotalFee = new(big.Int).Lsh(big.NewInt(1), 96) }, "FeeOutOfRange"},
				{"replayed-epoch", e.poster, func(x *Epoch) { *x = *cloneEpoch(first) }, "EpochAlreadySettled"},
				{"older-epoch", e.poster, func(x *Epoch) { x.Epoch = 4 }, "WrongEpoch"},
				{"unstaked-poster", e.stranger, func(*Epoch) {}, "InsufficientStake"},
				{"unfunded-fee", broke, func(*Epoch) {}, "ERC20InsufficientBalance"},
			}
			watch := []common.Address{Address(e.poster), Address(broke), treasury, e.d.Settlement}
			for _, tc := range cases {
				t.Run("case="+tc.name, func(t *testing.T) {
					x := cloneEpoch(ep)
					tc.change(x)
					before := make([]*big.Int, len(watch))
					for i, a := range watch {
						before[i] = e.balance(t, a)
					}
					rootBefore := e.root(t, x.Epoch)
					_, err := e.settleRaw(t, tc.key, x)
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
			// Post refuses, before sending, a split its fee rule does not make, and an epoch
			// without a total fee.
			x := cloneEpoch(ep)
			x.TotalFee = new(big.Int).Add(x.TotalFee, big.NewInt(10))
			if _, err := Post(ctx, e.c, e.d, e.poster, x); !errors.Is(err, ErrFeeRule) {
				t.Fatalf("post with another fee split: %v, want ErrFeeRule", err)
			}
			x.TotalFee = nil
			if _, err := Post(ctx, e.c, e.d, e.poster, x); !errors.Is(err, ErrInput) {
				t.Fatalf("post without a total fee: %v, want ErrInput", err)
			}
			// The untouched epoch still settles after all the rejections.
			if _, err := Post(ctx, e.c, e.d, e.poster, ep); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// fundOPEN sends amount OPEN from the owner to a.
func (e *env) fundOPEN(t testing.TB, a common.Address, amount *big.Int) {
	t.Helper()
	open := bindings.NewOPEN()
	if _, err := e.c.transact(context.Background(), "fund", open.Instance(e.c.Client, e.d.Token), e.owner, open.PackTransfer(a, amount)); err != nil {
		t.Fatal(err)
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
	for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 33, 64, 100, 257} {
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

// tamperedClaims checks that claim proofs other than the payout path followed by the
// epoch's scores hash are rejected (InvalidClaim) for leaf 1 of a settled epoch 1.
func (e *env) tamperedClaims(t *testing.T, ep *Epoch) {
	t.Helper()
	tree := NewMerkleTree(ep.Contributors, ep.Payouts)
	sh := ScoresHash(ep.Commitment, ep.Records)
	other := ScoresHash(new(big.Int).Add(ep.Commitment, big.NewInt(1)), ep.Records)
	path := tree.Proof(1)
	cases := map[string][][32]byte{
		"payout path alone":          path,
		"another commitment's hash":  tree.ClaimProof(1, other),
		"scores hash then zero":      append(tree.ClaimProof(1, sh), [32]byte{}),
		"no proof":                   nil,
		"scores hash without a path": {sh},
	}
	st := bindings.NewSettlement()
	for name, proof := range cases {
		_, err := e.c.transact(context.Background(), "claim "+name, st.Instance(e.c.Client, e.d.Settlement), e.stranger,
			st.PackClaim(1, big.NewInt(1), ep.Contributors[1], ep.Payouts[1], proof))
		if revertName(err) != "InvalidClaim" {
			t.Fatalf("claim with %s: %v, want InvalidClaim", name, err)
		}
	}
}
