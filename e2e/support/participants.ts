import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { meetings } from "@/lib/meetings/schema";
import { register } from "@/lib/registrations/service";
import { readPdf, type ReadPdf } from "@/tests/pdf";
import { expect } from "./fixtures";
import { testDb, type Account } from "./data";

const DAY = 86_400_000;

/** A published meeting of its own (a fresh slug) that confirms registrations at once. */
export function insertOpenMeeting(): typeof meetings.$inferSelect {
  const suffix = randomUUID().slice(0, 8);
  const startsAt = new Date(Date.now() + 25 * DAY);
  return testDb()
    .insert(meetings)
    .values({
      kind: "rencontre_reseau",
      title: `Rencontre des participants ${suffix}`,
      slug: `rencontre-participants-${suffix}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3600_000),
      status: "published",
      venueName: "Maison de la Métropole",
      venueCity: "Lille",
      capacity: 30,
      registrationEnabled: true,
    })
    .returning()
    .get();
}

/** The person registers, agreeing or not to appear on the participant list, as from the meeting's page. */
export function registerTo(meetingId: string, account: Account, consent: boolean): void {
  register(testDb(), { meetingId, userId: account.id, answers: {}, consent });
}

/** The participant list of the meeting page, part of the reader's own side of it. */
export function participantsSection(page: Page): Locator {
  return page.getByRole("region", { name: "Participants" });
}

/** Clicks what downloads a PDF and reads the file back. */
export async function downloadPdf(page: Page, trigger: Locator): Promise<{ filename: string; pdf: ReadPdf }> {
  const downloading = page.waitForEvent("download");
  await trigger.click();
  const download = await downloading;
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return { filename: download.suggestedFilename(), pdf: await readPdf(new Uint8Array(bytes)) };
}
