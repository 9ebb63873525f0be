// Package bridge puts OPEN on an OP Stack L2: L2OPEN, OPEN's L2 representation, and the
// OP Stack's own L2 Standard Bridge contracts compiled from the pinned npm package
// @eth-optimism/contracts-bedrock 0.17.3, deployed and driven over a *contracts.Chain.
//
// # Contracts
//
//   - L2OPEN (solidity/L2OPEN.sol): OpenZeppelin 5 ERC-20 + ERC-2612 permit implementing
//     IOptimismMintableERC20 and ILegacyMintableERC20 (imported from the package, not
//     retyped). remoteToken (L1 OPEN) and bridge are immutable; mint and burn revert with
//     NotBridge(caller) unless the bridge calls; supportsInterface is true exactly for
//     IERC165 (0x01ffc9a7), IOptimismMintableERC20 (0xec4fc8e3) and ILegacyMintableERC20
//     (0x1d1d8b63), the ids StandardBridge checks.
//   - OP's L2StandardBridge, OptimismMintableERC20Factory, OptimismMintableERC20, Proxy and
//     L1Block, compiled with solc 0.8.15 and OpenZeppelin 4.7.3 exactly as OP builds them:
//     contracts/solc-build.js fails unless each creation bytecode equals the one published
//     in the package's forge-artifacts.
//
// # The simulated L2
//
// L2StandardBridge hard-codes its messenger (the L2CrossDomainMessenger predeploy,
// 0x4200…0007) and asks the L1Block predeploy (0x4200…0015) for the gas-paying token.
// NewSimulatedL2 starts an embedded chain whose genesis holds a TestMessenger (a stand-in
// for the messenger: anyone can relay a message with any L1 sender) and OP's L1Block at
// those addresses; DeployStandardBridge then deploys the bridge and the factory behind OP
// Proxies as on a real L2 (their own addresses need not be the predeploys'). A deposit is
// finalized by relaying finalizeBridgeERC20 from the L1 bridge (RelayDeposit); a
// withdrawal is initiated by the user (BridgeERC20, Withdraw) and leaves the messenger's
// SentMessage event (SentMessages), exactly what the real messenger emits.
//
// # Units and errors
//
// Amounts are OPEN base units (10^-18 OPEN) as *big.Int. A call that would revert fails at
// gas estimation with an error wrapping contracts.ErrReverted; errors.As gives a
// *contracts.RevertError, whose Name this package fills in for L2OPEN's and the
// messenger's custom errors (NotBridge, ZeroAddress, ERC20InsufficientBalance, …) and the
// bridge's require strings ("Error").
package bridge
