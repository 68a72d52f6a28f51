import { WorkspaceSettings } from "@/components/workspaces/workspace-settings";

export const metadata = { title: "Settings · Closer" };

export default function SettingsPage() {
  return <WorkspaceSettings />;
}
