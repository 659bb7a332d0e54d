/**
 * Package pins: a component's `packages_to_install=["pandas==2.2.0"]` is not installed locally
 * (tasks run offline with the venv, src/local/python-env.ts), so the versions it asks for are
 * compared with the ones the venv has before the run starts. A mismatch is a warning in the log
 * and the report — or, with `--strict-packages`, an error that stops the run before any task.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PipelineSpec } from '../core/spec/types.js';
import { normalizeName, pipRequirements } from './python-env.js';

/** Distribution name → installed version, from the venv's `*.dist-info` folders; undefined when
 * `python` is not in a venv this can read. */
export function installedVersions(python: string): Map<string, string> | undefined {
  const venv = path.dirname(path.dirname(python));
  if (!existsSync(path.join(venv, 'pyvenv.cfg'))) return undefined;
  const out = new Map<string, string>();
  try {
    for (const pyDir of readdirSync(path.join(venv, 'lib'))) {
      const site = path.join(venv, 'lib', pyDir, 'site-packages');
      if (!existsSync(site)) continue;
      for (const entry of readdirSync(site)) {
        const m = /^(.+?)-([^-]+)\.(dist-info|egg-info)$/.exec(entry);
        if (m) out.set(normalizeName(m[1]!), m[2]!);
      }
    }
  } catch {
    return undefined;
  }
  return out;
}

/** A PEP 440 version as comparable parts: release numbers, then a pre/post/dev rank. */
function parts(version: string): number[] {
  const m =
    /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|rc|c|alpha|beta|pre|preview)[-_.]?(\d*))?(?:[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?dev[-_.]?(\d*))?/i.exec(
      version.trim(),
    );
  if (!m) return [];
  const release = m[1]!.split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const pre = m[2] ? ({ a: -3, alpha: -3, b: -2, beta: -2 }[m[2].toLowerCase()] ?? -1) : 0;
  // Padded to a fixed length so that 2.2 and 2.2.0 compare equal and 2.2rc1 < 2.2.
  const fixed = [...release, ...Array<number>(Math.max(0, 8 - release.length)).fill(0)];
  return [
    ...fixed,
    m[6] !== undefined && !m[2] ? -4 : pre,
    Number(m[3] || 0),
    m[4] ? Number(m[5] || 0) + 1 : 0,
  ];
}

function compare(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Whether `installed` satisfies one clause (`==2.2.0`, `>=1.3,<2`, `~=1.4.2`, `==2.*`). */
function satisfies(installed: string, op: string, wanted: string): boolean {
  if (wanted.endsWith('.*')) {
    const prefix = wanted.slice(0, -2).split('.');
    const have = installed.split('.');
    const match = prefix.every((p, i) => Number(p) === Number(have[i] ?? 0));
    return op === '!=' ? !match : match;
  }
  const c = compare(installed, wanted);
  switch (op) {
    case '==':
    case '===':
      return op === '===' ? installed === wanted : c === 0;
    case '!=':
      return c !== 0;
    case '>=':
      return c >= 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
    case '~=': {
      const release = wanted.split('.');
      const upper = release.slice(0, Math.max(1, release.length - 1));
      upper[upper.length - 1] = String(Number(upper[upper.length - 1]) + 1);
      return c >= 0 && compare(installed, upper.join('.')) < 0;
    }
    default:
      return true;
  }
}

export interface PinMismatch {
  /** The requirement as the component wrote it, e.g. `pandas==2.2.0`. */
  readonly requirement: string;
  readonly name: string;
  readonly installed: string;
  /** Executor labels whose components ask for it. */
  readonly executors: readonly string[];
}

/** Distributions whose version the local run decides itself (the pinned kfp runs every task). */
const OWN = new Set(['kfp', 'kfp_pipeline_spec', 'kfp_server_api']);

/**
 * Requirements with a version specifier that the venv's version does not satisfy. Missing
 * distributions are not listed here (python-env.ts warns about those); nor is kfp.
 */
export function pinMismatches(
  spec: PipelineSpec,
  installed: ReadonlyMap<string, string>,
): PinMismatch[] {
  const found = new Map<string, { name: string; installed: string; executors: string[] }>();
  const executors = spec.deploymentSpec?.executors ?? {};
  for (const [label, executor] of Object.entries(executors)) {
    for (const requirement of pipRequirements(executor.container?.command ?? [])) {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$/.exec(requirement);
      if (!m || !m[2]) continue;
      const name = normalizeName(m[1]!);
      const have = installed.get(name);
      if (have === undefined || OWN.has(name)) continue;
      const clauses = m[2]
        .split(',')
        .map((c) => /^\s*(===|==|!=|~=|>=|<=|>|<)\s*(\S+)\s*$/.exec(c));
      if (clauses.some((c) => !c)) continue; // a URL or something we cannot read
      if (clauses.every((c) => satisfies(have, c![1]!, c![2]!))) continue;
      const entry = found.get(requirement) ?? { name: m[1]!, installed: have, executors: [] };
      entry.executors.push(label);
      found.set(requirement, entry);
    }
  }
  return [...found].map(([requirement, e]) => ({ requirement, ...e }));
}
