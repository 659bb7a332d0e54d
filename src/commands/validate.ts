/**
 * `kfp-action validate <files or folders…> [--format json]` — checks compiled IR without Python.
 * Folders mean every .yaml/.yml/.json below them; in the action, `pipelines` lists paths or globs.
 * Exit 0 when every file is valid, 1 when any is not, 2 on a usage error or an unreadable path.
 */
import path from 'node:path';
import { splitSourceList } from '../core/compile/sources.js';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { mdCell, mdCode } from '../core/report/escape.js';
import { DEFAULT_LIMITS, sizeDiagnostic } from '../core/spec/load.js';
import { validateBytes } from '../core/validate/index.js';
import type { Deps } from '../ports/deps.js';
import type { Workspace } from '../ports/workspace.js';
import { flag } from '../settings/args.js';
import { DEFAULT_OUTPUT_BASE, type CommonSettings } from '../settings/common.js';
import type { CommandDefinition } from './command.js';

export type ValidateFormat = 'text' | 'json';

export interface ValidateSettings {
  readonly common: CommonSettings;
  /** Files, folders or globs, relative to the working directory. */
  readonly paths: readonly string[];
  readonly format: ValidateFormat;
}

/** The outcome for one file, in the shape `--format json` prints. */
export interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly errors: {
    message: string;
    line?: number;
    column?: number;
    path?: string;
    task?: string;
    code: string;
    severity: string;
  }[];
}

function parseFormat(value: string | undefined): ValidateFormat {
  if (value === undefined || value === '' || value === 'text') return 'text';
  if (value === 'json') return 'json';
  throw new UserError(`--format must be text or json, got "${value}"`, [], 2);
}

/** Validates one file: refuses an oversized file from its size alone, before reading it. */
function validateFile(workspace: Workspace, absolute: string, display: string): Diagnostic[] {
  const size = workspace.tryFileSize(absolute);
  const tooLarge = size === undefined ? undefined : sizeDiagnostic(display, size, DEFAULT_LIMITS);
  if (tooLarge) return [tooLarge];
  let bytes: Uint8Array;
  try {
    bytes = workspace.readFile(absolute);
  } catch (error) {
    throw new UserError(`cannot read "${display}": ${(error as Error).message}`, [], 2);
  }
  return validateBytes(bytes, display).diagnostics;
}

function toReport(file: string, diagnostics: readonly Diagnostic[]): FileReport {
  return {
    file,
    valid: !diagnostics.some(isError),
    errors: diagnostics.map((d) => ({
      message: d.message,
      ...(d.line !== undefined ? { line: d.line } : {}),
      ...(d.column !== undefined ? { column: d.column } : {}),
      ...(d.path !== undefined ? { path: d.path } : {}),
      ...(d.task !== undefined ? { task: d.task } : {}),
      code: d.code,
      severity: d.severity,
    })),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryLine(reports: readonly FileReport[]): string {
  const invalid = reports.filter((r) => !r.valid).length;
  const errors = reports.reduce(
    (n, r) => n + r.errors.filter((e) => e.severity === 'error').length,
    0,
  );
  return invalid === 0
    ? `${plural(reports.length, 'file')} valid`
    : `${plural(invalid, 'file')} of ${reports.length} invalid (${plural(errors, 'error')})`;
}

function summaryMarkdown(reports: readonly FileReport[]): string {
  const rows = reports.map((r) => {
    const errors = r.errors.filter((e) => e.severity === 'error');
    const first = errors[0];
    const detail = first
      ? `${mdCell(first.message)}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}`
      : '';
    return `| ${mdCode(r.file)} | ${r.valid ? 'valid' : '**invalid**'} | ${detail} |`;
  });
  return [
    `### kfp-action validate: ${summaryLine(reports)}`,
    '',
    '| file | result | first error |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** No paths given: every compiled pipeline IR in the repository (found as zero-config does). */
async function compiledInRepository(base: string, deps: Deps): Promise<string[]> {
  const found = await deps.workspace.findPipelines(
    base,
    [path.resolve(base, DEFAULT_OUTPUT_BASE)],
    deps.logger,
  );
  if (found.ir.length === 0) {
    throw new UserError(
      `no file or folder given, and no compiled pipeline IR (YAML/JSON with pipelineInfo, root and schemaVersion) found in ${found.listing === 'git' ? 'the files git knows' : 'this folder'}; name the files to validate, or compile the Python pipelines with kfp-action compile`,
      [],
      2,
    );
  }
  deps.logger.info(
    `no file given: validating the ${found.ir.length} compiled pipeline${found.ir.length === 1 ? '' : 's'} found in the repository`,
  );
  return found.ir.map((f) => path.resolve(base, f));
}

export const validateCommand: CommandDefinition<ValidateSettings> = {
  name: 'validate',
  summary: 'check compiled IR (schema, graph, types, placeholders, naming) without Python',
  usage: [
    'Usage: kfp-action validate [files or folders…] [--format json]',
    '',
    'Without a file: every compiled pipeline IR in the repository (the files git knows;',
    'virtualenvs, node_modules and .kfp-action skipped).',
    '',
    'Validates compiled KFP IR (.yaml/.yml/.json; a folder means every such file below it):',
    'the PipelineSpec schema, the task graph, parameter and artifact types, placeholders,',
    'the pipeline name and schemaVersion, and the optional platform document.',
    '',
    '  --format FORMAT   text (default): file:line:col: error: message [task] (code)',
    '                    json: one object per file: {file, valid, errors: [...]}',
    '',
    'Exit: 0 all valid, 1 any invalid, 2 usage error or unreadable path.',
  ].join('\n'),
  cliFlags: { values: ['format'], switches: [] },
  fromArgs(args, common) {
    return { common, paths: [...args.positionals], format: parseFormat(flag(args, 'format')) };
  },
  fromInputs(input, common) {
    return { common, paths: splitSourceList(input('pipelines')), format: 'text' };
  },
  async run(settings, deps) {
    const base = settings.common.workingDirectory;
    const files = settings.paths.length
      ? deps.workspace.expandIrPaths(settings.paths, base)
      : await compiledInRepository(base, deps);
    const reports = files.map((absolute) => {
      const relative = path.relative(base, absolute);
      const display = relative === '' ? absolute : relative;
      const diagnostics = validateFile(deps.workspace, absolute, display);
      // Text and the action report as they go; JSON prints everything at the end.
      if (settings.format === 'text') deps.edge.report(diagnostics);
      return toReport(display, diagnostics);
    });
    if (settings.format === 'json') deps.edge.print(JSON.stringify(reports, null, 2));
    else deps.edge.print(summaryLine(reports));
    const valid = reports.every((r) => r.valid);
    deps.edge.setOutput('valid', String(valid));
    if (deps.edge.kind === 'action') await deps.edge.appendSummary(summaryMarkdown(reports));
    return valid ? 0 : 1;
  },
};
