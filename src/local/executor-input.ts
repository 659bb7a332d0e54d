/**
 * The ExecutorInput message (kubeflow/pipelines pipeline_spec.proto) a task's process receives
 * as `{{$}}`, in its JSON form — built from the component's definitions, the task's resolved
 * inputs and its folder under the local pipeline root. Pure (paths are computed, not created).
 */
import path from 'node:path';
import type { ParameterValue } from '../core/result/model.js';
import type { ArtifactTypeSchema, ComponentSpec } from '../core/spec/types.js';

export interface RuntimeArtifact {
  name: string;
  type: { schemaTitle: string; schemaVersion?: string };
  /** Locally an absolute path: the KFP Python executor uses a non-remote URI as the path. */
  uri: string;
  metadata: Record<string, unknown>;
}

export interface ArtifactList {
  artifacts: RuntimeArtifact[];
}

export interface ExecutorInput {
  inputs: {
    parameterValues: Record<string, ParameterValue>;
    artifacts: Record<string, ArtifactList>;
  };
  outputs: {
    parameters: Record<string, { outputFile: string }>;
    artifacts: Record<string, ArtifactList>;
    outputFile: string;
  };
}

const EXECUTOR_OUTPUT_FILE = 'executor_output.json';

export function artifactType(t: ArtifactTypeSchema | undefined): RuntimeArtifact['type'] {
  return {
    schemaTitle: t?.schemaTitle ?? 'system.Artifact',
    ...(t?.schemaVersion ? { schemaVersion: t.schemaVersion } : {}),
  };
}

/** Casts NUMBER_INTEGER inputs to whole numbers (IR constants are written as `9.0`). */
function typed(component: ComponentSpec, name: string, value: ParameterValue): ParameterValue {
  const type = component.inputDefinitions?.parameters?.[name]?.parameterType;
  if (type === 'NUMBER_INTEGER' && typeof value === 'number') return Math.trunc(value);
  if (
    type === 'NUMBER_INTEGER' &&
    typeof value === 'string' &&
    /^-?\d+(\.0*)?$/.test(value.trim())
  ) {
    return Math.trunc(Number(value));
  }
  return value;
}

/**
 * `parameters` and `artifacts` are the task's resolved inputs (absent = not provided). Declared
 * inputs with a default and no value get the default, as the KFP backend does.
 */
export function buildExecutorInput(
  component: ComponentSpec,
  parameters: Readonly<Record<string, ParameterValue>>,
  artifacts: Readonly<Record<string, readonly RuntimeArtifact[]>>,
  taskRoot: string,
): ExecutorInput {
  const parameterValues: Record<string, ParameterValue> = {};
  for (const [name, spec] of Object.entries(component.inputDefinitions?.parameters ?? {})) {
    if (name in parameters) continue;
    if (spec.defaultValue !== undefined) {
      parameterValues[name] = typed(component, name, spec.defaultValue as ParameterValue);
    }
  }
  for (const [name, value] of Object.entries(parameters)) {
    parameterValues[name] = typed(component, name, value);
  }
  const inputArtifacts: Record<string, ArtifactList> = {};
  for (const [name, list] of Object.entries(artifacts)) {
    inputArtifacts[name] = { artifacts: list.map((a) => ({ ...a, metadata: { ...a.metadata } })) };
  }
  const outParams: Record<string, { outputFile: string }> = {};
  for (const name of Object.keys(component.outputDefinitions?.parameters ?? {})) {
    outParams[name] = { outputFile: path.join(taskRoot, 'outputs', name) };
  }
  const outArtifacts: Record<string, ArtifactList> = {};
  for (const [name, spec] of Object.entries(component.outputDefinitions?.artifacts ?? {})) {
    outArtifacts[name] = {
      artifacts: [
        {
          name,
          type: artifactType(spec.artifactType),
          uri: path.join(taskRoot, 'artifacts', name),
          metadata: {},
        },
      ],
    };
  }
  return {
    inputs: { parameterValues, artifacts: inputArtifacts },
    outputs: {
      parameters: outParams,
      artifacts: outArtifacts,
      outputFile: path.join(taskRoot, EXECUTOR_OUTPUT_FILE),
    },
  };
}
