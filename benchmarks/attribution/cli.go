package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"math"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// cliStats is one binary's runs of `poa -v attribute`.
type cliStats struct {
	Binary    string  `json:"binary"`
	Runs      int     `json:"runs"`
	WallP50   float64 `json:"wall_p50_ms"`
	WallP90   float64 `json:"wall_p90_ms"`
	WallP99   float64 `json:"wall_p99_ms"` // the largest run below 100 runs
	WallMin   float64 `json:"wall_min_ms"`
	CPUP50    float64 `json:"cpu_p50_ms"` // the child's user+system time
	CPUP90    float64 `json:"cpu_p90_ms"`
	VersionMs float64 `json:"version_p50_ms"`
	// Phases: p50 (ms) of each phase of the "attribute phases" and "attribute process
	// phases" DEBUG lines (the second's prefixed "process ").
	Phases map[string]float64 `json:"phases_p50_ms"`
	// Record is the content hash of the records this binary filed (all equal, else
	// SameRecords is false).
	Record string `json:"record_content_hash"`

	wall, cpu, version []float64
	phases             map[string][]float64
}

// cliResult is what --bin prints.
type cliResult struct {
	Prompt       string    `json:"prompt"`
	MaxTokens    int       `json:"max_tokens"`
	LoadBefore   string    `json:"loadavg_before"`
	LoadAfter    string    `json:"loadavg_after"`
	New          *cliStats `json:"new"`
	Baseline     *cliStats `json:"baseline,omitempty"`
	WallRatio    float64   `json:"wall_p50_ratio_new_over_baseline,omitempty"`
	CPURatio     float64   `json:"cpu_p50_ratio_new_over_baseline,omitempty"`
	SameRecords  bool      `json:"same_records"`
	RecordReport string    `json:"record_report"`
}

// timeCLI runs the binaries alternately (the order flips every round) and compares
// what they filed. Each binary is first dropped from the page cache and read back
// (recache), so that both start from the same state.
func timeCLI(bin, base, dir, adapter, prompt string, maxTokens, runs int) *cliResult {
	res := &cliResult{Prompt: prompt, MaxTokens: maxTokens, LoadBefore: loadavg(), SameRecords: true}
	bins := []*cliStats{{Binary: bin}}
	res.New = bins[0]
	if base != "" {
		res.Baseline = &cliStats{Binary: base}
		bins = append(bins, res.Baseline)
	}
	for _, b := range bins {
		if err := recache(b.Binary); err != nil {
			log.Fatalf("%s: %v", b.Binary, err)
		}
	}
	var want []byte // the first record's content
	for r := 0; r < runs; r++ {
		order := slices.Clone(bins)
		if r%2 == 1 {
			slices.Reverse(order)
		}
		for _, b := range order {
			content, hash := b.run(dir, adapter, prompt, maxTokens)
			b.Record = hash
			if want == nil {
				want = content
			} else if !bytes.Equal(content, want) {
				res.SameRecords = false
				res.RecordReport = fmt.Sprintf("%s filed a record of other content (hash %s) in round %d", b.Binary, hash, r+1)
			}
		}
	}
	if res.SameRecords {
		res.RecordReport = fmt.Sprintf("all %d records have the same content (hash %s)", runs*len(bins), res.New.Record)
	}
	for _, b := range bins {
		b.finish()
	}
	if res.Baseline != nil {
		res.WallRatio = res.New.WallP50 / res.Baseline.WallP50
		res.CPURatio = res.New.CPUP50 / res.Baseline.CPUP50
	}
	res.LoadAfter = loadavg()
	return res
}

var (
	phaseLine = regexp.MustCompile(`msg="attribute (process )?phases" (.*)`)
	phaseAttr = regexp.MustCompile(`("[^"]+"|[a-z]+)=([0-9.]+)(µs|ms|s)`)
)

