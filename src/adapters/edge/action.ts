import * as core from '@actions/core';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Edge } from '../../ports/edge.js';
import type { Logger } from '../../ports/logger.js';
import { logText } from './log-text.js';

/** GitHub Actions edge: annotations, step outputs and the job summary through @actions/core. */
export function actionEdge(): Edge {
  return {
    kind: 'action',
    report(diagnostics: readonly Diagnostic[]) {
      for (const d of diagnostics) {
        const props: core.AnnotationProperties = { title: `kfp-action ${d.code}` };
        if (d.file) props.file = d.file;
        if (d.line !== undefined) props.startLine = d.line;
        if (d.endLine !== undefined) props.endLine = d.endLine;
        // GitHub ignores columns on multi-line annotations; only send them for one line.
        if (d.column !== undefined && (d.endLine === undefined || d.endLine === d.line)) {
          props.startColumn = d.column;
          if (d.endColumn !== undefined) props.endColumn = d.endColumn;
        }
        const text = d.task ? `${d.message} [${d.task}]` : d.message;
        if (d.severity === 'error') core.error(text, props);
        else if (d.severity === 'warning') core.warning(text, props);
        else core.notice(text, props);
      }
    },
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    print: (text) => core.info(logText(text)),
  };
}

/**
 * Logger over the Actions log: groups fold, debug lines need ACTIONS_STEP_DEBUG. Plain lines go
 * through logText (no line can start a workflow command); debug lines and group titles are
 * commands that @actions/core escapes itself.
 */
export function actionLogger(namespace = ''): Logger {
  const p = namespace ? `[${namespace}] ` : '';
  return {
    debug: (m) => core.debug(p + m),
    info: (m) => core.info(logText(p + m)),
    // Plain log lines: annotations are reserved for located findings (Edge.report).
    warning: (m) => core.info(logText(`Warning: ${p}${m}`)),
    error: (m) => core.info(logText(`Error: ${p}${m}`)),
    group: (title, fn) => core.group(title, fn),
    withNamespace: (ns) => actionLogger(namespace ? `${namespace}:${ns}` : ns),
  };
}
