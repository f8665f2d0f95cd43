// Generates corpus.jsonl (stored gzipped): DDO documents with the verdict of the reference
// validator, @oceanprotocol/ddo-js 0.2.0 validateDDO. TestReferenceCorpus
// checks that ddo.Validate(..., ddo.ReferenceMode()) agrees on every line.
//
// Regenerate (needs node ≥ 20 and network access to the npm registry):
//
//	dir=$(mktemp -d) && (cd "$dir" && npm init -y >/dev/null && npm install @oceanprotocol/ddo-js@0.2.0)
//	cp ddo/testdata/reference/gen.mjs ddo/testdata/tv1.json ddo/testdata/tv2.json "$dir"/
//	(cd "$dir" && node gen.mjs) | gzip -9 -n > ddo/testdata/reference/corpus.jsonl.gz
import { validateDDO } from '@oceanprotocol/ddo-js';
import { readFileSync } from 'fs';

const tv1 = JSON.parse(readFileSync('tv1.json', 'utf8'));
const tv2 = JSON.parse(readFileSync('tv2.json', 'utf8'));
const clone = (x) => structuredClone(x);

// 4.7.0: service credentials and trusted algorithms with serviceId.
const v47 = clone(tv2);
v47.version = '4.7.0';
v47.services[0].credentials = { allow: [{ type: 'address', values: ['0x282d8efCe846A88B159800bd4130ad77443Fa1A1'] }], deny: [] };
v47.services[0].compute.publisherTrustedAlgorithms = [
  { did: 'did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc', serviceId: 'abc', filesChecksum: 'ff', containerSectionChecksum: '77ac49b8c4ad209694f7143cec62d67ee4c6d2d5edf1f3f4e09ca4173b22610f' },
  '*'
];
v47.services[0].compute.publisherTrustedAlgorithmPublishers = ['*'];

const v5 = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: 'did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc',
  version: '5.0.0',
  type: ['VerifiableCredential'],
  issuer: 'did:jwk:example',
  credentialSubject: {
    id: 'did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc',
    metadata: {
      created: '2024-01-02T03:04:05Z', updated: '2024-01-02T03:04:05Z', name: 'Sample asset',
      description: { '@value': 'Sample description', '@language': 'en', '@direction': 'ltr' },
      providedBy: 'OPF', type: 'dataset', license: { name: 'CC0' }, tags: ['a'],
      additionalInformation: { x: 1 }
    },
    services: [{ id: 's1', type: 'access', files: '0x04ab', datatokenAddress: '0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7', serviceEndpoint: 'https://provider.example.com', timeout: 0, state: 0 }],
    credentials: { allow: [{ type: 'accessList', chainId: 1, accessList: '0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7' }] },
    chainId: 1,
    nftAddress: '0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De'
  }
};

const bases = { tv1, tv2, v47, v5 };

// Deterministic PRNG (mulberry32).
let seed = 0x0ce4a60;
const rnd = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (a) => a[Math.floor(rnd() * a.length)];

const strs = ['', 'a', 'abc', 'abcd', 'a😀', '😀😀', 'a😀a', 'x\ny', 'x\r\ny', 'x\u2028y', 'x\u2029y', 'trailing\n', '*', 'sha256', 'sha256:', 'py', 'python $ALGO',
  'did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc', 'did:op:AEE900DF7379CDA6A5AA1B87BD77E053906002058F649825DF0BFFE5D8CF17DC',
  'did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc', '0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De', '0xa331155197f70e5e1ea0cc2a1f9ddb1d49a9c1de',
  '0xA331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De', 'a331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De', '0x123', '0x282d8efCe846A88B159800bd4130ad77443Fa1A', 'https://x', 'https://provider.example.com',
  'x'.repeat(16), 'x'.repeat(17), 'x'.repeat(256), 'x'.repeat(257), 'x'.repeat(512), 'x'.repeat(513), 'x'.repeat(1024), 'x'.repeat(1025), 'x'.repeat(7000), 'x'.repeat(7001), '😀'.repeat(128), '😀'.repeat(129) + '',
  '4.1.0', '4.3.0', '4.5.0', '4.7.0', '5.0.0', '4.0.0', '4.1', 'deprecated', 'true', '0', '<tag> & "q"'];
