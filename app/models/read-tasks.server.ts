// The long reads a request may hand to the read pool (read-pool.server.ts),
// by name. The same functions run in a worker thread (read-worker.server.ts)
// or, with READ_WORKERS=0, on the main thread: one list, so both ways run
// the same code. Arguments and results cross the thread boundary by
// structured clone: plain data, Maps, Dates and byte arrays only.
import type { Lang } from "~/i18n/lang";
import { gzipped } from "~/platform/gzip-stream.server";
import { answersCsv } from "./moderate/answers-export.server";
import { listQueue, queueNeighbours, type QueueFilters } from "./moderate/queue.server";
import { builderQuestions } from "./report/builder.server";
import { buildConsultationReport, buildReportDocument } from "./report/document.server";
import { computeFigures } from "./report/figures.server";
import { governmentInputDocx } from "./report/outputs/government-input.server";
import { suggestThemes } from "./moderate/theme-suggestions.server";

export const readTasks = {
  listQueue: (filters: QueueFilters, options: { withCounts?: boolean } = {}) => listQueue(filters, options),
  queueNeighbours: (responseId: number, back: string) => queueNeighbours(responseId, back),
  computeFigures: (consultationId: number) => computeFigures(consultationId),
  builderQuestions: (consultationId: number) => builderQuestions(consultationId),
  buildReportDocument: (clusterId: number) => buildReportDocument(clusterId),
  /** One consultation's report, by id: a cluster has one consultation per review cycle. */
  buildConsultationReport: (consultationId: number) => buildConsultationReport(consultationId),
  suggestThemes: (responseId: number, lang: Lang, limit: number) => suggestThemes(responseId, lang, limit),
  /** The government input of a consultation's current draft, or null when there is no such consultation. */
  governmentInput: async (consultationId: number, lang: Lang, includeNonParty: boolean) => {
    const doc = buildConsultationReport(consultationId);
    if (!doc) return null;
    const body = await governmentInputDocx(doc, lang, { includeNonParty });
    return { doc, body: new Uint8Array(body) };
  },
};

/** Reads whose result is a byte stream, sent chunk by chunk as the reader asks for it. */
export const readStreams = {
  /** The staff CSV; gzipped here, in the worker, when the request accepts it. */
  answersCsv: (lang: Lang, cluster: number | null, gzip = false) => {
    const csv = answersCsv({ lang, cluster });
    return gzip ? gzipped(csv) : csv;
  },
};

export type ReadTasks = typeof readTasks;
export type ReadStreams = typeof readStreams;
