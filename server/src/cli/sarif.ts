// SARIF 2.1.0 output, so that pipelines show Plume's findings in code-scanning views.
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale, RuleMeta, Severity } from '../core';

/** Where SARIF viewers send people to read about Plume and its rules (README anchors per rule id). */
export const PLUME_HOMEPAGE = 'https://www.npmjs.com/package/plume-seo';

export interface SarifPosition {
  /** 0-based line and UTF-16 column, as LSP and the core count them. */
  readonly line: number;
  readonly character: number;
}

export interface SarifInput {
  /** The path as shown to the user (relative to `cwd` or absolute). */
  readonly file: string;
  readonly findings: readonly {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly start: SarifPosition;
    readonly end: SarifPosition;
    readonly related?: readonly { readonly file: string; readonly start: SarifPosition; readonly end: SarifPosition; readonly message: string }[];
  }[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin' };
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel.startsWith('..') || resolve(rel) === rel) return { uri: pathToFileURL(absolute).href };
  return { uri: encodeURI(rel.split(sep).join('/')), uriBaseId: 'SRCROOT' };
}

/** SARIF regions count lines and columns from 1, columns in UTF-16 code units (the default `columnKind`); the end column is exclusive. */
function region(start: SarifPosition, end: SarifPosition) {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function toSarif(inputs: readonly SarifInput[], rules: readonly RuleMeta[], locale: Locale, version: string, cwd: string): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = inputs.flatMap((input) =>
    input.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(input.file, cwd), region: region(f.start, f.end) } }],
      ...(f.related && f.related.length > 0
        ? {
            relatedLocations: f.related.map((r, id) => ({
              id,
              message: { text: r.message },
              physicalLocation: { artifactLocation: artifactLocation(r.file, cwd), region: region(r.start, r.end) },
            })),
          }
        : {}),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plume',
            version,
            semanticVersion: version,
            informationUri: PLUME_HOMEPAGE,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.name[locale] },
              fullDescription: { text: r.description[locale] },
              helpUri: `${PLUME_HOMEPAGE}#${r.id}`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
