// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {PTI} from "../../src-sol/PTI.sol";
import {UserRegistry} from "../../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../../src-sol/PaymentChannel.sol";
import {IPaymentChannel} from "../../src-sol/interfaces/IPaymentChannel.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice Fixtures shared by every Paratii test: the four contracts, named actors with wallet and
/// communication keys, a registered video, and helpers that register, sign bids and payments as clients do.
abstract contract BaseTest is Test {
    struct Actor {
        address wallet;
        uint256 walletKey;
        address comm;
        uint256 commKey;
    }

    uint256 internal constant SUPPLY = 21_000_000 ether;
    uint256 internal constant FUNDS = 1000 ether;
    uint32 internal constant DURATION = 100;
    uint32 internal constant SEGMENT_LENGTH = 4;
    uint32 internal constant SEGMENT_SIZE = 512;
    uint128 internal constant RATE = 0.01 ether;
    string internal constant CID = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
    string internal constant FORMAT = "720p30";
    bytes32 internal constant SALT = keccak256("paratii.test.salt");

    PTI internal pti;
    UserRegistry internal users;
    VideoRegistry internal videos;
    PaymentChannel internal channels;

    address internal treasury = makeAddr("treasury");
    Actor internal publisher;
    Actor internal viewer;
    Actor internal advertiser;
    bytes32 internal videoId;

    function setUp() public virtual {
        pti = new PTI(treasury, SUPPLY);
        users = new UserRegistry();
        videos = new VideoRegistry(users);
        channels = new PaymentChannel(pti, users, videos);

        publisher = _newActor("publisher");
        viewer = _newActor("viewer");
        advertiser = _newActor("advertiser");
        _registerKey(publisher);
        _registerKey(viewer);
        _registerKey(advertiser);
        _fund(viewer.wallet, FUNDS);
        _fund(advertiser.wallet, FUNDS);
        videoId = _registerVideo(publisher, CID);
    }

    function _newActor(string memory name) internal returns (Actor memory actor) {
        (actor.wallet, actor.walletKey) = makeAddrAndKey(string.concat(name, ".wallet"));
        (actor.comm, actor.commKey) = makeAddrAndKey(string.concat(name, ".comm"));
    }

    function _publicKey(uint256 privateKey) internal returns (bytes memory) {
        Vm.Wallet memory w = vm.createWallet(privateKey);
        return abi.encodePacked(w.publicKeyX, w.publicKeyY);
    }

    function _sign(uint256 privateKey, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, digest);
        return abi.encodePacked(r, s, v);
    }

    function _ownershipProof(uint256 commKey, address wallet) internal view returns (bytes memory) {
        return _sign(commKey, users.keyOwnershipDigest(wallet));
    }

    function _registerKey(Actor memory actor) internal {
        bytes memory publicKey = _publicKey(actor.commKey);
        bytes memory proof = _ownershipProof(actor.commKey, actor.wallet);
        vm.prank(actor.wallet);
        users.addKey(publicKey, proof);
    }

    /// @dev Registers one more communication key for `wallet` and returns it as an actor sharing the wallet.
    function _addKey(Actor memory owner, string memory name) internal returns (Actor memory key) {
        key = _newActor(name);
        key.wallet = owner.wallet;
        key.walletKey = owner.walletKey;
        _registerKey(key);
    }

    /// @dev Gives `wallet` PTI and deposits it into the channel contract.
    function _fund(address wallet, uint256 amount) internal {
        vm.prank(treasury);
        pti.transfer(wallet, amount);
        vm.startPrank(wallet);
        pti.approve(address(channels), amount);
        channels.deposit(amount);
        vm.stopPrank();
    }

    function _formats() internal pure returns (string[] memory formats) {
        formats = new string[](2);
        formats[0] = FORMAT;
        formats[1] = "360p30";
    }

    function _videoInput(address ownerKey, string memory cid) internal pure returns (IVideoRegistry.Video memory v) {
        v.cid = cid;
        v.ownerKey = ownerKey;
        v.title = "Big Buck Bunny";
        v.duration = DURATION;
        v.segmentLength = SEGMENT_LENGTH;
        v.segmentSize = SEGMENT_SIZE;
        v.formats = _formats();
    }

    /// @dev The commitment a client computes locally, from the type's definition rather than the registry's view.
    function _commitment(string memory cid, address wallet, address ownerKey, bytes32 salt)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(cid, wallet, ownerKey, salt));
    }

    /// @dev The first half of a registration: `wallet` commits to the video, then a block passes.
    function _commit(address wallet, IVideoRegistry.Video memory input, bytes32 salt) internal {
        vm.prank(wallet);
        videos.commit(_commitment(input.cid, wallet, input.ownerKey, salt));
        vm.roll(block.number + 1);
    }

    /// @dev A whole registration as `paratii upload` makes it: commit, wait a block, reveal.
    function _commitAndRegister(address wallet, IVideoRegistry.Video memory input, bytes32 salt)
        internal
        returns (bytes32)
    {
        _commit(wallet, input, salt);
        vm.prank(wallet);
        return videos.register(input, salt);
    }

    function _registerVideo(Actor memory owner, string memory cid) internal returns (bytes32) {
        return _commitAndRegister(owner.wallet, _videoInput(owner.comm, cid), SALT);
    }

    /// @dev A bid from `bidder` to `counterparty` on the shared video at the bidder's current nonce.
    function _bid(Actor memory bidder, Actor memory counterparty) internal view returns (IPaymentChannel.Bid memory) {
        return IPaymentChannel.Bid({
            nonce: channels.nonceOf(bidder.wallet),
            rate: RATE,
            expiration: uint64(block.timestamp + 1 days),
            video: videoId,
            format: FORMAT,
            bidderKey: bidder.comm,
            counterpartyKey: counterparty.comm
        });
    }

    /// @dev Both signatures of a bid, in the order the protocol fixes: wallet first, then communication key.
    function _signBid(Actor memory bidder, IPaymentChannel.Bid memory bid)
        internal
        view
        returns (bytes memory walletSignature, bytes memory bidderSignature)
    {
        walletSignature = _sign(bidder.walletKey, channels.bidDigest(bid));
        bidderSignature = _sign(bidder.commKey, channels.signedBidDigest(bid, walletSignature));
    }

    function _open(Actor memory bidder, Actor memory counterparty)
        internal
        returns (bytes32 channelId, IPaymentChannel.Channel memory channel)
    {
        IPaymentChannel.Bid memory bid = _bid(bidder, counterparty);
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(bidder, bid);
        vm.prank(counterparty.wallet);
        return channels.open(bid, walletSignature, bidderSignature);
    }

    function _pay(Actor memory payer, bytes32 channelId, uint256 balance) internal view returns (bytes memory) {
        return _sign(payer.walletKey, channels.paymentDigest(channelId, balance));
    }

    function _maxSegments() internal pure returns (uint256) {
        return (uint256(DURATION) + SEGMENT_LENGTH - 1) / SEGMENT_LENGTH;
    }
}
