// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `withdraw`, following withdraw.tree.
contract WithdrawTest is PaymentChannelBaseTest {
    function test_withdraw_RevertWhen_ZeroAmount() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.withdraw(0);
    }

    function test_withdraw_RevertWhen_InsufficientBalance() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, viewer.wallet, FUNDS, FUNDS + 1)
        );
        channels.withdraw(FUNDS + 1);
    }

    function test_withdraw_RevertWhen_FundsAreInEscrow() public solvent {
        _openTracked(viewer, publisher);
        uint256 free = FUNDS - _escrow();
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, viewer.wallet, free, FUNDS)
        );
        channels.withdraw(FUNDS);
    }

    /// @dev The publisher's node key earns for the publisher's wallet, but the free balance is the wallet's:
    /// from the key's address there is nothing to withdraw.
    function test_withdraw_RevertWhen_CallerIsNodeKey() public solvent givenOpenChannel {
        channel = _withdrawAs(publisher.comm, viewer, channelId, channel, 5);
        assertEq(channels.balanceOf(publisher.wallet), 5 * _price());
        vm.prank(publisher.comm);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, publisher.comm, 0, 5 * _price())
        );
        channels.withdraw(5 * _price());
        assertEq(channels.balanceOf(publisher.wallet), 5 * _price());
    }

    function test_withdraw_ReturnsTokens() public solvent {
        uint256 held = pti.balanceOf(address(channels));
        vm.expectEmit(address(channels));
        emit IPaymentChannel.Withdrawn(viewer.wallet, 300 ether);
        vm.expectEmit(address(pti));
        emit IERC20.Transfer(address(channels), viewer.wallet, 300 ether);
        vm.prank(viewer.wallet);
        channels.withdraw(300 ether);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 300 ether);
        assertEq(pti.balanceOf(viewer.wallet), 300 ether);
        assertEq(pti.balanceOf(address(channels)), held - 300 ether);
    }

    function test_withdraw_WholeBalanceKeepsTheNonce() public solvent givenOpenChannel {
        uint256 free = FUNDS - _escrow();
        vm.prank(viewer.wallet);
        channels.withdraw(free);
        assertEq(channels.balanceOf(viewer.wallet), 0);
        assertEq(pti.balanceOf(viewer.wallet), free);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(channelId));
    }
}
