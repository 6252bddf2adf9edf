import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('translated-names: known names and common words where a name is expected', () => {
  const text =
    '# T\n\nAravind Srinivas, fondateur et PDG de Perplexité, a parlé. Satya Nadella a recruté Mustafa Soliman. Alex Libre, cofondateur d’Einstellen Talent, a déclaré.\n';
  assert.deepEqual(checkRule('translated-names', text).map((f) => f.spanText).sort(), ['Libre', 'Mustafa Soliman', 'Perplexité']);
});

test('translated-names: real names, repeated names and companies pass', () => {
  const text = '# T\n\nSergey Brin, cofondateur de Google, a appelé. Brin a insisté. Le PDG d’Apple, Tim Cook, a répondu.\n';
  assert.deepEqual(checkRule('translated-names', text), []);
});
