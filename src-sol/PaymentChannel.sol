// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {IPaymentChannel} from "./interfaces/IPaymentChannel.sol";
import {IUserRegistry} from "./interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "./interfaces/IVideoRegistry.sol";
import {Account, Accounts} from "./libraries/Accounts.sol";
import {BidCalldata} from "./libraries/BidCalldata.sol";
import {CalldataECDSA} from "./libraries/CalldataECDSA.sol";
import {ChannelHashing} from "./libraries/ChannelHashing.sol";
import {CustomRevert} from "./libraries/CustomRevert.sol";
import {RegistryCalls} from "./libraries/RegistryCalls.sol";

/// @title PaymentChannel
/// @notice Escrow, nonces and per-segment settlement for both directions of the Paratii exchange.
/// @dev Written to be read: `open` is five named steps, each making the checks of its step in the order the
/// interface lists them. The little assembly left is in `src-sol/libraries/`, in functions of a few lines, each
/// tested against a plain Solidity reference: reverts go through `CustomRevert` (`Error.selector.revertWith`),
/// signatures through `CalldataECDSA` (OpenZeppelin's `ECDSA.tryRecover` on calldata), bid fields and hashes
/// through `BidCalldata`, channel commitments through `ChannelHashing`, the registry reads of `open` through
/// `RegistryCalls`. EIP-712 digests are OpenZeppelin's (`_hashTypedDataV4`, `MessageHashUtils`). What this costs
/// in gas against the former all-assembly `open` is in docs/GAS.md.
contract PaymentChannel is IPaymentChannel, EIP712 {
    using SafeERC20 for IERC20;
    using Accounts for Account;
    using CustomRevert for bytes4;
    using ChannelHashing for Channel;

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
    /// @inheritdoc IPaymentChannel
    uint256 public constant EXIT_WINDOW = 1 hours;

    IERC20 private immutable _token;
    IUserRegistry private immutable _users;
    IVideoRegistry private immutable _videos;

    mapping(address wallet => Account) private _accounts;

    /// @dev A channel's commitment, in a struct so that `open` checks the slot and writes it through one pointer
    /// (one mapping slot computation, not two). One word, laid out as a plain `bytes32` value would be.
    struct Commitment {
        bytes32 hash;
    }

    mapping(bytes32 channelId => Commitment) private _channels;

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

    // ---------------------------------------------------------------- free balances

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
        if (amount == 0) ZeroAmount.selector.revertWith();
        Account account = _accounts[msg.sender];
        uint96 available = account.balance();
        if (available < amount) InsufficientBalance.selector.revertWith(msg.sender, available, amount);
        // Cannot underflow: checked against `available` just above.
        unchecked {
            // casting to 'uint96' is safe because the result is at most `available`, itself a uint96
            // forge-lint: disable-next-line(unsafe-typecast)
            _accounts[msg.sender] = Accounts.pack(uint96(available - amount), account.nonce());
        }
        emit Withdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- opening

    /// @inheritdoc IPaymentChannel
    /// @dev The checks are made in the order of the interface's list (the numbers below); after the first two,
    /// each step is one private function that makes the checks of its step and returns what the next steps need.
    /// The channel is filled in as they go.
    function open(Bid calldata bid, bytes calldata walletSignature, bytes calldata bidderSignature)
        external
        returns (bytes32 channelId, Channel memory channel)
    {
        // 1, 2: the rate and the expiration.
        if (BidCalldata.rate(bid) == 0) ZeroRate.selector.revertWith();
        channel.expiration = BidCalldata.expiration(bid);
        if (block.timestamp >= channel.expiration) BidExpired.selector.revertWith(channel.expiration, block.timestamp);
        // 3, 4: the two signatures; the payer is the wallet that signed the bid.
        bytes32 formatHash = BidCalldata.formatHash(bid);
        (channelId, channel.payer) = _checkSignatures(bid, formatHash, walletSignature, bidderSignature);
        // 5, 6, 7: the keys; the payee is the counterparty key's wallet.
        channel.payeeKey = BidCalldata.counterpartyKey(bid);
        channel.payee = _checkKeys(BidCalldata.bidderKey(bid), channel.payeeKey, channel.payer);
        // 8, 9: the id is free, the video is listed with the format; the terms give price and escrow.
        Commitment storage commitment = _channels[channelId];
        (channel.pricePerSegment, channel.escrow) = _checkTerms(bid, formatHash, channelId, commitment);
        // 10, 11: the nonce and the free balance; the escrow leaves the balance, the nonce moves on.
        _lockEscrow(channel.payer, BidCalldata.nonce(bid), channelId, channel.escrow);

        commitment.hash = channel.hashMemory();
        emit ChannelOpened(
            channelId,
            channel.payer,
            channel.payee,
            channel.payeeKey,
            BidCalldata.video(bid),
            formatHash,
            channel.pricePerSegment,
            channel.escrow,
            channel.expiration
        );
    }

    /// @dev 3. `InvalidWalletSignature`; 4. `InvalidBidderSignature`. Returns the channel id (the bid digest) and
    /// the payer (the wallet that signed it).
    function _checkSignatures(
        Bid calldata bid,
        bytes32 formatHash,
        bytes calldata walletSignature,
        bytes calldata bidderSignature
    ) private view returns (bytes32 channelId, address payer) {
        bytes32 domainSeparator = _domainSeparatorV4();
        bytes32 bidHash = BidCalldata.structHash(BID_TYPEHASH, bid, formatHash);
        channelId = MessageHashUtils.toTypedDataHash(domainSeparator, bidHash);
        payer = CalldataECDSA.tryRecover(channelId, walletSignature);
        if (payer == address(0)) InvalidWalletSignature.selector.revertWith(channelId);
        address bidderKey = BidCalldata.bidderKey(bid);
        bytes32 signedBidHash = BidCalldata.signedBidHash(SIGNED_BID_TYPEHASH, bidHash, walletSignature);
        address signer =
            CalldataECDSA.tryRecover(MessageHashUtils.toTypedDataHash(domainSeparator, signedBidHash), bidderSignature);
        // A zero signer is a malformed signature, never a match, even for a zero bidder key.
        if (signer == address(0) || signer != bidderKey) {
            InvalidBidderSignature.selector.revertWith(bidderKey, signer);
        }
    }

    /// @dev 5. `CounterpartyKeyNotAuthorized`; 6. `SelfChannel`; 7. `BidderKeyNotAuthorized`. Returns the payee,
    /// the counterparty key's wallet.
    function _checkKeys(address bidderKey, address counterpartyKey, address payer) private view returns (address) {
        (address bidderWallet, bool bidderActive, address payee, bool counterpartyActive) =
            RegistryCalls.keysOf(_users, bidderKey, counterpartyKey);
        // The wallet opens for itself, or its node key (the counterparty key itself) opens for it.
        if (!counterpartyActive || (msg.sender != payee && msg.sender != counterpartyKey)) {
            CounterpartyKeyNotAuthorized.selector.revertWith(counterpartyKey, payee, counterpartyActive, msg.sender);
        }
        if (payer == payee) SelfChannel.selector.revertWith(payer);
        // An unregistered bidder key is anonymous viewing: the wallet signature alone authorises it.
        if (bidderWallet != address(0) && (bidderWallet != payer || !bidderActive)) {
            BidderKeyNotAuthorized.selector.revertWith(bidderKey, bidderWallet, bidderActive, payer);
        }
        return payee;
    }

    /// @dev 8. `ChannelAlreadyOpen`; 9. `VideoNotAvailable`. Returns the channel's price per segment and escrow.
    function _checkTerms(Bid calldata bid, bytes32 formatHash, bytes32 channelId, Commitment storage commitment)
        private
        view
        returns (uint256 pricePerSegment, uint256 escrow)
    {
        if (commitment.hash != 0) ChannelAlreadyOpen.selector.revertWith(channelId);
        bytes32 video = BidCalldata.video(bid);
        (bool available, uint32 duration, uint32 segmentLength) = RegistryCalls.termsOf(_videos, video, formatHash);
        if (!available) VideoNotAvailable.selector.revertWith(video, formatHash);
        uint256 rate = BidCalldata.rate(bid);
        // Cannot overflow: rate < 2^128 and both terms < 2^32.
        unchecked {
            pricePerSegment = rate * segmentLength;
            escrow = rate * duration;
        }
    }

    /// @dev 10. `NonceMismatch`; 11. `InsufficientBalance`. Then moves the escrow out of the payer's free balance
    /// and advances its nonce to the low 160 bits of the channel id.
    function _lockEscrow(address payer, bytes32 nonce, bytes32 channelId, uint256 escrow) private {
        Account account = _accounts[payer];
        bytes32 current = bytes32(uint256(account.nonce()));
        if (current != nonce) NonceMismatch.selector.revertWith(payer, current, nonce);
        uint96 available = account.balance();
        if (available < escrow) InsufficientBalance.selector.revertWith(payer, available, escrow);
        // Cannot underflow: checked just above.
        unchecked {
            // casting to 'uint96' is safe because the result is below `available`, a uint96; casting to 'uint160'
            // keeps the low 160 bits of the id on purpose: that is the nonce (R5)
            // forge-lint: disable-next-line(unsafe-typecast)
            _accounts[payer] = Accounts.pack(uint96(available - escrow), uint160(uint256(channelId)));
        }
    }

    // ---------------------------------------------------------------- channel life

    /// @inheritdoc IPaymentChannel
    function withdrawFromChannel(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature)
        external
        returns (Channel memory updated)
    {
        updated = _load(channelId, channel);
        _checkPayeeCanAct(channelId, updated);
        uint256 payout = _payout(updated.pricePerSegment, updated.escrow, balance);
        uint256 withdrawn = updated.withdrawn;
        if (payout <= withdrawn) NothingToWithdraw.selector.revertWith(channelId, payout, withdrawn);
        _checkPayment(channelId, updated.payer, balance, signature);

        updated.withdrawn = payout;
        _channels[channelId].hash = updated.hashMemory();
        // Cannot underflow: payout > withdrawn was checked above.
        unchecked {
            uint256 amount = payout - withdrawn;
            _credit(updated.payee, amount);
            emit ChannelWithdrawn(channelId, balance, amount, payout);
        }
    }

    /// @inheritdoc IPaymentChannel
    function close(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature) external {
        Channel memory loaded = _load(channelId, channel);
        _checkPayeeCanAct(channelId, loaded);
        _close(channelId, loaded, balance, signature);
    }

    /// @inheritdoc IPaymentChannel
    function closeMany(CloseRequest[] calldata requests) external {
        uint256 count = requests.length;
        for (uint256 i; i < count; ++i) {
            CloseRequest calldata request = requests[i];
            bytes32 channelId = request.channelId;
            Channel memory loaded = _load(channelId, request.channel);
            _checkPayeeCanAct(channelId, loaded);
            _close(channelId, loaded, request.balance, request.signature);
        }
    }

    /// @inheritdoc IPaymentChannel
    function startExit(bytes32 channelId, Channel calldata channel) external returns (Channel memory updated) {
        updated = _load(channelId, channel);
        if (msg.sender != updated.payer) NotPayer.selector.revertWith(channelId, msg.sender);
        uint64 expiration = updated.expiration;
        uint256 exitExpiration = block.timestamp + EXIT_WINDOW;
        if (expiration <= exitExpiration) ExitTooLate.selector.revertWith(channelId, expiration, exitExpiration);

        // casting to 'uint64' is safe because `exitExpiration` is below `expiration`, a uint64
        // forge-lint: disable-next-line(unsafe-typecast)
        updated.expiration = uint64(exitExpiration);
        _channels[channelId].hash = updated.hashMemory();
        emit ChannelExitStarted(channelId, updated.expiration);
    }

    /// @inheritdoc IPaymentChannel
    function settle(bytes32 channelId, Channel calldata channel) external {
        Channel memory loaded = _load(channelId, channel);
        uint64 expiration = loaded.expiration;
        if (block.timestamp < expiration) ChannelNotExpired.selector.revertWith(channelId, expiration);
        delete _channels[channelId];
        // Cannot underflow: withdrawn <= escrow is kept by every transition.
        unchecked {
            uint256 refund = loaded.escrow - loaded.withdrawn;
            // Crediting nothing would change nothing.
            if (refund != 0) _credit(loaded.payer, refund);
            emit ChannelSettled(channelId, refund);
        }
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IPaymentChannel
    function balanceOf(address wallet) external view returns (uint256) {
        return _accounts[wallet].balance();
    }

    /// @inheritdoc IPaymentChannel
    function nonceOf(address wallet) external view returns (bytes32) {
        return bytes32(uint256(_accounts[wallet].nonce()));
    }

    /// @inheritdoc IPaymentChannel
    function channelHash(bytes32 channelId) external view returns (bytes32) {
        return _channels[channelId].hash;
    }

    /// @inheritdoc IPaymentChannel
    function hashChannel(Channel calldata channel) external pure returns (bytes32) {
        return keccak256(abi.encode(channel));
    }

    /// @inheritdoc IPaymentChannel
    function bidDigest(Bid calldata bid) external view returns (bytes32) {
        return _hashTypedDataV4(BidCalldata.structHash(BID_TYPEHASH, bid, BidCalldata.formatHash(bid)));
    }

    /// @inheritdoc IPaymentChannel
    function signedBidDigest(Bid calldata bid, bytes calldata walletSignature) external view returns (bytes32) {
        bytes32 bidHash = BidCalldata.structHash(BID_TYPEHASH, bid, BidCalldata.formatHash(bid));
        return _hashTypedDataV4(BidCalldata.signedBidHash(SIGNED_BID_TYPEHASH, bidHash, walletSignature));
    }

    /// @inheritdoc IPaymentChannel
    function paymentDigest(bytes32 channelId, uint256 balance) external view returns (bytes32) {
        return _paymentDigest(channelId, balance);
    }

    /// @inheritdoc IPaymentChannel
    function payoutOf(Channel calldata channel, uint256 balance) external pure returns (uint256) {
        uint256 price = channel.pricePerSegment;
        if (price == 0) ZeroRate.selector.revertWith();
        return _payout(price, channel.escrow, balance);
    }

    // ---------------------------------------------------------------- internals

    function _deposit(uint256 amount) private {
        if (amount == 0) ZeroAmount.selector.revertWith();
        Account account = _accounts[msg.sender];
        uint256 current = account.balance();
        uint256 balance = current + amount;
        if (balance > type(uint96).max) BalanceOverflow.selector.revertWith(msg.sender, current, amount);
        // casting to 'uint96' is safe because `balance` was checked against its maximum just above
        // forge-lint: disable-next-line(unsafe-typecast)
        _accounts[msg.sender] = Accounts.pack(uint96(balance), account.nonce());
        emit Deposited(msg.sender, amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev The channel committed under `channelId`, copied to memory; `ChannelNotFound` unless `channel` is
    /// exactly the committed struct (which also makes every word of it clean).
    function _load(bytes32 channelId, Channel calldata channel) private view returns (Channel memory) {
        if (channelId == 0 || _channels[channelId].hash != channel.hashCalldata()) {
            ChannelNotFound.selector.revertWith(channelId);
        }
        return channel.toMemory();
    }

    /// @dev `NotPayee`, `PayeeKeyNotAuthorized`, `ChannelExpired`. The payee wallet may act; so may the channel's
    /// node key while it is an active key of that wallet: it is looked up at every call, so revoking the key ends
    /// its powers at once.
    function _checkPayeeCanAct(bytes32 channelId, Channel memory channel) private view {
        address payee = channel.payee;
        if (msg.sender != payee) {
            address payeeKey = channel.payeeKey;
            if (msg.sender != payeeKey) NotPayee.selector.revertWith(channelId, msg.sender);
            (address wallet, bool active) = _users.keyOf(payeeKey);
            if (wallet != payee || !active) {
                PayeeKeyNotAuthorized.selector.revertWith(channelId, payeeKey, wallet, active);
            }
        }
        uint64 expiration = channel.expiration;
        if (block.timestamp >= expiration) ChannelExpired.selector.revertWith(channelId, expiration);
    }

    /// @dev Pays the payee wallet what the payment adds, refunds the payer the rest of the escrow and forgets the
    /// channel. A payment worth no more than what was withdrawn moves nothing, so it needs no signature: a payee
    /// who was never paid can still close and release the payer's escrow at once.
    function _close(bytes32 channelId, Channel memory channel, uint256 balance, bytes calldata signature) private {
        uint256 payout = _payout(channel.pricePerSegment, channel.escrow, balance);
        uint256 withdrawn = channel.withdrawn;
        uint256 paid = withdrawn;
        if (payout > withdrawn) {
            _checkPayment(channelId, channel.payer, balance, signature);
            paid = payout;
        }
        delete _channels[channelId];
        // Cannot underflow: withdrawn <= paid <= escrow.
        unchecked {
            uint256 amount = paid - withdrawn;
            uint256 refund = channel.escrow - paid;
            // Crediting nothing would change nothing.
            if (amount != 0) _credit(channel.payee, amount);
            if (refund != 0) _credit(channel.payer, refund);
            emit ChannelClosed(channelId, balance, amount, refund);
        }
    }

    /// @dev Credits never overflow 96 bits for a token whose supply fits 96 bits (PTI enforces it): every
    /// balance and escrow is a disjoint part of the tokens this contract holds. Any other token gets the
    /// Panic(0x11) of the checked uint96 addition rather than a silent wrap.
    function _credit(address wallet, uint256 amount) private {
        Account account = _accounts[wallet];
        // casting to 'uint96' is safe because `amount` is at most an escrow, which fitted the payer's uint96
        // balance when it was locked
        // forge-lint: disable-next-line(unsafe-typecast)
        _accounts[wallet] = Accounts.pack(account.balance() + uint96(amount), account.nonce());
    }

    /// @dev `InvalidPaymentSignature` unless `signature` is the payer's signature of `Payment(channelId, balance)`.
    function _checkPayment(bytes32 channelId, address payer, uint256 balance, bytes calldata signature) private view {
        address signer = CalldataECDSA.tryRecover(_paymentDigest(channelId, balance), signature);
        if (signer != payer) InvalidPaymentSignature.selector.revertWith(channelId, signer);
    }

    /// @dev balance x price, capped at the escrow; `BalanceExceedsSegments` beyond ceil(escrow / price). Needs a
    /// nonzero price (every committed channel has one; `payoutOf` checks it) and never overflows.
    function _payout(uint256 price, uint256 escrow, uint256 balance) private pure returns (uint256) {
        uint256 maxSegments;
        // Cannot overflow or underflow: escrow >= 1 in the second branch, and (escrow - 1) / price + 1 <= escrow.
        unchecked {
            maxSegments = escrow == 0 ? 0 : (escrow - 1) / price + 1;
        }
        if (balance > maxSegments) BalanceExceedsSegments.selector.revertWith(balance, maxSegments);
        if (balance == maxSegments) return escrow;
        // Cannot overflow: balance <= maxSegments - 1 = floor((escrow - 1) / price), so balance x price < escrow.
        unchecked {
            return balance * price;
        }
    }

    /// @dev The EIP-712 digest of `Payment(channelId, balance)`, which the payer's wallet signs.
    function _paymentDigest(bytes32 channelId, uint256 balance) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(PAYMENT_TYPEHASH, channelId, balance)));
    }
}
