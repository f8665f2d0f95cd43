// make bench-peers: ocean.js 8's free publish → order → download on the
// ocean.go devnet that `go run ./internal/benchtable -peers` started, so
// that the Go figures and these are taken in the same run.
//
// ocean.js (@oceanprotocol/lib) and ethers are used unmodified and with
// their default settings, the way interop/oceanjs uses them: one ethers
// JsonRpcProvider (its 250 ms request cache on), ConfigHelper's
// "development" network with the devnet's addresses, the step-by-step API
// with the standard datatoken template (dispense, then startOrder), and the
// download URL fetched with fetch().
//
// Environment (set by the harness):
//   ADDRESS_FILE     the devnet's address file (with accounts)
//   OCEAN_RPC_URL    the JSON-RPC URL
//   OCEAN_NODE_URL   the Ocean node URL
//   FILE_URL         the file to publish (the harness's 10 MiB origin file)
//   STEP_SYNC=1      print {"step":...} after publishing and after ordering
//                    and wait for a line on stdin before going on
//
// Usage: node flow.mjs N — N flows, one JSON line each: {"ok","ms","error"}.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { JsonRpcProvider, Wallet, getAddress } from 'ethers'
import {
  Aquarius,
  ConfigHelper,
  Datatoken,
  Dispenser,
  Nft,
  NftFactory,
  ProviderInstance,
  ZERO_ADDRESS,
  getEventFromTx
} from '@oceanprotocol/lib'

const CHAIN_ID = 8996
const PUBLISHER = 3 // Barge accounts the Go side of the harness leaves alone
const CONSUMER = 4

function need(name) {
  const v = process.env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}

const network = JSON.parse(readFileSync(need('ADDRESS_FILE'), 'utf8')).development
const rpcUrl = need('OCEAN_RPC_URL')
const nodeUrl = need('OCEAN_NODE_URL')
const fileUrl = need('FILE_URL')
const provider = new JsonRpcProvider(rpcUrl)
const publisher = new Wallet(network.accounts[PUBLISHER].privateKey, provider)
const consumer = new Wallet(network.accounts[CONSUMER].privateKey, provider)
const config = { ...new ConfigHelper().getConfig(CHAIN_ID), nodeUri: rpcUrl, oceanNodeUri: nodeUrl }
const aquarius = new Aquarius(nodeUrl)
const sha256 = (data) => createHash('sha256').update(data).digest('hex')

const stdin = process.env.STEP_SYNC === '1' ? createInterface({ input: process.stdin })[Symbol.asyncIterator]() : null
async function step(name) {
  console.log(JSON.stringify({ step: name }))
  if (stdin) await stdin.next()
}

async function publish(name) {
  const me = await publisher.getAddress()
  const factory = new NftFactory(config.nftFactoryAddress, publisher, CHAIN_ID, config)
  const nftParams = { name, symbol: 'BENCH', templateIndex: 1, tokenURI: '', transferable: true, owner: me }
  const dtParams = {
    templateIndex: 1, minter: me, paymentCollector: me, mpFeeAddress: ZERO_ADDRESS,
    feeToken: ZERO_ADDRESS, feeAmount: '0', cap: '100000', name: `${name} DT`, symbol: 'DT'
  }
  const tx = await factory.createNftWithDatatokenWithDispenser(nftParams, dtParams, {
    dispenserAddress: config.dispenserAddress, maxTokens: '1', maxBalance: '1', withMint: true, allowedSwapper: ZERO_ADDRESS
  })
  const receipt = await tx.wait()
  const nftAddress = getEventFromTx(receipt, 'NFTCreated').args[0]
  const datatokenAddress = getEventFromTx(receipt, 'TokenCreated').args[0]
  const did = 'did:op:' + sha256(getAddress(nftAddress) + CHAIN_ID.toString(10))
  const files = { nftAddress, datatokenAddress, files: [{ type: 'url', url: fileUrl, method: 'GET' }] }
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const ddo = {
    '@context': ['https://w3id.org/did/v1'],
    id: did,
    version: '4.1.0',
    chainId: CHAIN_ID,
    nftAddress,
    metadata: { created: now, updated: now, type: 'dataset', name, description: 'make bench-peers', author: 'ocean.js', license: 'MIT' },
    services: [{
      id: sha256(did + 'access'), type: 'access', files: await ProviderInstance.encrypt(files, CHAIN_ID, nodeUrl, publisher),
      datatokenAddress, serviceEndpoint: nodeUrl, timeout: 0
    }]
  }
  const encrypted = await ProviderInstance.encrypt(ddo, CHAIN_ID, nodeUrl, publisher)
  const nft = new Nft(publisher, CHAIN_ID, config)
  const setTx = await nft.setMetadata(nftAddress, me, 0, nodeUrl, '', '0x02', encrypted, '0x' + sha256(JSON.stringify(ddo)))
  const setReceipt = await setTx.wait()
  await aquarius.waitForIndexer(did, setReceipt.hash)
  return did
}

async function order(did) {
  const asset = await aquarius.waitForIndexer(did)
  const service = asset.services[0]
  const me = await consumer.getAddress()
  const dt = service.datatokenAddress
  const dispenser = new Dispenser(config.dispenserAddress, consumer, CHAIN_ID, config)
  await (await dispenser.dispense(dt, '1', me)).wait()
  const init = await ProviderInstance.initialize(did, service.id, 0, me, nodeUrl)
  const datatoken = new Datatoken(consumer, CHAIN_ID, config)
  const tx = await datatoken.startOrder(dt, me, 0, init.providerFee)
  return (await tx.wait()).hash
}

async function download(did, orderTx) {
  const asset = await aquarius.waitForIndexer(did)
  const url = await ProviderInstance.getDownloadUrl(did, asset.services[0].id, 0, orderTx, nodeUrl, consumer)
  const res = await fetch(url)
  if (!res.ok) throw new Error(`download: ${res.status} ${await res.text()}`)
  return sha256(Buffer.from(await res.arrayBuffer()))
}

async function main() {
  const n = parseInt(process.argv[2] || '1', 10)
  const want = sha256(Buffer.from(await (await fetch(fileUrl)).arrayBuffer()))
  let ok = true
  for (let i = 0; i < n; i++) {
    const report = {}
    const start = Date.now()
    try {
      const did = await publish(`bench-${Date.now()}-${i}`)
      await step('published')
      const orderTx = await order(did)
      await step('ordered')
      const got = await download(did, orderTx)
      if (got !== want) throw new Error(`downloaded sha256 ${got}, want ${want}`)
      report.ok = true
    } catch (err) {
      report.ok = false
      report.error = String(err?.shortMessage || err?.message || err).slice(0, 500)
      ok = false
    }
    report.ms = Date.now() - start
    console.log(JSON.stringify(report))
    if (!ok) break
  }
  provider.destroy()
  process.exitCode = ok ? 0 : 1
  process.stdin.destroy()
}

main().catch((err) => {
  console.error(err)
  process.exit(2)
})
