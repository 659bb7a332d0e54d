/** RunResults for tests of gates and reports (shared by the local and Vertex areas). */
import type { ArtifactResult, RunResult, TaskResult } from '../../../src/core/result/model.js';

export function task(name: string, extra: Partial<TaskResult> = {}): TaskResult {
  return {
    name,
    state: 'SUCCEEDED',
    cached: false,
    startTime: '2026-11-26T10:00:00.000Z',
    endTime: '2026-11-26T10:00:02.500Z',
    outputParameters: {},
    outputArtifacts: [],
    ...extra,
  };
}

export function metricsArtifact(
  metadata: Record<string, unknown>,
  outputName = 'metrics',
): ArtifactResult {
  return { outputName, schemaTitle: 'system.Metrics', uri: `/run/${outputName}`, metadata };
}

export function classificationArtifact(metadata: Record<string, unknown>): ArtifactResult {
  return {
    outputName: 'classification',
    schemaTitle: 'system.ClassificationMetrics',
    uri: '/run/cm',
    metadata,
  };
}

/** The breast-cancer shape: get-data → train-model → eval-model with metrics and a decision. */
export function breastCancerRun(
  overrides: Partial<RunResult> = {},
  evalExtra: Partial<TaskResult> = {},
): RunResult {
  return {
    backend: 'local',
    pipelineName: 'breast-cancer-xgboost',
    jobName: 'breast-cancer-xgboost-20261126-100000-abcdef',
    state: 'SUCCEEDED',
    url: '/repo/.kfp-action/runs/breast-cancer-xgboost-20261126-100000-abcdef',
    startTime: '2026-11-26T10:00:00.000Z',
    endTime: '2026-11-26T10:00:09.000Z',
    specDigest: '9ab04d0123456789abcdef',
    parameters: { threshold: 0.9 },
    tasks: [
      task('get-data'),
      task('train-model', {
        outputArtifacts: [
          {
            outputName: 'model',
            schemaTitle: 'system.Model',
            uri: '/run/model',
            metadata: { framework: 'xgboost' },
          },
        ],
      }),
      task('eval-model', {
        outputParameters: { deploy: 'true' },
        outputArtifacts: [
          metricsArtifact({ accuracy: 0.971, auc: 0.994, display_name: 'eval' }),
          classificationArtifact({
            confidenceMetrics: [
              { confidenceThreshold: 2, falsePositiveRate: 0, recall: 0 },
              { confidenceThreshold: 0.9, falsePositiveRate: 0, recall: 0.86 },
              { confidenceThreshold: 0.5, falsePositiveRate: 0.2, recall: 0.96 },
              { confidenceThreshold: 0.1, falsePositiveRate: 0.6, recall: 1 },
            ],
            confusionMatrix: {
              annotationSpecs: [{ displayName: 'malignant' }, { displayName: 'benign' }],
              rows: [{ row: [61, 3] }, { row: [2, 105] }],
            },
          }),
        ],
        ...evalExtra,
      }),
    ],
    ...overrides,
  };
}
