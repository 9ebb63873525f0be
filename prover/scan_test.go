package prover

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/circuits"
)

// scanFixture is a random scan statement of shape sh over n leaves of 3 contributors,
// two of them excluded.
func scanFixture(t *testing.T, sh circuits.ScanShape, n int, seed uint64) *circuits.ScanStatement {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 7))
	q := make([]int32, sh.K)
	for j := range q {
		q[j] = int32(r.IntN(2001) - 1000)
	}
	leaves := make([]circuits.ScanLeaf, n)
	excl := make([]bool, n)
	for i := range leaves {
		g := make([]int32, sh.K)
		for j := range g {
			g[j] = int32(r.IntN(2001) - 1000)
		}
		leaves[i] = circuits.ScanLeaf{Point: circuits.PointHash("dn", fmt.Sprint(i)), Contributor: big.NewInt(int64(0x1000 + i%3)), Sketch: g}
		excl[i] = i == 1 || i == n-1
	}
	st, err := circuits.NewScanStatement(sh, q, leaves, excl)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestScanProveVerifyKeys proves a scan at TestScanShape, checks it verifies only with its
// own public inputs, and round-trips the keys through a key directory (tampered files
// refused, naming the file).
func TestScanProveVerifyKeys(t *testing.T) {
	ctx := context.Background()
	sh := TestScanShape
	k, err := SetupScan(ctx, sh, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	st := scanFixture(t, sh, 11, 1)
	p, err := ProveScan(ctx, k, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("shape %s: %d constraints, setup %d ms, prove %d ms, %d of %d leaves selected", sh, k.Constraints, k.SetupMs, p.ProveMs, p.Selected, p.Leaves)
	for i, v := range st.Public() {
		if p.PublicInputs()[i].Cmp(v) != 0 {
			t.Fatalf("public input %d: proof %v, statement %v", i, p.PublicInputs()[i], v)
		}
	}
	for i := range 4 {
		bad := *p
		ins := []*big.Int{p.SketchRoot, p.QueryHash, p.Commitment, p.Excluded}
		ins[i] = new(big.Int).Add(ins[i], big.NewInt(1))
		bad.SketchRoot, bad.QueryHash, bad.Commitment, bad.Excluded = ins[0], ins[1], ins[2], ins[3]
		if err := VerifyScan(k, &bad); !errors.Is(err, ErrInvalidProof) {
			t.Fatalf("public input %d raised by one: %v, want ErrInvalidProof", i, err)
		}
	}
	// Another statement's proof does not verify for this one's inputs.
	other, err := ProveScan(ctx, k, scanFixture(t, sh, 9, 2))
	if err != nil {
		t.Fatal(err)
	}
	swapped := *other
	swapped.SketchRoot, swapped.QueryHash, swapped.Commitment, swapped.Excluded = p.SketchRoot, p.QueryHash, p.Commitment, p.Excluded
	if err := VerifyScan(k, &swapped); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("another statement's proof: %v, want ErrInvalidProof", err)
	}

	dir := filepath.Join(t.TempDir(), "scan")
	if _, err := LoadScanKeys(ctx, dir, sh); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("load from nothing: %v, want fs.ErrNotExist", err)
	}
	if err := SaveScan(dir, k); err != nil {
		t.Fatal(err)
	}
	k2, err := LoadScanKeys(ctx, dir, sh)
	if err != nil {
		t.Fatal(err)
	}
	if k2.KeyID != k.KeyID || k2.Constraints != k.Constraints {
		t.Fatalf("loaded keys %s/%d, saved %s/%d", k2.KeyID, k2.Constraints, k.KeyID, k.Constraints)
	}
	if err := VerifyScan(k2, p); err != nil {
		t.Fatalf("proof with loaded keys: %v", err)
	}
	if _, err := ProveScan(ctx, k2, st); err != nil {
		t.Fatalf("prove with loaded keys: %v", err)
	}
	// The verifying key alone: verifies the proof, refuses tampered inputs, cannot prove.
	vk, err := LoadScanVerifyingKey(dir, sh)
	if err != nil {
		t.Fatal(err)
	}
	if vk.KeyID != k.KeyID {
		t.Fatalf("verifying key id %s, saved %s", vk.KeyID, k.KeyID)
	}
	if err := VerifyScan(vk, p); err != nil {
		t.Fatalf("proof with the verifying key alone: %v", err)
	}
	if err := VerifyScan(vk, &swapped); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("another statement's proof under the verifying key alone: %v, want ErrInvalidProof", err)
	}
	if _, err := ProveScan(ctx, vk, st); err == nil || !strings.Contains(err.Error(), "only the verifying key") {
		t.Fatalf("prove with the verifying key alone: %v, want a refusal", err)
	}
	other2 := sh
	other2.M, other2.Rows = 3, 3
	if _, err := LoadScanVerifyingKey(dir, other2); !errors.Is(err, ErrKeyFile) || !strings.Contains(err.Error(), "keys of shape") {
		t.Fatalf("verifying key for another shape: %v", err)
	}
	vkPath := filepath.Join(dir, keyDirVKFile)
	vb, err := os.ReadFile(vkPath)
	if err != nil {
		t.Fatal(err)
	}
	vb[len(vb)/2] ^= 1
	if err := os.WriteFile(vkPath+".bad", vb, 0o644); err != nil {
		t.Fatal(err)
	}
	vdir := t.TempDir()
	for _, f := range []string{keyDirMetaFile, keyDirVKFile} {
		src := filepath.Join(dir, f)
		if f == keyDirVKFile {
			src = vkPath + ".bad"
		}
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(vdir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := LoadScanVerifyingKey(vdir, sh); !errors.Is(err, ErrKeyFile) || !strings.Contains(err.Error(), keyDirVKFile) {
		t.Fatalf("verifying key with a flipped byte: %v, want ErrKeyFile naming %s", err, keyDirVKFile)
	}
	if _, err := LoadScanKeys(ctx, dir, other2); !errors.Is(err, ErrKeyFile) || !strings.Contains(err.Error(), "keys of shape") {
		t.Fatalf("load for another shape: %v", err)
	}
	pk := filepath.Join(dir, keyDirPKFile)
	b, err := os.ReadFile(pk)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 1
	if err := os.WriteFile(pk, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadScanKeys(ctx, dir, sh); !errors.Is(err, ErrKeyFile) || !strings.Contains(err.Error(), keyDirPKFile) {
		t.Fatalf("load with a flipped pk byte: %v, want ErrKeyFile naming %s", err, keyDirPKFile)
	}
}

func TestParseScanShape(t *testing.T) {
	s, err := ParseScanShape(TestScanShape.String())
	if err != nil || s != TestScanShape {
		t.Fatalf("round trip: %v %v", s, err)
	}
	for _, bad := range []string{"", "scan-n16-k16-d5-m4", "scan-n15-k16-d5-m4-r4", "scan-n16-k16-d5-m4-r5", "scan-n64-k16-d5-m4-r4", "scan-n016-k16-d5-m4-r4"} {
		if _, err := ParseScanShape(bad); !errors.Is(err, ErrInput) {
			t.Fatalf("%q: %v, want ErrInput", bad, err)
		}
	}
}

// TestCommittedScanVerifiersAreCurrent regenerates the committed development scan
// verifiers (deterministic keys, DevBeacon) and fails if any differs from its file in
// contracts/solidity/verifiers: the committed verifier must follow the circuit. Fix a
// failure with go run ./prover/internal/genverifiers -split=false -score=false
// -attributed=false (then bash contracts/generate.sh).
func TestCommittedScanVerifiersAreCurrent(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDevScanVerifiers(context.Background(), dir, DevScanShapes, t.Logf); err != nil {
		t.Fatal(err)
	}
	for _, s := range DevScanShapes {
		name := ScanVerifierName(s) + ".sol"
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "contracts", "solidity", "verifiers", name))
		if err != nil {
			t.Fatalf("%v (regenerate the scan verifiers)", err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s is stale: regeneration gives %d bytes, the file has %d (the scan circuit changed: regenerate it)", name, len(got), len(want))
		}
	}
}
