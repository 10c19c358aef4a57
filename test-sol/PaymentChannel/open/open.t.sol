// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `open`, the success branches of open.tree: who may open, what a channel records, and the calldata
/// edges. The revert branches are in open.revert.t.sol.
contract OpenTest is PaymentChannelBaseTest {
    function test_open_ContentBid() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(viewer, bid);
        bytes32 expectedId = _expectedBidDigest(bid);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            expectedId,
            viewer.wallet,
            publisher.wallet,
            publisher.comm,
            videoId,
            keccak256(bytes(FORMAT)),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, c);

        assertEq(id, expectedId);
        assertEq(c.payer, viewer.wallet);
        assertEq(c.payee, publisher.wallet);
        assertEq(c.payeeKey, publisher.comm);
        assertEq(c.pricePerSegment, _price());
        assertEq(c.escrow, _escrow());
        assertEq(c.withdrawn, 0);
        assertEq(c.expiration, bid.expiration);
        assertEq(channels.channelHash(id), keccak256(abi.encode(c)));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
    }

    /// @dev An advertiser paying a viewer for attention is the same call with the roles swapped.
    function test_open_AttentionBid() public solvent {
        IPaymentChannel.Bid memory bid = _bid(advertiser, viewer);
        (bytes memory ws, bytes memory bs) = _signBid(advertiser, bid);
        bytes32 expectedId = _expectedBidDigest(bid);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            expectedId,
            advertiser.wallet,
            viewer.wallet,
            viewer.comm,
            videoId,
            keccak256(bytes(FORMAT)),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(viewer.wallet);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, ws, bs);
        _track(id, c);

        assertEq(c.payer, advertiser.wallet);
        assertEq(c.payee, viewer.wallet);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS - _escrow());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
        assertEq(channels.nonceOf(advertiser.wallet), _nonceFrom(id));
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));

        IPaymentChannel.Channel memory updated = _withdraw(advertiser, id, c, 2);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 2 * _price());
        assertEq(updated.withdrawn, 2 * _price());
    }

    /// @dev The counterparty key opens for its wallet from its own address (paying its own gas): the channel is
    /// the one the wallet would have opened, and nothing is credited or debited at the key's address.
    function test_open_ByNodeKey() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            _expectedBidDigest(bid),
            viewer.wallet,
            publisher.wallet,
            publisher.comm,
            videoId,
            keccak256(bytes(FORMAT)),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(publisher.comm, publisher.comm);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, ws, bs);
        _track(id, c);

        assertEq(c.payee, publisher.wallet);
        assertEq(c.payeeKey, publisher.comm);
        assertEq(channels.balanceOf(publisher.comm), 0);
        assertEq(channels.nonceOf(publisher.comm), bytes32(0));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
    }

    /// @dev A second node key of the publisher opens the channels whose counterparty key it is.
    function test_open_BySecondNodeKeyOfTheWallet() public solvent {
        Actor memory node = _addKey(publisher, "publisher.node2");
        IPaymentChannel.Bid memory bid = _bid(viewer, node);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.prank(node.comm);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, ws, bs);
        _track(id, c);
        assertEq(c.payee, publisher.wallet);
        assertEq(c.payeeKey, node.comm);
    }

    function test_open_ChainsNonces() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        assertEq(bid.nonce, _nonceFrom(first));
        (bytes32 second,) = _openBid(viewer, bid, publisher.wallet);
        assertTrue(second != first);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(second));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 2 * _escrow());
    }

    function test_open_WithExactBalance() public solvent {
        Actor memory payer = _actor("exact", true, _escrow());
        (, IPaymentChannel.Channel memory c) = _openTracked(payer, publisher);
        assertEq(c.escrow, _escrow());
        assertEq(channels.balanceOf(payer.wallet), 0);
    }

    /// @dev An unregistered bidder key is anonymous viewing: the wallet signature alone authorises it, and the
    /// wallet need not be registered either.
    function test_open_AnonymousBidderKey() public solvent {
        Actor memory anon = _actor("anon", false, FUNDS);
        (address keyWallet,) = users.keyOf(anon.comm);
        assertEq(keyWallet, address(0));
        (bytes32 id, IPaymentChannel.Channel memory c) = _openTracked(anon, publisher);
        assertEq(c.payer, anon.wallet);
        assertEq(channels.nonceOf(anon.wallet), _nonceFrom(id));
        assertEq(channels.balanceOf(anon.wallet), FUNDS - _escrow());
    }

    function test_open_SecondFormat() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.format = "360p30";
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            _expectedBidDigest(bid),
            viewer.wallet,
            publisher.wallet,
            publisher.comm,
            videoId,
            keccak256("360p30"),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, ws, bs);
        _track(id, c);
    }

    /// @dev Signatures made over digests computed off-chain from the type strings open a channel: clients need
    /// nothing from the contract to sign.
    function test_open_WithIndependentlyComputedDigests() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bytes memory walletSignature = _sign(viewer.walletKey, _expectedBidDigest(bid));
        bytes memory bidderSignature = _sign(viewer.commKey, _expectedSignedBidDigest(bid, walletSignature));
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, c);
        assertEq(c.payer, viewer.wallet);

        bytes memory payment = _sign(viewer.walletKey, _expectedPaymentDigest(id, 3));
        vm.prank(publisher.wallet);
        _track(id, channels.withdrawFromChannel(id, c, 3, payment));
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
    }

    function test_open_OneSecondBeforeExpiration() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        vm.warp(uint256(bid.expiration) - 1);
        (, IPaymentChannel.Channel memory c) = _openBid(viewer, bid, publisher.wallet);
        assertEq(c.expiration, bid.expiration);
    }

    /// @dev Unlisting stops new channels only; one already open keeps paying out, closing and settling.
    function test_open_ChannelSurvivesUnlisting() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory c) = _openTracked(viewer, publisher);
        (bytes32 other, IPaymentChannel.Channel memory otherChannel) = _openTracked(advertiser, publisher);
        vm.prank(publisher.wallet);
        videos.unlist(videoId);

        c = _withdraw(viewer, id, c, 4);
        assertEq(channels.balanceOf(publisher.wallet), 4 * _price());
        _close(viewer, id, c, 6);
        assertEq(channels.balanceOf(publisher.wallet), 6 * _price());
        assertEq(channels.channelHash(id), 0);

        vm.warp(otherChannel.expiration);
        channels.settle(other, otherChannel);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS);
    }

    /// @dev The expiration is not capped: the payer chose it, and an exit bounds its lock anyway.
    function test_open_FarExpiration() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.expiration = type(uint64).max;
        (bytes32 id, IPaymentChannel.Channel memory c) = _openBid(viewer, bid, publisher.wallet);
        assertEq(c.expiration, type(uint64).max);
        vm.prank(viewer.wallet);
        c = channels.startExit(id, c);
        _track(id, c);
        assertEq(c.expiration, block.timestamp + EXIT_WINDOW);
    }

    function testFuzz_open_LocksRateTimesDuration(uint128 rate, uint64 lifetime, bool byNodeKey) public solvent {
        rate = uint128(bound(rate, 1, FUNDS / DURATION));
        IPaymentChannel.Bid memory bid = _bidOn(viewer, publisher, videoId, rate);
        bid.expiration = uint64(block.timestamp + bound(lifetime, 1, type(uint64).max - block.timestamp));
        (bytes32 id, IPaymentChannel.Channel memory c) =
            _openBid(viewer, bid, byNodeKey ? publisher.comm : publisher.wallet);
        assertEq(c.escrow, uint256(rate) * DURATION);
        assertEq(c.pricePerSegment, uint256(rate) * SEGMENT_LENGTH);
        assertEq(c.expiration, bid.expiration);
        assertEq(c.payee, publisher.wallet);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - c.escrow);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
        assertEq(id, _expectedBidDigest(bid));
    }

    // ---------------------------------------------------------------- open (calldata)

    /// @dev `open` and the digest views read the bid's head words raw. A typed field with dirty high bits must
    /// revert with no data, as the ABI decoder's typed read does, and never be hashed or used.
    function test_open_RevertWhen_BidFieldDirty() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        bytes memory view_ = abi.encodeCall(channels.bidDigest, (bid));
        // The bid tuple starts after the selector and the three head offsets of (Bid, bytes, bytes); in
        // `bidDigest(Bid)` after the selector and one offset. Fields: rate, expiration, bidderKey, counterpartyKey.
        uint256[4] memory fields = [uint256(0x20), 0x40, 0xa0, 0xc0];
        for (uint256 i; i < fields.length; ++i) {
            uint256 at = 4 + 0x60 + fields[i];
            _expectEmptyRevert(publisher.wallet, _patched(data, at, _wordAt(data, at) | (1 << 200)));
            at = 4 + 0x20 + fields[i];
            _expectEmptyRevert(publisher.wallet, _patched(view_, at, _wordAt(view_, at) | (1 << 200)));
        }
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));

        // The untouched calldata opens the channel, so the reverts above come from the dirty words alone.
        vm.prank(publisher.wallet);
        (bool ok, bytes memory ret) = address(channels).call(data);
        assertTrue(ok);
        (bytes32 id, IPaymentChannel.Channel memory c) = abi.decode(ret, (bytes32, IPaymentChannel.Channel));
        _track(id, c);
        assertEq(id, _expectedBidDigest(bid));
    }

    /// @dev The format string's offset and length must keep it inside the calldata.
    function test_open_RevertWhen_FormatOutOfCalldata() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        uint256 offsetAt = 4 + 0x60 + 0x80;
        uint256 lengthAt = 4 + 0x60 + _wordAt(data, offsetAt);
        assertEq(_wordAt(data, lengthAt), bytes(FORMAT).length);

        _expectEmptyRevert(publisher.wallet, _patched(data, offsetAt, data.length));
        _expectEmptyRevert(publisher.wallet, _patched(data, lengthAt, data.length));
        _expectEmptyRevert(publisher.wallet, _patched(data, lengthAt, uint256(type(uint64).max) + 1));
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));
    }
}
