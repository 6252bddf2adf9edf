import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError } from './args';

test('options before, between and after files; --flag=value; `-` is standard input; `--` ends the options', () => {
  assert.deepEqual(parseArgs(['check', 'a.md', '--format=json', '--max-warnings', '3', '-', '--config', 'rc.json', '--locale', 'en']), {
    command: 'check',
    format: 'json',
    files: ['a.md', '-'],
    maxWarnings: 3,
    config: 'rc.json',
    locale: 'en',
  });
  assert.deepEqual(parseArgs(['fix', '--write', '--no-title', '--', '--odd-name.md']), { command: 'fix', format: 'text', files: ['--odd-name.md'], write: true, noTitle: true });
});

test('bad options are usage errors with a message that says what the option takes', () => {
  const message = (argv: string[]) => {
    try {
      parseArgs(argv);
    } catch (error) {
      assert.ok(error instanceof UsageError);
      return error.message;
    }
    return 'no error';
  };
  assert.equal(message(['check', '--bogus']), 'unknown option --bogus');
  assert.equal(message(['check', '--format', 'xml']), '--format takes text, json or sarif, not xml');
  assert.equal(message(['check', 'a.md', '--format']), '--format takes text, json or sarif, not nothing');
  assert.equal(message(['check', '--max-warnings', 'many']), '--max-warnings takes a whole number, not many');
  assert.equal(message(['check', '--locale', 'de']), '--locale takes fr or en, not de');
});
