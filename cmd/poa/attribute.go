package main

import (
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"poa/influence"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/node"
	"poa/store"
)

func init() {
	var (
		o            lm.Options
		alpha        float64
		noIndexBuild bool
		shards       []string
	)
	cmd := &cobra.Command{
		Use:   "attribute --adapter NAME --prompt P",
		Short: "Generate with an adapter and attribute the output to data points and contributors",
		Long: `attribute generates the adapter's greedy continuation of the prompt (or takes --output),
scores every sketched training point against the gradient of the output's loss (one
scan of the Fisher-preconditioned sketches built by 'poa influence sketch'), and each
output token against its own loss; adds the informative suffix-array spans of the
output (docs/influence.md), first building the index with the model's tokenizer when it
is missing or data points were added since it was built (--no-index-build: refuse
instead, naming 'poa index build'); fuses both into
fixed-point scores per data point and contributor (rule fusion-v1, docs/influence.md);
and files the attribution record (kind attribution) with everything needed to
recompute it into the open settlement epoch under a fresh id (every run is billed
--fee; a record with fee 0 is kept for audit and earns nothing at settlement). JSON keys: output, tokens, datapoints, contributors, record.

Shards: when the most recently built index is sharded (poa index build --shards) and
fits (the model's tokenizer, not stale), spans come from its shards; when the adapter
has a sketch set (poa index sketches --shards) whose root is its registered
commitment's, the gradient scans run over it (influence over its preconditioned
sketches, tracin and datainf over its raw ones); when the adapter has an embedding
set (poa index embeddings --shards) built with the base model's current weights over
its current points, embedding candidates come from it. The records are the same as
over the monolithic files. A discovered set that does not fit is skipped with a warning;
--shards DIR names a set and makes a misfit an error. -v logs the sources used.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.Adapter == "" || o.Prompt == "" {
				return fmt.Errorf("attribute: --adapter and --prompt are required")
			}
			if err := checkText("--prompt", o.Prompt); err != nil {
				return err
			}
			if o.Output != "" {
				if err := checkText("--output", o.Output); err != nil {
					return err
				}
			}
			f := influence.FusionParams{GradientWeight: alpha}
			o.Fusion = &f
			if err := o.Validate(); err != nil {
				return err
			}
			if noIndexBuild {
				o.Index = lm.IndexRequire
			}
			ph := startProcessPhases()
			// A short-lived process: badger sized for a few reads and one write
			// (store.Options.ShortLived), durable as every command's open.
			s, err := store.Open(store.DefaultOptions(g.dataDir).WithShortLived(true))
			if err != nil {
				return explainLocked(cmd.Context(), fmt.Errorf("open data directory: %w", err))
			}
			ph.mark("store open")
			defer func() {
				s.Close()
				ph.mark("store close")
				ph.log()
			}()
			src, err := shard.OpenSources(s, o.Adapter, shards)
			if err != nil {
				return err
			}
			defer src.Close()
			src.Apply(&o)
			progress, finish := phaseBars[int]()
			o.Progress = progress
			res, _, _, err := node.Attribute(cmd.Context(), s, o, "")
			finish()
			ph.mark("attribute and file")
			if err != nil {
				return err
			}
			defer ph.mark("output")
			return emit(res, func() {
				fmt.Printf("output: %q\n", res.Output)
				fmt.Printf("record %s (%d span matches)\n", res.Record, res.Spans)
				fmt.Println("contributors:")
				for _, c := range res.Contributors {
					fmt.Printf("  %s  %8.4f%%\n", c.Address, float64(c.Score)/influence.ScoreScale*100)
				}
				fmt.Println("data points:")
				for i, p := range res.Datapoints {
					if i == 10 {
						fmt.Printf("  … %d more\n", len(res.Datapoints)-10)
						break
					}
					fmt.Printf("  %s/%.12s  %8.4f%%  (gradient %.3f, span %.3f)\n", p.Datanet, p.ID, float64(p.Score)/influence.ScoreScale*100, p.Gradient, p.Span)
				}
				fmt.Println("tokens:")
				for _, t := range res.Tokens {
					var top []string
					for _, p := range t.Top {
						top = append(top, fmt.Sprintf("%s/%.8s", p.Datanet, p.ID))
					}
					fmt.Printf("  %3d %-14q %s\n", t.Index, t.Text, strings.Join(top, " "))
				}
			})
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&shards, "shards", nil, "read this shard set instead of the monolithic files: a sharded index (poa index build --shards), a sketch set (poa index sketches --shards) or an embedding set (poa index embeddings --shards); repeat for several; one that does not fit the store or the adapter's commitment is an error (default: the store's own sets when they fit, else the monolithic files, with a warning)")
	f.StringVar(&o.Adapter, "adapter", "", "adapter to generate with (its sketches must exist)")
	f.StringVar(&o.Prompt, "prompt", "", "prompt text")
	f.StringVar(&o.Output, "output", "", "attribute this continuation instead of generating one")
	f.IntVar(&o.MaxTokens, "max-tokens", 32, "tokens to generate, 1 to 65536 (generation also stops at the end of the model's context)")
	f.IntVar(&o.TopPoints, "top", 50, "data points taken as gradient evidence (1 to 100000)")
	f.IntVar(&o.TopTokens, "top-tokens", 3, "data points listed per output token (1 to 1000)")
	f.StringVar(&o.Fee, "fee", "0", "inference fee in OPEN base units (decimal)")
	f.StringVar(&o.Method, "method", "influence", "gradient scorer: influence (inverse damped Fisher), tracin or datainf")
	f.IntVar(&o.Candidates, "candidates", 0, "restrict gradient scans to the N nearest points by embedding ('poa influence embed'); -1: all points; 0: auto (2000 above 5000 points when the index exists)")
	f.BoolVar(&noIndexBuild, "no-index-build", false, "refuse, rather than build, a missing or stale suffix-array index")
	f.Float64Var(&alpha, "gradient-weight", influence.DefaultFusion.GradientWeight, "fusion weight α in [0, 1] of gradient evidence vs spans")
	bindSettings(cmd, "max-tokens", "Options.MaxTokens", "top", "Options.TopPoints", "top-tokens", "Options.TopTokens",
		"candidates", "Options.Candidates", "gradient-weight", "FusionParams.GradientWeight")
	rootCmd.AddCommand(cmd)
}

// processPhases times `poa attribute` as a process for the DEBUG log (`poa -v
// attribute` prints it after lm's "attribute phases"): start-up (from the process's
// start, as the kernel records it, to the command's start: the Go runtime, package
// initializers and flag parsing), opening the store, attributing and filing the
// record, printing it and closing the store (badger flushes the record's memtable).
type processPhases struct {
	start, last time.Time
	attrs       []any
}

// startProcessPhases starts the phases at the command's start; its first phase,
// "startup", is the time since the process started, when the kernel says
// (processStart).
func startProcessPhases() *processPhases {
	now := time.Now()
	p := &processPhases{start: now, last: now}
	if t, ok := processStart(now); ok {
		p.start = t
		p.attrs = append(p.attrs, slog.Duration("startup", now.Sub(t).Round(time.Millisecond)))
	}
	return p
}

func (p *processPhases) mark(name string) {
	now := time.Now()
	p.attrs = append(p.attrs, slog.Duration(name, now.Sub(p.last).Round(10*time.Microsecond)))
	p.last = now
}

// log writes the phases and the total since the process started.
func (p *processPhases) log() {
	slog.Debug("attribute process phases", append(p.attrs, slog.Duration("total", time.Since(p.start).Round(time.Millisecond)))...)
}

// processStart is when this process started, on Linux: its start time in
// /proc/self/stat (clock ticks since boot, 100 per second) against the time since
// boot in /proc/uptime (hundredths of seconds), so to about ±10 ms; false elsewhere.
func processStart(now time.Time) (time.Time, bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return time.Time{}, false
	}
	up, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return time.Time{}, false
	}
	return parseProcessStart(now, string(stat), string(up))
}

// parseProcessStart is processStart on the two files' contents.
func parseProcessStart(now time.Time, stat, uptime string) (time.Time, bool) {
	// Fields after the command name (which may hold spaces and parentheses): state is
	// field 3 of the line, starttime field 22.
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return time.Time{}, false
	}
	f := strings.Fields(stat[i+1:])
	if len(f) < 20 {
		return time.Time{}, false
	}
	ticks, err := strconv.ParseUint(f[19], 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	u := strings.Fields(uptime)
	if len(u) == 0 {
		return time.Time{}, false
	}
	secs, err := strconv.ParseFloat(u[0], 64)
	if err != nil {
		return time.Time{}, false
	}
	since := time.Duration(secs*float64(time.Second)) - time.Duration(ticks)*(time.Second/100)
	if since < 0 || since > time.Hour {
		return time.Time{}, false
	}
	return now.Add(-since), true
}
