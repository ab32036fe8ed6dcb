import { describe, expect, it } from "vitest";
import { contentDisposition, dispositionType, httpDate, isNotModified, rangeStillApplies } from "./http";

const CHANGED = new Date("2026-03-05T10:20:30.456Z");
const ETAG = '"abc"';

describe("dispositionType", () => {
  it("opens a PDF in the browser unless asked to download it or it carries JavaScript", () => {
    expect(dispositionType({ hasJavascript: false }, new URLSearchParams())).toBe("inline");
    expect(dispositionType({ hasJavascript: false }, new URLSearchParams("telechargement"))).toBe("attachment");
    expect(dispositionType({ hasJavascript: true }, new URLSearchParams())).toBe("attachment");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII name and the exact UTF-8 name", () => {
    expect(contentDisposition("inline", "synthèse \"finale\" 100%.pdf")).toBe(`inline; filename="synthese _finale_ 100_.pdf"; filename*=UTF-8''synth%C3%A8se%20%22finale%22%20100%25.pdf`);
    expect(contentDisposition("attachment", "l'état (2017).pdf")).toBe(`attachment; filename="l'etat (2017).pdf"; filename*=UTF-8''l%27%C3%A9tat%20%282017%29.pdf`);
  });
});

describe("isNotModified", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("compares ETags, If-None-Match winning over If-Modified-Since", () => {
    expect(isNotModified(headers({ "if-none-match": `W/"x", ${ETAG}` }), ETAG, CHANGED)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": '"old"', "if-modified-since": httpDate(CHANGED) }), ETAG, CHANGED)).toBe(false);
  });

  it("compares dates to the second", () => {
    expect(isNotModified(headers({ "if-modified-since": httpDate(CHANGED) }), ETAG, CHANGED)).toBe(true);
    expect(isNotModified(headers({ "if-modified-since": new Date(CHANGED.getTime() - 1000).toUTCString() }), ETAG, CHANGED)).toBe(false);
    expect(isNotModified(headers({ "if-modified-since": "hier" }), ETAG, CHANGED)).toBe(false);
    expect(isNotModified(headers({}), ETAG, CHANGED)).toBe(false);
  });
});

describe("rangeStillApplies", () => {
  it("accepts the current ETag or date only", () => {
    expect(rangeStillApplies(null, ETAG, CHANGED)).toBe(true);
    expect(rangeStillApplies(ETAG, ETAG, CHANGED)).toBe(true);
    expect(rangeStillApplies("Thu, 05 Mar 2026 10:20:30 GMT", ETAG, CHANGED)).toBe(true);
    expect(rangeStillApplies('"old"', ETAG, CHANGED)).toBe(false);
  });
});
