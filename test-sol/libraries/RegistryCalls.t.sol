// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "../utils/BaseTest.sol";
import {IUserRegistry} from "../../src-sol/interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";
import {RegistryCalls} from "../../src-sol/libraries/RegistryCalls.sol";

contract RegistryCallsHarness {
    function keysOf(IUserRegistry users, address a, address b) external view returns (bytes memory) {
        (address walletA, bool activeA, address walletB, bool activeB) = RegistryCalls.keysOf(users, a, b);
        return abi.encode(walletA, activeA, walletB, activeB);
    }

    function keysOfReference(IUserRegistry users, address a, address b) external view returns (bytes memory) {
        (IUserRegistry.KeyRecord memory x, IUserRegistry.KeyRecord memory y) = users.keysOf(a, b);
        return abi.encode(x.wallet, x.active, y.wallet, y.active);
    }

    function termsOf(IVideoRegistry videos, bytes32 id, bytes32 formatHash) external view returns (bytes memory) {
        (bool available, uint32 duration, uint32 segmentLength) = RegistryCalls.termsOf(videos, id, formatHash);
        return abi.encode(available, duration, segmentLength);
    }

    function termsOfReference(IVideoRegistry videos, bytes32 id, bytes32 formatHash)
        external
        view
        returns (bytes memory)
    {
        (bool available, uint32 duration, uint32 segmentLength) = videos.termsOf(id, formatHash);
        return abi.encode(available, duration, segmentLength);
    }
}

/// @notice `RegistryCalls` against the high-level calls, on the real registries: the same answers, the same
/// bubbled reverts, the same refusal of a short answer.
contract RegistryCallsTest is BaseTest {
    RegistryCallsHarness internal harness;

    function setUp() public override {
        super.setUp();
        harness = new RegistryCallsHarness();
        vm.prank(advertiser.wallet);
        users.revokeKey(advertiser.comm);
    }

    function testFuzz_keysOf_MatchesHighLevelCall(uint256 pickA, uint256 pickB, address other) public view {
        address[5] memory keys = [publisher.comm, viewer.comm, advertiser.comm, other, address(0)];
        address a = keys[pickA % 5];
        address b = keys[pickB % 5];
        assertEq(harness.keysOf(users, a, b), harness.keysOfReference(users, a, b));
    }

    function testFuzz_termsOf_MatchesHighLevelCall(bool known, uint256 pick, bytes32 otherFormat) public view {
        bytes32[3] memory formats = [keccak256(bytes(FORMAT)), keccak256("360p30"), otherFormat];
        bytes32 id = known ? videoId : keccak256(abi.encode(otherFormat));
        bytes32 formatHash = formats[pick % 3];
        assertEq(harness.termsOf(videos, id, formatHash), harness.termsOfReference(videos, id, formatHash));
    }

    function test_registryCalls_BubbleTheRegistrysRevert() public {
        bytes memory reason = abi.encodeWithSignature("Error(string)", "registry down");
        vm.mockCallRevert(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), reason);
        vm.mockCallRevert(address(videos), abi.encodeWithSelector(IVideoRegistry.termsOf.selector), reason);
        _expectSameRevert(abi.encodeCall(harness.keysOf, (users, publisher.comm, viewer.comm)), reason);
        _expectSameRevert(abi.encodeCall(harness.keysOfReference, (users, publisher.comm, viewer.comm)), reason);
        _expectSameRevert(abi.encodeCall(harness.termsOf, (videos, videoId, bytes32(0))), reason);
        _expectSameRevert(abi.encodeCall(harness.termsOfReference, (videos, videoId, bytes32(0))), reason);
    }

    function test_registryCalls_RefuseAShortAnswer() public {
        vm.mockCall(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), hex"01");
        vm.mockCall(address(videos), abi.encodeWithSelector(IVideoRegistry.termsOf.selector), hex"01");
        _expectSameRevert(abi.encodeCall(harness.keysOf, (users, publisher.comm, viewer.comm)), "");
        _expectSameRevert(abi.encodeCall(harness.keysOfReference, (users, publisher.comm, viewer.comm)), "");
        _expectSameRevert(abi.encodeCall(harness.termsOf, (videos, videoId, bytes32(0))), "");
        _expectSameRevert(abi.encodeCall(harness.termsOfReference, (videos, videoId, bytes32(0))), "");
    }

    function _expectSameRevert(bytes memory data, bytes memory expected) internal view {
        (bool ok, bytes memory ret) = address(harness).staticcall(data);
        assertFalse(ok);
        assertEq(ret, expected);
    }
}
