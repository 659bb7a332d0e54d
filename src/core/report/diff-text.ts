/**
 * The semantic diff in words, one table row per task: "image `a` → `b`; input `x` now comes from
 * pipeline parameter x (was constant 4)". Every value a PR author controls goes through the
 * escaping helpers.
 */
import type { FieldChange, ParameterChange, SpecDiff } from '../diff/diff.js';
import type { ReviewParameter } from '../diff/model.js';
import { mdCode, mdText, truncate } from './escape.js';

const MAX_VALUE = 80;
const code = (v: string) => mdCode(truncate(v, MAX_VALUE));
const text = (v: string) => mdText(truncate(v, 160));

const RESOURCE_NAMES: Record<string, string> = {
  cpuLimit: 'CPU limit',
  resourceCpuLimit: 'CPU limit',
  cpuRequest: 'CPU request',
  resourceCpuRequest: 'CPU request',
  memoryLimit: 'memory limit (GB)',
  resourceMemoryLimit: 'memory limit',
  memoryRequest: 'memory request (GB)',
  resourceMemoryRequest: 'memory request',
  accelerator: 'accelerator',
};

function was(before: string | undefined, after: string | undefined, what: string): string {
  if (before === undefined) return `${what} ${code(after ?? '')} (was none)`;
  if (after === undefined) return `${what} removed (was ${code(before)})`;
  return `${what} ${code(before)} → ${code(after)}`;
}

/** One phrase per field change. */
function describeChange(c: FieldChange): string {
  switch (c.field) {
    case 'kind':
      return `now a ${mdText(c.after ?? '?')} task (was ${mdText(c.before ?? '?')})`;
    case 'image':
      return was(c.before, c.after, 'image');
    case 'command':
    case 'args': {
      const parts: string[] = [];
      for (const p of c.packages) {
        if (p.before === undefined) parts.push(`now installs ${code(p.name + (p.after ?? ''))}`);
        else if (p.after === undefined) parts.push(`no longer installs ${code(p.name)}`);
        else {
          parts.push(`installs ${code(p.name + p.after)} (was ${code(p.before || 'unpinned')})`);
        }
      }
      const short = c.before.length <= 100 && c.after.length <= 100;
      if (!parts.length && short)
        parts.push(was(c.before || undefined, c.after || undefined, c.field));
      else if (!parts.length || c.linesAdded + c.linesRemoved > 2 * c.packages.length) {
        const what = c.field === 'command' ? 'component code' : 'arguments';
        parts.push(`${what} changed (+${c.linesAdded} −${c.linesRemoved} lines)`);
      }
      return parts.join('; ');
    }
    case 'input':
      if (c.before === undefined) return `new input ${code(c.name)} from ${text(c.after ?? '')}`;
      if (c.after === undefined) return `input ${code(c.name)} removed (was ${text(c.before)})`;
      return `input ${code(c.name)} now comes from ${text(c.after)} (was ${text(c.before)})`;
    case 'resource':
      return was(c.before, c.after, RESOURCE_NAMES[c.name] ?? mdText(c.name));
    case 'dependencies': {
      const parts: string[] = [];
      if (c.added.length) parts.push(`now waits for ${c.added.map(code).join(', ')}`);
      if (c.removed.length) parts.push(`no longer waits for ${c.removed.map(code).join(', ')}`);
      return parts.join('; ');
    }
    case 'env': {
      const names = (list: readonly string[]) =>
        list.map((e) => code(e.split('=')[0] ?? e)).join(', ');
      const parts: string[] = [];
      if (c.added.length) parts.push(`environment ${names(c.added)} set`);
      if (c.removed.length) parts.push(`environment ${names(c.removed)} no longer set`);
      return parts.join('; ');
    }
    case 'caching':
      return c.after ? 'caching turned on' : 'caching turned off';
    case 'retry':
      return was(c.before, c.after, 'retry policy');
    case 'condition':
      if (c.before === undefined) return `now runs only if ${code(c.after ?? '')}`;
      if (c.after === undefined) return `now runs unconditionally (was only if ${code(c.before)})`;
      return `condition ${code(c.before)} → ${code(c.after)}`;
    case 'iterator':
      return was(c.before, c.after, 'loop');
    case 'displayName':
      return was(c.before, c.after, 'display name');
  }
}

const TYPE_WORDS: Record<string, string> = {
  NUMBER_INTEGER: 'integer',
  NUMBER_DOUBLE: 'float',
  STRING: 'string',
  BOOLEAN: 'boolean',
  LIST: 'list',
  STRUCT: 'dict',
};

function paramWords(p: ReviewParameter): string {
  const type = TYPE_WORDS[p.type] ?? mdText(p.type);
  return p.defaultValue === undefined
    ? `${type}, no default`
    : `${type}, default ${code(p.defaultValue)}`;
}

