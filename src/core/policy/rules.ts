/**
 * Policy rules over a compiled pipeline, each switched off / warning / error by the config's
 * `policy` section. Findings are diagnostics located in the compiled IR (the check command maps
 * them to the Python source lines afterwards).
 */
import type { PolicySettings, RuleLevel } from '../config/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { reviewModel, type ReviewTask } from '../diff/model.js';
import type { LoadedSpec, SpecPath } from '../spec/load.js';

export interface PolicyRule {
  /** Diagnostic code, `policy/<id>`. */
  readonly code: string;
  /** Key of its level in the config's `policy` section. */
  readonly setting: keyof PolicySettings;
  readonly title: string;
  /** Why it matters and how to fix it (SARIF `help`, docs). */
  readonly help: string;
}

export const POLICY_RULES = {
  latest: {
    code: 'policy/image-latest-tag',
    setting: 'imageLatestTag',
    title: 'Image uses the tag "latest" or no tag',
    help: 'A moving tag runs different code from one run to the next. Use a version tag or a digest (image@sha256:…).',
  },
  digest: {
    code: 'policy/image-not-pinned',
    setting: 'imageNotPinnedByDigest',
    title: 'Image not pinned by digest',
    help: 'Tags can be moved; a digest cannot. Write the image as name@sha256:<digest>.',
  },
  registry: {
    code: 'policy/image-registry-not-allowed',
    setting: 'imageRegistryNotAllowed',
    title: 'Image registry not in the allow-list',
    help: 'The image comes from a registry that policy.allowedRegistries does not list. Mirror the image into an allowed registry, or add the registry to the list.',
  },
  limits: {
    code: 'policy/missing-resource-limits',
    setting: 'missingResourceLimits',
    title: 'No CPU or memory limit',
    help: 'Without limits a task can take a whole node. Call .set_cpu_limit() and .set_memory_limit() on the task.',
  },
  caching: {
    code: 'policy/caching-disabled',
    setting: 'cachingDisabled',
    title: 'Caching disabled',
    help: 'The task never reuses earlier results. If that is intended (it reads changing data), set the rule to off for this pipeline; otherwise remove .set_caching_options(False).',
  },
  parameter: {
    code: 'policy/parameter-without-default',
    setting: 'parameterWithoutDefault',
    title: 'Pipeline parameter without a default',
    help: 'Every run must then pass the value. Give the parameter a default in the pipeline function signature.',
  },
  tasks: {
    code: 'policy/too-many-tasks',
    setting: 'tooManyTasks',
    title: 'More tasks than policy.maxTasks',
    help: 'Large pipelines are slow to review and to run. Split the pipeline, or raise policy.maxTasks.',
  },
} as const satisfies Record<string, PolicyRule>;

export type PolicyRuleId = keyof typeof POLICY_RULES;

/** Levels used when the config does not set one. */
function ruleLevel(settings: PolicySettings | undefined, id: PolicyRuleId): RuleLevel {
  const s = settings ?? {};
  switch (id) {
    case 'latest':
      return s.imageLatestTag ?? 'warning';
    case 'digest':
      return s.imageNotPinnedByDigest ?? 'off';
    case 'registry':
      return s.imageRegistryNotAllowed ?? (s.allowedRegistries?.length ? 'error' : 'off');
    case 'limits':
      return s.missingResourceLimits ?? 'off';
    case 'caching':
      return s.cachingDisabled ?? 'off';
    case 'parameter':
      return s.parameterWithoutDefault ?? 'off';
    case 'tasks':
      return s.tooManyTasks ?? (s.maxTasks !== undefined ? 'warning' : 'off');
  }
}

