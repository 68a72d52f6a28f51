import { Alert, AlertDescription } from "@/components/ui/alert";

/** A problem with the form as a whole (field problems go under their field); nothing when there is none. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
