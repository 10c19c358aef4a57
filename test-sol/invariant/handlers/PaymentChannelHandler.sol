// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PTI} from "../../../src-sol/PTI.sol";
import {UserRegistry} from "../../../src-sol/UserRegistry.sol";
import {VideoRegistry} from "../../../src-sol/VideoRegistry.sol";
import {PaymentChannel} from "../../../src-sol/PaymentChannel.sol";
import {BaseHandler} from "./BaseHandler.sol";
import {InvalidMoves} from "./InvalidMoves.sol";
import {ValidMoves} from "./ValidMoves.sol";

/// @notice The handler the invariant suite targets: the valid and the invalid moves over one ghost store.
/// @dev `GhostStore` holds the model, `BaseHandler` the actors, time, instrumentation and bookkeeping,
/// `ValidMoves` what clients do and `InvalidMoves` what must fail (docs/PROPERTIES.md lists them all).
contract PaymentChannelHandler is ValidMoves, InvalidMoves {
    constructor(
        PTI pti_,
        UserRegistry users_,
        VideoRegistry videos_,
        PaymentChannel channels_,
        address treasury_,
        ActorInit[] memory actors,
        VideoInit[] memory videoInits
    ) BaseHandler(pti_, users_, videos_, channels_, treasury_, actors, videoInits) {}
}
