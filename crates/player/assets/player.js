// Paratii Player: the page paratii play serves on 127.0.0.1.
//
// Every request goes to this origin and is authenticated by the session cookie the server set when
// the viewer opened the printed URL; nothing here knows the token. Buying a segment's key is what
// pays for it, so hls.js is held to about one segment ahead of the playhead (see hlsConfig).
// Server strings (titles, errors, ids) are rendered with textContent only, never as HTML.

const $ = (id) => document.getElementById(id);

const ui = {
  video: $('video'),
  screen: document.querySelector('.screen'),
  title: $('title'),
  subtitle: $('subtitle'),
  badge: $('state-badge'),
  play: $('play'),
  stop: $('stop'),
  status: $('status'),
  segments: $('segments'),
  idle: $('idle'),
  idleDetail: $('idle-detail'),
  adLabel: $('ad-label'),
  adCountdown: $('ad-countdown'),
  error: $('error'),
  errorTitle: $('error-title'),
  errorMessage: $('error-message'),
  errorHint: $('error-hint'),
  summary: $('summary'),
  liveDot: $('live-dot'),
  m: {
    spent: $('m-spent'),
    seconds: $('m-seconds'),
    escrow: $('m-escrow'),
    escrowLeft: $('m-escrow-left'),
    escrowMeter: $('m-escrow-meter'),
    segments: $('m-segments'),
    keys: $('m-keys'),
    rate: $('m-rate'),
    earnedRow: $('m-earned-row'),
    earned: $('m-earned'),
    channel: $('m-channel'),
    publisher: $('m-publisher'),
    state: $('m-state'),
  },
  s: {
    spent: $('s-spent'),
    refunded: $('s-refunded'),
    seconds: $('s-seconds'),
    segments: $('s-segments'),
    earnedRow: $('s-earned-row'),
    earned: $('s-earned'),
    tx: $('s-tx'),
  },
};
const video = ui.video;

const FEATURE_PLAYLIST = '/live.m3u8';
const PROGRESS_EVERY_MS = 500;
const EVENTS_LOST_MS = 5000; // the server sends the meter at least once a second

let meter = null; // the last meter state from /events or /state
let phase = 'idle'; // 'idle' | 'ad' | 'feature' | 'stopped'
let hls = null;
let currentAd = null; // the ads[] entry playing in phase 'ad'
const triedAds = new Set(); // ad channels already played (or given up) in this page
let featureReady = false; // the feature's hls instance is attached (manifest may still be loading)
let stopping = false;
let closed = null;
let serverError = null;
let pageError = null; // {title, message, hint, retry}
let lastEventAt = Date.now();
let adMaxTime = 0; // furthest point reached in the ad: seeking past it is undone
let mediaRecoveries = 0;
let resumeAt = 0; // where Retry starts again after a fatal error
const keysBought = new Set(); // feature segment indices whose key this page received
const keyLoading = new Set();

// ---------------------------------------------------------------- hls.js configuration

