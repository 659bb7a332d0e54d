/**
 * The breast-cancer example (examples/breast-cancer) as the two run reports the docs show:
 * the merge report of a Vertex run with a baseline and the promotion timeline added by the
 * promotion jobs (docs/vertex.md), and the report of a local `kfp-action run`
 * (docs/local-runs.md). The gates, parameters and environments are the example's own config;
 * the local run is the result.json of a real, uncached `kfp-action run` of the example
 * (./local-run-example.json, paths moved to a runner's checkout).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../../src/core/config/load.js';
import type { PipelineEntry } from '../../../src/core/config/types.js';
import { evaluateGates, type GateOutcome } from '../../../src/core/gates/evaluate.js';
import { renderTimeline, upsertTimeline, withStep } from '../../../src/core/promotion/timeline.js';
import { renderMergeReport } from '../../../src/core/report/merge-report.js';
import { renderRunReport } from '../../../src/core/report/run-report.js';
import type { RunResult } from '../../../src/core/result/model.js';
import { breastCancerTasks } from '../../support/fake-vertex/breast-cancer.js';
import type { FakeTask } from '../../support/fake-vertex/scripts.js';
import type { Json } from '../../support/fake-vertex/struct.js';
import { vertexRun } from '../../support/fake-vertex/run-result.js';

const root = path.resolve(import.meta.dirname, '../../..');
const WORKFLOW_RUN = 'https://github.com/acme/ml/actions/runs/12345678';

/** The example's config: its one pipeline entry, the Vertex defaults and the promotion order. */
export function exampleConfig() {
  const file = path.join(root, 'examples/breast-cancer/kfp-action.yaml');
  const { config, diagnostics } = loadConfig(readFileSync(file, 'utf8'), file);
  if (!config) throw new Error(`the example config does not load: ${JSON.stringify(diagnostics)}`);
  const entry: PipelineEntry = config.pipelines[0]!;
  return {
    entry,
    pipelineRoot: config.vertex?.pipelineRoot ?? 'gs://bucket/root',
    order: (config.environments ?? []).map((e) => e.name),
  };
}

export interface ReportExample {
  readonly run: RunResult;
  readonly outcome: GateOutcome;
  readonly markdown: string;
}

function readLocalRun(): RunResult {
  const file = path.join(import.meta.dirname, 'local-run-example.json');
  return JSON.parse(readFileSync(file, 'utf8')) as RunResult;
}

/**
 * The fake job's eval-model with the ROC points of the real run: the fixture's six points give a
 * trapezoid AUC (0.986) that disagrees with the logged `auc` (0.994), which the real curve does
 * not — a picture for readers should not show two AUCs.
 */
function withRealRocPoints(tasks: FakeTask[]): FakeTask[] {
  const real = readLocalRun()
    .tasks.flatMap((t) => t.outputArtifacts)
    .find((a) => a.schemaTitle === 'system.ClassificationMetrics');
  const points = real?.metadata.confidenceMetrics as Json | undefined;
  if (!points) throw new Error('local-run-example.json has no ROC points');
  return tasks.map((t) => {
    const cm = t.outputs?.classification_metrics?.[0];
    if (!cm) return t;
    const metadata = { ...cm.metadata, confidenceMetrics: points };
    return { ...t, outputs: { ...t.outputs, classification_metrics: [{ ...cm, metadata }] } };
  });
}

/**
 * The merge report of the example's Vertex run (accuracy 0.971 against production v7's 0.965),
 * after the staging promotion finished: staging ✅ v8, production waiting for approval.
 */
export function mergeReportExample(): ReportExample {
  const { entry, pipelineRoot, order } = exampleConfig();
  const run = vertexRun(
    { state: 'SUCCEEDED', tasks: withRealRocPoints(breastCancerTasks()) },
    entry.name!,
  );
  const outcome = evaluateGates(run, entry, {
    label: 'production (v7)',
    values: { 'eval-model.accuracy': 0.965, 'eval-model.auc': 0.991 },
  });
  const report = renderMergeReport(run, outcome, {
    ending: 'finished',
    pipelineRoot,
    parameters: entry.parameters ?? {},
    baseline: { label: 'production (v7)' },
    commit: 'e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3',
    workflowRunUrl: WORKFLOW_RUN,
    version: '1.0.0',
    now: '2026-11-26T10:17:40.000Z',
  });
  const timeline = withStep(
    { steps: [] },
    {
      environment: 'staging',
      status: 'done',
      version: '8',
      at: '2026-11-26T10:31:12.000Z',
      url: 'https://github.com/acme/ml/actions/runs/12345702',
    },
    order,
  );
  return { run, outcome, markdown: upsertTimeline(report, renderTimeline(timeline)) };
}

/** The report `kfp-action run` wrote for a real local run of the example (no baseline locally). */
export function localRunExample(): ReportExample {
  const { entry } = exampleConfig();
  const run = readLocalRun();
  const outcome = evaluateGates(run, entry);
  // The options src/commands/run.ts passes.
  const markdown = renderRunReport(run, outcome, {
    title: 'local run',
    marker: `kfp-action:run:${run.pipelineName}`,
    footer: `kfp-action local run · folder .kfp-action/runs/${run.jobName}`,
  });
  return { run, outcome, markdown };
}
