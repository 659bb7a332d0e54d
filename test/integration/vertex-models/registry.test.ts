import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openPromotionClients } from '../../../src/adapters/vertex-models/index.js';
import { UserError } from '../../../src/core/diagnostics.js';
import { evaluationFromMetrics } from '../../../src/core/promotion/evaluation.js';
import { versionLabels } from '../../../src/core/promotion/labels.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { FakeVertexServer } from '../../support/fake-vertex/server.js';
import { FakeVertexModels } from '../../support/fake-vertex-models/index.js';

const location = { project: 'proj', region: 'europe-west4' };
const MODEL = 'projects/proj/locations/europe-west4/models/breast-cancer';

describe('the Model Registry and endpoint adapters against the fake Vertex server', () => {
  let registry: FakeVertexModels;
  let fake: FakeVertexServer;
  let clients: Awaited<ReturnType<typeof openPromotionClients>>;
  beforeAll(async () => {
    registry = new FakeVertexModels();
    fake = await FakeVertexServer.start({ extraServices: registry.services() });
    clients = await openPromotionClients(location, location, {
      env: { AIPLATFORM_EMULATOR_HOST: fake.host, KFP_ACTION_POLL_INTERVAL_MS: '5' },
      logger: nullLogger,
      operationTimeoutMs: 10_000,
    });
  });
  afterAll(async () => {
    await clients.close();
    await fake.close();
  });

  const upload = (run: string) =>
    clients.models.uploadVersion({
      modelId: 'breast-cancer',
      displayName: 'breast-cancer',
      artifactUri: `gs://bucket/${run}/model`,
      servingContainer: 'europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.2-1:latest',
      labels: versionLabels({
        runId: run,
        pipeline: 'breast-cancer',
        commit: 'abc123',
        repository: 'Owner/Repo',
      }),
    });

  it('uploads a first model, then versions of it, waiting for each operation', async () => {
    const first = await upload('run-1');
    expect(first).toMatchObject({ model: MODEL, versionId: '1', aliases: ['default'] });
    expect(first.labels).toMatchObject({ 'kfp-run': 'run-1', 'kfp-repository': 'owner_repo' });
    const second = await upload('run-2');
    expect(second.versionId).toBe('2');
    expect(registry.operations.started('UploadModel')).toHaveLength(2);
    const uploads = fake.callsOf('UploadModel');
    expect(uploads[0]!.request).toMatchObject({ modelId: 'breast-cancer' });
    expect(uploads[1]!.request).toMatchObject({ parentModel: MODEL });
    expect(fake.callsOf('GetOperation').length).toBeGreaterThanOrEqual(2);
  });

  it('finds a version by its run label and lists versions newest first', async () => {
    const found = await clients.models.findVersion('breast-cancer', 'labels.kfp-run="run-2"');
    expect(found?.versionId).toBe('2');
    expect(
      await clients.models.findVersion('breast-cancer', 'labels.kfp-run="nope"'),
    ).toBeUndefined();
    expect((await clients.models.listVersions('breast-cancer')).map((v) => v.versionId)).toEqual([
      '2',
      '1',
    ]);
    expect(await clients.models.listVersions('no-such-model')).toEqual([]);
  });

  it('stores an evaluation that the merge report reads back as the baseline', async () => {
    const v2 = (await clients.models.tryGetVersion('breast-cancer', '2'))!;
    const record = evaluationFromMetrics(
      {
        scalars: [{ task: 'eval-model', artifact: 'metrics', name: 'accuracy', value: 0.97 }],
        rocCurves: [],
        confusionMatrices: [],
      },
      { jobName: 'projects/proj/locations/europe-west4/pipelineJobs/run-2', runId: 'run-2' },
    );
    await clients.models.importEvaluation(v2, record);
    const [stored] = await clients.models.listEvaluations(v2);
    expect(stored?.displayName).toBe('kfp-action run-2');
    await clients.models.mergeAliases(v2, ['production']);
    const lookup = await clients.models.tryReadBaseline(location, 'breast-cancer', 'production');
    expect(lookup).toEqual({
      found: true,
      baseline: {
        model: `${MODEL}@2`,
        version: '2',
        metrics: { accuracy: 0.97, 'eval-model.accuracy': 0.97 },
      },
    });
    const none = await clients.models.tryReadBaseline(location, 'breast-cancer', 'staging');
    expect(none.found).toBe(false);
  });

  it('creates an endpoint, deploys with a canary split, moves traffic, undeploys', async () => {
    const v1 = (await clients.models.tryGetVersion('breast-cancer', '1'))!;
    const v2 = (await clients.models.tryGetVersion('breast-cancer', '2'))!;
    expect(await clients.endpoints.findEndpoint('bc-staging')).toBeUndefined();
    const created = await clients.endpoints.createEndpoint('bc-staging', {
      'kfp-pipeline': 'breast-cancer',
    });
    expect(await clients.endpoints.findEndpoint('bc-staging')).toMatchObject({
      name: created.name,
    });
    const resources = {
      machineType: 'n1-standard-2',
      minReplicas: 1,
      maxReplicas: 2,
      displayName: 'bc',
    };
    const one = await clients.endpoints.deploy({
      ...resources,
      endpoint: created.name,
      version: v1,
      trafficSplit: { '0': 100 },
    });
    const id1 = one.deployedModels[0]!.id;
    const two = await clients.endpoints.deploy({
      ...resources,
      endpoint: created.name,
      version: v2,
      trafficSplit: { '0': 10, [id1]: 90 },
    });
    const id2 = two.deployedModels.find((d) => d.versionId === '2')!.id;
    expect(two.trafficSplit).toEqual({ [id1]: 90, [id2]: 10 });
    const moved = await clients.endpoints.setTraffic(created.name, { [id1]: 0, [id2]: 100 });
    expect(moved.trafficSplit).toEqual({ [id1]: 0, [id2]: 100 });
    const after = await clients.endpoints.undeploy(created.name, id1);
    expect(after.deployedModels.map((d) => d.versionId)).toEqual(['2']);
    expect(clients.endpoints.consoleUrl(created.name)).toContain('/endpoints/');
  });

  it('reports a failed operation with its status', async () => {
    const endpoint = (await clients.endpoints.findEndpoint('bc-staging'))!;
    const v1 = (await clients.models.tryGetVersion('breast-cancer', '1'))!;
    registry.operations.failNext('DeployModel', {
      code: 8,
      message: 'quota for n1-standard-2 exceeded',
    });
    const error = await clients.endpoints
      .deploy({
        endpoint: endpoint.name,
        version: v1,
        displayName: 'bc',
        machineType: 'n1-standard-2',
        minReplicas: 1,
        maxReplicas: 1,
        trafficSplit: { '0': 100, [endpoint.deployedModels[0]!.id]: 0 },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      'RESOURCE_EXHAUSTED: quota for n1-standard-2 exceeded',
    );
    expect((error as UserError).diagnostics[0]?.code).toBe('promote/operation-failed');
  });
});
