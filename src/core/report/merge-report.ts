/**
 * The merge report: the shared run report (./run-report.ts) of a Vertex run, plus what only a
 * merge run has — the sticky marker per pipeline (promotion jobs update the same comment), how
 * the job came about (attached on a re-run, cancelled by the workflow, timed out), the parameter
 * values and pipeline root, the baseline it was gated against, and a footer with the commit and
 * the workflow run. Pure.
 */
import type { GateOutcome } from '../gates/evaluate.js';
import type { ParameterValue, RunResult } from '../result/model.js';
import { mdCell, mdCode, mdText } from './escape.js';
import type { AttachReason } from '../vertex/attach.js';
import { commentMarker } from './pr-comment.js';
import type { ReviewedSpec } from './reviewed-stamp.js';
import { renderRunReport } from './run-report.js';

/** "spec sha256:… — the one checked in PR #7", or why it differs from what the check saw. */
function reviewedNote(v: ReviewedSpec): string {
  const digest = mdCode(v.digest);
  return v.kind === 'reviewed'
    ? `✅ spec ${digest} — the one checked in PR ${mdText(`#${v.pull}`)}`
    : `> [!CAUTION]\n> spec ${digest} differs from what the PR check saw, because ${mdText(v.because)}`;
}

/**
 * The hidden marker of a pipeline's merge report comment (`<!-- kfp-action:run:NAME -->`), the
 * name percent-encoded outside `[A-Za-z0-9._-]` as in the check comment's marker (so a name cannot
 * end the HTML comment or pose as another pipeline's marker).
 */
export function mergeReportMarker(pipelineName: string): string {
  return commentMarker(pipelineName, 'run');
}

export interface MergeReportContext {
  /** How the wait ended: the run finished, the workflow was cancelled, or the timeout passed. */
  readonly ending: 'finished' | 'cancelled-by-workflow' | 'timeout' | 'not-waited';
  /** Set when the job already existed and runs the same spec and values: why it existed. */
  readonly attached?: AttachReason;
  /** Earlier attempts of this commit that were not attached to, each with why. */
  readonly passedOver?: readonly string[];
  /** Set on a retraining (`fresh-run`): the attempt of the commit it runs as. */
  readonly retraining?: { readonly attempt: number };
  /** The spec against the one the merged PR's check saw (reviewed-stamp.ts). */
  readonly reviewed?: ReviewedSpec;
  readonly pipelineRoot: string;
  /** The values the job runs with, as Vertex reports them. */
  readonly parameters: Readonly<Record<string, ParameterValue>>;
  /** `production (v7)` when a baseline was read; else why none was; absent when no gate needs one. */
  readonly baseline?: { readonly label: string } | { readonly missing: string };
  readonly templateUri?: string;
  readonly commit?: string;
  /** Link to the workflow run (GITHUB_SERVER_URL/…/actions/runs/ID). */
  readonly workflowRunUrl?: string;
  readonly version: string;
  /** ISO time of writing. */
  readonly now: string;
  readonly timeoutMinutes?: number;
}

const TITLE: Record<MergeReportContext['ending'], string> = {
  finished: 'trained on merge',
  'cancelled-by-workflow': 'cancelled with the workflow',
  timeout: 'still running when kfp-action stopped waiting',
  'not-waited': 'submitted on merge',
};

function endingNote(run: RunResult, context: MergeReportContext): string[] {
  switch (context.ending) {
    case 'cancelled-by-workflow':
      return [
        `> [!WARNING]\n> The workflow was cancelled while the run was ${run.state === 'CANCELLED' ? 'running' : 'in progress'}; kfp-action asked Vertex AI to cancel it (state now **${run.state}**). Nothing from this run is deployed.`,
      ];
    case 'timeout':
      return [
        `> [!WARNING]\n> kfp-action stopped waiting after ${context.timeoutMinutes ?? '?'} minutes; the run is still **${run.state}** on Vertex AI and keeps going (it was not cancelled). To gate it once it ends, run \`submit\` with \`job-name: ${mdText(run.jobName)}\` — in a later job or workflow run (docs/vertex.md, "Long trainings").`,
      ];
    case 'not-waited':
      return ['_Submitted without waiting (`wait: false`): no metrics and no gates yet._'];
    default:
      return [];
  }
}

function parametersTable(context: MergeReportContext): string[] {
  const rows = Object.entries(context.parameters).map(
    ([k, v]) => `| ${mdCode(k)} | ${mdCode(JSON.stringify(v))} |`,
  );
  return [
    '<details><summary>Run inputs (as Vertex AI reports them)</summary>',
    '',
    `Pipeline root ${mdCode(context.pipelineRoot)}${context.templateUri ? ` · template ${mdCode(context.templateUri)}` : ''}`,
    '',
    ...(rows.length
      ? ['| parameter | value |', '| --- | --- |', ...rows]
      : ['_No parameter values set: the pipeline defaults apply._']),
    '',
    '</details>',
  ];
}

export function renderMergeReport(
  run: RunResult,
  outcome: GateOutcome,
  context: MergeReportContext,
): string {
  const notes: string[] = [];
  if (context.reviewed) notes.push(reviewedNote(context.reviewed));
  if (context.retraining) {
    notes.push(
      context.attached === 'earlier-run'
        ? `_A scheduled retraining (\`fresh-run\`): attempt ${context.retraining.attempt}, which an earlier attempt of this workflow run started._`
        : `_A scheduled retraining (\`fresh-run\`): new attempt ${context.retraining.attempt} — trained again on purpose; the commit's earlier jobs were not reused._`,
    );
  }
  if (context.attached === 'earlier-run') {
    notes.push(
      `_This commit's job already existed with the same spec and parameter values (started by an earlier workflow run): kfp-action attached to it instead of starting a second run._`,
    );
  } else if (context.attached === 'lost-answer') {
    notes.push(
      `_Vertex AI's answer to the create call was lost and the call was retried: the job it had created is followed (one job, not two)._`,
    );
  }
  if (context.attached === 'picked-up') {
    notes.push(
      `_Picked up by name (\`job-name\`): an earlier step started this job; kfp-action waited for it here and gated it._`,
    );
  }
  if (context.passedOver?.length) {
    notes.push(
      [
        `_Started as a new attempt: ${context.passedOver.length === 1 ? 'an earlier job of this commit was' : 'earlier jobs of this commit were'} not reused:_`,
        '',
        ...context.passedOver.map((l) => `- ${mdText(l)}`),
      ].join('\n'),
    );
  }
  if (context.baseline && 'missing' in context.baseline) {
    notes.push(
      `_No production baseline: ${mdText(context.baseline.missing)}; regression gates skipped._`,
    );
  }
  const short = context.commit ? context.commit.slice(0, 7) : undefined;
  const footer = [
    `kfp-action ${mdText(context.version)}`,
    ...(context.workflowRunUrl && /^https?:\/\//.test(context.workflowRunUrl)
      ? [`[workflow run](${encodeURI(decodeURI(context.workflowRunUrl))})`]
      : []),
    ...(short ? [`for ${mdCode(short)}`] : []),
    `updated ${mdCell(context.now.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC'))}`,
  ].join(' · ');
  const body = renderRunReport(run, outcome, {
    title: TITLE[context.ending],
    marker: `kfp-action:run:${run.pipelineName}`,
    ...(context.baseline && 'label' in context.baseline
      ? { baselineLabel: context.baseline.label }
      : {}),
    extraSections: [...endingNote(run, context), ...notes, parametersTable(context).join('\n')],
    footer,
    now: context.now,
  });
  return body;
}
