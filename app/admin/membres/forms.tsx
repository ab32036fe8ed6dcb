"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/actions";
import { ROLES, type Role } from "@/lib/people/schema";
import { ROLE_LABELS } from "@/lib/people/roles";
import { OTHER_STRUCTURE, STRUCTURES_LIST_ID } from "@/lib/organisations/labels";
import { approveAction, attachOrganisationAction, changeRoleAction, refuseAction } from "./actions";

export function ApprovalForms({ userId, name }: { userId: string; name: string }) {
  const [approveState, approve] = useActionState(approveAction, {} as ActionState);
  const [refuseState, refuse] = useActionState(refuseAction, {} as ActionState);
  return (
    <div className="flex flex-wrap gap-2">
      <form action={approve}>
        <FormMessage state={approveState} />
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton>
          Valider<span className="sr-only"> le compte de {name}</span>
        </SubmitButton>
      </form>
      <form action={refuse}>
        <FormMessage state={refuseState} />
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="danger">
          Refuser<span className="sr-only"> le compte de {name}</span>
        </SubmitButton>
      </form>
    </div>
  );
}

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, action] = useActionState(changeRoleAction, {} as ActionState);
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={id} className="sr-only">Rôle de {name}</label>
        <select id={id} name="role" defaultValue={role} className="field-input">
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </select>
      </div>
      <SubmitButton variant="secondary">
        Changer<span className="sr-only"> le rôle de {name}</span>
      </SubmitButton>
    </form>
  );
}

/**
 * The structure of an account; for one created with "Autre structure", a form that attaches it to an organisation
 * of the list. The cell stays mounted when the row changes after attaching, so the outcome is still announced
 * and focused.
 */
export function StructureCell({ userId, name, organisationName, organisationOther }: {
  userId: string;
  name: string;
  organisationName: string | null;
  organisationOther: string | null;
}) {
  const [state, action] = useActionState(attachOrganisationAction, {} as ActionState);
  const idPrefix = `rattacher-${userId}`;
  if (organisationName) {
    return (
      <>
        {state.ok && <FormMessage state={state} idPrefix={idPrefix} />}
        {organisationName}
      </>
    );
  }
  if (!organisationOther) return <>—</>;
  return (
    <>
      {OTHER_STRUCTURE}&nbsp;: {organisationOther}
      <form action={action} className="mt-2">
        <FormMessage state={state} idPrefix={idPrefix} />
        <input type="hidden" name="userId" value={userId} />
        <Field
          name="organisation"
          idPrefix={idPrefix}
          label={`Structure de ${name}`}
          list={STRUCTURES_LIST_ID}
          autoComplete="off"
          required
          state={state}
        />
        <SubmitButton variant="secondary">
          Rattacher<span className="sr-only"> le compte de {name}</span>
        </SubmitButton>
      </form>
    </>
  );
}
