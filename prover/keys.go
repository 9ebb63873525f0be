package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	kzgi "github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/test/unsafekzg"
)

// GnarkVersion is the gnark release whose serialization the key and proof files hold.
// Serialized formats are not promised stable across gnark versions.
const GnarkVersion = "v0.16.1"

// KeyMeta describes a key pair; it is the header of both key files.
type KeyMeta struct {
	Circuit     string  `json:"circuit"`
	Backend     Backend `json:"backend"`
	Size        int     `json:"size"`
	Curve       string  `json:"curve"`
	Gnark       string  `json:"gnark"`
	Constraints int     `json:"constraints"`
	// KeyID is the hex sha256 of the verifying key's serialization; proofs record it.
	KeyID string `json:"key_id"`
	// Setup says how the keys were made, e.g. "single-party (development only)".
	Setup string `json:"setup"`
	// SetupMillis is how long the setup took (compile excluded).
	SetupMillis int64     `json:"setup_ms"`
	Created     time.Time `json:"created"`
}

// Keys is a compiled circuit with its proving key (nil when only the verifying key was
// loaded) and verifying key, for one backend.
type Keys struct {
	Meta KeyMeta
	ccs  constraint.ConstraintSystem
	g16  struct {
		pk groth16.ProvingKey
		vk groth16.VerifyingKey
	}
	plk struct {
		pk plonk.ProvingKey
		vk plonk.VerifyingKey
	}
}

// CanProve reports whether k holds a proving key.
func (k *Keys) CanProve() bool { return k.g16.pk != nil || k.plk.pk != nil }

// SetupOption configures Setup.
type SetupOption func(*setupConfig) error

type setupConfig struct {
	beacon    []byte
	srs, lag  *kzg.SRS
	srsLabel  string
	unsafeSRS bool
	ceremony  *Ceremony
	progress  func(stage string)
}

// DevBeacon is the public beacon of poa's deterministic development keys (the keys
// behind the committed Solidity verifiers of contracts/solidity/verifiers). Anyone can
// rebuild these keys, toxic waste included: they prove nothing to a third party.
const DevBeacon = "poa development key: public toxic waste, never use with value"

// WithDevBeacon makes the setup deterministic from a public string, for development keys
// that must be reproducible (committed Solidity verifiers, shared test fixtures). Its
// toxic waste is derivable by anyone: never use such keys with real value.
// Groth16: gnark's MPC setup with no contribution, sealed by the beacon. PLONK: the
// unsafe KZG SRS with the beacon as toxic seed.
func WithDevBeacon(beacon string) SetupOption {
	return func(c *setupConfig) error { c.beacon = []byte(beacon); return nil }
}

// WithSRS gives a PLONK setup the KZG SRS (canonical form; the Lagrange form is computed)
// read from a trusted ceremony's output; label names it in the key metadata.
func WithSRS(srs *kzg.SRS, label string) SetupOption {
	return func(c *setupConfig) error { c.srs, c.srsLabel = srs, label; return nil }
}

// WithUnsafeSRS lets a PLONK setup generate a random KZG SRS in process (gnark's
// test/unsafekzg). Its toxic waste exists in memory: development and tests only.
func WithUnsafeSRS() SetupOption {
	return func(c *setupConfig) error { c.unsafeSRS = true; return nil }
}

// WithCeremony makes a Groth16 setup from the verified contributions of an MPC ceremony
// (see Ceremony).
func WithCeremony(cer *Ceremony) SetupOption {
	return func(c *setupConfig) error { c.ceremony = cer; return nil }
}

// WithProgress receives the setup's stage names as they start.
func WithProgress(fn func(stage string)) SetupOption {
	return func(c *setupConfig) error { c.progress = fn; return nil }
}

