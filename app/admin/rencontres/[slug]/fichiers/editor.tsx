"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { formDataOf, MoveButtons } from "@/components/ui/move-buttons";
import type { ActionState } from "@/lib/actions";
import { attachDocumentAction, detachDocumentAction, moveAttachmentAction, relabelAttachmentAction } from "./actions";

type EditorAttachment = {
  id: string;
  documentId: string;
  title: string;
  originalFilename: string;
  size: string;
  visibility: "public" | "members";
  label: string | null;
};

export function AttachmentsEditor({ meetingId, slug, attachments }: { meetingId: string; slug: string; attachments: EditorAttachment[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="titre-fichiers-joints">
      <h2 id="titre-fichiers-joints" ref={heading} tabIndex={-1} className="mb-4 text-2xl font-bold">
        Fichiers joints ({attachments.length})
      </h2>
      {attachments.length === 0 ? (
        <p>Aucun fichier n&apos;est joint : cherchez un document de la bibliothèque ci-dessous.</p>
      ) : (
        <ol className="grid gap-4">
          {attachments.map((attachment, index) => (
            <AttachmentEntry key={attachment.id} attachment={attachment} index={index} total={attachments.length} meetingId={meetingId} slug={slug} heading={heading} />
          ))}
        </ol>
      )}
    </section>
  );
}

function AttachmentEntry({
  attachment,
  index,
  total,
  meetingId,
  slug,
  heading,
}: {
  attachment: EditorAttachment;
  index: number;
  total: number;
  meetingId: string;
  slug: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
}) {
  const name = attachment.label ?? attachment.title;
  const announce = useAnnounce();
  const [labelState, labelAction] = useActionState(relabelAttachmentAction, {} as ActionState);
  const [detached, detachAction] = useActionState(detachDocumentAction, {} as ActionState);
  useEffect(() => {
    if (detached.error) announce.alert(detached.error);
    else if (detached.message) announce.status(detached.message);
  }, [detached, announce]);
  const idPrefix = `fichier-${attachment.id}`;
  const detachFormId = `detacher-${attachment.id}`;
  return (
    <li className="card" aria-labelledby={`${idPrefix}-titre`}>
      <h3 id={`${idPrefix}-titre`} className="text-lg font-bold">
        {name}
      </h3>
      <p className="mb-2 text-sm text-muted">
        {attachment.label && `${attachment.title} · `}
        {attachment.originalFilename} · {attachment.size}
        {attachment.visibility === "members" && " · réservé aux membres"}
      </p>
      <form action={labelAction} noValidate className="mb-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="attachmentId" value={attachment.id} />
        <div className="grow">
          <FormMessage state={labelState} idPrefix={idPrefix} />
          <Field name="label" label={`Libellé de « ${attachment.title} »`} hint="Vide : le titre du document." state={labelState} idPrefix={idPrefix} defaultValue={attachment.label ?? ""} />
        </div>
        <div className="mb-4">
          <SubmitButton variant="secondary">Enregistrer le libellé</SubmitButton>
        </div>
      </form>
      <div className="flex flex-wrap gap-2">
        <MoveButtons
          name={name}
          index={index}
          total={total}
          move={(direction) => moveAttachmentAction({}, formDataOf({ meetingId, slug, attachmentId: attachment.id, direction }))}
        />
        <form
          id={detachFormId}
          action={(data) => {
            heading.current?.focus();
            detachAction(data);
          }}
        >
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="attachmentId" value={attachment.id} />
        </form>
        <ConfirmButton
          formId={detachFormId}
          label={
            <>
              Détacher<span className="sr-only">{` « ${name} »`}</span>
            </>
          }
          title={`Détacher « ${name} » de la rencontre ? Le document reste dans la bibliothèque.`}
          confirmLabel="Détacher le fichier"
        />
      </div>
    </li>
  );
}

/** Attaches one document found in the library, with an optional label. */
export function AttachForm({ meetingId, slug, documentId, title }: { meetingId: string; slug: string; documentId: string; title: string }) {
  const [state, setState] = useState<ActionState>({});
  const announce = useAnnounce();
  const idPrefix = `joindre-${documentId}`;
  /* Once attached, the document leaves the results: focus goes to the list it joined, and the outcome is announced. */
  const attach = async (data: FormData) => {
    const outcome = await attachDocumentAction({}, data);
    if (!outcome.ok) return setState(outcome);
    document.getElementById("titre-fichiers-joints")?.focus();
    if (outcome.message) announce.status(outcome.message);
  };
  return (
    <form action={attach} noValidate aria-label={`Joindre « ${title} »`}>
      <FormMessage state={state} idPrefix={idPrefix} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="documentId" value={documentId} />
      <Field name="label" label={`Libellé de « ${title} »`} hint="Vide : le titre du document." state={state} idPrefix={idPrefix} />
      <SubmitButton>
        Joindre<span className="sr-only">{` « ${title} »`}</span>
      </SubmitButton>
    </form>
  );
}
