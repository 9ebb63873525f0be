package governance

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts"
	"poa/contracts/bindings"
)

var (
	govErrsOnce sync.Once
	govErrs     []abi.Error
)

// governanceErrors are the custom errors of GOPEN, the Governor and the timelock, which
// contracts.DecodeRevert (the Settlement's and OPEN's) does not know.
func governanceErrors() []abi.Error {
	govErrsOnce.Do(func() {
		for _, md := range []string{bindings.PoaGovernorMetaData.ABI, bindings.PoaTimelockMetaData.ABI, bindings.GOPENMetaData.ABI} {
			a, err := abi.JSON(strings.NewReader(md))
			if err != nil {
				panic(err)
			}
			for _, e := range a.Errors {
				govErrs = append(govErrs, e)
			}
		}
	})
	return govErrs
}

// Decode names a revert that contracts.DecodeRevert left unnamed (a *contracts.RevertError
// with an empty Name) with the custom errors of GOPEN, the Governor and the timelock, and
// explains the lifecycle's usual ones (a proposal's state, a timelock operation not
// ready, a proposer below the threshold); other errors are returned unchanged. The result
// still wraps contracts.ErrReverted and, through errors.As, a *contracts.RevertError.
// Every function of this package returns errors already decoded.
func Decode(err error) error {
	var re *contracts.RevertError
	if err == nil || !errors.As(err, &re) {
		return err
	}
	if re.Name == "" && len(re.Data) >= 4 {
		for _, e := range governanceErrors() {
			if !bytes.Equal(e.ID[:4], re.Data[:4]) {
				continue
			}
			args, uerr := e.Inputs.Unpack(re.Data[4:])
			if uerr != nil {
				continue
			}
			named := &contracts.RevertError{Name: e.Name, Args: args, Data: re.Data}
			msg := strings.TrimSuffix(err.Error(), re.Error())
			return fmt.Errorf("%s%w%s", msg, named, hint(named))
		}
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

// callRevert turns an eth_call error carrying revert data into a decoded
// *contracts.RevertError (through Decode); other errors are returned unchanged.
func callRevert(err error) error {
	var de interface{ ErrorData() interface{} }
	if err == nil || !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return err
	}
	return Decode(fmt.Errorf("%w", contracts.DecodeRevert(data)))
}

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
