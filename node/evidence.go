package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/influence"
	"poa/influence/lm"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// EvidenceReport is what publishing an adapter's evidence commitment did on the chain.
type EvidenceReport struct {
	Adapter    string                `json:"adapter"`
	AdapterID  common.Hash           `json:"adapter_id"` // contracts.AdapterID(Adapter)
	Commitment *influence.Commitment `json:"commitment"`
	Shape      prover.ScoreShape     `json:"shape"`
	// VerifierName and Verifier are the score verifier the adapter's proofs go to.
	VerifierName string              `json:"verifier_name"`
	Verifier     common.Address      `json:"verifier"`
	OnChain      *contracts.Evidence `json:"onchain"`
	// Published is false when the chain already held these roots and verifier.
	Published bool               `json:"published"`
	Receipt   *contracts.Receipt `json:"receipt,omitempty"`
}

// scoreShape is the score-circuit shape of an adapter's records: the default number of
// gradient candidates, the commitment's sketch dimension and tree depth, and the default
// span slots under its corpus tree (outputs of up to prover.MinSpanOutLen tokens).
func scoreShape(c *influence.Commitment) prover.ScoreShape {
	return prover.ScoreShapeFor(prover.MinScoreRows, c.K, c.Depth, prover.SpanShapeFor(0, c.Corpus.Depth))
}

// withEmbedded opens the embedded chain and its deployment (deploying one with the
// default settlement options when there is none) for fn.
func withEmbedded(ctx context.Context, st *store.Store, ev *Events, fn func(c *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment) error) error {
	chain, dev, done, err := openEmbedded(ctx, st, ev)
	if err != nil {
		return err
	}
	defer done()
	dep, err := settlement.LoadDeployment(ctx, st, chain)
	if errors.Is(err, contracts.ErrNoDeployment) {
		open, oerr := settlement.OpenEpoch(st)
		if oerr != nil {
			return oerr
		}
		dep, err = deploy(ctx, st, chain, dev, DefaultSettle(), open)
	}
	if err != nil {
		return err
	}
	return fn(chain, dev, dep)
}

// scoreVerifierKey is the store key of the score verifier deployed for a shape.
func scoreVerifierKey(c *contracts.Chain, shape prover.ScoreShape) string {
	return settlement.DeploymentKey(c) + "-score-" + shape.String()
}

// ensureScoreVerifier returns the address of the shape's development-key score verifier
// on the chain: the deployment's (Deploy deploys and allows every compiled one), else one
// deployed the first time (a Settlement only accepts it once governance allows it).
func ensureScoreVerifier(ctx context.Context, st *store.Store, c *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment, shape prover.ScoreShape) (string, common.Address, error) {
	name := prover.ScoreVerifierName(shape)
	// The deployment's own (deployed with the Settlement and allowed by it).
	if addr, ok := d.ScoreVerifier(name); ok {
		return name, addr, nil
	}
	var rec struct {
		Name    string         `json:"name"`
		Address common.Address `json:"address"`
	}
	key := scoreVerifierKey(c, shape)
	if err := st.Get(store.KindDeployment, key, &rec); err == nil {
		if code, err := c.Client.CodeAt(ctx, rec.Address, nil); err == nil && len(code) > 0 {
			return rec.Name, rec.Address, nil
		}
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", common.Address{}, err
	}
	v, ok := contracts.ScoreVerifiers()[name]
	if !ok {
		return "", common.Address{}, fmt.Errorf("no compiled score verifier %s in this build (committed shapes: %v); "+
			"export one with `poa prover score-verifier --shape %s`, compile and deploy it, and register the evidence against it: %w",
			name, prover.DevScoreShapes, shape, ErrNoScoreVerifier)
	}
	if dev.Owner == nil {
		return "", common.Address{}, fmt.Errorf("the deployment at %s has no score verifier %s, and deploying one needs the deployer's key: %w",
			d.Settlement.Hex(), name, ErrNoScoreVerifier)
	}
	addr, _, err := contracts.DeployVerifier(ctx, c, dev.Owner, v)
	if err != nil {
		return "", common.Address{}, err
	}
	rec.Name, rec.Address = name, addr
	return name, addr, st.Put(store.KindDeployment, key, rec)
}

// ErrNoScoreVerifier is returned when no score verifier for a record's shape is
// compiled into this build.
var ErrNoScoreVerifier = errors.New("no score verifier for the shape")

