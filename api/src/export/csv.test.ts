import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv.ts";

describe("CSV fields", () => {
  it("leaves plain text, numbers and empties as they are", () => {
    expect(csvLine(["hotel-oslo", 42, -3.5, true, null, ""])).toBe("hotel-oslo,42,-3.5,true,,\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField('Lobby, "north"')).toBe('"Lobby, ""north"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+47 22 00 00 00")).toBe("'+47 22 00 00 00");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe("-1");
  });

  it("keeps Nordic letters and other text as given", () => {
    expect(csvField("Trondheim Sør, 2. etasje")).toBe('"Trondheim Sør, 2. etasje"');
    expect(csvField("Åre")).toBe("Åre");
  });
});
