import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  JOB_ID_PATTERN,
  jobLabels,
  labelKey,
  pipelineJobId,
} from '../../../src/core/vertex/job-id.js';

const SHA = 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3';
const LABEL = /^[a-z0-9_-]{0,63}$/;

describe('pipelineJobId', () => {
  it('is pipeline, short commit and attempt for a name Vertex accepts as it is', () => {
    expect(pipelineJobId('breast-cancer', SHA, 1)).toBe('breast-cancer-e4f5a6b-1');
    expect(pipelineJobId('breast-cancer', SHA, 2)).toBe('breast-cancer-e4f5a6b-2');
  });

  it('rewrites other names and keeps them apart with a hash of the original', () => {
    const a = pipelineJobId('My_Pipeline', SHA, 1);
    const b = pipelineJobId('my-pipeline', SHA, 1);
    expect(a).toMatch(/^my-pipeline-[0-9a-z]+-e4f5a6b-1$/);
    expect(a).not.toBe(b);
    expect(pipelineJobId('2nd pipeline!', SHA, 1)).toMatch(/^nd-pipeline-[0-9a-z]+-e4f5a6b-1$/);
    expect(pipelineJobId('###', SHA, 1)).toMatch(/^pipeline-[0-9a-z]+-e4f5a6b-1$/);
  });

  it('cuts long names to 128 characters without letting two of them collide', () => {
    const long = 'a'.repeat(200);
    const id = pipelineJobId(long, SHA, 1);
    expect(id.length).toBeLessThanOrEqual(128);
    expect(id).toMatch(JOB_ID_PATTERN);
    expect(pipelineJobId(long + 'b', SHA, 1)).not.toBe(id);
  });

  it('always matches ^[a-z][-a-z0-9]{0,127}$ and is stable (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string(),
        fc.integer({ min: 1, max: 10_000 }),
        (name, commit, attempt) => {
          const id = pipelineJobId(name, commit, attempt);
          expect(id).toMatch(JOB_ID_PATTERN);
          expect(pipelineJobId(name, commit, attempt)).toBe(id);
          expect(id.endsWith(`-${attempt}`)).toBe(true);
        },
      ),
    );
  });
});

describe('jobLabels', () => {
  it('always labels repository, commit, workflow run and pipeline, cut to the label rules', () => {
    const { labels, changed } = jobLabels(
      {
        repository: 'Octo-Org/Pipelines',
        commit: SHA,
        workflowRun: '987654',
        workflowRunAttempt: '2',
        pipeline: 'Breast Cancer',
      },
      { Team: 'ML Platform', cost_center: 'cc-42' },
    );
    expect(labels).toEqual({
      team: 'ml_platform',
      cost_center: 'cc-42',
      'managed-by': 'kfp-action',
      'kfp-pipeline': 'breast_cancer',
      'kfp-repository': 'octo-org_pipelines',
      'kfp-commit': SHA,
      'kfp-workflow-run': '987654-2',
    });
    expect(changed).toEqual(['Team=ML Platform → team=ml_platform']);
  });

  it('lets kfp-action labels win over user labels of the same key', () => {
    const { labels } = jobLabels({ pipeline: 'p', commit: SHA }, { 'kfp-commit': 'forged' });
    expect(labels['kfp-commit']).toBe(SHA);
  });

  it('keeps at most 63 labels (Vertex adds one), dropping user labels first', () => {
    const user = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`l${i}`, 'v']));
    const { labels, changed } = jobLabels({ pipeline: 'p', commit: SHA, repository: 'o/r' }, user);
    expect(Object.keys(labels)).toHaveLength(63);
    expect(labels['kfp-commit']).toBe(SHA);
    expect(changed.filter((c) => c.includes('dropped'))).toHaveLength(80 + 4 - 63);
  });

  it('produces only valid keys and values for any input (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), (user, pipeline) => {
        const { labels } = jobLabels({ pipeline, commit: SHA }, user);
        for (const [k, v] of Object.entries(labels)) {
          expect(k).toMatch(/^[a-z][a-z0-9_-]{0,62}$/);
          expect(v).toMatch(LABEL);
        }
      }),
    );
  });

  it('labelKey starts every key with a letter', () => {
    expect(labelKey('9lives')).toBe('l9lives');
    expect(labelKey('Env')).toBe('env');
  });
});
