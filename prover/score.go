package prover

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"poa/circuits"
)

// CircuitScore names the attribution score circuit (circuits.ScoreCircuit).
const CircuitScore = "score"

// ScoreShape is a score circuit's shape: M candidate rows, sketch dimension K, the
// sketch tree's depth and the span slots (circuits.SpanShape: slots, document, run and
// output lengths, corpus tree depth). One set of keys (and one on-chain verifier) serves
// one shape.
type ScoreShape struct {
	M     int                `json:"m"`
	K     int                `json:"k"`
	Depth int                `json:"depth"`
	Spans circuits.SpanShape `json:"spans"`
}

// String is the shape's name, e.g. "m64-k1024-d14-s4-t1024-l32-o128-c14".
func (s ScoreShape) String() string {
	return fmt.Sprintf("m%d-k%d-d%d-%s", s.M, s.K, s.Depth, s.Spans)
}

// ParseScoreShape parses a shape's name (ScoreShape.String), e.g.
// "m64-k1024-d14-s4-t1024-l32-o128-c14"; a name that does not round-trip, or a shape
// out of bounds, is ErrInput.
func ParseScoreShape(name string) (ScoreShape, error) {
	var s ScoreShape
	sp := &s.Spans
	if _, err := fmt.Sscanf(name, "m%d-k%d-d%d-s%d-t%d-l%d-o%d-c%d", &s.M, &s.K, &s.Depth,
		&sp.Slots, &sp.DocLen, &sp.RunLen, &sp.OutLen, &sp.Depth); err != nil || s.String() != name {
		return ScoreShape{}, fmt.Errorf("score shape %q: want mM-kK-dD-sS-tT-lL-oO-cC, e.g. %s: %w", name, DevScoreShapes[0], ErrInput)
	}
	return s, s.check()
}

// Span slots of the default shapes, chosen from the demo's records (docs/proofs.md):
// records carry 0–2 spans of 3 tokens over 24-token outputs, and 99.8% of the demo
// corpus's documents have at most 1024 tokens (97.4% at most 512). A span whose
// document is longer than SpanDocLen or whose run is longer than SpanRunLen, and spans
// past the first SpanSlots, are not proven: they stay recomputable (poa verify-record)
// and the proof lists them as unproven.
const (
	SpanSlots  = 4
	SpanDocLen = 1024
	SpanRunLen = 32
	// MinSpanOutLen is the least padded output length: the demo models have 128
	// positions, so every demo output fits.
	MinSpanOutLen = 128
)

// SpanShapeFor is the default span shape for an output of outLen tokens under a corpus
// tree of the given depth: SpanSlots slots of SpanDocLen-token documents and
// SpanRunLen-token runs, the output padded to the next power of two ≥ outLen, at least
// MinSpanOutLen.
func SpanShapeFor(outLen, corpusDepth int) circuits.SpanShape {
	o := MinSpanOutLen
	for o < outLen {
		o *= 2
	}
	return circuits.SpanShape{Slots: SpanSlots, DocLen: SpanDocLen, RunLen: SpanRunLen, OutLen: o, Depth: corpusDepth}
}

// MinScoreRows is the fewest candidate rows a score shape has: attribution keeps 50
// gradient candidates by default, so every default record fits M = 64.
const MinScoreRows = 64

// ScoreShapeFor is the shape that holds a record of n candidates against sketches of
// dimension k under a tree of the given depth, with span slots sp: M is the next power
// of two ≥ n, at least MinScoreRows, so that records share keys and an on-chain
// verifier.
func ScoreShapeFor(n, k, depth int, sp circuits.SpanShape) ScoreShape {
	return ScoreShapeRows(n, MinScoreRows, k, depth, sp)
}

// ScoreShapeRows is ScoreShapeFor with another least number of rows (a power of two),
// for shapes smaller than the committed verifiers' (tests, off-chain proofs).
func ScoreShapeRows(n, rows, k, depth int, sp circuits.SpanShape) ScoreShape {
	m := max(1, rows)
	for m < n {
		m *= 2
	}
	return ScoreShape{M: m, K: k, Depth: depth, Spans: sp}
}

