package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"poa/tokenomics"
)

// The schedule needs no store: the data directory stays absent.
func TestTokenScheduleJSON(t *testing.T) {
	data := filepath.Join(t.TempDir(), "absent")
	out := mustPoa(t, data, "token", "schedule", "--json")
	var r struct {
		Supply         string  `json:"supply"`
		MonthSeconds   uint64  `json:"month_seconds"`
		AllocatedBPS   int     `json:"allocated_bps"`
		Allocated      string  `json:"allocated"`
		TGECirculating string  `json:"tge_circulating"`
		TGEPercent     float64 `json:"tge_percent"`
		TGE            []struct {
			Allocation string `json:"allocation"`
			Amount     string `json:"amount"`
		} `json:"tge"`
		Allocations []struct {
			Name   string `json:"name"`
			BPS    int    `json:"bps"`
			Amount string `json:"amount"`
		} `json:"allocations"`
		Months []struct {
			Month       int      `json:"month"`
			Seconds     int64    `json:"seconds"`
			Unlocked    []string `json:"unlocked"`
			Circulating string   `json:"circulating"`
			Percent     float64  `json:"percent"`
		} `json:"months"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	supply := tokenomics.Supply().String()
	if r.Supply != supply || r.Allocated != supply || r.AllocatedBPS != 10000 || r.MonthSeconds != 2_629_746 {
		t.Errorf("supply %s, allocated %s (%d bps), month %d s", r.Supply, r.Allocated, r.AllocatedBPS, r.MonthSeconds)
	}
	if r.TGEPercent != 21.55 || r.TGECirculating != "215500000000000000000000000" || len(r.TGE) != 2 {
		t.Errorf("TGE %s (%v%%) from %v", r.TGECirculating, r.TGEPercent, r.TGE)
	}
	if len(r.Months) != 49 || r.Months[0].Circulating != r.TGECirculating || r.Months[48].Circulating != supply || r.Months[48].Percent != 100 {
		t.Fatalf("%d months; first %+v; last %+v", len(r.Months), r.Months[0], r.Months[len(r.Months)-1])
	}
	// Each row agrees with the library, amount by amount.
	g := tokenomics.Default()
	for _, m := range r.Months {
		if m.Seconds != int64(m.Month)*2_629_746 || len(m.Unlocked) != len(r.Allocations) {
			t.Fatalf("month %+v", m)
		}
		for i, a := range r.Allocations {
			want, err := tokenomics.VestedAt(g, a.Name, m.Seconds)
			if err != nil || m.Unlocked[i] != want.String() {
				t.Errorf("month %d %s: %s, want %v (%v)", m.Month, a.Name, m.Unlocked[i], want, err)
			}
		}
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("token schedule touched the data directory: %v", err)
	}
}

func TestTokenScheduleText(t *testing.T) {
	dir := t.TempDir()
	pngPath := filepath.Join(dir, "schedule.png")
	out := mustPoa(t, dir, "token", "schedule", "--months", "60", "--png", pngPath)
	for _, want := range []string{
		"allocations add up to 100% of the supply (1,000,000,000 OPEN)",
		"TGE circulating: 215,500,000 OPEN (21.55%) = ecosystem_tge 165,500,000 (16.55%) + liquidity 50,000,000 (5%)",
		"wrote " + pngPath,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rows := 0
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) == 8 && f[len(f)-1] != "supply" && strings.Contains(f[len(f)-1], ".") {
			rows++
		}
	}
	if rows != 61 {
		t.Errorf("%d month rows, want 61:\n%s", rows, out)
	}
	raw, err := os.ReadFile(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := png.Decode(bytes.NewReader(raw)); err != nil {
		t.Errorf("--png wrote no PNG: %v", err)
	}
}

// poa token genesis prints the default; an edited copy is read back, and a broken one
// is refused with the allocation and the reason.
func TestTokenGenesisFile(t *testing.T) {
	dir := t.TempDir()
	out := mustPoa(t, dir, "token", "genesis")
	if out != string(tokenomics.DefaultJSON()) {
		t.Fatalf("poa token genesis differs from the embedded default")
	}
	edited := strings.Replace(out, `"bps": 1500,`, `"bps": 1400,`, 1)
	edited = strings.Replace(edited, `"bps": 500,`, `"bps": 600,`, 1)
	path := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	js := mustPoa(t, dir, "token", "schedule", "--genesis", path, "--json", "--months", "1")
	var r struct {
		TGEPercent float64 `json:"tge_percent"`
	}
	if err := json.Unmarshal([]byte(js), &r); err != nil || r.TGEPercent != 22.55 {
		t.Errorf("edited genesis: TGE %v%% (%v), want 22.55", r.TGEPercent, err)
	}
	broken := strings.Replace(out, `"bps": 1500,`, `"bps": 1499,`, 1)
	broken = strings.Replace(broken, `"tge_bps": 10000,
        "cliff_months": 0,
        "vesting_months": 0
      }
    ]`, `"tge_bps": 10000,
        "cliff_months": 3,
        "vesting_months": 0
      }
    ]`, 1)
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := runPoa(t, dir, "token", "schedule", "--genesis", path)
	for _, want := range []string{"invalid genesis", "allocations add up to 9999 bps (99.99%), not 10000", `allocation "liquidity": cliff_months 3 with vesting_months 0`} {
		if code == 0 || !strings.Contains(errs, want) {
			t.Errorf("broken genesis: exit %d, stderr lacks %q:\n%s", code, want, errs)
		}
	}
	if _, errs, code := runPoa(t, dir, "token", "schedule", "--months", "-1"); code == 0 || !strings.Contains(errs, "--months -1") {
		t.Errorf("--months -1: exit %d: %s", code, errs)
	}
}
