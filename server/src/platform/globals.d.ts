/** The package version, injected by esbuild at build time. */
declare const PLUME_VERSION: string;

/** The French Hunspell dictionary's files, bundled as text (esbuild `text` loader). */
declare module 'dictionary-fr/index.aff' {
  const text: string;
  export default text;
}
declare module 'dictionary-fr/index.dic' {
  const text: string;
  export default text;
}
declare module 'dictionary-en/index.aff' {
  const text: string;
  export default text;
}
declare module 'dictionary-en/index.dic' {
  const text: string;
  export default text;
}
