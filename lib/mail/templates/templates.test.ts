import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type Settings } from "@/lib/settings/registry";
import { TYPOGRAPHY_MISTAKE } from "@/lib/typography";
import { formatSpan, parisInstant } from "@/lib/time";
import { exampleEmails } from "../examples";
import { EMAIL_KINDS } from "../schema";
import { meetingChangedEmail, registrationConfirmedEmail, staffMessageEmail } from "./meetings";
import { STYLED_CLASSES, greetingFor, type MailMeeting } from "./render";

const examples = exampleEmails(DEFAULT_SETTINGS);

const meeting: MailMeeting = {
  title: "Atelier",
  slug: "atelier",
  startsAt: parisInstant(2027, 6, 3, 9, 30),
  endsAt: parisInstant(2027, 6, 3, 12, 30),
  allDay: false,
  timeKnown: true,
  venueName: "Mairie",
  venueRoom: null,
  venueAddress: null,
  venuePostcode: "80000",
  venueCity: "Amiens",
  onlineUrl: null,
};
const person = { email: "jeanne@example.org", name: "Jeanne Dupont", givenName: "Jeanne" };

/** The opening tags of the HTML that carry a class attribute. */
const classedTags = (html: string) => [...html.matchAll(/<[a-z]+\b[^>]*\bclass="([^"]*)"[^>]*>/g)];

/** The text a reader sees in the HTML: tags dropped, the few entities the templates write decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&nbsp;", "\u00a0")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

describe("every e-mail kind", () => {
  it("has one example, in the order of EMAIL_KINDS", () => {
    expect(examples.map((email) => email.kind)).toEqual([...EMAIL_KINDS]);
  });

  it.each(examples.map((email) => [email.kind, email] as const))("%s: subject, text and an HTML document for every client", (_, email) => {
    expect(email.subject.trim()).not.toBe("");
    expect(email.text).toMatch(/^Bonjour Camille,\n/);
    expect(email.text).toContain("Contact\u00a0: contact@example.org");
    const html = email.html!;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('role="presentation"');
    expect(html).toContain("<!--[if mso]>");
    expect(html).toContain("max-width: 600px");
  });

  it.each(examples.map((email) => [email.kind, email] as const))("%s: every style inlined, the <style> left with the media query only", (_, email) => {
    const html = email.html!;
    const styleBlocks = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!.trim());
    expect(styleBlocks).toHaveLength(1);
    expect(styleBlocks[0]).toMatch(/^@media [^{]+\{[\s\S]*\}$/);
    const tags = classedTags(html);
    expect(tags.length).toBeGreaterThan(5);
    for (const [tag, classes] of tags) {
      expect(tag, tag).toMatch(/\bstyle="[^"]+"/);
      for (const name of classes!.split(/\s+/)) expect(STYLED_CLASSES, `${name} in ${tag}`).toContain(name);
    }
  });

  it.each(examples.map((email) => [email.kind, email] as const))("%s: French typography in the subject, the text and the HTML", (_, email) => {
    expect(email.subject).not.toMatch(TYPOGRAPHY_MISTAKE);
    expect(email.text).not.toMatch(TYPOGRAPHY_MISTAKE);
    expect(visibleText(email.html!)).not.toMatch(TYPOGRAPHY_MISTAKE);
  });

  it.each(examples.map((email) => [email.kind, email] as const))("%s: the HTML says what the text says", (_, email) => {
    const oneSpace = (text: string) => text.replace(/[ \t\n]+/g, " ");
    const html = oneSpace(visibleText(email.html!));
    const hrefs = [...email.html!.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
    for (const line of email.text.split("\n").filter((line) => line && line !== "—")) {
      const url = line.match(/https?:\/\/\S+$/)?.[0];
      const change = line.match(/^[^:]+\u00a0: (.+) → (.+)$/);
      if (url) expect(hrefs, line).toContain(url);
      else if (change) expect(html, line).toContain(`Avant\u00a0: ${change[1]} Désormais\u00a0: ${change[2]}`);
      /* The meeting's title, between guillemets in the text, is the card's heading in the HTML. */
      else expect(html, line).toContain(line.replace(/^«\u00a0(.*)\u00a0»$/, "$1"));
    }
  });
});

