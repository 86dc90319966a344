import { describe, expect, it } from "vitest";
import { csvFromForm, keepCsv, keptCsv, secretsFile } from "../src/lib/server/fleet-import-form.ts";

/** The import form without a browser: what it reads, what it keeps, the secrets file it makes. */

const formWith = (entries: Record<string, string | File>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(entries)) form.set(name, value);
  return form;
};

describe("csvFromForm", () => {
  it("takes a chosen file before pasted text, without Excel's byte order mark", async () => {
    const file = new File(["\uFEFFkind,id\nsite,a\n"], "fleet.csv", { type: "text/csv" });
    expect(await csvFromForm(formWith({ file, text: "pasted" }))).toEqual({
      text: "kind,id\nsite,a\n",
      name: "fleet.csv",
    });
    const empty = new File([], "", { type: "application/octet-stream" });
    expect(await csvFromForm(formWith({ file: empty, text: "kind,id" }))).toEqual({
      text: "kind,id",
      name: null,
    });
  });

  it("says how to save a file that is not UTF-8, and asks for one when there is none", async () => {
    // "Bodø" as Windows-1252, the way an older Excel saves CSV.
    const latin = new File([new Uint8Array([0x42, 0x6f, 0x64, 0xf8])], "old.csv");
    const refused = await csvFromForm(formWith({ file: latin }));
    expect(refused).toEqual({
      error: expect.stringMatching(/^old\.csv is not UTF-8 text.*CSV UTF-8/),
    });
    expect(await csvFromForm(formWith({ text: "  \n" }))).toEqual({
      error: "Choose a CSV file, or paste its text.",
    });
  });
});

describe("the previewed text", () => {
  it("comes back byte for byte, line breaks inside quotes and all", () => {
    const text = 'kind,id,address\nsite,a,"Torget 1\n5014 Bergen"\r\nsite,b,Ærøgade ✓\n';
    expect(keptCsv(formWith({ csv: keepCsv(text) }))).toBe(text);
    expect(keptCsv(formWith({}))).toBeNull();
  });
});

describe("secretsFile", () => {
  it("is a CSV of the contract's columns as a data: URL named for the day", () => {
    const file = secretsFile(
      [
        { device: "a-sensor", site: "a", secret: "-Abc_123", host: "mqtt.example", port: 8883 },
        { device: "b-pad", site: "b", secret: "x,y", host: null, port: null },
      ],
      new Date("2026-03-04T10:00:00Z"),
    );
    expect(file.name).toBe("bulbcheck-device-secrets-2026-03-04.csv");
    expect(file.count).toBe(2);
    expect(file.hostUnknown).toBe(true);
    const prefix = "data:text/csv;charset=utf-8,";
    expect(file.href.startsWith(prefix)).toBe(true);
    expect(decodeURIComponent(file.href.slice(prefix.length))).toBe(
      'device,site,secret,host,port\r\na-sensor,a,-Abc_123,mqtt.example,8883\r\nb-pad,b,"x,y",,\r\n',
    );
  });
});
