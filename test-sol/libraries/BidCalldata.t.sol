// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {IPaymentChannel} from "../../src-sol/interfaces/IPaymentChannel.sol";
import {BidCalldata} from "../../src-sol/libraries/BidCalldata.sol";

contract BidCalldataHarness {
    bytes32 internal constant TYPEHASH = keccak256("any type hash");

    struct Fields {
        bytes32 nonce;
        uint128 rate;
        uint64 expiration;
        bytes32 video;
        address bidderKey;
        address counterpartyKey;
        bytes32 formatHash;
    }

    function read(IPaymentChannel.Bid calldata bid) external pure returns (Fields memory) {
        return Fields(
            BidCalldata.nonce(bid),
            BidCalldata.rate(bid),
            BidCalldata.expiration(bid),
            BidCalldata.video(bid),
            BidCalldata.bidderKey(bid),
            BidCalldata.counterpartyKey(bid),
            BidCalldata.formatHash(bid)
        );
    }

    function readReference(IPaymentChannel.Bid calldata bid) external pure returns (Fields memory) {
        return Fields(
            bid.nonce,
            bid.rate,
            bid.expiration,
            bid.video,
            bid.bidderKey,
            bid.counterpartyKey,
            keccak256(bytes(bid.format))
        );
    }

    function structHash(IPaymentChannel.Bid calldata bid) external pure returns (bytes32) {
        return BidCalldata.structHash(TYPEHASH, bid, BidCalldata.formatHash(bid));
    }

    function structHashReference(IPaymentChannel.Bid calldata bid) external pure returns (bytes32) {
        return keccak256(
            abi.encode(
                TYPEHASH,
                bid.nonce,
                bid.rate,
                bid.expiration,
                bid.video,
                keccak256(bytes(bid.format)),
                bid.bidderKey,
                bid.counterpartyKey
            )
        );
    }

    function signedBidHash(bytes32 bidHash, bytes calldata walletSignature) external pure returns (bytes32) {
        return BidCalldata.signedBidHash(TYPEHASH, bidHash, walletSignature);
    }

    function signedBidHashReference(bytes32 bidHash, bytes calldata walletSignature) external pure returns (bytes32) {
        return keccak256(abi.encode(TYPEHASH, bidHash, keccak256(walletSignature)));
    }
}

/// @notice `BidCalldata` against the typed reads and `abi.encode`, on clean and dirty calldata.
contract BidCalldataTest is Test {
    BidCalldataHarness internal harness = new BidCalldataHarness();

    function testFuzz_read_MatchesTypedReads(IPaymentChannel.Bid calldata bid) public view {
        assertEq(abi.encode(harness.read(bid)), abi.encode(harness.readReference(bid)));
    }

    function testFuzz_structHash_MatchesAbiEncode(IPaymentChannel.Bid calldata bid) public view {
        assertEq(harness.structHash(bid), harness.structHashReference(bid));
    }

    function testFuzz_signedBidHash_MatchesAbiEncode(bytes32 bidHash, bytes calldata walletSignature) public view {
        assertEq(
            harness.signedBidHash(bidHash, walletSignature), harness.signedBidHashReference(bidHash, walletSignature)
        );
    }

    /// @dev A typed head word with bits above its type: both the getters and the typed reads revert with no data,
    /// and so do both struct hashes.
    function testFuzz_read_RevertWhen_TypedWordDirty(IPaymentChannel.Bid calldata bid, uint256 field, uint256 dirt)
        public
    {
        uint256[4] memory fields = [uint256(0x20), 0x40, 0xa0, 0xc0];
        uint256[4] memory widths = [uint256(128), 64, 160, 160];
        field = bound(field, 0, 3);
        uint256 high = bound(dirt, 1, type(uint256).max >> widths[field]) << widths[field];
        bytes4[4] memory selectors = [
            harness.read.selector,
            harness.readReference.selector,
            harness.structHash.selector,
            harness.structHashReference.selector
        ];
        for (uint256 i; i < selectors.length; ++i) {
            bytes memory data = abi.encodeWithSelector(selectors[i], bid);
            // The tuple starts after the selector and its offset word.
            uint256 at = 4 + 0x20 + fields[field];
            _orWord(data, at, high);
            (bool ok, bytes memory ret) = address(harness).call(data);
            assertFalse(ok);
            assertEq(ret.length, 0);
        }
    }

    /// @dev A format tail that leaves the calldata: both revert with no data.
    function testFuzz_formatHash_RevertWhen_TailOutOfCalldata(IPaymentChannel.Bid calldata bid, uint256 choice) public {
        bytes4[2] memory selectors = [harness.read.selector, harness.readReference.selector];
        for (uint256 i; i < selectors.length; ++i) {
            bytes memory data = abi.encodeWithSelector(selectors[i], bid);
            uint256 offsetAt = 4 + 0x20 + 0x80;
            uint256 lengthAt = 4 + 0x20 + _wordAt(data, offsetAt);
            uint256 mode = choice % 3;
            if (mode == 0) _setWord(data, offsetAt, data.length);
            else if (mode == 1) _setWord(data, lengthAt, data.length);
            else _setWord(data, lengthAt, uint256(type(uint64).max) + 1);
            (bool ok, bytes memory ret) = address(harness).call(data);
            assertFalse(ok);
            assertEq(ret.length, 0);
        }
    }

    function _wordAt(bytes memory data, uint256 at) internal pure returns (uint256 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x20), at))
        }
    }

    function _setWord(bytes memory data, uint256 at, uint256 value) internal pure {
        assembly ("memory-safe") {
            mstore(add(add(data, 0x20), at), value)
        }
    }

    function _orWord(bytes memory data, uint256 at, uint256 bits) internal pure {
        _setWord(data, at, _wordAt(data, at) | bits);
    }
}
