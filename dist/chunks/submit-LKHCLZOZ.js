import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  VERTEX_OVERRIDE_FLAGS,
  abortableSleep,
  gateJob,
  prepareParameters,
  resolveVertex,
  submitPipeline,
  vertexOverrides,
  waitForJob
} from "./chunk-GNJCGGW5.js";
import {
  SPEC_LABEL
} from "./chunk-X6LX3OJ6.js";
import {
  aliasFor,
  carryTimeline,
  findMergedPullRequest,
  mergeReportMarker,
  renderMergeReport,
  workflowRunUrl
} from "./chunk-XVBHL4O4.js";
import "./chunk-RS2ABS5Q.js";
import "./chunk-XWERWCEP.js";
import {
  findOwnComments,
  upsertStickyComment
} from "./chunk-7HJEHKQN.js";
import {
  compilePipelines
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import {
  commentMarker
} from "./chunk-4MFM3DSD.js";
import "./chunk-MOCBYYR6.js";
import "./chunk-6TUXKNOO.js";
import "./chunk-BSDYNIC6.js";
import {
  compiledDir,
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag,
  parseBoolean,
  parseParameterObject,
  parsePositiveInt
} from "./chunk-I3QKFCKS.js";
import {
  compareReviewed,
  readReviewedStamp
} from "./chunk-VLKUCJEJ.js";
import "./chunk-DSAI2IEI.js";
import "./chunk-RGIAAWDF.js";
import {
  metricsAsJson
} from "./chunk-BKUIOZJQ.js";
import "./chunk-2LV6Y5RJ.js";
import {
  specDigest
} from "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import {
  LABEL_KEYS,
  labelValue
} from "./chunk-OZW57QZC.js";
import {
  VERSION
} from "./chunk-S2TBE2LR.js";
import "./chunk-6ZC5HHQ7.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-EAQOZN5H.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import {
  splitSourceList
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/commands/submit.ts
import path4 from "node:path";

