/**
 * Reading a finished task's outputs the way the KFP backend does: `executor_output.json`
 * (parameterValues, and artifacts with the metadata the component logged — metrics live there),
 * then each output parameter's file (dsl.OutputPath / container outputs), which wins. Strings are
 * read as they are; other types as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ParameterValue } from '../core/result/model.js';
import type { ComponentSpec, ParameterType } from '../core/spec/types.js';
import type { ExecutorInput, RuntimeArtifact } from './executor-input.js';

export interface TaskOutputs {
  readonly parameters: Record<string, ParameterValue>;
  readonly artifacts: Record<string, RuntimeArtifact[]>;
}

export type ReadOutputsResult = { ok: true; outputs: TaskOutputs } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses an output parameter file's text by its declared type. */
export function parseParameterText(text: string, type: ParameterType | undefined): ParameterValue {
  if (type === 'STRING' || type === undefined) return text;
  const t = type === 'BOOLEAN' ? text.trim().toLowerCase() : text.trim();
  const value = JSON.parse(t) as ParameterValue;
  if (type === 'NUMBER_INTEGER' && typeof value === 'number') return Math.trunc(value);
  return value;
}

/** Pure part: merges the executor output JSON and the parameter files' texts. */
export function mergeOutputs(
  component: ComponentSpec,
  executorInput: ExecutorInput,
  executorOutput: unknown,
  parameterFiles: Readonly<Record<string, string>>,
): ReadOutputsResult {
  const declared = component.outputDefinitions?.parameters ?? {};
  const parameters: Record<string, ParameterValue> = {};
  const artifacts: Record<string, RuntimeArtifact[]> = {};
  for (const [name, list] of Object.entries(executorInput.outputs.artifacts)) {
    artifacts[name] = list.artifacts.map((a) => ({ ...a, metadata: { ...a.metadata } }));
  }
  if (executorOutput !== undefined) {
    if (!isRecord(executorOutput))
      return { ok: false, error: 'executor_output.json is not a JSON object' };
    const values = executorOutput.parameterValues ?? executorOutput.parameters;
    if (isRecord(values)) {
      for (const [k, v] of Object.entries(values)) {
        // Older executors write {stringValue|intValue|doubleValue}; current ones plain values.
        const plain =
          isRecord(v) && ('stringValue' in v || 'intValue' in v || 'doubleValue' in v)
            ? ((v.stringValue ?? v.intValue ?? v.doubleValue) as ParameterValue)
            : (v as ParameterValue);
        parameters[k] =
          declared[k]?.parameterType === 'NUMBER_INTEGER' && typeof plain === 'number'
            ? Math.trunc(plain)
            : plain;
      }
    }
    if (isRecord(executorOutput.artifacts)) {
      for (const [name, list] of Object.entries(executorOutput.artifacts)) {
        if (!isRecord(list) || !Array.isArray(list.artifacts)) continue;
        const defaults = artifacts[name] ?? [];
        artifacts[name] = list.artifacts.filter(isRecord).map((a, i) => {
          const base = defaults[i] ?? defaults[0];
          return {
            name: typeof a.name === 'string' && a.name ? a.name : (base?.name ?? name),
            type: base?.type ?? { schemaTitle: 'system.Artifact' },
            uri: typeof a.uri === 'string' && a.uri ? a.uri : (base?.uri ?? ''),
            metadata: isRecord(a.metadata) ? a.metadata : (base?.metadata ?? {}),
          };
        });
      }
    }
  }
  for (const [name, text] of Object.entries(parameterFiles)) {
    try {
      parameters[name] = parseParameterText(text, declared[name]?.parameterType);
    } catch {
      return {
        ok: false,
        error: `output parameter "${name}" is typed ${declared[name]?.parameterType} but its file holds ${JSON.stringify(text.slice(0, 80))}, which is not JSON`,
      };
    }
  }
  const missing = Object.keys(declared).filter((n) => !(n in parameters));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `the task ended without writing its output parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (neither in executor_output.json nor in the output file)`,
    };
  }
  return { ok: true, outputs: { parameters, artifacts } };
}

/** Reads the files of a finished task and merges them. */
export function readTaskOutputs(
  component: ComponentSpec,
  executorInput: ExecutorInput,
): ReadOutputsResult {
  let executorOutput: unknown;
  const file = executorInput.outputs.outputFile;
  if (existsSync(file)) {
    try {
      executorOutput = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      return { ok: false, error: `${file} is not valid JSON: ${(error as Error).message}` };
    }
  }
  const parameterFiles: Record<string, string> = {};
  for (const [name, p] of Object.entries(executorInput.outputs.parameters)) {
    if (existsSync(p.outputFile)) parameterFiles[name] = readFileSync(p.outputFile, 'utf8');
  }
  return mergeOutputs(component, executorInput, executorOutput, parameterFiles);
}
