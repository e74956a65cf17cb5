"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { Field, SelectField, TextareaField } from "@/components/admin/field";
import { FormMessage } from "@/components/admin/form-message";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { initialFormState } from "@/lib/form-state";
import { staffMessages } from "@/lib/i18n/messages/staff";
import {
  addAddressAction,
  deleteAddressAction,
  setAddressVerifiedAction,
} from "@/lib/people/actions";

/** Adds an address letters go to from a date; the earlier one stays as history. */
export function AddAddressForm({ personId }: { personId: string }) {
  const [state, action] = useActionState(addAddressAction, initialFormState);
  const t = staffMessages().people.addresses;
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <input type="hidden" name="personId" value={personId} />
      <TextareaField
        id="new-address"
        label={t.address}
        name="address"
        rows={5}
        defaultValue={value("address")}
        errors={errors?.address}
        hint={t.addressHint}
        required
      />
      <SelectField
        id="new-address-script"
        label={t.script}
        name="script"
        defaultValue={state.values?.script ?? "CYRILLIC"}
        errors={errors?.script}
        options={[
          { value: "CYRILLIC", label: t.scripts.CYRILLIC },
          { value: "LATIN", label: t.scripts.LATIN },
        ]}
      />
      <TextareaField
        id="new-address-latin"
        label={t.latin}
        name="latin"
        rows={5}
        defaultValue={value("latin")}
        errors={errors?.latin}
        hint={t.latinHint}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="new-address-from"
          label={t.validFrom}
          name="validFrom"
          type="date"
          defaultValue={value("validFrom")}
          errors={errors?.validFrom}
          required
        />
        <Field
          id="new-address-verified"
          label={t.lastVerified}
          name="lastVerified"
          type="date"
          defaultValue={value("lastVerified")}
          errors={errors?.lastVerified}
        />
      </div>
      <SubmitButton>{t.addSubmit}</SubmitButton>
    </form>
  );
}

/** Records when an address was last checked. */
export function VerifiedForm({
  personId,
  addressId,
  lastVerified,
}: {
  personId: string;
  addressId: string;
  lastVerified: string | null;
}) {
  const [state, action] = useActionState(setAddressVerifiedAction, initialFormState);
  const t = staffMessages().people.addresses;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="addressId" value={addressId} />
      <Field
        id={`verified-${addressId}`}
        label={t.lastVerified}
        name="lastVerified"
        type="date"
        defaultValue={state.values?.lastVerified ?? lastVerified ?? ""}
        errors={errors?.lastVerified}
      />
      <SubmitButton variant="secondary">{t.saveVerified}</SubmitButton>
      <FormMessage result={state} />
    </form>
  );
}

/** Deletes an address entered by mistake, after the browser's confirmation. */
export function DeleteAddressForm({
  personId,
  addressId,
  label,
}: {
  personId: string;
  addressId: string;
  label: string;
}) {
  return (
    <ConfirmDeleteForm
      action={deleteAddressAction}
      fields={{ personId, addressId }}
      question={label}
      label={staffMessages().people.addresses.deleteAddress}
    />
  );
}
