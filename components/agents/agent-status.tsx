import { Badge } from "@/components/ui/badge";

/** The word carries the meaning; colour only repeats it. A live agent with a newer draft shows both. */
export function AgentStatus({ published, hasChanges }: { published: boolean; hasChanges: boolean }) {
  if (!published) return <Badge variant="outline">Not published</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <Badge variant="success">Live</Badge>
      {hasChanges ? <Badge variant="warning">Draft changes</Badge> : null}
    </span>
  );
}
