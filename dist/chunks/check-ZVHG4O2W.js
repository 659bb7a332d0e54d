import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  compilePipelines
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import {
  CHECK_RESULT_FILE,
  KFP_ACTION_VERSION,
  brokenSources,
  commentContext,
  configIsConclusive,
  diffModels,
  earlierReports,
  listComments,
  nameFailures,
  publishComments,
  readPullRequestEvent,
  removalDiff,
  removedPipelines,
  reviewModel,
  selectPipelines,
  toCheckResultFile
} from "./chunk-PTFWBS6D.js";
import {
  passed,
  renderSummary
} from "./chunk-4MFM3DSD.js";
import "./chunk-MOCBYYR6.js";
import {
  findingLine,
  parameterLine,
  pipelineLine
} from "./chunk-6TUXKNOO.js";
import "./chunk-BSDYNIC6.js";
import {
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag,
  parseBoolean
} from "./chunk-I3QKFCKS.js";
import "./chunk-VLKUCJEJ.js";
import "./chunk-2LV6Y5RJ.js";
import {
  canonicalJson
} from "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import {
  checkParameters
} from "./chunk-ORKUXPMH.js";
import "./chunk-S2TBE2LR.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-N7DDHGZN.js";
import {
  DEFAULT_TIME_ZONE
} from "./chunk-XJSAC4CW.js";
import "./chunk-EAQOZN5H.js";
import {
  importClosure
} from "./chunk-KSVBKOZS.js";
import "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/commands/check.ts
import path2 from "node:path";