// One rendition, keys paid on request: buffer one segment ahead of the playhead and never more than
// two, so a paused player stops buying keys within one segment and a seek buys only what is played.
function hlsConfig(segmentSeconds, { autoStartLoad, startPosition = -1 }) {
  const seg = segmentSeconds > 0 ? segmentSeconds : 2;
  return {
    autoStartLoad,
    startPosition,
    debug: false,
    enableWorker: true, // transmuxing in a blob: worker, which the CSP's worker-src allows
    lowLatencyMode: false,
    // No EXT-X-DATERANGE interstitials here (ads are our own phase); its controller would also
    // call startLoad() again after our startLoad(), aborting the next key's request.
    enableInterstitialPlayback: false,
    startFragPrefetch: false,
    testBandwidth: false, // never load a fragment only to measure bandwidth
    capLevelToPlayerSize: false,
    maxBufferLength: seg,
    maxMaxBufferLength: 2 * seg,
    maxBufferSize: 0, // no byte budget, so a low bitrate never stretches the time budget above
    backBufferLength: seg,
    // A key answer is a network round trip plus a payment: be patient (20 s to the first byte), ask
    // again once after an error, never after a timeout.
    keyLoadPolicy: {
      default: {
        maxTimeToFirstByteMs: 20000,
        maxLoadTimeMs: 25000,
        timeoutRetry: null,
        // hls.js asks three layers about a failed key (its loader, its error controller, its
        // stream controller); with shouldRetry false only the last one retries, once, because
        // there is no alternate rendition: two requests per failing key in all, 1 s apart.
        errorRetry: { maxNumRetry: 1, retryDelayMs: 1000, maxRetryDelayMs: 1000, shouldRetry: () => false },
      },
    },
    // Ciphertext may come from IPFS through the local server: slower than a CDN.
    fragLoadPolicy: {
      default: {
        maxTimeToFirstByteMs: 20000,
        maxLoadTimeMs: 60000,
        timeoutRetry: { maxNumRetry: 2, retryDelayMs: 0, maxRetryDelayMs: 0 },
        errorRetry: { maxNumRetry: 3, retryDelayMs: 1000, maxRetryDelayMs: 4000 },
      },
    },
  };
}

function segmentSeconds(forAd) {
  if (forAd && currentAd && currentAd.segmentSeconds) return currentAd.segmentSeconds;
  return (meter && meter.video && meter.video.segmentSeconds) || 2;
}

function destroyHls() {
  if (hls) {
    hls.destroy();
    hls = null;
  }
  featureReady = false;
}

function createHls(url, forAd, opts) {
  destroyHls();
  const h = new window.Hls(hlsConfig(segmentSeconds(forAd), opts));
  hls = h;
  h.on(window.Hls.Events.LEVEL_LOADED, (_e, data) => {
    // The playlist's own target duration wins over the meter's figure.
    const td = data.details && data.details.targetduration;
    if (td > 0) {
      h.config.maxBufferLength = td;
      h.config.maxMaxBufferLength = 2 * td;
      h.config.backBufferLength = td;
    }
  });
  h.on(window.Hls.Events.ERROR, (_e, data) => onHlsError(h, forAd, data));
  if (!forAd) {
    h.on(window.Hls.Events.KEY_LOADING, (_e, data) => {
      const sn = data.frag && data.frag.sn;
      if (typeof sn === 'number') {
        keyLoading.add(sn);
        setStatus(`Buying the key of segment ${sn + 1}…`);
        renderSegments();
      }
    });
    h.on(window.Hls.Events.KEY_LOADED, (_e, data) => {
      const sn = data.frag && data.frag.sn;
      if (typeof sn === 'number') {
        keyLoading.delete(sn);
        keysBought.add(sn);
        renderSegments();
        if (!video.paused) setStatus('Playing: each key is bought as the player needs it.');
      }
    });
  }
  h.attachMedia(video);
  h.loadSource(url);
  return h;
}

