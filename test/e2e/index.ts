// Entry point of the end-to-end suite, loaded by VS Code's extension host (test-electron or
// code-server): runs every bundled *.test.js beside it with mocha and resolves only when all pass.
// The counts also go to the file named by PLUME_E2E_RESULTS, so a launcher can tell a real pass
// from a run that silently did nothing.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface E2EResults {
  passed: number;
  failed: number;
  pending: number;
  failures: string[];
}

function writeResults(results: E2EResults): void {
  const file = process.env.PLUME_E2E_RESULTS;
  if (file) writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // Optional filter, e.g. PLUME_E2E_GREP=settings, to run a part of the suite.
  if (process.env.PLUME_E2E_GREP) mocha.grep(process.env.PLUME_E2E_GREP);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  const results: E2EResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  writeResults(results);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        writeResults(results);
        const total = results.passed + results.failed;
        console.log(`e2e: ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
        if (results.failed > 0) reject(new Error(`${results.failed} end-to-end test(s) failed`));
        else if (total === 0) reject(new Error('no end-to-end test ran'));
        else resolve();
      });
      runner.on('pass', () => results.passed++);
      runner.on('fail', (test) => {
        results.failed++;
        results.failures.push(test.fullTitle());
      });
      runner.on('pending', () => results.pending++);
    } catch (error) {
      writeResults({ ...results, failed: results.failed + 1, failures: [...results.failures, `loading the suite: ${String(error)}`] });
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
