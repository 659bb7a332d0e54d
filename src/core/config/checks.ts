/**
 * Checks of a schema-valid config that JSON Schema cannot express. Pure; each finding names the
 * path it is about, and the loader turns that path into a line.
 */
import type { Severity } from '../diagnostics.js';
import type { ConfigPath } from './load.js';
import { cronProblem, DEFAULT_TIME_ZONE, isTimeZone, nextRunTimes } from '../schedules/cron.js';
import type { KfpActionConfig, ScheduleSettings } from './types.js';

export interface ConfigFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly at: ConfigPath;
}

export function semanticChecks(config: KfpActionConfig): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const firstByName = new Map<string, number>();
  config.pipelines.forEach((p, i) => {
    if (p.name !== undefined) {
      const first = firstByName.get(p.name);
      if (first !== undefined) {
        out.push({
          code: 'config/duplicate-pipeline',
          severity: 'error',
          message: `pipeline name "${p.name}" is already used by pipelines[${first}]; each entry must configure a different pipeline`,
          at: ['pipelines', i, 'name'],
        });
      } else firstByName.set(p.name, i);
    }
    out.push(...scheduleChecks(p.schedules ?? [], ['pipelines', i, 'schedules']));
    (p.gates ?? []).forEach((g, j) => {
      const at = ['pipelines', i, 'gates', j];
      if (g.min !== undefined && g.max !== undefined && g.min > g.max) {
        out.push({
          code: 'config/gate-range',
          severity: 'error',
          message: `gate on "${g.metric}" has min ${g.min} above max ${g.max}; no value can pass it`,
          at,
        });
      }
      if (g.min === undefined && g.max === undefined && g.maxRegression === undefined) {
        out.push({
          code: 'config/gate-empty',
          severity: 'warning',
          message: `gate on "${g.metric}" sets none of min, max, maxRegression, so it always passes`,
          at,
        });
      }
    });
  });
  const envIndex = new Map<string, number>();
  (config.environments ?? []).forEach((e, i) => {
    const first = envIndex.get(e.name);
    if (first !== undefined) {
      out.push({
        code: 'config/duplicate-environment',
        severity: 'error',
        message: `environment "${e.name}" is listed twice (also environments[${first}]); the promotion order must name each once`,
        at: ['environments', i, 'name'],
      });
    } else envIndex.set(e.name, i);
    if (
      e.minReplicas !== undefined &&
      e.maxReplicas !== undefined &&
      e.minReplicas > e.maxReplicas
    ) {
      out.push({
        code: 'config/replica-range',
        severity: 'error',
        message: `environment "${e.name}" has minReplicas ${e.minReplicas} above maxReplicas ${e.maxReplicas}`,
        at: ['environments', i],
      });
    }
  });
  return out;
}

/**
 * A pipeline's `schedules:`: unique names, a cron Vertex takes (checked with croner), a known
 * IANA zone, a start before the end, and a cron that fires at all (`0 3 30 2 *` never does).
 */
function scheduleChecks(schedules: readonly ScheduleSettings[], at: ConfigPath): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const seen = new Map<string, number>();
  schedules.forEach((s, j) => {
    const here = [...at, j];
    const error = (code: string, message: string, key: string) =>
      out.push({ code, severity: 'error', message, at: [...here, key] });
    const first = seen.get(s.name);
    if (first !== undefined)
      error(
        'config/duplicate-schedule',
        `schedule name "${s.name}" is already used by schedules[${first}] of this pipeline; each schedule needs its own name`,
        'name',
      );
    else seen.set(s.name, j);
    const zone = s.timeZone ?? DEFAULT_TIME_ZONE;
    const zoneOk = isTimeZone(zone);
    if (!zoneOk)
      error(
        'config/bad-time-zone',
        `time zone "${s.timeZone}" is not an IANA time zone (e.g. "Europe/Berlin", "America/New_York", "UTC")`,
        'timeZone',
      );
    const problem = cronProblem(s.cron);
    if (problem) error('config/bad-cron', `cron "${s.cron}": ${problem}`, 'cron');
    const start = s.startTime !== undefined ? realTime(s.startTime) : undefined;
    const end = s.endTime !== undefined ? realTime(s.endTime) : undefined;
    if (start !== undefined && Number.isNaN(start))
      error('config/bad-time', `startTime "${s.startTime}" is not a real time`, 'startTime');
    if (end !== undefined && Number.isNaN(end))
      error('config/bad-time', `endTime "${s.endTime}" is not a real time`, 'endTime');
    if (start !== undefined && end !== undefined && start >= end)
      error(
        'config/bad-time',
        `endTime ${s.endTime} is not after startTime ${s.startTime}; the schedule would never run`,
        'endTime',
      );
    if (!problem && zoneOk) {
      // A year after the start (or the epoch of the expression's own calendar) is enough to see it fire.
      const from = new Date(Number.isFinite(start) ? start! : Date.UTC(2000, 0, 1));
      if (nextRunTimes(s.cron, zone, from, 1).length === 0)
        error(
          'config/bad-cron',
          `cron "${s.cron}" names no time that exists (e.g. 30 February)`,
          'cron',
        );
    }
  });
  return out;
}

/** Milliseconds of an RFC 3339 time whose fields exist (no 30 February, no hour 25), else NaN. */
function realTime(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m) return NaN;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) return NaN;
  return Date.parse(value);
}
