/**
 * Where in the Python source a finding about the compiled IR belongs: the component function of
 * a task (`comp-train-model` → `def train_model(`), else the task's call in the pipeline, else
 * the pipeline decorator. A heuristic over the text, good for annotations and links; it never
 * claims a line that does not name the thing.
 */

import { closingParen, escapeRe, lineOf } from '../compile/python-source.js';

/** Python identifiers a KFP name may come from (`train-model-2` → train_model_2, train_model). */
function identifiers(name: string): string[] {
  const base = name.replace(/^comp-/, '').replace(/^exec-/, '');
  const id = base.replace(/[^A-Za-z0-9]+/g, '_');
  const undeduped = id.replace(/_\d+$/, '');
  return [...new Set([id, undeduped])].filter((s) => /^[A-Za-z_]\w*$/.test(s));
}

/** 1-based line of the definition or call of a task's component, or undefined. */
export function taskLine(
  text: string,
  task: { name: string; component?: string },
): number | undefined {
  const names = [...identifiers(task.component ?? ''), ...identifiers(task.name)];
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, 'm').exec(text);
    if (def) return lineOf(text, def.index + def[0].indexOf('def'));
  }
  for (const n of names) {
    const call = new RegExp(`\\b${escapeRe(n)}[ \\t]*\\(`).exec(text);
    if (call) return lineOf(text, call.index);
  }
  return undefined;
}

/** 1-based line of a pipeline parameter in the pipeline function's signature, or undefined. */
export function parameterLine(text: string, parameter: string): number | undefined {
  const decorator = /@(?:dsl\.)?pipeline\b/.exec(text);
  const from = decorator?.index ?? 0;
  const m = new RegExp(`\\b${escapeRe(parameter)}[ \\t]*[:=,)]`).exec(text.slice(from));
  return m ? lineOf(text, from + m.index) : undefined;
}

/** 1-based line of the `@dsl.pipeline` decorator, or 1. */
export function pipelineLine(text: string): number {
  const m = /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text);
  return m ? lineOf(text, m.index + m[0].indexOf('@')) : 1;
}

/** What a finding about the compiled IR concerns, to find its line in the Python source. */
export interface SourceFinding {
  readonly task: string;
  readonly component?: string;
  /** Dotted IR path of the finding (`deploymentSpec.executors.exec-x.container.image`). */
  readonly path?: string;
}

/** Start of the pipeline function (its decorator), where task calls are. */
function pipelineStart(text: string): number {
  return /^[ \t]*@(?:dsl\.)?pipeline\b/m.exec(text)?.index ?? 0;
}

/**
 * 1-based line of the call of a task's component inside the pipeline function, and, when the
 * task's result is configured there, of the first `.set_<what>…(` on it (chained on the call or
 * on the variable the call is assigned to). Undefined when there is no call.
 */
function callLine(text: string, names: readonly string[], setter: RegExp): number | undefined {
  const from = pipelineStart(text);
  const isSetter = new RegExp(`^(?:${setter.source})$`);
  for (const n of names) {
    const re = new RegExp(
      `(?:\\b([A-Za-z_]\\w*)[ \\t]*=[ \\t]*)?(?<!def[ \\t]+)\\b${escapeRe(n)}[ \\t]*\\(`,
      'g',
    );
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    // Methods chained on the call: `comp(...).set_cpu_limit('2').set_memory_limit('4G')`.
    let at = closingParen(text, m.index + m[0].length - 1);
    while (at !== undefined) {
      const method = /^[ \t]*\.[ \t]*(\w+)[ \t]*\(/.exec(text.slice(at));
      if (!method) break;
      if (isSetter.test(method[1]!)) return lineOf(text, at + method[0].indexOf(method[1]!));
      at = closingParen(text, at + method[0].length - 1);
    }
    // Or on the variable the task is assigned to: `train = comp(...)` … `train.set_cpu_limit(`.
    if (m[1] && at !== undefined) {
      const onVar = new RegExp(
        `\\b${escapeRe(m[1])}[ \\t]*\\.[ \\t]*(?:${setter.source})[ \\t]*\\(`,
      ).exec(text.slice(at));
      if (onVar) return lineOf(text, at + onVar.index);
    }
    return lineOf(text, m.index + m[0].lastIndexOf(n));
  }
  return undefined;
}

/**
 * 1-based line of the `base_image=` of a component: in the `@dsl.component(...)` decorator just
 * above `def name(`. Undefined when the component sets none there (its def is used instead).
 */
function baseImageLine(text: string, names: readonly string[]): number | undefined {
  for (const n of names) {
    const def = new RegExp(`^[ \\t]*def[ \\t]+${escapeRe(n)}[ \\t]*\\(`, 'm').exec(text);
    if (!def) continue;
    // The component decorator is the last one above the def, with no other def in between.
    const before = text.slice(0, def.index);
    const decorators = [...before.matchAll(/@(?:dsl\.)?(?:container_)?component\b/g)];
    const last = decorators[decorators.length - 1];
    if (!last || /^[ \t]*def[ \t]/m.test(before.slice(last.index))) return undefined;
    const image = /\bbase_image[ \t]*=/.exec(before.slice(last.index));
    return image ? lineOf(text, last.index + image.index) : undefined;
  }
  return undefined;
}

const RESOURCE_SETTER =
  /set_(?:cpu|memory)_(?:limit|request)|set_accelerator_(?:type|limit)|set_gpu_limit/;

/**
 * 1-based line of the Python code a finding about a task belongs to: an image finding at the
 * component's `base_image=`; a resource finding at the `.set_cpu_limit(…)`-style call on the
 * task, else the task call in the pipeline (where one would add it); a caching finding at
 * `.set_caching_options(…)`; anything else at the component's def or the task call (taskLine).
 */
export function findingLine(text: string, f: SourceFinding): number | undefined {
  const names = [...identifiers(f.component ?? ''), ...identifiers(f.task)];
  const path = f.path ?? '';
  if (/\.container\.image$/.test(path)) {
    const line = baseImageLine(text, names);
    if (line !== undefined) return line;
  } else if (/\.container$/.test(path)) {
    const line = callLine(text, names, RESOURCE_SETTER);
    if (line !== undefined) return line;
  } else if (/\.cachingOptions$/.test(path)) {
    const line = callLine(text, names, /set_caching_options/);
    if (line !== undefined) return line;
  }
  return taskLine(text, { name: f.task, ...(f.component ? { component: f.component } : {}) });
}
