// The activation timings the end-to-end suite measured (test/e2e/activation.test.ts writes them beside
// its results file) go to out/e2e-activation.json, where `npm run bench` reads them.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function keepActivationTimings(resultsFile) {
  const measured = `${resultsFile}.activation.json`;
  if (!existsSync(measured)) return;
  mkdirSync(join(repoRoot, 'out'), { recursive: true });
  copyFileSync(measured, join(repoRoot, 'out', 'e2e-activation.json'));
}
