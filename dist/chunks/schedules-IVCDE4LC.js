import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  VERTEX_OVERRIDE_FLAGS,
  resolveVertex,
  vertexOverrides,
  withCaching
} from "./chunk-GNJCGGW5.js";
import {
  ownerPrefix,
  parseDisplayName,
  printable,
  scheduleDisplayName,
  scheduleLabels
} from "./chunk-RCYZIJ4F.js";
import {
  jobLabels
} from "./chunk-X6LX3OJ6.js";
import "./chunk-RS2ABS5Q.js";
import "./chunk-XWERWCEP.js";
import {
  compilePipelines
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import {
  renderScheduleActions
} from "./chunk-MOCBYYR6.js";
import "./chunk-6TUXKNOO.js";
import "./chunk-BSDYNIC6.js";
import {
  compiledDir,
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag,
  parseBoolean
} from "./chunk-I3QKFCKS.js";
import "./chunk-BKUIOZJQ.js";
import "./chunk-2LV6Y5RJ.js";
import {
  canonicalJson,
  specDigest
} from "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import {
  checkParameters
} from "./chunk-ORKUXPMH.js";
import {
  LABEL_KEYS
} from "./chunk-OZW57QZC.js";
import "./chunk-6ZC5HHQ7.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import "./chunk-TLUW4NAZ.js";
import {
  DEFAULT_TIME_ZONE,
  vertexCron
} from "./chunk-XJSAC4CW.js";
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

// src/core/schedules/desired.ts
function desiredSchedules(pipeline, origin) {
  const desired = [];
  const diagnostics = [];
  const v = pipeline.vertex;
  const spec = v.enableCaching !== void 0 ? withCaching(pipeline.spec, v.enableCaching) : pipeline.spec;
  let labelChanges = [];
  for (const s of pipeline.schedules) {
    const checked = checkParameters(
      pipeline.spec,
      { ...pipeline.parameters, ...s.parameters },
      `schedule ${s.name} (its parameters over the pipeline's)`
    );
    if (checked.diagnostics.length > 0) {
      diagnostics.push(
        ...checked.diagnostics.map((d) => ({
          ...d,
          message: `${pipeline.name}, schedule ${s.name}: ${d.message}`,
          task: pipeline.name
        }))
      );
      continue;
    }
    const { labels, changed } = jobLabels(
      { pipeline: pipeline.name, commit: origin.commit, repository: origin.repository },
      v.labels
    );
    labelChanges = changed;
    const timeZone = s.timeZone ?? DEFAULT_TIME_ZONE;
    desired.push({
      pipeline: pipeline.name,
      schedule: s.name,
      location: { project: v.project, region: v.region },
      timeZone,
      cronFields: s.cron.trim().split(/\s+/).join(" "),
      paused: s.paused ?? false,
      catchUp: s.catchUp ?? false,
      fields: {
        displayName: scheduleDisplayName(origin.repository, pipeline.name, s.name),
        cron: vertexCron(s.cron, timeZone),
        maxConcurrentRunCount: s.maxConcurrentRuns ?? 1,
        ...s.startTime ? { startTime: new Date(s.startTime).toISOString() } : {},
        ...s.endTime ? { endTime: new Date(s.endTime).toISOString() } : {},
        ...s.maxRunCount ? { maxRunCount: s.maxRunCount } : {},
        allowQueueing: s.allowQueueing ?? false,
        job: {
          displayName: `${pipeline.name}-${s.name}`.slice(0, 128),
          pipelineSpec: spec,
          parameterValues: checked.values,
          pipelineRoot: v.pipelineRoot,
          labels: { ...labels, ...scheduleLabels(s.name) },
          ...v.serviceAccount ? { serviceAccount: v.serviceAccount } : {},
          ...v.network ? { network: v.network } : {},
          ...v.kmsKey ? { kmsKey: v.kmsKey } : {},
          ...v.failurePolicy ? { failurePolicy: v.failurePolicy } : {}
        }
      }
    });
  }
  return { desired, diagnostics, labelChanges };
}

