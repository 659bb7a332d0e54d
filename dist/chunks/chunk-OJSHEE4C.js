import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  aliasFor,
  holderOf,
  previousAliasFor
} from "./chunk-XVBHL4O4.js";
import {
  toRunResult
} from "./chunk-RS2ABS5Q.js";
import {
  evaluateGates
} from "./chunk-XWERWCEP.js";
import {
  flag,
  parseBoolean,
  parsePositiveInt
} from "./chunk-I3QKFCKS.js";
import {
  mdCell,
  mdCode,
  mdText
} from "./chunk-2HGA3KQZ.js";
import {
  evaluationFromMetrics
} from "./chunk-7EIHUDRQ.js";
import {
  LABEL_KEYS,
  labelValue,
  modelIdFor,
  runFilter,
  versionLabels
} from "./chunk-OZW57QZC.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/core/promotion/rules.ts
var OUTSIDE_ACTIONS = { onGitHubActions: false, optOut: false };
var refuse = (code, message) => ({
  code: `promote/${code}`,
  severity: "error",
  message
});
function findEnvironment(environments, name) {
  const index = environments.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
  return index === -1 ? { index } : { index, settings: environments[index] };
}
function checkOidcEnvironment(environment, oidc, policy = OUTSIDE_ACTIONS) {
  if (oidc.kind === "unavailable") {
    const note = `the check that this job runs in the GitHub Environment "${environment}" was skipped: ${oidc.reason}`;
    if (!policy.onGitHubActions) return { note };
    if (policy.optOut) {
      const message = `${note}; \`skip-environment-check: true\` allowed it, so GitHub's reviewers and branch rules for "${environment}" are not proven to have applied`;
      return {
        note: message,
        skipped: { code: "promote/environment-check-skipped", severity: "warning", message }
      };
    }
    return {
      refusal: refuse(
        "no-oidc-token",
        `cannot prove that this job runs in the GitHub Environment "${environment}": ${oidc.reason}. Add \`permissions: id-token: write\` to the job (and \`environment: ${environment}\`), as kfp-promote.yml does; to go on without the check, set the input \`skip-environment-check: true\``
      )
    };
  }
  if (oidc.environment === void 0) {
    return {
      refusal: refuse(
        "wrong-environment",
        `this job is not bound to a GitHub Environment (its OIDC token has no environment claim${oidc.subject ? `; subject "${oidc.subject}"` : ""}), so GitHub's reviewers and branch rules for "${environment}" did not apply; set \`environment: ${environment}\` on the job that runs promote (kfp-promote.yml does)`
      )
    };
  }
  if (oidc.environment.toLowerCase() !== environment.toLowerCase()) {
    return {
      refusal: refuse(
        "wrong-environment",
        `this job runs in the GitHub Environment "${oidc.environment}" but promotes to "${environment}"; run the promotion to "${environment}" in a job with \`environment: ${environment}\``
      )
    };
  }
  return {};
}
function checkPromotion(facts) {
  const refusals = [];
  const notes = [];
  const names = facts.environments.map((e) => e.name);
  const { index, settings: target } = findEnvironment(facts.environments, facts.environment);
  if (!target) {
    refusals.push(
      refuse(
        "unknown-environment",
        names.length === 0 ? `the config file has no \`environments\` section, so "${facts.environment}" has no place in a promotion order; add \`environments: [{name: staging}, {name: production}]\`` : `environment "${facts.environment}" is not in the config's \`environments\` (${names.join(" \u2192 ")}); add it there or use one of those names`
      )
    );
  }
  if (facts.decision !== "deploy") {
    const why = facts.decisionReasons.length ? `: ${facts.decisionReasons.join("; ")}` : "";
    refusals.push(
      refuse(
        "decision-not-deploy",
        `run ${facts.runName} was not cleared for deployment (decision: ${facts.decision})${why}`
      )
    );
  }
  const previous = index > 0 ? facts.environments[index - 1] : void 0;
  if (previous) {
    const holder = holderOf(facts.versions, aliasFor(previous.name));
    const candidate = facts.candidate?.versionId;
    if (!candidate || !holder || holder.versionId !== candidate) {
      const holds = holder ? `holds version ${holder.versionId}` : "holds no version of this model";
      const version = candidate ? `version ${candidate}` : `the model of run ${facts.runName}`;
      refusals.push(
        refuse(
          "previous-stage-missing",
          `"${previous.name}" comes before "${target.name}" and ${holds}, not ${version}; promote this run to "${previous.name}" first`
        )
      );
    }
  }
  const oidc = checkOidcEnvironment(facts.environment, facts.oidc, facts.oidcPolicy);
  if (oidc.refusal) refusals.push(oidc.refusal);
  if (oidc.note) notes.push(oidc.note);
  return {
    allowed: refusals.length === 0,
    refusals,
    notes,
    ...oidc.skipped ? { warnings: [oidc.skipped] } : {},
    ...previous ? { previous } : {},
    ...target ? { target } : {}
  };
}

