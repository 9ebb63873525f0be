package influence

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"poa/store"
)

// RecordVersion is the version of the Record JSON shape.
const RecordVersion = 1

// TokenAttribution lists the top data points of one output token.
type TokenAttribution struct {
	Index int          `json:"index"` // position in the output
	Token int          `json:"token"` // token id
	Text  string       `json:"text"`
	Top   []TokenPoint `json:"top"`
}

// TokenPoint is one data point's score for one output token.
type TokenPoint struct {
	Datanet string  `json:"datanet"`
	ID      string  `json:"id"`
	Score   float64 `json:"score"` // gradient score of the token's loss (unnormalised)
	Span    bool    `json:"span"`  // the token lies in a span matched in this point
}

// Evidence is what the fusion consumed: enough to recompute the record's scores.
type Evidence struct {
	Gradient []GradientScore `json:"gradient"`
	Spans    []Span          `json:"spans"`
}

// Record is the attribution record of one inference (store kind "attribution"), in
// the shape docs/settlement-abi.md fixes (id, epoch, fee, contributors) plus what
// anyone needs to recompute it: the model and adapter with their hashes, the prompt
// and output, the scorer and fusion methods with their parameters, the evidence, and
// the per-data-point and per-token results.
type Record struct {
	// ID is fresh for every billed inference (settlement.File); ContentHash is the
	// same for the same inference and evidence (ComputeContentHash).
	ID           string             `json:"id"`
	ContentHash  string             `json:"content_hash,omitempty"`
	Version      int                `json:"version"`
	Epoch        uint64             `json:"epoch"`
	Fee          string             `json:"fee"` // decimal, OPEN base units
	Contributors []ContributorScore `json:"contributors"`

	Created     time.Time `json:"created"`
	Model       string    `json:"model"`
	ModelHash   string    `json:"model_hash"`
	Adapter     string    `json:"adapter,omitempty"`
	AdapterHash string    `json:"adapter_hash,omitempty"`
	Prompt      string    `json:"prompt"`
	Output      string    `json:"output"`
	OutputIDs   []int     `json:"output_tokens"`

	// Method names the gradient scorer and the fusion rule, e.g. "influence+fusion-v1".
	Method string `json:"method"`
	// Scorer holds the gradient scorer's parameters (sketch name, k, damping, ...).
	Scorer map[string]any `json:"scorer"`
	Fusion FusionParams   `json:"fusion"`

	Evidence Evidence `json:"evidence"`
	// Query commits the gradient evidence to the adapter's committed sketches (the
	// score proof's statement); absent on records made before commitments existed.
	Query      *QueryCommitment   `json:"query,omitempty"`
	Datapoints []PointScore       `json:"datapoints"`
	Tokens     []TokenAttribution `json:"tokens"`
}

// ComputeContentHash returns the record's content hash: hex sha256 (first 32 hex
// digits) of the record's JSON with ID, Epoch, Fee, Created and ContentHash cleared, so
// the same inference with the same evidence always hashes the same. It is not the
// record's id: every billed inference is its own record (settlement.File).
func (r *Record) ComputeContentHash() string {
	c := *r
	c.ID, c.Epoch, c.Fee, c.Created, c.ContentHash = "", 0, "", time.Time{}, ""
	b, err := json.Marshal(c)
	if err != nil {
		panic(err) // a Record always encodes
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

// Recompute reruns the fusion on the record's evidence and reports whether the
// stored data point and contributor scores are exactly what it gives.
func (r *Record) Recompute(owners Owners) error {
	pts, cs, err := Fuse(r.Evidence.Gradient, r.Evidence.Spans, r.Fusion, owners)
	if err != nil {
		return err
	}
	if len(pts) != len(r.Datapoints) || len(cs) != len(r.Contributors) {
		return fmt.Errorf("influence: record %s: %d points and %d contributors recomputed, record has %d and %d: %w",
			r.ID, len(pts), len(cs), len(r.Datapoints), len(r.Contributors), ErrBadInput)
	}
	for i := range pts {
		if pts[i] != r.Datapoints[i] {
			return fmt.Errorf("influence: record %s: point %d recomputes as %+v, record has %+v: %w", r.ID, i, pts[i], r.Datapoints[i], ErrBadInput)
		}
	}
	for i := range cs {
		if cs[i] != r.Contributors[i] {
			return fmt.Errorf("influence: record %s: contributor %d recomputes as %+v, record has %+v: %w", r.ID, i, cs[i], r.Contributors[i], ErrBadInput)
		}
	}
	return nil
}

// StoreOwners resolves data point owners from the store's data point records. A point
// marked as a near-duplicate of another contributor's earlier point (datanet.
// MarkNearDuplicates) resolves to that earlier point's contributor, so copying a document
// with small edits from many addresses farms nothing.
func StoreOwners(s *store.Store) Owners {
	return func(datanet, id string) (string, error) {
		p, err := s.Point(datanet, id)
		if err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return "", fmt.Errorf("%s/%s: %w", datanet, id, ErrUnknownPoint)
			}
			return "", err
		}
		if p.NearDuplicateOf != "" {
			// A near-duplicate of another contributor's earlier point: its credit is theirs.
			d, id, ok := strings.Cut(p.NearDuplicateOf, "/")
			if orig, err := s.Point(d, id); ok && err == nil {
				return orig.Contributor, nil
			}
		}
		return p.Contributor, nil
	}
}
