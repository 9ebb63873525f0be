package settlement

import (
	"errors"
	"strings"
	"testing"
	"time"

	"poa/influence"
	"poa/store"
)

// TestCheckAggregate closes an epoch and recomputes it from its records; then changes,
// one at a time, a record's score, a record's fee, the epoch's commitment and a payout,
// and checks that each is caught (ErrRecompute) naming the field.
func TestCheckAggregate(t *testing.T) {
	s := memStore(t)
	r1 := file(t, s, record("1000", addrA, uint64(3), addrB, uint64(1)))
	file(t, s, record("2001", addrA, uint64(2), addrC, uint64(4)))
	file(t, s, record("0", addrC, uint64(50))) // unpaid: earns nothing
	if _, err := Close(s, DefaultFeeRule, time.Unix(0, 0)); err != nil {
		t.Fatal(err)
	}
	if err := CheckAggregate(s, 1); err != nil {
		t.Fatalf("honest epoch: %v", err)
	}
	restoreRecord := func(r *influence.Record) {
		if err := s.Put(store.KindAttribution, r.ID, r); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name, field string
		tamper      func() func()
	}{
		{"record score", "contributor", func() func() {
			c := *r1
			c.Contributors = append([]influence.ContributorScore(nil), r1.Contributors...)
			c.Contributors[0].Score++
			restoreRecord(&c)
			return func() { restoreRecord(r1) }
		}},
		{"record fee", "fee", func() func() {
			c := *r1
			c.Fee = "1001"
			restoreRecord(&c)
			return func() { restoreRecord(r1) }
		}},
		{"epoch commitment", "scores commitment", func() func() {
			ep, _ := LoadEpoch(s, 1)
			orig := *ep
			ep.Commitment = "1"
			if err := s.Put(store.KindEpoch, "1", ep); err != nil {
				t.Fatal(err)
			}
			return func() { s.Put(store.KindEpoch, "1", &orig) }
		}},
		{"epoch payout", "contributor", func() func() {
			ep, _ := LoadEpoch(s, 1)
			orig, _ := LoadEpoch(s, 1)
			ep.Contributors[0].Payout = "1"
			if err := s.Put(store.KindEpoch, "1", ep); err != nil {
				t.Fatal(err)
			}
			return func() { s.Put(store.KindEpoch, "1", orig) }
		}},
	}
	for _, c := range cases {
		undo := c.tamper()
		err := CheckAggregate(s, 1)
		undo()
		if !errors.Is(err, ErrRecompute) || !strings.Contains(err.Error(), c.field) {
			t.Fatalf("%s changed: %v, want ErrRecompute naming %q", c.name, err, c.field)
		}
		if err := CheckAggregate(s, 1); err != nil {
			t.Fatalf("after undoing %s: %v", c.name, err)
		}
	}
}
