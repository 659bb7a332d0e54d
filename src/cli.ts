// `kfp-action <command> …` — the CLI face of the same commands the action runs.
import { runCli } from './cli-main.js';

process.exitCode = await runCli(process.argv.slice(2), process.cwd(), process.env);
