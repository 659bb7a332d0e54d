/**
 * Findings on the line the Python author wrote, with pipelines compiled by the real KFP SDK (the
 * project's .venv): a type error at the wrong argument, not the call's first line; an image
 * finding at `base_image=`; a resource finding at the `.set_cpu_limit(...)` call or, without one,
 * the task call; a caching finding at `.set_caching_options(...)`. The fixtures mark each line
 * with `# finding: <code>` / `# expect: <code>`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KfpPythonCompiler } from '../../../src/adapters/kfp-compiler/compiler.js';
import { findingLine, parameterLine } from '../../../src/core/check/source-lines.js';
import { brokenHeaderDiagnostic, brokenKfpHeader } from '../../../src/core/compile/kfp-header.js';
import { diffModels } from '../../../src/core/diff/diff.js';
import { reviewModel } from '../../../src/core/diff/model.js';
import { diffRows } from '../../../src/core/report/diff-text.js';
import { renderDag } from '../../../src/core/report/mermaid-dag.js';
import { checkPolicy } from '../../../src/core/policy/rules.js';
import { loadSpecBytes } from '../../../src/core/spec/load.js';
import { nullLogger } from '../../../src/ports/logger.js';

const root = path.resolve(import.meta.dirname, '../../..');
const python = path.join(root, '.venv/bin/python');
const fixtures = path.join(root, 'test/fixtures/locate');
const maybe = existsSync(python) ? describe : describe.skip;

/** `line → code` of every `# finding:` / `# expect:` mark in a fixture. */
function marks(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((l, i) => {
      const m = /# (?:finding|expect): (\S+)/.exec(l);
      return m ? [`${i + 1} ${m[1]}`] : [];
    });
}

let out: string;
let compiler: KfpPythonCompiler;
beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'kfp-lines-'));
  compiler = new KfpPythonCompiler(python, nullLogger);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

maybe('finding lines with real compiled pipelines', () => {
  it('policy findings: base_image=, .set_cpu_limit(...) or the task call, .set_caching_options(...)', async () => {
    const source = path.join(fixtures, 'findings.py');
    const [outcome] = await compiler.compileAll([{ source, outputDir: out, importRoot: fixtures }]);
    expect(outcome!.diagnostics).toEqual([]);
    const file = outcome!.pipelines[0]!.outputFile;
    const loaded = loadSpecBytes(readFileSync(file), file);
    if (!loaded.ok) throw new Error('the compiled IR does not load');
    const model = reviewModel(loaded.loaded.spec);
    const found = checkPolicy(loaded.loaded, {
      imageLatestTag: 'off',
      imageNotPinnedByDigest: 'warning',
      missingResourceLimits: 'warning',
      cachingDisabled: 'warning',
    });
    const text = readFileSync(source, 'utf8');
    const lines = found.map((d) => {
      const task = model.tasks.get(d.task!)!;
      const line = findingLine(text, { task: d.task!, component: task.component, path: d.path! });
      return `${line} ${d.code}`;
    });
    expect([...new Set(lines)].sort()).toEqual(marks(source).sort());
  });

  it('a display name set with .set_display_name() shows beside the task name in the diff and the DAG', async () => {
    const source = path.join(fixtures, 'findings.py');
    const [outcome] = await compiler.compileAll([
      { source, outputDir: path.join(out, 'dn'), importRoot: fixtures },
    ]);
    const file = outcome!.pipelines[0]!.outputFile;
    const loaded = loadSpecBytes(readFileSync(file), file);
    if (!loaded.ok) throw new Error('the compiled IR does not load');
    const head = reviewModel(loaded.loaded.spec);
    expect(head.tasks.get('load-data')!.displayName).toBe('Load the data');
    expect(head.tasks.get('train')!.displayName).toBeUndefined();
    const diff = diffModels(undefined, head);
    expect(diffRows(diff).map((r) => r.subject)).toContain('🟩 `load-data` “Load the data”');
    expect(renderDag(head, diff).mermaid).toContain('t_load_2d_data["load-data · Load the data"]');
    // Renaming it is a change of its own.
    const renamed = { ...head, tasks: new Map(head.tasks) };
    renamed.tasks.set('load-data', { ...head.tasks.get('load-data')!, displayName: 'Load' });
    expect(diffRows(diffModels(head, renamed)).map((r) => `${r.subject} | ${r.change}`)).toEqual([
      '🟨 `load-data` “Load” | display name `Load the data` → `Load`',
    ]);
  });

  it('a string default with a line break: the broken KFP header is named, with the fix', async () => {
    const source = path.join(fixtures, 'newline_default.py');
    const [outcome] = await compiler.compileAll([
      { source, outputDir: path.join(out, 'nl'), importRoot: fixtures },
    ]);
    const text = readFileSync(outcome!.pipelines[0]!.outputFile, 'utf8');
    // What KFP wrote: the default's second line is outside the comment.
    expect(text.split('\n').slice(3, 5)).toEqual([
      "#    msg: str [Default: 'first line",
      "second: line']",
    ]);
    const header = brokenKfpHeader(text);
    expect(header).toEqual({ parameter: 'msg', line: 4 });
    const line = parameterLine(readFileSync(source, 'utf8'), header!.parameter);
    const d = brokenHeaderDiagnostic(header!, { file: 'newline_default.py', line: line! });
    expect(`${d.line} ${d.code}`).toEqual(marks(source)[0]);
    expect(d.message).toMatch(
      /^the default of string parameter "msg" contains a line break.* Fix: give "msg" a one-line default/,
    );
    // A good pipeline's header is left alone.
    const good = readFileSync(
      (
        await compiler.compileAll([
          {
            source: path.join(fixtures, 'findings.py'),
            outputDir: path.join(out, 'good'),
            importRoot: fixtures,
          },
        ])
      )[0]!.pipelines[0]!.outputFile,
      'utf8',
    );
    expect(brokenKfpHeader(good)).toBeUndefined();
  });

  it('a type error points at the argument it names, lines below the call', async () => {
    const source = path.join(fixtures, 'type_error_multiline.py');
    const [outcome] = await compiler.compileAll([{ source, outputDir: out, importRoot: fixtures }]);
    expect(outcome!.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(marks(source));
    expect(outcome!.diagnostics[0]!.message).toMatch(/input 'b' of component 'add'/);
  });
});
