"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CopyIcon, EyeIcon, EyeOffIcon, RefreshCwIcon } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

function useIdentityKey(agentId: string, onRotated: () => void) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { workspaceId: workspace.id, agentId };
  const secret = useQuery({ ...trpc.agentIdentity.secret.queryOptions(input), enabled: workspace.can("agents.configure") });
  const rotate = useMutation(
    trpc.agentIdentity.rotate.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.agentIdentity.secret.queryKey(input), data);
        onRotated();
        toast.success("New key created. Tokens signed with the old key no longer identify visitors.");
      },
      onError: (error) => toast.error(describeError(error).message),
    }),
  );
  return { loading: secret.isPending, value: secret.data?.secret ?? "", rotate: () => rotate.mutate(input), rotating: rotate.isPending };
}

function copyKey(value: string) {
  void navigator.clipboard.writeText(value).then(() => toast.success("Key copied."), () => toast.error("Could not copy; select the key and copy it."));
}

/**
 * The key a company's own server uses to vouch for a signed-in visitor: it signs an HS256 JWT with
 * `sub`, `exp` and optionally `email` and `name`, and puts it in the snippet's `data-identity`.
 */
export function IdentityVerification({ agentId }: { agentId: string }) {
  const workspace = useWorkspace();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const key = useIdentityKey(agentId, () => setConfirming(false));
  if (!workspace.can("agents.configure")) return null;
  return (
    <div className="grid gap-3">
      <div className="grid gap-1">
        <h3 className="text-sm font-medium">Identify signed-in visitors (optional)</h3>
        <p className="text-sm text-muted-foreground">
          Your server signs an HS256 JWT with this key — claims <code>sub</code> (your user id), <code>exp</code>, and optionally <code>email</code> and{" "}
          <code>name</code> — and adds it to the snippet as <code>data-identity=&quot;…&quot;</code>. Conversations then show who the visitor is. Keep the key on
          your server.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Input
          readOnly
          aria-label="Identity verification key"
          type={shown ? "text" : "password"}
          value={key.loading ? "" : key.value}
          placeholder={key.loading ? "Loading…" : undefined}
          className="min-w-0 flex-1 font-mono"
        />
        <Button type="button" variant="outline" size="icon" aria-label={shown ? "Hide key" : "Show key"} onClick={() => setShown(!shown)}>
          {shown ? <EyeOffIcon /> : <EyeIcon />}
        </Button>
        <Button type="button" variant="outline" size="icon" aria-label="Copy key" disabled={!key.value} onClick={() => copyKey(key.value)}>
          <CopyIcon />
        </Button>
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          trigger={
            <Button type="button" variant="outline" loading={key.rotating}>
              <RefreshCwIcon aria-hidden="true" /> New key
            </Button>
          }
          title="Replace the identity key?"
          description="Tokens signed with the current key stop identifying visitors until your server uses the new one."
          confirmLabel="Replace key"
          pending={key.rotating}
          onConfirm={key.rotate}
        />
      </div>
    </div>
  );
}
