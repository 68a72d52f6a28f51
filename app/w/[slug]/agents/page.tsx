import { AgentsPage } from "@/components/agents/agents-page";

export const metadata = { title: "Agents · Closer" };

export default function Agents() {
  return <AgentsPage />;
}
