/**
 * `check` as the runner runs it: the built dist/index.js with INPUT_* variables, a real
 * pull_request payload shape (@octokit/webhooks-examples), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files and GITHUB_API_URL pointing at the fake GitHub API, on a git repository made here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker } from '../../src/core/report/pr-comment.js';
import { FakeGitHub } from '../support/fake-github/server.js';
import { collectBody } from '../support/markdown/github-render.js';
import { GitFixture } from '../support/git-fixture.js';

const root = path.resolve(import.meta.dirname, '../..');
// Real compiled IR, copied into the repository so the test needs no ../shared beside it.
const corpus = path.join(root, 'test/fixtures/kfp-ir');
const TOKEN = 'ghs_installation_token';
const READ_ONLY = 'ghs_read_only_token';
const PR = 2;

/**
 * The action built from the current sources into a folder of this test's own (the same build as
 * dist/, by scripts/build.mjs): other test files rebuild dist/ while this one runs. It sits under
 * the repository so the bundle finds python/ the way dist/index.js does.
 */
let actionEntry = '';
beforeAll(() => {
  mkdirSync(path.join(root, '.work'), { recursive: true });
  const out = mkdtempSync(path.join(root, '.work', 'check-dist-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), out], { cwd: root });
  actionEntry = path.join(out, 'index.js');
});
afterAll(() => rmSync(path.dirname(actionEntry), { recursive: true, force: true }));

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function pullRequestEvent(repository: string, base: string, head: string, fork = false): object {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: {
      action: string;
      pull_request: Record<string, unknown> & {
        head: { sha?: string; repo: Record<string, unknown> };
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
  example.pull_request.base.sha = base;
  example.pull_request.base.ref = 'main';
  example.pull_request.head = { ...example.pull_request.head, sha: head };
  example.pull_request.head.repo = {
    ...example.pull_request.head.repo,
    full_name: fork ? 'mallory/pipelines' : repository,
    fork,
  };
  return example;
}

/** A workflow_run event (the payload shape of @octokit/webhooks-examples) for a checked head. */
function workflowRunEvent(head: string): object {
  const require = createRequire(import.meta.url);
  const events = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: { workflow_run: Record<string, unknown> }[];
  }[];
  const run = structuredClone(events.find((e) => e.name === 'workflow_run')!.examples[0]!);
  run.workflow_run = { ...run.workflow_run, head_sha: head, event: 'pull_request', id: 77 };
  return { ...run, pull_request: { head: { sha: head } } };
}

/** The rows of the comment's table of changes (without its header). */
function diffTable(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.indexOf('| task | what changes |');
  if (start === -1) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start + 2, end === -1 ? undefined : end);
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function runAction(
  repo: string,
  fake: FakeGitHub,
  event: object,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'kfp-run-'));
  const files = {
    event: path.join(tmp, 'event.json'),
    output: path.join(tmp, 'output'),
    summary: path.join(tmp, 'summary'),
  };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const allInputs: Record<string, string> = {
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
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: fake.repository,
    GITHUB_SHA: (event as { pull_request: { head: { sha: string } } }).pull_request.head.sha,
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: repo,
  };
  for (const [k, v] of Object.entries(allInputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionEntry], { cwd: repo, env });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = {
        code: code ?? -1,
        stdout,
        outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
      };
      rmSync(tmp, { recursive: true, force: true });
      collectBody('check job summary', result.summary);
      resolve(result);
    });
  });
}

const CONFIG = `version: 1
policy:
  imageLatestTag: warning
pipelines:
  - source: pipelines/train.yaml
  - source: pipelines/echo.yaml
`;

