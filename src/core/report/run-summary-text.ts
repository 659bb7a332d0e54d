/**
 * The run's summary for a terminal: the same facts as the Markdown report, as plain aligned text.
 * Names come from the pipeline, so control characters (terminal escape sequences) are removed.
 */
import type { GateOutcome } from '../gates/evaluate.js';
import type { RunResult } from '../result/model.js';
import { durationOf, formatDuration } from './run-report.js';

/** Untrusted text for a terminal: one line, no control characters (no ANSI escapes). */
export function plain(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** The one line of an error worth showing alone: the exception (`ValueError: …`), else the
 * first line. */
export function errorHeadline(error: string): string {
  const lines = error
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const exception = [...lines]
    .reverse()
    .find((l) => /^[\w.]*(Error|Exception)\b|^error\b|No module named/i.test(l));
  return exception ?? lines[0] ?? '';
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map(
    (r) =>
      '  ' +
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
  );
}

const n = (v: number): string => String(Math.round(v * 10000) / 10000);

export function renderRunSummaryText(
  run: RunResult,
  outcome: GateOutcome,
  reportPath?: string,
): string {
  const took = durationOf(run.startTime, run.endTime);
  const lines = [
    `${plain(run.pipelineName)}: ${run.state}${took !== undefined ? ` in ${formatDuration(took)}` : ''} (${run.backend} run ${plain(run.jobName)})`,
    '',
    'Tasks:',
    ...table(
      run.tasks.map((t) => [
        plain(
          t.iteration !== undefined
            ? `${t.name} #${(t.iterationPath ?? [t.iteration]).join('.')}`
            : t.name,
        ),
        t.cached ? 'CACHED' : t.state,
        (() => {
          const d = durationOf(t.startTime, t.endTime);
          return d !== undefined ? formatDuration(d) : '';
        })(),
      ]),
    ),
  ];
  const failed = run.tasks.filter((t) => t.state === 'FAILED' && t.error && t.errorCode);
  if (failed.length > 0) {
    lines.push('', 'Failed:');
    for (const t of failed) lines.push(`  ${plain(t.name)}: ${plain(errorHeadline(t.error!))}`);
  }
  if (outcome.metrics.scalars.length > 0) {
    lines.push('', 'Metrics:');
    lines.push(
      ...table(outcome.metrics.scalars.map((m) => [plain(`${m.task}/${m.name}`), n(m.value)])),
    );
  }
  if (outcome.checks.length > 0 || outcome.pipelineDecision) {
    lines.push('', 'Checks:');
    const rows: string[][] = [];
    if (outcome.pipelineDecision) {
      rows.push([
        outcome.pipelineDecision.status.toUpperCase(),
        plain(outcome.pipelineDecision.reason),
      ]);
    }
    for (const c of outcome.checks) rows.push([c.status.toUpperCase(), plain(c.reason)]);
    lines.push(...table(rows));
  }
  lines.push('', `Decision: ${outcome.decision.toUpperCase()}`);
  for (const r of outcome.reasons) lines.push(`  - ${plain(r)}`);
  const shown = new Set(outcome.checks.map((c) => c.reason));
  for (const note of outcome.notes) if (!shown.has(note)) lines.push(`  (${plain(note)})`);
  if (reportPath) lines.push('', `Report: ${plain(reportPath)}`);
  return lines.join('\n');
}
