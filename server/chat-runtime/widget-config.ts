import type { Db } from "@/db/client";
import type { LiveAgentView } from "./visitor-gate";
import { chooseReplyLanguage, messagesFor, pickLocalized } from "@/server/chat";
import { detectLanguage } from "@/server/knowledge/edge";
import { suggestQuestions } from "./suggestions";

/** `GET /api/widget/{agentId}/config`: what the widget shows before the first message, in the visitor's language. */
export async function widgetConfig(db: Db, agent: LiveAgentView, input: { locale: string | null; pageUrl: string | null }) {
  const { language } = await chooseReplyLanguage({ message: "", browserLocale: input.locale, enabled: agent.settings.languages, detect: detectLanguage });
  const fixed = messagesFor(language);
  return {
    agentId: agent.agentId,
    name: agent.settings.name,
    avatarUrl: agent.settings.avatarUrl,
    language,
    welcome: pickLocalized(agent.settings.welcomeMessages, language, fixed.welcome(agent.settings.name)),
    quickReplies: agent.settings.quickReplies,
    suggestions: await suggestQuestions(db, { workspaceId: agent.workspaceId, sourceIds: agent.settings.sourceIds, pageUrl: input.pageUrl, language }),
    status: "live" as const,
  };
}
