import { describe, expect, it } from '@jest/globals';
import { evaluateGates } from '../../../src/core/gates/evaluate.js';
import type { PipelineEntry } from '../../../src/core/config/types.js';
import { breastCancerRun } from '../../support/run-result/fixtures.js';

const entry: Pick<PipelineEntry, 'decision' | 'gates'> = {
  decision: { task: 'eval-model', output: 'deploy' },
  gates: [
    { metric: 'accuracy', task: 'eval-model', min: 0.95, maxRegression: 0.01 },
    { metric: 'auc', min: 0.9 },
  ],
};

describe('evaluateGates', () => {
  it('lists a metric that was not reported once, though its gate has a minimum and a regression limit', () => {
    const gate = { metric: 'f1', min: 0.9, maxRegression: 0.01 };
    const out = evaluateGates(
      breastCancerRun(),
      { gates: [gate] },
      { label: 'p', values: { f1: 1 } },
    );
    expect(out.decision).toBe('hold');
    expect(out.reasons.filter((r) => r.includes('f1'))).toHaveLength(1);
  });
  it('says a run that was still going when the wait ended has not finished (not "ended RUNNING")', () => {
    const out = evaluateGates(breastCancerRun({ state: 'RUNNING' }), entry);
    expect(out.reasons[0]).toBe('the run has not finished: it is still RUNNING on Vertex AI');
  });
  it('deploy when the run succeeded, the pipeline said deploy and every gate passed', () => {
    const out = evaluateGates(breastCancerRun(), entry, {
      label: 'production (v7)',
      values: { accuracy: 0.965 },
    });
    expect(out.decision).toBe('deploy');
    expect(out.checks.map((c) => [c.metric, c.kind, c.status])).toEqual([
      ['accuracy', 'min', 'pass'],
      ['accuracy', 'regression', 'pass'],
      ['auc', 'min', 'pass'],
    ]);
    expect(out.checks[1]).toMatchObject({ baseline: 0.965, delta: expect.closeTo(0.006, 5) });
    expect(out.reasons[0]).toBe('the pipeline decided to deploy (eval-model → deploy = true)');
  });
  it('hold lists every reason: pipeline decision, failed gate, regression', () => {
    const run = breastCancerRun({}, { outputParameters: { deploy: 'false' } });
    const out = evaluateGates(
      run,
      { ...entry, gates: [...entry.gates!, { metric: 'auc', min: 0.999 }] },
      { label: 'production', values: { accuracy: 0.99 } },
    );
    expect(out.decision).toBe('hold');
    expect(out.reasons).toEqual([
      'the pipeline decided not to deploy (eval-model → deploy = false; deploy needs true)',
      'eval-model/accuracy = 0.971 dropped by 0.019 against 0.99 in production, more than the allowed 0.01',
      'auc = 0.994 is below the minimum 0.999',
    ]);
  });
  it('no baseline: the regression check is skipped and says so', () => {
    const out = evaluateGates(breastCancerRun(), entry);
    expect(out.decision).toBe('deploy');
    expect(out.checks[1]!.status).toBe('skipped');
    expect(out.notes).toEqual([
      expect.stringMatching(
        /regression check of eval-model\/accuracy skipped: no baseline metrics/,
      ),
    ]);
  });
  it('a metric the run did not report and a missing decision output are clear failures', () => {
    const run = breastCancerRun({}, { outputParameters: {} });
    const out = evaluateGates(run, {
      decision: entry.decision,
      gates: [{ metric: 'f1', min: 0.5 }],
    });
    expect(out.decision).toBe('hold');
    expect(out.reasons).toEqual([
      'decision output eval-model → deploy was not reported (task eval-model ended SUCCEEDED without reporting it)',
      'metric f1 was not reported by the run (no system.Metrics artifact logs it)',
    ]);
  });
  it('a failed run is held whatever the metrics say; lower-is-better regressions', () => {
    const failed = breastCancerRun({ state: 'FAILED' }, { state: 'FAILED' });
    expect(evaluateGates(failed, {}).reasons).toEqual([
      'the run ended FAILED (failed: eval-model)',
    ]);
    const loss = evaluateGates(
      breastCancerRun(),
      { gates: [{ metric: 'auc', maxRegression: 0.001, higherIsBetter: false }] },
      { label: 'prod', values: { auc: 0.99 } },
    );
    expect(loss.decision).toBe('hold');
    expect(loss.reasons[0]).toMatch(/rose by 0.004/);
  });
  it('with nothing configured a successful run is enough, and it says so', () => {
    const out = evaluateGates(breastCancerRun(), {});
    expect(out).toMatchObject({ decision: 'deploy', reasons: ['the run succeeded'] });
    expect(out.notes[0]).toMatch(/no decision output and no gates/);
  });
});