// src/core/schedules/plan.ts
var VOLATILE_LABELS = /* @__PURE__ */ new Set([LABEL_KEYS.commit, "kfp-workflow-run"]);
var show = (v) => printable(v === void 0 ? "(unset)" : typeof v === "string" ? v : canonicalJson(v));
function stableLabels(labels) {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !VOLATILE_LABELS.has(k)));
}
function digestOf(spec) {
  return `sha256:${specDigest(spec).slice(0, 12)}`;
}
function jobChanges(want, have) {
  const out = [];
  const a = digestOf(want.pipelineSpec);
  const b = digestOf(have.pipelineSpec);
  if (a !== b) out.push(`pipeline spec: ${b} \u2192 ${a}`);
  const pairs = [
    ["parameters", have.parameterValues, want.parameterValues],
    ["pipeline root", have.pipelineRoot, want.pipelineRoot],
    ["service account", have.serviceAccount, want.serviceAccount],
    ["network", have.network, want.network],
    ["KMS key", have.kmsKey, want.kmsKey],
    ["failure policy", have.failurePolicy, want.failurePolicy],
    ["run display name", have.displayName, want.displayName],
    ["run labels", stableLabels(have.labels), stableLabels(want.labels)]
  ];
  for (const [what, before, after] of pairs)
    if (canonicalJson(before ?? null) !== canonicalJson(after ?? null))
      out.push(`${what}: ${show(before)} \u2192 ${show(after)}`);
  return out;
}
function fieldChanges(want, have) {
  const mask = [];
  const lines = [];
  const unset = [];
  const same = (x, y) => canonicalJson(x ?? null) === canonicalJson(y ?? null);
  const field = (path, label, before, after) => {
    if (same(before, after)) return;
    mask.push(path);
    lines.push(`${label}: ${show(before)} \u2192 ${show(after)}`);
  };
  field("cron", "cron", have.cron, want.cron);
  field(
    "max_concurrent_run_count",
    "max concurrent runs",
    have.maxConcurrentRunCount,
    want.maxConcurrentRunCount
  );
  if (want.startTime !== void 0) field("start_time", "start", have.startTime, want.startTime);
  if (want.endTime !== void 0) field("end_time", "end", have.endTime, want.endTime);
  else if (have.endTime !== void 0) unset.push(`end ${have.endTime}`);
  if (want.maxRunCount !== void 0)
    field("max_run_count", "max run count", have.maxRunCount, want.maxRunCount);
  else if (have.maxRunCount) unset.push(`max run count ${have.maxRunCount}`);
  field("allow_queueing", "allow queueing", have.allowQueueing, want.allowQueueing);
  const job = jobChanges(want.job, have.job);
  if (job.length > 0) {
    mask.push("create_pipeline_job_request");
    lines.push(...job);
  }
  return { mask, lines, unset };
}
function base(d) {
  return {
    pipeline: d.pipeline,
    schedule: d.schedule,
    location: d.location,
    displayName: d.fields.displayName,
    desired: d
  };
}
function createAction(d, changes, existing) {
  const ops = [
    ...existing ? [{ op: "delete", name: existing.name }] : [],
    { op: "create", fields: d.fields },
    ...d.paused ? [{ op: "pause" }] : []
  ];
  return {
    ...base(d),
    kind: existing ? "replace" : "create",
    ...existing ? { existing: existing.name } : {},
    changes,
    ops
  };
}
function reconcileOne(d, have) {
  const { mask, lines, unset } = fieldChanges(d.fields, have);
  if (unset.length > 0) {
    return createAction(
      d,
      [
        ...lines,
        `no longer set: ${unset.join(", ")} (Vertex cannot unset a field, so the schedule is created again)`
      ],
      have
    );
  }
  if (have.state === "COMPLETED") {
    if (mask.length === 0) {
      return {
        ...base(d),
        kind: "leave",
        existing: have.name,
        changes: [
          "completed: it reached its end time or run count; change the config to start it again"
        ],
        ops: []
      };
    }
    return createAction(
      d,
      [...lines, "it had completed, and a completed schedule cannot be resumed"],
      have
    );
  }
  const ops = [];
  if (mask.length > 0) ops.push({ op: "update", name: have.name, fields: d.fields, mask });
  let kind = mask.length > 0 ? "update" : "leave";
  const changes = [...lines];
  if (d.paused && have.state !== "PAUSED") {
    ops.push({ op: "pause", name: have.name });
    changes.push("paused: no new runs start");
    if (kind === "leave") kind = "pause";
  } else if (!d.paused && have.state === "PAUSED") {
    ops.push({ op: "resume", name: have.name, catchUp: d.catchUp });
    changes.push(
      d.catchUp ? "resumed, starting the runs missed while paused" : "resumed from the next run time"
    );
    if (kind === "leave") kind = "resume";
  }
  return { ...base(d), kind, existing: have.name, changes, ops };
}
function planSchedules(desired, existing, scope) {
  const prefix = ownerPrefix(scope.repository);
  const key = (location, displayName) => `${location.project}/${location.region}/${displayName}`;
  const locationOf = (name) => {
    const m = /^projects\/([^/]+)\/locations\/([^/]+)\//.exec(name);
    return { project: m?.[1] ?? "", region: m?.[2] ?? "" };
  };
  const owned = existing.filter((s) => s.displayName.startsWith(prefix)).map((s, index) => ({ s, index })).sort((a, b) => (a.s.createTime ?? "").localeCompare(b.s.createTime ?? "") || a.index - b.index).map(({ s }) => s);
  const byKey = /* @__PURE__ */ new Map();
  for (const s of owned) {
    const k = key(locationOf(s.name), s.displayName);
    byKey.set(k, [...byKey.get(k) ?? [], s]);
  }
  const actions = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const d of desired) {
    const k = key(d.location, d.fields.displayName);
    claimed.add(k);
    const [have, ...duplicates] = byKey.get(k) ?? [];
    actions.push(have ? reconcileOne(d, have) : createAction(d, []));
    for (const extra of duplicates) {
      actions.push({
        ...base(d),
        kind: "delete",
        existing: extra.name,
        changes: [
          `a second schedule with the display name ${d.fields.displayName} (kept ${have.name})`
        ],
        ops: [{ op: "delete", name: extra.name }]
      });
    }
  }
  for (const [k, list] of byKey) {
    if (claimed.has(k)) continue;
    for (const s of list) {
      const parsed = parseDisplayName(scope.repository, s.displayName);
      const pipeline = parsed?.pipeline ?? "?";
      if (scope.pipelines && !scope.pipelines.has(pipeline)) continue;
      const common = {
        pipeline,
        schedule: parsed?.schedule ?? printable(s.displayName),
        location: locationOf(s.name),
        displayName: s.displayName,
        existing: s.name
      };
      if (scope.removed === "delete") {
        actions.push({
          ...common,
          kind: "delete",
          changes: ["the config no longer has it"],
          ops: [{ op: "delete", name: s.name }]
        });
      } else if (s.state === "ACTIVE") {
        actions.push({
          ...common,
          kind: "pause",
          changes: ["the config no longer has it; paused, not deleted (removed-schedules: pause)"],
          ops: [{ op: "pause", name: s.name }]
        });
      } else {
        actions.push({
          ...common,
          kind: "leave",
          changes: [
            `the config no longer has it; it is ${s.state} and kept (removed-schedules: pause)`
          ],
          ops: []
        });
      }
    }
  }
  return actions;
}

