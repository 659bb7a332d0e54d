/**
 * The check plan over data: each push of a pull request is the head's and the base's compile
 * results, the changed files and the comments already on the PR; the plan names what is checked
 * and says what to do with each comment. The pushes below are those of issue 9.
 */
import { describe, expect, it } from '@jest/globals';
import {
  isMarker,
  ownComments,
  planComments,
  readReportLine,
  reportLine,
  withoutReviewedStamp,
  type CommentRef,
} from '../../../src/core/check/comments.js';
import {
  brokenSources,
  fileKey,
  nameFailures,
  removedPipelines,
  configIsConclusive,
  nameFromEarlier,
  retirementIsKnown,
  selectPipelines,
  type CompiledRef,
  type EntryRef,
} from '../../../src/core/check/plan.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import {
  CHECK_MARKER_PREFIX,
  commentMarker,
  renderNoLongerChanged,
  renderPrComment,
  renderSuperseded,
  sameStableContent,
  type PipelineCheckResult,
} from '../../../src/core/report/pr-comment.js';
import { ctx } from '../report/pr-comment-fixtures.js';

const BC = 'pipelines/breast_cancer.py';
const ECHO = 'pipelines/echo.yaml';
const BCX = 'breast-cancer-xgboost';
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

interface Push {
  /** Pipelines that compiled at the head. */
  readonly head: readonly CompiledRef[];
  /** Head diagnostics (compile failures carry their source file). */
  readonly diagnostics?: readonly Diagnostic[];
  readonly changed: readonly string[];
  readonly base?: readonly CompiledRef[];
  readonly entries?: readonly EntryRef[];
}

const syntaxError: Diagnostic = {
  code: 'compile/syntax-error',
  severity: 'error',
  message: 'invalid syntax',
  file: BC,
  line: 12,
};
const typeError: Diagnostic = {
  code: 'compile/kfp-error',
  severity: 'error',
  message: 'Incompatible argument passed to the input "n_estimators" of component "train"',
  file: BC,
  line: 31,
};

/** A PR conversation: the comments on it, and one push after another through the plan. */
class Conversation {
  comments: { id: number; body: string; user: CommentRef['user'] }[] = [];
  private nextId = 1;

  /** Runs one push the way `check` does, applies the plan, returns what it decided. */
  push(p: Push) {
    const own = ownComments(
      this.comments,
      (line) => isMarker(line, CHECK_MARKER_PREFIX),
      undefined,
    );
    const earlier = [...own].flatMap(([marker, [c]]) => {
      const r = readReportLine(c!.body);
      return r && commentMarker(r.pipeline) === marker ? [r] : [];
    });
    const diagnostics = p.diagnostics ?? [];
    const selection = selectPipelines({
      pipelines: p.head.map((h) => ({ ...h, imports: new Set([h.source]), dependsOn: [] })),
      diagnostics,
      pipelineFiles: new Set(p.head.map((h) => h.source)),
      changed: p.changed,
      deleted: [],
      configFile: 'kfp-action.yaml',
      configLoaded: true,
      checkAll: false,
      hasBase: true,
    });
    const headNames = new Set(p.head.map((h) => h.name));
    const failed = nameFailures({
      failures: selection.failures,
      entries: p.entries ?? [],
      ...(p.base ? { base: p.base } : {}),
      earlier,
      headNames,
    });
    const removed = removedPipelines({
      base: p.base ?? [],
      headNames,
      failed,
      brokenSources: brokenSources(diagnostics),
    });
    const results: PipelineCheckResult[] = [
      ...p.head
        .filter((h) => selection.reasons.has(h.name))
        .map((h) => ({
          pipeline: h.name,
          source: h.source,
          compiled: true,
          valid: true,
          diagnostics: [],
          policy: [],
          baseState: 'not-compared' as const,
        })),
      ...failed.map((f) => ({
        pipeline: f.name,
        source: f.source,
        compiled: false,
        valid: false,
        diagnostics: f.diagnostics,
        policy: [],
        baseState: 'not-compared' as const,
        ...(f.namedBy === 'file' ? { unnamed: true } : {}),
      })),
    ];
    const retire = retirementIsKnown(
      configIsConclusive({ configLoaded: true, general: selection.general }),
      results,
    );
    const actions = planComments({
      own,
      desired: results.map((r) => ({
        marker: commentMarker(r.pipeline),
        body: renderPrComment(r, ctx).body,
      })),
      retire,
      retiredBody: (marker) => {
        const now = results.find((r) => !r.unnamed && commentMarker(fileKey(r.source)) === marker);
        return now
          ? renderSuperseded(marker, now.pipeline, ctx)
          : renderNoLongerChanged(marker, ctx);
      },
      same: sameStableContent,
    });
    for (const a of actions) {
      if (a.kind === 'create') this.comments.push({ id: this.nextId++, body: a.body, user: BOT });
      if (a.kind === 'update' || a.kind === 'retire')
        this.comments.find((c) => c.id === a.id)!.body = a.body;
      if (a.kind === 'delete') this.comments = this.comments.filter((c) => c.id !== a.id);
    }
    return {
      actions,
      results,
      removed,
      retire,
      changedPipelines: results.filter((r) => !r.unnamed).map((r) => r.pipeline),
    };
  }

