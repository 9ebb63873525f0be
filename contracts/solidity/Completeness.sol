// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IScanVerifier} from "./IVerifiers.sol";

/// @notice What Completeness reads from the Settlement: a record's attestation and the
/// evidence version it was attested under (the Settlement's public getters).
interface ISettlementRecords {
    function attestations(bytes32 record)
        external
        view
        returns (
            bytes32 adapter,
            uint256 queryHash,
            uint256 commitment,
            uint256 outputHash,
            uint64 version,
            uint64 blockNumber,
            uint64 epoch,
            uint64 challengeableUntil,
            address poster,
            bytes32 proofHash
        );

    function evidenceAt(bytes32 adapter, uint64 version)
        external
        view
        returns (uint256 sketchRoot, uint256 corpusRoot, address scoreVerifier, uint64 version_);
}

/// @title Completeness: on-chain proofs that an attested record's scores cover the true top M.
/// @notice A score proof (Settlement.attestScores) shows that a record's scores are the exact
/// scores of the candidates it names; it does not show that no other leaf of the adapter's
/// sketch tree scores higher. A completeness proof does: the scan circuit
/// (docs/proofs.md, "Completeness by scan") goes over every leaf of the committed tree and
/// proves that the record's commitment is the per-contributor aggregation over the top M
/// eligible leaves by exact integer score (ties to the lower leaf), the leaves the
/// exclusion bitmap marks not eligible (not trained on) aside.
///
/// `attestComplete` takes such a proof for a record the Settlement has attested (verified or
/// posted optimistically): it reads the record's queryHash and commitment and the sketch
/// root of the evidence version the record was attested under, and runs a
/// governance-allowed scan verifier on (sketchRoot, queryHash, commitment, excluded). Anyone
/// may call it: the proof is the authority. `excluded` is the hash of the exclusion bitmap,
/// recomputable off-chain from the training data.
///
/// A proof is kept with a hash of the statement it proved (sketchRoot, queryHash,
/// commitment). `isComplete` holds while the record's current attestation still has that
/// statement and the verifier is still allowed: a record whose optimistic attestation was
/// challenged away and posted again with other values, or whose verifier governance
/// withdrew, is no longer complete and may be proven again. Otherwise a record is proven
/// once (AlreadyProvenComplete).
///
/// Governance (the owner, the Settlement's owner at deployment) allows and withdraws scan
/// verifiers. Completeness holds no funds and changes nothing in the Settlement.
contract Completeness is Ownable2Step {
    /// @notice BN254's scalar field order r: public inputs must be below it.
    uint256 public constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice A record's completeness proof: the scan verifier that accepted it, the
    /// exclusion hash it was proven with, the block it was proven in (0: never proven) and
    /// keccak256(abi.encode(sketchRoot, queryHash, commitment)) of the statement proven.
    struct Complete {
        address verifier;
        uint64 blockNumber;
        uint256 excluded;
        bytes32 statement;
    }

    /// @notice The Settlement whose attestations are proven complete.
    ISettlementRecords public immutable settlement;

    /// @notice Scan verifiers governance allows in attestComplete.
    mapping(address => bool) public isScanVerifier;

    /// @notice Each record's completeness proof (blockNumber 0: none). See isComplete for
    /// whether it still holds.
    mapping(bytes32 => Complete) public complete;

    event ScanVerifierSet(address indexed verifier, bool allowed);
    event CompletenessProven(
        bytes32 indexed record, bytes32 indexed adapter, address verifier, uint256 excluded, address indexed prover
    );

    error ZeroAddress();
    error NotAContract(address account);
    error RecordNotAttested(bytes32 record);
    error ScanVerifierNotAllowed(address verifier);
    error ExcludedOutOfField(uint256 excluded);
    error AlreadyProvenComplete(bytes32 record);
    error InvalidCompletenessProof(bytes32 record);

    /// @param settlement_ the Settlement (its attestations and evidence are read).
    /// @param owner_ governance: the Settlement's owner (a TimelockController in the full
    /// deployment).
    /// @param scanVerifiers_ scan verifier contracts allowed from the start.
    constructor(address settlement_, address owner_, address[] memory scanVerifiers_) Ownable(owner_) {
        if (settlement_ == address(0)) revert ZeroAddress();
        if (settlement_.code.length == 0) revert NotAContract(settlement_);
        settlement = ISettlementRecords(settlement_);
        for (uint256 i; i < scanVerifiers_.length; ++i) {
            _setScanVerifier(scanVerifiers_[i], true);
        }
    }

    /// @notice Allows (or stops allowing) a scan verifier contract. Withdrawing one ends
    /// isComplete for the records it proved.
    function setScanVerifier(address verifier, bool allowed) external onlyOwner {
        _setScanVerifier(verifier, allowed);
    }

    function _setScanVerifier(address verifier, bool allowed) internal {
        if (verifier == address(0)) revert ZeroAddress();
        // A call to an address without code would revert outside the try/catch around it.
        if (allowed && verifier.code.length == 0) revert NotAContract(verifier);
        isScanVerifier[verifier] = allowed;
        emit ScanVerifierSet(verifier, allowed);
    }

    /// @notice Proves `record`'s attested scores complete: verifies `proof` with the allowed
    /// scan `verifier` on (sketchRoot of the evidence version the record was attested under,
    /// the attested queryHash, the attested commitment, `excluded`) and records it.
    function attestComplete(bytes32 record, address verifier, uint256 excluded, bytes calldata proof) external {
        if (!isScanVerifier[verifier]) revert ScanVerifierNotAllowed(verifier);
        if (excluded >= R) revert ExcludedOutOfField(excluded);
        (bytes32 adapter, uint256 sketchRoot, uint256 queryHash, uint256 commitment) = _attested(record);
        bytes32 statement = keccak256(abi.encode(sketchRoot, queryHash, commitment));
        Complete storage c = complete[record];
        if (c.blockNumber != 0 && c.statement == statement && isScanVerifier[c.verifier]) {
            revert AlreadyProvenComplete(record);
        }
        try IScanVerifier(verifier).verifyProof(proof, [sketchRoot, queryHash, commitment, excluded]) {}
        catch {
            revert InvalidCompletenessProof(record);
        }
        complete[record] = Complete(verifier, uint64(block.number), excluded, statement);
        emit CompletenessProven(record, adapter, verifier, excluded, msg.sender);
    }

    /// @notice Whether `record`'s current attestation is proven complete: a proof was
    /// accepted for its statement (sketch root, query hash, commitment as attested now) and
    /// its verifier is still allowed.
    function isComplete(bytes32 record) external view returns (bool) {
        Complete storage c = complete[record];
        if (c.blockNumber == 0 || !isScanVerifier[c.verifier]) return false;
        (bool attested,, uint256 sketchRoot, uint256 queryHash, uint256 commitment) = _peek(record);
        return attested && c.statement == keccak256(abi.encode(sketchRoot, queryHash, commitment));
    }

    /// @dev The record's adapter, the sketch root of the evidence version it was attested
    /// under, its query hash and commitment; reverts with RecordNotAttested when the
    /// Settlement holds no attestation of it.
    function _attested(bytes32 record)
        internal
        view
        returns (bytes32 adapter, uint256 sketchRoot, uint256 queryHash, uint256 commitment)
    {
        bool attested;
        (attested, adapter, sketchRoot, queryHash, commitment) = _peek(record);
        if (!attested) revert RecordNotAttested(record);
    }

    /// @dev _attested without the revert (attested false: the rest is zero).
    function _peek(bytes32 record)
        internal
        view
        returns (bool attested, bytes32 adapter, uint256 sketchRoot, uint256 queryHash, uint256 commitment)
    {
        uint64 version;
        (adapter, queryHash, commitment,, version,,,,,) = settlement.attestations(record);
        if (version == 0) return (false, 0, 0, 0, 0);
        (sketchRoot,,,) = settlement.evidenceAt(adapter, version);
        attested = true;
    }
}
