package contracts

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"poa/contracts/bindings"
)

// RevertError is an on-chain revert decoded against the ABIs of poa's contracts (the
// settlement, OPEN and the verifiers), e.g. Name "WrongEpoch" with Args [3 5].
type RevertError struct {
	Name string // custom error name, "Error" for require strings, "" if unknown
	Args []any
	Data []byte // raw revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("reverted with data %s", hexutil.Encode(e.Data))
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		if b, ok := a.([32]byte); ok { // bytes32 (adapter and record ids) as 0x-hex
			parts[i] = hexutil.Encode(b[:])
			continue
		}
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

// Unwrap makes errors.Is(err, ErrReverted) hold.
func (e *RevertError) Unwrap() error { return ErrReverted }

var (
	abiErrsOnce sync.Once
	abiErrs     []abi.Error
)

func knownErrors() []abi.Error {
	abiErrsOnce.Do(func() {
		for _, md := range []*struct{ ABI string }{
			{bindings.SettlementMetaData.ABI}, {bindings.OPENMetaData.ABI}, {bindings.CompletenessMetaData.ABI},
			// The protocol's other contracts, so that their reverts are named wherever they
			// surface: governance, vesting vaults, the L2 token.
			{bindings.GOPENMetaData.ABI}, {bindings.PoaGovernorMetaData.ABI}, {bindings.PoaTimelockMetaData.ABI},
			{bindings.VestingVaultMetaData.ABI}, {bindings.L2OPENMetaData.ABI}, {bindings.TestMessengerMetaData.ABI},
		} {
			a, err := abi.JSON(strings.NewReader(md.ABI))
			if err != nil {
				panic(err)
			}
			for _, e := range a.Errors {
				abiErrs = append(abiErrs, e)
			}
		}
	})
	return abiErrs
}

// DecodeRevert returns a *RevertError for data returned by a reverted call.
func DecodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", []any{reason}
		return re
	}
	for _, e := range knownErrors() {
		if bytes.Equal(e.ID[:4], data[:4]) {
			args, err := e.Inputs.Unpack(data[4:])
			if err == nil {
				re.Name, re.Args = e.Name, args
				return re
			}
		}
	}
	return re
}

// AsRevert converts an error of eth_call or eth_estimateGas that carries revert data into
// the decoded *RevertError; other errors are returned unchanged.
func AsRevert(err error) error { return asRevert(err) }

// asRevert converts an RPC error carrying revert data (eth_call / eth_estimateGas) into a
// *RevertError; other errors are returned unchanged.
func asRevert(err error) error {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
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
	return DecodeRevert(data)
}
