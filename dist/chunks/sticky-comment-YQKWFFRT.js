import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  applyCommentPlan,
  findOwnComments,
  ownLogin,
  upsertStickyComment
} from "./chunk-7HJEHKQN.js";
import {
  ACTIONS_BOT
} from "./chunk-VLKUCJEJ.js";
import "./chunk-DSAI2IEI.js";
import "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";
export {
  ACTIONS_BOT,
  applyCommentPlan,
  findOwnComments,
  ownLogin,
  upsertStickyComment
};
