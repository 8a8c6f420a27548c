import { checkContent } from "@/lib/content/load-matrix";
import type { FeatureMatrix } from "@/lib/model/schema";
import { TODAY } from "../content/fixtures";

/** A content folder's validated matrix; throws if it has errors, so a test never runs on half a model. */
export async function matrixOf(dir: string): Promise<FeatureMatrix> {
  const result = await checkContent(dir, TODAY);
  if (!result.ok) throw new Error(`${dir} has content errors: ${JSON.stringify(result.problems)}`);
  return result.matrix;
}
