// The bundled language detector carries eld's n-gram database reduced to Plume's candidate languages
// (scripts/lib/eld-subset.mjs): it must judge exactly as the full database restricted to them does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CANDIDATE_LANGUAGES, detectLanguage } from '../../server/src/core/french/language';

const repoRoot = resolve(__dirname, '..', '..', '..');

interface FullEld {
  detect(text: string): { language: string; getScores(): Record<string, number> };
  setLanguageSubset(languages: readonly string[]): unknown;
}

const SAMPLES = [
  'Le serveur analyse chaque article avant sa publication sur le site.',
  'The server checks every article before it is published on the website.',
  'El servidor analiza cada artículo antes de su publicación en el sitio web.',
  'Der Server prüft jeden Artikel, bevor er auf der Website veröffentlicht wird.',
  'Il server analizza ogni articolo prima della pubblicazione sul sito.',
  'O servidor analisa cada artigo antes da sua publicação no site.',
  'De server controleert elk artikel voordat het op de website verschijnt.',
  'React Compiler',
  'Paris Web 2024',
  'Привет, мир', // a language outside the candidates
  '',
];

test('the reduced database detects as the full one restricted to the candidate languages', async () => {
  // Loaded at run time, outside the bundle: the package's own entry with the full database.
  const entry = pathToFileURL(resolve(repoRoot, 'node_modules', 'eld', 'src', 'entries', 'static.extrasmall.js')).href;
  const full = ((await import(entry)) as { eld: FullEld }).eld;
  full.setLanguageSubset(CANDIDATE_LANGUAGES);
  const paragraphs = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const texts = [...SAMPLES, ...paragraphs];
  let judged = 0;
  for (const text of texts) {
    const reference = full.detect(text);
    const bundled = detectLanguage(text);
    assert.equal(bundled.language, reference.language, text);
    assert.deepEqual(bundled.scores, reference.getScores(), text);
    if (reference.language) judged++;
  }
  assert.ok(judged >= 10, `only ${judged} texts got a language`);
  // Each candidate language is recognised in its sample sentence.
  assert.deepEqual(SAMPLES.slice(0, CANDIDATE_LANGUAGES.length).map((s) => detectLanguage(s).language), [...CANDIDATE_LANGUAGES]);
});