// src/core/policy/rules.ts
var POLICY_RULES = {
  latest: {
    code: "policy/image-latest-tag",
    setting: "imageLatestTag",
    title: 'Image uses the tag "latest" or no tag',
    help: "A moving tag runs different code from one run to the next. Use a version tag or a digest (image@sha256:\u2026)."
  },
  digest: {
    code: "policy/image-not-pinned",
    setting: "imageNotPinnedByDigest",
    title: "Image not pinned by digest",
    help: "Tags can be moved; a digest cannot. Write the image as name@sha256:<digest>."
  },
  registry: {
    code: "policy/image-registry-not-allowed",
    setting: "imageRegistryNotAllowed",
    title: "Image registry not in the allow-list",
    help: "The image comes from a registry that policy.allowedRegistries does not list. Mirror the image into an allowed registry, or add the registry to the list."
  },
  limits: {
    code: "policy/missing-resource-limits",
    setting: "missingResourceLimits",
    title: "No CPU or memory limit",
    help: "Without limits a task can take a whole node. Call .set_cpu_limit() and .set_memory_limit() on the task."
  },
  caching: {
    code: "policy/caching-disabled",
    setting: "cachingDisabled",
    title: "Caching disabled",
    help: "The task never reuses earlier results. If that is intended (it reads changing data), set the rule to off for this pipeline; otherwise remove .set_caching_options(False)."
  },
  parameter: {
    code: "policy/parameter-without-default",
    setting: "parameterWithoutDefault",
    title: "Pipeline parameter without a default",
    help: "Every run must then pass the value. Give the parameter a default in the pipeline function signature."
  },
  tasks: {
    code: "policy/too-many-tasks",
    setting: "tooManyTasks",
    title: "More tasks than policy.maxTasks",
    help: "Large pipelines are slow to review and to run. Split the pipeline, or raise policy.maxTasks."
  }
};
function ruleLevel(settings, id) {
  const s = settings ?? {};
  switch (id) {
    case "latest":
      return s.imageLatestTag ?? "warning";
    case "digest":
      return s.imageNotPinnedByDigest ?? "off";
    case "registry":
      return s.imageRegistryNotAllowed ?? (s.allowedRegistries?.length ? "error" : "off");
    case "limits":
      return s.missingResourceLimits ?? "off";
    case "caching":
      return s.cachingDisabled ?? "off";
    case "parameter":
      return s.parameterWithoutDefault ?? "off";
    case "tasks":
      return s.tooManyTasks ?? (s.maxTasks !== void 0 ? "warning" : "off");
  }
}
function parseImage(image) {
  let rest = image.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf("/");
  const first = slash === -1 ? "" : rest.slice(0, slash);
  const hasRegistry = first.includes(".") || first.includes(":") || first === "localhost";
  const registry = hasRegistry ? first : "docker.io";
  const repository = hasRegistry ? rest.slice(slash + 1) : rest;
  return {
    registry,
    repository,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
function registryAllowed(image, allowed) {
  const ref = parseImage(image);
  const full = `${ref.registry}/${ref.repository}`;
  return allowed.some((entry) => {
    const e = entry.trim().replace(/\/+$/, "");
    return e !== "" && (ref.registry === e || full === e || full.startsWith(`${e}/`));
  });
}
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function pinnedByDigest(ref) {
  return ref.digest !== void 0 && DIGEST.test(ref.digest);
}
var hasValue = (v) => v !== void 0 && v !== "" && v !== "0";
function checkPolicy(loaded, settings) {
  const out = [];
  const model = reviewModel(loaded.spec);
  const add = (id, message, path3, task) => {
    const level = ruleLevel(settings, id);
    if (level === "off") return;
    const { line, column } = loaded.locate(path3);
    out.push({
      code: POLICY_RULES[id].code,
      severity: level,
      message,
      file: loaded.file,
      line,
      column,
      path: path3.join("."),
      ...task ? { task: task.name } : {}
    });
  };
  const allowed = settings?.allowedRegistries ?? [];
  const runnable = [...model.tasks.values()].filter((t) => t.kind === "container");
  for (const task of runnable) {
    const executorPath = task.executorPath ?? task.specPath;
    const imagePath = [...executorPath, "container", "image"];
    const image = task.image ?? "";
    const ref = parseImage(image);
    const pinned = pinnedByDigest(ref);
    if (!pinned && (ref.tag === void 0 || ref.tag === "latest")) {
      const what = ref.tag === void 0 ? 'has no tag (so it means "latest")' : 'uses the tag "latest"';
      add("latest", `image "${image}" ${what}; pin a version tag or a digest`, imagePath, task);
    }
    if (!pinned) {
      const why = ref.digest === void 0 ? "is not pinned by digest" : `is not pinned by digest ("@${ref.digest}" is not sha256: and 64 hex digits)`;
      add("digest", `image "${image}" ${why} (name@sha256:\u2026)`, imagePath, task);
    }
    if (allowed.length && !registryAllowed(image, allowed)) {
      add(
        "registry",
        `image "${image}" comes from registry "${ref.registry}", which is not in policy.allowedRegistries (${allowed.join(", ")})`,
        imagePath,
        task
      );
    }
    const r = task.resources;
    const resourcesPath = [...executorPath, "container"];
    if (!hasValue(r.cpuLimit) && !hasValue(r.resourceCpuLimit)) {
      add("limits", "no CPU limit set; call .set_cpu_limit() on the task", resourcesPath, task);
    }
    if (!hasValue(r.memoryLimit) && !hasValue(r.resourceMemoryLimit)) {
      add(
        "limits",
        "no memory limit set; call .set_memory_limit() on the task",
        resourcesPath,
        task
      );
    }
    if (!task.cacheEnabled) {
      add(
        "caching",
        "caching is disabled for this task",
        [...task.specPath, "cachingOptions"],
        task
      );
    }
  }
  for (const p of model.parameters.values()) {
    if (p.defaultValue === void 0 && !p.optional) {
      add("parameter", `pipeline parameter "${p.name}" has no default, so every run must pass it`, [
        "root",
        "inputDefinitions",
        "parameters",
        p.name
      ]);
    }
  }
  const max = settings?.maxTasks;
  if (max !== void 0 && runnable.length > max) {
    add("tasks", `pipeline has ${runnable.length} tasks, more than policy.maxTasks (${max})`, [
      "root",
      "dag",
      "tasks"
    ]);
  }
  return out;
}

// src/core/policy/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/TROUBLESHOOTING.md";
function anchor(code) {
  return code.toLowerCase().replace(/[^a-z0-9 -]/g, "");
}
function ruleFor(code) {
  const known = Object.values(POLICY_RULES).find((r) => r.code === code);
  return {
    id: code,
    name: code.replace(
      /[^A-Za-z0-9]+(.)?/g,
      (_m, c) => (c ?? "").toUpperCase()
    ),
    shortDescription: { text: known?.title ?? code },
    help: { text: known?.help ?? `See ${DOCS}#${anchor(code)}` },
    helpUri: `${DOCS}#${anchor(code)}`
  };
}
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(diagnostics, tool) {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map(ruleFor);
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.task ? `${d.message} [task ${d.task}]` : d.message },
    locations: d.file ? [
      {
        physicalLocation: {
          artifactLocation: { uri: d.file.split("\\").join("/"), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: d.line ?? 1,
            ...d.column !== void 0 ? { startColumn: d.column } : {}
          }
        }
      }
    ] : [],
    ...d.compiledAt ? {
      relatedLocations: [
        {
          id: 1,
          message: { text: `compiled IR line ${d.compiledAt.line}` },
          physicalLocation: {
            artifactLocation: { uri: d.compiledAt.file.split("\\").join("/") },
            region: { startLine: d.compiledAt.line }
          }
        }
      ]
    } : {},
    partialFingerprints: {
      "kfpActionFinding/v1": `${d.code}:${d.task ?? ""}:${d.message}`
    }
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver: { ...tool, rules } }, results }]
  };
}

