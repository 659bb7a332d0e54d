import { describe, expect, it } from '@jest/globals';
import {
  confusionMatrixOf,
  extractMetrics,
  findMetric,
  metricsAsJson,
  resampleRoc,
  rocAuc,
  rocPointsOf,
} from '../../../src/core/result/metrics.js';
import { breastCancerRun, metricsArtifact, task } from '../../support/run-result/fixtures.js';

describe('extractMetrics', () => {
  it('scalars from system.Metrics (numbers only), ROC and confusion matrix from ClassificationMetrics', () => {
    const m = extractMetrics(breastCancerRun());
    expect(m.scalars.map((s) => [s.task, s.name, s.value])).toEqual([
      ['eval-model', 'accuracy', 0.971],
      ['eval-model', 'auc', 0.994],
    ]);
    expect(m.rocCurves).toHaveLength(1);
    expect(m.rocCurves[0]!.points[1]).toEqual({ fpr: 0, tpr: 0.86, threshold: 0.9 });
    expect(m.confusionMatrices[0]).toEqual({
      task: 'eval-model',
      artifact: 'classification',
      labels: ['malignant', 'benign'],
      rows: [
        [61, 3],
        [2, 105],
      ],
    });
  });
  it('confusion matrix rows as {row: […]} and as plain nested arrays give the same matrix', () => {
    const wrapped = confusionMatrixOf({
      confusionMatrix: {
        annotationSpecs: [{ displayName: 'a' }, { displayName: 'b' }],
        rows: [{ row: [1, 2] }, { row: [3, 4] }],
      },
    });
    const plain = confusionMatrixOf({
      confusionMatrix: {
        annotationSpecs: [{ displayName: 'a' }, { displayName: 'b' }],
        rows: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(plain).toEqual(wrapped);
    expect(plain).toEqual({
      labels: ['a', 'b'],
      rows: [
        [1, 2],
        [3, 4],
      ],
    });
  });
  it('malformed metadata is ignored, never thrown on', () => {
    expect(confusionMatrixOf({ confusionMatrix: { rows: [[1, 'x']] } })).toBeUndefined();
    expect(confusionMatrixOf({ confusionMatrix: { rows: [[1, 2]] } })).toBeUndefined(); // not square
    expect(confusionMatrixOf({ confusionMatrix: 'nope' })).toBeUndefined();
    expect(
      rocPointsOf({
        confidenceMetrics: [{ falsePositiveRate: 2, recall: 0.5 }, null, { recall: 1 }],
      }),
    ).toEqual([]);
    expect(
      rocPointsOf({ confidenceMetrics: { list: [{ falsePositiveRate: '0.5', recall: '1' }] } }),
    ).toEqual([{ fpr: 0.5, tpr: 1 }]);
  });
});

describe('ROC helpers', () => {
  const points = [
    { fpr: 0, tpr: 0.5 },
    { fpr: 0.5, tpr: 1 },
  ];
  it('resamples at even false-positive-rate steps, interpolating between points', () => {
    expect(resampleRoc(points, 4)).toEqual([0.5, 0.75, 1, 1, 1]);
  });
  it('computes the area under the curve with the corners added', () => {
    expect(rocAuc(points)).toBeCloseTo(0.875);
    expect(rocAuc([])).toBeCloseTo(0.5);
  });
});

describe('findMetric / metricsAsJson', () => {
  const run = breastCancerRun({}, {});
  const twice = {
    ...run,
    tasks: [
      ...run.tasks,
      task('eval-2', { outputArtifacts: [metricsArtifact({ accuracy: 0.5 })] }),
    ],
  };
  it('a name logged by several tasks is ambiguous unless the task is given', () => {
    const m = extractMetrics(twice);
    expect(findMetric(m, 'accuracy')).toEqual({ ambiguous: ['eval-model', 'eval-2'] });
    expect(findMetric(m, 'accuracy', 'eval-2').metric?.value).toBe(0.5);
    expect(findMetric(m, 'f1')).toEqual({});
  });
  it('outputs metrics as JSON, qualifying repeated names with their task', () => {
    expect(metricsAsJson(extractMetrics(twice))).toEqual({
      'eval-model.accuracy': 0.971,
      auc: 0.994,
      'eval-2.accuracy': 0.5,
    });
  });
});

describe('sub-pipeline outputs', () => {
  it('a metrics artifact a sub-pipeline lists again is counted once, for the task that logged it', () => {
    const metrics = {
      outputName: 'metrics',
      schemaTitle: 'system.Metrics',
      uri: '/runs/r/tasks/eval/eval-model/metrics',
      metadata: { accuracy: 0.9 },
    };
    const task = (name: string, parent?: string) => ({
      name,
      state: 'SUCCEEDED' as const,
      cached: false,
      ...(parent ? { parent } : {}),
      outputParameters: {},
      outputArtifacts: [metrics],
    });
    const found = extractMetrics({
      backend: 'local',
      pipelineName: 'p',
      jobName: 'j',
      state: 'SUCCEEDED',
      parameters: {},
      tasks: [task('eval'), task('eval-model', 'eval')],
    });
    expect(found.scalars.map((m) => [m.task, m.name, m.value])).toEqual([
      ['eval-model', 'accuracy', 0.9],
    ]);
  });
});
