package governance

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts"
	"poa/contracts/bindings"
)

// Call is one call of a proposal: the timelock calls Target with Value wei and Data.
type Call struct {
	Target common.Address `json:"target"`
	Value  *big.Int       `json:"value"`
	Data   hexutil.Bytes  `json:"data"`
	// Label is the call as a reader sees it, e.g. "settlement.setRemainderRecipient(0x…)"
	// (Describe); empty for calldata no known contract decodes.
	Label string `json:"label,omitempty"`
}

// kind says how a parameter value is written and what it becomes on-chain.
type kind int

const (
	kUint     kind = iota // a decimal integer
	kAddress              // 0x + 40 hex digits (EIP-55 when mixed-case), not zero
	kBool                 // true|false
	kBps                  // basis points 0..10000, or a percentage "12.5%"
	kPercent              // 0..100, "%" optional
	kDuration             // seconds: 3600, 90m, 24h, 7d, 2w, 1d12h
	kAmount               // OPEN/GOPEN: 1000, 0.5 (18 decimals) or base units with "wei"
	kBackend              // groth16|plonk
	kBytes32              // 0x + 64 hex digits
)

var kindHelp = map[kind]string{
	kUint: "INTEGER", kAddress: "ADDRESS", kBool: "true|false", kBps: "BPS", kPercent: "PERCENT",
	kDuration: "DURATION", kAmount: "AMOUNT", kBackend: "groth16|plonk", kBytes32: "BYTES32",
}

// Parameter is one entry of the registry: a user-facing name for a governed setter.
type Parameter struct {
	Name   string `json:"name"`   // e.g. "fee-rule"
	Target string `json:"target"` // "settlement", "completeness", "governor" or "timelock"
	Method string `json:"method"` // the setter, e.g. "setFeeRule"
	// Format is how the value is written, e.g. "BPS/BPS/BPS"; empty for a setter that
	// takes no argument (written as the bare name: --set accept-ownership).
	Format string `json:"format"`
	Help   string `json:"help"`

	kinds []kind // nil: inferred from the ABI's inputs
	check func(args []any) error
	m     abi.Method
}

