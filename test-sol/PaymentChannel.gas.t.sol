// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {BaseTest} from "./utils/BaseTest.sol";
import {IPaymentChannel} from "../src-sol/interfaces/IPaymentChannel.sol";

/// @notice Gas of every channel operation in steady state: the payer has opened a channel before (its account
/// slot holds a nonzero balance and nonce) and the payee already holds a nonzero free balance, so no account
/// slot goes from zero to nonzero. Only the last call of each test is measured.
/// @dev The budgets are for whole transactions (intrinsic and calldata gas included), which is what
/// `vm.lastCallGas()` reports under `--isolate`; `forge snapshot` is run with `--isolate` for the same reason.
/// Without `--isolate` the calls share one transaction and measure less, so the budget checks still hold but
/// are loose. `script/gas/measure.sh` measures the same operations from real anvil receipts.
contract PaymentChannelGasTest is BaseTest {
    uint256 internal constant OPEN_BUDGET = 82_000;
    uint256 internal constant WITHDRAW_BUDGET = 45_000;
    uint256 internal constant CLOSE_BUDGET = 45_000;
    uint256 internal constant SETTLE_BUDGET = 35_000;
    uint256 internal constant BATCH_EXTRA_BUDGET = 22_000;
    uint256 internal constant START_EXIT_BUDGET = 35_000;
    uint256 internal constant SETTLE_AFTER_EXIT_BUDGET = 35_000;
    uint256 internal constant BATCH = 5;

    bytes32 internal priorId;
    IPaymentChannel.Channel internal prior;
    IPaymentChannel.CloseRequest[] internal batch;

    function setUp() public override {
        super.setUp();
        // The steady state: the viewer has paid into a channel and the publisher has been paid from it.
        IPaymentChannel.Channel memory opened;
        (priorId, opened) = _open(viewer, publisher);
        bytes memory signature = _pay(viewer, priorId, 1);
        vm.prank(publisher.wallet);
        prior = channels.withdrawFromChannel(priorId, opened, 1, signature);
        _openBatch();
    }

    function test_gas_open() public {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(viewer, bid);
        bytes32 nonce = channels.bidDigest(bid);
        vm.prank(publisher.wallet);
        channels.open(bid, walletSignature, bidderSignature);
        _assertWithin("open", OPEN_BUDGET);
        assertEq(channels.nonceOf(viewer.wallet), bytes32(uint256(uint160(uint256(nonce)))));
    }

    /// @dev The same open sent by the publisher's node key (the bid's counterparty key) from its own address.
    function test_gas_open_byNodeKey() public {
        IPaymentChannel.Bid memory bid = _bid(viewer, publisher);
        (bytes memory walletSignature, bytes memory bidderSignature) = _signBid(viewer, bid);
        vm.prank(publisher.comm);
        (, IPaymentChannel.Channel memory channel) = channels.open(bid, walletSignature, bidderSignature);
        _assertWithin("open by node key", OPEN_BUDGET);
        assertEq(channel.payee, publisher.wallet);
    }

    function test_gas_startExit() public {
        IPaymentChannel.Channel memory channel = prior;
        vm.prank(viewer.wallet);
        IPaymentChannel.Channel memory updated = channels.startExit(priorId, channel);
        _assertWithin("startExit", START_EXIT_BUDGET);
        assertEq(updated.expiration, block.timestamp + channels.EXIT_WINDOW());
    }

    function test_gas_settleAfterExit() public {
        IPaymentChannel.Channel memory channel = prior;
        vm.prank(viewer.wallet);
        channel = channels.startExit(priorId, channel);
        vm.warp(channel.expiration);
        channels.settle(priorId, channel);
        _assertWithin("settle after exit", SETTLE_AFTER_EXIT_BUDGET);
        assertEq(channels.channelHash(priorId), bytes32(0));
    }

    function test_gas_withdrawFromChannel() public {
        bytes memory signature = _pay(viewer, priorId, 5);
        IPaymentChannel.Channel memory channel = prior;
        uint256 before = channels.balanceOf(publisher.wallet);
        vm.prank(publisher.wallet);
        channels.withdrawFromChannel(priorId, channel, 5, signature);
        _assertWithin("withdrawFromChannel", WITHDRAW_BUDGET);
        assertEq(channels.balanceOf(publisher.wallet) - before, 4 * channel.pricePerSegment);
    }

    function test_gas_close() public {
        bytes memory signature = _pay(viewer, priorId, 5);
        IPaymentChannel.Channel memory channel = prior;
        vm.prank(publisher.wallet);
        channels.close(priorId, channel, 5, signature);
        _assertWithin("close", CLOSE_BUDGET);
        assertEq(channels.channelHash(priorId), bytes32(0));
    }

    function test_gas_settle() public {
        IPaymentChannel.Channel memory channel = prior;
        vm.warp(channel.expiration);
        channels.settle(priorId, channel);
        _assertWithin("settle", SETTLE_BUDGET);
        assertEq(channels.channelHash(priorId), bytes32(0));
    }

    function test_gas_closeMany_one() public {
        IPaymentChannel.CloseRequest[] memory requests = new IPaymentChannel.CloseRequest[](1);
        requests[0] = batch[0];
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(channels.channelHash(requests[0].channelId), bytes32(0));
    }

    function test_gas_closeMany_five() public {
        IPaymentChannel.CloseRequest[] memory requests = batch;
        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        assertEq(channels.channelHash(requests[BATCH - 1].channelId), bytes32(0));
    }

    /// @dev The marginal cost of one more channel in `closeMany`: (gas with N - gas with 1) / (N - 1).
    function test_gas_closeMany_perExtraChannel() public {
        IPaymentChannel.CloseRequest[] memory requests = batch;
        IPaymentChannel.CloseRequest[] memory first = new IPaymentChannel.CloseRequest[](1);
        first[0] = requests[0];

        uint256 state = vm.snapshotState();
        vm.prank(publisher.wallet);
        channels.closeMany(first);
        uint256 one = vm.lastCallGas().gasTotalUsed;
        vm.revertToState(state);

        vm.prank(publisher.wallet);
        channels.closeMany(requests);
        uint256 many = vm.lastCallGas().gasTotalUsed;

        uint256 perExtra = (many - one) / (BATCH - 1);
        emit log_named_uint("closeMany, per extra channel", perExtra);
        assertLe(perExtra, BATCH_EXTRA_BUDGET, "closeMany per extra channel over budget");
        assertEq(channels.channelHash(requests[BATCH - 1].channelId), bytes32(0));
    }

    function _assertWithin(string memory operation, uint256 budget) internal {
        uint256 used = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(operation, used);
        assertLe(used, budget, string.concat(operation, " over budget"));
    }

    /// @dev `BATCH` channels from distinct payers (each with a prior channel, so in steady state) to the
    /// publisher, each with a payment of 5 segments, ready for `closeMany`.
    function _openBatch() internal {
        for (uint256 i; i < BATCH; ++i) {
            Actor memory payer = i == 0 ? viewer : _newActor(string.concat("payer", vm.toString(i)));
            if (i != 0) {
                _registerKey(payer);
                _fund(payer.wallet, FUNDS);
                _open(payer, publisher);
            }
            (bytes32 channelId, IPaymentChannel.Channel memory channel) = _open(payer, publisher);
            batch.push(
                IPaymentChannel.CloseRequest({
                    channelId: channelId, channel: channel, balance: 5, signature: _pay(payer, channelId, 5)
                })
            );
        }
    }
}
