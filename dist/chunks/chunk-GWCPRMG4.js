import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  listComponents,
  topologicalOrder
} from "./chunk-2LV6Y5RJ.js";
import {
  findYamlNode,
  pointerToPath,
  require_dist
} from "./chunk-TLUW4NAZ.js";
import {
  MAX_DEPTH,
  offsetPosition,
  scanJson,
  scanYamlDepth
} from "./chunk-EAQOZN5H.js";
import {
  __toESM
} from "./chunk-JMGSRPFI.js";

// src/core/spec/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/spec/fast-yaml.ts
var BAIL = /* @__PURE__ */ Symbol("bail");
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  if (s !== "" && !"-+.0123456789~nNtTfF".includes(s[0])) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === "t" || s[0] === "T";
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) {
    if (s.slice(-3).toLowerCase() === "nan") return NaN;
    return s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
function unfoldLines(source) {
  const lines = source.split("\n");
  if (lines.length === 1) return source;
  let res = lines[0].replace(/[ \t]+$/, "");
  let sep = " ";
  for (let i = 1; i < lines.length - 1; i++) {
    const lm = lines[i].replace(/^[ \t]+|[ \t]+$/g, "");
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
  }
  return res + sep + lines[lines.length - 1].replace(/^[ \t]+/, "");
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
function doubleQuoted(source) {
  const end = source.length - 1;
  if (!/[\\\n]/.test(source)) return source.slice(1, end);
  let res = "";
  let i = 1;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      let fold = "";
      let next = source.charCodeAt(++i);
      while (next === 32 || next === 10) {
        if (next === 10) fold += "\n";
        next = source.charCodeAt(++i);
      }
      res += fold || " ";
    } else if (c === 92) {
      const next = source[++i];
      i++;
      const code = ESCAPES[next];
      if (code !== void 0) res += code;
      else if (next === "\n") {
        while (source.charCodeAt(i) === 32) i++;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = source.substr(i, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const cp = parseInt(hex, 16);
        if (cp > 1114111) throw BAIL;
        res += String.fromCodePoint(cp);
        i += length;
      } else {
        throw BAIL;
      }
    } else {
      let j = i;
      let dropTo = -1;
      while (j < end) {
        const d = source.charCodeAt(j);
        if (d === 10 || d === 92) break;
        if (d === 32) {
          let k = j + 1;
          while (k < end && source.charCodeAt(k) === 32) k++;
          if (k < end && source.charCodeAt(k) === 10) {
            dropTo = k;
            break;
          }
          j = k;
        } else j++;
      }
      res += source.slice(i, j);
      i = dropTo >= 0 ? dropTo : j;
    }
  }
  return res;
}
function entryAt(line, col) {
  return line.charCodeAt(col) === 45 && (line.length === col + 1 || line.charCodeAt(col + 1) === 32);
}
var notPlain = (s) => s.includes(": ") || s.includes(" #") || s.endsWith(":");
var isIndicator = (c) => c !== void 0 && "-?:,[]{}#&*!|>'\"%@`".includes(c);
function fastParseYaml(text, positions = true) {
  if (text.includes("\r") || text.includes("	") || text.charCodeAt(0) === 65279) return void 0;
  try {
    return new Reader(text, positions).read();
  } catch (error) {
    if (error === BAIL) return void 0;
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}
var Reader = class {
  constructor(text, positions) {
    this.text = text;
    this.positions = positions;
    this.lines = text.split("\n");
    this.starts = new Array(this.lines.length);
    let offset = 0;
    for (let i = 0; i < this.lines.length; i++) {
      this.starts[i] = offset;
      offset += this.lines[i].length + 1;
    }
  }
  text;
  positions;
  lines;
  starts;
  li = 0;
  end = 0;
  keyOffsets = /* @__PURE__ */ new Map();
  itemOffsets = /* @__PURE__ */ new Map();
  read() {
    const bounds = [];
    let from = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line.startsWith("%") || line.startsWith("...")) throw BAIL;
      if (line.startsWith("---")) {
        if (line.trimEnd() !== "---") throw BAIL;
        if (i > from || bounds.length > 0) bounds.push([from, i]);
        from = i + 1;
      }
    }
    bounds.push([from, this.lines.length]);
    const docs = [];
    for (const [start, end] of bounds) {
      this.li = start;
      this.end = end;
      this.skipBlank();
      if (this.li >= end) throw BAIL;
      if (this.indent(this.li) !== 0) throw BAIL;
      const offset = this.starts[this.li];
      const value = this.node(0);
      this.skipBlank();
      if (this.li < end) throw BAIL;
      docs.push({ value, start: offset });
    }
    return {
      docs,
      keyOffsets: this.keyOffsets,
      itemOffsets: this.itemOffsets,
      lineStarts: this.starts
    };
  }
  indent(i) {
    const line = this.lines[i];
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }
  /** Skips empty lines and full-line comments. */
  skipBlank() {
    while (this.li < this.end) {
      const line = this.lines[this.li];
      let n = 0;
      while (line.charCodeAt(n) === 32) n++;
      const c = line.charCodeAt(n);
      if (c > 32 && c < 127 && c !== 35) return;
      if (n < line.length && c !== 35) {
        const t = line.trimStart();
        if (t !== "" && !t.startsWith("#")) return;
      }
      this.li++;
    }
  }
  /** A block node whose first line is the current line, at column `ind`. */
  node(ind) {
    if (entryAt(this.lines[this.li], ind)) return this.sequence(ind);
    return this.mapping(ind, ind);
  }
  /** `col`: where the first key starts on the current line (after `- ` for a compact map). */
  mapping(ind, col) {
    const map = {};
    const offsets = this.positions ? /* @__PURE__ */ new Map() : void 0;
    if (offsets) this.keyOffsets.set(map, offsets);
    let first = true;
    for (; ; ) {
      if (!first) {
        this.skipBlank();
        if (this.li >= this.end) break;
        const n = this.indent(this.li);
        if (n < ind) break;
        if (n > ind) throw BAIL;
        if (entryAt(this.lines[this.li], ind)) break;
      }
      const at = first ? col : ind;
      first = false;
      const line = this.lines[this.li];
      const key = this.key(line, at);
      if (key === "__proto__" || Object.hasOwn(map, key)) throw BAIL;
      offsets?.set(key, this.starts[this.li] + at);
      map[key] = this.valueAfterKey(line, this.after, ind);
    }
    return map;
  }
  /** Column just after the colon of the key key() read last (a field: no object per key). */
  after = 0;
  /** Parses `key:` at `at`; returns the key, and sets `after` to the column after the colon. */
  key(line, at) {
    const c = line[at];
    if (c === "'" || c === '"') {
      const close = this.closingQuote(line, at);
      if (close === -1 || line[close + 1] !== ":") throw BAIL;
      const raw = line.slice(at, close + 1);
      this.after = close + 2;
      return c === '"' ? doubleQuoted(raw) : raw.slice(1, -1).replace(/''/g, "'");
    }
    if (isIndicator(c)) throw BAIL;
    let colon = line.indexOf(": ", at);
    if (colon === -1) {
      if (!line.endsWith(":")) throw BAIL;
      colon = line.length - 1;
    }
    const key = line.slice(at, colon);
    const last = key.charCodeAt(key.length - 1);
    if ((last <= 32 || last >= 127) && key !== key.trimEnd()) throw BAIL;
    if (key.includes(" #") || typeof resolvePlain(key) !== "string") throw BAIL;
    this.after = colon + 1;
    return key;
  }
  /** A quote closing on the same line (doubled quotes and escapes skipped), or -1. */
  closingQuote(line, open) {
    const q = line[open];
    for (let i = open + 1; i < line.length; i++) {
      const ch = line[i];
      if (q === '"' && ch === "\\") i++;
      else if (ch === q) {
        if (q === "'" && line[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  }
  /** The value after `key:` (column `after` on the current line); moves past it. */
  valueAfterKey(line, after, ind) {
    let col = after;
    while (line[col] === " ") col++;
    if (col >= line.length) {
      this.li++;
      this.skipBlank();
      if (this.li >= this.end) return null;
      const n = this.indent(this.li);
      if (n > ind) return this.node(n);
      if (n === ind && entryAt(this.lines[this.li], ind)) return this.sequence(ind);
      return null;
    }
    return this.inline(col, ind);
  }
  sequence(ind) {
    const seq = [];
    const offsets = [];
    if (this.positions) this.itemOffsets.set(seq, offsets);
    for (; ; ) {
      this.skipBlank();
      if (this.li >= this.end) break;
      const n = this.indent(this.li);
      if (n < ind) break;
      if (n > ind) throw BAIL;
      const line = this.lines[this.li];
      if (line.length === ind + 1 && line.charCodeAt(ind) === 45) {
        this.li++;
        this.skipBlank();
        if (this.li >= this.end || this.indent(this.li) <= ind) throw BAIL;
        const nested = this.indent(this.li);
        offsets.push(this.starts[this.li] + nested);
        seq.push(this.node(nested));
        continue;
      }
      if (!entryAt(line, ind)) break;
      let col = ind + 2;
      while (line[col] === " ") col++;
      if (col !== ind + 2) throw BAIL;
      const c = line[col];
      if (c === "-" && (line[col + 1] === " " || col + 1 === line.length)) throw BAIL;
      offsets.push(this.starts[this.li] + col);
      seq.push(this.startsMapping(line, col) ? this.mapping(col, col) : this.inline(col, ind));
    }
    return seq;
  }
  /** Whether a sequence item starting at `col` is a compact mapping (`- key: value`). */
  startsMapping(line, col) {
    const c = line[col];
    if (c === "'" || c === '"') {
      const close = this.closingQuote(line, col);
      return close !== -1 && line[close + 1] === ":";
    }
    return line.indexOf(": ", col) !== -1 || line.endsWith(":");
  }
  /** A scalar (or `{}` / `[]`) starting at `col` on the current line; `ind` is the indentation
   * of the entry it belongs to (continuation lines must be deeper). Moves past it. */
  inline(col, ind) {
    const line = this.lines[this.li];
    const c = line[col];
    if (c === "'" || c === '"') return this.quoted(col);
    const rest = line.slice(col).trimEnd();
    if (rest === "{}" || rest === "[]") {
      this.li++;
      const empty = rest === "{}" ? {} : [];
      if (this.positions) {
        if (Array.isArray(empty)) this.itemOffsets.set(empty, []);
        else this.keyOffsets.set(empty, /* @__PURE__ */ new Map());
      }
      return empty;
    }
    if (isIndicator(c)) {
      const next = line[col + 1];
      if (!((c === "-" || c === "?" || c === ":") && next !== void 0 && next !== " "))
        throw BAIL;
    }
    if (notPlain(rest)) throw BAIL;
    let source = rest;
    let last = this.li;
    let i = this.li + 1;
    let pending = "";
    for (; i < this.end; i++) {
      const next = this.lines[i];
      if (next.trim() === "") {
        pending += "\n";
        continue;
      }
      if (this.indent(i) <= ind) break;
      const t = next.trim();
      if (t.startsWith("#") || notPlain(t)) throw BAIL;
      source += "\n" + pending + next.trimEnd();
      pending = "";
      last = i;
    }
    this.li = last + 1;
    return resolvePlain(source === rest ? rest : unfoldLines(source));
  }
  /** A single- or double-quoted scalar opening at `col`, possibly over several lines. */
  quoted(col) {
    const q = this.lines[this.li][col];
    const open = this.starts[this.li] + col;
    const text = this.text;
    let j = open + 1;
    const quote = q.charCodeAt(0);
    const double = q === '"';
    for (; ; ) {
      if (j >= text.length) throw BAIL;
      const ch = text.charCodeAt(j);
      if (double && ch === 92) j += 2;
      else if (ch === quote) {
        if (!double && text.charCodeAt(j + 1) === quote) j += 2;
        else break;
      } else j++;
    }
    const raw = text.slice(open, j + 1);
    while (this.li + 1 < this.lines.length && this.starts[this.li + 1] <= j) this.li++;
    const tail = this.lines[this.li].slice(j - this.starts[this.li] + 1);
    if (tail.trim() !== "") throw BAIL;
    if (raw.includes("\n---") || raw.includes("\n...")) throw BAIL;
    this.li++;
    return q === '"' ? doubleQuoted(raw) : unfoldLines(raw.slice(1, -1)).replace(/''/g, "'");
  }
};

// src/core/spec/pyyaml-compat.ts
var OPENING = /^( *)((?:- +)*)(?:[^\s"'#][^"'#]*?: +)?(["'])/;
function reindentQuotedScalar(text, line) {
  const lines = text.split("\n");
  const first = lines[line - 1];
  if (first === void 0) return void 0;
  const m = OPENING.exec(first);
  if (!m) return void 0;
  const indent = m[1].length;
  const quote = m[3];
  const need = indent + m[2].length + 1;
  let changed = false;
  let i = line - 1;
  let col = m[0].length;
  for (; ; ) {
    const current = lines[i];
    let closed = false;
    while (col < current.length) {
      const ch = current[col];
      if (quote === '"' && ch === "\\") {
        col += 2;
        continue;
      }
      if (ch === quote) {
        if (quote === "'" && current[col + 1] === "'") {
          col += 2;
          continue;
        }
        closed = true;
        break;
      }
      col++;
    }
    if (closed) return changed ? lines.join("\n") : void 0;
    i++;
    if (i >= lines.length) return void 0;
    const next = lines[i];
    const lead = next.length - next.trimStart().length;
    if (next.trim() !== "" && lead < need) {
      lines[i] = " ".repeat(need - lead) + next;
      changed = true;
    }
    col = 0;
  }
}
var LOOK_BACK_LINES = 200;
function repairNear(text, errorLine) {
  for (let line = errorLine; line > 0 && line > errorLine - LOOK_BACK_LINES; line--) {
    const repaired = reindentQuotedScalar(text, line);
    if (repaired !== void 0) return repaired;
  }
  return void 0;
}

// src/core/spec/load.ts
var DEFAULT_LIMITS = { maxBytes: 16 * 1024 * 1024, maxAliasCount: 100 };
var PARSE_OPTIONS = (lineCounter) => ({ lineCounter, prettyErrors: false, uniqueKeys: false });
function duplicateKey(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if ((0, import_yaml.isScalar)(key)) {
          const name = String(key.value);
          if (seen.has(name)) return { key: name, offset: key.range?.[0] ?? 0 };
          seen.add(name);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return void 0;
}
var MAX_QUOTE_REPAIRS = 20;
function fail(file, code, message, line = 1, column = 1) {
  return { ok: false, diagnostics: [{ code, severity: "error", message, file, line, column }] };
}
function decodeText(bytes) {
  if (bytes.subarray(0, 8192).includes(0)) return void 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function sizeDiagnostic(file, byteLength, limits = DEFAULT_LIMITS) {
  if (byteLength <= limits.maxBytes) return void 0;
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return {
    code: "load/too-large",
    severity: "error",
    message: `file is ${mb(byteLength)} MiB, more than the ${mb(limits.maxBytes)} MiB a compiled pipeline can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1
  };
}
function loadSpecBytes(bytes, file, limits = DEFAULT_LIMITS) {
  const tooLarge = sizeDiagnostic(file, bytes.byteLength, limits);
  if (tooLarge) return { ok: false, diagnostics: [tooLarge] };
  const text = decodeText(bytes);
  if (text === void 0) {
    return fail(file, "load/binary", "file is binary, not YAML or JSON text");
  }
  return loadSpecText(text, file, limits);
}
function loadSpecText(text, file, limits = DEFAULT_LIMITS, options = {}) {
  if (text.length > limits.maxBytes) {
    return { ok: false, diagnostics: [sizeDiagnostic(file, text.length, limits)] };
  }
  try {
    return parseSpec(text, file, limits, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /call stack/i.test(message) ? "load/too-deep" : "load/unparsable";
    return fail(file, code, `the file could not be parsed: ${message}`);
  }
}
var isMapping = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function fromFast(fast, text, file) {
  const [spec, platform2] = fast.docs;
  if (fast.docs.length > 2 || !isMapping(spec?.value)) return void 0;
  if (platform2 && !isMapping(platform2.value)) return void 0;
  let positioned;
  const pos = (offset) => {
    const starts = fast.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
  const locate = (path, document = 0) => {
    positioned ??= fastParseYaml(text, true);
    const doc = positioned.docs[document] ?? positioned.docs[0];
    let node = doc.value;
    let best = doc.start;
    for (const key of path) {
      let offset;
      if (isMapping(node)) {
        offset = positioned.keyOffsets.get(node)?.get(String(key));
        if (offset !== void 0) node = node[String(key)];
      } else if (Array.isArray(node) && typeof key === "number") {
        offset = positioned.itemOffsets.get(node)?.[key];
        if (offset !== void 0) node = node[key];
      }
      if (offset === void 0) break;
      best = offset;
    }
    return pos(best);
  };
  return {
    file,
    spec: spec.value,
    ...platform2 ? { platform: platform2.value } : {},
    locate
  };
}
function countKeys(root) {
  let n = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === "object") stack.push(item);
    } else {
      for (const key in v) {
        n++;
        const item = v[key];
        if (item !== null && typeof item === "object") stack.push(item);
      }
    }
  }
  return n;
}
function fromJson(text, file, writtenKeys) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isMapping(value) || countKeys(value) !== writtenKeys) return void 0;
  let located;
  return {
    file,
    spec: value,
    locate: (path, document) => {
      if (!located) {
        const lineCounter = new import_yaml.LineCounter();
        const docs = (0, import_yaml.parseAllDocuments)(text, PARSE_OPTIONS(lineCounter));
        located = Array.isArray(docs) ? yamlLocate(docs, lineCounter) : () => ({ line: 1, column: 1 });
      }
      return located(path, document);
    }
  };
}
function tooDeep(file, text, offset) {
  const { line, column } = offsetPosition(text, offset);
  return fail(
    file,
    "load/too-deep",
    `lists or mappings are nested more than ${MAX_DEPTH} deep here; compiled IR never is (the KFP SDK refuses deeper input), so the file was not parsed`,
    line,
    column
  );
}
function parseSpec(text, file, limits, options) {
  if (text.trim() === "") return fail(file, "load/empty", "file is empty");
  const first = text.charCodeAt(text.length - text.trimStart().length);
  if (first === 123 || first === 91) {
    const scan = scanJson(text);
    if (scan.tooDeepAt !== void 0) return tooDeep(file, text, scan.tooDeepAt);
    const loaded2 = options.fastPath !== false ? fromJson(text, file, scan.keys) : void 0;
    if (loaded2) return { ok: true, loaded: loaded2, diagnostics: [] };
  }
  const deepAt = scanYamlDepth(text);
  if (deepAt !== void 0) return tooDeep(file, text, deepAt);
  if (options.fastPath !== false) {
    const fast = fastParseYaml(text, false);
    const loaded2 = fast && fromFast(fast, text, file);
    if (loaded2) return { ok: true, loaded: loaded2, diagnostics: [] };
  }
  let lineCounter = new import_yaml.LineCounter();
  let docs = (0, import_yaml.parseAllDocuments)(text, PARSE_OPTIONS(lineCounter));
  const original = { docs, lineCounter };
  for (let attempt = 0; attempt < MAX_QUOTE_REPAIRS; attempt++) {
    const error = Array.isArray(docs) ? docs.flatMap((d) => d.errors)[0] : void 0;
    if (!error || error.code !== "MISSING_CHAR" || !/closing .?quote/.test(error.message)) break;
    const repaired = repairNear(text, lineCounter.linePos(error.pos[0]).line);
    if (repaired === void 0) break;
    text = repaired;
    lineCounter = new import_yaml.LineCounter();
    docs = (0, import_yaml.parseAllDocuments)(text, PARSE_OPTIONS(lineCounter));
  }
  if (Array.isArray(docs) && docs.some((d) => d.errors.length > 0)) {
    ({ docs, lineCounter } = original);
  }
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (!Array.isArray(docs)) {
    return fail(file, "load/empty", "file has no YAML document");
  }
  for (const doc of docs) {
    const first2 = doc.errors[0];
    if (first2) {
      const { line, column } = pos(first2.pos[0]);
      const message = first2.message.split("\n")[0] ?? first2.message;
      if (/call stack/i.test(message)) {
        return fail(
          file,
          "load/too-deep",
          "lists or mappings are nested too deeply for compiled IR (the parser ran out of stack here)",
          line,
          column
        );
      }
      return fail(file, "load/yaml-syntax", `YAML syntax error: ${message}`, line, column);
    }
  }
  if (docs.length === 0) return fail(file, "load/empty", "file has no YAML document");
  for (const doc of docs) {
    const dup = duplicateKey(doc.contents);
    if (dup) {
      const { line, column } = pos(dup.offset);
      return fail(
        file,
        "load/duplicate-key",
        `key "${dup.key}" appears twice in the same mapping; YAML forbids it and only one of the two would count`,
        line,
        column
      );
    }
  }
  if (docs.length > 2) {
    const { line, column } = pos(docs[2].range[0]);
    return fail(
      file,
      "load/too-many-documents",
      `file has ${docs.length} YAML documents; a compiled pipeline has one, plus an optional platform spec`,
      line,
      column
    );
  }
  const values = [];
  for (const doc of docs) {
    try {
      values.push(doc.toJS({ maxAliasCount: limits.maxAliasCount }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const { line, column } = pos(doc.range[0]);
      return fail(
        file,
        "load/yaml-aliases",
        `YAML could not be resolved: ${message}`,
        line,
        column
      );
    }
  }
  const [spec, platform2] = values;
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    const { line, column } = pos(docs[0].contents?.range?.[0]);
    const kind = spec === null ? "empty" : Array.isArray(spec) ? "a list" : `a ${typeof spec}`;
    return fail(
      file,
      "load/not-a-mapping",
      `top level is ${kind}; a compiled pipeline is a mapping with pipelineInfo, root, \u2026`,
      line,
      column
    );
  }
  if (platform2 !== void 0 && (platform2 === null || typeof platform2 !== "object" || Array.isArray(platform2))) {
    const { line, column } = pos(docs[1].range[0]);
    return fail(
      file,
      "load/bad-platform-document",
      "the second YAML document must be a mapping (platforms: \u2026)",
      line,
      column
    );
  }
  const locate = yamlLocate(docs, lineCounter);
  const loaded = {
    file,
    spec,
    ...platform2 !== void 0 ? { platform: platform2 } : {},
    locate
  };
  return { ok: true, loaded, diagnostics: [] };
}
function yamlLocate(docs, lineCounter) {
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  return (path, document = 0) => {
    const doc = docs[document] ?? docs[0];
    const { found } = findYamlNode(doc.contents, path);
    return pos(found.key?.range?.[0] ?? found.value?.range?.[0]);
  };
}

// src/core/validate/context.ts
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function ownerOf(path) {
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === "tasks" && typeof path[i + 1] === "string") return path[i + 1];
  }
  if (path[0] === "components" && typeof path[1] === "string") return path[1];
  if (path[0] === "root" && path.length > 1) return "root";
  const executors = path.indexOf("executors");
  if (executors !== -1 && typeof path[executors + 1] === "string") {
    return path[executors + 1];
  }
  return void 0;
}
function createContext(loaded, sink) {
  return {
    loaded,
    spec: loaded.spec,
    report(code, message, path, options = {}) {
      const document = options.document ?? 0;
      const { line, column } = loaded.locate(path, document);
      const task = options.task ?? ownerOf(path);
      sink.push({
        code,
        severity: options.severity ?? "error",
        message: oneLine(message),
        file: loaded.file,
        line,
        column,
        path: formatPath(path),
        ...task !== void 0 ? { task: oneLine(task) } : {}
      });
    }
  };
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function entriesOf(value) {
  const r = asRecord(value);
  if (!r) return [];
  const out = [];
  for (const key of Object.keys(r)) {
    const v = asRecord(r[key]);
    if (v) out.push([key, v]);
  }
  return out;
}
function has(value, key) {
  return value !== void 0 && Object.hasOwn(value, key);
}
function definitions(component) {
  const c = asRecord(component);
  const inputs = asRecord(c?.inputDefinitions);
  const outputs = asRecord(c?.outputDefinitions);
  return {
    inputParameters: asRecord(inputs?.parameters) ?? {},
    inputArtifacts: asRecord(inputs?.artifacts) ?? {},
    outputParameters: asRecord(outputs?.parameters) ?? {},
    outputArtifacts: asRecord(outputs?.artifacts) ?? {}
  };
}
function componentRefOf(task) {
  return asString(asRecord(asRecord(task)?.componentRef)?.name);
}
function calleeOf(scope, task) {
  const ref = componentRefOf(scope.tasks[task]);
  return ref === void 0 ? void 0 : asRecord(scope.components[ref]);
}
function nameList(names, max = 8) {
  if (names.length === 0) return "none";
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  return names.length > max ? `${shown.join(", ")}, \u2026 (${names.length} in all)` : shown.join(", ");
}

// src/core/validate/graph.ts
var PARAMETER_PRODUCER = ["taskOutputParameter", "producerTask"];
var PARAMETER_KEY = ["taskOutputParameter", "outputParameterKey"];
var STATUS_PRODUCER = ["taskFinalStatus", "producerTask"];
var ARTIFACT_PRODUCER = ["taskOutputArtifact", "producerTask"];
var ARTIFACT_KEY = ["taskOutputArtifact", "outputArtifactKey"];
var SUBTASK = ["producerSubtask"];
var SUBTASK_KEY = {
  parameter: ["outputParameterKey"],
  artifact: ["outputArtifactKey"]
};
function checkProducer(scope, consumer, producer, at, tail) {
  if (producer === void 0) return false;
  if (!has(scope.tasks, producer)) {
    scope.ctx.report(
      "graph/dangling-producer",
      `task "${consumer}" takes an input from task "${producer}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
      [...at, ...tail],
      { task: consumer }
    );
    return false;
  }
  return producer !== consumer;
}
function checkOutputKey(scope, consumer, producer, key, kind, at, tail) {
  const callee = calleeOf(scope, producer);
  if (!callee || key === void 0) return;
  const defs = definitions(callee);
  const own = kind === "parameter" ? defs.outputParameters : defs.outputArtifacts;
  if (has(own, key)) return;
  const other = kind === "parameter" ? defs.outputArtifacts : defs.outputParameters;
  const ref = componentRefOf(scope.tasks[producer]);
  const hint = has(other, key) ? `; "${key}" is an output ${kind === "parameter" ? "artifact" : "parameter"}, not an output ${kind}` : `; its output ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    "graph/unknown-output",
    `"${consumer}" reads output ${kind} "${key}" of task "${producer}", but component "${ref}" has no such output${hint}`,
    [...at, ...tail],
    { task: consumer }
  );
}
function checkComponentInput(scope, task, name, kind, at) {
  if (name === void 0) return;
  const own = kind === "parameter" ? scope.ownerDefs.inputParameters : scope.ownerDefs.inputArtifacts;
  if (has(own, name)) return;
  const other = kind === "parameter" ? scope.ownerDefs.inputArtifacts : scope.ownerDefs.inputParameters;
  const hint = has(other, name) ? `; "${name}" is an input ${kind === "parameter" ? "artifact" : "parameter"} there` : `; its input ${kind}s: ${nameList(Object.keys(own))}`;
  scope.ctx.report(
    "graph/unknown-component-input",
    `task "${task}" reads input ${kind} "${name}" of the enclosing component "${scope.owner}", which does not define it${hint}`,
    [...at, kind === "parameter" ? "componentInputParameter" : "componentInputArtifact"],
    { task }
  );
}
function checkTask(scope, name, task, path) {
  const { ctx } = scope;
  const refName = componentRefOf(task);
  if (refName === void 0) {
    ctx.report(
      "graph/missing-component-ref",
      `task "${name}" has no componentRef.name; every task must call a component`,
      path,
      { task: name }
    );
  } else if (!asRecord(scope.components[refName])) {
    ctx.report(
      "graph/unknown-component",
      `task "${name}" calls component "${refName}", which is not defined under "components" (defined: ${nameList(Object.keys(scope.components))})`,
      [...path, "componentRef", "name"],
      { task: name }
    );
  }
  const callee = refName === void 0 ? void 0 : asRecord(scope.components[refName]);
  const calleeDefs2 = callee ? definitions(callee) : void 0;
  const inputs = asRecord(task.inputs);
  for (const [input, spec] of entriesOf(inputs?.parameters)) {
    const at = [...path, "inputs", "parameters", input];
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      if (checkProducer(scope, name, producer, at, PARAMETER_PRODUCER)) {
        const key = asString(fromTask.outputParameterKey);
        checkOutputKey(scope, name, producer, key, "parameter", at, PARAMETER_KEY);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputParameter), "parameter", at);
    const status = asRecord(spec.taskFinalStatus);
    if (status) {
      checkProducer(scope, name, asString(status.producerTask), at, STATUS_PRODUCER);
    }
  }
  for (const [input, spec] of entriesOf(inputs?.artifacts)) {
    const at = [...path, "inputs", "artifacts", input];
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      const producer = asString(fromTask.producerTask);
      if (checkProducer(scope, name, producer, at, ARTIFACT_PRODUCER)) {
        const key = asString(fromTask.outputArtifactKey);
        checkOutputKey(scope, name, producer, key, "artifact", at, ARTIFACT_KEY);
      }
    }
    checkComponentInput(scope, name, asString(spec.componentInputArtifact), "artifact", at);
  }
  const deps = task.dependentTasks;
  if (Array.isArray(deps)) {
    deps.forEach((dep, i) => {
      if (typeof dep === "string" && !has(scope.tasks, dep)) {
        ctx.report(
          "graph/dangling-dependency",
          `task "${name}" runs after task "${dep}", which is not a task of the DAG of "${scope.owner}" (its tasks: ${nameList(Object.keys(scope.tasks))})`,
          [...path, "dependentTasks", i],
          { task: name }
        );
      }
    });
  }
  checkIterator(scope, name, task, path, calleeDefs2);
  checkCondition(scope, name, task, path);
}
var CONDITION_REFERENCE = /inputs\.(parameter_values|parameters|artifacts)\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/g;
function checkCondition(scope, name, task, path) {
  const condition = asString(asRecord(task.triggerPolicy)?.condition);
  if (condition === void 0) return;
  const inputs = asRecord(task.inputs);
  for (const m of condition.matchAll(CONDITION_REFERENCE)) {
    const kind = m[1] === "artifacts" ? "artifacts" : "parameters";
    const input = m[2] ?? m[3];
    const own = asRecord(inputs?.[kind]) ?? {};
    if (has(own, input)) continue;
    scope.ctx.report(
      "graph/unknown-condition-input",
      `the condition of task "${name}" reads input ${kind.slice(0, -1)} "${input}", which the task does not take (its input ${kind}: ${nameList(Object.keys(own))})`,
      [...path, "triggerPolicy", "condition"],
      { task: name }
    );
  }
}
function checkIterator(scope, name, task, path, calleeDefs2) {
  const inputs = asRecord(task.inputs);
  const kinds = [
    ["parameterIterator", "inputParameter", "parameters", "inputParameters"],
    ["artifactIterator", "inputArtifact", "artifacts", "inputArtifacts"]
  ];
  for (const [field, itemsKey, inputKind, defKind] of kinds) {
    const iterator = asRecord(task[field]);
    if (!iterator) continue;
    const source = asString(asRecord(iterator.items)?.[itemsKey]);
    if (source !== void 0 && !has(asRecord(inputs?.[inputKind]), source)) {
      scope.ctx.report(
        "graph/unknown-iterator-input",
        `task "${name}" loops over input "${source}", but the task has no input ${inputKind.slice(0, -1)} of that name`,
        [...path, field, "items", itemsKey],
        { task: name }
      );
    }
    const item = asString(iterator.itemInput);
    if (item !== void 0 && calleeDefs2 && !has(calleeDefs2[defKind], item)) {
      scope.ctx.report(
        "graph/unknown-iterator-input",
        `task "${name}" passes each loop item as "${item}", but its component has no input ${inputKind.slice(0, -1)} of that name`,
        [...path, field, "itemInput"],
        { task: name }
      );
    }
  }
}
function checkDagOutputs(scope, dag, path) {
  const outputs = asRecord(dag.outputs);
  const selector = (consumer, sel, kind, at) => {
    const producer = asString(sel.producerSubtask);
    const keyField = kind === "parameter" ? "outputParameterKey" : "outputArtifactKey";
    if (checkProducer(scope, consumer, producer, at, SUBTASK)) {
      const key = asString(sel[keyField]);
      checkOutputKey(scope, consumer, producer, key, kind, at, SUBTASK_KEY[kind]);
    }
  };
  const label = `output of "${scope.owner}"`;
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const at = [...path, "outputs", "parameters", output];
    if (!has(scope.ownerDefs.outputParameters, output)) {
      scope.ctx.report(
        "graph/undeclared-dag-output",
        `the DAG of "${scope.owner}" sets output parameter "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner }
      );
    }
    const single = asRecord(spec.valueFromParameter);
    if (single) selector(label, single, "parameter", [...at, "valueFromParameter"]);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    if (Array.isArray(oneof)) {
      oneof.forEach((s, i) => {
        const sel = asRecord(s);
        if (sel)
          selector(label, sel, "parameter", [...at, "valueFromOneof", "parameterSelectors", i]);
      });
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const at = [...path, "outputs", "artifacts", output];
    if (!has(scope.ownerDefs.outputArtifacts, output)) {
      scope.ctx.report(
        "graph/undeclared-dag-output",
        `the DAG of "${scope.owner}" sets output artifact "${output}", which its outputDefinitions do not declare`,
        at,
        { task: scope.owner }
      );
    }
    const selectors = spec.artifactSelectors;
    if (Array.isArray(selectors)) {
      selectors.forEach((s, i) => {
        const sel = asRecord(s);
        if (sel) selector(label, sel, "artifact", [...at, "artifactSelectors", i]);
      });
    }
  }
  const bound = (kind) => asRecord(outputs?.[kind]) ?? {};
  const declared = [
    ["parameter", scope.ownerDefs.outputParameters, bound("parameters")],
    ["artifact", scope.ownerDefs.outputArtifacts, bound("artifacts")]
  ];
  for (const [kind, defs, wired] of declared) {
    for (const output of Object.keys(defs)) {
      if (!has(wired, output)) {
        scope.ctx.report(
          "graph/unbound-dag-output",
          `component "${scope.owner}" declares output ${kind} "${output}", but its DAG does not say which task produces it (add it under dag.outputs.${kind}s)`,
          [...path.slice(0, -1), "outputDefinitions", `${kind}s`, output],
          { task: scope.owner }
        );
      }
    }
  }
}
var checkGraph = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  for (const entry of listComponents(ctx.spec)) {
    const component = entry.component;
    const dag = asRecord(component.dag);
    const label = component.executorLabel;
    if (!dag && label === void 0) {
      ctx.report(
        "graph/no-implementation",
        `component "${entry.name}" has neither a dag nor an executorLabel; it cannot run`,
        entry.path,
        { task: entry.name }
      );
    }
    if (typeof label === "string" && !has(executors, label)) {
      ctx.report(
        "graph/unknown-executor",
        `component "${entry.name}" uses executor "${label}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        [...entry.path, "executorLabel"],
        { task: entry.name }
      );
    }
    if (!dag) continue;
    const tasks = asRecord(dag.tasks) ?? {};
    const scope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks,
      components
    };
    const dagPath = [...entry.path, "dag"];
    for (const [name, task] of entriesOf(tasks)) {
      checkTask(scope, name, task, [...dagPath, "tasks", name]);
    }
    const { cycle } = topologicalOrder(dag);
    if (cycle) {
      const message = cycle.length === 2 ? `task "${cycle[0]}" of "${entry.name}" depends on itself; it can never start` : `tasks of "${entry.name}" depend on each other in a cycle: ${cycle.join(" \u2192 ")}; no task of a cycle can ever start`;
      ctx.report("graph/cycle", message, [...dagPath, "tasks", cycle[0]], { task: cycle[0] });
    }
    checkDagOutputs(scope, dag, dagPath);
  }
};

// src/core/validate/naming.ts
var PIPELINE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
var SCHEMA_VERSION = "2.1.0";
function suggestPipelineName(name) {
  const s = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+/, "").slice(0, 128);
  return s === "" ? "my-pipeline" : s;
}
var checkNaming = (ctx) => {
  const info = asRecord(ctx.spec.pipelineInfo);
  if (info && Object.hasOwn(info, "name")) {
    const name = info.name;
    if (name === null || name === "") {
      ctx.report(
        "naming/pipeline-name",
        "pipelineInfo.name is empty; the KFP backend refuses a pipeline without a name (set name= in @dsl.pipeline)",
        ["pipelineInfo", "name"]
      );
    } else if (typeof name === "string" && !PIPELINE_NAME_PATTERN.test(name)) {
      ctx.report(
        "naming/pipeline-name",
        `pipelineInfo.name "${name}" must match ${PIPELINE_NAME_PATTERN.source} (lower-case letters, digits and "-", at most 128); e.g. "${suggestPipelineName(name)}"`,
        ["pipelineInfo", "name"]
      );
    }
  }
  const version = ctx.spec.schemaVersion;
  if (version === void 0) {
    ctx.report(
      "naming/schema-version",
      `schemaVersion is missing; compiled IR for KFP v2 has schemaVersion: ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      []
    );
  } else if (version !== SCHEMA_VERSION) {
    ctx.report(
      "naming/schema-version",
      `schemaVersion is ${JSON.stringify(version)}; the KFP backend and Vertex AI run only ${SCHEMA_VERSION} (recompile with kfp 2.x)`,
      ["schemaVersion"]
    );
  }
};

// src/core/validate/placeholders.ts
var SYSTEM = /* @__PURE__ */ new Set([
  "outputs.output_file",
  "outputMetadataUri",
  "pipeline_job_name",
  "pipeline_job_resource_name",
  "pipeline_job_uuid",
  "pipeline_task_name",
  "pipeline_task_uuid",
  "pipeline_root",
  "pipeline_job_create_time_utc",
  "pipeline_job_schedule_time_utc",
  "workspace_path",
  "pipeline_google_cloud_project_id",
  "pipeline_google_cloud_location",
  "pipeline_persistent_resource_id"
]);
var IO = /^(inputs|outputs)\.(parameters|artifacts)\[(?:'([^']*)'|"([^"]*)")\](.*)$/;
var ARTIFACT_ATTRIBUTE = /^(|\.uri|\.path|\.name|\.metadata(\[(?:'[^']*'|"[^"]*")\])*)$/;
var INPUT_PARAMETER_ATTRIBUTE = /^(\.json_escape\[\d+\])?$/;
function report(site, code, message) {
  site.ctx.report(code, message, site.path, { task: site.component });
}
function checkExpression(site, inner) {
  if (inner === "") return;
  const expr = inner.startsWith(".") ? inner.slice(1) : inner;
  const m = IO.exec(expr);
  if (!m) {
    if (!SYSTEM.has(expr)) {
      site.ctx.report(
        "placeholder/unknown",
        `placeholder {{$${inner}}} is not one KFP knows; it will reach the container unreplaced`,
        site.path,
        { task: site.component, severity: "warning" }
      );
    }
    return;
  }
  const [, direction, kind, quoted1, quoted2, rest = ""] = m;
  const name = quoted1 ?? quoted2;
  const isInput = direction === "inputs";
  const own = isInput ? kind === "parameters" ? site.defs.inputParameters : site.defs.inputArtifacts : kind === "parameters" ? site.defs.outputParameters : site.defs.outputArtifacts;
  const other = isInput ? kind === "parameters" ? site.defs.inputArtifacts : site.defs.inputParameters : kind === "parameters" ? site.defs.outputArtifacts : site.defs.outputParameters;
  const singular = `${isInput ? "input" : "output"} ${kind === "parameters" ? "parameter" : "artifact"}`;
  if (!has(own, name)) {
    if (has(other, name)) {
      report(
        site,
        "placeholder/wrong-kind",
        `placeholder {{$${inner}}} reads "${name}" as an ${singular}, but component "${site.component}" declares it as an ${isInput ? "input" : "output"} ${kind === "parameters" ? "artifact" : "parameter"}`
      );
    } else {
      report(
        site,
        isInput ? "placeholder/unknown-input" : "placeholder/unknown-output",
        `placeholder {{$${inner}}} names ${singular} "${name}", which component "${site.component}" does not declare (its ${singular}s: ${nameList(Object.keys(own))})`
      );
    }
    return;
  }
  const attributeOk = kind === "artifacts" ? ARTIFACT_ATTRIBUTE.test(rest) : isInput ? INPUT_PARAMETER_ATTRIBUTE.test(rest) : rest === ".output_file";
  if (!attributeOk) {
    const expected = kind === "artifacts" ? "nothing, .uri, .path, .metadata or .metadata[...]" : isInput ? "nothing" : ".output_file";
    report(
      site,
      "placeholder/bad-attribute",
      `placeholder {{$${inner}}} ends in "${rest}"; after an ${singular} KFP expects ${expected}`
    );
  }
}
var EXPRESSION = /\{\{\$(.*?)\}\}/g;
function checkString(site, value) {
  const trimmed = value.trimStart();
  if (trimmed.startsWith('{"Concat"') || trimmed.startsWith('{"IfPresent"')) {
    let parsed;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      report(
        site,
        "placeholder/malformed",
        `this Concat/IfPresent placeholder is not valid JSON (${error instanceof Error ? error.message : String(error)})`
      );
      return;
    }
    checkStructure(site, parsed, 0);
    return;
  }
  for (const m of value.matchAll(EXPRESSION)) checkExpression(site, m[1]);
}
function checkStructure(site, node, depth) {
  if (depth > 32) {
    report(site, "placeholder/malformed", "Concat/IfPresent placeholders are nested too deeply");
    return;
  }
  if (typeof node === "string") {
    for (const m of node.matchAll(EXPRESSION)) checkExpression(site, m[1]);
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) checkStructure(site, item, depth + 1);
    return;
  }
  const r = asRecord(node);
  const keys = r ? Object.keys(r) : [];
  if (!r || keys.length !== 1 || keys[0] !== "Concat" && keys[0] !== "IfPresent") {
    report(
      site,
      "placeholder/malformed",
      `expected a string, a list, {"Concat": [...]} or {"IfPresent": {...}} inside this placeholder, got ${JSON.stringify(node)?.slice(0, 60)}`
    );
    return;
  }
  if (keys[0] === "Concat") {
    if (!Array.isArray(r.Concat)) {
      report(site, "placeholder/malformed", '"Concat" must be a list of items to join');
      return;
    }
    checkStructure(site, r.Concat, depth + 1);
    return;
  }
  const body = asRecord(r.IfPresent);
  const input = asString(body?.InputName);
  if (!body || input === void 0 || !has(body, "Then")) {
    report(site, "placeholder/malformed", '"IfPresent" needs "InputName" (a string) and "Then"');
    return;
  }
  const { inputParameters, inputArtifacts, outputParameters, outputArtifacts } = site.defs;
  if (![inputParameters, inputArtifacts, outputParameters, outputArtifacts].some((d) => has(d, input))) {
    report(
      site,
      "placeholder/unknown-input",
      `IfPresent placeholder tests input "${input}", which component "${site.component}" does not declare (its inputs: ${nameList([...Object.keys(inputParameters), ...Object.keys(inputArtifacts)])})`
    );
  }
  checkStructure(site, body.Then, depth + 1);
  if (has(body, "Else")) checkStructure(site, body.Else, depth + 1);
}
function walkStrings(value, path, visit, depth = 0) {
  if (depth > 64) return;
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value))
    value.forEach((v, i) => walkStrings(v, [...path, i], visit, depth + 1));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit, depth + 1);
  }
}
function taskPassedParameters(ctx) {
  const passed = /* @__PURE__ */ new Map();
  for (const { component } of listComponents(ctx.spec)) {
    for (const task of Object.values(asRecord(asRecord(component.dag)?.tasks) ?? {})) {
      const t = asRecord(task);
      const ref = componentRefOf(t);
      if (ref === void 0) continue;
      const names = passed.get(ref) ?? /* @__PURE__ */ new Set();
      for (const name of Object.keys(asRecord(asRecord(t?.inputs)?.parameters) ?? {})) {
        names.add(name);
      }
      passed.set(ref, names);
    }
  }
  return passed;
}
var checkPlaceholders = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  let passed;
  for (const entry of listComponents(ctx.spec)) {
    const label = asString(entry.component.executorLabel);
    const executor = label === void 0 ? void 0 : asRecord(executors[label]);
    if (!executor) continue;
    const defs = definitions(entry.component);
    let resourceDefs;
    for (const field of ["container", "customJob"]) {
      if (!has(executor, field)) continue;
      walkStrings(executor[field], ["deploymentSpec", "executors", label, field], (s, path) => {
        if (!s.includes("{{$") && !s.includes('{"')) return;
        let siteDefs = defs;
        if (field === "container" && path[4] === "resources") {
          passed ??= taskPassedParameters(ctx);
          resourceDefs ??= {
            ...defs,
            inputParameters: {
              ...Object.fromEntries([...passed.get(entry.name) ?? []].map((n) => [n, {}])),
              ...defs.inputParameters
            }
          };
          siteDefs = resourceDefs;
        }
        checkString({ ctx, component: entry.name, defs: siteDefs, path }, s);
      });
    }
  }
};

