"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

export function GeneralSettings() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const [slug, setSlug] = useState(workspace.slug);
  const editable = workspace.can("workspace.update");
  const update = useMutation(
    trpc.workspaces.update.mutationOptions({
      onSuccess: (updated) => {
        toast.success("Settings saved.");
        void queryClient.invalidateQueries({ queryKey: trpc.workspaces.pathKey() });
        if (updated.slug !== workspace.slug) router.replace(`/w/${updated.slug}/settings`);
        router.refresh();
      },
    }),
  );
  const problem = update.error ? describeError(update.error) : null;
  const dirty = name !== workspace.name || slug !== workspace.slug;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ workspaceId: workspace.id, name, slug });
  }

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate>
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>{editable ? "The workspace's name and web address." : "Only admins and owners can change these."}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 py-4">
          <FormField id="workspace-name" label="Name" error={problem?.fieldErrors.name?.[0]}>
            <Input value={name} onChange={(event) => setName(event.target.value)} disabled={!editable} maxLength={80} />
          </FormField>
          <FormField
            id="workspace-slug"
            label="Address"
            description={`Dashboard links look like /w/${slug || "…"}. Changing it breaks old bookmarks.`}
            error={problem?.fieldErrors.slug?.[0] ?? (problem && !Object.keys(problem.fieldErrors).length ? problem.message : undefined)}
          >
            <Input value={slug} onChange={(event) => setSlug(event.target.value.toLowerCase())} disabled={!editable} maxLength={48} />
          </FormField>
        </CardContent>
        {editable ? (
          <CardFooter className="justify-end">
            <Button type="submit" disabled={!dirty} loading={update.isPending}>
              Save changes
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}
