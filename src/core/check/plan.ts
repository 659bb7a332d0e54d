/**
 * The pull-request check's plan, as pure functions over plain data (issue 9, issue 12): which
 * pipelines a change affects, what each checked source is called, and — given the comments
 * already on the PR — which comments to create, update, leave, retire or delete. The commands
 * gather the data (git, files, the compiler, GitHub) and carry the plan out; nothing here reads
 * or writes anything.
 *
 * Naming a source that did not compile (so that a broken push keeps the pipeline's ONE comment):
 * 1. the config entry that selects the source, when it names the pipeline (`name:`);
 * 2. else the names the base commit's compile gave that source;
 * 3. else the names of the earlier comments that reported that source;
 * 4. only last the file's basename (a new file that never compiled: no pipeline name is known).
 */
import path from 'node:path';
import { isError, type Diagnostic } from '../diagnostics.js';
import { affectedPipelines, type PipelineDependencies } from './affected.js';

/** One pipeline that compiled, at the head or at the base. */
export interface CompiledRef {
  /** pipelineInfo.name. */
  readonly name: string;
  /** Source file, relative to the working directory, `/`-separated. */
  readonly source: string;
}

/** A config entry: its `source` path or glob relative to the working directory, and its name. */
export interface EntryRef {
  readonly source: string;
  readonly name?: string;
}

/** What an earlier check comment of ours says: its pipeline, and the source it reported. */
export interface EarlierReport {
  readonly pipeline: string;
  readonly source?: string;
}

export interface SelectInput {
  /** The head's compiled pipelines, with what they import and their dependsOn globs. */
  readonly pipelines: readonly PipelineDependencies[];
  /** Every head diagnostic (compile, validation, config). */
  readonly diagnostics: readonly Diagnostic[];
  /** Files that belong to a compiled pipeline (its source and its IR). */
  readonly pipelineFiles: ReadonlySet<string>;
  /** Files the change touches; undefined = no comparison (check everything). */
  readonly changed?: readonly string[];
  /** Changed files that no longer exist at the head. */
  readonly deleted: readonly string[];
  readonly configFile: string;
  /** The config file exists and loaded. */
  readonly configLoaded: boolean;
  readonly checkAll: boolean;
  /** A base commit to compare with was given. */
  readonly hasBase: boolean;
}

export interface Selection {
  /** Head pipeline name → why it is checked. */
  readonly reasons: ReadonlyMap<string, string>;
  /** Sources that changed and do not compile → their findings. */
  readonly failures: ReadonlyMap<string, readonly Diagnostic[]>;
  /** Findings that belong to no pipeline (config errors, sources not found). */
  readonly general: readonly Diagnostic[];
  /** Whether the base commit must be compiled (something to diff, name, or find removed). */
  readonly compileBase: boolean;
}

const isSourceFile = (f: string) => f.endsWith('.py') || /\.(ya?ml|json)$/.test(f);

/** Step 1: from the head's compile and the changed files, what this check looks at. */
export function selectPipelines(input: SelectInput): Selection {
  const reasons = new Map<string, string>();
  const { changed } = input;
  if (changed === undefined) {
    const why = input.checkAll ? 'check-all is set' : 'no base commit to compare with';
    for (const p of input.pipelines) reasons.set(p.name, why);
  } else {
    for (const a of affectedPipelines(input.pipelines, changed, input.configFile))
      reasons.set(a.name, a.reason);
  }
  const failures = new Map<string, Diagnostic[]>();
  const general: Diagnostic[] = [];
  for (const d of input.diagnostics) {
    if (d.file && input.pipelineFiles.has(d.file)) continue;
    const isSource = !!d.file && isSourceFile(d.file) && d.file !== input.configFile;
    if (
      isSource &&
      d.code.startsWith('compile/') &&
      (changed === undefined || changed.includes(d.file!))
    ) {
      failures.set(d.file!, [...(failures.get(d.file!) ?? []), d]);
    } else if (!isSource || changed === undefined) {
      general.push(d);
    }
  }
  // Without an affected pipeline one can still have gone: its config entry removed (the config
  // file changed) or its source deleted. (A pipeline renamed in place is affected itself.)
  const mayHaveRemoved =
    input.configLoaded &&
    (changed === undefined
      ? input.checkAll
      : changed.some((f) => f === input.configFile) || input.deleted.length > 0);
  const compileBase = input.hasBase && (reasons.size > 0 || failures.size > 0 || mayHaveRemoved);
  return { reasons, failures, general, compileBase };
}

/** How a checked source got its name (most trusted first). */
export type NamedBy = 'compiled' | 'config' | 'base' | 'comment' | 'file';

