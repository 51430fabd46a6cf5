/**
 * A throw-away copy of this repository for tests that run its release scripts: every file git would commit (tracked
 * or new, not ignored, as they are in the working tree), node_modules linked rather than copied, and a git
 * repository of its own with one commit, so that `git status` is clean and nothing reaches the real repository.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** The git identity the copy commits with (never the user's). */
export const SCRATCH_GIT_ENV = {
  GIT_AUTHOR_NAME: "release test",
  GIT_AUTHOR_EMAIL: "release-test@example.invalid",
  GIT_COMMITTER_NAME: "release test",
  GIT_COMMITTER_EMAIL: "release-test@example.invalid",
};

/** Runs git in the copy; its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...SCRATCH_GIT_ENV }, stdio: "pipe" });
}

/** Copies the project into a new temporary folder and commits it there; remove the folder when done. */
export function copyProject(label: string): string {
  const work = mkdtempSync(join(tmpdir(), `vur-${label}-`));
  try {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(work, file)), { recursive: true });
      // A file deleted in the working tree but still in the index is simply left out.
      try {
        cpSync(join(ROOT, file), join(work, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
    symlinkSync(resolve(ROOT, "node_modules"), join(work, "node_modules"), "dir");
    git(work, "init", "-q", "-b", "main");
    // `node_modules/` in .gitignore matches folders only, and the link is a file to git.
    appendFileSync(join(work, ".git", "info", "exclude"), "node_modules\n");
    git(work, "add", "-A");
    git(work, "commit", "-q", "-m", "scratch copy");
    return work;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
