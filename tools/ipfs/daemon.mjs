// A real Kubo-compatible RPC server for tests: js-ipfs (npm ipfs@0.66.1) offline on loopback.
//
// Usage: node tools/ipfs/daemon.mjs [--repo DIR] [--port N] [--exit-on-stdin-close]
//   --repo  repo directory (default $IPFS_PATH, else a fresh temp dir removed on exit)
//   --port  API port on 127.0.0.1 (default $PARATII_IPFS_API_PORT, else 0 = any free port)
// When ready it prints one line on stdout, the API URL: `http://127.0.0.1:PORT`.
// It stops on SIGINT/SIGTERM, and on stdin EOF with --exit-on-stdin-close (so a test runner
// that dies cannot leave it behind).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// js-ipfs' dependencies call Promise.withResolvers, which Node 20 lacks (Node >= 22 has it).
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers () {
    let resolve, reject
    const promise = new Promise((res, rej) => { resolve = res; reject = rej })
    return { promise, resolve, reject }
  }
}

// Imported after the polyfill: static imports would be evaluated before it.
const { create } = await import('ipfs-core')
const { HttpApi } = await import('ipfs-http-server')

const args = process.argv.slice(2)
const opt = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
let repo = opt('--repo') || process.env.IPFS_PATH
const ownRepo = !repo
if (ownRepo) repo = await mkdtemp(join(tmpdir(), 'paratii-js-ipfs-'))
const port = Number(opt('--port') || process.env.PARATII_IPFS_API_PORT || 0)

const ipfs = await create({
  repo,
  offline: true,
  // Not started: no libp2p and no bitswap, so a missing block fails at once ("not found") as on an
  // offline Kubo, instead of waiting forever on a bitswap want. Every RPC call used here is local.
  start: false,
  silent: true,
  preload: { enabled: false },
  config: {
    Addresses: { Swarm: [], API: `/ip4/127.0.0.1/tcp/${port}`, Gateway: '', RPC: '', Delegates: [] },
    Bootstrap: [],
    Discovery: { MDNS: { Enabled: false }, webRTCStar: { Enabled: false } }
  }
})
const api = new HttpApi(ipfs)
await api.start()

let stopping = false
async function stop () {
  if (stopping) return
  stopping = true
  try { await api.stop() } catch {}
  try { await ipfs.stop() } catch {}
  if (ownRepo) await rm(repo, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
if (args.includes('--exit-on-stdin-close')) {
  process.stdin.on('end', stop)
  process.stdin.on('error', stop)
  process.stdin.resume()
}

process.stdout.write(api._apiServers[0].info.uri + '\n')
