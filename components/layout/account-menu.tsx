"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/app/connexion/actions";

type Account = { name: string; role: "pending" | "member" | "staff" | "admin" } | null;

/*
 * The header shows the account twice (phone menu, wide-screen row; one hidden at a time): both ask at the same
 * moment, so they share the request in flight rather than asking twice.
 */
let inFlight: { pathname: string; account: Promise<Account> } | null = null;

function fetchAccount(pathname: string): Promise<Account> {
  if (inFlight?.pathname === pathname) return inFlight.account;
  const account = fetch("/api/compte", { cache: "no-store" })
    .then((response) => (response.ok ? response.json() : { account: null }))
    .then((body: { account: Account }) => body.account)
    .catch(() => null)
    .finally(() => {
      if (inFlight?.account === account) inFlight = null;
    });
  inFlight = { pathname, account };
  return account;
}

/** Who is signed in, fetched after load so that the page itself stays cacheable. */
export function AccountMenu() {
  const [account, setAccount] = useState<Account | undefined>(undefined);
  /* The layout survives client-side navigations (sign-in and sign-out redirect that way), so ask again on each. */
  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    fetchAccount(pathname).then((found) => live && setAccount(found));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (account === undefined) return <div className="h-10" aria-hidden="true" />;
  if (account === null) {
    return (
      <div className="flex gap-3">
        <Link href="/connexion" className="btn btn-secondary">Se connecter</Link>
        <Link href="/inscription" className="btn">Créer un compte</Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm">
        Connecté(e) : <strong>{account.name}</strong>
      </span>
      {(account.role === "staff" || account.role === "admin") && (
        <Link href="/admin" className="btn btn-secondary">Administration</Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className="btn btn-secondary">Se déconnecter</button>
      </form>
    </div>
  );
}
