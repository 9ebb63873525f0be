// Package tokenomics is OPEN's genesis: the allocation of its fixed supply, the vesting
// of each allocation, and the governance and settlement parameters, read from a
// versioned genesis.json (an embedded default, DefaultJSON, or a user's file).
//
// # Genesis file
//
// Version 1 has three sections. token.allocations lists the slices of the supply: name,
// beneficiary (a 0x address or "deployer"), bps of the supply (adding up to exactly
// 10000), tge_bps (the share of the allocation, out of 10000, sent to the beneficiary
// at TGE), cliff_months and vesting_months. governance (voting_delay, voting_period,
// proposal_threshold, quorum_percent, timelock_delay) and settlement (owner_bps,
// protocol_bps, data_bps, min_stake, challenge_window, epoch_length, slash_bps,
// challenger_bps, challenge_deposit) are validated here and exposed as typed values
// (Governance, Settlement) for the packages that deploy them. Durations are Go duration
// strings ("24h", "168h") or integers of seconds, whole seconds only; token amounts are
// decimal numbers of whole tokens ("10000", "0.5"), kept exactly in base units. Unknown
// fields are errors; Validate reports every problem at once, naming the allocation or
// field and why.
//
// The default is OpenLedger's published allocation: ecosystem & community 61.71% (split
// into ecosystem_tge, 16.55% unlocked at TGE, and ecosystem, 45.16% linear over 48
// months), team 15% and investors 18.29% (12-month cliff, then 36 months linear),
// liquidity 5% (unlocked at TGE): 21.55% circulates at TGE. A single 61.71% allocation
// cannot do it: 21.55% − 5% = 16.55% of the supply is 2681.899… bps of 61.71%, not an
// integer tge_bps.
//
// # Units
//
// Amounts are OPEN base units (10^-18 OPEN) as *big.Int; an allocation's amount is
// Supply × bps / 10000 and its TGE part amount × tge_bps / 10000, both exact. Times
// are seconds: Unix seconds on-chain, seconds since TGE in the schedule. A month is
// MonthSeconds = 2,629,746 s (365.25 days / 12).
//
// # Vesting
//
// An allocation's vesting part goes to an OpenZeppelin VestingWallet (VestingVault)
// owned by the beneficiary, starting at TGE + cliff with a duration of the vesting
// months: nothing before the cliff, then linear from zero. A VestingWalletCliff started
// at TGE with a duration of cliff + vesting would instead release cliff/(cliff+vesting)
// at the cliff — 25% for 12 + 36 months. Allocation.VaultVestedAt computes exactly what
// the wallet's vestedAmount returns (total × elapsed / duration, rounded down); Schedule
// tabulates UnlockedAt month by month. Anyone may call the wallet's release(token); the
// tokens go to the beneficiary.
//
// # Errors
//
// A genesis that does not parse or validate is an error wrapping ErrGenesis; an unknown
// allocation name wraps ErrUnknownAllocation. Deploy returns the chain's errors (a
// revert wraps contracts.ErrReverted). BeneficiaryAddress panics on a beneficiary that
// Validate would reject.
package tokenomics
