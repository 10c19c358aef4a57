// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {stdError} from "forge-std/StdError.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `settle`, following settle.tree.
contract SettleTest is PaymentChannelBaseTest {
    function test_settle_RevertWhen_Closed() public solvent givenOpenChannel {
        vm.prank(publisher.wallet);
        channels.close(channelId, channel, 0, "");
        vm.warp(channel.expiration);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.settle(channelId, channel);
    }

    function test_settle_RevertWhen_SettledTwice() public solvent givenOpenChannel givenExpired {
        channels.settle(channelId, channel);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.settle(channelId, channel);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_settle_RevertWhen_StructTampered() public solvent givenOpenChannel givenWithdrawn givenExpired {
        // Claiming nothing was withdrawn would refund the payer what the payee already has.
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.withdrawn = 0;
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.settle(channelId, tampered);
        // An earlier expiration would let anyone settle early.
        tampered = _copy(channel);
        tampered.expiration = 1;
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
        channels.settle(channelId, tampered);
    }

    function test_settle_RevertWhen_NotExpired() public solvent givenOpenChannel {
        vm.warp(uint256(channel.expiration) - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.ChannelNotExpired.selector, channelId, channel.expiration)
        );
        channels.settle(channelId, channel);
    }

    /// @dev The bid's expiration no longer counts once an exit started: the exit's does.
    function test_settle_RevertWhen_ExitWindowOpen() public solvent givenOpenChannel givenExitStarted {
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.ChannelNotExpired.selector, channelId, channel.expiration)
        );
        channels.settle(channelId, channel);
    }

    function test_settle_AnyoneAtExpirationRefundsUnwithdrawn() public solvent givenOpenChannel {
        channel = _withdraw(viewer, channelId, channel, 6);
        vm.warp(channel.expiration);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(channelId, _escrow() - 6 * _price());
        vm.prank(makeAddr("keeper"));
        channels.settle(channelId, channel);

        assertEq(channels.channelHash(channelId), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 6 * _price());
        assertEq(channels.balanceOf(publisher.wallet), 6 * _price());
    }

    function test_settle_AfterExit() public solvent givenOpenChannel givenWithdrawn givenExitStarted {
        vm.warp(channel.expiration);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(channelId, _escrow() - 4 * _price());
        channels.settle(channelId, channel);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 4 * _price());
    }

    function test_settle_LongAfterExpirationRefundsAll() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory c) = _openTracked(advertiser, viewer);
        vm.warp(uint256(c.expiration) + 365 days);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(id, _escrow());
        vm.prank(advertiser.wallet);
        channels.settle(id, c);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_settle_AfterFullWithdrawRefundsNothing() public solvent givenOpenChannel {
        channel = _withdraw(viewer, channelId, channel, _maxSegments());
        vm.warp(channel.expiration);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(channelId, 0);
        channels.settle(channelId, channel);
        assertEq(channels.channelHash(channelId), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
    }

    /// @dev From expiration on the payee can no longer act; only settle remains.
    function test_settle_PayeeLocksOutAtExpiration() public solvent givenOpenChannel givenExpired {
        bytes memory signature = _pay(viewer, channelId, 4);
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, channelId, channel.expiration);
        _expectWithdrawRevert(channelId, channel, 4, signature, publisher.wallet, err);
        _expectCloseRevert(channelId, channel, 4, signature, publisher.wallet, err);
        _expectCloseRevert(channelId, channel, 0, "", publisher.wallet, err);
        channels.settle(channelId, channel);
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    /// @dev Unreachable with PTI; forced through storage to show that the refund panics rather than wraps.
    function test_settle_RevertWhen_RefundWouldPass96Bits() public givenOpenChannel givenExpired {
        vm.store(address(channels), _accountSlot(viewer.wallet), bytes32(uint256(type(uint96).max)));
        vm.expectRevert(stdError.arithmeticError);
        channels.settle(channelId, channel);
    }

    function testFuzz_settle_RefundsEscrowMinusWithdrawn(uint256 balance, uint256 delay)
        public
        solvent
        givenOpenChannel
    {
        balance = bound(balance, 0, _maxSegments());
        if (balance != 0) channel = _withdraw(viewer, channelId, channel, balance);
        vm.warp(uint256(channel.expiration) + bound(delay, 0, 3650 days));
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(channelId, channel.escrow - channel.withdrawn);
        channels.settle(channelId, channel);
        assertEq(channels.balanceOf(viewer.wallet) + channels.balanceOf(publisher.wallet), FUNDS);
        assertEq(channels.balanceOf(publisher.wallet), balance * _price());
    }
}
