import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  createDeps
} from "./chunk-B6ISFHLT.js";
import "./chunk-2EST46L3.js";
import "./chunk-N7DDHGZN.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-5GVFLVTA.js";
import "./chunk-NJF3XNT6.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-2ITZABUP.js";
import "./chunk-H62D7YK4.js";
import "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";
export {
  createDeps
};
