/**
 * What `kfp-action init` writes: a commented `kfp-action.yaml` for the pipelines it found, from
 * their compiled IR — names, sources, parameters with their defaults, a guessed `decision` (a
 * task output named like `deploy`), a `model` section (a task that outputs a `system.Model`),
 * gates and Vertex settings as comments to fill in. Pure: IR in, YAML text out.
 */
import { stringify } from 'yaml';
import type { ParameterValue } from '../result/model.js';
import type { ComponentSpec, PipelineSpec } from '../spec/types.js';
import { ZERO_CONFIG_POLICY } from './zero-config.js';

export interface InitParameter {
  readonly name: string;
  readonly type?: string;
  /** The compiled default; undefined when the parameter has none. */
  readonly defaultValue?: ParameterValue;
}

export interface InitOutput {
  readonly task: string;
  readonly output: string;
}

/** One pipeline as init describes it. */
export interface InitPipeline {
  readonly source: string;
  /** pipelineInfo.name; undefined when the pipeline did not compile here. */
  readonly name?: string;
  readonly function?: string;
  readonly parameters: readonly InitParameter[];
  readonly decision?: InitOutput;
  readonly model?: InitOutput;
  /** Tasks that log metrics (system.Metrics / ClassificationMetrics): candidates for gates. */
  readonly metrics: readonly InitOutput[];
  /** Why it is written without details (it did not compile). */
  readonly note?: string;
}

/** The pipeline name pattern of the config schema. */
const NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;
/** Output parameters that carry a pipeline's own deploy decision. */
const DECISION = /deploy/i;

/** Every task in the pipeline's DAGs, with its component (nested DAGs included). */
function tasksOf(spec: PipelineSpec): { task: string; component: ComponentSpec }[] {
  const out: { task: string; component: ComponentSpec }[] = [];
  const seen = new Set<ComponentSpec>();
  const visit = (dag: ComponentSpec) => {
    if (seen.has(dag)) return;
    seen.add(dag);
    for (const [task, t] of Object.entries(dag.dag?.tasks ?? {})) {
      const component = t.componentRef ? spec.components?.[t.componentRef.name] : undefined;
      if (!component) continue;
      if (component.dag) visit(component);
      else out.push({ task, component });
    }
  };
  visit(spec.root);
  return out;
}

/** What init needs to know of one compiled pipeline. */
export function describePipeline(
  spec: PipelineSpec,
  source: string,
  fn: string | undefined,
): InitPipeline {
  const parameters = Object.entries(spec.root?.inputDefinitions?.parameters ?? {}).map(
    ([name, p]): InitParameter => ({
      name,
      ...(p.parameterType ? { type: p.parameterType } : {}),
      ...(p.defaultValue !== undefined ? { defaultValue: p.defaultValue as ParameterValue } : {}),
    }),
  );
  let decision: InitOutput | undefined;
  let model: InitOutput | undefined;
  const metrics: InitOutput[] = [];
  for (const { task, component } of tasksOf(spec)) {
    const outs = component.outputDefinitions ?? {};
    for (const [output, p] of Object.entries(outs.parameters ?? {})) {
      if (
        !decision &&
        DECISION.test(output) &&
        ['STRING', 'BOOLEAN'].includes(p.parameterType ?? '')
      )
        decision = { task, output };
    }
    for (const [output, a] of Object.entries(outs.artifacts ?? {})) {
      const title = a.artifactType?.schemaTitle ?? '';
      if (!model && title === 'system.Model' && !a.isArtifactList) model = { task, output };
      if (title === 'system.Metrics' || title === 'system.ClassificationMetrics')
        metrics.push({ task, output });
    }
  }
  const name = spec.pipelineInfo?.name;
  return {
    source,
    ...(typeof name === 'string' ? { name } : {}),
    ...(fn ? { function: fn } : {}),
    parameters,
    ...(decision ? { decision } : {}),
    ...(model ? { model } : {}),
    metrics,
  };
}

/** A YAML scalar or flow collection for a value. */
function value(v: unknown): string {
  return stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** Text from a pipeline safe inside a YAML comment: one line, no control characters. */
function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 200);
}

