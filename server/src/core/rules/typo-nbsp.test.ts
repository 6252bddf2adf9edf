import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, reported } from './typographyTesting';

test('typo-nbsp: replaces the space before ; : ! ? » and after «, inserts a missing one', () => {
  assert.equal(fixed('Attention : voici la liste ; prête ? Oui !'), 'Attention⍽: voici la liste⍽; prête⍽? Oui⍽!');
  assert.equal(fixed('Attention: voici? Oui!'), 'Attention⍽: voici⍽? Oui⍽!');
  assert.equal(fixed('Il a dit « bonjour » puis «au revoir».'), 'Il a dit «⍽bonjour⍽» puis «⍽au revoir⍽».');
  assert.deepEqual(reported('typo-nbsp', 'Vraiment ?'), [' ?']);
});

test('typo-nbsp: the regular setting uses U+00A0, off reports nothing, existing no-break spaces are kept', () => {
  assert.equal(fixed('Attention : oui', { typography: { space: 'regular' } }), 'Attention°: oui');
  assert.deepEqual(reported('typo-nbsp', 'Attention : oui', { typography: { space: 'off' } }), []);
  assert.deepEqual(reported('typo-nbsp', 'Attention\u00a0: oui\u202f!'), []);
  assert.equal(fixed('Attention \u00a0: oui'), 'Attention°: oui');
});

test('typo-nbsp: leaves times, ratios, URLs, emoticons, code, repeated marks and line starts alone', () => {
  for (const body of [
    'Rendez-vous à 10:30 au format 16:9.',
    'Voir https://exemple.fr/page?id=3 pour plus.',
    'Super :) et bravo ;-) et :D',
    'Le code `a ? b : c` et `x!` sont courts.',
    '```\nconst a = b ? c : d;\n```',
    'Le mot std::vector et mailto:moi.',
    'Nouveau&nbsp;! et des notes[^1].\n\n[^1]: La note.',
    'Bravo :rocket: et :+1:',
    "Une expression {'  '} ici.",
  ]) {
    assert.deepEqual(reported('typo-nbsp', body), [], body);
  }
});

test('typo-nbsp: one space before repeated marks, none after an ellipsis', () => {
  assert.equal(fixed('Quoi?! Vraiment ??? Oui…?'), 'Quoi⍽?! Vraiment⍽??? Oui…?');
});

test('typo-nbsp: marks around inline markup', () => {
  assert.equal(fixed('- **Note** : oui\n- **Note:** oui'), '- **Note**⍽: oui\n- **Note⍽:** oui');
});
