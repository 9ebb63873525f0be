package main

import (
	"bufio"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"poa/circuits"
	"poa/node"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// quietGnark silences gnark's own logger (it writes to stdout) unless -v is given.
func quietGnark() {
	if !g.verbose {
		logger.Disable()
	}
}

func init() {
	pc := &cobra.Command{
		Use:   "prover",
		Short: "Proving and verifying keys of the reward-split circuit: setup, MPC ceremony, Solidity export",
	}

	var (
		circuit, backendName, srsPath, ceremonyDir, beacon, pkOut, vkOut string
		size                                                             int
		dev, unsafeSRS, force                                            bool
	)
	setup := &cobra.Command{
		Use:   "setup --circuit split --size N [--backend groth16|plonk] [--dev | --srs FILE | --unsafe-srs | --ceremony DIR --beacon B]",
		Short: "Generate (or reuse) the proving and verifying keys of the split circuit of size N",
		Long: `setup compiles the reward-split circuit of size N and writes its proving and
verifying keys (versioned, checksummed files) to the data directory's files/keys
folder, recording them in the store; existing keys are reused unless --force.

Groth16 without flags runs gnark's single-party setup: whoever runs it could forge
proofs, so such keys are for development only. Production Groth16 keys come from an
MPC ceremony (poa prover ceremony ..., then --ceremony DIR --beacon B). PLONK needs a
KZG SRS: --srs FILE (gnark-crypto kzg.SRS serialization from a trusted ceremony), or
--unsafe-srs for an in-process test SRS. --dev makes the deterministic development
keys (public beacon; insecure) whose verifiers are committed in contracts/.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if circuit != prover.CircuitSplit {
				return fmt.Errorf("--circuit %q: only %q exists", circuit, prover.CircuitSplit)
			}
			b, err := prover.ParseBackend(backendName)
			if err != nil {
				return err
			}
			if err := flagIn("size", size, 1, circuits.MaxSize); err != nil {
				return err
			}
			var opts []prover.SetupOption
			modes := 0
			if dev {
				modes++
				opts = append(opts, prover.WithDevBeacon(prover.DevBeacon))
			}
			if srsPath != "" {
				modes++
				if b != prover.Plonk {
					return fmt.Errorf("--srs is for the plonk backend")
				}
				srs, err := readSRS(srsPath)
				if err != nil {
					return err
				}
				opts = append(opts, prover.WithSRS(srs, srsPath))
			}
			if unsafeSRS {
				modes++
				if b != prover.Plonk {
					return fmt.Errorf("--unsafe-srs is for the plonk backend")
				}
				opts = append(opts, prover.WithUnsafeSRS())
			}
			if ceremonyDir != "" {
				modes++
				if b != prover.Groth16 {
					return fmt.Errorf("--ceremony is for the groth16 backend")
				}
				cer, err := prover.OpenCeremony(ceremonyDir)
				if err != nil {
					return err
				}
				if beacon != "" {
					if err := cer.SetBeacon2(beacon); err != nil {
						return err
					}
				}
				opts = append(opts, prover.WithCeremony(cer))
			}
			if modes > 1 {
				return fmt.Errorf("give at most one of --dev, --srs, --unsafe-srs, --ceremony")
			}
			return withStore(func(s *store.Store) error {
				if !force && pkOut == "" {
					if rec, err := settlement.FindKeys(s, b, size, true); err == nil {
						return emit(rec, func() {
							fmt.Printf("keys %s exist (%s, key id %.16s…); --force to regenerate\n  %s\n  %s\n", rec.Name, rec.Meta.Setup, rec.Meta.KeyID, rec.PKPath, rec.VKPath)
						})
					}
				}
				start := time.Now()
				opts = append(opts, prover.WithProgress(func(stage string) {
					errOut.printf("setup %s size %d: %s (%.1fs)\n", b, size, stage, time.Since(start).Seconds())
				}))
				k, err := prover.Setup(cmd.Context(), b, size, opts...)
				if err != nil {
					return err
				}
				var rec settlement.KeyRecord
				if pkOut != "" || vkOut != "" {
					if pkOut == "" || vkOut == "" {
						return fmt.Errorf("give both --pk and --vk, or neither")
					}
					if err := k.WriteKeys(pkOut, vkOut); err != nil {
						return err
					}
					rec = settlement.KeyRecord{Name: settlement.KeyName(b, size), Meta: k.Meta, PKPath: pkOut, VKPath: vkOut}
				} else if rec, err = settlement.SaveKeys(s, k); err != nil {
					return err
				}
				return emit(rec, func() {
					fmt.Printf("keys %s: %d constraints, setup %.1fs (%s)\n  key id %s\n  %s\n  %s\n",
						rec.Name, k.Meta.Constraints, float64(k.Meta.SetupMillis)/1000, k.Meta.Setup, k.Meta.KeyID, rec.PKPath, rec.VKPath)
				})
			})
		},
	}
	f := setup.Flags()
	f.StringVar(&circuit, "circuit", prover.CircuitSplit, "circuit (split)")
	f.IntVar(&size, "size", 64, "batch size N (max contributors per proof, ≤ 1024)")
	backendFlag(setup, &backendName)
	f.BoolVar(&dev, "dev", false, "deterministic development keys (public beacon: insecure)")
	f.StringVar(&srsPath, "srs", "", "plonk: KZG SRS file (gnark-crypto bn254 kzg.SRS)")
	f.BoolVar(&unsafeSRS, "unsafe-srs", false, "plonk: generate an unsafe in-process test SRS (development only)")
	f.StringVar(&ceremonyDir, "ceremony", "", "groth16: finish the MPC ceremony in DIR")
	f.StringVar(&beacon, "beacon", "", "groth16 ceremony: the public phase-2 random beacon")
	f.StringVar(&pkOut, "pk", "", "write the proving key here instead of the data directory")
	f.StringVar(&vkOut, "vk", "", "write the verifying key here instead of the data directory")
	f.BoolVar(&force, "force", false, "regenerate existing keys")

	keys := &cobra.Command{
		Use:   "keys",
		Short: "List the key pairs in the data directory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return withStore(func(s *store.Store) error {
				recs, err := settlement.StoredKeys(s)
				if err != nil {
					return err
				}
				return emit(orEmpty(recs), func() {
					for _, r := range recs {
						fmt.Printf("%-20s %8d constraints  id %.16s…  %s\n", r.Name, r.Meta.Constraints, r.Meta.KeyID, r.Meta.Setup)
					}
				})
			})
		},
	}

	var exportVK, exportOut string
	export := &cobra.Command{
		Use:   "export-solidity --backend B --size N [--vk FILE] [--out FILE]",
		Short: "Write the Solidity verifier of a verifying key",
		Long: `export-solidity writes gnark's Solidity verifier for the verifying key of the data
directory's keys (or --vk FILE), named Groth16SplitVerifier<N> / PlonkSplitVerifier<N>.
Groth16: verifyProof(bytes, uint256[5]) reverts on a bad proof. PLONK:
Verify(bytes, uint256[]) returns false on a bad proof (the caller must require it).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := flagIn("size", size, 1, circuits.MaxSize); err != nil {
				return err
			}
			vk := exportVK
			if vk == "" {
				b, err := prover.ParseBackend(backendName)
				if err != nil {
					return err
				}
				err = withStore(func(s *store.Store) error {
					rec, err := settlement.FindKeys(s, b, size, true)
					vk = rec.VKPath
					return err
				})
				if err != nil {
					return err
				}
			}
			k, err := prover.LoadVerifyingKey(vk)
			if err != nil {
				return err
			}
			if exportOut == "" {
				w := bufio.NewWriter(os.Stdout)
				if err := k.ExportSolidity(w); err != nil {
					return err
				}
				return w.Flush()
			}
			out, err := os.Create(exportOut)
			if err != nil {
				return err
			}
			if err := k.ExportSolidity(out); err != nil {
				out.Close()
				return err
			}
			if err := out.Close(); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "wrote %s (contract %s, key id %.16s…)\n", exportOut, k.VerifierName(), k.Meta.KeyID)
			return nil
		},
	}
	backendFlag(export, &backendName)
	export.Flags().IntVar(&size, "size", 64, "batch size N")
	export.Flags().StringVar(&exportVK, "vk", "", "verifying key file (default: the data directory's)")
	export.Flags().StringVar(&exportOut, "out", "", "output file (default stdout)")

	var shapeName, scoreOut string
	scoreVer := &cobra.Command{
		Use:   "score-verifier --shape m64-k1024-d14-s4-t1024-l32-o128-c14 [--out FILE]",
		Short: "Set up the development keys of a score-circuit shape and export their Solidity verifier",
		Long: `score-verifier makes the deterministic development keys (prover.DevBeacon; insecure:
anyone can rebuild their toxic waste) of the score circuit of the shape
mM-kK-dD-sS-tT-lL-oO-cC (M candidate rows, sketch dimension K, sketch tree depth D; S span
slots of documents of up to T tokens and runs of up to L tokens, outputs of up to O
tokens, corpus tree depth C) and writes their gnark-exported Solidity verifier (contract
Groth16ScoreVerifierM<M>K<K>D<D>S<S>T<T>L<L>O<O>C<C>), for a shape whose verifier is not
compiled in (poa evidence publish names the shape). The setup takes minutes for the
demo's shapes (about 1.4M constraints at m64-k1024-d14-s4-t1024-l32-o128-c14).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sh, err := prover.ParseScoreShape(shapeName)
			if err != nil {
				return fmt.Errorf("--shape: %w", err)
			}
			k, err := prover.SetupScore(cmd.Context(), sh, prover.DevBeacon)
			if err != nil {
				return err
			}
			w := os.Stdout
			if scoreOut != "" {
				f, err := os.Create(scoreOut)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			if err := k.ExportSolidity(w); err != nil {
				return err
			}
			slog.Info("score verifier exported", "contract", k.VerifierName(), "constraints", k.Constraints, "setup_ms", k.SetupMs)
			return nil
		},
	}
	scoreVer.Flags().StringVar(&shapeName, "shape", "", "score-circuit shape mM-kK-dD-sS-tT-lL-oO-cC")
	scoreVer.Flags().StringVar(&scoreOut, "out", "", "output file (default stdout)")
	pc.AddCommand(setup, keys, export, scoreVer, scanVerifierCmd(), ceremonyCmd())
	rootCmd.AddCommand(pc)
}

// scanVerifierCmd is poa prover scan-verifier.
func scanVerifierCmd() *cobra.Command {
	var shapeName, out string
	c := &cobra.Command{
		Use:   "scan-verifier --shape scan-n512-k512-d14-m50-r50 [--out FILE]",
		Short: "Export the Solidity verifier of a completeness scan shape's development keys",
		Long: `scan-verifier writes the gnark-exported Solidity verifier (contract
Groth16ScanVerifierN<slots>K<k>D<depth>M<m>R<rows>) of the development keys
(prover.DevBeacon; insecure: anyone can rebuild their toxic waste) of the completeness
scan circuit of shape scan-nN-kK-dD-mM-rR, for a shape whose verifier is not compiled in
(prove-record --complete --post names it). The keys are read from the data directory's
files/keys/<shape>/ (what prove-record --complete saved; only meta.json and vk.bin), or
set up and saved there the first time (development setup: about 0.58 ms a constraint on
2 cores, 18 minutes for scan-n512-k512-d14-m50-r50). Compile the file, deploy it and allow
it in the Completeness contract through governance (setScanVerifier) to post proofs of
that shape.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sh, err := prover.ParseScanShape(shapeName)
			if err != nil {
				return fmt.Errorf("--shape: %w", err)
			}
			return withStore(func(st *store.Store) error {
				k, setUp, err := node.ScanVerifyingKey(cmd.Context(), st, sh)
				if err != nil {
					return err
				}
				w := os.Stdout
				if out != "" {
					f, err := os.Create(out)
					if err != nil {
						return err
					}
					defer f.Close()
					w = f
				}
				if err := k.ExportSolidity(w); err != nil {
					return err
				}
				slog.Info("scan verifier exported", "contract", k.VerifierName(), "constraints", k.Constraints, "key_id", k.KeyID, "set_up", setUp)
				return nil
			})
		},
	}
	c.Flags().StringVar(&shapeName, "shape", "", "scan-circuit shape scan-nN-kK-dD-mM-rR")
	c.Flags().StringVar(&out, "out", "", "output file (default stdout)")
	return c
}