const nums = [0, -0, 1, -1, 1.5, 1.0, 137, 2 ** 53, 1e20, 1e21, -1e21, 1e-7, 3600];
const scalars = () => pick([pick(strs), pick(strs), pick(nums), true, false, null]);
const values = () => {
  const r = rnd();
  if (r < 0.5) return scalars();
  if (r < 0.6) return [];
  if (r < 0.7) return [scalars(), scalars()];
  if (r < 0.75) return { '@value': pick(strs) };
  if (r < 0.8) return { '@value': pick(strs), '@language': 'en' };
  if (r < 0.85) return Array(65).fill(pick(strs));
  if (r < 0.9) return Array.from({ length: 65 }, (_, i) => 'v' + i);
  if (r < 0.95) return [pick(strs), pick(strs)];
  return { k: pick(strs) };
};

// All paths to scalars, arrays and objects in a document.
function paths(x, p = [], out = []) {
  out.push(p);
  if (x && typeof x === 'object') for (const k of Object.keys(x)) paths(x[k], p.concat([Array.isArray(x) ? Number(k) : k]), out);
  return out;
}
function setAt(doc, p, v) {
  if (p.length === 0) return v;
  let o = doc;
  for (const k of p.slice(0, -1)) o = o[k];
  const last = p[p.length - 1];
  if (v === undefined) { if (Array.isArray(o)) o.splice(last, 1); else delete o[last]; } else o[last] = v;
  return doc;
}

const cases = [];
const add = (name, doc) => cases.push({ name, doc });
for (const [n, b] of Object.entries(bases)) add(n, b);

