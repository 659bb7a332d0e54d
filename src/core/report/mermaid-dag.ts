/**
 * The pipeline's DAG as a Mermaid flowchart, with the tasks this change adds, changes and
 * removes styled differently. Groups (conditions, loops, nested pipelines) are subgraphs. Every
 * name goes through mermaidId/mermaidLabel: the picture renders whatever the tasks are called.
 */
import type { SpecDiff } from '../diff/diff.js';
import type { ReviewModel, ReviewTask } from '../diff/model.js';
import { mermaidId, mermaidLabel } from './escape.js';

/** More nodes than this make an unreadable picture; the table says it all then. */
const MAX_DAG_NODES = 120;

export type TaskStatus = 'added' | 'changed' | 'removed' | 'same';

const CLASS_DEFS = [
  'classDef added fill:#d4edda,stroke:#2e7d32,color:#000',
  'classDef changed fill:#fff3cd,stroke:#b8860b,color:#000',
  'classDef removed fill:#f8d7da,stroke:#c62828,color:#000,stroke-dasharray:5 3',
];

export interface DagPicture {
  /** Mermaid source (without the ``` fence); undefined when the DAG is too large or empty. */
  readonly mermaid?: string;
  /** Why there is no picture, when there is none. */
  readonly omitted?: string;
  readonly nodes: number;
}

const id = (key: string) => mermaidId(key, 't');

/** A node's text: the task name, and the display name the KFP UI shows when one is set. */
const label = (t: ReviewTask) =>
  mermaidLabel(t.displayName ? `${t.name} · ${t.displayName}` : t.name);

/** Status of every task shown: head tasks plus the removed ones from the base. */
function taskStatuses(diff: SpecDiff, head: ReviewModel): Map<string, TaskStatus> {
  const status = new Map<string, TaskStatus>();
  for (const key of head.tasks.keys()) status.set(key, 'same');
  for (const t of diff.added) status.set(t.key, 'added');
  for (const t of diff.changed) status.set(t.key, 'changed');
  for (const t of diff.removed) status.set(t.key, 'removed');
  return status;
}

export function renderDag(head: ReviewModel, diff: SpecDiff): DagPicture {
  const tasks: ReviewTask[] = [...head.tasks.values(), ...diff.removed];
  if (tasks.length === 0) return { omitted: 'the pipeline has no tasks', nodes: 0 };
  if (tasks.length > MAX_DAG_NODES) {
    return {
      omitted: `the pipeline has ${tasks.length} tasks, more than the ${MAX_DAG_NODES} a readable picture holds`,
      nodes: tasks.length,
    };
  }
  const status = taskStatuses(diff, head);
  const children = new Map<string | undefined, ReviewTask[]>();
  for (const t of tasks) {
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const keys = new Set(tasks.map((t) => t.key));
  const lines: string[] = ['flowchart LR'];
  const emit = (parent: string | undefined, indent: string) => {
    for (const t of children.get(parent) ?? []) {
      if (t.kind === 'dag' && children.has(t.key)) {
        lines.push(`${indent}subgraph ${id(t.key)}[${label(t)}]`);
        lines.push(`${indent}  direction LR`);
        emit(t.key, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id(t.key)}[${label(t)}]`);
      }
    }
  };
  emit(undefined, '  ');
  for (const t of tasks) {
    const arrow = status.get(t.key) === 'removed' ? '-.->' : '-->';
    for (const dep of t.dependencies) {
      if (keys.has(dep)) lines.push(`  ${id(dep)} ${arrow} ${id(t.key)}`);
    }
  }
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  for (const cls of ['added', 'changed', 'removed'] as const) {
    const members = tasks.filter((t) => status.get(t.key) === cls).map((t) => id(t.key));
    if (members.length) lines.push(`  class ${members.join(',')} ${cls}`);
  }
  return { mermaid: lines.join('\n'), nodes: tasks.length };
}
