import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { createAccount, testDb } from "./support/data";
import { MeetingPage, MySpacePage, signIn } from "./support/pages";
import { meetings } from "@/lib/meetings/schema";
import { register } from "@/lib/registrations/service";
import { formatDateAtTime } from "@/lib/time";

const DAY = 86_400_000;

/** A published meeting in three weeks whose online cancellation closes at `deadline`. */
function meetingWithDeadline(deadline: Date) {
  const suffix = randomUUID().slice(0, 8);
  const startsAt = new Date(Date.now() + 21 * DAY);
  return testDb()
    .insert(meetings)
    .values({
      kind: "atelier",
      title: `Atelier à date limite ${suffix}`,
      slug: `atelier-date-limite-${suffix}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      status: "published",
      registrationEnabled: true,
      cancellationDeadline: deadline,
    })
    .returning()
    .get();
}

test("a registered member sees until when they may cancel online, then whom to write to once it has passed", async ({ page }) => {
  const member = await createAccount("member", "date-limite");
  const deadline = new Date(Math.ceil((Date.now() + 2 * DAY) / 60_000) * 60_000);
  const open = meetingWithDeadline(deadline);
  const closed = meetingWithDeadline(new Date(Date.now() - 3600_000));
  for (const meeting of [open, closed]) register(testDb(), { meetingId: meeting.id, userId: member.id });
  const writeToIrev = /^L'annulation en ligne était possible jusqu'au .+ Pour vous désinscrire, écrivez à l'IREV\u00a0: \S+@\S+\.$/;

  const openPage = new MeetingPage(page, open.slug);
  await signIn(page, member.email, member.password, `/rencontres/${open.slug}`);
  await expect(openPage.status()).toContainText(`Annulation en ligne jusqu'au ${formatDateAtTime(deadline)}.`);
  await expect(openPage.status().getByRole("button", { name: "Annuler mon inscription" })).toBeVisible();

  const closedPage = new MeetingPage(page, closed.slug);
  await closedPage.goto();
  await expect(closedPage.status().getByText(writeToIrev)).toBeVisible();
  await expect(closedPage.status().getByRole("button", { name: "Annuler mon inscription" })).toHaveCount(0);

  await page.goto(`/rencontres/${closed.slug}/annuler`);
  await expect(page.getByText(writeToIrev)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Oui, annuler/ })).toHaveCount(0);

  const mySpace = new MySpacePage(page);
  await mySpace.goto();
  await expect(mySpace.registration(open.title)).toContainText(`Annulation en ligne jusqu'au ${formatDateAtTime(deadline)}.`);
  await expect(mySpace.registration(closed.title).getByText(writeToIrev)).toBeVisible();
  await expect(mySpace.registration(closed.title).getByRole("button", { name: "Annuler mon inscription" })).toHaveCount(0);
});
