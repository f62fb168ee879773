// Pages that need no JavaScript at all say so in their route module:
// `export const handle: PageHandle = { hydrate: false }`. They are sent as
// plain HTML: no scripts, and not the page's data a second time for React to
// hydrate (for the published report, half of a page of a megabyte or more).
// Links and forms on them work as on any web page; the next page the visitor
// opens loads the app again. app/platform/page-cache.server.ts relies on these pages
// holding no script (a script would carry one request's CSP nonce).
export interface PageHandle {
  hydrate?: false;
}

/** Whether the page made of these route handles loads the app in the browser. */
export function hydrates(handles: unknown[]): boolean {
  return !handles.some((handle) => (handle as PageHandle | undefined)?.hydrate === false);
}
