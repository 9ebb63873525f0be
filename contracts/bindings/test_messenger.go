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

// TestMessengerMetaData contains all meta data concerning the TestMessenger contract.
var TestMessengerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NoCrossDomainSender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"messageNonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"}],\"name\":\"SentMessage\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SentMessageExtension1\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"messageNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"_message\",\"type\":\"bytes\"}],\"name\":\"relayMessage\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"_message\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"_minGasLimit\",\"type\":\"uint32\"}],\"name\":\"sendMessage\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"xDomainMessageSender\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestMessenger",
	Bin: "0x6080604052348015600e575f5ffd5b506104128061001c5f395ff3fe60806040526004361061003e575f3560e01c80633dbb202b146100425780636e296e4514610057578063b5bd29b714610088578063ecc704281461009b575b5f5ffd5b61005561005036600461028d565b6100be565b005b348015610062575f5ffd5b5061006b610157565b6040516001600160a01b0390911681526020015b60405180910390f35b6100556100963660046102f7565b61018f565b3480156100a6575f5ffd5b506100b060015481565b60405190815260200161007f565b836001600160a01b03167fcb0f7ffd78f9aee47a248fae8db181db6eee833039123e026dcbff529522e52a33858560015f8154809291906100fe90610354565b9190505586604051610114959493929190610378565b60405180910390a260405134815233907f8ebb2ec2465bdb2a06a66fc37a0963af8a2a6a1479d81d56fdb8cbb98096d5469060200160405180910390a250505050565b5f80546001600160a01b0316610180576040516312260a0960e31b815260040160405180910390fd5b505f546001600160a01b031690565b5f80546001600160a01b0319166001600160a01b03868116919091178255604051829186169034906101c490879087906103cd565b5f6040518083038185875af1925050503d805f81146101fe576040519150601f19603f3d011682016040523d82523d5f602084013e610203565b606091505b505f80546001600160a01b031916905590925090508161022557805160208201fd5b505050505050565b80356001600160a01b0381168114610243575f5ffd5b919050565b5f5f83601f840112610258575f5ffd5b50813567ffffffffffffffff81111561026f575f5ffd5b602083019150836020828501011115610286575f5ffd5b9250929050565b5f5f5f5f606085870312156102a0575f5ffd5b6102a98561022d565b9350602085013567ffffffffffffffff8111156102c4575f5ffd5b6102d087828801610248565b909450925050604085013563ffffffff811681146102ec575f5ffd5b939692955090935050565b5f5f5f5f6060858703121561030a575f5ffd5b6103138561022d565b93506103216020860161022d565b9250604085013567ffffffffffffffff81111561033c575f5ffd5b61034887828801610248565b95989497509550505050565b5f6001820161037157634e487b7160e01b5f52601160045260245ffd5b5060010190565b6001600160a01b03861681526080602082018190528101849052838560a08301375f60a085830101525f60a0601f19601f870116830101905083604083015263ffffffff831660608301529695505050505050565b818382375f910190815291905056fea26469706673582212201724ba5221e06c57eb46aaf6478f0c67edb0a741332485452c6d499a1e2418a564736f6c63430008250033",
}

// TestMessenger is an auto generated Go binding around an Ethereum contract.
type TestMessenger struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestMessenger) GetABI() abi.ABI {
	return c.abi
}

