/**
 * The submit command in-process, with the real adapters (createDeps) pointed at the fake Vertex
 * server: several pipelines at once, `wait: false`, and the caching override.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDeps } from '../../../src/deps.js';
import { submitCommand } from '../../../src/commands/submit.js';

import { breastCancerTasks } from '../../support/fake-vertex/breast-cancer.js';
import { progression } from '../../support/fake-vertex/scripts.js';
import { decodedPipelineJob, FakeVertexServer } from '../../support/fake-vertex/server.js';
import { recordingEdge, recordingLogger } from '../../support/recorders.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/vertex');
let fake: FakeVertexServer;
let repo: string;

beforeAll(async () => {
  fake = await FakeVertexServer.start({
    script: (job) =>
      String(job.displayName).startsWith('echo')
        ? progression('SUCCEEDED', [{ name: 'echo', state: 'SKIPPED' }])
        : progression('SUCCEEDED', breastCancerTasks()),
  });
  repo = mkdtempSync(path.join(tmpdir(), 'kfp-submit-cmd-'));
  cpSync(path.join(fixtures, 'breast-cancer-xgboost.yaml'), path.join(repo, 'bc.yaml'));
  cpSync(path.join(fixtures, 'echo.yaml'), path.join(repo, 'echo.yaml'));
  writeFileSync(
    path.join(repo, 'kfp-action.yaml'),
    [
      'version: 1',
      'vertex: {project: proj, region: europe-west4, pipelineRoot: "gs://b/root"}',
      'pipelines:',
      '  - source: bc.yaml',
      '    decision: {task: eval-model, output: deploy}',
      '  - source: echo.yaml',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  await fake?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

function run(args: string[], sha: string) {
  const edge = recordingEdge('cli');
  const logger = recordingLogger();
  const common = {
    workingDirectory: repo,
    configPath: path.join(repo, 'kfp-action.yaml'),
    python: 'python3',
  };
  const env = {
    AIPLATFORM_EMULATOR_HOST: fake.host,
    KFP_ACTION_POLL_INTERVAL_MS: '1',
    GITHUB_SHA: sha,
  };
  // No signal handlers in the test worker: the cancellation path is covered by the process tests.
  const deps = { ...createDeps(common, edge, logger, env), interruption: undefined };
  const settings = submitCommand.fromArgs(
    {
      positionals: [],
      flags: new Map(args.map((a) => a.split('=') as [string, string]).map(([k, v]) => [k, [v]])),
    },
    common,
  );
  return { edge, logger, done: submitCommand.run(settings, deps) };
}

describe('submit command (in-process, fake Vertex)', () => {
  it('runs several pipelines at once; outputs are keyed by pipeline name', async () => {
    const { edge, done } = run([], 'a1b2c3d4e5');
    expect(await done).toBe(0);
    expect(JSON.parse(edge.outputs['job-state']!)).toEqual({
      'breast-cancer-xgboost': 'SUCCEEDED',
      echo: 'SUCCEEDED',
    });
    expect(JSON.parse(edge.outputs['job-name']!)).toEqual({
      'breast-cancer-xgboost':
        'projects/proj/locations/europe-west4/pipelineJobs/breast-cancer-xgboost-a1b2c3d-1',
      echo: 'projects/proj/locations/europe-west4/pipelineJobs/echo-a1b2c3d-1',
    });
    expect(edge.outputs['decision']).toBe('deploy');
    expect(JSON.parse(edge.outputs['metrics']!)).toMatchObject({
      'breast-cancer-xgboost': { accuracy: 0.971 },
      echo: {},
    });
    expect(edge.summaries.map((m) => m.split('\n')[0])).toEqual([
      '<!-- kfp-action:run:breast-cancer-xgboost -->',
      '<!-- kfp-action:run:echo -->',
    ]);
    // A Vertex cache hit (SKIPPED) is shown as cached.
    expect(edge.summaries[1]).toContain('♻️ cached');
  });

  it('with wait false submits and returns: no polling, no gates, decision hold', async () => {
    const gets = fake.callsOf('GetPipelineJob').length;
    const { edge, done } = run(['wait=false', 'cache=false'], 'f0e1d2c3b4');
    expect(await done).toBe(0);
    expect(fake.callsOf('GetPipelineJob').length).toBe(gets);
    expect(JSON.parse(edge.outputs['job-state']!)).toEqual({
      'breast-cancer-xgboost': 'PENDING',
      echo: 'PENDING',
    });
    expect(edge.outputs['decision']).toBe('hold');
    // The caching override reached every task of the spec that was sent.
    const sent = decodedPipelineJob(fake.callsOf('CreatePipelineJob').at(-1)!);
    const tasks = Object.values(
      (sent.pipelineSpec.root as { dag: { tasks: Record<string, { cachingOptions: unknown }> } })
        .dag.tasks,
    );
    expect(tasks.map((t) => t.cachingOptions)).toEqual(tasks.map(() => ({ enableCache: false })));
  });
});
