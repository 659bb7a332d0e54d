import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  GitHubApiError
} from "./chunk-DSAI2IEI.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/commands/comments/sticky-comment.ts
var ACTIONS_BOT = "github-actions[bot]";
var identities = /* @__PURE__ */ new WeakMap();
function identity(github) {
  let known = identities.get(github);
  if (!known) {
    known = github.tryAuthenticatedUser();
    identities.set(github, known);
  }
  return known;
}
async function findOwnComments(github, comments, marker, author) {
  const marked = comments.filter((c) => c.body.includes(marker) && c.user);
  const login = author ?? (await identity(github))?.login;
  if (login) return marked.filter((c) => c.user.login === login);
  const bots = marked.filter((c) => c.user.type === "Bot");
  if (bots.some((c) => c.user.login === ACTIONS_BOT)) {
    return bots.filter((c) => c.user.login === ACTIONS_BOT);
  }
  const first = bots[0]?.user?.login;
  return first ? bots.filter((c) => c.user.login === first) : [];
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
  const body = request.body.includes(request.marker) ? request.body : `${request.marker}
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
async function retireStickyComments(github, request, logger) {
  const same = request.sameContent ?? ((a, b) => a === b);
  const all = await github.listIssueComments(request.issue);
  const markers = /* @__PURE__ */ new Set();
  for (const c of all) {
    const first = c.body.split("\n", 1)[0] ?? "";
    if (first.startsWith(request.markerPrefix) && first.endsWith(" -->")) markers.add(first);
  }
  const out = [];
  try {
    for (const marker of markers) {
      if (request.keep.has(marker)) continue;
      const own = await findOwnComments(github, all, marker, request.author);
      const keep = own[0];
      if (!keep || !keep.body.startsWith(`${marker}
`)) continue;
      const body = request.body(marker);
      if (same(keep.body, body)) {
        out.push({ marker, action: "unchanged", comment: keep });
        continue;
      }
      const comment = await github.updateIssueComment(keep.id, body);
      logger.info(`marked comment ${comment.htmlUrl} as out of date (${marker})`);
      out.push({ marker, action: "updated", comment });
    }
  } catch (error) {
    throw explainWriteError(error, `update an out-of-date comment on #${request.issue}`);
  }
  return out;
}

export {
  ACTIONS_BOT,
  findOwnComments,
  explainWriteError,
  upsertStickyComment,
  retireStickyComments
};
