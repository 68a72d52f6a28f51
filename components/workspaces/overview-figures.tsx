import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import type { AgentOverview } from "@/server/agents";
import type { ConversationCounts } from "@/server/conversations/counts";
import type { SeatUsage } from "@/server/workspaces";

export interface OverviewFigures {
  slug: string;
  agents: AgentOverview;
  conversations: ConversationCounts;
  memberCount: number;
  seats: SeatUsage;
}

function Figure({ label, value, children }: { label: string; value: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardDescription>{label}</CardDescription>
        <CardTitle className="text-3xl tabular-nums">{value}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm text-muted-foreground">{children}</CardContent>
    </Card>
  );
}

const linkClass = "text-primary underline-offset-4 hover:underline";

/** Agents, visitor conversations (preview chats left out), people and seats. */
export function OverviewFigureCards({ slug, agents, conversations, memberCount, seats }: OverviewFigures) {
  const seated = seats.members + seats.pendingInvitations;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <Figure label="Agents" value={agents.total}>
        <p>
          {agents.published} live ·{" "}
          <Link className={linkClass} href={`/w/${slug}/agents`}>
            See agents
          </Link>
        </p>
      </Figure>
      <Figure label="Visitor conversations" value={conversations.total}>
        <p>{conversations.lastSevenDays} in the last 7 days. Preview chats are not counted.</p>
      </Figure>
      <Figure label="Members" value={memberCount}>
        <Link className={linkClass} href={`/w/${slug}/members`}>
          See everyone
        </Link>
      </Figure>
      <Figure label="Team seats used" value={<>{seated} <span className="text-base font-normal text-muted-foreground">of {seats.seats}</span></>}>
        <Progress value={Math.min(seated, seats.seats)} max={seats.seats} label="Team seats used" hideLabel />
        <p>{seats.pendingInvitations ? `Includes ${seats.pendingInvitations} pending invitations. ` : ""}Everyone but viewers takes a seat.</p>
      </Figure>
    </div>
  );
}
