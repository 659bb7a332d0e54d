import { parseArgs as utilParseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/diagnostics.js';
import type { ParameterValue } from '../core/result/model.js';
import { parseParameterJson } from '../core/spec/parameters.js';

/** Command-line words split into positionals and `--flag value` / `--flag=value` / `--switch`. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Every flag as given; a repeated flag keeps all its values. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/** The options a command line may hold: flags that take a value, and switches that do not. */
export interface ArgSpec {
  readonly values: readonly string[];
  readonly switches: readonly string[];
}

/** One-letter spellings: `-h` is `--help`, `-V` is `--version` (when the spec has them). */
const SHORT: Readonly<Record<string, string>> = { help: 'h', version: 'V' };

function utilOptions(spec: ArgSpec): ParseArgsConfig['options'] {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const name of spec.values) options[name] = { type: 'string', multiple: true };
  for (const name of spec.switches) {
    options[name] = { type: 'boolean', ...(SHORT[name] ? { short: SHORT[name] } : {}) };
  }
  return options;
}

function known(spec: ArgSpec): string {
  const names = [...spec.values, ...spec.switches].map((f) =>
    SHORT[f] ? `--${f} (-${SHORT[f]})` : `--${f}`,
  );
  return names.join(', ') || 'none';
}

/**
 * Parses command-line words with `node:util` parseArgs. `switches` take no value; every other
 * flag takes the next word (or the text after `=`). An unknown option, a flag without its value
 * or a value given to a switch is a usage error (exit 2) that lists the known options. With
 * `lenient` (a guess before the command's own options are known), such words are skipped, and
 * the word after an unknown option is taken to be its value, not a positional.
 */
export function parseArgs(
  argv: readonly string[],
  spec: ArgSpec,
  { lenient = false }: { readonly lenient?: boolean } = {},
): ParsedArgs {
  // Not strict: parseArgs' own errors are not worded for users; the tokens are checked below.
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  // Lenient: the index of the word an unknown option may take as its value (`--output-dir out`).
  let valueOfUnknown = -1;
  for (const token of tokens) {
    if (token.kind === 'positional' && token.index !== valueOfUnknown)
      positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name;
    if (spec.values.includes(name)) {
      if (token.value === undefined) {
        if (lenient) continue;
        throw new UserError(`option ${token.rawName} needs a value`, [], 2);
      }
      flags.set(name, [...(flags.get(name) ?? []), token.value]);
    } else if (spec.switches.includes(name)) {
      if (token.inlineValue) {
        if (lenient) continue;
        throw new UserError(`option ${token.rawName} takes no value, got "${token.value}"`, [], 2);
      }
      flags.set(name, [...(flags.get(name) ?? []), 'true']);
    } else if (lenient) {
      if (!token.inlineValue) valueOfUnknown = token.index + 1;
    } else {
      throw new UserError(`unknown option ${token.rawName} (known: ${known(spec)})`, [], 2);
    }
  }
  return { positionals, flags };
}

/**
 * The first positional word of a command line (the command) and where it is, skipping options
 * and the values of `valueFlags`, so that options may come before the command
 * (`kfp-action --python X compile`). Undefined when there is none.
 */
export function findCommandWord(
  argv: readonly string[],
  valueFlags: readonly string[],
): { readonly word: string; readonly index: number } | undefined {
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions({ values: valueFlags, switches: [] }),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  return first?.kind === 'positional' ? { word: first.value, index: first.index } : undefined;
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
    value = parseParameterJson(text);
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
