import { streamText } from "ai";
import { ANSWER_CALIBRATION, answerProbability } from "./answerability/calibration";
import { answerabilityFeatures } from "./answerability/features";
import { focusPassages } from "./answerability/focus";
import { citationSupport } from "./citation-support";
import { withCoalescedText } from "./coalesce-text";
import { condenseQuestion } from "./condense";
import { decideReply } from "./decide";
import { isPlantedInstruction, isPromptExtractionAttempt, MAX_INPUT_CHARS, MAX_OUTPUT_TOKENS, removePlantedInstructions, restrictLinks } from "./guard";
import { isHumanRequest, matchTriggers } from "./handoff";
import { chooseReplyLanguage } from "./language";
import { messagesFor, pickLocalized } from "./messages";
import { buildAnswerPrompt, revealsSecret, secretFragments, type PromptPassage } from "./prompt";
import { ReplyAssembler } from "./reply-assembler";
import type { Citation, Decision, EngineDeps, ReplyRecord, ReplyTrace, RetrievedPassage, Retrieval, TurnInput } from "./types";

/** Where the engine sends what the visitor sees, as it happens. */
export interface ReplySink {
  text(delta: string): void;
  source(citation: Citation): void;
}

const PASSAGES_IN_PROMPT = 6;

function hostAllowed(hosts: string[], citedUrls: () => (string | null)[]) {
  return (url: URL) =>
    hosts.some((host) => url.hostname === host.replace(/^\*\./, "") || (host.startsWith("*.") && url.hostname.endsWith(host.slice(1)))) ||
    citedUrls().some((cited) => cited !== null && new URL(cited).hostname === url.hostname);
}

const deepLink = (url: string | null, anchor: string | null) => (url && anchor ? `${url.split("#")[0]}#${anchor}` : url);

/**
 * One visitor message in, one reply out: language → guards and handoff triggers → condense →
 * retrieve → model (streamed through the assembler) → decision. Runtime-agnostic: everything
 * outside Web APIs arrives in `deps`.
 */
