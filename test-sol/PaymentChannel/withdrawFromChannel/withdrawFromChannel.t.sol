// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {stdError} from "forge-std/StdError.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";

/// @notice `withdrawFromChannel`, following withdrawFromChannel.tree.
contract WithdrawFromChannelTest is PaymentChannelBaseTest {
    // ---------------------------------------------------------------- ChannelNotFound

    function test_withdrawFromChannel_RevertWhen_StructTampered() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 3);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId);
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.escrow = channel.escrow * 2;
        _expectWithdrawRevert(channelId, tampered, 3, signature, publisher.wallet, err);
        tampered = _copy(channel);
        tampered.pricePerSegment = channel.pricePerSegment * 2;
        _expectWithdrawRevert(channelId, tampered, 3, signature, publisher.wallet, err);
        tampered = _copy(channel);
        tampered.expiration = channel.expiration + 1;
        _expectWithdrawRevert(channelId, tampered, 3, signature, publisher.wallet, err);
        // Naming oneself payee, or one's key as the node key, does not help: the commitment fails first.
        tampered = _copy(channel);
        tampered.payee = advertiser.wallet;
        _expectWithdrawRevert(channelId, tampered, 3, signature, advertiser.wallet, err);
        tampered = _copy(channel);
        tampered.payeeKey = advertiser.comm;
        _expectWithdrawRevert(channelId, tampered, 3, signature, advertiser.comm, err);
    }

    /// @dev Replaying the pre-withdraw struct (withdrawn = 0) would credit the same segments twice.
    function test_withdrawFromChannel_RevertWhen_StaleWithdrawn() public solvent givenOpenChannel {
        IPaymentChannel.Channel memory before = channel;
        channel = _withdraw(viewer, channelId, channel, 3);
        bytes memory signature = _pay(viewer, channelId, 5);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId);
        _expectWithdrawRevert(channelId, before, 5, signature, publisher.wallet, err);
    }

    function test_withdrawFromChannel_RevertWhen_UnknownId() public solvent givenOpenChannel {
        bytes32 unknown = keccak256("unknown");
        bytes memory signature = _pay(viewer, unknown, 3);
        _expectWithdrawRevert(
            unknown,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, unknown)
        );
        _expectWithdrawRevert(
            bytes32(0),
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, bytes32(0))
        );
        assertTrue(channels.channelHash(channelId) != 0);
    }

    function test_withdrawFromChannel_RevertWhen_Closed() public solvent givenOpenChannel {
        _close(viewer, channelId, channel, 2);
        _expectWithdrawRevert(
            channelId,
            channel,
            5,
            _pay(viewer, channelId, 5),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId)
        );
    }

    /// @dev A `Channel` whose address or expiration word carries dirty high bits is not the committed channel,
    /// whatever its low bits say: the call fails and nothing moves.
    function test_withdrawFromChannel_RevertWhen_ChannelFieldDirty() public solvent givenOpenChannel {
        bytes memory data =
            abi.encodeCall(channels.withdrawFromChannel, (channelId, channel, 3, _pay(viewer, channelId, 3)));
        // The static struct sits inline after the id: payer, payee, payeeKey, price, escrow, withdrawn, expiration.
        uint256[4] memory fields = [uint256(0x00), 0x20, 0x40, 0xc0];
        for (uint256 i; i < fields.length; ++i) {
            uint256 at = 4 + 0x20 + fields[i];
            vm.prank(publisher.wallet);
            (bool ok, bytes memory ret) = address(channels).call(_patched(data, at, _wordAt(data, at) | (1 << 200)));
            assertFalse(ok);
            // Either the decoder's empty revert or the commitment mismatch, never a payout.
            if (ret.length != 0) {
                assertEq(ret, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId));
            }
        }
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.channelHash(channelId), keccak256(abi.encode(channel)));
    }

    // ---------------------------------------------------------------- who may act

    function test_withdrawFromChannel_RevertWhen_NotPayee() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 3);
        address[3] memory intruders = [advertiser.wallet, viewer.wallet, makeAddr("stranger")];
        for (uint256 i; i < intruders.length; ++i) {
            _expectWithdrawRevert(
                channelId,
                channel,
                3,
                signature,
                intruders[i],
                abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, channelId, intruders[i])
            );
        }
    }

    /// @dev A key of another wallet, and another key of the payee wallet, are not the channel's node key.
    function test_withdrawFromChannel_RevertWhen_KeyIsNotTheCounterparty() public solvent givenOpenChannel {
        Actor memory other = _addKey(publisher, "publisher.other");
        bytes memory signature = _pay(viewer, channelId, 3);
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            signature,
            other.comm,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, channelId, other.comm)
        );
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            signature,
            advertiser.comm,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, channelId, advertiser.comm)
        );
    }

    /// @dev Revoking the node key ends its powers at once, on channels it opened before too; the wallet keeps
    /// its own.
    function test_withdrawFromChannel_RevertWhen_NodeKeyRevoked() public solvent givenOpenChannel givenNodeKeyRevoked {
        bytes memory signature = _pay(viewer, channelId, 3);
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            signature,
            publisher.comm,
            abi.encodeWithSelector(
                IPaymentChannel.PayeeKeyNotAuthorized.selector, channelId, publisher.comm, publisher.wallet, false
            )
        );
        channel = _withdraw(viewer, channelId, channel, 3);
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
    }

    /// @dev Keys never change wallet (UserRegistry); should the registry ever say otherwise, the key is refused.
    function test_withdrawFromChannel_RevertWhen_NodeKeyReportedForAnotherWallet() public solvent givenOpenChannel {
        vm.mockCall(
            address(users), abi.encodeCall(IUserRegistry.keyOf, (publisher.comm)), abi.encode(advertiser.wallet, true)
        );
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            _pay(viewer, channelId, 3),
            publisher.comm,
            abi.encodeWithSelector(
                IPaymentChannel.PayeeKeyNotAuthorized.selector, channelId, publisher.comm, advertiser.wallet, true
            )
        );
    }

    // ---------------------------------------------------------------- expiration

    function test_withdrawFromChannel_RevertWhen_Expired() public solvent givenOpenChannel givenExpired {
        bytes memory signature = _pay(viewer, channelId, 3);
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, channelId, channel.expiration);
        _expectWithdrawRevert(channelId, channel, 3, signature, publisher.wallet, err);
        _expectWithdrawRevert(channelId, channel, 3, signature, publisher.comm, err);
        vm.warp(uint256(channel.expiration) + 30 days);
        _expectWithdrawRevert(channelId, channel, 3, signature, publisher.wallet, err);
    }

    function test_withdrawFromChannel_OneSecondBeforeExpiration() public solvent givenOpenChannel {
        vm.warp(uint256(channel.expiration) - 1);
        _withdraw(viewer, channelId, channel, 3);
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
    }

    // ---------------------------------------------------------------- the payment

    function test_withdrawFromChannel_RevertWhen_BalanceExceedsSegments() public solvent givenOpenChannel {
        uint256 tooMany = _maxSegments() + 1;
        _expectWithdrawRevert(
            channelId,
            channel,
            tooMany,
            _pay(viewer, channelId, tooMany),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, tooMany, _maxSegments())
        );
    }

    function test_withdrawFromChannel_RevertWhen_SameBalanceTwice() public solvent givenOpenChannel {
        channel = _withdraw(viewer, channelId, channel, 5);
        _expectWithdrawRevert(
            channelId,
            channel,
            5,
            _pay(viewer, channelId, 5),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, channelId, 5 * _price(), 5 * _price())
        );
    }

    function test_withdrawFromChannel_RevertWhen_LowerBalance() public solvent givenOpenChannel {
        channel = _withdraw(viewer, channelId, channel, 5);
        _expectWithdrawRevert(
            channelId,
            channel,
            4,
            _pay(viewer, channelId, 4),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, channelId, 4 * _price(), 5 * _price())
        );
    }

    function test_withdrawFromChannel_RevertWhen_ZeroBalance() public solvent givenOpenChannel {
        _expectWithdrawRevert(
            channelId,
            channel,
            0,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, channelId, 0, 0)
        );
    }

    function test_withdrawFromChannel_RevertWhen_SignedBySomeoneElse() public solvent givenOpenChannel {
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            _pay(advertiser, channelId, 3),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, advertiser.wallet)
        );
    }

    /// @dev Payments are signed by the payer's wallet; its communication key is not a substitute.
    function test_withdrawFromChannel_RevertWhen_SignedByPayerCommKey() public solvent givenOpenChannel {
        _expectWithdrawRevert(
            channelId,
            channel,
            3,
            _sign(viewer.commKey, channels.paymentDigest(channelId, 3)),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, viewer.comm)
        );
    }

    /// @dev A payment signed for one channel moves nothing in another, even between the same two parties.
    function test_withdrawFromChannel_RevertWhen_PaymentForOtherChannel() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory c) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, first, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(second, 3), signature);
        assertTrue(recovered != viewer.wallet);
        _expectWithdrawRevert(
            second,
            c,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }

    /// @dev A signature for a different balance of the same channel recovers someone else.
    function test_withdrawFromChannel_RevertWhen_PaymentForOtherBalance() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(channelId, 4), signature);
        _expectWithdrawRevert(
            channelId,
            channel,
            4,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, recovered)
        );
    }

    function test_withdrawFromChannel_RevertWhen_PaymentSignatureMalformed() public solvent givenOpenChannel {
        bytes memory good = _pay(viewer, channelId, 3);
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, address(0));
        _expectWithdrawRevert(channelId, channel, 3, _highS(good), publisher.wallet, err);
        _expectWithdrawRevert(channelId, channel, 3, _truncate64(good), publisher.wallet, err);
        _expectWithdrawRevert(channelId, channel, 3, _extend66(good), publisher.wallet, err);
        _expectWithdrawRevert(channelId, channel, 3, _garbage(), publisher.wallet, err);
        _expectWithdrawRevert(channelId, channel, 3, "", publisher.wallet, err);
    }

    // ---------------------------------------------------------------- success

    function test_withdrawFromChannel_CreditsIncreases() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 3);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(channelId, 3, 3 * _price(), 3 * _price());
        vm.prank(publisher.wallet);
        IPaymentChannel.Channel memory updated = channels.withdrawFromChannel(channelId, channel, 3, signature);
        _track(channelId, updated);

        assertEq(updated.withdrawn, 3 * _price());
        channel.withdrawn = updated.withdrawn;
        assertEq(keccak256(abi.encode(updated)), keccak256(abi.encode(channel)), "only withdrawn changes");
        assertEq(channels.channelHash(channelId), keccak256(abi.encode(updated)));
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());

        // The returned struct is what the next call needs.
        signature = _pay(viewer, channelId, 10);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(channelId, 10, 7 * _price(), 10 * _price());
        vm.prank(publisher.wallet);
        updated = channels.withdrawFromChannel(channelId, updated, 10, signature);
        _track(channelId, updated);
        assertEq(channels.balanceOf(publisher.wallet), 10 * _price());
    }

    /// @dev The node key withdraws for its wallet: the credit goes to the wallet's free balance.
    function test_withdrawFromChannel_ByNodeKey() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 3);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(channelId, 3, 3 * _price(), 3 * _price());
        vm.prank(publisher.comm);
        channel = channels.withdrawFromChannel(channelId, channel, 3, signature);
        _track(channelId, channel);
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
        assertEq(channels.balanceOf(publisher.comm), 0);
    }

    function test_withdrawFromChannel_FullPaymentPaysEscrow() public solvent givenOpenChannel {
        IPaymentChannel.Channel memory updated = _withdraw(viewer, channelId, channel, _maxSegments());
        assertEq(updated.withdrawn, _escrow());
        assertEq(channels.balanceOf(publisher.wallet), _escrow());
        // Nothing is left to withdraw, but the channel stays open until closed or settled.
        assertTrue(channels.channelHash(channelId) != 0);
    }

    /// @dev 10 s in 4 s segments: three segments, the last one 2 s long, so paying all three is worth the escrow
    /// (10 x rate), not 3 x price (12 x rate).
    function test_withdrawFromChannel_PartialLastSegmentCapsAtEscrow() public solvent {
        bytes32 video = _registerTerms("QmPartialSegment", 10, 4);
        (bytes32 id, IPaymentChannel.Channel memory c) =
            _openBid(viewer, _bidOn(viewer, publisher, video, RATE), publisher.wallet);
        assertEq(c.pricePerSegment, 4 * uint256(RATE));
        assertEq(c.escrow, 10 * uint256(RATE));
        c = _withdraw(viewer, id, c, 2);
        assertEq(c.withdrawn, 8 * uint256(RATE));

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(id, 3, 2 * uint256(RATE), 10 * uint256(RATE));
        c = _withdraw(viewer, id, c, 3);
        assertEq(channels.balanceOf(publisher.wallet), 10 * uint256(RATE));
        _expectWithdrawRevert(
            id,
            c,
            4,
            _pay(viewer, id, 4),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, 4, 3)
        );
    }

    /// @dev Unreachable with PTI, whose supply fits 96 bits; forced here through storage to show that a credit
    /// past 2^96 - 1 panics instead of wrapping the payee's balance.
    function test_withdrawFromChannel_RevertWhen_CreditWouldPass96Bits() public givenOpenChannel {
        vm.store(address(channels), _accountSlot(publisher.wallet), bytes32(uint256(type(uint96).max)));
        bytes memory signature = _pay(viewer, channelId, 1);
        vm.prank(publisher.wallet);
        vm.expectRevert(stdError.arithmeticError);
        channels.withdrawFromChannel(channelId, channel, 1, signature);
        vm.prank(publisher.wallet);
        vm.expectRevert(stdError.arithmeticError);
        channels.close(channelId, channel, 1, signature);
    }

    /// @dev Any sequence of presented balances: withdrawn only grows, each step credits exactly the increase, and
    /// every non-increasing payment is refused with the values the contract saw.
    function testFuzz_withdrawFromChannel_WithdrawnIsMonotonic(uint256[6] memory balances, bool byNodeKey)
        public
        solvent
        givenOpenChannel
    {
        address caller = byNodeKey ? publisher.comm : publisher.wallet;
        for (uint256 i; i < balances.length; ++i) {
            uint256 balance = bound(balances[i], 0, _maxSegments());
            uint256 payout = _min(balance * _price(), _escrow());
            uint256 credited = channels.balanceOf(publisher.wallet);
            if (payout > channel.withdrawn) {
                IPaymentChannel.Channel memory updated = _withdrawAs(caller, viewer, channelId, channel, balance);
                assertEq(updated.withdrawn, payout);
                assertEq(channels.balanceOf(publisher.wallet) - credited, payout - channel.withdrawn);
                channel = updated;
            } else {
                _expectWithdrawRevert(
                    channelId,
                    channel,
                    balance,
                    _pay(viewer, channelId, balance),
                    caller,
                    abi.encodeWithSelector(
                        IPaymentChannel.NothingToWithdraw.selector, channelId, payout, channel.withdrawn
                    )
                );
            }
            assertEq(channels.balanceOf(publisher.wallet), channel.withdrawn);
            assertLe(channel.withdrawn, channel.escrow);
        }
    }

    /// @dev A payment signed for one channel is refused by every other channel, whatever the balance.
    function testFuzz_withdrawFromChannel_PaymentBoundToChannel(uint256 balance) public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory c) = _openTracked(viewer, publisher);
        balance = bound(balance, 1, _maxSegments());
        bytes memory signature = _pay(viewer, first, balance);
        address recovered = ECDSA.recover(channels.paymentDigest(second, balance), signature);
        _expectWithdrawRevert(
            second,
            c,
            balance,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }
}
