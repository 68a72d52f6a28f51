/** The chat's own strings; the agent's texts (welcome, quick replies) come localised from the config. */
const en = {
  placeholder: "Ask a question…",
  messageLabel: "Message",
  send: "Send",
  close: "Close chat",
  conversation: "Conversation",
  you: "You",
  aiBadge: "AI",
  aiBadgeDescription: "automated assistant",
  humanHandling: "A team member will reply here",
  typing: "Typing…",
  suggestions: "Suggested questions",
  sources: "Sources",
  opensInNewTab: "opens in a new tab",
  helpfulQuestion: "Was this helpful?",
  helpful: "Helpful",
  notHelpful: "Not helpful",
  feedbackThanks: "Thanks for your feedback",
  charactersLeft: "{count} characters left",
  errorGeneric: "Sorry, something went wrong. Please try again.",
  errorNetwork: "The connection was lost. Check your network and try again.",
  errorUnavailable: "The chat is not available right now.",
  emailPrompt: "Leave your email and a person will get back to you",
  emailLabel: "Email",
  emailSubmit: "Send email address",
  emailSent: "Thanks! A person will reply to {email}.",
  emailInvalid: "Enter a valid email address.",
};

export type Messages = typeof en;

const fr: Messages = {
  placeholder: "Posez une question…",
  messageLabel: "Message",
  send: "Envoyer",
  close: "Fermer la discussion",
  conversation: "Conversation",
  you: "Vous",
  aiBadge: "IA",
  aiBadgeDescription: "assistant automatique",
  humanHandling: "Un membre de l’équipe vous répondra ici",
  typing: "En train d’écrire…",
  suggestions: "Questions suggérées",
  sources: "Sources",
  opensInNewTab: "s’ouvre dans un nouvel onglet",
  helpfulQuestion: "Cette réponse vous a-t-elle aidé ?",
  helpful: "Utile",
  notHelpful: "Pas utile",
  feedbackThanks: "Merci pour votre avis",
  charactersLeft: "{count} caractères restants",
  errorGeneric: "Désolé, une erreur s’est produite. Veuillez réessayer.",
  errorNetwork: "La connexion a été perdue. Vérifiez votre réseau et réessayez.",
  errorUnavailable: "La discussion n’est pas disponible pour le moment.",
  emailPrompt: "Laissez votre e-mail et une personne vous répondra",
  emailLabel: "E-mail",
  emailSubmit: "Envoyer l’adresse e-mail",
  emailSent: "Merci ! Une personne répondra à {email}.",
  emailInvalid: "Saisissez une adresse e-mail valide.",
};

const sv: Messages = {
  placeholder: "Ställ en fråga…",
  messageLabel: "Meddelande",
  send: "Skicka",
  close: "Stäng chatten",
  conversation: "Konversation",
  you: "Du",
  aiBadge: "AI",
  aiBadgeDescription: "automatisk assistent",
  humanHandling: "En medarbetare svarar dig här",
  typing: "Skriver…",
  suggestions: "Föreslagna frågor",
  sources: "Källor",
  opensInNewTab: "öppnas i en ny flik",
  helpfulQuestion: "Var detta till hjälp?",
  helpful: "Till hjälp",
  notHelpful: "Inte till hjälp",
  feedbackThanks: "Tack för din återkoppling",
  charactersLeft: "{count} tecken kvar",
  errorGeneric: "Något gick fel. Försök igen.",
  errorNetwork: "Anslutningen bröts. Kontrollera nätverket och försök igen.",
  errorUnavailable: "Chatten är inte tillgänglig just nu.",
  emailPrompt: "Lämna din e-postadress så återkommer en person till dig",
  emailLabel: "E-post",
  emailSubmit: "Skicka e-postadressen",
  emailSent: "Tack! En person svarar till {email}.",
  emailInvalid: "Ange en giltig e-postadress.",
};

const de: Messages = {
  placeholder: "Stellen Sie eine Frage…",
  messageLabel: "Nachricht",
  send: "Senden",
  close: "Chat schließen",
  conversation: "Unterhaltung",
  you: "Sie",
  aiBadge: "KI",
  aiBadgeDescription: "automatischer Assistent",
  humanHandling: "Ein Teammitglied antwortet Ihnen hier",
  typing: "Schreibt…",
  suggestions: "Vorgeschlagene Fragen",
  sources: "Quellen",
  opensInNewTab: "öffnet in einem neuen Tab",
  helpfulQuestion: "War das hilfreich?",
  helpful: "Hilfreich",
  notHelpful: "Nicht hilfreich",
  feedbackThanks: "Danke für Ihr Feedback",
  charactersLeft: "Noch {count} Zeichen",
  errorGeneric: "Leider ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
  errorNetwork: "Die Verbindung wurde unterbrochen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.",
  errorUnavailable: "Der Chat ist gerade nicht verfügbar.",
  emailPrompt: "Hinterlassen Sie Ihre E-Mail-Adresse, und eine Person meldet sich bei Ihnen",
  emailLabel: "E-Mail",
  emailSubmit: "E-Mail-Adresse senden",
  emailSent: "Danke! Eine Person antwortet an {email}.",
  emailInvalid: "Geben Sie eine gültige E-Mail-Adresse ein.",
};

const es: Messages = {
  placeholder: "Haz una pregunta…",
  messageLabel: "Mensaje",
  send: "Enviar",
  close: "Cerrar el chat",
  conversation: "Conversación",
  you: "Tú",
  aiBadge: "IA",
  aiBadgeDescription: "asistente automático",
  humanHandling: "Una persona del equipo te responderá aquí",
  typing: "Escribiendo…",
  suggestions: "Preguntas sugeridas",
  sources: "Fuentes",
  opensInNewTab: "se abre en una pestaña nueva",
  helpfulQuestion: "¿Te ha resultado útil?",
  helpful: "Útil",
  notHelpful: "No es útil",
  feedbackThanks: "Gracias por tu opinión",
  charactersLeft: "Quedan {count} caracteres",
  errorGeneric: "Lo sentimos, algo ha fallado. Inténtalo de nuevo.",
  errorNetwork: "Se perdió la conexión. Comprueba tu red e inténtalo de nuevo.",
  errorUnavailable: "El chat no está disponible en este momento.",
  emailPrompt: "Deja tu correo electrónico y una persona se pondrá en contacto contigo",
  emailLabel: "Correo electrónico",
  emailSubmit: "Enviar dirección de correo",
  emailSent: "¡Gracias! Una persona responderá a {email}.",
  emailInvalid: "Introduce una dirección de correo válida.",
};

const dictionaries = { en, fr, sv, de, es } as const;
export type UiLanguage = keyof typeof dictionaries;

export interface Translator {
  language: UiLanguage;
  t: (key: keyof Messages, values?: Record<string, string | number>) => string;
}

/** `fr-CA` → French; anything not in the dictionary falls back to English. */
export function pickLanguage(locale: string): UiLanguage {
  const language = locale.trim().slice(0, 2).toLowerCase();
  return language in dictionaries ? (language as UiLanguage) : "en";
}

export function createTranslator(locale: string): Translator {
  const language = pickLanguage(locale);
  const messages = dictionaries[language];
  return {
    language,
    t: (key, values) => messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (values && name in values ? String(values[name]) : placeholder)),
  };
}
