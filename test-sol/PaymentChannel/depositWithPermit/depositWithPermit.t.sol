// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice `depositWithPermit`, following depositWithPermit.tree.
contract DepositWithPermitTest is PaymentChannelBaseTest {
    function test_depositWithPermit_RevertWhen_ZeroAmount() public solvent {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 0, deadline, viewer.walletKey);
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.depositWithPermit(0, deadline, v, r, s);
    }

    function test_depositWithPermit_RevertWhen_BadPermitAndNoAllowance() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, advertiser.walletKey);
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(channels), 0, 7 ether)
        );
        channels.depositWithPermit(7 ether, deadline, v, r, s);
    }

    /// @dev A front-runner who submits the permit first burns its nonce; the deposit must still succeed
    /// because the allowance it granted is all the transfer needs.
    function test_depositWithPermit_SucceedsAfterFrontRunPermit() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, viewer.walletKey);
        vm.prank(makeAddr("frontRunner"));
        pti.permit(viewer.wallet, address(channels), 7 ether, deadline, v, r, s);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 7 ether);

        vm.prank(viewer.wallet);
        channels.depositWithPermit(7 ether, deadline, v, r, s);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 7 ether);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }

    function test_depositWithPermit_DepositsInOneCall() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, viewer.walletKey);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.Deposited(viewer.wallet, 7 ether);
        vm.prank(viewer.wallet);
        channels.depositWithPermit(7 ether, deadline, v, r, s);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 7 ether);
        assertEq(pti.balanceOf(viewer.wallet), 0);
        assertEq(pti.nonces(viewer.wallet), 1);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }
}
