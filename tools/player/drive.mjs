#!/usr/bin/env node
// Drives the Paratii Player page in Debian's headless chromium and reports what happened, as ONE
// JSON object on stdout. Used by the Rust browser tests, `./run demo` and the player benchmark.
//
//   node tools/player/drive.mjs --url URL [--scenario FILE|-] [--screenshot OUT.png] [--timeout S]
//                               [--chromium PATH] [--headed]
//
// See tools/player/README.md for the scenario steps and the output schema. Exit 0 when every step
// succeeded, 1 otherwise (the JSON is printed either way), 2 on bad arguments.

import fs from 'node:fs';
import { launchBrowser, parseArgs, closeWithin, fail } from './lib.mjs';

const USAGE =
  'usage: node tools/player/drive.mjs --url URL [--scenario FILE|-] [--screenshot OUT.png] [--timeout S] [--chromium PATH] [--headed]';

const DEFAULT_SCENARIO = [
  { do: 'play' },
  { do: 'waitFor', what: 'currentTime', atLeast: 2 },
  { do: 'sample', label: 'played' },
];

const args = parseArgs(process.argv.slice(2), ['url', 'scenario', 'screenshot', 'timeout', 'chromium'], ['headed']);
if (args.error || !args.url) fail(args.error || 'missing --url', USAGE);
const timeoutS = args.timeout === undefined ? 120 : Number(args.timeout);
if (!(timeoutS > 0)) fail('--timeout must be a positive number of seconds', USAGE);

let scenario = DEFAULT_SCENARIO;
if (args.scenario !== undefined) {
  try {
    const text = args.scenario === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(args.scenario, 'utf8');
    const parsed = JSON.parse(text);
    scenario = Array.isArray(parsed) ? parsed : parsed && parsed.steps;
    if (!Array.isArray(scenario)) throw new Error('a scenario is a JSON array of steps (or {"steps":[…]})');
  } catch (e) {
    fail(`cannot read the scenario: ${e.message}`, USAGE);
  }
}

const started = Date.now();
const result = { ok: false, samples: [], firstFrameMs: null, console: [], error: null, keys: [], requests: 0 };
let printed = false;
let ctx = null;
let page = null;
let pageClosed = false;

// Every request the page makes, in order: the key requests are what the viewer pays for.
const keyRequests = [];
const segRequests = [];
const adRequests = [];
const keyOf = new WeakMap(); // playwright Request -> entry of result.keys

function emit(code) {
  if (printed) return;
  printed = true;
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exitCode = code;
}

async function finish(code) {
  emit(code);
  if (ctx) await closeWithin(ctx, 5000);
  process.exit(code);
}

const killer = setTimeout(() => {
  result.ok = false;
  result.error = result.error || `timed out after ${timeoutS} s (--timeout)`;
  finish(1);
}, timeoutS * 1000);
killer.unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// In the page before any of its scripts: when our Play button is first clicked, note the time and
// watch for the first decoded frame (requestVideoFrameCallback when there is one, polling anyway).
function initScript() {
  const d = { clickAt: null, firstFrameAt: null, via: null };
  window.__paratiiDrive = d;
  const seen = (via, at) => {
    if (d.clickAt !== null && d.firstFrameAt === null) {
      d.firstFrameAt = at;
      d.via = via;
    }
  };
  const arm = () => {
    const v = document.getElementById('video');
    if (!v) return;
    if (typeof v.requestVideoFrameCallback === 'function') {
      const onFrame = (now) => {
        if (d.firstFrameAt === null) {
          seen('requestVideoFrameCallback', Math.min(now, performance.now()));
          if (d.firstFrameAt === null) v.requestVideoFrameCallback(onFrame);
        }
      };
      v.requestVideoFrameCallback(onFrame);
    }
    const poll = setInterval(() => {
      const q = v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality() : null;
      const frames = q ? q.totalVideoFrames : v.webkitDecodedFrameCount || 0;
      if (frames > 0) seen('getVideoPlaybackQuality', performance.now());
      if (d.firstFrameAt !== null) clearInterval(poll);
    }, 5);
  };
  document.addEventListener(
    'click',
    (e) => {
      const t = e.target;
      if (d.clickAt === null && t && t.closest && t.closest('#play')) {
        d.clickAt = performance.now();
        arm();
      }
    },
    true,
  );
}

async function snapshot() {
  if (pageClosed || !page) return null;
  try {
    return await page.evaluate(() => {
      const p = window.paratii;
      const v = (p && p.video) || document.getElementById('video');
      const q = v && v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality() : null;
      const played = [];
      if (v) for (let i = 0; i < v.played.length; i++) played.push([v.played.start(i), v.played.end(i)]);
      const err = p && p.error ? p.error() : null;
      return {
        currentTime: v ? v.currentTime : null,
        paused: v ? v.paused : null,
        ended: v ? v.ended : null,
        seeking: v ? v.seeking : null,
        decodedFrames: q ? q.totalVideoFrames : null,
        droppedFrames: q ? q.droppedVideoFrames : null,
        phase: p ? p.phase() : null,
        meter: p ? p.state() : null,
        playedRanges: played,
        pageError: err ? { title: err.title || null, message: err.message || null, hint: err.hint || null } : null,
        playButton: (document.getElementById('play') || {}).textContent || null,
        drive: window.__paratiiDrive || null,
      };
    });
  } catch {
    return null;
  }
}

