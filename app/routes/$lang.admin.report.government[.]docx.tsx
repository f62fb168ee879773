// GET /{lang}/admin/report/government.docx?language=en|fr&annex=1&consultation=<id>
// (or &cluster=<n>: that cluster's current consultation):
// the government input, built from the current draft (not a published
// version), for admins to send to the Government of Canada. A resource route.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/models/accounts/auth.server";
import { read } from "~/platform/read-pool.server";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { consultationForCluster } from "~/models/report/document.server";
import { governmentFileName } from "~/models/report/outputs/content";
import { notFound, requireLang } from "~/web/params";

const querySchema = z.object({
  language: z.enum(["en", "fr"]).optional(),
  annex: z.enum(["0", "1"]).optional(),
  cluster: z
    .string()
    .regex(/^[1-9]\d{0,2}$/)
    .transform(Number)
    .optional(),
  consultation: z
    .string()
    .regex(/^[1-9]\d{0,8}$/)
    .transform(Number)
    .optional(),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new Response("Bad Request: ?language=en|fr&annex=0|1&consultation=<id> or &cluster=<number>", { status: 400 });
  const language = query.data.language ?? lang;
  const { consultation, cluster } = query.data;
  const consultationId =
    consultation ??
    (cluster !== undefined ? consultationForCluster(cluster)?.id : chosenConsultation(new URL(request.url)).consultation.id);
  // The figures and the Word file are built in a worker thread (read-pool.server.ts).
  const built = consultationId === undefined ? null : await read("governmentInput", consultationId, language, query.data.annex === "1");
  if (!built) throw notFound();
  const { doc, body } = built;
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${governmentFileName(doc, language)}"`,
      // Built from the unpublished draft: never kept by a browser or proxy.
      "Cache-Control": "no-store",
    },
  });
}
