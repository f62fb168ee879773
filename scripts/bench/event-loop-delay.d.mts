import type { IntervalHistogram } from "node:perf_hooks";

export const RESOLUTION_MS: number;
export function delayHistogram(): IntervalHistogram;
export function delayMs(ns: number): number;
