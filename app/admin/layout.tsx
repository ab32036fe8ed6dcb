import Link from "next/link";
import { requirePageUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/people/roles";

export const instant = false;

/* Comfort only: every admin query and action checks the role again where the data is read or written. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const isAdmin = hasRole((await requirePageUser("staff", "/admin")).role, "admin");
  return (
    <div>
      <nav aria-label="Administration" className="mb-6 border-b border-line pb-3">
        <ul className="flex flex-wrap gap-x-6 gap-y-2 font-semibold">
          <li><Link href="/admin">Tableau de bord</Link></li>
          <li><Link href="/admin/rencontres">Rencontres</Link></li>
          <li><Link href="/admin/documents">Documents</Link></li>
          <li><Link href="/admin/ressources">Ressources</Link></li>
          <li><Link href="/admin/membres">Membres</Link></li>
          <li><Link href="/admin/thematiques">Thématiques</Link></li>
          <li><Link href="/admin/organisations">Organisations</Link></li>
          <li><Link href="/admin/courriels">Courriels</Link></li>
          {isAdmin && <li><Link href="/admin/parametres">Paramètres</Link></li>}
          {isAdmin && <li><Link href="/admin/taches">Tâches planifiées</Link></li>}
          {isAdmin && <li><Link href="/admin/journal">Journal</Link></li>}
        </ul>
      </nav>
      {children}
    </div>
  );
}
