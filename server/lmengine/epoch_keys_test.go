package lmengine_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/node"
	"poa/prover"
	"poa/server/lmengine"
	"poa/store"
)

// TestPrepareScoreKeys: the background preparation saves the development score keys
// of a shape in a fresh data directory, where a record's proof loads them: they are the
// committed verifier's keys (their exported verifier is the committed Solidity, byte
// for byte), and a second preparation finds them and sets up nothing. It uses the
// small test shape (seconds); poa serve prepares the demo's 64-row shapes (minutes).
func TestPrepareScoreKeys(t *testing.T) {
	st, err := store.Open(store.DefaultOptions(t.TempDir()).WithSyncWrites(false))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	shape := prover.TestScoreShape
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	p := lmengine.PrepareScoreKeys(ctx, st, []prover.ScoreShape{shape}, quiet)
	var reports int
	err = p.Wait(ctx, func(ready, total int, current string) {
		reports++
		if ready != 0 || total != 1 || current != shape.String() && current != "" {
			t.Errorf("waiting: %d of %d ready, setting up %q", ready, total, current)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	ready, total, current, took, perr := p.Status()
	t.Logf("score keys of %s ready in %s (%d reports while waiting)", shape, took, reports)
	if ready != 1 || total != 1 || current != "" || perr != nil {
		t.Fatalf("prepared: %d of %d, current %q, err %v", ready, total, current, perr)
	}
	dir, err := st.FilePath("keys", "score-"+shape.String())
	if err != nil {
		t.Fatal(err)
	}
	k, err := prover.LoadScoreKeys(ctx, dir, shape)
	if err != nil {
		t.Fatalf("prepared keys do not load: %v", err)
	}
	var sol bytes.Buffer
	if err := k.ExportSolidity(&sol); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "contracts", "solidity", "verifiers", prover.ScoreVerifierName(shape)+".sol"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sol.Bytes(), want) {
		t.Fatalf("the prepared keys' verifier is not the committed %s", prover.ScoreVerifierName(shape))
	}
	if setUp, err := node.PrepareScoreKeys(ctx, st, shape); setUp || err != nil {
		t.Fatalf("second preparation: set up %v, %v; want found", setUp, err)
	}
	// A nil preparation (none started) is ready at once; a stopped one ends with its cause.
	if err := (*lmengine.ScoreKeyPrep)(nil).Wait(ctx, nil); err != nil {
		t.Fatal(err)
	}
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	q := lmengine.PrepareScoreKeys(stopped, st, []prover.ScoreShape{shape}, quiet)
	<-q.Done()
	if _, _, _, _, err := q.Status(); err == nil || !strings.Contains(err.Error(), "stopped") {
		t.Fatalf("stopped preparation: %v", err)
	}
}
