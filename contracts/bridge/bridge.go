package bridge

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
	"poa/contracts/bindings"
)

// ERC-165 interface ids, each the XOR of its interface's own function selectors
// (Solidity's type(I).interfaceId; inherited functions excluded).
var (
	IERC165ID                = interfaceID("supportsInterface(bytes4)")
	IOptimismMintableERC20ID = interfaceID("remoteToken()", "bridge()", "mint(address,uint256)", "burn(address,uint256)")
	ILegacyMintableERC20ID   = interfaceID("l1Token()", "mint(address,uint256)", "burn(address,uint256)")
)

func interfaceID(sigs ...string) [4]byte {
	var id [4]byte
	for _, s := range sigs {
		h := crypto.Keccak256([]byte(s))
		for i := range id {
			id[i] ^= h[i]
		}
	}
	return id
}

var (
	l2open    = bindings.NewL2OPEN()
	stdBridge = bindings.NewL2StandardBridge()
	factory   = bindings.NewOptimismMintableERC20Factory()
	proxy     = bindings.NewOPProxy()
	messenger = bindings.NewTestMessenger()
)

// DeployL2OPEN deploys L2OPEN representing remoteToken (L1 OPEN) with bridge as the only
// minter and burner (on a real OP Stack L2: the L2StandardBridge predeploy). Both must be
// non-zero (the constructor reverts with ZeroAddress).
func DeployL2OPEN(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, remoteToken, bridge common.Address) (common.Address, *contracts.Receipt, error) {
	a, rc, err := c.DeployContract(ctx, "L2OPEN", key, hexutil.MustDecode(bindings.L2OPENMetaData.Bin), l2open.PackConstructor(remoteToken, bridge))
	return a, rc, err
}

// StandardBridge is OP's L2StandardBridge and OptimismMintableERC20Factory, each behind an
// OP Proxy administered by Admin.
type StandardBridge struct {
	Bridge, BridgeImpl   common.Address
	Factory, FactoryImpl common.Address
	Admin                common.Address
	// Receipts of the deployments and initializations, by step name.
	Receipts map[string]*contracts.Receipt
}

// DeployStandardBridge deploys OP's L2StandardBridge and OptimismMintableERC20Factory
// implementations and a Proxy for each (admin: key's account), and upgrades each proxy
// with its initializer: the bridge's initialize(otherBridge) (its messenger is always
// the 0x4200…0007 predeploy) and the factory's initialize(bridge proxy). This is what an
// OP Stack genesis holds at 0x4200…0010 and 0x4200…0012; on a real L2 use those instead.
func DeployStandardBridge(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, otherBridge common.Address) (*StandardBridge, error) {
	sb := &StandardBridge{Admin: contracts.Address(key), Receipts: map[string]*contracts.Receipt{}}
	deploy := func(what, bin string, args []byte) (common.Address, error) {
		a, rc, err := c.DeployContract(ctx, what, key, hexutil.MustDecode(bin), args)
		sb.Receipts[what] = rc
		return a, err
	}
	var err error
	if sb.BridgeImpl, err = deploy("L2StandardBridge", bindings.L2StandardBridgeMetaData.Bin, nil); err != nil {
		return nil, err
	}
	if sb.FactoryImpl, err = deploy("OptimismMintableERC20Factory", bindings.OptimismMintableERC20FactoryMetaData.Bin, nil); err != nil {
		return nil, err
	}
	if sb.Bridge, err = deploy("bridge Proxy", bindings.OPProxyMetaData.Bin, proxy.PackConstructor(sb.Admin)); err != nil {
		return nil, err
	}
	if sb.Factory, err = deploy("factory Proxy", bindings.OPProxyMetaData.Bin, proxy.PackConstructor(sb.Admin)); err != nil {
		return nil, err
	}
	for _, u := range []struct {
		what        string
		at, impl    common.Address
		initializer []byte
	}{
		{"initialize bridge", sb.Bridge, sb.BridgeImpl, stdBridge.PackInitialize(otherBridge)},
		{"initialize factory", sb.Factory, sb.FactoryImpl, factory.PackInitialize(sb.Bridge)},
	} {
		rc, err := c.Send(ctx, u.what, proxy.Instance(c.Client, u.at), key, proxy.PackUpgradeToAndCall(u.impl, u.initializer))
		if err != nil {
			return nil, err
		}
		sb.Receipts[u.what] = rc
	}
	return sb, nil
}

