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

// VestingVaultMetaData contains all meta data concerning the VestingVault contract.
var VestingVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"startTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"durationSeconds\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC20Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EtherReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"duration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"end\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"releasable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"released\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"vestedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "VestingVault",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610ac7380380610ac783398101604081905261002e916100ef565b828282826001600160a01b03811661005f57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006881610085565b506001600160401b039182166080521660a0525061013c92505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160401b03811681146100ea575f5ffd5b919050565b5f5f5f60608486031215610101575f5ffd5b83516001600160a01b0381168114610117575f5ffd5b9250610125602085016100d4565b9150610133604085016100d4565b90509250925092565b60805160a05161095c61016b5f395f8181610127015281816104d401526105b201525f6104ae015261095c5ff3fe6080604052600436106100dc575f3560e01c8063961325211161007c578063be9a655511610057578063be9a65551461024a578063efbe1c1c1461025e578063f2fde38b14610272578063fbccedae14610291575f5ffd5b806396132521146101e35780639852595c146101f7578063a3f8eace1461022b575f5ffd5b8063715018a6116100b7578063715018a614610176578063810ec23b1461018a57806386d1a69f146101a95780638da5cb5b146101bd575f5ffd5b80630a17b06b146100e75780630fb5a6b4146101195780631916558714610155575f5ffd5b366100e357005b5f5ffd5b3480156100f2575f5ffd5b50610106610101366004610826565b6102a5565b6040519081526020015b60405180910390f35b348015610124575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16610106565b348015610160575f5ffd5b5061017461016f366004610855565b6102c8565b005b348015610181575f5ffd5b50610174610360565b348015610195575f5ffd5b506101066101a436600461086e565b610373565b3480156101b4575f5ffd5b50610174610406565b3480156101c8575f5ffd5b505f546040516001600160a01b039091168152602001610110565b3480156101ee575f5ffd5b50600154610106565b348015610202575f5ffd5b50610106610211366004610855565b6001600160a01b03165f9081526002602052604090205490565b348015610236575f5ffd5b50610106610245366004610855565b610477565b348015610255575f5ffd5b506101066104a3565b348015610269575f5ffd5b506101066104d1565b34801561027d575f5ffd5b5061017461028c366004610855565b610514565b34801561029c575f5ffd5b50610106610553565b5f6102c26102b260015490565b6102bc90476108b3565b83610570565b92915050565b5f6102d282610477565b6001600160a01b0383165f908152600260205260408120805492935083929091906102fe9084906108b3565b90915550506040518181526001600160a01b038316907fc0e523490dd523c33b1878c9eb14ff46991e3f5b2cd33710918618f2a39cba1b9060200160405180910390a261035c826103565f546001600160a01b031690565b83610612565b5050565b610368610669565b6103715f610695565b565b6001600160a01b0382165f908152600260205260408120546103ff906040516370a0823160e01b81523060048201526001600160a01b038616906370a0823190602401602060405180830381865afa1580156103d1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f591906108c6565b6102bc91906108b3565b9392505050565b5f61040f610553565b90508060015f82825461042291906108b3565b90915550506040518181527fda9d4e5f101b8b9b1c5b76d0c5a9f7923571acfc02376aa076b75a8c080c956b9060200160405180910390a161047461046e5f546001600160a01b031690565b826106e4565b50565b6001600160a01b0381165f908152600260205260408120546104998342610373565b6102c291906108dd565b67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff166105056104a3565b61050f91906108b3565b905090565b61051c610669565b6001600160a01b03811661054a57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61047481610695565b5f61055d60015490565b610566426102a5565b61050f91906108dd565b5f6105796104a3565b8267ffffffffffffffff16101561059157505f6102c2565b6105996104d1565b8267ffffffffffffffff16106105b05750816102c2565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff166105e36104a3565b6105f79067ffffffffffffffff85166108dd565b61060190856108f0565b61060b9190610907565b90506102c2565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b179052610664908490610776565b505050565b5f546001600160a01b031633146103715760405163118cdaa760e01b8152336004820152602401610541565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b8047101561070e5760405163cf47918160e01b815247600482015260248101829052604401610541565b5f5f836001600160a01b0316836040515f6040518083038185875af1925050503d805f8114610758576040519150601f19603f3d011682016040523d82523d5f602084013e61075d565b606091505b50915091508161077057610770816107e2565b50505050565b5f5f60205f8451602086015f885af180610795576040513d5f823e3d81fd5b50505f513d915081156107ac5780600114156107b9565b6001600160a01b0384163b155b1561077057604051635274afe760e01b81526001600160a01b0385166004820152602401610541565b8051156107f157805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b803567ffffffffffffffff81168114610821575f5ffd5b919050565b5f60208284031215610836575f5ffd5b6103ff8261080a565b80356001600160a01b0381168114610821575f5ffd5b5f60208284031215610865575f5ffd5b6103ff8261083f565b5f5f6040838503121561087f575f5ffd5b6108888361083f565b91506108966020840161080a565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156102c2576102c261089f565b5f602082840312156108d6575f5ffd5b5051919050565b818103818111156102c2576102c261089f565b80820281158282048414176102c2576102c261089f565b5f8261092157634e487b7160e01b5f52601260045260245ffd5b50049056fea26469706673582212204c0eea79bf5a8c135734af649134ee0985486125efc2d5291a45306c63157c8b64736f6c63430008250033",
}