func (s ScoreShape) check() error {
	if s.M < 1 || s.M > circuits.MaxCandidates || s.K < 1 || s.K > circuits.MaxScoreK || s.Depth < 1 || s.Depth > circuits.MaxDepth {
		return fmt.Errorf("score shape %s outside [1, %d]×[1, %d]×[1, %d]: %w", s, circuits.MaxCandidates, circuits.MaxScoreK, circuits.MaxDepth, ErrInput)
	}
	if err := s.Spans.Check(); err != nil {
		return fmt.Errorf("score shape %s: %w: %v", s, ErrInput, err)
	}
	return nil
}

// newCircuit is the unassigned circuit of the shape.
func (s ScoreShape) newCircuit() *circuits.ScoreCircuit {
	return circuits.NewScoreCircuit(s.M, s.K, s.Depth, s.Spans)
}

// ScoreKeys are the Groth16 keys of one score shape with its compiled constraint system.
type ScoreKeys struct {
	Shape       ScoreShape `json:"shape"`
	Constraints int        `json:"constraints"`
	KeyID       string     `json:"key_id"` // hex sha256 of the verifying key
	Setup       string     `json:"setup"`
	CompileMs   int64      `json:"compile_ms"`
	SetupMs     int64      `json:"setup_ms"`
	ccs         constraint.ConstraintSystem
	pk          groth16.ProvingKey
	vk          groth16.VerifyingKey
}

// SetupScore compiles the score circuit of the shape and makes its Groth16 keys: with a
// beacon, the deterministic development setup (WithDevBeacon's rule: anyone can rebuild
// it, toxic waste included); without, gnark's single-party setup. Both are for
// development: production keys come from an MPC ceremony, as for the split circuit.
func SetupScore(ctx context.Context, shape ScoreShape, beacon string) (*ScoreKeys, error) {
	if err := shape.check(); err != nil {
		return nil, err
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, shape.newCircuit())
	if err != nil {
		return nil, fmt.Errorf("compile score circuit %s: %w", shape, err)
	}
	k := &ScoreKeys{Shape: shape, Constraints: ccs.GetNbConstraints(), ccs: ccs, CompileMs: time.Since(t0).Milliseconds()}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d, err := setupDev(ccs, beacon, fmt.Sprintf("score circuit %s", shape))
	if err != nil {
		return nil, err
	}
	k.pk, k.vk, k.Setup, k.KeyID, k.SetupMs = d.pk, d.vk, d.setup, d.keyID, d.setupMs
	return k, nil
}

// VerifierName is the exported Solidity verifier's contract name for the shape, e.g.
// Groth16ScoreVerifierM64K1024D10 (contracts lists names containing "ScoreVerifier" as
// score verifiers).
func (k *ScoreKeys) VerifierName() string { return ScoreVerifierName(k.Shape) }

// ScoreVerifierName is the contract name of a shape's exported score verifier, e.g.
// Groth16ScoreVerifierM64K1024D14S4T1024L32O128C14.
func ScoreVerifierName(s ScoreShape) string {
	sp := s.Spans
	return fmt.Sprintf("Groth16ScoreVerifierM%dK%dD%dS%dT%dL%dO%dC%d", s.M, s.K, s.Depth, sp.Slots, sp.DocLen, sp.RunLen, sp.OutLen, sp.Depth)
}

// DevScoreShapes are the shapes whose development-key score verifiers are committed
// under contracts/solidity/verifiers: the demo's small model (k = 1024) and its --quick
// tiny model (k = 512), with the default 64 candidate rows, depth-14 sketch and corpus
// trees and the default span slots, and TestScoreShape, small enough for the on-chain
// tests to set up in seconds.
var DevScoreShapes = []ScoreShape{{M: 64, K: 1024, Depth: 14, Spans: SpanShapeFor(0, 14)},
	{M: 64, K: 512, Depth: 14, Spans: SpanShapeFor(0, 14)}, TestScoreShape}

// TestScoreShape is the shape of the on-chain score-proof tests (4 rows, k = 16, depth 3;
// 2 span slots of 32-token documents and 8-token runs, 32-token outputs, depth-3 corpus).
var TestScoreShape = ScoreShape{M: 4, K: 16, Depth: 3,
	Spans: circuits.SpanShape{Slots: 2, DocLen: 32, RunLen: 8, OutLen: 32, Depth: 3}}

