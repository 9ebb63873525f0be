package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/bindings"
)

// balances snapshots the OPEN balances of addrs.
func (e *env) balances(t *testing.T, addrs ...common.Address) []*big.Int {
	t.Helper()
	out := make([]*big.Int, len(addrs))
	for i, a := range addrs {
		out[i] = e.balance(t, a)
	}
	return out
}

func (e *env) sameBalances(t *testing.T, addrs []common.Address, before []*big.Int) {
	t.Helper()
	for i, a := range addrs {
		if got := e.balance(t, a); got.Cmp(before[i]) != 0 {
			t.Fatalf("balance of %s changed from %v to %v", a.Hex(), before[i], got)
		}
	}
}

// slashOf is what a fault costs a prover with stake s: slash·slashBps/1e4 of bonded +
// unbonding, challengerBps of it to the challenger, the rest to the treasury.
func (e *env) slashOf(s *ProverStake) (amount, reward, toTreasury *big.Int) {
	amount = new(big.Int).Add(s.Bonded, s.Unbonding)
	amount.Mul(amount, big.NewInt(int64(e.params.SlashBps))).Quo(amount, big.NewInt(10000))
	reward = new(big.Int).Mul(amount, big.NewInt(int64(e.params.ChallengerBps)))
	reward.Quo(reward, big.NewInt(10000))
	return amount, reward, new(big.Int).Sub(amount, reward)
}

func (e *env) statement(t *testing.T, key *ecdsa.PrivateKey, epoch uint64, root common.Hash, commitment *big.Int) *EpochStatement {
	t.Helper()
	s, err := NewEpochStatement(key, e.d, epoch, root, commitment, common.Hash{}) // splitEpoch settles no records hash
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStatementDigestMatchesContract(t *testing.T) {
	e := newEnv(t, Groth16)
	st := bindings.NewSettlement()
	rng := rand.New(rand.NewPCG(41, 1))
	for range 5 {
		epoch, commitment := rng.Uint64(), randBelow(rng, new(big.Int).Lsh(big.NewInt(1), 256))
		var root, records common.Hash
		for i := range root {
			root[i], records[i] = byte(rng.UintN(256)), byte(rng.UintN(256))
		}
		got, err := bind.Call(e.settlement(), nil, st.PackStatementDigest(epoch, root, commitment, records), st.UnpackStatementDigest)
		if err != nil {
			t.Fatal(err)
		}
		want := StatementDigest(e.c.ChainID, e.d.Settlement, epoch, root, commitment, records)
		if got != want {
			t.Fatalf("contract digest %x, Go %x", got, want)
		}
		if StatementDigest(e.c.ChainID, e.d.Settlement, epoch, root, commitment, common.Hash{}) == want {
			t.Fatal("the digest does not bind the records")
		}
		sig, err := SignEpochStatement(e.poster, e.c.ChainID, e.d.Settlement, epoch, root, commitment, records)
		if err != nil || len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("signature %x, %v", sig, err)
		}
		sig[64] -= 27
		pub, err := crypto.SigToPub(want[:], sig)
		if err != nil || crypto.PubkeyToAddress(*pub) != Address(e.poster) {
			t.Fatalf("signature recovers %v, %v", pub, err)
		}
	}
	// Another chain or contract is another domain.
	root, rh := common.Hash{1}, common.Hash{2}
	if StatementDigest(big.NewInt(1), e.d.Settlement, 1, root, big.NewInt(1), rh) == StatementDigest(e.c.ChainID, e.d.Settlement, 1, root, big.NewInt(1), rh) ||
		StatementDigest(e.c.ChainID, e.d.Token, 1, root, big.NewInt(1), rh) == StatementDigest(e.c.ChainID, e.d.Settlement, 1, root, big.NewInt(1), rh) {
		t.Fatal("the digest does not bind the chain and the contract")
	}
}

