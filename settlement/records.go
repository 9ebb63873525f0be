package settlement

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"poa/contracts"
	"poa/prover"
)

// Status is where an epoch is in its life cycle. The open epoch has no record of its
// own (see Open); every other epoch has one Epoch record whose Status only moves
// forward: closed → proven → posted → confirmed.
type Status string

const (
	// Closed: records frozen, fee split and scores commitment computed.
	Closed Status = "closed"
	// Proven: a split proof that verifies natively is stored (kind proof).
	Proven Status = "proven"
	// Posted: a settle transaction was mined; Post holds its receipt.
	Posted Status = "posted"
	// Confirmed: the contract's state shows the epoch settled with the store's payout
	// root and data fee. Final.
	Confirmed Status = "confirmed"
	// Refiled: the epoch could no longer be posted (the deployment had settled a later
	// epoch: data directories written before epochs were settled in order); its records
	// were moved into the open epoch (RefiledTo), which pays them. Final.
	Refiled Status = "refiled"
	// Voided: the epoch was settled, then a challenge proved its poster at fault and the
	// Settlement voided it (its payouts went to the treasury, none can be claimed); its
	// records were moved into the open epoch (RefiledTo), which pays them again. Final.
	Voided Status = "voided"
)

// rank orders statuses; records written before the state machine say "closed".
func (s Status) rank() int {
	switch s {
	case Proven:
		return 1
	case Posted:
		return 2
	case Confirmed, Refiled:
		return 3
	case Voided:
		return 4
	}
	return 0
}

// Done reports whether the epoch needs nothing more.
func (s Status) Done() bool { return s == Confirmed || s == Refiled || s == Voided }

// FeeRule splits an epoch's total fee F: owner = floor(F·OwnerBps/10000), protocol =
// floor(F·ProtocolBps/10000), data = F − owner − protocol (docs/settlement-abi.md); the
// Settlement computes the same split on-chain (contracts.FeeRule, this type). The three
// shares must sum to 10000 basis points (Check).
type FeeRule = contracts.FeeRule

// DefaultFeeRule is 10% model owner, 10% protocol, 80% data contributors: the genesis's.
var DefaultFeeRule = FeeRule{OwnerBps: 1000, ProtocolBps: 1000, DataBps: 8000}

// Open is the open epoch (store kind config, key "epoch"): its number and what has been
// filed into it so far. Filing a record and closing the epoch both write it, so the
// store serializes them.
type Open struct {
	Epoch   uint64 `json:"epoch"`
	Records int    `json:"records"`
	Fee     string `json:"fee"` // Σ record fees so far, decimal OPEN base units
}

// Contributor is one row of a closed epoch.
type Contributor struct {
	Address string `json:"address"` // EIP-55
	Score   string `json:"score"`   // decimal, fixed-point (influence.ScoreScale)
	Payout  string `json:"payout"`  // decimal, OPEN base units
}

// ProofInfo says which proof an epoch carries (the proof itself is the kind-proof record).
type ProofInfo struct {
	Backend  prover.Backend `json:"backend"`
	Size     int            `json:"circuit_size"`
	KeyID    string         `json:"key_id"`
	Proved   time.Time      `json:"proved"`
	Verified bool           `json:"verified"` // checked natively before it was stored
	// Shape is the attributed split shape of a proven epoch's proof ("n64-r16-c16").
	Shape string `json:"shape,omitempty"`
}

// Posting is where and how an epoch was settled on-chain.
type Posting struct {
	Deployment string             `json:"deployment"` // store key of the deployment: "embedded" or "chain-<id>"
	Network    string             `json:"network"`
	ChainID    uint64             `json:"chain_id"`
	Settlement common.Address     `json:"settlement"`
	Settle     contracts.Receipt  `json:"settle"`
	Approve    *contracts.Receipt `json:"approve,omitempty"`
	Root       common.Hash        `json:"root"`
	Paid       string             `json:"paid"`
	Remainder  string             `json:"remainder"`
	// ClaimableAt is when the epoch's claims open (chain time, Unix seconds): its
	// settlement's block time plus the challenge window (0 when recovered from the chain).
	ClaimableAt uint64 `json:"claimable_at,omitempty"`
	// Recovered is true when the store learned of the settlement from the chain's
	// Settled event (the process stopped after the transaction and before recording it).
	Recovered bool      `json:"recovered,omitempty"`
	Confirmed time.Time `json:"confirmed,omitzero"`
	// Statement is the poster's EIP-712 signed statement of the epoch's root and
	// commitment (contracts.EpochStatement): the node publishes it (poa epoch show, GET
	// /v1/epochs/{id}); a different statement signed for the same epoch is evidence of
	// equivocation that slashes the poster on-chain (poa challenge equivocation).
	Statement *contracts.EpochStatement `json:"statement,omitempty"`
	// Records is the hash of the epoch's record ids the settlement bound its payouts to
	// (contracts.RecordsHash), and Unattested the records whose scores had no on-chain
	// attestation when it settled: until ClaimableAt anyone can void the epoch naming one
	// (poa challenge unproven) unless it is attested first (poa prove-record ID --post).
	Records    common.Hash `json:"records,omitzero"`
	Unattested []string    `json:"unattested,omitempty"`
	// Verifier is the attributed split verifier a proven epoch was settled through
	// (settleAttributed's verifier argument: the deployment's allowed verifier of its
	// shape); zero for a fused epoch.
	Verifier common.Address `json:"verifier,omitzero"`
}

