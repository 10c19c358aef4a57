// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";

/// @notice The model the invariant suite compares with the chain: actors, keys, videos, every channel instance,
/// the ghost books of every wallet, and the violation flags the handlers raise. State and views only; the moves
/// that change it are in the handlers.
abstract contract GhostStore {
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
    /// final `withdrawn` (everything the payee got). `balance` (with `_signatureOf`) is the latest payment the payer
    /// signed. An exit moves `channel.expiration` to `exitStartedAt + EXIT_WINDOW`; `bidExpiration` keeps the
    /// bid's. `answeredExit` marks a close by the payee inside the exit window, with `owedAtAnswer` what its latest
    /// payment was worth.
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
        uint64 bidExpiration;
        uint256 exitStartedAt;
        bool answeredExit;
        uint256 owedAtAnswer;
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

    /// @dev A CID two actors raced for: the uploader committed first, the attacker (if any) after it saw the CID.
    struct Race {
        bytes32 id;
        uint256 uploader;
        uint256 attacker;
        bool attackerRegisteredFirst;
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
    uint256 public constant A_START_EXIT = 18;
    uint256 public constant A_ANSWER_EXIT = 19;
    uint256 public constant A_SETTLE_EXITED = 20;
    uint256 public constant A_NODE_KEY_OPEN = 21;
    uint256 public constant A_NODE_KEY_WITHDRAW = 22;
    uint256 public constant A_NODE_KEY_CLOSE = 23;
    uint256 public constant A_REGISTER_RACE = 24;
    uint256 public constant A_INVALID_NODE_KEY_OP = 25;
    uint256 public constant A_INVALID_EXIT = 26;
    uint256 public constant A_INVALID_REGISTRATION = 27;
    uint256 public constant ACTION_COUNT = 28;

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
    uint256 public constant I_REVOKED_NODE_KEY_ACTS = 29;
    uint256 public constant I_REVOKED_NODE_KEY_OPENS = 30;
    uint256 public constant I_NOT_THE_COUNTERPARTY_KEY = 31;
    uint256 public constant I_NODE_KEY_MOVES_FREE_BALANCE = 32;
    uint256 public constant I_NODE_KEY_CHANGES_KEYS = 33;
    uint256 public constant I_EXIT_BY_NON_PAYER = 34;
    uint256 public constant I_EXIT_TOO_LATE = 35;
    uint256 public constant I_SETTLE_DURING_EXIT = 36;
    uint256 public constant I_LATE_SQUAT_REVEAL = 37;
    uint256 public constant I_REVEAL_TOO_RECENT = 38;
    uint256 public constant I_REVEAL_WITHOUT_COMMITMENT = 39;
    uint256 public constant INVALID_KIND_COUNT = 40;

    uint256 public constant NO_ACTOR = type(uint256).max;

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
    Race[] internal _races;

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
    bool public revokedNodeKeyActed;
    bool public nodeKeyOverreached;
    bool public exitMisplaced;
    bool public squatterWon;

    mapping(uint256 action => uint256) public calls;
    mapping(uint256 action => uint256) public done;
    mapping(uint256 kind => uint256) public invalidCalls;
    uint256 public twinReopens;
    uint256 public reclaims;

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

    /// @notice Every channel instance ever opened, in one call (the invariants read them after every step).
    function records() external view returns (Record[] memory) {
        return _records;
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

    function keys() external view returns (Key[] memory) {
        return _keys;
    }

    function activeKeysOf(uint256 a) public view returns (uint256 count) {
        uint256[] storage ks = _keysOf[a];
        for (uint256 i; i < ks.length; ++i) {
            if (_keys[ks[i]].registered && !_keys[ks[i]].revoked) count++;
        }
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

    function races() external view returns (Race[] memory) {
        return _races;
    }

    function actionName(uint256 action) external pure returns (string memory) {
        string[28] memory names = [
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
            "invalidChannelOp",
            "startExit",
            "answerExit",
            "settleExited",
            "nodeKeyOpen",
            "nodeKeyWithdraw",
            "nodeKeyClose",
            "registerRace",
            "invalidNodeKeyOp",
            "invalidExit",
            "invalidRegistration"
        ];
        return names[action];
    }
}
