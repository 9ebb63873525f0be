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

// L2OPENMetaData contains all meta data concerning the L2OPEN contract.
var L2OPENMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"remoteToken_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBridge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Mint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"remoteToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "L2OPEN",
	Bin: "0x6101a0604052348015610010575f5ffd5b506040516116b43803806116b483398101604081905261002f91610265565b6040518060400160405280600a81526020016927b832b72632b233b2b960b11b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600a81526020016927b832b72632b233b2b960b11b8152506040518060400160405280600481526020016327a822a760e11b81525081600390816100bc9190610339565b5060046100c98282610339565b506100d9915083905060056101d2565b610120526100e88160066101d2565b61014052815160208084019190912060e052815190820120610100524660a05261017460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b038216158061019b57506001600160a01b038116155b156101b95760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0391821661016052166101805261044f565b5f6020835110156101ed576101e683610204565b90506101fe565b816101f88482610339565b5060ff90505b92915050565b5f5f829050601f81511115610237578260405163305a27a960e01b815260040161022e91906103f7565b60405180910390fd5b80516102428261042c565b179392505050565b80516001600160a01b0381168114610260575f5ffd5b919050565b5f5f60408385031215610276575f5ffd5b61027f8361024a565b915061028d6020840161024a565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102be57607f821691505b6020821081036102dc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610334578282111561033457805f5260205f20601f840160051c602085101561030d57505f5b90810190601f840160051c035f5b81811015610330575f8382015560010161031b565b5050505b505050565b81516001600160401b0381111561035257610352610296565b6103668161036084546102aa565b846102e2565b6020601f821160018114610398575f83156103815750848201515b5f19600385901b1c1916600184901b1784556103f0565b5f84815260208120601f198516915b828110156103c757878501518255602094850194600190920191016103a7565b50848210156103e457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102dc575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516111e46104d05f395f8181610252015281816103270152818161047d015261058c01525f818161028c01526102c801525f6109d401525f6109a701525f61091801525f6108f001525f61084b01525f61087501525f61089f01526111e45ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c806384b0196e116100a9578063c01e1bd61161006e578063c01e1bd61461028a578063d505accf146102b0578063d6c0b2c4146102c3578063dd62ed3e146102ea578063e78cea9214610322575f5ffd5b806384b0196e1461020757806395d89b41146102225780639dc29fac1461022a578063a9059cbb1461023d578063ae1f6aaf14610250575f5ffd5b8063313ce567116100ef578063313ce567146101a05780633644e515146101af57806340c10f19146101b757806370a08231146101cc5780637ecebe00146101f4575f5ffd5b806301ffc9a71461012b57806306fdde0314610153578063095ea7b31461016857806318160ddd1461017b57806323b872dd1461018d575b5f5ffd5b61013e610139366004610f0b565b610349565b60405190151581526020015b60405180910390f35b61015b61039a565b60405161014a9190610f67565b61013e610176366004610f94565b61042a565b6002545b60405190815260200161014a565b61013e61019b366004610fbc565b610441565b6040516012815260200161014a565b61017f610464565b6101ca6101c5366004610f94565b610472565b005b61017f6101da366004610ff6565b6001600160a01b03165f9081526020819052604090205490565b61017f610202366004610ff6565b610513565b61020f610530565b60405161014a979695949392919061100f565b61015b610572565b6101ca610238366004610f94565b610581565b61013e61024b366004610f94565b610611565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161014a565b7f0000000000000000000000000000000000000000000000000000000000000000610272565b6101ca6102be3660046110a5565b61061e565b6102727f000000000000000000000000000000000000000000000000000000000000000081565b61017f6102f8366004611112565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102727f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b031982166301ffc9a760e01b148061037957506001600160e01b0319821663ec4fc8e360e01b145b8061039457506001600160e01b03198216631d1d8b6360e01b145b92915050565b6060600380546103a990611143565b80601f01602080910402602001604051908101604052809291908181526020018280546103d590611143565b80156104205780601f106103f757610100808354040283529160200191610420565b820191905f5260205f20905b81548152906001019060200180831161040357829003601f168201915b5050505050905090565b5f33610437818585610754565b5060019392505050565b5f3361044e858285610766565b6104598585856107e2565b506001949350505050565b5f61046d61083f565b905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104c257604051637c8da0cf60e11b81523360048201526024015b60405180910390fd5b6104cc8282610968565b816001600160a01b03167f0f6798a560793a54c3bcfe86a93cde1e73087d944c0ea20544137d41213968858260405161050791815260200190565b60405180910390a25050565b6001600160a01b0381165f90815260076020526040812054610394565b5f6060805f5f5f60606105416109a0565b6105496109cd565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6060600480546103a990611143565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146105cc57604051637c8da0cf60e11b81523360048201526024016104b9565b6105d682826109fa565b816001600160a01b03167fcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca58260405161050791815260200190565b5f336104378185856107e2565b834211156106425760405163313c898160e11b8152600481018590526024016104b9565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c988888861068d8c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6106e782610a2e565b90505f6106f682878787610a5a565b9050896001600160a01b0316816001600160a01b03161461073d576040516325c0072360e11b81526001600160a01b0380831660048301528b1660248201526044016104b9565b6107488a8a8a610754565b50505050505050505050565b6107618383836001610a86565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156107dc57818110156107ce57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016104b9565b6107dc84848484035f610a86565b50505050565b6001600160a01b03831661080b57604051634b637e8f60e11b81525f60048201526024016104b9565b6001600160a01b0382166108345760405163ec442f0560e01b81525f60048201526024016104b9565b610761838383610b58565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561089757507f000000000000000000000000000000000000000000000000000000000000000046145b156108c157507f000000000000000000000000000000000000000000000000000000000000000090565b61046d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6001600160a01b0382166109915760405163ec442f0560e01b81525f60048201526024016104b9565b61099c5f8383610b58565b5050565b606061046d7f00000000000000000000000000000000000000000000000000000000000000006005610c7e565b606061046d7f00000000000000000000000000000000000000000000000000000000000000006006610c7e565b6001600160a01b038216610a2357604051634b637e8f60e11b81525f60048201526024016104b9565b61099c825f83610b58565b5f610394610a3a61083f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610a6a88888888610d27565b925092509250610a7a8282610def565b50909695505050505050565b6001600160a01b038416610aaf5760405163e602df0560e01b81525f60048201526024016104b9565b6001600160a01b038316610ad857604051634a1406b160e11b81525f60048201526024016104b9565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156107dc57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610b4a91815260200190565b60405180910390a350505050565b6001600160a01b038316610b82578060025f828254610b77919061117b565b90915550610bf29050565b6001600160a01b0383165f9081526020819052604090205481811015610bd45760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016104b9565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610c0e57600280548290039055610c2c565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610c7191815260200190565b60405180910390a3505050565b606060ff8314610c9857610c9183610ea7565b9050610394565b818054610ca490611143565b80601f0160208091040260200160405190810160405280929190818152602001828054610cd090611143565b8015610d1b5780601f10610cf257610100808354040283529160200191610d1b565b820191905f5260205f20905b815481529060010190602001808311610cfe57829003601f168201915b50505050509050610394565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610d6057505f91506003905082610de5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610db1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610ddc57505f925060019150829050610de5565b92505f91508190505b9450945094915050565b5f826003811115610e0257610e0261119a565b03610e0b575050565b6001826003811115610e1f57610e1f61119a565b03610e3d5760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610e5157610e5161119a565b03610e725760405163fce698f760e01b8152600481018290526024016104b9565b6003826003811115610e8657610e8661119a565b0361099c576040516335e2f38360e21b8152600481018290526024016104b9565b60605f610eb383610ee4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561039457604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215610f1b575f5ffd5b81356001600160e01b031981168114610f32575f5ffd5b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f326020830184610f39565b80356001600160a01b0381168114610f8f575f5ffd5b919050565b5f5f60408385031215610fa5575f5ffd5b610fae83610f79565b946020939093013593505050565b5f5f5f60608486031215610fce575f5ffd5b610fd784610f79565b9250610fe560208501610f79565b929592945050506040919091013590565b5f60208284031215611006575f5ffd5b610f3282610f79565b60ff60f81b8816815260e060208201525f61102d60e0830189610f39565b828103604084015261103f8189610f39565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611094578351835260209384019390920191600101611076565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a0312156110bb575f5ffd5b6110c488610f79565b96506110d260208901610f79565b95506040880135945060608801359350608088013560ff811681146110f5575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611123575f5ffd5b61112c83610f79565b915061113a60208401610f79565b90509250929050565b600181811c9082168061115757607f821691505b60208210810361117557634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561039457634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220485f4dcc9f8cb5f6dfa56d0cbb41001d01911698ccc2aca4e299f4faca58e32f64736f6c63430008250033",
}

