/**
 * The promotion timeline in the pipeline's PR comment: one line with each environment's state in
 * promotion order (staging ✅ v8 at 10:31 UTC · production ⏳ waiting for approval), then the
 * reason of a refusal or failure. The section sits between two markers so a later promotion (or a
 * re-rendered merge report) replaces it in place; the state it was drawn from travels with it in
 * a hidden comment, so each promotion job only adds its own step.
 *
 * Everything written goes through ../report/escape.ts: environment names come from the config,
 * reasons can quote pipeline output.
 */
import { mdCode, mdText, mdUrl, truncate } from '../report/escape.js';

export type StepStatus = 'done' | 'waiting' | 'refused' | 'failed' | 'rolled-back';

export interface TimelineStep {
  readonly environment: string;
  readonly status: StepStatus;
  /** Model Registry version id. */
  readonly version?: string;
  /** RFC 3339 time of the step. */
  readonly at?: string;
  /** Why a step was refused or failed, or what a rollback returned to. */
  readonly reason?: string;
  /** Link for the step (the workflow run); only http(s) URLs are kept. */
  readonly url?: string;
}

export interface Timeline {
  readonly steps: readonly TimelineStep[];
}

export const TIMELINE_START = '<!-- kfp-action:promotion:start -->';
export const TIMELINE_END = '<!-- kfp-action:promotion:end -->';
const STATE_PREFIX = '<!-- kfp-action:promotion-state:';
const MAX_REASON = 600;

const ICON: Record<StepStatus, string> = {
  done: '✅',
  waiting: '⏳',
  refused: '⛔',
  failed: '❌',
  'rolled-back': '↩️',
};

/** `2026-11-26 10:31 UTC` from an RFC 3339 time (Markdown-safe: digits, `-`, `:`, spaces);
 * the input escaped when it does not parse. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return mdText(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

function describeStep(step: TimelineStep): string {
  const env = mdText(step.environment);
  const v = step.version ? ` v${mdText(step.version)}` : '';
  const at = step.at ? ` at ${formatTime(step.at)}` : '';
  const url = mdUrl(step.url, true);
  const link = (text: string) => (url ? `[${text}](${url})` : text);
  switch (step.status) {
    case 'done':
      return `${env} ${ICON.done} ${link(`${v.trim()}${at}`.trim() || 'done')}`;
    case 'waiting':
      return `${env} ${ICON.waiting} waiting for approval in ${mdCode(step.environment)}${v ? ` (next:${v})` : ''}`;
    case 'refused':
      return `${env} ${ICON.refused} ${link(`refused${at}`)}`;
    case 'failed':
      return `${env} ${ICON.failed} ${link(`failed${v ? ` for${v}` : ''}${at}`)}`;
    case 'rolled-back':
      return `${env} ${ICON['rolled-back']} ${link(`rolled back to${v}${at}`)}`;
  }
}

/** The section's Markdown, markers included. */
export function renderTimeline(timeline: Timeline): string {
  const lines = [TIMELINE_START];
  if (timeline.steps.length === 0) {
    lines.push('**Promotion** · not started');
  } else {
    lines.push(`**Promotion** · ${timeline.steps.map(describeStep).join(' · ')}`);
    const notes = timeline.steps.filter((s) => s.reason);
    for (const s of notes) {
      const label = s.status === 'rolled-back' ? 'rollback' : s.status;
      lines.push(
        '',
        `> ${mdText(s.environment)} ${label}: ${mdText(truncate(s.reason!, MAX_REASON))}`,
      );
    }
  }
  lines.push(`${STATE_PREFIX}${encodeState(timeline)} -->`, TIMELINE_END);
  return lines.join('\n');
}

function encodeState(timeline: Timeline): string {
  return Buffer.from(JSON.stringify(timeline), 'utf8').toString('base64');
}

function isStep(value: unknown): value is TimelineStep {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const optionalString = (k: string) => s[k] === undefined || typeof s[k] === 'string';
  return (
    typeof s.environment === 'string' &&
    typeof s.status === 'string' &&
    s.status in ICON &&
    ['version', 'at', 'reason', 'url'].every(optionalString)
  );
}

/** The timeline a comment body carries, or an empty one (no section, or a damaged one). */
export function readTimeline(body: string): Timeline {
  const start = body.indexOf(STATE_PREFIX);
  if (start === -1) return { steps: [] };
  const end = body.indexOf(' -->', start);
  if (end === -1) return { steps: [] };
  try {
    const json: unknown = JSON.parse(
      Buffer.from(body.slice(start + STATE_PREFIX.length, end), 'base64').toString('utf8'),
    );
    const steps = (json as { steps?: unknown }).steps;
    return { steps: Array.isArray(steps) ? steps.filter(isStep) : [] };
  } catch {
    return { steps: [] };
  }
}

/**
 * Sets one environment's step and orders steps by the promotion order; the environment after a
 * finished one is shown as waiting unless it already has a step of its own from this version.
 */
export function withStep(
  timeline: Timeline,
  step: TimelineStep,
  order: readonly string[],
): Timeline {
  const key = (name: string) => name.toLowerCase();
  const byEnv = new Map(timeline.steps.map((s) => [key(s.environment), s]));
  byEnv.set(key(step.environment), step);
  const index = order.findIndex((n) => key(n) === key(step.environment));
  const next = index >= 0 ? order[index + 1] : undefined;
  if (next && step.status === 'done') {
    const existing = byEnv.get(key(next));
    if (!existing || existing.version !== step.version || existing.status !== 'done') {
      byEnv.set(key(next), {
        environment: next,
        status: 'waiting',
        ...(step.version ? { version: step.version } : {}),
      });
    }
  }
  const rank = (s: TimelineStep) => {
    const i = order.findIndex((n) => key(n) === key(s.environment));
    return i === -1 ? order.length : i;
  };
  return { steps: [...byEnv.values()].sort((a, b) => rank(a) - rank(b)) };
}

/**
 * The comment body with the timeline section replaced, or inserted before the report's footer
 * (`<sub>…` line) when it has none yet, or appended.
 */
export function upsertTimeline(body: string, section: string): string {
  const start = body.indexOf(TIMELINE_START);
  const end = body.indexOf(TIMELINE_END);
  if (start !== -1 && end > start) {
    return body.slice(0, start) + section + body.slice(end + TIMELINE_END.length);
  }
  const footer = body.lastIndexOf('\n<sub>');
  if (footer !== -1) return `${body.slice(0, footer)}\n${section}\n${body.slice(footer)}`;
  return `${body.replace(/\n*$/, '')}\n\n${section}\n`;
}

/**
 * For a report rendered again (a re-run of `submit`): `next` with the timeline section of
 * `previous` kept, when `previous` had one and `next` has none.
 */
export function carryTimeline(previous: string, next: string): string {
  const start = previous.indexOf(TIMELINE_START);
  const end = previous.indexOf(TIMELINE_END);
  if (start === -1 || end < start || next.includes(TIMELINE_START)) return next;
  return upsertTimeline(next, previous.slice(start, end + TIMELINE_END.length));
}
