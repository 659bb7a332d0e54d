/**
 * The Markdown report of a finished run — the same for a local run (`kfp-action run`) and a
 * Vertex run on merge (`submit`): verdict first, then state and duration, the metrics against
 * their gates and the baseline, the ROC curve (Mermaid + the same numbers as a table), the
 * confusion matrix, the tasks, and the spec digest. Pure; every value a pipeline controls goes
 * through ./escape.ts.
 */
import type { GateCheck, GateOutcome } from '../gates/evaluate.js';
import { resampleRoc, rocAuc, type RocCurve } from '../result/metrics.js';
import type { RunResult, TaskResult, TaskState } from '../result/model.js';
import {
  markerKey,
  mdCell,
  mdCode,
  mdCodeBlock,
  mdText,
  mdUrl,
  mermaidLabel,
  truncate,
} from './escape.js';

export interface RunReportOptions {
  /** What this run is, after the pipeline name: `local run`, `trained on merge`. */
  readonly title?: string;
  /** Hidden marker as the first line (sticky comments find their own comment by it). */
  readonly marker?: string;
  /** Label of the baseline column (default: the baseline's own label or `baseline`). */
  readonly baselineLabel?: string;
  /** Extra Markdown lines between the tasks and the footer (trusted: built by kfp-action). */
  readonly extraSections?: readonly string[];
  /** Footer line (trusted: built by kfp-action), e.g. version and workflow-run link. */
  readonly footer?: string;
  /** Longest output; sections are folded away from the end to fit (default 60,000). */
  readonly maxChars?: number;
  /** Steps of the resampled ROC curve (default 10: FPR 0, 0.1, …, 1). */
  readonly rocSteps?: number;
  /** The time `now` for runs that have no end time yet (ISO). */
  readonly now?: string;
}

const STATE_LABEL: Record<TaskState, string> = {
  PENDING: '⏳ pending',
  RUNNING: '🔄 running',
  SUCCEEDED: '✅ succeeded',
  CANCEL_PENDING: '⛔ cancelling',
  CANCELLING: '⛔ cancelling',
  CANCELLED: '⛔ cancelled',
  FAILED: '❌ failed',
  SKIPPED: '♻️ cached',
  NOT_TRIGGERED: '⏭️ not triggered',
  UNSPECIFIED: '❔ unknown',
};

/** `850 ms`, `4.2 s`, `2 min 05 s`, `1 h 03 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

export function durationOf(start?: string, end?: string, now?: string): number | undefined {
  if (!start) return undefined;
  const a = Date.parse(start);
  const b = Date.parse(end ?? now ?? '');
  return Number.isFinite(a) && Number.isFinite(b) ? b - a : undefined;
}

const num = (n: number): string => String(Math.round(n * 10000) / 10000);
const signed = (n: number): string => (n >= 0 ? `+${num(n)}` : num(n));
const STATUS_ICON = { pass: '✅', fail: '❌', skipped: '⏭️' } as const;

function taskLabel(t: Pick<TaskResult, 'name' | 'iteration' | 'iterationPath'>): string {
  const at = t.iterationPath?.join('.') ?? t.iteration;
  return at !== undefined ? `${t.name} #${at}` : t.name;
}

/** What the pipeline returned: its output parameters and artifacts. */
function outputsSection(run: RunResult): string[] {
  const o = run.outputs;
  if (!o) return [];
  const rows = [
    ...Object.entries(o.parameters).map(
      ([name, value]) => `| ${mdCode(name)} | ${mdCode(truncate(JSON.stringify(value), 200))} |`,
    ),
    ...o.artifacts.map(
      (a) =>
        `| ${mdCode(a.outputName)} | ${mdCell(a.schemaTitle)} ${mdCode(truncate(a.uri, 300))} |`,
    ),
  ];
  return ['**Pipeline outputs**', '', '| output | value |', '| --- | --- |', ...rows, ''];
}

/** What the run did differently from the platform (e.g. another package version). */
function warningsSection(run: RunResult): string[] {
  if (!run.warnings?.length) return [];
  return [
    ...run.warnings.map((w) => `- ⚠️ ${mdText(truncate(w.message, 600))} (${mdCode(w.code)})`),
    '',
  ];
}

function verdict(run: RunResult, outcome: GateOutcome, options: RunReportOptions): string {
  const icon = outcome.decision === 'deploy' ? '✅' : '⏸️';
  const what = options.title ? ` · ${mdText(options.title)}` : '';
  return `### ${mdCode(run.pipelineName)}${what} · decision: **${outcome.decision}** ${icon}`;
}

function statusLine(run: RunResult, options: RunReportOptions): string {
  const backend = run.backend === 'local' ? 'Local' : 'Vertex';
  const id = mdCode(run.jobName);
  const url = mdUrl(run.url);
  const link = url ? `[${id}](${url})` : id;
  const took = durationOf(run.startTime ?? run.createTime, run.endTime, options.now);
  const parts = [
    `${backend} run ${link}`,
    `**${run.state}**${took !== undefined ? ` in ${formatDuration(took)}` : ''}`,
  ];
  if (run.specDigest) {
    const digest = run.specDigest.replace(/^sha256:/, '');
    parts.push(`spec ${mdCode(`sha256:${digest.slice(0, 12)}`)}`);
  }
  const cached = run.tasks.filter((t) => t.cached).length;
  if (cached > 0) parts.push(`${cached} of ${run.tasks.length} tasks from cache`);
  return parts.join(' · ');
}

