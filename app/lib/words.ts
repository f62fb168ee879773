// Word counting shared by the server (which enforces the limit) and the
// browser (which shows a live count), so both always agree.

/** Words are runs of letters or digits, with inner apostrophes and hyphens ("d’accord", "co-op"). */
const WORD = /[\p{L}\p{N}]+(?:[’'\-‐][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
