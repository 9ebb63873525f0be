// Package contracts holds poa's settlement layer: the Solidity sources (solidity/), their
// compiled artifacts (artifacts/) and Go bindings (bindings/), and the Go side that
// deploys them, posts epoch settlements, claims payouts and reads the chain, over
// go-ethereum's in-process simulated backend (the embedded chain) or any JSON-RPC
// endpoint.
//
// # Contracts
//
//   - OPEN: OpenZeppelin ERC-20 + ERC20Permit ("OpenLedger", version "1"), 1,000,000,000 ×
//     10^18 base units, 18 decimals, minted once in the constructor into holders/amounts (the
//     genesis vaults: AllocationLengthMismatch, AllocationZeroHolder, AllocationSumMismatch).
//   - VestingVault: OpenZeppelin 5.4 VestingWallet as is (package tokenomics deploys one per
//     vesting allocation, starting at TGE + cliff).
//   - Settlement: settle(epoch, totalFee, commitment, contributors, payouts, proof) is open
//     to any prover with at least minStake OPEN bonded (isPoster). It checks replay (an
//     epoch settles once), epoch order (strictly above the last settled epoch) and the
//     minimum time since the last settlement (epochLength), splits totalFee F by the
//     governed fee rule (owner = ⌊F·ownerBps/10⁴⌋, protocol = ⌊F·protocolBps/10⁴⌋, dataFee
//     = F − owner − protocol: FeeRule.Parts, settlement.FeeRule's split), recomputes γ and
//     the payout fingerprint over dataFee from calldata (docs/settlement-abi.md), calls the
//     verifier with 5 constant public inputs, builds a keccak Merkle root of the payouts
//     on-chain and stores ClaimRoot(payout root, ScoresHash) in one slot, pulls Σ payouts, the remainder and the protocol share into the contract
//     with one transferFrom from the poster, who keeps the owner share (the model owner's, collected off-chain). Claims (pull payments, anyone
//     may push one) open one challengeWindow after the settlement, while no governance
//     challenge holds the epoch and unless it was voided; a claim proof is the payout
//     path then the scores hash (MerkleTree.ClaimProof). The remainders and protocol
//     shares accrue in the contract for the treasury (TreasuryOwed); anyone sends
//     sweepTreasury() (SweepTreasury) to pay them to remainderRecipient.
//   - Staking: stake(amount), requestUnstake(amount) (withdrawable one challengeWindow
//     later; a further request adds and restarts the delay), withdrawUnstaked() (also
//     waits for the challenge windows of what the prover posted and for its pending
//     governance challenges). A proven fault slashes slashBps of bonded + unbonding
//     (bonded first); challengerBps of the slash goes to the challenger, the rest to the
//     treasury (OPEN has a fixed supply and no burn). A fault found while the epoch's
//     claims are closed voids the epoch: its payouts go to the treasury (nothing was
//     claimed; the poster was the cheater) and the contributors are paid by a fresh honest
//     settlement of a new epoch that refiles the records.
//   - Challenges checked on-chain: challengeEquivocation (one prover signed two different
//     EIP-712 EpochStatements for an epoch; SignEpochStatement), challengeStatement (the
//     poster signed a statement other than what it settled), challengeScores (an
//     optimistic postScores whose proof the adapter's score verifier rejects). Each
//     offence is slashed once. Governance challenges (what the chain cannot check: a query
//     sketch that does not recompute, an omitted candidate): openChallenge locks
//     challengeDeposit and holds the epoch; resolveChallenge (the owner: a timelock
//     executing a Governor vote) upholds (slash, void, deposit back) or rejects (deposit
//     to the treasury).
//   - Governance (the owner; in the full deployment a TimelockController) sets the fee
//     rule, minStake, challengeWindow (≤ 30 days), epochLength, slashing, challengeDeposit,
//     the treasury, the split verifier and the allowed score verifiers (Pack* and
//     SettlementCall build the calldata of proposals), and resolves challenges. No owner
//     function moves settled funds or stakes other than by resolving a challenge.
//     Deploy deploys and allows every compiled score verifier (Deployment.ScoreVerifiers).
//   - Settlement also holds the attribution evidence registry. registerEvidence(adapter,
//     sketchRoot, corpusRoot, scoreVerifier) (a poster or the owner; the verifier must be
//     one governance allows) publishes an adapter's Poseidon2 Merkle roots of its gradient
//     sketches and of its tokenized corpus (field elements, non-zero, below r) and the
//     verifier of its score proofs; each publication bumps the adapter's version (the
//     first is 1), stays readable (evidenceAt) and emits EvidenceRegistered.
//     attestScores(record, adapter, queryHash, commitment, outputHash, proof) (a poster)
//     verifies a per-inference score proof on [sketchRoot, queryHash, commitment,
//     corpusRoot, outputHash] with the adapter's current evidence (its two roots) and
//     records, once per record, the adapter, queryHash, commitment, outputHash, evidence
//     version and block (ScoresAttested); postScores records the same with the
//     proof's hash, unverified and challengeable for one window (ScoresPosted carries the
//     proof).
//   - Completeness (beside the Settlement, whose runtime has no room left): anyone proves
//     an attested record's scores complete with attestComplete(record, verifier, excluded,
//     proof) (AttestComplete): a governance-allowed scan verifier checks, over every leaf of
//     the committed sketch tree, that the record's attested commitment aggregates the true
//     top M eligible leaves, on [sketchRoot of the evidence version it was attested under,
//     queryHash, commitment, excluded]. complete(record) keeps (verifier, block, excluded,
//     statement) (CompleteOf); isComplete holds while the attestation keeps that statement
//     and the verifier stays allowed. Owned like the Settlement; Deploy deploys it with
//     every compiled scan verifier allowed (Deployment.Completeness, ScanVerifiers).
//   - The verifiers: gnark's exported Groth16 (reverts on a bad proof) and PLONK (returns
//     false; the settlement requires true) verifiers of settlements (Verifiers), and
//     Groth16 score verifiers with 5 public inputs (ScoreVerifiers; deployed with
//     DeployVerifier), Groth16 attributed split verifiers (AttributedVerifiers) and
//     completeness scan verifiers with 4 public inputs (ScanVerifiers). Package fixture provides small real ones for tests and gas
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
// error (InvalidProof, EpochAlreadySettled, WrongEpoch, InsufficientStake, PayoutsExceedFee,
// ChallengeWindowOpen, EpochDisputed, EpochVoided, ERC20InsufficientBalance, AlreadyClaimed,
// EvidenceNotRegistered, AlreadyAttested, InvalidScoreProof, ChallengeFailed,
// OwnableUnauthorizedAccount, …), whose text shows its arguments, bytes32 ids in hex (e.g.
// "reverted: EvidenceNotRegistered(0x…)"). A value that is not a uint256 (nil, negative)
// fails with ErrUint256 before anything is sent. Mismatched slice lengths and out-of-range
// Merkle indexes are programmer errors and panic. Post checks the Settlement's fee rule
// before sending: a split made under another rule fails with ErrFeeRule.
//
// Gas estimation runs at the head block's timestamp; a transaction is mined a block (and
// on the embedded chain a second) later. Time checks therefore pass one block later than
// estimation shows (a withdrawal becomes sendable once the head has reached readyAt), and
// every transaction carries a gas margin over its estimate.
//
// # Gas
//
// go-ethereum v1.17.10's simulated backend enables the draft Bogota fork (EIP-8037/8038
// state-gas repricing) by default; NewSimulated turns it off so that gas matches Osaka,
// the rules of current L2s. Transactions are capped at TxGasCap (EIP-7825). `make gas`
// (benchmarks/gas) prints settle and claim gas by size and the gas of every user action
// (stake, unbond, post and challenge scores, challenges, governance resolutions).
package contracts
