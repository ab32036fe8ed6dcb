import { notFound } from "next/navigation";
import { LIVE_EDITION } from "@/lib/cache/public-view";

/**
 * Anything but the live edition is not found. Pages whose only parameter is the edition call it too, before reading
 * anything: the layout's check alone does not stop a page rendered beside it, so the build's placeholder would
 * otherwise embed what it read from the build's database.
 */
export async function requireLiveEdition(params: Promise<{ edition: string }>): Promise<void> {
  if ((await params).edition !== LIVE_EDITION) notFound();
}
