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

// L1BlockMetaData contains all meta data concerning the L1Block contract.
var L1BlockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotDepositor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"symbol\",\"type\":\"bytes32\"}],\"name\":\"GasPayingTokenSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEPOSITOR_ACCOUNT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"addr_\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basefee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batcherHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasPayingToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"addr_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasPayingTokenName\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasPayingTokenSymbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isCustomGasToken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeOverhead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeScalar\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"number\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequenceNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"_decimals\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"_name\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"_symbol\",\"type\":\"bytes32\"}],\"name\":\"setGasPayingToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"_number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"_basefee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"_hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"_sequenceNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"_batcherHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"_l1FeeOverhead\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"_l1FeeScalar\",\"type\":\"uint256\"}],\"name\":\"setL1BlockValues\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setL1BlockValuesEcotone\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "L1Block",
	Bin: "0x608060405234801561001057600080fd5b50610ac5806100206000396000f3fe608060405234801561001057600080fd5b506004361061016c5760003560e01c806371cfaa3f116100cd578063c598591811610081578063e591b28211610066578063e591b2821461032a578063e81b2c6d1461034c578063f82061401461035557600080fd5b8063c598591814610302578063d84447151461032257600080fd5b80638b239f73116100b25780638b239f73146102d05780639e8c4966146102d9578063b80777ea146102e257600080fd5b806371cfaa3f146102a95780638381f58a146102bc57600080fd5b806354fd4d50116101245780635cf24969116101095780635cf249691461024257806364ca23ef1461024b57806368d5dca61461027857600080fd5b806354fd4d50146101f8578063550fcdc91461023a57600080fd5b8063213268491161015557806321326849146101a25780634397dfef146101ba578063440a5e20146101f057600080fd5b8063015d8eb91461017157806309bd5a6014610186575b600080fd5b61018461017f366004610930565b61035e565b005b61018f60025481565b6040519081526020015b60405180910390f35b6101aa61049d565b6040519015158152602001610199565b6101c26104dc565b6040805173ffffffffffffffffffffffffffffffffffffffff909316835260ff909116602083015201610199565b6101846104f0565b60408051808201909152600c81527f312e342e312d626574612e31000000000000000000000000000000000000000060208201525b60405161019991906109a2565b61022d610547565b61018f60015481565b60035461025f9067ffffffffffffffff1681565b60405167ffffffffffffffff9091168152602001610199565b6003546102949068010000000000000000900463ffffffff1681565b60405163ffffffff9091168152602001610199565b6101846102b7366004610a15565b610556565b60005461025f9067ffffffffffffffff1681565b61018f60055481565b61018f60065481565b60005461025f9068010000000000000000900467ffffffffffffffff1681565b600354610294906c01000000000000000000000000900463ffffffff1681565b61022d61060b565b60405173deaddeaddeaddeaddeaddeaddeaddeaddead00018152602001610199565b61018f60045481565b61018f60075481565b3373deaddeaddeaddeaddeaddeaddeaddeaddead000114610405576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152603b60248201527f4c31426c6f636b3a206f6e6c7920746865206465706f7369746f72206163636f60448201527f756e742063616e20736574204c3120626c6f636b2076616c7565730000000000606482015260840160405180910390fd5b6000805467ffffffffffffffff98891668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909116998916999099179890981790975560019490945560029290925560038054919094167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009190911617909255600491909155600555600655565b6000806104a86104dc565b5073ffffffffffffffffffffffffffffffffffffffff1673eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee141592915050565b6000806104e7610615565b90939092509050565b73deaddeaddeaddeaddeaddeaddeaddeaddead000133811461051a57633cc50b456000526004601cfd5b60043560801c60035560143560801c60005560243560015560443560075560643560025560843560045550565b6060610551610696565b905090565b3373deaddeaddeaddeaddeaddeaddeaddeaddead0001146105a3576040517f3cc50b4500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105af84848484610757565b604080518381526020810183905260ff85169173ffffffffffffffffffffffffffffffffffffffff8716917f10e43c4d58f3ef4edae7c1ca2e7f02d46b2cadbcc046737038527ed8486ffeb0910160405180910390a350505050565b6060610551610829565b6000808061064b61064760017f04adb1412b2ddc16fcc0d4538d5c8f07cf9c83abecc6b41f6f69037b708fbcec610a7a565b5490565b73ffffffffffffffffffffffffffffffffffffffff8116935090508261068a575073eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee92601292509050565b60a081901c9150509091565b606060006106a2610615565b5090507fffffffffffffffffffffffff111111111111111111111111111111111111111273ffffffffffffffffffffffffffffffffffffffff82160161071b57505060408051808201909152600381527f4554480000000000000000000000000000000000000000000000000000000000602082015290565b61075161074c61064760017fa48b38a4b44951360fbdcbfaaeae5ed6ae92585412e9841b70ec72ed8cd05764610a7a565b6108df565b91505090565b6107bd61078560017f04adb1412b2ddc16fcc0d4538d5c8f07cf9c83abecc6b41f6f69037b708fbcec610a7a565b74ff000000000000000000000000000000000000000060a086901b1673ffffffffffffffffffffffffffffffffffffffff8716179055565b6107f06107eb60017f657c3582c29b3176614e3a33ddd1ec48352696a04e92b3c0566d72010fa8863d610a7a565b839055565b61082361081e60017fa48b38a4b44951360fbdcbfaaeae5ed6ae92585412e9841b70ec72ed8cd05764610a7a565b829055565b50505050565b60606000610835610615565b5090507fffffffffffffffffffffffff111111111111111111111111111111111111111273ffffffffffffffffffffffffffffffffffffffff8216016108ae57505060408051808201909152600581527f4574686572000000000000000000000000000000000000000000000000000000602082015290565b61075161074c61064760017f657c3582c29b3176614e3a33ddd1ec48352696a04e92b3c0566d72010fa8863d610a7a565b60405160005b82811a156108f5576001016108e5565b80825260208201838152600082820152505060408101604052919050565b803567ffffffffffffffff8116811461092b57600080fd5b919050565b600080600080600080600080610100898b03121561094d57600080fd5b61095689610913565b975061096460208a01610913565b9650604089013595506060890135945061098060808a01610913565b979a969950949793969560a0850135955060c08501359460e001359350915050565b600060208083528351808285015260005b818110156109cf578581018301518582016040015282016109b3565b818111156109e1576000604083870101525b50601f017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016929092016040019392505050565b60008060008060808587031215610a2b57600080fd5b843573ffffffffffffffffffffffffffffffffffffffff81168114610a4f57600080fd5b9350602085013560ff81168114610a6557600080fd5b93969395505050506040820135916060013590565b600082821015610ab3577f4e487b7100000000000000000000000000000000000000000000000000000000600052601160045260246000fd5b50039056fea164736f6c634300080f000a",
}

