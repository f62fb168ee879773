import { databaseAnswers } from "~/platform/health.server";

/** For load balancers and the browser suite: 200 once the database answers. */
export function loader() {
  databaseAnswers();
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
