import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  openPromotionClients,
  waitContext
} from "./chunk-GPDLBV57.js";
import "./chunk-7EIHUDRQ.js";
import "./chunk-OZW57QZC.js";
import "./chunk-S2TBE2LR.js";
import "./chunk-KLBRCOXK.js";
import "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";
export {
  openPromotionClients,
  waitContext
};
