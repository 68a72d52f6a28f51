/**
 * The fixed things an agent says, in every language the product supports. Admin-written text
 * (welcome, handoff messages) overrides these per language.
 */
import { messageLanguages } from "@/server/languages";

/** The languages the fixed messages below are written in, from the registry. */
export const supportedLanguages = messageLanguages;
export type SupportedLanguage = (typeof supportedLanguages)[number];

export interface FixedMessages {
  welcome: (agentName: string) => string;
  clarify: string;
  clarifyWithTopics: (topics: string[]) => string;
  handoffAvailable: string;
  handoffUnavailable: string;
  leaveEmail: string;
  rateLimited: string;
  /** The workspace spent its daily model budget: nothing the visitor did wrong. */
  budgetSpent: string;
  tooLong: (limit: number) => string;
  refusal: string;
  error: string;
  emailThanks: string;
}

const or = { en: "or", fr: "ou", sv: "eller", de: "oder", es: "o" } as const;
const quoteList = (topics: string[], language: SupportedLanguage) =>
  topics.length <= 1 ? `“${topics[0] ?? ""}”` : `${topics.slice(0, -1).map((topic) => `“${topic}”`).join(", ")} ${or[language]} “${topics.at(-1)}”`;

export const fixedMessages: Record<SupportedLanguage, FixedMessages> = {
  en: {
    welcome: (name) => `Hi! I'm ${name}, an AI assistant. How can I help you today?`,
    clarify: "I want to get this right. Could you tell me a bit more about what you need?",
    clarifyWithTopics: (topics) => `I want to get this right. Is your question about ${quoteList(topics, "en")}? Tell me a bit more and I'll find the answer.`,
    handoffAvailable: "I'm passing you to a member of our team. Someone will be with you shortly.",
    handoffUnavailable: "I'm passing your question to our team. No one is available right now, so leave your email address and we'll get back to you.",
    leaveEmail: "Leave your email and a person will get back to you.",
    rateLimited: "You're sending messages faster than I can answer. Please wait a moment and try again.",
    budgetSpent: "I can't answer any more questions today. Please come back tomorrow, or contact the team another way.",
    tooLong: (limit) => `That message is too long for me. Please keep it under ${limit} characters.`,
    refusal: "I can't share that. I'm here to help with questions about our products and services.",
    error: "Sorry, something went wrong on our side. Please try again in a moment.",
    emailThanks: "Thanks! We'll reply to you by email.",
  },
  fr: {
    welcome: (name) => `Bonjour ! Je suis ${name}, un assistant IA. Comment puis-je vous aider aujourd'hui ?`,
    clarify: "Je veux être sûr de bien vous répondre. Pouvez-vous m'en dire un peu plus sur ce dont vous avez besoin ?",
    clarifyWithTopics: (topics) => `Je veux être sûr de bien vous répondre. Votre question porte-t-elle sur ${quoteList(topics, "fr")} ? Dites-m'en un peu plus et je trouverai la réponse.`,
    handoffAvailable: "Je vous mets en relation avec un membre de notre équipe. Quelqu'un va vous répondre sous peu.",
    handoffUnavailable: "Je transmets votre question à notre équipe. Personne n'est disponible pour le moment : laissez votre adresse e-mail et nous vous répondrons.",
    leaveEmail: "Laissez votre adresse e-mail et une personne vous répondra.",
    rateLimited: "Vous envoyez des messages plus vite que je ne peux répondre. Patientez un instant puis réessayez.",
    budgetSpent: "Je ne peux plus répondre à de nouvelles questions aujourd'hui. Revenez demain ou contactez l'équipe autrement.",
    tooLong: (limit) => `Ce message est trop long pour moi. Merci de rester sous ${limit} caractères.`,
    refusal: "Je ne peux pas partager cela. Je suis là pour répondre à vos questions sur nos produits et services.",
    error: "Désolé, un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
    emailThanks: "Merci ! Nous vous répondrons par e-mail.",
  },
  sv: {
    welcome: (name) => `Hej! Jag är ${name}, en AI-assistent. Hur kan jag hjälpa dig i dag?`,
    clarify: "Jag vill svara rätt. Kan du berätta lite mer om vad du behöver?",
    clarifyWithTopics: (topics) => `Jag vill svara rätt. Gäller din fråga ${quoteList(topics, "sv")}? Berätta lite mer så hittar jag svaret.`,
    handoffAvailable: "Jag kopplar dig vidare till någon i vårt team. Någon hjälper dig strax.",
    handoffUnavailable: "Jag skickar din fråga vidare till vårt team. Ingen är tillgänglig just nu, så lämna din e-postadress så återkommer vi.",
    leaveEmail: "Lämna din e-postadress så återkommer en person till dig.",
    rateLimited: "Du skickar meddelanden snabbare än jag hinner svara. Vänta en stund och försök igen.",
    budgetSpent: "Jag kan inte svara på fler frågor i dag. Kom tillbaka i morgon eller kontakta teamet på annat sätt.",
    tooLong: (limit) => `Meddelandet är för långt för mig. Håll det under ${limit} tecken.`,
    refusal: "Det kan jag inte dela. Jag finns här för att svara på frågor om våra produkter och tjänster.",
    error: "Något gick fel hos oss. Försök igen om en stund.",
    emailThanks: "Tack! Vi svarar dig via e-post.",
  },
  de: {
    welcome: (name) => `Hallo! Ich bin ${name}, ein KI-Assistent. Wie kann ich Ihnen heute helfen?`,
    clarify: "Ich möchte Ihnen richtig antworten. Können Sie mir etwas mehr darüber sagen, was Sie brauchen?",
    clarifyWithTopics: (topics) => `Ich möchte Ihnen richtig antworten. Geht es bei Ihrer Frage um ${quoteList(topics, "de")}? Sagen Sie mir etwas mehr, dann finde ich die Antwort.`,
    handoffAvailable: "Ich verbinde Sie mit jemandem aus unserem Team. Gleich meldet sich jemand bei Ihnen.",
    handoffUnavailable: "Ich gebe Ihre Frage an unser Team weiter. Gerade ist niemand erreichbar: Hinterlassen Sie Ihre E-Mail-Adresse, dann melden wir uns.",
    leaveEmail: "Hinterlassen Sie Ihre E-Mail-Adresse, dann meldet sich eine Person bei Ihnen.",
    rateLimited: "Sie senden Nachrichten schneller, als ich antworten kann. Bitte warten Sie einen Moment.",
    budgetSpent: "Ich kann heute keine weiteren Fragen beantworten. Bitte kommen Sie morgen wieder oder kontaktieren Sie das Team auf anderem Weg.",
    tooLong: (limit) => `Diese Nachricht ist zu lang für mich. Bitte bleiben Sie unter ${limit} Zeichen.`,
    refusal: "Das kann ich nicht teilen. Ich helfe Ihnen gern bei Fragen zu unseren Produkten und Leistungen.",
    error: "Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.",
    emailThanks: "Danke! Wir antworten Ihnen per E-Mail.",
  },
  es: {
    welcome: (name) => `¡Hola! Soy ${name}, un asistente de IA. ¿En qué puedo ayudarte hoy?`,
    clarify: "Quiero responderte bien. ¿Puedes contarme un poco más sobre lo que necesitas?",
    clarifyWithTopics: (topics) => `Quiero responderte bien. ¿Tu pregunta es sobre ${quoteList(topics, "es")}? Cuéntame un poco más y encontraré la respuesta.`,
    handoffAvailable: "Te paso con una persona de nuestro equipo. Alguien te atenderá enseguida.",
    handoffUnavailable: "Paso tu pregunta a nuestro equipo. Ahora mismo no hay nadie disponible: deja tu correo electrónico y te responderemos.",
    leaveEmail: "Deja tu correo electrónico y una persona te responderá.",
    rateLimited: "Estás enviando mensajes más rápido de lo que puedo responder. Espera un momento y vuelve a intentarlo.",
    budgetSpent: "Hoy no puedo responder más preguntas. Vuelve mañana o contacta con el equipo por otra vía.",
    tooLong: (limit) => `Ese mensaje es demasiado largo para mí. Mantenlo por debajo de ${limit} caracteres.`,
    refusal: "No puedo compartir eso. Estoy aquí para ayudarte con preguntas sobre nuestros productos y servicios.",
    error: "Lo sentimos, algo salió mal por nuestra parte. Inténtalo de nuevo en un momento.",
    emailThanks: "¡Gracias! Te responderemos por correo electrónico.",
  },
};

export function isSupportedLanguage(code: string | null | undefined): code is SupportedLanguage {
  return (supportedLanguages as readonly string[]).includes(code ?? "");
}

export function messagesFor(language: string | null | undefined): FixedMessages {
  return fixedMessages[isSupportedLanguage(language) ? language : "en"];
}

/** An admin's own text for a language when there is one, else the built-in message. */
export function pickLocalized(custom: Record<string, string> | undefined, language: string, fallback: string): string {
  const own = custom?.[language]?.trim();
  return own || fallback;
}

