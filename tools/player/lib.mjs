// What drive.mjs and evil.mjs share: launching Debian's chromium the same way, argument parsing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

// Without the background-networking flags chromium keeps trying to reach Google's services, which
// on a machine without a network means a flood of failing connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export const VIEWPORT = { width: 1280, height: 720 };

// A fresh profile in a temporary directory, removed at exit. Returns {ctx, dir}.
export async function launchBrowser({ chromium: exe, headed = false } = {}) {
  const executablePath = exe || process.env.PARATII_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no chromium at ${executablePath}: install Debian's chromium (./run setup does)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paratii-chromium-'));
  process.on('exit', () => {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // a chromium child still writing; the OS cleans /tmp
    }
  });
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: !headed,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    timeout: 30000,
    // playwright-core would otherwise kill chromium on SIGINT/SIGTERM/SIGHUP itself; keep that.
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
  });
  return { ctx, dir };
}

// Closes the browser, or gives up after ms (process.exit then kills it: playwright-core kills the
// chromium it launched when node exits).
export async function closeWithin(ctx, ms) {
  await Promise.race([ctx.close().catch(() => {}), new Promise((r) => setTimeout(r, ms))]);
}

// --name value options and --flag switches; anything else is an error.
export function parseArgs(argv, valued, flags = []) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) return { error: `unexpected argument ${a}` };
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (flags.includes(name)) {
      out[name] = true;
    } else if (valued.includes(name)) {
      const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (v === undefined) return { error: `--${name} needs a value` };
      out[name] = v;
    } else if (name === 'help') {
      return { error: 'help' };
    } else {
      return { error: `unknown option --${name}` };
    }
  }
  return out;
}

export function fail(message, usage) {
  if (message !== 'help') process.stderr.write(`${message}\n`);
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