// registry lists every parameter poa knows; Parameters keeps those whose setter is in
// this build's ABIs, so the Settlement's setters appear as its source gains them.
var registry = []Parameter{
	{Name: "fee-rule", Target: "settlement", Method: "setFeeRule", kinds: []kind{kBps, kBps, kBps}, check: sumBps,
		Help: "owner/protocol/data shares of each fee in basis points, summing to 10000 (e.g. 1000/1000/8000)"},
	{Name: "min-stake", Target: "settlement", Method: "setMinStake", check: positiveBelow(128), Help: "a prover's minimum stake, in OPEN (non-zero)"},
	{Name: "challenge-window", Target: "settlement", Method: "setChallengeWindow", Help: "how long a settlement can be challenged"},
	{Name: "challenge-deposit", Target: "settlement", Method: "setChallengeDeposit", check: positiveBelow(96), Help: "deposit a challenger posts, in OPEN (non-zero)"},
	{Name: "epoch-length", Target: "settlement", Method: "setEpochLength", Help: "least time between two settlements (0: none)"},
	{Name: "slashing", Target: "settlement", Method: "setSlashing",
		Help: "share of a faulty prover's stake slashed / share of the slash the challenger gets (basis points)"},
	{Name: "score-verifier", Target: "settlement", Method: "setScoreVerifier", Help: "allow (true) or stop allowing (false) a score verifier contract"},
	{Name: "attributed-verifier", Target: "settlement", Method: "setAttributedVerifier",
		Help: "allow (true) or stop allowing (false) an attributed-split verifier contract (epochs settled on the proven basis)"},
	{Name: "resolve-challenge", Target: "settlement", Method: "resolveChallenge", Help: "decide an open challenge: ID/true upholds it, ID/false rejects it"},
	{Name: "verifier", Target: "settlement", Method: "setVerifier", kinds: []kind{kAddress, kBackend},
		Help: "the settlement verifier contract and its proof system (e.g. 0x…/groth16)"},
	{Name: "remainder-recipient", Target: "settlement", Method: "setRemainderRecipient", kinds: []kind{kAddress},
		Help: "who receives each epoch's unpaid remainder"},
	{Name: "poster", Target: "settlement", Method: "setPoster", kinds: []kind{kAddress, kBool},
		Help: "allow (true) or revoke (false) a poster (e.g. 0x…/true)"},
	{Name: "accept-ownership", Target: "settlement", Method: "acceptOwnership", kinds: []kind{},
		Help: "the timelock accepts the Settlement's ownership (after its owner's transferOwnership; `poa gov handover`)"},
	{Name: "scan-verifier", Target: "completeness", Method: "setScanVerifier",
		Help: "allow (true) or stop allowing (false) a completeness scan verifier contract (records proven complete with poa prove-record --complete --post)"},
	{Name: "accept-completeness-ownership", Target: "completeness", Method: "acceptOwnership", kinds: []kind{},
		Help: "the timelock accepts the Completeness contract's ownership (after `poa gov handover` on a deployment made before governance)"},
	{Name: "voting-delay", Target: "governor", Method: "setVotingDelay", kinds: []kind{kDuration}, Help: "time from a proposal to its vote"},
	{Name: "voting-period", Target: "governor", Method: "setVotingPeriod", kinds: []kind{kDuration}, Help: "how long a vote stays open"},
	{Name: "proposal-threshold", Target: "governor", Method: "setProposalThreshold", kinds: []kind{kAmount},
		Help: "voting power needed to propose, in GOPEN"},
	{Name: "quorum", Target: "governor", Method: "updateQuorumNumerator", kinds: []kind{kPercent},
		Help: "share of GOPEN's supply that for + abstain votes must reach, in percent"},
	{Name: "timelock-delay", Target: "timelock", Method: "updateDelay", kinds: []kind{kDuration},
		Help: "the timelock's minimum delay between queue and execute"},
}

func sumBps(args []any) error {
	sum := uint64(0)
	for _, a := range args {
		if v, ok := a.(uint16); ok {
			sum += uint64(v)
		}
	}
	if sum != 10_000 {
		return fmt.Errorf("%w: the parts sum to %d basis points, want 10000", ErrValue, sum)
	}
	return nil
}

// positiveBelow checks that a setter's single amount is non-zero and below 2^bits.
func positiveBelow(bits int) func(args []any) error {
	return func(args []any) error {
		if len(args) != 1 {
			return nil
		}
		n, ok := args[0].(*big.Int)
		if !ok {
			return nil
		}
		if n.Sign() == 0 || n.BitLen() > bits {
			return fmt.Errorf("%w: %v base units: want more than 0 and below 2^%d", ErrValue, n, bits)
		}
		return nil
	}
}

var (
	abisOnce sync.Once
	abis     map[string]*abi.ABI
	params   []Parameter
)

func loadABIs() {
	abisOnce.Do(func() {
		abis = map[string]*abi.ABI{}
		for name, md := range map[string]string{"settlement": bindings.SettlementMetaData.ABI, "completeness": bindings.CompletenessMetaData.ABI,
			"governor": bindings.PoaGovernorMetaData.ABI, "timelock": bindings.PoaTimelockMetaData.ABI} {
			a, err := abi.JSON(strings.NewReader(md))
			if err != nil {
				panic(err)
			}
			abis[name] = &a
		}
		for _, p := range registry {
			m, ok := abis[p.Target].Methods[p.Method]
			if !ok {
				continue
			}
			p.m = m
			if len(p.kinds) != len(m.Inputs) {
				p.kinds = make([]kind, len(m.Inputs))
				for i, in := range m.Inputs {
					p.kinds[i] = infer(in)
				}
				if p.Name == "fee-rule" {
					p.check = nil
				}
			}
			parts := make([]string, len(p.kinds))
			for i, k := range p.kinds {
				parts[i] = kindHelp[k]
			}
			p.Format = strings.Join(parts, "/")
			params = append(params, p)
		}
	})
}