// ErrNoEvidenceRegistry is returned when the recorded deployment's Settlement predates
// the evidence registry (a data directory settled by an older poa).
var ErrNoEvidenceRegistry = errors.New("the deployed Settlement has no evidence registry")

// registerEvidenceSelector is the 4-byte selector of Settlement.registerEvidence, which
// the contract's dispatcher holds as a PUSH4 operand.
var registerEvidenceSelector = crypto.Keccak256([]byte("registerEvidence(bytes32,uint256,uint256,address)"))[:4]

// hasEvidenceRegistry checks that the deployment's Settlement has registerEvidence.
func hasEvidenceRegistry(ctx context.Context, c *contracts.Chain, d *contracts.Deployment) error {
	code, err := c.Client.CodeAt(ctx, d.Settlement, nil)
	if err != nil {
		return err
	}
	if !bytes.Contains(code, registerEvidenceSelector) {
		return fmt.Errorf("Settlement at %s (deployed %s): %w; a fresh data directory (poa demo --fresh) or a new deployment has it",
			d.Settlement.Hex(), d.Deployed.Format("2006-01-02"), ErrNoEvidenceRegistry)
	}
	return nil
}

// PublishEvidence posts the adapter's evidence commitment (built first when missing or
// stale) to the embedded chain's Settlement: registerEvidence with the sketch and corpus
// roots and the score verifier of the adapter's shape (deployed the first time). It sends
// nothing when the chain already holds the same roots and verifier.
func PublishEvidence(ctx context.Context, st *store.Store, adapter string, ev *Events) (*EvidenceReport, error) {
	c, err := lm.EnsureCommitment(ctx, st, adapter)
	if err != nil {
		return nil, err
	}
	rep := &EvidenceReport{Adapter: adapter, AdapterID: contracts.AdapterID(adapter), Commitment: c, Shape: scoreShape(c)}
	err = withEmbedded(ctx, st, ev, func(chain *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment) error {
		var err error
		if rep.VerifierName, rep.Verifier, err = ensureScoreVerifier(ctx, st, chain, dev, d, rep.Shape); err != nil {
			return err
		}
		return publish(ctx, chain, d, dev, rep)
	})
	return rep, err
}

func publish(ctx context.Context, chain *contracts.Chain, d *contracts.Deployment, dev *contracts.DevAccounts, rep *EvidenceReport) error {
	sketch, err := lm.ParseRoot(rep.Commitment.SketchRoot)
	if err != nil {
		return err
	}
	corpus, err := lm.ParseRoot(rep.Commitment.Corpus.Root)
	if err != nil {
		return err
	}
	if err := hasEvidenceRegistry(ctx, chain, d); err != nil {
		return err
	}
	cur, err := contracts.EvidenceOf(ctx, chain, d, rep.AdapterID)
	if err != nil {
		return err
	}
	if cur.Version > 0 && cur.SketchRoot.Cmp(sketch) == 0 && cur.CorpusRoot.Cmp(corpus) == 0 && cur.ScoreVerifier == rep.Verifier {
		rep.OnChain = cur
		return nil
	}
	if rep.Receipt, err = contracts.RegisterEvidence(ctx, chain, d, dev.Poster, rep.AdapterID, sketch, corpus, rep.Verifier); err != nil {
		return err
	}
	rep.Published = true
	rep.OnChain, err = contracts.EvidenceOf(ctx, chain, d, rep.AdapterID)
	return err
}

// RecordProof is what ProveRecord did.
type RecordProof struct {
	Record     string            `json:"record"`
	Adapter    string            `json:"adapter"`
	Shape      prover.ScoreShape `json:"shape"`
	Candidates int               `json:"candidates"`
	// Spans is the number of the record's spans the proof proves; UnprovenSpans are the
	// others, with why (a document or run longer than the span slots hold, or more spans
	// than slots): they stay recomputable by poa verify-record.
	Spans         int                   `json:"spans"`
	UnprovenSpans []prover.UnprovenSpan `json:"unproven_spans,omitempty"`
	Constraints   int                   `json:"constraints"`
	// KeysSetup is true when the shape's keys were made now (development setup) rather
	// than loaded; SetupMs and LoadMs say how long that took.
	KeysSetup bool               `json:"keys_setup"`
	SetupMs   int64              `json:"setup_ms"`
	LoadMs    int64              `json:"load_ms"`
	ProveMs   int64              `json:"prove_ms"`
	Proof     *prover.ScoreProof `json:"proof"`
	// Evidence and Attestation are set when the proof was posted (Post).
	Evidence    *EvidenceReport             `json:"evidence,omitempty"`
	Attestation *contracts.ScoreAttestation `json:"attestation,omitempty"`
	Receipt     *contracts.Receipt          `json:"receipt,omitempty"`
}

