// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IPaymentChannel
/// @notice Escrowed, per-segment micropayment channels for both directions of the Paratii exchange: a viewer
/// paying a publisher for content, and an advertiser paying a viewer for attention, are the same `open`.
/// @dev Wallets hold a free PTI balance here; channel operations only move internal balances. A channel's
/// state lives off-chain in calldata and on-chain as a single hash commitment (`channelHash`), which keeps
/// `open` inside its gas budget; every transition emits the values needed to rebuild the `Channel` struct.
///
/// Who acts on a channel: its payee is a wallet. The wallet itself, or its *node key* (the bid's counterparty
/// key, recorded in the channel as `payeeKey`, while it stays an active key of the wallet in `UserRegistry`),
/// may open, withdraw from, close and batch-close it; every credit goes to the payee wallet's free balance. Only
/// a wallet moves its own free balance. The payer may start an exit (`startExit`), which brings the channel's
/// expiration forward to at most `EXIT_WINDOW` from now.
interface IPaymentChannel {
    /// @notice A bid, as signed off-chain. The wallet signs it (EIP-712 `Bid`); the bidder's communication key
    /// signs it together with the wallet signature (EIP-712 `SignedBid`).
    struct Bid {
        /// The payer's current nonce (`nonceOf`): zero for a wallet that never paid into a channel, else the
        /// low 160 bits of its last channel id.
        bytes32 nonce;
        /// PTI wei per second of video.
        uint128 rate;
        /// Unix time from which the bid can no longer open a channel; the channel expires at the same time.
        uint64 expiration;
        /// The video id (keccak256 of its directory CID).
        bytes32 video;
        /// The format name, e.g. "720p30".
        string format;
        /// The address of the bidder's communication key.
        address bidderKey;
        /// The address of the communication key of the party that may open the channel.
        address counterpartyKey;
    }

    /// @notice An open channel. Only its hash is stored; callers pass it back in full.
    struct Channel {
        /// The wallet that signed the bid; refunds go to its free balance.
        address payer;
        /// The wallet the counterparty key belongs to; every credit goes to its free balance.
        address payee;
        /// The bid's counterparty key: it may act for `payee` on this channel while it is active.
        address payeeKey;
        /// rate x segment length.
        uint256 pricePerSegment;
        /// rate x duration: the most the channel can ever pay.
        uint256 escrow;
        /// What the payee has already been credited.
        uint256 withdrawn;
        /// From this time on the payee can no longer act and anyone may settle. The bid's expiration, or earlier
        /// once the payer started an exit.
        uint64 expiration;
    }

    /// @notice One channel to close in `closeMany`.
    struct CloseRequest {
        bytes32 channelId;
        Channel channel;
        /// Cumulative segments paid for, as signed by the payer.
        uint256 balance;
        /// The payer's EIP-712 `Payment` signature; may be empty when it would move nothing.
        bytes signature;
    }

    /// @notice Thrown when an amount is zero.
    error ZeroAmount();

    /// @notice Thrown when a wallet's free balance is below what an operation needs.
    /// @param wallet The wallet.
    /// @param available Its free balance.
    /// @param required What was needed.
    error InsufficientBalance(address wallet, uint256 available, uint256 required);

    /// @notice Thrown when a deposit would take a free balance past 2^96 - 1 wei (79 billion PTI).
    /// @param wallet The wallet.
    /// @param balance Its free balance.
    /// @param amount The deposit.
    error BalanceOverflow(address wallet, uint256 balance, uint256 amount);

    /// @notice Thrown when a bid's rate is zero.
    error ZeroRate();

    /// @notice Thrown when a bid is opened at or after its expiration.
    /// @param expiration The bid's expiration.
    /// @param timestamp The current block time.
    error BidExpired(uint64 expiration, uint256 timestamp);

    /// @notice Thrown when a bid's nonce is not the payer's current nonce.
    /// @param payer The payer.
    /// @param expected The payer's current nonce.
    /// @param given The bid's nonce.
    error NonceMismatch(address payer, bytes32 expected, bytes32 given);

    /// @notice Thrown when the video is unknown or unlisted, or lacks the format.
    /// @param video The video id.
    /// @param formatHash keccak256 of the format name.
    error VideoNotAvailable(bytes32 video, bytes32 formatHash);

    /// @notice Thrown when the wallet signature of a bid is malformed (not 65 bytes, high s, bad v).
    /// @param digest The bid digest.
    error InvalidWalletSignature(bytes32 digest);

