/*
 * The names cached content is tagged with. A cached read tags everything it shows; a write invalidates the tags of
 * what it changed, and nothing else. Ids, never personal data: tags are stored as written.
 */
export const cacheTags = {
  /** Which meetings exist, their order and the archive years: any list of meetings. */
  meetings: "rencontres",
  /** One meeting as shown anywhere: its page, its card in a list, its seats left. */
  meeting: (id: string) => `rencontre:${id}`,
  /** Which reports are published, for the lists of latest publications. */
  reports: "publications",
  report: (id: string) => `publication:${id}`,
  /** Which documents the library lists: added, deleted, made members-only or public, attached or detached. */
  documents: "documents",
  document: (id: string) => `document:${id}`,
  organisation: (id: string) => `organisation:${id}`,
  themes: "thematiques",
  /** IREV's settings (identity, addresses): the legal pages and the contact page. */
  settings: "parametres",
} as const;

/** A tag is at most 256 characters of this alphabet (Next's own limit), so a request cannot smuggle anything else. */
export const CACHE_TAG_PATTERN = /^[a-z0-9:_-]{1,256}$/;
