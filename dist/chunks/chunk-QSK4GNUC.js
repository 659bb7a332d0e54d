import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  loadSpecBytes,
  validateLoaded
} from "./chunk-GWCPRMG4.js";
import {
  parameterLine
} from "./chunk-6TUXKNOO.js";
import {
  configRequiredMessage,
  zeroConfig
} from "./chunk-BSDYNIC6.js";
import {
  specDigest
} from "./chunk-NLYHU2L3.js";
import {
  oneLine
} from "./chunk-ER4XBPBH.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";

// src/commands/compile-pipelines.ts
import path from "node:path";

// src/core/compile/kfp-header.ts
function brokenKfpHeader(text) {
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  let previous = "";
  for (let line = 0; ; line++) {
    const found = breaks.exec(text);
    const current = text.slice(start, found ? found.index : text.length);
    if (line === 0 && current !== "# PIPELINE DEFINITION") return void 0;
    if (!current.startsWith("#")) {
      const last = /^# {4}([^:\s]+): \S+ \[Default: '/.exec(previous);
      if (!last || previous.endsWith("']")) return void 0;
      return { parameter: last[1], line };
    }
    if (!found) return void 0;
    previous = current;
    start = found.index + found[0].length;
  }
}
function brokenHeaderDiagnostic(header, where) {
  const p = header.parameter;
  return {
    code: "compile/newline-in-default",
    severity: "error",
    message: `the default of string parameter "${p}" contains a line break, and KFP copies defaults unescaped into the comment header of the compiled IR, so the file it wrote does not load back (in KFP or here). Fix: give "${p}" a one-line default \u2014 e.g. write "\\\\n" in it and turn that into a line break inside the component, or leave the default empty and set the real text under \`parameters\` in the config or at run time`,
    file: where.file,
    ...where.line !== void 0 ? { line: where.line } : {},
    path: `root.inputDefinitions.parameters.${p}`
  };
}