function onHlsError(h, forAd, data) {
  if (h !== hls || !data.fatal || phase === 'stopped') return;
  const E = window.Hls.ErrorDetails;
  const T = window.Hls.ErrorTypes;
  if (forAd) {
    // An ad that cannot play must not keep the viewer from the video.
    setStatus('The ad could not be played; starting the video.');
    endAd();
    return;
  }
  if (data.type === T.MEDIA_ERROR && mediaRecoveries < 2) {
    mediaRecoveries += 1;
    h.recoverMediaError();
    return;
  }
  resumeAt = video.currentTime || 0;
  const at = formatClock(resumeAt);
  const status = data.response && data.response.code;
  const frag = data.frag && typeof data.frag.sn === 'number' ? data.frag.sn : null;
  const segWords = frag === null ? 'the next segment' : `segment ${frag + 1}`;
  let err;
  if (data.details === E.KEY_LOAD_ERROR || data.details === E.KEY_LOAD_TIMEOUT) {
    if (frag !== null) keyLoading.delete(frag);
    err = {
      title: 'The publisher did not send the key for this segment',
      message: `Playback stopped at ${at}: the key for ${segWords} did not arrive${
        data.details === E.KEY_LOAD_TIMEOUT ? ' in time' : status ? ` (answer ${status})` : ''
      }. Payments stop with playback.`,
      hint: 'Press Retry to ask again, or Stop to close the channel and get the rest of your escrow back.',
    };
  } else if (data.type === T.NETWORK_ERROR) {
    err = {
      title: 'The video could not be loaded',
      message: `Playback stopped at ${at}: ${segWords} could not be fetched${status ? ` (answer ${status})` : ''}.`,
      hint: 'Check that paratii play is still running and its IPFS source is reachable, then press Retry.',
    };
  } else if (data.type === T.MEDIA_ERROR) {
    err = {
      title: 'This video cannot be decoded here',
      message: `The browser could not decode ${segWords} (${data.details}).`,
      hint: 'Try another format of the video (paratii play --format …) or another browser.',
    };
  } else {
    err = {
      title: 'The player stopped',
      message: `Playback stopped at ${at} (${data.details}).`,
      hint: 'Press Retry, or Stop to close the channel and get the rest of your escrow back.',
    };
  }
  err.retry = true;
  if (!status && data.type === T.NETWORK_ERROR) {
    // No answer at all: is paratii play itself gone?
    fetch('/state', { credentials: 'same-origin', cache: 'no-store' }).then(
      (r) => r.ok || setPageError(connectionLost()),
      () => setPageError(connectionLost()),
    );
  }
  video.pause();
  // Keep the last picture: a network error leaves the instance usable (Retry calls startLoad); a
  // media error past recoverMediaError does not.
  if (data.type === T.NETWORK_ERROR) h.stopLoad();
  else destroyHls();
  setPageError(err);
}

// ---------------------------------------------------------------- phases

function pendingAd() {
  if (!meter || !Array.isArray(meter.ads)) return null;
  return meter.ads.find((a) => a && !a.done && a.playlist && !triedAds.has(a.channel)) || null;
}

function hlsSupported() {
  return !!(window.Hls && window.Hls.isSupported());
}

// Loads the feature's playlist (no key, no segment) so that Play starts without a round trip.
function prepareFeature() {
  if (phase !== 'idle' || featureReady || !hlsSupported() || !canPlay()) return;
  createHls(FEATURE_PLAYLIST, false, { autoStartLoad: false });
  featureReady = true;
}

function startFeature(startAt) {
  phase = 'feature';
  currentAd = null;
  ui.adLabel.hidden = true;
  video.controls = true;
  const at = typeof startAt === 'number' && startAt > 0 ? startAt : 0;
  if (featureReady && hls) {
    hls.startLoad(at);
  } else {
    createHls(FEATURE_PLAYLIST, false, { autoStartLoad: true, startPosition: at });
  }
  featureReady = false;
  playVideo();
  sendProgress();
  render();
}

function startAd(ad) {
  phase = 'ad';
  currentAd = ad;
  triedAds.add(ad.channel);
  adMaxTime = 0;
  video.controls = false; // no seeking through an ad
  ui.adLabel.hidden = false;
  updateAdCountdown();
  createHls(ad.playlist, true, { autoStartLoad: true, startPosition: 0 });
  playVideo();
  sendProgress();
  setStatus('An advertiser pays you to watch this ad; the video follows.');
  render();
}

function endAd() {
  const next = pendingAd();
  if (next) startAd(next);
  else startFeature(0);
}

function begin() {
  if (!canPlay()) return;
  markPlayRequested();
  const ad = pendingAd();
  if (ad) startAd(ad);
  else startFeature(0);
}

function playVideo() {
  const p = video.play();
  if (p && p.catch) {
    p.catch((e) => {
      if (e && e.name === 'NotAllowedError') setStatus('The browser blocked playback: press Play.');
    });
  }
}

