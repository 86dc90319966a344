import { contactEmailSchema, contactPhoneSchema } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/**
 * A person's e-mail address and phone number as a form gives them (issue 20): empty removes one,
 * and what is wrong is said beside its field.
 */
export type ContactRead =
  | { ok: true; email: string | null; phone: string | null }
  | { ok: false; field: "email" | "phone"; message: string };

export function contactFrom(
  form: FormData,
): ContactRead & { typed: { email: string; phone: string } } {
  const typed = {
    email: String(form.get("email") ?? "").trim(),
    phone: String(form.get("phone") ?? "").trim(),
  };
  const email = contactEmailSchema.safeParse(typed.email === "" ? null : typed.email);
  if (!email.success) {
    return {
      ok: false,
      field: "email",
      message: m.admin_email_wrong(),
      typed,
    };
  }
  const phone = contactPhoneSchema.safeParse(typed.phone === "" ? null : typed.phone);
  if (!phone.success) {
    return {
      ok: false,
      field: "phone",
      message: m.admin_phone_wrong(),
      typed,
    };
  }
  return { ok: true, email: email.data, phone: phone.data, typed };
}
