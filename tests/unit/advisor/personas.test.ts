import { beforeAll, describe, expect, it } from "vitest";
import { advisorModel, type AdvisorModel } from "@/lib/advisor/rank";
import { recommend, type ConfidenceLevel, type Status } from "@/lib/advisor/recommend";
import type { Importance } from "@/lib/model/schema";
import { checkContent } from "@/lib/content/load-matrix";

interface Persona {
  name: string;
  answers: Record<string, string>;
  overrides?: Record<string, Importance>;
  status: Status;
  /** The option recommended (or left), if any. */
  winner?: string;
  confidence: ConfidenceLevel;
  /** Why an infrastructure engineer would agree. */
  why: string;
  /** Single changes that must not change who comes first. */
  stable?: Record<string, Importance>[];
  /** Options a must-have rules out. */
  ruledOut?: string[];
}

const BM = "bare-metal";
const VM = "virtual-machine";

export const PERSONAS: Persona[] = [
  {
    name: "Multi-node pre-training on InfiniBand, running for months",
    answers: {
      kind: "pretraining",
      scale: "multi-node",
      life: "months",
      share: "one-team",
      rules: "none",
    },
    status: "recommend",
    winner: BM,
    confidence: "medium",
    why: "Collectives over many nodes want the real PCIe and NUMA layout, PCIe settings in their own hands and steady nodes; a ready image is a one-off convenience.",
    stable: [
      { "os-images": "important" },
      { "self-service": "important" },
      { backups: "important" },
    ],
  },
  {
    name: "Bursty inference that scales up and down every day",
    answers: {
      kind: "inference",
      scale: "part-node",
      life: "hours",
      share: "one-team",
      rules: "none",
    },
    status: "recommend",
    winner: VM,
    confidence: "high",
    why: "Autoscaling lives on fast launches, partial nodes and an API; the hypervisor's few percent do not matter to GPU-bound serving.",
  },
  {
    name: "A research lab giving each student a slice of a node",
    answers: {
      kind: "research",
      scale: "part-node",
      life: "weeks",
      share: "separate",
      rules: "none",
    },
    status: "recommend",
    winner: VM,
    confidence: "high",
    why: "Per-user isolation with enforced QoS, snapshots and images are what a shared teaching cluster needs; whole bare-metal nodes waste GPUs.",
  },
  {
    name: "A regulated team that forbids sharing hardware but accepts single-tenant VMs",
    answers: {
      kind: "fine-tuning",
      scale: "one-node",
      life: "weeks",
      share: "one-team",
      rules: "dedicated",
    },
    status: "recommend",
    winner: VM,
    confidence: "low",
    why: "VMs can be single-tenant, so the rule rules nothing out; launch speed, snapshots and images tip a fine-tuning workload to VMs, but only just: making steady performance important would flip it, and the result says so.",
  },
  {
    name: "Kernel benchmarking on whole nodes",
    answers: { kind: "hpc", scale: "one-node", life: "weeks", share: "one-team", rules: "none" },
    overrides: { consistency: "must", "host-overhead": "must", "gpu-controls": "important" },
    status: "recommend",
    winner: BM,
    confidence: "high",
    why: "Benchmarks need every core, no hypervisor jitter and firmware settings of their own; the provider's convenience features are beside the point.",
    stable: [{ "os-images": "nice" }, { "self-service": "nice" }],
  },
  {
    name: "An HPC team that must change BIOS NUMA modes",
    answers: {
      kind: "hpc",
      scale: "multi-node",
      life: "months",
      share: "scheduler",
      rules: "none",
    },
    overrides: { firmware: "must" },
    status: "recommend",
    winner: BM,
    confidence: "medium",
    why: "NUMA modes live in the firmware; the source offers it on bare metal and says nothing of VMs, so bare metal wins widely, but VMs are not ruled out on a silence: much of the lead is derived or unstated, and the verify list says what to ask.",
  },
  {
    name: "A team whose rules forbid any hypervisor",
    answers: {
      kind: "fine-tuning",
      scale: "one-node",
      life: "weeks",
      share: "one-team",
      rules: "no-hypervisor",
    },
    status: "only",
    winner: BM,
    confidence: "high",
    why: "A VM always runs on a hypervisor, which the source states; nothing else can outweigh a rule.",
    ruledOut: [VM],
  },
  {
    name: "Batch inference on a few GPUs",
    answers: { kind: "batch", scale: "part-node", life: "hours", share: "one-team", rules: "none" },
    status: "recommend",
    winner: VM,
    confidence: "high",
    why: "Short jobs on part of a node pay for launch time and whole nodes on bare metal.",
  },
  {
    name: "Notebooks and development that want snapshots",
    answers: {
      kind: "research",
      scale: "one-node",
      life: "weeks",
      share: "one-team",
      rules: "none",
    },
    status: "recommend",
    winner: VM,
    confidence: "high",
    why: "Snapshots, images and self-service are VM benefits the source states; bare metal is hard to back up.",
  },
  {
    name: "A storage pipeline that lays out local NVMe itself",
    answers: { kind: "batch", scale: "one-node", life: "months", share: "one-team", rules: "none" },
    overrides: { "local-nvme": "must", "host-overhead": "important" },
    status: "recommend",
    winner: BM,
    confidence: "low",
    why: "Raw NVMe is stated for bare metal only; the source is silent on VMs, so VMs are not ruled out, the lead is small, and the first thing to verify is whether the provider's VMs get raw NVMe.",
  },
  {
    name: "A startup without operations staff serving a model",
    answers: {
      kind: "inference",
      scale: "one-node",
      life: "weeks",
      share: "one-team",
      rules: "none",
    },
    overrides: { "host-watch": "important", "self-service": "must" },
    status: "recommend",
    winner: VM,
    confidence: "high",
    why: "On bare metal the tenant watches the hosts; a console, API and images do the operations work for a small team.",
  },
  {
    name: "A health-data team with sensitive data and no fixed rule",
    answers: {
      kind: "fine-tuning",
      scale: "one-node",
      life: "months",
      share: "one-team",
      rules: "sensitive",
    },
    status: "recommend",
    winner: VM,
    confidence: "medium",
    why: "Lower cross-tenant risk argues for bare metal, but firmware an earlier tenant may leave behind and hosts you must watch yourself argue for a VM; data privacy is unstated for both, so it goes on the verify list.",
  },
  {
    name: "Everything not sure",
    answers: {},
    status: "either",
    confidence: "low",
    why: "With nothing weighed, the options tie: the honest answer is that either fits.",
  },
  {
    name: "Fractional nodes and no hypervisor at once",
    answers: {
      kind: "inference",
      scale: "part-node",
      life: "hours",
      share: "one-team",
      rules: "no-hypervisor",
    },
    overrides: { "right-sizing": "must" },
    status: "none",
    confidence: "high",
    why: "Bare metal comes as whole nodes only and VMs run on a hypervisor, both stated: no option meets both rules.",
    ruledOut: [BM, VM],
  },
  {
    name: "A CPU-bound HPC team for which consistency is critical",
    answers: { kind: "hpc", scale: "one-node", life: "months", share: "scheduler", rules: "none" },
    overrides: {
      consistency: "must",
      "os-images": "nice",
      backups: "nice",
      "self-service": "nice",
    },
    status: "recommend",
    winner: BM,
    confidence: "high",
    why: "Snapshots and images that are only nice to have cannot outweigh must-have consistency and the host's full CPU.",
  },
];

describe("expert personas", () => {
  let model: AdvisorModel;
  beforeAll(async () => {
    const result = await checkContent("content", new Date().toISOString().slice(0, 10));
    if (!result.ok) throw new Error("content has errors");
    model = advisorModel(result.matrix);
  });

  it.each(PERSONAS)("$name", (p) => {
    const r = recommend(model, { answers: p.answers, overrides: p.overrides ?? {} });
    expect({
      status: r.status,
      winner: r.winner ?? undefined,
      confidence: r.confidence.level,
    }).toEqual({
      status: p.status,
      winner: p.winner,
      confidence: p.confidence,
    });
    expect(r.options.filter((o) => o.excludedBy.length > 0).map((o) => o.optionId)).toEqual(
      p.ruledOut ?? [],
    );
    for (const change of p.stable ?? []) {
      const changed = recommend(model, {
        answers: p.answers,
        overrides: { ...p.overrides, ...change },
      });
      expect(changed.winner, JSON.stringify(change)).toBe(r.winner);
    }
  });

  it("has at least 14 personas", () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(14);
  });
});