// TestChallengeEquivocation: two different statements one prover signed for an epoch
// slash it exactly, void the epoch it settled (its payouts go to the treasury) and stop
// its claims; failed challenges change no balance.
func TestChallengeEquivocation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(42, 1))
	ep := splitEpoch(rng, 1, 5, OPENUnits(1_000))
	e.post(t, ep)
	root := NewMerkleTree(ep.Contributors, ep.Payouts).Root()
	honest := e.statement(t, e.poster, 1, root, ep.Commitment)
	other := e.statement(t, e.poster, 1, common.Hash{7}, ep.Commitment)
	byStranger := e.statement(t, e.stranger, 1, common.Hash{7}, ep.Commitment)
	strangerOther := e.statement(t, e.stranger, 1, common.Hash{8}, ep.Commitment)
	badSig := *other
	badSig.Signature = append([]byte(nil), other.Signature...)
	badSig.Signature[64] = 99
	otherEpoch := e.statement(t, e.poster, 2, common.Hash{7}, ep.Commitment)

	challenger := Address(e.stranger)
	watch := []common.Address{challenger, treasury, e.d.Settlement, Address(e.poster)}
	before := e.balances(t, watch...)
	for _, c := range []struct {
		name string
		a, b *EpochStatement
		want string
	}{
		{"same-statement-twice", honest, honest, "SameStatement"},
		{"two-signers", honest, byStranger, "DifferentSigners"},
		{"bad-signature", honest, &badSig, "InvalidSignature"},
		{"signer-without-stake", byStranger, strangerOther, "NothingToSlash"},
	} {
		if _, err := ChallengeEquivocation(ctx, e.c, e.d, e.stranger, c.a, c.b); revertName(err) != c.want {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	if _, err := ChallengeEquivocation(ctx, e.c, e.d, e.stranger, honest, otherEpoch); !errors.Is(err, ErrInput) {
		t.Fatalf("statements of two epochs: %v, want ErrInput", err)
	}
	e.sameBalances(t, watch, before)

	stake := e.stake(t, e.poster)
	amount, reward, toTreasury := e.slashOf(stake)
	rc, err := ChallengeEquivocation(ctx, e.c, e.d, e.stranger, honest, other)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeEquivocation gas %d (slash and void)", rc.GasUsed)
	paid := ep.Paid()
	checkDelta(t, "challenger", before[0], e.balance(t, challenger), reward)
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), new(big.Int).Add(toTreasury, paid))
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(new(big.Int).Add(amount, paid)))
	checkDelta(t, "poster", before[3], e.balance(t, Address(e.poster)), new(big.Int))
	checkStake(t, e.stake(t, e.poster), new(big.Int).Sub(stake.Bonded, amount), new(big.Int), false)
	if es, err := ReadEpoch(ctx, e.c, e.d, 1); err != nil || es.Status != "voided" {
		t.Fatalf("epoch %+v, %v; want voided", es, err)
	}
	if reward.Sign() == 0 || toTreasury.Sign() == 0 {
		t.Fatal("degenerate slash amounts")
	}
	// The same fault is punished once; the voided epoch never pays.
	if _, err := ChallengeEquivocation(ctx, e.c, e.d, e.stranger, other, honest); revertName(err) != "AlreadySlashed" {
		t.Fatalf("second challenge: %v, want AlreadySlashed", err)
	}
	e.advance(t, e.params.Window())
	if _, err := Claim(ctx, e.c, e.d, e.stranger, 1, 0, ep.Contributors, ep.Payouts); revertName(err) != "EpochVoided" {
		t.Fatalf("claim of a voided epoch: %v, want EpochVoided", err)
	}
	// Slashed below the minimum, the poster cannot settle again.
	next := splitEpoch(rng, 2, 2, OPENUnits(10))
	e.prove(t, next)
	if _, err := Post(ctx, e.c, e.d, e.poster, next); revertName(err) != "InsufficientStake" {
		t.Fatalf("slashed poster settles: %v, want InsufficientStake", err)
	}
}

