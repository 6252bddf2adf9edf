import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';

test('a crashed server is restarted 4 times in 3 minutes, then the writer is told once', () => {
  const policy = new RestartPolicy();
  const decisions = [0, 1000, 2000, 3000, 4000, 5000, 6000].map((t) => policy.closed(t));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false, false, false]);
  assert.deepEqual(decisions.map((d) => d.notify), [false, false, false, false, true, false, false]);
});

test('crashes older than the window do not count; a manual restart resets the count', () => {
  const policy = new RestartPolicy(4, 180_000);
  for (const t of [0, 1, 2, 3]) assert.ok(policy.closed(t).restart);
  assert.ok(policy.closed(200_000).restart, 'the four early crashes are out of the window');
  const again = new RestartPolicy();
  for (const t of [0, 1, 2, 3, 4]) again.closed(t);
  again.reset();
  assert.ok(again.closed(5).restart);
});
