// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `closeMany`, following closeMany.tree.
contract CloseManyTest is PaymentChannelBaseTest {
    function test_closeMany_EmptyIsNoOp() public solvent givenOpenChannel {
        uint256 publisherBalance = channels.balanceOf(publisher.wallet);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](0);
        vm.recordLogs();
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(channels.balanceOf(publisher.wallet), publisherBalance);
        assertEq(channels.channelHash(channelId), keccak256(abi.encode(channel)));
    }

    function test_closeMany_RevertWhen_OneSignatureIsBad() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(viewer, b, cb, 3);
        _expectCloseManyRevert(
            publisher.wallet,
            requests,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, b, viewer.wallet)
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_RevertWhen_OneChannelIsNotCallers() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, viewer);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 3);
        _expectCloseManyRevert(
            publisher.wallet, requests, abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, b, publisher.wallet)
        );
        // The publisher's node key is not the counterparty of the viewer's channel either.
        _expectCloseManyRevert(
            publisher.comm, requests, abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, b, publisher.comm)
        );
        _assertStillOpen(a, ca, b, cb);
    }

    /// @dev Listing one channel twice must not pay it twice.
    function test_closeMany_RevertWhen_ChannelListedTwice() public solvent givenOpenChannel {
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, channelId, channel, 3);
        requests[1] = requests[0];
        _expectCloseManyRevert(
            publisher.wallet, requests, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId)
        );
        assertEq(channels.channelHash(channelId), keccak256(abi.encode(channel)));
    }

    function test_closeMany_RevertWhen_OneChannelExpired() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        IPaymentChannel.Bid memory bid = _bid(advertiser, publisher);
        bid.expiration = uint64(block.timestamp + 1 hours);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openBid(advertiser, bid, publisher.wallet);
        vm.warp(cb.expiration);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 3);
        _expectCloseManyRevert(
            publisher.wallet,
            requests,
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, b, cb.expiration)
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_RevertWhen_OneBalanceExceedsSegments() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, _maxSegments() + 1);
        _expectCloseManyRevert(
            publisher.wallet,
            requests,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, _maxSegments() + 1, _maxSegments())
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_RevertWhen_NodeKeyRevoked() public solvent givenOpenChannel givenNodeKeyRevoked {
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](1);
        requests[0] = _request(viewer, channelId, channel, 3);
        _expectCloseManyRevert(
            publisher.comm,
            requests,
            abi.encodeWithSelector(
                IPaymentChannel.PayeeKeyNotAuthorized.selector, channelId, publisher.comm, publisher.wallet, false
            )
        );
    }

    function test_closeMany_ClosesChannelsOfSeveralPayers() public solvent {
        Actor memory anon = _actor("anon", false, FUNDS);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](3);
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        (bytes32 c, IPaymentChannel.Channel memory cc) = _openTracked(anon, publisher);
        cb = _withdraw(advertiser, b, cb, 2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 6);
        requests[2] = IPaymentChannel.CloseRequest({channelId: c, channel: cc, balance: 0, signature: ""});

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(a, 3, 3 * _price(), _escrow() - 3 * _price());
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(b, 6, 4 * _price(), _escrow() - 6 * _price());
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(c, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.closeMany(requests);

        assertEq(channels.balanceOf(publisher.wallet), 9 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 3 * _price());
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS - 6 * _price());
        assertEq(channels.balanceOf(anon.wallet), FUNDS);
        assertEq(channels.channelHash(a), 0);
        assertEq(channels.channelHash(b), 0);
        assertEq(channels.channelHash(c), 0);
    }

    /// @dev The node key batch-closes the channels whose counterparty key it is, for its wallet.
    function test_closeMany_ByNodeKey() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 5);
        vm.prank(publisher.comm);
        channels.closeMany(requests);
        assertEq(channels.balanceOf(publisher.wallet), 8 * _price());
        assertEq(channels.balanceOf(publisher.comm), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 3 * _price());
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS - 5 * _price());
    }

    function test_closeMany_UnpaidChannelsCreditNothing() public solvent givenOpenChannel {
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](1);
        requests[0] = IPaymentChannel.CloseRequest({channelId: channelId, channel: channel, balance: 0, signature: ""});
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function _expectCloseManyRevert(address caller, IPaymentChannel.CloseRequest[] memory requests, bytes memory err)
        internal
    {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.closeMany(requests);
    }

    function _assertStillOpen(
        bytes32 a,
        IPaymentChannel.Channel memory ca,
        bytes32 b,
        IPaymentChannel.Channel memory cb
    ) internal view {
        assertEq(channels.channelHash(a), keccak256(abi.encode(ca)));
        assertEq(channels.channelHash(b), keccak256(abi.encode(cb)));
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(ca.payer), FUNDS - ca.escrow);
    }
}
