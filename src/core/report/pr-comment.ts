/**
 * The pull-request comment of one pipeline (design: ../shared/mockups/pr-check.md): verdict first,
 * then what changed (table), how it looks (Mermaid DAG), the findings linked to their lines, and
 * the compiled spec's digest. Pure: data in, Markdown out. A body over GitHub's limit is cut by
 * whole sections, least important first, and the cut is named.
 */
import { reportLine } from '../check/comments.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SpecDiff } from '../diff/diff.js';
import type { ReviewModel } from '../diff/model.js';
import { diffHeadline, diffRows, plural } from './diff-text.js';
import { markerKey, mdCode, mdText, truncate } from './escape.js';
import { INIT_DOCS, ZERO_CONFIG_DOCS } from '../config/zero-config.js';
import { renderDag } from './mermaid-dag.js';
import { scheduleCommentSection } from './schedules.js';
import type { ScheduleConfigChange } from '../schedules/config-diff.js';
import { reviewedStamp } from './reviewed-stamp.js';

/** GitHub refuses comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_536;
const BUDGET = 65_000;
/** Rows per list before "… and N more" (keeps one noisy section from crowding out the rest). */
const MAX_ROWS = 100;

/** Everything the check learned about one pipeline. */
export interface PipelineCheckResult {
  /** The pipeline's key: its config name or pipelineInfo.name. Unique per comment. */
  readonly pipeline: string;
  /** Source file, relative to the repository root. */
  readonly source: string;
  readonly compiled: boolean;
  /** Compiled and no validation error. */
  readonly valid: boolean;
  /** Compile and validation findings at the head (errors and warnings). */
  readonly diagnostics: readonly Diagnostic[];
  readonly policy: readonly Diagnostic[];
  /** Head model and diff; undefined when the head did not compile. */
  readonly head?: ReviewModel;
  readonly base?: ReviewModel;
  readonly diff?: SpecDiff;
  /**
   * The change deletes the pipeline: it compiled at the base and is gone at the head (its source
   * or its config entry removed, or renamed). `base` and `diff` (every task removed) are set.
   */
  readonly removed?: boolean;
  /** What happened at the base commit. */
  readonly baseState: 'compiled' | 'absent' | 'failed' | 'not-compared';
  readonly headDigest?: string;
  readonly baseDigest?: string;
  /** What the PR changes in the pipeline's `schedules:` (./schedules.ts renders it). */
  readonly schedules?: readonly ScheduleConfigChange[];
  /**
   * No pipeline name is known for this source (it never compiled, at the base or here, and no
   * config entry or earlier comment names it): `pipeline` is the file's basename.
   */
  readonly unnamed?: boolean;
}

export interface CommentContext {
  /** `owner/name`. */
  readonly repository: string;
  /** `https://github.com` (GITHUB_SERVER_URL). */
  readonly serverUrl: string;
  readonly headSha: string;
  readonly baseSha?: string;
  /** Link to the run whose summary holds the full report. */
  readonly reportUrl?: string;
  readonly version: string;
  readonly kfpVersion?: string;
  /** ISO time; only in the footer, which is not compared when deciding to rewrite a comment. */
  readonly time?: string;
  /** The repository has no config file: the check found its pipelines and used the defaults. */
  readonly zeroConfig?: boolean;
}

/** The hidden marker that identifies the comment of one pipeline. */
export function commentMarker(pipeline: string, kind = 'check'): string {
  return `<!-- kfp-action:${kind}:${markerKey(pipeline)} -->`;
}

/** Everything after this line is volatile (run link, time) and not compared for "unchanged". */
const FOOTER_SEPARATOR = '<!-- kfp-action:footer -->';

/** The part of a body that decides whether it changed: everything before the footer. */
export function stableContent(body: string): string {
  const i = body.indexOf(FOOTER_SEPARATOR);
  return (i === -1 ? body : body.slice(0, i)).trimEnd();
}

/** Two comment bodies say the same (footer aside): the sticky comment is then left alone. */
export function sameStableContent(a: string, b: string): boolean {
  return stableContent(a) === stableContent(b);
}

const short = (sha: string) => mdCode(sha.slice(0, 7));