// infer picks how to read an argument from its ABI type and name.
func infer(in abi.Argument) kind {
	name := strings.ToLower(in.Name)
	has := func(ws ...string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return strings.Contains(name, w) })
	}
	switch in.Type.T {
	case abi.AddressTy:
		return kAddress
	case abi.BoolTy:
		return kBool
	case abi.FixedBytesTy:
		return kBytes32
	}
	switch {
	case has("backend"):
		return kBackend
	case has("bps", "basis"):
		return kBps
	case has("percent", "pct"):
		return kPercent
	case has("window", "length", "period", "delay", "duration", "time", "seconds", "interval"):
		return kDuration
	case has("stake", "deposit", "amount", "bond", "threshold", "wei", "reward", "penalty"):
		return kAmount
	}
	return kUint
}

// Parameters lists the parameters a proposal can set with this build's contracts, in
// registry order: a Settlement setter appears once the Settlement's ABI has it.
func Parameters() []Parameter {
	loadABIs()
	return slices.Clone(params)
}

// SetCall builds the call that sets one parameter, from "name=value" (value parts
// separated by "/": "fee-rule=1000/1000/8000", "challenge-window=24h",
// "remainder-recipient=0x…") or a bare name for a setter without arguments
// ("accept-ownership"). The target is d's Settlement, Governor or timelock. An unknown
// name is an ErrUnknownParameter; a value that does not parse, is out of its on-chain
// type's range or fails the parameter's check is an ErrValue; both name the accepted
// forms. Nothing is sent.
func SetCall(d *contracts.Deployment, assignment string) (Call, error) {
	loadABIs()
	name, value, hasValue := strings.Cut(strings.TrimSpace(assignment), "=")
	name = strings.TrimSpace(name)
	i := slices.IndexFunc(params, func(p Parameter) bool { return p.Name == name })
	if i < 0 {
		names := make([]string, len(params))
		for j, p := range params {
			names[j] = p.Name
		}
		return Call{}, fmt.Errorf("%w %q (this build knows %s)", ErrUnknownParameter, name, strings.Join(names, ", "))
	}
	p := params[i]
	usage := p.Name
	if p.Format != "" {
		usage += "=" + p.Format
	}
	var parts []string
	if value = strings.TrimSpace(value); hasValue || len(p.kinds) > 0 {
		parts = strings.Split(value, "/")
	}
	if len(parts) != len(p.kinds) {
		return Call{}, fmt.Errorf("%w: %s takes %d value(s), got %q (usage: %s)", ErrValue, p.Name, len(p.kinds), value, usage)
	}
	args := make([]any, len(parts))
	for j, s := range parts {
		v, err := parseArg(p.kinds[j], strings.TrimSpace(s), p.m.Inputs[j].Type)
		if err != nil {
			return Call{}, fmt.Errorf("%s: value %d %q: %w (usage: %s)", p.Name, j+1, s, err, usage)
		}
		args[j] = v
	}
	if p.check != nil {
		if err := p.check(args); err != nil {
			return Call{}, fmt.Errorf("%s: %w (usage: %s)", p.Name, err, usage)
		}
	}
	packed, err := p.m.Inputs.Pack(args...)
	if err != nil {
		return Call{}, fmt.Errorf("%s: %w: %v", p.Name, ErrValue, err)
	}
	target := map[string]common.Address{"settlement": d.Settlement, "completeness": d.Completeness, "governor": d.Governor, "timelock": d.Timelock}[p.Target]
	if target == (common.Address{}) {
		return Call{}, fmt.Errorf("%s: the deployment has no %s: %w", p.Name, p.Target, ErrNoGovernance)
	}
	c := Call{Target: target, Value: new(big.Int), Data: append(slices.Clone(p.m.ID), packed...)}
	c.Label = Describe(d, c)
	return c, nil
}

