// What holds the memory in a V8 heap snapshot, without Chrome DevTools:
//  - self size by kind of object (constructor for objects and closures);
//  - "who holds what": every object's self size added to its shortest retainer path from the
//    module-level variables and globals (breadth first; array indices and repeats collapsed), shown
//    as a tree of path prefixes, the biggest first; a block token's memo entries are named by slot;
//  - every string of 256 KB or more (PLUME_HEAP_STRING_KB to change it) and the paths of what references it (a slice keeps the whole
//    string it was cut from alive: an old version of a document held by a memo shows up here).
// `node --max-old-space-size=4000 scripts/bench/heap-holders.mjs FILE.heapsnapshot [depth] [minMB]`
// Snapshots: in process with `v8.writeHeapSnapshot()`; of the language server with
// `PLUME_BENCH_SERVER_FLAGS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=out"` and `kill -USR2 <pid>`.
import { readFileSync } from 'node:fs';

const [file, depthArg, minArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: heap-holders.mjs FILE.heapsnapshot [depth=14] [minMB=0.5]');
  process.exit(2);
}
const maxDepth = Number(depthArg ?? 14);
const minBytes = Number(minArg ?? 0.5) * 2 ** 20;
const bigString = Number(process.env.PLUME_HEAP_STRING_KB ?? 256) * 1024;
const snap = JSON.parse(readFileSync(file, 'utf8'));
const meta = snap.snapshot.meta;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const [nType, nName, nSelf, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
const nodeTypes = meta.node_types[nType];
const edgeTypes = meta.edge_types[eType];
const WEAK = edgeTypes.indexOf('weak');
const { nodes, edges, strings } = snap;
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) {
  firstEdge[i] = e;
  e += nodes[i * NF + nEdges] * EF;
}
firstEdge[N] = edges.length;

const typeOf = (i) => nodeTypes[nodes[i * NF + nType]];
const nameOf = (i) => strings[nodes[i * NF + nName]];
const selfOf = (i) => nodes[i * NF + nSelf];
const MB = (bytes) => (bytes / 2 ** 20).toFixed(2).padStart(7);
const isString = (i) => typeOf(i) === 'string' || typeOf(i) === 'sliced string' || typeOf(i) === 'concatenated string';
function label(i) {
  const t = typeOf(i);
  if (t === 'object' || t === 'closure') return nameOf(i) || t;
  if (t === 'code' && nameOf(i).includes('/')) return `code ${nameOf(i).split('/').pop()}`;
  return t;
}
function edgeLabel(e) {
  const t = edgeTypes[edges[e + eType]];
  if (t === 'element' || t === 'hidden') return '[]';
  const s = strings[edges[e + eName]];
  if (/^\d+$/.test(s)) return '[]';
  if (s.startsWith('part of key')) return '(weak map value)';
  return s;
}

// Breadth first from the root, the user roots (globals, module contexts) before V8's own GC roots,
// so that paths read as the program's variables.
const parent = new Int32Array(N).fill(-1);
const parentEdge = new Int32Array(N).fill(-1);
const queue = new Int32Array(N);
let head = 0;
let tail = 0;
queue[tail++] = 0;
parent[0] = 0;
const later = [];
while (head < tail || later.length > 0) {
  if (head === tail) queue[tail++] = later.shift();
  const v = queue[head++];
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) {
    if (edges[e + eType] === WEAK) continue;
    const w = edges[e + eTo] / NF;
    if (parent[w] !== -1) continue;
    parent[w] = v;
    parentEdge[w] = e;
    if (v === 0 && nameOf(w) === '(GC roots)') later.push(w);
    else queue[tail++] = w;
  }
}

/** The step from a node's parent to it; a Map entry under a `values` map (a block token's memo) is named by its key. */
function step(v) {
  const p = parent[v];
  if (typeOf(p) === 'array' && parent[p] >= 0 && edgeLabel(parentEdge[p]) === 'table' && edgeLabel(parentEdge[parent[p]]) === 'values') {
    const index = edges[parentEdge[v] + eName];
    for (let e = firstEdge[p]; e < firstEdge[p + 1]; e += EF) {
      const k = edges[e + eTo] / NF;
      if (edges[e + eName] === index - 1 && typeOf(k) === 'string') return `{${nameOf(k)}}:${label(v)}`;
    }
  }
  return `${edgeLabel(parentEdge[v])}:${label(v)}`;
}

// Self sizes by kind.
const byKind = new Map();
let total = 0;
for (let i = 0; i < N; i++) {
  if (parent[i] === -1) continue;
  const t = typeOf(i);
  const key = t === 'object' || t === 'closure' || t === 'native' || t === 'hidden' ? `${t} ${nameOf(i)}` : t;
  const row = byKind.get(key) ?? { bytes: 0, count: 0 };
  row.bytes += selfOf(i);
  row.count++;
  byKind.set(key, row);
  total += selfOf(i);
}
console.log(`${file}: ${MB(total).trim()} MB reachable in ${N} nodes\n\nSelf size by kind (top 20):`);
for (const [k, r] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 20)) console.log(`${MB(r.bytes)} ${String(r.count).padStart(9)}  ${k.slice(0, 90)}`);

// Who holds what.
const paths = new Array(N);
paths[0] = [];
const tree = { bytes: 0, kids: new Map() };
for (let k = 1; k < tail; k++) {
  const v = queue[k];
  const prefix = paths[parent[v]];
  const s = step(v);
  const path = prefix.length >= maxDepth || prefix[prefix.length - 1] === s ? prefix : [...prefix, s];
  paths[v] = path;
  let t = tree;
  t.bytes += selfOf(v);
  for (const part of path) {
    let c = t.kids.get(part);
    if (!c) t.kids.set(part, (c = { bytes: 0, kids: new Map() }));
    c.bytes += selfOf(v);
    t = c;
  }
}
console.log(`\nWho holds what (self sizes by shortest path, ≥ ${MB(minBytes).trim()} MB):`);
(function print(t, depth, name) {
  console.log(`${MB(t.bytes)} ${'  '.repeat(depth)}${name}`);
  for (const [part, c] of [...t.kids].sort((a, b) => b[1].bytes - a[1].bytes)) if (c.bytes >= minBytes) print(c, depth + 1, part);
})(tree, 0, 'all');

// Big strings and what references them.
const referrers = new Map();
for (let v = 0; v < N; v++) {
  if (parent[v] === -1) continue;
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) {
    if (edges[e + eType] === WEAK) continue;
    const w = edges[e + eTo] / NF;
    if (typeOf(w) !== 'string' || selfOf(w) < bigString) continue;
    let list = referrers.get(w);
    if (!list) referrers.set(w, (list = []));
    list.push(v);
  }
}
console.log(`\nStrings of ${bigString / 1024} KB or more, and the paths to what references them:`);
for (const [s, list] of [...referrers].sort((a, b) => selfOf(b[0]) - selfOf(a[0]))) {
  console.log(`${MB(selfOf(s))} ${JSON.stringify(nameOf(s).slice(0, 40))}: ${list.length} referrers`);
  const groups = new Map();
  for (const r of list) {
    const key = `${paths[r].join(' / ')}${isString(r) ? ` (${typeOf(r)})` : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`        ${String(n).padStart(6)} × …${key.slice(-220)}`);
}