export interface ImageReference {
  readonly registry: string;
  /** Repository path without the registry. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Splits an image reference the way Docker does (`docker.io` when no registry is named). */
export function parseImage(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  const first = slash === -1 ? '' : rest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? first : 'docker.io';
  const repository = hasRegistry ? rest.slice(slash + 1) : rest;
  return {
    registry,
    repository,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** True when an allow-list entry (`gcr.io`, `europe-docker.pkg.dev/my-project`) covers the image. */
export function registryAllowed(image: string, allowed: readonly string[]): boolean {
  const ref = parseImage(image);
  const full = `${ref.registry}/${ref.repository}`;
  return allowed.some((entry) => {
    const e = entry.trim().replace(/\/+$/, '');
    return e !== '' && (ref.registry === e || full === e || full.startsWith(`${e}/`));
  });
}

/** A digest that pins an image: `sha256:` and 64 lower-case hex digits, nothing else. */
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** True when the image is pinned by a real digest (`name@sha256:<64 hex>`). */
function pinnedByDigest(ref: ImageReference): boolean {
  return ref.digest !== undefined && DIGEST.test(ref.digest);
}

const hasValue = (v: string | undefined) => v !== undefined && v !== '' && v !== '0';

/** Runs every rule that is not off. `sourceFile` is the IR file the positions refer to. */
export function checkPolicy(
  loaded: LoadedSpec,
  settings: PolicySettings | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const model = reviewModel(loaded.spec);
  const add = (id: PolicyRuleId, message: string, path: SpecPath, task?: ReviewTask): void => {
    const level = ruleLevel(settings, id);
    if (level === 'off') return;
    const { line, column } = loaded.locate(path);
    out.push({
      code: POLICY_RULES[id].code,
      severity: level,
      message,
      file: loaded.file,
      line,
      column,
      path: path.join('.'),
      ...(task ? { task: task.name } : {}),
    });
  };
  const allowed = settings?.allowedRegistries ?? [];
  const runnable = [...model.tasks.values()].filter((t) => t.kind === 'container');
  for (const task of runnable) {
    const executorPath = task.executorPath ?? task.specPath;
    const imagePath = [...executorPath, 'container', 'image'];
    const image = task.image ?? '';
    const ref = parseImage(image);
    const pinned = pinnedByDigest(ref);
    if (!pinned && (ref.tag === undefined || ref.tag === 'latest')) {
      const what =
        ref.tag === undefined ? 'has no tag (so it means "latest")' : 'uses the tag "latest"';
      add('latest', `image "${image}" ${what}; pin a version tag or a digest`, imagePath, task);
    }
    if (!pinned) {
      const why =
        ref.digest === undefined
          ? 'is not pinned by digest'
          : `is not pinned by digest ("@${ref.digest}" is not sha256: and 64 hex digits)`;
      add('digest', `image "${image}" ${why} (name@sha256:…)`, imagePath, task);
    }
    if (allowed.length && !registryAllowed(image, allowed)) {
      add(
        'registry',
        `image "${image}" comes from registry "${ref.registry}", which is not in policy.allowedRegistries (${allowed.join(', ')})`,
        imagePath,
        task,
      );
    }
    const r = task.resources;
    const resourcesPath = [...executorPath, 'container'];
    if (!hasValue(r.cpuLimit) && !hasValue(r.resourceCpuLimit)) {
      add('limits', 'no CPU limit set; call .set_cpu_limit() on the task', resourcesPath, task);
    }
    if (!hasValue(r.memoryLimit) && !hasValue(r.resourceMemoryLimit)) {
      add(
        'limits',
        'no memory limit set; call .set_memory_limit() on the task',
        resourcesPath,
        task,
      );
    }
    if (!task.cacheEnabled) {
      add(
        'caching',
        'caching is disabled for this task',
        [...task.specPath, 'cachingOptions'],
        task,
      );
    }
  }
  for (const p of model.parameters.values()) {
    if (p.defaultValue === undefined && !p.optional) {
      add('parameter', `pipeline parameter "${p.name}" has no default, so every run must pass it`, [
        'root',
        'inputDefinitions',
        'parameters',
        p.name,
      ]);
    }
  }
  const max = settings?.maxTasks;
  if (max !== undefined && runnable.length > max) {
    add('tasks', `pipeline has ${runnable.length} tasks, more than policy.maxTasks (${max})`, [
      'root',
      'dag',
      'tasks',
    ]);
  }
  return out;
}
