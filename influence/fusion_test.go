package influence

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestLargestRemainder(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(11, 11))
	for trial := range 200 {
		n := 1 + rng.IntN(50)
		sh := make([]float64, n)
		for i := range sh {
			if rng.IntN(4) > 0 {
				sh[i] = rng.Float64() * math.Pow(10, float64(rng.IntN(12)-6))
			}
		}
		if trial == 0 {
			sh = []float64{1, 1, 1}
		}
		out := LargestRemainder(sh, ScoreScale)
		var sum, tot uint64
		var ws float64
		for _, s := range sh {
			ws += s
		}
		for i, v := range out {
			sum += v
			if ws > 0 {
				exact := ScoreScale * sh[i] / ws
				if math.Abs(float64(v)-exact) > 1 {
					t.Fatalf("trial %d: share %d gets %d, exact %g", trial, i, v, exact)
				}
			}
		}
		tot = ScoreScale
		if ws == 0 {
			tot = 0
		}
		if sum != tot {
			t.Fatalf("trial %d: sum %d, want %d", trial, sum, tot)
		}
		if trial == 0 && !reflect.DeepEqual(out, []uint64{333334, 333333, 333333}) {
			t.Fatalf("thirds: %v (ties go to the smaller index)", out)
		}
	}
}

func owners(m map[string]string) Owners {
	return func(dn, id string) (string, error) {
		a, ok := m[dn+"/"+id]
		if !ok {
			return "", fmt.Errorf("%s/%s: %w", dn, id, ErrUnknownPoint)
		}
		return a, nil
	}
}

var testOwners = owners(map[string]string{"d/a": "0x1", "d/b": "0x1", "d/c": "0x3", "e/d": "0x2"})

func TestFuseByHand(t *testing.T) {
	t.Parallel()
	grad := []GradientScore{{"d", "a", 3}, {"d", "b", 1}, {"d", "c", -2}}
	spans := []Span{{"d", "a", 0, 4, 4, 2}, {"e", "d", 5, 7, 2, 1}}
	for _, tc := range []struct {
		name     string
		grad     []GradientScore
		spans    []Span
		points   map[string]uint64
		contribs []ContributorScore
	}{
		// g: a 3/4, b 1/4; h: a (4/2)/4 = 1/2, d (2/1)/4 = 1/2; f = (g+h)/2.
		{"both", grad, spans, map[string]uint64{"a": 625000, "b": 125000, "d": 250000},
			[]ContributorScore{{"0x1", 750000}, {"0x2", 250000}}},
		{"gradient-only", grad, nil, map[string]uint64{"a": 750000, "b": 250000},
			[]ContributorScore{{"0x1", 1000000}}},
		{"spans-only", nil, spans, map[string]uint64{"a": 500000, "d": 500000},
			[]ContributorScore{{"0x1", 500000}, {"0x2", 500000}}},
		{"opponents-only", []GradientScore{{"d", "c", -1}}, nil, map[string]uint64{}, []ContributorScore{}},
		{"none", nil, nil, map[string]uint64{}, []ContributorScore{}},
	} {
		t.Run("evidence="+tc.name, func(t *testing.T) {
			pts, cs, err := Fuse(tc.grad, tc.spans, DefaultFusion, testOwners)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]uint64{}
			for _, p := range pts {
				got[p.ID] = p.Score
			}
			if !reflect.DeepEqual(got, tc.points) {
				t.Fatalf("points %v, want %v", got, tc.points)
			}
			if len(cs) == 0 {
				cs = []ContributorScore{}
			}
			if !reflect.DeepEqual(cs, tc.contribs) {
				t.Fatalf("contributors %v, want %v", cs, tc.contribs)
			}
			for i := 1; i < len(pts); i++ {
				if pts[i].Score > pts[i-1].Score {
					t.Fatal("points not sorted by score")
				}
			}
		})
	}
}

func TestFuseBadInput(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		grad  []GradientScore
		spans []Span
		p     FusionParams
		want  error
	}{
		{"nan", []GradientScore{{"d", "a", math.NaN()}}, nil, DefaultFusion, ErrBadInput},
		{"dup", []GradientScore{{"d", "a", 1}, {"d", "a", 2}}, nil, DefaultFusion, ErrBadInput},
		{"span-count", nil, []Span{{"d", "a", 0, 2, 2, 0}}, DefaultFusion, ErrBadInput},
		{"span-length", nil, []Span{{"d", "a", 0, 3, 2, 1}}, DefaultFusion, ErrBadInput},
		{"alpha", nil, nil, FusionParams{GradientWeight: 2}, ErrBadInput},
		{"owner", []GradientScore{{"x", "zz", 1}}, nil, DefaultFusion, ErrUnknownPoint},
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			if _, _, err := Fuse(tc.grad, tc.spans, tc.p, testOwners); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestRecordRoundTripRecompute(t *testing.T) {
	t.Parallel()
	ev := Evidence{Gradient: []GradientScore{{"d", "a", 3}, {"d", "b", 1}}, Spans: []Span{{"e", "d", 1, 3, 2, 1}}}
	pts, cs, err := Fuse(ev.Gradient, ev.Spans, DefaultFusion, testOwners)
	if err != nil {
		t.Fatal(err)
	}
	r := &Record{ID: "1", Model: "m", ModelHash: "aa", Prompt: "p", Output: "o", Method: "influence+" + FusionMethod,
		Fusion: DefaultFusion, Evidence: ev, Datapoints: pts, Contributors: cs, Fee: "1000000000000000000"}
	r.ContentHash = r.ComputeContentHash()
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Record
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Recompute(testOwners); err != nil {
		t.Fatalf("recompute a decoded record: %v", err)
	}
	if back.ComputeContentHash() != r.ContentHash || len(r.ContentHash) != 32 {
		t.Fatal("content hash changes after a round trip")
	}
	// The hash ignores the billing fields: the same inference billed twice hashes the same.
	back.ID, back.Epoch, back.Fee = "2", 9, "5"
	if back.ComputeContentHash() != r.ContentHash {
		t.Fatal("content hash depends on id, epoch or fee")
	}
	back.Datapoints[0].Score++
	if err := back.Recompute(testOwners); !errors.Is(err, ErrBadInput) {
		t.Fatalf("tampered record recomputed: %v", err)
	}
}
