/**
 * Placeholders check: every `{{$.inputs…}}` / `{{$.outputs…}}` in an executor's container (command,
 * args, env, resources…) or custom job names an input or output of the right kind on the
 * component that uses the executor, including inside the JSON `Concat` / `IfPresent` structures
 * the KFP SDK writes as strings. The grammar is that of kfp.dsl.placeholders and the KFP
 * launcher:
 *
 *   {{$}}                                        the whole executor input
 *   {{$.inputs.parameters['n']}}                 an input parameter (optionally .json_escape[k])
 *   {{$.inputs.artifacts['n']}}                  a list of input artifacts
 *   {{$.inputs.artifacts['n'].uri|path|metadata|metadata['k']}}
 *   {{$.outputs.parameters['n'].output_file}}    where to write an output parameter
 *   {{$.outputs.artifacts['n']…}}                as for inputs
 *   {{$.outputs.output_file}}, {{$.pipeline_job_name}}, {{$.workspace_path}}, …   system values
 */
import type { SpecPath } from '../spec/load.js';
import { listComponents } from '../spec/graph.js';
import {
  asRecord,
  asString,
  componentRefOf,
  definitions,
  has,
  nameList,
  type Check,
  type CheckContext,
} from './context.js';

/** System placeholders of kfp.dsl and of Vertex AI (`{{$.pipeline_google_cloud_…}}`). */
const SYSTEM = new Set([
  'outputs.output_file',
  'outputMetadataUri',
  'pipeline_job_name',
  'pipeline_job_resource_name',
  'pipeline_job_uuid',
  'pipeline_task_name',
  'pipeline_task_uuid',
  'pipeline_root',
  'pipeline_job_create_time_utc',
  'pipeline_job_schedule_time_utc',
  'workspace_path',
  'pipeline_google_cloud_project_id',
  'pipeline_google_cloud_location',
  'pipeline_persistent_resource_id',
]);

