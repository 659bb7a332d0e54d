import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../core/diagnostics.js';
import type { GitPort } from '../../ports/git.js';
import type { Logger } from '../../ports/logger.js';

interface GitRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The one path to the git CLI: never a shell, never throws (the caller decides). */
function runGit(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
        resolve({ code, stdout, stderr: stderr || (error && code === 127 ? error.message : '') });
      },
    );
  });
}

/** The git CLI behind GitPort. */
export class GitCli implements GitPort {
  private constructor(
    readonly root: string,
    private readonly logger: Logger,
  ) {}

  /** Opens the repository that contains `dir`; a UserError when there is none. */
  static async open(dir: string, logger: Logger): Promise<GitCli> {
    const top = await runGit(dir, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0) {
      throw new UserError(
        `${dir} is not inside a git repository (git said: ${top.stderr.trim() || `exit ${top.code}`}); ` +
          'check needs the repository checked out with actions/checkout',
        [{ code: 'check/not-a-git-repository', severity: 'error', message: top.stderr.trim() }],
      );
    }
    return new GitCli(top.stdout.trim(), logger);
  }

  private git(args: readonly string[]): Promise<GitRun> {
    this.logger.debug(`git ${args.join(' ')}`);
    return runGit(this.root, args);
  }

  private async must(args: readonly string[], what: string): Promise<string> {
    const r = await this.git(args);
    if (r.code !== 0) {
      throw new UserError(`git could not ${what}: ${r.stderr.trim() || `exit ${r.code}`}`, [
        {
          code: 'check/git-failed',
          severity: 'error',
          message: `git ${args.join(' ')}: ${r.stderr.trim()}`,
        },
      ]);
    }
    return r.stdout;
  }

  async tryResolveCommit(revision: string): Promise<string | undefined> {
    const r = await this.git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  async tryEnsureCommit(sha: string): Promise<boolean> {
    if (await this.tryResolveCommit(sha)) return true;
    this.logger.info(
      `fetching ${sha} (not in the clone; checkout with fetch-depth: 0 avoids this)`,
    );
    const r = await this.git(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
    if (r.code !== 0) this.logger.warning(`git fetch ${sha} failed: ${r.stderr.trim()}`);
    return (await this.tryResolveCommit(sha)) !== undefined;
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    const out = await this.must(
      ['-c', 'core.quotePath=false', 'diff', '--name-only', '--no-renames', '-z', base, head, '--'],
      `list the files changed between ${base} and ${head}`,
    );
    return out.split('\0').filter((f) => f !== '');
  }

  async withWorktree<T>(commit: string, fn: (dir: string) => Promise<T>): Promise<T> {
    const parent = mkdtempSync(path.join(tmpdir(), 'kfp-action-base-'));
    const dir = path.join(parent, 'base');
    await this.must(
      ['worktree', 'add', '--detach', '--force', dir, commit],
      `check out ${commit} into a worktree`,
    );
    try {
      return await fn(dir);
    } finally {
      const removed = await this.git(['worktree', 'remove', '--force', dir]);
      if (removed.code !== 0)
        this.logger.warning(`git worktree remove ${dir}: ${removed.stderr.trim()}`);
      rmSync(parent, { recursive: true, force: true });
      await this.git(['worktree', 'prune']);
    }
  }
}

/**
 * The files git knows in `dir` and below — tracked, plus untracked ones that no .gitignore
 * excludes — relative to `dir`, `/`-separated; undefined when `dir` is not in a git repository
 * or git is missing.
 */
export async function tryListRepositoryFiles(dir: string): Promise<string[] | undefined> {
  const r = await runGit(dir, [
    '-c',
    'core.quotePath=false',
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
  ]);
  if (r.code !== 0) return undefined;
  return [...new Set(r.stdout.split('\0').filter((f) => f !== ''))];
}
