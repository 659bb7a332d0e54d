/**
 * Which schedules kfp-action owns. A Vertex Schedule has no labels, so ownership is written in
 * its display name — `kfp-action:{owner}/{repo}/{pipeline}/{schedule}` — and in the labels of the
 * PipelineJobs it creates (`managed-by`, `kfp-repository`, `kfp-pipeline`, `kfp-schedule`).
 * Reconciliation only ever touches schedules whose display name starts with this repository's
 * prefix; a schedule made by hand or by another repository is never changed.
 *
 * Display names may be 128 characters of any UTF-8 (schedule.proto). A longer repository or
 * pipeline name is cut and a short hash of the whole keeps two names apart.
 */
import { labelValue, shortHash } from '../promotion/labels.js';

const OWNER_PREFIX = 'kfp-action:';
const MAX_DISPLAY_NAME = 128;

/** The label the PipelineJobs of a schedule carry, with the schedule's config name. */
export const SCHEDULE_LABEL = 'kfp-schedule';

function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const hash = shortHash(value);
  return `${value.slice(0, max - hash.length - 1)}~${hash}`;
}

/** `kfp-action:{repository}/`: every display name this repository owns starts with it. */
export function ownerPrefix(repository: string): string {
  return `${OWNER_PREFIX}${cut(repository, 60)}/`;
}

/** The display name of one schedule, at most 128 characters, unique per repository, pipeline
 * and schedule name. */
export function scheduleDisplayName(
  repository: string,
  pipeline: string,
  schedule: string,
): string {
  const prefix = ownerPrefix(repository);
  const room = MAX_DISPLAY_NAME - prefix.length - 1 - schedule.length;
  // Cut the pipeline part when that leaves it readable; else the whole rest (still unique).
  if (room >= 16) return `${prefix}${cut(pipeline, room)}/${schedule}`;
  return `${prefix}${cut(`${pipeline}/${schedule}`, MAX_DISPLAY_NAME - prefix.length)}`;
}

/**
 * Text read back from Vertex (display names, crons, values), made safe for one log line: control
 * characters — a newline could start a `::workflow-command::` line — become `�`.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, '\uFFFD');
}

/** The pipeline and schedule named by an owned display name (for reports of removals). */
export function parseDisplayName(
  repository: string,
  displayName: string,
): { pipeline: string; schedule: string } | undefined {
  const prefix = ownerPrefix(repository);
  if (!displayName.startsWith(prefix)) return undefined;
  const rest = displayName.slice(prefix.length);
  const slash = rest.lastIndexOf('/');
  if (slash <= 0) return undefined;
  return { pipeline: printable(rest.slice(0, slash)), schedule: printable(rest.slice(slash + 1)) };
}

/** The labels a run of this schedule carries beyond the job labels of submit. */
export function scheduleLabels(schedule: string): Record<string, string> {
  return { [SCHEDULE_LABEL]: labelValue(schedule) };
}
