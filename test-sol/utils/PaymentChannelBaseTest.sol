// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";
import {IPaymentChannel} from "../../src-sol/interfaces/IPaymentChannel.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice The base of every `PaymentChannel` unit test (`test-sol/PaymentChannel/<function>/`): the fixtures
/// on top of `BaseTest` (independent EIP-712 digests, signature mangling, a ledger of every wallet and channel a
/// test touches so that each test can end by checking solvency) and the given/when modifiers the `.tree` files
/// name.
/// @dev The default channel is the viewer paying the publisher for the shared video; its counterparty key,
/// `publisher.comm`, is the publisher's node key: it may act for the publisher's wallet on that channel.
abstract contract PaymentChannelBaseTest is BaseTest {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    string internal constant BID_TYPE =
        "Bid(bytes32 nonce,uint128 rate,uint64 expiration,bytes32 video,string format,address bidderKey,address counterpartyKey)";
    string internal constant SIGNED_BID_TYPE = "SignedBid(Bid bid,bytes walletSignature)";
    string internal constant PAYMENT_TYPE = "Payment(bytes32 channel,uint256 balance)";
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant EXIT_WINDOW = 1 hours;
    /// @dev Enough for any fuzzed escrow while staying far below the treasury's supply.
    uint256 internal constant FUZZ_BUDGET = 1_000_000 ether;

    address[] internal _wallets;
    bytes32[] internal _channelIds;
    mapping(bytes32 channelId => IPaymentChannel.Channel) internal _latest;

    /// @dev Set by `givenOpenChannel`: the default channel, as the chain committed it last.
    bytes32 internal channelId;
    IPaymentChannel.Channel internal channel;

    function setUp() public virtual override {
        super.setUp();
        _wallets.push(publisher.wallet);
        _wallets.push(viewer.wallet);
        _wallets.push(advertiser.wallet);
        _wallets.push(treasury);
        // Node keys never hold a free balance: the ledger checks it.
        _wallets.push(publisher.comm);
        _wallets.push(viewer.comm);
        _wallets.push(advertiser.comm);
    }

    // ---------------------------------------------------------------- modifiers

    /// @dev Runs the test, then checks that every token the contract holds is someone's free balance or the
    /// unwithdrawn part of an open escrow, and that the ledger's structs match the commitments.
    modifier solvent() {
        _;
        _assertSolvent();
    }

    /// @dev The default channel is open: the viewer pays the publisher, counterparty key `publisher.comm`.
    modifier givenOpenChannel() {
        (channelId, channel) = _openTracked(viewer, publisher);
        _;
    }

    /// @dev The payee has withdrawn 4 segments from the default channel.
    modifier givenWithdrawn() {
        channel = _withdraw(viewer, channelId, channel, 4);
        _;
    }

    /// @dev The payer has started an exit on the default channel: it now expires `EXIT_WINDOW` from now.
    modifier givenExitStarted() {
        vm.prank(viewer.wallet);
        channel = channels.startExit(channelId, channel);
        _track(channelId, channel);
        _;
    }

    /// @dev The publisher's wallet has revoked its node key `publisher.comm`.
    modifier givenNodeKeyRevoked() {
        vm.prank(publisher.wallet);
        users.revokeKey(publisher.comm);
        _;
    }

    /// @dev Block time is the default channel's expiration.
    modifier givenExpired() {
        vm.warp(channel.expiration);
        _;
    }

    /// @dev Marks a branch whose condition the test body sets up itself.
    modifier when() {
        _;
    }

    // ---------------------------------------------------------------- ledger

    function _assertSolvent() internal view {
        uint256 owed;
        for (uint256 i; i < _wallets.length; ++i) {
            owed += channels.balanceOf(_wallets[i]);
        }
        assertEq(channels.balanceOf(publisher.comm), 0, "a node key holds a free balance");
        for (uint256 i; i < _channelIds.length; ++i) {
            bytes32 id = _channelIds[i];
            bytes32 commitment = channels.channelHash(id);
            if (commitment == 0) continue;
            IPaymentChannel.Channel memory c = _latest[id];
            assertEq(commitment, keccak256(abi.encode(c)), "ledger out of sync with commitment");
            owed += c.escrow - c.withdrawn;
        }
        assertEq(pti.balanceOf(address(channels)), owed, "tokens held != free balances + escrows");
    }

    function _track(bytes32 id, IPaymentChannel.Channel memory c) internal {
        if (_latest[id].payer == address(0)) _channelIds.push(id);
        _latest[id] = c;
    }

    function _actor(string memory name, bool registerKey, uint256 funds) internal returns (Actor memory actor) {
        actor = _newActor(name);
        _wallets.push(actor.wallet);
        if (registerKey) _registerKey(actor);
        if (funds != 0) _fund(actor.wallet, funds);
    }

    // ---------------------------------------------------------------- channel helpers

    function _registerTerms(string memory cid, uint32 duration, uint32 segmentLength) internal returns (bytes32) {
        IVideoRegistry.Video memory input = _videoInput(publisher.comm, cid);
        input.duration = duration;
        input.segmentLength = segmentLength;
        return _commitAndRegister(publisher.wallet, input, SALT);
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

    function _openBid(Actor memory bidder, IPaymentChannel.Bid memory bid, address caller)
        internal
        returns (bytes32 id, IPaymentChannel.Channel memory c)
    {
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(bidder, bid);
        vm.prank(caller);
        (id, c) = channels.open(bid, walletSignature, bidderSignature);
        _track(id, c);
    }

    function _openTracked(Actor memory bidder, Actor memory counterparty)
        internal
        returns (bytes32 id, IPaymentChannel.Channel memory c)
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

    /// @dev The payer signs `balance` and the channel's payee wallet withdraws it.
    function _withdraw(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory c, uint256 balance)
        internal
        returns (IPaymentChannel.Channel memory updated)
    {
        return _withdrawAs(c.payee, payer, id, c, balance);
    }

    function _withdrawAs(
        address caller,
        Actor memory payer,
        bytes32 id,
        IPaymentChannel.Channel memory c,
        uint256 balance
    ) internal returns (IPaymentChannel.Channel memory updated) {
        bytes memory signature = _pay(payer, id, balance);
        vm.prank(caller);
        updated = channels.withdrawFromChannel(id, c, balance, signature);
        _track(id, updated);
    }

    function _close(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory c, uint256 balance) internal {
        bytes memory signature = _pay(payer, id, balance);
        vm.prank(c.payee);
        channels.close(id, c, balance, signature);
    }

    function _expectWithdrawRevert(
        bytes32 id,
        IPaymentChannel.Channel memory c,
        uint256 balance,
        bytes memory signature,
        address caller,
        bytes memory err
    ) internal {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.withdrawFromChannel(id, c, balance, signature);
    }

    function _expectCloseRevert(
        bytes32 id,
        IPaymentChannel.Channel memory c,
        uint256 balance,
        bytes memory signature,
        address caller,
        bytes memory err
    ) internal {
        vm.prank(caller);
        vm.expectRevert(err);
        channels.close(id, c, balance, signature);
    }

    function _request(Actor memory payer, bytes32 id, IPaymentChannel.Channel memory c, uint256 balance)
        internal
        view
        returns (IPaymentChannel.CloseRequest memory)
    {
        return IPaymentChannel.CloseRequest({
            channelId: id, channel: c, balance: balance, signature: _pay(payer, id, balance)
        });
    }

    function _copy(IPaymentChannel.Channel memory c) internal pure returns (IPaymentChannel.Channel memory) {
        return abi.decode(abi.encode(c), (IPaymentChannel.Channel));
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

    function _nonceFrom(bytes32 id) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(uint256(id))));
    }

    function _give(address wallet, uint256 amount) internal {
        vm.prank(treasury);
        assertTrue(pti.transfer(wallet, amount));
    }

    // ---------------------------------------------------------------- EIP-712 from the type strings

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

    function _expectedPaymentDigest(bytes32 id, uint256 balance) internal view returns (bytes32) {
        return _typedDigest(keccak256(abi.encode(keccak256(bytes(PAYMENT_TYPE)), id, balance)));
    }

    // ---------------------------------------------------------------- signature mangling

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

    // ---------------------------------------------------------------- raw calldata

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

    function _expectEmptyRevert(address caller, bytes memory data) internal {
        vm.prank(caller);
        (bool ok, bytes memory ret) = address(channels).call(data);
        assertFalse(ok);
        assertEq(ret.length, 0);
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
}
