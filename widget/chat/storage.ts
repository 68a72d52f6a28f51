/**
 * What the chat remembers in the iframe's localStorage, one record per agent: the visitor's random
 * id (made once), the conversation in progress, the last agent message seen, and whether an email
 * was left. Without any storage the record lives in memory, so the chat still works for the page.
 */
export interface ChatRecord {
  visitorId: string;
  conversationId?: string;
  lastSeenMessageId?: string;
  handoffEmail?: string;
}

export interface ChatStore {
  read: () => ChatRecord;
  update: (change: Partial<ChatRecord>) => ChatRecord;
}

export function createRandomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function parseRecord(raw: string | null): ChatRecord | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<ChatRecord>;
    return typeof value.visitorId === "string" && value.visitorId ? (value as ChatRecord) : undefined;
  } catch {
    return undefined;
  }
}

export type StorageBackend = Pick<Storage, "getItem" | "setItem">;

export const chatRecordKey = (agentId: string) => `closer-chat:${agentId}`;

export function openChatStore(agentId: string, storage: StorageBackend | undefined): ChatStore {
  const key = chatRecordKey(agentId);
  let record: ChatRecord = parseRecord(storage?.getItem(key) ?? null) ?? { visitorId: createRandomId() };
  const save = () => {
    try {
      storage?.setItem(key, JSON.stringify(record));
    } catch {
      // Quota or privacy mode: keep the in-memory record.
    }
  };
  save();
  return {
    read: () => record,
    update: (change) => {
      record = { ...record, ...change };
      save();
      return record;
    },
  };
}