// L2OPEN is an auto generated Go binding around an Ethereum contract.
type L2OPEN struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *L2OPEN) GetABI() abi.ABI {
	return c.abi
}

// NewL2OPEN creates a new instance of L2OPEN.
func NewL2OPEN() *L2OPEN {
	parsed, err := L2OPENMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L2OPEN{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L2OPEN) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address remoteToken_, address bridge_) returns()
func (l2OPEN *L2OPEN) PackConstructor(remoteToken_ common.Address, bridge_ common.Address) []byte {
	enc, err := l2OPEN.abi.Pack("", remoteToken_, bridge_)
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
func (l2OPEN *L2OPEN) PackDOMAINSEPARATOR() []byte {
	enc, err := l2OPEN.abi.Pack("DOMAIN_SEPARATOR")
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
func (l2OPEN *L2OPEN) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return l2OPEN.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (l2OPEN *L2OPEN) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := l2OPEN.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (l2OPEN *L2OPEN) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := l2OPEN.abi.Pack("allowance", owner, spender)
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
func (l2OPEN *L2OPEN) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return l2OPEN.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (l2OPEN *L2OPEN) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := l2OPEN.abi.Unpack("allowance", data)
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
func (l2OPEN *L2OPEN) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := l2OPEN.abi.Pack("approve", spender, value)
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
func (l2OPEN *L2OPEN) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return l2OPEN.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (l2OPEN *L2OPEN) UnpackApprove(data []byte) (bool, error) {
	out, err := l2OPEN.abi.Unpack("approve", data)
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
func (l2OPEN *L2OPEN) PackBalanceOf(account common.Address) []byte {
	enc, err := l2OPEN.abi.Pack("balanceOf", account)
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
func (l2OPEN *L2OPEN) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return l2OPEN.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (l2OPEN *L2OPEN) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := l2OPEN.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (l2OPEN *L2OPEN) PackBridge() []byte {
	enc, err := l2OPEN.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (l2OPEN *L2OPEN) TryPackBridge() ([]byte, error) {
	return l2OPEN.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (l2OPEN *L2OPEN) UnpackBridge(data []byte) (common.Address, error) {
	out, err := l2OPEN.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (l2OPEN *L2OPEN) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := l2OPEN.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (l2OPEN *L2OPEN) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return l2OPEN.abi.Pack("burn", from, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (l2OPEN *L2OPEN) PackDecimals() []byte {
	enc, err := l2OPEN.abi.Pack("decimals")
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
func (l2OPEN *L2OPEN) TryPackDecimals() ([]byte, error) {
	return l2OPEN.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (l2OPEN *L2OPEN) UnpackDecimals(data []byte) (uint8, error) {
	out, err := l2OPEN.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackL2openEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (l2OPEN *L2OPEN) PackL2openEip712Domain() []byte {
	enc, err := l2OPEN.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2openEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (l2OPEN *L2OPEN) TryPackL2openEip712Domain() ([]byte, error) {
	return l2OPEN.abi.Pack("eip712Domain")
}

// L2openEip712DomainOutput serves as a container for the return parameters of contract
// method L2openEip712Domain.
type L2openEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackL2openEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (l2OPEN *L2OPEN) UnpackL2openEip712Domain(data []byte) (L2openEip712DomainOutput, error) {
	out, err := l2OPEN.abi.Unpack("eip712Domain", data)
	outstruct := new(L2openEip712DomainOutput)
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

// PackL1Token is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01e1bd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1Token() view returns(address)
func (l2OPEN *L2OPEN) PackL1Token() []byte {
	enc, err := l2OPEN.abi.Pack("l1Token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1Token is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01e1bd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1Token() view returns(address)
func (l2OPEN *L2OPEN) TryPackL1Token() ([]byte, error) {
	return l2OPEN.abi.Pack("l1Token")
}

// UnpackL1Token is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01e1bd6.
//
// Solidity: function l1Token() view returns(address)
func (l2OPEN *L2OPEN) UnpackL1Token(data []byte) (common.Address, error) {
	out, err := l2OPEN.abi.Unpack("l1Token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL2Bridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1f6aaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Bridge() view returns(address)
func (l2OPEN *L2OPEN) PackL2Bridge() []byte {
	enc, err := l2OPEN.abi.Pack("l2Bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Bridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae1f6aaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Bridge() view returns(address)
func (l2OPEN *L2OPEN) TryPackL2Bridge() ([]byte, error) {
	return l2OPEN.abi.Pack("l2Bridge")
}

// UnpackL2Bridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae1f6aaf.
//
// Solidity: function l2Bridge() view returns(address)
func (l2OPEN *L2OPEN) UnpackL2Bridge(data []byte) (common.Address, error) {
	out, err := l2OPEN.abi.Unpack("l2Bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (l2OPEN *L2OPEN) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := l2OPEN.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (l2OPEN *L2OPEN) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return l2OPEN.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (l2OPEN *L2OPEN) PackName() []byte {
	enc, err := l2OPEN.abi.Pack("name")
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
func (l2OPEN *L2OPEN) TryPackName() ([]byte, error) {
	return l2OPEN.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (l2OPEN *L2OPEN) UnpackName(data []byte) (string, error) {
	out, err := l2OPEN.abi.Unpack("name", data)
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
func (l2OPEN *L2OPEN) PackNonces(owner common.Address) []byte {
	enc, err := l2OPEN.abi.Pack("nonces", owner)
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
func (l2OPEN *L2OPEN) TryPackNonces(owner common.Address) ([]byte, error) {
	return l2OPEN.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (l2OPEN *L2OPEN) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := l2OPEN.abi.Unpack("nonces", data)
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
func (l2OPEN *L2OPEN) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := l2OPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (l2OPEN *L2OPEN) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return l2OPEN.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRemoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c0b2c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remoteToken() view returns(address)
func (l2OPEN *L2OPEN) PackRemoteToken() []byte {
	enc, err := l2OPEN.abi.Pack("remoteToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoteToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6c0b2c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remoteToken() view returns(address)
func (l2OPEN *L2OPEN) TryPackRemoteToken() ([]byte, error) {
	return l2OPEN.abi.Pack("remoteToken")
}

// UnpackRemoteToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6c0b2c4.
//
// Solidity: function remoteToken() view returns(address)
func (l2OPEN *L2OPEN) UnpackRemoteToken(data []byte) (common.Address, error) {
	out, err := l2OPEN.abi.Unpack("remoteToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (l2OPEN *L2OPEN) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := l2OPEN.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (l2OPEN *L2OPEN) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return l2OPEN.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (l2OPEN *L2OPEN) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := l2OPEN.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (l2OPEN *L2OPEN) PackSymbol() []byte {
	enc, err := l2OPEN.abi.Pack("symbol")
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
func (l2OPEN *L2OPEN) TryPackSymbol() ([]byte, error) {
	return l2OPEN.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (l2OPEN *L2OPEN) UnpackSymbol(data []byte) (string, error) {
	out, err := l2OPEN.abi.Unpack("symbol", data)
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
func (l2OPEN *L2OPEN) PackTotalSupply() []byte {
	enc, err := l2OPEN.abi.Pack("totalSupply")
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
func (l2OPEN *L2OPEN) TryPackTotalSupply() ([]byte, error) {
	return l2OPEN.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (l2OPEN *L2OPEN) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := l2OPEN.abi.Unpack("totalSupply", data)
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
func (l2OPEN *L2OPEN) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := l2OPEN.abi.Pack("transfer", to, value)
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
func (l2OPEN *L2OPEN) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return l2OPEN.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (l2OPEN *L2OPEN) UnpackTransfer(data []byte) (bool, error) {
	out, err := l2OPEN.abi.Unpack("transfer", data)
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
func (l2OPEN *L2OPEN) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := l2OPEN.abi.Pack("transferFrom", from, to, value)
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
func (l2OPEN *L2OPEN) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return l2OPEN.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (l2OPEN *L2OPEN) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := l2OPEN.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// L2OPENApproval represents a Approval event raised by the L2OPEN contract.
type L2OPENApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const L2OPENApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (L2OPENApproval) ContractEventName() string {
	return L2OPENApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (l2OPEN *L2OPEN) UnpackApprovalEvent(log *types.Log) (*L2OPENApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2OPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2OPENApproval)
	if len(log.Data) > 0 {
		if err := l2OPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2OPEN.abi.Events[event].Inputs {
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

// L2OPENBurn represents a Burn event raised by the L2OPEN contract.
type L2OPENBurn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const L2OPENBurnEventName = "Burn"

// ContractEventName returns the user-defined event name.
func (L2OPENBurn) ContractEventName() string {
	return L2OPENBurnEventName
}

// UnpackBurnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burn(address indexed account, uint256 amount)
func (l2OPEN *L2OPEN) UnpackBurnEvent(log *types.Log) (*L2OPENBurn, error) {
	event := "Burn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2OPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2OPENBurn)
	if len(log.Data) > 0 {
		if err := l2OPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2OPEN.abi.Events[event].Inputs {
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

// L2OPENEIP712DomainChanged represents a EIP712DomainChanged event raised by the L2OPEN contract.
type L2OPENEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const L2OPENEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (L2OPENEIP712DomainChanged) ContractEventName() string {
	return L2OPENEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (l2OPEN *L2OPEN) UnpackEIP712DomainChangedEvent(log *types.Log) (*L2OPENEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2OPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2OPENEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := l2OPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2OPEN.abi.Events[event].Inputs {
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

// L2OPENMint represents a Mint event raised by the L2OPEN contract.
type L2OPENMint struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const L2OPENMintEventName = "Mint"

// ContractEventName returns the user-defined event name.
func (L2OPENMint) ContractEventName() string {
	return L2OPENMintEventName
}

// UnpackMintEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Mint(address indexed account, uint256 amount)
func (l2OPEN *L2OPEN) UnpackMintEvent(log *types.Log) (*L2OPENMint, error) {
	event := "Mint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2OPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2OPENMint)
	if len(log.Data) > 0 {
		if err := l2OPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2OPEN.abi.Events[event].Inputs {
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

// L2OPENTransfer represents a Transfer event raised by the L2OPEN contract.
type L2OPENTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const L2OPENTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (L2OPENTransfer) ContractEventName() string {
	return L2OPENTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (l2OPEN *L2OPEN) UnpackTransferEvent(log *types.Log) (*L2OPENTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != l2OPEN.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(L2OPENTransfer)
	if len(log.Data) > 0 {
		if err := l2OPEN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range l2OPEN.abi.Events[event].Inputs {
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
func (l2OPEN *L2OPEN) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["NotBridge"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackNotBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], l2OPEN.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return l2OPEN.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// L2OPENECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the L2OPEN contract.
type L2OPENECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func L2OPENECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (l2OPEN *L2OPEN) UnpackECDSAInvalidSignatureError(raw []byte) (*L2OPENECDSAInvalidSignature, error) {
	out := new(L2OPENECDSAInvalidSignature)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the L2OPEN contract.
type L2OPENECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func L2OPENECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (l2OPEN *L2OPEN) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*L2OPENECDSAInvalidSignatureLength, error) {
	out := new(L2OPENECDSAInvalidSignatureLength)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the L2OPEN contract.
type L2OPENECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func L2OPENECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (l2OPEN *L2OPEN) UnpackECDSAInvalidSignatureSError(raw []byte) (*L2OPENECDSAInvalidSignatureS, error) {
	out := new(L2OPENECDSAInvalidSignatureS)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the L2OPEN contract.
type L2OPENERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func L2OPENERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (l2OPEN *L2OPEN) UnpackERC20InsufficientAllowanceError(raw []byte) (*L2OPENERC20InsufficientAllowance, error) {
	out := new(L2OPENERC20InsufficientAllowance)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the L2OPEN contract.
type L2OPENERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func L2OPENERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (l2OPEN *L2OPEN) UnpackERC20InsufficientBalanceError(raw []byte) (*L2OPENERC20InsufficientBalance, error) {
	out := new(L2OPENERC20InsufficientBalance)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InvalidApprover represents a ERC20InvalidApprover error raised by the L2OPEN contract.
type L2OPENERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func L2OPENERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (l2OPEN *L2OPEN) UnpackERC20InvalidApproverError(raw []byte) (*L2OPENERC20InvalidApprover, error) {
	out := new(L2OPENERC20InvalidApprover)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the L2OPEN contract.
type L2OPENERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func L2OPENERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (l2OPEN *L2OPEN) UnpackERC20InvalidReceiverError(raw []byte) (*L2OPENERC20InvalidReceiver, error) {
	out := new(L2OPENERC20InvalidReceiver)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InvalidSender represents a ERC20InvalidSender error raised by the L2OPEN contract.
type L2OPENERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func L2OPENERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (l2OPEN *L2OPEN) UnpackERC20InvalidSenderError(raw []byte) (*L2OPENERC20InvalidSender, error) {
	out := new(L2OPENERC20InvalidSender)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC20InvalidSpender represents a ERC20InvalidSpender error raised by the L2OPEN contract.
type L2OPENERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func L2OPENERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (l2OPEN *L2OPEN) UnpackERC20InvalidSpenderError(raw []byte) (*L2OPENERC20InvalidSpender, error) {
	out := new(L2OPENERC20InvalidSpender)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the L2OPEN contract.
type L2OPENERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func L2OPENERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (l2OPEN *L2OPEN) UnpackERC2612ExpiredSignatureError(raw []byte) (*L2OPENERC2612ExpiredSignature, error) {
	out := new(L2OPENERC2612ExpiredSignature)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the L2OPEN contract.
type L2OPENERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func L2OPENERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (l2OPEN *L2OPEN) UnpackERC2612InvalidSignerError(raw []byte) (*L2OPENERC2612InvalidSigner, error) {
	out := new(L2OPENERC2612InvalidSigner)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENInvalidAccountNonce represents a InvalidAccountNonce error raised by the L2OPEN contract.
type L2OPENInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func L2OPENInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (l2OPEN *L2OPEN) UnpackInvalidAccountNonceError(raw []byte) (*L2OPENInvalidAccountNonce, error) {
	out := new(L2OPENInvalidAccountNonce)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENInvalidShortString represents a InvalidShortString error raised by the L2OPEN contract.
type L2OPENInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func L2OPENInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (l2OPEN *L2OPEN) UnpackInvalidShortStringError(raw []byte) (*L2OPENInvalidShortString, error) {
	out := new(L2OPENInvalidShortString)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENNotBridge represents a NotBridge error raised by the L2OPEN contract.
type L2OPENNotBridge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBridge(address caller)
func L2OPENNotBridgeErrorID() common.Hash {
	return common.HexToHash("0xf91b419eec7695fa42b5ad5608bd2123ca602e47c2af990b92c08729cdb5d69e")
}

// UnpackNotBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBridge(address caller)
func (l2OPEN *L2OPEN) UnpackNotBridgeError(raw []byte) (*L2OPENNotBridge, error) {
	out := new(L2OPENNotBridge)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "NotBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENStringTooLong represents a StringTooLong error raised by the L2OPEN contract.
type L2OPENStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func L2OPENStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (l2OPEN *L2OPEN) UnpackStringTooLongError(raw []byte) (*L2OPENStringTooLong, error) {
	out := new(L2OPENStringTooLong)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L2OPENZeroAddress represents a ZeroAddress error raised by the L2OPEN contract.
type L2OPENZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func L2OPENZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (l2OPEN *L2OPEN) UnpackZeroAddressError(raw []byte) (*L2OPENZeroAddress, error) {
	out := new(L2OPENZeroAddress)
	if err := l2OPEN.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
