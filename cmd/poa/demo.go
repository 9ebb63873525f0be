package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"poa/gradients"
	"poa/influence"
	"poa/node"
)

func init() {
	var fresh, full, quick bool
	o := node.DefaultDemo()
	c := &cobra.Command{
		Use:   "demo",
		Short: "Run the main job end to end on the bundled datanets and the in-process chain",
		Long: `demo runs the whole pipeline on the embedded defaults: imports the bundled
public-domain datanets, trains a small GPT-2 model and one LoRA adapter per datanet,
builds the suffix-array index and the gradient sketches, answers a few prompts with
attribution, closes the epoch, proves the reward split with gnark, deploys the
contracts to the embedded chain, posts the settlement and prints a report.

Re-running reuses what exists (every step checks the store first); --fresh deletes
the data directory and starts over; --full uses every datanet (after make data).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if fresh {
				if err := os.RemoveAll(g.dataDir); err != nil {
					return err
				}
			}
			if quick {
				o.Config, o.Model = "tiny", "demo-tiny"
				o.BaseSteps, o.AdapterSteps, o.MaxTokens = 30, 15, 12
			}
			o.Full = full
			st, err := openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			ev := demoEvents()
			rep, err := node.Demo(cmd.Context(), st, o, ev)
			closeDemoBar()
			if err != nil {
				return err
			}
			return emit(demoJSON(rep), func() { printDemo(rep) })
		},
	}
	c.Flags().BoolVar(&fresh, "fresh", false, "delete the data directory first and start over")
	c.Flags().BoolVar(&full, "full", false, "use every datanet in the store (run make data first), not just the bundled ones")
	c.Flags().BoolVar(&quick, "quick", false, "tiny model and few steps (seconds; for smoke tests)")
	c.Flags().IntVar(&o.BaseSteps, "base-steps", o.BaseSteps, "optimizer steps of the base model")
	c.Flags().IntVar(&o.AdapterSteps, "adapter-steps", o.AdapterSteps, "optimizer steps of each adapter")
	rootCmd.AddCommand(c)
}

var demoBar *progressbar.ProgressBar

func closeDemoBar() {
	if demoBar != nil {
		demoBar.Finish()
		demoBar = nil
	}
}

// demoEvents draws one progress bar per step and phase on stderr.
func demoEvents() *node.Events {
	cur := ""
	return &node.Events{
		Step: func(name string) {
			closeDemoBar()
			cur = ""
			fmt.Fprintf(os.Stderr, "==> %s\n", name)
		},
		Progress: func(step, phase string, done, total int) {
			key := step + "/" + phase
			if key != cur {
				closeDemoBar()
				cur = key
				demoBar = newBar(int64(total), phase)
			}
			demoBar.Set(done)
		},
		Train: func(step string, p gradients.Progress) {
			if cur != step {
				closeDemoBar()
				cur = step
				demoBar = newBar(int64(p.Steps), step)
			}
			demoBar.Describe(fmt.Sprintf("%s loss %.3f  %.0f tok/s", step, p.Loss, float64(p.Tokens)/max(p.Elapsed.Seconds(), 1e-9)))
			demoBar.Set(p.Step)
		},
	}
}

// demoContributor is one row of the demo's JSON report.
type demoContributor struct {
	Address string `json:"address"`
	Score   uint64 `json:"score"`
	Payout  string `json:"payout"`
}

func demoJSON(rep *node.DemoReport) any {
	scores := map[string]uint64{}
	for _, a := range rep.Answers {
		for _, c := range a.Result.Contributors {
			scores[c.Address] += c.Score
		}
	}
	var cs []demoContributor
	for a, s := range scores {
		cs = append(cs, demoContributor{Address: a, Score: s, Payout: "0"})
	}
	sort.Slice(cs, func(i, j int) bool {
		return cs[i].Score > cs[j].Score || cs[i].Score == cs[j].Score && cs[i].Address < cs[j].Address
	})
	return struct {
		Contributors []demoContributor `json:"contributors"`
		Report       *node.DemoReport  `json:"report"`
	}{cs, rep}
}

func printDemo(rep *node.DemoReport) {
	fmt.Printf("\nmodel %s: %d params, loss %.3f; %d adapters; index of %d documents\n",
		rep.Model.Name, rep.Model.Params, rep.Model.Loss, len(rep.Adapters), rep.Index.Docs)
	for _, a := range rep.Answers {
		fmt.Printf("\n[%s] %s▸%s\n", a.Adapter, a.Prompt, strings.ReplaceAll(a.Result.Output, "\n", " "))
		cs := append([]influence.ContributorScore(nil), a.Result.Contributors...)
		sort.Slice(cs, func(i, j int) bool { return cs[i].Score > cs[j].Score })
		for i, c := range cs {
			if i == 3 {
				break
			}
			fmt.Printf("    %s  score %d\n", c.Address, c.Score)
		}
	}
	if len(rep.Skipped) > 0 {
		fmt.Printf("\nreused: %s\n", strings.Join(rep.Skipped, ", "))
	}
	fmt.Printf("done in %.1fs\n", rep.Seconds)
}
