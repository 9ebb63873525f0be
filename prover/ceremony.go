package prover

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"poa/bounds"
	"poa/circuits"
)

// Ceremony is a Groth16 multi-party setup for the split circuit of one size, kept in a
// folder (gnark's backend/groth16/bn254/mpcsetup, phases of eprint 2017/1050):
//
//	ceremony.json          size, domain, beacons
//	phase1-0001.bin …      powers-of-tau contributions, each from the previous one
//	commons.bin            phase 1 sealed with the phase-1 beacon (verifies every contribution)
//	phase2-0000.bin        phase 2 initialized for the circuit
//	phase2-0001.bin …      circuit-specific contributions
//
// The keys are sound if at least one contributor destroyed their randomness. Each
// contribution is a new file, written atomically; verifying (SealPhase1, Setup with
// WithCeremony) replays every contribution's proof of correctness.
type Ceremony struct {
	Dir    string `json:"-"`
	Size   int    `json:"size"`
	Domain uint64 `json:"domain"`
	// Beacon1 and Beacon2 are public random beacons (e.g. a future block hash) drawn
	// after the last contribution of each phase.
	Beacon1 string `json:"beacon1,omitempty"`
	Beacon2 string `json:"beacon2,omitempty"`
}

// InitCeremony creates a ceremony for the Groth16 split circuit of size n in dir (which
// must not hold one already); n outside [1, circuits.MaxSize] is an error wrapping
// ErrCeremony and a *bounds.Error naming "Ceremony.Size".
func InitCeremony(dir string, n int) (*Ceremony, error) {
	if err := bounds.In("Ceremony.Size", n, 1, circuits.MaxSize); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCeremony, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "ceremony.json")); err == nil {
		return nil, fmt.Errorf("ceremony %s: already initialized: %w", dir, ErrCeremony)
	}
	ccs, err := Compile(Groth16, n)
	if err != nil {
		return nil, err
	}
	c := &Ceremony{Dir: dir, Size: n, Domain: ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return c, c.save()
}

// OpenCeremony reads the ceremony in dir.
func OpenCeremony(dir string) (*Ceremony, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ceremony.json"))
	if err != nil {
		return nil, fmt.Errorf("ceremony %s: %w", dir, err)
	}
	c := &Ceremony{Dir: dir}
	if err := json.Unmarshal(b, c); err != nil || c.Size < 1 || c.Domain == 0 {
		return nil, fmt.Errorf("ceremony %s: ceremony.json: %w", dir, ErrCeremony)
	}
	return c, nil
}

func (c *Ceremony) save() error {
	b, _ := json.MarshalIndent(c, "", "  ")
	return writeFileAtomic(filepath.Join(c.Dir, "ceremony.json"), func(w io.Writer) error { _, err := w.Write(b); return err })
}

// contributions lists the files of a phase in order.
func (c *Ceremony) contributions(phase int) ([]string, error) {
	m, err := filepath.Glob(filepath.Join(c.Dir, fmt.Sprintf("phase%d-*.bin", phase)))
	if err != nil {
		return nil, err
	}
	sort.Strings(m)
	var out []string
	for _, f := range m {
		if !strings.HasSuffix(f, "-0000.bin") {
			out = append(out, f)
		}
	}
	return out, nil
}

// Contribute adds one contribution to phase 1 or 2 with fresh randomness (crypto/rand)
// and returns the new file's path. Phase 2 can start only after SealPhase1.
func (c *Ceremony) Contribute(phase int) (string, error) {
	prev, err := c.contributions(phase)
	if err != nil {
		return "", err
	}
	next := filepath.Join(c.Dir, fmt.Sprintf("phase%d-%04d.bin", phase, len(prev)+1))
	switch phase {
	case 1:
		if c.Beacon1 != "" {
			return "", fmt.Errorf("ceremony %s: phase 1 is sealed: %w", c.Dir, ErrCeremony)
		}
		p := mpcsetup.NewPhase1(c.Domain)
		if len(prev) > 0 {
			if err := readFrom(prev[len(prev)-1], p); err != nil {
				return "", err
			}
		}
		p.Contribute()
		return next, writeFileAtomic(next, func(w io.Writer) error { _, err := p.WriteTo(w); return err })
	case 2:
		if c.Beacon1 == "" {
			return "", fmt.Errorf("ceremony %s: seal phase 1 first: %w", c.Dir, ErrCeremony)
		}
		src := filepath.Join(c.Dir, "phase2-0000.bin")
		if len(prev) > 0 {
			src = prev[len(prev)-1]
		}
		p := new(mpcsetup.Phase2)
		if err := readFrom(src, p); err != nil {
			return "", err
		}
		p.Contribute()
		return next, writeFileAtomic(next, func(w io.Writer) error { _, err := p.WriteTo(w); return err })
	}
	return "", fmt.Errorf("ceremony phase %d (want 1 or 2): %w", phase, ErrCeremony)
}