function reasonsSection(outcome: GateOutcome): string[] {
  const heading = outcome.decision === 'deploy' ? '**Why deploy**' : '**Why hold**';
  const lines = [heading, '', ...outcome.reasons.map((r) => `- ${mdText(r)}`)];
  if (outcome.notes.length > 0) lines.push(...outcome.notes.map((n) => `- _${mdText(n)}_`));
  return lines;
}

function metricsTable(outcome: GateOutcome, baselineLabel: string): string[] {
  const hasBaseline = outcome.checks.some((c) => c.baseline !== undefined);
  const header = hasBaseline
    ? [
        '| metric | this run | ' + mdCell(baselineLabel) + ' | Δ | gate | |',
        '| --- | --- | --- | --- | --- | --- |',
      ]
    : ['| metric | this run | gate | |', '| --- | --- | --- | --- |'];
  const rows: string[] = [];
  const key = (task: string | undefined, metric: string) => `${task ?? ''}\u0000${metric}`;
  const byMetric = new Map<string, GateCheck[]>();
  for (const c of outcome.checks) {
    const k = key(c.task, c.metric);
    byMetric.set(k, [...(byMetric.get(k) ?? []), c]);
  }
  const scalarTasks = new Map<string, number>();
  for (const m of outcome.metrics.scalars)
    scalarTasks.set(m.name, (scalarTasks.get(m.name) ?? 0) + 1);
  const row = (label: string, value: string, checks: readonly GateCheck[], baseline?: number) => {
    const gate = checks.map((c) => c.rule).join('; ');
    const statuses = checks.map((c) => c.status);
    const icon = statuses.includes('fail')
      ? STATUS_ICON.fail
      : statuses.includes('pass')
        ? STATUS_ICON.pass
        : statuses.length > 0
          ? STATUS_ICON.skipped
          : '';
    const cells = hasBaseline
      ? [
          label,
          value,
          baseline !== undefined ? num(baseline) : '',
          baseline !== undefined && value !== 'not reported'
            ? signed(Number(value) - baseline)
            : '',
          gate,
          icon,
        ]
      : [label, value, gate, icon];
    rows.push(`| ${cells.join(' | ')} |`);
  };
  const seen = new Set<string>();
  for (const m of outcome.metrics.scalars) {
    const checks = byMetric.get(key(m.task, m.name)) ?? byMetric.get(key(undefined, m.name)) ?? [];
    const dup = (scalarTasks.get(m.name) ?? 0) > 1;
    const label =
      dup || checks[0]?.task
        ? `${mdText(m.name)} (${mdCode(taskLabel({ name: m.task, ...(m.iteration !== undefined ? { iteration: m.iteration } : {}) }))})`
        : mdText(m.name);
    row(label, num(m.value), checks, checks.find((c) => c.baseline !== undefined)?.baseline);
    for (const c of checks) seen.add(key(c.task, c.metric));
  }
  for (const [k, checks] of byMetric) {
    if (seen.has(k)) continue;
    const c = checks[0]!;
    const label = c.task ? `${mdText(c.metric)} (${mdCode(c.task)})` : mdText(c.metric);
    row(label, 'not reported', checks);
  }
  const d = outcome.pipelineDecision;
  if (d) {
    const cells = hasBaseline
      ? [
          `${mdCode(d.task)} → ${mdCode(d.output)}`,
          d.value !== undefined ? mdCell(d.value) : 'not reported',
          '',
          '',
          `must be ${d.deployValues.map(mdText).join(' or ')}`,
          STATUS_ICON[d.status],
        ]
      : [
          `${mdCode(d.task)} → ${mdCode(d.output)}`,
          d.value !== undefined ? mdCell(d.value) : 'not reported',
          `must be ${d.deployValues.map(mdText).join(' or ')}`,
          STATUS_ICON[d.status],
        ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.length > 0 ? [...header, ...rows] : ['_The run logged no metrics._'];
}

function rocChart(curve: RocCurve, steps: number, several: boolean): string[] {
  const ys = resampleRoc(curve.points, steps);
  const auc = rocAuc(curve.points);
  const title = several
    ? `ROC curve of ${curve.task} (AUC ${auc.toFixed(3)})`
    : `ROC curve (AUC ${auc.toFixed(3)})`;
  const xs = ys.map((_, i) => (i / steps).toFixed(2).replace(/0$/, ''));
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    '      plotColorPalette: "#1f77b4"',
    // Room for the axis titles: Mermaid measures text at the size the SVG is shown, so in a
    // narrow column (or a phone) the rotated y title would sit on the tick labels.
    '  xyChart:',
    '    xAxis:',
    '      titlePadding: 10',
    '    yAxis:',
    '      titlePadding: 16',
    '---',
    'xychart-beta',
    `  title ${mermaidLabel(title)}`,
    '  x-axis "false positive rate" 0 --> 1',
    '  y-axis "true positive rate" 0 --> 1',
    `  line [${ys.map((y) => y.toString()).join(', ')}]`,
    '```',
    '',
    `| false positive rate | ${xs.join(' | ')} |`,
    `| --- | ${xs.map(() => '---').join(' | ')} |`,
    `| true positive rate | ${ys.join(' | ')} |`,
  ];
}

function confusionTables(outcome: GateOutcome): string[] {
  const several = outcome.metrics.confusionMatrices.length > 1;
  const out: string[] = [];
  for (const cm of outcome.metrics.confusionMatrices) {
    if (several) out.push(`Confusion matrix of ${mdCode(cm.task)}`, '');
    out.push(
      `| actual ↓ · predicted → | ${cm.labels.map(mdCell).join(' | ')} |`,
      `| --- | ${cm.labels.map(() => '---').join(' | ')} |`,
      ...cm.rows.map((r, i) => `| **${mdCell(cm.labels[i])}** | ${r.map(num).join(' | ')} |`),
      '',
    );
  }
  return out;
}

function tasksTable(run: RunResult, now?: string): string[] {
  const lines = ['| task | state | took |', '| --- | --- | --- |'];
  for (const t of run.tasks) {
    const took = durationOf(t.startTime, t.endTime, now);
    const state = t.cached ? STATE_LABEL.SKIPPED : STATE_LABEL[t.state];
    const name = t.parent
      ? `${mdCode(taskLabel(t))} <sub>in ${mdCode(t.parent)}</sub>`
      : mdCode(taskLabel(t));
    lines.push(`| ${name} | ${state} | ${took !== undefined ? formatDuration(took) : ''} |`);
  }
  return lines;
}

function failures(run: RunResult): string[] {
  const out: string[] = [];
  for (const t of run.tasks.filter((x) => x.state === 'FAILED' && x.error)) {
    out.push(`**${mdCode(taskLabel(t))} failed**`, '', mdCodeBlock(truncate(t.error!, 4000)), '');
  }
  if (run.error) out.push('**Run error**', '', mdCodeBlock(truncate(run.error, 4000)), '');
  return out;
}

function details(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

/** The report as Markdown. */
/**
 * A marker's text, `kfp-action:KIND:NAME` with NAME encoded as every marker's key is (a pipeline
 * name cannot end the HTML comment; `kfp-action:run:NAME` reads as mergeReportMarker writes it).
 */
function markerText(marker: string): string {
  const m = /^(kfp-action:[a-z-]+:)([\s\S]*)$/.exec(marker);
  return m ? `${m[1]}${markerKey(m[2]!)}` : markerKey(marker);
}

export function renderRunReport(
  run: RunResult,
  outcome: GateOutcome,
  options: RunReportOptions = {},
): string {
  const steps = options.rocSteps ?? 10;
  const maxChars = options.maxChars ?? 60_000;
  const head: string[] = [];
  if (options.marker) head.push(`<!-- ${markerText(options.marker)} -->`);
  head.push(verdict(run, outcome, options), '', statusLine(run, options), '');
  head.push(...metricsTable(outcome, options.baselineLabel ?? 'baseline'), '');
  head.push(...reasonsSection(outcome), '');
  const curves = outcome.metrics.rocCurves;
  const sections: string[][] = [];
  const charts = curves.map((c) => rocChart(c, steps, curves.length > 1));
  // The first chart stays outside the fold (the picture); its table and the rest fold away.
  if (charts[0]) {
    const [chart] = charts;
    const fence = chart.indexOf('```', 1);
    head.push(...chart.slice(0, fence + 1), '');
    const body = [
      ...chart.slice(fence + 2),
      '',
      ...charts.slice(1).flatMap((c) => [...c, '']),
      ...confusionTables(outcome),
    ];
    sections.push(
      details(
        outcome.metrics.confusionMatrices.length ? 'ROC points and confusion matrix' : 'ROC points',
        body,
      ),
    );
  } else if (outcome.metrics.confusionMatrices.length > 0) {
    sections.push(details('Confusion matrix', confusionTables(outcome)));
  }
  const failed = failures(run);
  if (failed.length > 0) head.push(...failed);
  head.push(...warningsSection(run), ...outputsSection(run));
  sections.push(details('Tasks', tasksTable(run, options.now)));
  for (const extra of options.extraSections ?? []) sections.push([extra]);
  const footer = options.footer ? ['', `<sub>${options.footer}</sub>`] : [];
  const assemble = (parts: string[][], note?: string) =>
    [...head, ...parts.flatMap((s) => [...s, '']), ...(note ? [note] : []), ...footer]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n';
  let kept = sections;
  let out = assemble(kept);
  while (out.length > maxChars && kept.length > 0) {
    kept = kept.slice(0, -1);
    out = assemble(
      kept,
      `_Some sections were left out to stay under ${maxChars} characters; see the full report file._`,
    );
  }
  return out.length > maxChars ? truncate(out, maxChars) : out;
}