// src/commands/check-pipelines.ts
import path from "node:path";

// src/core/schedules/config-diff.ts
var KEYS = [
  ["cron", "cron", void 0],
  ["timeZone", "time zone", DEFAULT_TIME_ZONE],
  ["parameters", "parameters", {}],
  ["maxConcurrentRuns", "max concurrent runs", 1],
  ["startTime", "start", void 0],
  ["endTime", "end", void 0],
  ["maxRunCount", "max run count", void 0],
  ["allowQueueing", "allow queueing", false],
  ["catchUp", "catch up on resume", false],
  ["paused", "paused", false]
];
var show = (v) => v === void 0 ? "(unset)" : typeof v === "string" ? v : canonicalJson(v);
function diffScheduleConfigs(base, head) {
  const before = new Map((base ?? []).map((s) => [s.name, s]));
  const out = [];
  for (const s of head ?? []) {
    const old = before.get(s.name);
    before.delete(s.name);
    if (!old) {
      out.push({ kind: "added", name: s.name, settings: s, changes: [] });
      continue;
    }
    const changes = [];
    for (const [key, label, fallback] of KEYS) {
      const a = old[key] ?? fallback;
      const b = s[key] ?? fallback;
      if (canonicalJson(a ?? null) !== canonicalJson(b ?? null))
        changes.push(`${label}: ${show(a)} \u2192 ${show(b)}`);
    }
    if (changes.length > 0) out.push({ kind: "changed", name: s.name, settings: s, changes });
  }
  for (const [name, s] of before) out.push({ kind: "removed", name, settings: s, changes: [] });
  return out;
}

// src/core/schedules/review.ts
function reviewSchedules(input) {
  const diagnostics = [];
  const schedules = input.head?.schedules ?? [];
  if (input.spec) {
    schedules.forEach((s, j) => {
      const checked = checkParameters(
        input.spec,
        { ...input.head?.parameters, ...s.parameters },
        `schedule ${s.name}`
      );
      for (const d of checked.diagnostics) {
        diagnostics.push({
          ...d,
          message: `schedule ${s.name}: ${d.message}`,
          file: input.configFile,
          path: `pipelines[${input.headIndex ?? "?"}].schedules[${j}].parameters`,
          task: input.pipeline
        });
      }
    });
  }
  if (!input.compared) return { diagnostics };
  return { changes: diffScheduleConfigs(input.base?.schedules, schedules), diagnostics };
}

