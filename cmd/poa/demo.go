package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"poa/datanet"
	"poa/store"
)

func init() {
	var fresh bool
	c := &cobra.Command{
		Use:   "demo",
		Short: "Run the main job end to end on the bundled datanets and the in-process chain",
		Long: `Run the whole pipeline on the embedded defaults: import the bundled public-domain
datanets, and report what they hold. Re-running reuses what exists; --fresh starts over.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if fresh {
				if err := os.RemoveAll(g.dataDir); err != nil {
					return err
				}
			}
			count, err := gpt2Counter()
			if err != nil {
				return err
			}
			st, err := openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			if _, err := datanet.ImportBundled(cmd.Context(), st, count); err != nil {
				return err
			}
			dns, err := st.Datanets()
			if err != nil {
				return err
			}
			cs, err := st.Contributors()
			if err != nil {
				return err
			}
			report := struct {
				Datanets     []store.Datanet     `json:"datanets"`
				Contributors []store.Contributor `json:"contributors"`
			}{dns, cs}
			return emit(report, func() {
				for _, d := range dns {
					fmt.Printf("datanet %-8s %5d points  %7d tokens  %d contributors  (%s)\n", d.Name, d.Points, d.Tokens, d.Contributors, d.Title)
				}
				for _, c := range cs {
					fmt.Printf("contributor %s  %5d points  %7d tokens\n", c.Address, c.Points, c.Tokens)
				}
			})
		},
	}
	c.Flags().BoolVar(&fresh, "fresh", false, "delete the data directory first and start over")
	rootCmd.AddCommand(c)
}
