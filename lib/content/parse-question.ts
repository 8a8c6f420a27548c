import { NOT_SURE } from "../model/constants";
import { questionFrontmatterSchema, type Question } from "../model/schema";
import type { ParsedFile } from "./parse-markdown";
import { parseFrontmatter, placeInFrontmatter } from "./frontmatter";
import { placeOfNode, type FileReport, type Place } from "./problems";
import { notesById, paragraphsWithCitations, sourceOf, splitSections } from "./sections";

export interface ParsedQuestion {
  question: Question;
  idPlace: Place;
  /** Where each answer's priorities name a factor, for the checks that need every file. */
  priorityPlaces: { answerId: string; factorId: string; place: Place }[];
}

/**
 * Reads a question file: frontmatter with the answers and the priorities each sets, help
 * paragraphs, and notes headed by an answer id (`## pretraining`). The factors the priorities
 * name are checked in check-questions.ts, once every file is read.
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
  const priorityPlaces: ParsedQuestion["priorityPlaces"] = [];
  front.answers.forEach((answer, i) => {
    if (seen.has(answer.id)) {
      report.error(
        at(["answers", i, "id"]),
        `the answer id "${answer.id}" appears twice`,
        "give each answer of a question a distinct id",
      );
    }
    seen.add(answer.id);
    for (const factorId of Object.keys(answer.priorities)) {
      const place = at(["answers", i, "priorities", factorId], true);
      priorityPlaces.push({ answerId: answer.id, factorId, place });
    }
  });

  const notSure = front.answers.findIndex((a) => a.id === NOT_SURE);
  if (notSure < 0) {
    report.error(
      at(["answers"], true),
      `the question has no \`${NOT_SURE}\` answer`,
      `add \`- id: ${NOT_SURE}\` with \`label: "Not sure"\` and no priorities`,
    );
  } else {
    const a = front.answers[notSure]!;
    if (Object.keys(a.priorities).length > 0) {
      report.error(
        at(["answers", notSure, "id"]),
        `the \`${NOT_SURE}\` answer has an effect`,
        "remove its `priorities`: not being sure must not change the result",
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
    priorityPlaces,
  };
}
