/**
 * Which comments on the pull request are ours, and what to do with each: pure planning over the
 * comments listed once per run. A comment is ours only when its FIRST LINE is exactly one of our
 * markers and its author is our account (rule below); text elsewhere in a body — a parameter
 * default that holds another pipeline's marker — never makes a comment ours.
 *
 * Whose comments count as ours:
 * 1. the login of the token's account, when known (`GET /user`, or the caller's `author`);
 * 2. else (installation tokens — GITHUB_TOKEN is `github-actions[bot]` — cannot call `GET /user`)
 *    bot accounts only: comments of `github-actions[bot]` when there are any with a marker,
 *    otherwise those of the bot that wrote the oldest one. A person (type `User`) can copy a
 *    marker into a comment of their own; it is never touched.
 *
 * The second line of a check comment is reserved for the reviewed-spec stamp
 * (`<!-- kfp-action:reviewed sha256:<hex> <sha> -->`, written by the renderer for merge-run);
 * ownership never looks past the first line.
 */
import { isReviewedStamp } from '../report/reviewed-stamp.js';

/**
 * The body without its reviewed-spec stamp (second line). A fork's check result comes from a
 * run the fork controls: its digest proves nothing, so a comment rendered from it carries no
 * stamp, and a merge then says "no spec stamp" instead of "the one checked in PR #N".
 */
export function withoutReviewedStamp(body: string): string {
  const lines = body.split('\n');
  return lines.length > 1 && isReviewedStamp(lines[1]!)
    ? [lines[0]!, ...lines.slice(2)].join('\n')
    : body;
}

export const ACTIONS_BOT = 'github-actions[bot]';

export interface CommentRef {
  readonly id: number;
  readonly body: string;
  /** null for a deleted ("ghost") account. */
  readonly user: { readonly login: string; readonly type: string } | null;
}

/** The first line of a body (GitHub keeps `\r\n` when a browser wrote the comment). */
export function firstLine(body: string): string {
  return /^[^\r\n]*/.exec(body)![0];
}

/** A marker of the family `prefix` (`<!-- kfp-action:check:`): the key's characters only. */
export function isMarker(line: string, prefix: string): boolean {
  if (!line.startsWith(prefix) || !line.endsWith(' -->')) return false;
  const key = line.slice(prefix.length, -' -->'.length);
  return /^[A-Za-z0-9._%-]{1,400}$/.test(key);
}

/**
 * Our comments whose first line passes `isOurMarker` (one marker, or a family of them), by
 * marker, oldest first (the rule at the top).
 */
export function ownComments<C extends CommentRef>(
  comments: readonly C[],
  isOurMarker: (line: string) => boolean,
  login: string | undefined,
): Map<string, C[]> {
  const marked = comments.filter((c) => c.user && isOurMarker(firstLine(c.body)));
  let own: C[];
  if (login) own = marked.filter((c) => c.user!.login === login);
  else {
    const bots = marked.filter((c) => c.user!.type === 'Bot');
    const author = bots.some((c) => c.user!.login === ACTIONS_BOT)
      ? ACTIONS_BOT
      : bots[0]?.user?.login;
    own = author ? bots.filter((c) => c.user!.login === author) : [];
  }
  const out = new Map<string, C[]>();
  for (const c of own) {
    const marker = firstLine(c.body);
    out.set(marker, [...(out.get(marker) ?? []), c]);
  }
  return out;
}

export interface DesiredComment {
  readonly marker: string;
  readonly body: string;
}

export type CommentAction =
  | { readonly kind: 'delete'; readonly marker: string; readonly id: number }
  | { readonly kind: 'create'; readonly marker: string; readonly body: string }
  | { readonly kind: 'update'; readonly marker: string; readonly id: number; readonly body: string }
  | { readonly kind: 'leave'; readonly marker: string; readonly id: number }
  | {
      readonly kind: 'retire';
      readonly marker: string;
      readonly id: number;
      readonly body: string;
    };

export interface CommentPlanInput<C extends CommentRef> {
  /** Our comments by marker, oldest first (ownComments). */
  readonly own: ReadonlyMap<string, readonly C[]>;
  /** One body per pipeline this run reports; each body's first line is its marker. */
  readonly desired: readonly DesiredComment[];
  /** Whether comments of pipelines not reported may be retired (see retirementIsKnown). */
  readonly retire: boolean;
  /** The body replacing a comment that is not reported any more; undefined = leave it. */
  readonly retiredBody: (marker: string, comment: C) => string | undefined;
  /** Whether an existing body already says the same (footer aside). */
  readonly same: (existing: string, desired: string) => boolean;
}

/**
 * Duplicates (every comment of a marker but the oldest) are deleted first; then each reported
 * pipeline's comment is created, updated or left; then, when known to be true, the comments of
 * pipelines this run does not report are retired (kept, rewritten: the conversation that
 * followed them still makes sense).
 */
export function planComments<C extends CommentRef>(input: CommentPlanInput<C>): CommentAction[] {
  const out: CommentAction[] = [];
  for (const [marker, list] of input.own) {
    for (const dup of list.slice(1)) out.push({ kind: 'delete', marker, id: dup.id });
  }
  const reported = new Set<string>();
  for (const d of input.desired) {
    if (reported.has(d.marker)) continue;
    reported.add(d.marker);
    const keep = input.own.get(d.marker)?.[0];
    if (!keep) out.push({ kind: 'create', marker: d.marker, body: d.body });
    else if (input.same(keep.body, d.body))
      out.push({ kind: 'leave', marker: d.marker, id: keep.id });
    else out.push({ kind: 'update', marker: d.marker, id: keep.id, body: d.body });
  }
  if (!input.retire) return out;
  for (const [marker, list] of input.own) {
    if (reported.has(marker)) continue;
    const keep = list[0]!;
    const body = input.retiredBody(marker, keep);
    if (body === undefined || input.same(keep.body, body)) {
      out.push({ kind: 'leave', marker, id: keep.id });
    } else out.push({ kind: 'retire', marker, id: keep.id, body });
  }
  return out;
}

/** Percent-encodes every character but `A-Za-z0-9._-` (UTF-8), so the text is one safe token. */
function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The hidden footer line that records which pipeline and source a check comment reported:
 * `<!-- kfp-action:reported:<pipeline>/<source> -->`, both strictly percent-encoded (so the line
 * holds nothing but `A-Za-z0-9._%/-`, and `/` only as the separator).
 */
export function reportLine(pipeline: string, source: string): string {
  return `<!-- kfp-action:reported:${strictEncode(pipeline)}/${strictEncode(source)} -->`;
}

/** What an earlier check comment of ours recorded (reportLine); undefined when none or malformed. */
export function readReportLine(body: string): { pipeline: string; source: string } | undefined {
  const m =
    /^<!-- kfp-action:reported:([A-Za-z0-9._%-]{1,4000})\/([A-Za-z0-9._%-]{1,4000}) -->$/m.exec(
      body,
    );
  if (!m) return undefined;
  try {
    return { pipeline: decodeURIComponent(m[1]!), source: decodeURIComponent(m[2]!) };
  } catch {
    return undefined;
  }
}
