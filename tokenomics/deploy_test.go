package tokenomics_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"poa/contracts"
	"poa/contracts/bindings"
	"poa/tokenomics"
)

// blockReader is what the simulated chain's client has beyond contracts.Client.
type blockReader interface {
	BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error)
}

type fixture struct {
	ctx      context.Context
	c        *contracts.Chain
	deployer *ecdsa.PrivateKey
	anyone   *ecdsa.PrivateKey
	g        *tokenomics.Genesis
	tge      uint64
	token    common.Address
	vaults   []contracts.Vault
	gas      uint64 // deploying the vaults and OPEN
}

// deployGenesis deploys the default genesis with a distinct beneficiary per allocation
// on a fresh simulated chain.
func deployGenesis(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	deployer, _ := crypto.GenerateKey()
	anyone, _ := crypto.GenerateKey()
	c := contracts.NewSimulated([]common.Address{contracts.Address(deployer), contracts.Address(anyone)})
	t.Cleanup(c.Close)
	g := tokenomics.Default()
	for i := range g.Token.Allocations {
		k, _ := crypto.GenerateKey()
		g.Token.Allocations[i].Beneficiary = contracts.Address(k).Hex()
	}
	now, err := c.Time(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := c.Client.BlockNumber(ctx)
	f := &fixture{ctx: ctx, c: c, deployer: deployer, anyone: anyone, g: g, tge: now + 100}
	if f.token, f.vaults, err = tokenomics.Deploy(ctx, c, deployer, g, f.tge); err != nil {
		t.Fatal(err)
	}
	last, _ := c.Client.BlockNumber(ctx)
	for n := first + 1; n <= last; n++ {
		b, err := c.Client.(blockReader).BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			rc, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			f.gas += rc.GasUsed
		}
	}
	return f
}