// src/core/validate/platform.ts
var checkPlatform = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  const platforms = asRecord(ctx.loaded.platform?.platforms);
  for (const [platform2, spec] of entriesOf(platforms)) {
    const configured = asRecord(asRecord(spec.deploymentSpec)?.executors) ?? {};
    for (const label of Object.keys(configured)) {
      if (has(executors, label)) continue;
      ctx.report(
        "platform/unknown-executor",
        `the ${platform2} platform spec configures executor "${label}", which deploymentSpec.executors does not define (defined: ${nameList(Object.keys(executors))})`,
        ["platforms", platform2, "deploymentSpec", "executors", label],
        { document: 1, task: label }
      );
    }
  }
};

// src/core/schemas/pipeline-spec.ts
var pipeline = validate10;
var schema12 = { "type": "object", "description": "ml_pipelines.PipelineSpec", "additionalProperties": false, "properties": { "pipelineInfo": { "$ref": "#/definitions/PipelineInfo" }, "deploymentSpec": { "$ref": "#/definitions/PipelineDeploymentConfig" }, "sdkVersion": { "type": "string" }, "schemaVersion": { "type": "string" }, "components": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ComponentSpec" } }, "root": { "$ref": "#/definitions/ComponentSpec" }, "defaultPipelineRoot": { "type": "string" } }, "required": ["pipelineInfo", "root"] };
var schema13 = { "type": "object", "description": "ml_pipelines.PipelineInfo", "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "displayName": { "type": "string" }, "description": { "type": "string" } }, "required": ["name"] };
var schema14 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig", "additionalProperties": false, "properties": { "executors": { "type": "object", "additionalProperties": { "$ref": "#/definitions/PipelineDeploymentConfig.ExecutorSpec" } } } };
var schema15 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.ExecutorSpec", "additionalProperties": false, "properties": { "container": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec" }, "importer": { "$ref": "#/definitions/PipelineDeploymentConfig.ImporterSpec" }, "resolver": { "$ref": "#/definitions/PipelineDeploymentConfig.ResolverSpec" }, "customJob": { "$ref": "#/definitions/PipelineDeploymentConfig.AIPlatformCustomJobSpec" } }, "kfpOneof": [["container", "importer", "resolver", "customJob"]] };
var schema28 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.AIPlatformCustomJobSpec", "additionalProperties": false, "properties": { "customJob": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" } } };
var schema16 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec", "additionalProperties": false, "properties": { "image": { "type": "string" }, "command": { "type": "array", "items": { "type": "string" } }, "args": { "type": "array", "items": { "type": "string" } }, "lifecycle": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle" }, "resources": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec" }, "env": { "type": "array", "items": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar" } } } };
var schema21 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.EnvVar", "additionalProperties": false, "properties": { "name": { "type": "string" }, "value": { "type": "string" } } };
var schema17 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle", "additionalProperties": false, "properties": { "preCacheCheck": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec" } } };
var schema18 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec", "additionalProperties": false, "properties": { "command": { "type": "array", "items": { "type": "string" } }, "args": { "type": "array", "items": { "type": "string" } } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preCacheCheck")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preCacheCheck !== void 0) {
      let data0 = data.preCacheCheck;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "command" || key1 === "args")) {
            const err1 = { instancePath: instancePath + "/preCacheCheck", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data1 = data0.command;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/preCacheCheck/command/" + i0, schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.command.items.type, parentSchema: schema18.properties.command.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/preCacheCheck/command", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.type, parentSchema: schema18.properties.command, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.args !== void 0) {
          let data3 = data0.args;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data4 = data3[i1];
              if (typeof data4 !== "string") {
                const err4 = { instancePath: instancePath + "/preCacheCheck/args/" + i1, schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.args.items.type, parentSchema: schema18.properties.args.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/preCacheCheck/args", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.args.type, parentSchema: schema18.properties.args, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/preCacheCheck", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec", "additionalProperties": false, "properties": { "cpuLimit": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "memoryLimit": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "cpuRequest": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "memoryRequest": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "resourceCpuLimit": { "type": "string" }, "resourceMemoryLimit": { "type": "string" }, "resourceCpuRequest": { "type": "string" }, "resourceMemoryRequest": { "type": "string" }, "accelerator": { "$ref": "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig" } } };
var schema20 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig", "additionalProperties": false, "properties": { "type": { "type": "string" }, "count": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "resourceType": { "type": "string" }, "resourceCount": { "type": "string" } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", "u");
var pattern4 = new RegExp("^-?[0-9]+$", "u");
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.cpuLimit !== void 0) {
      let data0 = data.cpuLimit;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/cpuLimit", schemaPath: "#/properties/cpuLimit/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.cpuLimit.anyOf[0].type, parentSchema: schema19.properties.cpuLimit.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs6 = errors;
        if (typeof data0 === "string") {
          if (!pattern0.test(data0)) {
            const err2 = { instancePath: instancePath + "/cpuLimit", schemaPath: "#/properties/cpuLimit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema19.properties.cpuLimit.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/cpuLimit", schemaPath: "#/properties/cpuLimit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.cpuLimit.anyOf[1].type, parentSchema: schema19.properties.cpuLimit.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err4 = { instancePath: instancePath + "/cpuLimit", schemaPath: "#/properties/cpuLimit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.cpuLimit.anyOf, parentSchema: schema19.properties.cpuLimit, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.memoryLimit !== void 0) {
      let data1 = data.memoryLimit;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/memoryLimit", schemaPath: "#/properties/memoryLimit/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.memoryLimit.anyOf[0].type, parentSchema: schema19.properties.memoryLimit.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs10 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs12 = errors;
        if (typeof data1 === "string") {
          if (!pattern0.test(data1)) {
            const err6 = { instancePath: instancePath + "/memoryLimit", schemaPath: "#/properties/memoryLimit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema19.properties.memoryLimit.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/memoryLimit", schemaPath: "#/properties/memoryLimit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.memoryLimit.anyOf[1].type, parentSchema: schema19.properties.memoryLimit.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid1 = _errs12 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/memoryLimit", schemaPath: "#/properties/memoryLimit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.memoryLimit.anyOf, parentSchema: schema19.properties.memoryLimit, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cpuRequest !== void 0) {
      let data2 = data.cpuRequest;
      const _errs15 = errors;
      let valid3 = false;
      const _errs16 = errors;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/cpuRequest", schemaPath: "#/properties/cpuRequest/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.cpuRequest.anyOf[0].type, parentSchema: schema19.properties.cpuRequest.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid2 = _errs16 === errors;
      valid3 = valid3 || _valid2;
      if (!valid3) {
        const _errs18 = errors;
        if (typeof data2 === "string") {
          if (!pattern0.test(data2)) {
            const err10 = { instancePath: instancePath + "/cpuRequest", schemaPath: "#/properties/cpuRequest/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema19.properties.cpuRequest.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/cpuRequest", schemaPath: "#/properties/cpuRequest/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.cpuRequest.anyOf[1].type, parentSchema: schema19.properties.cpuRequest.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid2 = _errs18 === errors;
        valid3 = valid3 || _valid2;
      }
      if (!valid3) {
        const err12 = { instancePath: instancePath + "/cpuRequest", schemaPath: "#/properties/cpuRequest/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.cpuRequest.anyOf, parentSchema: schema19.properties.cpuRequest, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.memoryRequest !== void 0) {
      let data3 = data.memoryRequest;
      const _errs21 = errors;
      let valid4 = false;
      const _errs22 = errors;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/memoryRequest", schemaPath: "#/properties/memoryRequest/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.memoryRequest.anyOf[0].type, parentSchema: schema19.properties.memoryRequest.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid3 = _errs22 === errors;
      valid4 = valid4 || _valid3;
      if (!valid4) {
        const _errs24 = errors;
        if (typeof data3 === "string") {
          if (!pattern0.test(data3)) {
            const err14 = { instancePath: instancePath + "/memoryRequest", schemaPath: "#/properties/memoryRequest/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema19.properties.memoryRequest.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/memoryRequest", schemaPath: "#/properties/memoryRequest/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.memoryRequest.anyOf[1].type, parentSchema: schema19.properties.memoryRequest.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid3 = _errs24 === errors;
        valid4 = valid4 || _valid3;
      }
      if (!valid4) {
        const err16 = { instancePath: instancePath + "/memoryRequest", schemaPath: "#/properties/memoryRequest/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.memoryRequest.anyOf, parentSchema: schema19.properties.memoryRequest, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resourceCpuLimit !== void 0) {
      let data4 = data.resourceCpuLimit;
      if (typeof data4 !== "string") {
        const err17 = { instancePath: instancePath + "/resourceCpuLimit", schemaPath: "#/properties/resourceCpuLimit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.resourceCpuLimit.type, parentSchema: schema19.properties.resourceCpuLimit, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.resourceMemoryLimit !== void 0) {
      let data5 = data.resourceMemoryLimit;
      if (typeof data5 !== "string") {
        const err18 = { instancePath: instancePath + "/resourceMemoryLimit", schemaPath: "#/properties/resourceMemoryLimit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.resourceMemoryLimit.type, parentSchema: schema19.properties.resourceMemoryLimit, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.resourceCpuRequest !== void 0) {
      let data6 = data.resourceCpuRequest;
      if (typeof data6 !== "string") {
        const err19 = { instancePath: instancePath + "/resourceCpuRequest", schemaPath: "#/properties/resourceCpuRequest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.resourceCpuRequest.type, parentSchema: schema19.properties.resourceCpuRequest, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.resourceMemoryRequest !== void 0) {
      let data7 = data.resourceMemoryRequest;
      if (typeof data7 !== "string") {
        const err20 = { instancePath: instancePath + "/resourceMemoryRequest", schemaPath: "#/properties/resourceMemoryRequest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.resourceMemoryRequest.type, parentSchema: schema19.properties.resourceMemoryRequest, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.accelerator !== void 0) {
      let data8 = data.accelerator;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "type" || key1 === "count" || key1 === "resourceType" || key1 === "resourceCount")) {
            const err21 = { instancePath: instancePath + "/accelerator", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.type !== void 0) {
          let data9 = data8.type;
          if (typeof data9 !== "string") {
            const err22 = { instancePath: instancePath + "/accelerator/type", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.type.type, parentSchema: schema20.properties.type, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data8.count !== void 0) {
          let data10 = data8.count;
          const _errs41 = errors;
          let valid7 = false;
          const _errs42 = errors;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err23 = { instancePath: instancePath + "/accelerator/count", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/count/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.count.anyOf[0].type, parentSchema: schema20.properties.count.anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          var _valid4 = _errs42 === errors;
          valid7 = valid7 || _valid4;
          if (!valid7) {
            const _errs44 = errors;
            if (typeof data10 === "string") {
              if (!pattern4.test(data10)) {
                const err24 = { instancePath: instancePath + "/accelerator/count", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/count/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema20.properties.count.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/accelerator/count", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/count/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.count.anyOf[1].type, parentSchema: schema20.properties.count.anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            var _valid4 = _errs44 === errors;
            valid7 = valid7 || _valid4;
          }
          if (!valid7) {
            const err26 = { instancePath: instancePath + "/accelerator/count", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/count/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema20.properties.count.anyOf, parentSchema: schema20.properties.count, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          } else {
            errors = _errs41;
            if (vErrors !== null) {
              if (_errs41) {
                vErrors.length = _errs41;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data8.resourceType !== void 0) {
          let data11 = data8.resourceType;
          if (typeof data11 !== "string") {
            const err27 = { instancePath: instancePath + "/accelerator/resourceType", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.resourceType.type, parentSchema: schema20.properties.resourceType, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.resourceCount !== void 0) {
          let data12 = data8.resourceCount;
          if (typeof data12 !== "string") {
            const err28 = { instancePath: instancePath + "/accelerator/resourceCount", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/properties/resourceCount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.resourceCount.type, parentSchema: schema20.properties.resourceCount, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/accelerator", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "image" || key0 === "command" || key0 === "args" || key0 === "lifecycle" || key0 === "resources" || key0 === "env")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data0 = data.image;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.image.type, parentSchema: schema16.properties.image, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err2 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.command.items.type, parentSchema: schema16.properties.command.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.command.type, parentSchema: schema16.properties.command, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data3 = data.args;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.args.items.type, parentSchema: schema16.properties.args.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.args.type, parentSchema: schema16.properties.args, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!validate15(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.resources !== void 0) {
      if (!validate17(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.env !== void 0) {
      let data7 = data.env;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key1 in data8) {
              if (!(key1 === "name" || key1 === "value")) {
                const err6 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data: data8 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 !== "string") {
                const err7 = { instancePath: instancePath + "/env/" + i2 + "/name", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.name.type, parentSchema: schema21.properties.name, data: data9 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data8.value !== void 0) {
              let data10 = data8.value;
              if (typeof data10 !== "string") {
                const err8 = { instancePath: instancePath + "/env/" + i2 + "/value", schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.value.type, parentSchema: schema21.properties.value, data: data10 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/env/" + i2, schemaPath: "#/definitions/PipelineDeploymentConfig.PipelineContainerSpec.EnvVar/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data: data8 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.env.type, parentSchema: schema16.properties.env, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.ImporterSpec", "additionalProperties": false, "properties": { "artifactUri": { "$ref": "#/definitions/ValueOrRuntimeParameter" }, "typeSchema": { "$ref": "#/definitions/ArtifactTypeSchema" }, "properties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ValueOrRuntimeParameter" } }, "customProperties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ValueOrRuntimeParameter" } }, "reimport": { "type": "boolean" }, "metadata": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" }, "downloadToWorkspace": { "type": "boolean" } } };
var schema25 = { "type": "object", "description": "ml_pipelines.ArtifactTypeSchema", "additionalProperties": false, "properties": { "schemaTitle": { "type": "string" }, "schemaUri": { "type": "string" }, "instanceSchema": { "type": "string" }, "schemaVersion": { "type": "string" } }, "kfpOneof": [["schemaTitle", "schemaUri", "instanceSchema"]] };
var schema23 = { "type": "object", "description": "ml_pipelines.ValueOrRuntimeParameter", "additionalProperties": false, "properties": { "constantValue": { "$ref": "#/definitions/Value" }, "runtimeParameter": { "type": "string" }, "constant": { "description": "google.protobuf.Value (any JSON value)" } }, "kfpOneof": [["constantValue", "runtimeParameter", "constant"]] };
var schema24 = { "type": "object", "description": "ml_pipelines.Value", "additionalProperties": false, "properties": { "intValue": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "doubleValue": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "stringValue": { "type": "string" } }, "kfpOneof": [["intValue", "doubleValue", "stringValue"]] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "constantValue" || key0 === "runtimeParameter" || key0 === "constant")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.constantValue !== void 0) {
      let data0 = data.constantValue;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "intValue" || key1 === "doubleValue" || key1 === "stringValue")) {
            const err1 = { instancePath: instancePath + "/constantValue", schemaPath: "#/definitions/Value/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.intValue !== void 0) {
          let data1 = data0.intValue;
          const _errs7 = errors;
          let valid3 = false;
          const _errs8 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err2 = { instancePath: instancePath + "/constantValue/intValue", schemaPath: "#/definitions/Value/properties/intValue/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.intValue.anyOf[0].type, parentSchema: schema24.properties.intValue.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs10 = errors;
            if (typeof data1 === "string") {
              if (!pattern4.test(data1)) {
                const err3 = { instancePath: instancePath + "/constantValue/intValue", schemaPath: "#/definitions/Value/properties/intValue/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema24.properties.intValue.anyOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/constantValue/intValue", schemaPath: "#/definitions/Value/properties/intValue/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.intValue.anyOf[1].type, parentSchema: schema24.properties.intValue.anyOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            var _valid0 = _errs10 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err5 = { instancePath: instancePath + "/constantValue/intValue", schemaPath: "#/definitions/Value/properties/intValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema24.properties.intValue.anyOf, parentSchema: schema24.properties.intValue, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.doubleValue !== void 0) {
          let data2 = data0.doubleValue;
          const _errs13 = errors;
          let valid4 = false;
          const _errs14 = errors;
          if (!(typeof data2 == "number" && isFinite(data2))) {
            const err6 = { instancePath: instancePath + "/constantValue/doubleValue", schemaPath: "#/definitions/Value/properties/doubleValue/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.doubleValue.anyOf[0].type, parentSchema: schema24.properties.doubleValue.anyOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid1 = _errs14 === errors;
          valid4 = valid4 || _valid1;
          if (!valid4) {
            const _errs16 = errors;
            if (typeof data2 === "string") {
              if (!pattern0.test(data2)) {
                const err7 = { instancePath: instancePath + "/constantValue/doubleValue", schemaPath: "#/definitions/Value/properties/doubleValue/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema24.properties.doubleValue.anyOf[1], data: data2 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/constantValue/doubleValue", schemaPath: "#/definitions/Value/properties/doubleValue/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.doubleValue.anyOf[1].type, parentSchema: schema24.properties.doubleValue.anyOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            var _valid1 = _errs16 === errors;
            valid4 = valid4 || _valid1;
          }
          if (!valid4) {
            const err9 = { instancePath: instancePath + "/constantValue/doubleValue", schemaPath: "#/definitions/Value/properties/doubleValue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema24.properties.doubleValue.anyOf, parentSchema: schema24.properties.doubleValue, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            errors = _errs13;
            if (vErrors !== null) {
              if (_errs13) {
                vErrors.length = _errs13;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.stringValue !== void 0) {
          let data3 = data0.stringValue;
          if (typeof data3 !== "string") {
            const err10 = { instancePath: instancePath + "/constantValue/stringValue", schemaPath: "#/definitions/Value/properties/stringValue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.stringValue.type, parentSchema: schema24.properties.stringValue, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if ((Object.hasOwn(data0, "intValue") ? 1 : 0) + (Object.hasOwn(data0, "doubleValue") ? 1 : 0) + (Object.hasOwn(data0, "stringValue") ? 1 : 0) > 1) {
          const set0 = ["intValue", "doubleValue", "stringValue"].filter((f) => Object.hasOwn(data0, f));
          const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
          const err11 = { instancePath: instancePath + "/constantValue", schemaPath: "#/definitions/Value/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["intValue", "doubleValue", "stringValue"] }, message: "sets " + setText0 + ", but only one of intValue, doubleValue, stringValue may be set", schema: schema24.kfpOneof, parentSchema: schema24, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/constantValue", schemaPath: "#/definitions/Value/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.runtimeParameter !== void 0) {
      let data4 = data.runtimeParameter;
      if (typeof data4 !== "string") {
        const err13 = { instancePath: instancePath + "/runtimeParameter", schemaPath: "#/properties/runtimeParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.runtimeParameter.type, parentSchema: schema23.properties.runtimeParameter, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "constantValue") ? 1 : 0) + (Object.hasOwn(data, "runtimeParameter") ? 1 : 0) + (Object.hasOwn(data, "constant") ? 1 : 0) > 1) {
      const set1 = ["constantValue", "runtimeParameter", "constant"].filter((f) => Object.hasOwn(data, f));
      const setText1 = set1.map((f) => '"' + f + '"').join(" and ");
      const err14 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set1, group: ["constantValue", "runtimeParameter", "constant"] }, message: "sets " + setText1 + ", but only one of constantValue, runtimeParameter, constant may be set", schema: schema23.kfpOneof, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifactUri" || key0 === "typeSchema" || key0 === "properties" || key0 === "customProperties" || key0 === "reimport" || key0 === "metadata" || key0 === "downloadToWorkspace")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifactUri !== void 0) {
      if (!validate21(data.artifactUri, { instancePath: instancePath + "/artifactUri", parentData: data, parentDataProperty: "artifactUri", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.typeSchema !== void 0) {
      let data1 = data.typeSchema;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "schemaTitle" || key1 === "schemaUri" || key1 === "instanceSchema" || key1 === "schemaVersion")) {
            const err1 = { instancePath: instancePath + "/typeSchema", schemaPath: "#/definitions/ArtifactTypeSchema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data1.schemaTitle !== void 0) {
          let data2 = data1.schemaTitle;
          if (typeof data2 !== "string") {
            const err2 = { instancePath: instancePath + "/typeSchema/schemaTitle", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaTitle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaTitle.type, parentSchema: schema25.properties.schemaTitle, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.schemaUri !== void 0) {
          let data3 = data1.schemaUri;
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/typeSchema/schemaUri", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaUri.type, parentSchema: schema25.properties.schemaUri, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.instanceSchema !== void 0) {
          let data4 = data1.instanceSchema;
          if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/typeSchema/instanceSchema", schemaPath: "#/definitions/ArtifactTypeSchema/properties/instanceSchema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.instanceSchema.type, parentSchema: schema25.properties.instanceSchema, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.schemaVersion !== void 0) {
          let data5 = data1.schemaVersion;
          if (typeof data5 !== "string") {
            const err5 = { instancePath: instancePath + "/typeSchema/schemaVersion", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaVersion.type, parentSchema: schema25.properties.schemaVersion, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if ((Object.hasOwn(data1, "schemaTitle") ? 1 : 0) + (Object.hasOwn(data1, "schemaUri") ? 1 : 0) + (Object.hasOwn(data1, "instanceSchema") ? 1 : 0) > 1) {
          const set0 = ["schemaTitle", "schemaUri", "instanceSchema"].filter((f) => Object.hasOwn(data1, f));
          const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
          const err6 = { instancePath: instancePath + "/typeSchema", schemaPath: "#/definitions/ArtifactTypeSchema/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["schemaTitle", "schemaUri", "instanceSchema"] }, message: "sets " + setText0 + ", but only one of schemaTitle, schemaUri, instanceSchema may be set", schema: schema25.kfpOneof, parentSchema: schema25, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/typeSchema", schemaPath: "#/definitions/ArtifactTypeSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data6 = data.properties;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!validate21(data6[key2], { instancePath: instancePath + "/properties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data6, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.properties.type, parentSchema: schema22.properties.properties, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.customProperties !== void 0) {
      let data8 = data.customProperties;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!validate21(data8[key3], { instancePath: instancePath + "/customProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/customProperties", schemaPath: "#/properties/customProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.customProperties.type, parentSchema: schema22.properties.customProperties, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.reimport !== void 0) {
      let data10 = data.reimport;
      if (typeof data10 !== "boolean") {
        const err10 = { instancePath: instancePath + "/reimport", schemaPath: "#/properties/reimport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.reimport.type, parentSchema: schema22.properties.reimport, data: data10 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data11 = data.metadata;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
        const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.metadata.type, parentSchema: schema22.properties.metadata, data: data11 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.downloadToWorkspace !== void 0) {
      let data12 = data.downloadToWorkspace;
      if (typeof data12 !== "boolean") {
        const err12 = { instancePath: instancePath + "/downloadToWorkspace", schemaPath: "#/properties/downloadToWorkspace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.downloadToWorkspace.type, parentSchema: schema22.properties.downloadToWorkspace, data: data12 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.ResolverSpec", "additionalProperties": false, "properties": { "outputArtifactQueries": { "type": "object", "additionalProperties": { "$ref": "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec" } } } };
var schema27 = { "type": "object", "description": "ml_pipelines.PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec", "additionalProperties": false, "properties": { "filter": { "type": "string" }, "limit": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "outputArtifactQueries")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.outputArtifactQueries !== void 0) {
      let data0 = data.outputArtifactQueries;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key2 in data1) {
              if (!(key2 === "filter" || key2 === "limit")) {
                const err1 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.filter !== void 0) {
              let data2 = data1.filter;
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/filter", schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/properties/filter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.filter.type, parentSchema: schema27.properties.filter, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.limit !== void 0) {
              let data3 = data1.limit;
              const _errs12 = errors;
              let valid4 = false;
              const _errs13 = errors;
              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                const err3 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/properties/limit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.limit.anyOf[0].type, parentSchema: schema27.properties.limit.anyOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              var _valid0 = _errs13 === errors;
              valid4 = valid4 || _valid0;
              if (!valid4) {
                const _errs15 = errors;
                if (typeof data3 === "string") {
                  if (!pattern4.test(data3)) {
                    const err4 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/properties/limit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema27.properties.limit.anyOf[1], data: data3 };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                } else {
                  const err5 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/properties/limit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.limit.anyOf[1].type, parentSchema: schema27.properties.limit.anyOf[1], data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var _valid0 = _errs15 === errors;
                valid4 = valid4 || _valid0;
              }
              if (!valid4) {
                const err6 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/properties/limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.limit.anyOf, parentSchema: schema27.properties.limit, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              } else {
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/outputArtifactQueries/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/outputArtifactQueries", schemaPath: "#/properties/outputArtifactQueries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.outputArtifactQueries.type, parentSchema: schema26.properties.outputArtifactQueries, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "container" || key0 === "importer" || key0 === "resolver" || key0 === "customJob")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.container !== void 0) {
      if (!validate14(data.container, { instancePath: instancePath + "/container", parentData: data, parentDataProperty: "container", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.importer !== void 0) {
      if (!validate20(data.importer, { instancePath: instancePath + "/importer", parentData: data, parentDataProperty: "importer", rootData })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
    if (data.resolver !== void 0) {
      if (!validate26(data.resolver, { instancePath: instancePath + "/resolver", parentData: data, parentDataProperty: "resolver", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.customJob !== void 0) {
      let data3 = data.customJob;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "customJob")) {
            const err1 = { instancePath: instancePath + "/customJob", schemaPath: "#/definitions/PipelineDeploymentConfig.AIPlatformCustomJobSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data3 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data3.customJob !== void 0) {
          let data4 = data3.customJob;
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
            const err2 = { instancePath: instancePath + "/customJob/customJob", schemaPath: "#/definitions/PipelineDeploymentConfig.AIPlatformCustomJobSpec/properties/customJob/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.properties.customJob.type, parentSchema: schema28.properties.customJob, data: data4 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/customJob", schemaPath: "#/definitions/PipelineDeploymentConfig.AIPlatformCustomJobSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "container") ? 1 : 0) + (Object.hasOwn(data, "importer") ? 1 : 0) + (Object.hasOwn(data, "resolver") ? 1 : 0) + (Object.hasOwn(data, "customJob") ? 1 : 0) > 1) {
      const set0 = ["container", "importer", "resolver", "customJob"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err4 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["container", "importer", "resolver", "customJob"] }, message: "sets " + setText0 + ", but only one of container, importer, resolver, customJob may be set", schema: schema15.kfpOneof, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "executors")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.executors !== void 0) {
      let data0 = data.executors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate13(data0[key1], { instancePath: instancePath + "/executors/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/executors", schemaPath: "#/properties/executors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.executors.type, parentSchema: schema14.properties.executors, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema29 = { "type": "object", "description": "ml_pipelines.ComponentSpec", "additionalProperties": false, "properties": { "inputDefinitions": { "$ref": "#/definitions/ComponentInputsSpec" }, "outputDefinitions": { "$ref": "#/definitions/ComponentOutputsSpec" }, "dag": { "$ref": "#/definitions/DagSpec" }, "executorLabel": { "type": "string" }, "singlePlatformSpecs": { "type": "array", "items": { "$ref": "#/definitions/SinglePlatformSpec" } }, "taskConfigPassthroughs": { "type": "array", "items": { "$ref": "#/definitions/TaskConfigPassthrough" } } }, "kfpOneof": [["dag", "executorLabel"]] };
var schema68 = { "type": "object", "description": "ml_pipelines.TaskConfigPassthrough", "additionalProperties": false, "properties": { "field": { "anyOf": [{ "type": "string", "enum": ["NONE", "RESOURCES", "ENV", "KUBERNETES_AFFINITY", "KUBERNETES_TOLERATIONS", "KUBERNETES_NODE_SELECTOR", "KUBERNETES_VOLUMES"] }, { "type": "integer" }], "description": "enum TaskConfigPassthroughType.TaskConfigPassthroughTypeEnum" }, "applyToTask": { "type": "boolean" } } };
var schema30 = { "type": "object", "description": "ml_pipelines.ComponentInputsSpec", "additionalProperties": false, "properties": { "artifacts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ComponentInputsSpec.ArtifactSpec" } }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ComponentInputsSpec.ParameterSpec" } } } };
var schema33 = { "type": "object", "description": "ml_pipelines.ComponentInputsSpec.ParameterSpec", "additionalProperties": false, "properties": { "type": { "anyOf": [{ "type": "string", "enum": ["PRIMITIVE_TYPE_UNSPECIFIED", "INT", "DOUBLE", "STRING"] }, { "type": "integer" }], "description": "enum PrimitiveType.PrimitiveTypeEnum" }, "parameterType": { "anyOf": [{ "type": "string", "enum": ["PARAMETER_TYPE_ENUM_UNSPECIFIED", "NUMBER_DOUBLE", "NUMBER_INTEGER", "STRING", "BOOLEAN", "LIST", "STRUCT", "TASK_FINAL_STATUS", "TASK_CONFIG"] }, { "type": "integer" }], "description": "enum ParameterType.ParameterTypeEnum" }, "defaultValue": { "description": "google.protobuf.Value (any JSON value)" }, "isOptional": { "type": "boolean" }, "description": { "type": "string" }, "literals": { "type": "array", "items": { "description": "google.protobuf.Value (any JSON value)" } } } };
var schema31 = { "type": "object", "description": "ml_pipelines.ComponentInputsSpec.ArtifactSpec", "additionalProperties": false, "properties": { "artifactType": { "$ref": "#/definitions/ArtifactTypeSchema" }, "isArtifactList": { "type": "boolean" }, "isOptional": { "type": "boolean" }, "description": { "type": "string" } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifactType" || key0 === "isArtifactList" || key0 === "isOptional" || key0 === "description")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifactType !== void 0) {
      let data0 = data.artifactType;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "schemaTitle" || key1 === "schemaUri" || key1 === "instanceSchema" || key1 === "schemaVersion")) {
            const err1 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.schemaTitle !== void 0) {
          let data1 = data0.schemaTitle;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/artifactType/schemaTitle", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaTitle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaTitle.type, parentSchema: schema25.properties.schemaTitle, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.schemaUri !== void 0) {
          let data2 = data0.schemaUri;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/artifactType/schemaUri", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaUri.type, parentSchema: schema25.properties.schemaUri, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.instanceSchema !== void 0) {
          let data3 = data0.instanceSchema;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/artifactType/instanceSchema", schemaPath: "#/definitions/ArtifactTypeSchema/properties/instanceSchema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.instanceSchema.type, parentSchema: schema25.properties.instanceSchema, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.schemaVersion !== void 0) {
          let data4 = data0.schemaVersion;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/artifactType/schemaVersion", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaVersion.type, parentSchema: schema25.properties.schemaVersion, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if ((Object.hasOwn(data0, "schemaTitle") ? 1 : 0) + (Object.hasOwn(data0, "schemaUri") ? 1 : 0) + (Object.hasOwn(data0, "instanceSchema") ? 1 : 0) > 1) {
          const set0 = ["schemaTitle", "schemaUri", "instanceSchema"].filter((f) => Object.hasOwn(data0, f));
          const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
          const err6 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["schemaTitle", "schemaUri", "instanceSchema"] }, message: "sets " + setText0 + ", but only one of schemaTitle, schemaUri, instanceSchema may be set", schema: schema25.kfpOneof, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.isArtifactList !== void 0) {
      let data5 = data.isArtifactList;
      if (typeof data5 !== "boolean") {
        const err8 = { instancePath: instancePath + "/isArtifactList", schemaPath: "#/properties/isArtifactList/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.isArtifactList.type, parentSchema: schema31.properties.isArtifactList, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.isOptional !== void 0) {
      let data6 = data.isOptional;
      if (typeof data6 !== "boolean") {
        const err9 = { instancePath: instancePath + "/isOptional", schemaPath: "#/properties/isOptional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.isOptional.type, parentSchema: schema31.properties.isOptional, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data7 = data.description;
      if (typeof data7 !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifacts" || key0 === "parameters")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data0 = data.artifacts;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate32(data0[key1], { instancePath: instancePath + "/artifacts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.artifacts.type, parentSchema: schema30.properties.artifacts, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data2 = data.parameters;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key3 in data3) {
              if (!(key3 === "type" || key3 === "parameterType" || key3 === "defaultValue" || key3 === "isOptional" || key3 === "description" || key3 === "literals")) {
                const err2 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data3 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data3.type !== void 0) {
              let data4 = data3.type;
              const _errs14 = errors;
              let valid5 = false;
              const _errs15 = errors;
              if (typeof data4 !== "string") {
                const err3 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/type/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.type.anyOf[0].type, parentSchema: schema33.properties.type.anyOf[0], data: data4 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              if (!(data4 === "PRIMITIVE_TYPE_UNSPECIFIED" || data4 === "INT" || data4 === "DOUBLE" || data4 === "STRING")) {
                const err4 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/type/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema33.properties.type.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.type.anyOf[0].enum, parentSchema: schema33.properties.type.anyOf[0], data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              valid5 = valid5 || _valid0;
              if (!valid5) {
                const _errs17 = errors;
                if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                  const err5 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/type/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.type.anyOf[1].type, parentSchema: schema33.properties.type.anyOf[1], data: data4 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var _valid0 = _errs17 === errors;
                valid5 = valid5 || _valid0;
              }
              if (!valid5) {
                const err6 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.properties.type.anyOf, parentSchema: schema33.properties.type, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              } else {
                errors = _errs14;
                if (vErrors !== null) {
                  if (_errs14) {
                    vErrors.length = _errs14;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data3.parameterType !== void 0) {
              let data5 = data3.parameterType;
              const _errs20 = errors;
              let valid6 = false;
              const _errs21 = errors;
              if (typeof data5 !== "string") {
                const err7 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/parameterType/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.parameterType.anyOf[0].type, parentSchema: schema33.properties.parameterType.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (!(data5 === "PARAMETER_TYPE_ENUM_UNSPECIFIED" || data5 === "NUMBER_DOUBLE" || data5 === "NUMBER_INTEGER" || data5 === "STRING" || data5 === "BOOLEAN" || data5 === "LIST" || data5 === "STRUCT" || data5 === "TASK_FINAL_STATUS" || data5 === "TASK_CONFIG")) {
                const err8 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/parameterType/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema33.properties.parameterType.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.parameterType.anyOf[0].enum, parentSchema: schema33.properties.parameterType.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid1 = _errs21 === errors;
              valid6 = valid6 || _valid1;
              if (!valid6) {
                const _errs23 = errors;
                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                  const err9 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/parameterType/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.parameterType.anyOf[1].type, parentSchema: schema33.properties.parameterType.anyOf[1], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                var _valid1 = _errs23 === errors;
                valid6 = valid6 || _valid1;
              }
              if (!valid6) {
                const err10 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/parameterType/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.properties.parameterType.anyOf, parentSchema: schema33.properties.parameterType, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data3.isOptional !== void 0) {
              let data6 = data3.isOptional;
              if (typeof data6 !== "boolean") {
                const err11 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/isOptional", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/isOptional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.isOptional.type, parentSchema: schema33.properties.isOptional, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.description !== void 0) {
              let data7 = data3.description;
              if (typeof data7 !== "string") {
                const err12 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.description.type, parentSchema: schema33.properties.description, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.literals !== void 0) {
              let data8 = data3.literals;
              if (!Array.isArray(data8)) {
                const err13 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/literals", schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/properties/literals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.literals.type, parentSchema: schema33.properties.literals, data: data8 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ComponentInputsSpec.ParameterSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.properties.parameters.type, parentSchema: schema30.properties.parameters, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "description": "ml_pipelines.ComponentOutputsSpec", "additionalProperties": false, "properties": { "artifacts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ComponentOutputsSpec.ArtifactSpec" } }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ComponentOutputsSpec.ParameterSpec" } } } };
var schema37 = { "type": "object", "description": "ml_pipelines.ComponentOutputsSpec.ParameterSpec", "additionalProperties": false, "properties": { "type": { "anyOf": [{ "type": "string", "enum": ["PRIMITIVE_TYPE_UNSPECIFIED", "INT", "DOUBLE", "STRING"] }, { "type": "integer" }], "description": "enum PrimitiveType.PrimitiveTypeEnum" }, "parameterType": { "anyOf": [{ "type": "string", "enum": ["PARAMETER_TYPE_ENUM_UNSPECIFIED", "NUMBER_DOUBLE", "NUMBER_INTEGER", "STRING", "BOOLEAN", "LIST", "STRUCT", "TASK_FINAL_STATUS", "TASK_CONFIG"] }, { "type": "integer" }], "description": "enum ParameterType.ParameterTypeEnum" }, "description": { "type": "string" } } };
var schema35 = { "type": "object", "description": "ml_pipelines.ComponentOutputsSpec.ArtifactSpec", "additionalProperties": false, "properties": { "artifactType": { "$ref": "#/definitions/ArtifactTypeSchema" }, "properties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ValueOrRuntimeParameter" } }, "customProperties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/ValueOrRuntimeParameter" } }, "metadata": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" }, "isArtifactList": { "type": "boolean" }, "description": { "type": "string" } } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifactType" || key0 === "properties" || key0 === "customProperties" || key0 === "metadata" || key0 === "isArtifactList" || key0 === "description")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifactType !== void 0) {
      let data0 = data.artifactType;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "schemaTitle" || key1 === "schemaUri" || key1 === "instanceSchema" || key1 === "schemaVersion")) {
            const err1 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.schemaTitle !== void 0) {
          let data1 = data0.schemaTitle;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/artifactType/schemaTitle", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaTitle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaTitle.type, parentSchema: schema25.properties.schemaTitle, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.schemaUri !== void 0) {
          let data2 = data0.schemaUri;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/artifactType/schemaUri", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaUri.type, parentSchema: schema25.properties.schemaUri, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.instanceSchema !== void 0) {
          let data3 = data0.instanceSchema;
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/artifactType/instanceSchema", schemaPath: "#/definitions/ArtifactTypeSchema/properties/instanceSchema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.instanceSchema.type, parentSchema: schema25.properties.instanceSchema, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.schemaVersion !== void 0) {
          let data4 = data0.schemaVersion;
          if (typeof data4 !== "string") {
            const err5 = { instancePath: instancePath + "/artifactType/schemaVersion", schemaPath: "#/definitions/ArtifactTypeSchema/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.schemaVersion.type, parentSchema: schema25.properties.schemaVersion, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if ((Object.hasOwn(data0, "schemaTitle") ? 1 : 0) + (Object.hasOwn(data0, "schemaUri") ? 1 : 0) + (Object.hasOwn(data0, "instanceSchema") ? 1 : 0) > 1) {
          const set0 = ["schemaTitle", "schemaUri", "instanceSchema"].filter((f) => Object.hasOwn(data0, f));
          const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
          const err6 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["schemaTitle", "schemaUri", "instanceSchema"] }, message: "sets " + setText0 + ", but only one of schemaTitle, schemaUri, instanceSchema may be set", schema: schema25.kfpOneof, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/artifactType", schemaPath: "#/definitions/ArtifactTypeSchema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data5 = data.properties;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!validate21(data5[key2], { instancePath: instancePath + "/properties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.properties.type, parentSchema: schema35.properties.properties, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.customProperties !== void 0) {
      let data7 = data.customProperties;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key3 in data7) {
          if (!validate21(data7[key3], { instancePath: instancePath + "/customProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/customProperties", schemaPath: "#/properties/customProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.customProperties.type, parentSchema: schema35.properties.customProperties, data: data7 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data9 = data.metadata;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
        const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.metadata.type, parentSchema: schema35.properties.metadata, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.isArtifactList !== void 0) {
      let data10 = data.isArtifactList;
      if (typeof data10 !== "boolean") {
        const err11 = { instancePath: instancePath + "/isArtifactList", schemaPath: "#/properties/isArtifactList/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.isArtifactList.type, parentSchema: schema35.properties.isArtifactList, data: data10 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data11 = data.description;
      if (typeof data11 !== "string") {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.description.type, parentSchema: schema35.properties.description, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifacts" || key0 === "parameters")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data0 = data.artifacts;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate36(data0[key1], { instancePath: instancePath + "/artifacts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.artifacts.type, parentSchema: schema34.properties.artifacts, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data2 = data.parameters;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key3 in data3) {
              if (!(key3 === "type" || key3 === "parameterType" || key3 === "description")) {
                const err2 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data: data3 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data3.type !== void 0) {
              let data4 = data3.type;
              const _errs14 = errors;
              let valid5 = false;
              const _errs15 = errors;
              if (typeof data4 !== "string") {
                const err3 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/type/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.type.anyOf[0].type, parentSchema: schema37.properties.type.anyOf[0], data: data4 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              if (!(data4 === "PRIMITIVE_TYPE_UNSPECIFIED" || data4 === "INT" || data4 === "DOUBLE" || data4 === "STRING")) {
                const err4 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/type/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema37.properties.type.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.type.anyOf[0].enum, parentSchema: schema37.properties.type.anyOf[0], data: data4 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              var _valid0 = _errs15 === errors;
              valid5 = valid5 || _valid0;
              if (!valid5) {
                const _errs17 = errors;
                if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                  const err5 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/type/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.type.anyOf[1].type, parentSchema: schema37.properties.type.anyOf[1], data: data4 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var _valid0 = _errs17 === errors;
                valid5 = valid5 || _valid0;
              }
              if (!valid5) {
                const err6 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.properties.type.anyOf, parentSchema: schema37.properties.type, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              } else {
                errors = _errs14;
                if (vErrors !== null) {
                  if (_errs14) {
                    vErrors.length = _errs14;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data3.parameterType !== void 0) {
              let data5 = data3.parameterType;
              const _errs20 = errors;
              let valid6 = false;
              const _errs21 = errors;
              if (typeof data5 !== "string") {
                const err7 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/parameterType/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.parameterType.anyOf[0].type, parentSchema: schema37.properties.parameterType.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (!(data5 === "PARAMETER_TYPE_ENUM_UNSPECIFIED" || data5 === "NUMBER_DOUBLE" || data5 === "NUMBER_INTEGER" || data5 === "STRING" || data5 === "BOOLEAN" || data5 === "LIST" || data5 === "STRUCT" || data5 === "TASK_FINAL_STATUS" || data5 === "TASK_CONFIG")) {
                const err8 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/parameterType/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema37.properties.parameterType.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.parameterType.anyOf[0].enum, parentSchema: schema37.properties.parameterType.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var _valid1 = _errs21 === errors;
              valid6 = valid6 || _valid1;
              if (!valid6) {
                const _errs23 = errors;
                if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                  const err9 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/parameterType/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.parameterType.anyOf[1].type, parentSchema: schema37.properties.parameterType.anyOf[1], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                var _valid1 = _errs23 === errors;
                valid6 = valid6 || _valid1;
              }
              if (!valid6) {
                const err10 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/parameterType", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/parameterType/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.properties.parameterType.anyOf, parentSchema: schema37.properties.parameterType, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              } else {
                errors = _errs20;
                if (vErrors !== null) {
                  if (_errs20) {
                    vErrors.length = _errs20;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data3.description !== void 0) {
              let data6 = data3.description;
              if (typeof data6 !== "string") {
                const err11 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.description.type, parentSchema: schema37.properties.description, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ComponentOutputsSpec.ParameterSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.parameters.type, parentSchema: schema34.properties.parameters, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema38 = { "type": "object", "description": "ml_pipelines.DagSpec", "additionalProperties": false, "properties": { "tasks": { "type": "object", "additionalProperties": { "$ref": "#/definitions/PipelineTaskSpec" } }, "outputs": { "$ref": "#/definitions/DagOutputsSpec" } } };
var schema39 = { "type": "object", "description": "ml_pipelines.PipelineTaskSpec", "additionalProperties": false, "properties": { "taskInfo": { "$ref": "#/definitions/PipelineTaskInfo" }, "inputs": { "$ref": "#/definitions/TaskInputsSpec" }, "dependentTasks": { "type": "array", "items": { "type": "string" } }, "cachingOptions": { "$ref": "#/definitions/PipelineTaskSpec.CachingOptions" }, "componentRef": { "$ref": "#/definitions/ComponentRef" }, "triggerPolicy": { "$ref": "#/definitions/PipelineTaskSpec.TriggerPolicy" }, "artifactIterator": { "$ref": "#/definitions/ArtifactIteratorSpec" }, "parameterIterator": { "$ref": "#/definitions/ParameterIteratorSpec" }, "retryPolicy": { "$ref": "#/definitions/PipelineTaskSpec.RetryPolicy" }, "iteratorPolicy": { "$ref": "#/definitions/PipelineTaskSpec.IteratorPolicy" } }, "kfpOneof": [["artifactIterator", "parameterIterator"]] };
var schema40 = { "type": "object", "description": "ml_pipelines.PipelineTaskInfo", "additionalProperties": false, "properties": { "name": { "type": "string" } } };
var schema47 = { "type": "object", "description": "ml_pipelines.PipelineTaskSpec.CachingOptions", "additionalProperties": false, "properties": { "enableCache": { "type": "boolean" }, "cacheKey": { "type": "string" } } };
var schema48 = { "type": "object", "description": "ml_pipelines.ComponentRef", "additionalProperties": false, "properties": { "name": { "type": "string" } } };
var schema49 = { "type": "object", "description": "ml_pipelines.PipelineTaskSpec.TriggerPolicy", "additionalProperties": false, "properties": { "condition": { "type": "string" }, "strategy": { "anyOf": [{ "type": "string", "enum": ["TRIGGER_STRATEGY_UNSPECIFIED", "ALL_UPSTREAM_TASKS_SUCCEEDED", "ALL_UPSTREAM_TASKS_COMPLETED"] }, { "type": "integer" }], "description": "enum PipelineTaskSpec.TriggerPolicy.TriggerStrategy" } } };
var schema54 = { "type": "object", "description": "ml_pipelines.PipelineTaskSpec.RetryPolicy", "additionalProperties": false, "properties": { "maxRetryCount": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "backoffDuration": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,9})?s$", "description": 'google.protobuf.Duration, e.g. "30s"' }, "backoffFactor": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }] }, "backoffMaxDuration": { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,9})?s$", "description": 'google.protobuf.Duration, e.g. "30s"' } } };
var schema55 = { "type": "object", "description": "ml_pipelines.PipelineTaskSpec.IteratorPolicy", "additionalProperties": false, "properties": { "parallelismLimit": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] } } };
var schema41 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec", "additionalProperties": false, "properties": { "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/TaskInputsSpec.InputParameterSpec" } }, "artifacts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/TaskInputsSpec.InputArtifactSpec" } } } };
var schema42 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec.InputParameterSpec", "additionalProperties": false, "properties": { "taskOutputParameter": { "$ref": "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec" }, "runtimeValue": { "$ref": "#/definitions/ValueOrRuntimeParameter" }, "componentInputParameter": { "type": "string" }, "taskFinalStatus": { "$ref": "#/definitions/TaskInputsSpec.InputParameterSpec.TaskFinalStatus" }, "parameterExpressionSelector": { "type": "string" } }, "kfpOneof": [["taskOutputParameter", "runtimeValue", "componentInputParameter", "taskFinalStatus"]] };
var schema43 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec", "additionalProperties": false, "properties": { "producerTask": { "type": "string" }, "outputParameterKey": { "type": "string" } } };
var schema44 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskFinalStatus", "additionalProperties": false, "properties": { "producerTask": { "type": "string" } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "taskOutputParameter" || key0 === "runtimeValue" || key0 === "componentInputParameter" || key0 === "taskFinalStatus" || key0 === "parameterExpressionSelector")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.taskOutputParameter !== void 0) {
      let data0 = data.taskOutputParameter;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "producerTask" || key1 === "outputParameterKey")) {
            const err1 = { instancePath: instancePath + "/taskOutputParameter", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.producerTask !== void 0) {
          let data1 = data0.producerTask;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/taskOutputParameter/producerTask", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec/properties/producerTask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.producerTask.type, parentSchema: schema43.properties.producerTask, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.outputParameterKey !== void 0) {
          let data2 = data0.outputParameterKey;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/taskOutputParameter/outputParameterKey", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec/properties/outputParameterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.outputParameterKey.type, parentSchema: schema43.properties.outputParameterKey, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/taskOutputParameter", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.runtimeValue !== void 0) {
      if (!validate21(data.runtimeValue, { instancePath: instancePath + "/runtimeValue", parentData: data, parentDataProperty: "runtimeValue", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.componentInputParameter !== void 0) {
      let data4 = data.componentInputParameter;
      if (typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/componentInputParameter", schemaPath: "#/properties/componentInputParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.componentInputParameter.type, parentSchema: schema42.properties.componentInputParameter, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.taskFinalStatus !== void 0) {
      let data5 = data.taskFinalStatus;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "producerTask")) {
            const err6 = { instancePath: instancePath + "/taskFinalStatus", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskFinalStatus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data5.producerTask !== void 0) {
          let data6 = data5.producerTask;
          if (typeof data6 !== "string") {
            const err7 = { instancePath: instancePath + "/taskFinalStatus/producerTask", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskFinalStatus/properties/producerTask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.producerTask.type, parentSchema: schema44.properties.producerTask, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/taskFinalStatus", schemaPath: "#/definitions/TaskInputsSpec.InputParameterSpec.TaskFinalStatus/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.parameterExpressionSelector !== void 0) {
      let data7 = data.parameterExpressionSelector;
      if (typeof data7 !== "string") {
        const err9 = { instancePath: instancePath + "/parameterExpressionSelector", schemaPath: "#/properties/parameterExpressionSelector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.parameterExpressionSelector.type, parentSchema: schema42.properties.parameterExpressionSelector, data: data7 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "taskOutputParameter") ? 1 : 0) + (Object.hasOwn(data, "runtimeValue") ? 1 : 0) + (Object.hasOwn(data, "componentInputParameter") ? 1 : 0) + (Object.hasOwn(data, "taskFinalStatus") ? 1 : 0) > 1) {
      const set0 = ["taskOutputParameter", "runtimeValue", "componentInputParameter", "taskFinalStatus"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err10 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["taskOutputParameter", "runtimeValue", "componentInputParameter", "taskFinalStatus"] }, message: "sets " + setText0 + ", but only one of taskOutputParameter, runtimeValue, componentInputParameter, taskFinalStatus may be set", schema: schema42.kfpOneof, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
var schema45 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec.InputArtifactSpec", "additionalProperties": false, "properties": { "taskOutputArtifact": { "$ref": "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec" }, "componentInputArtifact": { "type": "string" } }, "kfpOneof": [["taskOutputArtifact", "componentInputArtifact"]] };
var schema46 = { "type": "object", "description": "ml_pipelines.TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec", "additionalProperties": false, "properties": { "producerTask": { "type": "string" }, "outputArtifactKey": { "type": "string" } } };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "taskOutputArtifact" || key0 === "componentInputArtifact")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.taskOutputArtifact !== void 0) {
      let data0 = data.taskOutputArtifact;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "producerTask" || key1 === "outputArtifactKey")) {
            const err1 = { instancePath: instancePath + "/taskOutputArtifact", schemaPath: "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.producerTask !== void 0) {
          let data1 = data0.producerTask;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/taskOutputArtifact/producerTask", schemaPath: "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec/properties/producerTask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.producerTask.type, parentSchema: schema46.properties.producerTask, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.outputArtifactKey !== void 0) {
          let data2 = data0.outputArtifactKey;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/taskOutputArtifact/outputArtifactKey", schemaPath: "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec/properties/outputArtifactKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.outputArtifactKey.type, parentSchema: schema46.properties.outputArtifactKey, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/taskOutputArtifact", schemaPath: "#/definitions/TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.componentInputArtifact !== void 0) {
      let data3 = data.componentInputArtifact;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/componentInputArtifact", schemaPath: "#/properties/componentInputArtifact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.componentInputArtifact.type, parentSchema: schema45.properties.componentInputArtifact, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "taskOutputArtifact") ? 1 : 0) + (Object.hasOwn(data, "componentInputArtifact") ? 1 : 0) > 1) {
      const set0 = ["taskOutputArtifact", "componentInputArtifact"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err6 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["taskOutputArtifact", "componentInputArtifact"] }, message: "sets " + setText0 + ", but only one of taskOutputArtifact, componentInputArtifact may be set", schema: schema45.kfpOneof, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "parameters" || key0 === "artifacts")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data0 = data.parameters;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate44(data0[key1], { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.parameters.type, parentSchema: schema41.properties.parameters, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data2 = data.artifacts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!validate47(data2[key2], { instancePath: instancePath + "/artifacts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.artifacts.type, parentSchema: schema41.properties.artifacts, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
var schema50 = { "type": "object", "description": "ml_pipelines.ArtifactIteratorSpec", "additionalProperties": false, "properties": { "items": { "$ref": "#/definitions/ArtifactIteratorSpec.ItemsSpec" }, "itemInput": { "type": "string" } } };
var schema51 = { "type": "object", "description": "ml_pipelines.ArtifactIteratorSpec.ItemsSpec", "additionalProperties": false, "properties": { "inputArtifact": { "type": "string" } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "itemInput")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "inputArtifact")) {
            const err1 = { instancePath: instancePath + "/items", schemaPath: "#/definitions/ArtifactIteratorSpec.ItemsSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.inputArtifact !== void 0) {
          let data1 = data0.inputArtifact;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/items/inputArtifact", schemaPath: "#/definitions/ArtifactIteratorSpec.ItemsSpec/properties/inputArtifact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.inputArtifact.type, parentSchema: schema51.properties.inputArtifact, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/items", schemaPath: "#/definitions/ArtifactIteratorSpec.ItemsSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.itemInput !== void 0) {
      let data2 = data.itemInput;
      if (typeof data2 !== "string") {
        const err4 = { instancePath: instancePath + "/itemInput", schemaPath: "#/properties/itemInput/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.itemInput.type, parentSchema: schema50.properties.itemInput, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema52 = { "type": "object", "description": "ml_pipelines.ParameterIteratorSpec", "additionalProperties": false, "properties": { "items": { "$ref": "#/definitions/ParameterIteratorSpec.ItemsSpec" }, "itemInput": { "type": "string" } } };
var schema53 = { "type": "object", "description": "ml_pipelines.ParameterIteratorSpec.ItemsSpec", "additionalProperties": false, "properties": { "raw": { "type": "string" }, "inputParameter": { "type": "string" } }, "kfpOneof": [["raw", "inputParameter"]] };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "itemInput")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "raw" || key1 === "inputParameter")) {
            const err1 = { instancePath: instancePath + "/items", schemaPath: "#/definitions/ParameterIteratorSpec.ItemsSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.raw !== void 0) {
          let data1 = data0.raw;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/items/raw", schemaPath: "#/definitions/ParameterIteratorSpec.ItemsSpec/properties/raw/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.raw.type, parentSchema: schema53.properties.raw, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.inputParameter !== void 0) {
          let data2 = data0.inputParameter;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/items/inputParameter", schemaPath: "#/definitions/ParameterIteratorSpec.ItemsSpec/properties/inputParameter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.inputParameter.type, parentSchema: schema53.properties.inputParameter, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if ((Object.hasOwn(data0, "raw") ? 1 : 0) + (Object.hasOwn(data0, "inputParameter") ? 1 : 0) > 1) {
          const set0 = ["raw", "inputParameter"].filter((f) => Object.hasOwn(data0, f));
          const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
          const err4 = { instancePath: instancePath + "/items", schemaPath: "#/definitions/ParameterIteratorSpec.ItemsSpec/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["raw", "inputParameter"] }, message: "sets " + setText0 + ", but only one of raw, inputParameter may be set", schema: schema53.kfpOneof, parentSchema: schema53, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/definitions/ParameterIteratorSpec.ItemsSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.itemInput !== void 0) {
      let data3 = data.itemInput;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/itemInput", schemaPath: "#/properties/itemInput/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.itemInput.type, parentSchema: schema52.properties.itemInput, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
var pattern9 = new RegExp("^-?[0-9]+(\\.[0-9]{1,9})?s$", "u");
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema39.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.taskInfo !== void 0) {
      let data0 = data.taskInfo;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "name")) {
            const err1 = { instancePath: instancePath + "/taskInfo", schemaPath: "#/definitions/PipelineTaskInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/taskInfo/name", schemaPath: "#/definitions/PipelineTaskInfo/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/taskInfo", schemaPath: "#/definitions/PipelineTaskInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      if (!validate43(data.inputs, { instancePath: instancePath + "/inputs", parentData: data, parentDataProperty: "inputs", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.dependentTasks !== void 0) {
      let data3 = data.dependentTasks;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/dependentTasks/" + i0, schemaPath: "#/properties/dependentTasks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.dependentTasks.items.type, parentSchema: schema39.properties.dependentTasks.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/dependentTasks", schemaPath: "#/properties/dependentTasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.dependentTasks.type, parentSchema: schema39.properties.dependentTasks, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cachingOptions !== void 0) {
      let data5 = data.cachingOptions;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "enableCache" || key2 === "cacheKey")) {
            const err6 = { instancePath: instancePath + "/cachingOptions", schemaPath: "#/definitions/PipelineTaskSpec.CachingOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data5.enableCache !== void 0) {
          let data6 = data5.enableCache;
          if (typeof data6 !== "boolean") {
            const err7 = { instancePath: instancePath + "/cachingOptions/enableCache", schemaPath: "#/definitions/PipelineTaskSpec.CachingOptions/properties/enableCache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.enableCache.type, parentSchema: schema47.properties.enableCache, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.cacheKey !== void 0) {
          let data7 = data5.cacheKey;
          if (typeof data7 !== "string") {
            const err8 = { instancePath: instancePath + "/cachingOptions/cacheKey", schemaPath: "#/definitions/PipelineTaskSpec.CachingOptions/properties/cacheKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.cacheKey.type, parentSchema: schema47.properties.cacheKey, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/cachingOptions", schemaPath: "#/definitions/PipelineTaskSpec.CachingOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.componentRef !== void 0) {
      let data8 = data.componentRef;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key3 in data8) {
          if (!(key3 === "name")) {
            const err10 = { instancePath: instancePath + "/componentRef", schemaPath: "#/definitions/ComponentRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.name !== void 0) {
          let data9 = data8.name;
          if (typeof data9 !== "string") {
            const err11 = { instancePath: instancePath + "/componentRef/name", schemaPath: "#/definitions/ComponentRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.name.type, parentSchema: schema48.properties.name, data: data9 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/componentRef", schemaPath: "#/definitions/ComponentRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.triggerPolicy !== void 0) {
      let data10 = data.triggerPolicy;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key4 in data10) {
          if (!(key4 === "condition" || key4 === "strategy")) {
            const err13 = { instancePath: instancePath + "/triggerPolicy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data10 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data10.condition !== void 0) {
          let data11 = data10.condition;
          if (typeof data11 !== "string") {
            const err14 = { instancePath: instancePath + "/triggerPolicy/condition", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.condition.type, parentSchema: schema49.properties.condition, data: data11 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data10.strategy !== void 0) {
          let data12 = data10.strategy;
          const _errs34 = errors;
          let valid11 = false;
          const _errs35 = errors;
          if (typeof data12 !== "string") {
            const err15 = { instancePath: instancePath + "/triggerPolicy/strategy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/properties/strategy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.strategy.anyOf[0].type, parentSchema: schema49.properties.strategy.anyOf[0], data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data12 === "TRIGGER_STRATEGY_UNSPECIFIED" || data12 === "ALL_UPSTREAM_TASKS_SUCCEEDED" || data12 === "ALL_UPSTREAM_TASKS_COMPLETED")) {
            const err16 = { instancePath: instancePath + "/triggerPolicy/strategy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/properties/strategy/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema49.properties.strategy.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.strategy.anyOf[0].enum, parentSchema: schema49.properties.strategy.anyOf[0], data: data12 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid0 = _errs35 === errors;
          valid11 = valid11 || _valid0;
          if (!valid11) {
            const _errs37 = errors;
            if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
              const err17 = { instancePath: instancePath + "/triggerPolicy/strategy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/properties/strategy/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema49.properties.strategy.anyOf[1].type, parentSchema: schema49.properties.strategy.anyOf[1], data: data12 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            var _valid0 = _errs37 === errors;
            valid11 = valid11 || _valid0;
          }
          if (!valid11) {
            const err18 = { instancePath: instancePath + "/triggerPolicy/strategy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/properties/strategy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema49.properties.strategy.anyOf, parentSchema: schema49.properties.strategy, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/triggerPolicy", schemaPath: "#/definitions/PipelineTaskSpec.TriggerPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.artifactIterator !== void 0) {
      if (!validate50(data.artifactIterator, { instancePath: instancePath + "/artifactIterator", parentData: data, parentDataProperty: "artifactIterator", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameterIterator !== void 0) {
      if (!validate52(data.parameterIterator, { instancePath: instancePath + "/parameterIterator", parentData: data, parentDataProperty: "parameterIterator", rootData })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.retryPolicy !== void 0) {
      let data15 = data.retryPolicy;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key5 in data15) {
          if (!(key5 === "maxRetryCount" || key5 === "backoffDuration" || key5 === "backoffFactor" || key5 === "backoffMaxDuration")) {
            const err20 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data: data15 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data15.maxRetryCount !== void 0) {
          let data16 = data15.maxRetryCount;
          const _errs46 = errors;
          let valid14 = false;
          const _errs47 = errors;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err21 = { instancePath: instancePath + "/retryPolicy/maxRetryCount", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/maxRetryCount/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema54.properties.maxRetryCount.anyOf[0].type, parentSchema: schema54.properties.maxRetryCount.anyOf[0], data: data16 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid1 = _errs47 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const _errs49 = errors;
            if (typeof data16 === "string") {
              if (!pattern4.test(data16)) {
                const err22 = { instancePath: instancePath + "/retryPolicy/maxRetryCount", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/maxRetryCount/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema54.properties.maxRetryCount.anyOf[1], data: data16 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/retryPolicy/maxRetryCount", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/maxRetryCount/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.maxRetryCount.anyOf[1].type, parentSchema: schema54.properties.maxRetryCount.anyOf[1], data: data16 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            var _valid1 = _errs49 === errors;
            valid14 = valid14 || _valid1;
          }
          if (!valid14) {
            const err24 = { instancePath: instancePath + "/retryPolicy/maxRetryCount", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/maxRetryCount/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema54.properties.maxRetryCount.anyOf, parentSchema: schema54.properties.maxRetryCount, data: data16 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data15.backoffDuration !== void 0) {
          let data17 = data15.backoffDuration;
          if (typeof data17 === "string") {
            if (!pattern9.test(data17)) {
              const err25 = { instancePath: instancePath + "/retryPolicy/backoffDuration", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffDuration/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]{1,9})?s$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]{1,9})?s$"', schema: "^-?[0-9]+(\\.[0-9]{1,9})?s$", parentSchema: schema54.properties.backoffDuration, data: data17 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/retryPolicy/backoffDuration", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.backoffDuration.type, parentSchema: schema54.properties.backoffDuration, data: data17 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data15.backoffFactor !== void 0) {
          let data18 = data15.backoffFactor;
          const _errs54 = errors;
          let valid15 = false;
          const _errs55 = errors;
          if (!(typeof data18 == "number" && isFinite(data18))) {
            const err27 = { instancePath: instancePath + "/retryPolicy/backoffFactor", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffFactor/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.backoffFactor.anyOf[0].type, parentSchema: schema54.properties.backoffFactor.anyOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid2 = _errs55 === errors;
          valid15 = valid15 || _valid2;
          if (!valid15) {
            const _errs57 = errors;
            if (typeof data18 === "string") {
              if (!pattern0.test(data18)) {
                const err28 = { instancePath: instancePath + "/retryPolicy/backoffFactor", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffFactor/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$" }, message: 'must match pattern "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$"', schema: "^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|NaN|-?Infinity)$", parentSchema: schema54.properties.backoffFactor.anyOf[1], data: data18 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            } else {
              const err29 = { instancePath: instancePath + "/retryPolicy/backoffFactor", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffFactor/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.backoffFactor.anyOf[1].type, parentSchema: schema54.properties.backoffFactor.anyOf[1], data: data18 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            var _valid2 = _errs57 === errors;
            valid15 = valid15 || _valid2;
          }
          if (!valid15) {
            const err30 = { instancePath: instancePath + "/retryPolicy/backoffFactor", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffFactor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema54.properties.backoffFactor.anyOf, parentSchema: schema54.properties.backoffFactor, data: data18 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data15.backoffMaxDuration !== void 0) {
          let data19 = data15.backoffMaxDuration;
          if (typeof data19 === "string") {
            if (!pattern9.test(data19)) {
              const err31 = { instancePath: instancePath + "/retryPolicy/backoffMaxDuration", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffMaxDuration/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+(\\.[0-9]{1,9})?s$" }, message: 'must match pattern "^-?[0-9]+(\\.[0-9]{1,9})?s$"', schema: "^-?[0-9]+(\\.[0-9]{1,9})?s$", parentSchema: schema54.properties.backoffMaxDuration, data: data19 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/retryPolicy/backoffMaxDuration", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/properties/backoffMaxDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.backoffMaxDuration.type, parentSchema: schema54.properties.backoffMaxDuration, data: data19 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/retryPolicy", schemaPath: "#/definitions/PipelineTaskSpec.RetryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data: data15 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.iteratorPolicy !== void 0) {
      let data20 = data.iteratorPolicy;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key6 in data20) {
          if (!(key6 === "parallelismLimit")) {
            const err34 = { instancePath: instancePath + "/iteratorPolicy", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data20 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data20.parallelismLimit !== void 0) {
          let data21 = data20.parallelismLimit;
          const _errs66 = errors;
          let valid18 = false;
          const _errs67 = errors;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err35 = { instancePath: instancePath + "/iteratorPolicy/parallelismLimit", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/properties/parallelismLimit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.properties.parallelismLimit.anyOf[0].type, parentSchema: schema55.properties.parallelismLimit.anyOf[0], data: data21 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid3 = _errs67 === errors;
          valid18 = valid18 || _valid3;
          if (!valid18) {
            const _errs69 = errors;
            if (typeof data21 === "string") {
              if (!pattern4.test(data21)) {
                const err36 = { instancePath: instancePath + "/iteratorPolicy/parallelismLimit", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/properties/parallelismLimit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema55.properties.parallelismLimit.anyOf[1], data: data21 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            } else {
              const err37 = { instancePath: instancePath + "/iteratorPolicy/parallelismLimit", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/properties/parallelismLimit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.parallelismLimit.anyOf[1].type, parentSchema: schema55.properties.parallelismLimit.anyOf[1], data: data21 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            var _valid3 = _errs69 === errors;
            valid18 = valid18 || _valid3;
          }
          if (!valid18) {
            const err38 = { instancePath: instancePath + "/iteratorPolicy/parallelismLimit", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/properties/parallelismLimit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema55.properties.parallelismLimit.anyOf, parentSchema: schema55.properties.parallelismLimit, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          } else {
            errors = _errs66;
            if (vErrors !== null) {
              if (_errs66) {
                vErrors.length = _errs66;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/iteratorPolicy", schemaPath: "#/definitions/PipelineTaskSpec.IteratorPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data20 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "artifactIterator") ? 1 : 0) + (Object.hasOwn(data, "parameterIterator") ? 1 : 0) > 1) {
      const set0 = ["artifactIterator", "parameterIterator"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err40 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["artifactIterator", "parameterIterator"] }, message: "sets " + setText0 + ", but only one of artifactIterator, parameterIterator may be set", schema: schema39.kfpOneof, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var schema56 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec", "additionalProperties": false, "properties": { "artifacts": { "type": "object", "additionalProperties": { "$ref": "#/definitions/DagOutputsSpec.DagOutputArtifactSpec" } }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/DagOutputsSpec.DagOutputParameterSpec" } } } };
var schema57 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec.DagOutputArtifactSpec", "additionalProperties": false, "properties": { "artifactSelectors": { "type": "array", "items": { "$ref": "#/definitions/DagOutputsSpec.ArtifactSelectorSpec" } } } };
var schema58 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec.ArtifactSelectorSpec", "additionalProperties": false, "properties": { "producerSubtask": { "type": "string" }, "outputArtifactKey": { "type": "string" } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifactSelectors")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifactSelectors !== void 0) {
      let data0 = data.artifactSelectors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "producerSubtask" || key1 === "outputArtifactKey")) {
                const err1 = { instancePath: instancePath + "/artifactSelectors/" + i0, schemaPath: "#/definitions/DagOutputsSpec.ArtifactSelectorSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.producerSubtask !== void 0) {
              let data2 = data1.producerSubtask;
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/artifactSelectors/" + i0 + "/producerSubtask", schemaPath: "#/definitions/DagOutputsSpec.ArtifactSelectorSpec/properties/producerSubtask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.producerSubtask.type, parentSchema: schema58.properties.producerSubtask, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.outputArtifactKey !== void 0) {
              let data3 = data1.outputArtifactKey;
              if (typeof data3 !== "string") {
                const err3 = { instancePath: instancePath + "/artifactSelectors/" + i0 + "/outputArtifactKey", schemaPath: "#/definitions/DagOutputsSpec.ArtifactSelectorSpec/properties/outputArtifactKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.outputArtifactKey.type, parentSchema: schema58.properties.outputArtifactKey, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/artifactSelectors/" + i0, schemaPath: "#/definitions/DagOutputsSpec.ArtifactSelectorSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/artifactSelectors", schemaPath: "#/properties/artifactSelectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties.artifactSelectors.type, parentSchema: schema57.properties.artifactSelectors, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
var schema59 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec.DagOutputParameterSpec", "additionalProperties": false, "properties": { "valueFromParameter": { "$ref": "#/definitions/DagOutputsSpec.ParameterSelectorSpec" }, "valueFromOneof": { "$ref": "#/definitions/DagOutputsSpec.ParameterSelectorsSpec" } }, "kfpOneof": [["valueFromParameter", "valueFromOneof"]] };
var schema60 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec.ParameterSelectorSpec", "additionalProperties": false, "properties": { "producerSubtask": { "type": "string" }, "outputParameterKey": { "type": "string" } } };
var schema61 = { "type": "object", "description": "ml_pipelines.DagOutputsSpec.ParameterSelectorsSpec", "additionalProperties": false, "properties": { "parameterSelectors": { "type": "array", "items": { "$ref": "#/definitions/DagOutputsSpec.ParameterSelectorSpec" } } } };
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "parameterSelectors")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.parameterSelectors !== void 0) {
      let data0 = data.parameterSelectors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "producerSubtask" || key1 === "outputParameterKey")) {
                const err1 = { instancePath: instancePath + "/parameterSelectors/" + i0, schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data1.producerSubtask !== void 0) {
              let data2 = data1.producerSubtask;
              if (typeof data2 !== "string") {
                const err2 = { instancePath: instancePath + "/parameterSelectors/" + i0 + "/producerSubtask", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/properties/producerSubtask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.producerSubtask.type, parentSchema: schema60.properties.producerSubtask, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.outputParameterKey !== void 0) {
              let data3 = data1.outputParameterKey;
              if (typeof data3 !== "string") {
                const err3 = { instancePath: instancePath + "/parameterSelectors/" + i0 + "/outputParameterKey", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/properties/outputParameterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.outputParameterKey.type, parentSchema: schema60.properties.outputParameterKey, data: data3 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/parameterSelectors/" + i0, schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/parameterSelectors", schemaPath: "#/properties/parameterSelectors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.parameterSelectors.type, parentSchema: schema61.properties.parameterSelectors, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "valueFromParameter" || key0 === "valueFromOneof")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.valueFromParameter !== void 0) {
      let data0 = data.valueFromParameter;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "producerSubtask" || key1 === "outputParameterKey")) {
            const err1 = { instancePath: instancePath + "/valueFromParameter", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.producerSubtask !== void 0) {
          let data1 = data0.producerSubtask;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/valueFromParameter/producerSubtask", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/properties/producerSubtask/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.producerSubtask.type, parentSchema: schema60.properties.producerSubtask, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.outputParameterKey !== void 0) {
          let data2 = data0.outputParameterKey;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/valueFromParameter/outputParameterKey", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/properties/outputParameterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.properties.outputParameterKey.type, parentSchema: schema60.properties.outputParameterKey, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/valueFromParameter", schemaPath: "#/definitions/DagOutputsSpec.ParameterSelectorSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.valueFromOneof !== void 0) {
      if (!validate59(data.valueFromOneof, { instancePath: instancePath + "/valueFromOneof", parentData: data, parentDataProperty: "valueFromOneof", rootData })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if ((Object.hasOwn(data, "valueFromParameter") ? 1 : 0) + (Object.hasOwn(data, "valueFromOneof") ? 1 : 0) > 1) {
      const set0 = ["valueFromParameter", "valueFromOneof"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err5 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["valueFromParameter", "valueFromOneof"] }, message: "sets " + setText0 + ", but only one of valueFromParameter, valueFromOneof may be set", schema: schema59.kfpOneof, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifacts" || key0 === "parameters")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data0 = data.artifacts;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate56(data0[key1], { instancePath: instancePath + "/artifacts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.artifacts.type, parentSchema: schema56.properties.artifacts, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data2 = data.parameters;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!validate58(data2[key2], { instancePath: instancePath + "/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.parameters.type, parentSchema: schema56.properties.parameters, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tasks" || key0 === "outputs")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data0 = data.tasks;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate42(data0[key1], { instancePath: instancePath + "/tasks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.tasks.type, parentSchema: schema38.properties.tasks, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      if (!validate55(data.outputs, { instancePath: instancePath + "/outputs", parentData: data, parentDataProperty: "outputs", rootData })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
var schema63 = { "type": "object", "description": "ml_pipelines.SinglePlatformSpec", "additionalProperties": false, "properties": { "deploymentSpec": { "$ref": "#/definitions/PlatformDeploymentConfig" }, "platform": { "type": "string" }, "config": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" }, "pipelineConfig": { "$ref": "#/definitions/PipelineConfig" } } };
var schema64 = { "type": "object", "description": "ml_pipelines.PlatformDeploymentConfig", "additionalProperties": false, "properties": { "executors": { "type": "object", "additionalProperties": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" } } } };
var schema65 = { "type": "object", "description": "ml_pipelines.PipelineConfig", "additionalProperties": false, "properties": { "resourceTtlOnCompletion": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "workspace": { "$ref": "#/definitions/WorkspaceConfig" }, "resourceTtlOnSuccess": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "resourceTtlOnFailure": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] }, "activeDeadlineSeconds": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^-?[0-9]+$" }] } } };
var schema66 = { "type": "object", "description": "ml_pipelines.WorkspaceConfig", "additionalProperties": false, "properties": { "size": { "type": "string" }, "kubernetes": { "$ref": "#/definitions/KubernetesWorkspaceConfig" } } };
var schema67 = { "type": "object", "description": "ml_pipelines.KubernetesWorkspaceConfig", "additionalProperties": false, "properties": { "pvcSpecPatch": { "type": "object", "description": "google.protobuf.Struct (any JSON object)" } } };
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "size" || key0 === "kubernetes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data0 = data.size;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.size.type, parentSchema: schema66.properties.size, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kubernetes !== void 0) {
      let data1 = data.kubernetes;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "pvcSpecPatch")) {
            const err2 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/definitions/KubernetesWorkspaceConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.pvcSpecPatch !== void 0) {
          let data2 = data1.pvcSpecPatch;
          if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
            const err3 = { instancePath: instancePath + "/kubernetes/pvcSpecPatch", schemaPath: "#/definitions/KubernetesWorkspaceConfig/properties/pvcSpecPatch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.pvcSpecPatch.type, parentSchema: schema67.properties.pvcSpecPatch, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/kubernetes", schemaPath: "#/definitions/KubernetesWorkspaceConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "resourceTtlOnCompletion" || key0 === "workspace" || key0 === "resourceTtlOnSuccess" || key0 === "resourceTtlOnFailure" || key0 === "activeDeadlineSeconds")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.resourceTtlOnCompletion !== void 0) {
      let data0 = data.resourceTtlOnCompletion;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/resourceTtlOnCompletion", schemaPath: "#/properties/resourceTtlOnCompletion/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.resourceTtlOnCompletion.anyOf[0].type, parentSchema: schema65.properties.resourceTtlOnCompletion.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs6 = errors;
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err2 = { instancePath: instancePath + "/resourceTtlOnCompletion", schemaPath: "#/properties/resourceTtlOnCompletion/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema65.properties.resourceTtlOnCompletion.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/resourceTtlOnCompletion", schemaPath: "#/properties/resourceTtlOnCompletion/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.resourceTtlOnCompletion.anyOf[1].type, parentSchema: schema65.properties.resourceTtlOnCompletion.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err4 = { instancePath: instancePath + "/resourceTtlOnCompletion", schemaPath: "#/properties/resourceTtlOnCompletion/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema65.properties.resourceTtlOnCompletion.anyOf, parentSchema: schema65.properties.resourceTtlOnCompletion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.workspace !== void 0) {
      if (!validate66(data.workspace, { instancePath: instancePath + "/workspace", parentData: data, parentDataProperty: "workspace", rootData })) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.resourceTtlOnSuccess !== void 0) {
      let data2 = data.resourceTtlOnSuccess;
      const _errs10 = errors;
      let valid2 = false;
      const _errs11 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err5 = { instancePath: instancePath + "/resourceTtlOnSuccess", schemaPath: "#/properties/resourceTtlOnSuccess/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.resourceTtlOnSuccess.anyOf[0].type, parentSchema: schema65.properties.resourceTtlOnSuccess.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs11 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs13 = errors;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err6 = { instancePath: instancePath + "/resourceTtlOnSuccess", schemaPath: "#/properties/resourceTtlOnSuccess/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema65.properties.resourceTtlOnSuccess.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/resourceTtlOnSuccess", schemaPath: "#/properties/resourceTtlOnSuccess/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.resourceTtlOnSuccess.anyOf[1].type, parentSchema: schema65.properties.resourceTtlOnSuccess.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid1 = _errs13 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/resourceTtlOnSuccess", schemaPath: "#/properties/resourceTtlOnSuccess/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema65.properties.resourceTtlOnSuccess.anyOf, parentSchema: schema65.properties.resourceTtlOnSuccess, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resourceTtlOnFailure !== void 0) {
      let data3 = data.resourceTtlOnFailure;
      const _errs16 = errors;
      let valid3 = false;
      const _errs17 = errors;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err9 = { instancePath: instancePath + "/resourceTtlOnFailure", schemaPath: "#/properties/resourceTtlOnFailure/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.resourceTtlOnFailure.anyOf[0].type, parentSchema: schema65.properties.resourceTtlOnFailure.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid2 = _errs17 === errors;
      valid3 = valid3 || _valid2;
      if (!valid3) {
        const _errs19 = errors;
        if (typeof data3 === "string") {
          if (!pattern4.test(data3)) {
            const err10 = { instancePath: instancePath + "/resourceTtlOnFailure", schemaPath: "#/properties/resourceTtlOnFailure/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema65.properties.resourceTtlOnFailure.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/resourceTtlOnFailure", schemaPath: "#/properties/resourceTtlOnFailure/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.resourceTtlOnFailure.anyOf[1].type, parentSchema: schema65.properties.resourceTtlOnFailure.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid2 = _errs19 === errors;
        valid3 = valid3 || _valid2;
      }
      if (!valid3) {
        const err12 = { instancePath: instancePath + "/resourceTtlOnFailure", schemaPath: "#/properties/resourceTtlOnFailure/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema65.properties.resourceTtlOnFailure.anyOf, parentSchema: schema65.properties.resourceTtlOnFailure, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.activeDeadlineSeconds !== void 0) {
      let data4 = data.activeDeadlineSeconds;
      const _errs22 = errors;
      let valid4 = false;
      const _errs23 = errors;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema65.properties.activeDeadlineSeconds.anyOf[0].type, parentSchema: schema65.properties.activeDeadlineSeconds.anyOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid3 = _errs23 === errors;
      valid4 = valid4 || _valid3;
      if (!valid4) {
        const _errs25 = errors;
        if (typeof data4 === "string") {
          if (!pattern4.test(data4)) {
            const err14 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema65.properties.activeDeadlineSeconds.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.activeDeadlineSeconds.anyOf[1].type, parentSchema: schema65.properties.activeDeadlineSeconds.anyOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid3 = _errs25 === errors;
        valid4 = valid4 || _valid3;
      }
      if (!valid4) {
        const err16 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema65.properties.activeDeadlineSeconds.anyOf, parentSchema: schema65.properties.activeDeadlineSeconds, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "deploymentSpec" || key0 === "platform" || key0 === "config" || key0 === "pipelineConfig")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.deploymentSpec !== void 0) {
      let data0 = data.deploymentSpec;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "executors")) {
            const err1 = { instancePath: instancePath + "/deploymentSpec", schemaPath: "#/definitions/PlatformDeploymentConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.executors !== void 0) {
          let data1 = data0.executors;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key2 in data1) {
              let data2 = data1[key2];
              if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err2 = { instancePath: instancePath + "/deploymentSpec/executors/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/PlatformDeploymentConfig/properties/executors/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.executors.additionalProperties.type, parentSchema: schema64.properties.executors.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/deploymentSpec/executors", schemaPath: "#/definitions/PlatformDeploymentConfig/properties/executors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.executors.type, parentSchema: schema64.properties.executors, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/deploymentSpec", schemaPath: "#/definitions/PlatformDeploymentConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data3 = data.platform;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.platform.type, parentSchema: schema63.properties.platform, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data4 = data.config;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err6 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.properties.config.type, parentSchema: schema63.properties.config, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.pipelineConfig !== void 0) {
      if (!validate65(data.pipelineConfig, { instancePath: instancePath + "/pipelineConfig", parentData: data, parentDataProperty: "pipelineConfig", rootData })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "inputDefinitions" || key0 === "outputDefinitions" || key0 === "dag" || key0 === "executorLabel" || key0 === "singlePlatformSpecs" || key0 === "taskConfigPassthroughs")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.inputDefinitions !== void 0) {
      if (!validate31(data.inputDefinitions, { instancePath: instancePath + "/inputDefinitions", parentData: data, parentDataProperty: "inputDefinitions", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.outputDefinitions !== void 0) {
      if (!validate35(data.outputDefinitions, { instancePath: instancePath + "/outputDefinitions", parentData: data, parentDataProperty: "outputDefinitions", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.dag !== void 0) {
      if (!validate41(data.dag, { instancePath: instancePath + "/dag", parentData: data, parentDataProperty: "dag", rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.executorLabel !== void 0) {
      let data3 = data.executorLabel;
      if (typeof data3 !== "string") {
        const err1 = { instancePath: instancePath + "/executorLabel", schemaPath: "#/properties/executorLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.executorLabel.type, parentSchema: schema29.properties.executorLabel, data: data3 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.singlePlatformSpecs !== void 0) {
      let data4 = data.singlePlatformSpecs;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate64(data4[i0], { instancePath: instancePath + "/singlePlatformSpecs/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/singlePlatformSpecs", schemaPath: "#/properties/singlePlatformSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.singlePlatformSpecs.type, parentSchema: schema29.properties.singlePlatformSpecs, data: data4 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.taskConfigPassthroughs !== void 0) {
      let data6 = data.taskConfigPassthroughs;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!(key1 === "field" || key1 === "applyToTask")) {
                const err3 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1, schemaPath: "#/definitions/TaskConfigPassthrough/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data: data7 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data7.field !== void 0) {
              let data8 = data7.field;
              const _errs17 = errors;
              let valid7 = false;
              const _errs18 = errors;
              if (typeof data8 !== "string") {
                const err4 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1 + "/field", schemaPath: "#/definitions/TaskConfigPassthrough/properties/field/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.field.anyOf[0].type, parentSchema: schema68.properties.field.anyOf[0], data: data8 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (!(data8 === "NONE" || data8 === "RESOURCES" || data8 === "ENV" || data8 === "KUBERNETES_AFFINITY" || data8 === "KUBERNETES_TOLERATIONS" || data8 === "KUBERNETES_NODE_SELECTOR" || data8 === "KUBERNETES_VOLUMES")) {
                const err5 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1 + "/field", schemaPath: "#/definitions/TaskConfigPassthrough/properties/field/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema68.properties.field.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema68.properties.field.anyOf[0].enum, parentSchema: schema68.properties.field.anyOf[0], data: data8 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              var _valid0 = _errs18 === errors;
              valid7 = valid7 || _valid0;
              if (!valid7) {
                const _errs20 = errors;
                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                  const err6 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1 + "/field", schemaPath: "#/definitions/TaskConfigPassthrough/properties/field/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema68.properties.field.anyOf[1].type, parentSchema: schema68.properties.field.anyOf[1], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                var _valid0 = _errs20 === errors;
                valid7 = valid7 || _valid0;
              }
              if (!valid7) {
                const err7 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1 + "/field", schemaPath: "#/definitions/TaskConfigPassthrough/properties/field/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema68.properties.field.anyOf, parentSchema: schema68.properties.field, data: data8 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              } else {
                errors = _errs17;
                if (vErrors !== null) {
                  if (_errs17) {
                    vErrors.length = _errs17;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data7.applyToTask !== void 0) {
              let data9 = data7.applyToTask;
              if (typeof data9 !== "boolean") {
                const err8 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1 + "/applyToTask", schemaPath: "#/definitions/TaskConfigPassthrough/properties/applyToTask/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema68.properties.applyToTask.type, parentSchema: schema68.properties.applyToTask, data: data9 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/taskConfigPassthroughs/" + i1, schemaPath: "#/definitions/TaskConfigPassthrough/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/taskConfigPassthroughs", schemaPath: "#/properties/taskConfigPassthroughs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.taskConfigPassthroughs.type, parentSchema: schema29.properties.taskConfigPassthroughs, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if ((Object.hasOwn(data, "dag") ? 1 : 0) + (Object.hasOwn(data, "executorLabel") ? 1 : 0) > 1) {
      const set0 = ["dag", "executorLabel"].filter((f) => Object.hasOwn(data, f));
      const setText0 = set0.map((f) => '"' + f + '"').join(" and ");
      const err11 = { instancePath, schemaPath: "#/kfpOneof", keyword: "kfpOneof", params: { set: set0, group: ["dag", "executorLabel"] }, message: "sets " + setText0 + ", but only one of dag, executorLabel may be set", schema: schema29.kfpOneof, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pipelineInfo === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineInfo" }, message: "must have required property 'pipelineInfo'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.root === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "root" }, message: "must have required property 'root'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "pipelineInfo" || key0 === "deploymentSpec" || key0 === "sdkVersion" || key0 === "schemaVersion" || key0 === "components" || key0 === "root" || key0 === "defaultPipelineRoot")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.pipelineInfo !== void 0) {
      let data0 = data.pipelineInfo;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err3 = { instancePath: instancePath + "/pipelineInfo", schemaPath: "#/definitions/PipelineInfo/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema13.required, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "name" || key1 === "displayName" || key1 === "description")) {
            const err4 = { instancePath: instancePath + "/pipelineInfo", schemaPath: "#/definitions/PipelineInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 !== "string" && data1 !== null) {
            const err5 = { instancePath: instancePath + "/pipelineInfo/name", schemaPath: "#/definitions/PipelineInfo/properties/name/type", keyword: "type", params: { type: schema13.properties.name.type }, message: "must be string,null", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.displayName !== void 0) {
          let data2 = data0.displayName;
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/pipelineInfo/displayName", schemaPath: "#/definitions/PipelineInfo/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.displayName.type, parentSchema: schema13.properties.displayName, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          let data3 = data0.description;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/pipelineInfo/description", schemaPath: "#/definitions/PipelineInfo/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.description.type, parentSchema: schema13.properties.description, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/pipelineInfo", schemaPath: "#/definitions/PipelineInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.deploymentSpec !== void 0) {
      if (!validate12(data.deploymentSpec, { instancePath: instancePath + "/deploymentSpec", parentData: data, parentDataProperty: "deploymentSpec", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.sdkVersion !== void 0) {
      let data5 = data.sdkVersion;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/sdkVersion", schemaPath: "#/properties/sdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.sdkVersion.type, parentSchema: schema12.properties.sdkVersion, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data6 = data.schemaVersion;
      if (typeof data6 !== "string") {
        const err10 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.schemaVersion.type, parentSchema: schema12.properties.schemaVersion, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data7 = data.components;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!validate30(data7[key2], { instancePath: instancePath + "/components/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.components.type, parentSchema: schema12.properties.components, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      if (!validate30(data.root, { instancePath: instancePath + "/root", parentData: data, parentDataProperty: "root", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaultPipelineRoot !== void 0) {
      let data10 = data.defaultPipelineRoot;
      if (typeof data10 !== "string") {
        const err12 = { instancePath: instancePath + "/defaultPipelineRoot", schemaPath: "#/properties/defaultPipelineRoot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.defaultPipelineRoot.type, parentSchema: schema12.properties.defaultPipelineRoot, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var platform = validate73;
var schema69 = { "type": "object", "description": "ml_pipelines.PlatformSpec", "additionalProperties": false, "properties": { "platforms": { "type": "object", "additionalProperties": { "$ref": "#/definitions/SinglePlatformSpec" } } } };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "platforms")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.platforms !== void 0) {
      let data0 = data.platforms;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate64(data0[key1], { instancePath: instancePath + "/platforms/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/platforms", schemaPath: "#/properties/platforms/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.properties.platforms.type, parentSchema: schema69.properties.platforms, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function pipelineSpecValidators() {
  return { pipeline, platform };
}

// src/core/validate/schema.ts
function describe(value) {
  if (value === null) return "null (empty)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}\u2026` : shown;
  return `${typeof value} ${short}`;
}
var snakeToCamel = (s) => s.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
function messageName(schema) {
  const d = schema?.description;
  return typeof d === "string" && d.startsWith("ml_pipelines.") ? d : "this mapping";
}
var expectedWords = {
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  integer: "an integer",
  number: "a number"
};
function reportErrors(ctx, errors, document, prefix) {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}/`);
  for (const e of errors) {
    if (anyOfPaths.some((a) => `${e.instancePath}|${e.schemaPath}`.startsWith(a))) continue;
    const path = [...prefix, ...pointerToPath(e.instancePath)];
    const field = path.length > 0 ? `"${String(path[path.length - 1])}"` : "the document";
    const report2 = (code, message, at = path) => ctx.report(code, message, at, { document });
    switch (e.keyword) {
      case "additionalProperties": {
        const name = String(e.params.additionalProperty);
        const known = Object.keys(
          e.parentSchema.properties ?? {}
        );
        const camel = snakeToCamel(name);
        const hint = camel !== name && known.includes(camel) ? `; did you mean "${camel}"? (compiled IR uses camelCase)` : `; known fields: ${known.join(", ")}`;
        report2(
          "schema/unknown-field",
          `unknown field "${name}" in ${messageName(e.parentSchema)}: the KFP backend rejects unknown fields${hint}`,
          [...path, name]
        );
        break;
      }
      case "required": {
        const name = String(e.params.missingProperty);
        report2(
          "schema/missing-field",
          `required field "${name}" is missing from ${path.length ? field : "the top level"}; the KFP backend refuses a pipeline without it`
        );
        break;
      }
      case "type": {
        const want = String(e.params.type).split(",").map((t) => expectedWords[t] ?? t).join(" or ");
        report2("schema/wrong-type", `${field} must be ${want}, got ${describe(e.data)}`);
        break;
      }
      case "anyOf": {
        const branches = e.schema ?? [];
        const names = branches.find((b) => Array.isArray(b.enum))?.enum;
        if (names) {
          report2(
            "schema/bad-enum",
            `${field} is ${describe(e.data)}; it must be one of ${names.join(", ")}`
          );
        } else {
          const want = branches.some((b) => b.type === "number") ? "a number" : "an integer";
          report2("schema/wrong-type", `${field} must be ${want}, got ${describe(e.data)}`);
        }
        break;
      }
      case "kfpOneof":
        report2(
          "schema/oneof-conflict",
          `${field === "the document" ? "the document" : field} ${e.message ?? ""}`
        );
        break;
      case "pattern":
        report2(
          "schema/bad-value",
          `${field} is ${describe(e.data)}; expected a duration such as "30s"`
        );
        break;
      default:
        report2("schema/invalid", `${field} ${e.message ?? "is invalid"}`);
    }
  }
}
var checkSchema = (ctx) => {
  const { pipeline: pipeline2, platform: platform2 } = pipelineSpecValidators();
  if (!pipeline2(ctx.spec)) reportErrors(ctx, pipeline2.errors ?? [], 0, []);
  if (ctx.loaded.platform !== void 0 && !platform2(ctx.loaded.platform)) {
    reportErrors(ctx, platform2.errors ?? [], 1, []);
  }
};

// src/core/validate/types.ts
var UNSPECIFIED = "PARAMETER_TYPE_ENUM_UNSPECIFIED";
var GENERIC_ARTIFACT = "system.Artifact";
function parameterType(def) {
  const t = asString(asRecord(def)?.parameterType);
  return t === UNSPECIFIED ? void 0 : t;
}
function artifactType(def) {
  const d = asRecord(def);
  if (!d) return void 0;
  const schema = asRecord(d.artifactType);
  const title = asString(schema?.schemaTitle);
  const version = asString(schema?.schemaVersion);
  return {
    ...title !== void 0 ? { title } : {},
    ...version !== void 0 ? { version } : {},
    list: d.isArtifactList === true
  };
}
function showArtifact(t) {
  const name = `${t.title ?? "(custom type)"}${t.version ? `@${t.version}` : ""}`;
  return t.list ? `List[${name}]` : name;
}
function artifactsCompatible(given, expected) {
  if (given.list !== expected.list) return false;
  if (given.title === void 0 || expected.title === void 0) return true;
  if (given.title === GENERIC_ARTIFACT || expected.title === GENERIC_ARTIFACT) return true;
  if (given.title !== expected.title) return false;
  const major = (v) => (v ?? "0").split(".")[0];
  return major(given.version) === major(expected.version);
}
function parametersCompatible(given, expected) {
  const norm = (t) => t === "TASK_FINAL_STATUS" ? "STRUCT" : t;
  return norm(given) === norm(expected);
}
function constantFits(value, type) {
  switch (type) {
    case "STRING":
      return typeof value === "string";
    case "NUMBER_INTEGER":
      return typeof value === "number" && Number.isInteger(value);
    case "NUMBER_DOUBLE":
      return typeof value === "number";
    case "BOOLEAN":
      return typeof value === "boolean";
    case "LIST":
      return Array.isArray(value);
    case "STRUCT":
    case "TASK_CONFIG":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return true;
  }
}
function calleeDefs(scope, task) {
  const callee = calleeOf(scope, task);
  return callee ? { ref: componentRefOf(scope.tasks[task]), defs: definitions(callee) } : void 0;
}
var inputPath = (path, kind, input) => [
  ...path,
  "inputs",
  kind,
  input
];
var feeder = (scope, fromInput, producer, key) => fromInput !== void 0 ? `input "${fromInput}" of "${scope.owner}"` : `output "${key}" of task "${producer}"`;
function checkTaskInputs(scope, name, task, path) {
  const callee = calleeDefs(scope, name);
  if (!callee) return;
  const { ctx } = scope;
  const inputs = asRecord(task.inputs);
  const params = asRecord(inputs?.parameters) ?? {};
  const arts = asRecord(inputs?.artifacts) ?? {};
  for (const [input, spec] of entriesOf(params)) {
    const expected = parameterType(callee.defs.inputParameters[input]);
    if (expected === void 0 || has(spec, "parameterExpressionSelector")) continue;
    let given;
    let producer;
    let key;
    const fromTask = asRecord(spec.taskOutputParameter);
    if (fromTask) {
      producer = asString(fromTask.producerTask);
      key = asString(fromTask.outputParameterKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (p && key !== void 0) given = parameterType(p.defs.outputParameters[key]);
    }
    const fromInput = asString(spec.componentInputParameter);
    if (fromInput !== void 0) {
      given = parameterType(scope.ownerDefs.inputParameters[fromInput]);
    }
    if (has(spec, "taskFinalStatus")) {
      if (expected !== "TASK_FINAL_STATUS" && expected !== "STRUCT") {
        ctx.report(
          "types/mismatch",
          `input "${input}" of task "${name}" is ${expected}, but it is fed a task's final status, which only a PipelineTaskFinalStatus (TASK_FINAL_STATUS) input accepts`,
          inputPath(path, "parameters", input),
          { task: name }
        );
      }
      continue;
    }
    const runtime = asRecord(spec.runtimeValue);
    if (runtime && has(runtime, "constant")) {
      const value = runtime.constant;
      if (value !== null && !constantFits(value, expected)) {
        const shown = JSON.stringify(value) ?? String(value);
        ctx.report(
          "types/mismatch",
          `input "${input}" of task "${name}" is ${expected}, but its constant is ${shown.length > 60 ? `${shown.slice(0, 57)}\u2026` : shown}`,
          [...inputPath(path, "parameters", input), "runtimeValue", "constant"],
          { task: name }
        );
      }
      continue;
    }
    if (given !== void 0 && !parametersCompatible(given, expected)) {
      ctx.report(
        "types/mismatch",
        `input "${input}" of task "${name}" (component "${callee.ref}") is ${expected}, but it is fed ${feeder(scope, fromInput, producer, key)}, which is ${given}`,
        inputPath(path, "parameters", input),
        { task: name }
      );
    }
  }
  for (const [input, spec] of entriesOf(arts)) {
    const expected = artifactType(callee.defs.inputArtifacts[input]);
    if (!expected) continue;
    let given;
    let producer;
    let key;
    const fromTask = asRecord(spec.taskOutputArtifact);
    if (fromTask) {
      producer = asString(fromTask.producerTask);
      key = asString(fromTask.outputArtifactKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (p && key !== void 0) given = artifactType(p.defs.outputArtifacts[key]);
    }
    const fromInput = asString(spec.componentInputArtifact);
    if (fromInput !== void 0) {
      given = artifactType(scope.ownerDefs.inputArtifacts[fromInput]);
    }
    if (given && !artifactsCompatible(given, expected)) {
      ctx.report(
        "types/mismatch",
        `input artifact "${input}" of task "${name}" (component "${callee.ref}") is ${showArtifact(expected)}, but it is fed ${feeder(scope, fromInput, producer, key)}, which is ${showArtifact(given)}`,
        inputPath(path, "artifacts", input),
        { task: name }
      );
    }
  }
  const loopItems = new Set(
    ["parameterIterator", "artifactIterator"].map((k) => asString(asRecord(task[k])?.itemInput)).filter((s) => s !== void 0)
  );
  const missing = (kind, defs, given) => {
    for (const [input, def] of entriesOf(defs)) {
      if (def.isOptional === true || has(def, "defaultValue")) continue;
      if (has(given, input) || loopItems.has(input)) continue;
      ctx.report(
        "types/missing-input",
        `task "${name}" does not supply the required input ${kind} "${input}" of component "${callee.ref}" (it has no default and is not optional)`,
        inputs ? [...path, "inputs"] : path,
        { task: name }
      );
    }
  };
  missing("parameter", callee.defs.inputParameters, params);
  missing("artifact", callee.defs.inputArtifacts, arts);
}
function checkDagOutputs2(scope, dag, path) {
  const outputs = asRecord(dag.outputs);
  for (const [output, spec] of entriesOf(outputs?.parameters)) {
    const declared = parameterType(scope.ownerDefs.outputParameters[output]);
    if (declared === void 0) continue;
    const single = asRecord(spec.valueFromParameter);
    const oneof = asRecord(spec.valueFromOneof)?.parameterSelectors;
    const selectors = [];
    const at = [...path, "outputs", "parameters", output];
    if (single) selectors.push([single, [...at, "valueFromParameter"]]);
    if (Array.isArray(oneof)) {
      oneof.forEach((s, i) => {
        const r = asRecord(s);
        if (r) selectors.push([r, [...at, "valueFromOneof", "parameterSelectors", i]]);
      });
    }
    for (const [sel, selAt] of selectors) {
      const producer = asString(sel.producerSubtask);
      const key = asString(sel.outputParameterKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      if (!p || key === void 0) continue;
      const produced = parameterType(p.defs.outputParameters[key]);
      if (produced === void 0) continue;
      if (!parametersCompatible(produced, declared) && declared !== "LIST") {
        scope.ctx.report(
          "types/mismatch",
          `output "${output}" of "${scope.owner}" is declared ${declared}, but it surfaces output "${key}" of task "${producer}", which gives ${produced}`,
          selAt,
          { task: scope.owner }
        );
      }
    }
  }
  for (const [output, spec] of entriesOf(outputs?.artifacts)) {
    const declared = artifactType(scope.ownerDefs.outputArtifacts[output]);
    if (!declared) continue;
    const selectors = Array.isArray(spec.artifactSelectors) ? spec.artifactSelectors : [];
    selectors.forEach((s, i) => {
      const sel = asRecord(s);
      const producer = asString(sel?.producerSubtask);
      const key = asString(sel?.outputArtifactKey);
      const p = producer === void 0 ? void 0 : calleeDefs(scope, producer);
      const produced = p && key !== void 0 ? artifactType(p.defs.outputArtifacts[key]) : void 0;
      if (!produced) return;
      const ok = artifactsCompatible(produced, declared) || declared.list && artifactsCompatible({ ...produced, list: true }, declared);
      if (!ok) {
        scope.ctx.report(
          "types/mismatch",
          `output artifact "${output}" of "${scope.owner}" is declared ${showArtifact(declared)}, but it surfaces output "${key}" of task "${producer}", which gives ${showArtifact(produced)}`,
          [...path, "outputs", "artifacts", output, "artifactSelectors", i],
          { task: scope.owner }
        );
      }
    });
  }
}
var checkTypes = (ctx) => {
  const components = asRecord(ctx.spec.components) ?? {};
  const entries = listComponents(ctx.spec);
  for (const entry of entries) {
    const component = entry.component;
    const dag = asRecord(component.dag);
    if (!dag) continue;
    const scope = {
      ctx,
      owner: entry.name,
      ownerDefs: definitions(component),
      tasks: asRecord(dag.tasks) ?? {},
      components
    };
    const dagPath = [...entry.path, "dag"];
    for (const [name, task] of entriesOf(scope.tasks)) {
      checkTaskInputs(scope, name, task, [...dagPath, "tasks", name]);
    }
    checkDagOutputs2(scope, dag, dagPath);
  }
};

// src/core/validate/index.ts
var MAX_FINDINGS = 200;
var CHECKS = [
  ["schema", checkSchema],
  ["naming", checkNaming],
  ["graph", checkGraph],
  ["types", checkTypes],
  ["placeholders", checkPlaceholders],
  ["platform", checkPlatform]
];
var PIPELINE_FIELDS = ["pipelineInfo", "root", "components", "deploymentSpec", "schemaVersion"];
function notAPipeline(loaded) {
  const top = Object.keys(loaded.spec);
  if (top.some((k) => PIPELINE_FIELDS.includes(k))) return void 0;
  const { line, column } = loaded.locate([]);
  const shown = top.slice(0, 5).map((k) => JSON.stringify(k)).join(", ");
  return {
    code: "load/not-a-pipeline",
    severity: "error",
    message: `this is not compiled KFP IR: it has none of ${PIPELINE_FIELDS.join(", ")} (its top-level keys: ${shown || "none"}); validate the YAML the KFP compiler wrote`,
    file: loaded.file,
    line,
    column
  };
}
function validateLoaded(loaded) {
  const stranger = notAPipeline(loaded);
  if (stranger) return [stranger];
  const found = [];
  const ctx = createContext(loaded, found);
  for (const [family, check] of CHECKS) {
    try {
      check(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      found.push({
        code: "validate/internal-error",
        severity: "error",
        message: `the ${family} check failed on this document (${message}); please report it with the file`,
        file: loaded.file,
        line: 1,
        column: 1
      });
    }
  }
  return cap(inDocumentOrder(dedupe(found)), loaded.file);
}
function inDocumentOrder(found) {
  return found.map((d, i) => ({ d, i })).sort(
    (a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i
  ).map(({ d }) => d);
}
function dedupe(found) {
  const seen = /* @__PURE__ */ new Set();
  return found.filter((d) => {
    const key = `${d.code}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function cap(found, file) {
  if (found.length <= MAX_FINDINGS) return found;
  const kept = found.slice(0, MAX_FINDINGS);
  kept.push({
    code: "validate/too-many-findings",
    severity: "notice",
    message: `${found.length - MAX_FINDINGS} more findings not shown; fix the ones above first`,
    file,
    line: kept[kept.length - 1]?.line ?? 1,
    column: 1
  });
  return kept;
}
function result(diagnostics) {
  return { valid: !diagnostics.some((d) => d.severity === "error"), diagnostics };
}
function validateBytes(bytes, file, limits = DEFAULT_LIMITS) {
  const loaded = loadSpecBytes(bytes, file, limits);
  if (!loaded.ok) return result([...loaded.diagnostics]);
  return result([...loaded.diagnostics, ...validateLoaded(loaded.loaded)]);
}

export {
  DEFAULT_LIMITS,
  sizeDiagnostic,
  loadSpecBytes,
  validateLoaded,
  validateBytes
};
