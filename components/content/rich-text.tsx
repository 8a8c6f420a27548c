import { Fragment, type ComponentProps } from "react";
import { jsx, jsxs } from "react/jsx-runtime";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { loadMatrix } from "@/lib/content/load-matrix";
import {
  GLOSSARY_PATH,
  markdownToHast,
  markdownToText,
  proseContext,
  type ProseContext,
} from "@/lib/markdown/to-hast";
import { GlossaryTerm } from "./glossary-term";

/**
 * Renders checked content Markdown on the server (at build time). Term and citation
 * directives become links to the glossary and sources pages; terms also show their
 * definition on hover and focus. The tree is sanitised first.
 */
export async function RichText({
  markdown,
  className = "",
}: {
  markdown: string;
  className?: string;
}) {
  const { definitions, context } = await renderContext();
  const tree = markdownToHast(markdown, context);
  const Link = (props: ComponentProps<"a">) => {
    const href = props.href ?? "";
    const definition = href.startsWith(`${GLOSSARY_PATH}#`)
      ? definitions.get(href.slice(GLOSSARY_PATH.length + 1))
      : undefined;
    return definition !== undefined && String(props.className ?? "").includes("term") ? (
      <GlossaryTerm href={href} definition={definition}>
        {props.children}
      </GlossaryTerm>
    ) : (
      <a {...props} />
    );
  };
  return (
    <div className={`prose-content ${className}`}>
      {toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: Link } })}
    </div>
  );
}

let cached: Promise<{ definitions: Map<string, string>; context: ProseContext }> | undefined;

/** What every piece of prose renders against, computed once per build rather than per note. */
function renderContext() {
  cached ??= loadMatrix().then((matrix) => ({
    definitions: new Map(
      matrix.glossary.map((g) => [g.id, g.definition.map(markdownToText).join(" ")]),
    ),
    context: proseContext(matrix),
  }));
  return cached;
}
