// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// VestingVaultCliffMetaData contains all meta data concerning the VestingVaultCliff contract.
var VestingVaultCliffMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"durationSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliffSeconds\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"cliffSeconds\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"durationSeconds\",\"type\":\"uint64\"}],\"name\":\"InvalidCliffDuration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC20Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EtherReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"cliff\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"duration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"end\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "VestingVaultCliff",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610c76380380610c7683398101604081905261002e916101b2565b80848484826001600160a01b03811661006157604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006a8161010f565b506001600160401b039182166080521660a08190529050816001600160401b031611156100d857806100ac6100a760a0516001600160401b031690565b61015e565b6040516303be3ef560e41b81526001600160401b03928316600482015291166024820152604401610058565b806100ee6100a76080516001600160401b031690565b6100f89190610210565b6001600160401b031660c052506102419350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6001600160401b0382111561019357604080516306dfcc6560e41b8152600481019190915260248101839052604401610058565b5090565b80516001600160401b03811681146101ad575f5ffd5b919050565b5f5f5f5f608085870312156101c5575f5ffd5b84516001600160a01b03811681146101db575f5ffd5b93506101e960208601610197565b92506101f760408601610197565b915061020560608601610197565b905092959194509250565b6001600160401b03818116838216019081111561023b57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c0516109f66102805f395f818161016e01526105ba01525f81816101320152818161051b01526107b001525f6104f501526109f65ff3fe6080604052600436106100e7575f3560e01c80638da5cb5b11610087578063be9a655511610057578063be9a655514610291578063efbe1c1c146102a5578063f2fde38b146102b9578063fbccedae146102d8575f5ffd5b80638da5cb5b14610204578063961325211461022a5780639852595c1461023e578063a3f8eace14610272575f5ffd5b806319165587116100c2578063191655871461019c578063715018a6146101bd578063810ec23b146101d157806386d1a69f146101f0575f5ffd5b80630a17b06b146100f25780630fb5a6b41461012457806313d033c014610160575f5ffd5b366100ee57005b5f5ffd5b3480156100fd575f5ffd5b5061011161010c3660046108c0565b6102ec565b6040519081526020015b60405180910390f35b34801561012f575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16610111565b34801561016b575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16610111565b3480156101a7575f5ffd5b506101bb6101b63660046108ef565b61030f565b005b3480156101c8575f5ffd5b506101bb6103a7565b3480156101dc575f5ffd5b506101116101eb366004610908565b6103ba565b3480156101fb575f5ffd5b506101bb61044d565b34801561020f575f5ffd5b505f546040516001600160a01b03909116815260200161011b565b348015610235575f5ffd5b50600154610111565b348015610249575f5ffd5b506101116102583660046108ef565b6001600160a01b03165f9081526002602052604090205490565b34801561027d575f5ffd5b5061011161028c3660046108ef565b6104be565b34801561029c575f5ffd5b506101116104ea565b3480156102b0575f5ffd5b50610111610518565b3480156102c4575f5ffd5b506101bb6102d33660046108ef565b61055b565b3480156102e3575f5ffd5b5061011161059a565b5f6103096102f960015490565b610303904761094d565b836105b7565b92915050565b5f610319826104be565b6001600160a01b0383165f9081526002602052604081208054929350839290919061034590849061094d565b90915550506040518181526001600160a01b038316907fc0e523490dd523c33b1878c9eb14ff46991e3f5b2cd33710918618f2a39cba1b9060200160405180910390a26103a38261039d5f546001600160a01b031690565b8361060a565b5050565b6103af610661565b6103b85f61068d565b565b6001600160a01b0382165f90815260026020526040812054610446906040516370a0823160e01b81523060048201526001600160a01b038616906370a0823190602401602060405180830381865afa158015610418573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061043c9190610960565b610303919061094d565b9392505050565b5f61045661059a565b90508060015f828254610469919061094d565b90915550506040518181527fda9d4e5f101b8b9b1c5b76d0c5a9f7923571acfc02376aa076b75a8c080c956b9060200160405180910390a16104bb6104b55f546001600160a01b031690565b826106dc565b50565b6001600160a01b0381165f908152600260205260408120546104e083426103ba565b6103099190610977565b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1661054c6104ea565b610556919061094d565b905090565b610563610661565b6001600160a01b03811661059157604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6104bb8161068d565b5f6105a460015490565b6105ad426102ec565b6105569190610977565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168267ffffffffffffffff1610610602576105fd838361076e565b610446565b505f92915050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b17905261065c908490610810565b505050565b5f546001600160a01b031633146103b85760405163118cdaa760e01b8152336004820152602401610588565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b804710156107065760405163cf47918160e01b815247600482015260248101829052604401610588565b5f5f836001600160a01b0316836040515f6040518083038185875af1925050503d805f8114610750576040519150601f19603f3d011682016040523d82523d5f602084013e610755565b606091505b509150915081610768576107688161087c565b50505050565b5f6107776104ea565b8267ffffffffffffffff16101561078f57505f610309565b610797610518565b8267ffffffffffffffff16106107ae575081610309565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff166107e16104ea565b6107f59067ffffffffffffffff8516610977565b6107ff908561098a565b61080991906109a1565b9050610309565b5f5f60205f8451602086015f885af18061082f576040513d5f823e3d81fd5b50505f513d91508115610846578060011415610853565b6001600160a01b0384163b155b1561076857604051635274afe760e01b81526001600160a01b0385166004820152602401610588565b80511561088b57805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b803567ffffffffffffffff811681146108bb575f5ffd5b919050565b5f602082840312156108d0575f5ffd5b610446826108a4565b80356001600160a01b03811681146108bb575f5ffd5b5f602082840312156108ff575f5ffd5b610446826108d9565b5f5f60408385031215610919575f5ffd5b610922836108d9565b9150610930602084016108a4565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561030957610309610939565b5f60208284031215610970575f5ffd5b5051919050565b8181038181111561030957610309610939565b808202811582820484141761030957610309610939565b5f826109bb57634e487b7160e01b5f52601260045260245ffd5b50049056fea2646970667358221220e49379f3db7c4798daa07b1b827ed3fbc34f6720323c0c7f83910ef378e9be2a64736f6c63430008250033",
}

