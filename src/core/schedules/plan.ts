/**
 * Reconciliation of Vertex AI schedules, as a pure plan: the schedules the config asks for
 * (./desired.ts) against the ones Vertex holds → per schedule one action and the calls that carry
 * it out. Only schedules this repository owns (display name prefix, ./names.ts) are ever touched;
 * the same inputs give the same plan, and a plan carried out gives "leave" on the next run.
 *
 * What Vertex allows shapes the plan (schedule_service.proto): UpdateSchedule takes a field mask
 * but "non-empty fields cannot be unset" — dropping endTime or maxRunCount from the config means
 * delete and create again; Pause/Resume are their own calls, and `catchUp` is set on resume; a
 * COMPLETED schedule cannot be resumed, so a changed one is created anew.
 */
import { canonicalJson } from '../spec/digest.js';
import { specDigest } from '../spec/digest.js';
import type { PipelineSpec } from '../spec/types.js';
import { LABEL_KEYS } from '../promotion/labels.js';
import type { DesiredSchedule, ScheduleFields, ScheduleLocation, ScheduleView } from './model.js';
import { ownerPrefix, parseDisplayName, printable } from './names.js';

/** One call to ScheduleService. */
export type ScheduleOp =
  | { readonly op: 'create'; readonly fields: ScheduleFields }
  | {
      readonly op: 'update';
      readonly name: string;
      readonly fields: ScheduleFields;
      /** google.protobuf.FieldMask paths (proto field names). */
      readonly mask: readonly string[];
    }
  | { readonly op: 'pause'; readonly name?: string }
  | { readonly op: 'resume'; readonly name?: string; readonly catchUp: boolean }
  | { readonly op: 'delete'; readonly name: string };

export type ScheduleActionKind =
  'create' | 'update' | 'replace' | 'pause' | 'resume' | 'delete' | 'leave';

export interface ScheduleAction {
  readonly kind: ScheduleActionKind;
  readonly pipeline: string;
  readonly schedule: string;
  readonly location: ScheduleLocation;
  readonly displayName: string;
  /** The existing schedule's resource name, when there is one. */
  readonly existing?: string;
  /** What differs, one line each (`cron: TZ=UTC 0 3 * * * → TZ=UTC 0 4 * * *`), or why. */
  readonly changes: readonly string[];
  /** The calls, in order; a pause/resume without a name applies to the schedule just created. */
  readonly ops: readonly ScheduleOp[];
  readonly desired?: DesiredSchedule;
}

export interface PlanScope {
  /** `owner/repo`: schedules whose display name starts with its prefix are this repository's. */
  readonly repository: string;
  /** Pipelines whose owned schedules may be removed; undefined = every pipeline (whole config). */
  readonly pipelines?: ReadonlySet<string>;
  /** What to do with an owned schedule the config no longer has. */
  readonly removed: 'delete' | 'pause';
}

/** Label keys that differ between merges without changing what a run does. */
const VOLATILE_LABELS: ReadonlySet<string> = new Set([LABEL_KEYS.commit, 'kfp-workflow-run']);

const show = (v: unknown) =>
  printable(v === undefined ? '(unset)' : typeof v === 'string' ? v : canonicalJson(v));

function stableLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !VOLATILE_LABELS.has(k)));
}

function digestOf(spec: Readonly<Record<string, unknown>>): string {
  return `sha256:${specDigest(spec as unknown as PipelineSpec).slice(0, 12)}`;
}

