package prover

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

type testRecord struct {
	ID           string `json:"id"`
	Epoch        uint64 `json:"epoch"`
	Fee          string `json:"fee"`
	Contributors []struct {
		Address string `json:"address"`
		Score   uint64 `json:"score"`
	} `json:"contributors"`
}

func putRecord(t *testing.T, s *store.Store, id string, epoch uint64, fee string, rows ...any) {
	t.Helper()
	r := testRecord{ID: id, Epoch: epoch, Fee: fee}
	for i := 0; i < len(rows); i += 2 {
		r.Contributors = append(r.Contributors, struct {
			Address string `json:"address"`
			Score   uint64 `json:"score"`
		}{rows[i].(string), rows[i+1].(uint64)})
	}
	if err := s.Put(store.KindAttribution, id, r); err != nil {
		t.Fatal(err)
	}
}

const (
	addrA = "0xaAaAaAaaAaAaAaaAaAAAAAAAAaaaAaAaAaaAaaAa"
	addrB = "0x0000000000000000000000000000000000000bbb"
	addrC = "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
)

func TestCloseEpoch(t *testing.T) {
	s := memStore(t)
	putRecord(t, s, "r1", 1, "1000", addrA, uint64(3), addrB, uint64(1))
	putRecord(t, s, "r2", 1, "2001", strings.ToLower(addrA), uint64(2), addrC, uint64(0))
	putRecord(t, s, "r3", 2, "5000", addrC, uint64(9)) // next epoch: not included
	rec, err := CloseEpoch(s, DefaultFeeRule, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	// F = 3001; owner = protocol = floor(3001·1000/10000) = 300; data = 2401.
	if rec.Epoch != 1 || rec.Fee != "3001" || rec.OwnerFee != "300" || rec.ProtocolFee != "300" || rec.DataFee != "2401" {
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
	if e, _ := OpenEpoch(s); e != 2 {
		t.Fatalf("open epoch %d after close, want 2", e)
	}
	st, err := StatementForEpoch(rec)
	if err != nil {
		t.Fatal(err)
	}
	if st.DataFee.Cmp(big.NewInt(2401)) != 0 || st.Commitment.String() != rec.Commitment {
		t.Fatalf("statement %+v", st)
	}
	back, err := LoadEpoch(s, 1)
	if err != nil || back.DataFee != "2401" {
		t.Fatalf("load epoch: %+v %v", back, err)
	}
	// Epoch 2 holds r3 only.
	rec2, err := CloseEpoch(s, FeeRule{OwnerBps: 0, ProtocolBps: 500, DataBps: 9500}, time.Unix(0, 0))
	if err != nil || rec2.Epoch != 2 || rec2.DataFee != "4750" || len(rec2.Records) != 1 {
		t.Fatalf("epoch 2: %+v %v", rec2, err)
	}
}

func TestCloseEpochRejectsBadData(t *testing.T) {
	cases := []struct {
		name string
		put  func(t *testing.T, s *store.Store)
		rule FeeRule
	}{
		{"bad-fee", func(t *testing.T, s *store.Store) { putRecord(t, s, "r", 1, "-5", addrA, uint64(1)) }, DefaultFeeRule},
		{"bad-address", func(t *testing.T, s *store.Store) { putRecord(t, s, "r", 1, "5", "0x1234", uint64(1)) }, DefaultFeeRule},
		{"score-overflow", func(t *testing.T, s *store.Store) {
			putRecord(t, s, "r1", 1, "5", addrA, ^uint64(0))
			putRecord(t, s, "r2", 1, "5", addrA, uint64(1))
		}, DefaultFeeRule},
		{"rule-sum", func(t *testing.T, s *store.Store) { putRecord(t, s, "r", 1, "5", addrA, uint64(1)) }, FeeRule{1, 1, 1}},
	}
	for _, c := range cases {
		t.Run("case="+c.name, func(t *testing.T) {
			s := memStore(t)
			c.put(t, s)
			if _, err := CloseEpoch(s, c.rule, time.Now()); !errors.Is(err, ErrInput) {
				t.Fatalf("got %v, want ErrInput", err)
			}
			if e, _ := OpenEpoch(s); e != 1 {
				t.Fatalf("failed close moved the open epoch to %d", e)
			}
			if _, err := LoadEpoch(s, 1); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("failed close left an epoch record: %v", err)
			}
		})
	}
}

func TestEpochProofStoreRoundTrip(t *testing.T) {
	s := memStore(t)
	putRecord(t, s, "r1", 1, "1000000000000000000", addrA, uint64(3), addrB, uint64(1))
	rec, err := CloseEpoch(s, DefaultFeeRule, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	st, err := StatementForEpoch(rec)
	if err != nil {
		t.Fatal(err)
	}
	k := dev(t, Groth16)
	p, err := Prove(t.Context(), k, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveProof(s, p, true); err != nil {
		t.Fatal(err)
	}
	back, err := LoadProof(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(k, back); err != nil {
		t.Fatal(err)
	}
	saved, err := SaveKeys(s, k)
	if err != nil {
		t.Fatal(err)
	}
	found, err := FindKeys(s, Groth16, 3, false)
	if err != nil || found.Meta.KeyID != saved.Meta.KeyID {
		t.Fatalf("find keys: %+v %v", found, err)
	}
	if _, err := FindKeys(s, Plonk, 3, false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("plonk keys found: %v", err)
	}
}
