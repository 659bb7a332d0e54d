import { describe, expect, it } from '@jest/globals';
import { loadSpecBytes, loadSpecText, sizeDiagnostic } from '../../../src/core/spec/load.js';
import { reindentQuotedScalar } from '../../../src/core/spec/pyyaml-compat.js';
import { BASE } from '../../support/validate/variants.js';

const only = (r: ReturnType<typeof loadSpecText>) => {
  expect(r.ok).toBe(false);
  expect(r.diagnostics).toHaveLength(1);
  return r.diagnostics[0]!;
};

// A PyYAML quirk as the KFP compiler writes it: continuation lines of a quoted scalar indented
// only as far as the `-` (kubeflow/pipelines test data, e.g. pipeline_with_secret_as_env.yaml).
const PYYAML = [
  'root:',
  '  command:',
  '  - sh',
  '  - "\\nif ! [ -x \\"$(command -v pip)\\" ]; then\\n    python3 -m ensurepip ||\\',
  '  \\ python3 -m ensurepip --user\\nfi\\n"',
  "  - 'program_path=$(mktemp -d)",
  '',
  '',
  "  printf ''%s'' x" + "'",
  '  - done',
  '',
].join('\n');

describe('loadSpecText', () => {
  it('loads both documents and locates values by path', () => {
    const r = loadSpecText(BASE, 'base.yaml');
    if (!r.ok) throw new Error(r.diagnostics[0]!.message);
    expect(r.loaded.spec.pipelineInfo.name).toBe('base-pipeline');
    expect(r.loaded.platform).toHaveProperty('platforms.kubernetes');
    const lines = BASE.split('\n');
    const at = r.loaded.locate(['root', 'dag', 'tasks', 'train', 'componentRef']);
    expect(lines[at.line - 1]!.slice(at.column - 1)).toBe('componentRef:');
    const item = r.loaded.locate(['root', 'dag', 'tasks', 'train', 'dependentTasks', 0]);
    expect(lines[item.line - 1]!.slice(item.column - 1)).toBe('make-data');
    // A path that does not exist gives its nearest existing ancestor.
    expect(r.loaded.locate(['root', 'dag', 'tasks', 'nope', 'x'])).toEqual(
      r.loaded.locate(['root', 'dag', 'tasks']),
    );
    const platform = r.loaded.locate(['platforms', 'kubernetes'], 1);
    expect(lines[platform.line - 1]).toBe('  kubernetes:');
  });

  it('reads PyYAML under-indented quoted scalars as PyYAML does', () => {
    const r = loadSpecText(PYYAML, 'q.yaml');
    if (!r.ok) throw new Error(r.diagnostics[0]!.message);
    const command = (r.loaded.spec as unknown as { root: { command: string[] } }).root.command;
    expect(command).toEqual([
      'sh',
      '\nif ! [ -x "$(command -v pip)" ]; then\n    python3 -m ensurepip || python3 -m ensurepip --user\nfi\n',
      "program_path=$(mktemp -d)\n\nprintf '%s' x",
      'done',
    ]);
  });

  it('reports YAML it cannot repair where the parser stopped, on one line', () => {
    const d = only(loadSpecText('pipelineInfo:\n  name: "unterminated\nroot: {}\n', 'bad.yaml'));
    expect(d).toMatchObject({ code: 'load/yaml-syntax', file: 'bad.yaml' });
    expect(d.line).toBeGreaterThan(1);
    expect(d.message).not.toContain('\n');
  });

  it.each([
    ['', 'load/empty'],
    ['# only a comment\n', 'load/empty'],
    ['- a\n- b\n', 'load/not-a-mapping'],
    ['"text"', 'load/not-a-mapping'],
    ['a: 1\n---\nb: 2\n---\nc: 3\n', 'load/too-many-documents'],
    ['a: 1\n---\n- x\n', 'load/bad-platform-document'],
    ['a: 1\na: 2\n', 'load/duplicate-key'],
  ])('gives %j one located finding (%s)', (text, code) => {
    const d = only(loadSpecText(text, 'f.yaml'));
    expect(d.code).toBe(code);
    expect(d.line).toBeGreaterThan(0);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = i === 0 ? 'a' : `l${i - 1}`;
        return `l${i}: &l${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
      }),
    ].join('\n');
    const d = only(loadSpecText(bomb, 'bomb.yaml'));
    expect(d.code).toBe('load/yaml-aliases');
  });

  it('turns nesting too deep for the parser into a finding', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(only(loadSpecText(deep, 'deep.json')).code).toBe('load/too-deep');
  });
});

describe('loadSpecBytes', () => {
  it('refuses binary content', () => {
    expect(
      only(loadSpecBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'x.png')).code,
    ).toBe('load/binary');
    expect(only(loadSpecBytes(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe]), 'x.yaml')).code).toBe(
      'load/binary',
    );
  });

  it('refuses oversized input before parsing', () => {
    const limits = { maxBytes: 10, maxAliasCount: 100 };
    expect(
      only(loadSpecBytes(new TextEncoder().encode('a: 1\n'.repeat(5)), 'big.yaml', limits)).code,
    ).toBe('load/too-large');
    expect(sizeDiagnostic('f', 50 * 1024 * 1024)?.message).toMatch(
      /^file is 50\.0 MiB, more than the 16\.0 MiB/,
    );
    expect(sizeDiagnostic('f', 100)).toBeUndefined();
  });
});

describe('reindentQuotedScalar', () => {
  it('leaves a scalar that closes on its own line alone', () => {
    expect(reindentQuotedScalar("- 'one line'\n- b\n", 1)).toBeUndefined();
    expect(reindentQuotedScalar('no quote here\n', 1)).toBeUndefined();
    expect(reindentQuotedScalar('- "never closed\n', 1)).toBeUndefined();
  });
});
