// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IUserRegistry
/// @notice Wallets, the secp256k1 communication keys they speak through, and their public profiles.
/// @dev A communication key is identified by its Ethereum address (the last 20 bytes of the keccak256 of its
/// 64-byte uncompressed public key). A key belongs to the first wallet that registers it, forever: revocation
/// deactivates it but never frees it, so a leaked key can never be re-bound to another wallet. A wallet holds at
/// most `MAX_ACTIVE_KEYS` active keys at a time; revoked keys do not count, so a wallet that rotates its keys can
/// always add a new one after revoking an old one. An active key may also act for its wallet as a payee in
/// `PaymentChannel` (a node key: see `IPaymentChannel`); only the wallet itself adds and revokes keys.
interface IUserRegistry {
    /// @notice A wallet's view of one of its communication keys.
    struct KeyRecord {
        address wallet;
        bool active;
    }

    /// @notice Thrown when a public key is not 64 bytes (uncompressed secp256k1 without the 0x04 prefix).
    /// @param length The length that was given.
    error InvalidPublicKeyLength(uint256 length);

    /// @notice Thrown when the proof of possession was not signed by the key being registered.
    /// @param key The address of the key being registered.
    /// @param signer The address that actually signed the proof (zero for a malformed signature).
    error InvalidProofOfPossession(address key, address signer);

    /// @notice Thrown when a key has already been registered, by this or any other wallet.
    /// @param key The key.
    /// @param wallet The wallet it belongs to.
    error KeyAlreadyRegistered(address key, address wallet);

    /// @notice Thrown when a wallet tries to revoke a key that is not its own.
    /// @param key The key.
    /// @param caller The wallet that tried.
    error KeyNotOwned(address key, address caller);

    /// @notice Thrown when revoking a key that is already revoked.
    /// @param key The key.
    error KeyAlreadyRevoked(address key);

    /// @notice Thrown when profile metadata exceeds `MAX_PROFILE_LENGTH` bytes.
    /// @param length The length that was given.
    /// @param max The maximum.
    error ProfileTooLong(uint256 length, uint256 max);

    /// @notice Thrown when a wallet already holds `MAX_ACTIVE_KEYS` active keys.
    /// @param wallet The wallet.
    /// @param max The maximum.
    error TooManyActiveKeys(address wallet, uint256 max);

    /// @notice Emitted when a wallet sets its profile metadata.
    /// @param wallet The wallet.
    /// @param metadata The new metadata: JSON or a CID; where a peer publishes its libp2p addresses.
    event ProfileUpdated(address indexed wallet, string metadata);

    /// @notice Emitted when a communication key is registered.
    /// @param wallet The wallet the key now belongs to.
    /// @param key The key's address.
    /// @param publicKey The 64-byte uncompressed public key, from which peers derive the libp2p PeerId.
    event KeyAdded(address indexed wallet, address indexed key, bytes publicKey);

    /// @notice Emitted when a communication key is revoked.
    /// @param wallet The wallet the key belongs to.
    /// @param key The key's address.
    event KeyRevoked(address indexed wallet, address indexed key);

    /// @notice The EIP-712 type hash of the proof of possession: `KeyOwnership(address wallet)`.
    function KEY_OWNERSHIP_TYPEHASH() external view returns (bytes32);

    /// @notice The longest profile metadata accepted, in bytes.
    function MAX_PROFILE_LENGTH() external view returns (uint256);

    /// @notice The most active keys one wallet may hold at a time (revoked keys do not count).
    function MAX_ACTIVE_KEYS() external view returns (uint256);

    /// @notice Sets the caller's profile metadata.
    /// @param metadata JSON or a CID, at most `MAX_PROFILE_LENGTH` bytes.
    function setProfile(string calldata metadata) external;

    /// @notice Registers a communication key for the caller.
    /// @dev Reverts with `InvalidPublicKeyLength`, `KeyAlreadyRegistered`, `TooManyActiveKeys`,
    /// `InvalidProofOfPossession`, in this order.
    /// @param publicKey The 64-byte uncompressed secp256k1 public key (x || y).
    /// @param proof A 65-byte EIP-712 signature, by the key, of `KeyOwnership(wallet = caller)`.
    /// @return key The key's address.
    function addKey(bytes calldata publicKey, bytes calldata proof) external returns (address key);

    /// @notice Revokes one of the caller's communication keys. The key stays bound to the caller, and stops
    /// counting towards `MAX_ACTIVE_KEYS`; every power it had (including acting as a node key) ends at once.
    /// @dev Reverts with `KeyNotOwned`, `KeyAlreadyRevoked`, in this order.
    /// @param key The key's address.
    function revokeKey(address key) external;

    /// @notice The wallet a key belongs to (zero when unregistered) and whether it is active.
    function keyOf(address key) external view returns (address wallet, bool active);

    /// @notice The wallets two keys belong to and whether they are active, in one call.
    /// @dev Saves a call in `PaymentChannel.open`, which checks both keys of a bid.
    function keysOf(address keyA, address keyB) external view returns (KeyRecord memory a, KeyRecord memory b);

    /// @notice The 64-byte public key of a registered key; empty when unregistered.
    function publicKeyOf(address key) external view returns (bytes memory);

    /// @notice Every key a wallet has registered, active or revoked, in registration order.
    function keysOfWallet(address wallet) external view returns (address[] memory);

    /// @notice How many active keys a wallet holds.
    function activeKeyCount(address wallet) external view returns (uint256);

    /// @notice A wallet's profile metadata.
    function profileOf(address wallet) external view returns (string memory);

    /// @notice The EIP-712 digest a key signs to prove possession for `wallet`.
    function keyOwnershipDigest(address wallet) external view returns (bytes32);
}