// TestChallengeStatement: the poster signed a statement other than what it settled; after
// the epoch's claims opened a fault is still slashed but the epoch is not voided.
func TestChallengeStatement(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(43, 1))
	ep1 := splitEpoch(rng, 1, 3, OPENUnits(1_000))
	e.post(t, ep1)
	root1 := NewMerkleTree(ep1.Contributors, ep1.Payouts).Root()
	lie := e.statement(t, e.poster, 1, root1, new(big.Int).Add(ep1.Commitment, big.NewInt(1)))
	watch := []common.Address{Address(e.stranger), treasury, e.d.Settlement}
	before := e.balances(t, watch...)
	for _, c := range []struct {
		name string
		s    *EpochStatement
		want string
	}{
		{"matches-settlement", e.statement(t, e.poster, 1, root1, ep1.Commitment), "StatementMatches"},
		{"not-the-poster", e.statement(t, e.stranger, 1, root1, big.NewInt(5)), "NotEpochPoster"},
		{"unsettled-epoch", e.statement(t, e.poster, 9, root1, big.NewInt(5)), "EpochNotSettled"},
	} {
		if _, err := ChallengeStatement(ctx, e.c, e.d, e.stranger, c.s); revertName(err) != c.want {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	e.sameBalances(t, watch, before)
	stake := e.stake(t, e.poster)
	amount, reward, toTreasury := e.slashOf(stake)
	rc, err := ChallengeStatement(ctx, e.c, e.d, e.stranger, lie)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeStatement gas %d (slash and void)", rc.GasUsed)
	paid := ep1.Paid()
	checkDelta(t, "challenger", before[0], e.balance(t, Address(e.stranger)), reward)
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), new(big.Int).Add(toTreasury, paid))
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(new(big.Int).Add(amount, paid)))
	if es, _ := ReadEpoch(ctx, e.c, e.d, 1); es.Status != "voided" {
		t.Fatalf("epoch 1 %+v, want voided", es)
	}

	// Top the stake up, settle epoch 2 and let its claims open: a lie found now slashes
	// but cannot void what contributors may already have claimed.
	e.fundOPEN(t, Address(e.poster), e.params.MinStake)
	if _, err := Stake(ctx, e.c, e.d, e.poster, amount); err != nil {
		t.Fatal(err)
	}
	ep2 := splitEpoch(rng, 2, 3, OPENUnits(1_000))
	e.post(t, ep2)
	e.advance(t, e.params.Window())
	if _, err := Claim(ctx, e.c, e.d, e.stranger, 2, 0, ep2.Contributors, ep2.Payouts); err != nil {
		t.Fatal(err)
	}
	root2 := NewMerkleTree(ep2.Contributors, ep2.Payouts).Root()
	stake = e.stake(t, e.poster)
	amount, reward, toTreasury = e.slashOf(stake)
	before = e.balances(t, watch...)
	rc, err = ChallengeEquivocation(ctx, e.c, e.d, e.stranger, e.statement(t, e.poster, 2, root2, ep2.Commitment),
		e.statement(t, e.poster, 2, common.Hash{9}, ep2.Commitment))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeEquivocation gas %d (slash only)", rc.GasUsed)
	checkDelta(t, "challenger", before[0], e.balance(t, Address(e.stranger)), reward)
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), toTreasury)
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(amount))
	if es, _ := ReadEpoch(ctx, e.c, e.d, 2); es.Status != "settled" {
		t.Fatalf("epoch 2 %+v, want settled", es)
	}
	if _, err := Claim(ctx, e.c, e.d, e.stranger, 2, 1, ep2.Contributors, ep2.Payouts); err != nil {
		t.Fatalf("claims after a slash-only challenge: %v", err)
	}
}

