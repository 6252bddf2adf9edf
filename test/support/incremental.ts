// The check both incremental property tests make: each batch of edits applied in turn, every version
// analysed with the previous one reused, and that analysis equal to a fresh one.
import assert from 'node:assert/strict';
import { analyze, type Analysis, type Settings, type TextChange } from '../../server/src/core';

/** An edit relative to the current text (`at` in [0, 1]), so that it makes sense whatever the length. */
export interface RelativeEdit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/** Plain data (no identity), comparable with deepEqual. */
export const plain = (a: Analysis): unknown => JSON.parse(JSON.stringify(a));

export function assertReusedEqualsFresh(start: string, settings: Settings, batches: readonly (readonly RelativeEdit[])[]): void {
  let text = start;
  let previous = analyze(text, settings);
  for (const batch of batches) {
    const changes: TextChange[] = [];
    for (const e of batch) {
      const from = Math.floor(e.at * text.length);
      const to = Math.min(text.length, from + e.length);
      text = text.slice(0, from) + e.text + text.slice(to);
      changes.push({ from, to, insertLength: e.text.length });
    }
    const reused = analyze(text, settings, { previous: { article: previous.article, changes } });
    assert.deepEqual(plain(reused), plain(analyze(text, settings)));
    previous = reused;
  }
}
