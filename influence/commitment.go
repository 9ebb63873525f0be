package influence

import "time"

// CommitmentVersion is the version of the Commitment JSON shape.
const CommitmentVersion = 1

// Commitment is an adapter's committed attribution evidence (store kind "commitment",
// key = adapter name), built when the adapter's sketches are (influence/lm.Commit) and
// posted on-chain with the adapter's registration:
//
//   - SketchRoot: the root of a fixed-depth Poseidon2 Merkle tree whose leaf i is
//     circuits.SketchLeaf(PointHash(row i), contributor, quantized preconditioned sketch
//     of row i) over the rows of the preconditioned sketch file, in file order, quantized
//     with QuantRule and the file-wide Shift;
//   - Corpus.Root: the same kind of tree over circuits.CorpusLeaf(PointHash, tokens) of
//     every data point the model and adapter were trained on, sorted by (datanet, id),
//     tokenized with the model's tokenizer: the documents span evidence can cite.
//
// Everything in it is recomputable from the store; `poa verify-record` recomputes it.
type Commitment struct {
	Version     int    `json:"version"`
	Adapter     string `json:"adapter"`
	AdapterHash string `json:"adapter_hash"`
	Model       string `json:"model"`
	ModelHash   string `json:"model_hash"`
	// Sketch names the preconditioned sketch file and SketchCRC its checksum: a rebuilt
	// sketch file makes the commitment stale.
	Sketch    string `json:"sketch"`
	SketchCRC uint32 `json:"sketch_crc32c"`
	Rule      string `json:"rule"`  // QuantRule
	Shift     int    `json:"shift"` // one power-of-two scale for every row
	Points    int    `json:"points"`
	K         int    `json:"k"`
	Depth     int    `json:"depth"`
	// SketchRoot is the tree's root as 0x + 64 hex digits (a BN254 scalar).
	SketchRoot string           `json:"sketch_root"`
	Corpus     CorpusCommitment `json:"corpus"`
	Created    time.Time        `json:"created"`
	// Seconds is how long building the commitment took.
	Seconds float64 `json:"seconds"`
	// Set, when present, says the sketches were committed from a sketch set
	// (influence/shard, `poa index sketches --commit`) rather than from the monolithic
	// preconditioned sketch file: the set is then the adapter's evidence, the one
	// attribution, verification and proofs read. Sketch is the set's directory name and
	// SketchCRC the CRC-32C of its sketches.json at commit time. Absent on commitments
	// of the monolithic file, whose JSON it leaves unchanged.
	Set *SketchSetRef `json:"set,omitempty"`
}

// SketchSetRef describes the sketch set an adapter's evidence was committed from: what
// the monolithic file's sketch record would say (projection parameters, damping) and
// how its Fisher was made. Its rows, in the monolithic order, hash to the
// commitment's SketchRoot.
type SketchSetRef struct {
	Dir     string            `json:"dir"`    // directory name under <data>/files/sketches
	SHA256  string            `json:"sha256"` // of sketches.json at commit time
	Fisher  string            `json:"fisher"` // "exact" or "partial"
	Shards  int               `json:"shards"`
	Damping float64           `json:"damping"` // λ of the preconditioner
	Params  map[string]string `json:"params"`  // model, adapter and projection, as sketches.json
}

// CorpusCommitment is the root of the committed tokenized corpus.
type CorpusCommitment struct {
	Docs      int    `json:"docs"`
	Tokens    int64  `json:"tokens"`
	Depth     int    `json:"depth"`
	Root      string `json:"root"`
	Tokenizer string `json:"tokenizer"` // the model whose tokenizer made the tokens
}

// QueryCommitment is what an attribution record commits about its gradient evidence
// (Record.Query): the quantized query sketch and its hash (circuits.QueryHash), the
// adapter commitment it was scored against, and each gradient candidate's exact integer
// score. The query sketch is deterministic from the public model, adapter, prompt and
// output, so anyone can recompute it bit for bit; the scores are what the score circuit
// proves from the committed leaves.
type QueryCommitment struct {
	Rule       string  `json:"rule"` // QuantRule
	Shift      int     `json:"shift"`
	Sketch     []int32 `json:"sketch"`
	Hash       string  `json:"hash"` // 0x + 64 hex digits
	SketchRoot string  `json:"sketch_root"`
	// SketchShift is the commitment's Shift: scores are in units of 2^−(Shift+SketchShift).
	SketchShift int           `json:"sketch_shift"`
	Candidates  []ProvenScore `json:"candidates"`
	// OutputHash is circuits.OutputHash of the record's output token ids and of the span
	// list a score proof of the record proves (0x + 64 hex digits: the record's spans that
	// fit the default span shape, prover.FitSpans), the score proof's public OutputHash
	// that binds its span evidence to this output; absent on records made before span
	// evidence was proven.
	OutputHash string `json:"output_hash,omitempty"`
}

// ProvenScore is one gradient candidate's committed score: Leaf is its row in the sketch
// tree, Score the exact integer Σ q_j·g_j, Float the scorer's float score before
// quantization (kept to measure the quantization error). The record's gradient evidence
// for the point is Dequantize(Score, Shift, SketchShift).
type ProvenScore struct {
	Datanet     string  `json:"datanet"`
	Point       string  `json:"point"`
	Contributor string  `json:"contributor"`
	Leaf        int     `json:"leaf"`
	Score       int64   `json:"score"`
	Float       float64 `json:"float"`
}