// src/commands/submit-report.ts
import path from "node:path";
async function comment(deps, settings, commit, outcome, body) {
  const log = deps.logger;
  if (!settings.comment) return log.info("comment: false; no PR comment");
  if (!deps.env.GITHUB_REPOSITORY)
    return log.info("GITHUB_REPOSITORY is not set (not in a workflow); no PR comment");
  if (!settings.githubToken) return log.info("no github-token; no PR comment");
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return log.info(`no PR comment for ${outcome.name}: ${lookup.reason}`);
    const issue = lookup.pull.number;
    const marker = mergeReportMarker(outcome.name);
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const result = await upsertStickyComment(
      github,
      { issue, marker, body: existing ? carryTimeline(existing.body, body) : body },
      log.withNamespace("github")
    );
    log.info(
      `${result.action} the report comment on #${lookup.pull.number}: ${result.comment.htmlUrl}`
    );
  } catch (error) {
    const { message } = describeError(error);
    deps.edge.report([
      {
        code: "vertex/comment-failed",
        severity: "warning",
        message: `the report comment was not written: ${message}`
      }
    ]);
  }
}
function modelArtifactUri(outcome, task, artifact = "model") {
  for (const t of outcome.run.tasks) {
    if (task && t.name !== task) continue;
    const found = t.outputArtifacts.find(
      (a) => task ? a.outputName === artifact : a.schemaTitle === "system.Model"
    );
    if (found?.uri) return found.uri;
  }
  return "";
}
function setOutputs(deps, outcomes, reportPath) {
  const one = outcomes.length === 1;
  const per = (f) => {
    if (one) {
      const v = f(outcomes[0]);
      return typeof v === "string" ? v : JSON.stringify(v);
    }
    return JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.name, f(o)])));
  };
  const model = (o) => modelArtifactUri(o, o.entry?.model?.task, o.entry?.model?.artifact);
  deps.edge.setOutput(
    "job-name",
    per((o) => o.job.name)
  );
  deps.edge.setOutput(
    "job-state",
    per((o) => o.run.state)
  );
  deps.edge.setOutput(
    "decision",
    outcomes.every((o) => o.outcome.decision === "deploy" && o.ending === "finished") ? "deploy" : "hold"
  );
  deps.edge.setOutput(
    "metrics",
    per((o) => metricsAsJson(o.outcome.metrics))
  );
  deps.edge.setOutput("model-artifact-uri", per(model));
  const base = deps.env.GITHUB_WORKSPACE || process.cwd();
  const relative = path.relative(base, reportPath);
  deps.edge.setOutput(
    "report-path",
    relative.startsWith("..") || path.isAbsolute(relative) ? reportPath : relative
  );
}
async function publishOutcomes(outcomes, context, deps) {
  const { settings, commit } = context;
  const log = deps.logger;
  const reportsDir = path.join(settings.outputBase, "reports");
  deps.workspace.makeDir(reportsDir);
  const reports = [];
  const runUrl = workflowRunUrl(deps.env);
  for (const o of outcomes) {
    const body = renderMergeReport(o.run, o.outcome, {
      ending: o.ending === "interrupted" ? "cancelled-by-workflow" : o.ending,
      ...o.attached ? { attached: o.attached } : {},
      passedOver: o.passedOver,
      ...o.retraining ? { retraining: o.retraining } : {},
      ...context.review?.get(o.name) ? { reviewed: context.review.get(o.name) } : {},
      pipelineRoot: o.pipelineRoot,
      parameters: o.parameters,
      ...o.baseline ? { baseline: o.baseline } : {},
      ...o.templateUri ? { templateUri: o.templateUri } : {},
      commit,
      ...runUrl ? { workflowRunUrl: runUrl } : {},
      version: context.version,
      now: (/* @__PURE__ */ new Date()).toISOString(),
      timeoutMinutes: context.waitMinutes ?? settings.timeoutMinutes ?? 720
    });
    deps.workspace.writeFile(path.join(reportsDir, `${o.name}.submit.md`), body);
    reports.push(body);
    await deps.edge.appendSummary(body);
    if (o.ending !== "not-waited") await comment(deps, settings, commit, o, body);
    log.info(
      `${o.name}: ${o.run.state}, decision ${o.outcome.decision}: ${o.outcome.reasons.join("; ")}`
    );
    if (o.ending === "finished" && o.run.state === "SUCCEEDED" && o.outcome.decision === "hold") {
      deps.edge.report([
        {
          code: "gate/hold",
          severity: "warning",
          message: `${o.name}: decision hold: ${o.outcome.reasons.join("; ")}`
        }
      ]);
    }
    if (o.baseline && "missing" in o.baseline && o.outcome.checks.some((c) => c.kind === "regression")) {
      deps.edge.report([
        {
          code: "gate/no-baseline",
          severity: "notice",
          message: `${o.name}: regression gates skipped: ${o.baseline.missing}`
        }
      ]);
    }
  }
  const reportPath = path.join(reportsDir, "submit-report.md");
  deps.workspace.writeFile(reportPath, reports.join("\n---\n\n"));
  setOutputs(deps, outcomes, reportPath);
  const bad = outcomes.filter(
    (o) => o.ending === "interrupted" || o.ending === "timeout" || o.ending === "finished" && o.run.state !== "SUCCEEDED"
  );
  for (const o of bad) {
    const failed = o.run.tasks.filter((t) => t.state === "FAILED");
    const why = o.ending === "interrupted" ? "cancelled with the workflow" : o.ending === "timeout" ? `is still ${o.run.state} when the wait ended; it keeps running on Vertex AI (not cancelled): gate it later with submit and job-name: ${o.job.name}` : `ended ${o.run.state}`;
    deps.edge.report([
      {
        code: o.ending === "timeout" ? "vertex/timeout" : o.ending === "interrupted" ? "vertex/cancelled" : "vertex/run-failed",
        severity: "error",
        message: `${o.name}: ${o.job.name} ${why}${failed.length ? `; failed: ${failed.map((t) => `${t.name}${t.error ? ` (${t.error.split("\n")[0]})` : ""}`).join(", ")}` : ""}${o.run.error ? `; ${o.run.error.split("\n")[0]}` : ""}`
      }
    ]);
  }
  return bad.length > 0;
}

