// Package settlement owns the epoch life cycle of poa's payouts as a crash-safe state
// machine over the store, and the typed records that carry it (docs/settlement.md).
//
// # Contract
//
//   - File bills one inference: the attribution record (influence.Record) gets a fresh
//     id and the open epoch in the same store transaction that adds it to the open
//     epoch's tally (Open). An optional idempotency key makes a retried request count once.
//
//   - Close freezes the open epoch into an Epoch record (status Closed): fee parts by the
//     FeeRule, per-contributor fixed-point scores (influence.ScoreScale) of the records
//     that paid a fee, the exact split (prover.Split) and the scores commitment; the next
//     epoch opens in the same transaction. Nothing to pay (no record, data fee 0) is
//     refused: ErrEmptyEpoch, ErrZeroFee.
//
//   - CloseProven closes it with the proven basis instead (Basis, ProvenEpoch): the scores
//     of circuits.EpochScores over the records' score rows (RowSource), at most the shape's
//     R records (the rest stay open); ProveProven proves the aggregation and the split in
//     one attributed split proof, and Post sends it with settleAttributed after checking
//     that every record is attested on-chain. The life cycle below is the same.
//
//   - Prove stores a natively verified proof and moves the epoch to Proven; Post sends it
//     (Posted) after checking the chain for an earlier send; Confirm checks the contract's
//     Settled event (Confirmed). Epochs are posted in increasing order (ErrOrder).
//
//   - Resume finishes every unfinished epoch, oldest first; Settle resumes, then closes and
//     settles the open epoch. An epoch the contract can no longer accept is refiled into
//     the open epoch (Refiled): a later epoch was settled first, or governance changed the
//     Settlement's fee rule after the epoch was closed. Settle closes with the rule the
//     Settlement has now (ChainFeeRule): governance sets it, not the caller.
//
//   - Resume and Settle report each step as it starts: typed (Step: a Phase, the epoch,
//     counts, the record) to the context's reporter (WithStepReporter; attesters add one
//     PhaseAttesting step per record with ReportStep), and in words to Options.Step.
//
//   - A proven epoch's keys come from the data directory (AttributedKeyFiles: set up and
//     saved once, bound to the compiled circuit's hash, set up again with a warning when
//     stale or corrupt); LoadProvenSummary shows what its stored proof proves
//     (ProvenProof), after checking it against the epoch.
//
// Every transition is one store transaction and idempotent; the status never moves back.
// After a crash at any point the next Resume finishes the work without posting twice.
//
// Units: fees and payouts are OPEN base units (10^-18 OPEN), decimal strings below 2^96;
// scores are fixed-point, influence.ScoreScale per 1.0, below 2^64 per contributor and
// epoch. Addresses are EIP-55 checksummed; the zero address is refused.
//
// It calls prover (proofs) and contracts (transactions), which do no store I/O; it holds
// no proving or chain code of its own. Errors are the sentinels of errors.go, wrapped with
// the epoch or record they concern.
package settlement
