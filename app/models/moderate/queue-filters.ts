// The staff queue's filters, sorts and match marks: shared by the queue page
// (which renders them in the browser too) and app/models/moderate/queue.server.ts.
import { z } from "zod";
import { LANGS, MODERATION_STATES, ORGANIZATION_TYPES, REGIONS } from "~db/constants";

export const QUEUE_SORTS = ["newest", "oldest", "question", "organization", "relevance"] as const;

/** Empty strings (an untouched <select>) mean "any"; a value that does not fit is ignored, not an error. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** The queue's filters as they travel in the query string. */
export const queueFilterSchema = z.object({
  consultation: optional(z.coerce.number().int().positive()),
  question: optional(z.coerce.number().int().positive()),
  instrument: optional(z.string().regex(/^[a-z-]{2,20}$/)),
  state: optional(z.enum(MODERATION_STATES)),
  theme: optional(z.coerce.number().int().positive()),
  orgType: optional(z.enum(ORGANIZATION_TYPES)),
  region: optional(z.enum(REGIONS)),
  language: optional(z.enum(LANGS)),
  quotable: optional(z.enum(["yes", "no"])),
  q: optional(z.string().trim().max(200)),
  sort: optional(z.enum(QUEUE_SORTS)),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type QueueFilters = z.infer<typeof queueFilterSchema>;

/** The filters that narrow the list (everything but search, sort and page). */
export const FACETS = ["consultation", "question", "instrument", "state", "theme", "orgType", "region", "language", "quotable"] as const;
export type Facet = (typeof FACETS)[number];

/** Query string of the filters, without defaults, so links stay short and stable. */
export function queueQuery(filters: Partial<QueueFilters>, overrides: Partial<QueueFilters> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** Marks FTS5's snippet() puts around matches: private-use characters no answer contains. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";
