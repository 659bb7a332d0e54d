import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/compile/sources.ts
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  "__pycache__",
  "site-packages",
  ".kfp-action",
  ".tox"
]);
function sourceKind(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".py")) return "python";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) return "ir";
  return void 0;
}
function isGlob(pattern) {
  return /[*?[\]{}]/.test(pattern);
}
function dedupeSources(sources) {
  const seen = /* @__PURE__ */ new Set();
  return sources.filter((s) => {
    const key = `${s.path}\0${s.function ?? ""}\0${s.name ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function splitSourceList(text) {
  return text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
}

export {
  SKIPPED_FOLDERS,
  sourceKind,
  isGlob,
  dedupeSources,
  splitSourceList
};
