// Package contracts holds poa's settlement layer: the Solidity sources (solidity/), their
// compiled artifacts (artifacts/) and Go bindings (bindings/), and the Go side that
// deploys them, posts epoch settlements, claims payouts and reads the chain, over
// go-ethereum's in-process simulated backend (the embedded chain) or any JSON-RPC
// endpoint.
//
// # Contracts
//
//   - OPEN: OpenZeppelin ERC-20, 1,000,000,000 × 10^18 base units, 18 decimals, minted once.
//   - Settlement: settle(epoch, dataFee, commitment, contributors, payouts, proof) checks the
//     poster allow-list, replay (an epoch settles once) and epoch order (strictly above the
//     last settled epoch), recomputes γ and the payout fingerprint from calldata
//     (docs/settlement-abi.md), calls the verifier with 5 constant public inputs, builds a
//     keccak Merkle root of the payouts on-chain, pulls Σ payouts into the contract and the
//     remainder to remainderRecipient with transferFrom from the poster, and lets anyone
//     claim a leaf for its account with a Merkle proof (pull payments, transient
//     reentrancy guard, checks-effects-interactions). The owner sets verifier, posters and
//     recipient; no owner function moves settled funds.
//   - Settlement also holds the attribution evidence registry. registerEvidence(adapter,
//     sketchRoot, corpusRoot, scoreVerifier) (a poster or the owner) publishes an adapter's
//     Poseidon2 Merkle roots of its gradient sketches and of its tokenized corpus (field
//     elements, non-zero, below r) and the verifier of its score proofs (a contract); each
//     publication bumps the adapter's version (the first is 1) and emits
//     EvidenceRegistered, so re-published roots stay on record. attestScores(record,
//     adapter, queryHash, commitment, proof) (a poster) verifies a per-inference score
//     proof on [sketchRoot, queryHash, commitment] with the adapter's current evidence and
//     records, once per record, the adapter, queryHash, commitment, evidence version and
//     block (ScoresAttested). Neither moves funds; settle is unaffected.
//   - The verifiers: gnark's exported Groth16 (reverts on a bad proof) and PLONK (returns
//     false; the settlement requires true) verifiers of settlements (Verifiers), and
//     Groth16 score verifiers with 3 public inputs (ScoreVerifiers; deployed with
//     DeployVerifier). Package fixture provides small real ones for tests and gas
//     measurements (FixtureGroth16Verifier, FixturePlonkVerifier, FixtureScoreVerifier).
//
// # Units and encodings
//
// Fees and payouts are OPEN base units (10^-18 OPEN) as *big.Int, below 2^96; addresses
// as field elements are their big-endian 160-bit integers; r is the BN254 scalar field
// order (R). Gamma, Fingerprint and MerkleTree compute in Go exactly what the contract
// computes (tests compare them with the contract's publicInputs view). An adapter's id in
// the evidence registry is AdapterID(name) = keccak256 of the name's UTF-8 bytes; a
// record's id is a bytes32 chosen by the poster, attested once.
//
// # Errors
//
// A transaction the contract would reject fails at gas estimation and nothing is sent:
// the error wraps ErrReverted and, through errors.As, a *RevertError naming the custom
// error (InvalidProof, EpochAlreadySettled, WrongEpoch, NotPoster, PayoutsExceedFee,
// ERC20InsufficientBalance, AlreadyClaimed, EvidenceNotRegistered, AlreadyAttested,
// InvalidScoreProof, …), whose text shows its arguments, bytes32 ids in hex (e.g.
// "reverted: EvidenceNotRegistered(0x…)"). A value that is not a uint256 (nil, negative)
// fails with ErrUint256 before anything is sent. Mismatched slice lengths and out-of-range
// Merkle indexes are programmer errors and panic.
//
// # Gas
//
// go-ethereum v1.17.10's simulated backend enables the draft Bogota fork (EIP-8037/8038
// state-gas repricing) by default; NewSimulated turns it off so that gas matches Osaka,
// the rules of current L2s. Transactions are capped at TxGasCap (EIP-7825).
package contracts
