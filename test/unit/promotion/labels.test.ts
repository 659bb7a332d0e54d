import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { aliasFor, previousAliasFor } from '../../../src/core/promotion/aliases.js';
import {
  baselineFromEvaluation,
  evaluationFromMetrics,
} from '../../../src/core/promotion/evaluation.js';
import {
  labelValue,
  modelIdFor,
  runFilter,
  versionLabels,
} from '../../../src/core/promotion/labels.js';

describe('labels, ids and aliases follow the Vertex rules', () => {
  it('labels a version with its origin', () => {
    expect(
      versionLabels({
        runId: 'bc-abc-1',
        pipeline: 'Breast Cancer',
        repository: 'Octo/Repo',
        commit: 'ABC',
      }),
    ).toEqual({
      'kfp-run': 'bc-abc-1',
      'kfp-pipeline': 'breast_cancer',
      'kfp-repository': 'octo_repo',
      'kfp-commit': 'abc',
    });
    expect(runFilter('bc-abc-1')).toBe('labels.kfp-run="bc-abc-1"');
  });

  it('keeps label values, model ids and aliases valid for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(labelValue(s)).toMatch(/^[a-z0-9_-]{0,63}$/);
        expect(modelIdFor(s)).toMatch(/^[a-z_][a-z0-9_-]{0,62}$/);
        expect(aliasFor(s)).toMatch(/^[a-z][a-zA-Z0-9-]{0,126}[a-z0-9-]$/);
        expect(previousAliasFor(s)).toMatch(/^[a-z][a-zA-Z0-9-]{0,126}[a-z0-9-]$/);
      }),
    );
  });

  it('keeps long values apart by a hash', () => {
    const a = labelValue('x'.repeat(70) + 'a');
    const b = labelValue('x'.repeat(70) + 'b');
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(63);
  });
});

describe('the stored evaluation is the next run’s baseline', () => {
  it('stores scalars by name and by task.name and reads them back', () => {
    const record = evaluationFromMetrics(
      {
        scalars: [
          { task: 'eval-model', artifact: 'metrics', name: 'accuracy', value: 0.97 },
          { task: 'eval-model', artifact: 'metrics', name: 'loss', value: 0.1 },
          { task: 'other', artifact: 'metrics', name: 'loss', value: 0.2 },
        ],
        rocCurves: [],
        confusionMatrices: [],
      },
      { jobName: 'projects/p/locations/r/pipelineJobs/j', runId: 'j', commit: 'abc' },
    );
    expect(record.displayName).toBe('kfp-action j');
    expect(record.metrics).toEqual({ accuracy: 0.97 });
    expect(record.metadata.kfpAction.metrics).toEqual({
      accuracy: 0.97,
      'eval-model.accuracy': 0.97,
      'eval-model.loss': 0.1,
      'other.loss': 0.2,
    });
    expect(baselineFromEvaluation(JSON.parse(JSON.stringify(record)), 'production (v7)')).toEqual({
      label: 'production (v7)',
      values: {
        accuracy: 0.97,
        'eval-model.accuracy': 0.97,
        'eval-model.loss': 0.1,
        'other.loss': 0.2,
      },
    });
  });
  it('ignores evaluations without numbers', () => {
    expect(baselineFromEvaluation({ metrics: { a: 'x' }, metadata: null }, 'p')).toBeUndefined();
  });
});