// Setup compiles the split circuit of size n for b and generates its keys.
//
// Groth16 without options runs gnark's single-party setup: whoever runs it knows the
// toxic waste and can forge proofs, so it is for development only; production keys
// come from an MPC ceremony (WithCeremony). PLONK needs WithSRS, WithUnsafeSRS or
// WithDevBeacon and returns ErrNoSRS otherwise. ctx is checked between stages (gnark's
// setup itself cannot be interrupted).
func Setup(ctx context.Context, b Backend, n int, opts ...SetupOption) (*Keys, error) {
	var cfg setupConfig
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	stage := func(s string) error {
		if cfg.progress != nil {
			cfg.progress(s)
		}
		return ctx.Err()
	}
	if b == Plonk && cfg.srs == nil && !cfg.unsafeSRS && cfg.beacon == nil {
		return nil, fmt.Errorf("plonk setup size %d: %w (give an SRS file, or the unsafe test SRS explicitly)", n, ErrNoSRS)
	}
	if err := stage("compile"); err != nil {
		return nil, err
	}
	ccs, err := Compile(b, n)
	if err != nil {
		return nil, err
	}
	k := &Keys{ccs: ccs, Meta: KeyMeta{Circuit: CircuitSplit, Backend: b, Size: n, Curve: "bn254",
		Gnark: GnarkVersion, Constraints: ccs.GetNbConstraints(), Created: time.Now().UTC()}}
	if err := stage("setup"); err != nil {
		return nil, err
	}
	t0 := time.Now()
	switch b {
	case Groth16:
		switch {
		case cfg.ceremony != nil:
			k.g16.pk, k.g16.vk, err = cfg.ceremony.keys(ccs)
			k.Meta.Setup = "mpc ceremony: " + cfg.ceremony.summary()
		case cfg.beacon != nil:
			k.g16.pk, k.g16.vk, err = devGroth16(ccs, cfg.beacon)
			k.Meta.Setup = fmt.Sprintf("deterministic development key, beacon %q (insecure)", cfg.beacon)
		default:
			k.g16.pk, k.g16.vk, err = groth16.Setup(ccs)
			k.Meta.Setup = "single-party (development only)"
		}
	case Plonk:
		var srs, lag kzgi.SRS
		switch {
		case cfg.srs != nil:
			var l kzg.SRS
			l, err = lagrangeSRS(ccs, cfg.srs)
			srs, lag = cfg.srs, &l
			k.Meta.Setup = "kzg srs " + cfg.srsLabel
		case cfg.beacon != nil:
			srs, lag, err = unsafekzg.NewSRS(ccs, unsafekzg.WithToxicSeed(cfg.beacon))
			k.Meta.Setup = fmt.Sprintf("deterministic development key, unsafe srs seeded %q (insecure)", cfg.beacon)
		default:
			srs, lag, err = unsafekzg.NewSRS(ccs)
			k.Meta.Setup = "unsafe test srs (development only)"
		}
		if err == nil {
			k.plk.pk, k.plk.vk, err = plonk.Setup(ccs, srs, lag)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s setup size %d: %w", b, n, err)
	}
	k.Meta.SetupMillis = time.Since(t0).Milliseconds()
	if k.Meta.KeyID, err = k.vkID(); err != nil {
		return nil, err
	}
	return k, stage("done")
}

// devGroth16 is gnark's MPC setup with zero contributions, sealed by a public beacon:
// deterministic, hence insecure.
func devGroth16(ccs constraint.ConstraintSystem, beacon []byte) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, nil, fmt.Errorf("groth16 dev setup: constraint system is %T, want BN254 R1CS", ccs)
	}
	domain := ecc.NextPowerOfTwo(uint64(r.GetNbConstraints()))
	commons, err := mpcsetup.VerifyPhase1(domain, append([]byte("poa phase1 "), beacon...))
	if err != nil {
		return nil, nil, err
	}
	return mpcsetup.VerifyPhase2(r, &commons, append([]byte("poa phase2 "), beacon...))
}

// lagrangeSRS returns the Lagrange form of the first sizeLagrange points of srs.
func lagrangeSRS(ccs constraint.ConstraintSystem, srs *kzg.SRS) (kzg.SRS, error) {
	sizeCanonical, sizeLagrange := plonk.SRSSize(ccs)
	if len(srs.Pk.G1) < sizeCanonical {
		return kzg.SRS{}, fmt.Errorf("srs holds %d G1 points, the circuit needs %d: %w", len(srs.Pk.G1), sizeCanonical, ErrNoSRS)
	}
	lg, err := kzg.ToLagrangeG1(srs.Pk.G1[:sizeLagrange])
	if err != nil {
		return kzg.SRS{}, err
	}
	return kzg.SRS{Pk: kzg.ProvingKey{G1: lg}, Vk: srs.Vk}, nil
}

func (k *Keys) writeVK(w *bytes.Buffer) error {
	var err error
	if k.Meta.Backend == Plonk {
		_, err = k.plk.vk.WriteTo(w)
	} else {
		_, err = k.g16.vk.WriteTo(w)
	}
	return err
}

func (k *Keys) vkID() (string, error) {
	var buf bytes.Buffer
	if err := k.writeVK(&buf); err != nil {
		return "", fmt.Errorf("serialize verifying key: %w", err)
	}
	h := sha256.Sum256(buf.Bytes())
	return hex.EncodeToString(h[:]), nil
}
