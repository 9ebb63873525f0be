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

// OPENMetaData contains all meta data concerning the OPEN contract.
var OPENMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"holders\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"holders\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"AllocationLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sum\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"AllocationSumMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AllocationZeroHolder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUPPLY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "OPEN",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161173938038061173983398101604081905261002f91610578565b6040518060400160405280600a81526020016927b832b72632b233b2b960b11b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600a81526020016927b832b72632b233b2b960b11b8152506040518060400160405280600481526020016327a822a760e11b81525081600390816100bc91906106d7565b5060046100c982826106d7565b506100d9915083905060056102db565b610120526100e88160066102db565b61014052815160208084019190912060e052815190820120610100524660a05261017460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525080518251146101b257815181516040516327c82d2d60e21b8152600481019290925260248201526044015b60405180910390fd5b5f805b835181101561023b575f6001600160a01b03168482815181106101da576101da610795565b60200260200101516001600160a01b03160361020c57604051631e5d7cd760e11b8152600481018290526024016101a9565b82818151811061021e5761021e610795565b60200260200101518261023191906107a9565b91506001016101b5565b506b033b2e3c9fd0803ce8000000811461027d57604051631bf01db360e21b8152600481018290526b033b2e3c9fd0803ce800000060248201526044016101a9565b5f5b83518110156102d2576102ca84828151811061029d5761029d610795565b60200260200101518483815181106102b7576102b7610795565b602002602001015161030d60201b60201c565b60010161027f565b50505050610820565b5f6020835110156102f6576102ef83610345565b9050610307565b8161030184826106d7565b5060ff90505b92915050565b6001600160a01b0382166103365760405163ec442f0560e01b81525f60048201526024016101a9565b6103415f8383610382565b5050565b5f5f829050601f8151111561036f578260405163305a27a960e01b81526004016101a991906107c8565b805161037a826107fd565b179392505050565b6001600160a01b0383166103ac578060025f8282546103a191906107a9565b9091555061041c9050565b6001600160a01b0383165f90815260208190526040902054818110156103fe5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016101a9565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661043857600280548290039055610456565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161049b91815260200190565b60405180910390a3505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156104e4576104e46104a8565b604052919050565b5f6001600160401b03821115610504576105046104a8565b5060051b60200190565b5f82601f83011261051d575f5ffd5b815161053061052b826104ec565b6104bc565b8082825260208201915060208360051b860101925085831115610551575f5ffd5b602085015b8381101561056e578051835260209283019201610556565b5095945050505050565b5f5f60408385031215610589575f5ffd5b82516001600160401b0381111561059e575f5ffd5b8301601f810185136105ae575f5ffd5b80516105bc61052b826104ec565b8082825260208201915060208360051b8501019250878311156105dd575f5ffd5b6020840193505b828410156106135783516001600160a01b0381168114610602575f5ffd5b8252602093840193909101906105e4565b6020870151909550925050506001600160401b03811115610632575f5ffd5b61063e8582860161050e565b9150509250929050565b600181811c9082168061065c57607f821691505b60208210810361067a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156106d257828211156106d257805f5260205f20601f840160051c60208510156106ab57505f5b90810190601f840160051c035f5b818110156106ce575f838201556001016106b9565b5050505b505050565b81516001600160401b038111156106f0576106f06104a8565b610704816106fe8454610648565b84610680565b6020601f821160018114610736575f831561071f5750848201515b5f19600385901b1c1916600184901b17845561078e565b5f84815260208120601f198516915b828110156107655787850151825560209485019460019092019101610745565b508482101561078257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561030757634e487b7160e01b5f52601160045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561067a575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610ec86108715f395f61070f01525f6106e201525f61068b01525f61066301525f6105be01525f6105e801525f6106120152610ec85ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80637ecebe0011610088578063a9059cbb11610063578063a9059cbb146101c4578063c50497ae146101d7578063d505accf146101ea578063dd62ed3e146101ff575f5ffd5b80637ecebe001461018e57806384b0196e146101a157806395d89b41146101bc575f5ffd5b806323b872dd116100c357806323b872dd1461013c578063313ce5671461014f5780633644e5151461015e57806370a0823114610166575f5ffd5b806306fdde03146100e9578063095ea7b31461010757806318160ddd1461012a575b5f5ffd5b6100f1610237565b6040516100fe9190610c44565b60405180910390f35b61011a610115366004610c78565b6102c7565b60405190151581526020016100fe565b6002545b6040519081526020016100fe565b61011a61014a366004610ca0565b6102e0565b604051601281526020016100fe565b61012e610303565b61012e610174366004610cda565b6001600160a01b03165f9081526020819052604090205490565b61012e61019c366004610cda565b610311565b6101a961032e565b6040516100fe9796959493929190610cf3565b6100f1610370565b61011a6101d2366004610c78565b61037f565b61012e6b033b2e3c9fd0803ce800000081565b6101fd6101f8366004610d89565b61038c565b005b61012e61020d366004610df6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b60606003805461024690610e27565b80601f016020809104026020016040519081016040528092919081815260200182805461027290610e27565b80156102bd5780601f10610294576101008083540402835291602001916102bd565b820191905f5260205f20905b8154815290600101906020018083116102a057829003601f168201915b5050505050905090565b5f336102d48185856104c7565b60019150505b92915050565b5f336102ed8582856104d9565b6102f8858585610555565b506001949350505050565b5f61030c6105b2565b905090565b6001600160a01b0381165f908152600760205260408120546102da565b5f6060805f5f5f606061033f6106db565b610347610708565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60606004805461024690610e27565b5f336102d4818585610555565b834211156103b55760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886104008c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61045a82610735565b90505f61046982878787610761565b9050896001600160a01b0316816001600160a01b0316146104b0576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016103ac565b6104bb8a8a8a6104c7565b50505050505050505050565b6104d4838383600161078d565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561054f578181101561054157604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016103ac565b61054f84848484035f61078d565b50505050565b6001600160a01b03831661057e57604051634b637e8f60e11b81525f60048201526024016103ac565b6001600160a01b0382166105a75760405163ec442f0560e01b81525f60048201526024016103ac565b6104d483838361085f565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561060a57507f000000000000000000000000000000000000000000000000000000000000000046145b1561063457507f000000000000000000000000000000000000000000000000000000000000000090565b61030c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b606061030c7f00000000000000000000000000000000000000000000000000000000000000006005610985565b606061030c7f00000000000000000000000000000000000000000000000000000000000000006006610985565b5f6102da6107416105b2565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f61077188888888610a2e565b9250925092506107818282610af6565b50909695505050505050565b6001600160a01b0384166107b65760405163e602df0560e01b81525f60048201526024016103ac565b6001600160a01b0383166107df57604051634a1406b160e11b81525f60048201526024016103ac565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561054f57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161085191815260200190565b60405180910390a350505050565b6001600160a01b038316610889578060025f82825461087e9190610e5f565b909155506108f99050565b6001600160a01b0383165f90815260208190526040902054818110156108db5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016103ac565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661091557600280548290039055610933565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161097891815260200190565b60405180910390a3505050565b606060ff831461099f5761099883610bb2565b90506102da565b8180546109ab90610e27565b80601f01602080910402602001604051908101604052809291908181526020018280546109d790610e27565b8015610a225780601f106109f957610100808354040283529160200191610a22565b820191905f5260205f20905b815481529060010190602001808311610a0557829003601f168201915b505050505090506102da565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610a6757505f91506003905082610aec565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610ab8573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610ae357505f925060019150829050610aec565b92505f91508190505b9450945094915050565b5f826003811115610b0957610b09610e7e565b03610b12575050565b6001826003811115610b2657610b26610e7e565b03610b445760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610b5857610b58610e7e565b03610b795760405163fce698f760e01b8152600481018290526024016103ac565b6003826003811115610b8d57610b8d610e7e565b03610bae576040516335e2f38360e21b8152600481018290526024016103ac565b5050565b60605f610bbe83610bef565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156102da57604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c566020830184610c16565b9392505050565b80356001600160a01b0381168114610c73575f5ffd5b919050565b5f5f60408385031215610c89575f5ffd5b610c9283610c5d565b946020939093013593505050565b5f5f5f60608486031215610cb2575f5ffd5b610cbb84610c5d565b9250610cc960208501610c5d565b929592945050506040919091013590565b5f60208284031215610cea575f5ffd5b610c5682610c5d565b60ff60f81b8816815260e060208201525f610d1160e0830189610c16565b8281036040840152610d238189610c16565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610d78578351835260209384019390920191600101610d5a565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215610d9f575f5ffd5b610da888610c5d565b9650610db660208901610c5d565b95506040880135945060608801359350608088013560ff81168114610dd9575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215610e07575f5ffd5b610e1083610c5d565b9150610e1e60208401610c5d565b90509250929050565b600181811c90821680610e3b57607f821691505b602082108103610e5957634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102da57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea26469706673582212203ce55f40c3d30f22c791143bd5466754551bc33b8b7102267dcd9021300a8fd564736f6c63430008250033",
}

