import assert from 'node:assert/strict';
import { test } from 'node:test';
import { yieldToEventLoop } from './slices';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // hold the thread, as a request's handler does
  }
}

test('a pause lets a task that takes two turns of the event loop end before the computation resumes', async () => {
  const order: string[] = [];
  // A « request »: read in one turn, answered in the next (as vscode-jsonrpc does).
  setImmediate(() => {
    busy(1);
    order.push('read');
    setImmediate(() => order.push('answered'));
  });
  await yieldToEventLoop();
  order.push('resumed');
  assert.deepEqual(order, ['read', 'answered', 'resumed']);
});

test('a pause with nothing waiting costs one quiet hop', async () => {
  const started = performance.now();
  for (let i = 0; i < 100; i++) await yieldToEventLoop();
  assert.ok(performance.now() - started < 200, 'a hundred idle pauses take well under a frame each');
});
