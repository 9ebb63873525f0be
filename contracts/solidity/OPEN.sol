// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title OPEN: the token poa's settlements pay contributors in.
/// @notice Fixed supply of 1,000,000,000 OPEN (18 decimals), minted once in the constructor
/// into the genesis allocation (vesting vaults and the beneficiaries of amounts unlocked at
/// TGE). EIP-2612 permits (EIP-712 domain name "OpenLedger", version "1"). No mint, burn or
/// admin functions exist after construction.
contract OPEN is ERC20, ERC20Permit {
    /// @notice Total supply in base units: 1e9 tokens of 1e18 base units each.
    uint256 public constant SUPPLY = 1_000_000_000 * 1e18;

    /// @notice holders and amounts differ in length.
    error AllocationLengthMismatch(uint256 holders, uint256 amounts);
    /// @notice holders[index] is the zero address.
    error AllocationZeroHolder(uint256 index);
    /// @notice The amounts add up to sum, not SUPPLY.
    error AllocationSumMismatch(uint256 sum, uint256 supply);

    /// @param holders receive amounts[i] each (a holder may appear more than once).
    /// @param amounts base units; they must add up to exactly SUPPLY.
    constructor(address[] memory holders, uint256[] memory amounts)
        ERC20("OpenLedger", "OPEN")
        ERC20Permit("OpenLedger")
    {
        if (holders.length != amounts.length) {
            revert AllocationLengthMismatch(holders.length, amounts.length);
        }
        uint256 sum;
        for (uint256 i = 0; i < holders.length; i++) {
            if (holders[i] == address(0)) {
                revert AllocationZeroHolder(i);
            }
            // Checked: amounts that overflow cannot add up to SUPPLY either (Panic 0x11).
            sum += amounts[i];
        }
        if (sum != SUPPLY) {
            revert AllocationSumMismatch(sum, SUPPLY);
        }
        for (uint256 i = 0; i < holders.length; i++) {
            _mint(holders[i], amounts[i]);
        }
    }
}
