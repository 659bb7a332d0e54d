import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { pipelineJobView } from '../../../src/adapters/vertex/convert.js';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import { extractMetrics } from '../../../src/core/result/metrics.js';
import { consoleUrl, toRunResult } from '../../../src/core/vertex/run-result.js';
import {
  breastCancerTasks,
  MODEL_URI,
  type BreastCancerRun,
} from '../../support/fake-vertex/breast-cancer.js';
import { FakeJob } from '../../support/fake-vertex/jobs.js';
import type { FakeJobSnapshot } from '../../support/fake-vertex/scripts.js';

const location = { project: 'proj', region: 'europe-west4' };
const NAME = 'projects/proj/locations/europe-west4/pipelineJobs/bc-e4f5a6b-1';

/** The wire PipelineJob the fake server would send, decoded as the adapter decodes it. */
function jobView(snapshot: FakeJobSnapshot) {
  const job = new FakeJob(
    NAME,
    { displayName: 'bc', runtimeConfig: {} },
    'breast-cancer',
    [snapshot],
    Date.UTC(2026, 10, 26, 10),
  );
  return pipelineJobView(job.toWire(snapshot));
}

function run(options: BreastCancerRun, state: FakeJobSnapshot['state'] = 'SUCCEEDED') {
  return toRunResult(jobView({ state, tasks: breastCancerTasks(options) }), {
    pipelineName: 'breast-cancer',
    location,
    specDigest: 'sha256:abc',
  });
}

const ENTRY = {
  decision: { task: 'eval-model', output: 'deploy' },
  gates: [{ metric: 'accuracy', task: 'eval-model', min: 0.9 }],
};

