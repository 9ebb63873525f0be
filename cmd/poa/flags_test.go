package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagSpec says how TestNumericFlags runs one command: args follow the command's
// path and make a run that is valid and quick on the prepared data directory ({DATA}
// stands for the case's own copy of it, {POINTS} for a jsonl file of its points), so that a flag value alone decides the
// outcome; skip, when set, is why the command is not run.
type flagSpec struct {
	args []string
	skip string
	// names, when set, are spellings other than --NAME that count as naming a flag
	// (the library field a command reports without mapping it to the flag).
	names map[string]string
}

// flagSpecs covers every command with a numeric flag; TestNumericFlags fails for a
// command missing here, so a new command or flag gets a row.
var flagSpecs = map[string]flagSpec{
	"poa ask":                        {args: []string{"--node", "http://127.0.0.1:1", "--prompt", "hello"}},
	"poa attribute":                  {args: []string{"--adapter", "ad", "--prompt", "The hacker", "--max-tokens", "2", "--no-index-build"}},
	"poa chain status":               {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa chain up":                   {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa claim":                      {args: []string{"--rpc", "http://127.0.0.1:1", "--address", alice}},
	"poa datanet add":                {args: []string{"jargon", "--contributor", bob, "{POINTS}"}},
	"poa demo":                       {},
	"poa epoch close":                {names: feeRuleNames},
	"poa generate":                   {args: []string{"--prompt", "The hacker", "--max-tokens", "2"}},
	"poa influence candidates":       {args: []string{"--adapter", "ad", "--queries", "2", "--sizes", "2,4", "--top", "2"}},
	"poa influence embed":            {args: []string{"--adapter", "ad"}},
	"poa influence eval":             {args: []string{"--logreg", "../../influence/logreg/testdata/digits360.csv", "--loo", "2", "--sketch-dim", "4", "--trak-models", "1", "--queries", "4"}},
	"poa influence sketch":           {args: []string{"--adapter", "ad"}},
	"poa keys create":                {args: []string{"--name", "flags", "--scope", "admin"}},
	"poa ngram count":                {args: []string{"hacker"}},
	"poa ngram spans":                {args: []string{"The hacker is a person"}},
	"poa post":                       {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa prove":                      {args: []string{"--epoch", "1"}},
	"poa prove-record":               {args: []string{"0123"}},
	"poa prover ceremony contribute": {args: []string{"--dir", "{DATA}/ceremony"}},
	"poa prover ceremony init":       {args: []string{"--dir", "{DATA}/ceremony", "--size", "1"}},
	"poa prover export-solidity":     {},
	"poa prover setup":               {args: []string{"--size", "1", "--dev"}},
	"poa serve":                      {args: []string{"--addr", "127.0.0.1:99999"}},
	"poa settle":                     {args: []string{"--rpc", "http://127.0.0.1:1"}, names: feeRuleNames},
	"poa train adapter":              {args: []string{"ad2", "--datanet", "jargon", "--rank", "2", "--steps", "2", "--seq-len", "16", "--batch", "2"}},
	"poa index build":                {args: []string{}},
	"poa index compact":              {args: []string{}},
	"poa index sketches":             {args: []string{"--adapter", "ad"}},
	"poa index embeddings":           {args: []string{"--adapter", "ad"}},
	"poa train base":                 {args: []string{"--name", "base2", "--datanet", "jargon", "--config", "tiny", "--steps", "2", "--seq-len", "16", "--batch", "2"}},
	"poa verify":                     {},
	"poa gov deploy":                 {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa gov handover":               {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa gov delegate":               {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa gov status":                 {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa gov unwrap":                 {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa gov propose":                {args: []string{"--rpc", "http://127.0.0.1:1", "--set", "accept-ownership", "--description", "x"}},
	"poa gov vote":                   {args: []string{"--rpc", "http://127.0.0.1:1", "1", "for"}},
	"poa gov queue":                  {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa gov execute":                {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa gov cancel":                 {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa challenge equivocation":     {args: []string{"--rpc", "http://127.0.0.1:1", "a.json", "b.json"}},
	"poa challenge statement":        {args: []string{"--rpc", "http://127.0.0.1:1", "s.json"}},
	"poa challenge scores":           {args: []string{"--rpc", "http://127.0.0.1:1", "rec"}},
	"poa challenge unproven":         {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa challenge open":             {args: []string{"--rpc", "http://127.0.0.1:1", "--prover", alice, "--evidence", "{POINTS}"}},
	"poa provers":                    {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa stake":                      {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa unstake":                    {args: []string{"--rpc", "http://127.0.0.1:1", "1"}},
	"poa token schedule":             {},
	"poa treasury status":            {args: []string{"--rpc", "http://127.0.0.1:1"}},
	"poa treasury sweep":             {args: []string{"--rpc", "http://127.0.0.1:1"}},
}

// feeRuleNames: the settlement commands report a bad --owner-bps, --protocol-bps or
// --data-bps as the fee rule, with its three values ("fee rule 0/1000/8000 bps does
// not sum to 10000").
var feeRuleNames = map[string]string{"owner-bps": "fee rule", "protocol-bps": "fee rule", "data-bps": "fee rule"}

// flagAllowed lists the flag values that are not refused, with the reason; a case
// here must behave as the command's base arguments alone do (same exit status, and
// no range error), every other case must fail naming the flag and leave the data
// directory as it was. Keys are "COMMAND --FLAG=CLASS", CLASS one of zero, negative,
// huge.
var flagAllowed = map[string]string{
	"poa train base --layers=zero":               "0 keeps the config's (documented)",
	"poa train base --width=zero":                "0 keeps the config's (documented)",
	"poa train base --heads=zero":                "0 keeps the config's (documented)",
	"poa train base --context=zero":              "0 keeps the config's (documented)",
	"poa train base --vocab=zero":                "0 keeps the config's (documented)",
	"poa index compact --max-tokens=zero":        "0 merges up to the largest shard's size (documented)",
	"poa serve --adapter-cache-mb=zero":          "0 is the default budget, 256 MiB (documented)",
	"poa gov cancel --chain-id=zero":             "0 accepts any chain id (documented)",
	"poa gov cancel --chain-id=huge":             "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa token schedule --months=zero":           "0 lists until everything is unlocked (documented)",
	"poa gov deploy --chain-id=zero":             "0 accepts any chain id (documented)",
	"poa gov deploy --chain-id=huge":             "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov handover --chain-id=zero":           "0 accepts any chain id (documented)",
	"poa gov handover --chain-id=huge":           "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov delegate --chain-id=zero":           "0 accepts any chain id (documented)",
	"poa gov delegate --chain-id=huge":           "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov status --chain-id=zero":             "0 accepts any chain id (documented)",
	"poa gov status --chain-id=huge":             "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov unwrap --chain-id=zero":             "0 accepts any chain id (documented)",
	"poa gov unwrap --chain-id=huge":             "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov propose --chain-id=zero":            "0 accepts any chain id (documented)",
	"poa gov propose --chain-id=huge":            "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov vote --chain-id=zero":               "0 accepts any chain id (documented)",
	"poa gov vote --chain-id=huge":               "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov queue --chain-id=zero":              "0 accepts any chain id (documented)",
	"poa gov queue --chain-id=huge":              "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa gov execute --chain-id=zero":            "0 accepts any chain id (documented)",
	"poa gov execute --chain-id=huge":            "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa challenge equivocation --chain-id=zero": "0 accepts any chain id (documented)",
	"poa challenge equivocation --chain-id=huge": "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa challenge statement --chain-id=zero":    "0 accepts any chain id (documented)",
	"poa challenge statement --chain-id=huge":    "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa challenge scores --chain-id=zero":       "0 accepts any chain id (documented)",
	"poa challenge scores --chain-id=huge":       "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa challenge unproven --chain-id=zero":     "0 accepts any chain id (documented)",
	"poa challenge unproven --chain-id=huge":     "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa challenge open --chain-id=zero":         "0 accepts any chain id (documented)",
	"poa challenge open --chain-id=huge":         "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa provers --chain-id=zero":                "0 accepts any chain id (documented)",
	"poa provers --chain-id=huge":                "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa stake --chain-id=zero":                  "0 accepts any chain id (documented)",
	"poa stake --chain-id=huge":                  "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa unstake --chain-id=zero":                "0 accepts any chain id (documented)",
	"poa unstake --chain-id=huge":                "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa treasury status --chain-id=zero":        "0 accepts any chain id (documented)",
	"poa treasury status --chain-id=huge":        "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa treasury sweep --chain-id=zero":         "0 accepts any chain id (documented)",
	"poa treasury sweep --chain-id=huge":         "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa chain up --challenge-window=zero":       "0s opens claims at once, for dev nodes whose clock cannot be advanced (documented)",
	"poa challenge open --epoch=zero":            "epoch 0 accuses the prover without freezing an epoch (documented)",
	"poa challenge open --epoch=huge":            "any uint64 names an epoch; the contract refuses one outside its challenge window",
	"poa prove-record --rows=zero":               "0 asks for the default shape (64 rows); the unknown record then fails as the base arguments do",
	"poa prove-record --slots=zero":              "0 picks the next power of two ≥ the committed leaves (the default); the unknown record then fails as the base arguments do",
	"poa ask --max-tokens=zero":                  "0 asks for the node's default (the node enforces its own limit)",
	"poa ask --seed=zero":                        "any int64 seeds the sampler",
	"poa ask --seed=negative":                    "any int64 seeds the sampler",
	"poa ask --seed=huge":                        "any int64 seeds the sampler",
	"poa ask --temperature=zero":                 "temperature 0 is greedy decoding",
	"poa attribute --candidates=zero":            "0 chooses candidates automatically (documented)",
	"poa attribute --candidates=negative":        "-1 scans every sketched point (documented)",
	"poa attribute --gradient-weight=zero":       "α = 0 fuses span evidence only, a documented end of [0, 1]",
	"poa chain status --chain-id=zero":           "0 accepts any chain id (documented)",
	"poa chain status --chain-id=huge":           "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa chain up --chain-id=zero":               "0 accepts any chain id (documented)",
	"poa chain up --chain-id=huge":               "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa claim --chain-id=zero":                  "0 accepts any chain id (documented)",
	"poa claim --chain-id=huge":                  "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa claim --epoch=zero":                     "0 claims from every epoch (documented)",
	"poa claim --epoch=huge":                     "any uint64 names an epoch; settlement reports one that does not exist (validated with the settlement commands)",
	"poa datanet add --near-duplicate=zero":      "0 uses the default threshold 0.7 (documented)",
	"poa datanet add --near-duplicate=negative":  "a negative threshold turns the near-duplicate check off (documented)",
	"poa generate --seed=zero":                   "any uint64 seeds the sampler",
	"poa generate --seed=huge":                   "any uint64 seeds the sampler",
	"poa generate --temperature=zero":            "temperature 0 is greedy decoding (the default)",
	"poa generate --top-k=zero":                  "0 keeps every token (the default)",
	"poa generate --top-p=zero":                  "0 keeps every token (the default)",
	"poa influence candidates --seed=huge":       "any uint64 seeds the query sample",
	"poa influence embed --layer=zero":           "0 pools the last block (documented)",
	"poa index embeddings --layer=zero":          "0 pools the last block (documented)",
	"poa influence eval --mislabel=negative":     "a negative fraction skips mislabel detection (documented)",
	"poa influence eval --queries=zero":          "0 uses every test point (documented)",
	"poa influence eval --seed=huge":             "any uint64 seeds the evaluation",
	"poa influence sketch --damping=zero":        "0 picks λ = 0.1·tr(F)/k (documented)",
	"poa influence sketch --seed=huge":           "any uint64 seeds the projection",
	"poa index sketches --damping=zero":          "0 picks λ = 0.1·tr(F)/k (documented)",
	"poa index sketches --seed=huge":             "any uint64 seeds the projection",
	"poa ngram count --limit=zero":               "0 lists every location (documented)",
	"poa ngram count --limit=huge":               "a limit above the count lists every location",
	"poa ngram spans --context=zero":             "snippets without context are valid",
	"poa ngram spans --max-count=huge":           "a limit above every count keeps spans however frequent",
	"poa post --chain-id=zero":                   "0 accepts any chain id (documented)",
	"poa post --chain-id=huge":                   "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa post --epoch=zero":                      "0 posts the next epoch due (validated with the settlement commands)",
	"poa post --epoch=huge":                      "any uint64 names an epoch; settlement reports one that does not exist (validated with the settlement commands)",
	"poa prove --epoch=zero":                     "0 proves the next closed epoch (validated with the settlement commands)",
	"poa prove --epoch=huge":                     "any uint64 names an epoch; settlement reports one that does not exist (validated with the settlement commands)",
	"poa prove --size=zero":                      "0 takes the smallest keys that fit (documented)",
	"poa serve --concurrency=zero":               "0 runs 2×CPUs completions at once (documented)",
	"poa serve --key-rate=zero":                  "0 leaves keys without a rate of their own unlimited (documented)",
	"poa serve --key-burst=zero":                 "0 takes --key-rate rounded up (documented)",
	"poa keys create --rate=zero":                "0 takes the node's --key-rate (documented)",
	"poa keys create --burst=zero":               "0 takes the node's --key-burst (documented)",
	"poa serve --max-body=zero":                  "0 is the server's default, 1 MiB (documented)",
	"poa serve --max-prompt=zero":                "0 is the server's default, 16 KiB (documented)",
	"poa serve --max-tokens=zero":                "0 is the server's default, 512 (documented)",
	"poa serve --request-timeout=zero":           "0 is the server's default, 2m (documented)",
	"poa serve --shutdown-timeout=zero":          "0 is the server's default, 30s (documented)",
	"poa settle --chain-id=zero":                 "0 accepts any chain id (documented)",
	"poa settle --chain-id=huge":                 "any uint64 is a chain id; --rpc's eth_chainId is checked against it",
	"poa train adapter --alpha=zero":             "alpha 0 means alpha = r (documented)",
	"poa train adapter --checkpoint-every=zero":  "0 checkpoints only at the end and on Ctrl-C (documented)",
	"poa train adapter --clip=zero":              "0 turns clipping off (documented)",
	"poa train adapter --clip=huge":              "a threshold above every norm never clips, like 0",
	"poa train adapter --seed=zero":              "any uint64 seeds initialization and data order",
	"poa train adapter --seed=huge":              "any uint64 seeds initialization and data order",
	"poa train adapter --seq-len=zero":           "0 takes the model's context (documented)",
	"poa train adapter --warmup=zero":            "no warm-up is a valid schedule",
	"poa train adapter --weight-decay=zero":      "no weight decay is valid AdamW",
	"poa train base --checkpoint-every=zero":     "0 checkpoints only at the end and on Ctrl-C (documented)",
	"poa train base --clip=zero":                 "0 turns clipping off (documented)",
	"poa train base --clip=huge":                 "a threshold above every norm never clips, like 0",
	"poa train base --seed=zero":                 "any uint64 seeds initialization and data order",
	"poa train base --seed=huge":                 "any uint64 seeds initialization and data order",
	"poa train base --seq-len=zero":              "0 takes the model's context (documented)",
	"poa train base --warmup=zero":               "no warm-up is a valid schedule",
	"poa train base --weight-decay=zero":         "no weight decay is valid AdamW",
	"poa verify --epoch=zero":                    "0 verifies the latest proof (validated with the settlement commands)",
	"poa verify --epoch=huge":                    "any uint64 names an epoch; settlement reports one that does not exist (validated with the settlement commands)",
}

// flagValues are the values tried for each numeric flag type: zero, negative, huge.
func flagValues(typ string) (map[string]string, bool) {
	huge := map[string]string{
		"int": "9223372036854775807", "int64": "9223372036854775807", "int32": "2147483647",
		"uint": "18446744073709551615", "uint64": "18446744073709551615", "uint32": "4294967295",
		"float64": "1e300", "float32": "1e38", "duration": "2562047h",
	}[typ]
	if huge == "" {
		return nil, false
	}
	neg := "-1"
	if typ == "duration" {
		neg = "-1s"
	}
	return map[string]string{"zero": "0", "negative": neg, "huge": huge}, true
}

// numericFlags returns every runnable command's numeric flags (its own and those it
// inherits), by command path.
func numericFlags() map[string][]*pflag.Flag {
	out := map[string][]*pflag.Flag{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Runnable() {
			seen := map[string]bool{}
			for _, fs := range []*pflag.FlagSet{c.LocalFlags(), c.InheritedFlags()} {
				fs.VisitAll(func(f *pflag.Flag) {
					if _, ok := flagValues(f.Value.Type()); ok && !seen[f.Name] {
						seen[f.Name] = true
						out[c.CommandPath()] = append(out[c.CommandPath()], f)
					}
				})
			}
		}
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(rootCmd)
	return out
}

// TestNumericFlags runs every numeric flag of every command through the binary with
// 0, -1 and a huge value, on a copy of a small prepared data directory: each must be
// refused with an error naming the flag, before anything in the data directory
// changes, unless flagAllowed says why the value is legitimate.
func TestNumericFlags(t *testing.T) {
	tmpl := flagTestData(t)
	cmds := numericFlags()
	for key := range flagAllowed {
		path, rest, _ := strings.Cut(key, " --")
		name, class, _ := strings.Cut(rest, "=")
		_, okClass := map[string]bool{"zero": true, "negative": true, "huge": true}[class]
		if !okClass || !slices.ContainsFunc(cmds[path], func(f *pflag.Flag) bool { return f.Name == name }) {
			t.Errorf("flagAllowed entry %q names no numeric flag of a command", key)
		}
	}
	var baseMu sync.Mutex
	baselines := map[string]*flagRun{}
	baseline := func(t *testing.T, path string, spec flagSpec) *flagRun {
		baseMu.Lock()
		defer baseMu.Unlock()
		if r := baselines[path]; r != nil {
			return r
		}
		r := runFlagCase(t, tmpl, path, spec, nil)
		baselines[path] = r
		return r
	}
	for _, path := range slices.Sorted(maps.Keys(cmds)) {
		spec, ok := flagSpecs[path]
		if !ok {
			t.Errorf("%s has numeric flags but no row in flagSpecs", path)
			continue
		}
		for _, f := range cmds[path] {
			vals, _ := flagValues(f.Value.Type())
			for _, class := range []string{"zero", "negative", "huge"} {
				key := fmt.Sprintf("%s --%s=%s", path, f.Name, class)
				arg := fmt.Sprintf("--%s=%s", f.Name, vals[class])
				t.Run(strings.ReplaceAll(key, " ", "_"), func(t *testing.T) {
					if spec.skip != "" {
						t.Skip(spec.skip)
					}
					t.Parallel()
					r := runFlagCase(t, tmpl, path, spec, []string{arg})
					if reason, ok := flagAllowed[key]; ok {
						b := baseline(t, path, spec)
						if r.code != b.code || strings.Contains(r.stderr, " is outside ") {
							t.Fatalf("%s is allowed (%s) but exits %d (base arguments: %d)\n%s", arg, reason, r.code, b.code, r.stderr)
						}
						return
					}
					named := strings.Contains(r.stderr, "--"+f.Name)
					if alt := spec.names[f.Name]; alt != "" && strings.Contains(r.stderr, alt) {
						named = true
					}
					if r.code == 0 || !named {
						t.Fatalf("poa %s %s: exit %d, want a non-zero exit and an error naming --%s\nstderr: %s", path, arg, r.code, f.Name, lastLines(r.stderr, 5))
					}
					if d := diffSnapshots(r.before, r.after); d != "" {
						t.Fatalf("poa %s %s failed but changed the data directory: %s", path, arg, d)
					}
				})
			}
		}
	}
}

// flagRun is one command run: exit status, stderr and the data directory before and
// after.
type flagRun struct {
	code          int
	stderr        string
	before, after map[string]string
}

// runFlagCase copies the template data directory, runs the command with the spec's
// arguments and extra, and snapshots the copy before and after. A run over a minute
// fails the test: a refused value must not start heavy work.
func runFlagCase(t *testing.T, tmpl, path string, spec flagSpec, extra []string) *flagRun {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(dir, os.DirFS(tmpl)); err != nil {
		t.Fatal(err)
	}
	args := strings.Fields(strings.TrimPrefix(path, "poa"))
	for _, a := range spec.args {
		a = strings.ReplaceAll(a, "{POINTS}", filepath.Join(filepath.Dir(tmpl), "points.jsonl"))
		args = append(args, strings.ReplaceAll(a, "{DATA}", dir))
	}
	args = append(args, extra...)
	r := &flagRun{before: snapshotData(t, dir)}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, poaBin, append([]string{"--data", dir}, args...)...)
	cmd.Dir = "."
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("poa %v: still running after a minute", args)
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("poa %v: %v", args, err)
	}
	r.stderr = errb.String()
	r.after = snapshotData(t, dir)
	return r
}

// snapshotData lists what a data directory holds: every key of the store with a hash
// of its value, and every file outside the store's own folder (db/) with a hash of
// its content.
func snapshotData(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	db, err := badger.Open(badger.DefaultOptions(filepath.Join(dir, "db")).WithReadOnly(true).WithLogger(nil))
	if err != nil {
		t.Fatalf("open store read-only: %v", err)
	}
	err = db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			snap["key "+string(it.Item().Key())] = fmt.Sprintf("%x", sha256.Sum256(v))
		}
		return nil
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == "db" {
			return filepath.SkipDir
		}
		if d.IsDir() {
			snap["dir "+rel] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		snap["file "+rel] = fmt.Sprintf("%x", sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// diffSnapshots describes the first few differences between two snapshots, or "".
func diffSnapshots(a, b map[string]string) string {
	var d []string
	for _, k := range slices.Sorted(maps.Keys(a)) {
		if v, ok := b[k]; !ok {
			d = append(d, "removed "+k)
		} else if v != a[k] {
			d = append(d, "changed "+k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(b)) {
		if _, ok := a[k]; !ok {
			d = append(d, "added "+k)
		}
	}
	if len(d) > 5 {
		d = append(d[:5], fmt.Sprintf("and %d more", len(d)-5))
	}
	return strings.Join(d, "; ")
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}

var (
	flagDataOnce sync.Once
	flagDataDir  string
	flagDataErr  error
)

// flagTestData prepares, once per test binary, the small data directory the flag
// tests copy: a 40-point datanet "jargon", the tiny model (2 steps) and adapter "ad"
// with its sketches and embeddings, and the suffix-array index; points.jsonl beside
// it holds the same points (for datanet add).
func flagTestData(t *testing.T) string {
	t.Helper()
	flagDataOnce.Do(func() {
		root := filepath.Join(filepath.Dir(poaBin), "flags") // removed with the binary
		if flagDataErr = os.MkdirAll(root, 0o755); flagDataErr != nil {
			return
		}
		src, err := os.ReadFile("../../datanet/bundled/jargon-sample.jsonl")
		if err != nil {
			flagDataErr = err
			return
		}
		lines := strings.SplitAfter(string(src), "\n")
		points := filepath.Join(root, "points.jsonl")
		if flagDataErr = os.WriteFile(points, []byte(strings.Join(lines[:40], "")), 0o644); flagDataErr != nil {
			return
		}
		dir := filepath.Join(root, "data")
		for _, args := range [][]string{
			{"datanet", "create", "jargon"},
			{"datanet", "add", "jargon", "--contributor", alice, points},
			{"train", "base", "--datanet", "jargon", "--config", "tiny", "--steps", "2", "--seq-len", "16", "--batch", "2"},
			{"train", "adapter", "ad", "--datanet", "jargon", "--rank", "2", "--steps", "2", "--seq-len", "16", "--batch", "2"},
			{"index", "build"},
			{"influence", "sketch", "--adapter", "ad"},
			{"influence", "embed", "--adapter", "ad"},
		} {
			out, err := exec.Command(poaBin, append([]string{"--data", dir}, args...)...).CombinedOutput()
			if err != nil {
				flagDataErr = fmt.Errorf("poa %v: %v\n%s", args, err, out)
				return
			}
		}
		flagDataDir = dir
	})
	if flagDataErr != nil {
		t.Fatal(flagDataErr)
	}
	return flagDataDir
}
