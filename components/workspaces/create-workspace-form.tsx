"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.workspaces.create.mutationOptions({
      onSuccess: (workspace) => {
        router.push(`/w/${workspace.slug}`);
        router.refresh();
      },
    }),
  );
  const error = create.error ? describeError(create.error).message : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField id="workspace-name" label="Workspace name" description="Usually your company or team. You can change it later." error={error}>
        <Input name="name" autoComplete="organization" placeholder="Acme Support" autoFocus maxLength={80} />
      </FormField>
      <Button type="submit" loading={create.isPending || create.isSuccess}>
        Create workspace
      </Button>
    </form>
  );
}
