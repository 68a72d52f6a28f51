import type { AgentSettings } from "./settings";

export type SettingValue = string | string[] | null;

/** One difference between two versions of an agent's settings, labelled for people. */
export interface SettingsChange {
  /** Path of the setting: `name`, `welcomeMessages.fr`, `handoffMessages.available.en`… */
  field: string;
  label: string;
  before: SettingValue;
  after: SettingValue;
}

type Comparer = (draft: AgentSettings, live: AgentSettings) => SettingsChange[];

function scalar<K extends keyof AgentSettings>(key: K, label: string): Comparer {
  return (draft, live) => {
    const before = live[key] as string | null;
    const after = draft[key] as string | null;
    return before === after ? [] : [{ field: key, label, before, after }];
  };
}

/** Lists whose order matters to visitors (quick replies) or to behaviour (the first language is the fallback). */
function orderedList<K extends keyof AgentSettings>(key: K, label: string): Comparer {
  return (draft, live) => {
    const before = live[key] as string[];
    const after = draft[key] as string[];
    const same = before.length === after.length && before.every((item, index) => item === after[index]);
    return same ? [] : [{ field: key, label, before, after }];
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

/** Lists that act as sets: reordering them changes nothing. `null` (all sources) differs from any list. */
function unorderedList<K extends keyof AgentSettings>(key: K, label: string): Comparer {
  return (draft, live) => {
    const before = live[key] as string[] | null;
    const after = draft[key] as string[] | null;
    const same = before === null || after === null ? before === after : sameSet(before, after);
    return same ? [] : [{ field: key, label, before, after }];
  };
}

function perLanguage(field: string, label: string, pick: (settings: AgentSettings) => Record<string, string>): Comparer {
  return (draft, live) => {
    const before = pick(live);
    const after = pick(draft);
    const languages = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    // An empty text means "use the built-in message", the same as no entry at all.
    const text = (messages: Record<string, string>, language: string) => messages[language]?.trim() || null;
    return languages
      .filter((language) => text(before, language) !== text(after, language))
      .map((language) => ({
        field: `${field}.${language}`,
        label: `${label} (${language})`,
        before: text(before, language),
        after: text(after, language),
      }));
  };
}

/** Every setting, in the order the configuration page shows them; typed so a new setting cannot be forgotten. */
const comparers: Record<keyof AgentSettings, Comparer[]> = {
  name: [scalar("name", "Name")],
  avatarUrl: [scalar("avatarUrl", "Avatar")],
  role: [scalar("role", "Role")],
  personality: [scalar("personality", "Personality")],
  guidelines: [scalar("guidelines", "Guidelines")],
  handoffTriggers: [unorderedList("handoffTriggers", "Handoff trigger phrases")],
  handoffMessages: [
    perLanguage("handoffMessages.available", "Handoff message, someone available", (settings) => settings.handoffMessages.available),
    perLanguage("handoffMessages.unavailable", "Handoff message, no one available", (settings) => settings.handoffMessages.unavailable),
  ],
  welcomeMessages: [perLanguage("welcomeMessages", "Welcome message", (settings) => settings.welcomeMessages)],
  quickReplies: [orderedList("quickReplies", "Quick replies")],
  sourceIds: [unorderedList("sourceIds", "Knowledge sources")],
  allowedDomains: [unorderedList("allowedDomains", "Allowed websites")],
  languages: [orderedList("languages", "Languages")],
  model: [scalar("model", "Model")],
};

/** What publishing `draft` would change compared with `live`: one entry per differing setting (per language for messages). */
export function diffSettings(draft: AgentSettings, live: AgentSettings): SettingsChange[] {
  return Object.values(comparers).flatMap((list) => list.flatMap((compare) => compare(draft, live)));
}
