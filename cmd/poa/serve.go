package main

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"poa/api"
	"poa/apikey"
	"poa/bounds"
	"poa/client"
	"poa/inference"
	"poa/influence"
	"poa/node"
	"poa/prover"
	"poa/server"
	"poa/server/lmengine"
	"poa/settlement"
	"poa/store"
)

func init() {
	var (
		addr     string
		cfg      server.Config
		maxBody  int64
		shutdown time.Duration
		fee      string
		cacheMB  int64
		attest   = node.AttestOptimistic
		shards   []string
		basis    = string(settlement.BasisFused)
		shape    = prover.ProductAttributedShape.String()
	)
	c := &cobra.Command{
		Use:   "serve",
		Short: "Run a prover node: HTTP API, metrics and the audit page",
		Long: `Serve the node's HTTP JSON API (docs/api.md), Prometheus metrics at /metrics and the
audit page at / on --addr, over the data directory. It runs until SIGINT or SIGTERM,
then stops accepting connections and lets in-flight requests finish (--shutdown-timeout).

The first line on stdout is "poa: serving on http://HOST:PORT" (with --json, an object
{"url": ...}); --addr with port 0 picks a free port.

POST /v1/epochs/close closes the open epoch on --basis (as poa settle --basis): fused
(default) or proven, the scores proven from the records' score rows (--shape picks the
attributed split shape), settled with settleAttributed. On a proven-basis node a settle
job proves the attributed split and attests every record before posting, and a close
without settle closes on the proven basis too (the next settle finishes it); --basis
proven with --attest none is refused at start.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.MaxBodyBytes = maxBody
			cfg.ShutdownTimeout = shutdown
			if err := cfg.Validate(); err != nil {
				return err
			}
			if cacheMB < 0 || cacheMB > 1<<20 {
				return fmt.Errorf("--adapter-cache-mb %d: want 0 (256) to 1048576", cacheMB)
			}
			if _, _, err := net.SplitHostPort(addr); err != nil {
				return fmt.Errorf("--addr %q: want host:port: %w", addr, err)
			}
			attestMode, err := node.SettleAttest(attest)
			if err != nil {
				return fmt.Errorf("--attest: %w", err)
			}
			// The basis settle jobs close epochs on, checked as poa settle checks it; a
			// proven epoch is settled with settleAttributed, which reverts unless every
			// record is attested, so --attest none cannot go with it.
			closer, err := serveBasis(basis, shape, attest)
			if err != nil {
				return err
			}
			return withStore(func(st *store.Store) error {
				// Epochs an interrupted run closed, proved or posted are finished before the
				// node takes requests (docs/settlement.md), their records' scores attested as
				// --attest says; a failure is logged, not fatal.
				if rep, err := node.Resume(cmd.Context(), st, attestMode, nil); err != nil {
					slog.Warn("unfinished epochs not resumed: poa settle --dev finishes them", "err", err)
				} else if n := len(rep.Resumed) + len(rep.Refiled); n > 0 {
					slog.Info("resumed unfinished epochs", "settled", len(rep.Resumed), "refiled", len(rep.Refiled))
				}
				// Settle jobs prove each record's scores with the score keys of its shape,
				// set up once per data directory (minutes): they are prepared now, in the
				// background, and the first settle job waits for them (docs/settlement.md).
				var keys *lmengine.ScoreKeyPrep
				if attestMode != "" {
					if shapes, err := lmengine.ScoreShapes(st); err != nil {
						slog.Warn("score keys not prepared: the first settle sets them up", "err", err)
					} else if len(shapes) > 0 {
						names := make([]string, len(shapes))
						for i, s := range shapes {
							names[i] = s.String()
						}
						slog.Info("preparing score keys in the background", "shapes", strings.Join(names, ","))
						keys = lmengine.PrepareScoreKeys(cmd.Context(), st, shapes, slog.Default())
					}
				}
				// A proven-basis node's settles prove with the attributed split keys of its
				// shape, kept in the data directory (settlement.AttributedKeyFiles): loaded,
				// or set up and saved the first time, now, in the background.
				if closer.Basis == settlement.BasisProven {
					go func() {
						if _, err := settlement.AttributedKeyFiles(st, slog.Default())(cmd.Context(), closer.Shape); err != nil {
							slog.Warn("attributed split keys not prepared: the first settle sets them up", "shape", closer.Shape.String(), "err", err)
						}
					}()
				}
				eng := server.NewStoreEngine(st)
				eng.Log = slog.Default()
				// The model + attribution engine answers completions once adapters exist
				// (poa demo, or poa train); epoch close needs only the store.
				closer.Keys = keys
				if eng.EpochCloser, err = lmengine.EpochCloserWith(st, closer); err != nil {
					return err
				}
				// Settle jobs (POST /v1/epochs/close with settle: true) run in the
				// background; one a stopped node left running is marked interrupted now
				// (its epoch was resumed above), and a stopping node interrupts its own.
				if _, err := eng.SettleJobs(cmd.Context()); err != nil {
					return err
				}
				defer func() {
					if !eng.StopSettleJobs(cmp.Or(shutdown, 30*time.Second)) {
						slog.Warn("settle job still running at exit: the next start resumes its epoch")
					}
				}()
				eng.ReadProtocol = lmengine.ProtocolReader(st)
				if ads, err := eng.Adapters(cmd.Context()); err != nil {
					return err
				} else if len(ads) > 0 {
					eng.Completer = lmengine.Completer(st, lmengine.Options{Fee: fee, AdapterCacheBytes: cacheMB << 20, Shards: shards})
				}
				cfg.Logger = slog.Default()
				if err := loadKeys(&cfg); err != nil {
					return err
				}
				// ModelFactory's fine-tune jobs (server/lmengine.Factory): a job that was
				// running when the node stopped is marked interrupted, to be resumed.
				fac, ferr := lmengine.NewFactory(cmd.Context(), st, slog.Default())
				if ferr != nil {
					return ferr
				}
				defer fac.Close()
				srv := server.New(lmengine.NewFactoryEngine(eng, st, fac, lmengine.Options{Fee: fee, AdapterCacheBytes: cacheMB << 20, Shards: shards}), cfg)
				unannounce := func() {}
				ready := func(a net.Addr) {
					url := "http://" + a.String()
					unannounce = announceNode(url) // $DATA/serve.json: the CLI goes through this node (remote.go)
					emit(map[string]any{"url": url, "ready": eng.Ready()}, func() {
						fmt.Printf("poa: serving on %s\n", url)
					})
					var missing []string
					for k, ok := range eng.Ready() {
						if !ok {
							missing = append(missing, k)
						}
					}
					if len(missing) > 0 {
						slog.Warn("node parts not plugged in: their endpoints answer 503 not_ready", "parts", strings.Join(missing, ","))
					}
				}
				err := srv.ListenAndServe(cmd.Context(), addr, ready)
				unannounce()
				if err == nil {
					slog.Info("stopped")
				}
				return err
			})
		},
	}
	f := c.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "listen address host:port (port 0: any free port)")
	f.Int64Var(&maxBody, "max-body", 1<<20, "request body limit in bytes, up to 1 GiB (0: 1 MiB)")
	f.IntVar(&cfg.MaxPromptBytes, "max-prompt", 16<<10, "prompt limit in bytes, up to 1 GiB (0: 16 KiB)")
	f.IntVar(&cfg.MaxTokens, "max-tokens", 512, "largest max_tokens a request may ask, up to 65536 (0: 512)")
	f.IntVar(&cfg.MaxConcurrent, "concurrency", 0, "completions run at once, others queue, up to 4096 (0: 2×CPUs)")
	f.DurationVar(&cfg.RequestTimeout, "request-timeout", 2*time.Minute, "limit on one request's work, up to 24h (0: 2m)")
	f.StringVar(&fee, "fee", "1000000000000000000", "default inference fee, OPEN base units (decimal; a request's fee overrides)")
	f.StringVar(&attest, "attest", attest, "how POST /v1/epochs/close with settle: true (and the resume of an unfinished epoch at start) attests each record's scores before posting: optimistic, verified or none (as poa settle --attest); unless none, the score keys of the adapters' committed shapes are set up in the background at start")
	f.StringVar(&basis, "basis", basis, "basis the epochs it closes are split on: fused (fusion-v1 scores, settle) or proven (scores proven from the attested records, settleAttributed; not with --attest none), as poa settle --basis")
	f.StringVar(&shape, "shape", shape, "attributed split shape of a proven epoch, nN-rR-cC (committed: n64-r16-c16, n8-r4-c4)")
	f.Int64Var(&cacheMB, "adapter-cache-mb", 256, "memory for LoRA adapters kept loaded, MiB (least recently used evicted; the base model stays resident; 0: 256)")
	f.StringArrayVar(&shards, "shards", nil, "shard set attribution reads instead of the monolithic files: a sharded index or a sketch set (repeat for both; a misfit fails the request); default: the store's own sets when they fit (poa attribute --help)")
	f.DurationVar(&shutdown, "shutdown-timeout", 30*time.Second, "how long to let in-flight requests finish on SIGINT/SIGTERM, up to 24h (0: 30s)")
	f.StringVar(&cfg.RequireKey, "require-key", server.RequireWrites, "what needs an API key (poa keys create; docs/auth.md): writes (state-changing endpoints), inference (also completions) or all (also reads and /metrics)")
	f.Float64Var(&cfg.KeyRate, "key-rate", 20, "requests per second per API key that sets no rate of its own, up to 1000000 (0: unlimited)")
	f.IntVar(&cfg.KeyBurst, "key-burst", 40, "burst per API key that sets none of its own, up to 1000000 (0: --key-rate rounded up)")
	bindSettings(c, "max-body", "Config.MaxBodyBytes", "max-prompt", "Config.MaxPromptBytes", "max-tokens", "Config.MaxTokens",
		"concurrency", "Config.MaxConcurrent", "request-timeout", "Config.RequestTimeout", "shutdown-timeout", "Config.ShutdownTimeout",
		"require-key", "Config.RequireKey", "key-rate", "Config.KeyRate", "key-burst", "Config.KeyBurst")
	rootCmd.AddCommand(c)
	rootCmd.AddCommand(askCmd())
}

func askCmd() *cobra.Command {
	var (
		node, prompt, adapter, model string
		maxTokens                    int
		temperature, topP            float64
		seed                         int64
		timeout                      time.Duration
	)
	c := &cobra.Command{
		Use:   "ask",
		Short: "Ask a running node for a completion with attribution",
		Long: `Send a prompt to a running node (poa serve) and print the completion, the
contributors it is attributed to and the top data points behind it. --json prints the
node's whole response.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkText("--prompt", prompt); err != nil {
				return err
			}
			if err := bounds.First(
				flagIn("max-tokens", maxTokens, 0, server.MaxTokensLimit),
				flagIn("temperature", temperature, 0, inference.MaxTemperature),
				flagAbove("top-p", topP, 0, 1),
				flagAbove("timeout", timeout, 0, server.MaxTimeout),
			); err != nil {
				return err
			}
			cl, err := client.New(node, client.WithAPIKey(apiKey())) // --api-key or POA_API_KEY (remote.go)
			if err != nil {
				return err
			}
			req := api.CompletionRequest{Model: model, Prompt: prompt, Adapter: adapter, MaxTokens: maxTokens}
			if cmd.Flags().Changed("temperature") {
				req.Temperature = &temperature
			}
			if cmd.Flags().Changed("top-p") {
				req.TopP = &topP
			}
			if cmd.Flags().Changed("seed") {
				req.Seed = &seed
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			resp, err := cl.Complete(ctx, req)
			if err != nil {
				return fmt.Errorf("ask %s: %w", node, err)
			}
			return emit(resp, func() { printAnswer(resp) })
		},
	}
	f := c.Flags()
	f.StringVar(&node, "node", envOr("POA_NODE", "http://127.0.0.1:8080"), "node URL (env POA_NODE)")
	f.StringVar(&prompt, "prompt", "", "prompt text")
	f.StringVar(&adapter, "adapter", "", "adapter (datanet) to answer with; empty: the base model")
	f.StringVar(&model, "model", "", "model: the base model or an adapter by name (as OpenAI clients send it; GET /v1/models lists them)")
	f.IntVar(&maxTokens, "max-tokens", 32, "tokens to generate, at most the node's --max-tokens (0: the node's default)")
	f.Float64Var(&temperature, "temperature", 1, "sampling temperature [0, 2]")
	f.Float64Var(&topP, "top-p", 1, "nucleus sampling mass (0, 1]")
	f.Int64Var(&seed, "seed", 0, "sampling seed")
	f.DurationVar(&timeout, "timeout", 5*time.Minute, "give up after this long, up to 24h")
	return c
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func printAnswer(resp api.CompletionResponse) {
	if len(resp.Choices) > 0 {
		fmt.Println(resp.Choices[0].Text)
	}
	at := resp.Attribution
	if at == nil {
		return
	}
	fmt.Printf("\nrecord %s  (%d output tokens)\n", at.RecordID, resp.Usage.CompletionTokens)
	for _, c := range at.Contributors {
		fmt.Printf("  contributor %s  score %.6f\n", c.Address, float64(c.Score)/influence.ScoreScale)
	}
	// Top sources by fixed-point score.
	top := slices.Clone(at.Sources)
	slices.SortStableFunc(top, func(a, b api.Source) int { return cmp.Compare(b.Score, a.Score) })
	for i, s := range top {
		if i == 5 {
			break
		}
		fmt.Printf("  source %s/%s  %.6f  %q\n", s.Datanet, shortID(s.ID), float64(s.Score)/influence.ScoreScale, clip(s.Text, 70))
	}
}

