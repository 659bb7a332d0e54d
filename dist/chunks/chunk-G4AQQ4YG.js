import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/spec/embedded-archive.ts
import { createHash } from "node:crypto";
import { gunzipSync, inflateRawSync } from "node:zlib";
var ARCHIVE = /__KFP_EMBEDDED_ARCHIVE_B64 = '([A-Za-z0-9+/=]*)'/g;
var sha = (data) => createHash("sha256").update(data).digest("hex");
function text(bytes, from, length) {
  const slice = bytes.subarray(from, from + length);
  const end = slice.indexOf(0);
  return Buffer.from(end >= 0 ? slice.subarray(0, end) : slice).toString("utf8");
}
function octal(bytes, from, length) {
  const value = parseInt(text(bytes, from, length).trim() || "0", 8);
  if (!Number.isFinite(value) || value < 0) throw new Error("bad tar size");
  return value;
}
var normalize = (name) => name.replace(/^(\.\/)+/, "").replace(/^\.$/, "");
function paxPath(data) {
  const records = Buffer.from(data).toString("utf8");
  for (const m of records.matchAll(/^\d+ path=(.*)$/gm)) return m[1];
  return void 0;
}
function checksumOk(header) {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return sum === octal(header, 148, 8);
}
function tarMembers(bytes) {
  if (bytes.length < 512) throw new Error("not a tar");
  const out = [];
  let offset = 0;
  let longName;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new Error("bad tar header");
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (start + size > bytes.length) throw new Error("truncated tar");
    const data = bytes.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
    if (type === "x" || type === "L") {
      longName = type === "L" ? text(data, 0, data.length) : paxPath(data);
      continue;
    }
    if (type === "g") continue;
    const prefix = text(header, 345, 155);
    const plain2 = text(header, 0, 100);
    const name = normalize(longName ?? (prefix ? `${prefix}/${plain2}` : plain2));
    longName = void 0;
    if (type === "5") {
      if (name) out.push({ name: name.endsWith("/") ? name : `${name}/`, data: new Uint8Array() });
    } else if (type === "2" || type === "1") {
      out.push({ name: `${name} -> ${text(header, 157, 100)}`, data: new Uint8Array() });
    } else out.push({ name, data });
  }
  return out;
}
function zipMembers(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 101010256) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 33639248) throw new Error("bad zip entry");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = normalize(text(bytes, at + 46, nameLength));
    at += 46 + nameLength + extra + comment;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${method}`);
    out.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
  }
  return out;
}
function archiveMembers(base64) {
  try {
    let bytes = Buffer.from(base64, "base64");
    if (bytes[0] === 31 && bytes[1] === 139) bytes = gunzipSync(bytes);
    if (bytes[0] === 80 && bytes[1] === 75) return zipMembers(bytes);
    return tarMembers(bytes);
  } catch {
    return void 0;
  }
}
var memo = /* @__PURE__ */ new Map();
function archiveContentsDigest(base64) {
  const known = memo.get(base64);
  if (known) return known;
  const members = archiveMembers(base64);
  if (!members) return void 0;
  const listing = members.map((m) => `${JSON.stringify(m.name)} ${sha(m.data)}`).sort().join("\n");
  const digest = `contents-sha256:${sha(listing)}`;
  if (memo.size > 256) memo.clear();
  memo.set(base64, digest);
  return digest;
}
function stableEmbeddedArchives(value) {
  if (!value.includes("__KFP_EMBEDDED_ARCHIVE_B64")) return value;
  return value.replace(ARCHIVE, (whole, b64) => {
    const digest = archiveContentsDigest(b64);
    return digest ? `__KFP_EMBEDDED_ARCHIVE_B64 = '${digest}'` : whole;
  });
}

// src/core/spec/digest.ts
import { createHash as createHash2 } from "node:crypto";
var VOLATILE_TOP_LEVEL = /* @__PURE__ */ new Set(["sdkVersion"]);
function canonicalJson(value) {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record2 = value;
  const members = Object.keys(record2).filter((k) => record2[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(record2[k])}`);
  return `{${members.join(",")}}`;
}
function sha256(text3) {
  return createHash2("sha256").update(text3).digest("hex");
}
function specDigest(spec) {
  const stable = Object.fromEntries(
    Object.entries(spec).filter(
      ([k]) => !VOLATILE_TOP_LEVEL.has(k)
    )
  );
  return sha256(stableEmbeddedArchives(canonicalJson(stable)));
}