// SealPhase1 verifies every phase-1 contribution, seals the phase with beacon and
// initializes phase 2 for the circuit.
func (c *Ceremony) SealPhase1(beacon string) error {
	if beacon == "" {
		return fmt.Errorf("ceremony %s: empty beacon: %w", c.Dir, ErrCeremony)
	}
	files, err := c.contributions(1)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("ceremony %s: no phase-1 contribution: %w", c.Dir, ErrCeremony)
	}
	ps := make([]*mpcsetup.Phase1, len(files))
	for i, f := range files {
		ps[i] = new(mpcsetup.Phase1)
		if err := readFrom(f, ps[i]); err != nil {
			return err
		}
	}
	commons, err := mpcsetup.VerifyPhase1(c.Domain, []byte(beacon), ps...)
	if err != nil {
		return fmt.Errorf("ceremony %s: phase 1: %w: %v", c.Dir, ErrCeremony, err)
	}
	r, err := c.r1cs()
	if err != nil {
		return err
	}
	var p2 mpcsetup.Phase2
	p2.Initialize(r, &commons)
	if err := writeFileAtomic(filepath.Join(c.Dir, "commons.bin"), func(w io.Writer) error { _, err := commons.WriteTo(w); return err }); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(c.Dir, "phase2-0000.bin"), func(w io.Writer) error { _, err := p2.WriteTo(w); return err }); err != nil {
		return err
	}
	c.Beacon1 = beacon
	return c.save()
}

func (c *Ceremony) r1cs() (*cs.R1CS, error) {
	ccs, err := Compile(Groth16, c.Size)
	if err != nil {
		return nil, err
	}
	return ccs.(*cs.R1CS), nil
}

// SetBeacon2 records the phase-2 beacon, to be drawn after the last phase-2 contribution.
func (c *Ceremony) SetBeacon2(beacon string) error {
	if beacon == "" {
		return fmt.Errorf("ceremony %s: empty beacon: %w", c.Dir, ErrCeremony)
	}
	c.Beacon2 = beacon
	return c.save()
}

// keys verifies every phase-2 contribution and seals the keys with Beacon2.
func (c *Ceremony) keys(ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	if c.Beacon1 == "" || c.Beacon2 == "" {
		return nil, nil, fmt.Errorf("ceremony %s: both beacons must be set (seal phase 1, then set the phase-2 beacon): %w", c.Dir, ErrCeremony)
	}
	r, ok := ccs.(*cs.R1CS)
	if !ok || ecc.NextPowerOfTwo(uint64(r.GetNbConstraints())) != c.Domain {
		return nil, nil, fmt.Errorf("ceremony %s was run for size %d, not this circuit: %w", c.Dir, c.Size, ErrCeremony)
	}
	var commons mpcsetup.SrsCommons
	if err := readFrom(filepath.Join(c.Dir, "commons.bin"), &commons); err != nil {
		return nil, nil, err
	}
	files, err := c.contributions(2)
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("ceremony %s: no phase-2 contribution: %w", c.Dir, ErrCeremony)
	}
	ps := make([]*mpcsetup.Phase2, len(files))
	for i, f := range files {
		ps[i] = new(mpcsetup.Phase2)
		if err := readFrom(f, ps[i]); err != nil {
			return nil, nil, err
		}
	}
	pk, vk, err := mpcsetup.VerifyPhase2(r, &commons, []byte(c.Beacon2), ps...)
	if err != nil {
		return nil, nil, fmt.Errorf("ceremony %s: phase 2: %w: %v", c.Dir, ErrCeremony, err)
	}
	return pk, vk, nil
}

func (c *Ceremony) summary() string {
	p1, _ := c.contributions(1)
	p2, _ := c.contributions(2)
	return fmt.Sprintf("%d phase-1 and %d phase-2 contributions, beacons %q, %q", len(p1), len(p2), c.Beacon1, c.Beacon2)
}

func readFrom(path string, v io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := v.ReadFrom(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("%s: %w: %v", path, ErrCeremony, err)
	}
	return nil
}

// writeFileAtomic writes path through a temporary file renamed into place, so that a
// crash leaves either the old file or the complete new one.
func writeFileAtomic(path string, fill func(w io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err := fill(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func writeFileBytes(path string, b []byte) error {
	return writeFileAtomic(path, func(w io.Writer) error { _, err := w.Write(b); return err })
}