// Calls is SetCall for each assignment, in order.
func Calls(d *contracts.Deployment, assignments ...string) ([]Call, error) {
	out := make([]Call, 0, len(assignments))
	for _, a := range assignments {
		c, err := SetCall(d, a)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// Describe renders a call as "settlement.setFeeRule(1000, 1000, 8000)" when its target
// is d's Settlement, Completeness, Governor or timelock and its calldata decodes with
// that contract's ABI; otherwise "" (the call is shown by target and data).
func Describe(d *contracts.Deployment, c Call) string {
	loadABIs()
	var name string
	switch c.Target {
	case common.Address{}:
		return ""
	case d.Completeness:
		name = "completeness"
	case d.Settlement:
		name = "settlement"
	case d.Governor:
		name = "governor"
	case d.Timelock:
		name = "timelock"
	default:
		return ""
	}
	if len(c.Data) < 4 {
		return ""
	}
	m, err := abis[name].MethodById(c.Data[:4])
	if err != nil {
		return ""
	}
	vals, err := m.Inputs.Unpack(c.Data[4:])
	if err != nil {
		return ""
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case common.Address:
			parts[i] = x.Hex()
		case [32]byte:
			parts[i] = hexutil.Encode(x[:])
		default:
			parts[i] = fmt.Sprint(x)
		}
	}
	return fmt.Sprintf("%s.%s(%s)", name, m.Name, strings.Join(parts, ", "))
}

// parseArg reads s as kind k and converts it to the Go value abi packs for t.
func parseArg(k kind, s string, t abi.Type) (any, error) {
	switch k {
	case kAddress:
		a, err := parseAddress(s)
		if err != nil {
			return nil, err
		}
		if t.T != abi.AddressTy {
			return nil, fmt.Errorf("%w: the setter takes %s, not an address", ErrValue, t)
		}
		return a, nil
	case kBool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return nil, fmt.Errorf("%w: want true or false", ErrValue)
		}
		return b, nil
	case kBytes32:
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != 32 {
			return nil, fmt.Errorf("%w: want 0x and 64 hex digits", ErrValue)
		}
		return [32]byte(b), nil
	}
	var n *big.Int
	var err error
	switch k {
	case kUint:
		var ok bool
		if n, ok = new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), 10); !ok {
			err = fmt.Errorf("%w: want a decimal integer", ErrValue)
		}
	case kBps:
		n, err = parseBps(s)
	case kPercent:
		n, err = parsePercent(s)
	case kDuration:
		var d time.Duration
		if d, err = ParseDuration(s); err == nil {
			n = big.NewInt(int64(d / time.Second))
		}
	case kAmount:
		n, err = ParseAmount(s)
	case kBackend:
		switch strings.ToLower(s) {
		case "groth16", "0":
			n = big.NewInt(int64(contracts.Groth16))
		case "plonk", "1":
			n = big.NewInt(int64(contracts.Plonk))
		default:
			err = fmt.Errorf("%w: want groth16 or plonk", ErrValue)
		}
	}
	if err != nil {
		return nil, err
	}
	return fitUint(n, t)
}

// fitUint converts a non-negative n to the Go type abi packs for the unsigned integer t
// (uint8..uint64 as Go integers, wider as *big.Int), failing when n does not fit.
func fitUint(n *big.Int, t abi.Type) (any, error) {
	if t.T != abi.UintTy {
		return nil, fmt.Errorf("%w: the setter takes %s, not an unsigned integer", ErrValue, t)
	}
	if n.Sign() < 0 || n.BitLen() > t.Size {
		return nil, fmt.Errorf("%w: %v does not fit a %s", ErrValue, n, t)
	}
	switch t.Size {
	case 8:
		return uint8(n.Uint64()), nil
	case 16:
		return uint16(n.Uint64()), nil
	case 32:
		return uint32(n.Uint64()), nil
	case 64:
		return n.Uint64(), nil
	}
	return new(big.Int).Set(n), nil
}

