/**
 * Small stop-word lists (function words only) for the five languages the embedder is tuned for.
 * They down-weight words that carry no topic and give the embedder a cheap language guess.
 * Tokens are compared lower-cased, before diacritics are folded; apostrophes split tokens, so
 * elided forms ("l'", "d'", "don't") appear as their fragments.
 */
const english = `a about above after again against all also am an and any are aren as at be because been
before being below between both but by can cannot could couldn d did didn do does doesn doing don down
during each few for from further had hadn has hasn have haven having he her here hers herself him himself
his how i if in into is isn it its itself just ll m me more most my myself no nor not now of off on once
only or other our ours ourselves out over own re s same she should shouldn so some such t than that the
their theirs them themselves then there these they this those through to too under until up ve very was
wasn we were weren what when where which while who whom why will with won would wouldn y you your yours
yourself yourselves please hi hello thanks thank get got`;

const swedish = `alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina
ditt du där då efter ej eller en er era ert ett från för ha hade han hans har hej henne hennes hon honom
hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu
när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana
sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken
vilket vår våra vårt än är åt över också nej ska får finns tack`;

const french = `a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurons
auront aux avaient avais avait avec avez aviez avions avoir avons ayant c ce ceci cela celle celles celui
ces cet cette ceux comme comment d dans de des du elle elles en es est et étaient étais était étant été
êtes étions être eu eue eus eut furent fut il ils j je l la le les leur leurs lui m ma mais me même mes
moi mon n ne ni nos notre nous on ont ou où par pas pour qu que quel quelle quelles quels qui s sa sans
se sera serai seraient serait seras serez serons seront ses si sois soit sommes son sont suis sur t ta
te tes toi ton tu un une vos votre vous y bonjour merci peux puis peut faut`;

const german = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anders auch auf aus bei bin bis bist da damit dann das dass dasselbe dazu daß dein deine deinem
deinen deiner dem demselben den denn der derselbe des desselben dessen dich die dies diese dieselbe
dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es
etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen
ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein
keine können könnte machen man manche mein meine mich mir mit muss musste nach nicht nichts noch nun nur
ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst über um und uns unser
unter viel vom von vor war waren warum was weil welche wenn wer werde werden wie wieder will wir wird
wo wollen wurde würde zu zum zur zwar zwischen hallo danke bitte wie`;

const spanish = `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde
durante e el ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba
estado estamos estan estar estas este esto estos estoy fue fueron fui ha haber habia han has hasta hay
he la las le les lo los me mi mis mucho muy más mí nada ni no nos nosotros o os otra otras otro otros
para pero poco por porque puede puedo qué que quien quienes se sea ser si sido sin sobre son su sus
también tanto te tengo tiene tienen todo todos tu tus tú un una uno unos usted ustedes y ya yo cómo
dónde cuál hola gracias él está están`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const stopWordLanguages = ["en", "sv", "fr", "de", "es"] as const;
export type StopWordLanguage = (typeof stopWordLanguages)[number];

export const stopWords: Readonly<Record<StopWordLanguage, ReadonlySet<string>>> = {
  en: toSet(english),
  sv: toSet(swedish),
  fr: toSet(french),
  de: toSet(german),
  es: toSet(spanish),
};

const emptySet: ReadonlySet<string> = new Set();

export function getStopWords(language: string | null): ReadonlySet<string> {
  if (language === null) return emptySet;
  return (stopWords as Record<string, ReadonlySet<string>>)[language] ?? emptySet;
}
