import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMIN_TOKEN, apiClient, WAIT_MS } from "@bulbcheck/api/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkoutCommit, packageVersion } from "./build-info.ts";
import { Child, freePort, waitForHealth } from "./testing/child-system.ts";
import {
  checkoutFiles,
  dockerIgnores,
  RELEASE_BUILD,
  readDockerfile,
  readDockerignore,
  readUnit,
} from "./testing/deploy-files.ts";

/**
 * The release as an operator gets it: `pnpm release` (the script the Dockerfile's build runs)
 * in a copy of this checkout (the files git has, tracked or new, as a clone has them: no build of
 * this checkout is touched, and the dashboard tests' build is not raced), its tarball unpacked
 * outside any workspace, then started with Node.js alone (`node bin/bulbcheck serve`, a bare
 * PATH), settings from an environment file and the environment. One release per run, shared by
 * the tests below; building it (tsc, vite, pnpm deploy) takes minutes on a busy machine.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Install, build and pack on a busy two-core machine; only a hung step waits this long. */
const BUILD_TIMEOUT_MS = 30 * 60_000;
const COMMIT = checkoutCommit(ROOT) ?? "unknown";
const VERSION = packageVersion();
/** What a release must not hold: the tools that build and test it. */
const BUILD_TOOLS = /^(tsx|typescript|vite|vitest|esbuild|svelte|svelte-check|@sveltejs\+.*)@/;

let work: string;
let release: string;
const children: Child[] = [];

