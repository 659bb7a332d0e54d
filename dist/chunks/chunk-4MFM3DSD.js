import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  scheduleCommentSection
} from "./chunk-MOCBYYR6.js";
import {
  INIT_DOCS,
  ZERO_CONFIG_DOCS
} from "./chunk-BSDYNIC6.js";
import {
  reportLine,
  reviewedStamp
} from "./chunk-VLKUCJEJ.js";
import {
  markerKey,
  mdCode,
  mdText,
  mermaidId,
  mermaidLabel,
  truncate
} from "./chunk-2HGA3KQZ.js";

// src/core/report/diff-text.ts
var MAX_VALUE = 80;
var code = (v) => mdCode(truncate(v, MAX_VALUE));
var text = (v) => mdText(truncate(v, 160));
var RESOURCE_NAMES = {
  cpuLimit: "CPU limit",
  resourceCpuLimit: "CPU limit",
  cpuRequest: "CPU request",
  resourceCpuRequest: "CPU request",
  memoryLimit: "memory limit (GB)",
  resourceMemoryLimit: "memory limit",
  memoryRequest: "memory request (GB)",
  resourceMemoryRequest: "memory request",
  accelerator: "accelerator"
};
function was(before, after, what) {
  if (before === void 0) return `${what} ${code(after ?? "")} (was none)`;
  if (after === void 0) return `${what} removed (was ${code(before)})`;
  return `${what} ${code(before)} \u2192 ${code(after)}`;
}
function describeChange(c) {
  switch (c.field) {
    case "kind":
      return `now a ${mdText(c.after ?? "?")} task (was ${mdText(c.before ?? "?")})`;
    case "image":
      return was(c.before, c.after, "image");
    case "command":
    case "args": {
      const parts = [];
      for (const p of c.packages) {
        if (p.before === void 0) parts.push(`now installs ${code(p.name + (p.after ?? ""))}`);
        else if (p.after === void 0) parts.push(`no longer installs ${code(p.name)}`);
        else {
          parts.push(`installs ${code(p.name + p.after)} (was ${code(p.before || "unpinned")})`);
        }
      }
      const short2 = c.before.length <= 100 && c.after.length <= 100;
      if (!parts.length && short2)
        parts.push(was(c.before || void 0, c.after || void 0, c.field));
      else if (!parts.length || c.linesAdded + c.linesRemoved > 2 * c.packages.length) {
        const what = c.field === "command" ? "component code" : "arguments";
        parts.push(`${what} changed (+${c.linesAdded} \u2212${c.linesRemoved} lines)`);
      }
      return parts.join("; ");
    }
    case "input":
      if (c.before === void 0) return `new input ${code(c.name)} from ${text(c.after ?? "")}`;
      if (c.after === void 0) return `input ${code(c.name)} removed (was ${text(c.before)})`;
      return `input ${code(c.name)} now comes from ${text(c.after)} (was ${text(c.before)})`;
    case "resource":
      return was(c.before, c.after, RESOURCE_NAMES[c.name] ?? mdText(c.name));
    case "dependencies": {
      const parts = [];
      if (c.added.length) parts.push(`now waits for ${c.added.map(code).join(", ")}`);
      if (c.removed.length) parts.push(`no longer waits for ${c.removed.map(code).join(", ")}`);
      return parts.join("; ");
    }
    case "env": {
      const names = (list) => list.map((e) => code(e.split("=")[0] ?? e)).join(", ");
      const parts = [];
      if (c.added.length) parts.push(`environment ${names(c.added)} set`);
      if (c.removed.length) parts.push(`environment ${names(c.removed)} no longer set`);
      return parts.join("; ");
    }
    case "caching":
      return c.after ? "caching turned on" : "caching turned off";
    case "retry":
      return was(c.before, c.after, "retry policy");
    case "condition":
      if (c.before === void 0) return `now runs only if ${code(c.after ?? "")}`;
      if (c.after === void 0) return `now runs unconditionally (was only if ${code(c.before)})`;
      return `condition ${code(c.before)} \u2192 ${code(c.after)}`;
    case "iterator":
      return was(c.before, c.after, "loop");
    case "displayName":
      return was(c.before, c.after, "display name");
  }
}
var TYPE_WORDS = {
  NUMBER_INTEGER: "integer",
  NUMBER_DOUBLE: "float",
  STRING: "string",
  BOOLEAN: "boolean",
  LIST: "list",
  STRUCT: "dict"
};
function paramWords(p) {
  const type = TYPE_WORDS[p.type] ?? mdText(p.type);
  return p.defaultValue === void 0 ? `${type}, no default` : `${type}, default ${code(p.defaultValue)}`;
}
function describeParameter(p) {
  if (p.kind === "added") return `new parameter ${code(p.name)} (${paramWords(p.after)})`;
  if (p.kind === "removed") return `parameter ${code(p.name)} removed`;
  const b = p.before;
  const a = p.after;
  const parts = [];
  if (b.type !== a.type) parts.push(`type ${paramWords(b)} \u2192 ${paramWords(a)}`);
  if (b.defaultValue !== a.defaultValue) {
    parts.push(
      a.defaultValue === void 0 ? `no default any more (was ${code(b.defaultValue ?? "")})` : b.defaultValue === void 0 ? `default ${code(a.defaultValue)} (was none)` : `default ${code(b.defaultValue)} \u2192 ${code(a.defaultValue)}`
    );
  }
  if (!parts.length) parts.push(a.optional ? "now optional" : "now required");
  return `parameter ${code(p.name)}: ${parts.join(", ")}`;
}
function taskSubject(t) {
  return t.displayName ? `${code(t.key)} ${text(`\u201C${t.displayName}\u201D`)}` : code(t.key);
}
function diffRows(diff) {
  const rows = [];
  for (const t of diff.added) {
    const image = t.image ? ` (image ${code(t.image)})` : "";
    rows.push({
      subject: `\u{1F7E9} ${taskSubject(t)}`,
      change: `new ${t.kind === "dag" ? "group" : "task"}${image}`
    });
  }
  for (const t of diff.removed) {
    rows.push({ subject: `\u{1F7E5} ${taskSubject(t)}`, change: "removed" });
  }
  for (const t of diff.changed) {
    rows.push({
      subject: `\u{1F7E8} ${taskSubject(t)}`,
      change: t.changes.map(describeChange).join("; ")
    });
  }
  const pipeline = [];
  if (diff.nameBefore !== void 0 && diff.nameBefore !== diff.nameAfter) {
    pipeline.push(`renamed ${code(diff.nameBefore)} \u2192 ${code(diff.nameAfter)}`);
  }
  pipeline.push(...diff.parameters.map(describeParameter));
  if (diff.platformChanged) pipeline.push("Kubernetes platform settings changed");
  if (pipeline.length) rows.push({ subject: "*pipeline*", change: pipeline.join("; ") });
  const named = /* @__PURE__ */ new Set();
  for (const t of [...diff.added, ...diff.removed]) if (t.image) named.add(t.image);
  for (const t of diff.changed) {
    for (const c of t.changes) {
      if (c.field === "image") {
        if (c.before) named.add(c.before);
        if (c.after) named.add(c.after);
      }
    }
  }
  const before = new Set(diff.images.map((i) => i.before).filter((x) => x !== void 0));
  const after = new Set(diff.images.map((i) => i.after).filter((x) => x !== void 0));
  const gained = [...after].filter((i) => !before.has(i) && !named.has(i));
  const lost = [...before].filter((i) => !after.has(i) && !named.has(i));
  const images = [];
  if (gained.length) images.push(`now uses ${gained.map(code).join(", ")}`);
  if (lost.length) images.push(`no longer uses ${lost.map(code).join(", ")}`);
  if (images.length && !diff.isNew) rows.push({ subject: "*images*", change: images.join("; ") });
  return rows;
}
function diffHeadline(diff) {
  if (diff.isNew)
    return `new pipeline with ${diff.added.length} ${plural(diff.added.length, "task")}`;
  if (diff.empty) return "no change in behaviour";
  const parts = [];
  const count = (n, what, how) => {
    if (n) parts.push(`${n} ${plural(n, what)} ${how}`);
  };
  count(diff.added.length, "task", "added");
  count(diff.removed.length, "task", "removed");
  count(diff.changed.length, "task", "changed");
  count(diff.parameters.filter((p) => p.kind === "added").length, "parameter", "added");
  count(diff.parameters.filter((p) => p.kind === "removed").length, "parameter", "removed");
  count(diff.parameters.filter((p) => p.kind === "changed").length, "parameter", "changed");
  if (!parts.length) parts.push("pipeline settings changed");
  return parts.join(", ");
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}

