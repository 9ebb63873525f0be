// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IGroth16Verifier, IPlonkVerifier, IScoreVerifier} from "./IVerifiers.sol";

/// @title Settlement: verifies poa's reward-split proofs and pays contributors in OPEN.
/// @notice One settlement per epoch. The poster sends the epoch's data fee split
/// (contributors, payouts) with a zk proof; the contract recomputes the challenge gamma and
/// the payout fingerprint from calldata (docs/settlement-abi.md), verifies the proof with 5
/// constant public inputs, pulls the fee from the poster, pays the remainder to
/// `remainderRecipient` and records a keccak Merkle root of the payouts. Contributors (or
/// anyone on their behalf) then `claim` with a Merkle proof.
///
/// Merkle tree: leaf_i = keccak256(abi.encode(uint256 i, address account, uint256 amount))
/// (96-byte preimage); node = keccak256(left ‖ right) (64-byte preimage); a level of odd size
/// pairs its last node with bytes32(0). A leaf can never equal an inner node (preimage lengths
/// differ) and a position past the end hangs under a zero sibling, so only real leaves verify.
///
/// Attribution evidence: posters (or the owner) publish per adapter the Poseidon2 Merkle roots
/// of its training data's gradient sketches and of its tokenized corpus, with the verifier of
/// its score proofs (`registerEvidence`; each publication bumps the adapter's version). A poster
/// then attests an inference record's per-contributor scores (`attestScores`) with a proof over
/// (sketchRoot, queryHash, commitment) checked against the adapter's current evidence; the
/// attestation keeps the evidence version it was verified against. Neither moves funds.
///
/// Governance (the owner) sets the verifier, the poster allow-list and the remainder
/// recipient. It has no function that moves settled funds.
contract Settlement is Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The BN254 scalar field order r.
    uint256 public constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice The root recorded for an epoch settled with no contributors.
    bytes32 public constant EMPTY_ROOT = keccak256("poa.settlement.empty");

    enum Backend {
        Groth16,
        Plonk
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
    /// verified against, the proven queryHash and scores commitment, and the block of the
    /// attestation (version 0: not attested).
    struct Attestation {
        bytes32 adapter;
        uint256 queryHash;
        uint256 commitment;
        uint64 version;
        uint64 blockNumber;
    }

    /// @notice The OPEN token payouts are made in.
    IERC20 public immutable token;

    // One slot, read and written by every settlement.
    address public verifier;
    Backend public backend;
    uint64 public lastEpoch;

    address public remainderRecipient;
    mapping(address => bool) public isPoster;

    /// @notice Merkle root of the payouts of each settled epoch (0: not settled).
    mapping(uint64 => bytes32) public epochRoot;
    /// @dev unclaimed[epoch][w] bit b is set while leaf 256*w+b is unclaimed. Settlement
    /// pre-sets the words so that a claim only flips a bit in a warm-able non-zero slot.
    mapping(uint64 => mapping(uint256 => uint256)) internal unclaimed;

    mapping(bytes32 => bytes32) public datanetRoot;
    mapping(bytes32 => bytes32) public modelRoot;

    /// @notice Attribution evidence by adapter id (keccak256 of the adapter's name).
    mapping(bytes32 => Evidence) public evidence;
    /// @notice Attested scores by record id.
    mapping(bytes32 => Attestation) public attestations;

    /// @notice An epoch settled; the remainder dataFee - paid went to remainderRecipient.
    event Settled(
        uint64 indexed epoch,
        address indexed poster,
        bytes32 root,
        uint256 contributors,
        uint256 dataFee,
        uint256 paid,
        uint256 commitment
    );
    event Claimed(uint64 indexed epoch, uint256 index, address indexed account, uint256 amount);
    event VerifierChanged(address verifier, Backend backend);
    event PosterSet(address indexed poster, bool allowed);
    event RemainderRecipientChanged(address recipient);
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
        bytes32 indexed record, bytes32 indexed adapter, uint256 queryHash, uint256 commitment, uint64 version
    );

    error NotPoster(address sender);
    error LengthMismatch(uint256 contributors, uint256 payouts);
    error EpochAlreadySettled(uint64 epoch);
    error WrongEpoch(uint64 epoch, uint64 lastEpoch);
    error FeeOutOfRange(uint256 dataFee);
    error CommitmentOutOfField(uint256 commitment);
    error PayoutsExceedFee(uint256 paid, uint256 dataFee);
    error InvalidProof();
    error EpochNotSettled(uint64 epoch);
    error AlreadyClaimed(uint64 epoch, uint256 index);
    error InvalidClaim(uint64 epoch, uint256 index);
    error ZeroAddress();
    error InvalidSketchRoot(uint256 sketchRoot);
    error InvalidCorpusRoot(uint256 corpusRoot);
    error NotAContract(address account);
    error EvidenceNotRegistered(bytes32 adapter);
    error AlreadyAttested(bytes32 record);
    error QueryHashOutOfField(uint256 queryHash);
    error InvalidScoreProof(bytes32 adapter, uint64 version);

    constructor(IERC20 token_, address verifier_, Backend backend_, address recipient_, address owner_)
        Ownable(owner_)
    {
        if (address(token_) == address(0) || verifier_ == address(0) || recipient_ == address(0)) {
            revert ZeroAddress();
        }
        token = token_;
        verifier = verifier_;
        backend = backend_;
        remainderRecipient = recipient_;
        emit VerifierChanged(verifier_, backend_);
        emit RemainderRecipientChanged(recipient_);
    }

    // ---------------------------------------------------------------- governance

    function setVerifier(address verifier_, Backend backend_) external onlyOwner {
        if (verifier_ == address(0)) revert ZeroAddress();
        verifier = verifier_;
        backend = backend_;
        emit VerifierChanged(verifier_, backend_);
    }

    function setPoster(address poster, bool allowed) external onlyOwner {
        isPoster[poster] = allowed;
        emit PosterSet(poster, allowed);
    }

    function setRemainderRecipient(address recipient) external onlyOwner {
        if (recipient == address(0)) revert ZeroAddress();
        remainderRecipient = recipient;
        emit RemainderRecipientChanged(recipient);
    }

    // ---------------------------------------------------------------- registry

    modifier onlyPosterOrOwner() {
        if (!isPoster[msg.sender] && msg.sender != owner()) revert NotPoster(msg.sender);
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
    /// open against and their verifier. Each call bumps the version (the first is 1).
    function registerEvidence(bytes32 adapter, uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier)
        external
        onlyPosterOrOwner
    {
        if (sketchRoot == 0 || sketchRoot >= R) revert InvalidSketchRoot(sketchRoot);
        if (corpusRoot == 0 || corpusRoot >= R) revert InvalidCorpusRoot(corpusRoot);
        if (scoreVerifier == address(0)) revert ZeroAddress();
        // A call to an address without code would revert outside attestScores' try/catch.
        if (scoreVerifier.code.length == 0) revert NotAContract(scoreVerifier);
        uint64 version = evidence[adapter].version + 1;
        evidence[adapter] = Evidence(sketchRoot, corpusRoot, scoreVerifier, version);
        emit EvidenceRegistered(adapter, sketchRoot, corpusRoot, scoreVerifier, version, msg.sender);
    }

    /// @notice Attests the per-contributor scores of inference `record`: verifies `proof` of
    /// (sketchRoot, queryHash, commitment) with the adapter's current evidence and records it.
    /// A record is attested once.
    function attestScores(bytes32 record, bytes32 adapter, uint256 queryHash, uint256 commitment, bytes calldata proof)
        external
    {
        if (!isPoster[msg.sender]) revert NotPoster(msg.sender);
        if (attestations[record].version != 0) revert AlreadyAttested(record);
        Evidence storage ev = evidence[adapter];
        uint64 version = ev.version;
        if (version == 0) revert EvidenceNotRegistered(adapter);
        if (queryHash >= R) revert QueryHashOutOfField(queryHash);
        if (commitment >= R) revert CommitmentOutOfField(commitment);
        try IScoreVerifier(ev.scoreVerifier).verifyProof(proof, [ev.sketchRoot, queryHash, commitment]) {}
        catch {
            revert InvalidScoreProof(adapter, version);
        }
        attestations[record] = Attestation(adapter, queryHash, commitment, version, uint64(block.number));
        emit ScoresAttested(record, adapter, queryHash, commitment, version);
    }

    /// @notice Whether `record`'s scores have been attested.
    function isAttested(bytes32 record) external view returns (bool) {
        return attestations[record].version != 0;
    }

    // ---------------------------------------------------------------- settlement

    /// @notice Settles `epoch`: verifies the proof of the split of `dataFee` into `payouts`,
    /// pulls sum(payouts) and the remainder from the poster (who must have approved `dataFee`)
    /// and records the payouts' Merkle root for claims.
    function settle(
        uint64 epoch,
        uint256 dataFee,
        uint256 commitment,
        address[] calldata contributors,
        uint256[] calldata payouts,
        bytes calldata proof
    ) external nonReentrant {
        if (!isPoster[msg.sender]) revert NotPoster(msg.sender);
        if (payouts.length != contributors.length) revert LengthMismatch(contributors.length, payouts.length);
        if (epochRoot[epoch] != 0) revert EpochAlreadySettled(epoch);
        if (epoch <= lastEpoch) revert WrongEpoch(epoch, lastEpoch);
        if (dataFee >> 96 != 0) revert FeeOutOfRange(dataFee);
        if (commitment >= R) revert CommitmentOutOfField(commitment);

        uint256 paid;
        {
            uint256[5] memory input;
            bytes32 root;
            (input, paid, root) = _publicInputs(epoch, dataFee, commitment, contributors, payouts);
            if (paid > dataFee) revert PayoutsExceedFee(paid, dataFee);
            _verify(proof, input);
            _record(epoch, root, contributors.length, dataFee, paid, commitment);
        }

        // Interactions (OPEN is a plain OpenZeppelin ERC-20: no hooks).
        if (paid != 0) token.safeTransferFrom(msg.sender, address(this), paid);
        if (dataFee != paid) token.safeTransferFrom(msg.sender, remainderRecipient, dataFee - paid);
    }

    /// @notice Pays leaf `index` of `epoch`'s payouts to `account`; anyone may submit it.
    function claim(uint64 epoch, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        external
        nonReentrant
    {
        bytes32 root = epochRoot[epoch];
        if (root == 0 || root == EMPTY_ROOT) revert EpochNotSettled(epoch);
        bytes32 node = _leaf(index, account, amount);
        uint256 idx = index;
        for (uint256 k; k < proof.length; ++k) {
            node = (idx & 1 == 0) ? _node(node, proof[k]) : _node(proof[k], node);
            idx >>= 1;
        }
        if (idx != 0 || node != root) revert InvalidClaim(epoch, index);
        uint256 w = index >> 8;
        uint256 bit = 1 << (index & 255);
        uint256 word = unclaimed[epoch][w];
        if (word & bit == 0) revert AlreadyClaimed(epoch, index);
        unclaimed[epoch][w] = word & ~bit;
        emit Claimed(epoch, index, account, amount);
        if (amount != 0) token.safeTransfer(account, amount);
    }

    /// @notice Whether leaf `index` of a settled `epoch` has been claimed.
    function isClaimed(uint64 epoch, uint256 index) external view returns (bool) {
        if (epochRoot[epoch] == 0) return false;
        return unclaimed[epoch][index >> 8] & (1 << (index & 255)) == 0;
    }

    /// @notice The challenge and fingerprint the proof must open to, as `settle` computes them.
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

    // ---------------------------------------------------------------- internals

    /// @dev Effects of a verified settlement: root, last epoch, claim bits, event.
    function _record(uint64 epoch, bytes32 root, uint256 n, uint256 dataFee, uint256 paid, uint256 commitment)
        internal
    {
        epochRoot[epoch] = root;
        lastEpoch = epoch;
        mapping(uint256 => uint256) storage bits = unclaimed[epoch];
        for (uint256 w; w < (n + 255) >> 8; ++w) {
            bits[w] = type(uint256).max;
        }
        emit Settled(epoch, msg.sender, root, n, dataFee, paid, commitment);
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
        uint256 gamma =
            uint256(keccak256(abi.encode(uint256(epoch), commitment, dataFee, contributors, payouts))) % R;
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
    /// payout_i (checked), root = Merkle root of the leaves.
    function _fingerprintAndRoot(address[] calldata contributors, uint256[] calldata payouts, uint256 gamma)
        internal
        pure
        returns (uint256 fp, uint256 paid, bytes32 root)
    {
        uint256 n = contributors.length;
        if (n == 0) return (0, 0, EMPTY_ROOT);
        bytes32[] memory level = new bytes32[](n);
        uint256 p = gamma;
        for (uint256 i; i < n; ++i) {
            address a = contributors[i];
            uint256 v = payouts[i];
            paid += v;
            unchecked {
                fp = addmod(fp, mulmod(uint256(uint160(a)), p, R), R);
                p = mulmod(p, gamma, R);
                fp = addmod(fp, mulmod(v, p, R), R);
                p = mulmod(p, gamma, R);
                level[i] = _leaf(i, a, v);
            }
        }
        unchecked {
            uint256 m = n;
            while (m > 1) {
                uint256 half = (m + 1) >> 1;
                for (uint256 j; j < half; ++j) {
                    uint256 l = 2 * j;
                    level[j] = _node(level[l], l + 1 < m ? level[l + 1] : bytes32(0));
                }
                m = half;
            }
        }
        root = level[0];
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
