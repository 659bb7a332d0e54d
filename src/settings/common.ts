import { existsSync } from 'node:fs';
import path from 'node:path';
import { flag, type ParsedArgs } from './args.js';

/** Reads one action input; '' when it is not set (the contract of core.getInput). */
export type InputReader = (name: string) => string;

/** Settings every command shares. */
export interface CommonSettings {
  /** Absolute path that relative paths resolve against (the repository root). */
  readonly workingDirectory: string;
  /** Absolute path of the config file; it may not exist (then only explicit paths work). */
  readonly configPath: string;
  /** Python interpreter that has the pinned kfp. */
  readonly python: string;
}

export const COMMON_FLAGS = ['config', 'python', 'working-directory'] as const;

/** The base folder for everything kfp-action writes (input / flag `output-dir`). */
export const DEFAULT_OUTPUT_BASE = '.kfp-action';

/** Where compiled IR goes under an output base: `<output-dir>/compiled`. */
export function compiledDir(outputBaseDir: string): string {
  return path.join(outputBaseDir, 'compiled');
}

/** The absolute base folder for outputs: `output-dir` as given, else the default, in the
 * working directory. */
export function outputBase(common: CommonSettings, given: string | undefined): string {
  return path.resolve(common.workingDirectory, given || DEFAULT_OUTPUT_BASE);
}

/** Default interpreter: $KFP_ACTION_PYTHON, else the project venv if present, else python3. */
function defaultPython(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  if (env.KFP_ACTION_PYTHON) return env.KFP_ACTION_PYTHON;
  const venv = path.join(cwd, '.venv', 'bin', 'python');
  return existsSync(venv) ? venv : 'python3';
}

function build(
  cwd: string,
  workingDirectory: string | undefined,
  config: string | undefined,
  python: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): CommonSettings {
  const wd = path.resolve(cwd, workingDirectory || '.');
  return {
    workingDirectory: wd,
    configPath: path.resolve(wd, config || 'kfp-action.yaml'),
    python: python || defaultPython(wd, env),
  };
}

export function commonFromArgs(
  args: ParsedArgs,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): CommonSettings {
  return build(
    cwd,
    flag(args, 'working-directory'),
    flag(args, 'config'),
    flag(args, 'python'),
    env,
  );
}

export function commonFromInputs(
  input: InputReader,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): CommonSettings {
  return build(cwd, input('working-directory'), input('config'), input('python'), env);
}
