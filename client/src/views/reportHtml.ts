// The report panel's HTML as a pure function of the report and the labels: no vscode import, so it
// can be rendered and tested outside VS Code (unit tests, headless screenshot).
import type { CheckState, ReportCheck, ReportSnippet } from '../../../server/src/core/pipeline/report';
import type { WireRange, WireReport } from '../../../server/src/lsp/protocol';
import { formatDecimal, formatInt, type Labels } from './labels';

export interface HtmlOptions {
  /** `webview.cspSource`: the only origin styles may come from. */
  readonly cspSource: string;
  /** A fresh random value per render: only the script carrying it runs. */
  readonly nonce: string;
  /** Stylesheets (webview URIs), in order. */
  readonly styleUris: readonly string[];
  /** Shown under the heading: the document's name. */
  readonly subject?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Attributes that let the script reveal a place of the text (no inline handlers: the CSP forbids them). */
function revealAttrs(at: WireRange, labels: Labels): string {
  const { start, end } = at;
  return ` data-reveal="${start.line},${start.character},${end.line},${end.character}" title="${escapeHtml(labels.goTo)}" tabindex="0" role="link"`;
}

/** A bar filled to `ratio` with a CSS class per 5 % step (inline styles are not allowed by the CSP). */
function bar(ratio: number, kind: string): string {
  const step = Math.max(0, Math.min(20, Math.round(ratio * 20))) * 5;
  return `<div class="bar ${kind}"><span class="fill w${step}"></span></div>`;
}

const ICON: Record<CheckState, string> = { passed: '✓', review: '!', failed: '✕', 'not-evaluated': '–' };
const STATES: readonly CheckState[] = ['passed', 'review', 'failed', 'not-evaluated'];

function renderCheck(check: ReportCheck<WireRange>, labels: Labels): string {
  const status = `<span class="icon ${check.state}" aria-label="${escapeHtml(labels.status[check.state])}">${ICON[check.state]}</span>`;
  const stateText = check.state === 'not-evaluated' && check.reason ? `${labels.status[check.state]} (${check.reason})` : labels.status[check.state];
  const figure = check.figure ? ` <span class="figure">${escapeHtml(check.figure.text)}</span>` : '';
  const more = check.moreFindings ? `<li class="finding more">${escapeHtml(labels.moreFindings(formatInt(check.moreFindings, labels.locale)))}</li>` : '';
  const findings =
    check.findings.map((f) => `<li class="finding ${escapeHtml(f.severity)}"${revealAttrs(f.at, labels)}>${escapeHtml(f.message)}</li>`).join('') + more;
  return (
    `<li class="check ${check.state}" data-rule="${escapeHtml(check.ruleId)}" data-state="${check.state}">${status}` +
    `<span class="name">${escapeHtml(check.name)}</span>${figure} <code class="rule">${escapeHtml(check.ruleId)}</code>` +
    `<span class="state">${escapeHtml(stateText)}</span>` +
    (findings ? `<ul class="findings">${findings}</ul>` : '') +
    `</li>`
  );
}

function renderSnippetLines(part: 'title' | 'description', snippet: ReportSnippet<WireRange> | undefined, device: 'desktop' | 'mobile', labels: Labels): string {
  const cls = `serp-${part}`;
  if (!snippet) return part === 'title' ? `<div class="${cls} missing">${escapeHtml(labels.noTitle)}</div>` : '';
  const fit = snippet[device];
  const lines = fit.lines.map((l) => `<span class="line">${escapeHtml(l)}</span>`).join('');
  return `<div class="${cls}"${revealAttrs(snippet.at, labels)}>${lines}</div>`;
}

function measure(part: string, snippet: ReportSnippet<WireRange> | undefined, device: 'desktop' | 'mobile', labels: Labels): string {
  if (!snippet) return '';
  const fit = snippet[device];
  const over = fit.truncated ? ` <span class="over">${escapeHtml(labels.truncated)}</span>` : '';
  return `<li>${escapeHtml(part)}${labels.colon}${formatInt(snippet.chars, labels.locale)} ${escapeHtml(labels.chars)} · ${formatInt(fit.width, labels.locale)}/${formatInt(fit.budget, labels.locale)} px${over}</li>`;
}

/** Width and height of each device's results box, in CSS pixels before scaling (padding included). */
const SERP_SIZE = { desktop: { width: 628, height: 132 }, mobile: { width: 368, height: 176 } } as const;

function renderPreview(report: WireReport, labels: Labels): string {
  const devices = (['desktop', 'mobile'] as const).map((device) => {
    const name = device === 'desktop' ? labels.desktop : labels.mobile;
    const { width, height } = SERP_SIZE[device];
    const url = `<div class="serp-url"><span class="site">${escapeHtml(labels.site)}</span> › ${escapeHtml(report.url ?? '…')}</div>`;
    // The box is drawn at its real size inside an SVG: the viewBox scales it to the panel's width
    // (a side panel shows the whole box, smaller, instead of cutting « dans l »).
    const box =
      `<svg class="serp-scale" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(name)}">` +
      `<foreignObject x="0" y="0" width="${width}" height="${height}"><div class="serp-box">` +
      `${url}${renderSnippetLines('title', report.title, device, labels)}${renderSnippetLines('description', report.description, device, labels)}</div></foreignObject></svg>`;
    return (
      `<figure class="serp ${device}"><figcaption>${escapeHtml(name)}</figcaption>${box}` +
      `<ul class="widths">${measure(labels.titlePart, report.title, device, labels)}${measure(labels.descriptionPart, report.description, device, labels)}</ul></figure>`
    );
  });
  const note = report.description?.source === 'excerpt' ? `<p class="note">${escapeHtml(labels.excerptNote)}</p>` : '';
  return `<section class="preview"><h2>${escapeHtml(labels.preview)}</h2><div class="serps">${devices.join('')}</div>${note}</section>`;
}

/** The panel's content (what updates replace as the writer types). */
export function renderReportBody(report: WireReport | undefined, labels: Labels, subject?: string): string {
  const head = `<header><h1>${escapeHtml(labels.panelTitle)}</h1>${subject ? `<p class="subject">${escapeHtml(subject)}</p>` : ''}</header>`;
  if (!report) return `${head}<p class="waiting">${escapeHtml(labels.waiting)}</p>`;
  const l = labels.locale;
  const score =
    report.score === undefined
      ? `<div class="value none">${escapeHtml(labels.noValue)}</div>`
      : `<div class="value">${formatInt(report.score, l)}<small>/100</small></div><div class="sub">${escapeHtml(labels.scoreNote)}</div>${bar(report.score / 100, report.score >= 70 ? 'good' : report.score >= 40 ? 'fair' : 'poor')}`;
  const enough = report.wordCount >= report.minWords;
  const words =
    `<div class="value ${enough ? '' : 'short'}">${formatInt(report.wordCount, l)}</div>` +
    `<div class="sub">${escapeHtml(labels.ofMinimum(formatInt(report.minWords, l)))}</div>` +
    bar(report.minWords > 0 ? report.wordCount / report.minWords : 1, enough ? 'good' : 'fair');
  const density = report.keyphraseDensity === undefined ? labels.noValue : `${formatDecimal(report.keyphraseDensity, l)} %`;
  const keyphrase =
    `<div class="value phrase">${report.keyphrase ? escapeHtml(report.keyphrase) : `<span class="none">${escapeHtml(labels.noKeyphrase)}</span>`}</div>` +
    `<div class="sub">${escapeHtml(labels.density)}${labels.colon}${escapeHtml(density)}</div>`;
  const summary =
    `<section class="summary">` +
    `<div class="card score"><h2>${escapeHtml(labels.score)}</h2>${score}</div>` +
    `<div class="card words"><h2>${escapeHtml(labels.words)}</h2>${words}</div>` +
    `<div class="card keyphrase"><h2>${escapeHtml(labels.keyphrase)}</h2>${keyphrase}</div>` +
    `</section>`;
  const counts =
    STATES.filter((s) => s !== 'not-evaluated' || report.counts[s] > 0)
      .map((s) => `<span class="count ${s}">${ICON[s]} ${escapeHtml(labels.count(s, report.counts[s], formatInt(report.counts[s], l)))}</span>`)
      .join('') + `<span class="count typography">${escapeHtml(labels.typographyCount(report.typographyFindings, formatInt(report.typographyFindings, l)))}</span>`;
  const groups = report.groups
    .map((g) => {
      const body = g.checks.length > 0 ? `<ul class="checks">${g.checks.map((c) => renderCheck(c, labels)).join('')}</ul>` : `<p class="empty">${escapeHtml(labels.noChecks)}</p>`;
      return `<section class="group" data-category="${escapeHtml(g.category)}"><h3>${escapeHtml(labels.categories[g.category])}</h3>${body}</section>`;
    })
    .join('');
  // What Plume detected of the site (generator, heading levels, description field), and from where.
  const site = report.site && report.site.length > 0 ? `<section class="site"><h2>${escapeHtml(labels.siteConventions)}</h2><ul>${report.site.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>` : '';
  // The preview first: it is what the writer's work looks like from the outside.
  return `${head}${renderPreview(report, labels)}${summary}${site}<section class="checks-all"><h2>${escapeHtml(labels.checks)}</h2><p class="counts">${counts}</p>${groups}</section>`;
}

/** Reveals on click or Enter, and swaps the content when the extension posts an update. */
const SCRIPT = `
const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const root = document.getElementById('root');
function reveal(el) {
  const target = el.closest('[data-reveal]');
  if (!target || !vscode) return;
  const [sl, sc, el2, ec] = target.getAttribute('data-reveal').split(',').map(Number);
  vscode.postMessage({ type: 'reveal', range: { start: { line: sl, character: sc }, end: { line: el2, character: ec } } });
}
root.addEventListener('click', (e) => reveal(e.target));
root.addEventListener('keydown', (e) => { if (e.key === 'Enter') reveal(e.target); });
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m && m.type === 'update' && typeof m.html === 'string') root.innerHTML = m.html;
});
`;

/** The whole page, with a strict Content-Security-Policy: no remote content, only the nonced script. */
export function renderReportHtml(report: WireReport | undefined, labels: Labels, options: HtmlOptions): string {
  const csp = `default-src 'none'; style-src ${options.cspSource}; img-src ${options.cspSource}; script-src 'nonce-${options.nonce}';`;
  const styles = options.styleUris.map((u) => `<link rel="stylesheet" href="${escapeHtml(u)}">`).join('');
  return (
    `<!DOCTYPE html><html lang="${labels.locale}"><head><meta charset="UTF-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1.0">${styles}<title>${escapeHtml(labels.panelTitle)}</title></head>` +
    `<body><main id="root">${renderReportBody(report, labels, options.subject)}</main>` +
    `<script nonce="${escapeHtml(options.nonce)}">${SCRIPT}</script></body></html>`
  );
}