// VestingVault is an auto generated Go binding around an Ethereum contract.
type VestingVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *VestingVault) GetABI() abi.ABI {
	return c.abi
}

// NewVestingVault creates a new instance of VestingVault.
func NewVestingVault() *VestingVault {
	parsed, err := VestingVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &VestingVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *VestingVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds) returns()
func (vestingVault *VestingVault) PackConstructor(beneficiary common.Address, startTimestamp uint64, durationSeconds uint64) []byte {
	enc, err := vestingVault.abi.Pack("", beneficiary, startTimestamp, durationSeconds)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fb5a6b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function duration() view returns(uint256)
func (vestingVault *VestingVault) PackDuration() []byte {
	enc, err := vestingVault.abi.Pack("duration")
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
func (vestingVault *VestingVault) TryPackDuration() ([]byte, error) {
	return vestingVault.abi.Pack("duration")
}

// UnpackDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fb5a6b4.
//
// Solidity: function duration() view returns(uint256)
func (vestingVault *VestingVault) UnpackDuration(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("duration", data)
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
func (vestingVault *VestingVault) PackEnd() []byte {
	enc, err := vestingVault.abi.Pack("end")
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
func (vestingVault *VestingVault) TryPackEnd() ([]byte, error) {
	return vestingVault.abi.Pack("end")
}

// UnpackEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefbe1c1c.
//
// Solidity: function end() view returns(uint256)
func (vestingVault *VestingVault) UnpackEnd(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("end", data)
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
func (vestingVault *VestingVault) PackOwner() []byte {
	enc, err := vestingVault.abi.Pack("owner")
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
func (vestingVault *VestingVault) TryPackOwner() ([]byte, error) {
	return vestingVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (vestingVault *VestingVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := vestingVault.abi.Unpack("owner", data)
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
func (vestingVault *VestingVault) PackReleasable(token common.Address) []byte {
	enc, err := vestingVault.abi.Pack("releasable", token)
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
func (vestingVault *VestingVault) TryPackReleasable(token common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("releasable", token)
}

// UnpackReleasable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f8eace.
//
// Solidity: function releasable(address token) view returns(uint256)
func (vestingVault *VestingVault) UnpackReleasable(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("releasable", data)
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
func (vestingVault *VestingVault) PackReleasable0() []byte {
	enc, err := vestingVault.abi.Pack("releasable0")
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
func (vestingVault *VestingVault) TryPackReleasable0() ([]byte, error) {
	return vestingVault.abi.Pack("releasable0")
}

// UnpackReleasable0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbccedae.
//
// Solidity: function releasable() view returns(uint256)
func (vestingVault *VestingVault) UnpackReleasable0(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("releasable0", data)
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
func (vestingVault *VestingVault) PackRelease(token common.Address) []byte {
	enc, err := vestingVault.abi.Pack("release", token)
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
func (vestingVault *VestingVault) TryPackRelease(token common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("release", token)
}

// PackRelease0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d1a69f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release() returns()
func (vestingVault *VestingVault) PackRelease0() []byte {
	enc, err := vestingVault.abi.Pack("release0")
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
func (vestingVault *VestingVault) TryPackRelease0() ([]byte, error) {
	return vestingVault.abi.Pack("release0")
}

// PackReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96132521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function released() view returns(uint256)
func (vestingVault *VestingVault) PackReleased() []byte {
	enc, err := vestingVault.abi.Pack("released")
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
func (vestingVault *VestingVault) TryPackReleased() ([]byte, error) {
	return vestingVault.abi.Pack("released")
}

// UnpackReleased is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96132521.
//
// Solidity: function released() view returns(uint256)
func (vestingVault *VestingVault) UnpackReleased(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("released", data)
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
func (vestingVault *VestingVault) PackReleased0(token common.Address) []byte {
	enc, err := vestingVault.abi.Pack("released0", token)
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
func (vestingVault *VestingVault) TryPackReleased0(token common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("released0", token)
}

// UnpackReleased0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9852595c.
//
// Solidity: function released(address token) view returns(uint256)
func (vestingVault *VestingVault) UnpackReleased0(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("released0", data)
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
func (vestingVault *VestingVault) PackRenounceOwnership() []byte {
	enc, err := vestingVault.abi.Pack("renounceOwnership")
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
func (vestingVault *VestingVault) TryPackRenounceOwnership() ([]byte, error) {
	return vestingVault.abi.Pack("renounceOwnership")
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() view returns(uint256)
func (vestingVault *VestingVault) PackStart() []byte {
	enc, err := vestingVault.abi.Pack("start")
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
func (vestingVault *VestingVault) TryPackStart() ([]byte, error) {
	return vestingVault.abi.Pack("start")
}

// UnpackStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe9a6555.
//
// Solidity: function start() view returns(uint256)
func (vestingVault *VestingVault) UnpackStart(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("start", data)
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
func (vestingVault *VestingVault) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := vestingVault.abi.Pack("transferOwnership", newOwner)
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
func (vestingVault *VestingVault) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return vestingVault.abi.Pack("transferOwnership", newOwner)
}

// PackVestedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a17b06b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (vestingVault *VestingVault) PackVestedAmount(timestamp uint64) []byte {
	enc, err := vestingVault.abi.Pack("vestedAmount", timestamp)
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
func (vestingVault *VestingVault) TryPackVestedAmount(timestamp uint64) ([]byte, error) {
	return vestingVault.abi.Pack("vestedAmount", timestamp)
}

// UnpackVestedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a17b06b.
//
// Solidity: function vestedAmount(uint64 timestamp) view returns(uint256)
func (vestingVault *VestingVault) UnpackVestedAmount(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("vestedAmount", data)
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
func (vestingVault *VestingVault) PackVestedAmount0(token common.Address, timestamp uint64) []byte {
	enc, err := vestingVault.abi.Pack("vestedAmount0", token, timestamp)
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
func (vestingVault *VestingVault) TryPackVestedAmount0(token common.Address, timestamp uint64) ([]byte, error) {
	return vestingVault.abi.Pack("vestedAmount0", token, timestamp)
}

// UnpackVestedAmount0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x810ec23b.
//
// Solidity: function vestedAmount(address token, uint64 timestamp) view returns(uint256)
func (vestingVault *VestingVault) UnpackVestedAmount0(data []byte) (*big.Int, error) {
	out, err := vestingVault.abi.Unpack("vestedAmount0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// VestingVaultERC20Released represents a ERC20Released event raised by the VestingVault contract.
type VestingVaultERC20Released struct {
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VestingVaultERC20ReleasedEventName = "ERC20Released"

// ContractEventName returns the user-defined event name.
func (VestingVaultERC20Released) ContractEventName() string {
	return VestingVaultERC20ReleasedEventName
}

// UnpackERC20ReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ERC20Released(address indexed token, uint256 amount)
func (vestingVault *VestingVault) UnpackERC20ReleasedEvent(log *types.Log) (*VestingVaultERC20Released, error) {
	event := "ERC20Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultERC20Released)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultEtherReleased represents a EtherReleased event raised by the VestingVault contract.
type VestingVaultEtherReleased struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const VestingVaultEtherReleasedEventName = "EtherReleased"

// ContractEventName returns the user-defined event name.
func (VestingVaultEtherReleased) ContractEventName() string {
	return VestingVaultEtherReleasedEventName
}

// UnpackEtherReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EtherReleased(uint256 amount)
func (vestingVault *VestingVault) UnpackEtherReleasedEvent(log *types.Log) (*VestingVaultEtherReleased, error) {
	event := "EtherReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultEtherReleased)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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

// VestingVaultOwnershipTransferred represents a OwnershipTransferred event raised by the VestingVault contract.
type VestingVaultOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const VestingVaultOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (VestingVaultOwnershipTransferred) ContractEventName() string {
	return VestingVaultOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (vestingVault *VestingVault) UnpackOwnershipTransferredEvent(log *types.Log) (*VestingVaultOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != vestingVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(VestingVaultOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := vestingVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range vestingVault.abi.Events[event].Inputs {
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
func (vestingVault *VestingVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return vestingVault.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return vestingVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return vestingVault.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return vestingVault.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], vestingVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return vestingVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// VestingVaultFailedCall represents a FailedCall error raised by the VestingVault contract.
type VestingVaultFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func VestingVaultFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (vestingVault *VestingVault) UnpackFailedCallError(raw []byte) (*VestingVaultFailedCall, error) {
	out := new(VestingVaultFailedCall)
	if err := vestingVault.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultInsufficientBalance represents a InsufficientBalance error raised by the VestingVault contract.
type VestingVaultInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func VestingVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (vestingVault *VestingVault) UnpackInsufficientBalanceError(raw []byte) (*VestingVaultInsufficientBalance, error) {
	out := new(VestingVaultInsufficientBalance)
	if err := vestingVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the VestingVault contract.
type VestingVaultOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func VestingVaultOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (vestingVault *VestingVault) UnpackOwnableInvalidOwnerError(raw []byte) (*VestingVaultOwnableInvalidOwner, error) {
	out := new(VestingVaultOwnableInvalidOwner)
	if err := vestingVault.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the VestingVault contract.
type VestingVaultOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func VestingVaultOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (vestingVault *VestingVault) UnpackOwnableUnauthorizedAccountError(raw []byte) (*VestingVaultOwnableUnauthorizedAccount, error) {
	out := new(VestingVaultOwnableUnauthorizedAccount)
	if err := vestingVault.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// VestingVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the VestingVault contract.
type VestingVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func VestingVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (vestingVault *VestingVault) UnpackSafeERC20FailedOperationError(raw []byte) (*VestingVaultSafeERC20FailedOperation, error) {
	out := new(VestingVaultSafeERC20FailedOperation)
	if err := vestingVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
