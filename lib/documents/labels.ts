import type { Visibility } from "./schema";

export const DOCUMENT_VISIBILITY_LABELS: Record<Visibility, string> = { public: "Public", members: "Réservé aux membres" };
