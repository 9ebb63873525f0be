// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title TestMessenger: a stand-in for the L2CrossDomainMessenger, for tests only.
/// @notice Placed at the messenger predeploy (0x4200…0007) of package bridge's simulated L2.
/// sendMessage records an outgoing message the way the real messenger's events do (no
/// L2ToL1MessagePasser, no gas accounting); relayMessage plays an incoming message: it
/// calls `target` with xDomainMessageSender() set to `sender` and bubbles up a revert.
/// Anyone may relay: it proves nothing about L1 and must never be deployed on a real chain.
/// It has no constructor state, so its runtime code can be placed in a genesis alloc.
contract TestMessenger {
    /// @notice Same signature as CrossDomainMessenger.SentMessage.
    event SentMessage(address indexed target, address sender, bytes message, uint256 messageNonce, uint256 gasLimit);

    /// @notice Same signature as CrossDomainMessenger.SentMessageExtension1.
    event SentMessageExtension1(address indexed sender, uint256 value);

    /// @notice xDomainMessageSender read outside a relay.
    error NoCrossDomainSender();

    address private xSender;

    /// @notice Number of messages sent so far (the next message's nonce).
    uint256 public messageNonce;

    /// @notice The L1 sender of the message being relayed; reverts outside a relay.
    function xDomainMessageSender() external view returns (address) {
        if (xSender == address(0)) revert NoCrossDomainSender();
        return xSender;
    }

    /// @notice Records a message to `_target` on L1 (emits SentMessage, SentMessageExtension1).
    function sendMessage(address _target, bytes calldata _message, uint32 _minGasLimit) external payable {
        emit SentMessage(_target, msg.sender, _message, messageNonce++, _minGasLimit);
        emit SentMessageExtension1(msg.sender, msg.value);
    }

    /// @notice Relays a message from `_sender` on L1 to `_target` here.
    function relayMessage(address _sender, address _target, bytes calldata _message) external payable {
        xSender = _sender;
        (bool ok, bytes memory ret) = _target.call{value: msg.value}(_message);
        xSender = address(0);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