const IO = /^(inputs|outputs)\.(parameters|artifacts)\[(?:'([^']*)'|"([^"]*)")\](.*)$/;
const ARTIFACT_ATTRIBUTE = /^(|\.uri|\.path|\.name|\.metadata(\[(?:'[^']*'|"[^"]*")\])*)$/;
const INPUT_PARAMETER_ATTRIBUTE = /^(\.json_escape\[\d+\])?$/;

type Defs = ReturnType<typeof definitions>;

interface Site {
  readonly ctx: CheckContext;
  readonly component: string;
  readonly defs: Defs;
  readonly path: SpecPath;
}

function report(site: Site, code: string, message: string): void {
  site.ctx.report(code, message, site.path, { task: site.component });
}

/** Checks one `{{$…}}` expression (the text between `{{$` and `}}`). */
function checkExpression(site: Site, inner: string): void {
  if (inner === '') return;
  const expr = inner.startsWith('.') ? inner.slice(1) : inner;
  const m = IO.exec(expr);
  if (!m) {
    if (!SYSTEM.has(expr)) {
      site.ctx.report(
        'placeholder/unknown',
        `placeholder {{$${inner}}} is not one KFP knows; it will reach the container unreplaced`,
        site.path,
        { task: site.component, severity: 'warning' },
      );
    }
    return;
  }
  const [, direction, kind, quoted1, quoted2, rest = ''] = m;
  const name = (quoted1 ?? quoted2)!;
  const isInput = direction === 'inputs';
  const own = isInput
    ? kind === 'parameters'
      ? site.defs.inputParameters
      : site.defs.inputArtifacts
    : kind === 'parameters'
      ? site.defs.outputParameters
      : site.defs.outputArtifacts;
  const other = isInput
    ? kind === 'parameters'
      ? site.defs.inputArtifacts
      : site.defs.inputParameters
    : kind === 'parameters'
      ? site.defs.outputArtifacts
      : site.defs.outputParameters;
  const singular = `${isInput ? 'input' : 'output'} ${kind === 'parameters' ? 'parameter' : 'artifact'}`;
  if (!has(own, name)) {
    if (has(other, name)) {
      report(
        site,
        'placeholder/wrong-kind',
        `placeholder {{$${inner}}} reads "${name}" as an ${singular}, but component "${site.component}" declares it as an ${isInput ? 'input' : 'output'} ${kind === 'parameters' ? 'artifact' : 'parameter'}`,
      );
    } else {
      report(
        site,
        isInput ? 'placeholder/unknown-input' : 'placeholder/unknown-output',
        `placeholder {{$${inner}}} names ${singular} "${name}", which component "${site.component}" does not declare (its ${singular}s: ${nameList(Object.keys(own))})`,
      );
    }
    return;
  }
  const attributeOk =
    kind === 'artifacts'
      ? ARTIFACT_ATTRIBUTE.test(rest)
      : isInput
        ? INPUT_PARAMETER_ATTRIBUTE.test(rest)
        : rest === '.output_file';
  if (!attributeOk) {
    const expected =
      kind === 'artifacts'
        ? 'nothing, .uri, .path, .metadata or .metadata[...]'
        : isInput
          ? 'nothing'
          : '.output_file';
    report(
      site,
      'placeholder/bad-attribute',
      `placeholder {{$${inner}}} ends in "${rest}"; after an ${singular} KFP expects ${expected}`,
    );
  }
}

const EXPRESSION = /\{\{\$(.*?)\}\}/g;

function checkString(site: Site, value: string): void {
  const trimmed = value.trimStart();
  if (trimmed.startsWith('{"Concat"') || trimmed.startsWith('{"IfPresent"')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      report(
        site,
        'placeholder/malformed',
        `this Concat/IfPresent placeholder is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
      return;
    }
    checkStructure(site, parsed, 0);
    return;
  }
  for (const m of value.matchAll(EXPRESSION)) checkExpression(site, m[1]!);
}

/** A Concat / IfPresent structure, as kfp.local's resolve_struct_placeholders reads it. */
function checkStructure(site: Site, node: unknown, depth: number): void {
  if (depth > 32) {
    report(site, 'placeholder/malformed', 'Concat/IfPresent placeholders are nested too deeply');
    return;
  }
  if (typeof node === 'string') {
    for (const m of node.matchAll(EXPRESSION)) checkExpression(site, m[1]!);
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) checkStructure(site, item, depth + 1);
    return;
  }
  const r = asRecord(node);
  const keys = r ? Object.keys(r) : [];
  if (!r || keys.length !== 1 || (keys[0] !== 'Concat' && keys[0] !== 'IfPresent')) {
    report(
      site,
      'placeholder/malformed',
      `expected a string, a list, {"Concat": [...]} or {"IfPresent": {...}} inside this placeholder, got ${JSON.stringify(node)?.slice(0, 60)}`,
    );
    return;
  }
  if (keys[0] === 'Concat') {
    if (!Array.isArray(r.Concat)) {
      report(site, 'placeholder/malformed', '"Concat" must be a list of items to join');
      return;
    }
    checkStructure(site, r.Concat, depth + 1);
    return;
  }
  const body = asRecord(r.IfPresent);
  const input = asString(body?.InputName);
  if (!body || input === undefined || !has(body, 'Then')) {
    report(site, 'placeholder/malformed', '"IfPresent" needs "InputName" (a string) and "Then"');
    return;
  }
  const { inputParameters, inputArtifacts, outputParameters, outputArtifacts } = site.defs;
  if (
    ![inputParameters, inputArtifacts, outputParameters, outputArtifacts].some((d) => has(d, input))
  ) {
    report(
      site,
      'placeholder/unknown-input',
      `IfPresent placeholder tests input "${input}", which component "${site.component}" does not declare (its inputs: ${nameList([...Object.keys(inputParameters), ...Object.keys(inputArtifacts)])})`,
    );
  }
  checkStructure(site, body.Then, depth + 1);
  if (has(body, 'Else')) checkStructure(site, body.Else, depth + 1);
}

/** Every string in a JSON value, with its path. */
function walkStrings(
  value: unknown,
  path: SpecPath,
  visit: (s: string, path: SpecPath) => void,
  depth = 0,
): void {
  if (depth > 64) return;
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((v, i) => walkStrings(v, [...path, i], visit, depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit, depth + 1);
  }
}

/** Input parameter names that tasks pass to each component, beyond its declared inputs: the
 * KFP driver resolves placeholders in `resources` against the task's inputs, and the compiler
 * passes `pipelinechannel--…` values there that the component itself never declares. */
function taskPassedParameters(ctx: CheckContext): Map<string, Set<string>> {
  const passed = new Map<string, Set<string>>();
  for (const { component } of listComponents(ctx.spec)) {
    for (const task of Object.values(asRecord(asRecord(component.dag)?.tasks) ?? {})) {
      const t = asRecord(task);
      const ref = componentRefOf(t);
      if (ref === undefined) continue;
      const names = passed.get(ref) ?? new Set<string>();
      for (const name of Object.keys(asRecord(asRecord(t?.inputs)?.parameters) ?? {})) {
        names.add(name);
      }
      passed.set(ref, names);
    }
  }
  return passed;
}

export const checkPlaceholders: Check = (ctx) => {
  const executors = asRecord(asRecord(ctx.spec.deploymentSpec)?.executors) ?? {};
  let passed: Map<string, Set<string>> | undefined;
  for (const entry of listComponents(ctx.spec)) {
    const label = asString((entry.component as { executorLabel?: unknown }).executorLabel);
    const executor = label === undefined ? undefined : asRecord(executors[label]);
    if (!executor) continue;
    const defs = definitions(entry.component);
    let resourceDefs: Defs | undefined;
    for (const field of ['container', 'customJob'] as const) {
      if (!has(executor, field)) continue;
      walkStrings(executor[field], ['deploymentSpec', 'executors', label!, field], (s, path) => {
        if (!s.includes('{{$') && !s.includes('{"')) return;
        let siteDefs = defs;
        if (field === 'container' && path[4] === 'resources') {
          passed ??= taskPassedParameters(ctx);
          resourceDefs ??= {
            ...defs,
            inputParameters: {
              ...Object.fromEntries([...(passed.get(entry.name) ?? [])].map((n) => [n, {}])),
              ...defs.inputParameters,
            },
          };
          siteDefs = resourceDefs;
        }
        checkString({ ctx, component: entry.name, defs: siteDefs, path }, s);
      });
    }
  }
};
