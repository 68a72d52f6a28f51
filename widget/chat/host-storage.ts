import { type LoaderBridge } from "./bridge";
import { type StorageBackend } from "./storage";

/** How long to wait for the loader's copy of the record before chatting without one. */
const LOADER_REPLY_MS = 2_000;

function ownStorage(): StorageBackend | undefined {
  try {
    const storage = window.localStorage;
    storage.setItem("closer-probe", "1");
    storage.removeItem("closer-probe");
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * The frame's own localStorage when the browser allows it. Browsers that block storage in
 * third-party frames (Chrome incognito, "block third-party cookies") throw on access; the record
 * then lives in the host page's storage through the loader, so the conversation still survives
 * navigation. Undefined when neither is available.
 */
export async function resolveStorage(bridge: LoaderBridge, key: string): Promise<StorageBackend | undefined> {
  const own = ownStorage();
  if (own || !bridge.embedded) return own;
  const record = await new Promise<string | null | undefined>((resolve) => {
    const finish = (value: string | null | undefined) => {
      clearTimeout(timer);
      stop();
      resolve(value);
    };
    const timer = setTimeout(() => finish(undefined), LOADER_REPLY_MS);
    const stop = bridge.listen((message) => {
      if (message.type === "storage") finish(typeof message.record === "string" ? message.record : null);
    });
    bridge.post({ type: "storage-load" });
  });
  if (record === undefined) return undefined;
  let current = record;
  return {
    getItem: (name) => (name === key ? current : null),
    setItem: (name, value) => {
      if (name !== key) return;
      current = value;
      bridge.post({ type: "storage-save", record: value });
    },
  };
}
