import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  createDeps
} from "./chunk-LFCH7XXJ.js";
import "./chunk-4S76EIVJ.js";
import "./chunk-6REE5PZG.js";
import "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";
export {
  createDeps
};