// backendFlag registers --backend, the proof system (parsed by prover.ParseBackend).
func backendFlag(c *cobra.Command, name *string) {
	c.Flags().StringVar(name, "backend", "groth16", "proof system: groth16 or plonk")
}

func readSRS(path string) (*kzg.SRS, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("srs: %w", err)
	}
	defer f.Close()
	var srs kzg.SRS
	if _, err := srs.ReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return nil, fmt.Errorf("srs %s: not a gnark-crypto bn254 kzg.SRS: %w", path, err)
	}
	return &srs, nil
}

func ceremonyCmd() *cobra.Command {
	cc := &cobra.Command{
		Use:   "ceremony",
		Short: "Run a Groth16 MPC setup ceremony for the split circuit (gnark mpcsetup)",
		Long: `A ceremony folder holds every contribution. The coordinator runs init; each
participant in turn runs contribute --phase 1 (on their own machine, with the latest
file, then publishes the new one and forgets their randomness); the coordinator draws a
public random beacon after the last contribution and runs seal; participants contribute
to phase 2 the same way; finally, with a second beacon,
  poa prover setup --backend groth16 --size N --ceremony DIR --beacon B2
verifies every contribution and writes the keys. The keys are sound if one participant
was honest. See docs/proofs.md.`,
	}
	var dir, beacon string
	var size, phase int
	initC := &cobra.Command{
		Use:   "init --dir DIR --size N",
		Short: "Start a ceremony for the Groth16 split circuit of size N",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := prover.InitCeremony(dir, size)
			if err != nil {
				return err
			}
			return emit(c, func() { fmt.Printf("ceremony %s: size %d, domain %d\n", dir, c.Size, c.Domain) })
		},
	}
	initC.Flags().IntVar(&size, "size", 64, "batch size N (1 to 1024)")
	contrib := &cobra.Command{
		Use:   "contribute --dir DIR --phase 1|2",
		Short: "Add a contribution (fresh randomness) to phase 1 or 2",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := flagIn("phase", phase, 1, 2); err != nil {
				return err
			}
			c, err := prover.OpenCeremony(dir)
			if err != nil {
				return err
			}
			start := time.Now()
			path, err := c.Contribute(phase)
			if err != nil {
				return err
			}
			out := map[string]any{"file": path, "phase": phase, "seconds": time.Since(start).Seconds()}
			return emit(out, func() {
				fmt.Printf("phase %d contribution written to %s (%.1fs)\n", phase, path, time.Since(start).Seconds())
			})
		},
	}
	contrib.Flags().IntVar(&phase, "phase", 1, "phase: 1 (powers of tau) or 2 (circuit-specific)")
	seal := &cobra.Command{
		Use:   "seal --dir DIR --beacon B",
		Short: "Verify phase 1, seal it with a public random beacon and open phase 2",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := prover.OpenCeremony(dir)
			if err != nil {
				return err
			}
			if err := c.SealPhase1(beacon); err != nil {
				return err
			}
			return emit(c, func() { fmt.Printf("phase 1 of %s verified and sealed; phase 2 is open\n", dir) })
		},
	}
	bindSettings(initC, "size", "Ceremony.Size")
	seal.Flags().StringVar(&beacon, "beacon", "", "public random beacon drawn after the last phase-1 contribution")
	for _, c := range []*cobra.Command{initC, contrib, seal} {
		c.Flags().StringVar(&dir, "dir", "", "ceremony folder")
		_ = c.MarkFlagRequired("dir")
	}
	cc.AddCommand(initC, contrib, seal)
	return cc
}