// OPEN is an auto generated Go binding around an Ethereum contract.
type OPEN struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OPEN) GetABI() abi.ABI {
	return c.abi
}

// NewOPEN creates a new instance of OPEN.
func NewOPEN() *OPEN {
	parsed, err := OPENMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OPEN{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OPEN) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] holders, uint256[] amounts) returns()
func (oPEN *OPEN) PackConstructor(holders []common.Address, amounts []*big.Int) []byte {
	enc, err := oPEN.abi.Pack("", holders, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (oPEN *OPEN) PackDOMAINSEPARATOR() []byte {
	enc, err := oPEN.abi.Pack("DOMAIN_SEPARATOR")
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
func (oPEN *OPEN) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return oPEN.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (oPEN *OPEN) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := oPEN.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc50497ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SUPPLY() view returns(uint256)
func (oPEN *OPEN) PackSUPPLY() []byte {
	enc, err := oPEN.abi.Pack("SUPPLY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSUPPLY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc50497ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SUPPLY() view returns(uint256)
func (oPEN *OPEN) TryPackSUPPLY() ([]byte, error) {
	return oPEN.abi.Pack("SUPPLY")
}

// UnpackSUPPLY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc50497ae.
//
// Solidity: function SUPPLY() view returns(uint256)
func (oPEN *OPEN) UnpackSUPPLY(data []byte) (*big.Int, error) {
	out, err := oPEN.abi.Unpack("SUPPLY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (oPEN *OPEN) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := oPEN.abi.Pack("allowance", owner, spender)
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
func (oPEN *OPEN) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return oPEN.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (oPEN *OPEN) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := oPEN.abi.Unpack("allowance", data)
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
func (oPEN *OPEN) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := oPEN.abi.Pack("approve", spender, value)
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
func (oPEN *OPEN) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return oPEN.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (oPEN *OPEN) UnpackApprove(data []byte) (bool, error) {
	out, err := oPEN.abi.Unpack("approve", data)
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
func (oPEN *OPEN) PackBalanceOf(account common.Address) []byte {
	enc, err := oPEN.abi.Pack("balanceOf", account)
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
func (oPEN *OPEN) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return oPEN.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (oPEN *OPEN) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := oPEN.abi.Unpack("balanceOf", data)
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
func (oPEN *OPEN) PackDecimals() []byte {
	enc, err := oPEN.abi.Pack("decimals")
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
func (oPEN *OPEN) TryPackDecimals() ([]byte, error) {
	return oPEN.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (oPEN *OPEN) UnpackDecimals(data []byte) (uint8, error) {
	out, err := oPEN.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOpenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (oPEN *OPEN) PackOpenEip712Domain() []byte {
	enc, err := oPEN.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (oPEN *OPEN) TryPackOpenEip712Domain() ([]byte, error) {
	return oPEN.abi.Pack("eip712Domain")
}

// OpenEip712DomainOutput serves as a container for the return parameters of contract
// method OpenEip712Domain.
type OpenEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackOpenEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (oPEN *OPEN) UnpackOpenEip712Domain(data []byte) (OpenEip712DomainOutput, error) {
	out, err := oPEN.abi.Unpack("eip712Domain", data)
	outstruct := new(OpenEip712DomainOutput)
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

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (oPEN *OPEN) PackName() []byte {
	enc, err := oPEN.abi.Pack("name")
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
func (oPEN *OPEN) TryPackName() ([]byte, error) {
	return oPEN.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (oPEN *OPEN) UnpackName(data []byte) (string, error) {
	out, err := oPEN.abi.Unpack("name", data)
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
func (oPEN *OPEN) PackNonces(owner common.Address) []byte {
	enc, err := oPEN.abi.Pack("nonces", owner)
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
func (oPEN *OPEN) TryPackNonces(owner common.Address) ([]byte, error) {
	return oPEN.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (oPEN *OPEN) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := oPEN.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (oPEN *OPEN) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := oPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (oPEN *OPEN) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return oPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (oPEN *OPEN) PackSymbol() []byte {
	enc, err := oPEN.abi.Pack("symbol")
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
func (oPEN *OPEN) TryPackSymbol() ([]byte, error) {
	return oPEN.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (oPEN *OPEN) UnpackSymbol(data []byte) (string, error) {
	out, err := oPEN.abi.Unpack("symbol", data)
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
func (oPEN *OPEN) PackTotalSupply() []byte {
	enc, err := oPEN.abi.Pack("totalSupply")
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
func (oPEN *OPEN) TryPackTotalSupply() ([]byte, error) {
	return oPEN.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (oPEN *OPEN) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := oPEN.abi.Unpack("totalSupply", data)
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
func (oPEN *OPEN) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := oPEN.abi.Pack("transfer", to, value)
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
func (oPEN *OPEN) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return oPEN.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (oPEN *OPEN) UnpackTransfer(data []byte) (bool, error) {
	out, err := oPEN.abi.Unpack("transfer", data)
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
func (oPEN *OPEN) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := oPEN.abi.Pack("transferFrom", from, to, value)
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
func (oPEN *OPEN) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return oPEN.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (oPEN *OPEN) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := oPEN.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// OPENApproval represents a Approval event raised by the OPEN contract.
type OPENApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const OPENApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (OPENApproval) ContractEventName() string {
	return OPENApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (oPEN *OPEN) UnpackApprovalEvent(log *types.Log) (*OPENApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OPENApproval)
	if len(log.Data) > 0 {
		if err := oPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oPEN.abi.Events[event].Inputs {
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

// OPENEIP712DomainChanged represents a EIP712DomainChanged event raised by the OPEN contract.
type OPENEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const OPENEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (OPENEIP712DomainChanged) ContractEventName() string {
	return OPENEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (oPEN *OPEN) UnpackEIP712DomainChangedEvent(log *types.Log) (*OPENEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OPENEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := oPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oPEN.abi.Events[event].Inputs {
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

// OPENTransfer represents a Transfer event raised by the OPEN contract.
type OPENTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const OPENTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (OPENTransfer) ContractEventName() string {
	return OPENTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (oPEN *OPEN) UnpackTransferEvent(log *types.Log) (*OPENTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OPENTransfer)
	if len(log.Data) > 0 {
		if err := oPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oPEN.abi.Events[event].Inputs {
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
func (oPEN *OPEN) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oPEN.abi.Errors["AllocationLengthMismatch"].ID.Bytes()[:4]) {
		return oPEN.UnpackAllocationLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["AllocationSumMismatch"].ID.Bytes()[:4]) {
		return oPEN.UnpackAllocationSumMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["AllocationZeroHolder"].ID.Bytes()[:4]) {
		return oPEN.UnpackAllocationZeroHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return oPEN.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return oPEN.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return oPEN.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return oPEN.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return oPEN.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return oPEN.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], oPEN.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return oPEN.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OPENAllocationLengthMismatch represents a AllocationLengthMismatch error raised by the OPEN contract.
type OPENAllocationLengthMismatch struct {
	Holders *big.Int
	Amounts *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllocationLengthMismatch(uint256 holders, uint256 amounts)
func OPENAllocationLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x9f20b4b4b98b00fb2be22cb59aee9454e9709921352243086e58dfd90174a8ba")
}

// UnpackAllocationLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllocationLengthMismatch(uint256 holders, uint256 amounts)
func (oPEN *OPEN) UnpackAllocationLengthMismatchError(raw []byte) (*OPENAllocationLengthMismatch, error) {
	out := new(OPENAllocationLengthMismatch)
	if err := oPEN.abi.UnpackIntoInterface(out, "AllocationLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENAllocationSumMismatch represents a AllocationSumMismatch error raised by the OPEN contract.
type OPENAllocationSumMismatch struct {
	Sum    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllocationSumMismatch(uint256 sum, uint256 supply)
func OPENAllocationSumMismatchErrorID() common.Hash {
	return common.HexToHash("0x6fc076ccb61e5e2e809220b0c3c126b8142190e01ce4e34a0d7318280141701f")
}

// UnpackAllocationSumMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllocationSumMismatch(uint256 sum, uint256 supply)
func (oPEN *OPEN) UnpackAllocationSumMismatchError(raw []byte) (*OPENAllocationSumMismatch, error) {
	out := new(OPENAllocationSumMismatch)
	if err := oPEN.abi.UnpackIntoInterface(out, "AllocationSumMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENAllocationZeroHolder represents a AllocationZeroHolder error raised by the OPEN contract.
type OPENAllocationZeroHolder struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AllocationZeroHolder(uint256 index)
func OPENAllocationZeroHolderErrorID() common.Hash {
	return common.HexToHash("0x3cbaf9ae8c3611154bdda28e52c94b2c69c354aee1f9ca4a244550638606cabe")
}

// UnpackAllocationZeroHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AllocationZeroHolder(uint256 index)
func (oPEN *OPEN) UnpackAllocationZeroHolderError(raw []byte) (*OPENAllocationZeroHolder, error) {
	out := new(OPENAllocationZeroHolder)
	if err := oPEN.abi.UnpackIntoInterface(out, "AllocationZeroHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the OPEN contract.
type OPENECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func OPENECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (oPEN *OPEN) UnpackECDSAInvalidSignatureError(raw []byte) (*OPENECDSAInvalidSignature, error) {
	out := new(OPENECDSAInvalidSignature)
	if err := oPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the OPEN contract.
type OPENECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func OPENECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (oPEN *OPEN) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*OPENECDSAInvalidSignatureLength, error) {
	out := new(OPENECDSAInvalidSignatureLength)
	if err := oPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the OPEN contract.
type OPENECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func OPENECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (oPEN *OPEN) UnpackECDSAInvalidSignatureSError(raw []byte) (*OPENECDSAInvalidSignatureS, error) {
	out := new(OPENECDSAInvalidSignatureS)
	if err := oPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the OPEN contract.
type OPENERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func OPENERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (oPEN *OPEN) UnpackERC20InsufficientAllowanceError(raw []byte) (*OPENERC20InsufficientAllowance, error) {
	out := new(OPENERC20InsufficientAllowance)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the OPEN contract.
type OPENERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func OPENERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (oPEN *OPEN) UnpackERC20InsufficientBalanceError(raw []byte) (*OPENERC20InsufficientBalance, error) {
	out := new(OPENERC20InsufficientBalance)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InvalidApprover represents a ERC20InvalidApprover error raised by the OPEN contract.
type OPENERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func OPENERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (oPEN *OPEN) UnpackERC20InvalidApproverError(raw []byte) (*OPENERC20InvalidApprover, error) {
	out := new(OPENERC20InvalidApprover)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the OPEN contract.
type OPENERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func OPENERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (oPEN *OPEN) UnpackERC20InvalidReceiverError(raw []byte) (*OPENERC20InvalidReceiver, error) {
	out := new(OPENERC20InvalidReceiver)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InvalidSender represents a ERC20InvalidSender error raised by the OPEN contract.
type OPENERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func OPENERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (oPEN *OPEN) UnpackERC20InvalidSenderError(raw []byte) (*OPENERC20InvalidSender, error) {
	out := new(OPENERC20InvalidSender)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC20InvalidSpender represents a ERC20InvalidSpender error raised by the OPEN contract.
type OPENERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func OPENERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (oPEN *OPEN) UnpackERC20InvalidSpenderError(raw []byte) (*OPENERC20InvalidSpender, error) {
	out := new(OPENERC20InvalidSpender)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the OPEN contract.
type OPENERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func OPENERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (oPEN *OPEN) UnpackERC2612ExpiredSignatureError(raw []byte) (*OPENERC2612ExpiredSignature, error) {
	out := new(OPENERC2612ExpiredSignature)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the OPEN contract.
type OPENERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func OPENERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (oPEN *OPEN) UnpackERC2612InvalidSignerError(raw []byte) (*OPENERC2612InvalidSigner, error) {
	out := new(OPENERC2612InvalidSigner)
	if err := oPEN.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENInvalidAccountNonce represents a InvalidAccountNonce error raised by the OPEN contract.
type OPENInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func OPENInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (oPEN *OPEN) UnpackInvalidAccountNonceError(raw []byte) (*OPENInvalidAccountNonce, error) {
	out := new(OPENInvalidAccountNonce)
	if err := oPEN.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENInvalidShortString represents a InvalidShortString error raised by the OPEN contract.
type OPENInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func OPENInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (oPEN *OPEN) UnpackInvalidShortStringError(raw []byte) (*OPENInvalidShortString, error) {
	out := new(OPENInvalidShortString)
	if err := oPEN.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OPENStringTooLong represents a StringTooLong error raised by the OPEN contract.
type OPENStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func OPENStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (oPEN *OPEN) UnpackStringTooLongError(raw []byte) (*OPENStringTooLong, error) {
	out := new(OPENStringTooLong)
	if err := oPEN.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
