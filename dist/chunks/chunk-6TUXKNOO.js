import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  closingParen,
  escapeRe,
  lineOf
} from "./chunk-NB64SDZ5.js";

// src/core/check/source-lines.ts
function identifiers(name) {
  const base = name.replace(/^comp-/, "").replace(/^exec-/, "");
  const id = base.replace(/[^A-Za-z0-9]+/g, "_");
  const undeduped = id.replace(/_\d+$/, "");
  return [.../* @__PURE__ */ new Set([id, undeduped])].filter((s) => /^[A-Za-z_]\w*$/.test(s));
}
function taskLine(text, task) {
  const names = [...identifiers(task.component ?? ""), ...identifiers(task.name)];
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, "m").exec(text);
    if (def) return lineOf(text, def.index + def[0].indexOf("def"));
  }
  for (const n of names) {
    const call = new RegExp(`\\b${escapeRe(n)}[ \\t]*\\(`).exec(text);
    if (call) return lineOf(text, call.index);
  }
  return void 0;
}
function parameterLine(text, parameter) {
  const decorator = /@(?:dsl\.)?pipeline\b/.exec(text);
  const from = decorator?.index ?? 0;
  const m = new RegExp(`\\b${escapeRe(parameter)}[ \\t]*[:=,)]`).exec(text.slice(from));
  return m ? lineOf(text, from + m.index) : void 0;
}
function pipelineLine(text) {
  const m = /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text);
  return m ? lineOf(text, m.index + m[0].indexOf("@")) : 1;
}
function pipelineStart(text) {
  return /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text)?.index ?? 0;
}
function callLine(text, names, setter) {
  const from = pipelineStart(text);
  const isSetter = new RegExp(`^(?:${setter.source})$`);
  for (const n of names) {
    const re = new RegExp(
      `(?:\\b([A-Za-z_]\\w*)[ \\t]*=[ \\t]*)?(?<!def[ \\t]+)\\b${escapeRe(n)}[ \\t]*\\(`,
      "g"
    );
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    let at = closingParen(text, m.index + m[0].length - 1);
    while (at !== void 0) {
      const method = /^[ \t]*\.[ \t]*(\w+)[ \t]*\(/.exec(text.slice(at));
      if (!method) break;
      if (isSetter.test(method[1])) return lineOf(text, at + method[0].indexOf(method[1]));
      at = closingParen(text, at + method[0].length - 1);
    }
    if (m[1] && at !== void 0) {
      const onVar = new RegExp(
        `\\b${escapeRe(m[1])}[ \\t]*\\.[ \\t]*(?:${setter.source})[ \\t]*\\(`
      ).exec(text.slice(at));
      if (onVar) return lineOf(text, at + onVar.index);
    }
    return lineOf(text, m.index + m[0].lastIndexOf(n));
  }
  return void 0;
}
function baseImageLine(text, names) {
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, "m").exec(text);
    if (!def) continue;
    const before = text.slice(0, def.index);
    const decorators = [...before.matchAll(/@(?:dsl\.)?(?:container_)?component\b/g)];
    const last = decorators[decorators.length - 1];
    if (!last || /^[ \t]*def[ \t]/m.test(before.slice(last.index))) return void 0;
    const image = /\bbase_image[ \t]*=/.exec(before.slice(last.index));
    return image ? lineOf(text, last.index + image.index) : void 0;
  }
  return void 0;
}
var RESOURCE_SETTER = /set_(?:cpu|memory)_(?:limit|request)|set_accelerator_(?:type|limit)|set_gpu_limit/;
function findingLine(text, f) {
  const names = [...identifiers(f.component ?? ""), ...identifiers(f.task)];
  const path = f.path ?? "";
  if (/\.container\.image$/.test(path)) {
    const line = baseImageLine(text, names);
    if (line !== void 0) return line;
  } else if (/\.container$/.test(path)) {
    const line = callLine(text, names, RESOURCE_SETTER);
    if (line !== void 0) return line;
  } else if (/\.cachingOptions$/.test(path)) {
    const line = callLine(text, names, /set_caching_options/);
    if (line !== void 0) return line;
  }
  return taskLine(text, { name: f.task, ...f.component ? { component: f.component } : {} });
}

export {
  parameterLine,
  pipelineLine,
  findingLine
};