/** A link to a line of a file at a commit; the path is URL-encoded segment by segment. */
function blobUrl(ctx: CommentContext, file: string, line?: number): string {
  const path = file
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`))
    .join('/');
  const repo = ctx.repository.split('/').map(encodeURIComponent).join('/');
  return `${ctx.serverUrl}/${repo}/blob/${encodeURIComponent(ctx.headSha)}/${path}${line ? `#L${line}` : ''}`;
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

function findingLine(d: Diagnostic, ctx: CommentContext): string {
  const task = d.task ? `${mdCode(d.task)} — ` : '';
  const where = d.file
    ? ` ([${mdText(`${d.file}${d.line ? `:${d.line}` : ''}`)}](${blobUrl(ctx, d.file, d.line)}))`
    : '';
  return `- ${ICON[d.severity]} ${task}${mdText(truncate(d.message, 400))}${where} ${mdCode(d.code)}`;
}

function findingList(list: readonly Diagnostic[], ctx: CommentContext): string[] {
  const lines = list.slice(0, MAX_ROWS).map((d) => findingLine(d, ctx));
  if (list.length > MAX_ROWS)
    lines.push(`- … and ${list.length - MAX_ROWS} more (see the full report)`);
  return lines;
}

function statusLine(r: PipelineCheckResult): string {
  if (r.removed) return 'pipeline removed by this PR';
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const policyErrors = r.policy.filter((d) => d.severity === 'error').length;
  const policyWarnings = r.policy.filter((d) => d.severity === 'warning').length;
  const parts = [
    r.compiled ? '✅ compiles' : '❌ does not compile',
    !r.compiled
      ? '➖ not validated'
      : r.valid
        ? '✅ valid'
        : `❌ ${errors} ${plural(errors, 'error')}`,
  ];
  if (policyErrors) parts.push(`❌ ${policyErrors} policy ${plural(policyErrors, 'error')}`);
  if (policyWarnings)
    parts.push(`⚠️ ${policyWarnings} policy ${plural(policyWarnings, 'warning')}`);
  if (!policyErrors && !policyWarnings && r.compiled) parts.push('✅ policy');
  return parts.join(' · ');
}

/** Passed: compiled, valid, and no policy error; a pipeline the change deletes cannot fail. */
export function passed(r: PipelineCheckResult): boolean {
  if (r.removed) return true;
  return r.compiled && r.valid && !r.policy.some((d) => d.severity === 'error');
}

/** A model with no task: what a deleted pipeline's DAG is drawn over (only its removed tasks). */
function emptyModel(name: string): ReviewModel {
  return { name, tasks: new Map(), parameters: new Map(), images: new Map() };
}

interface Section {
  /** What the reader loses when it is cut, e.g. "the DAG picture". */
  readonly name: string;
  readonly text: string;
  /** Lower is cut first; undefined is never cut. */
  readonly cutOrder?: number;
}

function sections(r: PipelineCheckResult, ctx: CommentContext): Section[] {
  const out: Section[] = [];
  const verdict = r.removed ? '🗑️' : passed(r) ? '✅' : '❌';
  out.push({
    name: 'status',
    // The second line is the hidden stamp of the reviewed spec, read on merge (reviewed-stamp.ts).
    text: [
      commentMarker(r.pipeline),
      ...[reviewedStamp(r.headDigest, ctx.headSha)].filter((l) => l !== undefined),
      `### ${verdict} ${mdCode(r.pipeline)} · ${statusLine(r)}`,
    ].join('\n'),
  });

  const range = ctx.baseSha ? `${short(ctx.baseSha)} → ${short(ctx.headSha)}` : short(ctx.headSha);
  let compared: string;
  if (r.removed && r.diff) {
    const tasks = r.diff.removed.length;
    const params = r.diff.parameters.length;
    const gone = [`${tasks} ${plural(tasks, 'task')}`];
    if (params) gone.push(`${params} ${plural(params, 'parameter')}`);
    const verb = gone.length === 1 && tasks === 1 ? 'is' : 'are';
    compared =
      `Compared with the base branch (${range}): **pipeline removed by this PR** — ` +
      `its ${gone.join(' and ')} ${verb} gone. Nothing of it is compiled, validated or checked ` +
      'against the policy here; once merged, it is no longer submitted.';
  } else if (!r.diff)
    compared = `Not compared with the base branch (${range}): the pipeline did not compile here.`;
  else if (r.baseState === 'failed') {
    compared = `The base branch version did not compile (${range}); every task counts as new.`;
  } else if (r.baseState === 'not-compared')
    compared = `Not compared with the base branch (${range}).`;
  else compared = `Compared with the base branch (${range}): **${diffHeadline(r.diff)}**.`;
  const source = r.removed ? 'Source at the base' : 'Source';
  out.push({ name: 'comparison', text: `${compared}\n${source}: ${mdCode(r.source)}` });
  if (ctx.zeroConfig) {
    out.push({
      name: 'the note on running without a config',
      text:
        `<sub>Checked without a config file: every pipeline in the repository, policy findings as warnings ` +
        `([defaults](${ZERO_CONFIG_DOCS})). Run [\`npx kfp-action init\`](${INIT_DOCS}) to write \`kfp-action.yaml\` ` +
        'with parameters, gates and Vertex AI settings.</sub>',
    });
  }

  const errors = r.diagnostics.filter((d) => d.severity !== 'notice');
  if (errors.length) {
    out.push({
      name: `${errors.length} compile/validation ${plural(errors.length, 'finding')}`,
      text: ['**Errors**', ...findingList(errors, ctx)].join('\n'),
      cutOrder: 4,
    });
  }

  if (r.diff && !r.diff.empty) {
    const rows = diffRows(r.diff);
    const shown = rows.slice(0, MAX_ROWS);
    const lines = ['| task | what changes |', '| --- | --- |'];
    lines.push(...shown.map((row) => `| ${row.subject} | ${row.change || '&#32;'} |`));
    if (rows.length > MAX_ROWS)
      lines.push(`| … | ${rows.length - MAX_ROWS} more rows in the full report |`);
    out.push({ name: 'the table of changes', text: lines.join('\n'), cutOrder: 3 });
  }
  const schedules = scheduleCommentSection(r.schedules, ctx.time);
  if (schedules) out.push(schedules);

  const shown = r.head ?? (r.removed && r.base ? emptyModel(r.base.name) : undefined);
  if (shown && r.diff) {
    const dag = renderDag(shown, r.diff);
    if (dag.mermaid) {
      const legend = r.diff.isRemoved
        ? '\n<sub>🟥 removed</sub>'
        : r.diff.empty || r.diff.isNew
          ? ''
          : '\n<sub>🟩 added · 🟨 changed · 🟥 removed</sub>';
      out.push({
        name: 'the DAG picture',
        text: '```mermaid\n' + dag.mermaid + '\n```' + legend,
        cutOrder: 1,
      });
    } else if (dag.omitted) {
      out.push({
        name: 'the DAG picture',
        text: `<sub>No DAG picture: ${mdText(dag.omitted)}.</sub>`,
        cutOrder: 1,
      });
    }
  }

  const policy = r.policy.filter((d) => d.severity !== 'notice');
  if (policy.length) {
    out.push({
      name: `${policy.length} policy ${plural(policy.length, 'finding')}`,
      text: ['**Policy**', ...findingList(policy, ctx)].join('\n'),
      cutOrder: 2,
    });
  }

  if (r.head || (r.removed && r.base)) {
    const dash = '–';
    const b = r.base;
    const row = (label: string, base: string, head: string) => `| ${label} | ${base} | ${head} |`;
    const digest = (d: string | undefined) => (d ? mdCode(d) : dash);
    out.push({
      name: 'the compiled spec details',
      text: [
        '<details><summary>Compiled spec</summary>',
        '',
        '| | base | this PR |',
        '| --- | --- | --- |',
        row('tasks', b ? String(b.tasks.size) : dash, r.head ? String(r.head.tasks.size) : dash),
        row(
          'parameters',
          b ? String(b.parameters.size) : dash,
          r.head ? String(r.head.parameters.size) : dash,
        ),
        row('digest', digest(r.baseDigest), digest(r.headDigest)),
        '',
        '</details>',
      ].join('\n'),
      cutOrder: 0,
    });
  }
  return out;
}

