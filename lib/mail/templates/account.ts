import type { OutgoingEmail } from "../outbox";
import { personalEmail, siteLink, type MailIdentity, type Recipient } from "./render";

/* E-mails about a person's account. Those carrying a one-time link keep it apart (secretLink), so staff reading the outbox never see it. */

export function accountVerificationEmail(identity: MailIdentity, person: Recipient, url: string): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "account_verification",
    subject: `Confirmez votre adresse e-mail – ${identity.shortName}`,
    secretLink: url,
    blocks: [
      { kind: "paragraph", text: "Pour confirmer votre adresse et activer votre compte, ouvrez ce lien, valable 24 heures." },
      { kind: "button", label: "Confirmer mon adresse", url },
      { kind: "paragraph", text: `Votre compte sera ensuite examiné par l'équipe ${identity.shortName}. Si vous n'avez pas créé de compte, ignorez ce message.` },
    ],
  });
}

export function signInLinkEmail(identity: MailIdentity, person: Recipient, url: string): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "sign_in_link",
    subject: `Votre lien de connexion – ${identity.shortName}`,
    secretLink: url,
    blocks: [
      { kind: "paragraph", text: "Pour vous connecter, ouvrez ce lien, valable 24 heures et utilisable une seule fois." },
      { kind: "button", label: "Me connecter", url },
      { kind: "paragraph", text: "Si vous n'avez pas demandé ce lien, ignorez ce message." },
    ],
  });
}

export function passwordResetEmail(identity: MailIdentity, person: Recipient, url: string): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "password_reset",
    subject: `Choisir un nouveau mot de passe – ${identity.shortName}`,
    secretLink: url,
    blocks: [
      { kind: "paragraph", text: "Pour choisir un nouveau mot de passe, ouvrez ce lien, valable une heure et utilisable une seule fois." },
      { kind: "button", label: "Choisir un mot de passe", url },
      { kind: "paragraph", text: "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable." },
    ],
  });
}

/** Someone tried to sign up with an address that already has an account: its owner is told, and nobody else learns it exists. */
export function accountExistsEmail(identity: MailIdentity, person: Recipient): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "account_exists",
    subject: `Tentative de création de compte avec votre adresse – ${identity.shortName}`,
    blocks: [
      { kind: "paragraph", text: "Quelqu'un a tenté de créer un compte avec votre adresse e-mail. Vous avez déjà un compte : connectez-vous." },
      { kind: "button", label: "Me connecter", url: siteLink("/connexion") },
      { kind: "paragraph", text: `Si vous avez oublié votre mot de passe, choisissez un nouveau mot de passe : ${siteLink("/mot-de-passe-oublie")}` },
      { kind: "paragraph", text: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message." },
    ],
  });
}

export function accountApprovedEmail(identity: MailIdentity, person: Recipient): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "account_approved",
    subject: `Votre compte membre est validé – ${identity.shortName}`,
    blocks: [
      { kind: "paragraph", text: `L'équipe ${identity.shortName} a validé votre compte : vous avez désormais accès aux rencontres et aux documents réservés aux membres.` },
      { kind: "button", label: "Ouvrir Mon espace", url: siteLink("/mon-espace") },
    ],
  });
}

export function accountRefusedEmail(identity: MailIdentity, person: Recipient): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "account_refused",
    subject: `Votre demande de compte – ${identity.shortName}`,
    blocks: [
      { kind: "paragraph", text: "Votre demande de compte membre n'a pas été retenue." },
      { kind: "paragraph", text: `Pour toute question, écrivez à ${identity.contactEmail}.` },
    ],
  });
}

/** To someone IREV staff registered by hand: their account exists, and a link lets them choose a password. */
export function accountInvitationEmail(identity: MailIdentity, person: Recipient, url: string, meetingTitle: string): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "account_invitation",
    subject: `Votre compte sur le réseau ${identity.shortName}`,
    secretLink: url,
    blocks: [
      { kind: "paragraph", text: `L'équipe ${identity.shortName} vous a inscrit(e) à la rencontre « ${meetingTitle} » et vous a créé un compte à cette adresse.` },
      { kind: "paragraph", text: "Pour l'utiliser, choisissez votre mot de passe avec ce lien, valable 7 jours et utilisable une seule fois. Vous y retrouverez vos inscriptions." },
      { kind: "button", label: "Choisir mon mot de passe", url },
      { kind: "paragraph", text: `Si vous ne souhaitez pas de compte, écrivez à ${identity.contactEmail}.` },
    ],
  });
}