// RecordProofOptions configure ProveRecord.
type RecordProofOptions struct {
	// Post attests the proof on the embedded chain: the adapter's evidence is published
	// first when the chain does not hold it.
	Post bool
	// Rows is the least number of candidate rows of the proof's shape (0: 64, the shape
	// of the committed on-chain verifiers). A smaller shape proves faster but has no
	// compiled-in verifier to post to.
	Rows int
	// Optimistic posts the proof with postScores instead of attestScores: the Settlement
	// stores its hash unverified (cheaper), and anyone can re-verify it on-chain within the
	// challenge window (poa challenge scores ID), slashing the poster if it fails.
	Optimistic bool
}

// RecordIDOnChain is the bytes32 a record is attested under: keccak256 of its id.
func RecordIDOnChain(id string) [32]byte { return contracts.RecordKey(id) }

// ProveRecord proves an attribution record's gradient scores with the score circuit:
// the statement from the record's committed query and candidates (lm.ScoreStatement),
// the shape's development keys (loaded from the data directory, or set up and saved the
// first time: minutes for the demo's shape), the Groth16 proof, checked, and stored
// (settlement.ScoreProofRecord). With Post it attests the proof on the embedded
// chain, once: a record already attested is read back, not sent again.
func ProveRecord(ctx context.Context, st *store.Store, id string, o RecordProofOptions, ev *Events) (*RecordProof, error) {
	rp, pr, err := proveScores(ctx, st, id, o, ev)
	if err != nil || !o.Post {
		return rp, err
	}
	err = withEmbedded(ctx, st, ev, func(chain *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment) error {
		return attestRecord(ctx, st, chain, dev, d, rp, pr, o, ev)
	})
	return rp, err
}

// provenRecord is what attestRecord needs of proveScores' work.
type provenRecord struct {
	rec   *influence.Record
	c     *influence.Commitment
	shape prover.ScoreShape
	proof *prover.ScoreProof
}

// proveScores proves record id's scores and stores the proof (ProveRecord without the
// posting).
func proveScores(ctx context.Context, st *store.Store, id string, o RecordProofOptions, ev *Events) (*RecordProof, *provenRecord, error) {
	rec, err := settlement.Record(st, id)
	if err != nil {
		return nil, nil, err
	}
	stmt, err := lm.ScoreStatement(ctx, st, rec)
	if err != nil {
		return nil, nil, err
	}
	c, err := lm.LoadCommitment(st, rec.Adapter)
	if err != nil {
		return nil, nil, err
	}
	rows := o.Rows
	if rows == 0 {
		rows = prover.MinScoreRows
	}
	shape := prover.ScoreShapeRows(len(stmt.Candidates), rows, c.K, c.Depth, prover.SpanShapeFor(len(stmt.Output), c.Corpus.Depth))
	unproven := prover.FitSpans(stmt, shape.Spans)
	// The record's output hash commits the span list this proof proves (the same
	// FitSpans rule at attribution): a proof of another list would not match it.
	if want := rec.Query.OutputHash; want != "" {
		if got := fmt.Sprintf("0x%064x", stmt.OutputHash()); got != want {
			return nil, nil, fmt.Errorf("record %s: output hash of its output and %d provable spans is %s, the record says %s (made before the span list was bound, or its spans changed): %w",
				id, len(stmt.Spans), got, want, influence.ErrBadInput)
		}
	}
	rp := &RecordProof{Record: id, Adapter: rec.Adapter, Shape: shape, Candidates: len(stmt.Candidates),
		Spans: len(stmt.Spans), UnprovenSpans: unproven}
	ev.step("score keys " + shape.String())
	keys, err := scoreKeys(ctx, st, shape, rp)
	if err != nil {
		return nil, nil, err
	}
	rp.Constraints = keys.Constraints
	ev.step(fmt.Sprintf("prove record %s (%d candidates, %d of %d spans, %d constraints)", id, rp.Candidates, rp.Spans,
		rp.Spans+len(rp.UnprovenSpans), rp.Constraints))
	p, err := prover.ProveScore(ctx, keys, stmt)
	if err != nil {
		return nil, nil, err
	}
	rp.Proof, rp.ProveMs = p, p.ProveMs
	if err := settlement.SaveScoreProof(st, &settlement.ScoreProofRecord{Record: id, Proof: p}); err != nil {
		return nil, nil, err
	}
	return rp, &provenRecord{rec: rec, c: c, shape: shape, proof: p}, nil
}

