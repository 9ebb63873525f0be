// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IAttributedVerifier, IGroth16Verifier, IPlonkVerifier, IScoreVerifier} from "./IVerifiers.sol";

/// @title Settlement: verifies poa's reward-split proofs and pays contributors in OPEN.
/// @notice One settlement per epoch, by any prover with at least `minStake` OPEN bonded.
/// The poster sends the epoch's total fee F and the split of its data share (contributors,
/// payouts) with a zk proof; the contract splits F by the governed fee rule (owner =
/// floor(F·ownerBps/1e4), protocol = floor(F·protocolBps/1e4), dataFee = F − owner −
/// protocol), recomputes the challenge gamma and the payout fingerprint from calldata
/// (docs/settlement-abi.md), verifies the proof with 5 constant public inputs (dataFee among
/// them), pulls Σ payouts, the remainder and the protocol share into the contract in one
/// transferFrom (the latter two accrue in `treasuryOwed` until anyone calls `sweepTreasury`,
/// which pays them to the treasury, `remainderRecipient`), and records one claim root: keccak256(payoutRoot ‖
/// scoresHash), the payouts' keccak Merkle root under one more level. The
/// owner share stays with the poster: it is the model owner's share, collected off-chain.
/// Contributors (or anyone on their behalf) `claim` with a Merkle proof once the epoch's
/// challenge window has passed, unless a governance challenge holds the epoch or it was
/// voided.
///
/// Merkle tree: leaf_i = keccak256(abi.encode(uint256 i, address account, uint256 amount))
/// (96-byte preimage); node = keccak256(left ‖ right) (64-byte preimage); a level of odd size
/// pairs its last node with bytes32(0). A leaf can never equal an inner node (preimage lengths
/// differ) and a position past the end hangs under a zero sibling, so only real leaves verify.
///
/// Staking: provers bond OPEN (`stake`), unbond it (`requestUnstake`, which starts a delay of
/// one challenge window) and withdraw it (`withdrawUnstaked`) once the delay, every challenge
/// window of what they posted and every governance challenge against them are over. Bonded
/// and unbonding OPEN can be slashed by `slashBps`; the challenger receives `challengerBps` of
/// the slash and the treasury the rest (OPEN has a fixed supply and no burn).
///
/// Challenges: on-chain checked (equivocation of signed EIP-712 EpochStatements, a statement
/// that contradicts the poster's settlement, an optimistic score attestation whose proof
/// fails) and governance-judged (`openChallenge` with a deposit, `resolveChallenge` by the
/// owner, a timelock executing Governor votes). A proven fault slashes the prover and, while
/// the epoch's claims have not opened, voids the epoch: its payouts go to the treasury, and
/// the contributors are paid by a fresh honest settlement of a new epoch.
///
/// Attribution evidence: posters (or the owner) publish per adapter the Poseidon2 Merkle roots
/// of its training data's gradient sketches and of its tokenized corpus, with a
/// governance-allowed verifier of its score proofs (`registerEvidence`; each publication bumps
/// the adapter's version, every version stays readable). A poster then attests an inference
/// record's per-contributor scores, verified (`attestScores`) or optimistically
/// (`postScores`, challengeable with `challengeScores` during a challenge window).
///
/// Scores back payouts: `settle` binds the epoch's payouts to the hash of its inference
/// records' ids (`records`), and an epoch that pays for a record whose scores are not
/// attested can be voided by anyone during its challenge window (`challengeUnproven`): the
/// poster is slashed. A poster attests every record of an epoch before settling it.
///
/// Proven epoch scores: `settleAttributed` settles an epoch whose scores are proven to be the
/// aggregation of its records' attested score commitments (docs/proofs.md, Epoch
/// aggregation): the record ids come strictly ascending, each attested (else it reverts), and
/// a governance-allowed attributed verifier (one per shape) checks the proof against the
/// commitments read from `attestations`. Such an epoch pays nothing for an unattested record.
///
/// Governance (the owner) sets the parameters, the verifier, the allowed score verifiers and
/// the treasury, and resolves governance challenges. It has no function that moves settled
/// funds or stakes other than by a resolved challenge.
contract Settlement is Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The BN254 scalar field order r.
    uint256 public constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice The root recorded for an epoch settled with no contributors.
    bytes32 public constant EMPTY_ROOT = keccak256("poa.settlement.empty");
    /// @notice The EIP-712 type of a prover's signed claim about an epoch's settlement.
    bytes32 public constant EPOCH_STATEMENT_TYPEHASH =
        keccak256("EpochStatement(uint64 epoch,bytes32 root,uint256 commitment,bytes32 records)");
    /// @dev EIP-712 domain of the statements: name "poa Settlement", version "1", this
    /// chain's id, this contract. Built by hand rather than with OpenZeppelin's EIP712, whose
    /// ERC-5267 eip712Domain() and short-string support would push the contract past the
    /// 24,576-byte code size limit (EIP-170); the digests are the same.
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("poa Settlement");
    bytes32 internal constant VERSION_HASH = keccak256("1");
    /// @notice The longest challenge window governance can set.
    uint64 public constant MAX_CHALLENGE_WINDOW = 30 days;
    /// @notice Gas given to a score verifier when `challengeScores` runs it. The caller must
    /// supply enough for the verifier to receive all of it, so that a proof can only be found
    /// invalid by the verifier, never by a challenger starving it of gas.
    uint256 public constant SCORE_VERIFY_GAS = 1_000_000;

    uint256 internal constant BPS = 10_000;
    /// @dev The leaves whose claim bits are EpochInfo.unclaimedLow (its 88 bits).
    uint256 internal constant LOW_LEAVES = 88;

    enum Backend {
        Groth16,
        Plonk
    }

    enum EpochStatus {
        None,
        Settled,
        Voided
    }

    enum ChallengeStatus {
        None,
        Open,
        Upheld,
        Rejected
    }

    /// @notice The governed parameters. Fee shares in basis points (sum 10000); minStake and
    /// challengeDeposit in OPEN base units; challengeWindow and epochLength in seconds.
    struct Params {
        uint16 ownerBps;
        uint16 protocolBps;
        uint16 dataBps;
        uint256 minStake;
        uint64 challengeWindow;
        uint64 epochLength;
        uint16 slashBps;
        uint16 challengerBps;
        uint256 challengeDeposit;
    }

    /// @dev The small parameters, packed in one slot that settle reads.
    struct Packed {
        uint16 ownerBps;
        uint16 protocolBps;
        uint16 dataBps;
        uint16 slashBps;
        uint16 challengerBps;
        uint64 challengeWindow;
        uint64 epochLength;
    }

    /// @notice A prover's stake: bonded (counts for minStake), unbonding (still slashable)
    /// and when it can be withdrawn (readyAt), the end of the last challenge window of what
    /// it posted (lockedUntil; withdrawals wait for it too) and the governance challenges
    /// open against it (withdrawals wait for none).
    struct Prover {
        uint128 bonded;
        uint128 unbonding;
        uint64 readyAt;
        uint64 lockedUntil;
        uint32 pendingChallenges;
    }

    /// @notice A settled epoch: its claim root = keccak256(payoutRoot ‖ scoresHash), the
    /// payout Merkle root under one more level whose right node is scoresHash =
    /// keccak256(abi.encode(commitment, records)), binding its scores commitment to the hash
    /// of its records' ids (one slot for both; a claim carries scoresHash as its last proof
    /// element, the challenges that need the payout root or scoresHash take them from
    /// calldata and check them against this root); poster, the
    /// OPEN held for its claims (paid), settlement time, when claims open, status, the
    /// governance challenges holding it, and the claim bits of its first LOW_LEAVES leaves
    /// (bit i set while leaf i is unclaimed; the rest are in `unclaimed`). The claim bits
    /// fill the spare bytes of the slot settle writes anyway, so that an epoch of at most
    /// LOW_LEAVES contributors costs no claim-bit slot of its own.
    struct EpochInfo {
        bytes32 root;
        address poster;
        uint96 paid;
        uint64 settledAt;
        uint64 claimableAt;
        EpochStatus status;
        uint32 openChallenges;
        uint88 unclaimedLow;
    }

    /// @notice An adapter's attribution evidence: sketchRoot and corpusRoot are BN254 field
    /// elements (non-zero, below R), scoreVerifier checks its score proofs, version counts its
    /// publications (0: never published).
    struct Evidence {
        uint256 sketchRoot;
        uint256 corpusRoot;
        address scoreVerifier;
        uint64 version;
    }

    /// @notice A record's attested scores: the adapter and evidence version the proof was
    /// (or, posted optimistically, is to be) verified against, the queryHash, scores
    /// commitment and outputHash (the hash of the record's output tokens, which binds its
    /// proven span evidence), the block of the attestation (version 0: not attested); for an
    /// optimistic post also the epoch it backs, the end of its challenge window, its poster
    /// and the keccak256 of its proof (proofHash 0: verified on-chain).
    struct Attestation {
        bytes32 adapter;
        uint256 queryHash;
        uint256 commitment;
        uint256 outputHash;
        uint64 version;
        uint64 blockNumber;
        uint64 epoch;
        uint64 challengeableUntil;
        address poster;
        bytes32 proofHash;
    }

    /// @notice What a prover states about an epoch (EIP-712 EpochStatement, with the epoch):
    /// its payout root, scores commitment and the hash of its records' ids.
    struct Statement {
        bytes32 root;
        uint256 commitment;
        bytes32 records;
    }

    /// @notice A governance challenge: who opened it with what deposit, against which prover
    /// and epoch (0: none), its status and the hash of its off-chain evidence.
    struct Challenge {
        address challenger;
        uint96 deposit;
        address prover;
        uint64 epoch;
        ChallengeStatus status;
        bytes32 evidenceHash;
    }

    /// @notice The record list of an attributed settlement: the attested record ids, strictly
    /// ascending; the proof's public digest of the record commitments it opened
    /// (circuits.RecordsDigest); the allowed attributed verifier of the proof's shape.
    struct AttributedRecords {
        bytes32[] ids;
        uint256 digest;
        address verifier;
    }

    /// @notice The OPEN token payouts and stakes are made in.
    IERC20 public immutable token;

    // One slot, read and written by every settlement.
    address public verifier;
    Backend public backend;
    uint64 public lastEpoch;

    // One slot: the treasury and the block time of the last settlement.
    address public remainderRecipient;
    uint64 public lastSettledAt;

    Packed internal _p;
    /// @dev The treasury's share of settlements kept in the contract, plus one (never 0, so
    /// that a settlement's write is never a zero-to-non-zero one); see sweepTreasury.
    uint256 internal _treasuryOwedPlusOne = 1;
    uint256 internal _minStake;
    uint256 internal _challengeDeposit;

    /// @notice Stakes by prover.
    mapping(address => Prover) public provers;
    /// @notice Settled epochs.
    mapping(uint64 => EpochInfo) public epochs;
    /// @dev unclaimed[epoch][w] bit b is set while leaf LOW_LEAVES+256*w+b is unclaimed (the
    /// first LOW_LEAVES leaves' bits are EpochInfo.unclaimedLow). Settlement pre-sets the
    /// bits so that a claim only flips a bit in a non-zero slot.
    mapping(uint64 => mapping(uint256 => uint256)) internal unclaimed;
    /// @notice Whether a prover has been slashed for a statement about an epoch (once each).
    mapping(address => mapping(uint64 => bool)) public statementSlashed;

    /// @notice Governance challenges by id (1, 2, …).
    mapping(uint256 => Challenge) public challenges;
    uint256 public challengeCount;

    mapping(bytes32 => bytes32) public datanetRoot;
    mapping(bytes32 => bytes32) public modelRoot;

    /// @notice Score verifier contracts governance allows in evidence.
    mapping(address => bool) public isScoreVerifier;
    /// @notice Every published version of each adapter's evidence.
    mapping(bytes32 => mapping(uint64 => Evidence)) public evidenceAt;
    mapping(bytes32 => uint64) internal evidenceVersion;
    /// @notice Attested scores by record id.
    mapping(bytes32 => Attestation) public attestations;
    /// @notice Attributed split verifier contracts governance allows (one per shape).
    mapping(address => bool) public isAttributedVerifier;

    /// @notice An epoch settled: totalFee split by the fee rule, dataFee proven, paid held for
    /// claims (from claimableAt), dataFee - paid and the protocol share kept for the treasury
    /// (treasuryOwed, paid out by sweepTreasury).
    event Settled(
        uint64 indexed epoch,
        address indexed poster,
        bytes32 root,
        uint256 contributors,
        uint256 totalFee,
        uint256 dataFee,
        uint256 paid,
        uint256 commitment,
        bytes32 records,
        uint64 claimableAt
    );
    event Claimed(uint64 indexed epoch, uint256 index, address indexed account, uint256 amount);
    event VerifierChanged(address verifier, Backend backend);
    event RemainderRecipientChanged(address recipient);
    event TreasurySwept(address indexed treasury, uint256 amount);
    event FeeRuleChanged(uint16 ownerBps, uint16 protocolBps, uint16 dataBps);
    event MinStakeChanged(uint256 minStake);
    event ChallengeWindowChanged(uint64 challengeWindow);
    event EpochLengthChanged(uint64 epochLength);
    event SlashingChanged(uint16 slashBps, uint16 challengerBps);
    event ChallengeDepositChanged(uint256 challengeDeposit);
    event ScoreVerifierSet(address indexed verifier, bool allowed);
    event AttributedVerifierSet(address indexed verifier, bool allowed);
    event Staked(address indexed prover, uint256 amount, uint256 bonded);
    event UnstakeRequested(address indexed prover, uint256 amount, uint256 unbonding, uint64 readyAt);
    event Withdrawn(address indexed prover, uint256 amount);
    /// @notice prover lost amount; reward of it went to challenger, the rest to the treasury.
    event Slashed(address indexed prover, address indexed challenger, uint256 amount, uint256 reward);
    /// @notice epoch was voided; the paid OPEN held for its claims went to the treasury.
    event Voided(uint64 indexed epoch, uint256 paid);
    event EquivocationProven(address indexed prover, uint64 indexed epoch, address challenger);
    event ScoresChallenged(bytes32 indexed record, address indexed poster, address challenger);
    event UnprovenChallenged(uint64 indexed epoch, bytes32 indexed record, address indexed poster, address challenger);
    event ChallengeOpened(
        uint256 indexed id,
        address indexed prover,
        uint64 indexed epoch,
        address challenger,
        uint256 deposit,
        bytes32 evidenceHash,
        string uri
    );
    event ChallengeResolved(uint256 indexed id, bool upheld, uint256 slashed);
    event DatanetRegistered(bytes32 indexed id, bytes32 root, address by);
    event ModelRegistered(bytes32 indexed id, bytes32 root, address by);
    event EvidenceRegistered(
        bytes32 indexed adapter,
        uint256 sketchRoot,
        uint256 corpusRoot,
        address scoreVerifier,
        uint64 version,
        address by
    );
    event ScoresAttested(
        bytes32 indexed record,
        bytes32 indexed adapter,
        uint256 queryHash,
        uint256 commitment,
        uint256 outputHash,
        uint64 version
    );
    /// @notice An optimistic score attestation; proof is what challengeScores must be given.
    event ScoresPosted(
        bytes32 indexed record,
        bytes32 indexed adapter,
        address indexed poster,
        uint64 epoch,
        uint256 queryHash,
        uint256 commitment,
        uint256 outputHash,
        uint64 version,
        uint64 challengeableUntil,
        bytes proof
    );

    error InsufficientStake(address prover, uint256 bonded, uint256 minStake);
    error LengthMismatch(uint256 contributors, uint256 payouts);
    error EpochAlreadySettled(uint64 epoch);
    error WrongEpoch(uint64 epoch, uint64 lastEpoch);
    error TooEarly(uint64 epoch, uint64 notBefore);
    error FeeOutOfRange(uint256 totalFee);
    error CommitmentOutOfField(uint256 commitment);
    error PayoutsExceedFee(uint256 paid, uint256 dataFee);
    error InvalidProof();
    error EpochNotSettled(uint64 epoch);
    error ChallengeWindowOpen(uint64 epoch, uint64 claimableAt);
    error ChallengeWindowClosed(uint64 epoch, uint64 claimableAt);
    error EpochDisputed(uint64 epoch);
    error EpochVoided(uint64 epoch);
    error AlreadyClaimed(uint64 epoch, uint256 index);
    error InvalidClaim(uint64 epoch, uint256 index);
    error ZeroAddress();
    error ZeroAmount();
    error InvalidFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps);
    error InvalidSlashing(uint16 slashBps, uint16 challengerBps);
    error InvalidMinStake(uint256 minStake);
    error InvalidChallengeWindow(uint64 challengeWindow);
    error InvalidChallengeDeposit(uint256 challengeDeposit);
    error AmountTooLarge(uint256 amount);
    error AmountExceedsBond(uint256 amount, uint256 bonded);
    error NothingToWithdraw(address prover);
    error UnbondingNotReady(address prover, uint64 readyAt);
    error ChallengePending(address prover);
    error InvalidSignature();
    error SameStatement();
    error DifferentSigners(address signerA, address signerB);
    error StatementMatches(uint64 epoch);
    error RecordsMismatch(uint64 epoch);
    error RecordProven(uint64 epoch, bytes32 record);
    error NotVoidable(uint64 epoch);
    error NotEpochPoster(uint64 epoch, address signer);
    error AlreadySlashed(address prover, uint64 epoch);
    error NothingToSlash(address prover);
    error NotChallengeable(bytes32 record);
    error ScoresFinal(bytes32 record, uint64 challengeableUntil);
    error WrongProof(bytes32 record);
    error ChallengeFailed(bytes32 record);
    error InsufficientGas(uint256 needed);
    error ChallengeNotOpen(uint256 id);
    error InvalidSketchRoot(uint256 sketchRoot);
    error InvalidCorpusRoot(uint256 corpusRoot);
    error NotAContract(address account);
    error ScoreVerifierNotAllowed(address scoreVerifier);
    error EvidenceNotRegistered(bytes32 adapter);
    error AlreadyAttested(bytes32 record);
    error QueryHashOutOfField(uint256 queryHash);
    error OutputHashOutOfField(uint256 outputHash);
    error InvalidScoreProof(bytes32 adapter, uint64 version);
    error RecordsNotAscending(uint256 index, bytes32 record);
    error RecordNotAttested(bytes32 record);
    error AttributedVerifierNotAllowed(address verifier);

    /// @param token_ OPEN.
    /// @param verifier_ the split verifier, of backend_.
    /// @param treasury_ receives remainders, protocol shares, slashes and voided payouts.
    /// @param owner_ governance (a TimelockController in the full deployment).
    /// @param p the initial parameters (validated as by the setters).
    /// @param scoreVerifiers_ score verifier contracts allowed from the start.
    /// @param attributedVerifiers_ attributed split verifier contracts allowed from the start.
    constructor(
        IERC20 token_,
        address verifier_,
        Backend backend_,
        address treasury_,
        address owner_,
        Params memory p,
        address[] memory scoreVerifiers_,
        address[] memory attributedVerifiers_
    ) Ownable(owner_) {
        if (address(token_) == address(0)) revert ZeroAddress();
        token = token_;
        _setVerifier(verifier_, backend_);
        _setRemainderRecipient(treasury_);
        _setFeeRule(p.ownerBps, p.protocolBps, p.dataBps);
        _setMinStake(p.minStake);
        _setChallengeWindow(p.challengeWindow);
        _setEpochLength(p.epochLength);
        _setSlashing(p.slashBps, p.challengerBps);
        _setChallengeDeposit(p.challengeDeposit);
        for (uint256 i; i < scoreVerifiers_.length; ++i) {
            _setScoreVerifier(scoreVerifiers_[i], true);
        }
        for (uint256 i; i < attributedVerifiers_.length; ++i) {
            _setAttributedVerifier(attributedVerifiers_[i], true);
        }
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the split verifier and its proof system.
    function setVerifier(address verifier_, Backend backend_) external onlyOwner {
        _setVerifier(verifier_, backend_);
    }

    function _setVerifier(address verifier_, Backend backend_) internal {
        if (verifier_ == address(0)) revert ZeroAddress();
        verifier = verifier_;
        backend = backend_;
        emit VerifierChanged(verifier_, backend_);
}

    /// @notice Sets the treasury: it receives remainders, protocol shares, slashes (less the
    /// challengers' rewards), voided epochs' payouts and rejected challenges' deposits.
    function setRemainderRecipient(address recipient) external onlyOwner {
        _setRemainderRecipient(recipient);
    }

    function _setRemainderRecipient(address recipient) internal {
        if (recipient == address(0)) revert ZeroAddress();
        remainderRecipient = recipient;
        emit RemainderRecipientChanged(recipient);
}

    /// @notice Sets the fee rule of the next settlements; the shares must sum to 10000.
    function setFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps) external onlyOwner {
        _setFeeRule(ownerBps, protocolBps, dataBps);
    }

    function _setFeeRule(uint16 ownerBps, uint16 protocolBps, uint16 dataBps) internal {
        if (uint256(ownerBps) + protocolBps + dataBps != BPS) revert InvalidFeeRule(ownerBps, protocolBps, dataBps);
        (_p.ownerBps, _p.protocolBps, _p.dataBps) = (ownerBps, protocolBps, dataBps);
        emit FeeRuleChanged(ownerBps, protocolBps, dataBps);
}

    /// @notice Sets the bond a prover needs to post (non-zero, below 2^128 base units).
    function setMinStake(uint256 minStake) external onlyOwner {
        _setMinStake(minStake);
    }

    function _setMinStake(uint256 minStake) internal {
        if (minStake == 0 || minStake >> 128 != 0) revert InvalidMinStake(minStake);
        _minStake = minStake;
        emit MinStakeChanged(minStake);
}

    /// @notice Sets the challenge window of future settlements, score posts and unbonding
    /// requests (at most MAX_CHALLENGE_WINDOW; 0 opens claims at once and makes optimistic
    /// score posts final at once: for development chains only).
    function setChallengeWindow(uint64 challengeWindow) external onlyOwner {
        _setChallengeWindow(challengeWindow);
    }

    function _setChallengeWindow(uint64 challengeWindow) internal {
        if (challengeWindow > MAX_CHALLENGE_WINDOW) revert InvalidChallengeWindow(challengeWindow);
        _p.challengeWindow = challengeWindow;
        emit ChallengeWindowChanged(challengeWindow);
}

    /// @notice Sets the least time between two settlements' blocks (0: no minimum).
    function setEpochLength(uint64 epochLength) external onlyOwner {
        _setEpochLength(epochLength);
    }

    function _setEpochLength(uint64 epochLength) internal {
        _p.epochLength = epochLength;
        emit EpochLengthChanged(epochLength);
}

    /// @notice Sets the share of a prover's stake a proven fault slashes and the share of
    /// the slash the challenger receives (both basis points, at most 10000).
    function setSlashing(uint16 slashBps, uint16 challengerBps) external onlyOwner {
        _setSlashing(slashBps, challengerBps);
    }

    function _setSlashing(uint16 slashBps, uint16 challengerBps) internal {
        if (slashBps > BPS || challengerBps > BPS) revert InvalidSlashing(slashBps, challengerBps);
        (_p.slashBps, _p.challengerBps) = (slashBps, challengerBps);
        emit SlashingChanged(slashBps, challengerBps);
}

    /// @notice Sets the deposit a governance challenge locks (non-zero, below 2^96).
    function setChallengeDeposit(uint256 challengeDeposit) external onlyOwner {
        _setChallengeDeposit(challengeDeposit);
    }

    function _setChallengeDeposit(uint256 challengeDeposit) internal {
        if (challengeDeposit == 0 || challengeDeposit >> 96 != 0) revert InvalidChallengeDeposit(challengeDeposit);
        _challengeDeposit = challengeDeposit;
        emit ChallengeDepositChanged(challengeDeposit);
}

    /// @notice Allows (or stops allowing) a score verifier contract in evidence. Evidence
    /// naming a verifier no longer allowed can neither attest nor be challenged on-chain.
    function setScoreVerifier(address scoreVerifier, bool allowed) external onlyOwner {
        _setScoreVerifier(scoreVerifier, allowed);
    }

    function _setScoreVerifier(address scoreVerifier, bool allowed) internal {
        if (scoreVerifier == address(0)) revert ZeroAddress();
        // A call to an address without code would revert outside the try/catch around it.
        if (allowed && scoreVerifier.code.length == 0) revert NotAContract(scoreVerifier);
        isScoreVerifier[scoreVerifier] = allowed;
        emit ScoreVerifierSet(scoreVerifier, allowed);
}

    /// @notice Allows (or stops allowing) an attributed split verifier contract (one per
    /// shape) in `settleAttributed`.
    function setAttributedVerifier(address attributedVerifier, bool allowed) external onlyOwner {
        _setAttributedVerifier(attributedVerifier, allowed);
    }

    function _setAttributedVerifier(address v, bool allowed) internal {
        if (v == address(0)) revert ZeroAddress();
        if (allowed && v.code.length == 0) revert NotAContract(v);
        isAttributedVerifier[v] = allowed;
        emit AttributedVerifierSet(v, allowed);
    }

    /// @notice The governed parameters.
    function params() external view returns (Params memory) {
        Packed memory p = _p;
        return Params(
            p.ownerBps,
            p.protocolBps,
            p.dataBps,
            _minStake,
            p.challengeWindow,
            p.epochLength,
            p.slashBps,
            p.challengerBps,
            _challengeDeposit
        );
    }

    // ---------------------------------------------------------------- staking

    /// @notice Whether `account` has at least minStake bonded (and so may post).
    function isPoster(address account) public view returns (bool) {
        return provers[account].bonded >= _minStake;
    }

    function _requirePoster() internal view {
        uint256 bonded = provers[msg.sender].bonded;
        if (bonded < _minStake) revert InsufficientStake(msg.sender, bonded, _minStake);
    }

    /// @notice Bonds `amount` OPEN of the caller (approved beforehand).
    function stake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (amount >> 128 != 0) revert AmountTooLarge(amount);
        Prover storage pr = provers[msg.sender];
        uint128 bonded = pr.bonded + uint128(amount);
        pr.bonded = bonded;
        emit Staked(msg.sender, amount, bonded);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves `amount` of the caller's bond to unbonding, withdrawable one challenge
    /// window from now; a further request adds to it and restarts the delay.
    function requestUnstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Prover storage pr = provers[msg.sender];
        uint128 bonded = pr.bonded;
        if (amount > bonded) revert AmountExceedsBond(amount, bonded);
        uint128 unbonding = pr.unbonding + uint128(amount);
        uint64 readyAt = uint64(block.timestamp) + _p.challengeWindow;
        (pr.bonded, pr.unbonding, pr.readyAt) = (bonded - uint128(amount), unbonding, readyAt);
        emit UnstakeRequested(msg.sender, amount, unbonding, readyAt);
    }

    /// @notice Pays the caller's unbonding OPEN out once its delay and the challenge windows
    /// of everything the caller posted are over and no governance challenge against it is open.
    function withdrawUnstaked() external nonReentrant {
        Prover storage pr = provers[msg.sender];
        uint256 amount = pr.unbonding;
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        uint64 ready = pr.readyAt > pr.lockedUntil ? pr.readyAt : pr.lockedUntil;
        if (block.timestamp < ready) revert UnbondingNotReady(msg.sender, ready);
        if (pr.pendingChallenges != 0) revert ChallengePending(msg.sender);
        pr.unbonding = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @dev Keeps the caller's stake until `until` (the end of a challenge window it opened).
    function _lock(uint64 until) internal {
        Prover storage pr = provers[msg.sender];
        if (pr.lockedUntil < until) pr.lockedUntil = until;
    }

    // ---------------------------------------------------------------- registry

    modifier onlyPosterOrOwner() {
        if (msg.sender != owner()) _requirePoster();
        _;
    }

    /// @notice Records (or updates) the content root of a datanet.
    function registerDatanet(bytes32 id, bytes32 root) external onlyPosterOrOwner {
        datanetRoot[id] = root;
        emit DatanetRegistered(id, root, msg.sender);
    }

    /// @notice Records (or updates) the weights root of a model or adapter.
    function registerModel(bytes32 id, bytes32 root) external onlyPosterOrOwner {
        modelRoot[id] = root;
        emit ModelRegistered(id, root, msg.sender);
    }

    // ---------------------------------------------------------------- attribution evidence

    /// @notice Publishes (or re-publishes) `adapter`'s evidence: the roots its score proofs
    /// open against and their verifier, which governance must allow. Each call bumps the
    /// version (the first is 1); earlier versions stay readable (evidenceAt).
    function registerEvidence(bytes32 adapter, uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier)
        external
        onlyPosterOrOwner
    {
        if (sketchRoot == 0 || sketchRoot >= R) revert InvalidSketchRoot(sketchRoot);
        if (corpusRoot == 0 || corpusRoot >= R) revert InvalidCorpusRoot(corpusRoot);
        if (scoreVerifier == address(0)) revert ZeroAddress();
        if (!isScoreVerifier[scoreVerifier]) revert ScoreVerifierNotAllowed(scoreVerifier);
        uint64 version = evidenceVersion[adapter] + 1;
        evidenceVersion[adapter] = version;
        evidenceAt[adapter][version] = Evidence(sketchRoot, corpusRoot, scoreVerifier, version);
        emit EvidenceRegistered(adapter, sketchRoot, corpusRoot, scoreVerifier, version, msg.sender);
    }

    /// @notice `adapter`'s current evidence (all zero: never registered).
    function evidence(bytes32 adapter)
        external
        view
        returns (uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version)
    {
        Evidence storage ev = evidenceAt[adapter][evidenceVersion[adapter]];
        return (ev.sketchRoot, ev.corpusRoot, ev.scoreVerifier, ev.version);
    }

    /// @dev The current evidence of `adapter` and its version, checked usable.
    function _currentEvidence(bytes32 adapter, uint256 queryHash, uint256 commitment, uint256 outputHash)
        internal
        view
        returns (Evidence storage ev, uint64 version)
    {
        version = evidenceVersion[adapter];
        if (version == 0) revert EvidenceNotRegistered(adapter);
        if (queryHash >= R) revert QueryHashOutOfField(queryHash);
        if (commitment >= R) revert CommitmentOutOfField(commitment);
        if (outputHash >= R) revert OutputHashOutOfField(outputHash);
        ev = evidenceAt[adapter][version];
        if (!isScoreVerifier[ev.scoreVerifier]) revert ScoreVerifierNotAllowed(ev.scoreVerifier);
    }

    /// @notice Attests the per-contributor scores and span evidence of inference `record`:
    /// verifies `proof` of (sketchRoot, queryHash, commitment, corpusRoot, outputHash) with the
    /// adapter's current evidence (its sketch and corpus roots) and records it. A record is
    /// attested once.
    function attestScores(
        bytes32 record,
        bytes32 adapter,
        uint256 queryHash,
        uint256 commitment,
        uint256 outputHash,
        bytes calldata proof
    ) external {
        _requirePoster();
        if (attestations[record].version != 0) revert AlreadyAttested(record);
        (Evidence storage ev, uint64 version) = _currentEvidence(adapter, queryHash, commitment, outputHash);
        try IScoreVerifier(ev.scoreVerifier)
            .verifyProof(proof, [ev.sketchRoot, queryHash, commitment, ev.corpusRoot, outputHash]) {}
        catch {
            revert InvalidScoreProof(adapter, version);
        }
        Attestation storage a = attestations[record];
        a.adapter = adapter;
        a.queryHash = queryHash;
        a.commitment = commitment;
        a.outputHash = outputHash;
        a.version = version;
        a.blockNumber = uint64(block.number);
        emit ScoresAttested(record, adapter, queryHash, commitment, outputHash, version);
    }

    /// @notice Attests `record`'s scores optimistically: records keccak256(proof) against the
    /// adapter's current evidence without verifying it. Until one challenge window from now
    /// anyone may run the proof through `challengeScores`; a failing proof slashes the poster
    /// and voids `epoch` if the poster settled it and its claims have not opened.
    function postScores(
        bytes32 record,
        bytes32 adapter,
        uint64 epoch,
        uint256 queryHash,
        uint256 commitment,
        uint256 outputHash,
        bytes calldata proof
    ) external {
        _requirePoster();
        if (attestations[record].version != 0) revert AlreadyAttested(record);
        (, uint64 version) = _currentEvidence(adapter, queryHash, commitment, outputHash);
        uint64 until = uint64(block.timestamp) + _p.challengeWindow;
        attestations[record] = Attestation(
            adapter,
            queryHash,
            commitment,
            outputHash,
            version,
            uint64(block.number),
            epoch,
            until,
            msg.sender,
            keccak256(proof)
        );
        _lock(until);
        emit ScoresPosted(record, adapter, msg.sender, epoch, queryHash, commitment, outputHash, version, until, proof);
    }

    /// @notice Challenges `record`'s optimistic attestation with its `proof` (as posted): runs
    /// the adapter's score verifier of the attested evidence version on (sketchRoot,
    /// queryHash, commitment, corpusRoot, outputHash). If the proof fails, the poster is slashed, the attestation
    /// deleted and its epoch voided when the poster settled it and it is still voidable;
    /// if it verifies, the call reverts with ChallengeFailed.
    function challengeScores(bytes32 record, bytes calldata proof) external nonReentrant {
        Attestation storage a = attestations[record];
        if (a.proofHash == 0) revert NotChallengeable(record);
        if (block.timestamp >= a.challengeableUntil) revert ScoresFinal(record, a.challengeableUntil);
        if (keccak256(proof) != a.proofHash) revert WrongProof(record);
        Evidence storage ev = evidenceAt[a.adapter][a.version];
        if (!isScoreVerifier[ev.scoreVerifier]) revert ScoreVerifierNotAllowed(ev.scoreVerifier);
        // The verifier must get all of SCORE_VERIFY_GAS (EIP-150 keeps 1/64 back).
        uint256 needed = SCORE_VERIFY_GAS + SCORE_VERIFY_GAS / 63 + 10_000;
        if (gasleft() < needed) revert InsufficientGas(needed);
        try IScoreVerifier(ev.scoreVerifier).verifyProof{gas: SCORE_VERIFY_GAS}(
            proof, [ev.sketchRoot, a.queryHash, a.commitment, ev.corpusRoot, a.outputHash]
        ) {
            revert ChallengeFailed(record);
        } catch {}
        address poster = a.poster;
        uint64 epoch = a.epoch;
        delete attestations[record];
        emit ScoresChallenged(record, poster, msg.sender);
        (uint256 reward, uint256 toTreasury) = _slash(poster, msg.sender);
        EpochInfo storage e = epochs[epoch];
        if (epoch != 0 && e.poster == poster && _voidable(e)) toTreasury += _void(epoch, e);
        _payOut(msg.sender, reward, toTreasury);
    }

    /// @notice Whether `record`'s scores have been attested (verified, or posted and not
    /// successfully challenged).
    function isAttested(bytes32 record) external view returns (bool) {
        return attestations[record].version != 0;
    }

    // ---------------------------------------------------------------- settlement

    /// @notice Settles `epoch`: splits `totalFee` by the fee rule, verifies the proof of the
    /// split of its data share into `payouts`, pulls sum(payouts) into the contract and the
    /// remainder plus the protocol share to the treasury from the poster (who must have
    /// approved totalFee less the owner share, which it keeps), and records the payouts'
    /// Merkle root for claims from one challenge window on. `records` is the keccak256 of
    /// the epoch's inference record ids (32 bytes each, in the epoch's order) whose scores
    /// the commitment aggregates; each must be attested (see challengeUnproven).
    function settle(
        uint64 epoch,
        uint256 totalFee,
        uint256 commitment,
        bytes32 records,
        address[] calldata contributors,
        uint256[] calldata payouts,
        bytes calldata proof
    ) external nonReentrant {
        uint256 dataFee = _precheck(epoch, totalFee, commitment, contributors.length, payouts.length);
        uint256 paid;
        {
            bytes32 root;
            (paid, root) = _verifySplit(epoch, dataFee, commitment, contributors, payouts, proof);
            _record(epoch, totalFee, Statement(root, commitment, records), contributors.length, dataFee, paid);
        }
        _pull(totalFee, dataFee, paid);
    }

    /// @notice Settles `epoch` as `settle` does, with the epoch scores proven from its records:
    /// `recs.ids` are the epoch's record ids, strictly ascending, each attested (their
    /// attested commitments are read from `attestations`); the attributed split proof of the
    /// allowed verifier `recs.verifier` opens (commitment, gamma, fingerprint, recs.digest)
    /// with gamma = keccak256(abi.encode(uint256 epoch, commitment, dataFee, contributors,
    /// payouts, recs.digest, uint256[] the attested commitments)) mod R and fingerprint =
    /// sum_i addr_i*gamma^(2i+1) + payout_i*gamma^(2i+2) + gamma^2049*(dataFee + sum_r
    /// commitment_r*gamma^(r+1)) mod R (epoch and dataFee are private in the proof). The
    /// epoch's records hash is keccak256(abi.encodePacked(recs.ids)), as for `settle`.
    function settleAttributed(
        uint64 epoch,
        uint256 totalFee,
        uint256 commitment,
        AttributedRecords calldata recs,
        address[] calldata contributors,
        uint256[] calldata payouts,
        bytes calldata proof
    ) external nonReentrant {
        uint256 dataFee = _precheck(epoch, totalFee, commitment, contributors.length, payouts.length);
        uint256 paid;
        {
            bytes32 root;
            (paid, root) = _verifyAttributed(epoch, dataFee, commitment, recs, contributors, payouts, proof);
            _record(
                epoch,
                totalFee,
                Statement(root, commitment, keccak256(abi.encodePacked(recs.ids))),
                contributors.length,
                dataFee,
                paid
            );
        }
        _pull(totalFee, dataFee, paid);
    }

    /// @dev The checks before a settlement's proof; returns its data fee.
    function _precheck(uint64 epoch, uint256 totalFee, uint256 commitment, uint256 n, uint256 m)
        internal
        view
        returns (uint256 dataFee)
    {
        _requirePoster();
        if (m != n) revert LengthMismatch(n, m);
        if (epochs[epoch].status != EpochStatus.None) revert EpochAlreadySettled(epoch);
        if (epoch <= lastEpoch) revert WrongEpoch(epoch, lastEpoch);
        if (totalFee >> 96 != 0) revert FeeOutOfRange(totalFee);
        if (commitment >= R) revert CommitmentOutOfField(commitment);
        _checkEpochLength(epoch);
        (,, dataFee) = _feeParts(totalFee);
    }

    /// @dev Interactions of a settlement (OPEN is a plain OpenZeppelin ERC-20: no hooks):
    /// the payouts, the remainder of the data share and the protocol share into the
    /// contract in one transferFrom; the latter two stay there for the treasury
    /// (treasuryOwed, sweepTreasury): one token call and its balance writes fewer per settle.
    function _pull(uint256 totalFee, uint256 dataFee, uint256 paid) internal {
        uint256 toTreasury = dataFee - paid + totalFee * _p.protocolBps / BPS;
        if (toTreasury != 0) _treasuryOwedPlusOne += toTreasury;
        uint256 pulled = paid + toTreasury;
        if (pulled != 0) token.safeTransferFrom(msg.sender, address(this), pulled);
    }

    /// @notice OPEN the contract holds for the treasury: the remainders and protocol shares
    /// of settlements not yet swept.
    function treasuryOwed() external view returns (uint256) {
        return _treasuryOwedPlusOne - 1;
    }

    /// @notice Pays treasuryOwed to the treasury (remainderRecipient) and zeroes it; anyone
    /// may call it. Returns the amount paid (0 when nothing is owed: no transfer).
    function sweepTreasury() external nonReentrant returns (uint256 amount) {
        amount = _treasuryOwedPlusOne - 1;
        if (amount == 0) return 0;
        _treasuryOwedPlusOne = 1;
        address to = remainderRecipient;
        token.safeTransfer(to, amount);
        emit TreasurySwept(to, amount);
    }

    /// @dev Checks an attributed split proof; returns the sum of the payouts and their root.
    function _verifyAttributed(
        uint64 epoch,
        uint256 dataFee,
        uint256 commitment,
        AttributedRecords calldata recs,
        address[] calldata contributors,
        uint256[] calldata payouts,
        bytes calldata proof
    ) internal view returns (uint256 paid, bytes32 root) {
        if (!isAttributedVerifier[recs.verifier]) revert AttributedVerifierNotAllowed(recs.verifier);
        uint256[] memory comms = _attestedCommitments(recs.ids);
        // input is first the gamma preimage's words (epoch, commitment, dataFee, digest),
        // then the verifier's four inputs (commitment, gamma, fingerprint, digest).
        uint256[4] memory input;
        input[0] = epoch;
        input[1] = commitment;
        input[2] = dataFee;
        input[3] = recs.digest;
        uint256 gamma = _attributedGamma(input, contributors, payouts, comms);
        input[0] = commitment;
        input[1] = gamma;
        uint256 fp;
        (fp, paid, root) = _fingerprintAndRoot(contributors, payouts, gamma);
        if (paid > dataFee) revert PayoutsExceedFee(paid, dataFee);
        uint256 rfp = dataFee;
        uint256 p = 1;
        for (uint256 i; i < comms.length; ++i) {
            p = mulmod(p, gamma, R);
            rfp = addmod(rfp, mulmod(comms[i], p, R), R);
        }
        // fingerprint = payout part + gamma^(2*1024+1) * (dataFee + sum_r c_r*gamma^(r+1)):
        // the fee and the records at powers above every payout power (N <= 1024).
        p = gamma;
        for (uint256 i; i < 11; ++i) {
            p = mulmod(p, p, R);
        }
        p = mulmod(p, gamma, R);
        input[2] = addmod(fp, mulmod(rfp, p, R), R);
        try IAttributedVerifier(recs.verifier).verifyProof(proof, input) {}
        catch {
            revert InvalidProof();
        }
    }

    /// @dev gamma of an attributed settlement from its epoch, commitment, dataFee and
    /// digest (w[0, 1, 2, 3]), the payouts and the attested record commitments:
    /// keccak256(abi.encode(w[0], w[1], w[2], contributors, payouts, w[3], comms)) mod R, encoded by hand in scratch memory (the payout rows copied as they are
    /// in calldata; _fingerprintAndRoot rejects an address with dirty upper bits).
    function _attributedGamma(
        uint256[4] memory w,
        address[] calldata contributors,
        uint256[] calldata payouts,
        uint256[] memory comms
    ) internal pure returns (uint256 gamma) {
        assembly ("memory-safe") {
            let n := contributors.length
            let m := mload(comms)
            let b := mload(0x40)
            mstore(b, mload(w))
            mstore(add(b, 0x20), mload(add(w, 0x20)))
            mstore(add(b, 0x40), mload(add(w, 0x40)))
            let rows := shl(5, add(n, 1))
            mstore(add(b, 0x60), 0xe0)
            mstore(add(b, 0x80), add(0xe0, rows))
            mstore(add(b, 0xa0), mload(add(w, 0x60)))
            mstore(add(b, 0xc0), add(0xe0, shl(1, rows)))
            let t := add(b, 0xe0)
            mstore(t, n)
            calldatacopy(add(t, 0x20), contributors.offset, shl(5, n))
            t := add(t, rows)
            mstore(t, n)
            calldatacopy(add(t, 0x20), payouts.offset, shl(5, n))
            t := add(t, rows)
            mcopy(t, comms, shl(5, add(m, 1)))
            gamma := mod(keccak256(b, sub(add(t, shl(5, add(m, 1))), b)), R)
        }
    }

    /// @dev keccak256(abi.encode(uint256(epoch), commitment, dataFee, contributors, payouts))
    /// mod R, the gamma of `settle`, encoded by hand as _attributedGamma is.
    function _rowsGamma(
        uint64 epoch,
        uint256 commitment,
        uint256 dataFee,
        address[] calldata contributors,
        uint256[] calldata payouts
    ) internal pure returns (uint256 gamma) {
        assembly ("memory-safe") {
            let n := contributors.length
            let b := mload(0x40)
            mstore(b, epoch)
            mstore(add(b, 0x20), commitment)
            mstore(add(b, 0x40), dataFee)
            let rows := shl(5, add(n, 1))
            mstore(add(b, 0x60), 0xa0)
            mstore(add(b, 0x80), add(0xa0, rows))
            let t := add(b, 0xa0)
            mstore(t, n)
            calldatacopy(add(t, 0x20), contributors.offset, shl(5, n))
            t := add(t, rows)
            mstore(t, n)
            calldatacopy(add(t, 0x20), payouts.offset, shl(5, n))
            gamma := mod(keccak256(b, sub(add(t, rows), b)), R)
        }
    }

    /// @dev The attested commitments of `ids`, which must be strictly ascending and attested.
    function _attestedCommitments(bytes32[] calldata ids) internal view returns (uint256[] memory comms) {
        comms = new uint256[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            bytes32 id = ids[i];
            if (i != 0 && id <= ids[i - 1]) revert RecordsNotAscending(i, id);
            uint256 c = attestations[id].commitment;
            if (c == 0) revert RecordNotAttested(id);
            comms[i] = c;
        }
    }

    /// @notice The owner, protocol and data shares of a total fee under the current fee rule:
    /// owner = floor(F·ownerBps/1e4), protocol = floor(F·protocolBps/1e4), data = the rest.
    function feeParts(uint256 totalFee) external view returns (uint256 ownerFee, uint256 protocolFee, uint256 dataFee) {
        return _feeParts(totalFee);
    }

    function _feeParts(uint256 totalFee) internal view returns (uint256 ownerFee, uint256 protocolFee, uint256 dataFee) {
        ownerFee = totalFee * _p.ownerBps / BPS;
        protocolFee = totalFee * _p.protocolBps / BPS;
        dataFee = totalFee - ownerFee - protocolFee;
    }

    function _checkEpochLength(uint64 epoch) internal view {
        uint64 last = lastSettledAt;
        if (last == 0) return;
        uint64 notBefore = last + _p.epochLength;
        if (block.timestamp < notBefore) revert TooEarly(epoch, notBefore);
    }

    /// @dev Checks the split proof; returns the sum of the payouts and their Merkle root.
    function _verifySplit(
        uint64 epoch,
        uint256 dataFee,
        uint256 commitment,
        address[] calldata contributors,
        uint256[] calldata payouts,
        bytes calldata proof
    ) internal view returns (uint256 paid, bytes32 root) {
        uint256[5] memory input;
        (input, paid, root) = _publicInputs(epoch, dataFee, commitment, contributors, payouts);
        if (paid > dataFee) revert PayoutsExceedFee(paid, dataFee);
        _verify(proof, input);
    }

    /// @notice Pays leaf `index` of `epoch`'s payouts to `account`; anyone may submit it,
    /// once the epoch's challenge window is over, while no governance challenge holds it and
    /// unless it was voided.
    function claim(uint64 epoch, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        external
        nonReentrant
    {
        EpochInfo storage e = epochs[epoch];
        bytes32 root = e.root;
        if (root == 0) revert EpochNotSettled(epoch);
        _requireClaimable(epoch, e);
        if (!_claimProof(root, index, account, amount, proof)) revert InvalidClaim(epoch, index);
        if (index < LOW_LEAVES) {
            uint88 low = e.unclaimedLow;
            uint88 lowBit = uint88(1) << index;
            if (low & lowBit == 0) revert AlreadyClaimed(epoch, index);
            e.unclaimedLow = low & ~lowBit;
        } else {
            uint256 j = index - LOW_LEAVES;
            uint256 bit = 1 << (j & 255);
            uint256 word = unclaimed[epoch][j >> 8];
            if (word & bit == 0) revert AlreadyClaimed(epoch, index);
            unclaimed[epoch][j >> 8] = word & ~bit;
        }
        emit Claimed(epoch, index, account, amount);
        if (amount != 0) token.safeTransfer(account, amount);
    }

    /// @dev Whether proof opens leaf (index, account, amount) under claim root `root`: proof
    /// is the payout tree's path, then scoresHash. The top level is always H(payoutRoot,
    /// scoresHash), so no path can climb into the scoresHash side.
    function _claimProof(bytes32 root, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        uint256 depth = proof.length;
        if (depth == 0) return false;
        --depth;
        bytes32 node = _leaf(index, account, amount);
        for (uint256 k; k < depth; ++k) {
            node = (index & 1 == 0) ? _node(node, proof[k]) : _node(proof[k], node);
            index >>= 1;
        }
        return index == 0 && _node(node, proof[depth]) == root;
    }

    function _requireClaimable(uint64 epoch, EpochInfo storage e) internal view {
        if (e.status == EpochStatus.Voided) revert EpochVoided(epoch);
        if (e.openChallenges != 0) revert EpochDisputed(epoch);
        if (block.timestamp < e.claimableAt) revert ChallengeWindowOpen(epoch, e.claimableAt);
    }

    /// @notice Whether leaf `index` of a settled `epoch` has been claimed.
    function isClaimed(uint64 epoch, uint256 index) external view returns (bool) {
        EpochInfo storage e = epochs[epoch];
        if (e.status == EpochStatus.None) return false;
        if (index < LOW_LEAVES) return e.unclaimedLow & (uint88(1) << index) == 0;
        uint256 j = index - LOW_LEAVES;
        return unclaimed[epoch][j >> 8] & (1 << (j & 255)) == 0;
    }

    /// @notice The claim root of a settled epoch, keccak256(payoutRoot ‖ scoresHash) (0: not
    /// settled); the payout root itself is in the Settled event.
    function epochRoot(uint64 epoch) external view returns (bytes32) {
        return epochs[epoch].root;
    }

    /// @notice The challenge and fingerprint the proof must open to, as `settle` computes them
    /// for a data fee of `dataFee`.
    function publicInputs(
        uint64 epoch,
        uint256 dataFee,
        uint256 commitment,
        address[] calldata contributors,
        uint256[] calldata payouts
    ) external pure returns (uint256 gamma, uint256 fingerprint, bytes32 root) {
        (uint256[5] memory input,, bytes32 r) = _publicInputs(epoch, dataFee, commitment, contributors, payouts);
        return (input[3], input[4], r);
    }

    // ---------------------------------------------------------------- on-chain challenges

    /// @notice The EIP-712 digest a prover signs to state that `epoch` settles (or settled)
    /// with payout root `root`, scores commitment `commitment` and records hash `records`.
    function statementDigest(uint64 epoch, bytes32 root, uint256 commitment, bytes32 records)
        public
        view
        returns (bytes32)
    {
        return MessageHashUtils.toTypedDataHash(
            domainSeparator(), keccak256(abi.encode(EPOCH_STATEMENT_TYPEHASH, epoch, root, commitment, records))
        );
    }

    /// @notice The EIP-712 domain separator of the statements (name "poa Settlement",
    /// version "1", this chain, this contract).
    function domainSeparator() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice Proves that one prover signed two different statements about `epoch`: slashes
    /// it (once per epoch) and voids the epoch if it settled it and the epoch is voidable.
    function challengeEquivocation(
        uint64 epoch,
        Statement calldata a,
        bytes calldata sigA,
        Statement calldata b,
        bytes calldata sigB
    ) external nonReentrant {
        if (a.root == b.root && a.commitment == b.commitment && a.records == b.records) revert SameStatement();
        address signer = _signer(epoch, a, sigA);
        address signerB = _signer(epoch, b, sigB);
        if (signer != signerB) revert DifferentSigners(signer, signerB);
        _punishStatement(signer, epoch);
    }

    /// @notice Proves that the poster of `epoch` signed a statement about it other than what
    /// it settled: the same consequences as an equivocation.
    function challengeStatement(uint64 epoch, Statement calldata st, bytes calldata sig) external nonReentrant {
        EpochInfo storage e = epochs[epoch];
        if (e.status == EpochStatus.None) revert EpochNotSettled(epoch);
        if (e.root == _node(st.root, _scoresHash(st.commitment, st.records))) {
            revert StatementMatches(epoch);
        }
        address signer = _signer(epoch, st, sig);
        if (signer != e.poster) revert NotEpochPoster(epoch, signer);
        _punishStatement(signer, epoch);
    }

    /// @notice Proves that `epoch` pays for record `records[index]` whose scores are not
    /// attested: `records` are the epoch's record ids as settled (their keccak256,
    /// `commitment` and `payoutRoot`, the Settled event's root, must match the settlement's
    /// claim root). While the epoch is voidable (inside its
    /// challenge window, or held by a governance challenge) its poster is slashed and the
    /// epoch voided, as for an equivocation.
    function challengeUnproven(
        uint64 epoch,
        bytes32 payoutRoot,
        uint256 commitment,
        bytes32[] calldata records,
        uint256 index
    ) external nonReentrant {
        EpochInfo storage e = epochs[epoch];
        if (e.status == EpochStatus.None) revert EpochNotSettled(epoch);
        if (!_voidable(e)) revert NotVoidable(epoch);
        if (_node(payoutRoot, _scoresHash(commitment, keccak256(abi.encodePacked(records)))) != e.root) {
            revert RecordsMismatch(epoch);
        }
        bytes32 record = records[index];
        if (attestations[record].version != 0) revert RecordProven(epoch, record);
        address poster = e.poster;
        emit UnprovenChallenged(epoch, record, poster, msg.sender);
        (uint256 reward, uint256 toTreasury) = _slash(poster, msg.sender);
        toTreasury += _void(epoch, e);
        _payOut(msg.sender, reward, toTreasury);
    }

    function _scoresHash(uint256 commitment, bytes32 records) internal pure returns (bytes32) {
        return keccak256(abi.encode(commitment, records));
    }

    function _signer(uint64 epoch, Statement calldata st, bytes calldata sig) internal view returns (address signer) {
        ECDSA.RecoverError err;
        (signer, err,) = ECDSA.tryRecover(statementDigest(epoch, st.root, st.commitment, st.records), sig);
        if (err != ECDSA.RecoverError.NoError) revert InvalidSignature();
    }

    function _punishStatement(address signer, uint64 epoch) internal {
        if (statementSlashed[signer][epoch]) revert AlreadySlashed(signer, epoch);
        Prover storage pr = provers[signer];
        if (uint256(pr.bonded) + pr.unbonding == 0) revert NothingToSlash(signer);
        statementSlashed[signer][epoch] = true;
        emit EquivocationProven(signer, epoch, msg.sender);
        (uint256 reward, uint256 toTreasury) = _slash(signer, msg.sender);
        EpochInfo storage e = epochs[epoch];
        if (e.poster == signer && _voidable(e)) toTreasury += _void(epoch, e);
        _payOut(msg.sender, reward, toTreasury);
    }

    // ---------------------------------------------------------------- governance challenges

    /// @notice Opens a governance challenge against `prover` (for a fault the contract cannot
    /// check: a query sketch that does not recompute, an omitted candidate that outscores the
    /// M-th…), locking challengeDeposit of the caller's OPEN. A non-zero `epoch` must be
    /// settled and inside its challenge window; its claims are held until every challenge on
    /// it is resolved. The prover cannot withdraw meanwhile. `evidenceHash` and `uri` name
    /// the evidence for the vote.
    function openChallenge(address prover, uint64 epoch, bytes32 evidenceHash, string calldata uri)
        external
        nonReentrant
        returns (uint256 id)
    {
        if (prover == address(0)) revert ZeroAddress();
        if (epoch != 0) {
            EpochInfo storage e = epochs[epoch];
            if (e.status == EpochStatus.None) revert EpochNotSettled(epoch);
            if (e.status == EpochStatus.Voided) revert EpochVoided(epoch);
            if (block.timestamp >= e.claimableAt) revert ChallengeWindowClosed(epoch, e.claimableAt);
            e.openChallenges += 1;
        }
        provers[prover].pendingChallenges += 1;
        uint256 deposit = _challengeDeposit;
        id = ++challengeCount;
        challenges[id] = Challenge(msg.sender, uint96(deposit), prover, epoch, ChallengeStatus.Open, evidenceHash);
        emit ChallengeOpened(id, prover, epoch, msg.sender, deposit, evidenceHash, uri);
        token.safeTransferFrom(msg.sender, address(this), deposit);
    }

    /// @notice Resolves governance challenge `id` (the owner executes the vote). Upheld: the
    /// prover is slashed (challengerBps of it and the deposit back to the challenger, the
    /// rest to the treasury) and the epoch voided. Rejected: the deposit goes to the
    /// treasury. Either way the epoch's hold is released.
    function resolveChallenge(uint256 id, bool upheld) external onlyOwner nonReentrant {
        Challenge storage ch = challenges[id];
        if (ch.status != ChallengeStatus.Open) revert ChallengeNotOpen(id);
        ch.status = upheld ? ChallengeStatus.Upheld : ChallengeStatus.Rejected;
        address prover = ch.prover;
        uint64 epoch = ch.epoch;
        provers[prover].pendingChallenges -= 1;
        uint256 toChallenger;
        uint256 toTreasury;
        uint256 slashed;
        if (upheld) {
            (toChallenger, toTreasury) = _slash(prover, ch.challenger);
            slashed = toChallenger + toTreasury;
            toChallenger += ch.deposit;
        } else {
            toTreasury = ch.deposit;
        }
        if (epoch != 0) {
            EpochInfo storage e = epochs[epoch];
            // Held since the challenge opened inside the window: nothing was claimed.
            if (upheld && e.status == EpochStatus.Settled) toTreasury += _void(epoch, e);
            e.openChallenges -= 1;
        }
        emit ChallengeResolved(id, upheld, slashed);
        _payOut(ch.challenger, toChallenger, toTreasury);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Takes slashBps of prover's bonded + unbonding stake, bonded first; returns the
    /// challenger's reward and the treasury's part. Effects only.
    function _slash(address prover, address challenger) internal returns (uint256 reward, uint256 toTreasury) {
        Prover storage pr = provers[prover];
        uint128 bonded = pr.bonded;
        uint128 unbonding = pr.unbonding;
        uint256 amount = (uint256(bonded) + unbonding) * _p.slashBps / BPS;
        if (amount <= bonded) {
            pr.bonded = bonded - uint128(amount);
        } else {
            (pr.bonded, pr.unbonding) = (0, unbonding - uint128(amount - bonded));
        }
        reward = amount * _p.challengerBps / BPS;
        toTreasury = amount - reward;
        emit Slashed(prover, challenger, amount, reward);
    }

    /// @dev Whether an epoch can still be voided: settled, and its claims not yet open.
    function _voidable(EpochInfo storage e) internal view returns (bool) {
        return e.status == EpochStatus.Settled && (block.timestamp < e.claimableAt || e.openChallenges != 0);
    }

    /// @dev Voids a voidable epoch; returns the OPEN held for it, owed to the treasury.
    function _void(uint64 epoch, EpochInfo storage e) internal returns (uint256 paid) {
        e.status = EpochStatus.Voided;
        paid = e.paid;
        emit Voided(epoch, paid);
    }

    function _payOut(address challenger, uint256 toChallenger, uint256 toTreasury) internal {
        if (toChallenger != 0) token.safeTransfer(challenger, toChallenger);
        if (toTreasury != 0) token.safeTransfer(remainderRecipient, toTreasury);
    }

    /// @dev Effects of a verified settlement: epoch record, last epoch and time, claim bits,
    /// the poster's stake lock, the event.
    function _record(uint64 epoch, uint256 totalFee, Statement memory st, uint256 n, uint256 dataFee, uint256 paid)
        internal
    {
        uint64 claimableAt = uint64(block.timestamp) + _p.challengeWindow;
        epochs[epoch] = EpochInfo(
            _node(st.root, _scoresHash(st.commitment, st.records)),
            msg.sender,
            uint96(paid),
            uint64(block.timestamp),
            claimableAt,
            EpochStatus.Settled,
            0,
            type(uint88).max
        );
        lastEpoch = epoch;
        lastSettledAt = uint64(block.timestamp);
        _lock(claimableAt);
        if (n > LOW_LEAVES) {
            mapping(uint256 => uint256) storage bits = unclaimed[epoch];
            for (uint256 w; w < (n - LOW_LEAVES + 255) >> 8; ++w) {
                bits[w] = type(uint256).max;
            }
        }
        emit Settled(epoch, msg.sender, st.root, n, totalFee, dataFee, paid, st.commitment, st.records, claimableAt);
    }

    /// @dev The verifier's public inputs (epoch, commitment, dataFee, gamma, fingerprint), the sum
    /// of the payouts and their Merkle root.
    function _publicInputs(
        uint64 epoch,
        uint256 dataFee,
        uint256 commitment,
        address[] calldata contributors,
        uint256[] calldata payouts
    ) internal pure returns (uint256[5] memory input, uint256 paid, bytes32 root) {
        uint256 gamma = _rowsGamma(epoch, commitment, dataFee, contributors, payouts);
        uint256 fp;
        (fp, paid, root) = _fingerprintAndRoot(contributors, payouts, gamma);
        input = [uint256(epoch), commitment, dataFee, gamma, fp];
    }

    function _verify(bytes calldata proof, uint256[5] memory input) internal view {
        if (backend == Backend.Groth16) {
            try IGroth16Verifier(verifier).verifyProof(proof, input) {}
            catch {
                revert InvalidProof();
            }
        } else {
            uint256[] memory pi = new uint256[](5);
            for (uint256 k; k < 5; ++k) {
                pi[k] = input[k];
            }
            bool ok;
            try IPlonkVerifier(verifier).Verify(proof, pi) returns (bool res) {
                ok = res;
            } catch {}
            if (!ok) revert InvalidProof();
        }
    }

    /// @dev fingerprint = sum_i addr_i*gamma^(2i+1) + payout_i*gamma^(2i+2) mod R, paid = sum_i
    /// payout_i (checked: Panic 0x11 on overflow), root = Merkle root of the leaves (see the
    /// contract comment). Reverts with no data on an address word with dirty upper bits (as
    /// Solidity's calldata access would). One pass over the rows in assembly, the tree built
    /// in place in scratch memory past the free memory pointer (nothing is allocated).
    function _fingerprintAndRoot(address[] calldata contributors, uint256[] calldata payouts, uint256 gamma)
        internal
        pure
        returns (uint256 fp, uint256 paid, bytes32 root)
    {
        uint256 n = contributors.length;
        if (n == 0) return (0, 0, EMPTY_ROOT);
        assembly ("memory-safe") {
            let level := mload(0x40)
            let end := add(level, shl(5, n))
            let buf := end // the 96-byte leaf preimage, past the level array
            let c := contributors.offset
            let d := sub(payouts.offset, c) // payout i's word is contributor i's plus d
            let p := gamma
            let q := R // once: a constant in assembly is re-read from code at every use
            for { let w := level } lt(w, end) { w := add(w, 0x20) } {
                let a := calldataload(c)
                if shr(160, a) { revert(0, 0) }
                let v := calldataload(add(c, d))
                paid := add(paid, v)
                if lt(paid, v) {
                    mstore(0, shl(224, 0x4e487b71))
                    mstore(4, 0x11)
                    revert(0, 0x24)
                }
                fp := addmod(fp, mulmod(a, p, q), q)
                p := mulmod(p, gamma, q)
                fp := addmod(fp, mulmod(v, p, q), q)
                p := mulmod(p, gamma, q)
                mstore(buf, shr(5, sub(w, level)))
                mstore(add(buf, 0x20), a)
                mstore(add(buf, 0x40), v)
                mstore(w, keccak256(buf, 0x60))
                c := add(c, 0x20)
            }
            // Each level in place: node j = H(2j, 2j+1), an odd last node paired with 0.
            for { let m := n } gt(m, 1) { m := shr(1, add(m, 1)) } {
                let src := level
                let dst := level
                for { let pairs := add(level, shl(6, shr(1, m))) } lt(src, pairs) {} {
                    mstore(0x00, mload(src))
                    mstore(0x20, mload(add(src, 0x20)))
                    mstore(dst, keccak256(0x00, 0x40))
                    src := add(src, 0x40)
                    dst := add(dst, 0x20)
                }
                if and(m, 1) {
                    mstore(0x00, mload(src))
                    mstore(0x20, 0)
                    mstore(dst, keccak256(0x00, 0x40))
                }
            }
            root := mload(level)
        }
    }

    function _leaf(uint256 i, address a, uint256 v) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, i)
            mstore(add(ptr, 0x20), a)
            mstore(add(ptr, 0x40), v)
            h := keccak256(ptr, 0x60)
        }
    }

    function _node(bytes32 l, bytes32 r) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, l)
            mstore(0x20, r)
            h := keccak256(0x00, 0x40)
        }
    }
}