    /// @notice Thrown when the communication signature of a bid was not made by the bidder key.
    /// @param bidderKey The bid's bidder key.
    /// @param signer Who signed (zero when malformed).
    error InvalidBidderSignature(address bidderKey, address signer);

    /// @notice Thrown when the bidder key is registered but to another wallet than the payer, or revoked.
    /// @param bidderKey The key.
    /// @param wallet Its wallet.
    /// @param active Whether it is active.
    /// @param payer The bid's payer.
    error BidderKeyNotAuthorized(address bidderKey, address wallet, bool active, address payer);

    /// @notice Thrown when the bid's counterparty key is not active (unregistered or revoked), or the caller of
    /// `open` is neither the key's wallet nor the key itself.
    /// @param counterpartyKey The key.
    /// @param wallet Its wallet (zero when unregistered).
    /// @param active Whether it is active.
    /// @param caller The caller.
    error CounterpartyKeyNotAuthorized(address counterpartyKey, address wallet, bool active, address caller);

    /// @notice Thrown when the payer would also be the payee.
    /// @param wallet The wallet.
    error SelfChannel(address wallet);

    /// @notice Thrown when a bid's digest is already the id of an open channel. Two wallets can sign the same
    /// bid when they share an unregistered bidder key and a nonce; the second must not overwrite the first.
    /// @param channelId The id.
    error ChannelAlreadyOpen(bytes32 channelId);

    /// @notice Thrown when a channel id and struct do not match an open channel.
    /// @param channelId The id.
    error ChannelNotFound(bytes32 channelId);

    /// @notice Thrown when someone other than the payee wallet or its node key (`payeeKey`) withdraws from or
    /// closes a channel.
    /// @param channelId The id.
    /// @param caller The caller.
    error NotPayee(bytes32 channelId, address caller);

    /// @notice Thrown when the channel's node key acts for the payee but is no longer an active key of the
    /// payee wallet (it was revoked).
    /// @param channelId The id.
    /// @param payeeKey The node key (the caller).
    /// @param wallet The wallet the key belongs to.
    /// @param active Whether it is active.
    error PayeeKeyNotAuthorized(bytes32 channelId, address payeeKey, address wallet, bool active);

    /// @notice Thrown when someone other than the payer starts an exit.
    /// @param channelId The id.
    /// @param caller The caller.
    error NotPayer(bytes32 channelId, address caller);

    /// @notice Thrown when starting an exit would not bring the expiration forward: the channel expires no later
    /// than `EXIT_WINDOW` from now (an exit already started, or expiration is near or past).
    /// @param channelId The id.
    /// @param expiration The channel's expiration.
    /// @param exitExpiration When an exit started now would end: block time + `EXIT_WINDOW`.
    error ExitTooLate(bytes32 channelId, uint64 expiration, uint256 exitExpiration);

    /// @notice Thrown when the payee acts on a channel at or after its expiration.
    /// @param channelId The id.
    /// @param expiration The channel's expiration.
    error ChannelExpired(bytes32 channelId, uint64 expiration);

    /// @notice Thrown when settling a channel before its expiration.
    /// @param channelId The id.
    /// @param expiration The channel's expiration.
    error ChannelNotExpired(bytes32 channelId, uint64 expiration);

    /// @notice Thrown when a payment's balance exceeds the segments of the video.
    /// @param balance The balance given.
    /// @param maxSegments ceil(escrow / price per segment) = ceil(duration / segment length).
    error BalanceExceedsSegments(uint256 balance, uint256 maxSegments);

    /// @notice Thrown when a payment would not increase what the payee has been credited.
    /// @param channelId The id.
    /// @param payout What the payment is worth.
    /// @param withdrawn What has already been credited.
    error NothingToWithdraw(bytes32 channelId, uint256 payout, uint256 withdrawn);

    /// @notice Thrown when a payment was not signed by the channel's payer.
    /// @param channelId The id.
    /// @param signer Who signed (zero when malformed).
    error InvalidPaymentSignature(bytes32 channelId, address signer);

    /// @notice Emitted when a wallet deposits PTI.
    /// @param wallet The wallet credited.
    /// @param amount PTI wei.
    event Deposited(address indexed wallet, uint256 amount);

    /// @notice Emitted when a wallet withdraws free PTI.
    /// @param wallet The wallet debited and paid.
    /// @param amount PTI wei.
    event Withdrawn(address indexed wallet, uint256 amount);

