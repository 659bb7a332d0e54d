/**
 * Metrics read out of a finished run's artifacts, the same way for both backends:
 *
 * - `system.Metrics`: every numeric metadata entry is a scalar metric (`accuracy: 0.97`);
 * - `system.ClassificationMetrics`: `confidenceMetrics` (ROC points) and `confusionMatrix`
 *   (`annotationSpecs` + `rows`, where a row is `{row: [...]}` or a plain array — KFP writes the
 *   first, some readers of Vertex metadata hand back the second).
 *
 * Metadata is untrusted data: anything not of the expected shape is ignored, never thrown on.
 */
import type { ArtifactResult, ParameterValue, RunResult, TaskResult } from './model.js';

export interface ScalarMetric {
  readonly task: string;
  readonly artifact: string;
  readonly name: string;
  readonly value: number;
  readonly iteration?: number;
}

export interface RocPoint {
  readonly fpr: number;
  readonly tpr: number;
  readonly threshold?: number;
}

export interface RocCurve {
  readonly task: string;
  readonly artifact: string;
  /** Sorted by false-positive rate, then true-positive rate. */
  readonly points: readonly RocPoint[];
}

export interface ConfusionMatrix {
  readonly task: string;
  readonly artifact: string;
  /** Class names, in row (actual) and column (predicted) order. */
  readonly labels: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

export interface RunMetrics {
  readonly scalars: readonly ScalarMetric[];
  readonly rocCurves: readonly RocCurve[];
  readonly confusionMatrices: readonly ConfusionMatrix[];
}

const METRICS = 'system.Metrics';
const CLASSIFICATION = 'system.ClassificationMetrics';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** Scalars of one system.Metrics artifact (numbers only; `display_name` and such are skipped). */
function scalarsOf(task: TaskResult, artifact: ArtifactResult): ScalarMetric[] {
  const out: ScalarMetric[] = [];
  for (const [name, raw] of Object.entries(artifact.metadata)) {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) continue;
    out.push({
      task: task.name,
      artifact: artifact.outputName,
      name,
      value: raw,
      ...(task.iteration !== undefined ? { iteration: task.iteration } : {}),
    });
  }
  return out;
}

/** ROC points from `confidenceMetrics` (`falsePositiveRate`, `recall`, `confidenceThreshold`). */
export function rocPointsOf(metadata: Readonly<Record<string, unknown>>): RocPoint[] {
  const raw = metadata.confidenceMetrics;
  const list = isRecord(raw) && Array.isArray(raw.list) ? raw.list : raw;
  if (!Array.isArray(list)) return [];
  const points: RocPoint[] = [];
  for (const item of list) {
    if (!isRecord(item)) continue;
    const fpr = num(item.falsePositiveRate);
    const tpr = num(item.recall ?? item.truePositiveRate);
    if (fpr === undefined || tpr === undefined) continue;
    if (fpr < 0 || fpr > 1 || tpr < 0 || tpr > 1) continue;
    const threshold = num(item.confidenceThreshold);
    points.push({ fpr, tpr, ...(threshold !== undefined ? { threshold } : {}) });
  }
  return points.sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
}

/** The confusion matrix of a ClassificationMetrics artifact; rows as `{row: []}` or `[]`. */
export function confusionMatrixOf(
  metadata: Readonly<Record<string, unknown>>,
): { labels: string[]; rows: number[][] } | undefined {
  const cm = metadata.confusionMatrix;
  if (!isRecord(cm) || !Array.isArray(cm.rows)) return undefined;
  const rows: number[][] = [];
  for (const r of cm.rows) {
    const cells = isRecord(r) ? r.row : r;
    if (!Array.isArray(cells)) return undefined;
    const values = cells.map(num);
    if (values.some((v) => v === undefined)) return undefined;
    rows.push(values as number[]);
  }
  const specs = Array.isArray(cm.annotationSpecs) ? cm.annotationSpecs : [];
  const labels = rows.map((_, i) => {
    const spec: unknown = specs[i];
    if (isRecord(spec) && typeof spec.displayName === 'string') return spec.displayName;
    if (typeof spec === 'string') return spec;
    return String(i);
  });
  if (rows.length === 0 || rows.some((r) => r.length !== rows.length)) return undefined;
  return { labels, rows };
}

