// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title CustomRevert
/// @notice Reverts with a custom error and its arguments, ABI-encoded exactly as `revert Error(args)` encodes them,
/// in the style of Uniswap v4's `CustomRevert`: `Error.selector.revertWith(args)`.
/// @dev Each function writes the selector and its arguments at the free memory pointer (or in scratch space) and
/// reverts from there, so nothing written outlives the assembly block: the call ends with it. Arguments of value
/// types narrower than a word (address, bool) are cleaned as the ABI encoder cleans them. Differentially tested
/// against `revert Error(args)` in `test-sol/libraries/CustomRevert.t.sol`.
library CustomRevert {
    /// @dev `Error()`.
    function revertWith(bytes4 selector) internal pure {
        assembly ("memory-safe") {
            mstore(0x00, selector)
            revert(0x00, 0x04)
        }
    }

    /// @dev `Error(address)`.
    function revertWith(bytes4 selector, address a) internal pure {
        assembly ("memory-safe") {
            mstore(0x00, selector)
            mstore(0x04, and(a, 0xffffffffffffffffffffffffffffffffffffffff))
            revert(0x00, 0x24)
        }
    }

    /// @dev `Error(bytes32)`.
    function revertWith(bytes4 selector, bytes32 a) internal pure {
        assembly ("memory-safe") {
            mstore(0x00, selector)
            mstore(0x04, a)
            revert(0x00, 0x24)
        }
    }

    /// @dev `Error(address,address)`.
    function revertWith(bytes4 selector, address a, address b) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), and(a, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x24), and(b, 0xffffffffffffffffffffffffffffffffffffffff))
            revert(m, 0x44)
        }
    }

    /// @dev `Error(bytes32,address)`.
    function revertWith(bytes4 selector, bytes32 a, address b) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), and(b, 0xffffffffffffffffffffffffffffffffffffffff))
            revert(m, 0x44)
        }
    }

    /// @dev `Error(bytes32,bytes32)`.
    function revertWith(bytes4 selector, bytes32 a, bytes32 b) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), b)
            revert(m, 0x44)
        }
    }

    /// @dev `Error(bytes32,uint256)`, and `Error(bytes32,uintN)` for any N (a clean uintN encodes as a uint256).
    function revertWith(bytes4 selector, bytes32 a, uint256 b) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), b)
            revert(m, 0x44)
        }
    }

    /// @dev `Error(uint256,uint256)`, and the same with narrower unsigned integers.
    function revertWith(bytes4 selector, uint256 a, uint256 b) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), b)
            revert(m, 0x44)
        }
    }

    /// @dev `Error(address,uint256,uint256)`.
    function revertWith(bytes4 selector, address a, uint256 b, uint256 c) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), and(a, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x24), b)
            mstore(add(m, 0x44), c)
            revert(m, 0x64)
        }
    }

    /// @dev `Error(address,bytes32,bytes32)`.
    function revertWith(bytes4 selector, address a, bytes32 b, bytes32 c) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), and(a, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x24), b)
            mstore(add(m, 0x44), c)
            revert(m, 0x64)
        }
    }

    /// @dev `Error(bytes32,uint256,uint256)`, and the same with narrower unsigned integers.
    function revertWith(bytes4 selector, bytes32 a, uint256 b, uint256 c) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), b)
            mstore(add(m, 0x44), c)
            revert(m, 0x64)
        }
    }

    /// @dev `Error(address,address,bool,address)`.
    function revertWith(bytes4 selector, address a, address b, bool c, address d) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), and(a, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x24), and(b, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x44), iszero(iszero(c)))
            mstore(add(m, 0x64), and(d, 0xffffffffffffffffffffffffffffffffffffffff))
            revert(m, 0x84)
        }
    }

    /// @dev `Error(bytes32,address,address,bool)`.
    function revertWith(bytes4 selector, bytes32 a, address b, address c, bool d) internal pure {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            mstore(add(m, 0x04), a)
            mstore(add(m, 0x24), and(b, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x44), and(c, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x64), iszero(iszero(d)))
            revert(m, 0x84)
        }
    }
}