// TestChallengeScores: an optimistic score post with a proof the real fixture score
// verifier rejects is slashed (the attestation deleted, its epoch voided); one with the
// valid proof cannot be challenged (ChallengeFailed); other bytes, unknown records and
// records past their window are refused.
func TestChallengeScores(t *testing.T) {
	ctx := context.Background()
	e := newScoreEnv(t)
	rng := rand.New(rand.NewPCG(44, 1))
	adapter := AdapterID("adapter-a")
	sketch := nonZeroBelowR(rng)
	if _, err := RegisterEvidence(ctx, e.c, e.d, e.poster, adapter, sketch, nonZeroBelowR(rng), e.verifier); err != nil {
		t.Fatal(err)
	}
	ep := splitEpoch(rng, 1, 4, OPENUnits(500))
	e.post(t, ep)

	good := e.scoreProof(t, rng, crypto.Keccak256Hash([]byte("good")), adapter, sketch)
	good.Epoch = 1
	bad := e.scoreProof(t, rng, crypto.Keccak256Hash([]byte("bad")), adapter, sketch)
	bad.Epoch = 1
	bad.Proof[40] ^= 1
	if _, err := PostScores(ctx, e.c, e.d, e.stranger, good); revertName(err) != "InsufficientStake" {
		t.Fatalf("post by a non-poster: %v", err)
	}
	rc, err := PostScores(ctx, e.c, e.d, e.poster, good)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("postScores gas %d", rc.GasUsed)
	now, _ := e.c.Time(ctx)
	a := e.attestation(t, good.Record)
	if !a.Optimistic() || a.Poster != Address(e.poster) || a.Epoch != 1 || a.ChallengeableUntil != now+e.params.ChallengeWindow ||
		a.ProofHash != crypto.Keccak256Hash(good.Proof) || a.Version != 1 {
		t.Fatalf("optimistic attestation %+v", a)
	}
	if _, err := PostScores(ctx, e.c, e.d, e.poster, good); revertName(err) != "AlreadyAttested" {
		t.Fatalf("second post: %v", err)
	}
	posted, err := FindPostedScores(ctx, e.c, e.d, good.Record)
	if err != nil || posted == nil || string(posted.Proof) != string(good.Proof) {
		t.Fatalf("ScoresPosted event %+v, %v", posted, err)
	}
	if _, err := PostScores(ctx, e.c, e.d, e.poster, bad); err != nil {
		t.Fatal(err)
	}
	verified := e.scoreProof(t, rng, crypto.Keccak256Hash([]byte("verified")), adapter, sketch)
	if _, err := AttestScores(ctx, e.c, e.d, e.poster, verified); err != nil {
		t.Fatal(err)
	}

	watch := []common.Address{Address(e.stranger), treasury, e.d.Settlement}
	before := e.balances(t, watch...)
	other := append([]byte(nil), good.Proof...)
	other[40] ^= 1
	for _, c := range []struct {
		name   string
		record [32]byte
		proof  []byte
		want   string
	}{
		{"valid-proof", good.Record, good.Proof, "ChallengeFailed"},
		{"other-bytes", good.Record, other, "WrongProof"},
		{"unknown-record", crypto.Keccak256Hash([]byte("nobody")), good.Proof, "NotChallengeable"},
		{"verified-record", verified.Record, verified.Proof, "NotChallengeable"},
	} {
		if _, err := ChallengeScores(ctx, e.c, e.d, e.stranger, c.record, c.proof); revertName(err) != c.want {
			t.Fatalf("%s: %v, want %s", c.name, err, c.want)
		}
	}
	e.sameBalances(t, watch, before)

	stake := e.stake(t, e.poster)
	amount, reward, toTreasury := e.slashOf(stake)
	rc, err = ChallengeScores(ctx, e.c, e.d, e.stranger, bad.Record, bad.Proof)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challengeScores gas %d (slash and void)", rc.GasUsed)
	paid := ep.Paid()
	checkDelta(t, "challenger", before[0], e.balance(t, Address(e.stranger)), reward)
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), new(big.Int).Add(toTreasury, paid))
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(new(big.Int).Add(amount, paid)))
	e.checkNotAttested(t, bad.Record)
	if es, _ := ReadEpoch(ctx, e.c, e.d, 1); es.Status != "voided" {
		t.Fatalf("epoch %+v, want voided", es)
	}
	// Past its window the valid post is final.
	e.advance(t, e.params.Window())
	if _, err := ChallengeScores(ctx, e.c, e.d, e.stranger, good.Record, good.Proof); revertName(err) != "ScoresFinal" {
		t.Fatalf("challenge after the window: %v, want ScoresFinal", err)
	}
	if ok, _ := IsAttested(ctx, e.c, e.d, good.Record); !ok {
		t.Fatal("the valid post is not attested")
	}
}

