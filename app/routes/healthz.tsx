import { sql } from "drizzle-orm";
import { getDb } from "~db/client.server";

/** For load balancers and the browser suite: 200 once the database answers. */
export function loader() {
  getDb().run(sql`select 1`);
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
