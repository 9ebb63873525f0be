package contracts

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts/bindings"
)

// EpochStatement is a prover's signed claim that an epoch settles (or settled) with
// payout root Root, scores commitment Commitment and records hash Records (RecordsHash of
// its attribution records): the EIP-712 typed data EpochStatement(uint64 epoch,bytes32
// root,uint256 commitment,bytes32 records) in the domain {name "poa
// Settlement", version "1", chainId, verifyingContract: the Settlement}. Two different
// statements signed for one epoch, or one that differs from what its signer settled,
// get the signer slashed.
type EpochStatement struct {
	Epoch      uint64        `json:"epoch"`
	Root       common.Hash   `json:"root"`
	Commitment *big.Int      `json:"commitment"`
	Records    common.Hash   `json:"records"`
	Signature  hexutil.Bytes `json:"signature"` // 65 bytes r ‖ s ‖ v, v = 27 or 28
}

var (
	domainTypeHash    = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	statementTypeHash = crypto.Keccak256Hash([]byte("EpochStatement(uint64 epoch,bytes32 root,uint256 commitment,bytes32 records)"))
)

// StatementDigest is the EIP-712 digest of an epoch statement for the Settlement at
// settlement on chain chainID, as the contract's statementDigest computes it:
// keccak256(0x1901 ‖ domainSeparator ‖ keccak256(typeHash ‖ epoch ‖ root ‖ commitment ‖
// records)). It panics on a nil or out-of-range commitment (a programmer error).
func StatementDigest(chainID *big.Int, settlement common.Address, epoch uint64, root common.Hash, commitment *big.Int, records common.Hash) common.Hash {
	if commitment == nil || commitment.Sign() < 0 || commitment.BitLen() > 256 {
		panic("contracts: statement commitment is not a uint256")
	}
	domain := crypto.Keccak256(domainTypeHash[:], crypto.Keccak256([]byte("poa Settlement")), crypto.Keccak256([]byte("1")),
		math.U256Bytes(new(big.Int).Set(chainID)), common.LeftPadBytes(settlement[:], 32))
	st := crypto.Keccak256(statementTypeHash[:], math.U256Bytes(new(big.Int).SetUint64(epoch)), root[:],
		math.U256Bytes(new(big.Int).Set(commitment)), records[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, st)
}

// SignEpochStatement signs (epoch, root, commitment, records) with key for the Settlement
// at settlement on chain chainID and returns the 65-byte signature the contract checks.
func SignEpochStatement(key *ecdsa.PrivateKey, chainID *big.Int, settlement common.Address, epoch uint64, root common.Hash, commitment *big.Int, records common.Hash) ([]byte, error) {
	if commitment == nil || commitment.Sign() < 0 || commitment.BitLen() > 256 {
		return nil, fmt.Errorf("sign epoch %d statement: commitment %v: %w", epoch, commitment, ErrUint256)
	}
	sig, err := crypto.Sign(StatementDigest(chainID, settlement, epoch, root, commitment, records).Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("sign epoch %d statement: %w", epoch, err)
	}
	sig[64] += 27
	return sig, nil
}

// NewEpochStatement signs (epoch, root, commitment, records) with key for d's Settlement.
func NewEpochStatement(key *ecdsa.PrivateKey, d *Deployment, epoch uint64, root common.Hash, commitment *big.Int, records common.Hash) (*EpochStatement, error) {
	sig, err := SignEpochStatement(key, new(big.Int).SetUint64(d.ChainID), d.Settlement, epoch, root, commitment, records)
	if err != nil {
		return nil, err
	}
	return &EpochStatement{Epoch: epoch, Root: root, Commitment: commitment, Records: records, Signature: sig}, nil
}

// statement is s as the contract's Statement tuple.
func (s *EpochStatement) statement() bindings.SettlementStatement {
	return bindings.SettlementStatement{Root: s.Root, Commitment: s.Commitment, Records: s.Records}
}

// ChallengeEquivocation proves that one prover signed statements a and b (same epoch,
// different root, commitment or records) from key's account: the signer is slashed (slashBps of
// its bonded + unbonding stake; challengerBps of that to key's account, the rest to the
// treasury) and, if it settled the epoch and the epoch's claims have not opened, the epoch
// is voided (its payouts go to the treasury). The contract rejects identical statements
// (SameStatement), a bad signature (InvalidSignature), two signers (DifferentSigners), a
// second slash for the same signer and epoch (AlreadySlashed) and a signer without stake
// (NothingToSlash).
func ChallengeEquivocation(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, a, b *EpochStatement) (*Receipt, error) {
	if a.Epoch != b.Epoch {
		return nil, fmt.Errorf("challenge equivocation: statements of epochs %d and %d: %w", a.Epoch, b.Epoch, ErrInput)
	}
	what := fmt.Sprintf("challenge equivocation in epoch %d", a.Epoch)
	for _, s := range []*EpochStatement{a, b} {
		if err := checkUint256(what, "commitment", s.Commitment); err != nil {
			return nil, err
		}
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key,
		st.PackChallengeEquivocation(a.Epoch, a.statement(), a.Signature, b.statement(), b.Signature))
}

// ChallengeStatement proves that the poster of s.Epoch signed s although it settled the
// epoch with another root, commitment or records: the same consequences as ChallengeEquivocation.
// The contract rejects an unsettled epoch (EpochNotSettled), a statement equal to the
// settlement (StatementMatches) and one not signed by the epoch's poster (NotEpochPoster).
func ChallengeStatement(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, s *EpochStatement) (*Receipt, error) {
	what := fmt.Sprintf("challenge the epoch %d statement", s.Epoch)
	if err := checkUint256(what, "commitment", s.Commitment); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), key,
		st.PackChallengeStatement(s.Epoch, s.statement(), s.Signature))
}