// src/commands/check-results.ts
function onSource(d, entry, sourceText, model) {
  if (d.file !== entry.file) return d;
  if (!entry.source.endsWith(".py") || sourceText === void 0) {
    return { ...d, file: entry.source };
  }
  let line;
  if (d.task) {
    const task = [...model?.tasks.values() ?? []].find((t) => t.name === d.task);
    line = findingLine(sourceText, {
      task: d.task,
      ...task ? { component: task.component } : {},
      ...d.path ? { path: d.path } : {}
    });
  }
  const param = /^root\.inputDefinitions\.parameters\.(.+)$/.exec(d.path ?? "")?.[1];
  if (line === void 0 && param) line = parameterLine(sourceText, param);
  const { column: _c, endLine: _e, endColumn: _ec, ...rest } = d;
  return {
    ...rest,
    file: entry.source,
    line: line ?? pipelineLine(sourceText),
    ...d.line ? { compiledAt: { file: d.file, line: d.line } } : {}
  };
}
function baseStateOf(baseSha, base, source, baseEntry, baseModel) {
  if (!baseSha || !base.run) return "not-compared";
  if (baseEntry) return baseModel ? "compiled" : "failed";
  const broken = base.run.diagnostics.some((d) => d.file === source && isError(d));
  return broken ? "failed" : "absent";
}
function atBase(base, name) {
  const entry = base.run?.compiled.find((b) => b.name === name);
  const loaded = entry?.loaded;
  const model = loaded ? reviewModel(loaded.spec, loaded.platform) : void 0;
  return { entry, loaded, model };
}
function checkedResult(c, ctx) {
  const loaded = c.loaded;
  const headModel = loaded ? reviewModel(loaded.spec, loaded.platform) : void 0;
  const b = atBase(ctx.base, c.name);
  const own = ctx.diagnostics.filter((d) => d.file === c.file || d.file === c.source);
  const policy = loaded ? checkPolicy(loaded, ctx.config?.policy) : [];
  const place = (d) => onSource(d, c, ctx.sourceText, headModel);
  const baseConfig = ctx.base.run?.config;
  const schedules = reviewSchedules({
    pipeline: c.name,
    ...loaded ? { spec: loaded.spec } : {},
    ...c.entryIndex !== void 0 && ctx.config ? { head: ctx.config.pipelines[c.entryIndex] } : {},
    ...c.entryIndex !== void 0 ? { headIndex: c.entryIndex } : {},
    ...b.entry?.entryIndex !== void 0 && baseConfig ? { base: baseConfig.pipelines[b.entry.entryIndex] } : {},
    compared: baseConfig !== void 0,
    configFile: ctx.configFile
  });
  return {
    pipeline: c.name,
    source: c.source,
    compiled: loaded !== void 0,
    valid: c.valid && schedules.diagnostics.length === 0,
    diagnostics: [...own.map(place), ...schedules.diagnostics],
    policy: policy.map(place),
    ...headModel ? { head: headModel, diff: diffModels(b.model, headModel) } : {},
    ...b.model ? { base: b.model } : {},
    baseState: baseStateOf(ctx.baseSha, ctx.base, c.source, b.entry, b.model),
    ...c.digest ? { headDigest: c.digest } : {},
    ...b.entry?.digest ? { baseDigest: b.entry.digest } : {},
    ...schedules.changes?.length ? { schedules: schedules.changes } : {}
  };
}
function failedResult(f, base, baseSha) {
  const b = atBase(base, f.name);
  return {
    pipeline: f.name,
    source: f.source,
    compiled: false,
    valid: false,
    diagnostics: f.diagnostics,
    policy: [],
    ...b.model ? { base: b.model } : {},
    baseState: baseStateOf(baseSha, base, f.source, b.entry, b.model),
    ...b.entry?.digest ? { baseDigest: b.entry.digest } : {},
    ...f.namedBy === "file" ? { unnamed: true } : {}
  };
}
function removedResult(b) {
  const loaded = b.loaded;
  if (!loaded || !b.digest) return void 0;
  const model = reviewModel(loaded.spec, loaded.platform);
  return {
    pipeline: b.name,
    source: b.source,
    compiled: false,
    valid: false,
    removed: true,
    diagnostics: [],
    policy: [],
    base: model,
    diff: removalDiff(model),
    baseState: "compiled",
    baseDigest: b.digest
  };
}

