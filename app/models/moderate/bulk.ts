// The limit of the bulk actions (decide and tag over many answers,
// moderation.server.ts). Not a .server module: the queue's view names the
// limit in its wording.

/**
 * "Everything matching the filters" is capped so one click cannot start a
 * transaction over a million rows; the moderator repeats it for the rest
 * (the answers already done drop out of a "pending" filter).
 */
export const BULK_CAP = 2000;