// src/commands/schedules.ts
function build(common, get, sources) {
  const removed = (get("removed-schedules") ?? "").trim() || "delete";
  if (removed !== "delete" && removed !== "pause") {
    throw new UserError(
      `removed-schedules must be "delete" or "pause", got "${removed}" (code schedules/bad-input)`,
      [
        {
          code: "schedules/bad-input",
          severity: "error",
          message: `removed-schedules must be "delete" or "pause", got "${removed}"`
        }
      ],
      2
    );
  }
  return {
    common,
    sources,
    outputBase: outputBase(common, get("output-dir")),
    vertex: vertexOverrides(get),
    removed,
    dryRun: parseBoolean("dry-run", get("dry-run"), false)
  };
}
var VALUE_FLAGS = ["output-dir", ...VERTEX_OVERRIDE_FLAGS, "removed-schedules", "dry-run"];
async function apply(action, service, log) {
  let created;
  for (const op of action.ops) {
    switch (op.op) {
      case "create":
        created = await service.createSchedule(action.location, op.fields);
        log.info(`created ${created.name} (${action.displayName})`);
        break;
      case "update":
        await service.updateSchedule(op.name, op.fields, op.mask);
        log.info(`updated ${op.name}: ${op.mask.join(", ")}`);
        break;
      case "pause": {
        const name = op.name ?? created?.name;
        if (!name) throw new Error("pause of a schedule that was not created");
        await service.pauseSchedule(name);
        log.info(`paused ${name}`);
        break;
      }
      case "resume": {
        const name = op.name ?? created?.name;
        if (!name) throw new Error("resume of a schedule that was not created");
        await service.resumeSchedule(name, op.catchUp);
        log.info(`resumed ${name}${op.catchUp ? " with catch-up" : ""}`);
        break;
      }
      case "delete":
        await service.deleteSchedule(op.name);
        log.info(`deleted ${op.name}`);
        break;
    }
  }
}
function desiredFromConfig(compiled, settings, origin) {
  const config = compiled.config;
  const desired = [];
  const problems = [];
  const locations = /* @__PURE__ */ new Map();
  const note = (v) => {
    if (v.project && v.region)
      locations.set(`${v.project}/${v.region}`, { project: v.project, region: v.region });
  };
  note({ ...config?.vertex, ...settings.vertex });
  for (const c of compiled.compiled) {
    const entry = c.entryIndex !== void 0 ? config?.pipelines[c.entryIndex] : void 0;
    const schedules = entry?.schedules ?? [];
    if (schedules.length === 0) {
      note({ ...config?.vertex, ...entry?.vertex, ...settings.vertex });
      continue;
    }
    const vertex = resolveVertex(config, entry, settings.vertex, c.name);
    note(vertex);
    const loaded = c.loaded;
    if (!loaded) throw new UserError(`cannot read the compiled ${c.file}`, []);
    const result = desiredSchedules(
      {
        name: c.name,
        spec: loaded.spec,
        parameters: entry?.parameters ?? {},
        vertex,
        schedules
      },
      { repository: origin.repository, commit: origin.commit }
    );
    for (const change of result.labelChanges)
      origin.log.warning(`label rewritten to fit Vertex's rules: ${change}`);
    desired.push(...result.desired);
    problems.push(...result.diagnostics);
  }
  return { desired, problems, locations };
}
async function carryOut(actions, dryRun, serviceFor, deps) {
  const failed = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const scoped = deps.logger.withNamespace(`${action.pipeline}/${action.schedule}`);
    const said = action.changes.length ? `: ${action.changes.join("; ")}` : "";
    if (action.kind === "leave") {
      scoped.info(`unchanged${said}`);
      continue;
    }
    if (dryRun) {
      scoped.info(`would ${action.kind}${said}`);
      continue;
    }
    scoped.info(`${action.kind}${said}`);
    try {
      await apply(action, await serviceFor(action.location), scoped);
    } catch (error) {
      const { message, stack } = describeError(error);
      if (stack) scoped.debug(stack);
      failed.set(action, message.split("\n")[0]);
      const diagnostics = error instanceof UserError ? error.diagnostics : [];
      deps.edge.report(
        diagnostics.length > 0 ? diagnostics : [
          {
            code: "schedules/apply-failed",
            severity: "error",
            message: `${action.pipeline}/${action.schedule}: ${action.kind} failed: ${message}`
          }
        ]
      );
    }
  }
  return failed;
}
async function run(settings, deps) {
  const log = deps.logger;
  const repository = deps.env.GITHUB_REPOSITORY?.trim();
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError(
      "schedules needs GITHUB_REPOSITORY (owner/repo): the schedules this repository owns are named after it. Set it when running outside GitHub Actions (code schedules/no-repository)",
      [
        {
          code: "schedules/no-repository",
          severity: "error",
          message: "GITHUB_REPOSITORY is not set to owner/repo"
        }
      ]
    );
  }
  const compiled = await compilePipelines(
    {
      common: settings.common,
      sources: settings.sources,
      outputDir: compiledDir(settings.outputBase)
    },
    deps
  );
  deps.edge.report(compiled.diagnostics);
  if (compiled.diagnostics.some(isError)) {
    log.error("the pipelines did not compile and validate; no schedule was changed");
    return 1;
  }
  const commit = deps.env.GITHUB_SHA || await (await deps.git()).tryResolveCommit("HEAD");
  if (!commit)
    throw new UserError("cannot tell the commit: GITHUB_SHA is not set and HEAD does not resolve");
  const { desired, problems, locations } = desiredFromConfig(compiled, settings, {
    repository,
    commit,
    log
  });
  if (problems.length > 0) {
    deps.edge.report(problems);
    log.error(`${problems.length} schedule parameter problem(s); no schedule was changed`);
    return 1;
  }
  const open = deps.schedules;
  if (!open) throw new Error("this composition has no ScheduleService (Deps.schedules)");
  const services = /* @__PURE__ */ new Map();
  const serviceFor = async (l) => {
    let s = services.get(l.region);
    if (!s) services.set(l.region, s = await open(l.region));
    return s;
  };
  try {
    const existing = [];
    for (const l of locations.values()) {
      const listed = await (await serviceFor(l)).listSchedules(l, ownerPrefix(repository));
      log.info(
        `${listed.length} schedule(s) of ${repository} in projects/${l.project}/locations/${l.region}`
      );
      existing.push(...listed);
    }
    const scope = {
      repository,
      removed: settings.removed,
      ...settings.sources.length > 0 ? { pipelines: new Set(compiled.compiled.map((c) => c.name)) } : {}
    };
    const actions = planSchedules(desired, existing, scope);
    const failed = await carryOut(actions, settings.dryRun, serviceFor, deps);
    const counts = Object.entries(
      actions.reduce(
        (acc, a) => ({ ...acc, [a.kind]: (acc[a.kind] ?? 0) + 1 }),
        {}
      )
    ).map(([k, n]) => `${n} ${k}`).join(", ");
    log.info(`schedules: ${counts || "none"}${settings.dryRun ? " (dry run)" : ""}`);
    deps.edge.setOutput(
      "schedule-changes",
      String(actions.filter((a) => a.kind !== "leave").length)
    );
    await deps.edge.appendSummary(
      renderScheduleActions(actions, /* @__PURE__ */ new Date(), { dryRun: settings.dryRun, failed })
    );
    return failed.size > 0 ? 1 : 0;
  } finally {
    await Promise.all([...services.values()].map((s) => s.close()));
  }
}
var schedulesCommand = {
  name: "schedules",
  summary: "make the Vertex AI schedules match the schedules in the config (on merge)",
  usage: [
    "Usage: kfp-action schedules [sources\u2026] [options]",
    "",
    "Compiles the pipelines (default: every one in the config file) and makes the Vertex AI",
    "schedules this repository owns match each pipeline's `schedules:` \u2014 creates, updates (field",
    "mask), pauses, resumes, deletes \u2014 and leaves everything else alone. Owned schedules are",
    "named `kfp-action:{GITHUB_REPOSITORY}/{pipeline}/{schedule}`. Re-running changes nothing.",
    "",
    "  --project ID              Google Cloud project (over the config)",
    "  --region REGION           Vertex AI region (over the config)",
    "  --pipeline-root GS_URI    runtimeConfig.gcsOutputDirectory of the scheduled runs",
    "  --service-account SA      service account the scheduled runs use",
    "  --removed-schedules MODE  delete (default) or pause an owned schedule the config dropped",
    "  --dry-run true|false      plan and report only (default false)",
    "  --output-dir DIR          base folder for the compiled IR (default .kfp-action)",
    "",
    "Needs GITHUB_REPOSITORY (owner/repo) and Application Default Credentials with",
    'roles/aiplatform.user. See docs/vertex.md, "Schedules".',
    "Exit: 0 in line with the config, 1 a pipeline or a schedule is wrong or a change failed, 2 usage."
  ].join("\n"),
  cliFlags: { values: VALUE_FLAGS, switches: [] },
  fromArgs: (args, common) => build(common, (n) => flag(args, n), [...args.positionals]),
  fromInputs: (input, common) => build(common, (n) => input(n) || void 0, splitSourceList(input("pipelines"))),
  run
};
export {
  schedulesCommand
};
