import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export default function NotFound() {
  return (
    <AuthCard title="Not found" description="This page does not exist, or you do not have access to it.">
      <Link className="text-sm font-medium text-primary underline-offset-4 hover:underline" href="/">
        Go to your workspace
      </Link>
    </AuthCard>
  );
}
