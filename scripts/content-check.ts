/**
 * `npm run content:check [dir]`: validates the content folder and prints every problem as
 * `path:line:column — what is wrong — how to fix`. Exits 1 on any error (warnings alone pass).
 */
import { checkContent, CONTENT_DIR } from "../lib/content/load-matrix";
import { formatProblem } from "../lib/content/problems";

const dir = process.argv[2] ?? CONTENT_DIR;
const result = await checkContent(dir);
for (const problem of result.problems) {
  (problem.severity === "error" ? console.error : console.warn)(formatProblem(problem));
}
const errors = result.problems.filter((p) => p.severity === "error").length;
const warnings = result.problems.length - errors;
if (result.ok) {
  const { options, attributes, categories, glossary, sources, questions } = result.matrix;
  console.log(
    `content ok: ${options.length} options, ${attributes.length} attributes in ${categories.length} categories, ` +
      `${glossary.length} glossary terms, ${sources.length} sources, ${questions.length} questions${warnings ? `, ${warnings} warning(s)` : ""}`,
  );
} else {
  console.error(
    `\ncontent:check failed: ${errors} error(s), ${warnings} warning(s). See content/README.md.`,
  );
  process.exitCode = 1;
}
