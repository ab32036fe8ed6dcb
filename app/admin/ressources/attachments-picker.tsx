"use client";

import { useRef, useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { fieldId } from "@/components/ui/form";
import { formDataOf, MoveButtons } from "@/components/ui/move-buttons";
import { plural } from "@/lib/format";
import { searchReportDocumentsAction, type DocumentChoice } from "./actions";

export type PickedDocument = DocumentChoice & { label: string };

/**
 * The attachments of the working version, in order, each with its label: they are saved with the rest of the form
 * (one revision). Documents are found in the library by title or file name; the order changes with the keyboard
 * (Monter / Descendre, the pattern of a meeting's "Fichiers joints").
 */
export function AttachmentsPicker({ idPrefix, initial, error }: { idPrefix: string; initial: PickedDocument[]; error?: string }) {
  const [picked, setPicked] = useState(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<DocumentChoice[] | null>(null);
  const [searching, startSearch] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  const id = fieldId("attachments", idPrefix);

  const search = () =>
    startSearch(async () => {
      const outcome = await searchReportDocumentsAction({}, formDataOf({ q: query }));
      const found = (outcome.result as DocumentChoice[] | undefined) ?? [];
      setResults(found);
      announce.status(found.length === 0 ? `Aucun document ne correspond à « ${query} ».` : `${plural(found.length, "document trouvé", "documents trouvés")}.`);
    });

  const attach = (document: DocumentChoice) => {
    setPicked((list) => [...list, { ...document, label: "" }]);
    heading.current?.focus();
    announce.status(`« ${document.title} » ajouté en position ${picked.length + 1}\u00a0: enregistrez pour le joindre.`);
  };

  const detach = (documentId: string) => {
    const document = picked.find((p) => p.id === documentId);
    setPicked((list) => list.filter((p) => p.id !== documentId));
    heading.current?.focus();
    if (document) announce.status(`« ${document.title} » retiré : enregistrez pour le détacher.`);
  };

  const move = async (index: number, direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    const next = [...picked];
    [next[index], next[to]] = [next[to]!, next[index]!];
    setPicked(next);
    return { ok: true, message: `« ${picked[index]!.title} » déplacé en position ${to + 1} sur ${picked.length}.` };
  };

  const pickedIds = new Set(picked.map((p) => p.id));
  return (
    <div>
      <h3 id={id} ref={heading} tabIndex={-1} className="mb-2 text-lg font-bold">
        Fichiers joints ({picked.length})
      </h3>
      {error && (
        <p id={`${id}-erreur`} className="field-error">
          {error}
        </p>
      )}
      {picked.length === 0 ? (
        <p className="mb-4">Aucun fichier joint : cherchez un document de la bibliothèque ci-dessous.</p>
      ) : (
        <ol className="mb-4 grid gap-3">
          {picked.map((document, index) => (
            <li key={document.id} className="rounded border border-line p-3">
              <input type="hidden" name="attachmentDocumentId" value={document.id} />
              <p className="font-semibold">{document.title}</p>
              <p className="mb-2 text-sm text-muted">
                {document.originalFilename}
                {document.visibility === "members" && " · réservé aux membres"}
              </p>
              <label htmlFor={`${id}-libelle-${document.id}`} className="field-label">
                {`Libellé de « ${document.title} »`}
                <span className="font-normal text-muted"> (facultatif)</span>
              </label>
              <span id={`${id}-libelle-${document.id}-aide`} className="field-hint">
                Vide : le titre du document.
              </span>
              <input
                id={`${id}-libelle-${document.id}`}
                name="attachmentLabel"
                defaultValue={document.label}
                maxLength={200}
                aria-describedby={`${id}-libelle-${document.id}-aide`}
                className="field-input mb-2"
                onChange={(event) => {
                  const label = event.target.value;
                  setPicked((list) => list.map((p) => (p.id === document.id ? { ...p, label } : p)));
                }}
              />
              <div className="flex flex-wrap gap-2">
                <MoveButtons name={document.title} index={index} total={picked.length} move={(direction) => move(index, direction)} />
                <button type="button" className="btn btn-secondary" onClick={() => detach(document.id)}>
                  Retirer<span className="sr-only">{` « ${document.title} »`}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}

      <div role="search" aria-label="Documents de la bibliothèque" className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor={`${id}-recherche`} className="field-label">
            Chercher un document à joindre
          </label>
          <span id={`${id}-recherche-aide`} className="field-hint">
            Titre ou nom du fichier, accents facultatifs.
          </span>
          <input
            id={`${id}-recherche`}
            type="search"
            value={query}
            aria-describedby={`${id}-recherche-aide`}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              /* Enter searches the library rather than saving the report. */
              if (event.key === "Enter") {
                event.preventDefault();
                search();
              }
            }}
            className="field-input"
          />
        </div>
        <button type="button" className="btn btn-secondary mb-0" onClick={search} aria-busy={searching || undefined}>
          Rechercher
        </button>
      </div>
      {results?.length === 0 && <p className="mt-3">{`Aucun document de la bibliothèque ne correspond à « ${query} ».`}</p>}
      {results && results.length > 0 && (
        <ul className="mt-3 grid gap-2" aria-label="Documents trouvés">
          {results.filter((document) => !pickedIds.has(document.id)).map((document) => (
            <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-line p-2">
              <span>
                <span className="font-semibold">{document.title}</span>
                <span className="block text-sm text-muted">
                  {document.originalFilename}
                  {document.visibility === "members" && " · réservé aux membres"}
                </span>
              </span>
              <button type="button" className="btn" onClick={() => attach(document)}>
                Joindre<span className="sr-only">{` « ${document.title} »`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
