#!/usr/bin/env node
// A hostile web page against `paratii play`'s local server, for the security test.
//
//   node tools/player/evil.mjs --target http://127.0.0.1:PORT [--token T] [--timeout S] [--chromium PATH]
//
// It serves a page of its own on another local origin (http://127.0.0.1:OTHER, and the same server
// as http://localhost:OTHER), and in one chromium profile: first opens the real player URL with the
// token, as the viewer does (so the victim's session cookie exists and the player tab stays open),
// then loads the hostile page from each of its two origins and tries, one at a time, everything a
// page can do against the target: fetch (cors and no-cors, GET and POST), forms, beacons, <img>,
// <script>, <video>, EventSource, an <iframe> of the player, a popup, and the same with the token
// and through a foreign Host name (localhost:PORT). Each attempt is judged from the page (did its
// script get the content?) and from the network (what did the target answer?):
//   readable  the hostile script read a 2xx answer's content (or an event's data)
//   opaque    the target answered 2xx/3xx, but the browser kept the content from the script
//   blocked   the target answered 4xx/5xx, or the browser never sent the request
// Prints {"target","origins","victimCookie","attempts":[{what,origin,outcome,status,requests,
// cookie,detail}],"readable":N,"opaque":N,"blocked":N,"error"} and exits 0 when nothing was
// readable, 1 otherwise (or when the run itself failed), 2 on bad arguments.
// The Rust test then checks on chain that nothing was paid and that the session was not stopped.

import http from 'node:http';
import { launchBrowser, parseArgs, closeWithin, fail } from './lib.mjs';

const USAGE =
  'usage: node tools/player/evil.mjs --target http://127.0.0.1:PORT [--token T] [--timeout S] [--chromium PATH]';
const args = parseArgs(process.argv.slice(2), ['target', 'token', 'timeout', 'chromium']);
if (args.error || !args.target) fail(args.error || 'missing --target', USAGE);
let target;
try {
  target = new URL(args.target);
} catch {
  fail(`--target is not a URL: ${args.target}`, USAGE);
}
const T = target.origin; // http://127.0.0.1:PORT
const ALIAS = `http://localhost:${target.port || 80}`; // the same server under a foreign Host
const token = args.token || null;
const timeoutS = args.timeout === undefined ? 120 : Number(args.timeout);
if (!(timeoutS > 0)) fail('--timeout must be a positive number of seconds', USAGE);

const result = {
  target: T,
  origins: [],
  victimCookie: false,
  attempts: [],
  readable: 0,
  opaque: 0,
  blocked: 0,
  error: null,
};
let ctx = null;
let server = null;
let printed = false;

