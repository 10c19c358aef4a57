// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Vm} from "forge-std/Vm.sol";
import {PTI} from "../../src-sol/PTI.sol";
import {UserRegistry} from "../../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../../src-sol/PaymentChannel.sol";
import {IPaymentChannel} from "../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice Drives PaymentChannel and the registries the way clients do, across many actors, and keeps ghost
/// books that the invariant suite compares with the chain.
/// @dev Valid moves go through `_valid`: a revert there is a bug (in the contract or in this model) and is
/// counted in `unexpectedReverts`. Deliberately invalid moves go through `_invalid`: a success there is counted in
/// `invalidSuccesses` and still booked, so the accounting invariants keep describing the real state. Inputs are
/// bounded with forge-std's `_bound`, the silent twin of `bound` (it would otherwise log on every call).
contract PaymentChannelHandler is CommonBase, StdUtils {
    struct ActorInit {
        address wallet;
        uint256 walletKey;
        address comm;
        uint256 commKey;
        bool registered;
    }

    struct VideoInit {
        bytes32 id;
        uint256 publisher;
        uint32 duration;
        uint32 segmentLength;
        string[] formats;
    }

    struct Actor {
        address wallet;
        uint256 walletKey;
        bool registered;
    }

    /// @dev `owner` is the registering actor, or NO_ACTOR for a key nobody registered (anonymous viewing).
    struct Key {
        address key;
        uint256 privateKey;
        uint256 owner;
        bool registered;
        bool revoked;
    }

    struct VideoInfo {
        bytes32 id;
        uint256 publisher;
        uint32 duration;
        uint32 segmentLength;
        bool listed;
        uint256 opensAfterUnlist;
    }

    enum Status {
        None,
        Open,
        Closed,
        Settled
    }

    /// @dev One channel instance. `channel` is what the chain commits to while open; after a close it holds the
    /// final `withdrawn` (everything the payee got). `balance` (with `_signatureOf`) is the latest payment the
    /// payer signed. The signature lives apart so that the suite can read every record in one cheap call.
    struct Record {
        bytes32 id;
        IPaymentChannel.Channel channel;
        Status status;
        uint256 maxSegments;
        uint256 paid;
        uint256 refunded;
        uint256 balance;
        bool signed;
        bytes32 video;
        address bidderKey;
        address counterpartyKey;
    }

    struct OpenedBid {
        IPaymentChannel.Bid bid;
        bytes walletSignature;
        bytes bidderSignature;
        address payer;
        address payee;
    }

    struct Plan {
        uint256 payer;
        uint256 payee;
        uint256 video;
        uint256 format;
        uint128 rate;
        uint64 expiration;
        address bidderKey;
        uint256 bidderPk;
        address counterpartyKey;
    }

    // Actions, for call counts.
    uint256 public constant A_DEPOSIT = 0;
    uint256 public constant A_DEPOSIT_PERMIT = 1;
    uint256 public constant A_WITHDRAW = 2;
    uint256 public constant A_OPEN_CONTENT = 3;
    uint256 public constant A_OPEN_ATTENTION = 4;
    uint256 public constant A_OPEN_TWIN = 5;
    uint256 public constant A_OPEN_FALLBACK = 6;
    uint256 public constant A_PAY = 7;
    uint256 public constant A_CHANNEL_WITHDRAW = 8;
    uint256 public constant A_CLOSE = 9;
    uint256 public constant A_CLOSE_MANY = 10;
    uint256 public constant A_SETTLE = 11;
    uint256 public constant A_REVOKE_KEY = 12;
    uint256 public constant A_ADD_KEY = 13;
    uint256 public constant A_UNLIST = 14;
    uint256 public constant A_WARP = 15;
    uint256 public constant A_INVALID_OPEN = 16;
    uint256 public constant A_INVALID_CHANNEL_OP = 17;
    uint256 public constant ACTION_COUNT = 18;

    // Invalid moves, by kind.
    uint256 public constant I_REPLAY_BID = 0;
    uint256 public constant I_REVOKED_BIDDER_KEY = 1;
    uint256 public constant I_REVOKED_COUNTERPARTY_KEY = 2;
    uint256 public constant I_UNLISTED_VIDEO = 3;
    uint256 public constant I_UNKNOWN_FORMAT = 4;
    uint256 public constant I_WRONG_NONCE = 5;
    uint256 public constant I_EXPIRED_BID = 6;
    uint256 public constant I_FOREIGN_BIDDER_KEY = 7;
    uint256 public constant I_CALLER_NOT_COUNTERPARTY = 8;
    uint256 public constant I_SELF_CHANNEL = 9;
    uint256 public constant I_BAD_BIDDER_SIGNATURE = 10;
    uint256 public constant I_INSUFFICIENT_BALANCE = 11;
    uint256 public constant I_ZERO_RATE = 12;
    uint256 public constant I_TWIN_WHILE_OPEN = 13;
    uint256 public constant I_CROSS_CHANNEL_WITHDRAW = 14;
    uint256 public constant I_CROSS_CHANNEL_CLOSE = 15;
    uint256 public constant I_STRANGER_WITHDRAW = 16;
    uint256 public constant I_STRANGER_CLOSE = 17;
    uint256 public constant I_FORGED_PAYMENT = 18;
    uint256 public constant I_SETTLE_EARLY = 19;
    uint256 public constant I_CLOSED_CHANNEL = 20;
    uint256 public constant I_PAYEE_AFTER_EXPIRY = 21;
    uint256 public constant I_TAMPERED_CHANNEL = 22;
    uint256 public constant I_BEYOND_SEGMENTS = 23;
    uint256 public constant I_NOTHING_TO_WITHDRAW = 24;
    uint256 public constant I_CLOSE_MANY_FOREIGN = 25;
    uint256 public constant I_CLOSE_MANY_DUPLICATE = 26;
    uint256 public constant I_OVERDRAW = 27;
    uint256 public constant I_ZERO_AMOUNT = 28;
    uint256 public constant INVALID_KIND_COUNT = 29;
    uint256 internal constant FIRST_CHANNEL_KIND = I_CROSS_CHANNEL_WITHDRAW;

    uint256 public constant NO_ACTOR = type(uint256).max;
    uint256 internal constant MAX_KEYS_PER_ACTOR = 6;
    uint256 internal constant MIN_LISTED_VIDEOS = 2;
    uint256 internal constant MAX_CLOSE_MANY = 4;
    uint256 internal constant MAX_DEPOSIT = 500 ether;
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

    Actor[] internal _actors;
    mapping(address wallet => uint256) internal _walletKeyOf;
    mapping(uint256 actor => uint256[]) internal _keysOf;
    Key[] internal _keys;
    mapping(address key => uint256) internal _keyIndex;
    VideoInfo[] internal _videoList;
    mapping(bytes32 id => uint256) internal _videoIndex;
    mapping(uint256 video => string[]) internal _formats;
    Record[] internal _records;
    mapping(uint256 record => bytes) internal _signatureOf;
    uint256[] internal _open;
    mapping(uint256 record => uint256) internal _openPos;
    OpenedBid[] internal _bids;
    address[] internal _watched;
    address[] internal _participants;

    // Ghost books.
    uint256 public ghostTime;
    uint256 public ghostDeposits;
    uint256 public ghostWithdrawals;
    mapping(address wallet => uint256) public expectedFree;
    mapping(address wallet => uint256) public depositedBy;
    mapping(address wallet => uint256) public withdrawnBy;
    mapping(address wallet => uint256) public escrowedBy;
    mapping(address wallet => uint256) public refundedTo;
    mapping(address wallet => uint256) public earnedBy;
    mapping(address wallet => bytes32) public lastChannelId;
    bytes32[] internal _digests;
    mapping(bytes32 digest => uint256) public opensOfDigest;
    mapping(bytes32 digest => mapping(address payer => uint256)) public opensOfDigestBy;
    mapping(bytes32 digest => uint256) internal _latestRecordOf;

    // Violations; the invariants require all of them to stay zero/false.
    uint256 public unexpectedReverts;
    uint256 public lastUnexpectedAction;
    bytes4 public lastUnexpectedError;
    uint256 public invalidSuccesses;
    uint256 public lastInvalidKind;
    uint256 public wrongRevertReasons;
    uint256 public lastWrongKind;
    bytes4 public lastWrongError;
    bool public replayOpened;
    bool public crossChannelMoved;
    bool public strangerMoved;
    bool public revokedKeyOpened;
    bool public unlistedVideoOpened;
    bool public openIdCollided;
    bool public withdrawnDecreased;
    bool public resultMismatch;
    bool public foreignMove;
    bool public closedChannelMoved;

    mapping(uint256 action => uint256) public calls;
    mapping(uint256 action => uint256) public done;
    mapping(uint256 kind => uint256) public invalidCalls;
    uint256 public twinReopens;

    /// @dev Pins block time (set by our own warps) and checks that a step changed no free balance but those of
    /// the wallets it booked as participants.
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

    // ---------------------------------------------------------------- free balances

    function deposit(uint256 actorSeed, uint256 amount, uint256 mode) external step(A_DEPOSIT) {
        uint256 a = actorSeed % _actors.length;
        _deposit(a, _bound(amount, 1, MAX_DEPOSIT), mode % 3 == 0);
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

    /// @notice A viewer (or anyone) bids on a video; its publisher opens.
    function openContentBid(uint256 seed) external step(A_OPEN_CONTENT) {
        (bool ok, Plan memory p) = _plan(seed, true, NO_ACTOR, NO_ACTOR);
        if (ok) _openPlan(p, A_OPEN_CONTENT);
    }

    /// @notice An advertiser (or anyone) bids on a registered wallet's attention; that wallet opens.
    function openAttentionBid(uint256 seed) external step(A_OPEN_ATTENTION) {
        (bool ok, Plan memory p) = _plan(seed, false, NO_ACTOR, NO_ACTOR);
        if (ok) _openPlan(p, A_OPEN_ATTENTION);
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
            if (ok) _openPlan(p, A_OPEN_TWIN);
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
        if (!ok) return;
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        // Fully paid: only a close is left.
        if (ch.withdrawn >= ch.escrow) return;
        if (_payout(ch, rec.balance) <= ch.withdrawn) {
            _signLatest(r, _bound(balanceSeed, ch.withdrawn / ch.pricePerSegment + 1, rec.maxSegments));
        }
        uint256 payout = _payout(ch, rec.balance);
        bytes memory data = abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]));
        (bool success, bytes memory ret) = _valid(address(channels), data, ch.payee, A_CHANNEL_WITHDRAW);
        if (!success) return;
        IPaymentChannel.Channel memory updated = abi.decode(ret, (IPaymentChannel.Channel));
        if (updated.withdrawn != payout) resultMismatch = true;
        _applyWithdraw(r, payout);
        done[A_CHANNEL_WITHDRAW]++;
    }

    function close(uint256 channelSeed, uint256 balanceSeed) external step(A_CLOSE) {
        (bool ok, uint256 r) = _liveChannel(channelSeed);
        if (!ok) return;
        if (_closeRecord(r, balanceSeed)) done[A_CLOSE]++;
    }

    /// @notice A payee closes several of its channels at once (opening one or two more first, at times, so that
    /// batches are not always of one).
    function closeMany(uint256 channelSeed, uint256 countSeed, uint256 balanceSeed) external step(A_CLOSE_MANY) {
        (bool ok, uint256 first) = _liveChannel(channelSeed);
        if (!ok) return;
        uint256[] memory picked = _batchOf(first, countSeed, balanceSeed);
        address payee = _records[first].channel.payee;
        (IPaymentChannel.CloseRequest[] memory requests, uint256[] memory amounts, uint256[] memory refunds) =
            _batchRequests(picked, balanceSeed);
        (bool success,) = _valid(address(channels), abi.encodeCall(channels.closeMany, (requests)), payee, A_CLOSE_MANY);
        if (!success) return;
        for (uint256 j; j < picked.length; ++j) {
            _applyClose(picked[j], amounts[j], refunds[j], Status.Closed);
        }
        done[A_CLOSE_MANY]++;
    }

    /// @notice Anyone settles a channel, waiting for its expiration first if need be.
    function settle(uint256 channelSeed, uint256 callerSeed, uint256 delay) external step(A_SETTLE) {
        (bool ok, uint256 r) = _anyOpenChannel(channelSeed);
        if (!ok) return;
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (block.timestamp < ch.expiration) _warpTo(ch.expiration + _bound(delay, 0, 1 hours));
        address caller = _anyone(callerSeed);
        (bool success,) = _valid(address(channels), abi.encodeCall(channels.settle, (rec.id, ch)), caller, A_SETTLE);
        if (!success) return;
        _applyClose(r, 0, ch.escrow - ch.withdrawn, Status.Settled);
        done[A_SETTLE]++;
    }

    function warp(uint256 seconds_) external step(A_WARP) {
        _warpTo(block.timestamp + _bound(seconds_, 1, 1 days));
        done[A_WARP]++;
    }

    // ---------------------------------------------------------------- registries

    /// @notice A registered wallet revokes one of its keys (adding a fresh one first if it would be left keyless,
    /// so that it can keep trading).
    function revokeKey(uint256 actorSeed, uint256 keySeed) external step(A_REVOKE_KEY) {
        (bool ok, uint256 a) = _pickRegistered(actorSeed);
        if (!ok) return;
        if (_activeKeyCount(a) < 2) {
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

    // ---------------------------------------------------------------- invalid moves

    /// @notice A bid that must not open: each kind breaks exactly one rule of `open`.
    function invalidOpen(uint256 kind, uint256 seed) external step(A_INVALID_OPEN) {
        kind = _bound(kind, 0, FIRST_CHANNEL_KIND - 1);
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
        kind = _bound(kind, FIRST_CHANNEL_KIND, INVALID_KIND_COUNT - 1);
        if (kind == I_OVERDRAW || kind == I_ZERO_AMOUNT) {
            _invalidFreeBalanceMove(kind, seed);
            return;
        }
        if (kind == I_CLOSED_CHANNEL) {
            _actOnClosedChannel(seed);
            return;
        }
        if (kind == I_PAYEE_AFTER_EXPIRY) {
            _payeeAfterExpiry(seed);
            return;
        }
        (bool ok, uint256 r) = _liveChannel(seed);
        if (!ok) return;
        if (kind == I_CROSS_CHANNEL_WITHDRAW || kind == I_CROSS_CHANNEL_CLOSE) {
            _crossChannel(kind, r, seed);
            return;
        }
        if (kind == I_CLOSE_MANY_FOREIGN || kind == I_CLOSE_MANY_DUPLICATE) {
            _badCloseMany(kind, r, seed);
            return;
        }
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        if (kind == I_SETTLE_EARLY) {
            _invalid(
                address(channels),
                abi.encodeCall(channels.settle, (rec.id, ch)),
                _anyone(seed),
                kind,
                IPaymentChannel.ChannelNotExpired.selector
            );
            return;
        }
        if (kind == I_TAMPERED_CHANNEL) {
            _tampered(r, seed);
            return;
        }
        if (kind == I_NOTHING_TO_WITHDRAW) {
            uint256 stale = ch.withdrawn / ch.pricePerSegment;
            bytes memory sig = _sign(_walletKeyOf[ch.payer], channels.paymentDigest(rec.id, stale));
            _invalid(
                address(channels),
                abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, stale, sig)),
                ch.payee,
                kind,
                IPaymentChannel.NothingToWithdraw.selector
            );
            return;
        }
        if (kind == I_BEYOND_SEGMENTS) {
            uint256 balance = rec.maxSegments + _bound(seed, 1, 1000);
            bytes memory sig = _sign(_walletKeyOf[ch.payer], channels.paymentDigest(rec.id, balance));
            _invalid(
                address(channels),
                abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, balance, sig)),
                ch.payee,
                kind,
                IPaymentChannel.BalanceExceedsSegments.selector
            );
            return;
        }
        // The remaining kinds need a payment that would move something.
        if (ch.withdrawn >= ch.escrow) return;
        if (_payout(ch, rec.balance) <= ch.withdrawn) {
            _signLatest(r, _bound(seed, ch.withdrawn / ch.pricePerSegment + 1, rec.maxSegments));
        }
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
        bytes memory data = kind == I_STRANGER_WITHDRAW
            ? abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]))
            : abi.encodeCall(channels.close, (rec.id, ch, rec.balance, _signatureOf[r]));
        (bool succeeded,) = _invalid(address(channels), data, intruder, kind, IPaymentChannel.NotPayee.selector);
        if (succeeded) strangerMoved = true;
    }

    // ---------------------------------------------------------------- views for the invariant suite

    function actorCount() external view returns (uint256) {
        return _actors.length;
    }

    function actor(uint256 i) external view returns (Actor memory) {
        return _actors[i];
    }

    /// @notice Every wallet whose free balance the suite watches: the actors and the stranger.
    function watched() external view returns (address[] memory) {
        return _watched;
    }

    function recordCount() external view returns (uint256) {
        return _records.length;
    }

    function record(uint256 i) external view returns (Record memory) {
        return _records[i];
    }

    /// @notice Every channel instance ever opened, in one call (the invariants read them after every step).
    function records() external view returns (Record[] memory) {
        return _records;
    }

    function signatureOf(uint256 r) external view returns (bytes memory) {
        return _signatureOf[r];
    }

    /// @notice Call and success counts of every action, in one call.
    function counts() external view returns (uint256[] memory called, uint256[] memory succeeded) {
        called = new uint256[](ACTION_COUNT);
        succeeded = new uint256[](ACTION_COUNT);
        for (uint256 a; a < ACTION_COUNT; ++a) {
            called[a] = calls[a];
            succeeded[a] = done[a];
        }
    }

    function openRecords() external view returns (uint256[] memory) {
        return _open;
    }

    /// @notice The record of the latest channel opened under `id`, plus one; zero if none.
    function latestRecordOf(bytes32 id) external view returns (uint256) {
        return _latestRecordOf[id];
    }

    function digests() external view returns (bytes32[] memory) {
        return _digests;
    }

    function keyCount() external view returns (uint256) {
        return _keys.length;
    }

    function key(uint256 i) external view returns (Key memory) {
        return _keys[i];
    }

    function isRevoked(address k) public view returns (bool) {
        uint256 i = _keyIndex[k];
        return i != 0 && _keys[i - 1].revoked;
    }

    function videoCount() external view returns (uint256) {
        return _videoList.length;
    }

    function video(uint256 v) external view returns (VideoInfo memory) {
        return _videoList[v];
    }

    function formatsOf(uint256 v) external view returns (string[] memory) {
        return _formats[v];
    }

    function actionName(uint256 action) external pure returns (string memory) {
        string[18] memory names = [
            string("deposit"),
            "depositWithPermit",
            "withdraw",
            "openContentBid",
            "openAttentionBid",
            "openTwinBid",
            "open (fallback)",
            "pay",
            "withdrawFromChannel",
            "close",
            "closeMany",
            "settle",
            "revokeKey",
            "addKey",
            "unlistVideo",
            "warp",
            "invalidOpen",
            "invalidChannelOp"
        ];
        return names[action];
    }

    // ---------------------------------------------------------------- internals: moves

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

    function _openPlan(Plan memory p, uint256 action) internal returns (bool opened, uint256 r) {
        if (!_ensureFree(p.payer, uint256(p.rate) * _videoList[p.video].duration)) return (false, 0);
        IPaymentChannel.Bid memory bid = _bidOf(p);
        (bytes memory ws, bytes memory bs) = _signBid(_actors[p.payer].walletKey, p.bidderPk, bid);
        bytes memory ret;
        if (channels.channelHash(channels.bidDigest(bid)) != 0) {
            // Only wallets sharing an unregistered key at a shared nonce can reproduce an open id.
            (opened, ret) = _invalid(
                address(channels),
                abi.encodeCall(channels.open, (bid, ws, bs)),
                _actors[p.payee].wallet,
                I_TWIN_WHILE_OPEN,
                IPaymentChannel.ChannelAlreadyOpen.selector
            );
            if (opened) _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
            return (false, 0);
        }
        (opened, ret) =
            _valid(address(channels), abi.encodeCall(channels.open, (bid, ws, bs)), _actors[p.payee].wallet, action);
        if (!opened) return (false, 0);
        r = _recordOpen(bid, ws, bs, ret, _actors[p.payer].wallet);
        done[action]++;
    }

    /// @dev Opens a fresh channel; to `payee` when given (an attention bid), else content or attention.
    function _openFor(uint256 seed, uint256 payee) internal returns (bool, uint256) {
        (bool ok, Plan memory p) =
            _plan(_sub(seed, 99), payee == NO_ACTOR && seed % 2 == 0, NO_ACTOR, payee == NO_ACTOR ? NO_ACTOR : payee);
        if (!ok || p.counterpartyKey == address(0)) return (false, 0);
        return _openPlan(p, A_OPEN_FALLBACK);
    }

    function _recordOpen(
        IPaymentChannel.Bid memory bid,
        bytes memory ws,
        bytes memory bs,
        bytes memory ret,
        address expectedPayer
    ) internal returns (uint256 r) {
        (bytes32 id, IPaymentChannel.Channel memory ch) = abi.decode(ret, (bytes32, IPaymentChannel.Channel));
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
                || ch.expiration != bid.expiration
        ) resultMismatch = true;
        (address counterpartyWallet,) = users.keyOf(bid.counterpartyKey);
        if (counterpartyWallet != ch.payee) resultMismatch = true;
        if (isRevoked(bid.bidderKey) || isRevoked(bid.counterpartyKey)) revokedKeyOpened = true;
        uint256 previous = _latestRecordOf[id];
        if (previous != 0 && _records[previous - 1].status == Status.Open) openIdCollided = true;
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

    /// @dev `me` signs the exact bid that the other anonymous wallet opened (bid `b`) with the shared key.
    function _openTwin(uint256 me, uint256 b, uint256 seed) internal {
        IPaymentChannel.Bid memory bid = _bids[b].bid;
        uint256 first = _latestRecordOf[channels.bidDigest(bid)] - 1;
        if (_records[first].status == Status.Open && (seed >> 8) % 2 == 0) {
            // The first twin's payee closes, which frees the id for the second twin.
            _closeRecord(first, seed);
        }
        if (!_ensureFree(me, _records[first].channel.escrow)) return;
        address wallet = _actors[me].wallet;
        (bytes memory ws, bytes memory bs) =
            _signBid(_actors[me].walletKey, _keys[_keyIndex[bid.bidderKey] - 1].privateKey, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        bool ok;
        bytes memory ret;
        if (channels.channelHash(_records[first].id) != 0) {
            (ok, ret) = _invalid(
                address(channels), data, _bids[b].payee, I_TWIN_WHILE_OPEN, IPaymentChannel.ChannelAlreadyOpen.selector
            );
            if (ok) _recordOpen(bid, ws, bs, ret, wallet);
            return;
        }
        (ok, ret) = _valid(address(channels), data, _bids[b].payee, A_OPEN_TWIN);
        if (!ok) return;
        _recordOpen(bid, ws, bs, ret, wallet);
        twinReopens++;
        done[A_OPEN_TWIN]++;
    }

    /// @dev `first` and up to MAX_CLOSE_MANY - 1 more live channels of its payee, sometimes opening one more.
    function _batchOf(uint256 first, uint256 countSeed, uint256 seed) internal returns (uint256[] memory picked) {
        address payee = _records[first].channel.payee;
        uint256 want = _bound(countSeed, 1, MAX_CLOSE_MANY);
        picked = new uint256[](want);
        picked[0] = first;
        uint256 n = 1;
        for (uint256 i; i < _open.length && n < want; ++i) {
            uint256 r = _open[i];
            if (r != first && _records[r].channel.payee == payee && block.timestamp < _records[r].channel.expiration) {
                picked[n++] = r;
            }
        }
        if (n < want && countSeed % 2 == 0) {
            (bool opened, uint256 extra) = _openFor(seed, _actorOf(payee));
            if (opened) picked[n++] = extra;
        }
        assembly {
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

    function _checkParticipants(uint256[] memory before) internal {
        uint256[] memory after_ = _freeBalances();
        for (uint256 i; i < before.length; ++i) {
            if (before[i] != after_[i] && !_isParticipant(_watched[i])) foreignMove = true;
        }
    }

    function _closeRequest(uint256 r) internal view returns (IPaymentChannel.CloseRequest memory) {
        Record storage rec = _records[r];
        return IPaymentChannel.CloseRequest({
            channelId: rec.id, channel: rec.channel, balance: rec.balance, signature: _signatureOf[r]
        });
    }

    function _signLatest(uint256 r, uint256 balance) internal {
        Record storage rec = _records[r];
        rec.balance = balance;
        _signatureOf[r] = _sign(_walletKeyOf[rec.channel.payer], channels.paymentDigest(rec.id, balance));
        rec.signed = true;
    }

    /// @dev The payee closes with its latest payment (sometimes after the payer signs a newer one).
    function _closeRecord(uint256 r, uint256 seed) internal returns (bool) {
        Record storage rec = _records[r];
        if (seed % 3 == 0) _signLatest(r, _bound(seed >> 2, rec.balance, rec.maxSegments));
        (uint256 amount, uint256 refund) = _closeAmounts(rec);
        IPaymentChannel.Channel memory ch = rec.channel;
        bytes memory data = abi.encodeCall(channels.close, (rec.id, ch, rec.balance, _signatureOf[r]));
        (bool ok,) = _valid(address(channels), data, ch.payee, A_CLOSE);
        if (ok) _applyClose(r, amount, refund, Status.Closed);
        return ok;
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

    // ---------------------------------------------------------------- internals: invalid moves

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
        Record storage src = _records[source];
        Record storage dst = _records[target];
        IPaymentChannel.Channel memory ch = dst.channel;
        uint256 balance = src.balance;
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
        (bool succeeded,) = _invalid(address(channels), data, ch.payee, kind, expected);
        if (succeeded) crossChannelMoved = true;
    }

    function _badCloseMany(uint256 kind, uint256 r, uint256 seed) internal {
        address payee = _records[r].channel.payee;
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        bytes4 expected;
        if (kind == I_CLOSE_MANY_DUPLICATE) {
            // The second copy finds the channel already gone: nothing may be paid twice.
            requests[0] = _closeRequest(r);
            requests[1] = requests[0];
            expected = IPaymentChannel.ChannelNotFound.selector;
        } else {
            (bool found, uint256 other) = _liveChannelNotOf(payee, seed);
            if (!found) return;
            requests[seed % 2] = _closeRequest(other);
            requests[1 - seed % 2] = _closeRequest(r);
            expected = IPaymentChannel.NotPayee.selector;
        }
        (bool succeeded,) =
            _invalid(address(channels), abi.encodeCall(channels.closeMany, (requests)), payee, kind, expected);
        if (succeeded && kind == I_CLOSE_MANY_FOREIGN) strangerMoved = true;
    }

    function _tampered(uint256 r, uint256 seed) internal {
        Record storage rec = _records[r];
        IPaymentChannel.Channel memory ch = rec.channel;
        uint256 field = seed % 6;
        if (field == 0) ch.payer = stranger;
        else if (field == 1) ch.payee = stranger;
        else if (field == 2) ch.pricePerSegment += 1;
        else if (field == 3) ch.escrow += 1;
        else if (field == 4) ch.withdrawn += 1;
        else ch.expiration += 1;
        bytes memory data = (seed >> 8) % 2 == 0
            ? abi.encodeCall(channels.close, (rec.id, ch, 0, ""))
            : abi.encodeCall(channels.settle, (rec.id, ch));
        _invalid(
            address(channels), data, rec.channel.payee, I_TAMPERED_CHANNEL, IPaymentChannel.ChannelNotFound.selector
        );
    }

    function _actOnClosedChannel(uint256 seed) internal {
        uint256 n = _records.length;
        for (uint256 i; i < n; ++i) {
            uint256 r = (seed % n + i) % n;
            Record storage rec = _records[r];
            if (rec.status == Status.Open) continue;
            IPaymentChannel.Channel memory ch = rec.channel;
            uint256 op = (seed >> 8) % 3;
            bytes memory data;
            if (op == 0) data = abi.encodeCall(channels.settle, (rec.id, ch));
            else if (op == 1) data = abi.encodeCall(channels.close, (rec.id, ch, rec.balance, _signatureOf[r]));
            else data = abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, rec.balance, _signatureOf[r]));
            address caller = op == 0 ? _anyone(seed >> 16) : ch.payee;
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
            Record storage rec = _records[r];
            IPaymentChannel.Channel memory ch = rec.channel;
            if (block.timestamp < ch.expiration) continue;
            uint256 balance = rec.maxSegments;
            bytes memory sig = _sign(_walletKeyOf[ch.payer], channels.paymentDigest(rec.id, balance));
            bytes memory data = (seed >> 8) % 2 == 0
                ? abi.encodeCall(channels.close, (rec.id, ch, balance, sig))
                : abi.encodeCall(channels.withdrawFromChannel, (rec.id, ch, balance, sig));
            _invalid(address(channels), data, ch.payee, I_PAYEE_AFTER_EXPIRY, IPaymentChannel.ChannelExpired.selector);
            return;
        }
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

    // ---------------------------------------------------------------- internals: calls

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

    // ---------------------------------------------------------------- internals: picking

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

    function _pickListedVideo(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _videoList.length;
        for (uint256 i; i < n; ++i) {
            uint256 v = (seed % n + i) % n;
            if (_videoList[v].listed) return (true, v);
        }
        return (false, 0);
    }

    function _unlistedVideo(uint256 seed) internal view returns (bool, uint256) {
        uint256 n = _videoList.length;
        for (uint256 i; i < n; ++i) {
            uint256 v = (seed % n + i) % n;
            if (!_videoList[v].listed) return (true, v);
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

    function _activeKeyCount(uint256 a) internal view returns (uint256 count) {
        uint256[] storage ks = _keysOf[a];
        for (uint256 i; i < ks.length; ++i) {
            if (_keys[ks[i]].registered && !_keys[ks[i]].revoked) count++;
        }
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
            if (_actors[a].registered && _activeKeyCount(a) > 0) return (true, a);
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

    /// @dev Any actor, or the stranger.
    function _anyone(uint256 seed) internal view returns (address) {
        uint256 i = seed % (_actors.length + 1);
        return i == _actors.length ? stranger : _actors[i].wallet;
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

    // ---------------------------------------------------------------- internals: math and signing

    function _payout(IPaymentChannel.Channel memory ch, uint256 balance) internal pure returns (uint256) {
        uint256 value = balance * ch.pricePerSegment;
        return value < ch.escrow ? value : ch.escrow;
    }

    function _signBid(uint256 walletPk, uint256 bidderPk, IPaymentChannel.Bid memory bid)
        internal
        view
        returns (bytes memory ws, bytes memory bs)
    {
        ws = _sign(walletPk, channels.bidDigest(bid));
        bs = _sign(bidderPk, channels.signedBidDigest(bid, ws));
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

    function _freeBalances() internal view returns (uint256[] memory balances) {
        balances = new uint256[](_watched.length);
        for (uint256 i; i < balances.length; ++i) {
            balances[i] = channels.balanceOf(_watched[i]);
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