// src/commands/compile-pipelines.ts
function displayPath(workingDirectory, absolute) {
  const rel = path.relative(workingDirectory, absolute);
  if (rel === "") return ".";
  return !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : absolute;
}
function irFileName(pipelineName) {
  const cleaned = pipelineName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "");
  return `${cleaned || "pipeline"}.yaml`;
}
async function compilePipelines(options, deps) {
  const { common, outputDir } = options;
  const wd = common.workingDirectory;
  const display = (p) => displayPath(wd, p);
  const diagnostics = [];
  const configFile = options.ignoreConfig ? { exists: false } : await deps.workspace.readConfig(common.configPath, display(common.configPath));
  if (configFile.exists) diagnostics.push(...configFile.diagnostics);
  if (configFile.exists && !configFile.config) return { compiled: [], diagnostics };
  let config = configFile.exists ? configFile.config : void 0;
  let patterns;
  let zero = false;
  if (options.sources.length > 0) {
    patterns = options.sources.map((pattern) => ({ pattern, base: wd }));
  } else if (config && configFile.exists) {
    const base = path.dirname(common.configPath);
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base,
      entry,
      entryIndex,
      at: {
        file: display(common.configPath),
        ...configFile.locate(["pipelines", entryIndex, "source"], "value")
      }
    }));
  } else if (options.requireConfig) {
    throw new UserError(configRequiredMessage(options.requireConfig, display(common.configPath)), [
      { code: "config/required", severity: "error", message: "no config file" }
    ]);
  } else {
    const found = await deps.workspace.findPipelines(
      wd,
      [outputDir, path.dirname(outputDir)].filter((d) => d !== wd),
      deps.logger
    );
    config = zeroConfig(found);
    zero = true;
    patterns = config.pipelines.map((entry, entryIndex) => ({
      pattern: entry.source,
      base: wd,
      entry,
      entryIndex
    }));
    if (patterns.length === 0) {
      diagnostics.push({
        code: "config/no-pipelines-found",
        severity: "error",
        message: `${display(common.configPath)} does not exist and no pipeline was found in ${found.listing === "git" ? "the files git knows (tracked, or untracked and not ignored)" : "this folder"}: no Python module with a @dsl.pipeline and no compiled IR; name the sources (kfp-action compile pipelines/*.py) or list them in the config file (docs/config.md)`
      });
      return { compiled: [], diagnostics, config, zeroConfig: true };
    }
    const list = config.pipelines.map((p) => oneLine(p.source + (p.function ? `:${p.function}` : ""), 200)).join(", ");
    deps.logger.info(
      options.ignoreConfig ? `found ${patterns.length} pipeline source${patterns.length === 1 ? "" : "s"} in the repository (${list})` : `no ${display(common.configPath)}: found ${patterns.length} pipeline source${patterns.length === 1 ? "" : "s"} in the repository (${list}); the defaults of docs/config.md#without-a-config-file apply, and kfp-action init writes a config to change them`
    );
  }
  const discovery = deps.workspace.discoverSources(patterns, display);
  diagnostics.push(...discovery.diagnostics);
  const python = discovery.sources.filter((s) => s.kind === "python");
  const ir = discovery.sources.filter((s) => s.kind === "ir");
  deps.workspace.makeDir(outputDir);
  const written = [];
  const available = [];
  if (python.length > 0) {
    const compiler = await deps.compiler();
    deps.logger.info(`compiling ${python.length} module${python.length === 1 ? "" : "s"}`);
    const requests = python.map((s) => ({
      source: s.path,
      outputDir,
      importRoot: wd,
      ...s.function ? { function: s.function } : {},
      ...s.name ? { name: s.name } : {},
      ...options.pipeline ? { select: options.pipeline } : {},
      ...s.explicit || s.entryIndex !== void 0 ? { components: true } : {}
    }));
    const outcomes = await compiler.compileAll(requests);
    const env = await compiler.checkEnvironment();
    deps.logger.info(`compiled with kfp ${env.kfpVersion} (Python ${env.pythonVersion})`);
    outcomes.forEach((outcome, i) => {
      const source = python[i];
      for (const d of outcome.diagnostics) {
        if (d.code === "compile/no-pipeline" && !source.explicit) {
          deps.logger.debug(`${display(source.path)}: no @dsl.pipeline, skipped`);
        } else diagnostics.push(d);
      }
      for (const a of outcome.available ?? []) {
        available.push(a.function === a.name ? a.name : `${a.name} (${a.function})`);
      }
      for (const p of outcome.pipelines) {
        written.push({
          name: p.name,
          source,
          file: p.outputFile,
          ...p.function ? { function: p.function } : {},
          ...p.kind === "component" ? { kind: "component" } : {}
        });
      }
    });
  }
  for (const source of ir) {
    const accepted = acceptIr(
      deps.workspace,
      source,
      outputDir,
      display,
      written,
      options.pipeline
    );
    if (zero && accepted.copyOf?.source.kind === "python") {
      deps.logger.info(
        oneLine(
          `${display(source.path)} is a compiled copy of pipeline ${accepted.copyOf.name} from ${display(accepted.copyOf.source.path)}; checking the Python source`
        )
      );
      continue;
    }
    diagnostics.push(...accepted.diagnostics);
    if (accepted.name) available.push(accepted.name);
    if (accepted.file && accepted.name)
      written.push({ name: accepted.name, source, file: accepted.file });
  }
  if (options.pipeline && written.length === 0 && !diagnostics.some(isError)) {
    diagnostics.push({
      code: "compile/pipeline-not-found",
      severity: "error",
      message: `no pipeline named "${options.pipeline}" (pipeline or function name) in the sources; pipelines found: ${available.join(", ") || "none"}`
    });
  }
  const compiled = [];
  for (const w of written) {
    const file = display(w.file);
    const bytes = deps.workspace.readFile(w.file);
    const header = brokenKfpHeader(new TextDecoder().decode(bytes));
    const loaded = loadSpecBytes(bytes, file);
    const found = header ? [newlineDefault(deps.workspace, header, w.source.path, display)] : loaded.ok ? validateLoaded(loaded.loaded) : [...loaded.diagnostics];
    diagnostics.push(...found);
    compiled.push({
      name: w.name,
      source: display(w.source.path),
      file,
      ...w.function ? { function: w.function } : {},
      ...w.source.entryIndex !== void 0 ? { entryIndex: w.source.entryIndex } : {},
      valid: !found.some(isError),
      ...w.kind ? { kind: w.kind } : {},
      ...loaded.ok ? { loaded: loaded.loaded, digest: `sha256:${specDigest(loaded.loaded.spec)}` } : {}
    });
  }
  return {
    compiled,
    diagnostics,
    ...config ? { config } : {},
    ...zero ? { zeroConfig: true } : {}
  };
}
function newlineDefault(workspace, header, source, display) {
  let text;
  try {
    text = source.endsWith(".py") ? workspace.readText(source) : void 0;
  } catch {
    text = void 0;
  }
  const line = text === void 0 ? void 0 : parameterLine(text, header.parameter);
  return brokenHeaderDiagnostic(header, {
    file: display(source),
    ...line !== void 0 ? { line } : {}
  });
}
function acceptIr(workspace, source, outputDir, display, written, pipeline) {
  const shown = display(source.path);
  let bytes;
  try {
    bytes = workspace.readFile(source.path);
  } catch (error) {
    const reason = error.code ?? String(error);
    return {
      diagnostics: [
        {
          code: "compile/unreadable",
          severity: "error",
          message: `cannot read the IR file (${reason})`,
          file: shown
        }
      ]
    };
  }
  const loaded = loadSpecBytes(bytes, shown);
  if (!loaded.ok) {
    return {
      diagnostics: source.explicit || source.entryIndex !== void 0 ? [...loaded.diagnostics] : []
    };
  }
  const info = loaded.loaded.spec.pipelineInfo;
  const name = typeof info?.name === "string" ? info.name : void 0;
  if (!name) {
    if (!source.explicit && source.entryIndex === void 0) return { diagnostics: [] };
    return {
      diagnostics: [
        {
          code: "compile/not-a-pipeline",
          severity: "error",
          message: "the file has no pipelineInfo.name, so it is not a compiled pipeline (KFP IR)",
          file: shown,
          line: 1,
          column: 1
        }
      ]
    };
  }
  if (source.name && source.name !== name) {
    return {
      diagnostics: [
        {
          code: "compile/name-not-found",
          severity: "error",
          message: `the config names pipeline "${source.name}" but this IR file is pipeline "${name}"`,
          file: shown,
          ...loaded.loaded.locate(["pipelineInfo", "name"])
        }
      ]
    };
  }
  if (pipeline && pipeline !== name) return { name, diagnostics: [] };
  const other = written.find((w) => w.name === name);
  if (other) {
    return {
      copyOf: { name, source: other.source },
      diagnostics: [
        {
          code: "compile/duplicate-name",
          severity: "error",
          message: `pipeline name "${name}" is also the name of a pipeline from ${display(other.source.path)}; rename one of them`,
          file: shown,
          ...loaded.loaded.locate(["pipelineInfo", "name"])
        }
      ]
    };
  }
  const file = path.join(outputDir, irFileName(name));
  if (path.resolve(file) !== path.resolve(source.path)) workspace.writeFile(file, bytes);
  return { name, file, diagnostics: [] };
}

export {
  displayPath,
  compilePipelines
};