// src/core/spec/parameters.ts
var TYPE_WORD = {
  NUMBER_INTEGER: "an integer",
  NUMBER_DOUBLE: "a number",
  STRING: "a string",
  BOOLEAN: "true or false",
  LIST: "a list",
  STRUCT: "an object"
};
function show(value) {
  const s = typeof value === "number" && !Number.isFinite(value) ? String(value) : JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}
function nonFinite(value, at = "") {
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : { at, value };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nonFinite(v, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinite(v, `${at}.${k}`);
      if (found) return found;
    }
  }
  return void 0;
}
var MAX_SAFE = Number.MAX_SAFE_INTEGER;
function parseParameterJson(text3) {
  const bad = [];
  const reviver = (_key, v, context) => {
    const source = context?.source;
    if (typeof v === "number" && source !== void 0) {
      if (!Number.isFinite(v))
        bad.push(`${source} is too large for a number (it would become null)`);
      else if (/^-?\d+$/.test(source) && !Number.isSafeInteger(v))
        bad.push(
          `${source} is an integer beyond \xB1${MAX_SAFE} (2^53 \u2212 1): it would be rounded to ${v}; pass it as a string`
        );
    }
    return v;
  };
  const value = JSON.parse(text3, reviver);
  if (bad.length) throw new Error(bad.join("; "));
  return value;
}
function coerceParameter(type, value) {
  switch (type) {
    case "NUMBER_INTEGER": {
      const n2 = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      return typeof n2 === "number" && Number.isInteger(n2) ? n2 : void 0;
    }
    case "NUMBER_DOUBLE": {
      const n2 = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      return typeof n2 === "number" && Number.isFinite(n2) ? n2 : void 0;
    }
    case "BOOLEAN":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      return void 0;
    case "STRING":
      return typeof value === "string" ? value : void 0;
    case "LIST":
      return Array.isArray(value) ? value : void 0;
    case "STRUCT":
      return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
    default:
      return value;
  }
}
function checkParameters(spec, given, source) {
  const declared = spec.root?.inputDefinitions?.parameters ?? {};
  const names = Object.keys(declared);
  const diagnostics = [];
  const error = (code, message, path) => diagnostics.push({
    code,
    severity: "error",
    message: `${message} (values from ${source})`,
    path
  });
  const has = (o, name) => Object.prototype.hasOwnProperty.call(o, name);
  const values = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(given)) {
    const decl = has(declared, name) ? declared[name] : void 0;
    const path = `root.inputDefinitions.parameters.${name}`;
    if (!decl) {
      error(
        "parameter/unknown",
        `parameter "${name}" is not an input of pipeline ${spec.pipelineInfo?.name ?? ""}; its inputs are: ${names.join(", ") || "(none)"}`,
        path
      );
      continue;
    }
    const infinite = nonFinite(value);
    if (infinite) {
      error(
        "parameter/not-finite",
        `parameter "${name}" ${infinite.at ? `holds ${infinite.value} at ${infinite.at}` : `is ${infinite.value}`}: JSON, and so Vertex AI, cannot carry NaN or Infinity (it would become null); use a finite number`,
        path
      );
      continue;
    }
    const typed = coerceParameter(decl.parameterType, value);
    if (decl.parameterType === "NUMBER_INTEGER" && typeof typed === "number" && !Number.isSafeInteger(typed)) {
      error(
        "parameter/unsafe-integer",
        `parameter "${name}" is ${show(value)}, beyond \xB1${MAX_SAFE} (2^53 \u2212 1): it cannot be sent exactly (it would become ${typed}); use a smaller integer or a STRING input`,
        path
      );
      continue;
    }
    if (typed === void 0) {
      error(
        "parameter/type",
        `parameter "${name}" must be ${TYPE_WORD[decl.parameterType] ?? decl.parameterType} (${decl.parameterType}), got ${show(value)}`,
        path
      );
      continue;
    }
    if (Array.isArray(decl.literals) && decl.literals.length > 0) {
      const allowed = decl.literals.map((l) => JSON.stringify(l));
      if (!allowed.includes(JSON.stringify(typed))) {
        error(
          "parameter/not-allowed",
          `parameter "${name}" is ${show(typed)}; allowed: ${allowed.join(", ")}`,
          path
        );
        continue;
      }
    }
    values.set(name, typed);
  }
  for (const [name, decl] of Object.entries(declared)) {
    if (has(given, name) || decl.isOptional || decl.defaultValue !== void 0) continue;
    error(
      "parameter/missing",
      `pipeline input "${name}" (${decl.parameterType ?? "parameter"}) has no default and no value: set it under \`parameters\` in the config or in the \`parameters\` input`,
      `root.inputDefinitions.parameters.${name}`
    );
  }
  return { values: Object.fromEntries(values), diagnostics };
}

