// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20, ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {ERC20Wrapper} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Wrapper.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title GOPEN: OPEN wrapped 1:1 with voting power.
/// @notice depositFor(account, amount) pulls `amount` OPEN (after an approve) and mints as
/// much GOPEN to `account`; withdrawTo(account, amount) burns GOPEN and returns the OPEN.
/// Voting power follows OpenZeppelin's ERC20Votes: an account's balance counts once it is
/// delegated (to itself or to another account), checkpointed on a timestamp clock
/// (ERC-6372 "mode=timestamp"), so governance snapshots, delays and periods are seconds.
/// No mint, burn or admin functions exist beyond wrapping and unwrapping.
contract GOPEN is ERC20, ERC20Permit, ERC20Votes, ERC20Wrapper {
    constructor(IERC20 open)
        ERC20("OpenLedger Governance", "GOPEN")
        ERC20Permit("OpenLedger Governance")
        ERC20Wrapper(open)
    {}

    /// @notice The clock of checkpoints and of the Governor: the block's timestamp.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice ERC-6372: checkpoints are keyed by timestamp.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice The underlying's decimals (OPEN: 18).
    function decimals() public view override(ERC20, ERC20Wrapper) returns (uint8) {
        return super.decimals();
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
