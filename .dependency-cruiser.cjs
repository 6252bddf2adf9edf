// The layers of Plume, bottom to top: a file may import from its own layer and the layers below,
// never above, and no import may close a circle. Run by `npm run check:layers` (part of `npm test`).
// docs/architecture.md draws the same picture.
const CORE = '^server/src/core/';
// Bottom to top. `rules` and `actions` share a level but may not import each other.
// `assistant` sits beside `pipeline`: it reads actions (edits) and the lower layers; only the adapters import it.
const CORE_LAYERS = ['base', 'config', 'article', 'french', 'seo', 'typography', 'rules|actions', 'pipeline|assistant', 'site'];

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'An import circle: move the shared piece down to the layer both sides may import.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'rules-not-actions',
    severity: 'error',
    comment: 'Rules check, actions fix: knowledge both need lives in seo/, french/ or article/.',
    from: { path: `${CORE}rules/`, pathNot: '\\.test\\.ts$' },
    to: { path: `${CORE}actions/` },
  },
  {
    name: 'actions-not-rules',
    severity: 'error',
    comment: "Actions may read findings (base/finding) and the finding type a rule declares (type-only import: `FindingOf<id, data>`), never a rule's code.",
    from: { path: `${CORE}actions/`, pathNot: '\\.test\\.ts$' },
    to: { path: `${CORE}rules/`, dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'core-is-pure',
    severity: 'error',
    comment: 'The core knows nothing of editors, the protocol or the adapters.',
    from: { path: CORE },
    to: { path: ['^server/src/(lsp|cli|platform)/', '^client/', 'node_modules/vscode'] },
  },
  {
    name: 'assistant-from-adapters',
    severity: 'error',
    comment: 'The assistant is reached from the adapters (lsp/, cli/) and the pipeline only; the rest of the core does not depend on it.',
    from: { path: CORE, pathNot: ['^server/src/core/(assistant|pipeline)/', '\\.test\\.ts$'] },
    to: { path: `${CORE}assistant/` },
  },
  {
    name: 'pipeline-not-assistant',
    severity: 'error',
    comment: 'pipeline and assistant share a level: neither imports the other.',
    from: { path: `${CORE}assistant/`, pathNot: '\\.test\\.ts$' },
    to: { path: `${CORE}pipeline/` },
  },
  {
    name: 'adapters-apart',
    severity: 'error',
    comment: 'The language server and the command line share the core and platform/, not each other.',
    from: { path: '^server/src/lsp/' },
    to: { path: '^server/src/cli/' },
  },
  {
    name: 'cli-not-lsp',
    severity: 'error',
    comment: 'The language server and the command line share the core and platform/, not each other.',
    from: { path: '^server/src/cli/' },
    to: { path: '^server/src/lsp/' },
  },
  {
    name: 'client-thin',
    severity: 'error',
    comment: "The client shares the protocol (server/src/lsp/protocol.ts: names and types) and how the server process starts; of the rest, types only.",
    from: { path: '^client/' },
    to: { path: '^server/src/', pathNot: ['^server/src/lsp/protocol\\.ts$', '^server/src/platform/serverProcess\\.ts$'], dependencyTypesNot: ['type-only'] },
  },
];

// Each core layer may not import any layer above it. Test helpers (`testing.ts`, tests) are exempt.
CORE_LAYERS.forEach((layer, i) => {
  const above = CORE_LAYERS.slice(i + 1);
  if (above.length === 0) return;
  forbidden.push({
    name: `layer-${layer.replace('|', '-')}`,
    severity: 'error',
    comment: `core/${layer} sits below ${above.join(', ')}: it may not import them.`,
    from: { path: `${CORE}(${layer})/`, pathNot: ['\\.test\\.ts$', '[Tt]esting\\.ts$'] },
    to: { path: `${CORE}(${above.join('|')})/` },
  });
});

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    exclude: { path: '^(out|dist|node_modules)/' },
  },
};
