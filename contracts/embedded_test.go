package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"poa/contracts/bindings"
)

func TestEmbeddedPersists(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, dev, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deploy(ctx, c, DeployConfig{Owner: dev.Owner, Verifier: Verifiers()["FixtureGroth16Verifier"],
		Posters: []*ecdsa.PrivateKey{dev.Poster}, FundPosters: OPENUnits(5)})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()

	// Append a torn write: it must be ignored.
	f, err := os.OpenFile(filepath.Join(dir, txLogFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("02f8")
	f.Close()

	replayed := 0
	c2, dev2, err := OpenEmbedded(ctx, dir, func(done, total int) { replayed = total })
	if err != nil {
		t.Fatal(err)
	}
	if Address(dev2.Poster) != Address(dev.Poster) || replayed == 0 {
		t.Fatalf("reopened with other keys or nothing replayed (%d)", replayed)
	}
	bal, err := BalanceOf(ctx, c2, d, Address(dev.Poster))
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(OPENUnits(5)) != 0 {
		t.Fatalf("poster balance after reopen %v, want %v", bal, OPENUnits(5))
	}
	if st, err := ReadStatus(ctx, c2, d); err != nil || st.Verifier != d.Verifier {
		t.Fatalf("status after reopen: %+v, %v", st, err)
	}
	// A transaction after the torn write starts a line of its own: the chain reopens
	// with it (the torn bytes used to glue onto it and make the log unreadable).
	open := bindings.NewOPEN()
	if _, err := c2.transact(ctx, "transfer", open.Instance(c2.Client, d.Token), dev2.Poster,
		open.PackTransfer(Address(dev2.Spare), big.NewInt(7))); err != nil {
		t.Fatal(err)
	}
	c2.Close()
	c3, dev3, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatalf("reopen after a write that followed a torn line: %v", err)
	}
	defer c3.Close()
	if bal, err := BalanceOf(ctx, c3, d, Address(dev3.Spare)); err != nil || bal.Int64() != 7 {
		t.Fatalf("spare balance %v (%v), want 7", bal, err)
	}
}

func TestEmbeddedCorruptLog(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := OpenEmbedded(context.Background(), dir, nil); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, txLogFile), []byte("zz-not-hex\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := OpenEmbedded(context.Background(), dir, nil); !errors.Is(err, ErrChainLog) {
		t.Fatalf("corrupt log: %v, want ErrChainLog", err)
	}
}

// The virtual clock: blocks are 1 s apart, AdvanceTime moves the clock, and a reopened
// chain replays transactions and advances to the very same timestamps.
func TestEmbeddedClockReplays(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, dev, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t0, err := c.Time(ctx)
	if err != nil || t0 != GenesisTime {
		t.Fatalf("genesis time %d, %v; want %d", t0, err, GenesisTime)
	}
	d, err := Deploy(ctx, c, DeployConfig{Owner: dev.Owner, Verifier: Verifiers()["FixtureGroth16Verifier"],
		Posters: []*ecdsa.PrivateKey{dev.Poster}, FundPosters: OPENUnits(5)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(ctx, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	open := bindings.NewOPEN()
	if _, err := c.transact(ctx, "transfer", open.Instance(c.Client, d.Token), dev.Poster,
		open.PackTransfer(Address(dev.Spare), big.NewInt(7))); err != nil {
		t.Fatal(err)
	}
	t1, _ := c.Time(ctx)
	n, _ := c.Client.BlockNumber(ctx)
	if t1 != GenesisTime+n+86400-1 {
		t.Fatalf("after %d blocks and a 1-day advance: time %d, want %d", n, t1, GenesisTime+n+86400-1)
	}
	if err := c.AdvanceTime(ctx, 0); !errors.Is(err, ErrInput) {
		t.Fatalf("advance 0: %v, want ErrInput", err)
	}
	c.Close()
	c2, _, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if t2, _ := c2.Time(ctx); t2 != t1 {
		t.Fatalf("replayed time %d, want %d", t2, t1)
	}
	if err := NewSimulated(nil).AdvanceTime(ctx, time.Second); err != nil {
		t.Fatalf("simulated chain without a log: %v", err)
	}
}

// A log that misses one of a sender's transactions cannot replay to the chain that wrote
// it: the sender's later transactions would wait forever for the missing nonce. The replay
// must say so, naming the entry, instead of opening a chain without them.
func TestEmbeddedReplayRefusesANonceGap(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, dev, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(c.ChainID)
	for nonce := range uint64(3) {
		tx := types.MustSignNewTx(dev.Spare, signer, &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce,
			GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e12), Gas: 21000, To: &[]common.Address{Address(dev.Owner)}[0], Value: big.NewInt(1)})
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := c.mined(ctx, "transfer", tx); err != nil {
			t.Fatal(err)
		}
	}
	c.Close()
	// The whole log replays.
	c2, _, err := OpenEmbedded(ctx, dir, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	c2.Close()
	// Without its second line, the third transaction (nonce 2) cannot be mined.
	path := filepath.Join(dir, txLogFile)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	if err := os.WriteFile(path, []byte(lines[0]+lines[2]), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err = OpenEmbedded(ctx, dir, nil)
	if !errors.Is(err, ErrChainLog) || !strings.Contains(err.Error(), "transaction 2 ") {
		t.Fatalf("replay of a log with a nonce gap: %v, want ErrChainLog at transaction 2", err)
	}
}
