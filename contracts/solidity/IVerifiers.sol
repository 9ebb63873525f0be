// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The gnark-exported Groth16 verifier of the RewardSplit circuit (5 public inputs).
/// It reverts on an invalid proof and returns nothing.
interface IGroth16Verifier {
    function verifyProof(bytes calldata proof, uint256[5] calldata input) external view;
}

/// @notice The gnark-exported PLONK verifier. It returns false on an invalid proof.
interface IPlonkVerifier {
    function Verify(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool);
}

/// @notice A gnark-exported Groth16 verifier of per-inference score proofs (5 public inputs:
/// sketchRoot, queryHash, commitment, corpusRoot, outputHash). It reverts on an invalid proof
/// and returns nothing.
interface IScoreVerifier {
    function verifyProof(bytes calldata proof, uint256[5] calldata input) external view;
}

/// @notice A gnark-exported Groth16 verifier of an attributed reward split (the split with
/// its epoch scores proven from the epoch's attested records; 4 public inputs: commitment,
/// gamma, fingerprint (payouts, data fee and record commitments at disjoint powers of gamma),
/// recordDigest; epoch and dataFee are private, bound through gamma). One per shape
/// (contributors N, record slots R, rows per record C). It reverts on an invalid proof.
interface IAttributedVerifier {
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view;
}

/// @notice A gnark-exported Groth16 verifier of the completeness scan circuit (4 public
/// inputs: sketchRoot, queryHash, commitment, excluded): every leaf of the committed sketch
/// tree scanned, the commitment the per-contributor aggregation over the true top M eligible
/// leaves. One per shape (slots N, dimension K, depth D, top M, rows R). It reverts on an
/// invalid proof and returns nothing.
interface IScanVerifier {
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view;
}
