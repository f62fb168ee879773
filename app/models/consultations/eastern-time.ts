// Consultation dates are entered and shown as Eastern Time (America/Toronto),
// the time the government announces deadlines in, and stored in UTC. The
// offset (−5 or −4) comes from Intl for the day in question, so a deadline
// set in July for a date in December gets the winter offset. Shared by server
// and views: no server imports.
import { CONSULTATION_TIME_ZONE } from "~/i18n/format";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: CONSULTATION_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

function wallClock(date: Date): { date: string; time: string; asUtc: number } {
  const p = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
  const dateText = `${p.year}-${p.month}-${p.day}`;
  const timeText = `${p.hour}:${p.minute}`;
  return {
    date: dateText,
    time: timeText,
    asUtc: Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)),
  };
}

/** The date (YYYY-MM-DD) and time (HH:MM) a moment shows in Toronto: what a form field holds. */
export function toEastern(date: Date): { date: string; time: string } {
  const { date: d, time } = wallClock(date);
  return { date: d, time };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-01-31" names a day of the calendar ("2027-02-30" does not). */
export function isCalendarDate(text: string): boolean {
  const d = DATE.exec(text.trim());
  if (!d) return false;
  const day = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  return day.getUTCFullYear() === Number(d[1]) && day.getUTCMonth() === Number(d[2]) - 1 && day.getUTCDate() === Number(d[3]);
}
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The UTC moment of a Toronto wall-clock date and time, or null when the text
 * is not a date and time, or names a time that does not exist there (the hour
 * skipped when clocks go forward). In the hour repeated in November the
 * earlier moment (still daylight time) is taken.
 */
export function fromEastern(dateText: string, timeText: string): Date | null {
  const d = DATE.exec(dateText.trim());
  const t = TIME.exec(timeText.trim());
  if (!d || !t || !isCalendarDate(dateText)) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Two candidates, one per offset the zone can have around that moment; keep
  // the earliest that reads back as the wall-clock time asked for.
  const candidates = [-4, -5].map((h) => wanted - h * 3600_000).sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (wallClock(new Date(candidate)).asUtc === wanted) return new Date(candidate);
  }
  return null;
}
