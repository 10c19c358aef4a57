// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IUserRegistry} from "./interfaces/IUserRegistry.sol";

/// @title UserRegistry
/// @notice Wallets, their communication keys and their profiles.
contract UserRegistry is IUserRegistry, EIP712 {
    /// @inheritdoc IUserRegistry
    bytes32 public constant KEY_OWNERSHIP_TYPEHASH = keccak256("KeyOwnership(address wallet)");
    /// @inheritdoc IUserRegistry
    uint256 public constant MAX_PROFILE_LENGTH = 4096;
    /// @inheritdoc IUserRegistry
    uint256 public constant MAX_ACTIVE_KEYS = 64;

    uint256 private constant _PUBLIC_KEY_LENGTH = 64;

    mapping(address key => KeyRecord) private _keys;
    mapping(address key => bytes) private _publicKeys;
    mapping(address wallet => address[]) private _walletKeys;
    mapping(address wallet => string) private _profiles;
    mapping(address wallet => uint256) private _activeKeyCount;

    constructor() EIP712("Paratii", "1") {}

    /// @inheritdoc IUserRegistry
    function setProfile(string calldata metadata) external {
        if (bytes(metadata).length > MAX_PROFILE_LENGTH) {
            revert ProfileTooLong(bytes(metadata).length, MAX_PROFILE_LENGTH);
        }
        _profiles[msg.sender] = metadata;
        emit ProfileUpdated(msg.sender, metadata);
    }

    /// @inheritdoc IUserRegistry
    function addKey(bytes calldata publicKey, bytes calldata proof) external returns (address key) {
        if (publicKey.length != _PUBLIC_KEY_LENGTH) revert InvalidPublicKeyLength(publicKey.length);
        key = address(uint160(uint256(keccak256(publicKey))));

        address owner = _keys[key].wallet;
        if (owner != address(0)) revert KeyAlreadyRegistered(key, owner);
        uint256 active = _activeKeyCount[msg.sender];
        if (active >= MAX_ACTIVE_KEYS) revert TooManyActiveKeys(msg.sender, MAX_ACTIVE_KEYS);
        // The proof names the caller, so a key observed in someone else's transaction cannot be claimed.
        (address signer,,) = ECDSA.tryRecover(keyOwnershipDigest(msg.sender), proof);
        if (signer != key) revert InvalidProofOfPossession(key, signer);

        _keys[key] = KeyRecord({wallet: msg.sender, active: true});
        _publicKeys[key] = publicKey;
        _walletKeys[msg.sender].push(key);
        // Cannot overflow: below MAX_ACTIVE_KEYS, checked above.
        unchecked {
            _activeKeyCount[msg.sender] = active + 1;
        }
        emit KeyAdded(msg.sender, key, publicKey);
    }

    /// @inheritdoc IUserRegistry
    function revokeKey(address key) external {
        KeyRecord storage record = _keys[key];
        if (record.wallet != msg.sender) revert KeyNotOwned(key, msg.sender);
        if (!record.active) revert KeyAlreadyRevoked(key);
        record.active = false;
        // Cannot underflow: the key was active, so it was counted when it was added.
        unchecked {
            --_activeKeyCount[msg.sender];
        }
        emit KeyRevoked(msg.sender, key);
    }

    /// @inheritdoc IUserRegistry
    function keyOf(address key) external view returns (address wallet, bool active) {
        KeyRecord memory record = _keys[key];
        return (record.wallet, record.active);
    }

    /// @inheritdoc IUserRegistry
    function keysOf(address keyA, address keyB) external view returns (KeyRecord memory, KeyRecord memory) {
        KeyRecord storage a = _keys[keyA];
        KeyRecord storage b = _keys[keyB];
        // `PaymentChannel.open` calls this on every channel: one read per record (wallet in the low 160 bits,
        // active in the next byte), and the four return words (two static structs) written past the free
        // pointer and returned from there, without copies into memory structs or the ABI encoder (the plain
        // `return (_keys[keyA], _keys[keyB])` costs `open` about 170 gas more). Returning ends the call, so the
        // unallocated memory is never relied on afterwards.
        assembly ("memory-safe") {
            let wordA := sload(a.slot)
            let wordB := sload(b.slot)
            let m := mload(0x40)
            mstore(m, and(wordA, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x20), and(shr(160, wordA), 0xff))
            mstore(add(m, 0x40), and(wordB, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(m, 0x60), and(shr(160, wordB), 0xff))
            return(m, 0x80)
        }
    }

    /// @inheritdoc IUserRegistry
    function publicKeyOf(address key) external view returns (bytes memory) {
        return _publicKeys[key];
    }

    /// @inheritdoc IUserRegistry
    function keysOfWallet(address wallet) external view returns (address[] memory) {
        return _walletKeys[wallet];
    }

    /// @inheritdoc IUserRegistry
    function activeKeyCount(address wallet) external view returns (uint256) {
        return _activeKeyCount[wallet];
    }

    /// @inheritdoc IUserRegistry
    function profileOf(address wallet) external view returns (string memory) {
        return _profiles[wallet];
    }

    /// @inheritdoc IUserRegistry
    function keyOwnershipDigest(address wallet) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(KEY_OWNERSHIP_TYPEHASH, wallet)));
    }
}
