// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {PTI} from "../../../src-sol/PTI.sol";
import {PaymentChannel} from "../../../src-sol/PaymentChannel.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `deposit`, following deposit.tree.
contract DepositTest is PaymentChannelBaseTest {
    function test_constructor_WiresTokenAndRegistries() public view {
        assertEq(address(channels.token()), address(pti));
        assertEq(address(channels.userRegistry()), address(users));
        assertEq(address(channels.videoRegistry()), address(videos));
    }

    function test_deposit_RevertWhen_ZeroAmount() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.deposit(0);
    }

    function test_deposit_RevertWhen_AmountAloneExceeds96Bits() public solvent {
        uint256 amount = uint256(type(uint96).max) + 1;
        vm.prank(publisher.wallet);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceOverflow.selector, publisher.wallet, 0, amount));
        channels.deposit(amount);
    }

    /// @dev PTI itself caps its supply at 2^96 - 1, so the only way to overflow a free balance with real
    /// tokens is a holder of the whole maximum supply depositing all of it and then one more wei.
    function test_deposit_RevertWhen_BalanceWouldPass96Bits() public {
        address whale = makeAddr("whale");
        PTI big = new PTI(whale, type(uint96).max);
        PaymentChannel other = new PaymentChannel(big, users, videos);
        vm.startPrank(whale);
        big.approve(address(other), type(uint256).max);
        other.deposit(type(uint96).max);
        assertEq(other.balanceOf(whale), type(uint96).max);

        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.BalanceOverflow.selector, whale, uint256(type(uint96).max), 1)
        );
        other.deposit(1);
        vm.stopPrank();
        assertEq(big.balanceOf(address(other)), type(uint96).max);
    }

    function test_deposit_RevertWhen_NoAllowance() public solvent {
        _give(viewer.wallet, 5 ether);
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(channels), 0, 5 ether)
        );
        channels.deposit(5 ether);
    }

    function test_deposit_RevertWhen_NoTokens() public solvent {
        vm.startPrank(viewer.wallet);
        pti.approve(address(channels), 5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, viewer.wallet, 0, 5 ether)
        );
        channels.deposit(5 ether);
        vm.stopPrank();
    }

    function test_deposit_CreditsBalanceAndMovesTokens() public solvent {
        _give(viewer.wallet, 5 ether);
        vm.prank(viewer.wallet);
        pti.approve(address(channels), 5 ether);
        uint256 held = pti.balanceOf(address(channels));

        vm.expectEmit(address(channels));
        emit IPaymentChannel.Deposited(viewer.wallet, 5 ether);
        vm.expectEmit(address(pti));
        emit IERC20.Transfer(viewer.wallet, address(channels), 5 ether);
        vm.prank(viewer.wallet);
        channels.deposit(5 ether);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 5 ether);
        assertEq(pti.balanceOf(viewer.wallet), 0);
        assertEq(pti.balanceOf(address(channels)), held + 5 ether);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }

    /// @dev The nonce shares the balance's storage word: a deposit must not disturb it.
    function test_deposit_KeepsTheNonce() public solvent {
        (bytes32 id,) = _openTracked(viewer, publisher);
        _fund(viewer.wallet, 3 ether);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow() + 3 ether);
    }

    function testFuzz_deposit_WithdrawRoundTrip(uint256 amount, uint256 out) public solvent {
        amount = bound(amount, 1, pti.balanceOf(treasury));
        out = bound(out, 1, amount);
        uint256 held = pti.balanceOf(address(channels));
        _fund(publisher.wallet, amount);
        assertEq(channels.balanceOf(publisher.wallet), amount);
        assertEq(pti.balanceOf(address(channels)), held + amount);

        vm.prank(publisher.wallet);
        channels.withdraw(out);
        assertEq(channels.balanceOf(publisher.wallet), amount - out);
        assertEq(pti.balanceOf(publisher.wallet), out);

        uint256 left = amount - out;
        vm.prank(publisher.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, publisher.wallet, left, left + 1)
        );
        channels.withdraw(left + 1);
    }
}
