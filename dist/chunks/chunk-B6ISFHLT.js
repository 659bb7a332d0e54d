import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  MAX_CONFIG_BYTES,
  loadConfig,
  tooLarge
} from "./chunk-2EST46L3.js";
import {
  SKIPPED_FOLDERS,
  dedupeSources,
  isGlob,
  sourceKind
} from "./chunk-5GVFLVTA.js";
import {
  looksLikePipelineSpec,
  scanPython
} from "./chunk-KSVBKOZS.js";
import {
  processInterruption
} from "./chunk-2ITZABUP.js";
import {
  tryListRepositoryFiles
} from "./chunk-H62D7YK4.js";

// src/adapters/config/read-config.ts
import { readFileSync, statSync } from "node:fs";
function readConfigFile(configPath, display) {
  let size;
  try {
    const stat = statSync(configPath);
    if (!stat.isFile()) return { exists: false };
    size = stat.size;
  } catch {
    return { exists: false };
  }
  if (size > MAX_CONFIG_BYTES) {
    return {
      exists: true,
      diagnostics: [tooLarge(size, display)],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  let text;
  try {
    text = readFileSync(configPath, "utf8");
  } catch (error) {
    const reason = error.code ?? String(error);
    return {
      exists: true,
      diagnostics: [
        {
          code: "config/unreadable",
          severity: "error",
          message: `the config file could not be read (${reason})`,
          file: display
        }
      ],
      locate: () => ({ line: 1, column: 1 })
    };
  }
  return { exists: true, ...loadConfig(text, display) };
}

// src/adapters/sources/discover.ts
import { globSync, statSync as statSync2 } from "node:fs";
import path from "node:path";
var skipped = (p) => SKIPPED_FOLDERS.has(path.basename(typeof p === "string" ? p : p.name));
function tryStat(file) {
  try {
    return statSync2(file);
  } catch {
    return void 0;
  }
}
function discoverSources(patterns, display) {
  const sources = [];
  const diagnostics = [];
  for (const p of patterns) {
    const select = {
      ...p.entry?.function ? { function: p.entry.function } : {},
      ...p.entry?.name ? { name: p.entry.name } : {},
      ...p.entryIndex !== void 0 ? { entryIndex: p.entryIndex } : {}
    };
    const where = p.at ?? {};
    const absolute = path.resolve(p.base, p.pattern);
    let matched;
    let explicit = false;
    if (isGlob(p.pattern)) {
      matched = globSync(p.pattern, { cwd: p.base, exclude: skipped }).map((m) => path.resolve(p.base, m)).filter((m) => sourceKind(m) && tryStat(m)?.isFile());
    } else {
      const stat = tryStat(absolute);
      if (stat?.isDirectory()) {
        matched = globSync("**/*.py", { cwd: absolute, exclude: skipped }).map(
          (m) => path.resolve(absolute, m)
        );
      } else if (stat?.isFile()) {
        if (!sourceKind(absolute)) {
          diagnostics.push({
            code: "compile/unknown-source-type",
            severity: "error",
            message: `source "${p.pattern}" is neither a Python module (.py) nor compiled IR (.yaml, .yml, .json)`,
            ...p.at ? where : { file: display(absolute) }
          });
          continue;
        }
        matched = [absolute];
        explicit = true;
      } else {
        matched = [];
      }
    }
    if (matched.length === 0) {
      diagnostics.push({
        code: "compile/source-not-found",
        severity: "error",
        message: `source "${p.pattern}" matches no pipeline file (looked in ${display(p.base)}${p.at ? ", relative to the config file" : ""})`,
        ...where
      });
      continue;
    }
    for (const file of matched.sort()) {
      sources.push({ path: file, kind: sourceKind(file), explicit, ...select });
    }
  }
  return { sources: dedupeSources(sources), diagnostics };
}

// src/adapters/sources/repository.ts
import { existsSync, readdirSync, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import path2 from "node:path";
var MAX_SOURCE_BYTES = 4 * 1024 * 1024;
var MAX_WALK_ENTRIES = 5e4;
var posix = (p) => p.split(path2.sep).join("/");
function isEnvironment(dir) {
  return existsSync(path2.join(dir, "pyvenv.cfg")) || existsSync(path2.join(dir, "conda-meta"));
}
function walk(root, skip, logger) {
  const out = [];
  const stack = [root];
  let seen = 0;
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        logger.warning(
          `stopped looking for pipelines after ${MAX_WALK_ENTRIES} files in ${root}: run kfp-action in the repository's folder, or list the pipelines in kfp-action.yaml`
        );
        return out;
      }
      const full = path2.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skip(full)) stack.push(full);
      } else if (e.isFile()) {
        out.push(posix(path2.relative(root, full)));
      }
    }
  }
  return out.sort();
}
async function findRepositoryPipelines(root, outputDirs, logger) {
  const outputs = outputDirs.map((d) => path2.resolve(d));
  const skippedDir = /* @__PURE__ */ new Map();
  const skip = (dir) => {
    let known = skippedDir.get(dir);
    if (known === void 0) {
      known = SKIPPED_FOLDERS.has(path2.basename(dir)) || outputs.some((o) => dir === o) || isEnvironment(dir);
      skippedDir.set(dir, known);
    }
    return known;
  };
  const insideSkipped = (rel) => {
    const parts = rel.split("/");
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = path2.join(dir, part);
      if (skip(dir)) return true;
    }
    return false;
  };
  const listed = await tryListRepositoryFiles(root);
  const listing = listed ? "git" : "walk";
  const files = listed ? listed.filter((f) => sourceKind(f) && !insideSkipped(f)).sort() : walk(root, skip, logger).filter((f) => sourceKind(f));
  const modules = [];
  const ir = [];
  for (const file of files) {
    const abs = path2.join(root, file);
    let text;
    try {
      const stat = statSync3(abs);
      if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) continue;
      text = readFileSync2(abs, "utf8");
    } catch {
      continue;
    }
    if (sourceKind(file) === "python") {
      if (!text.includes("pipeline")) continue;
      const scan = scanPython(text);
      if (scan.pipelines.length) modules.push({ file, scan });
    } else if (looksLikePipelineSpec(text)) {
      ir.push(file);
    }
  }
  logger.debug(
    `found ${modules.length} pipeline module(s) and ${ir.length} compiled IR file(s) among ${files.length} files (${listing === "git" ? "git ls-files" : "folder walk"})`
  );
  return { modules, ir, listing };
}

