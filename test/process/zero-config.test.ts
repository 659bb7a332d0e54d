/**
 * A repository with KFP pipelines and nothing else — no kfp-action.yaml, no requirements.txt — as
 * a new user has it: the BUILT CLI and action find its pipelines themselves (git ls-files and a
 * static scan: several pipelines, a module with a sub-pipeline, a compiled YAML, and a virtualenv
 * folder that must be skipped), `check` (as the starter PR workflow runs it, against the fake
 * GitHub API) and `run` work with no config, and `init` writes a config that gives the same
 * pipelines and changes nothing when run twice.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/core/config/load.js';
import { schemaErrors } from '../../src/core/config/schema.js';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { GitFixture } from '../support/git-fixture.js';

const root = path.resolve(import.meta.dirname, '../..');
const python = path.join(root, '.venv/bin/python');
const fixture = path.join(root, 'test/fixtures/zero-config');
const haveVenv = existsSync(python);
if (!haveVenv) console.warn('skipped: no .venv with the pinned kfp (run scripts/setup.sh)');
const maybe = haveVenv ? describe : describe.skip;

const TOKEN = 'ghs_installation_token';
const PR = 7;
/** The pipelines of the fixture: not `greet` (a sub-pipeline), not the virtualenv's. */
const PIPELINES = ['echo', 'nested-pipeline', 'train-pipeline'];

