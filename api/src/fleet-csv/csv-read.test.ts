import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsv } from "./csv-read.ts";

const cells = (text: string) => readCsv(text).records.map((r) => r.cells);

describe("readCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)", () => {
    const text =
      'id,name\r\nlobby,"Lobby, ground floor"\r\nsign,"The ""Exit"" sign"\r\nnote,"two\r\nlines"\r\n';
    expect(cells(text)).toEqual([
      ["id", "name"],
      ["lobby", "Lobby, ground floor"],
      ["sign", 'The "Exit" sign'],
      ["note", "two\r\nlines"],
    ]);
  });

  it("counts lines as an editor does: a record spanning lines starts where it starts", () => {
    const text = 'id,name\n"a","one\ntwo\nthree"\nb,x\r\nc,y';
    expect(readCsv(text).records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it("takes off a BOM and reads LF, CRLF and a last line without a break alike", () => {
    expect(cells("\uFEFFid,name\nx,y")).toEqual([
      ["id", "name"],
      ["x", "y"],
    ]);
    expect(cells("id,name\r\nx,y\r\n")).toEqual(cells("id,name\nx,y"));
  });

  it("keeps empty cells, a trailing one too", () => {
    expect(cells('a,,"",\n')).toEqual([["a", "", "", ""]]);
  });

  it("uses ; or a tab when the header does (Nordic Excel, cells pasted from a sheet)", () => {
    expect(readCsv("id;name;hours\nx;Lobby, north;mon 07:00-22:00").records[1]?.cells).toEqual([
      "x",
      "Lobby, north",
      "mon 07:00-22:00",
    ]);
    expect(readCsv("id\tname\nx\ty").delimiter).toBe("\t");
    // A comma inside the header's quotes is no delimiter.
    expect(detectDelimiter('"a,b";c;d\n1,2,3,4,5')).toBe(";");
    expect(detectDelimiter("id")).toBe(",");
  });

  it("keeps a stray quote as text and says where a quote is never closed", () => {
    expect(cells('id,name\nx,5" lamp\n')[1]).toEqual(["x", '5" lamp']);
    const open = readCsv('id,name\nx,"no end\ny,z\n');
    expect(open.unclosedQuoteAt).toBe(2);
    expect(readCsv("id\nx").unclosedQuoteAt).toBeNull();
  });
});
