import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  COMMANDS,
  findCommand
} from "./chunk-XYY6UFLW.js";
import {
  COMMON_FLAGS,
  commonFromArgs
} from "./chunk-6PGAECVQ.js";
import {
  findCommandWord,
  parseArgs
} from "./chunk-I3QKFCKS.js";
import "./chunk-ORKUXPMH.js";
import {
  VERSION
} from "./chunk-S2TBE2LR.js";
import {
  logText
} from "./chunk-46LAVZTK.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import {
  UserError,
  formatDiagnostic
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/cli-main.ts
import { parseArgs as nodeParseArgs } from "node:util";

// src/adapters/edge/cli.ts
function cliEdge(stdout = (s) => void process.stdout.write(s), stderr = (s) => void process.stderr.write(s)) {
  return {
    kind: "cli",
    report: (diagnostics) => {
      for (const d of diagnostics) stderr(logText(formatDiagnostic(d)) + "\n");
    },
    // Outputs and the summary belong to the Actions runner; the CLI prints its results instead.
    setOutput: () => {
    },
    appendSummary: async () => {
    },
    print: (text) => stdout(logText(text.endsWith("\n") ? text.slice(0, -1) : text) + "\n")
  };
}
function colorEnabled(env, isTty) {
  if (env.FORCE_COLOR !== void 0) return !["0", "false"].includes(env.FORCE_COLOR);
  if (env.NO_COLOR) return false;
  return isTty && env.TERM !== "dumb";
}
function cliLogger(verbose, namespace = "", write = (s) => void process.stderr.write(s), isTty = Boolean(process.stderr.isTTY), color = false) {
  const p = namespace ? `[${namespace}] ` : "";
  const line = (m) => write(logText(`${isTty ? "" : (/* @__PURE__ */ new Date()).toISOString() + " "}${p}${m}`) + "\n");
  const paint = (code, label) => color ? `\x1B[${code}m${label}\x1B[39m` : label;
  return {
    debug: (m) => verbose ? line(`debug: ${m}`) : void 0,
    info: (m) => line(m),
    warning: (m) => line(`${paint(33, "warning:")} ${m}`),
    error: (m) => line(`${paint(31, "error:")} ${m}`),
    group: async (title, fn) => {
      line(`== ${title}`);
      return fn();
    },
    withNamespace: (ns) => cliLogger(verbose, namespace ? `${namespace}:${ns}` : ns, write, isTty, color)
  };
}

