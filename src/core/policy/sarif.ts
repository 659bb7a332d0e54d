/**
 * Findings as SARIF 2.1.0, the format GitHub code scanning uploads
 * (github/codeql-action/upload-sarif). Policy rules carry their help text; any other code (a
 * validation finding) becomes a rule of its own.
 */
import type { Diagnostic } from '../diagnostics.js';
import { POLICY_RULES } from './rules.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const DOCS = 'https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md';

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string };
  helpUri: string;
}

function anchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9 -]/g, '');
}

function ruleFor(code: string): SarifRule {
  const known = Object.values(POLICY_RULES).find((r) => r.code === code);
  return {
    id: code,
    name: code.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
      (c ?? '').toUpperCase(),
    ),
    shortDescription: { text: known?.title ?? code },
    help: { text: known?.help ?? `See ${DOCS}#${anchor(code)}` },
    helpUri: `${DOCS}#${anchor(code)}`,
  };
}

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** A SARIF log with one run. File paths should be relative to the repository root. */
export function toSarif(diagnostics: readonly Diagnostic[], tool: SarifTool): object {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map(ruleFor);
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.task ? `${d.message} [task ${d.task}]` : d.message },
    locations: d.file
      ? [
          {
            physicalLocation: {
              artifactLocation: { uri: d.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: d.line ?? 1,
                ...(d.column !== undefined ? { startColumn: d.column } : {}),
              },
            },
          },
        ]
      : [],
    ...(d.compiledAt
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: `compiled IR line ${d.compiledAt.line}` },
              physicalLocation: {
                artifactLocation: { uri: d.compiledAt.file.split('\\').join('/') },
                region: { startLine: d.compiledAt.line },
              },
            },
          ],
        }
      : {}),
    partialFingerprints: {
      'kfpActionFinding/v1': `${d.code}:${d.task ?? ''}:${d.message}`,
    },
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver: { ...tool, rules } }, results }],
  };
}
