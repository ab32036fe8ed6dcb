/** Where staff download a meeting's attestations: one by its number, or all of them as a ZIP. */
export function attestationPdfHref(meetingSlug: string, number: string): string {
  return `/admin/rencontres/${meetingSlug}/presence/attestation.pdf?numero=${encodeURIComponent(number)}`;
}

export function attestationsZipHref(meetingSlug: string): string {
  return `/admin/rencontres/${meetingSlug}/presence/attestations.zip`;
}
