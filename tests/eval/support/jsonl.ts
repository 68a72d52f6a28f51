import { readFileSync } from "node:fs";

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export interface CorpusDoc {
  id: string;
  title: string;
  text: string;
  lang: string;
  url?: string;
}

export interface EvalQuery {
  id: string;
  query: string;
  lang: string;
  relevant: string[];
  answer: string | null;
  answerable: boolean;
  history?: { role: "user" | "agent"; text: string }[];
}
