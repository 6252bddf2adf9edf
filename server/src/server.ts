// Entry point of dist/server-main.js, the language server over stdio or IPC (see lsp/server.ts), on
// the disk of the machine it runs on.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { addWordToProject, ProjectConfigs } from './platform/projectConfigFiles';
import { SiteConventionFiles } from './platform/siteConventionFiles';
import { nodeUriPaths } from './platform/uriPaths';
import { nodeWorkspaceFiles } from './platform/workspaceFiles';

startServer({
  connection: createConnection(ProposedFeatures.all),
  paths: nodeUriPaths,
  workspaceFiles: nodeWorkspaceFiles,
  projectConfigs: new ProjectConfigs(),
  addProjectWord: addWordToProject,
  siteConventions: new SiteConventionFiles(),
});
