// A real Kubo-compatible RPC server for tests: js-ipfs (npm ipfs@0.66.1) offline on loopback.
//
// Usage: node tools/ipfs/daemon.mjs [--repo DIR] [--port N] [--gateway [--gateway-port N]]
//                                   [--exit-on-stdin-close]
//   --repo          repo directory (default $IPFS_PATH, else a fresh temp dir removed on exit)
//   --port          API port on 127.0.0.1 (default $PARATII_IPFS_API_PORT, else 0 = any free port)
//   --gateway       also serve a trustless gateway on 127.0.0.1 (see startGateway below)
//   --gateway-port  its port (default 0 = any free port)
// When ready it prints the API URL on stdout, `http://127.0.0.1:PORT`, and with --gateway the
// gateway URL on a second line.
// It stops on SIGINT/SIGTERM, and on stdin EOF with --exit-on-stdin-close (so a test runner
// that dies cannot leave it behind).
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
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
const gateway = args.includes('--gateway')
  ? await startGateway(ipfs, Number(opt('--gateway-port') || 0))
  : null

let stopping = false
async function stop () {
  if (stopping) return
  stopping = true
  try { await api.stop() } catch {}
  if (gateway) {
    gateway.closeAllConnections()
    await new Promise((resolve) => gateway.close(resolve))
  }
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

let ready = api._apiServers[0].info.uri + '\n'
if (gateway) ready += `http://127.0.0.1:${gateway.address().port}\n`
process.stdout.write(ready)

// The trustless gateway subset (https://specs.ipfs.tech/http-gateways/trustless-gateway/) that
// paratii_ipfs::Gateway reads, over this node: GET and HEAD of /ipfs/{cid} with ?format=raw
// (one block, ipfs.block.get) or ?format=car (the whole DAG, dag-scope=all, ipfs.dag.export:
// depth-first, each block once). `format` takes precedence over the Accept header, as the spec
// says. ipfs-http-gateway 0.13 (js-ipfs' own gateway) predates both formats, hence this.
async function startGateway (ipfs, gatewayPort) {
  const { CID } = await import('multiformats/cid')
  const { CarWriter } = await import('@ipld/car/writer')
  const server = createServer((req, res) => {
    serveGateway(ipfs, CID, CarWriter, req, res).catch((err) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end(`${err?.message ?? err}\n`)
      } else {
        // The status is sent: cutting the stream is the only way left to signal the failure
        // (a missing child block mid-CAR); clients must treat an incomplete CAR as an error.
        res.destroy(err)
      }
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(gatewayPort, '127.0.0.1', resolve)
  })
  return server
}

const isNotFound = (err) =>
  err?.code === 'ERR_NOT_FOUND' || /not found|ENOENT/i.test(String(err?.message ?? ''))

async function serveGateway (ipfs, CID, CarWriter, req, res) {
  const head = req.method === 'HEAD'
  const text = (status, msg) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(head ? undefined : `${msg}\n`)
  }
  if (!head && req.method !== 'GET') return text(405, 'only GET and HEAD')
  const url = new URL(req.url, 'http://127.0.0.1')
  const m = /^\/ipfs\/([^/]+)\/?$/.exec(url.pathname)
  if (!m) return text(400, 'only /ipfs/{cid} is served (no content paths, no /ipns)')
  let cid
  try {
    cid = CID.parse(m[1])
  } catch {
    return text(400, `invalid CID ${m[1]}`)
  }
  const accept = req.headers.accept || ''
  const format = url.searchParams.get('format') ||
    (accept.includes('application/vnd.ipld.raw')
      ? 'raw'
      : accept.includes('application/vnd.ipld.car') ? 'car' : '')
  // Strict trustless mode: no deserialized responses, so no format is a bad request.
  if (format !== 'raw' && format !== 'car') {
    return text(400, 'ask for format=raw or format=car (or Accept: application/vnd.ipld.raw|car)')
  }
  const scope = url.searchParams.get('dag-scope') || 'all'
  if (format === 'car' && scope !== 'all') return text(400, `dag-scope=${scope}: only all is served`)
  const carVersion = url.searchParams.get('car-version') || /version=(\d+)/.exec(accept)?.[1] || '1'
  if (format === 'car' && carVersion !== '1') return text(400, `car-version=${carVersion}: only 1`)

  // The identity CID (the spec's probe `bafkqaaa`) carries its block in itself.
  const identity = cid.multihash.code === 0x00
  let block
  if (identity) {
    block = cid.multihash.digest
  } else {
    try {
      block = await ipfs.block.get(cid)
    } catch (err) {
      // 404 only for the root: the spec's "not in this gateway's dataset".
      if (isNotFound(err)) return text(404, `block ${cid} not found`)
      throw err
    }
  }
  const common = {
    'Content-Disposition': `attachment; filename="${cid}.${format === 'raw' ? 'bin' : 'car'}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'public, max-age=29030400, immutable',
    Etag: `"${cid}.${format}"`
  }
  if (format === 'raw') {
    res.writeHead(200, { ...common, 'Content-Type': 'application/vnd.ipld.raw', 'Content-Length': block.length })
    return res.end(head ? undefined : block)
  }
  res.writeHead(200, { ...common, 'Content-Type': 'application/vnd.ipld.car; version=1; order=dfs; dups=n' })
  if (head) return res.end()
  let car
  if (identity) {
    // Identity blocks are never sent in CARs (the spec): a header with the root only.
    const { writer, out } = CarWriter.create([cid])
    writer.close()
    car = out
  } else {
    car = ipfs.dag.export(cid)
  }
  for await (const chunk of car) {
    if (res.destroyed) return
    if (!res.write(chunk)) {
      // Wait for the client to read (or to go away: a client that refused a block hangs up).
      await new Promise((resolve) => {
        const done = () => {
          res.off('drain', done)
          res.off('close', done)
          resolve()
        }
        res.on('drain', done)
        res.on('close', done)
      })
    }
  }
  res.end()
}
