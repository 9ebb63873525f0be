package contracts

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/devnode"
	"poa/contracts/fixture"
)

func startDevNode(t *testing.T, faucet common.Address) string {
	t.Helper()
	n, err := devnode.Start(faucet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n.URL
}

// TestDevNodeRPC deploys, settles and claims over JSON-RPC against a dev node, with the
// key read from a key file and the chain id checked.
func TestDevNodeRPC(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev node (~10 s); run without -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key := newKey(t)
	url := startDevNode(t, Address(key))
	keyFile := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Dial(ctx, url, big.NewInt(1612)); !errors.Is(err, ErrChainID) {
		t.Fatalf("dial with wrong chain id: %v, want ErrChainID", err)
	}
	c, err := Dial(ctx, url, big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	k, err := LoadKey(keyFile, "", "")
	if err != nil {
		t.Fatal(err)
	}
	// A dev node's clock cannot be moved: claims open at once (challenge window 0).
	devParams := DefaultParams()
	devParams.ChallengeWindow = 0
	d, err := Deploy(ctx, c, DeployConfig{Owner: k, Verifier: Verifiers()["FixtureGroth16Verifier"], Posters: []*ecdsa.PrivateKey{k}, Params: &devParams})
	if err != nil {
		t.Fatal(err)
	}
	p, err := fixture.Groth16()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{c: c, d: d, owner: k, poster: k, prover: p}
	ep := splitEpoch(rand.New(rand.NewPCG(8, 8)), 1, 3, OPENUnits(10))
	e.prove(t, ep)
	if _, err := Post(ctx, c, d, k, ep); err != nil {
		t.Fatal(err)
	}
	if _, err := Post(ctx, c, d, k, ep); revertName(err) != "EpochAlreadySettled" {
		t.Fatalf("replay over RPC: %v", err)
	}
	if _, err := Claim(ctx, c, d, k, 1, 2, ep.Contributors, ep.Payouts); err != nil {
		t.Fatal(err)
	}
	if got := e.balance(t, ep.Contributors[2]); got.Cmp(ep.Payouts[2]) != 0 {
		t.Fatalf("claimed %v, want %v", got, ep.Payouts[2])
	}
	st, err := ReadStatus(ctx, c, d)
	if err != nil {
		t.Fatal(err)
	}
	if st.LastEpoch != 1 || len(st.Settlements) != 1 {
		t.Fatalf("status %+v", st)
	}
}
