// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";

/// @title VestingVault: OpenZeppelin 5.4 VestingWallet as it is, for a genesis allocation.
/// @notice Vests linearly from startTimestamp over durationSeconds to beneficiary (its owner):
/// vestedAmount(t) = 0 before start, total * (t - start) / duration during, total after.
/// A cliff is expressed by starting the wallet at the cliff (poa's tokenomics package
/// does so: start = TGE + cliff, duration = the linear period after it). Anyone may call
/// release(token); the tokens go to the owner.
contract VestingVault is VestingWallet {
    constructor(address beneficiary, uint64 startTimestamp, uint64 durationSeconds)
        VestingWallet(beneficiary, startTimestamp, durationSeconds)
    {}
}
