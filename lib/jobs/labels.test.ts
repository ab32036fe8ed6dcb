import { describe, it, expect } from "vitest";
import { countReport, DAY, MINUTE, SECOND } from "./definition";
import { describeInterval, describeNextRun, formatRunDuration } from "./labels";

describe("job labels", () => {
  it("say how often a job runs, in French", () => {
    expect(describeInterval({ intervalMs: 5 * SECOND, scope: "shared" })).toBe("toutes les 5 secondes");
    expect(describeInterval({ intervalMs: SECOND, scope: "per-process" })).toBe("toutes les secondes, dans chaque processus du serveur");
    expect(describeInterval({ intervalMs: 15 * MINUTE, scope: "shared" })).toBe("toutes les 15 minutes");
    expect(describeInterval({ intervalMs: DAY, scope: "shared" })).toBe("tous les jours");
    expect(describeInterval({ intervalMs: 1_500, scope: "shared" })).toBe("toutes les 1\u202f500 ms");
  });

  it("say when a job runs next, or who is running it", () => {
    const job = { name: "purges", description: "", scope: "shared" as const, intervalMs: DAY, run: () => ({ summary: "" }) };
    expect(describeNextRun({ job, nextRunAt: null, lease: null })).toBe("au démarrage du serveur");
    expect(describeNextRun({ job, nextRunAt: new Date("2026-12-01T08:00:00Z"), lease: { owner: "web-1, processus 42", until: new Date() } })).toBe("en cours (web-1, processus 42)");
    expect(describeNextRun({ job, nextRunAt: new Date("2026-12-01T08:00:00Z"), lease: null })).toBe("mardi 1er décembre 2026, 9 h");
  });

  it("say how long a run took", () => {
    const startedAt = new Date("2026-12-01T08:00:00Z");
    expect(formatRunDuration({ startedAt, finishedAt: new Date(startedAt.getTime() + 240) })).toBe("0,2\u00a0s");
    expect(formatRunDuration({ startedAt, finishedAt: new Date(startedAt.getTime() + 75_000) })).toBe("75\u00a0s");
    expect(formatRunDuration({ startedAt, finishedAt: null })).toBeNull();
  });

  it("sum up a count, idle when nothing was done", () => {
    expect(countReport(0, "rappel mis en envoi", "rappels mis en envoi", "Aucun rappel à envoyer.")).toEqual({ summary: "Aucun rappel à envoyer.", idle: true });
    expect(countReport(3, "rappel mis en envoi", "rappels mis en envoi", "Aucun rappel à envoyer.")).toEqual({ summary: "3 rappels mis en envoi." });
  });
});
