import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  resampleRoc,
  rocAuc
} from "./chunk-BKUIOZJQ.js";
import {
  markerKey,
  mdCell,
  mdCode,
  mdCodeBlock,
  mdText,
  mdUrl,
  mermaidLabel,
  truncate
} from "./chunk-2HGA3KQZ.js";

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
var num = (n) => String(Math.round(n * 1e4) / 1e4);
var signed = (n) => n >= 0 ? `+${num(n)}` : num(n);
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
  if (outcome.notes.length > 0) lines.push(...outcome.notes.map((n) => `- _${mdText(n)}_`));
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
      baseline !== void 0 ? num(baseline) : "",
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
    row(label, num(m.value), checks, checks.find((c) => c.baseline !== void 0)?.baseline);
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
      ...cm.rows.map((r, i) => `| **${mdCell(cm.labels[i])}** | ${r.map(num).join(" | ")} |`),
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

export {
  formatDuration,
  durationOf,
  renderRunReport
};
