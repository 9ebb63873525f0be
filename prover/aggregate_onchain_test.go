package prover

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// compileSolidityFile compiles the Solidity file at path with the contracts' pinned
// solc-js (as compileVerifier does for the committed verifiers) and returns contract's
// creation bytecode; it skips the test without node or solc-js. The node_modules folder
// is contracts/node_modules, or $POA_NODE_MODULES when set (a worktree whose
// contracts/node_modules is elsewhere).
func compileSolidityFile(t *testing.T, path, contract string) []byte {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: on-chain check skipped")
	}
	modules, _ := filepath.Abs(filepath.Join("..", "contracts", "node_modules"))
	if env := os.Getenv("POA_NODE_MODULES"); env != "" {
		modules = env
	}
	if _, err := os.Stat(filepath.Join(modules, "solc")); err != nil {
		t.Skip("solc-js not installed (npm ci in contracts/, or POA_NODE_MODULES): on-chain check skipped")
	}
	script := `
const solc = require('solc'); const fs = require('fs');
const [file, name] = process.argv.slice(1);
const input = {language: 'Solidity', sources: {[file]: {content: fs.readFileSync(file, 'utf8')}},
  settings: {optimizer: {enabled: true, runs: 200}, evmVersion: 'cancun',
    outputSelection: {[file]: {[name]: ['evm.bytecode.object']}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errs = (out.errors || []).filter(e => e.severity === 'error');
if (errs.length) { console.error(JSON.stringify(errs)); process.exit(1); }
process.stdout.write(out.contracts[file][name].evm.bytecode.object);`
	cmd := exec.Command(node, "-e", script, path, contract)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc %s: %v\n%s", path, err, stderr.String())
	}
	return common.FromHex(string(out))
}

// TestAttributedVerifierOnChain exports the attributed split's verifier (N = 8, R = 4,
// C = 4, development keys), deploys it on the simulated chain and calls it with
// ProveAttributed's calldata: the proof passes, the same proof with another record
// fingerprint reverts. It also measures, in the same run, the gas of that verification
// and of the committed 5-input split verifier (size 8) on a split proof: the cost of the
// two extra public inputs (docs/proofs.md).
func TestAttributedVerifierOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("solc and two setups: not under -short")
	}
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil)}})
	defer sim.Close()
	cl := sim.Client()
	chainID, err := cl.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deploy := func(code []byte) common.Address {
		t.Helper()
		nonce, _ := cl.PendingNonceAt(ctx, from)
		tip, _ := cl.SuggestGasTipCap(ctx)
		head, _ := cl.HeaderByNumber(ctx, nil)
		fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 10_000_000, Data: code})
		if err != nil {
			t.Fatal(err)
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		rc, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err != nil || rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("deploy: %v %+v", err, rc)
		}
		return rc.ContractAddress
	}
	gasOf := func(to common.Address, cd []byte) (uint64, error) {
		return cl.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: cd})
	}

	k, err := SetupAttributed(ctx, AttributedShape{N: 8, R: 4, C: 4}, DevBeacon)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), AttributedVerifierName(k.Shape)+".sol")
	var src bytes.Buffer
	if err := k.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, src.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := deploy(compileSolidityFile(t, path, AttributedVerifierName(k.Shape)))
	p, err := ProveAttributed(ctx, k, &AttributedStatement{Epoch: 4, DataFee: big.NewInt(123_456_789), Records: attributedRecords()})
	if err != nil {
		t.Fatal(err)
	}
	cd, err := p.Calldata()
	if err != nil {
		t.Fatal(err)
	}
	attributedGas, err := gasOf(addr, cd)
	if err != nil {
		t.Fatalf("valid attributed proof rejected on-chain: %v", err)
	}
	bad := *p
	bad.RecordFingerprint = new(big.Int).Add(p.RecordFingerprint, big.NewInt(1))
	cd, _ = bad.Calldata()
	if _, err := gasOf(addr, cd); err == nil {
		t.Fatal("attributed verifier accepted a wrong record fingerprint")
	}
	// The data fee is private: only the fingerprint's fee term binds it.
	bad = *p
	bad.DataFee = new(big.Int).Add(p.DataFee, big.NewInt(1))
	cd, _ = bad.Calldata()
	if _, err := gasOf(addr, cd); err == nil {
		t.Fatal("attributed verifier accepted the fingerprint of another data fee")
	}

	sk := dev(t, Groth16)
	saddr := deploy(compileSolidityFile(t, filepath.Join("..", "contracts", "solidity", "verifiers", VerifierFile(Groth16, testSize)), sk.VerifierName()))
	sp, err := Prove(ctx, sk, mustStatement(t, sampleInput()))
	if err != nil {
		t.Fatal(err)
	}
	scd, _ := sp.Calldata()
	splitGas, err := gasOf(saddr, scd)
	if err != nil {
		t.Fatalf("split proof rejected on-chain: %v", err)
	}
	t.Logf("verifyProof as a transaction: attributed split (4 inputs) %d gas, split (5 inputs) %d gas: %+d for one input less (%.3f×)",
		attributedGas, splitGas, int64(attributedGas)-int64(splitGas), float64(attributedGas)/float64(splitGas))
}
