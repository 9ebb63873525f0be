package contracts

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestRecordsHash(t *testing.T) {
	if got, want := RecordsHash(nil), crypto.Keccak256Hash(nil); got != want {
		t.Fatalf("no records hash to %x, want keccak256 of nothing %x", got, want)
	}
	a, b := RecordKey("a"), RecordKey("b")
	if got, want := RecordsHash([]string{"a", "b"}), crypto.Keccak256Hash(a[:], b[:]); got != want {
		t.Fatalf("RecordsHash(a, b) = %x, want %x", got, want)
	}
	if RecordsHash([]string{"a", "b"}) == RecordsHash([]string{"b", "a"}) {
		t.Fatal("the records hash does not bind their order")
	}
	if RecordKey("a") != crypto.Keccak256Hash([]byte("a")) {
		t.Fatal("RecordKey is not keccak256 of the id")
	}
}

// TestChallengeUnproven: an epoch that pays for a record whose scores are not attested is
// voided and its poster slashed by anyone who names that record within the window; every
// other challenge (wrong records, wrong commitment, an attested record, an epoch past its
// window) is rejected and moves nothing.
func TestChallengeUnproven(t *testing.T) {
	ctx := context.Background()
	e := newScoreEnv(t)
	rng := rand.New(rand.NewPCG(45, 1))
	adapter := AdapterID("adapter-u")
	sketch := nonZeroBelowR(rng)
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, adapter, sketch, nonZeroBelowR(rng), e.verifier); err != nil {
		t.Fatal(err)
	}
	ids := []string{"rec-verified", "rec-posted", "rec-unproven"}
	verified := e.scoreProof(t, rng, RecordKey(ids[0]), adapter, sketch)
	if _, err := AttestScores(ctx, e.c, e.d, e.poster, verified); err != nil {
		t.Fatal(err)
	}
	posted := e.scoreProof(t, rng, RecordKey(ids[1]), adapter, sketch)
	posted.Epoch = 1
	if _, err := PostScores(ctx, e.c, e.d, e.poster, posted); err != nil {
		t.Fatal(err)
	}
	ep := splitEpoch(rng, 1, 4, OPENUnits(500))
	ep.Records = RecordsHash(ids)
	e.post(t, ep)
	if s, err := FindSettled(ctx, e.c, e.d, 1); err != nil || s.Records != ep.Records {
		t.Fatalf("Settled event %+v, %v: want records %x", s, err, ep.Records)
	}

	watch := []common.Address{Address(e.stranger), treasury, e.d.Settlement}
	before := e.balances(t, watch...)
	swapped := []string{ids[1], ids[0], ids[2]}
	for _, c := range []struct {
		name       string
		epoch      uint64
		commitment *big.Int
		ids        []string
		index      int
		want       string
	}{
		{"verified-record", 1, ep.Commitment, ids, 0, "RecordProven"},
		{"posted-record", 1, ep.Commitment, ids, 1, "RecordProven"},
		{"records-reordered", 1, ep.Commitment, swapped, 2, "RecordsMismatch"},
		{"record-missing", 1, ep.Commitment, ids[:2], 0, "RecordsMismatch"},
		{"record-added", 1, ep.Commitment, append(append([]string(nil), ids...), "rec-extra"), 3, "RecordsMismatch"},
		{"other-commitment", 1, new(big.Int).Add(ep.Commitment, big.NewInt(1)), ids, 2, "RecordsMismatch"},
		{"unsettled-epoch", 2, ep.Commitment, ids, 2, "EpochNotSettled"},
	} {
		if _, err := ChallengeUnproven(ctx, e.c, e.d, e.stranger, c.epoch, c.commitment, c.ids, c.index); revertName(err) != c.want {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	if _, err := ChallengeUnproven(ctx, e.c, e.d, e.stranger, 1, ep.Commitment, ids, 3); !errors.Is(err, ErrInput) {
		t.Fatalf("index past the records: %v, want ErrInput", err)
	}
	e.sameBalances(t, watch, before)

	stake := e.stake(t, e.poster)
	amount, reward, toTreasury := e.slashOf(stake)
	rc, err := ChallengeUnproven(ctx, e.c, e.d, e.stranger, 1, ep.Commitment, ids, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeUnproven gas %d (3 records, slash and void)", rc.GasUsed)
	paid := ep.Paid()
	checkDelta(t, "challenger", before[0], e.balance(t, Address(e.stranger)), reward)
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), new(big.Int).Add(toTreasury, paid))
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(new(big.Int).Add(amount, paid)))
	if es, _ := ReadEpoch(ctx, e.c, e.d, 1); es.Status != "voided" {
		t.Fatalf("epoch %+v, want voided", es)
	}
	if _, err := ChallengeUnproven(ctx, e.c, e.d, e.stranger, 1, ep.Commitment, ids, 2); revertName(err) != "NotVoidable" {
		t.Fatalf("second challenge of a voided epoch: %v, want NotVoidable", err)
	}

	// An unproven record found after the window: the epoch is final. (The poster bonds
	// again what the slash took.)
	if _, err := Stake(ctx, e.c, e.d, e.poster, amount); err != nil {
		t.Fatal(err)
	}
	if e.params.EpochLength != 0 {
		e.advance(t, time.Duration(e.params.EpochLength)*time.Second)
	}
	ep2 := splitEpoch(rng, 2, 3, OPENUnits(300))
	ep2.Records = RecordsHash([]string{"late"})
	e.post(t, ep2)
	e.advance(t, e.params.Window())
	if _, err := ChallengeUnproven(ctx, e.c, e.d, e.stranger, 2, ep2.Commitment, []string{"late"}, 0); revertName(err) != "NotVoidable" {
		t.Fatalf("challenge after the window: %v, want NotVoidable", err)
	}
}
