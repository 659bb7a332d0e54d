/**
 * The semantic diff of two compiled pipelines: what a reviewer needs to know changes in
 * behaviour, not in text. Works on the review model (model.ts), so key order, `sdkVersion` and
 * descriptions never show up as changes.
 */
import { reviewModel, type ReviewModel, type ReviewParameter, type ReviewTask } from './model.js';
import type { PipelineSpec } from '../spec/types.js';

export interface PackageChange {
  readonly name: string;
  /** Version spec before (`==1.4.0`, or '' when unpinned); undefined when newly installed. */
  readonly before?: string;
  readonly after?: string;
}

export type FieldChange =
  | { readonly field: 'image'; readonly before?: string; readonly after?: string }
  | {
      readonly field: 'command' | 'args';
      /** Packages the component installs (`pip install …` in its command), when those changed. */
      readonly packages: readonly PackageChange[];
      /** Lines of the command/args text added and removed (embedded component code included). */
      readonly linesAdded: number;
      readonly linesRemoved: number;
      /** Whole value before/after, as one line each (for short commands). */
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly field: 'input' | 'resource';
      readonly name: string;
      readonly before?: string;
      readonly after?: string;
    }
  | {
      readonly field: 'dependencies' | 'env';
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly field: 'caching'; readonly before: boolean; readonly after: boolean }
  | {
      readonly field: 'retry' | 'condition' | 'iterator' | 'kind' | 'displayName';
      readonly before?: string;
      readonly after?: string;
    };

export interface TaskDiff {
  readonly key: string;
  /** The head's display name (`.set_display_name()`), when it has one. */
  readonly displayName?: string;
  readonly changes: readonly FieldChange[];
}

export interface ParameterChange {
  readonly name: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: ReviewParameter;
  readonly after?: ReviewParameter;
}

export interface ImageChange {
  readonly executor: string;
  readonly before?: string;
  readonly after?: string;
}

export interface SpecDiff {
  /** There is no base version: the pipeline is new in this change. */
  readonly isNew: boolean;
  /** There is no head version: the change deletes the pipeline (every task is removed). */
  readonly isRemoved?: boolean;
  readonly nameBefore?: string;
  readonly nameAfter: string;
  readonly added: readonly ReviewTask[];
  readonly removed: readonly ReviewTask[];
  readonly changed: readonly TaskDiff[];
  readonly parameters: readonly ParameterChange[];
  readonly images: readonly ImageChange[];
  readonly platformChanged: boolean;
  /** Nothing that changes behaviour differs. */
  readonly empty: boolean;
}

