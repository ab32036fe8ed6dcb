import type { NextAuthConfig } from "next-auth";

/** The part of the Auth.js configuration that needs neither the database nor Node APIs. */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: {
    signIn: "/connexion",
    verifyRequest: "/connexion/lien-envoye",
    error: "/connexion",
  },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
