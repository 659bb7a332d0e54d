import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  extractMetrics,
  findMetric,
  outputParameterText
} from "./chunk-BKUIOZJQ.js";
import {
  TERMINAL_PIPELINE_STATES
} from "./chunk-6ZC5HHQ7.js";

// src/core/gates/evaluate.ts
var fmt = (n) => String(Math.round(n * 1e4) / 1e4);
function decisionCheck(run, entry) {
  const source = entry.decision;
  if (!source) return void 0;
  const deployValues = source.deployValues ?? ["true"];
  const value = outputParameterText(run, source.task, source.output);
  const where = `${source.task} \u2192 ${source.output}`;
  if (value === void 0) {
    const ran = run.tasks.find((t) => t.name === source.task);
    const why = ran ? `task ${source.task} ended ${ran.state} without reporting it` : `task ${source.task} is not in the run`;
    return {
      task: source.task,
      output: source.output,
      deployValues,
      status: "fail",
      reason: `decision output ${where} was not reported (${why})`
    };
  }
  const ok = deployValues.some((v) => v.toLowerCase() === value.trim().toLowerCase());
  return {
    task: source.task,
    output: source.output,
    value,
    deployValues,
    status: ok ? "pass" : "fail",
    reason: ok ? `the pipeline decided to deploy (${where} = ${value})` : `the pipeline decided not to deploy (${where} = ${value}; deploy needs ${deployValues.join(" or ")})`
  };
}
function baselineValue(baseline, gate) {
  if (!baseline) return void 0;
  const qualified = gate.task ? baseline.values[`${gate.task}.${gate.metric}`] : void 0;
  return qualified ?? baseline.values[gate.metric];
}
function gateChecks(metrics, gate, baseline) {
  const { metric, ambiguous } = findMetric(metrics, gate.metric, gate.task);
  const label = gate.task ? `${gate.task}/${gate.metric}` : gate.metric;
  const base = { metric: gate.metric, ...gate.task ? { task: gate.task } : {} };
  const rules = [];
  if (gate.min !== void 0) rules.push({ kind: "min", rule: `\u2265 ${fmt(gate.min)}` });
  if (gate.max !== void 0) rules.push({ kind: "max", rule: `\u2264 ${fmt(gate.max)}` });
  if (gate.maxRegression !== void 0) {
    const higher = gate.higherIsBetter ?? true;
    rules.push({
      kind: "regression",
      rule: `may ${higher ? "drop" : "rise"} \u2264 ${fmt(gate.maxRegression)}`
    });
  }
  const baselineNumber = baselineValue(baseline, gate);
  return rules.map(({ kind, rule }) => {
    if (ambiguous) {
      return {
        ...base,
        kind,
        rule,
        status: "fail",
        reason: `metric ${gate.metric} is reported by several tasks (${ambiguous.join(", ")}); set task on the gate to choose one`
      };
    }
    if (!metric) {
      return {
        ...base,
        kind,
        rule,
        status: "fail",
        reason: `metric ${label} was not reported by the run (no system.Metrics artifact logs it)`
      };
    }
    const value = metric.value;
    const withBaseline = baselineNumber !== void 0 ? { baseline: baselineNumber, delta: value - baselineNumber } : {};
    if (kind === "min") {
      const ok2 = value >= gate.min;
      return {
        ...base,
        ...withBaseline,
        kind,
        rule,
        value,
        status: ok2 ? "pass" : "fail",
        reason: `${label} = ${fmt(value)} ${ok2 ? "meets" : "is below"} the minimum ${fmt(gate.min)}`
      };
    }
    if (kind === "max") {
      const ok2 = value <= gate.max;
      return {
        ...base,
        ...withBaseline,
        kind,
        rule,
        value,
        status: ok2 ? "pass" : "fail",
        reason: `${label} = ${fmt(value)} ${ok2 ? "is within" : "is above"} the maximum ${fmt(gate.max)}`
      };
    }
    if (baselineNumber === void 0) {
      return {
        ...base,
        kind,
        rule,
        value,
        status: "skipped",
        reason: baseline ? `regression check of ${label} skipped: the baseline (${baseline.label}) has no ${gate.metric}` : `regression check of ${label} skipped: no baseline metrics (nothing in production yet, or not given)`
      };
    }
    const higher = gate.higherIsBetter ?? true;
    const loss = higher ? baselineNumber - value : value - baselineNumber;
    const ok = loss <= gate.maxRegression + 1e-12;
    return {
      ...base,
      ...withBaseline,
      kind,
      rule,
      value,
      status: ok ? "pass" : "fail",
      reason: ok ? `${label} = ${fmt(value)} against ${fmt(baselineNumber)} in ${baseline.label}: within the allowed ${higher ? "drop" : "rise"} of ${fmt(gate.maxRegression)}` : `${label} = ${fmt(value)} ${higher ? "dropped" : "rose"} by ${fmt(loss)} against ${fmt(baselineNumber)} in ${baseline.label}, more than the allowed ${fmt(gate.maxRegression)}`
    };
  });
}
function evaluateGates(run, entry, baseline) {
  const metrics = extractMetrics(run);
  const pipelineDecision = decisionCheck(run, entry);
  const checks = (entry.gates ?? []).flatMap((g) => gateChecks(metrics, g, baseline));
  const against = [];
  if (run.state !== "SUCCEEDED") {
    const failed = run.tasks.filter((t) => t.state === "FAILED").map((t) => t.name);
    against.push(
      TERMINAL_PIPELINE_STATES.has(run.state) ? `the run ended ${run.state}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}` : `the run has not finished: it is still ${run.state} on Vertex AI`
    );
  }
  if (pipelineDecision?.status === "fail") against.push(pipelineDecision.reason);
  for (const c of checks)
    if (c.status === "fail" && !against.includes(c.reason)) against.push(c.reason);
  const notes = [...new Set(checks.filter((c) => c.status === "skipped").map((c) => c.reason))];
  if (!entry.decision && (entry.gates ?? []).length === 0) {
    notes.push("no decision output and no gates are configured: a successful run is enough");
  }
  if (against.length > 0) {
    return {
      decision: "hold",
      reasons: against,
      checks,
      notes,
      metrics,
      ...pipelineDecision ? { pipelineDecision } : {}
    };
  }
  const passed = [
    ...pipelineDecision ? [pipelineDecision.reason] : [],
    ...checks.filter((c) => c.status === "pass").map((c) => c.reason)
  ];
  return {
    decision: "deploy",
    reasons: passed.length > 0 ? passed : ["the run succeeded"],
    checks,
    notes,
    metrics,
    ...pipelineDecision ? { pipelineDecision } : {}
  };
}

export {
  evaluateGates
};