function retry() {
  setPageError(null);
  mediaRecoveries = 0;
  phase = 'feature';
  if (hls) hls.startLoad(resumeAt);
  else createHls(FEATURE_PLAYLIST, false, { autoStartLoad: true, startPosition: resumeAt });
  playVideo();
  render();
}

function onPlayClick() {
  if (phase === 'stopped' || closed || stopping) return;
  if (pageError && pageError.retry) {
    retry();
    return;
  }
  if (phase === 'idle') {
    begin();
    return;
  }
  if (video.paused || video.ended) playVideo();
  else video.pause();
}

// ---------------------------------------------------------------- Stop

async function stop() {
  if (stopping || closed) return;
  stopping = true;
  render();
  setStatus('Closing the payment channel…');
  video.pause();
  if (hls) hls.stopLoad();
  await sendProgress();
  try {
    const res = await fetch('/stop', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    let body = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    if (!res.ok) {
      throw new Error((body && body.error && body.error.message) || `paratii play answered ${res.status}`);
    }
    if (body && body.closed) {
      applyMeter(body.state ? body : { ...(meter || {}), ...body });
    } else {
      setStatus('Waiting for the publisher to close the channel…');
    }
  } catch (e) {
    stopping = false;
    setPageError({
      title: 'The session could not be stopped',
      message: `Stop did not reach paratii play: ${e.message}.`,
      hint: 'Press Stop again; if paratii play has exited, the publisher closes the channel when it notices.',
    });
  }
  render();
}

function finish(c) {
  closed = c;
  phase = 'stopped';
  stopping = false;
  // No more loading; the last picture and the element's figures (time, frames) stay for the record.
  if (hls) hls.stopLoad();
  video.pause();
  video.controls = false;
  ui.adLabel.hidden = true;
  setStatus('Session closed. You can close this page.');
  render();
}

// ---------------------------------------------------------------- progress reports

let progressInFlight = false;

function ranges(tr) {
  const out = [];
  for (let i = 0; i < tr.length; i++) out.push([round(tr.start(i)), round(tr.end(i))]);
  return out;
}

function progressBody() {
  return JSON.stringify({
    phase: phase === 'ad' ? 'ad' : 'feature',
    ad: phase === 'ad' && currentAd ? currentAd.channel : null,
    currentTime: round(video.currentTime || 0),
    paused: video.paused,
    ended: video.ended,
    played: ranges(video.played),
  });
}

// An event (play, pause, seeked, ended, a phase change) is always reported, at once and with the
// state of that moment; the periodic report is skipped while the previous one is still on its way.
async function sendProgress(periodic = false) {
  if (phase !== 'ad' && phase !== 'feature') return;
  if (periodic && progressInFlight) return;
  const body = progressBody();
  progressInFlight = true;
  try {
    await fetch('/progress', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
  } catch {
    // the /events watchdog tells the viewer when the server is gone
  } finally {
    progressInFlight = false;
  }
}

setInterval(() => {
  // While visible, or while playing in a background tab (the server counts the seconds).
  if (document.visibilityState === 'visible' || !video.paused) sendProgress(true);
}, PROGRESS_EVERY_MS);

window.addEventListener('pagehide', () => {
  if (phase !== 'ad' && phase !== 'feature') return;
  const body = progressBody();
  let sent = false;
  try {
    sent = navigator.sendBeacon('/progress', new Blob([body], { type: 'application/json' }));
  } catch {
    sent = false;
  }
  if (!sent) {
    fetch('/progress', {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
    }).catch(() => {});
  }
});

// ---------------------------------------------------------------- video events

for (const ev of ['play', 'pause', 'seeked', 'ended']) {
  video.addEventListener(ev, () => {
    sendProgress();
    render();
  });
}

video.addEventListener('play', () => {
  if (closed) video.pause(); // the session is over: nothing plays (media keys included)
});
video.addEventListener('pause', () => {
  if (phase === 'feature' && !video.ended && !stopping) {
    setStatus('Paused: no key is bought while paused.');
  }
});
video.addEventListener('playing', () => {
  if (phase === 'feature') setStatus('Playing: each key is bought as the player needs it.');
});
video.addEventListener('waiting', () => {
  if (phase === 'feature' && keyLoading.size === 0) setStatus('Buffering…');
});

video.addEventListener('timeupdate', () => {
  if (phase === 'ad') {
    if (!video.seeking) adMaxTime = Math.max(adMaxTime, video.currentTime);
    updateAdCountdown();
  }
  renderSegments();
});

video.addEventListener('seeking', () => {
  // Ads cannot be skipped: undo any seek ahead of what was watched.
  if (phase === 'ad' && video.currentTime > adMaxTime + 0.5) video.currentTime = adMaxTime;
});

video.addEventListener('ended', () => {
  if (phase === 'ad') {
    endAd();
  } else if (phase === 'feature') {
    setStatus('The end. Press Stop to close the channel and get the rest of your escrow back.');
  }
});

// ---------------------------------------------------------------- meter (server-sent events)

function applyMeter(m) {
  if (!m || typeof m !== 'object') return;
  meter = m;
  lastEventAt = Date.now();
  if (pageError && pageError.lost) setPageError(null);
  serverError = m.error && typeof m.error === 'object' ? m.error : null;
  if (m.closed && !closed) finish(m.closed);
  if (serverError && phase !== 'stopped' && !video.paused) video.pause();
  prepareFeature();
  render();
}

function connectEvents() {
  const es = new EventSource('/events');
  es.onmessage = (ev) => {
    try {
      applyMeter(JSON.parse(ev.data));
    } catch {
      // one bad line: the next one (at most a second away) carries the full state again
    }
  };
  es.onopen = () => {
    lastEventAt = Date.now();
  };
}

setInterval(() => {
  const lost = Date.now() - lastEventAt > EVENTS_LOST_MS;
  ui.liveDot.classList.toggle('stale', lost);
  if (lost && !closed && !(pageError && pageError.lost)) {
    setPageError(connectionLost());
  }
}, 1000);

function connectionLost() {
  if (!video.paused) video.pause();
  if (hls) hls.stopLoad();
  return {
    title: 'The player stopped',
    message: 'This page lost its connection to paratii play on this computer, so no key can be bought and nothing more is paid.',
    hint: 'Restart paratii play and open the address it prints.',
    lost: true,
  };
}

// ---------------------------------------------------------------- rendering

const round = (x) => Math.round(x * 1000) / 1000;

function formatClock(s) {
  const t = Math.max(0, Math.floor(s || 0));
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
}

function shorten(id) {
  if (typeof id !== 'string') return '–';
  return id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-6)}` : id;
}

function isZero(amount) {
  return amount === undefined || amount === null || Number(amount) === 0;
}

function setText(el, text) {
  const t = text === undefined || text === null ? '' : String(text);
  if (el.textContent !== t) el.textContent = t;
}

function setStatus(text) {
  setText(ui.status, text);
}

function setPageError(err) {
  pageError = err;
  render();
}

function markPlayRequested() {
  // for tools/player/drive.mjs's time-to-first-frame, should it need a page-side mark
  window.paratii.playRequestedAt = performance.now();
}

function currentError() {
  return serverError || pageError || (hlsSupported() ? null : UNSUPPORTED);
}

function canPlay() {
  return (
    !!meter && !closed && !serverError && hlsSupported() && (meter.state === 'ready' || meter.state === 'playing')
  );
}

const STATE_WORDS = {
  starting: 'Starting',
  ready: 'Ready',
  playing: 'Playing',
  paused: 'Paused',
  ended: 'Ended',
  error: 'Error',
};

function render() {
  const m = meter || {};
  const v = m.video || {};

  // heading
  setText(ui.title, v.title || (meter ? 'Untitled video' : 'Loading the video…'));
  if (v.title) document.title = `${v.title} · Paratii Player`;
  const bits = [];
  if (v.format) bits.push(v.format);
  if (v.duration) bits.push(formatClock(v.duration));
  if (v.segments) bits.push(`${v.segments} segments of ${v.segmentSeconds || '?'} s`);
  if (m.ratePerSecond) bits.push(`${m.ratePerSecond} PTI per second`);
  setText(ui.subtitle, bits.join(' · '));

  // badge and state
  // The server's "playing" means the channel is open; a paused video pays nothing, say so.
  const open = m.state === 'playing' && video.paused ? 'paused' : m.state;
  const st = closed ? 'closed' : currentError() ? 'error' : open || 'starting';
  ui.badge.dataset.state = st;
  setText(ui.badge, st === 'closed' ? 'Closed' : STATE_WORDS[st] || st);
  setText(ui.m.state, closed ? 'closed' : open || 'starting');

  // meter
  setText(ui.m.spent, m.ptiSpent ?? '0');
  setText(ui.m.seconds, typeof m.secondsPlayed === 'number' ? m.secondsPlayed.toFixed(1) : '0.0');
  setText(ui.m.escrow, m.escrow ?? '–');
  setText(ui.m.escrowLeft, m.escrowLeft ?? '–');
  const escrow = Number(m.escrow);
  const left = Number(m.escrowLeft);
  if (escrow > 0 && Number.isFinite(left)) {
    ui.m.escrowMeter.max = escrow;
    ui.m.escrowMeter.value = Math.max(0, Math.min(escrow, left));
    ui.m.escrowMeter.low = escrow * 0.25;
  }
  setText(ui.m.segments, v.segments ? `${m.segmentsPaid ?? 0} of ${v.segments}` : m.segmentsPaid ?? 0);
  setText(ui.m.keys, m.keysReceived ?? 0);
  setText(ui.m.rate, m.ratePerSecond ?? '–');
  ui.m.earnedRow.hidden = isZero(m.ptiEarned);
  setText(ui.m.earned, m.ptiEarned ?? '0');
  setText(ui.m.channel, m.channel ? shorten(m.channel) : 'not open yet');
  ui.m.channel.title = m.channel || '';
  setText(ui.m.publisher, m.publisher ? shorten(m.publisher) : '–');
  ui.m.publisher.title = m.publisher || '';

  // error card: the server's words first, then the page's own
  const err = currentError();
  ui.error.hidden = !err || !!closed;
  if (err) {
    setText(ui.errorTitle, err.title || 'Something went wrong');
    setText(ui.errorMessage, err.message || '');
    setText(ui.errorHint, err.hint || '');
    ui.errorHint.hidden = !err.hint;
  }

  // the screen before Play
  ui.idle.hidden = !(phase === 'idle' && canPlay() && !err);
  if (!ui.idle.hidden) {
    const ad = pendingAd();
    setText(
      ui.idleDetail,
      ad
        ? 'An ad plays first, and its advertiser pays you for watching it.'
        : `You pay ${m.ratePerSecond || '?'} PTI per second watched, segment by segment. Pause and the payments pause.`,
    );
  }

  ui.screen.classList.toggle('dim', !!closed || (!!err && !ui.error.hidden));

  // summary
  ui.summary.hidden = !closed;
  if (closed) {
    setText(ui.s.spent, closed.ptiSpent ?? m.ptiSpent ?? '0');
    setText(ui.s.refunded, closed.ptiRefunded ?? '0');
    setText(ui.s.seconds, typeof m.secondsPlayed === 'number' ? m.secondsPlayed.toFixed(1) : '0');
    setText(ui.s.segments, m.segmentsPaid ?? 0);
    ui.s.earnedRow.hidden = isZero(m.ptiEarned);
    setText(ui.s.earned, m.ptiEarned ?? '0');
    setText(ui.s.tx, closed.tx || 'none: no channel was opened');
    ui.s.tx.title = closed.tx || '';
  }

  // buttons
  const retryable = !!(pageError && pageError.retry) && !serverError && !closed;
  const playing = phase !== 'idle' && !video.paused && !video.ended;
  ui.play.disabled = closed || stopping || (!retryable && (phase === 'idle' ? !canPlay() : !!serverError || !!(pageError && pageError.lost)));
  setText(ui.play, retryable ? 'Retry' : playing ? 'Pause' : 'Play');
  ui.play.setAttribute('aria-pressed', playing ? 'true' : 'false');
  ui.stop.disabled = !!closed || stopping || !meter;
  setText(ui.stop, stopping ? 'Stopping…' : 'Stop');

  if (phase === 'idle' && !err && !closed) {
    if (!meter) setStatus('Connecting to paratii play…');
    else if (m.state === 'starting') setStatus('Opening a payment channel with the publisher…');
    else if (canPlay()) setStatus(pendingAd() ? 'Ready. An ad plays first, and pays you.' : 'Ready: press Play. You pay only for what you watch.');
  } else if (err && !closed) {
    setStatus(err.title || '');
  }
  renderSegments();
}

const UNSUPPORTED = {
  title: 'This browser cannot play this video',
  message: 'The player needs Media Source Extensions, which this browser does not offer (or the player script did not load).',
  hint: 'Open the same address in a recent Firefox, Chromium, Chrome or Safari.',
};

let segCells = [];
function renderSegments() {
  const n = (meter && meter.video && meter.video.segments) || 0;
  const seg = (meter && meter.video && meter.video.segmentSeconds) || 2;
  if (segCells.length !== n) {
    ui.segments.replaceChildren();
    segCells = [];
    for (let i = 0; i < n; i++) {
      const c = document.createElement('span');
      c.className = 'seg';
      c.title = `segment ${i + 1}: ${formatClock(i * seg)}–${formatClock((i + 1) * seg)}`;
      ui.segments.appendChild(c);
      segCells.push(c);
    }
  }
  const feature = phase === 'feature' || phase === 'stopped';
  const played = feature && phase !== 'stopped' ? video.played : null;
  const now = phase === 'feature' ? Math.floor((video.currentTime || 0) / seg) : -1;
  for (let i = 0; i < n; i++) {
    const c = segCells[i];
    c.classList.toggle('key', keysBought.has(i));
    c.classList.toggle('loading', keyLoading.has(i));
    c.classList.toggle('now', i === now && !video.ended);
    if (played) c.classList.toggle('played', coveredShare(played, i * seg, (i + 1) * seg) > 0.5);
  }
}

function coveredShare(tr, a, b) {
  let covered = 0;
  for (let i = 0; i < tr.length; i++) {
    covered += Math.max(0, Math.min(b, tr.end(i)) - Math.max(a, tr.start(i)));
  }
  return covered / (b - a);
}

function updateAdCountdown() {
  if (!currentAd) return;
  const total = video.duration && Number.isFinite(video.duration)
    ? video.duration
    : (currentAd.segments || 0) * (currentAd.segmentSeconds || 0);
  setText(ui.adCountdown, Math.max(0, Math.ceil(total - (video.currentTime || 0))));
}

// ---------------------------------------------------------------- start

window.paratii = {
  video,
  get hls() {
    return hls;
  },
  state: () => meter,
  phase: () => phase,
  error: () => (closed ? null : currentError()),
  playRequestedAt: null,
};

ui.play.addEventListener('click', onPlayClick);
ui.stop.addEventListener('click', stop);

connectEvents();
fetch('/state', { credentials: 'same-origin' })
  .then((r) => (r.ok ? r.json() : null))
  .then((m) => {
    if (m && !meter) applyMeter(m);
  })
  .catch(() => {});
render();
