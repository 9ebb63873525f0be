package bridge

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"poa/contracts"
	"poa/contracts/bindings"
)

// SimL2 is an embedded chain shaped like an OP Stack L2 for the bridge: its genesis holds
// a TestMessenger at the L2CrossDomainMessenger predeploy and OP's L1Block at the L1Block
// predeploy. It runs the rules of contracts.NewSimulated (Osaka, chain id 1337, genesis at
// contracts.GenesisTime); every transaction is mined in its own block as it is sent.
type SimL2 struct {
	Chain *contracts.Chain
	sim   *simulated.Backend
}

// SimOption configures NewSimulatedL2.
type SimOption func(*simConfig)

type simConfig struct {
	gasToken         common.Address
	gasTokenDecimals uint8
}

// WithCustomGasToken makes L1Block report token (decimals) as the gas-paying token, as on
// a custom-gas-token chain such as OpenLedger's (OPEN pays for gas): the bridge then
// refuses ETH and the legacy withdraw path.
func WithCustomGasToken(token common.Address, decimals uint8) SimOption {
	return func(c *simConfig) { c.gasToken, c.gasTokenDecimals = token, decimals }
}

// gasPayingTokenSlot is GasPayingToken.GAS_PAYING_TOKEN_SLOT:
// keccak256("opstack.gaspayingtoken") - 1.
func gasPayingTokenSlot() common.Hash {
	h := new(big.Int).SetBytes(crypto.Keccak256([]byte("opstack.gaspayingtoken")))
	return common.BigToHash(h.Sub(h, big.NewInt(1)))
}

// NewSimulatedL2 starts a SimL2 whose genesis funds accounts with 10^6 ETH each. Close it
// when done.
func NewSimulatedL2(accounts []common.Address, opts ...SimOption) (*SimL2, error) {
	var cfg simConfig
	for _, o := range opts {
		o(&cfg)
	}
	msgCode, err := runtimeCode(bindings.TestMessengerMetaData.Bin)
	if err != nil {
		return nil, fmt.Errorf("simulated L2: TestMessenger: %w", err)
	}
	l1bCode, err := runtimeCode(bindings.L1BlockMetaData.Bin)
	if err != nil {
		return nil, fmt.Errorf("simulated L2: L1Block: %w", err)
	}
	alloc := types.GenesisAlloc{
		L2CrossDomainMessengerAddr: {Code: msgCode, Balance: new(big.Int)},
		L1BlockAddr:                {Code: l1bCode, Balance: new(big.Int)},
	}
	if cfg.gasToken != (common.Address{}) {
		v := new(big.Int).Lsh(big.NewInt(int64(cfg.gasTokenDecimals)), 160)
		v.Or(v, new(big.Int).SetBytes(cfg.gasToken[:]))
		alloc[L1BlockAddr] = types.Account{Code: l1bCode, Balance: new(big.Int),
			Storage: map[common.Hash]common.Hash{gasPayingTokenSlot(): common.BigToHash(v)}}
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	for _, a := range accounts {
		alloc[a] = types.Account{Balance: eth}
	}
	sim := newBackend(alloc)
	return &SimL2{
		Chain: &contracts.Chain{Client: autoCommit{sim.Client(), sim}, ChainID: big.NewInt(1337), URL: "embedded-l2"},
		sim:   sim,
	}, nil
}

// Close stops the chain.
func (s *SimL2) Close() { s.sim.Close() }

// RelayDeposit plays the L2CrossDomainMessenger relaying the L1StandardBridge's message
// for a deposit: it calls bridgeAddr.finalizeBridgeERC20(l2Token, l1Token, from, to,
// amount, extraData) with xDomainMessageSender() = l1Bridge. key pays for the relay (on a
// real L2 the sequencer's deposit transaction does). The bridge mints amount of l2Token
// to `to` if l1Bridge is its otherBridge and l2Token's remoteToken is l1Token.
func (s *SimL2) RelayDeposit(ctx context.Context, key *ecdsa.PrivateKey, l1Bridge, bridgeAddr, l2Token, l1Token, from, to common.Address, amount *big.Int, extraData []byte) (*contracts.Receipt, error) {
	c := s.Chain
	rc, err := c.Send(ctx, "relay finalizeBridgeERC20", messenger.Instance(c.Client, L2CrossDomainMessengerAddr), key,
		messenger.PackRelayMessage(l1Bridge, bridgeAddr, FinalizeDepositCalldata(l2Token, l1Token, from, to, amount, extraData)))
	return rc, err
}

// newBackend is contracts.NewSimulated's backend (Osaka rules, no draft Bogota fork,
// genesis at contracts.GenesisTime) with alloc as its genesis.
func newBackend(alloc types.GenesisAlloc) *simulated.Backend {
	return simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) {
			ec.Genesis.Timestamp = contracts.GenesisTime
			cfg := *ec.Genesis.Config
			cfg.BogotaTime = nil
			ec.Genesis.Config = &cfg
		})
}

// autoCommit mines a block after each transaction it sends, so that a *contracts.Chain
// built around it (which only commits for its own simulated backend) sees receipts.
type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
}

func (a autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.Commit()
	return nil
}

// runtimeCode deploys creation code bin on a scratch chain and returns the code it
// leaves, for a genesis alloc. The contract must not rely on constructor state.
func runtimeCode(bin string) ([]byte, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	c := contracts.NewSimulated([]common.Address{contracts.Address(key)})
	defer c.Close()
	ctx := context.Background()
	a, _, err := c.DeployContract(ctx, "scratch", key, hexutil.MustDecode(bin), nil)
	if err != nil {
		return nil, err
	}
	return c.Client.CodeAt(ctx, a, nil)
}