// Epoch is a closed settlement epoch (store kind epoch, key = decimal epoch), the one
// typed record that carries an epoch from its close to its confirmation.
type Epoch struct {
	Epoch        uint64        `json:"epoch"`
	Status       Status        `json:"status"`
	Closed       time.Time     `json:"closed"`
	FeeRule      FeeRule       `json:"fee_rule"`
	Fee          string        `json:"fee"` // F, decimal
	OwnerFee     string        `json:"owner_fee"`
	ProtocolFee  string        `json:"protocol_fee"`
	DataFee      string        `json:"data_fee"`
	Records      []string      `json:"records"` // attribution record ids
	Contributors []Contributor `json:"contributors"`
	Remainder    string        `json:"remainder"`
	Commitment   string        `json:"commitment"`
	Proof        *ProofInfo    `json:"proof,omitempty"`
	Post         *Posting      `json:"post,omitempty"`
	RefiledTo    uint64        `json:"refiled_to,omitempty"`
	// Basis is what the scores are: fused (the default, also when empty) or proven
	// (CloseProven; Proven holds the records' rows, and Records are its aggregated ids).
	Basis  Basis        `json:"basis,omitempty"`
	Proven *ProvenEpoch `json:"proven,omitempty"`
}

// allRecords returns every attribution record closed into e: Records and, for a
// proven epoch, its records with fee 0.
func (e *Epoch) allRecords() []string {
	if e.Proven == nil || len(e.Proven.Free) == 0 {
		return e.Records
	}
	return append(append([]string(nil), e.Records...), e.Proven.Free...)
}

// Input returns the split input of the epoch (data fee, contributors, scores).
func (e *Epoch) Input() (prover.Input, error) {
	in := prover.Input{Epoch: e.Epoch}
	name := fmt.Sprintf("epoch %d", e.Epoch)
	var err error
	if in.Fee, err = ParseFee(e.DataFee); err != nil {
		return in, fmt.Errorf("%s: data_fee: %w", name, err)
	}
	for i, c := range e.Contributors {
		a, err := ParseAddress(c.Address)
		if err != nil {
			return in, fmt.Errorf("%s: contributors[%d]: %w", name, i, err)
		}
		s, ok := new(big.Int).SetString(c.Score, 10)
		if !ok || s.Sign() < 0 || !s.IsUint64() {
			return in, fmt.Errorf("%s: contributors[%d].score %q: not a 64-bit decimal: %w", name, i, c.Score, ErrInput)
		}
		in.Contributors = append(in.Contributors, a)
		in.Scores = append(in.Scores, s.Uint64())
	}
	return in, nil
}

// Statement builds the epoch's split statement and checks that the recorded payouts,
// remainder and commitment are what the split and the commitment give.
func (e *Epoch) Statement() (*prover.Statement, error) {
	in, err := e.Input()
	if err != nil {
		return nil, err
	}
	st, err := prover.NewStatement(in)
	if err != nil {
		return nil, err
	}
	for i, c := range e.Contributors {
		if c.Payout != st.Payouts[i].String() {
			return nil, fmt.Errorf("epoch %d: recorded payout of %s is %s, the split gives %s: %w", e.Epoch, c.Address, c.Payout, st.Payouts[i], ErrInput)
		}
	}
	if e.Remainder != st.Remainder.String() || e.Commitment != st.Commitment.String() {
		return nil, fmt.Errorf("epoch %d: recorded remainder or commitment differ from the recomputed split: %w", e.Epoch, ErrInput)
	}
	return st, nil
}

// Payouts returns the contributors and payouts as the contract settles them.
func (e *Epoch) Payouts() ([]common.Address, []*big.Int, error) {
	addrs := make([]common.Address, len(e.Contributors))
	pays := make([]*big.Int, len(e.Contributors))
	for i, c := range e.Contributors {
		a, err := ParseAddress(c.Address)
		if err != nil {
			return nil, nil, fmt.Errorf("epoch %d: contributors[%d]: %w", e.Epoch, i, err)
		}
		p, err := ParseFee(c.Payout)
		if err != nil {
			return nil, nil, fmt.Errorf("epoch %d: contributors[%d].payout: %w", e.Epoch, i, err)
		}
		addrs[i], pays[i] = a, p
	}
	return addrs, pays, nil
}
