import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderPrComment,
  stableContent,
} from '../../../src/core/report/pr-comment.js';
import { ctx, result } from './pr-comment-fixtures.js';

/** Markdown outside code spans and fences: what GitHub would interpret. */
function prose(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/<!-- kfp-action:[^>]*-->/g, '');
}

const ALLOWED_TAGS = /<\/?(details|summary|sub)>/g;

function assertSafe(body: string): void {
  const text = prose(body);
  expect(text.replace(ALLOWED_TAGS, '')).not.toMatch(/<[A-Za-z!/]/);
  expect(text).not.toMatch(/(^|[^\w&#])@[A-Za-z0-9]/);
  // Every table row has exactly the cells of its header.
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\| --- /.test(lines[i]!)) continue;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const width = cells(lines[i - 1]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
      expect([lines[j], cells(lines[j]!)]).toEqual([lines[j], width]);
    }
  }
}

describe('renderPrComment', () => {
  it('puts the marker first and the verdict in the heading', () => {
    const { body } = renderPrComment(
      result('breast-cancer', ['get-data', 'train-model', 'eval-model', 'new-task']),
      ctx,
    );
    // Line 2 is the hidden stamp of the reviewed spec (reviewed-stamp.test.ts).
    expect(body.split('\n')[0]).toBe(commentMarker('breast-cancer'));
    expect(body.split('\n')[2]!.startsWith('### ❌ `breast-cancer`')).toBe(true);
    expect(body).toContain('✅ compiles · ❌ 1 error · ⚠️ 1 policy warning');
    expect(body).toContain(
      '(https://github.com/octo-org/pipelines/blob/e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3/pipelines/breast-cancer.py#L14)',
    );
    expect(body).toContain('`sha256:' + '9'.repeat(64) + '`');
  });

  it('says when the check ran without a config file, and points to init', () => {
    const plain = renderPrComment(result('p'), ctx).body;
    expect(plain).not.toContain('without a config file');
    const { body } = renderPrComment(result('p'), { ...ctx, zeroConfig: true });
    assertSafe(body);
    expect(body).toContain(
      '<sub>Checked without a config file: every pipeline in the repository, policy findings as warnings ([defaults](https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#without-a-config-file)). Run [`npx kfp-action init`](https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#kfp-action-init) to write `kfp-action.yaml` with parameters, gates and Vertex AI settings.</sub>',
    );
    // Right after the comparison, before the findings.
    expect(body.indexOf('Checked without a config file')).toBeLessThan(body.indexOf('**Errors**'));
  });

  it('escapes hostile task names, parameter values, messages and file names', () => {
    const { body } = renderPrComment(result('p'), ctx);
    assertSafe(body);
    expect(body).toContain('pipelines/p%20%281%29.py#L3');
  });

  it('stays safe for any names (property test)', () => {
    const name = fc.string({ minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 4, maxLength: 6 }), (names) => {
        assertSafe(renderPrComment(result('p', names), ctx).body);
      }),
      { numRuns: 60 },
    );
  });

  it('cuts whole sections, least important first, and names them', () => {
    const full = renderPrComment(result('p'), ctx).body;
    const { body, cut } = renderPrComment(result('p'), ctx, full.length - 10);
    expect(cut).toEqual(['the compiled spec details']);
    expect(body.length).toBeLessThanOrEqual(full.length - 10);
    expect(body).toContain('Cut to stay under');
    const tiny = renderPrComment(result('p'), ctx, 1200);
    expect(tiny.cut).toEqual(
      expect.arrayContaining(['the DAG picture', 'the compiled spec details']),
    );
    expect(tiny.body.length).toBeLessThanOrEqual(1200);
  });

  it("keeps a pipeline of 3,000 tasks under GitHub's limit", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `task-with-a-rather-long-name-${i}`);
    const { body, cut } = renderPrComment(result('big', names), ctx);
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toContain('No DAG picture');
    expect(cut.length + 1).toBeGreaterThan(0);
  });

  it('compares bodies without the volatile footer', () => {
    const a = renderPrComment(result('p'), { ...ctx, time: '2026-01-01 00:00:00Z' }).body;
    const b = renderPrComment(result('p'), {
      ...ctx,
      time: '2026-01-02 00:00:00Z',
      reportUrl: 'https://x/2',
    }).body;
    expect(a).not.toBe(b);
    expect(stableContent(a)).toBe(stableContent(b));
  });
});
