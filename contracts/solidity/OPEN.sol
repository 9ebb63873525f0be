// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title OPEN: the token poa's settlements pay contributors in.
/// @notice Fixed supply of 1,000,000,000 OPEN (18 decimals), minted once to `holder`.
/// No mint, burn or admin functions exist after construction.
contract OPEN is ERC20 {
    /// @notice Total supply in base units: 1e9 tokens of 1e18 base units each.
    uint256 public constant SUPPLY = 1_000_000_000 * 1e18;

    constructor(address holder) ERC20("OpenLedger", "OPEN") {
        _mint(holder, SUPPLY);
    }
}
