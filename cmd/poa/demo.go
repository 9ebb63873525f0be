package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"poa/gradients"
	"poa/influence"
	"poa/node"
	"poa/store"
)

func init() {
	var fresh, full, quick, attest, trainBase bool
	o := node.DefaultDemo()
	c := &cobra.Command{
		Use:   "demo",
		Short: "Run the main job end to end on the bundled datanets and the in-process chain",
		Long: `demo runs the whole pipeline on the embedded defaults: imports the bundled
public-domain datanets, imports the shipped base model (models/base; --train-base
trains a small one from scratch instead), trains one LoRA adapter per datanet,
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
			if trainBase {
				o.TrainBase, o.Model = true, "demo"
			}
			if quick {
				o.TrainBase, o.Config, o.Model = true, "tiny", "demo-tiny"
				o.BaseSteps, o.AdapterSteps, o.MaxTokens = 30, 15, 12
			}
			o.Full = full
			if attest {
				o.Settlement.Attest = node.AttestOptimistic
			}
			return withStore(func(st *store.Store) error {
				ev, finishBars := demoEvents()
				rep, err := node.Demo(cmd.Context(), st, o, ev)
				finishBars()
				if err != nil {
					return err
				}
				sum := summarize(rep)
				return emit(sum, func() { printDemo(rep, sum) })
			})
		},
	}
	c.Flags().BoolVar(&fresh, "fresh", false, "delete the data directory first and start over")
	c.Flags().BoolVar(&full, "full", false, "use every datanet in the store (run make data first), not just the bundled ones")
	c.Flags().BoolVar(&quick, "quick", false, "train a tiny base model, few steps (seconds; for smoke tests)")
	c.Flags().BoolVar(&trainBase, "train-base", false, "train the base model (small config, --base-steps) instead of importing the shipped one")
	c.Flags().BoolVar(&attest, "attest-scores", false, "prove and post every record's scores before settling (the first run sets up the score keys: minutes)")
	c.Flags().IntVar(&o.BaseSteps, "base-steps", o.BaseSteps, "optimizer steps of the base model (with --train-base)")
	c.Flags().IntVar(&o.AdapterSteps, "adapter-steps", o.AdapterSteps, "optimizer steps of each adapter")
	bindSettings(c, "base-steps", "DemoOptions.BaseSteps", "adapter-steps", "DemoOptions.AdapterSteps")
	rootCmd.AddCommand(c)
}

// demoEvents draws one progress bar per step and phase on stderr and a line per
// step with the time of the step before; finish clears the last bar and prints the
// time of the last step.
func demoEvents() (ev *node.Events, finish func()) {
	b := new(phaseBar)
	last, t0 := "", time.Now()
	took := func() {
		if last != "" {
			errOut.printf("    (%s: %.1fs)\n", last, time.Since(t0).Seconds())
		}
	}
	ev = &node.Events{
		Step: func(name string) {
			b.finish()
			took()
			last, t0 = name, time.Now()
			errOut.printf("==> %s\n", name)
		},
		Progress: func(step, phase string, done, total int) {
			b.enter(step+"/"+phase, int64(total), phase).Set(done)
		},
		Train: func(step string, p gradients.Progress) {
			bar := b.enter(step, int64(p.Steps), step)
			bar.Describe(trainStatus(step, p))
			bar.Set(p.Step)
		},
	}
	return ev, func() {
		b.finish()
		took()
		last = ""
	}
}

// demoContributor is one row of the demo's report.
type demoContributor struct {
	Address string `json:"address"`
	Score   uint64 `json:"score"`  // fixed-point, influence.ScoreScale per 1.0, summed over the epoch
	Payout  string `json:"payout"` // OPEN base units credited on-chain
}

// demoSummary is the demo's JSON report: the headline fields first, the full report after.
type demoSummary struct {
	Contributors  []demoContributor `json:"contributors"`
	Epoch         uint64            `json:"epoch"`
	Fee           string            `json:"fee"`
	DataFee       string            `json:"data_fee"`
	ProofVerified bool              `json:"proof_verified_onchain"`
	TxHash        string            `json:"tx_hash"`
	Block         uint64            `json:"block"`
	GasUsed       uint64            `json:"gas_used"`
	// Records is the number of the epoch's records, ScoresAttested how many had
	// attested scores when it settled (the others make it voidable: poa challenge unproven).
	Records        int `json:"records"`
	ScoresAttested int `json:"scores_attested"`
	// ScoresProven is true when the epoch's scores are proven from its records (basis
	// proven, settleAttributed: poa demo --attest-scores).
	ScoresProven bool             `json:"scores_proven"`
	Report       *node.DemoReport `json:"report"`
}

func summarize(rep *node.DemoReport) demoSummary {
	sum := demoSummary{Report: rep, Contributors: []demoContributor{}}
	if s := rep.Settlement; s != nil && s.Report != nil && s.Epoch != nil {
		sum.Epoch, sum.Fee, sum.DataFee = s.Epoch.Epoch, s.Epoch.Fee, s.Epoch.DataFee
		for _, c := range s.Epoch.Contributors {
			sc, _ := strconv.ParseUint(c.Score, 10, 64)
			sum.Contributors = append(sum.Contributors, demoContributor{Address: c.Address, Score: sc, Payout: c.Payout})
		}
		sum.ProofVerified = s.VerifiedOnchain
		sum.ScoresProven = s.Epoch.IsProven()
		if p := s.Epoch.Post; p != nil {
			sum.TxHash, sum.Block, sum.GasUsed = p.Settle.TxHash.Hex(), p.Settle.Block, p.Settle.GasUsed
			sum.Records, sum.ScoresAttested = len(s.Epoch.Records), len(s.Epoch.Records)-len(p.Unattested)
		}
	} else {
		scores := map[string]uint64{}
		for _, a := range rep.Answers {
			for _, c := range a.Result.Contributors {
				scores[c.Address] += c.Score
			}
		}
		for a, v := range scores {
			sum.Contributors = append(sum.Contributors, demoContributor{Address: a, Score: v, Payout: "0"})
		}
	}
	sort.Slice(sum.Contributors, func(i, j int) bool {
		a, b := sum.Contributors[i], sum.Contributors[j]
		return a.Score > b.Score || a.Score == b.Score && a.Address < b.Address
	})
	return sum
}

func printDemo(rep *node.DemoReport, sum demoSummary) {
	m := rep.Model
	from := "trained here"
	if m.Source != "" {
		from = m.Source
	}
	fmt.Printf("\nmodel %s (%s): %d params, %d layers × %d wide, context %d, vocab %d; %d steps, training loss %.3f",
		m.Name, from, m.Params, m.Config.NLayer, m.Config.NEmbd, m.Config.NPositions, m.Config.VocabSize, m.Steps, m.Loss)
	if h := m.HeldOut; h != nil {
		fmt.Printf(", held-out %.3f nats/token (%d documents)", h.Loss, h.Docs)
	}
	fmt.Printf("\n%d adapters; index of %d documents\n", len(rep.Adapters), rep.Index.Docs)
	for _, a := range rep.Adapters {
		fmt.Printf("adapter %s: rank %d, %d steps, training loss %.3f", a.Name, a.Lora.Rank, a.Steps, a.Loss)
		if h := a.HeldOut; h != nil {
			fmt.Printf("; held-out loss on %s %.3f → %.3f nats/token (base → adapter, %d documents)", strings.Join(a.Datanets, ","), h.BaseLoss, h.Loss, h.Docs)
		}
		fmt.Println()
	}
	for _, a := range rep.Answers {
		fmt.Printf("\n[%s] %s▸%s\n", a.Adapter, a.Prompt, strings.ReplaceAll(a.Result.Output, "\n", " "))
		for _, c := range a.Copied {
			more := ""
			if n := len(c.Sources); n > 1 {
				more = fmt.Sprintf(" and %d more", n-1)
			}
			fmt.Printf("    copies %q (%d tokens) from %s%s: %q\n", c.Text, c.End-c.Start, shortSource(c.Sources[0]), more, c.First)
		}
		cs := append([]influence.ContributorScore(nil), a.Result.Contributors...)
		sort.Slice(cs, func(i, j int) bool { return cs[i].Score > cs[j].Score })
		for i, c := range cs {
			if i == 3 {
				break
			}
			fmt.Printf("    %s  score %.3f\n", c.Address, float64(c.Score)/influence.ScoreScale)
		}
	}
	if len(rep.Verified) > 0 {
		minRho, maxErr := 1.0, 0.0
		for _, v := range rep.Verified {
			if q := v.Quant; q != nil {
				minRho, maxErr = min(minRho, q.Spearman), max(maxErr, q.MaxRelErr)
			}
		}
		fmt.Printf("\nrecords: %d of %d recompute bit for bit (query sketch, committed integer scores, spans, fusion); "+
			"16-bit quantization: Spearman ≥ %.4f, max relative error %.2g\n", len(rep.Verified), len(rep.Answers), minRho, maxErr)
	}
	for _, c := range rep.Commitments {
		fmt.Printf("evidence of %s: %d sketches (k=%d) under root %.18s…, %d documents under corpus root %.18s…\n",
			c.Adapter, c.Points, c.K, c.SketchRoot, c.Corpus.Docs, c.Corpus.Root)
	}
	if s := rep.Settlement; s != nil && s.Report != nil {
		for _, e := range s.Resumed {
			fmt.Printf("\nresumed epoch %d of an interrupted run: %s\n", e.Epoch, e.Status)
		}
		for _, e := range s.Refiled {
			fmt.Printf("\nepoch %d could no longer be posted: its records were refiled into the open epoch\n", e)
		}
	}
	if s := rep.Settlement; s != nil && s.Report != nil && s.Epoch != nil {
		fmt.Printf("\nepoch %d: fee %s, data share %s (OPEN base units), %d contributors\n", sum.Epoch, sum.Fee, sum.DataFee, len(sum.Contributors))
		for _, c := range sum.Contributors {
			fmt.Printf("    %s  score %10.3f  payout %s\n", c.Address, float64(c.Score)/influence.ScoreScale, c.Payout)
		}
		verified := s.Epoch.Proof != nil && s.Epoch.Proof.Verified
		fmt.Printf("proof: %s, %d constraints, proved in %.2fs, %d bytes; verified natively: %v\n",
			s.Deployment.Backend, s.Constraints, s.ProveSeconds, s.ProofBytes, verified)
		fmt.Printf("settlement on %s (chain %d): verified on-chain: %v, tx %s, block %d, gas used %d\n",
			s.Deployment.Network, s.Deployment.ChainID, sum.ProofVerified, sum.TxHash, sum.Block, sum.GasUsed)
		if pe := s.Epoch.Proven; s.Epoch.IsProven() && pe != nil {
			fmt.Printf("scores proven: the epoch's scores are proven from its %d attested records' score proofs (attributed split %s, one proof checked by settleAttributed)\n",
				len(pe.Records), pe.Shape)
		} else if p := s.Epoch.Post; p != nil && len(p.Unattested) == 0 {
			fmt.Printf("scores proven: all %d records' scores attested on-chain before the settlement\n", sum.Records)
		} else if p != nil {
			fmt.Printf("scores proven: %d of %d records; until its claims open anyone can void this epoch and slash the poster (poa challenge unproven %d):\n"+
				"  poa demo --attest-scores proves and posts them first (the first run sets up the score keys: minutes)\n", sum.ScoresAttested, sum.Records, sum.Epoch)
		}
		if p := s.Epoch.Post; p != nil && p.ClaimableAt != 0 {
			fmt.Printf("claims open after the challenge window, at %s chain time (embedded: poa chain advance 24h, then poa claim --address A);\n"+
				"  the Settlement is governed by the timelock %s (poa gov status), its prover bonded (poa provers)\n",
				chainTime(p.ClaimableAt), s.Deployment.Timelock.Hex())
		}
	}
	for _, e := range rep.Evidence {
		state := "already registered"
		if e.Published {
			state = fmt.Sprintf("registered, gas %d", e.Receipt.GasUsed)
		}
		fmt.Printf("evidence of %s on-chain: version %d (%s), score verifier %s\n", e.Adapter, e.OnChain.Version, state, e.VerifierName)
	}
	if rep.EvidenceNote != "" {
		fmt.Printf("evidence not published: %s\n", rep.EvidenceNote)
	}
	if len(rep.Skipped) > 0 {
		fmt.Printf("\nreused: %s\n", strings.Join(rep.Skipped, ", "))
	}
	fmt.Printf("done in %.1fs\n", rep.Seconds)
}

// shortSource abbreviates "datanet/point id" to the id's first 8 hex digits.
func shortSource(s string) string {
	d, p, _ := strings.Cut(s, "/")
	if len(p) > 8 {
		p = p[:8]
	}
	return d + "/" + p
}