// src/commands/check-pipelines.ts
var posix = (p) => p.split(path.sep).join("/");
async function compileBase(request, git, deps, zeroConfig = false) {
  const { common, baseSha } = request;
  if (!baseSha) return {};
  if (!await git.tryEnsureCommit(baseSha)) {
    return { failed: `base commit ${baseSha} is not in the clone and could not be fetched` };
  }
  return git.withWorktree(baseSha, async (dir) => {
    const rel = path.relative(git.root, common.workingDirectory);
    const wd = path.join(dir, rel);
    const configPath = path.join(wd, path.relative(common.workingDirectory, common.configPath));
    if (!deps.workspace.exists(configPath) && !zeroConfig)
      return { failed: "the base commit has no config file" };
    try {
      const run = await compilePipelines(
        {
          common: { ...common, workingDirectory: wd, configPath },
          sources: [],
          outputDir: path.join(request.workDir, "base")
        },
        { ...deps, edge: { ...deps.edge, report: () => {
        } } }
      );
      return { run };
    } catch (error) {
      if (error instanceof UserError) return { failed: error.message };
      throw error;
    }
  });
}
async function changedFiles(request, git, log) {
  if (!request.baseSha || request.checkAll) return void 0;
  if (!await git.tryEnsureCommit(request.baseSha)) {
    log.warning(`base commit ${request.baseSha} is not available; checking every pipeline`);
    return void 0;
  }
  const files = await git.changedFiles(request.baseSha, "HEAD");
  const wd = request.common.workingDirectory;
  return files.map((f) => posix(path.relative(wd, path.join(git.root, f))));
}
function fileReader(wd, workspace) {
  const cache = /* @__PURE__ */ new Map();
  const tryRead = (file) => {
    const abs = path.resolve(wd, file);
    if (file.startsWith("..") || workspace.tryFileSize(abs) === void 0) return void 0;
    return workspace.readText(abs);
  };
  return (file) => {
    if (!cache.has(file)) cache.set(file, tryRead(file));
    return cache.get(file);
  };
}
async function analyse(request, deps) {
  const { common, baseSha } = request;
  const wd = common.workingDirectory;
  const head = await compilePipelines(
    { common, sources: [], outputDir: path.join(request.workDir, "head") },
    deps
  );
  const config = head.config;
  const git = await deps.git();
  const changed = await changedFiles(request, git, deps.logger);
  const read = fileReader(wd, deps.workspace);
  const configDir = posix(path.relative(wd, path.dirname(common.configPath)));
  const configFile = posix(path.relative(wd, common.configPath));
  const entryOf = (c) => c.entryIndex !== void 0 ? config?.pipelines[c.entryIndex] : void 0;
  const selection = selectPipelines({
    pipelines: head.compiled.map((c) => ({
      name: c.name,
      source: posix(c.source),
      imports: c.source.endsWith(".py") ? importClosure(posix(c.source), read) : /* @__PURE__ */ new Set([posix(c.source)]),
      dependsOn: (entryOf(c)?.dependsOn ?? []).map((g) => path.posix.join(configDir, g))
    })),
    diagnostics: head.diagnostics,
    pipelineFiles: new Set(head.compiled.flatMap((c) => [c.file, c.source])),
    ...changed ? { changed } : {},
    deleted: (changed ?? []).filter(
      (f) => !f.startsWith("..") && !deps.workspace.exists(path.resolve(wd, f))
    ),
    configFile,
    configLoaded: config !== void 0,
    checkAll: request.checkAll,
    hasBase: baseSha !== void 0
  });
  const base = selection.compileBase ? await compileBase(request, git, deps, head.zeroConfig) : {};
  if (base.failed) deps.logger.info(`not compared with the base: ${base.failed}`);
  const headNames = new Set(head.compiled.map((c) => c.name));
  const baseRefs = base.run?.compiled.map((b) => ({ name: b.name, source: posix(b.source) }));
  const failed = nameFailures({
    failures: selection.failures,
    entries: (config?.pipelines ?? []).map((e) => ({
      source: path.posix.join(configDir, e.source),
      ...e.name ? { name: e.name } : {}
    })),
    ...baseRefs ? { base: baseRefs } : {},
    earlier: request.earlier ?? [],
    headNames
  });
  const removed = config !== void 0 && baseRefs ? removedPipelines({
    base: baseRefs,
    headNames,
    failed,
    brokenSources: brokenSources(head.diagnostics)
  }) : [];
  const reasons = new Map(selection.reasons);
  const results = [];
  for (const c of head.compiled.filter((h) => reasons.has(h.name))) {
    const sourceText = read(posix(c.source));
    const context = { base, diagnostics: head.diagnostics, configFile };
    results.push(
      checkedResult(c, {
        ...context,
        ...baseSha ? { baseSha } : {},
        ...config ? { config } : {},
        ...sourceText !== void 0 ? { sourceText } : {}
      })
    );
    deps.logger.info(`${c.name}: checked because ${reasons.get(c.name)}`);
  }
  for (const g of removed) {
    const entry = base.run.compiled.find((b) => b.name === g.name);
    const result = removedResult(entry);
    if (!result) continue;
    reasons.set(g.name, `it exists at the base and this change removes it (${entry.source})`);
    results.push(result);
  }
  for (const f of failed) {
    reasons.set(f.name, `${f.source} changed and does not compile`);
    results.push(failedResult(f, base, baseSha));
  }
  const kfpVersion = head.compiled.some((c) => c.source.endsWith(".py")) ? (await (await deps.compiler()).checkEnvironment()).kfpVersion : void 0;
  return {
    results,
    general: selection.general,
    reasons,
    retire: configIsConclusive({ configLoaded: config !== void 0, general: selection.general }),
    ...kfpVersion ? { kfpVersion } : {},
    ...head.zeroConfig ? { zeroConfig: true } : {}
  };
}