// CreateOptimismMintableERC20 has the factory deploy OP's own OptimismMintableERC20 for
// remoteToken (18 decimals) and returns its address (from OptimismMintableERC20Created).
func CreateOptimismMintableERC20(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, factoryAddr, remoteToken common.Address, name, symbol string) (common.Address, *contracts.Receipt, error) {
	rc, err := c.Send(ctx, "create OptimismMintableERC20", factory.Instance(c.Client, factoryAddr), key,
		factory.PackCreateOptimismMintableERC20(remoteToken, name, symbol))
	if err != nil {
		return common.Address{}, nil, err
	}
	full, err := c.Client.TransactionReceipt(ctx, rc.TxHash)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("create OptimismMintableERC20: receipt: %w", err)
	}
	for _, l := range full.Logs {
		if ev, err := factory.UnpackOptimismMintableERC20CreatedEvent(l); err == nil {
			return ev.LocalToken, rc, nil
		}
	}
	return common.Address{}, nil, fmt.Errorf("create OptimismMintableERC20: no OptimismMintableERC20Created event")
}

// Mint calls token.mint(to, amount) from key; only the token's bridge may.
func Mint(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, token, to common.Address, amount *big.Int) (*contracts.Receipt, error) {
	rc, err := c.Send(ctx, "mint", l2open.Instance(c.Client, token), key, l2open.PackMint(to, amount))
	return rc, err
}

// Burn calls token.burn(from, amount) from key; only the token's bridge may.
func Burn(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, token, from common.Address, amount *big.Int) (*contracts.Receipt, error) {
	rc, err := c.Send(ctx, "burn", l2open.Instance(c.Client, token), key, l2open.PackBurn(from, amount))
	return rc, err
}

// BridgeERC20 initiates a withdrawal of amount of localToken (an OptimismMintableERC20
// such as L2OPEN: burned) to the sender's own account on L1 as remoteToken, through the
// bridge at bridgeAddr (StandardBridge.bridgeERC20; the sender must be an EOA). minGasLimit
// is the gas the L1 side's finalizeBridgeERC20 gets.
func BridgeERC20(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, bridgeAddr, localToken, remoteToken common.Address, amount *big.Int, minGasLimit uint32, extraData []byte) (*contracts.Receipt, error) {
	rc, err := c.Send(ctx, "bridgeERC20", stdBridge.Instance(c.Client, bridgeAddr), key,
		stdBridge.PackBridgeERC20(localToken, remoteToken, amount, minGasLimit, extraData))
	return rc, err
}

// Withdraw initiates a withdrawal through the legacy L2StandardBridge.withdraw (the L1
// token is read from l2Token.l1Token()). It reverts on a custom-gas-token chain
// ("L2StandardBridge: not supported with custom gas token"); BridgeERC20 does not.
func Withdraw(ctx context.Context, c *contracts.Chain, key *ecdsa.PrivateKey, bridgeAddr, l2Token common.Address, amount *big.Int, minGasLimit uint32, extraData []byte) (*contracts.Receipt, error) {
	rc, err := c.Send(ctx, "withdraw", stdBridge.Instance(c.Client, bridgeAddr), key,
		stdBridge.PackWithdraw(l2Token, amount, minGasLimit, extraData))
	return rc, err
}

// FinalizeDepositCalldata is the message the L1StandardBridge sends its L2 counterpart
// for a deposit of amount of l1Token from `from` to `to`, minted as l2Token:
// finalizeBridgeERC20(l2Token, l1Token, from, to, amount, extraData).
func FinalizeDepositCalldata(l2Token, l1Token, from, to common.Address, amount *big.Int, extraData []byte) []byte {
	return stdBridge.PackFinalizeBridgeERC20(l2Token, l1Token, from, to, amount, extraData)
}

// FinalizeWithdrawalCalldata is the message an L2 withdrawal sends the L1StandardBridge:
// finalizeBridgeERC20(l1Token, l2Token, from, to, amount, extraData) (local and remote
// tokens swapped, as seen from L1).
func FinalizeWithdrawalCalldata(l1Token, l2Token, from, to common.Address, amount *big.Int, extraData []byte) []byte {
	return stdBridge.PackFinalizeBridgeERC20(l1Token, l2Token, from, to, amount, extraData)
}

