// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IVideoRegistry
/// @notice What was uploaded and by whom: one record per IPFS directory, first registrant wins.
/// @dev A video's id is `keccak256(bytes(directoryCid))`, so the same content can be registered only once.
/// Formats are short ASCII names (at most 31 bytes, e.g. "720p30") and are referred to on chain by
/// `keccak256(bytes(name))`, which is also how an EIP-712 `string` field is hashed.
interface IVideoRegistry {
    /// @notice Everything the registry knows of a video.
    struct Video {
        /// The directory CID, as text.
        string cid;
        /// The communication key that speaks for the video.
        address ownerKey;
        /// The wallet that registered it and may update or unlist it.
        address publisher;
        string title;
        /// Seconds.
        uint32 duration;
        /// Seconds per segment.
        uint32 segmentLength;
        /// Kilobytes per segment (the largest rendition's nominal size).
        uint32 segmentSize;
        bool listed;
        string[] formats;
    }

    /// @notice Thrown when registering a CID that is already registered.
    /// @param videoId The id.
    /// @param publisher The wallet that registered it first.
    error VideoAlreadyRegistered(bytes32 videoId, address publisher);

    /// @notice Thrown when a video id is not registered.
    /// @param videoId The id.
    error UnknownVideo(bytes32 videoId);

    /// @notice Thrown when the owner key is not an active key of the calling wallet.
    /// @param key The key.
    /// @param wallet The calling wallet.
    error OwnerKeyNotActive(address key, address wallet);

    /// @notice Thrown when someone other than the publisher tries to change a video.
    /// @param videoId The id.
    /// @param caller The caller.
    error NotPublisher(bytes32 videoId, address caller);

    /// @notice Thrown when unlisting a video that is already unlisted.
    /// @param videoId The id.
    error VideoNotListed(bytes32 videoId);

    /// @notice Thrown when the duration is zero.
    error ZeroDuration();

    /// @notice Thrown when the segment length is zero.
    error ZeroSegmentLength();

    /// @notice Thrown when the segment size is zero.
    error ZeroSegmentSize();

    /// @notice Thrown when no format is given.
    error NoFormats();

    /// @notice Thrown when more than `MAX_FORMATS` formats are given.
    /// @param count The number given.
    /// @param max The maximum.
    error TooManyFormats(uint256 count, uint256 max);

    /// @notice Thrown when a format appears twice.
    /// @param format The repeated format.
    error DuplicateFormat(string format);

    /// @notice Thrown when a format name is empty or longer than `MAX_FORMAT_LENGTH` bytes.
    /// @param format The format.
    error InvalidFormat(string format);

    /// @notice Thrown when the CID is empty or longer than `MAX_CID_LENGTH` bytes.
    /// @param length The length given.
    error InvalidCidLength(uint256 length);

    /// @notice Thrown when the title is empty or longer than `MAX_TITLE_LENGTH` bytes.
    /// @param length The length given.
    error InvalidTitleLength(uint256 length);

    /// @notice Emitted when a video is registered. The rest of the record is in `videoOf` and the calldata.
    /// @param videoId keccak256 of the CID.
    /// @param publisher The registering wallet.
    /// @param ownerKey The owner communication key.
    /// @param cid The directory CID.
    event VideoRegistered(bytes32 indexed videoId, address indexed publisher, address indexed ownerKey, string cid);

    /// @notice Emitted when the publisher changes a video's title.
    /// @param videoId The id.
    /// @param title The new title.
    event VideoTitleUpdated(bytes32 indexed videoId, string title);

    /// @notice Emitted when the publisher unlists a video: no new channel can open on it.
    /// @param videoId The id.
    event VideoUnlisted(bytes32 indexed videoId);

    /// @notice Longest accepted CID, in bytes.
    function MAX_CID_LENGTH() external view returns (uint256);

    /// @notice Longest accepted title, in bytes.
    function MAX_TITLE_LENGTH() external view returns (uint256);

    /// @notice Longest accepted format name, in bytes.
    function MAX_FORMAT_LENGTH() external view returns (uint256);

    /// @notice Most formats per video.
    function MAX_FORMATS() external view returns (uint256);

    /// @notice Registers a video for the caller.
    /// @param video The new video: `ownerKey` must be an active key of the caller; `publisher` and `listed`
    /// are ignored (the caller, and true).
    /// @return videoId keccak256 of the CID.
    function register(Video calldata video) external returns (bytes32 videoId);

    /// @notice Changes the title. Publisher only.
    function updateTitle(bytes32 videoId, string calldata title) external;

    /// @notice Unlists the video so that no new channel opens on it; open channels are unaffected. Publisher only.
    function unlist(bytes32 videoId) external;

    /// @notice The terms a channel needs, in one storage read.
    /// @param videoId The id.
    /// @param formatHash keccak256 of the format name.
    /// @return available True when the video is registered, listed and has that format.
    /// @return duration Seconds.
    /// @return segmentLength Seconds per segment.
    function termsOf(bytes32 videoId, bytes32 formatHash)
        external
        view
        returns (bool available, uint32 duration, uint32 segmentLength);

    /// @notice The full record; reverts with `UnknownVideo` when absent.
    function videoOf(bytes32 videoId) external view returns (Video memory);

    /// @notice The id of a CID, whether registered or not.
    function idOf(string calldata cid) external pure returns (bytes32);

    /// @notice Whether a video id is registered.
    function exists(bytes32 videoId) external view returns (bool);

    /// @notice How many videos are registered.
    function videoCount() external view returns (uint256);

    /// @notice Registered video ids in registration order, `count` from `start` (clamped to the end).
    function videoIds(uint256 start, uint256 count) external view returns (bytes32[] memory);

    /// @notice The ids of the videos a wallet has registered.
    function videosOfPublisher(address publisher) external view returns (bytes32[] memory);
}
