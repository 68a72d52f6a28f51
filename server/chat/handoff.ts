/**
 * Requests to speak to a person, in the languages we support. Matched on a normalised message
 * (lower case, accents kept) so "Can I talk to a human?" and "jag vill prata med en människa" hand
 * off at once, before any retrieval.
 */
const humanRequestPatterns: RegExp[] = [
  /\b(talk|speak|chat|connect|transfer)\b.{0,30}\b(human|person|someone|somebody|agent|representative|rep|operator|staff|support team|real person)\b/,
  /\b(human|real person|live agent|live person|customer service rep(resentative)?)\b.{0,20}\b(please|now)\b/,
  /^(agent|human|operator|representative|live agent)[.!?]*$/,
  /\b(human|person|someone|somebody|agent|representative)\b.{0,15}\b(i|we) (can|could) (talk|speak|chat)\b/,
  /\bi (want|need|would like) (a|an|to talk to a|to speak to a|to speak with a) (human|person|agent|representative)\b/,
  // `\b` is ASCII-only: a word that starts with an accent needs a Unicode boundary.
  /(?<!\p{L})(parler|discuter|échanger)(?!\p{L}).{0,30}\b(humain|personne|conseiller|conseillère|agent|quelqu'un)\b/u,
  /\b(un|une) (humain|conseiller|conseillère|vraie personne)\b.{0,20}\b(svp|s'il vous plaît|stp)\b/,
  /\b(prata|tala|snacka)\b.{0,30}\b(människa|person|handläggare|någon|kundtjänst|riktig person)\b/,
  /\bkoppla (mig|vidare)\b.{0,30}\b(människa|person|handläggare|kundtjänst|någon)\b/,
  /\b(sprechen|reden|verbinden)\b.{0,30}\b(mensch|menschen|person|mitarbeiter|mitarbeiterin|berater|beraterin|jemandem)\b/,
  /\b(mit einem|mit einer) (menschen|person|mitarbeiter|mitarbeiterin)\b/,
  /\bmit jemandem\b.{0,20}\b(sprechen|reden|telefonieren)\b/,
  /\b(hablar|comunicarme|contactar)\b.{0,30}\b(humano|persona|agente|asesor|asesora|alguien)\b/,
  /\b(pásame|pasame|páseme|paseme|comunícame|comuníqueme)\b.{0,20}\b(humano|persona|agente|asesor|asesora|alguien)\b/,
];

export function normaliseForMatching(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

export function isHumanRequest(message: string): boolean {
  const text = normaliseForMatching(message);
  return humanRequestPatterns.some((pattern) => pattern.test(text));
}

/** The configured trigger phrases the message contains (case-insensitive, whole words). */
export function matchTriggers(message: string, triggers: readonly string[]): string[] {
  const text = ` ${normaliseForMatching(message).replace(/[^\p{L}\p{N}' ]+/gu, " ")} `;
  return triggers.filter((trigger) => {
    const phrase = normaliseForMatching(trigger).replace(/[^\p{L}\p{N}' ]+/gu, " ").trim();
    return phrase.length > 0 && text.includes(` ${phrase} `);
  });
}
