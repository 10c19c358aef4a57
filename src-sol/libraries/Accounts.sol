// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice A wallet's free balance and nonce in `PaymentChannel`, packed in one storage word: the balance in the
/// low 96 bits, the nonce in the high 160. `open` reads and writes both: two slots would cost it 5,000 gas more,
/// and Solidity's packed struct members cost one more storage access and their masking on every write.
type Account is uint256;

/// @title Accounts
/// @notice Packing and unpacking of `Account`, in plain Solidity.
library Accounts {
    /// @notice The free balance, in PTI wei.
    function balance(Account account) internal pure returns (uint96) {
        // casting to 'uint96' keeps the low 96 bits on purpose: that is where the balance is packed
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint96(Account.unwrap(account));
    }

    /// @notice The nonce: zero, or the low 160 bits of the last channel id the wallet paid into.
    function nonce(Account account) internal pure returns (uint160) {
        return uint160(Account.unwrap(account) >> 96);
    }

    /// @notice The account with this balance and nonce.
    function pack(uint96 balance_, uint160 nonce_) internal pure returns (Account) {
        return Account.wrap((uint256(nonce_) << 96) | balance_);
    }
}