// VestingVaultCliff is an auto generated Go binding around an Ethereum contract.
type VestingVaultCliff struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VestingVaultCliff) GetABI() abi.ABI {
	return c.abi
}

// NewVestingVaultCliff creates a new instance of VestingVaultCliff.
func NewVestingVaultCliff() *VestingVaultCliff {
	parsed, err := VestingVaultCliffMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VestingVaultCliff{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VestingVaultCliff) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds, uint64 cliffSeconds) returns()
func (vestingVaultCliff *VestingVaultCliff) PackConstructor(beneficiary common.Address, startTimestamp uint64, durationSeconds uint64, cliffSeconds uint64) []byte {
	enc, err := vestingVaultCliff.abi.Pack("", beneficiary, startTimestamp, durationSeconds, cliffSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCliff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d033c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cliff() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackCliff() []byte {
	enc, err := vestingVaultCliff.abi.Pack("cliff")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCliff is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d033c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cliff() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackCliff() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("cliff")
}

// UnpackCliff is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13d033c0.
//
// Solidity: function cliff() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackCliff(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("cliff", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fb5a6b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function duration() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackDuration() []byte {
	enc, err := vestingVaultCliff.abi.Pack("duration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fb5a6b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function duration() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackDuration() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("duration")
}

// UnpackDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fb5a6b4.
//
// Solidity: function duration() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackDuration(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("duration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe1c1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function end() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackEnd() []byte {
	enc, err := vestingVaultCliff.abi.Pack("end")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefbe1c1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function end() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackEnd() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("end")
}

// UnpackEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefbe1c1c.
//
// Solidity: function end() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackEnd(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("end", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (vestingVaultCliff *VestingVaultCliff) PackOwner() []byte {
	enc, err := vestingVaultCliff.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (vestingVaultCliff *VestingVaultCliff) TryPackOwner() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (vestingVaultCliff *VestingVaultCliff) UnpackOwner(data []byte) (common.Address, error) {
	out, err := vestingVaultCliff.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackReleasable(token common.Address) []byte {
	enc, err := vestingVaultCliff.abi.Pack("releasable", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f8eace.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackReleasable(token common.Address) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("releasable", token)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f8eace.
//
// Solidity: function releasable(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("releasable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releasable() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackReleasable0() []byte {
	enc, err := vestingVaultCliff.abi.Pack("releasable0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleasable0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbccedae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releasable() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackReleasable0() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("releasable0")
}

// UnpackReleasable0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbccedae.
//
// Solidity: function releasable() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackReleasable0(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("releasable0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address token) returns()
func (vestingVaultCliff *VestingVaultCliff) PackRelease(token common.Address) []byte {
	enc, err := vestingVaultCliff.abi.Pack("release", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19165587.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address token) returns()
func (vestingVaultCliff *VestingVaultCliff) TryPackRelease(token common.Address) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("release", token)
}

// PackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns()
func (vestingVaultCliff *VestingVaultCliff) PackRelease0() []byte {
	enc, err := vestingVaultCliff.abi.Pack("release0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release() returns()
func (vestingVaultCliff *VestingVaultCliff) TryPackRelease0() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("release0")
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackReleased() []byte {
	enc, err := vestingVaultCliff.abi.Pack("released")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackReleased() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("released")
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96132521.
//
// Solidity: function released() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("released", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackReleased0(token common.Address) []byte {
	enc, err := vestingVaultCliff.abi.Pack("released0", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleased0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9852595c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function released(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackReleased0(token common.Address) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("released0", token)
}

// UnpackReleased0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9852595c.
//
// Solidity: function released(address token) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackReleased0(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("released0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (vestingVaultCliff *VestingVaultCliff) PackRenounceOwnership() []byte {
	enc, err := vestingVaultCliff.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (vestingVaultCliff *VestingVaultCliff) TryPackRenounceOwnership() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("renounceOwnership")
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackStart() []byte {
	enc, err := vestingVaultCliff.abi.Pack("start")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackStart() ([]byte, error) {
	return vestingVaultCliff.abi.Pack("start")
}

// UnpackStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe9a6555.
//
// Solidity: function start() view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackStart(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("start", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (vestingVaultCliff *VestingVaultCliff) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := vestingVaultCliff.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (vestingVaultCliff *VestingVaultCliff) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("transferOwnership", newOwner)
}

// PackVestedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a17b06b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackVestedAmount(timestamp uint64) []byte {
	enc, err := vestingVaultCliff.abi.Pack("vestedAmount", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a17b06b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackVestedAmount(timestamp uint64) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("vestedAmount", timestamp)
}

// UnpackVestedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a17b06b.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackVestedAmount(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("vestedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVestedAmount0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x810ec23b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) PackVestedAmount0(token common.Address, timestamp uint64) []byte {
	enc, err := vestingVaultCliff.abi.Pack("vestedAmount0", token, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVestedAmount0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x810ec23b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) TryPackVestedAmount0(token common.Address, timestamp uint64) ([]byte, error) {
	return vestingVaultCliff.abi.Pack("vestedAmount0", token, timestamp)
}

// UnpackVestedAmount0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x810ec23b.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (vestingVaultCliff *VestingVaultCliff) UnpackVestedAmount0(data []byte) (*big.Int, error) {
	out, err := vestingVaultCliff.abi.Unpack("vestedAmount0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// VestingVaultCliffERC20Released represents a ERC20Released event raised by the VestingVaultCliff contract.
type VestingVaultCliffERC20Released struct {
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VestingVaultCliffERC20ReleasedEventName = "ERC20Released"

// ContractEventName returns the user-defined event name.
func (VestingVaultCliffERC20Released) ContractEventName() string {
	return VestingVaultCliffERC20ReleasedEventName
}

// UnpackERC20ReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ERC20Released(address indexed token, uint256 amount)
func (vestingVaultCliff *VestingVaultCliff) UnpackERC20ReleasedEvent(log *types.Log) (*VestingVaultCliffERC20Released, error) {
	event := "ERC20Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVaultCliff.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultCliffERC20Released)
	if len(log.Data) > 0 {
		if err := vestingVaultCliff.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVaultCliff.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VestingVaultCliffEtherReleased represents a EtherReleased event raised by the VestingVaultCliff contract.
type VestingVaultCliffEtherReleased struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VestingVaultCliffEtherReleasedEventName = "EtherReleased"

// ContractEventName returns the user-defined event name.
func (VestingVaultCliffEtherReleased) ContractEventName() string {
	return VestingVaultCliffEtherReleasedEventName
}

// UnpackEtherReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EtherReleased(uint256 amount)
func (vestingVaultCliff *VestingVaultCliff) UnpackEtherReleasedEvent(log *types.Log) (*VestingVaultCliffEtherReleased, error) {
	event := "EtherReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVaultCliff.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultCliffEtherReleased)
	if len(log.Data) > 0 {
		if err := vestingVaultCliff.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVaultCliff.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// VestingVaultCliffOwnershipTransferred represents a OwnershipTransferred event raised by the VestingVaultCliff contract.
type VestingVaultCliffOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VestingVaultCliffOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (VestingVaultCliffOwnershipTransferred) ContractEventName() string {
	return VestingVaultCliffOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (vestingVaultCliff *VestingVaultCliff) UnpackOwnershipTransferredEvent(log *types.Log) (*VestingVaultCliffOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVaultCliff.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultCliffOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := vestingVaultCliff.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVaultCliff.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (vestingVaultCliff *VestingVaultCliff) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["InvalidCliffDuration"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackInvalidCliffDurationError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVaultCliff.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return vestingVaultCliff.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VestingVaultCliffFailedCall represents a FailedCall error raised by the VestingVaultCliff contract.
type VestingVaultCliffFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func VestingVaultCliffFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (vestingVaultCliff *VestingVaultCliff) UnpackFailedCallError(raw []byte) (*VestingVaultCliffFailedCall, error) {
	out := new(VestingVaultCliffFailedCall)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffInsufficientBalance represents a InsufficientBalance error raised by the VestingVaultCliff contract.
type VestingVaultCliffInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func VestingVaultCliffInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (vestingVaultCliff *VestingVaultCliff) UnpackInsufficientBalanceError(raw []byte) (*VestingVaultCliffInsufficientBalance, error) {
	out := new(VestingVaultCliffInsufficientBalance)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffInvalidCliffDuration represents a InvalidCliffDuration error raised by the VestingVaultCliff contract.
type VestingVaultCliffInvalidCliffDuration struct {
	CliffSeconds    uint64
	DurationSeconds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCliffDuration(uint64 cliffSeconds, uint64 durationSeconds)
func VestingVaultCliffInvalidCliffDurationErrorID() common.Hash {
	return common.HexToHash("0x3be3ef50e48712272cd9fa00a78aa363d9051d5e5c8fd89f545748e216737001")
}

// UnpackInvalidCliffDurationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCliffDuration(uint64 cliffSeconds, uint64 durationSeconds)
func (vestingVaultCliff *VestingVaultCliff) UnpackInvalidCliffDurationError(raw []byte) (*VestingVaultCliffInvalidCliffDuration, error) {
	out := new(VestingVaultCliffInvalidCliffDuration)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "InvalidCliffDuration", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the VestingVaultCliff contract.
type VestingVaultCliffOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func VestingVaultCliffOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (vestingVaultCliff *VestingVaultCliff) UnpackOwnableInvalidOwnerError(raw []byte) (*VestingVaultCliffOwnableInvalidOwner, error) {
	out := new(VestingVaultCliffOwnableInvalidOwner)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the VestingVaultCliff contract.
type VestingVaultCliffOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func VestingVaultCliffOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (vestingVaultCliff *VestingVaultCliff) UnpackOwnableUnauthorizedAccountError(raw []byte) (*VestingVaultCliffOwnableUnauthorizedAccount, error) {
	out := new(VestingVaultCliffOwnableUnauthorizedAccount)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the VestingVaultCliff contract.
type VestingVaultCliffSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func VestingVaultCliffSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (vestingVaultCliff *VestingVaultCliff) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*VestingVaultCliffSafeCastOverflowedUintDowncast, error) {
	out := new(VestingVaultCliffSafeCastOverflowedUintDowncast)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultCliffSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the VestingVaultCliff contract.
type VestingVaultCliffSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func VestingVaultCliffSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (vestingVaultCliff *VestingVaultCliff) UnpackSafeERC20FailedOperationError(raw []byte) (*VestingVaultCliffSafeERC20FailedOperation, error) {
	out := new(VestingVaultCliffSafeERC20FailedOperation)
	if err := vestingVaultCliff.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