// src/commands/check.ts
function commentsHere(settings, deps, event) {
  if (!settings.comment || event.number === void 0) return false;
  if (event.fromFork) {
    deps.logger.info(
      `pull request #${event.number} comes from a fork: its token cannot comment. The check result is saved for the kfp-pr-comment workflow, which renders and posts the comments.`
    );
    return false;
  }
  if (!settings.token) {
    throw new UserError(
      "no GitHub token to comment with: set the github-token input (default: ${{ github.token }}) or comment: false",
      [{ code: "github/no-token", severity: "error", message: "github-token is empty" }]
    );
  }
  return true;
}
var checkCommand = {
  name: "check",
  summary: "pull-request check: compile, validate, diff against the base, policy, sticky comments",
  usage: [
    "Usage: kfp-action check [--base REV] [--check-all] [--sarif-file FILE] [--output-dir DIR]",
    "",
    "Finds the pipelines a change affects (their source, a module they import, the config file or",
    "a dependsOn glob changed), compiles and validates them at HEAD and at the base revision (in a",
    "temporary git worktree), and prints the semantic diff and the policy findings. In a",
    "pull_request workflow it also posts one sticky comment per pipeline.",
    "",
    "  --base REV          revision to compare with (default: the pull request base; none: no diff)",
    "  --check-all         check every configured pipeline",
    "  --sarif-file FILE   also write the findings as SARIF 2.1.0",
    "  --output-dir DIR    where reports go (DIR/check; default: .kfp-action)",
    "",
    "Exit: 0 every checked pipeline passed, 1 one failed (compile, validation or a policy error), 2 usage."
  ].join("\n"),
  cliFlags: { values: ["base", "sarif-file", "output-dir"], switches: ["check-all"] },
  fromArgs: (args, common) => {
    const sarif = flag(args, "sarif-file");
    const base = flag(args, "base");
    return {
      common,
      outputDir: outputBase(common, flag(args, "output-dir")),
      checkAll: parseBoolean("--check-all", flag(args, "check-all"), false),
      comment: false,
      token: "",
      ...sarif ? { sarifFile: path2.resolve(common.workingDirectory, sarif) } : {},
      ...base ? { base } : {}
    };
  },
  fromInputs: (input, common) => {
    const sarif = input("sarif-file");
    return {
      common,
      outputDir: outputBase(common, input("output-dir")),
      checkAll: parseBoolean("input check-all", input("check-all"), false),
      comment: parseBoolean("input comment", input("comment"), true),
      token: input("github-token"),
      ...sarif ? { sarifFile: path2.resolve(common.workingDirectory, sarif) } : {}
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
              code: "check/bad-base",
              severity: "error",
              message: `unknown revision ${settings.base}`
            }
          ],
          2
        );
      }
    }
    if (!baseSha && !settings.checkAll) {
      logger.info(
        "no base commit (not a pull_request event and no --base): checking every pipeline without a diff"
      );
    }
    const workDir = path2.join(settings.outputDir, "check");
    deps.workspace.makeDir(workDir);
    let listing;
    if (commentsHere(settings, deps, event))
      listing = await listComments(await deps.github(settings.token), event.number);
    const analysis = await analyse(
      {
        common: settings.common,
        workDir,
        checkAll: settings.checkAll,
        earlier: earlierReports(listing),
        ...baseSha ? { baseSha } : {}
      },
      deps
    );
    const headSha = event.headSha ?? env.GITHUB_SHA ?? await git.tryResolveCommit("HEAD") ?? "HEAD";
    const ctx = commentContext(env, {
      repository: env.GITHUB_REPOSITORY ?? path2.basename(git.root),
      headSha,
      ...baseSha ? { baseSha } : {},
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      ...analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {},
      ...analysis.zeroConfig ? { zeroConfig: true } : {}
    });
    const findings = [
      ...analysis.general,
      ...analysis.results.flatMap((r) => [...r.diagnostics, ...r.policy])
    ];
    edge.report(findings);
    const summary = renderSummary(analysis.results, ctx);
    const reportPath = path2.join(workDir, "report.md");
    deps.workspace.writeFile(reportPath, summary);
    if (settings.sarifFile) {
      const sarif = toSarif(findings, {
        name: "kfp-action",
        version: KFP_ACTION_VERSION,
        informationUri: "https://github.com/kfp-action/kfp-action"
      });
      deps.workspace.writeFile(settings.sarifFile, JSON.stringify(sarif, null, 2) + "\n");
    }
    for (const r of analysis.results) {
      edge.print(
        `${r.removed ? "removed" : passed(r) ? "passed" : "FAILED"} ${r.pipeline} (${analysis.reasons.get(r.pipeline) ?? ""})`
      );
    }
    const ok = !analysis.general.some(isError) && analysis.results.every(passed);
    edge.setOutput("valid", String(ok));
    edge.setOutput(
      "changed-pipelines",
      JSON.stringify(analysis.results.filter((r) => !r.unnamed).map((r) => r.pipeline))
    );
    edge.setOutput(
      "report-path",
      path2.relative(settings.common.workingDirectory, reportPath) || reportPath
    );
    if (edge.kind === "action") await edge.appendSummary(summary);
    else edge.print(summary);
    const resultFile = toCheckResultFile(
      analysis.results,
      {
        ...event.number !== void 0 ? { pullRequest: event.number } : {},
        headSha,
        ...baseSha ? { baseSha } : {},
        ...analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {},
        ...analysis.zeroConfig ? { zeroConfig: true } : {},
        retire: analysis.retire,
        general: analysis.general
      },
      passed
    );
    deps.workspace.writeFile(
      path2.join(workDir, CHECK_RESULT_FILE),
      JSON.stringify(resultFile) + "\n"
    );
    if (listing) {
      const options = { retire: analysis.retire, stamp: true };
      await publishComments(listing, analysis.results, options, ctx, deps);
    }
    if (!ok) logger.error("the check failed: see the findings above");
    return ok ? 0 : 1;
  }
};
export {
  KFP_ACTION_VERSION,
  checkCommand
};
