import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  DEFAULT_MACHINE_TYPE,
  NEW_DEPLOYMENT,
  TARGET_FLAGS,
  checkOidcEnvironment,
  deployedIdsOf,
  endpointName,
  findEnvironment,
  fromFlags,
  fromInputs,
  loadConfig,
  moveAlias,
  oidcPolicy,
  renderPromotionSummary,
  resolveScope,
  selectEntry,
  splitWith,
  targetSettings,
  undeployIdle
} from "./chunk-OJSHEE4C.js";
import {
  aliasFor,
  holderOf,
  previousAliasFor,
  updateTimeline,
  workflowRunUrl
} from "./chunk-XVBHL4O4.js";
import "./chunk-RS2ABS5Q.js";
import "./chunk-XWERWCEP.js";
import "./chunk-7HJEHKQN.js";
import "./chunk-4MFM3DSD.js";
import "./chunk-MOCBYYR6.js";
import "./chunk-BSDYNIC6.js";
import "./chunk-I3QKFCKS.js";
import "./chunk-VLKUCJEJ.js";
import "./chunk-DSAI2IEI.js";
import "./chunk-RGIAAWDF.js";
import "./chunk-BKUIOZJQ.js";
import "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import {
  versionName
} from "./chunk-7EIHUDRQ.js";
import {
  LABEL_KEYS
} from "./chunk-OZW57QZC.js";
import "./chunk-6ZC5HHQ7.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-KSVBKOZS.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/core/promotion/rollback.ts
var byVersionDesc = (a, b) => Number(b.versionId) - Number(a.versionId) || b.versionId.localeCompare(a.versionId);
function selectRollbackTarget(environment, versions, endpoint, requested) {
  const current = holderOf(versions, aliasFor(environment));
  if (requested !== void 0) {
    const target = versions.find((v) => v.versionId === requested);
    if (!target) {
      const known = [...versions].sort(byVersionDesc).map((v) => v.versionId);
      return {
        ok: false,
        refusal: {
          code: "promote/no-rollback-target",
          severity: "error",
          message: `version ${requested} is not a version of this model (versions: ${known.join(", ") || "none"})`
        }
      };
    }
    return { ok: true, current, target, because: `version ${requested} was asked for` };
  }
  const marked = holderOf(versions, previousAliasFor(environment));
  if (marked && marked.versionId !== current?.versionId) {
    return {
      ok: true,
      current,
      target: marked,
      because: `version ${marked.versionId} served "${environment}" before version ${current?.versionId ?? "?"} (alias ${previousAliasFor(environment)})`
    };
  }
  const deployed = new Set(endpoint?.deployedModels.map((d) => d.versionId) ?? []);
  const older = versions.filter((v) => deployed.has(v.versionId) && v.versionId !== current?.versionId).filter((v) => !current || Number(v.versionId) < Number(current.versionId)).sort(byVersionDesc);
  if (older[0]) {
    return {
      ok: true,
      current,
      target: older[0],
      because: `version ${older[0].versionId} is the newest older version still deployed on ${endpoint.displayName}`
    };
  }
  return {
    ok: false,
    refusal: {
      code: "promote/no-rollback-target",
      severity: "error",
      message: current ? `"${environment}" serves version ${current.versionId} and no earlier version is recorded for it (no ${previousAliasFor(environment)} alias, nothing older on the endpoint); pick one with \`model-version\` (CLI: --to-version)` : `no version of this model holds the alias "${aliasFor(environment)}", so there is nothing to roll back in "${environment}"`
    }
  };
}

