import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/result/model.ts
var TERMINAL_PIPELINE_STATES = /* @__PURE__ */ new Set([
  "SUCCEEDED",
  "FAILED",
  "CANCELLED",
  "PAUSED"
]);

export {
  TERMINAL_PIPELINE_STATES
};