// run times one `poa -v attribute` and one `poa version`, and returns the filed
// record's content (canonical JSON without id, epoch, fee, created, content_hash) and
// content hash.
func (b *cliStats) run(dir, adapter, prompt string, maxTokens int) ([]byte, string) {
	cmd := exec.Command(b.Binary, "--data", dir, "-v", "attribute", "--adapter", adapter, "--prompt", prompt,
		"--max-tokens", strconv.Itoa(maxTokens), "--json")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	t0 := time.Now()
	if err := cmd.Run(); err != nil {
		log.Fatalf("%s attribute: %v\n%s", b.Binary, err, errb.String())
	}
	b.wall = append(b.wall, ms(time.Since(t0)))
	b.cpu = append(b.cpu, ms(cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()))
	if b.phases == nil {
		b.phases = map[string][]float64{}
	}
	for _, m := range phaseLine.FindAllStringSubmatch(errb.String(), -1) {
		prefix := ""
		if m[1] != "" {
			prefix = "process "
		}
		for _, a := range phaseAttr.FindAllStringSubmatch(m[2], -1) {
			v, _ := strconv.ParseFloat(a[2], 64)
			v *= map[string]float64{"µs": 1e-3, "ms": 1, "s": 1e3}[a[3]]
			k := prefix + strings.Trim(a[1], `"`)
			b.phases[k] = append(b.phases[k], v)
		}
	}
	var ans struct {
		Record string `json:"record"`
	}
	if err := json.Unmarshal(out.Bytes(), &ans); err != nil || ans.Record == "" {
		log.Fatalf("%s attribute: no record id in %q (%v)", b.Binary, out.String(), err)
	}
	t1 := time.Now()
	if err := exec.Command(b.Binary, "version").Run(); err != nil {
		log.Fatalf("%s version: %v", b.Binary, err)
	}
	b.version = append(b.version, ms(time.Since(t1)))
	show, err := exec.Command(b.Binary, "--data", dir, "-q", "attribution", "show", ans.Record, "--json").Output()
	if err != nil {
		log.Fatalf("%s attribution show %s: %v", b.Binary, ans.Record, err)
	}
	var v map[string]any
	if err := json.Unmarshal(show, &v); err != nil {
		log.Fatal(err)
	}
	rec, ok := v["record"].(map[string]any)
	if !ok {
		log.Fatalf("attribution show %s: no stored record in %s", ans.Record, show)
	}
	hash, _ := rec["content_hash"].(string)
	for _, k := range []string{"id", "epoch", "fee", "created", "content_hash"} {
		delete(rec, k)
	}
	content, err := json.Marshal(rec) // map keys sorted: canonical
	if err != nil {
		log.Fatal(err)
	}
	return content, hash
}

func (b *cliStats) finish() {
	b.Runs = len(b.wall)
	b.WallP50, b.WallP99, b.WallMin = median(b.wall), percentile(b.wall, 0.99), slices.Min(b.wall)
	b.WallP90, b.CPUP50, b.CPUP90, b.VersionMs = percentile(b.wall, 0.9), median(b.cpu), percentile(b.cpu, 0.9), median(b.version)
	b.Phases = map[string]float64{}
	for k, v := range b.phases {
		b.Phases[k] = median(v)
	}
}

func (r *cliResult) print() {
	fmt.Printf("poa -v attribute --max-tokens %d --prompt %q, load average %s → %s\n", r.MaxTokens, r.Prompt, r.LoadBefore, r.LoadAfter)
	bins := []*cliStats{r.New}
	if r.Baseline != nil {
		bins = append(bins, r.Baseline)
	}
	for _, b := range bins {
		fmt.Printf("  %-28s %2d runs: wall p50 %6.1f ms, p90 %6.1f ms, p99 %6.1f ms, min %6.1f ms; CPU p50 %6.1f ms, p90 %6.1f ms; poa version %5.1f ms\n",
			b.Binary, b.Runs, b.WallP50, b.WallP90, b.WallP99, b.WallMin, b.CPUP50, b.CPUP90, b.VersionMs)
	}
	if r.Baseline != nil {
		fmt.Printf("  new/baseline p50: wall %.3f, CPU %.3f\n", r.WallRatio, r.CPURatio)
	}
	keys := map[string]bool{}
	for _, b := range bins {
		for k := range b.Phases {
			keys[k] = true
		}
	}
	order := slices.Clone(phaseOrder)
	for _, k := range []string{"startup", "store open", "attribute and file", "output", "store close", "total"} {
		order = append(order, "process "+k)
	}
	fmt.Printf("  phase p50 (ms)              %10s", "new")
	if r.Baseline != nil {
		fmt.Printf(" %10s", "baseline")
	}
	fmt.Println()
	for _, k := range order {
		if !keys[k] {
			continue
		}
		fmt.Printf("    %-26s", k)
		for _, b := range bins {
			if v, ok := b.Phases[k]; ok {
				fmt.Printf(" %10.2f", v)
			} else {
				fmt.Printf(" %10s", "-")
			}
		}
		fmt.Println()
	}
	fmt.Println(" ", r.RecordReport)
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

// percentile is the nearest-rank percentile of x (the largest value for p·n > n−1).
func percentile(x []float64, p float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	if len(s) == 0 {
		return math.NaN()
	}
	return s[min(len(s)-1, int(math.Ceil(p*float64(len(s))))-1)]
}
