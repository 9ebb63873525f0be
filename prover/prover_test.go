package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// testSize is the circuit size of the -short tests.
const testSize = 8

var updateSeeds = flag.Bool("update-seeds", false, "rewrite the fuzz seeds in testdata")

var (
	devMu   sync.Mutex
	devKeys = map[Backend]*Keys{}
)

// dev returns the deterministic development keys of size testSize, set up once per run.
func dev(t *testing.T, b Backend) *Keys {
	t.Helper()
	devMu.Lock()
	defer devMu.Unlock()
	if k := devKeys[b]; k != nil {
		return k
	}
	k, err := Setup(context.Background(), b, testSize, WithDevBeacon(DevBeacon))
	if err != nil {
		t.Fatalf("setup %s: %v", b, err)
	}
	devKeys[b] = k
	return k
}

func sampleInput() Input {
	return Input{Epoch: 9, Fee: new(big.Int).Lsh(big.NewInt(123456789), 60),
		Contributors: []common.Address{
			common.HexToAddress("0x1000000000000000000000000000000000000001"),
			common.HexToAddress("0xfFfFfFfFfFfFfFfFfFfFfFfFfFfFfFfFfFfFfFfF"),
			common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		},
		Scores: []uint64{3_000_000, ^uint64(0), 1}}
}

func mustStatement(t *testing.T, in Input) *Statement {
	t.Helper()
	st, err := NewStatement(in)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestProveVerify(t *testing.T) {
	for _, b := range []Backend{Groth16, Plonk} {
		t.Run("backend="+string(b), func(t *testing.T) {
			k := dev(t, b)
			st := mustStatement(t, sampleInput())
			p, err := Prove(context.Background(), k, st)
			if err != nil {
				t.Fatal(err)
			}
			// No commitment in the split circuit (bit-decomposition range checks): Groth16
			// A, B, C (256 bytes, 384 with a Pedersen commitment and its proof of
			// knowledge); PLONK without the BSB22 commitment's 96 bytes.
			wantLen := map[Backend]int{Groth16: 256, Plonk: 768}[b]
			if len(p.SolidityBytes()) != wantLen {
				t.Errorf("solidity proof of %d bytes, want %d", len(p.SolidityBytes()), wantLen)
			}
			// File round trip.
			raw, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			q, err := DecodeProof(bytes.NewReader(raw), "proof.json")
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(k, q); err != nil {
				t.Fatalf("decoded proof: %v", err)
			}
			cd, _ := q.Calldata()
			selector := map[Backend]string{Groth16: "verifyProof(bytes,uint256[5])", Plonk: "Verify(bytes,uint256[])"}[b]
			if !bytes.Equal(cd[:4], verifierABI[b].Methods[map[Backend]string{Groth16: "verifyProof", Plonk: "Verify"}[b]].ID) {
				t.Fatalf("calldata selector %x is not %s", cd[:4], selector)
			}

			t.Run("tamper=proof-bytes", func(t *testing.T) {
				bad := *q
				bad.Raw = append([]byte(nil), q.Raw...)
				bad.Raw[len(bad.Raw)/2] ^= 1
				if err := Verify(k, &bad); err == nil {
					t.Fatal("corrupted proof verified")
				}
			})
			t.Run("tamper=other-payouts", func(t *testing.T) {
				// A consistent statement (γ, fingerprint recomputed) for other payouts.
				st2 := *q.Statement
				st2.Payouts = []*big.Int{new(big.Int).Add(st.Payouts[0], big.NewInt(1)), new(big.Int).Sub(st.Payouts[1], big.NewInt(1)), st.Payouts[2]}
				st2.Gamma = Gamma(st2.Epoch, st2.Commitment, st2.DataFee, st2.Contributors, st2.Payouts)
				st2.Fingerprint = Fingerprint(st2.Gamma, st2.Contributors, st2.Payouts)
				bad := *q
				bad.Statement = &st2
				if err := Verify(k, &bad); !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("got %v, want ErrInvalidProof", err)
				}
			})
			t.Run("tamper=epoch", func(t *testing.T) {
				st2 := *q.Statement
				st2.Epoch++
				st2.Gamma = Gamma(st2.Epoch, st2.Commitment, st2.DataFee, st2.Contributors, st2.Payouts)
				st2.Fingerprint = Fingerprint(st2.Gamma, st2.Contributors, st2.Payouts)
				bad := *q
				bad.Statement = &st2
				if err := Verify(k, &bad); !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("got %v, want ErrInvalidProof", err)
				}
			})
			t.Run("tamper=file-payout", func(t *testing.T) {
				var m map[string]any
				json.Unmarshal(raw, &m)
				m["payouts"].([]any)[0] = "1"
				b2, _ := json.Marshal(m)
				if _, err := DecodeProof(bytes.NewReader(b2), "proof.json"); !errors.Is(err, ErrProofFile) {
					t.Fatalf("got %v, want ErrProofFile", err)
				}
			})
			t.Run("wrong-key", func(t *testing.T) {
				other := dev(t, map[Backend]Backend{Groth16: Plonk, Plonk: Groth16}[b])
				if err := Verify(other, q); !errors.Is(err, ErrKeyMismatch) {
					t.Fatalf("got %v, want ErrKeyMismatch", err)
				}
			})
		})
	}
}

