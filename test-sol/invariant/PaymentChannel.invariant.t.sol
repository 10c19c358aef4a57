// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {InvariantBaseTest} from "../utils/InvariantBaseTest.sol";
import {GhostStore} from "./handlers/GhostStore.sol";
import {IVideoRegistry} from "../../src-sol/interfaces/IVideoRegistry.sol";

/// @notice Stateful fuzzing of PaymentChannel with the registries it reads. Every invariant here is listed, with
/// its id, in docs/PROPERTIES.md; the fixtures and the handler are set up in `InvariantBaseTest`.
contract PaymentChannelInvariantTest is InvariantBaseTest {
    // ------------------------------------------------------------------ money

    /// @custom:invariant P-01. PaymentChannel's PTI balance equals the sum of all free balances plus, over open
    /// channels, escrow minus withdrawn.
    function invariant_tokenBalanceEqualsFreeBalancesPlusOpenEscrow() public view {
        assertEq(pti.balanceOf(address(channels)), _sumFree() + _sumOpenUnspent(), "holdings != free + open escrow");
    }

    /// @custom:invariant P-02. Tokens enter and leave PaymentChannel only by deposit and withdraw: ghost deposits
    /// minus ghost withdrawals equal its PTI balance.
    function invariant_tokensMoveOnlyOnDepositAndWithdraw() public view {
        assertEq(
            handler.ghostDeposits() - handler.ghostWithdrawals(),
            pti.balanceOf(address(channels)),
            "deposits - withdrawals != holdings"
        );
    }

    /// @custom:invariant P-03. PTI supply is conserved: the token balances of all actors, the stranger, the
    /// treasury, the handler and PaymentChannel add up to the supply minted at deploy, which never changes.
    function invariant_tokenSupplyConserved() public view {
        address[] memory wallets = handler.watched();
        uint256 sum = pti.balanceOf(address(channels)) + pti.balanceOf(treasury) + pti.balanceOf(address(handler));
        for (uint256 i; i < wallets.length; ++i) {
            sum += pti.balanceOf(wallets[i]);
        }
        assertEq(pti.totalSupply(), SUPPLY, "supply changed");
        assertEq(sum, SUPPLY, "tokens appeared or vanished");
    }

    /// @custom:invariant P-04. No channel pays out more than its escrow, exited ones included: payee credit never
    /// exceeds the escrow, credit plus refund never exceed it, and once a channel is closed or settled they equal
    /// it exactly.
    function invariant_noChannelPaysMoreThanEscrow() public view {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            assertLe(r.paid, r.channel.escrow, "payee credited beyond escrow");
            assertLe(r.channel.withdrawn, r.channel.escrow, "withdrawn beyond escrow");
            if (r.status == GhostStore.Status.Open) {
                assertEq(r.refunded, 0, "refund from an open channel");
            } else {
                assertEq(r.paid + r.refunded, r.channel.escrow, "closed channel did not release its whole escrow");
            }
        }
    }

    /// @custom:invariant P-05. Payee credit equals the sum of channel payouts: per wallet, free balance = deposits
    /// - withdrawals - escrow locked as payer + refunds as payer + credit as payee; and summed over wallets, escrow
    /// locked, refunds and credit equal the per-channel totals.
    function invariant_payeeCreditEqualsSumOfPayouts() public view {
        address[] memory wallets = handler.watched();
        uint256 earned;
        uint256 refunded;
        uint256 escrowed;
        for (uint256 i; i < wallets.length; ++i) {
            address w = wallets[i];
            assertEq(
                channels.balanceOf(w) + handler.withdrawnBy(w) + handler.escrowedBy(w),
                handler.depositedBy(w) + handler.refundedTo(w) + handler.earnedBy(w),
                "free balance does not reconcile"
            );
            earned += handler.earnedBy(w);
            refunded += handler.refundedTo(w);
            escrowed += handler.escrowedBy(w);
        }
        uint256 paidOut;
        uint256 refundedOut;
        uint256 locked;
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            paidOut += all[i].paid;
            refundedOut += all[i].refunded;
            locked += all[i].channel.escrow;
        }
        assertEq(earned, paidOut, "payee credit != channel payouts");
        assertEq(refunded, refundedOut, "payer refunds != channel refunds");
        assertEq(escrowed, locked, "escrow locked != channel escrows");
    }

    /// @custom:invariant P-06. Nobody moves another wallet's funds: every free balance equals the ghost balance,
    /// which only the wallet's own deposits and withdrawals and the channel operations it is payer or payee of
    /// change (a node key's included: they credit its wallet); no step changed the free balance of a wallet that
    /// took no part in it; no non-payee withdrew, closed or batch-closed someone else's channel.
    function invariant_nobodyMovesAnotherWalletsFunds() public view {
        address[] memory wallets = handler.watched();
        for (uint256 i; i < wallets.length; ++i) {
            assertEq(channels.balanceOf(wallets[i]), handler.expectedFree(wallets[i]), "free balance moved");
        }
        assertFalse(handler.foreignMove(), "a step changed a non-participant's balance");
        assertFalse(handler.strangerMoved(), "a non-payee moved channel funds");
    }

    // ------------------------------------------------------------------ bids, payments, channel state

    /// @custom:invariant P-07. A bid opens at most one channel: each (bid digest, payer) opens once, at most one
    /// channel per digest is open at any time, a digest opens twice only for two wallets sharing an unregistered
    /// key, and no replay of an opened bid ever succeeds.
    function invariant_bidOpensAtMostOneChannel() public view {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            assertEq(handler.opensOfDigestBy(r.id, r.channel.payer), 1, "one payer opened one bid twice");
            if (handler.opensOfDigest(r.id) == 1) continue;
            for (uint256 j = i + 1; j < all.length; ++j) {
                if (all[j].id != r.id) continue;
                assertTrue(all[j].channel.payer != r.channel.payer, "one payer opened one bid twice");
                (address keyWallet,) = users.keyOf(r.bidderKey);
                assertEq(keyWallet, address(0), "a registered key's bid opened twice");
                // The later instance may only have opened once the earlier one was no longer open.
                assertTrue(r.status != GhostStore.Status.Open, "two open channels share an id");
            }
        }
        assertFalse(handler.replayOpened(), "a replayed bid opened a channel");
        assertFalse(handler.openIdCollided(), "an open channel id was opened again");
    }

    /// @custom:invariant P-08. A payment signed for one channel moves nothing in another: every credit to a payee
    /// is covered by the latest payment its own payer signed for that very channel, and presenting another
    /// channel's payment (including an earlier channel with the same id) never succeeded.
    function invariant_paymentMovesOnlyItsOwnChannel() public view {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            if (!r.signed) {
                assertEq(r.paid, 0, "credit without any payment for this channel");
                continue;
            }
            uint256 value = r.balance * r.channel.pricePerSegment;
            uint256 covered = value < r.channel.escrow ? value : r.channel.escrow;
            assertLe(r.paid, covered, "credit beyond this channel's own payment");
        }
        assertFalse(handler.crossChannelMoved(), "another channel's payment moved funds");
    }

    /// @custom:invariant P-09. channelHash(id) is nonzero iff the ghost has a channel open under id, and then it is
    /// exactly the hash of the ghost's Channel struct (exits and node keys included).
    function invariant_channelHashNonzeroIffOpen() public view {
        GhostStore.Record[] memory all = handler.records();
        uint256 open;
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            // Only the latest instance under an id speaks for it (an earlier twin is checked by P-10).
            if (handler.latestRecordOf(r.id) != i + 1) continue;
            if (r.status == GhostStore.Status.Open) {
                assertEq(channels.channelHash(r.id), keccak256(abi.encode(r.channel)), "commitment != ghost channel");
                open++;
            } else {
                assertEq(channels.channelHash(r.id), bytes32(0), "closed channel still committed");
            }
        }
        assertEq(open, handler.openRecords().length, "ghost open set disagrees");
    }

    /// @custom:invariant P-10. Closed and settled channels stay closed: nothing is committed under their struct,
    /// and no later withdraw, close, exit or settle on them succeeded.
    function invariant_closedChannelsStayClosed() public view {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            if (r.status == GhostStore.Status.Open) continue;
            bytes32 committed = channels.channelHash(r.id);
            assertTrue(committed != keccak256(abi.encode(r.channel)), "closed channel reopened");
            uint256 latest = handler.latestRecordOf(r.id) - 1;
            if (latest == i || all[latest].status != GhostStore.Status.Open) {
                assertEq(committed, bytes32(0), "closed channel id still committed");
            }
        }
        assertFalse(handler.closedChannelMoved(), "an operation on a closed channel succeeded");
    }

    /// @custom:invariant P-11. A channel's withdrawn never decreases and never exceeds its escrow.
    function invariant_withdrawnMonotonic() public view {
        assertFalse(handler.withdrawnDecreased(), "withdrawn went down");
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            assertEq(all[i].paid, all[i].channel.withdrawn, "payee credit != withdrawn");
            assertLe(all[i].channel.withdrawn, all[i].channel.escrow, "withdrawn beyond escrow");
        }
    }

    /// @custom:invariant P-12. Nonces change only on open: a wallet's nonce is zero until it pays into a channel,
    /// and then the low 160 bits of the id of the last channel it paid into.
    function invariant_nonceIsLow160OfLastChannelId() public view {
        address[] memory wallets = handler.watched();
        for (uint256 i; i < wallets.length; ++i) {
            bytes32 last = handler.lastChannelId(wallets[i]);
            assertEq(channels.nonceOf(wallets[i]), bytes32(uint256(uint160(uint256(last)))), "nonce != low160(last id)");
        }
    }

    /// @custom:invariant P-13. What open, withdrawFromChannel and startExit return agrees with the bid and video
    /// terms: id = bid digest, payer = wallet signer, payee = the counterparty key's wallet, payeeKey = the
    /// counterparty key, escrow = rate x duration, price = rate x segment length, withdrawn = payout.
    function invariant_returnedChannelsMatchTerms() public view {
        assertFalse(handler.resultMismatch(), "returned channel disagrees with the terms");
    }

    // ------------------------------------------------------------------ exits

    /// @custom:invariant P-19. A payee who closes with its latest payment within an exit's window is paid it: its
    /// credit from the channel is at least what that payment was worth (and P-06 checks the chain agrees).
    function invariant_payeeAnsweringAnExitIsPaidItsLatestPayment() public view {
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            if (!all[i].answeredExit) continue;
            assertEq(uint256(all[i].status), uint256(GhostStore.Status.Closed), "an answered exit is not closed");
            assertGe(all[i].paid, all[i].owedAtAnswer, "the payee lost its latest payment to an exit");
        }
    }

    /// @custom:invariant P-20. An exit never extends the payer's lock and leaves the payee exactly EXIT_WINDOW: an
    /// exited channel expires at exit time + EXIT_WINDOW, before the bid's expiration.
    function invariant_exitNeverExtendsTheLock() public view {
        assertFalse(handler.exitMisplaced(), "an exit moved the expiration wrongly, or an invalid exit succeeded");
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Record memory r = all[i];
            if (r.exitStartedAt == 0) {
                assertEq(r.channel.expiration, r.bidExpiration, "expiration moved without an exit");
                continue;
            }
            assertEq(r.channel.expiration, r.exitStartedAt + EXIT_WINDOW, "the payee's window is not EXIT_WINDOW");
            assertLt(r.channel.expiration, r.bidExpiration, "an exit extended the lock");
        }
    }

    // ------------------------------------------------------------------ keys

    /// @custom:invariant P-14. A revoked key never opens a channel afterwards, neither as bidder key nor as
    /// counterparty key (nor by itself, as a node key).
    function invariant_revokedKeyNeverOpensChannel() public view {
        assertFalse(handler.revokedKeyOpened(), "a revoked key opened a channel");
        GhostStore.Record[] memory all = handler.records();
        for (uint256 i; i < all.length; ++i) {
            (address counterpartyWallet,) = users.keyOf(all[i].counterpartyKey);
            assertEq(counterpartyWallet, all[i].channel.payee, "counterparty key not the payee's");
            assertEq(all[i].channel.payeeKey, all[i].counterpartyKey, "payeeKey is not the counterparty key");
            (address bidderWallet,) = users.keyOf(all[i].bidderKey);
            assertTrue(bidderWallet == address(0) || bidderWallet == all[i].channel.payer, "bidder key not the payer's");
        }
    }

    /// @custom:invariant P-15. A key stays bound to the wallet that registered it, and once revoked stays
    /// inactive; an unregistered (anonymous) key stays unregistered.
    function invariant_keysStayBoundToTheirWallet() public view {
        GhostStore.Key[] memory all = handler.keys();
        for (uint256 i; i < all.length; ++i) {
            GhostStore.Key memory k = all[i];
            (address wallet, bool active) = users.keyOf(k.key);
            if (!k.registered) {
                assertEq(wallet, address(0), "anonymous key got registered");
                continue;
            }
            assertEq(wallet, handler.actor(k.owner).wallet, "key changed wallet");
            assertEq(active, !k.revoked, "key activity disagrees with its revocation");
        }
    }

    /// @custom:invariant P-21. Node keys never hold or move funds: no key address has a free balance or PTI, and
    /// no key withdrew its wallet's balance or changed its wallet's keys.
    function invariant_nodeKeysNeverHoldOrMoveFunds() public view {
        GhostStore.Key[] memory all = handler.keys();
        for (uint256 i; i < all.length; ++i) {
            assertEq(channels.balanceOf(all[i].key), 0, "a key holds a free balance");
            assertEq(pti.balanceOf(all[i].key), 0, "a key holds PTI");
        }
        assertFalse(handler.nodeKeyOverreached(), "a node key moved its wallet's balance or keys");
    }

    /// @custom:invariant P-22. Revoking a node key ends its powers at once: a revoked key never opened, withdrew
    /// from or closed a channel afterwards.
    function invariant_revokedNodeKeyNeverActs() public view {
        assertFalse(handler.revokedNodeKeyActed(), "a revoked node key acted");
    }

    /// @custom:invariant P-24. The key limit counts active keys only: every wallet's active key count is the number
    /// of its registered keys not revoked, whatever it revoked before.
    function invariant_activeKeyCountIgnoresRevokedKeys() public view {
        uint256 n = handler.actorCount();
        for (uint256 a; a < n; ++a) {
            assertEq(users.activeKeyCount(handler.actor(a).wallet), handler.activeKeysOf(a), "active key count");
            assertLe(handler.activeKeysOf(a), users.MAX_ACTIVE_KEYS(), "over the active key limit");
        }
    }

    // ------------------------------------------------------------------ videos

    /// @custom:invariant P-16. An unlisted video never gets a new channel and stays unavailable in every format; a
    /// listed one keeps its terms.
    function invariant_unlistedVideoNeverGetsChannels() public view {
        assertFalse(handler.unlistedVideoOpened(), "a channel opened on an unlisted video");
        uint256 n = handler.videoCount();
        for (uint256 v; v < n; ++v) {
            GhostStore.VideoInfo memory info = handler.video(v);
            assertEq(info.opensAfterUnlist, 0, "opens after unlisting");
            string[] memory formats = handler.formatsOf(v);
            for (uint256 f; f < formats.length; ++f) {
                (bool available, uint32 duration, uint32 segmentLength) =
                    videos.termsOf(info.id, keccak256(bytes(formats[f])));
                assertEq(available, info.listed, "availability != listing");
                assertEq(duration, info.duration, "duration changed");
                assertEq(segmentLength, info.segmentLength, "segment length changed");
            }
            IVideoRegistry.Video memory stored = videos.videoOf(info.id);
            assertEq(stored.listed, info.listed, "listing flag disagrees");
        }
    }

    /// @custom:invariant P-23. The earliest commitment owns a video: for every CID an uploader committed to before
    /// an attacker saw it, the uploader is the publisher, whether the attacker revealed first or not, and the
    /// attacker keeps no trace of it.
    function invariant_earliestCommitmentOwnsTheVideo() public view {
        assertFalse(handler.squatterWon(), "a younger commitment took a video");
        GhostStore.Race[] memory all = handler.races();
        for (uint256 i; i < all.length; ++i) {
            IVideoRegistry.Video memory stored = videos.videoOf(all[i].id);
            assertEq(stored.publisher, handler.actor(all[i].uploader).wallet, "the uploader lost its video");
            if (all[i].attacker == handler.NO_ACTOR()) continue;
            bytes32[] memory held = videos.videosOfPublisher(handler.actor(all[i].attacker).wallet);
            for (uint256 j; j < held.length; ++j) {
                assertTrue(held[j] != all[i].id, "the attacker still lists the video");
            }
        }
    }

    // ------------------------------------------------------------------ the handler itself

    /// @custom:invariant P-17. Valid moves never revert: every well-formed deposit, withdraw, open (by wallet or
    /// node key), withdraw from channel, close, batch close, exit, settle, key, video and registration operation
    /// the model allows goes through (no funds stuck in a channel nobody can close or settle).
    function invariant_validMovesNeverRevert() public view {
        assertEq(
            handler.unexpectedReverts(),
            0,
            string.concat(
                "valid move reverted: ",
                handler.actionName(handler.lastUnexpectedAction()),
                " ",
                vm.toString(abi.encodePacked(handler.lastUnexpectedError()))
            )
        );
    }

    /// @custom:invariant P-18. Invalid moves always revert, with the custom error their defect calls for.
    function invariant_invalidMovesAlwaysRevert() public view {
        assertEq(
            handler.invalidSuccesses(),
            0,
            string.concat("invalid move succeeded, kind ", vm.toString(handler.lastInvalidKind()))
        );
        assertEq(
            handler.wrongRevertReasons(),
            0,
            string.concat(
                "invalid move reverted with the wrong error, kind ",
                vm.toString(handler.lastWrongKind()),
                " ",
                vm.toString(abi.encodePacked(handler.lastWrongError()))
            )
        );
    }

    /// @custom:invariant S-1. (Summary, always true) Logs how often each action was called and succeeded.
    function invariant_callSummary() public view {
        (uint256[] memory called, uint256[] memory succeeded) = handler.counts();
        console.log("action / calls / done");
        for (uint256 a; a < called.length; ++a) {
            console.log(handler.actionName(a), called[a], succeeded[a]);
        }
        console.log("channels opened", handler.recordCount(), "still open", handler.openRecords().length);
        console.log("twin reopens of a shared-key bid id", handler.twinReopens());
        console.log("videos reclaimed from a squatter", handler.reclaims());
        uint256 invalid;
        uint256 kindsTried;
        for (uint256 k; k < handler.INVALID_KIND_COUNT(); ++k) {
            invalid += handler.invalidCalls(k);
            if (handler.invalidCalls(k) != 0) kindsTried++;
        }
        console.log("invalid attempts (all reverted)", invalid, "kinds tried", kindsTried);
    }

    /// @custom:invariant S-2. Each run of at least 32 steps opened a channel, paid out, closed or settled one, and
    /// succeeded in at least 8 kinds of action. Short runs are exempt: they only occur when Foundry replays or
    /// shrinks a failing sequence, whose own failure must stay visible.
    function afterInvariant() public view {
        (uint256[] memory called, uint256[] memory succeeded) = handler.counts();
        uint256 steps;
        uint256 distinct;
        for (uint256 a; a < called.length; ++a) {
            steps += called[a];
            if (succeeded[a] > 0) distinct++;
        }
        if (steps < MIN_STEPS_CHECKED) return;
        uint256 opens = handler.done(handler.A_OPEN_CONTENT()) + handler.done(handler.A_OPEN_ATTENTION())
            + handler.done(handler.A_OPEN_TWIN()) + handler.done(handler.A_OPEN_FALLBACK())
            + handler.done(handler.A_NODE_KEY_OPEN());
        uint256 endings = handler.done(handler.A_CHANNEL_WITHDRAW()) + handler.done(handler.A_CLOSE())
            + handler.done(handler.A_CLOSE_MANY()) + handler.done(handler.A_SETTLE())
            + handler.done(handler.A_NODE_KEY_WITHDRAW()) + handler.done(handler.A_NODE_KEY_CLOSE())
            + handler.done(handler.A_ANSWER_EXIT()) + handler.done(handler.A_SETTLE_EXITED());
        assertGt(opens, 0, "no channel opened in this run");
        assertGt(endings, 0, "no channel paid out, closed or settled in this run");
        assertGe(distinct, MIN_DISTINCT_ACTIONS, "too few kinds of action succeeded in this run");
    }
}
