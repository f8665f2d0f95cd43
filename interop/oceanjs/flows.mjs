// Ocean.js interoperability flows against a running ocean.go devnet.
//
// ocean.js (@oceanprotocol/lib) and ethers are used unmodified and with their
// default settings: one ethers JsonRpcProvider per process (its 250 ms
// request cache on), wallets from the devnet's address file, ConfigHelper's
// "development" network read from ADDRESS_FILE.
//
// Environment:
//   ADDRESS_FILE    the devnet's address file (with accounts, providerUrl, filesUrl)
//   OCEAN_RPC_URL   the devnet's JSON-RPC URL
//
// Commands (one JSON line per flow on stdout; exit status 1 if any failed):
//   node flows.mjs flows N
//       N publish → order → download flows, publishing with ocean.js and
//       cycling through {step-by-step, orderAsset} × {free, fixed}.
//   node flows.mjs buy API DID SHA256
//       order an asset published by someone else with API ("steps" or
//       "orderAsset") and download it; the content's sha256 must match.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { JsonRpcProvider, Wallet, getAddress } from 'ethers'
import {
  Aquarius,
  ConfigHelper,
  Datatoken,
  Dispenser,
  FixedRateExchange,
  Nft,
  NftFactory,
  ProviderInstance,
  ZERO_ADDRESS,
  approve,
  getEventFromTx,
  orderAsset
} from '@oceanprotocol/lib'

const CHAIN_ID = 8996
const PUBLISHER = 3 // Barge accounts used by these scripts only
const CONSUMER = 4

function need(name) {
  const v = process.env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}

const network = JSON.parse(readFileSync(need('ADDRESS_FILE'), 'utf8')).development
const rpcUrl = need('OCEAN_RPC_URL')
const nodeUrl = network.providerUrl
const filesUrl = network.filesUrl
const provider = new JsonRpcProvider(rpcUrl) // default options: cache on
const publisher = new Wallet(network.accounts[PUBLISHER].privateKey, provider)
const consumer = new Wallet(network.accounts[CONSUMER].privateKey, provider)
const config = { ...new ConfigHelper().getConfig(CHAIN_ID), nodeUri: rpcUrl, oceanNodeUri: nodeUrl }
const aquarius = new Aquarius(nodeUrl)

const sha256 = (data) => createHash('sha256').update(data).digest('hex')

// trace writes each step's start to stderr, which the Go test shows when a
// flow fails or the process is killed: a hang names the step it hung in.
const t0 = Date.now()
const trace = (step) => console.error(`+${Date.now() - t0} ms ${step}`)

// publish creates the data NFT with its datatoken, priced free (dispenser)
// or fixed (exchange), encrypts files and DDO through the node, sets the
// metadata and waits until the node's indexer serves it.
async function publish(name, template, pricing, fileUrl) {
  const me = await publisher.getAddress()
  const factory = new NftFactory(config.nftFactoryAddress, publisher, CHAIN_ID, config)
  const nftParams = { name, symbol: name.slice(0, 8).toUpperCase(), templateIndex: 1, tokenURI: '', transferable: true, owner: me }
  const dtParams = {
    templateIndex: template, minter: me, paymentCollector: me, mpFeeAddress: ZERO_ADDRESS,
    feeToken: ZERO_ADDRESS, feeAmount: '0', cap: '100000', name: `${name} DT`, symbol: 'DT'
  }
  trace(`publish ${name}: create NFT and datatoken (${pricing})`)
  let tx
  if (pricing === 'free') {
    tx = await factory.createNftWithDatatokenWithDispenser(nftParams, dtParams, {
      dispenserAddress: config.dispenserAddress, maxTokens: '1', maxBalance: '1', withMint: true, allowedSwapper: ZERO_ADDRESS
    })
  } else {
    tx = await factory.createNftWithDatatokenWithFixedRate(nftParams, dtParams, {
      fixedRateAddress: config.fixedRateExchangeAddress, baseTokenAddress: config.oceanTokenAddress, owner: me,
      marketFeeCollector: me, baseTokenDecimals: 18, datatokenDecimals: 18, fixedRate: '1', marketFee: '0',
      withMint: true, allowedConsumer: ZERO_ADDRESS
    })
  }
  trace('publish: wait for the create receipt')
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
    metadata: {
      created: now, updated: now, type: 'dataset', name, description: 'ocean.js interoperability flow',
      author: 'ocean.js', license: 'MIT'
    },
    services: [{
      id: sha256(did + 'access'), type: 'access', files: await ProviderInstance.encrypt(files, CHAIN_ID, nodeUrl, publisher),
      datatokenAddress, serviceEndpoint: nodeUrl, timeout: 0
    }]
  }
  trace('publish: encrypt the DDO')
  const encrypted = await ProviderInstance.encrypt(ddo, CHAIN_ID, nodeUrl, publisher)
  const nft = new Nft(publisher, CHAIN_ID, config)
  const setTx = await nft.setMetadata(nftAddress, me, 0, nodeUrl, '', '0x02', encrypted, '0x' + sha256(JSON.stringify(ddo)))
  trace('publish: wait for the setMetadata receipt')
  const setReceipt = await setTx.wait()
  trace(`publish: wait for the node to index ${did} (tx ${setReceipt.hash}, block ${setReceipt.blockNumber})`)
  await aquarius.waitForIndexer(did, setReceipt.hash)
  return did
}

