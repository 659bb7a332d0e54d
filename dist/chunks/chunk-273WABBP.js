import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/core/errors.ts
function describeError(error) {
  if (error instanceof UserError) return { message: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack : void 0;
  return {
    message: `internal error: ${message} \u2014 please report it at https://github.com/kfp-action/kfp-action/issues`,
    exitCode: 1,
    ...stack ? { stack } : {}
  };
}

export {
  describeError
};
