import { sentenceBefore } from "./citation-support";
import { restrictLinks } from "./guard";
import { normaliseFragment, revealsSecret } from "./prompt";
import type { Decision } from "./types";

/** `[…]` is finished once its `]` is followed by something other than `(`, or by a complete `(…)`. */
function isClosed(segment: string): boolean {
  const close = segment.indexOf("]");
  if (close === -1) return false;
  const after = segment.slice(close + 1);
  if (after === "") return false;
  return after[0] !== "(" || after.includes(")");
}

/** Stands for a dropped citation until the space before it is removed too. */
const DROPPED = "\uE000";
const HEADER = /^\s*<decision>\s*(answer|clarify|handoff)\s*<\/decision>\s*\n?/i;
const MAX_HEADER_WAIT = 60;
const MAX_HOLD = 400;
/**
 * Words held back until more follow: a leak is recognised by eight consecutive words of the
 * instructions, so holding eight means not one word of a leak has been shown when it is caught.
 */
const HELD_WORDS = 8;

/**
 * Turns a model's raw deltas into what the visitor may see, as they stream:
 * - reads the `<decision>` header line;
 * - holds the text back until it cites a passage, so an uncited answer is never shown;
 * - renumbers citations [n] into the order they are first used, dropping numbers that match no
 *   passage, passages that do not support the sentence they follow, and a second citation in one
 *   sentence (so a reply never has more citations than sentences);
 * - never lets out half a link, and strips links to hosts the visitor may not be sent to;
 * - holds the last few words back, so a reply that starts repeating its instructions (or the
 *   prompt's canary) is stopped before any of it is shown.
 */
export class ReplyAssembler {
  decision: Decision | null = null;
  /** Passage number → number shown to the visitor. */
  readonly citations = new Map<number, number>();
  private raw = "";
  /** Everything after the header, as the model wrote it (a clarifying question has no citations). */
  body = "";
  private headerDone = false;
  private pending = "";
  private released = false;
  private text = "";

  /** Set when the reply started to repeat the agent's instructions; nothing more is released. */
  leaked = false;

  constructor(
    private readonly passageNumbers: ReadonlySet<number>,
    private readonly linkAllowed: (url: URL) => boolean,
    /** Distinctive passages of the instructions and configuration that must never be shown. */
    secrets: readonly string[] = [],
    /** Whether passage n says what the sentence before its citation says. */
    private readonly supports: (n: number, sentence: string) => boolean = () => true,
  ) {
    this.secrets = secrets.map(normaliseFragment);
  }

  private readonly secrets: readonly string[];
  /** The sentence that received the last citation: one citation per sentence. */
  private citedSentence: string | null = null;

  /** Feeds a delta; returns visible text that can be sent now (possibly empty). */
  push(delta: string): string {
    if (!this.headerDone) {
      this.raw += delta;
      const match = HEADER.exec(this.raw);
      if (match) {
        this.decision = match[1]!.toLowerCase() as Decision;
        this.headerDone = true;
        return this.accept(this.raw.slice(match[0].length));
      }
      if (this.raw.length < MAX_HEADER_WAIT && /^\s*(<|<\w*|<decision>?\s*\w*\s*(<\/?\w*)?)$/i.test(this.raw)) return "";
      this.headerDone = true;
      return this.accept(this.raw);
    }
    return this.accept(delta);
  }

  /** Ends the reply: returns any text still held that may be shown. */
  finish(): string {
    if (!this.headerDone) {
      this.headerDone = true;
      this.pending = this.raw;
    }
    if (!this.released && this.citations.size === 0) return "";
    const rest = this.render(this.pending, true);
    this.pending = "";
    return rest;
  }

  private revealsSecret(text: string): boolean {
    return revealsSecret(text, this.secrets);
  }

  /** The whole visible reply so far. */
  get visibleText(): string {
    return this.text;
  }

  private accept(delta: string): string {
    this.body += delta;
    this.pending += delta;
    if (!this.released) {
      if (!/\[\d+\]/.test(this.pending)) return "";
      this.released = true;
    }
    if (this.leaked || this.revealsSecret(this.text + this.pending)) {
      this.leaked = true;
      return "";
    }
    const cut = this.safeCut(this.pending);
    const out = this.render(this.pending.slice(0, cut), false);
    this.pending = this.pending.slice(cut);
    return out;
  }

  /**
   * How much of the pending text may go out: never inside an open link or citation, never mid-word,
   * and never the last HELD_WORDS words.
   */
  private safeCut(text: string): number {
    let cut = text.length;
    const open = text.lastIndexOf("[");
    if (open !== -1 && text.length - open < MAX_HOLD && !isClosed(text.slice(open))) cut = open;
    // Up to the end of the last word that has HELD_WORDS words after it: the space after it waits
    // too, in case a citation that is dropped follows.
    const words = [...text.slice(0, cut).matchAll(/\S+/g)];
    const last = words.at(-HELD_WORDS - 1);
    return last ? last.index + last[0].length : 0;
  }

  private render(chunk: string, final: boolean): string {
    let kept = "";
    let last = 0;
    const renumbered = chunk.replace(/\[(\d+)\](?!\()/g, (marker: string, digits: string, offset: number) => {
      kept += chunk.slice(last, offset);
      last = offset + marker.length;
      const n = Number(digits);
      const sentence = sentenceBefore(this.text + kept);
      const alreadyCited = sentence === this.citedSentence;
      if (!this.passageNumbers.has(n) || alreadyCited || !this.supports(n, sentence)) return DROPPED;
      this.citedSentence = sentence;
      kept += marker;
      if (!this.citations.has(n)) this.citations.set(n, this.citations.size + 1);
      return `[${this.citations.get(n)}]`;
    });
    const safe = restrictLinks(renumbered.replace(/[ \t]*\uE000/g, ""), this.linkAllowed);
    const visible = final ? safe.trimEnd() : safe;
    if (this.leaked || this.revealsSecret(this.text + visible)) {
      this.leaked = true;
      return "";
    }
    this.text += visible;
    return visible;
  }
}
