package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"poa/bounds"
	"poa/circuits"
	"poa/client"
	"poa/influence"
	"poa/influence/lm"
	"poa/influence/shard"
	"poa/node"
	"poa/settlement"
	"poa/store"
)

func init() {
	ev := &cobra.Command{
		Use:   "evidence",
		Short: "Committed attribution evidence of adapters: quantized sketch and corpus Merkle roots",
		Long: `An adapter's evidence commitment binds its attribution to data: the root of a
Poseidon2 Merkle tree over (data point, contributor, quantized preconditioned sketch) for
every sketched point, and the root of a tree over the tokenized documents the model and
adapter were trained on. Attribution records commit their quantized query sketch and
exact integer scores against it; the score circuit proves them (docs/trust-model.md).
poa influence sketch builds the commitment; attribute rebuilds it when it is stale.`,
	}
	var fromSet bool
	commit := &cobra.Command{
		Use:   "commit ADAPTER [--from-set]",
		Short: "Build (or rebuild) an adapter's evidence commitment from its sketches and corpus",
		Long: `commit builds the adapter's evidence commitment from its monolithic preconditioned
sketch file (poa influence sketch), or with --from-set from its sketch set
(<data>/files/sketches/ADAPTER.shards, poa index sketches; its files are re-hashed first):
the set is then the adapter's evidence, which attribute, prove-record, verify-record and
challenge-record read, and no monolithic sketch file is needed. A --fisher partial set
commits its own root. Re-committing replaces the commitment; publish posts the new roots.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				progress, finish := phaseBars[int]()
				var c *influence.Commitment
				var err error
				if fromSet {
					c, err = shard.CommitSketchSet(cmd.Context(), s, args[0], progress)
				} else {
					c, err = lm.Commit(cmd.Context(), s, args[0], progress)
				}
				finish()
				if err != nil {
					return err
				}
				return emit(c, func() { printCommitment(c) })
			})
		},
	}
	commit.Flags().BoolVar(&fromSet, "from-set", false, "commit the adapter's sketch set (poa index sketches) instead of the monolithic sketch file")
	show := &cobra.Command{
		Use:   "show ADAPTER",
		Short: "Print an adapter's stored evidence commitment",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				c, err := lm.LoadCommitment(s, args[0])
				if err != nil {
					return err
				}
				return emit(c, func() { printCommitment(c) })
			}, func(cl *client.Client) error {
				c, err := remoteCommitment(cmd.Context(), cl, args[0])
				if err != nil {
					return err
				}
				return emit(c, func() { printCommitment(c) })
			})
		},
	}
	publish := &cobra.Command{
		Use:   "publish ADAPTER",
		Short: "Register an adapter's evidence roots and score verifier in the Settlement (embedded chain)",
		Long: `publish posts the adapter's evidence commitment (built first when missing or stale) to
the embedded chain's Settlement with registerEvidence: the sketch root, the corpus root
and the score verifier of the adapter's shape (the compiled-in development-key
verifier, deployed the first time). Each publication with new roots bumps the adapter's
on-chain version and is an EvidenceRegistered event; publishing the same roots again
sends nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				ev, finish := demoEvents()
				rep, err := node.PublishEvidence(cmd.Context(), s, args[0], ev)
				finish()
				if err != nil {
					return err
				}
				return emit(rep, func() { printPublished(rep) })
			})
		},
	}
	ev.AddCommand(commit, show, publish)
	rootCmd.AddCommand(ev)

	var post, optimistic, complete bool
	var rows, slots int
	proveRec := &cobra.Command{
		Use:   "prove-record ID [--post] [--complete [--slots N]]",
		Short: "Prove an attribution record's gradient scores from the committed sketches (score circuit)",
		Long: `prove-record proves, with the score circuit (Groth16), that the record's gradient
candidates are leaves of the adapter's committed sketch tree and that the commitment to
the per-contributor totals of their positive scores is exactly what the record's
committed query gives (docs/trust-model.md). The shape's development keys are loaded
from the data directory, or set up the first time (minutes for the demo's shape;
deterministic, insecure: see docs/proofs.md). --post attests the proof on the embedded
chain (attestScores), publishing the adapter's evidence first when needed.

--complete proves instead that the record's candidates are complete, with the scan
circuit (docs/proofs.md "Completeness by scan"): every leaf of the adapter's committed
sketch tree is scanned in-circuit, and the candidates' commitment is proven to be the
per-contributor aggregation over the true top M leaves the trained-on rule leaves
eligible (the excluded leaves are public through a hash of their bitmap, recomputable).
A record whose candidates are not that selection is refused, naming the first omitted
or extra leaf. --slots sets the circuit's leaf slots (0: the next power of two ≥ the
committed leaves, at least 16); the shape's keys are set up the first time (development
setup: 18 minutes for 512 slots at k = 512 on 2 cores) and saved. verify-record checks
the stored proof.

--complete --post posts the completeness proof to the embedded chain's Completeness
contract (attestComplete, verified on-chain by the scan verifier of its shape): a stored
proof that verifies is posted as is (not proven again), one that fails a check is
refused before anything is sent, and with none stored the record is proven first. The
record's scores must be attested first (prove-record ID --post), and the deployment must
hold a scan verifier of the proof's shape (the compiled-in ones; others: poa prover
scan-verifier, deployed and allowed through governance). A record already complete on
chain for the same statement is read back, not sent again.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := flagIn("--slots", slots, 0, circuits.MaxScanSlots); err != nil {
				return err
			}
			if slots != 0 && slots&(slots-1) != 0 {
				return fmt.Errorf("--slots %d: want a power of two (or 0)", slots)
			}
			if slots != 0 && !complete {
				return fmt.Errorf("--slots %d: only with --complete", slots)
			}
			if complete {
				if optimistic {
					return fmt.Errorf("--optimistic: completeness proofs are verified on chain when posted (use --post)")
				}
				if rows != 0 {
					return fmt.Errorf("--rows %d: the score proof's candidate rows; --complete takes its rows from the record (use --slots)", rows)
				}
				return withStore(func(s *store.Store) error {
					ev, finish := demoEvents()
					var cp *node.CompletenessProof
					var err error
					if post {
						cp, err = node.PostCompleteness(cmd.Context(), s, args[0], node.CompletenessOptions{Slots: slots}, ev)
					} else {
						cp, err = node.ProveCompleteness(cmd.Context(), s, args[0], node.CompletenessOptions{Slots: slots}, ev)
					}
					finish()
					if err != nil {
						return err
					}
					return emit(cp, func() { printCompleteness(cp) })
				})
			}
			if err := bounds.In("--rows", rows, 0, 1024); err != nil {
				return err
			}
			if rows&(rows-1) != 0 {
				return fmt.Errorf("--rows %d: want a power of two (or 0)", rows)
			}
			return withStore(func(s *store.Store) error {
				ev, finish := demoEvents()
				rp, err := node.ProveRecord(cmd.Context(), s, args[0], node.RecordProofOptions{Post: post || optimistic, Rows: rows, Optimistic: optimistic}, ev)
				finish()
				if err != nil {
					return err
				}
				return emit(rp, func() { printRecordProof(rp) })
			})
		},
	}
	proveRec.Flags().BoolVar(&post, "post", false, "attest the proof on the embedded chain (verified on-chain now); with --complete, post the completeness proof (the scores attested first)")
	proveRec.Flags().BoolVar(&optimistic, "optimistic", false, "post the proof unverified (postScores: cheaper; anyone can re-verify it within the challenge window with poa challenge scores ID)")
	proveRec.Flags().IntVar(&rows, "rows", 0, "least candidate rows of the circuit, a power of two in [1, 1024] (0: 64, the committed verifiers' shape)")
	proveRec.Flags().BoolVar(&complete, "complete", false, "prove the candidates complete instead: the true top M of every committed leaf (scan circuit)")
	proveRec.Flags().IntVar(&slots, "slots", 0, "with --complete: the scan circuit's leaf slots, a power of two ≥ the committed leaves, ≤ 65536 (0: the next power of two, at least 16)")
	rootCmd.AddCommand(proveRec)

	verify := &cobra.Command{
		Use:   "verify-record ID",
		Short: "Recompute an attribution record from the public model, adapter and store, bit for bit",
		Long: `verify-record recomputes what an attribution record claims: the weights' hashes, the
query sketch (from the model, adapter, prompt and output) quantized and hashed, the
adapter's committed sketch and corpus roots (rebuilt from the sketch file and the
datanets; for evidence committed from a sketch set, from the set's rows after every set
file is checked against its manifest: check "sketch set"), each gradient candidate's leaf, contributor and exact integer score, each
span's tokens in the cited document, and the fusion of the evidence into the record's
point and contributor scores. It also reports the quantization error of the record's
scores (Spearman rank correlation and largest relative error against the float scores).
When a completeness proof is stored (prove-record --complete) it is checked too: the
Groth16 proof under its shape's saved verifying key (check "scan-proof") and its public
inputs against the record and the store: the sketch root ("scan-root"), the query hash
("scan-query"), the candidates' commitment ("scan-commit") and the exclusion hash of the
leaves not trained on, recomputed ("scan-exclude"); with a deployment on the embedded
chain, whether the Completeness contract holds the record complete ("scan-chain":
informative when never posted, failed when its statement or exclusion hash differs from
the stored proof's).
It exits with status 1 when a check fails.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var res *lm.Verification
			err := withStore(func(s *store.Store) error {
				rec, err := settlement.Record(s, args[0])
				if err != nil {
					return err
				}
				if res, err = lm.VerifyRecord(cmd.Context(), s, rec); err != nil {
					return err
				}
				cc, err := node.VerifyCompleteness(cmd.Context(), s, rec)
				if err != nil || cc == nil {
					return err
				}
				res.Checks = append(res.Checks, cc.Checks...)
				res.OK = res.OK && cc.OK
				return nil
			})
			if err != nil {
				return err
			}
			if err := emit(res, func() { printVerification(res) }); err != nil {
				return err
			}
			if !res.OK {
				os.Exit(1)
			}
			return nil
		},
	}
	rootCmd.AddCommand(verify)

	challenge := &cobra.Command{
		Use:   "challenge-record ID",
		Short: "Rescan every committed sketch with a record's query: list better points it omitted",
		Long: `challenge-record checks the optimistic completeness rule of a record's gradient
candidates (docs/trust-model.md): it rescans every committed sketch row with the record's
committed query, on the exact integer scores the score circuit proves, and lists the
trained-on points the record left out although they outrank its last candidate, each with
its Merkle path under the committed root (the evidence a challenge would post). An honest
record of a full scan has none. When a completeness proof of the record is stored
(prove-record --complete) and verifies, it says so ("completeness" in --json): then no
omission can exist except among the excluded (not trained-on) leaves, which it lists as
recomputable. It exits with status 1 when it finds an omission.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ch challengeReport
			err := withStore(func(s *store.Store) error {
				rec, err := settlement.Record(s, args[0])
				if err != nil {
					return err
				}
				if ch.Challenge, err = lm.ChallengeRecord(cmd.Context(), s, rec); err != nil {
					return err
				}
				ch.Completeness, err = node.VerifyCompleteness(cmd.Context(), s, rec)
				return err
			})
			if err != nil {
				return err
			}
			if err := emit(ch, func() { printChallenge(ch) }); err != nil {
				return err
			}
			if ch.Omitted > 0 {
				os.Exit(1)
			}
			return nil
		},
	}
	rootCmd.AddCommand(challenge)
}

// challengeReport is challenge-record's output: the rescan, and the stored completeness
// proof's checks when there is one.
type challengeReport struct {
	*lm.Challenge
	Completeness *node.CompletenessCheck `json:"completeness,omitempty"`
}

func printChallenge(r challengeReport) {
	c := r.Challenge
	fmt.Printf("record %s (adapter %s): %d candidates, the last at leaf %d with score %d\n", c.Record, c.Adapter, c.Candidates, c.LastLeaf, c.LastScore)
	if c.Restricted {
		fmt.Println("  the record's scan was restricted to embedding candidates: omissions outside them are expected")
	}
	for _, o := range c.Omissions {
		fmt.Printf("  omitted leaf %d %s/%s of %s: score %d\n", o.Leaf, o.Datanet, o.Point, o.Contributor, o.Score)
	}
	if c.Omitted > len(c.Omissions) {
		fmt.Printf("  … %d more\n", c.Omitted-len(c.Omissions))
	}
	if c.Omitted == 0 {
		fmt.Println("complete: no committed point outranks the last candidate")
	} else {
		fmt.Printf("CHALLENGED: %d omitted points outrank the last candidate\n", c.Omitted)
	}
	if cc := r.Completeness; cc != nil {
		if on := cc.OnChain; on != nil {
			fmt.Printf("complete on chain since block %d (verifier %s, exclusion hash 0x%064x, current %t)\n", on.Block, on.Verifier.Hex(), on.Excluded, on.Current)
		}
		if cc.OK {
			fmt.Printf("completeness proven (%s): no omission exists among the %d eligible leaves; %d excluded leaves (not trained on) are recomputable: %s\n",
				cc.Shape, cc.Leaves-len(cc.ExcludedLeaves), len(cc.ExcludedLeaves), shortLeaves(cc.ExcludedLeaves))
		} else {
			fmt.Printf("a completeness proof is stored (%s) but does not verify:\n", cc.Shape)
			for _, k := range cc.Checks {
				if !k.OK {
					fmt.Printf("  FAIL %s %s\n", k.Name, k.Detail)
				}
			}
		}
	}
}

// shortLeaves lists at most 16 leaves.
func shortLeaves(l []int) string {
	if len(l) == 0 {
		return "none"
	}
	if len(l) > 16 {
		return fmt.Sprintf("%v … (%d more; --json lists all)", l[:16], len(l)-16)
	}
	return fmt.Sprint(l)
}

func printCompleteness(r *node.CompletenessProof) {
	keys := fmt.Sprintf("loaded in %.1fs", float64(r.LoadMs)/1000)
	if r.KeysSetup {
		keys = fmt.Sprintf("set up in %.1fs (development keys, saved)", float64(r.SetupMs)/1000)
	}
	if r.Stored {
		keys = "not needed (the stored proof verified and was reused)"
	}
	fmt.Printf("record %s (adapter %s): candidates proven complete, shape %s, %d constraints\n", r.Record, r.Adapter, r.Shape, r.Constraints)
	fmt.Printf("  scanned %d leaves (%d excluded: not trained on), the true top %d selected\n", r.Leaves, r.Excluded, r.Selected)
	fmt.Printf("  keys %s; proved and verified in %.1fs, %d bytes, keccak %s\n", keys, float64(r.ProveMs)/1000, r.ProofBytes, r.ProofKeccak.Hex())
	fmt.Printf("  public inputs: sketch root 0x%064x, query hash 0x%064x,\n", r.Proof.SketchRoot, r.Proof.QueryHash)
	fmt.Printf("                 commitment 0x%064x, excluded 0x%064x\n", r.Proof.Commitment, r.Proof.Excluded)
	fmt.Printf("  excluded leaves (recomputable): %s\n", shortLeaves(r.ExcludedLeaves))
	if on := r.OnChain; on != nil {
		if r.Receipt != nil {
			fmt.Printf("  posted on chain: verified by %s at %s, tx %s (block %d, gas %d)\n", r.VerifierName, r.Verifier.Hex(), r.Receipt.TxHash.Hex(), r.Receipt.Block, r.Receipt.GasUsed)
		} else {
			fmt.Printf("  already complete on chain (block %d, verifier %s): nothing sent\n", on.Block, on.Verifier.Hex())
		}
		fmt.Printf("  on-chain statement %s, exclusion hash 0x%064x, current %t\n", on.Statement.Hex(), on.Excluded, on.Current)
	}
}

func printPublished(r *node.EvidenceReport) {
	state := "already on chain"
	if r.Published {
		state = fmt.Sprintf("published in tx %s (block %d, gas %d)", r.Receipt.TxHash.Hex(), r.Receipt.Block, r.Receipt.GasUsed)
	}
	fmt.Printf("evidence of adapter %s (id %s): %s\n", r.Adapter, r.AdapterID.Hex(), state)
	fmt.Printf("  version %d, sketch root %s, corpus root %s\n", r.OnChain.Version, r.Commitment.SketchRoot, r.Commitment.Corpus.Root)
	fmt.Printf("  score verifier %s at %s (shape %s)\n", r.VerifierName, r.Verifier.Hex(), r.Shape)
}

func printRecordProof(r *node.RecordProof) {
	keys := fmt.Sprintf("loaded in %.1fs", float64(r.LoadMs)/1000)
	if r.KeysSetup {
		keys = fmt.Sprintf("set up in %.1fs (development keys, saved)", float64(r.SetupMs)/1000)
	}
	fmt.Printf("record %s (adapter %s): %d candidates, shape %s, %d constraints\n", r.Record, r.Adapter, r.Candidates, r.Shape, r.Constraints)
	fmt.Printf("  keys %s; proved and verified in %.1fs, %d bytes\n", keys, float64(r.ProveMs)/1000, len(r.Proof.Solidity))
	fmt.Printf("  public inputs: sketch root 0x%064x, query hash 0x%064x, commitment 0x%064x,\n", r.Proof.SketchRoot, r.Proof.QueryHash, r.Proof.Commitment)
	fmt.Printf("                 corpus root 0x%064x, output hash 0x%064x\n", r.Proof.CorpusRoot, r.Proof.OutputHash)
	fmt.Printf("  span evidence: %d spans proven, %d left recomputable\n", r.Spans, len(r.UnprovenSpans))
	for _, u := range r.UnprovenSpans {
		fmt.Printf("    span %d not proven: %s\n", u.Index, u.Reason)
	}
	if a := r.Attestation; a != nil {
		if r.Receipt != nil {
			fmt.Printf("  attested on chain: verified by the score verifier, tx %s (block %d, gas %d), evidence version %d\n", r.Receipt.TxHash.Hex(), r.Receipt.Block, r.Receipt.GasUsed, a.Version)
		} else {
			fmt.Printf("  already attested on chain (block %d, evidence version %d)\n", a.Block, a.Version)
		}
	}
}

func printCommitment(c *influence.Commitment) {
	fmt.Printf("evidence of adapter %s (model %s)\n", c.Adapter, c.Model)
	fmt.Printf("  sketches:    %d points × k=%d, %s shift %d, depth %d\n", c.Points, c.K, c.Rule, c.Shift, c.Depth)
	fmt.Printf("  sketch root: %s\n", c.SketchRoot)
	if c.Set != nil {
		fmt.Printf("  from sketch set %s: %d shards, Fisher %s, damping λ=%.6g\n", c.Set.Dir, c.Set.Shards, c.Set.Fisher, c.Set.Damping)
	}
	fmt.Printf("  corpus:      %d documents, %d tokens, depth %d\n", c.Corpus.Docs, c.Corpus.Tokens, c.Corpus.Depth)
	fmt.Printf("  corpus root: %s\n", c.Corpus.Root)
	fmt.Printf("  built %s in %.2fs\n", c.Created.Format("2006-01-02 15:04:05Z"), c.Seconds)
}

func printVerification(v *lm.Verification) {
	fmt.Printf("record %s (adapter %s)\n", v.Record, v.Adapter)
	for _, c := range v.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Printf("  %s %-12s %s\n", mark, c.Name, c.Detail)
	}
	if q := v.Quant; q != nil {
		fmt.Printf("  quantization: %d candidates, Spearman %.6f vs float scores, max relative error %.3g\n", q.Candidates, q.Spearman, q.MaxRelErr)
	}
	if v.OK {
		fmt.Println("verified: every check recomputes")
	} else {
		fmt.Println("NOT verified")
	}
}
