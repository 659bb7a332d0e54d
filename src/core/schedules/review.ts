/**
 * What the pull-request check says about one pipeline's `schedules:`: the changes against the
 * base branch (./config-diff.ts) and the schedules' parameter values checked against the
 * compiled pipeline's inputs — the same check `schedules` makes on merge, so a wrong value is
 * caught before it is merged. Pure.
 */
import type { PipelineEntry } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkParameters } from '../spec/parameters.js';
import type { PipelineSpec } from '../spec/types.js';
import { diffScheduleConfigs, type ScheduleConfigChange } from './config-diff.js';

export interface ScheduleReview {
  /** Undefined when the base was not compared (no base commit, or it did not compile). */
  readonly changes?: readonly ScheduleConfigChange[];
  readonly diagnostics: readonly Diagnostic[];
}

export function reviewSchedules(input: {
  readonly pipeline: string;
  readonly spec?: PipelineSpec;
  readonly head?: PipelineEntry;
  /** The entry's index in the head config (for the diagnostic's path). */
  readonly headIndex?: number;
  /** The base's entry of the pipeline; undefined with `compared` = it had none. */
  readonly base?: PipelineEntry;
  readonly compared: boolean;
  readonly configFile: string;
}): ScheduleReview {
  const diagnostics: Diagnostic[] = [];
  const schedules = input.head?.schedules ?? [];
  if (input.spec) {
    schedules.forEach((s, j) => {
      const checked = checkParameters(
        input.spec!,
        { ...input.head?.parameters, ...s.parameters },
        `schedule ${s.name}`,
      );
      for (const d of checked.diagnostics) {
        diagnostics.push({
          ...d,
          message: `schedule ${s.name}: ${d.message}`,
          file: input.configFile,
          path: `pipelines[${input.headIndex ?? '?'}].schedules[${j}].parameters`,
          task: input.pipeline,
        });
      }
    });
  }
  if (!input.compared) return { diagnostics };
  return { changes: diffScheduleConfigs(input.base?.schedules, schedules), diagnostics };
}
