import { Fragment } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { loadMatrix } from "@/lib/content/load-matrix";
import { markdownToHast, proseContext } from "@/lib/markdown/to-hast";

/**
 * Renders checked content Markdown on the server (at build time). Term and citation
 * directives become links to the glossary and sources pages; the tree is sanitised first.
 */
export async function RichText({
  markdown,
  className = "",
}: {
  markdown: string;
  className?: string;
}) {
  const ctx = proseContext(await loadMatrix());
  const tree = markdownToHast(markdown, ctx);
  return (
    <div className={`prose-content ${className}`}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs })}
    </div>
  );
}
