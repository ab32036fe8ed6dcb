import { describe, it, expect, vi, afterEach } from "vitest";
import { freshDatabase } from "@/tests/db";
import { deliverEmailsJob } from "./delivery-job";

afterEach(() => vi.unstubAllEnvs());

describe("the courriels job", () => {
  it("says that e-mails stay in the outbox when no SMTP server is configured", async () => {
    vi.stubEnv("SMTP_URL", "");
    expect(await deliverEmailsJob(freshDatabase(), new Date())).toEqual({
      summary: "Aucun serveur SMTP configuré (SMTP_URL) : les courriels restent dans la boîte d'envoi.",
      idle: true,
    });
  });
});
