import type { FieldChange, TextPart } from "@/lib/publications/revision-history";
import { plural } from "@/lib/format";

/*
 * A comparison readable without colour (WCAG 1.4.1, RGAA 3.1): removed text is struck through inside visible
 * brackets "[−…−]", added text underlined inside "[+…+]", both in <del>/<ins>, and screen readers hear where each
 * removal and addition starts and ends (the brackets are hidden from them).
 */

export function Removed({ children }: { children: React.ReactNode }) {
  return (
    <del className="bg-danger-soft text-danger decoration-2">
      <span className="sr-only">[début de suppression] </span>
      <span aria-hidden="true" className="font-bold no-underline">[−</span>
      {children}
      <span aria-hidden="true" className="font-bold">−]</span>
      <span className="sr-only"> [fin de suppression]</span>
    </del>
  );
}

export function Added({ children }: { children: React.ReactNode }) {
  return (
    <ins className="bg-ok-soft text-ok underline decoration-2">
      <span className="sr-only">[début d&apos;ajout] </span>
      <span aria-hidden="true" className="font-bold">[+</span>
      {children}
      <span aria-hidden="true" className="font-bold">+]</span>
      <span className="sr-only"> [fin d&apos;ajout]</span>
    </ins>
  );
}

/** What the markers mean, shown above the comparison. */
export function Legend() {
  return (
    <div className="card mb-6">
      <h2 className="mb-2 text-xl font-bold">Légende</h2>
      <ul className="grid gap-1">
        <li>
          <Removed>Texte supprimé</Removed>&nbsp;: barré, entre [− et −]
        </li>
        <li>
          <Added>Texte ajouté</Added>&nbsp;: souligné, entre [+ et +]
        </li>
      </ul>
    </div>
  );
}

/**
 * A removed or added piece with its surrounding spaces and line breaks outside the marks, so that "[+" and "+]"
 * enclose words rather than open or close a line; a change of spacing alone keeps its marks.
 */
function Marked({ text, Mark }: { text: string; Mark: typeof Removed }) {
  const [, before = "", words = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (!words) return <Mark>{text}</Mark>;
  return (
    <>
      {before}
      <Mark>{words}</Mark>
      {after}
    </>
  );
}

function TextDiff({ parts, multiline }: { parts: TextPart[]; multiline: boolean }) {
  return (
    <p className={multiline ? "whitespace-pre-wrap break-words rounded border border-line bg-white p-3" : "break-words"}>
      {parts.map((part, index) => {
        switch (part.type) {
          case "removed":
            return <Marked key={index} text={part.text} Mark={Removed} />;
          case "added":
            return <Marked key={index} text={part.text} Mark={Added} />;
          case "skipped":
            return (
              <span key={index} className="my-1 block italic text-muted">
                […&nbsp;{plural(part.lines, "ligne inchangée", "lignes inchangées")}&nbsp;…]
              </span>
            );
          default:
            return <span key={index}>{part.text}</span>;
        }
      })}
    </p>
  );
}

/** "Ajoutées : Habitat, Emploi" — one line of names, the heading saying what happened to them. */
function NameList({ heading, names, change }: { heading: string; names: string[]; change: "removed" | "added" }) {
  if (names.length === 0) return null;
  const Mark = change === "removed" ? Removed : Added;
  return (
    <li>
      {heading}&nbsp;:{" "}
      {names.map((name, index) => (
        <span key={index}>
          {index > 0 && ", "}
          <Mark>{name}</Mark>
        </span>
      ))}
    </li>
  );
}

function OrderedTitles({ titles }: { titles: string[] }) {
  return (
    <ol className="list-decimal pl-6">
      {titles.map((title, index) => (
        <li key={index}>{title}</li>
      ))}
    </ol>
  );
}

/** One changed field: its label as a heading, then what changed, in words as well as marks. */
export function FieldChangeView({ change }: { change: FieldChange }) {
  return (
    <section aria-labelledby={`champ-${change.field}`} className="mb-6">
      <h3 id={`champ-${change.field}`} className="mb-2 text-lg font-bold">{change.label}</h3>
      {change.type === "text" && <TextDiff parts={change.parts} multiline={change.field === "body"} />}
      {change.type === "value" && (
        <ul className="grid gap-1">
          <li>
            Avant&nbsp;: <Removed>{change.before}</Removed>
          </li>
          <li>
            Après&nbsp;: <Added>{change.after}</Added>
          </li>
        </ul>
      )}
      {change.type === "themes" && (
        <ul className="grid gap-1">
          <NameList heading="Retirées" names={change.removed} change="removed" />
          <NameList heading="Ajoutées" names={change.added} change="added" />
        </ul>
      )}
      {change.type === "attachments" && (
        <ul className="grid gap-2">
          <NameList heading="Retirés" names={change.removed} change="removed" />
          <NameList heading="Ajoutés" names={change.added} change="added" />
          {change.relabelled.map((relabel, index) => (
            <li key={index}>
              Libellé de «&nbsp;{relabel.title}&nbsp;» modifié&nbsp;: <Removed>{relabel.before}</Removed> <Added>{relabel.after}</Added>
            </li>
          ))}
          {change.reordered && (
            <li>
              Ordre modifié.
              <div className="mt-1 grid gap-4 md:grid-cols-2">
                <div>
                  <p className="font-semibold">Avant</p>
                  <OrderedTitles titles={change.reordered.before} />
                </div>
                <div>
                  <p className="font-semibold">Après</p>
                  <OrderedTitles titles={change.reordered.after} />
                </div>
              </div>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