const PIP_SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*((?:[=<>!~]=?|===)\s*[^\s;,'"]+)?/;

/** Packages named in `pip install` commands of a component (KFP writes them into `command`). */
export function pipPackages(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/pip3? install([^\n&|;]*)/g)) {
    for (const raw of m[1]!.split(/\s+/)) {
      const word = raw.replace(/^['"]|['"]$/g, '');
      if (!word || word.startsWith('-') || word.includes('/') || word.includes('$')) continue;
      const spec = PIP_SPEC.exec(word);
      if (!spec || spec[0] !== word.trim()) continue;
      out.set(spec[1]!.toLowerCase(), (spec[3] ?? '').replace(/\s+/g, ''));
    }
  }
  return out;
}

function lineCounts(before: string, after: string): { added: number; removed: number } {
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const a = count(before.split('\n'));
  const b = count(after.split('\n'));
  let added = 0;
  let removed = 0;
  for (const [line, n] of b) added += Math.max(0, n - (a.get(line) ?? 0));
  for (const [line, n] of a) removed += Math.max(0, n - (b.get(line) ?? 0));
  return { added, removed };
}

function listChange(
  field: 'command' | 'args',
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): FieldChange | undefined {
  const b = (before ?? []).join('\n');
  const a = (after ?? []).join('\n');
  if (b === a) return undefined;
  const pb = pipPackages(b);
  const pa = pipPackages(a);
  const packages: PackageChange[] = [];
  for (const name of [...new Set([...pb.keys(), ...pa.keys()])].sort()) {
    const vb = pb.get(name);
    const va = pa.get(name);
    if (vb === va) continue;
    packages.push({
      name,
      ...(vb !== undefined ? { before: vb } : {}),
      ...(va !== undefined ? { after: va } : {}),
    });
  }
  const { added, removed } = lineCounts(b, a);
  return {
    field,
    packages,
    linesAdded: added,
    linesRemoved: removed,
    before: (before ?? []).join(' '),
    after: (after ?? []).join(' '),
  };
}

function setChange(
  field: 'dependencies' | 'env',
  before: readonly string[],
  after: readonly string[],
): FieldChange | undefined {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return added.length || removed.length ? { field, added, removed } : undefined;
}

function mapChanges(
  field: 'input' | 'resource',
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((n) => before[n] !== after[n])
    .map((name) => ({
      field,
      name,
      ...(before[name] !== undefined ? { before: before[name] } : {}),
      ...(after[name] !== undefined ? { after: after[name] } : {}),
    }));
}

function scalarChange(
  field: 'image' | 'retry' | 'condition' | 'iterator' | 'kind' | 'displayName',
  before: string | undefined,
  after: string | undefined,
): FieldChange | undefined {
  if (before === after) return undefined;
  return {
    field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  } as FieldChange;
}

/** What changed in one task, in a fixed order (image first: it is what reviewers look for). */
function diffTask(before: ReviewTask, after: ReviewTask): FieldChange[] {
  const changes: (FieldChange | undefined)[] = [
    scalarChange('kind', before.kind, after.kind),
    scalarChange('image', before.image, after.image),
    listChange('command', before.command, after.command),
    listChange('args', before.args, after.args),
    ...mapChanges('input', before.inputs, after.inputs),
    setChange('dependencies', before.dependencies, after.dependencies),
    before.cacheEnabled !== after.cacheEnabled
      ? { field: 'caching', before: before.cacheEnabled, after: after.cacheEnabled }
      : undefined,
    scalarChange('retry', before.retry, after.retry),
    ...mapChanges('resource', before.resources, after.resources),
    scalarChange('condition', before.condition, after.condition),
    scalarChange('iterator', before.iterator, after.iterator),
    setChange('env', before.env, after.env),
    scalarChange('displayName', before.displayName, after.displayName),
  ];
  // The component name is not compared: KFP renames components to dedupe them (`comp-x` →
  // `comp-x-2`) when nothing about the task changes.
  return changes.filter((c): c is FieldChange => c !== undefined);
}

function parameterChanges(base: ReviewModel, head: ReviewModel): ParameterChange[] {
  const names = [...new Set([...base.parameters.keys(), ...head.parameters.keys()])].sort();
  const out: ParameterChange[] = [];
  for (const name of names) {
    const b = base.parameters.get(name);
    const a = head.parameters.get(name);
    if (b && a) {
      if (b.type !== a.type || b.defaultValue !== a.defaultValue || b.optional !== a.optional) {
        out.push({ name, kind: 'changed', before: b, after: a });
      }
    } else if (a) out.push({ name, kind: 'added', after: a });
    else if (b) out.push({ name, kind: 'removed', before: b });
  }
  return out;
}

function imageChanges(base: ReviewModel, head: ReviewModel): ImageChange[] {
  const labels = [...new Set([...base.images.keys(), ...head.images.keys()])].sort();
  const out: ImageChange[] = [];
  for (const executor of labels) {
    const before = base.images.get(executor);
    const after = head.images.get(executor);
    if (before === after) continue;
    out.push({
      executor,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
    });
  }
  return out;
}

const EMPTY: ReviewModel = {
  name: '',
  tasks: new Map(),
  parameters: new Map(),
  images: new Map(),
};

/** Diffs two review models; `base` undefined means the pipeline is new. */
export function diffModels(base: ReviewModel | undefined, head: ReviewModel): SpecDiff {
  const b = base ?? EMPTY;
  const added = [...head.tasks.values()].filter((t) => !b.tasks.has(t.key));
  const removed = [...b.tasks.values()].filter((t) => !head.tasks.has(t.key));
  const changed: TaskDiff[] = [];
  for (const task of head.tasks.values()) {
    const old = b.tasks.get(task.key);
    if (!old) continue;
    const changes = diffTask(old, task);
    if (changes.length)
      changed.push({
        key: task.key,
        ...(task.displayName !== undefined ? { displayName: task.displayName } : {}),
        changes,
      });
  }
  const parameters = parameterChanges(b, head);
  const images = imageChanges(b, head);
  const platformChanged = base !== undefined && b.platform !== head.platform;
  const renamed = base !== undefined && b.name !== head.name;
  return {
    isNew: base === undefined,
    ...(base !== undefined ? { nameBefore: b.name } : {}),
    nameAfter: head.name,
    added,
    removed,
    changed,
    parameters,
    images,
    platformChanged,
    empty:
      base !== undefined &&
      !renamed &&
      !added.length &&
      !removed.length &&
      !changed.length &&
      !parameters.length &&
      !images.length &&
      !platformChanged,
  };
}

/** The diff of a pipeline the change deletes: every task, parameter and image of the base goes. */
export function removalDiff(base: ReviewModel): SpecDiff {
  const empty: ReviewModel = { ...EMPTY, name: base.name };
  return {
    isNew: false,
    isRemoved: true,
    nameBefore: base.name,
    nameAfter: base.name,
    added: [],
    removed: [...base.tasks.values()],
    changed: [],
    parameters: parameterChanges(base, empty),
    images: imageChanges(base, empty),
    platformChanged: false,
    empty: false,
  };
}

/** Diffs two compiled pipelines (with their optional platform documents). */
export function diffSpecs(
  base: { spec: PipelineSpec; platform?: unknown } | undefined,
  head: { spec: PipelineSpec; platform?: unknown },
): SpecDiff {
  return diffModels(
    base ? reviewModel(base.spec, base.platform) : undefined,
    reviewModel(head.spec, head.platform),
  );
}
