// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice The moves clients make: every one goes through `_valid`, so a revert is a bug in the contracts or in
/// this model (P-17). Actions that need a live channel open one first if none exists, so every call does something.
abstract contract ValidMoves is BaseHandler {
    // ---------------------------------------------------------------- free balances

    function deposit(uint256 actorSeed, uint256 amount, uint256 mode) external step(A_DEPOSIT) {
        _deposit(actorSeed % _actors.length, _bound(amount, 1, MAX_DEPOSIT), mode % 3 == 0);
    }

    function withdraw(uint256 actorSeed, uint256 amount) external step(A_WITHDRAW) {
        address wallet = _actors[actorSeed % _actors.length].wallet;
        uint256 free = channels.balanceOf(wallet);
        if (free == 0) return;
        amount = _bound(amount, 1, free);
        (bool ok,) = _valid(address(channels), abi.encodeCall(channels.withdraw, (amount)), wallet, A_WITHDRAW);
        if (!ok) return;
        expectedFree[wallet] -= amount;
        withdrawnBy[wallet] += amount;
        ghostWithdrawals += amount;
        _touch(wallet);
        done[A_WITHDRAW]++;
    }

    // ---------------------------------------------------------------- opening channels

    /// @notice A viewer (or anyone) bids on a video; its publisher's wallet opens.
    function openContentBid(uint256 seed) external step(A_OPEN_CONTENT) {
        (bool ok, Plan memory p) = _plan(seed, true, NO_ACTOR, NO_ACTOR);
        if (ok) _openPlan(p, A_OPEN_CONTENT, false);
    }

    /// @notice An advertiser (or anyone) bids on a registered wallet's attention; that wallet opens.
    function openAttentionBid(uint256 seed) external step(A_OPEN_ATTENTION) {
        (bool ok, Plan memory p) = _plan(seed, false, NO_ACTOR, NO_ACTOR);
        if (ok) _openPlan(p, A_OPEN_ATTENTION, false);
    }

    /// @notice The counterparty key opens for its wallet from its own address (a publisher's server with a node key
    /// and no wallet key), content or attention.
    function nodeKeyOpen(uint256 seed) external step(A_NODE_KEY_OPEN) {
        (bool ok, Plan memory p) = _plan(seed, seed % 2 == 0, NO_ACTOR, NO_ACTOR);
        if (ok) _openPlan(p, A_NODE_KEY_OPEN, true);
    }

    /// @notice The two anonymous wallets that share one unregistered key sign the very same bid (same nonce,
    /// same fields): one id, two payers. The second may open only once the first is no longer open.
    function openTwinBid(uint256 seed) external step(A_OPEN_TWIN) {
        if (anonA == NO_ACTOR) return;
        uint256 me = seed % 2 == 0 ? anonA : anonB;
        uint256 other = me == anonA ? anonB : anonA;
        (bool found, uint256 b) = _twinCandidate(_actors[me].wallet, _actors[other].wallet);
        if (!found) {
            // Seed a candidate while both wallets still sit at the same nonce.
            if (channels.nonceOf(_actors[me].wallet) != channels.nonceOf(_actors[other].wallet)) return;
            (bool ok, Plan memory p) = _plan(seed, seed % 3 == 0, me, NO_ACTOR);
            if (ok) _openPlan(p, A_OPEN_TWIN, false);
            return;
        }
        _openTwin(me, b, seed);
    }

    // ---------------------------------------------------------------- channel life

    /// @notice The payer signs a new cumulative payment off-chain; the payee keeps the latest.
    function pay(uint256 channelSeed, uint256 balanceSeed) external step(A_PAY) {
        (bool ok, uint256 r) = _anyOpenChannel(channelSeed);
        if (!ok) return;
        Record storage rec = _records[r];
        _signLatest(r, _bound(balanceSeed, rec.balance, rec.maxSegments));
        done[A_PAY]++;
    }

    function withdrawFromChannel(uint256 channelSeed, uint256 balanceSeed) external step(A_CHANNEL_WITHDRAW) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (ok && _withdrawRecord(r, balanceSeed, _records[r].channel.payee, A_CHANNEL_WITHDRAW)) {
            done[A_CHANNEL_WITHDRAW]++;
        }
    }

    /// @notice The channel's node key withdraws; the credit goes to its wallet.
    function nodeKeyWithdraw(uint256 channelSeed, uint256 balanceSeed) external step(A_NODE_KEY_WITHDRAW) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (!ok || isRevoked(_records[r].channel.payeeKey)) return;
        if (_withdrawRecord(r, balanceSeed, _records[r].channel.payeeKey, A_NODE_KEY_WITHDRAW)) {
            done[A_NODE_KEY_WITHDRAW]++;
        }
    }

    function close(uint256 channelSeed, uint256 balanceSeed) external step(A_CLOSE) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (ok && _closeRecord(r, balanceSeed, _records[r].channel.payee, A_CLOSE)) done[A_CLOSE]++;
    }

    /// @notice The channel's node key closes; the credit goes to its wallet.
    function nodeKeyClose(uint256 channelSeed, uint256 balanceSeed) external step(A_NODE_KEY_CLOSE) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (!ok || isRevoked(_records[r].channel.payeeKey)) return;
        if (_closeRecord(r, balanceSeed, _records[r].channel.payeeKey, A_NODE_KEY_CLOSE)) done[A_NODE_KEY_CLOSE]++;
    }

    /// @notice A payee closes several of its channels at once (opening one more first, at times, so that batches
    /// are not always of one), from its wallet or, when they share it, from their node key.
    function closeMany(uint256 channelSeed, uint256 countSeed, uint256 balanceSeed) external step(A_CLOSE_MANY) {
        (bool ok, uint256 first) = _liveChannel(channelSeed);
        if (!ok) return;
        bool byKey = balanceSeed % 4 == 0 && !isRevoked(_records[first].channel.payeeKey);
        uint256[] memory picked = _batchOf(first, countSeed, balanceSeed, byKey);
        address caller = byKey ? _records[first].channel.payeeKey : _records[first].channel.payee;
        (IPaymentChannel.CloseRequest[] memory requests, uint256[] memory amounts, uint256[] memory refunds) =
            _batchRequests(picked, balanceSeed);
        (bool success,) =
            _valid(address(channels), abi.encodeCall(channels.closeMany, (requests)), caller, A_CLOSE_MANY);
        if (!success) return;
        for (uint256 j; j < picked.length; ++j) {
            _applyClose(picked[j], amounts[j], refunds[j], Status.Closed);
        }
        done[A_CLOSE_MANY]++;
    }

    /// @notice Anyone settles a channel, waiting for its expiration first if need be.
    function settle(uint256 channelSeed, uint256 callerSeed, uint256 delay) external step(A_SETTLE) {
        (bool ok, uint256 r) = _anyOpenChannel(channelSeed);
        if (ok && _settleRecord(r, callerSeed, delay, A_SETTLE)) done[A_SETTLE]++;
    }

    /// @notice The payer starts an exit on a live channel that expires later than `EXIT_WINDOW` from now.
    function startExit(uint256 channelSeed) external step(A_START_EXIT) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (!ok) return;
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (ch.expiration <= block.timestamp + EXIT_WINDOW) return;
        (bool success, bytes memory ret) =
            _valid(address(channels), abi.encodeCall(channels.startExit, (rec.id, ch)), ch.payer, A_START_EXIT);
        if (!success) return;
        IPaymentChannel.Channel memory updated = abi.decode(ret, (IPaymentChannel.Channel));
        // P-20: the payee keeps exactly the window, and the lock never extends past the bid's expiration.
        if (updated.expiration != block.timestamp + EXIT_WINDOW || updated.expiration >= rec.bidExpiration) {
            exitMisplaced = true;
        }
        rec.channel.expiration = updated.expiration;
        rec.exitStartedAt = block.timestamp;
        done[A_START_EXIT]++;
    }

    /// @notice Within an exit's window, the payee (wallet or node key) closes with its latest payment, sometimes
    /// one the payer signed just before the exit: it must be paid it (P-19).
    function answerExit(uint256 channelSeed, uint256 balanceSeed, uint256 delay) external step(A_ANSWER_EXIT) {
        (bool found, uint256 r) = _exitedChannel(channelSeed, true);
        if (!found) return;
        Record storage rec = _records[r];
        _warpTo(block.timestamp + _bound(delay, 0, rec.channel.expiration - block.timestamp - 1));
        if (balanceSeed % 2 == 0) _signLatest(r, _bound(balanceSeed >> 1, rec.balance, rec.maxSegments));
        uint256 owed = _payout(rec.channel, rec.balance);
        if (!_closeRecord(r, 1, _payeeCaller(r, balanceSeed % 3 == 0), A_ANSWER_EXIT)) return;
        rec.answeredExit = true;
        rec.owedAtAnswer = owed;
        done[A_ANSWER_EXIT]++;
    }

    /// @notice After an exit's window, anyone settles: what the payee has not withdrawn returns to the payer.
    function settleExited(uint256 channelSeed, uint256 callerSeed, uint256 delay) external step(A_SETTLE_EXITED) {
        (bool found, uint256 r) = _exitedChannel(channelSeed, false);
        if (!found) (found, r) = _exitedChannel(channelSeed, true);
        if (found && _settleRecord(r, callerSeed, delay, A_SETTLE_EXITED)) done[A_SETTLE_EXITED]++;
    }

    function warp(uint256 seconds_) external step(A_WARP) {
        _warpTo(block.timestamp + _bound(seconds_, 1, 1 days));
        done[A_WARP]++;
    }

    // ---------------------------------------------------------------- registries

    /// @notice A registered wallet revokes one of its keys, maybe a node key of open channels (adding a fresh one
    /// first if it would be left keyless, so that it can keep trading).
    function revokeKey(uint256 actorSeed, uint256 keySeed) external step(A_REVOKE_KEY) {
        (bool ok, uint256 a) = _pickRegistered(actorSeed);
        if (!ok) return;
        if (activeKeysOf(a) < 2) {
            if (_keysOf[a].length >= MAX_KEYS_PER_ACTOR || !_addKeyTo(a)) return;
        }
        (, uint256 k) = _pickActiveKey(a, keySeed);
        (bool success,) =
            _valid(address(users), abi.encodeCall(users.revokeKey, (_keys[k].key)), _actors[a].wallet, A_REVOKE_KEY);
        if (!success) return;
        _keys[k].revoked = true;
        done[A_REVOKE_KEY]++;
    }

    function addKey(uint256 actorSeed) external step(A_ADD_KEY) {
        (bool ok, uint256 a) = _pickRegistered(actorSeed);
        if (!ok || _keysOf[a].length >= MAX_KEYS_PER_ACTOR) return;
        if (_addKeyTo(a)) done[A_ADD_KEY]++;
    }

    /// @notice A publisher unlists one of its videos; a couple always stay listed so channels keep opening.
    function unlistVideo(uint256 seed) external step(A_UNLIST) {
        uint256 listed;
        for (uint256 v; v < _videoList.length; ++v) {
            if (_videoList[v].listed) listed++;
        }
        if (listed <= MIN_LISTED_VIDEOS) return;
        (, uint256 pick) = _pickListedVideo(seed);
        VideoInfo storage info = _videoList[pick];
        (bool success,) =
            _valid(address(videos), abi.encodeCall(videos.unlist, (info.id)), _actors[info.publisher].wallet, A_UNLIST);
        if (!success) return;
        info.listed = false;
        done[A_UNLIST]++;
    }

    /// @notice An uploader commits to a fresh CID, then (one time in two) an attacker with its own registered key
    /// sees the CID, commits and reveals first; the uploader reveals and must end up the owner (P-23). When the
    /// uploader's reveal lands first, the attacker's late one must fail (`invalidRegistration` checks it too).
    function registerRace(uint256 seed) external step(A_REGISTER_RACE) {
        if (_races.length >= MAX_RACES) return;
        (bool ok, uint256 uploader) = _pickPayee(seed);
        if (!ok) return;
        (bool hasAttacker, uint256 attacker) = _pickPayee(_sub(seed, 1));
        hasAttacker = hasAttacker && attacker != uploader && seed % 2 == 0;
        IVideoRegistry.Video memory honest = _raceInput(uploader, _sub(seed, 2));
        if (!_commitFor(uploader, honest, bytes32(seed))) return;
        bytes32 id = keccak256(bytes(honest.cid));

        bool attackerFirst;
        if (hasAttacker) {
            IVideoRegistry.Video memory squat = _raceInput(attacker, _sub(seed, 3));
            squat.cid = honest.cid;
            if (!_commitFor(attacker, squat, bytes32(seed + 1))) return;
            attackerFirst = _reveal(attacker, squat, bytes32(seed + 1), A_REGISTER_RACE);
        }
        if (!_reveal(uploader, honest, bytes32(seed), A_REGISTER_RACE)) return;
        if (attackerFirst) reclaims++;
        _races.push(
            Race({
                id: id,
                uploader: uploader,
                attacker: hasAttacker ? attacker : NO_ACTOR,
                attackerRegisteredFirst: attackerFirst
            })
        );
        done[A_REGISTER_RACE]++;
    }

    // ---------------------------------------------------------------- internals

    function _settleRecord(uint256 r, uint256 callerSeed, uint256 delay, uint256 action) internal returns (bool) {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (block.timestamp < ch.expiration) _warpTo(ch.expiration + _bound(delay, 0, 1 hours));
        (bool success,) =
            _valid(address(channels), abi.encodeCall(channels.settle, (rec.id, ch)), _anyone(callerSeed), action);
        if (success) _applyClose(r, 0, ch.escrow - ch.withdrawn, Status.Settled);
        return success;
    }

    function _raceInput(uint256 a, uint256 seed) internal view returns (IVideoRegistry.Video memory input) {
        (, uint256 k) = _pickActiveKey(a, seed);
        input.cid = string.concat("QmRace", vm.toString(_races.length), "-", vm.toString(seed % 1e9));
        input.ownerKey = _keys[k].key;
        input.title = "race";
        input.duration = 60;
        input.segmentLength = 6;
        input.segmentSize = 1;
        input.formats = new string[](1);
        input.formats[0] = "720p30";
    }

    /// @dev `a` commits to `input` and one block passes.
    function _commitFor(uint256 a, IVideoRegistry.Video memory input, bytes32 salt) internal returns (bool ok) {
        address wallet = _actors[a].wallet;
        bytes32 commitment = videos.commitmentOf(input.cid, wallet, input.ownerKey, salt);
        (ok,) = _valid(address(videos), abi.encodeCall(videos.commit, (commitment)), wallet, A_REGISTER_RACE);
        vm.roll(block.number + 1);
    }

    function _reveal(uint256 a, IVideoRegistry.Video memory input, bytes32 salt, uint256 action)
        internal
        returns (bool ok)
    {
        (ok,) = _valid(address(videos), abi.encodeCall(videos.register, (input, salt)), _actors[a].wallet, action);
    }

    /// @dev `me` signs the exact bid that the other anonymous wallet opened (bid `b`) with the shared key.
    function _openTwin(uint256 me, uint256 b, uint256 seed) internal {
        IPaymentChannel.Bid memory bid = _bids[b].bid;
        uint256 first = _latestRecordOf[channels.bidDigest(bid)] - 1;
        if ((seed >> 8) % 2 == 0) _closeFirstTwin(first, seed);
        if (!_ensureFree(me, _records[first].channel.escrow)) return;
        (bytes memory ws, bytes memory bs) =
            _signBid(_actors[me].walletKey, _keys[_keyIndex[bid.bidderKey] - 1].privateKey, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        bool ok;
        bytes memory ret;
        if (channels.channelHash(_records[first].id) != 0) {
            (ok, ret) = _invalid(
                address(channels), data, _bids[b].payee, I_TWIN_WHILE_OPEN, IPaymentChannel.ChannelAlreadyOpen.selector
            );
            if (ok) _recordOpen(bid, ws, bs, ret, _actors[me].wallet);
            return;
        }
        (ok, ret) = _valid(address(channels), data, _bids[b].payee, A_OPEN_TWIN);
        if (!ok) return;
        _recordOpen(bid, ws, bs, ret, _actors[me].wallet);
        twinReopens++;
        done[A_OPEN_TWIN]++;
    }

    /// @dev The first twin's payee closes, which frees the id for the second twin; an exit may have brought the
    /// first channel's expiration before the bid's, and then only a settle could free it.
    function _closeFirstTwin(uint256 first, uint256 seed) internal {
        Record storage rec = _records[first];
        if (rec.status == Status.Open && block.timestamp < rec.channel.expiration) {
            _closeRecord(first, seed, rec.channel.payee, A_CLOSE);
        }
    }

    function _twinCandidate(address me, address other) internal view returns (bool, uint256) {
        bytes32 nonce = channels.nonceOf(me);
        uint256 n = _bids.length;
        for (uint256 i = n; i > 0 && n - i < 32; --i) {
            OpenedBid storage b = _bids[i - 1];
            if (b.payer != other || b.bid.nonce != nonce || block.timestamp >= b.bid.expiration) continue;
            uint256 v = _videoIndex[b.bid.video];
            if (!_videoList[v - 1].listed || isRevoked(b.bid.counterpartyKey)) continue;
            return (true, i - 1);
        }
        return (false, 0);
    }

    /// @dev `first` and up to MAX_CLOSE_MANY - 1 more live channels of its payee (of its node key, `byKey`),
    /// sometimes opening one more.
    function _batchOf(uint256 first, uint256 countSeed, uint256 seed, bool byKey)
        internal
        returns (uint256[] memory picked)
    {
        IPaymentChannel.Channel memory head = _records[first].channel;
        uint256 want = _bound(countSeed, 1, MAX_CLOSE_MANY);
        picked = new uint256[](want);
        picked[0] = first;
        uint256 n = 1;
        for (uint256 i; i < _open.length && n < want; ++i) {
            uint256 r = _open[i];
            IPaymentChannel.Channel memory ch = _records[r].channel;
            bool same = byKey ? ch.payeeKey == head.payeeKey : ch.payee == head.payee;
            if (r != first && same && block.timestamp < ch.expiration) picked[n++] = r;
        }
        if (n < want && countSeed % 2 == 0 && !byKey) {
            (bool opened, uint256 extra) = _openFor(seed, _actorOf(head.payee));
            if (opened) picked[n++] = extra;
        }
        assembly ("memory-safe") {
            mstore(picked, n)
        }
    }

    /// @dev The payer sometimes signs a newer payment for a channel of the batch before it is closed.
    function _batchRequests(uint256[] memory picked, uint256 seed)
        internal
        returns (IPaymentChannel.CloseRequest[] memory requests, uint256[] memory amounts, uint256[] memory refunds)
    {
        uint256 n = picked.length;
        requests = new IPaymentChannel.CloseRequest[](n);
        amounts = new uint256[](n);
        refunds = new uint256[](n);
        for (uint256 j; j < n; ++j) {
            uint256 r = picked[j];
            if ((seed >> j) & 1 == 1) _signLatest(r, _bound(seed >> 8, _records[r].balance, _records[r].maxSegments));
            requests[j] = _closeRequest(r);
            (amounts[j], refunds[j]) = _closeAmounts(_records[r]);
        }
    }

    function _closeRequest(uint256 r) internal view returns (IPaymentChannel.CloseRequest memory) {
        Record storage rec = _records[r];
        return IPaymentChannel.CloseRequest({
            channelId: rec.id, channel: rec.channel, balance: rec.balance, signature: _signatureOf[r]
        });
    }
}
