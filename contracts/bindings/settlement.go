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

// SettlementAttributedRecords is an auto generated low-level Go binding around an user-defined struct.
type SettlementAttributedRecords struct {
	Ids      [][32]byte
	Digest   *big.Int
	Verifier common.Address
}

// SettlementParams is an auto generated low-level Go binding around an user-defined struct.
type SettlementParams struct {
	OwnerBps         uint16
	ProtocolBps      uint16
	DataBps          uint16
	MinStake         *big.Int
	ChallengeWindow  uint64
	EpochLength      uint64
	SlashBps         uint16
	ChallengerBps    uint16
	ChallengeDeposit *big.Int
}

// SettlementStatement is an auto generated low-level Go binding around an user-defined struct.
type SettlementStatement struct {
	Root       [32]byte
	Commitment *big.Int
	Records    [32]byte
}

// SettlementMetaData contains all meta data concerning the Settlement contract.
var SettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"challengeDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"scoreVerifiers_\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"attributedVerifiers_\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"}],\"name\":\"AmountExceedsBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"AttributedVerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"ChallengeFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ChallengeNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ChallengePending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimableAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimableAt\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signerA\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signerB\",\"type\":\"address\"}],\"name\":\"DifferentSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochNotSettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"EpochVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"}],\"name\":\"EvidenceNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalFee\",\"type\":\"uint256\"}],\"name\":\"FeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeDeposit\",\"type\":\"uint256\"}],\"name\":\"InvalidChallengeDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"name\":\"InvalidChallengeWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"}],\"name\":\"InvalidCorpusRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataBps\",\"type\":\"uint16\"}],\"name\":\"InvalidFeeRule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"InvalidMinStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"InvalidScoreProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"}],\"name\":\"InvalidSketchRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerBps\",\"type\":\"uint16\"}],\"name\":\"InvalidSlashing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payouts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotEpochPoster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NotVoidable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"}],\"name\":\"OutputHashOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"}],\"name\":\"PayoutsExceedFee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"}],\"name\":\"QueryHashOutOfField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"RecordNotAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"RecordProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"RecordsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"RecordsNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameStatement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"}],\"name\":\"ScoreVerifierNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"challengeableUntil\",\"type\":\"uint64\"}],\"name\":\"ScoresFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"StatementMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastEpoch\",\"type\":\"uint64\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"WrongProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"AttributedVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"challengeDeposit\",\"type\":\"uint256\"}],\"name\":\"ChallengeDepositChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ChallengeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"upheld\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"DatanetRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"EpochLengthChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"EvidenceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"dataBps\",\"type\":\"uint16\"}],\"name\":\"FeeRuleChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"MinStakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RemainderRecipientChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"ScoreVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"ScoresAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"ScoresChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"challengeableUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"ScoresPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributors\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimableAt\",\"type\":\"uint64\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"challengerBps\",\"type\":\"uint16\"}],\"name\":\"SlashingChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TreasurySwept\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"UnprovenChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend\",\"type\":\"uint8\"}],\"name\":\"VerifierChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Voided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"EMPTY_ROOT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EPOCH_STATEMENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHALLENGE_WINDOW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"R\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCORE_VERIFY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"attestScores\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"attestations\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeableUntil\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"backend\",\"outputs\":[{\"internalType\":\"enumSettlement.Backend\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Statement\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Statement\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"challengeEquivocation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"challengeScores\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"}],\"internalType\":\"structSettlement.Statement\",\"name\":\"st\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"challengeStatement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"payoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"records\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"challengeUnproven\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"challenges\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"deposit\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"enumSettlement.ChallengeStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"datanetRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"epochRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"epochs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimableAt\",\"type\":\"uint64\"},{\"internalType\":\"enumSettlement.EpochStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"openChallenges\",\"type\":\"uint32\"},{\"internalType\":\"uint88\",\"name\":\"unclaimedLow\",\"type\":\"uint88\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"}],\"name\":\"evidence\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"evidenceAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalFee\",\"type\":\"uint256\"}],\"name\":\"feeParts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"ownerFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"protocolFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"}],\"name\":\"isAttested\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isAttributedVerifier\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isPoster\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isScoreVerifier\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastSettledAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"modelRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"openChallenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"challengeDeposit\",\"type\":\"uint256\"}],\"internalType\":\"structSettlement.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"queryHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputHash\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"postScores\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"provers\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"bonded\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"pendingChallenges\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dataFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"payouts\",\"type\":\"uint256[]\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gamma\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fingerprint\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"registerDatanet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"adapter\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"sketchRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"corpusRoot\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"}],\"name\":\"registerEvidence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"registerModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"remainderRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"upheld\",\"type\":\"bool\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attributedVerifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setAttributedVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challengeDeposit\",\"type\":\"uint256\"}],\"name\":\"setChallengeDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"name\":\"setChallengeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epochLength\",\"type\":\"uint64\"}],\"name\":\"setEpochLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"protocolBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"dataBps\",\"type\":\"uint16\"}],\"name\":\"setFeeRule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setRemainderRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"scoreVerifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setScoreVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"challengerBps\",\"type\":\"uint16\"}],\"name\":\"setSlashing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"enumSettlement.Backend\",\"name\":\"backend_\",\"type\":\"uint8\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"totalFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"payouts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"totalFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"internalType\":\"structSettlement.AttributedRecords\",\"name\":\"recs\",\"type\":\"tuple\"},{\"internalType\":\"address[]\",\"name\":\"contributors\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"payouts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"settleAttributed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"records\",\"type\":\"bytes32\"}],\"name\":\"statementDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"statementSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sweepTreasury\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasuryOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawUnstaked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Settlement",
	Bin: "0x60a06040526001600555348015610014575f5ffd5b5060405161694b38038061694b833981016040819052610033916109fa565b836001600160a01b03811661006257604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006b816101a4565b506001600160a01b0388166100935760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0388166080526100aa87876101c0565b6100b38561026b565b8251602084015160408501516100ca9291906102e7565b60608301516100d8906103c8565b60808301516100e69061042e565b60a08301516100f4906104c7565b61010c8360c001518460e0015161052160201b60201c565b61010083015161011b906105dc565b5f5b82518110156101585761015083828151811061013b5761013b610acf565b6020026020010151600161064260201b60201c565b60010161011d565b505f5b81518110156101965761018e82828151811061017957610179610acf565b6020026020010151600161070660201b60201c565b60010161015b565b505050505050505050610b55565b600180546001600160a01b03191690556101bd816107c2565b50565b6001600160a01b0382166101e75760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0384166001600160a01b03198216811783558392916001600160a81b03191617600160a01b83600181111561022957610229610ae3565b02179055507f975371021267da3dd6df1d99121cb52d44a8c8032225f87afa7ff9c0547a5390828260405161025f929190610af7565b60405180910390a15050565b6001600160a01b0381166102925760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040519081527ffffcdc9c68043886ee845954251fc34664b13223b44c50865f96b48048f6fadc906020015b60405180910390a150565b6127108161ffff168361ffff168561ffff166103039190610b30565b61030d9190610b30565b14610341576040516380c3679760e01b815261ffff8085166004830152808416602483015282166044820152606401610059565b6004805465ffffffff0000191664010000000061ffff84811691820263ffff0000191692909217620100008684169081029190911761ffff19169287169283179093556040805192835260208301939093528183015290517ff4631843046aad85c0c8de873d9af0ec794f3c7dbfc1ee9da5979a9aa5db8ab49181900360600190a1505050565b8015806103d85750608081901c15155b156103f95760405163718289ab60e01b815260048101829052602401610059565b60068190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a0906020016102dc565b62278d006001600160401b038216111561046657604051633475752760e11b81526001600160401b0382166004820152602401610059565b60048054600160501b600160901b0319166a01000000000000000000006001600160401b038416908102919091179091556040519081527f12e19a1c49cf4bd50063e880b00a1d58d172093bd509431d1a08693367d8f2e5906020016102dc565b60048054600160901b600160d01b031916600160901b6001600160401b038416908102919091179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae48906020016102dc565b6127108261ffff16118061053a57506127108161ffff16115b1561056657604051637975112360e01b815261ffff808416600483015282166024820152604401610059565b6004805463ffffffff60301b19166801000000000000000061ffff84811691820261ffff60301b1916929092176601000000000000928616928302179092556040805191825260208201929092527fe197ae4ef38bcc7fe3d95f8054054db161c8e1e8f9d0bc23311061c2ffb44eed910161025f565b8015806105ec5750606081901c15155b1561060d5760405163538b6c1b60e11b815260048101829052602401610059565b60078190556040518181527f4f0365ab8e64e7a73d58795567a7403c4badcd528a688a8dcceb0050b66d0a9a906020016102dc565b6001600160a01b0382166106695760405163d92e233d60e01b815260040160405180910390fd5b80801561067e57506001600160a01b0382163b155b156106a7576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610059565b6001600160a01b0382165f81815260106020908152604091829020805460ff191685151590811790915591519182527fb705f456be7a4aa3fcda058f2fafbb0481dc6827ba80e1a298f9e83b53e368c491015b60405180910390a25050565b6001600160a01b03821661072d5760405163d92e233d60e01b815260040160405180910390fd5b80801561074257506001600160a01b0382163b155b1561076b576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610059565b6001600160a01b0382165f81815260146020908152604091829020805460ff191685151590811790915591519182527f4a7898ff89dab85a684e8914f84937ea5af3806b0d02452f76d2861cfbc4f97891016106fa565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146101bd575f5ffd5b805161083081610811565b919050565b634e487b7160e01b5f52604160045260245ffd5b60405161012081016001600160401b038111828210171561086c5761086c610835565b60405290565b604051601f8201601f191681016001600160401b038111828210171561089a5761089a610835565b604052919050565b805161ffff81168114610830575f5ffd5b80516001600160401b0381168114610830575f5ffd5b5f61012082840312156108da575f5ffd5b6108e2610849565b90506108ed826108a2565b81526108fb602083016108a2565b602082015261090c604083016108a2565b604082015260608281015190820152610927608083016108b3565b608082015261093860a083016108b3565b60a082015261094960c083016108a2565b60c082015261095a60e083016108a2565b60e08201526101009182015191810191909152919050565b5f82601f830112610981575f5ffd5b81516001600160401b0381111561099a5761099a610835565b8060051b6109aa60208201610872565b918252602081850181019290810190868411156109c5575f5ffd5b6020860192505b838310156109f05782516109df81610811565b8252602092830192909101906109cc565b9695505050505050565b5f5f5f5f5f5f5f5f610200898b031215610a12575f5ffd5b8851610a1d81610811565b60208a0151909850610a2e81610811565b60408a015190975060028110610a42575f5ffd5b9550610a5060608a01610825565b9450610a5e60808a01610825565b9350610a6d8a60a08b016108c9565b6101c08a01519093506001600160401b03811115610a89575f5ffd5b610a958b828c01610972565b6101e08b015190935090506001600160401b03811115610ab3575f5ffd5b610abf8b828c01610972565b9150509295985092959890939650565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b6001600160a01b03831681526040810160028310610b2357634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b80820180821115610b4f57634e487b7160e01b5f52601160045260245ffd5b92915050565b608051615da6610ba55f395f8181610e90015281816113970152818161168701528181611a3f015281816121150152818161259001528181613b0301528181613b4101526143d30152615da65ff3fe608060405234801561000f575f5ffd5b50600436106103d5575f3560e01c806379ba509711610200578063ab57a2e81161011f578063d56ebd4d116100b4578063f2fde38b11610084578063f2fde38b14610dfd578063f406454414610e10578063f5440a5314610e23578063f698da2514610e83578063fc0c546a14610e8b575f5ffd5b8063d56ebd4d14610db3578063da75c01e14610dc6578063e30c397814610dd9578063e9bd153d14610dea575f5ffd5b8063bc2fc028116100ef578063bc2fc02814610b62578063c13c239614610b8a578063cdf19f7d14610bb7578063cff0ab9614610bca575f5ffd5b8063ab57a2e814610b16578063ab82839614610b29578063b400c2f014610b3c578063b4e570ee14610b4f575f5ffd5b806391e6a9f811610195578063988a22b211610165578063988a22b214610ad45780639c662fdd14610ae7578063a2f0572514610afa578063a694fc3a14610b03575f5ffd5b806391e6a9f8146109ac578063940992a3146109ce57806394a754e014610aae5780639561655f14610ac1575f5ffd5b8063847fdd12116101d0578063847fdd12146109085780638c80fd90146109105780638da5cb5b146109235780638f1d377614610933575f5ffd5b806379ba5097146108b357806379ed2b5b146108bb5780637adf795c146108ce5780637e12ad55146108e1575f5ffd5b806333406c57116102f757806351586ecb1161028c5780636a0534f11161025c5780636a0534f11461085e5780636f9f43d01461087d578063715018a61461089057806375c3fc131461089857806375ecbb89146108a0575f5ffd5b806351586ecb1461080b578063582e4396146108155780636765eb6e1461081d57806368fe56aa14610830575f5ffd5b806342b643fc116102c757806342b643fc1461073357806345afb493146107465780634980e1be146107595780634bd2d7f91461076d575f5ffd5b806333406c571461065357806338b2393d146106755780633cdb00af146106885780633e41315d146106a7575f5ffd5b8063230957211161036d5780632b3bb93f1161033d5780632b3bb93f146105d95780632b7ac3f3146105ec5780632bc3d832146105ff5780632e411f221461062c575f5ffd5b8063230957211461057557806323711997146105885780632750051b1461059b57806329f33ec8146105ae575f5ffd5b806317cadfc4116103a857806317cadfc41461045c5780631b25ba61146104715780631dec844b146104b957806320456ad81461055b575f5ffd5b8063055a8e49146103d957806306a4c983146103ff578063099e4133146104315780630d8443b814610452575b5f5ffd5b6103ec6103e7366004614fc8565b610eb2565b6040519081526020015b60405180910390f35b60025461041990600160a81b90046001600160401b031681565b6040516001600160401b0390911681526020016103f6565b60025461044590600160a01b900460ff1681565b6040516103f69190615026565b6103ec620f424081565b61046f61046a36600461508e565b610f4f565b005b6104a961047f366004615147565b6006546001600160a01b039091165f908152600860205260409020546001600160801b0316101590565b60405190151581526020016103f6565b6105166104c7366004615147565b60086020525f9081526040902080546001909101546001600160801b0380831692600160801b90819004909116916001600160401b0380821692600160401b8304909116910463ffffffff1685565b604080516001600160801b0396871681529590941660208601526001600160401b039283169385019390935216606083015263ffffffff16608082015260a0016103f6565b60035461041990600160a01b90046001600160401b031681565b61046f610583366004615167565b611025565b61046f6105963660046151be565b61116e565b61046f6105a9366004615241565b6113d0565b6003546105c1906001600160a01b031681565b6040516001600160a01b0390911681526020016103f6565b61046f6105e7366004615281565b6113e8565b6002546105c1906001600160a01b031681565b6104a961060d3660046152cf565b600b60209081525f928352604080842090915290825290205460ff1681565b6103ec7f4b99f6e58b39a0ce71f6cd2d9f9231e0554f4d0f009e867e11a0c36cd1bd414c81565b6104a9610661366004615147565b60106020525f908152604090205460ff1681565b61046f610683366004615300565b6115af565b6103ec610696366004615167565b600e6020525f908152604090205481565b6106fb6106b5366004615319565b601160209081525f92835260408084209091529082529020805460018201546002909201549091906001600160a01b03811690600160a01b90046001600160401b031684565b6040516103f6949392919093845260208401929092526001600160a01b031660408301526001600160401b0316606082015260800190565b61046f61074136600461533a565b6115c3565b61046f610754366004615367565b61162f565b6103ec5f516020615d515f395f51905f5281565b6107f761077b366004615300565b60096020525f908152604090208054600182015460029092015490916001600160a01b03811691600160a01b9091046001600160601b0316906001600160401b0380821691600160401b810490911690600160801b810460ff1690600160881b810463ffffffff1690600160a81b90046001600160581b031688565b6040516103f698979695949392919061539c565b61041962278d0081565b6103ec611645565b6103ec61082b366004615417565b6116fe565b61084361083e366004615480565b611a70565b604080519384526020840192909252908201526060016103f6565b6103ec61086c366004615167565b600f6020525f908152604090205481565b61046f61088b3660046154fd565b611ab9565b61046f611e28565b6103ec611e3b565b6104a96108ae366004615544565b611e50565b61046f611f0b565b61046f6108c9366004615167565b611f4c565b61046f6108dc36600461533a565b611f5d565b6103ec7fb044d96160cbe77ecd54786257cc5ee7e754f2cf71c601c608501c797cae456d81565b61046f611fc1565b61046f61091e366004615167565b612147565b5f546001600160a01b03166105c1565b61099a610941366004615167565b600c6020525f90815260409020805460018201546002909201546001600160a01b0380831693600160a01b938490046001600160601b031693918116929181046001600160401b031691600160e01b90910460ff169086565b6040516103f69695949392919061556c565b6104a96109ba366004615147565b60146020525f908152604090205460ff1681565b610a4d6109dc366004615167565b60136020525f9081526040902080546001820154600283015460038401546004850154600586015460069096015494959394929391926001600160401b0380831693600160401b8404821693600160801b8104831693600160c01b909104909216916001600160a01b03909116908a565b604080519a8b5260208b01999099529789019690965260608801949094526001600160401b03928316608088015290821660a0870152811660c08601521660e08401526001600160a01b0316610100830152610120820152610140016103f6565b61046f610abc3660046155c6565b612158565b610843610acf366004615167565b6123da565b61046f610ae23660046155e9565b6123f3565b61046f610af5366004615147565b6124a3565b6103ec600d5481565b61046f610b11366004615167565b6124b4565b61046f610b243660046156d3565b6125c2565b61046f610b3736600461570f565b6127ed565b61046f610b4a366004615367565b612a2a565b61046f610b5d36600461578c565b612a3c565b6103ec610b70366004615300565b6001600160401b03165f9081526009602052604090205490565b6104a9610b98366004615167565b5f908152601360205260409020600401546001600160401b0316151590565b61046f610bc53660046157f6565b612c67565b610da660408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f60046040518060e00160405290815f82015f9054906101000a900461ffff1661ffff1661ffff1681526020015f820160029054906101000a900461ffff1661ffff1661ffff1681526020015f820160049054906101000a900461ffff1661ffff1661ffff1681526020015f820160069054906101000a900461ffff1661ffff1661ffff1681526020015f820160089054906101000a900461ffff1661ffff1661ffff1681526020015f8201600a9054906101000a90046001600160401b03166001600160401b03166001600160401b031681526020015f820160129054906101000a90046001600160401b03166001600160401b03166001600160401b0316815250509050604051806101200160405280825f015161ffff168152602001826020015161ffff168152602001826040015161ffff16815260200160065481526020018260a001516001600160401b031681526020018260c001516001600160401b03168152602001826060015161ffff168152602001826080015161ffff16815260200160075481525091505090565b6040516103f69190615847565b61046f610dc13660046158f6565b612cc1565b61046f610dd4366004615300565b612cd3565b6001546001600160a01b03166105c1565b61046f610df836600461591e565b612ce4565b61046f610e0b366004615147565b612cf6565b61046f610e1e36600461594b565b612d66565b6106fb610e31366004615167565b5f90815260116020908152604080832060128352818420546001600160401b039081168552925290912080546001820154600290920154909391926001600160a01b03821692600160a01b9092041690565b6103ec612ea6565b6105c17f000000000000000000000000000000000000000000000000000000000000000081565b5f610f46610ebe612ea6565b604080517fb044d96160cbe77ecd54786257cc5ee7e754f2cf71c601c608501c797cae456d60208201526001600160401b03891691810191909152606081018790526080810186905260a0810185905260c0016040516020818303038152906040528051906020012060405161190160f01b8152600281019290925260228201526042902090565b95945050505050565b610f57612f4a565b85358335148015610f6f575082602001358660200135145b8015610f82575082604001358660400135145b15610fa0576040516332c258c960e21b815260040160405180910390fd5b5f610fad88888888612fb7565b90505f610fbc89868686612fb7565b9050806001600160a01b0316826001600160a01b0316146110085760405163294c3acf60e21b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b611012828a61304c565b505061101c6131f1565b50505050505050565b805f0361104557604051631f2a200560e01b815260040160405180910390fd5b335f90815260086020526040902080546001600160801b03168083111561109157604051631fdb623f60e21b8152600481018490526001600160801b0382166024820152604401610fff565b81545f906110b0908590600160801b90046001600160801b03166159bc565b6004549091505f906110d290600160501b90046001600160401b0316426159db565b90506110de85846159fa565b6001850180546001600160401b03841667ffffffffffffffff1990911681179091556001600160801b03918216918416600160801b81026001600160801b03191692909217865560408051888152602081019390935282015233907fad45e73f3869206cbe603af99c45463bc0a13c481e99d8a2efd93c7d64f2814b906060015b60405180910390a25050505050565b611176612f4a565b6001600160401b0386165f908152600960205260408120805490918190036111bc576040516336ea088d60e01b81526001600160401b0389166004820152602401610fff565b6111c6888361321b565b6111d48188888888886132f6565b61120357604051630fb4609d60e21b81526001600160401b038916600482015260248101889052604401610fff565b60588710156112915760028201546001600160581b03600160a81b9091048181169160018a1b918216165f0361125e576040516305b5a69d60e01b81526001600160401b038b166004820152602481018a9052604401610fff565b801982168460020160156101000a8154816001600160581b0302191690836001600160581b031602179055505050611335565b5f61129d605889615a19565b6001600160401b038a165f908152600a60209081526040808320600885901c8452909152812054919250600160ff84161b91908183169003611304576040516305b5a69d60e01b81526001600160401b038c166004820152602481018b9052604401610fff565b6001600160401b038b165f908152600a6020908152604080832060089690961c835294905292909220901990911690555b60408051888152602081018790526001600160a01b038816916001600160401b038b16917fd764529a8799bb0d27fe5a52891f3c7f36c5fd2748c1925b30c5a780f80fd321910160405180910390a384156113be576113be6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001687876133db565b50506113c86131f1565b505050505050565b6113d861343a565b6113e3838383613466565b505050565b6113f0613547565b5f878152601360205260409020600401546001600160401b03161561142a57604051622e0fb560e21b815260048101889052602401610fff565b5f5f61143888888888613599565b60028201546040805160a08101825284548152602081018c90528082018b905260018501546060820152608081018a90529051630af9a23560e21b81529395509193506001600160a01b031691632be688d49161149b9188918891600401615a54565b5f6040518083038186803b1580156114b1575f5ffd5b505afa9250505080156114c2575060015b6114f1576040516329c0e93360e01b8152600481018990526001600160401b0382166024820152604401610fff565b5f8981526013602052604090819020898155600181018990556002810188905560038101879055600481018054436001600160401b03908116600160401b026001600160801b031990921690861617179055905189908b907f77ab8fee60025a2a636b78d769af66ccaa399efa3995cb9aade6b82613d6fec49061159b908c908c908c908990938452602084019290925260408301526001600160401b0316606082015260800190565b60405180910390a350505050505050505050565b6115b761343a565b6115c0816136da565b50565b5f546001600160a01b031633146115dc576115dc613547565b5f828152600e60209081526040918290208390558151838152339181019190915283917f4722c0c25ef4c069f1e7fb0a428aeb592c2fcfb42e3181b38074654cc800374491015b60405180910390a25050565b61163761343a565b611641828261373c565b5050565b5f61164e612f4a565b600160055461165d9190615a19565b9050805f0361166d57505f6116f3565b60016005556003546001600160a01b03908116906116ae907f00000000000000000000000000000000000000000000000000000000000000001682846133db565b806001600160a01b03167f8c4463e6442c505ca03503f62a65ea4bac86f1dc6322a5e8ce18f0e7943e448f836040516116e991815260200190565b60405180910390a2505b6116fb6131f1565b90565b5f611707612f4a565b6001600160a01b03861661172e5760405163d92e233d60e01b815260040160405180910390fd5b6001600160401b03851615611881576001600160401b0385165f90815260096020526040812090600282810154600160801b900460ff169081111561177557611775614ffe565b0361179e576040516336ea088d60e01b81526001600160401b0387166004820152602401610fff565b60028082810154600160801b900460ff16908111156117bf576117bf614ffe565b036117e8576040516365dce49160e01b81526001600160401b0387166004820152602401610fff565b6002810154600160401b90046001600160401b0316421061183d576002810154604051631c8566b160e01b81526001600160401b038881166004830152600160401b9092049091166024820152604401610fff565b60018160020160118282829054906101000a900463ffffffff166118619190615a9a565b92506101000a81548163ffffffff021916908363ffffffff160217905550505b6001600160a01b0386165f908152600860205260409020600190810180546010906118ba908490600160801b900463ffffffff16615a9a565b92506101000a81548163ffffffff021916908363ffffffff1602179055505f6007549050600d5f81546118ec90615ab6565b91829055506040805160c0810182523381526001600160601b03841660208201526001600160a01b038a16918101919091526001600160401b0388166060820152909250608081016001815260209081018790525f848152600c82526040908190208351928401516001600160601b0316600160a01b9081026001600160a01b039485161782559184015160018201805460608701516001600160401b03169094026001600160e01b0319909416919094161791909117808355608084015191929060ff60e01b1916600160e01b8360038111156119cc576119cc614ffe565b021790555060a08201518160020155905050856001600160401b0316876001600160a01b0316837f946888530dc9b7128924513df349a7d400c62d6d552ef7c006451531fddb12d333858a8a8a604051611a2a959493929190615ace565b60405180910390a4611a676001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137f8565b50610f466131f1565b5f5f5f5f5f611a848c8c8c8c8c8c8c613831565b925050915081600360058110611a9c57611a9c615b06565b6020020151608090920151919c919b509950975050505050505050565b611ac1612f4a565b5f8381526013602052604081206006810154909103611af6576040516304b3731960e11b815260048101859052602401610fff565b6004810154600160c01b90046001600160401b03164210611b475760048181015460405163c00f787360e01b8152918201869052600160c01b90046001600160401b03166024820152604401610fff565b80600601548383604051611b5c929190615b1a565b604051809103902014611b8557604051637b576d4f60e01b815260048101859052602401610fff565b80545f90815260116020908152604080832060048501546001600160401b03168452825280832060028101546001600160a01b0316845260109092529091205460ff16611bf6576002810154604051637365c34f60e01b81526001600160a01b039091166004820152602401610fff565b5f611c05603f620f4240615b29565b611c1290620f4240615b48565b611c1e90612710615b48565b9050805a1015611c445760405163b22db89560e01b815260048101829052602401610fff565b6002808301546040805160a08101825285548152600187810154602083015293870154818301529285015460608401526003860154608084015251630af9a23560e21b81526001600160a01b0390911691632be688d491620f424091611cb0918a918a91600401615a54565b5f6040518083038187803b158015611cc6575f5ffd5b5086fa93505050508015611cd8575060015b15611cf957604051633322284760e01b815260048101879052602401610fff565b6005838101546004808601545f8a815260136020908152604080832083815560018101849055600281018490556003810184905594850183905595840180546001600160a01b031916905560069093015592513381526001600160a01b0390921692600160801b90046001600160401b03169183918a917f2e434620f768de0003fda219f2159386658e659993c99fb5ea8e573e7b23fad4910160405180910390a35f5f611da784336138a8565b6001600160401b0385165f81815260096020526040902092945090925015801590611de1575060018101546001600160a01b038681169116145b8015611df15750611df181613a1f565b15611e0d57611e008482613a7e565b611e0a9083615b48565b91505b611e18338484613af0565b50505050505050506113e36131f1565b611e3061343a565b611e395f613b6a565b565b5f6001600554611e4b9190615a19565b905090565b6001600160401b0382165f90815260096020526040812081600282810154600160801b900460ff1690811115611e8857611e88614ffe565b03611e96575f915050611f05565b6058831015611ec05760020154600160a81b90046001831b166001600160581b0316159050611f05565b5f611ecc605885615a19565b6001600160401b0386165f908152600a60209081526040808320600885901c8452909152902054600160ff9092169190911b1615925050505b92915050565b60015433906001600160a01b03168114611f435760405163118cdaa760e01b81526001600160a01b0382166004820152602401610fff565b6115c081613b6a565b611f5461343a565b6115c081613b83565b5f546001600160a01b03163314611f7657611f76613547565b5f828152600f60209081526040918290208390558151838152339181019190915283917fcc4fca44b6c998605973423ad6d32acae6371179196ba89d8070990a2c12f5d79101611623565b611fc9612f4a565b335f90815260086020526040812080549091600160801b9091046001600160801b03169081900361200f57604051636e34ee0b60e11b8152336004820152602401610fff565b60018201545f906001600160401b03600160401b82048116911611612048576001830154600160401b90046001600160401b0316612057565b60018301546001600160401b03165b9050806001600160401b031642101561209457604051631f18f4b760e11b81523360048201526001600160401b0382166024820152604401610fff565b6001830154600160801b900463ffffffff16156120c65760405163d613874760e01b8152336004820152602401610fff565b82546001600160801b0316835560405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a261213c6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633846133db565b505050611e396131f1565b61214f61343a565b6115c081613be9565b61216061343a565b612168612f4a565b5f828152600c60205260409020600180820154600160e01b900460ff16600381111561219657612196614ffe565b146121b75760405163294b968760e01b815260048101849052602401610fff565b816121c35760036121c6565b60025b60018201805460ff60e01b1916600160e01b8360038111156121ea576121ea614ffe565b02179055506001818101546001600160a01b0381165f818152600860205260409020830180549193600160a01b9093046001600160401b03169291601090612240908490600160801b900463ffffffff16615b5b565b92506101000a81548163ffffffff021916908363ffffffff1602179055505f5f5f86156122b257855461227d9086906001600160a01b03166138a8565b909350915061228c8284615b48565b86549091506122ab90600160a01b90046001600160601b031684615b48565b92506122c7565b8554600160a01b90046001600160601b031691505b6001600160401b03841615612379576001600160401b0384165f90815260096020526040902087801561231957506001600282810154600160801b900460ff169081111561231757612317614ffe565b145b15612335576123288582613a7e565b6123329084615b48565b92505b60018160020160118282829054906101000a900463ffffffff166123599190615b5b565b92506101000a81548163ffffffff021916908363ffffffff160217905550505b6040805188151581526020810183905289917f37b4c820a08cf4a6b36e86c12f351c8de017e389247b2c8c5151cde2f37f85ee910160405180910390a285546123cc906001600160a01b03168484613af0565b5050505050506116416131f1565b5f5f5f6123e684613c4f565b9250925092509193909250565b6123fb612f4a565b5f6124098b8b8b8988613cbb565b90505f5f61241f8d848d8d8d8d8d8d8d8d613e18565b60408051606081018252828152602081018f9052929450909250612481918f918f9190810161244e8f80615b77565b60405160200161245f929190615bbc565b60408051601f19818403018152919052805160209091012090528b8787614071565b5061248d8b8383614359565b50506124976131f1565b50505050505050505050565b6124ab61343a565b6115c081614402565b6124bc612f4a565b805f036124dc57604051631f2a200560e01b815260040160405180910390fd5b608081901c15612502576040516304041d9560e11b815260048101829052602401610fff565b335f90815260086020526040812080549091906125299084906001600160801b03166159bc565b82546001600160801b0319166001600160801b038216908117845560408051868152602081019290925291925033917f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a26125b86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330866137f8565b50506115c06131f1565b5f546001600160a01b031633146125db576125db613547565b8215806125f557505f516020615d515f395f51905f528310155b1561261657604051631d5e74c760e01b815260048101849052602401610fff565b81158061263057505f516020615d515f395f51905f528210155b1561265157604051637de57fa560e11b815260048101839052602401610fff565b6001600160a01b0381166126785760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f9081526010602052604090205460ff166126bb57604051637365c34f60e01b81526001600160a01b0382166004820152602401610fff565b5f848152601260205260408120546126dd906001600160401b031660016159db565b5f86815260126020908152604080832080546001600160401b0380871667ffffffffffffffff19909216821790925582516080810184528a81528085018a81526001600160a01b03808b16838701908152606084018581528f8a5260118952878a20958a529490975296859020915182555160018201559351600290940180549151909216600160a01b026001600160e01b031990911693909416929092179290921790555190915085907f42bc581c7fed910dac724a7aee11162501063c4a4905abe6b9bdead47a2df59d9061115f908790879087908790339094855260208501939093526001600160a01b0391821660408501526001600160401b0316606084015216608082015260a00190565b6127f5613547565b5f888152601360205260409020600401546001600160401b03161561282f57604051622e0fb560e21b815260048101899052602401610fff565b5f61283c88878787613599565b6004549092505f915061285f90600160501b90046001600160401b0316426159db565b90506040518061014001604052808a8152602001888152602001878152602001868152602001836001600160401b03168152602001436001600160401b03168152602001896001600160401b03168152602001826001600160401b03168152602001336001600160a01b0316815260200185856040516128e0929190615b1a565b60408051918290039091209091525f8c815260136020908152908290208351815590830151600182015590820151600282015560608201516003820155608082015160048201805460a085015160c086015160e08701516001600160401b03908116600160c01b026001600160c01b03928216600160801b02929092166001600160801b03938216600160401b026001600160801b031990951691909616179290921716929092179190911790556101008201516005820180546001600160a01b039092166001600160a01b0319909216919091179055610120909101516006909101556129cd81614477565b336001600160a01b0316898b7fdd526e94b31b3954752b76eab1229325c80d76ffba86b88cd4bd117ecd2fbc668b8b8b8b89898d8d604051612a16989796959493929190615be3565b60405180910390a450505050505050505050565b612a3261343a565b61164182826144d6565b612a44612f4a565b6001600160401b0386165f90815260096020526040812090600282810154600160801b900460ff1690811115612a7c57612a7c614ffe565b03612aa5576040516336ea088d60e01b81526001600160401b0388166004820152602401610fff565b612aae81613a1f565b612ad65760405163665e1d8360e01b81526001600160401b0388166004820152602401610fff565b805f0154612b4187612b33888888604051602001612af5929190615bbc565b60408051601f198184030181528282528051602091820120838201949094528282019390935280518083038201815260609092019052805191012090565b5f9182526020526040902090565b14612b6a5760405163f934d5b560e01b81526001600160401b0388166004820152602401610fff565b5f848484818110612b7d57612b7d615b06565b602090810292909201355f8181526013909352604090922060040154919250506001600160401b031615612bd657604051636fe5275960e11b81526001600160401b038916600482015260248101829052604401610fff565b60018201546040513381526001600160a01b0390911690819083906001600160401b038c16907fec4bc3c9196731f8e83a29f59b9cf1434441a4c2a35b001d66eb206c397a777b9060200160405180910390a45f5f612c3583336138a8565b91509150612c438b86613a7e565b612c4d9082615b48565b9050612c5a338383613af0565b50505050506113c86131f1565b612c6f612f4a565b5f612c7d8b8b8b8988613cbb565b90505f5f612c928d848d8c8c8c8c8c8c614592565b60408051606081018252828152602081018f90529081018d90529193509150612481908e908e908b8787614071565b612cc961343a565b61164182826145f7565b612cdb61343a565b6115c0816146bb565b612cec61343a565b611641828261474e565b612cfe61343a565b600180546001600160a01b0383166001600160a01b03199091168117909155612d2e5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b612d6e612f4a565b6001600160401b0384165f90815260096020526040812090600282810154600160801b900460ff1690811115612da657612da6614ffe565b03612dcf576040516336ea088d60e01b81526001600160401b0386166004820152602401610fff565b6040805160208087013582820152828701358284015282518083038401815260609092019092528051910120612e0790853590612b33565b815403612e325760405163f271dfaf60e01b81526001600160401b0386166004820152602401610fff565b5f612e3f86868686612fb7565b60018301549091506001600160a01b03808316911614612e8c576040516330b825a760e21b81526001600160401b03871660048201526001600160a01b0382166024820152604401610fff565b612e96818761304c565b5050612ea06131f1565b50505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f96dfc7dc16897e2d59acf13546f6b8b0bd8e081a83dbce6bfbb9a26010fe2b13918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612f8a57604051633ee5aeb560e01b815260040160405180910390fd5b611e3960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906147ed565b5f8061300c612fd1878735602089013560408a0135610eb2565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506147f492505050565b5090925090505f81600381111561302557613025614ffe565b1461304357604051638baa579f60e01b815260040160405180910390fd5b50949350505050565b6001600160a01b0382165f908152600b602090815260408083206001600160401b038516845290915290205460ff16156130b3576040516337aa426560e11b81526001600160a01b03831660048201526001600160401b0382166024820152604401610fff565b6001600160a01b0382165f90815260086020526040902080546130e8906001600160801b03600160801b820481169116615b48565b5f0361311257604051630752994b60e51b81526001600160a01b0384166004820152602401610fff565b6001600160a01b0383165f818152600b602090815260408083206001600160401b03871680855290835292819020805460ff19166001179055513381529192917f7e6a05e05f31bd324e004a3fdd6cc8d1c11fa9f10db49675237940f659b891a7910160405180910390a35f5f61318985336138a8565b6001600160401b0386165f9081526009602052604090206001810154929450909250906001600160a01b0387811691161480156131ca57506131ca81613a1f565b156131e6576131d98582613a7e565b6131e39083615b48565b91505b6113c8338484613af0565b611e395f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612fb1565b60028082810154600160801b900460ff169081111561323c5761323c614ffe565b03613265576040516365dce49160e01b81526001600160401b0383166004820152602401610fff565b6002810154600160881b900463ffffffff16156132a057604051630418991160e21b81526001600160401b0383166004820152602401610fff565b6002810154600160401b90046001600160401b031642101561164157600281015460405163081660eb60e01b81526001600160401b038481166004830152600160401b9092049091166024820152604401610fff565b5f81808203613308575f9150506133d1565b61331181615c43565b6040805189815260208101899052908101879052606090209091505f5b828110156133a957600189161561336f5761336a86868381811061335457613354615b06565b90506020020135835f9182526020526040902090565b61339a565b61339a8287878481811061338557613385615b06565b905060200201355f9182526020526040902090565b6001998a1c999092500161332e565b50871580156133cc5750886133ca8287878681811061338557613385615b06565b145b925050505b9695505050505050565b6040516001600160a01b038381166024830152604482018390526113e391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061483d565b5f546001600160a01b03163314611e395760405163118cdaa760e01b8152336004820152602401610fff565b6127108161ffff168361ffff168561ffff166134829190615b48565b61348c9190615b48565b146134c0576040516380c3679760e01b815261ffff8085166004830152808416602483015282166044820152606401610fff565b6004805465ffffffff0000191664010000000061ffff84811691820263ffff0000191692909217620100008684169081029190911761ffff19169287169283179093556040805192835260208301939093528183015290517ff4631843046aad85c0c8de873d9af0ec794f3c7dbfc1ee9da5979a9aa5db8ab49181900360600190a1505050565b335f908152600860205260409020546006546001600160801b03909116908110156115c05760065460405163936d426d60e01b8152336004820152602481018390526044810191909152606401610fff565b5f848152601260205260408120546001600160401b03168082036135d357604051638da5eefb60e01b815260048101879052602401610fff565b5f516020615d515f395f51905f5285106136035760405163012e5f7160e01b815260048101869052602401610fff565b5f516020615d515f395f51905f5284106136335760405163a9f5053360e01b815260048101859052602401610fff565b5f516020615d515f395f51905f52831061366357604051633872294b60e21b815260048101849052602401610fff565b5f8681526011602090815260408083206001600160401b0385168452825280832060028101546001600160a01b0316845260109092529091205490925060ff166136d1576002820154604051637365c34f60e01b81526001600160a01b039091166004820152602401610fff565b94509492505050565b6004805467ffffffffffffffff60901b1916600160901b6001600160401b038416908102919091179091556040519081527fbd674c39601ab02b1011c8c98746cf751f810f0ccf168f8a214cb0d65f92ae48906020015b60405180910390a150565b6001600160a01b0382166137635760405163d92e233d60e01b815260040160405180910390fd5b80801561377857506001600160a01b0382163b155b156137a1576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610fff565b6001600160a01b0382165f81815260106020908152604091829020805460ff191685151590811790915591519182527fb705f456be7a4aa3fcda058f2fafbb0481dc6827ba80e1a298f9e83b53e368c49101611623565b6040516001600160a01b038481166024830152838116604483015260648201839052612ea09186918216906323b872dd90608401613408565b613839614f71565b5f5f5f61384b8b8a8c8b8b8b8b6148a9565b90505f61385b8989898986614918565b8095508196508293505050506040518060a001604052808d6001600160401b031681526020018b81526020018c815260200183815260200182815250945050509750975097945050505050565b6001600160a01b0382165f90815260086020526040812080546004548392916001600160801b0380821692600160801b90920416908490612710906601000000000000900461ffff166138fb8486615b48565b6139059190615c58565b61390f9190615b29565b9050826001600160801b0316811161394b5761392b81846159fa565b84546001600160801b0319166001600160801b039190911617845561398a565b5f61395f6001600160801b03851683615a19565b61396990846159fa565b6001600160801b039182169116600160801b026001600160801b0319161784555b600454612710906139a690600160401b900461ffff1683615c58565b6139b09190615b29565b95506139bc8682615a19565b9450866001600160a01b0316886001600160a01b03167f2ad67d4a3e40fbdc9faeef32237ae01635b2ec4451e4e61d0bafed3606cfa4218389604051613a0c929190918252602082015260400190565b60405180910390a3505050509250929050565b5f6001600283810154600160801b900460ff1690811115613a4257613a42614ffe565b148015611f0557506002820154600160401b90046001600160401b0316421080611f0557505060020154600160881b900463ffffffff16151590565b600281018054600160811b60ff60801b199091161790556001810154604051600160a01b9091046001600160601b0316808252906001600160401b038416907fa354392b03bb7e9f929d3e81060105b41fb012534f527b8ada8c47a512d90b8c9060200160405180910390a292915050565b8115613b2a57613b2a6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846133db565b80156113e3576003546113e3906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169116836133db565b600180546001600160a01b03191690556115c081614a74565b801580613b935750606081901c15155b15613bb45760405163538b6c1b60e11b815260048101829052602401610fff565b60078190556040518181527f4f0365ab8e64e7a73d58795567a7403c4badcd528a688a8dcceb0050b66d0a9a90602001613731565b801580613bf95750608081901c15155b15613c1a5760405163718289ab60e01b815260048101829052602401610fff565b60068190556040518181527f4d36185d86b6e1aefe7e3c72bbcf2329ea433a9dc2655a34739abe83a7ce74a090602001613731565b6004545f908190819061271090613c6a9061ffff1686615c58565b613c749190615b29565b60045490935061271090613c929062010000900461ffff1686615c58565b613c9c9190615b29565b915081613ca98486615a19565b613cb39190615a19565b929491935050565b5f613cc4613547565b828214613cee576040516355c5b3e360e11b81526004810184905260248101839052604401610fff565b5f6001600160401b0387165f908152600960205260409020600290810154600160801b900460ff1690811115613d2657613d26614ffe565b14613d4f57604051635b6c38cd60e11b81526001600160401b0387166004820152602401610fff565b6002546001600160401b03600160a81b909104811690871611613da457600254604051630ae4993b60e21b81526001600160401b038881166004830152600160a81b9092049091166024820152604401610fff565b606085901c15613dca57604051630bc8c67960e01b815260048101869052602401610fff565b5f516020615d515f395f51905f528410613dfa5760405163a9f5053360e01b815260048101859052602401610fff565b613e0386614ac3565b613e0c85613c4f565b98975050505050505050565b5f80601481613e2d60608c0160408d01615147565b6001600160a01b0316815260208101919091526040015f205460ff16613e8257613e5d60608a0160408b01615147565b60405163efa1d0db60e01b81526001600160a01b039091166004820152602401610fff565b5f613e95613e908b80615b77565b614b40565b9050613e9f614f8f565b6001600160401b038e16815260208082018d9052604082018e90528b013560608201525f613ed1828c8c8c8c88614c6a565b8d83526020830181905290505f613eeb8c8c8c8c86614918565b909750955090508e861115613f2057858f6040516370ffe99360e11b8152600401610fff929190918252602082015260400190565b8e60015f5b8651811015613f78575f516020615d515f395f51905f5285830991505f516020615d515f395f51905f528083898481518110613f6357613f63615b06565b60200260200101510984089250600101613f25565b508390505f5b600b811015613fa2575f516020615d515f395f51905f528283099150600101613f7e565b505f516020615d515f395f51905f5284820990505f516020615d515f395f51905f528082840984088560026020020181815250508e6040016020810190613fe99190615147565b6001600160a01b0316636bf062b28b8b886040518463ffffffff1660e01b815260040161401893929190615c6f565b5f6040518083038186803b15801561402e575f5ffd5b505afa92505050801561403f575060015b61405c576040516309bde33960e01b815260040160405180910390fd5b5050505050509a509a98505050505050505050565b6004545f9061409090600160501b90046001600160401b0316426159db565b90506040518061010001604052806140de875f0151612b3389602001518a60400151604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b81523360208201526001600160601b03841660408201526001600160401b0342811660608301528316608082015260a001600181525f60208083018290526001600160581b036040938401526001600160401b03808c16835260098252918390208451815590840151928401516001600160601b0316600160a01b026001600160a01b0390931692909217600183015560608301516002808401805460808701518516600160401b026001600160801b031990911693909416929092179290921780825560a08501519260ff60801b1990911690600160801b9084908111156141c9576141c9614ffe565b021790555060c08201516002918201805460e09094015170ffffffffffffffffffffffffffffffffff909416600160881b63ffffffff909316929092026001600160a81b031691909117600160a81b6001600160581b039094168402179055805467ffffffffffffffff60a81b19166001600160401b038a81169093021790556003805467ffffffffffffffff60a01b1916600160a01b429093169290920291909117905561427781614477565b60588411156142d6576001600160401b0387165f908152600a60205260408120905b60086142a6605888615a19565b6142b19060ff615b48565b901c8110156142d3575f8181526020839052604090205f199055600101614299565b50505b845160208087015160408089015181519485529284018890528301899052606083018690526080830185905260a083015260c08201526001600160401b0382811660e08301523391908916907f631c3e636d73bdb32f1bbb6aada4c3ef8f95d5d946e2e36e705ba1a4a388a1d7906101000160405180910390a350505050505050565b6004545f90612710906143769062010000900461ffff1686615c58565b6143809190615b29565b61438a8385615a19565b6143949190615b48565b905080156143b3578060055f8282546143ad9190615b48565b90915550505b5f6143be8284615b48565b905080156143fb576143fb6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846137f8565b5050505050565b6001600160a01b0381166144295760405163d92e233d60e01b815260040160405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040519081527ffffcdc9c68043886ee845954251fc34664b13223b44c50865f96b48048f6fadc90602001613731565b335f90815260086020526040902060018101546001600160401b03808416600160401b909204161015611641576001810180546001600160401b038416600160401b026fffffffffffffffff0000000000000000199091161790555050565b6001600160a01b0382166144fd5760405163d92e233d60e01b815260040160405180910390fd5b80801561451257506001600160a01b0382163b155b1561453b576040516322a2d07b60e21b81526001600160a01b0383166004820152602401610fff565b6001600160a01b0382165f81815260146020908152604091829020805460ff191685151590811790915591519182527f4a7898ff89dab85a684e8914f84937ea5af3806b0d02452f76d2861cfbc4f9789101611623565b5f5f61459c614f71565b6145ab8c8c8c8c8c8c8c613831565b909450925090508a8311156145dd576040516370ffe99360e11b815260048101849052602481018c9052604401610fff565b6145e8858583614d10565b50995099975050505050505050565b6127108261ffff16118061461057506127108161ffff16115b1561463c57604051637975112360e01b815261ffff808416600483015282166024820152604401610fff565b6004805469ffffffff0000000000001916600160401b61ffff84811691820267ffff0000000000001916929092176601000000000000928616928302179092556040805191825260208201929092527fe197ae4ef38bcc7fe3d95f8054054db161c8e1e8f9d0bc23311061c2ffb44eed91015b60405180910390a15050565b62278d006001600160401b03821611156146f357604051633475752760e11b81526001600160401b0382166004820152602401610fff565b6004805467ffffffffffffffff60501b1916600160501b6001600160401b038416908102919091179091556040519081527f12e19a1c49cf4bd50063e880b00a1d58d172093bd509431d1a08693367d8f2e590602001613731565b6001600160a01b0382166147755760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0384166001600160a01b03198216811783558392916001600160a81b03191617600160a01b8360018111156147b7576147b7614ffe565b02179055507f975371021267da3dd6df1d99121cb52d44a8c8032225f87afa7ff9c0547a539082826040516146af929190615caa565b80825d5050565b5f5f5f835160410361482b576020840151604085015160608601515f1a61481d88828585614ea9565b955095509550505050614836565b505081515f91506002905b9250925092565b5f5f60205f8451602086015f885af18061485c576040513d5f823e3d81fd5b50505f513d91508115614873578060011415614880565b6001600160a01b0384163b155b15612ea057604051635274afe760e01b81526001600160a01b0385166004820152602401610fff565b5f836040518981528860208201528760408201526001820160051b60a060608301528060a001608083015260a082018381528360051b8960208301378101838152600584901b8760208301370181900390205f516020615d515f395f51905f5290069998505050505050505050565b5f808086808203614952575f5f7f4b99f6e58b39a0ce71f6cd2d9f9231e0554f4d0f009e867e11a0c36cd1bd414c93509350935050614a69565b6040518160051b8101808b808b03895f516020615d515f395f51905f52865b868110156149f35784358060a01c15614988575f5ffd5b858501359b8c019b808d10156149ac57634e487b7160e01b5f52601160045260245ffd5b83848684098f089d50838f8609945083848683098f089d50838f86098a840360051c89526020808a0193909352604089019190915260608820835295810195935001614971565b50505050505050815b6001811115614a635781828260011c60061b84015b80831015614a3c5782515f52602083015160205260405f208252604083019250602082019150614a11565b506001831615614a555781515f525f60205260405f2081525b50506001908101901c6149fc565b50519150505b955095509592505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b600354600160a01b90046001600160401b03165f819003614ae2575050565b6004545f90614b0190600160901b90046001600160401b0316836159db565b9050806001600160401b03164210156113e35760405163cb6c86dd60e01b81526001600160401b03808516600483015282166024820152604401610fff565b6060816001600160401b03811115614b5a57614b5a615cc7565b604051908082528060200260200182016040528015614b83578160200160208202803683370190505b5090505f5b82811015614c63575f848483818110614ba357614ba3615b06565b905060200201359050815f14158015614bde57508484614bc4600185615a19565b818110614bd357614bd3615b06565b905060200201358111155b15614c0657604051630c02746f60e41b81526004810183905260248101829052604401610fff565b5f8181526013602052604081206002015490819003614c3b57604051634c8c329b60e01b815260048101839052602401610fff565b80848481518110614c4e57614c4e615b06565b60209081029190910101525050600101614b88565b5092915050565b5f8482516040518951815260208a0151602082015260408a015160408201526001830160051b60e060608301528060e001608083015260608b015160a08301528060011b60e00160c083015260e082018481528460051b8b60208301378101848152600585901b89602083013781016001840160051b87825e5f516020615d515f395f51905f52836001860160051b830103842006955050505050509695505050505050565b5f600254600160a01b900460ff166001811115614d2f57614d2f614ffe565b03614dac57600254604051630af9a23560e21b81526001600160a01b0390911690632be688d490614d6890869086908690600401615a54565b5f6040518083038186803b158015614d7e575f5ffd5b505afa925050508015614d8f575060015b6113e3576040516309bde33960e01b815260040160405180910390fd5b60408051600580825260c082019092525f916020820160a0803683370190505090505f5b6005811015614e1557828160058110614deb57614deb615b06565b6020020151828281518110614e0257614e02615b06565b6020908102919091010152600101614dd0565b50600254604051633f27bd4560e11b81525f916001600160a01b031690637e4f7a8a90614e4a90889088908790600401615cdb565b602060405180830381865afa925050508015614e83575060408051601f3d908101601f19168201909252614e8091810190615d35565b60015b15614e8b5790505b806143fb576040516309bde33960e01b815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614ee257505f91506003905082614f67565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614f33573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614f5e57505f925060019150829050614f67565b92505f91508190505b9450945094915050565b6040518060a001604052806005906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b80356001600160401b0381168114614fc3575f5ffd5b919050565b5f5f5f5f60808587031215614fdb575f5ffd5b614fe485614fad565b966020860135965060408601359560600135945092505050565b634e487b7160e01b5f52602160045260245ffd5b6002811061502257615022614ffe565b9052565b60208101611f058284615012565b5f60608284031215615044575f5ffd5b50919050565b5f5f83601f84011261505a575f5ffd5b5081356001600160401b03811115615070575f5ffd5b602083019150836020828501011115615087575f5ffd5b9250929050565b5f5f5f5f5f5f5f610120888a0312156150a5575f5ffd5b6150ae88614fad565b96506150bd8960208a01615034565b955060808801356001600160401b038111156150d7575f5ffd5b6150e38a828b0161504a565b90965094506150f790508960a08a01615034565b92506101008801356001600160401b03811115615112575f5ffd5b61511e8a828b0161504a565b989b979a50959850939692959293505050565b80356001600160a01b0381168114614fc3575f5ffd5b5f60208284031215615157575f5ffd5b61516082615131565b9392505050565b5f60208284031215615177575f5ffd5b5035919050565b5f5f83601f84011261518e575f5ffd5b5081356001600160401b038111156151a4575f5ffd5b6020830191508360208260051b8501011115615087575f5ffd5b5f5f5f5f5f5f60a087890312156151d3575f5ffd5b6151dc87614fad565b9550602087013594506151f160408801615131565b93506060870135925060808701356001600160401b03811115615212575f5ffd5b61521e89828a0161517e565b979a9699509497509295939492505050565b803561ffff81168114614fc3575f5ffd5b5f5f5f60608486031215615253575f5ffd5b61525c84615230565b925061526a60208501615230565b915061527860408501615230565b90509250925092565b5f5f5f5f5f5f5f60c0888a031215615297575f5ffd5b873596506020880135955060408801359450606088013593506080880135925060a08801356001600160401b03811115615112575f5ffd5b5f5f604083850312156152e0575f5ffd5b6152e983615131565b91506152f760208401614fad565b90509250929050565b5f60208284031215615310575f5ffd5b61516082614fad565b5f5f6040838503121561532a575f5ffd5b823591506152f760208401614fad565b5f5f6040838503121561534b575f5ffd5b50508035926020909101359150565b80151581146115c0575f5ffd5b5f5f60408385031215615378575f5ffd5b61538183615131565b915060208301356153918161535a565b809150509250929050565b8881526001600160a01b03881660208201526001600160601b03871660408201526001600160401b038681166060830152851660808201526101008101600385106153e9576153e9614ffe565b8460a083015263ffffffff841660c08301526001600160581b03831660e08301529998505050505050505050565b5f5f5f5f5f6080868803121561542b575f5ffd5b61543486615131565b945061544260208701614fad565b93506040860135925060608601356001600160401b03811115615463575f5ffd5b61546f8882890161504a565b969995985093965092949392505050565b5f5f5f5f5f5f5f60a0888a031215615496575f5ffd5b61549f88614fad565b9650602088013595506040880135945060608801356001600160401b038111156154c7575f5ffd5b6154d38a828b0161517e565b90955093505060808801356001600160401b038111156154f1575f5ffd5b61511e8a828b0161517e565b5f5f5f6040848603121561550f575f5ffd5b8335925060208401356001600160401b0381111561552b575f5ffd5b6155378682870161504a565b9497909650939450505050565b5f5f60408385031215615555575f5ffd5b61555e83614fad565b946020939093013593505050565b6001600160a01b0387811682526001600160601b0387166020830152851660408201526001600160401b038416606082015260c08101600484106155b2576155b2614ffe565b608082019390935260a00152949350505050565b5f5f604083850312156155d7575f5ffd5b8235915060208301356153918161535a565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215615602575f5ffd5b61560b8b614fad565b995060208b0135985060408b0135975060608b01356001600160401b03811115615633575f5ffd5b61563f8d828e01615034565b97505060808b01356001600160401b0381111561565a575f5ffd5b6156668d828e0161517e565b90975095505060a08b01356001600160401b03811115615684575f5ffd5b6156908d828e0161517e565b90955093505060c08b01356001600160401b038111156156ae575f5ffd5b6156ba8d828e0161504a565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f608085870312156156e6575f5ffd5b84359350602085013592506040850135915061570460608601615131565b905092959194509250565b5f5f5f5f5f5f5f5f60e0898b031215615726575f5ffd5b883597506020890135965061573d60408a01614fad565b9550606089013594506080890135935060a0890135925060c08901356001600160401b0381111561576c575f5ffd5b6157788b828c0161504a565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f60a087890312156157a1575f5ffd5b6157aa87614fad565b9550602087013594506040870135935060608701356001600160401b038111156157d2575f5ffd5b6157de89828a0161517e565b979a9699509497949695608090950135949350505050565b5f5f5f5f5f5f5f5f5f5f60e08b8d03121561580f575f5ffd5b6158188b614fad565b995060208b0135985060408b0135975060608b0135965060808b01356001600160401b0381111561565a575f5ffd5b5f6101208201905061ffff835116825261ffff6020840151166020830152604083015161587a604084018261ffff169052565b5060608301516060830152608083015161589f60808401826001600160401b03169052565b5060a08301516158ba60a08401826001600160401b03169052565b5060c08301516158d060c084018261ffff169052565b5060e08301516158e660e084018261ffff169052565b5061010092830151919092015290565b5f5f60408385031215615907575f5ffd5b61591083615230565b91506152f760208401615230565b5f5f6040838503121561592f575f5ffd5b61593883615131565b9150602083013560028110615391575f5ffd5b5f5f5f5f60a0858703121561595e575f5ffd5b61596785614fad565b93506159768660208701615034565b925060808501356001600160401b03811115615990575f5ffd5b61599c8782880161504a565b95989497509550505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160801b038181168382160190811115611f0557611f056159a8565b6001600160401b038181168382160190811115611f0557611f056159a8565b6001600160801b038281168282160390811115611f0557611f056159a8565b81810381811115611f0557611f056159a8565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60c081525f615a6760c083018587615a2c565b905060208201835f5b6005811015615a8f578151835260209283019290910190600101615a70565b505050949350505050565b63ffffffff8181168382160190811115611f0557611f056159a8565b5f60018201615ac757615ac76159a8565b5060010190565b60018060a01b0386168152846020820152836040820152608060608201525f615afb608083018486615a2c565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b5f82615b4357634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115611f0557611f056159a8565b63ffffffff8281168282160390811115611f0557611f056159a8565b5f5f8335601e19843603018112615b8c575f5ffd5b8301803591506001600160401b03821115615ba5575f5ffd5b6020019150600581901b3603821315615087575f5ffd5b5f6001600160fb1b03831115615bd0575f5ffd5b8260051b80858437919091019392505050565b6001600160401b03891681528760208201528660408201528560608201526001600160401b03851660808201526001600160401b03841660a082015260e060c08201525f615c3560e083018486615a2c565b9a9950505050505050505050565b5f81615c5157615c516159a8565b505f190190565b8082028115828204841417611f0557611f056159a8565b60a081525f615c8260a083018587615a2c565b905060208201835f5b6004811015615a8f578151835260209283019290910190600101615c8b565b6001600160a01b0383168152604081016151606020830184615012565b634e487b7160e01b5f52604160045260245ffd5b604081525f615cee604083018587615a2c565b82810360208401528084518083526020830191506020860192505f5b81811015615d28578351835260209384019390920191600101615d0a565b5090979650505050505050565b5f60208284031215615d45575f5ffd5b81516151608161535a56fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220cbfeb93e27c3ca5862198ac811902d4da426bf7ee8e967c0dfb40d5dd86379af64736f6c63430008250033",
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
// Solidity: constructor(address token_, address verifier_, uint8 backend_, address treasury_, address owner_, (uint16,uint16,uint16,uint256,uint64,uint64,uint16,uint16,uint256) p, address[] scoreVerifiers_, address[] attributedVerifiers_) returns()
func (settlement *Settlement) PackConstructor(token_ common.Address, verifier_ common.Address, backend_ uint8, treasury_ common.Address, owner_ common.Address, p SettlementParams, scoreVerifiers_ []common.Address, attributedVerifiers_ []common.Address) []byte {
	enc, err := settlement.abi.Pack("", token_, verifier_, backend_, treasury_, owner_, p, scoreVerifiers_, attributedVerifiers_)
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

// PackEPOCHSTATEMENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e12ad55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EPOCH_STATEMENT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) PackEPOCHSTATEMENTTYPEHASH() []byte {
	enc, err := settlement.abi.Pack("EPOCH_STATEMENT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEPOCHSTATEMENTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e12ad55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EPOCH_STATEMENT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) TryPackEPOCHSTATEMENTTYPEHASH() ([]byte, error) {
	return settlement.abi.Pack("EPOCH_STATEMENT_TYPEHASH")
}

// UnpackEPOCHSTATEMENTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e12ad55.
//
// Solidity: function EPOCH_STATEMENT_TYPEHASH() view returns(bytes32)
func (settlement *Settlement) UnpackEPOCHSTATEMENTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("EPOCH_STATEMENT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (settlement *Settlement) PackMAXCHALLENGEWINDOW() []byte {
	enc, err := settlement.abi.Pack("MAX_CHALLENGE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHALLENGEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51586ecb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (settlement *Settlement) TryPackMAXCHALLENGEWINDOW() ([]byte, error) {
	return settlement.abi.Pack("MAX_CHALLENGE_WINDOW")
}

// UnpackMAXCHALLENGEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51586ecb.
//
// Solidity: function MAX_CHALLENGE_WINDOW() view returns(uint64)
func (settlement *Settlement) UnpackMAXCHALLENGEWINDOW(data []byte) (uint64, error) {
	out, err := settlement.abi.Unpack("MAX_CHALLENGE_WINDOW", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackSCOREVERIFYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d8443b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCORE_VERIFY_GAS() view returns(uint256)
func (settlement *Settlement) PackSCOREVERIFYGAS() []byte {
	enc, err := settlement.abi.Pack("SCORE_VERIFY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCOREVERIFYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d8443b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCORE_VERIFY_GAS() view returns(uint256)
func (settlement *Settlement) TryPackSCOREVERIFYGAS() ([]byte, error) {
	return settlement.abi.Pack("SCORE_VERIFY_GAS")
}

// UnpackSCOREVERIFYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d8443b8.
//
// Solidity: function SCORE_VERIFY_GAS() view returns(uint256)
func (settlement *Settlement) UnpackSCOREVERIFYGAS(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("SCORE_VERIFY_GAS", data)
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
// the contract method with ID 0x2b3bb93f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestScores(bytes32 record, bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, bytes proof) returns()
func (settlement *Settlement) PackAttestScores(record [32]byte, adapter [32]byte, queryHash *big.Int, commitment *big.Int, outputHash *big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("attestScores", record, adapter, queryHash, commitment, outputHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3bb93f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestScores(bytes32 record, bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, bytes proof) returns()
func (settlement *Settlement) TryPackAttestScores(record [32]byte, adapter [32]byte, queryHash *big.Int, commitment *big.Int, outputHash *big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("attestScores", record, adapter, queryHash, commitment, outputHash, proof)
}

// PackAttestations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x940992a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, uint64 version, uint64 blockNumber, uint64 epoch, uint64 challengeableUntil, address poster, bytes32 proofHash)
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
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, uint64 version, uint64 blockNumber, uint64 epoch, uint64 challengeableUntil, address poster, bytes32 proofHash)
func (settlement *Settlement) TryPackAttestations(arg0 [32]byte) ([]byte, error) {
	return settlement.abi.Pack("attestations", arg0)
}

// AttestationsOutput serves as a container for the return parameters of contract
// method Attestations.
type AttestationsOutput struct {
	Adapter            [32]byte
	QueryHash          *big.Int
	Commitment         *big.Int
	OutputHash         *big.Int
	Version            uint64
	BlockNumber        uint64
	Epoch              uint64
	ChallengeableUntil uint64
	Poster             common.Address
	ProofHash          [32]byte
}

// UnpackAttestations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x940992a3.
//
// Solidity: function attestations(bytes32 ) view returns(bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, uint64 version, uint64 blockNumber, uint64 epoch, uint64 challengeableUntil, address poster, bytes32 proofHash)
func (settlement *Settlement) UnpackAttestations(data []byte) (AttestationsOutput, error) {
	out, err := settlement.abi.Unpack("attestations", data)
	outstruct := new(AttestationsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Adapter = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.QueryHash = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Commitment = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.OutputHash = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Version = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.BlockNumber = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.Epoch = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.ChallengeableUntil = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	outstruct.Poster = *abi.ConvertType(out[8], new(common.Address)).(*common.Address)
	outstruct.ProofHash = *abi.ConvertType(out[9], new([32]byte)).(*[32]byte)
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

// PackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCount() view returns(uint256)
func (settlement *Settlement) PackChallengeCount() []byte {
	enc, err := settlement.abi.Pack("challengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCount() view returns(uint256)
func (settlement *Settlement) TryPackChallengeCount() ([]byte, error) {
	return settlement.abi.Pack("challengeCount")
}

// UnpackChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f05725.
//
// Solidity: function challengeCount() view returns(uint256)
func (settlement *Settlement) UnpackChallengeCount(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("challengeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17cadfc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeEquivocation(uint64 epoch, (bytes32,uint256,bytes32) a, bytes sigA, (bytes32,uint256,bytes32) b, bytes sigB) returns()
func (settlement *Settlement) PackChallengeEquivocation(epoch uint64, a SettlementStatement, sigA []byte, b SettlementStatement, sigB []byte) []byte {
	enc, err := settlement.abi.Pack("challengeEquivocation", epoch, a, sigA, b, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17cadfc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeEquivocation(uint64 epoch, (bytes32,uint256,bytes32) a, bytes sigA, (bytes32,uint256,bytes32) b, bytes sigB) returns()
func (settlement *Settlement) TryPackChallengeEquivocation(epoch uint64, a SettlementStatement, sigA []byte, b SettlementStatement, sigB []byte) ([]byte, error) {
	return settlement.abi.Pack("challengeEquivocation", epoch, a, sigA, b, sigB)
}

// PackChallengeScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f9f43d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeScores(bytes32 record, bytes proof) returns()
func (settlement *Settlement) PackChallengeScores(record [32]byte, proof []byte) []byte {
	enc, err := settlement.abi.Pack("challengeScores", record, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f9f43d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeScores(bytes32 record, bytes proof) returns()
func (settlement *Settlement) TryPackChallengeScores(record [32]byte, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("challengeScores", record, proof)
}

// PackChallengeStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4064544.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeStatement(uint64 epoch, (bytes32,uint256,bytes32) st, bytes sig) returns()
func (settlement *Settlement) PackChallengeStatement(epoch uint64, st SettlementStatement, sig []byte) []byte {
	enc, err := settlement.abi.Pack("challengeStatement", epoch, st, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4064544.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeStatement(uint64 epoch, (bytes32,uint256,bytes32) st, bytes sig) returns()
func (settlement *Settlement) TryPackChallengeStatement(epoch uint64, st SettlementStatement, sig []byte) ([]byte, error) {
	return settlement.abi.Pack("challengeStatement", epoch, st, sig)
}

// PackChallengeUnproven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e570ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeUnproven(uint64 epoch, bytes32 payoutRoot, uint256 commitment, bytes32[] records, uint256 index) returns()
func (settlement *Settlement) PackChallengeUnproven(epoch uint64, payoutRoot [32]byte, commitment *big.Int, records [][32]byte, index *big.Int) []byte {
	enc, err := settlement.abi.Pack("challengeUnproven", epoch, payoutRoot, commitment, records, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeUnproven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e570ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeUnproven(uint64 epoch, bytes32 payoutRoot, uint256 commitment, bytes32[] records, uint256 index) returns()
func (settlement *Settlement) TryPackChallengeUnproven(epoch uint64, payoutRoot [32]byte, commitment *big.Int, records [][32]byte, index *big.Int) ([]byte, error) {
	return settlement.abi.Pack("challengeUnproven", epoch, payoutRoot, commitment, records, index)
}

// PackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f1d3776.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenges(uint256 ) view returns(address challenger, uint96 deposit, address prover, uint64 epoch, uint8 status, bytes32 evidenceHash)
func (settlement *Settlement) PackChallenges(arg0 *big.Int) []byte {
	enc, err := settlement.abi.Pack("challenges", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f1d3776.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenges(uint256 ) view returns(address challenger, uint96 deposit, address prover, uint64 epoch, uint8 status, bytes32 evidenceHash)
func (settlement *Settlement) TryPackChallenges(arg0 *big.Int) ([]byte, error) {
	return settlement.abi.Pack("challenges", arg0)
}

// ChallengesOutput serves as a container for the return parameters of contract
// method Challenges.
type ChallengesOutput struct {
	Challenger   common.Address
	Deposit      *big.Int
	Prover       common.Address
	Epoch        uint64
	Status       uint8
	EvidenceHash [32]byte
}

// UnpackChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f1d3776.
//
// Solidity: function challenges(uint256 ) view returns(address challenger, uint96 deposit, address prover, uint64 epoch, uint8 status, bytes32 evidenceHash)
func (settlement *Settlement) UnpackChallenges(data []byte) (ChallengesOutput, error) {
	out, err := settlement.abi.Unpack("challenges", data)
	outstruct := new(ChallengesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deposit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Prover = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Epoch = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.EvidenceHash = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	return *outstruct, nil
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

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) PackDomainSeparator() []byte {
	enc, err := settlement.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) TryPackDomainSeparator() ([]byte, error) {
	return settlement.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlement *Settlement) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("domainSeparator", data)
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
// Solidity: function epochRoot(uint64 epoch) view returns(bytes32)
func (settlement *Settlement) PackEpochRoot(epoch uint64) []byte {
	enc, err := settlement.abi.Pack("epochRoot", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc2fc028.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochRoot(uint64 epoch) view returns(bytes32)
func (settlement *Settlement) TryPackEpochRoot(epoch uint64) ([]byte, error) {
	return settlement.abi.Pack("epochRoot", epoch)
}

// UnpackEpochRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc2fc028.
//
// Solidity: function epochRoot(uint64 epoch) view returns(bytes32)
func (settlement *Settlement) UnpackEpochRoot(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("epochRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd2d7f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochs(uint64 ) view returns(bytes32 root, address poster, uint96 paid, uint64 settledAt, uint64 claimableAt, uint8 status, uint32 openChallenges, uint88 unclaimedLow)
func (settlement *Settlement) PackEpochs(arg0 uint64) []byte {
	enc, err := settlement.abi.Pack("epochs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd2d7f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochs(uint64 ) view returns(bytes32 root, address poster, uint96 paid, uint64 settledAt, uint64 claimableAt, uint8 status, uint32 openChallenges, uint88 unclaimedLow)
func (settlement *Settlement) TryPackEpochs(arg0 uint64) ([]byte, error) {
	return settlement.abi.Pack("epochs", arg0)
}

// EpochsOutput serves as a container for the return parameters of contract
// method Epochs.
type EpochsOutput struct {
	Root           [32]byte
	Poster         common.Address
	Paid           *big.Int
	SettledAt      uint64
	ClaimableAt    uint64
	Status         uint8
	OpenChallenges uint32
	UnclaimedLow   *big.Int
}

// UnpackEpochs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bd2d7f9.
//
// Solidity: function epochs(uint64 ) view returns(bytes32 root, address poster, uint96 paid, uint64 settledAt, uint64 claimableAt, uint8 status, uint32 openChallenges, uint88 unclaimedLow)
func (settlement *Settlement) UnpackEpochs(data []byte) (EpochsOutput, error) {
	out, err := settlement.abi.Unpack("epochs", data)
	outstruct := new(EpochsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Poster = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Paid = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.SettledAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.ClaimableAt = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[5], new(uint8)).(*uint8)
	outstruct.OpenChallenges = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	outstruct.UnclaimedLow = abi.ConvertType(out[7], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5440a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidence(bytes32 adapter) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) PackEvidence(adapter [32]byte) []byte {
	enc, err := settlement.abi.Pack("evidence", adapter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5440a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidence(bytes32 adapter) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) TryPackEvidence(adapter [32]byte) ([]byte, error) {
	return settlement.abi.Pack("evidence", adapter)
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
// Solidity: function evidence(bytes32 adapter) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
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

// PackEvidenceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e41315d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceAt(bytes32 , uint64 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) PackEvidenceAt(arg0 [32]byte, arg1 uint64) []byte {
	enc, err := settlement.abi.Pack("evidenceAt", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e41315d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceAt(bytes32 , uint64 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) TryPackEvidenceAt(arg0 [32]byte, arg1 uint64) ([]byte, error) {
	return settlement.abi.Pack("evidenceAt", arg0, arg1)
}

// EvidenceAtOutput serves as a container for the return parameters of contract
// method EvidenceAt.
type EvidenceAtOutput struct {
	SketchRoot    *big.Int
	CorpusRoot    *big.Int
	ScoreVerifier common.Address
	Version       uint64
}

// UnpackEvidenceAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e41315d.
//
// Solidity: function evidenceAt(bytes32 , uint64 ) view returns(uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
func (settlement *Settlement) UnpackEvidenceAt(data []byte) (EvidenceAtOutput, error) {
	out, err := settlement.abi.Unpack("evidenceAt", data)
	outstruct := new(EvidenceAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SketchRoot = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.CorpusRoot = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ScoreVerifier = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Version = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFeeParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9561655f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeParts(uint256 totalFee) view returns(uint256 ownerFee, uint256 protocolFee, uint256 dataFee)
func (settlement *Settlement) PackFeeParts(totalFee *big.Int) []byte {
	enc, err := settlement.abi.Pack("feeParts", totalFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeParts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9561655f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeParts(uint256 totalFee) view returns(uint256 ownerFee, uint256 protocolFee, uint256 dataFee)
func (settlement *Settlement) TryPackFeeParts(totalFee *big.Int) ([]byte, error) {
	return settlement.abi.Pack("feeParts", totalFee)
}

// FeePartsOutput serves as a container for the return parameters of contract
// method FeeParts.
type FeePartsOutput struct {
	OwnerFee    *big.Int
	ProtocolFee *big.Int
	DataFee     *big.Int
}

// UnpackFeeParts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9561655f.
//
// Solidity: function feeParts(uint256 totalFee) view returns(uint256 ownerFee, uint256 protocolFee, uint256 dataFee)
func (settlement *Settlement) UnpackFeeParts(data []byte) (FeePartsOutput, error) {
	out, err := settlement.abi.Unpack("feeParts", data)
	outstruct := new(FeePartsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.OwnerFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ProtocolFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.DataFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
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

// PackIsAttributedVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91e6a9f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttributedVerifier(address ) view returns(bool)
func (settlement *Settlement) PackIsAttributedVerifier(arg0 common.Address) []byte {
	enc, err := settlement.abi.Pack("isAttributedVerifier", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAttributedVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91e6a9f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAttributedVerifier(address ) view returns(bool)
func (settlement *Settlement) TryPackIsAttributedVerifier(arg0 common.Address) ([]byte, error) {
	return settlement.abi.Pack("isAttributedVerifier", arg0)
}

// UnpackIsAttributedVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91e6a9f8.
//
// Solidity: function isAttributedVerifier(address ) view returns(bool)
func (settlement *Settlement) UnpackIsAttributedVerifier(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isAttributedVerifier", data)
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
// Solidity: function isPoster(address account) view returns(bool)
func (settlement *Settlement) PackIsPoster(account common.Address) []byte {
	enc, err := settlement.abi.Pack("isPoster", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPoster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b25ba61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPoster(address account) view returns(bool)
func (settlement *Settlement) TryPackIsPoster(account common.Address) ([]byte, error) {
	return settlement.abi.Pack("isPoster", account)
}

// UnpackIsPoster is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b25ba61.
//
// Solidity: function isPoster(address account) view returns(bool)
func (settlement *Settlement) UnpackIsPoster(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isPoster", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsScoreVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33406c57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isScoreVerifier(address ) view returns(bool)
func (settlement *Settlement) PackIsScoreVerifier(arg0 common.Address) []byte {
	enc, err := settlement.abi.Pack("isScoreVerifier", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsScoreVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33406c57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isScoreVerifier(address ) view returns(bool)
func (settlement *Settlement) TryPackIsScoreVerifier(arg0 common.Address) ([]byte, error) {
	return settlement.abi.Pack("isScoreVerifier", arg0)
}

// UnpackIsScoreVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33406c57.
//
// Solidity: function isScoreVerifier(address ) view returns(bool)
func (settlement *Settlement) UnpackIsScoreVerifier(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("isScoreVerifier", data)
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

// PackLastSettledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20456ad8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastSettledAt() view returns(uint64)
func (settlement *Settlement) PackLastSettledAt() []byte {
	enc, err := settlement.abi.Pack("lastSettledAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastSettledAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20456ad8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastSettledAt() view returns(uint64)
func (settlement *Settlement) TryPackLastSettledAt() ([]byte, error) {
	return settlement.abi.Pack("lastSettledAt")
}

// UnpackLastSettledAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20456ad8.
//
// Solidity: function lastSettledAt() view returns(uint64)
func (settlement *Settlement) UnpackLastSettledAt(data []byte) (uint64, error) {
	out, err := settlement.abi.Unpack("lastSettledAt", data)
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

// PackOpenChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6765eb6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openChallenge(address prover, uint64 epoch, bytes32 evidenceHash, string uri) returns(uint256 id)
func (settlement *Settlement) PackOpenChallenge(prover common.Address, epoch uint64, evidenceHash [32]byte, uri string) []byte {
	enc, err := settlement.abi.Pack("openChallenge", prover, epoch, evidenceHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6765eb6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openChallenge(address prover, uint64 epoch, bytes32 evidenceHash, string uri) returns(uint256 id)
func (settlement *Settlement) TryPackOpenChallenge(prover common.Address, epoch uint64, evidenceHash [32]byte, uri string) ([]byte, error) {
	return settlement.abi.Pack("openChallenge", prover, epoch, evidenceHash, uri)
}

// UnpackOpenChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6765eb6e.
//
// Solidity: function openChallenge(address prover, uint64 epoch, bytes32 evidenceHash, string uri) returns(uint256 id)
func (settlement *Settlement) UnpackOpenChallenge(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("openChallenge", data)
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

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint16,uint16,uint16,uint256,uint64,uint64,uint16,uint16,uint256))
func (settlement *Settlement) PackParams() []byte {
	enc, err := settlement.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint16,uint16,uint16,uint256,uint64,uint64,uint16,uint16,uint256))
func (settlement *Settlement) TryPackParams() ([]byte, error) {
	return settlement.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint16,uint16,uint16,uint256,uint64,uint64,uint16,uint16,uint256))
func (settlement *Settlement) UnpackParams(data []byte) (SettlementParams, error) {
	out, err := settlement.abi.Unpack("params", data)
	if err != nil {
		return *new(SettlementParams), err
	}
	out0 := *abi.ConvertType(out[0], new(SettlementParams)).(*SettlementParams)
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

// PackPostScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab828396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postScores(bytes32 record, bytes32 adapter, uint64 epoch, uint256 queryHash, uint256 commitment, uint256 outputHash, bytes proof) returns()
func (settlement *Settlement) PackPostScores(record [32]byte, adapter [32]byte, epoch uint64, queryHash *big.Int, commitment *big.Int, outputHash *big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("postScores", record, adapter, epoch, queryHash, commitment, outputHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostScores is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab828396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postScores(bytes32 record, bytes32 adapter, uint64 epoch, uint256 queryHash, uint256 commitment, uint256 outputHash, bytes proof) returns()
func (settlement *Settlement) TryPackPostScores(record [32]byte, adapter [32]byte, epoch uint64, queryHash *big.Int, commitment *big.Int, outputHash *big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("postScores", record, adapter, epoch, queryHash, commitment, outputHash, proof)
}

// PackProvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dec844b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provers(address ) view returns(uint128 bonded, uint128 unbonding, uint64 readyAt, uint64 lockedUntil, uint32 pendingChallenges)
func (settlement *Settlement) PackProvers(arg0 common.Address) []byte {
	enc, err := settlement.abi.Pack("provers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dec844b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provers(address ) view returns(uint128 bonded, uint128 unbonding, uint64 readyAt, uint64 lockedUntil, uint32 pendingChallenges)
func (settlement *Settlement) TryPackProvers(arg0 common.Address) ([]byte, error) {
	return settlement.abi.Pack("provers", arg0)
}

// ProversOutput serves as a container for the return parameters of contract
// method Provers.
type ProversOutput struct {
	Bonded            *big.Int
	Unbonding         *big.Int
	ReadyAt           uint64
	LockedUntil       uint64
	PendingChallenges uint32
}

// UnpackProvers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1dec844b.
//
// Solidity: function provers(address ) view returns(uint128 bonded, uint128 unbonding, uint64 readyAt, uint64 lockedUntil, uint32 pendingChallenges)
func (settlement *Settlement) UnpackProvers(data []byte) (ProversOutput, error) {
	out, err := settlement.abi.Unpack("provers", data)
	outstruct := new(ProversOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bonded = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unbonding = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ReadyAt = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.LockedUntil = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.PendingChallenges = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	return *outstruct, nil
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

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (settlement *Settlement) PackRequestUnstake(amount *big.Int) []byte {
	enc, err := settlement.abi.Pack("requestUnstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23095721.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (settlement *Settlement) TryPackRequestUnstake(amount *big.Int) ([]byte, error) {
	return settlement.abi.Pack("requestUnstake", amount)
}

// PackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a754e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallenge(uint256 id, bool upheld) returns()
func (settlement *Settlement) PackResolveChallenge(id *big.Int, upheld bool) []byte {
	enc, err := settlement.abi.Pack("resolveChallenge", id, upheld)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94a754e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallenge(uint256 id, bool upheld) returns()
func (settlement *Settlement) TryPackResolveChallenge(id *big.Int, upheld bool) ([]byte, error) {
	return settlement.abi.Pack("resolveChallenge", id, upheld)
}

// PackSetAttributedVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb400c2f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttributedVerifier(address attributedVerifier, bool allowed) returns()
func (settlement *Settlement) PackSetAttributedVerifier(attributedVerifier common.Address, allowed bool) []byte {
	enc, err := settlement.abi.Pack("setAttributedVerifier", attributedVerifier, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttributedVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb400c2f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttributedVerifier(address attributedVerifier, bool allowed) returns()
func (settlement *Settlement) TryPackSetAttributedVerifier(attributedVerifier common.Address, allowed bool) ([]byte, error) {
	return settlement.abi.Pack("setAttributedVerifier", attributedVerifier, allowed)
}

// PackSetChallengeDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ed2b5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallengeDeposit(uint256 challengeDeposit) returns()
func (settlement *Settlement) PackSetChallengeDeposit(challengeDeposit *big.Int) []byte {
	enc, err := settlement.abi.Pack("setChallengeDeposit", challengeDeposit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallengeDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ed2b5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallengeDeposit(uint256 challengeDeposit) returns()
func (settlement *Settlement) TryPackSetChallengeDeposit(challengeDeposit *big.Int) ([]byte, error) {
	return settlement.abi.Pack("setChallengeDeposit", challengeDeposit)
}

// PackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallengeWindow(uint64 challengeWindow) returns()
func (settlement *Settlement) PackSetChallengeWindow(challengeWindow uint64) []byte {
	enc, err := settlement.abi.Pack("setChallengeWindow", challengeWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallengeWindow(uint64 challengeWindow) returns()
func (settlement *Settlement) TryPackSetChallengeWindow(challengeWindow uint64) ([]byte, error) {
	return settlement.abi.Pack("setChallengeWindow", challengeWindow)
}

// PackSetEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b2393d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEpochLength(uint64 epochLength) returns()
func (settlement *Settlement) PackSetEpochLength(epochLength uint64) []byte {
	enc, err := settlement.abi.Pack("setEpochLength", epochLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b2393d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEpochLength(uint64 epochLength) returns()
func (settlement *Settlement) TryPackSetEpochLength(epochLength uint64) ([]byte, error) {
	return settlement.abi.Pack("setEpochLength", epochLength)
}

// PackSetFeeRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2750051b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps) returns()
func (settlement *Settlement) PackSetFeeRule(ownerBps uint16, protocolBps uint16, dataBps uint16) []byte {
	enc, err := settlement.abi.Pack("setFeeRule", ownerBps, protocolBps, dataBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2750051b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps) returns()
func (settlement *Settlement) TryPackSetFeeRule(ownerBps uint16, protocolBps uint16, dataBps uint16) ([]byte, error) {
	return settlement.abi.Pack("setFeeRule", ownerBps, protocolBps, dataBps)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint256 minStake) returns()
func (settlement *Settlement) PackSetMinStake(minStake *big.Int) []byte {
	enc, err := settlement.abi.Pack("setMinStake", minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c80fd90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint256 minStake) returns()
func (settlement *Settlement) TryPackSetMinStake(minStake *big.Int) ([]byte, error) {
	return settlement.abi.Pack("setMinStake", minStake)
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

// PackSetScoreVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45afb493.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setScoreVerifier(address scoreVerifier, bool allowed) returns()
func (settlement *Settlement) PackSetScoreVerifier(scoreVerifier common.Address, allowed bool) []byte {
	enc, err := settlement.abi.Pack("setScoreVerifier", scoreVerifier, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetScoreVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45afb493.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setScoreVerifier(address scoreVerifier, bool allowed) returns()
func (settlement *Settlement) TryPackSetScoreVerifier(scoreVerifier common.Address, allowed bool) ([]byte, error) {
	return settlement.abi.Pack("setScoreVerifier", scoreVerifier, allowed)
}

// PackSetSlashing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd56ebd4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlashing(uint16 slashBps, uint16 challengerBps) returns()
func (settlement *Settlement) PackSetSlashing(slashBps uint16, challengerBps uint16) []byte {
	enc, err := settlement.abi.Pack("setSlashing", slashBps, challengerBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlashing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd56ebd4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlashing(uint16 slashBps, uint16 challengerBps) returns()
func (settlement *Settlement) TryPackSetSlashing(slashBps uint16, challengerBps uint16) ([]byte, error) {
	return settlement.abi.Pack("setSlashing", slashBps, challengerBps)
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
// the contract method with ID 0xcdf19f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint64 epoch, uint256 totalFee, uint256 commitment, bytes32 records, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) PackSettle(epoch uint64, totalFee *big.Int, commitment *big.Int, records [32]byte, contributors []common.Address, payouts []*big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("settle", epoch, totalFee, commitment, records, contributors, payouts, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdf19f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint64 epoch, uint256 totalFee, uint256 commitment, bytes32 records, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) TryPackSettle(epoch uint64, totalFee *big.Int, commitment *big.Int, records [32]byte, contributors []common.Address, payouts []*big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("settle", epoch, totalFee, commitment, records, contributors, payouts, proof)
}

// PackSettleAttributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x988a22b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleAttributed(uint64 epoch, uint256 totalFee, uint256 commitment, (bytes32[],uint256,address) recs, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) PackSettleAttributed(epoch uint64, totalFee *big.Int, commitment *big.Int, recs SettlementAttributedRecords, contributors []common.Address, payouts []*big.Int, proof []byte) []byte {
	enc, err := settlement.abi.Pack("settleAttributed", epoch, totalFee, commitment, recs, contributors, payouts, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleAttributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x988a22b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleAttributed(uint64 epoch, uint256 totalFee, uint256 commitment, (bytes32[],uint256,address) recs, address[] contributors, uint256[] payouts, bytes proof) returns()
func (settlement *Settlement) TryPackSettleAttributed(epoch uint64, totalFee *big.Int, commitment *big.Int, recs SettlementAttributedRecords, contributors []common.Address, payouts []*big.Int, proof []byte) ([]byte, error) {
	return settlement.abi.Pack("settleAttributed", epoch, totalFee, commitment, recs, contributors, payouts, proof)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 amount) returns()
func (settlement *Settlement) PackStake(amount *big.Int) []byte {
	enc, err := settlement.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa694fc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 amount) returns()
func (settlement *Settlement) TryPackStake(amount *big.Int) ([]byte, error) {
	return settlement.abi.Pack("stake", amount)
}

// PackStatementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x055a8e49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statementDigest(uint64 epoch, bytes32 root, uint256 commitment, bytes32 records) view returns(bytes32)
func (settlement *Settlement) PackStatementDigest(epoch uint64, root [32]byte, commitment *big.Int, records [32]byte) []byte {
	enc, err := settlement.abi.Pack("statementDigest", epoch, root, commitment, records)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatementDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x055a8e49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statementDigest(uint64 epoch, bytes32 root, uint256 commitment, bytes32 records) view returns(bytes32)
func (settlement *Settlement) TryPackStatementDigest(epoch uint64, root [32]byte, commitment *big.Int, records [32]byte) ([]byte, error) {
	return settlement.abi.Pack("statementDigest", epoch, root, commitment, records)
}

// UnpackStatementDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x055a8e49.
//
// Solidity: function statementDigest(uint64 epoch, bytes32 root, uint256 commitment, bytes32 records) view returns(bytes32)
func (settlement *Settlement) UnpackStatementDigest(data []byte) ([32]byte, error) {
	out, err := settlement.abi.Unpack("statementDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStatementSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc3d832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statementSlashed(address , uint64 ) view returns(bool)
func (settlement *Settlement) PackStatementSlashed(arg0 common.Address, arg1 uint64) []byte {
	enc, err := settlement.abi.Pack("statementSlashed", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatementSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc3d832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statementSlashed(address , uint64 ) view returns(bool)
func (settlement *Settlement) TryPackStatementSlashed(arg0 common.Address, arg1 uint64) ([]byte, error) {
	return settlement.abi.Pack("statementSlashed", arg0, arg1)
}

// UnpackStatementSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc3d832.
//
// Solidity: function statementSlashed(address , uint64 ) view returns(bool)
func (settlement *Settlement) UnpackStatementSlashed(data []byte) (bool, error) {
	out, err := settlement.abi.Unpack("statementSlashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweepTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582e4396.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepTreasury() returns(uint256 amount)
func (settlement *Settlement) PackSweepTreasury() []byte {
	enc, err := settlement.abi.Pack("sweepTreasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582e4396.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepTreasury() returns(uint256 amount)
func (settlement *Settlement) TryPackSweepTreasury() ([]byte, error) {
	return settlement.abi.Pack("sweepTreasury")
}

// UnpackSweepTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x582e4396.
//
// Solidity: function sweepTreasury() returns(uint256 amount)
func (settlement *Settlement) UnpackSweepTreasury(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("sweepTreasury", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackTreasuryOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c3fc13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasuryOwed() view returns(uint256)
func (settlement *Settlement) PackTreasuryOwed() []byte {
	enc, err := settlement.abi.Pack("treasuryOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasuryOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c3fc13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasuryOwed() view returns(uint256)
func (settlement *Settlement) TryPackTreasuryOwed() ([]byte, error) {
	return settlement.abi.Pack("treasuryOwed")
}

// UnpackTreasuryOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75c3fc13.
//
// Solidity: function treasuryOwed() view returns(uint256)
func (settlement *Settlement) UnpackTreasuryOwed(data []byte) (*big.Int, error) {
	out, err := settlement.abi.Unpack("treasuryOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackWithdrawUnstaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x847fdd12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnstaked() returns()
func (settlement *Settlement) PackWithdrawUnstaked() []byte {
	enc, err := settlement.abi.Pack("withdrawUnstaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnstaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x847fdd12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnstaked() returns()
func (settlement *Settlement) TryPackWithdrawUnstaked() ([]byte, error) {
	return settlement.abi.Pack("withdrawUnstaked")
}

// SettlementAttributedVerifierSet represents a AttributedVerifierSet event raised by the Settlement contract.
type SettlementAttributedVerifierSet struct {
	Verifier common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementAttributedVerifierSetEventName = "AttributedVerifierSet"

// ContractEventName returns the user-defined event name.
func (SettlementAttributedVerifierSet) ContractEventName() string {
	return SettlementAttributedVerifierSetEventName
}

// UnpackAttributedVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttributedVerifierSet(address indexed verifier, bool allowed)
func (settlement *Settlement) UnpackAttributedVerifierSetEvent(log *types.Log) (*SettlementAttributedVerifierSet, error) {
	event := "AttributedVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementAttributedVerifierSet)
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

// SettlementChallengeDepositChanged represents a ChallengeDepositChanged event raised by the Settlement contract.
type SettlementChallengeDepositChanged struct {
	ChallengeDeposit *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const SettlementChallengeDepositChangedEventName = "ChallengeDepositChanged"

// ContractEventName returns the user-defined event name.
func (SettlementChallengeDepositChanged) ContractEventName() string {
	return SettlementChallengeDepositChangedEventName
}

// UnpackChallengeDepositChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeDepositChanged(uint256 challengeDeposit)
func (settlement *Settlement) UnpackChallengeDepositChangedEvent(log *types.Log) (*SettlementChallengeDepositChanged, error) {
	event := "ChallengeDepositChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementChallengeDepositChanged)
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

// SettlementChallengeOpened represents a ChallengeOpened event raised by the Settlement contract.
type SettlementChallengeOpened struct {
	Id           *big.Int
	Prover       common.Address
	Epoch        uint64
	Challenger   common.Address
	Deposit      *big.Int
	EvidenceHash [32]byte
	Uri          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const SettlementChallengeOpenedEventName = "ChallengeOpened"

// ContractEventName returns the user-defined event name.
func (SettlementChallengeOpened) ContractEventName() string {
	return SettlementChallengeOpenedEventName
}

// UnpackChallengeOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeOpened(uint256 indexed id, address indexed prover, uint64 indexed epoch, address challenger, uint256 deposit, bytes32 evidenceHash, string uri)
func (settlement *Settlement) UnpackChallengeOpenedEvent(log *types.Log) (*SettlementChallengeOpened, error) {
	event := "ChallengeOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementChallengeOpened)
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

// SettlementChallengeResolved represents a ChallengeResolved event raised by the Settlement contract.
type SettlementChallengeResolved struct {
	Id      *big.Int
	Upheld  bool
	Slashed *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementChallengeResolvedEventName = "ChallengeResolved"

// ContractEventName returns the user-defined event name.
func (SettlementChallengeResolved) ContractEventName() string {
	return SettlementChallengeResolvedEventName
}

// UnpackChallengeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeResolved(uint256 indexed id, bool upheld, uint256 slashed)
func (settlement *Settlement) UnpackChallengeResolvedEvent(log *types.Log) (*SettlementChallengeResolved, error) {
	event := "ChallengeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementChallengeResolved)
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

// SettlementChallengeWindowChanged represents a ChallengeWindowChanged event raised by the Settlement contract.
type SettlementChallengeWindowChanged struct {
	ChallengeWindow uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const SettlementChallengeWindowChangedEventName = "ChallengeWindowChanged"

// ContractEventName returns the user-defined event name.
func (SettlementChallengeWindowChanged) ContractEventName() string {
	return SettlementChallengeWindowChangedEventName
}

// UnpackChallengeWindowChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeWindowChanged(uint64 challengeWindow)
func (settlement *Settlement) UnpackChallengeWindowChangedEvent(log *types.Log) (*SettlementChallengeWindowChanged, error) {
	event := "ChallengeWindowChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementChallengeWindowChanged)
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

// SettlementEpochLengthChanged represents a EpochLengthChanged event raised by the Settlement contract.
type SettlementEpochLengthChanged struct {
	EpochLength uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const SettlementEpochLengthChangedEventName = "EpochLengthChanged"

// ContractEventName returns the user-defined event name.
func (SettlementEpochLengthChanged) ContractEventName() string {
	return SettlementEpochLengthChangedEventName
}

// UnpackEpochLengthChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochLengthChanged(uint64 epochLength)
func (settlement *Settlement) UnpackEpochLengthChangedEvent(log *types.Log) (*SettlementEpochLengthChanged, error) {
	event := "EpochLengthChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementEpochLengthChanged)
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

// SettlementEquivocationProven represents a EquivocationProven event raised by the Settlement contract.
type SettlementEquivocationProven struct {
	Prover     common.Address
	Epoch      uint64
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementEquivocationProvenEventName = "EquivocationProven"

// ContractEventName returns the user-defined event name.
func (SettlementEquivocationProven) ContractEventName() string {
	return SettlementEquivocationProvenEventName
}

// UnpackEquivocationProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EquivocationProven(address indexed prover, uint64 indexed epoch, address challenger)
func (settlement *Settlement) UnpackEquivocationProvenEvent(log *types.Log) (*SettlementEquivocationProven, error) {
	event := "EquivocationProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementEquivocationProven)
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

// SettlementFeeRuleChanged represents a FeeRuleChanged event raised by the Settlement contract.
type SettlementFeeRuleChanged struct {
	OwnerBps    uint16
	ProtocolBps uint16
	DataBps     uint16
	Raw         *types.Log // Blockchain specific contextual infos
}

const SettlementFeeRuleChangedEventName = "FeeRuleChanged"

// ContractEventName returns the user-defined event name.
func (SettlementFeeRuleChanged) ContractEventName() string {
	return SettlementFeeRuleChangedEventName
}

// UnpackFeeRuleChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRuleChanged(uint16 ownerBps, uint16 protocolBps, uint16 dataBps)
func (settlement *Settlement) UnpackFeeRuleChangedEvent(log *types.Log) (*SettlementFeeRuleChanged, error) {
	event := "FeeRuleChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementFeeRuleChanged)
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

// SettlementMinStakeChanged represents a MinStakeChanged event raised by the Settlement contract.
type SettlementMinStakeChanged struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementMinStakeChangedEventName = "MinStakeChanged"

// ContractEventName returns the user-defined event name.
func (SettlementMinStakeChanged) ContractEventName() string {
	return SettlementMinStakeChangedEventName
}

// UnpackMinStakeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeChanged(uint256 minStake)
func (settlement *Settlement) UnpackMinStakeChangedEvent(log *types.Log) (*SettlementMinStakeChanged, error) {
	event := "MinStakeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementMinStakeChanged)
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

// SettlementScoreVerifierSet represents a ScoreVerifierSet event raised by the Settlement contract.
type SettlementScoreVerifierSet struct {
	Verifier common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementScoreVerifierSetEventName = "ScoreVerifierSet"

// ContractEventName returns the user-defined event name.
func (SettlementScoreVerifierSet) ContractEventName() string {
	return SettlementScoreVerifierSetEventName
}

// UnpackScoreVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoreVerifierSet(address indexed verifier, bool allowed)
func (settlement *Settlement) UnpackScoreVerifierSetEvent(log *types.Log) (*SettlementScoreVerifierSet, error) {
	event := "ScoreVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementScoreVerifierSet)
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
	OutputHash *big.Int
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
// Solidity: event ScoresAttested(bytes32 indexed record, bytes32 indexed adapter, uint256 queryHash, uint256 commitment, uint256 outputHash, uint64 version)
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

// SettlementScoresChallenged represents a ScoresChallenged event raised by the Settlement contract.
type SettlementScoresChallenged struct {
	Record     [32]byte
	Poster     common.Address
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementScoresChallengedEventName = "ScoresChallenged"

// ContractEventName returns the user-defined event name.
func (SettlementScoresChallenged) ContractEventName() string {
	return SettlementScoresChallengedEventName
}

// UnpackScoresChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoresChallenged(bytes32 indexed record, address indexed poster, address challenger)
func (settlement *Settlement) UnpackScoresChallengedEvent(log *types.Log) (*SettlementScoresChallenged, error) {
	event := "ScoresChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementScoresChallenged)
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

// SettlementScoresPosted represents a ScoresPosted event raised by the Settlement contract.
type SettlementScoresPosted struct {
	Record             [32]byte
	Adapter            [32]byte
	Poster             common.Address
	Epoch              uint64
	QueryHash          *big.Int
	Commitment         *big.Int
	OutputHash         *big.Int
	Version            uint64
	ChallengeableUntil uint64
	Proof              []byte
	Raw                *types.Log // Blockchain specific contextual infos
}

const SettlementScoresPostedEventName = "ScoresPosted"

// ContractEventName returns the user-defined event name.
func (SettlementScoresPosted) ContractEventName() string {
	return SettlementScoresPostedEventName
}

// UnpackScoresPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ScoresPosted(bytes32 indexed record, bytes32 indexed adapter, address indexed poster, uint64 epoch, uint256 queryHash, uint256 commitment, uint256 outputHash, uint64 version, uint64 challengeableUntil, bytes proof)
func (settlement *Settlement) UnpackScoresPostedEvent(log *types.Log) (*SettlementScoresPosted, error) {
	event := "ScoresPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementScoresPosted)
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
	TotalFee     *big.Int
	DataFee      *big.Int
	Paid         *big.Int
	Commitment   *big.Int
	Records      [32]byte
	ClaimableAt  uint64
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
// Solidity: event Settled(uint64 indexed epoch, address indexed poster, bytes32 root, uint256 contributors, uint256 totalFee, uint256 dataFee, uint256 paid, uint256 commitment, bytes32 records, uint64 claimableAt)
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

// SettlementSlashed represents a Slashed event raised by the Settlement contract.
type SettlementSlashed struct {
	Prover     common.Address
	Challenger common.Address
	Amount     *big.Int
	Reward     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (SettlementSlashed) ContractEventName() string {
	return SettlementSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed prover, address indexed challenger, uint256 amount, uint256 reward)
func (settlement *Settlement) UnpackSlashedEvent(log *types.Log) (*SettlementSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSlashed)
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

// SettlementSlashingChanged represents a SlashingChanged event raised by the Settlement contract.
type SettlementSlashingChanged struct {
	SlashBps      uint16
	ChallengerBps uint16
	Raw           *types.Log // Blockchain specific contextual infos
}

const SettlementSlashingChangedEventName = "SlashingChanged"

// ContractEventName returns the user-defined event name.
func (SettlementSlashingChanged) ContractEventName() string {
	return SettlementSlashingChangedEventName
}

// UnpackSlashingChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashingChanged(uint16 slashBps, uint16 challengerBps)
func (settlement *Settlement) UnpackSlashingChangedEvent(log *types.Log) (*SettlementSlashingChanged, error) {
	event := "SlashingChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementSlashingChanged)
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

// SettlementStaked represents a Staked event raised by the Settlement contract.
type SettlementStaked struct {
	Prover common.Address
	Amount *big.Int
	Bonded *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (SettlementStaked) ContractEventName() string {
	return SettlementStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed prover, uint256 amount, uint256 bonded)
func (settlement *Settlement) UnpackStakedEvent(log *types.Log) (*SettlementStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementStaked)
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

// SettlementTreasurySwept represents a TreasurySwept event raised by the Settlement contract.
type SettlementTreasurySwept struct {
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SettlementTreasurySweptEventName = "TreasurySwept"

// ContractEventName returns the user-defined event name.
func (SettlementTreasurySwept) ContractEventName() string {
	return SettlementTreasurySweptEventName
}

// UnpackTreasurySweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasurySwept(address indexed treasury, uint256 amount)
func (settlement *Settlement) UnpackTreasurySweptEvent(log *types.Log) (*SettlementTreasurySwept, error) {
	event := "TreasurySwept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTreasurySwept)
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

// SettlementUnprovenChallenged represents a UnprovenChallenged event raised by the Settlement contract.
type SettlementUnprovenChallenged struct {
	Epoch      uint64
	Record     [32]byte
	Poster     common.Address
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettlementUnprovenChallengedEventName = "UnprovenChallenged"

// ContractEventName returns the user-defined event name.
func (SettlementUnprovenChallenged) ContractEventName() string {
	return SettlementUnprovenChallengedEventName
}

// UnpackUnprovenChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnprovenChallenged(uint64 indexed epoch, bytes32 indexed record, address indexed poster, address challenger)
func (settlement *Settlement) UnpackUnprovenChallengedEvent(log *types.Log) (*SettlementUnprovenChallenged, error) {
	event := "UnprovenChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementUnprovenChallenged)
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

// SettlementUnstakeRequested represents a UnstakeRequested event raised by the Settlement contract.
type SettlementUnstakeRequested struct {
	Prover    common.Address
	Amount    *big.Int
	Unbonding *big.Int
	ReadyAt   uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const SettlementUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (SettlementUnstakeRequested) ContractEventName() string {
	return SettlementUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(address indexed prover, uint256 amount, uint256 unbonding, uint64 readyAt)
func (settlement *Settlement) UnpackUnstakeRequestedEvent(log *types.Log) (*SettlementUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementUnstakeRequested)
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

// SettlementVoided represents a Voided event raised by the Settlement contract.
type SettlementVoided struct {
	Epoch uint64
	Paid  *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SettlementVoidedEventName = "Voided"

// ContractEventName returns the user-defined event name.
func (SettlementVoided) ContractEventName() string {
	return SettlementVoidedEventName
}

// UnpackVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voided(uint64 indexed epoch, uint256 paid)
func (settlement *Settlement) UnpackVoidedEvent(log *types.Log) (*SettlementVoided, error) {
	event := "Voided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementVoided)
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

// SettlementWithdrawn represents a Withdrawn event raised by the Settlement contract.
type SettlementWithdrawn struct {
	Prover common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SettlementWithdrawn) ContractEventName() string {
	return SettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed prover, uint256 amount)
func (settlement *Settlement) UnpackWithdrawnEvent(log *types.Log) (*SettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementWithdrawn)
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
	if bytes.Equal(raw[:4], settlement.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return settlement.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AmountExceedsBond"].ID.Bytes()[:4]) {
		return settlement.UnpackAmountExceedsBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return settlement.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["AttributedVerifierNotAllowed"].ID.Bytes()[:4]) {
		return settlement.UnpackAttributedVerifierNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeFailed"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeNotOpen"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengePending"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return settlement.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["CommitmentOutOfField"].ID.Bytes()[:4]) {
		return settlement.UnpackCommitmentOutOfFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["DifferentSigners"].ID.Bytes()[:4]) {
		return settlement.UnpackDifferentSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochAlreadySettled"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochDisputed"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochNotSettled"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochNotSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EpochVoided"].ID.Bytes()[:4]) {
		return settlement.UnpackEpochVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["EvidenceNotRegistered"].ID.Bytes()[:4]) {
		return settlement.UnpackEvidenceNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["FeeOutOfRange"].ID.Bytes()[:4]) {
		return settlement.UnpackFeeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return settlement.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return settlement.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidChallengeDeposit"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidChallengeDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidChallengeWindow"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidChallengeWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidClaim"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidCorpusRoot"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidCorpusRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidFeeRule"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidFeeRuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidMinStake"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidMinStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidScoreProof"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidScoreProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidSketchRoot"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidSketchRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["InvalidSlashing"].ID.Bytes()[:4]) {
		return settlement.UnpackInvalidSlashingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return settlement.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotChallengeable"].ID.Bytes()[:4]) {
		return settlement.UnpackNotChallengeableError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotEpochPoster"].ID.Bytes()[:4]) {
		return settlement.UnpackNotEpochPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NotVoidable"].ID.Bytes()[:4]) {
		return settlement.UnpackNotVoidableError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToSlash"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return settlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["OutputHashOutOfField"].ID.Bytes()[:4]) {
		return settlement.UnpackOutputHashOutOfFieldError(raw[4:])
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
	if bytes.Equal(raw[:4], settlement.abi.Errors["RecordNotAttested"].ID.Bytes()[:4]) {
		return settlement.UnpackRecordNotAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["RecordProven"].ID.Bytes()[:4]) {
		return settlement.UnpackRecordProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["RecordsMismatch"].ID.Bytes()[:4]) {
		return settlement.UnpackRecordsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["RecordsNotAscending"].ID.Bytes()[:4]) {
		return settlement.UnpackRecordsNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return settlement.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return settlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["SameStatement"].ID.Bytes()[:4]) {
		return settlement.UnpackSameStatementError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ScoreVerifierNotAllowed"].ID.Bytes()[:4]) {
		return settlement.UnpackScoreVerifierNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ScoresFinal"].ID.Bytes()[:4]) {
		return settlement.UnpackScoresFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["StatementMatches"].ID.Bytes()[:4]) {
		return settlement.UnpackStatementMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return settlement.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["UnbondingNotReady"].ID.Bytes()[:4]) {
		return settlement.UnpackUnbondingNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return settlement.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["WrongProof"].ID.Bytes()[:4]) {
		return settlement.UnpackWrongProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return settlement.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlement.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return settlement.UnpackZeroAmountError(raw[4:])
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

// SettlementAlreadySlashed represents a AlreadySlashed error raised by the Settlement contract.
type SettlementAlreadySlashed struct {
	Prover common.Address
	Epoch  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(address prover, uint64 epoch)
func SettlementAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x6f5484ca21cc3afef58551903766811c6c5e9e1fb3c4476f42f3af737ebdfe78")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(address prover, uint64 epoch)
func (settlement *Settlement) UnpackAlreadySlashedError(raw []byte) (*SettlementAlreadySlashed, error) {
	out := new(SettlementAlreadySlashed)
	if err := settlement.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAmountExceedsBond represents a AmountExceedsBond error raised by the Settlement contract.
type SettlementAmountExceedsBond struct {
	Amount *big.Int
	Bonded *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountExceedsBond(uint256 amount, uint256 bonded)
func SettlementAmountExceedsBondErrorID() common.Hash {
	return common.HexToHash("0x7f6d88fc208c1961978b943d323cefb8ce6ada3a5f060768d818d427602e80f1")
}

// UnpackAmountExceedsBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountExceedsBond(uint256 amount, uint256 bonded)
func (settlement *Settlement) UnpackAmountExceedsBondError(raw []byte) (*SettlementAmountExceedsBond, error) {
	out := new(SettlementAmountExceedsBond)
	if err := settlement.abi.UnpackIntoInterface(out, "AmountExceedsBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAmountTooLarge represents a AmountTooLarge error raised by the Settlement contract.
type SettlementAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func SettlementAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (settlement *Settlement) UnpackAmountTooLargeError(raw []byte) (*SettlementAmountTooLarge, error) {
	out := new(SettlementAmountTooLarge)
	if err := settlement.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementAttributedVerifierNotAllowed represents a AttributedVerifierNotAllowed error raised by the Settlement contract.
type SettlementAttributedVerifierNotAllowed struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttributedVerifierNotAllowed(address verifier)
func SettlementAttributedVerifierNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xefa1d0db9e0805114185498372e73faa4ce84f3321891465cbb7b0b651baf21c")
}

// UnpackAttributedVerifierNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttributedVerifierNotAllowed(address verifier)
func (settlement *Settlement) UnpackAttributedVerifierNotAllowedError(raw []byte) (*SettlementAttributedVerifierNotAllowed, error) {
	out := new(SettlementAttributedVerifierNotAllowed)
	if err := settlement.abi.UnpackIntoInterface(out, "AttributedVerifierNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeFailed represents a ChallengeFailed error raised by the Settlement contract.
type SettlementChallengeFailed struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeFailed(bytes32 record)
func SettlementChallengeFailedErrorID() common.Hash {
	return common.HexToHash("0x332228471934e6def2f23509e3cc831d96d910fb1fe5be578ccbb5d4e3a4d1a1")
}

// UnpackChallengeFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeFailed(bytes32 record)
func (settlement *Settlement) UnpackChallengeFailedError(raw []byte) (*SettlementChallengeFailed, error) {
	out := new(SettlementChallengeFailed)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeNotOpen represents a ChallengeNotOpen error raised by the Settlement contract.
type SettlementChallengeNotOpen struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeNotOpen(uint256 id)
func SettlementChallengeNotOpenErrorID() common.Hash {
	return common.HexToHash("0x294b9687875b35b051007d15ca8bfb70ede9c4224e42b36ab5c2e72f981547a7")
}

// UnpackChallengeNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeNotOpen(uint256 id)
func (settlement *Settlement) UnpackChallengeNotOpenError(raw []byte) (*SettlementChallengeNotOpen, error) {
	out := new(SettlementChallengeNotOpen)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengePending represents a ChallengePending error raised by the Settlement contract.
type SettlementChallengePending struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengePending(address prover)
func SettlementChallengePendingErrorID() common.Hash {
	return common.HexToHash("0xd6138747215133fb6162c4cee415396c414c77d8d97a0d1b0ceccfb9ee6e704c")
}

// UnpackChallengePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengePending(address prover)
func (settlement *Settlement) UnpackChallengePendingError(raw []byte) (*SettlementChallengePending, error) {
	out := new(SettlementChallengePending)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Settlement contract.
type SettlementChallengeWindowClosed struct {
	Epoch       uint64
	ClaimableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 epoch, uint64 claimableAt)
func SettlementChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x1c8566b1041d172352fe843044a6390e53a0a45f0239490a886712652b5829b9")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 epoch, uint64 claimableAt)
func (settlement *Settlement) UnpackChallengeWindowClosedError(raw []byte) (*SettlementChallengeWindowClosed, error) {
	out := new(SettlementChallengeWindowClosed)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Settlement contract.
type SettlementChallengeWindowOpen struct {
	Epoch       uint64
	ClaimableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint64 epoch, uint64 claimableAt)
func SettlementChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x081660ebd16204c6ef6c3475b35a20684e6939c475da1f675be2fd55f22e148c")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint64 epoch, uint64 claimableAt)
func (settlement *Settlement) UnpackChallengeWindowOpenError(raw []byte) (*SettlementChallengeWindowOpen, error) {
	out := new(SettlementChallengeWindowOpen)
	if err := settlement.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
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

// SettlementDifferentSigners represents a DifferentSigners error raised by the Settlement contract.
type SettlementDifferentSigners struct {
	SignerA common.Address
	SignerB common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentSigners(address signerA, address signerB)
func SettlementDifferentSignersErrorID() common.Hash {
	return common.HexToHash("0xa530eb3c2045aa9d3abf7bd431044bcbb8999ea87280e735ad558f2883b68980")
}

// UnpackDifferentSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentSigners(address signerA, address signerB)
func (settlement *Settlement) UnpackDifferentSignersError(raw []byte) (*SettlementDifferentSigners, error) {
	out := new(SettlementDifferentSigners)
	if err := settlement.abi.UnpackIntoInterface(out, "DifferentSigners", raw); err != nil {
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

// SettlementEpochDisputed represents a EpochDisputed error raised by the Settlement contract.
type SettlementEpochDisputed struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochDisputed(uint64 epoch)
func SettlementEpochDisputedErrorID() common.Hash {
	return common.HexToHash("0x10626444a47343616b1e1f9ed8adf68a535a16f9fb3b6fb099402d21e8252dbb")
}

// UnpackEpochDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochDisputed(uint64 epoch)
func (settlement *Settlement) UnpackEpochDisputedError(raw []byte) (*SettlementEpochDisputed, error) {
	out := new(SettlementEpochDisputed)
	if err := settlement.abi.UnpackIntoInterface(out, "EpochDisputed", raw); err != nil {
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

// SettlementEpochVoided represents a EpochVoided error raised by the Settlement contract.
type SettlementEpochVoided struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochVoided(uint64 epoch)
func SettlementEpochVoidedErrorID() common.Hash {
	return common.HexToHash("0x65dce4910f954a0ed35fc15b9c7460c2b1e743f190621bf6cf43752c17b315c7")
}

// UnpackEpochVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochVoided(uint64 epoch)
func (settlement *Settlement) UnpackEpochVoidedError(raw []byte) (*SettlementEpochVoided, error) {
	out := new(SettlementEpochVoided)
	if err := settlement.abi.UnpackIntoInterface(out, "EpochVoided", raw); err != nil {
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
	TotalFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeOutOfRange(uint256 totalFee)
func SettlementFeeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x0bc8c67986e1a708b9acc23e1bf53eb1e08e83b56ec15a2e31ae2b1adbbf529e")
}

// UnpackFeeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeOutOfRange(uint256 totalFee)
func (settlement *Settlement) UnpackFeeOutOfRangeError(raw []byte) (*SettlementFeeOutOfRange, error) {
	out := new(SettlementFeeOutOfRange)
	if err := settlement.abi.UnpackIntoInterface(out, "FeeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInsufficientGas represents a InsufficientGas error raised by the Settlement contract.
type SettlementInsufficientGas struct {
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 needed)
func SettlementInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0xb22db895256af10683fcd7550b474af0fbe8f3d51775f4bad8de5498d3bc3d63")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 needed)
func (settlement *Settlement) UnpackInsufficientGasError(raw []byte) (*SettlementInsufficientGas, error) {
	out := new(SettlementInsufficientGas)
	if err := settlement.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInsufficientStake represents a InsufficientStake error raised by the Settlement contract.
type SettlementInsufficientStake struct {
	Prover   common.Address
	Bonded   *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(address prover, uint256 bonded, uint256 minStake)
func SettlementInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x936d426dd74f230ad5a4425fb8e2282c39c20abb35ad8a2da02a9b2239d6c390")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(address prover, uint256 bonded, uint256 minStake)
func (settlement *Settlement) UnpackInsufficientStakeError(raw []byte) (*SettlementInsufficientStake, error) {
	out := new(SettlementInsufficientStake)
	if err := settlement.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidChallengeDeposit represents a InvalidChallengeDeposit error raised by the Settlement contract.
type SettlementInvalidChallengeDeposit struct {
	ChallengeDeposit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChallengeDeposit(uint256 challengeDeposit)
func SettlementInvalidChallengeDepositErrorID() common.Hash {
	return common.HexToHash("0xa716d83630bb70ba0cf771e665ff6d69b90c604717a3fbe4593e79630fcb9b70")
}

// UnpackInvalidChallengeDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChallengeDeposit(uint256 challengeDeposit)
func (settlement *Settlement) UnpackInvalidChallengeDepositError(raw []byte) (*SettlementInvalidChallengeDeposit, error) {
	out := new(SettlementInvalidChallengeDeposit)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidChallengeDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidChallengeWindow represents a InvalidChallengeWindow error raised by the Settlement contract.
type SettlementInvalidChallengeWindow struct {
	ChallengeWindow uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChallengeWindow(uint64 challengeWindow)
func SettlementInvalidChallengeWindowErrorID() common.Hash {
	return common.HexToHash("0x68eaea4e0f38933879ba0e88456882ba57845c3ae40655d33af7567610b289c3")
}

// UnpackInvalidChallengeWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChallengeWindow(uint64 challengeWindow)
func (settlement *Settlement) UnpackInvalidChallengeWindowError(raw []byte) (*SettlementInvalidChallengeWindow, error) {
	out := new(SettlementInvalidChallengeWindow)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidChallengeWindow", raw); err != nil {
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

// SettlementInvalidFeeRule represents a InvalidFeeRule error raised by the Settlement contract.
type SettlementInvalidFeeRule struct {
	OwnerBps    uint16
	ProtocolBps uint16
	DataBps     uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps)
func SettlementInvalidFeeRuleErrorID() common.Hash {
	return common.HexToHash("0x80c367979ff546878ca81336949c9a57daad8ad6da734c7b7393b93d281c315c")
}

// UnpackInvalidFeeRuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps)
func (settlement *Settlement) UnpackInvalidFeeRuleError(raw []byte) (*SettlementInvalidFeeRule, error) {
	out := new(SettlementInvalidFeeRule)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidFeeRule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementInvalidMinStake represents a InvalidMinStake error raised by the Settlement contract.
type SettlementInvalidMinStake struct {
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMinStake(uint256 minStake)
func SettlementInvalidMinStakeErrorID() common.Hash {
	return common.HexToHash("0x718289ab0c9e877b965cac752afd808f51273a2a2e5866e293c1361ce6d88cf6")
}

// UnpackInvalidMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMinStake(uint256 minStake)
func (settlement *Settlement) UnpackInvalidMinStakeError(raw []byte) (*SettlementInvalidMinStake, error) {
	out := new(SettlementInvalidMinStake)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidMinStake", raw); err != nil {
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

// SettlementInvalidSignature represents a InvalidSignature error raised by the Settlement contract.
type SettlementInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func SettlementInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (settlement *Settlement) UnpackInvalidSignatureError(raw []byte) (*SettlementInvalidSignature, error) {
	out := new(SettlementInvalidSignature)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
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

// SettlementInvalidSlashing represents a InvalidSlashing error raised by the Settlement contract.
type SettlementInvalidSlashing struct {
	SlashBps      uint16
	ChallengerBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSlashing(uint16 slashBps, uint16 challengerBps)
func SettlementInvalidSlashingErrorID() common.Hash {
	return common.HexToHash("0x797511237cca00aa3f736812252f83d07ee7ad4c7d4d03fe6f60ddb6394d78fb")
}

// UnpackInvalidSlashingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSlashing(uint16 slashBps, uint16 challengerBps)
func (settlement *Settlement) UnpackInvalidSlashingError(raw []byte) (*SettlementInvalidSlashing, error) {
	out := new(SettlementInvalidSlashing)
	if err := settlement.abi.UnpackIntoInterface(out, "InvalidSlashing", raw); err != nil {
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

// SettlementNotChallengeable represents a NotChallengeable error raised by the Settlement contract.
type SettlementNotChallengeable struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallengeable(bytes32 record)
func SettlementNotChallengeableErrorID() common.Hash {
	return common.HexToHash("0x0966e63239af1910277149ac71484008950325ac3c4d2a8188f08084feea2b8d")
}

// UnpackNotChallengeableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallengeable(bytes32 record)
func (settlement *Settlement) UnpackNotChallengeableError(raw []byte) (*SettlementNotChallengeable, error) {
	out := new(SettlementNotChallengeable)
	if err := settlement.abi.UnpackIntoInterface(out, "NotChallengeable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotEpochPoster represents a NotEpochPoster error raised by the Settlement contract.
type SettlementNotEpochPoster struct {
	Epoch  uint64
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEpochPoster(uint64 epoch, address signer)
func SettlementNotEpochPosterErrorID() common.Hash {
	return common.HexToHash("0xc2e0969ce8c09181ddeab17d81a7fac15efe636917f368384ffb6234632a9c05")
}

// UnpackNotEpochPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEpochPoster(uint64 epoch, address signer)
func (settlement *Settlement) UnpackNotEpochPosterError(raw []byte) (*SettlementNotEpochPoster, error) {
	out := new(SettlementNotEpochPoster)
	if err := settlement.abi.UnpackIntoInterface(out, "NotEpochPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNotVoidable represents a NotVoidable error raised by the Settlement contract.
type SettlementNotVoidable struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVoidable(uint64 epoch)
func SettlementNotVoidableErrorID() common.Hash {
	return common.HexToHash("0x665e1d8319423da5f42947dc9ca72fb7b054d60e649aa8c43635d6caf049d648")
}

// UnpackNotVoidableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVoidable(uint64 epoch)
func (settlement *Settlement) UnpackNotVoidableError(raw []byte) (*SettlementNotVoidable, error) {
	out := new(SettlementNotVoidable)
	if err := settlement.abi.UnpackIntoInterface(out, "NotVoidable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToSlash represents a NothingToSlash error raised by the Settlement contract.
type SettlementNothingToSlash struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSlash(address prover)
func SettlementNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0xea53296051c9b6c5589470a9aecc521c01574552c7190c8679964112d5636f1c")
}

// UnpackNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSlash(address prover)
func (settlement *Settlement) UnpackNothingToSlashError(raw []byte) (*SettlementNothingToSlash, error) {
	out := new(SettlementNothingToSlash)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementNothingToWithdraw represents a NothingToWithdraw error raised by the Settlement contract.
type SettlementNothingToWithdraw struct {
	Prover common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address prover)
func SettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address prover)
func (settlement *Settlement) UnpackNothingToWithdrawError(raw []byte) (*SettlementNothingToWithdraw, error) {
	out := new(SettlementNothingToWithdraw)
	if err := settlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementOutputHashOutOfField represents a OutputHashOutOfField error raised by the Settlement contract.
type SettlementOutputHashOutOfField struct {
	OutputHash *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputHashOutOfField(uint256 outputHash)
func SettlementOutputHashOutOfFieldErrorID() common.Hash {
	return common.HexToHash("0xe1c8a52c6a8505a1bb46822578139dc368aac96ba37e06e956e4953a2ec62074")
}

// UnpackOutputHashOutOfFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputHashOutOfField(uint256 outputHash)
func (settlement *Settlement) UnpackOutputHashOutOfFieldError(raw []byte) (*SettlementOutputHashOutOfField, error) {
	out := new(SettlementOutputHashOutOfField)
	if err := settlement.abi.UnpackIntoInterface(out, "OutputHashOutOfField", raw); err != nil {
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

// SettlementRecordNotAttested represents a RecordNotAttested error raised by the Settlement contract.
type SettlementRecordNotAttested struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordNotAttested(bytes32 record)
func SettlementRecordNotAttestedErrorID() common.Hash {
	return common.HexToHash("0x4c8c329b7aaf489f3b93f405f4b4f27d2861cd57249c63ea7701a09220a5c4ce")
}

// UnpackRecordNotAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordNotAttested(bytes32 record)
func (settlement *Settlement) UnpackRecordNotAttestedError(raw []byte) (*SettlementRecordNotAttested, error) {
	out := new(SettlementRecordNotAttested)
	if err := settlement.abi.UnpackIntoInterface(out, "RecordNotAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementRecordProven represents a RecordProven error raised by the Settlement contract.
type SettlementRecordProven struct {
	Epoch  uint64
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordProven(uint64 epoch, bytes32 record)
func SettlementRecordProvenErrorID() common.Hash {
	return common.HexToHash("0xdfca4eb286e7cc1bdbf925de871de8df94cd39b8da58fe5bb2bd1f6706820e25")
}

// UnpackRecordProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordProven(uint64 epoch, bytes32 record)
func (settlement *Settlement) UnpackRecordProvenError(raw []byte) (*SettlementRecordProven, error) {
	out := new(SettlementRecordProven)
	if err := settlement.abi.UnpackIntoInterface(out, "RecordProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementRecordsMismatch represents a RecordsMismatch error raised by the Settlement contract.
type SettlementRecordsMismatch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordsMismatch(uint64 epoch)
func SettlementRecordsMismatchErrorID() common.Hash {
	return common.HexToHash("0xf934d5b566ce5aff13d918f1baff068c5f52ad4c3fd770250550dec4f395f448")
}

// UnpackRecordsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordsMismatch(uint64 epoch)
func (settlement *Settlement) UnpackRecordsMismatchError(raw []byte) (*SettlementRecordsMismatch, error) {
	out := new(SettlementRecordsMismatch)
	if err := settlement.abi.UnpackIntoInterface(out, "RecordsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementRecordsNotAscending represents a RecordsNotAscending error raised by the Settlement contract.
type SettlementRecordsNotAscending struct {
	Index  *big.Int
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordsNotAscending(uint256 index, bytes32 record)
func SettlementRecordsNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xc02746f03afa3af0893174f4c7c750e9dea855b085b7774a12c96e255228d1ea")
}

// UnpackRecordsNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordsNotAscending(uint256 index, bytes32 record)
func (settlement *Settlement) UnpackRecordsNotAscendingError(raw []byte) (*SettlementRecordsNotAscending, error) {
	out := new(SettlementRecordsNotAscending)
	if err := settlement.abi.UnpackIntoInterface(out, "RecordsNotAscending", raw); err != nil {
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

// SettlementSameStatement represents a SameStatement error raised by the Settlement contract.
type SettlementSameStatement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameStatement()
func SettlementSameStatementErrorID() common.Hash {
	return common.HexToHash("0xcb0963241faa7219fb03839f95319cdb1c1fd3f9fc85a1a0c1b174e170678f57")
}

// UnpackSameStatementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameStatement()
func (settlement *Settlement) UnpackSameStatementError(raw []byte) (*SettlementSameStatement, error) {
	out := new(SettlementSameStatement)
	if err := settlement.abi.UnpackIntoInterface(out, "SameStatement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementScoreVerifierNotAllowed represents a ScoreVerifierNotAllowed error raised by the Settlement contract.
type SettlementScoreVerifierNotAllowed struct {
	ScoreVerifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreVerifierNotAllowed(address scoreVerifier)
func SettlementScoreVerifierNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x7365c34f9f1e9d01c60ac80eb4e8adca10faf235abb5d703624ebbd7096d5f73")
}

// UnpackScoreVerifierNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreVerifierNotAllowed(address scoreVerifier)
func (settlement *Settlement) UnpackScoreVerifierNotAllowedError(raw []byte) (*SettlementScoreVerifierNotAllowed, error) {
	out := new(SettlementScoreVerifierNotAllowed)
	if err := settlement.abi.UnpackIntoInterface(out, "ScoreVerifierNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementScoresFinal represents a ScoresFinal error raised by the Settlement contract.
type SettlementScoresFinal struct {
	Record             [32]byte
	ChallengeableUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoresFinal(bytes32 record, uint64 challengeableUntil)
func SettlementScoresFinalErrorID() common.Hash {
	return common.HexToHash("0xc00f7873189b7cf5e9e7bf8c3c7dd41ef857aa8472c6058ae32c768eb0138fcb")
}

// UnpackScoresFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoresFinal(bytes32 record, uint64 challengeableUntil)
func (settlement *Settlement) UnpackScoresFinalError(raw []byte) (*SettlementScoresFinal, error) {
	out := new(SettlementScoresFinal)
	if err := settlement.abi.UnpackIntoInterface(out, "ScoresFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementStatementMatches represents a StatementMatches error raised by the Settlement contract.
type SettlementStatementMatches struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StatementMatches(uint64 epoch)
func SettlementStatementMatchesErrorID() common.Hash {
	return common.HexToHash("0xf271dfaf227039e0709f0ac4ecd2c5cf9e64e835f372315be1de469e8a99ccb0")
}

// UnpackStatementMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StatementMatches(uint64 epoch)
func (settlement *Settlement) UnpackStatementMatchesError(raw []byte) (*SettlementStatementMatches, error) {
	out := new(SettlementStatementMatches)
	if err := settlement.abi.UnpackIntoInterface(out, "StatementMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTooEarly represents a TooEarly error raised by the Settlement contract.
type SettlementTooEarly struct {
	Epoch     uint64
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 epoch, uint64 notBefore)
func SettlementTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xcb6c86ddf8dbe8b7fffd7253b009e72451783b8390e87d7579ca0678b0bed737")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 epoch, uint64 notBefore)
func (settlement *Settlement) UnpackTooEarlyError(raw []byte) (*SettlementTooEarly, error) {
	out := new(SettlementTooEarly)
	if err := settlement.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementUnbondingNotReady represents a UnbondingNotReady error raised by the Settlement contract.
type SettlementUnbondingNotReady struct {
	Prover  common.Address
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotReady(address prover, uint64 readyAt)
func SettlementUnbondingNotReadyErrorID() common.Hash {
	return common.HexToHash("0x3e31e96ebf546a1f7c4f2e9c718e6317c063fd6426fd9093bb56b2336a02fcd8")
}

// UnpackUnbondingNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotReady(address prover, uint64 readyAt)
func (settlement *Settlement) UnpackUnbondingNotReadyError(raw []byte) (*SettlementUnbondingNotReady, error) {
	out := new(SettlementUnbondingNotReady)
	if err := settlement.abi.UnpackIntoInterface(out, "UnbondingNotReady", raw); err != nil {
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

// SettlementWrongProof represents a WrongProof error raised by the Settlement contract.
type SettlementWrongProof struct {
	Record [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongProof(bytes32 record)
func SettlementWrongProofErrorID() common.Hash {
	return common.HexToHash("0x7b576d4f27ec81fb551992fe7b59ba71543e18cecc7c4bf3e1a5c24a76786c87")
}

// UnpackWrongProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongProof(bytes32 record)
func (settlement *Settlement) UnpackWrongProofError(raw []byte) (*SettlementWrongProof, error) {
	out := new(SettlementWrongProof)
	if err := settlement.abi.UnpackIntoInterface(out, "WrongProof", raw); err != nil {
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

// SettlementZeroAmount represents a ZeroAmount error raised by the Settlement contract.
type SettlementZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func SettlementZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (settlement *Settlement) UnpackZeroAmountError(raw []byte) (*SettlementZeroAmount, error) {
	out := new(SettlementZeroAmount)
	if err := settlement.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
