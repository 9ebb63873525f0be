package settlement

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/influence"
	"poa/store"
)

func memStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(store.DefaultOptions(t.TempDir()).WithInMemory(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// record is an attribution record with the given fee and (address, score) rows.
func record(fee string, rows ...any) *influence.Record {
	r := &influence.Record{Fee: fee, Model: "m", Prompt: "p", Output: "o"}
	for i := 0; i < len(rows); i += 2 {
		r.Contributors = append(r.Contributors, influence.ContributorScore{Address: rows[i].(string), Score: rows[i+1].(uint64)})
	}
	return r
}

func file(t *testing.T, s *store.Store, r *influence.Record) *influence.Record {
	t.Helper()
	got, _, err := File(s, r, "")
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// putRaw stores a record as an older or foreign writer might have, bypassing File.
func putRaw(t *testing.T, s *store.Store, id string, epoch uint64, fee string, rows ...any) {
	t.Helper()
	r := record(fee, rows...)
	r.ID, r.Epoch = id, epoch
	if err := s.Put(store.KindAttribution, id, r); err != nil {
		t.Fatal(err)
	}
}

const (
	addrA = "0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa"
	addrB = "0x0000000000000000000000000000000000000bbb"
	addrC = "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
)

func TestClose(t *testing.T) {
	s := memStore(t)
	file(t, s, record("1000", addrA, uint64(3), addrB, uint64(1)))
	file(t, s, record("2001", strings.ToLower(addrA), uint64(2), addrC, uint64(0)))
	rec, err := Close(s, DefaultFeeRule, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	// F = 3001; owner = protocol = floor(3001·1000/10000) = 300; data = 2401.
	if rec.Epoch != 1 || rec.Status != Closed || rec.Fee != "3001" || rec.OwnerFee != "300" || rec.ProtocolFee != "300" || rec.DataFee != "2401" {
		t.Fatalf("fee parts %+v", rec)
	}
	// Scores: B (0x…0bbb) 1, A 5; C dropped (0). Sorted by address: B before A.
	if len(rec.Contributors) != 2 || rec.Contributors[0].Address != common.HexToAddress(addrB).Hex() || rec.Contributors[1].Score != "5" {
		t.Fatalf("contributors %+v", rec.Contributors)
	}
	// Split of 2401 over (1, 5): 400, 2000, remainder 1.
	if rec.Contributors[0].Payout != "400" || rec.Contributors[1].Payout != "2000" || rec.Remainder != "1" {
		t.Fatalf("payouts %+v remainder %s", rec.Contributors, rec.Remainder)
	}
	if o, _ := OpenEpoch(s); o.Epoch != 2 || o.Records != 0 || o.Fee != "0" {
		t.Fatalf("open epoch %+v after close, want 2 and empty", o)
	}
	st, err := rec.Statement()
	if err != nil {
		t.Fatal(err)
	}
	if st.DataFee.Cmp(big.NewInt(2401)) != 0 || st.Commitment.String() != rec.Commitment {
		t.Fatalf("statement %+v", st)
	}
	back, err := LoadEpoch(s, 1)
	if err != nil || back.DataFee != "2401" || len(back.Records) != 2 {
		t.Fatalf("load epoch: %+v %v", back, err)
	}
	// A record filed after the close belongs to epoch 2.
	r3 := file(t, s, record("5000", addrC, uint64(9)))
	if r3.Epoch != 2 {
		t.Fatalf("record filed after the close is in epoch %d", r3.Epoch)
	}
	rec2, err := Close(s, FeeRule{OwnerBps: 0, ProtocolBps: 500, DataBps: 9500}, time.Unix(0, 0))
	if err != nil || rec2.Epoch != 2 || rec2.DataFee != "4750" || len(rec2.Records) != 1 || rec2.Records[0] != r3.ID {
		t.Fatalf("epoch 2: %+v %v", rec2, err)
	}
}

func TestCloseRejectsBadData(t *testing.T) {
	cases := []struct {
		name string
		put  func(t *testing.T, s *store.Store)
		rule FeeRule
	}{
		{"bad-fee", func(t *testing.T, s *store.Store) { putRaw(t, s, "r", 1, "-5", addrA, uint64(1)) }, DefaultFeeRule},
		{"bad-address", func(t *testing.T, s *store.Store) { putRaw(t, s, "r", 1, "5", "0x1234", uint64(1)) }, DefaultFeeRule},
		{"bad-checksum", func(t *testing.T, s *store.Store) {
			putRaw(t, s, "r", 1, "5", "0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAA", uint64(1))
		}, DefaultFeeRule},
		{"score-overflow", func(t *testing.T, s *store.Store) {
			putRaw(t, s, "r1", 1, "5", addrA, ^uint64(0))
			putRaw(t, s, "r2", 1, "5", addrA, uint64(1))
		}, DefaultFeeRule},
		{"rule-sum", func(t *testing.T, s *store.Store) { putRaw(t, s, "r", 1, "5", addrA, uint64(1)) }, FeeRule{OwnerBps: 1, ProtocolBps: 1, DataBps: 1}},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			s := memStore(t)
			c.put(t, s)
			if _, err := Close(s, c.rule, time.Now()); !errors.Is(err, ErrInput) {
				t.Fatalf("got %v, want ErrInput", err)
			}
			if o, _ := OpenEpoch(s); o.Epoch != 1 {
				t.Fatalf("failed close moved the open epoch to %d", o.Epoch)
			}
			if _, err := LoadEpoch(s, 1); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("failed close left an epoch record: %v", err)
			}
		})
	}
}

// TestCloseRefusesNothingToSettle: an empty epoch and an epoch whose data fee is 0 are
// not closed (posting them would spend gas to pay nothing); zero-fee records stay open
// and are settled with the next records that carry a fee.
func TestCloseRefusesNothingToSettle(t *testing.T) {
	s := memStore(t)
	if _, err := Close(s, DefaultFeeRule, time.Now()); !errors.Is(err, ErrEmptyEpoch) {
		t.Fatalf("empty epoch: %v", err)
	}
	free := file(t, s, record("0", addrA, uint64(1)))
	if _, err := Close(s, DefaultFeeRule, time.Now()); !errors.Is(err, ErrZeroFee) {
		t.Fatalf("zero-fee epoch: %v", err)
	}
	file(t, s, record("10", addrA, uint64(1)))
	if _, err := Close(s, FeeRule{OwnerBps: 5000, ProtocolBps: 5000}, time.Now()); !errors.Is(err, ErrZeroFee) {
		t.Fatalf("epoch with a 0 data share: %v", err)
	}
	rec, err := Close(s, DefaultFeeRule, time.Now())
	if err != nil || rec.Epoch != 1 || len(rec.Records) != 2 || rec.DataFee != "8" {
		t.Fatalf("close %+v %v", rec, err)
	}
	if !strings.Contains(strings.Join(rec.Records, ","), free.ID) {
		t.Fatal("the zero-fee record was not kept for the next close")
	}
}

// TestFileBillsEveryRequest: identical inferences are separate records and fees (the
// old content-hash id billed 1,351 identical requests as 4); an idempotency key makes a
// retry count once.
func TestFileBillsEveryRequest(t *testing.T) {
	s := memStore(t)
	ids := map[string]bool{}
	var hash string
	for range 5 {
		r := file(t, s, record("7", addrA, uint64(1)))
		ids[r.ID] = true
		if hash != "" && r.ContentHash != hash {
			t.Fatal("identical records hash differently")
		}
		hash = r.ContentHash
	}
	if len(ids) != 5 {
		t.Fatalf("5 identical requests filed as %d records", len(ids))
	}
	first, dup, err := File(s, record("7", addrA, uint64(1)), "req-1")
	if err != nil || dup {
		t.Fatal(dup, err)
	}
	for range 3 {
		again, dup, err := File(s, record("7", addrA, uint64(1)), "req-1")
		if err != nil || !dup || again.ID != first.ID {
			t.Fatalf("retry with the same key: %+v dup=%v %v", again, dup, err)
		}
	}
	o, _ := OpenEpoch(s)
	if o.Records != 6 || o.Fee != "42" {
		t.Fatalf("open epoch tally %+v, want 6 records and fee 42", o)
	}
	rec, err := Close(s, FeeRule{DataBps: 10000}, time.Now())
	if err != nil || len(rec.Records) != 6 || rec.Fee != "42" {
		t.Fatalf("close %+v %v", rec, err)
	}
	if _, _, err := File(s, record("7"), strings.Repeat("k", 256)); !errors.Is(err, ErrInput) {
		t.Fatalf("oversized idempotency key: %v", err)
	}
}

func TestFileRejects(t *testing.T) {
	s := memStore(t)
	for _, r := range []*influence.Record{
		record("x", addrA, uint64(1)),
		record("-1", addrA, uint64(1)),
		record("79228162514264337593543950336", addrA, uint64(1)), // 2^96
		record("1", "0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAA", uint64(1)),
		record("1", "0x0000000000000000000000000000000000000000", uint64(1)),
		record("1", "aAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa", uint64(1)),
	} {
		if _, _, err := File(s, r, ""); !errors.Is(err, ErrInput) {
			t.Errorf("fee %q contributors %+v: %v, want ErrInput", r.Fee, r.Contributors, err)
		}
	}
	if o, _ := OpenEpoch(s); o.Records != 0 {
		t.Fatalf("rejected records were filed: %+v", o)
	}
}

// TestFileCloseRace files records while epochs close: every record ends up in exactly
// one epoch's record list or in the open epoch, never filed into an epoch that had
// already closed without it (the old SaveRecord read the open epoch and wrote the record
// in two transactions).
func TestFileCloseRace(t *testing.T) {
	s := memStore(t)
	const writers, each = 4, 40
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				if _, _, err := File(s, record("3", addrA, uint64(1)), ""); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	closer := make(chan struct{})
	go func() {
		defer close(closer)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := Close(s, DefaultFeeRule, time.Now()); err != nil && !errors.Is(err, ErrEmptyEpoch) {
				t.Error(err)
				return
			}
		}
	}()
	wg.Wait()
	close(stop)
	<-closer
	listed := map[string]uint64{}
	eps, err := Epochs(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range eps {
		for _, id := range e.Records {
			if prev, ok := listed[id]; ok {
				t.Fatalf("record %s in epochs %d and %d", id, prev, e.Epoch)
			}
			listed[id] = e.Epoch
		}
	}
	o, _ := OpenEpoch(s)
	n, open := 0, 0
	err = Records(s, 0, func(r *influence.Record) error {
		n++
		if r.Epoch == o.Epoch {
			open++
			return nil
		}
		if listed[r.ID] != r.Epoch {
			t.Errorf("record %s filed into epoch %d, which closed without it", r.ID, r.Epoch)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != writers*each || open != o.Records || len(listed)+open != n {
		t.Fatalf("%d records, %d listed in closed epochs, %d open (tally %d)", n, len(listed), open, o.Records)
	}
}

// TestUnpaidRecordsEarnNothing: a free request (fee 0) attributed wholly to B does not
// take a share of A's paid request.
func TestUnpaidRecordsEarnNothing(t *testing.T) {
	s := memStore(t)
	file(t, s, record("1000", addrA, uint64(1_000_000)))
	for range 10 {
		file(t, s, record("0", addrB, uint64(1_000_000)))
	}
	rec, err := Close(s, FeeRule{DataBps: 10000}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Records) != 11 || len(rec.Contributors) != 1 || rec.Contributors[0].Address != addrA || rec.Contributors[0].Payout != "1000" {
		t.Fatalf("epoch %+v", rec)
	}
}
