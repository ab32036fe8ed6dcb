import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db/client";
import { MeetingView } from "@/components/meetings/meeting-view";
import { getMeetingBySlug } from "@/lib/meetings/queries";
import { staffMeetingPage } from "../meeting";

type Props = PageProps<"/admin/rencontres/[slug]/apercu">;

/* Reads the signed-in user and the meeting as it is now: rendered for each request, never cached. */
export const instant = false;

export const metadata: Metadata = { title: "Aperçu de la rencontre – administration" };

const VIEWS = [
  { key: "visiteur", label: "Vue visiteur" },
  { key: "membre", label: "Vue membre" },
] as const;

/** The meeting's page as visitors or members will see it, drafts included. */
export default async function MeetingPreviewPage({ params, searchParams }: Props) {
  const { meeting: stored } = await staffMeetingPage((await params).slug, "/apercu");
  const view = (await searchParams).vue === "membre" ? "membre" : "visiteur";
  const meeting = getMeetingBySlug(db, stored.slug, "staff")!;
  const base = `/admin/rencontres/${meeting.slug}/apercu`;
  return (
    <div>
      <p className="mb-4 rounded border-l-4 border-warn bg-warn-soft p-3 font-bold text-warn">
        {meeting.status === "draft" ? "Aperçu – brouillon non publié" : "Aperçu"}{` : ${view === "membre" ? "vue d'un membre connecté" : "vue d'un visiteur"}.`}
      </p>
      <nav aria-label="Point de vue de l'aperçu" className="mb-6">
        <ul className="flex flex-wrap gap-3">
          {VIEWS.map(({ key, label }) => (
            <li key={key}>
              <Link href={`${base}?vue=${key}`} aria-current={view === key ? "page" : undefined} className={view === key ? "btn" : "btn btn-secondary"}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="rounded border-2 border-dashed border-line p-4">
        <MeetingView
          meeting={meeting}
          now={new Date()}
          canSeeMembersFiles={view === "membre"}
          registration={
            <section aria-labelledby="titre-inscription" className="card">
              <h2 id="titre-inscription" className="mb-2 text-xl font-bold">Inscription</h2>
              <p>
                {view === "membre"
                  ? "Ici, le membre voit les places restantes et s'inscrit."
                  : meeting.audience === "members"
                    ? "Ici, le visiteur est invité à se connecter : la rencontre est réservée aux membres."
                    : "Ici, le visiteur voit les places restantes et est invité à se connecter pour s'inscrire."}{" "}
                L&apos;inscription n&apos;est pas active dans l&apos;aperçu.
              </p>
            </section>
          }
        />
      </div>
    </div>
  );
}