describe("escaping", () => {
  const hostile = "<script>alert(1)</script> & Cie";
  const settings: Settings = { ...DEFAULT_SETTINGS, identity: { ...DEFAULT_SETTINGS.identity, shortName: `IREV ${hostile}`, mission: hostile } };
  const emails = exampleEmails(settings, {
    person: { email: "x@example.org", name: hostile, givenName: `<img src=x onerror=alert(1)>` },
    meeting: { ...meeting, title: hostile, venueName: hostile, onlineUrl: 'https://visio.example.org/?a=1&b="><script>' },
  });

  it.each(emails.map((email) => [email.kind, email] as const))("%s: no value written by a person reaches the HTML as markup", (_, email) => {
    const html = email.html!;
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/&(?![a-z]+;|#\d+;)/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps the text version as written", () => {
    const confirmed = emails.find((email) => email.kind === "registration_confirmed")!;
    expect(confirmed.text).toContain(`«\u00a0${hostile}\u00a0»`);
    expect(confirmed.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie");
  });

  it("writes staff messages escaped, paragraph by paragraph, line breaks kept", () => {
    const email = staffMessageEmail(DEFAULT_SETTINGS.identity, person, {
      subject: "Ordre du jour\n<b>modifié</b>",
      body: "Premier paragraphe <b>gras</b>,\nsur deux lignes.\r\n\r\n\r\nSecond & dernier.",
      meeting: null,
    });
    expect(email.subject).toBe("Ordre du jour <b>modifié</b>");
    expect(email.html).toContain("<title>Ordre du jour &lt;b&gt;modifié&lt;/b&gt;</title>");
    expect(email.html).toMatch(/<p class="paragraph"[^>]*>Premier paragraphe &lt;b&gt;gras&lt;\/b&gt;,<br>sur deux lignes\.<\/p>/);
    expect(email.html).toMatch(/<p class="paragraph"[^>]*>Second &amp; dernier\.<\/p>/);
    expect(email.text).toContain("Premier paragraphe <b>gras</b>,\nsur deux lignes.\n\nSecond & dernier.");
  });
});

describe("what the e-mails say", () => {
  it("shows the registration's code in the confirmation, and says it is checked at the door", () => {
    const email = registrationConfirmedEmail(DEFAULT_SETTINGS.identity, person, meeting, "K7Q-4MP");
    expect(email.text).toContain("Votre code d'inscription\u00a0: K7Q-4MP");
    expect(email.text).toContain("vérifié à l'entrée");
    expect(email.html).toMatch(/<p class="code"[^>]*>K7Q-4MP<\/p>/);
    expect(registrationConfirmedEmail(DEFAULT_SETTINGS.identity, person, meeting, null).text).not.toContain("code d'inscription");
  });

  it("passes the calendar part through, and says what it does", () => {
    const calendar = { method: "REQUEST" as const, content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" };
    const withInvitation = registrationConfirmedEmail(DEFAULT_SETTINGS.identity, person, meeting, "K7Q-4MP", calendar);
    expect(withInvitation.calendar).toEqual(calendar);
    expect(withInvitation.text).toContain("L'invitation jointe");
    const without = registrationConfirmedEmail(DEFAULT_SETTINGS.identity, person, meeting, "K7Q-4MP");
    expect(without).not.toHaveProperty("calendar");
    expect(without.text).not.toContain("L'invitation jointe");
  });

  it("lists only what changed, old then new", () => {
    const after = { ...meeting, startsAt: parisInstant(2027, 6, 4, 9, 30), endsAt: parisInstant(2027, 6, 4, 12, 30) };
    const email = meetingChangedEmail(DEFAULT_SETTINGS.identity, person, { before: meeting, after });
    expect(email.text).toContain(`Date\u00a0: ${formatSpan(meeting)} → ${formatSpan(after)}`);
    expect(email.text).not.toContain("Lieu\u00a0: Mairie, 80000 Amiens →");
    expect(email.html).toContain("Avant&nbsp;: jeudi 3 juin 2027");
  });

  it("greets people by given name, else by the name they signed up with", () => {
    expect(greetingFor({ email: "a@example.org", givenName: "Jeanne", name: "Jeanne Dupont" })).toBe("Bonjour Jeanne,");
    expect(greetingFor({ email: "a@example.org", givenName: " ", name: "J. Dupont" })).toBe("Bonjour J. Dupont,");
    expect(greetingFor({ email: "a@example.org", givenName: "", name: "" })).toBe("Bonjour,");
  });

  it("signs with IREV's identity from the settings", () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, identity: { ...DEFAULT_SETTINGS.identity, shortName: "IREV-test", contactEmail: "equipe@irev.example" } };
    for (const email of exampleEmails(settings)) {
      expect(email.text).toContain("L'équipe IREV-test");
      expect(email.text).toContain("equipe@irev.example");
      expect(email.html).toContain("equipe@irev.example");
    }
  });
});
