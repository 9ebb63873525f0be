package settlement

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"poa/store"
)

// TestPhaseNames: each phase's name is the settle job phase of docs/api.md, written
// out here; the zero and an unknown phase have none.
func TestPhaseNames(t *testing.T) {
	for p, want := range map[Phase]string{PhaseClosing: "closing", PhaseProvingSplit: "proving_split",
		PhaseProvingAttributed: "proving_attributed", PhaseAttesting: "attesting", PhasePosting: "posting",
		PhaseConfirming: "confirming", 0: "", PhaseConfirming + 1: "", -1: ""} {
		if got := p.String(); got != want {
			t.Errorf("phase %d: %q, want %q", int(p), got, want)
		}
	}
}

// stepLog records the typed steps reported on a context and the words Options.Step
// is told.
type stepLog struct {
	typed []Step
	words []string
}

func (l *stepLog) ctx(parent context.Context) context.Context {
	return WithStepReporter(parent, func(s Step) { l.typed = append(l.typed, s) })
}

func (l *stepLog) options(o Options) Options {
	o.Step = func(s string) { l.words = append(l.words, s) }
	return o
}

// phases lists the steps as "phase/epoch".
func (l *stepLog) phases() []string {
	var out []string
	for _, s := range l.typed {
		out = append(out, fmt.Sprintf("%s/%d", s.Phase, s.Epoch))
	}
	return out
}

// check: the steps are want, and Options.Step was told each typed step's words, in order.
func (l *stepLog) check(t *testing.T, what string, want ...string) {
	t.Helper()
	if got := l.phases(); !slices.Equal(got, want) {
		t.Errorf("%s: steps %v, want %v", what, got, want)
	}
	var words []string
	for _, s := range l.typed {
		words = append(words, s.Detail)
	}
	if !slices.Equal(words, l.words) {
		t.Errorf("%s: Options.Step told %q, the typed steps say %q", what, l.words, words)
	}
}

// TestSettleSteps: Settle and Resume report each step typed, with the phase and
// epoch it concerns, on the context's reporter, and the same steps in words to
// Options.Step: a fused epoch is closed, its split proven, its records attested and
// posted; a posted epoch that was not confirmed is only confirmed on resume; a proven
// epoch is proven with the attributed split instead. The attester's own per-record
// steps (ReportStep) reach the same reporter.
func TestSettleSteps(t *testing.T) {
	s := memStore(t)
	tg := chainTarget(t, s)
	file(t, s, record("1000", addrA, uint64(3), addrB, uint64(1)))
	var l stepLog
	o := l.options(Options{Keys: devKeys(t), Attest: func(ctx context.Context, _ Target, e *Epoch) error {
		for i, id := range e.Records {
			ReportStep(ctx, Step{Phase: PhaseAttesting, Epoch: e.Epoch, Done: i, Total: len(e.Records), Record: id, Detail: "record " + id})
			l.words = append(l.words, "record "+id) // what the attester tells its own Step
		}
		return nil
	}})
	if _, err := Settle(l.ctx(t.Context()), s, tg, o); err != nil {
		t.Fatal(err)
	}
	l.check(t, "fused settle", "closing/1", "proving_split/1", "attesting/1", "attesting/1", "posting/1")
	if r := l.typed[3]; r.Record == "" || r.Done != 0 || r.Total != 1 {
		t.Errorf("the attester's record step %+v", r)
	}

	// Posted, not confirmed: resume only confirms.
	e, err := LoadEpoch(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	e.Status = Posted
	if err := s.Put(store.KindEpoch, epochKey(1), e); err != nil {
		t.Fatal(err)
	}
	l = stepLog{}
	if _, err := Resume(l.ctx(t.Context()), s, tg, l.options(Options{Keys: devKeys(t)})); err != nil {
		t.Fatal(err)
	}
	l.check(t, "resume of a posted epoch", "confirming/1")

	// A proven epoch.
	s2 := memStore(t)
	tg2 := chainTarget(t, s2)
	file(t, s2, record("5000", addr(1), uint64(2), addr(2), uint64(5)))
	l = stepLog{}
	if _, err := Settle(l.ctx(t.Context()), s2, tg2, l.options(provenOptions(t, s2, tg2))); err != nil {
		t.Fatal(err)
	}
	l.check(t, "proven settle", "closing/1", "proving_attributed/1", "attesting/1", "posting/1")
}