/** The differences of the scheduled PipelineJob, one line each. */
function jobChanges(want: ScheduleFields['job'], have: ScheduleFields['job']): string[] {
  const out: string[] = [];
  const a = digestOf(want.pipelineSpec);
  const b = digestOf(have.pipelineSpec);
  if (a !== b) out.push(`pipeline spec: ${b} → ${a}`);
  const pairs: [string, unknown, unknown][] = [
    ['parameters', have.parameterValues, want.parameterValues],
    ['pipeline root', have.pipelineRoot, want.pipelineRoot],
    ['service account', have.serviceAccount, want.serviceAccount],
    ['network', have.network, want.network],
    ['KMS key', have.kmsKey, want.kmsKey],
    ['failure policy', have.failurePolicy, want.failurePolicy],
    ['run display name', have.displayName, want.displayName],
    ['run labels', stableLabels(have.labels), stableLabels(want.labels)],
  ];
  for (const [what, before, after] of pairs)
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null))
      out.push(`${what}: ${show(before)} → ${show(after)}`);
  return out;
}

/** Field differences as mask paths and lines; `unset` names fields the update cannot clear. */
function fieldChanges(
  want: ScheduleFields,
  have: ScheduleView,
): { mask: string[]; lines: string[]; unset: string[] } {
  const mask: string[] = [];
  const lines: string[] = [];
  const unset: string[] = [];
  const same = (x: unknown, y: unknown) => canonicalJson(x ?? null) === canonicalJson(y ?? null);
  const field = (path: string, label: string, before: unknown, after: unknown) => {
    if (same(before, after)) return;
    mask.push(path);
    lines.push(`${label}: ${show(before)} → ${show(after)}`);
  };
  field('cron', 'cron', have.cron, want.cron);
  field(
    'max_concurrent_run_count',
    'max concurrent runs',
    have.maxConcurrentRunCount,
    want.maxConcurrentRunCount,
  );
  // Vertex fills start_time with the create time when none was given: compare only a set one.
  if (want.startTime !== undefined) field('start_time', 'start', have.startTime, want.startTime);
  if (want.endTime !== undefined) field('end_time', 'end', have.endTime, want.endTime);
  else if (have.endTime !== undefined) unset.push(`end ${have.endTime}`);
  if (want.maxRunCount !== undefined)
    field('max_run_count', 'max run count', have.maxRunCount, want.maxRunCount);
  else if (have.maxRunCount) unset.push(`max run count ${have.maxRunCount}`);
  field('allow_queueing', 'allow queueing', have.allowQueueing, want.allowQueueing);
  const job = jobChanges(want.job, have.job);
  if (job.length > 0) {
    mask.push('create_pipeline_job_request');
    lines.push(...job);
  }
  return { mask, lines, unset };
}

function base(d: DesiredSchedule) {
  return {
    pipeline: d.pipeline,
    schedule: d.schedule,
    location: d.location,
    displayName: d.fields.displayName,
    desired: d,
  };
}

function createAction(
  d: DesiredSchedule,
  changes: string[],
  existing?: ScheduleView,
): ScheduleAction {
  const ops: ScheduleOp[] = [
    ...(existing ? [{ op: 'delete' as const, name: existing.name }] : []),
    { op: 'create', fields: d.fields },
    ...(d.paused ? [{ op: 'pause' as const }] : []),
  ];
  return {
    ...base(d),
    kind: existing ? 'replace' : 'create',
    ...(existing ? { existing: existing.name } : {}),
    changes,
    ops,
  };
}

function reconcileOne(d: DesiredSchedule, have: ScheduleView): ScheduleAction {
  const { mask, lines, unset } = fieldChanges(d.fields, have);
  if (unset.length > 0) {
    return createAction(
      d,
      [
        ...lines,
        `no longer set: ${unset.join(', ')} (Vertex cannot unset a field, so the schedule is created again)`,
      ],
      have,
    );
  }
  if (have.state === 'COMPLETED') {
    if (mask.length === 0) {
      return {
        ...base(d),
        kind: 'leave',
        existing: have.name,
        changes: [
          'completed: it reached its end time or run count; change the config to start it again',
        ],
        ops: [],
      };
    }
    return createAction(
      d,
      [...lines, 'it had completed, and a completed schedule cannot be resumed'],
      have,
    );
  }
  const ops: ScheduleOp[] = [];
  if (mask.length > 0) ops.push({ op: 'update', name: have.name, fields: d.fields, mask });
  let kind: ScheduleActionKind = mask.length > 0 ? 'update' : 'leave';
  const changes = [...lines];
  if (d.paused && have.state !== 'PAUSED') {
    ops.push({ op: 'pause', name: have.name });
    changes.push('paused: no new runs start');
    if (kind === 'leave') kind = 'pause';
  } else if (!d.paused && have.state === 'PAUSED') {
    ops.push({ op: 'resume', name: have.name, catchUp: d.catchUp });
    changes.push(
      d.catchUp
        ? 'resumed, starting the runs missed while paused'
        : 'resumed from the next run time',
    );
    if (kind === 'leave') kind = 'resume';
  }
  return { ...base(d), kind, existing: have.name, changes, ops };
}