// PostScores attests p's scores optimistically from poster's key: the Settlement records
// keccak256(p.Proof) against the adapter's current evidence without verifying it, and
// for one challenge window anyone can run the proof through ChallengeScores. p.Epoch
// names the epoch the record is billed in (0: none): a proof found invalid voids it when
// the poster settled it and its claims have not opened. The contract rejects a poster
// without minStake (InsufficientStake), a record already attested (AlreadyAttested), an
// adapter without evidence (EvidenceNotRegistered), evidence whose score verifier
// governance no longer allows (ScoreVerifierNotAllowed) and values ≥ r (QueryHashOutOfField,
// CommitmentOutOfField, OutputHashOutOfField).
func PostScores(ctx context.Context, c *Chain, d *Deployment, poster *ecdsa.PrivateKey, p *ScoreProof) (*Receipt, error) {
	what := fmt.Sprintf("post scores of record %s", common.Hash(p.Record).Hex())
	if err := p.check(what); err != nil {
		return nil, err
	}
	st := bindings.NewSettlement()
	return c.transact(ctx, what, st.Instance(c.Client, d.Settlement), poster,
		st.PackPostScores(p.Record, p.Adapter, p.Epoch, p.QueryHash, p.Commitment, p.OutputHash, p.Proof))
}

// PostedScores is one ScoresPosted event: an optimistic attestation with its proof.
type PostedScores struct {
	ScoreAttestation
	Proof []byte `json:"proof"`
}

// FindPostedScores returns record's ScoresPosted event (with the proof a challenger needs),
// or nil when the record was never posted optimistically.
func FindPostedScores(ctx context.Context, c *Chain, d *Deployment, record [32]byte) (*PostedScores, error) {
	st := bindings.NewSettlement()
	ev, err := firstEvent(ctx, c, d, st.UnpackScoresPostedEvent, record,
		func(ev *bindings.SettlementScoresPosted) bool { return ev.Record == record })
	if ev == nil || err != nil {
		return nil, err
	}
	return &PostedScores{ScoreAttestation: ScoreAttestation{Record: ev.Record, Adapter: ev.Adapter, QueryHash: ev.QueryHash,
		Commitment: ev.Commitment, OutputHash: ev.OutputHash, Version: ev.Version, Block: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash, Epoch: ev.Epoch,
		ChallengeableUntil: ev.ChallengeableUntil, Poster: ev.Poster, ProofHash: crypto.Keccak256Hash(ev.Proof)}, Proof: ev.Proof}, nil
}