function noteFirstFrame(d) {
  if (result.firstFrameMs === null && d && d.clickAt !== null && d.firstFrameAt !== null) {
    result.firstFrameMs = Math.round(d.firstFrameAt - d.clickAt);
    result.firstFrameVia = d.via;
  }
}

async function sample(label, index, step, extra) {
  const s = (await snapshot()) || {};
  noteFirstFrame(s.drive);
  result.samples.push({
    label,
    step: index,
    do: step ? step.do : null,
    t: Date.now() - started,
    currentTime: s.currentTime ?? null,
    paused: s.paused ?? null,
    ended: s.ended ?? null,
    decodedFrames: s.decodedFrames ?? null,
    droppedFrames: s.droppedFrames ?? null,
    phase: s.phase ?? (pageClosed ? 'closed' : null),
    meter: s.meter ?? null,
    keyRequests: keyRequests.map((k) => k.path),
    segRequests: segRequests.slice(),
    adRequests: adRequests.slice(),
    playedRanges: s.playedRanges ?? [],
    pageError: s.pageError ?? null,
    ...extra,
  });
}

// The quantity a waitFor step watches, read from a snapshot.
function measure(what, s) {
  const meter = s.meter || {};
  switch (what) {
    case 'currentTime':
    case 'decodedFrames':
    case 'droppedFrames':
    case 'paused':
    case 'ended':
    case 'phase':
      return s[what];
    case 'playing':
      return s.paused === false && s.ended === false;
    case 'state':
      return meter.state ?? null;
    case 'error':
      return !!(s.pageError || meter.error);
    case 'closed':
      return !!meter.closed;
    case 'keys':
      return new Set(keyRequests.map((k) => k.path)).size;
    case 'segments':
      return new Set(segRequests).size;
    default:
      if (what.startsWith('meter.')) {
        return what
          .slice(6)
          .split('.')
          .reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), meter);
      }
      throw new Error(`unknown waitFor "what": ${what}`);
  }
}

function satisfied(step, value) {
  if (step.equals !== undefined) return value === step.equals || String(value) === String(step.equals);
  const n = typeof value === 'number' ? value : Number(value);
  if (step.atLeast !== undefined || step.atMost !== undefined) {
    if (!Number.isFinite(n)) return false;
    if (step.atLeast !== undefined && !(n >= step.atLeast)) return false;
    if (step.atMost !== undefined && !(n <= step.atMost)) return false;
    return true;
  }
  return !!value;
}

async function waitFor(step) {
  const limit = (step.timeout ?? 20) * 1000;
  const t0 = Date.now();
  let last;
  for (;;) {
    if (pageClosed) throw new Error('waitFor: the page is closed');
    const s = await snapshot();
    if (s) {
      noteFirstFrame(s.drive);
      last = measure(step.what, s);
      if (satisfied(step, last)) return;
    }
    if (Date.now() - t0 > limit) {
      const want =
        step.equals !== undefined
          ? `= ${JSON.stringify(step.equals)}`
          : [step.atLeast !== undefined && `>= ${step.atLeast}`, step.atMost !== undefined && `<= ${step.atMost}`]
              .filter(Boolean)
              .join(' and ') || 'true';
      throw new Error(`waitFor ${step.what} ${want}: still ${JSON.stringify(last)} after ${limit / 1000} s`);
    }
    await sleep(100);
  }
}

function needPage(name) {
  if (pageClosed || !page) throw new Error(`${name}: the page is closed`);
}

