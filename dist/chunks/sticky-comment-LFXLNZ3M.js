import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  ACTIONS_BOT,
  explainWriteError,
  findOwnComments,
  retireStickyComments,
  upsertStickyComment
} from "./chunk-2JBN7UL3.js";
import "./chunk-DSAI2IEI.js";
import "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";
export {
  ACTIONS_BOT,
  explainWriteError,
  findOwnComments,
  retireStickyComments,
  upsertStickyComment
};
