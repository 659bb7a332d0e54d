/**
 * The deploy decision of a finished run: the pipeline's own decision output (config `decision`),
 * every metric gate (config `gates`) and, where a baseline is known, the regression limits. Pure:
 * a RunResult and the config entry in, every check with its reason out. The final decision is
 * `deploy` only when the run succeeded and every check passed; each reason against it is listed.
 */
import type { Gate, PipelineEntry } from '../config/types.js';
import {
  extractMetrics,
  findMetric,
  outputParameterText,
  type RunMetrics,
} from '../result/metrics.js';
import { TERMINAL_PIPELINE_STATES, type RunResult } from '../result/model.js';

export type Decision = 'deploy' | 'hold';

/** Metric values of the model currently in production (or any reference run). */
export interface BaselineMetrics {
  /** How the report names it: `production (v7)`. */
  readonly label: string;
  /** Metric name → value; `task.name` keys select one task's metric. */
  readonly values: Readonly<Record<string, number>>;
}

export type CheckStatus = 'pass' | 'fail' | 'skipped';

export interface GateCheck {
  readonly kind: 'min' | 'max' | 'regression';
  readonly metric: string;
  readonly task?: string;
  /** The value this run logged; undefined when not reported. */
  readonly value?: number;
  readonly baseline?: number;
  /** value − baseline, when both are known. */
  readonly delta?: number;
  /** The rule as a reader says it: `≥ 0.95`, `may drop ≤ 0.01`. */
  readonly rule: string;
  readonly status: CheckStatus;
  /** One sentence: why it passed, failed or was skipped. */
  readonly reason: string;
}

export interface DecisionCheck {
  readonly task: string;
  readonly output: string;
  /** The value the pipeline reported; undefined when not reported. */
  readonly value?: string;
  readonly deployValues: readonly string[];
  readonly status: CheckStatus;
  readonly reason: string;
}

export interface GateOutcome {
  readonly decision: Decision;
  /** Every reason for `hold`; for `deploy`, what it rests on. */
  readonly reasons: readonly string[];
  readonly pipelineDecision?: DecisionCheck;
  readonly checks: readonly GateCheck[];
  /** Notes that do not change the decision (skipped regression checks, …). */
  readonly notes: readonly string[];
  readonly metrics: RunMetrics;
}

const fmt = (n: number): string => String(Math.round(n * 10000) / 10000);

function decisionCheck(run: RunResult, entry: PipelineEntry): DecisionCheck | undefined {
  const source = entry.decision;
  if (!source) return undefined;
  const deployValues = source.deployValues ?? ['true'];
  const value = outputParameterText(run, source.task, source.output);
  const where = `${source.task} → ${source.output}`;
  if (value === undefined) {
    const ran = run.tasks.find((t) => t.name === source.task);
    const why = ran
      ? `task ${source.task} ended ${ran.state} without reporting it`
      : `task ${source.task} is not in the run`;
    return {
      task: source.task,
      output: source.output,
      deployValues,
      status: 'fail',
      reason: `decision output ${where} was not reported (${why})`,
    };
  }
  const ok = deployValues.some((v) => v.toLowerCase() === value.trim().toLowerCase());
  return {
    task: source.task,
    output: source.output,
    value,
    deployValues,
    status: ok ? 'pass' : 'fail',
    reason: ok
      ? `the pipeline decided to deploy (${where} = ${value})`
      : `the pipeline decided not to deploy (${where} = ${value}; deploy needs ${deployValues.join(' or ')})`,
  };
}

function baselineValue(baseline: BaselineMetrics | undefined, gate: Gate): number | undefined {
  if (!baseline) return undefined;
  const qualified = gate.task ? baseline.values[`${gate.task}.${gate.metric}`] : undefined;
  return qualified ?? baseline.values[gate.metric];
}

