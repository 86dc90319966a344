#!/usr/bin/env node
// `pnpm release [--out DIR] [--no-build]`: a self-contained release folder and its tarball, what
// the Dockerfile's build runs and CI tests (server/src/release.test.ts). The folder holds the
// compiled code (`pnpm build`: tsc's output per package, the dashboard's adapter-node build) and
// the production dependencies only, installed by `pnpm deploy` from the workspace's lockfile;
// `bin/bulbcheck serve` starts it with Node.js alone (no tsx, vite or TypeScript). It is built
// for this machine's platform: better-sqlite3's binary for other platforms is left out.
//
// Layout of <out>/bulbcheck-<version>/:
//   bin/bulbcheck          the command (serve, health, broker, sim, version)
//   dist/                  the composition root, compiled; dist/build-info.json: version, commit
//   node_modules/          production dependencies; @bulbcheck/* as their dist/ (and build/)
//   deploy/, docs/deploy.md, docs/operations.md, README.md, CHANGELOG.md
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(ROOT, "release") },
    "no-build": { type: "boolean", default: false },
  },
});
const OUT = values.out;
/** Packages that are build or test tools: none of them may be in a release. */
const BUILD_TOOLS =
  /^(tsx|typescript|vite|vitest|esbuild|svelte|svelte-check|@sveltejs\+.*|@biomejs\+.*|playwright-core)@/;

function step(text) {
  console.log(`\n== ${text}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal})`);
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** `catalog:` and `workspace:*` as the versions installed beside the package in the release. */
function installedVersion(packageDir, name) {
  for (let dir = packageDir; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return readJson(file).version;
  }
  throw new Error(`${name}, a dependency of ${relative(OUT, packageDir)}, is not installed`);
}

/** A workspace package's manifest as the release has it: what runs, not how it is developed. */
function releaseManifest(manifest, packageDir) {
  const dependencies = Object.fromEntries(
    Object.keys(manifest.dependencies ?? {}).map((name) => [
      name,
      installedVersion(packageDir, name),
    ]),
  );
  return {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description,
    license: manifest.license,
    type: manifest.type,
    ...(manifest.publishConfig?.exports ? { exports: manifest.publishConfig.exports } : {}),
    ...(manifest.bin ? { bin: manifest.bin } : {}),
    ...(manifest.engines ? { engines: manifest.engines } : {}),
    dependencies,
  };
}

/**
 * pnpm deploy hard-links the workspace's own files into the release: copy them, so that the
 * release's manifests can be rewritten without touching the checkout.
 */
function unlinkFromCheckout(dir) {
  const copy = `${dir}.copy`;
  cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
  rmSync(dir, { recursive: true });
  renameSync(copy, dir);
}

function sizeOf(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path)) {
    const inner = sizeOf(join(path, entry));
    bytes += inner.bytes;
    files += inner.files;
  }
  return { bytes, files };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

const startedAt = Date.now();
if (!values["no-build"]) {
  step("pnpm build: every package and the dashboard as plain JavaScript");
  run("pnpm", ["build"]);
}

const buildInfoFile = join(ROOT, "server/dist/build-info.json");
if (!existsSync(buildInfoFile)) throw new Error("no server/dist/build-info.json: run pnpm build");
const { version, commit } = readJson(buildInfoFile);
const rootVersion = readJson(join(ROOT, "package.json")).version;
for (const pkg of ["shared", "broker", "api", "dashboard", "device-sim", "server"]) {
  const theirs = readJson(join(ROOT, pkg, "package.json")).version;
  if (theirs !== rootVersion)
    throw new Error(`${pkg} is at ${theirs}, the workspace at ${rootVersion}: one version for all`);
}
if (version !== rootVersion)
  throw new Error(`the build is of ${version}, the workspace is at ${rootVersion}: build again`);

const name = `bulbcheck-${version}`;
const dir = join(OUT, name);
step(`pnpm deploy: the server package and its production dependencies into ${dir}`);
rmSync(dir, { recursive: true, force: true });
// --legacy: the workspace links its packages (no inject-workspace-packages), which the newer
// deploy refuses; copy: the release shares no file with pnpm's store.
run("pnpm", [
  "--filter",
  "@bulbcheck/server",
  "deploy",
  "--prod",
  "--legacy",
  "--config.package-import-method=copy",
  dir,
]);