// ChallengeScores runs record's optimistically posted proof (as posted) through the
// adapter's score verifier from key's account. If the proof fails, the poster is slashed
// (as by ChallengeEquivocation), the attestation deleted and its epoch voided when the
// poster settled it and its claims have not opened. The contract rejects a proof that
// verifies (ChallengeFailed), a record not posted optimistically (NotChallengeable), one
// past its window (ScoresFinal), other proof bytes than posted (WrongProof) and a
// verifier governance no longer allows (ScoreVerifierNotAllowed).
func ChallengeScores(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, record [32]byte, proof []byte) (*Receipt, error) {
	st := bindings.NewSettlement()
	return c.transact(ctx, fmt.Sprintf("challenge the scores of record %s", common.Hash(record).Hex()),
		st.Instance(c.Client, d.Settlement), key, st.PackChallengeScores(record, proof))
}

// GovChallenge is a governance challenge as the Settlement holds it, with the URI and
// block of its ChallengeOpened event when read by ReadChallenges.
type GovChallenge struct {
	ID           uint64         `json:"id"`
	Challenger   common.Address `json:"challenger"`
	Deposit      *big.Int       `json:"deposit"`
	Prover       common.Address `json:"prover"`
	Epoch        uint64         `json:"epoch,omitempty"` // 0: not about an epoch
	Status       string         `json:"status"`          // "open", "upheld", "rejected" ("" if none)
	EvidenceHash common.Hash    `json:"evidence_hash"`
	URI          string         `json:"uri,omitempty"`
	Block        uint64         `json:"block,omitempty"`
	TxHash       common.Hash    `json:"tx_hash,omitzero"`
}

var challengeStatus = []string{"", "open", "upheld", "rejected"}

// OpenChallenge opens a governance challenge against prover from key's account (approving
// the deposit first when the allowance is short): it locks the Settlement's
// challengeDeposit, holds epoch's claims (0: no epoch) until governance resolves it, and
// keeps the prover from withdrawing. evidenceHash and uri name the evidence (e.g. what
// `poa challenge-record` builds). It returns the challenge's id. The contract rejects an
// unsettled (EpochNotSettled) or voided (EpochVoided) epoch and one whose window is over
// (ChallengeWindowClosed).
func OpenChallenge(ctx context.Context, c *Chain, d *Deployment, key *ecdsa.PrivateKey, prover common.Address, epoch uint64,
	evidenceHash common.Hash, uri string) (uint64, *Receipt, error) {
	p, err := ReadParams(ctx, c, d)
	if err != nil {
		return 0, nil, err
	}
	if _, err := approveIfShort(ctx, c, d, key, p.ChallengeDeposit, "approve challenge deposit"); err != nil {
		return 0, nil, err
	}
	st := bindings.NewSettlement()
	rc, err := c.transact(ctx, fmt.Sprintf("open a challenge against %s (epoch %d)", prover.Hex(), epoch),
		st.Instance(c.Client, d.Settlement), key, st.PackOpenChallenge(prover, epoch, evidenceHash, uri))
	if err != nil {
		return 0, nil, err
	}
	r, err := c.Client.TransactionReceipt(ctx, rc.TxHash)
	if err != nil {
		return 0, rc, err
	}
	for _, l := range r.Logs {
		if ev, err := st.UnpackChallengeOpenedEvent(l); err == nil && l.Address == d.Settlement {
			return ev.Id.Uint64(), rc, nil
		}
	}
	return 0, rc, fmt.Errorf("open challenge: tx %s has no ChallengeOpened event", rc.TxHash.Hex())
}

// ResolveChallenge resolves governance challenge id from owner's key (the Settlement's
// owner: in the full deployment a timelock executes PackResolveChallenge instead). Upheld:
// the prover is slashed (challengerBps of it and the deposit to the challenger, the rest
// to the treasury) and the epoch voided; rejected: the deposit goes to the treasury. The
// contract rejects another caller (OwnableUnauthorizedAccount) and a challenge not open
// (ChallengeNotOpen).
func ResolveChallenge(ctx context.Context, c *Chain, d *Deployment, owner *ecdsa.PrivateKey, id uint64, upheld bool) (*Receipt, error) {
	st := bindings.NewSettlement()
	return c.transact(ctx, fmt.Sprintf("resolve challenge %d (upheld %v)", id, upheld), st.Instance(c.Client, d.Settlement), owner,
		PackResolveChallenge(id, upheld))
}

