import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  startCompileProcess,
  startProgram,
  takeWarmCompileProcess,
  warmCompileProcess,
  warmCompileProcessFor
} from "./chunk-IRHGWX2G.js";
import "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";
export {
  startCompileProcess,
  startProgram,
  takeWarmCompileProcess,
  warmCompileProcess,
  warmCompileProcessFor
};
