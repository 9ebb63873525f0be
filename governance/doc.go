// Package governance lets OPEN holders govern poa's Settlement: OPEN wraps 1:1 into
// GOPEN (ERC20Votes), GOPEN holders propose and vote in a PoaGovernor (OpenZeppelin
// Governor), and a passed proposal runs through a PoaTimelock (TimelockController) that
// owns the Settlement's parameters.
//
// # Contracts
//
//   - GOPEN (contracts/solidity/GOPEN.sol): ERC20 + ERC20Permit + ERC20Votes +
//     ERC20Wrapper over OPEN, "OpenLedger Governance" / "GOPEN", 18 decimals (OPEN's),
//     clock = block.timestamp (ERC-6372 "mode=timestamp"). Votes count once delegated.
//   - PoaGovernor (contracts/solidity/PoaGovernor.sol): Governor + Settings +
//     CountingSimple + Votes + VotesQuorumFraction + TimelockControl. A proposal succeeds
//     when For > Against and For + Abstain reach the quorum (a percentage of GOPEN's
//     supply at the snapshot).
//   - PoaTimelock (contracts/solidity/PoaTimelock.sol): TimelockController as-is; the
//     Governor is its only proposer and canceller, anyone executes, and it has no admin
//     (only itself, through a proposal, changes its roles or delay).
//
// # Lifecycle
//
// Wrap and Delegate give an account voting power; Propose (voting power at least the
// threshold one second before) opens a proposal whose snapshot is now + voting delay;
// Vote counts the voter's power at the snapshot; after the voting period a succeeded
// proposal is queued (Queue) and, after the timelock delay, executed (Execute). Queue and
// Execute take only the proposal id: the calls and description come from its
// ProposalCreated event. Proposals and ReadStatus read the state.
//
// The Settlement is handed over in two steps (Ownable2Step): its owner calls HandOver
// (transferOwnership(timelock)) and a first proposal executes accept-ownership.
//
// # Parameters
//
// SetCall and Calls turn "name=value" into calls (Parameters lists them): the
// Settlement's setters (fee-rule, min-stake, challenge-window, remainder-recipient,
// verifier, …, looked up in this build's Settlement ABI, so a setter the Settlement lacks
// is not offered), the Governor's settings (voting-delay, voting-period,
// proposal-threshold, quorum) and the timelock's delay. Values are checked against their
// on-chain type and the parameter's rule, and Propose runs the calls the timelock could
// already make as eth_call first (Preflight), so a value the contract would refuse fails
// before the vote, not after it.
//
// # Units
//
// Amounts are base units (10^-18 OPEN or GOPEN) as *big.Int; times are GOPEN clock values,
// Unix seconds; Params' durations are whole seconds.
//
// # Errors
//
// Every function returns on-chain reverts decoded (Decode): the error wraps
// contracts.ErrReverted and, through errors.As, a *contracts.RevertError naming the
// custom error (GovernorUnexpectedProposalState with the proposal's state,
// GovernorInsufficientProposerVotes, TimelockUnexpectedOperationState,
// AccessControlUnauthorizedAccount, OwnableUnauthorizedAccount, …). Input errors wrap the
// sentinels of errors.go (ErrValue, ErrUnknownParameter, ErrParams, ErrAmount,
// ErrNoGovernance, ErrNoProposal) and send nothing.
//
// # Embedded chain
//
// Each transaction is estimated at the head block's timestamp and mined one second
// later; with timestamp checkpoints that second matters, so on the embedded chain every
// governance transaction is preceded by an empty block one second later
// (contracts.Chain.AdvanceTime, recorded in the chain's log). Moving past a voting delay,
// period or timelock delay is AdvanceTime (the CLI's poa gov advance).
package governance
