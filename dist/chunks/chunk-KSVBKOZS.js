import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/check/python-imports.ts
import path from "node:path";
function parsePythonImports(text) {
  const out = [];
  const joined = text.replace(/\\\r?\n/g, " ").replace(/\(([^()]*)\)/g, (_m, inner) => `(${inner.replace(/\r?\n/g, " ")})`);
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    let m = /^from\s+(\.*[\w.]*)\s+import\s+(.+)$/.exec(line);
    if (m) {
      const base = m[1];
      const names = m[2].replace(/[()]/g, "").split(",");
      out.push(base);
      for (const n of names) {
        const name = n.trim().split(/\s+as\s+/)[0].trim();
        if (name && name !== "*")
          out.push(base.endsWith(".") ? `${base}${name}` : `${base}.${name}`);
      }
      continue;
    }
    m = /^import\s+(.+)$/.exec(line);
    if (m) {
      for (const n of m[1].split(",")) {
        const name = n.trim().split(/\s+as\s+/)[0].trim();
        if (name) out.push(name);
      }
    }
  }
  return out;
}
function moduleCandidates(name, fromFile) {
  let parts;
  if (name.startsWith(".")) {
    const dots = /^\.+/.exec(name)[0].length;
    let dir = path.posix.dirname(fromFile);
    for (let i = 1; i < dots; i++) dir = path.posix.dirname(dir);
    const rest = name.slice(dots).split(".").filter(Boolean);
    parts = [...dir === "." ? [] : dir.split("/"), ...rest];
  } else {
    parts = name.split(".").filter(Boolean);
  }
  if (!parts.length) return [];
  const stem = parts.join("/");
  return [`${stem}.py`, `${stem}/__init__.py`];
}
function importClosure(start, read) {
  const seen = /* @__PURE__ */ new Set([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    const text = read(file);
    if (text === void 0) continue;
    for (const name of parsePythonImports(text)) {
      for (const candidate of moduleCandidates(name, file)) {
        if (seen.has(candidate) || read(candidate) === void 0) continue;
        seen.add(candidate);
        queue.push(candidate);
        const parts = candidate.split("/");
        for (let i = parts.length - 1; i > 0; i--) {
          const init = [...parts.slice(0, i), "__init__.py"].join("/");
          if (!seen.has(init) && read(init) !== void 0) {
            seen.add(init);
            queue.push(init);
          }
        }
      }
    }
  }
  return seen;
}

// src/core/compile/scan.ts
var STRING_START = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")/;
function tokenize(text) {
  const out = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let atStatement = true;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "\n") {
      line++;
      lineStart = i + 1;
      i++;
      if (depth === 0) atStatement = true;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    const column = i - lineStart;
    const tokenLine = line;
    const starts = atStatement;
    atStatement = false;
    const quote = STRING_START.exec(text.slice(i, i + 5));
    if (quote) {
      const delimiter = quote[1];
      const prefix = quote[0].length - delimiter.length;
      const raw = /[rR]/.test(text.slice(i, i + prefix));
      let j = i + quote[0].length;
      let value = "";
      while (j < n) {
        if (text.startsWith(delimiter, j)) break;
        const ch = text[j];
        if (ch === "\n") {
          if (delimiter.length === 1) break;
          line++;
          lineStart = j + 1;
        }
        if (ch === "\\" && j + 1 < n) {
          if (text[j + 1] === "\n") {
            line++;
            lineStart = j + 2;
          }
          value += raw ? text.slice(j, j + 2) : text[j + 1];
          j += 2;
          continue;
        }
        value += ch;
        j++;
      }
      i = text.startsWith(delimiter, j) ? j + delimiter.length : j;
      out.push({ kind: "string", text: value, line: tokenLine, column, starts });
      continue;
    }
    const word = /^[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/.exec(text.slice(i, i + 200));
    if (word) {
      out.push({ kind: "name", text: word[0], line: tokenLine, column, starts });
      i += word[0].length;
      continue;
    }
    const num = /^\d[\w.]*/.exec(text.slice(i, i + 100));
    if (num) {
      out.push({ kind: "number", text: num[0], line: tokenLine, column, starts });
      i += num[0].length;
      continue;
    }
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ";" && depth === 0) atStatement = true;
    out.push({ kind: "op", text: c, line: tokenLine, column, starts });
    i++;
  }
  return out;
}
function statements(tokens) {
  const out = [];
  for (const t of tokens) {
    if (t.starts || out.length === 0) out.push([]);
    out[out.length - 1].push(t);
  }
  return out.map((s) => s.at(-1)?.text === ";" ? s.slice(0, -1) : s).filter((s) => s.length > 0);
}
function dotted(tokens, from) {
  const parts = [];
  let i = from;
  while (tokens[i]?.kind === "name") {
    parts.push(tokens[i].text);
    if (tokens[i + 1]?.text !== ".") {
      i++;
      break;
    }
    i += 2;
  }
  return { name: parts.join("."), used: i - from };
}
function scanPython(text) {
  const stmts = statements(tokenize(text));
  const dslNames = /* @__PURE__ */ new Set(["dsl", "kfp.dsl", "kfp.v2.dsl"]);
  const pipelineNames = /* @__PURE__ */ new Set();
  const imported = /* @__PURE__ */ new Map();
  for (const s of stmts) {
    if (s[0]?.text === "from" && s[0].kind === "name") {
      const mod = dotted(s, 1);
      const module = s.slice(
        1,
        s.findIndex((t) => t.text === "import")
      ).map((t) => t.text).join("");
      const at = s.findIndex((t) => t.text === "import");
      if (at === -1) continue;
      const names = s.slice(at + 1).filter((t) => t.text !== "(" && t.text !== ")");
      for (let i = 0; i < names.length; i++) {
        if (names[i].kind !== "name") continue;
        const name = names[i].text;
        let alias = name;
        if (names[i + 1]?.text === "as" && names[i + 2]?.kind === "name") {
          alias = names[i + 2].text;
          i += 2;
        }
        imported.set(alias, { module, name });
        const full = `${mod.name}.${name}`;
        if (full === "kfp.dsl" || full === "kfp.v2.dsl") dslNames.add(alias);
        if (full === "kfp.dsl.pipeline" || full === "kfp.v2.dsl.pipeline") pipelineNames.add(alias);
      }
    } else if (s[0]?.text === "import" && s[0].kind === "name") {
      for (let i = 1; i < s.length; ) {
        const mod = dotted(s, i);
        if (!mod.used) {
          i++;
          continue;
        }
        i += mod.used;
        if (s[i]?.text === "as" && s[i + 1]?.kind === "name") {
          if (mod.name === "kfp.dsl" || mod.name === "kfp.v2.dsl") dslNames.add(s[i + 1].text);
          if (mod.name === "kfp") dslNames.add(`${s[i + 1].text}.dsl`);
          i += 2;
        }
      }
    }
  }
  const isPipelineDecorator = (name) => {
    if (pipelineNames.has(name)) return true;
    const dot = name.lastIndexOf(".");
    return dot > 0 && name.slice(dot + 1) === "pipeline" && dslNames.has(name.slice(0, dot));
  };
  const pipelines = [];
  const blocks = [];
  let decorators = [];
  for (let k = 0; k < stmts.length; k++) {
    const s = stmts[k];
    const first = s[0];
    while (blocks.length && first.column <= blocks[blocks.length - 1]) blocks.pop();
    if (first.text === "@" && first.kind === "op") {
      const deco = dotted(s, 1);
      let name;
      const args = s.slice(1 + deco.used);
      for (let i = 0; i + 2 < args.length; i++) {
        if (args[i].text === "name" && args[i + 1].text === "=" && args[i + 2].kind === "string") {
          const after = args[i + 3]?.text;
          if (after === "," || after === ")") name = args[i + 2].text;
        }
      }
      decorators.push({
        line: first.line,
        pipeline: isPipelineDecorator(deco.name),
        ...name !== void 0 ? { name } : {}
      });
      continue;
    }
    const defAt = first.text === "async" ? 1 : 0;
    const isDef = s[defAt]?.text === "def" && s[defAt + 1]?.kind === "name";
    if (isDef || first.text === "class") {
      const pipelineDeco = decorators.find((d) => d.pipeline);
      if (isDef && pipelineDeco && blocks.length === 0) {
        const calls = /* @__PURE__ */ new Set();
        const body = [s];
        for (let j = k + 1; j < stmts.length && stmts[j][0].column > first.column; j++)
          body.push(stmts[j]);
        for (const b of body) {
          b.forEach((t, i) => {
            if (t.kind === "name" && b[i + 1]?.text === "(" && b[i - 1]?.text !== ".")
              calls.add(t.text);
          });
        }
        pipelines.push({
          function: s[defAt + 1].text,
          line: pipelineDeco.line,
          ...pipelineDeco.name !== void 0 ? { name: pipelineDeco.name } : {},
          calls: [...calls].filter((c) => c !== s[defAt + 1].text)
        });
      }
      blocks.push(first.column);
    }
    decorators = [];
  }
  return { pipelines, imported };
}
function outermostPipelines(modules) {
  const inner = /* @__PURE__ */ new Set();
  const byFile = new Map(modules.map((m) => [m.file, m]));
  for (const m of modules) {
    const local = new Set(m.scan.pipelines.map((p) => p.function));
    for (const p of m.scan.pipelines) {
      for (const call of p.calls) {
        if (local.has(call)) {
          inner.add(`${m.file}\0${call}`);
          continue;
        }
        const from = m.scan.imported.get(call);
        if (!from) continue;
        for (const candidate of moduleCandidates(from.module, m.file)) {
          if (byFile.get(candidate)?.scan.pipelines.some((q) => q.function === from.name))
            inner.add(`${candidate}\0${from.name}`);
        }
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const m of modules) {
    out.set(
      m.file,
      m.scan.pipelines.filter((p) => !inner.has(`${m.file}\0${p.function}`))
    );
  }
  return out;
}
function looksLikePipelineSpec(text) {
  if (/^\s*[{[]/.test(text)) {
    return /"pipelineInfo"\s*:/.test(text) && /"root"\s*:/.test(text) && /"schemaVersion"\s*:/.test(text);
  }
  return /^pipelineInfo:/m.test(text) && /^root:/m.test(text) && /^schemaVersion:/m.test(text);
}

export {
  importClosure,
  scanPython,
  outermostPipelines,
  looksLikePipelineSpec
};
