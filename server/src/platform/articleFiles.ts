// Which files are articles: shared by the Node walk (files.ts) and the browser host, which has no disk.
export const MARKDOWN_EXTENSIONS = /\.(?:md|mdx|markdown)$/i;
