// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Moves that must fail: each kind breaks exactly one rule and goes through `_invalid`, which counts a
/// success (and the move is still booked, so that the accounting invariants keep describing the real state) and a
/// revert with another error than the one the defect calls for (P-18).
abstract contract InvalidMoves is BaseHandler {
    /// @notice A bid that must not open: each kind breaks exactly one rule of `open`.
    function invalidOpen(uint256 kind, uint256 seed) external step(A_INVALID_OPEN) {
        kind = _bound(kind, 0, I_CROSS_CHANNEL_WITHDRAW - 1);
        if (kind == I_REPLAY_BID) {
            _replayBid(seed);
            return;
        }
        if (kind == I_TWIN_WHILE_OPEN) kind = I_ZERO_RATE;
        (bool ok, Plan memory p) = _plan(seed, seed % 2 == 0, NO_ACTOR, NO_ACTOR);
        if (!ok) return;
        address caller = _actors[p.payee].wallet;
        bytes4 expected;
        if (kind == I_REVOKED_BIDDER_KEY) {
            (bool found, uint256 k) = _revokedKey(seed);
            if (!found || _keys[k].owner == p.payee) return;
            p.payer = _keys[k].owner;
            p.bidderKey = _keys[k].key;
            p.bidderPk = _keys[k].privateKey;
            expected = IPaymentChannel.BidderKeyNotAuthorized.selector;
        } else if (kind == I_REVOKED_COUNTERPARTY_KEY) {
            (bool found, uint256 k) = _revokedKey(seed);
            if (!found || _keys[k].owner == p.payer) return;
            p.payee = _keys[k].owner;
            p.counterpartyKey = _keys[k].key;
            caller = _actors[p.payee].wallet;
            expected = IPaymentChannel.CounterpartyKeyNotAuthorized.selector;
        } else if (kind == I_UNLISTED_VIDEO) {
            (bool found, uint256 v) = _unlistedVideo(seed);
            if (!found) return;
            p.video = v;
            p.format = (seed >> 16) % _formats[v].length;
            expected = IPaymentChannel.VideoNotAvailable.selector;
        } else if (kind == I_FOREIGN_BIDDER_KEY) {
            (bool found, uint256 k) = _foreignActiveKey(seed, p.payer);
            if (!found) return;
            p.bidderKey = _keys[k].key;
            p.bidderPk = _keys[k].privateKey;
            expected = IPaymentChannel.BidderKeyNotAuthorized.selector;
        } else if (kind == I_CALLER_NOT_COUNTERPARTY) {
            caller = _anyone(seed >> 32);
            if (caller == _actors[p.payee].wallet || caller == _actors[p.payer].wallet) caller = stranger;
            expected = IPaymentChannel.CounterpartyKeyNotAuthorized.selector;
        } else if (kind == I_SELF_CHANNEL) {
            p.payer = p.payee;
            (, uint256 k) = _pickActiveKey(p.payee, seed);
            p.bidderKey = _keys[k].key;
            p.bidderPk = _keys[k].privateKey;
            // The payee's node key opening changes nothing: the payee is still the wallet.
            if ((seed >> 24) % 2 == 0) caller = p.counterpartyKey;
            expected = IPaymentChannel.SelfChannel.selector;
        } else if (kind == I_EXPIRED_BID) {
            p.expiration = uint64(_bound(seed >> 40, 0, block.timestamp));
            expected = IPaymentChannel.BidExpired.selector;
        } else if (kind == I_ZERO_RATE) {
            p.rate = 0;
            expected = IPaymentChannel.ZeroRate.selector;
        } else if (kind == I_INSUFFICIENT_BALANCE) {
            uint256 free = channels.balanceOf(_actors[p.payer].wallet);
            // A free balance is at most 2^96, so the rate fits 128 bits.
            // forge-lint: disable-next-line(unsafe-typecast)
            p.rate = uint128(free / _videoList[p.video].duration + 1 + _bound(seed >> 48, 0, 1 ether));
            expected = IPaymentChannel.InsufficientBalance.selector;
        } else {
            expected = _fundedDefect(kind);
        }
        if (kind != I_INSUFFICIENT_BALANCE && kind != I_ZERO_RATE) {
            if (!_ensureFree(p.payer, uint256(p.rate) * _videoList[p.video].duration)) return;
        }
        _tryInvalidOpen(p, kind, caller, expected, seed);
    }

    /// @notice A channel operation that must not move anything: each kind breaks exactly one rule.
    function invalidChannelOp(uint256 kind, uint256 seed) external step(A_INVALID_CHANNEL_OP) {
        kind = _bound(kind, I_CROSS_CHANNEL_WITHDRAW, I_ZERO_AMOUNT);
        if (kind == I_OVERDRAW || kind == I_ZERO_AMOUNT) return _invalidFreeBalanceMove(kind, seed);
        if (kind == I_CLOSED_CHANNEL) return _actOnClosedChannel(seed);
        if (kind == I_PAYEE_AFTER_EXPIRY) return _payeeAfterExpiry(seed);
        (bool ok, uint256 r) = _liveChannel(seed);
        if (!ok) return;
        if (kind == I_CROSS_CHANNEL_WITHDRAW || kind == I_CROSS_CHANNEL_CLOSE) return _crossChannel(kind, r, seed);
        if (kind == I_CLOSE_MANY_FOREIGN || kind == I_CLOSE_MANY_DUPLICATE) return _badCloseMany(kind, r, seed);
        if (kind == I_TAMPERED_CHANNEL) return _tampered(r, seed);
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (kind == I_SETTLE_EARLY) {
            bytes memory settleData = abi.encodeCall(channels.settle, (rec.id, ch));
            _invalid(address(channels), settleData, _anyone(seed), kind, IPaymentChannel.ChannelNotExpired.selector);
            return;
        }
        if (kind == I_NOTHING_TO_WITHDRAW || kind == I_BEYOND_SEGMENTS) return _unworthyPayment(r, kind, seed);
        // The remaining kinds need a payment that would move something.
        if (!_signMovingPayment(r, seed)) return;
        if (kind == I_FORGED_PAYMENT) {
            // Signed by someone who is not the payer: the payee itself, or a stranger.
            uint256 forger = seed % 2 == 0 ? _walletKeyOf[ch.payee] : _derivePk("stranger", 0);
            bytes memory forged = _sign(forger, channels.paymentDigest(rec.id, rec.balance));
            _invalid(
                address(channels),
                abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, forged)),
                ch.payee,
                kind,
                IPaymentChannel.InvalidPaymentSignature.selector
            );
            return;
        }
        address intruder = _anyone(seed >> 8);
        if (intruder == ch.payee) intruder = stranger;
        _intrude(r, intruder, kind == I_STRANGER_WITHDRAW, kind, IPaymentChannel.NotPayee.selector);
    }

    /// @notice What a node key must never do: act once revoked, act on a channel whose counterparty it is not,
    /// move its wallet's free balance, or change its wallet's keys.
    function invalidNodeKeyOp(uint256 kind, uint256 seed) external step(A_INVALID_NODE_KEY_OP) {
        kind = _bound(kind, I_REVOKED_NODE_KEY_ACTS, I_NODE_KEY_CHANGES_KEYS);
        if (kind == I_REVOKED_NODE_KEY_OPENS) return _revokedNodeKeyOpens(seed);
        if (kind == I_NODE_KEY_MOVES_FREE_BALANCE || kind == I_NODE_KEY_CHANGES_KEYS) {
            return _nodeKeyOverreaches(kind, seed);
        }
        (bool ok, uint256 r) = _liveChannel(seed);
        if (!ok || !_signMovingPayment(r, seed)) return;
        IPaymentChannel.Channel memory ch = _records[r].channel;
        if (kind == I_REVOKED_NODE_KEY_ACTS) {
            if (!isRevoked(ch.payeeKey)) return;
            (bool succeeded) =
                _intrude(r, ch.payeeKey, seed % 2 == 0, kind, IPaymentChannel.PayeeKeyNotAuthorized.selector);
            if (succeeded) revokedNodeKeyActed = true;
            return;
        }
        // I_NOT_THE_COUNTERPARTY_KEY: another active key, of the payee's wallet or of someone else's.
        (bool found, uint256 k) = _pickActiveKey(_actorOf(ch.payee), seed >> 8);
        if (!found || _keys[k].key == ch.payeeKey || (seed >> 16) % 2 == 0) {
            (found, k) = _foreignActiveKey(seed >> 24, _actorOf(ch.payee));
        }
        if (!found || _keys[k].key == ch.payeeKey) return;
        _intrude(r, _keys[k].key, (seed >> 32) % 2 == 0, kind, IPaymentChannel.NotPayee.selector);
    }

    /// @notice Exits that must fail: by anyone but the payer, too late to bring the expiration forward, and a
    /// settle inside the window.
    function invalidExit(uint256 kind, uint256 seed) external step(A_INVALID_EXIT) {
        kind = _bound(kind, I_EXIT_BY_NON_PAYER, I_SETTLE_DURING_EXIT);
        if (kind == I_SETTLE_DURING_EXIT) {
            (bool found, uint256 e) = _exitedChannel(seed, true);
            if (!found) return;
            Record storage exited = _records[e];
            bytes memory data = abi.encodeCall(channels.settle, (exited.id, exited.channel));
            _invalid(address(channels), data, _anyone(seed), kind, IPaymentChannel.ChannelNotExpired.selector);
            return;
        }
        uint256 r;
        bool ok;
        if (kind == I_EXIT_TOO_LATE) {
            (ok, r) = _exitedChannel(seed, true);
            if (!ok) (ok, r) = _anyOpenChannel(seed);
            if (!ok || _records[r].channel.expiration > block.timestamp + EXIT_WINDOW) return;
        } else {
            (ok, r) = _liveChannel(seed);
            if (!ok) return;
        }
        Record storage rec = _records[r];
        address caller = rec.channel.payer;
        bytes4 expected = IPaymentChannel.ExitTooLate.selector;
        if (kind == I_EXIT_BY_NON_PAYER) {
            uint256 who = (seed >> 8) % 3;
            caller = who == 0 ? rec.channel.payee : who == 1 ? rec.channel.payeeKey : _anyone(seed >> 16);
            if (caller == rec.channel.payer) caller = stranger;
            expected = IPaymentChannel.NotPayer.selector;
        }
        (bool succeeded,) = _invalid(
            address(channels), abi.encodeCall(channels.startExit, (rec.id, rec.channel)), caller, kind, expected
        );
        if (succeeded) exitMisplaced = true;
    }

    /// @notice Registrations that must fail: a squatter's younger commitment revealed after the uploader's, a
    /// reveal in the block of its commit, a reveal with no commitment (a copy of someone else's).
    function invalidRegistration(uint256 kind, uint256 seed) external step(A_INVALID_REGISTRATION) {
        kind = _bound(kind, I_LATE_SQUAT_REVEAL, I_REVEAL_WITHOUT_COMMITMENT);
        (bool ok, uint256 a) = _pickPayee(seed);
        if (!ok) return;
        (, uint256 k) = _pickActiveKey(a, seed >> 8);
        IVideoRegistry.Video memory input;
        input.ownerKey = _keys[k].key;
        input.title = "invalid";
        input.duration = 10;
        input.segmentLength = 2;
        input.segmentSize = 1;
        input.formats = new string[](1);
        input.formats[0] = "240p";
        bytes32 salt = bytes32(seed);
        bytes4 expected = IVideoRegistry.CommitmentNotFound.selector;
        if (kind == I_LATE_SQUAT_REVEAL) {
            if (_races.length == 0) return;
            Race storage race = _races[seed % _races.length];
            if (race.uploader == a) return;
            input.cid = videos.videoOf(race.id).cid;
            expected = IVideoRegistry.VideoAlreadyRegistered.selector;
        } else {
            // A fresh CID at every attempt: a commitment left by an earlier attempt would be old enough by now.
            input.cid = string.concat(
                "QmNeverRegistered-", vm.toString(kind), "-", vm.toString(invalidCalls[kind]), "-", vm.toString(seed)
            );
            if (kind == I_REVEAL_TOO_RECENT) expected = IVideoRegistry.CommitmentTooRecent.selector;
        }
        if (kind != I_REVEAL_WITHOUT_COMMITMENT) {
            bytes32 commitment = videos.commitmentOf(input.cid, _actors[a].wallet, input.ownerKey, salt);
            vm.prank(_actors[a].wallet);
            videos.commit(commitment);
            if (kind == I_LATE_SQUAT_REVEAL) vm.roll(block.number + 1);
        }
        bytes memory data = abi.encodeCall(videos.register, (input, salt));
        (bool succeeded,) = _invalid(address(videos), data, _actors[a].wallet, kind, expected);
        if (succeeded && kind == I_LATE_SQUAT_REVEAL) squatterWon = true;
    }

    // ---------------------------------------------------------------- internals

    /// @dev Kinds that need no change to a valid plan other than the one made in `_tryInvalidOpen`.
    function _fundedDefect(uint256 kind) internal pure returns (bytes4) {
        if (kind == I_WRONG_NONCE) return IPaymentChannel.NonceMismatch.selector;
        if (kind == I_BAD_BIDDER_SIGNATURE) return IPaymentChannel.InvalidBidderSignature.selector;
        return IPaymentChannel.VideoNotAvailable.selector; // I_UNKNOWN_FORMAT
    }

    function _tryInvalidOpen(Plan memory p, uint256 kind, address caller, bytes4 expected, uint256 seed) internal {
        IPaymentChannel.Bid memory bid = _bidOf(p);
        if (kind == I_WRONG_NONCE) {
            bytes32 wrong = bytes32(uint256(uint160(_sub(seed, 11))));
            if (wrong == bid.nonce) return;
            bid.nonce = wrong;
        } else if (kind == I_UNKNOWN_FORMAT) {
            bid.format = "4320p240";
        }
        (bytes memory ws, bytes memory bs) = _signBid(_actors[p.payer].walletKey, p.bidderPk, bid);
        if (kind == I_BAD_BIDDER_SIGNATURE) {
            bs = _sign(_derivePk("burner", seed), channels.signedBidDigest(bid, ws));
        }
        (bool succeeded, bytes memory ret) =
            _invalid(address(channels), abi.encodeCall(channels.open, (bid, ws, bs)), caller, kind, expected);
        if (succeeded) _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
    }

    /// @dev Sends an already-opened bid again, as its payee. Whatever the state (channel still open, closed,
    /// expired, key revoked, video unlisted), it must not open.
    function _replayBid(uint256 seed) internal {
        if (_bids.length == 0) return;
        OpenedBid memory b = _bids[seed % _bids.length];
        bytes memory data = abi.encodeCall(channels.open, (b.bid, b.walletSignature, b.bidderSignature));
        (bool succeeded, bytes memory ret) = _invalid(address(channels), data, b.payee, I_REPLAY_BID, bytes4(0));
        if (succeeded) {
            replayOpened = true;
            _recordOpen(b.bid, b.walletSignature, b.bidderSignature, ret, b.payer);
        }
    }

    /// @dev A revoked key opens, for its wallet, a bid naming it as counterparty key.
    function _revokedNodeKeyOpens(uint256 seed) internal {
        (bool found, uint256 k) = _revokedKey(seed);
        if (!found) return;
        (bool ok, Plan memory p) = _plan(seed, false, NO_ACTOR, NO_ACTOR);
        if (!ok || p.payer == _keys[k].owner) return;
        p.payee = _keys[k].owner;
        p.counterpartyKey = _keys[k].key;
        if (!_ensureFree(p.payer, uint256(p.rate) * _videoList[p.video].duration)) return;
        IPaymentChannel.Bid memory bid = _bidOf(p);
        (bytes memory ws, bytes memory bs) = _signBid(_actors[p.payer].walletKey, p.bidderPk, bid);
        (bool succeeded, bytes memory ret) = _invalid(
            address(channels),
            abi.encodeCall(channels.open, (bid, ws, bs)),
            p.counterpartyKey,
            I_REVOKED_NODE_KEY_OPENS,
            IPaymentChannel.CounterpartyKeyNotAuthorized.selector
        );
        if (succeeded) {
            revokedNodeKeyActed = true;
            _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
        }
    }

    /// @dev A registered key withdraws a free balance from its own address (it has none: its wallet's stays put),
    /// or revokes another key of its wallet.
    function _nodeKeyOverreaches(uint256 kind, uint256 seed) internal {
        (bool found, uint256 a) = _pickRegistered(seed);
        if (!found) return;
        (bool hasKey, uint256 k) = _pickActiveKey(a, seed >> 8);
        if (!hasKey) return;
        address key = _keys[k].key;
        bool succeeded;
        if (kind == I_NODE_KEY_MOVES_FREE_BALANCE) {
            uint256 amount = channels.balanceOf(_actors[a].wallet) + _bound(seed >> 16, 1, 1 ether);
            (succeeded,) = _invalid(
                address(channels),
                abi.encodeCall(channels.withdraw, (amount)),
                key,
                kind,
                IPaymentChannel.InsufficientBalance.selector
            );
        } else {
            uint256 other = _keysOf[a][(seed >> 16) % _keysOf[a].length];
            (succeeded,) = _invalid(
                address(users),
                abi.encodeCall(users.revokeKey, (_keys[other].key)),
                key,
                kind,
                IUserRegistry.KeyNotOwned.selector
            );
        }
        if (succeeded) nodeKeyOverreached = true;
    }

    /// @dev The payer signs a payment worth more than what was withdrawn, if the channel has room for one.
    function _signMovingPayment(uint256 r, uint256 seed) internal returns (bool) {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (ch.withdrawn >= ch.escrow) return false;
        if (_payout(ch, rec.balance) <= ch.withdrawn) {
            _signLatest(r, _bound(seed, ch.withdrawn / ch.pricePerSegment + 1, rec.maxSegments));
        }
        return true;
    }

    /// @dev `caller`, who may not act for the payee, withdraws or closes with the latest payment.
    function _intrude(uint256 r, address caller, bool withdraw_, uint256 kind, bytes4 expected)
        internal
        returns (bool succeeded)
    {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        bytes memory data = withdraw_
            ? abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]))
            : abi.encodeCall(channels.close, (rec.id, ch, rec.balance, _signatureOf[r]));
        (succeeded,) = _invalid(address(channels), data, caller, kind, expected);
        if (succeeded) strangerMoved = true;
    }

    /// @dev The payee (wallet or node key) presents a payment that adds nothing, or one beyond the segments.
    function _unworthyPayment(uint256 r, uint256 kind, uint256 seed) internal {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        uint256 balance =
            kind == I_BEYOND_SEGMENTS ? rec.maxSegments + _bound(seed, 1, 1000) : ch.withdrawn / ch.pricePerSegment;
        bytes memory sig = _sign(_walletKeyOf[ch.payer], channels.paymentDigest(rec.id, balance));
        bytes4 expected = kind == I_BEYOND_SEGMENTS
            ? IPaymentChannel.BalanceExceedsSegments.selector
            : IPaymentChannel.NothingToWithdraw.selector;
        bytes memory data = abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, balance, sig));
        _invalid(address(channels), data, _payeeCaller(r, (seed >> 4) % 2 == 0), kind, expected);
    }

    /// @dev The payee of `target` presents the latest payment of another channel (possibly a closed one, or an
    /// earlier channel with the same id from the other twin).
    function _crossChannel(uint256 kind, uint256 target, uint256 seed) internal {
        uint256 n = _records.length;
        uint256 source = n;
        for (uint256 i; i < n; ++i) {
            uint256 s = (seed % n + i) % n;
            if (s != target && _records[s].signed) {
                source = s;
                break;
            }
        }
        if (source == n) return;
        Record storage dst = _records[target];
        IPaymentChannel.Channel memory ch = dst.channel;
        uint256 balance = _records[source].balance;
        bytes4 expected;
        if (balance > dst.maxSegments) {
            expected = IPaymentChannel.BalanceExceedsSegments.selector;
        } else if (_payout(ch, balance) <= ch.withdrawn) {
            // A close that moves nothing needs no signature and is a valid close, not this move.
            if (kind == I_CROSS_CHANNEL_CLOSE) return;
            expected = IPaymentChannel.NothingToWithdraw.selector;
        } else {
            expected = IPaymentChannel.InvalidPaymentSignature.selector;
        }
        bytes memory data = kind == I_CROSS_CHANNEL_WITHDRAW
            ? abi.encodeCall(channels.withdrawFromChannel, (dst.id, ch, balance, _signatureOf[source]))
            : abi.encodeCall(channels.close, (dst.id, ch, balance, _signatureOf[source]));
        (bool succeeded,) = _invalid(address(channels), data, _payeeCaller(target, seed % 2 == 0), kind, expected);
        if (succeeded) crossChannelMoved = true;
    }

    function _badCloseMany(uint256 kind, uint256 r, uint256 seed) internal {
        address payee = _records[r].channel.payee;
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        bytes4 expected;
        if (kind == I_CLOSE_MANY_DUPLICATE) {
            // The second copy finds the channel already gone: nothing may be paid twice.
            requests[0] = _request(r);
            requests[1] = requests[0];
            expected = IPaymentChannel.ChannelNotFound.selector;
        } else {
            (bool found, uint256 other) = _liveChannelNotOf(payee, seed);
            if (!found) return;
            requests[seed % 2] = _request(other);
            requests[1 - seed % 2] = _request(r);
            expected = IPaymentChannel.NotPayee.selector;
        }
        (bool succeeded,) =
            _invalid(address(channels), abi.encodeCall(channels.closeMany, (requests)), payee, kind, expected);
        if (succeeded && kind == I_CLOSE_MANY_FOREIGN) strangerMoved = true;
    }

    function _request(uint256 r) internal view returns (IPaymentChannel.CloseRequest memory) {
        Record storage rec = _records[r];
        return IPaymentChannel.CloseRequest({
            channelId: rec.id, channel: rec.channel, balance: rec.balance, signature: _signatureOf[r]
        });
    }

    function _tampered(uint256 r, uint256 seed) internal {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        uint256 field = seed % 7;
        if (field == 0) ch.payer = stranger;
        else if (field == 1) ch.payee = stranger;
        else if (field == 2) ch.payeeKey = stranger;
        else if (field == 3) ch.pricePerSegment += 1;
        else if (field == 4) ch.escrow += 1;
        else if (field == 5) ch.withdrawn += 1;
        else ch.expiration += 1;
        uint256 op = (seed >> 8) % 3;
        bytes memory data;
        if (op == 0) data = abi.encodeCall(channels.close, (rec.id, ch, 0, ""));
        else if (op == 1) data = abi.encodeCall(channels.settle, (rec.id, ch));
        else data = abi.encodeCall(channels.startExit, (rec.id, ch));
        address caller = op == 2 ? rec.channel.payer : rec.channel.payee;
        _invalid(address(channels), data, caller, I_TAMPERED_CHANNEL, IPaymentChannel.ChannelNotFound.selector);
    }

    function _actOnClosedChannel(uint256 seed) internal {
        uint256 n = _records.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = (seed % n + i) % n;
            Record storage rec = _records[r];
            if (rec.status == Status.Open) continue;
            IPaymentChannel.Channel memory ch = rec.channel;
            uint256 op = (seed >> 8) % 4;
            bytes memory data;
            address caller = ch.payee;
            if (op == 0) {
                data = abi.encodeCall(channels.settle, (rec.id, ch));
                caller = _anyone(seed >> 16);
            } else if (op == 1) {
                data = abi.encodeCall(channels.close, (rec.id, ch, rec.balance, _signatureOf[r]));
            } else if (op == 2) {
                data = abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]));
            } else {
                data = abi.encodeCall(channels.startExit, (rec.id, ch));
                caller = ch.payer;
            }
            (bool succeeded,) =
                _invalid(address(channels), data, caller, I_CLOSED_CHANNEL, IPaymentChannel.ChannelNotFound.selector);
            if (succeeded) closedChannelMoved = true;
            return;
        }
    }

    function _payeeAfterExpiry(uint256 seed) internal {
        uint256 n = _open.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = _open[(seed % n + i) % n];
            if (block.timestamp < _records[r].channel.expiration) continue;
            _invalid(
                address(channels),
                _fullPayment(r, (seed >> 8) % 2 == 0),
                _payeeCaller(r, (seed >> 9) % 2 == 0),
                I_PAYEE_AFTER_EXPIRY,
                IPaymentChannel.ChannelExpired.selector
            );
            return;
        }
    }

    /// @dev A close (or a withdraw) with a payment, freshly signed by the payer, of every segment of the channel.
    function _fullPayment(uint256 r, bool close_) internal view returns (bytes memory) {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        uint256 balance = rec.maxSegments;
        bytes memory sig = _sign(_walletKeyOf[ch.payer], channels.paymentDigest(rec.id, balance));
        return close_
            ? abi.encodeCall(channels.close, (rec.id, ch, balance, sig))
            : abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, balance, sig));
    }

    function _invalidFreeBalanceMove(uint256 kind, uint256 seed) internal {
        address wallet = _anyone(seed);
        if (kind == I_ZERO_AMOUNT) {
            bytes memory data =
                (seed >> 8) % 2 == 0 ? abi.encodeCall(channels.withdraw, (0)) : abi.encodeCall(channels.deposit, (0));
            _invalid(address(channels), data, wallet, kind, IPaymentChannel.ZeroAmount.selector);
            return;
        }
        uint256 amount = channels.balanceOf(wallet) + _bound(seed >> 8, 1, 1e30);
        (bool succeeded,) = _invalid(
            address(channels),
            abi.encodeCall(channels.withdraw, (amount)),
            wallet,
            kind,
            IPaymentChannel.InsufficientBalance.selector
        );
        if (succeeded) strangerMoved = true;
    }
}
