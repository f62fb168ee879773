// A consultation's questions as the CSV staff edit in a spreadsheet (UTF-8 with BOM), staff only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/models/accounts/auth.server";
import { toCsv } from "~/models/questionnaire/format";
import { exportQuestionnaire, requireConsultation } from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  return new Response(toCsv(exportQuestionnaire(consultation.id)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${consultation.slug}-questions.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
