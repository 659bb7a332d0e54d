/**
 * The PR check over a real git history, as the runner runs it (the built action, the fake GitHub
 * API, the real KFP compiler in .venv): a push sequence good → Python syntax error → KFP type
 * error → fixed keeps ONE comment for the pipeline, truthful at each push; a parameter default
 * holding another pipeline's marker takes nothing over; and the fork path, where the privileged
 * commenter reads a check result a fork may have tampered with.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker } from '../../src/core/report/pr-comment.js';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { GitFixture } from '../support/git-fixture.js';

const root = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghs_installation_token';
const PR = 5;
const BCX = 'breast-cancer-xgboost';

let copy = '';
let fake: FakeGitHub;
let repo: GitFixture;
let base = '';

beforeAll(async () => {
  copy = buildActionCopy();
  fake = await FakeGitHub.start('octo-org/ml');
  fake.addAccount(TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    tokenKind: 'installation',
    pullRequests: 'write',
  });
  repo = GitFixture.create();
  repo.write({
    'kfp-action.yaml': [
      'version: 1',
      'pipelines:',
      '  - source: pipelines/breast_cancer.py',
      '  - source: pipelines/takeover.py',
      '',
    ].join('\n'),
    'pipelines/breast_cancer.py': pipeline('100'),
    'pipelines/takeover.py': takeover('plain'),
    '.gitignore': '.kfp-action/\n',
  });
  base = repo.commit('base');
}, 120_000);
afterAll(async () => {
  await fake.close();
  repo.cleanup();
  rmSync(copy, { recursive: true, force: true });
});

function pipeline(argument: string, extra = ''): string {
  return [
    'from kfp import dsl',
    '',
    '',
    '@dsl.component(base_image="python:3.11-slim")',
    'def train(n_estimators: int) -> str:',
    '    return str(n_estimators)',
    '',
    '',
    `@dsl.pipeline(name="${BCX}")`,
    'def breast_cancer(n_estimators: int = 100):',
    `    train(n_estimators=${argument})`,
    extra,
  ].join('\n');
}

/** A pipeline whose parameter default is the breast-cancer pipeline's marker. */
function takeover(note: string): string {
  return [
    'from kfp import dsl',
    '',
    '',
    '@dsl.component(base_image="python:3.11-slim")',
    'def echo(text: str) -> str:',
    '    return text',
    '',
    '',
    '@dsl.pipeline(name="takeover")',
    `def takeover(note: str = ${JSON.stringify(note)}):`,
    '    echo(text=note)',
    '',
  ].join('\n');
}

