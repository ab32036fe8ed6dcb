"use client";

import { useEffect, useRef, useState } from "react";
import { fieldId } from "@/components/ui/form";
import { formDataOf } from "@/components/ui/move-buttons";
import { ReportBodyHtml, ReportLinks } from "@/components/publications/report-body";
import { applyMarkdownTool, MARKDOWN_TOOL_LABELS, MARKDOWN_TOOLS, type MarkdownTool } from "@/lib/publications/markdown-toolbar";
import { previewReportBodyAction, type BodyPreview } from "./actions";

/* The preview is rendered by the server (the same function as the public page) once typing pauses this long. */
const PREVIEW_DELAY_MS = 400;

/**
 * The body of a report: a labelled textarea, a toolbar of buttons named by function (Tab reaches each; each wraps
 * or prefixes the selection and gives the focus back to the text with what to type next selected), and a live
 * preview rendered exactly as the public page renders the body, its numbered "Liens" included.
 */
export function MarkdownEditor({ idPrefix, initial, error }: { idPrefix: string; initial: string; error?: string }) {
  const id = fieldId("body", idPrefix);
  const [text, setText] = useState(initial);
  const [preview, setPreview] = useState<BodyPreview | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const selection = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const outcome = await previewReportBodyAction({}, formDataOf({ body: text }));
      if (current && outcome.result) setPreview(outcome.result as BodyPreview);
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  useEffect(() => {
    if (!selection.current || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(selection.current.start, selection.current.end);
    selection.current = null;
  }, [text]);

  const apply = (tool: MarkdownTool) => {
    const area = textarea.current;
    if (!area) return;
    const next = applyMarkdownTool({ text, start: area.selectionStart, end: area.selectionEnd }, tool);
    selection.current = { start: next.start, end: next.end };
    setText(next.text);
  };

  const describedBy = [`${id}-aide`, error ? `${id}-erreur` : null].filter(Boolean).join(" ");
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="field-label">
          Texte<span className="font-normal text-muted"> (facultatif)</span>
        </label>
        <span id={`${id}-aide`} className="field-hint">
          En Markdown. Les boutons mettent en forme le texte sélectionné ; chaque lien externe est numéroté dans la section « Liens ».
        </span>
        <div role="group" aria-label="Mise en forme du texte" className="mb-2 flex flex-wrap gap-1">
          {MARKDOWN_TOOLS.map((tool) => (
            <button key={tool} type="button" className="btn btn-secondary px-2 py-1 text-sm" aria-controls={id} onClick={() => apply(tool)}>
              {MARKDOWN_TOOL_LABELS[tool]}
            </button>
          ))}
        </div>
        <textarea
          ref={textarea}
          id={id}
          name="body"
          rows={18}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="field-input font-mono text-sm"
        />
        {error && (
          <p id={`${id}-erreur`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <section aria-labelledby={`${id}-apercu`} className="rounded border border-line p-4">
        <h3 id={`${id}-apercu`} className="mb-2 text-lg font-bold">
          Aperçu du texte
        </h3>
        <p className="mb-3 text-sm text-muted">Tel que la page publique l&apos;affichera, mis à jour pendant la saisie.</p>
        {preview ? (
          <>
            <ReportBodyHtml html={preview.html} />
            <ReportLinks links={preview.links} headingId={`${id}-liens`} />
          </>
        ) : (
          <p className="text-muted">Aperçu en préparation…</p>
        )}
      </section>
    </div>
  );
}
