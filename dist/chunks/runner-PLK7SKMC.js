import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  errorHeadline,
  plain
} from "./chunk-BZ564SMW.js";
import {
  formatDuration
} from "./chunk-RGIAAWDF.js";
import "./chunk-BKUIOZJQ.js";
import {
  taskDependencies,
  topologicalOrder
} from "./chunk-2LV6Y5RJ.js";
import {
  canonicalJson,
  sha256,
  specDigest,
  stableEmbeddedArchives
} from "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import {
  checkParameters
} from "./chunk-ORKUXPMH.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/local/runner.ts
import path8 from "node:path";

// src/local/cache.ts
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
function cacheKey(input) {
  if (input.customKey) return sha256(canonicalJson({ customKey: input.customKey }));
  return sha256(
    stableEmbeddedArchives(
      canonicalJson({
        v: 1,
        inputDefinitions: input.component.inputDefinitions ?? {},
        outputDefinitions: input.component.outputDefinitions ?? {},
        executor: input.executor,
        parameters: input.parameters,
        artifacts: Object.fromEntries(
          Object.entries(input.artifacts).map(([k, list]) => [
            k,
            list.map((a) => ({ uri: a.uri, metadata: a.metadata, type: a.type.schemaTitle }))
          ])
        )
      })
    )
  );
}
var FileTaskCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  get(key) {
    const file = path.join(this.dir, `${key}.json`);
    if (!existsSync(file)) return void 0;
    try {
      const entry = JSON.parse(readFileSync(file, "utf8"));
      return (entry.files ?? []).every((f) => existsSync(f)) ? entry : void 0;
    } catch {
      return void 0;
    }
  }
  put(entry) {
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${entry.key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  }
};
var noCache = { get: () => void 0, put: () => {
} };

// src/local/orchestrator.ts
import { randomBytes } from "node:crypto";
import { mkdirSync as mkdirSync4, writeFileSync as writeFileSync4 } from "node:fs";
import path7 from "node:path";

// src/local/dag.ts
import path5 from "node:path";

// src/local/condition.ts
var ConditionError = class extends Error {
  constructor(message, expression) {
    super(`condition ${JSON.stringify(expression)}: ${message}`);
    this.expression = expression;
    this.name = "ConditionError";
  }
  expression;
};
var OPS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "-", "(", ")", "[", "]", ".", ","];
function tokenize(src) {
  const out = [];
  let i = 0;
  const fail = (m) => {
    throw new ConditionError(`${m} at column ${i + 1}`, src);
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i++;
      let s = "";
      while (i < src.length && src[i] !== c) {
        if (src[i] === "\\") {
          const next = src[i + 1];
          const map = {
            n: "\n",
            t: "	",
            r: "\r",
            a: "\x07",
            b: "\b",
            f: "\f",
            v: "\v",
            "\\": "\\",
            "'": "'",
            '"': '"',
            "`": "`",
            "?": "?"
          };
          const numeric = /^(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([0-3][0-7]{2}))/.exec(
            src.slice(i + 1)
          );
          if (numeric) {
            const [all, x, u, U, o] = numeric;
            const code = x ?? u ?? U ? parseInt(x ?? u ?? U, 16) : parseInt(o, 8);
            if (code > 1114111 || code >= 55296 && code <= 57343) fail("invalid escape");
            s += String.fromCodePoint(code);
            i += 1 + all.length;
            continue;
          }
          if (next === void 0 || !(next in map)) fail("unsupported escape in a string");
          s += map[next];
          i += 2;
        } else s += src[i++];
      }
      if (i >= src.length) {
        i = start;
        fail("unterminated string");
      }
      i++;
      out.push({ kind: "string", value: s, pos: start });
      continue;
    }
    const numMatch = /^(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+)/.exec(src.slice(i));
    if (numMatch) {
      out.push({ kind: "number", value: Number(numMatch[1]), pos: i });
      i += numMatch[1].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ kind: "ident", value: id[0], pos: i });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) fail(`unexpected character ${JSON.stringify(c)}`);
    out.push({ kind: "op", value: op, pos: i });
    i += op.length;
  }
  out.push({ kind: "end", pos: src.length });
  return out;
}
var FUNCTIONS = /* @__PURE__ */ new Set(["int", "double", "string", "bool"]);
function parse(src) {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const fail = (m, tok = peek()) => {
    throw new ConditionError(`${m} at column ${tok.pos + 1}`, src);
  };
  const isOp = (v) => {
    const t = peek();
    return t.kind === "op" && t.value === v;
  };
  const expect = (v) => {
    if (!isOp(v)) fail(`expected "${v}"`);
    p++;
  };
  const primary = () => {
    const t = peek();
    if (t.kind === "string" || t.kind === "number") {
      p++;
      return { t: "lit", v: t.value };
    }
    if (t.kind === "op" && t.value === "(") {
      p++;
      const e = or();
      expect(")");
      return e;
    }
    if (t.kind === "ident") {
      p++;
      if (t.value === "true" || t.value === "false") return { t: "lit", v: t.value === "true" };
      if (t.value === "null") return { t: "lit", v: null };
      if (FUNCTIONS.has(t.value) && isOp("(")) {
        p++;
        const arg = or();
        expect(")");
        return { t: "call", fn: t.value, arg };
      }
      if (t.value === "inputs") {
        expect(".");
        const field = peek();
        if (field.kind !== "ident" || field.value !== "parameter_values") {
          fail("only inputs.parameter_values[\u2026] can be read", field);
        }
        p++;
        expect("[");
        const key = peek();
        if (key.kind !== "string") fail("expected a quoted parameter name", key);
        p++;
        expect("]");
        return { t: "param", key: key.value };
      }
      fail(`unknown name "${t.value}"`, t);
    }
    return fail(t.kind === "end" ? "unexpected end" : "unexpected token");
  };
  const unary = () => {
    if (isOp("!")) {
      p++;
      return { t: "not", e: unary() };
    }
    if (isOp("-")) {
      p++;
      return { t: "neg", e: unary() };
    }
    return primary();
  };
  const comparison = () => {
    let l = unary();
    for (; ; ) {
      const t = peek();
      if (t.kind === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(t.value)) {
        p++;
        l = { t: "bin", op: t.value, l, r: unary() };
      } else return l;
    }
  };
  const and = () => {
    let l = comparison();
    while (isOp("&&")) {
      p++;
      l = { t: "bin", op: "&&", l, r: comparison() };
    }
    return l;
  };
  const or = () => {
    let l = and();
    while (isOp("||")) {
      p++;
      l = { t: "bin", op: "||", l, r: and() };
    }
    return l;
  };
  const tree = or();
  if (peek().kind !== "end") fail("unexpected token");
  return tree;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  return typeof v === "object" ? "map" : typeof v;
}
var INT_LIMIT = 2 ** 63;
var DOUBLE_TEXT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
var BOOL_TEXT = {
  "1": true,
  t: true,
  true: true,
  TRUE: true,
  True: true,
  "0": false,
  f: false,
  false: false,
  FALSE: false,
  False: false
};
function parseDouble(text) {
  const lower = text.toLowerCase().replace(/^\+/, "");
  if (lower === "nan" || lower === "-nan") return NaN;
  if (lower === "inf" || lower === "infinity") return Infinity;
  if (lower === "-inf" || lower === "-infinity") return -Infinity;
  return Number(text);
}
function convert(fn, v, src) {
  const bad = (why = "") => {
    throw new ConditionError(
      `${fn}() cannot convert ${typeName(v)} ${JSON.stringify(v)}${why}`,
      src
    );
  };
  switch (fn) {
    case "int": {
      if (typeof v === "string" && !/^[+-]?\d+$/.test(v)) bad(" (not an integer)");
      const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : bad();
      if (!Number.isFinite(n) || Math.abs(Math.trunc(n)) >= INT_LIMIT) bad(" (out of range)");
      return Math.trunc(n);
    }
    case "double": {
      if (typeof v === "number") return v;
      if (typeof v === "string" && DOUBLE_TEXT.test(v)) return parseDouble(v);
      return bad();
    }
    case "string":
      if (typeof v === "string") return v;
      if (typeof v === "number" || typeof v === "boolean") return String(v);
      return bad();
    default: {
      if (typeof v === "boolean") return v;
      if (typeof v === "string" && Object.hasOwn(BOOL_TEXT, v)) return BOOL_TEXT[v];
      return bad();
    }
  }
}
function celEqual(a, b) {
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => celEqual(x, b[i]));
  }
  if (typeof a === "object" || typeof b === "object") {
    if (typeof a !== "object" || typeof b !== "object") return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && celEqual(a[k], b[k]));
  }
  return a === b;
}
function compareStrings(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
function attempt(node, params, src) {
  try {
    return { ok: true, v: evaluate(node, params, src) };
  } catch (error) {
    if (error instanceof ConditionError) return { ok: false, error };
    throw error;
  }
}
function evaluate(node, params, src) {
  switch (node.t) {
    case "lit":
      return node.v;
    case "param": {
      if (!(node.key in params)) {
        throw new ConditionError(`input parameter "${node.key}" has no value`, src);
      }
      return params[node.key];
    }
    case "call":
      return convert(node.fn, evaluate(node.arg, params, src), src);
    case "not": {
      const v = evaluate(node.e, params, src);
      if (typeof v !== "boolean")
        throw new ConditionError(`"!" needs a boolean, got ${typeName(v)}`, src);
      return !v;
    }
    case "neg": {
      const v = evaluate(node.e, params, src);
      if (typeof v !== "number")
        throw new ConditionError(`"-" needs a number, got ${typeName(v)}`, src);
      return -v;
    }
    case "bin": {
      if (node.op === "&&" || node.op === "||") {
        const decisive = node.op === "||";
        const l2 = attempt(node.l, params, src);
        if (l2.ok && l2.v === decisive) return decisive;
        const r2 = attempt(node.r, params, src);
        if (r2.ok && r2.v === decisive) return decisive;
        for (const side of [l2, r2]) {
          if (!side.ok) throw side.error;
          if (typeof side.v !== "boolean")
            throw new ConditionError(`"${node.op}" needs booleans, got ${typeName(side.v)}`, src);
        }
        return !decisive;
      }
      const l = evaluate(node.l, params, src);
      const r = evaluate(node.r, params, src);
      if (node.op === "==") return celEqual(l, r);
      if (node.op === "!=") return !celEqual(l, r);
      let order;
      if (typeof l === "number" && typeof r === "number") order = l < r ? -1 : l > r ? 1 : 0;
      else if (typeof l === "string" && typeof r === "string") order = compareStrings(l, r);
      else if (typeof l === "boolean" && typeof r === "boolean") order = Number(l) - Number(r);
      else throw new ConditionError(`cannot compare ${typeName(l)} ${node.op} ${typeName(r)}`, src);
      if (Number.isNaN(l) || Number.isNaN(r)) return false;
      switch (node.op) {
        case "<":
          return order < 0;
        case "<=":
          return order <= 0;
        case ">":
          return order > 0;
        default:
          return order >= 0;
      }
    }
  }
}
function evaluateCondition(expression, params) {
  let v;
  try {
    v = evaluate(parse(expression), params, expression);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ConditionError("is nested too deeply to evaluate", expression);
    }
    throw error;
  }
  if (typeof v !== "boolean") {
    throw new ConditionError(
      `evaluates to ${typeName(v)} ${JSON.stringify(v)}, not true or false`,
      expression
    );
  }
  return v;
}