// L1Block is an auto generated Go binding around an Ethereum contract.
type L1Block struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *L1Block) GetABI() abi.ABI {
	return c.abi
}

// NewL1Block creates a new instance of L1Block.
func NewL1Block() *L1Block {
	parsed, err := L1BlockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L1Block{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L1Block) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSITOR_ACCOUNT() pure returns(address addr_)
func (l1Block *L1Block) PackDEPOSITORACCOUNT() []byte {
	enc, err := l1Block.abi.Pack("DEPOSITOR_ACCOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSITOR_ACCOUNT() pure returns(address addr_)
func (l1Block *L1Block) TryPackDEPOSITORACCOUNT() ([]byte, error) {
	return l1Block.abi.Pack("DEPOSITOR_ACCOUNT")
}

// UnpackDEPOSITORACCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe591b282.
//
// Solidity: function DEPOSITOR_ACCOUNT() pure returns(address addr_)
func (l1Block *L1Block) UnpackDEPOSITORACCOUNT(data []byte) (common.Address, error) {
	out, err := l1Block.abi.Unpack("DEPOSITOR_ACCOUNT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) PackBaseFeeScalar() []byte {
	enc, err := l1Block.abi.Pack("baseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) TryPackBaseFeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("baseFeeScalar")
}

// UnpackBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5985918.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) UnpackBaseFeeScalar(data []byte) (uint32, error) {
	out, err := l1Block.abi.Unpack("baseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) PackBasefee() []byte {
	enc, err := l1Block.abi.Pack("basefee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) TryPackBasefee() ([]byte, error) {
	return l1Block.abi.Pack("basefee")
}

// UnpackBasefee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cf24969.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) UnpackBasefee(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("basefee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) PackBatcherHash() []byte {
	enc, err := l1Block.abi.Pack("batcherHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) TryPackBatcherHash() ([]byte, error) {
	return l1Block.abi.Pack("batcherHash")
}

// UnpackBatcherHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe81b2c6d.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) UnpackBatcherHash(data []byte) ([32]byte, error) {
	out, err := l1Block.abi.Unpack("batcherHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) PackBlobBaseFee() []byte {
	enc, err := l1Block.abi.Pack("blobBaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) TryPackBlobBaseFee() ([]byte, error) {
	return l1Block.abi.Pack("blobBaseFee")
}

// UnpackBlobBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8206140.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) UnpackBlobBaseFee(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("blobBaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) PackBlobBaseFeeScalar() []byte {
	enc, err := l1Block.abi.Pack("blobBaseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) TryPackBlobBaseFeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("blobBaseFeeScalar")
}

// UnpackBlobBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68d5dca6.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) UnpackBlobBaseFeeScalar(data []byte) (uint32, error) {
	out, err := l1Block.abi.Unpack("blobBaseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4397dfef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasPayingToken() view returns(address addr_, uint8 decimals_)
func (l1Block *L1Block) PackGasPayingToken() []byte {
	enc, err := l1Block.abi.Pack("gasPayingToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4397dfef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasPayingToken() view returns(address addr_, uint8 decimals_)
func (l1Block *L1Block) TryPackGasPayingToken() ([]byte, error) {
	return l1Block.abi.Pack("gasPayingToken")
}

// GasPayingTokenOutput serves as a container for the return parameters of contract
// method GasPayingToken.
type GasPayingTokenOutput struct {
	Addr     common.Address
	Decimals uint8
}

// UnpackGasPayingToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4397dfef.
//
// Solidity: function gasPayingToken() view returns(address addr_, uint8 decimals_)
func (l1Block *L1Block) UnpackGasPayingToken(data []byte) (GasPayingTokenOutput, error) {
	out, err := l1Block.abi.Unpack("gasPayingToken", data)
	outstruct := new(GasPayingTokenOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addr = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Decimals = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackGasPayingTokenName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8444715.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasPayingTokenName() view returns(string name_)
func (l1Block *L1Block) PackGasPayingTokenName() []byte {
	enc, err := l1Block.abi.Pack("gasPayingTokenName")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasPayingTokenName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8444715.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasPayingTokenName() view returns(string name_)
func (l1Block *L1Block) TryPackGasPayingTokenName() ([]byte, error) {
	return l1Block.abi.Pack("gasPayingTokenName")
}

// UnpackGasPayingTokenName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8444715.
//
// Solidity: function gasPayingTokenName() view returns(string name_)
func (l1Block *L1Block) UnpackGasPayingTokenName(data []byte) (string, error) {
	out, err := l1Block.abi.Unpack("gasPayingTokenName", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGasPayingTokenSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x550fcdc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasPayingTokenSymbol() view returns(string symbol_)
func (l1Block *L1Block) PackGasPayingTokenSymbol() []byte {
	enc, err := l1Block.abi.Pack("gasPayingTokenSymbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasPayingTokenSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x550fcdc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasPayingTokenSymbol() view returns(string symbol_)
func (l1Block *L1Block) TryPackGasPayingTokenSymbol() ([]byte, error) {
	return l1Block.abi.Pack("gasPayingTokenSymbol")
}

// UnpackGasPayingTokenSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x550fcdc9.
//
// Solidity: function gasPayingTokenSymbol() view returns(string symbol_)
func (l1Block *L1Block) UnpackGasPayingTokenSymbol(data []byte) (string, error) {
	out, err := l1Block.abi.Unpack("gasPayingTokenSymbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09bd5a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) PackHash() []byte {
	enc, err := l1Block.abi.Pack("hash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09bd5a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) TryPackHash() ([]byte, error) {
	return l1Block.abi.Pack("hash")
}

// UnpackHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09bd5a60.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) UnpackHash(data []byte) ([32]byte, error) {
	out, err := l1Block.abi.Unpack("hash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsCustomGasToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21326849.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCustomGasToken() view returns(bool)
func (l1Block *L1Block) PackIsCustomGasToken() []byte {
	enc, err := l1Block.abi.Pack("isCustomGasToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCustomGasToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21326849.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCustomGasToken() view returns(bool)
func (l1Block *L1Block) TryPackIsCustomGasToken() ([]byte, error) {
	return l1Block.abi.Pack("isCustomGasToken")
}

// UnpackIsCustomGasToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21326849.
//
// Solidity: function isCustomGasToken() view returns(bool)
func (l1Block *L1Block) UnpackIsCustomGasToken(data []byte) (bool, error) {
	out, err := l1Block.abi.Unpack("isCustomGasToken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) PackL1FeeOverhead() []byte {
	enc, err := l1Block.abi.Pack("l1FeeOverhead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) TryPackL1FeeOverhead() ([]byte, error) {
	return l1Block.abi.Pack("l1FeeOverhead")
}

// UnpackL1FeeOverhead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b239f73.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) UnpackL1FeeOverhead(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("l1FeeOverhead", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) PackL1FeeScalar() []byte {
	enc, err := l1Block.abi.Pack("l1FeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) TryPackL1FeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("l1FeeScalar")
}

// UnpackL1FeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e8c4966.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) UnpackL1FeeScalar(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("l1FeeScalar", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8381f58a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) PackNumber() []byte {
	enc, err := l1Block.abi.Pack("number")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8381f58a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) TryPackNumber() ([]byte, error) {
	return l1Block.abi.Pack("number")
}

// UnpackNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8381f58a.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) UnpackNumber(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("number", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSequenceNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64ca23ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) PackSequenceNumber() []byte {
	enc, err := l1Block.abi.Pack("sequenceNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequenceNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64ca23ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) TryPackSequenceNumber() ([]byte, error) {
	return l1Block.abi.Pack("sequenceNumber")
}

// UnpackSequenceNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64ca23ef.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) UnpackSequenceNumber(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("sequenceNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cfaa3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGasPayingToken(address _token, uint8 _decimals, bytes32 _name, bytes32 _symbol) returns()
func (l1Block *L1Block) PackSetGasPayingToken(token common.Address, decimals uint8, name [32]byte, symbol [32]byte) []byte {
	enc, err := l1Block.abi.Pack("setGasPayingToken", token, decimals, name, symbol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGasPayingToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71cfaa3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGasPayingToken(address _token, uint8 _decimals, bytes32 _name, bytes32 _symbol) returns()
func (l1Block *L1Block) TryPackSetGasPayingToken(token common.Address, decimals uint8, name [32]byte, symbol [32]byte) ([]byte, error) {
	return l1Block.abi.Pack("setGasPayingToken", token, decimals, name, symbol)
}

// PackSetL1BlockValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x015d8eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setL1BlockValues(uint64 _number, uint64 _timestamp, uint256 _basefee, bytes32 _hash, uint64 _sequenceNumber, bytes32 _batcherHash, uint256 _l1FeeOverhead, uint256 _l1FeeScalar) returns()
func (l1Block *L1Block) PackSetL1BlockValues(number uint64, timestamp uint64, basefee *big.Int, hash [32]byte, sequenceNumber uint64, batcherHash [32]byte, l1FeeOverhead *big.Int, l1FeeScalar *big.Int) []byte {
	enc, err := l1Block.abi.Pack("setL1BlockValues", number, timestamp, basefee, hash, sequenceNumber, batcherHash, l1FeeOverhead, l1FeeScalar)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetL1BlockValues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x015d8eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setL1BlockValues(uint64 _number, uint64 _timestamp, uint256 _basefee, bytes32 _hash, uint64 _sequenceNumber, bytes32 _batcherHash, uint256 _l1FeeOverhead, uint256 _l1FeeScalar) returns()
func (l1Block *L1Block) TryPackSetL1BlockValues(number uint64, timestamp uint64, basefee *big.Int, hash [32]byte, sequenceNumber uint64, batcherHash [32]byte, l1FeeOverhead *big.Int, l1FeeScalar *big.Int) ([]byte, error) {
	return l1Block.abi.Pack("setL1BlockValues", number, timestamp, basefee, hash, sequenceNumber, batcherHash, l1FeeOverhead, l1FeeScalar)
}

// PackSetL1BlockValuesEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440a5e20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setL1BlockValuesEcotone() returns()
func (l1Block *L1Block) PackSetL1BlockValuesEcotone() []byte {
	enc, err := l1Block.abi.Pack("setL1BlockValuesEcotone")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetL1BlockValuesEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440a5e20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setL1BlockValuesEcotone() returns()
func (l1Block *L1Block) TryPackSetL1BlockValuesEcotone() ([]byte, error) {
	return l1Block.abi.Pack("setL1BlockValuesEcotone")
}

// PackTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80777ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) PackTimestamp() []byte {
	enc, err := l1Block.abi.Pack("timestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80777ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) TryPackTimestamp() ([]byte, error) {
	return l1Block.abi.Pack("timestamp")
}

// UnpackTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb80777ea.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) UnpackTimestamp(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("timestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) PackVersion() []byte {
	enc, err := l1Block.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) TryPackVersion() ([]byte, error) {
	return l1Block.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) UnpackVersion(data []byte) (string, error) {
	out, err := l1Block.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// L1BlockGasPayingTokenSet represents a GasPayingTokenSet event raised by the L1Block contract.
type L1BlockGasPayingTokenSet struct {
	Token    common.Address
	Decimals uint8
	Name     [32]byte
	Symbol   [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const L1BlockGasPayingTokenSetEventName = "GasPayingTokenSet"

// ContractEventName returns the user-defined event name.
func (L1BlockGasPayingTokenSet) ContractEventName() string {
	return L1BlockGasPayingTokenSetEventName
}

// UnpackGasPayingTokenSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GasPayingTokenSet(address indexed token, uint8 indexed decimals, bytes32 name, bytes32 symbol)
func (l1Block *L1Block) UnpackGasPayingTokenSetEvent(log *types.Log) (*L1BlockGasPayingTokenSet, error) {
	event := "GasPayingTokenSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l1Block.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L1BlockGasPayingTokenSet)
	if len(log.Data) > 0 {
		if err := l1Block.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l1Block.abi.Events[event].Inputs {
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
func (l1Block *L1Block) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], l1Block.abi.Errors["NotDepositor"].ID.Bytes()[:4]) {
		return l1Block.UnpackNotDepositorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// L1BlockNotDepositor represents a NotDepositor error raised by the L1Block contract.
type L1BlockNotDepositor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDepositor()
func L1BlockNotDepositorErrorID() common.Hash {
	return common.HexToHash("0x3cc50b455ec82761e893d2b6d1b95ca6f80ff2ed2c5fe2c3acbca74c0895b284")
}

// UnpackNotDepositorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDepositor()
func (l1Block *L1Block) UnpackNotDepositorError(raw []byte) (*L1BlockNotDepositor, error) {
	out := new(L1BlockNotDepositor)
	if err := l1Block.abi.UnpackIntoInterface(out, "NotDepositor", raw); err != nil {
		return nil, err
	}
	return out, nil
}
