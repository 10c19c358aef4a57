// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./BaseTest.sol";
import {GhostStore} from "../invariant/handlers/GhostStore.sol";
import {PaymentChannelHandler} from "../invariant/handlers/PaymentChannelHandler.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice The fixtures of the invariant suite: eight actors (two anonymous wallets sharing one key), six videos
/// chosen for the arithmetic, and the handler with every move it targets.
abstract contract InvariantBaseTest is BaseTest {
    uint256 internal constant WALLET_TOKENS = 5000 ether;
    uint256 internal constant MIN_STEPS_CHECKED = 32;
    uint256 internal constant MIN_DISTINCT_ACTIONS = 8;
    uint256 internal constant EXIT_WINDOW = 1 hours;

    PaymentChannelHandler internal handler;

    function setUp() public override {
        super.setUp();
        Actor memory studio = _newActor("studio");
        Actor memory fan = _newActor("fan");
        Actor memory brand = _newActor("brand");
        Actor memory anonOne = _newActor("anon1");
        Actor memory anonTwo = _newActor("anon2");
        // Two anonymous wallets on one unregistered key: the case ChannelAlreadyOpen exists for.
        anonTwo.comm = anonOne.comm;
        anonTwo.commKey = anonOne.commKey;
        _registerKey(studio);
        _registerKey(fan);
        _registerKey(brand);

        GhostStore.ActorInit[] memory actors = new GhostStore.ActorInit[](8);
        actors[0] = _init(publisher, true);
        actors[1] = _init(viewer, true);
        actors[2] = _init(advertiser, true);
        actors[3] = _init(studio, true);
        actors[4] = _init(fan, true);
        actors[5] = _init(brand, true);
        actors[6] = _init(anonOne, false);
        actors[7] = _init(anonTwo, false);
        for (uint256 i; i < actors.length; ++i) {
            vm.prank(treasury);
            assertTrue(pti.transfer(actors[i].wallet, WALLET_TOKENS));
        }

        // Durations and segment lengths chosen for the arithmetic: an exact multiple, partial last segments,
        // a segment longer than the video, a one-second video, and a long one.
        GhostStore.VideoInit[] memory list = new GhostStore.VideoInit[](6);
        list[0] = GhostStore.VideoInit(videoId, 0, DURATION, SEGMENT_LENGTH, _formats());
        list[1] = _video(publisher, 0, "QmShortClipPartialLastSegment", 37, 5, _one("1080p60"));
        list[2] = _video(publisher, 0, "QmJingleShorterThanOneSegment", 9, 30, _one("audio"));
        list[3] = _video(studio, 3, "QmFeatureFilmOneHourLong", 3600, 10, _two("720p30", "480p30"));
        list[4] = _video(studio, 3, "QmOneSecondSting", 1, 1, _one("240p"));
        list[5] = _video(studio, 3, "QmTrailerSixtyOneSeconds", 61, 7, _one("720p30"));

        handler = new PaymentChannelHandler(pti, users, videos, channels, treasury, actors, list);

        bytes4[] memory selectors = new bytes4[](26);
        selectors[0] = handler.deposit.selector;
        selectors[1] = handler.withdraw.selector;
        selectors[2] = handler.openContentBid.selector;
        selectors[3] = handler.openAttentionBid.selector;
        selectors[4] = handler.nodeKeyOpen.selector;
        selectors[5] = handler.openTwinBid.selector;
        selectors[6] = handler.pay.selector;
        selectors[7] = handler.withdrawFromChannel.selector;
        selectors[8] = handler.nodeKeyWithdraw.selector;
        selectors[9] = handler.close.selector;
        selectors[10] = handler.nodeKeyClose.selector;
        selectors[11] = handler.closeMany.selector;
        selectors[12] = handler.settle.selector;
        selectors[13] = handler.startExit.selector;
        selectors[14] = handler.answerExit.selector;
        selectors[15] = handler.settleExited.selector;
        selectors[16] = handler.warp.selector;
        selectors[17] = handler.revokeKey.selector;
        selectors[18] = handler.addKey.selector;
        selectors[19] = handler.unlistVideo.selector;
        selectors[20] = handler.registerRace.selector;
        selectors[21] = handler.invalidOpen.selector;
        selectors[22] = handler.invalidChannelOp.selector;
        selectors[23] = handler.invalidNodeKeyOp.selector;
        selectors[24] = handler.invalidExit.selector;
        selectors[25] = handler.invalidRegistration.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ------------------------------------------------------------------ helpers

    function _sumFree() internal view returns (uint256 sum) {
        address[] memory wallets = handler.watched();
        for (uint256 i; i < wallets.length; ++i) {
            sum += channels.balanceOf(wallets[i]);
        }
        sum += channels.balanceOf(treasury) + channels.balanceOf(address(handler)) + channels.balanceOf(address(this));
    }

    function _sumOpenUnspent() internal view returns (uint256 sum) {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            if (all[i].status == GhostStore.Status.Open) {
                sum += all[i].channel.escrow - all[i].channel.withdrawn;
            }
        }
    }

    function _init(Actor memory a, bool registered) internal pure returns (GhostStore.ActorInit memory) {
        return GhostStore.ActorInit({
            wallet: a.wallet, walletKey: a.walletKey, comm: a.comm, commKey: a.commKey, registered: registered
        });
    }

    function _video(
        Actor memory owner,
        uint256 ownerIndex,
        string memory cid,
        uint32 duration,
        uint32 segmentLength,
        string[] memory formats
    ) internal returns (GhostStore.VideoInit memory) {
        IVideoRegistry.Video memory input = _videoInput(owner.comm, cid);
        input.duration = duration;
        input.segmentLength = segmentLength;
        input.formats = formats;
        bytes32 id = _commitAndRegister(owner.wallet, input, SALT);
        return GhostStore.VideoInit(id, ownerIndex, duration, segmentLength, formats);
    }

    function _one(string memory a) internal pure returns (string[] memory formats) {
        formats = new string[](1);
        formats[0] = a;
    }

    function _two(string memory a, string memory b) internal pure returns (string[] memory formats) {
        formats = new string[](2);
        formats[0] = a;
        formats[1] = b;
    }
}
