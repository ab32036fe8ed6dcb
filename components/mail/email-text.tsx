const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/;

/** The plain-text version of an e-mail, its addresses made into links. */
export function EmailText({ text }: { text: string }) {
  return (
    <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">
      {text.split(URL_PATTERN).map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part))}
    </pre>
  );
}