// src/adapters/starter-workflows.ts
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
function starterWorkflow(name, from = path3.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path3.dirname(dir)) {
    const candidate = path3.join(dir, "workflows", name);
    if (existsSync2(candidate)) return readFileSync3(candidate, "utf8");
    if (path3.dirname(dir) === dir) {
      throw new Error(`workflows/${name} was not found above ${from}; the action is incomplete`);
    }
  }
}

// src/adapters/workspace/index.ts
var fileWorkspace = {
  readConfig: readConfigFile,
  discoverSources,
  findPipelines: findRepositoryPipelines,
  starterWorkflow
};

// src/deps.ts
function createDeps(common, edge, logger, env) {
  const once = (make) => {
    let value;
    return () => value ??= make();
  };
  const oncePer = (make) => {
    const made = /* @__PURE__ */ new Map();
    return (key) => {
      let value = made.get(key);
      if (!value) made.set(key, value = make(key));
      return value;
    };
  };
  return {
    logger,
    edge,
    env,
    workspace: fileWorkspace,
    compiler: once(async () => {
      const { KfpPythonCompiler } = await import("./compiler-MOSQ6LYT.js");
      return new KfpPythonCompiler(common.python, logger.withNamespace("kfp"));
    }),
    github: oncePer(async (token) => {
      const { OctokitGitHub } = await import("./client-L4NTXACY.js");
      return new OctokitGitHub({
        token,
        repository: env.GITHUB_REPOSITORY ?? "",
        ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
        logger: logger.withNamespace("github")
      });
    }),
    localRunner: once(async () => {
      const { createLocalRunner } = await import("./runner-PLK7SKMC.js");
      const terminal = edge.kind === "cli" && process.stderr.isTTY && !env.CI ? (text) => void process.stderr.write(text) : void 0;
      return createLocalRunner({
        logger: logger.withNamespace("run"),
        env,
        ...terminal ? { terminal } : {}
      });
    }),
    git: once(async () => {
      const { GitCli } = await import("./git-RWXOALKX.js");
      return GitCli.open(common.workingDirectory, logger.withNamespace("git"));
    }),
    vertex: oncePer(async (region) => {
      const { createVertexClients } = await import("./vertex-FMIL3VPF.js");
      return createVertexClients(region, env, logger.withNamespace("vertex"));
    }),
    schedules: async (region) => {
      const { createScheduleService } = await import("./schedules-NWZ5X27D.js");
      return createScheduleService(region, env, logger.withNamespace("vertex"));
    },
    promotion: async (registry, endpoints, operationTimeoutMs) => {
      const { openPromotionClients } = await import("./vertex-models-DYPLIQ7K.js");
      return openPromotionClients(registry, endpoints, {
        env,
        logger: logger.withNamespace("vertex"),
        operationTimeoutMs
      });
    },
    oidcEnvironment: once(async () => {
      const { readOidcEnvironment } = await import("./github-oidc-APTMW2RO.js");
      return readOidcEnvironment(env);
    }),
    interruption: /* @__PURE__ */ (() => {
      let made;
      return () => made ??= processInterruption(env, logger);
    })()
  };
}

export {
  createDeps
};
