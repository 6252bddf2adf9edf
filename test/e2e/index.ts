// Minimal mocha entry so that this branch's end-to-end tests build; at merge, the e2e branch's
// runner (launcher, offline code-server) replaces this file.
import * as path from 'node:path';
import { readdirSync } from 'node:fs';
import type MochaType from 'mocha';

// Loaded at run time (not bundled): mocha resolves its own files.
const Mocha = module.require('mocha') as typeof MochaType;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const f of readdirSync(__dirname)) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
}
