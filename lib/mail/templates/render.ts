import escapeHtml from "escape-html";
import juice from "juice";
import { appUrl } from "@/lib/config";
import { meetingPageUrl, meetingPlace, type MeetingVenue } from "@/lib/meetings/place";
import type { Settings } from "@/lib/settings/registry";
import type { OutgoingEmail } from "../outbox";
import type { EmailKind } from "../schema";
import { formatSpan, type MeetingSpan } from "@/lib/time";

/** Who signs every e-mail: IREV's identity as set in /admin/parametres (readSettings(tx).identity). */
export type MailIdentity = Pick<Settings["identity"], "name" | "shortName" | "mission" | "contactEmail">;

/** The person an e-mail goes to: greeted by given name when known, by the name they signed up with otherwise. */
export type Recipient = { email: string; name: string; givenName: string };

/** What an e-mail says about a meeting: its title, when, where, and its page. */
export type MailMeeting = MeetingSpan & MeetingVenue & { title: string; slug: string; onlineUrl: string | null };

/**
 * The content of an e-mail, written once: the plain text and the HTML are both drawn from these blocks, so they
 * never say different things.
 */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "meeting"; meeting: MailMeeting }
  | { kind: "change"; label: string; before: string; after: string }
  | { kind: "button"; label: string; url: string }
  | { kind: "code"; label: string; code: string; note: string };

export type MailContent = { subject: string; greeting: string; blocks: Block[] };

export type RenderedEmail = { subject: string; text: string; html: string };

/** "Bonjour Jeanne,": the given name when known, else the name the account was created with. */
export function greetingFor(person: Recipient): string {
  const name = person.givenName.trim() || person.name.trim();
  return name ? `Bonjour ${name},` : "Bonjour,";
}

/** Text written by staff, as paragraphs: blank lines separate them, single line breaks are kept inside. */
export function paragraphs(body: string): Block[] {
  return body
    .replaceAll("\r\n", "\n")
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: "paragraph", text }));
}

/** The address of a page of the site, for links in e-mails. */
export function siteLink(path: string): string {
  return `${appUrl()}${path}`;
}

function meetingFacts(meeting: MailMeeting): { label: string; value: string; url?: string }[] {
  const place = meetingPlace(meeting);
  return [
    { label: "Date", value: formatSpan(meeting) },
    ...(place ? [{ label: "Lieu", value: place }] : []),
    ...(meeting.onlineUrl ? [{ label: "En ligne", value: meeting.onlineUrl, url: meeting.onlineUrl }] : []),
    { label: "Page de la rencontre", value: meetingPageUrl(meeting.slug), url: meetingPageUrl(meeting.slug) },
  ];
}

function signature(identity: MailIdentity): string[] {
  return [`L'équipe ${identity.shortName}`, `${identity.name}, ${identity.mission}`, `Contact : ${identity.contactEmail}`];
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "meeting":
      return [`« ${block.meeting.title} »`, ...meetingFacts(block.meeting).map((fact) => `${fact.label} : ${fact.value}`)].join("\n");
    case "change":
      return `${block.label} : ${block.before} → ${block.after}`;
    case "button":
      return `${block.label} : ${block.url}`;
    case "code":
      return `${block.label} : ${block.code}\n${block.note}`;
  }
}

function renderText(identity: MailIdentity, content: MailContent): string {
  return [content.greeting, ...content.blocks.map(blockText), ["—", ...signature(identity)].join("\n")].join("\n\n");
}

const FONT = "Arial, Helvetica, sans-serif";

/* Inlined into each element by juice (Outlook and many webmail clients drop <style>); only the media query stays in <style>. */
const STYLES = `
body { margin: 0; padding: 0; background-color: #f4f5f7; }
.wrapper { width: 100%; background-color: #f4f5f7; }
.wrapper-cell { padding: 24px 12px; }
.container { width: 100%; max-width: 600px; background-color: #ffffff; border: 1px solid #d5d8de; }
.header { padding: 20px 32px; background-color: #1d3f72; color: #ffffff; font-family: ${FONT}; font-size: 20px; line-height: 28px; font-weight: bold; }
.content { padding: 32px; font-family: ${FONT}; font-size: 16px; line-height: 24px; color: #1b1b2f; }
.paragraph { margin: 0 0 16px 0; font-family: ${FONT}; font-size: 16px; line-height: 24px; color: #1b1b2f; }
.card { width: 100%; margin: 0 0 16px 0; background-color: #e6edf7; border-left: 4px solid #1d3f72; }
.card-cell { padding: 16px 20px; font-family: ${FONT}; font-size: 15px; line-height: 22px; color: #1b1b2f; }
.card-title { margin: 0 0 8px 0; font-family: ${FONT}; font-size: 18px; line-height: 24px; font-weight: bold; color: #142c52; }
.fact { margin: 0 0 4px 0; font-family: ${FONT}; font-size: 15px; line-height: 22px; color: #1b1b2f; }
.fact-label { font-weight: bold; }
.link { color: #1d3f72; text-decoration: underline; word-break: break-all; }
.change { width: 100%; margin: 0 0 16px 0; border: 1px solid #d5d8de; }
.change-cell { padding: 12px 16px; font-family: ${FONT}; font-size: 15px; line-height: 22px; color: #1b1b2f; }
.change-label { margin: 0 0 4px 0; font-weight: bold; }
.change-before { margin: 0; color: #4a4f5c; }
.change-after { margin: 0; font-weight: bold; color: #1d6b3a; }
.button-table { margin: 8px 0 24px 0; }
.button-cell { background-color: #1d3f72; border-radius: 4px; mso-padding-alt: 12px 24px; }
.button { display: inline-block; padding: 12px 24px; font-family: ${FONT}; font-size: 16px; line-height: 20px; font-weight: bold; color: #ffffff; text-decoration: none; border-radius: 4px; }
.code-table { width: 100%; margin: 0 0 16px 0; }
.code-cell { padding: 16px; border: 2px dashed #1d3f72; text-align: center; font-family: ${FONT}; }
.code-label { margin: 0 0 4px 0; font-size: 14px; line-height: 20px; color: #4a4f5c; }
.code { margin: 0; font-family: "Courier New", Courier, monospace; font-size: 28px; line-height: 36px; font-weight: bold; letter-spacing: 4px; color: #142c52; }
.code-note { margin: 4px 0 0 0; font-size: 14px; line-height: 20px; color: #4a4f5c; }
.footer { padding: 20px 32px; border-top: 1px solid #d5d8de; font-family: ${FONT}; font-size: 13px; line-height: 20px; color: #4a4f5c; }
.footer-line { margin: 0 0 4px 0; }
@media (max-width: 620px) {
  .wrapper-cell { padding: 0 !important; }
  .header, .content, .footer { padding-left: 20px !important; padding-right: 20px !important; }
}
`;

