// Why staff may reject an answer. Kept out of moderation.server.ts because
// pages render these choices in the browser too, and a `.server` module is
// left out of the browser bundle.
export const REJECTION_REASONS = ["off-topic", "abusive", "duplicate"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