// src/local/executor-task.ts
import { existsSync as existsSync4, mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path4 from "node:path";

// src/local/executor-input.ts
import path2 from "node:path";
var EXECUTOR_OUTPUT_FILE = "executor_output.json";
function artifactType(t) {
  return {
    schemaTitle: t?.schemaTitle ?? "system.Artifact",
    ...t?.schemaVersion ? { schemaVersion: t.schemaVersion } : {}
  };
}
function typed(component, name, value) {
  const type = component.inputDefinitions?.parameters?.[name]?.parameterType;
  if (type === "NUMBER_INTEGER" && typeof value === "number") return Math.trunc(value);
  if (type === "NUMBER_INTEGER" && typeof value === "string" && /^-?\d+(\.0*)?$/.test(value.trim())) {
    return Math.trunc(Number(value));
  }
  return value;
}
function buildExecutorInput(component, parameters, artifacts, taskRoot) {
  const parameterValues = {};
  for (const [name, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (name in parameters) continue;
    if (spec.defaultValue !== void 0) {
      parameterValues[name] = typed(component, name, spec.defaultValue);
    }
  }
  for (const [name, value] of Object.entries(parameters)) {
    parameterValues[name] = typed(component, name, value);
  }
  const inputArtifacts = {};
  for (const [name, list] of Object.entries(artifacts)) {
    inputArtifacts[name] = { artifacts: list.map((a) => ({ ...a, metadata: { ...a.metadata } })) };
  }
  const outParams = {};
  for (const name of Object.keys(component.outputDefinitions?.parameters ?? {})) {
    outParams[name] = { outputFile: path2.join(taskRoot, "outputs", name) };
  }
  const outArtifacts = {};
  for (const [name, spec] of Object.entries(component.outputDefinitions?.artifacts ?? {})) {
    outArtifacts[name] = {
      artifacts: [
        {
          name,
          type: artifactType(spec.artifactType),
          uri: path2.join(taskRoot, "artifacts", name),
          metadata: {}
        }
      ]
    };
  }
  return {
    inputs: { parameterValues, artifacts: inputArtifacts },
    outputs: {
      parameters: outParams,
      artifacts: outArtifacts,
      outputFile: path2.join(taskRoot, EXECUTOR_OUTPUT_FILE)
    }
  };
}

// src/local/outputs.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseParameterText(text, type) {
  if (type === "STRING" || type === void 0) return text;
  const t = type === "BOOLEAN" ? text.trim().toLowerCase() : text.trim();
  const value = JSON.parse(t);
  if (type === "NUMBER_INTEGER" && typeof value === "number") return Math.trunc(value);
  return value;
}
function mergeOutputs(component, executorInput, executorOutput, parameterFiles) {
  const declared = component.outputDefinitions?.parameters ?? {};
  const parameters = {};
  const artifacts = {};
  for (const [name, list] of Object.entries(executorInput.outputs.artifacts)) {
    artifacts[name] = list.artifacts.map((a) => ({ ...a, metadata: { ...a.metadata } }));
  }
  if (executorOutput !== void 0) {
    if (!isRecord(executorOutput))
      return { ok: false, error: "executor_output.json is not a JSON object" };
    const values = executorOutput.parameterValues ?? executorOutput.parameters;
    if (isRecord(values)) {
      for (const [k, v] of Object.entries(values)) {
        const plain2 = isRecord(v) && ("stringValue" in v || "intValue" in v || "doubleValue" in v) ? v.stringValue ?? v.intValue ?? v.doubleValue : v;
        parameters[k] = declared[k]?.parameterType === "NUMBER_INTEGER" && typeof plain2 === "number" ? Math.trunc(plain2) : plain2;
      }
    }
    if (isRecord(executorOutput.artifacts)) {
      for (const [name, list] of Object.entries(executorOutput.artifacts)) {
        if (!isRecord(list) || !Array.isArray(list.artifacts)) continue;
        const defaults = artifacts[name] ?? [];
        artifacts[name] = list.artifacts.filter(isRecord).map((a, i) => {
          const base = defaults[i] ?? defaults[0];
          return {
            name: typeof a.name === "string" && a.name ? a.name : base?.name ?? name,
            type: base?.type ?? { schemaTitle: "system.Artifact" },
            uri: typeof a.uri === "string" && a.uri ? a.uri : base?.uri ?? "",
            metadata: isRecord(a.metadata) ? a.metadata : base?.metadata ?? {}
          };
        });
      }
    }
  }
  for (const [name, text] of Object.entries(parameterFiles)) {
    try {
      parameters[name] = parseParameterText(text, declared[name]?.parameterType);
    } catch {
      return {
        ok: false,
        error: `output parameter "${name}" is typed ${declared[name]?.parameterType} but its file holds ${JSON.stringify(text.slice(0, 80))}, which is not JSON`
      };
    }
  }
  const missing = Object.keys(declared).filter((n) => !(n in parameters));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `the task ended without writing its output parameter${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} (neither in executor_output.json nor in the output file)`
    };
  }
  return { ok: true, outputs: { parameters, artifacts } };
}
function readTaskOutputs(component, executorInput) {
  let executorOutput;
  const file = executorInput.outputs.outputFile;
  if (existsSync2(file)) {
    try {
      executorOutput = JSON.parse(readFileSync2(file, "utf8"));
    } catch (error) {
      return { ok: false, error: `${file} is not valid JSON: ${error.message}` };
    }
  }
  const parameterFiles = {};
  for (const [name, p] of Object.entries(executorInput.outputs.parameters)) {
    if (existsSync2(p.outputFile)) parameterFiles[name] = readFileSync2(p.outputFile, "utf8");
  }
  return mergeOutputs(component, executorInput, executorOutput, parameterFiles);
}

