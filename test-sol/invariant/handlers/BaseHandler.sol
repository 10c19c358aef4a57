// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {PTI} from "../../../src-sol/PTI.sol";
import {UserRegistry} from "../../../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../../../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../../../src-sol/PaymentChannel.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {Picking} from "./Picking.sol";

/// @notice What every move needs: the contracts, the actors, time, instrumentation, the two ways of calling
/// (a valid move, whose revert is a bug; an invalid one, whose success is) and the bookkeeping shared by the
/// valid and invalid moves.
/// @dev Inputs are bounded with forge-std's `_bound`, the silent twin of `bound` (it would otherwise log on every
/// call). Calls go through low-level calls, so the handler itself never reverts (`fail_on_revert` is off).
abstract contract BaseHandler is Picking {
    uint256 internal constant MAX_KEYS_PER_ACTOR = 6;
    uint256 internal constant MIN_LISTED_VIDEOS = 2;
    uint256 internal constant MAX_CLOSE_MANY = 4;
    uint256 internal constant MAX_DEPOSIT = 500 ether;
    uint256 internal constant MAX_RACES = 8;
    uint256 internal constant EXIT_WINDOW = 1 hours;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    PTI public immutable pti;
    UserRegistry public immutable users;
    VideoRegistry public immutable videos;
    PaymentChannel public immutable channels;
    address public immutable treasury;
    address public immutable stranger;
    uint256 public immutable anonA;
    uint256 public immutable anonB;

    /// @dev Pins block time (set by our own warps), counts the call, and checks that the step changed no free
    /// balance but those of the wallets it booked as participants.
    modifier step(uint256 action) {
        vm.warp(ghostTime);
        calls[action]++;
        delete _participants;
        uint256[] memory before = _freeBalances();
        _;
        _checkParticipants(before);
    }

    constructor(
        PTI pti_,
        UserRegistry users_,
        VideoRegistry videos_,
        PaymentChannel channels_,
        address treasury_,
        ActorInit[] memory actors,
        VideoInit[] memory videoInits
    ) {
        pti = pti_;
        users = users_;
        videos = videos_;
        channels = channels_;
        treasury = treasury_;
        stranger = vm.addr(_derivePk("stranger", 0));
        ghostTime = block.timestamp;
        uint256 anon0 = NO_ACTOR;
        uint256 anon1 = NO_ACTOR;
        for (uint256 i; i < actors.length; ++i) {
            ActorInit memory a = actors[i];
            _actors.push(Actor({wallet: a.wallet, walletKey: a.walletKey, registered: a.registered}));
            _walletKeyOf[a.wallet] = a.walletKey;
            _watched.push(a.wallet);
            uint256 k = _keyIndex[a.comm];
            if (k == 0) {
                _keys.push(
                    Key({
                        key: a.comm,
                        privateKey: a.commKey,
                        owner: a.registered ? i : NO_ACTOR,
                        registered: a.registered,
                        revoked: false
                    })
                );
                k = _keys.length;
                _keyIndex[a.comm] = k;
            } else if (!a.registered) {
                // The second wallet on an already-seen unregistered key: the pair that shares it.
                anon1 = i;
                anon0 = _actorOfSharedKey(a.comm, i);
            }
            _keysOf[i].push(k - 1);
            uint256 free = channels_.balanceOf(a.wallet);
            expectedFree[a.wallet] = free;
            depositedBy[a.wallet] = free;
            ghostDeposits += free;
        }
        _watched.push(stranger);
        anonA = anon0;
        anonB = anon1;
        for (uint256 v; v < videoInits.length; ++v) {
            VideoInit memory init = videoInits[v];
            _videoList.push(
                VideoInfo({
                    id: init.id,
                    publisher: init.publisher,
                    duration: init.duration,
                    segmentLength: init.segmentLength,
                    listed: true,
                    opensAfterUnlist: 0
                })
            );
            _videoIndex[init.id] = v + 1;
            for (uint256 f; f < init.formats.length; ++f) {
                _formats[v].push(init.formats[f]);
            }
        }
    }

    // ---------------------------------------------------------------- calls

    function _valid(address target, bytes memory data, address caller, uint256 action)
        internal
        returns (bool ok, bytes memory ret)
    {
        vm.prank(caller);
        (ok, ret) = target.call(data);
        if (!ok) {
            unexpectedReverts++;
            lastUnexpectedAction = action;
            lastUnexpectedError = _selectorOf(ret);
        }
    }

    /// @dev `expected` zero accepts any revert.
    function _invalid(address target, bytes memory data, address caller, uint256 kind, bytes4 expected)
        internal
        returns (bool succeeded, bytes memory ret)
    {
        invalidCalls[kind]++;
        vm.prank(caller);
        (succeeded, ret) = target.call(data);
        if (succeeded) {
            invalidSuccesses++;
            lastInvalidKind = kind;
        } else if (expected != bytes4(0) && _selectorOf(ret) != expected) {
            wrongRevertReasons++;
            lastWrongKind = kind;
            lastWrongError = _selectorOf(ret);
        }
    }

    // ---------------------------------------------------------------- bookkeeping: free balances

    function _deposit(uint256 a, uint256 amount, bool permit) internal returns (bool ok) {
        Actor storage act = _actors[a];
        address wallet = act.wallet;
        uint256 tokens = pti.balanceOf(wallet);
        if (tokens < amount) {
            vm.prank(treasury);
            if (!pti.transfer(wallet, amount - tokens)) return false;
        }
        bytes memory data;
        uint256 action = permit ? A_DEPOSIT_PERMIT : A_DEPOSIT;
        if (permit) {
            uint256 deadline = block.timestamp + 1 hours;
            bytes32 structHash =
                keccak256(abi.encode(PERMIT_TYPEHASH, wallet, address(channels), amount, pti.nonces(wallet), deadline));
            bytes32 digest = keccak256(abi.encodePacked("\x19\x01", pti.DOMAIN_SEPARATOR(), structHash));
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(act.walletKey, digest);
            data = abi.encodeCall(channels.depositWithPermit, (amount, deadline, v, r, s));
        } else {
            vm.prank(wallet);
            pti.approve(address(channels), amount);
            data = abi.encodeCall(channels.deposit, (amount));
        }
        (ok,) = _valid(address(channels), data, wallet, action);
        if (!ok) return false;
        expectedFree[wallet] += amount;
        depositedBy[wallet] += amount;
        ghostDeposits += amount;
        _touch(wallet);
        done[action]++;
    }

    /// @dev Tops the free balance up to `amount` with a deposit of the wallet's own.
    function _ensureFree(uint256 a, uint256 amount) internal returns (bool) {
        uint256 free = channels.balanceOf(_actors[a].wallet);
        if (free >= amount) return true;
        return _deposit(a, amount - free, false);
    }

    // ---------------------------------------------------------------- bookkeeping: opening

    /// @dev A valid bid: payee with an active key, listed video and format, payer funded at open time.
    /// `forcedPayee` may lack an active key (the caller then overrides the counterparty key).
    function _plan(uint256 seed, bool content, uint256 forcedPayer, uint256 forcedPayee)
        internal
        view
        returns (bool ok, Plan memory p)
    {
        bool found;
        (found, p.video) = _pickListedVideo(_sub(seed, 1));
        if (!found) return (false, p);
        if (content) {
            p.payee = _videoList[p.video].publisher;
        } else if (forcedPayee != NO_ACTOR) {
            p.payee = forcedPayee;
        } else {
            (found, p.payee) = _pickPayee(_sub(seed, 2));
            if (!found) return (false, p);
        }
        uint256 k;
        (found, k) = _pickActiveKey(p.payee, _sub(seed, 3));
        if (found) p.counterpartyKey = _keys[k].key;
        else if (forcedPayee == NO_ACTOR) return (false, p);
        p.payer = forcedPayer != NO_ACTOR ? forcedPayer : _pickOther(_sub(seed, 4), p.payee);
        if (p.payer == p.payee) return (false, p);
        p.format = _sub(seed, 5) % _formats[p.video].length;
        (p.bidderKey, p.bidderPk) = _bidderKeyFor(p.payer, _sub(seed, 6));
        uint256 rateSeed = _sub(seed, 7);
        // Tiny rates exercise rounding and the escrow cap of the last partial segment.
        p.rate = uint128(rateSeed % 4 == 0 ? _bound(rateSeed, 1, 1000) : _bound(rateSeed, 1e9, 1e16));
        // Expirations from a second to three days: some far enough for an exit, some within its window.
        p.expiration = uint64(block.timestamp + _bound(_sub(seed, 8), 1, 3 days));
        ok = true;
    }

    function _bidOf(Plan memory p) internal view returns (IPaymentChannel.Bid memory) {
        return IPaymentChannel.Bid({
            nonce: channels.nonceOf(_actors[p.payer].wallet),
            rate: p.rate,
            expiration: p.expiration,
            video: _videoList[p.video].id,
            format: _formats[p.video][p.format],
            bidderKey: p.bidderKey,
            counterpartyKey: p.counterpartyKey
        });
    }

    /// @dev Opens the plan's bid, sent by the payee wallet or (`byNodeKey`) by the counterparty key itself.
    function _openPlan(Plan memory p, uint256 action, bool byNodeKey) internal returns (bool opened, uint256 r) {
        if (!_ensureFree(p.payer, uint256(p.rate) * _videoList[p.video].duration)) return (false, 0);
        IPaymentChannel.Bid memory bid = _bidOf(p);
        (bytes memory ws, bytes memory bs) = _signBid(_actors[p.payer].walletKey, p.bidderPk, bid);
        address caller = byNodeKey ? p.counterpartyKey : _actors[p.payee].wallet;
        bytes memory ret;
        if (channels.channelHash(channels.bidDigest(bid)) != 0) {
            // Only wallets sharing an unregistered key at a shared nonce can reproduce an open id.
            (opened, ret) = _invalid(
                address(channels),
                abi.encodeCall(channels.open, (bid, ws, bs)),
                caller,
                I_TWIN_WHILE_OPEN,
                IPaymentChannel.ChannelAlreadyOpen.selector
            );
            if (opened) _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
            return (false, 0);
        }
        (opened, ret) = _valid(address(channels), abi.encodeCall(channels.open, (bid, ws, bs)), caller, action);
        if (!opened) return (false, 0);
        r = _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
        done[action]++;
    }

    /// @dev Opens a fresh channel; to `payee` when given (an attention bid), else content or attention.
    function _openFor(uint256 seed, uint256 payee) internal returns (bool, uint256) {
        (bool ok, Plan memory p) =
            _plan(_sub(seed, 99), payee == NO_ACTOR && seed % 2 == 0, NO_ACTOR, payee == NO_ACTOR ? NO_ACTOR : payee);
        if (!ok || p.counterpartyKey == address(0)) return (false, 0);
        return _openPlan(p, A_OPEN_FALLBACK, false);
    }

    function _recordOpen(
        IPaymentChannel.Bid memory bid,
        bytes memory ws,
        bytes memory bs,
        bytes memory ret,
        address expectedPayer
    ) internal returns (uint256 r) {
        (bytes32 id, IPaymentChannel.Channel memory ch) = abi.decode(ret, (bytes32, IPaymentChannel.Channel));
        _checkOpened(bid, id, ch, expectedPayer);
        if (opensOfDigest[id]++ == 0) _digests.push(id);
        opensOfDigestBy[id][ch.payer]++;

        r = _records.length;
        _records.push();
        Record storage rec = _records[r];
        rec.id = id;
        rec.channel = ch;
        rec.status = Status.Open;
        rec.maxSegments = ch.pricePerSegment == 0 ? 0 : (ch.escrow + ch.pricePerSegment - 1) / ch.pricePerSegment;
        rec.video = bid.video;
        rec.bidderKey = bid.bidderKey;
        rec.counterpartyKey = bid.counterpartyKey;
        rec.bidExpiration = bid.expiration;
        _open.push(r);
        _openPos[r] = _open.length;
        _latestRecordOf[id] = r + 1;
        lastChannelId[ch.payer] = id;
        expectedFree[ch.payer] -= ch.escrow;
        escrowedBy[ch.payer] += ch.escrow;
        _touch(ch.payer);
        _touch(ch.payee);
        _bids.push(OpenedBid({bid: bid, walletSignature: ws, bidderSignature: bs, payer: ch.payer, payee: ch.payee}));
    }

    /// @dev What `open` returned must agree with the bid and the video terms (P-13), and no key revoked before the
    /// open may have opened it (P-14).
    function _checkOpened(
        IPaymentChannel.Bid memory bid,
        bytes32 id,
        IPaymentChannel.Channel memory ch,
        address expectedPayer
    ) internal {
        uint256 v = _videoIndex[bid.video];
        if (v != 0) {
            VideoInfo storage info = _videoList[v - 1];
            if (
                ch.escrow != uint256(bid.rate) * info.duration
                    || ch.pricePerSegment != uint256(bid.rate) * info.segmentLength
            ) resultMismatch = true;
            if (!info.listed) {
                unlistedVideoOpened = true;
                info.opensAfterUnlist++;
            }
        }
        if (
            id != channels.bidDigest(bid) || ch.payer != expectedPayer || ch.withdrawn != 0
                || ch.expiration != bid.expiration || ch.payeeKey != bid.counterpartyKey
        ) resultMismatch = true;
        (address counterpartyWallet,) = users.keyOf(bid.counterpartyKey);
        if (counterpartyWallet != ch.payee) resultMismatch = true;
        if (isRevoked(bid.bidderKey) || isRevoked(bid.counterpartyKey)) revokedKeyOpened = true;
        uint256 previous = _latestRecordOf[id];
        if (previous != 0 && _records[previous - 1].status == Status.Open) openIdCollided = true;
    }

    // ---------------------------------------------------------------- bookkeeping: channel life

    function _signLatest(uint256 r, uint256 balance) internal {
        Record storage rec = _records[r];
        rec.balance = balance;
        _signatureOf[r] = _sign(_walletKeyOf[rec.channel.payer], channels.paymentDigest(rec.id, balance));
        rec.signed = true;
    }

    /// @dev The payee wallet, or its node key, withdraws with the latest payment (the payer signs a newer one
    /// first if the latest adds nothing).
    function _withdrawRecord(uint256 r, uint256 seed, address caller, uint256 action) internal returns (bool) {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        // Fully paid: only a close is left.
        if (ch.withdrawn >= ch.escrow) return false;
        if (_payout(ch, rec.balance) <= ch.withdrawn) {
            _signLatest(r, _bound(seed, ch.withdrawn / ch.pricePerSegment + 1, rec.maxSegments));
        }
        uint256 payout = _payout(ch, rec.balance);
        bytes memory data = abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]));
        (bool success, bytes memory ret) = _valid(address(channels), data, caller, action);
        if (!success) return false;
        IPaymentChannel.Channel memory updated = abi.decode(ret, (IPaymentChannel.Channel));
        if (updated.withdrawn != payout) resultMismatch = true;
        _applyWithdraw(r, payout);
        return true;
    }

    /// @dev The payee wallet, or its node key, closes with its latest payment (sometimes after the payer signs a
    /// newer one).
    function _closeRecord(uint256 r, uint256 seed, address caller, uint256 action) internal returns (bool) {
        Record storage rec = _records[r];
        if (seed % 3 == 0) _signLatest(r, _bound(seed >> 2, rec.balance, rec.maxSegments));
        (uint256 amount, uint256 refund) = _closeAmounts(rec);
        (bool ok,) = _valid(address(channels), _closeData(r), caller, action);
        if (ok) _applyClose(r, amount, refund, Status.Closed);
        return ok;
    }

    /// @dev `close` with the record's latest payment.
    function _closeData(uint256 r) internal view returns (bytes memory) {
        Record storage rec = _records[r];
        return abi.encodeCall(channels.close, (rec.id, rec.channel, rec.balance, _signatureOf[r]));
    }

    function _closeAmounts(Record storage rec) internal view returns (uint256 amount, uint256 refund) {
        IPaymentChannel.Channel memory ch = rec.channel;
        uint256 payout = _payout(ch, rec.balance);
        uint256 paid = payout > ch.withdrawn ? payout : ch.withdrawn;
        amount = paid - ch.withdrawn;
        refund = ch.escrow - paid;
    }

    function _applyWithdraw(uint256 r, uint256 payout) internal {
        Record storage rec = _records[r];
        uint256 old = rec.channel.withdrawn;
        if (payout <= old) {
            withdrawnDecreased = true;
            return;
        }
        uint256 delta = payout - old;
        rec.channel.withdrawn = payout;
        rec.paid += delta;
        address payee = rec.channel.payee;
        expectedFree[payee] += delta;
        earnedBy[payee] += delta;
        _touch(payee);
    }

    function _applyClose(uint256 r, uint256 amount, uint256 refund, Status status) internal {
        Record storage rec = _records[r];
        rec.status = status;
        rec.paid += amount;
        rec.refunded += refund;
        rec.channel.withdrawn += amount;
        address payee = rec.channel.payee;
        address payer = rec.channel.payer;
        expectedFree[payee] += amount;
        earnedBy[payee] += amount;
        expectedFree[payer] += refund;
        refundedTo[payer] += refund;
        _touch(payee);
        _touch(payer);
        uint256 pos = _openPos[r];
        uint256 last = _open[_open.length - 1];
        _open[pos - 1] = last;
        _openPos[last] = pos;
        _open.pop();
        delete _openPos[r];
    }

    /// @dev Who acts for a channel's payee: its node key while active and `preferKey`, else the wallet.
    function _payeeCaller(uint256 r, bool preferKey) internal view returns (address) {
        IPaymentChannel.Channel storage ch = _records[r].channel;
        return preferKey && !isRevoked(ch.payeeKey) ? ch.payeeKey : ch.payee;
    }

    // ---------------------------------------------------------------- bookkeeping: keys and time

    function _addKeyTo(uint256 a) internal returns (bool) {
        uint256 pk = _derivePk("key", _keys.length);
        Vm.Wallet memory w = vm.createWallet(pk);
        address wallet = _actors[a].wallet;
        bytes memory publicKey = abi.encodePacked(w.publicKeyX, w.publicKeyY);
        bytes memory proof = _sign(pk, users.keyOwnershipDigest(wallet));
        (bool ok, bytes memory ret) =
            _valid(address(users), abi.encodeCall(users.addKey, (publicKey, proof)), wallet, A_ADD_KEY);
        if (!ok) return false;
        if (abi.decode(ret, (address)) != w.addr) resultMismatch = true;
        _keys.push(Key({key: w.addr, privateKey: pk, owner: a, registered: true, revoked: false}));
        _keyIndex[w.addr] = _keys.length;
        _keysOf[a].push(_keys.length - 1);
        return true;
    }

    function _warpTo(uint256 t) internal {
        ghostTime = t;
        vm.warp(t);
    }

    // ---------------------------------------------------------------- picking that may open

    function _liveChannel(uint256 seed) internal returns (bool, uint256) {
        uint256 n = _open.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = _open[(seed % n + i) % n];
            if (block.timestamp < _records[r].channel.expiration) return (true, r);
        }
        return _openFor(seed, NO_ACTOR);
    }

    function _anyOpenChannel(uint256 seed) internal returns (bool, uint256) {
        uint256 n = _open.length;
        if (n > 0) return (true, _open[seed % n]);
        return _openFor(seed, NO_ACTOR);
    }

    /// @dev A live channel of a payee other than `payee`, opening one if none exists.
    function _liveChannelNotOf(address payee, uint256 seed) internal returns (bool, uint256) {
        uint256 n = _open.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = _open[(seed % n + i) % n];
            Record storage rec = _records[r];
            if (rec.channel.payee != payee && block.timestamp < rec.channel.expiration) return (true, r);
        }
        (bool found, uint256 other) = _pickPayee(seed);
        if (!found || _actors[other].wallet == payee) return (false, 0);
        return _openFor(seed, other);
    }

    /// @dev Any actor, or the stranger.
    function _anyone(uint256 seed) internal view returns (address) {
        uint256 i = seed % (_actors.length + 1);
        return i == _actors.length ? stranger : _actors[i].wallet;
    }

    // ---------------------------------------------------------------- signing and instrumentation

    function _signBid(uint256 walletPk, uint256 bidderPk, IPaymentChannel.Bid memory bid)
        internal
        view
        returns (bytes memory ws, bytes memory bs)
    {
        ws = _sign(walletPk, channels.bidDigest(bid));
        bs = _sign(bidderPk, channels.signedBidDigest(bid, ws));
    }

    function _freeBalances() internal view returns (uint256[] memory balances) {
        balances = new uint256[](_watched.length);
        for (uint256 i; i < balances.length; ++i) {
            balances[i] = channels.balanceOf(_watched[i]);
        }
    }

    function _checkParticipants(uint256[] memory before) internal {
        uint256[] memory after_ = _freeBalances();
        for (uint256 i; i < before.length; ++i) {
            if (before[i] != after_[i] && !_isParticipant(_watched[i])) foreignMove = true;
        }
    }

    function _touch(address wallet) internal {
        _participants.push(wallet);
    }

    function _isParticipant(address wallet) internal view returns (bool) {
        for (uint256 i; i < _participants.length; ++i) {
            if (_participants[i] == wallet) return true;
        }
        return false;
    }
}