// Curated: ddo.md §6.
const mut = (name, base, f) => { const d = clone(base); f(d); add(name, d); };
for (const v of ['4.1.0', '4.3.0', '4.5.0', '4.7.0']) {
  const b = clone(tv2); b.version = v;
  mut(`6.1 description CRLF ${v}`, b, d => { d.metadata.description = 'line one\r\nline two'; });
  mut(`6.1 description LF ${v}`, b, d => { d.metadata.description = 'line one\nline two'; });
  mut(`6.1 description U+2028 ${v}`, b, d => { d.metadata.description = 'line one\u2028line two'; });
  mut(`6.1 service description CR ${v}`, b, d => { d.services[0].description = 'service descr\r'; });
  mut(`6.2 service name trailing LF ${v}`, b, d => { d.services[0].name = 'Compute\n'; });
  mut(`6.2 entrypoint LF ${v}`, b, d => { d.metadata.algorithm.container.entrypoint = 'python\n$ALGO'; });
  mut(`6.2 files LF ${v}`, b, d => { d.services[0].files = '0x04\n'; });
  mut(`6.3 default 0 ${v}`, b, d => { d.metadata.algorithm.consumerParameters[0].default = 0; });
  mut(`6.3 default false ${v}`, b, d => { d.metadata.algorithm.consumerParameters[0].default = false; });
  mut(`6.3 default "0" ${v}`, b, d => { d.metadata.algorithm.consumerParameters[0].default = '0'; });
  mut(`6.4 options objects ${v}`, b, d => { d.metadata.algorithm.consumerParameters[1].options = [{ fast: 'Fast' }]; });
  mut(`6.4 options strings ${v}`, b, d => { d.metadata.algorithm.consumerParameters[1].options = ['fast', 'slow']; });
  mut(`6.5 required "true" ${v}`, b, d => { d.metadata.algorithm.consumerParameters[0].required = 'true'; });
  mut(`6.5 no description ${v}`, b, d => { delete d.metadata.algorithm.consumerParameters[0].description; });
  mut(`6.5 no default ${v}`, b, d => { delete d.metadata.algorithm.consumerParameters[0].default; });
  for (const t of [1.5, '0', 1e21, -1, 2 ** 53, -1e21, 1.0]) mut(`6.6 timeout ${JSON.stringify(t)} ${v}`, b, d => { d.services[0].timeout = t; });
  for (const c of ['137', 1.5, 0, -1, null]) mut(`6.7 chainId ${JSON.stringify(c)} ${v}`, b, d => { d.chainId = c; });
  mut(`6.8 links object ${v}`, b, d => { d.metadata.links = { a: 'https://x' }; });
  mut(`6.8 license object ${v}`, b, d => { d.metadata.license = { name: 'CC0' }; });
  mut(`6.8 description language ${v}`, b, d => { d.metadata.description = { '@value': 'long enough text', '@language': 'en' }; });
  mut(`6.9 author true ${v}`, b, d => { d.metadata.author = true; });
  mut(`6.9 tags [1] ${v}`, b, d => { d.metadata.tags = [1]; });
  mut(`6.9 service id 1 ${v}`, b, d => { d.services[0].id = 1; });
  mut(`6.10 files object ${v}`, b, d => { d.services[0].files = { files: [] }; });
  mut(`6.11 no allowNetworkAccess ${v}`, b, d => { delete d.services[0].compute.allowNetworkAccess; });
  mut(`6.11 no allowRawAlgorithm ${v}`, b, d => { delete d.services[0].compute.allowRawAlgorithm; });
  for (const k of ['did', 'filesChecksum', 'containerSectionChecksum']) mut(`6.12 trusted algo without ${k} ${v}`, b, d => { const a = { did: 'did:op:x', filesChecksum: 'f', containerSectionChecksum: 'c' }; delete a[k]; d.services[0].compute.publisherTrustedAlgorithms = [a]; });
  mut(`6.13 no container ${v}`, b, d => { delete d.metadata.algorithm.container; });
  mut(`6.13 no checksum ${v}`, b, d => { delete d.metadata.algorithm.container.checksum; });
  mut(`6.13 checksum sha256 ${v}`, b, d => { d.metadata.algorithm.container.checksum = 'sha256'; });
  mut(`6.13 entrypoint py ${v}`, b, d => { d.metadata.algorithm.container.entrypoint = 'py'; });
  mut(`6.13 empty tag ${v}`, b, d => { d.metadata.algorithm.container.tag = ''; });
  mut(`6.14 values [] ${v}`, b, d => { d.credentials = { allow: [{ type: 'address', values: [] }] }; });
  mut(`6.14 no type ${v}`, b, d => { d.credentials = { allow: [{ values: ['0x1'] }] }; });
  mut(`6.14 values objects ${v}`, b, d => { d.credentials = { deny: [{ type: 'address', values: [{ a: 1 }] }] }; });
  mut(`6.14 accessList ${v}`, b, d => { d.credentials = { allow: [{ type: 'accessList', chainId: 1, accessList: '0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7' }] }; });
  mut(`6.14 service accessList ${v}`, b, d => { d.services[0].credentials = { allow: [{ type: 'accessList', chainId: 1, accessList: '0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7' }] }; });
  mut(`6.15 no created ${v}`, b, d => { delete d.metadata.created; });
  mut(`6.15 no updated ${v}`, b, d => { delete d.metadata.updated; });
  mut(`6.15 no metadata ${v}`, b, d => { delete d.metadata; });
  for (const n of ['a😀', '😀😀', 'a😀a', 'abc']) mut(`6.16 name ${n} ${v}`, b, d => { d.metadata.name = n; });
  mut(`6.17 nftAddress no 0x ${v}`, b, d => { d.nftAddress = d.nftAddress.slice(2); });
  mut(`6.17 nftAddress bad checksum ${v}`, b, d => { d.nftAddress = '0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045'; });
  mut(`6.17 nftAddress lowercase ${v}`, b, d => { d.nftAddress = d.nftAddress.toLowerCase(); });
  mut(`6.18 id 72 chars ${v}`, b, d => { d.id = d.id + '0'; });
  mut(`6.18 missing chainId ${v}`, b, d => { delete d.chainId; });
  mut(`6.18 missing nftAddress ${v}`, b, d => { delete d.nftAddress; });
  mut(`6.19 services [] ${v}`, b, d => { d.services = []; });
  mut(`6.19 no services ${v}`, b, d => { delete d.services; });
  mut(`6.19 65 services ${v}`, b, d => { d.services = Array.from({ length: 65 }, () => clone(tv2.services[0])); });
  mut(`6.19 65 tags ${v}`, b, d => { d.metadata.tags = Array.from({ length: 65 }, (_, i) => 't' + i); });
  mut(`6.19 tag 257 ${v}`, b, d => { d.metadata.tags = ['x'.repeat(257)]; });
  mut(`6.19 datatoken 41 ${v}`, b, d => { d.services[0].datatokenAddress = d.services[0].datatokenAddress.slice(0, 41); });
  mut(`6.19 endpoint 9 ${v}`, b, d => { d.services[0].serviceEndpoint = 'https://x'; });
  mut(`6.19 service name 3 ${v}`, b, d => { d.services[0].name = 'abc'; });
  mut(`6.19 service description 9 ${v}`, b, d => { d.services[0].description = '123456789'; });
  mut(`6.20 wrong DID ${v}`, b, d => { d.id = tv1.id; });
  mut(`6.20 uppercase DID ${v}`, b, d => { d.id = 'did:op:' + d.id.slice(7).toUpperCase(); });
  mut(`6.20 chainId 0 ${v}`, b, d => { d.chainId = 0; });
  mut(`6.21 enums ${v}`, b, d => { d.metadata.type = 'foo'; d.services[0].type = 'foo'; d.metadata.algorithm.consumerParameters[0].type = 'foo'; });
  mut(`6.22 created yesterday ${v}`, b, d => { d.metadata.created = 'yesterday'; });
  mut(`6.23 tags scalar ${v}`, b, d => { d.metadata.tags = 'x'; });
  mut(`6.23 name array ${v}`, b, d => { d.metadata.name = ['Line counter']; });
  mut(`6.23 services object ${v}`, b, d => { d.services = d.services[0]; });
  mut(`6.23 name duplicate ${v}`, b, d => { d.metadata.name = ['Line counter', 'Line counter']; });
  mut(`6.23 65 same tags ${v}`, b, d => { d.metadata.tags = Array(65).fill('same'); });
  mut(`6.24 empty strings ${v}`, b, d => { d.services[0].files = ''; d.metadata.author = ''; d.services[0].id = ''; d.metadata.copyrightHolder = null; });
  mut(`6.25 trusted * ${v}`, b, d => { d.services[0].compute.publisherTrustedAlgorithms = ['*', { did: '*', filesChecksum: '*', containerSectionChecksum: '*', serviceId: '*' }]; });
  mut(`6.25 trusted other string ${v}`, b, d => { d.services[0].compute.publisherTrustedAlgorithms = ['any']; });
  mut(`6.26 match rules ${v}`, b, d => { d.credentials = { allow: [], deny: [], match_allow: 'any', match_deny: 'all' }; });
  mut(`6.26 no @context ${v}`, b, d => { delete d['@context']; });
  mut(`6.26 @context string ${v}`, b, d => { d['@context'] = 'x'; });
  mut(`6.27 indexer fields ${v}`, b, d => { d.indexedMetadata = { nft: { state: 'garbage' } }; d.nft = 1; d.stats = []; d.datatokens = [{ address: 1 }]; d.foo = { bar: [] }; });
  mut(`6.28 additionalInformation ${v}`, b, d => { d.metadata.additionalInformation = { '@id': 'x', a: [1, { b: 'c\r' }] }; d.services[0].additionalInformation = 'free text\r\n'; });
  mut(`typed nested ${v}`, b, d => { d.metadata.additionalInformation = { '@type': 'Service' }; });
  mut(`vocab key ${v}`, b, d => { d.metadata['http://schema.org/name'] = 'Other name'; });
  mut(`nested arrays ${v}`, b, d => { d.metadata.tags = [['a', 'b'], 'c']; });
  mut(`value object ${v}`, b, d => { d.metadata.name = { '@value': 'Line counter' }; });
  mut(`credentials string ${v}`, b, d => { d.credentials = 'x'; });
  mut(`compute string ${v}`, b, d => { d.services[0].compute = 'x'; });
  mut(`version number ${v}`, b, d => { d.version = 4.1; });
}
for (const v of ['4.0.0', '4.1', 'deprecated', '5.0.0', '4.9.0']) mut(`6.18 version ${v}`, tv1, d => { d.version = v; });
mut('6.18 no version', tv1, d => { delete d.version; });
mut('deprecated short', tv1, d => { for (const k of Object.keys(d)) if (!['id', 'chainId', 'nftAddress'].includes(k)) delete d[k]; d.version = 'deprecated'; d.indexedMetadata = { nft: { state: 2 } }; });
mut('v5 with did:op', v5, d => { d.id = tv1.id; });
mut('v5 no credentialSubject', v5, d => { delete d.credentialSubject; });
mut('v5 additionalInformation string', v5, d => { d.credentialSubject.metadata.additionalInformation = 'x'; });
mut('v5 no providedBy', v5, d => { delete d.credentialSubject.metadata.providedBy; });
mut('v5 type array', v5, d => { d.type = ['VerifiableCredential', 'Other']; });
mut('v5 type object', v5, d => { d.type = { a: 1 }; });
mut('v5 no services', v5, d => { delete d.credentialSubject.services; });
mut('v5 event', v5, d => { d.credentialSubject.event = { block: 1.5 }; });
mut('v5 additionalDdos', v5, d => { d.additionalDdos = [{ type: 'x' }]; });

