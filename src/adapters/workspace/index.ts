import type { Workspace } from '../../ports/workspace.js';
import { discoverSources } from '../sources/discover.js';
import { starterWorkflow } from '../starter-workflows.js';
import { fileAccess } from './files.js';
import { expandIrPaths } from './ir-paths.js';

/**
 * The workspace on the local file system. Reading the config (its schema, the cron parser) and
 * listing the repository (git) load their code on first use: a `validate` of named files starts
 * without either.
 */
export const fileWorkspace: Workspace = {
  readConfig: async (configPath, display) =>
    (await import('../config/read-config.js')).readConfigFile(configPath, display),
  discoverSources,
  findPipelines: async (root, outputDirs, logger) =>
    (await import('../sources/repository.js')).findRepositoryPipelines(root, outputDirs, logger),
  starterWorkflow,
  ...fileAccess,
  expandIrPaths,
};
