package prover

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
)

// seedMu serializes seededGroth16: it swaps the process-wide crypto/rand.Reader.
var seedMu sync.Mutex

// seededGroth16 runs gnark's single-party Groth16 setup with its randomness (the toxic
// waste τ, α, β, γ, δ and the Pedersen commitment keys) drawn from ChaCha8 seeded by
// sha256(beacon): the same circuit and beacon always give the same keys, and anyone can
// recompute the toxic waste, so the keys are for development only (like WithDevBeacon).
//
// gnark's setup takes no randomness source: it reads crypto/rand (fr.Element.SetRandom),
// so for the duration of the setup crypto/rand.Reader is replaced by the seeded stream and
// restored after. Any other goroutine of the process that reads crypto/rand meanwhile gets
// predictable bytes: call it only from processes that do nothing else (the CLI's proving
// commands and key generation), never from a serving node. It is used instead of the MPC
// path of devGroth16 for the score circuit because that path took 233 s at 56k constraints
// on 2 cores, while this one is the plain setup's cost (about 250 s at 1.26M).
func seededGroth16(ccs constraint.ConstraintSystem, beacon string) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	seedMu.Lock()
	defer seedMu.Unlock()
	seed := sha256.Sum256([]byte("poa seeded groth16 " + beacon))
	saved := rand.Reader
	rand.Reader = mrand.NewChaCha8(seed)
	defer func() { rand.Reader = saved }()
	return groth16.Setup(ccs)
}

// devSetup is a Groth16 key pair for development, with what describes it.
type devSetup struct {
	pk      groth16.ProvingKey
	vk      groth16.VerifyingKey
	setup   string // how the toxic waste was drawn
	keyID   string // hex sha256 of the serialized verifying key
	setupMs int64
}

// setupDev sets up ccs: with a beacon, deterministically (seededGroth16: anyone can
// rebuild the key, toxic waste included); without, gnark's single-party setup. what
// names the circuit and shape in errors.
func setupDev(ccs constraint.ConstraintSystem, beacon, what string) (devSetup, error) {
	var d devSetup
	t0 := time.Now()
	var err error
	if beacon != "" {
		d.pk, d.vk, err = seededGroth16(ccs, beacon)
		d.setup = fmt.Sprintf("deterministic development key, toxic waste drawn from ChaCha8(sha256(%q)) (insecure)", beacon)
	} else {
		d.pk, d.vk, err = groth16.Setup(ccs)
		d.setup = "single-party (development only)"
	}
	if err != nil {
		return d, fmt.Errorf("groth16 setup of %s: %w", what, err)
	}
	d.setupMs = time.Since(t0).Milliseconds()
	var buf bytes.Buffer
	if _, err := d.vk.WriteTo(&buf); err != nil {
		return d, err
	}
	h := sha256.Sum256(buf.Bytes())
	d.keyID = hex.EncodeToString(h[:])
	return d, nil
}
