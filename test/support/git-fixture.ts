/**
 * A throwaway git repository for tests: write files, commit, get the sha. Each fixture lives in
 * its own temp folder with its own identity, so nothing depends on the machine's git config.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export class GitFixture {
  private constructor(readonly dir: string) {}

  static create(prefix = 'kfp-fixture-'): GitFixture {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    const fixture = new GitFixture(dir);
    fixture.git('init', '-q', '-b', 'main');
    return fixture;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: this.dir,
      },
    }).trim();
  }

  write(files: Readonly<Record<string, string>>): void {
    for (const [file, text] of Object.entries(files)) {
      const abs = path.join(this.dir, file);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }

  remove(...files: string[]): void {
    for (const f of files) rmSync(path.join(this.dir, f), { force: true });
  }

  /** Commits everything and returns the commit sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
