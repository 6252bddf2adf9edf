// Counts the `as` casts on finding data in production code (server/src and client/src, tests left
// out): casts whose operand reads a `data` property or a variable named `data`, as in
// `finding.data as …`, `(f.data?.edits as TextEdit[])`, `const data = finding.data ?? {}; data as …`.
// Usage: node scripts/reports/finding-data-casts.mjs [--list]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|[Tt]esting\.ts$|\.d\.ts$/.test(name)) yield path;
  }
}

/** Whether the operand of a cast reads finding data: `x.data`, `x.data?.y`, `data`, `data.y`, `data ?? {}`. */
// `derived`: the names a file binds to finding data (`const edits = finding.data?.edits`).
function readsData(node, derived) {
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return readsData(node.expression, derived);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return readsData(node.left, derived);
  if (ts.isIdentifier(node)) return node.text === 'data' || derived.has(node.text);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'data') return true;
    return readsData(node.expression, derived);
  }
  return false;
}

const list = process.argv.includes('--list');
let count = 0;
for (const root of ['server/src', 'client/src']) {
  for (const file of files(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const derived = new Set();
    const visit = (node) => {
      if (ts.isVariableDeclaration(node) && node.initializer && readsData(node.initializer, derived)) {
        if (ts.isIdentifier(node.name)) derived.add(node.name.text);
        else if (ts.isObjectBindingPattern(node.name)) for (const e of node.name.elements) if (ts.isIdentifier(e.name)) derived.add(e.name.text);
      }
      if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.kind !== ts.SyntaxKind.ConstKeyword && readsData(node.expression, derived)) {
        count++;
        if (list) console.log(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
console.log(`${count} as casts on finding data in production code`);
