/**
 * The PR comments of a check, shared by `check` (same-repository PR, one job) and
 * `post-comments` (the privileged job that reads a saved check result): list the PR's comments
 * once, find ours, render one comment per reported pipeline, plan (src/core/check) and carry the
 * plan out. Both paths render with the same renderer, so a comment looks and escapes the same.
 */
import {
  fileKey,
  isMarker,
  nameFromEarlier,
  ownComments,
  planComments,
  readReportLine,
  retirementIsKnown,
  withoutReviewedStamp,
  type EarlierReport,
} from '../core/check/index.js';
import {
  CHECK_MARKER_PREFIX,
  commentMarker,
  renderNoLongerChanged,
  renderPrComment,
  renderSuperseded,
  sameStableContent,
  type CommentContext,
  type PipelineCheckResult,
} from '../core/report/pr-comment.js';
import { VERSION } from '../core/version.js';
import type { Deps } from '../ports/deps.js';
import type { GitHubPort, IssueComment } from '../ports/github.js';

/** The version in the comment footers and SARIF's tool: package.json's (src/core/version.ts). */
export const KFP_ACTION_VERSION = VERSION;

/** What a comment says about where it comes from (links, versions, the time). */
export function commentContext(
  env: Deps['env'],
  run: {
    readonly repository: string;
    readonly headSha: string;
    readonly baseSha?: string;
    /** The run whose summary holds the full report. */
    readonly runId?: string;
    readonly kfpVersion?: string;
    /** No config file: the pipelines were found in the repository. */
    readonly zeroConfig?: boolean;
  },
): CommentContext {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    repository: run.repository,
    serverUrl: server,
    headSha: run.headSha,
    ...(run.baseSha ? { baseSha: run.baseSha } : {}),
    ...(run.runId && /^\d{1,20}$/.test(run.runId)
      ? { reportUrl: `${server}/${run.repository}/actions/runs/${run.runId}` }
      : {}),
    version: KFP_ACTION_VERSION,
    ...(run.kfpVersion ? { kfpVersion: run.kfpVersion } : {}),
    ...(run.zeroConfig ? { zeroConfig: true } : {}),
    time: new Date()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace('T', ' '),
  };
}

/** The PR's comments, listed once per run, and which of them are our check comments. */
export interface Listing {
  readonly github: GitHubPort;
  readonly issue: number;
  readonly all: readonly IssueComment[];
  readonly own: ReadonlyMap<string, readonly IssueComment[]>;
}

const isCheckMarker = (line: string) => isMarker(line, CHECK_MARKER_PREFIX);

export async function listComments(github: GitHubPort, issue: number): Promise<Listing> {
  const { ownLogin } = await import('./comments/sticky-comment.js');
  const all = await github.listIssueComments(issue);
  const own = ownComments(all, isCheckMarker, await ownLogin(github));
  return { github, issue, all, own };
}

/** What our earlier comments reported: names a source that no longer compiles. */
export function earlierReports(listing: Listing | undefined): EarlierReport[] {
  const out: EarlierReport[] = [];
  for (const [marker, [first]] of listing?.own ?? []) {
    const report = first ? readReportLine(first.body) : undefined;
    if (report && commentMarker(report.pipeline) === marker) out.push(report);
  }
  return out;
}

/** One rendered comment per result (the comment's first line is its marker). */
function renderComments(
  results: readonly PipelineCheckResult[],
  ctx: CommentContext,
  logger: Deps['logger'],
  stamp: boolean,
): { marker: string; body: string }[] {
  return results.map((r) => {
    const rendered = renderPrComment(r, ctx);
    if (rendered.cut.length)
      logger.warning(
        `${commentMarker(r.pipeline)}: comment cut to fit GitHub's limit (${rendered.cut.join(', ')})`,
      );
    const body = stamp ? rendered.body : withoutReviewedStamp(rendered.body);
    return { marker: commentMarker(r.pipeline), body };
  });
}

/**
 * The body of a comment this run does not report. A placeholder keyed by a file name (its source
 * never compiled) that is now reported under the pipeline's name says so; any other says the PR
 * no longer changes its pipeline (only called when that is known: `retire`).
 */
function retiredBody(
  marker: string,
  results: readonly PipelineCheckResult[],
  ctx: CommentContext,
): string {
  const now = results.find((r) => !r.unnamed && commentMarker(fileKey(r.source)) === marker);
  return now ? renderSuperseded(marker, now.pipeline, ctx) : renderNoLongerChanged(marker, ctx);
}

/**
 * Plans and writes the comments; prints one line per comment. `stamp: false` (a fork's result)
 * leaves the reviewed-spec stamp out of every body.
 */
export async function publishComments(
  listing: Listing,
  results: readonly PipelineCheckResult[],
  options: { readonly retire: boolean; readonly stamp: boolean },
  ctx: CommentContext,
  deps: Pick<Deps, 'edge' | 'logger'>,
): Promise<void> {
  // A source the check could not name (its job may not read the PR's comments) takes the name
  // our earlier comment gave it; comments are retired only when every result is named.
  const named = nameFromEarlier(results, earlierReports(listing));
  const retire = retirementIsKnown(options.retire, named);
  const plan = planComments({
    own: listing.own,
    desired: renderComments(named, ctx, deps.logger, options.stamp),
    retire,
    retiredBody: (marker) => retiredBody(marker, named, ctx),
    same: sameStableContent,
  });
  const { applyCommentPlan } = await import('./comments/sticky-comment.js');
  const applied = await applyCommentPlan(
    listing.github,
    listing.issue,
    plan,
    listing.all,
    isCheckMarker,
    deps.logger,
  );
  const what = {
    create: 'comment created',
    update: 'comment updated',
    leave: 'comment unchanged',
    retire: 'no longer reported by this PR: comment updated',
    delete: 'duplicate comment deleted',
  };
  for (const a of applied) {
    const url = a.comment ? ` (${a.comment.htmlUrl})` : '';
    deps.edge.print(`${a.action.marker}: ${what[a.action.kind]}${url}`);
  }
}
