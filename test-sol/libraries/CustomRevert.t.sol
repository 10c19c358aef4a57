// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {CustomRevert} from "../../src-sol/libraries/CustomRevert.sol";

/// @dev Every overload of `CustomRevert.revertWith` next to the plain `revert Error(args)` it stands for.
contract CustomRevertHarness {
    using CustomRevert for bytes4;

    error E0();
    error EAddress(address a);
    error EBytes32(bytes32 a);
    error EAddressAddress(address a, address b);
    error EBytes32Address(bytes32 a, address b);
    error EBytes32Bytes32(bytes32 a, bytes32 b);
    error EBytes32Uint64(bytes32 a, uint64 b);
    error EUint64Uint256(uint64 a, uint256 b);
    error EAddressUint256Uint256(address a, uint256 b, uint256 c);
    error EAddressBytes32Bytes32(address a, bytes32 b, bytes32 c);
    error EBytes32Uint256Uint256(bytes32 a, uint256 b, uint256 c);
    error EAddressAddressBoolAddress(address a, address b, bool c, address d);
    error EBytes32AddressAddressBool(bytes32 a, address b, address c, bool d);

    struct Args {
        address a1;
        address a2;
        address a3;
        bytes32 b1;
        bytes32 b2;
        uint64 small;
        uint256 u1;
        uint256 u2;
        bool flag;
    }

    function helper(uint256 which, Args calldata x) external pure {
        if (which == 0) E0.selector.revertWith();
        if (which == 1) EAddress.selector.revertWith(x.a1);
        if (which == 2) EBytes32.selector.revertWith(x.b1);
        if (which == 3) EAddressAddress.selector.revertWith(x.a1, x.a2);
        if (which == 4) EBytes32Address.selector.revertWith(x.b1, x.a1);
        if (which == 5) EBytes32Bytes32.selector.revertWith(x.b1, x.b2);
        if (which == 6) EBytes32Uint64.selector.revertWith(x.b1, x.small);
        if (which == 7) EUint64Uint256.selector.revertWith(x.small, x.u1);
        if (which == 8) EAddressUint256Uint256.selector.revertWith(x.a1, x.u1, x.u2);
        if (which == 9) EAddressBytes32Bytes32.selector.revertWith(x.a1, x.b1, x.b2);
        if (which == 10) EBytes32Uint256Uint256.selector.revertWith(x.b1, x.u1, x.u2);
        if (which == 11) EAddressAddressBoolAddress.selector.revertWith(x.a1, x.a2, x.flag, x.a3);
        EBytes32AddressAddressBool.selector.revertWith(x.b1, x.a1, x.a2, x.flag);
    }

    function referenceImpl(uint256 which, Args calldata x) external pure {
        if (which == 0) revert E0();
        if (which == 1) revert EAddress(x.a1);
        if (which == 2) revert EBytes32(x.b1);
        if (which == 3) revert EAddressAddress(x.a1, x.a2);
        if (which == 4) revert EBytes32Address(x.b1, x.a1);
        if (which == 5) revert EBytes32Bytes32(x.b1, x.b2);
        if (which == 6) revert EBytes32Uint64(x.b1, x.small);
        if (which == 7) revert EUint64Uint256(x.small, x.u1);
        if (which == 8) revert EAddressUint256Uint256(x.a1, x.u1, x.u2);
        if (which == 9) revert EAddressBytes32Bytes32(x.a1, x.b1, x.b2);
        if (which == 10) revert EBytes32Uint256Uint256(x.b1, x.u1, x.u2);
        if (which == 11) revert EAddressAddressBoolAddress(x.a1, x.a2, x.flag, x.a3);
        revert EBytes32AddressAddressBool(x.b1, x.a1, x.a2, x.flag);
    }
}

/// @notice `CustomRevert` against `revert Error(args)`: the same revert data for every overload and any values.
contract CustomRevertTest is Test {
    CustomRevertHarness internal harness = new CustomRevertHarness();

    function testFuzz_revertWith_MatchesRevertStatement(uint256 which, CustomRevertHarness.Args calldata x) public {
        which = bound(which, 0, 12);
        (bool okHelper, bytes memory helperData) = address(harness).call(abi.encodeCall(harness.helper, (which, x)));
        (bool okReference, bytes memory referenceData) =
            address(harness).call(abi.encodeCall(harness.referenceImpl, (which, x)));
        assertFalse(okHelper);
        assertFalse(okReference);
        assertEq(helperData, referenceData);
    }

    /// @dev The helpers clean narrow arguments as the ABI encoder does, even when the value on the stack is dirty.
    function test_revertWith_CleansNarrowArguments() public {
        CustomRevertHarness.Args memory x;
        x.a1 = address(0x1234);
        x.flag = true;
        (, bytes memory data) = address(harness).call(abi.encodeCall(harness.helper, (11, x)));
        assertEq(
            data,
            abi.encodeWithSelector(CustomRevertHarness.EAddressAddressBoolAddress.selector, x.a1, x.a2, true, x.a3)
        );
    }
}