let copy: string;
beforeAll(() => {
  if (haveVenv) copy = buildActionCopy();
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** A fresh git repository holding the fixture, with `.venv` linked as the workflow creates it. */
function repository(): GitFixture {
  const repo = GitFixture.create('kfp-zero-config-');
  cpSync(fixture, repo.dir, { recursive: true });
  repo.write({ '.gitignore': '.kfp-action/\n' });
  repo.commit('pipelines, no config');
  // Untracked and not ignored, like the venv the PR workflow makes: found by nothing.
  symlinkSync(path.join(root, '.venv'), path.join(repo.dir, '.venv'));
  return repo;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(copy, 'dist/cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, CI: 'true' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The pipelines a `check` printed as passed (`passed NAME (why)`), sorted. */
const passedPipelines = (stdout: string) =>
  [...stdout.matchAll(/^passed (\S+) \(/gm)].map((m) => m[1]!).sort();

/** Every file below a folder with its content and modification time, `.git` and `.venv` aside. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git' || e.name === '.venv') continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] =
          `${statSync(full).mtimeMs} ${readFileSync(full, 'utf8').length}`;
    }
  };
  walk(dir);
  return out;
}

function pullRequestEvent(repository: string, base: string, head: string): object {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: {
      action: string;
      pull_request: Record<string, unknown> & {
        head: Record<string, unknown> & { repo: Record<string, unknown> };
        base: Record<string, unknown>;
      };
      repository: Record<string, unknown>;
    }[];
  }[];
  const example = structuredClone(
    events.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
  );
  example.repository.full_name = repository;
  example.pull_request.number = PR;
  Object.assign(example, { number: PR });
  Object.assign(example.pull_request.base, { sha: base, ref: 'main' });
  example.pull_request.head = {
    ...example.pull_request.head,
    sha: head,
    repo: { ...example.pull_request.head.repo, full_name: repository, fork: false },
  };
  return example;
}

maybe('a repository without kfp-action.yaml', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = repository();
  });
  afterAll(() => repo.cleanup());

  it('compile finds the outermost pipelines and the compiled YAML, and skips the virtualenv', () => {
    const r = cli(repo.dir, 'compile');
    expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout.trim().split('\n').sort()).toEqual([
      'compiled echo: compiled/hello.yaml -> .kfp-action/compiled/echo.yaml',
      'compiled nested-pipeline: pipelines/nested.py -> .kfp-action/compiled/nested-pipeline.yaml',
      'compiled train-pipeline: pipelines/train.py -> .kfp-action/compiled/train-pipeline.yaml',
    ]);
    expect(r.stderr).toContain('no kfp-action.yaml: found 3 pipeline sources in the repository');
    expect(r.stderr).not.toMatch(/vendored|greet|helpers/);
  });

  it('validate without paths checks the compiled YAML only (not the virtualenv, not the output)', () => {
    const r = cli(repo.dir, 'validate', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file)).toEqual([
      path.join('compiled', 'hello.yaml'),
    ]);
  });

  it('check, as the starter PR workflow runs it: comments on the changed pipelines, says it ran without a config', async () => {
    const fake = await FakeGitHub.start('octo-org/pipelines');
    try {
      fake.addAccount(TOKEN, {
        login: 'github-actions[bot]',
        type: 'Bot',
        tokenKind: 'installation',
        pullRequests: 'write',
      });
      const base = repo.git('rev-parse', 'HEAD');
      const train = readFileSync(path.join(repo.dir, 'pipelines/train.py'), 'utf8');
      repo.write({ 'pipelines/train.py': train.replace('rows: int = 20', 'rows: int = 50') });
      const head = repo.commit('more rows');
      const files = path.join(repo.dir, '.kfp-action', 'event.json');
      repo.write({
        '.kfp-action/event.json': JSON.stringify(pullRequestEvent(fake.repository, base, head)),
      });
      // The inputs .github/workflows/kfp-pr-check.yml passes, with its defaults.
      const r = await runAction(
        copy,
        {
          command: 'check',
          config: 'kfp-action.yaml',
          'working-directory': '.',
          'check-all': 'false',
          'sarif-file': '.kfp-action/check/policy.sarif',
          'github-token': TOKEN,
          comment: 'true',
        },
        {
          GITHUB_WORKSPACE: repo.dir,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: files,
          GITHUB_API_URL: fake.url,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: fake.repository,
          GITHUB_SHA: head,
          GITHUB_RUN_ID: '99',
        },
      );
      expect({ code: r.code, log: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({
        code: 0,
        log: '',
      });
      expect(fake.violations).toEqual([]);
      expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual(['train-pipeline']);
      const comments = fake.issueComments(PR);
      expect(comments).toHaveLength(1);
      const body = comments[0]!.body;
      expect(body.split('\n')[0]).toBe('<!-- kfp-action:check:train-pipeline -->');
      expect(body).toContain('parameter `rows`: default `20` → `50`');
      expect(body).toContain('Checked without a config file');
      expect(body).toContain('`npx kfp-action init`');
      expect(body).toContain('docs/config.md#kfp-action-init');
      expect(body).toContain('docs/config.md#without-a-config-file');
      // Policy findings are warnings: annotations, not a failure.
      expect(r.stdout).toMatch(
        /::warning title=kfp-action policy\/image-not-pinned,file=pipelines\/train\.py/,
      );
      expect(r.stdout).not.toMatch(/::error/);
    } finally {
      await fake.close();
    }
  });

  it('run with no config names the pipelines to choose from; run <source> runs one', () => {
    const several = cli(repo.dir, 'run');
    expect(several.code).toBe(1);
    expect(several.stderr).toContain(
      '3 pipelines found (nested-pipeline from pipelines/nested.py, train-pipeline from pipelines/train.py, echo from compiled/hello.yaml); run takes one',
    );
    const one = cli(repo.dir, 'run', 'pipelines/train.py');
    expect({ code: one.code, stderr: one.code ? one.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(one.stdout).toMatch(/SUCCEEDED/);
  });

  it('init writes a config the schema accepts; check with it gives the same pipelines', () => {
    const before = cli(repo.dir, 'check', '--check-all');
    expect(before.code).toBe(0);
    expect(passedPipelines(before.stdout)).toEqual(PIPELINES);

    const init = cli(repo.dir, 'init');
    expect({ code: init.code, stderr: init.code ? init.stderr : '' }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(init.stdout).toMatch(/^wrote kfp-action\.yaml$/m);
    expect(init.stdout).toMatch(/^wrote \.github\/workflows\/kfp-pr-check\.yml$/m);
    expect(init.stdout).toMatch(/^wrote \.github\/workflows\/kfp-pr-comment\.yml$/m);
    expect(init.stdout).toContain('docs/setup.md');
    const text = readFileSync(path.join(repo.dir, 'kfp-action.yaml'), 'utf8');
    expect(schemaErrors(parse(text))).toEqual([]);
    expect(loadConfig(text, 'kfp-action.yaml').diagnostics).toEqual([]);
    const config = parse(text) as { pipelines: Record<string, unknown>[] };
    expect(config.pipelines.find((p) => p.name === 'train-pipeline')).toEqual({
      source: 'pipelines/train.py',
      name: 'train-pipeline',
      parameters: { learning_rate: 0.5, rows: 50, threshold: 0.5 },
      decision: { task: 'eval-model', output: 'deploy', deployValues: ['true'] },
      model: { task: 'train-model', artifact: 'model' },
    });
    expect(config.pipelines.find((p) => p.name === 'nested-pipeline')).toMatchObject({
      source: 'pipelines/nested.py',
      function: 'nested_pipeline',
      parameters: { name: 'kfp' },
    });
    expect(text).toMatch(/^ {4}# gates:$/m);
    expect(readFileSync(path.join(repo.dir, '.github/workflows/kfp-pr-check.yml'), 'utf8')).toBe(
      readFileSync(path.join(root, 'workflows/pr-check.yml'), 'utf8'),
    );

    const after = cli(repo.dir, 'check', '--check-all');
    expect(after.code).toBe(0);
    expect(passedPipelines(after.stdout)).toEqual(PIPELINES);
    expect(after.stdout).not.toContain('Checked without a config file');
  });

  it('init a second time without --force changes nothing', () => {
    const before = snapshot(repo.dir);
    const again = cli(repo.dir, 'init');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^kept kfp-action\.yaml \(it exists; --force overwrites it\)$/m);
    expect(again.stdout.match(/^kept /gm)).toHaveLength(3);
    expect(snapshot(repo.dir)).toEqual(before);
  });
});

maybe('a repository with one pipeline and no config', () => {
  it('run runs it', () => {
    const repo = GitFixture.create('kfp-zero-config-one-');
    try {
      repo.write({ 'train.py': readFileSync(path.join(fixture, 'pipelines/train.py'), 'utf8') });
      repo.commit('one pipeline');
      symlinkSync(path.join(root, '.venv'), path.join(repo.dir, '.venv'));
      const r = cli(repo.dir, 'run', '--param', 'rows=5');
      expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(/SUCCEEDED/);
      expect(r.stderr).toContain(
        'no kfp-action.yaml: found 1 pipeline source in the repository (train.py)',
      );
    } finally {
      repo.cleanup();
    }
  });
});

maybe('init --dry-run', () => {
  it('prints the config and the workflows and writes nothing', () => {
    const repo = repository();
    try {
      const before = snapshot(repo.dir);
      const r = cli(repo.dir, 'init', '--dry-run');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('--- kfp-action.yaml (would write) ---');
      expect(r.stdout).toContain('--- .github/workflows/kfp-pr-check.yml (would write) ---');
      expect(r.stdout).toMatch(/^ {4}name: train-pipeline$/m);
      expect(snapshot(repo.dir)).toEqual(before);
    } finally {
      repo.cleanup();
    }
  });
});
