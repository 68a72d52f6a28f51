import type { EvalQuery } from "./jsonl";

/** A dialogue's history followed by another document's question: the new question must not be read as a follow-up. */
export interface TopicShift extends EvalQuery {
  /** Documents the earlier conversation was about. */
  previousTopic: string[];
}

/** The document a question is grouped by: its grounding document, or for unanswerable ones the withheld document or FAQ category. */
export function sourceGroup(query: EvalQuery & { withheld_source_doc?: string | null; category?: string | null }): string {
  return query.relevant[0] ?? query.withheld_source_doc ?? query.category ?? query.id;
}

/**
 * Pairs each multi-turn dialogue's history with a single-turn question in the same language about
 * other documents, picked by a fixed stride so the set is the same on every run.
 */
export function buildTopicShifts(multi: EvalQuery[], single: EvalQuery[], limit = 200): TopicShift[] {
  const openers = single.filter((query) => query.answerable);
  const shifts: TopicShift[] = [];
  const dialogues = multi.filter((query) => query.answerable && query.history?.length);
  for (let i = 0; i < dialogues.length && shifts.length < limit; i++) {
    const dialogue = dialogues[i]!;
    for (let step = 0; step < openers.length; step++) {
      const candidate = openers[(i * 7919 + step * 104_729) % openers.length]!;
      if (candidate.lang !== dialogue.lang || candidate.relevant.some((doc) => dialogue.relevant.includes(doc))) continue;
      shifts.push({ ...candidate, id: `shift-${dialogue.id}`, history: dialogue.history, previousTopic: dialogue.relevant });
      break;
    }
  }
  return shifts;
}
