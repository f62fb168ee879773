// Single Fetch types: loaders' Date, Map… values reach components as such
// (turbo-stream), and useLoaderData types follow.
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
