export { detectConventions } from './detect';
export type { SiteFiles } from './detect';
export { CONFIG_FILES, generatorOf, headingOffsetInCode } from './configFiles';
export type { SiteFile } from './configFiles';
export { writeProjectFile } from './init';
