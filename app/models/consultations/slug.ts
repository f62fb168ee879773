// The `?consultation=` query of the public cluster and question pages: the
// slug of one of the cluster's other consultations (docs/decisions/007).
// Plain checks, no zod: this reaches the pages' loaders only, but stays light.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug asked for, null for none; a malformed one is a page that does not exist (throws 404). */
export function consultationSlugOf(request: Request): string | null {
  const value = new URL(request.url).searchParams.get("consultation");
  if (value === null || value === "") return null;
  if (value.length > 80 || !SLUG.test(value)) throw new Response("Not Found", { status: 404 });
  return value;
}

/** The query to keep on links between a consultation's pages: empty for the current one. */
export function consultationQuery(slug: string | null): string {
  return slug ? `?consultation=${encodeURIComponent(slug)}` : "";
}
