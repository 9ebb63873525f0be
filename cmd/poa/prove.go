package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"poa/circuits"
	"poa/prover"
	"poa/settlement"
	"poa/store"
)

// proveReport is what poa prove prints.
type proveReport struct {
	Epoch        uint64   `json:"epoch"`
	Backend      string   `json:"backend"`
	Size         int      `json:"circuit_size"`
	Contributors int      `json:"contributors"`
	Constraints  int      `json:"constraints"`
	KeyID        string   `json:"key_id"`
	SetupSeconds float64  `json:"setup_seconds"`
	LoadSeconds  float64  `json:"load_seconds"`
	ProveSeconds float64  `json:"prove_seconds"`
	ProofBytes   int      `json:"proof_bytes"`
	Out          string   `json:"out,omitempty"`
	Stored       bool     `json:"stored"`
	PublicInputs []string `json:"public_inputs"`
	Calldata     string   `json:"calldata"`
}

func init() {
	var (
		epoch          uint64
		input, out     string
		backendName    string
		size           int
		pkPath, vkPath string
	)
	pc := &cobra.Command{
		Use:   "prove (--epoch E | --input split.json) [--backend groth16|plonk] [--size N] [--out FILE]",
		Short: "Prove an epoch's reward split (or a split.json) with the split circuit",
		Long: `prove builds the split of a closed epoch (or of --input split.json:
{"fee": "…", "contributors": ["0x…"], "scores": ["…"]}, integers as decimal strings,
optional "epoch"), proves it with the keys of the data directory (the smallest size ≥
the number of contributors, or --size N; or --pk/--vk files) using the options that
make the proof verify in the exported Solidity verifier, checks it, and writes the
proof file (--out; JSON with the public inputs and the verifier's exact calldata). An
epoch's proof is also stored (kind proof) and the epoch moves to "proven", in one
transaction; a posted epoch is not proven again. It reports constraints, setup time (of the
keys), proving time and proof size.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if size < 0 || size > circuits.MaxSize {
				return fmt.Errorf("--size %d is outside [0, %d] (0: the smallest keys that fit)", size, circuits.MaxSize)
			}
			if (epoch == 0) == (input == "") {
				return fmt.Errorf("give exactly one of --epoch E or --input FILE")
			}
			b, err := prover.ParseBackend(backendName)
			if err != nil {
				return err
			}
			return withStoreIf(epoch != 0 || pkPath == "", func(s *store.Store) error {
				var st *prover.Statement
				if epoch != 0 {
					rec, err := settlement.LoadEpoch(s, epoch)
					if err != nil {
						return fmt.Errorf("%w (close it first: poa epoch close)", err)
					}
					if st, err = rec.Statement(); err != nil {
						return err
					}
				} else {
					in, err := decodeFile(input, prover.DecodeInput)
					if err != nil {
						return err
					}
					if st, err = prover.NewStatement(in); err != nil {
						return fmt.Errorf("%s: %w", input, err)
					}
				}
				if pkPath == "" {
					n, exact := max(len(st.Contributors), 1), false
					if size > 0 {
						n, exact = size, true
					}
					rec, err := settlement.FindKeys(s, b, n, exact)
					if err != nil {
						return err
					}
					pkPath, vkPath = rec.PKPath, rec.VKPath
				}
				bar := newBar(-1, "load keys")
				t0 := time.Now()
				k, err := prover.LoadKeys(pkPath, vkPath)
				bar.Finish()
				if err != nil {
					return err
				}
				load := time.Since(t0)
				stop := spin(newBar(-1, fmt.Sprintf("prove %s size %d (%d constraints)", b, k.Meta.Size, k.Meta.Constraints)))
				var p *prover.Proof
				if epoch != 0 {
					// Proves, checks natively and stores the proof with the epoch's move to proven.
					p, err = settlement.Prove(cmd.Context(), s, epoch, k)
				} else {
					p, err = prover.Prove(cmd.Context(), k, st)
				}
				stop()
				if err != nil {
					return err
				}
				raw, err := json.MarshalIndent(p, "", "  ")
				if err != nil {
					return err
				}
				rep := proveReport{Epoch: st.Epoch, Backend: string(b), Size: k.Meta.Size, Contributors: len(st.Contributors),
					Constraints: k.Meta.Constraints, KeyID: k.Meta.KeyID, SetupSeconds: float64(k.Meta.SetupMillis) / 1000,
					LoadSeconds: load.Seconds(), ProveSeconds: p.ProveTime.Seconds(), ProofBytes: len(p.SolidityBytes()), Out: out,
					Stored: epoch != 0}
				for _, v := range st.PublicInputs() {
					rep.PublicInputs = append(rep.PublicInputs, v.String())
				}
				var j struct {
					Calldata string `json:"calldata"`
				}
				_ = json.Unmarshal(raw, &j)
				rep.Calldata = j.Calldata
				if out != "" {
					if err := os.WriteFile(out, append(raw, '\n'), 0o644); err != nil {
						return err
					}
				}
				return emit(rep, func() {
					fmt.Printf("proved %s split of %d contributors (epoch %d) with size-%d keys: %d constraints\n",
						b, rep.Contributors, rep.Epoch, rep.Size, rep.Constraints)
					fmt.Printf("  setup %.1fs (when the keys were made), load %.1fs, prove %.2fs, proof %d bytes (solidity)\n",
						rep.SetupSeconds, rep.LoadSeconds, rep.ProveSeconds, rep.ProofBytes)
					if out != "" {
						fmt.Printf("  proof file %s\n", out)
					}
					if rep.Stored {
						fmt.Printf("  stored as the proof of epoch %d\n", epoch)
					}
				})
			})
		},
	}
	f := pc.Flags()
	f.Uint64Var(&epoch, "epoch", 0, "closed epoch to prove")
	f.StringVar(&input, "input", "", "split.json to prove instead of an epoch")
	f.StringVar(&out, "out", "", "write the proof file here")
	backendFlag(pc, &backendName)
	f.IntVar(&size, "size", 0, "use the keys of exactly this size (default: the smallest that fits)")
	f.StringVar(&pkPath, "pk", "", "proving key file (with --vk) instead of the data directory's")
	f.StringVar(&vkPath, "vk", "", "verifying key file (with --pk)")
	rootCmd.AddCommand(pc)

	var vEpoch uint64
	var vProof, vVK string
	vc := &cobra.Command{
		Use:   "verify (--epoch E | --proof FILE) [--vk FILE]",
		Short: "Verify a split proof natively; exit status 1 when it does not verify",
		Long: `verify checks a proof file (or the stored proof of epoch E) against the verifying
key it names (the data directory's keys of its backend and size, or --vk FILE): the key
id must match, gamma and the fingerprint must recompute from its contributors and
payouts, and the pairing check must pass (Solidity-target options). It exits non-zero
otherwise.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (vEpoch == 0) == (vProof == "") {
				return fmt.Errorf("give exactly one of --epoch E or --proof FILE")
			}
			return withStoreIf(vEpoch != 0 || vVK == "", func(s *store.Store) error {
				var (
					p   *prover.Proof
					err error
				)
				if vEpoch != 0 {
					p, err = settlement.LoadProof(s, vEpoch)
				} else {
					p, err = decodeFile(vProof, prover.DecodeProof)
				}
				if err != nil {
					return err
				}
				vk := vVK
				if vk == "" {
					rec, err := settlement.FindKeys(s, p.Backend, p.Size, true)
					if err != nil {
						return err
					}
					vk = rec.VKPath
				}
				k, err := prover.LoadVerifyingKey(vk)
				if err != nil {
					return err
				}
				t0 := time.Now()
				verr := prover.Verify(k, p)
				res := map[string]any{"epoch": p.Statement.Epoch, "backend": p.Backend, "circuit_size": p.Size,
					"key_id": p.KeyID, "verified": verr == nil, "seconds": time.Since(t0).Seconds()}
				if verr != nil {
					res["error"] = verr.Error()
				}
				if err := emit(res, func() {
					if verr == nil {
						fmt.Printf("proof of epoch %d verifies (%s, size %d, key %.16s…)\n", p.Statement.Epoch, p.Backend, p.Size, p.KeyID)
					}
				}); err != nil {
					return err
				}
				if verr != nil {
					return fmt.Errorf("proof of epoch %d: %w", p.Statement.Epoch, verr)
				}
				return nil
			})
		},
	}
	vc.Flags().Uint64Var(&vEpoch, "epoch", 0, "verify the stored proof of this epoch")
	vc.Flags().StringVar(&vProof, "proof", "", "proof file")
	vc.Flags().StringVar(&vVK, "vk", "", "verifying key file (default: the data directory's)")
	rootCmd.AddCommand(vc)
}

// decodeFile opens path and decodes it with decode, which names the file in its
// errors (prover.DecodeInput, prover.DecodeProof).
func decodeFile[T any](path string, decode func(r io.Reader, name string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return decode(f, path)
}

// spin keeps an indeterminate bar moving while a step without progress callbacks
// (gnark's prover) runs; the returned func stops and clears it.
func spin(bar interface {
	Add(int) error
	Finish() error
}) func() {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = bar.Add(1)
			}
		}
	}()
	return func() { close(done); <-stopped; _ = bar.Finish() }
}
