import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/adapters/interruption.ts
import { appendFileSync } from "node:fs";
var JOBS_STATE = "vertex-jobs";
function saveState(env, name, value) {
  const file = env.GITHUB_STATE;
  if (!file) return;
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function processInterruption(env, logger) {
  const controller = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"]) {
    process.on(name, () => {
      if (controller.signal.aborted) {
        logger.info(`${name} again: still cancelling the Vertex job, please wait`);
        return;
      }
      logger.info(`${name} received: the workflow is being cancelled`);
      controller.abort(new Error(name));
    });
  }
  const running = /* @__PURE__ */ new Map();
  const save = () => saveState(env, JOBS_STATE, JSON.stringify([...running.values()]));
  return {
    signal: controller.signal,
    track: (job) => {
      running.set(job.name, job);
      save();
    },
    settle: (name) => {
      if (running.delete(name)) save();
    }
  };
}

export {
  JOBS_STATE,
  processInterruption
};
