// Command poa is the Proof-of-Attribution engine's command-line interface.
//
// It is thin: each subcommand parses flags, calls one library function and prints
// the result (text for people, JSON behind --json). Subcommands live in files named
// for their area (datanet.go, train.go, prove.go, ...) and register themselves on
// the root command from init.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// globals holds the flags every subcommand shares.
type globals struct {
	dataDir string
	json    bool
	verbose bool
	quiet   bool
	device  string
}

var g globals

var rootCmd = &cobra.Command{
	Use:   "poa",
	Short: "Proof-of-Attribution engine: datanets, models, attribution, reward proofs, settlement",
	Long: `poa credits the contributors of training data for every inference a model makes.

It keeps datanets (contributed data sets), trains a GPT-2-architecture model and
LoRA adapters on them, attributes each output to the data points that influenced
it, splits the inference fee among their contributors, proves the split with a
zk-SNARK and settles it on an L2 contract.`,
	SilenceUsage:  true,
	SilenceErrors: true,
	PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
		// Bars on a terminal, plain lines on a file or a pipe, nothing with --quiet; log
		// records share stderr with them (errOut) so that the two never interleave.
		errOut.setup(os.Stderr, g.quiet)
		level := slog.LevelInfo
		switch {
		case g.verbose:
			level = slog.LevelDebug
		case g.quiet:
			level = slog.LevelWarn
		}
		slog.SetDefault(slog.New(slog.NewTextHandler(errOut, &slog.HandlerOptions{Level: level})))
		// gnark logs to stdout, which belongs to --json output: only with -v.
		quietGnark()
		if cmd.Annotations["device"] == "none" { // commands that only report on devices
			return nil
		}
		return useDevice(g.device)
	},
}

func init() {
	rootCmd.PersistentFlags().StringVar(&g.dataDir, "data", envOr("POA_DATA", "./poa-data"), "data directory (env POA_DATA)")
	rootCmd.PersistentFlags().BoolVar(&g.json, "json", false, "print machine-readable JSON")
	rootCmd.PersistentFlags().BoolVarP(&g.verbose, "verbose", "v", false, "debug logging on stderr")
	rootCmd.PersistentFlags().BoolVarP(&g.quiet, "quiet", "q", envBool("POA_QUIET"), "no progress on stderr, only warnings and errors (env POA_QUIET=1)")
	rootCmd.PersistentFlags().StringVar(&g.device, "device", envOr("POA_DEVICE", "cpu"), "where the matrix products run: cpu, cuda or cuda:N (env POA_DEVICE)")
}

// envBool reports whether the environment variable k holds a true value (1, true).
func envBool(k string) bool {
	v, _ := strconv.ParseBool(os.Getenv(k))
	return v
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := rootCmd.ExecuteContext(ctx); err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(errOut, "poa: interrupted")
			os.Exit(130)
		}
		fmt.Fprintln(errOut, "poa:", err)
		os.Exit(1)
	}
}
