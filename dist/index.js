import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/index.ts
import { enableCompileCache } from "node:module";
try {
  enableCompileCache();
} catch {
}
var { run } = await import("./chunks/main-2ZSZA2SE.js");
await run();