// JSON-LD value objects anywhere in the document (the parser fails on the
// whole document for malformed ones).
for (const vo of [
  { '@value': 's', '@language': 1 }, { '@value': 's', '@language': '4.7.0' }, { '@value': 's', '@language': { k: 1 } },
  { '@value': 's', '@language': [] }, { '@value': 's', '@language': true }, { '@value': 's', '@language': false },
  { '@value': 's', '@language': '' }, { '@value': 1, '@language': '' }, { '@value': 1, '@language': 'en' }, { '@value': 's', '@direction': 1 },
  { '@value': 's', '@direction': { a: 1 } }, { '@value': 's', '@direction': true }, { '@value': 1, '@direction': 'ltr' },
  { '@value': 1, '@direction': false }, { '@value': 's', '@foo': 1 }, { '@value': 's', foo: 1 }, { '@value': 's', '@type': 1 },
  { '@value': { a: 1 }, '@type': '@json' }, { '@value': 's', '@index': 1 }, { '@value': 's', '@language': 'en', '@type': 'x' },
  { '@value': 's', '@direction': 'ltr', '@type': 'x' }, { '@value': [1] }, { '@value': 's', '@context': {} },
  { '@value': 's', '@language': 'en', '@direction': 'xx' }, { '@value': 's', '@type': '_:b' }, { '@value': null, '@language': 1 }
]) {
  mut(`value object ${JSON.stringify(vo)}`, tv1, d => { d.metadata.additionalInformation = { x: vo }; });
  mut(`value object as name ${JSON.stringify(vo)}`, tv1, d => { d.metadata.name = vo; });
}

// Random single and double mutations, from two seeds.
const randomRuns = [[0x0ce4a60, 1500], [0x5eed2, 2500]];
let runIndex = 0;
for (let i = 0; i < 4000; i++) {
  if (i === randomRuns[0][1] && runIndex === 0) { runIndex = 1; seed = randomRuns[1][0]; }
  const [bn, b] = pick(Object.entries(bases));
  const d = clone(b);
  const n = 1 + Math.floor(rnd() * 2);
  const desc = [];
  for (let j = 0; j < n; j++) {
    const ps = paths(d).filter(p => p.length > 0);
    const p = pick(ps);
    const v = rnd() < 0.15 ? undefined : values();
    setAt(d, p, v);
    desc.push(p.join('.') + '=' + (v === undefined ? 'delete' : JSON.stringify(v).slice(0, 20)));
  }
  add(`random ${i} ${bn}: ${desc.join(', ')}`, d);
}

for (const c of cases) {
  const [valid] = await validateDDO(clone(c.doc));
  process.stdout.write(JSON.stringify({ name: c.name, valid, doc: c.doc }) + '\n');
}
