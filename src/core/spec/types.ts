/**
 * The compiled KFP IR (PipelineSpec, kubeflow/pipelines api/v2alpha1/pipeline_spec.proto) as the
 * KFP compiler writes it: camelCase YAML/JSON. These types name the fields the code reads; the
 * JSON Schema (schema/pipeline-spec.schema.json) is the complete, strict description.
 */

export type ParameterType =
  | 'PARAMETER_TYPE_ENUM_UNSPECIFIED'
  | 'NUMBER_DOUBLE'
  | 'NUMBER_INTEGER'
  | 'STRING'
  | 'BOOLEAN'
  | 'LIST'
  | 'STRUCT'
  | 'TASK_FINAL_STATUS'
  | 'TASK_CONFIG';

export interface ArtifactTypeSchema {
  schemaTitle?: string;
  schemaUri?: string;
  instanceSchema?: string;
  schemaVersion?: string;
}

export interface ParameterSpec {
  parameterType?: ParameterType;
  defaultValue?: unknown;
  isOptional?: boolean;
  description?: string;
  /** Allowed values (`Literal[...]` inputs), newer kfp only. */
  literals?: unknown[];
}

export interface ArtifactSpec {
  artifactType?: ArtifactTypeSchema;
  isArtifactList?: boolean;
  isOptional?: boolean;
  description?: string;
}

export interface InputsSpec {
  parameters?: Record<string, ParameterSpec>;
  artifacts?: Record<string, ArtifactSpec>;
}

export interface OutputsSpec {
  parameters?: Record<string, ParameterSpec>;
  artifacts?: Record<string, ArtifactSpec>;
}

export interface TaskInputParameterSpec {
  componentInputParameter?: string;
  taskOutputParameter?: { producerTask: string; outputParameterKey: string };
  runtimeValue?: { constant?: unknown };
  taskFinalStatus?: { producerTask: string };
  parameterExpressionSelector?: string;
}

export interface TaskInputArtifactSpec {
  componentInputArtifact?: string;
  taskOutputArtifact?: { producerTask: string; outputArtifactKey: string };
}

export interface PipelineTaskSpec {
  taskInfo?: { name?: string };
  inputs?: {
    parameters?: Record<string, TaskInputParameterSpec>;
    artifacts?: Record<string, TaskInputArtifactSpec>;
  };
  dependentTasks?: string[];
  cachingOptions?: { enableCache?: boolean; cacheKey?: string };
  componentRef?: { name: string };
  triggerPolicy?: {
    condition?: string;
    strategy?:
      | 'TRIGGER_STRATEGY_UNSPECIFIED'
      | 'ALL_UPSTREAM_TASKS_SUCCEEDED'
      | 'ALL_UPSTREAM_TASKS_COMPLETED';
  };
  parameterIterator?: { items: { raw?: string; inputParameter?: string }; itemInput: string };
  artifactIterator?: { items: { inputArtifact: string }; itemInput: string };
  retryPolicy?: {
    maxRetryCount?: number;
    backoffDuration?: string;
    backoffFactor?: number;
    backoffMaxDuration?: string;
  };
  iteratorPolicy?: { parallelismLimit?: number };
}

export interface DagOutputsSpec {
  artifacts?: Record<
    string,
    { artifactSelectors?: { producerSubtask: string; outputArtifactKey: string }[] }
  >;
  parameters?: Record<
    string,
    {
      valueFromParameter?: { producerSubtask: string; outputParameterKey: string };
      valueFromOneof?: {
        parameterSelectors?: { producerSubtask: string; outputParameterKey: string }[];
      };
    }
  >;
}

export interface DagSpec {
  tasks?: Record<string, PipelineTaskSpec>;
  outputs?: DagOutputsSpec;
}

export interface ComponentSpec {
  inputDefinitions?: InputsSpec;
  outputDefinitions?: OutputsSpec;
  dag?: DagSpec;
  executorLabel?: string;
  singlePlatformSpecs?: unknown[];
  taskConfigPassthroughs?: { field?: string; applyToTask?: boolean }[];
}

export interface ContainerSpec {
  image: string;
  command?: string[];
  args?: string[];
  env?: { name: string; value: string }[];
  resources?: {
    cpuLimit?: number;
    memoryLimit?: number;
    cpuRequest?: number;
    memoryRequest?: number;
    resourceCpuLimit?: string;
    resourceMemoryLimit?: string;
    resourceCpuRequest?: string;
    resourceMemoryRequest?: string;
    accelerator?: Record<string, unknown>;
  };
  lifecycle?: unknown;
}

export interface ImporterSpec {
  artifactUri?: { constant?: string; runtimeParameter?: string };
  typeSchema?: ArtifactTypeSchema;
  metadata?: Record<string, unknown>;
  reimport?: boolean;
  downloadToWorkspace?: boolean;
}

export interface ExecutorSpec {
  container?: ContainerSpec;
  importer?: ImporterSpec;
  resolver?: unknown;
  customJob?: unknown;
}

export interface PipelineSpec {
  pipelineInfo: { name: string; displayName?: string; description?: string };
  deploymentSpec?: { executors?: Record<string, ExecutorSpec> };
  sdkVersion?: string;
  schemaVersion?: string;
  components?: Record<string, ComponentSpec>;
  root: ComponentSpec;
  defaultPipelineRoot?: string;
}

/** The optional second YAML document: per-platform (e.g. `kubernetes`) executor configs. */
export interface PlatformSpec {
  platforms?: Record<
    string,
    {
      deploymentSpec?: { executors?: Record<string, Record<string, unknown>> };
      platform?: string;
      config?: Record<string, unknown>;
      pipelineConfig?: Record<string, unknown>;
    }
  >;
}
