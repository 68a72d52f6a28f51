import { env } from "@/env";

/**
 * Every limit the public doors enforce, in one place. Each is a window of `points` per
 * `durationSec` for one key; `blockSec` keeps a key refused for longer once it has gone over.
 */
export interface LimitRule {
  name: string;
  points: number;
  durationSec: number;
  blockSec?: number;
  /** Shown to the person refused; `{wait}` becomes "2 minutes" and the like. */
  message: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const limits = {
  /** Wrong passwords from one address, whoever they were for. */
  signInFailuresPerAddress: { name: "signin-ip", points: 30, durationSec: 15 * MINUTE, blockSec: 15 * MINUTE, message: "Too many failed sign-ins from your network. Try again in {wait}." },
  /** Wrong passwords for one account from anywhere: five, then the account waits (see lockouts). */
  signInFailuresPerAccount: { name: "signin-account", points: 5, durationSec: 15 * MINUTE, message: "Too many failed sign-ins for this account. Try again in {wait}." },
  /** How often an account was locked today: each lockout doubles the next wait (1, 2, 4 … minutes, at most a day). */
  signInLockoutsPerAccount: { name: "signin-lockouts", points: 10_000, durationSec: DAY, message: "" },
  signUpsPerAddress: { name: "signup-ip", points: env.SIGNUP_LIMIT_PER_HOUR, durationSec: HOUR, message: "Too many sign-ups from your network. Try again in {wait}." },
  /** Verification, magic-link and "you already have an account" emails a single address can trigger. */
  authEmailsPerAddress: { name: "auth-mail-ip", points: 2 * env.SIGNUP_LIMIT_PER_HOUR, durationSec: HOUR, message: "Too many emails requested from your network. Try again in {wait}." },
  /** Emails to one inbox, so nobody can flood a stranger's mailbox through us. */
  authEmailsPerRecipient: { name: "auth-mail-to", points: 5, durationSec: HOUR, message: "We already sent several emails to this address. Try again in {wait}." },

  /** A person typing fast, not a script: per visitor address and agent. */
  chatMessagesPerAddress: { name: "chat-ip", points: 12, durationSec: MINUTE, message: "You are sending messages too quickly. Try again in {wait}." },
  /** A ceiling per agent that protects the model bill from a distributed burst. */
  chatMessagesPerAgent: { name: "chat-agent", points: 600, durationSec: MINUTE, message: "This assistant is very busy right now. Try again in {wait}." },
  conversationsPerAddress: { name: "chat-conv-ip", points: 20, durationSec: HOUR, message: "Too many new conversations from your network. Try again in {wait}." },
  /** Widget configuration, history, feedback and handoff-email calls. */
  visitorCallsPerAddress: { name: "visitor-ip", points: 120, durationSec: MINUTE, message: "Too many requests. Try again in {wait}." },
  visitorCallsPerAgent: { name: "visitor-agent", points: 3_000, durationSec: MINUTE, message: "This assistant is very busy right now. Try again in {wait}." },
  /** Model tokens (prompt and reply) a workspace may spend in a rolling day; 0 turns the budget off. */
  tokensPerWorkspace: { name: "tokens-ws", points: env.WORKSPACE_DAILY_TOKENS, durationSec: DAY, message: "This assistant has reached its limit for today. Try again in {wait}." },
} satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof limits;
