/**
 * Graph utilities over the DAGs of a PipelineSpec, shared by validation, the local runner and the
 * diff. Pure and linear in the number of tasks and edges. Task references that do not resolve
 * (a producer that is not in the DAG) are ignored here; validation reports them.
 */
import type { ComponentSpec, DagSpec, PipelineSpec, PipelineTaskSpec } from './types.js';

/** Why a task waits for another task. */
export type EdgeKind = 'dependentTasks' | 'parameter' | 'artifact' | 'finalStatus';

export interface UpstreamEdge {
  /** The upstream (producer) task's key in the DAG. */
  readonly task: string;
  readonly kind: EdgeKind;
  /** The consuming input's name, for data edges. */
  readonly input?: string;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Every edge from `task` to the tasks it waits for, in document order (may repeat a task). */
export function upstreamEdges(task: PipelineTaskSpec): UpstreamEdge[] {
  const edges: UpstreamEdge[] = [];
  const deps = (task as { dependentTasks?: unknown }).dependentTasks;
  if (Array.isArray(deps)) {
    for (const d of deps)
      if (typeof d === 'string') edges.push({ task: d, kind: 'dependentTasks' });
  }
  const inputs = record(task.inputs);
  for (const [input, spec] of Object.entries(record(inputs?.parameters) ?? {})) {
    const s = record(spec);
    const producer = text(record(s?.taskOutputParameter)?.producerTask);
    if (producer !== undefined) edges.push({ task: producer, kind: 'parameter', input });
    const status = text(record(s?.taskFinalStatus)?.producerTask);
    if (status !== undefined) edges.push({ task: status, kind: 'finalStatus', input });
  }
  for (const [input, spec] of Object.entries(record(inputs?.artifacts) ?? {})) {
    const producer = text(record(record(spec)?.taskOutputArtifact)?.producerTask);
    if (producer !== undefined) edges.push({ task: producer, kind: 'artifact', input });
  }
  return edges;
}

/** The distinct upstream task names of `task`. */
export function taskDependencies(task: PipelineTaskSpec): string[] {
  return [...new Set(upstreamEdges(task).map((e) => e.task))];
}

export interface TopologicalResult {
  /** Tasks in an order where every task comes after its upstream tasks (ties: document order).
   * When the DAG has a cycle, only the tasks that are not on or behind it. */
  readonly order: string[];
  /** One cycle, as task names with the first repeated at the end (`a → b → a`); absent if none. */
  readonly cycle?: string[];
}

/** Kahn's algorithm; upstream names that are not tasks of this DAG are ignored. */
export function topologicalOrder(dag: DagSpec | undefined): TopologicalResult {
  const tasks = record(dag?.tasks) ?? {};
  const names = Object.keys(tasks);
  const upstream = new Map<string, string[]>();
  const downstream = new Map<string, string[]>();
  const pending = new Map<string, number>();
  for (const name of names) {
    const ups = taskDependencies((record(tasks[name]) ?? {}) as PipelineTaskSpec).filter((u) =>
      Object.hasOwn(tasks, u),
    );
    upstream.set(name, ups);
    pending.set(name, ups.length);
    for (const u of ups) {
      const list = downstream.get(u);
      if (list) list.push(name);
      else downstream.set(u, [name]);
    }
  }
  const order: string[] = [];
  const ready = names.filter((n) => pending.get(n) === 0);
  // A queue by index keeps document order among ready tasks and stays linear.
  for (let i = 0; i < ready.length; i++) {
    const name = ready[i]!;
    order.push(name);
    for (const down of downstream.get(name) ?? []) {
      const left = pending.get(down)! - 1;
      pending.set(down, left);
      if (left === 0) ready.push(down);
    }
  }
  if (order.length === names.length) return { order };
  // Every task left over waits for another left-over task: walk upstream until a repeat.
  const left = new Set(names.filter((n) => pending.get(n)! > 0));
  const start = names.find((n) => left.has(n))!;
  const seenAt = new Map<string, number>();
  const walk: string[] = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, walk.length);
    walk.push(current);
    current = upstream.get(current)!.find((u) => left.has(u))!;
  }
  // walk holds downstream → upstream; report the cycle in execution order (upstream first),
  // starting from its task that comes first in the document.
  const loop = walk.slice(seenAt.get(current)!).reverse();
  const index = new Map(names.map((n, i) => [n, i]));
  let first = 0;
  loop.forEach((n, i) => {
    if (index.get(n)! < index.get(loop[first]!)!) first = i;
  });
  const rotated = [...loop.slice(first), ...loop.slice(0, first)];
  return { order, cycle: [...rotated, rotated[0]!] };
}

export interface ComponentEntry {
  /** `root` for the pipeline's root component, else the key in `components`. */
  readonly name: string;
  readonly component: ComponentSpec;
  /** Path of the component in the document: `['root']` or `['components', name]`. */
  readonly path: readonly (string | number)[];
}

/** The root component, then every entry of `components`, skipping values that are not objects. */
export function listComponents(spec: PipelineSpec): ComponentEntry[] {
  const entries: ComponentEntry[] = [];
  const root = record((spec as { root?: unknown }).root);
  if (root) entries.push({ name: 'root', component: root as ComponentSpec, path: ['root'] });
  for (const [name, value] of Object.entries(record(spec.components) ?? {})) {
    const component = record(value);
    if (component) {
      entries.push({ name, component: component as ComponentSpec, path: ['components', name] });
    }
  }
  return entries;
}