/** Runs a command to its end, without blocking this test's process (it takes minutes). */
async function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<void> {
  const child = new Child(
    `${command} ${args[0]}`,
    spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const status = await child.exited;
  if (status.code !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed (${JSON.stringify(status)})\n${child.output()}`,
    );
}

/**
 * The files of this checkout that git has, tracked or not yet (minus the ignored), into `to`,
 * but for what the image's build leaves out (.dockerignore): the image's build context.
 */
function copyCheckout(to: string): void {
  const ignore = readDockerignore(ROOT);
  for (const file of checkoutFiles(ROOT).filter((file) => !dockerIgnores(ignore, file))) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(to, file));
    } catch (error) {
      // Deleted in the working tree, not yet in git: a clone of the change would not have it.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "bulbcheck-release-"));
  const checkout = join(work, "checkout");
  copyCheckout(checkout);
  // The image's build commands (Dockerfile), with the commit as its build argument gives it.
  const [install, make] = RELEASE_BUILD as [string[], string[]];
  await run(install[0] as string, install.slice(1), checkout);
  await run(make[0] as string, [...make.slice(1), join(work, "out")], checkout, {
    BULBCHECK_COMMIT: COMMIT,
  });
  const tarball = readdirSync(join(work, "out")).find((name) => name.endsWith(".tar.gz"));
  if (!tarball) throw new Error("pnpm release made no tarball");
  // Unpacked away from the checkout and any node_modules above it: only the release resolves.
  const installed = join(work, "installed");
  mkdirSync(installed);
  await run("tar", ["-xzf", join(work, "out", tarball), "-C", installed], work);
  release = join(installed, `bulbcheck-${VERSION}`);
  rmSync(checkout, { recursive: true, force: true });
}, BUILD_TIMEOUT_MS);

afterEach(async () => {
  const running = children.splice(0).filter((child) => child.running);
  for (const child of running) child.kill("SIGKILL");
  await Promise.all(running.map((child) => child.exited));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `node bin/bulbcheck <args>` in the release, with no environment but `env` and a bare PATH. */
function bulbcheck(args: string[], env: Record<string, string>): Child {
  const child = new Child(
    `bulbcheck ${args[0]}`,
    spawn(process.execPath, [join(release, "bin/bulbcheck"), ...args], {
      cwd: work,
      // Node.js and the basic tools; no pnpm, no node_modules/.bin, no NODE_OPTIONS.
      env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: work, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  children.push(child);
  return child;
}

describe("the release", { timeout: 4 * WAIT_MS + 3 * 90_000 }, () => {
  it("holds compiled code and production dependencies only", () => {
    const store = readdirSync(join(release, "node_modules/.pnpm"));
    expect(store.filter((name) => BUILD_TOOLS.test(name))).toEqual([]);
    expect(store.some((name) => name.startsWith("better-sqlite3@"))).toBe(true);
    const ours = join(release, "node_modules/@bulbcheck");
    for (const pkg of readdirSync(ours)) {
      const files = readdirSync(join(ours, pkg), { recursive: true }) as string[];
      const sources = files.filter((file) => /\.ts$/.test(file) && !file.endsWith(".d.ts"));
      expect(sources, `TypeScript in the release's ${pkg}`).toEqual([]);
    }
    expect(readdirSync(join(release, "node_modules/@bulbcheck/dashboard/build"))).toContain(
      "handler.js",
    );
    // The workspace's patches (pnpm-workspace.yaml's patchedDependencies) are in the release.
    const workspace = readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8");
    const patched = [...workspace.matchAll(/^ {2}(\S+@[\d.]+): patches\//gm)].map((m) => m[1]);
    for (const dependency of patched)
      expect(
        store.some((name) => name.startsWith(`${dependency}_patch_hash=`)),
        dependency,
      ).toBe(true);
  });

  it("holds what the unit and the image start, and the files to install them", () => {
    const unit = readUnit(join(ROOT, "deploy/bulbcheck.service")).get("Service");
    const [, unitCommand] = (unit?.get("ExecStart")?.at(-1) ?? "").split(" ");
    const entrypoint = readDockerfile(join(ROOT, "Dockerfile"))
      .at(-1)
      ?.find((instruction) => instruction.keyword === "ENTRYPOINT")?.args;
    const imageCommand = (JSON.parse(entrypoint ?? "[]") as string[])[1] ?? "";
    // The unit runs /opt/bulbcheck/current/..., the image /opt/bulbcheck/...: the release's root.
    for (const [command, root] of [
      [unitCommand ?? "", "/opt/bulbcheck/current/"],
      [imageCommand, "/opt/bulbcheck/"],
    ] as const) {
      expect(command.startsWith(root), command).toBe(true);
      expect(statSync(join(release, command.slice(root.length))).isFile(), command).toBe(true);
    }
    expect(unit?.get("WorkingDirectory")).toEqual(["/opt/bulbcheck/current"]);
    for (const file of [
      "deploy/bulbcheck.service",
      "deploy/bulbcheck.env",
      "deploy/backup-offsite.sh",
      "docs/deploy.md",
      "docs/operations.md",
    ])
      expect(readFileSync(join(release, file), "utf8"), file).toBe(
        readFileSync(join(ROOT, file), "utf8"),
      );
    expect(readFileSync(join(release, "CHANGELOG.md"), "utf8")).toContain(`## [${VERSION}]`);
  });

  it("starts with node alone: health with version and commit, the footer, no demo, a graceful stop", async () => {
    const [fileApiPort, apiPort, mqttPort, dashboardPort] = await Promise.all(
      [1, 2, 3, 4].map(() => freePort()),
    );
    const data = join(work, "data");
    const envFile = join(work, "bulbcheck.env");
    writeFileSync(
      envFile,
      [
        "# as /etc/bulbcheck/bulbcheck.env would have them",
        `BULBCHECK_DATA_DIR=${data}`,
        `BULBCHECK_API_PORT=${fileApiPort}`,
        `BULBCHECK_MQTT_PORT=${mqttPort}`,
        "BULBCHECK_WS_PORT=off",
        `BULBCHECK_DASHBOARD_PORT=${dashboardPort}`,
        `BULBCHECK_ADMIN_TOKEN=${ADMIN_TOKEN}`,
        "",
      ].join("\n"),
    );
    // The environment's port wins over the file's.
    const env = { BULBCHECK_ENV_FILE: envFile, BULBCHECK_API_PORT: String(apiPort) };
    const apiUrl = `http://127.0.0.1:${apiPort}`;

    const server = bulbcheck(["serve"], env);
    await waitForHealth(server, apiUrl);
    const health = await apiClient(apiUrl, ADMIN_TOKEN)<{ version: string; commit: string }>(
      "GET",
      "/api/health",
    );
    expect(health.body).toMatchObject({ status: "ok", version: VERSION, commit: COMMIT });
    const login = await fetch(`http://127.0.0.1:${dashboardPort}/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain(`Bulb Check ${VERSION} · ${COMMIT}`);

    const check = bulbcheck(["health"], env);
    expect(await check.exited, check.output()).toEqual({ code: 0, signal: null });
    expect(check.output()).toContain(`200 ok (${VERSION} ${COMMIT})`);

    expect(await server.stop("SIGTERM", WAIT_MS), server.output()).toEqual({
      code: 0,
      signal: null,
    });
    expect(server.output()).toMatch(/\bstopped$/m);
    // A graceful exit means the start had finished (the demo chain's start included, were there
    // one): what is in the data now is all the production start made. It made no sites.
    const again = bulbcheck(["serve", "--env-file", envFile], {
      BULBCHECK_API_PORT: String(apiPort),
    });
    await waitForHealth(again, apiUrl);
    const sites = await apiClient(apiUrl, ADMIN_TOKEN)<{ items: unknown[] }>("GET", "/api/sites");
    expect(sites.status).toBe(200);
    expect(sites.body.items, "a production start makes no demo sites").toEqual([]);
    expect(server.output()).not.toMatch(/Demo fleet/);
    expect(await again.stop("SIGTERM", WAIT_MS), again.output()).toEqual({ code: 0, signal: null });
    // Down, it answers no more: the health check says so.
    const down = bulbcheck(["health"], env);
    expect((await down.exited).code).toBe(1);
  });

  it("says its version and commit", async () => {
    const version = bulbcheck(["version"], {});
    expect(await version.exited).toEqual({ code: 0, signal: null });
    expect(version.output()).toContain(`bulbcheck ${VERSION} (${COMMIT}, built `);
  });
});
