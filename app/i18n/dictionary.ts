import type { en } from "./en";

/**
 * The shape every dictionary must have: the English one's. French is declared
 * as `Dictionary`, so a missing or extra French key is a type error.
 */
export type Dictionary = typeof en;
