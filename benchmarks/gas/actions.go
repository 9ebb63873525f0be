package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/contracts/fixture"
)

// action is the gas of one user action of the Settlement.
type action struct {
	Action string `json:"action"`
	Gas    uint64 `json:"gas"`
	Note   string `json:"note,omitempty"`
}

// actions runs one scenario on a fresh simulated chain with the Groth16 fixture verifiers
// and DefaultParams, and returns the gas of each user action in it. Provers a, b, c are
// staked by Deploy; d stakes itself.
func actions() ([]action, error) {
	ctx := context.Background()
	owner, a, b, cc, d, watcher := key(), key(), key(), key(), key(), key()
	var addrs []common.Address
	for _, k := range []*ecdsa.PrivateKey{owner, a, b, cc, d, watcher} {
		addrs = append(addrs, contracts.Address(k))
	}
	c := contracts.NewSimulated(addrs)
	defer c.Close()
	params := contracts.DefaultParams()
	dep, err := contracts.Deploy(ctx, c, contracts.DeployConfig{Owner: owner, Verifier: contracts.Verifiers()["FixtureGroth16Verifier"],
		Posters: []*ecdsa.PrivateKey{a, b, cc}, FundPosters: contracts.OPENUnits(1_000_000),
		Recipient: common.HexToAddress("0x000000000000000000000000000000000000dEaD")})
	if err != nil {
		return nil, err
	}
	split, err := fixture.Groth16()
	if err != nil {
		return nil, err
	}
	scorer, err := fixture.Score()
	if err != nil {
		return nil, err
	}
	var out []action
	add := func(name, note string, rc *contracts.Receipt, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, action{Action: name, Gas: rc.GasUsed, Note: note})
		return nil
	}
	transfer := func(to *ecdsa.PrivateKey, amount *big.Int) error {
		_, err := c.Send(ctx, "fund", openInstance(c, dep), owner, openTransfer(contracts.Address(to), amount))
		return err
	}
	rng := rand.New(rand.NewPCG(7, 7))
	settle := func(k *ecdsa.PrivateKey, epoch uint64, n int, records ...string) (*contracts.Epoch, *contracts.Posted, error) {
		e := epochOf(rng, epoch, n)
		e.Records = contracts.RecordsHash(records)
		pub := e.PublicInputs()
		ai := make([]*big.Int, n)
		for i, x := range e.Contributors {
			ai[i] = new(big.Int).SetBytes(x[:])
		}
		if e.Proof, err = split.Prove(fixture.Inputs{Epoch: pub[0], Commitment: pub[1], DataFee: pub[2], Gamma: pub[3], Fingerprint: pub[4]}, ai, e.Payouts); err != nil {
			return nil, nil, err
		}
		p, err := contracts.Post(ctx, c, dep, k, e)
		return e, p, err
	}
	root := func(e *contracts.Epoch) common.Hash { return contracts.NewMerkleTree(e.Contributors, e.Payouts).Root() }

	// Staking.
	if err := transfer(d, new(big.Int).Mul(params.MinStake, big.NewInt(2))); err != nil {
		return nil, err
	}
	rc, err := contracts.Stake(ctx, c, dep, d, params.MinStake)
	if err := add("stake", "first stake (approval not counted)", rc, err); err != nil {
		return nil, err
	}
	e1, p1, err := settle(a, 1, 16)
	if err != nil {
		return nil, err
	}
	out = append(out, action{Action: "settle", Gas: p1.Settle.GasUsed, Note: "N=16, first epoch of the deployment"})
	e2, _, err := settle(b, 2, 16)
	if err != nil {
		return nil, err
	}
	_, p3, err := settle(cc, 3, 16)
	if err != nil {
		return nil, err
	}
	out = append(out, action{Action: "settle", Gas: p3.Settle.GasUsed, Note: "N=16, a later epoch"})

	// Scores: evidence, a verified attestation, optimistic posts and their challenges.
	adapter := contracts.AdapterID("adapter")
	sketch := big.NewInt(123456789)
	corpus := big.NewInt(987654321)
	rc, err = contracts.RegisterEvidence(ctx, c, dep, a, adapter, sketch, corpus, dep.ScoreVerifiers["FixtureScoreVerifier"])
	if err := add("registerEvidence", "first version", rc, err); err != nil {
		return nil, err
	}
	proof := func(record string) (*contracts.ScoreProof, error) {
		q, x, out := big.NewInt(int64(rng.Uint32())), big.NewInt(int64(rng.Uint32())), big.NewInt(int64(rng.Uint32()))
		in := fixture.ScoreInputs{SketchRoot: sketch, QueryHash: q, CorpusRoot: corpus, OutputHash: out}
		in.Commitment = fixture.ScoreCommitment(in, x)
		pr, err := scorer.Prove(in, x)
		return &contracts.ScoreProof{Record: crypto.Keccak256Hash([]byte(record)), Adapter: adapter, QueryHash: q,
			Commitment: in.Commitment, OutputHash: out, Proof: pr, Epoch: 1}, err
	}
	verified, err := proof("verified")
	if err != nil {
		return nil, err
	}
	rc, err = contracts.AttestScores(ctx, c, dep, a, verified)
	if err := add("attestScores", "verified on-chain", rc, err); err != nil {
		return nil, err
	}
	good, err := proof("good")
	if err != nil {
		return nil, err
	}
	rc, err = contracts.PostScores(ctx, c, dep, a, good)
	if err := add("postScores", "optimistic, 256-byte proof", rc, err); err != nil {
		return nil, err
	}
	wrong, err := proof("wrong")
	if err != nil {
		return nil, err
	}
	wrong.Commitment = new(big.Int).Add(wrong.Commitment, big.NewInt(1)) // a proof of another statement
	if _, err := contracts.PostScores(ctx, c, dep, a, wrong); err != nil {
		return nil, err
	}
	garbled, err := proof("garbled")
	if err != nil {
		return nil, err
	}
	garbled.Proof[40] ^= 1 // not a curve point: the verifier burns its whole gas budget
	if _, err := contracts.PostScores(ctx, c, dep, a, garbled); err != nil {
		return nil, err
	}
	if _, err := contracts.ChallengeScores(ctx, c, dep, watcher, good.Record, good.Proof); err == nil {
		return nil, fmt.Errorf("challenge of a valid score proof went through")
	}
	rc, err = contracts.ChallengeScores(ctx, c, dep, watcher, wrong.Record, wrong.Proof)
	if err := add("challengeScores", "proof of another statement: slash + void", rc, err); err != nil {
		return nil, err
	}
	rc, err = contracts.ChallengeScores(ctx, c, dep, watcher, garbled.Record, garbled.Proof)
	if err := add("challengeScores", "garbled proof: slash only (epoch already void)", rc, err); err != nil {
		return nil, err
	}

	// Signed statements: b equivocates about epoch 2; a lies about epoch 1.
	s1, err := contracts.NewEpochStatement(b, dep, 2, root(e2), e2.Commitment, e2.Records)
	if err != nil {
		return nil, err
	}
	s2, err := contracts.NewEpochStatement(b, dep, 2, common.Hash{1}, e2.Commitment, e2.Records)
	if err != nil {
		return nil, err
	}
	rc, err = contracts.ChallengeEquivocation(ctx, c, dep, watcher, s1, s2)
	if err := add("challengeEquivocation", "slash + void", rc, err); err != nil {
		return nil, err
	}
	lie, err := contracts.NewEpochStatement(a, dep, 1, root(e1), new(big.Int).Add(e1.Commitment, big.NewInt(1)), e1.Records)
	if err != nil {
		return nil, err
	}
	rc, err = contracts.ChallengeStatement(ctx, c, dep, watcher, lie)
	if err := add("challengeStatement", "slash only (epoch already void)", rc, err); err != nil {
		return nil, err
	}

	// Governance challenges: upheld against c (epoch 3), rejected against d (epoch 4).
	if err := transfer(watcher, new(big.Int).Mul(params.ChallengeDeposit, big.NewInt(2))); err != nil {
		return nil, err
	}
	id1, rc, err := contracts.OpenChallenge(ctx, c, dep, watcher, contracts.Address(cc), 3, common.Hash{3}, "ipfs://evidence")
	if err := add("openChallenge", "first (approval not counted)", rc, err); err != nil {
		return nil, err
	}
	rc, err = contracts.ResolveChallenge(ctx, c, dep, owner, id1, true)
	if err := add("resolveChallenge", "upheld: slash + void, deposit back", rc, err); err != nil {
		return nil, err
	}
	e4, _, err := settle(d, 4, 16)
	if err != nil {
		return nil, err
	}
	id2, _, err := contracts.OpenChallenge(ctx, c, dep, watcher, contracts.Address(d), 4, common.Hash{4}, "ipfs://evidence")
	if err != nil {
		return nil, err
	}
	rc, err = contracts.ResolveChallenge(ctx, c, dep, owner, id2, false)
	if err := add("resolveChallenge", "rejected: deposit to the treasury", rc, err); err != nil {
		return nil, err
	}

	// An epoch that pays for 16 records none of which has attested scores: voided.
	ids := make([]string, 16)
	for i := range ids {
		ids[i] = fmt.Sprintf("record-%02d", i)
	}
	e5, _, err := settle(d, 5, 16, ids...)
	if err != nil {
		return nil, err
	}
	rc, err = contracts.ChallengeUnproven(ctx, c, dep, watcher, 5, e5.Commitment, ids, 15)
	if err := add("challengeUnproven", "16 records, the last unattested: slash + void", rc, err); err != nil {
		return nil, err
	}

	// Unbonding and a claim once the window is over.
	rc, err = contracts.RequestUnstake(ctx, c, dep, d, big.NewInt(1000))
	if err := add("requestUnstake", "", rc, err); err != nil {
		return nil, err
	}
	if err := c.AdvanceTime(ctx, params.Window()); err != nil {
		return nil, err
	}
	rc, err = contracts.WithdrawUnstaked(ctx, c, dep, d)
	if err := add("withdrawUnstaked", "after the delay", rc, err); err != nil {
		return nil, err
	}
	rc, err = contracts.Claim(ctx, c, dep, watcher, 4, 0, e4.Contributors, e4.Payouts)
	if err := add("claim", "after the window, recipient held no OPEN", rc, err); err != nil {
		return nil, err
	}
	return out, nil
}

