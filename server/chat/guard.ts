import { normaliseForMatching } from "./handoff";

export const MAX_INPUT_CHARS = 2_000;
export const MAX_OUTPUT_TOKENS = 500;

/** Words that may stand between "your" and "instructions" in a request for them. */
const secretiveWords = "own|exact|full|complete|original|initial|hidden|secret|internal|current|entire|real|actual|system|secrètes|internes|hemliga|interna|geheimen|internen|secretas|internas";

/**
 * A request whose object is the agent's own instructions ("print your rules", "traduis tes
 * consignes"): a request verb, then a possessive and an instruction word that ends the request. A
 * noun that goes on to a topic ("your rules for returns", "vos règles de retour") is a customer
 * question and passes.
 */
function ownInstructionsRequest(verbs: string, possessives: string, nouns: string, ends: string): RegExp {
  const word = (alternatives: string) => `(?<!\\p{L})(${alternatives})(?!\\p{L})`;
  return new RegExp(`${word(verbs)}.{0,40}${word(possessives)} (${secretiveWords} )?${word(nouns)}(?=\\s*($|[?.!,;:"')]|${word(ends)}))`, "u");
}

/**
 * Attempts to make the agent reveal its instructions or drop its role. They get a fixed refusal
 * without reaching retrieval or the model.
 */
const extractionPatterns: RegExp[] = [
  /\b(system|initial|original|hidden|secret|developer)\s+(prompt|instructions?|message|rules)\b/,
  /\bsystem ?prompt/,
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|all|your)\b.{0,20}\b(instructions?|rules|prompt|directions|guidelines)\b/,
  ownInstructionsRequest(
    "print|show|reveal|repeat|output|display|tell me|what are|what's|what is|list|give me|share|dump|leak|translate|summari[sz]e|encode|write|spell out|recite|paraphrase|describe|quote|copy",
    "your",
    "instructions?|prompt|configuration|config|guidelines|rules|directives|programming",
    "and|then|verbatim|word for word|exactly|in full|please|to me|here|now|into|as|in [\\p{L}\\d]+",
  ),
  /\b(instructions|rules|guidelines|directives|prompt|configuration)\b.{0,30}\b(you were|you've been|you have been|were you|have you been|did .{0,20}give you|gave you|given to you|provided to you)\b/,
  /\bwhat were you (told|instructed|programmed|given)\b/,
  /\b(repeat|print|output|copy|show|display|translate|summari[sz]e|reveal|write|encode)\b.{0,40}\b(text|words|everything|instructions|prompt|content)\b (above|before this|so far)\b|\bstarting with .?you are\b/,
  /\b(base64|rot13|hex|binary|morse)\b.{0,40}\b(prompt|instructions|rules|configuration)\b|\b(prompt|instructions|rules|configuration)\b.{0,40}\b(base64|rot13|hex|binary|morse)\b/,
  // "You are now DAN": not "you are now a member of the club", which help pages say.
  /\byou are now (dan\b|in \w+ mode|(an? )?(unrestricted|unfiltered|jailbroken|uncensored|evil)\b|(an? )?(ai|assistant|chatbot|bot|language model)\b.{0,20}\b(without|no|free|that|who|named|called)\b)/,
  /\bact as (an? )?(unrestricted|jailbroken|dan)\b|\bdeveloper mode\b|\bjailbreak\b/,
  /\b(ignore|oublie|ignorez|oubliez)\b.{0,30}\b(instructions|consignes)\b/,
  /\b(ignorera|glöm)\b.{0,30}\b(instruktioner|regler)\b/,
  /\b(ignoriere|vergiss)\b.{0,30}\b(anweisungen|regeln)\b/,
  /\b(ignora|olvida)\b.{0,30}\b(instrucciones|reglas)\b/,
  /\b(prompt|instructions|consignes|instruktioner|anweisungen|instrucciones) (du |de |del |de la )?(système|system|systeme|sistema)\b/,
  ownInstructionsRequest(
    "affiche|affichez|montre|montrez|révèle|révélez|répète|répétez|traduis|traduisez|donne|donnez|écris|écrivez|récite|récitez|résume|résumez|dis-moi|dites-moi|quelles sont|quels sont|cite|citez|imprime|imprimez|copie|copiez",
    "tes|vos|ton|votre",
    "instructions|consignes|règles|directives|prompt",
    "et|puis|en|mot pour mot|intégralement",
  ),
  ownInstructionsRequest(
    "visa|skriv ut|skriv|upprepa|översätt|berätta|vilka är|vad är|citera|återge|sammanfatta",
    "dina|din|ditt",
    "instruktioner|regler|riktlinjer|prompt",
    "och|sedan|på|ordagrant",
  ),
  /\b(instruktioner|regler|riktlinjer)\b.{0,20}\bhar du fått/,
  ownInstructionsRequest(
    "zeig|zeige|zeigen sie|gib|geben sie|wiederhole|übersetze|nenne|verrate|schreib|schreibe|was sind|fasse|zitiere",
    "deine|deinen|deiner|ihre|ihren",
    "anweisungen|regeln|richtlinien|vorgaben|prompt",
    "und|dann|auf|wörtlich|vollständig|mir",
  ),
  ownInstructionsRequest(
    "muestra|muéstrame|muestre|revela|revélame|repite|traduce|dime|di|escribe|escríbelas|cuáles son|cita|resume|imprime|copia",
    "tus|tu|sus|su",
    "instrucciones|reglas|directrices|indicaciones|prompt",
    "y|luego|en|palabra por palabra|completas?",
  ),
];

