package circuits

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"
)

// TestScoreCheckCircuit runs gnark's test harness on ScoreCircuit (m=4, k=20, depth=3):
// the test engine, and without -short also the R1CS and SCS solvers of both backends,
// on the valid witness and on invalid ones (a sketch value not in the tree, a total
// raised by one unit, a negative score counted as positive).
func TestScoreCheckCircuit(t *testing.T) {
	assert := test.NewAssert(t)
	c := newScoreCase(t)
	s := c.statement(c.query, 0, 1, 2)
	valid := mustAssignScore(t, s)

	bad := c.statement(c.query, 0, 1, 2)
	bad.Candidates[0].Sketch[3] = bumpQuant(bad.Candidates[0].Sketch[3])
	notInTree := fillScore(scoreM, scoreK, scoreDepth, SpanShape{}, bad)

	raised := mustAssignScore(t, s)
	addrs, totals := s.Totals()
	totals[0]++
	raised.Commitment = ScoresCommitment(addrs, totals)

	negPos := mustAssignScore(t, s)
	r := rowOf(t, negPos, 2)
	negPos.Pos[r], negPos.Neg[r] = negPos.Neg[r], 0

	assert.CheckCircuit(NewScoreCircuit(scoreM, scoreK, scoreDepth, SpanShape{}),
		test.WithValidAssignment(valid),
		test.WithInvalidAssignment(notInTree),
		test.WithInvalidAssignment(raised),
		test.WithInvalidAssignment(negPos),
		test.WithCurves(ecc.BN254),
		test.WithBackends(backend.GROTH16, backend.PLONK),
		test.NoFuzzing(), test.NoSerializationChecks(), test.NoProverChecks(), test.NoSolidityChecks())
}
