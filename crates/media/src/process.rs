//! Child processes (ffmpeg, ffprobe) that die with the upload.
//!
//! A transcode runs for minutes. When `paratii upload` is killed with SIGKILL no destructor and no
//! signal handler runs, so a plain child is re-parented to init and goes on writing into the work
//! directory while a re-run starts its own. Three measures, each covering the others' gaps:
//!
//! - **A parent-death signal.** On Linux the child is started through util-linux's
//!   `setpriv --pdeathsig KILL -- PROGRAM ARGS`, which sets `PR_SET_PDEATHSIG` and then execs the
//!   program in place (same pid, same arguments), so the kernel kills it when its parent dies,
//!   however that parent dies. Doing the `prctl` ourselves would need
//!   `CommandExt::pre_exec`, which is `unsafe` (it runs between fork and exec), and the workspace
//!   forbids unsafe code with `forbid`, which no local `allow` can lift; setpriv does the same
//!   system call in its own process. The signal follows the death of the *thread* that forked,
//!   not of the process, so every child is spawned, read and reaped by a dedicated thread that
//!   lives exactly as long as the child (a tokio worker may be retired while the child runs).
//! - **Its own process group** (`process_group(0)`): the terminal's Ctrl-C reaches the upload
//!   only, which then stops the child itself, and the whole group can be killed at once.
//! - **Strays are stopped by the next run** ([`stop_strays`]): whatever setpriv could not cover
//!   (no setpriv on this system, or the parent died in the instant between fork and `prctl`), the
//!   next upload of the same work directory kills any ffmpeg still writing into it before it
//!   starts its own.

use std::ffi::OsString;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::error::{MediaError, Result};

/// How much of a child's stderr is kept for error messages.
const STDERR_TAIL: usize = 16 * 1024;

/// What a finished child left.
#[derive(Debug)]
pub(crate) struct Finished {
    pub status: ExitStatus,
    pub stderr: Vec<u8>,
}

enum Event {
    Line(String),
    Done(std::io::Result<ExitStatus>, Vec<u8>),
}

/// `program` as an absolute path: itself when it names a file, else the first match on `PATH`.
pub(crate) fn resolve(program: &Path) -> Option<PathBuf> {
    if program.components().count() > 1 || program.is_absolute() {
        return program.is_file().then(|| program.to_owned());
    }
    let path = std::env::var_os("PATH").unwrap_or_else(|| OsString::from("/usr/bin:/bin"));
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// util-linux's setpriv, if it is there and knows `--pdeathsig` (util-linux 2.33 and later).
fn setpriv() -> Option<&'static Path> {
    static SETPRIV: OnceLock<Option<PathBuf>> = OnceLock::new();
    SETPRIV
        .get_or_init(|| {
            if !cfg!(target_os = "linux") {
                return None;
            }
            let setpriv = resolve(Path::new("setpriv"))?;
            let works = Command::new(&setpriv)
                .args(["--pdeathsig", "KILL", "--", "true"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            works.then_some(setpriv)
        })
        .as_deref()
}

/// Whether children get a parent-death signal on this system (see the module documentation).
pub fn parent_death_signal() -> bool {
    setpriv().is_some()
}

/// Runs `program args` as a guarded child (see the module documentation), handing every line
/// of its stdout to `on_line` as it comes. Dropping the returned future kills the child.
pub(crate) async fn run(
    tool: &'static str,
    program: &Path,
    args: &[String],
    mut on_line: impl FnMut(&str),
) -> Result<Finished> {
    let missing = |reason: String| MediaError::ToolMissing {
        tool,
        path: program.to_owned(),
        reason,
    };
    let resolved = resolve(program).ok_or_else(|| missing("not found".into()))?;
    let mut cmd = match setpriv() {
        Some(setpriv) => {
            let mut cmd = Command::new(setpriv);
            cmd.args(["--pdeathsig", "KILL", "--"]).arg(&resolved);
            cmd
        }
        None => Command::new(&resolved),
    };
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);

    let (events, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let (spawned_tx, spawned) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name(format!("{tool}-child"))
        .spawn(move || supervise(cmd, spawned_tx, events))
        .map_err(|e| missing(format!("cannot start a thread for it: {e}")))?;
    spawned
        .await
        .map_err(|_| missing("its thread ended before starting it".into()))?
        .map_err(|e| missing(e.to_string()))?;
    while let Some(event) = rx.recv().await {
        match event {
            Event::Line(line) => on_line(&line),
            Event::Done(status, stderr) => {
                let status = status.map_err(|e| MediaError::Io {
                    action: "waiting for",
                    path: resolved.clone(),
                    source: e,
                })?;
                return Ok(Finished { status, stderr });
            }
        }
    }
    Err(missing("its thread ended without a status".into()))
}

/// The child's own thread: spawns it (so the parent-death signal follows this thread), forwards
/// its stdout, keeps the tail of its stderr, reaps it; kills its group when nobody listens.
fn supervise(
    mut cmd: Command,
    spawned: tokio::sync::oneshot::Sender<std::io::Result<()>>,
    events: tokio::sync::mpsc::UnboundedSender<Event>,
) {
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            let _ = spawned.send(Err(e));
            return;
        }
    };
    let _ = spawned.send(Ok(()));
    // stderr is drained on its own thread: a child that floods it (ffmpeg on a damaged file)
    // would otherwise block on a full pipe while we wait on stdout.
    let stderr = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut tail = Vec::new();
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                tail.extend_from_slice(&buf[..n]);
                if tail.len() > 2 * STDERR_TAIL {
                    tail.drain(..tail.len() - STDERR_TAIL);
                }
            }
            tail
        })
    });
    let mut abandoned = false;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if events.send(Event::Line(line)).is_err() {
                abandoned = true;
                break;
            }
        }
    }
    if abandoned || events.is_closed() {
        // The upload gave up on it (its future was dropped): nothing may keep writing.
        kill_group(child.id());
        let _ = child.kill();
    }
    let status = child.wait();
    let stderr = stderr.and_then(|t| t.join().ok()).unwrap_or_default();
    let _ = events.send(Event::Done(status, stderr));
}