func call[T any](t *testing.T, c *contracts.Chain, inst *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(inst, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (f *fixture) balance(t *testing.T, a common.Address) *big.Int {
	open := bindings.NewOPEN()
	return call(t, f.c, open.Instance(f.c.Client, f.token), open.PackBalanceOf(a), open.UnpackBalanceOf)
}

// at advances the chain so that the next transaction is mined at exactly ts.
func (f *fixture) at(t *testing.T, ts uint64) {
	t.Helper()
	now, err := f.c.Time(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ts < now+2 {
		t.Fatalf("cannot reach %d from %d", ts, now)
	}
	if err := f.c.AdvanceTime(f.ctx, time.Duration(ts-now-1)*time.Second); err != nil {
		t.Fatal(err)
	}
}

func TestDeployGenesis(t *testing.T) {
	f := deployGenesis(t)
	t.Logf("deploying %d vaults and OPEN: %d gas", len(f.vaults)-2, f.gas)
	open := bindings.NewOPEN()
	tok := open.Instance(f.c.Client, f.token)
	if s := call(t, f.c, tok, open.PackTotalSupply(), open.UnpackTotalSupply); s.Cmp(tokenomics.Supply()) != 0 {
		t.Fatalf("total supply %s", s)
	}
	sum := new(big.Int)
	for _, v := range f.vaults {
		amt, _ := new(big.Int).SetString(v.Amount, 10)
		sum.Add(sum, amt)
		if got := f.balance(t, v.Address); got.Cmp(amt) != 0 {
			t.Errorf("%s at %s holds %s, want %s", v.Allocation, v.Address.Hex(), got, amt)
		}
		a, err := f.g.Allocation(v.Allocation)
		if err != nil {
			t.Fatal(err)
		}
		if v.Beneficiary != a.BeneficiaryAddress(common.Address{}) {
			t.Errorf("%s: beneficiary %s", v.Allocation, v.Beneficiary.Hex())
		}
	}
	if sum.Cmp(tokenomics.Supply()) != 0 {
		t.Errorf("vaults hold %s in all, want the supply", sum)
	}
	if len(f.vaults) != 5 {
		t.Errorf("%d vault entries, want 5 (3 wallets, 2 TGE unlocks)", len(f.vaults))
	}
}

// Every wallet's vestedAmount equals Go's VaultVestedAt at the edges of its schedule, and
// release() by anyone moves exactly that to the beneficiary.
func TestVaultsMatchGo(t *testing.T) {
	f := deployGenesis(t)
	vv := bindings.NewVestingVault()
	type wallet struct {
		v contracts.Vault
		a tokenomics.Allocation
	}
	var ws []wallet
	for _, v := range f.vaults {
		a, _ := f.g.Allocation(v.Allocation)
		if v.Duration == 0 {
			if v.Address != v.Beneficiary || a.TGEAmount().String() != v.Amount {
				t.Errorf("%s: TGE unlock %+v", v.Allocation, v)
			}
			continue
		}
		ws = append(ws, wallet{v, a})
		inst := vv.Instance(f.c.Client, v.Address)
		if s := call(t, f.c, inst, vv.PackStart(), vv.UnpackStart); s.Uint64() != f.tge+a.VaultStart() {
			t.Errorf("%s: start %s, want TGE + %d", a.Name, s, a.VaultStart())
		}
		if o := call(t, f.c, inst, vv.PackOwner(), vv.UnpackOwner); o != v.Beneficiary {
			t.Errorf("%s: owner %s, want %s", a.Name, o.Hex(), v.Beneficiary.Hex())
		}
		cliff, end := v.Start, v.Start+v.Duration
		for _, ts := range []uint64{cliff - 1, cliff, cliff + 1, cliff + v.Duration/2 + 12_345, cliff + v.Duration/3, end - 1, end, end + 1} {
			got := call(t, f.c, inst, vv.PackVestedAmount0(f.token, ts), vv.UnpackVestedAmount0)
			want := a.VaultVestedAt(int64(ts) - int64(f.tge))
			if got.Cmp(want) != 0 {
				t.Errorf("%s: vestedAmount at TGE%+d s = %s, Go says %s", a.Name, int64(ts)-int64(f.tge), got, want)
			}
		}
	}
	if len(ws) != 3 {
		t.Fatalf("%d wallets, want 3", len(ws))
	}
	// Release in time order: just before the 12-month cliff, just after it, mid-vesting,
	// and after the end. The beneficiaries hold nothing else from the wallets, so their
	// balance less the TGE part is what was released. (Gas is estimated at the latest
	// block, one second before the transaction's block: a release mined exactly at a
	// wallet's start, or one second after it, runs out of the estimated gas, so no
	// release here falls on those two seconds; see docs/tokenomics.md.)
	month := int64(tokenomics.MonthSeconds)
	for _, since := range []int64{12*month - 10, 12*month + 5, 30*month + 777, 48*month + 1} {
		ts := f.tge + uint64(since)
		f.at(t, ts)
		for i, w := range ws {
			inst := vv.Instance(f.c.Client, w.v.Address)
			before := f.balance(t, w.v.Beneficiary)
			rc, err := f.c.Send(f.ctx, "release "+w.a.Name, inst, f.anyone, vv.PackRelease(f.token))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				b, _ := f.c.Client.HeaderByNumber(f.ctx, new(big.Int).SetUint64(rc.Block))
				if b.Time != ts {
					t.Fatalf("release mined at %d, want %d", b.Time, ts)
				}
				ts++ // each transaction is its own block, 1 s later
			} else {
				ts++
			}
			now := int64(ts-1) - int64(f.tge)
			got := new(big.Int).Sub(f.balance(t, w.v.Beneficiary), new(big.Int).Set(w.a.TGEAmount()))
			if want := w.a.VaultVestedAt(now); got.Cmp(want) != 0 {
				t.Errorf("%s: released %s by TGE%+d s, Go says %s (this release: %s)", w.a.Name, got, now, want, new(big.Int).Sub(f.balance(t, w.v.Beneficiary), before))
			}
			if r := call(t, f.c, inst, vv.PackReleased0(f.token), vv.UnpackReleased0); r.Cmp(got) != 0 {
				t.Errorf("%s: released() = %s, beneficiary got %s", w.a.Name, r, got)
			}
		}
	}
	for _, w := range ws {
		if got := f.balance(t, w.v.Beneficiary); got.Cmp(w.a.Amount()) != 0 {
			t.Errorf("%s: beneficiary ends with %s, want the whole allocation %s", w.a.Name, got, w.a.Amount())
		}
	}
}

// A VestingWalletCliff spanning the 48 months with a 12-month cliff releases 25% at the
// cliff; the genesis's wallet (start at the cliff, 36 months) releases nothing then.
func TestCliffReadingDiffers(t *testing.T) {
	f := deployGenesis(t)
	team, _ := f.g.Allocation("team")
	ben := team.BeneficiaryAddress(common.Address{})
	month := tokenomics.MonthSeconds
	vc := bindings.NewVestingVaultCliff()
	cliffVault, _, err := f.c.DeployContract(f.ctx, "cliff vault", f.deployer, hexutil.MustDecode(bindings.VestingVaultCliffMetaData.Bin),
		vc.PackConstructor(ben, f.tge, 48*month, 12*month))
	if err != nil {
		t.Fatal(err)
	}
	// A second OPEN whose supply puts the team's amount in the cliff wallet.
	open := bindings.NewOPEN()
	rest := new(big.Int).Sub(tokenomics.Supply(), team.Amount())
	tok2, _, err := f.c.DeployContract(f.ctx, "OPEN", f.deployer, hexutil.MustDecode(bindings.OPENMetaData.Bin),
		open.PackConstructor([]common.Address{cliffVault, contracts.Address(f.deployer)}, []*big.Int{team.Amount(), rest}))
	if err != nil {
		t.Fatal(err)
	}
	var ours common.Address
	for _, v := range f.vaults {
		if v.Allocation == "team" && v.Duration > 0 {
			ours = v.Address
		}
	}
	vv := bindings.NewVestingVault()
	oursAt := func(ts uint64) *big.Int {
		return call(t, f.c, vv.Instance(f.c.Client, ours), vv.PackVestedAmount0(f.token, ts), vv.UnpackVestedAmount0)
	}
	cliffAt := func(ts uint64) *big.Int {
		return call(t, f.c, vc.Instance(f.c.Client, cliffVault), vc.PackVestedAmount0(tok2, ts), vc.UnpackVestedAmount0)
	}
	quarter := new(big.Int).Quo(team.Amount(), big.NewInt(4))
	cliff := f.tge + 12*month
	if c := cliffAt(cliff - 1); c.Sign() != 0 {
		t.Errorf("cliff wallet before the cliff: %s", c)
	}
	if c, o := cliffAt(cliff), oursAt(cliff); c.Cmp(quarter) != 0 || o.Sign() != 0 {
		t.Errorf("at the cliff: VestingWalletCliff %s (want 25%% = %s), ours %s (want 0)", c, quarter, o)
	}
	t.Logf("at the 12-month cliff: VestingWalletCliff(48 months) has vested %s OPEN of %s, the genesis wallet 0",
		tokenomics.FormatTokens(cliffAt(cliff)), tokenomics.FormatTokens(team.Amount()))
	// Halfway through the 36 months: ours 50%, the cliff reading 30/48 = 62.5%.
	mid := cliff + 18*month
	if o := oursAt(mid); o.Cmp(new(big.Int).Quo(team.Amount(), big.NewInt(2))) != 0 {
		t.Errorf("ours at cliff + 18 months: %s, want half", o)
	}
	if c := cliffAt(mid); c.Cmp(new(big.Int).Quo(new(big.Int).Mul(team.Amount(), big.NewInt(5)), big.NewInt(8))) != 0 {
		t.Errorf("cliff wallet at cliff + 18 months: %s, want 5/8", c)
	}
	if c, o := cliffAt(cliff+36*month), oursAt(cliff+36*month); c.Cmp(team.Amount()) != 0 || o.Cmp(team.Amount()) != 0 {
		t.Errorf("at the end: cliff wallet %s, ours %s, want both %s", c, o, team.Amount())
	}
}

func TestOPENConstructorChecks(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	me := contracts.Address(key)
	c := contracts.NewSimulated([]common.Address{me})
	defer c.Close()
	open := bindings.NewOPEN()
	code := hexutil.MustDecode(bindings.OPENMetaData.Bin)
	supply := tokenomics.Supply()
	less := new(big.Int).Sub(supply, big.NewInt(1))
	other := common.Address{0x42}
	for _, tc := range []struct {
		name    string
		holders []common.Address
		amounts []*big.Int
		want    string // custom error, "" for success
	}{
		{"exact", []common.Address{me, other}, []*big.Int{less, big.NewInt(1)}, ""},
		{"short-by-one", []common.Address{me}, []*big.Int{less}, "AllocationSumMismatch"},
		{"over-by-one", []common.Address{me, other}, []*big.Int{supply, big.NewInt(1)}, "AllocationSumMismatch"},
		{"empty", nil, nil, "AllocationSumMismatch"},
		{"lengths", []common.Address{me, other}, []*big.Int{supply}, "AllocationLengthMismatch"},
		{"zero-holder", []common.Address{me, {}}, []*big.Int{less, big.NewInt(1)}, "AllocationZeroHolder"},
	} {
		t.Run("case="+tc.name, func(t *testing.T) {
			addr, _, err := c.DeployContract(ctx, "OPEN", key, code, open.PackConstructor(tc.holders, tc.amounts))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if b := call(t, c, open.Instance(c.Client, addr), open.PackBalanceOf(other), open.UnpackBalanceOf); b.Cmp(big.NewInt(1)) != 0 {
					t.Errorf("other holds %s", b)
				}
				return
			}
			var re *contracts.RevertError
			if !errors.Is(err, contracts.ErrReverted) || !errors.As(err, &re) || re.Name != tc.want {
				t.Fatalf("err = %v, want %s", err, tc.want)
			}
		})
	}
}

// An EIP-2612 permit signed in Go lets a third party set the allowance; the Go digest's
// domain separator is the token's, and go-ethereum's typed-data hasher agrees.
func TestPermit(t *testing.T) {
	f := deployGenesis(t)
	open := bindings.NewOPEN()
	tok := open.Instance(f.c.Client, f.token)
	if ds := call(t, f.c, tok, open.PackDOMAINSEPARATOR(), open.UnpackDOMAINSEPARATOR); common.Hash(ds) != tokenomics.DomainSeparator(f.c.ChainID, f.token) {
		t.Fatalf("DOMAIN_SEPARATOR %x, Go %x", ds, tokenomics.DomainSeparator(f.c.ChainID, f.token))
	}
	owner := contracts.Address(f.deployer) // holds nothing here; a permit needs no balance
	spender := common.Address{0x5e}
	p := tokenomics.Permit{Owner: owner, Spender: spender, Value: tokenomics.TokenUnits(1234).Units(), Nonce: big.NewInt(0), Deadline: new(big.Int).SetUint64(f.tge + 3600)}

	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Permit":       {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Permit",
		Domain:      apitypes.TypedDataDomain{Name: "OpenLedger", Version: "1", ChainId: (*math.HexOrDecimal256)(f.c.ChainID), VerifyingContract: f.token.Hex()},
		Message: apitypes.TypedDataMessage{"owner": owner.Hex(), "spender": spender.Hex(), "value": p.Value.String(),
			"nonce": "0", "deadline": p.Deadline.String()},
	}
	ref, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if d := p.Digest(f.c.ChainID, f.token); !bytesEq(d[:], ref) {
		t.Fatalf("digest %x, go-ethereum's typed data %x", d, ref)
	}

	v, r, s, err := p.Sign(f.deployer, f.c.ChainID, f.token)
	if err != nil {
		t.Fatal(err)
	}
	// Submitted by someone else: the owner pays no gas.
	if _, err := f.c.Send(f.ctx, "permit", tok, f.anyone, open.PackPermit(owner, spender, p.Value, p.Deadline, v, r, s)); err != nil {
		t.Fatal(err)
	}
	if a := call(t, f.c, tok, open.PackAllowance(owner, spender), open.UnpackAllowance); a.Cmp(p.Value) != 0 {
		t.Errorf("allowance %s, want %s", a, p.Value)
	}
	if n := call(t, f.c, tok, open.PackNonces(owner), open.UnpackNonces); n.Cmp(big.NewInt(1)) != 0 {
		t.Errorf("nonce %s, want 1", n)
	}
	// The same signature again (nonce now 1) recovers another signer.
	_, err = f.c.Send(f.ctx, "permit replay", tok, f.anyone, open.PackPermit(owner, spender, p.Value, p.Deadline, v, r, s))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "ERC2612InvalidSigner" {
		t.Errorf("replayed permit: %v, want ERC2612InvalidSigner", err)
	}
	// A permit past its deadline.
	late := p
	late.Nonce, late.Deadline = big.NewInt(1), big.NewInt(1)
	v, r, s, _ = late.Sign(f.deployer, f.c.ChainID, f.token)
	_, err = f.c.Send(f.ctx, "late permit", tok, f.anyone, open.PackPermit(owner, spender, late.Value, late.Deadline, v, r, s))
	if !errors.As(err, &re) || re.Name != "ERC2612ExpiredSignature" {
		t.Errorf("expired permit: %v, want ERC2612ExpiredSignature", err)
	}
	if _, _, _, err := p.Sign(f.anyone, f.c.ChainID, f.token); err == nil {
		t.Error("signed a permit with another account's key")
	}
}

func bytesEq(a, b []byte) bool { return string(a) == string(b) }