async function finish(code) {
  if (!printed) {
    printed = true;
    for (const a of result.attempts) result[a.outcome] += 1;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  if (ctx) await closeWithin(ctx, 5000);
  if (server) server.close();
  process.exit(code);
}
setTimeout(() => {
  result.error = `timed out after ${timeoutS} s (--timeout)`;
  finish(1);
}, timeoutS * 1000).unref();

// ---------------------------------------------------------------- the hostile page

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Totally harmless page</title>
<script src="/evil.js"></script></head><body><h1>Nothing to see here</h1><div id="box"></div></body></html>`;

// Runs in the hostile page: one attempt, resolved within `ms` with what the script could see.
function evilScript() {
  const WAIT = 2000; // ms for an element's load or error event
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const box = () => document.getElementById('box');
  const withTimeout = (p, ms, onTimeout) => Promise.race([p, sleep(ms).then(onTimeout)]);

  async function readSome(r) {
    // Streams (/events) never end: read the first chunk only.
    const reader = r.body && r.body.getReader();
    if (!reader) return '';
    const chunk = await withTimeout(reader.read(), 2500, () => ({ value: null }));
    reader.cancel().catch(() => {});
    return chunk && chunk.value ? new TextDecoder().decode(chunk.value) : '';
  }

  const kinds = {
    async fetch(a) {
      const ctl = new AbortController();
      const init = { mode: a.mode, method: a.method || 'GET', credentials: 'include', signal: ctl.signal };
      if (a.contentType) init.headers = { 'Content-Type': a.contentType };
      if (a.body !== undefined) init.body = a.body;
      try {
        const r = await withTimeout(fetch(a.url, init), WAIT, () => {
          ctl.abort();
          return null;
        });
        if (!r) return { readable: false, detail: 'no answer within the wait' };
        if (r.type === 'opaque' || r.type === 'opaqueredirect') return { readable: false, detail: `${r.type} response` };
        const text = await readSome(r);
        ctl.abort();
        return { readable: r.ok && text.length > 0, pageStatus: r.status, detail: `read ${text.length} bytes: ${text.slice(0, 60)}` };
      } catch (e) {
        return { readable: false, detail: String(e).slice(0, 120) };
      }
    },
    async form(a) {
      const name = `sink${Math.random().toString(36).slice(2)}`;
      const frame = document.createElement('iframe');
      frame.name = name;
      box().appendChild(frame);
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = a.url;
      form.target = name;
      form.enctype = a.enctype;
      for (const [k, v] of a.fields) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = k;
        input.value = v;
        form.appendChild(input);
      }
      box().appendChild(form);
      const loaded = new Promise((r) => frame.addEventListener('load', () => r('frame loaded'), { once: true }));
      form.submit();
      const detail = await withTimeout(loaded, WAIT, () => 'no load event within the wait');
      let readable = false;
      let text = '';
      try {
        text = frame.contentDocument ? frame.contentDocument.body.innerText : '';
        readable = text.length > 0 && !/forbidden|refused/i.test(text);
      } catch {
        readable = false;
      }
      frame.remove();
      form.remove();
      return { readable, detail: `${detail}${text ? `; frame says: ${text.slice(0, 60)}` : '; frame unreadable'}` };
    },
    async beacon(a) {
      let queued = false;
      try {
        queued = navigator.sendBeacon(a.url, new Blob([a.body], { type: a.contentType }));
      } catch (e) {
        return { readable: false, detail: String(e).slice(0, 120) };
      }
      await sleep(800);
      return { readable: false, detail: queued ? 'beacon queued' : 'beacon refused by the browser' };
    },
    async img(a) {
      const img = new Image();
      const done = new Promise((r) => {
        img.onload = () => r(`load (${img.naturalWidth}x${img.naturalHeight})`);
        img.onerror = () => r('error event');
      });
      img.src = a.url;
      const detail = await withTimeout(done, WAIT, () => 'no event within the wait');
      img.src = '';
      return { readable: false, detail };
    },
    async script(a) {
      const s = document.createElement('script');
      const done = new Promise((r) => {
        s.onload = () => r('load event (it ran)');
        s.onerror = () => r('error event');
      });
      s.src = a.url;
      document.head.appendChild(s);
      const detail = await withTimeout(done, WAIT, () => 'no event within the wait');
      s.remove();
      return { readable: false, detail };
    },
    async video(a) {
      const v = document.createElement('video');
      v.muted = true;
      v.autoplay = true;
      box().appendChild(v);
      const done = new Promise((r) => {
        v.addEventListener('loadedmetadata', () => r(`metadata loaded (duration ${v.duration})`), { once: true });
        v.addEventListener('error', () => r(`error event (${v.error ? v.error.code : '?'})`), { once: true });
      });
      v.src = a.url;
      v.play().catch(() => {});
      let detail = await withTimeout(done, WAIT, () => 'no event within the wait');
      if (/metadata/.test(detail)) {
        await sleep(1500); // let it play a little: that is what would make the target pay
        detail += `; played to ${v.currentTime.toFixed(2)} s`;
      }
      v.removeAttribute('src');
      v.load();
      v.remove();
      return { readable: false, detail };
    },
    async eventsource(a) {
      const es = new EventSource(a.url, { withCredentials: !!a.withCredentials });
      const got = await withTimeout(
        new Promise((r) => {
          es.onmessage = (ev) => r({ readable: true, detail: `message: ${String(ev.data).slice(0, 60)}` });
          es.onerror = () => r({ readable: false, detail: 'error event' });
        }),
        3000,
        () => ({ readable: false, detail: 'no event within the wait' }),
      );
      es.close();
      return got;
    },
    async iframe(a) {
      const f = document.createElement('iframe');
      const loaded = new Promise((r) => f.addEventListener('load', () => r('load event'), { once: true }));
      f.src = a.url;
      box().appendChild(f);
      const detail = await withTimeout(loaded, WAIT, () => 'no load event within the wait');
      await sleep(500);
      let readable = false;
      let note = 'frame unreadable (cross-origin)';
      try {
        const text = f.contentDocument ? f.contentDocument.body.innerText : '';
        readable = text.length > 0;
        note = readable ? `frame readable: ${text.slice(0, 60)}` : 'frame empty (not rendered)';
      } catch {
        readable = false;
      }
      f.remove();
      return { readable, detail: `${detail}; ${note}` };
    },
    async open(a) {
      const w = window.open(a.url, '_blank');
      if (!w) return { readable: false, detail: 'popup refused by the browser' };
      await sleep(2000);
      let readable = false;
      let note = 'window unreadable (cross-origin)';
      try {
        const text = w.document.body.innerText;
        readable = text.length > 0;
        note = `window readable: ${text.slice(0, 60)}`;
      } catch {
        readable = false;
      }
      w.close();
      return { readable, detail: note };
    },
  };

  window.evilAttempt = async (a) => {
    const run = kinds[a.kind];
    if (!run) return { readable: false, detail: `unknown kind ${a.kind}` };
    return run(a);
  };
}

// ---------------------------------------------------------------- the attempts

function attemptsFor() {
  const list = [];
  const tok = (path) => `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
  const shown = (path) => path.replace(/token=[^&]*/, 'token=…');
  const variants = (path) => (token ? [path, tok(path)] : [path]);
  const GETS = ['/key/0', '/seg/0.ts', '/live.m3u8', '/events', '/state'];
  const progress = JSON.stringify({ phase: 'ad', ad: '0x' + '11'.repeat(32), currentTime: 12, paused: false, ended: true, played: [[0, 12]] });

  for (const base of GETS) {
    for (const p of variants(base)) {
      list.push({ what: `fetch cors GET ${shown(p)}`, kind: 'fetch', mode: 'cors', url: T + p });
      list.push({ what: `fetch no-cors GET ${shown(p)}`, kind: 'fetch', mode: 'no-cors', url: T + p });
    }
  }
  for (const p of token ? ['/stop', tok('/stop')] : ['/stop']) {
    list.push({ what: `fetch cors POST ${shown(p)} (application/json)`, kind: 'fetch', mode: 'cors', method: 'POST', url: T + p, contentType: 'application/json', body: '{}' });
    list.push({ what: `fetch no-cors POST ${shown(p)} (text/plain)`, kind: 'fetch', mode: 'no-cors', method: 'POST', url: T + p, contentType: 'text/plain', body: '{}' });
    list.push({ what: `form POST ${shown(p)} (urlencoded)`, kind: 'form', url: T + p, enctype: 'application/x-www-form-urlencoded', fields: [['stop', '1']] });
    list.push({ what: `form POST ${shown(p)} (text/plain, JSON-looking body)`, kind: 'form', url: T + p, enctype: 'text/plain', fields: [['{"x":"', '"}']] });
    list.push({ what: `sendBeacon POST ${shown(p)} (text/plain)`, kind: 'beacon', url: T + p, contentType: 'text/plain', body: '{}' });
  }
  for (const p of token ? ['/progress', tok('/progress')] : ['/progress']) {
    list.push({ what: `fetch cors POST ${shown(p)} (application/json)`, kind: 'fetch', mode: 'cors', method: 'POST', url: T + p, contentType: 'application/json', body: progress });
    list.push({ what: `fetch no-cors POST ${shown(p)} (text/plain)`, kind: 'fetch', mode: 'no-cors', method: 'POST', url: T + p, contentType: 'text/plain', body: progress });
    list.push({ what: `form POST ${shown(p)} (text/plain, JSON-looking body)`, kind: 'form', url: T + p, enctype: 'text/plain', fields: [[progress.slice(0, -1) + ',"x":"', '"}']] });
    list.push({ what: `sendBeacon POST ${shown(p)} (text/plain)`, kind: 'beacon', url: T + p, contentType: 'text/plain', body: progress });
  }
  for (const base of ['/key/0', '/live.m3u8']) {
    for (const p of variants(base)) {
      list.push({ what: `<img> ${shown(p)}`, kind: 'img', url: T + p });
      list.push({ what: `<script> ${shown(p)}`, kind: 'script', url: T + p });
      list.push({ what: `<video> ${shown(p)}`, kind: 'video', url: T + p });
    }
  }
  for (const p of variants('/seg/0.ts')) list.push({ what: `<video> ${shown(p)}`, kind: 'video', url: T + p });
  for (const p of variants('/events')) {
    list.push({ what: `EventSource ${shown(p)}`, kind: 'eventsource', url: T + p });
    list.push({ what: `EventSource ${shown(p)} (withCredentials)`, kind: 'eventsource', url: T + p, withCredentials: true });
  }
  for (const p of variants('/')) list.push({ what: `<iframe> of the player ${shown(p)}`, kind: 'iframe', url: T + p });
  for (const p of variants('/key/0')) list.push({ what: `popup window.open ${shown(p)}`, kind: 'open', url: T + p });
  // DNS rebinding's view: the same server reached under a Host that is not its own.
  for (const base of ['/state', '/key/0', '/']) {
    for (const p of variants(base)) {
      list.push({ what: `fetch cors GET ${ALIAS}${shown(p)} (foreign Host)`, kind: 'fetch', mode: 'cors', url: ALIAS + p });
      list.push({ what: `fetch no-cors GET ${ALIAS}${shown(p)} (foreign Host)`, kind: 'fetch', mode: 'no-cors', url: ALIAS + p });
    }
  }
  return list;
}