// attestRecord attests a proven record on chain d, once: the adapter's evidence is
// published first when the chain does not hold it, and a record already attested is
// read back, not sent again.
func attestRecord(ctx context.Context, st *store.Store, chain *contracts.Chain, dev *contracts.DevAccounts, d *contracts.Deployment,
	rp *RecordProof, pr *provenRecord, o RecordProofOptions, ev *Events) error {
	id, rec, p := rp.Record, pr.rec, pr.proof
	defer func() {
		if rp.Attestation != nil {
			// Best effort: the chain holds the attestation; the store's copy is for listings.
			_ = settlement.SaveScoreProof(st, &settlement.ScoreProofRecord{Record: id, Proof: p, Attestation: rp.Attestation})
		}
	}()
	ev.step("attest record " + id)
	er := &EvidenceReport{Adapter: rec.Adapter, AdapterID: contracts.AdapterID(rec.Adapter), Commitment: pr.c, Shape: pr.shape}
	var err error
	if er.VerifierName, er.Verifier, err = ensureScoreVerifier(ctx, st, chain, dev, d, pr.shape); err != nil {
		return err
	}
	if err := publish(ctx, chain, d, dev, er); err != nil {
		return err
	}
	rp.Evidence = er
	key := RecordIDOnChain(id)
	if a, err := contracts.Attestation(ctx, chain, d, key); err != nil {
		return err
	} else if a.Version != 0 {
		rp.Attestation = a
		return nil
	}
	sp := &contracts.ScoreProof{Record: key, Adapter: er.AdapterID, Epoch: rec.Epoch,
		QueryHash: p.QueryHash, Commitment: p.Commitment, OutputHash: p.OutputHash, Proof: p.Solidity}
	if o.Optimistic {
		rp.Receipt, err = contracts.PostScores(ctx, chain, d, dev.Poster, sp)
	} else {
		sp.Epoch = 0
		rp.Receipt, err = contracts.AttestScores(ctx, chain, d, dev.Poster, sp)
	}
	if err != nil {
		return err
	}
	rp.Attestation, err = contracts.Attestation(ctx, chain, d, key)
	return err
}

// PrepareScoreKeys makes sure the development score keys of shape are saved in st's
// data directory, where proving a record's scores loads them: when they are not there
// (their meta.json, which prover.ScoreKeys.Save writes last, is missing) it sets them
// up (prover.DevBeacon, minutes for the committed 64-row shapes on 2 cores) and saves
// them. setUp says whether it did. It is what the first score proof of a data
// directory would otherwise pay (poa serve runs it at start: lmengine.PrepareScoreKeys).
func PrepareScoreKeys(ctx context.Context, st *store.Store, shape prover.ScoreShape) (setUp bool, err error) {
	dir, err := st.FilePath("keys", "score-"+shape.String())
	if err != nil {
		return false, err
	}
	if _, err := os.Stat(filepath.Join(dir, "meta.json")); err == nil {
		return false, nil
	}
	k, err := prover.SetupScore(ctx, shape, prover.DevBeacon)
	if err != nil {
		return false, err
	}
	return true, k.Save(dir)
}

// scoreKeys loads the shape's development keys from the data directory, or sets them up
// (prover.DevBeacon, so they match the committed verifier) and saves them.
func scoreKeys(ctx context.Context, st *store.Store, shape prover.ScoreShape, rp *RecordProof) (*prover.ScoreKeys, error) {
	dir, err := st.FilePath("keys", "score-"+shape.String())
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	k, err := prover.LoadScoreKeys(ctx, dir, shape)
	if err == nil {
		rp.LoadMs = time.Since(t0).Milliseconds()
		return k, nil
	}
	if k, err = prover.SetupScore(ctx, shape, prover.DevBeacon); err != nil {
		return nil, err
	}
	rp.KeysSetup, rp.SetupMs = true, k.SetupMs
	return k, k.Save(dir)
}
