package contracts

import (
	"bytes"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"poa/prover"
)

// R is the BN254 scalar field order.
var R, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// Backend names the proof system of a settlement's verifier. Its values are the
// Settlement contract's Backend enum.
type Backend uint8

const (
	Groth16 Backend = 0 // verifyProof(bytes, uint256[5]), reverts on a bad proof
	Plonk   Backend = 1 // Verify(bytes, uint256[]) returns bool
)

func (b Backend) String() string {
	if b == Plonk {
		return "plonk"
	}
	return "groth16"
}

// Epoch is one epoch's settlement as the Settlement contract takes it
// (docs/settlement-abi.md): fees and payouts in OPEN base units. The contract takes
// TotalFee and splits it by its current fee rule; DataFee, its data share, is what the
// proof opens (so a split made under another fee rule fails with InvalidProof).
type Epoch struct {
	Epoch      uint64
	TotalFee   *big.Int // F, the epoch's total fee; < 2^96
	DataFee    *big.Int // F − owner share − protocol share under the fee rule
	Commitment *big.Int
	// Records is RecordsHash of the epoch's attribution records, whose scores the
	// commitment aggregates (each must be attested, else the epoch can be voided).
	Records      common.Hash
	Contributors []common.Address
	Payouts      []*big.Int
	Proof        []byte // the Solidity encoding of the proof (MarshalSolidity)
	// Attributed, if set, makes Post call settleAttributed: the epoch scores are proven
	// from the attested records listed there (Records must be their RecordsHash).
	Attributed *AttributedRecords
}

// AttributedRecords is what settleAttributed takes beyond settle's arguments: the
// epoch's record ids (their RecordKeys must be strictly ascending, SortRecordIDs), the
// proof's public digest of the record commitments (circuits.RecordsDigest) and the
// allowed attributed verifier of the proof's shape.
type AttributedRecords struct {
	IDs      []string
	Digest   *big.Int
	Verifier common.Address
}

// Keys returns the records' RecordKeys in order.
func (a *AttributedRecords) Keys() [][32]byte {
	out := make([][32]byte, len(a.IDs))
	for i, id := range a.IDs {
		out[i] = RecordKey(id)
	}
	return out
}

// SortRecordIDs sorts ids in place by RecordKey, the order settleAttributed requires.
func SortRecordIDs(ids []string) {
	slices.SortFunc(ids, func(a, b string) int {
		ka, kb := RecordKey(a), RecordKey(b)
		return bytes.Compare(ka[:], kb[:])
	})
}

// EpochOfAttributed is the settlement an attributed split proof proves, to be sent with
// settleAttributed from verifier: its epoch, data fee, commitment, contributors, payouts,
// the record ids (in the proof's order, which must be RecordKey-ascending) and digest.
// Set TotalFee before posting.
func EpochOfAttributed(p *prover.AttributedProof, ids []string, verifier common.Address) *Epoch {
	return &Epoch{Epoch: p.Epoch, DataFee: p.DataFee, Commitment: p.Commitment, Records: RecordsHash(ids),
		Contributors: p.Contributors, Payouts: p.Payouts, Proof: p.Solidity,
		Attributed: &AttributedRecords{IDs: ids, Digest: p.RecordDigest, Verifier: verifier}}
}

// EpochOf is the settlement a split proof proves: its statement's epoch, data fee,
// commitment, contributors and payouts, and the proof's Solidity bytes. The proof does
// not hold the epoch's total fee: set TotalFee before posting.
func EpochOf(p *prover.Proof) *Epoch {
	s := p.Statement
	return &Epoch{Epoch: s.Epoch, DataFee: s.DataFee, Commitment: s.Commitment,
		Contributors: s.Contributors, Payouts: s.Payouts, Proof: p.SolidityBytes()}
}

// BackendOf is the Settlement's Backend value of a prover backend.
func BackendOf(b prover.Backend) Backend {
	if b == prover.Plonk {
		return Plonk
	}
	return Groth16
}

// Paid is the sum of the payouts.
func (e *Epoch) Paid() *big.Int {
	s := new(big.Int)
	for _, p := range e.Payouts {
		s.Add(s, p)
	}
	return s
}

// Gamma is uint256(keccak256(abi.encode(uint256 epoch, uint256 commitment, uint256
// dataFee, address[] contributors, uint256[] payouts))) mod r, as the contract computes it:
// prover.Gamma, the one definition the proofs use. It panics if the lengths differ.
func Gamma(epoch uint64, commitment, dataFee *big.Int, contributors []common.Address, payouts []*big.Int) *big.Int {
	return prover.Gamma(epoch, commitment, dataFee, contributors, payouts)
}

// Fingerprint is Σ_i addr_i·γ^(2i+1) + payout_i·γ^(2i+2) mod r, as the contract computes
// it: prover.Fingerprint. It panics if the lengths differ.
func Fingerprint(gamma *big.Int, contributors []common.Address, payouts []*big.Int) *big.Int {
	return prover.Fingerprint(gamma, contributors, payouts)
}

// PublicInputs returns the verifier's five public inputs for e: epoch, commitment,
// dataFee, gamma, fingerprint.
func (e *Epoch) PublicInputs() [5]*big.Int {
	g := Gamma(e.Epoch, e.Commitment, e.DataFee, e.Contributors, e.Payouts)
	return [5]*big.Int{new(big.Int).SetUint64(e.Epoch), e.Commitment, e.DataFee, g, Fingerprint(g, e.Contributors, e.Payouts)}
}

// OPENUnits is n whole OPEN in base units (n·10^18).
func OPENUnits(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}
