// How far an organization is with one question. Shared by server and views.

/** not started: nothing saved; draft: saved but incomplete; answered: complete. */
export type Progress = "not-started" | "draft" | "answered";

export function progressOf(
  question: { answerType: "closed" | "open" },
  response: { text: string; closedAnswer: string | null } | undefined,
): Progress {
  if (!response || (response.text.trim() === "" && !response.closedAnswer)) return "not-started";
  const complete = question.answerType === "closed" ? response.closedAnswer !== null : response.text.trim() !== "";
  return complete ? "answered" : "draft";
}
