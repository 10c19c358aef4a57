// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IUserRegistry} from "../src-sol/interfaces/IUserRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";

contract UserRegistryTest is BaseTest {
    /// @dev The secp256k1 group order: private keys live in [1, N - 1], low-s means s <= N / 2.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    address internal alice;
    uint256 internal aliceCommKey;
    address internal aliceComm;
    address internal mallory = makeAddr("mallory");

    function setUp() public override {
        super.setUp();
        alice = makeAddr("alice.wallet");
        (aliceComm, aliceCommKey) = makeAddrAndKey("alice.comm");
    }

    // Built by hand, not read from the registry, so a wrong domain or type hash in the registry fails the test.
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

    function _addKey(address wallet, uint256 commKey) internal returns (address) {
        bytes memory publicKey = _publicKey(commKey);
        bytes memory proof = _ownershipProof(commKey, wallet);
        vm.prank(wallet);
        return users.addKey(publicKey, proof);
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

    // ---------------------------------------------------------------- constants

    function test_constants() public view {
        assertEq(users.KEY_OWNERSHIP_TYPEHASH(), keccak256("KeyOwnership(address wallet)"));
        assertEq(users.MAX_PROFILE_LENGTH(), 4096);
        assertEq(users.MAX_KEYS_PER_WALLET(), 64);
    }

    // ---------------------------------------------------------------- setProfile

    function test_setProfile_StoresAndEmits() public {
        string memory metadata = '{"addrs":["/ip4/127.0.0.1/tcp/4001"]}';
        vm.expectEmit(true, true, true, true, address(users));
        emit IUserRegistry.ProfileUpdated(alice, metadata);
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), metadata);
        assertEq(users.profileOf(mallory), "", "other wallets untouched");
    }

    function test_setProfile_Overwrites() public {
        vm.startPrank(alice);
        users.setProfile("a long first profile that the second must fully replace");
        users.setProfile("bafy");
        vm.stopPrank();
        assertEq(users.profileOf(alice), "bafy");

        vm.prank(alice);
        users.setProfile("");
        assertEq(users.profileOf(alice), "", "an empty profile clears it");
    }

    function test_setProfile_AcceptsMaxLength() public {
        string memory metadata = _repeat("x", 4096);
        vm.expectEmit(true, true, true, true, address(users));
        emit IUserRegistry.ProfileUpdated(alice, metadata);
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), metadata);
    }

    function test_setProfile_RevertWhen_TooLong() public {
        string memory metadata = _repeat("x", 4097);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.ProfileTooLong.selector, 4097, 4096));
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), "");
    }

    function testFuzz_setProfile_LengthBoundary(uint256 length) public {
        length = bound(length, 0, 6000);
        string memory metadata = _repeat("y", length);
        if (length > 4096) {
            vm.expectRevert(abi.encodeWithSelector(IUserRegistry.ProfileTooLong.selector, length, 4096));
        }
        vm.prank(alice);
        users.setProfile(metadata);
        assertEq(users.profileOf(alice), length > 4096 ? "" : metadata);
    }

    // ---------------------------------------------------------------- addKey

    function test_addKey_RegistersAndEmits() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);

        vm.expectEmit(true, true, true, true, address(users));
        emit IUserRegistry.KeyAdded(alice, aliceComm, publicKey);
        vm.prank(alice);
        address key = users.addKey(publicKey, proof);

        assertEq(key, aliceComm);
        (address wallet, bool active) = users.keyOf(key);
        assertEq(wallet, alice);
        assertTrue(active);
        assertEq(users.publicKeyOf(key), publicKey);
        address[] memory keys = users.keysOfWallet(alice);
        assertEq(keys.length, 1);
        assertEq(keys[0], aliceComm);
    }

    function test_addKey_SeveralKeysInRegistrationOrder() public {
        address[] memory expected = new address[](3);
        for (uint256 i; i < 3; ++i) {
            (address addr, uint256 pk) = makeAddrAndKey(string.concat("alice.comm.", vm.toString(i)));
            expected[i] = addr;
            assertEq(_addKey(alice, pk), addr);
        }
        assertEq(users.keysOfWallet(alice), expected);
    }

    function testFuzz_addKey_AnyPrivateKeyRegisters(uint256 privateKey, address wallet) public {
        privateKey = bound(privateKey, 1, SECP256K1_N - 1);
        wallet = address(uint160(bound(uint160(wallet), 1, type(uint160).max)));
        (address existing,) = users.keyOf(vm.addr(privateKey));
        // The fixture actors' keys are already taken; step off them.
        if (existing != address(0)) privateKey = privateKey == 1 ? 2 : privateKey - 1;

        address key = _addKey(wallet, privateKey);
        assertEq(key, vm.addr(privateKey));
        (address owner, bool active) = users.keyOf(key);
        assertEq(owner, wallet);
        assertTrue(active);
        assertEq(users.publicKeyOf(key), _publicKey(privateKey));
        address[] memory keys = users.keysOfWallet(wallet);
        assertEq(keys[keys.length - 1], key);
    }

    function testFuzz_addKey_RevertWhen_ProofByAnyOtherKey(uint256 signerKey) public {
        signerKey = bound(signerKey, 1, SECP256K1_N - 1);
        if (signerKey == aliceCommKey) signerKey = signerKey == 1 ? 2 : signerKey - 1;
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(signerKey, alice);
        vm.expectRevert(
            abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, vm.addr(signerKey))
        );
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function testFuzz_addKey_RevertWhen_PublicKeyLengthNot64(uint256 length) public {
        length = bound(length, 0, 254);
        if (length >= 64) ++length;
        bytes memory publicKey = new bytes(length);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidPublicKeyLength.selector, length));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_PublicKeyHas04Prefix() public {
        // The 65-byte SEC1 encoding is a common client mistake; it must not be silently truncated.
        bytes memory publicKey = abi.encodePacked(bytes1(0x04), _publicKey(aliceCommKey));
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidPublicKeyLength.selector, 65));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofSignedByAnotherKey() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        (address other, uint256 otherKey) = makeAddrAndKey("other.comm");
        bytes memory proof = _ownershipProof(otherKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, other));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofNamesAnotherWallet() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, mallory);
        address recovered = _recover(users.keyOwnershipDigest(alice), proof);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, recovered));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_FrontRunnerSubmitsVictimsProof() public {
        // Mallory copies Alice's pending addKey calldata and submits it first.
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        address recovered = _recover(users.keyOwnershipDigest(mallory), proof);
        assertTrue(recovered != aliceComm);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, recovered));
        vm.prank(mallory);
        users.addKey(publicKey, proof);

        // Alice's own transaction still lands.
        vm.prank(alice);
        assertEq(users.addKey(publicKey, proof), aliceComm);
        (address wallet,) = users.keyOf(aliceComm);
        assertEq(wallet, alice);
    }

    function test_addKey_RevertWhen_ProofIs64BytesCompact() public {
        // A valid EIP-2098 compact signature by the right key: only 65-byte signatures are accepted.
        (bytes32 r, bytes32 vs) = vm.signCompact(aliceCommKey, users.keyOwnershipDigest(alice));
        bytes memory proof = abi.encodePacked(r, vs);
        assertEq(proof.length, 64);
        bytes memory publicKey = _publicKey(aliceCommKey);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofIsHighS() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        (bytes32 r, bytes32 s, uint8 v) = _split(_ownershipProof(aliceCommKey, alice));
        // The malleable twin (n - s, flipped v) recovers to the same key through bare ecrecover.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        assertEq(ecrecover(users.keyOwnershipDigest(alice), flippedV, r, highS), aliceComm);
        bytes memory proof = abi.encodePacked(r, highS, flippedV);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofHasInvalidV() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        (bytes32 r, bytes32 s,) = _split(_ownershipProof(aliceCommKey, alice));
        bytes memory proof = abi.encodePacked(r, s, uint8(29));
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_ProofEmpty() public {
        bytes memory publicKey = _publicKey(aliceCommKey);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, "");
    }

    function testFuzz_addKey_RevertWhen_ProofMalformedLength(uint256 length, bytes32 seed) public {
        length = bound(length, 0, 200);
        if (length == 65) ++length;
        bytes memory proof = new bytes(length);
        for (uint256 i; i < length; ++i) {
            proof[i] = seed[i % 32];
        }
        bytes memory publicKey = _publicKey(aliceCommKey);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.InvalidProofOfPossession.selector, aliceComm, address(0)));
        vm.prank(alice);
        users.addKey(publicKey, proof);
    }

    function test_addKey_RevertWhen_AlreadyRegisteredBySameWallet() public {
        _addKey(alice, aliceCommKey);
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(alice);
        users.addKey(publicKey, proof);
        assertEq(users.keysOfWallet(alice).length, 1, "no duplicate entry");
    }

    function test_addKey_RevertWhen_AlreadyRegisteredByOtherWallet() public {
        _addKey(alice, aliceCommKey);
        // Even a genuine proof naming mallory (the key holder colluding) cannot move the key.
        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, mallory);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(mallory);
        users.addKey(publicKey, proof);
        assertEq(users.keysOfWallet(mallory).length, 0);
    }

    function test_addKey_RevertWhen_RegisteredThenRevoked() public {
        _addKey(alice, aliceCommKey);
        vm.prank(alice);
        users.revokeKey(aliceComm);

        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory aliceProof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(alice);
        users.addKey(publicKey, aliceProof);

        bytes memory malloryProof = _ownershipProof(aliceCommKey, mallory);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRegistered.selector, aliceComm, alice));
        vm.prank(mallory);
        users.addKey(publicKey, malloryProof);

        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, alice);
        assertFalse(active);
    }

    function test_addKey_AcceptsUpToMaxKeys() public {
        for (uint256 i; i < 64; ++i) {
            _addKey(alice, uint256(keccak256(abi.encode("alice.key", i))));
        }
        assertEq(users.keysOfWallet(alice).length, 64);
    }

    function test_addKey_RevertWhen_TooManyKeys() public {
        for (uint256 i; i < 64; ++i) {
            _addKey(alice, uint256(keccak256(abi.encode("alice.key", i))));
        }
        // Revoked keys still count: revoking must not let a wallet grow its list without bound.
        address first = users.keysOfWallet(alice)[0];
        vm.prank(alice);
        users.revokeKey(first);

        bytes memory publicKey = _publicKey(aliceCommKey);
        bytes memory proof = _ownershipProof(aliceCommKey, alice);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.TooManyKeys.selector, alice, 64));
        vm.prank(alice);
        users.addKey(publicKey, proof);

        // The limit is per wallet.
        assertEq(_addKey(mallory, aliceCommKey), aliceComm);
    }

    // ---------------------------------------------------------------- revokeKey

    function test_revokeKey_DeactivatesAndEmits() public {
        _addKey(alice, aliceCommKey);
        bytes memory publicKey = _publicKey(aliceCommKey);

        vm.expectEmit(true, true, true, true, address(users));
        emit IUserRegistry.KeyRevoked(alice, aliceComm);
        vm.prank(alice);
        users.revokeKey(aliceComm);

        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, alice, "a revoked key stays bound to its wallet");
        assertFalse(active);
        assertEq(users.publicKeyOf(aliceComm), publicKey, "peers can still identify a revoked key");
        address[] memory keys = users.keysOfWallet(alice);
        assertEq(keys.length, 1);
        assertEq(keys[0], aliceComm);
    }

    function test_revokeKey_LeavesOtherKeysActive() public {
        _addKey(alice, aliceCommKey);
        (address second, uint256 secondKey) = makeAddrAndKey("alice.comm.2");
        _addKey(alice, secondKey);
        vm.prank(alice);
        users.revokeKey(aliceComm);
        (, bool active) = users.keyOf(second);
        assertTrue(active);
    }

    function test_revokeKey_RevertWhen_KeyOfAnotherWallet() public {
        _addKey(alice, aliceCommKey);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, aliceComm, mallory));
        vm.prank(mallory);
        users.revokeKey(aliceComm);
        (, bool active) = users.keyOf(aliceComm);
        assertTrue(active);
    }

    function test_revokeKey_RevertWhen_KeyUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyNotOwned.selector, aliceComm, alice));
        vm.prank(alice);
        users.revokeKey(aliceComm);
    }

    function test_revokeKey_RevertWhen_AlreadyRevoked() public {
        _addKey(alice, aliceCommKey);
        vm.startPrank(alice);
        users.revokeKey(aliceComm);
        vm.expectRevert(abi.encodeWithSelector(IUserRegistry.KeyAlreadyRevoked.selector, aliceComm));
        users.revokeKey(aliceComm);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- lookups

    function test_keyOf_UnregisteredIsZero() public view {
        (address wallet, bool active) = users.keyOf(aliceComm);
        assertEq(wallet, address(0));
        assertFalse(active);
        assertEq(users.publicKeyOf(aliceComm).length, 0);
        assertEq(users.keysOfWallet(alice).length, 0);
        assertEq(users.profileOf(alice), "");
    }

    function test_keysOf_ReturnsBothRecords() public {
        _addKey(alice, aliceCommKey);
        vm.prank(alice);
        users.revokeKey(aliceComm);

        (IUserRegistry.KeyRecord memory a, IUserRegistry.KeyRecord memory b) = users.keysOf(viewer.comm, aliceComm);
        assertEq(a.wallet, viewer.wallet);
        assertTrue(a.active);
        assertEq(b.wallet, alice);
        assertFalse(b.active);

        // Order follows the arguments; an unregistered key reads as zero.
        (a, b) = users.keysOf(makeAddr("nobody"), publisher.comm);
        assertEq(a.wallet, address(0));
        assertFalse(a.active);
        assertEq(b.wallet, publisher.wallet);
        assertTrue(b.active);
    }

    function test_publicKeyOf_HashesToKeyAddress() public view {
        bytes memory publicKey = users.publicKeyOf(publisher.comm);
        assertEq(publicKey.length, 64);
        assertEq(address(uint160(uint256(keccak256(publicKey)))), publisher.comm);
    }

    function test_keysOfWallet_FixtureActors() public view {
        address[] memory keys = users.keysOfWallet(viewer.wallet);
        assertEq(keys.length, 1);
        assertEq(keys[0], viewer.comm);
    }

    // ---------------------------------------------------------------- keyOwnershipDigest

    function test_keyOwnershipDigest_MatchesHandComputedEip712() public view {
        assertEq(users.keyOwnershipDigest(alice), _handDigest(alice));
        assertTrue(users.keyOwnershipDigest(alice) != users.keyOwnershipDigest(mallory));
    }

    function testFuzz_keyOwnershipDigest_MatchesHandComputedEip712(address wallet, uint64 chainId) public {
        chainId = uint64(bound(chainId, 1, type(uint64).max));
        // The domain is rebuilt on a chain id change, so a proof from one chain is useless on another.
        vm.chainId(chainId);
        assertEq(users.keyOwnershipDigest(wallet), _handDigest(wallet));
    }

    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return ecrecover(digest, v, r, s);
    }
}
