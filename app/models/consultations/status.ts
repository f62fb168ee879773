// Whether a consultation is open, from its dates. Shared by server and views,
// so it has no server imports.

export type ConsultationStatus = "upcoming" | "open" | "closed";

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function consultationStatus(dates: { opensAt: Date; closesAt: Date }, now: Date = new Date()): ConsultationStatus {
  if (now < dates.opensAt) return "upcoming";
  if (now < dates.closesAt) return "open";
  return "closed";
}
