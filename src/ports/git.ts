/**
 * The git operations the pull-request check needs, behind an intent-named interface (the real
 * one runs the git CLI: src/adapters/git/). Bound to one repository.
 */
export interface GitPort {
  /** Absolute path of the repository's top folder. */
  readonly root: string;
  /** The commit a revision names, or undefined when it is not in the clone. */
  tryResolveCommit(revision: string): Promise<string | undefined>;
  /** Makes sure the commit is in the clone (a shallow fetch of it when missing); false when it
   * cannot be had. */
  tryEnsureCommit(sha: string): Promise<boolean>;
  /** Paths (relative to `root`, `/`-separated) that differ between two commits. */
  changedFiles(base: string, head: string): Promise<string[]>;
  /** Runs `fn` on a temporary, detached worktree of `commit`; removes it afterwards. */
  withWorktree<T>(commit: string, fn: (dir: string) => Promise<T>): Promise<T>;
}
