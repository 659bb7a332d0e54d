/**
 * What `submit` leaves behind once the runs are over: the merge report per pipeline (file, job
 * summary, sticky comment on the merged PR), annotations for runs that failed, were cancelled,
 * timed out or were held, and the step outputs.
 */
import path from 'node:path';
import { describeError } from '../core/errors.js';
import { mergeReportMarker, renderMergeReport } from '../core/report/merge-report.js';
import { metricsAsJson } from '../core/result/metrics.js';
import { findMergedPullRequest } from './comments/merged-pull.js';
import { findOwnComments, upsertStickyComment } from './comments/sticky-comment.js';
import { carryTimeline } from '../core/promotion/timeline.js';
import type { ReviewedSpec } from '../core/report/reviewed-stamp.js';
import type { Deps } from '../ports/deps.js';
import { workflowRunUrl } from './promotion/comment.js';
import type { SubmitOutcome } from './submit-pipeline.js';
import type { SubmitSettings } from './submit.js';

export interface PublishContext {
  readonly settings: SubmitSettings;
  readonly commit: string;
  readonly version: string;
  /** How long the wait was allowed (the timeout, or less to fit GitHub's job limit). */
  readonly waitMinutes?: number;
  /** Per pipeline: the spec is the one the PR check saw, or why not. */
  readonly review?: ReadonlyMap<string, ReviewedSpec>;
}

/** The PR comment for one pipeline, on the PR merged as this commit; skipped with a reason. */
async function comment(
  deps: Deps,
  settings: SubmitSettings,
  commit: string,
  outcome: SubmitOutcome,
  body: string,
) {
  const log = deps.logger;
  if (!settings.comment) return log.info('comment: false; no PR comment');
  if (!deps.env.GITHUB_REPOSITORY)
    return log.info('GITHUB_REPOSITORY is not set (not in a workflow); no PR comment');
  if (!settings.githubToken) return log.info('no github-token; no PR comment');
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return log.info(`no PR comment for ${outcome.name}: ${lookup.reason}`);
    const issue = lookup.pull.number;
    const marker = mergeReportMarker(outcome.name);
    // A re-run renders the report again: keep the promotion timeline that promote added to it.
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const result = await upsertStickyComment(
      github,
      { issue, marker, body: existing ? carryTimeline(existing.body, body) : body },
      log.withNamespace('github'),
    );
    log.info(
      `${result.action} the report comment on #${lookup.pull.number}: ${result.comment.htmlUrl}`,
    );
  } catch (error) {
    // The run's result stands; a comment that cannot be written is a warning, with the fix.
    const { message } = describeError(error);
    deps.edge.report([
      {
        code: 'vertex/comment-failed',
        severity: 'warning',
        message: `the report comment was not written: ${message}`,
      },
    ]);
  }
}

/** The model artifact: the config's model task/artifact, else the first system.Model. */
function modelArtifactUri(outcome: SubmitOutcome, task?: string, artifact = 'model'): string {
  for (const t of outcome.run.tasks) {
    if (task && t.name !== task) continue;
    const found = t.outputArtifacts.find((a) =>
      task ? a.outputName === artifact : a.schemaTitle === 'system.Model',
    );
    if (found?.uri) return found.uri;
  }
  return '';
}

function setOutputs(deps: Deps, outcomes: readonly SubmitOutcome[], reportPath: string) {
  const one = outcomes.length === 1;
  const per = <T>(f: (o: SubmitOutcome) => T): string => {
    if (one) {
      const v = f(outcomes[0]!);
      return typeof v === 'string' ? v : JSON.stringify(v);
    }
    return JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.name, f(o)])));
  };
  const model = (o: SubmitOutcome) =>
    modelArtifactUri(o, o.entry?.model?.task, o.entry?.model?.artifact);
  deps.edge.setOutput(
    'job-name',
    per((o) => o.job.name),
  );
  deps.edge.setOutput(
    'job-state',
    per((o) => o.run.state),
  );
  deps.edge.setOutput(
    'decision',
    outcomes.every((o) => o.outcome.decision === 'deploy' && o.ending === 'finished')
      ? 'deploy'
      : 'hold',
  );
  deps.edge.setOutput(
    'metrics',
    per((o) => metricsAsJson(o.outcome.metrics)),
  );
  deps.edge.setOutput('model-artifact-uri', per(model));
  // Relative to the workspace, as every path a later step of the job uses (and nothing about
  // the runner's folders in a value that may be copied into a comment).
  const base = deps.env.GITHUB_WORKSPACE || process.cwd();
  const relative = path.relative(base, reportPath);
  deps.edge.setOutput(
    'report-path',
    relative.startsWith('..') || path.isAbsolute(relative) ? reportPath : relative,
  );
}

