// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IVideoRegistry
/// @notice What was uploaded and by whom: one record per IPFS directory, which belongs to the wallet that
/// committed to it first.
/// @dev A video's id is `keccak256(bytes(directoryCid))`, so the same content has one record. Registration is
/// commit-reveal, so that nobody who sees a pending `register` or the directory on IPFS can take the video:
/// 1. the uploader commits to `commitmentOf(cid, wallet, ownerKey, salt)` (`commit`) before the directory is on
///    any network node, and waits for the commit to be mined;
/// 2. from the next block on (`MIN_COMMITMENT_AGE`), it reveals with `register(video, salt)`.
/// A reveal whose commitment is strictly older than the current registration's takes the video over
/// (`VideoReclaimed`): whoever commits after seeing the CID commits later than the uploader, so it can at most
/// hold the video until the uploader's reveal lands. Formats are short ASCII names (at most 31 bytes, e.g.
/// "720p30") and are referred to on chain by `keccak256(bytes(name))`, which is also how an EIP-712 `string`
/// field is hashed.
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

    /// @notice Thrown when registering a CID that is already registered with a commitment no younger than the
    /// caller's, or already registered by the caller.
    /// @param videoId The id.
    /// @param publisher The wallet that holds it.
    /// @param registeredCommitBlock The block of the commitment it was registered with.
    /// @param commitBlock The block of the caller's commitment.
    error VideoAlreadyRegistered(
        bytes32 videoId, address publisher, uint256 registeredCommitBlock, uint256 commitBlock
    );

    /// @notice Thrown when `register` finds no commitment to the CID, the caller, the owner key and the salt.
    /// @param commitment `commitmentOf(cid, caller, ownerKey, salt)`.
    error CommitmentNotFound(bytes32 commitment);

    /// @notice Thrown when `register` reveals a commitment made in the current block.
    /// @param commitment The commitment.
    /// @param commitBlock The block it was committed in.
    /// @param blockNumber The current block.
    error CommitmentTooRecent(bytes32 commitment, uint256 commitBlock, uint256 blockNumber);

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

    /// @notice Emitted when a commitment is first recorded (a repeat of a recorded commitment changes nothing
    /// and emits nothing).
    /// @param commitment The commitment.
    /// @param committer Who sent it (not necessarily the publisher it names).
    /// @param blockNumber The block it is dated from.
    event Committed(bytes32 indexed commitment, address indexed committer, uint256 blockNumber);

    /// @notice Emitted when a registration with an older commitment takes a video from the wallet that had
    /// registered it with a younger one; `VideoRegistered` follows with the new record.
    /// @param videoId The id.
    /// @param previousPublisher The wallet that loses it.
    /// @param publisher The wallet that takes it.
    /// @param previousCommitBlock The block of the commitment it was registered with.
    /// @param commitBlock The block of the older commitment that takes it.
    event VideoReclaimed(
        bytes32 indexed videoId,
        address indexed previousPublisher,
        address indexed publisher,
        uint256 previousCommitBlock,
        uint256 commitBlock
    );

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

    /// @notice How many blocks old a commitment must be to be revealed: 1, so that the reveal is in a later block
    /// than the commit.
    function MIN_COMMITMENT_AGE() external view returns (uint256);

    /// @notice Records `commitment` with the current block number, unless it is already recorded (then nothing
    /// changes: the earliest block stays). Anyone may send it; only the publisher it names can reveal it.
    /// @param commitment `commitmentOf(cid, publisher, ownerKey, salt)`, computed by the uploader itself (never
    /// through a node, which would learn the CID first).
    function commit(bytes32 commitment) external;

    /// @notice Registers a video for the caller, revealing its commitment.
    /// @dev Requirements, in the order they are checked, each with the error it raises:
    /// 1. the CID is 1 to `MAX_CID_LENGTH` bytes (`InvalidCidLength`), the title 1 to `MAX_TITLE_LENGTH` bytes
    ///    (`InvalidTitleLength`), duration, segment length and segment size are nonzero (`ZeroDuration`,
    ///    `ZeroSegmentLength`, `ZeroSegmentSize`), there are 1 to `MAX_FORMATS` formats (`NoFormats`,
    ///    `TooManyFormats`);
    /// 2. `commitmentOf(video.cid, caller, video.ownerKey, salt)` was committed (`CommitmentNotFound`) in an
    ///    earlier block (`CommitmentTooRecent`);
    /// 3. `video.ownerKey` is an active key of the caller (`OwnerKeyNotActive`);
    /// 4. the video is unregistered, or registered by another wallet with a strictly younger commitment
    ///    (`VideoAlreadyRegistered`); in that case the earlier registration is wiped (`VideoReclaimed`);
    /// 5. every format is 1 to `MAX_FORMAT_LENGTH` bytes (`InvalidFormat`) and appears once
    ///    (`DuplicateFormat`).
    /// The commitment is consumed.
    /// @param video The new video: `ownerKey` must be an active key of the caller; `publisher` and `listed`
    /// are ignored (the caller, and true).
    /// @param salt The salt of the commitment.
    /// @return videoId keccak256 of the CID.
    function register(Video calldata video, bytes32 salt) external returns (bytes32 videoId);

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

    /// @notice The commitment `register` reveals: keccak256(abi.encode(cid, publisher, ownerKey, salt)), the CID
    /// as an ABI `string`.
    /// @dev The CID itself, not the video id: the id (keccak256 of the CID) may be known before the commit (a node
    /// that answered `videoOf(id)` knows it), and a commitment to the id alone could then be made by someone who
    /// never saw the CID. A client computes it locally: asking a node would tell the node the CID.
    function commitmentOf(string calldata cid, address publisher, address ownerKey, bytes32 salt)
        external
        pure
        returns (bytes32);

    /// @notice The block a pending commitment was recorded in; zero when unknown or already revealed.
    function commitBlockOf(bytes32 commitment) external view returns (uint256);

    /// @notice The block of the commitment the current registration of a video was made with; zero when
    /// unregistered. A reveal of an older commitment would take the video over.
    function registeredCommitBlockOf(bytes32 videoId) external view returns (uint256);

    /// @notice Whether a video id is registered.
    function exists(bytes32 videoId) external view returns (bool);

    /// @notice How many videos are registered.
    function videoCount() external view returns (uint256);

    /// @notice Registered video ids in registration order, `count` from `start` (clamped to the end).
    function videoIds(uint256 start, uint256 count) external view returns (bytes32[] memory);

    /// @notice The ids of the videos a wallet holds: registration order, except that when a video is taken
    /// over its place in the list of the wallet that loses it goes to that wallet's last video.
    function videosOfPublisher(address publisher) external view returns (bytes32[] memory);
}
