import { afterEach, describe, expect, it } from "vitest";
import { appUrl, uploadMaxBytes } from "./config";

const saved = { SITE_URL: process.env.SITE_URL, PORT: process.env.PORT, AUTH_URL: process.env.AUTH_URL };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("the public address", () => {
  it("is SITE_URL, without a trailing slash, whatever AUTH_URL says", () => {
    process.env.SITE_URL = "https://reseau.example.org/";
    process.env.AUTH_URL = "http://autre.example.org/api/auth";
    expect(appUrl()).toBe("https://reseau.example.org");
  });

  it("defaults to http://localhost:$PORT", () => {
    delete process.env.SITE_URL;
    process.env.PORT = "3201";
    expect(appUrl()).toBe("http://localhost:3201");
  });
});

describe("the upload limit", () => {
  afterEach(() => {
    delete process.env.UPLOAD_MAX_BYTES;
  });

  it("is 100 Mo unless UPLOAD_MAX_BYTES says otherwise", () => {
    expect(uploadMaxBytes()).toBe(100_000_000);
    process.env.UPLOAD_MAX_BYTES = "31457280";
    expect(uploadMaxBytes()).toBe(30 * 1024 * 1024);
  });

  it("refuses a limit that is not a positive whole number of bytes", () => {
    for (const value of ["0", "-5", "10 Mo", "1.5"]) {
      process.env.UPLOAD_MAX_BYTES = value;
      expect(() => uploadMaxBytes(), value).toThrow(/UPLOAD_MAX_BYTES/);
    }
  });
});
