package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"poa/client"
	"poa/datanet"
	"poa/inference/tokenizer"
	"poa/store"
)

func init() {
	cmd := &cobra.Command{
		Use:   "datanet",
		Short: "Create, fill, list, show and export datanets (contributed data sets)",
	}
	cmd.AddCommand(datanetCreateCmd(), datanetAddCmd(), datanetListCmd(), datanetShowCmd(), datanetExportCmd())
	rootCmd.AddCommand(cmd)
}

func datanetCreateCmd() *cobra.Command {
	var title, license, owner string
	c := &cobra.Command{
		Use:   "create NAME",
		Short: "Create an empty datanet",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d := store.Datanet{Name: args[0], Title: title, License: license}
			if owner != "" {
				a, err := datanet.CheckContributor(owner)
				if err != nil {
					return fmt.Errorf("--owner %w", err)
				}
				d.Owner = a
			}
			report := func(created store.Datanet) error {
				return emit(created, func() { fmt.Printf("created datanet %s\n", created.Name) })
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				if err := st.CreateDatanet(d); err != nil {
					return err
				}
				created, err := st.Datanet(d.Name)
				if err != nil {
					return err
				}
				return report(created)
			}, func(cl *client.Client) error {
				created, err := remoteCreateDatanet(cmd.Context(), cl, d)
				if err != nil {
					return err
				}
				return report(created)
			})
		},
	}
	c.Flags().StringVar(&title, "title", "", "human-readable title")
	c.Flags().StringVar(&license, "license", "", "license of the data (SPDX id or text)")
	c.Flags().StringVar(&owner, "owner", "", "owner's EVM address (0x…, EIP-55 checked when mixed-case)")
	return c
}

// gpt2Counter counts tokens with GPT-2's tokenizer, the model-independent unit of
// datanet statistics.
func gpt2Counter() (func(string) int, error) {
	tok, err := tokenizer.GPT2()
	if err != nil {
		return nil, fmt.Errorf("load GPT-2 tokenizer: %w", err)
	}
	return func(s string) int { return len(tok.Encode(s)) }, nil
}

func datanetAddCmd() *cobra.Command {
	var contributor, format string
	var maxDoc int
	var nearDup float64
	var paragraphs bool
	c := &cobra.Command{
		Use:   "add NAME FILE...",
		Short: "Add data points from files (jsonl, text, dictd, fortune) as one atomic import",
		Long: `Add data points to a datanet. All files are parsed first; one bad record anywhere
(malformed JSON, invalid UTF-8, empty text, a document over --max-doc-bytes, a bad
address or the zero address, a truncated .dict.dz, a file with no records) aborts the
whole import and nothing is added.

Formats: jsonl (one {"text", "id"?, "contributor"?, "meta"?} object per line),
text (a file per data point, or --paragraphs), dictd (NAME.index + NAME.dict[.dz];
give either file), fortune ('%'-separated entries). Without --format the format is
guessed from each file name. Texts already in the datanet are counted once and
reported as duplicates. A text that nearly duplicates another contributor's earlier
point in any datanet (word-bigram Jaccard ≥ --near-duplicate, default 0.7) is added
but marked, and its attribution credit goes to that earlier contributor.`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := datanet.ImportOptions{Contributor: contributor, NearDuplicate: nearDup,
				Parse: datanet.Options{MaxDocBytes: maxDoc, Paragraphs: paragraphs}}
			if err := opts.Parse.Validate(); err != nil {
				return err
			}
			if format != "" {
				f, err := datanet.ParseFormat(format)
				if err != nil {
					return err
				}
				opts.Format = f
			}
			count, err := gpt2Counter()
			if err != nil {
				return err
			}
			opts.CountTokens = count
			report := func(res store.ImportResult) error {
				return emit(res, func() {
					fmt.Printf("datanet %s: added %d data points (%d tokens), %d duplicates skipped (import %d)\n",
						res.Datanet, res.Added, res.Tokens, res.Duplicates, res.Import)
					if res.NearDuplicates > 0 {
						fmt.Printf("  %d near-duplicates of other contributors' earlier points: their credit goes to those contributors (docs/reliability.md)\n", res.NearDuplicates)
					}
				})
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				res, err := datanet.Import(cmd.Context(), st, args[0], args[1:], opts)
				if err != nil {
					return fmt.Errorf("nothing imported: %w", err)
				}
				return report(res)
			}, func(cl *client.Client) error {
				res, err := remoteImport(cmd.Context(), cl, args[0], args[1:], opts)
				if err != nil {
					return fmt.Errorf("nothing imported: %w", err)
				}
				return report(res)
			})
		},
	}
	c.Flags().StringVar(&contributor, "contributor", "", "contributor address for records that name none (required unless every record has one)")
	c.Flags().StringVar(&format, "format", "", "input format: jsonl|text|dictd|fortune (default: from the file name)")
	c.Flags().IntVar(&maxDoc, "max-doc-bytes", datanet.DefaultMaxDocBytes, "reject a data point longer than this (1 to 268435456)")
	c.Flags().BoolVar(&paragraphs, "paragraphs", false, "text format: one data point per blank-line-separated paragraph")
	c.Flags().Float64Var(&nearDup, "near-duplicate", 0, "similarity (0, 1] at which a point is another contributor's near-duplicate (0: 0.7; negative: no check)")
	bindSettings(c, "max-doc-bytes", "Options.MaxDocBytes", "near-duplicate", "ImportOptions.NearDuplicate")
	return c
}

func datanetListCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List datanets with their counts",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(dns []store.Datanet) error {
				return emit(orEmpty(dns), func() {
					w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
					fmt.Fprintln(w, "NAME\tPOINTS\tCONTRIBUTORS\tTOKENS\tTITLE")
					for _, d := range dns {
						fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%s\n", d.Name, d.Points, d.Contributors, d.Tokens, d.Title)
					}
					w.Flush()
				})
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				dns, err := st.Datanets()
				if err != nil {
					return err
				}
				return report(dns)
			}, func(cl *client.Client) error {
				dns, _, err := remoteDatanets(cmd.Context(), cl)
				if err != nil {
					return err
				}
				return report(dns)
			})
		},
	}
}

func datanetShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show NAME",
		Short: "Show one datanet: metadata, counts, contributors",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(d store.Datanet, cs []store.DatanetContributor) error {
				out := struct {
					store.Datanet
					ContributorList []store.DatanetContributor `json:"contributor_list"`
				}{d, cs}
				return emit(out, func() {
					fmt.Printf("name:         %s\ntitle:        %s\nlicense:      %s\nowner:        %s\ncreated:      %s\n",
						d.Name, d.Title, d.License, d.Owner, d.Created.Format("2006-01-02 15:04:05Z"))
					fmt.Printf("points:       %d\ntokens:       %d (GPT-2 tokens)\ncontributors: %d\nimports:      %d\n",
						d.Points, d.Tokens, d.Contributors, d.Imports)
					for _, c := range cs {
						fmt.Printf("  %s  %d points\n", c.Address, c.Points)
					}
				})
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				d, err := st.Datanet(args[0])
				if err != nil {
					return err
				}
				cs, err := st.DatanetContributors(d.Name)
				if err != nil {
					return err
				}
				return report(d, cs)
			}, func(cl *client.Client) error {
				d, cs, err := remoteDatanet(cmd.Context(), cl, args[0])
				if err != nil {
					return err
				}
				return report(d, cs)
			})
		},
	}
}

func datanetExportCmd() *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "export NAME",
		Short: "Export a datanet as jsonl (round-trips with add)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			export := func(write func(w io.Writer) (int, error)) error {
				w := os.Stdout
				if out != "" && out != "-" {
					f, err := os.Create(out)
					if err != nil {
						return err
					}
					defer f.Close()
					w = f
				}
				bw := bufio.NewWriter(w)
				n, err := write(bw)
				if err != nil {
					return err
				}
				if err := bw.Flush(); err != nil {
					return err
				}
				if out != "" && out != "-" {
					fmt.Fprintf(os.Stderr, "exported %d data points to %s\n", n, strings.TrimSpace(out))
				}
				return nil
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				return export(func(w io.Writer) (int, error) { return datanet.Export(w, st, args[0]) })
			}, func(cl *client.Client) error {
				return export(func(w io.Writer) (int, error) { return remoteExport(cmd.Context(), cl, args[0], w) })
			})
		},
	}
	c.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of stdout")
	return c
}
