import type { GitHubPort, PullRequestRef } from '../../ports/github.js';

export type MergedPullLookup =
  | { readonly found: true; readonly pull: PullRequestRef }
  | { readonly found: false; readonly reason: string };

/**
 * The pull request whose merge produced `commit`: merged into the default branch, with
 * `merge_commit_sha` equal to the commit. `listPullRequestsAssociatedWithCommit` also returns
 * open PRs that merely contain the commit and PRs into other branches; those are skipped. Returns
 * a reason instead of throwing when there is none (a direct push), so the caller can say so.
 */
export async function findMergedPullRequest(
  github: GitHubPort,
  commit: string,
  defaultBranch?: string,
): Promise<MergedPullLookup> {
  const branch = defaultBranch ?? (await github.getDefaultBranch());
  const pulls = await github.listPullRequestsForCommit(commit);
  const merged = pulls.filter(
    (p) => p.mergedAt !== null && p.baseRef === branch && p.mergeCommitSha === commit,
  );
  if (merged.length === 1) return { found: true, pull: merged[0]! };
  if (merged.length > 1) {
    const numbers = merged.map((p) => `#${p.number}`).join(', ');
    return {
      found: false,
      reason: `several pull requests (${numbers}) name ${commit} as their merge commit`,
    };
  }
  const seen = pulls.length
    ? ` (it belongs to ${pulls.map((p) => `#${p.number}`).join(', ')}, none merged into ${branch} as this commit)`
    : '';
  return {
    found: false,
    reason: `no pull request was merged into ${branch} as commit ${commit}${seen}`,
  };
}
