/**
 * Where in the Python source a finding about the compiled IR belongs: the component function of
 * a task (`comp-train-model` → `def train_model(`), else the task's call in the pipeline, else
 * the pipeline decorator. A heuristic over the text, good for annotations and links; it never
 * claims a line that does not name the thing.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

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
