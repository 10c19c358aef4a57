// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";

/// @notice The base of every `UserRegistry` unit test (`test-sol/UserRegistry/<function>/`): a fresh wallet
/// `alice` with an unregistered key, a `mallory`, and helpers.
abstract contract UserRegistryBaseTest is BaseTest {
    /// @dev The secp256k1 group order: private keys live in [1, N - 1], low-s means s <= N / 2.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant MAX_ACTIVE_KEYS = 64;

    address internal alice;
    uint256 internal aliceCommKey;
    address internal aliceComm;
    address internal mallory = makeAddr("mallory");

    function setUp() public virtual override {
        super.setUp();
        alice = makeAddr("alice.wallet");
        (aliceComm, aliceCommKey) = makeAddrAndKey("alice.comm");
    }

    /// @dev Alice's key `aliceComm` is registered.
    modifier givenAliceKey() {
        _addKeyFor(alice, aliceCommKey);
        _;
    }

    /// @dev Built by hand, not read from the registry, so a wrong domain or type hash in the registry fails.
    function _handDigest(address wallet) internal view returns (bytes32) {
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Paratii"),
                keccak256("1"),
                block.chainid,
                address(users)
            )
        );
        bytes32 structHash = keccak256(abi.encode(keccak256("KeyOwnership(address wallet)"), wallet));
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }

    function _addKeyFor(address wallet, uint256 commKey) internal returns (address) {
        bytes memory publicKey = _publicKey(commKey);
        bytes memory proof = _ownershipProof(commKey, wallet);
        vm.prank(wallet);
        return users.addKey(publicKey, proof);
    }

    function _numberedKey(string memory tag, uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(tag, i))) % (SECP256K1_N - 1) + 1;
    }

    function _repeat(bytes1 char, uint256 length) internal pure returns (string memory) {
        bytes memory out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = char;
        }
        return string(out);
    }

    function _split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }

    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return ecrecover(digest, v, r, s);
    }
}
