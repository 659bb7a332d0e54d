/**
 * KFP writes a comment header at the top of every compiled IR (`# PIPELINE DEFINITION`,
 * `# Name:`, `# Inputs:` with each parameter's default). It copies a string default into it as
 * `[Default: '…']` without escaping: a default holding a line break ends the comment, and the
 * rest of the default becomes YAML — the file no longer loads, in KFP's own loader or ours
 * (kubeflow/pipelines sdk/python/kfp/compiler/pipeline_spec_builder.py,
 * `_create_pipeline_header`). The validator would then report whatever that YAML happens to be
 * (an unknown field, a syntax error); this names the real cause. Pure.
 */
import type { Diagnostic } from '../diagnostics.js';

export interface BrokenHeader {
  /** The parameter whose default broke the header. */
  readonly parameter: string;
  /** 1-based line in the IR of that parameter's header line. */
  readonly line: number;
}

/** Where the header of a KFP-compiled IR text is broken by a multi-line string default. */
export function brokenKfpHeader(text: string): BrokenHeader | undefined {
  // Only the leading comment lines are read: the IR after them may be megabytes.
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  let previous = '';
  for (let line = 0; ; line++) {
    const found = breaks.exec(text);
    const current = text.slice(start, found ? found.index : text.length);
    if (line === 0 && current !== '# PIPELINE DEFINITION') return undefined;
    if (!current.startsWith('#')) {
      // `line` is the 1-based number of the header's last line.
      const last = /^# {4}([^:\s]+): \S+ \[Default: '/.exec(previous);
      // A header line cut off before its closing `']`: the default went on past a line break.
      if (!last || previous.endsWith("']")) return undefined;
      return { parameter: last[1]!, line };
    }
    if (!found) return undefined; // the text is all header
    previous = current;
    start = found.index + found[0].length;
  }
}

/** The finding for a broken header, at `file`/`line` (the Python source where possible). */
export function brokenHeaderDiagnostic(
  header: BrokenHeader,
  where: { readonly file: string; readonly line?: number },
): Diagnostic {
  const p = header.parameter;
  return {
    code: 'compile/newline-in-default',
    severity: 'error',
    message:
      `the default of string parameter "${p}" contains a line break, and KFP copies defaults ` +
      `unescaped into the comment header of the compiled IR, so the file it wrote does not load ` +
      `back (in KFP or here). Fix: give "${p}" a one-line default — e.g. write "\\\\n" in it and ` +
      `turn that into a line break inside the component, or leave the default empty and set the ` +
      `real text under \`parameters\` in the config or at run time`,
    file: where.file,
    ...(where.line !== undefined ? { line: where.line } : {}),
    path: `root.inputDefinitions.parameters.${p}`,
  };
}
