// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {PaymentChannelBaseTest} from "../../utils/PaymentChannelBaseTest.sol";
import {IPaymentChannel} from "../../../src-sol/interfaces/IPaymentChannel.sol";
import {IUserRegistry} from "../../../src-sol/interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "../../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice `open`, the revert branches of open.tree, in the order `open` checks them.
contract OpenRevertTest is PaymentChannelBaseTest {
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

    function test_open_RevertWhen_WalletSignatureIs64Bytes() public solvent {
        _checkMalformedWalletSignature(_truncate64);
    }

    function test_open_RevertWhen_WalletSignatureHasHighS() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws,) = _signBid(viewer, bid);
        // The mangled signature still recovers the wallet: only the EIP-2 rule rejects it.
        (bytes32 r, bytes32 s, uint8 v) = _split(_highS(ws));
        assertEq(ecrecover(channels.bidDigest(bid), v, r, s), viewer.wallet);
        _checkMalformedWalletSignature(_highS);
    }

    function test_open_RevertWhen_WalletSignatureIs66Bytes() public solvent {
        _checkMalformedWalletSignature(_extend66);
    }

    function test_open_RevertWhen_WalletSignatureIsGarbage() public solvent {
        _checkMalformedWalletSignature(_garbageOf);
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

    /// @dev A registry that fails must stop `open`, with the registry's own revert data, as a high-level call
    /// would.
    function test_open_RevertWhen_UserRegistryReverts() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory reason = abi.encodeWithSignature("Error(string)", "registry down");
        vm.mockCallRevert(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), reason);
        _expectOpenRevert(bid, ws, bs, publisher.wallet, reason);
    }

    /// @dev A registry answer shorter than the ABI says (a wrong address wired in at deploy) is refused rather
    /// than read as zeros.
    function test_open_RevertWhen_UserRegistryAnswerShort() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.mockCall(address(users), abi.encodeWithSelector(IUserRegistry.keysOf.selector), hex"01");
        _expectOpenRevert(bid, ws, bs, publisher.wallet, "");
    }

    function test_open_RevertWhen_CounterpartyKeyUnregistered() public solvent {
        Actor memory stranger = _newActor("stranger");
        IPaymentChannel.Bid memory bid = _bid(viewer, stranger);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory err = _counterpartyError(stranger.comm, address(0), false, stranger.wallet);
        _expectOpenRevert(bid, ws, bs, stranger.wallet, err);
        // Nor can the unregistered key open for itself.
        _expectOpenRevert(
            bid, ws, bs, stranger.comm, _counterpartyError(stranger.comm, address(0), false, stranger.comm)
        );
    }

    function test_open_RevertWhen_CounterpartyKeyRevoked() public solvent givenNodeKeyRevoked {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid, ws, bs, publisher.wallet, _counterpartyError(publisher.comm, publisher.wallet, false, publisher.wallet)
        );
    }

    /// @dev Revoking the node key ends its powers at once: it can no longer open for its wallet.
    function test_open_RevertWhen_RevokedNodeKeyOpens() public solvent givenNodeKeyRevoked {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid, ws, bs, publisher.comm, _counterpartyError(publisher.comm, publisher.wallet, false, publisher.comm)
        );
    }

    function test_open_RevertWhen_CallerIsStranger() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            advertiser.wallet,
            _counterpartyError(publisher.comm, publisher.wallet, true, advertiser.wallet)
        );
    }

    /// @dev Only the counterparty key itself acts for its wallet: another active key of the same wallet is not
    /// the channel's counterparty.
    function test_open_RevertWhen_CallerIsAnotherKeyOfTheWallet() public solvent {
        Actor memory other = _addKey(publisher, "publisher.other");
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid, ws, bs, other.comm, _counterpartyError(publisher.comm, publisher.wallet, true, other.comm)
        );
    }

    function test_open_RevertWhen_CallerIsKeyOfAnotherWallet() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid, ws, bs, advertiser.comm, _counterpartyError(publisher.comm, publisher.wallet, true, advertiser.comm)
        );
    }

    function test_open_RevertWhen_PayerIsPayee() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, viewer);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        bytes memory err = abi.encodeWithSelector(IPaymentChannel.SelfChannel.selector, viewer.wallet);
        _expectOpenRevert(bid, ws, bs, viewer.wallet, err);
        // Through the node key, the payee is still the wallet.
        _expectOpenRevert(bid, ws, bs, viewer.comm, err);
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

    /// @dev While the first channel is open its commitment answers first; once it is gone the payer's advanced
    /// nonce still refuses the bid, so a bid never opens two channels.
    function test_open_RevertWhen_SameBidOpenedTwice() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        vm.prank(publisher.wallet);
        (bytes32 id, IPaymentChannel.Channel memory c) = channels.open(bid, ws, bs);
        _track(id, c);
        bytes memory alreadyOpen = abi.encodeWithSelector(IPaymentChannel.ChannelAlreadyOpen.selector, id);
        _expectOpenRevert(bid, ws, bs, publisher.wallet, alreadyOpen);
        _expectOpenRevert(bid, ws, bs, publisher.comm, alreadyOpen);

        vm.prank(publisher.wallet);
        channels.close(id, c, 0, "");
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.NonceMismatch.selector, viewer.wallet, _nonceFrom(id), bytes32(0))
        );
    }

    /// @dev Two wallets sharing one unregistered key sign the identical bid at nonce 0, so both bids have the same
    /// digest; the second must not overwrite the first channel's commitment.
    function test_open_RevertWhen_TwoWalletsShareKeyAndNonce() public solvent {
        Actor memory shared = _newActor("shared");
        Actor memory first = _actor("first", false, FUNDS);
        Actor memory second = _actor("second", false, FUNDS);
        (first.comm, first.commKey) = (shared.comm, shared.commKey);
        (second.comm, second.commKey) = (shared.comm, shared.commKey);

        IPaymentChannel.Bid memory bid = _bid(first, publisher);
        assertEq(keccak256(abi.encode(bid)), keccak256(abi.encode(_bid(second, publisher))));
        (bytes32 id, IPaymentChannel.Channel memory c) = _openBid(first, bid, publisher.wallet);
        bytes32 commitment = channels.channelHash(id);

        (bytes memory ws, bytes memory bs) = _signBid(second, bid);
        _expectOpenRevert(
            bid, ws, bs, publisher.wallet, abi.encodeWithSelector(IPaymentChannel.ChannelAlreadyOpen.selector, id)
        );
        assertEq(channels.channelHash(id), commitment);
        assertEq(c.payer, first.wallet);
        assertEq(channels.balanceOf(second.wallet), FUNDS);
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

    function test_open_RevertWhen_VideoUnknown() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.video = keccak256("QmNotRegistered");
        _expectVideoNotAvailable(bid, bid.video, keccak256(bytes(FORMAT)));
    }

    function test_open_RevertWhen_FormatUnknown() public solvent {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        bid.format = "1080p60";
        _expectVideoNotAvailable(bid, videoId, keccak256("1080p60"));
    }

    function test_open_RevertWhen_VideoUnlisted() public solvent {
        vm.prank(publisher.wallet);
        videos.unlist(videoId);
        _expectVideoNotAvailable(_bid(viewer, publisher), videoId, keccak256(bytes(FORMAT)));
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

    /// @dev The order of the checks is part of the interface: each error names the first thing wrong with a bid.
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

        // A stranger calling, an unlisted format, a stale nonce and a rate beyond the balance: the caller is
        // checked before the video, the video before the nonce, and the nonce before the balance.
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
            advertiser.wallet,
            _counterpartyError(publisher.comm, publisher.wallet, true, advertiser.wallet)
        );
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

    function _counterpartyError(address key, address wallet, bool active, address caller)
        internal
        pure
        returns (bytes memory)
    {
        return
            abi.encodeWithSelector(IPaymentChannel.CounterpartyKeyNotAuthorized.selector, key, wallet, active, caller);
    }

    function _expectVideoNotAvailable(IPaymentChannel.Bid memory bid, bytes32 video, bytes32 formatHash) internal {
        (bytes memory ws, bytes memory bs) = _signBid(viewer, bid);
        _expectOpenRevert(
            bid,
            ws,
            bs,
            publisher.wallet,
            abi.encodeWithSelector(IPaymentChannel.VideoNotAvailable.selector, video, formatHash)
        );
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
}
