package prover

import (
	"bytes"
	"context"
	"encoding/json"
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

// compileVerifier compiles a committed verifier with the contracts' pinned solc-js
// (optimizer 200 runs, cancun) and returns its creation bytecode; it skips the test
// when node or contracts/node_modules/solc is not installed.
func compileVerifier(t *testing.T, file, contract string) []byte {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed: on-chain check skipped")
	}
	contracts, _ := filepath.Abs(filepath.Join("..", "contracts"))
	if _, err := os.Stat(filepath.Join(contracts, "node_modules", "solc")); err != nil {
		t.Skip("contracts/node_modules/solc not installed (npm ci in contracts/): on-chain check skipped")
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
	src, _ := filepath.Abs(filepath.Join(contracts, "solidity", "verifiers", file))
	cmd := exec.Command(node, "-e", script, src, contract)
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(contracts, "node_modules"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc %s: %v\n%s", file, err, stderr.String())
	}
	return common.FromHex(string(out))
}

// TestExportedVerifiersOnChain deploys the committed size-8 development verifiers on
// go-ethereum's simulated chain and calls them with Prove's calldata: a valid proof
// passes (Groth16 returns, PLONK returns true), a tampered one fails (Groth16 reverts,
// PLONK returns false). This is the check that the Solidity-target prover options agree
// with the exported contract (the split circuit has no commitment since its range checks
// are binary decompositions; a proof is 256 bytes).
func TestExportedVerifiersOnChain(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: eth}})
	defer sim.Close()
	cl := sim.Client()
	ctx := context.Background()
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
	for _, b := range []Backend{Groth16, Plonk} {
		t.Run("backend="+string(b), func(t *testing.T) {
			k := dev(t, b)
			addr := deploy(compileVerifier(t, VerifierFile(b, testSize), k.VerifierName()))
			p, err := Prove(ctx, k, mustStatement(t, sampleInput()))
			if err != nil {
				t.Fatal(err)
			}
			call := func(p *Proof) ([]byte, error) {
				cd, err := p.Calldata()
				if err != nil {
					t.Fatal(err)
				}
				return cl.CallContract(ctx, ethereum.CallMsg{From: from, To: &addr, Data: cd, Gas: 5_000_000}, nil)
			}
			out, err := call(p)
			if err != nil {
				t.Fatalf("valid proof rejected on-chain: %v", err)
			}
			if b == Plonk && new(big.Int).SetBytes(out).Cmp(big.NewInt(1)) != 0 {
				t.Fatalf("plonk verifier returned %x for a valid proof", out)
			}
			// The same proof for a different fingerprint (another payout list).
			st2 := *p.Statement
			st2.Fingerprint = new(big.Int).Add(st2.Fingerprint, big.NewInt(1))
			bad := *p
			bad.Statement = &st2
			out, err = call(&bad)
			switch {
			case b == Groth16 && err == nil:
				t.Fatal("groth16 verifier accepted a wrong public input")
			case b == Plonk && (err != nil || new(big.Int).SetBytes(out).Sign() != 0):
				t.Fatalf("plonk verifier on a wrong public input: %x, %v (want false)", out, err)
			}
			raw, _ := json.Marshal(p) // the proof file's calldata is the same bytes
			var j struct{ Calldata string }
			json.Unmarshal(raw, &j)
			cd, _ := p.Calldata()
			if !bytes.Equal(common.FromHex(j.Calldata), cd) {
				t.Fatal("proof file calldata differs from Calldata()")
			}
		})
	}
}
