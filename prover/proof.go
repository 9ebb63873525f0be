package prover

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"poa/circuits"
)

// ProofFileVersion is the version of the proof file format.
const ProofFileVersion = 1

const proofFormat = "poa-split-proof"

// Proof is a reward-split proof with its statement. Its JSON form is the proof file.
type Proof struct {
	Format    string
	Version   int
	Circuit   string
	Backend   Backend
	Size      int
	KeyID     string
	Statement *Statement
	// Raw is gnark's serialization of the proof (WriteTo); Solidity is MarshalSolidity().
	Raw       []byte
	Solidity  []byte
	ProveTime time.Duration
}

// SolidityBytes returns the proof bytes the exported Solidity verifier takes.
func (p *Proof) SolidityBytes() []byte { return append([]byte(nil), p.Solidity...) }

var verifierABI = func() map[Backend]abi.ABI {
	g, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"verifyProof","stateMutability":"view","inputs":[{"name":"proof","type":"bytes"},{"name":"input","type":"uint256[5]"}],"outputs":[]}]`))
	if err != nil {
		panic(err)
	}
	p, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"Verify","stateMutability":"view","inputs":[{"name":"proof","type":"bytes"},{"name":"public_inputs","type":"uint256[]"}],"outputs":[{"name":"","type":"bool"}]}]`))
	if err != nil {
		panic(err)
	}
	return map[Backend]abi.ABI{Groth16: g, Plonk: p}
}()

// Calldata returns the exact calldata of the exported verifier's call for p:
// verifyProof(bytes, uint256[5]) for Groth16, Verify(bytes, uint256[]) for PLONK.
func (p *Proof) Calldata() ([]byte, error) {
	pub := p.Statement.PublicInputs()
	switch p.Backend {
	case Groth16:
		var in [5]*big.Int
		copy(in[:], pub)
		return verifierABI[Groth16].Pack("verifyProof", p.Solidity, in)
	case Plonk:
		return verifierABI[Plonk].Pack("Verify", p.Solidity, pub)
	}
	return nil, fmt.Errorf("%q: %w", p.Backend, ErrBackend)
}

// proofJSON is the proof file: integers as decimal strings, bytes as 0x-hex.
type proofJSON struct {
	Format       string   `json:"format"`
	Version      int      `json:"version"`
	Circuit      string   `json:"circuit"`
	Backend      string   `json:"backend"`
	Size         int      `json:"circuit_size"`
	KeyID        string   `json:"key_id"`
	ProofSize    int      `json:"proof_size"`
	Epoch        uint64   `json:"epoch"`
	DataFee      string   `json:"data_fee"`
	Commitment   string   `json:"commitment"`
	Gamma        string   `json:"gamma"`
	Fingerprint  string   `json:"fingerprint"`
	Contributors []string `json:"contributors"`
	Payouts      []string `json:"payouts"`
	Remainder    string   `json:"remainder"`
	PublicInputs []string `json:"public_inputs"`
	Proof        string   `json:"proof"`
	Solidity     string   `json:"solidity_proof"`
	Calldata     string   `json:"calldata"`
	ProveMillis  int64    `json:"prove_ms,omitempty"`
	// Verified is set in store records by poa prove / poa verify after a native check.
	Verified bool `json:"verified,omitempty"`
}

// MarshalJSON writes the proof file format.
func (p *Proof) MarshalJSON() ([]byte, error) {
	st := p.Statement
	cd, err := p.Calldata()
	if err != nil {
		return nil, err
	}
	j := proofJSON{Format: proofFormat, Version: ProofFileVersion, Circuit: p.Circuit, Backend: string(p.Backend),
		Size: p.Size, KeyID: p.KeyID, Epoch: st.Epoch, DataFee: st.DataFee.String(), Commitment: st.Commitment.String(),
		Gamma: st.Gamma.String(), Fingerprint: st.Fingerprint.String(), Remainder: st.Remainder.String(),
		Proof: "0x" + hex.EncodeToString(p.Raw), Solidity: "0x" + hex.EncodeToString(p.Solidity),
		Calldata: "0x" + hex.EncodeToString(cd), ProveMillis: p.ProveTime.Milliseconds(), ProofSize: len(p.Solidity)}
	for i, a := range st.Contributors {
		j.Contributors = append(j.Contributors, a.Hex())
		j.Payouts = append(j.Payouts, st.Payouts[i].String())
	}
	for _, v := range st.PublicInputs() {
		j.PublicInputs = append(j.PublicInputs, v.String())
	}
	return json.Marshal(j)
}