// ---------------------------------------------------------------- network observation

const observed = []; // requests to the target (either host name) made by hostile pages
let victim = null;

function isTarget(url) {
  try {
    const o = new URL(url).origin;
    return o === T || o === ALIAS;
  } catch {
    return false;
  }
}

function watch(context) {
  context.on('request', (r) => {
    if (!isTarget(r.url())) return;
    let pg = null;
    try {
      pg = r.frame().page();
    } catch {
      pg = null; // a service worker or a beacon after its frame went
    }
    if (pg && pg === victim) return;
    const entry = { url: r.url(), method: r.method(), status: null, failure: null, cookie: false, settled: false };
    observed.push(entry);
    entries.set(r, entry);
    r.allHeaders()
      .then((h) => {
        entry.cookie = !!h.cookie;
      })
      .catch(() => {});
  });
  context.on('response', (res) => {
    const e = findEntry(res.request());
    if (e) {
      e.status = res.status();
      e.settled = true;
    }
  });
  context.on('requestfailed', (r) => {
    const e = findEntry(r);
    if (e) {
      e.failure = r.failure() ? r.failure().errorText : 'failed';
      e.settled = true;
    }
  });
}
const entries = new WeakMap();

// The same traffic seen through the DevTools protocol of the hostile page. Playwright reports no
// status for an answer that Opaque Response Blocking stopped (a 200 key to an <img>, say), but the
// raw answer's status is what tells whether the target served it.
const raw = []; // {id, url, status, cookie, failure}
async function watchRaw(context, page) {
  const cdp = await context.newCDPSession(page);
  const byId = new Map();
  const get = (id) => {
    let e = byId.get(id);
    if (!e) {
      e = { id, url: null, status: null, cookie: false, failure: null };
      byId.set(id, e);
    }
    return e;
  };
  cdp.on('Network.requestWillBeSent', (ev) => {
    if (!isTarget(ev.request.url)) return;
    if (ev.redirectResponse) get(ev.requestId).status = ev.redirectResponse.status;
    const e = get(ev.requestId);
    if (e.url === null) raw.push(e);
    e.url = ev.request.url;
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (ev) => {
    const h = ev.headers || {};
    if (h.Cookie || h.cookie || (ev.associatedCookies || []).some((c) => !c.blockedReasons || !c.blockedReasons.length)) {
      get(ev.requestId).cookie = true;
    }
  });
  cdp.on('Network.responseReceivedExtraInfo', (ev) => {
    get(ev.requestId).status = ev.statusCode;
  });
  cdp.on('Network.responseReceived', (ev) => {
    const e = get(ev.requestId);
    if (e.status === null) e.status = ev.response.status;
  });
  cdp.on('Network.loadingFailed', (ev) => {
    get(ev.requestId).failure = ev.blockedReason || ev.corsErrorStatus?.corsError || ev.errorText;
  });
  await cdp.send('Network.enable');
}
function findEntry(r) {
  return entries.get(r) || null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function settle(from) {
  const t0 = Date.now();
  let quietSince = Date.now();
  let count = observed.length;
  while (Date.now() - t0 < 3000) {
    if (observed.length !== count) {
      count = observed.length;
      quietSince = Date.now();
    }
    const pending = observed.slice(from).some((e) => !e.settled);
    if (!pending && Date.now() - quietSince > 150) return;
    await sleep(25);
  }
}

function judge(spec, origin, seen, pw, cdp) {
  const reqs = [...pw, ...cdp];
  const statuses = reqs.map((e) => e.status).filter((s) => s !== null && s !== undefined);
  const served = statuses.some((s) => s >= 200 && s < 400);
  const outcome = seen.readable ? 'readable' : served ? 'opaque' : 'blocked';
  const status = statuses.length ? statuses[0] : (seen.pageStatus ?? null);
  const failures = reqs.map((e) => e.failure).filter(Boolean);
  return {
    what: spec.what,
    origin,
    outcome,
    status,
    requests: Math.max(pw.length, cdp.length),
    cookie: reqs.some((e) => e.cookie),
    detail: [seen.detail, failures.length ? `network: ${[...new Set(failures)].join(', ')}` : null]
      .filter(Boolean)
      .join('; '),
  };
}

// ---------------------------------------------------------------- main

async function main() {
  server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/evil.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`(${evilScript.toString()})();`);
    } else if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  result.origins = origins;

  ({ ctx } = await launchBrowser({ chromium: args.chromium }));
  watch(ctx);

  // The viewer, as in life: opens the printed URL and leaves the player tab open.
  victim = ctx.pages()[0] || (await ctx.newPage());
  const entry = token ? `${T}/?token=${encodeURIComponent(token)}` : `${T}/`;
  await victim.goto(entry, { waitUntil: 'load', timeout: 30000 }).catch(() => null);
  result.victimCookie = (await ctx.cookies(T)).length > 0;

  const page = await ctx.newPage();
  await watchRaw(ctx, page);
  for (const origin of origins) {
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 15000 });
    for (const spec of attemptsFor()) {
      const from = observed.length;
      const fromRaw = raw.length;
      const seen = await page
        .evaluate((a) => window.evilAttempt(a), spec)
        .catch((e) => ({ readable: false, detail: `page: ${String(e.message || e).split('\n')[0]}` }));
      await settle(from);
      result.attempts.push(judge(spec, origin, seen, observed.slice(from), raw.slice(fromRaw)));
      // popups left behind by an attempt
      for (const p of ctx.pages()) if (p !== page && p !== victim) await p.close().catch(() => {});
    }
  }
}

main()
  .then(() => finish(result.attempts.some((a) => a.outcome === 'readable') ? 1 : 0))
  .catch((e) => {
    result.error = String((e && e.message) || e).split('\n')[0];
    finish(1);
  });