// src/local/placeholders.ts
var PlaceholderError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PlaceholderError";
  }
};
function isProvided(ei, name) {
  const p = ei.inputs.parameterValues[name];
  if (p !== void 0 && p !== null) return true;
  const a = ei.inputs.artifacts[name];
  return a !== void 0 && a.artifacts.length > 0;
}
function resolveStruct(value, ei) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => resolveStruct(v, ei));
  if (value && typeof value === "object") {
    if (Array.isArray(value.Concat)) {
      return [value.Concat.map((part) => resolveStruct(part, ei).join("")).join("")];
    }
    if (value.IfPresent && typeof value.IfPresent.InputName === "string") {
      const branch = isProvided(ei, value.IfPresent.InputName) ? value.IfPresent.Then : value.IfPresent.Else;
      return branch === void 0 || branch === null ? [] : resolveStruct(branch, ei);
    }
  }
  throw new PlaceholderError(`unsupported structural placeholder ${JSON.stringify(value)}`);
}
function structOf(element) {
  const t = element.trimStart();
  if (!t.startsWith('{"Concat"') && !t.startsWith('{"IfPresent"')) return void 0;
  try {
    return JSON.parse(element);
  } catch {
    throw new PlaceholderError(
      `structural placeholder is not valid JSON: ${element.slice(0, 120)}`
    );
  }
}
var asText = (v) => typeof v === "string" ? v : JSON.stringify(v);
function firstArtifact(list, what) {
  const a = list?.artifacts[0];
  if (!a) throw new PlaceholderError(`${what} has no artifact`);
  return a;
}
function lookup(body, ctx) {
  const ei = ctx.executorInput;
  const simple = {
    "outputs.output_file": ei.outputs.outputFile,
    outputMetadataUri: ei.outputs.outputFile,
    pipeline_job_name: ctx.jobName,
    pipeline_job_resource_name: ctx.jobName,
    pipeline_job_uuid: ctx.jobId,
    pipeline_task_name: ctx.taskName,
    pipeline_task_uuid: ctx.taskId,
    pipeline_root: ctx.pipelineRoot,
    workspace_path: ctx.workspacePath,
    pipeline_job_create_time_utc: ctx.createTime,
    pipeline_job_schedule_time_utc: ctx.createTime
  };
  if (body in simple) return simple[body];
  const m = /^(inputs|outputs)\.(parameters|artifacts)\['([^']*)'\](?:\.(\w+))?(?:\['([^']*)'\])?$/.exec(
    body
  );
  if (!m) throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
  const [, side, kind, name, field, key] = m;
  if (side === "inputs" && kind === "parameters") {
    const v = ei.inputs.parameterValues[name];
    if (v === void 0) throw new PlaceholderError(`input parameter "${name}" has no value`);
    if (field) throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
    return asText(v);
  }
  if (side === "outputs" && kind === "parameters") {
    const p = ei.outputs.parameters[name];
    if (!p) throw new PlaceholderError(`the component declares no output parameter "${name}"`);
    if (field !== "output_file")
      throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
    return p.outputFile;
  }
  const lists = side === "inputs" ? ei.inputs.artifacts : ei.outputs.artifacts;
  const list = lists[name];
  const what = `${side === "inputs" ? "input" : "output"} artifact "${name}"`;
  if (!list) throw new PlaceholderError(`${what} has no value`);
  if (!field) return JSON.stringify(list);
  const artifact = firstArtifact(list, what);
  if (field === "uri" || field === "path") return artifact.uri;
  if (field === "metadata")
    return key !== void 0 ? asText(artifact.metadata[key]) : JSON.stringify(artifact.metadata);
  throw new PlaceholderError(`unsupported placeholder {{$.${body}}}`);
}
var REF = /\{\{\$(?:\.([^}]*?))?\}\}/g;
function resolveString(text, ctx) {
  return text.replace(
    REF,
    (_all, body) => body === void 0 ? JSON.stringify(ctx.executorInput) : lookup(body, ctx)
  );
}
function resolveSelfReferences(ctx) {
  const ei = ctx.executorInput;
  const values = {};
  for (const [k, v] of Object.entries(ei.inputs.parameterValues)) {
    values[k] = typeof v === "string" && v.includes("{{$") ? resolveString(v, ctx) : v;
  }
  return { ...ei, inputs: { ...ei.inputs, parameterValues: values } };
}
function resolveCommand(elements, ctx) {
  const out = [];
  for (const element of elements) {
    const struct = structOf(element);
    const parts2 = struct !== void 0 ? resolveStruct(struct, ctx.executorInput) : [element];
    for (const part of parts2) out.push(resolveString(part, ctx));
  }
  return out;
}

