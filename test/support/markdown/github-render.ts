/**
 * GitHub's Markdown renderer in tests: cmark-gfm (the PyPI `cmarkgfm` binding, in the project's
 * .venv) with GitHub's extensions, plus GitHub's mention and issue-reference rules, run as ONE
 * Python process per batch (render_check.py beside this file). It reports what untrusted text
 * could have made live in a body: an `<a>` to anything but the trusted prefixes, `<img>` or any
 * other raw HTML element, an event handler, a stray or hostile HTML comment, an @mention, an issue
 * reference (`#123`, `GH-123`) other than the allowed ones.
 *
 *   const [r] = renderGitHub([body]);   // r.html, r.text (visible text), r.problems
 *
 * Bodies the suite produces are collected with `collectBody()` (the fake GitHub's comment writes,
 * job summaries and report files of the process tests) and checked in one batch after each test
 * file by the setup file `check-collected.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(import.meta.dirname, 'render_check.py');
export const PYTHON = process.env.KFP_ACTION_TEST_PYTHON ?? path.join(root, '.venv/bin/python');

/** Links our renderers write: the GitHub server, the fakes on 127.0.0.1, the Vertex console. */
export const TRUSTED_LINKS = [
  'https://github.com/',
  'http://127.0.0.1:',
  'https://console.cloud.google.com/',
];

/** Marker keys only hostile fixtures use: one of these in a rendered HTML comment is a takeover. */
export const HOSTILE_MARKERS = ['kfp-action:check:other', 'kfp-action:check:hostile'];

export interface RenderOptions {
  readonly trustedLinks?: readonly string[];
  /** Issue references that trusted text writes (e.g. the PR's own number `#7`). */
  readonly allowedRefs?: readonly string[];
  readonly hostileMarkers?: readonly string[];
}

export interface Rendered {
  readonly html: string;
  /** The visible text (character references decoded, tags dropped). */
  readonly text: string;
  readonly problems: readonly string[];
}

/** Renders every body in one Python process. */
export function renderGitHub(bodies: readonly string[], options: RenderOptions = {}): Rendered[] {
  if (!bodies.length) return [];
  if (!existsSync(PYTHON)) throw new Error(`no Python at ${PYTHON} (cmarkgfm is needed)`);
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({
      bodies,
      trustedLinks: options.trustedLinks ?? TRUSTED_LINKS,
      allowedRefs: options.allowedRefs ?? [],
      hostileMarkers: options.hostileMarkers ?? HOSTILE_MARKERS,
    }),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`render_check.py failed: ${run.stderr || run.error}`);
  return JSON.parse(run.stdout) as Rendered[];
}

/** The visible text with the word joiners our escaping inserts removed (for "shown exactly"). */
export function visible(text: string): string {
  return text.replace(/\u2060/g, '');
}

interface Collected {
  readonly source: string;
  readonly body: string;
  readonly options: RenderOptions;
}

const collected: Collected[] = [];

/** Queues a body the suite produced for the after-file check. */
export function collectBody(source: string, body: string, options: RenderOptions = {}): void {
  if (body.trim()) collected.push({ source, body, options });
}

/** Checks and clears every collected body; returns "source: problem" lines. */
export function checkCollected(): string[] {
  const batch = collected.splice(0);
  const problems: string[] = [];
  const groups = new Map<string, Collected[]>();
  for (const c of batch) {
    const key = JSON.stringify(c.options);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const rendered = renderGitHub(
      group.map((c) => c.body),
      group[0]!.options,
    );
    rendered.forEach((r, i) => {
      for (const p of r.problems) problems.push(`${group[i]!.source}: ${p}`);
    });
  }
  return problems;
}

/** How many bodies wait for the check (tests of the collector itself). */
export function collectedCount(): number {
  return collected.length;
}
