import { db } from "@/db/client";
import type { User } from "@/lib/people/service";
import { canKeepFavourites, favouriteIds, type FavouriteKind } from "@/lib/favourites/rules";
import { FavouriteButton } from "./favourite-button";

/**
 * A reader's favourite button for one meeting, report or document, its state read for this request: only on pages
 * rendered for a signed-in reader, never inside cached content. Members and the team get the button; an account
 * awaiting approval is told why it has none on a meeting's or a report's own page (`explain`), not on every entry of
 * a list; visitors (the cached pages) get nothing.
 */
type Props = { user: User | null; kind: FavouriteKind; id: string; title: string; explain?: boolean };

export function FavouriteToggle({ user, kind, id, title, explain = false }: Props) {
  if (!user) return null;
  if (!canKeepFavourites(user.role)) {
    return explain ? <p className="text-sm text-muted">Les favoris sont ouverts aux membres, une fois votre compte validé.</p> : null;
  }
  return <FavouriteButton kind={kind} id={id} title={title} favourite={favouriteIds(db, user.id, kind, [id]).has(id)} />;
}
