/** The package version, injected by esbuild at build time. */
declare const PLUME_VERSION: string;
