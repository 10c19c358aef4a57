// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `payoutOf`, following payoutOf.tree: defined for every input, including ones no channel has.
contract PayoutOfTest is PaymentChannelBaseTest {
    function test_payoutOf_RevertWhen_ZeroPrice() public {
        IPaymentChannel.Channel memory c;
        c.escrow = 100;
        vm.expectRevert(IPaymentChannel.ZeroRate.selector);
        channels.payoutOf(c, 0);
    }

    function test_payoutOf_Values() public solvent givenOpenChannel {
        assertEq(channels.payoutOf(channel, 0), 0);
        assertEq(channels.payoutOf(channel, 1), _price());
        assertEq(channels.payoutOf(channel, _maxSegments()), _escrow());
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, _maxSegments() + 1, _maxSegments())
        );
        channels.payoutOf(channel, _maxSegments() + 1);
    }

    function test_payoutOf_CapsPartialLastSegment() public view {
        IPaymentChannel.Channel memory c = _terms(4, 10);
        assertEq(channels.payoutOf(c, 2), 8);
        assertEq(channels.payoutOf(c, 3), 10);
    }

    function test_payoutOf_ZeroEscrowPaysNothing() public {
        IPaymentChannel.Channel memory c = _terms(7, 0);
        assertEq(channels.payoutOf(c, 0), 0);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, 1, 0));
        channels.payoutOf(c, 1);
    }

    /// @dev The inputs where the former `(escrow + price - 1) / price` wrapped, and `balance x price` overflowed.
    function test_payoutOf_HugeValuesDoNotWrap() public {
        uint256 max = type(uint256).max;
        assertEq(channels.payoutOf(_terms(max, max), 1), max);
        assertEq(channels.payoutOf(_terms(max, max), 0), 0);
        assertEq(channels.payoutOf(_terms(1, max), max), max);
        assertEq(channels.payoutOf(_terms(1, max), max - 1), max - 1);
        // ceil((2^256 - 1) / (2^255 + 1)) = 2, and 2 x price would overflow: the payout is the escrow.
        assertEq(channels.payoutOf(_terms(2 ** 255 + 1, max), 2), max);
        assertEq(channels.payoutOf(_terms(2 ** 255 + 1, max), 1), 2 ** 255 + 1);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, max, 1));
        channels.payoutOf(_terms(max, max), max);
    }

    /// @dev Any terms a publisher can register: the payout is balance x price, capped at the escrow, both through
    /// `payoutOf` and through an actual withdraw; a full payment is worth exactly the escrow.
    function testFuzz_payoutOf_IsMinOfBalanceTimesPriceAndEscrow(
        uint128 rate,
        uint32 duration,
        uint32 segmentLength,
        uint256 balance
    ) public solvent {
        duration = uint32(bound(duration, 1, type(uint32).max));
        segmentLength = uint32(bound(segmentLength, 1, type(uint32).max));
        rate = uint128(bound(rate, 1, FUZZ_BUDGET / duration));
        uint256 escrow = uint256(rate) * duration;
        uint256 price = uint256(rate) * segmentLength;
        uint256 maxSegments = (uint256(duration) + segmentLength - 1) / segmentLength;

        bytes32 video = _registerTerms("QmFuzzTerms", duration, segmentLength);
        _fund(viewer.wallet, escrow);
        (bytes32 id, IPaymentChannel.Channel memory c) =
            _openBid(viewer, _bidOn(viewer, publisher, video, rate), publisher.wallet);
        assertEq(c.escrow, escrow);
        assertEq(c.pricePerSegment, price);
        assertEq(channels.payoutOf(c, maxSegments), escrow);

        balance = bound(balance, 1, maxSegments);
        uint256 expected = _min(balance * price, escrow);
        assertEq(channels.payoutOf(c, balance), expected);
        _withdraw(viewer, id, c, balance);
        assertEq(channels.balanceOf(publisher.wallet), expected);
    }

    /// @dev Every input, however large: the payout is min(balance x price, escrow), computed without overflow
    /// (the reference widens to 512 bits by comparing before multiplying).
    function testFuzz_payoutOf_NeverWraps(uint256 price, uint256 escrow, uint256 balance) public view {
        price = bound(price, 1, type(uint256).max);
        uint256 maxSegments = escrow == 0 ? 0 : (escrow - 1) / price + 1;
        balance = bound(balance, 0, maxSegments);
        uint256 payout = channels.payoutOf(_terms(price, escrow), balance);
        // balance x price >= escrow  <=>  balance >= ceil(escrow / price)
        uint256 expected = balance >= maxSegments ? escrow : balance * price;
        assertEq(payout, expected);
        assertLe(payout, escrow);
    }

    function testFuzz_payoutOf_RevertWhen_BalanceAboveMaxSegments(uint256 price, uint256 escrow, uint256 balance)
        public
    {
        price = bound(price, 1, type(uint256).max);
        // Below the largest escrow, so that some balance lies beyond ceil(escrow / price) even at a price of 1.
        escrow = bound(escrow, 0, type(uint256).max - 1);
        uint256 maxSegments = escrow == 0 ? 0 : (escrow - 1) / price + 1;
        balance = bound(balance, maxSegments + 1, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, balance, maxSegments));
        channels.payoutOf(_terms(price, escrow), balance);
    }

    function _terms(uint256 price, uint256 escrow) internal view returns (IPaymentChannel.Channel memory c) {
        c.payer = viewer.wallet;
        c.payee = publisher.wallet;
        c.pricePerSegment = price;
        c.escrow = escrow;
        c.expiration = 1;
    }
}