// src/commands/submit-reviewed.ts
import path2 from "node:path";
async function changedSinceHead(deps, head, commit) {
  try {
    const git = await deps.git();
    if (!await git.tryEnsureCommit(head) || !await git.tryEnsureCommit(commit))
      return void 0;
    return await git.changedFiles(head, commit);
  } catch (error) {
    deps.logger.debug(`cannot compare the PR head with ${commit}: ${describeError(error).message}`);
    return void 0;
  }
}
async function reviewSpecs(specs, commit, settings, deps) {
  const verdicts = /* @__PURE__ */ new Map();
  const all = (none) => {
    for (const s of specs)
      verdicts.set(
        s.name,
        compareReviewed({ digest: s.digest, pull: { none }, stamp: "no-comment" })
      );
    return verdicts;
  };
  if (!deps.env.GITHUB_REPOSITORY) return all("not in a workflow (GITHUB_REPOSITORY is not set)");
  if (!settings.githubToken) return all("no github-token to read the PR check comment with");
  try {
    const github = await deps.github(settings.githubToken);
    const lookup = await findMergedPullRequest(github, commit);
    if (!lookup.found) return all(lookup.reason);
    const pull = lookup.pull;
    const comments = await github.listIssueComments(pull.number);
    const root = (await deps.git().catch(() => void 0))?.root;
    const configFile = root ? path2.relative(root, settings.common.configPath).split(path2.sep).join("/") : void 0;
    let changed = null;
    for (const s of specs) {
      const marker = commentMarker(s.name);
      const own = await findOwnComments(
        github,
        comments.filter((c) => c.body.split("\n", 1)[0]?.trimEnd() === marker),
        marker
      );
      const first = own[0];
      const stamp = first ? readReviewedStamp(first.body, marker) ?? "no-stamp" : "no-comment";
      const facts = {
        digest: s.digest,
        pull: { number: pull.number, headSha: pull.headSha },
        stamp,
        ...configFile ? { configFile } : {}
      };
      if (typeof stamp === "object" && stamp.digest !== s.digest) {
        if (changed === null) changed = await changedSinceHead(deps, pull.headSha, commit);
        if (changed) Object.assign(facts, { changedSinceHead: changed });
      }
      verdicts.set(s.name, compareReviewed(facts));
    }
    return verdicts;
  } catch (error) {
    return all(`the PR check comment could not be read: ${describeError(error).message}`);
  }
}
function reviewedLine(v) {
  return v.kind === "reviewed" ? `spec ${v.digest} \u2014 the one checked in PR #${v.pull}` : `spec ${v.digest} differs from what the PR check saw, because ${v.because}`;
}

// src/commands/submit-pickup.ts
import path3 from "node:path";
var JOB_NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/pipelineJobs\/([a-z][-a-z0-9]{0,127})$/;
async function entryFor(deps, settings, label) {
  const common = settings.common;
  const display = path3.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = await deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) return {};
  if (!file.config) throw new UserError(`the config file ${display} has errors`, file.diagnostics);
  const entry = file.config.pipelines.find((e) => e.name && labelValue(e.name) === label);
  if (!entry)
    deps.logger.warning(
      `no config entry is named after the job's ${LABEL_KEYS.pipeline} label "${label ?? ""}": no decision output and no gates are applied`
    );
  return { config: file.config, ...entry ? { entry } : {} };
}
async function pickUpJob(settings, version, deps, waitMinutes) {
  const match = JOB_NAME.exec(settings.jobName);
  if (!match) {
    throw new UserError(
      `job-name "${settings.jobName}" is not projects/{project}/locations/{region}/pipelineJobs/{id} (the job-name output of submit)`,
      [],
      2
    );
  }
  const location = { project: match[1], region: match[2] };
  const vertex = await deps.vertex(location.region);
  try {
    const log = deps.logger;
    const found = await vertex.pipelines.getPipelineJob(settings.jobName);
    const label = found.labels[LABEL_KEYS.pipeline];
    const { config, entry } = await entryFor(deps, settings, label);
    const name = entry?.name ?? label ?? match[3];
    log.info(`picked up ${found.name} (${found.state}); waiting at most ${waitMinutes} minutes`);
    const waited = await waitForJob(vertex.pipelines, found, {
      delayMs: (attempt) => vertex.pollDelayMs(attempt),
      timeoutMs: waitMinutes * 6e4,
      sleep: abortableSleep,
      now: Date.now,
      logger: log.withNamespace(name)
    });
    const commitLabel = found.labels[LABEL_KEYS.commit] ?? "";
    const commit = /^[0-9a-f]{40}$/.test(commitLabel) ? commitLabel : deps.env.GITHUB_SHA ?? "";
    const spec = found.labels[SPEC_LABEL];
    const outcome = await gateJob(
      {
        name,
        ...entry ? { entry } : {},
        pipelineRoot: entry?.vertex?.pipelineRoot ?? config?.vertex?.pipelineRoot ?? "",
        location,
        job: waited.job,
        attached: "picked-up",
        ending: waited.kind,
        passedOver: [],
        specDigest: spec ? `sha256:${spec}` : ""
      },
      vertex,
      {
        baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? "production"),
        logger: log.withNamespace(name)
      }
    );
    const failed = await publishOutcomes(
      [outcome],
      { settings, commit, version, waitMinutes },
      deps
    );
    return failed ? 1 : 0;
  } finally {
    await vertex.close();
  }
}

