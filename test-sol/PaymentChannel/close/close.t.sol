// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `close`, following close.tree.
contract CloseTest is PaymentChannelBaseTest {
    function test_close_RevertWhen_StructTampered() public solvent givenOpenChannel {
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId);
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.withdrawn = 1;
        _expectCloseRevert(channelId, tampered, 0, "", publisher.wallet, err);
        tampered = _copy(channel);
        tampered.payer = advertiser.wallet;
        _expectCloseRevert(channelId, tampered, 0, "", publisher.wallet, err);
    }

    function test_close_RevertWhen_AlreadyClosed() public solvent givenOpenChannel {
        vm.prank(publisher.wallet);
        channels.close(channelId, channel, 0, "");
        _expectCloseRevert(
            channelId,
            channel,
            0,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, channelId)
        );
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_close_RevertWhen_UnknownId() public solvent givenOpenChannel {
        bytes32 unknown = keccak256("unknown");
        _expectCloseRevert(
            unknown,
            channel,
            0,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, unknown)
        );
    }

    /// @dev The payer cannot close to claw back its escrow: it starts an exit instead.
    function test_close_RevertWhen_NotPayee() public solvent givenOpenChannel {
        _expectCloseRevert(
            channelId,
            channel,
            0,
            "",
            viewer.wallet,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, channelId, viewer.wallet)
        );
        _expectCloseRevert(
            channelId,
            channel,
            0,
            "",
            advertiser.comm,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, channelId, advertiser.comm)
        );
    }

    function test_close_RevertWhen_NodeKeyRevoked() public solvent givenOpenChannel givenNodeKeyRevoked {
        _expectCloseRevert(
            channelId,
            channel,
            3,
            _pay(viewer, channelId, 3),
            publisher.comm,
            abi.encodeWithSelector(
                IPaymentChannel.PayeeKeyNotAuthorized.selector, channelId, publisher.comm, publisher.wallet, false
            )
        );
    }

    function test_close_RevertWhen_Expired() public solvent givenOpenChannel givenExpired {
        _expectCloseRevert(
            channelId,
            channel,
            3,
            _pay(viewer, channelId, 3),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, channelId, channel.expiration)
        );
    }

    function test_close_RevertWhen_BalanceExceedsSegments() public solvent givenOpenChannel {
        uint256 tooMany = _maxSegments() + 1;
        _expectCloseRevert(
            channelId,
            channel,
            tooMany,
            _pay(viewer, channelId, tooMany),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, tooMany, _maxSegments())
        );
    }

    function test_close_RevertWhen_NewPaymentUnsigned() public solvent givenOpenChannel givenWithdrawn {
        _expectCloseRevert(
            channelId,
            channel,
            5,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, address(0))
        );
    }

    function test_close_RevertWhen_SignedBySomeoneElse() public solvent givenOpenChannel {
        _expectCloseRevert(
            channelId,
            channel,
            3,
            _pay(publisher, channelId, 3),
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, channelId, publisher.wallet)
        );
    }

    function test_close_RevertWhen_PaymentForOtherChannel() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory c) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, first, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(second, 3), signature);
        _expectCloseRevert(
            second,
            c,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }

    function test_close_PaysPayeeAndRefundsPayer() public solvent givenOpenChannel {
        uint256 paid = 7 * _price();
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 7, paid, _escrow() - paid);
        _close(viewer, channelId, channel, 7);

        assertEq(channels.channelHash(channelId), 0);
        assertEq(channels.balanceOf(publisher.wallet), paid);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - paid);
        // The nonce stays at the closed channel: the next bid chains from it.
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(channelId));
    }

    /// @dev The node key closes for its wallet: the credit goes to the wallet's free balance.
    function test_close_ByNodeKey() public solvent givenOpenChannel {
        bytes memory signature = _pay(viewer, channelId, 7);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 7, 7 * _price(), _escrow() - 7 * _price());
        vm.prank(publisher.comm);
        channels.close(channelId, channel, 7, signature);
        assertEq(channels.balanceOf(publisher.wallet), 7 * _price());
        assertEq(channels.balanceOf(publisher.comm), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 7 * _price());
    }

    function test_close_AfterWithdrawCreditsOnlyTheRest() public solvent givenOpenChannel givenWithdrawn {
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 9, 5 * _price(), _escrow() - 9 * _price());
        _close(viewer, channelId, channel, 9);
        assertEq(channels.balanceOf(publisher.wallet), 9 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 9 * _price());
    }

    function test_close_FullPaymentLeavesNoRefund() public solvent givenOpenChannel {
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, _maxSegments(), _escrow(), 0);
        _close(viewer, channelId, channel, _maxSegments());
        assertEq(channels.balanceOf(publisher.wallet), _escrow());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
    }

    function test_close_WithoutPaymentRefundsAll() public solvent givenOpenChannel {
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.close(channelId, channel, 0, "");
        assertEq(channels.channelHash(channelId), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
        assertEq(channels.balanceOf(publisher.wallet), 0);
    }

    /// @dev A payment worth no more than what was withdrawn moves nothing, so it needs no signature.
    function test_close_StalePaymentNeedsNoSignature() public solvent givenOpenChannel givenWithdrawn {
        uint256 snapshot = vm.snapshotState();
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 3, 0, _escrow() - 4 * _price());
        vm.prank(publisher.wallet);
        channels.close(channelId, channel, 3, "");
        assertEq(channels.balanceOf(publisher.wallet), 4 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 4 * _price());

        vm.revertToState(snapshot);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(channelId, 4, 0, _escrow() - 4 * _price());
        vm.prank(publisher.wallet);
        channels.close(channelId, channel, 4, _garbage());
        assertEq(channels.channelHash(channelId), 0);
    }

    /// @dev Whatever was paid, withdrawn or refunded, the two parties' free balances after close add up to what
    /// they had before open, and the payee wallet gets exactly the best payment it presented.
    function testFuzz_close_ConservesFreeBalances(
        uint128 rate,
        uint256 firstBalance,
        uint256 closeBalance,
        bool attention,
        bool byNodeKey
    ) public solvent {
        rate = uint128(bound(rate, 1, FUNDS / DURATION));
        firstBalance = bound(firstBalance, 0, _maxSegments());
        closeBalance = bound(closeBalance, 0, _maxSegments());
        (Actor memory payer, Actor memory payee) = attention ? (advertiser, viewer) : (viewer, publisher);
        uint256 total = channels.balanceOf(payer.wallet) + channels.balanceOf(payee.wallet);
        uint256 payeeBefore = channels.balanceOf(payee.wallet);

        bytes32 id = _openWithdrawAndClose(payer, payee, rate, firstBalance, closeBalance, byNodeKey);

        uint256 best = firstBalance > closeBalance ? firstBalance : closeBalance;
        uint256 earned = _min(best * uint256(rate) * SEGMENT_LENGTH, uint256(rate) * DURATION);
        assertEq(channels.balanceOf(payer.wallet) + channels.balanceOf(payee.wallet), total);
        assertEq(channels.balanceOf(payee.wallet) - payeeBefore, earned);
        assertEq(channels.channelHash(id), 0);
    }

    function _openWithdrawAndClose(
        Actor memory payer,
        Actor memory payee,
        uint128 rate,
        uint256 firstBalance,
        uint256 closeBalance,
        bool byNodeKey
    ) internal returns (bytes32 id) {
        IPaymentChannel.Channel memory c;
        (id, c) = _openBid(payer, _bidOn(payer, payee, videoId, rate), payee.wallet);
        if (firstBalance != 0) c = _withdraw(payer, id, c, firstBalance);
        bytes memory signature = _pay(payer, id, closeBalance);
        vm.prank(byNodeKey ? payee.comm : payee.wallet);
        channels.close(id, c, closeBalance, signature);
    }
}