async function runStep(step, index) {
  const stepTimeout = (step.timeout ?? 20) * 1000;
  let extra = {};
  switch (step.do) {
    case 'play': {
      needPage('play');
      // Play means "make it play": our button toggles, so click only when it is not playing.
      const s = await snapshot();
      if (s && s.phase !== 'idle' && s.paused === false && !s.pageError) break;
      await page.click('#play', { timeout: stepTimeout });
      break;
    }
    case 'pause': {
      needPage('pause');
      const s = await snapshot();
      if (s && (s.paused || s.phase === 'idle')) break;
      await page.click('#play', { timeout: stepTimeout });
      await page.waitForFunction(() => window.paratii.video.paused, null, { timeout: stepTimeout });
      break;
    }
    case 'wait':
      await sleep(Math.max(0, Number(step.seconds ?? 1)) * 1000);
      break;
    case 'waitFor':
      if (!step.what) throw new Error('waitFor needs "what"');
      await waitFor(step);
      break;
    case 'seek': {
      needPage('seek');
      const to = Number(step.to);
      if (!Number.isFinite(to)) throw new Error('seek needs a number "to"');
      await page.evaluate(
        ({ to, limit }) =>
          new Promise((resolve, reject) => {
            const v = window.paratii.video;
            const timer = setTimeout(() => reject(new Error(`no "seeked" within ${limit / 1000} s`)), limit);
            v.addEventListener('seeked', () => { clearTimeout(timer); resolve(); }, { once: true });
            v.currentTime = to;
          }),
        { to, limit: stepTimeout },
      );
      break;
    }
    case 'stop':
      needPage('stop');
      await page.click('#stop', { timeout: stepTimeout });
      break;
    case 'screenshot':
      needPage('screenshot');
      if (!step.path) throw new Error('screenshot needs "path"');
      await page.screenshot({ path: step.path, timeout: stepTimeout });
      extra = { screenshot: step.path };
      break;
    case 'sample':
      break;
    case 'evalUrl': {
      // Fetches a URL from inside the page (its origin, its cookie) and records the answer.
      needPage('evalUrl');
      if (!step.url) throw new Error('evalUrl needs "url"');
      extra = {
        fetched: await page.evaluate(
          async ({ url, method, body }) => {
            try {
              const init = { method: method || 'GET', credentials: 'same-origin' };
              if (body !== undefined) {
                init.headers = { 'Content-Type': 'application/json' };
                init.body = typeof body === 'string' ? body : JSON.stringify(body);
              }
              const r = await fetch(url, init);
              const text = await r.text();
              return { url, status: r.status, contentType: r.headers.get('content-type'), body: text.slice(0, 65536) };
            } catch (e) {
              return { url, status: null, error: String(e) };
            }
          },
          { url: step.url, method: step.method, body: step.body },
        ),
      };
      break;
    }
    case 'close':
      // Leaves without Stop, as a person closing the tab: pagehide fires, the SSE connection drops.
      if (!pageClosed && page) {
        pageClosed = true;
        await page.close({ runBeforeUnload: true });
        await sleep(200);
      }
      break;
    default:
      throw new Error(`unknown step "do": ${JSON.stringify(step.do)}`);
  }
  await sample(step.label || step.do, index, step, extra);
}

async function main() {
  const launched = await launchBrowser({ chromium: args.chromium, headed: !!args.headed });
  ctx = launched.ctx;
  await ctx.addInitScript(initScript);
  page = ctx.pages()[0] || (await ctx.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') result.console.push(m.text());
  });
  page.on('pageerror', (e) => result.console.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    result.requests += 1;
    let u;
    try {
      u = new URL(r.url());
    } catch {
      return;
    }
    if (/^\/key\/\d+$/.test(u.pathname)) {
      const k = { path: u.pathname, t: Date.now() - started, ms: null, status: null };
      keyRequests.push(k);
      result.keys.push(k);
      keyOf.set(r, k);
    } else if (/^\/seg\/\d+\.ts$/.test(u.pathname)) {
      segRequests.push(u.pathname);
    } else if (u.pathname.startsWith('/ad/')) {
      adRequests.push(u.pathname);
    }
  });
  page.on('requestfinished', async (r) => {
    const k = keyOf.get(r);
    if (!k) return;
    const res = await r.response().catch(() => null);
    k.status = res ? res.status() : null;
    const timing = r.timing();
    k.ms = timing && timing.responseEnd >= 0 ? Math.round(timing.responseEnd) : Date.now() - started - k.t;
  });
  page.on('requestfailed', (r) => {
    const k = keyOf.get(r);
    if (k) {
      k.status = null;
      k.failure = r.failure() ? r.failure().errorText : 'failed';
      k.ms = Date.now() - started - k.t;
    }
  });

  const res = await page.goto(args.url, { waitUntil: 'load', timeout: 30000 });
  if (!res || res.status() >= 400) {
    throw new Error(`the player page answered ${res ? res.status() : 'nothing'} at ${args.url}`);
  }
  await page.waitForFunction(() => window.paratii && typeof window.paratii.state === 'function', null, {
    timeout: 15000,
  });
  await sample('loaded', -1, null);

  for (let i = 0; i < scenario.length; i++) {
    const step = scenario[i] || {};
    try {
      await runStep(step, i);
    } catch (e) {
      const msg = String((e && e.message) || e).split('\n')[0];
      result.error = `step ${i} (${step.do}): ${msg}`;
      await sample(step.label || step.do || 'failed', i, step, { failed: msg });
      return false;
    }
  }
  return true;
}

main()
  .then(async (ok) => {
    if (!pageClosed && page) {
      noteFirstFrame(await page.evaluate(() => window.__paratiiDrive).catch(() => null));
      if (args.screenshot) {
        await page.screenshot({ path: args.screenshot }).catch((e) => {
          ok = false;
          result.error = result.error || `screenshot: ${e.message}`;
        });
      }
    }
    result.ok = ok;
    await finish(ok ? 0 : 1);
  })
  .catch(async (e) => {
    result.ok = false;
    result.error = result.error || String((e && e.message) || e).split('\n')[0];
    await finish(1);
  });
