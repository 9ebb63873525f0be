package apikey

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// FuzzParse: any input either fails with ErrBadFile or parses to a set that
// marshals to a file parsing back to the same set.
func FuzzParse(f *testing.F) {
	k, _, _ := New(Options{Name: "ops", Scope: ScopeAdmin, Rate: 1.5, Burst: 3}, fixedNow, bytes.NewReader(make([]byte, 40)))
	rev := fixedNow.Add(3600e9)
	k2 := k
	k2.ID, k2.Prefix, k2.Revoked, k2.Scope = "00000000000000ff", "poa_00000000000000ff_AAAA", &rev, ScopeInference
	f.Add(Set{Keys: []Key{k, k2}}.Marshal())
	f.Add([]byte(`{"version":1,"keys":[]}`))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Parse(b)
		if err != nil {
			if !errors.Is(err, ErrBadFile) {
				t.Fatalf("error %v does not wrap ErrBadFile", err)
			}
			return
		}
		again, err := Parse(s.Marshal())
		if err != nil {
			t.Fatalf("a parsed set does not parse after Marshal: %v\n%s", err, s.Marshal())
		}
		if len(s.Keys) == 0 && len(again.Keys) == 0 {
			return
		}
		if !reflect.DeepEqual(s, again) {
			t.Fatalf("round trip changed the set:\n%+v\n%+v", s, again)
		}
	})
}

// FuzzParseToken: ParseToken accepts exactly the canonical tokens: whatever it
// accepts, FormatToken writes back unchanged.
func FuzzParseToken(f *testing.F) {
	_, tok, _ := New(Options{Name: "x", Scope: ScopeAdmin}, fixedNow, bytes.NewReader(bytes.Repeat([]byte{7}, 40)))
	f.Add(tok)
	f.Add("poa_0123456789abcdef_")
	f.Add("Bearer " + tok)
	f.Fuzz(func(t *testing.T, s string) {
		id, secret, err := ParseToken(s)
		if err != nil {
			if !errors.Is(err, ErrMalformedToken) {
				t.Fatalf("error %v does not wrap ErrMalformedToken", err)
			}
			return
		}
		if back := FormatToken(id, secret); back != s {
			t.Fatalf("ParseToken accepted %q, which formats back as %q", s, back)
		}
	})
}
