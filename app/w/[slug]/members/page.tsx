import { MembersPanel } from "@/components/workspaces/members-panel";

export const metadata = { title: "Members · Closer" };

export default function MembersPage() {
  return <MembersPanel />;
}
