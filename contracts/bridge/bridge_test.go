package bridge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/contracts"
)

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// env is a simulated L2 with OP's bridge and factory behind proxies, L2OPEN bridged by
// them, and L1 addresses (OPEN, the L1StandardBridge) that only appear as data.
type env struct {
	ctx                   context.Context
	l2                    *SimL2
	c                     *contracts.Chain
	admin, user, stranger *ecdsa.PrivateKey
	l1OPEN, l1Bridge      common.Address
	sb                    *StandardBridge
	token                 common.Address // L2OPEN
}

func newEnv(t *testing.T, opts ...SimOption) *env {
	t.Helper()
	e := &env{ctx: context.Background(), admin: newKey(t), user: newKey(t), stranger: newKey(t)}
	e.l1OPEN = contracts.Address(newKey(t))
	e.l1Bridge = contracts.Address(newKey(t))
	l2, err := NewSimulatedL2([]common.Address{contracts.Address(e.admin), contracts.Address(e.user), contracts.Address(e.stranger)}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	e.l2, e.c = l2, l2.Chain
	if e.sb, err = DeployStandardBridge(e.ctx, e.c, e.admin, e.l1Bridge); err != nil {
		t.Fatal(err)
	}
	if e.token, _, err = DeployL2OPEN(e.ctx, e.c, e.admin, e.l1OPEN, e.sb.Bridge); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) balance(t *testing.T, token, a common.Address) *big.Int {
	t.Helper()
	v, err := BalanceOf(e.ctx, e.c, token, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) supply(t *testing.T, token common.Address) *big.Int {
	t.Helper()
	v, err := TotalSupply(e.ctx, e.c, token)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func wantEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %v, want %v", what, got, want)
	}
}

// wantRevert checks that err is a revert named name (and, for "Error", with reason arg0).
func wantRevert(t *testing.T, err error, name string, arg0 any) {
	t.Helper()
	var re *contracts.RevertError
	if !errors.Is(err, contracts.ErrReverted) || !errors.As(err, &re) {
		t.Fatalf("err = %v, want a revert %s", err, name)
	}
	if re.Name != name || (arg0 != nil && (len(re.Args) == 0 || re.Args[0] != arg0)) {
		t.Fatalf("revert = %v, want %s(%v, …)", re, name, arg0)
	}
}

func oneOPEN(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func TestInterfaceIDs(t *testing.T) {
	// The ids OP's contracts print in their tests and docs, checked against our XOR of
	// selectors.
	for _, tc := range []struct {
		name string
		got  [4]byte
		want string
	}{
		{"IERC165", IERC165ID, "01ffc9a7"},
		{"IOptimismMintableERC20", IOptimismMintableERC20ID, "ec4fc8e3"},
		{"ILegacyMintableERC20", ILegacyMintableERC20ID, "1d1d8b63"},
	} {
		if got := common.Bytes2Hex(tc.got[:]); got != tc.want {
			t.Errorf("%s id = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestL2OPENGettersAndERC165(t *testing.T) {
	e := newEnv(t)
	tok, err := ReadL2OPEN(e.ctx, e.c, e.token)
	if err != nil {
		t.Fatal(err)
	}
	if tok.RemoteToken != e.l1OPEN || tok.L1Token != e.l1OPEN {
		t.Errorf("remoteToken %v, l1Token %v, want %v", tok.RemoteToken, tok.L1Token, e.l1OPEN)
	}
	if tok.Bridge != e.sb.Bridge || tok.L2Bridge != e.sb.Bridge {
		t.Errorf("bridge %v, l2Bridge %v, want %v", tok.Bridge, tok.L2Bridge, e.sb.Bridge)
	}
	wantEq(t, "totalSupply", tok.TotalSupply, new(big.Int))
	for _, tc := range []struct {
		name string
		id   [4]byte
		want bool
	}{
		{"IERC165", IERC165ID, true},
		{"IOptimismMintableERC20", IOptimismMintableERC20ID, true},
		{"ILegacyMintableERC20", ILegacyMintableERC20ID, true},
		{"random", [4]byte{0xde, 0xad, 0xbe, 0xef}, false},
		{"invalid", [4]byte{0xff, 0xff, 0xff, 0xff}, false},
		{"IERC20", interfaceID("totalSupply()", "balanceOf(address)", "transfer(address,uint256)",
			"allowance(address,address)", "approve(address,uint256)", "transferFrom(address,address,uint256)"), false},
	} {
		t.Run("id="+tc.name, func(t *testing.T) {
			got, err := SupportsInterface(e.ctx, e.c, e.token, tc.id)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("supportsInterface(%x) = %v, want %v", tc.id, got, tc.want)
			}
		})
	}
	// Zero addresses are refused at construction.
	_, _, err = DeployL2OPEN(e.ctx, e.c, e.admin, common.Address{}, e.sb.Bridge)
	wantRevert(t, err, "ZeroAddress", nil)
	_, _, err = DeployL2OPEN(e.ctx, e.c, e.admin, e.l1OPEN, common.Address{})
	wantRevert(t, err, "ZeroAddress", nil)
}

// TestMintBurnOnlyBridge plays the bridge with an account, to call mint and burn directly.
func TestMintBurnOnlyBridge(t *testing.T) {
	e := newEnv(t)
	bridgeKey := e.admin
	token, _, err := DeployL2OPEN(e.ctx, e.c, e.admin, e.l1OPEN, contracts.Address(bridgeKey))
	if err != nil {
		t.Fatal(err)
	}
	user, stranger := contracts.Address(e.user), contracts.Address(e.stranger)
	amt := oneOPEN(1000)
	rcMint, err := Mint(e.ctx, e.c, bridgeKey, token, user, amt)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "balance after mint", e.balance(t, token, user), amt)
	wantEq(t, "supply after mint", e.supply(t, token), amt)

	// Non-bridge callers revert with NotBridge(caller); nothing moves.
	_, err = Mint(e.ctx, e.c, e.stranger, token, stranger, big.NewInt(1))
	wantRevert(t, err, "NotBridge", stranger)
	_, err = Burn(e.ctx, e.c, e.stranger, token, user, big.NewInt(1))
	wantRevert(t, err, "NotBridge", stranger)
	_, err = Burn(e.ctx, e.c, e.user, token, user, big.NewInt(1)) // not even the holder
	wantRevert(t, err, "NotBridge", user)
	wantEq(t, "user balance after refused calls", e.balance(t, token, user), amt)
	wantEq(t, "stranger balance after refused calls", e.balance(t, token, stranger), new(big.Int))
	wantEq(t, "supply after refused calls", e.supply(t, token), amt)

	burn := oneOPEN(300)
	rcBurn, err := Burn(e.ctx, e.c, bridgeKey, token, user, burn)
	if err != nil {
		t.Fatal(err)
	}
	left := new(big.Int).Sub(amt, burn)
	wantEq(t, "balance after burn", e.balance(t, token, user), left)
	wantEq(t, "supply after burn", e.supply(t, token), left)

	// The bridge cannot burn more than the balance.
	_, err = Burn(e.ctx, e.c, bridgeKey, token, user, new(big.Int).Add(left, big.NewInt(1)))
	wantRevert(t, err, "ERC20InsufficientBalance", user)
	wantEq(t, "balance after overdraw", e.balance(t, token, user), left)

	t.Logf("gas: L2OPEN mint (fresh holder) %d, burn %d", rcMint.GasUsed, rcBurn.GasUsed)
	checkGas(t, "mint", rcMint.GasUsed, 60_000, 80_000)
	checkGas(t, "burn", rcBurn.GasUsed, 30_000, 45_000)
}

// checkGas fails if gas is outside [lo, hi]: a cost change shows in review.
func checkGas(t *testing.T, what string, gas, lo, hi uint64) {
	t.Helper()
	if gas < lo || gas > hi {
		t.Errorf("%s gas = %d, want within [%d, %d]", what, gas, lo, hi)
	}
}

// deposit relays a finalizeBridgeERC20 from the L1 bridge minting amt of token to to.
func (e *env) deposit(t *testing.T, token, l1Token, to common.Address, amt *big.Int) *contracts.Receipt {
	t.Helper()
	from := contracts.Address(newKey(t)) // the depositor on L1
	rc, err := e.l2.RelayDeposit(e.ctx, e.stranger, e.l1Bridge, e.sb.Bridge, token, l1Token, from, to, amt, []byte("poa"))
	if err != nil {
		t.Fatal(err)
	}
	return rc
}

func TestDepositFinalize(t *testing.T) {
	e := newEnv(t)
	user := contracts.Address(e.user)
	amt := oneOPEN(250)
	rc := e.deposit(t, e.token, e.l1OPEN, user, amt)
	wantEq(t, "balance after deposit", e.balance(t, e.token, user), amt)
	wantEq(t, "supply after deposit", e.supply(t, e.token), amt)
	t.Logf("gas: deposit finalize (messenger relay → L2StandardBridge proxy → L2OPEN.mint) %d", rc.GasUsed)
	checkGas(t, "deposit finalize", rc.GasUsed, 80_000, 140_000)

	// A message from anyone but the L1 bridge, a wrong token pair, and a direct call that
	// bypasses the messenger all revert, and nothing is minted.
	const notOther = "StandardBridge: function can only be called from the other bridge"
	_, err := e.l2.RelayDeposit(e.ctx, e.stranger, contracts.Address(e.stranger), e.sb.Bridge, e.token, e.l1OPEN, user, user, amt, nil)
	wantRevert(t, err, "Error", notOther)
	_, err = e.l2.RelayDeposit(e.ctx, e.stranger, e.l1Bridge, e.sb.Bridge, e.token, contracts.Address(newKey(t)), user, user, amt, nil)
	wantRevert(t, err, "Error", "StandardBridge: wrong remote token for Optimism Mintable ERC20 local token")
	_, err = e.c.Send(e.ctx, "direct finalize", stdBridge.Instance(e.c.Client, e.sb.Bridge), e.stranger,
		FinalizeDepositCalldata(e.token, e.l1OPEN, user, user, amt, nil))
	wantRevert(t, err, "Error", notOther)
	wantEq(t, "balance after refused deposits", e.balance(t, e.token, user), amt)
	wantEq(t, "supply after refused deposits", e.supply(t, e.token), amt)
}

func TestWithdrawalInitiate(t *testing.T) {
	for _, legacy := range []bool{false, true} {
		name := "path=bridgeERC20"
		if legacy {
			name = "path=withdraw"
		}
		t.Run(name, func(t *testing.T) {
			e := newEnv(t)
			user := contracts.Address(e.user)
			e.deposit(t, e.token, e.l1OPEN, user, oneOPEN(100))
			amt := oneOPEN(40)
			extra := []byte("withdraw")
			const minGas = 200_000
			var rc *contracts.Receipt
			var err error
			if legacy {
				rc, err = Withdraw(e.ctx, e.c, e.user, e.sb.Bridge, e.token, amt, minGas, extra)
			} else {
				rc, err = BridgeERC20(e.ctx, e.c, e.user, e.sb.Bridge, e.token, e.l1OPEN, amt, minGas, extra)
			}
			if err != nil {
				t.Fatal(err)
			}
			wantEq(t, "balance after withdrawal", e.balance(t, e.token, user), oneOPEN(60))
			wantEq(t, "supply after withdrawal", e.supply(t, e.token), oneOPEN(60))
			msgs, err := SentMessages(e.ctx, e.c, L2CrossDomainMessengerAddr, rc.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs) != 1 {
				t.Fatalf("%d messages sent, want 1", len(msgs))
			}
			m := msgs[0]
			want := FinalizeWithdrawalCalldata(e.l1OPEN, e.token, user, user, amt, extra)
			if m.Target != e.l1Bridge || m.Sender != e.sb.Bridge || string(m.Message) != string(want) ||
				m.GasLimit.Cmp(big.NewInt(minGas)) != 0 {
				t.Fatalf("sent %+v, want target %v sender %v gas %d message %x", m, e.l1Bridge, e.sb.Bridge, minGas, want)
			}
			t.Logf("gas: withdrawal initiate (%s → L2OPEN.burn + messenger) %d", name, rc.GasUsed)
			checkGas(t, "withdrawal initiate", rc.GasUsed, 60_000, 120_000)

			// More than the balance: the burn reverts inside the bridge, nothing is sent.
			_, err = BridgeERC20(e.ctx, e.c, e.user, e.sb.Bridge, e.token, e.l1OPEN, oneOPEN(61), minGas, nil)
			wantRevert(t, err, "ERC20InsufficientBalance", user)
			// The wrong L1 token.
			_, err = BridgeERC20(e.ctx, e.c, e.user, e.sb.Bridge, e.token, e.l1Bridge, amt, minGas, nil)
			wantRevert(t, err, "Error", "StandardBridge: wrong remote token for Optimism Mintable ERC20 local token")
			wantEq(t, "balance after refused withdrawals", e.balance(t, e.token, user), oneOPEN(60))
		})
	}
}

// TestCustomGasToken runs the bridge as on OpenLedger's L2, where L1Block reports OPEN as
// the gas-paying token: the ERC-20 paths work, the legacy withdraw refuses.
func TestCustomGasToken(t *testing.T) {
	gasToken := contracts.Address(newKey(t))
	e := newEnv(t, WithCustomGasToken(gasToken, 18))
	user := contracts.Address(e.user)
	e.deposit(t, e.token, e.l1OPEN, user, oneOPEN(10))
	_, err := Withdraw(e.ctx, e.c, e.user, e.sb.Bridge, e.token, oneOPEN(1), 100_000, nil)
	wantRevert(t, err, "Error", "L2StandardBridge: not supported with custom gas token")
	if _, err := BridgeERC20(e.ctx, e.c, e.user, e.sb.Bridge, e.token, e.l1OPEN, oneOPEN(1), 100_000, nil); err != nil {
		t.Fatal(err)
	}
	wantEq(t, "balance", e.balance(t, e.token, user), oneOPEN(9))
}

// TestFactoryToken bridges OP's own OptimismMintableERC20, made by the factory, through
// the same flows: L2OPEN and the factory's token are interchangeable for the bridge.
func TestFactoryToken(t *testing.T) {
	e := newEnv(t)
	user := contracts.Address(e.user)
	tok, rc, err := CreateOptimismMintableERC20(e.ctx, e.c, e.stranger, e.sb.Factory, e.l1OPEN, "OpenLedger", "OPEN")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: factory createOptimismMintableERC20 %d", rc.GasUsed)
	for _, id := range [][4]byte{IERC165ID, IOptimismMintableERC20ID, ILegacyMintableERC20ID} {
		if ok, err := SupportsInterface(e.ctx, e.c, tok, id); err != nil || !ok {
			t.Fatalf("factory token supportsInterface(%x) = %v, %v", id, ok, err)
		}
	}
	dep := e.deposit(t, tok, e.l1OPEN, user, oneOPEN(5))
	wd, err := BridgeERC20(e.ctx, e.c, e.user, e.sb.Bridge, tok, e.l1OPEN, oneOPEN(2), 200_000, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "factory token balance", e.balance(t, tok, user), oneOPEN(3))
	t.Logf("gas: OptimismMintableERC20 deposit finalize %d, withdrawal initiate %d", dep.GasUsed, wd.GasUsed)
}
