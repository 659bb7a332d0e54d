/**
 * The git steps of .github/workflows/release.yml, run as written (their `run:` scripts, taken
 * from the workflow file) against a throw-away repository with a bare `origin`: the release
 * commit sits on the tagged commit and changes nothing but the workflows' references, which name
 * the tagged commit; vX.Y.Z and vX move to it on the remote; and the run its tag push starts again
 * is recognised and does nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const workflow = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as {
  jobs: Record<string, { steps: { name?: string; id?: string; run?: string }[] }>;
};
const script = (job: string, match: (s: { name?: string; id?: string }) => boolean): string => {
  const step = workflow.jobs[job]!.steps.find(match);
  if (!step?.run) throw new Error(`release.yml: no such run step in ${job}`);
  return step.run;
};

let tmp: string;
let work: string;
let origin: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

function runStep(run: string, env: Record<string, string>): void {
  // The runner's shell for `run:` on Linux: bash --noprofile --norc -eo pipefail {0}.
  execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', HOME: tmp, ...env },
    stdio: 'pipe',
  });
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-release-wf-'));
  origin = path.join(tmp, 'origin.git');
  work = path.join(tmp, 'work');
  git(tmp, 'init', '--quiet', '--bare', origin);
  git(tmp, 'clone', '--quiet', origin, work);
  for (const item of ['.github/workflows', 'scripts/release.mjs', 'action.yml']) {
    mkdirSync(path.dirname(path.join(work, item)), { recursive: true });
    cpSync(path.join(root, item), path.join(work, item), { recursive: true });
  }
  writeFileSync(path.join(work, 'package.json'), '{"name":"kfp-action","version":"1.2.3"}\n');
  writeFileSync(
    path.join(work, 'CHANGELOG.md'),
    '# Changelog\n\n## [Unreleased]\n\n## [1.2.3] - 2026-12-07\n\n- released\n',
  );
  git(work, 'add', '-A');
  git(work, '-c', 'user.name=m', '-c', 'user.email=m@x', 'commit', '--quiet', '-m', 'feat: things');
  git(work, 'tag', 'v1.2.3');
  git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', 'refs/tags/v1.2.3');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('release.yml, its git steps on a throw-away repository', () => {
  it('plans to cut a pushed tag, makes the release commit, moves vX.Y.Z and vX on origin', () => {
    const tagged = git(work, 'rev-parse', 'HEAD');
    const env = { GITHUB_REF_NAME: 'v1.2.3', GITHUB_SHA: tagged };
    const out = path.join(tmp, 'out1');
    runStep(
      script('plan', (s) => s.id === 'plan'),
      { ...env, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: path.join(tmp, 's1') },
    );
    expect(readFileSync(out, 'utf8')).toBe('cut=true\n');

    runStep(
      script('release', (s) => s.name === 'Release commit and tags'),
      { ...env, GITHUB_STEP_SUMMARY: path.join(tmp, 'summary') },
    );
    const release = git(origin, 'rev-parse', 'v1.2.3^{commit}');
    expect(release).not.toBe(tagged);
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(release);
    expect(git(origin, 'rev-parse', `${release}^`)).toBe(tagged);
    expect(git(origin, 'log', '-1', '--format=%s', release)).toBe('release: v1.2.3');
    // Only the workflows change, and each reference names the tagged commit.
    const changed = git(origin, 'diff', '--name-only', tagged, release).split('\n');
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) {
      expect(file).toMatch(/^\.github\/workflows\/kfp-[\w-]+\.yml$/);
      const text = git(origin, 'show', `${release}:${file}`);
      expect(text).toContain(`uses: kfp-action/kfp-action@${tagged} # v1.2.3`);
      expect(text).not.toMatch(/uses:\s*kfp-action\/kfp-action@v1\b/);
    }
    expect(readFileSync(path.join(tmp, 'summary'), 'utf8')).toContain(`(action at ${tagged})`);

    // The tag push of the release commit starts the workflow again: the plan says no.
    const out2 = path.join(tmp, 'out2');
    runStep(
      script('plan', (s) => s.id === 'plan'),
      {
        GITHUB_REF_NAME: 'v1.2.3',
        GITHUB_SHA: release,
        GITHUB_OUTPUT: out2,
        GITHUB_STEP_SUMMARY: path.join(tmp, 's2'),
      },
    );
    expect(readFileSync(out2, 'utf8')).toBe('cut=false\n');
  });
});
