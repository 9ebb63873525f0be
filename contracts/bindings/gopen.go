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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// GOPENMetaData contains all meta data concerning the GOPEN contract.
var GOPENMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"open\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"ERC20InvalidUnderlying\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"underlying\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "GOPEN",
	Bin: "0x610180604052348015610010575f5ffd5b506040516124b33803806124b383398101604081905261002f9161025a565b806040518060400160405280601581526020017f4f70656e4c656467657220476f7665726e616e6365000000000000000000000081525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601581526020017f4f70656e4c656467657220476f7665726e616e636500000000000000000000008152506040518060400160405280600581526020016423a7a822a760d91b81525081600390816100e4919061032a565b5060046100f1828261032a565b50610101915083905060056101eb565b610120526101108160066101eb565b61014052815160208084019190912060e052815190820120610100524660a05261019c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c08190526001600160a01b0383160390506101d85760405163438d6fe360e01b81523060048201526024015b60405180910390fd5b6001600160a01b03166101605250610440565b5f602083511015610206576101ff8361021d565b9050610217565b81610211848261032a565b5060ff90505b92915050565b5f5f829050601f81511115610247578260405163305a27a960e01b81526004016101cf91906103e8565b80516102528261041d565b179392505050565b5f6020828403121561026a575f5ffd5b81516001600160a01b0381168114610280575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102af57607f821691505b6020821081036102cd57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610325578282111561032557805f5260205f20601f840160051c60208510156102fe57505f5b90810190601f840160051c035f5b81811015610321575f8382015560010161030c565b5050505b505050565b81516001600160401b0381111561034357610343610287565b61035781610351845461029b565b846102d3565b6020601f821160018114610389575f83156103725750848201515b5f19600385901b1c1916600184901b1784556103e1565b5f84815260208120601f198516915b828110156103b85787850151825560209485019460019092019101610398565b50848210156103d557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102cd575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516120036104b05f395f81816102d001528181610558015281816106070152610b5201525f610ed901525f610eac01525f610cb201525f610c8a01525f610be501525f610c0f01525f610c3901526120035ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c80636fcfff45116100d957806395d89b4111610093578063c3cda5201161006e578063c3cda520146103c9578063d505accf146103dc578063dd62ed3e146103ef578063f1127ed814610427575f5ffd5b806395d89b411461039b5780639ab24eb0146103a3578063a9059cbb146103b6575f5ffd5b80636fcfff45146102f457806370a082311461031c5780637ecebe001461034457806384b0196e146103575780638e539e8c1461037257806391ddadf414610385575f5ffd5b8063313ce567116101445780634bf5d7e91161011f5780634bf5d7e91461024c578063587cde1e146102765780635c19a95c146102b95780636f307dc3146102ce575f5ffd5b8063313ce567146102175780633644e515146102315780633a46b1a814610239575f5ffd5b806306fdde031461018b578063095ea7b3146101a957806318160ddd146101cc578063205c2878146101de57806323b872dd146101f15780632f4f21e214610204575b5f5ffd5b610193610466565b6040516101a09190611c1a565b60405180910390f35b6101bc6101b7366004611c42565b6104f6565b60405190151581526020016101a0565b6002545b6040519081526020016101a0565b6101bc6101ec366004611c42565b61050f565b6101bc6101ff366004611c6a565b610587565b6101bc610212366004611c42565b6105aa565b61021f610638565b60405160ff90911681526020016101a0565b6101d0610646565b6101d0610247366004611c42565b61064f565b60408051808201909152600e81526d06d6f64653d74696d657374616d760941b6020820152610193565b6102a1610284366004611ca4565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b0390911681526020016101a0565b6102cc6102c7366004611ca4565b610689565b005b7f00000000000000000000000000000000000000000000000000000000000000006102a1565b610307610302366004611ca4565b610698565b60405163ffffffff90911681526020016101a0565b6101d061032a366004611ca4565b6001600160a01b03165f9081526020819052604090205490565b6101d0610352366004611ca4565b6106a2565b61035f6106ac565b6040516101a09796959493929190611cbd565b6101d0610380366004611d53565b6106ee565b60405165ffffffffffff421681526020016101a0565b610193610712565b6101d06103b1366004611ca4565b610721565b6101bc6103c4366004611c42565b610741565b6102cc6103d7366004611d7b565b61074e565b6102cc6103ea366004611dd1565b61080a565b6101d06103fd366004611e39565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61043a610435366004611e6a565b610940565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101a0565b60606003805461047590611ea7565b80601f01602080910402602001604051908101604052809291908181526020018280546104a190611ea7565b80156104ec5780601f106104c3576101008083540402835291602001916104ec565b820191905f5260205f20905b8154815290600101906020018083116104cf57829003601f168201915b5050505050905090565b5f33610503818585610964565b60019150505b92915050565b5f306001600160a01b038416036105495760405163ec442f0560e01b81526001600160a01b03841660048201526024015b60405180910390fd5b6105533383610976565b61057e7f000000000000000000000000000000000000000000000000000000000000000084846109aa565b50600192915050565b5f33610594858285610a09565b61059f858585610a85565b506001949350505050565b5f333081036105ce57604051634b637e8f60e11b8152306004820152602401610540565b306001600160a01b038516036106025760405163ec442f0560e01b81526001600160a01b0385166004820152602401610540565b61062e7f0000000000000000000000000000000000000000000000000000000000000000823086610ae2565b6105038484610b1b565b5f610641610b4f565b905090565b5f610641610bd9565b5f61067961065c83610d02565b6001600160a01b0385165f90815260096020526040902090610d46565b6001600160d01b03169392505050565b336106948183610df6565b5050565b5f61050982610e67565b5f61050982610e88565b5f6060805f5f5f60606106bd610ea5565b6106c5610ed2565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6107036106fb83610d02565b600a90610d46565b6001600160d01b031692915050565b60606004805461047590611ea7565b6001600160a01b0381165f90815260096020526040812061070390610eff565b5f33610503818585610a85565b8342111561077257604051632341d78760e11b815260048101859052602401610540565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f906107eb906107e39060a00160405160208183030381529060405280519060200120610f36565b858585610f62565b90506107f78187610f8e565b6108018188610df6565b50505050505050565b8342111561082e5760405163313c898160e11b815260048101859052602401610540565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886108798c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6108d382610f36565b90505f6108e282878787610f62565b9050896001600160a01b0316816001600160a01b031614610929576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610540565b6109348a8a8a610964565b50505050505050505050565b604080518082019091525f808252602082015261095d8383610fe0565b9392505050565b6109718383836001611014565b505050565b6001600160a01b03821661099f57604051634b637e8f60e11b81525f6004820152602401610540565b610694825f836110e6565b6040516001600160a01b0383811660248301526044820183905261097191859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506110f1565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610a7f5781811015610a7157604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610540565b610a7f84848484035f611014565b50505050565b6001600160a01b038316610aae57604051634b637e8f60e11b81525f6004820152602401610540565b6001600160a01b038216610ad75760405163ec442f0560e01b81525f6004820152602401610540565b6109718383836110e6565b6040516001600160a01b038481166024830152838116604483015260648201839052610a7f9186918216906323b872dd906084016109d7565b6001600160a01b038216610b445760405163ec442f0560e01b81525f6004820152602401610540565b6106945f83836110e6565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610bca575060408051601f3d908101601f19168201909252610bc791810190611edf565b60015b610bd45750601290565b919050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610c3157507f000000000000000000000000000000000000000000000000000000000000000046145b15610c5b57507f000000000000000000000000000000000000000000000000000000000000000090565b610641604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f4265ffffffffffff81168310610d3d57604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610540565b61095d8361115d565b81545f9081816005811115610da2575f610d5f84611193565b610d699085611f0e565b5f8881526020902090915081015465ffffffffffff9081169087161015610d9257809150610da0565b610d9d816001611f21565b92505b505b5f610daf878785856112eb565b90508015610de957610dd387610dc6600184611f0e565b5f91825260209091200190565b54600160301b90046001600160d01b0316610deb565b5f5b979650505050505050565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46109718183610e628661134a565b611367565b6001600160a01b0381165f90815260096020526040812054610509906114d0565b6001600160a01b0381165f90815260076020526040812054610509565b60606106417f00000000000000000000000000000000000000000000000000000000000000006005611500565b60606106417f00000000000000000000000000000000000000000000000000000000000000006006611500565b80545f908015610f2e57610f1883610dc6600184611f0e565b54600160301b90046001600160d01b031661095d565b5f9392505050565b5f610509610f42610bd9565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610f72888888886115a9565b925092509250610f828282611671565b50909695505050505050565b6001600160a01b0382165f908152600760205260409020805460018101909155818114610971576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610540565b604080518082019091525f80825260208201526001600160a01b0383165f90815260096020526040902061095d9083611729565b6001600160a01b03841661103d5760405163e602df0560e01b81525f6004820152602401610540565b6001600160a01b03831661106657604051634a1406b160e11b81525f6004820152602401610540565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015610a7f57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516110d891815260200190565b60405180910390a350505050565b610971838383611796565b5f5f60205f8451602086015f885af180611110576040513d5f823e3d81fd5b50505f513d91508115611127578060011415611134565b6001600160a01b0384163b155b15610a7f57604051635274afe760e01b81526001600160a01b0385166004820152602401610540565b5f65ffffffffffff82111561118f576040516306dfcc6560e41b81526030600482015260248101839052604401610540565b5090565b5f600182116111a0575090565b816001600160801b82106111b95760809190911c9060401b5b6801000000000000000082106111d45760409190911c9060201b5b64010000000082106111eb5760209190911c9060101b5b6201000082106112005760109190911c9060081b5b61010082106112145760089190911c9060041b5b601082106112275760049190911c9060021b5b600482106112335760011b5b600302600190811c9081858161124b5761124b611f34565b048201901c9050600181858161126357611263611f34565b048201901c9050600181858161127b5761127b611f34565b048201901c9050600181858161129357611293611f34565b048201901c905060018185816112ab576112ab611f34565b048201901c905060018185816112c3576112c3611f34565b048201901c90506112e28185816112dc576112dc611f34565b04821190565b90039392505050565b5f5b81831015611342575f61130084846117fc565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff16111561132e5780925061133c565b611339816001611f21565b93505b506112ed565b509392505050565b6001600160a01b0381165f90815260208190526040812054610509565b816001600160a01b0316836001600160a01b03161415801561138857505f81115b15610971576001600160a01b0383161561142f576001600160a01b0383165f90815260096020526040812081906113ca906118166113c586611821565b611854565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611424929190918252602082015260400190565b60405180910390a250505b6001600160a01b03821615610971576001600160a01b0382165f9081526009602052604081208190611467906118856113c586611821565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516114c1929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff82111561118f576040516306dfcc6560e41b81526020600482015260248101839052604401610540565b606060ff831461151a5761151383611890565b9050610509565b81805461152690611ea7565b80601f016020809104026020016040519081016040528092919081815260200182805461155290611ea7565b801561159d5780601f106115745761010080835404028352916020019161159d565b820191905f5260205f20905b81548152906001019060200180831161158057829003601f168201915b50505050509050610509565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156115e257505f91506003905082611667565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611633573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661165e57505f925060019150829050611667565b92505f91508190505b9450945094915050565b5f82600381111561168457611684611f48565b0361168d575050565b60018260038111156116a1576116a1611f48565b036116bf5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156116d3576116d3611f48565b036116f45760405163fce698f760e01b815260048101829052602401610540565b600382600381111561170857611708611f48565b03610694576040516335e2f38360e21b815260048101829052602401610540565b604080518082019091525f8082526020820152825f018263ffffffff168154811061175657611756611f5c565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6117a18383836118cd565b6001600160a01b0383166117f1575f6117b960025490565b90506001600160d01b03808211156117ee57604051630e58ae9360e11b81526004810183905260248101829052604401610540565b50505b6109718383836119f3565b5f61180a6002848418611f70565b61095d90848416611f21565b5f61095d8284611f8f565b5f6001600160d01b0382111561118f576040516306dfcc6560e41b815260d0600482015260248101839052604401610540565b5f806118784261187061186688610eff565b868863ffffffff16565b879190611a68565b915091505b935093915050565b5f61095d8284611fae565b60605f61189c83611a75565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b6001600160a01b0383166118f7578060025f8282546118ec9190611f21565b909155506119679050565b6001600160a01b0383165f90815260208190526040902054818110156119495760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610540565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611983576002805482900390556119a1565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516119e691815260200190565b60405180910390a3505050565b6001600160a01b038316611a1557611a12600a6118856113c584611821565b50505b6001600160a01b038216611a3757611a34600a6118166113c584611821565b50505b6001600160a01b038381165f9081526008602052604080822054858416835291205461097192918216911683611367565b5f80611878858585611a9c565b5f60ff8216601f81111561050957604051632cd44ac360e21b815260040160405180910390fd5b82545f9081908015611b92575f611ab887610dc6600185611f0e565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115611afb57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603611b3457825465ffffffffffff16600160301b6001600160d01b03891602178355611b84565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061187d92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b02919093161792019190915590508161187d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61095d6020830184611bec565b80356001600160a01b0381168114610bd4575f5ffd5b5f5f60408385031215611c53575f5ffd5b611c5c83611c2c565b946020939093013593505050565b5f5f5f60608486031215611c7c575f5ffd5b611c8584611c2c565b9250611c9360208501611c2c565b929592945050506040919091013590565b5f60208284031215611cb4575f5ffd5b61095d82611c2c565b60ff60f81b8816815260e060208201525f611cdb60e0830189611bec565b8281036040840152611ced8189611bec565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611d42578351835260209384019390920191600101611d24565b50909b9a5050505050505050505050565b5f60208284031215611d63575f5ffd5b5035919050565b60ff81168114611d78575f5ffd5b50565b5f5f5f5f5f5f60c08789031215611d90575f5ffd5b611d9987611c2c565b955060208701359450604087013593506060870135611db781611d6a565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611de7575f5ffd5b611df088611c2c565b9650611dfe60208901611c2c565b955060408801359450606088013593506080880135611e1c81611d6a565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611e4a575f5ffd5b611e5383611c2c565b9150611e6160208401611c2c565b90509250929050565b5f5f60408385031215611e7b575f5ffd5b611e8483611c2c565b9150602083013563ffffffff81168114611e9c575f5ffd5b809150509250929050565b600181811c90821680611ebb57607f821691505b602082108103611ed957634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215611eef575f5ffd5b815161095d81611d6a565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561050957610509611efa565b8082018082111561050957610509611efa565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f82611f8a57634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160d01b03828116828216039081111561050957610509611efa565b6001600160d01b03818116838216019081111561050957610509611efa56fea26469706673582212200d3671f77804483a07d1ea7f0c12f33aeca83c1ede7a7e7cd7e39b4b0e36918a64736f6c63430008250033",
}

