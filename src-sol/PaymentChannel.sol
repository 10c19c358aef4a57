// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
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
        // Cannot underflow: checked against `available` just above.
        unchecked {
            // casting to 'uint96' is safe because the result is at most `available`, itself a uint96
            // forge-lint: disable-next-line(unsafe-typecast)
            account.balance = uint96(available - amount);
        }
        emit Withdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IPaymentChannel
    /// @dev Past the ABI decoder, `open` is assembly: it runs on every channel and has a budget of 80,000 gas
    /// (docs/GAS.md), which it met only once the internal calls and stack shuffling of its Solidity form (about
    /// 750 gas, already with assembly helpers) were gone. The checks, their order and their errors are those of
    /// the interface, each error raised with its selector (its signature beside it) and its values;
    /// `test-sol/PaymentChannel.t.sol` expects each of them. The bid's digests are the ones the views
    /// `bidDigest` and `signedBidDigest` compute (through `_bidDigest` and `_signedBidDigest`), which is what
    /// clients sign, so every test that opens a channel checks that both agree.
    ///
    /// Memory: everything is laid out from `m`, the memory Solidity allocated for the return value `channel`
    /// (which is never used otherwise), and goes on past the free pointer without allocating, since the last
    /// block ends the call with `return` (every other exit is a `revert`):
    /// - m + 0x000: the return data `(channelId, Channel)`: channelId, payer, payee, pricePerSegment, escrow,
    ///   withdrawn (0), expiration. Its last six words are also what the commitment hashes, as a `Channel` of
    ///   value types is ABI-encoded as its six words.
    /// - m + 0x0e0: the data of `ChannelOpened`: video, formatHash, pricePerSegment, escrow, expiration. Until
    ///   they are written at the end, the bid's struct hash, the domain separator and the two bid type hashes
    ///   wait in the slots of video, pricePerSegment, escrow and expiration.
    /// - m + 0x180: work space for hashing, calls and error data.
    /// The bid's head words are read raw from calldata (the decoder checked the head lies inside it) after the
    /// typed ones (rate, expiration, the keys) are checked to be clean, as typed reads would.
    function open(Bid calldata bid, bytes calldata walletSignature, bytes calldata bidderSignature)
        external
        returns (bytes32 channelId, Channel memory channel)
    {
        uint256 m;
        {
            bytes32 domainSeparator = _domainSeparatorV4();
            bytes32 bidTypehash = BID_TYPEHASH;
            bytes32 signedBidTypehash = SIGNED_BID_TYPEHASH;
            // Memory as laid out above: `channel` is allocated, what follows it is past the free pointer.
            assembly ("memory-safe") {
                m := channel
                mstore(add(m, 0x120), domainSeparator)
                mstore(add(m, 0x140), bidTypehash)
                mstore(add(m, 0x160), signedBidTypehash)
            }
        }

        // The bid, its digests and its two signatures. Safe: memory as laid out above; calldata reads stay in the
        // bid's head, in the format's tail after its bounds checks, and in the two signatures' decoded ranges.
        assembly ("memory-safe") {
            // `_recover`: ECDSA.tryRecover's signer, zero on any of its errors.
            function recover(digest, offset, length, buffer) -> signer {
                // One condition for both checks: a shorter signature's s word is read but never used. A failed
                // ecrecover call (only out of gas) leaves the zeroed word, so it reads as no signer.
                let s := calldataload(add(offset, 0x20))
                if and(
                    eq(length, 65),
                    iszero(gt(s, 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0))
                ) {
                    mstore(buffer, digest)
                    mstore(add(buffer, 0x20), byte(0, calldataload(add(offset, 0x40))))
                    mstore(add(buffer, 0x40), calldataload(offset))
                    mstore(add(buffer, 0x60), s)
                    mstore(0x00, 0)
                    pop(staticcall(gas(), 1, buffer, 0x80, 0x00, 0x20))
                    signer := mload(0x00)
                }
            }
            // `_hashTypedDataV4`: keccak256("\x19\x01" || domainSeparator || structHash).
            function typedDigest(base, structHash) -> digest {
                let buffer := add(base, 0x180)
                mstore(buffer, 0x1901)
                mstore(add(buffer, 0x20), mload(add(base, 0x120)))
                mstore(add(buffer, 0x40), structHash)
                digest := keccak256(add(buffer, 0x1e), 0x42)
            }

            let w := add(m, 0x180)
            {
                let rate := calldataload(add(bid, 0x20))
                let expiration := calldataload(add(bid, 0x40))
                let keys := or(calldataload(add(bid, 0xa0)), calldataload(add(bid, 0xc0)))
                // Not a clean uint128, uint64 or address: the decoder's revert, with no data.
                if or(or(shr(128, rate), shr(64, expiration)), shr(160, keys)) { revert(0, 0) }
                if iszero(rate) {
                    mstore(w, shl(224, 0x299dcf9a)) // ZeroRate()
                    revert(w, 0x04)
                }
                if iszero(lt(timestamp(), expiration)) {
                    mstore(w, shl(224, 0xc8d7021f)) // BidExpired(uint64,uint256)
                    mstore(add(w, 0x04), expiration)
                    mstore(add(w, 0x24), timestamp())
                    revert(w, 0x44)
                }
            }
            // `_formatHash`: keccak256(bytes(bid.format)) after Solidity's checks of a calldata tail.
            {
                let relative := calldataload(add(bid, 0x80))
                if iszero(slt(relative, sub(sub(calldatasize(), bid), 0x1f))) { revert(0, 0) }
                let tail := add(bid, relative)
                let length := calldataload(tail)
                if gt(length, 0xffffffffffffffff) { revert(0, 0) }
                let data := add(tail, 0x20)
                if sgt(data, sub(calldatasize(), length)) { revert(0, 0) }
                calldatacopy(w, data, length)
                mstore(add(m, 0x100), keccak256(w, length))
            }
            // `_bidDigest`: the type hash, the head words with the format's offset replaced by its hash.
            {
                mstore(w, mload(add(m, 0x140)))
                calldatacopy(add(w, 0x20), bid, 0xe0)
                mstore(add(w, 0xa0), mload(add(m, 0x100)))
                let bidHash := keccak256(w, 0x100)
                mstore(add(m, 0xe0), bidHash)
                channelId := typedDigest(m, bidHash)
            }
            let payer := recover(channelId, walletSignature.offset, walletSignature.length, w)
            if iszero(payer) {
                mstore(w, shl(224, 0x2e6eda2d)) // InvalidWalletSignature(bytes32)
                mstore(add(w, 0x04), channelId)
                revert(w, 0x24)
            }
            mstore(add(m, 0x20), payer)
            // `_signedBidDigest`: SignedBid(bidHash, keccak256(walletSignature)), signed by the bidder key.
            {
                calldatacopy(w, walletSignature.offset, walletSignature.length)
                let signatureHash := keccak256(w, walletSignature.length)
                mstore(w, mload(add(m, 0x160)))
                mstore(add(w, 0x20), mload(add(m, 0xe0)))
                mstore(add(w, 0x40), signatureHash)
                let digest := typedDigest(m, keccak256(w, 0x60))
                let bidSigner := recover(digest, bidderSignature.offset, bidderSignature.length, w)
                let bidderKey := calldataload(add(bid, 0xa0))
                // A zero signer is a malformed signature, never a match, even for a zero bidder key.
                if or(iszero(bidSigner), iszero(eq(bidSigner, bidderKey))) {
                    mstore(w, shl(224, 0x888f2b0f)) // InvalidBidderSignature(address,address)
                    mstore(add(w, 0x04), bidderKey)
                    mstore(add(w, 0x24), bidSigner)
                    revert(w, 0x44)
                }
            }
            if eq(payer, caller()) {
                mstore(w, shl(224, 0xf73f3d16)) // SelfChannel(address)
                mstore(add(w, 0x04), payer)
                revert(w, 0x24)
            }
        }

        // The keys (IUserRegistry.keysOf): the counterparty key must be an active key of the caller, and the
        // bidder key, when registered, an active key of the payer.
        {
            address users = address(_users);
            bytes4 keysOf = IUserRegistry.keysOf.selector;
            // A plain staticcall to the immutable registry: a revert is bubbled up and a short answer reverts, as
            // a high-level call would; the answers are masked to their types. Memory as laid out above.
            assembly ("memory-safe") {
                let w := add(m, 0x180)
                let payer := mload(add(m, 0x20))
                let bidderKey := calldataload(add(bid, 0xa0))
                mstore(w, keysOf)
                mstore(add(w, 0x04), bidderKey)
                mstore(add(w, 0x24), calldataload(add(bid, 0xc0)))
                if iszero(staticcall(gas(), users, w, 0x44, w, 0x80)) {
                    returndatacopy(w, 0, returndatasize())
                    revert(w, returndatasize())
                }
                if lt(returndatasize(), 0x80) { revert(0, 0) }
                let counterpartyWallet := and(mload(add(w, 0x40)), 0xffffffffffffffffffffffffffffffffffffffff)
                if or(iszero(eq(counterpartyWallet, caller())), iszero(mload(add(w, 0x60)))) {
                    mstore(w, shl(224, 0x576ce1db)) // CounterpartyKeyNotAuthorized(address,address)
                    mstore(add(w, 0x04), calldataload(add(bid, 0xc0)))
                    mstore(add(w, 0x24), caller())
                    revert(w, 0x44)
                }
                // An unregistered bidder key is anonymous viewing: the wallet signature alone authorises it.
                let bidderWallet := and(mload(w), 0xffffffffffffffffffffffffffffffffffffffff)
                let bidderActive := iszero(iszero(mload(add(w, 0x20))))
                if and(iszero(iszero(bidderWallet)), or(iszero(eq(bidderWallet, payer)), iszero(bidderActive))) {
                    mstore(w, shl(224, 0xbde59830)) // BidderKeyNotAuthorized(address,address,bool,address)
                    mstore(add(w, 0x04), bidderKey)
                    mstore(add(w, 0x24), bidderWallet)
                    mstore(add(w, 0x44), bidderActive)
                    mstore(add(w, 0x64), payer)
                    revert(w, 0x84)
                }
            }
        }

        // The channel id must be free; then the terms (IVideoRegistry.termsOf, called as the keys were).
        uint256 channelSlot;
        {
            address videos = address(_videos);
            bytes4 termsOf = IVideoRegistry.termsOf.selector;
            // The slot is `_channels[channelId]`, hashed in scratch space; the prices go to their places in the
            // return data (pricePerSegment at m + 0x60, escrow at m + 0x80). Memory as laid out above.
            assembly ("memory-safe") {
                let w := add(m, 0x180)
                mstore(0x00, channelId)
                mstore(0x20, _channels.slot)
                channelSlot := keccak256(0x00, 0x40)
                if sload(channelSlot) {
                    mstore(w, shl(224, 0x095d0229)) // ChannelAlreadyOpen(bytes32)
                    mstore(add(w, 0x04), channelId)
                    revert(w, 0x24)
                }
                let video := calldataload(add(bid, 0x60))
                mstore(w, termsOf)
                mstore(add(w, 0x04), video)
                mstore(add(w, 0x24), mload(add(m, 0x100)))
                if iszero(staticcall(gas(), videos, w, 0x44, w, 0x60)) {
                    returndatacopy(w, 0, returndatasize())
                    revert(w, returndatasize())
                }
                if lt(returndatasize(), 0x60) { revert(0, 0) }
                if iszero(mload(w)) {
                    mstore(w, shl(224, 0x5541bbbc)) // VideoNotAvailable(bytes32,bytes32)
                    mstore(add(w, 0x04), video)
                    mstore(add(w, 0x24), mload(add(m, 0x100)))
                    revert(w, 0x44)
                }
                let rate := calldataload(add(bid, 0x20))
                // Cannot overflow: rate < 2^128 and the terms are masked to 32 bits.
                mstore(add(m, 0x60), mul(rate, and(mload(add(w, 0x40)), 0xffffffff)))
                mstore(add(m, 0x80), mul(rate, and(mload(add(w, 0x20)), 0xffffffff)))
            }
        }

        // The nonce and the balance; then the escrow, the new nonce, the commitment, the event and the return.
        // Memory as laid out above; the account slot is `_accounts[payer]`, hashed in scratch space.
        bytes32 topic = ChannelOpened.selector;
        // Few named locals on purpose: the unoptimised build of `forge coverage` must fit them on the stack.
        assembly ("memory-safe") {
            let payer := mload(add(m, 0x20))
            // `_accounts[payer]`: balance in the low 96 bits, nonce in the high 160.
            mstore(0x00, payer)
            mstore(0x20, _accounts.slot)
            let accountSlot := keccak256(0x00, 0x40)
            let account := sload(accountSlot)
            if iszero(eq(calldataload(bid), shr(96, account))) {
                let w := add(m, 0x180)
                mstore(w, shl(224, 0x3ec84928)) // NonceMismatch(address,bytes32,bytes32)
                mstore(add(w, 0x04), payer)
                mstore(add(w, 0x24), shr(96, account))
                mstore(add(w, 0x44), calldataload(bid))
                revert(w, 0x64)
            }
            // From here on `account` is the free balance alone.
            account := and(account, 0xffffffffffffffffffffffff)
            if lt(account, mload(add(m, 0x80))) {
                let w := add(m, 0x180)
                mstore(w, shl(224, 0xdb42144d)) // InsufficientBalance(address,uint256,uint256)
                mstore(add(w, 0x04), payer)
                mstore(add(w, 0x24), account)
                mstore(add(w, 0x44), mload(add(m, 0x80)))
                revert(w, 0x64)
            }
            // The new nonce is the low 160 bits of the channel id; the new balance cannot underflow (checked just
            // above) and is below the old one, so it stays in its 96 bits.
            sstore(accountSlot, or(shl(96, channelId), sub(account, mload(add(m, 0x80)))))

            mstore(m, channelId)
            mstore(add(m, 0x40), caller())
            mstore(add(m, 0xa0), 0)
            mstore(add(m, 0xc0), calldataload(add(bid, 0x40)))
            sstore(channelSlot, keccak256(add(m, 0x20), 0xc0))

            // ChannelOpened(channelId, payer, payee, video, formatHash, pricePerSegment, escrow, expiration);
            // formatHash is already at m + 0x100.
            mstore(add(m, 0xe0), calldataload(add(bid, 0x60)))
            mstore(add(m, 0x120), mload(add(m, 0x60)))
            mstore(add(m, 0x140), mload(add(m, 0x80)))
            mstore(add(m, 0x160), mload(add(m, 0xc0)))
            log4(add(m, 0xe0), 0xa0, topic, channelId, payer, caller())
            return(m, 0xe0)
        }
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

        bytes32 commitment;
        // Copies the six static words of `channel` into the memory of `updated` (a memory struct of value types
        // is laid out exactly as their ABI encoding) and hashes them with the new `withdrawn`. The calldata is
        // clean: `_checkPayeeCanAct` matched its raw hash against a commitment made from clean values.
        assembly ("memory-safe") {
            calldatacopy(updated, channel, 0xc0)
            mstore(add(updated, 0x80), payout)
            commitment := keccak256(updated, 0xc0)
        }
        _channels[channelId] = commitment;
        // Cannot underflow: payout > withdrawn was checked above.
        unchecked {
            uint256 amount = payout - withdrawn;
            // msg.sender is the payee: `_checkPayeeCanAct` checked it.
            _credit(msg.sender, amount);
            emit ChannelWithdrawn(channelId, balance, amount, payout);
        }
    }

    /// @inheritdoc IPaymentChannel
    function close(bytes32 channelId, Channel calldata channel, uint256 balance, bytes calldata signature) external {
        _checkPayeeCanAct(channelId, channel);
        uint256 amount = _closeChannel(channelId, channel, balance, signature);
        // Crediting nothing would change nothing.
        if (amount != 0) _credit(msg.sender, amount);
    }

    /// @inheritdoc IPaymentChannel
    function closeMany(CloseRequest[] calldata requests) external {
        uint256 total;
        uint256 count = requests.length;
        // Cannot overflow: i < count, the length of a calldata array.
        unchecked {
            for (uint256 i; i < count; ++i) {
                CloseRequest calldata request = requests[i];
                _checkPayeeCanAct(request.channelId, request.channel);
                // Cannot overflow: each amount is at most its channel's escrow, and the escrows of distinct open
                // channels are disjoint parts of the tokens this contract holds.
                total += _closeChannel(request.channelId, request.channel, request.balance, request.signature);
            }
        }
        // Crediting nothing would change nothing.
        if (total != 0) _credit(msg.sender, total);
    }

    /// @inheritdoc IPaymentChannel
    function settle(bytes32 channelId, Channel calldata channel) external {
        _checkOpen(channelId, channel);
        uint64 expiration = channel.expiration;
        if (block.timestamp < expiration) revert ChannelNotExpired(channelId, expiration);
        delete _channels[channelId];
        // Cannot underflow: withdrawn <= escrow is kept by every transition.
        unchecked {
            uint256 refund = channel.escrow - channel.withdrawn;
            // Crediting nothing would change nothing.
            if (refund != 0) _credit(channel.payer, refund);
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
        _checkBidEncoding(bid);
        (, bytes32 digest) = _bidDigest(bid, _formatHash(bid));
        return digest;
    }

    /// @inheritdoc IPaymentChannel
    function signedBidDigest(Bid calldata bid, bytes calldata walletSignature) external view returns (bytes32) {
        _checkBidEncoding(bid);
        (bytes32 bidHash,) = _bidDigest(bid, _formatHash(bid));
        return _signedBidDigest(bidHash, walletSignature);
    }

    /// @inheritdoc IPaymentChannel
    function paymentDigest(bytes32 channelId, uint256 balance) external view returns (bytes32) {
        return _paymentDigest(channelId, balance);
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
        // casting to 'uint96' is safe because `balance` was checked against its maximum just above
        // forge-lint: disable-next-line(unsafe-typecast)
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
        unchecked {
            amount = paid - withdrawn;
            uint256 refund = channel.escrow - paid;
            // Crediting nothing would change nothing.
            if (refund != 0) _credit(channel.payer, refund);
            emit ChannelClosed(channelId, balance, amount, refund);
        }
    }

    /// @dev Credits never overflow 96 bits for a token whose supply fits 96 bits (PTI enforces it): every
    /// balance and escrow is a disjoint part of the tokens this contract holds. Any other token gets the
    /// Panic(0x11) of a checked addition rather than a silent wrap.
    function _credit(address wallet, uint256 amount) private {
        Account storage account = _accounts[wallet];
        uint256 balance = uint256(account.balance) + amount;
        if (balance > type(uint96).max) {
            // Panic(0x11), the arithmetic overflow error, encoded in scratch space before reverting.
            assembly ("memory-safe") {
                mstore(0x00, 0x4e487b71)
                mstore(0x20, 0x11)
                revert(0x1c, 0x24)
            }
        }
        // casting to 'uint96' is safe because `balance` was checked against its maximum just above
        // forge-lint: disable-next-line(unsafe-typecast)
        account.balance = uint96(balance);
    }

    function _checkOpen(bytes32 channelId, Channel calldata channel) private view {
        if (_channels[channelId] != _hashChannel(channel) || channelId == 0) {
            revert ChannelNotFound(channelId);
        }
    }

    function _checkPayeeCanAct(bytes32 channelId, Channel calldata channel) private view {
        _checkOpen(channelId, channel);
        if (msg.sender != channel.payee) revert NotPayee(channelId, msg.sender);
        uint64 expiration = channel.expiration;
        if (block.timestamp >= expiration) revert ChannelExpired(channelId, expiration);
    }

    function _checkPayment(bytes32 channelId, address payer, uint256 balance, bytes calldata signature) private view {
        address signer = _recover(_paymentDigest(channelId, balance), signature);
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
        // Cannot overflow: maxSegments = x / price for some x < 2^256 (rounded down), so
        // balance * price <= maxSegments * price <= x.
        uint256 value;
        unchecked {
            value = balance * price;
        }
        return value < escrow ? value : escrow;
    }

    /// @dev ECDSA.tryRecover for a calldata signature, without copying it to memory: the signer, or zero when
    /// the signature is not 65 bytes (r, s, v), its s is in the upper half of the curve order, or ecrecover
    /// finds no signer (ECDSA.tryRecover's three errors, which also return zero).
    function _recover(bytes32 digest, bytes calldata signature) private view returns (address signer) {
        // The ecrecover precompile's input is built past the free pointer (scratch, not allocated); it writes
        // nothing for an invalid signature, hence the zeroed output word, which is also what a failed call (only
        // out of gas) leaves. One condition for both checks: a shorter signature's s word is never used.
        assembly ("memory-safe") {
            let s := calldataload(add(signature.offset, 0x20))
            if and(
                eq(signature.length, 65),
                iszero(gt(s, 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0))
            ) {
                let m := mload(0x40)
                mstore(m, digest)
                mstore(add(m, 0x20), byte(0, calldataload(add(signature.offset, 0x40))))
                mstore(add(m, 0x40), calldataload(signature.offset))
                mstore(add(m, 0x60), s)
                mstore(0x00, 0)
                pop(staticcall(gas(), 1, m, 0x80, 0x00, 0x20))
                signer := mload(0x00)
            }
        }
    }

    /// @dev keccak256(abi.encode(channel)) straight from calldata: the struct is six static words. Dirty
    /// calldata hashes to something no commitment (always made from clean values) equals, so it is rejected
    /// as `ChannelNotFound`; the typed reads that follow validate the fields again.
    function _hashChannel(Channel calldata channel) private pure returns (bytes32 digest) {
        // Hashed in scratch memory past the free pointer, which is not allocated.
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, channel, 0xc0)
            digest := keccak256(m, 0xc0)
        }
    }

    /// @dev keccak256(bytes(bid.format)) for the views; `open` hashes the same bytes inline.
    function _formatHash(Bid calldata bid) private pure returns (bytes32) {
        return keccak256(bytes(bid.format));
    }

    /// @dev Validates the bid's typed head words as the ABI decoder's typed reads would, for the views that
    /// hash them raw through `_bidDigest` (`open` makes the same check inline), and returns the rate and
    /// expiration.
    function _checkBidEncoding(Bid calldata bid) private pure returns (uint256 rate, uint256 expiration) {
        // The bid's head is inside the calldata: the decoder checked it on entry. A word that does not hold a
        // clean uint128 (rate), uint64 (expiration) or address (the keys) reverts with no data, as a typed read
        // does.
        assembly ("memory-safe") {
            rate := calldataload(add(bid, 0x20))
            expiration := calldataload(add(bid, 0x40))
            let keys := or(calldataload(add(bid, 0xa0)), calldataload(add(bid, 0xc0)))
            if or(or(shr(128, rate), shr(64, expiration)), shr(160, keys)) { revert(0, 0) }
        }
    }

    /// @dev The EIP-712 struct hash of a bid and its digest (the channel id). The bid's seven head words are
    /// copied as they are, behind the type hash, and the format's offset word is replaced by the format's
    /// hash. The bytes32 fields take any value; the others (rate, expiration, keys) are validated by
    /// `_checkBidEncoding`. `open` computes the same inline.
    function _bidDigest(Bid calldata bid, bytes32 formatHash) private view returns (bytes32 bidHash, bytes32 digest) {
        bytes32 typehash = BID_TYPEHASH;
        bytes32 domainSeparator = _domainSeparatorV4();
        // Hashed in scratch memory past the free pointer, which is not allocated. The digest is
        // keccak256("\x19\x01" || domainSeparator || bidHash), as `_hashTypedDataV4` computes it.
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typehash)
            calldatacopy(add(m, 0x20), bid, 0xe0)
            mstore(add(m, 0xa0), formatHash)
            bidHash := keccak256(m, 0x100)
            mstore(m, 0x1901)
            mstore(add(m, 0x20), domainSeparator)
            mstore(add(m, 0x40), bidHash)
            digest := keccak256(add(m, 0x1e), 0x42)
        }
    }

    /// @dev The EIP-712 digest of `SignedBid(bid, walletSignature)`, which the bidder key signs. `open` computes
    /// the same inline.
    function _signedBidDigest(bytes32 bidHash, bytes calldata walletSignature) private view returns (bytes32 digest) {
        bytes32 typehash = SIGNED_BID_TYPEHASH;
        bytes32 domainSeparator = _domainSeparatorV4();
        // keccak256(abi.encode(SIGNED_BID_TYPEHASH, bidHash, keccak256(walletSignature))) and its EIP-712 digest,
        // as `_hashTypedDataV4` computes it, in scratch memory past the free pointer (not allocated).
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, walletSignature.offset, walletSignature.length)
            let signatureHash := keccak256(m, walletSignature.length)
            mstore(m, typehash)
            mstore(add(m, 0x20), bidHash)
            mstore(add(m, 0x40), signatureHash)
            let structHash := keccak256(m, 0x60)
            mstore(m, 0x1901)
            mstore(add(m, 0x20), domainSeparator)
            mstore(add(m, 0x40), structHash)
            digest := keccak256(add(m, 0x1e), 0x42)
        }
    }

    /// @dev The EIP-712 digest of `Payment(channelId, segments)`, which the payer's wallet signs.
    function _paymentDigest(bytes32 channelId, uint256 segments) private view returns (bytes32 digest) {
        bytes32 typehash = PAYMENT_TYPEHASH;
        bytes32 domainSeparator = _domainSeparatorV4();
        // keccak256(abi.encode(PAYMENT_TYPEHASH, channelId, segments)) and its EIP-712 digest, as
        // `_hashTypedDataV4` computes it, in scratch memory past the free pointer (not allocated).
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typehash)
            mstore(add(m, 0x20), channelId)
            mstore(add(m, 0x40), segments)
            let structHash := keccak256(m, 0x60)
            mstore(m, 0x1901)
            mstore(add(m, 0x20), domainSeparator)
            mstore(add(m, 0x40), structHash)
            digest := keccak256(add(m, 0x1e), 0x42)
        }
    }
}
