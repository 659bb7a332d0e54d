export { OctokitGitHub, type GitHubClientOptions } from './client.js';
export { findMergedPullRequest, type MergedPullLookup } from './merged-pull.js';
export {
  ACTIONS_BOT,
  explainWriteError,
  findOwnComments,
  upsertStickyComment,
  type StickyCommentRequest,
  type StickyCommentResult,
} from './sticky-comment.js';
