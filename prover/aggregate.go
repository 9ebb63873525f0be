package prover

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/circuits"
)

// CircuitAttributedSplit names the reward split with proven epoch aggregation
// (circuits.AttributedSplit).
const CircuitAttributedSplit = "attributed-split"

// AttributedShape is an attributed split's shape: N contributors, R record slots of C
// rows (per-contributor totals) each. One set of keys (and one verifier) serves one shape.
type AttributedShape struct {
	N int `json:"n"`
	R int `json:"r"`
	C int `json:"c"`
}

// String is the shape's name, e.g. "n64-r64-c16".
func (s AttributedShape) String() string { return fmt.Sprintf("n%d-r%d-c%d", s.N, s.R, s.C) }

func (s AttributedShape) check() error {
	if s.N < 1 || s.N > circuits.MaxSize || s.R < 1 || s.R > circuits.MaxRecords || s.C < 1 || s.C > circuits.MaxRecordRows {
		return fmt.Errorf("attributed split shape %s outside [1, %d]×[1, %d]×[1, %d]: %w", s, circuits.MaxSize, circuits.MaxRecords, circuits.MaxRecordRows, ErrInput)
	}
	return nil
}

var attributedGammaArgs = func() abi.Arguments {
	u256, _ := abi.NewType("uint256", "", nil)
	addrs, _ := abi.NewType("address[]", "", nil)
	u256s, _ := abi.NewType("uint256[]", "", nil)
	return abi.Arguments{{Type: u256}, {Type: u256}, {Type: u256}, {Type: addrs}, {Type: u256s}, {Type: u256}, {Type: u256s}}
}()

// AttributedGamma is the challenge of an attributed split (docs/proofs.md, # Epoch
// aggregation):
//
//	uint256(keccak256(abi.encode(uint256 epoch, uint256 commitment, uint256 dataFee,
//	        address[] contributors, uint256[] payouts, uint256 recordDigest,
//	        uint256[] recordCommitments))) mod r
//
// where recordCommitments are the attested commitments of the epoch's records in its
// order (the contract reads attestations[record].commitment) and recordDigest is the
// proof's public RecordDigest. It panics as Gamma does.
func AttributedGamma(epoch uint64, commitment, dataFee *big.Int, contributors []common.Address, payouts []*big.Int, recordDigest *big.Int, recordCommitments []*big.Int) *big.Int {
	if len(contributors) != len(payouts) {
		panic("prover: AttributedGamma: contributors and payouts differ in length")
	}
	enc, err := attributedGammaArgs.Pack(new(big.Int).SetUint64(epoch), commitment, dataFee, contributors, payouts, recordDigest, recordCommitments)
	if err != nil {
		panic("prover: AttributedGamma: " + err.Error())
	}
	h := new(big.Int).SetBytes(crypto.Keccak256(enc))
	return h.Mod(h, circuits.Modulus())
}

// AttributedKeys are the Groth16 keys of one attributed split shape with its compiled
// constraint system.
type AttributedKeys struct {
	Shape       AttributedShape `json:"shape"`
	Constraints int             `json:"constraints"`
	KeyID       string          `json:"key_id"` // hex sha256 of the verifying key
	Setup       string          `json:"setup"`
	CompileMs   int64           `json:"compile_ms"`
	SetupMs     int64           `json:"setup_ms"`
	ccs         constraint.ConstraintSystem
	pk          groth16.ProvingKey
	vk          groth16.VerifyingKey
}

