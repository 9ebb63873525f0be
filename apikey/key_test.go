package apikey

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestNewAndParseToken(t *testing.T) {
	now := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	rnd := bytes.NewReader(bytes.Repeat([]byte{0xab}, 40))
	k, tok, err := New(Options{Name: "ops", Scope: ScopeAdmin, Rate: 2, Burst: 3}, now, rnd)
	if err != nil {
		t.Fatal(err)
	}
	if len(tok) != TokenLen || !strings.HasPrefix(tok, "poa_abababababababab_") || !strings.HasPrefix(tok, k.Prefix) {
		t.Fatalf("token %q (len %d), prefix %q", tok, len(tok), k.Prefix)
	}
	id, secret, err := ParseToken(tok)
	if err != nil || id != k.ID {
		t.Fatalf("ParseToken: %q %v, want id %s", id, err, k.ID)
	}
	// The stored hash is SHA-256 of the secret bytes, by an independent computation.
	sum := sha256.Sum256(bytes.Repeat([]byte{0xab}, 32))
	if k.SHA256 != hex.EncodeToString(sum[:]) || !bytes.Equal(secret, bytes.Repeat([]byte{0xab}, 32)) {
		t.Fatalf("hash %s, secret %x", k.SHA256, secret)
	}
	if strings.Contains(k.SHA256, tok[len(TokenPrefix)+IDLen+1:]) || !k.Matches(secret) {
		t.Fatal("the key must match its secret and not hold it")
	}
	secret[0] ^= 1
	if k.Matches(secret) {
		t.Fatal("a secret with one bit flipped matches")
	}
	if !k.Created.Equal(now) || k.Rate != 2 || k.Burst != 3 || k.Scope != ScopeAdmin || !k.Active() {
		t.Fatalf("key %+v", k)
	}
}

func TestParseTokenRejects(t *testing.T) {
	_, good, err := New(Options{Name: "x", Scope: ScopeInference}, time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"empty":          "",
		"no-prefix":      "sk_" + good[3:],
		"short":          good[:len(good)-1],
		"long":           good + "A",
		"upper-id":       "poa_" + strings.ToUpper(good[4:20]) + good[20:],
		"bad-sep":        good[:20] + "-" + good[21:],
		"bad-b64":        good[:len(good)-1] + "*",
		"padded":         good[:len(good)-1] + "=",
		"noncanonical":   good[:len(good)-1] + "B", // 43 chars carry 258 bits: the last 2 must be 0
		"space":          " " + good[1:],
		"bearer-wrapped": "Bearer " + good,
	}
	for name, tok := range cases {
		t.Run("case="+name, func(t *testing.T) {
			if tok == good {
				t.Skip("same as the valid token")
			}
			if _, _, err := ParseToken(tok); !errors.Is(err, ErrMalformedToken) {
				t.Fatalf("ParseToken(%q) = %v, want ErrMalformedToken", tok, err)
			}
		})
	}
}

func TestOptionsValidate(t *testing.T) {
	bad := []Options{
		{Name: "", Scope: ScopeAdmin},
		{Name: strings.Repeat("n", MaxNameLen+1), Scope: ScopeAdmin},
		{Name: "tab\tname", Scope: ScopeAdmin},
		{Name: "x", Scope: "root"},
		{Name: "x", Scope: ScopeAdmin, Rate: -1},
		{Name: "x", Scope: ScopeAdmin, Rate: MaxRate + 1},
		{Name: "x", Scope: ScopeAdmin, Burst: -1},
	}
	for _, o := range bad {
		if err := o.Validate(); !errors.Is(err, ErrBadKey) {
			t.Errorf("Validate(%+v) = %v, want ErrBadKey", o, err)
		}
	}
	if err := (Options{Name: "ok", Scope: ScopeInference, Rate: MaxRate, Burst: MaxBurst}).Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestScopeAllows(t *testing.T) {
	for _, c := range []struct {
		have, need Scope
		ok         bool
	}{
		{ScopeAdmin, ScopeAdmin, true}, {ScopeAdmin, ScopeInference, true},
		{ScopeInference, ScopeInference, true}, {ScopeInference, ScopeAdmin, false},
		{"", ScopeInference, false},
	} {
		if got := c.have.Allows(c.need); got != c.ok {
			t.Errorf("%q.Allows(%q) = %v, want %v", c.have, c.need, got, c.ok)
		}
	}
}
