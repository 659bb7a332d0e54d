/**
 * Every renderer, fed hostile text in every field a pipeline or a PR author controls, rendered
 * with GitHub's renderer (cmark-gfm + its mention and issue-reference rules): nothing becomes a
 * link, an image, raw HTML, an event handler, a marker, a mention or an issue reference, and the
 * text is still shown as written.
 */
import { describe, expect, it } from '@jest/globals';
import { diffModels } from '../../../src/core/diff/diff.js';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import { renderPromotionSummary } from '../../../src/core/promotion/summary.js';
import { renderTimeline, withStep } from '../../../src/core/promotion/timeline.js';
import { mdCell, mdCode, mdCodeBlock, mdText } from '../../../src/core/report/escape.js';
import { renderMergeReport } from '../../../src/core/report/merge-report.js';
import {
  commentMarker,
  renderNoLongerChanged,
  renderPrComment,
  renderSummary,
} from '../../../src/core/report/pr-comment.js';
import { renderRunReport } from '../../../src/core/report/run-report.js';
import type { RunResult } from '../../../src/core/result/model.js';
import { renderGitHub, visible } from '../../support/markdown/github-render.js';
import { HOSTILE, HOSTILE_TEXTS, oneLine } from '../../support/markdown/hostile.js';
import { localRunExample } from './run-report-examples.js';
import { ctx, result } from './pr-comment-fixtures.js';

function expectSafe(bodies: Record<string, string>, shown: readonly string[] = []) {
  const names = Object.keys(bodies);
  const rendered = renderGitHub(Object.values(bodies));
  const problems = rendered.flatMap((r, i) => r.problems.map((p) => `${names[i]}: ${p}`));
  expect(problems).toEqual([]);
  for (const text of shown) {
    expect(rendered.map((r) => visible(r.text)).join('\n')).toContain(text);
  }
  return rendered;
}

describe('escape helpers under GitHub rendering', () => {
  it('mdText, mdCell, mdCode and mdCodeBlock show each hostile text exactly and inject nothing', () => {
    const bodies: Record<string, string> = {};
    HOSTILE_TEXTS.forEach((t, i) => {
      bodies[`mdText ${i}`] = `before ${mdText(t)} after`;
      bodies[`mdCell ${i}`] = `| a | b |\n| --- | --- |\n| ${mdCell(t)} | ${mdCode(t)} |`;
      bodies[`mdCode ${i}`] = `- ${mdCode(t)}`;
      bodies[`mdCodeBlock ${i}`] = mdCodeBlock(t, t);
    });
    const rendered = expectSafe(bodies);
    HOSTILE_TEXTS.forEach((t, i) => {
      const at = (k: string) => visible(rendered[Object.keys(bodies).indexOf(k)]!.text);
      expect(at(`mdText ${i}`).trim()).toBe(`before ${oneLine(t)} after`);
      expect(at(`mdCell ${i}`)).toContain(oneLine(t));
      // Outside a table a code span shows `\|` as written (GFM unescapes it in table cells only).
      expect(at(`mdCode ${i}`).trim()).toBe(oneLine(t).replace(/\|/g, '\\|'));
      expect(at(`mdCodeBlock ${i}`).trimEnd()).toBe(t);
    });
  });

  it('a code fence whose info string holds a backtick stays a fence', () => {
    const [r] = renderGitHub([mdCodeBlock('@x <img src=x>', 'py`thon')]);
    expect(r!.html).toMatch(/^<pre><code class="language-python">@x &lt;img/);
  });
});

describe('PR comment', () => {
  const names = HOSTILE_TEXTS.slice(0, 8);
  const plain = result(HOSTILE, names);
  // Every task also gets a hostile display name (`.set_display_name()`), shown in the table and DAG.
  const head = {
    ...plain.head!,
    tasks: new Map([...plain.head!.tasks].map(([k, t]) => [k, { ...t, displayName: HOSTILE }])),
  };
  const r = { ...plain, head, diff: diffModels(plain.base, head) };
  const hostileResult = {
    ...r,
    source: `pipelines/${HOSTILE}.py`,
    diagnostics: r.diagnostics.map((d) => ({ ...d, message: `${d.message} ${HOSTILE}` })),
    policy: r.policy.map((d) => ({ ...d, message: `${d.message} ${HOSTILE}` })),
  };

  it('the comment, the summary and the "no longer changed" body inject nothing', () => {
    expectSafe(
      {
        comment: renderPrComment(hostileResult, ctx).body,
        cut: renderPrComment(hostileResult, ctx, 3000).body,
        summary: renderSummary([hostileResult, result('second', names)], ctx),
        retired: renderNoLongerChanged(commentMarker(HOSTILE), ctx),
      },
      [oneLine(HOSTILE_TEXTS[15]!), '&@x', '#@x', 'GH-1', 'a|b||c'],
    );
  });
});