func TestProveRejectsOversizedSplit(t *testing.T) {
	k := dev(t, Groth16)
	in := Input{Fee: big.NewInt(10)}
	for i := range testSize + 1 {
		in.Contributors = append(in.Contributors, common.BigToAddress(big.NewInt(int64(i+1))))
		in.Scores = append(in.Scores, 1)
	}
	if _, err := Prove(context.Background(), k, mustStatement(t, in)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
}

func TestKeyFiles(t *testing.T) {
	dir := t.TempDir()
	for _, b := range []Backend{Groth16, Plonk} {
		t.Run("backend="+string(b), func(t *testing.T) {
			k := dev(t, b)
			pk, vk := filepath.Join(dir, string(b)+".pk"), filepath.Join(dir, string(b)+".vk")
			if err := k.WriteKeys(pk, vk); err != nil {
				t.Fatal(err)
			}
			k2, err := LoadKeys(pk, vk)
			if err != nil {
				t.Fatal(err)
			}
			if k2.Meta.KeyID != k.Meta.KeyID {
				t.Fatalf("key id %s after reload, want %s", k2.Meta.KeyID, k.Meta.KeyID)
			}
			p, err := Prove(context.Background(), k2, mustStatement(t, sampleInput()))
			if err != nil {
				t.Fatalf("prove with reloaded keys: %v", err)
			}
			vonly, err := LoadVerifyingKey(vk)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(vonly, p); err != nil {
				t.Fatalf("verify with reloaded vk: %v", err)
			}

			// Corruption anywhere is caught by the checksum (or the header checks).
			raw, _ := os.ReadFile(vk)
			for _, at := range []int{0, 9, 30, len(raw) / 2, len(raw) - 1} {
				bad := append([]byte(nil), raw...)
				bad[at] ^= 0x40
				f := filepath.Join(dir, "bad.vk")
				os.WriteFile(f, bad, 0o644)
				if _, err := LoadVerifyingKey(f); !errors.Is(err, ErrKeyFile) {
					t.Fatalf("byte %d flipped: got %v, want ErrKeyFile", at, err)
				}
			}
			os.WriteFile(filepath.Join(dir, "short.vk"), raw[:len(raw)-10], 0o644)
			if _, err := LoadVerifyingKey(filepath.Join(dir, "short.vk")); !errors.Is(err, ErrKeyFile) {
				t.Fatalf("truncated: got %v, want ErrKeyFile", err)
			}
			if _, err := LoadVerifyingKey(pk); !errors.Is(err, ErrKeyFile) {
				t.Fatalf("pk as vk: got %v, want ErrKeyFile", err)
			}
		})
	}
	t.Run("mixed-setups", func(t *testing.T) {
		other, err := Setup(context.Background(), Plonk, testSize, WithDevBeacon("another beacon"))
		if err != nil {
			t.Fatal(err)
		}
		opk, ovk := filepath.Join(dir, "other.pk"), filepath.Join(dir, "other.vk")
		if err := other.WriteKeys(opk, ovk); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadKeys(opk, filepath.Join(dir, "plonk.vk")); !errors.Is(err, ErrKeyMismatch) {
			t.Fatalf("pk and vk of different setups: got %v, want ErrKeyMismatch", err)
		}
		p, err := Prove(context.Background(), dev(t, Plonk), mustStatement(t, sampleInput()))
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(other, p); !errors.Is(err, ErrKeyMismatch) {
			t.Fatalf("proof checked with another setup's key: got %v, want ErrKeyMismatch", err)
		}
		// Even when the proof claims the other key, the pairing check fails.
		p.KeyID = other.Meta.KeyID
		if err := Verify(other, p); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("relabelled proof: got %v, want ErrInvalidProof", err)
		}
	})
}

func TestPlonkNeedsSRS(t *testing.T) {
	if _, err := Setup(context.Background(), Plonk, testSize); !errors.Is(err, ErrNoSRS) {
		t.Fatalf("got %v, want ErrNoSRS", err)
	}
}