    /// @notice Emitted when a channel opens. Together with `Channel.withdrawn = 0` it rebuilds the `Channel`.
    /// @param channelId The EIP-712 digest of the bid; its low 160 bits are the payer's new nonce.
    /// @param payer The bidder's wallet.
    /// @param payee The wallet of the counterparty key.
    /// @param payeeKey The counterparty key, which may act for the payee on this channel.
    /// @param video The video id.
    /// @param formatHash keccak256 of the format name.
    /// @param pricePerSegment rate x segment length.
    /// @param escrow rate x duration, moved from the payer's free balance.
    /// @param expiration When the channel expires.
    event ChannelOpened(
        bytes32 indexed channelId,
        address indexed payer,
        address indexed payee,
        address payeeKey,
        bytes32 video,
        bytes32 formatHash,
        uint256 pricePerSegment,
        uint256 escrow,
        uint64 expiration
    );

    /// @notice Emitted when the payee withdraws from an open channel.
    /// @param channelId The id.
    /// @param balance The cumulative segments paid for.
    /// @param amount Credited to the payee now.
    /// @param withdrawn Credited to the payee in total: the channel's new `withdrawn`.
    event ChannelWithdrawn(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 withdrawn);

    /// @notice Emitted when the payer starts an exit: the channel's new `expiration`.
    /// @param channelId The id.
    /// @param expiration The new expiration, block time + `EXIT_WINDOW`: the payee may withdraw or close until
    /// then, and anyone may settle from then on.
    event ChannelExitStarted(bytes32 indexed channelId, uint64 expiration);

    /// @notice Emitted when the payee closes a channel.
    /// @param channelId The id.
    /// @param balance The cumulative segments paid for.
    /// @param amount Credited to the payee now.
    /// @param refund Returned to the payer's free balance.
    event ChannelClosed(bytes32 indexed channelId, uint256 balance, uint256 amount, uint256 refund);

    /// @notice Emitted when an expired channel is settled.
    /// @param channelId The id.
    /// @param refund Returned to the payer's free balance.
    event ChannelSettled(bytes32 indexed channelId, uint256 refund);

    /// @notice The EIP-712 type hash of `Bid`.
    function BID_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 type hash of `SignedBid(Bid bid,bytes walletSignature)`.
    function SIGNED_BID_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 type hash of `Payment(bytes32 channel,uint256 balance)`.
    function PAYMENT_TYPEHASH() external view returns (bytes32);

    /// @notice How long the payee keeps after the payer starts an exit (unless the channel expires first): one
    /// hour.
    function EXIT_WINDOW() external view returns (uint256);

    /// @notice Deposits PTI from the caller, who must have approved this contract.
    /// @dev Reverts with `ZeroAmount` for zero, `BalanceOverflow` past 2^96 - 1, or the token's error.
    function deposit(uint256 amount) external;

    /// @notice Deposits PTI from the caller using an EIP-2612 permit, in one transaction.
    /// @dev A permit front-run by someone else still leaves the allowance, so the deposit goes through.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice Withdraws free PTI to the caller. Only a wallet moves its own free balance.
    /// @dev Reverts with `ZeroAmount` for zero and `InsufficientBalance` beyond the caller's free balance.
    function withdraw(uint256 amount) external;

    /// @notice Opens a channel from a bid. The caller is the counterparty key's wallet (the payee), or the
    /// counterparty key itself acting for that wallet (a node key, paying its own gas).
    /// @dev Requirements, in the order they are checked, each with the error it raises:
    /// 1. the rate is nonzero (`ZeroRate`);
    /// 2. block time is before the bid's expiration (`BidExpired`);
    /// 3. the wallet signature of the `Bid` digest is a well-formed 65-byte low-s signature: its signer is the
    ///    payer (`InvalidWalletSignature`);
    /// 4. the `SignedBid` digest is signed by the bid's bidder key (`InvalidBidderSignature`);
    /// 5. the counterparty key is active in `UserRegistry` and the caller is its wallet or the key itself
    ///    (`CounterpartyKeyNotAuthorized`); the key's wallet is the payee;
    /// 6. the payer is not the payee (`SelfChannel`);
    /// 7. a registered bidder key is an active key of the payer (`BidderKeyNotAuthorized`); an unregistered one
    ///    is anonymous viewing, authorised by the wallet signature alone;
    /// 8. no channel is open under the bid digest (`ChannelAlreadyOpen`);
    /// 9. the video is listed in `VideoRegistry` with the format (`VideoNotAvailable`);
    /// 10. the bid's nonce is the payer's current nonce (`NonceMismatch`);
    /// 11. the payer's free balance covers the escrow, rate x duration (`InsufficientBalance`).
    /// Then the escrow moves out of the payer's free balance, the payer's nonce becomes the low 160 bits of the
    /// channel id, the channel is committed and `ChannelOpened` is emitted. A bid's expiration is not capped:
    /// the payer chose it, and `startExit` bounds how long its escrow can stay locked.
    /// @param bid The bid.
    /// @param walletSignature The payer wallet's signature of the `Bid` digest.
    /// @param bidderSignature The bidder key's signature of the `SignedBid` digest.
    /// @return channelId The bid digest.
    /// @return channel The channel to pass back to later calls.
    function open(Bid calldata bid, bytes calldata walletSignature, bytes calldata bidderSignature)
        external
        returns (bytes32 channelId, Channel memory channel);