// NewTestMessenger creates a new instance of TestMessenger.
func NewTestMessenger() *TestMessenger {
	parsed, err := TestMessengerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestMessenger{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestMessenger) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMessageNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecc70428.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageNonce() view returns(uint256)
func (testMessenger *TestMessenger) PackMessageNonce() []byte {
	enc, err := testMessenger.abi.Pack("messageNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecc70428.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageNonce() view returns(uint256)
func (testMessenger *TestMessenger) TryPackMessageNonce() ([]byte, error) {
	return testMessenger.abi.Pack("messageNonce")
}

// UnpackMessageNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xecc70428.
//
// Solidity: function messageNonce() view returns(uint256)
func (testMessenger *TestMessenger) UnpackMessageNonce(data []byte) (*big.Int, error) {
	out, err := testMessenger.abi.Unpack("messageNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelayMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd29b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relayMessage(address _sender, address _target, bytes _message) payable returns()
func (testMessenger *TestMessenger) PackRelayMessage(sender common.Address, target common.Address, message []byte) []byte {
	enc, err := testMessenger.abi.Pack("relayMessage", sender, target, message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelayMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd29b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relayMessage(address _sender, address _target, bytes _message) payable returns()
func (testMessenger *TestMessenger) TryPackRelayMessage(sender common.Address, target common.Address, message []byte) ([]byte, error) {
	return testMessenger.abi.Pack("relayMessage", sender, target, message)
}

// PackSendMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbb202b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sendMessage(address _target, bytes _message, uint32 _minGasLimit) payable returns()
func (testMessenger *TestMessenger) PackSendMessage(target common.Address, message []byte, minGasLimit uint32) []byte {
	enc, err := testMessenger.abi.Pack("sendMessage", target, message, minGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSendMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dbb202b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sendMessage(address _target, bytes _message, uint32 _minGasLimit) payable returns()
func (testMessenger *TestMessenger) TryPackSendMessage(target common.Address, message []byte, minGasLimit uint32) ([]byte, error) {
	return testMessenger.abi.Pack("sendMessage", target, message, minGasLimit)
}

// PackXDomainMessageSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e296e45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function xDomainMessageSender() view returns(address)
func (testMessenger *TestMessenger) PackXDomainMessageSender() []byte {
	enc, err := testMessenger.abi.Pack("xDomainMessageSender")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackXDomainMessageSender is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e296e45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function xDomainMessageSender() view returns(address)
func (testMessenger *TestMessenger) TryPackXDomainMessageSender() ([]byte, error) {
	return testMessenger.abi.Pack("xDomainMessageSender")
}

// UnpackXDomainMessageSender is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e296e45.
//
// Solidity: function xDomainMessageSender() view returns(address)
func (testMessenger *TestMessenger) UnpackXDomainMessageSender(data []byte) (common.Address, error) {
	out, err := testMessenger.abi.Unpack("xDomainMessageSender", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TestMessengerSentMessage represents a SentMessage event raised by the TestMessenger contract.
type TestMessengerSentMessage struct {
	Target       common.Address
	Sender       common.Address
	Message      []byte
	MessageNonce *big.Int
	GasLimit     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TestMessengerSentMessageEventName = "SentMessage"

// ContractEventName returns the user-defined event name.
func (TestMessengerSentMessage) ContractEventName() string {
	return TestMessengerSentMessageEventName
}

// UnpackSentMessageEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SentMessage(address indexed target, address sender, bytes message, uint256 messageNonce, uint256 gasLimit)
func (testMessenger *TestMessenger) UnpackSentMessageEvent(log *types.Log) (*TestMessengerSentMessage, error) {
	event := "SentMessage"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testMessenger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestMessengerSentMessage)
	if len(log.Data) > 0 {
		if err := testMessenger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testMessenger.abi.Events[event].Inputs {
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

// TestMessengerSentMessageExtension1 represents a SentMessageExtension1 event raised by the TestMessenger contract.
type TestMessengerSentMessageExtension1 struct {
	Sender common.Address
	Value  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TestMessengerSentMessageExtension1EventName = "SentMessageExtension1"

// ContractEventName returns the user-defined event name.
func (TestMessengerSentMessageExtension1) ContractEventName() string {
	return TestMessengerSentMessageExtension1EventName
}

// UnpackSentMessageExtension1Event is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SentMessageExtension1(address indexed sender, uint256 value)
func (testMessenger *TestMessenger) UnpackSentMessageExtension1Event(log *types.Log) (*TestMessengerSentMessageExtension1, error) {
	event := "SentMessageExtension1"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testMessenger.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestMessengerSentMessageExtension1)
	if len(log.Data) > 0 {
		if err := testMessenger.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testMessenger.abi.Events[event].Inputs {
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
func (testMessenger *TestMessenger) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testMessenger.abi.Errors["NoCrossDomainSender"].ID.Bytes()[:4]) {
		return testMessenger.UnpackNoCrossDomainSenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestMessengerNoCrossDomainSender represents a NoCrossDomainSender error raised by the TestMessenger contract.
type TestMessengerNoCrossDomainSender struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCrossDomainSender()
func TestMessengerNoCrossDomainSenderErrorID() common.Hash {
	return common.HexToHash("0x91305048f7f23148d81a389023c442ab894175232b7f60ea292361182dfd13cc")
}

// UnpackNoCrossDomainSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCrossDomainSender()
func (testMessenger *TestMessenger) UnpackNoCrossDomainSenderError(raw []byte) (*TestMessengerNoCrossDomainSender, error) {
	out := new(TestMessengerNoCrossDomainSender)
	if err := testMessenger.abi.UnpackIntoInterface(out, "NoCrossDomainSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
