import { connection } from "next/server";
import { db } from "@/db/client";
import { structureOptions } from "@/lib/organisations/structure";

/*
 * The suggestions of the structure fields (some 2,000 communes, intercommunalities and known organisations): fetched
 * by the forms that need them, so the pages themselves stay small and cacheable. Read at run time, never at build:
 * the organisations are the running database's.
 */
export async function GET() {
  await connection();
  return Response.json(structureOptions(db), { headers: { "Cache-Control": "public, max-age=300" } });
}
