package main

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"poa/tokenomics"
	"poa/tokenomics/chart"
)

func init() {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "OPEN's genesis allocation and unlock schedule (pure computation: no store, no chain)",
	}
	cmd.AddCommand(tokenScheduleCmd(), tokenGenesisCmd())
	rootCmd.AddCommand(cmd)
}

// maxScheduleMonths bounds --months (200 years).
const maxScheduleMonths = 2400

func tokenScheduleCmd() *cobra.Command {
	var genesis, pngPath string
	var months int
	c := &cobra.Command{
		Use:   "schedule",
		Short: "Print OPEN's month-by-month unlock schedule from a genesis file",
		Long: `Prints the allocation of OPEN's 1,000,000,000 supply, what circulates at TGE and,
month by month from TGE, each allocation's unlocked amount, the circulating total
and its share of the supply (a month is 2,629,746 s, 365.25/12 days, as on-chain).
The allocations must add up to exactly 100% (10000 bps); a genesis that does not
validate is an error naming the allocation and why. --png draws the schedule as a
stacked area chart. Reads the embedded default genesis unless --genesis is given
(poa token genesis prints it); needs no store and no chain.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if months < 0 || months > maxScheduleMonths {
				return fmt.Errorf("--months %d: want 0 (until fully vested) to %d", months, maxScheduleMonths)
			}
			g, err := tokenomics.Load(genesis)
			if err != nil {
				return err
			}
			r, err := tokenomics.NewReport(g, months)
			if err != nil {
				return err
			}
			if pngPath != "" {
				if err := writeSchedulePNG(pngPath, g, r.Months[len(r.Months)-1].Month); err != nil {
					return err
				}
			}
			return emit(r, func() {
				src := "embedded default"
				if genesis != "" {
					src = genesis
				}
				printSchedule(r, src)
				if pngPath != "" {
					fmt.Printf("\nwrote %s\n", pngPath)
				}
			})
		},
	}
	c.Flags().StringVar(&genesis, "genesis", "", "genesis file (default: the embedded one; see poa token genesis)")
	c.Flags().IntVar(&months, "months", 0, "months after TGE to list (0: until everything is unlocked)")
	c.Flags().StringVar(&pngPath, "png", "", "also draw the schedule into this PNG file")
	return c
}

func writeSchedulePNG(path string, g *tokenomics.Genesis, months int) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--png: %w", err)
	}
	if err := chart.WritePNG(f, g, months); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--png: %w", err)
	}
	return nil
}

func tokenGenesisCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "genesis",
		Short: "Print the default genesis file (allocation, governance, settlement) to edit",
		Long: `Prints the embedded default genesis.json: OpenLedger's published OPEN allocation
(every beneficiary "deployer"), its governance parameters and the settlement's.
Save it, edit it and pass it to poa token schedule --genesis FILE.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := os.Stdout.Write(tokenomics.DefaultJSON())
			return err
		},
	}
}

// printSchedule prints r for people: amounts in millions of OPEN.
func printSchedule(r *tokenomics.Report, src string) {
	fmt.Printf("genesis: %s\n\n", src)
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "allocation\tshare\tOPEN\tat TGE\tcliff\tvesting\tbeneficiary\t")
	for _, a := range r.Allocations {
		fmt.Fprintf(w, "%s\t%s%%\t%s\t%s%%\t%d mo\t%d mo\t%s\t\n", a.Name, pctText(a.Percent), millions(a.Amount, true),
			bpsText(a.TGEBPS), a.CliffMonths, a.VestingMonths, a.Beneficiary)
	}
	fmt.Fprintf(w, "total\t%s%%\t%s\t\t\t\t\t\n", bpsText(r.AllocatedBPS), millions(r.Allocated, true))
	w.Flush()
	parts := make([]string, len(r.TGE))
	for i, p := range r.TGE {
		parts[i] = fmt.Sprintf("%s %s (%s%%)", p.Allocation, millions(p.Amount, true), pctText(p.Percent))
	}
	fmt.Printf("\nallocations add up to 100%% of the supply (%s OPEN)\n", millions(r.Supply, true))
	fmt.Printf("TGE circulating: %s OPEN (%s%%) = %s\n\n", millions(r.TGECirculating, true), pctText(r.TGEPercent), strings.Join(parts, " + "))
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	head := []string{"month"}
	for _, a := range r.Allocations {
		head = append(head, a.Name)
	}
	fmt.Fprintln(w, strings.Join(append(head, "circulating", "% supply"), "\t")+"\t")
	for _, m := range r.Months {
		cols := []string{fmt.Sprint(m.Month)}
		for _, u := range m.Unlocked {
			cols = append(cols, millions(u.String(), false))
		}
		cols = append(cols, millions(m.Circulating.String(), false), fmt.Sprintf("%.2f", m.Percent))
		fmt.Fprintln(w, strings.Join(cols, "\t")+"\t")
	}
	w.Flush()
	fmt.Printf("(millions of OPEN, rounded down; 1 month = %d s)\n", r.MonthSeconds)
}

// millions writes base units as millions of OPEN with 3 decimals, rounded down
// ("451.600"), or, with whole, as whole OPEN with thousands separators.
func millions(units string, whole bool) string {
	v, _ := new(big.Int).SetString(units, 10)
	if whole {
		s := new(big.Int).Quo(v, big.NewInt(1e18)).String()
		var b strings.Builder
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	k := new(big.Int).Quo(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)) // thousands of OPEN
	return fmt.Sprintf("%d.%03d", k.Int64()/1000, k.Int64()%1000)
}

func pctText(p float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", p), "0"), ".")
}

func bpsText(bps int) string { return pctText(float64(bps) / 100) }
