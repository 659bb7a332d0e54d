import { describe, expect, it } from '@jest/globals';
import { marked } from 'marked';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import { formatDuration, renderRunReport } from '../../../src/core/report/run-report.js';
import { plain, renderRunSummaryText } from '../../../src/core/report/run-summary-text.js';
import { breastCancerRun, metricsArtifact, task } from '../../support/run-result/fixtures.js';

const entry = {
  decision: { task: 'eval-model', output: 'deploy' },
  gates: [{ metric: 'accuracy', min: 0.95, maxRegression: 0.01 }],
};

describe('renderRunReport', () => {
  const run = breastCancerRun();
  const outcome = evaluateGates(run, entry, {
    label: 'production (v7)',
    values: { accuracy: 0.965 },
  });
  const md = renderRunReport(run, outcome, {
    title: 'local run',
    marker: 'kfp-action:run:breast-cancer',
    baselineLabel: 'production (v7)',
  });

  it('puts the verdict first, then state, duration and spec digest', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- kfp-action:run:breast-cancer -->');
    expect(lines[1]).toBe('### `breast-cancer-xgboost` · local run · decision: **deploy** ✅');
    expect(lines[3]).toBe(
      'Local run `breast-cancer-xgboost-20261126-100000-abcdef` · **SUCCEEDED** in 9.0 s · spec `sha256:9ab04d012345`',
    );
  });
  it('metrics against baseline and gates, and the decision output', () => {
    expect(md).toContain('| metric | this run | production &#40;v7&#41; | Δ | gate | |');
    expect(md).toContain('| accuracy | 0.971 | 0.965 | +0.006 | ≥ 0.95; may drop ≤ 0.01 | ✅ |');
    expect(md).toContain('| auc | 0.994 |  |  |  |  |');
    expect(md).toContain('| `eval-model` → `deploy` | true |  |  | must be true | ✅ |');
  });
  it('the ROC curve as xychart-beta at even FPR steps with a palette, and the same numbers as a table', () => {
    expect(md).toContain('      plotColorPalette: "#1f77b4"');
    expect(md).toContain('  x-axis "false positive rate" 0 --> 1');
    expect(md).toContain('  line [0.86, 0.91, 0.96, 0.97, 0.98, 0.99, 1, 1, 1, 1, 1]');
    expect(md).toContain(
      '| true positive rate | 0.86 | 0.91 | 0.96 | 0.97 | 0.98 | 0.99 | 1 | 1 | 1 | 1 | 1 |',
    );
    expect(md).toContain('| **malignant** | 61 | 3 |');
  });
  it('tasks with state and duration; cached tasks say so', () => {
    const cached = {
      ...run,
      tasks: run.tasks.map((t) => ({ ...t, cached: true, state: 'SKIPPED' as const })),
    };
    const out = renderRunReport(cached, evaluateGates(cached, entry));
    expect(out).toContain('| `train-model` | ♻️ cached | 2.5 s |');
    expect(out).toContain('3 of 3 tasks from cache');
  });
  it('a failed task shows the tail of its output in a fence it cannot break', () => {
    const failed = breastCancerRun(
      { state: 'FAILED' },
      { state: 'FAILED', error: 'exited with code 1\n```\nValueError: bad' },
    );
    const out = renderRunReport(failed, evaluateGates(failed, entry));
    expect(out).toContain('decision: **hold** ⏸️');
    expect(out).toContain('````\nexited with code 1\n```\nValueError: bad\n````');
  });
  it('hostile task, metric, label and output names are escaped everywhere', () => {
    const evil = '<img src=x onerror=alert(1)> @admin [x](http://e) |`';
    const hostile = breastCancerRun({ pipelineName: evil, jobName: evil }, {});
    const tasks = [
      ...hostile.tasks,
      task(evil, {
        outputArtifacts: [
          metricsArtifact({ [evil]: 1 }),
          {
            outputName: 'cm',
            schemaTitle: 'system.ClassificationMetrics',
            uri: '/x',
            metadata: {
              confusionMatrix: {
                annotationSpecs: [{ displayName: evil }, { displayName: '</details>' }],
                rows: [
                  [1, 0],
                  [0, 1],
                ],
              },
            },
          },
        ],
        error: evil,
        state: 'FAILED',
      }),
    ];
    const r = { ...hostile, tasks };
    const out = renderRunReport(
      r,
      evaluateGates(r, {
        decision: { task: evil, output: evil },
        gates: [{ metric: evil, min: 2 }],
      }),
      { title: evil },
    );
    const html = marked.parse(out, { async: false, gfm: true });
    const outsideCode = html
      .replace(/<pre>[\s\S]*?<\/pre>/g, '')
      .replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(html).not.toMatch(/<img|<a |href=/);
    expect(outsideCode.split('\n').filter((l) => /@admin|<img/.test(l))).toEqual([]);
    expect(out).toContain('&#60;img src&#61;x');
    expect(out.match(/<details>/g)?.length).toBe(out.match(/<\/details>/g)?.length);
  });
  it('keeps under the size limit by folding sections away from the end', () => {
    const many = {
      ...run,
      tasks: Array.from({ length: 400 }, (_, i) => task(`task-${i}-${'x'.repeat(40)}`)),
    };
    const out = renderRunReport(many, evaluateGates(many, {}), { maxChars: 5000 });
    expect(out.length).toBeLessThanOrEqual(5000);
    expect(out).toContain('Some sections were left out');
  });
});

describe('terminal summary', () => {
  it('lists tasks, metrics, checks, the decision and the report path; control characters removed', () => {
    const run = breastCancerRun({ pipelineName: 'bc\u001b[31mred' });
    const text = renderRunSummaryText(
      run,
      evaluateGates(run, entry),
      '.kfp-action/runs/x/report.md',
    );
    expect(text).not.toContain('\u001b');
    expect(text).toContain('eval-model/accuracy  0.971');
    expect(text).toContain('Decision: DEPLOY');
    expect(text).toContain('Report: .kfp-action/runs/x/report.md');
    expect(plain('a\u202eb\nc')).toBe('a b c');
  });
  it('formats durations', () => {
    expect([850, 4200, 125_000, 3_780_000].map(formatDuration)).toEqual([
      '850 ms',
      '4.2 s',
      '2 min 05 s',
      '1 h 03 min',
    ]);
  });
});
