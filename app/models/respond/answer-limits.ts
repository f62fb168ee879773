// The answer form's size limits, for the server's checks (forms.server.ts)
// and the page's maxlength attributes. No zod here: the answer page's browser
// bundle imports this module.

/** Far above any word limit; stops a pasted book, not a long answer. */
export const MAX_ANSWER_CHARACTERS = 30_000;
/** A law and a few sections, not a second answer. */
export const MAX_CITATION = 500;