// src/core/promotion/summary.ts
var VERDICT = {
  done: (a) => a === "promote" ? "promoted \u2705" : "rolled back \u21A9\uFE0F",
  refused: () => "refused \u26D4",
  failed: () => "failed \u274C"
};
function link(text, url) {
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}
function trafficText(endpoint) {
  const parts = endpoint.deployedModels.map((d) => {
    const share = endpoint.trafficSplit[d.id] ?? 0;
    return `v${mdText(d.versionId || "?")} ${share}%`;
  });
  return parts.length ? parts.join(" \xB7 ") : "nothing deployed";
}
function renderPromotionSummary(s) {
  const lines = [
    `### ${mdCode(s.pipeline)} \u2192 ${mdCode(s.environment)}: ${VERDICT[s.outcome](s.action)}`,
    ""
  ];
  if (s.problems.length) {
    for (const p of s.problems) lines.push(`- ${mdText(p)}`);
    lines.push("");
  }
  const rows = [];
  if (s.runId) {
    const decision = s.decision ? ` \xB7 decision ${mdCell(s.decision)}` : "";
    rows.push(["run", `${link(mdCode(s.runId), s.runUrl)}${decision}`]);
  }
  if (s.version)
    rows.push([
      "model version",
      `${mdCode(s.version)}${s.versionNote ? ` (${mdCell(s.versionNote)})` : ""}`
    ]);
  if (s.endpoint) {
    rows.push(["endpoint", link(mdCode(s.endpoint.displayName || s.endpoint.name), s.endpointUrl)]);
    rows.push(["traffic", trafficText(s.endpoint)]);
  }
  if (rows.length) {
    lines.push("| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`), "");
  }
  for (const n of s.notes) lines.push(`> ${mdText(n)}`, "");
  return lines.join("\n");
}

// src/commands/promotion/context.ts
import path from "node:path";
function oidcPolicy(settings, env) {
  return { onGitHubActions: env.GITHUB_ACTIONS === "true", optOut: settings.skipEnvironmentCheck };
}
var configError = (message) => new UserError(message, [{ code: "promote/config", severity: "error", message }]);
async function loadConfig(common, deps) {
  const display = path.relative(common.workingDirectory, common.configPath) || common.configPath;
  const file = await deps.workspace.readConfig(common.configPath, display);
  if (!file.exists) {
    throw configError(
      `the config file ${display} does not exist; promotion needs its \`environments\` and the pipeline's \`model\` section (docs/promotion.md). \`kfp-action init\` writes a commented config for the pipelines of this repository`
    );
  }
  if (!file.config) {
    throw new UserError(`the config file ${display} has errors (see above)`, file.diagnostics);
  }
  return file.config;
}
function selectEntry(config, wanted, jobLabel) {
  const named = config.pipelines.filter((e) => e.name);
  if (wanted) {
    const entry = named.find((e) => e.name === wanted);
    if (!entry) {
      throw configError(
        `pipeline "${wanted}" has no entry in the config (named entries: ${named.map((e) => e.name).join(", ") || "none"}); add \`name: ${wanted}\` to its entry`
      );
    }
    return { entry, pipeline: wanted };
  }
  if (jobLabel) {
    const entry = named.find((e) => labelValue(e.name) === jobLabel);
    if (entry) return { entry, pipeline: entry.name };
  }
  const withModel = config.pipelines.filter((e) => e.model);
  if (withModel.length === 1) {
    const entry = withModel[0];
    const pipeline = entry.name ?? jobLabel ?? entry.model.displayName;
    if (pipeline) return { entry, pipeline };
  }
  throw configError(
    `cannot tell which pipeline to promote${jobLabel ? ` (the job's ${LABEL_KEYS.pipeline} label is "${jobLabel}")` : ""}; set the \`pipeline\` input (CLI: --pipeline) to the \`name\` of its config entry`
  );
}
function resolveScope(settings, config, selected) {
  const { entry, pipeline } = selected;
  const project = settings.project || entry.vertex?.project || config.vertex?.project;
  const region = settings.region || entry.vertex?.region || config.vertex?.region;
  if (!project || !region) {
    throw configError(
      `pipeline ${pipeline}: vertex.project and vertex.region must be set (config file, or the \`project\`/\`region\` inputs) to find its model`
    );
  }
  const registry = { project, region };
  const environments = config.environments ?? [];
  const { settings: target } = findEnvironment(environments, settings.environment);
  const modelDisplayName = entry.model?.displayName ?? pipeline;
  return {
    config,
    entry,
    pipeline,
    modelId: modelIdFor(modelDisplayName),
    modelDisplayName,
    registry,
    ...target ? { target } : {},
    endpoints: { project: target?.project ?? project, region: target?.region ?? region },
    order: environments.map((e) => e.name)
  };
}
function endpointName(scope, environment) {
  return environment.endpoint ?? `${scope.pipeline}-${aliasFor(environment.name)}`;
}
async function readRun(deps, scope, job, readBaseline) {
  const run = toRunResult(job, { pipelineName: scope.pipeline, location: scope.registry });
  const wantsBaseline = (scope.entry.gates ?? []).some((g) => g.maxRegression !== void 0);
  const last = scope.order.at(-1);
  const baseline = wantsBaseline && last ? await readBaseline(aliasFor(last)) : void 0;
  const outcome = evaluateGates(run, scope.entry, baseline);
  const commit = job.labels[LABEL_KEYS.commit] || deps.env.GITHUB_SHA || void 0;
  return {
    job,
    run,
    runId: job.name.split("/").pop() ?? job.name,
    ...commit ? { commit } : {},
    outcome,
    ...baseline ? { baselineLabel: baseline.label } : {}
  };
}

// src/commands/promotion/settings.ts
var DEFAULT_OPERATION_TIMEOUT_MINUTES = 45;
var TARGET_FLAGS = [
  "environment",
  "pipeline",
  "project",
  "region",
  "timeout-minutes",
  "comment",
  "github-token",
  "skip-environment-check"
];
function targetSettings(common, get, command) {
  const environment = (get("environment") ?? "").trim();
  if (!environment) {
    throw new UserError(
      `${command} needs the target environment: input \`environment\` (CLI: --environment staging)`,
      [],
      2
    );
  }
  const pipeline = get("pipeline")?.trim();
  const project = get("project")?.trim();
  const region = get("region")?.trim();
  return {
    common,
    environment,
    ...pipeline ? { pipeline } : {},
    ...project ? { project } : {},
    ...region ? { region } : {},
    timeoutMinutes: parsePositiveInt(
      "timeout-minutes",
      get("timeout-minutes"),
      DEFAULT_OPERATION_TIMEOUT_MINUTES
    ),
    comment: parseBoolean("comment", get("comment"), true),
    githubToken: get("github-token") ?? "",
    skipEnvironmentCheck: parseBoolean(
      "skip-environment-check",
      get("skip-environment-check"),
      false
    )
  };
}
var fromFlags = (args) => (name) => flag(args, name);
var fromInputs = (input) => (name) => input(name) || void 0;

// src/core/promotion/traffic.ts
var NEW_DEPLOYMENT = "0";
function splitWith(current, target, percent) {
  const p = Math.max(0, Math.min(100, Math.round(percent)));
  const others = Object.entries(current).filter(([id, share]) => id !== target && share > 0);
  const total = others.reduce((sum, [, share]) => sum + share, 0);
  if (others.length === 0 || total === 0 || p === 100) {
    const out2 = { [target]: 100 };
    for (const [id] of Object.entries(current)) if (id !== target) out2[id] = 0;
    return out2;
  }
  const rest = 100 - p;
  const exact = others.map(([id, share]) => ({ id, value: share / total * rest }));
  const parts = exact.map((e) => ({ id: e.id, whole: Math.floor(e.value), frac: e.value % 1 }));
  let missing = rest - parts.reduce((s, x) => s + x.whole, 0);
  for (const part of [...parts].sort((a, b) => b.frac - a.frac || a.id.localeCompare(b.id))) {
    if (missing <= 0) break;
    part.whole++;
    missing--;
  }
  const out = { [target]: p };
  for (const part of parts) out[part.id] = part.whole;
  for (const [id] of Object.entries(current)) if (!(id in out)) out[id] = 0;
  return out;
}
function deployedIdsOf(endpoint, model, versionId) {
  const base = model.split("@")[0];
  return endpoint.deployedModels.filter((d) => d.model.split("@")[0] === base && d.versionId === versionId).map((d) => d.id);
}
function idleDeployments(endpoint, split) {
  return endpoint.deployedModels.filter((d) => !((split[d.id] ?? 0) > 0)).map((d) => d.id);
}
function sameSplit(a, b) {
  const ids = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => (a[id] ?? 0) === (b[id] ?? 0));
}

// src/commands/promotion/steps.ts
var DEFAULT_MACHINE_TYPE = "n1-standard-2";
function findRunVersion(clients, scope, runId) {
  return clients.models.findVersion(scope.modelId, runFilter(runId));
}
function modelArtifact(scope, target) {
  const model = scope.entry.model;
  if (!model) {
    throw new UserError(
      `pipeline ${scope.pipeline} has no \`model\` section in the config: promotion needs to know which task's artifact is the model (\`model: {task: train-model, servingContainer: \u2026}\`)`,
      [
        {
          code: "promote/no-model-artifact",
          severity: "error",
          message: `${scope.pipeline}: no model section`
        }
      ]
    );
  }
  const artifactName = model.artifact ?? "model";
  const task = target.run.tasks.find((t) => t.name === model.task);
  const artifact = task?.outputArtifacts.find((a) => a.outputName === artifactName);
  if (!artifact?.uri) {
    const why = !task ? `task ${model.task} is not in the run` : `task ${model.task} (${task.state}) has no output artifact "${artifactName}" with a URI`;
    const message = `run ${target.runId} has no model to promote: ${why}; check \`model.task\` and \`model.artifact\` in the config`;
    throw new UserError(message, [
      { code: "promote/no-model-artifact", severity: "error", message }
    ]);
  }
  return /\.(bst|json|pkl|joblib|pt|h5|onnx|ubj)$/i.test(artifact.uri) ? artifact.uri.replace(/\/[^/]+$/, "") : artifact.uri;
}
async function ensureVersion(clients, scope, target, repository, log) {
  const existing = await findRunVersion(clients, scope, target.runId);
  if (existing) {
    log.info(
      `run ${target.runId} is already version ${existing.versionId} of ${existing.model}: nothing uploaded`
    );
    return { version: existing, uploaded: false };
  }
  const servingContainer = scope.entry.model?.servingContainer;
  const artifactUri = modelArtifact(scope, target);
  if (!servingContainer) {
    const message = `pipeline ${scope.pipeline}: \`model.servingContainer\` is not set; Vertex needs a serving image to upload the model (e.g. a prebuilt prediction container)`;
    throw new UserError(message, [
      { code: "promote/no-serving-container", severity: "error", message }
    ]);
  }
  log.info(`uploading ${artifactUri} as a new version of ${scope.modelDisplayName}`);
  const version = await clients.models.uploadVersion({
    modelId: scope.modelId,
    displayName: scope.modelDisplayName,
    artifactUri,
    servingContainer,
    labels: versionLabels({
      runId: target.runId,
      pipeline: scope.pipeline,
      ...repository ? { repository } : {},
      ...target.commit ? { commit: target.commit } : {}
    }),
    versionDescription: `${scope.pipeline} run ${target.runId}${target.commit ? ` at ${target.commit.slice(0, 12)}` : ""}`
  });
  log.info(`uploaded: version ${version.versionId} of ${version.model}`);
  return { version, uploaded: true };
}
async function ensureEvaluation(clients, version, target, log) {
  const record = evaluationFromMetrics(target.outcome.metrics, {
    jobName: target.job.name,
    runId: target.runId,
    ...target.commit ? { commit: target.commit } : {}
  });
  const stored = await clients.models.listEvaluations(version);
  if (stored.some((e) => e.displayName === record.displayName)) {
    log.info(
      `the evaluation of run ${target.runId} is already attached to version ${version.versionId}`
    );
    return;
  }
  await clients.models.importEvaluation(version, record);
  const names = Object.keys(record.metrics);
  log.info(
    `attached the run's metrics to version ${version.versionId}${names.length ? ` (${names.join(", ")})` : ""}`
  );
}
async function deployVersion(clients, scope, environment, version, log) {
  const displayName = endpointName(scope, environment);
  let endpoint = await clients.endpoints.findEndpoint(displayName);
  let created = false;
  if (!endpoint) {
    log.info(
      `creating endpoint "${displayName}" in ${scope.endpoints.project}/${scope.endpoints.region}`
    );
    endpoint = await clients.endpoints.createEndpoint(displayName, {
      "kfp-pipeline": versionLabels({ runId: "x", pipeline: scope.pipeline })["kfp-pipeline"],
      "kfp-environment": aliasFor(environment.name)
    });
    created = true;
  }
  const percent = environment.trafficPercent ?? 100;
  const ids = deployedIdsOf(endpoint, version.model, version.versionId);
  let deployed = false;
  if (ids.length > 0) {
    const desired = splitWith(endpoint.trafficSplit, ids[0], percent);
    if (!sameSplit(desired, endpoint.trafficSplit)) {
      log.info(
        `version ${version.versionId} is on the endpoint already; setting its traffic to ${percent}%`
      );
      endpoint = await clients.endpoints.setTraffic(endpoint.name, desired);
    } else {
      log.info(`version ${version.versionId} already serves ${percent}% of ${displayName}`);
    }
  } else {
    const minReplicas = environment.minReplicas ?? 1;
    const split = splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, percent);
    log.info(
      `deploying version ${version.versionId} to ${displayName} (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}\u2013${Math.max(minReplicas, environment.maxReplicas ?? minReplicas)} replicas, ${percent}% of the traffic)`
    );
    endpoint = await clients.endpoints.deploy({
      endpoint: endpoint.name,
      version,
      displayName: `${scope.pipeline}-v${version.versionId}`,
      machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
      minReplicas,
      maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
      trafficSplit: split,
      ...environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}
    });
    deployed = true;
  }
  const undeployed = await undeployIdle(
    clients,
    endpoint,
    environment,
    new Set(deployedIdsOf(endpoint, version.model, version.versionId)),
    log
  );
  if (undeployed.length) endpoint = await clients.endpoints.findEndpoint(displayName) ?? endpoint;
  return { endpoint, created, deployed, undeployed };
}
async function undeployIdle(clients, endpoint, environment, keep, log) {
  if (!environment.undeployPrevious) return [];
  const idle = idleDeployments(endpoint, endpoint.trafficSplit).filter((id) => !keep.has(id));
  for (const id of idle) {
    const d = endpoint.deployedModels.find((m) => m.id === id);
    log.info(
      `undeploying version ${d?.versionId ?? "?"} (deployed model ${id}): it gets no traffic`
    );
    await clients.endpoints.undeploy(endpoint.name, id);
  }
  return idle;
}
async function moveAlias(clients, scope, environment, version, log, options = { markPrevious: true }) {
  const alias = aliasFor(environment);
  const previous = previousAliasFor(environment);
  const versions = await clients.models.listVersions(scope.modelId);
  const holder = holderOf(versions, alias);
  if (holder?.versionId === version.versionId) {
    log.info(`alias "${alias}" already points at version ${version.versionId}`);
    return void 0;
  }
  if (holder) {
    const marked = holderOf(versions, previous);
    if (options.markPrevious && marked && marked.versionId !== holder.versionId) {
      await clients.models.mergeAliases(marked, [`-${previous}`]);
    }
    const change = [`-${alias}`];
    if (options.markPrevious && !holder.aliases.includes(previous)) change.push(previous);
    if (!options.markPrevious && holder.aliases.includes(previous)) change.push(`-${previous}`);
    await clients.models.mergeAliases(holder, change);
  }
  const current = versions.find((v) => v.versionId === version.versionId) ?? version;
  await clients.models.mergeAliases(current, [
    alias,
    ...current.aliases.includes(previous) ? [`-${previous}`] : []
  ]);
  log.info(
    `alias "${alias}" moved to version ${version.versionId}${holder ? ` (from ${holder.versionId})` : ""}`
  );
  return holder;
}

export {
  findEnvironment,
  checkOidcEnvironment,
  checkPromotion,
  renderPromotionSummary,
  oidcPolicy,
  loadConfig,
  selectEntry,
  resolveScope,
  endpointName,
  readRun,
  TARGET_FLAGS,
  targetSettings,
  fromFlags,
  fromInputs,
  NEW_DEPLOYMENT,
  splitWith,
  deployedIdsOf,
  DEFAULT_MACHINE_TYPE,
  findRunVersion,
  ensureVersion,
  ensureEvaluation,
  deployVersion,
  undeployIdle,
  moveAlias
};
