#!/usr/bin/env node
import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  COMMANDS,
  COMMON_FLAGS,
  commonFromArgs,
  createDeps,
  findCommand,
  parseArgs
} from "./chunks/chunk-RNJIHVQS.js";
import "./chunks/chunk-63KZ3CKP.js";
import "./chunks/chunk-2JBN7UL3.js";
import "./chunks/chunk-5PJAV3K6.js";
import {
  describeError
} from "./chunks/chunk-273WABBP.js";
import "./chunks/chunk-H62D7YK4.js";
import "./chunks/chunk-AHZSGPHW.js";
import "./chunks/chunk-DSAI2IEI.js";
import "./chunks/chunk-ZBKI3KWS.js";
import {
  UserError,
  formatDiagnostic
} from "./chunks/chunk-6REE5PZG.js";
import "./chunks/chunk-JMGSRPFI.js";

// src/adapters/edge/cli.ts
function cliEdge(stdout = (s) => void process.stdout.write(s), stderr = (s) => void process.stderr.write(s)) {
  return {
    kind: "cli",
    report: (diagnostics) => {
      for (const d of diagnostics) stderr(formatDiagnostic(d) + "\n");
    },
    // Outputs and the summary belong to the Actions runner; the CLI prints its results instead.
    setOutput: () => {
    },
    appendSummary: async () => {
    },
    print: (text) => stdout(text.endsWith("\n") ? text : text + "\n")
  };
}
function cliLogger(verbose, namespace = "", write = (s) => void process.stderr.write(s), isTty = Boolean(process.stderr.isTTY)) {
  const p = namespace ? `[${namespace}] ` : "";
  const line = (m) => write(`${isTty ? "" : (/* @__PURE__ */ new Date()).toISOString() + " "}${p}${m}
`);
  return {
    debug: (m) => verbose ? line(`debug: ${m}`) : void 0,
    info: (m) => line(m),
    warning: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    group: async (title, fn) => {
      line(`== ${title}`);
      return fn();
    },
    withNamespace: (ns) => cliLogger(verbose, namespace ? `${namespace}:${ns}` : ns, write, isTty)
  };
}

// src/cli-main.ts
var VERSION = "0.1.0";
function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: kfp-action <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options for every command:",
    "  --config FILE              config file (default: kfp-action.yaml)",
    "  --working-directory DIR    repository root (default: the current folder)",
    "  --python PATH              Python interpreter with the pinned kfp",
    "  --verbose                  debug output",
    "",
    "kfp-action <command> --help shows the options of one command."
  ].join("\n");
}
async function runCli(argv, cwd, env, makeDeps = createDeps) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version") {
    process.stdout.write(`kfp-action ${VERSION}
`);
    return 0;
  }
  const command = findCommand(name);
  const verbose = rest.includes("--verbose");
  const logger = cliLogger(verbose);
  if (!command) {
    logger.error(`unknown command "${name}"

${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.usage + "\n");
    return 0;
  }
  try {
    const args = parseArgs(rest, {
      values: [...COMMON_FLAGS, ...command.cliFlags.values],
      switches: ["verbose", ...command.cliFlags.switches]
    });
    const common = commonFromArgs(args, cwd, env);
    const settings = command.fromArgs(args, common);
    const deps = makeDeps(common, cliEdge(), logger, env);
    return await command.run(settings, deps);
  } catch (error) {
    const { message, exitCode, stack } = describeError(error);
    if (error instanceof UserError && error.exitCode === 2) {
      logger.error(`${message}

${command.usage}`);
    } else {
      logger.error(message);
    }
    if (stack && verbose) logger.debug(stack);
    return exitCode;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), process.cwd(), process.env);
