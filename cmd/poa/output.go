package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// emit prints v as indented JSON when --json is set, and otherwise calls human
// to print it for people.
func emit(v any, human func()) error {
	if g.json {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
		return nil
	}
	human()
	return nil
}

// orEmpty returns s, or an empty slice when s is nil, so that --json prints a list
// with no items as [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// checkText refuses an empty text or one that is not valid UTF-8, naming what it is
// ("--prompt" for a flag, "TEXT" for an argument).
func checkText(what, s string) error {
	if s == "" {
		return fmt.Errorf("%s is empty: give some text", what)
	}
	if !utf8.ValidString(s) {
		i := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return fmt.Errorf("%s is not valid UTF-8 (byte %#02x at offset %d)", what, s[i], i)
	}
	return nil
}

// printable returns s for a terminal: line feeds and tabs stay, other control
// characters (C0, DEL, C1, and the line and paragraph separators) and bytes that are
// not UTF-8 are escaped Go-style (\x1b, \u2028), so model output cannot move the
// cursor, clear the screen or retitle the terminal. JSON output needs none of this.
func printable(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
