// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {
    IOptimismMintableERC20,
    ILegacyMintableERC20
} from "@eth-optimism/contracts-bedrock/src/universal/IOptimismMintableERC20.sol";

/// @title L2OPEN: OPEN's representation on an OP Stack L2.
/// @notice An ERC-20 (with ERC-2612 permit) that the L2 Standard Bridge mints when OPEN is
/// deposited from L1 and burns when it is withdrawn. It implements the OP Stack's
/// IOptimismMintableERC20 and ILegacyMintableERC20 (imported from the pinned npm package
/// contracts-bedrock 0.17.3) and answers ERC-165 for IERC165 and both of them, the
/// ids StandardBridge checks before it mints or burns. Only `bridge` may mint or burn;
/// there is no owner and no other way to create supply.
contract L2OPEN is ERC20, ERC20Permit, IOptimismMintableERC20, ILegacyMintableERC20 {
    /// @notice The token on L1 that this token represents (L1 OPEN).
    address public immutable override remoteToken;

    /// @notice The L2 Standard Bridge, the only account that may mint and burn.
    address public immutable override bridge;

    /// @notice Emitted when the bridge mints `amount` to `account`.
    event Mint(address indexed account, uint256 amount);

    /// @notice Emitted when the bridge burns `amount` from `account`.
    event Burn(address indexed account, uint256 amount);

    /// @notice mint or burn called by `caller`, which is not the bridge.
    error NotBridge(address caller);

    /// @notice A constructor argument is the zero address.
    error ZeroAddress();

    constructor(address remoteToken_, address bridge_) ERC20("OpenLedger", "OPEN") ERC20Permit("OpenLedger") {
        if (remoteToken_ == address(0) || bridge_ == address(0)) revert ZeroAddress();
        remoteToken = remoteToken_;
        bridge = bridge_;
    }

    modifier onlyBridge() {
        if (msg.sender != bridge) revert NotBridge(msg.sender);
        _;
    }

    /// @notice Mints `amount` base units to `to`. Only the bridge (deposit finalization).
    function mint(address to, uint256 amount)
        external
        override(IOptimismMintableERC20, ILegacyMintableERC20)
        onlyBridge
    {
        _mint(to, amount);
        emit Mint(to, amount);
    }

    /// @notice Burns `amount` base units from `from` without an allowance. Only the bridge
    /// (withdrawal initiation, on behalf of `from`).
    function burn(address from, uint256 amount)
        external
        override(IOptimismMintableERC20, ILegacyMintableERC20)
        onlyBridge
    {
        _burn(from, amount);
        emit Burn(from, amount);
    }

    /// @notice ERC-165: true exactly for IERC165, IOptimismMintableERC20 and
    /// ILegacyMintableERC20 (interface ids as type(I).interfaceId, as the bridge checks them).
    function supportsInterface(bytes4 interfaceId) external pure override returns (bool) {
        return interfaceId == type(IERC165).interfaceId
            || interfaceId == type(IOptimismMintableERC20).interfaceId
            || interfaceId == type(ILegacyMintableERC20).interfaceId;
    }

    /// @notice Legacy getter (ILegacyMintableERC20): the L1 token, same as remoteToken.
    function l1Token() external view override returns (address) {
        return remoteToken;
    }

    /// @notice Legacy getter: the L2 bridge, same as bridge.
    function l2Bridge() external view returns (address) {
        return bridge;
    }
}
