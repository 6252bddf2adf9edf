// Random Markdown articles of the kind Plume sees (and some it should not): front matter, headings,
// lists, quotes, code, tables, French prose with emoji, combining accents, ’ and no-break spaces.
import fc from 'fast-check';

const WORDS = [
  'le', 'la', 'les', 'des', 'un', 'une', 'rédaction', 'référencement', 'article', 'l’expertise', 'aujourd’hui',
  'peut-être', 'été', 'naïf', 'cœur', 'ça', 'Événement', 'écrire', 'Google', 'SEO', '3,5', '2024', 'M.', 'etc.',
  'e\u0301te\u0301', // combining accents
  '😀', '👩‍💻', '🇫🇷', '𝒳', 'ok', 'l\'outil', 'Œuvre', 'à', 'où', 'déjà', 'qu’il',
];
const SPACES = [' ', ' ', ' ', '\u00a0', '\u202f', '\t'];
const PUNCT = ['', '', '', '.', ',', ' ;', '\u202f:', ' !', '?', '…', ' »', '« '];

const word = fc.constantFrom(...WORDS);
const space = fc.constantFrom(...SPACES);
const inlineMark = fc.constantFrom('', '', '', '*', '**', '_', '`', '~~');

/** A run of French prose with inline marks and links. */
export const prose: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, space, fc.constantFrom(...PUNCT), inlineMark), { minLength: 1, maxLength: 25 })
  .map((parts) =>
    parts
      .map(([w, s, p, m], i) => (i % 7 === 3 ? `[${w}](https://exemple.fr/${i})` : `${m}${w}${m}`) + p + s)
      .join('')
      .trim(),
  );

const line = fc.oneof(
  prose,
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('#', '>', '-', '*', '`', '~', '|', ' ', '\t', '\\', '[', ']', '(', ')', '<', '!', 'a', 'é', '\n', '\r'), maxLength: 20 }),
);

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), prose).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: fc.tuple(prose, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ', '- [ ] '), prose), { minLength: 1, maxLength: 5 }).map((items) => items.map(([m, t]) => m + t).join('\n')) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom('> ', '> > ', '>'), prose), { minLength: 1, maxLength: 4 }).map((items) => items.map(([m, t]) => m + t).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '```js'), fc.array(line, { maxLength: 3 }), fc.boolean()).map(([f, ls, closed]) => `${f}\n${ls.join('\n')}${closed ? `\n${f.slice(0, 3)}` : ''}`) },
  { weight: 1, arbitrary: fc.array(prose, { minLength: 1, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.map((c) => c.slice(0, 5)).join(' | ')} |`) },
  { weight: 1, arbitrary: fc.constantFrom('<div>\n<p>html</p>\n</div>', '<h2 id="x">Titre <em>html</em></h2>', '<!-- commentaire -->', '{% raw %}x{% endraw %}', '{{< figure src="a.png" >}}', 'import X from "y"', '---', '***', '![image](a.png "titre")', '[ref]: https://exemple.fr') },
  { weight: 1, arbitrary: line },
);

const frontMatter: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(prose, prose).map(([t, d]) => `---\ntitle: "${t.replace(/["\\]/g, '')}"\ndescription: ${d.replace(/[:#\n]/g, ' ')}\nkeywords: [seo, rédaction]\n---\n`),
  fc.tuple(prose).map(([t]) => `+++\ntitle = "${t.replace(/["\\]/g, '')}"\n+++\n`),
  fc.constantFrom('---\ntitle: [oops\n---\n', '---\ntitle: x\n', '+++\ntitle = \n+++\n', '---\n- a\n- b\n---\n', '---\r\ntitle: CRLF\r\n---\r\n', '\ufeff---\ntitle: BOM\n---\n'),
);

const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n', '\n\n\n', '\r');

/** A whole document: optional front matter then blocks with mostly blank-line separators. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { nil: undefined, freq: 3 }), fc.array(fc.tuple(block, separator), { maxLength: 14 }), fc.boolean())
  .map(([fm, blocks, finalNewline]) => (fm ?? '') + blocks.map(([b, s]) => b + s).join('') + (finalNewline ? '' : 'fin'));

/** Text inserted by an edit: prose, markup, line breaks, half a surrogate pair now and then. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: prose },
  { weight: 2, arbitrary: block.map((b) => `\n\n${b}\n`) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '#', '## ', '> ', '- ', '```\n', '---\n', '’', '\u00a0', '😀', 'e\u0301', '\ud83d', '\ude00', '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
