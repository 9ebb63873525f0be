package datanet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"poa/bounds"
	"poa/store"
)

// ImportOptions configures Import.
type ImportOptions struct {
	// Format of every file ("" = detect from each file's name).
	Format Format
	// Contributor is the default contributor address for records that name none.
	Contributor string
	// Parse configures the parsers (size limit, paragraphs).
	Parse Options
	// CountTokens returns a text's token count (nil: counts are 0).
	CountTokens func(string) int
	// NearDuplicate is the word-shingle Jaccard similarity at which a point counts as a
	// near-duplicate of another contributor's earlier point (MarkNearDuplicates):
	// 0 means DefaultNearDuplicate, a negative value turns the check off.
	NearDuplicate float64
}

// Import parses every file, then adds all their records to the datanet as one atomic
// import: a bad record anywhere, or a file with no records (ErrNoRecords), means
// nothing is added. Contributors must pass CheckContributor (no zero address).
func Import(ctx context.Context, st *store.Store, datanet string, files []string, o ImportOptions) (store.ImportResult, error) {
	var all []Record
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return store.ImportResult{Datanet: datanet}, err
		}
		recs, err := ParseFile(f, o.Format, &o.Parse)
		if err != nil {
			return store.ImportResult{Datanet: datanet}, err
		}
		all = append(all, recs...)
	}
	return ImportRecords(ctx, st, datanet, all, o)
}

// ImportRecords adds parsed records to the datanet as one atomic import.
func ImportRecords(ctx context.Context, st *store.Store, datanet string, recs []Record, o ImportOptions) (store.ImportResult, error) {
	def := ""
	if o.Contributor != "" {
		a, err := CheckContributor(o.Contributor)
		if err != nil {
			return store.ImportResult{Datanet: datanet}, fmt.Errorf("--contributor %w", err)
		}
		def = a
	}
	pts := make([]store.DataPoint, 0, len(recs))
	for _, r := range recs {
		c := r.Contributor
		if c == "" {
			c = def
		}
		if c == "" {
			return store.ImportResult{Datanet: datanet}, fmt.Errorf("%s: no contributor (give --contributor or a \"contributor\" field): %w", r.Source, ErrAddress)
		}
		if c == ZeroAddress {
			return store.ImportResult{Datanet: datanet}, fmt.Errorf("%s: contributor is the zero address, which cannot receive payouts: %w", r.Source, ErrAddress)
		}
		n := 0
		if o.CountTokens != nil {
			n = o.CountTokens(r.Text)
		}
		pts = append(pts, store.DataPoint{ID: r.ID, Contributor: c, Text: r.Text, Tokens: n, Meta: r.Meta})
	}
	thr := o.NearDuplicate
	if thr == 0 {
		thr = DefaultNearDuplicate
	}
	if thr > 1 || thr != thr {
		return store.ImportResult{Datanet: datanet}, fmt.Errorf("%w: %w", ErrOptions,
			bounds.Fail("ImportOptions.NearDuplicate", o.NearDuplicate, "(0, 1], 0 for the default, negative for off"))
	}
	near, err := MarkNearDuplicates(ctx, st, datanet, pts, thr)
	if err != nil {
		return store.ImportResult{Datanet: datanet}, fmt.Errorf("near-duplicate check: %w", err)
	}
	res, err := st.AddPoints(ctx, datanet, pts)
	res.NearDuplicates = near
	return res, err
}

// exportLine is the jsonl shape Export writes; ParseJSONL reads it back.
type exportLine struct {
	ID          string          `json:"id"`
	Text        string          `json:"text"`
	Contributor string          `json:"contributor"`
	Meta        json.RawMessage `json:"meta,omitempty"`
	Datanet     string          `json:"datanet"`
	Tokens      int             `json:"tokens"`
	Added       time.Time       `json:"added"`
}

// Export writes every committed point of the datanet as jsonl, in id order. Importing
// the output into another datanet reproduces the same ids, texts, contributors and meta.
func Export(w io.Writer, st *store.Store, datanet string) (int, error) {
	if _, err := st.Datanet(datanet); err != nil {
		return 0, err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	err := st.Points(datanet, func(p store.DataPoint) error {
		n++
		return enc.Encode(exportLine{ID: p.ID, Text: p.Text, Contributor: p.Contributor, Meta: p.Meta,
			Datanet: p.Datanet, Tokens: p.Tokens, Added: p.Added})
	})
	return n, err
}
