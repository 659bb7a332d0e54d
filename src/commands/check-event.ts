import { UserError } from '../core/diagnostics.js';

/** What check needs from the workflow's event (GITHUB_EVENT_PATH), read defensively. */
export interface PullRequestEvent {
  readonly number?: number;
  readonly baseSha?: string;
  readonly headSha?: string;
  /** The head branch lives in another repository: the token is read-only. */
  readonly fromFork: boolean;
}

interface Payload {
  pull_request?: {
    number?: number;
    base?: { sha?: string };
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null };
  };
  repository?: { full_name?: string };
}

/**
 * The workflow's event payload (GITHUB_EVENT_PATH): undefined when there is none or it is not an
 * object; a file that is not JSON is a located error (check/bad-event).
 */
export function readEventPayload(
  env: Readonly<Record<string, string | undefined>>,
  readText: (file: string) => string,
): Record<string, unknown> | undefined {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readText(file));
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH (${file}) could not be read as JSON: ${(error as Error).message}`,
      [{ code: 'check/bad-event', severity: 'error', message: String(error) }],
    );
  }
  return typeof payload === 'object' && payload !== null
    ? (payload as Record<string, unknown>)
    : undefined;
}

/** Reads the pull_request (or pull_request_target) payload; an empty event when there is none. */
export function readPullRequestEvent(
  env: Readonly<Record<string, string | undefined>>,
  readText: (file: string) => string,
): PullRequestEvent {
  const payload = readEventPayload(env, readText) as Payload | undefined;
  const pr = payload?.pull_request;
  if (!pr) return { fromFork: false };
  const headRepo = pr.head?.repo?.full_name;
  const repo = payload?.repository?.full_name ?? env.GITHUB_REPOSITORY;
  return {
    ...(typeof pr.number === 'number' ? { number: pr.number } : {}),
    ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
    ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
    // A deleted fork has head.repo null: treat it as a fork (its token is read-only too).
    fromFork: pr.head?.repo === null || (headRepo !== undefined && headRepo !== repo),
  };
}
