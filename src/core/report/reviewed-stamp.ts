/**
 * "What ran is what was reviewed", as pure functions. The PR check comment of a pipeline carries
 * a hidden stamp as its second line (the first is the marker):
 *
 *     <!-- kfp-action:reviewed sha256:<64 hex> <40-hex head sha> -->
 *
 * — the digest of the spec the check compiled at the PR's head (core/spec/digest.ts). On merge,
 * `submit` reads the stamp from our own comment and compares it with the digest of the spec it is
 * about to run; the merge report says which it is, and `require-reviewed-spec` refuses a spec no
 * PR check saw. The stamp proves consistency, not authorship: see docs/promotion.md.
 */

const STAMP = /^<!-- kfp-action:reviewed (sha256:[0-9a-f]{64}) ([0-9a-f]{40}) -->$/;

/** The stamp line for a digest (`sha256:…`) and the head commit; undefined when either is not
 * in the expected form (nothing is stamped rather than something wrong). */
export function reviewedStamp(digest: string | undefined, headSha: string): string | undefined {
  const sha = headSha.toLowerCase();
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !/^[0-9a-f]{40}$/.test(sha)) {
    return undefined;
  }
  return `<!-- kfp-action:reviewed ${digest} ${sha} -->`;
}

/** Whether a line is a stamp (for sanitising bodies that another job saved). */
export function isReviewedStamp(line: string): boolean {
  return STAMP.test(line.trim());
}

export interface Stamp {
  readonly digest: string;
  readonly headSha: string;
}

/** The stamp of a check comment: first line exactly `marker`, second line the stamp. */
export function readReviewedStamp(body: string, marker: string): Stamp | undefined {
  const [first, second] = body.split('\n', 2);
  if (first?.trimEnd() !== marker || second === undefined) return undefined;
  const m = STAMP.exec(second.trimEnd());
  return m ? { digest: m[1]!, headSha: m[2]! } : undefined;
}

/** The verdict for one pipeline: the spec is the one checked in the PR, or why it is not. */
export type ReviewedSpec =
  | { readonly kind: 'reviewed'; readonly digest: string; readonly pull: number }
  | {
      readonly kind: 'differs';
      readonly digest: string;
      readonly because: string;
      readonly pull?: number;
      /** The digest the PR check saw, when there was one. */
      readonly reviewedDigest?: string;
    };

export interface ReviewFacts {
  /** `sha256:…` of the spec about to run. */
  readonly digest: string;
  /** The merged PR, or why there is none. */
  readonly pull: { readonly number: number; readonly headSha: string } | { readonly none: string };
  /** Our check comment's stamp; `no-comment` / `no-stamp` when there is none. */
  readonly stamp: Stamp | 'no-comment' | 'no-stamp';
  /** Files that differ between the PR's head and the commit being run (undefined: unknown). */
  readonly changedSinceHead?: readonly string[];
  /** The config file, relative to the repository root. */
  readonly configFile?: string;
}

const short = (s: string) => s.replace(/^sha256:/, '').slice(0, 12);

/** Compares the spec about to run with the one the PR check saw, and says why they differ. */
export function compareReviewed(facts: ReviewFacts): ReviewedSpec {
  const { digest } = facts;
  if ('none' in facts.pull) return { kind: 'differs', digest, because: facts.pull.none };
  const pull = facts.pull.number;
  if (facts.stamp === 'no-comment') {
    return {
      kind: 'differs',
      digest,
      pull,
      because: `PR #${pull} has no check comment of kfp-action for this pipeline (the PR check did not run, or did not see this pipeline)`,
    };
  }
  if (facts.stamp === 'no-stamp') {
    return {
      kind: 'differs',
      digest,
      pull,
      because: `the check comment on PR #${pull} carries no spec stamp (written by an older kfp-action, by the fork workflow, or the pipeline did not compile)`,
    };
  }
  const stamp = facts.stamp;
  if (stamp.digest === digest) return { kind: 'reviewed', digest, pull };
  const base = { kind: 'differs' as const, digest, pull, reviewedDigest: stamp.digest };
  if (stamp.headSha !== facts.pull.headSha.toLowerCase()) {
    return {
      ...base,
      because: `the PR check last saw ${stamp.headSha.slice(0, 7)}, not the PR's final head ${facts.pull.headSha.slice(0, 7)} (it did not run after the last push), and that spec was sha256:${short(stamp.digest)}…`,
    };
  }
  const changed = facts.changedSinceHead;
  if (changed && facts.configFile && changed.includes(facts.configFile)) {
    return {
      ...base,
      because: `the config changed: ${facts.configFile} differs between the PR's head and the merge commit (the PR check saw sha256:${short(stamp.digest)}…)`,
    };
  }
  const files = changed?.length
    ? ` (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, and ${changed.length - 5} more` : ''})`
    : '';
  return {
    ...base,
    because: `the base moved: the merge commit also has changes of the base branch that the PR check did not see${files}; the check saw sha256:${short(stamp.digest)}…`,
  };
}
