// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Account as PackedAccount, Accounts} from "../../src-sol/libraries/Accounts.sol";

/// @dev The reference: Solidity's own packing of a `{uint96, uint160}` struct in one storage slot.
contract AccountsHarness {
    struct Packed {
        uint96 balance;
        uint160 nonce;
    }

    Packed internal _packed;

    function storedWord(uint96 balance, uint160 nonce) external returns (uint256 word) {
        _packed = Packed(balance, nonce);
        assembly ("memory-safe") {
            word := sload(_packed.slot)
        }
    }
}

/// @notice `Accounts` against Solidity's packed struct layout, and the round trip.
contract AccountsTest is Test {
    using Accounts for PackedAccount;

    AccountsHarness internal harness = new AccountsHarness();

    function testFuzz_pack_IsSolidityPackedStructLayout(uint96 balance, uint160 nonce) public {
        assertEq(PackedAccount.unwrap(Accounts.pack(balance, nonce)), harness.storedWord(balance, nonce));
    }

    function testFuzz_pack_RoundTrips(uint96 balance, uint160 nonce) public pure {
        PackedAccount account = Accounts.pack(balance, nonce);
        assertEq(account.balance(), balance);
        assertEq(account.nonce(), nonce);
    }
}