// src/core/report/mermaid-dag.ts
var MAX_DAG_NODES = 120;
var CLASS_DEFS = [
  "classDef added fill:#d4edda,stroke:#2e7d32,color:#000",
  "classDef changed fill:#fff3cd,stroke:#b8860b,color:#000",
  "classDef removed fill:#f8d7da,stroke:#c62828,color:#000,stroke-dasharray:5 3"
];
var id = (key) => mermaidId(key, "t");
var label = (t) => mermaidLabel(t.displayName ? `${t.name} \xB7 ${t.displayName}` : t.name);
function taskStatuses(diff, head) {
  const status = /* @__PURE__ */ new Map();
  for (const key of head.tasks.keys()) status.set(key, "same");
  for (const t of diff.added) status.set(t.key, "added");
  for (const t of diff.changed) status.set(t.key, "changed");
  for (const t of diff.removed) status.set(t.key, "removed");
  return status;
}
function renderDag(head, diff) {
  const tasks = [...head.tasks.values(), ...diff.removed];
  if (tasks.length === 0) return { omitted: "the pipeline has no tasks", nodes: 0 };
  if (tasks.length > MAX_DAG_NODES) {
    return {
      omitted: `the pipeline has ${tasks.length} tasks, more than the ${MAX_DAG_NODES} a readable picture holds`,
      nodes: tasks.length
    };
  }
  const status = taskStatuses(diff, head);
  const children = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const keys = new Set(tasks.map((t) => t.key));
  const lines = ["flowchart LR"];
  const emit = (parent, indent) => {
    for (const t of children.get(parent) ?? []) {
      if (t.kind === "dag" && children.has(t.key)) {
        lines.push(`${indent}subgraph ${id(t.key)}[${label(t)}]`);
        lines.push(`${indent}  direction LR`);
        emit(t.key, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id(t.key)}[${label(t)}]`);
      }
    }
  };
  emit(void 0, "  ");
  for (const t of tasks) {
    const arrow = status.get(t.key) === "removed" ? "-.->" : "-->";
    for (const dep of t.dependencies) {
      if (keys.has(dep)) lines.push(`  ${id(dep)} ${arrow} ${id(t.key)}`);
    }
  }
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  for (const cls of ["added", "changed", "removed"]) {
    const members = tasks.filter((t) => status.get(t.key) === cls).map((t) => id(t.key));
    if (members.length) lines.push(`  class ${members.join(",")} ${cls}`);
  }
  return { mermaid: lines.join("\n"), nodes: tasks.length };
}

// src/core/report/pr-comment.ts
var COMMENT_LIMIT = 65536;
var BUDGET = 65e3;
var MAX_ROWS = 100;
function commentMarker(pipeline, kind = "check") {
  return `<!-- kfp-action:${kind}:${markerKey(pipeline)} -->`;
}
var FOOTER_SEPARATOR = "<!-- kfp-action:footer -->";
function stableContent(body) {
  const i = body.indexOf(FOOTER_SEPARATOR);
  return (i === -1 ? body : body.slice(0, i)).trimEnd();
}
function sameStableContent(a, b) {
  return stableContent(a) === stableContent(b);
}
var short = (sha) => mdCode(sha.slice(0, 7));
function blobUrl(ctx, file, line) {
  const path = file.split("/").map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)).join("/");
  const repo = ctx.repository.split("/").map(encodeURIComponent).join("/");
  return `${ctx.serverUrl}/${repo}/blob/${encodeURIComponent(ctx.headSha)}/${path}${line ? `#L${line}` : ""}`;
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
function findingLine(d, ctx) {
  const task = d.task ? `${mdCode(d.task)} \u2014 ` : "";
  const where = d.file ? ` ([${mdText(`${d.file}${d.line ? `:${d.line}` : ""}`)}](${blobUrl(ctx, d.file, d.line)}))` : "";
  return `- ${ICON[d.severity]} ${task}${mdText(truncate(d.message, 400))}${where} ${mdCode(d.code)}`;
}
function findingList(list, ctx) {
  const lines = list.slice(0, MAX_ROWS).map((d) => findingLine(d, ctx));
  if (list.length > MAX_ROWS)
    lines.push(`- \u2026 and ${list.length - MAX_ROWS} more (see the full report)`);
  return lines;
}
function statusLine(r) {
  if (r.removed) return "pipeline removed by this PR";
  const errors = r.diagnostics.filter((d) => d.severity === "error").length;
  const policyErrors = r.policy.filter((d) => d.severity === "error").length;
  const policyWarnings = r.policy.filter((d) => d.severity === "warning").length;
  const parts = [
    r.compiled ? "\u2705 compiles" : "\u274C does not compile",
    !r.compiled ? "\u2796 not validated" : r.valid ? "\u2705 valid" : `\u274C ${errors} ${plural(errors, "error")}`
  ];
  if (policyErrors) parts.push(`\u274C ${policyErrors} policy ${plural(policyErrors, "error")}`);
  if (policyWarnings)
    parts.push(`\u26A0\uFE0F ${policyWarnings} policy ${plural(policyWarnings, "warning")}`);
  if (!policyErrors && !policyWarnings && r.compiled) parts.push("\u2705 policy");
  return parts.join(" \xB7 ");
}
function passed(r) {
  if (r.removed) return true;
  return r.compiled && r.valid && !r.policy.some((d) => d.severity === "error");
}
function emptyModel(name) {
  return { name, tasks: /* @__PURE__ */ new Map(), parameters: /* @__PURE__ */ new Map(), images: /* @__PURE__ */ new Map() };
}
function sections(r, ctx) {
  const out = [];
  const verdict = r.removed ? "\u{1F5D1}\uFE0F" : passed(r) ? "\u2705" : "\u274C";
  out.push({
    name: "status",
    // The second line is the hidden stamp of the reviewed spec, read on merge (reviewed-stamp.ts).
    text: [
      commentMarker(r.pipeline),
      ...[reviewedStamp(r.headDigest, ctx.headSha)].filter((l) => l !== void 0),
      `### ${verdict} ${mdCode(r.pipeline)} \xB7 ${statusLine(r)}`
    ].join("\n")
  });
  const range = ctx.baseSha ? `${short(ctx.baseSha)} \u2192 ${short(ctx.headSha)}` : short(ctx.headSha);
  let compared;
  if (r.removed && r.diff) {
    const tasks = r.diff.removed.length;
    const params = r.diff.parameters.length;
    const gone = [`${tasks} ${plural(tasks, "task")}`];
    if (params) gone.push(`${params} ${plural(params, "parameter")}`);
    const verb = gone.length === 1 && tasks === 1 ? "is" : "are";
    compared = `Compared with the base branch (${range}): **pipeline removed by this PR** \u2014 its ${gone.join(" and ")} ${verb} gone. Nothing of it is compiled, validated or checked against the policy here; once merged, it is no longer submitted.`;
  } else if (!r.diff)
    compared = `Not compared with the base branch (${range}): the pipeline did not compile here.`;
  else if (r.baseState === "failed") {
    compared = `The base branch version did not compile (${range}); every task counts as new.`;
  } else if (r.baseState === "not-compared")
    compared = `Not compared with the base branch (${range}).`;
  else compared = `Compared with the base branch (${range}): **${diffHeadline(r.diff)}**.`;
  const source = r.removed ? "Source at the base" : "Source";
  out.push({ name: "comparison", text: `${compared}
${source}: ${mdCode(r.source)}` });
  if (ctx.zeroConfig) {
    out.push({
      name: "the note on running without a config",
      text: `<sub>Checked without a config file: every pipeline in the repository, policy findings as warnings ([defaults](${ZERO_CONFIG_DOCS})). Run [\`npx kfp-action init\`](${INIT_DOCS}) to write \`kfp-action.yaml\` with parameters, gates and Vertex AI settings.</sub>`
    });
  }
  const errors = r.diagnostics.filter((d) => d.severity !== "notice");
  if (errors.length) {
    out.push({
      name: `${errors.length} compile/validation ${plural(errors.length, "finding")}`,
      text: ["**Errors**", ...findingList(errors, ctx)].join("\n"),
      cutOrder: 4
    });
  }
  if (r.diff && !r.diff.empty) {
    const rows = diffRows(r.diff);
    const shown2 = rows.slice(0, MAX_ROWS);
    const lines = ["| task | what changes |", "| --- | --- |"];
    lines.push(...shown2.map((row) => `| ${row.subject} | ${row.change || "&#32;"} |`));
    if (rows.length > MAX_ROWS)
      lines.push(`| \u2026 | ${rows.length - MAX_ROWS} more rows in the full report |`);
    out.push({ name: "the table of changes", text: lines.join("\n"), cutOrder: 3 });
  }
  const schedules = scheduleCommentSection(r.schedules, ctx.time);
  if (schedules) out.push(schedules);
  const shown = r.head ?? (r.removed && r.base ? emptyModel(r.base.name) : void 0);
  if (shown && r.diff) {
    const dag = renderDag(shown, r.diff);
    if (dag.mermaid) {
      const legend = r.diff.isRemoved ? "\n<sub>\u{1F7E5} removed</sub>" : r.diff.empty || r.diff.isNew ? "" : "\n<sub>\u{1F7E9} added \xB7 \u{1F7E8} changed \xB7 \u{1F7E5} removed</sub>";
      out.push({
        name: "the DAG picture",
        text: "```mermaid\n" + dag.mermaid + "\n```" + legend,
        cutOrder: 1
      });
    } else if (dag.omitted) {
      out.push({
        name: "the DAG picture",
        text: `<sub>No DAG picture: ${mdText(dag.omitted)}.</sub>`,
        cutOrder: 1
      });
    }
  }
  const policy = r.policy.filter((d) => d.severity !== "notice");
  if (policy.length) {
    out.push({
      name: `${policy.length} policy ${plural(policy.length, "finding")}`,
      text: ["**Policy**", ...findingList(policy, ctx)].join("\n"),
      cutOrder: 2
    });
  }
  if (r.head || r.removed && r.base) {
    const dash = "\u2013";
    const b = r.base;
    const row = (label2, base, head) => `| ${label2} | ${base} | ${head} |`;
    const digest = (d) => d ? mdCode(d) : dash;
    out.push({
      name: "the compiled spec details",
      text: [
        "<details><summary>Compiled spec</summary>",
        "",
        "| | base | this PR |",
        "| --- | --- | --- |",
        row("tasks", b ? String(b.tasks.size) : dash, r.head ? String(r.head.tasks.size) : dash),
        row(
          "parameters",
          b ? String(b.parameters.size) : dash,
          r.head ? String(r.head.parameters.size) : dash
        ),
        row("digest", digest(r.baseDigest), digest(r.headDigest)),
        "",
        "</details>"
      ].join("\n"),
      cutOrder: 0
    });
  }
  return out;
}
function footer(ctx, cut, report) {
  const bits = [`kfp-action ${mdText(ctx.version)}`];
  if (ctx.kfpVersion) bits.push(`kfp ${mdText(ctx.kfpVersion)}`);
  if (ctx.reportUrl) bits.push(`[full report](${ctx.reportUrl})`);
  bits.push(`for ${short(ctx.headSha)}${ctx.time ? `, ${mdText(ctx.time)}` : ""}`);
  const note = cut.length ? `> [!NOTE]
> Cut to stay under GitHub's ${COMMENT_LIMIT.toLocaleString("en-US")}-character comment limit: ${cut.join(", ")}. The full report is in the job summary${ctx.reportUrl ? ` ([run](${ctx.reportUrl}))` : ""}.

` : "";
  return `${note}${FOOTER_SEPARATOR}
${report ? `${report}
` : ""}<sub>${bits.join(" \xB7 ")}</sub>`;
}
function renderPrComment(r, ctx, limit = BUDGET) {
  const all = sections(r, ctx);
  const kept = [...all];
  const cut = [];
  const report = reportLine(r.pipeline, r.source);
  const join = () => `${kept.map((s) => s.text).join("\n\n")}

${footer(ctx, cut, report)}
`;
  let body = join();
  const cuttable = all.filter((s) => s.cutOrder !== void 0).sort((a, b) => a.cutOrder - b.cutOrder);
  for (const s of cuttable) {
    if (body.length <= limit) break;
    kept.splice(kept.indexOf(s), 1);
    cut.push(s.name);
    body = join();
  }
  if (body.length > limit) {
    body = truncate(body, limit);
  }
  return { body, cut };
}
var CHECK_MARKER_PREFIX = "<!-- kfp-action:check:";
function renderNoLongerChanged(marker, ctx) {
  const key = marker.slice(CHECK_MARKER_PREFIX.length, -" -->".length);
  const range = ctx.baseSha ? `${short(ctx.baseSha)} \u2192 ${short(ctx.headSha)}` : short(ctx.headSha);
  return [
    marker,
    `### \u2796 ${mdCode(truncate(key, 200))} \xB7 no longer changed by this PR`,
    "",
    `Compared with the base branch (${range}), this PR does not change this pipeline any more. The report an earlier push left here was out of date and has been replaced; the pipeline is not checked in this run.`,
    "",
    footer(ctx, []),
    ""
  ].join("\n");
}
function renderSuperseded(marker, pipeline, ctx) {
  const key = marker.slice(CHECK_MARKER_PREFIX.length, -" -->".length);
  return [
    marker,
    `### \u2796 ${mdCode(truncate(key, 200))} \xB7 now reported as ${mdCode(truncate(pipeline, 200))}`,
    "",
    `An earlier push did not compile, so this source had no pipeline name yet. It compiles now: its report is the comment of ${mdCode(truncate(pipeline, 200))}.`,
    "",
    footer(ctx, []),
    ""
  ].join("\n");
}
var SUMMARY_LIMIT = 1e6;
function renderSummary(results, ctx) {
  if (!results.length) return "### kfp-action check\n\nNo pipeline is affected by this change.\n";
  const join = (limit) => results.map((r) => renderPrComment(r, ctx, limit).body).join("\n---\n\n");
  const full = join(Number.MAX_SAFE_INTEGER);
  return full.length <= SUMMARY_LIMIT ? full : join(Math.floor(SUMMARY_LIMIT / results.length) - 10);
}

export {
  commentMarker,
  sameStableContent,
  passed,
  renderPrComment,
  CHECK_MARKER_PREFIX,
  renderNoLongerChanged,
  renderSuperseded,
  renderSummary
};
