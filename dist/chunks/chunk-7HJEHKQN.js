import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  firstLine,
  ownComments
} from "./chunk-VLKUCJEJ.js";
import {
  GitHubApiError
} from "./chunk-DSAI2IEI.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/commands/comments/sticky-comment.ts
var identities = /* @__PURE__ */ new WeakMap();
function identity(github) {
  let known = identities.get(github);
  if (!known) {
    known = github.tryAuthenticatedUser();
    identities.set(github, known);
  }
  return known;
}
async function ownLogin(github, author) {
  return author ?? (await identity(github))?.login;
}
async function findOwnComments(github, comments, marker, author) {
  const own = ownComments(comments, (line) => line === marker, await ownLogin(github, author));
  return own.get(marker) ?? [];
}
function explainWriteError(error, what) {
  if (!(error instanceof GitHubApiError)) return error;
  if (error.status === 403 && /not accessible by integration/i.test(error.apiMessage)) {
    return new UserError(
      `GitHub refused to ${what} (HTTP 403 "${error.apiMessage}"): the token lacks the \`pull-requests: write\` permission. Add \`permissions: { pull-requests: write }\` to the job (see docs/TROUBLESHOOTING.md#githubmissing-permission). On pull requests from forks the token is read-only by design: post the comments from the kfp-pr-comment workflow instead.`,
      [{ code: "github/missing-permission", severity: "error", message: error.message }]
    );
  }
  if (error.status === 401) {
    return new UserError(
      `GitHub rejected the token while trying to ${what} (HTTP 401): check the github-token input`,
      [{ code: "github/bad-credentials", severity: "error", message: error.message }]
    );
  }
  return error;
}
async function upsertStickyComment(github, request, logger) {
  const body = firstLine(request.body) === request.marker ? request.body : `${request.marker}
${request.body}`;
  const same = request.sameContent ?? ((a, b) => a === b);
  const all = await github.listIssueComments(request.issue);
  const own = await findOwnComments(github, all, request.marker, request.author);
  const deleted = [];
  try {
    const [keep, ...duplicates] = own;
    for (const d of duplicates) {
      logger.info(`deleting duplicate comment ${d.id} (${request.marker})`);
      await github.deleteIssueComment(d.id);
      deleted.push(d.id);
    }
    if (!keep) {
      const comment2 = await github.createIssueComment(request.issue, body);
      logger.info(`created comment ${comment2.htmlUrl}`);
      return { action: "created", comment: comment2, deleted };
    }
    if (same(keep.body, body)) {
      logger.info(`comment ${keep.htmlUrl} is unchanged; not rewritten`);
      return { action: "unchanged", comment: keep, deleted };
    }
    const comment = await github.updateIssueComment(keep.id, body);
    logger.info(`updated comment ${comment.htmlUrl}`);
    return { action: "updated", comment, deleted };
  } catch (error) {
    throw explainWriteError(error, `write the comment on #${request.issue}`);
  }
}
function outcomeUnknown(error) {
  return error instanceof GitHubApiError ? error.status >= 500 : !(error instanceof UserError);
}
async function applyCommentPlan(github, issue, actions, listed, isOurMarker, logger, author) {
  const out = [];
  for (const action of actions) {
    try {
      switch (action.kind) {
        case "delete":
          logger.info(`deleting duplicate comment ${action.id} (${action.marker})`);
          await github.deleteIssueComment(action.id);
          out.push({ action });
          break;
        case "leave": {
          const comment = listed.find((c) => c.id === action.id);
          if (comment) logger.info(`comment ${comment.htmlUrl} is unchanged; not rewritten`);
          out.push({ action, ...comment ? { comment } : {} });
          break;
        }
        case "update":
        case "retire": {
          const comment = await github.updateIssueComment(action.id, action.body);
          logger.info(
            action.kind === "retire" ? `marked comment ${comment.htmlUrl} as out of date (${action.marker})` : `updated comment ${comment.htmlUrl}`
          );
          out.push({ action, comment });
          break;
        }
        case "create": {
          let comment;
          try {
            comment = await github.createIssueComment(issue, action.body);
          } catch (error) {
            if (!outcomeUnknown(error)) throw error;
            logger.warning(
              `the answer to creating the comment ${action.marker} was lost (${String(error.message ?? error)}); listing the comments again before the next write`
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

export {
  ownLogin,
  findOwnComments,
  upsertStickyComment,
  applyCommentPlan
};
