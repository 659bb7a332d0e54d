import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/compile/python-source.ts
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function lineOf(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "#") {
      const eol = text.indexOf("\n", i);
      if (eol === -1) return void 0;
      i = eol;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) j += text[j] === "\\" ? 2 : 1;
      i = j + quote.length - 1;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return void 0;
}
function argumentLine(text, callLine, name) {
  let start = 0;
  for (let l = 1; l < callLine; l++) {
    start = text.indexOf("\n", start) + 1;
    if (start === 0) return void 0;
  }
  const open = text.indexOf("(", start);
  if (open === -1) return void 0;
  const end = closingParen(text, open) ?? text.length;
  const call = text.slice(open, end);
  const m = new RegExp(`[(,\\s]${escapeRe(name)}[ \\t]*=(?!=)`).exec(call);
  return m ? lineOf(text, open + m.index + 1) : void 0;
}

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
  escapeRe,
  lineOf,
  closingParen,
  oneLine,
  compileErrorDiagnostic
};
