/**
 * `kfp-action init`: the first step in an existing repository. Finds the pipelines (as zero-config
 * does), compiles them with the real KFP SDK to learn their names, parameters and outputs, and
 * writes a commented `kfp-action.yaml` and the starter workflows into `.github/workflows/`.
 * Never overwrites a file without --force; --dry-run prints instead of writing.
 */
import path from 'node:path';
import { describePipeline, renderInitConfig, type InitPipeline } from '../core/config/init.js';
import { loadConfig } from '../core/config/load.js';
import { isError, UserError } from '../core/diagnostics.js';
import type { PipelineSpec } from '../core/spec/types.js';
import type { Deps } from '../ports/deps.js';
import { flag, parseBoolean } from '../settings/args.js';
import type { CommonSettings } from '../settings/common.js';
import type { CommandDefinition } from './command.js';
import { compilePipelines, displayPath } from './compile-pipelines.js';

export interface InitSettings {
  readonly common: CommonSettings;
  /** Overwrite files that exist. */
  readonly force: boolean;
  /** Print what would be written; write nothing. */
  readonly dryRun: boolean;
}

/** The starter workflows init writes: the PR check and its fork commenter (no cloud needed). */
const INIT_WORKFLOWS = [
  { starter: 'pr-check.yml', target: '.github/workflows/kfp-pr-check.yml' },
  { starter: 'pr-comment.yml', target: '.github/workflows/kfp-pr-comment.yml' },
] as const;

const USAGE = [
  'Usage: kfp-action init [--force] [--dry-run]',
  '',
  'Finds the pipelines of this repository (Python modules with a @dsl.pipeline, compiled IR),',
  'compiles them with the pinned KFP SDK, and writes:',
  '  kfp-action.yaml                        the pipelines, their parameters with their defaults,',
  '                                         a guessed decision and model, gates and Vertex commented',
  '  .github/workflows/kfp-pr-check.yml     the pull-request check (starter)',
  '  .github/workflows/kfp-pr-comment.yml   posts the check of pull requests from forks (starter)',
  '',
  '  --force     overwrite files that exist (default: keep them)',
  '  --dry-run   print what would be written; write nothing',
  '',
  'Exit: 0 written (or kept), 1 no pipeline found or an error, 2 usage.',
].join('\n');

async function describeAll(settings: InitSettings, deps: Deps): Promise<InitPipeline[]> {
  const wd = settings.common.workingDirectory;
  const scratch = deps.workspace.scratchDir('kfp-action-init-');
  try {
    const run = await compilePipelines(
      { common: settings.common, sources: [], outputDir: scratch.path, ignoreConfig: true },
      deps,
    );
    deps.edge.report(run.diagnostics);
    const entries = run.config?.pipelines ?? [];
    const out: InitPipeline[] = [];
    entries.forEach((entry, i) => {
      const compiled = run.compiled.filter((c) => c.entryIndex === i);
      if (compiled.length === 0) {
        const broken = run.diagnostics.some(
          (d) => isError(d) && d.file === displayPath(wd, path.resolve(wd, entry.source)),
        );
        out.push({
          source: entry.source,
          ...(entry.function ? { function: entry.function } : {}),
          parameters: [],
          metrics: [],
          note: broken
            ? 'did not compile here (see the errors above); fill in its details by hand'
            : 'no pipeline compiled from it here',
        });
      }
      for (const c of compiled) {
        if (!c.loaded) continue;
        out.push(
          describePipeline(c.loaded.spec as unknown as PipelineSpec, entry.source, entry.function),
        );
      }
    });
    return out;
  } finally {
    scratch.remove();
  }
}

export const initCommand: CommandDefinition<InitSettings> = {
  name: 'init',
  summary: 'write kfp-action.yaml and the starter workflows for the pipelines of this repository',
  usage: USAGE,
  cliFlags: { values: [], switches: ['force', 'dry-run'] },
  fromArgs: (args, common) => ({
    common,
    force: parseBoolean('--force', flag(args, 'force'), false),
    dryRun: parseBoolean('--dry-run', flag(args, 'dry-run'), false),
  }),
  fromInputs: () => {
    throw new UserError(
      'init writes files into your clone: run it on your machine (npx kfp-action init), review and commit what it writes',
      [],
      2,
    );
  },
  async run(settings, deps) {
    const { common } = settings;
    const wd = common.workingDirectory;
    const show = (p: string) => displayPath(wd, p);
    const files: { path: string; text: () => Promise<string> | string }[] = [
      {
        path: common.configPath,
        text: async () => {
          const pipelines = await describeAll(settings, deps);
          if (pipelines.length === 0) {
            throw new UserError(
              'no pipeline found in this repository (no Python module with a @dsl.pipeline, no compiled IR), so there is nothing to configure; see docs/config.md to write kfp-action.yaml by hand',
              [],
            );
          }
          const text = renderInitConfig(pipelines);
          const check = loadConfig(text, show(common.configPath));
          if (check.diagnostics.some(isError)) {
            throw new Error(
              `init wrote a config its own schema refuses: ${check.diagnostics.map((d) => d.message).join('; ')}`,
            );
          }
          return text;
        },
      },
      ...INIT_WORKFLOWS.map((w) => ({
        path: path.join(wd, w.target),
        text: () => deps.workspace.starterWorkflow(w.starter),
      })),
    ];
    const wrote: string[] = [];
    for (const f of files) {
      const exists = deps.workspace.exists(f.path);
      if (exists && !settings.force) {
        deps.edge.print(`kept ${show(f.path)} (it exists; --force overwrites it)`);
        continue;
      }
      const text = await f.text();
      if (settings.dryRun) {
        deps.edge.print(
          `--- ${show(f.path)} (would ${exists ? 'overwrite' : 'write'}) ---\n${text}`,
        );
        continue;
      }
      deps.workspace.writeFile(f.path, text);
      wrote.push(show(f.path));
      deps.edge.print(`${exists ? 'overwrote' : 'wrote'} ${show(f.path)}`);
    }
    const config = show(common.configPath);
    deps.edge.print(
      [
        '',
        'Next steps:',
        `  1. Review ${config}: the parameters, the guessed decision and model, the gates to uncomment.`,
        `  2. npx kfp-action check${config === 'kfp-action.yaml' ? '' : ` --config ${config}`}   checks every pipeline with it, as the pull request will;`,
        '     npx kfp-action run <source>   runs one on this machine.',
        `  3. Commit ${config} and .github/workflows/, and open a pull request: each pipeline gets a comment.`,
        '  4. For Vertex AI: fill in `vertex:` and follow docs/setup.md (Workload Identity Federation,',
        '     service accounts, GitHub Environments), then use workflows/kfp-loop.yml for train and promote.',
      ].join('\n'),
    );
    if (settings.dryRun) deps.logger.info('dry run: nothing was written');
    return 0;
  },
};