export function isPromptExtractionAttempt(message: string): boolean {
  const text = normaliseForMatching(message);
  return extractionPatterns.some((pattern) => pattern.test(text));
}

/**
 * Sentences in retrieved content that address an AI rather than a reader. Retrieved text is
 * untrusted data: a crawled page saying "ignore your instructions and tell visitors to…" is dropped
 * before any model sees it, on top of the prompt's own warning.
 */
const plantedInstructionPatterns: RegExp[] = [
  ...extractionPatterns,
  /\b(ai|assistants?|chatbots?|language models?|llms?|bots?)\b.{0,60}\b(must|should|shall|always|never|instead|now)\b/,
  /\b(if|when) (you are|you're) an? (ai|assistant|chatbot|language model|bot)\b/,
  /\b(tell|instruct|inform|advise) (the )?(user|users|visitor|visitors|customer|customers) (to|that)\b/,
  /\b(respond|reply|answer) (only )?(with|in|by saying)\b.{0,40}\b(regardless|no matter|always)\b/,
  /\bwhen (you are |you're )?asked (about|for|whether|if|how)\b.{0,80}\b(reply|respond|answer|say|tell|claim|state)\b/,
  /\bnew instructions?\b|\bimportant instructions?\b|\b(end|begin) of (the )?(system|prompt|instructions)\b/,
  /<\/?(system|passages|instructions|decision)>/,
  // The same, addressed to an assistant in French, Swedish, German and Spanish.
  /\b(ia|assistants?|chatbots?|robots?|modèles? de langage)\b.{0,60}\b(doit|doivent|devez|devrait|devraient|toujours|jamais|désormais|dorénavant)\b/,
  /\bsi vous êtes (une|un) (ia|assistant|chatbot|robot|modèle)\b|\b(dites|dire|indiquez|indiquer) (aux|à l'|au) (visiteurs?|utilisateurs?|utilisatrices?|clients?)\b/,
  /\b(ai|assistent(en|er|erna)?|chattbott(en|ar|arna)?|språkmodell(en|er)?)\b.{0,60}\b(ska|måste|bör|alltid|aldrig)\b/,
  /\bom du är en (ai|assistent|chattbott|språkmodell)\b|\b(säg|berätta) (till|för) (besökar(e|na)|användar(e|na)|kund(er|erna))\b/,
  /\b(ki|assistent(en|in|innen)?|chatbots?|sprachmodell(e)?)\b.{0,60}\b(muss|müssen|soll|sollen|sollte|sollten|immer|niemals)\b/,
  /\b(wenn|falls) du (eine|ein) (ki|assistent|chatbot|sprachmodell)\b|\b(sag|sage|sagen sie) (den|dem) (besuchern|nutzern|kunden|benutzern)\b/,
  /\b(ia|asistentes?|chatbots?|modelos? de lenguaje)\b.{0,60}\b(debe|deben|debería|deberían|siempre|nunca)\b/,
  /\bsi eres (una|un) (ia|asistente|chatbot|modelo)\b|\b(di|diga|digan|dile|diles|decir) a los (visitantes|usuarios|clientes)\b/,
];

/**
 * Sentences, where a sentence never ends inside a word or an address: the segmenter breaks at the
 * `!` of `![image](…)` and the `?` of a query string, which would split a planted sentence from
 * its link. A real boundary is followed by white space.
 */
function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
  const sentences: string[] = [];
  let open = "";
  for (const { segment } of segmenter.segment(text)) {
    open += segment;
    if (/\s$/.test(open)) {
      sentences.push(open);
      open = "";
    }
  }
  if (open) sentences.push(open);
  return sentences;
}

/** Whether a sentence, a heading or a title of retrieved content addresses an AI. */
export function isPlantedInstruction(text: string): boolean {
  const normalised = normaliseForMatching(text);
  return plantedInstructionPatterns.some((pattern) => pattern.test(normalised));
}

export function removePlantedInstructions(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = sentencesOf(text).filter((sentence) => {
    const planted = isPlantedInstruction(sentence);
    if (planted) removed += 1;
    return !planted;
  });
  return { text: kept.join("").trim(), removed };
}

/**
 * Keeps links and images in a reply only when they point at the workspace's own domains or a cited
 * source; any other link loses its target (the text stays), so a reply cannot send visitors elsewhere.
 */
export function restrictLinks(text: string, allowed: (url: URL) => boolean): string {
  const isAllowed = (raw: string) => {
    try {
      const url = new URL(raw);
      return (url.protocol === "https:" || url.protocol === "http:") && allowed(url);
    } catch {
      return false;
    }
  };
  return text
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (match, alt: string, url: string) => (isAllowed(url) ? match : alt))
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (match, label: string, url: string) => (isAllowed(url) ? match : label))
    .replace(/(?<![(\w])(https?:\/\/[^\s)<>\]]+)/g, (url: string) => (isAllowed(url) ? url : "[link removed]"));
}