/**
 * The plan. `existing` is every schedule listed in the locations concerned; those that this
 * repository does not own are ignored.
 */
export function planSchedules(
  desired: readonly DesiredSchedule[],
  existing: readonly ScheduleView[],
  scope: PlanScope,
): ScheduleAction[] {
  const prefix = ownerPrefix(scope.repository);
  const key = (location: ScheduleLocation, displayName: string) =>
    `${location.project}/${location.region}/${displayName}`;
  const locationOf = (name: string): ScheduleLocation => {
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\//.exec(name);
    return { project: m?.[1] ?? '', region: m?.[2] ?? '' };
  };
  // Oldest first: with duplicates (a create whose answer was lost, then retried), keep the oldest.
  const owned = existing
    .filter((s) => s.displayName.startsWith(prefix))
    .map((s, index) => ({ s, index }))
    .sort((a, b) => (a.s.createTime ?? '').localeCompare(b.s.createTime ?? '') || a.index - b.index)
    .map(({ s }) => s);
  const byKey = new Map<string, ScheduleView[]>();
  for (const s of owned) {
    const k = key(locationOf(s.name), s.displayName);
    byKey.set(k, [...(byKey.get(k) ?? []), s]);
  }
  const actions: ScheduleAction[] = [];
  const claimed = new Set<string>();
  for (const d of desired) {
    const k = key(d.location, d.fields.displayName);
    claimed.add(k);
    const [have, ...duplicates] = byKey.get(k) ?? [];
    actions.push(have ? reconcileOne(d, have) : createAction(d, []));
    for (const extra of duplicates) {
      actions.push({
        ...base(d),
        kind: 'delete',
        existing: extra.name,
        changes: [
          `a second schedule with the display name ${d.fields.displayName} (kept ${have!.name})`,
        ],
        ops: [{ op: 'delete', name: extra.name }],
      });
    }
  }
  for (const [k, list] of byKey) {
    if (claimed.has(k)) continue;
    for (const s of list) {
      const parsed = parseDisplayName(scope.repository, s.displayName);
      const pipeline = parsed?.pipeline ?? '?';
      if (scope.pipelines && !scope.pipelines.has(pipeline)) continue;
      const common = {
        pipeline,
        schedule: parsed?.schedule ?? printable(s.displayName),
        location: locationOf(s.name),
        displayName: s.displayName,
        existing: s.name,
      };
      if (scope.removed === 'delete') {
        actions.push({
          ...common,
          kind: 'delete',
          changes: ['the config no longer has it'],
          ops: [{ op: 'delete', name: s.name }],
        });
      } else if (s.state === 'ACTIVE') {
        actions.push({
          ...common,
          kind: 'pause',
          changes: ['the config no longer has it; paused, not deleted (removed-schedules: pause)'],
          ops: [{ op: 'pause', name: s.name }],
        });
      } else {
        actions.push({
          ...common,
          kind: 'leave',
          changes: [
            `the config no longer has it; it is ${s.state} and kept (removed-schedules: pause)`,
          ],
          ops: [],
        });
      }
    }
  }
  return actions;
}
