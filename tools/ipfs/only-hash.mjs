// Independent CID oracle for the paratii-ipfs tests: npm `ipfs-only-hash` (js ipfs-unixfs-importer).
// Usage: node tools/ipfs/only-hash.mjs FILE... -> one JSON line per file: {"file","v0","v1"}
// v0 = defaults (CIDv0), v1 = {cidVersion: 1, rawLeaves: true} (= `ipfs add --cid-version 1`).
import { readFile } from 'node:fs/promises'
import Hash from 'ipfs-only-hash'

for (const file of process.argv.slice(2)) {
  const data = await readFile(file)
  const v0 = await Hash.of(data)
  const v1 = await Hash.of(data, { cidVersion: 1, rawLeaves: true })
  process.stdout.write(JSON.stringify({ file, v0, v1 }) + '\n')
}
