/**
 * Cron expressions of Vertex AI schedules, read with croner (a kept cron library; no parser of
 * our own). Vertex takes a five-field unix cron (minute hour day-of-month month day-of-week) with
 * an optional `TZ=<IANA zone>` prefix (schedule.proto, `Schedule.cron`); croner also knows
 * seconds, `L`, `W`, `#` and nicknames, which Vertex does not, so those are refused here first.
 * Pure: no clock is read; the caller passes the time to count from.
 */
import { Cron } from 'croner';

/** The zone a cron is read in when the config names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** What a field of a unix cron may hold: numbers, `*`, lists, ranges, steps, month/day names. */
const FIELD =
  /^(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?(?:,(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/\d+)?)*$/;
const NAMES =
  /^(?:[0-9]+|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)$/i;

/** Whether `zone` is an IANA time zone name (not an offset like `+05:00`) that croner can
 * compute in (it converts through the runtime's Intl time-zone database). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Cron('0 0 * * *', { paused: true, timezone: zone }).nextRun(new Date(0));
    return true;
  } catch {
    return false;
  }
}

/** Why `cron` is not a cron Vertex takes, or undefined when it is one. */
export function cronProblem(cron: string): string | undefined {
  const text = cron.trim();
  if (/^(?:CRON_)?TZ=/i.test(text))
    return 'the cron must not carry a TZ= prefix; set `timeZone:` instead (kfp-action writes the prefix)';
  if (text.startsWith('@'))
    return 'nicknames like @daily are not cron expressions Vertex takes; write the five fields (e.g. "0 0 * * *")';
  const fields = text.split(/\s+/);
  if (fields.length !== 5)
    return `a cron has five fields (minute hour day-of-month month day-of-week), this one has ${fields.length}`;
  for (const field of fields) {
    const atoms = field.split(/[,/-]/).filter((a) => a !== '*' && a !== '');
    if (!FIELD.test(field) || !atoms.every((a) => NAMES.test(a)))
      return `"${field}" is not a unix cron field (numbers, *, lists a,b, ranges a-b, steps */n, month and day names)`;
  }
  try {
    new Cron(text, { paused: true, timezone: DEFAULT_TIME_ZONE });
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).replace(/^CronPattern: /, '');
  }
  return undefined;
}

/** The next `count` run times of `cron` in `timeZone` after `from`, as Dates (may be fewer). */
export function nextRunTimes(cron: string, timeZone: string, from: Date, count: number): Date[] {
  const job = new Cron(cron.trim(), { paused: true, timezone: timeZone });
  return job.nextRuns(count, from);
}

/** A run time as people in the zone read it: `Mon 2026-12-14 03:00 CET`. */
export function formatInZone(time: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(time)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** The cron as Vertex stores it: `TZ=<zone> <five fields>`. */
export function vertexCron(cron: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return `TZ=${timeZone} ${cron.trim().split(/\s+/).join(' ')}`;
}

/** `TZ=Europe/Berlin 0 3 * * *` (or `CRON_TZ=`, or no prefix) → its zone and its five fields. */
export function splitVertexCron(value: string): { cron: string; timeZone: string } {
  const m = /^\s*(?:CRON_)?TZ=(\S+)\s+(.*)$/.exec(value);
  return m
    ? { timeZone: m[1]!, cron: m[2]!.trim() }
    : { timeZone: DEFAULT_TIME_ZONE, cron: value.trim() };
}
