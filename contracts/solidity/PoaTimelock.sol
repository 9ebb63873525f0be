// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title PoaTimelock: OpenZeppelin's TimelockController as-is.
/// @notice It owns the Settlement's parameters: the PoaGovernor is its only proposer and
/// canceller, anyone may execute a ready operation (executor address(0)), and poa deploys
/// it with no admin (admin address(0)), so only the timelock itself, through a proposal,
/// can change its roles or its minimum delay.
contract PoaTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
