// Screenshots of the real workbench: the runner (scripts/e2e/run-offline.mjs) watches
// PLUME_E2E_SCREENSHOTS for `<name>.request` and answers with `<name>.png` (out/screenshots/).
import { existsSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ScreenshotOptions {
  /** A selector in the visible webview (the report): the runner scrolls it to the top first. */
  readonly webviewScrollTo?: string;
}

/** Asks the runner for a screenshot; the PNG's path once written, or undefined when no runner takes them. */
export async function screenshot(name: string, options: ScreenshotOptions = {}, timeoutMs = 20_000): Promise<string | undefined> {
  const dir = process.env.PLUME_E2E_SCREENSHOTS;
  if (!dir) return undefined;
  const png = join(dir, `${name}.png`);
  if (existsSync(png)) unlinkSync(png);
  writeFileSync(join(dir, `${name}.request`), options.webviewScrollTo ? JSON.stringify(options) : '');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(png) && statSync(png).size > 0) {
      // Let the writer finish: the size stops growing.
      await new Promise((r) => setTimeout(r, 300));
      return png;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no screenshot ${name}.png after ${timeoutMs} ms`);
}
