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
      <PlanApp data={advisorData(matrix, proseContext(matrix))} />
    </div>
  );
}