// SetupAttributed compiles the attributed split of the shape and makes its Groth16
// keys as SetupScore does: with a beacon the deterministic development setup, without
// gnark's single-party setup (both development only).
func SetupAttributed(ctx context.Context, shape AttributedShape, beacon string) (*AttributedKeys, error) {
	if err := shape.check(); err != nil {
		return nil, err
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewAttributedSplit(shape.N, shape.R, shape.C))
	if err != nil {
		return nil, fmt.Errorf("compile attributed split %s: %w", shape, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	k := &AttributedKeys{Shape: shape, Constraints: ccs.GetNbConstraints(), ccs: ccs, CompileMs: time.Since(t0).Milliseconds()}
	d, err := setupDev(ccs, beacon, fmt.Sprintf("attributed split %s", shape))
	if err != nil {
		return nil, err
	}
	k.pk, k.vk, k.Setup, k.KeyID, k.SetupMs = d.pk, d.vk, d.setup, d.keyID, d.setupMs
	return k, nil
}

// AttributedStatement is what an attributed split is proven from: the epoch, its data
// fee and its records' attested rows in the epoch's order, with the commitments their
// attestations hold (nil: each record's own).
type AttributedStatement struct {
	Epoch       uint64
	DataFee     *big.Int
	Records     []circuits.RecordRows
	Commitments []*big.Int
}

// AttributedProof is a proof that the payouts are the exact split of the data fee among
// the epoch scores of the listed records (circuits.EpochScores): the public inputs, the
// lists the contract recomputes them from, and the proof in gnark's and the Solidity
// verifier's encodings.
type AttributedProof struct {
	Circuit           string           `json:"circuit"`
	Shape             AttributedShape  `json:"shape"`
	KeyID             string           `json:"key_id"`
	Epoch             uint64           `json:"epoch"`
	DataFee           *big.Int         `json:"data_fee"`
	Commitment        *big.Int         `json:"commitment"`
	Gamma             *big.Int         `json:"gamma"`
	Fingerprint       *big.Int         `json:"fingerprint"`
	RecordDigest      *big.Int         `json:"record_digest"`
	RecordFingerprint *big.Int         `json:"record_fingerprint"`
	Contributors      []common.Address `json:"contributors"`
	Scores            []uint64         `json:"scores"`
	Payouts           []*big.Int       `json:"payouts"`
	Remainder         *big.Int         `json:"remainder"`
	RecordCommitments []*big.Int       `json:"record_commitments"`
	Raw               []byte           `json:"raw"`
	Solidity          []byte           `json:"solidity"`
	ProveMs           int64            `json:"prove_ms"`
}

// PublicInputs returns the proof's four public inputs in circuit (and verifier) order:
// Commitment, Gamma, the attributed fingerprint (circuits.AttributedFingerprint of
// DataFee, Fingerprint and RecordFingerprint at Gamma), RecordDigest. Epoch and DataFee
// are private in the circuit: the contract binds them through γ and the fingerprint.
// Nil fields give a nil attributed fingerprint.
func (p *AttributedProof) PublicInputs() []*big.Int {
	var fp *big.Int
	if p.Gamma != nil && p.DataFee != nil && p.Fingerprint != nil && p.RecordFingerprint != nil {
		fp = circuits.AttributedFingerprint(p.Gamma, p.DataFee, p.Fingerprint, p.RecordFingerprint)
	}
	return []*big.Int{p.Commitment, p.Gamma, fp, p.RecordDigest}
}

// ProveAttributed aggregates st's records into epoch scores (circuits.EpochScores),
// splits the data fee among them (Split), proves the whole with k and checks the fresh
// proof. More records, rows or contributors than the shape holds is ErrTooLarge; a
// record whose rows do not hash to its attested commitment, or data that cannot form a
// witness (unsorted rows, values out of range), is ErrInput naming the record.
func ProveAttributed(ctx context.Context, k *AttributedKeys, st *AttributedStatement) (*AttributedProof, error) {
	sh := k.Shape
	if len(st.Records) > sh.R {
		return nil, fmt.Errorf("epoch %d: %d records, shape %s holds %d: %w", st.Epoch, len(st.Records), sh, sh.R, ErrTooLarge)
	}
	for i, rec := range st.Records {
		if len(rec.Addrs) > sh.C {
			return nil, fmt.Errorf("epoch %d record %d: %d contributors, shape %s holds %d per record: %w", st.Epoch, i, len(rec.Addrs), sh, sh.C, ErrTooLarge)
		}
	}
	if st.DataFee == nil || st.DataFee.Sign() < 0 {
		return nil, fmt.Errorf("epoch %d: missing or negative data fee: %w", st.Epoch, ErrInput)
	}
	set := circuits.RecordSet{Records: st.Records, Commitments: st.Commitments}
	if err := set.Validate(sh.R, sh.C); err != nil {
		return nil, fmt.Errorf("epoch %d: %w: %v", st.Epoch, ErrInput, err)
	}
	comms := set.RecordCommitments()
	for i, rec := range st.Records {
		if own := rec.Commitment(); own.Cmp(comms[i]) != 0 {
			return nil, fmt.Errorf("epoch %d record %d: rows hash to commitment %s, the attestation holds %s: %w", st.Epoch, i, own, comms[i], ErrInput)
		}
	}
	addrs, scores := circuits.EpochScores(st.Records)
	if len(addrs) > sh.N {
		return nil, fmt.Errorf("epoch %d: %d contributors, shape %s holds %d: %w", st.Epoch, len(addrs), sh, sh.N, ErrTooLarge)
	}
	payouts, rem := Split(st.DataFee, scores)
	contributors := make([]common.Address, len(addrs))
	for i, a := range addrs {
		contributors[i] = common.BigToAddress(a)
	}
	p := &AttributedProof{Circuit: CircuitAttributedSplit, Shape: sh, KeyID: k.KeyID, Epoch: st.Epoch,
		DataFee: new(big.Int).Set(st.DataFee), Commitment: circuits.ScoresCommitment(addrs, scores),
		RecordDigest: circuits.RecordsDigest(comms), Contributors: contributors, Scores: scores,
		Payouts: payouts, Remainder: rem, RecordCommitments: comms}
	p.Gamma = AttributedGamma(p.Epoch, p.Commitment, p.DataFee, contributors, payouts, p.RecordDigest, comms)
	p.Fingerprint = circuits.Fingerprint(p.Gamma, addrs, payouts)
	p.RecordFingerprint = circuits.RecordsFingerprint(p.Gamma, comms)
	split := circuits.Split{Epoch: st.Epoch, DataFee: st.DataFee, Addrs: addrs, Scores: scores, Payouts: payouts, Remainder: rem, Gamma: p.Gamma}
	assign, err := circuits.AssignAttributedSplit(sh.N, sh.R, sh.C, split, set)
	if err != nil {
		return nil, fmt.Errorf("epoch %d: %w: %v", st.Epoch, ErrInput, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pr, err := proveForSolidity(k.ccs, k.pk, assign)
	if err != nil {
		return nil, err
	}
	p.Raw, p.Solidity, p.ProveMs = pr.raw, pr.solidity, pr.proveMs
	if err := VerifyAttributed(k, p); err != nil {
		return nil, fmt.Errorf("fresh attributed split proof does not verify: %w", err)
	}
	return p, nil
}

// VerifyAttributed checks p as the settlement contract is to: the key (ErrKeyMismatch),
// the values the contract recomputes from calldata and storage, γ, the payouts'
// fingerprint and the records' fingerprint (ErrProofFile when they differ from the
// proof's), and the proof against the four public inputs (ErrInvalidProof).
func VerifyAttributed(k *AttributedKeys, p *AttributedProof) error {
	if p.Shape != k.Shape || p.KeyID != k.KeyID {
		return fmt.Errorf("attributed split proof of shape %s key %.16s, checked with %s key %.16s: %w", p.Shape, p.KeyID, k.Shape, k.KeyID, ErrKeyMismatch)
	}
	if len(p.Contributors) != len(p.Payouts) || p.DataFee == nil || p.Commitment == nil || p.RecordDigest == nil {
		return fmt.Errorf("%w: missing fields or %d contributors for %d payouts", ErrProofFile, len(p.Contributors), len(p.Payouts))
	}
	r := circuits.Modulus()
	vals := []*big.Int{new(big.Int).SetUint64(p.Epoch), p.Commitment, p.DataFee, p.Gamma, p.Fingerprint, p.RecordDigest, p.RecordFingerprint}
	for i, v := range append(vals, p.RecordCommitments...) {
		if v == nil || v.Sign() < 0 || v.Cmp(r) >= 0 {
			return fmt.Errorf("%w: public value %d not reduced mod r", ErrProofFile, i)
		}
	}
	for i, v := range p.Payouts {
		if v == nil || v.Sign() < 0 || v.BitLen() > circuits.FeeBits {
			return fmt.Errorf("%w: payout %d out of range", ErrProofFile, i)
		}
	}
	g := AttributedGamma(p.Epoch, p.Commitment, p.DataFee, p.Contributors, p.Payouts, p.RecordDigest, p.RecordCommitments)
	if g.Cmp(p.Gamma) != 0 {
		return fmt.Errorf("%w: gamma does not recompute from the proof's lists", ErrProofFile)
	}
	if Fingerprint(g, p.Contributors, p.Payouts).Cmp(p.Fingerprint) != 0 {
		return fmt.Errorf("%w: payout fingerprint does not recompute", ErrProofFile)
	}
	if circuits.RecordsFingerprint(g, p.RecordCommitments).Cmp(p.RecordFingerprint) != 0 {
		return fmt.Errorf("%w: record fingerprint does not recompute from the record commitments", ErrProofFile)
	}
	c := circuits.NewAttributedSplit(k.Shape.N, k.Shape.R, k.Shape.C)
	in := p.PublicInputs()
	c.Commitment, c.Gamma, c.Fingerprint, c.RecordDigest = in[0], in[1], in[2], in[3]
	return verifyForSolidity(k.vk, c, p.Raw, p.Solidity)
}