// src/commands/submit.ts
function build(common, get, sources) {
  const cache = get("cache");
  const timeout = get("timeout-minutes");
  const vertex = {
    ...vertexOverrides(get),
    ...cache && cache.trim() !== "" ? { enableCaching: parseBoolean("cache", cache, true) } : {}
  };
  return {
    common,
    sources,
    outputBase: outputBase(common, get("output-dir")),
    parameters: parseParameterObject("parameters", get("parameters")),
    vertex,
    wait: parseBoolean("wait", get("wait"), true),
    ...timeout && timeout.trim() !== "" ? { timeoutMinutes: parsePositiveInt("timeout-minutes", timeout, 720) } : {},
    comment: parseBoolean("comment", get("comment"), true),
    githubToken: get("github-token") ?? "",
    ...get("job-timeout-minutes")?.trim() ? {
      jobTimeoutMinutes: parsePositiveInt(
        "job-timeout-minutes",
        get("job-timeout-minutes"),
        360
      )
    } : {},
    jobName: (get("job-name") ?? "").trim(),
    requireReviewedSpec: parseBoolean("require-reviewed-spec", get("require-reviewed-spec"), false),
    freshRun: parseBoolean("fresh-run", get("fresh-run"), false)
  };
}
var VALUE_FLAGS = [
  "output-dir",
  "parameters",
  ...VERTEX_OVERRIDE_FLAGS,
  "cache",
  "wait",
  "timeout-minutes",
  "comment",
  "github-token",
  "require-reviewed-spec",
  "job-timeout-minutes",
  "job-name",
  "fresh-run"
];
var JOB_MARGIN_MINUTES = 10;
function fitWait(settings, configured, spentMinutes) {
  const limit = settings.jobTimeoutMinutes;
  if (limit === void 0 || !settings.wait) return { minutes: configured, shortened: false };
  const room = Math.floor(limit - JOB_MARGIN_MINUTES - spentMinutes);
  if (room < 1) {
    const message = `the job's timeout-minutes (${limit}) leaves no time to wait for the run after a ${JOB_MARGIN_MINUTES}-minute margin; GitHub would cancel the step and with it the Vertex job. Raise the job's timeout-minutes, or submit with wait: false and pick the run up later with job-name (docs/vertex.md, "Long trainings")`;
    throw new UserError(message, [{ code: "vertex/job-limit", severity: "error", message }], 2);
  }
  return room < configured ? { minutes: room, shortened: true } : { minutes: configured, shortened: false };
}
async function run(settings, deps) {
  const log = deps.logger;
  const started = Date.now();
  if (settings.jobName && settings.freshRun) {
    const message = "fresh-run: true starts a new training and job-name picks up one that exists; set one of them (code vertex/fresh-run-with-job-name)";
    throw new UserError(message, [
      { code: "vertex/fresh-run-with-job-name", severity: "error", message }
    ]);
  }
  if (settings.jobName) {
    const { minutes } = fitWait({ ...settings, wait: true }, settings.timeoutMinutes ?? 720, 0);
    return pickUpJob(settings, VERSION, deps, minutes);
  }
  const cancel = deps.interruption?.();
  const interruption = settings.wait ? cancel : void 0;
  const signal = cancel?.signal;
  const compiled = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase),
      requireConfig: "submit"
    },
    deps
  );
  deps.edge.report(compiled.diagnostics);
  if (compiled.diagnostics.some(isError)) {
    log.error("the pipelines did not compile and validate; nothing was submitted");
    return 1;
  }
  if (compiled.compiled.length === 0) {
    log.error("no pipeline to submit: the sources hold no @dsl.pipeline and no compiled IR");
    return 1;
  }
  const wd = settings.common.workingDirectory;
  const config = compiled.config;
  const pipelines = compiled.compiled.map((c) => {
    const yaml = deps.workspace.readText(path4.resolve(wd, c.file));
    const loaded = c.loaded;
    if (!loaded) throw new UserError(`cannot read the compiled ${c.file}`, []);
    const entry = c.entryIndex !== void 0 ? config?.pipelines[c.entryIndex] : void 0;
    if (loaded.platform)
      log.warning(`${c.name}: the platform spec (kfp-kubernetes) is not used by Vertex AI`);
    return {
      name: c.name,
      file: c.file,
      yaml,
      spec: loaded.spec,
      ...entry ? { entry } : {},
      vertex: resolveVertex(config, entry, settings.vertex, c.name),
      parameters: { ...entry?.parameters, ...settings.parameters },
      parametersSource: Object.keys(settings.parameters).length ? "the config and the `parameters` input" : "the config"
    };
  });
  for (const p of pipelines) prepareParameters(p);
  if (signal?.aborted) {
    log.error("the workflow was cancelled before anything was submitted");
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || await (await deps.git()).tryResolveCommit("HEAD");
  if (!commit)
    throw new UserError("cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve");
  const review = await reviewSpecs(
    pipelines.map((p) => ({ name: p.name, digest: `sha256:${specDigest(p.spec)}` })),
    commit,
    settings,
    deps
  );
  for (const [name, verdict] of review) log.info(`${name}: ${reviewedLine(verdict)}`);
  if (settings.requireReviewedSpec) {
    const unreviewed = [...review].filter(([, v]) => v.kind !== "reviewed");
    if (unreviewed.length > 0) {
      deps.edge.report(
        unreviewed.map(([name, v]) => ({
          code: "vertex/unreviewed-spec",
          severity: "error",
          message: `${name}: ${reviewedLine(v)}; require-reviewed-spec is true, so nothing was submitted`
        }))
      );
      log.info(
        'Run the PR check on the final head of the PR (and merge without the base moving), or set require-reviewed-spec: false. See docs/promotion.md, "What ran is what was reviewed".'
      );
      return 1;
    }
  }
  const fitted = /* @__PURE__ */ new Map();
  for (const p of pipelines) {
    const configured = settings.timeoutMinutes ?? p.vertex.timeoutMinutes ?? 720;
    const fit = fitWait(settings, configured, (Date.now() - started) / 6e4);
    fitted.set(p.name, fit.minutes);
    if (fit.shortened) {
      deps.edge.report([
        {
          code: "vertex/wait-shortened",
          severity: "warning",
          message: `${p.name}: waiting at most ${fit.minutes} minutes, not ${configured}: GitHub ends this job at its timeout-minutes (${settings.jobTimeoutMinutes}) and would cancel the Vertex run with it. If the run takes longer it keeps going, and submit with job-name picks it up later (docs/vertex.md, "Long trainings")`
        }
      ]);
    }
  }
  const retrainingRun = deps.env.GITHUB_RUN_ID || `local-${Date.now().toString(36)}`;
  const settled = await Promise.allSettled(
    pipelines.map(async (p) => {
      const vertex = await deps.vertex(p.vertex.region);
      const scoped = log.withNamespace(p.name);
      const outcome = await submitPipeline(
        p,
        vertex,
        {
          commit,
          ...deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {},
          ...deps.env.GITHUB_RUN_ID ? { workflowRun: deps.env.GITHUB_RUN_ID } : {},
          ...deps.env.GITHUB_RUN_ATTEMPT ? { workflowRunAttempt: deps.env.GITHUB_RUN_ATTEMPT } : {},
          wait: settings.wait,
          ...settings.freshRun ? { freshRun: retrainingRun } : {},
          timeoutMinutes: fitted.get(p.name),
          // The Model Registry alias of the last environment (`Production` → `production`).
          baselineAlias: aliasFor(config?.environments?.at(-1)?.name ?? "production"),
          logger: scoped,
          waitOptions: {
            sleep: abortableSleep,
            now: Date.now,
            ...signal ? { signal } : {}
          }
        },
        (name) => interruption?.track({ name, region: p.vertex.region })
      );
      interruption?.settle(outcome.job.name);
      return outcome;
    })
  );
  const outcomes = [];
  let errors = 0;
  settled.forEach((s, i) => {
    if (s.status === "fulfilled") return void outcomes.push(s.value);
    errors++;
    const { message, stack } = describeError(s.reason);
    if (stack) log.debug(stack);
    const diagnostics = s.reason instanceof UserError ? s.reason.diagnostics : [];
    if (diagnostics.length > 0) {
      deps.edge.report(diagnostics);
      for (const line of message.split("\n").slice(1)) log.info(line);
    } else {
      deps.edge.report([
        {
          code: "vertex/submit-failed",
          severity: "error",
          message: `${pipelines[i].name}: ${message}`
        }
      ]);
    }
  });
  if (outcomes.length === 0) return 1;
  const failed = await publishOutcomes(
    outcomes,
    {
      settings,
      commit,
      version: VERSION,
      review,
      ...fitted.size === 1 ? { waitMinutes: [...fitted.values()][0] } : {}
    },
    deps
  );
  return failed || errors > 0 ? 1 : 0;
}
var submitCommand = {
  name: "submit",
  summary: "run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR",
  usage: [
    "Usage: kfp-action submit [sources\u2026] [options]",
    "",
    "Compiles the pipelines (default: every one in the config file), checks their parameter",
    "values, submits each to Vertex AI Pipelines, waits, applies the decision output and the",
    "metric gates, and reports (job summary, merged-PR comment, outputs).",
    "",
    "  --project ID            Google Cloud project (over the config)",
    "  --region REGION         Vertex AI region (over the config)",
    "  --pipeline-root GS_URI  runtimeConfig.gcsOutputDirectory (over the config)",
    "  --service-account SA    service account the pipeline runs as",
    `  --parameters JSON       parameter values over the config's, e.g. '{"seed": 7}'`,
    "  --cache true|false      override the compiled caching options",
    "  --wait true|false       wait for the run and gate it (default true)",
    "  --timeout-minutes N     stop waiting after N minutes (default 720)",
    "  --require-reviewed-spec true|false  refuse a spec whose digest no PR check saw",
    "  --job-timeout-minutes N the GitHub job's timeout-minutes: the wait is fitted inside it",
    "  --job-name JOB          pick up projects/P/locations/R/pipelineJobs/ID: wait, gate, report",
    "  --fresh-run true|false  train again on purpose: never attach to the commit's earlier jobs",
    "  --output-dir DIR        base folder for IR and reports (default .kfp-action)",
    "",
    "Authentication: Application Default Credentials (gcloud auth application-default login, or",
    "google-github-actions/auth in a workflow). See docs/vertex.md.",
    "Exit: 0 the runs succeeded (decision deploy or hold), 1 a run failed, was cancelled or timed",
    "out, or the input is wrong, 2 usage."
  ].join("\n"),
  cliFlags: { values: VALUE_FLAGS, switches: [] },
  fromArgs: (args, common) => build(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input, common) => build(common, (n) => input(n), splitSourceList(input("pipelines"))),
  run
};
export {
  fitWait,
  submitCommand
};
