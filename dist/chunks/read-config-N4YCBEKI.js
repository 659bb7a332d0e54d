import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  MAX_CONFIG_BYTES,
  loadConfig,
  tooLarge
} from "./chunk-ZXE44MOH.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-N7DDHGZN.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-EAQOZN5H.js";
import "./chunk-JMGSRPFI.js";

// src/adapters/config/read-config.ts
import { readFileSync, statSync } from "node:fs";
function readConfigFile(configPath, display) {
  let size;
  try {
    const stat = statSync(configPath);
    if (!stat.isFile()) return { exists: false };
    size = stat.size;
  } catch {
    return { exists: false };
  }
  if (size > MAX_CONFIG_BYTES) {
    return {
      exists: true,
      diagnostics: [tooLarge(size, display)],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  let text;
  try {
    text = readFileSync(configPath, "utf8");
  } catch (error) {
    const reason = error.code ?? String(error);
    return {
      exists: true,
      diagnostics: [
        {
          code: "config/unreadable",
          severity: "error",
          message: `the config file could not be read (${reason})`,
          file: display
        }
      ],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  return { exists: true, ...loadConfig(text, display) };
}
export {
  readConfigFile
};