/** The local run example with every name, value, metric and error replaced by hostile text. */
function hostileRun(): RunResult {
  const run = localRunExample().run;
  return {
    ...run,
    pipelineName: HOSTILE,
    jobName: HOSTILE,
    error: HOSTILE,
    parameters: Object.fromEntries(HOSTILE_TEXTS.map((t, i) => [t, i % 2 ? t : i])),
    tasks: run.tasks.map((t, i) => ({
      ...t,
      name: `${HOSTILE_TEXTS[i]} ${t.name}`,
      state: i === 1 ? 'FAILED' : t.state,
      error: i === 1 ? `Traceback\n${HOSTILE}\nValueError: ${HOSTILE}` : undefined,
      outputParameters: { [HOSTILE]: HOSTILE, deploy: HOSTILE },
      outputArtifacts: t.outputArtifacts.map((a) => ({
        ...a,
        outputName: HOSTILE,
        uri: 'https://evil.example/x)<img src=x>',
        metadata: Object.fromEntries(
          Object.entries(a.metadata).map(([k, v]) => [
            k === 'confusionMatrix' || k === 'confidenceMetrics' ? k : `${HOSTILE} ${k}`,
            v,
          ]),
        ),
      })),
    })),
  };
}

describe('run reports', () => {
  const run = hostileRun();
  const entry = {
    decision: { task: run.tasks[2]!.name, output: 'deploy' },
    gates: [{ metric: `${HOSTILE} accuracy`, task: run.tasks[2]!.name, min: 0.9 }],
  };
  const outcome = evaluateGates(run, entry, {
    label: HOSTILE,
    values: { [`${run.tasks[2]!.name}.${HOSTILE} accuracy`]: 0.5 },
  });

  it('the local run report and the merge report inject nothing', () => {
    expectSafe(
      {
        local: renderRunReport(run, outcome, {
          title: 'local run',
          marker: `kfp-action:run:${run.pipelineName}`,
        }),
        merge: renderMergeReport(run, outcome, {
          ending: 'finished',
          // What an earlier job or the PR check said is quoted too (merge-run's notes).
          passedOver: [HOSTILE],
          reviewed: { kind: 'differs', digest: `sha256:${'0'.repeat(64)}`, because: HOSTILE },
          pipelineRoot: HOSTILE,
          parameters: run.parameters,
          baseline: { missing: HOSTILE },
          templateUri: HOSTILE,
          commit: 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
          workflowRunUrl: 'https://github.com/acme/ml/actions/runs/1',
          version: '1.0.0',
          now: '2026-11-26T10:17:40.000Z',
        }),
      },
      ['&@x', 'GH-1'],
    );
  });
});

describe('promotion bodies', () => {
  it('the promotion summary and timeline inject nothing', () => {
    const timeline = withStep(
      { steps: [] },
      {
        environment: HOSTILE,
        status: 'refused',
        reason: HOSTILE,
        url: 'https://github.com/acme/ml/actions/runs/2',
      },
      [HOSTILE],
    );
    expectSafe({
      summary: renderPromotionSummary({
        action: 'promote',
        pipeline: HOSTILE,
        environment: HOSTILE,
        outcome: 'refused',
        problems: [HOSTILE],
        notes: [HOSTILE],
        version: HOSTILE,
        versionNote: HOSTILE,
        runId: HOSTILE,
        decision: HOSTILE,
        endpoint: {
          name: HOSTILE,
          displayName: HOSTILE,
          deployedModels: [{ id: '1', versionId: HOSTILE } as never],
          trafficSplit: { '1': 100 },
        },
      }),
      timeline: renderTimeline(timeline),
    });
  });
});