    /// @notice Credits the payee wallet with what a payment adds; the channel stays open. By the payee wallet or
    /// its node key, before expiration.
    /// @dev Reverts with `ChannelNotFound`, `NotPayee`, `PayeeKeyNotAuthorized`, `ChannelExpired`,
    /// `BalanceExceedsSegments`, `NothingToWithdraw`, `InvalidPaymentSignature`, in this order.
    /// @return updated The channel with its new `withdrawn`.
    function withdrawFromChannel(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature)
        external
        returns (Channel memory updated);

    /// @notice Credits the payee wallet with what a payment adds and refunds the rest of the escrow to the payer.
    /// By the payee wallet or its node key, before expiration. The signature is only checked when the payment
    /// adds something.
    /// @dev Reverts with `ChannelNotFound`, `NotPayee`, `PayeeKeyNotAuthorized`, `ChannelExpired`,
    /// `BalanceExceedsSegments`, `InvalidPaymentSignature`, in this order.
    function close(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature) external;

    /// @notice `close` for many channels in one transaction, each with the checks of `close`.
    function closeMany(CloseRequest[] calldata requests) external;

    /// @notice The payer starts closing a channel before its expiration: the expiration moves to block time +
    /// `EXIT_WINDOW`. Until then the payee may still withdraw or close with its latest payment (its close always
    /// wins); from then on anyone may `settle`, which returns what the payee has not withdrawn to the payer.
    /// @dev Never extends the payer's lock (a channel that expires within `EXIT_WINDOW` anyway is refused) and
    /// never gives the payee less than `EXIT_WINDOW` unless the channel expires first. Reverts with
    /// `ChannelNotFound`, `NotPayer`, `ExitTooLate`, in this order.
    /// @return updated The channel with its new `expiration`.
    function startExit(bytes32 channelId, Channel calldata channel) external returns (Channel memory updated);

    /// @notice From expiration on (the bid's, or an exit's), anyone may return what the payee has not withdrawn
    /// to the payer.
    /// @dev Reverts with `ChannelNotFound`, `ChannelNotExpired`, in this order.
    function settle(bytes32 channelId, Channel calldata channel) external;

    /// @notice A wallet's free balance.
    function balanceOf(address wallet) external view returns (uint256);

    /// @notice A wallet's current nonce: zero, or the low 160 bits of the id of the last channel it paid into,
    /// zero-extended. A bid must carry exactly this value.
    function nonceOf(address wallet) external view returns (bytes32);

    /// @notice The commitment of an open channel; zero when not open.
    function channelHash(bytes32 channelId) external view returns (bytes32);

    /// @notice The commitment a `Channel` struct has: keccak256 of its ABI encoding.
    function hashChannel(Channel calldata channel) external pure returns (bytes32);

    /// @notice The EIP-712 digest of a bid, which is also the id of the channel it opens.
    function bidDigest(Bid calldata bid) external view returns (bytes32);

    /// @notice The EIP-712 digest the bidder key signs.
    function signedBidDigest(Bid calldata bid, bytes calldata walletSignature) external view returns (bytes32);

    /// @notice The EIP-712 digest of a payment.
    function paymentDigest(bytes32 channelId, uint256 balance) external view returns (bytes32);

    /// @notice What a payment of `balance` segments is worth on a channel: balance x price, capped at the escrow.
    /// Defined for every input: it never wraps.
    /// @dev Reverts with `ZeroRate` for a channel whose price per segment is zero (no real channel has one) and
    /// `BalanceExceedsSegments` beyond ceil(escrow / price).
    function payoutOf(Channel calldata channel, uint256 balance) external pure returns (uint256);
}
