import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { id, instant } from "../db-columns";

/**
 * One row per counted event (a password check, a visitor-triggered e-mail), per bucket and key (an address,
 * a client). Counting and recording happen in one immediate transaction, so concurrent requests cannot all pass.
 */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: id(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    at: instant("at").notNull(),
  },
  (t) => [index("rate_limit_hits_lookup_idx").on(t.bucket, t.key, t.at)],
);
