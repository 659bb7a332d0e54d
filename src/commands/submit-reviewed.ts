/**
 * Before `submit` runs anything: is each spec the one the PR check saw? Finds the PR merged as
 * this commit, reads our check comment of each pipeline (first line exactly its marker, written
 * by our own account — never a comment a person wrote), takes the stamp on its second line and
 * compares it with the digest of the spec about to run (core/report/reviewed-stamp.ts). Nothing
 * here throws for "cannot tell": the answer says why, and `require-reviewed-spec` decides.
 */
import path from 'node:path';
import { findMergedPullRequest } from './comments/merged-pull.js';
import { findOwnComments } from './comments/sticky-comment.js';
import { describeError } from '../core/errors.js';
import { commentMarker } from '../core/report/pr-comment.js';
import {
  compareReviewed,
  readReviewedStamp,
  type ReviewedSpec,
  type ReviewFacts,
} from '../core/report/reviewed-stamp.js';
import type { Deps } from '../ports/deps.js';
import type { SubmitSettings } from './submit.js';

export interface SpecToRun {
  readonly name: string;
  /** `sha256:…` of the compiled spec. */
  readonly digest: string;
}

/** The files that differ between the PR's head and `commit`, when git can tell. */
async function changedSinceHead(
  deps: Deps,
  head: string,
  commit: string,
): Promise<string[] | undefined> {
  try {
    const git = await deps.git();
    if (!(await git.tryEnsureCommit(head)) || !(await git.tryEnsureCommit(commit)))
      return undefined;
    return await git.changedFiles(head, commit);
  } catch (error) {
    deps.logger.debug(`cannot compare the PR head with ${commit}: ${describeError(error).message}`);
    return undefined;
  }
}

export async function reviewSpecs(
  specs: readonly SpecToRun[],
  commit: string,
  settings: SubmitSettings,
  deps: Deps,
): Promise<Map<string, ReviewedSpec>> {
  const verdicts = new Map<string, ReviewedSpec>();
  const all = (none: string) => {
    for (const s of specs)
      verdicts.set(
        s.name,
        compareReviewed({ digest: s.digest, pull: { none }, stamp: 'no-comment' }),
      );
    return verdicts;
  };
  if (!deps.env.GITHUB_REPOSITORY) return all('not in a workflow (GITHUB_REPOSITORY is not set)');
  if (!settings.githubToken) return all('no github-token to read the PR check comment with');
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return all(lookup.reason);
    const pull = lookup.pull;
    const comments = await github.listIssueComments(pull.number);
    const root = (await deps.git().catch(() => undefined))?.root;
    const configFile = root
      ? path.relative(root, settings.common.configPath).split(path.sep).join('/')
      : undefined;
    let changed: string[] | undefined | null = null;
    for (const s of specs) {
      const marker = commentMarker(s.name);
      // Ours, and the marker is the first line: a quote of it in someone's comment is not.
      const own = await findOwnComments(
        github,
        comments.filter((c) => c.body.split('\n', 1)[0]?.trimEnd() === marker),
        marker,
      );
      const first = own[0];
      const stamp = first ? (readReviewedStamp(first.body, marker) ?? 'no-stamp') : 'no-comment';
      const facts: ReviewFacts = {
        digest: s.digest,
        pull: { number: pull.number, headSha: pull.headSha },
        stamp,
        ...(configFile ? { configFile } : {}),
      };
      if (typeof stamp === 'object' && stamp.digest !== s.digest) {
        if (changed === null) changed = await changedSinceHead(deps, pull.headSha, commit);
        if (changed) Object.assign(facts, { changedSinceHead: changed });
      }
      verdicts.set(s.name, compareReviewed(facts));
    }
    return verdicts;
  } catch (error) {
    return all(`the PR check comment could not be read: ${describeError(error).message}`);
  }
}

/** One line for the log and the report: `spec sha256:… — the one checked in PR #7`, or why not. */
export function reviewedLine(v: ReviewedSpec): string {
  return v.kind === 'reviewed'
    ? `spec ${v.digest} — the one checked in PR #${v.pull}`
    : `spec ${v.digest} differs from what the PR check saw, because ${v.because}`;
}
