// Conditional GETs: whether a request's If-None-Match names the current
// version of what it asks for. Shared by the report downloads and the cached
// report pages.

/** If-None-Match holds this ETag (or "*"), weak or strong. */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}
