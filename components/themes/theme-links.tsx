import Link from "next/link";

/** The themes of a meeting, report or document, each linking to its page. */
export function ThemeLinks({ themes, label = "Thématiques" }: { themes: readonly { slug: string; name: string }[]; label?: string }) {
  if (themes.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-2 text-sm">
      {themes.map((theme) => (
        <li key={theme.slug}>
          <Link href={`/thematiques/${theme.slug}`} className="badge">
            {theme.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
