// The language server's view of the site: one index per workspace folder, filled lazily in the
// background (after the first document opens) and kept current by open documents and file events.
import { dirname, relative, resolve, sep } from 'node:path';
import { checkSite, parseArticle, SiteIndex, summarizeArticle, type Article, type ArticleSummary, type Settings, type SiteFinding } from '../core';
import type { WorkspaceFiles } from '../platform/workspaceFiles';

export interface IndexStats {
  readonly root: string;
  readonly articles: number;
  readonly milliseconds: number;
}

interface Folder {
  readonly root: string;
  readonly index: SiteIndex;
  indexing?: Promise<IndexStats>;
}

/** Files read and parsed between two yields to the event loop: typing stays responsive while indexing. */
const CHUNK = 8;

// A macrotask, so that pending messages run first; web workers have no setImmediate (setTimeout, ≥ 1 ms).
const yieldToEventLoop: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

export class WorkspaceSite {
  private readonly folders: Folder[];
  /** Files whose summary comes from the editor's text, not from the disk. */
  private readonly open = new Set<string>();
  /** Settings per folder while indexing: one configuration request per folder, not per file. */
  private readonly folderSettings = new Map<string, Promise<Settings>>();

  constructor(
    roots: readonly string[],
    /** How the host reads the workspace (the disk, or the client's file system in a browser). */
    private readonly files: WorkspaceFiles,
    /** Settings of a file (front-matter field names), project file included. */
    private readonly settingsOf: (file: string) => Promise<Settings>,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    // The deepest folder first, so that a nested workspace folder owns its files.
    this.folders = [...roots].map((r) => resolve(r)).sort((a, b) => b.length - a.length).map((root) => ({ root, index: new SiteIndex() }));
  }

  private folderOf(file: string): { folder: Folder; path: string } | undefined {
    for (const folder of this.folders) {
      const rel = relative(folder.root, file);
      if (rel !== '' && !rel.startsWith('..') && resolve(folder.root, rel) === resolve(file)) return { folder, path: rel.split(sep).join('/') };
    }
    return undefined;
  }

  /** Starts indexing every folder once; resolves when all are indexed. */
  startIndexing(): Promise<IndexStats[]> {
    return Promise.all(this.folders.map((folder) => (folder.indexing ??= this.indexFolder(folder))));
  }

  get indexed(): boolean {
    return this.folders.every((f) => f.indexing !== undefined);
  }

  private async indexFolder(folder: Folder): Promise<IndexStats> {
    const started = performance.now();
    let count = 0;
    for await (const file of this.files.articlesUnder(folder.root)) {
      if (!this.open.has(file)) await this.readFromDisk(file);
      if (++count % CHUNK === 0) await yieldToEventLoop();
    }
    const stats = { root: folder.root, articles: folder.index.size, milliseconds: performance.now() - started };
    this.log(`Plume: indexed ${stats.articles} articles of ${folder.root} in ${Math.round(stats.milliseconds)} ms`);
    return stats;
  }

  /** Reads a file into the index; returns whether what other articles compare with has changed. */
  private async readFromDisk(file: string): Promise<boolean> {
    const place = this.folderOf(file);
    if (!place) return false;
    try {
      const dir = dirname(file);
      let settings$ = this.folderSettings.get(dir);
      if (!settings$) this.folderSettings.set(dir, (settings$ = this.settingsOf(file)));
      const [text, settings] = await Promise.all([this.files.readText(file), settings$]);
      if (this.open.has(file)) return false; // opened meanwhile: the editor's text wins
      const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
      return place.folder.index.set(summarizeArticle(place.path, article, settings));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return place.folder.index.delete(place.path);
      this.log(`Plume: cannot index ${file}: ${String(error)}`);
      return false;
    }
  }

  /** The summary of an open document; returns whether other open articles should be checked again. */
  updateOpen(file: string, article: Article, settings: Settings): { summary: ArticleSummary; changed: boolean } | undefined {
    const place = this.folderOf(file);
    if (!place) return undefined;
    this.open.add(file);
    const summary = summarizeArticle(place.path, article, settings);
    return { summary, changed: place.folder.index.set(summary) };
  }

  /** The document was closed: the disk's version counts again. */
  async closed(file: string): Promise<boolean> {
    if (!this.open.delete(file)) return false;
    return this.readFromDisk(file);
  }

  /** A file event from the client; returns whether open articles should be checked again. */
  async fileChanged(file: string, deleted: boolean): Promise<boolean> {
    if (!this.files.isArticle(file) || this.open.has(file)) return false;
    const place = this.folderOf(file);
    if (!place || !place.folder.indexing) return false;
    if (deleted) return place.folder.index.delete(place.path);
    return this.readFromDisk(file);
  }

  /** Site-wide findings of an open article; empty until its folder is indexed. */
  check(file: string, article: Article, summary: ArticleSummary, settings: Settings): { findings: SiteFinding[]; root: string } | undefined {
    const place = this.folderOf(file);
    if (!place || !place.folder.indexing) return undefined;
    return { findings: checkSite(article, summary, place.folder.index, settings), root: place.folder.root };
  }

  /** Re-reads every file not open in the editor (after a project file changed the field names). */
  async reindex(): Promise<void> {
    this.folderSettings.clear();
    for (const folder of this.folders) {
      if (!folder.indexing) continue;
      let count = 0;
      for await (const file of this.files.articlesUnder(folder.root)) {
        if (!this.open.has(file)) await this.readFromDisk(file);
        if (++count % CHUNK === 0) await yieldToEventLoop();
      }
    }
  }
}