/** Reports every outcome; true when any run failed, was cancelled or timed out. */
export async function publishOutcomes(
  outcomes: readonly SubmitOutcome[],
  context: PublishContext,
  deps: Deps,
): Promise<boolean> {
  const { settings, commit } = context;
  const log = deps.logger;
  const reportsDir = path.join(settings.outputBase, 'reports');
  deps.workspace.makeDir(reportsDir);
  const reports: string[] = [];
  const runUrl = workflowRunUrl(deps.env);
  for (const o of outcomes) {
    const body = renderMergeReport(o.run, o.outcome, {
      ending: o.ending === 'interrupted' ? 'cancelled-by-workflow' : o.ending,
      ...(o.attached ? { attached: o.attached } : {}),
      passedOver: o.passedOver,
      ...(o.retraining ? { retraining: o.retraining } : {}),
      ...(context.review?.get(o.name) ? { reviewed: context.review.get(o.name)! } : {}),
      pipelineRoot: o.pipelineRoot,
      parameters: o.parameters,
      ...(o.baseline ? { baseline: o.baseline } : {}),
      ...(o.templateUri ? { templateUri: o.templateUri } : {}),
      commit,
      ...(runUrl ? { workflowRunUrl: runUrl } : {}),
      version: context.version,
      now: new Date().toISOString(),
      timeoutMinutes: context.waitMinutes ?? settings.timeoutMinutes ?? 720,
    });
    deps.workspace.writeFile(path.join(reportsDir, `${o.name}.submit.md`), body);
    reports.push(body);
    await deps.edge.appendSummary(body);
    if (o.ending !== 'not-waited') await comment(deps, settings, commit, o, body);
    log.info(
      `${o.name}: ${o.run.state}, decision ${o.outcome.decision}: ${o.outcome.reasons.join('; ')}`,
    );
    if (o.ending === 'finished' && o.run.state === 'SUCCEEDED' && o.outcome.decision === 'hold') {
      deps.edge.report([
        {
          code: 'gate/hold',
          severity: 'warning',
          message: `${o.name}: decision hold: ${o.outcome.reasons.join('; ')}`,
        },
      ]);
    }
    if (
      o.baseline &&
      'missing' in o.baseline &&
      o.outcome.checks.some((c) => c.kind === 'regression')
    ) {
      deps.edge.report([
        {
          code: 'gate/no-baseline',
          severity: 'notice',
          message: `${o.name}: regression gates skipped: ${o.baseline.missing}`,
        },
      ]);
    }
  }
  const reportPath = path.join(reportsDir, 'submit-report.md');
  deps.workspace.writeFile(reportPath, reports.join('\n---\n\n'));
  setOutputs(deps, outcomes, reportPath);
  const bad = outcomes.filter(
    (o) =>
      o.ending === 'interrupted' ||
      o.ending === 'timeout' ||
      (o.ending === 'finished' && o.run.state !== 'SUCCEEDED'),
  );
  for (const o of bad) {
    const failed = o.run.tasks.filter((t) => t.state === 'FAILED');
    const why =
      o.ending === 'interrupted'
        ? 'cancelled with the workflow'
        : o.ending === 'timeout'
          ? `is still ${o.run.state} when the wait ended; it keeps running on Vertex AI (not cancelled): gate it later with submit and job-name: ${o.job.name}`
          : `ended ${o.run.state}`;
    deps.edge.report([
      {
        code:
          o.ending === 'timeout'
            ? 'vertex/timeout'
            : o.ending === 'interrupted'
              ? 'vertex/cancelled'
              : 'vertex/run-failed',
        severity: 'error',
        message: `${o.name}: ${o.job.name} ${why}${failed.length ? `; failed: ${failed.map((t) => `${t.name}${t.error ? ` (${t.error.split('\n')[0]})` : ''}`).join(', ')}` : ''}${o.run.error ? `; ${o.run.error.split('\n')[0]}` : ''}`,
      },
    ]);
  }
  return bad.length > 0;
}
