package contracts

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/tracers"
)

// gasTracerName is the go-ethereum live tracer the gas breakdown runs chains under
// (vmTrace): it splits each mined transaction's gas by where it is spent.
const gasTracerName = "poa-gas-breakdown"

func init() { tracers.LiveDirectory.Register(gasTracerName, newGasTracer) }

// txGas is one transaction's gas, split: the intrinsic part (21,000 and the calldata
// bytes), the top frame's opcodes by class (SSTORE, SLOAD per slot, KECCAK256, the
// rest), each call the top frame makes (the call opcode's own cost and the callee's
// whole use) and the refund. Intrinsic + top + calls − refund is the receipt's gas.
type txGas struct {
	Base, Calldata uint64
	Top            map[string]uint64
	SLoad          map[common.Hash]uint64
	Calls          map[common.Address]uint64
	Refund         uint64
	Used           uint64
	// Ops is the top frame's gas by opcode name (calls excluded), for finer looks.
	Ops map[string]uint64
}

// sum returns what the parts add up to, to be compared with Used.
func (g *txGas) sum() uint64 {
	s := g.Base + g.Calldata
	for _, v := range g.Top {
		s += v
	}
	for _, v := range g.SLoad {
		s += v
	}
	for _, v := range g.Calls {
		s += v
	}
	return s - g.Refund
}

var gasTraces = struct {
	sync.Mutex
	m map[common.Hash]*txGas
}{m: map[common.Hash]*txGas{}}

// traceGasOf returns the breakdown of mined transaction h, or nil if no traced chain
// mined it.
func traceGasOf(h common.Hash) *txGas {
	gasTraces.Lock()
	defer gasTraces.Unlock()
	return gasTraces.m[h]
}

// newGasTracer makes the hooks of one chain; the chain runs blocks one at a time.
func newGasTracer(json.RawMessage) (*tracing.Hooks, error) {
	var (
		cur      *txGas
		callCost uint64 // cost the last call opcode of the top frame was charged
		callee   []common.Address
	)
	return &tracing.Hooks{
		OnTxStart: func(_ *tracing.VMContext, tx *types.Transaction, _ common.Address) {
			cur = &txGas{Base: 21_000, Top: map[string]uint64{}, SLoad: map[common.Hash]uint64{}, Calls: map[common.Address]uint64{}, Ops: map[string]uint64{}}
			for _, b := range tx.Data() {
				if b == 0 {
					cur.Calldata += 4
				} else {
					cur.Calldata += 16
				}
			}
			callee = callee[:0]
		},
		OnEnter: func(depth int, _ byte, _, to common.Address, _ []byte, gas uint64, _ *big.Int) {
			if cur == nil {
				return
			}
			callee = append(callee, to)
			if depth == 1 {
				// The call opcode's cost includes the gas it forwards (returned unused).
				if callCost >= gas {
					cur.Calls[to] += callCost - gas
				} else {
					cur.Calls[to] += callCost
				}
			}
		},
		OnExit: func(depth int, _ []byte, gasUsed uint64, _ error, _ bool) {
			if cur == nil || len(callee) == 0 {
				return
			}
			to := callee[len(callee)-1]
			callee = callee[:len(callee)-1]
			if depth == 1 {
				cur.Calls[to] += gasUsed
			}
		},
		OnOpcode: func(_ uint64, op byte, _, cost uint64, scope tracing.OpContext, _ []byte, depth int, _ error) {
			if cur == nil || depth != 1 {
				return
			}
			if o := vm.OpCode(op); o != vm.CALL && o != vm.STATICCALL && o != vm.DELEGATECALL && o != vm.CALLCODE {
				cur.Ops[o.String()] += cost
			}
			switch vm.OpCode(op) {
			case vm.CALL, vm.STATICCALL, vm.DELEGATECALL, vm.CALLCODE:
				callCost = cost
			case vm.SLOAD:
				st := scope.StackData()
				cur.SLoad[common.Hash(st[len(st)-1].Bytes32())] += cost
			case vm.SSTORE, vm.KECCAK256:
				cur.Top[vm.OpCode(op).String()] += cost
			default:
				cur.Top["other"] += cost
			}
		},
		OnGasChange: func(old, new uint64, reason tracing.GasChangeReason) {
			if cur != nil && reason == tracing.GasChangeTxRefunds && new > old {
				cur.Refund += new - old
			}
		},
		OnTxEnd: func(r *types.Receipt, err error) {
			if cur != nil && r != nil && err == nil {
				cur.Used = r.GasUsed
				gasTraces.Lock()
				gasTraces.m[r.TxHash] = cur
				gasTraces.Unlock()
			}
			cur = nil
		},
	}, nil
}

