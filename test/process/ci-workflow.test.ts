/**
 * The `action` job of .github/workflows/ci.yml, step by step as the runner would run it: each
 * `uses: ./` step is the built action with action.yml's defaults and the step's `with:` (its
 * `${{ env.* }}` and `${{ steps.*.outputs.* }}` filled in), in a workspace holding the example and
 * a `.venv` with the pinned kfp; the `run:` step that checks the outputs runs in bash with its
 * `env:` filled the same way. The pull-request `check` step is left out (it needs a pull request
 * event and GitHub: test/process/check.test.ts runs check against the fake GitHub).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { buildActionCopy, runAction } from '../support/action-process/run-action.js';

const root = path.resolve(import.meta.dirname, '../..');
const venv = path.join(root, '.venv');
const maybe = existsSync(path.join(venv, 'bin/python')) ? describe : describe.skip;

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const ci = parse(readFileSync(path.join(root, '.github/workflows/ci.yml'), 'utf8')) as {
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** `${{ env.X }}` and `${{ steps.ID.outputs.NAME }}`; any other expression fails the test. */
function expand(text: string, outputs: Map<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const env = /^env\.([\w-]+)$/.exec(expr);
    if (env) return ci.env[env[1]!] ?? '';
    const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (out) return outputs.get(out[1]!)?.[out[2]!] ?? '';
    throw new Error(`ci.yml: the test cannot evaluate \${{ ${expr} }}`);
  });
}

let copy: string;
let workspace: string;
beforeAll(() => {
  copy = buildActionCopy();
  workspace = mkdtempSync(path.join(tmpdir(), 'kfp-ci-workspace-'));
  cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  symlinkSync(venv, path.join(workspace, '.venv'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

maybe('ci.yml, job `action`, as the runner runs it', () => {
  it('compiles, validates and runs the example with uses: ./, and its output check passes', async () => {
    const steps = ci.jobs.action!.steps.filter(
      (s) => s.if !== "github.event_name == 'pull_request'",
    );
    const ran: string[] = [];
    const outputs = new Map<string, Record<string, string>>();
    for (const step of steps) {
      if (step.uses === './') {
        const inputs: Record<string, string> = {};
        for (const [name, spec] of Object.entries(action.inputs)) {
          if (spec.default !== undefined && !spec.default.includes('${{'))
            inputs[name] = spec.default;
        }
        for (const [name, value] of Object.entries(step.with ?? {})) {
          inputs[name] = expand(String(value), outputs);
        }
        const r = await runAction(copy, inputs, { GITHUB_WORKSPACE: workspace });
        expect({ step: step.name, code: r.code, errors: r.stdout.match(/^::error.*$/gm) }).toEqual({
          step: step.name,
          code: 0,
          errors: null,
        });
        if (step.id) outputs.set(step.id, r.outputs);
        ran.push(String(step.name));
      } else if (
        step.run &&
        step.env &&
        Object.values(step.env).some((v) => v.includes('steps.'))
      ) {
        const env = Object.fromEntries(
          Object.entries(step.env).map(([k, v]) => [k, expand(String(v), outputs)]),
        );
        // The runner's shell for `run:` on Linux: bash --noprofile --norc -eo pipefail {0}.
        const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
          cwd: workspace,
          env: { PATH: process.env.PATH ?? '', ...env },
          encoding: 'utf8',
        });
        expect({ step: step.name, code: r.status, stderr: r.stderr }).toEqual({
          step: step.name,
          code: 0,
          stderr: '',
        });
        ran.push(String(step.name));
      }
    }
    expect(ran).toEqual([
      'compile',
      'validate',
      'run (local backend)',
      'the outputs are what users read',
    ]);
    expect(JSON.parse(outputs.get('compile')!.compiled!)).toEqual([
      expect.objectContaining({ name: 'breast-cancer-xgboost' }),
    ]);
  });
});
