/**
 * The package check before a local run: the versions the components pin against the venv's
 * (src/local/package-pins.ts). Warnings go to the log and the run result (and so the report);
 * with `strict` they stop the run before any task starts.
 */
import { UserError, type Diagnostic } from '../core/diagnostics.js';
import type { RunWarning } from '../core/result/model.js';
import type { PipelineSpec } from '../core/spec/types.js';
import type { Logger } from '../ports/logger.js';
import { installedVersions, pinMismatches } from './package-pins.js';

export function packageWarnings(
  spec: PipelineSpec,
  python: string,
  strict: boolean,
  logger: Logger,
): RunWarning[] {
  const installed = installedVersions(python);
  if (!installed) return [];
  const warnings: RunWarning[] = pinMismatches(spec, installed).map((m) => ({
    code: 'run/package-version',
    message: `${m.requirement} is asked for by ${m.executors.map((e) => e.replace(/^exec-/, '')).join(', ')}, but the venv has ${m.name} ${m.installed}; locally the install is skipped (offline) and ${m.installed} is used — install the pinned version in the venv to run what Vertex runs${strict ? '' : ' (--strict-packages makes this an error)'}`,
  }));
  if (strict && warnings.length > 0) {
    const diagnostics: Diagnostic[] = warnings.map((w) => ({
      code: w.code,
      severity: 'error',
      message: w.message,
    }));
    throw new UserError(
      `cannot run ${spec.pipelineInfo.name} with --strict-packages: ${warnings.map((w) => w.message).join('; ')} (run/package-version)`,
      diagnostics,
      1,
    );
  }
  for (const w of warnings) logger.warning(w.message);
  return warnings;
}
