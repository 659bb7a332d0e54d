/**
 * A pipeline the PR deletes: its diff (everything removed), its comment (escaped, passing), and
 * the retiring of comments of pipelines the PR no longer changes (own comments only).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OctokitGitHub } from '../../../src/adapters/github/client.js';
import { applyCommentPlan } from '../../../src/commands/comments/sticky-comment.js';
import { isMarker, ownComments, planComments } from '../../../src/core/check/comments.js';
import { removalDiff } from '../../../src/core/diff/diff.js';
import { reviewModel } from '../../../src/core/diff/model.js';
import {
  CHECK_MARKER_PREFIX,
  commentMarker,
  passed,
  renderNoLongerChanged,
  renderPrComment,
  type PipelineCheckResult,
} from '../../../src/core/report/pr-comment.js';
import { nullLogger } from '../../../src/ports/logger.js';
import { FakeGitHub } from '../../support/fake-github/server.js';
import { buildSpec } from '../diff/spec-builder.js';
import { ctx, HOSTILE } from '../report/pr-comment-fixtures.js';

function removed(pipeline: string): PipelineCheckResult {
  const base = reviewModel(
    buildSpec(
      pipeline,
      { [HOSTILE[0]!]: {}, [HOSTILE[1]!]: { after: [HOSTILE[0]!] } },
      { [HOSTILE[2]!]: { default: '@all <b>x</b>' } },
    ),
  );
  return {
    pipeline,
    source: 'pipelines/old <b>.py',
    compiled: false,
    valid: false,
    removed: true,
    diagnostics: [],
    policy: [],
    base,
    diff: removalDiff(base),
    baseState: 'compiled',
    baseDigest: 'sha256:abc',
  };
}

describe('a pipeline removed by the PR', () => {
  it('diffs as every task, parameter and image removed', () => {
    const r = removed('old');
    expect(r.diff).toMatchObject({ isNew: false, isRemoved: true, empty: false, added: [] });
    expect(r.diff!.removed.map((t) => t.key).sort()).toEqual([HOSTILE[0], HOSTILE[1]].sort());
    expect(r.diff!.parameters).toEqual([
      expect.objectContaining({ name: HOSTILE[2], kind: 'removed' }),
    ]);
    expect(r.diff!.images.every((i) => i.after === undefined)).toBe(true);
  });

  it('passes, and its comment says so with every name escaped', () => {
    for (const name of ['old', ...HOSTILE]) {
      const r = removed(name);
      expect(passed(r)).toBe(true);
      const { body } = renderPrComment(r, ctx);
      const marker = commentMarker(name);
      expect(body.startsWith(`${marker}\n### 🗑️ `)).toBe(true);
      expect(body.split('\n')[1]).toMatch(/ · pipeline removed by this PR$/);
      expect(body).toContain('its 2 tasks and 1 parameter are gone');
      expect(body).toContain('| 🟥 ');
      expect(body).toContain('| digest | `sha256:abc` | – |');
    }
  });
});

describe('renderNoLongerChanged', () => {
  it('keeps the marker first and names the pipeline by its key, escaped', () => {
    for (const name of ['train', ...HOSTILE]) {
      const marker = commentMarker(name);
      expect(marker.startsWith(CHECK_MARKER_PREFIX)).toBe(true);
      const body = renderNoLongerChanged(marker, ctx);
      expect(body.startsWith(`${marker}\n### ➖ `)).toBe(true);
      expect(body).toContain('no longer changed by this PR');
    }
    expect(renderNoLongerChanged(commentMarker('train'), ctx).split('\n')[1]).toBe(
      '### ➖ `train` · no longer changed by this PR',
    );
  });
});

describe('retiring through the plan and applyCommentPlan', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await FakeGitHub.start();
    fake.addAccount('app-token', {
      login: 'github-actions[bot]',
      type: 'Bot',
      tokenKind: 'installation',
      pullRequests: 'write',
    });
  });
  afterAll(() => fake.close());

  it('rewrites only our comments of pipelines the run does not report, once', async () => {
    const bot = { login: 'github-actions[bot]', type: 'Bot' } as const;
    const kept = commentMarker('train');
    const stale = commentMarker('echo');
    fake.addComment(7, `${kept}\nreport of train`, bot);
    fake.addComment(7, `${stale}\nold report of echo`, bot);
    fake.addComment(7, `${commentMarker('other')}\nby a person`, {
      login: 'mallory',
      type: 'User',
    });
    fake.addComment(7, `quoting ${stale}`, bot);
    const github = new OctokitGitHub({
      token: 'app-token',
      repository: fake.repository,
      apiUrl: fake.url,
      logger: nullLogger,
    });
    const isOurs = (line: string) => isMarker(line, CHECK_MARKER_PREFIX);
    const run = async () => {
      const listed = await github.listIssueComments(7);
      const plan = planComments({
        own: ownComments(listed, isOurs, undefined),
        desired: [{ marker: kept, body: `${kept}\nreport of train` }],
        retire: true,
        retiredBody: (marker) => renderNoLongerChanged(marker, ctx),
        same: (a, b) => a === b,
      });
      return applyCommentPlan(github, 7, plan, listed, isOurs, nullLogger);
    };
    const first = await run();
    expect(first.map((r) => [r.action.marker, r.action.kind])).toEqual([
      [kept, 'leave'],
      [stale, 'retire'],
    ]);
    const bodies = fake.issueComments(7).map((c) => c.body);
    expect(bodies[0]).toBe(`${kept}\nreport of train`);
    expect(bodies[1]).toBe(renderNoLongerChanged(stale, ctx));
    expect(bodies[2]).toContain('by a person');
    expect(bodies[3]).toBe(`quoting ${stale}`);
    const again = await run();
    expect(again.map((r) => r.action.kind)).toEqual(['leave', 'leave']);
    expect(fake.violations).toEqual([]);
  });
});
