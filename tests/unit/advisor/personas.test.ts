import { beforeAll, describe, expect, it } from "vitest";
import { recommend, type Strength } from "@/lib/advisor/recommend";
import { isRobust, whatWouldChange } from "@/lib/advisor/what-would-change";
import type { FeatureMatrix } from "@/lib/model/schema";
import { matrixOf } from "./load";

interface Persona {
  name: string;
  answers: Record<string, string>;
  /** Options that come first: one winner, or several for a tie; none when all are ruled out. */
  top: string[];
  strength: Strength;
  /** Attributes that must be among the winner's decisive reasons (or the requirements that ruled others out). */
  decidedBy: string[];
  /** Options ruled out by a hard requirement. */
  excluded?: string[];
  /** Whether no single change to an answer the persona gave would flip the result. */
  robust?: boolean;
}

// Answers that favour VMs on every question, so a persona that still gets bare metal shows
// that a hard requirement wins "whatever else it answers".
const VM_LEANING = {
  overhead: "negligible",
  variability: "tolerable",
  bound: "gpu-fabric",
  sharing: "yes",
  qos: "yes",
  isolation: "no",
  churn: "often",
  launch: "minutes",
  resize: "yes",
  snapshots: "yes",
  images: "yes",
  monitoring: "no",
  "self-service": "yes",
};

const PERSONAS: Persona[] = [
  {
    name: "HPC team that must tune NUMA, whatever else it answers",
    answers: { ...VM_LEANING, bios: "yes" },
    top: ["bare-metal"],
    strength: "only",
    decidedBy: ["bios-smt-numa"],
    excluded: ["virtual-machine"],
  },
  {
    name: "platform team that needs snapshots, resizing and fast launches",
    answers: { snapshots: "yes", resize: "yes", churn: "often", launch: "minutes" },
    top: ["virtual-machine"],
    strength: "strong",
    decidedBy: ["snapshots", "resizing", "time-to-launch", "boot-time"],
    robust: true,
  },
  {
    name: "several teams sharing a node with enforced QoS",
    answers: { sharing: "yes", qos: "yes" },
    top: ["virtual-machine"],
    strength: "strong",
    decidedBy: ["multi-user-access"],
  },
  {
    name: "compliance-bound single tenant that monitors its own hosts",
    answers: { isolation: "yes", sharing: "no", monitoring: "yes" },
    top: ["bare-metal"],
    strength: "only",
    decidedBy: ["hypervisor-attack-surface"],
    excluded: ["virtual-machine"],
  },
  {
    name: "every answer 'Not sure'",
    answers: Object.fromEntries(
      Object.keys({ bios: 0, nvme: 0, ...VM_LEANING, fraction: 0 }).map((k) => [k, "not-sure"]),
    ),
    top: ["bare-metal", "virtual-machine"],
    strength: "tie",
    decidedBy: [],
    robust: true,
  },
  {
    name: "storage pipeline that builds its own RAID on local NVMe",
    answers: { nvme: "yes", snapshots: "yes" },
    top: ["bare-metal"],
    strength: "only",
    decidedBy: ["local-nvme"],
    excluded: ["virtual-machine"],
  },
  {
    name: "benchmarking team: overhead and steadiness both critical",
    answers: { overhead: "critical", variability: "critical", bound: "cpu-io" },
    top: ["bare-metal"],
    strength: "strong",
    decidedBy: ["overhead", "consistency", "cpu-type"],
    robust: true,
  },
  {
    name: "GPU-bound training that accepts some variation and wants ready images",
    answers: {
      bound: "gpu-fabric",
      overhead: "negligible",
      variability: "tolerable",
      images: "yes",
      "self-service": "yes",
    },
    top: ["virtual-machine"],
    strength: "strong",
    decidedBy: ["os-image-choice", "self-service", "software-and-drivers"],
  },
  {
    name: "small team that needs part of a node",
    answers: { fraction: "yes" },
    top: ["virtual-machine"],
    strength: "only",
    decidedBy: ["scalability"],
    excluded: ["bare-metal"],
  },
  {
    name: "conflicting requirements: NUMA tuning on part of a node",
    answers: { bios: "yes", fraction: "yes" },
    top: [],
    strength: "none",
    decidedBy: ["bios-smt-numa", "scalability"],
    excluded: ["bare-metal", "virtual-machine"],
  },
  {
    name: "startup without operations staff that wants self-service",
    answers: { monitoring: "no", "self-service": "yes", images: "yes" },
    top: ["virtual-machine"],
    strength: "strong",
    decidedBy: ["host-observability", "self-service", "os-image-choice"],
  },
  {
    name: "security-minded long-running service, isolation preferred not mandated",
    answers: { isolation: "prefer", variability: "critical", churn: "rarely" },
    top: ["bare-metal"],
    strength: "strong",
    decidedBy: ["consistency", "security-risk", "hypervisor-attack-surface"],
  },
  {
    name: "GPU-bound and nothing else known: no differentiator, so a tie",
    answers: { bound: "gpu-fabric" },
    top: ["bare-metal", "virtual-machine"],
    strength: "tie",
    decidedBy: [],
  },
  {
    name: "close call: overhead critical against snapshots",
    answers: { overhead: "critical", snapshots: "yes" },
    top: ["bare-metal"],
    strength: "slight",
    decidedBy: ["overhead", "virtualization-overhead-figure", "cpu-type"],
    robust: false,
  },
];

let matrix: FeatureMatrix;
beforeAll(async () => {
  matrix = await matrixOf("content");
});

describe("personas get the recommendation their answers call for", () => {
  it.each(PERSONAS)("$name", (p) => {
    const result = recommend(matrix, p.answers);
    expect(result.top).toEqual(p.top);
    expect(result.strength).toBe(p.strength);
    for (const id of p.decidedBy) expect(result.decidedBy).toContain(id);
    expect(result.excluded.map((e) => e.optionId)).toEqual(p.excluded ?? []);
    if (p.top.length === 1 && result.strength !== "only") {
      // A winner on points has reasons, and the first is one the persona cares most about.
      expect(result.decisive.length).toBeGreaterThan(0);
      expect(p.decidedBy).toContain(result.decisive[0]!.attributeId);
    }
    if (p.robust !== undefined)
      expect(isRobust(whatWouldChange(matrix, p.answers, result))).toBe(p.robust);
  });

  it("a close call names the answer that would flip it", () => {
    const answers = { overhead: "critical", snapshots: "yes" };
    const flips = whatWouldChange(matrix, answers);
    expect(flips).toContainEqual({
      questionId: "overhead",
      fromAnswerId: "critical",
      toAnswerId: "some",
      top: ["virtual-machine"],
    });
  });

  it("a tie with nothing answered says which answers would decide it", () => {
    const flips = whatWouldChange(matrix, {});
    const decidingQuestions = new Set(flips.map((f) => f.questionId));
    for (const id of ["bios", "nvme", "snapshots", "fraction"])
      expect(decidingQuestions).toContain(id);
    // GPU-bound alone changes nothing: both options pass GPUs and fabric through.
    expect(flips.filter((f) => f.questionId === "bound" && f.toAnswerId === "gpu-fabric")).toEqual(
      [],
    );
  });
});
