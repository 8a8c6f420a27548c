import type { Metadata } from "next";
import { advisorData } from "@/components/advisor/advisor-data";
import { PlanApp } from "@/components/plan/plan-app";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export const metadata: Metadata = {
  title: "Team plan",
  description:
    "Several GPU workloads side by side: a recommendation for each, one sentence for the team, one link for the whole plan, and a decision record to keep.",
};

export default async function PlanPage() {
  const matrix = await loadMatrix();
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Plan several workloads</h1>
      </header>
      <noscript>
        <p className="max-w-3xl rounded-lg border border-border bg-surface p-3">
          A plan needs JavaScript: its workloads are read from the link and worked out in your
          browser. Without it, the <a href="/compare">comparison</a> shows every fact a plan uses.
        </p>
      </noscript>
      <PlanApp data={advisorData(matrix, proseContext(matrix))} />
    </div>
  );
}