// buy orders the asset's first service with the step-by-step API (get one
// datatoken from the dispenser or the exchange, then startOrder) or with
// orderAsset, and returns the order transaction's hash.
async function buy(api, did) {
  trace(`buy (${api}): resolve ${did}`)
  const asset = await aquarius.waitForIndexer(did)
  const service = asset.services[0]
  const me = await consumer.getAddress()
  const datatoken = new Datatoken(consumer, CHAIN_ID, config)
  if (api === 'orderAsset') {
    trace('buy: orderAsset')
    const tx = await orderAsset(asset, consumer, config, datatoken, nodeUrl)
    return (await tx.wait()).hash
  }
  const dt = service.datatokenAddress
  trace('buy: get one datatoken')
  const dispensers = await datatoken.getDispensers(dt)
  if (dispensers.length > 0) {
    const dispenser = new Dispenser(config.dispenserAddress, consumer, CHAIN_ID, config)
    await (await dispenser.dispense(dt, '1', me)).wait()
  } else {
    const [exchange] = await datatoken.getFixedRates(dt)
    const fre = new FixedRateExchange(exchange.contractAddress, consumer, CHAIN_ID, config)
    const { baseTokenAmount } = await fre.calcBaseInGivenDatatokensOut(exchange.id, '1')
    const ap = await approve(consumer, config, me, config.oceanTokenAddress, exchange.contractAddress, baseTokenAmount)
    if (typeof ap !== 'number') await ap.wait()
    await (await fre.buyDatatokens(exchange.id, '1', baseTokenAmount)).wait()
  }
  trace('buy: initialize, then startOrder')
  const init = await ProviderInstance.initialize(did, service.id, 0, me, nodeUrl)
  const tx = await datatoken.startOrder(dt, me, 0, init.providerFee)
  return (await tx.wait()).hash
}

// download fetches the first file with the order and returns its sha256.
async function download(did, orderTx) {
  trace(`download: order ${orderTx}`)
  const asset = await aquarius.waitForIndexer(did)
  const url = await ProviderInstance.getDownloadUrl(did, asset.services[0].id, 0, orderTx, nodeUrl, consumer)
  const res = await fetch(url)
  if (!res.ok) throw new Error(`download: ${res.status} ${await res.text()}`)
  return sha256(Buffer.from(await res.arrayBuffer()))
}

async function flow(report, fn) {
  const start = Date.now()
  try {
    Object.assign(report, await fn())
    report.ok = true
  } catch (err) {
    report.ok = false
    report.error = String(err?.shortMessage || err?.message || err).slice(0, 500)
  }
  report.ms = Date.now() - start
  console.log(JSON.stringify(report))
  return report.ok
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2)
  let ok = true
  if (cmd === 'flows') {
    const fileUrl = `${filesUrl}/hello.txt`
    const want = sha256(Buffer.from(await (await fetch(fileUrl)).arrayBuffer()))
    const n = parseInt(args[0] || '8', 10)
    for (let i = 0; i < n; i++) {
      const api = ['steps', 'orderAsset'][i % 2]
      const pricing = ['free', 'fixed'][Math.floor(i / 2) % 2]
      // The step-by-step API needs the standard template (1): an Enterprise
      // datatoken (2) is only sold through the combined buy-and-order calls,
      // which orderAsset uses for it.
      const template = api === 'steps' ? 1 : 2
      ok = (await flow({ flow: i, api, pricing, template }, async () => {
        const did = await publish(`ojs-${Date.now()}-${i}`, template, pricing, fileUrl)
        const orderTx = await buy(api, did)
        const got = await download(did, orderTx)
        if (got !== want) throw new Error(`downloaded sha256 ${got}, want ${want}`)
        return { did }
      })) && ok
    }
  } else if (cmd === 'buy') {
    const [api, did, want] = args
    ok = await flow({ api, did }, async () => {
      const got = await download(did, await buy(api, did))
      if (got !== want) throw new Error(`downloaded sha256 ${got}, want ${want}`)
      return {}
    })
  } else {
    throw new Error(`usage: flows.mjs flows N | buy steps|orderAsset DID SHA256`)
  }
  provider.destroy()
  process.exitCode = ok ? 0 : 1
}

main().catch((err) => {
  console.error(err)
  process.exit(2)
})