export interface FailedPipeline {
  readonly name: string;
  readonly source: string;
  readonly namedBy: Exclude<NamedBy, 'compiled'>;
  readonly diagnostics: readonly Diagnostic[];
}

const matches = (file: string, glob: string) => file === glob || path.posix.matchesGlob(file, glob);

/** The basename of a file without its extension: the name of last resort. */
export function fileKey(file: string): string {
  return path.posix.basename(file).replace(/\.[^.]+$/, '');
}

/** Step 2: the pipeline names of each source that failed to compile (rule at the top). */
export function nameFailures(input: {
  readonly failures: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly entries: readonly EntryRef[];
  /** The base's compiled pipelines; undefined when the base was not compiled. */
  readonly base?: readonly CompiledRef[];
  readonly earlier: readonly EarlierReport[];
  /** Names the head compiled: a failed source never takes one of them. */
  readonly headNames: ReadonlySet<string>;
}): FailedPipeline[] {
  const out: FailedPipeline[] = [];
  const taken = new Set(input.headNames);
  for (const [source, diagnostics] of input.failures) {
    const free = (names: Iterable<string>) => [...new Set(names)].filter((n) => !taken.has(n));
    const candidates: [FailedPipeline['namedBy'], string[]][] = [
      [
        'config',
        free(input.entries.filter((e) => e.name && matches(source, e.source)).map((e) => e.name!)),
      ],
      ['base', free((input.base ?? []).filter((b) => b.source === source).map((b) => b.name))],
      ['comment', free(input.earlier.filter((c) => c.source === source).map((c) => c.pipeline))],
      ['file', free([fileKey(source)])],
    ];
    const [namedBy, names] = candidates.find(([, n]) => n.length > 0) ?? [
      'file',
      [`${fileKey(source)} (${source})`],
    ];
    for (const name of names) {
      taken.add(name);
      out.push({ name, source, namedBy, diagnostics });
    }
  }
  return out;
}

/**
 * Step 3: pipelines the base compiled that are gone at the head — no head pipeline has the name,
 * and the base source is not one that fails to compile at the head (a failure, not a removal).
 */
export function removedPipelines(input: {
  readonly base: readonly CompiledRef[];
  readonly headNames: ReadonlySet<string>;
  readonly failed: readonly FailedPipeline[];
  /** Sources with a compile error at the head, changed or not. */
  readonly brokenSources: ReadonlySet<string>;
}): CompiledRef[] {
  const failedNames = new Set(input.failed.map((f) => f.name));
  const failedSources = new Set(input.failed.map((f) => f.source));
  return input.base.filter(
    (b) =>
      !input.headNames.has(b.name) &&
      !failedNames.has(b.name) &&
      !failedSources.has(b.source) &&
      !input.brokenSources.has(b.source),
  );
}

/** Sources with an error at the head (for removedPipelines). */
export function brokenSources(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => isError(d) && d.file).map((d) => d.file!));
}

/** Whether the config tells which pipelines exist: it loaded, and nothing general failed. */
export function configIsConclusive(input: {
  readonly configLoaded: boolean;
  readonly general: readonly Diagnostic[];
}): boolean {
  return input.configLoaded && !input.general.some(isError);
}

/**
 * Whether the comments of pipelines this run does not report may be retired as "no longer
 * changed by this PR": only when that is known to be true — the config is conclusive, and every
 * reported source is named (a file-name fallback may stand for any pipeline). `results` are the
 * reported pipelines after the last naming step (nameFromEarlier).
 */
export function retirementIsKnown(
  configConclusive: boolean,
  results: readonly { readonly pipeline: string; readonly unnamed?: boolean }[],
): boolean {
  return configConclusive && results.every((r) => !r.unnamed);
}

/**
 * The last naming step, where the PR's comments are known (in the job that comments): a result
 * still keyed by its file name takes the name an earlier comment of ours gave its source, unless
 * another result already has that name.
 */
export function nameFromEarlier<
  R extends { readonly pipeline: string; readonly source: string; readonly unnamed?: boolean },
>(results: readonly R[], earlier: readonly EarlierReport[]): R[] {
  const taken = new Set(results.filter((r) => !r.unnamed).map((r) => r.pipeline));
  return results.map((r) => {
    if (!r.unnamed) return r;
    const name = earlier.find((e) => e.source === r.source && !taken.has(e.pipeline))?.pipeline;
    if (name === undefined) return r;
    taken.add(name);
    const { unnamed: _u, ...rest } = r;
    return { ...rest, pipeline: name } as unknown as R;
  });
}