step("manifests: the compiled exports, resolved versions, no development fields");
const virtualStore = join(dir, "node_modules/.pnpm");
for (const entry of readdirSync(virtualStore).filter((e) => e.startsWith("@bulbcheck+"))) {
  const scope = join(virtualStore, entry, "node_modules/@bulbcheck");
  for (const pkg of readdirSync(scope)) {
    const packageDir = join(scope, pkg);
    if (lstatSync(packageDir).isSymbolicLink()) continue;
    unlinkFromCheckout(packageDir);
    const manifest = readJson(join(packageDir, "package.json"));
    if (!existsSync(join(packageDir, "dist")))
      throw new Error(`${manifest.name} has no dist/ in the release: run pnpm build`);
    const rewritten = releaseManifest(manifest, packageDir);
    writeFileSync(join(packageDir, "package.json"), `${JSON.stringify(rewritten, null, 2)}\n`);
  }
}
const serverManifest = readJson(join(ROOT, "server/package.json"));
writeFileSync(
  join(dir, "package.json"),
  `${JSON.stringify(
    {
      ...releaseManifest(
        {
          ...serverManifest,
          name: "bulbcheck",
          description: readJson(join(ROOT, "package.json")).description,
          license: readJson(join(ROOT, "package.json")).license,
          engines: readJson(join(ROOT, "package.json")).engines,
        },
        dir,
      ),
      private: true,
    },
    null,
    2,
  )}\n`,
);

step("better-sqlite3: only this platform's prebuilt binary (Node-API: any Node.js 22.12+)");
for (const entry of readdirSync(virtualStore).filter((e) => e.startsWith("better-sqlite3@"))) {
  const pkg = join(virtualStore, entry, "node_modules/better-sqlite3");
  // Its C++ and SQLite sources compile a binary where none is prebuilt; a release has one.
  rmSync(join(pkg, "deps"), { recursive: true, force: true });
  rmSync(join(pkg, "src"), { recursive: true, force: true });
  rmSync(join(pkg, "build"), { recursive: true, force: true });
  const keep = new Set([`${process.platform}-${process.arch}`, `linuxmusl-${process.arch}`]);
  for (const file of readdirSync(join(pkg, "prebuilds")))
    if (!keep.has(file.replace(/\.node$/, ""))) rmSync(join(pkg, "prebuilds", file));
  if (!existsSync(join(pkg, "prebuilds", `${process.platform}-${process.arch}.node`)))
    throw new Error(
      `better-sqlite3 has no prebuilt binary for ${process.platform}-${process.arch}`,
    );
}

step("no build or test tool in the release");
const tools = readdirSync(virtualStore).filter((entry) => BUILD_TOOLS.test(entry));
if (tools.length > 0) throw new Error(`the release holds build tools: ${tools.join(", ")}`);
if (!existsSync(join(dir, "node_modules/@bulbcheck/dashboard/build/handler.js")))
  throw new Error("the release has no dashboard build");

step("docs and service files");
for (const file of ["README.md", "CHANGELOG.md"]) cpSync(join(ROOT, file), join(dir, file));
cpSync(join(ROOT, "docs/deploy.md"), join(dir, "docs/deploy.md"));
cpSync(join(ROOT, "docs/operations.md"), join(dir, "docs/operations.md"));
cpSync(join(ROOT, "deploy"), join(dir, "deploy"), { recursive: true });

const tarball = join(OUT, `${name}-${process.platform}-${process.arch}.tar.gz`);
step(`tarball: ${tarball}`);
rmSync(tarball, { force: true });
run("tar", ["-czf", tarball, "-C", OUT, name]);

const folder = sizeOf(dir);
console.log(
  `\nrelease ${version} (${commit}): ${dir}\n` +
    `  folder  ${mb(folder.bytes)} in ${folder.files} files\n` +
    `  tarball ${mb(statSync(tarball).size)}  ${tarball}\n` +
    `  made in ${Math.round((Date.now() - startedAt) / 1000)} s; start it: ${join(dir, "bin/bulbcheck")} serve`,
);
