import { describe, it, expect } from "vitest";
import { parseRange } from "./range";

const SIZE = 1000;

describe("parseRange", () => {
  it("reads a closed range", () => {
    expect(parseRange("bytes=0-99", SIZE)).toEqual({ kind: "partial", start: 0, end: 99 });
  });

  it("reads an open range up to the end of the file", () => {
    expect(parseRange("bytes=100-", SIZE)).toEqual({ kind: "partial", start: 100, end: 999 });
  });

  it("reads a suffix range as the last bytes", () => {
    expect(parseRange("bytes=-50", SIZE)).toEqual({ kind: "partial", start: 950, end: 999 });
  });

  it("clamps a suffix longer than the file and an end past it", () => {
    expect(parseRange("bytes=-5000", SIZE)).toEqual({ kind: "partial", start: 0, end: 999 });
    expect(parseRange("bytes=900-5000", SIZE)).toEqual({ kind: "partial", start: 900, end: 999 });
  });

  it("refuses a range starting past the end of the file", () => {
    expect(parseRange("bytes=1000-", SIZE)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=99999-100000", SIZE)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", SIZE)).toEqual({ kind: "unsatisfiable" });
  });

  it("serves the whole file for absent, malformed or multiple ranges", () => {
    for (const header of [null, "", "garbage", "bytes=", "bytes=-", "bytes=abc-def", "items=0-9", "bytes=50-10", "bytes=0-9,20-29"]) {
      expect(parseRange(header, SIZE), String(header)).toEqual({ kind: "full" });
    }
  });
});
