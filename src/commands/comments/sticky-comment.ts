/**
 * One comment per key on a pull request, updated in place (the sticky-pull-request-comment /
 * tfcmt pattern): found by a hidden marker, written only by our own account, searched over every
 * page, not rewritten when unchanged, duplicates from a race deleted.
 *
 * A comment is ours when its FIRST LINE is exactly the marker and its author is our account:
 * `author` when the caller knows it, else the token's account from `GET /user`, else the bot
 * rule of src/core/check/comments.ts (ownComments). The pure planning lives there; this file
 * talks to GitHub: it lists the comments, finds the token's account, and carries a plan out.
 */
import { firstLine, ownComments, type CommentAction } from '../../core/check/comments.js';
import { UserError } from '../../core/diagnostics.js';
import {
  GitHubApiError,
  type GitHubPort,
  type GitHubUser,
  type IssueComment,
} from '../../ports/github.js';
import type { Logger } from '../../ports/logger.js';

export { ACTIONS_BOT } from '../../core/check/comments.js';

export interface StickyCommentRequest {
  /** Issue or pull request number. */
  readonly issue: number;
  /** Hidden marker that identifies the comment, e.g. `<!-- kfp-action:check:my-pipeline -->`. */
  readonly marker: string;
  /** The body; the marker is put as its first line when it is not already. */
  readonly body: string;
  /** Login whose comments are ours (default: see the rule above). */
  readonly author?: string;
  /** Whether an existing body already says the same (default: equal text). */
  readonly sameContent?: (existing: string, desired: string) => boolean;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly comment: IssueComment;
  /** Ids of duplicates that were deleted. */
  readonly deleted: readonly number[];
}

const identities = new WeakMap<GitHubPort, Promise<GitHubUser | undefined>>();

function identity(github: GitHubPort): Promise<GitHubUser | undefined> {
  let known = identities.get(github);
  if (!known) {
    known = github.tryAuthenticatedUser();
    identities.set(github, known);
  }
  return known;
}

/** The login whose comments are ours: `author`, else the token's account (undefined: bots). */
export async function ownLogin(github: GitHubPort, author?: string): Promise<string | undefined> {
  return author ?? (await identity(github))?.login;
}

/** The comments whose first line is exactly `marker` that the rule above counts as ours. */
export async function findOwnComments(
  github: GitHubPort,
  comments: readonly IssueComment[],
  marker: string,
  author?: string,
): Promise<IssueComment[]> {
  const own = ownComments(comments, (line) => line === marker, await ownLogin(github, author));
  return own.get(marker) ?? [];
}

/** Turns GitHub's refusal to write into an error that names the permission to add. */
function explainWriteError(error: unknown, what: string): unknown {
  if (!(error instanceof GitHubApiError)) return error;
  if (error.status === 403 && /not accessible by integration/i.test(error.apiMessage)) {
    return new UserError(
      `GitHub refused to ${what} (HTTP 403 "${error.apiMessage}"): the token lacks the ` +
        '`pull-requests: write` permission. Add `permissions: { pull-requests: write }` to the job ' +
        '(see docs/TROUBLESHOOTING.md#githubmissing-permission). On pull requests from forks the ' +
        'token is read-only by design: post the comments from the kfp-pr-comment workflow instead.',
      [{ code: 'github/missing-permission', severity: 'error', message: error.message }],
    );
  }
  if (error.status === 401) {
    return new UserError(
      `GitHub rejected the token while trying to ${what} (HTTP 401): check the github-token input`,
      [{ code: 'github/bad-credentials', severity: 'error', message: error.message }],
    );
  }
  return error;
}

