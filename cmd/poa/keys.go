package main

import (
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"poa/apikey"
)

// The keys commands read and write $DATA/keys.json (package apikey), never the
// store: they work while poa serve runs, and the node picks their changes up within
// a second.
func init() {
	keys := &cobra.Command{
		Use:   "keys",
		Short: "Manage the node's API keys (create, list, revoke)",
		Long: `API keys authenticate requests to poa serve (docs/auth.md). Every state-changing
endpoint (closing epochs, creating or importing datanets) needs a key of scope admin;
completions need a key only when the node runs with --require-key inference or all.

Keys live in keys.json in the data directory, mode 0600, as SHA-256 hashes: a key's
secret is printed once, by poa keys create, and cannot be shown again. A running node
picks up created and revoked keys within a second, without a restart.`,
		Annotations: map[string]string{"device": "none"},
	}
	keys.AddCommand(keysCreateCmd(), keysListCmd(), keysRevokeCmd())
	rootCmd.AddCommand(keys)
}

func keysCreateCmd() *cobra.Command {
	var (
		o     apikey.Options
		scope string
	)
	c := &cobra.Command{
		Use:   "create",
		Short: "Create an API key and print its secret (once)",
		Long: `Create an API key and print it. The key is shown only now: the node keeps its
SHA-256, not the key. Send it as "Authorization: Bearer <key>" (the openai clients'
apiKey). --rate and --burst set the key's own token bucket; 0 takes poa serve's
--key-rate and --key-burst.`,
		Example:     "  poa keys create --name ops --scope admin\n  poa keys create --name my-app --scope inference --rate 5 --burst 10",
		Args:        cobra.NoArgs,
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("--name", o.Name); err != nil {
				return err
			}
			if err := flagIn("rate", o.Rate, 0, apikey.MaxRate); err != nil {
				return err
			}
			if err := flagIn("burst", o.Burst, 0, apikey.MaxBurst); err != nil {
				return err
			}
			o.Scope = apikey.Scope(scope)
			if !o.Scope.Valid() {
				return fmt.Errorf("--scope %q: want %s or %s", scope, apikey.ScopeInference, apikey.ScopeAdmin)
			}
			k, tok, err := apikey.In(g.dataDir).Create(o)
			if err != nil {
				return err
			}
			return emit(map[string]any{"key": k, "secret": tok}, func() {
				fmt.Fprintf(os.Stderr, "created API key %s (%q, scope %s%s) in %s\n", k.ID, k.Name, k.Scope, rateNote(k), apikey.In(g.dataDir).Path)
				fmt.Fprintln(os.Stderr, "the key is shown once; keep it secret:")
				fmt.Println(tok)
			})
		},
	}
	f := c.Flags()
	f.StringVar(&o.Name, "name", "", "a label for the key (who or what uses it), 1 to 64 characters")
	f.StringVar(&scope, "scope", string(apikey.ScopeInference), "what the key may do: inference (completions, reads) or admin (also state-changing endpoints)")
	f.Float64Var(&o.Rate, "rate", 0, "the key's rate limit in requests per second, up to 1000000 (0: the node's --key-rate)")
	f.IntVar(&o.Burst, "burst", 0, "the key's burst, requests, up to 1000000 (0: the node's --key-burst)")
	c.MarkFlagRequired("name")
	return c
}

func rateNote(k apikey.Key) string {
	if k.Rate == 0 && k.Burst == 0 {
		return ""
	}
	return fmt.Sprintf(", %s", rateText(k))
}

func rateText(k apikey.Key) string {
	if k.Rate == 0 && k.Burst == 0 {
		return "node default"
	}
	r, b := "default", "default"
	if k.Rate > 0 {
		r = fmt.Sprintf("%g/s", k.Rate)
	}
	if k.Burst > 0 {
		b = fmt.Sprint(k.Burst)
	}
	return "rate " + r + " burst " + b
}

func keysListCmd() *cobra.Command {
	return &cobra.Command{
		Use:         "list",
		Short:       "List the API keys (ids, names, scopes; never secrets)",
		Args:        cobra.NoArgs,
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := apikey.In(g.dataDir).Load()
			if err != nil {
				return err
			}
			return emit(orEmpty(s.Keys), func() {
				if len(s.Keys) == 0 {
					fmt.Println("no API keys: poa keys create --name NAME --scope admin makes one")
					return
				}
				tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tNAME\tSCOPE\tKEY\tCREATED\tREVOKED\tLIMIT")
				for _, k := range s.Keys {
					rev := "-"
					if k.Revoked != nil {
						rev = k.Revoked.Format(time.RFC3339)
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s…\t%s\t%s\t%s\n", k.ID, k.Name, k.Scope, k.Prefix, k.Created.Format(time.RFC3339), rev, rateText(k))
				}
				tw.Flush()
			})
		},
	}
}

func keysRevokeCmd() *cobra.Command {
	return &cobra.Command{
		Use:         "revoke ID",
		Short:       "Revoke an API key (a running node refuses it within a second)",
		Args:        cobra.ExactArgs(1),
		Annotations: map[string]string{"device": "none"},
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := apikey.In(g.dataDir).Revoke(args[0])
			if err != nil {
				return err
			}
			return emit(k, func() {
				fmt.Printf("revoked API key %s (%q) at %s\n", k.ID, k.Name, k.Revoked.Format(time.RFC3339))
			})
		},
	}
}
