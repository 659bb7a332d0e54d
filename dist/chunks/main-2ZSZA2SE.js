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
  createDeps
} from "./chunk-LFCH7XXJ.js";
import {
  commonFromInputs
} from "./chunk-6PGAECVQ.js";
import "./chunk-I3QKFCKS.js";
import "./chunk-ORKUXPMH.js";
import {
  actionEdge,
  actionLogger,
  debug,
  error,
  getInput,
  setFailed
} from "./chunk-7DGTUDRK.js";
import "./chunk-46LAVZTK.js";
import "./chunk-4S76EIVJ.js";
import "./chunk-NQYA5SHR.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import {
  warmCompileProcessFor
} from "./chunk-IRHGWX2G.js";
import {
  splitSourceList
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/main.ts
async function run() {
  const logger = actionLogger();
  try {
    const input = (name2) => getInput(name2);
    const name = input("command") || "check";
    const entry = findCommand(name);
    if (!entry) {
      const names = COMMANDS.map((c) => c.name).join(", ");
      throw new UserError(`input "command" is "${name}"; it must be one of: ${names}`, [], 2);
    }
    const common = commonFromInputs(input, process.cwd(), process.env);
    if (entry.compilesPython) {
      warmCompileProcessFor(
        common.python,
        common.workingDirectory,
        splitSourceList(input("pipelines"))
      );
    }
    const command = await entry.load();
    const settings = command.fromInputs(input, common);
    const deps = createDeps(common, actionEdge(), logger, process.env);
    const exitCode = await command.run(settings, deps);
    if (exitCode !== 0) setFailed(`kfp-action ${name} failed (see the errors above)`);
  } catch (error2) {
    const { message, stack } = describeError(error2);
    if (stack) debug(stack);
    const code = error2 instanceof UserError && error2.diagnostics.length === 1 ? error2.diagnostics[0].code : void 0;
    if (code) {
      error(message, { title: `kfp-action ${code}` });
      process.exitCode = 1;
    } else setFailed(message);
  }
}
export {
  run
};