// src/commands/rollback.ts
function build(settings, toVersion) {
  const v = toVersion?.trim();
  if (v && !/^\d+$/.test(v)) {
    throw new UserError(
      `model-version (CLI: --to-version) must be a version number such as 7, got "${v}"`,
      [],
      2
    );
  }
  return { ...settings, ...v ? { toVersion: v } : {} };
}
async function run(settings, deps) {
  const log = deps.logger;
  const config = await loadConfig(settings.common, deps);
  const scope = resolveScope(settings, config, selectEntry(config, settings.pipeline, void 0));
  const { settings: environment } = findEnvironment(
    config.environments ?? [],
    settings.environment
  );
  const summary = (s) => deps.edge.appendSummary(
    renderPromotionSummary({
      action: "rollback",
      pipeline: scope.pipeline,
      environment: settings.environment,
      ...s
    })
  );
  if (!environment) {
    const names = (config.environments ?? []).map((e) => e.name).join(", ") || "none";
    const message = `environment "${settings.environment}" is not in the config's \`environments\` (${names})`;
    deps.edge.report([{ code: "promote/unknown-environment", severity: "error", message }]);
    await summary({ outcome: "refused", problems: [message], notes: [] });
    return 1;
  }
  const oidc = checkOidcEnvironment(
    environment.name,
    await deps.oidcEnvironment(),
    oidcPolicy(settings, deps.env)
  );
  if (oidc.note) log.warning(oidc.note);
  if (oidc.skipped) deps.edge.report([oidc.skipped]);
  if (oidc.refusal) {
    deps.edge.report([oidc.refusal]);
    await summary({ outcome: "refused", problems: [oidc.refusal.message], notes: [] });
    return 1;
  }
  const clients = await deps.promotion(
    scope.registry,
    scope.endpoints,
    settings.timeoutMinutes * 6e4
  );
  const runUrl = workflowRunUrl(deps.env);
  let commit;
  const timeline = (step) => updateTimeline(deps, {
    pipeline: scope.pipeline,
    commit,
    order: scope.order,
    step,
    comment: settings.comment,
    githubToken: settings.githubToken
  });
  try {
    const versions = await clients.models.listVersions(scope.modelId);
    let endpoint = await clients.endpoints.findEndpoint(endpointName(scope, environment));
    const plan = selectRollbackTarget(environment.name, versions, endpoint, settings.toVersion);
    if (!plan.ok) {
      deps.edge.report([plan.refusal]);
      await summary({
        outcome: "refused",
        problems: [plan.refusal.message],
        notes: oidc.note ? [oidc.note] : []
      });
      return 1;
    }
    const { target, current } = plan;
    commit = current?.labels[LABEL_KEYS.commit] || void 0;
    log.info(`rolling ${environment.name} back to version ${target.versionId}: ${plan.because}`);
    if (!endpoint) {
      endpoint = await clients.endpoints.createEndpoint(endpointName(scope, environment), {
        "kfp-environment": aliasFor(environment.name)
      });
    }
    const ids = deployedIdsOf(endpoint, target.model, target.versionId);
    if (ids.length > 0) {
      log.info(
        `version ${target.versionId} (${versionName(target)}) is still deployed on ${endpoint.displayName} as ${ids[0]}: moving all the traffic back to it`
      );
      endpoint = await clients.endpoints.setTraffic(
        endpoint.name,
        splitWith(endpoint.trafficSplit, ids[0], 100)
      );
    } else {
      const minReplicas = environment.minReplicas ?? 1;
      log.info(
        `version ${target.versionId} (${versionName(target)}) is no longer on ${endpoint.displayName}: redeploying it (${environment.machineType ?? DEFAULT_MACHINE_TYPE}, ${minReplicas}+ replicas, all the traffic)`
      );
      endpoint = await clients.endpoints.deploy({
        endpoint: endpoint.name,
        version: target,
        displayName: `${scope.pipeline}-v${target.versionId}`,
        machineType: environment.machineType ?? DEFAULT_MACHINE_TYPE,
        minReplicas,
        maxReplicas: Math.max(minReplicas, environment.maxReplicas ?? minReplicas),
        trafficSplit: splitWith(endpoint.trafficSplit, NEW_DEPLOYMENT, 100),
        ...environment.serviceAccount ? { serviceAccount: environment.serviceAccount } : {}
      });
    }
    const keep = new Set(deployedIdsOf(endpoint, target.model, target.versionId));
    const undeployed = await undeployIdle(clients, endpoint, environment, keep, log);
    if (undeployed.length)
      endpoint = await clients.endpoints.findEndpoint(endpoint.displayName) ?? endpoint;
    if (holderOf(versions, aliasFor(environment.name))?.versionId !== target.versionId) {
      await moveAlias(clients, scope, environment.name, target, log, { markPrevious: false });
    }
    const endpointUrl = clients.endpoints.consoleUrl(endpoint.name);
    deps.edge.setOutput("model-version", versionName(target));
    deps.edge.setOutput("endpoint", endpoint.name);
    deps.edge.setOutput("endpoint-url", endpointUrl);
    await timeline({
      environment: environment.name,
      status: "rolled-back",
      version: target.versionId,
      at: (/* @__PURE__ */ new Date()).toISOString(),
      reason: plan.because,
      ...runUrl ? { url: runUrl } : {}
    });
    await summary({
      outcome: "done",
      problems: [],
      notes: [plan.because, ...oidc.note ? [oidc.note] : []],
      version: versionName(target),
      ...current ? { versionNote: `was ${current.versionId}` } : {},
      endpoint,
      endpointUrl
    });
    log.info(`${environment.name} serves version ${target.versionId} again: ${endpointUrl}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      const reason = describeError(error).message.split("\n")[0];
      await timeline({
        environment: environment.name,
        status: "failed",
        at: (/* @__PURE__ */ new Date()).toISOString(),
        reason
      });
      await summary({ outcome: "failed", problems: [reason], notes: [] });
    }
    throw error;
  } finally {
    await clients.close();
  }
}
var rollbackCommand = {
  name: "rollback",
  summary: "move an environment\u2019s endpoint traffic and alias back to the version before",
  usage: [
    "Usage: kfp-action rollback --environment NAME [options]",
    "",
    "Returns the environment's endpoint traffic and its Model Registry alias to the version it",
    "served before the last promotion (or to --to-version).",
    "",
    "Options:",
    "  --environment NAME      the GitHub Environment to roll back",
    "  --to-version N          the model version to return to (default: the one before)",
    "  --pipeline NAME         the config entry (default: the only pipeline with a model)",
    "  --project ID            Google Cloud project of the model registry (over the config)",
    "  --region REGION         its region (over the config)",
    "  --timeout-minutes N     longest wait for one Vertex operation (default 45)",
    "  --comment true|false    note the rollback in the PR comment (default true)",
    "  --github-token TOKEN    token for the PR comment"
  ].join("\n"),
  cliFlags: { values: [...TARGET_FLAGS, "to-version"], switches: [] },
  fromArgs: (args, common) => build(targetSettings(common, fromFlags(args), "rollback"), fromFlags(args)("to-version")),
  fromInputs: (input, common) => build(
    targetSettings(common, fromInputs(input), "rollback"),
    fromInputs(input)("model-version")
  ),
  run
};
export {
  rollbackCommand
};