// src/cli-main.ts
var GLOBAL_SWITCHES = ["help", "version", "verbose"];
var GLOBAL = { values: COMMON_FLAGS, switches: GLOBAL_SWITCHES };
var EXIT = { ok: 0, failed: 1, usage: 2 };
function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: kfp-action [options] <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options for every command (before or after it):",
    "  --config FILE              config file (default: kfp-action.yaml)",
    "  --working-directory DIR    repository root (default: the current folder)",
    "  --python PATH              Python interpreter with the pinned kfp",
    "  --verbose                  debug output",
    "  -h, --help                 this help, or one command\u2019s with `kfp-action <command> --help`",
    "  -V, --version              the version of kfp-action",
    "",
    "Exit codes: 0 ok, 1 failed (findings, a failed run or gate), 2 usage or unreadable input."
  ].join("\n");
}
function specOf(command) {
  return {
    values: [...GLOBAL.values, ...command.cliFlags.values],
    switches: [...GLOBAL.switches, ...command.cliFlags.switches]
  };
}
function optionsBefore(argv, index) {
  const { tokens } = nodeParseArgs({
    args: argv.slice(0, index),
    options: Object.fromEntries(GLOBAL.values.map((v) => [v, { type: "string" }])),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  return tokens.flatMap((t) => t.kind === "option" ? [t.name] : []);
}
async function locateCommand(argv, quick) {
  if (!quick) return {};
  const entry = findCommand(quick.word);
  const command = entry ? await entry.load() : void 0;
  if (command || quick.word === "help") {
    const spec = command ? specOf(command) : GLOBAL;
    const known = /* @__PURE__ */ new Set([...spec.values, ...spec.switches]);
    if (optionsBefore(argv, quick.index).every((n) => n.length === 1 || known.has(n))) {
      return { found: quick, ...command ? { command } : {} };
    }
  }
  const all = await Promise.all(COMMANDS.map((c) => c.load()));
  const values = /* @__PURE__ */ new Set([...GLOBAL.values, ...all.flatMap((c) => c.cliFlags.values)]);
  const found = findCommandWord(argv, [...values]);
  const named = all.find((c) => c.name === found?.word);
  return { ...found ? { found } : {}, ...named ? { command: named } : {} };
}
async function warmCompiler(argv, quick, cwd, env) {
  if (!quick || !findCommand(quick.word)?.compilesPython) return;
  const words = [...argv.slice(0, quick.index), ...argv.slice(quick.index + 1)];
  const args = parseArgs(words, GLOBAL, { lenient: true });
  if (args.flags.has("help") || args.flags.has("version")) return;
  const common = commonFromArgs(args, cwd, env);
  const { warmCompileProcessFor } = await import("./compile-process-XTSRUYF6.js");
  warmCompileProcessFor(common.python, common.workingDirectory, args.positionals);
}
function usageError(message, usage) {
  process.stderr.write(`kfp-action: ${message}

${usage}
`);
  return EXIT.usage;
}
async function runCli(argv, cwd, env, makeDeps) {
  const quick = findCommandWord(argv, GLOBAL.values);
  if (!makeDeps) await warmCompiler(argv, quick, cwd, env);
  const { found, command } = await locateCommand(argv, quick);
  if (found?.word === "help") {
    const [name, ...more] = argv.slice(found.index + 1).filter((w) => !w.startsWith("-"));
    const topic = name === void 0 ? void 0 : findCommand(name);
    if (more.length > 0 || name !== void 0 && !topic) {
      const names = COMMANDS.map((c) => c.name).join(", ");
      return usageError(
        `help takes one command (${names}), got: ${[name, ...more].join(" ")}`,
        help()
      );
    }
    process.stdout.write((topic ? (await topic.load()).usage : help()) + "\n");
    return EXIT.ok;
  }
  if (found && !command) {
    const names = COMMANDS.map((c) => c.name).join(", ");
    return usageError(`unknown command "${found.word}" (commands: ${names})`, help());
  }
  const spec = command ? specOf(command) : GLOBAL;
  const words = found ? [...argv.slice(0, found.index), ...argv.slice(found.index + 1)] : argv;
  let args;
  try {
    args = parseArgs(words, spec);
  } catch (error) {
    return usageError(describeError(error).message, command?.usage ?? help());
  }
  if (args.flags.has("version")) {
    process.stdout.write(`kfp-action ${VERSION}
`);
    return EXIT.ok;
  }
  if (args.flags.has("help")) {
    process.stdout.write((command?.usage ?? help()) + "\n");
    return EXIT.ok;
  }
  if (!command) return usageError("no command given", help());
  const verbose = args.flags.has("verbose");
  const isTty = Boolean(process.stderr.isTTY);
  const logger = cliLogger(verbose, "", void 0, isTty, colorEnabled(env, isTty));
  try {
    const common = commonFromArgs(args, cwd, env);
    const settings = command.fromArgs(args, common);
    const create = makeDeps ?? (await import("./deps-JWOBXFGK.js")).createDeps;
    const deps = create(common, cliEdge(), logger, env);
    return await command.run(settings, deps);
  } catch (error) {
    const { message, exitCode, stack } = describeError(error);
    if (error instanceof UserError && error.exitCode === EXIT.usage) {
      usageError(message, command.usage);
    } else {
      logger.error(message);
    }
    if (stack && verbose) logger.debug(stack);
    return exitCode;
  }
}
export {
  runCli
};
