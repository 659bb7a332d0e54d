import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  sourceKind
} from "./chunk-5GVFLVTA.js";

// src/adapters/kfp-compiler/compile-process.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/adapters/kfp-compiler/program.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var RELATIVE = path.join("python", "kfp_action_compile.py");
function compileProgramPath(from = path.dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`${RELATIVE} was not found above ${from}; the action is incomplete`);
    }
    dir = parent;
  }
}

// src/adapters/kfp-compiler/run-python.ts
import { spawn } from "node:child_process";
var KEEP = 64 * 1024;
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var FILE_COMMANDS = /^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/;
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_?KEY|API_?KEY|AUTH/i;
function compileEnvironment(env) {
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^(INPUT_|ACTIONS_)/i.test(name) || SECRET_NAME.test(name) || FILE_COMMANDS.test(name)) {
      continue;
    }
    out[name] = value;
  }
  return out;
}
function startPython(python, args, options) {
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  let timer;
  let closed = false;
  const keep = (acc, chunk) => {
    const next = acc + chunk.toString("utf8");
    return next.length > KEEP ? next.slice(next.length - KEEP) : next;
  };
  const child = spawn(python, args, {
    cwd: options.cwd,
    env: {
      ...compileEnvironment(options.env ?? process.env),
      PYTHONDONTWRITEBYTECODE: "1",
      PYTHONUNBUFFERED: "1"
    },
    stdio: ["pipe", "pipe", "pipe"],
    detached: true
  });
  const killGroup = () => {
    if (child.pid === void 0) return;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  };
  process.on("exit", killGroup);
  const onSignal = (signal) => {
    killGroup();
    if (process.listenerCount(signal) === 1) {
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    }
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  const ended = new Promise((resolve) => {
    const done = (result) => {
      closed = true;
      if (timer) clearTimeout(timer);
      process.off("exit", killGroup);
      for (const signal of SIGNALS) process.off(signal, onSignal);
      resolve(result);
    };
    child.on("exit", killGroup);
    child.stdout.on("data", (c) => void (stdout = keep(stdout, c)));
    child.stderr.on("data", (c) => void (stderr = keep(stderr, c)));
    child.on("error", (error) => {
      done({ stdout, stderr, timedOut, spawnError: error });
    });
    child.on("close", (code) => {
      done({ ...code !== null ? { code } : {}, stdout, stderr, timedOut });
    });
  });
  child.stdin.on("error", () => void 0);
  const pipes = [child.stdout, child.stderr];
  child.unref();
  for (const pipe of pipes) pipe.unref();
  let finished = false;
  return {
    finish(timeoutMs, input) {
      if (finished) throw new Error("startPython: finish called twice");
      finished = true;
      child.ref();
      for (const pipe of pipes) pipe.ref();
      timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, timeoutMs);
      if (child.stdin.writable) child.stdin.end(input ?? "");
      return ended;
    },
    cancel() {
      finished = true;
      if (closed) return;
      child.stdin.destroy();
      killGroup();
    }
  };
}

// src/adapters/kfp-compiler/version.ts
var KFP_PINNED_VERSION = "2.17.3";

// src/adapters/kfp-compiler/compile-process.ts
function startProgram(python, cwd, args) {
  const dir = mkdtempSync(path2.join(tmpdir(), "kfp-action-compile-"));
  const resultFile = path2.join(dir, "result.json");
  const child = startPython(python, args(resultFile), { cwd });
  return {
    process: child,
    resultFile,
    dispose() {
      child.cancel();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
function startCompileProcess(python, cwd, program, pinned) {
  const run = startProgram(python, cwd, (result) => [
    program,
    "--compile",
    "-",
    "--require-kfp",
    pinned,
    "--result",
    result
  ]);
  return { python, cwd, program, pinned, ...run };
}
var warm;
function warmCompileProcess(python, cwd, program = compileProgramPath(), pinned = KFP_PINNED_VERSION) {
  if (warm) return;
  const started = startCompileProcess(python, cwd, program, pinned);
  warm = started;
  process.once("exit", () => {
    if (warm === started) warm = void 0;
    started.dispose();
  });
}
function warmCompileProcessFor(python, cwd, sources) {
  if (sources.length > 0 && sources.every((s) => sourceKind(s) === "ir")) return;
  try {
    warmCompileProcess(python, cwd);
  } catch {
  }
}
function takeWarmCompileProcess(python, cwd, program, pinned) {
  const w = warm;
  if (!w || w.python !== python || w.cwd !== cwd || w.program !== program || w.pinned !== pinned) {
    return void 0;
  }
  warm = void 0;
  return w;
}

export {
  compileProgramPath,
  KFP_PINNED_VERSION,
  startProgram,
  startCompileProcess,
  warmCompileProcess,
  warmCompileProcessFor,
  takeWarmCompileProcess
};