  heading(pipeline: string): string | undefined {
    return this.comments
      .find((c) => c.body.startsWith(`${commentMarker(pipeline)}\n`))
      ?.body.split('\n')[1];
  }
}

const base: CompiledRef[] = [
  { name: BCX, source: BC },
  { name: 'echo', source: ECHO },
];

describe('good → Python syntax error → KFP type error → fixed', () => {
  it('keeps ONE comment per pipeline, keyed by the pipeline name, truthful at each push', () => {
    const pr = new Conversation();
    const good = { head: base, changed: [BC], base };

    const p1 = pr.push(good);
    expect(p1.actions.map((a) => [a.kind, a.marker])).toEqual([['create', commentMarker(BCX)]]);
    expect(p1.changedPipelines).toEqual([BCX]);
    expect(pr.heading(BCX)).toMatch(/^### ✅ `breast-cancer-xgboost`/);

    const p2 = pr.push({ head: [base[1]!], diagnostics: [syntaxError], changed: [BC], base });
    expect(p2.actions.map((a) => [a.kind, a.marker])).toEqual([['update', commentMarker(BCX)]]);
    expect(p2.removed).toEqual([]);
    expect(p2.changedPipelines).toEqual([BCX]);
    expect(pr.comments).toHaveLength(1);
    expect(pr.heading(BCX)).toMatch(/^### ❌ `breast-cancer-xgboost` · ❌ does not compile/);
    expect(pr.comments[0]!.body).toContain(
      `(https://github.com/octo-org/pipelines/blob/${ctx.headSha}/pipelines/breast_cancer.py#L12)`,
    );

    const p3 = pr.push({ head: [base[1]!], diagnostics: [typeError], changed: [BC], base });
    expect(p3.actions.map((a) => a.kind)).toEqual(['update']);
    expect(pr.comments).toHaveLength(1);
    expect(pr.comments[0]!.body).toContain('breast_cancer.py#L31');
    expect(pr.comments[0]!.body).toContain('n&#95;estimators');

    const p4 = pr.push(good);
    expect(p4.actions.map((a) => [a.kind, a.marker])).toEqual([['update', commentMarker(BCX)]]);
    expect(pr.comments).toHaveLength(1);
    expect(pr.heading(BCX)).toMatch(/^### ✅ `breast-cancer-xgboost`/);
    expect(pr.comments.some((c) => c.body.includes('no longer changed'))).toBe(false);
  });

  it('names a broken source by its config entry first, then the base, then an earlier comment', () => {
    const failures = new Map([[BC, [syntaxError]]]);
    const headNames = new Set<string>();
    const earlier = [{ pipeline: 'from-comment', source: BC }];
    const by = (
      entries: EntryRef[],
      b: CompiledRef[] | undefined,
      e: typeof earlier,
    ): [string, string][] =>
      nameFailures({
        failures,
        entries,
        ...(b ? { base: b } : {}),
        earlier: e,
        headNames,
      }).map((f) => [f.name, f.namedBy]);
    expect(by([{ source: 'pipelines/*.py', name: 'configured' }], base, earlier)).toEqual([
      ['configured', 'config'],
    ]);
    expect(by([{ source: BC }], base, earlier)).toEqual([[BCX, 'base']]);
    expect(by([], undefined, earlier)).toEqual([['from-comment', 'comment']]);
    expect(by([], [], [])).toEqual([['breast_cancer', 'file']]);
  });

  it('a pipeline new in the PR keeps its name from the earlier comment when it breaks', () => {
    const pr = new Conversation();
    const added = { name: 'new-pipe', source: 'pipelines/new.py' };
    pr.push({ head: [...base, added], changed: [added.source], base });
    expect(pr.comments).toHaveLength(1);
    const broken: Diagnostic = { ...syntaxError, file: added.source };
    const p2 = pr.push({ head: base, diagnostics: [broken], changed: [added.source], base });
    expect(p2.changedPipelines).toEqual(['new-pipe']);
    expect(p2.actions.map((a) => [a.kind, a.marker])).toEqual([
      ['update', commentMarker('new-pipe')],
    ]);
    expect(pr.heading('new-pipe')).toMatch(/^### ❌/);
  });
});

describe('naming in the comment job (the two-job path: the check job cannot read comments)', () => {
  it('a result keyed by its file name takes the name of the earlier comment of its source', () => {
    const unnamed = { pipeline: 'new', source: 'pipelines/new.py', unnamed: true };
    const earlier = [{ pipeline: 'new-pipe', source: 'pipelines/new.py' }];
    const named = nameFromEarlier([unnamed, { pipeline: 'echo', source: ECHO }], earlier);
    expect(named).toEqual([
      { pipeline: 'new-pipe', source: 'pipelines/new.py' },
      { pipeline: 'echo', source: ECHO },
    ]);
    expect(retirementIsKnown(true, named)).toBe(true);
    expect(retirementIsKnown(true, [unnamed])).toBe(false);
    expect(retirementIsKnown(false, named)).toBe(false);
    // A name another result has is not taken twice.
    const clash = nameFromEarlier([unnamed, { pipeline: 'new-pipe', source: 'x.py' }], earlier);
    expect(clash[0]).toEqual(unnamed);
  });
});

describe('compile errors and retiring', () => {
  it('a broken pipeline does not stop the comment of a reverted one from being retired', () => {
    const pr = new Conversation();
    pr.push({ head: base, changed: [BC, ECHO], base });
    expect(pr.comments).toHaveLength(2);
    // echo.yaml reverted; breast_cancer.py broken.
    const p2 = pr.push({ head: [base[1]!], diagnostics: [syntaxError], changed: [BC], base });
    expect(p2.retire).toBe(true);
    expect(p2.actions.map((a) => [a.kind, a.marker])).toEqual([
      ['update', commentMarker(BCX)],
      ['retire', commentMarker('echo')],
    ]);
    expect(pr.heading('echo')).toBe('### ➖ `echo` · no longer changed by this PR');
    expect(pr.heading(BCX)).toMatch(/^### ❌/);
  });

  it('a new file that never compiled is keyed by its file name, not listed, and retires nothing', () => {
    const pr = new Conversation();
    pr.push({ head: base, changed: [ECHO], base });
    const src = 'pipelines/fresh.py';
    const p2 = pr.push({
      head: base,
      diagnostics: [{ ...syntaxError, file: src }],
      changed: [src],
      base,
    });
    expect(p2.changedPipelines).toEqual([]);
    expect(p2.retire).toBe(false);
    expect(p2.actions.map((a) => [a.kind, a.marker])).toEqual([['create', commentMarker('fresh')]]);
    expect(pr.heading('echo')).toMatch(/^### ✅/);
    // Fixed: reported under its pipeline name; the file-name comment says where the report went.
    const p3 = pr.push({
      head: [...base, { name: 'fresh-pipeline', source: src }],
      changed: [src],
      base,
    });
    expect(p3.actions.map((a) => [a.kind, a.marker])).toEqual([
      ['create', commentMarker('fresh-pipeline')],
      ['retire', commentMarker('echo')],
      ['retire', commentMarker('fresh')],
    ]);
    expect(pr.heading('fresh')).toBe('### ➖ `fresh` · now reported as `fresh-pipeline`');
  });

  it('a pipeline deleted with its source is a removal, a broken one is not', () => {
    const gone = removedPipelines({
      base,
      headNames: new Set(),
      failed: nameFailures({
        failures: new Map([[BC, [syntaxError]]]),
        entries: [],
        base,
        earlier: [],
        headNames: new Set(),
      }),
      brokenSources: new Set([BC]),
    });
    expect(gone).toEqual([{ name: 'echo', source: ECHO }]);
  });
});

describe('ownership: the first line, and the author', () => {
  const isOurs = (line: string) => isMarker(line, CHECK_MARKER_PREFIX);
  it('a parameter default holding another pipeline marker does not make the comment its', () => {
    const a = `${commentMarker('a')}\n### ✅ a\n| param | default \`${commentMarker('b')}\` |`;
    const own = ownComments([{ id: 1, body: a, user: BOT }], isOurs, undefined);
    expect([...own.keys()]).toEqual([commentMarker('a')]);
    const actions = planComments({
      own,
      desired: [{ marker: commentMarker('b'), body: `${commentMarker('b')}\nb` }],
      retire: false,
      retiredBody: () => undefined,
      same: (x, y) => x === y,
    });
    expect(actions).toEqual([
      { kind: 'create', marker: commentMarker('b'), body: `${commentMarker('b')}\nb` },
    ]);
  });

  it('a person copying a marker, a second line stamp, CRLF bodies and duplicates', () => {
    const m = commentMarker('p');
    const comments: CommentRef[] = [
      { id: 1, body: `${m}\nperson`, user: { login: 'mallory', type: 'User' } },
      {
        id: 2,
        body: `${m}\r\n<!-- kfp-action:reviewed sha256:${'a'.repeat(64)} ${'b'.repeat(40)} -->\r\nbot`,
        user: BOT,
      },
      { id: 3, body: `${m}\nrace`, user: BOT },
      { id: 4, body: ` ${m}\nindented`, user: BOT },
      { id: 5, body: `${m} trailing\nx`, user: BOT },
      { id: 6, body: `<!-- kfp-action:check:a b -->\nx`, user: BOT },
    ];
    const own = ownComments(comments, isOurs, undefined);
    expect([...own].map(([k, v]) => [k, v.map((c) => c.id)])).toEqual([[m, [2, 3]]]);
    expect(
      ownComments(comments, isOurs, 'mallory')
        .get(m)!
        .map((c) => c.id),
    ).toEqual([1]);
    const actions = planComments({
      own,
      desired: [{ marker: m, body: `${m}\nnew` }],
      retire: false,
      retiredBody: () => undefined,
      same: (x, y) => x === y,
    });
    expect(actions.map((a) => [a.kind, 'id' in a ? a.id : 0])).toEqual([
      ['delete', 3],
      ['update', 2],
    ]);
  });
});

describe('selectPipelines', () => {
  it('only changed sources that fail are failures; the rest of the compile errors are not', () => {
    const s = selectPipelines({
      pipelines: [],
      diagnostics: [syntaxError, { ...syntaxError, file: 'pipelines/untouched.py' }],
      pipelineFiles: new Set(),
      changed: [BC],
      deleted: [],
      configFile: 'kfp-action.yaml',
      configLoaded: true,
      checkAll: false,
      hasBase: true,
    });
    expect([...s.failures.keys()]).toEqual([BC]);
    expect(s.general).toEqual([]);
    expect(s.compileBase).toBe(true);
  });
});

describe('the reviewed-spec stamp (second line, shared with merge-run)', () => {
  it('is left out of a comment rendered from a fork result, and only the second line counts', () => {
    const m = commentMarker('p');
    const stamp = `<!-- kfp-action:reviewed sha256:${'a'.repeat(64)} ${'b'.repeat(40)} -->`;
    expect(withoutReviewedStamp(`${m}\n${stamp}\n### ✅ p`)).toBe(`${m}\n### ✅ p`);
    expect(withoutReviewedStamp(`${m}\n### ✅ p\n${stamp}`)).toBe(`${m}\n### ✅ p\n${stamp}`);
    expect(withoutReviewedStamp(m)).toBe(m);
  });
});

describe('the reported line of a check comment', () => {
  it('round-trips any pipeline name and source, as one safe token', () => {
    for (const [pipeline, source] of [
      ['breast-cancer-xgboost', 'pipelines/breast_cancer.py'],
      ["a b!'()*~ -->\n@x <img>", 'dir with space/ü (1).py'],
    ] as const) {
      const line = reportLine(pipeline, source);
      expect(line).toMatch(/^<!-- kfp-action:reported:[A-Za-z0-9._%-]+\/[A-Za-z0-9._%-]+ -->$/);
      expect(readReportLine(`x\n${line}\ny`)).toEqual({ pipeline, source });
    }
    expect(readReportLine('<!-- kfp-action:reported:%ZZ/x -->')).toBeUndefined();
  });
});
