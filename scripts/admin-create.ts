// `npm run admin:create -- --email ADDRESS --name NAME [--lang fr]`
// Creates the first admin (or makes an existing staff member admin) and says
// how to sign in. Respondent accounts are refused: staff and organizations
// never share an account.
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "../db/client.server";
import { env } from "../app/platform/env.server";
import { createAdmin } from "../app/models/accounts/staff.server";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, lang: { type: "string", default: "en" } },
});
const parsed = z.object({ email: z.email(), name: z.string().trim().min(1), lang: z.enum(["en", "fr"]) }).safeParse(values);
if (!parsed.success) {
  console.error("Usage: npm run admin:create -- --email ADDRESS --name NAME [--lang en|fr]");
  console.error("Both an email address and a name are required.");
  process.exit(1);
}

try {
  const { email, name, lang } = parsed.data;
  const result = createAdmin({ email, name, language: lang });
  if (result.status === "respondent") {
    console.error(`${email} belongs to a responding organization; use another address for the staff account.`);
    process.exitCode = 1;
  } else {
    const verb = result.status === "created" ? "Created" : result.status === "promoted" ? "Made admin:" : "Already an admin:";
    const base = env().PUBLIC_URL;
    console.log(`${verb} ${email}.`);
    console.log(`Sign in at ${base}/${lang}/sign-in with ${email}, then open ${base}/${lang}/admin.`);
    console.log(
      env().EMAIL_DELIVERY === "resend"
        ? "The sign-in link arrives by email."
        : env().EMAIL_DELIVERY === "local-mailbox"
          ? `No email leaves this machine: the sign-in link stays in the local outbox; read it at ${base}/${lang}/mailbox from this machine.`
          : "EMAIL_DELIVERY=outbox: the sign-in link waits in the outbox until `npm run outbox:send` delivers it.",
    );
  }
} finally {
  closeDb();
}
