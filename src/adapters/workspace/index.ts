import type { Workspace } from '../../ports/workspace.js';
import { readConfigFile } from '../config/read-config.js';
import { discoverSources } from '../sources/discover.js';

/** The workspace on the local file system. */
export const fileWorkspace: Workspace = { readConfig: readConfigFile, discoverSources };
