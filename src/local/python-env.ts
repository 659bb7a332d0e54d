/**
 * Python components as the KFP compiler writes them start with
 * `sh -c "… python3 -m pip install 'kfp==…' … && \"$0\" \"$@\""` and then run
 * `python3 -m kfp.dsl.executor_main`. Locally both must use the project's venv, offline, and must
 * not touch the venv (installing `kfp==2.14.3` into it would downgrade the pinned kfp). So every
 * task gets a folder of shims first on PATH: `python3`/`python` run the venv's interpreter, and
 * `pip install` (through `pip` or `python -m pip`) is skipped with a line in the task's log. The
 * packages named in the preamble are looked up in the venv by name so a missing one is reported
 * before the component fails on its import.
 */
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The interpreter as an absolute path: a path is taken relative to `cwd`, a bare name
 * (`python3`) is looked up on `PATH` — the shims must exec the real interpreter, never
 * themselves. Not found = a UserError that says how to fix it.
 */
export function resolveInterpreter(
  python: string,
  cwd: string,
  pathEnv: string | undefined,
): string {
  if (python.includes('/')) {
    const file = path.resolve(cwd, python);
    if (isExecutable(file)) return file;
  } else {
    for (const dir of (pathEnv ?? '').split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, python);
      if (isExecutable(file)) return file;
    }
  }
  throw new UserError(
    `the Python interpreter "${python}" was not found${python.includes('/') ? '' : ' on PATH'}; Python components run with it — create the project venv (scripts/setup.sh makes .venv with the pinned kfp) or pass --python / the python input`,
  );
}

/** Writes the shim folder and returns its path. `python` must be absolute. */
export function writePythonShims(dir: string, python: string): string {
  mkdirSync(dir, { recursive: true });
  const py = shQuote(python);
  const skipped = `echo "[kfp-action] pip install skipped: packages come from ${python.replace(/["$`\\]/g, '')} (offline)" >&2`;
  const pythonShim = [
    '#!/bin/sh',
    "# kfp-action: the venv interpreter; KFP's pip install preamble is satisfied from the venv.",
    'if [ "$1" = "-m" ] && [ "$2" = "pip" ] && [ "$3" = "install" ]; then',
    `  ${skipped}`,
    '  exit 0',
    'fi',
    'if [ "$1" = "-m" ] && [ "$2" = "ensurepip" ]; then exit 0; fi',
    `exec ${py} "$@"`,
    '',
  ].join('\n');
  const pipShim = [
    '#!/bin/sh',
    'if [ "$1" = "install" ]; then',
    `  ${skipped}`,
    '  exit 0',
    'fi',
    `exec ${py} -m pip "$@"`,
    '',
  ].join('\n');
  for (const [name, text] of [
    ['python3', pythonShim],
    ['python', pythonShim],
    ['pip', pipShim],
    ['pip3', pipShim],
  ] as const) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  }
  return dir;
}

/**
 * The interpreter's own folder when `python3` and `python` there are that interpreter (a venv's
 * bin/): put first on PATH, the component's `python3` is then the venv's interpreter itself, with
 * no shim process in between. Undefined otherwise (then the shims are used).
 */
export function directPythonDir(python: string): string | undefined {
  const dir = path.dirname(python);
  try {
    const real = realpathSync(python);
    for (const name of ['python3', 'python']) {
      if (realpathSync(path.join(dir, name)) !== real) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

const ENSURE_PIP = /^if ! \[ -x "\$\(command -v pip\)" \]; then\n[^]*?\nfi\s*/;
const RUN_REST = '"$0" "$@"';

/**
 * The command without KFP's pip install preamble: `sh -c "<ensurepip> … python3 -m pip install
 * '…' && \"$0\" \"$@\"" <rest…>` runs `<rest…>` once the installs succeed, so locally, where
 * the installs are skipped, `<rest…>` is exactly what runs. Undefined when argv does not start
 * with that preamble, word for word (anything else keeps the shims).
 */
export function withoutPipPreamble(argv: readonly string[]): string[] | undefined {
  if (argv.length < 4 || argv[0] !== 'sh' || argv[1] !== '-c') return undefined;
  const script = argv[2]!.trim().replace(ENSURE_PIP, '');
  if (!script.endsWith(`&& ${RUN_REST}`)) return undefined;
  const steps = script
    .slice(0, -RUN_REST.length)
    .split('&&')
    .map((step) => step.trim())
    .filter(Boolean);
  if (steps.length === 0) return undefined;
  for (const step of steps) {
    const unquoted = step.replace(/'[^']*'/g, "''");
    if (!/^(?:[A-Z_]+=\S+ )*python3? -m pip install /.test(unquoted)) return undefined;
    if (/[;&|`$()<>\n"\\]/.test(unquoted)) return undefined;
  }
  return argv.slice(3);
}

/** PEP 503 normalised distribution name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

/**
 * The requirements a component's pip preamble installs: quoted words after `pip install` that
 * are not options, without environment markers that exclude this Python (`; python_version<…`
 * ones are dropped: the compiler adds them for old Pythons only).
 */
export function pipRequirements(command: readonly string[]): string[] {
  const out: string[] = [];
  for (const element of command) {
    for (const m of element.matchAll(/pip install ([^\n]*?)(?:&&|\n|$)/g)) {
      const words = [...(m[1] ?? '').matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
        (w) => w[1] ?? w[2] ?? w[3] ?? '',
      );
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.startsWith('-')) {
          if (
            [
              '--index-url',
              '--extra-index-url',
              '-i',
              '--trusted-host',
              '-f',
              '--find-links',
            ].includes(w)
          )
            i++;
          continue;
        }
        if (w.includes(';') || w.includes('$') || w.includes('\\')) continue;
        if (/^[A-Za-z0-9]/.test(w)) out.push(w);
      }
    }
  }
  return [...new Set(out)];
}

/** The distribution names installed in the venv that `python` belongs to; undefined when
 * `python` is not in a venv this can read. */
export function installedDistributions(python: string): Set<string> | undefined {
  const venv = path.dirname(path.dirname(python));
  if (!existsSync(path.join(venv, 'pyvenv.cfg'))) return undefined;
  const lib = path.join(venv, 'lib');
  const names = new Set<string>();
  try {
    for (const pyDir of readdirSync(lib)) {
      const site = path.join(lib, pyDir, 'site-packages');
      if (!existsSync(site)) continue;
      for (const entry of readdirSync(site)) {
        const m = /^(.+?)-[^-]+\.(dist-info|egg-info)$/.exec(entry);
        if (m) names.add(normalizeName(m[1]!));
      }
    }
  } catch {
    return undefined;
  }
  return names;
}

/** Requirements whose distribution is not in the venv (by name; versions are not compared). */
export function missingRequirements(
  requirements: readonly string[],
  installed: ReadonlySet<string>,
): string[] {
  return requirements.filter((r) => {
    const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(r)?.[0];
    if (!name) return false;
    const n = normalizeName(name);
    // Variants that ship the same import under another distribution name (xgboost-cpu).
    return !installed.has(n) && !installed.has(`${n}_cpu`);
  });
}
