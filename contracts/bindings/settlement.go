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

// SettlementMetaData contains all meta data concerning the Settlement contract.
var SettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"recipient_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"}],\"name\":\"EvidenceNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"}],\"name\":\"FeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"}],\"name\":\"InvalidCorpusRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"InvalidScoreProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"}],\"name\":\"InvalidSketchRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payouts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"}],\"name\":\"PayoutsExceedFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"}],\"name\":\"QueryHashOutOfField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastEpoch\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"DatanetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EvidenceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"PosterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RemainderRecipientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"ScoresAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend\",\"type\":\"uint8\"}],\"name\":\"VerifierChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"EMPTY_ROOT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"R\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"attestScores\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"attestations\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"backend\",\"outputs\":[{\"internalType\":\"enumSettlement.Backend\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"datanetRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"epochRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"evidence\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"isAttested\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isPoster\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"payouts\",\"type\":\"uint256[]\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gamma\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fingerprint\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"registerDatanet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"}],\"name\":\"registerEvidence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"registerModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"remainderRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setPoster\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setRemainderRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend_\",\"type\":\"uint8\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"payouts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516125e43803806125e483398101604081905261002e9161021a565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100658161019b565b506001600160a01b038516158061008357506001600160a01b038416155b8061009557506001600160a01b038216155b156100b35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808616608052600280549186166001600160a01b031983168117825585926001600160a81b03191617600160a01b8360018111156100fb576100fb61028e565b0217905550600380546001600160a01b0319166001600160a01b0384161790556040517f975371021267da3dd6df1d99121cb52d44a8c8032225f87afa7ff9c0547a53909061014d90869086906102a2565b60405180910390a16040516001600160a01b03831681527ffffcdc9c68043886ee845954251fc34664b13223b44c50865f96b48048f6fadc9060200160405180910390a150505050506102db565b600180546001600160a01b03191690556101b4816101b7565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146101b4575f5ffd5b5f5f5f5f5f60a0868803121561022e575f5ffd5b855161023981610206565b602087015190955061024a81610206565b60408701519094506002811061025e575f5ffd5b606087015190935061026f81610206565b608087015190925061028081610206565b809150509295509295909350565b634e487b7160e01b5f52602160045260245ffd5b6001600160a01b038316815260408101600283106102ce57634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b6080516122dc6103085f395f81816105a9015281816107fd01528181610afe0152610b5301526122dc5ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c806375ecbb89116100fe578063b41da1b11161009e578063e9bd153d1161006e578063e9bd153d146104fd578063f2fde38b14610510578063f5440a5314610523578063fc0c546a146105a4575f5ffd5b8063b41da1b11461048d578063bc2fc028146104a0578063c13c2396146104bf578063e30c3978146104ec575f5ffd5b80638da5cb5b116100d95780638da5cb5b146103d6578063940992a3146103e65780639c662fdd14610467578063ab57a2e81461047a575f5ffd5b806375ecbb89146103a857806379ba5097146103bb5780637adf795c146103c3575f5ffd5b806333a170ff116101745780634c744cf2116101445780634c744cf21461034057806368fe56aa146103535780636a0534f114610381578063715018a6146103a0575f5ffd5b806333a170ff146102e75780633cdb00af146102fa57806342b643fc146103195780634980e1be1461032c575f5ffd5b806323711997116101af578063237119971461025f57806329f33ec8146102745780632b7ac3f31461029f5780632e411f22146102b2575f5ffd5b806306a4c983146101d5578063099e41331461020c5780631b25ba611461022d575b5f5ffd5b6002546101ef90600160a81b90046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b60025461022090600160a01b900460ff1681565b6040516102039190611bff565b61024f61023b366004611c28565b60046020525f908152604090205460ff1681565b6040519015158152602001610203565b61027261026d366004611ca5565b6105cb565b005b600354610287906001600160a01b031681565b6040516001600160a01b039091168152602001610203565b600254610287906001600160a01b031681565b6102d97f4b99f6e58b39a0ce71f6cd2d9f9231e0554f4d0f009e867e11a0c36cd1bd414c81565b604051908152602001610203565b6102726102f5366004611d24565b61083a565b6102d9610308366004611d59565b60076020525f908152604090205481565b610272610327366004611d70565b6108a1565b6102d95f5160206122875f395f51905f5281565b61027261034e366004611dcd565b610935565b610366610361366004611e8d565b610b8f565b60408051938452602084019290925290820152606001610203565b6102d961038f366004611d59565b60086020525f908152604090205481565b610272610bd8565b61024f6103b6366004611f1d565b610beb565b610272610c48565b6102726103d1366004611d70565b610c8c565b5f546001600160a01b0316610287565b6104336103f4366004611d59565b600a6020525f90815260409020805460018201546002830154600390930154919290916001600160401b03808216916801000000000000000090041685565b604080519586526020860194909452928401919091526001600160401b03908116606084015216608082015260a001610203565b610272610475366004611c28565b610d20565b610272610488366004611f45565b610da3565b61027261049b366004611f81565b610fdc565b6102d96104ae366004611fd3565b60056020525f908152604090205481565b61024f6104cd366004611d59565b5f908152600a60205260409020600301546001600160401b0316151590565b6001546001600160a01b0316610287565b61027261050b366004611fec565b6112b7565b61027261051e366004611c28565b61136a565b61056c610531366004611d59565b60096020525f90815260409020805460018201546002909201549091906001600160a01b03811690600160a01b90046001600160401b031684565b604051610203949392919093845260208401929092526001600160a01b031660408301526001600160401b0316606082015260800190565b6102877f000000000000000000000000000000000000000000000000000000000000000081565b6105d36113da565b6001600160401b0386165f9081526005602052604090205480158061061757507f4b99f6e58b39a0ce71f6cd2d9f9231e0554f4d0f009e867e11a0c36cd1bd414c81145b15610645576040516336ea088d60e01b81526001600160401b03881660048201526024015b60405180910390fd5b604080518781526020810187905290810185905260609020865f5b848110156106da5760018216156106a15761069c86868381811061068657610686612019565b90506020020135845f9182526020526040902090565b6106cc565b6106cc838787848181106106b7576106b7612019565b905060200201355f9182526020526040902090565b9250600191821c9101610660565b50801515806106e95750828214155b1561071957604051630fb4609d60e21b81526001600160401b038a1660048201526024810189905260440161063c565b6001600160401b0389165f90815260066020908152604080832060088c901c80855292528220549091600160ff8c161b9190818316900361077f576040516305b5a69d60e01b81526001600160401b038d166004820152602481018c905260440161063c565b6001600160401b038c165f81815260066020908152604080832087845282529182902085198516905581518e81529081018c90526001600160a01b038d1692917fd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd321910160405180910390a38815610824576108246001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168b8b611447565b5050505050506108326114ab565b505050505050565b6108426114d5565b6001600160a01b0382165f81815260046020908152604091829020805460ff191685151590811790915591519182527f3da19a2cb558b1fcec9947c13144c03185aa0074e2dbeeab3ab9c54f090616cc91015b60405180910390a25050565b335f9081526004602052604090205460ff161580156108ca57505f546001600160a01b03163314155b156108ea576040516334a8f72960e11b815233600482015260240161063c565b5f828152600760209081526040918290208390558151838152339181019190915283917f4722c0c25ef4c069f1e7fb0a428aeb592c2fcfb42e3181b38074654cc80037449101610895565b61093d6113da565b335f9081526004602052604090205460ff1661096e576040516334a8f72960e11b815233600482015260240161063c565b828514610998576040516355c5b3e360e11b8152600481018690526024810184905260440161063c565b6001600160401b0389165f90815260056020526040902054156109d957604051635b6c38cd60e11b81526001600160401b038a16600482015260240161063c565b6002546001600160401b03600160a81b9091048116908a1611610a2e57600254604051630ae4993b60e21b81526001600160401b038b81166004830152600160a81b909204909116602482015260440161063c565b606088901c15610a5457604051630bc8c67960e01b81526004810189905260240161063c565b5f5160206122875f395f51905f528710610a845760405163a9f5053360e01b81526004810188905260240161063c565b5f610a8d611bad565b5f610a9d8c8c8c8c8c8c8c611501565b90945090925090508a831115610ad0576040516370ffe99360e11b815260048101849052602481018c905260440161063c565b610adb8585846115bf565b610ae98c828a8e878f61175f565b50508015610b2657610b266001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461183b565b808914610b7b57600354610b7b9033906001600160a01b0316610b49848d612041565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692919061183b565b50610b846114ab565b505050505050505050565b5f5f5f5f5f610ba38c8c8c8c8c8c8c611501565b925050915081600360058110610bbb57610bbb612019565b6020020151608090920151919c919b509950975050505050505050565b610be06114d5565b610be95f61187a565b565b6001600160401b0382165f908152600560205260408120548103610c1057505f610c42565b506001600160401b0382165f908152600660209081526040808320600885901c8452909152902054600160ff83161b16155b92915050565b60015433906001600160a01b03168114610c805760405163118cdaa760e01b81526001600160a01b038216600482015260240161063c565b610c898161187a565b50565b335f9081526004602052604090205460ff16158015610cb557505f546001600160a01b03163314155b15610cd5576040516334a8f72960e11b815233600482015260240161063c565b5f828152600860209081526040918290208390558151838152339181019190915283917fcc4fca44b6c998605973423ad6d32acae6371179196ba89d8070990a2c12f5d79101610895565b610d286114d5565b6001600160a01b038116610d4f5760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040519081527ffffcdc9c68043886ee845954251fc34664b13223b44c50865f96b48048f6fadc9060200160405180910390a150565b335f9081526004602052604090205460ff16158015610dcc57505f546001600160a01b03163314155b15610dec576040516334a8f72960e11b815233600482015260240161063c565b821580610e0657505f5160206122875f395f51905f528310155b15610e2757604051631d5e74c760e01b81526004810184905260240161063c565b811580610e4157505f5160206122875f395f51905f528210155b15610e6257604051637de57fa560e11b81526004810183905260240161063c565b6001600160a01b038116610e895760405163d92e233d60e01b815260040160405180910390fd5b806001600160a01b03163b5f03610ebe576040516322a2d07b60e21b81526001600160a01b038216600482015260240161063c565b5f84815260096020526040812060020154610eea90600160a01b90046001600160401b03166001612054565b6040805160808101825286815260208082018781526001600160a01b038088168486019081526001600160401b03808816606087019081525f8e8152600990965294879020955186559251600186015551600290940180549351909216600160a01b026001600160e01b03199093169316929092171790555190915085907f42bc581c7fed910dac724a7aee11162501063c4a4905abe6b9bdead47a2df59d90610fcd908790879087908790339094855260208501939093526001600160a01b0391821660408501526001600160401b0316606084015216608082015260a00190565b60405180910390a25050505050565b335f9081526004602052604090205460ff1661100d576040516334a8f72960e11b815233600482015260240161063c565b5f868152600a60205260409020600301546001600160401b03161561104757604051622e0fb560e21b81526004810187905260240161063c565b5f85815260096020526040812060028101549091600160a01b9091046001600160401b03169081900361109057604051638da5eefb60e01b81526004810188905260240161063c565b5f5160206122875f395f51905f5286106110c05760405163012e5f7160e01b81526004810187905260240161063c565b5f5160206122875f395f51905f5285106110f05760405163a9f5053360e01b81526004810186905260240161063c565b6002820154604080516060810182528454815260208101899052808201889052905163f219ed6f60e01b81526001600160a01b039092169163f219ed6f9161113e918891889160040161209b565b5f6040518083038186803b158015611154575f5ffd5b505afa925050508015611165575060015b611194576040516329c0e93360e01b8152600481018890526001600160401b038216602482015260440161063c565b6040518060a00160405280888152602001878152602001868152602001826001600160401b03168152602001436001600160401b0316815250600a5f8a81526020019081526020015f205f820151815f015560208201518160010155604082015181600201556060820151816003015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060808201518160030160086101000a8154816001600160401b0302191690836001600160401b0316021790555090505086887fc57f99ba4dded10d502c65c14e86949c27460e8412d845fb66483c08f5ee0c4f8888856040516112a59392919092835260208301919091526001600160401b0316604082015260600190565b60405180910390a35050505050505050565b6112bf6114d5565b6001600160a01b0382166112e65760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0384166001600160a01b03198216811783558392916001600160a81b03191617600160a01b83600181111561132857611328611bcb565b02179055507f975371021267da3dd6df1d99121cb52d44a8c8032225f87afa7ff9c0547a5390828260405161135e9291906120e1565b60405180910390a15050565b6113726114d5565b600180546001600160a01b0383166001600160a01b031990911681179091556113a25f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561141a57604051633ee5aeb560e01b815260040160405180910390fd5b610be960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611893565b6040516001600160a01b038381166024830152604482018390526114a691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061189a565b505050565b610be95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611441565b5f546001600160a01b03163314610be95760405163118cdaa760e01b815233600482015260240161063c565b611509611bad565b5f5f5f5f5160206122875f395f51905f528b6001600160401b03168a8c8b8b8b8b60405160200161154097969594939291906120fe565b604051602081830303815290604052805190602001205f1c6115629190612190565b90505f6115728989898986611906565b8095508196508293505050506040518060a001604052808d6001600160401b031681526020018b81526020018c815260200183815260200182815250945050509750975097945050505050565b5f600254600160a01b900460ff1660018111156115de576115de611bcb565b0361165b57600254604051630af9a23560e21b81526001600160a01b0390911690632be688d490611617908690869086906004016121af565b5f6040518083038186803b15801561162d575f5ffd5b505afa92505050801561163e575060015b6114a6576040516309bde33960e01b815260040160405180910390fd5b60408051600580825260c082019092525f916020820160a0803683370190505090505f5b60058110156116c45782816005811061169a5761169a612019565b60200201518282815181106116b1576116b1612019565b602090810291909101015260010161167f565b50600254604051633f27bd4560e11b81525f916001600160a01b031690637e4f7a8a906116f9908890889087906004016121fe565b602060405180830381865afa925050508015611732575060408051601f3d908101601f1916820190925261172f91810190612258565b60015b1561173a5790505b80611758576040516309bde33960e01b815260040160405180910390fd5b5050505050565b6001600160401b0386165f8181526005602090815260408083208990556002805467ffffffffffffffff60a81b1916600160a81b9095029490941790935560069052908120905b60086117b38760ff612273565b901c8110156117d5575f8181526020839052604090205f1990556001016117a6565b506040805187815260208101879052908101859052606081018490526080810183905233906001600160401b038916907fdbeca66845e984a5706301359e7f38d60e7f9df44f7cb68cbaa4491ccc054fbb9060a00160405180910390a350505050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526118749186918216906323b872dd90608401611474565b50505050565b600180546001600160a01b0319169055610c8981611b5e565b80825d5050565b5f5f60205f8451602086015f885af1806118b9576040513d5f823e3d81fd5b50505f513d915081156118d05780600114156118dd565b6001600160a01b0384163b155b1561187457604051635274afe760e01b81526001600160a01b038516600482015260240161063c565b5f808086808203611940575f5f7f4b99f6e58b39a0ce71f6cd2d9f9231e0554f4d0f009e867e11a0c36cd1bd414c93509350935050611b53565b5f816001600160401b03811115611959576119596121ea565b604051908082528060200260200182016040528015611982578160200160208202803683370190505b509050855f5b83811015611a7f575f8c8c838181106119a3576119a3612019565b90506020020160208101906119b89190611c28565b90505f8b8b848181106119cd576119cd612019565b90506020020135905080886119e29190612273565b97505f5160206122875f395f51905f528085846001600160a01b0316098a0898505f5160206122875f395f51905f528a850993505f5160206122875f395f51905f52808583098a0898505f5160206122875f395f51905f528a8509604080518581526020810185905290810183905260609020909450858481518110611a6a57611a6a612019565b60209081029190910101525050600101611988565b50825b6001811115611b32576001818101901c5f5b81811015611b2a575f816002029050611b04868281518110611ab857611ab8612019565b6020026020010151858360010110611ad9575f5f9182526020526040902090565b878360010181518110611aee57611aee612019565b60200260200101515f9182526020526040902090565b868381518110611b1657611b16612019565b602090810291909101015250600101611a94565b509050611a82565b50815f81518110611b4557611b45612019565b602002602001015193505050505b955095509592505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040518060a001604052806005906020820280368337509192915050565b634e487b7160e01b5f52602160045260245ffd5b60028110611bfb57634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610c428284611bdf565b80356001600160a01b0381168114611c23575f5ffd5b919050565b5f60208284031215611c38575f5ffd5b611c4182611c0d565b9392505050565b80356001600160401b0381168114611c23575f5ffd5b5f5f83601f840112611c6e575f5ffd5b5081356001600160401b03811115611c84575f5ffd5b6020830191508360208260051b8501011115611c9e575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215611cba575f5ffd5b611cc387611c48565b955060208701359450611cd860408801611c0d565b93506060870135925060808701356001600160401b03811115611cf9575f5ffd5b611d0589828a01611c5e565b979a9699509497509295939492505050565b8015158114610c89575f5ffd5b5f5f60408385031215611d35575f5ffd5b611d3e83611c0d565b91506020830135611d4e81611d17565b809150509250929050565b5f60208284031215611d69575f5ffd5b5035919050565b5f5f60408385031215611d81575f5ffd5b50508035926020909101359150565b5f5f83601f840112611da0575f5ffd5b5081356001600160401b03811115611db6575f5ffd5b602083019150836020828501011115611c9e575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611de5575f5ffd5b611dee8a611c48565b985060208a0135975060408a0135965060608a01356001600160401b03811115611e16575f5ffd5b611e228c828d01611c5e565b90975095505060808a01356001600160401b03811115611e40575f5ffd5b611e4c8c828d01611c5e565b90955093505060a08a01356001600160401b03811115611e6a575f5ffd5b611e768c828d01611d90565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f60a0888a031215611ea3575f5ffd5b611eac88611c48565b9650602088013595506040880135945060608801356001600160401b03811115611ed4575f5ffd5b611ee08a828b01611c5e565b90955093505060808801356001600160401b03811115611efe575f5ffd5b611f0a8a828b01611c5e565b989b979a50959850939692959293505050565b5f5f60408385031215611f2e575f5ffd5b611f3783611c48565b946020939093013593505050565b5f5f5f5f60808587031215611f58575f5ffd5b843593506020850135925060408501359150611f7660608601611c0d565b905092959194509250565b5f5f5f5f5f5f60a08789031215611f96575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b03811115611fc7575f5ffd5b611d0589828a01611d90565b5f60208284031215611fe3575f5ffd5b611c4182611c48565b5f5f60408385031215611ffd575f5ffd5b61200683611c0d565b9150602083013560028110611d4e575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c4257610c4261202d565b6001600160401b038181168382160190811115610c4257610c4261202d565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f6120ae608083018587612073565b905060208201835f5b60038110156120d65781518352602092830192909101906001016120b7565b505050949350505050565b6001600160a01b038316815260408101611c416020830184611bdf565b878152602081018790526040810186905260a06060820181905281018490525f8560c08301825b87811015612153576001600160a01b0361213e84611c0d565b16825260209283019290910190600101612125565b5083810360808501528481526001600160fb1b03851115612172575f5ffd5b8460051b915081866020830137016020019998505050505050505050565b5f826121aa57634e487b7160e01b5f52601260045260245ffd5b500690565b60c081525f6121c260c083018587612073565b905060208201835f5b60058110156120d65781518352602092830192909101906001016121cb565b634e487b7160e01b5f52604160045260245ffd5b604081525f612211604083018587612073565b82810360208401528084518083526020830191506020860192505f5b8181101561224b57835183526020938401939092019160010161222d565b5090979650505050505050565b5f60208284031215612268575f5ffd5b8151611c4181611d17565b80820180821115610c4257610c4261202d56fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220a01e00087e0143c0b3bd8783cf809268deefa1e4819fc20440febfcfd603fe3164736f6c63430008250033",
}