// src/core/result/metrics.ts
var METRICS = "system.Metrics";
var CLASSIFICATION = "system.ClassificationMetrics";
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function num(v) {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function scalarsOf(task, artifact) {
  const out = [];
  for (const [name, raw] of Object.entries(artifact.metadata)) {
    if (typeof raw !== "number" || !Number.isFinite(raw)) continue;
    out.push({
      task: task.name,
      artifact: artifact.outputName,
      name,
      value: raw,
      ...task.iteration !== void 0 ? { iteration: task.iteration } : {}
    });
  }
  return out;
}
function rocPointsOf(metadata) {
  const raw = metadata.confidenceMetrics;
  const list = isRecord(raw) && Array.isArray(raw.list) ? raw.list : raw;
  if (!Array.isArray(list)) return [];
  const points = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const fpr = num(item.falsePositiveRate);
    const tpr = num(item.recall ?? item.truePositiveRate);
    if (fpr === void 0 || tpr === void 0) continue;
    if (fpr < 0 || fpr > 1 || tpr < 0 || tpr > 1) continue;
    const threshold = num(item.confidenceThreshold);
    points.push({ fpr, tpr, ...threshold !== void 0 ? { threshold } : {} });
  }
  return points.sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
}
function confusionMatrixOf(metadata) {
  const cm = metadata.confusionMatrix;
  if (!isRecord(cm) || !Array.isArray(cm.rows)) return void 0;
  const rows = [];
  for (const r of cm.rows) {
    const cells = isRecord(r) ? r.row : r;
    if (!Array.isArray(cells)) return void 0;
    const values = cells.map(num);
    if (values.some((v) => v === void 0)) return void 0;
    rows.push(values);
  }
  const specs = Array.isArray(cm.annotationSpecs) ? cm.annotationSpecs : [];
  const labels = rows.map((_, i) => {
    const spec = specs[i];
    if (isRecord(spec) && typeof spec.displayName === "string") return spec.displayName;
    if (typeof spec === "string") return spec;
    return String(i);
  });
  if (rows.length === 0 || rows.some((r) => r.length !== rows.length)) return void 0;
  return { labels, rows };
}
function extractMetrics(run) {
  const scalars = [];
  const rocCurves = [];
  const confusionMatrices = [];
  const dags = new Set(run.tasks.map((t) => t.parent).filter((p) => p !== void 0));
  const produced = new Set(
    run.tasks.filter((t) => !dags.has(t.name)).flatMap((t) => t.outputArtifacts.map((a) => a.uri))
  );
  for (const task of run.tasks) {
    for (const artifact of task.outputArtifacts) {
      if (dags.has(task.name) && produced.has(artifact.uri)) continue;
      if (artifact.schemaTitle === METRICS) scalars.push(...scalarsOf(task, artifact));
      if (artifact.schemaTitle !== CLASSIFICATION) continue;
      const points = rocPointsOf(artifact.metadata);
      if (points.length > 0) {
        rocCurves.push({ task: task.name, artifact: artifact.outputName, points });
      }
      const cm = confusionMatrixOf(artifact.metadata);
      if (cm) confusionMatrices.push({ task: task.name, artifact: artifact.outputName, ...cm });
    }
  }
  return { scalars, rocCurves, confusionMatrices };
}
function findMetric(metrics, name, task) {
  const matches = metrics.scalars.filter(
    (m) => m.name === name && (task === void 0 || m.task === task)
  );
  const tasks = [...new Set(matches.map((m) => m.task))];
  if (tasks.length > 1) return { ambiguous: tasks };
  return matches[0] ? { metric: matches[0] } : {};
}
function rocAuc(points) {
  const pts = withCorners(points);
  let area = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    area += (b.fpr - a.fpr) * ((a.tpr + b.tpr) / 2);
  }
  return area;
}
function withCorners(points) {
  const sorted = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  return [{ fpr: 0, tpr: 0 }, ...sorted, { fpr: 1, tpr: 1 }];
}
function resampleRoc(points, steps = 10) {
  const pts = withCorners(points);
  const out = [];
  for (let i = 0; i <= steps; i++) {
    const x = i / steps;
    let y = 0;
    for (let j = 0; j < pts.length; j++) {
      const p = pts[j];
      if (p.fpr === x) y = Math.max(y, p.tpr);
      const q = pts[j + 1];
      if (q && p.fpr < x && x < q.fpr) {
        y = Math.max(y, p.tpr + (q.tpr - p.tpr) * (x - p.fpr) / (q.fpr - p.fpr));
      }
    }
    out.push(Math.round(y * 1e3) / 1e3);
  }
  return out;
}
function metricsAsJson(metrics) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of metrics.scalars) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const out = {};
  for (const m of metrics.scalars) {
    const key = (counts.get(m.name) ?? 0) > 1 ? `${m.task}.${m.name}` : m.name;
    if (!(key in out)) out[key] = m.value;
  }
  return out;
}
function outputParameterText(run, task, output) {
  const t = run.tasks.find((x) => x.name === task && output in x.outputParameters);
  if (!t) return void 0;
  const v = t.outputParameters[output];
  if (v === void 0) return void 0;
  return typeof v === "string" ? v : JSON.stringify(v);
}

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

