// Package protocol deploys and reads poa's whole on-chain protocol as one unit: OPEN
// minted at genesis into its vesting vaults (package tokenomics), GOPEN with the Governor
// and the TimelockController (package governance), and the Settlement with the split and
// score verifiers, owned by that timelock from birth, configured from the genesis's
// settlement section and with its provers bonded (package contracts).
//
// # Contract
//
//   - Deploy is the only way the CLI (poa chain up) and the node (the first settlement
//     on the embedded chain) create a deployment, so every deployment they make has
//     governance, staking and vesting. The Settlement's owner is the timelock: no key
//     can change a parameter; a proposal must pass and wait out the timelock.
//   - The treasury (remainder, protocol share, slashed stake, rejected challenge
//     deposits) is the timelock unless Config.Treasury says otherwise, so only a
//     governance proposal spends it.
//   - View reads the deployment's state for GET /v1/protocol and poa protocol: the
//     parameters now, proposals and votes, provers and bonds, each settled epoch's
//     challenge window, governance challenges, and the genesis vesting schedule.
//   - Deploy sends transactions in a fixed order and records nothing itself: the caller
//     saves the returned contracts.Deployment (settlement.SaveDeployment). A run cut
//     short leaves contracts without a record; the next run deploys afresh.
package protocol
