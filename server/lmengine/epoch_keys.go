package lmengine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"poa/contracts"
	"poa/influence"
	"poa/node"
	"poa/prover"
	"poa/store"
)

// ScoreKeyPrep sets up, in the background, the score keys a settle will prove records
// with, so that the first settle job does not pay their set-up (minutes per committed
// 64-row shape on 2 cores). Settle jobs wait for it (Wait) before they start. A nil
// *ScoreKeyPrep is ready at once.
type ScoreKeyPrep struct {
	done chan struct{}

	mu        sync.Mutex
	shapes    []prover.ScoreShape
	ready     int    // shapes ready so far
	current   string // the shape being set up
	err       error
	took      time.Duration
	setUpKeys int // shapes that were set up (not found saved)
}

// PrepareScoreKeys starts setting up the development score keys of each shape that
// st's data directory lacks (node.PrepareScoreKeys), one after the other, logging
// each through log; it returns at once. ctx's end stops it between shapes (a set-up
// in progress runs to its end).
func PrepareScoreKeys(ctx context.Context, st *store.Store, shapes []prover.ScoreShape, log *slog.Logger) *ScoreKeyPrep {
	if log == nil {
		log = slog.Default()
	}
	p := &ScoreKeyPrep{done: make(chan struct{}), shapes: slices.Clone(shapes)}
	go func() {
		defer close(p.done)
		t0 := time.Now()
		for i, s := range shapes {
			if err := ctx.Err(); err != nil {
				p.finish(fmt.Errorf("score keys: stopped before shape %s: %w", s, err), t0)
				return
			}
			p.mu.Lock()
			p.current = s.String()
			p.mu.Unlock()
			ts := time.Now()
			setUp, err := node.PrepareScoreKeys(ctx, st, s)
			if err != nil {
				log.Warn("score keys not prepared: the first settle sets them up", "shape", s.String(), "err", err)
				p.finish(fmt.Errorf("score keys of shape %s: %w", s, err), t0)
				return
			}
			if setUp {
				log.Info("score keys set up", "shape", s.String(), "n", i+1, "of", len(shapes), "seconds", time.Since(ts).Seconds())
			}
			p.mu.Lock()
			p.ready++
			if setUp {
				p.setUpKeys++
			}
			p.mu.Unlock()
		}
		p.finish(nil, t0)
		p.mu.Lock()
		n := p.setUpKeys
		p.mu.Unlock()
		log.Info("score keys ready for settling", "shapes", len(shapes), "set_up", n, "seconds", time.Since(t0).Seconds())
	}()
	return p
}

func (p *ScoreKeyPrep) finish(err error, t0 time.Time) {
	p.mu.Lock()
	p.err, p.current, p.took = err, "", time.Since(t0)
	p.mu.Unlock()
}

// Done is closed when the preparation has ended, ready or not.
func (p *ScoreKeyPrep) Done() <-chan struct{} { return p.done }

// Status reports the shapes ready, all shapes, the shape being set up ("" when
// none), and once Done, the time it took and its error.
func (p *ScoreKeyPrep) Status() (ready, total int, current string, took time.Duration, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ready, len(p.shapes), p.current, p.took, p.err
}

// Wait blocks until the preparation has ended or ctx ends, calling report at once
// and about every second while it waits (when it has to). A preparation that failed
// is not an error here: the settle then sets up what it needs itself.
func (p *ScoreKeyPrep) Wait(ctx context.Context, report func(ready, total int, current string)) error {
	if p == nil {
		return nil
	}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-p.done:
			return nil
		default:
		}
		ready, total, current, _, _ := p.Status()
		if report != nil {
			report(ready, total, current)
		}
		select {
		case <-p.done:
			return nil
		case <-ctx.Done():
			return fmt.Errorf("waiting for the score keys (%d of %d ready): %w", ready, total, context.Cause(ctx))
		case <-tick.C:
		}
	}
}

// ScoreShapes are the score-proof shapes st's records are proven in by default: for
// each adapter with committed evidence (store.KindCommitment), the shape of a record
// with up to prover.MinScoreRows candidates and an output of up to
// prover.MinSpanOutLen tokens (node's proof of a record picks the same), kept when
// this build holds a compiled verifier for it (else attesting fails whatever the
// keys). Records with more candidates or longer outputs need larger shapes, set up
// when first proven.
func ScoreShapes(st *store.Store) ([]prover.ScoreShape, error) {
	var out []prover.ScoreShape
	verifiers := contracts.ScoreVerifiers()
	err := st.List(store.KindCommitment, "", func(key string, raw []byte) error {
		var c influence.Commitment
		if err := json.Unmarshal(raw, &c); err != nil {
			return fmt.Errorf("commitment record %s: %w", key, err)
		}
		s := prover.ScoreShapeRows(0, prover.MinScoreRows, c.K, c.Depth, prover.SpanShapeFor(0, c.Corpus.Depth))
		if _, ok := verifiers[prover.ScoreVerifierName(s)]; ok && !slices.Contains(out, s) {
			out = append(out, s)
		}
		return nil
	})
	if errors.Is(err, store.ErrNotFound) {
		err = nil
	}
	return out, err
}
