/** The breast-cancer example of the mockup (../shared/mockups/pr-check.md) as check results. */
import { diffModels } from '../../../src/core/diff/diff.js';
import { reviewModel } from '../../../src/core/diff/model.js';
import type { CommentContext, PipelineCheckResult } from '../../../src/core/report/pr-comment.js';
import { buildSpec } from '../diff/spec-builder.js';

const pip = (pkgs: string) => [
  'sh',
  '-c',
  `python3 -m pip install --quiet 'kfp==2.17.3' ${pkgs} && python3 -m kfp.dsl.executor_main`,
  'def component():\n    pass\n',
];

export function breastCancerExample(): { result: PipelineCheckResult; ctx: CommentContext } {
  const base = buildSpec(
    'breast-cancer',
    {
      'get-data': { image: 'python:3.11', command: pip("'pandas==2.2.2'") },
      'train-model': {
        image: 'python:3.10',
        after: ['get-data'],
        command: pip("'xgboost==2.0.3'"),
        inputs: { parameters: { max_depth: { runtimeValue: { constant: 4 } } } },
      },
      'eval-model': {
        image: 'python:3.11',
        after: ['train-model', 'get-data'],
        command: pip("'scikit-learn==1.4.0'"),
      },
      'deploy-model': { image: 'python:3.11', after: ['eval-model'] },
    },
    { project: { default: 'my-project' } },
  );
  const head = buildSpec(
    'breast-cancer',
    {
      'get-data': { image: 'python:3.11', command: pip("'pandas==2.2.2'") },
      'train-model': {
        image: 'python:3.11',
        after: ['get-data'],
        command: pip("'xgboost==2.0.3'"),
        inputs: { parameters: { max_depth: { componentInputParameter: 'max_depth' } } },
        cpuLimit: 4,
      },
      'eval-model': {
        image: 'python:3.11',
        after: ['train-model', 'get-data'],
        command: pip("'scikit-learn==1.5.2'"),
      },
      'plot-roc': { image: 'python:3.11', after: ['eval-model'] },
    },
    { project: { default: 'my-project' }, max_depth: { type: 'NUMBER_INTEGER', default: 4 } },
  );
  const b = reviewModel(base);
  const h = reviewModel(head);
  const file = 'pipelines/breast_cancer.py';
  return {
    ctx: {
      repository: 'octo-org/ml-pipelines',
      serverUrl: 'https://github.com',
      baseSha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      headSha: 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
      reportUrl: 'https://github.com/octo-org/ml-pipelines/actions/runs/1',
      version: '0.1.0',
      kfpVersion: '2.17.3',
      time: '2026-11-26 10:04:00Z',
    },
    result: {
      pipeline: 'breast-cancer',
      source: file,
      compiled: true,
      valid: true,
      diagnostics: [],
      policy: [
        {
          code: 'policy/image-not-pinned',
          severity: 'warning',
          message: 'image "python:3.11" is not pinned by digest (name@sha256:…)',
          file,
          line: 14,
          task: 'get-data',
        },
        {
          code: 'policy/missing-resource-limits',
          severity: 'warning',
          message: 'no memory limit set; call .set_memory_limit() on the task',
          file,
          line: 41,
          task: 'train-model',
        },
      ],
      head: h,
      base: b,
      diff: diffModels(b, h),
      baseState: 'compiled',
      headDigest: 'sha256:9ab04d6c1e8f2a7b3c5d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
      baseDigest: 'sha256:1f3e9c2b7a4d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7',
    },
  };
}
