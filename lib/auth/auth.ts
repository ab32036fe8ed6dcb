import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { z } from "zod";
import { db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/people/schema";
import { findUserByEmail } from "@/lib/people/service";
import { verifyPassword } from "@/lib/people/password";
import { enqueueEmail } from "@/lib/mail/outbox";
import { signInLinkEmail, verifyEmailEmail } from "@/lib/mail/templates";
import { authConfig } from "./auth.config";
import { authSecret } from "./secret";
import { signInThrottle } from "./throttle";

export class EmailNotVerified extends CredentialsSignin {
  code = "email_not_verified";
}

export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

const EXPECTED_REFUSALS = new Set<string>(["CredentialsSignin", "Verification", "AccessDenied"]);

const credentialsSchema = z.object({ email: z.string().trim().email(), password: z.string().min(1) });

/* Runs a hash even for unknown addresses so response time does not reveal which accounts exist. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Xbq0b8mCG3bWQ2V6l2h2x7aXk3z0l2mZrVQk8JmY3E";

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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const key = parsed.data.email.toLowerCase();
        if (signInThrottle.isBlocked(key)) throw new TooManyAttempts();
        const user = findUserByEmail(db, parsed.data.email);
        const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
        if (!user || !valid || user.status !== "active") {
          signInThrottle.recordFailure(key);
          return null;
        }
        signInThrottle.reset(key);
        if (!user.emailVerified) throw new EmailNotVerified();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    {
      id: "lien",
      type: "email",
      name: "Lien de connexion par e-mail",
      maxAge: 24 * 60 * 60,
      /* Every e-mail goes through the outbox; unknown addresses get nothing, but the page says the same. */
      sendVerificationRequest({ identifier, url }) {
        const user = findUserByEmail(db, identifier);
        if (!user || user.status !== "active") return;
        enqueueEmail(db, user.emailVerified ? signInLinkEmail(user.email, url) : verifyEmailEmail(user.email, user.name, url));
      },
      options: {},
    },
  ],
  callbacks: {
    ...authConfig.callbacks,
    /* Links never create accounts: sign-up does, through /inscription. */
    signIn({ user, account }) {
      if (account?.provider !== "lien") return true;
      const known = user.email ? findUserByEmail(db, user.email) : undefined;
      return known !== undefined && known.status === "active";
    },
  },
});
