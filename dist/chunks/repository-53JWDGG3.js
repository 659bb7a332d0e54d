import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  looksLikePipelineSpec,
  scanPython
} from "./chunk-KSVBKOZS.js";
import {
  tryListRepositoryFiles
} from "./chunk-H62D7YK4.js";
import "./chunk-6REE5PZG.js";
import {
  SKIPPED_FOLDERS,
  sourceKind
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/adapters/sources/repository.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
var MAX_SOURCE_BYTES = 4 * 1024 * 1024;
var MAX_WALK_ENTRIES = 5e4;
var posix = (p) => p.split(path.sep).join("/");
function isEnvironment(dir) {
  return existsSync(path.join(dir, "pyvenv.cfg")) || existsSync(path.join(dir, "conda-meta"));
}
function walk(root, skip, logger) {
  const out = [];
  const stack = [root];
  let seen = 0;
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        logger.warning(
          `stopped looking for pipelines after ${MAX_WALK_ENTRIES} files in ${root}: run kfp-action in the repository's folder, or list the pipelines in kfp-action.yaml`
        );
        return out;
      }
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skip(full)) stack.push(full);
      } else if (e.isFile()) {
        out.push(posix(path.relative(root, full)));
      }
    }
  }
  return out.sort();
}
async function findRepositoryPipelines(root, outputDirs, logger) {
  const outputs = outputDirs.map((d) => path.resolve(d));
  const skippedDir = /* @__PURE__ */ new Map();
  const skip = (dir) => {
    let known = skippedDir.get(dir);
    if (known === void 0) {
      known = SKIPPED_FOLDERS.has(path.basename(dir)) || outputs.some((o) => dir === o) || isEnvironment(dir);
      skippedDir.set(dir, known);
    }
    return known;
  };
  const insideSkipped = (rel) => {
    const parts = rel.split("/");
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      if (skip(dir)) return true;
    }
    return false;
  };
  const listed = await tryListRepositoryFiles(root);
  const listing = listed ? "git" : "walk";
  const files = listed ? listed.filter((f) => sourceKind(f) && !insideSkipped(f)).sort() : walk(root, skip, logger).filter((f) => sourceKind(f));
  const modules = [];
  const ir = [];
  for (const file of files) {
    const abs = path.join(root, file);
    let text;
    try {
      const stat = statSync(abs);
      if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) continue;
      text = readFileSync(abs, "utf8");
    } catch {
      continue;
    }
    if (sourceKind(file) === "python") {
      if (!text.includes("pipeline")) continue;
      const scan = scanPython(text);
      if (scan.pipelines.length) modules.push({ file, scan });
    } else if (looksLikePipelineSpec(text)) {
      ir.push(file);
    }
  }
  logger.debug(
    `found ${modules.length} pipeline module(s) and ${ir.length} compiled IR file(s) among ${files.length} files (${listing === "git" ? "git ls-files" : "folder walk"})`
  );
  return { modules, ir, listing };
}
export {
  findRepositoryPipelines
};
