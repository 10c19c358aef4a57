// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IUserRegistry} from "./interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "./interfaces/IVideoRegistry.sol";

/// @title VideoRegistry
/// @notice What was uploaded and by whom.
contract VideoRegistry is IVideoRegistry {
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_TITLE_LENGTH = 256;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_FORMAT_LENGTH = 31;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_FORMATS = 16;

    /// @dev What `PaymentChannel.open` needs, copied per format so that it costs one storage read.
    struct Terms {
        uint32 duration;
        uint32 segmentLength;
        bool listed;
    }

    IUserRegistry private immutable _users;

    mapping(bytes32 videoId => Video) private _videos;
    mapping(bytes32 videoId => mapping(bytes32 formatHash => Terms)) private _terms;
    mapping(address publisher => bytes32[]) private _videosByPublisher;
    bytes32[] private _videoIds;

    constructor(IUserRegistry users) {
        _users = users;
    }

    /// @notice The UserRegistry that vouches for owner keys.
    function userRegistry() external view returns (IUserRegistry) {
        return _users;
    }

    /// @inheritdoc IVideoRegistry
    function register(Video calldata input) external returns (bytes32 videoId) {
        uint256 cidLength = bytes(input.cid).length;
        if (cidLength == 0 || cidLength > MAX_CID_LENGTH) revert InvalidCidLength(cidLength);
        _checkTitle(input.title);
        if (input.duration == 0) revert ZeroDuration();
        if (input.segmentLength == 0) revert ZeroSegmentLength();
        if (input.segmentSize == 0) revert ZeroSegmentSize();
        uint256 formatCount = input.formats.length;
        if (formatCount == 0) revert NoFormats();
        if (formatCount > MAX_FORMATS) revert TooManyFormats(formatCount, MAX_FORMATS);

        videoId = keccak256(bytes(input.cid));
        Video storage video = _videos[videoId];
        if (video.publisher != address(0)) revert VideoAlreadyRegistered(videoId, video.publisher);
        (address keyWallet, bool keyActive) = _users.keyOf(input.ownerKey);
        if (keyWallet != msg.sender || !keyActive) revert OwnerKeyNotActive(input.ownerKey, msg.sender);

        _recordFormats(videoId, input, video.formats);
        video.cid = input.cid;
        video.ownerKey = input.ownerKey;
        video.publisher = msg.sender;
        video.title = input.title;
        video.duration = input.duration;
        video.segmentLength = input.segmentLength;
        video.segmentSize = input.segmentSize;
        video.listed = true;
        _videoIds.push(videoId);
        _videosByPublisher[msg.sender].push(videoId);
        emit VideoRegistered(videoId, msg.sender, input.ownerKey, input.cid);
    }

    /// @inheritdoc IVideoRegistry
    function updateTitle(bytes32 videoId, string calldata title) external {
        Video storage video = _publishedBy(videoId, msg.sender);
        _checkTitle(title);
        video.title = title;
        emit VideoTitleUpdated(videoId, title);
    }

    /// @inheritdoc IVideoRegistry
    function unlist(bytes32 videoId) external {
        Video storage video = _publishedBy(videoId, msg.sender);
        if (!video.listed) revert VideoNotListed(videoId);
        video.listed = false;
        mapping(bytes32 => Terms) storage termsByFormat = _terms[videoId];
        string[] storage formats = video.formats;
        for (uint256 i; i < formats.length; ++i) {
            termsByFormat[keccak256(bytes(formats[i]))].listed = false;
        }
        emit VideoUnlisted(videoId);
    }

    /// @inheritdoc IVideoRegistry
    function termsOf(bytes32 videoId, bytes32 formatHash)
        external
        view
        returns (bool available, uint32 duration, uint32 segmentLength)
    {
        Terms storage terms = _terms[videoId][formatHash];
        // `PaymentChannel.open` calls this on every channel: one read of the packed slot (duration in bits
        // 0-31, segment length in 32-63, listed in 64-71), decoded into the named return values.
        assembly ("memory-safe") {
            let word := sload(terms.slot)
            duration := and(word, 0xffffffff)
            segmentLength := and(shr(32, word), 0xffffffff)
            available := and(shr(64, word), 0xff)
        }
    }

    /// @inheritdoc IVideoRegistry
    function videoOf(bytes32 videoId) external view returns (Video memory) {
        Video storage video = _videos[videoId];
        if (video.publisher == address(0)) revert UnknownVideo(videoId);
        return video;
    }

    /// @inheritdoc IVideoRegistry
    function idOf(string calldata cid) external pure returns (bytes32) {
        return keccak256(bytes(cid));
    }

    /// @inheritdoc IVideoRegistry
    function exists(bytes32 videoId) external view returns (bool) {
        return _videos[videoId].publisher != address(0);
    }

    /// @inheritdoc IVideoRegistry
    function videoCount() external view returns (uint256) {
        return _videoIds.length;
    }

    /// @inheritdoc IVideoRegistry
    function videoIds(uint256 start, uint256 count) external view returns (bytes32[] memory ids) {
        uint256 total = _videoIds.length;
        if (start >= total) return new bytes32[](0);
        uint256 end = total - start < count ? total : start + count;
        ids = new bytes32[](end - start);
        for (uint256 i = start; i < end; ++i) {
            ids[i - start] = _videoIds[i];
        }
    }

    /// @inheritdoc IVideoRegistry
    function videosOfPublisher(address publisher) external view returns (bytes32[] memory) {
        return _videosByPublisher[publisher];
    }

    function _recordFormats(bytes32 videoId, Video calldata input, string[] storage formats) private {
        Terms memory terms = Terms({duration: input.duration, segmentLength: input.segmentLength, listed: true});
        mapping(bytes32 => Terms) storage termsByFormat = _terms[videoId];
        for (uint256 i; i < input.formats.length; ++i) {
            string calldata format = input.formats[i];
            uint256 formatLength = bytes(format).length;
            if (formatLength == 0 || formatLength > MAX_FORMAT_LENGTH) revert InvalidFormat(format);
            bytes32 formatHash = keccak256(bytes(format));
            // A repeat finds the entry written by its first occurrence earlier in this loop.
            if (termsByFormat[formatHash].listed) revert DuplicateFormat(format);
            termsByFormat[formatHash] = terms;
            formats.push(format);
        }
    }

    function _publishedBy(bytes32 videoId, address caller) private view returns (Video storage video) {
        video = _videos[videoId];
        if (video.publisher == address(0)) revert UnknownVideo(videoId);
        if (video.publisher != caller) revert NotPublisher(videoId, caller);
    }

    function _checkTitle(string calldata title) private pure {
        uint256 length = bytes(title).length;
        if (length == 0 || length > MAX_TITLE_LENGTH) revert InvalidTitleLength(length);
    }
}
