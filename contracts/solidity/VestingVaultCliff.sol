// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";
import {VestingWalletCliff} from "@openzeppelin/contracts/finance/VestingWalletCliff.sol";

/// @title VestingVaultCliff: OpenZeppelin 5.4 VestingWalletCliff as it is.
/// @notice Vests from startTimestamp over durationSeconds, but nothing before
/// start + cliffSeconds: at the cliff the share accrued since start unlocks at once. poa's
/// genesis does not use it (a 12-month cliff in a 48-month duration would unlock 25% at the
/// cliff); the tokenomics tests deploy it to show the difference.
contract VestingVaultCliff is VestingWalletCliff {
    constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds, uint64 cliffSeconds)
        VestingWallet(beneficiary, startTimestamp, durationSeconds)
        VestingWalletCliff(cliffSeconds)
    {}
}
