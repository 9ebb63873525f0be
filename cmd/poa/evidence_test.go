package main

import (
	"encoding/json"
	"strings"
	"testing"

	"poa/influence"
	"poa/settlement"
	"poa/store"
)

// TestEvidenceAndRecordProofCLI runs the quick demo, then the score-proof commands as a
// user would: the adapter's evidence commitment, a record recomputed bit for bit
// (verify-record), the same record tampered in the store (exit 1, the failing check
// named), and a record's scores proven with a small shape (prove-record --rows 4).
func TestEvidenceAndRecordProofCLI(t *testing.T) {
	dir := t.TempDir()
	out := mustPoa(t, dir, "--quiet", "--json", "demo", "--quick")
	var demo struct {
		Report struct {
			Verified []struct {
				OK bool `json:"ok"`
			} `json:"verified"`
			Commitments []influence.Commitment `json:"commitments"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(out), &demo); err != nil {
		t.Fatalf("demo JSON: %v", err)
	}
	if len(demo.Report.Verified) == 0 || len(demo.Report.Commitments) == 0 {
		t.Fatalf("the demo verified %d records and committed %d adapters", len(demo.Report.Verified), len(demo.Report.Commitments))
	}
	for i, v := range demo.Report.Verified {
		if !v.OK {
			t.Fatalf("demo record %d does not verify", i)
		}
	}

	var ev struct {
		OK      bool `json:"ok"`
		Records []struct {
			OK bool `json:"ok"`
		} `json:"records"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "verify", "1")), &ev); err != nil || !ev.OK || len(ev.Records) == 0 {
		t.Fatalf("epoch verify 1: %+v %v", ev, err)
	}

	var c influence.Commitment
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "evidence", "show", "devil")), &c); err != nil {
		t.Fatal(err)
	}
	if c.Adapter != "devil" || c.Depth < 14 || len(c.SketchRoot) != 66 || len(c.Corpus.Root) != 66 || c.Points == 0 {
		t.Fatalf("evidence of devil: %+v", c)
	}
	if _, errs, code := runPoa(t, dir, "evidence", "show", "nope"); code == 0 || !strings.Contains(errs, "nope") {
		t.Fatalf("evidence show of an unknown adapter: exit %d\n%s", code, errs)
	}

	var att struct {
		Record string `json:"record"`
		Spans  int    `json:"spans"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "attribute", "--adapter", "devil", "--prompt", "DEVIL, n.", "--top", "3", "--fee", "10")), &att); err != nil {
		t.Fatal(err)
	}
	var v struct {
		OK     bool `json:"ok"`
		Checks []struct {
			Name string `json:"name"`
			OK   bool   `json:"ok"`
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "verify-record", att.Record)), &v); err != nil {
		t.Fatal(err)
	}
	if !v.OK || len(v.Checks) < 8 {
		t.Fatalf("verify-record: %+v", v)
	}
	var ch struct {
		Omitted int `json:"omitted"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "challenge-record", att.Record)), &ch); err != nil || ch.Omitted != 0 {
		t.Fatalf("challenge-record of an honest record: %+v %v", ch, err)
	}
	if _, errs, code := runPoa(t, dir, "verify-record", "0123"); code == 0 || !strings.Contains(errs, "attribution record") {
		t.Fatalf("verify-record of an unknown id: exit %d\n%s", code, errs)
	}

	// A proof of a small shape (3 candidates in 4 rows): keys set up, proof verified.
	var rp struct {
		Shape struct {
			M int `json:"m"`
		} `json:"shape"`
		Candidates    int             `json:"candidates"`
		Spans         int             `json:"spans"`
		UnprovenSpans []struct{}      `json:"unproven_spans"`
		Constraints   int             `json:"constraints"`
		KeysSetup     bool            `json:"keys_setup"`
		Proof         json.RawMessage `json:"proof"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--rows", "4")), &rp); err != nil {
		t.Fatal(err)
	}
	if rp.Shape.M != 4 || rp.Candidates != 3 || rp.Constraints == 0 || !rp.KeysSetup || rp.Spans+len(rp.UnprovenSpans) != att.Spans {
		t.Fatalf("prove-record: %+v (the record has %d spans)", rp, att.Spans)
	}
	if !strings.Contains(string(rp.Proof), `"output_hash"`) || !strings.Contains(string(rp.Proof), `"corpus_root"`) {
		t.Fatalf("prove-record's proof has no output hash or corpus root: %s", rp.Proof)
	}
	// The second proof of the shape loads the saved keys.
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--quiet", "--json", "prove-record", att.Record, "--rows", "4")), &rp); err != nil {
		t.Fatal(err)
	}
	if rp.KeysSetup {
		t.Fatal("the second proof set the keys up again")
	}
	// The epoch lists how many of its records have proven scores.
	mustPoa(t, dir, "--quiet", "epoch", "close")
	var ep struct {
		Records      []string `json:"records"`
		ScoresProven int      `json:"scores_proven"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, dir, "--json", "epoch", "show", "2")), &ep); err != nil {
		t.Fatal(err)
	}
	if len(ep.Records) != 1 || ep.ScoresProven != 1 {
		t.Fatalf("epoch 2: %d records, %d with proven scores; want 1 and 1", len(ep.Records), ep.ScoresProven)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--rows", "3"); code == 0 || !strings.Contains(errs, "power of two") {
		t.Fatalf("--rows 3: exit %d\n%s", code, errs)
	}

	// Tamper with the stored record: one candidate's integer score raised by one.
	s, err := store.Open(store.DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := settlement.Record(s, att.Record)
	if err != nil {
		t.Fatal(err)
	}
	rec.Query.Candidates[0].Score++
	if err := s.Put(store.KindAttribution, rec.ID, rec); err != nil {
		t.Fatal(err)
	}
	// And a copy of it that omits its best candidate, for challenge-record.
	omit := *rec
	q := *rec.Query
	q.Candidates = q.Candidates[1:]
	omit.ID, omit.Query = rec.ID+"x", &q
	if err := s.Put(store.KindAttribution, omit.ID, &omit); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if outC, _, code := runPoa(t, dir, "challenge-record", omit.ID); code != 1 || !strings.Contains(outC, "CHALLENGED: 1 omitted") {
		t.Fatalf("challenge-record of a record that omits its best candidate: exit %d\n%s", code, outC)
	}
	outT, _, code := runPoa(t, dir, "verify-record", att.Record)
	if code != 1 || !strings.Contains(outT, "FAIL scores") || !strings.Contains(outT, "NOT verified") {
		t.Fatalf("tampered record: exit %d\n%s", code, outT)
	}
	if _, errs, code := runPoa(t, dir, "prove-record", att.Record, "--rows", "4"); code == 0 {
		t.Fatalf("a tampered record was proven\n%s", errs)
	}
	if outE, _, code := runPoa(t, dir, "epoch", "verify", "2"); code != 1 || !strings.Contains(outE, "NOT verified") {
		t.Fatalf("epoch verify of the epoch holding the tampered record: exit %d\n%s", code, outE)
	}
}
