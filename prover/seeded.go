package prover

import (
	"crypto/rand"
	"crypto/sha256"
	mrand "math/rand/v2"
	"sync"

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
