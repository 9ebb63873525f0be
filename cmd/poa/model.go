package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"poa/client"
	"poa/inference"
	"poa/inference/tokenizer"
	"poa/store"
)

func init() {
	mc := &cobra.Command{
		Use:   "model",
		Short: "List, show and score with trained models and adapters",
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List models and adapters (* marks the current model)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(cur string, ms []inference.ModelRecord, as []inference.AdapterRecord) error {
				out := struct {
					Current  string                    `json:"current"`
					Models   []inference.ModelRecord   `json:"models"`
					Adapters []inference.AdapterRecord `json:"adapters"`
				}{cur, ms, as}
				return emit(out, func() {
					for _, m := range ms {
						mark := " "
						if m.Name == cur {
							mark = "*"
						}
						fmt.Printf("%s model   %-16s %9d params  L=%d C=%d V=%d  loss %.3f  datanets %s\n", mark, m.Name, m.Params, m.Config.NLayer, m.Config.NEmbd, m.Config.VocabSize, m.Loss, strings.Join(m.Datanets, ","))
					}
					for _, a := range as {
						fmt.Printf("  adapter %-16s %9d params  base %s  r=%d  %s  loss %.3f  datanets %s\n", a.Name, a.Params, a.Base, a.Lora.Rank, strings.Join(a.Lora.Targets, ","), a.Loss, strings.Join(a.Datanets, ","))
					}
				})
			}
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				ms, err := inference.ListModels(s)
				if err != nil {
					return err
				}
				as, err := inference.ListAdapters(s)
				if err != nil {
					return err
				}
				cur, _ := inference.CurrentModel(s)
				return report(cur, ms, as)
			}, func(cl *client.Client) error {
				cur, ms, as, err := remoteModels(cmd.Context(), cl)
				if err != nil {
					return err
				}
				return report(cur, ms, as)
			})
		},
	}
	show := &cobra.Command{
		Use:   "show [NAME]",
		Short: "Show a model's record (default: the current model) or an adapter's",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return withStoreOrNode(cmd.Context(), func(s *store.Store) error {
				if name != "" {
					var rec inference.AdapterRecord
					if err := s.Get(store.KindAdapter, name, &rec); err == nil {
						return emit(rec, func() { printJSONish(rec) })
					}
				}
				_, _, rec, err := inference.OpenModel(s, name)
				if err != nil {
					return err
				}
				return emit(rec, func() { printJSONish(rec) })
			}, func(cl *client.Client) error {
				rec, err := remoteModelShow(cmd.Context(), cl, name)
				if err != nil {
					return err
				}
				return emit(rec, func() { printJSONish(rec) })
			})
		},
	}
	var (
		text, adapter, model string
	)
	score := &cobra.Command{
		Use:   "score --text T [--adapter NAME]",
		Short: "Per-token log-probs (natural log) of a text under the current model or an adapter",
		Long: `score prints each token of TEXT with log p(token | previous tokens). The text is
preceded by the end-of-text token, so the first token is scored too.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("--text", text); err != nil {
				return err
			}
			return withStore(func(s *store.Store) error {
				m, tok, rec, ad, err := openModelAdapter(s, model, adapter)
				if err != nil {
					return err
				}
				ids := tok.Encode(text)
				if len(ids) == 0 {
					return fmt.Errorf("model score: empty text")
				}
				lp, err := m.Score(append([]int{tok.EOT()}, ids...), ad)
				if err != nil {
					return err
				}
				toks := make([]string, len(ids))
				var sum float64
				for i, id := range ids {
					toks[i] = tok.Token(id)
					sum += lp[i]
				}
				out := struct {
					Model    string    `json:"model"`
					Adapter  string    `json:"adapter,omitempty"`
					IDs      []int     `json:"ids"`
					Tokens   []string  `json:"tokens"`
					LogProbs []float64 `json:"logprobs"`
					Total    float64   `json:"total_logprob"`
				}{rec.Name, adapter, ids, toks, lp, sum}
				return emit(out, func() {
					for i := range ids {
						fmt.Printf("%6d  %9.4f  %q\n", ids[i], lp[i], toks[i])
					}
					fmt.Printf("total %.4f nats over %d tokens (%.4f per token)\n", sum, len(ids), sum/float64(len(ids)))
				})
			})
		},
	}
	score.Flags().StringVar(&text, "text", "", "text to score")
	modelAdapterFlags(score, &model, &adapter)
	score.MarkFlagRequired("text")
	mc.AddCommand(list, show, score)
	rootCmd.AddCommand(mc)
}

// openModelAdapter loads base model model (the current one when empty) with its
// tokenizer and record, and adapter over it when adapter is not empty (else ad is nil:
// the base model alone).
func openModelAdapter(st *store.Store, model, adapter string) (m *inference.Model[float32], tok tokenizer.Tokenizer, rec inference.ModelRecord, ad *inference.Adapter[float32], err error) {
	if m, tok, rec, err = inference.OpenModel(st, model); err != nil {
		return nil, nil, rec, nil, err
	}
	if adapter != "" {
		if ad, _, err = inference.OpenAdapter(st, adapter, rec.Name, m.Cfg); err != nil {
			return nil, nil, rec, nil, err
		}
	}
	return m, tok, rec, ad, nil
}

// modelAdapterFlags registers --model and --adapter, which choose what
// openModelAdapter loads.
func modelAdapterFlags(c *cobra.Command, model, adapter *string) {
	c.Flags().StringVar(adapter, "adapter", "", "adapter name (default: the base model)")
	c.Flags().StringVar(model, "model", "", "base model (default: the current model)")
}

func printJSONish(v any) {
	g.json = true
	emit(v, nil)
}
