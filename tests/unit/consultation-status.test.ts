import { describe, expect, it } from "vitest";
import { consultationStatus } from "~/models/consultations/status";
import { demoConsultationDates } from "~db/seed";

const opensAt = new Date("2026-11-15T05:00:00Z");
const closesAt = new Date("2027-02-15T04:59:00Z");

describe("consultationStatus", () => {
  it("is upcoming before the opening moment and open from it", () => {
    expect(consultationStatus({ opensAt, closesAt }, new Date(opensAt.getTime() - 1))).toBe("upcoming");
    expect(consultationStatus({ opensAt, closesAt }, opensAt)).toBe("open");
  });
  it("closes exactly at the deadline", () => {
    expect(consultationStatus({ opensAt, closesAt }, new Date(closesAt.getTime() - 1))).toBe("open");
    expect(consultationStatus({ opensAt, closesAt }, closesAt)).toBe("closed");
  });
});

describe("demo consultation dates", () => {
  it("are open on the day of seeding and close at 23:59 Eastern Time", () => {
    for (const now of [new Date("2026-11-22T15:00:00Z"), new Date("2026-06-10T02:00:00Z")]) {
      const dates = demoConsultationDates(now);
      expect(consultationStatus(dates, now)).toBe("open");
      const local = new Intl.DateTimeFormat("en-CA", {
        timeZone: "America/Toronto",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(dates.closesAt);
      expect(local).toBe("23:59");
    }
  });
});
