import { describe, expect, it } from "vitest";
import { profileSchema, signUpSchema } from "./validation";

const signUp = {
  givenName: " Anne-Sophie ",
  familyName: " de La Tour ",
  email: "anne-sophie@example.org",
  password: "un-mot-de-passe-long",
  passwordConfirmation: "un-mot-de-passe-long",
  consent: "on",
};

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("sign-up form", () => {
  it("takes the given name and the family name apart, trimmed", () => {
    const result = signUpSchema.safeParse(signUp);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ givenName: "Anne-Sophie", familyName: "de La Tour" });
  });

  it("asks for each of them, with a message next to the field", () => {
    expect(fieldErrors(signUpSchema.safeParse({ ...signUp, givenName: "  ", familyName: "" }))).toMatchObject({
      givenName: "Saisissez votre prénom.",
      familyName: "Saisissez votre nom.",
    });
    expect(fieldErrors(signUpSchema.safeParse({ ...signUp, familyName: "x".repeat(81) }))).toMatchObject({
      familyName: "Le nom est trop long (80 caractères au plus).",
    });
  });
});

describe("profile form", () => {
  const profile = { givenName: "Jean Pierre", familyName: "Martin", organisation: "", organisationOther: "", jobTitle: "", phone: "", showEmail: "on" };

  it("lets a person correct the split of their name, and reads the directory checkboxes", () => {
    const result = profileSchema.safeParse(profile);
    expect(result.data).toMatchObject({ givenName: "Jean Pierre", familyName: "Martin", showEmail: true, showPhone: false });
  });

  it("refuses an empty given or family name", () => {
    expect(fieldErrors(profileSchema.safeParse({ ...profile, givenName: "" }))).toEqual({ givenName: "Saisissez votre prénom." });
    expect(fieldErrors(profileSchema.safeParse({ ...profile, familyName: " " }))).toEqual({ familyName: "Saisissez votre nom." });
  });
});
