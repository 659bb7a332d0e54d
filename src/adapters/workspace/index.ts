import type { Workspace } from '../../ports/workspace.js';
import { readConfigFile } from '../config/read-config.js';
import { discoverSources } from '../sources/discover.js';
import { findRepositoryPipelines } from '../sources/repository.js';
import { starterWorkflow } from '../starter-workflows.js';

/** The workspace on the local file system. */
export const fileWorkspace: Workspace = {
  readConfig: readConfigFile,
  discoverSources,
  findPipelines: findRepositoryPipelines,
  starterWorkflow,
};
