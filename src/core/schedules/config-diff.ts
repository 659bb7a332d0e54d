/**
 * A pull request's change to a pipeline's `schedules:` — added, changed (which settings),
 * removed — from the config at the base and at the head. Pure; the PR comment renders it with the
 * next run times (../report/schedules.ts).
 */
import type { ScheduleSettings } from '../config/types.js';
import { canonicalJson } from '../spec/digest.js';
import { DEFAULT_TIME_ZONE } from './cron.js';

export interface ScheduleConfigChange {
  readonly kind: 'added' | 'changed' | 'removed';
  readonly name: string;
  /** The head's settings (the base's for a removal). */
  readonly settings: ScheduleSettings;
  /** `cron: 0 3 * * * → 0 4 * * *`, one per changed setting (empty for added/removed). */
  readonly changes: readonly string[];
}

/** Settings in the order a reader expects them, with their defaults. */
const KEYS: readonly [keyof ScheduleSettings, string, unknown][] = [
  ['cron', 'cron', undefined],
  ['timeZone', 'time zone', DEFAULT_TIME_ZONE],
  ['parameters', 'parameters', {}],
  ['maxConcurrentRuns', 'max concurrent runs', 1],
  ['startTime', 'start', undefined],
  ['endTime', 'end', undefined],
  ['maxRunCount', 'max run count', undefined],
  ['allowQueueing', 'allow queueing', false],
  ['catchUp', 'catch up on resume', false],
  ['paused', 'paused', false],
];

const show = (v: unknown) =>
  v === undefined ? '(unset)' : typeof v === 'string' ? v : canonicalJson(v);

export function diffScheduleConfigs(
  base: readonly ScheduleSettings[] | undefined,
  head: readonly ScheduleSettings[] | undefined,
): ScheduleConfigChange[] {
  const before = new Map((base ?? []).map((s) => [s.name, s]));
  const out: ScheduleConfigChange[] = [];
  for (const s of head ?? []) {
    const old = before.get(s.name);
    before.delete(s.name);
    if (!old) {
      out.push({ kind: 'added', name: s.name, settings: s, changes: [] });
      continue;
    }
    const changes: string[] = [];
    for (const [key, label, fallback] of KEYS) {
      const a = old[key] ?? fallback;
      const b = s[key] ?? fallback;
      if (canonicalJson(a ?? null) !== canonicalJson(b ?? null))
        changes.push(`${label}: ${show(a)} → ${show(b)}`);
    }
    if (changes.length > 0) out.push({ kind: 'changed', name: s.name, settings: s, changes });
  }
  for (const [name, s] of before) out.push({ kind: 'removed', name, settings: s, changes: [] });
  return out;
}
