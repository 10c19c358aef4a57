// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {GhostStore} from "./GhostStore.sol";

/// @notice How the moves pick what they act on (actors, keys, videos, channels) from the model, and the pure
/// helpers they share (payouts, signatures, seeds). Nothing here calls the contracts.
abstract contract Picking is GhostStore, CommonBase, StdUtils {
    /// @dev An open channel the payer has started an exit on, still in its window (`inWindow`) or past it.
    function _exitedChannel(uint256 seed, bool inWindow) internal view returns (bool, uint256) {
        uint256 n = _open.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = _open[(seed % n + i) % n];
            Record storage rec = _records[r];
            if (rec.exitStartedAt == 0) continue;
            if ((block.timestamp < rec.channel.expiration) == inWindow) return (true, r);
        }
        return (false, 0);
    }

    function _pickListedVideo(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _videoList.length;
        for (uint256 i; i < n; ++i) {
            uint256 v = (seed % n + i) % n;
            if (_videoList[v].listed) return (true, v);
        }
        return (false, 0);
    }

    function _pickActiveKey(uint256 a, uint256 seed) internal view returns (bool, uint256) {
        uint256[] storage ks = _keysOf[a];
        uint256 n = ks.length;
        for (uint256 i; i < n; ++i) {
            uint256 k = ks[(seed % n + i) % n];
            if (_keys[k].registered && !_keys[k].revoked) return (true, k);
        }
        return (false, 0);
    }

    function _revokedKey(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _keys.length;
        for (uint256 i; i < n; ++i) {
            uint256 k = (seed % n + i) % n;
            if (_keys[k].revoked) return (true, k);
        }
        return (false, 0);
    }

    /// @dev An active key registered to a wallet other than `a`.
    function _foreignActiveKey(uint256 seed, uint256 a) internal view returns (bool, uint256) {
        uint256 n = _keys.length;
        for (uint256 i; i < n; ++i) {
            uint256 k = (seed % n + i) % n;
            if (_keys[k].registered && !_keys[k].revoked && _keys[k].owner != a) return (true, k);
        }
        return (false, 0);
    }

    function _pickRegistered(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _actors.length;
        for (uint256 i; i < n; ++i) {
            uint256 a = (seed % n + i) % n;
            if (_actors[a].registered) return (true, a);
        }
        return (false, 0);
    }

    function _pickPayee(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _actors.length;
        for (uint256 i; i < n; ++i) {
            uint256 a = (seed % n + i) % n;
            if (_actors[a].registered && activeKeysOf(a) > 0) return (true, a);
        }
        return (false, 0);
    }

    function _pickOther(uint256 seed, uint256 not) internal view returns (uint256 a) {
        a = seed % _actors.length;
        if (a == not) a = (a + 1) % _actors.length;
    }

    /// @dev A registered wallet mostly bids with one of its active keys, sometimes with a throwaway unregistered
    /// key (anonymous viewing); an unregistered wallet always uses its unregistered key.
    function _bidderKeyFor(uint256 a, uint256 seed) internal view returns (address, uint256) {
        if (_actors[a].registered) {
            (bool found, uint256 k) = _pickActiveKey(a, seed);
            if (found && seed % 6 != 0) return (_keys[k].key, _keys[k].privateKey);
            uint256 pk = _derivePk("burner", seed);
            return (vm.addr(pk), pk);
        }
        Key storage own = _keys[_keysOf[a][0]];
        return (own.key, own.privateKey);
    }

    function _actorOf(address wallet) internal view returns (uint256) {
        for (uint256 i; i < _actors.length; ++i) {
            if (_actors[i].wallet == wallet) return i;
        }
        return NO_ACTOR;
    }

    function _actorOfSharedKey(address comm, uint256 before) internal view returns (uint256) {
        for (uint256 i; i < before; ++i) {
            if (_keys[_keysOf[i][0]].key == comm) return i;
        }
        return NO_ACTOR;
    }

    function _unlistedVideo(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _videoList.length;
        for (uint256 i; i < n; ++i) {
            uint256 v = (seed % n + i) % n;
            if (!_videoList[v].listed) return (true, v);
        }
        return (false, 0);
    }

    function _payout(IPaymentChannel.Channel memory ch, uint256 balance) internal pure returns (uint256) {
        uint256 value = balance * ch.pricePerSegment;
        return value < ch.escrow ? value : ch.escrow;
    }

    function _sign(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    function _derivePk(string memory tag, uint256 n) internal pure returns (uint256) {
        return _bound(uint256(keccak256(abi.encode("paratii.handler", tag, n))), 1, SECP256K1_ORDER - 1);
    }

    function _sub(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _selectorOf(bytes memory ret) internal pure returns (bytes4 s) {
        if (ret.length < 4) return bytes4(0);
        // Keeping the first four bytes is the point: they are the error selector.
        // forge-lint: disable-next-line(unsafe-typecast)
        s = bytes4(ret);
    }
}
