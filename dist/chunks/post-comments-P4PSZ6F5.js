import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  CHECK_RESULT_FILE,
  CHECK_RESULT_MAX_BYTES,
  checkResultErrors,
  commentContext,
  fromCheckResultFile,
  listComments,
  publishComments,
  readEventPayload
} from "./chunk-PTFWBS6D.js";
import {
  commentMarker,
  passed
} from "./chunk-4MFM3DSD.js";
import "./chunk-MOCBYYR6.js";
import "./chunk-6TUXKNOO.js";
import {
  zeroConfig
} from "./chunk-BSDYNIC6.js";
import {
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag
} from "./chunk-I3QKFCKS.js";
import "./chunk-VLKUCJEJ.js";
import "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import "./chunk-S2TBE2LR.js";
import "./chunk-N7DDHGZN.js";
import "./chunk-XJSAC4CW.js";
import {
  MAX_DEPTH,
  scanJson
} from "./chunk-EAQOZN5H.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/commands/post-comments.ts
import path from "node:path";
var CAP_WITHOUT_CONFIG = 10;
var refused = (message, detail = message) => new UserError(`${message}; refusing to post anything`, [
  { code: "check/result-refused", severity: "error", message: detail }
]);
function readTrustedRun(env, readText) {
  const payload = readEventPayload(env, readText);
  const run = payload?.workflow_run;
  if (run?.head_sha) {
    return { headSha: run.head_sha, ...run.id ? { runId: String(run.id) } : {} };
  }
  const pr = payload?.pull_request;
  if (pr?.head?.sha && typeof pr.number === "number") {
    return {
      headSha: pr.head.sha,
      pullRequest: pr.number,
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}
    };
  }
  throw new UserError(
    "post-comments runs in the comment job of a pull_request workflow or in a workflow triggered by workflow_run (kfp-pr-comment.yml): the event names no pull request head",
    [{ code: "github/not-workflow-run", severity: "error", message: "no PR head in the event" }]
  );
}
function readCheckResult(workspace, file) {
  const size = workspace.tryFileSize(file);
  if (size === void 0) return void 0;
  if (size > CHECK_RESULT_MAX_BYTES) {
    throw refused(
      `${file} is ${size} bytes, over the ${CHECK_RESULT_MAX_BYTES}-byte cap of a check result`,
      "check result over the size cap"
    );
  }
  const text = workspace.readText(file);
  if (scanJson(text).tooDeepAt !== void 0) {
    throw refused(
      `${file} nests lists or mappings deeper than ${MAX_DEPTH} levels`,
      "check result nested too deeply"
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refused(`${file} is not JSON`, "check result is not JSON");
  }
  const errors = checkResultErrors(parsed);
  if (errors.length) {
    throw refused(
      `${file} does not match schema/check-result.schema.json (${JSON.stringify(errors[0])})`,
      "check result does not match its schema"
    );
  }
  const result = parsed;
  const markers = /* @__PURE__ */ new Set();
  for (const [i, p] of result.pipelines.entries()) {
    const marker = commentMarker(p.pipeline);
    if (markers.has(marker)) {
      throw refused(`${file}: pipelines/${i} repeats the pipeline ${marker}`, "repeated pipeline");
    }
    markers.add(marker);
  }
  for (const [i, r] of fromCheckResultFile(result).entries()) {
    const verdict = r.removed ? "removed" : passed(r) ? "passed" : "failed";
    if (verdict !== result.pipelines[i].verdict) {
      throw refused(
        `${file}: pipelines/${i} says "${result.pipelines[i].verdict}" but its findings say "${verdict}"`,
        "verdict disagrees with the findings"
      );
    }
  }
  return result;
}
async function commentCap(settings, result, deps) {
  const { configPath, workingDirectory } = settings.common;
  const config = await deps.workspace.readConfig(
    configPath,
    path.relative(workingDirectory, configPath)
  );
  let base;
  if (config.exists && config.config) base = config.config.pipelines.length;
  else {
    const outputDir = path.dirname(path.dirname(settings.resultFile));
    const found = await deps.workspace.findPipelines(
      workingDirectory,
      [outputDir, path.dirname(outputDir)].filter((d) => d !== workingDirectory),
      deps.logger
    );
    base = zeroConfig(found).pipelines.length;
    if (base === 0) {
      deps.logger.info(
        `no base-branch config at ${configPath} and no pipeline found to count: at most ${CAP_WITHOUT_CONFIG} comments`
      );
      return CAP_WITHOUT_CONFIG;
    }
  }
  const removed = result.pipelines.filter((p) => p.removed).length;
  return Math.max(base, 1) + Math.min(removed, base);
}
var postCommentsCommand = {
  name: "post-comments",
  summary: "render and post the PR comments of a saved check result (the privileged comment job)",
  usage: [
    "Usage: kfp-action post-comments [--output-dir DIR]",
    "",
    "Reads the check result that `check` saved in DIR/check/check-result.json (default",
    ".kfp-action), validates it against schema/check-result.schema.json, checks that it is for the",
    "pull request head the triggering event names, and renders and posts one comment per pipeline.",
    "The number of comments is capped by the pipelines in the config file of the checkout (the",
    "base branch). Meant for a job with pull-requests: write that runs no code from the PR."
  ].join("\n"),
  cliFlags: { values: ["output-dir"], switches: [] },
  fromArgs: (args, common) => ({
    common,
    resultFile: path.join(outputBase(common, flag(args, "output-dir")), "check", CHECK_RESULT_FILE),
    token: ""
  }),
  fromInputs: (input, common) => ({
    common,
    resultFile: path.join(outputBase(common, input("output-dir")), "check", CHECK_RESULT_FILE),
    token: input("github-token")
  }),
  async run(settings, deps) {
    const { logger, env } = deps;
    const trusted = readTrustedRun(env, deps.workspace.readText);
    const result = readCheckResult(deps.workspace, settings.resultFile);
    if (!result) {
      logger.info(`no check result at ${settings.resultFile}; nothing to post`);
      return 0;
    }
    if (result.headSha !== trusted.headSha) {
      throw refused(
        `the check result is for commit ${result.headSha}, but the run that saved it checked ${trusted.headSha}`,
        "head sha mismatch"
      );
    }
    if (result.pullRequest === void 0) {
      throw refused("the check result names no pull request", "no pull request");
    }
    if (trusted.pullRequest !== void 0 && trusted.pullRequest !== result.pullRequest) {
      throw refused(
        `the check result is for pull request #${result.pullRequest}, but the event is for #${trusted.pullRequest}`,
        "pull request mismatch"
      );
    }
    const cap = await commentCap(settings, result, deps);
    let results = fromCheckResultFile(result);
    let retire = result.retire;
    if (results.length > cap) {
      const dropped = results.slice(cap).map((r) => commentMarker(r.pipeline));
      logger.warning(
        `check/result-refused: the check result reports ${results.length} pipelines, more than the ${cap} the base branch's config allows (its pipelines plus those the PR removes); not posted: ${dropped.join(", ")}`
      );
      results = results.slice(0, cap);
      retire = false;
    }
    const github = await deps.github(settings.token);
    const pull = await github.getPullRequest(result.pullRequest);
    if (pull.headSha !== trusted.headSha) {
      logger.warning(
        `pull request #${pull.number} is now at ${pull.headSha}, not ${trusted.headSha}: this result is stale (a newer run posts its own); not posted`
      );
      return 0;
    }
    const listing = await listComments(github, pull.number);
    const ctx = commentContext(env, {
      repository: github.repository,
      headSha: result.headSha,
      ...result.baseSha ? { baseSha: result.baseSha } : {},
      ...trusted.runId ? { runId: trusted.runId } : {},
      ...result.kfpVersion ? { kfpVersion: result.kfpVersion } : {},
      ...result.zeroConfig ? { zeroConfig: true } : {}
    });
    const stamp = trusted.pullRequest !== void 0;
    await publishComments(listing, results, { retire, stamp }, ctx, deps);
    return 0;
  }
};
export {
  postCommentsCommand
};
