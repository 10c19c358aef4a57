// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IPaymentChannel} from "./interfaces/IPaymentChannel.sol";
import {IUserRegistry} from "./interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "./interfaces/IVideoRegistry.sol";

/// @title PaymentChannel
/// @notice Escrow, nonces and per-segment settlement for both directions of the Paratii exchange.
contract PaymentChannel is IPaymentChannel, EIP712 {
    using SafeERC20 for IERC20;

    /// @inheritdoc IPaymentChannel
    bytes32 public constant BID_TYPEHASH = keccak256(
        "Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)"
    );
    /// @inheritdoc IPaymentChannel
    bytes32 public constant SIGNED_BID_TYPEHASH = keccak256(
        "SignedBid(Bid bid,bytes walletSignature)Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)"
    );
    /// @inheritdoc IPaymentChannel
    bytes32 public constant PAYMENT_TYPEHASH = keccak256("Payment(bytes32 channel,uint256 balance)");

    IERC20 private immutable _token;
    IUserRegistry private immutable _users;
    IVideoRegistry private immutable _videos;

    /// @dev One slot per wallet: `open` reads and writes both fields, and a second slot would cost it 5,000 gas.
    struct Account {
        uint96 balance;
        uint160 nonce;
    }

    mapping(address wallet => Account) private _accounts;
    mapping(bytes32 channelId => bytes32) private _channels;

    constructor(IERC20 pti, IUserRegistry users, IVideoRegistry videos) EIP712("Paratii", "1") {
        _token = pti;
        _users = users;
        _videos = videos;
    }

    /// @notice The PTI token held in escrow.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @notice The registry of communication keys.
    function userRegistry() external view returns (IUserRegistry) {
        return _users;
    }

    /// @notice The registry of videos and their terms.
    function videoRegistry() external view returns (IVideoRegistry) {
        return _videos;
    }

    /// @inheritdoc IPaymentChannel
    function deposit(uint256 amount) external {
        _deposit(amount);
    }

    /// @inheritdoc IPaymentChannel
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external {
        // A failed permit (for instance one already used by a front-runner) is not fatal: the allowance
        // it granted is what `_deposit` needs, and its absence makes the transfer revert anyway.
        try IERC20Permit(address(_token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _deposit(amount);
    }

    /// @inheritdoc IPaymentChannel
    function withdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage account = _accounts[msg.sender];
        uint256 available = account.balance;
        if (available < amount) revert InsufficientBalance(msg.sender, available, amount);
        // Cannot underflow: checked against `available` just above; fits 96 bits as it is below a uint96.
        unchecked {
            account.balance = uint96(available - amount);
        }
        emit Withdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IPaymentChannel
    function open(Bid calldata bid, bytes calldata walletSignature, bytes calldata bidderSignature)
        external
        returns (bytes32 channelId, Channel memory channel)
    {
        if (bid.rate == 0) revert ZeroRate();
        if (block.timestamp >= bid.expiration) revert BidExpired(bid.expiration, block.timestamp);

        bytes32 formatHash = keccak256(bytes(bid.format));
        address payer;
        (channelId, payer) = _recoverPayer(bid, formatHash, walletSignature, bidderSignature);
        _checkKeys(bid.bidderKey, bid.counterpartyKey, payer);

        if (_channels[channelId] != 0) revert ChannelAlreadyOpen(channelId);
        channel = _lockEscrow(bid, formatHash, payer, channelId);
        _channels[channelId] = keccak256(abi.encode(channel));
        _emitOpened(channelId, bid, formatHash, channel);
    }

    /// @inheritdoc IPaymentChannel
    function withdrawFromChannel(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature)
        external
        returns (Channel memory updated)
    {
        _checkPayeeCanAct(channelId, channel);
        uint256 payout = _payout(channel, balance);
        uint256 withdrawn = channel.withdrawn;
        if (payout <= withdrawn) revert NothingToWithdraw(channelId, payout, withdrawn);
        _checkPayment(channelId, channel.payer, balance, signature);

        updated = channel;
        updated.withdrawn = payout;
        _channels[channelId] = keccak256(abi.encode(updated));
        // Cannot overflow: payout <= escrow, and every escrow was once part of the token's supply.
        unchecked {
            _credit(channel.payee, payout - withdrawn);
        }
        emit ChannelWithdrawn(channelId, balance, payout - withdrawn, payout);
    }

    /// @inheritdoc IPaymentChannel
    function close(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature) external {
        _checkPayeeCanAct(channelId, channel);
        uint256 amount = _closeChannel(channelId, channel, balance, signature);
        // Cannot overflow: amount <= escrow, part of the token's supply.
        unchecked {
            _credit(msg.sender, amount);
        }
    }

    /// @inheritdoc IPaymentChannel
    function closeMany(CloseRequest[] calldata requests) external {
        uint256 total;
        for (uint256 i; i < requests.length; ++i) {
            CloseRequest calldata request = requests[i];
            _checkPayeeCanAct(request.channelId, request.channel);
            // Cannot overflow: the sum of distinct escrows is bounded by the token's supply.
            unchecked {
                total += _closeChannel(request.channelId, request.channel, request.balance, request.signature);
            }
        }
        // Cannot overflow: as above.
        unchecked {
            _credit(msg.sender, total);
        }
    }

    /// @inheritdoc IPaymentChannel
    function settle(bytes32 channelId, Channel calldata channel) external {
        _checkOpen(channelId, channel);
        if (block.timestamp < channel.expiration) revert ChannelNotExpired(channelId, channel.expiration);
        delete _channels[channelId];
        // Cannot underflow: withdrawn <= escrow is kept by every transition.
        // Cannot overflow: the refund was part of the token's supply.
        unchecked {
            uint256 refund = channel.escrow - channel.withdrawn;
            _credit(channel.payer, refund);
            emit ChannelSettled(channelId, refund);
        }
    }

    /// @inheritdoc IPaymentChannel
    function balanceOf(address wallet) external view returns (uint256) {
        return _accounts[wallet].balance;
    }

    /// @inheritdoc IPaymentChannel
    function nonceOf(address wallet) external view returns (bytes32) {
        return bytes32(uint256(_accounts[wallet].nonce));
    }

    /// @inheritdoc IPaymentChannel
    function channelHash(bytes32 channelId) external view returns (bytes32) {
        return _channels[channelId];
    }

    /// @inheritdoc IPaymentChannel
    function hashChannel(Channel calldata channel) external pure returns (bytes32) {
        return keccak256(abi.encode(channel));
    }

    /// @inheritdoc IPaymentChannel
    function bidDigest(Bid calldata bid) external view returns (bytes32) {
        return _hashTypedDataV4(_hashBid(bid, keccak256(bytes(bid.format))));
    }

    /// @inheritdoc IPaymentChannel
    function signedBidDigest(Bid calldata bid, bytes calldata walletSignature) external view returns (bytes32) {
        return _signedBidDigest(_hashBid(bid, keccak256(bytes(bid.format))), walletSignature);
    }

    /// @inheritdoc IPaymentChannel
    function paymentDigest(bytes32 channelId, uint256 balance) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(PAYMENT_TYPEHASH, channelId, balance)));
    }

    /// @inheritdoc IPaymentChannel
    function payoutOf(Channel calldata channel, uint256 balance) external pure returns (uint256) {
        if (channel.pricePerSegment == 0) revert ZeroRate();
        return _payout(channel, balance);
    }

    function _deposit(uint256 amount) private {
        if (amount == 0) revert ZeroAmount();
        Account storage account = _accounts[msg.sender];
        uint256 balance = uint256(account.balance) + amount;
        if (balance > type(uint96).max) revert BalanceOverflow(msg.sender, account.balance, amount);
        account.balance = uint96(balance);
        emit Deposited(msg.sender, amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Pays the payee's share of a closing channel into nobody's balance yet (the caller credits it, so
    /// that `closeMany` writes the payee's balance once), refunds the payer and forgets the channel.
    function _closeChannel(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature)
        private
        returns (uint256 amount)
    {
        uint256 payout = _payout(channel, balance);
        uint256 withdrawn = channel.withdrawn;
        uint256 paid = withdrawn;
        // A payment worth no more than what was withdrawn moves nothing, so it needs no signature: a payee
        // who was never paid can still close and release the payer's escrow at once.
        if (payout > withdrawn) {
            _checkPayment(channelId, channel.payer, balance, signature);
            paid = payout;
        }
        delete _channels[channelId];
        // Cannot underflow: withdrawn <= paid <= escrow.
        // Cannot overflow: the refund was part of the token's supply.
        unchecked {
            amount = paid - withdrawn;
            uint256 refund = channel.escrow - paid;
            _credit(channel.payer, refund);
            emit ChannelClosed(channelId, balance, amount, refund);
        }
    }

    /// @dev Returns the bid digest and its wallet signer, after checking the bidder key signed both.
    function _recoverPayer(
        Bid calldata bid,
        bytes32 formatHash,
        bytes calldata walletSignature,
        bytes calldata bidderSignature
    ) private view returns (bytes32 channelId, address payer) {
        bytes32 bidHash = _hashBid(bid, formatHash);
        channelId = _hashTypedDataV4(bidHash);
        ECDSA.RecoverError walletError;
        (payer, walletError,) = ECDSA.tryRecover(channelId, walletSignature);
        if (walletError != ECDSA.RecoverError.NoError) revert InvalidWalletSignature(channelId);
        (address bidSigner,,) = ECDSA.tryRecover(_signedBidDigest(bidHash, walletSignature), bidderSignature);
        if (bidSigner != bid.bidderKey) revert InvalidBidderSignature(bid.bidderKey, bidSigner);
        if (payer == msg.sender) revert SelfChannel(payer);
    }

    /// @dev Checks the bid's nonce, moves rate x duration from the payer's free balance into the escrow
    /// and advances the payer's nonce to the new channel id.
    function _lockEscrow(Bid calldata bid, bytes32 formatHash, address payer, bytes32 channelId)
        private
        returns (Channel memory)
    {
        (bool available, uint32 duration, uint32 segmentLength) = _videos.termsOf(bid.video, formatHash);
        if (!available) revert VideoNotAvailable(bid.video, formatHash);
        Account memory account = _accounts[payer];
        bytes32 expectedNonce = bytes32(uint256(account.nonce));
        if (bid.nonce != expectedNonce) revert NonceMismatch(payer, expectedNonce, bid.nonce);
        // uint128 x uint32 cannot overflow uint256.
        uint256 escrow = uint256(bid.rate) * duration;
        if (account.balance < escrow) revert InsufficientBalance(payer, account.balance, escrow);
        // Cannot underflow: checked just above; the result is below a uint96 so the cast keeps it whole.
        unchecked {
            _accounts[payer] = Account({balance: uint96(account.balance - escrow), nonce: uint160(uint256(channelId))});
        }
        return Channel({
            payer: payer,
            payee: msg.sender,
            pricePerSegment: uint256(bid.rate) * segmentLength,
            escrow: escrow,
            withdrawn: 0,
            expiration: bid.expiration
        });
    }

    function _emitOpened(bytes32 channelId, Bid calldata bid, bytes32 formatHash, Channel memory channel) private {
        emit ChannelOpened(
            channelId,
            channel.payer,
            channel.payee,
            bid.video,
            formatHash,
            channel.pricePerSegment,
            channel.escrow,
            channel.expiration
        );
    }

    function _checkKeys(address bidderKey, address counterpartyKey, address payer) private view {
        (IUserRegistry.KeyRecord memory bidder, IUserRegistry.KeyRecord memory counterparty) =
            _users.keysOf(bidderKey, counterpartyKey);
        if (counterparty.wallet != msg.sender || !counterparty.active) {
            revert CounterpartyKeyNotAuthorized(counterpartyKey, msg.sender);
        }
        // An unregistered bidder key is anonymous viewing: the wallet signature alone authorises it.
        if (bidder.wallet != address(0) && (bidder.wallet != payer || !bidder.active)) {
            revert BidderKeyNotAuthorized(bidderKey, bidder.wallet, bidder.active, payer);
        }
    }

    /// @dev Credits never overflow 96 bits for a token whose supply fits 96 bits (PTI enforces it): every
    /// balance and escrow is a disjoint part of the tokens this contract holds. The checked addition turns
    /// any other token into a revert rather than a silent wrap.
    function _credit(address wallet, uint256 amount) private {
        _accounts[wallet].balance += uint96(amount);
    }

    function _checkOpen(bytes32 channelId, Channel calldata channel) private view {
        if (_channels[channelId] != keccak256(abi.encode(channel)) || channelId == 0) {
            revert ChannelNotFound(channelId);
        }
    }

    function _checkPayeeCanAct(bytes32 channelId, Channel calldata channel) private view {
        _checkOpen(channelId, channel);
        if (msg.sender != channel.payee) revert NotPayee(channelId, msg.sender);
        if (block.timestamp >= channel.expiration) revert ChannelExpired(channelId, channel.expiration);
    }

    function _checkPayment(bytes32 channelId, address payer, uint256 balance, bytes calldata signature) private view {
        (address signer,,) = ECDSA.tryRecover(paymentDigest(channelId, balance), signature);
        if (signer != payer) revert InvalidPaymentSignature(channelId, signer);
    }

    function _payout(Channel calldata channel, uint256 balance) private pure returns (uint256) {
        uint256 price = channel.pricePerSegment;
        uint256 escrow = channel.escrow;
        // Cannot overflow: escrow < 2^160 and price >= 1, so the ceiling division stays in range.
        uint256 maxSegments;
        unchecked {
            maxSegments = (escrow + price - 1) / price;
        }
        if (balance > maxSegments) revert BalanceExceedsSegments(balance, maxSegments);
        // balance <= maxSegments < 2^160 and price < 2^160: the product fits in 256 bits.
        uint256 value = balance * price;
        return value < escrow ? value : escrow;
    }

    function _hashBid(Bid calldata bid, bytes32 formatHash) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                BID_TYPEHASH,
                bid.nonce,
                bid.rate,
                bid.expiration,
                bid.video,
                formatHash,
                bid.bidderKey,
                bid.counterpartyKey
            )
        );
    }

    function _signedBidDigest(bytes32 bidHash, bytes calldata walletSignature) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(SIGNED_BID_TYPEHASH, bidHash, keccak256(walletSignature))));
    }
}