// ExportSolidity writes the gnark-exported Solidity verifier of the keys, contract
// VerifierName().
func (k *ScoreKeys) ExportSolidity(w io.Writer) error {
	var buf bytes.Buffer
	if err := k.vk.ExportSolidity(&buf, solidity.WithPragmaVersion("^0.8.20")); err != nil {
		return fmt.Errorf("export solidity verifier: %w", err)
	}
	hdr := fmt.Sprintf("// Code generated by poa prover score-verifier; DO NOT EDIT.\n"+
		"// Groth16 verifier of the attribution score circuit, shape %s (%d constraints), key id %s,\n"+
		"// gnark %s. Setup: %s.\n", k.Shape, k.Constraints, k.KeyID, GnarkVersion, k.Setup)
	return writeNamedVerifier(w, buf.String(), "contract Verifier {", k.VerifierName(), hdr)
}

// ScoreProof is a proof of one attribution record's scores and span evidence: its
// public inputs (the sketch root, the query hash, the commitment to the
// per-contributor positive totals, the corpus root and the output hash), how many spans
// it proves, and the proof in gnark's and in the Solidity verifier's encodings.
type ScoreProof struct {
	Circuit    string     `json:"circuit"`
	Shape      ScoreShape `json:"shape"`
	KeyID      string     `json:"key_id"`
	SketchRoot *big.Int   `json:"sketch_root"`
	QueryHash  *big.Int   `json:"query_hash"`
	Commitment *big.Int   `json:"commitment"`
	CorpusRoot *big.Int   `json:"corpus_root"`
	OutputHash *big.Int   `json:"output_hash"`
	Spans      int        `json:"spans"`
	Raw        []byte     `json:"raw"`
	Solidity   []byte     `json:"solidity"`
	ProveMs    int64      `json:"prove_ms"`
}

// ProveScore proves st with k and checks the fresh proof. The statement's candidates,
// spans and output must fit the shape (ErrTooLarge otherwise); a statement the circuit
// cannot satisfy (a path that does not verify, a span that differs from the output,
// values out of range) is ErrInput.
func ProveScore(ctx context.Context, k *ScoreKeys, st *circuits.ScoreStatement) (*ScoreProof, error) {
	if len(st.Candidates) > k.Shape.M {
		return nil, fmt.Errorf("%d candidates, score shape %s: %w", len(st.Candidates), k.Shape, ErrTooLarge)
	}
	if len(st.Spans) > k.Shape.Spans.Slots || len(st.Output) > k.Shape.Spans.OutLen {
		return nil, fmt.Errorf("%d spans and %d output tokens, score shape %s: %w", len(st.Spans), len(st.Output), k.Shape, ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	assign, err := circuits.AssignScore(k.Shape.M, k.Shape.K, k.Shape.Depth, k.Shape.Spans, st)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	pr, err := proveForSolidity(k.ccs, k.pk, assign)
	if err != nil {
		return nil, err
	}
	p := &ScoreProof{Circuit: CircuitScore, Shape: k.Shape, KeyID: k.KeyID, SketchRoot: new(big.Int).Set(st.Root),
		QueryHash: circuits.QueryHash(st.Query), Commitment: st.Commitment(), CorpusRoot: st.CorpusRootOrZero(),
		OutputHash: st.OutputHash(), Spans: len(st.Spans), ProveMs: pr.proveMs, Raw: pr.raw, Solidity: pr.solidity}
	if err := VerifyScore(k, p); err != nil {
		return nil, fmt.Errorf("fresh score proof does not verify: %w", err)
	}
	return p, nil
}

// VerifyScore checks p against k's verifying key and its own public inputs.
func VerifyScore(k *ScoreKeys, p *ScoreProof) error {
	if p.Shape != k.Shape || p.KeyID != k.KeyID {
		return fmt.Errorf("score proof of shape %s key %.16s, checked with %s key %.16s: %w", p.Shape, p.KeyID, k.Shape, k.KeyID, ErrKeyMismatch)
	}
	if err := checkReduced(p.PublicInputs()); err != nil {
		return err
	}
	c := k.Shape.newCircuit()
	c.SketchRoot, c.QueryHash, c.Commitment, c.CorpusRoot, c.OutputHash = p.SketchRoot, p.QueryHash, p.Commitment, p.CorpusRoot, p.OutputHash
	return verifyForSolidity(k.vk, c, p.Raw, p.Solidity)
}

// PublicInputs returns the proof's public inputs in the circuit's (and the Solidity
// verifier's) order: SketchRoot, QueryHash, Commitment, CorpusRoot, OutputHash.
func (p *ScoreProof) PublicInputs() []*big.Int {
	return []*big.Int{p.SketchRoot, p.QueryHash, p.Commitment, p.CorpusRoot, p.OutputHash}
}