/** Every metric the run's tasks logged, in task order. */
export function extractMetrics(run: RunResult): RunMetrics {
  const scalars: ScalarMetric[] = [];
  const rocCurves: RocCurve[] = [];
  const confusionMatrices: ConfusionMatrix[] = [];
  // A sub-pipeline (DAG task) lists its inner tasks' artifacts again: count each for its producer.
  const dags = new Set(run.tasks.map((t) => t.parent).filter((p) => p !== undefined));
  const produced = new Set(
    run.tasks.filter((t) => !dags.has(t.name)).flatMap((t) => t.outputArtifacts.map((a) => a.uri)),
  );
  for (const task of run.tasks) {
    for (const artifact of task.outputArtifacts) {
      if (dags.has(task.name) && produced.has(artifact.uri)) continue;
      if (artifact.schemaTitle === METRICS) scalars.push(...scalarsOf(task, artifact));
      if (artifact.schemaTitle !== CLASSIFICATION) continue;
      const points = rocPointsOf(artifact.metadata);
      if (points.length > 0) {
        rocCurves.push({ task: task.name, artifact: artifact.outputName, points });
      }
      const cm = confusionMatrixOf(artifact.metadata);
      if (cm) confusionMatrices.push({ task: task.name, artifact: artifact.outputName, ...cm });
    }
  }
  return { scalars, rocCurves, confusionMatrices };
}

/**
 * The scalar named `name` (of `task`, when given). Several tasks logging the same name without
 * a task to choose → `ambiguous` lists them.
 */
export function findMetric(
  metrics: RunMetrics,
  name: string,
  task?: string,
): { metric?: ScalarMetric; ambiguous?: readonly string[] } {
  const matches = metrics.scalars.filter(
    (m) => m.name === name && (task === undefined || m.task === task),
  );
  const tasks = [...new Set(matches.map((m) => m.task))];
  if (tasks.length > 1) return { ambiguous: tasks };
  return matches[0] ? { metric: matches[0] } : {};
}

/** Area under the curve (trapezoids), with the (0,0) and (1,1) corners added. */
export function rocAuc(points: readonly RocPoint[]): number {
  const pts = withCorners(points);
  let area = 0;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    area += (b.fpr - a.fpr) * ((a.tpr + b.tpr) / 2);
  }
  return area;
}

function withCorners(points: readonly RocPoint[]): RocPoint[] {
  const sorted = [...points].sort((a, b) => a.fpr - b.fpr || a.tpr - b.tpr);
  return [{ fpr: 0, tpr: 0 }, ...sorted, { fpr: 1, tpr: 1 }];
}

/**
 * The curve's true-positive rate at `steps + 1` evenly spaced false-positive rates 0 … 1
 * (Mermaid's xychart takes evenly spaced y values only). Between points: linear interpolation;
 * several points at one rate: the highest.
 */
export function resampleRoc(points: readonly RocPoint[], steps = 10): number[] {
  const pts = withCorners(points);
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = i / steps;
    let y = 0;
    for (let j = 0; j < pts.length; j++) {
      const p = pts[j]!;
      if (p.fpr === x) y = Math.max(y, p.tpr);
      const q = pts[j + 1];
      if (q && p.fpr < x && x < q.fpr) {
        y = Math.max(y, p.tpr + ((q.tpr - p.tpr) * (x - p.fpr)) / (q.fpr - p.fpr));
      }
    }
    out.push(Math.round(y * 1000) / 1000);
  }
  return out;
}

/** Scalars as `{name: value}` (task-qualified `task.name` when a name repeats), for outputs. */
export function metricsAsJson(metrics: RunMetrics): Record<string, number> {
  const counts = new Map<string, number>();
  for (const m of metrics.scalars) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const m of metrics.scalars) {
    const key = (counts.get(m.name) ?? 0) > 1 ? `${m.task}.${m.name}` : m.name;
    if (!(key in out)) out[key] = m.value;
  }
  return out;
}

/** An output parameter of a task as text (`true`, `0.97`), or undefined when not reported. */
export function outputParameterText(
  run: RunResult,
  task: string,
  output: string,
): string | undefined {
  const t = run.tasks.find((x) => x.name === task && output in x.outputParameters);
  if (!t) return undefined;
  const v: ParameterValue | undefined = t.outputParameters[output];
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
