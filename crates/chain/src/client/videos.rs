//! `VideoRegistry`: registering, retitling and unlisting videos, and reading them back.

use alloy::eips::BlockId;
use alloy::primitives::{Address, B256, U256};
use paratii_bindings::video_registry::IVideoRegistry::Video;
use paratii_protocol::VideoTerms;
use paratii_protocol::eip712;

use super::Client;
use crate::connection::TxInfo;
use crate::error::{ContractName::VideoRegistry, Result};
use crate::records::{NewVideo, VideoRecord};

impl Client {
    /// Registers a video for the wallet in one go: a fresh salt, `commit`, then `register` (R22).
    /// For a video whose CID nobody else has seen yet (tests, tools); `paratii upload` keeps the
    /// salt with the upload and adds to IPFS between the two ([`Client::commit_video`],
    /// [`Client::reveal_video`]). Returns the id and the registration.
    pub async fn register_video(&self, video: &NewVideo) -> Result<(B256, TxInfo)> {
        let salt = B256::from(rand::random::<[u8; 32]>());
        self.commit_video(video, salt).await?;
        self.reveal_video(video, salt).await
    }

    /// The commitment that registers `video` for the wallet with `salt`, computed locally.
    pub fn video_commitment(&self, video: &NewVideo, salt: B256) -> Result<B256> {
        Ok(eip712::video_commitment(
            &video.cid,
            self.me()?,
            video.owner_key,
            salt,
        ))
    }

    /// Sends `commit(commitment)` for `video` with `salt` and waits for its receipt; a reveal sent
    /// after it lands in a later block, which is all `MIN_COMMITMENT_AGE` asks.
    pub async fn commit_video(&self, video: &NewVideo, salt: B256) -> Result<TxInfo> {
        let commitment = self.video_commitment(video, salt)?;
        self.transact(VideoRegistry, self.video_registry().commit(commitment))
            .await
    }

    /// The block a pending commitment is dated from; zero when unknown or already revealed.
    pub async fn commit_block_of(&self, commitment: B256) -> Result<u64> {
        let registry = self.video_registry();
        let call = registry.commitBlockOf(commitment);
        let block = self.read(VideoRegistry, call).await?;
        Ok(u64::try_from(block).unwrap_or(u64::MAX))
    }

    /// The block of the commitment the current registration of `id` was made with (zero when
    /// unregistered): a reveal of an older commitment takes the video over.
    pub async fn registered_commit_block_of(&self, id: B256) -> Result<u64> {
        let registry = self.video_registry();
        let call = registry.registeredCommitBlockOf(id);
        let block = self.read(VideoRegistry, call).await?;
        Ok(u64::try_from(block).unwrap_or(u64::MAX))
    }

    /// Sends `register(video, salt)`, revealing a commitment made in an earlier block.
    pub async fn reveal_video(&self, video: &NewVideo, salt: B256) -> Result<(B256, TxInfo)> {
        let record = Video {
            cid: video.cid.clone(),
            ownerKey: video.owner_key,
            publisher: Address::ZERO,
            title: video.title.clone(),
            duration: video.duration,
            segmentLength: video.segment_length,
            segmentSize: video.segment_size,
            listed: true,
            formats: video.formats.clone(),
        };
        // Simulated against the pending block: that is where it lands, after the commit's block
        // (at `latest`, the commit's own block, it would be `CommitmentTooRecent`).
        let registry = self.video_registry();
        let call = registry.register(record, salt).block(BlockId::pending());
        let tx = self.transact(VideoRegistry, call).await?;
        Ok((eip712::video_id(&video.cid), tx))
    }

    /// Changes a video's title (publisher only).
    pub async fn update_title(&self, id: B256, title: &str) -> Result<TxInfo> {
        let registry = self.video_registry();
        let call = registry.updateTitle(id, title.to_owned());
        self.transact(VideoRegistry, call).await
    }

    /// Unlists a video so no new channel opens on it (publisher only).
    pub async fn unlist(&self, id: B256) -> Result<TxInfo> {
        self.transact(VideoRegistry, self.video_registry().unlist(id))
            .await
    }

    /// A video; reverts with `UnknownVideo` when absent.
    pub async fn video(&self, id: B256) -> Result<VideoRecord> {
        let v = self
            .read(VideoRegistry, self.video_registry().videoOf(id))
            .await?;
        Ok(VideoRecord::new(id, v))
    }

    /// Every registered video, in registration order.
    pub async fn videos(&self) -> Result<Vec<VideoRecord>> {
        const PAGE: u64 = 100;
        let registry = self.video_registry();
        let count = self.read(VideoRegistry, registry.videoCount()).await?;
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        let mut out = Vec::new();
        let mut start = 0;
        while start < count {
            let page = registry.videoIds(U256::from(start), U256::from(PAGE));
            let ids = self.read(VideoRegistry, page).await?;
            if ids.is_empty() {
                break;
            }
            start += ids.len() as u64;
            for id in ids {
                out.push(self.video(id).await?);
            }
        }
        Ok(out)
    }

    /// The videos `publisher` registered.
    pub async fn videos_of(&self, publisher: Address) -> Result<Vec<VideoRecord>> {
        let registry = self.video_registry();
        let call = registry.videosOfPublisher(publisher);
        let ids = self.read(VideoRegistry, call).await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.video(id).await?);
        }
        Ok(out)
    }

    /// `termsOf(video, keccak256(format))`.
    pub async fn video_terms(&self, video: B256, format: &str) -> Result<VideoTerms> {
        let registry = self.video_registry();
        let call = registry.termsOf(video, eip712::format_hash(format));
        let t = self.read(VideoRegistry, call).await?;
        Ok(VideoTerms {
            available: t.available,
            duration: t.duration,
            segment_length: t.segmentLength,
        })
    }
}
