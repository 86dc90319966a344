import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { systemSettingsSchema } from "@bulbcheck/api";
import { brokerSettingsSchema } from "@bulbcheck/broker";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { serverSettingsSchema } from "./config.ts";
import {
  checkoutFiles,
  dockerEnv,
  dockerIgnores,
  RELEASE_BUILD,
  readDockerfile,
  readDockerignore,
  readEnvExample,
  readUnit,
} from "./testing/deploy-files.ts";

/**
 * What can be checked here of the service files that only a systemd machine or Docker runs
 * (neither runs in CI): the unit as `systemd-analyze` reads it (where it is installed), the
 * settings every file names against the schemas the server reads, and the image's build and
 * start against the release's commands. release.test.ts checks the paths inside a release.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UNIT_FILE = join(ROOT, "deploy/bulbcheck.service");
const ENV_FILE = join(ROOT, "deploy/bulbcheck.env");
const rootPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  packageManager: string;
  scripts: Record<string, string>;
};

const SETTINGS = {
  ...systemSettingsSchema.shape,
  ...brokerSettingsSchema.shape,
  ...serverSettingsSchema.shape,
} as Record<string, z.ZodType>;
/** Read by the dashboard's own server (SvelteKit adapter-node), not by a Bulb Check schema. */
const ADAPTER_NODE_SETTINGS = ["ADDRESS_HEADER", "XFF_DEPTH"];
/** Where the unit and the image put the release; the command is in it at bin/bulbcheck. */
const UNIT_RELEASE = "/opt/bulbcheck/current";
const IMAGE_RELEASE = "/opt/bulbcheck";