function event(head: string, fork = false, pr = PR): string {
  const file = path.join(tmpdir(), `kfp-pr-event-${process.pid}-${head}-${fork}-${pr}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number: pr,
      pull_request: {
        number: pr,
        base: { sha: base, ref: 'main' },
        head: {
          sha: head,
          repo: { full_name: fork ? 'mallory/ml' : fake.repository, fork },
        },
      },
      repository: { full_name: fake.repository },
    }),
  );
  return file;
}

function run(head: string, inputs: Record<string, string> = {}, eventFile = event(head)) {
  return runAction(
    copy,
    {
      command: 'check',
      config: 'kfp-action.yaml',
      'working-directory': '.',
      python: path.join(root, '.venv/bin/python'),
      'output-dir': '.kfp-action',
      'github-token': TOKEN,
      'check-all': 'false',
      comment: 'true',
      'sarif-file': '',
      ...inputs,
    },
    {
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: fake.repository,
      GITHUB_SHA: head,
      GITHUB_RUN_ID: '9',
    },
  );
}

/** The comment's heading (after the marker and, when the head compiled, the reviewed stamp). */
const heading = (body: string) => body.split('\n').find((l) => l.startsWith('### ')) ?? '';
const ours = () => fake.issueComments(PR).filter((c) => c.user.login === 'github-actions[bot]');
const commentOf = (name: string) =>
  ours().filter((c) => c.body.split('\n')[0] === commentMarker(name));
const ok = (r: { code: number | null; stdout: string; stderr: string }) =>
  expect({ code: r.code, log: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({
    code: 0,
    log: '',
  });

describe('good → Python syntax error → KFP type error → fixed', () => {
  let id = 0;

  it('good: one ✅ comment per pipeline, keyed by the pipeline name', async () => {
    repo.write({
      'pipelines/breast_cancer.py': pipeline('n_estimators').replace('100', '200'),
      'pipelines/takeover.py': takeover(commentMarker(BCX)),
    });
    const head = repo.commit('good');
    const r = await run(head);
    ok(r);
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual([BCX, 'takeover']);
    const [bcx, ...more] = commentOf(BCX);
    expect(more).toEqual([]);
    expect(heading(bcx!.body)).toMatch(/^### ✅ `breast-cancer-xgboost`/);
    id = bcx!.id;
    // The takeover pipeline's comment carries the other marker in its parameter table.
    expect(commentOf('takeover')[0]!.body).toContain(commentMarker(BCX));
    expect(ours()).toHaveLength(2);
    expect(fake.violations).toEqual([]);
  }, 120_000);

  it('syntax error: the same comment turns ❌ with the error linked to its line', async () => {
    repo.write({ 'pipelines/breast_cancer.py': pipeline('n_estimators', 'def broken(:\n') });
    const head = repo.commit('syntax error');
    const before = fake.writes().length;
    const r = await run(head);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/internal error/);
    expect(JSON.parse(r.outputs['changed-pipelines']!).sort()).toEqual([BCX, 'takeover']);
    const [bcx, ...more] = commentOf(BCX);
    expect(more).toEqual([]);
    expect(bcx!.id).toBe(id);
    expect(heading(bcx!.body)).toMatch(/^### ❌ `breast-cancer-xgboost` · ❌ does not compile/);
    expect(bcx!.body).toMatch(new RegExp(`blob/${head}/pipelines/breast_cancer\\.py#L1[23]\\)`));
    expect(ours().some((c) => c.body.includes('`breast_cancer`'))).toBe(false);
    // The takeover comment holds the breast-cancer marker in its body, not on its first line: it
    // is neither overwritten nor deleted as a "duplicate".
    const writes = fake.writes().slice(before);
    const [take, ...others] = commentOf('takeover');
    expect(writes.map((w) => `${w.method} ${w.path.split('/').pop()}`).sort()).toEqual(
      [`PATCH ${bcx!.id}`, `PATCH ${take!.id}`].sort(),
    );
    expect(others).toEqual([]);
    expect(take!.body).toContain(commentMarker(BCX));
    expect(heading(take!.body)).toMatch(/^### ✅ `takeover`/);
    expect(fake.violations).toEqual([]);
  }, 120_000);

  it('KFP type error: still the one comment, ❌, pointing at the bad argument', async () => {
    repo.write({ 'pipelines/breast_cancer.py': pipeline('"many"') });
    const head = repo.commit('type error');
    const r = await run(head);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs['changed-pipelines']!).sort()).toEqual([BCX, 'takeover']);
    const [bcx, ...more] = commentOf(BCX);
    expect(more).toEqual([]);
    expect(bcx!.id).toBe(id);
    expect(heading(bcx!.body)).toMatch(/^### ❌ `breast-cancer-xgboost`/);
    expect(bcx!.body).toMatch(/n&#95;estimators|n_estimators/);
    expect(bcx!.body).toMatch(new RegExp(`blob/${head}/pipelines/breast_cancer\\.py#L\\d+\\)`));
    expect(ours()).toHaveLength(2);
  }, 120_000);

  it('fixed: the same comment is ✅ again; nothing says "no longer changed" about it', async () => {
    repo.write({ 'pipelines/breast_cancer.py': pipeline('n_estimators').replace('100', '300') });
    const head = repo.commit('fixed');
    const r = await run(head);
    ok(r);
    expect(JSON.parse(r.outputs['changed-pipelines']!).sort()).toEqual([BCX, 'takeover']);
    const [bcx, ...more] = commentOf(BCX);
    expect(more).toEqual([]);
    expect(bcx!.id).toBe(id);
    expect(heading(bcx!.body)).toMatch(/^### ✅ `breast-cancer-xgboost`/);
    expect(bcx!.body).not.toContain('no longer changed');
    expect(fake.writes().filter((w) => w.method === 'DELETE')).toEqual([]);
    expect(fake.violations).toEqual([]);
  }, 120_000);
});

