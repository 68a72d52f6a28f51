import { Badge } from "@/components/ui/badge";
import { decisionLabels } from "./format";
import type { Decision } from "./types";

const variants = { answer: "success", clarify: "warning", handoff: "secondary" } as const;

export function DecisionBadge({ decision }: { decision: Decision }) {
  return (
    <Badge variant={variants[decision]} data-decision={decision}>
      <span className="sr-only">Decision: </span>
      {decisionLabels[decision]}
    </Badge>
  );
}
