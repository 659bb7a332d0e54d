/**
 * The up-front check of the Python side: interpreter version, kfp installed, kfp version equal to
 * the pinned one. Pure: the adapter asks Python, this decides and words the fix.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { PythonEnvironment } from './protocol.js';

/** The oldest Python the pinned kfp supports. */
const MIN_PYTHON: readonly [number, number] = [3, 9];

/** Shell-quotes a path for a command the user can paste. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function pipInstall(python: string, pinned: string): string {
  return `${shellQuote(python)} -m pip install 'kfp==${pinned}'`;
}

/** An error diagnostic when the environment cannot compile with the pinned kfp; else undefined. */
export function checkEnvironment(
  env: PythonEnvironment,
  pinned: string,
  /** The interpreter as configured (what the user typed), for the messages. */
  configured: string,
): Diagnostic | undefined {
  const [major = 0, minor = 0] = env.pythonVersion.split('.').map((n) => Number.parseInt(n, 10));
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    return {
      code: 'compile/python-too-old',
      severity: 'error',
      message: `Python ${env.pythonVersion} at ${configured} is too old: kfp ${pinned} needs Python ${MIN_PYTHON.join('.')} or newer; point --python (input \`python\`) at a newer interpreter, e.g. one set up by actions/setup-python`,
    };
  }
  if (!env.kfp) {
    return {
      code: 'compile/kfp-missing',
      severity: 'error',
      message: `kfp is not installed for ${configured} (${env.python}); install the pinned version: ${pipInstall(env.python, pinned)}`,
    };
  }
  if (env.kfp !== pinned) {
    return {
      code: 'compile/kfp-version',
      severity: 'error',
      message: `kfp ${env.kfp} is installed for ${configured}, but kfp-action compiles with kfp ${pinned} (other versions write different IR); run: ${pipInstall(env.python, pinned)}`,
    };
  }
  return undefined;
}
