import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/adapters/edge/log-text.ts
var COMMAND_START = /^(\s*)(::|##\[)/;
function logText(text) {
  return text.split(/\r\n|\r|\n/).map(
    (line) => line.replace(
      COMMAND_START,
      (_m, space, start) => start === "::" ? `${space}%3A:` : `${space}%23#[`
    )
  ).join("\n");
}

export {
  logText
};
