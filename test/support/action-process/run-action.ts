/**
 * Runs the BUILT action the way the runner does: `node dist/index.js` with INPUT_* variables
 * (upper-cased, dashes kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, and no
 * node_modules anywhere above dist/ (it is built into a temp folder outside the repository).
 *
 * Asynchronous on purpose: the fakes (Vertex, GitHub) live in the test process and must keep
 * answering while the action runs.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectBody } from '../markdown/github-render.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** What a checkout of the action holds besides dist/ (the runner gets the whole repository). */
const SHIPPED = ['action.yml', 'python', 'workflows'];

/** Builds dist/ into a fresh temp folder with action.yml and python/ beside it (as in a checkout
 * of the action, minus node_modules); returns that folder. */
export function buildActionCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kfp-action-copy-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), path.join(dir, 'dist')], {
    cwd: root,
    stdio: 'pipe',
  });
  for (const item of SHIPPED) {
    if (existsSync(path.join(root, item))) {
      cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
    }
  }
  return dir;
}

/** True when a node_modules folder exists in `dir` or any folder above it. */
export function nodeModulesAbove(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) return path.join(d, 'node_modules');
    if (path.dirname(d) === d) return undefined;
  }
}

export interface ActionResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly state: Record<string, string>;
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`name<<DELIM … DELIM` blocks and `name=value`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface RunningAction {
  readonly child: ChildProcess;
  readonly done: Promise<ActionResult>;
}

/** Starts `node <copy>/dist/<entry>` with the inputs and env; resolves when it exits. */
export function startAction(
  copy: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  entry = 'index.js',
): RunningAction {
  const files = mkdtempSync(path.join(tmpdir(), 'kfp-action-files-'));
  const output = path.join(files, 'output');
  const summary = path.join(files, 'summary');
  const state = path.join(files, 'state');
  for (const f of [output, summary, state]) writeFileSync(f, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const child = spawn(process.execPath, [path.join(copy, 'dist', entry)], {
    cwd: env.GITHUB_WORKSPACE ?? copy,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_STATE: state,
      GITHUB_ACTIONS: 'true',
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<ActionResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const result: ActionResult = {
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(output, 'utf8')),
        summary: readFileSync(summary, 'utf8'),
        state: parseCommandFile(readFileSync(state, 'utf8')),
      };
      rmSync(files, { recursive: true, force: true });
      collectBody(`job summary of ${entry}`, result.summary);
      const report = result.outputs['report-path'];
      const reportFile = report && path.resolve(env.GITHUB_WORKSPACE ?? copy, report);
      if (reportFile && existsSync(reportFile) && !statSync(reportFile).isDirectory())
        collectBody(`report ${report}`, readFileSync(reportFile, 'utf8'));
      resolve(result);
    });
  });
  return { child, done };
}

export function runAction(
  copy: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  entry = 'index.js',
): Promise<ActionResult> {
  return startAction(copy, inputs, env, entry).done;
}