// src/core/report/run-report.ts
var STATE_LABEL = {
  PENDING: "\u23F3 pending",
  RUNNING: "\u{1F504} running",
  SUCCEEDED: "\u2705 succeeded",
  CANCEL_PENDING: "\u26D4 cancelling",
  CANCELLING: "\u26D4 cancelling",
  CANCELLED: "\u26D4 cancelled",
  FAILED: "\u274C failed",
  SKIPPED: "\u267B\uFE0F cached",
  NOT_TRIGGERED: "\u23ED\uFE0F not triggered",
  UNSPECIFIED: "\u2754 unknown"
};
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "";
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const s = Math.round(ms / 1e3);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor(s % 3600 / 60)).padStart(2, "0")} min`;
}
function durationOf(start, end, now) {
  if (!start) return void 0;
  const a = Date.parse(start);
  const b = Date.parse(end ?? now ?? "");
  return Number.isFinite(a) && Number.isFinite(b) ? b - a : void 0;
}
var num2 = (n2) => String(Math.round(n2 * 1e4) / 1e4);
var signed = (n2) => n2 >= 0 ? `+${num2(n2)}` : num2(n2);
var STATUS_ICON = { pass: "\u2705", fail: "\u274C", skipped: "\u23ED\uFE0F" };
function taskLabel(t) {
  const at = t.iterationPath?.join(".") ?? t.iteration;
  return at !== void 0 ? `${t.name} #${at}` : t.name;
}
function outputsSection(run) {
  const o = run.outputs;
  if (!o) return [];
  const rows = [
    ...Object.entries(o.parameters).map(
      ([name, value]) => `| ${mdCode(name)} | ${mdCode(truncate(JSON.stringify(value), 200))} |`
    ),
    ...o.artifacts.map(
      (a) => `| ${mdCode(a.outputName)} | ${mdCell(a.schemaTitle)} ${mdCode(truncate(a.uri, 300))} |`
    )
  ];
  return ["**Pipeline outputs**", "", "| output | value |", "| --- | --- |", ...rows, ""];
}
function warningsSection(run) {
  if (!run.warnings?.length) return [];
  return [
    ...run.warnings.map((w) => `- \u26A0\uFE0F ${mdText(truncate(w.message, 600))} (${mdCode(w.code)})`),
    ""
  ];
}
function verdict(run, outcome, options) {
  const icon = outcome.decision === "deploy" ? "\u2705" : "\u23F8\uFE0F";
  const what = options.title ? ` \xB7 ${mdText(options.title)}` : "";
  return `### ${mdCode(run.pipelineName)}${what} \xB7 decision: **${outcome.decision}** ${icon}`;
}
function statusLine(run, options) {
  const backend = run.backend === "local" ? "Local" : "Vertex";
  const id = mdCode(run.jobName);
  const url = mdUrl(run.url);
  const link = url ? `[${id}](${url})` : id;
  const took = durationOf(run.startTime ?? run.createTime, run.endTime, options.now);
  const parts = [
    `${backend} run ${link}`,
    `**${run.state}**${took !== void 0 ? ` in ${formatDuration(took)}` : ""}`
  ];
  if (run.specDigest) {
    const digest = run.specDigest.replace(/^sha256:/, "");
    parts.push(`spec ${mdCode(`sha256:${digest.slice(0, 12)}`)}`);
  }
  const cached = run.tasks.filter((t) => t.cached).length;
  if (cached > 0) parts.push(`${cached} of ${run.tasks.length} tasks from cache`);
  return parts.join(" \xB7 ");
}
function reasonsSection(outcome) {
  const heading = outcome.decision === "deploy" ? "**Why deploy**" : "**Why hold**";
  const lines = [heading, "", ...outcome.reasons.map((r) => `- ${mdText(r)}`)];
  if (outcome.notes.length > 0) lines.push(...outcome.notes.map((n2) => `- _${mdText(n2)}_`));
  return lines;
}
function metricsTable(outcome, baselineLabel) {
  const hasBaseline = outcome.checks.some((c) => c.baseline !== void 0);
  const header = hasBaseline ? [
    "| metric | this run | " + mdCell(baselineLabel) + " | \u0394 | gate | |",
    "| --- | --- | --- | --- | --- | --- |"
  ] : ["| metric | this run | gate | |", "| --- | --- | --- | --- |"];
  const rows = [];
  const key = (task, metric) => `${task ?? ""}\0${metric}`;
  const byMetric = /* @__PURE__ */ new Map();
  for (const c of outcome.checks) {
    const k = key(c.task, c.metric);
    byMetric.set(k, [...byMetric.get(k) ?? [], c]);
  }
  const scalarTasks = /* @__PURE__ */ new Map();
  for (const m of outcome.metrics.scalars)
    scalarTasks.set(m.name, (scalarTasks.get(m.name) ?? 0) + 1);
  const row = (label, value, checks, baseline) => {
    const gate = checks.map((c) => c.rule).join("; ");
    const statuses = checks.map((c) => c.status);
    const icon = statuses.includes("fail") ? STATUS_ICON.fail : statuses.includes("pass") ? STATUS_ICON.pass : statuses.length > 0 ? STATUS_ICON.skipped : "";
    const cells = hasBaseline ? [
      label,
      value,
      baseline !== void 0 ? num2(baseline) : "",
      baseline !== void 0 && value !== "not reported" ? signed(Number(value) - baseline) : "",
      gate,
      icon
    ] : [label, value, gate, icon];
    rows.push(`| ${cells.join(" | ")} |`);
  };
  const seen = /* @__PURE__ */ new Set();
  for (const m of outcome.metrics.scalars) {
    const checks = byMetric.get(key(m.task, m.name)) ?? byMetric.get(key(void 0, m.name)) ?? [];
    const dup = (scalarTasks.get(m.name) ?? 0) > 1;
    const label = dup || checks[0]?.task ? `${mdText(m.name)} (${mdCode(taskLabel({ name: m.task, ...m.iteration !== void 0 ? { iteration: m.iteration } : {} }))})` : mdText(m.name);
    row(label, num2(m.value), checks, checks.find((c) => c.baseline !== void 0)?.baseline);
    for (const c of checks) seen.add(key(c.task, c.metric));
  }
  for (const [k, checks] of byMetric) {
    if (seen.has(k)) continue;
    const c = checks[0];
    const label = c.task ? `${mdText(c.metric)} (${mdCode(c.task)})` : mdText(c.metric);
    row(label, "not reported", checks);
  }
  const d = outcome.pipelineDecision;
  if (d) {
    const cells = hasBaseline ? [
      `${mdCode(d.task)} \u2192 ${mdCode(d.output)}`,
      d.value !== void 0 ? mdCell(d.value) : "not reported",
      "",
      "",
      `must be ${d.deployValues.map(mdText).join(" or ")}`,
      STATUS_ICON[d.status]
    ] : [
      `${mdCode(d.task)} \u2192 ${mdCode(d.output)}`,
      d.value !== void 0 ? mdCell(d.value) : "not reported",
      `must be ${d.deployValues.map(mdText).join(" or ")}`,
      STATUS_ICON[d.status]
    ];
    rows.push(`| ${cells.join(" | ")} |`);
  }
  return rows.length > 0 ? [...header, ...rows] : ["_The run logged no metrics._"];
}
function rocChart(curve, steps, several) {
  const ys = resampleRoc(curve.points, steps);
  const auc = rocAuc(curve.points);
  const title = several ? `ROC curve of ${curve.task} (AUC ${auc.toFixed(3)})` : `ROC curve (AUC ${auc.toFixed(3)})`;
  const xs = ys.map((_, i) => (i / steps).toFixed(2).replace(/0$/, ""));
  return [
    "```mermaid",
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    '      plotColorPalette: "#1f77b4"',
    // Room for the axis titles: Mermaid measures text at the size the SVG is shown, so in a
    // narrow column (or a phone) the rotated y title would sit on the tick labels.
    "  xyChart:",
    "    xAxis:",
    "      titlePadding: 10",
    "    yAxis:",
    "      titlePadding: 16",
    "---",
    "xychart-beta",
    `  title ${mermaidLabel(title)}`,
    '  x-axis "false positive rate" 0 --> 1',
    '  y-axis "true positive rate" 0 --> 1',
    `  line [${ys.map((y) => y.toString()).join(", ")}]`,
    "```",
    "",
    `| false positive rate | ${xs.join(" | ")} |`,
    `| --- | ${xs.map(() => "---").join(" | ")} |`,
    `| true positive rate | ${ys.join(" | ")} |`
  ];
}
function confusionTables(outcome) {
  const several = outcome.metrics.confusionMatrices.length > 1;
  const out = [];
  for (const cm of outcome.metrics.confusionMatrices) {
    if (several) out.push(`Confusion matrix of ${mdCode(cm.task)}`, "");
    out.push(
      `| actual \u2193 \xB7 predicted \u2192 | ${cm.labels.map(mdCell).join(" | ")} |`,
      `| --- | ${cm.labels.map(() => "---").join(" | ")} |`,
      ...cm.rows.map((r, i) => `| **${mdCell(cm.labels[i])}** | ${r.map(num2).join(" | ")} |`),
      ""
    );
  }
  return out;
}
function tasksTable(run, now) {
  const lines = ["| task | state | took |", "| --- | --- | --- |"];
  for (const t of run.tasks) {
    const took = durationOf(t.startTime, t.endTime, now);
    const state = t.cached ? STATE_LABEL.SKIPPED : STATE_LABEL[t.state];
    const name = t.parent ? `${mdCode(taskLabel(t))} <sub>in ${mdCode(t.parent)}</sub>` : mdCode(taskLabel(t));
    lines.push(`| ${name} | ${state} | ${took !== void 0 ? formatDuration(took) : ""} |`);
  }
  return lines;
}
function failures(run) {
  const out = [];
  for (const t of run.tasks.filter((x) => x.state === "FAILED" && x.error)) {
    out.push(`**${mdCode(taskLabel(t))} failed**`, "", mdCodeBlock(truncate(t.error, 4e3)), "");
  }
  if (run.error) out.push("**Run error**", "", mdCodeBlock(truncate(run.error, 4e3)), "");
  return out;
}
function details(summary, body) {
  return [`<details><summary>${summary}</summary>`, "", ...body, "", "</details>"];
}
function markerText(marker) {
  const m = /^(kfp-action:[a-z-]+:)([\s\S]*)$/.exec(marker);
  return m ? `${m[1]}${markerKey(m[2])}` : markerKey(marker);
}
function renderRunReport(run, outcome, options = {}) {
  const steps = options.rocSteps ?? 10;
  const maxChars = options.maxChars ?? 6e4;
  const head = [];
  if (options.marker) head.push(`<!-- ${markerText(options.marker)} -->`);
  head.push(verdict(run, outcome, options), "", statusLine(run, options), "");
  head.push(...metricsTable(outcome, options.baselineLabel ?? "baseline"), "");
  head.push(...reasonsSection(outcome), "");
  const curves = outcome.metrics.rocCurves;
  const sections = [];
  const charts = curves.map((c) => rocChart(c, steps, curves.length > 1));
  if (charts[0]) {
    const [chart] = charts;
    const fence = chart.indexOf("```", 1);
    head.push(...chart.slice(0, fence + 1), "");
    const body = [
      ...chart.slice(fence + 2),
      "",
      ...charts.slice(1).flatMap((c) => [...c, ""]),
      ...confusionTables(outcome)
    ];
    sections.push(
      details(
        outcome.metrics.confusionMatrices.length ? "ROC points and confusion matrix" : "ROC points",
        body
      )
    );
  } else if (outcome.metrics.confusionMatrices.length > 0) {
    sections.push(details("Confusion matrix", confusionTables(outcome)));
  }
  const failed = failures(run);
  if (failed.length > 0) head.push(...failed);
  head.push(...warningsSection(run), ...outputsSection(run));
  sections.push(details("Tasks", tasksTable(run, options.now)));
  for (const extra of options.extraSections ?? []) sections.push([extra]);
  const footer = options.footer ? ["", `<sub>${options.footer}</sub>`] : [];
  const assemble = (parts, note) => [...head, ...parts.flatMap((s) => [...s, ""]), ...note ? [note] : [], ...footer].join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
  let kept = sections;
  let out = assemble(kept);
  while (out.length > maxChars && kept.length > 0) {
    kept = kept.slice(0, -1);
    out = assemble(
      kept,
      `_Some sections were left out to stay under ${maxChars} characters; see the full report file._`
    );
  }
  return out.length > maxChars ? truncate(out, maxChars) : out;
}

