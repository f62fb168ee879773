import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L or U: characters nobody misreads on paper or over the phone. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A short, unambiguous receipt number such as C1-7K3Q-9XPA (30^8 ≈ 6.6 × 10^11 values). */
export function newReceiptNumber(clusterId: number): string {
  const block = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `C${clusterId}-${block()}-${block()}`;
}

export const RECEIPT_NUMBER_PATTERN = new RegExp(`^C\\d-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);
