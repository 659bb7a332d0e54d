import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  compileErrorDiagnostic,
  oneLine
} from "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import {
  KFP_PINNED_VERSION,
  compileProgramPath,
  startCompileProcess,
  startProgram,
  takeWarmCompileProcess
} from "./chunk-IRHGWX2G.js";
import "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/adapters/kfp-compiler/compiler.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// src/core/compile/environment.ts
var MIN_PYTHON = [3, 9];
function shellQuote(s) {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function pipInstall(python, pinned) {
  return `${shellQuote(python)} -m pip install 'kfp==${pinned}'`;
}
function checkEnvironment(env, pinned, configured) {
  const [major = 0, minor = 0] = env.pythonVersion.split(".").map((n) => Number.parseInt(n, 10));
  if (major < MIN_PYTHON[0] || major === MIN_PYTHON[0] && minor < MIN_PYTHON[1]) {
    return {
      code: "compile/python-too-old",
      severity: "error",
      message: `Python ${env.pythonVersion} at ${configured} is too old: kfp ${pinned} needs Python ${MIN_PYTHON.join(".")} or newer; point --python (input \`python\`) at a newer interpreter, e.g. one set up by actions/setup-python`
    };
  }
  if (!env.kfp) {
    return {
      code: "compile/kfp-missing",
      severity: "error",
      message: `kfp is not installed for ${configured} (${env.python}); install the pinned version: ${pipInstall(env.python, pinned)}`
    };
  }
  if (env.kfp !== pinned) {
    return {
      code: "compile/kfp-version",
      severity: "error",
      message: `kfp ${env.kfp} is installed for ${configured}, but kfp-action compiles with kfp ${pinned} (other versions write different IR); run: ${pipInstall(env.python, pinned)}`
    };
  }
  return void 0;
}

// src/core/compile/protocol.ts
var KINDS = [
  "syntax",
  "import",
  "type",
  "missing-argument",
  "no-pipeline",
  "function-not-found",
  "name-not-found",
  "duplicate-name",
  "error"
];
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : void 0;
var int = (v) => typeof v === "number" && Number.isInteger(v) && v > 0 ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
function parseError(v) {
  const o = isObject(v) ? v : {};
  const kind = KINDS.find((k) => k === o.kind) ?? "error";
  const frames = list(o.frames).flatMap((f) => {
    if (!isObject(f)) return [];
    const file = str(f.file);
    const line = int(f.line);
    return file && line ? [{ file, line, name: str(f.name) ?? "?" }] : [];
  });
  const filename = str(o.filename);
  const lineno = int(o.lineno);
  const offset = int(o.offset);
  const fn = str(o.function);
  return {
    kind,
    type: str(o.type) ?? "Exception",
    message: str(o.message) ?? "(no message)",
    frames,
    ...filename ? { filename } : {},
    ...lineno ? { lineno } : {},
    ...offset ? { offset } : {},
    ...fn ? { function: fn } : {}
  };
}
function parseEnvironment(v) {
  if (!isObject(v)) return void 0;
  const python = str(v.python);
  const pythonVersion = str(v.pythonVersion);
  if (!python || !pythonVersion) return void 0;
  const kfp = str(v.kfp);
  const kfpKubernetes = str(v.kfpKubernetes);
  return {
    python,
    pythonVersion,
    ...kfp ? { kfp } : {},
    ...kfpKubernetes ? { kfpKubernetes } : {}
  };
}
function parseCompileResult(v) {
  const env = parseEnvironment(v);
  if (!env || !isObject(v) || !Array.isArray(v.jobs)) return void 0;
  const jobs = v.jobs.map((j) => {
    const o = isObject(j) ? j : {};
    return {
      source: str(o.source) ?? "",
      pipelines: list(o.pipelines).flatMap((p) => {
        if (!isObject(p)) return [];
        const name = str(p.name);
        const file = str(p.file);
        const kind = p.kind === "component" ? "component" : "pipeline";
        return name && file ? [{ name, file, function: str(p.function) ?? name, kind }] : [];
      }),
      errors: list(o.errors).map(parseError),
      available: list(o.available).flatMap((a) => {
        if (!isObject(a)) return [];
        const name = str(a.name);
        return name ? [{ name, function: str(a.function) ?? name, sub: a.sub === true }] : [];
      })
    };
  });
  return { ...env, jobs };
}

// src/adapters/kfp-compiler/compiler.ts
var defaultTimeout = (modules) => 12e4 + 3e4 * modules;
function tryReadText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
var KfpPythonCompiler = class {
  constructor(python, logger, options = {}) {
    this.python = python;
    this.logger = logger;
    this.program = options.program ?? compileProgramPath();
    this.pinned = options.pinned ?? KFP_PINNED_VERSION;
    this.timeoutMs = options.timeoutMs ?? defaultTimeout;
  }
  python;
  logger;
  program;
  pinned;
  timeoutMs;
  environment;
  checkEnvironment() {
    return this.environment ??= this.probe();
  }
  async compile(request) {
    const [outcome] = await this.compileAll([request]);
    return outcome;
  }
  async compileAll(requests) {
    if (requests.length === 0) return [];
    const importRoot = requests[0].importRoot;
    const display = (p) => {
      const rel = path.relative(importRoot, p);
      return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
    };
    const request = {
      importRoot,
      requireKfp: this.pinned,
      jobs: requests.map((r) => ({
        source: r.source,
        outputDir: r.outputDir,
        ...r.function ? { function: r.function } : {},
        ...r.name ? { name: r.name } : {},
        ...r.select ? { select: r.select } : {},
        ...r.components ? { components: true } : {}
      }))
    };
    const { run, result } = await this.exec(importRoot, requests.length, request);
    if (this.environment === void 0) {
      if (parseEnvironment(result)) {
        this.environment = Promise.resolve().then(() => this.acceptEnvironment(run, result));
      }
      await this.checkEnvironment();
    }
    const parsed = parseCompileResult(result);
    if (!parsed || parsed.jobs.length !== requests.length) {
      const why = run.timedOut ? {
        code: "compile/timeout",
        message: `compiling took longer than ${Math.round(this.timeoutMs(requests.length) / 1e3)} s and was stopped; does a pipeline module run long work (training, downloads) at import time?`
      } : run.spawnError ? {
        code: "compile/crashed",
        message: `the Python compile program could not be started in ${importRoot} (${run.spawnError.code ?? run.spawnError.message})`
      } : {
        code: "compile/crashed",
        message: `the Python compile program stopped without a result (exit ${run.code ?? "killed"}): ${oneLine(lastLines(run.stderr), 800) || "no output"}`
      };
      return requests.map((r) => ({
        pipelines: [],
        diagnostics: [{ ...why, severity: "error", file: display(r.source) }]
      }));
    }
    return requests.map((r, i) => {
      const job = parsed.jobs[i];
      const ctx = {
        source: r.source,
        repoRoot: importRoot,
        programFile: this.program,
        display,
        readSource: tryReadText
      };
      return {
        pipelines: job.pipelines.map((p) => ({
          name: p.name,
          source: r.source,
          function: p.function,
          outputFile: p.file,
          kind: p.kind
        })),
        diagnostics: job.errors.map((e) => compileErrorDiagnostic(e, ctx)),
        available: job.available
      };
    });
  }
  async probe() {
    const { run, result } = await this.execProbe();
    return this.acceptEnvironment(run, result);
  }
  /** The environment a run of the program reported; a UserError that says how to fix it. */
  acceptEnvironment(run, result) {
    if (run.spawnError) {
      const d = {
        code: "compile/python-not-found",
        severity: "error",
        message: `Python interpreter "${this.python}" could not be started (${run.spawnError.code ?? run.spawnError.message}); set --python (input \`python\`) to an interpreter that has kfp==${this.pinned}, e.g. python3 -m venv .venv && .venv/bin/pip install 'kfp==${this.pinned}'`
      };
      throw new UserError(d.message, [d]);
    }
    const env = parseEnvironment(result);
    if (!env) {
      const d = {
        code: "compile/python-not-found",
        severity: "error",
        message: `"${this.python}" did not run the compile program (exit ${run.code ?? "killed"}): ${oneLine(lastLines(run.stderr), 400) || "no output"}; is it a Python 3.9+ interpreter?`
      };
      throw new UserError(d.message, [d]);
    }
    this.logger.debug(
      `Python ${env.pythonVersion} (${env.python}), kfp ${env.kfp ?? "missing"}, kfp-kubernetes ${env.kfpKubernetes ?? "missing"}`
    );
    const problem = checkEnvironment(env, this.pinned, this.python);
    if (problem) throw new UserError(problem.message, [problem]);
    return {
      python: env.python,
      pythonVersion: env.pythonVersion,
      ...env.kfp ? { kfpVersion: env.kfp } : {}
    };
  }
  /** Runs the program in compile mode (the process started ahead for it, when there is one), sends
   * the request on stdin and reads its result file. */
  async exec(cwd, modules, request) {
    const started = takeWarmCompileProcess(this.python, cwd, this.program, this.pinned) ?? startCompileProcess(this.python, cwd, this.program, this.pinned);
    try {
      const run = await started.process.finish(this.timeoutMs(modules), JSON.stringify(request));
      return { run, result: this.read(run, started.resultFile) };
    } finally {
      started.dispose();
    }
  }
  /** Runs the program's environment probe (`--env`), which imports nothing. */
  async execProbe() {
    const started = startProgram(this.python, process.cwd(), (result) => [
      this.program,
      "--env",
      "--result",
      result
    ]);
    try {
      const run = await started.process.finish(this.timeoutMs(0));
      return { run, result: this.read(run, started.resultFile) };
    } finally {
      started.dispose();
    }
  }
  /** Logs what the program printed; its answer, or undefined when there is none. */
  read(run, resultFile) {
    const printed = [run.stdout, run.stderr].filter((s) => s.trim()).join("\n");
    if (printed) this.logger.debug(`Python output:
${printed.trimEnd()}`);
    try {
      return JSON.parse(readFileSync(resultFile, "utf8"));
    } catch {
      return void 0;
    }
  }
};
function lastLines(text, n = 3) {
  return text.trim().split("\n").slice(-n).join("\n");
}
export {
  KfpPythonCompiler
};