func shortID(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) > n {
		return string([]rune(s)[:n]) + "…"
	}
	return s
}

// loadKeys points cfg at the data directory's API keys file (reloaded while the
// node runs) and warns when it holds no active key.
func loadKeys(cfg *server.Config) error {
	ring, err := apikey.NewRing(apikey.In(g.dataDir), slog.Default())
	if err != nil {
		return fmt.Errorf("API keys: %w (fix or remove the file; docs/auth.md)", err)
	}
	cfg.Keys = ring
	if ring.Active() == 0 {
		slog.Warn("no API keys: state-changing endpoints answer 401 until you run `poa keys create --name NAME --scope admin`", "file", ring.Path())
	}
	return nil
}

// serveBasis reads poa serve's --basis and --shape (as poa settle reads them) into the
// closer's options with attest mode attest, refusing --basis proven with --attest none
// and a shape without a compiled attributed split verifier, naming the flag.
func serveBasis(basis, shape, attest string) (lmengine.CloserOptions, error) {
	o := lmengine.CloserOptions{Attest: attest}
	b, err := settlement.ParseBasis(basis)
	if err != nil {
		return o, fmt.Errorf("--basis: %w", err)
	}
	o.Basis = b
	if o.Shape, err = prover.ParseAttributedShape(shape); err != nil {
		return o, fmt.Errorf("--shape: %w", err)
	}
	if b != settlement.BasisProven {
		return o, nil
	}
	if attest == node.AttestNone {
		return o, fmt.Errorf("--basis proven with --attest none: a proven epoch is settled with settleAttributed, which reverts unless every record's scores are attested; use --attest optimistic or verified, or --basis fused")
	}
	if err := o.Check(); err != nil {
		return o, fmt.Errorf("--shape: %w", err)
	}
	return o, nil
}
