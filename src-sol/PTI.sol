// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {IPTI} from "./interfaces/IPTI.sol";

/// @title PTI
/// @notice The Paratii token. The whole supply is minted once, at deploy, to an explicit holder.
contract PTI is ERC20Permit, IPTI {
    /// @param holder Receives the whole supply; named explicitly so deployment never relies on msg.sender.
    /// @param supply The total supply, in wei (18 decimals).
    constructor(address holder, uint256 supply) ERC20("Paratii", "PTI") ERC20Permit("Paratii") {
        if (holder == address(0)) revert ZeroHolder();
        if (supply == 0) revert ZeroSupply();
        // PaymentChannel keeps balances in 96 bits; a supply that fits makes its credits overflow-free.
        if (supply > type(uint96).max) revert SupplyTooLarge(supply, type(uint96).max);
        _mint(holder, supply);
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner) public view override(ERC20Permit, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }
}
