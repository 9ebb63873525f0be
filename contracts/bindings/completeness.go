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

// CompletenessMetaData contains all meta data concerning the Completeness contract.
var CompletenessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"scanVerifiers_\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"AlreadyProvenComplete\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"excluded\",\"type\":\"uint256\"}],\"name\":\"ExcludedOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"InvalidCompletenessProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"RecordNotAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ScanVerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"excluded\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"CompletenessProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"ScanVerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"R\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"excluded\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"attestComplete\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"complete\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"excluded\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"statement\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"isComplete\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isScanVerifier\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setScanVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"contractISettlementRecords\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Completeness",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161103f38038061103f83398101604081905261002e91610273565b816001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006681610116565b506001600160a01b03831661008e5760405163d92e233d60e01b815260040160405180910390fd5b826001600160a01b03163b5f036100c3576040516322a2d07b60e21b81526001600160a01b0384166004820152602401610054565b6001600160a01b0383166080525f5b815181101561010d576101058282815181106100f0576100f0610360565b6020026020010151600161013260201b60201c565b6001016100d2565b50505050610374565b600180546001600160a01b031916905561012f816101f5565b50565b6001600160a01b0382166101595760405163d92e233d60e01b815260040160405180910390fd5b80801561016e57506001600160a01b0382163b155b15610197576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610054565b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527f29c0e9c367ff086151e4cd1df8519b467d554b0320a119f847d050610c51992c910160405180910390a25050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b038116811461025a575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610285575f5ffd5b61028e84610244565b925061029c60208501610244565b60408501519092506001600160401b038111156102b7575f5ffd5b8401601f810186136102c7575f5ffd5b80516001600160401b038111156102e0576102e061025f565b604051600582901b90603f8201601f191681016001600160401b038111828210171561030e5761030e61025f565b60405291825260208184018101929081018984111561032b575f5ffd5b6020850194505b838510156103515761034385610244565b815260209485019401610332565b50809450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b608051610ca561039a5f395f818161012c0152818161073601526108220152610ca55ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c80637f8b29a31161006e5780637f8b29a31461017657806383ccfb84146101985780638da5cb5b14610215578063c25e94ed14610225578063e30c397814610238578063f2fde38b14610249575f5ffd5b806336caf424146100b55780634980e1be146100ca5780634f88fa7d146101045780635116063014610127578063715018a61461016657806379ba50971461016e575b5f5ffd5b6100c86100c3366004610a13565b61025c565b005b6100f17f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6040519081526020015b60405180910390f35b610117610112366004610aa3565b61055b565b60405190151581526020016100fb565b61014e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100fb565b6100c861060e565b6100c8610621565b610117610184366004610aba565b60026020525f908152604090205460ff1681565b6101e26101a6366004610aa3565b60036020525f90815260409020805460018201546002909201546001600160a01b03821692600160a01b90920467ffffffffffffffff16919084565b604080516001600160a01b03909516855267ffffffffffffffff90931660208501529183015260608201526080016100fb565b5f546001600160a01b031661014e565b6100c8610233366004610adc565b610665565b6001546001600160a01b031661014e565b6100c8610257366004610aba565b61067b565b6001600160a01b0384165f9081526002602052604090205460ff166102a3576040516204f9a360ea1b81526001600160a01b03851660048201526024015b60405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000183106102e657604051633883373d60e11b81526004810184905260240161029a565b5f5f5f5f6102f3896106eb565b604080516020810185905290810183905260608101829052939750919550935091505f9060800160408051808303601f1901815291815281516020928301205f8d815260039093529120805491925090600160a01b900467ffffffffffffffff16158015906103655750818160020154145b8015610389575080546001600160a01b03165f9081526002602052604090205460ff165b156103aa57604051634099614760e11b8152600481018c905260240161029a565b896001600160a01b0316636bf062b2898960405180608001604052808a81526020018981526020018881526020018e8152506040518463ffffffff1660e01b81526004016103fa93929190610b17565b5f6040518083038186803b158015610410575f5ffd5b505afa925050508015610421575060015b61044157604051630bfbed5d60e41b8152600481018c905260240161029a565b60405180608001604052808b6001600160a01b031681526020014367ffffffffffffffff1681526020018a81526020018381525060035f8d81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055506040820151816001015560608201518160020155905050336001600160a01b0316868c7f240e277955627f5990d64bd1185970801a45ada16b192dcbc60c4e7fb7c525238d8d6040516105469291906001600160a01b03929092168252602082015260400190565b60405180910390a45050505050505050505050565b5f8181526003602052604081208054600160a01b900467ffffffffffffffff1615806105a0575080546001600160a01b03165f9081526002602052604090205460ff16155b156105ad57505f92915050565b5f5f5f5f6105ba8761072e565b9450945094505093508380156106035750604080516020810185905290810183905260608101829052608001604051602081830303815290604052805190602001208560020154145b979650505050505050565b6106166108a8565b61061f5f6108d4565b565b60015433906001600160a01b031681146106595760405163118cdaa760e01b81526001600160a01b038216600482015260240161029a565b610662816108d4565b50565b61066d6108a8565b61067782826108ed565b5050565b6106836108a8565b600180546001600160a01b0383166001600160a01b031990911681179091556106b35f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5f5f5f5f6106f98661072e565b9298509096509450925090508061072657604051634c8c329b60e01b81526004810187905260240161029a565b509193509193565b5f5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663940992a3886040518263ffffffff1660e01b815260040161078291815260200190565b61014060405180830381865afa15801561079e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c29190610b8d565b50979c50959950939750909550505067ffffffffffffffff84165f0392506107fc91505057505f945084935083925082915081905061089f565b604051633e41315d60e01b81526004810186905267ffffffffffffffff821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633e41315d90604401608060405180830381865afa15801561086f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108939190610c29565b50600198509195505050505b91939590929450565b5f546001600160a01b0316331461061f5760405163118cdaa760e01b815233600482015260240161029a565b600180546001600160a01b0319169055610662816109b0565b6001600160a01b0382166109145760405163d92e233d60e01b815260040160405180910390fd5b80801561092957506001600160a01b0382163b155b15610952576040516322a2d07b60e21b81526001600160a01b038316600482015260240161029a565b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527f29c0e9c367ff086151e4cd1df8519b467d554b0320a119f847d050610c51992c910160405180910390a25050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610662575f5ffd5b5f5f5f5f5f60808688031215610a27575f5ffd5b853594506020860135610a39816109ff565b935060408601359250606086013567ffffffffffffffff811115610a5b575f5ffd5b8601601f81018813610a6b575f5ffd5b803567ffffffffffffffff811115610a81575f5ffd5b886020828401011115610a92575f5ffd5b959894975092955050506020019190565b5f60208284031215610ab3575f5ffd5b5035919050565b5f60208284031215610aca575f5ffd5b8135610ad5816109ff565b9392505050565b5f5f60408385031215610aed575f5ffd5b8235610af8816109ff565b915060208301358015158114610b0c575f5ffd5b809150509250929050565b60a081528260a0820152828460c08301375f60c084830101525f60c0601f19601f860116830101905060208201835f5b6004811015610b66578151835260209283019290910190600101610b47565b505050949350505050565b805167ffffffffffffffff81168114610b88575f5ffd5b919050565b5f5f5f5f5f5f5f5f5f5f6101408b8d031215610ba7575f5ffd5b8a5160208c015160408d015160608e0151929c50909a5098509650610bce60808c01610b71565b9550610bdc60a08c01610b71565b9450610bea60c08c01610b71565b9350610bf860e08c01610b71565b92506101008b0151610c09816109ff565b809250505f6101208c01519050809150509295989b9194979a5092959850565b5f5f5f5f60808587031215610c3c575f5ffd5b8451602086015160408701519195509350610c56816109ff565b9150610c6460608601610b71565b90509295919450925056fea26469706673582212206feb898a903bb99a68df90a43bec9b9f400a3730b520491d0cb43935409d102964736f6c63430008250033",
}

