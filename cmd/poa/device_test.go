package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

func TestParseDevice(t *testing.T) {
	for _, tc := range []struct {
		in      string
		gpu     bool
		ordinal int
		bad     bool
	}{
		{"cpu", false, 0, false}, {"CPU", false, 0, false}, {"cuda", true, 0, false},
		{"cuda:3", true, 3, false}, {"gpu", true, 0, false},
		{"cuda:-1", false, 0, true}, {"cuda:x", false, 0, true}, {"tpu", false, 0, true}, {"", false, 0, true},
	} {
		gpu, n, err := parseDevice(tc.in)
		if (err != nil) != tc.bad || gpu != tc.gpu || n != tc.ordinal {
			t.Errorf("parseDevice(%q) = %v, %d, %v", tc.in, gpu, n, err)
		}
	}
}

// TestDeviceFlagWithoutGPU: on a machine without a GPU (CI), --device cuda must fail
// before doing anything, saying why and what to use instead; `poa devices` reports
// none and exits 0.
func TestDeviceFlagWithoutGPU(t *testing.T) {
	dir := t.TempDir()
	out := mustPoa(t, dir, "devices", "--json")
	var res struct {
		Devices []json.RawMessage `json:"devices"`
		Reason  string            `json:"reason"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("devices --json: %v\n%s", err, out)
	}
	if len(res.Devices) > 0 {
		t.Skip("this machine has a CUDA device")
	}
	if res.Reason == "" {
		t.Fatalf("no devices and no reason: %s", out)
	}
	_, errs, code := runPoa(t, dir, "--device", "cuda", "datanet", "list")
	if code == 0 || !strings.Contains(errs, "--device cpu") || !strings.Contains(errs, "no CUDA") {
		t.Fatalf("--device cuda without a GPU: exit %d, stderr %q", code, errs)
	}
	_, errs, code = runPoa(t, dir, "--device", "tpu", "datanet", "list")
	if code == 0 || !strings.Contains(errs, "want cpu, cuda or cuda:N") {
		t.Fatalf("--device tpu: exit %d, stderr %q", code, errs)
	}
	mustPoa(t, dir, "--device", "cpu", "datanet", "list")
}

// FuzzParseDevice: any string is either refused with a message quoting it, or read as
// the CPU or a GPU ordinal that formats back to an equivalent spec.
func FuzzParseDevice(f *testing.F) {
	for _, s := range []string{"cpu", "cuda", "cuda:0", "cuda:12", "gpu", " CUDA:1 ", "cuda:", "cuda:-3", "cuda:1x", "tpu", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gpu, n, err := parseDevice(s)
		if err != nil {
			if !strings.Contains(err.Error(), "--device") {
				t.Fatalf("error without the flag's name: %v", err)
			}
			return
		}
		if n < 0 || (!gpu && n != 0) {
			t.Fatalf("parseDevice(%q) = %v, %d", s, gpu, n)
		}
		spec := "cpu"
		if gpu {
			spec = "cuda:" + strconv.Itoa(n)
		}
		if g2, n2, err := parseDevice(spec); err != nil || g2 != gpu || n2 != n {
			t.Fatalf("%q read as %q, which reads back as %v %d %v", s, spec, g2, n2, err)
		}
	})
}
