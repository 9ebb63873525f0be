package contracts

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"poa/prover"
)

// TestRealSplitProofSettles proves a reward split with the prover package's deterministic
// development keys (size 8), posts it to a Settlement wired to the committed exported
// verifier Groth16SplitVerifier8, and checks the payouts; a changed payout is rejected.
func TestRealSplitProofSettles(t *testing.T) {
	if testing.Short() {
		t.Skip("RewardSplit setup and proof: run without -short")
	}
	for _, tc := range []struct {
		pb       prover.Backend
		b        Backend
		verifier string
	}{
		{prover.Groth16, Groth16, "Groth16SplitVerifier8"},
		{prover.Plonk, Plonk, "PlonkSplitVerifier8"},
	} {
		t.Run("backend="+tc.b.String(), func(t *testing.T) { realSplit(t, tc.pb, tc.b, tc.verifier) })
	}
}

func realSplit(t *testing.T, pb prover.Backend, want Backend, verifier string) {
	ctx := context.Background()
	k, err := prover.Setup(ctx, pb, 8, prover.WithDevBeacon(prover.DevBeacon))
	if err != nil {
		t.Fatal(err)
	}
	if k.VerifierName() != verifier {
		t.Fatalf("keys export %s, want %s", k.VerifierName(), verifier)
	}
	in := prover.Input{Epoch: 1, Fee: new(big.Int).Add(OPENUnits(800), big.NewInt(7))}
	for i, s := range []uint64{3_000_000, 1_500_000, 250_001, 7} {
		in.Contributors = append(in.Contributors, common.BigToAddress(big.NewInt(int64(0xA11CE0+i))))
		in.Scores = append(in.Scores, s)
	}
	st, err := prover.NewStatement(in)
	if err != nil {
		t.Fatal(err)
	}
	p, err := prover.Prove(ctx, k, st)
	if err != nil {
		t.Fatal(err)
	}
	ep := EpochOf(p)
	if BackendOf(p.Backend) != want {
		t.Fatalf("backend %v", p.Backend)
	}

	e := newEnv(t, want)
	v := Verifiers()[verifier]
	if v.Bytecode == nil {
		t.Fatalf("%s not compiled in", verifier)
	}
	// The proof opens the data fee; with the fee rule 0/0/10000 the total fee is the data fee.
	params := DefaultParams()
	params.OwnerBps, params.ProtocolBps, params.DataBps = 0, 0, 10000
	d, err := Deploy(ctx, e.c, DeployConfig{Owner: e.owner, Verifier: v, Posters: []*ecdsa.PrivateKey{e.poster},
		Recipient: e.d.Recipient, FundPosters: OPENUnits(10_000), Params: &params})
	if err != nil {
		t.Fatal(err)
	}
	e.d = d
	ep.TotalFee = ep.DataFee
	bad := cloneEpoch(ep)
	bad.Payouts[0] = new(big.Int).Add(bad.Payouts[0], big.NewInt(1))
	bad.Payouts[1] = new(big.Int).Sub(bad.Payouts[1], big.NewInt(1))
	if _, err := Post(ctx, e.c, d, e.poster, bad); revertName(err) != "InvalidProof" {
		t.Fatalf("changed payout: %v, want InvalidProof", err)
	}
	r0 := e.balance(t, d.Recipient)
	res, err := Post(ctx, e.c, d, e.poster, ep)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("real %s split proof (size 8, %d contributors): settle gas %d", want, len(ep.Payouts), res.Settle.GasUsed)
	checkDelta(t, "remainder recipient", r0, e.balance(t, d.Recipient), st.Remainder)
	e.advance(t, params.Window())
	for i := range ep.Contributors {
		if _, err := Claim(ctx, e.c, d, e.stranger, 1, i, ep.Contributors, ep.Payouts); err != nil {
			t.Fatal(err)
		}
		if got := e.balance(t, ep.Contributors[i]); got.Cmp(st.Payouts[i]) != 0 {
			t.Fatalf("contributor %d: %v, want %v", i, got, st.Payouts[i])
		}
	}
}
