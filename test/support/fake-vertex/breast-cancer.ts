/**
 * Job details of the breast-cancer example (examples/breast-cancer) as Vertex reports them:
 * get-data → train-model → eval-model, whose metadata carries `output:deploy`, a system.Metrics
 * artifact (accuracy, auc, score) and a system.ClassificationMetrics artifact (ROC points and a
 * confusion matrix, rows in either shape).
 */
import type { FakeTask } from './scripts.js';

export interface BreastCancerRun {
  readonly accuracy?: number;
  readonly auc?: number;
  readonly deploy?: 'true' | 'false';
  /** Rows as `[{row: [...]}]` (KFP's shape, default) or plain nested arrays. */
  readonly rowsShape?: 'objects' | 'arrays';
  /** Fail train-model with this error message; eval-model is then NOT_TRIGGERED. */
  readonly trainError?: string;
  /** train-model comes from the cache (SKIPPED). */
  readonly cachedTraining?: boolean;
}

export const MODEL_URI = 'gs://fake-bucket/root/train-model/model';

export function breastCancerTasks(run: BreastCancerRun = {}): FakeTask[] {
  const accuracy = run.accuracy ?? 0.971;
  const rows = [
    [61, 3],
    [2, 105],
  ];
  const getData: FakeTask = {
    name: 'get-data',
    state: 'SUCCEEDED',
    seconds: 62,
    outputs: {
      train_data: [{ schemaTitle: 'system.Dataset' }],
      test_data: [{ schemaTitle: 'system.Dataset' }],
    },
  };
  if (run.trainError) {
    return [
      getData,
      { name: 'train-model', state: 'FAILED', seconds: 130, error: run.trainError },
      { name: 'eval-model', state: 'NOT_TRIGGERED' },
    ];
  }
  return [
    getData,
    {
      name: 'train-model',
      state: run.cachedTraining ? 'SKIPPED' : 'SUCCEEDED',
      seconds: 730,
      outputs: {
        model: [
          { schemaTitle: 'system.Model', uri: MODEL_URI, metadata: { framework: 'xgboost' } },
        ],
      },
    },
    {
      name: 'eval-model',
      state: 'SUCCEEDED',
      seconds: 150,
      outputParameters: { deploy: run.deploy ?? 'true' },
      outputs: {
        metrics: [
          {
            schemaTitle: 'system.Metrics',
            metadata: { accuracy, auc: run.auc ?? 0.994, score: accuracy, display_name: 'metrics' },
          },
        ],
        classification_metrics: [
          {
            schemaTitle: 'system.ClassificationMetrics',
            metadata: {
              display_name: 'classification_metrics',
              confidenceMetrics: [
                { confidenceThreshold: 1, falsePositiveRate: 0, recall: 0 },
                { confidenceThreshold: 0.9, falsePositiveRate: 0, recall: 0.86 },
                { confidenceThreshold: 0.7, falsePositiveRate: 0.05, recall: 0.95 },
                { confidenceThreshold: 0.5, falsePositiveRate: 0.2, recall: 0.98 },
                { confidenceThreshold: 0.1, falsePositiveRate: 0.6, recall: 1 },
                { confidenceThreshold: 0, falsePositiveRate: 1, recall: 1 },
              ],
              confusionMatrix: {
                annotationSpecs: [{ displayName: 'malignant' }, { displayName: 'benign' }],
                rows: run.rowsShape === 'arrays' ? rows : rows.map((row) => ({ row })),
              },
            },
          },
        ],
      },
    },
  ];
}
