/**
 * Deterministic help-centre-like passages for scale tests: sentences assembled from a vocabulary of
 * support topics, so vectors have the sparse, overlapping shape of real content without any real data.
 */
const subjects = ["your order", "the invoice", "a refund", "the subscription", "your account", "the delivery", "a return", "the warranty", "your password", "the mobile app", "a gift card", "the payment", "your profile", "the discount code", "a replacement", "the shipping label"];
const verbs = ["can be changed", "is processed", "will arrive", "is cancelled", "can be reset", "is confirmed", "is updated", "can be tracked", "is renewed", "is refunded", "can be downloaded", "is verified"];
const details = ["within three working days", "from the settings page", "after we receive the item", "by our support team", "once the payment clears", "in the order history", "before the end of the month", "using the link in the email", "at any of our stores", "if the item is unused", "for customers in the EU", "without extra cost"];
const extras = ["Contact us if anything is unclear.", "Keep your receipt.", "Some exceptions apply.", "This also works on the app.", "Business accounts follow separate terms.", "Prices include VAT."];

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

export function syntheticPassages(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const sentences = 3 + Math.floor(next() * 5);
    const parts = [`Article ${seed + index}.`];
    for (let s = 0; s < sentences; s++) {
      const subject = pick(subjects);
      parts.push(`${subject[0]!.toUpperCase()}${subject.slice(1)} ${pick(verbs)} ${pick(details)}.`, next() < 0.3 ? pick(extras) : "");
    }
    return parts.filter(Boolean).join(" ");
  });
}
