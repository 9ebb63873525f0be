package main

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/influence"
	"poa/settlement"
	"poa/store"
)

// killPoints are where the soak kills poa -9: the marker a demo prints on stderr when
// the step starts, and how long after it the kill may land.
var killPoints = []struct {
	name, marker string
	within       time.Duration
}{
	{"close", "==> close epoch", 40 * time.Millisecond},
	{"prove", "==> prove the reward split", 400 * time.Millisecond},
	{"post", "==> post epoch", 400 * time.Millisecond},
	{"claim", "", 1500 * time.Millisecond}, // a poa claim process, killed after a random delay
}

// soakRun starts poa with args and kills it with SIGKILL at delay after the first stderr
// line containing marker ("" = after delay from the start). It reports whether the kill
// landed before the process finished on its own, and fails the test when the process
// failed without it.
//
// Whether the kill landed is read from the process's wait status (killed by SIGKILL after
// the timer sent it), not from the timer's goroutine: that goroutine can be descheduled
// between sending the signal and recording it, and a loaded machine did so, failing a
// killed run as "failed without being killed: signal: killed" (TestClaimAfterKills saw it).
func soakRun(t *testing.T, dir, marker string, delay time.Duration, args ...string) (killed bool) {
	t.Helper()
	cmd := exec.Command(poaBin, append([]string{"--data", dir}, args...)...)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var sent atomic.Bool // set before the signal goes out
	var timer *time.Timer
	arm := func() {
		timer = time.AfterFunc(delay, func() {
			sent.Store(true)
			cmd.Process.Signal(syscall.SIGKILL)
		})
	}
	if marker == "" {
		arm()
	}
	sc := bufio.NewScanner(errPipe)
	armed := marker == ""
	var tail []string // the last stderr lines, for a failure's message
	for sc.Scan() {
		if tail = append(tail, sc.Text()); len(tail) > 20 {
			tail = tail[1:]
		}
		if !armed && strings.Contains(sc.Text(), marker) {
			armed = true
			arm()
		}
	}
	err = cmd.Wait()
	if timer != nil {
		timer.Stop()
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL && sent.Load() {
		return true
	}
	if err != nil {
		t.Fatalf("poa %v failed without being killed: %v; its stderr ended:\n%s", args, err, strings.Join(tail, "\n"))
	}
	return false
}

// TestKillSoak kills poa -9 at random points of close, prove, post and claim over many
// quick-demo runs, then lets one clean run finish and checks exactly-once settlement:
// every closed epoch is settled on-chain exactly once with the store's payout root, no
// record is lost or billed twice, every payout is claimed at most once, and claimed
// plus claimable equals what the epochs paid. POA_SOAK_RUNS sets the number of runs
// (make soak: 200; the test suite: 6), POA_SOAK_SEED the random seed.
func TestKillSoak(t *testing.T) {
	runs := 6
	if v := os.Getenv("POA_SOAK_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			t.Fatalf("POA_SOAK_RUNS=%q", v)
		}
		runs = n
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("POA_SOAK_SEED"); v != "" {
		seed, _ = strconv.ParseUint(v, 10, 64)
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	dir := t.TempDir()
	mustPoa(t, dir, "demo", "--quick")
	addrs := demoContributors(t, dir)

	tried, hit := map[string]int{}, map[string]int{}
	t0 := time.Now()
	for i := range runs {
		kp := killPoints[rng.IntN(len(killPoints))]
		delay := time.Duration(rng.Int64N(int64(kp.within)))
		tried[kp.name]++
		args := []string{"demo", "--quick"}
		if kp.name == "claim" {
			args = []string{"claim", "--address", addrs[rng.IntN(len(addrs))]}
		}
		if soakRun(t, dir, kp.marker, delay, args...) {
			hit[kp.name]++
		}
		if testing.Verbose() && (i+1)%10 == 0 {
			t.Logf("%d/%d runs, %.0fs", i+1, runs, time.Since(t0).Seconds())
		}
	}
	// One clean run finishes whatever the kills left, then every contributor claims.
	mustPoa(t, dir, "demo", "--quick")
	mustPoa(t, dir, "chain", "advance", "25h") // past every epoch's challenge window
	for _, a := range demoContributors(t, dir) {
		mustPoa(t, dir, "claim", "--address", a)
	}
	rep := checkExactlyOnce(t, dir)
	rep.Runs, rep.Seed, rep.Tried, rep.Killed = runs, seed, tried, hit
	b, _ := json.Marshal(rep)
	t.Logf("soak: %s", b)
	if out := os.Getenv("POA_SOAK_REPORT"); out != "" {
		if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// soakReport is what the soak measured.
type soakReport struct {
	Runs     int            `json:"runs"`
	Seed     uint64         `json:"seed"`
	Tried    map[string]int `json:"kill_points_tried"`
	Killed   map[string]int `json:"kill_points_hit"`
	Epochs   int            `json:"epochs"`
	Resumed  int            `json:"epochs_recovered_from_chain"`
	Stranded int            `json:"epochs_stranded"`
	Records  int            `json:"records"`
	DataFees string         `json:"data_fees"`
	Paid     string         `json:"paid"`
	Claimed  string         `json:"claimed"`
	Held     string         `json:"held_for_claims"`
}

func demoContributors(t *testing.T, dir string) []string {
	t.Helper()
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seen := map[string]bool{}
	var out []string
	eps, err := settlement.Epochs(st)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range eps {
		for _, c := range e.Contributors {
			if !seen[c.Address] {
				seen[c.Address] = true
				out = append(out, c.Address)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("the demo settled no contributor")
	}
	return out
}

// checkExactlyOnce reads the store and the embedded chain and fails on any epoch not
// settled exactly once, any record lost or counted twice, any payout claimed twice or
// any OPEN unaccounted for.
func checkExactlyOnce(t *testing.T, dir string) soakReport {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	chain, _, err := contracts.OpenEmbedded(ctx, filepath.Join(dir, "chain"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	d, err := settlement.LoadDeployment(ctx, st, chain)
	if err != nil {
		t.Fatal(err)
	}
	stat, err := contracts.ReadStatus(ctx, chain, d)
	if err != nil {
		t.Fatal(err)
	}
	events := map[uint64][]contracts.SettledEpoch{}
	for _, e := range stat.Settlements {
		events[e.Epoch] = append(events[e.Epoch], e)
	}
	eps, err := settlement.Epochs(st)
	if err != nil {
		t.Fatal(err)
	}
	var rep soakReport
	rep.Epochs = len(eps)
	inEpoch := map[string]uint64{}
	dataFees, paid := new(big.Int), new(big.Int)
	payouts := map[[2]uint64]*big.Int{}
	for _, e := range eps {
		if e.Status != settlement.Confirmed {
			rep.Stranded++
			t.Errorf("epoch %d ends %s, not confirmed", e.Epoch, e.Status)
			continue
		}
		if e.Post.Recovered {
			rep.Resumed++
		}
		ev := events[e.Epoch]
		if len(ev) != 1 {
			t.Errorf("epoch %d has %d Settled events", e.Epoch, len(ev))
			continue
		}
		if ev[0].Root != e.Post.Root || ev[0].DataFee != e.DataFee || ev[0].TxHash != e.Post.Settle.TxHash {
			t.Errorf("epoch %d: chain %+v, store %+v", e.Epoch, ev[0], e.Post)
		}
		f, _ := new(big.Int).SetString(e.DataFee, 10)
		dataFees.Add(dataFees, f)
		p, _ := new(big.Int).SetString(ev[0].Paid, 10)
		paid.Add(paid, p)
		for i, c := range e.Contributors {
			v, _ := new(big.Int).SetString(c.Payout, 10)
			payouts[[2]uint64{e.Epoch, uint64(i)}] = v
		}
		for _, id := range e.Records {
			if prev, ok := inEpoch[id]; ok {
				t.Errorf("record %s is in epochs %d and %d", id, prev, e.Epoch)
			}
			inEpoch[id] = e.Epoch
		}
	}
	if len(events) != len(eps) {
		t.Errorf("%d epochs settled on-chain, %d in the store", len(events), len(eps))
	}
	open, err := settlement.OpenEpoch(st)
	if err != nil {
		t.Fatal(err)
	}
	fees := new(big.Int)
	err = settlement.Records(st, 0, func(r *influence.Record) error {
		rep.Records++
		f, _ := new(big.Int).SetString(r.Fee, 10)
		if r.Epoch == open.Epoch {
			return nil
		}
		fees.Add(fees, f)
		if inEpoch[r.ID] != r.Epoch {
			t.Errorf("record %s of epoch %d is not in that epoch's list", r.ID, r.Epoch)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records-open.Records != len(inEpoch) {
		t.Errorf("%d records, %d open, %d in closed epochs", rep.Records, open.Records, len(inEpoch))
	}
	var total big.Int
	for _, e := range eps {
		f, _ := new(big.Int).SetString(e.Fee, 10)
		total.Add(&total, f)
	}
	if total.Cmp(fees) != 0 {
		t.Errorf("epochs bill %v, their records' fees sum to %v", &total, fees)
	}
	// Claims: each leaf at most once, for its payout; claimed + held = paid.
	sb := bindings.NewSettlement()
	it, err := bind.FilterEvents(sb.Instance(chain.Client, d.Settlement), &bind.FilterOpts{Start: d.Block, Context: ctx}, sb.UnpackClaimedEvent)
	if err != nil {
		t.Fatal(err)
	}
	claimed := new(big.Int)
	seen := map[[2]uint64]bool{}
	for it.Next() {
		ev := it.Value()
		k := [2]uint64{ev.Epoch, ev.Index.Uint64()}
		if seen[k] {
			t.Errorf("epoch %d index %d claimed twice", k[0], k[1])
		}
		seen[k] = true
		if want := payouts[k]; want == nil || want.Cmp(ev.Amount) != 0 {
			t.Errorf("epoch %d index %d claimed %v, payout %v", k[0], k[1], ev.Amount, want)
		}
		claimed.Add(claimed, ev.Amount)
	}
	it.Close()
	held, _ := new(big.Int).SetString(stat.Held, 10)
	if new(big.Int).Add(claimed, held).Cmp(paid) != 0 {
		t.Errorf("claimed %v + held %v ≠ paid %v", claimed, held, paid)
	}
	if held.Sign() != 0 {
		t.Errorf("after every contributor claimed, the settlement still holds %v", held)
	}
	rep.DataFees, rep.Paid, rep.Claimed, rep.Held = dataFees.String(), paid.String(), claimed.String(), held.String()
	if rep.Stranded != 0 {
		t.Errorf("%d epochs stranded", rep.Stranded)
	}
	return rep
}
