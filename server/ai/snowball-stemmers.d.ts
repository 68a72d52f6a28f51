// The package ships no type declarations; this covers the two functions we call. It is a UMD
// bundle flagged `__esModule` without a default export, so import it as a namespace.
declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
}
