import type { listReportContacts } from "@/lib/contacts/queries";

type Contact = ReturnType<typeof listReportContacts>[number];

/** Directory contacts as cards: territory, name, function, organisation, phone and e-mail (a report's annex, a theme's contacts). */
export function ContactCards({ contacts }: { contacts: Contact[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {contacts.map((contact) => (
        <li key={contact.id} className="rounded border border-line p-3">
          {contact.territory && <p className="font-semibold text-brand-dark">{contact.territory}</p>}
          <p className="font-semibold">{contact.name}</p>
          {contact.function && <p>{contact.function}</p>}
          {(contact.organisationName ?? contact.organisation) && <p className="text-muted">{contact.organisationName ?? contact.organisation}</p>}
          {contact.phone && (
            <p>
              Téléphone : <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
            </p>
          )}
          {contact.email && (
            <p className="break-all">
              Courriel : <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