function footer(ctx: CommentContext, cut: readonly string[], report?: string): string {
  const bits = [`kfp-action ${mdText(ctx.version)}`];
  if (ctx.kfpVersion) bits.push(`kfp ${mdText(ctx.kfpVersion)}`);
  if (ctx.reportUrl) bits.push(`[full report](${ctx.reportUrl})`);
  bits.push(`for ${short(ctx.headSha)}${ctx.time ? `, ${mdText(ctx.time)}` : ''}`);
  const note = cut.length
    ? `> [!NOTE]\n> Cut to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: ${cut.join(', ')}. The full report is in the job summary${ctx.reportUrl ? ` ([run](${ctx.reportUrl}))` : ''}.\n\n`
    : '';
  return `${note}${FOOTER_SEPARATOR}\n${report ? `${report}\n` : ''}<sub>${bits.join(' · ')}</sub>`;
}

/** The comment body; `limit` defaults to what GitHub accepts (tests pass smaller ones). */
export function renderPrComment(
  r: PipelineCheckResult,
  ctx: CommentContext,
  limit = BUDGET,
): { body: string; cut: string[] } {
  const all = sections(r, ctx);
  const kept = [...all];
  const cut: string[] = [];
  const report = reportLine(r.pipeline, r.source);
  const join = () => `${kept.map((s) => s.text).join('\n\n')}\n\n${footer(ctx, cut, report)}\n`;
  let body = join();
  const cuttable = all
    .filter((s) => s.cutOrder !== undefined)
    .sort((a, b) => a.cutOrder! - b.cutOrder!);
  for (const s of cuttable) {
    if (body.length <= limit) break;
    kept.splice(kept.indexOf(s), 1);
    cut.push(s.name);
    body = join();
  }
  if (body.length > limit) {
    // Only the status and comparison are left and still too long (an absurd pipeline name).
    body = truncate(body, limit);
  }
  return { body, cut };
}