describe('PipelineJob → RunResult', () => {
  it('maps tasks (without the root DAG), states, times, output parameters and artifacts', () => {
    const r = run({});
    expect(r.backend).toBe('vertex');
    expect(r.state).toBe('SUCCEEDED');
    expect(r.jobName).toBe(NAME);
    expect(r.url).toBe(consoleUrl(location, 'bc-e4f5a6b-1'));
    expect(r.url).toBe(
      'https://console.cloud.google.com/vertex-ai/locations/europe-west4/pipelines/runs/bc-e4f5a6b-1?project=proj',
    );
    expect(r.tasks.map((t) => [t.name, t.state])).toEqual([
      ['get-data', 'SUCCEEDED'],
      ['train-model', 'SUCCEEDED'],
      ['eval-model', 'SUCCEEDED'],
    ]);
    const evalTask = r.tasks[2]!;
    expect(evalTask.outputParameters).toEqual({ deploy: 'true' });
    expect(evalTask.startTime).toMatch(/^2026-11-26T10:/);
    expect(Date.parse(evalTask.endTime!) - Date.parse(evalTask.startTime!)).toBe(150_000);
    expect(r.tasks[1]!.outputArtifacts).toEqual([
      expect.objectContaining({ outputName: 'model', schemaTitle: 'system.Model', uri: MODEL_URI }),
    ]);
    expect(r.specDigest).toBe('sha256:abc');
  });

  it('reads metrics, ROC points and the confusion matrix with rows as {row: [...]}', () => {
    const m = extractMetrics(run({ rowsShape: 'objects' }));
    expect(m.scalars.map((s) => [s.name, s.value])).toEqual([
      ['accuracy', 0.971],
      ['auc', 0.994],
      ['score', 0.971],
    ]);
    expect(m.rocCurves[0]!.points).toHaveLength(6);
    expect(m.confusionMatrices[0]).toMatchObject({
      labels: ['malignant', 'benign'],
      rows: [
        [61, 3],
        [2, 105],
      ],
    });
  });

  it('reads the confusion matrix with rows as plain arrays too', () => {
    const m = extractMetrics(run({ rowsShape: 'arrays' }));
    expect(m.confusionMatrices[0]!.rows).toEqual([
      [61, 3],
      [2, 105],
    ]);
  });

  it('marks SKIPPED tasks as cache hits', () => {
    const r = run({ cachedTraining: true });
    expect(r.tasks[1]).toMatchObject({ name: 'train-model', state: 'SKIPPED', cached: true });
    expect(evaluateGates(r, ENTRY).decision).toBe('deploy');
  });

  it('keeps a NOT_TRIGGERED task with nothing reported, and the gates say "not reported"', () => {
    const r = run({ trainError: 'exit 137' }, 'FAILED');
    expect(r.tasks.map((t) => [t.name, t.state])).toEqual([
      ['get-data', 'SUCCEEDED'],
      ['train-model', 'FAILED'],
      ['eval-model', 'NOT_TRIGGERED'],
    ]);
    expect(r.tasks[1]!.error).toBe('exit 137');
    expect(r.tasks[2]).toMatchObject({ outputParameters: {}, outputArtifacts: [] });
    const outcome = evaluateGates(r, ENTRY);
    expect(outcome.decision).toBe('hold');
    expect(outcome.reasons.join('\n')).toMatch(/failed: train-model/);
    expect(outcome.reasons.join('\n')).toMatch(/was not reported/);
  });

  it('names the parent DAG of a task inside a condition', () => {
    const view = jobView({
      state: 'SUCCEEDED',
      tasks: [
        { name: 'condition-1', state: 'SUCCEEDED' },
        { name: 'deploy', state: 'SUCCEEDED', parent: 'condition-1' },
      ],
    });
    const r = toRunResult(view, { pipelineName: 'p', location });
    expect(r.tasks.map((t) => [t.name, t.parent])).toEqual([
      ['condition-1', undefined],
      ['deploy', 'condition-1'],
    ]);
  });

  it('reads the pipeline outputs from the task that stands for the pipeline itself', () => {
    const view = pipelineJobView({
      name: NAME,
      state: 'PIPELINE_STATE_SUCCEEDED',
      jobDetail: {
        taskDetails: [
          {
            taskId: '1',
            taskName: 'pipeline-outputs',
            state: 'SUCCEEDED',
            execution: { metadata: { fields: { 'output:selected': { stringValue: 'A' } } } },
            outputs: {
              loud: {
                artifacts: [
                  {
                    uri: 'gs://b/root/shout/loud',
                    schemaTitle: 'system.Dataset',
                    metadata: {},
                  },
                ],
              },
            },
          },
          { taskId: '2', parentTaskId: '1', taskName: 'flip', state: 'SUCCEEDED' },
        ],
      },
    });
    const r = toRunResult(view, { pipelineName: 'pipeline-outputs', location });
    expect(r.tasks.map((t) => t.name)).toEqual(['flip']);
    expect(r.outputs).toEqual({
      parameters: { selected: 'A' },
      artifacts: [
        {
          outputName: 'loud',
          schemaTitle: 'system.Dataset',
          uri: 'gs://b/root/shout/loud',
          metadata: {},
        },
      ],
    });
  });

  it('never throws on arbitrary job shapes (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (wire) => {
        const r = toRunResult(pipelineJobView(wire), { pipelineName: 'p', location });
        expect(Array.isArray(r.tasks)).toBe(true);
        extractMetrics(r);
      }),
    );
  });

  it('never throws on arbitrary task details and metadata (property)', () => {
    const value = fc.jsonValue();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            taskName: fc.string(),
            taskId: fc.string(),
            parentTaskId: fc.option(fc.string()),
            state: fc.oneof(fc.string(), fc.integer()),
            outputs: value,
            execution: value,
          }),
        ),
        (taskDetails) => {
          const r = toRunResult(
            pipelineJobView({ name: NAME, state: 4, jobDetail: { taskDetails } }),
            { pipelineName: 'p', location },
          );
          expect(r.state).toBe('SUCCEEDED');
          evaluateGates(r, ENTRY);
        },
      ),
    );
  });
});
