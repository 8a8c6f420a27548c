import { NOT_SURE } from "../model/not-sure";
import { questionFrontmatterSchema, type Question } from "../model/schema";
import type { ParsedFile } from "./parse-markdown";
import { parseFrontmatter, placeInFrontmatter } from "./frontmatter";
import { placeOfNode, type FileReport, type Place } from "./problems";
import { notesById, paragraphsWithCitations, sourceOf, splitSections } from "./sections";

export interface ParsedQuestion {
  question: Question;
  idPlace: Place;
  /** Where `askIf` is written, for the checks that need the other questions. */
  askIfPlace: Place;
}

/**
 * Reads a question file: frontmatter with the answers and their effects, help paragraphs, and
 * notes headed by an answer id (`## gpu-bound`). `askIf` is checked in check-questions.ts.
 */
export function parseQuestion(parsed: ParsedFile, report: FileReport): ParsedQuestion | undefined {
  const front = parseFrontmatter(questionFrontmatterSchema, parsed.frontmatter, report);
  const fm = parsed.frontmatter;
  const at = (path: PropertyKey[], key = false) => placeInFrontmatter(fm, path, key);

  const [intro, ...sections] = splitSections(parsed.body);
  const help: string[] = [];
  for (const node of intro?.nodes ?? []) {
    if (node.type === "paragraph") help.push(sourceOf(parsed.text, [node]));
    else
      report.error(
        placeOfNode(node),
        `a ${node.type === "code" ? "code block" : node.type} is not allowed in a question's help`,
        "write the help as plain paragraphs",
      );
  }
  if (!front) return undefined;

  const answerIds = front.answers.map((a) => a.id);
  const notes = new Map<string, string>();
  const ids = new Map(answerIds.map((id) => [id, id]));
  const expected = `one of this question's answer ids: ${answerIds.join(", ")}`;
  for (const [id, note] of notesById(sections, report, { noun: "answer", ids, expected })) {
    notes.set(id, paragraphsWithCitations(note.nodes, parsed.text, report).join("\n\n"));
  }

  const seen = new Set<string>();
  front.answers.forEach((answer, i) => {
    if (seen.has(answer.id)) {
      report.error(
        at(["answers", i, "id"]),
        `the answer id "${answer.id}" appears twice`,
        "give each answer of a question a distinct id",
      );
    }
    seen.add(answer.id);
    for (const id of Object.keys(answer.weights)) {
      report.refer("attribute", id, at(["answers", i, "weights", id], true));
    }
    answer.requires.forEach((id, j) => {
      report.refer("attribute", id, at(["answers", i, "requires", j]));
    });
  });

  const notSure = front.answers.findIndex((a) => a.id === NOT_SURE);
  if (notSure < 0) {
    report.error(
      at(["answers"], true),
      `the question has no \`${NOT_SURE}\` answer`,
      `add \`- id: ${NOT_SURE}\` with \`label: "Not sure / doesn't matter"\` and no weights or requires`,
    );
  } else {
    const a = front.answers[notSure]!;
    if (Object.keys(a.weights).length > 0 || a.requires.length > 0) {
      report.error(
        at(["answers", notSure, "id"]),
        `the \`${NOT_SURE}\` answer has an effect`,
        "remove its `weights` and `requires`: not being sure must not change the result",
      );
    }
  }

  return {
    question: {
      ...front,
      answers: front.answers.map((a) => {
        const note = notes.get(a.id);
        return note === undefined ? a : { ...a, note };
      }),
      help,
    },
    idPlace: at(["id"]),
    askIfPlace: at(["askIf"]),
  };
}
