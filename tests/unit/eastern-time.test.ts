// Consultation dates are typed and read as Toronto time and stored in UTC,
// across the changes to and from daylight saving time.
import { describe, expect, it } from "vitest";
import { fromEastern, toEastern } from "~/models/consultations/eastern-time";

describe("Eastern Time in consultation forms", () => {
  it("reads winter times as UTC−5 and summer times as UTC−4", () => {
    expect(fromEastern("2027-01-31", "23:59")!.toISOString()).toBe("2027-02-01T04:59:00.000Z");
    expect(fromEastern("2027-07-15", "09:00")!.toISOString()).toBe("2027-07-15T13:00:00.000Z");
  });

  it("refuses the hour skipped in March and takes the first of the hour repeated in November", () => {
    expect(fromEastern("2027-03-14", "02:30")).toBeNull();
    expect(fromEastern("2027-03-14", "03:00")!.toISOString()).toBe("2027-03-14T07:00:00.000Z");
    expect(fromEastern("2027-11-07", "01:30")!.toISOString()).toBe("2027-11-07T05:30:00.000Z");
  });

  it("refuses what is not a date and a time", () => {
    expect(fromEastern("2027-02-30", "10:00")).toBeNull();
    expect(fromEastern("31/01/2027", "10:00")).toBeNull();
    expect(fromEastern("2027-01-31", "24:00")).toBeNull();
  });

  it("shows a stored moment as the date and time of the form, round trip", () => {
    const stored = new Date("2027-02-01T04:59:00.000Z");
    expect(toEastern(stored)).toEqual({ date: "2027-01-31", time: "23:59" });
    const { date, time } = toEastern(stored);
    expect(fromEastern(date, time)).toEqual(stored);
  });
});
