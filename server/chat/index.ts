export { runTurn, type ReplySink } from "./engine";
export { decideReply } from "./decide";
export { ANSWER_CALIBRATION, answerProbability, type AnswerCalibration } from "./answerability/calibration";
export { answerabilityFeatures, FEATURE_NAMES, type AnswerabilityFeatures } from "./answerability/features";
export { chooseReplyLanguage, type DetectLanguage } from "./language";
export { fixedMessages, messagesFor, pickLocalized, supportedLanguages, isSupportedLanguage, type SupportedLanguage } from "./messages";
export { isHumanRequest, matchTriggers } from "./handoff";
export { isPromptExtractionAttempt, removePlantedInstructions, restrictLinks, MAX_INPUT_CHARS } from "./guard";
export type { Citation, Decision, EngineDeps, HistoryTurn, ReplyRecord, ReplyTrace, Retrieval, Retrieve, RetrievedPassage, TurnInput } from "./types";
