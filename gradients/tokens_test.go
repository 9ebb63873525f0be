package gradients

import (
	"context"
	"fmt"
	"math"
	"testing"

	"poa/inference"
)

// TestTokenSketchesEqualReference checks the shared-forward, prefix-only backward
// against TokenSketchesReference (a full forward and backward per token), across
// adapters, sketched targets, prompt lengths and chunkings.
func TestTokenSketchesEqualReference(t *testing.T) {
	m := model32(21)
	for _, tc := range []struct {
		name           string
		ad             *inference.Adapter[float32]
		targets        []string
		prompt, output []int
		batch          int
	}{
		{"base/all", nil, inference.TargetNames[:], []int{1, 2, 3}, []int{4, 5, 6, 7, 8}, 0},
		{"mlp/one-token-prompt", adapter32(t, "mlp", 22), nil, []int{9}, []int{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, 0},
		{"all/batch=2", adapter32(t, "all", 23), nil, []int{3, 1, 4, 1, 5}, []int{9, 2, 6, 5, 3, 5, 7}, 2},
		{"all/batch=1", adapter32(t, "all", 24), nil, []int{2, 7}, []int{1, 8, 2, 8}, 1},
		{"attn/full-context", adapter32(t, "attn", 25), nil, []int{1, 2, 3, 4, 5, 6}, []int{7, 8, 9, 10, 11, 12}, 0},
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			targets := tc.targets
			if tc.ad != nil {
				targets = tc.ad.Cfg.Targets
			}
			proj, err := NewProjector(checkCfg, targets, 3, 4, 26)
			if err != nil {
				t.Fatal(err)
			}
			var calls []int
			opts := &Options{BatchSize: tc.batch, Progress: func(done, total int) { calls = append(calls, done) }}
			got, gl, err := TokenSketches(context.Background(), m, tc.ad, tc.prompt, tc.output, proj, opts)
			if err != nil {
				t.Fatal(err)
			}
			want, wl, err := TokenSketchesReference(context.Background(), m, tc.ad, tc.prompt, tc.output, proj, &Options{BatchSize: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.output) || len(gl) != len(tc.output) {
				t.Fatalf("%d sketches, %d losses for %d tokens", len(got), len(gl), len(tc.output))
			}
			for j := range tc.output {
				near(t, fmt.Sprintf("token %d sketch", j), got[j], want[j], 1e-4)
				if math.Abs(float64(gl[j]-wl[j])) > 1e-5 {
					t.Fatalf("token %d loss %g, reference %g", j, gl[j], wl[j])
				}
			}
			if len(calls) == 0 || calls[len(calls)-1] != len(tc.output) {
				t.Fatalf("progress %v", calls)
			}
		})
	}
}

func TestTokenSketchesErrors(t *testing.T) {
	m := model32(27)
	proj, _ := NewProjector(checkCfg, []string{"mlp.c_fc"}, 2, 2, 1)
	ctx := context.Background()
	if _, _, err := TokenSketches(ctx, m, nil, nil, []int{1}, proj, nil); err == nil {
		t.Fatal("no error without a prompt")
	}
	long := make([]int, checkCfg.NPositions)
	if _, _, err := TokenSketches(ctx, m, nil, []int{1}, long, proj, nil); err == nil {
		t.Fatal("no error past the context")
	}
	other := checkCfg
	other.NEmbd = 4
	p2, _ := NewProjector(other, []string{"mlp.c_fc"}, 2, 2, 1)
	if _, _, err := TokenSketches(ctx, m, nil, []int{1}, []int{2}, p2, nil); err == nil {
		t.Fatal("no error for a projector of another model")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := TokenSketches(cctx, m, nil, []int{1}, []int{2}, proj, nil); err == nil {
		t.Fatal("no error for a cancelled context")
	}
}

// TestQueryAndTokenSketchesEqualSeparate checks that the shared forward changes no
// bit: the query sketch and loss equal QuerySketch's and the token sketches and losses
// TokenSketches', exactly (an attribution record built from either is the same).
func TestQueryAndTokenSketchesEqualSeparate(t *testing.T) {
	m := model32(31)
	ctx := context.Background()
	for _, tc := range []struct {
		name           string
		ad             *inference.Adapter[float32]
		prompt, output []int
		batch          int
	}{
		{"base", nil, []int{1, 2, 3}, []int{4, 5, 6, 7, 8}, 0},
		{"mlp/one-token-prompt", adapter32(t, "mlp", 32), []int{9}, []int{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, 0},
		{"all/batch=2", adapter32(t, "all", 33), []int{3, 1, 4, 1, 5}, []int{9, 2, 6, 5, 3, 5, 7}, 2},
		{"attn/one-token-output", adapter32(t, "attn", 34), []int{1, 2, 3, 4, 5, 6}, []int{7}, 0},
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			targets := inference.TargetNames[:]
			if tc.ad != nil {
				targets = tc.ad.Cfg.Targets
			}
			proj, err := NewProjector(checkCfg, targets, 3, 4, 35)
			if err != nil {
				t.Fatal(err)
			}
			opts := &Options{BatchSize: tc.batch}
			q, ql, tok, tl, err := QueryAndTokenSketches(ctx, m, tc.ad, tc.prompt, tc.output, proj, opts)
			if err != nil {
				t.Fatal(err)
			}
			wq, wql, err := QuerySketch(m, tc.ad, tc.prompt, tc.output, proj)
			if err != nil {
				t.Fatal(err)
			}
			wtok, wtl, err := TokenSketches(ctx, m, tc.ad, tc.prompt, tc.output, proj, opts)
			if err != nil {
				t.Fatal(err)
			}
			same := func(what string, got, want []float32) {
				t.Helper()
				if len(got) != len(want) {
					t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
				}
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("%s[%d] = %g, want %g (bit for bit)", what, i, got[i], want[i])
					}
				}
			}
			same("query sketch", q, wq)
			same("query loss", []float32{ql}, []float32{wql})
			if len(tok) != len(wtok) {
				t.Fatalf("%d token sketches, want %d", len(tok), len(wtok))
			}
			for j := range wtok {
				same(fmt.Sprintf("token %d sketch", j), tok[j], wtok[j])
			}
			same("token losses", tl, wtl)
		})
	}
	// The errors of the two calls.
	proj, _ := NewProjector(checkCfg, []string{"mlp.c_fc"}, 2, 2, 1)
	if _, _, _, _, err := QueryAndTokenSketches(ctx, m, nil, nil, []int{1}, proj, nil); err == nil {
		t.Fatal("no error without a prompt")
	}
	if _, _, _, _, err := QueryAndTokenSketches(ctx, m, nil, []int{1}, make([]int, checkCfg.NPositions), proj, nil); err == nil {
		t.Fatal("no error past the context")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, _, _, err := QueryAndTokenSketches(cctx, m, nil, []int{1}, []int{2}, proj, nil); err == nil {
		t.Fatal("no error for a cancelled context")
	}
}
