package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/influence"
)

// TestIndexShardsCLI builds the monolithic index and then a sharded one (Beam on
// Prism) over the bundled Devil's Dictionary and checks that `poa ngram count` and
// `poa ngram spans` print byte-identical JSON from both; then an import added with
// `poa index update` and a `poa index compact` keep the answers of a fresh index.
func TestIndexShardsCLI(t *testing.T) {
	data := t.TempDir()
	mustPoa(t, data, "datanet", "create", "devil")
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", bob, "../../datanet/bundled/devil.index")
	queries := [][]string{
		{"ngram", "count", "--json", "--limit", "0", " the"},
		{"ngram", "count", "--json", "--limit", "7", " of the"},
		{"ngram", "count", "--json", "--text-match", "--limit", "3", "a man"},
		{"ngram", "count", "--json", " instrument in harmony with the sentiments of an"},
		{"ngram", "spans", "--json", "--keep-frac", "1", "--max-docs", "3",
			"The accordion is an instrument in harmony with the sentiments of an assassin, they say, and a lawyer is one skilled in circumvention of the law."},
		{"ngram", "spans", "--json", "--min-len", "1", "--max-count", "50", "--max-docs", "5", "--context", "3",
			"Abasement, n. A decent and customary mental attitude in the presence of wealth or power."},
	}
	answers := func() []string {
		var out []string
		for _, q := range queries {
			out = append(out, mustPoa(t, data, q...))
		}
		return out
	}
	mustPoa(t, data, "index", "build")
	mono := answers()

	if _, errs, code := runPoa(t, data, "index", "build", "--runner", "universal"); code == 0 || !strings.Contains(errs, "--shards") {
		t.Fatalf("--runner without --shards: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, data, "index", "build", "--shards", "2", "--runner", "universal"); code == 0 || !strings.Contains(errs, "endpoint") {
		t.Fatalf("universal runner without --endpoint: exit %d, %s", code, errs)
	}
	out, errs, code := runPoa(t, data, "index", "build", "--shards", "3", "--json")
	if code != 0 {
		t.Fatalf("index build --shards 3: exit %d\n%s", code, errs)
	}
	var set struct {
		Shards []struct {
			Dir    string `json:"dir"`
			Tokens int64  `json:"tokens"`
		} `json:"shards"`
		Docs   int64  `json:"docs"`
		Runner string `json:"runner"`
	}
	if err := json.Unmarshal([]byte(out), &set); err != nil {
		t.Fatal(err)
	}
	if len(set.Shards) != 3 || set.Docs != 997 || set.Runner != "prism" || !strings.Contains(errs, "pipeline") {
		t.Fatalf("index build --shards 3: %s\nstderr: %s", out, errs)
	}
	if sh := mustPoa(t, data, "index", "shards"); !strings.Contains(sh, "3 shards (3 asked), 997 documents") {
		t.Fatalf("index shards: %s", sh)
	}
	for i, got := range answers() {
		if got != mono[i] {
			t.Fatalf("poa %v: sharded answer differs from the monolithic one:\n%s\n%s", queries[i], got, mono[i])
		}
	}

	// A new point: the sharded index is stale until `index update` adds a shard.
	extra := filepath.Join(t.TempDir(), "extra.jsonl")
	os.WriteFile(extra, []byte(`{"text": "REINDEX, v. What an index needs after an import that added something."}`+"\n"), 0o644)
	mustPoa(t, data, "datanet", "add", "devil", "--contributor", bob, extra)
	if _, errs, code := runPoa(t, data, "ngram", "count", "the"); code == 0 || !strings.Contains(errs, "poa index update") {
		t.Fatalf("stale sharded index: exit %d, %s", code, errs)
	}
	upd := mustPoa(t, data, "index", "update")
	if !strings.Contains(upd, "added 1 documents") || !strings.Contains(upd, "4 shards") {
		t.Fatalf("index update: %s", upd)
	}
	q := []string{"ngram", "count", "--json", " What an index needs after an import"}
	if got := mustPoa(t, data, q...); !strings.Contains(got, `"count": 1`) {
		t.Fatalf("the updated index misses the new point: %s", got)
	}
	before := answers()
	if c := mustPoa(t, data, "index", "compact"); !strings.Contains(c, "merged away 1 shards: 3 shards") {
		t.Fatalf("index compact: %s", c)
	}
	for i, got := range answers() {
		if got != before[i] {
			t.Fatalf("poa %v: answer changed by compaction:\n%s\n%s", queries[i], got, before[i])
		}
	}
	// Counts equal the monolithic index rebuilt with the new point (document ids
	// differ: the update appended it).
	mustPoa(t, data, "index", "build")
	if got := mustPoa(t, data, q...); !strings.Contains(got, `"count": 1`) {
		t.Fatalf("monolithic rebuild: %s", got)
	}
}

// TestIndexSketchesCLI builds the sketch shards of the flag tests' adapter (sketched
// and committed by `poa influence sketch` with the same options) and checks that the
// sketch set's committed root equals the adapter's stored commitment, and that bad
// input is refused naming the flag or the adapter.
func TestIndexSketchesCLI(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(data, os.DirFS(flagTestData(t))); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runPoa(t, data, "index", "sketches", "--adapter", "ad", "--shards", "3", "--json")
	if code != 0 {
		t.Fatalf("index sketches: exit %d\n%s", code, errs)
	}
	var set struct {
		Rows   int64 `json:"rows"`
		Shards []struct {
			FirstDoc int64 `json:"first_doc"`
		} `json:"shards"`
		Root    string `json:"sketch_root"`
		Stored  string `json:"committed_root"`
		Matches bool   `json:"matches_commitment"`
	}
	if err := json.Unmarshal([]byte(out), &set); err != nil {
		t.Fatal(err)
	}
	if set.Rows != 40 || len(set.Shards) != 3 || !set.Matches || set.Root != set.Stored || set.Stored == "" {
		t.Fatalf("index sketches: %s", out)
	}
	for _, sh := range set.Shards {
		if sh.FirstDoc%8 != 0 {
			t.Fatalf("shard starts at row %d, not a multiple of the batch (8): %s", sh.FirstDoc, out)
		}
	}
	// Other options give other sketches: the root no longer matches, and says so.
	if out := mustPoa(t, data, "index", "sketches", "--adapter", "ad", "--shards", "2", "--seed", "7"); !strings.Contains(out, "differs from the adapter's committed root") {
		t.Fatalf("index sketches --seed 7: %s", out)
	}
	if _, errs, code := runPoa(t, data, "index", "sketches", "--adapter", "nope"); code == 0 || !strings.Contains(errs, "nope") {
		t.Fatalf("unknown adapter: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, data, "index", "sketches", "--adapter", "ad", "--runner", "universal"); code == 0 || !strings.Contains(errs, "endpoint") {
		t.Fatalf("universal runner without --endpoint: exit %d, %s", code, errs)
	}
}

// TestIndexEmbeddingsCLI builds the flag tests' adapter's embedding index with `poa
// influence embed` and then as 3 shards with `poa index embeddings` (Beam on Prism),
// checks that the set's equivalent file sha256 equals the monolithic index's, that
// `poa attribute --shards DIR --candidates N` over the set prints the monolithic
// run's data points, and that bad input is refused naming the flag or the adapter.
func TestIndexEmbeddingsCLI(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(data, os.DirFS(flagTestData(t))); err != nil {
		t.Fatal(err)
	}
	mustPoa(t, data, "influence", "embed", "--adapter", "ad")
	out, errs, code := runPoa(t, data, "index", "embeddings", "--adapter", "ad", "--shards", "3", "--json")
	if code != 0 {
		t.Fatalf("index embeddings: exit %d\n%s", code, errs)
	}
	var set struct {
		Rows    int64                  `json:"rows"`
		Shards  []struct{ Dir string } `json:"shards"`
		SHA     string                 `json:"file_sha256"`
		Mono    string                 `json:"monolithic_sha256"`
		Matches bool                   `json:"matches_monolithic"`
	}
	if err := json.Unmarshal([]byte(out), &set); err != nil {
		t.Fatal(err)
	}
	if set.Rows != 40 || len(set.Shards) != 3 || !set.Matches || set.SHA != set.Mono {
		t.Fatalf("index embeddings: %s", out)
	}
	attr := []string{"attribute", "--adapter", "ad", "--prompt", "The hacker", "--output", " is a person who enjoys", "--candidates", "8", "--no-index-build", "--json"}
	points := func(out string) string {
		var r struct {
			Datapoints json.RawMessage `json:"datapoints"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		return string(r.Datapoints)
	}
	mustPoa(t, data, "index", "build")
	want := points(mustPoa(t, data, attr...))
	dir := filepath.Join(data, "files", "embed", "ad.shards")
	if got := points(mustPoa(t, data, append(attr, "--shards", dir)...)); got != want {
		t.Fatalf("attribute over the embedding set:\n%s\nmonolithic:\n%s", got, want)
	}
	if _, errs, code := runPoa(t, data, "index", "embeddings", "--adapter", "nope"); code == 0 || !strings.Contains(errs, "nope") {
		t.Fatalf("unknown adapter: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, data, "index", "embeddings", "--adapter", "ad", "--runner", "universal"); code == 0 || !strings.Contains(errs, "endpoint") {
		t.Fatalf("universal runner without --endpoint: exit %d, %s", code, errs)
	}
	if _, errs, code := runPoa(t, data, "index", "sketches", "--adapter", "ad", "--fisher", "approx"); code == 0 || !strings.Contains(errs, "--fisher") {
		t.Fatalf("index sketches --fisher approx: exit %d, %s", code, errs)
	}
}

// TestSketchSetEvidenceCLI commits a --fisher partial sketch set built with another
// damping (a root of its own) as the flag tests' adapter's evidence (index sketches
// --commit), deletes the monolithic sketch files, and runs attribute, verify-record,
// challenge-record and prove-record (a small shape, --rows 4) from the set alone; a
// flipped byte in a set file makes verify-record exit 1 naming the "sketch set" step.
func TestSketchSetEvidenceCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up score keys (not under -short)")
	}
	data := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(data, os.DirFS(flagTestData(t))); err != nil {
		t.Fatal(err)
	}
	var mono influence.Commitment
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--json", "evidence", "show", "ad")), &mono); err != nil {
		t.Fatal(err)
	}
	var set struct {
		Root      string `json:"sketch_root"`
		Stored    string `json:"committed_root"`
		Committed bool   `json:"committed"`
		Fisher    string `json:"fisher"`
		Shards    []struct {
			Dir string `json:"dir"`
		} `json:"shards"`
	}
	out := mustPoa(t, data, "--json", "index", "sketches", "--adapter", "ad", "--shards", "2", "--fisher", "partial", "--damping", "0.05", "--commit")
	if err := json.Unmarshal([]byte(out), &set); err != nil {
		t.Fatal(err)
	}
	if !set.Committed || set.Fisher != "partial" || set.Root != set.Stored || set.Root == mono.SketchRoot || len(set.Shards) != 2 {
		t.Fatalf("index sketches --commit (monolithic root %s): %s", mono.SketchRoot, out)
	}
	var c influence.Commitment
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--json", "evidence", "show", "ad")), &c); err != nil {
		t.Fatal(err)
	}
	if c.SketchRoot != set.Root || c.Set == nil || c.Set.Fisher != "partial" || c.Corpus != mono.Corpus {
		t.Fatalf("evidence show after --commit: %+v", c)
	}
	mono2 := filepath.Join(data, "files", "sketch")
	gone, _ := filepath.Glob(filepath.Join(mono2, "ad.*"))
	if len(gone) == 0 {
		t.Fatalf("no monolithic sketch files under %s", mono2)
	}
	for _, p := range gone {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	var att struct {
		Record string `json:"record"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--quiet", "--json", "attribute", "--adapter", "ad", "--prompt", "the", "--max-tokens", "4", "--top", "3")), &att); err != nil {
		t.Fatal(err)
	}
	type verification struct {
		OK     bool `json:"ok"`
		Checks []struct {
			Name string `json:"name"`
			OK   bool   `json:"ok"`
		} `json:"checks"`
	}
	var v verification
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--json", "verify-record", att.Record)), &v); err != nil {
		t.Fatal(err)
	}
	if !v.OK || len(v.Checks) < 8 || v.Checks[0].Name != "weights" {
		t.Fatalf("verify-record over the committed set: %+v", v)
	}
	var ch struct {
		Omitted    int    `json:"omitted"`
		SketchRoot string `json:"sketch_root"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--json", "challenge-record", att.Record)), &ch); err != nil || ch.Omitted != 0 || ch.SketchRoot != set.Root {
		t.Fatalf("challenge-record: %+v %v", ch, err)
	}
	var rp struct {
		Candidates  int `json:"candidates"`
		Constraints int `json:"constraints"`
	}
	if err := json.Unmarshal([]byte(mustPoa(t, data, "--quiet", "--json", "prove-record", att.Record, "--rows", "4")), &rp); err != nil {
		t.Fatal(err)
	}
	if rp.Candidates != 3 || rp.Constraints == 0 {
		t.Fatalf("prove-record over the committed set: %+v", rp)
	}
	qp := filepath.Join(data, "files", "sketches", "ad.shards", set.Shards[0].Dir, "quant.bin")
	b, err := os.ReadFile(qp)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/3] ^= 4
	if err := os.WriteFile(qp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runPoa(t, data, "--json", "verify-record", att.Record)
	v = verification{}
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != 1 || v.OK || v.Checks[len(v.Checks)-1].Name != "sketch set" {
		t.Fatalf("verify-record over a tampered set: exit %d, %s", code, out)
	}
}
