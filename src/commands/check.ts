/**
 * `check`: the pull-request check. Compiles and validates the pipelines a PR affects at its head
 * and its base, diffs them, runs the policy, and reports: annotations, the job summary, outputs,
 * a SARIF file, and the check result as data (`check-result.json`, for `post-comments` in a job
 * that runs no PR code — docs/pr-check.md). With `comment: true` on a same-repository PR it also
 * writes the sticky comments itself, with the same plan and renderer.
 */
import path from 'node:path';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { toSarif } from '../core/policy/sarif.js';
import { CHECK_RESULT_FILE, toCheckResultFile } from '../core/check/result-file.js';
import { passed, renderSummary } from '../core/report/pr-comment.js';
import type { Deps } from '../ports/deps.js';
import { flag, parseBoolean } from '../settings/args.js';
import { outputBase, type CommonSettings } from '../settings/common.js';
import { readPullRequestEvent } from './check-event.js';
import {
  KFP_ACTION_VERSION,
  commentContext,
  earlierReports,
  listComments,
  publishComments,
  type Listing,
} from './check-comments.js';
import { analyse } from './check-pipelines.js';

export { KFP_ACTION_VERSION };
import type { CommandDefinition } from './command.js';

export interface CheckSettings {
  readonly common: CommonSettings;
  /** Absolute base folder for outputs; this command writes to its `check/`. */
  readonly outputDir: string;
  /** Check every pipeline, not only those the change affects. */
  readonly checkAll: boolean;
  /** Post or update the sticky PR comments. */
  readonly comment: boolean;
  /** Token for the comments ('' = none). */
  readonly token: string;
  /** Absolute path of the SARIF file to write, when wanted. */
  readonly sarifFile?: string;
  /** Base revision (CLI `--base`); default: the pull request's base commit from the event. */
  readonly base?: string;
}

/** Whether this run writes the comments itself: a same-repository PR, `comment: true`. */
function commentsHere(
  settings: CheckSettings,
  deps: Deps,
  event: ReturnType<typeof readPullRequestEvent>,
): event is ReturnType<typeof readPullRequestEvent> & { number: number } {
  if (!settings.comment || event.number === undefined) return false;
  if (event.fromFork) {
    deps.logger.info(
      `pull request #${event.number} comes from a fork: its token cannot comment. The check result is saved for the kfp-pr-comment workflow, which renders and posts the comments.`,
    );
    return false;
  }
  if (!settings.token) {
    throw new UserError(
      'no GitHub token to comment with: set the github-token input (default: ${{ github.token }}) or comment: false',
      [{ code: 'github/no-token', severity: 'error', message: 'github-token is empty' }],
    );
  }
  return true;
}

