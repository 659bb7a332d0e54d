import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/version.ts
var VERSION = "0.1.0";
var USER_AGENT = `kfp-action/${VERSION}`;

export {
  VERSION,
  USER_AGENT
};
