// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title IPTI
/// @notice The Paratii token: a fixed-supply ERC20 with 18 decimals and EIP-2612 permit.
interface IPTI is IERC20, IERC20Metadata, IERC20Permit {
    /// @notice Thrown when the initial holder is the zero address.
    error ZeroHolder();

    /// @notice Thrown when the supply is zero.
    error ZeroSupply();

    /// @notice Thrown when the supply exceeds 2^96 - 1 wei, the most PaymentChannel's balances can hold.
    /// @param supply The supply given.
    /// @param max The maximum.
    error SupplyTooLarge(uint256 supply, uint256 max);
}
