/** The package version, injected by esbuild at build time. */
declare const PLUME_VERSION: string;

/** Text files (the assistant's prompts), bundled as strings by esbuild's `text` loader. */
declare module '*.txt' {
  const text: string;
  export default text;
}
