import { UserError } from '../core/diagnostics.js';
import type { ParameterValue } from '../core/result/model.js';

/** Command-line words split into positionals and `--flag value` / `--flag=value` / `--switch`. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Every flag as given; a repeated flag keeps all its values. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/**
 * Parses argv after the command word. `switches` are flags that take no value; every other flag
 * takes the next word (or the text after `=`). Unknown flags are a usage error (exit 2).
 */
export function parseArgs(
  argv: readonly string[],
  spec: { readonly values: readonly string[]; readonly switches: readonly string[] },
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => flags.set(name, [...(flags.get(name) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('--')) {
      positionals.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word.slice(2, eq === -1 ? undefined : eq);
    if (spec.switches.includes(name)) {
      if (eq !== -1) add(name, word.slice(eq + 1));
      else add(name, 'true');
    } else if (spec.values.includes(name)) {
      if (eq !== -1) add(name, word.slice(eq + 1));
      else {
        const next = argv[i + 1];
        if (next === undefined) throw new UserError(`option --${name} needs a value`, [], 2);
        add(name, next);
        i++;
      }
    } else {
      const known = [...spec.values, ...spec.switches].map((f) => `--${f}`).join(', ');
      throw new UserError(`unknown option --${name} (known: ${known || 'none'})`, [], 2);
    }
  }
  return { positionals, flags };
}

/** The last value of a flag, or undefined. */
export function flag(args: ParsedArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}

/** A boolean from `true/false/yes/no/1/0` (inputs and flags alike); names the bad value. */
export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`${name} must be true or false, got "${value}"`, [], 2);
}

/** Pipeline parameter values given as one JSON object (`{"seed": 42}`); empty = none. Names the
 * bad value. */
export function parseParameterObject(
  name: string,
  text: string | undefined,
): Record<string, ParameterValue> {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}; ${(error as Error).message}`,
      [],
      2,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}, got: ${text.slice(0, 100)}`,
      [],
      2,
    );
  }
  return value as Record<string, ParameterValue>;
}

/** A positive integer; names the bad value. */
export function parsePositiveInt(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`${name} must be a positive whole number, got "${value}"`, [], 2);
  }
  return n;
}
