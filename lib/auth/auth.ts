import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { z } from "zod";
import { db } from "@/db/client";
import { appUrl } from "@/lib/config";
import { accounts, sessions, users, verificationTokens } from "@/lib/people/schema";
import { findActiveUser, findUserByEmail } from "@/lib/people/service";
import { sendVisitorEmail } from "@/lib/mail/visitor-mail";
import { accountVerificationEmail, signInLinkEmail } from "@/lib/mail/templates/account";
import { readSettings } from "@/lib/settings/queries";
import { clientKey } from "@/lib/rate-limit/client";
import { authConfig } from "./auth.config";
import { checkPasswordSignIn } from "./password-sign-in";
import { safeReturnPath } from "./return-path";
import { authSecret } from "./secret";

export class EmailNotVerified extends CredentialsSignin {
  code = "email_not_verified";
}

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

const EXPECTED_REFUSALS = new Set<string>(["CredentialsSignin", "Verification", "AccessDenied"]);

const credentialsSchema = z.object({ email: z.string().trim().email(), password: z.string().min(1) });

/* Auth.js builds its links and redirects from AUTH_URL when set, never from the request's Host: derive it from SITE_URL. */
process.env.AUTH_URL = `${appUrl()}/api/auth`;

/** Where Auth.js sends a link request; unknown addresses are sent there too, so both get the same page. */
export const LINK_SENT_URL = `${appUrl()}/api/auth/verify-request?provider=lien&type=email`;

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: authSecret(),
  logger: {
    /* A wrong password or an expired link is a refusal the user is told about, not a server error. */
    error(error) {
      if (error instanceof AuthError && EXPECTED_REFUSALS.has(error.type)) return;
      console.error("[auth]", error);
    },
  },
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkPasswordSignIn(db, parsed.data.email, parsed.data.password, clientKey(request.headers));
        if (result.outcome === "throttled") throw new TooManyAttempts();
        if (result.outcome === "email_not_verified") throw new EmailNotVerified();
        if (result.outcome !== "signed_in") return null;
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
    {
      id: "lien",
      type: "email",
      name: "Lien de connexion par e-mail",
      maxAge: 24 * 60 * 60,
      /* Every e-mail goes through the outbox, within the ceilings of e-mails a visitor can cause. */
      sendVerificationRequest({ identifier, url, request }) {
        const user = findUserByEmail(db, identifier);
        if (!user || user.status !== "active") return;
        const identity = readSettings(db).identity;
        const email = user.emailVerified ? signInLinkEmail(identity, user, url) : accountVerificationEmail(identity, user, url);
        sendVisitorEmail(db, email, clientKey(request.headers));
      },
      options: {},
    },
  ],
  callbacks: {
    ...authConfig.callbacks,
    /* Links never create accounts: sign-up does, through /inscription. An unknown address gets the same page as a known one, and no e-mail. */
    signIn({ user, account, email }) {
      if (account?.provider !== "lien") return true;
      const known = user.email ? findUserByEmail(db, user.email) : undefined;
      const active = known !== undefined && known.status === "active";
      if (email?.verificationRequest && !active) return LINK_SENT_URL;
      return active;
    },
    /* Only to the site's own address (SITE_URL), whatever the request said its host was. */
    redirect({ url }) {
      const site = appUrl();
      if (url.startsWith("/")) return `${site}${safeReturnPath(url, "/")}`;
      return URL.canParse(url) && new URL(url).origin === new URL(site).origin ? url : site;
    },
    /* The session carries the account's session key; a password change replaces it, which ends the other sessions. */
    jwt({ token, user }) {
      if (user?.id) return { ...token, sessionKey: findActiveUser(db, user.id)?.sessionKey ?? "" };
      if (!token.sub) return token;
      const current = findActiveUser(db, token.sub);
      if (!current || current.sessionKey !== (token.sessionKey ?? "")) return null;
      return token;
    },
  },
});

declare module "@auth/core/jwt" {
  interface JWT {
    /** The account's session key when the session was opened (users.session_key). */
    sessionKey?: string;
  }
}