function gateChecks(
  metrics: RunMetrics,
  gate: Gate,
  baseline: BaselineMetrics | undefined,
): GateCheck[] {
  const { metric, ambiguous } = findMetric(metrics, gate.metric, gate.task);
  const label = gate.task ? `${gate.task}/${gate.metric}` : gate.metric;
  const base = { metric: gate.metric, ...(gate.task ? { task: gate.task } : {}) };
  const rules: { kind: GateCheck['kind']; rule: string }[] = [];
  if (gate.min !== undefined) rules.push({ kind: 'min', rule: `≥ ${fmt(gate.min)}` });
  if (gate.max !== undefined) rules.push({ kind: 'max', rule: `≤ ${fmt(gate.max)}` });
  if (gate.maxRegression !== undefined) {
    const higher = gate.higherIsBetter ?? true;
    rules.push({
      kind: 'regression',
      rule: `may ${higher ? 'drop' : 'rise'} ≤ ${fmt(gate.maxRegression)}`,
    });
  }
  const baselineNumber = baselineValue(baseline, gate);
  return rules.map(({ kind, rule }): GateCheck => {
    if (ambiguous) {
      return {
        ...base,
        kind,
        rule,
        status: 'fail',
        reason: `metric ${gate.metric} is reported by several tasks (${ambiguous.join(', ')}); set task on the gate to choose one`,
      };
    }
    if (!metric) {
      return {
        ...base,
        kind,
        rule,
        status: 'fail',
        reason: `metric ${label} was not reported by the run (no system.Metrics artifact logs it)`,
      };
    }
    const value = metric.value;
    const withBaseline =
      baselineNumber !== undefined
        ? { baseline: baselineNumber, delta: value - baselineNumber }
        : {};
    if (kind === 'min') {
      const ok = value >= gate.min!;
      return {
        ...base,
        ...withBaseline,
        kind,
        rule,
        value,
        status: ok ? 'pass' : 'fail',
        reason: `${label} = ${fmt(value)} ${ok ? 'meets' : 'is below'} the minimum ${fmt(gate.min!)}`,
      };
    }
    if (kind === 'max') {
      const ok = value <= gate.max!;
      return {
        ...base,
        ...withBaseline,
        kind,
        rule,
        value,
        status: ok ? 'pass' : 'fail',
        reason: `${label} = ${fmt(value)} ${ok ? 'is within' : 'is above'} the maximum ${fmt(gate.max!)}`,
      };
    }
    if (baselineNumber === undefined) {
      return {
        ...base,
        kind,
        rule,
        value,
        status: 'skipped',
        reason: baseline
          ? `regression check of ${label} skipped: the baseline (${baseline.label}) has no ${gate.metric}`
          : `regression check of ${label} skipped: no baseline metrics (nothing in production yet, or not given)`,
      };
    }
    const higher = gate.higherIsBetter ?? true;
    const loss = higher ? baselineNumber - value : value - baselineNumber;
    const ok = loss <= gate.maxRegression! + 1e-12;
    return {
      ...base,
      ...withBaseline,
      kind,
      rule,
      value,
      status: ok ? 'pass' : 'fail',
      reason: ok
        ? `${label} = ${fmt(value)} against ${fmt(baselineNumber)} in ${baseline!.label}: within the allowed ${higher ? 'drop' : 'rise'} of ${fmt(gate.maxRegression!)}`
        : `${label} = ${fmt(value)} ${higher ? 'dropped' : 'rose'} by ${fmt(loss)} against ${fmt(baselineNumber)} in ${baseline!.label}, more than the allowed ${fmt(gate.maxRegression!)}`,
    };
  });
}

/**
 * Applies the config entry's decision source and gates to a run. `baseline` absent = every
 * regression gate is skipped, and the outcome says so.
 */
export function evaluateGates(
  run: RunResult,
  entry: Pick<PipelineEntry, 'decision' | 'gates'>,
  baseline?: BaselineMetrics,
): GateOutcome {
  const metrics = extractMetrics(run);
  const pipelineDecision = decisionCheck(run, entry as PipelineEntry);
  const checks = (entry.gates ?? []).flatMap((g) => gateChecks(metrics, g, baseline));
  const against: string[] = [];
  if (run.state !== 'SUCCEEDED') {
    const failed = run.tasks.filter((t) => t.state === 'FAILED').map((t) => t.name);
    against.push(
      TERMINAL_PIPELINE_STATES.has(run.state)
        ? `the run ended ${run.state}${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`
        : `the run has not finished: it is still ${run.state} on Vertex AI`,
    );
  }
  if (pipelineDecision?.status === 'fail') against.push(pipelineDecision.reason);
  // One gate may hold several checks (a minimum and a regression limit) that fail for the same
  // reason (the metric was not reported): each reason is listed once.
  for (const c of checks)
    if (c.status === 'fail' && !against.includes(c.reason)) against.push(c.reason);
  const notes = [...new Set(checks.filter((c) => c.status === 'skipped').map((c) => c.reason))];
  if (!entry.decision && (entry.gates ?? []).length === 0) {
    notes.push('no decision output and no gates are configured: a successful run is enough');
  }
  if (against.length > 0) {
    return {
      decision: 'hold',
      reasons: against,
      checks,
      notes,
      metrics,
      ...(pipelineDecision ? { pipelineDecision } : {}),
    };
  }
  const passed = [
    ...(pipelineDecision ? [pipelineDecision.reason] : []),
    ...checks.filter((c) => c.status === 'pass').map((c) => c.reason),
  ];
  return {
    decision: 'deploy',
    reasons: passed.length > 0 ? passed : ['the run succeeded'],
    checks,
    notes,
    metrics,
    ...(pipelineDecision ? { pipelineDecision } : {}),
  };
}
