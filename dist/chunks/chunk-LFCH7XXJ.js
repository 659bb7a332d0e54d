import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  processInterruption
} from "./chunk-4S76EIVJ.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import {
  SKIPPED_FOLDERS,
  dedupeSources,
  isGlob,
  sourceKind
} from "./chunk-5GVFLVTA.js";

// src/adapters/sources/discover.ts
import { globSync, statSync } from "node:fs";
import path from "node:path";
var skipped = (p) => SKIPPED_FOLDERS.has(path.basename(typeof p === "string" ? p : p.name));
function tryStat(file) {
  try {
    return statSync(file);
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

// src/adapters/starter-workflows.ts
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
function starterWorkflow(name, from = path2.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path2.dirname(dir)) {
    const candidate = path2.join(dir, "workflows", name);
    if (existsSync(candidate)) return readFileSync(candidate, "utf8");
    if (path2.dirname(dir) === dir) {
      throw new Error(`workflows/${name} was not found above ${from}; the action is incomplete`);
    }
  }
}

// src/adapters/workspace/files.ts
import {
  existsSync as existsSync2,
  mkdirSync,
  mkdtempSync,
  readFileSync as readFileSync2,
  rmSync,
  statSync as statSync2,
  writeFileSync
} from "node:fs";
import { tmpdir } from "node:os";
import path3 from "node:path";
var fileAccess = {
  readFile: (file) => readFileSync2(file),
  readText: (file) => readFileSync2(file, "utf8"),
  tryFileSize: (file) => {
    try {
      const stat = statSync2(file);
      return stat.isFile() ? stat.size : void 0;
    } catch {
      return void 0;
    }
  },
  exists: (p) => existsSync2(p),
  writeFile: (file, data) => {
    mkdirSync(path3.dirname(file), { recursive: true });
    writeFileSync(file, data);
  },
  makeDir: (folder) => void mkdirSync(folder, { recursive: true }),
  scratchDir: (prefix) => {
    const dir = mkdtempSync(path3.join(tmpdir(), prefix));
    return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
  }
};

// src/adapters/workspace/ir-paths.ts
import { globSync as globSync2, readdirSync, statSync as statSync3 } from "node:fs";
import path4 from "node:path";
var isIrFile = (name) => sourceKind(name) === "ir";
function tryStat2(file) {
  try {
    return statSync3(file);
  } catch (error) {
    return error;
  }
}
function walk(folder) {
  const found = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  for (const entry of entries) {
    const full = path4.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(full));
    } else if (entry.isFile() && isIrFile(entry.name)) {
      found.push(full);
    }
  }
  return found;
}
function expandIrPaths(paths, base) {
  const files = [];
  for (const given of paths) {
    if (isGlob(given)) {
      const matched = globSync2(given, { cwd: base }).map((m) => path4.resolve(base, m)).filter((m) => {
        const stat2 = tryStat2(m);
        return isIrFile(m) && !(stat2 instanceof Error) && stat2.isFile();
      }).sort();
      if (matched.length === 0) {
        throw new UserError(`no .yaml, .yml or .json file matches "${given}"`, [], 2);
      }
      files.push(...matched);
      continue;
    }
    const absolute = path4.resolve(base, given);
    const stat = tryStat2(absolute);
    if (stat instanceof Error) {
      const why = stat.code === "ENOENT" ? "no such file or folder" : stat.message;
      throw new UserError(`cannot read "${given}": ${why}`, [], 2);
    }
    if (stat.isDirectory()) {
      let inside;
      try {
        inside = walk(absolute);
      } catch (error) {
        throw new UserError(`cannot read folder "${given}": ${error.message}`, [], 2);
      }
      if (inside.length === 0) {
        throw new UserError(`folder "${given}" holds no .yaml, .yml or .json file`, [], 2);
      }
      files.push(...inside);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

// src/adapters/workspace/index.ts
var fileWorkspace = {
  readConfig: async (configPath, display) => (await import("./read-config-N4YCBEKI.js")).readConfigFile(configPath, display),
  discoverSources,
  findPipelines: async (root, outputDirs, logger) => (await import("./repository-53JWDGG3.js")).findRepositoryPipelines(root, outputDirs, logger),
  starterWorkflow,
  ...fileAccess,
  expandIrPaths
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
      const { KfpPythonCompiler } = await import("./compiler-FHLUGPFN.js");
      return new KfpPythonCompiler(common.python, logger.withNamespace("kfp"));
    }),
    github: oncePer(async (token) => {
      const { OctokitGitHub } = await import("./client-JNUNBA6K.js");
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
      const { createVertexClients } = await import("./vertex-4TXTNNKE.js");
      return createVertexClients(region, env, logger.withNamespace("vertex"));
    }),
    schedules: async (region) => {
      const { createScheduleService } = await import("./schedules-LRSWVM6F.js");
      return createScheduleService(region, env, logger.withNamespace("vertex"));
    },
    promotion: async (registry, endpoints, operationTimeoutMs) => {
      const { openPromotionClients } = await import("./vertex-models-ESESFFN6.js");
      return openPromotionClients(registry, endpoints, {
        env,
        logger: logger.withNamespace("vertex"),
        operationTimeoutMs
      });
    },
    oidcEnvironment: once(async () => {
      const { readOidcEnvironment } = await import("./github-oidc-MO3LKVUD.js");
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
