package tokenomics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"
)

// Decimals is OPEN's (and GOPEN's) number of decimals: one token is 10^18 base units.
const Decimals = 18

var unit = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)

// Duration is a genesis duration: a Go duration string ("24h", "168h", "90m") or a JSON
// integer of seconds (86400). It must be a whole, non-negative number of seconds; it
// marshals as the shortest Go duration string ("24h", not "24h0m0s").
type Duration time.Duration

// Duration is d as a time.Duration.
func (d Duration) Duration() time.Duration { return time.Duration(d) }

// Seconds is d in whole seconds, the unit the contracts take.
func (d Duration) Seconds() uint64 { return uint64(time.Duration(d) / time.Second) }

// String is the shortest Go duration string for d.
func (d Duration) String() string {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// MarshalJSON writes d as a Go duration string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a Go duration string or an integer of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var v time.Duration
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		var err error
		if v, err = time.ParseDuration(s); err != nil {
			return fmt.Errorf("duration %q: want a Go duration such as \"24h\" or an integer of seconds", s)
		}
	} else {
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("duration %s: want a Go duration string or an integer of seconds", b)
		}
		secs, err := n.Int64()
		if err != nil || secs > math.MaxInt64/int64(time.Second) {
			return fmt.Errorf("duration %s: not an integer number of seconds", b)
		}
		v = time.Duration(secs) * time.Second
	}
	if v < 0 {
		return fmt.Errorf("duration %s: negative", b)
	}
	if v%time.Second != 0 {
		return fmt.Errorf("duration %s: not a whole number of seconds", b)
	}
	*d = Duration(v)
	return nil
}

// Tokens is an amount of OPEN (or GOPEN) written in whole tokens with up to 18 decimals,
// as a JSON string ("10000", "0.5") or number (10000); it is kept exactly, in base units.
// The zero value is 0.
type Tokens struct{ units *big.Int }

// TokenUnits returns n whole tokens.
func TokenUnits(n int64) Tokens { return Tokens{new(big.Int).Mul(big.NewInt(n), unit)} }

// Units is t in base units (10^-18 token), a new *big.Int the caller may modify.
func (t Tokens) Units() *big.Int {
	if t.units == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(t.units)
}

// String is t in tokens, without trailing zeros ("10000", "0.5").
func (t Tokens) String() string { return FormatTokens(t.Units()) }

// MarshalJSON writes t as a decimal string of tokens.
func (t Tokens) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// UnmarshalJSON reads a decimal string or number of tokens.
func (t *Tokens) UnmarshalJSON(b []byte) error {
	s := string(bytes.TrimSpace(b))
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	u, err := ParseTokens(s)
	if err != nil {
		return err
	}
	t.units = u
	return nil
}

// ParseTokens reads a non-negative decimal number of tokens ("10000", "1.5") exactly
// into base units; more than 18 decimals, exponents and signs are errors.
func ParseTokens(s string) (*big.Int, error) {
	whole, frac, dot := strings.Cut(s, ".")
	ok := whole != "" && (!dot || frac != "") && len(frac) <= Decimals
	for _, r := range whole + frac {
		ok = ok && r >= '0' && r <= '9'
	}
	if !ok {
		return nil, fmt.Errorf("amount %q: want a non-negative decimal number of tokens with at most %d decimals", s, Decimals)
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", Decimals-len(frac)), 10)
	return v, nil
}

// FormatTokens writes base units as tokens, without trailing zeros ("1000000000", "0.25").
func FormatTokens(units *big.Int) string {
	q, r := new(big.Int).QuoRem(units, unit, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	if r.Sign() < 0 {
		r.Neg(r)
		if q.Sign() == 0 {
			return "-0." + strings.TrimRight(fmt.Sprintf("%018s", r), "0")
		}
	}
	return q.String() + "." + strings.TrimRight(fmt.Sprintf("%018s", r), "0")
}
