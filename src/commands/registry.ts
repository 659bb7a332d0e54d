import type { AnyCommand } from './command.js';

/**
 * One command as `--help` lists it, with its code behind a dynamic import: a CLI start-up loads
 * the code of the one command it runs, not of every command (each is its own chunk in dist/).
 * `summary` repeats the command's own summary (a unit test keeps the two the same).
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** It compiles Python pipelines (through compilePipelines): the entries start the compile
   * process before loading its code (adapters/kfp-compiler/compile-process.ts). */
  readonly compilesPython?: boolean;
  load(): Promise<AnyCommand>;
}

/** Every command, in the order `kfp-action --help` lists them. One entry per command. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'compile',
    summary: 'compile Python pipelines with the pinned KFP SDK into IR YAML, then validate it',
    compilesPython: true,
    load: async () => (await import('./compile.js')).compileCommand,
  },
  {
    name: 'validate',
    summary: 'check compiled IR (schema, graph, types, placeholders, naming) without Python',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'check',
    summary:
      'pull-request check: compile, validate, diff against the base, policy, sticky comments',
    compilesPython: true,
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'post-comments',
    summary: 'render and post the PR comments of a saved check result (the privileged comment job)',
    load: async () => (await import('./post-comments.js')).postCommentsCommand,
  },
  {
    name: 'run',
    summary: 'run a pipeline on this machine (local backend), gate it and write the report',
    compilesPython: true,
    load: async () => (await import('./run.js')).runCommand,
  },
  {
    name: 'submit',
    summary:
      'run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR',
    compilesPython: true,
    load: async () => (await import('./submit.js')).submitCommand,
  },
  {
    name: 'schedules',
    summary: 'make the Vertex AI schedules match the schedules in the config (on merge)',
    compilesPython: true,
    load: async () => (await import('./schedules.js')).schedulesCommand,
  },
  {
    name: 'promote',
    summary: 'promote a run’s model to a GitHub Environment’s endpoint (staging, then production)',
    load: async () => (await import('./promote.js')).promoteCommand,
  },
  {
    name: 'rollback',
    summary: 'move an environment’s endpoint traffic and alias back to the version before',
    load: async () => (await import('./rollback.js')).rollbackCommand,
  },
  {
    name: 'init',
    summary: 'write kfp-action.yaml and the starter workflows for the pipelines of this repository',
    compilesPython: true,
    load: async () => (await import('./init.js')).initCommand,
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
