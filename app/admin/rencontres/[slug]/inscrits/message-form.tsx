"use client";

import { useActionState, useEffect, useRef } from "react";
import { EmailText } from "@/components/mail/email-text";
import { useAnnounce } from "@/components/ui/announcer";
import { ChoiceGroup, Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { plural } from "@/lib/format";
import type { MessagePreview } from "@/lib/registrations/messages";
import { registrantMessageAction } from "./message-actions";

const PREFIX = "message";

export type RecipientChoice = { value: string; label: string; count: number; checked: boolean };

/**
 * "Écrire aux inscrits": the statuses written to, a subject and a plain-text body, then a preview of the e-mail as it
 * will be sent, whose button sends it. The preview gets the focus and is announced; refusals go to the form's message.
 */
export function RegistrantMessageForm({ meetingId, slug, choices }: { meetingId: string; slug: string; choices: RecipientChoice[] }) {
  const [state, action] = useActionState(registrantMessageAction, {} as ActionState<MessagePreview>);
  const preview = state.result;
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  useEffect(() => {
    if (!state.result || state.error) return;
    heading.current?.focus();
    announce.status(`Aperçu prêt : le message partira à ${plural(state.result.recipientCount, "personne")}.`);
  }, [state, announce]);

  return (
    <form action={action} className="card mt-8 mb-6" aria-labelledby="titre-ecrire" noValidate>
      <h2 id="titre-ecrire" className="mb-3 text-xl font-bold">Écrire aux inscrits</h2>
      <FormMessage state={state} idPrefix={PREFIX} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="slug" value={slug} />
      <ChoiceGroup
        name="statuts"
        idPrefix={PREFIX}
        legend="Destinataires"
        hint="Par défaut, tous les inscrits : confirmés, liste d'attente et demandes en attente de validation. Chaque personne reçoit un e-mail à son nom."
        options={choices.map((choice) => ({ value: choice.value, label: `${choice.label} (${choice.count})` }))}
        multiple
        checked={state.values?.statuts?.split("\n") ?? choices.filter((choice) => choice.checked).map((choice) => choice.value)}
        layout="flex flex-wrap gap-x-6 gap-y-2"
        state={state}
      />
      <Field name="subject" idPrefix={PREFIX} label="Objet" required state={state} />
      <Field
        name="body"
        idPrefix={PREFIX}
        label="Message"
        hint="Texte brut, sans mise en forme : une ligne vide sépare deux paragraphes. La formule d'appel (« Bonjour … »), la fiche de la rencontre et la signature de l'IREV sont ajoutées."
        multiline
        required
        state={state}
      />
      <SubmitButton name="intent" value="preview" variant={preview ? "secondary" : "primary"}>
        {preview ? "Prévisualiser à nouveau" : "Prévisualiser"}
      </SubmitButton>
      {preview && (
        <section aria-labelledby="titre-apercu" className="mt-6 border-t border-line pt-4">
          <h3 id="titre-apercu" ref={heading} tabIndex={-1} className="mb-2 text-lg font-bold outline-offset-4">
            Aperçu du message
          </h3>
          <p className="mb-1">
            Il partira à <strong>{plural(preview.recipientCount, "personne")}</strong>, chacune saluée par son prénom ; ci-dessous, tel que le recevra {preview.sampleName}.
          </p>
          <p className="mb-2">
            <span className="font-semibold">Objet : </span>
            {preview.subject}
          </p>
          <iframe title="Aperçu de la version HTML du message" srcDoc={preview.html} sandbox="" className="h-[32rem] w-full border border-line bg-white" />
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">Version texte du message</summary>
            <EmailText text={preview.text} />
          </details>
          <input type="hidden" name="apercu" value={preview.digest} />
          <p className="mt-4">
            <SubmitButton name="intent" value="send">
              Envoyer à {plural(preview.recipientCount, "personne")}
            </SubmitButton>
          </p>
        </section>
      )}
    </form>
  );
}