// GOPEN is an auto generated Go binding around an Ethereum contract.
type GOPEN struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GOPEN) GetABI() abi.ABI {
	return c.abi
}

// NewGOPEN creates a new instance of GOPEN.
func NewGOPEN() *GOPEN {
	parsed, err := GOPENMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GOPEN{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GOPEN) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address open) returns()
func (gOPEN *GOPEN) PackConstructor(open common.Address) []byte {
	enc, err := gOPEN.abi.Pack("", open)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOPEN *GOPEN) PackCLOCKMODE() []byte {
	enc, err := gOPEN.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOPEN *GOPEN) TryPackCLOCKMODE() ([]byte, error) {
	return gOPEN.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (gOPEN *GOPEN) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := gOPEN.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gOPEN *GOPEN) PackDOMAINSEPARATOR() []byte {
	enc, err := gOPEN.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gOPEN *GOPEN) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return gOPEN.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gOPEN *GOPEN) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := gOPEN.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gOPEN *GOPEN) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := gOPEN.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gOPEN *GOPEN) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gOPEN *GOPEN) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gOPEN *GOPEN) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gOPEN *GOPEN) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gOPEN *GOPEN) UnpackApprove(data []byte) (bool, error) {
	out, err := gOPEN.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gOPEN *GOPEN) PackBalanceOf(account common.Address) []byte {
	enc, err := gOPEN.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gOPEN *GOPEN) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gOPEN *GOPEN) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOPEN *GOPEN) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := gOPEN.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOPEN *GOPEN) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return gOPEN.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (gOPEN *GOPEN) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := gOPEN.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (gOPEN *GOPEN) PackClock() []byte {
	enc, err := gOPEN.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (gOPEN *GOPEN) TryPackClock() ([]byte, error) {
	return gOPEN.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (gOPEN *GOPEN) UnpackClock(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (gOPEN *GOPEN) PackDecimals() []byte {
	enc, err := gOPEN.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (gOPEN *GOPEN) TryPackDecimals() ([]byte, error) {
	return gOPEN.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (gOPEN *GOPEN) UnpackDecimals(data []byte) (uint8, error) {
	out, err := gOPEN.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (gOPEN *GOPEN) PackDelegate(delegatee common.Address) []byte {
	enc, err := gOPEN.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (gOPEN *GOPEN) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (gOPEN *GOPEN) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := gOPEN.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (gOPEN *GOPEN) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return gOPEN.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (gOPEN *GOPEN) PackDelegates(account common.Address) []byte {
	enc, err := gOPEN.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (gOPEN *GOPEN) TryPackDelegates(account common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (gOPEN *GOPEN) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := gOPEN.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) PackDepositFor(account common.Address, value *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("depositFor", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f4f21e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) TryPackDepositFor(account common.Address, value *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("depositFor", account, value)
}

// UnpackDepositFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f4f21e2.
//
// Solidity: function depositFor(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) UnpackDepositFor(data []byte) (bool, error) {
	out, err := gOPEN.abi.Unpack("depositFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGopenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gOPEN *GOPEN) PackGopenEip712Domain() []byte {
	enc, err := gOPEN.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGopenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gOPEN *GOPEN) TryPackGopenEip712Domain() ([]byte, error) {
	return gOPEN.abi.Pack("eip712Domain")
}

// GopenEip712DomainOutput serves as a container for the return parameters of contract
// method GopenEip712Domain.
type GopenEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackGopenEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gOPEN *GOPEN) UnpackGopenEip712Domain(data []byte) (GopenEip712DomainOutput, error) {
	out, err := gOPEN.abi.Unpack("eip712Domain", data)
	outstruct := new(GopenEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (gOPEN *GOPEN) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOPEN *GOPEN) PackGetVotes(account common.Address) []byte {
	enc, err := gOPEN.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOPEN *GOPEN) TryPackGetVotes(account common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (gOPEN *GOPEN) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (gOPEN *GOPEN) PackName() []byte {
	enc, err := gOPEN.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (gOPEN *GOPEN) TryPackName() ([]byte, error) {
	return gOPEN.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gOPEN *GOPEN) UnpackName(data []byte) (string, error) {
	out, err := gOPEN.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gOPEN *GOPEN) PackNonces(owner common.Address) []byte {
	enc, err := gOPEN.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gOPEN *GOPEN) TryPackNonces(owner common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gOPEN *GOPEN) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOPEN *GOPEN) PackNumCheckpoints(account common.Address) []byte {
	enc, err := gOPEN.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOPEN *GOPEN) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return gOPEN.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (gOPEN *GOPEN) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := gOPEN.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (gOPEN *GOPEN) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := gOPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (gOPEN *GOPEN) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return gOPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gOPEN *GOPEN) PackSymbol() []byte {
	enc, err := gOPEN.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (gOPEN *GOPEN) TryPackSymbol() ([]byte, error) {
	return gOPEN.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gOPEN *GOPEN) UnpackSymbol(data []byte) (string, error) {
	out, err := gOPEN.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (gOPEN *GOPEN) PackTotalSupply() []byte {
	enc, err := gOPEN.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (gOPEN *GOPEN) TryPackTotalSupply() ([]byte, error) {
	return gOPEN.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gOPEN *GOPEN) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gOPEN.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) UnpackTransfer(data []byte) (bool, error) {
	out, err := gOPEN.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gOPEN *GOPEN) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := gOPEN.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function underlying() view returns(address)
func (gOPEN *GOPEN) PackUnderlying() []byte {
	enc, err := gOPEN.abi.Pack("underlying")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnderlying is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f307dc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function underlying() view returns(address)
func (gOPEN *GOPEN) TryPackUnderlying() ([]byte, error) {
	return gOPEN.abi.Pack("underlying")
}

// UnpackUnderlying is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f307dc3.
//
// Solidity: function underlying() view returns(address)
func (gOPEN *GOPEN) UnpackUnderlying(data []byte) (common.Address, error) {
	out, err := gOPEN.abi.Unpack("underlying", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) PackWithdrawTo(account common.Address, value *big.Int) []byte {
	enc, err := gOPEN.abi.Pack("withdrawTo", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) TryPackWithdrawTo(account common.Address, value *big.Int) ([]byte, error) {
	return gOPEN.abi.Pack("withdrawTo", account, value)
}

// UnpackWithdrawTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x205c2878.
//
// Solidity: function withdrawTo(address account, uint256 value) returns(bool)
func (gOPEN *GOPEN) UnpackWithdrawTo(data []byte) (bool, error) {
	out, err := gOPEN.abi.Unpack("withdrawTo", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// GOPENApproval represents a Approval event raised by the GOPEN contract.
type GOPENApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GOPENApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GOPENApproval) ContractEventName() string {
	return GOPENApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (gOPEN *GOPEN) UnpackApprovalEvent(log *types.Log) (*GOPENApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOPENApproval)
	if len(log.Data) > 0 {
		if err := gOPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOPEN.abi.Events[event].Inputs {
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

// GOPENDelegateChanged represents a DelegateChanged event raised by the GOPEN contract.
type GOPENDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const GOPENDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (GOPENDelegateChanged) ContractEventName() string {
	return GOPENDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (gOPEN *GOPEN) UnpackDelegateChangedEvent(log *types.Log) (*GOPENDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOPENDelegateChanged)
	if len(log.Data) > 0 {
		if err := gOPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOPEN.abi.Events[event].Inputs {
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

// GOPENDelegateVotesChanged represents a DelegateVotesChanged event raised by the GOPEN contract.
type GOPENDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const GOPENDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (GOPENDelegateVotesChanged) ContractEventName() string {
	return GOPENDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (gOPEN *GOPEN) UnpackDelegateVotesChangedEvent(log *types.Log) (*GOPENDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOPENDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := gOPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOPEN.abi.Events[event].Inputs {
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

// GOPENEIP712DomainChanged represents a EIP712DomainChanged event raised by the GOPEN contract.
type GOPENEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GOPENEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GOPENEIP712DomainChanged) ContractEventName() string {
	return GOPENEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (gOPEN *GOPEN) UnpackEIP712DomainChangedEvent(log *types.Log) (*GOPENEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOPENEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := gOPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOPEN.abi.Events[event].Inputs {
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

// GOPENTransfer represents a Transfer event raised by the GOPEN contract.
type GOPENTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GOPENTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GOPENTransfer) ContractEventName() string {
	return GOPENTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (gOPEN *GOPEN) UnpackTransferEvent(log *types.Log) (*GOPENTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gOPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GOPENTransfer)
	if len(log.Data) > 0 {
		if err := gOPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gOPEN.abi.Events[event].Inputs {
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
func (gOPEN *GOPEN) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return gOPEN.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return gOPEN.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return gOPEN.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return gOPEN.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC20InvalidUnderlying"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC20InvalidUnderlyingError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return gOPEN.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return gOPEN.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return gOPEN.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return gOPEN.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return gOPEN.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return gOPEN.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], gOPEN.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return gOPEN.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GOPENCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the GOPEN contract.
type GOPENCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func GOPENCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (gOPEN *GOPEN) UnpackCheckpointUnorderedInsertionError(raw []byte) (*GOPENCheckpointUnorderedInsertion, error) {
	out := new(GOPENCheckpointUnorderedInsertion)
	if err := gOPEN.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the GOPEN contract.
type GOPENECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func GOPENECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (gOPEN *GOPEN) UnpackECDSAInvalidSignatureError(raw []byte) (*GOPENECDSAInvalidSignature, error) {
	out := new(GOPENECDSAInvalidSignature)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the GOPEN contract.
type GOPENECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func GOPENECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (gOPEN *GOPEN) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*GOPENECDSAInvalidSignatureLength, error) {
	out := new(GOPENECDSAInvalidSignatureLength)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the GOPEN contract.
type GOPENECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func GOPENECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (gOPEN *GOPEN) UnpackECDSAInvalidSignatureSError(raw []byte) (*GOPENECDSAInvalidSignatureS, error) {
	out := new(GOPENECDSAInvalidSignatureS)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the GOPEN contract.
type GOPENERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func GOPENERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (gOPEN *GOPEN) UnpackERC20ExceededSafeSupplyError(raw []byte) (*GOPENERC20ExceededSafeSupply, error) {
	out := new(GOPENERC20ExceededSafeSupply)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GOPEN contract.
type GOPENERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GOPENERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (gOPEN *GOPEN) UnpackERC20InsufficientAllowanceError(raw []byte) (*GOPENERC20InsufficientAllowance, error) {
	out := new(GOPENERC20InsufficientAllowance)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GOPEN contract.
type GOPENERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GOPENERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (gOPEN *GOPEN) UnpackERC20InsufficientBalanceError(raw []byte) (*GOPENERC20InsufficientBalance, error) {
	out := new(GOPENERC20InsufficientBalance)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GOPEN contract.
type GOPENERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GOPENERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (gOPEN *GOPEN) UnpackERC20InvalidApproverError(raw []byte) (*GOPENERC20InvalidApprover, error) {
	out := new(GOPENERC20InvalidApprover)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GOPEN contract.
type GOPENERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GOPENERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (gOPEN *GOPEN) UnpackERC20InvalidReceiverError(raw []byte) (*GOPENERC20InvalidReceiver, error) {
	out := new(GOPENERC20InvalidReceiver)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InvalidSender represents a ERC20InvalidSender error raised by the GOPEN contract.
type GOPENERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GOPENERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (gOPEN *GOPEN) UnpackERC20InvalidSenderError(raw []byte) (*GOPENERC20InvalidSender, error) {
	out := new(GOPENERC20InvalidSender)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GOPEN contract.
type GOPENERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GOPENERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (gOPEN *GOPEN) UnpackERC20InvalidSpenderError(raw []byte) (*GOPENERC20InvalidSpender, error) {
	out := new(GOPENERC20InvalidSpender)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC20InvalidUnderlying represents a ERC20InvalidUnderlying error raised by the GOPEN contract.
type GOPENERC20InvalidUnderlying struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidUnderlying(address token)
func GOPENERC20InvalidUnderlyingErrorID() common.Hash {
	return common.HexToHash("0x438d6fe34193b439efbab782534ca7fefd5f4aadc000b978c2422cbc1ac4d25d")
}

// UnpackERC20InvalidUnderlyingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidUnderlying(address token)
func (gOPEN *GOPEN) UnpackERC20InvalidUnderlyingError(raw []byte) (*GOPENERC20InvalidUnderlying, error) {
	out := new(GOPENERC20InvalidUnderlying)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC20InvalidUnderlying", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the GOPEN contract.
type GOPENERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func GOPENERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (gOPEN *GOPEN) UnpackERC2612ExpiredSignatureError(raw []byte) (*GOPENERC2612ExpiredSignature, error) {
	out := new(GOPENERC2612ExpiredSignature)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the GOPEN contract.
type GOPENERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func GOPENERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (gOPEN *GOPEN) UnpackERC2612InvalidSignerError(raw []byte) (*GOPENERC2612InvalidSigner, error) {
	out := new(GOPENERC2612InvalidSigner)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC5805FutureLookup represents a ERC5805FutureLookup error raised by the GOPEN contract.
type GOPENERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func GOPENERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (gOPEN *GOPEN) UnpackERC5805FutureLookupError(raw []byte) (*GOPENERC5805FutureLookup, error) {
	out := new(GOPENERC5805FutureLookup)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the GOPEN contract.
type GOPENERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func GOPENERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (gOPEN *GOPEN) UnpackERC6372InconsistentClockError(raw []byte) (*GOPENERC6372InconsistentClock, error) {
	out := new(GOPENERC6372InconsistentClock)
	if err := gOPEN.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENInvalidAccountNonce represents a InvalidAccountNonce error raised by the GOPEN contract.
type GOPENInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GOPENInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (gOPEN *GOPEN) UnpackInvalidAccountNonceError(raw []byte) (*GOPENInvalidAccountNonce, error) {
	out := new(GOPENInvalidAccountNonce)
	if err := gOPEN.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENInvalidShortString represents a InvalidShortString error raised by the GOPEN contract.
type GOPENInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func GOPENInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (gOPEN *GOPEN) UnpackInvalidShortStringError(raw []byte) (*GOPENInvalidShortString, error) {
	out := new(GOPENInvalidShortString)
	if err := gOPEN.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the GOPEN contract.
type GOPENSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func GOPENSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (gOPEN *GOPEN) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*GOPENSafeCastOverflowedUintDowncast, error) {
	out := new(GOPENSafeCastOverflowedUintDowncast)
	if err := gOPEN.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the GOPEN contract.
type GOPENSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func GOPENSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (gOPEN *GOPEN) UnpackSafeERC20FailedOperationError(raw []byte) (*GOPENSafeERC20FailedOperation, error) {
	out := new(GOPENSafeERC20FailedOperation)
	if err := gOPEN.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENStringTooLong represents a StringTooLong error raised by the GOPEN contract.
type GOPENStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func GOPENStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (gOPEN *GOPEN) UnpackStringTooLongError(raw []byte) (*GOPENStringTooLong, error) {
	out := new(GOPENStringTooLong)
	if err := gOPEN.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GOPENVotesExpiredSignature represents a VotesExpiredSignature error raised by the GOPEN contract.
type GOPENVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func GOPENVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (gOPEN *GOPEN) UnpackVotesExpiredSignatureError(raw []byte) (*GOPENVotesExpiredSignature, error) {
	out := new(GOPENVotesExpiredSignature)
	if err := gOPEN.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
