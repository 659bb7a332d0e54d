import type { AnyCommand } from './command.js';

/**
 * One command as `--help` lists it, with its code behind a dynamic import: a CLI start-up loads
 * the code of the one command it runs, not of every command (each is its own chunk in dist/).
 * `summary` and `valueFlags` repeat the command's own (a unit test keeps them the same).
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  /** The command's options that take a value (its cliFlags.values): the CLI skips them, and
   * their values, to find the command word without loading every command. */
  readonly valueFlags: readonly string[];
  load(): Promise<AnyCommand>;
}

/** Every command, in the order `kfp-action --help` lists them. One entry per command. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'compile',
    summary: 'compile Python pipelines with the pinned KFP SDK into IR YAML, then validate it',
    valueFlags: ['output-dir', 'pipeline'],
    load: async () => (await import('./compile.js')).compileCommand,
  },
  {
    name: 'validate',
    summary: 'check compiled IR (schema, graph, types, placeholders, naming) without Python',
    valueFlags: ['format'],
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'check',
    summary:
      'pull-request check: compile, validate, diff against the base, policy, sticky comments',
    valueFlags: ['base', 'sarif-file', 'output-dir'],
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'post-comments',
    summary: 'post the PR comments a fork PR check saved (kfp-pr-comment workflow, workflow_run)',
    valueFlags: ['output-dir'],
    load: async () => (await import('./post-comments.js')).postCommentsCommand,
  },
  {
    name: 'run',
    summary: 'run a pipeline on this machine (local backend), gate it and write the report',
    valueFlags: ['parallelism', 'param', 'output-dir', 'pipeline', 'gcs-dir'],
    load: async () => (await import('./run.js')).runCommand,
  },
  {
    name: 'submit',
    summary:
      'run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR',
    valueFlags: [
      'output-dir',
      'parameters',
      'project',
      'region',
      'pipeline-root',
      'service-account',
      'cache',
      'wait',
      'timeout-minutes',
      'comment',
      'github-token',
    ],
    load: async () => (await import('./submit.js')).submitCommand,
  },
  {
    name: 'schedules',
    summary: 'make the Vertex AI schedules match the schedules in the config (on merge)',
    valueFlags: [
      'output-dir',
      'project',
      'region',
      'pipeline-root',
      'service-account',
      'removed-schedules',
      'dry-run',
    ],
    load: async () => (await import('./schedules.js')).schedulesCommand,
  },
  {
    name: 'promote',
    summary: 'promote a run’s model to a GitHub Environment’s endpoint (staging, then production)',
    valueFlags: [
      'environment',
      'pipeline',
      'project',
      'region',
      'timeout-minutes',
      'comment',
      'github-token',
      'job-name',
      'commit',
      'schedule',
    ],
    load: async () => (await import('./promote.js')).promoteCommand,
  },
  {
    name: 'rollback',
    summary: 'move an environment’s endpoint traffic and alias back to the version before',
    valueFlags: [
      'environment',
      'pipeline',
      'project',
      'region',
      'timeout-minutes',
      'comment',
      'github-token',
      'to-version',
    ],
    load: async () => (await import('./rollback.js')).rollbackCommand,
  },
  {
    name: 'init',
    summary: 'write kfp-action.yaml and the starter workflows for the pipelines of this repository',
    valueFlags: [],
    load: async () => (await import('./init.js')).initCommand,
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
