import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { requirePageUser } from "@/lib/auth/current-user";
import { listUserRegistrations } from "@/lib/registrations/queries";
import { listApiTokens } from "@/lib/api-tokens/service";
import { listOrganisations } from "@/lib/people/service";
import { ROLE_LABELS } from "@/lib/people/roles";
import { appUrl } from "@/lib/config";
import { formatDateTime, formatSpan } from "@/lib/time";
import { RegistrationOutcome } from "@/components/meetings/registration-forms";
import { MemberCancellation } from "@/components/meetings/member-cancellation";
import { readSettings } from "@/lib/settings/queries";
import { attestationsOf } from "@/lib/attendance/attestations";
import { formatDuration } from "@/lib/attendance/half-days";
import { RegistrationCode } from "@/components/meetings/registration-code";
import { hasRole } from "@/lib/people/roles";
import { OTHER_STRUCTURE } from "@/lib/organisations/labels";
import { StructureDatalist } from "@/components/organisations/structure-datalist";
import { ChangePasswordForm, CreateTokenForm, DeleteAccountForm, ProfileForm, RegenerateCalendarForm, RevokeTokenForm } from "./forms";

import { REGISTRATION_STATUS_LABELS } from "@/lib/registrations/labels";
import { isLiveStatus } from "@/lib/registrations/schema";

export const metadata: Metadata = { title: "Mon espace" };
export const instant = false;

