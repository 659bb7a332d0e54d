import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  durationOf,
  formatDuration
} from "./chunk-RGIAAWDF.js";

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

export {
  plain,
  errorHeadline,
  renderRunSummaryText
};
