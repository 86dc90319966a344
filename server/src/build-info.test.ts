import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkoutCommit, packageVersion, readBuildInfo } from "./build-info.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));

function git(...args: string[]): string | undefined {
  try {
    return execFileSync("git", ["-C", HERE, ...args], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

describe("build info of the sources", () => {
  // A fresh clone has git; a copy of the files without .git (the release test's) has none.
  const head = git("rev-parse", "--short=12", "HEAD");

  it.runIf(head !== undefined)("is the checkout's commit, marked when it has changes", () => {
    const commit = checkoutCommit(HERE);
    expect(commit).toMatch(/^[0-9a-f]{12}(-dirty)?$/);
    expect(commit?.slice(0, 12)).toBe(head);
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    expect(commit?.endsWith("-dirty")).toBe(dirty);
  });

  it("is the package's version, and git's commit or dev (no build beside the source)", () => {
    const info = readBuildInfo();
    expect(info.version).toBe(packageVersion());
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.commit).toBe(head === undefined ? "dev" : checkoutCommit(HERE));
    expect(info.builtAt).toBeUndefined();
  });

  it("has no commit outside a repository", () => {
    expect(checkoutCommit("/")).toBeUndefined();
  });
});
