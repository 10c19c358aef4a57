// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IUserRegistry} from "./interfaces/IUserRegistry.sol";
import {IVideoRegistry} from "./interfaces/IVideoRegistry.sol";

/// @title VideoRegistry
/// @notice What was uploaded and by whom, registered by commit-reveal so that it cannot be squatted.
contract VideoRegistry is IVideoRegistry {
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_TITLE_LENGTH = 256;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_FORMAT_LENGTH = 31;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MAX_FORMATS = 16;
    /// @inheritdoc IVideoRegistry
    uint256 public constant MIN_COMMITMENT_AGE = 1;

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
    /// @dev The position of a video in its publisher's `_videosByPublisher` list, plus one.
    mapping(bytes32 videoId => uint256) private _publisherListPosition;
    bytes32[] private _videoIds;
    /// @dev Pending commitments, with the block each was first recorded in.
    mapping(bytes32 commitment => uint256 blockNumber) private _commitBlocks;
    /// @dev The block of the commitment each registered video was registered with.
    mapping(bytes32 videoId => uint256 blockNumber) private _registeredCommitBlocks;

    constructor(IUserRegistry users) {
        _users = users;
    }

    /// @notice The UserRegistry that vouches for owner keys.
    function userRegistry() external view returns (IUserRegistry) {
        return _users;
    }

    /// @inheritdoc IVideoRegistry
    function commit(bytes32 commitment) external {
        // The first record wins: a repeat (for instance a copy of a pending commit, sent first by someone who saw
        // it) can only date the commitment earlier, which is in favour of the publisher it names.
        if (_commitBlocks[commitment] != 0) return;
        _commitBlocks[commitment] = block.number;
        emit Committed(commitment, msg.sender, block.number);
    }

    /// @inheritdoc IVideoRegistry
    function register(Video calldata input, bytes32 salt) external returns (bytes32 videoId) {
        _checkInput(input);
        videoId = keccak256(bytes(input.cid));

        bytes32 commitment = commitmentOf(input.cid, msg.sender, input.ownerKey, salt);
        uint256 commitBlock = _commitBlocks[commitment];
        if (commitBlock == 0) revert CommitmentNotFound(commitment);
        if (block.number - commitBlock < MIN_COMMITMENT_AGE) {
            revert CommitmentTooRecent(commitment, commitBlock, block.number);
        }

        (address keyWallet, bool keyActive) = _users.keyOf(input.ownerKey);
        if (keyWallet != msg.sender || !keyActive) revert OwnerKeyNotActive(input.ownerKey, msg.sender);

        Video storage video = _videos[videoId];
        address previous = video.publisher;
        if (previous == address(0)) {
            _videoIds.push(videoId);
        } else {
            uint256 previousCommitBlock = _registeredCommitBlocks[videoId];
            // Only a strictly older commitment of another wallet takes the video over.
            if (previous == msg.sender || commitBlock >= previousCommitBlock) {
                revert VideoAlreadyRegistered(videoId, previous, previousCommitBlock, commitBlock);
            }
            _wipe(videoId, video, previous);
            emit VideoReclaimed(videoId, previous, msg.sender, previousCommitBlock, commitBlock);
        }

        delete _commitBlocks[commitment];
        _registeredCommitBlocks[videoId] = commitBlock;
        _recordFormats(videoId, input, video.formats);
        video.cid = input.cid;
        video.ownerKey = input.ownerKey;
        video.publisher = msg.sender;
        video.title = input.title;
        video.duration = input.duration;
        video.segmentLength = input.segmentLength;
        video.segmentSize = input.segmentSize;
        video.listed = true;
        _videosByPublisher[msg.sender].push(videoId);
        _publisherListPosition[videoId] = _videosByPublisher[msg.sender].length;
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
        // 0-31, segment length in 32-63, listed in 64-71), decoded into the named return values. Copying the
        // struct to memory (`Terms memory terms = ...`) costs `open` about 160 gas more.
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
    function commitmentOf(string calldata cid, address publisher, address ownerKey, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(cid, publisher, ownerKey, salt));
    }

    /// @inheritdoc IVideoRegistry
    function commitBlockOf(bytes32 commitment) external view returns (uint256) {
        return _commitBlocks[commitment];
    }

    /// @inheritdoc IVideoRegistry
    function registeredCommitBlockOf(bytes32 videoId) external view returns (uint256) {
        return _registeredCommitBlocks[videoId];
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

    function _checkInput(Video calldata input) private pure {
        uint256 cidLength = bytes(input.cid).length;
        if (cidLength == 0 || cidLength > MAX_CID_LENGTH) revert InvalidCidLength(cidLength);
        _checkTitle(input.title);
        if (input.duration == 0) revert ZeroDuration();
        if (input.segmentLength == 0) revert ZeroSegmentLength();
        if (input.segmentSize == 0) revert ZeroSegmentSize();
        uint256 formatCount = input.formats.length;
        if (formatCount == 0) revert NoFormats();
        if (formatCount > MAX_FORMATS) revert TooManyFormats(formatCount, MAX_FORMATS);
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

    /// @dev Forgets everything the registration of `previous` recorded: the terms of each of its formats (at most
    /// `MAX_FORMATS`, so the cost is bounded), its formats, and its place in `previous`'s list, which goes to the
    /// last video of that list.
    function _wipe(bytes32 videoId, Video storage video, address previous) private {
        mapping(bytes32 => Terms) storage termsByFormat = _terms[videoId];
        string[] storage formats = video.formats;
        for (uint256 i; i < formats.length; ++i) {
            delete termsByFormat[keccak256(bytes(formats[i]))];
        }
        delete video.formats;

        uint256 position = _publisherListPosition[videoId];
        uint256 count = _videosByPublisher[previous].length;
        bytes32 last = _videosByPublisher[previous][count - 1];
        _videosByPublisher[previous][position - 1] = last;
        _publisherListPosition[last] = position;
        _videosByPublisher[previous].pop();
        delete _publisherListPosition[videoId];
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
