"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckIcon, CopyIcon, UserPlusIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

const invitableRoles = ["admin", "editor", "agent", "viewer"] as const;
type InvitableRole = (typeof invitableRoles)[number];

/** The created invitation's link, to copy and share. */
function InvitationLink({ url, emailed, onAnother, onDone }: { url: string; emailed: boolean; onAnother: () => void; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  async function copyLink() {
    await navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <div className="grid gap-3">
      <Alert>
        <AlertDescription>{emailed ? "We emailed the invitation. You can also share this link:" : "Share this link with them:"}</AlertDescription>
      </Alert>
      <div className="flex gap-2">
        <Input readOnly value={url} aria-label="Invitation link" onFocus={(event) => event.currentTarget.select()} />
        <Button type="button" variant="outline" onClick={copyLink} aria-label="Copy invitation link">
          {copied ? <CheckIcon /> : <CopyIcon />}
        </Button>
      </div>
      <DialogFooter>
        <Button variant="outline" onClick={onAnother}>
          Invite another
        </Button>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </div>
  );
}

function InvitationForm({ invite, role, setRole }: { invite: ReturnType<typeof useCreateInvitation>; role: InvitableRole; setRole: (role: InvitableRole) => void }) {
  const workspace = useWorkspace();
  const problem = invite.error ? describeError(invite.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    invite.mutate({ workspaceId: workspace.id, email, role });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormError message={problem && !problem.fieldErrors.email ? problem.message : null} />
      <FormField id="invite-email" label="Email (optional)" error={problem?.fieldErrors.email?.[0]}>
        <Input name="email" type="email" autoComplete="off" placeholder="name@company.com" />
      </FormField>
      <FormField id="invite-role" label="Role">
        {(control) => (
          <Select value={role} onValueChange={(value) => setRole(value as InvitableRole)}>
            <SelectTrigger {...control} className="w-full capitalize">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {invitableRoles.map((option) => (
                <SelectItem key={option} value={option} className="capitalize">
                  {option}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      <DialogFooter>
        <Button type="submit" loading={invite.isPending}>
          Create invitation
        </Button>
      </DialogFooter>
    </form>
  );
}

function useCreateInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.workspaces.get.queryKey() });
      },
    }),
  );
}

export function InviteDialog() {
  const workspace = useWorkspace();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<InvitableRole>("agent");
  const invite = useCreateInvitation();

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) invite.reset();
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" /> Invite
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite someone to {workspace.name}</DialogTitle>
          <DialogDescription>Share the link, or enter their email to bind the invitation to that address. Links expire after 7 days.</DialogDescription>
        </DialogHeader>
        {invite.data ? (
          <InvitationLink url={invite.data.url} emailed={invite.data.emailed} onAnother={() => invite.reset()} onDone={() => onOpenChange(false)} />
        ) : (
          <InvitationForm invite={invite} role={role} setRole={setRole} />
        )}
      </DialogContent>
    </Dialog>
  );
}