const temp = mkdtempSync(join(tmpdir(), "bulbcheck-deploy-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function systemdAnalyze(): string | undefined {
  const found = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.split("\n")[0] : undefined;
}

describe("deploy/bulbcheck.env", () => {
  const examples = readEnvExample(ENV_FILE);

  it("names every setting the server reads, and none it does not", () => {
    const named = examples.map((example) => example.name);
    expect(Object.keys(SETTINGS).filter((name) => !named.includes(name))).toEqual([]);
    expect(
      named.filter((name) => !(name in SETTINGS) && !ADAPTER_NODE_SETTINGS.includes(name)),
    ).toEqual([]);
  });

  it("gives each a valid example", () => {
    for (const { name, value } of examples) {
      const schema = SETTINGS[name];
      if (!schema) continue;
      const parsed = schema.safeParse(value);
      expect(parsed.success, `${name}=${value}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("reads the same in Node.js, systemd and Compose: plain lines, a value quoted whole", () => {
    const lines = readFileSync(ENV_FILE, "utf8").split("\n");
    const odd = lines.filter(
      (line) =>
        line !== "" &&
        !line.startsWith("#") &&
        !/^[A-Z][A-Z0-9_]*=(?:[^\s"'#\\]*|"[^"\\$`]*")$/.test(line),
    );
    expect(odd).toEqual([]);
    // What is set, not commented out, is what `bulbcheck serve --env-file` applies.
    const active = examples.filter((example) => example.active);
    const env: NodeJS.ProcessEnv = {};
    for (const { name, value } of active) env[name] = value;
    expect(Object.keys(env)).toEqual(["BULBCHECK_MQTT_HOST"]);
  });
});

describe("deploy/bulbcheck.service", () => {
  const unit = readUnit(UNIT_FILE);
  const service = unit.get("Service") ?? new Map<string, string[]>();
  const one = (key: string) => service.get(key)?.at(-1);

  it("runs the release's command as its own user, with its state folder and the env file", () => {
    expect(one("ExecStart")).toBe(`/usr/bin/node ${UNIT_RELEASE}/bin/bulbcheck serve`);
    expect(one("User")).toBe("bulbcheck");
    expect(one("Restart")).toBe("on-failure");
    expect(one("StateDirectory")).toBe("bulbcheck");
    expect(one("EnvironmentFile")).toBe("/etc/bulbcheck/bulbcheck.env");
    const environment = Object.fromEntries(
      (service.get("Environment") ?? []).map((pair) => pair.split("=", 2)),
    );
    expect(environment.BULBCHECK_DATA_DIR).toBe(`/var/lib/${one("StateDirectory")}`);
    for (const name of Object.keys(environment))
      expect(name in SETTINGS || name === "NODE_ENV", name).toBe(true);
    // The env file may not move the data folder out of the one folder the unit may write.
    expect(
      readEnvExample(ENV_FILE).filter((e) => e.active && e.name === "BULBCHECK_DATA_DIR"),
    ).toEqual([]);
    // The server's own stop takes 10 s at most; systemd waits longer before it kills.
    expect(Number(one("TimeoutStopSec"))).toBeGreaterThan(10);
    expect(one("ProtectSystem")).toBe("strict");
    expect(one("NoNewPrivileges")).toBe("yes");
  });

  const analyze = systemdAnalyze();
  it.skipIf(!analyze)(`is a valid unit to ${analyze ?? "systemd-analyze (not installed)"}`, () => {
    // verify wants the ExecStart program to exist: this machine's node stands in where
    // /usr/bin/node is not there.
    let text = readFileSync(UNIT_FILE, "utf8");
    if (!existsSync("/usr/bin/node")) text = text.replace("/usr/bin/node", process.execPath);
    const copy = join(temp, "bulbcheck.service");
    writeFileSync(copy, text);
    const verify = spawnSync("systemd-analyze", ["verify", copy], { encoding: "utf8" });
    expect(verify.status, verify.stderr).toBe(0);
    // Unknown keys and bad values are warnings on stderr, the exit status 0.
    expect(`${verify.stdout}${verify.stderr}`.trim()).toBe("");
  });

  it.skipIf(!analyze)("keeps its exposure to systemd-analyze security at 2.0 or below", () => {
    const copy = join(temp, "bulbcheck.service");
    copyFileSync(UNIT_FILE, copy);
    const security = spawnSync(
      "systemd-analyze",
      ["security", "--offline=true", "--no-pager", copy],
      { encoding: "utf8" },
    );
    const level = /Overall exposure level for \S+: ([\d.]+)/.exec(security.stdout)?.[1];
    expect(level, security.stdout + security.stderr).toBeDefined();
    expect(Number(level), security.stdout).toBeLessThanOrEqual(2);
  });

  if (!analyze)
    console.log("deploy-files.test.ts: systemd-analyze is not installed: the unit is not verified");
});

describe("the image", () => {
  const stages = readDockerfile(join(ROOT, "Dockerfile"));
  const build = stages[0] ?? [];
  const run = stages.at(-1) ?? [];
  const args = (stage: typeof run, keyword: string) =>
    stage.filter((i) => i.keyword === keyword).map((i) => i.args);

  it("builds on Node.js 24 with the workspace's pnpm, by the release script", () => {
    for (const stage of stages) expect(stage[0]?.args).toMatch(/^node:24-/);
    const pnpm = rootPackage.packageManager.replace(/^pnpm@/, "");
    expect(args(build, "RUN")).toContain(`npm install -g pnpm@${pnpm}`);
    // Its RUN lines hold the release test's commands, in their order.
    const runs = args(build, "RUN");
    const at = RELEASE_BUILD.map((command) =>
      runs.findIndex((line) => line.includes(command.join(" "))),
    );
    expect(
      at.every((index) => index >= 0),
      `${runs.join("\n")}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(rootPackage.scripts.release).toBe("node scripts/release.mjs");
  });

  it("runs the release's command as its own user, the data folder a volume, with a health check", () => {
    const user = args(run, "USER").at(-1);
    expect(user).toBeDefined();
    expect(["root", "0"]).not.toContain(user);
    expect(args(run, "ENTRYPOINT")).toEqual([`["node", "${IMAGE_RELEASE}/bin/bulbcheck"]`]);
    expect(args(run, "CMD")).toEqual(['["serve"]']);
    expect(args(run, "HEALTHCHECK").at(-1)).toMatch(
      new RegExp(`CMD \\["node", "${IMAGE_RELEASE}/bin/bulbcheck", "health"\\]$`),
    );
    const env = dockerEnv(run);
    expect(args(run, "VOLUME")).toEqual([env.BULBCHECK_DATA_DIR]);
    for (const name of Object.keys(env))
      expect(name in SETTINGS || name === "NODE_ENV", name).toBe(true);
    // What it exposes is what it listens on by default.
    const defaults = [
      "BULBCHECK_MQTT_PORT",
      "BULBCHECK_WS_PORT",
      "BULBCHECK_API_PORT",
      "BULBCHECK_DASHBOARD_PORT",
    ].map((name) => String(SETTINGS[name]?.parse(undefined)));
    expect(args(run, "EXPOSE").join(" ").split(" ")).toEqual(defaults);
  });

  it("is built from the checkout's sources only: no install, build or data folder", () => {
    const ignore = readDockerignore(ROOT);
    for (const folder of ["node_modules", "data", "api/dist", "dashboard/build", "release", ".git"])
      expect(dockerIgnores(ignore, `${folder}/x`), folder).toBe(true);
    // ... and every file the build needs is in the context.
    const needed = checkoutFiles(ROOT).filter((file) => !file.startsWith("bench/results/"));
    expect(needed.filter((file) => dockerIgnores(ignore, file))).toEqual([]);
  });

  it("is composed with its volume, the env file, and a stop grace beyond the server's 10 s", () => {
    const compose = readFileSync(join(ROOT, "compose.yaml"), "utf8");
    expect(compose).toMatch(/^\s+env_file: deploy\/bulbcheck\.env$/m);
    expect(compose).toMatch(
      new RegExp(`^\\s+- bulbcheck-data:${dockerEnv(run).BULBCHECK_DATA_DIR}$`, "m"),
    );
    expect(compose).toMatch(
      new RegExp(`^\\s+image: bulbcheck:${rootPackage.version.replace(/\./g, "\\.")}$`, "m"),
    );
    const grace = /^\s+stop_grace_period: (\d+)s$/m.exec(compose)?.[1];
    expect(Number(grace)).toBeGreaterThan(10);
    expect(compose).toMatch(/^\s+restart: unless-stopped$/m);
  });
});

describe("deploy/nginx-bulbcheck.conf", () => {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  const openssl = spawnSync("openssl", ["version"]).status === 0;
  if (!nginx || !openssl)
    console.log(
      "deploy-files.test.ts: nginx or openssl is not installed: the proxy example is not checked",
    );

  it.skipIf(!nginx || !openssl)(
    "is a configuration nginx takes, proxying to the default ports",
    () => {
      const dir = join(temp, "nginx");
      mkdirSync(dir);
      const made = spawnSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-days",
          "1",
          "-subj",
          "/CN=bulbcheck.example.com",
          "-keyout",
          join(dir, "privkey.pem"),
          "-out",
          join(dir, "fullchain.pem"),
        ],
        { encoding: "utf8" },
      );
      expect(made.status, made.stderr).toBe(0);
      const site = readFileSync(join(ROOT, "deploy/nginx-bulbcheck.conf"), "utf8");
      for (const name of ["BULBCHECK_API_PORT", "BULBCHECK_DASHBOARD_PORT"])
        expect(site).toContain(`proxy_pass http://127.0.0.1:${SETTINGS[name]?.parse(undefined)};`);
      writeFileSync(join(dir, "site.conf"), site.replaceAll("/etc/ssl/bulbcheck/", `${dir}/`));
      const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((kind) => `${kind}_temp_path ${dir};`)
        .join(" ");
      writeFileSync(
        join(dir, "nginx.conf"),
        `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  ${temps}\n  include ${dir}/site.conf;\n}\n`,
      );
      const check = spawnSync(
        nginx as string,
        ["-t", "-q", "-p", dir, "-c", join(dir, "nginx.conf")],
        {
          encoding: "utf8",
        },
      );
      expect(check.status, check.stderr).toBe(0);
    },
  );
});