function describeParameter(p: ParameterChange): string {
  if (p.kind === 'added') return `new parameter ${code(p.name)} (${paramWords(p.after!)})`;
  if (p.kind === 'removed') return `parameter ${code(p.name)} removed`;
  const b = p.before!;
  const a = p.after!;
  const parts: string[] = [];
  if (b.type !== a.type) parts.push(`type ${paramWords(b)} → ${paramWords(a)}`);
  if (b.defaultValue !== a.defaultValue) {
    parts.push(
      a.defaultValue === undefined
        ? `no default any more (was ${code(b.defaultValue ?? '')})`
        : b.defaultValue === undefined
          ? `default ${code(a.defaultValue)} (was none)`
          : `default ${code(b.defaultValue)} → ${code(a.defaultValue)}`,
    );
  }
  if (!parts.length) parts.push(a.optional ? 'now optional' : 'now required');
  return `parameter ${code(p.name)}: ${parts.join(', ')}`;
}

export interface DiffRow {
  /** Already-escaped Markdown for the first and second cell. */
  readonly subject: string;
  readonly change: string;
}

/** A task's key, and beside it the name the KFP UI shows when `.set_display_name()` set one. */
function taskSubject(t: { key: string; displayName?: string }): string {
  return t.displayName ? `${code(t.key)} ${text(`“${t.displayName}”`)}` : code(t.key);
}

/** The rows of the diff table: removed, added, changed tasks, then pipeline-level changes. */
export function diffRows(diff: SpecDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const t of diff.added) {
    const image = t.image ? ` (image ${code(t.image)})` : '';
    rows.push({
      subject: `🟩 ${taskSubject(t)}`,
      change: `new ${t.kind === 'dag' ? 'group' : 'task'}${image}`,
    });
  }
  for (const t of diff.removed) {
    rows.push({ subject: `🟥 ${taskSubject(t)}`, change: 'removed' });
  }
  for (const t of diff.changed) {
    rows.push({
      subject: `🟨 ${taskSubject(t)}`,
      change: t.changes.map(describeChange).join('; '),
    });
  }
  const pipeline: string[] = [];
  if (diff.nameBefore !== undefined && diff.nameBefore !== diff.nameAfter) {
    pipeline.push(`renamed ${code(diff.nameBefore)} → ${code(diff.nameAfter)}`);
  }
  pipeline.push(...diff.parameters.map(describeParameter));
  if (diff.platformChanged) pipeline.push('Kubernetes platform settings changed');
  if (pipeline.length) rows.push({ subject: '*pipeline*', change: pipeline.join('; ') });
  // Executor images that no task row already names (a shared executor, a platform change).
  const named = new Set<string>();
  for (const t of [...diff.added, ...diff.removed]) if (t.image) named.add(t.image);
  for (const t of diff.changed) {
    for (const c of t.changes) {
      if (c.field === 'image') {
        if (c.before) named.add(c.before);
        if (c.after) named.add(c.after);
      }
    }
  }
  const before = new Set(diff.images.map((i) => i.before).filter((x) => x !== undefined));
  const after = new Set(diff.images.map((i) => i.after).filter((x) => x !== undefined));
  const gained = [...after].filter((i) => !before.has(i) && !named.has(i));
  const lost = [...before].filter((i) => !after.has(i) && !named.has(i));
  const images: string[] = [];
  if (gained.length) images.push(`now uses ${gained.map(code).join(', ')}`);
  if (lost.length) images.push(`no longer uses ${lost.map(code).join(', ')}`);
  if (images.length && !diff.isNew) rows.push({ subject: '*images*', change: images.join('; ') });
  return rows;
}

/** "2 tasks changed, 1 parameter added" — the headline of the diff. */
export function diffHeadline(diff: SpecDiff): string {
  if (diff.isNew)
    return `new pipeline with ${diff.added.length} ${plural(diff.added.length, 'task')}`;
  if (diff.empty) return 'no change in behaviour';
  const parts: string[] = [];
  const count = (n: number, what: string, how: string) => {
    if (n) parts.push(`${n} ${plural(n, what)} ${how}`);
  };
  count(diff.added.length, 'task', 'added');
  count(diff.removed.length, 'task', 'removed');
  count(diff.changed.length, 'task', 'changed');
  count(diff.parameters.filter((p) => p.kind === 'added').length, 'parameter', 'added');
  count(diff.parameters.filter((p) => p.kind === 'removed').length, 'parameter', 'removed');
  count(diff.parameters.filter((p) => p.kind === 'changed').length, 'parameter', 'changed');
  if (!parts.length) parts.push('pipeline settings changed');
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
