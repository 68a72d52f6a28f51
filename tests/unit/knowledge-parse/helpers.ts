import { expect } from "vitest";
import { AppError } from "@/server/errors";

export const encode = (text: string) => new TextEncoder().encode(text);

/** Awaits a rejection and checks it is an AppError with the given code whose message matches. */
export async function expectAppError(promise: Promise<unknown>, code: string, message: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  expect(appError.message).toMatch(message);
  return appError;
}
