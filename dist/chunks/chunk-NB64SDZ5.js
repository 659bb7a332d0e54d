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

export {
  escapeRe,
  lineOf,
  closingParen,
  argumentLine
};
