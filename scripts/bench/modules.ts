import { runAdvisorScoring } from "./advisor-scoring";
import { runBuildTime } from "./build-time";
import { runContentScale } from "./content-scale";
import { runFirstLoadJs } from "./first-load-js";
import { runKeystroke } from "./keystroke";
import { runLighthouse } from "./lighthouse";
import { runServing } from "./serving";
import type { BenchModule } from "./types";

/**
 * Every measurement, in the order they run. build-time comes first because it rebuilds
 * out/, which the modules that need a build then measure.
 */
export const MODULES: readonly BenchModule[] = [
  { name: "build-time", needsBuild: false, run: runBuildTime },
  { name: "first-load-js", needsBuild: true, run: runFirstLoadJs },
  { name: "lighthouse", needsBuild: true, run: runLighthouse },
  { name: "serving", needsBuild: true, run: runServing },
  { name: "content-scale", needsBuild: false, run: runContentScale },
  { name: "keystroke", needsBuild: false, run: runKeystroke },
  { name: "advisor-scoring", needsBuild: false, run: runAdvisorScoring },
];