/** Creates, updates or leaves alone the one comment with `marker` on an issue or PR. */
export async function upsertStickyComment(
  github: GitHubPort,
  request: StickyCommentRequest,
  logger: Logger,
): Promise<StickyCommentResult> {
  const body =
    firstLine(request.body) === request.marker
      ? request.body
      : `${request.marker}\n${request.body}`;
  const same = request.sameContent ?? ((a: string, b: string) => a === b);
  const all = await github.listIssueComments(request.issue);
  const own = await findOwnComments(github, all, request.marker, request.author);
  const deleted: number[] = [];
  try {
    const [keep, ...duplicates] = own;
    for (const d of duplicates) {
      logger.info(`deleting duplicate comment ${d.id} (${request.marker})`);
      await github.deleteIssueComment(d.id);
      deleted.push(d.id);
    }
    if (!keep) {
      const comment = await github.createIssueComment(request.issue, body);
      logger.info(`created comment ${comment.htmlUrl}`);
      return { action: 'created', comment, deleted };
    }
    if (same(keep.body, body)) {
      logger.info(`comment ${keep.htmlUrl} is unchanged; not rewritten`);
      return { action: 'unchanged', comment: keep, deleted };
    }
    const comment = await github.updateIssueComment(keep.id, body);
    logger.info(`updated comment ${comment.htmlUrl}`);
    return { action: 'updated', comment, deleted };
  } catch (error) {
    throw explainWriteError(error, `write the comment on #${request.issue}`);
  }
}

/** What happened to one planned action. */
export interface AppliedAction {
  readonly action: CommentAction;
  /** The comment written or left (absent for a deleted duplicate). */
  readonly comment?: IssueComment;
  /** The POST's response was lost, and the re-listed comments showed it had been created. */
  readonly reconciled?: boolean;
}

/**
 * A write whose outcome is unknown: GitHub answered 5xx (after the client's retries) or the
 * connection failed. The write may have happened.
 */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof GitHubApiError ? error.status >= 500 : !(error instanceof UserError);
}

/**
 * Carries out a comment plan (src/core/check/comments.ts planComments) in order. When a POST's
 * response is lost, the comments are listed again before the next write: the comment the POST
 * created is found by its marker and kept (no duplicate), and a write that did not happen fails.
 */
export async function applyCommentPlan(
  github: GitHubPort,
  issue: number,
  actions: readonly CommentAction[],
  /** The comments the plan was made from (listed once, at the start of the run). */
  listed: readonly IssueComment[],
  isOurMarker: (line: string) => boolean,
  logger: Logger,
  author?: string,
): Promise<AppliedAction[]> {
  const out: AppliedAction[] = [];
  for (const action of actions) {
    try {
      switch (action.kind) {
        case 'delete':
          logger.info(`deleting duplicate comment ${action.id} (${action.marker})`);
          await github.deleteIssueComment(action.id);
          out.push({ action });
          break;
        case 'leave': {
          const comment = listed.find((c) => c.id === action.id);
          if (comment) logger.info(`comment ${comment.htmlUrl} is unchanged; not rewritten`);
          out.push({ action, ...(comment ? { comment } : {}) });
          break;
        }
        case 'update':
        case 'retire': {
          const comment = await github.updateIssueComment(action.id, action.body);
          logger.info(
            action.kind === 'retire'
              ? `marked comment ${comment.htmlUrl} as out of date (${action.marker})`
              : `updated comment ${comment.htmlUrl}`,
          );
          out.push({ action, comment });
          break;
        }
        case 'create': {
          let comment: IssueComment;
          try {
            comment = await github.createIssueComment(issue, action.body);
          } catch (error) {
            if (!outcomeUnknown(error)) throw error;
            logger.warning(
              `the answer to creating the comment ${action.marker} was lost (${String((error as Error).message ?? error)}); listing the comments again before the next write`,
            );
            const again = await github.listIssueComments(issue);
            const own = ownComments(again, isOurMarker, await ownLogin(github, author));
            const created = own.get(action.marker)?.at(-1);
            if (!created) throw error;
            if (created.body !== action.body) {
              comment = await github.updateIssueComment(created.id, action.body);
            } else comment = created;
            logger.info(`the comment had been created: ${comment.htmlUrl}`);
            out.push({ action, comment, reconciled: true });
            break;
          }
          logger.info(`created comment ${comment.htmlUrl}`);
          out.push({ action, comment });
          break;
        }
      }
    } catch (error) {
      throw explainWriteError(error, `write the comments on #${issue}`);
    }
  }
  return out;
}
