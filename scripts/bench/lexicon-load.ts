// `node scripts/bench/lexicon-load.mjs`: how long the French lexicon takes to load and to answer,
// and how much memory it holds (the figures of docs/performance.md).
import { analyses, lexiconLoadStats } from '../../server/src/core/french/lexicon/lexicon';

const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
analyses('maison');
const first = performance.now() - t0;
const { ms, bytes } = lexiconLoadStats();
const words = 'les grandes entreprises technologiques sont engagées dans une bataille acharnée pour attirer les talents en intelligence artificielle'.split(' ');
const t1 = performance.now();
let n = 0;
for (let i = 0; i < 2000; i++) for (const w of words) n += analyses(`${w}${i % 2 === 0 ? '' : ''}`).length;
const perLookup = ((performance.now() - t1) / (2000 * words.length)) * 1000;
// Uncached look-ups: distinct forms.
const distinct = ['abaisser', 'zoologique', 'chevaux', 'implique', 'optimisées', 'difficulté', 'connectez', 'gardera', 'startups', 'aujourd’hui'];
const t2 = performance.now();
for (const w of distinct) analyses(w.toUpperCase());
const uncached = ((performance.now() - t2) / distinct.length) * 1000;
console.log(JSON.stringify({ dataChars: bytes, loadMs: Math.round(ms), firstLookupMs: Math.round(first), cachedLookupUs: +perLookup.toFixed(2), uncachedLookupUs: +uncached.toFixed(1), heapMB: +((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1), n }));