export const checkCommand: CommandDefinition<CheckSettings> = {
  name: 'check',
  summary: 'pull-request check: compile, validate, diff against the base, policy, sticky comments',
  usage: [
    'Usage: kfp-action check [--base REV] [--check-all] [--sarif-file FILE] [--output-dir DIR]',
    '',
    'Finds the pipelines a change affects (their source, a module they import, the config file or',
    'a dependsOn glob changed), compiles and validates them at HEAD and at the base revision (in a',
    'temporary git worktree), and prints the semantic diff and the policy findings. In a',
    'pull_request workflow it also posts one sticky comment per pipeline.',
    '',
    '  --base REV          revision to compare with (default: the pull request base; none: no diff)',
    '  --check-all         check every configured pipeline',
    '  --sarif-file FILE   also write the findings as SARIF 2.1.0',
    '  --output-dir DIR    where reports go (DIR/check; default: .kfp-action)',
    '',
    'Exit: 0 every checked pipeline passed, 1 one failed (compile, validation or a policy error), 2 usage.',
  ].join('\n'),
  cliFlags: { values: ['base', 'sarif-file', 'output-dir'], switches: ['check-all'] },
  fromArgs: (args, common) => {
    const sarif = flag(args, 'sarif-file');
    const base = flag(args, 'base');
    return {
      common,
      outputDir: outputBase(common, flag(args, 'output-dir')),
      checkAll: parseBoolean('--check-all', flag(args, 'check-all'), false),
      comment: false,
      token: '',
      ...(sarif ? { sarifFile: path.resolve(common.workingDirectory, sarif) } : {}),
      ...(base ? { base } : {}),
    };
  },
  fromInputs: (input, common) => {
    const sarif = input('sarif-file');
    return {
      common,
      outputDir: outputBase(common, input('output-dir')),
      checkAll: parseBoolean('input check-all', input('check-all'), false),
      comment: parseBoolean('input comment', input('comment'), true),
      token: input('github-token'),
      ...(sarif ? { sarifFile: path.resolve(common.workingDirectory, sarif) } : {}),
    };
  },
  async run(settings, deps) {
    const { env, edge, logger } = deps;
    const event = readPullRequestEvent(env, deps.workspace.readText);
    const git = await deps.git();
    let baseSha = event.baseSha;
    if (settings.base) {
      baseSha = await git.tryResolveCommit(settings.base);
      if (!baseSha) {
        throw new UserError(
          `--base ${settings.base} names no commit of this repository; give a branch, tag or sha (e.g. origin/main after git fetch)`,
          [
            {
              code: 'check/bad-base',
              severity: 'error',
              message: `unknown revision ${settings.base}`,
            },
          ],
          2,
        );
      }
    }
    if (!baseSha && !settings.checkAll) {
      logger.info(
        'no base commit (not a pull_request event and no --base): checking every pipeline without a diff',
      );
    }
    const workDir = path.join(settings.outputDir, 'check');
    deps.workspace.makeDir(workDir);
    // The PR's comments are listed once, before the analysis: earlier comments name a pipeline
    // whose source no longer compiles.
    let listing: Listing | undefined;
    if (commentsHere(settings, deps, event))
      listing = await listComments(await deps.github(settings.token), event.number);
    const analysis = await analyse(
      {
        common: settings.common,
        workDir,
        checkAll: settings.checkAll,
        earlier: earlierReports(listing),
        ...(baseSha ? { baseSha } : {}),
      },
      deps,
    );
    const headSha =
      event.headSha ?? env.GITHUB_SHA ?? (await git.tryResolveCommit('HEAD')) ?? 'HEAD';
    const ctx = commentContext(env, {
      repository: env.GITHUB_REPOSITORY ?? path.basename(git.root),
      headSha,
      ...(baseSha ? { baseSha } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      ...(analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {}),
      ...(analysis.zeroConfig ? { zeroConfig: true } : {}),
    });

    const findings: Diagnostic[] = [
      ...analysis.general,
      ...analysis.results.flatMap((r) => [...r.diagnostics, ...r.policy]),
    ];
    edge.report(findings);
    const summary = renderSummary(analysis.results, ctx);
    const reportPath = path.join(workDir, 'report.md');
    deps.workspace.writeFile(reportPath, summary);
    if (settings.sarifFile) {
      const sarif = toSarif(findings, {
        name: 'kfp-action',
        version: KFP_ACTION_VERSION,
        informationUri: 'https://github.com/kfp-action/kfp-action',
      });
      deps.workspace.writeFile(settings.sarifFile, JSON.stringify(sarif, null, 2) + '\n');
    }
    for (const r of analysis.results) {
      edge.print(
        `${r.removed ? 'removed' : passed(r) ? 'passed' : 'FAILED'} ${r.pipeline} (${analysis.reasons.get(r.pipeline) ?? ''})`,
      );
    }
    const ok = !analysis.general.some(isError) && analysis.results.every(passed);
    edge.setOutput('valid', String(ok));
    // Pipeline names only: a source that never compiled has no name to list.
    edge.setOutput(
      'changed-pipelines',
      JSON.stringify(analysis.results.filter((r) => !r.unnamed).map((r) => r.pipeline)),
    );
    edge.setOutput(
      'report-path',
      path.relative(settings.common.workingDirectory, reportPath) || reportPath,
    );
    if (edge.kind === 'action') await edge.appendSummary(summary);
    else edge.print(summary);
    const resultFile = toCheckResultFile(
      analysis.results,
      {
        ...(event.number !== undefined ? { pullRequest: event.number } : {}),
        headSha,
        ...(baseSha ? { baseSha } : {}),
        ...(analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {}),
        ...(analysis.zeroConfig ? { zeroConfig: true } : {}),
        retire: analysis.retire,
        general: analysis.general,
      },
      passed,
    );
    deps.workspace.writeFile(
      path.join(workDir, CHECK_RESULT_FILE),
      JSON.stringify(resultFile) + '\n',
    );
    if (listing) {
      const options = { retire: analysis.retire, stamp: true };
      await publishComments(listing, analysis.results, options, ctx, deps);
    }
    if (!ok) logger.error('the check failed: see the findings above');
    return ok ? 0 : 1;
  },
};
