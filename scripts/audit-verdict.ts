/**
 * Reads the JSON of `npm audit --json` (report format 2, npm 7 and later). Pure, so what counts
 * as a pass is unit-tested without the network.
 */

export type Severity = "info" | "low" | "moderate" | "high" | "critical";

export type AuditVerdict =
  /** The advisory database answered and nothing high or critical applies. */
  | { kind: "passed"; counts: Partial<Record<Severity, number>> }
  /** The advisory database answered with high or critical advisories. */
  | { kind: "failed"; counts: Partial<Record<Severity, number>>; offenders: string[] }
  /** npm could not get an answer: the dependencies were not checked at all. */
  | { kind: "unreachable"; status: string }
  /** Output we do not understand: treated as a failure, never as a pass. */
  | { kind: "unreadable"; detail: string };

const BLOCKING: readonly Severity[] = ["high", "critical"];

interface Report {
  auditReportVersion?: number;
  vulnerabilities?: Record<
    string,
    { name?: string; severity?: Severity; via?: (string | { title?: string; url?: string })[] }
  >;
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  statusCode?: number;
  error?: { code?: string; summary?: string };
}

export function readAudit(stdout: string): AuditVerdict {
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    return { kind: "unreadable", detail: stdout.slice(0, 500) || "(no output)" };
  }
  if (report.auditReportVersion === undefined) {
    if (report.statusCode !== undefined || report.error !== undefined)
      return {
        kind: "unreachable",
        status: String(report.statusCode ?? report.error?.code ?? "unknown"),
      };
    return { kind: "unreadable", detail: stdout.slice(0, 500) };
  }
  if (report.auditReportVersion !== 2 || !report.metadata?.vulnerabilities)
    return { kind: "unreadable", detail: `audit report version ${report.auditReportVersion}` };
  const counts = report.metadata.vulnerabilities;
  const offenders = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity !== undefined && BLOCKING.includes(v.severity))
    .map(([name, v]) => {
      const advisories = (v.via ?? [])
        .filter((x): x is { title?: string; url?: string } => typeof x === "object")
        .map((x) => `${x.title ?? "advisory"}${x.url ? ` (${x.url})` : ""}`);
      const through = (v.via ?? []).filter((x): x is string => typeof x === "string");
      return `${name} (${v.severity}): ${[...advisories, ...through.map((t) => `via ${t}`)].join("; ")}`;
    });
  const blocking = BLOCKING.reduce((n, s) => n + (counts[s] ?? 0), 0);
  if (blocking > 0 || offenders.length > 0) return { kind: "failed", counts, offenders };
  return { kind: "passed", counts };
}
