import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale.ts";

const SHARED = join(import.meta.dirname, "..", "..");
const MESSAGES = join(SHARED, "messages");
const COMPILED = join(import.meta.dirname, "paraglide");

type Catalogue = Record<string, unknown>;
const read = (locale: string, area: string): Catalogue =>
  JSON.parse(readFileSync(join(MESSAGES, locale, area), "utf8")) as Catalogue;
const areas = readdirSync(join(MESSAGES, "en")).filter((f) => f.endsWith(".json"));

/** `{name}` placeholders a message uses, in any of its plural variants. */
function placeholders(message: unknown): string[] {
  const text = JSON.stringify(message);
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? ""))].sort();
}

describe("the message catalogues", () => {
  it("lists every area file in the inlang project", () => {
    const settings = JSON.parse(
      readFileSync(join(SHARED, "project.inlang", "settings.json"), "utf8"),
    ) as { "plugin.inlang.messageFormat": { pathPattern: string[] } };
    const listed = settings["plugin.inlang.messageFormat"].pathPattern.map((p) =>
      p.replace("./messages/{locale}/", ""),
    );
    expect([...listed].sort()).toEqual([...areas].sort());
  });

  it.each(areas)("%s says the same things in every language", (area) => {
    const en = read("en", area);
    for (const locale of LOCALES) {
      const other = read(locale, area);
      expect(Object.keys(other).sort(), `${locale}/${area}`).toEqual(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en)) {
        expect(placeholders(other[key]), `${locale}/${area} ${key}`).toEqual(placeholders(message));
      }
    }
  });

  it("is compiled: the committed Paraglide output is what `pnpm i18n` makes of them", () => {
    const out = mkdtempSync(join(tmpdir(), "bulbcheck-i18n-"));
    try {
      execFileSync("pnpm", ["exec", "paraglide-js", "compile", ...compileArgs(out)], {
        cwd: SHARED,
        stdio: "pipe",
      });
      const files = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".js") || f.endsWith(".ts"))
          .sort();
      expect(files(COMPILED)).toEqual(files(out));
      for (const file of files(out)) {
        expect(readFileSync(join(COMPILED, file), "utf8"), `${file}: run pnpm i18n`).toBe(
          readFileSync(join(out, file), "utf8"),
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

/** The arguments of the package's `i18n` script, with another output folder. */
function compileArgs(outdir: string): string[] {
  const pkg = JSON.parse(readFileSync(join(SHARED, "package.json"), "utf8")) as {
    scripts: { i18n: string };
  };
  const args = pkg.scripts.i18n.split(/\s+/).slice(2);
  const at = args.indexOf("--outdir");
  args[at + 1] = outdir;
  return args;
}
