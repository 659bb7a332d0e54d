import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/adapters/git/git.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
function runGit(cwd, args) {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : 127 : 0;
        resolve({ code, stdout, stderr: stderr || (error && code === 127 ? error.message : "") });
      }
    );
  });
}
var GitCli = class _GitCli {
  constructor(root, logger) {
    this.root = root;
    this.logger = logger;
  }
  root;
  logger;
  /** Opens the repository that contains `dir`; a UserError when there is none. */
  static async open(dir, logger) {
    const top = await runGit(dir, ["rev-parse", "--show-toplevel"]);
    if (top.code !== 0) {
      throw new UserError(
        `${dir} is not inside a git repository (git said: ${top.stderr.trim() || `exit ${top.code}`}); check needs the repository checked out with actions/checkout`,
        [{ code: "check/not-a-git-repository", severity: "error", message: top.stderr.trim() }]
      );
    }
    return new _GitCli(top.stdout.trim(), logger);
  }
  git(args) {
    this.logger.debug(`git ${args.join(" ")}`);
    return runGit(this.root, args);
  }
  async must(args, what) {
    const r = await this.git(args);
    if (r.code !== 0) {
      throw new UserError(`git could not ${what}: ${r.stderr.trim() || `exit ${r.code}`}`, [
        {
          code: "check/git-failed",
          severity: "error",
          message: `git ${args.join(" ")}: ${r.stderr.trim()}`
        }
      ]);
    }
    return r.stdout;
  }
  async tryResolveCommit(revision) {
    const r = await this.git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : void 0;
  }
  async tryEnsureCommit(sha) {
    if (await this.tryResolveCommit(sha)) return true;
    this.logger.info(
      `fetching ${sha} (not in the clone; checkout with fetch-depth: 0 avoids this)`
    );
    const r = await this.git(["fetch", "--no-tags", "--depth=1", "origin", sha]);
    if (r.code !== 0) this.logger.warning(`git fetch ${sha} failed: ${r.stderr.trim()}`);
    return await this.tryResolveCommit(sha) !== void 0;
  }
  async changedFiles(base, head) {
    const out = await this.must(
      ["-c", "core.quotePath=false", "diff", "--name-only", "--no-renames", "-z", base, head, "--"],
      `list the files changed between ${base} and ${head}`
    );
    return out.split("\0").filter((f) => f !== "");
  }
  async withWorktree(commit, fn) {
    const parent = mkdtempSync(path.join(tmpdir(), "kfp-action-base-"));
    const dir = path.join(parent, "base");
    await this.must(
      ["worktree", "add", "--detach", "--force", dir, commit],
      `check out ${commit} into a worktree`
    );
    try {
      return await fn(dir);
    } finally {
      const removed = await this.git(["worktree", "remove", "--force", dir]);
      if (removed.code !== 0)
        this.logger.warning(`git worktree remove ${dir}: ${removed.stderr.trim()}`);
      rmSync(parent, { recursive: true, force: true });
      await this.git(["worktree", "prune"]);
    }
  }
};
async function tryListRepositoryFiles(dir) {
  const r = await runGit(dir, [
    "-c",
    "core.quotePath=false",
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard"
  ]);
  if (r.code !== 0) return void 0;
  return [...new Set(r.stdout.split("\0").filter((f) => f !== ""))];
}

export {
  GitCli,
  tryListRepositoryFiles
};