// src/local/python-env.ts
import {
  accessSync,
  chmodSync,
  constants,
  existsSync as existsSync3,
  mkdirSync as mkdirSync2,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync as writeFileSync2
} from "node:fs";
import path3 from "node:path";
var shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
function resolveInterpreter(python, cwd, pathEnv) {
  if (python.includes("/")) {
    const file = path3.resolve(cwd, python);
    if (isExecutable(file)) return file;
  } else {
    for (const dir of (pathEnv ?? "").split(path3.delimiter).filter(Boolean)) {
      const file = path3.join(dir, python);
      if (isExecutable(file)) return file;
    }
  }
  throw new UserError(
    `the Python interpreter "${python}" was not found${python.includes("/") ? "" : " on PATH"}; Python components run with it \u2014 create the project venv (scripts/setup.sh makes .venv with the pinned kfp) or pass --python / the python input`
  );
}
function writePythonShims(dir, python) {
  mkdirSync2(dir, { recursive: true });
  const py = shQuote(python);
  const skipped = `echo "[kfp-action] pip install skipped: packages come from ${python.replace(/["$`\\]/g, "")} (offline)" >&2`;
  const pythonShim = [
    "#!/bin/sh",
    "# kfp-action: the venv interpreter; KFP's pip install preamble is satisfied from the venv.",
    'if [ "$1" = "-m" ] && [ "$2" = "pip" ] && [ "$3" = "install" ]; then',
    `  ${skipped}`,
    "  exit 0",
    "fi",
    'if [ "$1" = "-m" ] && [ "$2" = "ensurepip" ]; then exit 0; fi',
    `exec ${py} "$@"`,
    ""
  ].join("\n");
  const pipShim = [
    "#!/bin/sh",
    'if [ "$1" = "install" ]; then',
    `  ${skipped}`,
    "  exit 0",
    "fi",
    `exec ${py} -m pip "$@"`,
    ""
  ].join("\n");
  for (const [name, text] of [
    ["python3", pythonShim],
    ["python", pythonShim],
    ["pip", pipShim],
    ["pip3", pipShim]
  ]) {
    const file = path3.join(dir, name);
    writeFileSync2(file, text);
    chmodSync(file, 493);
  }
  return dir;
}
function directPythonDir(python) {
  const dir = path3.dirname(python);
  try {
    const real = realpathSync(python);
    for (const name of ["python3", "python"]) {
      if (realpathSync(path3.join(dir, name)) !== real) return void 0;
    }
    return dir;
  } catch {
    return void 0;
  }
}
var ENSURE_PIP = /^if ! \[ -x "\$\(command -v pip\)" \]; then\n[^]*?\nfi\s*/;
var RUN_REST = '"$0" "$@"';
function withoutPipPreamble(argv) {
  if (argv.length < 4 || argv[0] !== "sh" || argv[1] !== "-c") return void 0;
  const script = argv[2].trim().replace(ENSURE_PIP, "");
  if (!script.endsWith(`&& ${RUN_REST}`)) return void 0;
  const steps = script.slice(0, -RUN_REST.length).split("&&").map((step) => step.trim()).filter(Boolean);
  if (steps.length === 0) return void 0;
  for (const step of steps) {
    const unquoted = step.replace(/'[^']*'/g, "''");
    if (!/^(?:[A-Z_]+=\S+ )*python3? -m pip install /.test(unquoted)) return void 0;
    if (/[;&|`$()<>\n"\\]/.test(unquoted)) return void 0;
  }
  return argv.slice(3);
}
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "_");
}
function pipRequirements(command) {
  const out = [];
  for (const element of command) {
    for (const m of element.matchAll(/pip install ([^\n]*?)(?:&&|\n|$)/g)) {
      const words = [...(m[1] ?? "").matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
        (w) => w[1] ?? w[2] ?? w[3] ?? ""
      );
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w.startsWith("-")) {
          if ([
            "--index-url",
            "--extra-index-url",
            "-i",
            "--trusted-host",
            "-f",
            "--find-links"
          ].includes(w))
            i++;
          continue;
        }
        if (w.includes(";") || w.includes("$") || w.includes("\\")) continue;
        if (/^[A-Za-z0-9]/.test(w)) out.push(w);
      }
    }
  }
  return [...new Set(out)];
}
function installedDistributions(python) {
  const venv = path3.dirname(path3.dirname(python));
  if (!existsSync3(path3.join(venv, "pyvenv.cfg"))) return void 0;
  const lib = path3.join(venv, "lib");
  const names = /* @__PURE__ */ new Set();
  try {
    for (const pyDir of readdirSync(lib)) {
      const site = path3.join(lib, pyDir, "site-packages");
      if (!existsSync3(site)) continue;
      for (const entry of readdirSync(site)) {
        const m = /^(.+?)-[^-]+\.(dist-info|egg-info)$/.exec(entry);
        if (m) names.add(normalizeName(m[1]));
      }
    }
  } catch {
    return void 0;
  }
  return names;
}
function missingRequirements(requirements, installed) {
  return requirements.filter((r) => {
    const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(r)?.[0];
    if (!name) return false;
    const n = normalizeName(name);
    return !installed.has(n) && !installed.has(`${n}_cpu`);
  });
}

// src/local/executor-task.ts
function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(text?.trim() ?? "");
  return m ? Number(m[1]) : 0;
}
function retryDelayMs(policy, attempt2) {
  const base = parseDuration(policy?.backoffDuration);
  const factor = policy?.backoffFactor ?? 2;
  const max = policy?.backoffMaxDuration ? parseDuration(policy.backoffMaxDuration) : 3600;
  return Math.min(base * factor ** (attempt2 - 1), max) * 1e3;
}
function artifactResults(outputs) {
  return Object.entries(outputs.artifacts).flatMap(
    ([outputName, list]) => list.map((a) => ({
      outputName,
      schemaTitle: a.type.schemaTitle,
      uri: a.uri,
      metadata: a.metadata,
      name: a.name
    }))
  );
}
function finish(ctx, place, started, state, extra) {
  const end = ctx.now();
  const result = {
    name: place.name,
    state,
    cached: extra.cached ?? false,
    ...place.iteration !== void 0 ? { iteration: place.iteration } : {},
    ...place.iterationPath ? { iterationPath: place.iterationPath } : {},
    ...place.parent ? { parent: place.parent } : {},
    ...started ? { startTime: started.toISOString(), endTime: end.toISOString() } : {},
    ...extra.error ? { error: extra.error } : {},
    ...extra.code ? { errorCode: extra.code } : {},
    outputParameters: extra.outputs?.parameters ?? {},
    outputArtifacts: extra.outputs ? artifactResults(extra.outputs) : []
  };
  ctx.results.push(result);
  ctx.progress.update({
    task: place.display,
    state: extra.cached ? "CACHED" : state,
    at: end,
    ...extra.error ? { detail: errorHeadline(extra.error) } : {}
  });
  return {
    state: state === "SKIPPED" ? "SUCCEEDED" : state,
    ...extra.outputs ? { outputs: extra.outputs } : {},
    ...extra.error ? { error: extra.error } : {},
    ...extra.record
  };
}
function notRun(ctx, place, state, skipped, why) {
  ctx.logger.debug(`${place.display}: ${state.toLowerCase().replace("_", " ")} (${why})`);
  return finish(ctx, place, void 0, state, { record: { skipped, error: why } });
}
function placeholderContext(ctx, place, ei) {
  return {
    executorInput: ei,
    jobName: ctx.jobName,
    jobId: ctx.jobName,
    taskName: place.name,
    taskId: ctx.nextTaskId(),
    pipelineRoot: ctx.runDir,
    workspacePath: path4.join(ctx.runDir, "workspace"),
    createTime: ctx.createTime
  };
}
function useCache(ctx, task) {
  if (ctx.cacheMode === "off") return false;
  return ctx.cacheMode === "on" || task.cachingOptions?.enableCache === true;
}
var sleep = (ms, signal) => new Promise((resolve) => {
  if (ms <= 0 || signal.aborted) return resolve();
  const t = setTimeout(resolve, ms);
  signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
});
async function runContainerTask(ctx, place, task, component, container, inputs, signal = ctx.abort.signal) {
  let started = ctx.now();
  if (/^argostub\//.test(container.image) && !container.command?.length) {
    return finish(ctx, place, started, "FAILED", {
      error: `${place.name} is a kfp-kubernetes volume step (image ${container.image}): only KFP on Kubernetes can carry it out \u2014 neither Vertex AI nor a local run has PersistentVolumeClaims; keep it out of the part you run here`,
      code: "run/kubernetes-only"
    });
  }
  if (!container.command || container.command.length === 0) {
    return finish(ctx, place, started, "FAILED", {
      error: `the container has no command: on Vertex the entrypoint of image ${container.image} would run, and images are not run locally`,
      code: "run/unsupported"
    });
  }
  let ei = buildExecutorInput(component, inputs.parameters, inputs.artifacts, place.dir);
  let argv;
  let env;
  try {
    const phctx = placeholderContext(ctx, place, ei);
    ei = resolveSelfReferences(phctx);
    const resolved = { ...phctx, executorInput: ei };
    argv = resolveCommand([...container.command ?? [], ...container.args ?? []], resolved);
    env = { ...ctx.env };
    const direct = withoutPipPreamble(argv) ?? argv;
    if (ctx.directPath !== void 0 && !direct.some((a) => /\bpip\b|ensurepip/.test(a))) {
      argv = direct;
      env.PATH = ctx.directPath;
    }
    for (const e of container.env ?? []) env[e.name] = resolveString(e.value, resolved);
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error;
    return finish(ctx, place, started, "FAILED", {
      error: `cannot build the command: ${error.message}`,
      code: "run/command"
    });
  }
  const key = useCache(ctx, task) ? cacheKey({
    component,
    executor: { container },
    parameters: ei.inputs.parameterValues,
    artifacts: Object.fromEntries(
      Object.entries(ei.inputs.artifacts).map(([k, l]) => [k, l.artifacts])
    ),
    ...task.cachingOptions?.cacheKey ? { customKey: task.cachingOptions.cacheKey } : {}
  }) : void 0;
  const hit = key !== void 0 ? ctx.cache.get(key) : void 0;
  if (hit) {
    ctx.logger.debug(`${place.display}: cache hit (from ${hit.run})`);
    return finish(ctx, place, started, "SKIPPED", { outputs: hit.outputs, cached: true });
  }
  for (const dir of ["outputs", "artifacts", "tmp"])
    mkdirSync3(path4.join(place.dir, dir), { recursive: true });
  writeFileSync3(path4.join(place.dir, "executor_input.json"), JSON.stringify(ei, null, 2));
  const missing = ctx.installed ? missingRequirements(pipRequirements(container.command ?? []), ctx.installed) : [];
  if (missing.length > 0) {
    ctx.logger.warning(
      `${place.display}: its pip install names ${missing.join(", ")}, not found in the venv; the install is skipped (offline) \u2014 add them to requirements.txt if the task fails to import them`
    );
  }
  let holdsSlot = false;
  const attempts = 1 + Math.max(0, task.retryPolicy?.maxRetryCount ?? 0);
  let failure = "";
  for (let attempt2 = 1; attempt2 <= attempts; attempt2++) {
    if (attempt2 > 1) {
      ctx.progress.update({
        task: place.display,
        state: "RETRYING",
        at: ctx.now(),
        detail: `attempt ${attempt2} of ${attempts}`
      });
      await sleep(retryDelayMs(task.retryPolicy, attempt2 - 1), signal);
    }
    if (signal.aborted) {
      return finish(ctx, place, started, "CANCELLED", {
        error: "cancelled: another task failed (fail-fast)"
      });
    }
    const release = await ctx.limiter.acquire();
    try {
      if (!holdsSlot) {
        holdsSlot = true;
        started = ctx.now();
        ctx.progress.update({
          task: place.display,
          state: "RUNNING",
          at: started,
          detail: `image ${container.image}`
        });
      }
      const outcome = await ctx.handler.run({
        argv,
        env: { ...env, TMPDIR: path4.join(place.dir, "tmp") },
        cwd: ctx.workingDirectory,
        logFile: path4.join(place.dir, attempts > 1 ? `log-${attempt2}.txt` : "log.txt"),
        signal,
        onLine: (line) => ctx.logger.debug(`${place.display}: ${line}`)
      });
      if (outcome.aborted) {
        return finish(ctx, place, started, "CANCELLED", {
          error: "cancelled: another task failed (fail-fast)"
        });
      }
      if (outcome.exitCode === 0) {
        const read = readTaskOutputs(component, ei);
        if (read.ok) {
          if (key !== void 0) {
            const files = Object.values(read.outputs.artifacts).flatMap((l) => l.map((a) => a.uri));
            ctx.cache.put({
              key,
              run: ctx.jobName,
              task: place.display,
              outputs: read.outputs,
              files: files.filter((f) => existsSync4(f))
            });
          }
          return finish(ctx, place, started, "SUCCEEDED", { outputs: read.outputs });
        }
        failure = read.error;
      } else {
        const how = outcome.startError ?? `exited with code ${outcome.exitCode ?? "none (killed by a signal)"}`;
        failure = `${how}${outcome.tail ? `
${outcome.tail}` : ""}`;
      }
      if (attempt2 === attempts) return failed(ctx, place, started, attempts, failure, ei);
    } finally {
      release();
    }
  }
  return failed(ctx, place, started, attempts, failure, ei);
}
function failed(ctx, place, started, attempts, failure, ei) {
  const cloud = cloudStorageHint(ctx, ei, failure);
  return finish(ctx, place, started, "FAILED", {
    error: `${cloud ? `${cloud}
` : ""}${attempts > 1 ? `failed ${attempts} times; last attempt: ${failure}` : failure}`,
    code: cloud ? "run/gcs-uri" : "run/task-failed"
  });
}
function cloudStoragePath(ctx, uri) {
  if (!ctx.gcsDir || !uri.startsWith("gs://")) return void 0;
  const rest = uri.slice("gs://".length);
  const mapped = path4.resolve(ctx.gcsDir, rest);
  return mapped.startsWith(ctx.gcsDir + path4.sep) ? mapped : void 0;
}
function cloudStorageHint(ctx, ei, failure) {
  const remote = Object.values(ei.inputs.artifacts).flatMap((l) => l.artifacts).map((a) => a.uri).find((u) => /^(gs|s3|minio):\/\//.test(u));
  const mount = /(?:^|[\s'"(])(\/(?:gcs|s3|minio)\/[^\s'")]*)/.exec(failure)?.[1];
  if (!remote && !mount) return void 0;
  const what = remote ? `its input artifact ${remote}` : `the path ${mount}`;
  if (remote && !remote.startsWith("gs://"))
    return `${what} is in remote storage, which a local run cannot read: use a local path or a gs:// URI with --gcs-dir`;
  return ctx.gcsDir ? `${what} is Cloud Storage (read at /gcs/\u2026 on Vertex); --gcs-dir maps only importer URIs (gs://bucket/path \u2192 ${ctx.gcsDir}/bucket/path): import the artifact with dsl.importer, or run this step on Vertex` : `${what} is Cloud Storage, which Vertex mounts at /gcs/ and this machine does not: copy the objects to a folder and run with --gcs-dir DIR (gs://bucket/path is then DIR/bucket/path), or run on Vertex (submit)`;
}
function runImporterTask(ctx, place, component, importer, inputs) {
  const started = ctx.now();
  try {
    const ei = buildExecutorInput(component, inputs.parameters, inputs.artifacts, place.dir);
    const phctx = placeholderContext(ctx, place, ei);
    const fromParam = importer.artifactUri?.runtimeParameter;
    const uriValue = fromParam !== void 0 ? ei.inputs.parameterValues[fromParam] : importer.artifactUri?.constant;
    if (typeof uriValue !== "string" || uriValue === "") {
      return finish(ctx, place, started, "FAILED", {
        error: `the importer has no artifact URI${fromParam ? ` (input "${fromParam}" has no value)` : ""}`,
        code: "run/command"
      });
    }
    const resolveDeep = (v) => typeof v === "string" ? resolveString(v, phctx) : Array.isArray(v) ? v.map(resolveDeep) : v && typeof v === "object" ? Object.fromEntries(
      Object.entries(v).map(([k, x]) => [resolveString(k, phctx), resolveDeep(x)])
    ) : v;
    const mapped = cloudStoragePath(ctx, uriValue);
    if (mapped && !existsSync4(mapped)) {
      return finish(ctx, place, started, "FAILED", {
        error: `the importer's ${uriValue} is ${mapped} with --gcs-dir, and that does not exist: copy it there (gcloud storage cp -r ${uriValue} ${path4.dirname(mapped)}/)`,
        code: "run/gcs-uri"
      });
    }
    const artifact = {
      name: "artifact",
      type: artifactType(importer.typeSchema),
      uri: mapped ?? uriValue,
      metadata: resolveDeep(importer.metadata ?? {}) ?? {}
    };
    ctx.logger.debug(
      `${place.display}: imports ${uriValue}${mapped ? ` from ${mapped} (--gcs-dir)` : ""}`
    );
    return finish(ctx, place, started, "SUCCEEDED", {
      outputs: { parameters: {}, artifacts: { artifact: [artifact] } }
    });
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error;
    return finish(ctx, place, started, "FAILED", {
      error: `cannot resolve the importer: ${error.message}`,
      code: "run/command"
    });
  }
}
function finishDagTask(ctx, place, started, state, outputs, error, code) {
  return finish(ctx, place, started, state, {
    outputs,
    ...error ? { error } : {},
    ...code ? { code } : {},
    record: { outputs }
  });
}

// src/local/io-store.ts
var IoStore = class {
  constructor(parameters, artifacts, path9) {
    this.parameters = parameters;
    this.artifacts = artifacts;
    this.path = path9;
  }
  parameters;
  artifacts;
  path;
  tasks = /* @__PURE__ */ new Map();
  record(task, record) {
    this.tasks.set(task, record);
  }
};
function applySelector(selector, value) {
  const m = /^parseJson\(string_value\)((?:\[(?:"[^"]*"|\d+)\])*)$/.exec(selector.trim());
  if (!m) throw new Error(`unsupported parameterExpressionSelector ${JSON.stringify(selector)}`);
  let current = typeof value === "string" ? JSON.parse(value) : value;
  for (const step of (m[1] ?? "").matchAll(/\[("([^"]*)"|(\d+))\]/g)) {
    if (current === null || typeof current !== "object") return void 0;
    current = Array.isArray(current) ? current[Number(step[3])] : current[step[2] ?? ""];
  }
  return current;
}
function finalStatus(jobName, task, record) {
  const state = record?.state ?? "NOT_TRIGGERED";
  return {
    state,
    error: record?.error ? { code: 2, message: record.error } : {},
    pipelineJobResourceName: jobName,
    pipelineTaskName: task
  };
}
function resolveTaskInputs(task, store, jobName) {
  const parameters = {};
  const artifacts = {};
  const unavailable = [];
  for (const [name, spec] of Object.entries(task.inputs?.parameters ?? {})) {
    let value;
    if (spec.runtimeValue && "constant" in spec.runtimeValue) {
      value = spec.runtimeValue.constant;
    } else if (spec.componentInputParameter !== void 0) {
      value = store.parameters[spec.componentInputParameter];
    } else if (spec.taskOutputParameter) {
      const { producerTask, outputParameterKey } = spec.taskOutputParameter;
      value = store.tasks.get(producerTask)?.outputs?.parameters[outputParameterKey];
      if (value === void 0) unavailable.push({ input: name, producer: producerTask });
    } else if (spec.taskFinalStatus) {
      const producer = spec.taskFinalStatus.producerTask;
      value = finalStatus(jobName, producer, store.tasks.get(producer));
    }
    if (value !== void 0 && spec.parameterExpressionSelector) {
      value = applySelector(spec.parameterExpressionSelector, value);
    }
    if (value !== void 0) parameters[name] = value;
  }
  for (const [name, spec] of Object.entries(task.inputs?.artifacts ?? {})) {
    let list;
    if (spec.componentInputArtifact !== void 0) {
      list = store.artifacts[spec.componentInputArtifact];
    } else if (spec.taskOutputArtifact) {
      const { producerTask, outputArtifactKey } = spec.taskOutputArtifact;
      list = store.tasks.get(producerTask)?.outputs?.artifacts[outputArtifactKey];
      if (list === void 0) unavailable.push({ input: name, producer: producerTask });
    }
    if (list !== void 0) artifacts[name] = [...list];
  }
  return { parameters, artifacts, unavailable };
}
function missingRequiredInputs(component, parameters, artifacts) {
  const missing = [];
  for (const [name, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (!(name in parameters) && spec.defaultValue === void 0 && !spec.isOptional)
      missing.push(name);
  }
  for (const [name, spec] of Object.entries(component.inputDefinitions?.artifacts ?? {})) {
    if (!(name in artifacts) && !spec.isOptional) missing.push(name);
  }
  return missing;
}
function upstreamOf(task, siblings) {
  return taskDependencies(task).filter((t) => siblings.has(t));
}
function topologicalOrder2(tasks) {
  const { order, cycle } = topologicalOrder({ tasks });
  if (cycle) {
    const done = new Set(order);
    const stuck = Object.keys(tasks).filter((n) => !done.has(n)).sort();
    throw new Error(`the tasks ${stuck.join(", ")} depend on each other in a cycle`);
  }
  return order;
}

// src/local/limiter.ts
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`limit must be a whole number \u2265 1, got ${limit}`);
  }
  limit;
  active = 0;
  waiting = [];
  /** Waits for a slot; the returned function gives it back (call it once, in a `finally`). */
  async acquire() {
    if (this.active >= this.limit) await new Promise((resolve) => this.waiting.push(resolve));
    this.active++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.active--;
      this.waiting.shift()?.();
    };
  }
  async run(fn) {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
};
async function mapLimited(items, limit, fn) {
  if (limit <= 0 || limit >= items.length) return Promise.all(items.map(fn));
  const limiter = new Limiter(limit);
  return Promise.all(items.map((item, i) => limiter.run(() => fn(item, i))));
}

// src/local/dag.ts
var BLOCKING = /* @__PURE__ */ new Set(["FAILED", "CANCELLED"]);
function dagOutputs(component, store) {
  const spec = component.dag?.outputs;
  const parameters = {};
  const artifacts = {};
  for (const [name, p] of Object.entries(spec?.parameters ?? {})) {
    const selectors = p.valueFromParameter ? [p.valueFromParameter] : p.valueFromOneof?.parameterSelectors ?? [];
    for (const s of selectors) {
      const v = store.tasks.get(s.producerSubtask)?.outputs?.parameters[s.outputParameterKey];
      if (v !== void 0) {
        parameters[name] = v;
        break;
      }
    }
  }
  for (const [name, a] of Object.entries(spec?.artifacts ?? {})) {
    for (const s of a.artifactSelectors ?? []) {
      const list = store.tasks.get(s.producerSubtask)?.outputs?.artifacts[s.outputArtifactKey];
      if (list !== void 0) {
        artifacts[name] = list;
        break;
      }
    }
  }
  return { parameters, artifacts };
}
function withDefaults(component, values) {
  const out = {};
  for (const [k, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (spec.defaultValue !== void 0) out[k] = spec.defaultValue;
  }
  return { ...out, ...values };
}
function loopItems(task, inputs) {
  if (task.artifactIterator) {
    const list = inputs.artifacts[task.artifactIterator.items.inputArtifact] ?? [];
    return { items: list, itemInput: task.artifactIterator.itemInput, artifacts: true };
  }
  const it = task.parameterIterator;
  let raw = it.items.raw !== void 0 ? it.items.raw : inputs.parameters[it.items.inputParameter ?? ""];
  if (typeof raw === "string") raw = JSON.parse(raw);
  if (!Array.isArray(raw)) {
    throw new Error(`ParallelFor items are not a list: ${JSON.stringify(raw)?.slice(0, 100)}`);
  }
  return { items: raw, itemInput: it.itemInput, artifacts: false };
}
async function runLoop(ctx, place, task, component, inputs) {
  const started = ctx.now();
  ctx.progress.update({ task: place.display, state: "RUNNING", at: started });
  let loop;
  try {
    loop = loopItems(task, inputs);
  } catch (error) {
    return finishDagTask(
      ctx,
      place,
      started,
      "FAILED",
      { parameters: {}, artifacts: {} },
      error.message,
      "run/input"
    );
  }
  const limit = task.iteratorPolicy?.parallelismLimit ?? 0;
  const outcomes = await mapLimited(loop.items, limit, (item, i) => {
    const parameters = withDefaults(component, { ...inputs.parameters });
    const artifacts = { ...inputs.artifacts };
    if (loop.artifacts) artifacts[loop.itemInput] = [item];
    else parameters[loop.itemInput] = item;
    const store = new IoStore(parameters, artifacts, `${place.display}/${i}`);
    return runDag(ctx, component, store, {
      dir: path5.join(place.dir, String(i)),
      parent: place.name,
      iteration: i,
      iterationPath: [...place.iterationPath ?? [], i]
    });
  });
  const collected = { parameters: {}, artifacts: {} };
  for (const o of outcomes) {
    for (const [k, v] of Object.entries(o.outputs.parameters)) {
      collected.parameters[k] = [
        ...collected.parameters[k] ?? [],
        v
      ];
    }
    for (const [k, list] of Object.entries(o.outputs.artifacts)) {
      collected.artifacts[k] = [...collected.artifacts[k] ?? [], ...list];
    }
  }
  const failed2 = [...new Set(outcomes.flatMap((o) => o.failedTasks))];
  return failed2.length > 0 ? finishDagTask(
    ctx,
    place,
    started,
    "FAILED",
    collected,
    `inner task ${failed2.join(", ")} failed inside ${place.name}`
  ) : finishDagTask(ctx, place, started, "SUCCEEDED", collected);
}
async function runSubDag(ctx, place, component, inputs) {
  const started = ctx.now();
  ctx.progress.update({ task: place.display, state: "RUNNING", at: started });
  const store = new IoStore(
    withDefaults(component, inputs.parameters),
    inputs.artifacts,
    place.display
  );
  const where = {
    dir: place.dir,
    parent: place.name,
    ...place.iteration !== void 0 ? { iteration: place.iteration } : {},
    ...place.iterationPath ? { iterationPath: place.iterationPath } : {}
  };
  const outcome = await runDag(ctx, component, store, where);
  return outcome.failed ? finishDagTask(
    ctx,
    place,
    started,
    "FAILED",
    outcome.outputs,
    `inner task ${outcome.failedTasks.join(", ")} failed inside ${place.name}`
  ) : finishDagTask(ctx, place, started, "SUCCEEDED", outcome.outputs);
}
async function runTask(ctx, name, task, store, upstream, where) {
  const at = where.iterationPath?.join(".") ?? where.iteration;
  const display = `${where.parent ? `${where.parent}/` : ""}${name}${at !== void 0 ? ` #${at}` : ""}`;
  const place = {
    name,
    dir: path5.join(where.dir, name),
    display,
    ...where.parent ? { parent: where.parent } : {},
    ...where.iteration !== void 0 ? { iteration: where.iteration } : {},
    ...where.iterationPath ? { iterationPath: where.iterationPath } : {}
  };
  const onCompletion = task.triggerPolicy?.strategy === "ALL_UPSTREAM_TASKS_COMPLETED";
  const blocked = upstream.filter((u) => {
    const r = store.tasks.get(u);
    return r !== void 0 && (BLOCKING.has(r.state) || r.skipped === "upstream" || r.skipped === "cancelled");
  });
  if (blocked.length > 0 && !onCompletion) {
    return notRun(
      ctx,
      place,
      "NOT_TRIGGERED",
      "upstream",
      `upstream task ${blocked.join(", ")} did not succeed`
    );
  }
  if (ctx.abort.signal.aborted && !onCompletion) {
    return notRun(
      ctx,
      place,
      "CANCELLED",
      "cancelled",
      "cancelled: another task failed (fail-fast)"
    );
  }
  const componentName = task.componentRef?.name ?? "";
  const component = ctx.spec.components?.[componentName];
  const fail = (error, code) => notRunFailed(ctx, place, error, code);
  if (!component) return fail(`component "${componentName}" is not in the spec`, "run/unsupported");
  let inputs;
  try {
    inputs = resolveTaskInputs(task, store, ctx.jobName);
  } catch (error) {
    return fail(`cannot resolve its inputs: ${error.message}`, "run/input");
  }
  const condition = task.triggerPolicy?.condition;
  if (condition) {
    let ok;
    try {
      ok = evaluateCondition(condition, inputs.parameters);
    } catch (error) {
      if (!(error instanceof ConditionError)) throw error;
      return fail(error.message, "run/condition");
    }
    if (!ok)
      return notRun(ctx, place, "NOT_TRIGGERED", "condition", `condition is false: ${condition}`);
  }
  const itemInput = task.parameterIterator?.itemInput ?? task.artifactIterator?.itemInput;
  const missing = missingRequiredInputs(component, inputs.parameters, inputs.artifacts).filter(
    (m) => m !== itemInput
  );
  if (missing.length > 0) {
    const fromSkipped = inputs.unavailable.filter((u) => missing.includes(u.input));
    if (fromSkipped.length === missing.length) {
      const list = fromSkipped.map((u) => `${u.input} (from ${u.producer})`).join(", ");
      return notRun(
        ctx,
        place,
        "NOT_TRIGGERED",
        "condition",
        `inputs come from tasks that did not run: ${list}`
      );
    }
    return fail(
      `input ${missing.map((m) => `"${m}"`).join(", ")} has no value and no default`,
      "run/input"
    );
  }
  let record;
  if (component.dag) {
    record = task.parameterIterator || task.artifactIterator ? await runLoop(ctx, place, task, component, inputs) : await runSubDag(ctx, place, component, inputs);
  } else {
    const executor = ctx.spec.deploymentSpec?.executors?.[component.executorLabel ?? ""];
    if (executor?.container)
      record = await runContainerTask(
        ctx,
        place,
        task,
        component,
        executor.container,
        inputs,
        onCompletion ? new AbortController().signal : ctx.abort.signal
      );
    else if (executor?.importer)
      record = runImporterTask(ctx, place, component, executor.importer, inputs);
    else if (executor)
      return fail(
        "only container and importer executors can run locally (this one is a resolver or custom job)",
        "run/unsupported"
      );
    else
      return fail(
        `executor "${component.executorLabel ?? ""}" is not in the spec`,
        "run/unsupported"
      );
  }
  if (record.state === "FAILED" && ctx.failFast && !component.dag) ctx.abort.abort();
  return record;
}
function notRunFailed(ctx, place, error, code) {
  const record = finishDagTask(
    ctx,
    place,
    ctx.now(),
    "FAILED",
    { parameters: {}, artifacts: {} },
    error,
    code
  );
  if (ctx.failFast) ctx.abort.abort();
  return record;
}
async function runDag(ctx, component, store, where) {
  const tasks = component.dag?.tasks ?? {};
  const names = new Set(Object.keys(tasks));
  try {
    topologicalOrder2(tasks);
  } catch (error) {
    ctx.logger.error(`${store.path || "root"}: ${error.message}`);
    return { failed: true, failedTasks: [...names], outputs: { parameters: {}, artifacts: {} } };
  }
  const running = /* @__PURE__ */ new Map();
  const start = (name) => {
    let p = running.get(name);
    if (!p) {
      const task = tasks[name];
      const upstream = upstreamOf(task, names);
      p = Promise.all(upstream.map(start)).then(async () => {
        const record = await runTask(ctx, name, task, store, upstream, where);
        store.record(name, record);
        return record;
      });
      running.set(name, p);
    }
    return p;
  };
  await Promise.all([...names].map(start));
  const failedTasks = [...store.tasks].filter(([, r]) => r.state === "FAILED" || r.state === "CANCELLED").map(([n]) => n);
  return { failed: failedTasks.length > 0, failedTasks, outputs: dagOutputs(component, store) };
}

// src/local/package-pins.ts
import { existsSync as existsSync5, readdirSync as readdirSync2 } from "node:fs";
import path6 from "node:path";
function installedVersions(python) {
  const venv = path6.dirname(path6.dirname(python));
  if (!existsSync5(path6.join(venv, "pyvenv.cfg"))) return void 0;
  const out = /* @__PURE__ */ new Map();
  try {
    for (const pyDir of readdirSync2(path6.join(venv, "lib"))) {
      const site = path6.join(venv, "lib", pyDir, "site-packages");
      if (!existsSync5(site)) continue;
      for (const entry of readdirSync2(site)) {
        const m = /^(.+?)-([^-]+)\.(dist-info|egg-info)$/.exec(entry);
        if (m) out.set(normalizeName(m[1]), m[2]);
      }
    }
  } catch {
    return void 0;
  }
  return out;
}
function parts(version) {
  const m = /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|rc|c|alpha|beta|pre|preview)[-_.]?(\d*))?(?:[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?/i.exec(
    version.trim()
  );
  if (!m) return [];
  const release = m[1].split(".").map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const pre = m[2] ? { a: -3, alpha: -3, b: -2, beta: -2 }[m[2].toLowerCase()] ?? -1 : 0;
  const fixed = [...release, ...Array(Math.max(0, 8 - release.length)).fill(0)];
  return [
    ...fixed,
    m[6] !== void 0 && !m[2] ? -4 : pre,
    Number(m[3] || 0),
    m[4] ? Number(m[5] || 0) + 1 : 0
  ];
}
function compare(a, b) {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function satisfies(installed, op, wanted) {
  if (wanted.endsWith(".*")) {
    const prefix = wanted.slice(0, -2).split(".");
    const have = installed.split(".");
    const match = prefix.every((p, i) => Number(p) === Number(have[i] ?? 0));
    return op === "!=" ? !match : match;
  }
  const c = compare(installed, wanted);
  switch (op) {
    case "==":
    case "===":
      return op === "===" ? installed === wanted : c === 0;
    case "!=":
      return c !== 0;
    case ">=":
      return c >= 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case "<":
      return c < 0;
    case "~=": {
      const release = wanted.split(".");
      const upper = release.slice(0, Math.max(1, release.length - 1));
      upper[upper.length - 1] = String(Number(upper[upper.length - 1]) + 1);
      return c >= 0 && compare(installed, upper.join(".")) < 0;
    }
    default:
      return true;
  }
}
var OWN = /* @__PURE__ */ new Set(["kfp", "kfp_pipeline_spec", "kfp_server_api"]);
function pinMismatches(spec, installed) {
  const found = /* @__PURE__ */ new Map();
  const executors = spec.deploymentSpec?.executors ?? {};
  for (const [label, executor] of Object.entries(executors)) {
    for (const requirement of pipRequirements(executor.container?.command ?? [])) {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$/.exec(requirement);
      if (!m || !m[2]) continue;
      const name = normalizeName(m[1]);
      const have = installed.get(name);
      if (have === void 0 || OWN.has(name)) continue;
      const clauses = m[2].split(",").map((c) => /^\s*(===|==|!=|~=|>=|<=|>|<)\s*(\S+)\s*$/.exec(c));
      if (clauses.some((c) => !c)) continue;
      if (clauses.every((c) => satisfies(have, c[1], c[2]))) continue;
      const entry = found.get(requirement) ?? { name: m[1], installed: have, executors: [] };
      entry.executors.push(label);
      found.set(requirement, entry);
    }
  }
  return [...found].map(([requirement, e]) => ({ requirement, ...e }));
}

// src/local/package-check.ts
function packageWarnings(spec, python, strict, logger) {
  const installed = installedVersions(python);
  if (!installed) return [];
  const warnings = pinMismatches(spec, installed).map((m) => ({
    code: "run/package-version",
    message: `${m.requirement} is asked for by ${m.executors.map((e) => e.replace(/^exec-/, "")).join(", ")}, but the venv has ${m.name} ${m.installed}; locally the install is skipped (offline) and ${m.installed} is used \u2014 install the pinned version in the venv to run what Vertex runs${strict ? "" : " (--strict-packages makes this an error)"}`
  }));
  if (strict && warnings.length > 0) {
    const diagnostics = warnings.map((w) => ({
      code: w.code,
      severity: "error",
      message: w.message
    }));
    throw new UserError(
      `cannot run ${spec.pipelineInfo.name} with --strict-packages: ${warnings.map((w) => w.message).join("; ")} (run/package-version)`,
      diagnostics,
      1
    );
  }
  for (const w of warnings) logger.warning(w.message);
  return warnings;
}

// src/local/orchestrator.ts
function rootParameters(spec, given, source) {
  const checked = checkParameters(spec, given, source);
  if (checked.diagnostics.length > 0) {
    const n = checked.diagnostics.length;
    throw new UserError(
      `cannot run ${spec.pipelineInfo.name}: ${n} parameter problem${n > 1 ? "s" : ""}: ${checked.diagnostics.map((d) => d.message).join("; ")}`,
      checked.diagnostics,
      1
    );
  }
  const out = {};
  for (const [name, def] of Object.entries(spec.root.inputDefinitions?.parameters ?? {})) {
    if (def.defaultValue !== void 0) out[name] = def.defaultValue;
  }
  return { ...out, ...checked.values };
}
function newRunId(name, now) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const safe = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "pipeline";
  return `${safe}-${stamp}-${randomBytes(3).toString("hex")}`;
}
function pipelineState(result, aborted) {
  if (result.some((t) => t.state === "FAILED")) return "FAILED";
  if (aborted) return "CANCELLED";
  return "SUCCEEDED";
}
async function runPipelineLocally(options, ports) {
  const now = ports.now ?? (() => /* @__PURE__ */ new Date());
  const parameters = rootParameters(
    options.spec,
    options.parameters,
    options.parametersSource ?? "the run options"
  );
  const created = now();
  const jobName = options.runId ?? newRunId(options.spec.pipelineInfo.name, created);
  const runDir = path7.join(options.outputDir, "runs", jobName);
  const python = resolveInterpreter(options.python, options.workingDirectory, ports.env.PATH);
  const warnings = packageWarnings(
    options.spec,
    python,
    options.strictPackages === true,
    ports.logger
  );
  mkdirSync4(runDir, { recursive: true });
  const shims = writePythonShims(path7.join(runDir, ".bin"), python);
  const env = {};
  for (const [k, v] of Object.entries(ports.env)) if (v !== void 0) env[k] = v;
  env.PATH = `${shims}${path7.delimiter}${env.PATH ?? "/usr/bin:/bin"}`;
  const pythonDir = directPythonDir(python);
  const directPath = pythonDir && `${pythonDir}${path7.delimiter}${ports.env.PATH ?? "/usr/bin:/bin"}`;
  env.PIP_NO_INDEX = "1";
  env.PYTHONUNBUFFERED = "1";
  const installed = installedDistributions(python);
  let counter = 0;
  const ctx = {
    spec: options.spec,
    jobName,
    runDir,
    workingDirectory: options.workingDirectory,
    createTime: created.toISOString(),
    env,
    ...directPath ? { directPath } : {},
    handler: ports.handler,
    cache: ports.cache,
    cacheMode: options.cacheMode,
    failFast: options.failFast,
    limiter: new Limiter(Math.max(1, options.parallelism)),
    abort: new AbortController(),
    logger: ports.logger,
    progress: ports.progress,
    now,
    ...installed ? { installed } : {},
    ...options.gcsDir ? { gcsDir: path7.resolve(options.workingDirectory, options.gcsDir) } : {},
    results: [],
    nextTaskId: () => `${jobName}-${++counter}`
  };
  const store = new IoStore(parameters, {}, "");
  let outputs;
  try {
    const outcome = await runDag(ctx, options.spec.root, store, {
      dir: path7.join(runDir, "tasks")
    });
    const artifacts = artifactResults(outcome.outputs);
    if (Object.keys(outcome.outputs.parameters).length > 0 || artifacts.length > 0)
      outputs = { parameters: outcome.outputs.parameters, artifacts };
  } finally {
    ports.progress.finish();
  }
  const at = (t) => t.startTime ?? t.endTime ?? "~";
  const tasks = [...ctx.results].sort((a, b) => at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0);
  const failed2 = tasks.filter(
    (t) => t.state === "FAILED" && !tasks.some((c) => c.parent === t.name && c.state === "FAILED")
  );
  const result = {
    backend: "local",
    pipelineName: options.spec.pipelineInfo.name,
    jobName,
    ...options.spec.pipelineInfo.displayName ? { displayName: options.spec.pipelineInfo.displayName } : {},
    state: pipelineState(tasks, ctx.abort.signal.aborted),
    url: runDir,
    createTime: created.toISOString(),
    startTime: created.toISOString(),
    endTime: now().toISOString(),
    ...failed2.length > 0 ? { error: `task ${failed2.map((t) => t.name).join(", ")} failed` } : {},
    specDigest: specDigest(options.spec),
    parameters,
    tasks,
    ...outputs ? { outputs } : {},
    ...warnings.length > 0 ? { warnings } : {}
  };
  writeFileSync4(path7.join(runDir, "result.json"), JSON.stringify(result, null, 2));
  return { result, runDir };
}

// src/local/progress.ts
function plainProgress(write, timestamps = true) {
  return {
    update(e) {
      const detail = e.detail ? ` ${plain(e.detail)}` : "";
      const at = timestamps ? `${e.at.toISOString()} ` : "";
      write(`${at}${e.state.padEnd(13)} ${plain(e.task)}${detail}
`);
    },
    finish() {
    }
  };
}
function liveProgress(write, now = () => /* @__PURE__ */ new Date()) {
  const rows = /* @__PURE__ */ new Map();
  let drawn = 0;
  let timer;
  const icon = {
    RUNNING: "\u283F",
    SUCCEEDED: "\u2714",
    CACHED: "\u267B",
    FAILED: "\u2718",
    NOT_TRIGGERED: "\xB7",
    CANCELLED: "\u2298",
    RETRYING: "\u21BB"
  };
  const draw = () => {
    const t = now().getTime();
    const lines = [...rows].map(([name, r]) => {
      const took = r.started !== void 0 ? formatDuration((r.ended ?? t) - r.started) : "";
      return `${icon[r.state] ?? " "} ${plain(name).padEnd(32)} ${r.state.padEnd(13)} ${took.padEnd(10)} ${plain(r.detail).slice(0, 60)}`;
    });
    write(
      `${drawn > 0 ? `\x1B[${drawn}F` : ""}${lines.map((l) => `\x1B[2K${l}`).join("\n")}
`
    );
    drawn = lines.length;
  };
  return {
    update(e) {
      const r = rows.get(e.task) ?? { state: e.state, detail: "" };
      if (e.state === "RUNNING" && r.started === void 0) r.started = e.at.getTime();
      if (e.state !== "RUNNING" && e.state !== "RETRYING") r.ended = e.at.getTime();
      r.state = e.state;
      r.detail = e.detail ?? "";
      rows.set(e.task, r);
      timer ??= setInterval(draw, 250);
      timer.unref();
      draw();
    },
    finish() {
      if (timer) clearInterval(timer);
      if (rows.size > 0) draw();
    }
  };
}

// src/local/subprocess-handler.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
var TAIL_LINES = 30;
var TAIL_CHARS = 4e3;
var OutputTail = class {
  constructor(onLine) {
    this.onLine = onLine;
  }
  onLine;
  lines = [];
  partial = "";
  push(chunk) {
    const parts2 = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts2.pop() ?? "";
    for (const line of parts2) this.add(line);
  }
  add(line) {
    this.onLine?.(line);
    this.lines.push(line);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }
  text() {
    if (this.partial) {
      this.add(this.partial);
      this.partial = "";
    }
    const s = this.lines.join("\n");
    return s.length > TAIL_CHARS ? `\u2026${s.slice(-TAIL_CHARS)}` : s;
  }
};
var SubprocessTaskHandler = class {
  run(request) {
    const [program, ...args] = request.argv;
    const tail = new OutputTail(request.onLine);
    if (!program) {
      return Promise.resolve({
        exitCode: null,
        aborted: false,
        tail: "",
        startError: "the container has no command"
      });
    }
    return new Promise((resolve) => {
      const log = createWriteStream(request.logFile);
      let settled = false;
      let aborted = false;
      const child = spawn(program, args, {
        cwd: request.cwd,
        env: request.env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true
      });
      const onAbort = () => {
        aborted = true;
        if (child.pid !== void 0) {
          try {
            process.kill(-child.pid, "SIGTERM");
          } catch {
          }
        }
      };
      if (request.signal.aborted) onAbort();
      else request.signal.addEventListener("abort", onAbort, { once: true });
      const onData = (chunk) => {
        log.write(chunk);
        tail.push(chunk.toString("utf8"));
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      const finish2 = (outcome) => {
        if (settled) return;
        settled = true;
        request.signal.removeEventListener("abort", onAbort);
        log.end(() => resolve(outcome));
      };
      child.on("error", (error) => {
        const why = error.code === "ENOENT" ? `program "${program}" was not found on PATH` : error.message;
        finish2({ exitCode: null, aborted, tail: tail.text(), startError: why });
      });
      child.on("close", (code) => finish2({ exitCode: code, aborted, tail: tail.text() }));
    });
  }
};

// src/local/runner.ts
function createLocalRunner(options) {
  return {
    run(runOptions) {
      const progress = options.terminal ? liveProgress(options.terminal) : plainProgress((line) => options.logger.info(line.trimEnd()), false);
      return runPipelineLocally(runOptions, {
        handler: new SubprocessTaskHandler(),
        cache: runOptions.cacheMode === "off" ? noCache : new FileTaskCache(path8.join(runOptions.outputDir, "cache")),
        logger: options.logger,
        progress,
        env: options.env
      });
    }
  };
}
export {
  createLocalRunner
};