// Token is what the bridge reads of an OptimismMintableERC20.
type Token struct {
	RemoteToken, Bridge common.Address
	L1Token, L2Bridge   common.Address // legacy getters; equal to the two above for L2OPEN
	TotalSupply         *big.Int
}

// ReadL2OPEN reads L2OPEN's getters.
func ReadL2OPEN(ctx context.Context, c *contracts.Chain, token common.Address) (*Token, error) {
	inst := l2open.Instance(c.Client, token)
	o := &bind.CallOpts{Context: ctx}
	var t Token
	var err error
	if t.RemoteToken, err = bind.Call(inst, o, l2open.PackRemoteToken(), l2open.UnpackRemoteToken); err != nil {
		return nil, fmt.Errorf("L2OPEN remoteToken: %w", err)
	}
	if t.Bridge, err = bind.Call(inst, o, l2open.PackBridge(), l2open.UnpackBridge); err != nil {
		return nil, fmt.Errorf("L2OPEN bridge: %w", err)
	}
	if t.L1Token, err = bind.Call(inst, o, l2open.PackL1Token(), l2open.UnpackL1Token); err != nil {
		return nil, fmt.Errorf("L2OPEN l1Token: %w", err)
	}
	if t.L2Bridge, err = bind.Call(inst, o, l2open.PackL2Bridge(), l2open.UnpackL2Bridge); err != nil {
		return nil, fmt.Errorf("L2OPEN l2Bridge: %w", err)
	}
	if t.TotalSupply, err = TotalSupply(ctx, c, token); err != nil {
		return nil, err
	}
	return &t, nil
}

// BalanceOf reads an ERC-20 balance (base units).
func BalanceOf(ctx context.Context, c *contracts.Chain, token, a common.Address) (*big.Int, error) {
	v, err := bind.Call(l2open.Instance(c.Client, token), &bind.CallOpts{Context: ctx}, l2open.PackBalanceOf(a), l2open.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("balanceOf %s: %w", a.Hex(), err)
	}
	return v, nil
}

// TotalSupply reads an ERC-20 total supply (base units).
func TotalSupply(ctx context.Context, c *contracts.Chain, token common.Address) (*big.Int, error) {
	v, err := bind.Call(l2open.Instance(c.Client, token), &bind.CallOpts{Context: ctx}, l2open.PackTotalSupply(), l2open.UnpackTotalSupply)
	if err != nil {
		return nil, fmt.Errorf("totalSupply: %w", err)
	}
	return v, nil
}

// SupportsInterface calls ERC-165 supportsInterface(id) on a contract.
func SupportsInterface(ctx context.Context, c *contracts.Chain, at common.Address, id [4]byte) (bool, error) {
	v, err := bind.Call(l2open.Instance(c.Client, at), &bind.CallOpts{Context: ctx}, l2open.PackSupportsInterface(id), l2open.UnpackSupportsInterface)
	if err != nil {
		return false, fmt.Errorf("supportsInterface(%x): %w", id, err)
	}
	return v, nil
}

// SentMessage is one L2→L1 message as the messenger's SentMessage event records it (the
// real L2CrossDomainMessenger and TestMessenger emit the same event).
type SentMessage struct {
	Target, Sender common.Address
	Message        []byte
	Nonce          *big.Int
	GasLimit       *big.Int
}

// SentMessages returns the SentMessage events the messenger at messengerAddr emitted in
// the transaction tx, in log order.
func SentMessages(ctx context.Context, c *contracts.Chain, messengerAddr common.Address, tx common.Hash) ([]SentMessage, error) {
	rc, err := c.Client.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("receipt %s: %w", tx.Hex(), err)
	}
	var out []SentMessage
	for _, l := range rc.Logs {
		if l.Address != messengerAddr {
			continue
		}
		if ev, err := messenger.UnpackSentMessageEvent(l); err == nil {
			out = append(out, SentMessage{ev.Target, ev.Sender, ev.Message, ev.MessageNonce, ev.GasLimit})
		}
	}
	return out, nil
}
