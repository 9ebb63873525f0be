package contracts

import (
	"context"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestClaimBitsAcrossStores settles an epoch of 345 contributors, whose claim bits span
// all three places they live in (leaves 0–87 in the epoch record's spare bits, 88–343 in
// the first unclaimed word, 344 in the second), claims a leaf at each edge and checks
// isClaimed of every leaf against the set claimed so far (the truth), and that a second
// claim of each reverts with AlreadyClaimed and pays nothing.
func TestClaimBitsAcrossStores(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(7, 88))
	const n = 345
	ep := splitEpoch(rng, 1, n, new(big.Int).Mul(big.NewInt(1_000_000), oneOPEN()))
	e.post(t, ep)
	e.advance(t, e.params.Window())
	claimed := map[int]bool{}
	check := func(when string) {
		t.Helper()
		for i := range n + 3 {
			got, err := IsClaimed(ctx, e.c, e.d, 1, i)
			if err != nil {
				t.Fatal(err)
			}
			if i < n && got != claimed[i] {
				t.Fatalf("%s: isClaimed(%d) = %v, want %v", when, i, got, claimed[i])
			}
		}
	}
	check("before any claim")
	for _, i := range []int{0, 87, 88, 89, 343, 344, 1} {
		if _, err := Claim(ctx, e.c, e.d, e.stranger, 1, i, ep.Contributors, ep.Payouts); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		claimed[i] = true
		if got := e.balance(t, ep.Contributors[i]); got.Cmp(ep.Payouts[i]) != 0 {
			t.Fatalf("contributor %d got %v, want %v", i, got, ep.Payouts[i])
		}
		check("after claiming " + strconv.Itoa(i))
		if _, err := Claim(ctx, e.c, e.d, e.stranger, 1, i, ep.Contributors, ep.Payouts); revertName(err) != "AlreadyClaimed" {
			t.Fatalf("second claim of %d: %v, want AlreadyClaimed", i, err)
		}
		if got := e.balance(t, ep.Contributors[i]); got.Cmp(ep.Payouts[i]) != 0 {
			t.Fatalf("second claim of %d changed the balance to %v", i, got)
		}
	}
}
