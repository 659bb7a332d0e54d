/** Check results for the comment tests, hostile names included. */
import { diffModels } from '../../../src/core/diff/diff.js';
import { reviewModel } from '../../../src/core/diff/model.js';
import type { CommentContext, PipelineCheckResult } from '../../../src/core/report/pr-comment.js';
import { buildSpec } from '../diff/spec-builder.js';

export const HOSTILE = [
  'evil<img src=x onerror=alert(1)>',
  '@octocat|`x`|</details>',
  'a"b]c[d{e}f(g)h;i&j#k\\l',
  'end',
  'graph TD; click x href "javascript:alert(1)"',
  '<script>alert(1)</script>\n| --- |',
];

export const ctx: CommentContext = {
  repository: 'octo-org/pipelines',
  serverUrl: 'https://github.com',
  headSha: 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
  baseSha: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0',
  reportUrl: 'https://github.com/octo-org/pipelines/actions/runs/1',
  version: '0.1.0',
  kfpVersion: '2.17.3',
};

export function result(pipeline: string, names: readonly string[] = HOSTILE): PipelineCheckResult {
  const [first, second, third, ...rest] = names;
  const base = buildSpec(
    pipeline,
    {
      [first!]: {},
      [second!]: { after: [first!] },
      [third!]: {},
    },
    { [`${third} param`]: { default: '@mention <b>x</b>' } },
  );
  const head = buildSpec(
    pipeline,
    {
      [first!]: { image: `python:3.12 @here <b>|` },
      [second!]: { after: [first!, ...rest.slice(0, 1)] },
      ...Object.fromEntries(rest.map((n) => [n, {}])),
    },
    { [`${third} param`]: { default: '`; rm -rf / | @all' } },
  );
  const headModel = reviewModel(head);
  const baseModel = reviewModel(base);
  return {
    pipeline,
    source: `pipelines/${pipeline}.py`,
    compiled: true,
    valid: false,
    diagnostics: [
      {
        code: 'graph/cycle',
        severity: 'error',
        message: `task ${first} <b>depends</b> on @${second}`,
        file: `pipelines/${pipeline} (1).py`,
        line: 3,
        task: first!,
      },
    ],
    policy: [
      {
        code: 'policy/image-latest-tag',
        severity: 'warning',
        message: `image "${first}" has no tag`,
        file: `pipelines/${pipeline}.py`,
        line: 14,
        task: second!,
      },
    ],
    head: headModel,
    base: baseModel,
    diff: diffModels(baseModel, headModel),
    baseState: 'compiled',
    headDigest: 'sha256:' + '9'.repeat(64),
    baseDigest: 'sha256:' + '1'.repeat(64),
  };
}