/// SIGKILL to the process group led by `pid` (never to pid 0 or 1, which mean "everything").
fn kill_group(pid: u32) {
    #[cfg(unix)]
    if let Some(pid) = i32::try_from(pid)
        .ok()
        .filter(|p| *p > 1)
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Kills every process that runs `program` (compared by file name) with an argument inside
/// `dir`, and waits (up to 10 s) until each is gone; returns their pids. These can only be
/// children of an earlier upload of the same work directory that outlived it (the caller holds
/// the directory's lock, so no live upload owns them). Linux only (it reads `/proc`); elsewhere
/// it finds nothing.
pub fn stop_strays(dir: &Path, program: &Path) -> Vec<u32> {
    let (Some(dir), Some(name)) = (dir.to_str(), program.file_name()) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let us = std::process::id();
    let mut stopped = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|p| *p > 1 && *p != us)
        else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let mut args = cmdline.split(|b| *b == 0).filter(|a| !a.is_empty());
        let runs_program = args.next().is_some_and(|argv0| {
            Path::new(&*String::from_utf8_lossy(argv0)).file_name() == Some(name)
        });
        if runs_program && args.any(|a| String::from_utf8_lossy(a).contains(dir)) {
            kill(pid);
            stopped.push(pid);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while stopped.iter().any(|p| alive(*p)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    stopped
}

/// SIGKILL to `pid`'s process group when it leads its own (ours do), else to `pid` alone.
fn kill(pid: u32) {
    #[cfg(unix)]
    {
        use rustix::process::{Pid, Signal, getpgid, kill_process, kill_process_group};
        let Some(p) = i32::try_from(pid).ok().and_then(Pid::from_raw) else {
            return;
        };
        if getpgid(Some(p)).is_ok_and(|g| g == p) {
            let _ = kill_process_group(p, Signal::KILL);
        } else {
            let _ = kill_process(p, Signal::KILL);
        }
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Whether `pid` still runs (a zombie waiting to be reaped does not).
pub fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // `pid (comm) S ...`: the state follows the last parenthesis (comm may hold any byte).
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next())
            .is_some_and(|state| state != 'Z' && state != 'X'),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_reports_lines_and_status() {
        let mut lines = Vec::new();
        let done = run(
            "sh",
            Path::new("sh"),
            &[
                "-c".into(),
                "echo one; echo two; echo oops >&2; exit 3".into(),
            ],
            |l| lines.push(l.to_owned()),
        )
        .await
        .unwrap();
        assert_eq!(lines, ["one", "two"]);
        assert_eq!(done.status.code(), Some(3));
        assert_eq!(done.stderr, b"oops\n");
        let missing = run("nope", Path::new("no-such-program-here"), &[], |_| {}).await;
        assert!(matches!(
            missing,
            Err(MediaError::ToolMissing { tool: "nope", .. })
        ));
    }

    #[tokio::test]
    async fn a_dropped_run_kills_its_child() {
        let dir = tempfile::tempdir().unwrap();
        let pid_file = dir.path().join("pid");
        let script = format!(
            "echo $$ > {}; while true; do echo tick; sleep 0.05; done",
            pid_file.display()
        );
        let args = ["-c".to_owned(), script];
        let run = run("sh", Path::new("sh"), &args, |_| {});
        let _ = tokio::time::timeout(Duration::from_millis(500), run).await;
        let pid: u32 = std::fs::read_to_string(&pid_file)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        while alive(pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!alive(pid), "the child of a dropped run is killed");
    }
}