export async function runTurn(deps: EngineDeps, input: TurnInput, sink: ReplySink): Promise<ReplyRecord> {
  const now = deps.now ?? (() => Date.now());
  const started = now();
  const timings = deps.timings;
  const languageTimed = timings?.start("language");
  const conversationLanguage =
    input.conversationLanguage ??
    (input.history.length ? await deps.detectLanguage(input.history.filter((turn) => turn.role === "visitor").map((turn) => turn.text).join("\n"), { candidates: input.agent.languages }) : null);
  const chosen = await chooseReplyLanguage({ message: input.message, browserLocale: input.browserLocale, conversationLanguage, enabled: input.agent.languages, detect: deps.detectLanguage });
  languageTimed?.();
  let language = chosen.language;
  let fixed = messagesFor(language);
  const trace: ReplyTrace = { standaloneQuestion: null, replyLanguage: language, retrievalConfidence: null, modelDecision: null, passages: [], signals: {}, removedInstructions: 0, reason: "", beforeModelMs: null };
  let tokens = { input: 0, output: 0 };
  const finish = (decision: Decision, text: string, extra: Partial<ReplyRecord> = {}): ReplyRecord => ({
    text,
    language,
    decision,
    confidence: null,
    citations: [],
    triggers: [],
    model: deps.modelId,
    inputTokens: tokens.input || null,
    outputTokens: tokens.output || null,
    latencyMs: Math.round(now() - started),
    trace,
    ...extra,
  });
  const say = (decision: Decision, text: string, reason: string, extra: Partial<ReplyRecord> = {}) => {
    trace.reason = reason;
    sink.text(text);
    return finish(decision, text, extra);
  };
  const handoffText = () =>
    input.humanAvailable
      ? pickLocalized(input.agent.handoffMessages.available, language, fixed.handoffAvailable)
      : pickLocalized(input.agent.handoffMessages.unavailable, language, fixed.handoffUnavailable);

  if (input.message.length > MAX_INPUT_CHARS) return say("clarify", fixed.tooLong(MAX_INPUT_CHARS), "The message was over the input limit.");
  if (isPromptExtractionAttempt(input.message)) return say("clarify", fixed.refusal, "The message asked for the agent's instructions.");
  const triggers = matchTriggers(input.message, input.agent.handoffTriggers);
  if (isHumanRequest(input.message)) triggers.unshift("asked for a person");
  if (triggers.length) return say("handoff", handoffText(), "The visitor asked for a person or used a handoff phrase.", { triggers });

  const condenseTimed = timings?.start("condense");
  const condensed = await condenseQuestion(deps.model, input.history, input.message, chosen.language, input.abortSignal);
  condenseTimed?.();
  tokens = { input: condensed.inputTokens, output: condensed.outputTokens };
  trace.standaloneQuestion = condensed.question;
  const retrieveTimed = timings?.start("retrieve");
  const retrieval: Retrieval = await deps.retrieve(condensed.question, { sourceIds: input.agent.sourceIds, languageHint: language });
  retrieveTimed?.();
  timings?.merge("retrieve.", retrieval.timings);
  trace.retrievalConfidence = retrieval.confidence;
  trace.signals = retrieval.signals;
  const contentLanguage = retrieval.passages[0]?.language;
  if (!chosen.certain && retrieval.confidence >= 0.5 && contentLanguage && input.agent.languages.includes(contentLanguage as never)) {
    // Nothing told us the visitor's language (a product name): answer in the language of what clearly matched.
    language = contentLanguage;
    fixed = messagesFor(language);
    trace.replyLanguage = language;
  }

  const retrieved: (PromptPassage & Pick<RetrievedPassage, "url" | "anchor" | "chunkId" | "documentId" | "vectorSimilarity" | "textScore" | "sourceKind" | "quote">)[] = [];
  for (const passage of retrieval.passages.slice(0, PASSAGES_IN_PROMPT)) {
    const cleaned = removePlantedInstructions(passage.content);
    // Headings reach the prompt too (`Title › Heading`): a planted one is dropped like a sentence.
    const headingPath = passage.headingPath.filter((heading) => !isPlantedInstruction(heading));
    // A planted page title would reach the prompt and the visitor's source list: name the page by its address instead.
    const plantedTitle = isPlantedInstruction(passage.title);
    const title = plantedTitle ? (passage.url ? new URL(passage.url).pathname : "Source") : passage.title;
    trace.removedInstructions += cleaned.removed + passage.headingPath.length - headingPath.length + (plantedTitle ? 1 : 0);
    if (cleaned.text) retrieved.push({ ...passage, title, headingPath, n: retrieved.length + 1, content: cleaned.text });
  }
  const calibration = deps.calibration ?? ANSWER_CALIBRATION;
  const features = answerabilityFeatures(condensed.question, chosen.language, retrieved, retrieval.confidence, Number(retrieval.signals.unknownTermShare ?? 0));
  const probability = retrieved.length ? answerProbability(features, calibration) : 0;
  const answerable = probability >= calibration.threshold;
  trace.signals = { ...trace.signals, ...features, answerProbability: Math.round(probability * 1000) / 1000 };
  // The model sees the best document and its close contenders only: weaker ones would be cited beside them.
  const passages = focusPassages(condensed.question, chosen.language, retrieved, calibration.focus).map((passage, i) => ({
    ...passage,
    n: i + 1,
    shortAnswer: passage.sourceKind === "short_answers",
    content: passage.sourceKind === "short_answers" && passage.quote ? removePlantedInstructions(passage.quote).text || passage.content : passage.content,
  }));
  trace.passages = passages.map((passage) => {
    const original = retrieval.passages.find((candidate) => candidate.chunkId === passage.chunkId)!;
    return { n: passage.n, chunkId: passage.chunkId, title: passage.title, url: deepLink(passage.url, passage.anchor), headingPath: passage.headingPath, score: original.score, vectorSimilarity: original.vectorSimilarity, textScore: original.textScore, excerpt: passage.content.slice(0, 300) };
  });

  const unresolved = (reason: string, modelText = "") => {
    const outcome = decideReply({ answerProbability: probability, answerable, modelDecision: trace.modelDecision, cited: false, unresolvedTurns: input.unresolvedTurns });
    if (outcome.decision === "handoff") return say("handoff", handoffText(), `${reason} ${outcome.reason}`.trim(), { confidence: outcome.confidence });
    const topics = [...new Set(retrieved.map((passage) => passage.title))].slice(0, 2);
    const written = restrictLinks(modelText.trim(), () => false);
    // Topics are offered only when the passages came near: naming unrelated pages would mislead.
    const question = written || (topics.length && probability >= calibration.threshold / 2 ? fixed.clarifyWithTopics(topics) : fixed.clarify);
    return say("clarify", question, `${reason} ${outcome.reason}`.trim(), { confidence: outcome.confidence });
  };
  if (!answerable) return unresolved("");

  const system = buildAnswerPrompt({ agent: input.agent, brandVoice: input.brandVoice, replyLanguage: language, standaloneQuestion: condensed.question, passages });
  const citations: Citation[] = [];
  const secrets = secretFragments(system, input.agent.guidelines);
  const assembler = new ReplyAssembler(
    new Set(passages.map((passage) => passage.n)),
    hostAllowed(input.linkHosts, () => citations.map((citation) => citation.url)),
    secrets,
    citationSupport(passages, language),
  );
  const emitNewSources = () => {
    for (const [n, shown] of assembler.citations) {
      if (citations.some((citation) => citation.n === shown)) continue;
      const passage = passages.find((candidate) => candidate.n === n)!;
      const citation = { n: shown, title: passage.title, url: deepLink(passage.url, passage.anchor), documentId: passage.documentId, chunkId: passage.chunkId };
      citations.push(citation);
      sink.source(citation);
    }
  };
  trace.beforeModelMs = Math.round(now() - started);
  const firstWordTimed = timings?.start("model_first_word");
  const result = streamText({
    model: withCoalescedText(deps.model),
    system,
    messages: [...input.history.slice(-6).map((turn) => ({ role: turn.role === "visitor" ? ("user" as const) : ("assistant" as const), content: turn.text })), { role: "user" as const, content: input.message }],
    maxOutputTokens: MAX_OUTPUT_TOKENS,
    temperature: 0.2,
    abortSignal: input.abortSignal,
    providerOptions: { local: { task: "answer" } },
  });
  for await (const delta of result.textStream) {
    firstWordTimed?.();
    const visible = assembler.push(delta);
    if (visible) {
      sink.text(visible);
      emitNewSources();
    }
  }
  const tail = assembler.finish();
  if (tail) sink.text(tail);
  emitNewSources();
  const usage = await result.usage;
  tokens = { input: tokens.input + (usage.inputTokens ?? 0), output: tokens.output + (usage.outputTokens ?? 0) };
  trace.modelDecision = assembler.decision;
  if (assembler.leaked) return say("clarify", fixed.refusal, "The model began to repeat its instructions; the reply was withheld.");

  const outcome = decideReply({ answerProbability: probability, answerable, modelDecision: assembler.decision, cited: citations.length > 0, unresolvedTurns: input.unresolvedTurns });
  if (outcome.decision === "answer") {
    trace.reason = outcome.reason;
    return finish("answer", assembler.visibleText.trim(), { confidence: outcome.confidence, citations });
  }
  if (outcome.decision === "handoff" && assembler.decision === "handoff") return say("handoff", handoffText(), outcome.reason, { confidence: outcome.confidence });
  const asked = assembler.decision === "clarify" ? (assembler.body.trim().split("\n")[0] ?? "") : "";
  // The model's own question is shown as written: unless it repeats the instructions.
  return unresolved("", revealsSecret(asked, secrets) ? "" : asked);
}
