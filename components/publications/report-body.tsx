import type { NumberedLink } from "@/lib/publications/markdown";

/* Typography of the sanitized body; it only ever holds the tags renderReportBody allows. */
const BODY_CLASSES = [
  "max-w-prose leading-relaxed",
  "[&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:text-2xl [&_h2]:font-bold",
  "[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-bold",
  "[&_h4]:mt-5 [&_h4]:mb-2 [&_h4]:text-lg [&_h4]:font-semibold [&_h4]:text-brand-dark",
  "[&_p]:my-3 [&_strong]:font-semibold [&_a]:underline [&_hr]:my-6 [&_hr]:border-line",
  "[&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1",
  "[&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-brand [&_blockquote]:bg-brand-soft [&_blockquote]:px-4 [&_blockquote]:py-2",
  "[&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_caption]:mb-2 [&_caption]:text-left [&_caption]:font-semibold",
  "[&_th]:border [&_th]:border-line [&_th]:bg-wash [&_th]:p-2 [&_th]:text-left [&_td]:border [&_td]:border-line [&_td]:p-2 [&_td]:align-top",
  "[&_sup]:ml-0.5 [&_sup]:text-xs [&_sup]:text-muted",
].join(" ");

/** A report body as renderReportBody made it (sanitized HTML): the public page and the editor's preview show it alike. */
export function ReportBodyHtml({ html }: { html: string }) {
  return <div className={BODY_CLASSES} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The "Liens" section: the body's external links, numbered as the body cites them. `headingId` names it. */
export function ReportLinks({ links, headingId }: { links: NumberedLink[]; headingId: string }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-8 border-t border-line pt-4">
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        Liens
      </h2>
      <ol className="space-y-2 text-sm">
        {links.map((link) => (
          <li key={link.n} className="flex gap-2">
            <span className="text-muted">[{link.n}]</span>
            <span className="min-w-0">
              <a href={link.href} rel="noopener noreferrer" className="break-all">
                {link.href}
              </a>
              {link.text && link.text !== link.href && <span className="text-muted"> – {link.text}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
