// `kfp-action <command> …` — the CLI face of the same commands the action runs.
//
// This entry only checks the Node.js version, then loads the real CLI. It must stay loadable by
// any Node that runs ES modules with top-level await (14.8+: no newer syntax or API, no static
// imports), so that an old Node prints one line instead of a SyntaxError. The required major is
// package.json's `engines.node` (test/process/cli-conventions.test.ts holds the two together).
const REQUIRED_MAJOR = 22;

const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  process.stderr.write(
    `kfp-action needs Node.js ${REQUIRED_MAJOR} or newer; this is Node.js ${process.versions.node} (${process.execPath}).\n`,
  );
  process.exitCode = 2;
} else {
  // Node's on-disk compile cache (Node 22.1+): later runs reuse V8's code for our modules instead
  // of compiling them again (~10 ms of a small `validate`). It lives in NODE_COMPILE_CACHE when
  // set, else under the OS temp folder; it must be on before the CLI's modules load.
  const { enableCompileCache } = await import('node:module');
  try {
    enableCompileCache?.();
  } catch {
    // A cache that cannot be used only costs speed.
  }
  const { runCli } = await import('./cli-main.js');
  process.exitCode = await runCli(process.argv.slice(2), process.cwd(), process.env);
}
