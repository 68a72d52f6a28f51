export type SensitiveKind = "card" | "iban" | "personnummer" | "ssn" | "api_key" | "secret" | "password";

/** A span of the original text that must not be stored. `preview` is a masked hint, never the value. */
export interface SensitiveFinding {
  kind: SensitiveKind;
  start: number;
  end: number;
  preview: string;
}

export type Detector = (text: string) => SensitiveFinding[];