// withGasTrace runs mk (which makes simulated chains) with the breakdown tracer on.
func withGasTrace[T any](mk func() T) T {
	name := gasTracerName
	vmTrace.Store(&name)
	defer vmTrace.Store(nil)
	return mk()
}

// mappingSlot is Solidity's slot of m[key] for a mapping at slot index slot, plus field.
func mappingSlot(key [32]byte, slot, field uint64) common.Hash {
	h := new(big.Int).SetBytes(crypto.Keccak256(key[:], common.BigToHash(new(big.Int).SetUint64(slot)).Bytes()))
	return common.BigToHash(h.Add(h, new(big.Int).SetUint64(field)))
}

// attestationCommitmentSlots finds the Settlement's attestations mapping by reading the
// commitment of the first record at each candidate slot index (an independent check of
// the storage layout), and returns the commitment slots of all keys.
func attestationCommitmentSlots(t *testing.T, c *Chain, settlement common.Address, keys [][32]byte, first *big.Int) map[common.Hash]bool {
	t.Helper()
	const commitmentField = 2 // adapter, queryHash, commitment, …
	for idx := uint64(0); idx < 64; idx++ {
		v, err := c.Client.StorageAt(context.Background(), settlement, mappingSlot(keys[0], idx, commitmentField), nil)
		if err != nil {
			t.Fatal(err)
		}
		if new(big.Int).SetBytes(v).Cmp(first) == 0 {
			out := map[common.Hash]bool{}
			for _, k := range keys {
				out[mappingSlot(k, idx, commitmentField)] = true
			}
			return out
		}
	}
	t.Fatal("attestations mapping not found in the Settlement's storage")
	return nil
}

// breakdownTable renders g as the rows of docs/proofs.md's settlement breakdown; names
// labels callee addresses, attested marks the SLOAD slots of attested commitments.
func breakdownTable(g *txGas, names map[common.Address]string, attested map[common.Hash]bool) string {
	var b strings.Builder
	row := func(what string, gas uint64) { fmt.Fprintf(&b, "| %s | %d |\n", what, gas) }
	row("transaction base", g.Base)
	row("calldata bytes", g.Calldata)
	var calls []common.Address
	for a := range g.Calls {
		calls = append(calls, a)
	}
	sort.Slice(calls, func(i, j int) bool { return g.Calls[calls[i]] > g.Calls[calls[j]] })
	for _, a := range calls {
		n := names[a]
		if n == "" {
			n = a.Hex()
		}
		row("call: "+n, g.Calls[a])
	}
	var att, other uint64
	var nAtt, nOther int
	for s, v := range g.SLoad {
		if attested[s] {
			att, nAtt = att+v, nAtt+1
		} else {
			other, nOther = other+v, nOther+1
		}
	}
	row(fmt.Sprintf("SLOAD attested commitments (%d slots)", nAtt), att)
	row(fmt.Sprintf("SLOAD other (%d slots)", nOther), other)
	row("SSTORE (epoch record, claim bits, stake lock, last epoch, treasury owed)", g.Top["SSTORE"])
	row("KECCAK256 (gamma, 2n−1 Merkle hashes, mapping keys)", g.Top["KECCAK256"])
	row("other opcodes (ABI decoding, loops, memory)", g.Top["other"])
	if g.Refund != 0 {
		fmt.Fprintf(&b, "| refund | −%d |\n", g.Refund)
	}
	row("total (receipt)", g.Used)
	return b.String()
}
