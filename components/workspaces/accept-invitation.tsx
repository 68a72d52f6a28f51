"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

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
      <FormError message={accept.error ? describeError(accept.error).message : null} />
      <Button onClick={() => accept.mutate({ token })} loading={accept.isPending || accept.isSuccess}>
        Join {workspaceName}
      </Button>
    </div>
  );
}
