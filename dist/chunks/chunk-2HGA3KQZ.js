import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/report/escape.ts
var MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&@~=$:]/g;
var WORD_JOINER = "\u2060";
function breakReferences(s) {
  return s.replace(/[@#]|\bGH-/gi, (m) => `${m}${WORD_JOINER}`);
}
function mdText(value) {
  return breakReferences(String(value).replace(/\r?\n|\r/g, " ")).replace(
    MD_SPECIAL,
    (c) => `&#${c.charCodeAt(0)};`
  );
}
function mdCell(value) {
  const s = mdText(value);
  return s.trim() === "" ? "&#32;" : s;
}
function mdCode(value) {
  const s = String(value).replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") || s.trim() === "" ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}
function mdUrl(value, allowHttp = false) {
  if (!value || !(allowHttp ? /^https?:\/\/\S+$/ : /^https:\/\/\S+$/).test(value)) return void 0;
  try {
    return encodeURI(decodeURI(value)).replace(
      /[()<>]/g,
      (c) => `%${c.charCodeAt(0).toString(16)}`
    );
  } catch {
    return void 0;
  }
}
function mdCodeBlock(value, language = "") {
  const longest = Math.max(2, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const info = language.replace(/[^A-Za-z0-9_+-]/g, "");
  return `${fence}${info}
${value.replace(/\r\n?/g, "\n").replace(/\n+$/, "")}
${fence}`;
}
var MERMAID_SPECIAL = /[#"<>[\]{}()|`;&@\\]/g;
function mermaidLabel(value) {
  const s = String(value).replace(/\r?\n|\r/g, " ").replace(MERMAID_SPECIAL, (c) => `#${c.charCodeAt(0)};`);
  return `"${s}"`;
}
function mermaidId(value, prefix = "n") {
  let out = "";
  for (const ch of value) {
    out += /[A-Za-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0).toString(16)}_`;
  }
  return `${prefix}_${out}`;
}
function markerKey(name) {
  return [...name].map((c) => /[A-Za-z0-9._-]/.test(c) ? c : `%${c.codePointAt(0).toString(16)}`).join("");
}
function truncate(value, max) {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 40))}\u2026 (${value.length - max + 40} more characters)`;
}

export {
  mdText,
  mdCell,
  mdCode,
  mdUrl,
  mdCodeBlock,
  mermaidLabel,
  mermaidId,
  markerKey,
  truncate
};
