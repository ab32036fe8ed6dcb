/** The whole domain, assembled from each capability's schema slice. */
export * from "../lib/organisations/schema";
export * from "../lib/themes/schema";
export * from "../lib/people/schema";
export * from "../lib/api-tokens/schema";
export * from "../lib/meetings/schema";
export * from "../lib/registrations/schema";
export * from "../lib/attendance/schema";
export * from "../lib/publications/schema";
export * from "../lib/documents/schema";
export * from "../lib/favourites/schema";
export * from "../lib/contacts/schema";
export * from "../lib/mail/schema";
export * from "../lib/audit/schema";
export * from "../lib/rate-limit/schema";
export * from "../lib/settings/schema";
export * from "../lib/jobs/schema";
