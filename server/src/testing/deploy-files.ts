import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Readers of the service files in deploy/ and of the Dockerfile, for the tests that hold them to
 * the release and to the settings schemas (deploy-files.test.ts, release.test.ts). They read
 * what these files use, not every form their formats allow.
 */

/** How the image's build makes the release, in its order: what release.test.ts runs too. */
export const RELEASE_BUILD: readonly (readonly string[])[] = [
  ["pnpm", "install", "--frozen-lockfile"],
  ["pnpm", "release", "--out"],
];

export interface DockerInstruction {
  /** Upper case: FROM, RUN, ENV, ... */
  keyword: string;
  /** The rest of the instruction, continuation lines joined. */
  args: string;
}

/** A Dockerfile's stages, each the instructions from its FROM on. */
export function readDockerfile(file: string): DockerInstruction[][] {
  const joined = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ");
  const stages: DockerInstruction[][] = [];
  for (const line of joined.split("\n")) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const instruction = {
      keyword: (match[1] as string).toUpperCase(),
      args: (match[2] as string).replace(/\s+/g, " ").trim(),
    };
    if (instruction.keyword === "FROM") stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** `ENV A=1 B=2` instructions of a stage as one record. */
export function dockerEnv(stage: DockerInstruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of stage.filter((i) => i.keyword === "ENV"))
    for (const pair of args.split(" ")) {
      const at = pair.indexOf("=");
      env[pair.slice(0, at)] = pair.slice(at + 1);
    }
  return env;
}

/**
 * Whether `.dockerignore`'s patterns leave `file` (a path from the context's root) out of the
 * build context: patterns are anchored at the root, `*` within a name, `**` any names; a pattern
 * that names a folder leaves out what is in it.
 */
export function dockerIgnores(patterns: readonly string[], file: string): boolean {
  return patterns.some((pattern) => {
    const source = pattern
      .split("/")
      .map((part) =>
        part === "**"
          ? "(?:[^/]+/)*"
          : `${part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}/`,
      )
      .join("");
    return new RegExp(`^${source}`).test(`${file}/`);
  });
}

export function readDockerignore(root: string): string[] {
  return readFileSync(join(root, ".dockerignore"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The files of the checkout at `root` that git has, tracked or new, minus the ignored. */
export function checkoutFiles(root: string): string[] {
  return execFileSync(
    "git",
    ["-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  )
    .split("\0")
    .filter((file) => file.length > 0);
}

/** A systemd unit's settings: section -> key -> every value it is given, in order. */
export function readUnit(file: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let section: Map<string, string[]> | undefined;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = new Map();
      sections.set(header[1] as string, section);
      continue;
    }
    const at = line.indexOf("=");
    if (!section || at === -1) throw new Error(`${file}: not a setting: ${line}`);
    const key = line.slice(0, at).trim();
    section.set(key, [...(section.get(key) ?? []), line.slice(at + 1).trim()]);
  }
  return sections;
}

export interface EnvExample {
  name: string;
  value: string;
  /** false for a commented example (`#NAME=value`). */
  active: boolean;
}

/** The settings an example environment file names, set or commented out. */
export function readEnvExample(file: string): EnvExample[] {
  const settings: EnvExample[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^(#?)([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    const raw = match[3] as string;
    const quoted = /^"(.*)"$/.exec(raw);
    settings.push({
      name: match[2] as string,
      value: quoted ? (quoted[1] as string) : raw,
      active: match[1] === "",
    });
  }
  return settings;
}