/** The prefix every check comment's marker starts with. */
export const CHECK_MARKER_PREFIX = '<!-- kfp-action:check:';

/**
 * The body that replaces the comment of a pipeline this PR no longer changes (an earlier push
 * changed it, the latest does not: the change was reverted, or moved to another PR). Only the
 * marker's key names the pipeline — for a valid pipeline name, the name itself.
 */
export function renderNoLongerChanged(marker: string, ctx: CommentContext): string {
  const key = marker.slice(CHECK_MARKER_PREFIX.length, -' -->'.length);
  const range = ctx.baseSha ? `${short(ctx.baseSha)} → ${short(ctx.headSha)}` : short(ctx.headSha);
  return [
    marker,
    `### ➖ ${mdCode(truncate(key, 200))} · no longer changed by this PR`,
    '',
    `Compared with the base branch (${range}), this PR does not change this pipeline any more. ` +
      'The report an earlier push left here was out of date and has been replaced; the pipeline is not checked in this run.',
    '',
    footer(ctx, []),
    '',
  ].join('\n');
}

/**
 * The body that replaces a comment keyed by a file name (an earlier push where the source did not
 * compile and no pipeline name was known) once the pipeline is reported under its own name.
 */
export function renderSuperseded(marker: string, pipeline: string, ctx: CommentContext): string {
  const key = marker.slice(CHECK_MARKER_PREFIX.length, -' -->'.length);
  return [
    marker,
    `### ➖ ${mdCode(truncate(key, 200))} · now reported as ${mdCode(truncate(pipeline, 200))}`,
    '',
    'An earlier push did not compile, so this source had no pipeline name yet. It compiles now: ' +
      `its report is the comment of ${mdCode(truncate(pipeline, 200))}.`,
    '',
    footer(ctx, []),
    '',
  ].join('\n');
}

/** GitHub keeps at most 1 MiB of job summary per step; stay below it. */
const SUMMARY_LIMIT = 1_000_000;

/** The job summary: every pipeline's full report, cut by section only past GitHub's 1 MiB. */
export function renderSummary(
  results: readonly PipelineCheckResult[],
  ctx: CommentContext,
): string {
  if (!results.length) return '### kfp-action check\n\nNo pipeline is affected by this change.\n';
  const join = (limit: number) =>
    results.map((r) => renderPrComment(r, ctx, limit).body).join('\n---\n\n');
  const full = join(Number.MAX_SAFE_INTEGER);
  return full.length <= SUMMARY_LIMIT
    ? full
    : join(Math.floor(SUMMARY_LIMIT / results.length) - 10);
}