// Settlement is an auto generated Go binding around an Ethereum contract.
type Settlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Settlement) GetABI() abi.ABI {
	return c.abi
}

// NewSettlement creates a new instance of Settlement.
func NewSettlement() *Settlement {
	parsed, err := SettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Settlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Settlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address verifier_, uint8 backend_, address recipient_, address owner_) returns()
func (settlement *Settlement) PackConstructor(token_ common.Address, verifier_ common.Address, backend_ uint8, recipient_ common.Address, owner_ common.Address) []byte {
	enc, err := settlement.abi.Pack("", token_, verifier_, backend_, recipient_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEMPTYROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e411f22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EMPTY_ROOT() view returns(bytes32)
func (settlement *Settlement) PackEMPTYROOT() []byte {
	enc, err := settlement.abi.Pack("EMPTY_ROOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEMPTYROOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e411f22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EMPTY_ROOT() view returns(bytes32)
func (settlement *Settlement) TryPackEMPTYROOT() ([]byte, error) {
	return settlement.abi.Pack("EMPTY_ROOT")
}

// UnpackEMPTYROOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e411f22.
//
// Solidity: function EMPTY_ROOT() view returns(bytes32)
func (settlement *Settlement) UnpackEMPTYROOT(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("EMPTY_ROOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4980e1be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function R() view returns(uint256)
func (settlement *Settlement) PackR() []byte {
	enc, err := settlement.abi.Pack("R")
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
func (settlement *Settlement) TryPackR() ([]byte, error) {
	return settlement.abi.Pack("R")
}

// UnpackR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4980e1be.
//
// Solidity: function R() view returns(uint256)
func (settlement *Settlement) UnpackR(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("R", data)
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
func (settlement *Settlement) PackAcceptOwnership() []byte {
	enc, err := settlement.abi.Pack("acceptOwnership")
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
func (settlement *Settlement) TryPackAcceptOwnership() ([]byte, error) {
	return settlement.abi.Pack("acceptOwnership")
}

// PackAttestScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb41da1b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestScores(bytes32 record, bytes32 adapter, uint256 queryHash, uint256 commitment, bytes proof) returns()
func (settlement *Settlement) PackAttestScores(record [32]byte, adapter [32]byte, queryHash *big.Int, commitment *big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("attestScores", record, adapter, queryHash, commitment, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb41da1b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestScores(bytes32 record, bytes32 adapter, uint256 queryHash, uint256 commitment, bytes proof) returns()
func (settlement *Settlement) TryPackAttestScores(record [32]byte, adapter [32]byte, queryHash *big.Int, commitment *big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("attestScores", record, adapter, queryHash, commitment, proof)
}

// PackAttestations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x940992a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint64 version, uint64 blockNumber)
func (settlement *Settlement) PackAttestations(arg0 [32]byte) []byte {
	enc, err := settlement.abi.Pack("attestations", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x940992a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint64 version, uint64 blockNumber)
func (settlement *Settlement) TryPackAttestations(arg0 [32]byte) ([]byte, error) {
	return settlement.abi.Pack("attestations", arg0)
}

// AttestationsOutput serves as a container for the return parameters of contract
// method Attestations.
type AttestationsOutput struct {
	Adapter     [32]byte
	QueryHash   *big.Int
	Commitment  *big.Int
	Version     uint64
	BlockNumber uint64
}

// UnpackAttestations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x940992a3.
//
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint64 version, uint64 blockNumber)
func (settlement *Settlement) UnpackAttestations(data []byte) (AttestationsOutput, error) {
	out, err := settlement.abi.Unpack("attestations", data)
	outstruct := new(AttestationsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Adapter = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.QueryHash = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Commitment = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Version = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.BlockNumber = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackBackend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x099e4133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function backend() view returns(uint8)
func (settlement *Settlement) PackBackend() []byte {
	enc, err := settlement.abi.Pack("backend")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBackend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x099e4133.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function backend() view returns(uint8)
func (settlement *Settlement) TryPackBackend() ([]byte, error) {
	return settlement.abi.Pack("backend")
}

// UnpackBackend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x099e4133.
//
// Solidity: function backend() view returns(uint8)
func (settlement *Settlement) UnpackBackend(data []byte) (uint8, error) {
	out, err := settlement.abi.Unpack("backend", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23711997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint64 epoch, uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (settlement *Settlement) PackClaim(epoch uint64, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) []byte {
	enc, err := settlement.abi.Pack("claim", epoch, index, account, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23711997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint64 epoch, uint256 index, address account, uint256 amount, bytes32[] proof) returns()
func (settlement *Settlement) TryPackClaim(epoch uint64, index *big.Int, account common.Address, amount *big.Int, proof [][32]byte) ([]byte, error) {
	return settlement.abi.Pack("claim", epoch, index, account, amount, proof)
}

// PackDatanetRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cdb00af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) PackDatanetRoot(arg0 [32]byte) []byte {
	enc, err := settlement.abi.Pack("datanetRoot", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatanetRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cdb00af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datanetRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) TryPackDatanetRoot(arg0 [32]byte) ([]byte, error) {
	return settlement.abi.Pack("datanetRoot", arg0)
}

// UnpackDatanetRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cdb00af.
//
// Solidity: function datanetRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) UnpackDatanetRoot(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("datanetRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEpochRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc2fc028.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochRoot(uint64 ) view returns(bytes32)
func (settlement *Settlement) PackEpochRoot(arg0 uint64) []byte {
	enc, err := settlement.abi.Pack("epochRoot", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc2fc028.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochRoot(uint64 ) view returns(bytes32)
func (settlement *Settlement) TryPackEpochRoot(arg0 uint64) ([]byte, error) {
	return settlement.abi.Pack("epochRoot", arg0)
}

// UnpackEpochRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc2fc028.
//
// Solidity: function epochRoot(uint64 ) view returns(bytes32)
func (settlement *Settlement) UnpackEpochRoot(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("epochRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5440a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidence(bytes32 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) PackEvidence(arg0 [32]byte) []byte {
	enc, err := settlement.abi.Pack("evidence", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5440a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidence(bytes32 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) TryPackEvidence(arg0 [32]byte) ([]byte, error) {
	return settlement.abi.Pack("evidence", arg0)
}

// EvidenceOutput serves as a container for the return parameters of contract
// method Evidence.
type EvidenceOutput struct {
	SketchRoot    *big.Int
	CorpusRoot    *big.Int
	ScoreVerifier common.Address
	Version       uint64
}

// UnpackEvidence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5440a53.
//
// Solidity: function evidence(bytes32 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) UnpackEvidence(data []byte) (EvidenceOutput, error) {
	out, err := settlement.abi.Unpack("evidence", data)
	outstruct := new(EvidenceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SketchRoot = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.CorpusRoot = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ScoreVerifier = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Version = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackIsAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc13c2396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttested(bytes32 record) view returns(bool)
func (settlement *Settlement) PackIsAttested(record [32]byte) []byte {
	enc, err := settlement.abi.Pack("isAttested", record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc13c2396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAttested(bytes32 record) view returns(bool)
func (settlement *Settlement) TryPackIsAttested(record [32]byte) ([]byte, error) {
	return settlement.abi.Pack("isAttested", record)
}

// UnpackIsAttested is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc13c2396.
//
// Solidity: function isAttested(bytes32 record) view returns(bool)
func (settlement *Settlement) UnpackIsAttested(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isAttested", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75ecbb89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isClaimed(uint64 epoch, uint256 index) view returns(bool)
func (settlement *Settlement) PackIsClaimed(epoch uint64, index *big.Int) []byte {
	enc, err := settlement.abi.Pack("isClaimed", epoch, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75ecbb89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isClaimed(uint64 epoch, uint256 index) view returns(bool)
func (settlement *Settlement) TryPackIsClaimed(epoch uint64, index *big.Int) ([]byte, error) {
	return settlement.abi.Pack("isClaimed", epoch, index)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75ecbb89.
//
// Solidity: function isClaimed(uint64 epoch, uint256 index) view returns(bool)
func (settlement *Settlement) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPoster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b25ba61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPoster(address ) view returns(bool)
func (settlement *Settlement) PackIsPoster(arg0 common.Address) []byte {
	enc, err := settlement.abi.Pack("isPoster", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPoster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b25ba61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPoster(address ) view returns(bool)
func (settlement *Settlement) TryPackIsPoster(arg0 common.Address) ([]byte, error) {
	return settlement.abi.Pack("isPoster", arg0)
}

// UnpackIsPoster is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b25ba61.
//
// Solidity: function isPoster(address ) view returns(bool)
func (settlement *Settlement) UnpackIsPoster(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isPoster", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a4c983.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastEpoch() view returns(uint64)
func (settlement *Settlement) PackLastEpoch() []byte {
	enc, err := settlement.abi.Pack("lastEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06a4c983.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastEpoch() view returns(uint64)
func (settlement *Settlement) TryPackLastEpoch() ([]byte, error) {
	return settlement.abi.Pack("lastEpoch")
}

// UnpackLastEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06a4c983.
//
// Solidity: function lastEpoch() view returns(uint64)
func (settlement *Settlement) UnpackLastEpoch(data []byte) (uint64, error) {
	out, err := settlement.abi.Unpack("lastEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a0534f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) PackModelRoot(arg0 [32]byte) []byte {
	enc, err := settlement.abi.Pack("modelRoot", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a0534f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) TryPackModelRoot(arg0 [32]byte) ([]byte, error) {
	return settlement.abi.Pack("modelRoot", arg0)
}

// UnpackModelRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a0534f1.
//
// Solidity: function modelRoot(bytes32 ) view returns(bytes32)
func (settlement *Settlement) UnpackModelRoot(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("modelRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (settlement *Settlement) PackOwner() []byte {
	enc, err := settlement.abi.Pack("owner")
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
func (settlement *Settlement) TryPackOwner() ([]byte, error) {
	return settlement.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (settlement *Settlement) UnpackOwner(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("owner", data)
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
func (settlement *Settlement) PackPendingOwner() []byte {
	enc, err := settlement.abi.Pack("pendingOwner")
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
func (settlement *Settlement) TryPackPendingOwner() ([]byte, error) {
	return settlement.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (settlement *Settlement) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68fe56aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs(uint64 epoch, uint256 dataFee, uint256 commitment, address[] contributors, uint256[] payouts) pure returns(uint256 gamma, uint256 fingerprint, bytes32 root)
func (settlement *Settlement) PackPublicInputs(epoch uint64, dataFee *big.Int, commitment *big.Int, contributors []common.Address, payouts []*big.Int) []byte {
	enc, err := settlement.abi.Pack("publicInputs", epoch, dataFee, commitment, contributors, payouts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68fe56aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs(uint64 epoch, uint256 dataFee, uint256 commitment, address[] contributors, uint256[] payouts) pure returns(uint256 gamma, uint256 fingerprint, bytes32 root)
func (settlement *Settlement) TryPackPublicInputs(epoch uint64, dataFee *big.Int, commitment *big.Int, contributors []common.Address, payouts []*big.Int) ([]byte, error) {
	return settlement.abi.Pack("publicInputs", epoch, dataFee, commitment, contributors, payouts)
}

// PublicInputsOutput serves as a container for the return parameters of contract
// method PublicInputs.
type PublicInputsOutput struct {
	Gamma       *big.Int
	Fingerprint *big.Int
	Root        [32]byte
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68fe56aa.
//
// Solidity: function publicInputs(uint64 epoch, uint256 dataFee, uint256 commitment, address[] contributors, uint256[] payouts) pure returns(uint256 gamma, uint256 fingerprint, bytes32 root)
func (settlement *Settlement) UnpackPublicInputs(data []byte) (PublicInputsOutput, error) {
	out, err := settlement.abi.Unpack("publicInputs", data)
	outstruct := new(PublicInputsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Gamma = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fingerprint = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Root = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackRegisterDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b643fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerDatanet(bytes32 id, bytes32 root) returns()
func (settlement *Settlement) PackRegisterDatanet(id [32]byte, root [32]byte) []byte {
	enc, err := settlement.abi.Pack("registerDatanet", id, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42b643fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerDatanet(bytes32 id, bytes32 root) returns()
func (settlement *Settlement) TryPackRegisterDatanet(id [32]byte, root [32]byte) ([]byte, error) {
	return settlement.abi.Pack("registerDatanet", id, root)
}

// PackRegisterEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab57a2e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerEvidence(bytes32 adapter, uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier) returns()
func (settlement *Settlement) PackRegisterEvidence(adapter [32]byte, sketchRoot *big.Int, corpusRoot *big.Int, scoreVerifier common.Address) []byte {
	enc, err := settlement.abi.Pack("registerEvidence", adapter, sketchRoot, corpusRoot, scoreVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab57a2e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerEvidence(bytes32 adapter, uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier) returns()
func (settlement *Settlement) TryPackRegisterEvidence(adapter [32]byte, sketchRoot *big.Int, corpusRoot *big.Int, scoreVerifier common.Address) ([]byte, error) {
	return settlement.abi.Pack("registerEvidence", adapter, sketchRoot, corpusRoot, scoreVerifier)
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7adf795c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 id, bytes32 root) returns()
func (settlement *Settlement) PackRegisterModel(id [32]byte, root [32]byte) []byte {
	enc, err := settlement.abi.Pack("registerModel", id, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7adf795c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 id, bytes32 root) returns()
func (settlement *Settlement) TryPackRegisterModel(id [32]byte, root [32]byte) ([]byte, error) {
	return settlement.abi.Pack("registerModel", id, root)
}

// PackRemainderRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f33ec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remainderRecipient() view returns(address)
func (settlement *Settlement) PackRemainderRecipient() []byte {
	enc, err := settlement.abi.Pack("remainderRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemainderRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f33ec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remainderRecipient() view returns(address)
func (settlement *Settlement) TryPackRemainderRecipient() ([]byte, error) {
	return settlement.abi.Pack("remainderRecipient")
}

// UnpackRemainderRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f33ec8.
//
// Solidity: function remainderRecipient() view returns(address)
func (settlement *Settlement) UnpackRemainderRecipient(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("remainderRecipient", data)
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
func (settlement *Settlement) PackRenounceOwnership() []byte {
	enc, err := settlement.abi.Pack("renounceOwnership")
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
func (settlement *Settlement) TryPackRenounceOwnership() ([]byte, error) {
	return settlement.abi.Pack("renounceOwnership")
}

// PackSetPoster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a170ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoster(address poster, bool allowed) returns()
func (settlement *Settlement) PackSetPoster(poster common.Address, allowed bool) []byte {
	enc, err := settlement.abi.Pack("setPoster", poster, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33a170ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoster(address poster, bool allowed) returns()
func (settlement *Settlement) TryPackSetPoster(poster common.Address, allowed bool) ([]byte, error) {
	return settlement.abi.Pack("setPoster", poster, allowed)
}

// PackSetRemainderRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c662fdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRemainderRecipient(address recipient) returns()
func (settlement *Settlement) PackSetRemainderRecipient(recipient common.Address) []byte {
	enc, err := settlement.abi.Pack("setRemainderRecipient", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRemainderRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c662fdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRemainderRecipient(address recipient) returns()
func (settlement *Settlement) TryPackSetRemainderRecipient(recipient common.Address) ([]byte, error) {
	return settlement.abi.Pack("setRemainderRecipient", recipient)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9bd153d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address verifier_, uint8 backend_) returns()
func (settlement *Settlement) PackSetVerifier(verifier common.Address, backend uint8) []byte {
	enc, err := settlement.abi.Pack("setVerifier", verifier, backend)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9bd153d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address verifier_, uint8 backend_) returns()
func (settlement *Settlement) TryPackSetVerifier(verifier common.Address, backend uint8) ([]byte, error) {
	return settlement.abi.Pack("setVerifier", verifier, backend)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c744cf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint64 epoch, uint256 dataFee, uint256 commitment, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) PackSettle(epoch uint64, dataFee *big.Int, commitment *big.Int, contributors []common.Address, payouts []*big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("settle", epoch, dataFee, commitment, contributors, payouts, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c744cf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint64 epoch, uint256 dataFee, uint256 commitment, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) TryPackSettle(epoch uint64, dataFee *big.Int, commitment *big.Int, contributors []common.Address, payouts []*big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("settle", epoch, dataFee, commitment, contributors, payouts, proof)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) PackToken() []byte {
	enc, err := settlement.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) TryPackToken() ([]byte, error) {
	return settlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (settlement *Settlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("token", data)
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
func (settlement *Settlement) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := settlement.abi.Pack("transferOwnership", newOwner)
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
func (settlement *Settlement) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return settlement.abi.Pack("transferOwnership", newOwner)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (settlement *Settlement) PackVerifier() []byte {
	enc, err := settlement.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (settlement *Settlement) TryPackVerifier() ([]byte, error) {
	return settlement.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (settlement *Settlement) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := settlement.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SettlementClaimed represents a Claimed event raised by the Settlement contract.
type SettlementClaimed struct {
	Epoch   uint64
	Index   *big.Int
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (SettlementClaimed) ContractEventName() string {
	return SettlementClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint64 indexed epoch, uint256 index, address indexed account, uint256 amount)
func (settlement *Settlement) UnpackClaimedEvent(log *types.Log) (*SettlementClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementClaimed)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementDatanetRegistered represents a DatanetRegistered event raised by the Settlement contract.
type SettlementDatanetRegistered struct {
	Id   [32]byte
	Root [32]byte
	By   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const SettlementDatanetRegisteredEventName = "DatanetRegistered"

// ContractEventName returns the user-defined event name.
func (SettlementDatanetRegistered) ContractEventName() string {
	return SettlementDatanetRegisteredEventName
}

// UnpackDatanetRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetRegistered(bytes32 indexed id, bytes32 root, address by)
func (settlement *Settlement) UnpackDatanetRegisteredEvent(log *types.Log) (*SettlementDatanetRegistered, error) {
	event := "DatanetRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementDatanetRegistered)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementEvidenceRegistered represents a EvidenceRegistered event raised by the Settlement contract.
type SettlementEvidenceRegistered struct {
	Adapter       [32]byte
	SketchRoot    *big.Int
	CorpusRoot    *big.Int
	ScoreVerifier common.Address
	Version       uint64
	By            common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SettlementEvidenceRegisteredEventName = "EvidenceRegistered"

// ContractEventName returns the user-defined event name.
func (SettlementEvidenceRegistered) ContractEventName() string {
	return SettlementEvidenceRegisteredEventName
}

// UnpackEvidenceRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EvidenceRegistered(bytes32 indexed adapter, uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version, address by)
func (settlement *Settlement) UnpackEvidenceRegisteredEvent(log *types.Log) (*SettlementEvidenceRegistered, error) {
	event := "EvidenceRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementEvidenceRegistered)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementModelRegistered represents a ModelRegistered event raised by the Settlement contract.
type SettlementModelRegistered struct {
	Id   [32]byte
	Root [32]byte
	By   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const SettlementModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (SettlementModelRegistered) ContractEventName() string {
	return SettlementModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(bytes32 indexed id, bytes32 root, address by)
func (settlement *Settlement) UnpackModelRegisteredEvent(log *types.Log) (*SettlementModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementModelRegistered)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Settlement contract.
type SettlementOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SettlementOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (SettlementOwnershipTransferStarted) ContractEventName() string {
	return SettlementOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (settlement *Settlement) UnpackOwnershipTransferStartedEvent(log *types.Log) (*SettlementOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementOwnershipTransferred represents a OwnershipTransferred event raised by the Settlement contract.
type SettlementOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SettlementOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SettlementOwnershipTransferred) ContractEventName() string {
	return SettlementOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (settlement *Settlement) UnpackOwnershipTransferredEvent(log *types.Log) (*SettlementOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementPosterSet represents a PosterSet event raised by the Settlement contract.
type SettlementPosterSet struct {
	Poster  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementPosterSetEventName = "PosterSet"

// ContractEventName returns the user-defined event name.
func (SettlementPosterSet) ContractEventName() string {
	return SettlementPosterSetEventName
}

// UnpackPosterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PosterSet(address indexed poster, bool allowed)
func (settlement *Settlement) UnpackPosterSetEvent(log *types.Log) (*SettlementPosterSet, error) {
	event := "PosterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementPosterSet)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementRemainderRecipientChanged represents a RemainderRecipientChanged event raised by the Settlement contract.
type SettlementRemainderRecipientChanged struct {
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementRemainderRecipientChangedEventName = "RemainderRecipientChanged"

// ContractEventName returns the user-defined event name.
func (SettlementRemainderRecipientChanged) ContractEventName() string {
	return SettlementRemainderRecipientChangedEventName
}

// UnpackRemainderRecipientChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RemainderRecipientChanged(address recipient)
func (settlement *Settlement) UnpackRemainderRecipientChangedEvent(log *types.Log) (*SettlementRemainderRecipientChanged, error) {
	event := "RemainderRecipientChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementRemainderRecipientChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementScoresAttested represents a ScoresAttested event raised by the Settlement contract.
type SettlementScoresAttested struct {
	Record     [32]byte
	Adapter    [32]byte
	QueryHash  *big.Int
	Commitment *big.Int
	Version    uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementScoresAttestedEventName = "ScoresAttested"

// ContractEventName returns the user-defined event name.
func (SettlementScoresAttested) ContractEventName() string {
	return SettlementScoresAttestedEventName
}

// UnpackScoresAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoresAttested(bytes32 indexed record, bytes32 indexed adapter, uint256 queryHash, uint256 commitment, uint64 version)
func (settlement *Settlement) UnpackScoresAttestedEvent(log *types.Log) (*SettlementScoresAttested, error) {
	event := "ScoresAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementScoresAttested)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementSettled represents a Settled event raised by the Settlement contract.
type SettlementSettled struct {
	Epoch        uint64
	Poster       common.Address
	Root         [32]byte
	Contributors *big.Int
	DataFee      *big.Int
	Paid         *big.Int
	Commitment   *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const SettlementSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (SettlementSettled) ContractEventName() string {
	return SettlementSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint64 indexed epoch, address indexed poster, bytes32 root, uint256 contributors, uint256 dataFee, uint256 paid, uint256 commitment)
func (settlement *Settlement) UnpackSettledEvent(log *types.Log) (*SettlementSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSettled)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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

// SettlementVerifierChanged represents a VerifierChanged event raised by the Settlement contract.
type SettlementVerifierChanged struct {
	Verifier common.Address
	Backend  uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementVerifierChangedEventName = "VerifierChanged"

// ContractEventName returns the user-defined event name.
func (SettlementVerifierChanged) ContractEventName() string {
	return SettlementVerifierChangedEventName
}

// UnpackVerifierChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierChanged(address verifier, uint8 backend)
func (settlement *Settlement) UnpackVerifierChangedEvent(log *types.Log) (*SettlementVerifierChanged, error) {
	event := "VerifierChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementVerifierChanged)
	if len(log.Data) > 0 {
		if err := settlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlement.abi.Events[event].Inputs {
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
func (settlement *Settlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlement.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return settlement.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return settlement.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["CommitmentOutOfField"].ID.Bytes()[:4]) {
		return settlement.UnpackCommitmentOutOfFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochNotSettled"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EvidenceNotRegistered"].ID.Bytes()[:4]) {
		return settlement.UnpackEvidenceNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["FeeOutOfRange"].ID.Bytes()[:4]) {
		return settlement.UnpackFeeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidCorpusRoot"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidCorpusRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidScoreProof"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidScoreProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidSketchRoot"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidSketchRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return settlement.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotPoster"].ID.Bytes()[:4]) {
		return settlement.UnpackNotPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return settlement.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return settlement.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["PayoutsExceedFee"].ID.Bytes()[:4]) {
		return settlement.UnpackPayoutsExceedFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["QueryHashOutOfField"].ID.Bytes()[:4]) {
		return settlement.UnpackQueryHashOutOfFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return settlement.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return settlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return settlement.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return settlement.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementAlreadyAttested represents a AlreadyAttested error raised by the Settlement contract.
type SettlementAlreadyAttested struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(bytes32 record)
func SettlementAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0x00b83ed4746c845b4a9472135c4648e328b194757db2d52b6a5347114fdb409d")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(bytes32 record)
func (settlement *Settlement) UnpackAlreadyAttestedError(raw []byte) (*SettlementAlreadyAttested, error) {
	out := new(SettlementAlreadyAttested)
	if err := settlement.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAlreadyClaimed represents a AlreadyClaimed error raised by the Settlement contract.
type SettlementAlreadyClaimed struct {
	Epoch uint64
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint64 epoch, uint256 index)
func SettlementAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x05b5a69d7b588b7ba7250ab9c68ccba0c0e2c98fc048ca0b4ce8d33eac985fdf")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint64 epoch, uint256 index)
func (settlement *Settlement) UnpackAlreadyClaimedError(raw []byte) (*SettlementAlreadyClaimed, error) {
	out := new(SettlementAlreadyClaimed)
	if err := settlement.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementCommitmentOutOfField represents a CommitmentOutOfField error raised by the Settlement contract.
type SettlementCommitmentOutOfField struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentOutOfField(uint256 commitment)
func SettlementCommitmentOutOfFieldErrorID() common.Hash {
	return common.HexToHash("0xa9f5053317a910843eaed63d3b307daf9d6f022846ba9ad64defce7b35c3a4a3")
}

// UnpackCommitmentOutOfFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentOutOfField(uint256 commitment)
func (settlement *Settlement) UnpackCommitmentOutOfFieldError(raw []byte) (*SettlementCommitmentOutOfField, error) {
	out := new(SettlementCommitmentOutOfField)
	if err := settlement.abi.UnpackIntoInterface(out, "CommitmentOutOfField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementEpochAlreadySettled represents a EpochAlreadySettled error raised by the Settlement contract.
type SettlementEpochAlreadySettled struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochAlreadySettled(uint64 epoch)
func SettlementEpochAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xb6d8719ab81598147f97328bb785ae2f915319ebe9d8f44b116764c77c526799")
}

// UnpackEpochAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochAlreadySettled(uint64 epoch)
func (settlement *Settlement) UnpackEpochAlreadySettledError(raw []byte) (*SettlementEpochAlreadySettled, error) {
	out := new(SettlementEpochAlreadySettled)
	if err := settlement.abi.UnpackIntoInterface(out, "EpochAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementEpochNotSettled represents a EpochNotSettled error raised by the Settlement contract.
type SettlementEpochNotSettled struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotSettled(uint64 epoch)
func SettlementEpochNotSettledErrorID() common.Hash {
	return common.HexToHash("0x36ea088da5a437fd36b7007318e3ebc85229d5ec0a58d8b324b5a10d5916b683")
}

// UnpackEpochNotSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotSettled(uint64 epoch)
func (settlement *Settlement) UnpackEpochNotSettledError(raw []byte) (*SettlementEpochNotSettled, error) {
	out := new(SettlementEpochNotSettled)
	if err := settlement.abi.UnpackIntoInterface(out, "EpochNotSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementEvidenceNotRegistered represents a EvidenceNotRegistered error raised by the Settlement contract.
type SettlementEvidenceNotRegistered struct {
	Adapter [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvidenceNotRegistered(bytes32 adapter)
func SettlementEvidenceNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x8da5eefb45286c95eb2178e12412154f72d5f7e6b0af60c96f85e519a79d9625")
}

// UnpackEvidenceNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvidenceNotRegistered(bytes32 adapter)
func (settlement *Settlement) UnpackEvidenceNotRegisteredError(raw []byte) (*SettlementEvidenceNotRegistered, error) {
	out := new(SettlementEvidenceNotRegistered)
	if err := settlement.abi.UnpackIntoInterface(out, "EvidenceNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementFeeOutOfRange represents a FeeOutOfRange error raised by the Settlement contract.
type SettlementFeeOutOfRange struct {
	DataFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeOutOfRange(uint256 dataFee)
func SettlementFeeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0bc8c67986e1a708b9acc23e1bf53eb1e08e83b56ec15a2e31ae2b1adbbf529e")
}

// UnpackFeeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeOutOfRange(uint256 dataFee)
func (settlement *Settlement) UnpackFeeOutOfRangeError(raw []byte) (*SettlementFeeOutOfRange, error) {
	out := new(SettlementFeeOutOfRange)
	if err := settlement.abi.UnpackIntoInterface(out, "FeeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidClaim represents a InvalidClaim error raised by the Settlement contract.
type SettlementInvalidClaim struct {
	Epoch uint64
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidClaim(uint64 epoch, uint256 index)
func SettlementInvalidClaimErrorID() common.Hash {
	return common.HexToHash("0x3ed18274784f7228139807aa4d31f3f6b9616187c7843292ed30fc0b3e3587f5")
}

// UnpackInvalidClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidClaim(uint64 epoch, uint256 index)
func (settlement *Settlement) UnpackInvalidClaimError(raw []byte) (*SettlementInvalidClaim, error) {
	out := new(SettlementInvalidClaim)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidCorpusRoot represents a InvalidCorpusRoot error raised by the Settlement contract.
type SettlementInvalidCorpusRoot struct {
	CorpusRoot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCorpusRoot(uint256 corpusRoot)
func SettlementInvalidCorpusRootErrorID() common.Hash {
	return common.HexToHash("0xfbcaff4a15607def2270f02fcc0fc92ea9b77a77924dbcb89d58d8d0ee85ea8a")
}

// UnpackInvalidCorpusRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCorpusRoot(uint256 corpusRoot)
func (settlement *Settlement) UnpackInvalidCorpusRootError(raw []byte) (*SettlementInvalidCorpusRoot, error) {
	out := new(SettlementInvalidCorpusRoot)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidCorpusRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidProof represents a InvalidProof error raised by the Settlement contract.
type SettlementInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof()
func SettlementInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x09bde339c6b182be216ee7ef8ccff6338c6ef7993445216112ae575c5438fd27")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof()
func (settlement *Settlement) UnpackInvalidProofError(raw []byte) (*SettlementInvalidProof, error) {
	out := new(SettlementInvalidProof)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidScoreProof represents a InvalidScoreProof error raised by the Settlement contract.
type SettlementInvalidScoreProof struct {
	Adapter [32]byte
	Version uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidScoreProof(bytes32 adapter, uint64 version)
func SettlementInvalidScoreProofErrorID() common.Hash {
	return common.HexToHash("0x29c0e9330639ffcec6484aeece80346de1bcb7b500d07576b73ddc93274e8ccc")
}

// UnpackInvalidScoreProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidScoreProof(bytes32 adapter, uint64 version)
func (settlement *Settlement) UnpackInvalidScoreProofError(raw []byte) (*SettlementInvalidScoreProof, error) {
	out := new(SettlementInvalidScoreProof)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidScoreProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidSketchRoot represents a InvalidSketchRoot error raised by the Settlement contract.
type SettlementInvalidSketchRoot struct {
	SketchRoot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSketchRoot(uint256 sketchRoot)
func SettlementInvalidSketchRootErrorID() common.Hash {
	return common.HexToHash("0x1d5e74c71e293cf93efe7499a15eed768775df67902ff28882f6015c1fa184c5")
}

// UnpackInvalidSketchRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSketchRoot(uint256 sketchRoot)
func (settlement *Settlement) UnpackInvalidSketchRootError(raw []byte) (*SettlementInvalidSketchRoot, error) {
	out := new(SettlementInvalidSketchRoot)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidSketchRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementLengthMismatch represents a LengthMismatch error raised by the Settlement contract.
type SettlementLengthMismatch struct {
	Contributors *big.Int
	Payouts      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 contributors, uint256 payouts)
func SettlementLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 contributors, uint256 payouts)
func (settlement *Settlement) UnpackLengthMismatchError(raw []byte) (*SettlementLengthMismatch, error) {
	out := new(SettlementLengthMismatch)
	if err := settlement.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotAContract represents a NotAContract error raised by the Settlement contract.
type SettlementNotAContract struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address account)
func SettlementNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address account)
func (settlement *Settlement) UnpackNotAContractError(raw []byte) (*SettlementNotAContract, error) {
	out := new(SettlementNotAContract)
	if err := settlement.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotPoster represents a NotPoster error raised by the Settlement contract.
type SettlementNotPoster struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoster(address sender)
func SettlementNotPosterErrorID() common.Hash {
	return common.HexToHash("0x6951ee52da6a0da6c56d349a0c3dd0d20b0fd20079112c9b347ea29455477275")
}

// UnpackNotPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoster(address sender)
func (settlement *Settlement) UnpackNotPosterError(raw []byte) (*SettlementNotPoster, error) {
	out := new(SettlementNotPoster)
	if err := settlement.abi.UnpackIntoInterface(out, "NotPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Settlement contract.
type SettlementOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SettlementOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (settlement *Settlement) UnpackOwnableInvalidOwnerError(raw []byte) (*SettlementOwnableInvalidOwner, error) {
	out := new(SettlementOwnableInvalidOwner)
	if err := settlement.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Settlement contract.
type SettlementOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SettlementOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (settlement *Settlement) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SettlementOwnableUnauthorizedAccount, error) {
	out := new(SettlementOwnableUnauthorizedAccount)
	if err := settlement.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementPayoutsExceedFee represents a PayoutsExceedFee error raised by the Settlement contract.
type SettlementPayoutsExceedFee struct {
	Paid    *big.Int
	DataFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutsExceedFee(uint256 paid, uint256 dataFee)
func SettlementPayoutsExceedFeeErrorID() common.Hash {
	return common.HexToHash("0xe1ffd326befea1d7259d572574c49dc1418ad65d013242bb6f813a3fc1aea0af")
}

// UnpackPayoutsExceedFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutsExceedFee(uint256 paid, uint256 dataFee)
func (settlement *Settlement) UnpackPayoutsExceedFeeError(raw []byte) (*SettlementPayoutsExceedFee, error) {
	out := new(SettlementPayoutsExceedFee)
	if err := settlement.abi.UnpackIntoInterface(out, "PayoutsExceedFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementQueryHashOutOfField represents a QueryHashOutOfField error raised by the Settlement contract.
type SettlementQueryHashOutOfField struct {
	QueryHash *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueryHashOutOfField(uint256 queryHash)
func SettlementQueryHashOutOfFieldErrorID() common.Hash {
	return common.HexToHash("0x012e5f71d63a367c2ea306eb1e218e575695d2a2b41711af3ade2ab73c04e9a2")
}

// UnpackQueryHashOutOfFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueryHashOutOfField(uint256 queryHash)
func (settlement *Settlement) UnpackQueryHashOutOfFieldError(raw []byte) (*SettlementQueryHashOutOfField, error) {
	out := new(SettlementQueryHashOutOfField)
	if err := settlement.abi.UnpackIntoInterface(out, "QueryHashOutOfField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Settlement contract.
type SettlementReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SettlementReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (settlement *Settlement) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SettlementReentrancyGuardReentrantCall, error) {
	out := new(SettlementReentrancyGuardReentrantCall)
	if err := settlement.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Settlement contract.
type SettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (settlement *Settlement) UnpackSafeERC20FailedOperationError(raw []byte) (*SettlementSafeERC20FailedOperation, error) {
	out := new(SettlementSafeERC20FailedOperation)
	if err := settlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementWrongEpoch represents a WrongEpoch error raised by the Settlement contract.
type SettlementWrongEpoch struct {
	Epoch     uint64
	LastEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint64 epoch, uint64 lastEpoch)
func SettlementWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x2b9264ec593278cbe059ca68c627e1b8271a7e014abe4c8622c73486c89e1e93")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint64 epoch, uint64 lastEpoch)
func (settlement *Settlement) UnpackWrongEpochError(raw []byte) (*SettlementWrongEpoch, error) {
	out := new(SettlementWrongEpoch)
	if err := settlement.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementZeroAddress represents a ZeroAddress error raised by the Settlement contract.
type SettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (settlement *Settlement) UnpackZeroAddressError(raw []byte) (*SettlementZeroAddress, error) {
	out := new(SettlementZeroAddress)
	if err := settlement.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