// ReadChallenge reads governance challenge id (Status "": no such challenge).
func ReadChallenge(ctx context.Context, c *Chain, d *Deployment, id uint64) (*GovChallenge, error) {
	st := bindings.NewSettlement()
	out, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx},
		st.PackChallenges(new(big.Int).SetUint64(id)), st.UnpackChallenges)
	if err != nil {
		return nil, fmt.Errorf("read challenge %d at %s: %w", id, d.Settlement.Hex(), err)
	}
	g := &GovChallenge{ID: id, Challenger: out.Challenger, Deposit: out.Deposit, Prover: out.Prover, Epoch: out.Epoch,
		EvidenceHash: out.EvidenceHash}
	if int(out.Status) < len(challengeStatus) {
		g.Status = challengeStatus[out.Status]
	}
	return g, nil
}

// ReadChallenges lists the governance challenges opened since the deployment, oldest
// first, with their current status.
func ReadChallenges(ctx context.Context, c *Chain, d *Deployment) ([]GovChallenge, error) {
	st := bindings.NewSettlement()
	it, err := bind.FilterEvents(st.Instance(c.Client, d.Settlement), &bind.FilterOpts{Start: d.Block, Context: ctx}, st.UnpackChallengeOpenedEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := []GovChallenge{}
	for it.Next() {
		ev := it.Value()
		g, err := ReadChallenge(ctx, c, d, ev.Id.Uint64())
		if err != nil {
			return nil, err
		}
		g.URI, g.Block, g.TxHash = ev.Uri, ev.Raw.BlockNumber, ev.Raw.TxHash
		out = append(out, *g)
	}
	return out, it.Error()
}

// EpochState is a settled epoch as the Settlement holds it. Claims open at ClaimableAt
// (Unix seconds) unless the epoch is "voided" or OpenChallenges > 0.
type EpochState struct {
	Epoch          uint64         `json:"epoch"`
	Status         string         `json:"status"` // "settled", "voided" ("" if not settled)
	Root           common.Hash    `json:"root"`   // ClaimRoot(payout root, ScoresHash(commitment, records))
	Poster         common.Address `json:"poster"`
	Paid           *big.Int       `json:"paid"`
	SettledAt      uint64         `json:"settled_at"`
	ClaimableAt    uint64         `json:"claimable_at"`
	OpenChallenges uint32         `json:"open_challenges,omitempty"`
}

var epochStatus = []string{"", "settled", "voided"}

// ReadEpoch reads epoch's state on the Settlement.
func ReadEpoch(ctx context.Context, c *Chain, d *Deployment, epoch uint64) (*EpochState, error) {
	st := bindings.NewSettlement()
	out, err := bind.Call(st.Instance(c.Client, d.Settlement), &bind.CallOpts{Context: ctx}, st.PackEpochs(epoch), st.UnpackEpochs)
	if err != nil {
		return nil, fmt.Errorf("read epoch %d at %s: %w", epoch, d.Settlement.Hex(), err)
	}
	e := &EpochState{Epoch: epoch, Root: out.Root, Poster: out.Poster, Paid: out.Paid,
		SettledAt: out.SettledAt, ClaimableAt: out.ClaimableAt, OpenChallenges: out.OpenChallenges}
	if int(out.Status) < len(epochStatus) {
		e.Status = epochStatus[out.Status]
	}
	return e, nil
}

// ParseEpochStatement reads an epoch statement's JSON (as EpochStatement marshals it: the
// epoch, the 0x root, the commitment as a decimal number, the 0x 65-byte signature) and
// checks its shape: a commitment below r, a 65-byte signature with v 27 or 28. Unknown
// fields are refused. Whether the signature is a prover's is the contract's to check.
func ParseEpochStatement(data []byte) (*EpochStatement, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s EpochStatement
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("epoch statement: %w: %v", ErrInput, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("epoch statement: %w: data after the object", ErrInput)
	}
	switch {
	case s.Epoch == 0:
		return nil, fmt.Errorf("epoch statement: %w: epoch 0", ErrInput)
	case s.Commitment == nil || s.Commitment.Sign() < 0 || s.Commitment.Cmp(R) >= 0:
		return nil, fmt.Errorf("epoch statement of epoch %d: %w: commitment missing or not below r", s.Epoch, ErrInput)
	case len(s.Signature) != 65 || s.Signature[64] != 27 && s.Signature[64] != 28:
		return nil, fmt.Errorf("epoch statement of epoch %d: %w: want a 65-byte signature r ‖ s ‖ v with v 27 or 28", s.Epoch, ErrInput)
	}
	return &s, nil
}
