//! The Livepeer backend against a local fixture of a broadcaster's HTTP ingest. No Livepeer node
//! can run here: the fixture implements the documented API (`POST /live/<manifest>/<seq>.ts`,
//! `Accept: multipart/mixed`, one part per rendition named by `Rendition-Name` and
//! `Content-Disposition` as go-livepeer's `HandlePush` writes them, one of them by URL) by transcoding each pushed segment with ffmpeg.

use std::convert::Infallible;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use paratii_media::{Ffmpeg, Format, Job, Livepeer, MediaError, Transcoder};

/// Transcodes one pushed segment into `profile` with the backend's own encoder options.
fn transcode_segment(input: &[u8], format: &Format, dir: &Path, seq: &str) -> Vec<u8> {
    let src = dir.join(format!("in-{seq}-{}.ts", format.name));
    let out = dir.join(format!("out-{seq}-{}.ts", format.name));
    std::fs::write(&src, input).unwrap();
    let status = Command::new("ffmpeg")
        .args(["-v", "error", "-y", "-copyts", "-i"])
        .arg(&src)
        .args(["-vf", &Ffmpeg::video_filter(format)])
        .args(Ffmpeg::encoder_args(format, 2))
        .args(["-f", "mpegts"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::read(&out).unwrap()
}

async fn handle(
    req: Request<Incoming>,
    dir: Arc<tempfile::TempDir>,
    pushes: Arc<AtomicUsize>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let path = req.uri().path().to_owned();
    let wants_multipart = req
        .headers()
        .get("accept")
        .is_some_and(|v| v.to_str().unwrap_or("").contains("multipart/mixed"));
    let config: serde_json::Value = req
        .headers()
        .get("livepeer-transcode-configuration")
        .and_then(|v| serde_json::from_slice(v.as_bytes()).ok())
        .unwrap_or_default();
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    // Renditions answered by URL are fetched from here, like go-livepeer's `/stream/` handler.
    if let ["stream", _manifest, file] = parts.as_slice() {
        let stored = dir.path().join(format!("stream-{file}"));
        return Ok(match std::fs::read(stored) {
            Ok(bytes) => Response::new(Full::new(Bytes::from(bytes))),
            Err(_) => Response::builder()
                .status(404)
                .body(Full::new(Bytes::new()))
                .unwrap(),
        });
    }
    // go-livepeer reads the source size from Content-Resolution; the backend must send it.
    let resolution_ok = req
        .headers()
        .get("content-resolution")
        .is_some_and(|v| v.as_bytes() == b"320x240");
    let (["live", manifest, file], true, true) = (parts.as_slice(), wants_multipart, resolution_ok)
    else {
        return Ok(Response::builder()
            .status(404)
            .body(Full::new(Bytes::new()))
            .unwrap());
    };
    let seq = file.trim_end_matches(".ts").to_owned();
    let body = req.into_body().collect().await.unwrap().to_bytes();
    pushes.fetch_add(1, Ordering::SeqCst);
    let boundary = "paratii-fixture-boundary";
    let mut out = Vec::new();
    for profile in config["profiles"].as_array().cloned().unwrap_or_default() {
        let name = profile["name"].as_str().unwrap().to_owned();
        let format = Format::by_name(&name).unwrap();
        let (body, work, seq2) = (body.clone(), dir.clone(), seq.clone());
        let ts = tokio::task::spawn_blocking(move || {
            transcode_segment(&body, &format, work.path(), &seq2)
        })
        .await
        .unwrap();
        // The real broadcaster names renditions by its profile name; answer with Livepeer's
        // preset name for one of them to check both spellings are understood.
        let rendition = if name == "240p30" {
            format.livepeer_name.to_owned()
        } else {
            name
        };
        // Part headers as go-livepeer's HandlePush (server/mediaserver.go) writes them; 360p30
        // is answered by URL (`application/vnd+livepeer.uri`), as a broadcaster with external
        // storage does.
        let (typ, ext, payload) = if rendition == "360p30" {
            let file = format!("{rendition}_{seq}.ts");
            std::fs::write(dir.path().join(format!("stream-{file}")), &ts).unwrap();
            (
                "application/vnd+livepeer.uri",
                "txt",
                format!("/stream/{manifest}/{file}").into_bytes(),
            )
        } else {
            ("video/MP2T", "ts", ts)
        };
        out.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Type: {typ}\r\nContent-Length: {}\r\nContent-Disposition: attachment; filename=\"{rendition}_{seq}.{ext}\"\r\nRendition-Name: {rendition}\r\n\r\n",
                payload.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&payload);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok(Response::builder()
        .header(
            "content-type",
            format!("multipart/mixed; boundary={boundary}"),
        )
        .body(Full::new(Bytes::from(out)))
        .unwrap())
}

async fn fixture() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let pushes = Arc::new(AtomicUsize::new(0));
    let counter = pushes.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (dir, pushes) = (dir.clone(), counter.clone());
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |req| handle(req, dir.clone(), pushes.clone()));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (url, pushes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn livepeer_backend_against_a_fixture_broadcaster() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("clip.mp4");
    assert!(
        Command::new("ffmpeg")
            .args([
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc=duration=4:size=320x240:rate=30"
            ])
            .args([
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=4",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-c:a",
                "aac",
                "-shortest"
            ])
            .arg(&src)
            .status()
            .unwrap()
            .success()
    );
    let (url, pushes) = fixture().await;
    let lp = Livepeer::new(&url, Ffmpeg::default());
    let probe = lp.probe(&src).await.unwrap();
    let job = Job {
        formats: vec![
            Format::by_name("360p30").unwrap(),
            Format::by_name("240p30").unwrap(),
        ],
        segment_seconds: 2,
    };
    let out = dir.path().join("out");
    let r = lp
        .transcode(&src, &probe, &job, &out, &|_| {})
        .await
        .unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(
        pushes.load(Ordering::SeqCst),
        2,
        "4 s in 2 s segments: two pushes"
    );
    for (rendition, size) in r.iter().zip(["640,360", "426,240"]) {
        assert_eq!(rendition.segments.len(), 2);
        for s in &rendition.segments {
            let probe = Command::new("ffprobe")
                .args([
                    "-v",
                    "error",
                    "-show_entries",
                    "stream=codec_name,width,height",
                    "-of",
                    "csv=p=0",
                ])
                .arg(s)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&probe.stdout);
            assert!(text.contains(&format!("h264,{size}")), "{text}");
        }
    }
    // Resumed: renditions on disk are not pushed again.
    lp.transcode(&src, &probe, &job, &out, &|_| {})
        .await
        .unwrap();
    assert_eq!(pushes.load(Ordering::SeqCst), 2);

    // A broadcaster that is not there is a typed error.
    let gone = Livepeer::new("http://127.0.0.1:1", Ffmpeg::default());
    let err = gone
        .transcode(&src, &probe, &job, &dir.path().join("out2"), &|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, MediaError::Livepeer { .. }), "{err}");
}