// Completeness is an auto generated Go binding around an Ethereum contract.
type Completeness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Completeness) GetABI() abi.ABI {
	return c.abi
}

// NewCompleteness creates a new instance of Completeness.
func NewCompleteness() *Completeness {
	parsed, err := CompletenessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Completeness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Completeness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address settlement_, address owner_, address[] scanVerifiers_) returns()
func (completeness *Completeness) PackConstructor(settlement_ common.Address, owner_ common.Address, scanVerifiers_ []common.Address) []byte {
	enc, err := completeness.abi.Pack("", settlement_, owner_, scanVerifiers_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4980e1be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function R() view returns(uint256)
func (completeness *Completeness) PackR() []byte {
	enc, err := completeness.abi.Pack("R")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4980e1be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function R() view returns(uint256)
func (completeness *Completeness) TryPackR() ([]byte, error) {
	return completeness.abi.Pack("R")
}

// UnpackR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4980e1be.
//
// Solidity: function R() view returns(uint256)
func (completeness *Completeness) UnpackR(data []byte) (*big.Int, error) {
	out, err := completeness.abi.Unpack("R", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (completeness *Completeness) PackAcceptOwnership() []byte {
	enc, err := completeness.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (completeness *Completeness) TryPackAcceptOwnership() ([]byte, error) {
	return completeness.abi.Pack("acceptOwnership")
}

// PackAttestComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36caf424.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestComplete(bytes32 record, address verifier, uint256 excluded, bytes proof) returns()
func (completeness *Completeness) PackAttestComplete(record [32]byte, verifier common.Address, excluded *big.Int, proof []byte) []byte {
	enc, err := completeness.abi.Pack("attestComplete", record, verifier, excluded, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36caf424.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestComplete(bytes32 record, address verifier, uint256 excluded, bytes proof) returns()
func (completeness *Completeness) TryPackAttestComplete(record [32]byte, verifier common.Address, excluded *big.Int, proof []byte) ([]byte, error) {
	return completeness.abi.Pack("attestComplete", record, verifier, excluded, proof)
}

// PackComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83ccfb84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function complete(bytes32 ) view returns(address verifier, uint64 blockNumber, uint256 excluded, bytes32 statement)
func (completeness *Completeness) PackComplete(arg0 [32]byte) []byte {
	enc, err := completeness.abi.Pack("complete", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83ccfb84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function complete(bytes32 ) view returns(address verifier, uint64 blockNumber, uint256 excluded, bytes32 statement)
func (completeness *Completeness) TryPackComplete(arg0 [32]byte) ([]byte, error) {
	return completeness.abi.Pack("complete", arg0)
}

// CompleteOutput serves as a container for the return parameters of contract
// method Complete.
type CompleteOutput struct {
	Verifier    common.Address
	BlockNumber uint64
	Excluded    *big.Int
	Statement   [32]byte
}

// UnpackComplete is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83ccfb84.
//
// Solidity: function complete(bytes32 ) view returns(address verifier, uint64 blockNumber, uint256 excluded, bytes32 statement)
func (completeness *Completeness) UnpackComplete(data []byte) (CompleteOutput, error) {
	out, err := completeness.abi.Unpack("complete", data)
	outstruct := new(CompleteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Excluded = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Statement = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackIsComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f88fa7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isComplete(bytes32 record) view returns(bool)
func (completeness *Completeness) PackIsComplete(record [32]byte) []byte {
	enc, err := completeness.abi.Pack("isComplete", record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsComplete is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f88fa7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isComplete(bytes32 record) view returns(bool)
func (completeness *Completeness) TryPackIsComplete(record [32]byte) ([]byte, error) {
	return completeness.abi.Pack("isComplete", record)
}

// UnpackIsComplete is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f88fa7d.
//
// Solidity: function isComplete(bytes32 record) view returns(bool)
func (completeness *Completeness) UnpackIsComplete(data []byte) (bool, error) {
	out, err := completeness.abi.Unpack("isComplete", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsScanVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8b29a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isScanVerifier(address ) view returns(bool)
func (completeness *Completeness) PackIsScanVerifier(arg0 common.Address) []byte {
	enc, err := completeness.abi.Pack("isScanVerifier", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsScanVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8b29a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isScanVerifier(address ) view returns(bool)
func (completeness *Completeness) TryPackIsScanVerifier(arg0 common.Address) ([]byte, error) {
	return completeness.abi.Pack("isScanVerifier", arg0)
}

// UnpackIsScanVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f8b29a3.
//
// Solidity: function isScanVerifier(address ) view returns(bool)
func (completeness *Completeness) UnpackIsScanVerifier(data []byte) (bool, error) {
	out, err := completeness.abi.Unpack("isScanVerifier", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (completeness *Completeness) PackOwner() []byte {
	enc, err := completeness.abi.Pack("owner")
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
func (completeness *Completeness) TryPackOwner() ([]byte, error) {
	return completeness.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (completeness *Completeness) UnpackOwner(data []byte) (common.Address, error) {
	out, err := completeness.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (completeness *Completeness) PackPendingOwner() []byte {
	enc, err := completeness.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (completeness *Completeness) TryPackPendingOwner() ([]byte, error) {
	return completeness.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (completeness *Completeness) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := completeness.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (completeness *Completeness) PackRenounceOwnership() []byte {
	enc, err := completeness.abi.Pack("renounceOwnership")
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
func (completeness *Completeness) TryPackRenounceOwnership() ([]byte, error) {
	return completeness.abi.Pack("renounceOwnership")
}

// PackSetScanVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25e94ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setScanVerifier(address verifier, bool allowed) returns()
func (completeness *Completeness) PackSetScanVerifier(verifier common.Address, allowed bool) []byte {
	enc, err := completeness.abi.Pack("setScanVerifier", verifier, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetScanVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25e94ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setScanVerifier(address verifier, bool allowed) returns()
func (completeness *Completeness) TryPackSetScanVerifier(verifier common.Address, allowed bool) ([]byte, error) {
	return completeness.abi.Pack("setScanVerifier", verifier, allowed)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (completeness *Completeness) PackSettlement() []byte {
	enc, err := completeness.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (completeness *Completeness) TryPackSettlement() ([]byte, error) {
	return completeness.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (completeness *Completeness) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := completeness.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (completeness *Completeness) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := completeness.abi.Pack("transferOwnership", newOwner)
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
func (completeness *Completeness) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return completeness.abi.Pack("transferOwnership", newOwner)
}

// CompletenessCompletenessProven represents a CompletenessProven event raised by the Completeness contract.
type CompletenessCompletenessProven struct {
	Record   [32]byte
	Adapter  [32]byte
	Verifier common.Address
	Excluded *big.Int
	Prover   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const CompletenessCompletenessProvenEventName = "CompletenessProven"

// ContractEventName returns the user-defined event name.
func (CompletenessCompletenessProven) ContractEventName() string {
	return CompletenessCompletenessProvenEventName
}

// UnpackCompletenessProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompletenessProven(bytes32 indexed record, bytes32 indexed adapter, address verifier, uint256 excluded, address indexed prover)
func (completeness *Completeness) UnpackCompletenessProvenEvent(log *types.Log) (*CompletenessCompletenessProven, error) {
	event := "CompletenessProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != completeness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CompletenessCompletenessProven)
	if len(log.Data) > 0 {
		if err := completeness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range completeness.abi.Events[event].Inputs {
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

// CompletenessOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Completeness contract.
type CompletenessOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CompletenessOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (CompletenessOwnershipTransferStarted) ContractEventName() string {
	return CompletenessOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (completeness *Completeness) UnpackOwnershipTransferStartedEvent(log *types.Log) (*CompletenessOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != completeness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CompletenessOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := completeness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range completeness.abi.Events[event].Inputs {
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

// CompletenessOwnershipTransferred represents a OwnershipTransferred event raised by the Completeness contract.
type CompletenessOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CompletenessOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CompletenessOwnershipTransferred) ContractEventName() string {
	return CompletenessOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (completeness *Completeness) UnpackOwnershipTransferredEvent(log *types.Log) (*CompletenessOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != completeness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CompletenessOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := completeness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range completeness.abi.Events[event].Inputs {
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

// CompletenessScanVerifierSet represents a ScanVerifierSet event raised by the Completeness contract.
type CompletenessScanVerifierSet struct {
	Verifier common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const CompletenessScanVerifierSetEventName = "ScanVerifierSet"

// ContractEventName returns the user-defined event name.
func (CompletenessScanVerifierSet) ContractEventName() string {
	return CompletenessScanVerifierSetEventName
}

// UnpackScanVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScanVerifierSet(address indexed verifier, bool allowed)
func (completeness *Completeness) UnpackScanVerifierSetEvent(log *types.Log) (*CompletenessScanVerifierSet, error) {
	event := "ScanVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != completeness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CompletenessScanVerifierSet)
	if len(log.Data) > 0 {
		if err := completeness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range completeness.abi.Events[event].Inputs {
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
func (completeness *Completeness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], completeness.abi.Errors["AlreadyProvenComplete"].ID.Bytes()[:4]) {
		return completeness.UnpackAlreadyProvenCompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["ExcludedOutOfField"].ID.Bytes()[:4]) {
		return completeness.UnpackExcludedOutOfFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["InvalidCompletenessProof"].ID.Bytes()[:4]) {
		return completeness.UnpackInvalidCompletenessProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return completeness.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return completeness.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return completeness.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["RecordNotAttested"].ID.Bytes()[:4]) {
		return completeness.UnpackRecordNotAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["ScanVerifierNotAllowed"].ID.Bytes()[:4]) {
		return completeness.UnpackScanVerifierNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], completeness.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return completeness.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CompletenessAlreadyProvenComplete represents a AlreadyProvenComplete error raised by the Completeness contract.
type CompletenessAlreadyProvenComplete struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyProvenComplete(bytes32 record)
func CompletenessAlreadyProvenCompleteErrorID() common.Hash {
	return common.HexToHash("0x8132c28e5486e69c73d316c0b452aa4d46def73357cc3bbac7c30b19468881be")
}

// UnpackAlreadyProvenCompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyProvenComplete(bytes32 record)
func (completeness *Completeness) UnpackAlreadyProvenCompleteError(raw []byte) (*CompletenessAlreadyProvenComplete, error) {
	out := new(CompletenessAlreadyProvenComplete)
	if err := completeness.abi.UnpackIntoInterface(out, "AlreadyProvenComplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessExcludedOutOfField represents a ExcludedOutOfField error raised by the Completeness contract.
type CompletenessExcludedOutOfField struct {
	Excluded *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExcludedOutOfField(uint256 excluded)
func CompletenessExcludedOutOfFieldErrorID() common.Hash {
	return common.HexToHash("0x71066e7aeefdb3012fd75f006b1eb51e41eed129cae4de798cf7f0a87c07114c")
}

// UnpackExcludedOutOfFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExcludedOutOfField(uint256 excluded)
func (completeness *Completeness) UnpackExcludedOutOfFieldError(raw []byte) (*CompletenessExcludedOutOfField, error) {
	out := new(CompletenessExcludedOutOfField)
	if err := completeness.abi.UnpackIntoInterface(out, "ExcludedOutOfField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessInvalidCompletenessProof represents a InvalidCompletenessProof error raised by the Completeness contract.
type CompletenessInvalidCompletenessProof struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCompletenessProof(bytes32 record)
func CompletenessInvalidCompletenessProofErrorID() common.Hash {
	return common.HexToHash("0xbfbed5d051681153daa609e7b39c6b267cbc554302d5e30447f2d8b8dc1ab6c3")
}

// UnpackInvalidCompletenessProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCompletenessProof(bytes32 record)
func (completeness *Completeness) UnpackInvalidCompletenessProofError(raw []byte) (*CompletenessInvalidCompletenessProof, error) {
	out := new(CompletenessInvalidCompletenessProof)
	if err := completeness.abi.UnpackIntoInterface(out, "InvalidCompletenessProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessNotAContract represents a NotAContract error raised by the Completeness contract.
type CompletenessNotAContract struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address account)
func CompletenessNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address account)
func (completeness *Completeness) UnpackNotAContractError(raw []byte) (*CompletenessNotAContract, error) {
	out := new(CompletenessNotAContract)
	if err := completeness.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Completeness contract.
type CompletenessOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CompletenessOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (completeness *Completeness) UnpackOwnableInvalidOwnerError(raw []byte) (*CompletenessOwnableInvalidOwner, error) {
	out := new(CompletenessOwnableInvalidOwner)
	if err := completeness.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Completeness contract.
type CompletenessOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CompletenessOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (completeness *Completeness) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CompletenessOwnableUnauthorizedAccount, error) {
	out := new(CompletenessOwnableUnauthorizedAccount)
	if err := completeness.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessRecordNotAttested represents a RecordNotAttested error raised by the Completeness contract.
type CompletenessRecordNotAttested struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordNotAttested(bytes32 record)
func CompletenessRecordNotAttestedErrorID() common.Hash {
	return common.HexToHash("0x4c8c329b7aaf489f3b93f405f4b4f27d2861cd57249c63ea7701a09220a5c4ce")
}

// UnpackRecordNotAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordNotAttested(bytes32 record)
func (completeness *Completeness) UnpackRecordNotAttestedError(raw []byte) (*CompletenessRecordNotAttested, error) {
	out := new(CompletenessRecordNotAttested)
	if err := completeness.abi.UnpackIntoInterface(out, "RecordNotAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessScanVerifierNotAllowed represents a ScanVerifierNotAllowed error raised by the Completeness contract.
type CompletenessScanVerifierNotAllowed struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScanVerifierNotAllowed(address verifier)
func CompletenessScanVerifierNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x13e68c003ef7b680ee953ec3436414fcaf1ba307b0e4a7406c0e9e8e459db341")
}

// UnpackScanVerifierNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScanVerifierNotAllowed(address verifier)
func (completeness *Completeness) UnpackScanVerifierNotAllowedError(raw []byte) (*CompletenessScanVerifierNotAllowed, error) {
	out := new(CompletenessScanVerifierNotAllowed)
	if err := completeness.abi.UnpackIntoInterface(out, "ScanVerifierNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompletenessZeroAddress represents a ZeroAddress error raised by the Completeness contract.
type CompletenessZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func CompletenessZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (completeness *Completeness) UnpackZeroAddressError(raw []byte) (*CompletenessZeroAddress, error) {
	out := new(CompletenessZeroAddress)
	if err := completeness.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
