// `npm run outbox:send`: delivers every email that is due, once, then exits.
// Safe beside a running server: each message is leased while it is sent, so
// the server's worker and this script never send the same message.
import { closeDb } from "../db/client.server";
import { env } from "../app/platform/env.server";
import { countPending, deliverDue } from "../app/models/email/outbox.server";

async function main(): Promise<void> {
  if (!env().RESEND_API_KEY) {
    const pending = countPending();
    console.log(
      `RESEND_API_KEY is not set, so no email leaves this machine: ${pending} message(s) stay in the outbox (read them at /en/mailbox).`,
    );
    return;
  }
  // One run with no limit: it takes due messages until none is left that it
  // has not tried, so each message gets at most one attempt here; what remains
  // is leased by another sender or waiting out its backoff.
  const total = await deliverDue({ limit: Number.POSITIVE_INFINITY });
  console.log(`Email outbox: ${total.sent} sent, ${total.retried} to retry later, ${total.failed} given up.`);
  const pending = countPending();
  if (pending > 0) console.log(`${pending} message(s) are still waiting (leased by another sender or in backoff).`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  closeDb();
}
