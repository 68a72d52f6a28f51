"use client";

import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { BrandVoiceSettings } from "./brand-voice-settings";
import { DangerZone } from "./danger-zone";
import { GeneralSettings } from "./general-settings";
import { QuotaUsage } from "./quota-usage";
import { SeatSettings } from "./seat-settings";

export function WorkspaceSettings() {
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader title="Settings" description={`Settings for ${workspace.name}.`} />
      <div className="grid gap-6">
        <GeneralSettings />
        <BrandVoiceSettings />
        {workspace.can("workspace.manageSeats") ? <SeatSettings /> : null}
        <QuotaUsage />
        <DangerZone />
      </div>
    </>
  );
}
