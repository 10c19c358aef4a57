// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {stdError} from "forge-std/StdError.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {PTI} from "../src-sol/PTI.sol";
import {PaymentChannel} from "../src-sol/PaymentChannel.sol";
import {IPaymentChannel} from "../src-sol/interfaces/IPaymentChannel.sol";
import {IVideoRegistry} from "../src-sol/interfaces/IVideoRegistry.sol";
import {IUserRegistry} from "../src-sol/interfaces/IUserRegistry.sol";

/// @dev Fixtures on top of BaseTest: independent EIP-712 digests, signature mangling, and a ledger of every
/// wallet and channel a test touches so that each test can end by checking the contract's solvency.
abstract contract PaymentChannelFixtures is BaseTest {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    string internal constant BID_TYPE =
        "Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)";
    string internal constant SIGNED_BID_TYPE = "SignedBid(Bid bid,bytes walletSignature)";
    string internal constant PAYMENT_TYPE = "Payment(bytes32 channel,uint256 balance)";
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    /// @dev Enough for any fuzzed escrow while staying far below the treasury's supply.
    uint256 internal constant FUZZ_BUDGET = 1_000_000 ether;

    address[] internal _wallets;
    bytes32[] internal _channelIds;
    mapping(bytes32 channelId => IPaymentChannel.Channel) internal _latest;

    function setUp() public virtual override {
        super.setUp();
        _wallets.push(publisher.wallet);
        _wallets.push(viewer.wallet);
        _wallets.push(advertiser.wallet);
        _wallets.push(treasury);
    }

    /// @dev Runs the test, then checks that every token the contract holds is someone's free balance or
    /// the unwithdrawn part of an open escrow, and that the ledger's structs match the commitments.
    modifier solvent() {
        _;
        _assertSolvent();
    }

    function _assertSolvent() internal view {
        uint256 owed;
        for (uint256 i; i < _wallets.length; ++i) {
            owed += channels.balanceOf(_wallets[i]);
        }
        for (uint256 i; i < _channelIds.length; ++i) {
            bytes32 id = _channelIds[i];
            bytes32 commitment = channels.channelHash(id);
            if (commitment == 0) continue;
            IPaymentChannel.Channel memory channel = _latest[id];
            assertEq(commitment, keccak256(abi.encode(channel)), "ledger out of sync with commitment");
            owed += channel.escrow - channel.withdrawn;
        }
        assertEq(pti.balanceOf(address(channels)), owed, "tokens held != free balances + escrows");
    }

    function _track(bytes32 id, IPaymentChannel.Channel memory channel) internal {
        if (_latest[id].payer == address(0)) _channelIds.push(id);
        _latest[id] = channel;
    }

    function _actor(string memory name, bool registerKey, uint256 funds) internal returns (Actor memory actor) {
        actor = _newActor(name);
        _wallets.push(actor.wallet);
        if (registerKey) _registerKey(actor);
        if (funds != 0) _fund(actor.wallet, funds);
    }

    function _registerTerms(string memory cid, uint32 duration, uint32 segmentLength) internal returns (bytes32) {
        IVideoRegistry.Video memory input = _videoInput(publisher.comm, cid);
        input.duration = duration;
        input.segmentLength = segmentLength;
        vm.prank(publisher.wallet);
        return videos.register(input);
    }

    function _bidOn(Actor memory bidder, Actor memory counterparty, bytes32 video, uint128 rate)
        internal
        view
        returns (IPaymentChannel.Bid memory bid)
    {
        bid = _bid(bidder, counterparty);
        bid.video = video;
        bid.rate = rate;
    }

    function _openBid(Actor memory bidder, IPaymentChannel.Bid memory bid, address payee)
        internal
        returns (bytes32 id, IPaymentChannel.Channel memory channel)
    {
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(bidder, bid);
        vm.prank(payee);
        (id, channel) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, channel);
    }

    function _openTracked(Actor memory bidder, Actor memory counterparty)
        internal
        returns (bytes32 id, IPaymentChannel.Channel memory channel)
    {
        return _openBid(bidder, _bid(bidder, counterparty), counterparty.wallet);
    }

    function _expectOpenRevert(
        IPaymentChannel.Bid memory bid,
        bytes memory walletSignature,
        bytes memory bidderSignature,
        address caller,
        bytes memory err
    ) internal {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.open(bid, walletSignature, bidderSignature);
    }

    function _withdraw(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory channel, uint256 balance)
        internal
        returns (IPaymentChannel.Channel memory updated)
    {
        bytes memory signature = _pay(payer, id, balance);
        vm.prank(channel.payee);
        updated = channels.withdrawFromChannel(id, channel, balance, signature);
        _track(id, updated);
    }

    function _close(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory channel, uint256 balance) internal {
        bytes memory signature = _pay(payer, id, balance);
        vm.prank(channel.payee);
        channels.close(id, channel, balance, signature);
    }

    function _expectWithdrawRevert(
        bytes32 id,
        IPaymentChannel.Channel memory channel,
        uint256 balance,
        bytes memory signature,
        address caller,
        bytes memory err
    ) internal {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.withdrawFromChannel(id, channel, balance, signature);
    }

    function _expectCloseRevert(
        bytes32 id,
        IPaymentChannel.Channel memory channel,
        uint256 balance,
        bytes memory signature,
        address caller,
        bytes memory err
    ) internal {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.close(id, channel, balance, signature);
    }

    function _request(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory channel, uint256 balance)
        internal
        view
        returns (IPaymentChannel.CloseRequest memory)
    {
        return IPaymentChannel.CloseRequest({
            channelId: id, channel: channel, balance: balance, signature: _pay(payer, id, balance)
        });
    }

    function _price() internal pure returns (uint256) {
        return uint256(RATE) * SEGMENT_LENGTH;
    }

    function _escrow() internal pure returns (uint256) {
        return uint256(RATE) * DURATION;
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    function _nonceFrom(bytes32 channelId) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(uint256(channelId))));
    }

    // EIP-712, computed from the type strings rather than from the contract's constants.

    function _domainSeparator() internal view returns (bytes32) {
        return
            keccak256(
                abi.encode(DOMAIN_TYPEHASH, keccak256("Paratii"), keccak256("1"), block.chainid, address(channels))
            );
    }

    function _bidStructHash(IPaymentChannel.Bid memory bid) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(bytes(BID_TYPE)),
                bid.nonce,
                bid.rate,
                bid.expiration,
                bid.video,
                keccak256(bytes(bid.format)),
                bid.bidderKey,
                bid.counterpartyKey
            )
        );
    }

    function _typedDigest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    function _expectedBidDigest(IPaymentChannel.Bid memory bid) internal view returns (bytes32) {
        return _typedDigest(_bidStructHash(bid));
    }

    function _expectedSignedBidDigest(IPaymentChannel.Bid memory bid, bytes memory walletSignature)
        internal
        view
        returns (bytes32)
    {
        bytes32 typeHash = keccak256(bytes(string.concat(SIGNED_BID_TYPE, BID_TYPE)));
        return _typedDigest(keccak256(abi.encode(typeHash, _bidStructHash(bid), keccak256(walletSignature))));
    }

    function _expectedPaymentDigest(bytes32 channelId, uint256 balance) internal view returns (bytes32) {
        return _typedDigest(keccak256(abi.encode(keccak256(bytes(PAYMENT_TYPE)), channelId, balance)));
    }

    // Signature mangling.

    /// @dev The same signature with s replaced by n - s and v flipped: ecrecover accepts it, EIP-2 does not.
    function _highS(bytes memory signature) internal pure returns (bytes memory) {
        (bytes32 r, bytes32 s, uint8 v) = _split(signature);
        return abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
    }

    /// @dev A valid signature with one byte appended: its first 65 bytes still recover the signer, so only a
    /// length check rejects it.
    function _extend66(bytes memory signature) internal pure returns (bytes memory) {
        return bytes.concat(signature, hex"00");
    }

    function _truncate64(bytes memory signature) internal pure returns (bytes memory) {
        (bytes32 r, bytes32 s,) = _split(signature);
        return abi.encodePacked(r, s);
    }

    /// @dev 65 bytes that no key signed: v = 30 makes ecrecover return zero.
    function _garbage() internal pure returns (bytes memory) {
        return abi.encodePacked(keccak256("r"), keccak256("s") >> 8, uint8(30));
    }

    function _split(bytes memory signature) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
    }

    function _permit(Actor memory owner, uint256 amount, uint256 deadline, uint256 signingKey)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(PERMIT_TYPEHASH, owner.wallet, address(channels), amount, pti.nonces(owner.wallet), deadline)
        );
        return vm.sign(signingKey, keccak256(abi.encodePacked("\x19\x01", pti.DOMAIN_SEPARATOR(), structHash)));
    }

    /// @dev A copy of `data` with the 32-byte word at byte `at` replaced.
    function _patched(bytes memory data, uint256 at, uint256 value) internal pure returns (bytes memory out) {
        out = bytes.concat(data);
        assembly ("memory-safe") {
            mstore(add(add(out, 0x20), at), value)
        }
    }

    function _wordAt(bytes memory data, uint256 at) internal pure returns (uint256 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x20), at))
        }
    }

    /// @dev The storage slot of `_accounts[wallet]`, located through a wallet whose balance is known rather
    /// than hard-coded, so that a change of layout fails loudly here instead of writing elsewhere.
    function _accountSlot(address wallet) internal view returns (bytes32) {
        for (uint256 i; i < 16; ++i) {
            bytes32 probe = keccak256(abi.encode(viewer.wallet, i));
            uint256 word = uint256(vm.load(address(channels), probe));
            if (word & type(uint96).max == channels.balanceOf(viewer.wallet) && word != 0) {
                return keccak256(abi.encode(wallet, i));
            }
        }
        revert("accounts mapping not found");
    }

    function _give(address wallet, uint256 amount) internal {
        vm.prank(treasury);
        assertTrue(pti.transfer(wallet, amount));
    }
}

