import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  argumentLine
} from "./chunk-NB64SDZ5.js";

// src/core/compile/locate.ts
var CODES = {
  syntax: "compile/syntax-error",
  import: "compile/import-error",
  type: "compile/type-error",
  "missing-argument": "compile/missing-argument",
  "no-pipeline": "compile/no-pipeline",
  "function-not-found": "compile/function-not-found",
  "name-not-found": "compile/name-not-found",
  "duplicate-name": "compile/duplicate-name",
  error: "compile/error"
};
var HINTS = {
  import: "is the package installed for the Python interpreter kfp-action uses (--python / input `python`)? Imports resolve from the repository root and the module\u2019s folder",
  "missing-argument": "pass every component input that has no default",
  "no-pipeline": "decorate the pipeline function with @dsl.pipeline, or remove the file from the sources"
};
function normalize(p) {
  return p.replace(/\\/g, "/").replace(/\/+$/, "");
}
function isUserFrame(file, ctx) {
  if (file.startsWith("<")) return false;
  const f = normalize(file);
  if (ctx.programFile && f === normalize(ctx.programFile)) return false;
  if (ctx.source && f === normalize(ctx.source)) return true;
  if (/\/(site|dist)-packages\//.test(f)) return false;
  return f.startsWith(normalize(ctx.repoRoot) + "/");
}
function userFrame(frames, ctx) {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (isUserFrame(frame.file, ctx)) return frame;
  }
  return void 0;
}
function oneLine(text, max = 600) {
  const flat = text.replace(/\s*\n\s*/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function typeErrorLine(message, frame, ctx) {
  const input = /\binput '([^']+)'/.exec(message)?.[1];
  const text = input ? ctx.readSource?.(frame.file) : void 0;
  return text === void 0 ? void 0 : argumentLine(text, frame.line, input);
}
function compileErrorDiagnostic(error, ctx) {
  const code = CODES[error.kind];
  const hint = /\bcontainer_component\(\) missing 1 required positional argument: 'func'/.test(
    error.message
  ) ? "write @dsl.container_component without parentheses (it takes no arguments)" : HINTS[error.kind];
  const described = error.kind === "syntax" || error.kind === "import" || error.kind === "type" || error.kind === "missing-argument" || error.kind === "error" ? `${error.type}: ${oneLine(error.message)}` : oneLine(error.message);
  const message = hint ? `${described} \u2014 ${hint}` : described;
  const task = error.function ? { task: error.function } : {};
  if (error.kind === "syntax" && error.filename && error.lineno) {
    return {
      code,
      severity: "error",
      message,
      file: ctx.display(error.filename),
      line: error.lineno,
      ...error.offset ? { column: error.offset } : {},
      ...task
    };
  }
  const frame = userFrame(error.frames, ctx);
  if (frame) {
    return {
      code,
      severity: "error",
      message,
      file: ctx.display(frame.file),
      line: error.kind === "type" && typeErrorLine(error.message, frame, ctx) || frame.line,
      ...task
    };
  }
  return { code, severity: "error", message, file: ctx.display(ctx.source), ...task };
}

export {
  oneLine,
  compileErrorDiagnostic
};
