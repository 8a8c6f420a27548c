/** Hand-built ids for the plan URL tests. */
export const IDS = {
  questions: [
    { id: "kind", answers: ["pretraining", "inference", "not-sure"] },
    { id: "scale", answers: ["part-node", "multi-node", "not-sure"] },
  ],
  factors: ["firmware", "os-images", "launch-speed"],
  steps: ["kind", "scale", "performance", "operations", "result"],
};
