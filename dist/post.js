import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  TERMINAL_PIPELINE_STATES
} from "./chunks/chunk-6ZC5HHQ7.js";
import {
  actionLogger,
  warning
} from "./chunks/chunk-7DGTUDRK.js";
import "./chunks/chunk-46LAVZTK.js";
import {
  JOBS_STATE
} from "./chunks/chunk-4S76EIVJ.js";
import "./chunks/chunk-NQYA5SHR.js";
import {
  describeError
} from "./chunks/chunk-273WABBP.js";
import "./chunks/chunk-6REE5PZG.js";
import "./chunks/chunk-JMGSRPFI.js";

// src/post-main.ts
async function runPost(env) {
  const raw = env[`STATE_${JOBS_STATE}`];
  if (!raw || raw.trim() === "" || raw.trim() === "[]") return;
  const logger = actionLogger("post");
  let jobs;
  try {
    jobs = JSON.parse(raw).filter((j) => j && typeof j.name === "string");
  } catch {
    warning(`kfp-action post: unreadable saved state ${JOBS_STATE}: ${raw.slice(0, 200)}`);
    return;
  }
  const { createVertexClients } = await import("./chunks/vertex-4TXTNNKE.js");
  for (const job of jobs) {
    let clients;
    try {
      clients = createVertexClients(job.region, env, logger.withNamespace("vertex"));
      const current = await clients.pipelines.getPipelineJob(job.name);
      if (TERMINAL_PIPELINE_STATES.has(current.state) || current.state === "CANCELLING") {
        logger.info(`${job.name} is ${current.state}; nothing to cancel`);
        continue;
      }
      await clients.pipelines.cancelPipelineJob(job.name);
      warning(
        `kfp-action: the submit step ended before ${job.name} finished (was the workflow cancelled?); the Vertex job was cancelled (it was ${current.state})`
      );
    } catch (error) {
      warning(
        `kfp-action post: could not cancel ${job.name}: ${describeError(error).message}`
      );
    } finally {
      await clients?.close();
    }
  }
}

// src/post.ts
await runPost(process.env);