// src/core/report/run-summary-text.ts
function plain(value) {
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");
}
function errorHeadline(error) {
  const lines = error.split("\n").map((l) => l.trim()).filter(Boolean);
  const exception = [...lines].reverse().find((l) => /^[\w.]*(Error|Exception)\b|^error\b|No module named/i.test(l));
  return exception ?? lines[0] ?? "";
}
function table(rows) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return rows.map(
    (r) => "  " + r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
var n = (v) => String(Math.round(v * 1e4) / 1e4);
function renderRunSummaryText(run, outcome, reportPath) {
  const took = durationOf(run.startTime, run.endTime);
  const lines = [
    `${plain(run.pipelineName)}: ${run.state}${took !== void 0 ? ` in ${formatDuration(took)}` : ""} (${run.backend} run ${plain(run.jobName)})`,
    "",
    "Tasks:",
    ...table(
      run.tasks.map((t) => [
        plain(
          t.iteration !== void 0 ? `${t.name} #${(t.iterationPath ?? [t.iteration]).join(".")}` : t.name
        ),
        t.cached ? "CACHED" : t.state,
        (() => {
          const d = durationOf(t.startTime, t.endTime);
          return d !== void 0 ? formatDuration(d) : "";
        })()
      ])
    )
  ];
  const failed = run.tasks.filter((t) => t.state === "FAILED" && t.error && t.errorCode);
  if (failed.length > 0) {
    lines.push("", "Failed:");
    for (const t of failed) lines.push(`  ${plain(t.name)}: ${plain(errorHeadline(t.error))}`);
  }
  if (outcome.metrics.scalars.length > 0) {
    lines.push("", "Metrics:");
    lines.push(
      ...table(outcome.metrics.scalars.map((m) => [plain(`${m.task}/${m.name}`), n(m.value)]))
    );
  }
  if (outcome.checks.length > 0 || outcome.pipelineDecision) {
    lines.push("", "Checks:");
    const rows = [];
    if (outcome.pipelineDecision) {
      rows.push([
        outcome.pipelineDecision.status.toUpperCase(),
        plain(outcome.pipelineDecision.reason)
      ]);
    }
    for (const c of outcome.checks) rows.push([c.status.toUpperCase(), plain(c.reason)]);
    lines.push(...table(rows));
  }
  lines.push("", `Decision: ${outcome.decision.toUpperCase()}`);
  for (const r of outcome.reasons) lines.push(`  - ${plain(r)}`);
  const shown = new Set(outcome.checks.map((c) => c.reason));
  for (const note of outcome.notes) if (!shown.has(note)) lines.push(`  (${plain(note)})`);
  if (reportPath) lines.push("", `Report: ${plain(reportPath)}`);
  return lines.join("\n");
}

// src/core/spec/graph.ts
var record = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
var text2 = (value) => typeof value === "string" ? value : void 0;
function upstreamEdges(task) {
  const edges = [];
  const deps = task.dependentTasks;
  if (Array.isArray(deps)) {
    for (const d of deps)
      if (typeof d === "string") edges.push({ task: d, kind: "dependentTasks" });
  }
  const inputs = record(task.inputs);
  for (const [input, spec] of Object.entries(record(inputs?.parameters) ?? {})) {
    const s = record(spec);
    const producer = text2(record(s?.taskOutputParameter)?.producerTask);
    if (producer !== void 0) edges.push({ task: producer, kind: "parameter", input });
    const status = text2(record(s?.taskFinalStatus)?.producerTask);
    if (status !== void 0) edges.push({ task: status, kind: "finalStatus", input });
  }
  for (const [input, spec] of Object.entries(record(inputs?.artifacts) ?? {})) {
    const producer = text2(record(record(spec)?.taskOutputArtifact)?.producerTask);
    if (producer !== void 0) edges.push({ task: producer, kind: "artifact", input });
  }
  return edges;
}
function taskDependencies(task) {
  return [...new Set(upstreamEdges(task).map((e) => e.task))];
}
function topologicalOrder(dag) {
  const tasks = record(dag?.tasks) ?? {};
  const names = Object.keys(tasks);
  const upstream = /* @__PURE__ */ new Map();
  const downstream = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Map();
  for (const name of names) {
    const ups = taskDependencies(record(tasks[name]) ?? {}).filter(
      (u) => Object.hasOwn(tasks, u)
    );
    upstream.set(name, ups);
    pending.set(name, ups.length);
    for (const u of ups) {
      const list = downstream.get(u);
      if (list) list.push(name);
      else downstream.set(u, [name]);
    }
  }
  const order = [];
  const ready = names.filter((n2) => pending.get(n2) === 0);
  for (let i = 0; i < ready.length; i++) {
    const name = ready[i];
    order.push(name);
    for (const down of downstream.get(name) ?? []) {
      const left2 = pending.get(down) - 1;
      pending.set(down, left2);
      if (left2 === 0) ready.push(down);
    }
  }
  if (order.length === names.length) return { order };
  const left = new Set(names.filter((n2) => pending.get(n2) > 0));
  const start = names.find((n2) => left.has(n2));
  const seenAt = /* @__PURE__ */ new Map();
  const walk = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, walk.length);
    walk.push(current);
    current = upstream.get(current).find((u) => left.has(u));
  }
  const loop = walk.slice(seenAt.get(current)).reverse();
  const index = new Map(names.map((n2, i) => [n2, i]));
  let first = 0;
  loop.forEach((n2, i) => {
    if (index.get(n2) < index.get(loop[first])) first = i;
  });
  const rotated = [...loop.slice(first), ...loop.slice(0, first)];
  return { order, cycle: [...rotated, rotated[0]] };
}
function listComponents(spec) {
  const entries = [];
  const root = record(spec.root);
  if (root) entries.push({ name: "root", component: root, path: ["root"] });
  for (const [name, value] of Object.entries(record(spec.components) ?? {})) {
    const component = record(value);
    if (component) {
      entries.push({ name, component, path: ["components", name] });
    }
  }
  return entries;
}

export {
  stableEmbeddedArchives,
  canonicalJson,
  sha256,
  specDigest,
  parseParameterJson,
  checkParameters,
  extractMetrics,
  findMetric,
  metricsAsJson,
  outputParameterText,
  WORD_JOINER,
  mdText,
  mdCell,
  mdCode,
  mdUrl,
  mermaidLabel,
  mermaidId,
  markerKey,
  truncate,
  formatDuration,
  renderRunReport,
  plain,
  errorHeadline,
  renderRunSummaryText,
  taskDependencies,
  topologicalOrder,
  listComponents
};
