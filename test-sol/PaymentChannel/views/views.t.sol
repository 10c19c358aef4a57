// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice The views, following views.tree.
contract ViewsTest is PaymentChannelBaseTest {
    function test_typeHashes_MatchTypeStrings() public view {
        assertEq(channels.BID_TYPEHASH(), keccak256(bytes(BID_TYPE)));
        assertEq(channels.SIGNED_BID_TYPEHASH(), keccak256(bytes(string.concat(SIGNED_BID_TYPE, BID_TYPE))));
        assertEq(channels.PAYMENT_TYPEHASH(), keccak256(bytes(PAYMENT_TYPE)));
        assertEq(channels.EXIT_WINDOW(), 1 hours);
    }

    function test_bidDigest_MatchesIndependentDigest() public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        assertEq(channels.bidDigest(bid), _expectedBidDigest(bid));
        bid.nonce = keccak256("nonce");
        bid.format = "";
        bid.bidderKey = address(0);
        assertEq(channels.bidDigest(bid), _expectedBidDigest(bid));
    }

    function testFuzz_bidDigest_MatchesIndependentDigest(IPaymentChannel.Bid memory bid) public view {
        assertEq(channels.bidDigest(bid), _expectedBidDigest(bid));
    }

    function test_bidDigest_FollowsChainId() public {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bytes32 here = channels.bidDigest(bid);
        vm.chainId(block.chainid + 1);
        bytes32 there = channels.bidDigest(bid);
        assertTrue(here != there);
        assertEq(there, _expectedBidDigest(bid));
    }

    function test_bidDigest_DependsOnEveryField() public view {
        bytes32 base = channels.bidDigest(_bid(viewer, publisher));
        for (uint256 field; field < 7; ++field) {
            IPaymentChannel.Bid memory other = _bid(viewer, publisher);
            if (field == 0) other.nonce = bytes32(uint256(1));
            else if (field == 1) other.rate = RATE + 1;
            else if (field == 2) other.expiration += 1;
            else if (field == 3) other.video = keccak256("other");
            else if (field == 4) other.format = "360p30";
            else if (field == 5) other.bidderKey = advertiser.comm;
            else other.counterpartyKey = advertiser.comm;
            assertTrue(channels.bidDigest(other) != base);
        }
    }

    function test_signedBidDigest_MatchesIndependentDigest() public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        assertEq(channels.signedBidDigest(bid, ws), _expectedSignedBidDigest(bid, ws));
        assertEq(channels.signedBidDigest(bid, ""), _expectedSignedBidDigest(bid, ""));
        assertTrue(channels.signedBidDigest(bid, ws) != channels.signedBidDigest(bid, _highS(ws)));
    }

    function testFuzz_signedBidDigest_MatchesIndependentDigest(bytes memory walletSignature) public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        assertEq(channels.signedBidDigest(bid, walletSignature), _expectedSignedBidDigest(bid, walletSignature));
    }

    function testFuzz_paymentDigest_MatchesIndependentDigest(bytes32 id, uint256 balance) public view {
        assertEq(channels.paymentDigest(id, balance), _expectedPaymentDigest(id, balance));
    }

    function test_hashChannel_IsKeccakOfAbiEncoding() public solvent givenOpenChannel {
        assertEq(channels.hashChannel(channel), keccak256(abi.encode(channel)));
        assertEq(channels.hashChannel(channel), channels.channelHash(channelId));
        IPaymentChannel.Channel memory other = _copy(channel);
        other.withdrawn = 1;
        assertTrue(channels.hashChannel(other) != channels.hashChannel(channel));
    }

    function testFuzz_hashChannel_IsKeccakOfAbiEncoding(IPaymentChannel.Channel memory c) public view {
        assertEq(channels.hashChannel(c), keccak256(abi.encode(c)));
    }

    function test_channelHash_ZeroWhenNotOpen() public view {
        assertEq(channels.channelHash(keccak256("nothing")), 0);
        assertEq(channels.channelHash(0), 0);
    }

    /// @dev The balance is the low 96 bits of the account word, the nonce the high 160.
    function test_balanceOfAndNonceOf_ReadOneWord() public solvent givenOpenChannel {
        bytes32 word = vm.load(address(channels), _accountSlot(viewer.wallet));
        assertEq(uint256(word) & type(uint96).max, channels.balanceOf(viewer.wallet));
        assertEq(bytes32(uint256(word) >> 96), channels.nonceOf(viewer.wallet));
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(channelId));
    }
}
