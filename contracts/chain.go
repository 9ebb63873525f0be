package contracts

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// TxGasCap is the per-transaction gas cap of Osaka (EIP-7825), active on the simulated
// backend and on current L2s.
const TxGasCap = 1 << 24

// Client is what poa needs from a chain: go-ethereum's *ethclient.Client and the
// simulated backend's client both satisfy it.
type Client interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.ChainStateReader
}

// Chain is a connection to one chain: a client, its verified chain id and, for the
// embedded chain, the simulated backend that mines a block after each transaction.
type Chain struct {
	Client  Client
	ChainID *big.Int
	// URL is the JSON-RPC endpoint, or "embedded".
	URL string

	sim    *simulated.Backend
	closer func()
	// sent, if set, is called with every transaction after it is mined (embedded log).
	sent func(raw []byte) error
	// advanced, if set, is called with every AdvanceTime's seconds (embedded log).
	advanced func(secs int64) error
}

// Dial connects to a JSON-RPC endpoint. If wantChainID is non-nil, the endpoint's
// eth_chainId must equal it (ErrChainID otherwise).
func Dial(ctx context.Context, url string, wantChainID *big.Int) (*Chain, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("%s: eth_chainId: %w", url, err)
	}
	if wantChainID != nil && id.Cmp(wantChainID) != 0 {
		c.Close()
		return nil, fmt.Errorf("%s: %w: endpoint has %v, want %v", url, ErrChainID, id, wantChainID)
	}
	return &Chain{Client: c, ChainID: id, URL: url, closer: c.Close}, nil
}

// NewSimulated starts an in-memory simulated chain (chain id 1337) whose genesis funds
// each of accounts with 10^6 ETH. Its rules are go-ethereum's dev chain through Osaka,
// as on current OP Stack L2s; see NewSimulatedFork for the draft forks.
func NewSimulated(accounts []common.Address) *Chain { return NewSimulatedFork(accounts, false) }

// NewSimulatedFork is NewSimulated with a choice of the draft Bogota fork (Amsterdam's
// EIP-8037/8038 state-gas repricing), which go-ethereum v1.17.10's simulated backend
// turns on by default and no production chain runs: under it a first write to a storage
// slot costs several times more (an ERC-20 transfer to a fresh account: 146,535 gas vs
// 51,000 under Osaka).
func NewSimulatedFork(accounts []common.Address, bogota bool) *Chain {
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	for _, a := range accounts {
		alloc[a] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) {
			ec.Genesis.Timestamp = GenesisTime
			if !bogota {
				cfg := *ec.Genesis.Config
				cfg.BogotaTime = nil
				ec.Genesis.Config = &cfg
			}
			if name := vmTrace.Load(); name != nil {
				ec.VMTrace = *name
			}
		})
	return &Chain{Client: sim.Client(), ChainID: big.NewInt(1337), URL: "embedded", sim: sim, closer: func() { sim.Close() }}
}

// vmTrace, when set, names a go-ethereum live tracer (tracers.LiveDirectory) that the
// simulated chains made afterwards run every block under. Only this package's gas
// breakdown test sets it; it is nil otherwise.
var vmTrace atomic.Pointer[string]

// GenesisTime is the embedded chain's genesis timestamp: 2100-01-01T00:00:00Z. The embedded
// chain runs on a virtual clock: go-ethereum's simulated beacon stamps a block with the
// wall clock unless that is not past the parent's time, in which case it uses parent+1 s;
// with a genesis in the future every block is parent+1 s and time moves further only by
// AdvanceTime. Replaying the same transactions and advances therefore rebuilds the same
// timestamps, which vesting, governance and challenge windows depend on.
const GenesisTime uint64 = 4_102_444_800

// Time returns the latest block's timestamp (Unix seconds).
func (c *Chain) Time(ctx context.Context) (uint64, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("latest block: %w", err)
	}
	return h.Time, nil
}

// AdvanceTime mines an empty block d (whole seconds, at least 1) after the latest one, so
// the next transaction's block is stamped d+1 s after it. Only the embedded chain can
// do this (ErrNotEmbedded); the advance is recorded in its log and replayed.
func (c *Chain) AdvanceTime(ctx context.Context, d time.Duration) error {
	if c.sim == nil {
		return fmt.Errorf("advance time on %s: %w", c.URL, ErrNotEmbedded)
	}
	secs := int64(d / time.Second)
	if secs < 1 {
		return fmt.Errorf("advance time by %v: %w: at least 1s", d, ErrInput)
	}
	if err := adjustTime(ctx, c.sim, secs); err != nil {
		return fmt.Errorf("advance time by %v: %w", d, err)
	}
	if c.advanced != nil {
		if err := c.advanced(secs); err != nil {
			return fmt.Errorf("advance time: record: %w", err)
		}
	}
	return nil
}

// adjustTime mines an empty block secs after the head. The transaction pool drops mined
// transactions asynchronously after each block, and the simulated beacon refuses to
// adjust time while it still lists one, so this retries for a little while.
func adjustTime(ctx context.Context, sim *simulated.Backend, secs int64) error {
	var err error
	for range 400 {
		if err = sim.AdjustTime(time.Duration(secs) * time.Second); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
	return err
}

// Close releases the connection (and stops an embedded chain).
func (c *Chain) Close() {
	if c.closer != nil {
		c.closer()
	}
}

// Embedded reports whether c is the in-process simulated chain.
func (c *Chain) Embedded() bool { return c.sim != nil }

// Transactor returns signing options for key on c's chain id (EIP-155).
func (c *Chain) Transactor(ctx context.Context, key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(key, c.ChainID)
	opts.Context = ctx
	return opts
}

// Address is the account of key.
func Address(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// mined waits for tx's receipt (mining a block first on the embedded chain), records it
// in the embedded log, and returns an error wrapping ErrReverted for a failed receipt.
func (c *Chain) mined(ctx context.Context, what string, tx *types.Transaction) (*types.Receipt, error) {
	if c.sim != nil {
		c.sim.Commit()
	}
	rc, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", what, tx.Hash().Hex(), err)
	}
	if c.sent != nil {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return rc, err
		}
		if err := c.sent(raw); err != nil {
			return rc, fmt.Errorf("%s: record transaction: %w", what, err)
		}
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return rc, fmt.Errorf("%s: tx %s in block %v: %w", what, tx.Hash().Hex(), rc.BlockNumber, ErrReverted)
	}
	return rc, nil
}

// DeployContract sends a contract creation (code followed by the packed constructor args)
// from key, waits for a successful receipt and returns the contract's address. what names
// the step in errors. Packages that add contracts (tokenomics, governance, bridge) deploy
// through it, so that the embedded chain records the transaction.
func (c *Chain) DeployContract(ctx context.Context, what string, key *ecdsa.PrivateKey, code, args []byte) (common.Address, *Receipt, error) {
	return c.deploy(ctx, what, key, code, args)
}

// Send sends calldata to a bound contract from key and waits for a successful receipt; a
// call that would revert fails at gas estimation with a *RevertError and sends nothing.
func (c *Chain) Send(ctx context.Context, what string, bc *bind.BoundContract, key *ecdsa.PrivateKey, data []byte) (*Receipt, error) {
	return c.transact(ctx, what, bc, key, data)
}