// TestGovernanceChallenge: a challenge holds its epoch's claims and its prover's
// withdrawals; rejected, the deposit goes to the treasury and the epoch pays; upheld, the
// prover is slashed to the challenger (with the deposit back) and the treasury, and the
// epoch is voided.
func TestGovernanceChallenge(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, Groth16)
	rng := rand.New(rand.NewPCG(45, 1))
	ep1 := splitEpoch(rng, 1, 3, OPENUnits(1_000))
	e.post(t, ep1)
	ep2 := splitEpoch(rng, 2, 3, OPENUnits(1_000))
	e.post(t, ep2)
	deposit := e.params.ChallengeDeposit
	e.fundOPEN(t, Address(e.stranger), new(big.Int).Mul(deposit, big.NewInt(3)))
	challenger := Address(e.stranger)
	poster := Address(e.poster)

	c0 := e.balance(t, challenger)
	id1, rc, err := OpenChallenge(ctx, e.c, e.d, e.stranger, poster, 1, common.Hash{1}, "ipfs://evidence-1")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("openChallenge gas %d", rc.GasUsed)
	id2, _, err := OpenChallenge(ctx, e.c, e.d, e.stranger, poster, 2, common.Hash{2}, "ipfs://evidence-2")
	if err != nil {
		t.Fatal(err)
	}
	checkDelta(t, "challenger", c0, e.balance(t, challenger), new(big.Int).Neg(new(big.Int).Mul(deposit, big.NewInt(2))))
	if id1 != 1 || id2 != 2 {
		t.Fatalf("ids %d %d", id1, id2)
	}
	if _, err := RequestUnstake(ctx, e.c, e.d, e.poster, big.NewInt(1000)); err != nil {
		t.Fatal(err)
	}
	e.advance(t, e.params.Window())
	for _, epoch := range []uint64{1, 2} {
		if _, err := Claim(ctx, e.c, e.d, e.stranger, epoch, 0, ep1.Contributors, ep1.Payouts); revertName(err) != "EpochDisputed" {
			t.Fatalf("claim of a disputed epoch %d: %v, want EpochDisputed", epoch, err)
		}
	}
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, e.poster); revertName(err) != "ChallengePending" {
		t.Fatalf("withdrawal while challenged: %v, want ChallengePending", err)
	}
	// Opening needs a settled epoch inside its window.
	for _, c := range []struct {
		epoch uint64
		want  string
	}{{1, "ChallengeWindowClosed"}, {7, "EpochNotSettled"}} {
		if _, _, err := OpenChallenge(ctx, e.c, e.d, e.stranger, poster, c.epoch, common.Hash{}, ""); revertName(err) != c.want {
			t.Fatalf("open on epoch %d: %v, want %s", c.epoch, err, c.want)
		}
	}
	for _, k := range []*ecdsa.PrivateKey{e.stranger, e.poster} {
		if _, err := ResolveChallenge(ctx, e.c, e.d, k, id1, true); revertName(err) != "OwnableUnauthorizedAccount" {
			t.Fatalf("resolve by %s: %v", Address(k).Hex(), err)
		}
	}

	// Rejected: the deposit is the treasury's; epoch 2 pays.
	watch := []common.Address{challenger, treasury, e.d.Settlement}
	before := e.balances(t, watch...)
	rc, err = ResolveChallenge(ctx, e.c, e.d, e.owner, id2, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("resolveChallenge gas %d (rejected)", rc.GasUsed)
	checkDelta(t, "challenger", before[0], e.balance(t, challenger), new(big.Int))
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), deposit)
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement), new(big.Int).Neg(deposit))
	if g, err := ReadChallenge(ctx, e.c, e.d, id2); err != nil || g.Status != "rejected" || g.Challenger != challenger || g.Epoch != 2 {
		t.Fatalf("challenge %+v, %v", g, err)
	}
	if _, err := Claim(ctx, e.c, e.d, e.stranger, 2, 0, ep2.Contributors, ep2.Payouts); err != nil {
		t.Fatalf("claim after the rejection: %v", err)
	}

	// Upheld: slash, deposit back, epoch 1 voided.
	stake := e.stake(t, e.poster)
	amount, reward, toTreasury := e.slashOf(stake)
	before = e.balances(t, watch...)
	rc, err = ResolveChallenge(ctx, e.c, e.d, e.owner, id1, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("resolveChallenge gas %d (upheld: slash and void)", rc.GasUsed)
	paid := ep1.Paid()
	checkDelta(t, "challenger", before[0], e.balance(t, challenger), new(big.Int).Add(reward, deposit))
	checkDelta(t, "treasury", before[1], e.balance(t, treasury), new(big.Int).Add(toTreasury, paid))
	checkDelta(t, "settlement", before[2], e.balance(t, e.d.Settlement),
		new(big.Int).Neg(new(big.Int).Add(new(big.Int).Add(amount, paid), deposit)))
	// Bonded first, then unbonding.
	wantBonded := new(big.Int).Sub(stake.Bonded, amount)
	if p := e.stake(t, e.poster); wantBonded.Sign() >= 0 && (p.Bonded.Cmp(wantBonded) != 0 || p.Unbonding.Cmp(stake.Unbonding) != 0) {
		t.Fatalf("stake after slash %+v, want bonded %v unbonding %v", p, wantBonded, stake.Unbonding)
	}
	if _, err := Claim(ctx, e.c, e.d, e.stranger, 1, 0, ep1.Contributors, ep1.Payouts); revertName(err) != "EpochVoided" {
		t.Fatalf("claim of the voided epoch: %v, want EpochVoided", err)
	}
	if _, err := ResolveChallenge(ctx, e.c, e.d, e.owner, id1, false); revertName(err) != "ChallengeNotOpen" {
		t.Fatalf("second resolution: %v, want ChallengeNotOpen", err)
	}
	if _, _, err := OpenChallenge(ctx, e.c, e.d, e.stranger, poster, 1, common.Hash{}, ""); revertName(err) != "EpochVoided" {
		t.Fatalf("open on a voided epoch: %v, want EpochVoided", err)
	}
	list, err := ReadChallenges(ctx, e.c, e.d)
	if err != nil || len(list) != 2 || list[0].Status != "upheld" || list[0].URI != "ipfs://evidence-1" || list[1].Status != "rejected" ||
		list[0].Deposit.Cmp(deposit) != 0 || list[0].EvidenceHash != (common.Hash{1}) {
		t.Fatalf("challenges %+v, %v", list, err)
	}
	// No challenge pending: the poster's unbonding can leave.
	if _, err := WithdrawUnstaked(ctx, e.c, e.d, e.poster); err != nil {
		t.Fatalf("withdrawal after the challenges: %v", err)
	}
}

// TestSlashTakesUnbonding: a slash larger than the bond takes the rest from unbonding.
func TestSlashTakesUnbonding(t *testing.T) {
	ctx := context.Background()
	p := DefaultParams()
	p.SlashBps = 8000
	e := newEnvWith(t, Groth16, &p)
	// Unbond 70% of the stake: the 80% slash takes all of the bond and 10% more.
	min := e.params.MinStake
	part := new(big.Int).Quo(new(big.Int).Mul(min, big.NewInt(7)), big.NewInt(10))
	if _, err := RequestUnstake(ctx, e.c, e.d, e.poster, part); err != nil {
		t.Fatal(err)
	}
	a := e.statement(t, e.poster, 3, common.Hash{1}, big.NewInt(1))
	b := e.statement(t, e.poster, 3, common.Hash{2}, big.NewInt(1))
	if _, err := ChallengeEquivocation(ctx, e.c, e.d, e.stranger, a, b); err != nil {
		t.Fatal(err)
	}
	slash := new(big.Int).Quo(new(big.Int).Mul(min, big.NewInt(8)), big.NewInt(10))
	checkStake(t, e.stake(t, e.poster), new(big.Int), new(big.Int).Sub(min, slash), false)
}
