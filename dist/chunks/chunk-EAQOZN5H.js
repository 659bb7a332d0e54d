import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/spec/depth.ts
var MAX_DEPTH = 100;
var QUOTE = 34;
var BACKSLASH = 92;
function closeDoubleQuote(text, open) {
  let j = open + 1;
  for (; ; ) {
    j = text.indexOf('"', j);
    if (j < 0) return -1;
    let k = j - 1;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((j - 1 - k) % 2 === 0) return j;
    j++;
  }
}
function scanJson(text, maxDepth = MAX_DEPTH) {
  let depth = 0;
  let keys = 0;
  let expectKey = false;
  const isObject = [false];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closeDoubleQuote(text, i);
      if (end < 0) break;
      if (expectKey) keys++;
      expectKey = false;
      i = end;
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return { tooDeepAt: i, keys };
      isObject[depth] = c === 123;
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
      expectKey = false;
    } else if (c === 44) {
      expectKey = isObject[depth] === true;
    }
  }
  return { keys };
}
var isSpace = (c) => c === 32 || c === 9 || c === 13;
var INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((ch) => ch.charCodeAt(0)));
var plainStart = (c) => !INDICATORS.has(c) && !isSpace(c) && c !== 10;
function closeSingleQuote(text, open) {
  let end = text.indexOf("'", open + 1);
  while (end >= 0 && text.charCodeAt(end + 1) === 39) end = text.indexOf("'", end + 2);
  return end;
}
function scanYamlDepth(text, maxDepth = MAX_DEPTH) {
  const n = text.length;
  const stack = [];
  let flow = 0;
  let blockParent = -1;
  let i = 0;
  while (i < n) {
    let p = i;
    while (p < n && text.charCodeAt(p) === 32) p++;
    const indent = p - i;
    let lineEnd = text.indexOf("\n", p);
    if (lineEnd < 0) lineEnd = n;
    const blank = p >= lineEnd || text.charCodeAt(p) === 13 && p + 1 >= lineEnd;
    if (blockParent >= 0) {
      if (blank || indent > blockParent) {
        i = lineEnd + 1;
        continue;
      }
      blockParent = -1;
    }
    let q = p;
    if (flow === 0) {
      const c = text.charCodeAt(p);
      if (blank || c === 35) {
        i = lineEnd + 1;
        continue;
      }
      if (indent === 0 && (text.startsWith("---", p) || text.startsWith("...", p))) {
        stack.length = 0;
      }
      while (stack.length > 0 && stack[stack.length - 1] >= indent) stack.pop();
      stack.push(indent);
      if (stack.length > maxDepth) return p;
      if (plainStart(c)) {
        const colon = text.indexOf(": ", p);
        if (colon < 0 || colon >= lineEnd) {
          i = lineEnd + 1;
          continue;
        }
        q = colon + 2;
        while (q < lineEnd && text.charCodeAt(q) === 32) q++;
        if (q >= lineEnd || plainStart(text.charCodeAt(q))) {
          i = lineEnd + 1;
          continue;
        }
      }
    }
    let tokenStart = true;
    let afterSpace = true;
    let property = false;
    let prev = 32;
    for (; q < n; q++) {
      const c = text.charCodeAt(q);
      if (c === 10) break;
      if (isSpace(c)) {
        tokenStart ||= flow > 0 || prev === 58 || property;
        property = false;
        afterSpace = true;
        prev = c;
        continue;
      }
      const wasAfterSpace = afterSpace;
      const wasTokenStart = tokenStart;
      afterSpace = false;
      tokenStart = false;
      prev = c;
      if (c === 35 && wasAfterSpace) {
        q = text.indexOf("\n", q);
        if (q < 0) q = n;
        break;
      }
      if ((c === QUOTE || c === 39) && (wasTokenStart || flow > 0)) {
        const end = c === QUOTE ? closeDoubleQuote(text, q) : closeSingleQuote(text, q);
        if (end < 0) return void 0;
        q = end;
        prev = 0;
      } else if ((c === 91 || c === 123) && (wasTokenStart || flow > 0)) {
        flow++;
        if (stack.length + flow > maxDepth) return q;
        tokenStart = true;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      } else if (c === 44 && flow > 0) {
        tokenStart = true;
      } else if ((c === 38 || c === 33) && wasTokenStart) {
        property = true;
      } else if (flow === 0 && wasTokenStart && (c === 45 || c === 63)) {
        const next = q + 1 < n ? text.charCodeAt(q + 1) : 10;
        if (next === 10 || isSpace(next)) {
          let r = q + 1;
          while (r < n && isSpace(text.charCodeAt(r))) r++;
          if (r < n && text.charCodeAt(r) !== 10 && text.charCodeAt(r) !== 35) {
            stack.push(r - i);
            if (stack.length > maxDepth) return r;
          }
          q = r - 1;
          tokenStart = true;
          afterSpace = true;
        }
      } else if (flow === 0 && wasTokenStart && (c === 124 || c === 62)) {
        let r = q + 1;
        while (r < n && /[-+0-9]/.test(text[r])) r++;
        while (r < n && isSpace(text.charCodeAt(r))) r++;
        if (r >= n || text.charCodeAt(r) === 10 || text.charCodeAt(r) === 35) {
          blockParent = indent;
          q = text.indexOf("\n", r);
          if (q < 0) q = n;
          break;
        }
      }
    }
    i = q + 1;
  }
  return void 0;
}
function offsetPosition(text, offset) {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}

export {
  MAX_DEPTH,
  scanJson,
  scanYamlDepth,
  offsetPosition
};