const SCHEMA_URL =
  'https://raw.githubusercontent.com/kfp-action/kfp-action/v1/schema/kfp-action.schema.json';

function pipelineLines(p: InitPipeline, several: boolean): string[] {
  const out: string[] = [];
  const title = p.name ?? p.source;
  out.push(`  # ${commentText(title)}${p.note ? ` — ${commentText(p.note)}` : ''}`);
  out.push(`  - source: ${value(p.source)}`);
  if (p.name && NAME.test(p.name)) out.push(`    name: ${value(p.name)}`);
  if (p.function) out.push(`    function: ${value(p.function)}`);
  else if (several && p.name && !NAME.test(p.name))
    out.push(`    # name: (pipelineInfo.name ${value(p.name)} is not a valid config name)`);
  const withDefault = p.parameters.filter((x) => x.defaultValue !== undefined);
  const without = p.parameters.filter((x) => x.defaultValue === undefined);
  if (p.parameters.length) {
    out.push(
      '    # Runtime parameters (the compiled defaults; a run passes these values).',
      withDefault.length ? '    parameters:' : '    # parameters:',
    );
    for (const x of withDefault) out.push(`      ${value(x.name)}: ${value(x.defaultValue)}`);
    for (const x of without)
      out.push(
        `      # ${value(x.name)}: …  # no default (${commentText(x.type ?? 'any type')}): every run must pass it`,
      );
  }
  if (p.decision) {
    out.push(
      `    # The pipeline's own verdict, guessed from the output "${commentText(p.decision.output)}" of ${commentText(p.decision.task)}.`,
      '    decision:',
      `      task: ${value(p.decision.task)}`,
      `      output: ${value(p.decision.output)}`,
      "      deployValues: ['true']",
    );
  } else {
    out.push(
      '    # decision: { task: eval-model, output: deploy }  # a task output that says whether to deploy',
    );
  }
  const metric = p.metrics[0];
  out.push(
    '    # Metric gates applied after a run (uncomment and set the names your pipeline logs):',
    '    # gates:',
    `    #   - { metric: accuracy${metric ? `, task: ${commentText(metric.task)}` : ''}, min: 0.9, maxRegression: 0.02 }`,
  );
  if (p.model) {
    out.push(
      `    # The model promoted through the environments: ${commentText(p.model.task)}'s "${commentText(p.model.output)}" artifact.`,
      '    model:',
      `      task: ${value(p.model.task)}`,
      `      artifact: ${value(p.model.output)}`,
      '      # servingContainer: europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-5:latest',
    );
  }
  return out;
}

/** The commented config file for the pipelines found. Valid against the shipped schema. */
export function renderInitConfig(pipelines: readonly InitPipeline[]): string {
  const levels = Object.entries(ZERO_CONFIG_POLICY).map(([k, v]) => `  ${k}: ${v}`);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '# kfp-action config, written by `kfp-action init` from the pipelines of this repository.',
    '# Every key is described in docs/config.md; paths are relative to this file.',
    'version: 1',
    '',
    '# Vertex AI Pipelines, for `submit` on merge. Fill in and uncomment; docs/setup.md sets up',
    '# Google Cloud (Workload Identity Federation, service accounts) for the workflows.',
    '# vertex:',
    '#   project: my-project',
    '#   region: europe-west4',
    '#   pipelineRoot: gs://my-bucket/pipeline-root',
    '',
    '# Policy on the compiled pipelines in pull requests: off, warning or error per rule. These are',
    '# the levels used without a config; raise a rule to error to fail the check.',
    'policy:',
    ...levels,
    '  # allowedRegistries: [europe-docker.pkg.dev/my-project]',
    '  # maxTasks: 50',
    '',
    'pipelines:',
    ...pipelines.flatMap((p, i) => [...(i ? [''] : []), ...pipelineLines(p, pipelines.length > 1)]),
    '',
    '# Promotion order for `promote` (GitHub Environments of the same names); see docs/promotion.md.',
    '# environments:',
    '#   - { name: staging, endpoint: my-model-staging, machineType: n1-standard-2 }',
    '#   - { name: production, endpoint: my-model, machineType: n1-standard-4 }',
    '',
  ].join('\n');
}
