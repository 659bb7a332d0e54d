import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GitCli } from '../../../src/adapters/git/git.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { GitFixture } from '../../support/git-fixture.js';

describe('GitCli', () => {
  let repo: GitFixture;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = GitFixture.create();
    repo.write({ 'a.txt': 'a\n', 'dir/b.txt': 'b\n', 'gone.txt': 'x\n' });
    base = repo.commit('base');
    repo.write({ 'dir/b.txt': 'b2\n', 'new file ü.txt': 'n\n' });
    repo.remove('gone.txt');
    head = repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  it('lists exactly the files changed between two commits, from a subfolder too', async () => {
    const git = await GitCli.open(path.join(repo.dir, 'dir'), nullLogger);
    expect(git.root).toBe(repo.git('rev-parse', '--show-toplevel'));
    expect((await git.changedFiles(base, head)).sort()).toEqual([
      'dir/b.txt',
      'gone.txt',
      'new file ü.txt',
    ]);
    expect(await git.tryResolveCommit('HEAD')).toBe(head);
    expect(await git.tryResolveCommit('f'.repeat(40))).toBeUndefined();
  });

  it('checks out the base in a temporary worktree and removes it afterwards', async () => {
    const git = await GitCli.open(repo.dir, nullLogger);
    let seen = '';
    const text = await git.withWorktree(base, async (dir) => {
      seen = dir;
      return readFileSync(path.join(dir, 'dir/b.txt'), 'utf8');
    });
    expect(text).toBe('b\n');
    expect(existsSync(seen)).toBe(false);
    expect(repo.git('worktree', 'list')).not.toContain(seen);
  });

  it('says what to do outside a repository', async () => {
    await expect(GitCli.open('/', nullLogger)).rejects.toThrow(UserError);
  });
});