/** The classes the stylesheet gives a style to: every class the HTML uses is one of them (checked by the tests). */
export const STYLED_CLASSES = new Set([...STYLES.matchAll(/\.([a-z-]+)/g)].map((match) => match[1]));

/** Escaped text; line breaks kept. */
function html(text: string): string {
  return escapeHtml(text).replaceAll("\n", "<br>");
}

function linkHtml(url: string): string {
  return `<a class="link" href="${escapeHtml(url)}">${html(url)}</a>`;
}

const URL_IN_TEXT = /(https?:\/\/[^\s<>"]+)/;

/** Escaped text whose web addresses are links, as mail clients make them in the plain-text version. */
function proseHtml(text: string): string {
  return text
    .split(URL_IN_TEXT)
    .map((part, i) => (i % 2 === 1 ? linkHtml(part) : html(part)))
    .join("");
}

/** A one-cell table: what Outlook lays out reliably. */
function box(tableClass: string, cellClass: string, inner: string): string {
  return `<table role="presentation" class="${tableClass}" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="${cellClass}">${inner}</td></tr></table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p class="paragraph">${proseHtml(block.text)}</p>`;
    case "meeting": {
      const facts = meetingFacts(block.meeting).map(
        (fact) => `<p class="fact"><span class="fact-label">${html(fact.label)}&nbsp;:</span> ${fact.url ? linkHtml(fact.url) : html(fact.value)}</p>`,
      );
      return box("card", "card-cell", `<p class="card-title">${html(block.meeting.title)}</p>${facts.join("")}`);
    }
    case "change":
      return box(
        "change",
        "change-cell",
        `<p class="change-label">${html(block.label)}</p><p class="change-before">Avant&nbsp;: ${html(block.before)}</p><p class="change-after">Désormais&nbsp;: ${html(block.after)}</p>`,
      );
    case "button":
      /* Bulletproof button: the cell carries the colour, so Outlook (which ignores the link's padding) still shows a button. */
      return `<table role="presentation" class="button-table" cellpadding="0" cellspacing="0" border="0"><tr><td class="button-cell" bgcolor="#1d3f72" align="center"><a class="button" href="${escapeHtml(block.url)}">${html(block.label)}</a></td></tr></table>`;
    case "code":
      return box(
        "code-table",
        "code-cell",
        `<p class="code-label">${html(block.label)}&nbsp;:</p><p class="code">${html(block.code)}</p><p class="code-note">${html(block.note)}</p>`,
      );
  }
}

function renderHtml(identity: MailIdentity, content: MailContent): string {
  const body = [`<p class="paragraph">${html(content.greeting)}</p>`, ...content.blocks.map(blockHtml)].join("\n");
  const footer = signature(identity)
    .map((line) => `<p class="footer-line">${html(line)}</p>`)
    .join("");
  const document = `<!DOCTYPE html>
<html lang="fr" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<title>${html(content.subject)}</title>
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>${STYLES}</style>
</head>
<body>
<div role="article" aria-roledescription="e-mail" aria-label="${escapeHtml(content.subject)}" lang="fr">
<table role="presentation" class="wrapper" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="wrapper-cell" align="center">
<!--[if mso]><table role="presentation" align="center" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="container" align="center" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="header">${html(identity.shortName)}</td></tr>
<tr><td class="content">
${body}
</td></tr>
<tr><td class="footer">${footer}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</div>
</body>
</html>`;
  return juice(document, { preserveMediaQueries: true, removeStyleTags: true });
}

/** The subject, plain text and HTML of an e-mail, from its blocks. Synchronous: e-mails are written inside transactions. */
export function renderEmail(identity: MailIdentity, content: MailContent): RenderedEmail {
  /* A subject is one line, whatever a writer typed (no-break spaces stay: French typography needs them). */
  const subject = content.subject.replace(/[ \t]*[\r\n]+[ \t]*/g, " ").trim();
  const written = { ...content, subject };
  return { subject, text: renderText(identity, written), html: renderHtml(identity, written) };
}

/** What one template says to one person; the one-time link and the calendar part, when it has them, are carried apart. */
export type Message = { kind: EmailKind; subject: string; blocks: Block[]; secretLink?: string; calendar?: OutgoingEmail["calendar"] };

/** An e-mail to one person, greeted by name and signed with IREV's identity. */
export function personalEmail(identity: MailIdentity, person: Recipient, { kind, subject, blocks, secretLink, calendar }: Message): OutgoingEmail {
  return {
    to: person.email,
    kind,
    ...renderEmail(identity, { subject, greeting: greetingFor(person), blocks }),
    ...(secretLink ? { secretLink } : {}),
    ...(calendar ? { calendar } : {}),
  };
}
