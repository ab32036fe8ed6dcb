import { DomainError } from "@/lib/errors";

/** The DomainError a call is expected to throw; any other outcome fails the test. */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
