import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  flag
} from "./chunk-I3QKFCKS.js";

// src/settings/common.ts
import { existsSync } from "node:fs";
import path from "node:path";
var COMMON_FLAGS = ["config", "python", "working-directory"];
var DEFAULT_OUTPUT_BASE = ".kfp-action";
function compiledDir(outputBaseDir) {
  return path.join(outputBaseDir, "compiled");
}
function outputBase(common, given) {
  return path.resolve(common.workingDirectory, given || DEFAULT_OUTPUT_BASE);
}
function defaultPython(cwd, env) {
  if (env.KFP_ACTION_PYTHON) return env.KFP_ACTION_PYTHON;
  const venv = path.join(cwd, ".venv", "bin", "python");
  return existsSync(venv) ? venv : "python3";
}
function build(cwd, workingDirectory, config, python, env) {
  const wd = path.resolve(cwd, workingDirectory || ".");
  return {
    workingDirectory: wd,
    configPath: path.resolve(wd, config || "kfp-action.yaml"),
    python: python || defaultPython(wd, env)
  };
}
function commonFromArgs(args, cwd, env) {
  return build(
    cwd,
    flag(args, "working-directory"),
    flag(args, "config"),
    flag(args, "python"),
    env
  );
}
function commonFromInputs(input, cwd, env) {
  return build(cwd, input("working-directory"), input("config"), input("python"), env);
}

export {
  COMMON_FLAGS,
  DEFAULT_OUTPUT_BASE,
  compiledDir,
  outputBase,
  commonFromArgs,
  commonFromInputs
};
