import { describe, expect, it } from '@jest/globals';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import {
  mergeReportMarker,
  renderMergeReport,
  type MergeReportContext,
} from '../../../src/core/report/merge-report.js';
import { breastCancerTasks } from '../../support/fake-vertex/breast-cancer.js';
import { vertexRun } from '../../support/fake-vertex/run-result.js';

const ENTRY = {
  decision: { task: 'eval-model', output: 'deploy' },
  gates: [{ metric: 'accuracy', task: 'eval-model', min: 0.95, maxRegression: 0.01 }],
};

const CONTEXT: MergeReportContext = {
  ending: 'finished',
  pipelineRoot: 'gs://bucket/root',
  parameters: { seed: 42 },
  baseline: { label: 'production (v7)' },
  commit: 'e4f5a6b7c8d9',
  workflowRunUrl: 'https://github.com/o/r/actions/runs/1',
  version: '1.0.0',
  now: '2026-11-26T10:33:00.000Z',
};

describe('merge report', () => {
  it('puts the marker first, the verdict next, and links the run, workflow run and commit', () => {
    const run = vertexRun({ state: 'SUCCEEDED', tasks: breastCancerTasks() });
    const baseline = { label: 'production (v7)', values: { 'eval-model.accuracy': 0.965 } };
    const md = renderMergeReport(run, evaluateGates(run, ENTRY, baseline), CONTEXT);
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- kfp-action:run:breast-cancer -->');
    expect(lines[0]).toBe(mergeReportMarker('breast-cancer'));
    expect(lines[1]).toBe('### `breast-cancer` · trained on merge · decision: **deploy** ✅');
    expect(md).toContain(
      '[`projects/proj/locations/europe-west4/pipelineJobs/bc-e4f5a6b-1`](https://console.cloud.google.com/vertex-ai/locations/europe-west4/pipelines/runs/bc-e4f5a6b-1?project=proj)',
    );
    expect(md).toContain('| 0.971 | 0.965 | +0.006 |');
    expect(md).toContain('[workflow run](https://github.com/o/r/actions/runs/1) · for `e4f5a6b`');
    expect(md).toContain('| `seed` | `42` |');
    expect(md).toContain('spec `sha256:9ab04d001122`');
  });

  it('says when the workflow was cancelled, when the job was attached and when there is no baseline', () => {
    const run = vertexRun({
      state: 'CANCELLED',
      tasks: breastCancerTasks().map((t) => ({ ...t, state: 'CANCELLED' as const })),
    });
    const md = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      ending: 'cancelled-by-workflow',
      attached: 'earlier-run',
      baseline: { missing: 'no version of model m holds the alias "production"' },
    });
    expect(md).toContain('cancelled with the workflow · decision: **hold**');
    expect(md).toContain('kfp-action asked Vertex AI to cancel it (state now **CANCELLED**)');
    expect(md).toContain('already existed');
    expect(md).toContain('No production baseline');
  });

  it('says how to pick a timed-out run up again', () => {
    const run = vertexRun({ state: 'RUNNING', tasks: breastCancerTasks().slice(0, 1) });
    const md = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      ending: 'timeout',
      timeoutMinutes: 90,
    });
    expect(md).toContain('stopped waiting after 90 minutes');
    expect(md).toContain('keeps going (it was not cancelled)');
    expect(md).toContain('run `submit` with `job-name:');
    expect(md).not.toContain('ended RUNNING');
  });

  it('says a scheduled retraining is a new attempt, or the one this workflow run started', () => {
    const run = vertexRun({ state: 'SUCCEEDED', tasks: breastCancerTasks() });
    const fresh = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      retraining: { attempt: 2 },
    });
    expect(fresh).toContain('A scheduled retraining (`fresh-run`): new attempt 2');
    expect(fresh).not.toContain('already existed');
    const rerun = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      retraining: { attempt: 2 },
      attached: 'earlier-run',
    });
    expect(rerun).toContain('attempt 2, which an earlier attempt of this workflow run started');
    expect(rerun).not.toContain('new attempt');
    const lost = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      retraining: { attempt: 2 },
      attached: 'lost-answer',
    });
    expect(lost).toContain('new attempt 2');
    expect(renderMergeReport(run, evaluateGates(run, ENTRY), CONTEXT)).not.toContain('retraining');
  });

  it('cannot be broken out of by a hostile pipeline name or parameter', () => {
    const evil = 'x --> <img src=x> @admin';
    const run = vertexRun({ state: 'SUCCEEDED', tasks: breastCancerTasks() }, evil);
    const md = renderMergeReport(run, evaluateGates(run, ENTRY), {
      ...CONTEXT,
      parameters: { 'a|b': '`x`\n<b>' },
    });
    // The marker stays one HTML comment (`-->` cannot close it early): the key is encoded.
    expect(md.split('\n')[0]).toBe(
      '<!-- kfp-action:run:x%20--%3e%20%3cimg%20src%3dx%3e%20%40admin -->',
    );
    // Everywhere else the name is inside a code span, where HTML and mentions mean nothing.
    expect(md.split('\n')[1]).toBe(
      '### `x --> <img src=x> @admin` · trained on merge · decision: **deploy** ✅',
    );
    const outsideCode = md
      .split('\n')
      .slice(1)
      .join('\n')
      .replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('@admin');
    expect(md).toContain('| `a\\|b` |');
  });
});
