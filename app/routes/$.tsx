import { notFound } from "~/web/params";

/** Any address no other route matches: the friendly 404, in the page's language. */
export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
