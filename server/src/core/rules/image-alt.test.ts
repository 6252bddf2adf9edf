import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('image-alt: Markdown and HTML images without alternative text', () => {
  const found = checkRule('image-alt', '# T\n\n![](chat.png) et ![  ](b.png)\n\n<img src="c.png">\n');
  assert.deepEqual(found.map((f) => f.spanText), ['![](chat.png)', '![  ](b.png)', '<img src="c.png">']);
});

test('image-alt: images with alternative text pass', () => {
  assert.deepEqual(checkRule('image-alt', '# T\n\n![Un chat](chat.png)\n\n<img alt="Un chien" src="c.png">\n'), []);
});
