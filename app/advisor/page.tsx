import type { Metadata } from "next";
import { AdvisorApp } from "@/components/advisor/advisor-app";
import { advisorData } from "@/components/advisor/advisor-data";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export const metadata: Metadata = {
  title: "Advisor",
  description:
    "Describe your GPU workload and what it needs, and get a recommendation for bare metal or virtual machines with its confidence, reasons and trade-offs.",
};

export default async function AdvisorPage() {
  const matrix = await loadMatrix();
  return (
    // Questions read in one narrow column; the result uses the width beside them.
    <div className="mx-auto max-w-6xl space-y-6">
      <header className="max-w-3xl space-y-2 print:hidden">
        <h1 className="text-3xl font-bold tracking-tight">
          Which deployment type fits your workload?
        </h1>
        <p className="text-sm text-muted">
          Several workloads? <a href="/plan">Plan them side by side</a>.
        </p>
      </header>
      <AdvisorApp data={advisorData(matrix, proseContext(matrix))} />
    </div>
  );
}