export default async function MySpacePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string; "mot-de-passe"?: string }> }) {
  const user = await requirePageUser("pending", "/mon-espace");
  const organisationName = listOrganisations(db).find((o) => o.id === user.organisationId)?.name;
  const { bienvenue, "mot-de-passe": password } = await searchParams;
  const now = new Date();
  const registrations = listUserRegistrations(db, user.id);
  const upcoming = registrations.filter((r) => r.meeting.endsAt >= now).reverse();
  const past = registrations.filter((r) => r.meeting.endsAt < now);
  const tokens = listApiTokens(db, user.id);
  const attestations = attestationsOf(db, user.id);
  const { contactEmail } = readSettings(db).identity;
  const feedUrl = `${appUrl()}/mon-espace/calendrier.ics?token=${user.calendarToken}`;

  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">Mon espace</h1>
      <p className="mb-6 text-muted">
        {user.name} · {user.email} · <span className="badge">{ROLE_LABELS[user.role]}</span>
      </p>
      {bienvenue && (
        <p role="status" className="mb-4 rounded border-l-4 border-ok bg-ok-soft p-3 font-semibold text-ok">
          Votre adresse e-mail est confirmée. Bienvenue sur le réseau de l&apos;IREV !
        </p>
      )}
      {user.role === "pending" && (
        <p className="mb-6 rounded border-l-4 border-warn bg-warn-soft p-3 text-warn">
          Votre compte est en attente de validation par l&apos;équipe de l&apos;IREV. En attendant, vous pouvez vous
          inscrire aux rencontres ouvertes à tous.
        </p>
      )}

      <nav aria-label="Sections de mon espace" className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li><a href="#inscriptions">Mes inscriptions</a></li>
          {hasRole(user.role, "member") && <li><Link href="/mon-espace/favoris">Mes favoris</Link></li>}
          <li><a href="#profil">Mon profil</a></li>
          <li><a href="#mot-de-passe">Mot de passe</a></li>
          <li><a href="#agenda">Mon agenda</a></li>
          <li><a href="#jetons">Jetons d&apos;API</a></li>
          <li><a href="#donnees">Mes données</a></li>
        </ul>
      </nav>

      <section id="inscriptions" aria-labelledby="titre-inscriptions" className="mb-10">
        <h2 id="titre-inscriptions" className="mb-4 text-2xl font-bold">Mes inscriptions</h2>
        <h3 className="mb-2 text-xl font-bold">À venir</h3>
        <RegistrationOutcome>
        {upcoming.length === 0 ? (
          <p className="mb-6">
            Aucune inscription à venir. <Link href="/rencontres">Voir les prochaines rencontres</Link>
          </p>
        ) : (
          <ul className="mb-6 grid gap-3">
            {upcoming.map((r) => (
              <li key={r.id} className="card">
                <h4 className="text-lg font-bold">
                  <Link href={`/rencontres/${r.meeting.slug}`}>{r.meeting.title}</Link>
                </h4>
                <p>{formatSpan(r.meeting)}{r.meeting.venueCity ? ` · ${r.meeting.venueCity}` : ""}</p>
                <p className="font-semibold">
                  {REGISTRATION_STATUS_LABELS[r.status]}
                  {r.status === "waitlisted" && ` – position ${r.waitlistPosition}`}
                  {r.meeting.status === "cancelled" && " – rencontre annulée"}
                </p>
                {r.code && r.meeting.status !== "cancelled" && <RegistrationCode code={r.code} />}
                {r.meeting.startsAt > now && isLiveStatus(r.status) && (
                  <MemberCancellation meeting={r.meeting} waitlisted={r.status === "waitlisted"} contactEmail={contactEmail} now={now} />
                )}
              </li>
            ))}
          </ul>
        )}
        </RegistrationOutcome>
        <h3 className="mb-2 text-xl font-bold">Passées</h3>
        {past.length === 0 ? (
          <p>Aucune rencontre passée.</p>
        ) : (
          <ul className="grid gap-2">
            {past.map((r) => (
              <li key={r.id}>
                <Link href={`/rencontres/${r.meeting.slug}`}>{r.meeting.title}</Link> – {formatSpan(r.meeting)} ({REGISTRATION_STATUS_LABELS[r.status].toLowerCase()})
              </li>
            ))}
          </ul>
        )}
      </section>

      {attestations.length > 0 && (
        <section id="attestations" aria-labelledby="titre-attestations" className="mb-10">
          <h2 id="titre-attestations" className="mb-4 text-2xl font-bold">
            Mes attestations de présence
          </h2>
          <ul className="grid gap-3">
            {attestations.map((attestation) => (
              <li key={attestation.id} className="rounded border border-line p-3">
                <p className="font-semibold">{attestation.meetingTitle}</p>
                <p className="text-muted">{`${attestation.meetingDates} – ${formatDuration(attestation.attendedMinutes)} de présence – attestation n° ${attestation.number}`}</p>
                <a href={`/mon-espace/attestation.pdf?numero=${encodeURIComponent(attestation.number)}`} download>
                  {`Télécharger l'attestation n° ${attestation.number} (PDF)`}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section id="profil" aria-labelledby="titre-profil" className="mb-10">
        <h2 id="titre-profil" className="mb-4 text-2xl font-bold">Mon profil</h2>
        <div className="card max-w-2xl">
          <ProfileForm
            profile={{
              givenName: user.givenName,
              familyName: user.familyName,
              organisation: organisationName ?? (user.organisationOther ? OTHER_STRUCTURE : ""),
              organisationOther: user.organisationOther ?? "",
              jobTitle: user.jobTitle,
              phone: user.phone,
              directoryConsent: user.directoryConsent,
            }}
          />
          <StructureDatalist />
        </div>
      </section>

      <section id="mot-de-passe" aria-labelledby="titre-mot-de-passe" className="mb-10">
        <h2 id="titre-mot-de-passe" className="mb-2 text-2xl font-bold">Mot de passe</h2>
        <div className="card max-w-2xl">
          <p className="mb-3">Changer de mot de passe ferme vos sessions ouvertes sur d&apos;autres appareils.</p>
          <ChangePasswordForm changed={password === "change"} />
        </div>
      </section>

      <section id="agenda" aria-labelledby="titre-agenda-perso" className="mb-10">
        <h2 id="titre-agenda-perso" className="mb-2 text-2xl font-bold">Mon agenda</h2>
        <div className="card max-w-2xl">
          <p className="mb-2">
            Abonnez votre logiciel d&apos;agenda (Outlook, Thunderbird, téléphone…) à cette adresse pour y retrouver vos
            inscriptions, mises à jour automatiquement. Gardez-la pour vous : elle donne accès à la liste de vos
            inscriptions.
          </p>
          <label htmlFor="adresse-agenda" className="field-label">Adresse de mon agenda personnel</label>
          <input id="adresse-agenda" readOnly value={feedUrl} className="field-input font-mono text-sm" />
          <RegenerateCalendarForm />
        </div>
      </section>

      <section id="jetons" aria-labelledby="titre-jetons" className="mb-10">
        <h2 id="titre-jetons" className="mb-2 text-2xl font-bold">Jetons d&apos;API</h2>
        <div className="card max-w-2xl">
          <p className="mb-3">
            Un jeton permet à un outil de consulter l&apos;agenda et de gérer vos inscriptions via l&apos;
            <a href="/api/v1/openapi.json">API du réseau</a> (en-tête <code>Authorization: Bearer …</code>).
          </p>
          {tokens.length === 0 ? (
            <p>Aucun jeton actif.</p>
          ) : (
            <ul className="grid gap-2">
              {tokens.map((t) => (
                <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line pb-2">
                  <span>
                    <strong>{t.name}</strong> <code className="text-sm">{t.prefix}…</code>
                    <span className="block text-sm text-muted">
                      Créé le {formatDateTime(t.createdAt)}
                      {t.lastUsedAt ? ` · utilisé le ${formatDateTime(t.lastUsedAt)}` : " · jamais utilisé"}
                    </span>
                  </span>
                  <RevokeTokenForm tokenId={t.id} name={t.name} />
                </li>
              ))}
            </ul>
          )}
          {hasRole(user.role, "member") ? (
            <CreateTokenForm />
          ) : (
            <p className="mt-3">Les jetons d&apos;API sont réservés aux membres : vous pourrez en créer une fois votre compte validé.</p>
          )}
        </div>
      </section>

      <section id="donnees" aria-labelledby="titre-donnees" className="mb-10">
        <h2 id="titre-donnees" className="mb-2 text-2xl font-bold">Mes données</h2>
        <div className="card max-w-2xl">
          <p className="mb-2">
            <a href="/mon-espace/donnees.json" download>Télécharger mes données</a> (profil, inscriptions et réponses, jetons), au format JSON.
          </p>
          <h3 className="mt-4 text-lg font-bold">Supprimer mon compte</h3>
          <DeleteAccountForm />
        </div>
      </section>
    </div>
  );
}