func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%w: want 0x and 40 hex digits", ErrValue)
	}
	a := common.HexToAddress(s)
	if s[2:] != strings.ToLower(s[2:]) && s[2:] != strings.ToUpper(s[2:]) && s != a.Hex() {
		return common.Address{}, fmt.Errorf("%w: bad EIP-55 checksum (want %s)", ErrValue, a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%w: the zero address", ErrValue)
	}
	return a, nil
}

// parseBps reads basis points (0..10000) or a percentage with up to two decimals
// ("12.5%" is 1250).
func parseBps(s string) (*big.Int, error) {
	if p, ok := strings.CutSuffix(s, "%"); ok {
		v, err := parseFixed(strings.TrimSpace(p), 2)
		if err != nil {
			return nil, err
		}
		s = v.String()
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n > 10_000 {
		return nil, fmt.Errorf("%w: want basis points 0..10000 or a percentage", ErrValue)
	}
	return new(big.Int).SetUint64(n), nil
}

func parsePercent(s string) (*big.Int, error) {
	n, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(s, "%")), 10, 64)
	if err != nil || n > 100 {
		return nil, fmt.Errorf("%w: want a whole percentage 0..100", ErrValue)
	}
	return new(big.Int).SetUint64(n), nil
}

var durationPart = regexp.MustCompile(`^(\d+)(w|d|h|m|s)`)

// ParseDuration reads a duration in whole seconds: a number of seconds ("3600") or
// number-unit pairs with units w, d, h, m, s ("24h", "7d", "1d12h", "90m").
func ParseDuration(s string) (time.Duration, error) {
	bad := fmt.Errorf("%w: want seconds or e.g. 24h, 7d, 2w, 1d12h, 90m", ErrValue)
	if s == "" {
		return 0, bad
	}
	if n, err := strconv.ParseUint(s, 10, 32); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	unit := map[string]time.Duration{"w": 7 * Day, "d": Day, "h": time.Hour, "m": time.Minute, "s": time.Second}
	var d time.Duration
	for rest := s; rest != ""; {
		m := durationPart.FindStringSubmatch(rest)
		if m == nil {
			return 0, bad
		}
		n, err := strconv.ParseUint(m[1], 10, 32)
		if err != nil {
			return 0, bad
		}
		u := unit[m[2]]
		if n > uint64(math.MaxInt64/u) || time.Duration(n)*u > math.MaxInt64-d {
			return 0, fmt.Errorf("%w: %q is too long", ErrValue, s)
		}
		d += time.Duration(n) * u
		rest = rest[len(m[0]):]
	}
	return d, nil
}

// ParseAmount reads a token amount in base units (10^-18): whole or decimal tokens
// ("10000", "0.5", "1_000"; at most 18 decimals, optional " OPEN"/"GOPEN" suffix) or base
// units with a "wei" suffix ("1000wei").
func ParseAmount(s string) (*big.Int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	if w, ok := strings.CutSuffix(s, "wei"); ok {
		n, ok := new(big.Int).SetString(strings.TrimSpace(w), 10)
		if !ok || n.Sign() < 0 {
			return nil, fmt.Errorf("%w: %q is not a whole number of base units", ErrValue, w)
		}
		return n, nil
	}
	for _, suf := range []string{"GOPEN", "OPEN"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	return parseFixed(s, 18)
}

// parseFixed reads a non-negative decimal with at most dec fractional digits as an
// integer scaled by 10^dec.
func parseFixed(s string, dec int) (*big.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || len(frac) > dec || strings.ContainsAny(whole+frac, "+-") {
		return nil, fmt.Errorf("%w: %q is not a non-negative decimal with at most %d decimals", ErrValue, s, dec)
	}
	n, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", dec-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q is not a non-negative decimal with at most %d decimals", ErrValue, s, dec)
	}
	return n, nil
}

// FormatAmount writes base units as a decimal token amount ("100000", "0.5").
func FormatAmount(units *big.Int) string {
	if units == nil {
		return "0"
	}
	neg := units.Sign() < 0
	s := new(big.Int).Abs(units).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	if frac != "" {
		whole += "." + frac
	}
	if neg {
		whole = "-" + whole
	}
	return whole
}
