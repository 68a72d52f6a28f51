import { connection } from "next/server";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitation } from "@/components/workspaces/accept-invitation";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getSessionUser } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { previewInvitation } from "@/server/workspaces";

export const metadata = { title: "Invitation · Closer" };

const statusText = {
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn.",
  expired: "This invitation has expired.",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Rendered per request: never let the build open the database.
  await connection();
  const preview = await previewInvitation(await getDb(), token).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!preview) {
    return <AuthCard title="Invitation not found" description="This link is not valid. Ask the person who invited you for a new one." />;
  }
  if (preview.status !== "pending") {
    return <AuthCard title={`Join ${preview.workspaceName}`} description={`${statusText[preview.status]} Ask for a new invitation.`} />;
  }
  const user = await getSessionUser();
  const returnTo = encodeURIComponent(`/invite/${token}`);
  const who = preview.invitedBy ? `${preview.invitedBy} invited you` : "You are invited";
  return (
    <AuthCard title={`Join ${preview.workspaceName}`} description={`${who} to join as ${preview.role}.`}>
      {user ? (
        <>
          <p className="text-sm text-muted-foreground">
            Signed in as <span className="font-medium text-foreground">{user.email}</span>.
          </p>
          <AcceptInvitation token={token} workspaceName={preview.workspaceName} />
        </>
      ) : (
        <>
          <p className="text-sm text-muted-foreground">
            {preview.email ? `Create an account or sign in with ${preview.email} to accept.` : "Create an account or sign in to accept."}
          </p>
          <Button asChild>
            <Link href={`/sign-up?callbackUrl=${returnTo}`}>Create an account</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/sign-in?callbackUrl=${returnTo}`}>Sign in</Link>
          </Button>
        </>
      )}
    </AuthCard>
  );
}
