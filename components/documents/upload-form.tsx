"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { fileTooLarge } from "@/lib/documents/upload-rules";
import { formatFileSize } from "@/lib/time";

/*
 * Chooses PDFs and sends each in its own request (lib/documents/upload-http.ts), so that each file shows its own
 * progress, then its result: a link to the document, its warnings, or the French reason of the refusal. The server
 * checks everything again; the size is checked here too only to spare sending a file bound to be refused.
 */

type UploadedDocument = { id: string; title: string; url: string; editUrl: string; warnings: string[] };
type Answer = { document: UploadedDocument } | { error: { code: string; message: string } };

type Item = {
  key: string;
  name: string;
  size: number;
  percent: number;
  phase: "sending" | "checking" | "done" | "refused";
  document?: UploadedDocument;
  error?: string;
};

const PHASE_LABELS: Record<Item["phase"], string> = {
  sending: "Envoi en cours",
  checking: "Vérification du PDF…",
  done: "Enregistré",
  refused: "Refusé",
};

const VISIBILITY_CHOICES = [
  { value: "public", label: "Public : tout le monde peut le télécharger" },
  { value: "members", label: "Réservé aux membres validés du réseau" },
] as const;

const CONNECTION_LOST = "L'envoi a été interrompu (connexion perdue ou serveur injoignable) : réessayez.";

/** Sends one file; `onProgress` gets the percentage sent. Resolves with the server's answer, whatever it is. */
function send(endpoint: string, file: File, fields: Record<string, string>, onProgress: (percent: number) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append("fichier", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", endpoint);
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      const answer = request.response as Answer | null;
      resolve(answer && ("document" in answer || "error" in answer) ? answer : { error: { code: "internal_error", message: CONNECTION_LOST } });
    });
    request.addEventListener("error", () => resolve({ error: { code: "network", message: CONNECTION_LOST } }));
    request.send(body);
  });
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

export function UploadForm({ endpoint, limit, multiple, withVisibility, submitLabel }: { endpoint: string; limit: number; multiple: boolean; withVisibility: boolean; submitLabel: string }) {
  const id = useId();
  const announce = useAnnounce();
  const input = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const update = (key: string, change: Partial<Item>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const files = [...(input.current?.files ?? [])];
    setMissing(files.length === 0);
    if (files.length === 0) {
      input.current?.focus();
      announce.alert(multiple ? "Choisissez au moins un fichier PDF." : "Choisissez le nouveau fichier PDF.");
      return;
    }
    const fields: Record<string, string> = withVisibility ? { visibility: String(new FormData(event.currentTarget).get("visibility") ?? "public") } : {};
    const batch = files.map((file, index) => ({ file, item: { key: `${Date.now()}-${index}`, name: file.name, size: file.size, percent: 0, phase: "sending" as const } }));
    setItems(batch.map(({ item }) => item));
    setBusy(true);
    announce.status(`Envoi de ${plural(files.length, "fichier", "fichiers")} en cours.`);

    const outcomes = await Promise.all(
      batch.map(async ({ file, item }): Promise<boolean> => {
        if (file.size > limit) {
          update(item.key, { phase: "refused", error: fileTooLarge(limit).message });
          return false;
        }
        const answer = await send(endpoint, file, fields, (percent) => update(item.key, { percent, phase: percent >= 100 ? "checking" : "sending" }));
        if ("document" in answer) update(item.key, { percent: 100, phase: "done", document: answer.document });
        else update(item.key, { phase: "refused", error: answer.error.message });
        return "document" in answer;
      }),
    );

    const saved = outcomes.filter(Boolean).length;
    const refused = outcomes.length - saved;
    setBusy(false);
    if (input.current) input.current.value = "";
    announce.status(`Envoi terminé : ${plural(saved, "fichier enregistré", "fichiers enregistrés")}${refused ? `, ${plural(refused, "fichier refusé", "fichiers refusés")}` : ""}.`);
    resultsHeading.current?.focus();
  }

  const inputId = `${id}-fichiers`;
  return (
    <div>
      <form onSubmit={upload} noValidate className="mb-8 max-w-2xl">
        <div className="mb-4">
          <label htmlFor={inputId} className="field-label">
            {multiple ? "Fichiers PDF" : "Nouveau fichier PDF"}
          </label>
          <span id={`${inputId}-aide`} className="field-hint">
            {multiple ? "Un ou plusieurs fichiers" : "Un fichier"} au format PDF, de {formatFileSize(limit)} au plus chacun.
          </span>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept="application/pdf,.pdf"
            multiple={multiple}
            className="field-input"
            aria-describedby={`${inputId}-aide${missing ? ` ${inputId}-erreur` : ""}`}
            aria-invalid={missing || undefined}
          />
          {missing && (
            <p id={`${inputId}-erreur`} className="field-error">
              {multiple ? "Choisissez au moins un fichier PDF." : "Choisissez le nouveau fichier PDF."}
            </p>
          )}
        </div>
        {withVisibility && (
          <fieldset className="mb-4">
            <legend className="field-label">Visibilité</legend>
            <div className="grid gap-1">
              {VISIBILITY_CHOICES.map((choice) => (
                <label key={choice.value} className="flex items-start gap-2">
                  <input type="radio" name="visibility" value={choice.value} defaultChecked={choice.value === "public"} className="mt-1 h-5 w-5" />
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <button type="submit" className="btn" disabled={busy} aria-disabled={busy}>
          {busy ? "Envoi en cours…" : submitLabel}
        </button>
      </form>

      {items.length > 0 && (
        <section aria-labelledby={`${id}-resultats`}>
          <h2 id={`${id}-resultats`} ref={resultsHeading} tabIndex={-1} className="mb-3 text-2xl font-bold outline-offset-4">
            {busy ? "Envoi en cours" : "Résultat de l'envoi"}
          </h2>
          <ul className="grid gap-4">
            {items.map((item) => (
              <UploadItem key={item.key} item={item} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function UploadItem({ item }: { item: Item }) {
  const id = useId();
  return (
    <li className="card" data-televersement={item.phase}>
      <p className="font-semibold">
        {item.name} <span className="font-normal text-muted">({formatFileSize(item.size)})</span>
      </p>
      <div className="my-2 flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-progression`}>Progression de l&apos;envoi de « {item.name} »</label>
        <progress id={`${id}-progression`} max={100} value={item.percent} className="w-48" />
        <span>{`${item.percent}\u00a0%`}</span>
        <span className="font-semibold">{PHASE_LABELS[item.phase]}</span>
      </div>
      {item.document && (
        <>
          <p>
            <Link href={item.document.editUrl}>Modifier « {item.document.title} »</Link> ·{" "}
            <a href={item.document.url}>Ouvrir le PDF</a>
          </p>
          {item.document.warnings.length > 0 && (
            <div className="mt-2 border-l-4 border-warn bg-warn-soft p-3">
              <p className="font-semibold">Attention :</p>
              <ul className="list-disc pl-5">
                {item.document.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {item.error && <p className="field-error">{item.error}</p>}
    </li>
  );
}
