/**
 * The promotion timeline in the pipeline's PR comment (the merge report, marker
 * `kfp-action:run:{pipeline}`): read the comment, set this environment's step, write it back.
 * Skipped with a log line when there is no token, no repository or no merged PR for the commit;
 * a failure to write is a warning — the promotion itself stands.
 */
// The modules, not the adapter's index: that re-exports the Octokit client, which would load
// undici and Octokit into every CLI start-up (commands are imported statically by the registry).
import { findMergedPullRequest } from '../comments/merged-pull.js';
import { findOwnComments, upsertStickyComment } from '../comments/sticky-comment.js';
import { describeError } from '../../core/errors.js';
import {
  readTimeline,
  renderTimeline,
  upsertTimeline,
  withStep,
  type TimelineStep,
} from '../../core/promotion/timeline.js';
import { mdCode } from '../../core/report/escape.js';
import { mergeReportMarker } from '../../core/report/merge-report.js';
import type { Deps } from '../../ports/deps.js';

export interface TimelineUpdate {
  readonly pipeline: string;
  readonly commit: string | undefined;
  readonly order: readonly string[];
  readonly step: TimelineStep;
  readonly comment: boolean;
  readonly githubToken: string;
}

/** The workflow run's URL, for links (only from the runner's own variables). */
export function workflowRunUrl(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

export async function updateTimeline(deps: Deps, update: TimelineUpdate): Promise<void> {
  const log = deps.logger;
  if (!update.comment) return log.info('comment: false; the PR comment is not updated');
  if (!deps.env.GITHUB_REPOSITORY) {
    return log.info('GITHUB_REPOSITORY is not set (not in a workflow); no PR comment');
  }
  if (!update.githubToken) return log.info('no github-token; no PR comment');
  if (!update.commit)
    return log.info('the run has no commit label and GITHUB_SHA is not set; no PR comment');
  try {
    const github = await deps.github(update.githubToken);
    const lookup = await findMergedPullRequest(github, update.commit);
    if (!lookup.found) return log.info(`no PR comment for the promotion: ${lookup.reason}`);
    const marker = mergeReportMarker(update.pipeline);
    const issue = lookup.pull.number;
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const before = existing?.body ?? `${marker}\n### ${mdCode(update.pipeline)} · promotion\n`;
    const timeline = withStep(readTimeline(before), update.step, update.order);
    const body = upsertTimeline(before, renderTimeline(timeline));
    const result = await upsertStickyComment(
      github,
      { issue, marker, body },
      log.withNamespace('github'),
    );
    log.info(`${result.action} the promotion timeline on #${issue}: ${result.comment.htmlUrl}`);
  } catch (error) {
    deps.edge.report([
      {
        code: 'promote/comment-failed',
        severity: 'warning',
        message: `the promotion timeline was not written to the PR comment: ${describeError(error).message}`,
      },
    ]);
  }
}
