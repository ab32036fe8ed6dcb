import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/open";
import { meetings } from "@/lib/meetings/schema";
import { register } from "@/lib/registrations/service";
import { insertMeeting, insertUser } from "@/tests/db";
import { mailsTo } from "@/tests/invitations";

/** Runs the operator command line on this database file, as `npm run cli -- …` would; exit code and both outputs. */
async function cli(databasePath: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/cli.ts", ...args], {
      env: { ...process.env, DATABASE_PATH: databasePath, INTERNAL_URL: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("operator commands meeting-change and meeting-cancel", () => {
  /* Each command starts tsx afresh: several seconds each on a loaded machine, hence the long timeout. */
  it("move a meeting and cancel it, the registrant's calendar following, with French errors", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-cli-")), "cli.db");
    const { db, sqlite } = openDatabase(file);
    const meeting = insertMeeting(db, { slug: "rencontre-cli", title: "Rencontre en ligne de commande", venueName: "Mairie", venueCity: "Noyon" });
    const member = insertUser(db);
    register(db, { meetingId: meeting.id, userId: member.id });

    const changed = await cli(file, "meeting-change", "rencontre-cli", "--debut", "2099-03-28 09:00", "--fin", "2099-03-29 17:00", "--lieu", "Salle des fêtes");
    expect(changed.stderr).toBe("");
    expect(changed.stdout).toContain("Rencontre modifiée : « Rencontre en ligne de commande », du samedi 28 mars 2099, 9 h au dimanche 29 mars 2099, 17 h, Salle des fêtes, Noyon.");
    expect(changed.stdout).toContain("1 inscrit(e)(s) informé(e)(s) par e-mail");

    const badDate = await cli(file, "meeting-change", "rencontre-cli", "--debut", "28/03/2099");
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("valeur « 28/03/2099 » invalide pour l'option « --debut <date-heure> »");
    const endFirst = await cli(file, "meeting-change", "rencontre-cli", "--fin", "2099-03-28 08:00");
    expect(endFirst.stderr).toContain("La fin doit être postérieure au début de la rencontre.");
    expect((await cli(file, "meeting-cancel", "rencontre-cli")).stderr).toContain("option obligatoire manquante : « --motif <texte> »");

    const cancelled = await cli(file, "meeting-cancel", "rencontre-cli", "--motif", "Intervenants indisponibles");
    expect(cancelled.stdout).toContain("Rencontre annulée : « Rencontre en ligne de commande ». 1 inscrit(e)(s) informé(e)(s) par e-mail.");

    expect(db.select().from(meetings).where(eq(meetings.id, meeting.id)).get()).toMatchObject({ status: "cancelled", sequence: 2 });
    expect(mailsTo(db, member.email).map((m) => [m.kind, m.calendar?.method, m.calendar?.sequence])).toEqual([
      ["registration_confirmed", "REQUEST", 0],
      ["meeting_changed", "REQUEST", 1],
      ["meeting_cancelled", "CANCEL", 2],
    ]);
    sqlite.close();
  }, 240_000);
});
