// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `startExit` and what follows it, following startExit.tree.
contract StartExitTest is PaymentChannelBaseTest {
    function test_startExit_RevertWhen_StructTampered() public solvent givenOpenChannel {
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.expiration = channel.expiration + 1 days;
        vm.prank(viewer.wallet);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.startExit(channelId, tampered);
    }

    function test_startExit_RevertWhen_Closed() public solvent givenOpenChannel {
        _close(viewer, channelId, channel, 2);
        vm.prank(viewer.wallet);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.startExit(channelId, channel);
    }

    function test_startExit_RevertWhen_NotPayer() public solvent givenOpenChannel {
        address[4] memory callers = [publisher.wallet, publisher.comm, viewer.comm, makeAddr("stranger")];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.NotPayer.selector, channelId, callers[i]));
            channels.startExit(channelId, channel);
        }
    }

    /// @dev A channel that expires within the window anyway: an exit would extend the payer's own lock.
    function test_startExit_RevertWhen_ExpiresWithinTheWindow() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.expiration = uint64(block.timestamp + EXIT_WINDOW);
        (bytes32 id, IPaymentChannel.Channel memory c) = _openBid(viewer, bid, publisher.wallet);
        _expectExitTooLate(id, c);
        vm.warp(block.timestamp + 1);
        _expectExitTooLate(id, c);
    }

    function test_startExit_RevertWhen_Expired() public solvent givenOpenChannel givenExpired {
        _expectExitTooLate(channelId, channel);
    }

    /// @dev A second exit would only push the end of the first one later.
    function test_startExit_RevertWhen_ExitAlreadyStarted() public solvent givenOpenChannel givenExitStarted {
        _expectExitTooLate(channelId, channel);
        vm.warp(block.timestamp + 10 minutes);
        _expectExitTooLate(channelId, channel);
    }

    function test_startExit_MovesExpirationForward() public solvent givenOpenChannel givenWithdrawn {
        uint64 exitExpiration = uint64(block.timestamp + EXIT_WINDOW);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelExitStarted(channelId, exitExpiration);
        vm.prank(viewer.wallet);
        IPaymentChannel.Channel memory updated = channels.startExit(channelId, channel);
        _track(channelId, updated);

        assertEq(updated.expiration, exitExpiration);
        channel.expiration = exitExpiration;
        assertEq(keccak256(abi.encode(updated)), keccak256(abi.encode(channel)), "only the expiration changes");
        assertEq(channels.channelHash(channelId), keccak256(abi.encode(updated)));
        // No money moves until the window ends.
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
        assertEq(channels.balanceOf(publisher.wallet), 4 * _price());
    }

    /// @dev The boundary: one second more than the window is enough to exit, and the payee gets the window.
    function test_startExit_OneSecondBeyondTheWindow() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.expiration = uint64(block.timestamp + EXIT_WINDOW + 1);
        (bytes32 id, IPaymentChannel.Channel memory c) = _openBid(viewer, bid, publisher.wallet);
        vm.prank(viewer.wallet);
        c = channels.startExit(id, c);
        _track(id, c);
        assertEq(c.expiration, bid.expiration - 1);
    }

    function test_startExit_PayeeWithdrawsDuringTheWindow() public solvent givenOpenChannel givenExitStarted {
        vm.warp(uint256(channel.expiration) - 1);
        channel = _withdraw(viewer, channelId, channel, 3);
        channel = _withdrawAs(publisher.comm, viewer, channelId, channel, 5);
        assertEq(channels.balanceOf(publisher.wallet), 5 * _price());
    }

    /// @dev The payee's close always wins over a pending exit within the window: it is paid its latest payment
    /// and the payer gets the rest at once.
    function test_startExit_PayeeCloseWinsWithinTheWindow() public solvent givenOpenChannel givenExitStarted {
        vm.warp(uint256(channel.expiration) - 1);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 9, 9 * _price(), _escrow() - 9 * _price());
        _close(viewer, channelId, channel, 9);
        assertEq(channels.balanceOf(publisher.wallet), 9 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 9 * _price());
        vm.warp(channel.expiration);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.settle(channelId, channel);
    }

    function test_startExit_SettleRevertsDuringTheWindow() public solvent givenOpenChannel givenExitStarted {
        vm.warp(uint256(channel.expiration) - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.ChannelNotExpired.selector, channelId, channel.expiration)
        );
        channels.settle(channelId, channel);
    }

    function test_startExit_PayeeLockedOutAfterTheWindow() public solvent givenOpenChannel givenExitStarted {
        vm.warp(channel.expiration);
        bytes memory signature = _pay(viewer, channelId, 3);
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, channelId, channel.expiration);
        _expectWithdrawRevert(channelId, channel, 3, signature, publisher.wallet, err);
        _expectCloseRevert(channelId, channel, 3, signature, publisher.comm, err);
    }

    /// @dev After the window anyone settles: what the payee has not withdrawn returns to the payer.
    function test_startExit_SettleAfterTheWindowRefundsThePayer() public solvent givenOpenChannel givenWithdrawn {
        vm.prank(viewer.wallet);
        channel = channels.startExit(channelId, channel);
        _track(channelId, channel);
        vm.warp(channel.expiration);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(channelId, _escrow() - 4 * _price());
        vm.prank(makeAddr("keeper"));
        channels.settle(channelId, channel);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 4 * _price());
        assertEq(channels.balanceOf(publisher.wallet), 4 * _price());
        assertEq(channels.channelHash(channelId), 0);
    }

    /// @dev Wherever in the channel's life the exit starts: it never extends the lock, the payee keeps exactly
    /// the window, and a payee who closes with its latest payment within the window is paid it.
    function testFuzz_startExit_PayeeWithinTheWindowIsPaidItsLatestPayment(
        uint256 lifetime,
        uint256 exitAt,
        uint256 answerAfter,
        uint256 withdrawnBalance,
        uint256 latestBalance,
        bool byNodeKey
    ) public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.expiration = uint64(block.timestamp + bound(lifetime, EXIT_WINDOW + 1, 365 days));
        (channelId, channel) = _openBid(viewer, bid, publisher.wallet);
        withdrawnBalance = bound(withdrawnBalance, 0, _maxSegments());
        latestBalance = bound(latestBalance, withdrawnBalance, _maxSegments());
        if (withdrawnBalance != 0) channel = _withdraw(viewer, channelId, channel, withdrawnBalance);

        vm.warp(block.timestamp + bound(exitAt, 0, bid.expiration - block.timestamp - EXIT_WINDOW - 1));
        uint256 startedAt = block.timestamp;
        vm.prank(viewer.wallet);
        channel = channels.startExit(channelId, channel);
        _track(channelId, channel);
        assertEq(channel.expiration, startedAt + EXIT_WINDOW, "the payee keeps the whole window");
        assertLt(channel.expiration, bid.expiration, "the lock never extends");

        vm.warp(startedAt + bound(answerAfter, 0, EXIT_WINDOW - 1));
        bytes memory signature = _pay(viewer, channelId, latestBalance);
        vm.prank(byNodeKey ? publisher.comm : publisher.wallet);
        channels.close(channelId, channel, latestBalance, signature);
        uint256 earned = _min(latestBalance * _price(), _escrow());
        assertEq(channels.balanceOf(publisher.wallet), earned);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - earned);
    }

    function _expectExitTooLate(bytes32 id, IPaymentChannel.Channel memory c) internal {
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPaymentChannel.ExitTooLate.selector, id, c.expiration, block.timestamp + EXIT_WINDOW
            )
        );
        channels.startExit(id, c);
    }
}