describe('the fork path: the commenter renders a check result it does not trust', () => {
  let head = '';
  const resultFile = () => path.join(repo.dir, '.kfp-action/check/check-result.json');
  const workflowRun = (sha: string) => {
    const file = path.join(tmpdir(), `kfp-run-event-${process.pid}-${sha}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        action: 'completed',
        workflow_run: { id: 31, head_sha: sha, event: 'pull_request' },
        repository: { full_name: fake.repository },
      }),
    );
    return file;
  };
  const post = (sha: string) =>
    runAction(
      copy,
      {
        command: 'post-comments',
        config: 'kfp-action.yaml',
        'working-directory': '.',
        'output-dir': '.kfp-action',
        'github-token': TOKEN,
      },
      {
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: workflowRun(sha),
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: fake.repository,
      },
    );

  beforeAll(async () => {
    repo.write({ 'pipelines/breast_cancer.py': pipeline('n_estimators').replace('100', '400') });
    head = repo.commit('fork push');
    fake.addPull({ number: PR, state: 'open', baseRef: 'main', headSha: head });
    const r = await run(head, { 'github-token': '' }, event(head, true));
    ok(r);
  }, 120_000);

  it('the fork run writes nothing to GitHub and saves data; the commenter posts it', async () => {
    const before = fake.writes().length;
    const r = await post(head);
    ok(r);
    expect(
      fake
        .writes()
        .slice(before)
        .map((w) => w.method),
    ).toEqual(['PATCH', 'PATCH']);
    expect(commentOf(BCX)[0]!.body).toContain('default `100` → `400`');
  }, 60_000);

  it.each<[string, (saved: Record<string, unknown>) => string]>([
    ['schema-invalid (a Markdown body added)', (s) => JSON.stringify({ ...s, body: '✅ passed' })],
    ['oversize', (s) => JSON.stringify(s) + ' '.repeat(9 * 1024 * 1024)],
    [
      'Markdown smuggled into a digest',
      (s) => {
        const p = (s.pipelines as Record<string, unknown>[])[0]!;
        return JSON.stringify({
          ...s,
          pipelines: [{ ...p, headDigest: '[ok](https://evil.example)' }],
        });
      },
    ],
  ])(
    'a tampered result (%s) is refused with a clear line; nothing is written',
    async (_, t) => {
      const original = readFileSync(resultFile(), 'utf8');
      writeFileSync(resultFile(), t(JSON.parse(original)));
      const before = fake.writes().length;
      const r = await post(head);
      writeFileSync(resultFile(), original);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error[^:]*check\/result-refused::.*refusing to post anything/);
      expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
      expect(fake.writes().slice(before)).toEqual([]);
    },
    60_000,
  );

  it('more pipelines than the base config allows: the extra ones are refused, by name', async () => {
    const original = readFileSync(resultFile(), 'utf8');
    const saved = JSON.parse(original) as { pipelines: Record<string, unknown>[] };
    const one = saved.pipelines[0]!;
    saved.pipelines = ['spam-1', 'spam-2', 'spam-3', 'spam-4'].map((name) => ({
      ...one,
      pipeline: name,
    }));
    writeFileSync(resultFile(), JSON.stringify(saved));
    const before = fake.writes().length;
    const r = await post(head);
    writeFileSync(resultFile(), original);
    ok(r);
    // The base config lists two pipelines: two comments at most, the rest named in the log.
    expect(r.stdout).toMatch(
      /check\/result-refused: .*reports 4 pipelines, more than the 2 .*spam-3.*spam-4/,
    );
    const created = fake
      .writes()
      .slice(before)
      .filter((w) => w.method === 'POST');
    expect(created).toHaveLength(2);
    expect(commentOf('spam-3')).toEqual([]);
    expect(fake.violations).toEqual([]);
  }, 60_000);
});

describe('the two-job shape on a same-repository PR (check with comment: false, then post-comments)', () => {
  const PR2 = 6;
  const onPr2 = () => fake.issueComments(PR2).filter((c) => c.user.login === 'github-actions[bot]');
  const twoJobs = async (head: string) => {
    fake.addPull({ number: PR2, state: 'open', baseRef: 'main', headSha: head });
    const eventFile = event(head, false, PR2);
    const checked = await run(head, { comment: 'false', 'github-token': '' }, eventFile);
    const posted = await runAction(
      copy,
      {
        command: 'post-comments',
        config: 'kfp-action.yaml',
        'working-directory': '.',
        'output-dir': '.kfp-action',
        'github-token': TOKEN,
      },
      {
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: fake.repository,
        GITHUB_RUN_ID: '12',
      },
    );
    return { checked, posted };
  };
  const fresh = (extra = '') =>
    [
      'from kfp import dsl',
      '',
      '',
      '@dsl.component(base_image="python:3.11-slim")',
      'def hello() -> str:',
      '    return "hi"',
      '',
      '',
      '@dsl.pipeline(name="fresh-pipeline")',
      'def fresh():',
      '    hello()',
      extra,
    ].join('\n');

  it('a new pipeline that breaks keeps its one comment: the comment job names it', async () => {
    const config = readFileSync(path.join(repo.dir, 'kfp-action.yaml'), 'utf8');
    repo.write({
      'kfp-action.yaml': `${config}  - source: pipelines/fresh.py\n`,
      'pipelines/fresh.py': fresh(),
    });
    const good = await twoJobs(repo.commit('add fresh'));
    expect(good.checked.code).toBe(0);
    ok(good.posted);
    const [first, ...more] = onPr2().filter((c) =>
      c.body.startsWith(`${commentMarker('fresh-pipeline')}\n`),
    );
    expect(more).toEqual([]);
    expect(heading(first!.body)).toMatch(/^### ✅ `fresh-pipeline`/);

    repo.write({ 'pipelines/fresh.py': fresh('def broken(:\n') });
    const broken = await twoJobs(repo.commit('break fresh'));
    expect(broken.checked.code).toBe(1);
    // The check job cannot read the PR's comments: no name for the file, so none is listed.
    expect(JSON.parse(broken.checked.outputs['changed-pipelines']!)).not.toContain('fresh');
    ok(broken.posted);
    const after = onPr2().filter((c) => c.body.startsWith(`${commentMarker('fresh-pipeline')}\n`));
    expect(after.map((c) => c.id)).toEqual([first!.id]);
    expect(after[0]!.body.split('\n')[1]).toMatch(/^### ❌ `fresh-pipeline` · ❌ does not compile/);
    expect(onPr2().filter((c) => c.body.startsWith(`${commentMarker('fresh')}\n`))).toEqual([]);
    expect(fake.violations).toEqual([]);
  }, 180_000);
});
