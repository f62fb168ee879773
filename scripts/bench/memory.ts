// Memory of a process, read from /proc (Linux): VmHWM is the peak resident
// set size since the process started, VmRSS the current one.
import fs from "node:fs";

function statusField(pid: number | "self", field: "VmHWM" | "VmRSS"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Peak RSS in MB since the process started, or null when /proc cannot tell. */
export const peakRssMb = (pid: number | "self" = "self") => statusField(pid, "VmHWM");
export const rssMb = (pid: number | "self" = "self") => statusField(pid, "VmRSS");
