/**
 * Schedules in Markdown: the PR comment's "Schedules" section (what a pull request changes in a
 * pipeline's `schedules:`) and the job summary of `kfp-action schedules` (what reconciliation did
 * on Vertex). Both show the next three run times in the schedule's own time zone (croner). Every
 * name and value goes through ./escape.ts. Pure: the caller passes the time to count from.
 */
import type { ScheduleSettings } from '../config/types.js';
import type { ScheduleConfigChange } from '../schedules/config-diff.js';
import { canonicalJson } from '../spec/digest.js';
import { DEFAULT_TIME_ZONE, formatInZone, nextRunTimes } from '../schedules/cron.js';
import type { ScheduleAction } from '../schedules/plan.js';
import { mdCell, mdCode, truncate } from './escape.js';

/** How many upcoming runs a row shows. */
const NEXT_RUNS = 3;

/** The next runs as `<br>`-joined cell text, or why there are none. */
function nextRunsCell(
  cron: string,
  timeZone: string,
  now: Date,
  options: { paused?: boolean; startTime?: string; endTime?: string } = {},
): string {
  if (options.paused) return 'paused: none';
  try {
    const start = options.startTime ? new Date(options.startTime) : undefined;
    const from = start && start > now ? start : now;
    const end = options.endTime ? new Date(options.endTime) : undefined;
    const runs = nextRunTimes(cron, timeZone, from, NEXT_RUNS).filter((t) => !end || t <= end);
    if (runs.length === 0) return 'none (after its end)';
    return runs.map((t) => mdCell(formatInZone(t, timeZone))).join('<br>');
  } catch {
    return mdCell('(cannot be computed)');
  }
}

/** An added schedule's own parameter values, on a line of their own. */
function addedParameters(parameters: ScheduleSettings['parameters']): string {
  if (!parameters || Object.keys(parameters).length === 0) return '';
  return `<br>${mdCell(truncate(`parameters: ${canonicalJson(parameters)}`, 300))}`;
}

const ICON: Record<ScheduleConfigChange['kind'], string> = {
  added: '➕ added',
  changed: '✏️ changed',
  removed: '➖ removed',
};

/**
 * The PR comment section for one pipeline's schedule changes; '' when there are none. A removal
 * is carried out on merge as `removed-schedules` says (delete by default).
 */
export function renderScheduleChanges(changes: readonly ScheduleConfigChange[], now: Date): string {
  if (changes.length === 0) return '';
  const rows = changes.map((c) => {
    const s = c.settings;
    const zone = s.timeZone ?? DEFAULT_TIME_ZONE;
    const what =
      c.kind === 'changed'
        ? c.changes.map((line) => mdCell(truncate(line, 300))).join('<br>')
        : c.kind === 'added'
          ? `${mdCode(s.cron)} ${mdCell(zone)}${s.paused ? ' (paused)' : ''}${addedParameters(s.parameters)}`
          : `${mdCode(s.cron)} ${mdCell(zone)}: its Vertex schedule is deleted on merge (paused with \`removed-schedules: pause\`)`;
    const next =
      c.kind === 'removed'
        ? '—'
        : nextRunsCell(s.cron, zone, now, {
            paused: s.paused ?? false,
            ...(s.startTime ? { startTime: s.startTime } : {}),
            ...(s.endTime ? { endTime: s.endTime } : {}),
          });
    return `| ${mdCode(c.name)} | ${ICON[c.kind]} | ${what} | ${next} |`;
  });
  return [
    `#### Schedules (${changes.length} change${changes.length === 1 ? '' : 's'})`,
    '',
    '| schedule | change | what | next runs |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Applied to Vertex AI on merge by `kfp-action schedules`.',
  ].join('\n');
}

/** The PR comment's section, for ./pr-comment.ts: undefined when the PR changes no schedule.
 * `time` is the check's time (the next runs count from it). */
export function scheduleCommentSection(
  changes: readonly ScheduleConfigChange[] | undefined,
  time: string | undefined,
): { name: string; text: string; cutOrder: number } | undefined {
  if (!changes || changes.length === 0) return undefined;
  const now = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : new Date(0);
  return { name: 'the schedule changes', text: renderScheduleChanges(changes, now), cutOrder: 3 };
}

const VERB: Record<ScheduleAction['kind'], string> = {
  create: '➕ created',
  update: '✏️ updated',
  replace: '♻️ created again',
  pause: '⏸️ paused',
  resume: '▶️ resumed',
  delete: '➖ deleted',
  leave: '✔️ unchanged',
};

const DRY_VERB: Record<ScheduleAction['kind'], string> = {
  create: '➕ to create',
  update: '✏️ to update',
  replace: '♻️ to create again',
  pause: '⏸️ to pause',
  resume: '▶️ to resume',
  delete: '➖ to delete',
  leave: '✔️ unchanged',
};

/** The job summary of a reconciliation (`dryRun`: what would be done). */
export function renderScheduleActions(
  actions: readonly ScheduleAction[],
  now: Date,
  options: { dryRun?: boolean; failed?: ReadonlyMap<ScheduleAction, string> } = {},
): string {
  const title = options.dryRun ? '### Schedules (dry run: nothing was changed)' : '### Schedules';
  if (actions.length === 0)
    return `${title}\n\nNo schedule in the config, and none on Vertex AI owned by this repository.\n`;
  const rows = actions.map((a) => {
    const d = a.desired;
    const failure = options.failed?.get(a);
    const verbs = options.dryRun ? DRY_VERB : VERB;
    const verb = failure ? `❌ ${a.kind}: failed` : verbs[a.kind];
    const what = [...a.changes, ...(failure ? [failure] : [])]
      .map((line) => mdCell(truncate(line, 300)))
      .join('<br>');
    const next =
      d && a.kind !== 'delete'
        ? nextRunsCell(d.cronFields, d.timeZone, now, {
            paused: d.paused,
            ...(d.fields.startTime ? { startTime: d.fields.startTime } : {}),
            ...(d.fields.endTime ? { endTime: d.fields.endTime } : {}),
          })
        : '—';
    const where = `${a.location.project}/${a.location.region}`;
    return `| ${mdCode(a.pipeline)} | ${mdCode(a.schedule)} | ${verb} | ${what || '—'} | ${next} | ${mdCode(where)} |`;
  });
  return [
    title,
    '',
    '| pipeline | schedule | action | what | next runs | project/region |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
