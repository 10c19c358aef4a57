//! `VideoRegistry`: registering, retitling and unlisting videos, and reading them back.

use alloy::primitives::{Address, B256, U256};
use paratii_bindings::video_registry::IVideoRegistry::Video;
use paratii_protocol::VideoTerms;
use paratii_protocol::eip712;

use super::Client;
use crate::connection::TxInfo;
use crate::error::{ContractName::VideoRegistry, Result};
use crate::records::{NewVideo, VideoRecord};

impl Client {
    /// Registers a video for the wallet; returns its id.
    pub async fn register_video(&self, video: &NewVideo) -> Result<(B256, TxInfo)> {
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
        let tx = self
            .transact(VideoRegistry, self.video_registry().register(record))
            .await?;
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
