"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function AcceptInvitation({ token, workspaceName }: { token: string; workspaceName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: (workspace) => {
        router.push(`/w/${workspace.slug}`);
        router.refresh();
      },
    }),
  );
  return (
    <div className="grid gap-3">
      {accept.error ? (
        <Alert variant="destructive">
          <AlertDescription>{describeError(accept.error).message}</AlertDescription>
        </Alert>
      ) : null}
      <Button onClick={() => accept.mutate({ token })} loading={accept.isPending || accept.isSuccess}>
        Join {workspaceName}
      </Button>
    </div>
  );
}