describe('check (built action) against the fake GitHub API', () => {
  let fake: FakeGitHub;
  let repo: GitFixture;
  let base: string;
  let head1: string;
  let head2: string;
  const trainMarker = '<!-- kfp-action:check:two-step-pipeline-with-resource-spec -->';

  beforeAll(async () => {
    fake = await FakeGitHub.start('octo-org/pipelines');
    fake.addAccount(TOKEN, {
      login: 'github-actions[bot]',
      type: 'Bot',
      tokenKind: 'installation',
      pullRequests: 'write',
    });
    fake.addAccount(READ_ONLY, {
      login: 'github-actions[bot]',
      type: 'Bot',
      tokenKind: 'installation',
      pullRequests: 'read',
    });
    const train = readFileSync(path.join(corpus, 'pipeline_with_resource_spec.yaml'), 'utf8');
    const echo = readFileSync(path.join(corpus, 'hello_world.yaml'), 'utf8');
    repo = GitFixture.create();
    repo.write({
      'kfp-action.yaml': CONFIG,
      'pipelines/train.yaml': train,
      'pipelines/echo.yaml': echo,
      'README.md': 'x\n',
      '.gitignore': '.kfp-action/\nout/\n',
    });
    base = repo.commit('base');
    repo.write({
      'pipelines/train.yaml': train
        .replace(
          'image: gcr.io/my-project/my-fancy-trainer',
          'image: gcr.io/my-project/my-fancy-trainer:2.0',
        )
        .replace('defaultValue: sgd', 'defaultValue: adam'),
      'pipelines/echo.yaml': echo.replace('python-311:latest', 'python-311:9.5'),
    });
    head1 = repo.commit('head 1');
    // More than 100 earlier comments, and somebody else's copy of the marker.
    for (let i = 0; i < 120; i++)
      fake.addComment(PR, `review comment ${i}`, { login: 'octocat', type: 'User' });
    fake.addComment(PR, `${trainMarker}\nfake result by a person`, {
      login: 'mallory',
      type: 'User',
    });
  });
  afterAll(async () => {
    await fake.close();
    repo.cleanup();
  });

  const ours = () => fake.issueComments(PR).filter((c) => c.user.login === 'github-actions[bot]');

  it('first run: one comment per pipeline, naming exactly the changes, behind 120 comments', async () => {
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head1), {
      'sarif-file': 'out/policy.sarif',
    });
    expect(r.stdout).not.toMatch(/internal error/);
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(fake.violations).toEqual([]);
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual([
      'two-step-pipeline-with-resource-spec',
      'echo',
    ]);
    expect(r.outputs.valid).toBe('true');
    expect(r.outputs['report-path']).toBe(path.join('.kfp-action', 'check', 'report.md'));
    const comments = ours();
    expect(comments).toHaveLength(2);
    const train = comments.find((c) => c.body.includes(trainMarker))!;
    const rows = diffTable(train.body);
    expect(rows).toEqual([
      '| 🟨 `trainer` | image `gcr.io/my-project/my-fancy-trainer` → `gcr.io/my-project/my-fancy-trainer:2.0` |',
      '| *pipeline* | parameter `optimizer`: default `"sgd"` → `"adam"` |',
    ]);
    expect(train.body).toContain('**1 task changed, 1 parameter changed**');
    expect(train.body).toMatch(/```mermaid\nflowchart LR/);
    // The person's copy of the marker is untouched.
    expect(fake.issueComments(PR).find((c) => c.user.login === 'mallory')!.body).toBe(
      `${trainMarker}\nfake result by a person`,
    );
    const pages = fake.requests.filter(
      (q) => q.method === 'GET' && q.path.endsWith(`/issues/${PR}/comments`),
    );
    // The comments are listed once per run, all pages, whatever the number of pipelines.
    expect(pages.map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    expect(r.summary).toContain(trainMarker);
    // The latest-tag warning of the base's echo image is gone at the head; the ingestor has no tag.
    expect(r.stdout).toMatch(
      /::warning title=kfp-action policy\/image-latest-tag,file=pipelines\/train\.yaml,line=\d+(,col=\d+)?::image "gcr\.io\/my-project\/my-ingestor" has no tag/,
    );
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out/policy.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'policy/image-latest-tag',
      level: 'warning',
    });
  });

  it('second run (a new push) updates both comments in place', async () => {
    const train = readFileSync(path.join(repo.dir, 'pipelines/train.yaml'), 'utf8');
    repo.write({
      'pipelines/train.yaml': train.replace('defaultValue: 200.0', 'defaultValue: 300.0'),
    });
    head2 = repo.commit('head 2');
    const before = fake.writes().length;
    const ids = ours().map((c) => c.id);
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head2));
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    const writes = fake.writes().slice(before);
    expect(writes.map((w) => w.method)).toEqual(['PATCH', 'PATCH']);
    expect(ours().map((c) => c.id)).toEqual(ids);
    expect(ours().find((c) => c.body.includes(trainMarker))!.body).toContain(
      'default `200` → `300`',
    );
    expect(fake.violations).toEqual([]);
  });

  it('third run with nothing new makes no write', async () => {
    const before = fake.writes().length;
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head2));
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(fake.writes().slice(before)).toEqual([]);
    expect(r.stdout).toContain('comment unchanged');
  });

  it('a token without pull-requests: write fails with the permission to add', async () => {
    const train = readFileSync(path.join(repo.dir, 'pipelines/train.yaml'), 'utf8');
    repo.write({
      'pipelines/train.yaml': train.replace('defaultValue: 300.0', 'defaultValue: 400.0'),
    });
    const head3 = repo.commit('head 3');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head3), {
      'github-token': READ_ONLY,
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(
      /::error( title=kfp-action github\/missing-permission)?::.*pull-requests: write/,
    );
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
  });

  it('GitHub down past the retries: a clear "GitHub API unavailable" error, not an internal one', async () => {
    const head = repo.git('rev-parse', 'HEAD');
    const before = fake.requests.length;
    fake.failNext(1000, 502);
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    fake.failNext(0);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error( title=kfp-action github\/unavailable)?::GitHub API unavailable: GET \/repos\/octo-org\/pipelines\/issues\/2\/comments failed after 3 retries \(HTTP 502 .*TROUBLESHOOTING\.md#githubunavailable/,
    );
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
    // The first try and 3 retries of the one call that failed; nothing was written.
    expect(fake.requests.slice(before).map((q) => q.status)).toEqual([502, 502, 502, 502]);
  });

  it('a fork PR saves its check result as data and does not fail', async () => {
    const before = fake.writes().length;
    const head = repo.git('rev-parse', 'HEAD');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head, true), {
      'github-token': READ_ONLY,
    });
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(fake.writes().slice(before)).toEqual([]);
    const saved = JSON.parse(
      readFileSync(path.join(repo.dir, '.kfp-action/check/check-result.json'), 'utf8'),
    );
    expect(saved).toMatchObject({
      kind: 'kfp-action/check-result',
      version: 1,
      pullRequest: PR,
      headSha: head,
    });
    expect(saved.pipelines.map((p: { pipeline: string }) => p.pipeline)).toEqual([
      'two-step-pipeline-with-resource-spec',
      'echo',
    ]);
    expect(existsSync(path.join(repo.dir, '.kfp-action/check/comments'))).toBe(false);
  });

  it('post-comments (workflow_run) renders the saved data itself; tampered text stays text', async () => {
    const head = repo.git('rev-parse', 'HEAD');
    fake.addPull({ number: PR, state: 'open', baseRef: 'main', headSha: head });
    const before = fake.writes().length;
    const file = path.join(repo.dir, '.kfp-action/check/check-result.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    // A fork edits its data: Markdown, a link, an image and a mention in a finding's message.
    saved.pipelines[0].policy.push({
      code: 'policy/image-latest-tag',
      severity: 'warning',
      message:
        '✅ passed — [re-authenticate here](https://evil.example) ![t](https://evil.example/t.png) @octocat <img src=x>',
    });
    writeFileSync(file, JSON.stringify(saved));
    const r = await runAction(repo.dir, fake, workflowRunEvent(head), { command: 'post-comments' });
    expect(r.stdout).not.toMatch(/internal error/);
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(
      fake
        .writes()
        .slice(before)
        .map((w) => w.method),
    ).toEqual(['PATCH', 'PATCH']);
    const posted = ours().find((c) => c.body.startsWith(`${trainMarker}\n`))!;
    expect(posted.body).toContain('authenticate here');
    expect(posted.body).not.toContain('](https://evil.example)');
    expect(posted.body).not.toMatch(/<img|!\[t\]\(/);
    expect(posted.body).not.toMatch(/(^|[^&#\w])@octocat/);
    // As GitHub renders it (cmark-gfm, GFM extensions): no link or image from the fork survives.
    const html = execFileSync(
      path.join(root, '.venv/bin/python'),
      [
        '-c',
        'import sys, cmarkgfm; sys.stdout.write(cmarkgfm.github_flavored_markdown_to_html(sys.stdin.read()))',
      ],
      { input: posted.body, encoding: 'utf8' },
    );
    expect(html).not.toMatch(/href="https:\/\/evil|<img/);
    expect(fake.violations).toEqual([]);
  });
});

describe('check finds pipelines through the Python import graph', () => {
  let fake: FakeGitHub;
  let repo: GitFixture;

  beforeAll(async () => {
    fake = await FakeGitHub.start('octo-org/ml');
    fake.addAccount(TOKEN, {
      login: 'github-actions[bot]',
      type: 'Bot',
      tokenKind: 'installation',
      pullRequests: 'write',
    });
    repo = GitFixture.create();
  });
  afterAll(async () => {
    await fake.close();
    repo.cleanup();
  });

  it('re-checks a pipeline when only a module it imports changed, and locates findings in the source', async () => {
    const pipeline = [
      'from kfp import dsl',
      'from shared import images',
      '',
      '',
      '@dsl.component(base_image=images.TRAIN)',
      'def train_model(max_depth: int) -> str:',
      '    return str(max_depth)',
      '',
      '',
      '@dsl.pipeline(name="imports-demo")',
      'def imports_demo(max_depth: int = 4):',
      '    train_model(max_depth=max_depth)',
      '',
    ].join('\n');
    repo.write({
      'kfp-action.yaml':
        'version: 1\npipelines:\n  - source: pipelines/demo.py\n  - source: pipelines/other.yaml\n',
      'pipelines/demo.py': pipeline,
      'pipelines/other.yaml': readFileSync(path.join(corpus, 'hello_world.yaml'), 'utf8'),
      'shared/__init__.py': '',
      'shared/images.py': 'TRAIN = "python:3.11"\n',
      '.gitignore': '.kfp-action/\n',
    });
    const base = repo.commit('base');
    repo.write({ 'shared/images.py': 'TRAIN = "python"\n' });
    const head = repo.commit('head');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect(r.stdout).not.toMatch(/internal error/);
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual(['imports-demo']);
    const [comment] = fake.issueComments(PR);
    expect(comment!.body).toContain('| 🟨 `train-model` | image `python:3.11` → `python` |');
    // The latest-tag warning lands on the component's base_image= in the Python source.
    expect(r.stdout).toMatch(
      /::warning title=kfp-action policy\/image-latest-tag,file=pipelines\/demo\.py,line=5::image "python" has no tag/,
    );
    expect(comment!.body).toContain(
      '(https://github.com/octo-org/ml/blob/' + head + '/pipelines/demo.py#L5)',
    );
    expect(fake.violations).toEqual([]);
  });
});

describe('check on a PR that deletes a pipeline', () => {
  let fake: FakeGitHub;
  let repo: GitFixture;
  let base: string;
  // A name a PR author controls, with HTML, a mention, a table pipe and a backtick.
  const nasty = 'echo <img src=x onerror=alert(1)> @octocat | a`b';
  const marker = commentMarker(nasty);
  const echoText = readFileSync(path.join(corpus, 'hello_world.yaml'), 'utf8').replace(
    'pipelineInfo:\n  name: echo',
    `pipelineInfo:\n  name: '${nasty}'`,
  );
  const echoComments = () => fake.issueComments(PR).filter((c) => c.body.startsWith(marker));

  beforeAll(async () => {
    fake = await FakeGitHub.start('octo-org/removals');
    fake.addAccount(TOKEN, {
      login: 'github-actions[bot]',
      type: 'Bot',
      tokenKind: 'installation',
      pullRequests: 'write',
    });
    repo = GitFixture.create();
    repo.write({
      'kfp-action.yaml': 'version: 1\npipelines:\n  - source: pipelines/*.yaml\n',
      'pipelines/train.yaml': readFileSync(
        path.join(corpus, 'pipeline_with_resource_spec.yaml'),
        'utf8',
      ),
      'pipelines/echo.yaml': echoText,
      '.gitignore': '.kfp-action/\n',
    });
    base = repo.commit('base');
  });
  afterAll(async () => {
    await fake.close();
    repo.cleanup();
  });

  it('comments on the deleted pipeline, escapes its name, lists it, and passes', async () => {
    expect(echoText).toContain(nasty);
    repo.remove('pipelines/echo.yaml');
    const head = repo.commit('delete echo');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect(r.stdout).not.toMatch(/internal error/);
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(r.outputs.valid).toBe('true');
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual([nasty]);
    const [comment, ...others] = fake.issueComments(PR);
    expect(others).toEqual([]);
    const body = comment!.body;
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(marker).toMatch(/^<!-- kfp-action:check:[A-Za-z0-9._%-]+ -->$/);
    const heading = body.split('\n')[1]!;
    expect(heading).toBe(
      '### 🗑️ ``echo <img src=x onerror=alert(1)> @octocat \\| a`b`` · pipeline removed by this PR',
    );
    expect(body).toContain('**pipeline removed by this PR**');
    expect(body).toContain('Source at the base: `pipelines/echo.yaml`');
    expect(diffTable(body)).toEqual(['| 🟥 `echo` | removed |']);
    expect(body).toMatch(/```mermaid\nflowchart LR[\s\S]*class t_echo removed\n```/);
    expect(body).toContain('its 1 task is gone');
    expect(body).toContain('<sub>🟥 removed</sub>');
    expect(r.summary).toContain(marker);
    expect(r.stdout).toMatch(/removed echo <img/);
    expect(fake.violations).toEqual([]);
  });

  it('a later push that restores the pipeline marks its comment as out of date', async () => {
    const [before] = echoComments();
    repo.write({ 'pipelines/echo.yaml': echoText });
    const head = repo.commit('restore echo');
    const writesBefore = fake.writes().length;
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual([]);
    expect(
      fake
        .writes()
        .slice(writesBefore)
        .map((w) => w.method),
    ).toEqual(['PATCH']);
    const [after, ...others] = echoComments();
    expect(others).toEqual([]);
    expect(after!.id).toBe(before!.id);
    expect(after!.body.split('\n')[1]).toMatch(/^### ➖ `.*` · no longer changed by this PR$/);
    expect(after!.body).not.toContain('| 🟥');
    // The same state again: nothing is rewritten.
    const again = fake.writes().length;
    const r2 = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect(r2.code).toBe(0);
    expect(fake.writes().slice(again)).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it('a removed config entry (source kept) is a removal too', async () => {
    repo.write({
      'kfp-action.yaml': 'version: 1\npipelines:\n  - source: pipelines/train.yaml\n',
    });
    const head = repo.commit('stop deploying echo');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    // The config changed, so train is re-checked (no change in behaviour); echo is removed.
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual([
      'two-step-pipeline-with-resource-spec',
      nasty,
    ]);
    const [echo] = echoComments();
    expect(echo!.body.split('\n')[1]).toContain('pipeline removed by this PR');
    expect(fake.violations).toEqual([]);
  });

  it('a pipeline renamed in place is new under its new name and removed under the old one', async () => {
    repo.write({
      'kfp-action.yaml': 'version: 1\npipelines:\n  - source: pipelines/*.yaml\n',
      'pipelines/echo.yaml': echoText.replace(`name: '${nasty}'`, 'name: echo-two'),
    });
    const head = repo.commit('rename echo');
    const r = await runAction(repo.dir, fake, pullRequestEvent(fake.repository, base, head));
    expect({ code: r.code, log: r.code === 0 ? '' : r.stdout }).toEqual({ code: 0, log: '' });
    expect(JSON.parse(r.outputs['changed-pipelines']!)).toEqual(['echo-two', nasty]);
    const renamed = fake
      .issueComments(PR)
      .find((c) => c.body.startsWith(`${commentMarker('echo-two')}\n`));
    expect(renamed!.body).toContain('**new pipeline with 1 task**');
    expect(echoComments()[0]!.body.split('\n')[1]).toContain('pipeline removed by this PR');
    expect(fake.violations).toEqual([]);
  });
});