contract PaymentChannelTest is PaymentChannelFixtures {
    // ---------------------------------------------------------------- constructor

    function test_constructor_WiresTokenAndRegistries() public view {
        assertEq(address(channels.token()), address(pti));
        assertEq(address(channels.userRegistry()), address(users));
        assertEq(address(channels.videoRegistry()), address(videos));
    }

    // ---------------------------------------------------------------- deposit

    function test_deposit_CreditsBalanceAndMovesTokens() public solvent {
        _give(viewer.wallet, 5 ether);
        vm.prank(viewer.wallet);
        pti.approve(address(channels), 5 ether);
        uint256 held = pti.balanceOf(address(channels));

        vm.expectEmit(address(channels));
        emit IPaymentChannel.Deposited(viewer.wallet, 5 ether);
        vm.expectEmit(address(pti));
        emit IERC20.Transfer(viewer.wallet, address(channels), 5 ether);
        vm.prank(viewer.wallet);
        channels.deposit(5 ether);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 5 ether);
        assertEq(pti.balanceOf(viewer.wallet), 0);
        assertEq(pti.balanceOf(address(channels)), held + 5 ether);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }

    function test_deposit_RevertWhen_ZeroAmount() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.deposit(0);
    }

    function test_deposit_RevertWhen_NoAllowance() public solvent {
        _give(viewer.wallet, 5 ether);
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(channels), 0, 5 ether)
        );
        channels.deposit(5 ether);
    }

    function test_deposit_RevertWhen_NoTokens() public solvent {
        vm.startPrank(viewer.wallet);
        pti.approve(address(channels), 5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, viewer.wallet, 0, 5 ether)
        );
        channels.deposit(5 ether);
        vm.stopPrank();
    }

    function test_deposit_RevertWhen_AmountAloneExceeds96Bits() public solvent {
        uint256 amount = uint256(type(uint96).max) + 1;
        vm.prank(publisher.wallet);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceOverflow.selector, publisher.wallet, 0, amount));
        channels.deposit(amount);
    }

    /// @dev PTI itself caps its supply at 2^96 - 1, so the only way to overflow a free balance with real
    /// tokens is a holder of the whole maximum supply depositing all of it and then one more wei.
    function test_deposit_RevertWhen_BalanceWouldPass96Bits() public {
        address whale = makeAddr("whale");
        PTI big = new PTI(whale, type(uint96).max);
        PaymentChannel other = new PaymentChannel(big, users, videos);
        vm.startPrank(whale);
        big.approve(address(other), type(uint256).max);
        other.deposit(type(uint96).max);
        assertEq(other.balanceOf(whale), type(uint96).max);

        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.BalanceOverflow.selector, whale, uint256(type(uint96).max), 1)
        );
        other.deposit(1);
        vm.stopPrank();
        assertEq(big.balanceOf(address(other)), type(uint96).max);
    }

    // ---------------------------------------------------------------- depositWithPermit

    function test_depositWithPermit_DepositsInOneCall() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, viewer.walletKey);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.Deposited(viewer.wallet, 7 ether);
        vm.prank(viewer.wallet);
        channels.depositWithPermit(7 ether, deadline, v, r, s);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 7 ether);
        assertEq(pti.balanceOf(viewer.wallet), 0);
        assertEq(pti.nonces(viewer.wallet), 1);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }

    /// @dev A front-runner who submits the permit first burns its nonce; the deposit must still succeed
    /// because the allowance it granted is all the transfer needs.
    function test_depositWithPermit_SucceedsAfterFrontRunPermit() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, viewer.walletKey);
        vm.prank(makeAddr("frontRunner"));
        pti.permit(viewer.wallet, address(channels), 7 ether, deadline, v, r, s);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 7 ether);

        vm.prank(viewer.wallet);
        channels.depositWithPermit(7 ether, deadline, v, r, s);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 7 ether);
        assertEq(pti.allowance(viewer.wallet, address(channels)), 0);
    }

    function test_depositWithPermit_RevertWhen_BadPermitAndNoAllowance() public solvent {
        _give(viewer.wallet, 7 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 7 ether, deadline, advertiser.walletKey);
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(channels), 0, 7 ether)
        );
        channels.depositWithPermit(7 ether, deadline, v, r, s);
    }

    function test_depositWithPermit_RevertWhen_ZeroAmount() public solvent {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(viewer, 0, deadline, viewer.walletKey);
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.depositWithPermit(0, deadline, v, r, s);
    }

    // ---------------------------------------------------------------- withdraw

    function test_withdraw_ReturnsTokens() public solvent {
        uint256 held = pti.balanceOf(address(channels));
        vm.expectEmit(address(channels));
        emit IPaymentChannel.Withdrawn(viewer.wallet, 300 ether);
        vm.expectEmit(address(pti));
        emit IERC20.Transfer(address(channels), viewer.wallet, 300 ether);
        vm.prank(viewer.wallet);
        channels.withdraw(300 ether);

        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 300 ether);
        assertEq(pti.balanceOf(viewer.wallet), 300 ether);
        assertEq(pti.balanceOf(address(channels)), held - 300 ether);
    }

    function test_withdraw_WholeBalance() public solvent {
        vm.prank(viewer.wallet);
        channels.withdraw(FUNDS);
        assertEq(channels.balanceOf(viewer.wallet), 0);
        assertEq(pti.balanceOf(viewer.wallet), FUNDS);
    }

    function test_withdraw_RevertWhen_ZeroAmount() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(IPaymentChannel.ZeroAmount.selector);
        channels.withdraw(0);
    }

    function test_withdraw_RevertWhen_InsufficientBalance() public solvent {
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, viewer.wallet, FUNDS, FUNDS + 1)
        );
        channels.withdraw(FUNDS + 1);
    }

    function test_withdraw_RevertWhen_FundsAreInEscrow() public solvent {
        _openTracked(viewer, publisher);
        uint256 free = FUNDS - _escrow();
        vm.prank(viewer.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, viewer.wallet, free, FUNDS)
        );
        channels.withdraw(FUNDS);
    }

    // ---------------------------------------------------------------- open

    function test_open_ContentBid() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(viewer, bid);
        bytes32 expectedId = _expectedBidDigest(bid);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            expectedId,
            viewer.wallet,
            publisher.wallet,
            videoId,
            keccak256(bytes(FORMAT)),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory channel) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, channel);

        assertEq(id, expectedId);
        assertEq(channel.payer, viewer.wallet);
        assertEq(channel.payee, publisher.wallet);
        assertEq(channel.pricePerSegment, _price());
        assertEq(channel.escrow, _escrow());
        assertEq(channel.withdrawn, 0);
        assertEq(channel.expiration, bid.expiration);
        assertEq(channels.channelHash(id), keccak256(abi.encode(channel)));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
    }

    /// @dev An advertiser paying a viewer for attention is the same call with the roles swapped.
    function test_open_AttentionBid() public solvent {
        IPaymentChannel.Bid memory bid = _bid(advertiser, viewer);
        (bytes memory ws, bytes memory bs) = _signBid(advertiser, bid);
        bytes32 expectedId = _expectedBidDigest(bid);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            expectedId,
            advertiser.wallet,
            viewer.wallet,
            videoId,
            keccak256(bytes(FORMAT)),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(viewer.wallet);
        (bytes32 id, IPaymentChannel.Channel memory channel) = channels.open(bid, ws, bs);
        _track(id, channel);

        assertEq(id, expectedId);
        assertEq(channel.payer, advertiser.wallet);
        assertEq(channel.payee, viewer.wallet);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS - _escrow());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
        assertEq(channels.nonceOf(advertiser.wallet), _nonceFrom(id));
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));

        IPaymentChannel.Channel memory updated = _withdraw(advertiser, id, channel, 2);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS + 2 * _price());
        assertEq(updated.withdrawn, 2 * _price());
    }

    function test_open_ChainsNonces() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        assertEq(bid.nonce, _nonceFrom(first));
        (bytes32 second,) = _openBid(viewer, bid, publisher.wallet);
        assertTrue(second != first);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(second));
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 2 * _escrow());
    }

    function test_open_WithExactBalance() public solvent {
        Actor memory payer = _actor("exact", true, _escrow());
        (, IPaymentChannel.Channel memory channel) = _openTracked(payer, publisher);
        assertEq(channel.escrow, _escrow());
        assertEq(channels.balanceOf(payer.wallet), 0);
    }

    /// @dev An unregistered bidder key is anonymous viewing: the wallet signature alone authorises it, and
    /// the wallet need not be registered either.
    function test_open_AnonymousBidderKey() public solvent {
        Actor memory anon = _actor("anon", false, FUNDS);
        (address keyWallet,) = users.keyOf(anon.comm);
        assertEq(keyWallet, address(0));
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(anon, publisher);
        assertEq(channel.payer, anon.wallet);
        assertEq(channels.nonceOf(anon.wallet), _nonceFrom(id));
        assertEq(channels.balanceOf(anon.wallet), FUNDS - _escrow());
    }

    function test_open_SecondFormat() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.format = "360p30";
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelOpened(
            _expectedBidDigest(bid),
            viewer.wallet,
            publisher.wallet,
            videoId,
            keccak256("360p30"),
            _price(),
            _escrow(),
            bid.expiration
        );
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory channel) = channels.open(bid, ws, bs);
        _track(id, channel);
    }

    /// @dev Signatures made over digests computed off-chain from the type strings open a channel: clients
    /// need nothing from the contract to sign.
    function test_open_WithIndependentlyComputedDigests() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bytes memory walletSignature = _sign(viewer.walletKey, _expectedBidDigest(bid));
        bytes memory bidderSignature = _sign(viewer.commKey, _expectedSignedBidDigest(bid, walletSignature));
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory channel) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, channel);
        assertEq(channel.payer, viewer.wallet);

        bytes memory payment = _sign(viewer.walletKey, _expectedPaymentDigest(id, 3));
        vm.prank(publisher.wallet);
        _track(id, channels.withdrawFromChannel(id, channel, 3, payment));
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
    }

    function test_open_RevertWhen_ZeroRate() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.rate = 0;
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(bid, ws, bs, publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ZeroRate.selector));
    }

    function test_open_RevertWhen_BidExpiresNow() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.warp(bid.expiration);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BidExpired.selector, bid.expiration, block.timestamp)
        );
    }

    function test_open_RevertWhen_BidExpired() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.warp(uint256(bid.expiration) + 1 days);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.BidExpired.selector, bid.expiration, uint256(bid.expiration) + 1 days
            )
        );
    }

    function test_open_OneSecondBeforeExpiration() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        vm.warp(uint256(bid.expiration) - 1);
        (, IPaymentChannel.Channel memory channel) = _openBid(viewer, bid, publisher.wallet);
        assertEq(channel.expiration, bid.expiration);
    }

    function test_open_RevertWhen_WalletSignatureIs64Bytes() public solvent {
        _checkMalformedWalletSignature(_truncate64);
    }

    function test_open_RevertWhen_WalletSignatureHasHighS() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        bytes memory highS = _highS(ws);
        // The mangled signature still recovers the wallet: only the EIP-2 rule rejects it.
        (bytes32 r, bytes32 s, uint8 v) = _split(highS);
        assertEq(ecrecover(channels.bidDigest(bid), v, r, s), viewer.wallet);
        _checkMalformedWalletSignature(_highS);
    }

    function test_open_RevertWhen_WalletSignatureIs66Bytes() public solvent {
        _checkMalformedWalletSignature(_extend66);
    }

    function test_open_RevertWhen_WalletSignatureIsGarbage() public solvent {
        _checkMalformedWalletSignature(_garbageOf);
    }

    function _garbageOf(bytes memory) internal pure returns (bytes memory) {
        return _garbage();
    }

    /// @dev The bidder key signs the malformed wallet signature so that only the wallet check can fail.
    function _checkMalformedWalletSignature(function(bytes memory) internal pure returns (bytes memory) mangle)
        internal
    {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        bytes memory bad = mangle(ws);
        bytes memory bs = _sign(viewer.commKey, channels.signedBidDigest(bid, bad));
        bytes32 id = channels.bidDigest(bid);
        _expectOpenRevert(
            bid, bad, bs, publisher.wallet, abi.encodeWithSelector(IPaymentChannel.InvalidWalletSignature.selector, id)
        );
    }

    function test_open_RevertWhen_BidderSignatureByOtherKey() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        bytes memory bs = _sign(advertiser.commKey, channels.signedBidDigest(bid, ws));
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidBidderSignature.selector, viewer.comm, advertiser.comm)
        );
    }

    /// @dev The communication signature binds the wallet signature: reusing it next to another wallet's
    /// signature of the same bid must fail, with whatever address the mismatched digest recovers.
    function test_open_RevertWhen_BidderSignedOtherWalletSignature() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (, bytes memory bs) = _signBid(viewer, bid);
        bytes memory otherWs = _sign(advertiser.walletKey, channels.bidDigest(bid));
        address recovered = ECDSA.recover(channels.signedBidDigest(bid, otherWs), bs);
        assertTrue(recovered != viewer.comm);
        _expectOpenRevert(
            bid,
            otherWs,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidBidderSignature.selector, viewer.comm, recovered)
        );
    }

    function test_open_RevertWhen_BidderSignatureMalformed() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.InvalidBidderSignature.selector, viewer.comm, address(0));
        _expectOpenRevert(bid, ws, _highS(bs), publisher.wallet, err);
        _expectOpenRevert(bid, ws, _truncate64(bs), publisher.wallet, err);
        _expectOpenRevert(bid, ws, _extend66(bs), publisher.wallet, err);
        _expectOpenRevert(bid, ws, _garbage(), publisher.wallet, err);
        _expectOpenRevert(bid, ws, "", publisher.wallet, err);
    }

    /// @dev Recovery yields address(0) for a malformed signature; a bid naming the zero key must not be
    /// satisfied by that, or the bidder signature would not be checked at all.
    function test_open_RevertWhen_BidderKeyZeroAndSignatureMalformed() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.bidderKey = address(0);
        bytes memory ws = _sign(viewer.walletKey, channels.bidDigest(bid));
        bytes memory err =
            abi.encodeWithSelector(IPaymentChannel.InvalidBidderSignature.selector, address(0), address(0));
        _expectOpenRevert(bid, ws, "", publisher.wallet, err);
        _expectOpenRevert(bid, ws, _garbage(), publisher.wallet, err);
    }

    /// @dev `open` calls the registries with raw staticcalls; a registry that fails must stop it, with the
    /// registry's own revert data, as a high-level call would.
    function test_open_RevertWhen_UserRegistryReverts() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory reason = abi.encodeWithSignature("Error(string)", "registry down");
        vm.mockCallRevert(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), reason);
        _expectOpenRevert(bid, ws, bs, publisher.wallet, reason);
    }

    /// @dev A registry answer shorter than the ABI says (a wrong address wired in at deploy) is refused
    /// rather than read as zeros.
    function test_open_RevertWhen_UserRegistryAnswerShort() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.mockCall(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), hex"01");
        _expectOpenRevert(bid, ws, bs, publisher.wallet, "");
    }

    function test_open_RevertWhen_VideoRegistryReverts() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory reason = abi.encodeWithSignature("Error(string)", "registry down");
        vm.mockCallRevert(address(videos), abi.encodeWithSelector(IVideoRegistry.termsOf.selector), reason);
        _expectOpenRevert(bid, ws, bs, publisher.wallet, reason);
    }

    function test_open_RevertWhen_VideoRegistryAnswerShort() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.mockCall(address(videos), abi.encodeWithSelector(IVideoRegistry.termsOf.selector), hex"01");
        _expectOpenRevert(bid, ws, bs, publisher.wallet, "");
    }

    function test_open_RevertWhen_PayerIsCaller() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, viewer);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid, ws, bs, viewer.wallet, abi.encodeWithSelector(IPaymentChannel.SelfChannel.selector, viewer.wallet)
        );
    }

    function test_open_RevertWhen_CallerDoesNotOwnCounterpartyKey() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            advertiser.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.CounterpartyKeyNotAuthorized.selector, publisher.comm, advertiser.wallet
            )
        );
    }

    function test_open_RevertWhen_CounterpartyKeyRevoked() public solvent {
        Actor memory second = _newActor("publisher.second");
        second.wallet = publisher.wallet;
        second.walletKey = publisher.walletKey;
        _registerKey(second);
        vm.prank(publisher.wallet);
        users.revokeKey(second.comm);

        IPaymentChannel.Bid memory bid = _bid(viewer, second);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.CounterpartyKeyNotAuthorized.selector, second.comm, publisher.wallet)
        );
    }

    function test_open_RevertWhen_CounterpartyKeyUnregistered() public solvent {
        Actor memory stranger = _newActor("stranger");
        IPaymentChannel.Bid memory bid = _bid(viewer, stranger);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            stranger.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.CounterpartyKeyNotAuthorized.selector, stranger.comm, stranger.wallet
            )
        );
    }

    function test_open_RevertWhen_BidderKeyBelongsToOtherWallet() public solvent {
        Actor memory impostor = viewer;
        impostor.comm = advertiser.comm;
        impostor.commKey = advertiser.commKey;
        IPaymentChannel.Bid memory bid = _bid(impostor, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(impostor, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.BidderKeyNotAuthorized.selector, advertiser.comm, advertiser.wallet, true, viewer.wallet
            )
        );
    }

    function test_open_RevertWhen_BidderKeyRevoked() public solvent {
        vm.prank(viewer.wallet);
        users.revokeKey(viewer.comm);
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.BidderKeyNotAuthorized.selector, viewer.comm, viewer.wallet, false, viewer.wallet
            )
        );
    }

    /// @dev While the first channel is open its commitment answers first; once it is gone the payer's
    /// advanced nonce still refuses the bid, so a bid never opens two channels.
    function test_open_RevertWhen_SameBidOpenedTwice() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory channel) = channels.open(bid, ws, bs);
        _track(id, channel);

        _expectOpenRevert(
            bid, ws, bs, publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelAlreadyOpen.selector, id)
        );

        vm.prank(publisher.wallet);
        channels.close(id, channel, 0, "");
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NonceMismatch.selector, viewer.wallet, _nonceFrom(id), bytes32(0))
        );
    }

    function test_open_RevertWhen_BidSignedBeforeAnotherChannelOpened() public solvent {
        IPaymentChannel.Bid memory toAdvertiser = _bid(viewer, advertiser);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, toAdvertiser);
        (bytes32 id,) = _openTracked(viewer, publisher);
        _expectOpenRevert(
            toAdvertiser,
            ws,
            bs,
            advertiser.wallet,
            abi.encodeWithSelector(IPaymentChannel.NonceMismatch.selector, viewer.wallet, _nonceFrom(id), bytes32(0))
        );
    }

    function test_open_RevertWhen_NonceFromTheFuture() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.nonce = bytes32(uint256(1));
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.NonceMismatch.selector, viewer.wallet, bytes32(0), bytes32(uint256(1))
            )
        );
    }

    /// @dev Two wallets sharing one unregistered key sign the identical bid at nonce 0, so both bids have the
    /// same digest; the second must not overwrite the first channel's commitment.
    function test_open_RevertWhen_TwoWalletsShareKeyAndNonce() public solvent {
        Actor memory shared = _newActor("shared");
        Actor memory first = _actor("first", false, FUNDS);
        Actor memory second = _actor("second", false, FUNDS);
        first.comm = shared.comm;
        first.commKey = shared.commKey;
        second.comm = shared.comm;
        second.commKey = shared.commKey;

        IPaymentChannel.Bid memory bid = _bid(first, publisher);
        assertEq(keccak256(abi.encode(bid)), keccak256(abi.encode(_bid(second, publisher))));
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openBid(first, bid, publisher.wallet);
        bytes32 commitment = channels.channelHash(id);

        (bytes memory ws, bytes memory bs) = _signBid(second, bid);
        _expectOpenRevert(
            bid, ws, bs, publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelAlreadyOpen.selector, id)
        );
        assertEq(channels.channelHash(id), commitment);
        assertEq(channel.payer, first.wallet);
        assertEq(channels.balanceOf(second.wallet), FUNDS);
    }

    function test_open_RevertWhen_VideoUnknown() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.video = keccak256("QmNotRegistered");
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.VideoNotAvailable.selector, bid.video, keccak256(bytes(FORMAT)))
        );
    }

    function test_open_RevertWhen_FormatUnknown() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.format = "1080p60";
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.VideoNotAvailable.selector, videoId, keccak256("1080p60"))
        );
    }

    function test_open_RevertWhen_VideoUnlisted() public solvent {
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.VideoNotAvailable.selector, videoId, keccak256(bytes(FORMAT)))
        );
    }

    function test_open_RevertWhen_InsufficientBalance() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        // casting to 'uint128' is safe because FUNDS / DURATION is 10 ether
        // forge-lint: disable-next-line(unsafe-typecast)
        bid.rate = uint128(FUNDS / DURATION + 1);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(
                IPaymentChannel.InsufficientBalance.selector, viewer.wallet, FUNDS, uint256(bid.rate) * DURATION
            )
        );
    }

    function test_open_RevertWhen_BalanceOneWeiShort() public solvent {
        Actor memory payer = _actor("short", true, _escrow() - 1);
        IPaymentChannel.Bid memory bid = _bid(payer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(payer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, payer.wallet, _escrow() - 1, _escrow())
        );
    }

    /// @dev Unlisting stops new channels only; one already open keeps paying out and closing.
    function test_open_ChannelSurvivesUnlisting() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        (bytes32 other, IPaymentChannel.Channel memory otherChannel) = _openTracked(advertiser, publisher);
        vm.prank(publisher.wallet);
        videos.unlist(videoId);

        channel = _withdraw(viewer, id, channel, 4);
        assertEq(channels.balanceOf(publisher.wallet), 4 * _price());
        _close(viewer, id, channel, 6);
        assertEq(channels.balanceOf(publisher.wallet), 6 * _price());
        assertEq(channels.channelHash(id), 0);

        vm.warp(otherChannel.expiration);
        channels.settle(other, otherChannel);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS);
    }

    // ---------------------------------------------------------------- withdrawFromChannel

    function test_withdrawFromChannel_CreditsIncreases() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);

        bytes memory signature = _pay(viewer, id, 3);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(id, 3, 3 * _price(), 3 * _price());
        vm.prank(publisher.wallet);
        IPaymentChannel.Channel memory updated = channels.withdrawFromChannel(id, channel, 3, signature);
        _track(id, updated);

        assertEq(updated.withdrawn, 3 * _price());
        assertEq(updated.payer, channel.payer);
        assertEq(updated.payee, channel.payee);
        assertEq(updated.escrow, channel.escrow);
        assertEq(updated.pricePerSegment, channel.pricePerSegment);
        assertEq(updated.expiration, channel.expiration);
        assertEq(channels.channelHash(id), keccak256(abi.encode(updated)));
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());

        // The returned struct is what the next call needs.
        signature = _pay(viewer, id, 10);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(id, 10, 7 * _price(), 10 * _price());
        vm.prank(publisher.wallet);
        updated = channels.withdrawFromChannel(id, updated, 10, signature);
        _track(id, updated);
        assertEq(updated.withdrawn, 10 * _price());
        assertEq(channels.balanceOf(publisher.wallet), 10 * _price());
    }

    function test_withdrawFromChannel_FullPaymentPaysEscrow() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        IPaymentChannel.Channel memory updated = _withdraw(viewer, id, channel, _maxSegments());
        assertEq(updated.withdrawn, _escrow());
        assertEq(channels.balanceOf(publisher.wallet), _escrow());
        // Nothing is left to withdraw, but the channel stays open until closed or settled.
        assertTrue(channels.channelHash(id) != 0);
    }

    function test_withdrawFromChannel_RevertWhen_SameBalanceTwice() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 5);
        bytes memory signature = _pay(viewer, id, 5);
        _expectWithdrawRevert(
            id,
            channel,
            5,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, id, 5 * _price(), 5 * _price())
        );
    }

    function test_withdrawFromChannel_RevertWhen_LowerBalance() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 5);
        bytes memory signature = _pay(viewer, id, 4);
        _expectWithdrawRevert(
            id,
            channel,
            4,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, id, 4 * _price(), 5 * _price())
        );
    }

    function test_withdrawFromChannel_RevertWhen_ZeroBalance() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        _expectWithdrawRevert(
            id,
            channel,
            0,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, id, 0, 0)
        );
    }

    function test_withdrawFromChannel_RevertWhen_SignedBySomeoneElse() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(advertiser, id, 3);
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, advertiser.wallet)
        );
    }

    /// @dev Payments are signed by the payer's wallet; its communication key is not a substitute.
    function test_withdrawFromChannel_RevertWhen_SignedByPayerCommKey() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _sign(viewer.commKey, channels.paymentDigest(id, 3));
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, viewer.comm)
        );
    }

    /// @dev A payment signed for one channel moves nothing in another, even between the same two parties.
    function test_withdrawFromChannel_RevertWhen_PaymentForOtherChannel() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, first, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(second, 3), signature);
        assertTrue(recovered != viewer.wallet);
        _expectWithdrawRevert(
            second,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }

    /// @dev A signature for a different balance of the same channel recovers someone else.
    function test_withdrawFromChannel_RevertWhen_PaymentForOtherBalance() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(id, 4), signature);
        _expectWithdrawRevert(
            id,
            channel,
            4,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, recovered)
        );
    }

    function test_withdrawFromChannel_RevertWhen_PaymentSignatureMalformed() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory good = _pay(viewer, id, 3);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, address(0));
        _expectWithdrawRevert(id, channel, 3, _highS(good), publisher.wallet, err);
        _expectWithdrawRevert(id, channel, 3, _truncate64(good), publisher.wallet, err);
        _expectWithdrawRevert(id, channel, 3, _extend66(good), publisher.wallet, err);
        _expectWithdrawRevert(id, channel, 3, _garbage(), publisher.wallet, err);
        _expectWithdrawRevert(id, channel, 3, "", publisher.wallet, err);
    }

    function test_withdrawFromChannel_RevertWhen_BalanceExceedsSegments() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        uint256 tooMany = _maxSegments() + 1;
        bytes memory signature = _pay(viewer, id, tooMany);
        _expectWithdrawRevert(
            id,
            channel,
            tooMany,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, tooMany, _maxSegments())
        );
    }

    /// @dev 10 s in 4 s segments: three segments, the last one 2 s long, so paying all three is worth the
    /// escrow (10 x rate), not 3 x price (12 x rate).
    function test_withdrawFromChannel_PartialLastSegmentCapsAtEscrow() public solvent {
        bytes32 video = _registerTerms("QmPartialSegment", 10, 4);
        (bytes32 id, IPaymentChannel.Channel memory channel) =
            _openBid(viewer, _bidOn(viewer, publisher, video, RATE), publisher.wallet);
        assertEq(channel.pricePerSegment, 4 * uint256(RATE));
        assertEq(channel.escrow, 10 * uint256(RATE));

        channel = _withdraw(viewer, id, channel, 2);
        assertEq(channel.withdrawn, 8 * uint256(RATE));

        bytes memory signature = _pay(viewer, id, 3);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelWithdrawn(id, 3, 2 * uint256(RATE), 10 * uint256(RATE));
        vm.prank(publisher.wallet);
        channel = channels.withdrawFromChannel(id, channel, 3, signature);
        _track(id, channel);
        assertEq(channels.balanceOf(publisher.wallet), 10 * uint256(RATE));

        signature = _pay(viewer, id, 4);
        _expectWithdrawRevert(
            id,
            channel,
            4,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, 4, 3)
        );
    }

    function test_withdrawFromChannel_RevertWhen_NotPayee() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 3);
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            advertiser.wallet,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, id, advertiser.wallet)
        );
        // Not even the payer can pull the payee's share.
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            viewer.wallet,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, id, viewer.wallet)
        );
    }

    function test_withdrawFromChannel_RevertWhen_Expired() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 3);
        vm.warp(channel.expiration);
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, id, channel.expiration)
        );
        vm.warp(uint256(channel.expiration) + 30 days);
        _expectWithdrawRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, id, channel.expiration)
        );
    }

    function test_withdrawFromChannel_OneSecondBeforeExpiration() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.warp(uint256(channel.expiration) - 1);
        _withdraw(viewer, id, channel, 3);
        assertEq(channels.balanceOf(publisher.wallet), 3 * _price());
    }

    function test_withdrawFromChannel_RevertWhen_StructTampered() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 3);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id);

        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.escrow = channel.escrow * 2;
        _expectWithdrawRevert(id, tampered, 3, signature, publisher.wallet, err);

        tampered = _copy(channel);
        tampered.pricePerSegment = channel.pricePerSegment * 2;
        _expectWithdrawRevert(id, tampered, 3, signature, publisher.wallet, err);

        tampered = _copy(channel);
        tampered.expiration = channel.expiration + 1;
        _expectWithdrawRevert(id, tampered, 3, signature, publisher.wallet, err);

        // Naming oneself payee does not help: the commitment fails before the payee check.
        tampered = _copy(channel);
        tampered.payee = advertiser.wallet;
        _expectWithdrawRevert(id, tampered, 3, signature, advertiser.wallet, err);
    }

    /// @dev Replaying the pre-withdraw struct (withdrawn = 0) would credit the same segments twice.
    function test_withdrawFromChannel_RevertWhen_StaleWithdrawn() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        _withdraw(viewer, id, channel, 3);
        bytes memory signature = _pay(viewer, id, 5);
        _expectWithdrawRevert(
            id,
            channel,
            5,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
        IPaymentChannel.Channel memory tampered = _copy(_latest[id]);
        tampered.withdrawn = 0;
        _expectWithdrawRevert(
            id,
            tampered,
            5,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
    }

    function test_withdrawFromChannel_RevertWhen_UnknownId() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes32 unknown = keccak256("unknown");
        bytes memory signature = _pay(viewer, unknown, 3);
        _expectWithdrawRevert(
            unknown,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, unknown)
        );
        _expectWithdrawRevert(
            bytes32(0),
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, bytes32(0))
        );
        assertTrue(channels.channelHash(id) != 0);
    }

    function test_withdrawFromChannel_RevertWhen_Closed() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        _close(viewer, id, channel, 2);
        bytes memory signature = _pay(viewer, id, 5);
        _expectWithdrawRevert(
            id,
            channel,
            5,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
    }

    function _copy(IPaymentChannel.Channel memory channel) internal pure returns (IPaymentChannel.Channel memory) {
        return abi.decode(abi.encode(channel), (IPaymentChannel.Channel));
    }

    // ---------------------------------------------------------------- close

    function test_close_PaysPayeeAndRefundsPayer() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 7);
        uint256 paid = 7 * _price();

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, 7, paid, _escrow() - paid);
        vm.prank(publisher.wallet);
        channels.close(id, channel, 7, signature);

        assertEq(channels.channelHash(id), 0);
        assertEq(channels.balanceOf(publisher.wallet), paid);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - paid);
        // The nonce stays at the closed channel: the next bid chains from it.
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
    }

    function test_close_AfterWithdrawCreditsOnlyTheRest() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 4);
        bytes memory signature = _pay(viewer, id, 9);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, 9, 5 * _price(), _escrow() - 9 * _price());
        vm.prank(publisher.wallet);
        channels.close(id, channel, 9, signature);

        assertEq(channels.balanceOf(publisher.wallet), 9 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 9 * _price());
    }

    function test_close_WithoutPaymentRefundsAll() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.close(id, channel, 0, "");

        assertEq(channels.channelHash(id), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
        assertEq(channels.balanceOf(publisher.wallet), 0);
    }

    /// @dev A payment worth no more than what was withdrawn moves nothing, so it needs no signature.
    function test_close_StalePaymentNeedsNoSignature() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 5);
        uint256 snapshot = vm.snapshotState();

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, 3, 0, _escrow() - 5 * _price());
        vm.prank(publisher.wallet);
        channels.close(id, channel, 3, "");
        assertEq(channels.balanceOf(publisher.wallet), 5 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 5 * _price());

        vm.revertToState(snapshot);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, 5, 0, _escrow() - 5 * _price());
        vm.prank(publisher.wallet);
        channels.close(id, channel, 5, _garbage());
        assertEq(channels.balanceOf(publisher.wallet), 5 * _price());
        assertEq(channels.channelHash(id), 0);
    }

    function test_close_FullPaymentLeavesNoRefund() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, _maxSegments());
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(id, _maxSegments(), _escrow(), 0);
        vm.prank(publisher.wallet);
        channels.close(id, channel, _maxSegments(), signature);
        assertEq(channels.balanceOf(publisher.wallet), _escrow());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
    }

    function test_close_RevertWhen_NewPaymentUnsigned() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 2);
        _expectCloseRevert(
            id,
            channel,
            3,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, address(0))
        );
    }

    function test_close_RevertWhen_SignedBySomeoneElse() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(publisher, id, 3);
        _expectCloseRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, id, publisher.wallet)
        );
    }

    function test_close_RevertWhen_PaymentForOtherChannel() public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, first, 3);
        address recovered = ECDSA.recover(channels.paymentDigest(second, 3), signature);
        _expectCloseRevert(
            second,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }

    function test_close_RevertWhen_BalanceExceedsSegments() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        uint256 tooMany = _maxSegments() + 1;
        bytes memory signature = _pay(viewer, id, tooMany);
        _expectCloseRevert(
            id,
            channel,
            tooMany,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, tooMany, _maxSegments())
        );
    }

    function test_close_RevertWhen_NotPayee() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        // The payer cannot close early to claw back its escrow.
        _expectCloseRevert(
            id,
            channel,
            0,
            "",
            viewer.wallet,
            abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, id, viewer.wallet)
        );
    }

    function test_close_RevertWhen_Expired() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 3);
        vm.warp(channel.expiration);
        _expectCloseRevert(
            id,
            channel,
            3,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, id, channel.expiration)
        );
    }

    function test_close_RevertWhen_StructTampered() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.withdrawn = 1;
        _expectCloseRevert(
            id, tampered, 0, "", publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
        tampered = _copy(channel);
        tampered.payer = advertiser.wallet;
        _expectCloseRevert(
            id, tampered, 0, "", publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
    }

    function test_close_RevertWhen_AlreadyClosed() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.prank(publisher.wallet);
        channels.close(id, channel, 0, "");
        _expectCloseRevert(
            id, channel, 0, "", publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id)
        );
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_close_RevertWhen_UnknownId() public solvent {
        (, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes32 unknown = keccak256("unknown");
        _expectCloseRevert(
            unknown,
            channel,
            0,
            "",
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, unknown)
        );
    }

    // ---------------------------------------------------------------- closeMany

    function test_closeMany_ClosesChannelsOfSeveralPayers() public solvent {
        Actor memory anon = _actor("anon", false, FUNDS);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](3);
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        (bytes32 c, IPaymentChannel.Channel memory cc) = _openTracked(anon, publisher);
        cb = _withdraw(advertiser, b, cb, 2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 6);
        requests[2] = IPaymentChannel.CloseRequest({channelId: c, channel: cc, balance: 0, signature: ""});

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(a, 3, 3 * _price(), _escrow() - 3 * _price());
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(b, 6, 4 * _price(), _escrow() - 6 * _price());
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(c, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.closeMany(requests);

        assertEq(channels.balanceOf(publisher.wallet), 9 * _price());
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 3 * _price());
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS - 6 * _price());
        assertEq(channels.balanceOf(anon.wallet), FUNDS);
        assertEq(channels.channelHash(a), 0);
        assertEq(channels.channelHash(b), 0);
        assertEq(channels.channelHash(c), 0);
    }

    function test_closeMany_RevertWhen_OneSignatureIsBad() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(viewer, b, cb, 3);
        _expectCloseManyRevert(
            requests, abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, b, viewer.wallet)
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_RevertWhen_OneChannelIsNotCallers() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, viewer);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 3);
        _expectCloseManyRevert(requests, abi.encodeWithSelector(IPaymentChannel.NotPayee.selector, b, publisher.wallet));
        _assertStillOpen(a, ca, b, cb);
    }

    /// @dev Listing one channel twice must not pay it twice.
    function test_closeMany_RevertWhen_ChannelListedTwice() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(viewer, a, ca, 3);
        _expectCloseManyRevert(requests, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, a));
        assertEq(channels.channelHash(a), keccak256(abi.encode(ca)));
    }

    function test_closeMany_RevertWhen_OneChannelExpired() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        IPaymentChannel.Bid memory bid = _bid(advertiser, publisher);
        bid.expiration = uint64(block.timestamp + 1 hours);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openBid(advertiser, bid, publisher.wallet);
        vm.warp(cb.expiration);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, 3);
        _expectCloseManyRevert(
            requests, abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, b, cb.expiration)
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_RevertWhen_OneBalanceExceedsSegments() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        (bytes32 b, IPaymentChannel.Channel memory cb) = _openTracked(advertiser, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](2);
        requests[0] = _request(viewer, a, ca, 3);
        requests[1] = _request(advertiser, b, cb, _maxSegments() + 1);
        _expectCloseManyRevert(
            requests,
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, _maxSegments() + 1, _maxSegments())
        );
        _assertStillOpen(a, ca, b, cb);
    }

    function test_closeMany_EmptyIsNoOp() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        uint256 publisherBalance = channels.balanceOf(publisher.wallet);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](0);
        vm.recordLogs();
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(channels.balanceOf(publisher.wallet), publisherBalance);
        assertEq(channels.channelHash(a), keccak256(abi.encode(ca)));
    }

    function _expectCloseManyRevert(IPaymentChannel.CloseRequest[] memory requests, bytes memory err) internal {
        vm.prank(publisher.wallet);
        vm.expectRevert(err);
        channels.closeMany(requests);
    }

    function _assertStillOpen(
        bytes32 a,
        IPaymentChannel.Channel memory ca,
        bytes32 b,
        IPaymentChannel.Channel memory cb
    ) internal view {
        assertEq(channels.channelHash(a), keccak256(abi.encode(ca)));
        assertEq(channels.channelHash(b), keccak256(abi.encode(cb)));
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(ca.payer), FUNDS - ca.escrow);
    }

    // ---------------------------------------------------------------- settle

    function test_settle_AnyoneAtExpirationRefundsUnwithdrawn() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 6);
        vm.warp(channel.expiration);

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(id, _escrow() - 6 * _price());
        vm.prank(makeAddr("keeper"));
        channels.settle(id, channel);

        assertEq(channels.channelHash(id), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - 6 * _price());
        assertEq(channels.balanceOf(publisher.wallet), 6 * _price());
    }

    function test_settle_LongAfterExpirationRefundsAll() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(advertiser, viewer);
        vm.warp(uint256(channel.expiration) + 365 days);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(id, _escrow());
        vm.prank(advertiser.wallet);
        channels.settle(id, channel);
        assertEq(channels.balanceOf(advertiser.wallet), FUNDS);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_settle_AfterFullWithdrawRefundsNothing() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, _maxSegments());
        vm.warp(channel.expiration);
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(id, 0);
        channels.settle(id, channel);
        assertEq(channels.channelHash(id), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - _escrow());
    }

    function test_settle_RevertWhen_NotExpired() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.warp(uint256(channel.expiration) - 1);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotExpired.selector, id, channel.expiration));
        channels.settle(id, channel);
    }

    function test_settle_RevertWhen_Closed() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.prank(publisher.wallet);
        channels.close(id, channel, 0, "");
        vm.warp(channel.expiration);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id));
        channels.settle(id, channel);
    }

    function test_settle_RevertWhen_SettledTwice() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.warp(channel.expiration);
        channels.settle(id, channel);
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id));
        channels.settle(id, channel);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    function test_settle_RevertWhen_StructTampered() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        channel = _withdraw(viewer, id, channel, 5);
        vm.warp(channel.expiration);
        // Claiming nothing was withdrawn would refund the payer what the payee already has.
        IPaymentChannel.Channel memory tampered = _copy(channel);
        tampered.withdrawn = 0;
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id));
        channels.settle(id, tampered);
        // An earlier expiration would let anyone settle early.
        tampered = _copy(channel);
        tampered.expiration = 1;
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id));
        channels.settle(id, tampered);
    }

    /// @dev From expiration on the payee can no longer act; only settle remains.
    function test_settle_PayeeLocksOutAtExpiration() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory signature = _pay(viewer, id, 4);
        vm.warp(channel.expiration);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.ChannelExpired.selector, id, channel.expiration);
        _expectWithdrawRevert(id, channel, 4, signature, publisher.wallet, err);
        _expectCloseRevert(id, channel, 4, signature, publisher.wallet, err);
        _expectCloseRevert(id, channel, 0, "", publisher.wallet, err);
        channels.settle(id, channel);
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    // ---------------------------------------------------------------- calldata and arithmetic edges

    /// @dev `open` and the digest views read the bid's head words raw. A typed field with dirty high bits must
    /// revert with no data, as the ABI decoder's typed read does, and never be hashed or used.
    function test_open_RevertWhen_BidFieldDirty() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        bytes memory view_ = abi.encodeCall(channels.bidDigest, (bid));
        // The bid tuple starts after the selector and the three head offsets of (Bid, bytes, bytes); in
        // `bidDigest(Bid)` after the selector and one offset. Fields: rate, expiration, bidderKey, counterpartyKey.
        uint256[4] memory fields = [uint256(0x20), 0x40, 0xa0, 0xc0];
        for (uint256 i; i < fields.length; ++i) {
            uint256 at = 4 + 0x60 + fields[i];
            _expectEmptyRevert(publisher.wallet, _patched(data, at, _wordAt(data, at) | (1 << 200)));
            at = 4 + 0x20 + fields[i];
            _expectEmptyRevert(publisher.wallet, _patched(view_, at, _wordAt(view_, at) | (1 << 200)));
        }
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));

        // The untouched calldata opens the channel, so the reverts above come from the dirty words alone.
        vm.prank(publisher.wallet);
        (bool ok, bytes memory ret) = address(channels).call(data);
        assertTrue(ok);
        (bytes32 id, IPaymentChannel.Channel memory channel) = abi.decode(ret, (bytes32, IPaymentChannel.Channel));
        _track(id, channel);
        assertEq(id, _expectedBidDigest(bid));
    }

    /// @dev The format string's offset and length must keep it inside the calldata.
    function test_open_RevertWhen_FormatOutOfCalldata() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory data = abi.encodeCall(channels.open, (bid, ws, bs));
        uint256 offsetAt = 4 + 0x60 + 0x80;
        uint256 lengthAt = 4 + 0x60 + _wordAt(data, offsetAt);
        assertEq(_wordAt(data, lengthAt), bytes(FORMAT).length);

        _expectEmptyRevert(publisher.wallet, _patched(data, offsetAt, data.length));
        _expectEmptyRevert(publisher.wallet, _patched(data, lengthAt, data.length));
        _expectEmptyRevert(publisher.wallet, _patched(data, lengthAt, uint256(type(uint64).max) + 1));
        assertEq(channels.nonceOf(viewer.wallet), bytes32(0));
    }

    /// @dev A `Channel` whose address or expiration word carries dirty high bits is not the committed channel,
    /// whatever its low bits say: the call fails and nothing moves.
    function test_withdrawFromChannel_RevertWhen_ChannelFieldDirty() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        bytes memory data = abi.encodeCall(channels.withdrawFromChannel, (id, channel, 3, _pay(viewer, id, 3)));
        // The static struct sits inline after the id: payer, payee, price, escrow, withdrawn, expiration.
        uint256[3] memory fields = [uint256(0x00), 0x20, 0xa0];
        for (uint256 i; i < fields.length; ++i) {
            uint256 at = 4 + 0x20 + fields[i];
            vm.prank(publisher.wallet);
            (bool ok, bytes memory ret) = address(channels).call(_patched(data, at, _wordAt(data, at) | (1 << 200)));
            assertFalse(ok);
            // Either the decoder's empty revert or the commitment mismatch, never a payout.
            if (ret.length != 0) assertEq(ret, abi.encodeWithSelector(IPaymentChannel.ChannelNotFound.selector, id));
        }
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.channelHash(id), keccak256(abi.encode(channel)));
    }

    function _expectEmptyRevert(address caller, bytes memory data) internal {
        vm.prank(caller);
        (bool ok, bytes memory ret) = address(channels).call(data);
        assertFalse(ok);
        assertEq(ret.length, 0);
    }

    /// @dev Unreachable with PTI, whose supply fits 96 bits; forced here through storage to show that a credit
    /// past 2^96 - 1 panics instead of wrapping the payee's balance.
    function test_withdrawFromChannel_RevertWhen_CreditWouldPass96Bits() public {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.store(address(channels), _accountSlot(publisher.wallet), bytes32(uint256(type(uint96).max)));
        assertEq(channels.balanceOf(publisher.wallet), type(uint96).max);
        bytes memory signature = _pay(viewer, id, 1);
        vm.prank(publisher.wallet);
        vm.expectRevert(stdError.arithmeticError);
        channels.withdrawFromChannel(id, channel, 1, signature);

        vm.prank(publisher.wallet);
        vm.expectRevert(stdError.arithmeticError);
        channels.close(id, channel, 1, signature);
    }

    function test_settle_RevertWhen_RefundWouldPass96Bits() public {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        vm.store(address(channels), _accountSlot(viewer.wallet), bytes32(uint256(type(uint96).max)));
        vm.warp(channel.expiration);
        vm.expectRevert(stdError.arithmeticError);
        channels.settle(id, channel);
    }

    /// @dev The order of the checks is part of the interface: cheap ones first, and each error names the first
    /// thing wrong with a bid.
    function test_open_ChecksInOrder() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.rate = 0;
        vm.warp(bid.expiration);
        _expectOpenRevert(bid, "", "", viewer.wallet, abi.encodeWithSelector(IPaymentChannel.ZeroRate.selector));

        bid.rate = RATE;
        _expectOpenRevert(
            bid,
            "",
            "",
            viewer.wallet,
            abi.encodeWithSelector(IPaymentChannel.BidExpired.selector, bid.expiration, block.timestamp)
        );

        // Stale nonce, unlisted format and a rate beyond the balance: the video is checked before the nonce,
        // and the nonce before the balance.
        vm.warp(1);
        (bytes32 id,) = _openTracked(viewer, publisher);
        bid = _bid(viewer, publisher);
        bid.nonce = 0;
        bid.rate = RATE * 1000;
        bid.format = "240p";
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.VideoNotAvailable.selector, videoId, keccak256("240p"))
        );
        bid.format = FORMAT;
        (ws, bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NonceMismatch.selector, viewer.wallet, _nonceFrom(id), bytes32(0))
        );
    }

    function test_closeMany_UnpaidChannelsCreditNothing() public solvent {
        (bytes32 a, IPaymentChannel.Channel memory ca) = _openTracked(viewer, publisher);
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](1);
        requests[0] = IPaymentChannel.CloseRequest({channelId: a, channel: ca, balance: 0, signature: ""});
        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelClosed(a, 0, 0, _escrow());
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(channels.balanceOf(publisher.wallet), 0);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS);
    }

    // ---------------------------------------------------------------- views

    function test_typeHashes_MatchTypeStrings() public view {
        assertEq(channels.BID_TYPEHASH(), keccak256(bytes(BID_TYPE)));
        assertEq(channels.SIGNED_BID_TYPEHASH(), keccak256(bytes(string.concat(SIGNED_BID_TYPE, BID_TYPE))));
        assertEq(channels.PAYMENT_TYPEHASH(), keccak256(bytes(PAYMENT_TYPE)));
    }

    function test_bidDigest_MatchesIndependentDigest() public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        assertEq(channels.bidDigest(bid), _expectedBidDigest(bid));
        bid.nonce = keccak256("nonce");
        bid.format = "";
        bid.bidderKey = address(0);
        assertEq(channels.bidDigest(bid), _expectedBidDigest(bid));
    }

    function test_bidDigest_FollowsChainId() public {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bytes32 here = channels.bidDigest(bid);
        vm.chainId(block.chainid + 1);
        bytes32 there = channels.bidDigest(bid);
        assertTrue(here != there);
        assertEq(there, _expectedBidDigest(bid));
    }

    function test_bidDigest_DependsOnEveryField() public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bytes32 base = channels.bidDigest(bid);
        IPaymentChannel.Bid memory other = _bid(viewer, publisher);
        other.nonce = bytes32(uint256(1));
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.rate = RATE + 1;
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.expiration = bid.expiration + 1;
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.video = keccak256("other");
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.format = "360p30";
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.bidderKey = advertiser.comm;
        assertTrue(channels.bidDigest(other) != base);
        other = _bid(viewer, publisher);
        other.counterpartyKey = advertiser.comm;
        assertTrue(channels.bidDigest(other) != base);
    }

    function test_signedBidDigest_MatchesIndependentDigest() public view {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        assertEq(channels.signedBidDigest(bid, ws), _expectedSignedBidDigest(bid, ws));
        assertEq(channels.signedBidDigest(bid, ""), _expectedSignedBidDigest(bid, ""));
        assertTrue(channels.signedBidDigest(bid, ws) != channels.signedBidDigest(bid, _highS(ws)));
    }

    function test_paymentDigest_MatchesIndependentDigest() public view {
        bytes32 id = keccak256("channel");
        assertEq(channels.paymentDigest(id, 0), _expectedPaymentDigest(id, 0));
        assertEq(channels.paymentDigest(id, 25), _expectedPaymentDigest(id, 25));
        assertEq(channels.paymentDigest(id, type(uint256).max), _expectedPaymentDigest(id, type(uint256).max));
    }

    function test_hashChannel_IsKeccakOfAbiEncoding() public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        assertEq(channels.hashChannel(channel), keccak256(abi.encode(channel)));
        assertEq(channels.hashChannel(channel), channels.channelHash(id));
        IPaymentChannel.Channel memory other = _copy(channel);
        other.withdrawn = 1;
        assertTrue(channels.hashChannel(other) != channels.hashChannel(channel));
    }

    function test_channelHash_ZeroWhenNotOpen() public view {
        assertEq(channels.channelHash(keccak256("nothing")), 0);
        assertEq(channels.channelHash(0), 0);
    }

    function test_payoutOf_Values() public solvent {
        (, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        assertEq(channels.payoutOf(channel, 0), 0);
        assertEq(channels.payoutOf(channel, 1), _price());
        assertEq(channels.payoutOf(channel, _maxSegments()), _escrow());
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, _maxSegments() + 1, _maxSegments())
        );
        channels.payoutOf(channel, _maxSegments() + 1);
    }

    function test_payoutOf_CapsPartialLastSegment() public view {
        IPaymentChannel.Channel memory channel = IPaymentChannel.Channel({
            payer: viewer.wallet, payee: publisher.wallet, pricePerSegment: 4, escrow: 10, withdrawn: 0, expiration: 1
        });
        assertEq(channels.payoutOf(channel, 2), 8);
        assertEq(channels.payoutOf(channel, 3), 10);
    }

    function test_payoutOf_RevertWhen_ZeroPrice() public {
        IPaymentChannel.Channel memory channel;
        channel.escrow = 100;
        vm.expectRevert(IPaymentChannel.ZeroRate.selector);
        channels.payoutOf(channel, 0);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Any terms a publisher can register: the payout is balance x price, capped at the escrow, both
    /// through `payoutOf` and through an actual withdraw; a full payment is worth exactly the escrow.
    function testFuzz_payoutOf_IsMinOfBalanceTimesPriceAndEscrow(
        uint128 rate,
        uint32 duration,
        uint32 segmentLength,
        uint256 balance
    ) public solvent {
        duration = uint32(bound(duration, 1, type(uint32).max));
        segmentLength = uint32(bound(segmentLength, 1, type(uint32).max));
        rate = uint128(bound(rate, 1, FUZZ_BUDGET / duration));
        uint256 escrow = uint256(rate) * duration;
        uint256 price = uint256(rate) * segmentLength;
        uint256 maxSegments = (uint256(duration) + segmentLength - 1) / segmentLength;

        bytes32 video = _registerTerms("QmFuzzTerms", duration, segmentLength);
        _fund(viewer.wallet, escrow);
        (bytes32 id, IPaymentChannel.Channel memory channel) =
            _openBid(viewer, _bidOn(viewer, publisher, video, rate), publisher.wallet);
        assertEq(channel.escrow, escrow);
        assertEq(channel.pricePerSegment, price);
        assertEq(channels.payoutOf(channel, maxSegments), escrow);

        balance = bound(balance, 1, maxSegments);
        uint256 expected = _min(balance * price, escrow);
        assertEq(channels.payoutOf(channel, balance), expected);

        _withdraw(viewer, id, channel, balance);
        assertEq(channels.balanceOf(publisher.wallet), expected);
    }

    function testFuzz_payoutOf_RevertWhen_BalanceAboveMaxSegments(
        uint128 rate,
        uint32 duration,
        uint32 segmentLength,
        uint256 balance
    ) public {
        duration = uint32(bound(duration, 1, type(uint32).max));
        segmentLength = uint32(bound(segmentLength, 1, type(uint32).max));
        rate = uint128(bound(rate, 1, type(uint128).max));
        uint256 maxSegments = (uint256(duration) + segmentLength - 1) / segmentLength;
        balance = bound(balance, maxSegments + 1, type(uint256).max);
        IPaymentChannel.Channel memory channel;
        channel.pricePerSegment = uint256(rate) * segmentLength;
        channel.escrow = uint256(rate) * duration;
        vm.expectRevert(abi.encodeWithSelector(IPaymentChannel.BalanceExceedsSegments.selector, balance, maxSegments));
        channels.payoutOf(channel, balance);
    }

    /// @dev Whatever was paid, withdrawn or refunded, the two parties' free balances after close add up to
    /// what they had before open, and the payee gets exactly the best payment it presented.
    function testFuzz_close_ConservesFreeBalances(
        uint128 rate,
        uint256 firstBalance,
        uint256 closeBalance,
        bool attention
    ) public solvent {
        rate = uint128(bound(rate, 1, FUNDS / DURATION));
        (Actor memory payer, Actor memory payee) = (viewer, publisher);
        if (attention) (payer, payee) = (advertiser, viewer);
        uint256 before = channels.balanceOf(payer.wallet) + channels.balanceOf(payee.wallet);
        uint256 payeeBefore = channels.balanceOf(payee.wallet);

        (bytes32 id, IPaymentChannel.Channel memory channel) =
            _openBid(payer, _bidOn(payer, payee, videoId, rate), payee.wallet);
        firstBalance = bound(firstBalance, 0, _maxSegments());
        closeBalance = bound(closeBalance, 0, _maxSegments());
        if (firstBalance != 0) channel = _withdraw(payer, id, channel, firstBalance);
        _close(payer, id, channel, closeBalance);

        uint256 earned = _min(
            (firstBalance > closeBalance ? firstBalance : closeBalance) * uint256(rate) * SEGMENT_LENGTH,
            uint256(rate) * DURATION
        );
        assertEq(channels.balanceOf(payer.wallet) + channels.balanceOf(payee.wallet), before);
        assertEq(channels.balanceOf(payee.wallet) - payeeBefore, earned);
        assertEq(channels.channelHash(id), 0);
    }

    /// @dev Any sequence of presented balances: withdrawn only grows, each step credits exactly the
    /// increase, and every non-increasing payment is refused with the values the contract saw.
    function testFuzz_withdrawFromChannel_WithdrawnIsMonotonic(uint256[6] memory balances) public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        for (uint256 i; i < balances.length; ++i) {
            uint256 balance = bound(balances[i], 0, _maxSegments());
            uint256 payout = _min(balance * _price(), _escrow());
            uint256 credited = channels.balanceOf(publisher.wallet);
            if (payout > channel.withdrawn) {
                IPaymentChannel.Channel memory updated = _withdraw(viewer, id, channel, balance);
                assertEq(updated.withdrawn, payout);
                assertEq(channels.balanceOf(publisher.wallet) - credited, payout - channel.withdrawn);
                channel = updated;
            } else {
                bytes memory signature = _pay(viewer, id, balance);
                _expectWithdrawRevert(
                    id,
                    channel,
                    balance,
                    signature,
                    publisher.wallet,
                    abi.encodeWithSelector(IPaymentChannel.NothingToWithdraw.selector, id, payout, channel.withdrawn)
                );
            }
            assertEq(channels.balanceOf(publisher.wallet), channel.withdrawn);
            assertLe(channel.withdrawn, channel.escrow);
        }
    }

    function testFuzz_settle_RefundsEscrowMinusWithdrawn(uint256 balance, uint256 delay) public solvent {
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        balance = bound(balance, 0, _maxSegments());
        if (balance != 0) channel = _withdraw(viewer, id, channel, balance);
        vm.warp(uint256(channel.expiration) + bound(delay, 0, 3650 days));

        vm.expectEmit(address(channels));
        emit IPaymentChannel.ChannelSettled(id, channel.escrow - channel.withdrawn);
        channels.settle(id, channel);
        assertEq(channels.balanceOf(viewer.wallet) + channels.balanceOf(publisher.wallet), FUNDS);
        assertEq(channels.balanceOf(publisher.wallet), balance * _price());
    }

    function testFuzz_open_LocksRateTimesDuration(uint128 rate, uint64 lifetime) public solvent {
        rate = uint128(bound(rate, 1, FUNDS / DURATION));
        IPaymentChannel.Bid memory bid = _bidOn(viewer, publisher, videoId, rate);
        bid.expiration = uint64(block.timestamp + bound(lifetime, 1, type(uint64).max - block.timestamp));
        (bytes32 id, IPaymentChannel.Channel memory channel) = _openBid(viewer, bid, publisher.wallet);
        assertEq(channel.escrow, uint256(rate) * DURATION);
        assertEq(channel.pricePerSegment, uint256(rate) * SEGMENT_LENGTH);
        assertEq(channel.expiration, bid.expiration);
        assertEq(channels.balanceOf(viewer.wallet), FUNDS - channel.escrow);
        assertEq(channels.nonceOf(viewer.wallet), _nonceFrom(id));
        assertEq(id, _expectedBidDigest(bid));
    }

    function testFuzz_deposit_WithdrawRoundTrip(uint256 amount, uint256 out) public solvent {
        amount = bound(amount, 1, pti.balanceOf(treasury));
        out = bound(out, 1, amount);
        uint256 held = pti.balanceOf(address(channels));
        _fund(publisher.wallet, amount);
        assertEq(channels.balanceOf(publisher.wallet), amount);
        assertEq(pti.balanceOf(address(channels)), held + amount);

        vm.prank(publisher.wallet);
        channels.withdraw(out);
        assertEq(channels.balanceOf(publisher.wallet), amount - out);
        assertEq(pti.balanceOf(publisher.wallet), out);

        uint256 left = amount - out;
        vm.prank(publisher.wallet);
        vm.expectRevert(
            abi.encodeWithSelector(IPaymentChannel.InsufficientBalance.selector, publisher.wallet, left, left + 1)
        );
        channels.withdraw(left + 1);
    }

    /// @dev A payment signed for one channel is refused by every other channel, whatever the balance.
    function testFuzz_withdrawFromChannel_PaymentBoundToChannel(uint256 balance) public solvent {
        (bytes32 first,) = _openTracked(viewer, publisher);
        (bytes32 second, IPaymentChannel.Channel memory channel) = _openTracked(viewer, publisher);
        balance = bound(balance, 1, _maxSegments());
        bytes memory signature = _pay(viewer, first, balance);
        address recovered = ECDSA.recover(channels.paymentDigest(second, balance), signature);
        _expectWithdrawRevert(
            second,
            channel,
            balance,
            signature,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.InvalidPaymentSignature.selector, second, recovered)
        );
    }
}
