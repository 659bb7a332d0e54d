/**
 * GitHub checks a reusable workflow's permissions against its caller's when it parses the run:
 * every job of the called workflow — even one its `if:` skips — may ask for no more than the
 * calling job grants, or the whole run is refused ("The nested job … is requesting …, but is only
 * allowed …"). This test parses every starter → reusable call in workflows/ and
 * .github/workflows/ and proves the caller grants every permission any job of the callee asks for.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
/** Scopes `read-all` / `write-all` stand for (GitHub's list for GITHUB_TOKEN). */
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

type Permissions = Record<string, string>;
interface Job {
  uses?: string;
  permissions?: Permissions | string;
}
interface Workflow {
  permissions?: Permissions | string;
  jobs?: Record<string, Job>;
}

function expand(p: Permissions | string | undefined): Permissions | undefined {
  if (p === undefined) return undefined;
  if (p === 'read-all' || p === 'write-all') {
    const level = p === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((s) => [s, s === 'id-token' ? 'none' : level]));
  }
  if (typeof p === 'string') throw new Error(`unknown permissions value ${p}`);
  return p;
}

/** The local file a `uses:` of a reusable workflow names, when it is one of ours. */
function calleeFile(uses: string): string | undefined {
  const m =
    /^kfp-action\/kfp-action\/(\.github\/workflows\/[^@]+\.ya?ml)@/.exec(uses) ??
    /^\.\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(uses);
  return m?.[1];
}

/** What a caller's job grants short of what the callee's jobs request, as readable lines. */
function missingPermissions(caller: Workflow, jobId: string, callee: Workflow): string[] {
  const job = caller.jobs![jobId]!;
  const granted = expand(job.permissions) ?? expand(caller.permissions);
  if (granted === undefined) {
    return ['the caller sets no permissions: the default token permissions depend on settings'];
  }
  const out: string[] = [];
  for (const [calleeJob, j] of Object.entries(callee.jobs ?? {})) {
    const asked = expand(j.permissions) ?? expand(callee.permissions) ?? {};
    for (const [scope, level] of Object.entries(asked)) {
      const has = granted[scope] ?? 'none';
      if ((LEVEL[has] ?? 0) < (LEVEL[level] ?? 0)) {
        out.push(`${calleeJob} asks ${scope}: ${level}, the caller grants ${has}`);
      }
    }
  }
  return out;
}

function yamlFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

const load = (file: string) => parse(readFileSync(path.join(root, file), 'utf8')) as Workflow;

const calls = [...yamlFiles('workflows'), ...yamlFiles('.github/workflows')].flatMap((file) =>
  Object.entries(load(file).jobs ?? {}).flatMap(([jobId, job]) => {
    const callee = job.uses ? calleeFile(job.uses) : undefined;
    return callee ? [{ file, jobId, callee }] : [];
  }),
);

describe('every starter → reusable workflow call passes GitHub’s permission ceiling', () => {
  it('finds the calls (the PR check and the PR comment starters among them)', () => {
    expect(calls.map((c) => `${c.file}#${c.jobId}`)).toEqual(
      expect.arrayContaining(['workflows/pr-check.yml#check', 'workflows/pr-comment.yml#comment']),
    );
  });

  it.each(calls.map((c) => [`${c.file}#${c.jobId} → ${c.callee}`, c] as const))('%s', (_, c) => {
    expect(existsSync(path.join(root, c.callee))).toBe(true);
    expect(missingPermissions(load(c.file), c.jobId, load(c.callee))).toEqual([]);
  });

  it('catches a caller short of a skipped job’s permission (the pr-check.yml of issue 9)', () => {
    const before = parse(`
permissions:
  contents: read
  pull-requests: write
jobs:
  check:
    uses: kfp-action/kfp-action/.github/workflows/kfp-pr-check.yml@v1
`) as Workflow;
    expect(missingPermissions(before, 'check', load('.github/workflows/kfp-pr-check.yml'))).toEqual(
      [
        'sarif asks actions: read, the caller grants none',
        'sarif asks security-events: write, the caller grants none',
      ],
    );
  });

  it('a job-level grant replaces the workflow-level one; read-all is not write; none is none', () => {
    const callee = parse(`
jobs:
  a:
    permissions: { pull-requests: write }
`) as Workflow;
    const caller = (job: string, top = '') =>
      parse(`${top}\njobs:\n  c:\n    uses: ./.github/workflows/x.yml\n${job}`) as Workflow;
    expect(missingPermissions(caller('', 'permissions: write-all'), 'c', callee)).toEqual([]);
    expect(missingPermissions(caller('', 'permissions: read-all'), 'c', callee)).toEqual([
      'a asks pull-requests: write, the caller grants read',
    ]);
    expect(
      missingPermissions(
        caller('    permissions: { contents: read }', 'permissions: write-all'),
        'c',
        callee,
      ),
    ).toEqual(['a asks pull-requests: write, the caller grants none']);
    expect(missingPermissions(caller(''), 'c', callee)).toEqual([
      'the caller sets no permissions: the default token permissions depend on settings',
    ]);
  });
});