// epochOf is an epoch of n random contributors with a 1,000 OPEN total fee split by the
// default fee rule.
func epochOf(rng *rand.Rand, epoch uint64, n int) *contracts.Epoch {
	total := contracts.OPENUnits(1000)
	_, _, data := contracts.DefaultParams().FeeRule().Parts(total)
	e := &contracts.Epoch{Epoch: epoch, TotalFee: total, DataFee: data, Commitment: big.NewInt(int64(rng.Uint32()))}
	sum := new(big.Int)
	scores := make([]*big.Int, n)
	for i := range n {
		var x common.Address
		for j := range x {
			x[j] = byte(rng.UintN(256))
		}
		e.Contributors = append(e.Contributors, x)
		scores[i] = big.NewInt(int64(1 + rng.UintN(1_000_000)))
		sum.Add(sum, scores[i])
	}
	for i := range n {
		v := new(big.Int).Mul(data, scores[i])
		e.Payouts = append(e.Payouts, v.Quo(v, sum))
	}
	return e
}

func openInstance(c *contracts.Chain, d *contracts.Deployment) *bind.BoundContract {
	return bindings.NewOPEN().Instance(c.Client, d.Token)
}

func openTransfer(to common.Address, amount *big.Int) []byte {
	return bindings.NewOPEN().PackTransfer(to, amount)
}