// DecodeProof reads a proof file from r; name labels errors. Besides the syntax it
// checks that the public inputs equal the statement's fields, that γ and the
// fingerprint recompute from the contributors and payouts, and that the calldata is
// the encoding of the proof; it does not verify the proof (see Verify). Errors wrap
// ErrProofFile.
func DecodeProof(r io.Reader, name string) (*Proof, error) {
	var j proofJSON
	dec := json.NewDecoder(io.LimitReader(r, 64<<20))
	dec.DisallowUnknownFields()
	bad := func(why string, a ...any) error {
		return fmt.Errorf("%s: %w: %s", name, ErrProofFile, fmt.Sprintf(why, a...))
	}
	if err := dec.Decode(&j); err != nil {
		return nil, bad("%v", err)
	}
	if j.Format != proofFormat {
		return nil, bad("format %q, want %q", j.Format, proofFormat)
	}
	if j.Version != ProofFileVersion {
		return nil, bad("version %d, this poa reads %d", j.Version, ProofFileVersion)
	}
	b, err := ParseBackend(j.Backend)
	if err != nil {
		return nil, bad("%v", err)
	}
	if j.Circuit != CircuitSplit || j.Size < 1 || j.Size > circuits.MaxSize || len(j.KeyID) != 64 {
		return nil, bad("circuit %q size %d key id %q", j.Circuit, j.Size, j.KeyID)
	}
	p := &Proof{Format: j.Format, Version: j.Version, Circuit: j.Circuit, Backend: b, Size: j.Size, KeyID: j.KeyID,
		ProveTime: time.Duration(j.ProveMillis) * time.Millisecond}
	st := &Statement{Epoch: j.Epoch}
	p.Statement = st
	fields := []struct {
		name string
		s    string
		bits int
		dst  **big.Int
	}{
		{"data_fee", j.DataFee, circuits.FeeBits, &st.DataFee},
		{"remainder", j.Remainder, circuits.FeeBits, &st.Remainder},
		{"commitment", j.Commitment, 254, &st.Commitment},
		{"gamma", j.Gamma, 254, &st.Gamma},
		{"fingerprint", j.Fingerprint, 254, &st.Fingerprint},
	}
	for _, f := range fields {
		v, err := ParseUint(f.s, f.bits)
		if err != nil {
			return nil, bad("%s: %v", f.name, err)
		}
		*f.dst = v
	}
	if len(j.Contributors) != len(j.Payouts) || len(j.Contributors) > j.Size {
		return nil, bad("%d contributors, %d payouts, size %d", len(j.Contributors), len(j.Payouts), j.Size)
	}
	for i := range j.Contributors {
		a, err := parseAddress(j.Contributors[i])
		if err != nil {
			return nil, bad("contributors[%d]: %v", i, err)
		}
		v, err := ParseUint(j.Payouts[i], circuits.FeeBits)
		if err != nil {
			return nil, bad("payouts[%d]: %v", i, err)
		}
		st.Contributors = append(st.Contributors, a)
		st.Payouts = append(st.Payouts, v)
	}
	if p.Raw, err = parseHex(j.Proof); err != nil {
		return nil, bad("proof: %v", err)
	}
	if p.Solidity, err = parseHex(j.Solidity); err != nil {
		return nil, bad("solidity_proof: %v", err)
	}
	if j.ProofSize != len(p.Solidity) {
		return nil, bad("proof_size %d, solidity proof has %d bytes", j.ProofSize, len(p.Solidity))
	}
	if len(j.PublicInputs) != 5 {
		return nil, bad("%d public inputs, want 5", len(j.PublicInputs))
	}
	pub := make([]*big.Int, 5)
	for i, s := range j.PublicInputs {
		if pub[i], err = ParseUint(s, 254); err != nil {
			return nil, bad("public_inputs[%d]: %v", i, err)
		}
	}
	if !equalInts(pub, st.PublicInputs()) {
		return nil, bad("public_inputs differ from epoch, commitment, data_fee, gamma, fingerprint")
	}
	if err := p.checkStatement(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cd, err := parseHex(j.Calldata)
	if err != nil {
		return nil, bad("calldata: %v", err)
	}
	want, err := p.Calldata()
	if err != nil || hex.EncodeToString(want) != hex.EncodeToString(cd) {
		return nil, bad("calldata is not the encoding of this proof and its public inputs")
	}
	return p, nil
}

// checkStatement recomputes γ and the fingerprint from the statement's contributors
// and payouts, and checks Σ payouts + remainder = dataFee.
func (p *Proof) checkStatement() error {
	st := p.Statement
	sum := new(big.Int).Set(st.Remainder)
	for _, v := range st.Payouts {
		sum.Add(sum, v)
	}
	if sum.Cmp(st.DataFee) != 0 {
		return fmt.Errorf("%w: payouts + remainder = %s, data fee %s", ErrProofFile, sum, st.DataFee)
	}
	r := circuits.Modulus()
	if st.Commitment.Cmp(r) >= 0 || st.Gamma.Cmp(r) >= 0 || st.Fingerprint.Cmp(r) >= 0 {
		return fmt.Errorf("%w: commitment, gamma or fingerprint not reduced mod r", ErrProofFile)
	}
	if g := Gamma(st.Epoch, st.Commitment, st.DataFee, st.Contributors, st.Payouts); g.Cmp(st.Gamma) != 0 {
		return fmt.Errorf("%w: gamma does not match the epoch, commitment, fee, contributors and payouts", ErrProofFile)
	}
	if f := Fingerprint(st.Gamma, st.Contributors, st.Payouts); f.Cmp(st.Fingerprint) != 0 {
		return fmt.Errorf("%w: fingerprint does not match the contributors and payouts", ErrProofFile)
	}
	return nil
}

func parseHex(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("missing 0x prefix")
	}
	return hex.DecodeString(s[2:])
}
