// A consultation's questions as a questionnaire file (docs/questionnaire-format.md), staff only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/models/accounts/auth.server";
import { toJson } from "~/models/questionnaire/format";
import { exportQuestionnaire, requireConsultation } from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  return new Response(toJson(exportQuestionnaire(consultation.id)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${consultation.slug}-questions.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
