package governance

import (
	"errors"
	"fmt"
	"math/big"

	"poa/contracts"
)

// Decode explains the reverts a user meets in the proposal lifecycle (a proposal's state,
// a timelock operation not ready, a proposer below the threshold) after the error text;
// contracts.DecodeRevert already names the custom errors of GOPEN, the Governor and the
// timelock. Other errors are returned unchanged; the result still wraps
// contracts.ErrReverted and, through errors.As, the *contracts.RevertError. Every
// function of this package returns errors already decoded.
func Decode(err error) error {
	var re *contracts.RevertError
	if err == nil || !errors.As(err, &re) {
		return err
	}
	if h := hint(re); h != "" {
		return fmt.Errorf("%w%s", err, h)
	}
	return err
}

// hint explains the errors a user meets in the proposal lifecycle.
func hint(re *contracts.RevertError) string {
	switch re.Name {
	case "GovernorUnexpectedProposalState":
		if len(re.Args) == 3 {
			if st, ok := re.Args[1].(uint8); ok {
				return fmt.Sprintf(" (the proposal is %s)", StateName(st))
			}
		}
	case "GovernorInsufficientProposerVotes":
		if len(re.Args) == 3 {
			return fmt.Sprintf(" (voting power %v one second ago, threshold %v: wrap OPEN and delegate first)", re.Args[1], re.Args[2])
		}
	case "TimelockUnexpectedOperationState":
		return " (the timelock's delay has not passed, or the operation is not queued)"
	case "AccessControlUnauthorizedAccount":
		return " (only the Governor proposes to the timelock)"
	case "GovernorOnlyExecutor":
		return " (only a proposal executed by the timelock can do this)"
	}
	return ""
}

// callRevert turns an eth_call error carrying revert data into a decoded, explained
// *contracts.RevertError; other errors are returned unchanged.
func callRevert(err error) error { return Decode(contracts.AsRevert(err)) }

var stateNames = []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}

// StateName is the name of an IGovernor.ProposalState value (Pending, Active, Canceled,
// Defeated, Succeeded, Queued, Expired, Executed).
func StateName(s uint8) string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", s)
}

func bigOrZero(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}
