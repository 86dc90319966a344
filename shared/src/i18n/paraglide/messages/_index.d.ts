/**
* | output |
* | --- |
* | "all sites" |
*
* @param {Account_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_all_sites: ((inputs?: Account_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save contact details" |
*
* @param {Account_Contact_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_contact_save: ((inputs?: Account_Contact_SaveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Contact_SaveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Another account has this e-mail address." |
*
* @param {Account_Contact_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_contact_taken: ((inputs?: Account_Contact_TakenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Contact_TakenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Account_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language: ((inputs?: Account_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "My browser's language ({language})" |
*
* @param {Account_Language_BrowserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_browser: ((inputs: Account_Language_BrowserInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Language_BrowserInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The dashboard, your e-mails and your notices speak this language. Guests on a site's QR page get their browser's language, or the site's." |
*
* @param {Account_Language_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_explain: ((inputs?: Account_Language_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Language_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save language" |
*
* @param {Account_Language_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_save: ((inputs?: Account_Language_SaveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Language_SaveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Saved: the dashboard now speaks {language}." |
*
* @param {Account_Language_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_saved: ((inputs: Account_Language_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Language_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose one of the languages in the list." |
*
* @param {Account_Language_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_unknown: ((inputs?: Account_Language_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Language_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many sign-ins at once. Try again in a moment." |
*
* @param {Account_Login_BusyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_busy: ((inputs?: Account_Login_BusyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_BusyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again to go on." |
*
* @param {Account_Login_ExpiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_expired: ((inputs?: Account_Login_ExpiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_ExpiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Too many attempts. Try again in {count} minute." |
* | "other" | "Too many attempts. Try again in {count} minutes." |
*
* @param {Account_Login_LockedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_locked: ((inputs: Account_Login_LockedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_LockedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your username and password." |
*
* @param {Account_Login_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_missing: ((inputs?: Account_Login_MissingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_MissingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No account? Ask an admin of your Bulb Check. Reporting a problem with a QR code needs no account." |
*
* @param {Account_Login_No_AccountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_no_account: ((inputs?: Account_Login_No_AccountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_No_AccountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Account_Login_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_password: ((inputs?: Account_Login_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Paste a token made on the Tokens page." |
*
* @param {Account_Login_Paste_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_paste_token: ((inputs?: Account_Login_Paste_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_Paste_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A wall screen?" |
*
* @param {Account_Login_ScreenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen: ((inputs?: Account_Login_ScreenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_ScreenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show the wall board" |
*
* @param {Account_Login_Screen_SubmitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen_submit: ((inputs?: Account_Login_Screen_SubmitInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_Screen_SubmitInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Viewer token (an admin makes one under Tokens)" |
*
* @param {Account_Login_Screen_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen_token: ((inputs?: Account_Login_Screen_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_Screen_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Account_Login_SubmitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_submit: ((inputs?: Account_Login_SubmitInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_SubmitInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check · Sign in" |
*
* @param {Account_Login_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_tab: ((inputs?: Account_Login_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Account_Login_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_title: ((inputs?: Account_Login_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That token is unknown or revoked." |
*
* @param {Account_Login_Token_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_token_unknown: ((inputs?: Account_Login_Token_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_Token_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The Bulb Check API does not answer. Try again." |
*
* @param {Account_Login_UnavailableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_unavailable: ((inputs?: Account_Login_UnavailableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_UnavailableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Account_Login_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_username: ((inputs?: Account_Login_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Use a system token with the viewer role for a wall screen." |
*
* @param {Account_Login_Viewer_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_viewer_only: ((inputs?: Account_Login_Viewer_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_Viewer_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Wrong username or password." |
*
* @param {Account_Login_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_wrong: ((inputs?: Account_Login_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Login_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Account_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_name: ((inputs?: Account_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Account_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password: ((inputs?: Account_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New password again" |
*
* @param {Account_Password_AgainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_again: ((inputs?: Account_Password_AgainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_AgainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password changed. Your other sessions have been signed out and your personal tokens revoked." |
*
* @param {Account_Password_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_changed: ((inputs?: Account_Password_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Current password" |
*
* @param {Account_Password_CurrentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_current: ((inputs?: Account_Password_CurrentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_CurrentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The two new passwords differ." |
*
* @param {Account_Password_DifferInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_differ: ((inputs?: Account_Password_DifferInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_DifferInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Enter your current password." |
*
* @param {Account_Password_Enter_CurrentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_enter_current: ((inputs?: Account_Password_Enter_CurrentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_Enter_CurrentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "You stay signed in here; your other sessions end, and your personal tokens are revoked." |
*
* @param {Account_Password_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_explain: ((inputs?: Account_Password_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(at least 10 characters)" |
*
* @param {Account_Password_MinInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_min: ((inputs?: Account_Password_MinInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_MinInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Account_Password_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_new: ((inputs?: Account_Password_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The new password can have at most 200 characters." |
*
* @param {Account_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_too_long: ((inputs?: Account_Password_Too_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_Too_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The new password needs at least 10 characters." |
*
* @param {Account_Password_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_too_short: ((inputs?: Account_Password_Too_ShortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_Too_ShortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The current password is wrong." |
*
* @param {Account_Password_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_password_wrong: ((inputs?: Account_Password_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Password_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "How to reach you" |
*
* @param {Account_ReachInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_reach: ((inputs?: Account_ReachInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_ReachInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "When a defect is assigned to you, you are told here in the dashboard, and by e-mail where the server can send it." |
*
* @param {Account_Reach_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_reach_explain: ((inputs?: Account_Reach_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Reach_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Account_RoleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_role: ((inputs?: Account_RoleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_RoleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Account_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_saved: ((inputs?: Account_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Account_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_sites: ((inputs?: Account_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your account" |
*
* @param {Account_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_title: ((inputs?: Account_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Copy it now: it will not be shown again." |
*
* @param {Account_Token_CopyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_copy: ((inputs?: Account_Token_CopyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_CopyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create token" |
*
* @param {Account_Token_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_create: ((inputs?: Account_Token_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Token name" |
*
* @param {Account_Token_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_name: ((inputs?: Account_Token_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name the token (up to 80 characters)." |
*
* @param {Account_Token_Name_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_name_missing: ((inputs?: Account_Token_Name_MissingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_Name_MissingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New token “{name}”" |
*
* @param {Account_Token_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_new: ((inputs: Account_Token_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No tokens yet." |
*
* @param {Account_Token_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_none: ((inputs?: Account_Token_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. reporting script" |
*
* @param {Account_Token_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_placeholder: ((inputs?: Account_Token_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Account_Token_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_revoke: ((inputs?: Account_Token_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Token revoked: it no longer works." |
*
* @param {Account_Token_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_revoked: ((inputs?: Account_Token_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} revoked token not shown." |
* | "other" | "{count} revoked tokens not shown." |
*
* @param {Account_Token_Revoked_HiddenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_revoked_hidden: ((inputs: Account_Token_Revoked_HiddenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_Revoked_HiddenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "created {created} · last used {used}" |
*
* @param {Account_Token_TimesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_times: ((inputs: Account_Token_TimesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_TimesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which token? Reload the page and try again." |
*
* @param {Account_Token_WhichInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_token_which: ((inputs?: Account_Token_WhichInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Token_WhichInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Personal API tokens" |
*
* @param {Account_TokensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_tokens: ((inputs?: Account_TokensInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_TokensInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "For scripts and integrations: a token acts as you, with your role and sites. It is shown once; keep it like a password, and revoke it when it is no longer ne..." |
*
* @param {Account_Tokens_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_tokens_explain: ((inputs?: Account_Tokens_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_Tokens_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Account_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_username: ((inputs?: Account_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Account_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} is {role} of all sites, present and future: {does}." |
*
* @param {Admin_Access_All_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_all_is: ((inputs: Admin_Access_All_IsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_All_IsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} will be {role} of all sites, present and future: {does}." |
*
* @param {Admin_Access_All_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_all_will: ((inputs: Admin_Access_All_WillInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_All_WillInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} is {role} at {sites}: {does}." |
*
* @param {Admin_Access_At_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_at_is: ((inputs: Admin_Access_At_IsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_At_IsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} will be {role} at {sites}: {does}." |
*
* @param {Admin_Access_At_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_at_will: ((inputs: Admin_Access_At_WillInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_At_WillInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} is {role} of no site yet: tick at least one, or choose all sites." |
*
* @param {Admin_Access_None_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_none_is: ((inputs: Admin_Access_None_IsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_None_IsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{who} will be {role} of no site yet: tick at least one, or choose all sites." |
*
* @param {Admin_Access_None_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_none_will: ((inputs: Admin_Access_None_WillInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_None_WillInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Access" |
*
* @param {Admin_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_title: ((inputs?: Admin_Access_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Access_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} account" |
* | "other" | "{count} accounts" |
*
* @param {Admin_Accounts_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_accounts_count: ((inputs: Admin_Accounts_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Accounts_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset deleted" |
*
* @param {Admin_Action_Asset_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_asset_delete: ((inputs?: Admin_Action_Asset_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Asset_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset restored" |
*
* @param {Admin_Action_Asset_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_asset_restore: ((inputs?: Admin_Action_Asset_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Asset_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset retired" |
*
* @param {Admin_Action_Asset_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_asset_retire: ((inputs?: Admin_Action_Asset_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Asset_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "QR code of an asset replaced" |
*
* @param {Admin_Action_Asset_Revoke_Report_KeyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_asset_revoke_report_key: ((inputs?: Admin_Action_Asset_Revoke_Report_KeyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Asset_Revoke_Report_KeyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset changed" |
*
* @param {Admin_Action_Asset_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_asset_update: ((inputs?: Admin_Action_Asset_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Asset_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assignment rule added" |
*
* @param {Admin_Action_Assignment_Rule_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_assignment_rule_create: ((inputs?: Admin_Action_Assignment_Rule_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Assignment_Rule_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assignment rule deleted" |
*
* @param {Admin_Action_Assignment_Rule_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_assignment_rule_delete: ((inputs?: Admin_Action_Assignment_Rule_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Assignment_Rule_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel added" |
*
* @param {Admin_Action_Channel_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_create: ((inputs?: Admin_Action_Channel_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel deleted" |
*
* @param {Admin_Action_Channel_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_delete: ((inputs?: Admin_Action_Channel_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel's signing secret read" |
*
* @param {Admin_Action_Channel_Read_SecretInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_read_secret: ((inputs?: Admin_Action_Channel_Read_SecretInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_Read_SecretInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel given a new signing secret" |
*
* @param {Admin_Action_Channel_Rotate_SecretInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_rotate_secret: ((inputs?: Admin_Action_Channel_Rotate_SecretInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_Rotate_SecretInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Test message sent to a channel" |
*
* @param {Admin_Action_Channel_TestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_test: ((inputs?: Admin_Action_Channel_TestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_TestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel changed" |
*
* @param {Admin_Action_Channel_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_channel_update: ((inputs?: Admin_Action_Channel_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Channel_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint deleted" |
*
* @param {Admin_Action_Checkpoint_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_checkpoint_delete: ((inputs?: Admin_Action_Checkpoint_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Checkpoint_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint restored" |
*
* @param {Admin_Action_Checkpoint_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_checkpoint_restore: ((inputs?: Admin_Action_Checkpoint_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Checkpoint_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint retired" |
*
* @param {Admin_Action_Checkpoint_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_checkpoint_retire: ((inputs?: Admin_Action_Checkpoint_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Checkpoint_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint changed" |
*
* @param {Admin_Action_Checkpoint_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_checkpoint_update: ((inputs?: Admin_Action_Checkpoint_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Checkpoint_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect acknowledged" |
*
* @param {Admin_Action_Defect_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_acknowledge: ((inputs?: Admin_Action_Defect_AcknowledgeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_AcknowledgeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect assigned" |
*
* @param {Admin_Action_Defect_AssignInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_assign: ((inputs?: Admin_Action_Defect_AssignInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_AssignInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note added to a defect" |
*
* @param {Admin_Action_Defect_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_comment: ((inputs?: Admin_Action_Defect_CommentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_CommentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect put on hold" |
*
* @param {Admin_Action_Defect_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_hold: ((inputs?: Admin_Action_Defect_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo added to a defect" |
*
* @param {Admin_Action_Defect_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_photo: ((inputs?: Admin_Action_Defect_PhotoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_PhotoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect reopened" |
*
* @param {Admin_Action_Defect_ReopenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_reopen: ((inputs?: Admin_Action_Defect_ReopenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_ReopenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect reported" |
*
* @param {Admin_Action_Defect_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_report: ((inputs?: Admin_Action_Defect_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect resolved" |
*
* @param {Admin_Action_Defect_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_defect_resolve: ((inputs?: Admin_Action_Defect_ResolveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Defect_ResolveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notification sent again" |
*
* @param {Admin_Action_Delivery_RetryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_delivery_retry: ((inputs?: Admin_Action_Delivery_RetryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Delivery_RetryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Removal of the demo started" |
*
* @param {Admin_Action_Demo_RemoveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_demo_remove: ((inputs?: Admin_Action_Demo_RemoveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Demo_RemoveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Demo removed" |
*
* @param {Admin_Action_Demo_RemovedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_demo_removed: ((inputs?: Admin_Action_Demo_RemovedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Demo_RemovedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device deleted" |
*
* @param {Admin_Action_Device_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_delete: ((inputs?: Admin_Action_Device_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoked device restored" |
*
* @param {Admin_Action_Device_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_restore: ((inputs?: Admin_Action_Device_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device retired" |
*
* @param {Admin_Action_Device_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_retire: ((inputs?: Admin_Action_Device_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device revoked" |
*
* @param {Admin_Action_Device_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_revoke: ((inputs?: Admin_Action_Device_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device given a new secret" |
*
* @param {Admin_Action_Device_Rotate_SecretInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_rotate_secret: ((inputs?: Admin_Action_Device_Rotate_SecretInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_Rotate_SecretInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device changed" |
*
* @param {Admin_Action_Device_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_device_update: ((inputs?: Admin_Action_Device_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Device_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fleet imported from a file" |
*
* @param {Admin_Action_Fleet_ImportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_fleet_import: ((inputs?: Admin_Action_Fleet_ImportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Fleet_ImportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fleet document provisioned" |
*
* @param {Admin_Action_Fleet_ProvisionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_fleet_provision: ((inputs?: Admin_Action_Fleet_ProvisionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Fleet_ProvisionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Default notifications set up" |
*
* @param {Admin_Action_Notify_Default_AttentionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_notify_default_attention: ((inputs?: Admin_Action_Notify_Default_AttentionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Notify_Default_AttentionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report set up" |
*
* @param {Admin_Action_Report_SubscribeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_report_subscribe: ((inputs?: Admin_Action_Report_SubscribeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Report_SubscribeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report stopped" |
*
* @param {Admin_Action_Report_UnsubscribeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_report_unsubscribe: ((inputs?: Admin_Action_Report_UnsubscribeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Report_UnsubscribeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report changed" |
*
* @param {Admin_Action_Report_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_report_update: ((inputs?: Admin_Action_Report_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Report_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notification rule added" |
*
* @param {Admin_Action_Rule_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_rule_create: ((inputs?: Admin_Action_Rule_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Rule_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notification rule deleted" |
*
* @param {Admin_Action_Rule_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_rule_delete: ((inputs?: Admin_Action_Rule_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Rule_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notification rule changed" |
*
* @param {Admin_Action_Rule_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_rule_update: ((inputs?: Admin_Action_Rule_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Rule_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Locked out after failed sign-ins" |
*
* @param {Admin_Action_Session_LockoutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_session_lockout: ((inputs?: Admin_Action_Session_LockoutInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Session_LockoutInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in" |
*
* @param {Admin_Action_Session_Sign_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_session_sign_in: ((inputs?: Admin_Action_Session_Sign_InInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Session_Sign_InInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Signed out" |
*
* @param {Admin_Action_Session_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_session_sign_out: ((inputs?: Admin_Action_Session_Sign_OutInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Session_Sign_OutInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site deleted" |
*
* @param {Admin_Action_Site_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_site_delete: ((inputs?: Admin_Action_Site_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Site_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site restored" |
*
* @param {Admin_Action_Site_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_site_restore: ((inputs?: Admin_Action_Site_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Site_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site retired" |
*
* @param {Admin_Action_Site_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_site_retire: ((inputs?: Admin_Action_Site_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Site_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site changed" |
*
* @param {Admin_Action_Site_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_site_update: ((inputs?: Admin_Action_Site_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Site_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "API token created" |
*
* @param {Admin_Action_Token_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_token_create: ((inputs?: Admin_Action_Token_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Token_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "API token revoked" |
*
* @param {Admin_Action_Token_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_token_revoke: ((inputs?: Admin_Action_Token_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Token_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password changed" |
*
* @param {Admin_Action_User_Change_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_change_password: ((inputs?: Admin_Action_User_Change_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_Change_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Contact details changed" |
*
* @param {Admin_Action_User_ContactInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_contact: ((inputs?: Admin_Action_User_ContactInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_ContactInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "User added" |
*
* @param {Admin_Action_User_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_create: ((inputs?: Admin_Action_User_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "User disabled" |
*
* @param {Admin_Action_User_DisableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_disable: ((inputs?: Admin_Action_User_DisableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_DisableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Language changed" |
*
* @param {Admin_Action_User_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_language: ((inputs?: Admin_Action_User_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "User unlocked" |
*
* @param {Admin_Action_User_UnlockInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_unlock: ((inputs?: Admin_Action_User_UnlockInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_UnlockInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "User changed" |
*
* @param {Admin_Action_User_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_user_update: ((inputs?: Admin_Action_User_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_User_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone deleted" |
*
* @param {Admin_Action_Zone_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_zone_delete: ((inputs?: Admin_Action_Zone_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Zone_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone restored" |
*
* @param {Admin_Action_Zone_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_zone_restore: ((inputs?: Admin_Action_Zone_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Zone_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone retired" |
*
* @param {Admin_Action_Zone_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_zone_retire: ((inputs?: Admin_Action_Zone_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Zone_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone changed" |
*
* @param {Admin_Action_Zone_UpdateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_action_zone_update: ((inputs?: Admin_Action_Zone_UpdateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Action_Zone_UpdateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the API, no one signed in" |
*
* @param {Admin_Actor_ApiInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_api: ((inputs?: Admin_Actor_ApiInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Actor_ApiInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the admin token from BULBCHECK_ADMIN_TOKEN" |
*
* @param {Admin_Actor_EnvironmentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_environment: ((inputs?: Admin_Actor_EnvironmentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Actor_EnvironmentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the admin token made at first start" |
*
* @param {Admin_Actor_GeneratedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_generated: ((inputs?: Admin_Actor_GeneratedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Actor_GeneratedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check itself" |
*
* @param {Admin_Actor_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_system: ((inputs?: Admin_Actor_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Actor_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Addresses (comma or space between)" |
*
* @param {Admin_AddressesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_addresses: ((inputs?: Admin_AddressesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_AddressesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "admins'" |
*
* @param {Admin_Admins_OwnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_admins_own: ((inputs?: Admin_Admins_OwnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Admins_OwnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Admins always see every site." |
*
* @param {Admin_Admins_See_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_admins_see_all: ((inputs?: Admin_Admins_See_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Admins_See_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "all" |
*
* @param {Admin_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_all: ((inputs?: Admin_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "all sites" |
*
* @param {Admin_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_all_sites: ((inputs?: Admin_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{time} {zone}" |
*
* @param {Admin_At_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_at_hour: ((inputs: Admin_At_HourInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_At_HourInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every change made through the API: provisioning, acknowledgements, resolutions, devices, users and tokens. Times in UTC." |
*
* @param {Admin_Audit_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_audit_intro: ((inputs?: Admin_Audit_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Audit_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Audit log" |
*
* @param {Admin_Audit_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_audit_title: ((inputs?: Admin_Audit_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Audit_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "back-office" |
*
* @param {Admin_Back_OfficeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_back_office: ((inputs?: Admin_Back_OfficeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Back_OfficeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel changed." |
*
* @param {Admin_Channel_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_changed: ((inputs?: Admin_Channel_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channel_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel “{name}” created." |
*
* @param {Admin_Channel_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_created: ((inputs: Admin_Channel_CreatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channel_CreatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel deleted." |
*
* @param {Admin_Channel_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_deleted: ((inputs?: Admin_Channel_DeletedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channel_DeletedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "channel {id}" |
*
* @param {Admin_Channel_NInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_n: ((inputs: Admin_Channel_NInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channel_NInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. Oslo night staff" |
*
* @param {Admin_Channel_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_placeholder: ((inputs?: Admin_Channel_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channel_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channels" |
*
* @param {Admin_Channels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channels_title: ((inputs?: Admin_Channels_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Channels_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a kind." |
*
* @param {Admin_Choose_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_choose_kind: ((inputs?: Admin_Choose_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Choose_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a role." |
*
* @param {Admin_Choose_RoleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_choose_role: ((inputs?: Admin_Choose_RoleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Choose_RoleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Attempts" |
*
* @param {Admin_Col_AttemptsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_attempts: ((inputs?: Admin_Col_AttemptsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_AttemptsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel" |
*
* @param {Admin_Col_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_channel: ((inputs?: Admin_Col_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Admin_Col_ContactInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_contact: ((inputs?: Admin_Col_ContactInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_ContactInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Detail" |
*
* @param {Admin_Col_DetailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_detail: ((inputs?: Admin_Col_DetailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_DetailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Admin_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_kind: ((inputs?: Admin_Col_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last answer" |
*
* @param {Admin_Col_Last_AnswerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_answer: ((inputs?: Admin_Col_Last_AnswerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_Last_AnswerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last sent" |
*
* @param {Admin_Col_Last_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_sent: ((inputs?: Admin_Col_Last_SentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_Last_SentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last sign-in" |
*
* @param {Admin_Col_Last_Sign_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_sign_in: ((inputs?: Admin_Col_Last_Sign_InInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_Last_Sign_InInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last used" |
*
* @param {Admin_Col_Last_UsedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_used: ((inputs?: Admin_Col_Last_UsedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_Last_UsedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Levels" |
*
* @param {Admin_Col_LevelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_levels: ((inputs?: Admin_Col_LevelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_LevelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Admin_Col_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_name: ((inputs?: Admin_Col_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "On" |
*
* @param {Admin_Col_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_on: ((inputs?: Admin_Col_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Admin_Col_OwnerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_owner: ((inputs?: Admin_Col_OwnerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_OwnerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Quiet hours" |
*
* @param {Admin_Col_QuietInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_quiet: ((inputs?: Admin_Col_QuietInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_QuietInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Admin_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_role: ((inputs?: Admin_Col_RoleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_RoleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule" |
*
* @param {Admin_Col_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_rule: ((inputs?: Admin_Col_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sends to" |
*
* @param {Admin_Col_Sends_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_sends_to: ((inputs?: Admin_Col_Sends_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_Sends_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Admin_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_site: ((inputs?: Admin_Col_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Admin_Col_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_sites: ((inputs?: Admin_Col_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "State" |
*
* @param {Admin_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_state: ((inputs?: Admin_Col_StateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_StateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Takes" |
*
* @param {Admin_Col_TakesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_takes: ((inputs?: Admin_Col_TakesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_TakesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To" |
*
* @param {Admin_Col_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_to: ((inputs?: Admin_Col_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Admin_Col_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_username: ((inputs?: Admin_Col_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What" |
*
* @param {Admin_Col_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_what: ((inputs?: Admin_Col_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "When" |
*
* @param {Admin_Col_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_when: ((inputs?: Admin_Col_WhenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_WhenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Admin_Col_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_who: ((inputs?: Admin_Col_WhoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Col_WhoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Where {name} is told of what is assigned to them. Empty removes it." |
*
* @param {Admin_Contact_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_contact_intro: ((inputs: Admin_Contact_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Contact_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail and phone" |
*
* @param {Admin_Contact_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_contact_title: ((inputs?: Admin_Contact_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Contact_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {Admin_CopiedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copied: ((inputs?: Admin_CopiedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_CopiedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Admin_CopyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copy: ((inputs?: Admin_CopyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_CopyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Copying is not allowed here: the text is selected, copy it with your keyboard." |
*
* @param {Admin_Copy_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copy_not_allowed: ((inputs?: Admin_Copy_Not_AllowedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Copy_Not_AllowedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create channel" |
*
* @param {Admin_Create_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_channel: ((inputs?: Admin_Create_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Create_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create rule" |
*
* @param {Admin_Create_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_rule: ((inputs?: Admin_Create_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Create_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create token" |
*
* @param {Admin_Create_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_token: ((inputs?: Admin_Create_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Create_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create user" |
*
* @param {Admin_Create_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_user: ((inputs?: Admin_Create_UserInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Create_UserInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Created" |
*
* @param {Admin_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_created: ((inputs?: Admin_CreatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_CreatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "customer-visible" |
*
* @param {Admin_Customer_VisibleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_customer_visible: ((inputs?: Admin_Customer_VisibleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Customer_VisibleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Admin_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete: ((inputs?: Admin_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete channel" |
*
* @param {Admin_Delete_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete_channel: ((inputs?: Admin_Delete_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Delete_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Its delivery log goes with it. A channel a rule or report uses cannot be deleted." |
*
* @param {Admin_Delete_Channel_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete_channel_explain: ((inputs?: Admin_Delete_Channel_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Delete_Channel_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every message, newest first; times in UTC. Failed ones are retried with growing waits for a day; an uncertain one was cut off mid-send to a chat room, which ..." |
*
* @param {Admin_Deliveries_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_deliveries_intro: ((inputs?: Admin_Deliveries_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Deliveries_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delivery log" |
*
* @param {Admin_Delivery_LogInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delivery_log: ((inputs?: Admin_Delivery_LogInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Delivery_LogInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delivery {id}: {state}." |
*
* @param {Admin_Delivery_RetriedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delivery_retried: ((inputs: Admin_Delivery_RetriedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Delivery_RetriedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Disable {username}" |
*
* @param {Admin_DisableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable: ((inputs: Admin_DisableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_DisableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name} is signed out at once and cannot sign in; their personal tokens are revoked for good. You can enable the account again: they sign in anew, and make ne..." |
*
* @param {Admin_Disable_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable_explain: ((inputs: Admin_Disable_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Disable_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Disable this account…" |
*
* @param {Admin_Disable_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable_summary: ((inputs?: Admin_Disable_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Disable_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Disabled: they are signed out, their personal tokens revoked, and they cannot sign in." |
*
* @param {Admin_Disabled_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disabled_done: ((inputs?: Admin_Disabled_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Disabled_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "disabled since {when}" |
*
* @param {Admin_Disabled_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disabled_since: ((inputs: Admin_Disabled_SinceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Disabled_SinceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Display name" |
*
* @param {Admin_Display_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_display_name: ((inputs?: Admin_Display_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Display_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The display name is 1 to 80 characters." |
*
* @param {Admin_Display_Name_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_display_name_wrong: ((inputs?: Admin_Display_Name_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Display_Name_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "does everything, the fleet, people and tokens included" |
*
* @param {Admin_Does_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_admin: ((inputs?: Admin_Does_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees their boards and defects, reports, acknowledges and resolves them, and looks after their devices, QR codes and notifications" |
*
* @param {Admin_Does_Manager_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_manager_many: ((inputs?: Admin_Does_Manager_ManyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Manager_ManyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees its boards and defects, reports, acknowledges and resolves them, and looks after its devices, QR codes and notifications" |
*
* @param {Admin_Does_Manager_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_manager_one: ((inputs?: Admin_Does_Manager_OneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Manager_OneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees their boards and defects, reports, acknowledges and resolves them" |
*
* @param {Admin_Does_Staff_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_staff_many: ((inputs?: Admin_Does_Staff_ManyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Staff_ManyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees its boards and defects, reports, acknowledges and resolves them" |
*
* @param {Admin_Does_Staff_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_staff_one: ((inputs?: Admin_Does_Staff_OneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Staff_OneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees their boards and defects" |
*
* @param {Admin_Does_Viewer_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_viewer_many: ((inputs?: Admin_Does_Viewer_ManyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Viewer_ManyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees its boards and defects" |
*
* @param {Admin_Does_Viewer_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_viewer_one: ((inputs?: Admin_Does_Viewer_OneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Does_Viewer_OneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. {example}" |
*
* @param {Admin_EgInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_eg: ((inputs: Admin_EgInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_EgInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Admin_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email: ((inputs?: Admin_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(optional: told of what is assigned to them)" |
*
* @param {Admin_Email_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email_optional: ((inputs?: Admin_Email_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Email_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Write an e-mail address such as kari@example.com, or leave it empty." |
*
* @param {Admin_Email_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email_wrong: ((inputs?: Admin_Email_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Email_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Enable {username}" |
*
* @param {Admin_EnableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_enable: ((inputs: Admin_EnableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_EnableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Enabled: they can sign in again." |
*
* @param {Admin_Enabled_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_enabled_done: ((inputs?: Admin_Enabled_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Enabled_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "every defect" |
*
* @param {Admin_Every_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_defect: ((inputs?: Admin_Every_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Every_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "every site" |
*
* @param {Admin_Every_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_site: ((inputs?: Admin_Every_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Every_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every site" |
*
* @param {Admin_Every_Site_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_site_option: ((inputs?: Admin_Every_Site_OptionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Every_Site_OptionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "from {sources}" |
*
* @param {Admin_From_SourcesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_from_sources: ((inputs: Admin_From_SourcesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_From_SourcesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give at least one e-mail address." |
*
* @param {Admin_Give_AddressInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_give_address: ((inputs?: Admin_Give_AddressInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Give_AddressInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give the webhook's URL." |
*
* @param {Admin_Give_UrlInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_give_url: ((inputs?: Admin_Give_UrlInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Give_UrlInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Held back after failed sign-ins from:" |
*
* @param {Admin_Held_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_from: ((inputs?: Admin_Held_FromInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Held_FromInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "If that was them, unlock them; if not, someone is guessing their password from there." |
*
* @param {Admin_Held_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_hint: ((inputs?: Admin_Held_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Held_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many failed sign-ins came from these, for whatever usernames: nobody signs in from them until the time shown." |
*
* @param {Admin_Held_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_intro: ((inputs?: Admin_Held_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Held_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} failed · until {until}" |
* | "other" | "{count} failed · until {until}" |
*
* @param {Admin_Held_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_line: ((inputs: Admin_Held_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Held_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Addresses held back" |
*
* @param {Admin_Held_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_title: ((inputs?: Admin_Held_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Held_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "everything, people and tokens" |
*
* @param {Admin_Help_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_admin: ((inputs?: Admin_Help_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Help_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "also devices and QR codes" |
*
* @param {Admin_Help_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_manager: ((inputs?: Admin_Help_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Help_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "also reports, acknowledges, resolves" |
*
* @param {Admin_Help_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_staff: ((inputs?: Admin_Help_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Help_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sees boards and defects" |
*
* @param {Admin_Help_ViewerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_viewer: ((inputs?: Admin_Help_ViewerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Help_ViewerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Paste the incoming-webhook URL the room gave you: it is the room's key, shown to admins only." |
*
* @param {Admin_Hint_ChatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_chat: ((inputs?: Admin_Hint_ChatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Hint_ChatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sent through the SMTP server in the settings." |
*
* @param {Admin_Hint_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_email: ((inputs?: Admin_Hint_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Hint_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Each request is signed with a secret shown once after creating (docs: notifications)." |
*
* @param {Admin_Hint_WebhookInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_webhook: ((inputs?: Admin_Hint_WebhookInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Hint_WebhookInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Initial password" |
*
* @param {Admin_Initial_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_initial_password: ((inputs?: Admin_Initial_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Initial_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "it said: “{answer}”" |
*
* @param {Admin_It_SaidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_it_said: ((inputs: Admin_It_SaidInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_It_SaidInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Admin_Kind_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_email: ((inputs?: Admin_Kind_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Kind_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "In-app notices" |
*
* @param {Admin_Kind_In_AppInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_in_app: ((inputs?: Admin_Kind_In_AppInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Kind_In_AppInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Webhook (signed JSON)" |
*
* @param {Admin_Kind_WebhookInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_webhook: ((inputs?: Admin_Kind_WebhookInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Kind_WebhookInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "after {minutes} min:" |
*
* @param {Admin_Level_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_line: ((inputs: Admin_Level_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Level_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Level {level}: minutes must be 0 or more." |
*
* @param {Admin_Level_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_minutes: ((inputs: Admin_Level_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Level_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Level {level}" |
*
* @param {Admin_Level_NInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_n: ((inputs: Admin_Level_NInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Level_NInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{first} and {last}" |
*
* @param {Admin_List_AndInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_list_and: ((inputs: Admin_List_AndInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_List_AndInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "locked out from {count} address until {until}" |
* | "other" | "locked out from {count} addresses until {until}" |
*
* @param {Admin_Locked_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_locked_from: ((inputs: Admin_Locked_FromInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Locked_FromInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many failed sign-ins with these usernames: they cannot sign in from there until the time shown. If that was them, unlock them; if not, someone is guessin..." |
*
* @param {Admin_Locked_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_locked_intro: ((inputs?: Admin_Locked_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Locked_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Locked out" |
*
* @param {Admin_Locked_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_locked_title: ((inputs?: Admin_Locked_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Locked_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name the channel." |
*
* @param {Admin_Name_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_channel: ((inputs?: Admin_Name_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Name_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name the report." |
*
* @param {Admin_Name_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_report: ((inputs?: Admin_Name_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Name_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name, role and sites" |
*
* @param {Admin_Name_Role_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_role_sites: ((inputs?: Admin_Name_Role_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Name_Role_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name the rule." |
*
* @param {Admin_Name_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_rule: ((inputs?: Admin_Name_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Name_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name the token (up to 80 characters)." |
*
* @param {Admin_Name_The_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_the_token: ((inputs?: Admin_Name_The_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Name_The_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "never" |
*
* @param {Admin_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_never: ((inputs?: Admin_NeverInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_NeverInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New channel" |
*
* @param {Admin_New_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_channel: ((inputs?: Admin_New_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Admin_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_password: ((inputs?: Admin_New_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New rule" |
*
* @param {Admin_New_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_rule: ((inputs?: Admin_New_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New system token" |
*
* @param {Admin_New_System_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_system_token: ((inputs?: Admin_New_System_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_System_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New token “{name}”" |
*
* @param {Admin_New_Token_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_token_label: ((inputs: Admin_New_Token_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_Token_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Copy it now and hand it over safely: it will not be shown again." |
*
* @param {Admin_New_Token_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_token_warning: ((inputs?: Admin_New_Token_WarningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_Token_WarningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New user" |
*
* @param {Admin_New_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_user: ((inputs?: Admin_New_UserInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_UserInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The new user" |
*
* @param {Admin_New_User_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_user_who: ((inputs?: Admin_New_User_WhoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_New_User_WhoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "next {when}" |
*
* @param {Admin_Next_AttemptInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_next_attempt: ((inputs: Admin_Next_AttemptInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Next_AttemptInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No channels yet." |
*
* @param {Admin_No_ChannelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_channels: ((inputs?: Admin_No_ChannelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_ChannelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No channels yet: an admin sets them up." |
*
* @param {Admin_No_Channels_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_channels_manager: ((inputs?: Admin_No_Channels_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_Channels_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nobody gets the daily report yet." |
*
* @param {Admin_No_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_reports: ((inputs?: Admin_No_ReportsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_ReportsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No rules: nobody is told of new defects." |
*
* @param {Admin_No_RulesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_rules: ((inputs?: Admin_No_RulesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_RulesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no such user: no account has the id {id}. Choose one from the list of users." |
*
* @param {Admin_No_Such_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_such_user: ((inputs: Admin_No_Such_UserInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_Such_UserInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No tokens." |
*
* @param {Admin_No_TokensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_tokens: ((inputs?: Admin_No_TokensInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_No_TokensInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Admin_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_none: ((inputs?: Admin_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not held back: no failed sign-ins past the limit." |
*
* @param {Admin_Not_HeldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_not_held: ((inputs?: Admin_Not_HeldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Not_HeldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing sent yet." |
*
* @param {Admin_Nothing_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_nothing_sent: ((inputs?: Admin_Nothing_SentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Nothing_SentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing yet." |
*
* @param {Admin_Nothing_YetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_nothing_yet: ((inputs?: Admin_Nothing_YetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Nothing_YetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The right person hears of a failing basic before a customer does; a defect nobody acknowledges climbs to the next level." |
*
* @param {Admin_Notif_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_intro: ((inputs?: Admin_Notif_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Notif_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "You manage the rules and reports of your sites; admins set up channels." |
*
* @param {Admin_Notif_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_manager: ((inputs?: Admin_Notif_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Notif_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Admin_Notif_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_title: ((inputs?: Admin_Notif_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Notif_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "off" |
*
* @param {Admin_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_off: ((inputs?: Admin_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Older ›" |
*
* @param {Admin_OlderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_older: ((inputs?: Admin_OlderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_OlderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "on" |
*
* @param {Admin_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_on: ((inputs?: Admin_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Admin_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_optional: ((inputs?: Admin_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "system" |
*
* @param {Admin_Owner_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_owner_system: ((inputs?: Admin_Owner_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Owner_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "10 characters or more; tell it to them privately" |
*
* @param {Admin_Password_HelpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_help: ((inputs?: Admin_Password_HelpInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Password_HelpInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password set. Their sessions and personal tokens have ended; tell them the new password privately." |
*
* @param {Admin_Password_SetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_set: ((inputs?: Admin_Password_SetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Password_SetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password: 10 to 200 characters." |
*
* @param {Admin_Password_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_wrong: ((inputs?: Admin_Password_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Password_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Admin_PhoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_phone: ((inputs?: Admin_PhoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_PhoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Write a phone number such as +47 912 34 567, or leave it empty." |
*
* @param {Admin_Phone_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_phone_wrong: ((inputs?: Admin_Phone_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Phone_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Admin_Picker_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_all: ((inputs?: Admin_Picker_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Picker_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Admin_Picker_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_none: ((inputs?: Admin_Picker_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Picker_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Admin_Picker_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_sites: ((inputs?: Admin_Picker_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Picker_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only these sites:" |
*
* @param {Admin_Picker_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_some: ((inputs?: Admin_Picker_SomeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Picker_SomeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Quiet hours need both a start and an end." |
*
* @param {Admin_Quiet_BothInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_quiet_both: ((inputs?: Admin_Quiet_BothInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Quiet_BothInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(not {severities})" |
*
* @param {Admin_Quiet_NotInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_quiet_not: ((inputs: Admin_Quiet_NotInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Quiet_NotInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report ended." |
*
* @param {Admin_Report_EndedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_ended: ((inputs?: Admin_Report_EndedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_EndedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "At (local hour)" |
*
* @param {Admin_Report_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_hour: ((inputs?: Admin_Report_HourInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_HourInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. Oslo mornings" |
*
* @param {Admin_Report_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_placeholder: ((inputs?: Admin_Report_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report “{name}” set up." |
*
* @param {Admin_Report_Set_UpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_set_up: ((inputs: Admin_Report_Set_UpInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_Set_UpInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites (none ticked: every site, in one report)" |
*
* @param {Admin_Report_Sites_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_sites_admin: ((inputs?: Admin_Report_Sites_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_Sites_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites (one report for those ticked)" |
*
* @param {Admin_Report_Sites_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_sites_manager: ((inputs?: Admin_Report_Sites_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Report_Sites_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Each morning: what failed yesterday, what is still open and for how long, overdue inspections, who caught defects first. Also on the" |
*
* @param {Admin_Reports_Intro_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_intro_before: ((inputs?: Admin_Reports_Intro_BeforeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Reports_Intro_BeforeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "daily report page" |
*
* @param {Admin_Reports_Page_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_page_link: ((inputs?: Admin_Reports_Page_LinkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Reports_Page_LinkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily bulb report" |
*
* @param {Admin_Reports_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_title: ((inputs?: Admin_Reports_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Reports_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reset password" |
*
* @param {Admin_Reset_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reset_password: ((inputs?: Admin_Reset_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Reset_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Admin_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_revoke: ((inputs?: Admin_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "revoked {when}" |
*
* @param {Admin_Revoked_AtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_revoked_at: ((inputs: Admin_Revoked_AtInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Revoked_AtInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "after" |
*
* @param {Admin_Rf_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_after: ((inputs?: Admin_Rf_AfterInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_AfterInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Admin_Rf_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_category: ((inputs?: Admin_Rf_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Customers see it" |
*
* @param {Admin_Rf_Customers_SeeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_customers_see: ((inputs?: Admin_Rf_Customers_SeeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Customers_SeeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "either" |
*
* @param {Admin_Rf_EitherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_either: ((inputs?: Admin_Rf_EitherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_EitherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Admin_Rf_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_found_by: ((inputs?: Admin_Rf_Found_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Found_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "from" |
*
* @param {Admin_Rf_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_from: ((inputs?: Admin_Rf_FromInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_FromInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Level {level}" |
*
* @param {Admin_Rf_LevelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_level: ((inputs: Admin_Rf_LevelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_LevelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Level {level} (optional)" |
*
* @param {Admin_Rf_Level_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_level_optional: ((inputs: Admin_Rf_Level_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Level_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "min without acknowledgement" |
*
* @param {Admin_Rf_Min_No_AckInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_min_no_ack: ((inputs?: Admin_Rf_Min_No_AckInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Min_No_AckInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "min from opening" |
*
* @param {Admin_Rf_Min_OpeningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_min_opening: ((inputs?: Admin_Rf_Min_OpeningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Min_OpeningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "no" |
*
* @param {Admin_Rf_NoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_no: ((inputs?: Admin_Rf_NoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_NoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Quiet hours (site's time; leave empty for none)" |
*
* @param {Admin_Rf_QuietInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_quiet: ((inputs?: Admin_Rf_QuietInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_QuietInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Regional manager" |
*
* @param {Admin_Rf_RegionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_regional: ((inputs?: Admin_Rf_RegionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_RegionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity (none ticked: all)" |
*
* @param {Admin_Rf_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_severity: ((inputs?: Admin_Rf_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site manager" |
*
* @param {Admin_Rf_Site_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_site_manager: ((inputs?: Admin_Rf_Site_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Site_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Admin_Rf_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_staff: ((inputs?: Admin_Rf_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "still send:" |
*
* @param {Admin_Rf_Still_SendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_still_send: ((inputs?: Admin_Rf_Still_SendInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_Still_SendInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "to" |
*
* @param {Admin_Rf_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_to: ((inputs?: Admin_Rf_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Admin_Rf_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_who: ((inputs?: Admin_Rf_WhoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_WhoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "yes" |
*
* @param {Admin_Rf_YesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_yes: ((inputs?: Admin_Rf_YesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rf_YesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule changed." |
*
* @param {Admin_Rule_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_changed: ((inputs?: Admin_Rule_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule “{name}” created." |
*
* @param {Admin_Rule_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_created: ((inputs: Admin_Rule_CreatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_CreatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule deleted." |
*
* @param {Admin_Rule_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_deleted: ((inputs?: Admin_Rule_DeletedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_DeletedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "For {site}. Escalations under way follow the changed levels from their next step." |
*
* @param {Admin_Rule_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_for: ((inputs: Admin_Rule_ForInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_ForInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule {name}" |
*
* @param {Admin_Rule_HeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_head: ((inputs: Admin_Rule_HeadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_HeadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(off)" |
*
* @param {Admin_Rule_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_off: ((inputs?: Admin_Rule_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "On" |
*
* @param {Admin_Rule_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_on: ((inputs?: Admin_Rule_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. Lights at night" |
*
* @param {Admin_Rule_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_placeholder: ((inputs?: Admin_Rule_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule “{name}”" |
*
* @param {Admin_Rule_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_title: ((inputs: Admin_Rule_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rule_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A rule takes the defects that pass all its filters. Level 1 hears first; each next level after its minutes if nobody has acknowledged. Quiet hours hold a ste..." |
*
* @param {Admin_Rules_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rules_intro: ((inputs?: Admin_Rules_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rules_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rules and escalation" |
*
* @param {Admin_Rules_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rules_title: ((inputs?: Admin_Rules_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Rules_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Admin_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save: ((inputs?: Admin_SaveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_SaveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save contact details" |
*
* @param {Admin_Save_ContactInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save_contact: ((inputs?: Admin_Save_ContactInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Save_ContactInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save rule" |
*
* @param {Admin_Save_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save_rule: ((inputs?: Admin_Save_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Save_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Admin_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_saved: ((inputs?: Admin_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Signing secret of “{name}”" |
*
* @param {Admin_Secret_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_secret_label: ((inputs: Admin_Secret_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Secret_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give it to whoever runs the receiver: it verifies the X-BulbCheck-Signature header. Admins can read it again later." |
*
* @param {Admin_Secret_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_secret_warning: ((inputs?: Admin_Secret_WarningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Secret_WarningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Send again" |
*
* @param {Admin_Send_AgainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_again: ((inputs?: Admin_Send_AgainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Send_AgainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Send the daily report" |
*
* @param {Admin_Send_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_report: ((inputs?: Admin_Send_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Send_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Send a test" |
*
* @param {Admin_Send_TestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_test: ((inputs?: Admin_Send_TestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Send_TestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Set password" |
*
* @param {Admin_Set_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_set_password: ((inputs?: Admin_Set_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Set_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Set up the report" |
*
* @param {Admin_Set_Up_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_set_up_report: ((inputs?: Admin_Set_Up_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Set_Up_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Admin_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_show: ((inputs?: Admin_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show revoked tokens" |
*
* @param {Admin_Show_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_show_revoked: ((inputs?: Admin_Show_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Show_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign-in" |
*
* @param {Admin_Sign_In_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_sign_in_title: ((inputs?: Admin_Sign_In_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Sign_In_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "signed" |
*
* @param {Admin_SignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_signed: ((inputs?: Admin_SignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_SignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "active" |
*
* @param {Admin_State_ActiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_active: ((inputs?: Admin_State_ActiveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_ActiveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "disabled {when}" |
*
* @param {Admin_State_DisabledInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_disabled: ((inputs: Admin_State_DisabledInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_DisabledInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Admin_State_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_failed: ((inputs?: Admin_State_FailedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_FailedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "pending" |
*
* @param {Admin_State_PendingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_pending: ((inputs?: Admin_State_PendingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_PendingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sending" |
*
* @param {Admin_State_SendingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_sending: ((inputs?: Admin_State_SendingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_SendingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sent" |
*
* @param {Admin_State_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_sent: ((inputs?: Admin_State_SentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_SentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "uncertain" |
*
* @param {Admin_State_UncertainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_uncertain: ((inputs?: Admin_State_UncertainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_State_UncertainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Admin_StopInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_stop: ((inputs?: Admin_StopInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_StopInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report of {day} ({subscription})" |
*
* @param {Admin_Summary_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_summary_report: ((inputs: Admin_Summary_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Summary_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Level {level} ({levelName}) of “{rule}”: defect #{defect}" |
*
* @param {Admin_Summary_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_summary_step: ((inputs: Admin_Summary_StepInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Summary_StepInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Test message to {channel}" |
*
* @param {Admin_Summary_TestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_summary_test: ((inputs: Admin_Summary_TestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Summary_TestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(10+ characters)" |
*
* @param {Admin_Ten_PlusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_ten_plus: ((inputs?: Admin_Ten_PlusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Ten_PlusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The test to “{name}” failed: {reason}. Check the channel's address and that the receiver is up, then send another test." |
*
* @param {Admin_Test_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_test_failed: ((inputs: Admin_Test_FailedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Test_FailedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Test sent to “{name}” ({status})." |
*
* @param {Admin_Test_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_test_sent: ((inputs: Admin_Test_SentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Test_SentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is you: another admin can disable your account." |
*
* @param {Admin_This_Is_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_this_is_you: ((inputs?: Admin_This_Is_YouInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_This_Is_YouInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick at least one site, or choose all sites." |
*
* @param {Admin_Tick_A_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_a_site: ((inputs?: Admin_Tick_A_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Tick_A_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick at least one channel." |
*
* @param {Admin_Tick_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_channel: ((inputs?: Admin_Tick_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Tick_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick at least one channel for the first level." |
*
* @param {Admin_Tick_First_LevelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_first_level: ((inputs?: Admin_Tick_First_LevelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Tick_First_LevelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Admin_Time_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_time_zone: ((inputs?: Admin_Time_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Time_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. lobby wall screen" |
*
* @param {Admin_Token_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_token_placeholder: ((inputs?: Admin_Token_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Token_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Token revoked: it no longer works." |
*
* @param {Admin_Token_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_token_revoked: ((inputs?: Admin_Token_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Token_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "System tokens are for kiosks, scripts and integrations: each has its own role and sites. Personal tokens act as the user who made them (on their Account page..." |
*
* @param {Admin_Tokens_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tokens_intro: ((inputs?: Admin_Tokens_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Tokens_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "API tokens" |
*
* @param {Admin_Tokens_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tokens_title: ((inputs?: Admin_Tokens_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Tokens_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Turn off" |
*
* @param {Admin_Turn_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_turn_off: ((inputs?: Admin_Turn_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Turn_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Turn on" |
*
* @param {Admin_Turn_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_turn_on: ((inputs?: Admin_Turn_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Turn_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unlock {username}" |
*
* @param {Admin_UnlockInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock: ((inputs: Admin_UnlockInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_UnlockInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing held {name} back any more." |
*
* @param {Admin_Unlock_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock_nothing: ((inputs: Admin_Unlock_NothingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Unlock_NothingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing was held back any more." |
*
* @param {Admin_Unlock_Nothing_SelfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock_nothing_self: ((inputs?: Admin_Unlock_Nothing_SelfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Unlock_Nothing_SelfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unlocked {name}: they may sign in from {addresses} again." |
*
* @param {Admin_UnlockedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlocked: ((inputs: Admin_UnlockedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_UnlockedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unlocked: they may sign in from {addresses} again." |
*
* @param {Admin_Unlocked_SelfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlocked_self: ((inputs: Admin_Unlocked_SelfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Unlocked_SelfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "User created. Tell them their username and initial password privately." |
*
* @param {Admin_User_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_user_created: ((inputs?: Admin_User_CreatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_User_CreatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The username “{username}” is taken." |
*
* @param {Admin_Username_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_username_taken: ((inputs: Admin_Username_TakenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Username_TakenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username: 2 to 64 of a-z, 0-9, . _ @ -, starting with a letter or digit." |
*
* @param {Admin_Username_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_username_wrong: ((inputs?: Admin_Username_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Username_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{accounts}, {active} active. Open one to change its role, sites or password, or to disable it." |
*
* @param {Admin_Users_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_users_intro: ((inputs: Admin_Users_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Users_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Admin_Users_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_users_title: ((inputs?: Admin_Users_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Users_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{time} UTC" |
*
* @param {Admin_Utc_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_utc_time: ((inputs: Admin_Utc_TimeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Utc_TimeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That token is not in the list any more: reload the page and choose it again." |
*
* @param {Admin_Which_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_which_token: ((inputs?: Admin_Which_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Admin_Which_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "now" |
*
* @param {Age_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const age_now: ((inputs?: Age_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Age_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Board_LegendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_legend: ((inputs?: Board_LegendInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_LegendInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Board_LiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_live: ((inputs?: Board_LiveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_LiveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Board_Mode_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_mode_all: ((inputs?: Board_Mode_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Mode_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "One site at a time" |
*
* @param {Board_Mode_RotateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_mode_rotate: ((inputs?: Board_Mode_RotateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Mode_RotateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "+{count} more" |
* | "other" | "+{count} more" |
*
* @param {Board_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_more: ((inputs: Board_MoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_MoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New" |
*
* @param {Board_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_new: ((inputs?: Board_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Board_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_no_sites: ((inputs?: Board_No_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_No_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What this screen shows may be out of date. It keeps trying to reconnect." |
*
* @param {Board_Not_Live_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_not_live_hint: ((inputs?: Board_Not_Live_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Not_Live_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not live since {time}" |
*
* @param {Board_Not_Live_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_not_live_since: ((inputs: Board_Not_Live_SinceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Not_Live_SinceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing open" |
*
* @param {Board_Nothing_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_nothing_open: ((inputs?: Board_Nothing_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Nothing_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} device offline" |
* | "other" | "{count} devices offline" |
*
* @param {Board_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_offline: ((inputs: Board_OfflineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_OfflineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "devices offline" |
*
* @param {Board_Offline_LegendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_offline_legend: ((inputs?: Board_Offline_LegendInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Offline_LegendInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "open {duration}" |
*
* @param {Board_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_open_for: ((inputs: Board_Open_ForInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Open_ForInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Board_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_overdue: ((inputs?: Board_OverdueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_OverdueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reconnecting" |
*
* @param {Board_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_reconnecting: ((inputs?: Board_ReconnectingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_ReconnectingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "+{count} more site" |
* | "other" | "+{count} more sites" |
*
* @param {Board_RestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_rest: ((inputs: Board_RestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_RestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "+{count} site, all fine" |
* | "other" | "+{count} sites, all fine" |
*
* @param {Board_Rest_FineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_rest_fine: ((inputs: Board_Rest_FineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Rest_FineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This screen's access was revoked: ask an admin for a new link" |
*
* @param {Board_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_revoked: ((inputs?: Board_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site {n} of {total}" |
*
* @param {Board_Site_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_site_of: ((inputs: Board_Site_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Site_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Touch the screen once to let it play sound" |
*
* @param {Board_Sound_BlockedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_blocked: ((inputs?: Board_Sound_BlockedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Sound_BlockedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A short tone when a new high-severity or customer-reported defect arrives; this screen only" |
*
* @param {Board_Sound_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_hint: ((inputs?: Board_Sound_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Sound_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sound off" |
*
* @param {Board_Sound_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_off: ((inputs?: Board_Sound_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Sound_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sound on" |
*
* @param {Board_Sound_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_on: ((inputs?: Board_Sound_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Sound_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Wall board" |
*
* @param {Board_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_title: ((inputs?: Board_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Just turned red" |
*
* @param {Board_Turned_RedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_turned_red: ((inputs?: Board_Turned_RedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Board_Turned_RedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Cleanliness" |
*
* @param {Category_CleanlinessInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_cleanliness: ((inputs?: Category_CleanlinessInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_CleanlinessInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Equipment" |
*
* @param {Category_EquipmentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_equipment: ((inputs?: Category_EquipmentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_EquipmentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Lighting" |
*
* @param {Category_LightingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_lighting: ((inputs?: Category_LightingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_LightingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Other" |
*
* @param {Category_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_other: ((inputs?: Category_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Signage" |
*
* @param {Category_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_signage: ((inputs?: Category_SignageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_SignageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Supplies" |
*
* @param {Category_SuppliesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_supplies: ((inputs?: Category_SuppliesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_SuppliesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "System" |
*
* @param {Category_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_system: ((inputs?: Category_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Category_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Acknowledge" |
*
* @param {Defects_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_acknowledge: ((inputs?: Defects_AcknowledgeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_AcknowledgeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The administrator" |
*
* @param {Defects_Actor_First_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_actor_first_admin: ((inputs?: Defects_Actor_First_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Actor_First_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{duration} ago" |
*
* @param {Defects_AgoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ago: ((inputs: Defects_AgoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_AgoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Defects_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_all_sites: ((inputs?: Defects_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Any" |
*
* @param {Defects_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_any: ((inputs?: Defects_AnyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_AnyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Anyone or nobody" |
*
* @param {Defects_AnyoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_anyone: ((inputs?: Defects_AnyoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_AnyoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assign…" |
*
* @param {Defects_Bulk_AssignInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign: ((inputs?: Defects_Bulk_AssignInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_AssignInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assign them" |
*
* @param {Defects_Bulk_Assign_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign_them: ((inputs?: Defects_Bulk_Assign_ThemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Assign_ThemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assign to" |
*
* @param {Defects_Bulk_Assign_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign_to: ((inputs?: Defects_Bulk_Assign_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Assign_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{done}: {count} changed." |
*
* @param {Defects_Bulk_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_changed: ((inputs: Defects_Bulk_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{done}: {count} changed, {failed} not:" |
*
* @param {Defects_Bulk_Changed_NotInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_changed_not: ((inputs: Defects_Bulk_Changed_NotInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Changed_NotInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Defects_Bulk_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose: ((inputs?: Defects_Bulk_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what to do with them." |
*
* @param {Defects_Bulk_Choose_ActionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose_action: ((inputs?: Defects_Bulk_Choose_ActionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Choose_ActionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose who should do them." |
*
* @param {Defects_Bulk_Choose_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose_assignee: ((inputs?: Defects_Bulk_Choose_AssigneeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Choose_AssigneeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Defects_Bulk_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done: ((inputs?: Defects_Bulk_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Acknowledged" |
*
* @param {Defects_Bulk_Done_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_acknowledge: ((inputs?: Defects_Bulk_Done_AcknowledgeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Done_AcknowledgeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned" |
*
* @param {Defects_Bulk_Done_AssignInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_assign: ((inputs?: Defects_Bulk_Done_AssignInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Done_AssignInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Put on hold" |
*
* @param {Defects_Bulk_Done_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_hold: ((inputs?: Defects_Bulk_Done_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Done_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Bulk_Done_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_resolve: ((inputs?: Defects_Bulk_Done_ResolveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Done_ResolveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | ": tick defects below, then choose what to do with them" |
*
* @param {Defects_Bulk_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hint: ((inputs?: Defects_Bulk_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Put on hold…" |
*
* @param {Defects_Bulk_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hold: ((inputs?: Defects_Bulk_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Put them on hold" |
*
* @param {Defects_Bulk_Hold_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hold_them: ((inputs?: Defects_Bulk_Hold_ThemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Hold_ThemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Managers of the site" |
*
* @param {Defects_Bulk_Managers_Of_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_managers_of_site: ((inputs?: Defects_Bulk_Managers_Of_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Managers_Of_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Me" |
*
* @param {Defects_Bulk_MeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_me: ((inputs?: Defects_Bulk_MeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_MeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Defects_Bulk_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_note: ((inputs?: Defects_Bulk_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose one site above to assign to a person." |
*
* @param {Defects_Bulk_One_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_one_site: ((inputs?: Defects_Bulk_One_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_One_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "People" |
*
* @param {Defects_Bulk_PeopleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_people: ((inputs?: Defects_Bulk_PeopleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_PeopleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Defects_Bulk_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_resolve: ((inputs?: Defects_Bulk_ResolveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_ResolveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve them" |
*
* @param {Defects_Bulk_Resolve_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_resolve_them: ((inputs?: Defects_Bulk_Resolve_ThemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Resolve_ThemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Say what they are waiting for." |
*
* @param {Defects_Bulk_Say_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_say_waiting: ((inputs?: Defects_Bulk_Say_WaitingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Say_WaitingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Staff of the site" |
*
* @param {Defects_Bulk_Staff_Of_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_staff_of_site: ((inputs?: Defects_Bulk_Staff_Of_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Staff_Of_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Teams" |
*
* @param {Defects_Bulk_TeamsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_teams: ((inputs?: Defects_Bulk_TeamsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_TeamsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Teams (at each defect's site)" |
*
* @param {Defects_Bulk_Teams_EachInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_teams_each: ((inputs?: Defects_Bulk_Teams_EachInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Teams_EachInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick the defects to change first." |
*
* @param {Defects_Bulk_Tick_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_tick_first: ((inputs?: Defects_Bulk_Tick_FirstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Tick_FirstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "ticked" |
* | "other" | "ticked" |
*
* @param {Defects_Bulk_TickedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_ticked: ((inputs: Defects_Bulk_TickedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_TickedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "At most {max} defects at once: tick fewer." |
*
* @param {Defects_Bulk_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_too_many: ((inputs: Defects_Bulk_Too_ManyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Bulk_Too_ManyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "by" |
*
* @param {Defects_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_by: ((inputs?: Defects_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What fixed it" |
*
* @param {Defects_Cause_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_cause_label: ((inputs?: Defects_Cause_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Cause_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not said" |
*
* @param {Defects_Cause_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_cause_not_said: ((inputs?: Defects_Cause_Not_SaidInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Cause_Not_SaidInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A name sent by {kind} {device}, not a signed-in person" |
*
* @param {Defects_Claim_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_claim_title: ((inputs: Defects_Claim_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Claim_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show all sites" |
*
* @param {Defects_Clear_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_clear_site: ((inputs?: Defects_Clear_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Clear_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Actions" |
*
* @param {Defects_Col_ActionsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_actions: ((inputs?: Defects_Col_ActionsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_ActionsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Defects_Col_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_asset: ((inputs?: Defects_Col_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fault" |
*
* @param {Defects_Col_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_fault: ((inputs?: Defects_Col_FaultInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_FaultInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Defects_Col_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_found_by: ((inputs?: Defects_Col_Found_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_Found_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open for" |
*
* @param {Defects_Col_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_open_for: ((inputs?: Defects_Col_Open_ForInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_Open_ForInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reports" |
*
* @param {Defects_Col_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_reports: ((inputs?: Defects_Col_ReportsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_ReportsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Col_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_severity: ((inputs?: Defects_Col_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Defects_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_site: ((inputs?: Defects_Col_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_status: ((inputs?: Defects_Col_StatusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Col_StatusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} open defect" |
* | "other" | "{count} open defects" |
*
* @param {Defects_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_count: ((inputs: Defects_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "defects" |
*
* @param {Defects_Crumb_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_crumb_defects: ((inputs?: Defects_Crumb_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Crumb_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(customer-visible)" |
*
* @param {Defects_Customer_VisibleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_customer_visible: ((inputs?: Defects_Customer_VisibleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Customer_VisibleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "a customer" |
*
* @param {Defects_Ev_A_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_a_customer: ((inputs?: Defects_Ev_A_CustomerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_A_CustomerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{list} and {last}" |
*
* @param {Defects_Ev_AndInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_and: ((inputs: Defects_Ev_AndInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_AndInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "API token {name}" |
*
* @param {Defects_Ev_Api_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_api_token: ((inputs: Defects_Ev_Api_TokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_Api_TokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "button {id}" |
*
* @param {Defects_Ev_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_button: ((inputs: Defects_Ev_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Confirmed by {who}" |
*
* @param {Defects_Ev_Confirmed_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_confirmed_by: ((inputs: Defects_Ev_Confirmed_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_Confirmed_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Confirmed: {sources}" |
*
* @param {Defects_Ev_Confirmed_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_confirmed_short: ((inputs: Defects_Ev_Confirmed_ShortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_Confirmed_ShortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "a customer (QR code)" |
*
* @param {Defects_Ev_Customer_QrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_customer_qr: ((inputs?: Defects_Ev_Customer_QrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_Customer_QrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Passed the {time} round ({checkpoint}) by {staff} {count} minute before" |
* | "other" | "Passed the {time} round ({checkpoint}) by {staff} {count} minutes before" |
*
* @param {Defects_Ev_RoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_round: ((inputs: Defects_Ev_RoundInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_RoundInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sensor {id}" |
*
* @param {Defects_Ev_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_sensor: ((inputs: Defects_Ev_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "someone" |
*
* @param {Defects_Ev_SomeoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_someone: ((inputs?: Defects_Ev_SomeoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_SomeoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "staff on button {id}" |
*
* @param {Defects_Ev_Staff_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_staff_button: ((inputs: Defects_Ev_Staff_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_Staff_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor {device} may be wrong: {who} reported {fault} while it said ok" |
*
* @param {Defects_Ev_SuspectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_suspect: ((inputs: Defects_Ev_SuspectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Ev_SuspectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Button (MQTT)" |
*
* @param {Defects_Evp_Ch_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_ch_button: ((inputs?: Defects_Evp_Ch_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Ch_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Signed in" |
*
* @param {Defects_Evp_Ch_DashboardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_ch_dashboard: ((inputs?: Defects_Evp_Ch_DashboardInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Ch_DashboardInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "QR code" |
*
* @param {Defects_Evp_Ch_QrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_ch_qr: ((inputs?: Defects_Evp_Ch_QrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Ch_QrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor" |
*
* @param {Defects_Evp_Ch_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_ch_sensor: ((inputs?: Defects_Evp_Ch_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Ch_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The report it contradicts:" |
*
* @param {Defects_Evp_ContradictsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_contradicts: ((inputs?: Defects_Evp_ContradictsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_ContradictsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "defect {id}" |
*
* @param {Defects_Evp_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_defect: ((inputs: Defects_Evp_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not confirmed: one source so far. A second channel, or a second person signed in, confirms it." |
*
* @param {Defects_Evp_Not_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_not_confirmed: ((inputs?: Defects_Evp_Not_ConfirmedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Not_ConfirmedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The sensor last said ok at {time}." |
*
* @param {Defects_Evp_Ok_AtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_ok_at: ((inputs: Defects_Evp_Ok_AtInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_Ok_AtInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} report" |
* | "other" | "{count} reports" |
*
* @param {Defects_Evp_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_reports: ((inputs: Defects_Evp_ReportsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_ReportsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Raised by Bulb Check" |
*
* @param {Defects_Evp_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_system: ((inputs?: Defects_Evp_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Evidence" |
*
* @param {Defects_Evp_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_evp_title: ((inputs?: Defects_Evp_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Evp_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Defects_Filter_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_assignee: ((inputs?: Defects_Filter_AssigneeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_AssigneeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Defects_Filter_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_category: ((inputs?: Defects_Filter_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Filter_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_severity: ((inputs?: Defects_Filter_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Defects_Filter_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_site: ((inputs?: Defects_Filter_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Source" |
*
* @param {Defects_Filter_SourceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_source: ((inputs?: Defects_Filter_SourceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_SourceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Filter_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_status: ((inputs?: Defects_Filter_StatusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Filter_StatusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fix did not hold: see" |
*
* @param {Defects_Fix_Did_Not_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_fix_did_not_hold: ((inputs?: Defects_Fix_Did_Not_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Fix_Did_Not_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New due time" |
*
* @param {Defects_Hold_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_due: ((inputs?: Defects_Hold_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Hold_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. parts ordered, contractor on Tuesday" |
*
* @param {Defects_Hold_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_hint: ((inputs?: Defects_Hold_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Hold_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Waiting for" |
*
* @param {Defects_Hold_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_waiting: ((inputs?: Defects_Hold_WaitingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Hold_WaitingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Defects_Just_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_just_now: ((inputs?: Defects_Just_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Just_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Defects_Label_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_assigned: ((inputs?: Defects_Label_AssignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_AssignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Defects_Label_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_category: ((inputs?: Defects_Label_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What fixed it" |
*
* @param {Defects_Label_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_cause: ((inputs?: Defects_Label_CauseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_CauseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Due" |
*
* @param {Defects_Label_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_due: ((inputs?: Defects_Label_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "First found by" |
*
* @param {Defects_Label_First_FoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_first_found: ((inputs?: Defects_Label_First_FoundInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_First_FoundInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Defects_Label_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_opened: ((inputs?: Defects_Label_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reports" |
*
* @param {Defects_Label_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_reports: ((inputs?: Defects_Label_ReportsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_ReportsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Label_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_resolved: ((inputs?: Defects_Label_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Label_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_severity: ((inputs?: Defects_Label_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Label_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_status: ((inputs?: Defects_Label_StatusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_StatusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Defects_Label_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_zone: ((inputs?: Defects_Label_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Label_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Me and my team" |
*
* @param {Defects_Me_TeamInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_me_team: ((inputs?: Defects_Me_TeamInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Me_TeamInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New" |
*
* @param {Defects_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_new: ((inputs?: Defects_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Next page ›" |
*
* @param {Defects_Next_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_next_page: ((inputs?: Defects_Next_PageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Next_PageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "nobody" |
*
* @param {Defects_NobodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_nobody: ((inputs?: Defects_NobodyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_NobodyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nobody yet" |
*
* @param {Defects_Nobody_YetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_nobody_yet: ((inputs?: Defects_Nobody_YetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Nobody_YetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No defects match these filters." |
*
* @param {Defects_None_MatchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_none_match: ((inputs?: Defects_None_MatchInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_None_MatchInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{site}: no defects match these filters." |
*
* @param {Defects_None_Match_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_none_match_site: ((inputs: Defects_None_Match_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_None_Match_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "defect #{id}" |
*
* @param {Defects_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_number: ((inputs: Defects_NumberInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_NumberInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{fault} on {asset}" |
*
* @param {Defects_On_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_on_asset: ((inputs: Defects_On_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_On_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "On hold: {reason} (due {due})" |
*
* @param {Defects_On_Hold_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_on_hold_line: ((inputs: Defects_On_Hold_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_On_Hold_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "since {time}" |
*
* @param {Defects_Opened_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_opened_since: ((inputs: Defects_Opened_SinceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Opened_SinceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Defects_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_optional: ((inputs?: Defects_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Defects_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_overdue: ((inputs?: Defects_OverdueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_OverdueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo added." |
*
* @param {Defects_Photo_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_added: ((inputs?: Defects_Photo_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photo_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a photo or take one first." |
*
* @param {Defects_Photo_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_choose: ((inputs?: Defects_Photo_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photo_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That photo is larger than 10 MB: take a smaller one." |
*
* @param {Defects_Photo_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_too_large: ((inputs?: Defects_Photo_Too_LargeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photo_Too_LargeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your role may only view. Ask an admin if you need to add photos." |
*
* @param {Defects_Photo_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_view_only: ((inputs?: Defects_Photo_View_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photo_View_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add a photo" |
*
* @param {Defects_Photos_AddInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_add: ((inputs?: Defects_Photos_AddInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_AddInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo by {who}" |
*
* @param {Defects_Photos_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_by: ((inputs: Defects_Photos_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caption (optional)" |
*
* @param {Defects_Photos_CaptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_caption: ((inputs?: Defects_Photos_CaptionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_CaptionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caption" |
*
* @param {Defects_Photos_Caption_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_caption_label: ((inputs?: Defects_Photos_Caption_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_Caption_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "JPEG, PNG, WebP or HEIC, up to 10 MB. Location and camera details are removed." |
*
* @param {Defects_Photos_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_hint: ((inputs?: Defects_Photos_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No photos yet." |
*
* @param {Defects_Photos_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_none: ((inputs?: Defects_Photos_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photos" |
*
* @param {Defects_Photos_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_title: ((inputs?: Defects_Photos_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Upload photo" |
*
* @param {Defects_Photos_UploadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_upload: ((inputs?: Defects_Photos_UploadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_UploadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Uploading…" |
*
* @param {Defects_Photos_UploadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photos_uploading: ((inputs?: Defects_Photos_UploadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Photos_UploadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Reopened once." |
* | "other" | "Reopened {count} times." |
*
* @param {Defects_Reopened_TimesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_reopened_times: ((inputs: Defects_Reopened_TimesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Reopened_TimesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Defects_Resolve_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_resolve_more: ((inputs?: Defects_Resolve_MoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Resolve_MoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset or zone" |
*
* @param {Defects_SearchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_search: ((inputs?: Defects_SearchInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_SearchInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. lobby, lamp" |
*
* @param {Defects_Search_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_search_hint: ((inputs?: Defects_Search_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Search_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Defects_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_show: ((inputs?: Defects_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Defects_SortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort: ((inputs?: Defects_SortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_SortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Due soonest" |
*
* @param {Defects_Sort_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_due: ((inputs?: Defects_Sort_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Sort_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Newest first" |
*
* @param {Defects_Sort_NewestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_newest: ((inputs?: Defects_Sort_NewestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Sort_NewestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Oldest first" |
*
* @param {Defects_Sort_OldestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_oldest: ((inputs?: Defects_Sort_OldestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Sort_OldestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Sort_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_severity: ((inputs?: Defects_Sort_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Sort_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "customer" |
*
* @param {Defects_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_customer: ((inputs?: Defects_Source_CustomerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Source_CustomerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Defects_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_sensor: ((inputs?: Defects_Source_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Source_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Defects_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_staff: ((inputs?: Defects_Source_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Source_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "system" |
*
* @param {Defects_Source_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_system: ((inputs?: Defects_Source_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Source_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "acknowledged" |
*
* @param {Defects_Status_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_acknowledged: ((inputs?: Defects_Status_AcknowledgedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Status_AcknowledgedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "on hold" |
*
* @param {Defects_Status_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_on_hold: ((inputs?: Defects_Status_On_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Status_On_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "open" |
*
* @param {Defects_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_open: ((inputs?: Defects_Status_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Status_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "resolved" |
*
* @param {Defects_Status_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_resolved: ((inputs?: Defects_Status_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Status_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "unresolved" |
*
* @param {Defects_Status_UnresolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_unresolved: ((inputs?: Defects_Status_UnresolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Status_UnresolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick every defect on this page" |
*
* @param {Defects_Tick_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tick_all: ((inputs?: Defects_Tick_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tick_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick {fault} on {asset}" |
*
* @param {Defects_Tick_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tick_one: ((inputs: Defects_Tick_OneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tick_OneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Defects_TimelineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_timeline: ((inputs?: Defects_TimelineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_TimelineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Defects_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_title: ((inputs?: Defects_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Acknowledged" |
*
* @param {Defects_Tl_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_acknowledged: ((inputs?: Defects_Tl_AcknowledgedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_AcknowledgedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned" |
*
* @param {Defects_Tl_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_assigned: ((inputs?: Defects_Tl_AssignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_AssignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "assigned it" |
*
* @param {Defects_Tl_Assigned_ItInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_assigned_it: ((inputs?: Defects_Tl_Assigned_ItInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_Assigned_ItInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Defects_Tl_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_comment: ((inputs?: Defects_Tl_CommentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_CommentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Defects_Tl_Comment_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_comment_by: ((inputs?: Defects_Tl_Comment_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_Comment_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Escalated" |
*
* @param {Defects_Tl_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_escalated: ((inputs?: Defects_Tl_EscalatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_EscalatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notified" |
*
* @param {Defects_Tl_NotifiedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_notified: ((inputs?: Defects_Tl_NotifiedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_NotifiedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Put on hold" |
*
* @param {Defects_Tl_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_on_hold: ((inputs?: Defects_Tl_On_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_On_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Defects_Tl_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_opened: ((inputs?: Defects_Tl_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo" |
*
* @param {Defects_Tl_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_photo: ((inputs?: Defects_Tl_PhotoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_PhotoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reopened" |
*
* @param {Defects_Tl_ReopenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_reopened: ((inputs?: Defects_Tl_ReopenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_ReopenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reported" |
*
* @param {Defects_Tl_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_report: ((inputs?: Defects_Tl_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Tl_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_resolved: ((inputs?: Defects_Tl_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "to {name}" |
*
* @param {Defects_Tl_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_to: ((inputs: Defects_Tl_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unassigned" |
*
* @param {Defects_Tl_UnassignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_unassigned: ((inputs?: Defects_Tl_UnassignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_UnassignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve undone" |
*
* @param {Defects_Tl_UndoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_undone: ((inputs?: Defects_Tl_UndoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_Tl_UndoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "via {kind} {device}" |
*
* @param {Defects_ViaInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_via: ((inputs: Defects_ViaInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_ViaInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Viewing only: your role ({role}) may not acknowledge or resolve." |
*
* @param {Defects_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_view_only: ((inputs: Defects_View_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_View_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Viewing only: your role ({role}) may not work on defects." |
*
* @param {Defects_View_Only_WorkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_view_only_work: ((inputs: Defects_View_Only_WorkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Defects_View_Only_WorkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only an admin restores a revoked device." |
*
* @param {Devices_Admin_RestoresInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_admin_restores: ((inputs?: Devices_Admin_RestoresInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Admin_RestoresInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All my sites" |
*
* @param {Devices_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_all_sites: ((inputs?: Devices_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Battery" |
*
* @param {Devices_Col_BatteryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_battery: ((inputs?: Devices_Col_BatteryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_BatteryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device" |
*
* @param {Devices_Col_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_device: ((inputs?: Devices_Col_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Devices_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_kind: ((inputs?: Devices_Col_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last seen" |
*
* @param {Devices_Col_Last_SeenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_last_seen: ((inputs?: Devices_Col_Last_SeenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_Last_SeenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Messages" |
*
* @param {Devices_Col_MessagesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_messages: ((inputs?: Devices_Col_MessagesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_MessagesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Payload" |
*
* @param {Devices_Col_PayloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_payload: ((inputs?: Devices_Col_PayloadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_PayloadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Devices_Col_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_reason: ((inputs?: Devices_Col_ReasonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_ReasonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Refused" |
*
* @param {Devices_Col_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_refused: ((inputs?: Devices_Col_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Devices_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_site: ((inputs?: Devices_Col_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "State" |
*
* @param {Devices_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_state: ((inputs?: Devices_Col_StateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_StateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "When" |
*
* @param {Devices_Col_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_when: ((inputs?: Devices_Col_WhenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_WhenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What was wrong" |
*
* @param {Devices_Col_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_wrong: ((inputs?: Devices_Col_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Col_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} device" |
* | "other" | "{count} devices" |
*
* @param {Devices_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_count: ((inputs: Devices_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} at {site}" |
*
* @param {Devices_Detail_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_detail_line: ((inputs: Devices_Detail_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Detail_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Devices_Filter_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_filter_site: ((inputs?: Devices_Filter_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Filter_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "State" |
*
* @param {Devices_Filter_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_filter_state: ((inputs?: Devices_Filter_StateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Filter_StateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "button" |
*
* @param {Devices_Kind_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_kind_button: ((inputs?: Devices_Kind_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Kind_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Devices_Kind_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_kind_sensor: ((inputs?: Devices_Kind_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Kind_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} with a low battery" |
* | "other" | "{count} with a low battery" |
*
* @param {Devices_Low_Battery_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_low_battery_count: ((inputs: Devices_Low_Battery_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Low_Battery_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "open a device to rotate its secret or revoke it" |
*
* @param {Devices_Manage_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_manage_hint: ((inputs?: Devices_Manage_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Manage_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only managers and admins look after devices." |
*
* @param {Devices_Managers_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_managers_only: ((inputs?: Devices_Managers_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Managers_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New secret for {device}" |
*
* @param {Devices_New_SecretInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_new_secret: ((inputs: Devices_New_SecretInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_New_SecretInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No refused messages." |
*
* @param {Devices_No_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_no_refused: ((inputs?: Devices_No_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_No_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} offline" |
* | "other" | "{count} offline" |
*
* @param {Devices_Offline_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_offline_count: ((inputs: Devices_Offline_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Offline_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{asset} at {site} is retired: restore it under Setup, or set the device up for another asset." |
*
* @param {Devices_Refusal_Asset_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_asset_retired: ((inputs: Devices_Refusal_Asset_RetiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Asset_RetiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The device id in the topic is not valid." |
*
* @param {Devices_Refusal_Bad_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_device: ((inputs?: Devices_Refusal_Bad_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The field {field} has a value that is not allowed." |
*
* @param {Devices_Refusal_Bad_FieldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_field: ((inputs: Devices_Refusal_Bad_FieldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_FieldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The message is not valid JSON." |
*
* @param {Devices_Refusal_Bad_JsonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_json: ((inputs?: Devices_Refusal_Bad_JsonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_JsonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The site id in the topic is not valid." |
*
* @param {Devices_Refusal_Bad_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_site: ((inputs?: Devices_Refusal_Bad_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A status message must say online or offline." |
*
* @param {Devices_Refusal_Bad_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_status: ((inputs?: Devices_Refusal_Bad_StatusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_StatusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The topic is not a device topic (bulbcheck/v1/site/device/kind)." |
*
* @param {Devices_Refusal_Bad_TopicInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_topic: ((inputs?: Devices_Refusal_Bad_TopicInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_TopicInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The message is not valid UTF-8 text." |
*
* @param {Devices_Refusal_Bad_Utf8Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_bad_utf8: ((inputs?: Devices_Refusal_Bad_Utf8Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Bad_Utf8Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not send health about {asset}: there is no such asset in a zone of its site." |
*
* @param {Devices_Refusal_Health_Not_ProvisionedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_health_not_provisioned: ((inputs: Devices_Refusal_Health_Not_ProvisionedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Health_Not_ProvisionedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not send health about {asset}: it is not among what it watches or serves." |
*
* @param {Devices_Refusal_Health_Not_WatchedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_health_not_watched: ((inputs: Devices_Refusal_Health_Not_WatchedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Health_Not_WatchedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The field {field} is missing." |
*
* @param {Devices_Refusal_Missing_FieldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_missing_field: ((inputs: Devices_Refusal_Missing_FieldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Missing_FieldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not check in at {checkpoint}: its site has no such checkpoint." |
*
* @param {Devices_Refusal_No_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_no_checkpoint: ((inputs: Devices_Refusal_No_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_No_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The message must be a JSON object." |
*
* @param {Devices_Refusal_Not_ObjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_not_object: ((inputs?: Devices_Refusal_Not_ObjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Not_ObjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not check in at {checkpoint}: it is not among the checkpoints the button serves." |
*
* @param {Devices_Refusal_Not_ServedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_not_served: ((inputs: Devices_Refusal_Not_ServedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Not_ServedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not resolve {asset}: there is no such asset in a zone of its site." |
*
* @param {Devices_Refusal_Resolve_Not_ProvisionedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_resolve_not_provisioned: ((inputs: Devices_Refusal_Resolve_Not_ProvisionedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Resolve_Not_ProvisionedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} may not resolve {asset}: it is not among what it watches or serves." |
*
* @param {Devices_Refusal_Resolve_Not_WatchedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_resolve_not_watched: ((inputs: Devices_Refusal_Resolve_Not_WatchedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Resolve_Not_WatchedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} is retired: restore it under Setup to take its messages again." |
*
* @param {Devices_Refusal_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_retired: ((inputs: Devices_Refusal_RetiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_RetiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} is revoked: an admin can restore it." |
*
* @param {Devices_Refusal_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_revoked: ((inputs: Devices_Refusal_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} is a sensor: check-ins are made on a button, at a checkpoint it serves." |
*
* @param {Devices_Refusal_Sensor_CheckinInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_sensor_checkin: ((inputs: Devices_Refusal_Sensor_CheckinInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Sensor_CheckinInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The message is {size} bytes; at most {limit} are taken." |
*
* @param {Devices_Refusal_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_too_large: ((inputs: Devices_Refusal_Too_LargeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Too_LargeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no device {device}." |
*
* @param {Devices_Refusal_Unknown_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_unknown_device: ((inputs: Devices_Refusal_Unknown_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Unknown_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The topic ends in a kind of message that does not exist." |
*
* @param {Devices_Refusal_Unknown_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_unknown_kind: ((inputs?: Devices_Refusal_Unknown_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Unknown_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{asset} is not set up at {site}, which already has {limit} assets not placed in a zone: place them with a fleet import." |
*
* @param {Devices_Refusal_Unplaced_LimitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_unplaced_limit: ((inputs: Devices_Refusal_Unplaced_LimitInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Unplaced_LimitInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{sender} sent on {device}'s topic: a device speaks only for itself." |
*
* @param {Devices_Refusal_Wrong_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_wrong_device: ((inputs: Devices_Refusal_Wrong_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Wrong_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} belongs to {site}, not to {topicSite}." |
*
* @param {Devices_Refusal_Wrong_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refusal_wrong_site: ((inputs: Devices_Refusal_Wrong_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refusal_Wrong_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} with refused messages" |
* | "other" | "{count} with refused messages" |
*
* @param {Devices_Refused_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refused_count: ((inputs: Devices_Refused_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refused_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} refused" |
* | "other" | "{count} refused" |
*
* @param {Devices_Refused_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_refused_short: ((inputs: Devices_Refused_ShortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Refused_ShortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The device gets a new secret, shown once; its old one stays void. Restore it only once it is back in safe hands." |
*
* @param {Devices_Restore_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_explain: ((inputs?: Devices_Restore_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Restore_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore {device}" |
*
* @param {Devices_Restore_NamedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_named: ((inputs: Devices_Restore_NamedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Restore_NamedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore…" |
*
* @param {Devices_Restore_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_step: ((inputs?: Devices_Restore_StepInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Restore_StepInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{device} is restored: its new secret" |
*
* @param {Devices_Restored_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restored_label: ((inputs: Devices_Restored_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Restored_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The device may sign in again with this secret (its MQTT password), and with no other. Give it to the device now: it will not be shown again." |
*
* @param {Devices_Restored_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restored_warning: ((inputs?: Devices_Restored_WarningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Restored_WarningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The device is disconnected and cannot sign in again until an admin restores it (its history stays). Use this for a lost or stolen device." |
*
* @param {Devices_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_explain: ((inputs?: Devices_Revoke_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Revoke_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke {device}" |
*
* @param {Devices_Revoke_NamedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_named: ((inputs: Devices_Revoke_NamedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Revoke_NamedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke…" |
*
* @param {Devices_Revoke_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_step: ((inputs?: Devices_Revoke_StepInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Revoke_StepInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoked: the device was disconnected and can no longer sign in. Its history stays." |
*
* @param {Devices_Revoked_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoked_done: ((inputs?: Devices_Revoked_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Revoked_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoked: it stays so until an admin restores it." |
*
* @param {Devices_Revoked_Until_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoked_until_admin: ((inputs?: Devices_Revoked_Until_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Revoked_Until_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one." |
*
* @param {Devices_Rotate_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_explain: ((inputs?: Devices_Rotate_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Rotate_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rotate the secret now" |
*
* @param {Devices_Rotate_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_now: ((inputs?: Devices_Rotate_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Rotate_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rotate secret…" |
*
* @param {Devices_Rotate_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_step: ((inputs?: Devices_Rotate_StepInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Rotate_StepInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The old secret no longer works and the device was disconnected. Give the device this secret (its MQTT password) now: it will not be shown again." |
*
* @param {Devices_Rotated_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotated_warning: ((inputs?: Devices_Rotated_WarningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Rotated_WarningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checks in at any checkpoint of its site and resolves any asset provisioned there." |
*
* @param {Devices_Scope_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_any: ((inputs?: Devices_Scope_AnyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_AnyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checks in at any checkpoint of its site; resolves {assets}." |
*
* @param {Devices_Scope_Any_ResolvesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_any_resolves: ((inputs: Devices_Scope_Any_ResolvesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_Any_ResolvesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Serves no checkpoint: it only reports." |
*
* @param {Devices_Scope_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_none: ((inputs?: Devices_Scope_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Watches nothing named: it may send health about, and resolve, any asset provisioned at its site." |
*
* @param {Devices_Scope_Sensor_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_sensor_any: ((inputs?: Devices_Scope_Sensor_AnyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_Sensor_AnyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Watches {assets}: it may send health about these and resolve them." |
*
* @param {Devices_Scope_Sensor_WatchesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_sensor_watches: ((inputs: Devices_Scope_Sensor_WatchesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_Sensor_WatchesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Serves {checkpoints}: it checks in there and resolves their assets." |
*
* @param {Devices_Scope_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_serves: ((inputs: Devices_Scope_ServesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_ServesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Serves {checkpoints}: it checks in there and resolves their assets, and {assets}." |
*
* @param {Devices_Scope_Serves_AlsoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_serves_also: ((inputs: Devices_Scope_Serves_AlsoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Scope_Serves_AlsoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Devices_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_show: ((inputs?: Devices_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "online and offline" |
*
* @param {Devices_State_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_any: ((inputs?: Devices_State_AnyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_State_AnyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Devices_State_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_offline: ((inputs?: Devices_State_OfflineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_State_OfflineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "online" |
*
* @param {Devices_State_OnlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_online: ((inputs?: Devices_State_OnlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_State_OnlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "revoked" |
*
* @param {Devices_State_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_revoked: ((inputs?: Devices_State_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_State_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} message stored" |
* | "other" | "{count} messages stored" |
*
* @param {Devices_Stored_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_stored_count: ((inputs: Devices_Stored_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_Stored_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check · Devices" |
*
* @param {Devices_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_tab: ((inputs?: Devices_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Devices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_title: ((inputs?: Devices_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which device? Open it from the list and try again." |
*
* @param {Devices_WhichInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_which: ((inputs?: Devices_WhichInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Devices_WhichInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, {by} assigned this defect to {whom}." |
*
* @param {Email_Assigned_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_assigned_headline: ((inputs: Email_Assigned_HeadlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Assigned_HeadlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to {whom}" |
*
* @param {Email_Assigned_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_assigned_subject: ((inputs: Email_Assigned_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Assigned_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, a new defect needs someone ({by})." |
*
* @param {Email_Attention_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_attention_headline: ((inputs: Email_Attention_HeadlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Attention_HeadlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Needs attention" |
*
* @param {Email_Attention_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_attention_subject: ((inputs?: Email_Attention_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Attention_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "assignment rule {id}" |
*
* @param {Email_By_Assignment_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_by_assignment_rule: ((inputs: Email_By_Assignment_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_By_Assignment_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "rule “{name}”" |
*
* @param {Email_By_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_by_rule: ((inputs: Email_By_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_By_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{asset} (customers see it)" |
*
* @param {Email_Customers_SeeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_customers_see: ((inputs: Email_Customers_SeeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Customers_SeeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, nobody has acknowledged this defect yet: {by} escalates it to you." |
*
* @param {Email_Escalated_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_escalated_headline: ((inputs: Email_Escalated_HeadlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Escalated_HeadlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Escalated to you" |
*
* @param {Email_Escalated_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_escalated_subject: ((inputs?: Email_Escalated_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Escalated_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Email_Fact_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_asset: ((inputs?: Email_Fact_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned by" |
*
* @param {Email_Fact_Assigned_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_assigned_by: ((inputs?: Email_Fact_Assigned_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_Assigned_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Channel" |
*
* @param {Email_Fact_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_channel: ((inputs?: Email_Fact_ChannelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_ChannelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect" |
*
* @param {Email_Fact_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_defect: ((inputs?: Email_Fact_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Due" |
*
* @param {Email_Fact_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_due: ((inputs?: Email_Fact_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fault" |
*
* @param {Email_Fact_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_fault: ((inputs?: Email_Fact_FaultInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_FaultInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Email_Fact_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_found_by: ((inputs?: Email_Fact_Found_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_Found_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Email_Fact_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_opened: ((inputs?: Email_Fact_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule" |
*
* @param {Email_Fact_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_rule: ((inputs?: Email_Fact_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sent" |
*
* @param {Email_Fact_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_sent: ((inputs?: Email_Fact_SentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_SentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Email_Fact_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_severity: ((inputs?: Email_Fact_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Email_Fact_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_site: ((inputs?: Email_Fact_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Email_Fact_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_zone: ((inputs?: Email_Fact_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fact_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The fault you reported at {site} is fixed." |
*
* @param {Email_Fixed_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_intro: ((inputs: Email_Fixed_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is the only e-mail you get about it: your address has been deleted." |
*
* @param {Email_Fixed_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_only: ((inputs?: Email_Fixed_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reference" |
*
* @param {Email_Fixed_ReferenceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_reference: ((inputs?: Email_Fixed_ReferenceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_ReferenceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fixed: {fault}, {asset} at {site} ({reference})" |
*
* @param {Email_Fixed_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_subject: ((inputs: Email_Fixed_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Thank you for telling us." |
*
* @param {Email_Fixed_ThanksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_thanks: ((inputs?: Email_Fixed_ThanksInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_ThanksInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What" |
*
* @param {Email_Fixed_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_what: ((inputs?: Email_Fixed_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Fixed" |
*
* @param {Email_Fixed_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_when: ((inputs?: Email_Fixed_WhenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_WhenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Where" |
*
* @param {Email_Fixed_WhereInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_where: ((inputs?: Email_Fixed_WhereInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Fixed_WhereInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not acknowledged yet: escalated to level {level} of {of} ({name})" |
*
* @param {Email_Headline_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_headline_escalated: ((inputs: Email_Headline_EscalatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Headline_EscalatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A {severity} defect needs someone (level {level} of {of}: {name})" |
*
* @param {Email_Headline_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_headline_new: ((inputs: Email_Headline_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Headline_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{what}: {severity} {fault}, {asset} ({zone}, {site})" |
*
* @param {Email_Notice_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_notice_subject: ((inputs: Email_Notice_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Notice_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open in Bulb Check" |
*
* @param {Email_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_open: ((inputs?: Email_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open the defect" |
*
* @param {Email_Open_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_open_defect: ((inputs?: Email_Open_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Open_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sent by Bulb Check." |
*
* @param {Email_Sent_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_sent_by: ((inputs?: Email_Sent_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Sent_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Escalated {severity} defect at {site}: {title}" |
*
* @param {Email_Subject_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_subject_escalated: ((inputs: Email_Subject_EscalatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Subject_EscalatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New {severity} defect at {site}: {title}" |
*
* @param {Email_Subject_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_subject_new: ((inputs: Email_Subject_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Subject_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is a test message: the channel works." |
*
* @param {Email_Test_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_test_headline: ((inputs?: Email_Test_HeadlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Test_HeadlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Test from Bulb Check: {channel}" |
*
* @param {Email_Test_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_test_subject: ((inputs: Email_Test_SubjectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Test_SubjectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "your team (managers of {site})" |
*
* @param {Email_To_Team_ManagersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_team_managers: ((inputs: Email_To_Team_ManagersInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_To_Team_ManagersInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "your team (staff of {site})" |
*
* @param {Email_To_Team_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_team_staff: ((inputs: Email_To_Team_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_To_Team_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "you" |
*
* @param {Email_To_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_you: ((inputs?: Email_To_YouInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_To_YouInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sent by Bulb Check: you get this because you are a user there with this e-mail address." |
*
* @param {Email_Why_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_why_you: ((inputs?: Email_Why_YouInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Email_Why_YouInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is already acknowledged." |
*
* @param {Errors_Already_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_acknowledged: ((inputs?: Errors_Already_AcknowledgedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Already_AcknowledgedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is already assigned to them." |
*
* @param {Errors_Already_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_assigned: ((inputs?: Errors_Already_AssignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Already_AssignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is already on hold for that reason until that time." |
*
* @param {Errors_Already_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_on_hold: ((inputs?: Errors_Already_On_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Already_On_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is already resolved." |
*
* @param {Errors_Already_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_resolved: ((inputs?: Errors_Already_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Already_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is retired. Restore it under Setup to report on it." |
*
* @param {Errors_Asset_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_asset_retired: ((inputs?: Errors_Asset_RetiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Asset_RetiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "See all defects" |
*
* @param {Errors_Back_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_defects: ((inputs?: Errors_Back_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Back_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Back to the overview" |
*
* @param {Errors_Back_OverviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_overview: ((inputs?: Errors_Back_OverviewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Back_OverviewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "See your sites" |
*
* @param {Errors_Back_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_sites: ((inputs?: Errors_Back_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Back_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That username and password do not match. Check them and try again." |
*
* @param {Errors_Bad_CredentialsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_bad_credentials: ((inputs?: Errors_Bad_CredentialsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Bad_CredentialsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check is busy with another change. Try again in a moment." |
*
* @param {Errors_BusyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_busy: ((inputs?: Errors_BusyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_BusyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something in the form is not right. Check it and try again." |
*
* @param {Errors_Check_FormInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_check_form: ((inputs?: Errors_Check_FormInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Check_FormInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Clear the filters" |
*
* @param {Errors_Clear_FiltersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_clear_filters: ((inputs?: Errors_Clear_FiltersInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Clear_FiltersInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Someone changed it at the same time. Reload the page and try again." |
*
* @param {Errors_ConflictInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_conflict: ((inputs?: Errors_ConflictInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_ConflictInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This device is revoked: a new secret will not bring it back. An admin can restore it." |
*
* @param {Errors_Device_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_device_revoked: ((inputs?: Errors_Device_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Device_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That due time has passed: choose a later one." |
*
* @param {Errors_Due_In_PastInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_due_in_past: ((inputs?: Errors_Due_In_PastInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Due_In_PastInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Errors_Field_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_assignee: ((inputs?: Errors_Field_AssigneeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_AssigneeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Errors_Field_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_category: ((inputs?: Errors_Field_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Cause" |
*
* @param {Errors_Field_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_cause: ((inputs?: Errors_Field_CauseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_CauseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Due time" |
*
* @param {Errors_Field_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_due: ((inputs?: Errors_Field_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Errors_Field_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_email: ((inputs?: Errors_Field_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "From" |
*
* @param {Errors_Field_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_from: ((inputs?: Errors_Field_FromInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_FromInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Number" |
*
* @param {Errors_Field_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_id: ((inputs?: Errors_Field_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{field} is not one this page knows: choose one from the list." |
*
* @param {Errors_Field_InvalidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_invalid: ((inputs: Errors_Field_InvalidInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_InvalidInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Errors_Field_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_language: ((inputs?: Errors_Field_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{field} is missing: fill it in." |
*
* @param {Errors_Field_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_missing: ((inputs: Errors_Field_MissingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_MissingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Errors_Field_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_name: ((inputs?: Errors_Field_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{field} must be a number." |
*
* @param {Errors_Field_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_not_number: ((inputs: Errors_Field_Not_NumberInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_Not_NumberInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Errors_Field_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_note: ((inputs?: Errors_Field_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A value" |
*
* @param {Errors_Field_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_other: ((inputs?: Errors_Field_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Page" |
*
* @param {Errors_Field_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_page: ((inputs?: Errors_Field_PageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_PageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Errors_Field_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_password: ((inputs?: Errors_Field_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Errors_Field_PhoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_phone: ((inputs?: Errors_Field_PhoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_PhoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Errors_Field_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_reason: ((inputs?: Errors_Field_ReasonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_ReasonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Errors_Field_SearchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_search: ((inputs?: Errors_Field_SearchInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_SearchInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Errors_Field_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_severity: ((inputs?: Errors_Field_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Errors_Field_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_site: ((inputs?: Errors_Field_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Errors_Field_SortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_sort: ((inputs?: Errors_Field_SortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_SortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Errors_Field_SourceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_source: ((inputs?: Errors_Field_SourceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_SourceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Errors_Field_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_status: ((inputs?: Errors_Field_StatusInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_StatusInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To" |
*
* @param {Errors_Field_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_to: ((inputs?: Errors_Field_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{field} is too long: shorten it." |
*
* @param {Errors_Field_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_too_long: ((inputs: Errors_Field_Too_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_Too_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{field} is too short." |
*
* @param {Errors_Field_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_too_short: ((inputs: Errors_Field_Too_ShortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_Too_ShortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Errors_Field_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_username: ((inputs?: Errors_Field_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Field_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The address asks for {field} “{value}”, which this page does not know." |
*
* @param {Errors_Filter_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_filter_unknown: ((inputs: Errors_Filter_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Filter_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your role may not do that. Ask a manager or an admin if you need to." |
*
* @param {Errors_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_forbidden: ((inputs?: Errors_ForbiddenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_ForbiddenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sorry" |
*
* @param {Errors_Guest_SorryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_guest_sorry: ((inputs?: Errors_Guest_SorryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Guest_SorryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report a problem" |
*
* @param {Errors_Guest_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_guest_title: ((inputs?: Errors_Guest_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Guest_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It has a history of defects or events, so deleting it would lose that: retire it instead, which keeps the history." |
*
* @param {Errors_Has_HistoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_has_history: ((inputs?: Errors_Has_HistoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Has_HistoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "They cannot work on defects at this site: choose someone else." |
*
* @param {Errors_Invalid_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_invalid_assignee: ((inputs?: Errors_Invalid_AssigneeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Invalid_AssigneeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what fixed it from the list." |
*
* @param {Errors_Invalid_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_invalid_cause: ((inputs?: Errors_Invalid_CauseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Invalid_CauseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is the last active admin. Make someone else an admin first." |
*
* @param {Errors_Last_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_last_admin: ((inputs?: Errors_Last_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Last_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no such defect at your sites." |
*
* @param {Errors_No_Such_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_no_such_defect: ((inputs?: Errors_No_Such_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_No_Such_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It does not exist, or you may not see it. Go back and choose it again." |
*
* @param {Errors_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_not_found: ((inputs?: Errors_Not_FoundInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Not_FoundInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is not resolved, so there is nothing to reopen." |
*
* @param {Errors_Not_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_not_resolved: ((inputs?: Errors_Not_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Not_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The same fault is open on this asset again: work on that defect instead." |
*
* @param {Errors_Open_DuplicateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_open_duplicate: ((inputs?: Errors_Open_DuplicateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Open_DuplicateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That photo is already on this defect." |
*
* @param {Errors_Photo_Already_AttachedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_photo_already_attached: ((inputs?: Errors_Photo_Already_AttachedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Photo_Already_AttachedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many tries in a short time. Wait a minute and try again." |
*
* @param {Errors_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_rate_limited: ((inputs?: Errors_Rate_LimitedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Rate_LimitedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Too many tries in a short time. Wait {count} second and try again." |
* | "other" | "Too many tries in a short time. Wait {count} seconds and try again." |
*
* @param {Errors_Rate_Limited_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_rate_limited_seconds: ((inputs: Errors_Rate_Limited_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Rate_Limited_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That place is retired. Restore it first, or choose another." |
*
* @param {Errors_Retired_ParentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_retired_parent: ((inputs?: Errors_Retired_ParentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Retired_ParentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again." |
*
* @param {Errors_Session_EndedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_session_ended: ((inputs?: Errors_Session_EndedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Session_EndedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This site is being removed with the demo chain. Try again when that is done." |
*
* @param {Errors_Site_Being_RemovedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_site_being_removed: ((inputs?: Errors_Site_Being_RemovedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Site_Being_RemovedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong on our side. Try again; if it happens again, tell your admin." |
*
* @param {Errors_Something_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_something_wrong: ((inputs?: Errors_Something_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Something_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something in the address is not right" |
*
* @param {Errors_Title_400Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_400: ((inputs?: Errors_Title_400Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_400Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not for your role" |
*
* @param {Errors_Title_403Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_403: ((inputs?: Errors_Title_403Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_403Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not found" |
*
* @param {Errors_Title_404Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_404: ((inputs?: Errors_Title_404Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_404Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many tries" |
*
* @param {Errors_Title_429Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_429: ((inputs?: Errors_Title_429Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_429Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The service does not answer" |
*
* @param {Errors_Title_503Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_503: ((inputs?: Errors_Title_503Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_503Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Errors_Title_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_other: ((inputs?: Errors_Title_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Title_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That file is too large. Choose a smaller one." |
*
* @param {Errors_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_too_large: ((inputs?: Errors_Too_LargeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Too_LargeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Please try again." |
*
* @param {Errors_Try_AgainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_try_again: ((inputs?: Errors_Try_AgainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Try_AgainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Please try again later." |
*
* @param {Errors_Try_LaterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_try_later: ((inputs?: Errors_Try_LaterInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Try_LaterInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check's service does not answer just now. Try again in a minute." |
*
* @param {Errors_UnavailableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unavailable: ((inputs?: Errors_UnavailableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_UnavailableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only the person who resolved it can undo that. Reopen it instead." |
*
* @param {Errors_Undo_By_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_undo_by_other: ((inputs?: Errors_Undo_By_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Undo_By_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too late to undo. Reopen it instead." |
*
* @param {Errors_Undo_ExpiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_undo_expired: ((inputs?: Errors_Undo_ExpiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Undo_ExpiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect {id} does not exist, or you may not see it." |
*
* @param {Errors_Unknown_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_defect: ((inputs: Errors_Unknown_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unknown_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no device “{id}”, or you may not see it." |
*
* @param {Errors_Unknown_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_device: ((inputs: Errors_Unknown_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unknown_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no page at {path}." |
*
* @param {Errors_Unknown_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_page: ((inputs: Errors_Unknown_PageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unknown_PageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo {id} does not exist, or you may not see it." |
*
* @param {Errors_Unknown_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_photo: ((inputs: Errors_Unknown_PhotoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unknown_PhotoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no site called “{site}”, or you may not see it." |
*
* @param {Errors_Unknown_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_site: ((inputs: Errors_Unknown_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unknown_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That kind of file cannot be used here. Choose a photo (JPEG, PNG or WebP)." |
*
* @param {Errors_Unsupported_MediaInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unsupported_media: ((inputs?: Errors_Unsupported_MediaInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Unsupported_MediaInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That username is taken. Choose another." |
*
* @param {Errors_Username_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_username_taken: ((inputs?: Errors_Username_TakenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Username_TakenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your current password is not right. Type it again." |
*
* @param {Errors_Wrong_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_wrong_password: ((inputs?: Errors_Wrong_PasswordInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Errors_Wrong_PasswordInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Battery low" |
*
* @param {Fault_Battery_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_battery_low: ((inputs?: Fault_Battery_LowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Battery_LowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Broken" |
*
* @param {Fault_BrokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_broken: ((inputs?: Fault_BrokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_BrokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb out" |
*
* @param {Fault_Bulb_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_bulb_out: ((inputs?: Fault_Bulb_OutInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Bulb_OutInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Button dead" |
*
* @param {Fault_Button_DeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_button_dead: ((inputs?: Fault_Button_DeadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Button_DeadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device offline" |
*
* @param {Fault_Device_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_device_offline: ((inputs?: Fault_Device_OfflineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Device_OfflineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Dirty" |
*
* @param {Fault_DirtyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_dirty: ((inputs?: Fault_DirtyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_DirtyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Flickering" |
*
* @param {Fault_FlickerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_flicker: ((inputs?: Fault_FlickerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_FlickerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Inspection overdue" |
*
* @param {Fault_Inspection_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_inspection_overdue: ((inputs?: Fault_Inspection_OverdueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Inspection_OverdueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something else" |
*
* @param {Fault_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_other: ((inputs?: Fault_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Out of order" |
*
* @param {Fault_Out_Of_OrderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_out_of_order: ((inputs?: Fault_Out_Of_OrderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Out_Of_OrderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor may be wrong" |
*
* @param {Fault_Sensor_SuspectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_sensor_suspect: ((inputs?: Fault_Sensor_SuspectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Sensor_SuspectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign wrong or missing" |
*
* @param {Fault_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_signage: ((inputs?: Fault_SignageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_SignageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Spill" |
*
* @param {Fault_SpillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_spill: ((inputs?: Fault_SpillInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_SpillInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Supplies empty" |
*
* @param {Fault_Supplies_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_supplies_empty: ((inputs?: Fault_Supplies_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Fault_Supplies_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Median to acknowledge" |
*
* @param {Insights_Ack_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_ack_median: ((inputs?: Insights_Ack_MedianInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Ack_MedianInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "90th percentile to acknowledge" |
*
* @param {Insights_Ack_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_ack_p90: ((inputs?: Insights_Ack_P90Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Ack_P90Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "After a passed round" |
*
* @param {Insights_After_RoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_after_round: ((inputs?: Insights_After_RoundInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_After_RoundInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A sensor saw the fault minutes after a round passed the asset" |
*
* @param {Insights_After_Round_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_after_round_hint: ((inputs?: Insights_After_Round_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_After_Round_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Insights_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_asset: ((inputs?: Insights_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "By category" |
*
* @param {Insights_By_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_by_category: ((inputs?: Insights_By_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_By_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Insights_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_category: ((inputs?: Insights_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caught before customers" |
*
* @param {Insights_CaughtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_caught: ((inputs?: Insights_CaughtInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CaughtInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "of the defects on customer-visible assets were caught before a customer reported them (by a sensor or by staff)." |
*
* @param {Insights_Caught_ShareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_caught_share: ((inputs?: Insights_Caught_ShareInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Caught_ShareInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{weekday} {hour}: {count}" |
*
* @param {Insights_CellInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cell: ((inputs: Insights_CellInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CellInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Insights_ChainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_chain: ((inputs?: Insights_ChainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_ChainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Staff check-ins" |
*
* @param {Insights_CheckinsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_checkins: ((inputs?: Insights_CheckinsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CheckinsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checks made per day" |
*
* @param {Insights_Checks_Per_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_checks_per_day: ((inputs?: Insights_Checks_Per_DayInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Checks_Per_DayInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "How sites compare" |
*
* @param {Insights_CompareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_compare: ((inputs?: Insights_CompareInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CompareInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{label} (minutes)" |
*
* @param {Insights_Csv_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_minutes: ((inputs: Insights_Csv_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Csv_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No such table to download: choose one on the insights page." |
*
* @param {Insights_Csv_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_refused: ((inputs?: Insights_Csv_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Csv_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{label} (share 0-1)" |
*
* @param {Insights_Csv_ShareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_share: ((inputs: Insights_Csv_ShareInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Csv_ShareInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Coefficient of variation" |
*
* @param {Insights_CvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv: ((inputs?: Insights_CvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_CvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the sites are much alike" |
*
* @param {Insights_Cv_AlikeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_alike: ((inputs?: Insights_Cv_AlikeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Cv_AlikeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the sites differ a lot" |
*
* @param {Insights_Cv_ApartInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_apart: ((inputs?: Insights_Cv_ApartInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Cv_ApartInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every site is at zero here." |
*
* @param {Insights_Cv_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_none: ((inputs?: Insights_Cv_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Cv_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the sites differ somewhat" |
*
* @param {Insights_Cv_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_some: ((inputs?: Insights_Cv_SomeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Cv_SomeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Insights_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_day: ((inputs?: Insights_DayInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_DayInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Insights_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_defects: ((inputs?: Insights_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Download CSV" |
*
* @param {Insights_Download_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_download_csv: ((inputs?: Insights_Download_CsvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Download_CsvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Far above" |
*
* @param {Insights_Far_AboveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_far_above: ((inputs?: Insights_Far_AboveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Far_AboveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Far below" |
*
* @param {Insights_Far_BelowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_far_below: ((inputs?: Insights_Far_BelowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Far_BelowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found first by" |
*
* @param {Insights_FinderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_finder: ((inputs?: Insights_FinderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_FinderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Who found them first" |
*
* @param {Insights_FindersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_finders: ((inputs?: Insights_FindersInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_FindersInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Hour" |
*
* @param {Insights_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_hour: ((inputs?: Insights_HourInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_HourInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Interquartile range" |
*
* @param {Insights_IqrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_iqr: ((inputs?: Insights_IqrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_IqrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "last {count} day" |
* | "other" | "last {count} days" |
*
* @param {Insights_Last_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_last_days: ((inputs: Insights_Last_DaysInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Last_DaysInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Measure" |
*
* @param {Insights_MeasureInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_measure: ((inputs?: Insights_MeasureInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_MeasureInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Median" |
*
* @param {Insights_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_median: ((inputs?: Insights_MedianInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_MedianInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "median {median}, 90 % within {p90}" |
*
* @param {Insights_Median_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_median_p90: ((inputs: Insights_Median_P90Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Median_P90Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Insights_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_opened: ((inputs?: Insights_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects opened and resolved per day" |
*
* @param {Insights_Per_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_per_day: ((inputs?: Insights_Per_DayInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Per_DayInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Days on each site's own clock." |
*
* @param {Insights_Per_Day_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_per_day_note: ((inputs?: Insights_Per_Day_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Per_Day_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Lower quartile" |
*
* @param {Insights_Q1Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_q1: ((inputs?: Insights_Q1Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Q1Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Upper quartile" |
*
* @param {Insights_Q3Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_q3: ((inputs?: Insights_Q3Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Q3Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor readings" |
*
* @param {Insights_ReadingsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_readings: ((inputs?: Insights_ReadingsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_ReadingsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Repeat failures" |
*
* @param {Insights_Repeat_FailuresInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeat_failures: ((inputs?: Insights_Repeat_FailuresInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Repeat_FailuresInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Repeat failures per asset" |
*
* @param {Insights_RepeatsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats: ((inputs?: Insights_RepeatsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_RepeatsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No repeat failures in this window." |
*
* @param {Insights_Repeats_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats_none: ((inputs?: Insights_Repeats_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Repeats_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects opened again after a fix that did not hold." |
*
* @param {Insights_Repeats_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats_note: ((inputs?: Insights_Repeats_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Repeats_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Median to resolve" |
*
* @param {Insights_Resolve_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolve_median: ((inputs?: Insights_Resolve_MedianInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Resolve_MedianInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "90th percentile to resolve" |
*
* @param {Insights_Resolve_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolve_p90: ((inputs?: Insights_Resolve_P90Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Resolve_P90Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Insights_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolved: ((inputs?: Insights_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor may be wrong" |
*
* @param {Insights_Sensor_SuspectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_sensor_suspects: ((inputs?: Insights_Sensor_SuspectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Sensor_SuspectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A person reported a fault a sensor said was not there" |
*
* @param {Insights_Sensor_Suspects_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_sensor_suspects_hint: ((inputs?: Insights_Sensor_Suspects_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Sensor_Suspects_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Insights_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_show: ((inputs?: Insights_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show as table" |
*
* @param {Insights_Show_TableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_show_table: ((inputs?: Insights_Show_TableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Show_TableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Insights_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_site: ((inputs?: Insights_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Customer" |
*
* @param {Insights_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_customer: ((inputs?: Insights_Source_CustomerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Source_CustomerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor" |
*
* @param {Insights_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_sensor: ((inputs?: Insights_Source_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Source_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Insights_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_staff: ((inputs?: Insights_Source_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Source_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Coefficient of variation {cv}: {judgement}." |
*
* @param {Insights_Spread_CvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_cv: ((inputs: Insights_Spread_CvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_CvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites can be compared once two or more of them have defects in the window." |
*
* @param {Insights_Spread_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_empty: ((inputs?: Insights_Spread_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Far above the rest, pulling the chain apart: {sites}." |
*
* @param {Insights_Spread_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_high: ((inputs: Insights_Spread_HighInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_HighInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The middle half of the sites lie between {low} and {high}: a range of {range}." |
*
* @param {Insights_Spread_IqrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_iqr: ((inputs: Insights_Spread_IqrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_IqrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Far below the rest, pulling the chain apart: {sites}." |
*
* @param {Insights_Spread_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_low: ((inputs: Insights_Spread_LowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_LowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No site lies far from the rest." |
*
* @param {Insights_Spread_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_none: ((inputs?: Insights_Spread_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Spread between sites" |
*
* @param {Insights_Spread_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_title: ((inputs?: Insights_Spread_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The chains with the best reputation vary least from one site to the next: a guest should meet the same care wherever they are. The smaller these spreads, the..." |
*
* @param {Insights_Spread_WhyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_why: ((inputs?: Insights_Spread_WhyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Spread_WhyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time to acknowledge and to resolve, by site" |
*
* @param {Insights_TimesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_times: ((inputs?: Insights_TimesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_TimesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The median: half the defects were acknowledged (or resolved) sooner than this. The 90th percentile: nine in ten were sooner." |
*
* @param {Insights_Times_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_times_note: ((inputs?: Insights_Times_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Times_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Insights" |
*
* @param {Insights_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_title: ((inputs?: Insights_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To acknowledge" |
*
* @param {Insights_To_AckInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_to_ack: ((inputs?: Insights_To_AckInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_To_AckInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To resolve" |
*
* @param {Insights_To_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_to_resolve: ((inputs?: Insights_To_ResolveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_To_ResolveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Weekday" |
*
* @param {Insights_WeekdayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_weekday: ((inputs?: Insights_WeekdayInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_WeekdayInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "When things fail" |
*
* @param {Insights_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_when: ((inputs?: Insights_WhenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_WhenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects opened by hour of day and weekday, each counted on its own site's clock." |
*
* @param {Insights_When_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_when_note: ((inputs?: Insights_When_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_When_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Window" |
*
* @param {Insights_WindowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_window: ((inputs?: Insights_WindowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_WindowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your account: password and API tokens" |
*
* @param {Layout_Account_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_account_title: ((inputs?: Layout_Account_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Account_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check {version}" |
*
* @param {Layout_BuildInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_build: ((inputs: Layout_BuildInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_BuildInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check {version} · {commit}" |
*
* @param {Layout_Build_CommitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_build_commit: ((inputs: Layout_Build_CommitInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Build_CommitInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What to do: {action}" |
*
* @param {Layout_Health_DoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_do: ((inputs: Layout_Health_DoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Health_DoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check cannot take devices' messages" |
*
* @param {Layout_Health_FailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_fail: ((inputs?: Layout_Health_FailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Health_FailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "System health" |
*
* @param {Layout_Health_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_label: ((inputs?: Layout_Health_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Health_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "since {when} UTC ({ago})" |
*
* @param {Layout_Health_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_since: ((inputs: Layout_Health_SinceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Health_SinceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check needs attention" |
*
* @param {Layout_Health_WarnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_warn: ((inputs?: Layout_Health_WarnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Health_WarnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Layout_LiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_live: ((inputs?: Layout_LiveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_LiveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Live: changes show as they happen" |
*
* @param {Layout_Live_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_live_title: ((inputs?: Layout_Live_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Live_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Menu" |
*
* @param {Layout_MenuInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_menu: ((inputs?: Layout_MenuInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_MenuInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} unread notice" |
* | "other" | "{count} unread notices" |
*
* @param {Layout_Menu_UnreadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_menu_unread: ((inputs: Layout_Menu_UnreadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Menu_UnreadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Admin" |
*
* @param {Layout_Nav_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_admin: ((inputs?: Layout_Nav_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Audit" |
*
* @param {Layout_Nav_AuditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_audit: ((inputs?: Layout_Nav_AuditInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_AuditInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily report" |
*
* @param {Layout_Nav_Daily_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_daily_report: ((inputs?: Layout_Nav_Daily_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_Daily_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Layout_Nav_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_defects: ((inputs?: Layout_Nav_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Layout_Nav_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_devices: ((inputs?: Layout_Nav_DevicesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_DevicesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Layout_Nav_ExportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_export: ((inputs?: Layout_Nav_ExportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_ExportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Insights" |
*
* @param {Layout_Nav_InsightsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_insights: ((inputs?: Layout_Nav_InsightsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_InsightsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Main" |
*
* @param {Layout_Nav_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_label: ((inputs?: Layout_Nav_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Layout_Nav_NotificationsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_notifications: ((inputs?: Layout_Nav_NotificationsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_NotificationsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Layout_Nav_OverviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_overview: ((inputs?: Layout_Nav_OverviewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_OverviewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Setup" |
*
* @param {Layout_Nav_SetupInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_setup: ((inputs?: Layout_Nav_SetupInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_SetupInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tokens" |
*
* @param {Layout_Nav_TokensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_tokens: ((inputs?: Layout_Nav_TokensInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_TokensInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Layout_Nav_UsersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_users: ((inputs?: Layout_Nav_UsersInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_UsersInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Wall board" |
*
* @param {Layout_Nav_Wall_BoardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_wall_board: ((inputs?: Layout_Nav_Wall_BoardInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_Wall_BoardInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "My work" |
*
* @param {Layout_Nav_WorkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_work: ((inputs?: Layout_Nav_WorkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Nav_WorkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New defect: {fault}, {asset}, {site}" |
*
* @param {Layout_New_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_new_defect: ((inputs: Layout_New_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_New_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {count} more" |
* | "other" | "and {count} more" |
*
* @param {Layout_New_Defects_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_new_defects_more: ((inputs: Layout_New_Defects_MoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_New_Defects_MoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notices" |
*
* @param {Layout_NoticesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_notices: ((inputs?: Layout_NoticesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_NoticesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects assigned or escalated to you" |
*
* @param {Layout_Notices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_notices_title: ((inputs?: Layout_Notices_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Notices_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check needs the network to show defects as they are now. Check the Wi-Fi or mobile data, then try again." |
*
* @param {Layout_Offline_BodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_body: ((inputs?: Layout_Offline_BodyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Offline_BodyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No network" |
*
* @param {Layout_Offline_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_heading: ((inputs?: Layout_Offline_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Offline_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Offline · Bulb Check" |
*
* @param {Layout_Offline_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_page_title: ((inputs?: Layout_Offline_Page_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Offline_Page_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Layout_Offline_RetryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_retry: ((inputs?: Layout_Offline_RetryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Offline_RetryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reconnecting" |
*
* @param {Layout_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_reconnecting: ((inputs?: Layout_ReconnectingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_ReconnectingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not live: reconnecting" |
*
* @param {Layout_Reconnecting_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_reconnecting_title: ((inputs?: Layout_Reconnecting_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Reconnecting_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "admin" |
*
* @param {Layout_Role_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_admin: ((inputs?: Layout_Role_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Role_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "manager" |
*
* @param {Layout_Role_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_manager: ((inputs?: Layout_Role_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Role_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Layout_Role_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_staff: ((inputs?: Layout_Role_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Role_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "viewer" |
*
* @param {Layout_Role_ViewerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_viewer: ((inputs?: Layout_Role_ViewerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Role_ViewerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Layout_Sign_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_sign_in: ((inputs?: Layout_Sign_InInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Sign_InInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Layout_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_sign_out: ((inputs?: Layout_Sign_OutInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_Sign_OutInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Skip to content" |
*
* @param {Layout_SkipInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_skip: ((inputs?: Layout_SkipInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Layout_SkipInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "—" |
*
* @param {None_DashInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const none_dash: ((inputs?: None_DashInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<None_DashInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} all fine" |
* | "other" | "{count} all fine" |
*
* @param {Overview_All_FineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_all_fine: ((inputs: Overview_All_FineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_All_FineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Demo" |
*
* @param {Overview_Demo_TagInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_demo_tag: ((inputs?: Overview_Demo_TagInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Demo_TagInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A site of the simulated demo chain" |
*
* @param {Overview_Demo_Tag_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_demo_tag_title: ((inputs?: Overview_Demo_Tag_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Demo_Tag_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} needs action" |
* | "other" | "{count} need action" |
*
* @param {Overview_Need_ActionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_need_action: ((inputs: Overview_Need_ActionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Need_ActionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{severity} {fault} · {asset}" |
*
* @param {Overview_NewsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_news: ((inputs: Overview_NewsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_NewsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{severity} {fault} · {asset} (a customer's report)" |
*
* @param {Overview_News_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_news_customer: ((inputs: Overview_News_CustomerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_News_CustomerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No sites yet. Set them up under Setup, import a fleet file, or start with the demo chain (pnpm start)." |
*
* @param {Overview_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_no_sites: ((inputs?: Overview_No_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_No_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{sites}: {needAction}, {withOpen}, {allFine}." |
*
* @param {Overview_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_summary: ((inputs: Overview_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Overview_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tab: ((inputs?: Overview_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checks on time" |
*
* @param {Overview_Tile_ChecksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_checks: ((inputs?: Overview_Tile_ChecksInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_ChecksInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices off" |
*
* @param {Overview_Tile_Devices_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_devices_off: ((inputs?: Overview_Tile_Devices_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_Devices_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "High" |
*
* @param {Overview_Tile_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_high: ((inputs?: Overview_Tile_HighInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_HighInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "+{count} more" |
* | "other" | "+{count} more" |
*
* @param {Overview_Tile_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_more: ((inputs: Overview_Tile_MoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_MoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New" |
*
* @param {Overview_Tile_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_new: ((inputs?: Overview_Tile_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "now" |
*
* @param {Overview_Tile_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_now: ((inputs?: Overview_Tile_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Oldest" |
*
* @param {Overview_Tile_OldestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_oldest: ((inputs?: Overview_Tile_OldestInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_OldestInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Overview_Tile_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_open: ((inputs?: Overview_Tile_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Overdue" |
*
* @param {Overview_Tile_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_overdue: ((inputs?: Overview_Tile_OverdueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_OverdueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Overview_Tile_Overdue_TagInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_overdue_tag: ((inputs?: Overview_Tile_Overdue_TagInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_Overdue_TagInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Worst open defects" |
*
* @param {Overview_Tile_WorstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_worst: ((inputs?: Overview_Tile_WorstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_Tile_WorstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Overview_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_title: ((inputs?: Overview_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} has open defects" |
* | "other" | "{count} have open defects" |
*
* @param {Overview_With_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_with_open: ((inputs: Overview_With_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Overview_With_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} day ago" |
* | "other" | "{count} days ago" |
*
* @param {Qr_Ago_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_ago_days: ((inputs: Qr_Ago_DaysInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Ago_DaysInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} hour ago" |
* | "other" | "{count} hours ago" |
*
* @param {Qr_Ago_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_ago_hours: ((inputs: Qr_Ago_HoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Ago_HoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} minute ago" |
* | "other" | "{count} minutes ago" |
*
* @param {Qr_Ago_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_ago_minutes: ((inputs: Qr_Ago_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Ago_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "a moment ago" |
*
* @param {Qr_Ago_MomentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_ago_moment: ((inputs?: Qr_Ago_MomentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Ago_MomentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All QR labels of {site}" |
*
* @param {Qr_All_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_all_labels: ((inputs: Qr_All_LabelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_All_LabelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Already reported {ago}; staff are on it. Thank you for telling us too: {fault} at {asset}." |
*
* @param {Qr_AlreadyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_already: ((inputs: Qr_AlreadyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_AlreadyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Already reported" |
*
* @param {Qr_Already_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_already_title: ((inputs?: Qr_Already_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Already_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "‹ Back to {site}" |
*
* @param {Qr_Back_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_back_to: ((inputs: Qr_Back_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Back_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That e-mail address does not look right. Check it, or leave the field empty." |
*
* @param {Qr_Bad_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_bad_email: ((inputs?: Qr_Bad_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Bad_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what is wrong." |
*
* @param {Qr_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_choose: ((inputs?: Qr_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "E-mail me when it is fixed (optional)" |
*
* @param {Qr_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email: ((inputs?: Qr_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "you@example.com" |
*
* @param {Qr_Email_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email_placeholder: ((inputs?: Qr_Email_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Email_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "We write once, when it is fixed, and keep your address only until then." |
*
* @param {Qr_Email_PromiseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email_promise: ((inputs?: Qr_Email_PromiseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Email_PromiseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Broken" |
*
* @param {Qr_Fault_BrokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_broken: ((inputs?: Qr_Fault_BrokenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_BrokenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Light is out" |
*
* @param {Qr_Fault_Bulb_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_bulb_out: ((inputs?: Qr_Fault_Bulb_OutInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_Bulb_OutInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Button does not work" |
*
* @param {Qr_Fault_Button_DeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_button_dead: ((inputs?: Qr_Fault_Button_DeadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_Button_DeadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Dirty" |
*
* @param {Qr_Fault_DirtyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_dirty: ((inputs?: Qr_Fault_DirtyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_DirtyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Light flickers" |
*
* @param {Qr_Fault_FlickerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_flicker: ((inputs?: Qr_Fault_FlickerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_FlickerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something else" |
*
* @param {Qr_Fault_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_other: ((inputs?: Qr_Fault_OtherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_OtherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Out of order" |
*
* @param {Qr_Fault_Out_Of_OrderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_out_of_order: ((inputs?: Qr_Fault_Out_Of_OrderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_Out_Of_OrderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sign is wrong or missing" |
*
* @param {Qr_Fault_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_signage: ((inputs?: Qr_Fault_SignageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_SignageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something spilled" |
*
* @param {Qr_Fault_SpillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_spill: ((inputs?: Qr_Fault_SpillInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_SpillInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Empty (soap, paper, ...)" |
*
* @param {Qr_Fault_Supplies_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_supplies_empty: ((inputs?: Qr_Fault_Supplies_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Fault_Supplies_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This QR code is no longer valid. Please tell a member of staff." |
*
* @param {Qr_InvalidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_invalid: ((inputs?: Qr_InvalidInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_InvalidInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "There is no such asset at this site: {asset}." |
*
* @param {Qr_No_Such_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_no_such_asset: ((inputs: Qr_No_Such_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_No_Such_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sorry, the report did not go through. Please try again." |
*
* @param {Qr_Not_ThroughInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_not_through: ((inputs?: Qr_Not_ThroughInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Not_ThroughInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note (optional)" |
*
* @param {Qr_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_note: ((inputs?: Qr_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. 3rd floor, left side" |
*
* @param {Qr_Note_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_note_placeholder: ((inputs?: Qr_Note_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Note_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Photo (optional; location data is removed)" |
*
* @param {Qr_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo: ((inputs?: Qr_PhotoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_PhotoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your photo could not be attached; the report was sent." |
*
* @param {Qr_Photo_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_failed: ((inputs?: Qr_Photo_FailedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Photo_FailedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your photo was larger than 10 MB, so it was not attached; the report was sent." |
*
* @param {Qr_Photo_Too_BigInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_too_big: ((inputs?: Qr_Photo_Too_BigInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Photo_Too_BigInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your photo could not be read (send a JPEG, PNG, WebP or HEIC picture), so it was not attached; the report was sent." |
*
* @param {Qr_Photo_UnreadableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_unreadable: ((inputs?: Qr_Photo_UnreadableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Photo_UnreadableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Scan to tell us: {asset}, {zone}, {site}" |
*
* @param {Qr_Poster_ScanInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_poster_scan: ((inputs: Qr_Poster_ScanInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Poster_ScanInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Something wrong here?" |
*
* @param {Qr_Poster_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_poster_title: ((inputs?: Qr_Poster_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Poster_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print" |
*
* @param {Qr_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_print: ((inputs?: Qr_PrintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_PrintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your reference:" |
*
* @param {Qr_ReferenceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_reference: ((inputs?: Qr_ReferenceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_ReferenceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reporting as staff." |
*
* @param {Qr_Reporting_As_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_reporting_as_staff: ((inputs?: Qr_Reporting_As_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Reporting_As_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke and make a new code" |
*
* @param {Qr_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke: ((inputs?: Qr_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every printed code of {asset} stops working at once. Use this when a code was copied or misused." |
*
* @param {Qr_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke_explain: ((inputs: Qr_Revoke_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Revoke_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke this code and print a new one…" |
*
* @param {Qr_Revoke_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke_summary: ((inputs?: Qr_Revoke_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Revoke_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New code made. Codes printed before no longer work: replace them with this one." |
*
* @param {Qr_RotatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_rotated: ((inputs?: Qr_RotatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_RotatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The report did not go through: {reason}" |
*
* @param {Qr_Staff_Not_ThroughInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_staff_not_through: ((inputs: Qr_Staff_Not_ThroughInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Staff_Not_ThroughInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Thank you!" |
*
* @param {Qr_ThanksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_thanks: ((inputs?: Qr_ThanksInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_ThanksInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report a problem · {asset}" |
*
* @param {Qr_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_title: ((inputs: Qr_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "We have been told: {fault} at {asset}. Our staff will take care of it." |
*
* @param {Qr_ToldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_told: ((inputs: Qr_ToldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_ToldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Too many reports from this connection; please try again in a few minutes." |
*
* @param {Qr_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_too_many: ((inputs?: Qr_Too_ManyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Too_ManyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What is wrong? One tap sends it." |
*
* @param {Qr_What_Is_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_what_is_wrong: ((inputs?: Qr_What_Is_WrongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_What_Is_WrongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "We will e-mail you once when it is fixed, then delete your address." |
*
* @param {Qr_Will_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_will_email: ((inputs?: Qr_Will_EmailInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Qr_Will_EmailInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All my sites" |
*
* @param {Reports_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_all_sites: ((inputs?: Reports_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caught before customers: {share} of customer-visible defects" |
*
* @param {Reports_CaughtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_caught: ((inputs: Reports_CaughtInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_CaughtInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caught before customers: {share}" |
*
* @param {Reports_Caught_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_caught_short: ((inputs: Reports_Caught_ShortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Caught_ShortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect" |
*
* @param {Reports_Col_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_defect: ((inputs?: Reports_Col_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Reports_Col_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_found_by: ((inputs?: Reports_Col_Found_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_Found_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open for" |
*
* @param {Reports_Col_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_open_for: ((inputs?: Reports_Col_Open_ForInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_Open_ForInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Reports_Col_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_opened: ((inputs?: Reports_Col_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Reports_Col_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_severity: ((inputs?: Reports_Col_SeverityInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_SeverityInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "State" |
*
* @param {Reports_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_state: ((inputs?: Reports_Col_StateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Col_StateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No day: yesterday, in each site's time zone." |
*
* @param {Reports_Day_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_day_hint: ((inputs?: Reports_Day_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Day_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Reports_Day_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_day_label: ((inputs?: Reports_Day_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Day_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "#{id} {severity} {fault}: {asset} ({zone}), opened {opened} by {who}, {status}, {open_for}" |
*
* @param {Reports_Defect_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_defect_line: ((inputs: Reports_Defect_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Defect_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Audit log" |
*
* @param {Reports_Export_AuditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_audit: ((inputs?: Reports_Export_AuditInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_AuditInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every change made through Bulb Check: who, what and when." |
*
* @param {Reports_Export_Audit_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_audit_text: ((inputs?: Reports_Export_Audit_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Audit_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "“From” is after “To”: swap them." |
*
* @param {Reports_Export_BackwardsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_backwards: ((inputs?: Reports_Export_BackwardsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_BackwardsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what to export and its format." |
*
* @param {Reports_Export_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_choose: ((inputs?: Reports_Export_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Columns in this file" |
*
* @param {Reports_Export_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_columns: ((inputs?: Reports_Export_ColumnsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_ColumnsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Times are ISO 8601 in UTC. The file is written as it downloads: a large one shows its progress in the browser's downloads." |
*
* @param {Reports_Export_Columns_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_columns_note: ((inputs?: Reports_Export_Columns_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Columns_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "CSV, for Excel, Numbers or LibreOffice" |
*
* @param {Reports_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_csv: ((inputs?: Reports_Export_CsvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_CsvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Reports_Export_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_defects: ((inputs?: Reports_Export_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every defect opened in the period: where, what, how serious, who found it, when it was acknowledged and fixed." |
*
* @param {Reports_Export_Defects_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_defects_text: ((inputs?: Reports_Export_Defects_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Defects_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Download" |
*
* @param {Reports_Export_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_download: ((inputs?: Reports_Export_DownloadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_DownloadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device events" |
*
* @param {Reports_Export_EventsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_events: ((inputs?: Reports_Export_EventsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_EventsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What the sensors and buttons sent that did something, as stored, for as long as events are kept (90 days unless your admin set BULBCHECK_RETENTION_DAYS). Sen..." |
*
* @param {Reports_Export_Events_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_events_text: ((inputs?: Reports_Export_Events_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Events_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Format" |
*
* @param {Reports_Export_FormatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_format: ((inputs?: Reports_Export_FormatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_FormatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "From" |
*
* @param {Reports_Export_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_from: ((inputs?: Reports_Export_FromInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_FromInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Check-ins" |
*
* @param {Reports_Export_InspectionsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_inspections: ((inputs?: Reports_Export_InspectionsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_InspectionsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every check-in at a checkpoint: when, who, what they found, and whether it was on time." |
*
* @param {Reports_Export_Inspections_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_inspections_text: ((inputs?: Reports_Export_Inspections_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Inspections_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Take your data out: for a quarterly report in a spreadsheet, or for another system. The file covers only the sites you see." |
*
* @param {Reports_Export_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_intro: ((inputs?: Reports_Export_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "JSON lines, for programs" |
*
* @param {Reports_Export_JsonlInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_jsonl: ((inputs?: Reports_Export_JsonlInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_JsonlInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last 30 days" |
*
* @param {Reports_Export_Last_30Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_last_30: ((inputs?: Reports_Export_Last_30Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Last_30Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last quarter" |
*
* @param {Reports_Export_Last_QuarterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_last_quarter: ((inputs?: Reports_Export_Last_QuarterInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Last_QuarterInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No site" |
*
* @param {Reports_Export_No_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_no_site: ((inputs?: Reports_Export_No_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_No_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "None ticked: your {count} site." |
* | "other" | "None ticked: all {count} of your sites." |
*
* @param {Reports_Export_None_TickedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_none_ticked: ((inputs: Reports_Export_None_TickedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_None_TickedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{site}: the only site you see." |
*
* @param {Reports_Export_Only_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_only_site: ((inputs: Reports_Export_Only_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Only_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Period" |
*
* @param {Reports_Export_PeriodInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_period: ((inputs?: Reports_Export_PeriodInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_PeriodInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The export could not start: {problem}" |
*
* @param {Reports_Export_ProblemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_problem: ((inputs: Reports_Export_ProblemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_ProblemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Reports_Export_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_sites: ((inputs?: Reports_Export_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check · Export" |
*
* @param {Reports_Export_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_tab: ((inputs?: Reports_Export_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This year" |
*
* @param {Reports_Export_This_YearInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_this_year: ((inputs?: Reports_Export_This_YearInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_This_YearInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defect timelines" |
*
* @param {Reports_Export_TimelineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_timeline: ((inputs?: Reports_Export_TimelineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_TimelineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Each step of those defects, one row per step: opened, reported again, acknowledged, resolved, by whom." |
*
* @param {Reports_Export_Timeline_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_timeline_text: ((inputs?: Reports_Export_Timeline_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Timeline_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Reports_Export_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_title: ((inputs?: Reports_Export_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To (included)" |
*
* @param {Reports_Export_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_to: ((inputs?: Reports_Export_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Days are counted in UTC." |
*
* @param {Reports_Export_Utc_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_utc_days: ((inputs?: Reports_Export_Utc_DaysInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_Utc_DaysInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What" |
*
* @param {Reports_Export_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_what: ((inputs?: Reports_Export_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Export_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} failed" |
* | "other" | "{count} failed" |
*
* @param {Reports_Failed_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_failed_count: ((inputs: Reports_Failed_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Failed_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Failed that day" |
*
* @param {Reports_Failed_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_failed_heading: ((inputs?: Reports_Failed_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Failed_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reported first most often: {list}" |
*
* @param {Reports_First_MostInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_first_most: ((inputs: Reports_First_MostInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_First_MostInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Found first by: sensors {sensor}, staff {staff}, customers {customer}, Bulb Check {system}" |
*
* @param {Reports_Found_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_found_first: ((inputs: Reports_Found_FirstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Found_FirstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily bulb report {date}: {scope}" |
*
* @param {Reports_Mail_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_mail_title: ((inputs: Reports_Mail_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Mail_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No sites to report on." |
*
* @param {Reports_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_no_sites: ((inputs?: Reports_No_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_No_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "None." |
*
* @param {Reports_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_none: ((inputs?: Reports_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} still open" |
* | "other" | "{count} still open" |
*
* @param {Reports_Open_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_open_count: ((inputs: Reports_Open_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Open_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Still open" |
*
* @param {Reports_Open_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_open_heading: ((inputs?: Reports_Open_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Open_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({zone}): overdue since {since}, checked {checked}" |
*
* @param {Reports_Overdue_CheckedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_checked: ((inputs: Reports_Overdue_CheckedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Overdue_CheckedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} overdue inspection" |
* | "other" | "{count} overdue inspections" |
*
* @param {Reports_Overdue_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_count: ((inputs: Reports_Overdue_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Overdue_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Overdue inspections" |
*
* @param {Reports_Overdue_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_heading: ((inputs?: Reports_Overdue_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Overdue_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name} ({zone}): overdue since {since}, not checked yet" |
*
* @param {Reports_Overdue_UncheckedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_unchecked: ((inputs: Reports_Overdue_UncheckedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Overdue_UncheckedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Reports_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_show: ((inputs?: Reports_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Reports_Site_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_site_label: ((inputs?: Reports_Site_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Site_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "customer" |
*
* @param {Reports_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_customer: ((inputs?: Reports_Source_CustomerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Source_CustomerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Reports_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_sensor: ((inputs?: Reports_Source_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Source_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Reports_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_staff: ((inputs?: Reports_Source_StaffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Source_StaffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check" |
*
* @param {Reports_Source_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_system: ((inputs?: Reports_Source_SystemInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Source_SystemInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "acknowledged" |
*
* @param {Reports_Status_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_acknowledged: ((inputs?: Reports_Status_AcknowledgedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Status_AcknowledgedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "on hold" |
*
* @param {Reports_Status_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_on_hold: ((inputs?: Reports_Status_On_HoldInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Status_On_HoldInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "open" |
*
* @param {Reports_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_open: ((inputs?: Reports_Status_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Status_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "resolved" |
*
* @param {Reports_Status_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_resolved: ((inputs?: Reports_Status_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_Status_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Daily bulb report" |
*
* @param {Reports_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_title: ((inputs?: Reports_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Reports_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add asset" |
*
* @param {Setup_Add_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_asset: ((inputs?: Setup_Add_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add an asset to {zone}" |
*
* @param {Setup_Add_Asset_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_asset_to: ((inputs: Setup_Add_Asset_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_Asset_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add assets first." |
*
* @param {Setup_Add_Assets_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_assets_first: ((inputs?: Setup_Add_Assets_FirstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_Assets_FirstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add checkpoint" |
*
* @param {Setup_Add_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_checkpoint: ((inputs?: Setup_Add_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add a checkpoint to {zone}" |
*
* @param {Setup_Add_Checkpoint_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_checkpoint_to: ((inputs: Setup_Add_Checkpoint_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_Checkpoint_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add device" |
*
* @param {Setup_Add_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_device: ((inputs?: Setup_Add_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add a device" |
*
* @param {Setup_Add_Device_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_device_summary: ((inputs?: Setup_Add_Device_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_Device_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add zone" |
*
* @param {Setup_Add_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_zone: ((inputs?: Setup_Add_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add a zone" |
*
* @param {Setup_Add_Zone_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_zone_summary: ((inputs?: Setup_Add_Zone_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Add_Zone_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add rule" |
*
* @param {Setup_Asg_AddInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_add: ((inputs?: Setup_Asg_AddInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_AddInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule added: new defects it matches are assigned as it says." |
*
* @param {Setup_Asg_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_added: ((inputs?: Setup_Asg_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "all of {category}" |
*
* @param {Setup_Asg_All_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_all_of: ((inputs: Setup_Asg_All_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_All_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the site, and tick only what the lists offer." |
*
* @param {Setup_Asg_Bad_FormInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_bad_form: ((inputs?: Setup_Asg_Bad_FormInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Bad_FormInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose" |
*
* @param {Setup_Asg_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose: ((inputs?: Setup_Asg_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Setup_Asg_Choose_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose_option: ((inputs?: Setup_Asg_Choose_OptionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Choose_OptionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose who gets them." |
*
* @param {Setup_Asg_Choose_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose_who: ((inputs?: Setup_Asg_Choose_WhoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Choose_WhoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Setup_Asg_Col_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_defects: ((inputs?: Setup_Asg_Col_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Col_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Go to" |
*
* @param {Setup_Asg_Col_Go_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_go_to: ((inputs?: Setup_Asg_Col_Go_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Col_Go_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Made" |
*
* @param {Setup_Asg_Col_MadeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_made: ((inputs?: Setup_Asg_Col_MadeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Col_MadeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Setup_Asg_Col_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_zone: ((inputs?: Setup_Asg_Col_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Col_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Setup_Asg_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_delete: ((inputs?: Setup_Asg_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rule deleted. Defects it assigned stay assigned." |
*
* @param {Setup_Asg_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_deleted: ((inputs?: Setup_Asg_DeletedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_DeletedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "every defect" |
*
* @param {Setup_Asg_Every_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_defect: ((inputs?: Setup_Asg_Every_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Every_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "every zone" |
*
* @param {Setup_Asg_Every_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_zone: ((inputs?: Setup_Asg_Every_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Every_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every zone of {site}" |
*
* @param {Setup_Asg_Every_Zone_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_zone_of: ((inputs: Setup_Asg_Every_Zone_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Every_Zone_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New defects that match a rule are assigned as they open, when nobody has assigned them yet: \"the floor-cleaning team gets dirty and spill\". A rule for a zone..." |
*
* @param {Setup_Asg_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_intro: ((inputs?: Setup_Asg_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{when} by {who}" |
*
* @param {Setup_Asg_Made_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_made_by: ((inputs: Setup_Asg_Made_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Made_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New rule" |
*
* @param {Setup_Asg_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_new: ((inputs?: Setup_Asg_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "You have no sites to make rules for." |
*
* @param {Setup_Asg_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_no_sites: ((inputs?: Setup_Asg_No_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_No_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No rules yet: new defects wait for someone to assign or take them." |
*
* @param {Setup_Asg_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_none: ((inputs?: Setup_Asg_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "People" |
*
* @param {Setup_Asg_PeopleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_people: ((inputs?: Setup_Asg_PeopleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_PeopleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Teams" |
*
* @param {Setup_Asg_TeamsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_teams: ((inputs?: Setup_Asg_TeamsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_TeamsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assignment rules" |
*
* @param {Setup_Asg_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_title: ((inputs?: Setup_Asg_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which defects" |
*
* @param {Setup_Asg_WhichInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which: ((inputs?: Setup_Asg_WhichInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_WhichInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(tick none for every defect)" |
*
* @param {Setup_Asg_Which_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which_hint: ((inputs?: Setup_Asg_Which_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Which_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That rule is not in the list any more: reload the page." |
*
* @param {Setup_Asg_Which_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which_rule: ((inputs?: Setup_Asg_Which_RuleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asg_Which_RuleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset {name} added." |
*
* @param {Setup_Asset_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_added: ((inputs: Setup_Asset_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asset_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Call button, floor 12" |
*
* @param {Setup_Asset_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_placeholder: ((inputs?: Setup_Asset_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asset_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset {name} saved." |
*
* @param {Setup_Asset_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_saved: ((inputs: Setup_Asset_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Asset_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assets it covers" |
*
* @param {Setup_Assets_CoveredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_assets_covered: ((inputs?: Setup_Assets_CoveredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Assets_CoveredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assignment rules" |
*
* @param {Setup_Assignment_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_assignment_link: ((inputs?: Setup_Assignment_LinkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Assignment_LinkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Setup_CancelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cancel: ((inputs?: Setup_CancelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_CancelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Setup_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_category: ((inputs?: Setup_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint {name} added." |
*
* @param {Setup_Checkpoint_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_added: ((inputs: Setup_Checkpoint_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Checkpoint_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Morning round" |
*
* @param {Setup_Checkpoint_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_placeholder: ((inputs?: Setup_Checkpoint_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Checkpoint_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint {name} saved." |
*
* @param {Setup_Checkpoint_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_saved: ((inputs: Setup_Checkpoint_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Checkpoint_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoints" |
*
* @param {Setup_CheckpointsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoints: ((inputs?: Setup_CheckpointsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_CheckpointsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(a round staff check in at, every so often)" |
*
* @param {Setup_Checkpoints_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoints_hint: ((inputs?: Setup_Checkpoints_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Checkpoints_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoints" |
*
* @param {Setup_Col_CheckpointsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_checkpoints: ((inputs?: Setup_Col_CheckpointsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_CheckpointsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device" |
*
* @param {Setup_Col_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_device: ((inputs?: Setup_Col_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Setup_Col_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_devices: ((inputs?: Setup_Col_DevicesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_DevicesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Heard every" |
*
* @param {Setup_Col_HeardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_heard: ((inputs?: Setup_Col_HeardInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_HeardInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Setup_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_kind: ((inputs?: Setup_Col_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Setup_Col_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_language: ((inputs?: Setup_Col_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Setup_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_site: ((inputs?: Setup_Col_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "State" |
*
* @param {Setup_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_state: ((inputs?: Setup_Col_StateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_StateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Setup_Col_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_timezone: ((inputs?: Setup_Col_TimezoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Col_TimezoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(both; MQTT 3.1.1)" |
*
* @param {Setup_Conn_BothInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_both: ((inputs?: Setup_Conn_BothInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_BothInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Commands" |
*
* @param {Setup_Conn_CommandsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_commands: ((inputs?: Setup_Conn_CommandsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_CommandsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Host" |
*
* @param {Setup_Conn_HostInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_host: ((inputs?: Setup_Conn_HostInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_HostInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Not known: set BULBCHECK_PUBLIC_URL (or BULBCHECK_MQTT_HOST to a real address) so that devices are told where to connect." |
*
* @param {Setup_Conn_Host_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_host_unknown: ((inputs?: Setup_Conn_Host_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_Host_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Liveness and last will" |
*
* @param {Setup_Conn_LivenessInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_liveness: ((inputs?: Setup_Conn_LivenessInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_LivenessInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "online (retained) at connect, offline as its will" |
*
* @param {Setup_Conn_Liveness_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_liveness_hint: ((inputs?: Setup_Conn_Liveness_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_Liveness_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(MQTT over TLS)" |
*
* @param {Setup_Conn_Mqtt_TlsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_mqtt_tls: ((inputs?: Setup_Conn_Mqtt_TlsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_Mqtt_TlsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "none" |
*
* @param {Setup_Conn_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_none: ((inputs?: Setup_Conn_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Port" |
*
* @param {Setup_Conn_PortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_port: ((inputs?: Setup_Conn_PortInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_PortInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Publishes to" |
*
* @param {Setup_Conn_PublishesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_publishes: ((inputs?: Setup_Conn_PublishesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_PublishesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "not set up on this server" |
*
* @param {Setup_Conn_Tls_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_tls_none: ((inputs?: Setup_Conn_Tls_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_Tls_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "offered" |
*
* @param {Setup_Conn_Tls_OfferedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_tls_offered: ((inputs?: Setup_Conn_Tls_OfferedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_Tls_OfferedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Try it from a shell (with SECRET set to the secret):" |
*
* @param {Setup_Conn_TryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_try: ((inputs?: Setup_Conn_TryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_TryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Username and client id" |
*
* @param {Setup_Conn_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_username: ((inputs?: Setup_Conn_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Conn_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "covers {assets}" |
*
* @param {Setup_CoversInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_covers: ((inputs: Setup_CoversInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_CoversInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create site" |
*
* @param {Setup_Create_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_create_site: ((inputs?: Setup_Create_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Create_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Download credentials file" |
*
* @param {Setup_Cred_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_download: ((inputs?: Setup_Cred_DownloadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Cred_DownloadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Credentials of {device}" |
*
* @param {Setup_Cred_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_label: ((inputs: Setup_Cred_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Cred_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Secret of {device}" |
*
* @param {Setup_Cred_Secret_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_secret_of: ((inputs: Setup_Cred_Secret_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Cred_Secret_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This is the device's MQTT password. It is shown this once: download the file or copy it now." |
*
* @param {Setup_Cred_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_warning: ((inputs?: Setup_Cred_WarningInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Cred_WarningInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire or delete the site" |
*
* @param {Setup_Danger_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_danger_heading: ((inputs?: Setup_Danger_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Danger_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{day} closes" |
*
* @param {Setup_Day_ClosesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_closes: ((inputs: Setup_Day_ClosesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_ClosesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Friday" |
*
* @param {Setup_Day_FriInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_fri: ((inputs?: Setup_Day_FriInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_FriInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Monday" |
*
* @param {Setup_Day_MonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_mon: ((inputs?: Setup_Day_MonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_MonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{day} opens" |
*
* @param {Setup_Day_OpensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_opens: ((inputs: Setup_Day_OpensInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_OpensInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Saturday" |
*
* @param {Setup_Day_SatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_sat: ((inputs?: Setup_Day_SatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_SatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sunday" |
*
* @param {Setup_Day_SunInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_sun: ((inputs?: Setup_Day_SunInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_SunInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Thursday" |
*
* @param {Setup_Day_ThuInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_thu: ((inputs?: Setup_Day_ThuInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_ThuInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tuesday" |
*
* @param {Setup_Day_TueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_tue: ((inputs?: Setup_Day_TueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_TueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Wednesday" |
*
* @param {Setup_Day_WedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_wed: ((inputs?: Setup_Day_WedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Day_WedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Setup_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete: ((inputs?: Setup_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete the site" |
*
* @param {Setup_Delete_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_site: ((inputs?: Setup_Delete_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Delete_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only a site with no history at all (no messages, defects or checks) can be deleted: with everything in it. Otherwise retire it." |
*
* @param {Setup_Delete_Site_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_site_explain: ((inputs?: Setup_Delete_Site_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Delete_Site_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete {site}…" |
*
* @param {Setup_Delete_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_summary: ((inputs: Setup_Delete_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Delete_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete zone" |
*
* @param {Setup_Delete_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_zone: ((inputs?: Setup_Delete_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Delete_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only when nothing in it has any history (a mistake just made)." |
*
* @param {Setup_Delete_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_zone_hint: ((inputs?: Setup_Delete_Zone_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Delete_Zone_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Deleted {thing}: removed {parts}." |
*
* @param {Setup_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_deleted: ((inputs: Setup_DeletedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_DeletedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "demo" |
*
* @param {Setup_DemoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_demo: ((inputs?: Setup_DemoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_DemoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the site to move it to." |
*
* @param {Setup_Dev_Choose_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_choose_site: ((inputs?: Setup_Dev_Choose_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Choose_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "How it connects" |
*
* @param {Setup_Dev_ConnectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_connects: ((inputs?: Setup_Dev_ConnectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_ConnectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete {name}" |
*
* @param {Setup_Dev_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete: ((inputs: Setup_Dev_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only a device that never sent anything can be deleted (a mistake just made); otherwise retire it." |
*
* @param {Setup_Dev_Delete_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete_explain: ((inputs?: Setup_Dev_Delete_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Delete_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Delete…" |
*
* @param {Setup_Dev_Delete_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete_summary: ((inputs?: Setup_Dev_Delete_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Delete_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(three silent intervals make it offline)" |
*
* @param {Setup_Dev_Heard_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_heard_hint: ((inputs?: Setup_Dev_Heard_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Heard_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "its messages and refusals" |
*
* @param {Setup_Dev_Its_MessagesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_its_messages: ((inputs?: Setup_Dev_Its_MessagesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Its_MessagesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{kind} at {site}" |
*
* @param {Setup_Dev_Kind_AtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_kind_at: ((inputs: Setup_Dev_Kind_AtInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Kind_AtInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "last heard {when}" |
*
* @param {Setup_Dev_Last_HeardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_last_heard: ((inputs: Setup_Dev_Last_HeardInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Last_HeardInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last refused {when}: {why}" |
*
* @param {Setup_Dev_Last_RefusalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_last_refusal: ((inputs: Setup_Dev_Last_RefusalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Last_RefusalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Secret, access and place" |
*
* @param {Setup_Dev_ManageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_manage: ((inputs?: Setup_Dev_ManageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_ManageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} message stored" |
* | "other" | "{count} messages stored" |
*
* @param {Setup_Dev_MessagesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_messages: ((inputs: Setup_Dev_MessagesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_MessagesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Move" |
*
* @param {Setup_Dev_MoveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move: ((inputs?: Setup_Dev_MoveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_MoveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Its live connection is closed at once; it connects again under the new site's topics (the firmware must use the new site id in its topics). What it watches a..." |
*
* @param {Setup_Dev_Move_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_explain: ((inputs?: Setup_Dev_Move_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Move_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Move to another site…" |
*
* @param {Setup_Dev_Move_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_summary: ((inputs?: Setup_Dev_Move_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Move_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To" |
*
* @param {Setup_Dev_Move_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_to: ((inputs?: Setup_Dev_Move_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Move_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Moved to {site}: its connection was closed; it connects again under this site's topics. Choose what it watches or serves here." |
*
* @param {Setup_Dev_MovedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_moved: ((inputs: Setup_Dev_MovedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_MovedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "never" |
*
* @param {Setup_Dev_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_never: ((inputs?: Setup_Dev_NeverInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_NeverInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The site has no assets yet." |
*
* @param {Setup_Dev_No_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_no_assets: ((inputs?: Setup_Dev_No_AssetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_No_AssetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} refused" |
* | "other" | "{count} refused" |
*
* @param {Setup_Dev_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_refused: ((inputs: Setup_Dev_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore device" |
*
* @param {Setup_Dev_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_restore: ((inputs?: Setup_Dev_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restored: it may connect again with its secret." |
*
* @param {Setup_Dev_RestoredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_restored: ((inputs?: Setup_Dev_RestoredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RestoredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire {name}" |
*
* @param {Setup_Dev_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire: ((inputs: Setup_Dev_RetireInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RetireInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is disconnected, leaves the boards and the alerts, and cannot sign in; its history stays and it can be restored." |
*
* @param {Setup_Dev_Retire_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire_explain: ((inputs?: Setup_Dev_Retire_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Retire_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire…" |
*
* @param {Setup_Dev_Retire_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire_summary: ((inputs?: Setup_Dev_Retire_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Retire_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retired: disconnected, off the boards and out of the alerts; its history stays." |
*
* @param {Setup_Dev_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retired: ((inputs?: Setup_Dev_RetiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RetiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke {name}" |
*
* @param {Setup_Dev_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke: ((inputs: Setup_Dev_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "For a lost or stolen device: it is disconnected and cannot sign in again until an admin restores it. Its history stays." |
*
* @param {Setup_Dev_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke_explain: ((inputs?: Setup_Dev_Revoke_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Revoke_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke…" |
*
* @param {Setup_Dev_Revoke_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke_summary: ((inputs?: Setup_Dev_Revoke_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Revoke_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoked: the device was disconnected and can no longer sign in. Its history stays." |
*
* @param {Setup_Dev_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoked: ((inputs?: Setup_Dev_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoked: an admin can restore it." |
*
* @param {Setup_Dev_Revoked_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoked_note: ((inputs?: Setup_Dev_Revoked_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Revoked_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one." |
*
* @param {Setup_Dev_Rotate_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_explain: ((inputs?: Setup_Dev_Rotate_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Rotate_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rotate the secret now" |
*
* @param {Setup_Dev_Rotate_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_now: ((inputs?: Setup_Dev_Rotate_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Rotate_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rotate secret…" |
*
* @param {Setup_Dev_Rotate_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_summary: ((inputs?: Setup_Dev_Rotate_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Rotate_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New secret made: the old one no longer works and the device was disconnected." |
*
* @param {Setup_Dev_RotatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotated: ((inputs?: Setup_Dev_RotatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_RotatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save device" |
*
* @param {Setup_Dev_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_save: ((inputs?: Setup_Dev_SaveInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_SaveInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device saved." |
*
* @param {Setup_Dev_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_saved: ((inputs?: Setup_Dev_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The secret is not shown again after it was made; rotate it to make a new one." |
*
* @param {Setup_Dev_Secret_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_secret_hint: ((inputs?: Setup_Dev_Secret_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_Secret_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Setup_Dev_SettingsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_settings: ((inputs?: Setup_Dev_SettingsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_SettingsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device {name}" |
*
* @param {Setup_Dev_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_title: ((inputs: Setup_Dev_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore access (with a new secret)" |
*
* @param {Setup_Dev_UnrevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_unrevoke: ((inputs?: Setup_Dev_UnrevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_UnrevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The device may sign in again, with this new secret only." |
*
* @param {Setup_Dev_UnrevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_unrevoked: ((inputs?: Setup_Dev_UnrevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Dev_UnrevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device {name} added." |
*
* @param {Setup_Device_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_added: ((inputs: Setup_Device_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Device_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{id} exists already: choose another id." |
*
* @param {Setup_Device_Id_ExistsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_id_exists: ((inputs: Setup_Device_Id_ExistsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Device_Id_ExistsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Lobby lamp sensor" |
*
* @param {Setup_Device_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_placeholder: ((inputs?: Setup_Device_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Device_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Setup_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_devices: ((inputs?: Setup_DevicesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_DevicesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Setup_EditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_edit: ((inputs?: Setup_EditInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_EditInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Keep the address to 300 characters." |
*
* @param {Setup_Err_Address_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_address_long: ((inputs?: Setup_Err_Address_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Address_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Check the fields marked below." |
*
* @param {Setup_Err_Check_FieldsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_check_fields: ((inputs?: Setup_Err_Check_FieldsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Check_FieldsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a category." |
*
* @param {Setup_Err_Choose_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_category: ((inputs?: Setup_Err_Choose_CategoryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Choose_CategoryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what kind of device." |
*
* @param {Setup_Err_Choose_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_kind: ((inputs?: Setup_Err_Choose_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Choose_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the site's language." |
*
* @param {Setup_Err_Choose_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_language: ((inputs?: Setup_Err_Choose_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Choose_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Line {line} (\"{entry}\"): write a date and \"closed\" or its hours, such as 2026-12-24 08:00-14:00." |
*
* @param {Setup_Err_Date_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_line: ((inputs: Setup_Err_Date_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Date_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Line {line}: a date's hours end on the same day ({entry})." |
*
* @param {Setup_Err_Date_OvernightInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_overnight: ((inputs: Setup_Err_Date_OvernightInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Date_OvernightInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{date} is written twice." |
*
* @param {Setup_Err_Date_TwiceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_twice: ((inputs: Setup_Err_Date_TwiceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Date_TwiceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give the opening and closing time (HH:MM), or untick the day." |
*
* @param {Setup_Err_Day_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_day_hours: ((inputs?: Setup_Err_Day_HoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Day_HoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This value was not accepted: check it and save again." |
*
* @param {Setup_Err_Field_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_field_refused: ((inputs?: Setup_Err_Field_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Field_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Use lower-case letters, digits and hyphens (up to 63), starting with a letter or digit." |
*
* @param {Setup_Err_Id_FormatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_format: ((inputs?: Setup_Err_Id_FormatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Id_FormatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give a name (or an id)." |
*
* @param {Setup_Err_Id_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_none: ((inputs?: Setup_Err_Id_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Id_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{id} is taken here: choose another id." |
*
* @param {Setup_Err_Id_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_taken: ((inputs: Setup_Err_Id_TakenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Id_TakenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A whole number of minutes from {min} to {max}." |
*
* @param {Setup_Err_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_minutes: ((inputs: Setup_Err_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Give it a name." |
*
* @param {Setup_Err_Name_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_name_empty: ((inputs?: Setup_Err_Name_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Name_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Keep the name to 120 characters." |
*
* @param {Setup_Err_Name_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_name_long: ((inputs?: Setup_Err_Name_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Name_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Some fields were not accepted: check the ones marked below and save again." |
*
* @param {Setup_Err_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_refused: ((inputs?: Setup_Err_RefusedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_RefusedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A whole number of seconds from {min} to {max}." |
*
* @param {Setup_Err_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_seconds: ((inputs: Setup_Err_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Tick the checkpoints it serves, or choose all or none." |
*
* @param {Setup_Err_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_serves: ((inputs?: Setup_Err_ServesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_ServesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the site's time zone from the list." |
*
* @param {Setup_Err_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_timezone: ((inputs?: Setup_Err_TimezoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_TimezoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which site? Choose one from the list and try again." |
*
* @param {Setup_Err_Which_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_which_site: ((inputs?: Setup_Err_Which_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Err_Which_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "every hour" |
* | "other" | "every {count} h" |
*
* @param {Setup_Every_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_every_hours: ((inputs: Setup_Every_HoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Every_HoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "every {count} min" |
*
* @param {Setup_Every_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_every_minutes: ((inputs: Setup_Every_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Every_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export as CSV" |
*
* @param {Setup_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_export_csv: ((inputs?: Setup_Export_CsvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Export_CsvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export as fleet document (JSON)" |
*
* @param {Setup_Export_JsonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_export_json: ((inputs?: Setup_Export_JsonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Export_JsonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Address" |
*
* @param {Setup_Form_AddressInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_address: ((inputs?: Setup_Form_AddressInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_AddressInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open around the clock" |
*
* @param {Setup_Form_AlwaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_always: ((inputs?: Setup_Form_AlwaysInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_AlwaysInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Holidays and other dates" |
*
* @param {Setup_Form_DatesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_dates: ((inputs?: Setup_Form_DatesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_DatesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(one per line: 2026-12-25 closed or 2026-12-24 08:00-14:00)" |
*
* @param {Setup_Form_Dates_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_dates_hint: ((inputs?: Setup_Form_Dates_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Dates_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opening hours" |
*
* @param {Setup_Form_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_hours: ((inputs?: Setup_Form_HoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_HoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(overdue checks and alerts count only while open)" |
*
* @param {Setup_Form_Hours_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_hours_hint: ((inputs?: Setup_Form_Hours_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Hours_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_Form_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_id: ((inputs?: Setup_Form_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(in addresses and device topics; made from the name if left empty; cannot change later)" |
*
* @param {Setup_Form_Id_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_id_hint: ((inputs?: Setup_Form_Id_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Id_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Setup_Form_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_language: ((inputs?: Setup_Form_LanguageInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_LanguageInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(QR page, labels, reports)" |
*
* @param {Setup_Form_Language_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_language_hint: ((inputs?: Setup_Form_Language_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Language_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Setup_Form_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_name: ((inputs?: Setup_Form_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Setup_Form_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_timezone: ((inputs?: Setup_Form_TimezoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_TimezoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "An unticked day is closed. A closing time before the opening time runs past midnight; 00:00 closes at midnight." |
*
* @param {Setup_Form_Week_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_week_hint: ((inputs?: Setup_Form_Week_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Week_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opening hours by weekday" |
*
* @param {Setup_Form_WeeklyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_weekly: ((inputs?: Setup_Form_WeeklyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_WeeklyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Everywhere" |
*
* @param {Setup_Form_Zones_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_zones_all: ((inputs?: Setup_Form_Zones_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Zones_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nordic and nearby" |
*
* @param {Setup_Form_Zones_NearInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_zones_near: ((inputs?: Setup_Form_Zones_NearInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Form_Zones_NearInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Guests can report it (QR code)" |
*
* @param {Setup_Guests_QrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_guests_qr: ((inputs?: Setup_Guests_QrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Guests_QrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "guests can report it" |
*
* @param {Setup_Guests_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_guests_report: ((inputs?: Setup_Guests_ReportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Guests_ReportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Heard every, seconds" |
*
* @param {Setup_Heard_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_heard_seconds: ((inputs?: Setup_Heard_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Heard_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Setup_Help_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_columns: ((inputs?: Setup_Help_ColumnsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_ColumnsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "or always." |
*
* @param {Setup_Help_Hours_OrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_hours_or: ((inputs?: Setup_Help_Hours_OrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_Hours_OrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Ids: lowercase letters, digits and dashes, such as hotel-oslo. An empty cell keeps what is there." |
*
* @param {Setup_Help_IdsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_ids: ((inputs?: Setup_Help_IdsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_IdsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "ids separated by spaces; none for none." |
*
* @param {Setup_Help_Ids_SpacesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_ids_spaces: ((inputs?: Setup_Help_Ids_SpacesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_Ids_SpacesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "One row per site, zone, asset, checkpoint or device, in any order. In a sheet of several kinds the kind column says what each row is; a file of one kind need..." |
*
* @param {Setup_Help_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_intro: ((inputs?: Setup_Help_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "More in the documentation:" |
*
* @param {Setup_Help_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_more: ((inputs?: Setup_Help_MoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_MoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "One bad row means nothing is written:" |
*
* @param {Setup_Help_One_BadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_one_bad: ((inputs?: Setup_Help_One_BadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_One_BadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the preview lists every problem by its line." |
*
* @param {Setup_Help_One_Bad_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_one_bad_after: ((inputs?: Setup_Help_One_Bad_AfterInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_One_Bad_AfterInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Commas, semicolons or tabs between cells; save as UTF-8." |
*
* @param {Setup_Help_SeparatorsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_separators: ((inputs?: Setup_Help_SeparatorsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_SeparatorsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(buttons): checkpoint ids, all of the site's, or none." |
*
* @param {Setup_Help_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_serves: ((inputs?: Setup_Help_ServesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_ServesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "How the file is laid out" |
*
* @param {Setup_Help_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_title: ((inputs?: Setup_Help_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "yes or no" |
*
* @param {Setup_Help_Yes_NoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_yes_no: ((inputs?: Setup_Help_Yes_NoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Help_Yes_NoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_id: ((inputs?: Setup_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "made from the name" |
*
* @param {Setup_Id_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_id_placeholder: ((inputs?: Setup_Id_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Id_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Applies exactly the file previewed here: {created}, {changed}." |
*
* @param {Setup_Imp_AppliesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_applies: ((inputs: Setup_Imp_AppliesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_AppliesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing was imported: the fleet has changed since the preview, and some rows no longer fit. Here is the new preview." |
*
* @param {Setup_Imp_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_changed: ((inputs?: Setup_Imp_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} change" |
* | "other" | "{count} changes" |
*
* @param {Setup_Imp_ChangesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_changes: ((inputs: Setup_Imp_ChangesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ChangesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose a CSV file, or paste its text." |
*
* @param {Setup_Imp_Choose_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_choose_file: ((inputs?: Setup_Imp_Choose_FileInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Choose_FileInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_Imp_Col_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_id: ((inputs?: Setup_Imp_Col_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Col_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Setup_Imp_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_kind: ((inputs?: Setup_Imp_Col_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Col_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Line" |
*
* @param {Setup_Imp_Col_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_line: ((inputs?: Setup_Imp_Col_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Col_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Setup_Imp_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_site: ((inputs?: Setup_Imp_Col_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Col_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What will happen" |
*
* @param {Setup_Imp_Col_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_what: ((inputs?: Setup_Imp_Col_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Col_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | ", column {field}" |
*
* @param {Setup_Imp_ColumnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_column: ((inputs: Setup_Imp_ColumnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ColumnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "created {list}" |
*
* @param {Setup_Imp_Created_ListInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_created_list: ((inputs: Setup_Imp_Created_ListInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Created_ListInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "CSV file" |
*
* @param {Setup_Imp_Csv_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_csv_file: ((inputs?: Setup_Imp_Csv_FileInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Csv_FileInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Imported {name}: {created}; {changed}, {unchanged}." |
*
* @param {Setup_Imp_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_done: ((inputs: Setup_Imp_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Download {name}" |
*
* @param {Setup_Imp_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_download: ((inputs: Setup_Imp_DownloadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_DownloadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Download the secret of the new device now." |
* | "other" | "Download the secrets of the {count} new devices now." |
*
* @param {Setup_Imp_Download_SecretsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_download_secrets: ((inputs: Setup_Imp_Download_SecretsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Download_SecretsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(empty)" |
*
* @param {Setup_Imp_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_empty: ((inputs?: Setup_Imp_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at least {min}" |
*
* @param {Setup_Imp_Err_At_LeastInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_least: ((inputs: Setup_Imp_Err_At_LeastInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_LeastInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at least {min} minutes" |
*
* @param {Setup_Imp_Err_At_Least_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_least_minutes: ((inputs: Setup_Imp_Err_At_Least_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_Least_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at least {min} seconds" |
*
* @param {Setup_Imp_Err_At_Least_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_least_seconds: ((inputs: Setup_Imp_Err_At_Least_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_Least_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at most {max}" |
*
* @param {Setup_Imp_Err_At_MostInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_most: ((inputs: Setup_Imp_Err_At_MostInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_MostInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at most {max} minutes" |
*
* @param {Setup_Imp_Err_At_Most_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_most_minutes: ((inputs: Setup_Imp_Err_At_Most_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_Most_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "at most {max} seconds" |
*
* @param {Setup_Imp_Err_At_Most_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_at_most_seconds: ((inputs: Setup_Imp_Err_At_Most_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_At_Most_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "“{value}”: a day and its hours, such as mon-fri 07:00-22:00 or 2026-12-25 closed." |
*
* @param {Setup_Imp_Err_Bad_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_bad_hours: ((inputs: Setup_Imp_Err_Bad_HoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Bad_HoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "an id is lowercase letters, digits and dashes (not first), up to 63 characters, such as hotel-oslo" |
*
* @param {Setup_Imp_Err_Bad_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_bad_id: ((inputs?: Setup_Imp_Err_Bad_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Bad_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "This kind of row has no {column}: leave the cell empty." |
*
* @param {Setup_Imp_Err_Column_Not_Of_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_column_not_of_kind: ((inputs: Setup_Imp_Err_Column_Not_Of_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Column_Not_Of_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The column {column} is there twice." |
*
* @param {Setup_Imp_Err_Column_TwiceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_column_twice: ((inputs: Setup_Imp_Err_Column_TwiceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Column_TwiceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "These columns fit more than one kind of row ({kinds}): add a kind column." |
*
* @param {Setup_Imp_Err_Columns_AmbiguousInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_columns_ambiguous: ((inputs: Setup_Imp_Err_Columns_AmbiguousInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Columns_AmbiguousInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "These columns fit no one kind of row: add a kind column (site, zone, asset, checkpoint, sensor, button), or check the columns' names." |
*
* @param {Setup_Imp_Err_Columns_Fit_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_columns_fit_nothing: ((inputs?: Setup_Imp_Err_Columns_Fit_NothingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Columns_Fit_NothingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{day} is named twice." |
*
* @param {Setup_Imp_Err_Day_TwiceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_day_twice: ((inputs: Setup_Imp_Err_Day_TwiceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Day_TwiceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{id} is on line {line} already: each id once." |
*
* @param {Setup_Imp_Err_Duplicate_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_duplicate_id: ((inputs: Setup_Imp_Err_Duplicate_IdInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Duplicate_IdInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Must not be empty." |
*
* @param {Setup_Imp_Err_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_empty: ((inputs?: Setup_Imp_Err_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every row needs an id." |
*
* @param {Setup_Imp_Err_Id_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_id_missing: ((inputs?: Setup_Imp_Err_Id_MissingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Id_MissingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Say what the row is: one of {kinds}." |
*
* @param {Setup_Imp_Err_Kind_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_kind_missing: ((inputs: Setup_Imp_Err_Kind_MissingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Kind_MissingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{value}: this file holds {sheet} rows." |
*
* @param {Setup_Imp_Err_Kind_Not_Of_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_kind_not_of_file: ((inputs: Setup_Imp_Err_Kind_Not_Of_FileInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Kind_Not_Of_FileInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The first line must be the header, such as {columns}" |
*
* @param {Setup_Imp_Err_No_HeaderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_no_header: ((inputs: Setup_Imp_Err_No_HeaderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_No_HeaderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The header needs an id column." |
*
* @param {Setup_Imp_Err_No_Id_ColumnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_no_id_column: ((inputs?: Setup_Imp_Err_No_Id_ColumnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_No_Id_ColumnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Write yes or no." |
*
* @param {Setup_Imp_Err_Not_Yes_NoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_not_yes_no: ((inputs?: Setup_Imp_Err_Not_Yes_NoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Not_Yes_NoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "one of {options}" |
*
* @param {Setup_Imp_Err_One_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_one_of: ((inputs: Setup_Imp_Err_One_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_One_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Required when the row adds something new." |
*
* @param {Setup_Imp_Err_Required_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_required_new: ((inputs?: Setup_Imp_Err_Required_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Required_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only a button serves checkpoints." |
*
* @param {Setup_Imp_Err_Sensor_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_sensor_serves: ((inputs?: Setup_Imp_Err_Sensor_ServesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Sensor_ServesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which site is it in? Fill in its site." |
*
* @param {Setup_Imp_Err_Site_RequiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_site_required: ((inputs?: Setup_Imp_Err_Site_RequiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Site_RequiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Required for a new device." |
*
* @param {Setup_Imp_Err_Site_Required_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_site_required_device: ((inputs?: Setup_Imp_Err_Site_Required_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Site_Required_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A cell beyond the header's columns: give it a column, or remove it." |
*
* @param {Setup_Imp_Err_Stray_CellInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_stray_cell: ((inputs?: Setup_Imp_Err_Stray_CellInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Stray_CellInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "At most {max} characters." |
*
* @param {Setup_Imp_Err_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_too_long: ((inputs: Setup_Imp_Err_Too_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Too_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "At most {max} characters (this has {length})." |
*
* @param {Setup_Imp_Err_Too_Long_HasInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_too_long_has: ((inputs: Setup_Imp_Err_Too_Long_HasInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Too_Long_HasInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "At most {max} ids." |
*
* @param {Setup_Imp_Err_Too_Many_IdsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_too_many_ids: ((inputs: Setup_Imp_Err_Too_Many_IdsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Too_Many_IdsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A quote opens here and is never closed: the rest of the file would be one cell." |
*
* @param {Setup_Imp_Err_Unclosed_QuoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unclosed_quote: ((inputs?: Setup_Imp_Err_Unclosed_QuoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unclosed_QuoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Unknown asset at {site}: {ids}" |
* | "other" | "Unknown assets at {site}: {ids}" |
*
* @param {Setup_Imp_Err_Unknown_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_assets: ((inputs: Setup_Imp_Err_Unknown_AssetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_AssetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Unknown checkpoint at {site}: {ids}" |
* | "other" | "Unknown checkpoints at {site}: {ids}" |
*
* @param {Setup_Imp_Err_Unknown_CheckpointsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_checkpoints: ((inputs: Setup_Imp_Err_Unknown_CheckpointsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_CheckpointsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown column {column}: the columns are {columns}." |
*
* @param {Setup_Imp_Err_Unknown_ColumnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_column: ((inputs: Setup_Imp_Err_Unknown_ColumnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_ColumnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{value} is not a kind of row: one of {kinds}." |
*
* @param {Setup_Imp_Err_Unknown_Row_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_row_kind: ((inputs: Setup_Imp_Err_Unknown_Row_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_Row_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown site {site}: add a row for it, or correct the id." |
*
* @param {Setup_Imp_Err_Unknown_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_site: ((inputs: Setup_Imp_Err_Unknown_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown zone {zone} at {site}: add a row for it, or correct the id." |
*
* @param {Setup_Imp_Err_Unknown_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_unknown_zone: ((inputs: Setup_Imp_Err_Unknown_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Unknown_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A whole number of minutes, such as 60." |
*
* @param {Setup_Imp_Err_Whole_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_whole_minutes: ((inputs?: Setup_Imp_Err_Whole_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Whole_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A whole number of seconds, such as 60." |
*
* @param {Setup_Imp_Err_Whole_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_err_whole_seconds: ((inputs?: Setup_Imp_Err_Whole_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Err_Whole_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Errors" |
*
* @param {Setup_Imp_ErrorsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_errors: ((inputs?: Setup_Imp_ErrorsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ErrorsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export the fleet as CSV" |
*
* @param {Setup_Imp_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_csv: ((inputs?: Setup_Imp_Export_CsvInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Export_CsvInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every site as it is now: change it in a spreadsheet and import it back." |
*
* @param {Setup_Imp_Export_Csv_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_csv_hint: ((inputs?: Setup_Imp_Export_Csv_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Export_Csv_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Export the fleet as JSON" |
*
* @param {Setup_Imp_Export_JsonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_json: ((inputs?: Setup_Imp_Export_JsonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Export_JsonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The same as a fleet document, for PUT /api/fleet. No secrets in either." |
*
* @param {Setup_Imp_Export_Json_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_json_hint: ((inputs?: Setup_Imp_Export_Json_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Export_Json_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Files" |
*
* @param {Setup_Imp_FilesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_files: ((inputs?: Setup_Imp_FilesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_FilesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The header (line 1)" |
*
* @param {Setup_Imp_Header_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_header_line: ((inputs?: Setup_Imp_Header_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Header_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Import sites and devices from CSV" |
*
* @param {Setup_Imp_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_heading: ((inputs?: Setup_Imp_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The server does not know the broker's address as devices reach it, so host and port are empty: see a device's page." |
*
* @param {Setup_Imp_Host_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_host_unknown: ((inputs?: Setup_Imp_Host_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Host_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Import {count} change" |
* | "other" | "Import {count} changes" |
*
* @param {Setup_Imp_Import_ChangesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_import_changes: ((inputs: Setup_Imp_Import_ChangesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Import_ChangesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Setup_Imp_ImportingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_importing: ((inputs?: Setup_Imp_ImportingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ImportingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add or change many sites, zones, assets, checkpoints and devices at once from a spreadsheet. The preview shows what each row will do and writes nothing; the ..." |
*
* @param {Setup_Imp_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_intro: ((inputs?: Setup_Imp_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Line {line}" |
*
* @param {Setup_Imp_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_line: ((inputs: Setup_Imp_LineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_LineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} asset" |
* | "other" | "{count} assets" |
*
* @param {Setup_Imp_N_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_asset: ((inputs: Setup_Imp_N_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} checkpoint" |
* | "other" | "{count} checkpoints" |
*
* @param {Setup_Imp_N_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_checkpoint: ((inputs: Setup_Imp_N_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} device" |
* | "other" | "{count} devices" |
*
* @param {Setup_Imp_N_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_device: ((inputs: Setup_Imp_N_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} row changed" |
* | "other" | "{count} rows changed" |
*
* @param {Setup_Imp_N_Rows_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_rows_changed: ((inputs: Setup_Imp_N_Rows_ChangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_Rows_ChangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} row unchanged" |
* | "other" | "{count} rows unchanged" |
*
* @param {Setup_Imp_N_Rows_UnchangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_rows_unchanged: ((inputs: Setup_Imp_N_Rows_UnchangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_Rows_UnchangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} site" |
* | "other" | "{count} sites" |
*
* @param {Setup_Imp_N_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_site: ((inputs: Setup_Imp_N_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} zone" |
* | "other" | "{count} zones" |
*
* @param {Setup_Imp_N_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_n_zone: ((inputs: Setup_Imp_N_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_N_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new object" |
* | "other" | "{count} new objects" |
*
* @param {Setup_Imp_New_ObjectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_new_objects: ((inputs: Setup_Imp_New_ObjectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_New_ObjectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”; in LibreOffice or Numbers, choose UTF-8 when you export it." |
*
* @param {Setup_Imp_Not_Utf8Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_not_utf8: ((inputs: Setup_Imp_Not_Utf8Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Not_Utf8Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing to import: every row is as the fleet already is." |
*
* @param {Setup_Imp_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing: ((inputs?: Setup_Imp_NothingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_NothingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing was imported: every row was as the fleet already is." |
*
* @param {Setup_Imp_Nothing_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing_done: ((inputs?: Setup_Imp_Nothing_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Nothing_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "nothing new" |
*
* @param {Setup_Imp_Nothing_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing_new: ((inputs?: Setup_Imp_Nothing_NewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Nothing_NewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Or paste the CSV here (used when no file is chosen)" |
*
* @param {Setup_Imp_Or_PasteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_or_paste: ((inputs?: Setup_Imp_Or_PasteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Or_PasteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the pasted text" |
*
* @param {Setup_Imp_Pasted_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_pasted_text: ((inputs?: Setup_Imp_Pasted_TextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Pasted_TextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Setup_Imp_PreviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview: ((inputs?: Setup_Imp_PreviewInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_PreviewInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Preview a file" |
*
* @param {Setup_Imp_Preview_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_file: ((inputs?: Setup_Imp_Preview_FileInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Preview_FileInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Preview the file first, then import it." |
*
* @param {Setup_Imp_Preview_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_first: ((inputs?: Setup_Imp_Preview_FirstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Preview_FirstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Preview of {name}" |
*
* @param {Setup_Imp_Preview_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_of: ((inputs: Setup_Imp_Preview_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Preview_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} problem to fix." |
* | "other" | "{count} problems to fix." |
*
* @param {Setup_Imp_ProblemsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_problems: ((inputs: Setup_Imp_ProblemsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ProblemsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Correct it in the file and preview it again: nothing is imported while any row has a problem." |
* | "other" | "Correct them in the file and preview it again: nothing is imported while any row has a problem." |
*
* @param {Setup_Imp_Problems_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_problems_hint: ((inputs: Setup_Imp_Problems_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Problems_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reading…" |
*
* @param {Setup_Imp_ReadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_reading: ((inputs?: Setup_Imp_ReadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_ReadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Setup_Imp_RowsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_rows: ((inputs?: Setup_Imp_RowsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_RowsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Columns: device, site, secret, host, port. Open it as text: a spreadsheet may take a secret that starts with “-” for a formula and change it." |
*
* @param {Setup_Imp_Secrets_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_secrets_columns: ((inputs?: Setup_Imp_Secrets_ColumnsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Secrets_ColumnsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "It is shown this once: when you leave this page it cannot be shown again (a lost secret means a new one, from the device's page). Keep the file safe, hand ea..." |
* | "other" | "They are shown this once: when you leave this page they cannot be shown again (a lost secret means a new one, from the device's page). Keep the file safe, ha..." |
*
* @param {Setup_Imp_Secrets_OnceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_secrets_once: ((inputs: Setup_Imp_Secrets_OnceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Secrets_OnceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Download the template (CSV)" |
*
* @param {Setup_Imp_TemplateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_template: ((inputs?: Setup_Imp_TemplateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_TemplateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Example rows of every kind, to fill in." |
*
* @param {Setup_Imp_Template_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_template_hint: ((inputs?: Setup_Imp_Template_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Template_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The file" |
*
* @param {Setup_Imp_The_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_the_file: ((inputs?: Setup_Imp_The_FileInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_The_FileInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Import from CSV" |
*
* @param {Setup_Imp_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_title: ((inputs?: Setup_Imp_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To change" |
*
* @param {Setup_Imp_To_ChangeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_to_change: ((inputs?: Setup_Imp_To_ChangeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_To_ChangeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "To create" |
*
* @param {Setup_Imp_To_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_to_create: ((inputs?: Setup_Imp_To_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_To_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "unchanged" |
*
* @param {Setup_Imp_UnchangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_unchanged: ((inputs?: Setup_Imp_UnchangedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_UnchangedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unchanged" |
*
* @param {Setup_Imp_Unchanged_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_unchanged_count: ((inputs?: Setup_Imp_Unchanged_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Unchanged_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "will change" |
*
* @param {Setup_Imp_Will_ChangeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_will_change: ((inputs?: Setup_Imp_Will_ChangeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Will_ChangeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "will be created" |
*
* @param {Setup_Imp_Will_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_will_create: ((inputs?: Setup_Imp_Will_CreateInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Will_CreateInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A preview writes nothing." |
*
* @param {Setup_Imp_Writes_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_writes_nothing: ((inputs?: Setup_Imp_Writes_NothingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Imp_Writes_NothingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Import from CSV" |
*
* @param {Setup_Import_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_import_link: ((inputs?: Setup_Import_LinkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Import_LinkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Interval, minutes" |
*
* @param {Setup_Interval_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_interval_minutes: ((inputs?: Setup_Interval_MinutesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Interval_MinutesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites, their zones, assets, checkpoints and devices. Admins create and retire sites; managers set up what is in their own sites." |
*
* @param {Setup_Intro_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_intro_admin: ((inputs?: Setup_Intro_AdminInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Intro_AdminInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sites, their zones, assets, checkpoints and devices. You set up what is in your own sites." |
*
* @param {Setup_Intro_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_intro_manager: ((inputs?: Setup_Intro_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Intro_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Setup_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind: ((inputs?: Setup_KindInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_KindInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "button" |
*
* @param {Setup_Kind_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_button: ((inputs?: Setup_Kind_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Kind_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Button or staff pad: checks in at checkpoints, reports and resolves" |
*
* @param {Setup_Kind_Button_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_button_long: ((inputs?: Setup_Kind_Button_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Kind_Button_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Setup_Kind_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_sensor: ((inputs?: Setup_Kind_SensorInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Kind_SensorInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sensor: reports the health of the assets it watches" |
*
* @param {Setup_Kind_Sensor_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_sensor_long: ((inputs?: Setup_Kind_Sensor_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Kind_Sensor_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(its MQTT username)" |
*
* @param {Setup_Mqtt_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_mqtt_username: ((inputs?: Setup_Mqtt_UsernameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Mqtt_UsernameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Setup_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_name: ((inputs?: Setup_NameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_NameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New site" |
*
* @param {Setup_New_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_new_site: ((inputs?: Setup_New_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_New_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Next: its zones, assets, checkpoints and devices." |
*
* @param {Setup_New_Site_NextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_new_site_next: ((inputs?: Setup_New_Site_NextInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_New_Site_NextInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No assets in this zone yet." |
*
* @param {Setup_No_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_assets: ((inputs?: Setup_No_AssetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_AssetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "no assets" |
*
* @param {Setup_No_Assets_CoveredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_assets_covered: ((inputs?: Setup_No_Assets_CoveredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Assets_CoveredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No devices yet: sensors report the health of assets, buttons let staff check in and report." |
*
* @param {Setup_No_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_devices: ((inputs?: Setup_No_DevicesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_DevicesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Setup_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites: ((inputs?: Setup_No_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(a template is there to start from)." |
*
* @param {Setup_No_Sites_Admin_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_after: ((inputs?: Setup_No_Sites_Admin_AfterInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Sites_Admin_AfterInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Create the first one with" |
*
* @param {Setup_No_Sites_Admin_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_before: ((inputs?: Setup_No_Sites_Admin_BeforeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Sites_Admin_BeforeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "or" |
*
* @param {Setup_No_Sites_Admin_OrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_or: ((inputs?: Setup_No_Sites_Admin_OrInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Sites_Admin_OrInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "import a chain from a CSV file" |
*
* @param {Setup_No_Sites_ImportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_import: ((inputs?: Setup_No_Sites_ImportInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Sites_ImportInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "An admin creates sites; ask one to give you a site to manage." |
*
* @param {Setup_No_Sites_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_manager: ((inputs?: Setup_No_Sites_ManagerInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_Sites_ManagerInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No zones yet: a zone is a place in the site (a floor, an elevator, the toilets) that holds assets." |
*
* @param {Setup_No_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_zones: ((inputs?: Setup_No_ZonesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_No_ZonesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "nothing else" |
*
* @param {Setup_Nothing_ElseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_nothing_else: ((inputs?: Setup_Nothing_ElseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Nothing_ElseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Setup_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_open: ((inputs?: Setup_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open its board" |
*
* @param {Setup_Open_BoardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_open_board: ((inputs?: Setup_Open_BoardInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Open_BoardInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} open" |
* | "other" | "{count} open" |
*
* @param {Setup_Open_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_open_count: ((inputs: Setup_Open_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Open_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Setup_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_optional: ((inputs?: Setup_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Set up {site}" |
*
* @param {Setup_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_page_title: ((inputs: Setup_Page_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Page_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print QR labels" |
*
* @param {Setup_Print_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_print_labels: ((inputs?: Setup_Print_LabelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Print_LabelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rename" |
*
* @param {Setup_RenameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_rename: ((inputs?: Setup_RenameInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_RenameInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Rename, retire or delete" |
*
* @param {Setup_Rename_Retire_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_rename_retire_delete: ((inputs?: Setup_Rename_Retire_DeleteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Rename_Retire_DeleteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore" |
*
* @param {Setup_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore: ((inputs?: Setup_RestoreInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_RestoreInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore" |
*
* @param {Setup_Restore_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore_button: ((inputs?: Setup_Restore_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Restore_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restore site" |
*
* @param {Setup_Restore_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore_site: ((inputs?: Setup_Restore_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Restore_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{site} is back in service, with what was retired with it." |
*
* @param {Setup_RestoredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restored: ((inputs: Setup_RestoredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_RestoredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Restored {thing}." |
*
* @param {Setup_Restored_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restored_done: ((inputs: Setup_Restored_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Restored_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire asset" |
*
* @param {Setup_Retire_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_asset: ((inputs?: Setup_Retire_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire checkpoint" |
*
* @param {Setup_Retire_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_checkpoint: ((inputs?: Setup_Retire_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire the site" |
*
* @param {Setup_Retire_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_site: ((inputs?: Setup_Retire_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The site leaves the boards, the wall board and the alerts; its devices are disconnected and cannot sign in; its open defects are closed. Its history and repo..." |
*
* @param {Setup_Retire_Site_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_site_explain: ((inputs?: Setup_Retire_Site_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_Site_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire {site}…" |
*
* @param {Setup_Retire_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_summary: ((inputs: Setup_Retire_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retire zone" |
*
* @param {Setup_Retire_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_zone: ((inputs?: Setup_Retire_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Its assets and checkpoints leave the boards with it and come back with it; history stays." |
*
* @param {Setup_Retire_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_zone_hint: ((inputs?: Setup_Retire_Zone_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retire_Zone_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} open defect was closed; the history stays." |
* | "other" | "{count} open defects were closed; the history stays." |
*
* @param {Setup_Retired_ClosedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_closed: ((inputs: Setup_Retired_ClosedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_ClosedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retired {thing}: off the boards and out of the alerts." |
*
* @param {Setup_Retired_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_done: ((inputs: Setup_Retired_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retired" |
*
* @param {Setup_Retired_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_heading: ((inputs?: Setup_Retired_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Off the boards and out of the alerts; their history and reports stay. Restore brings back what was retired with it." |
*
* @param {Setup_Retired_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_hint: ((inputs?: Setup_Retired_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Off the boards and out of the alerts; their history and reports stay." |
*
* @param {Setup_Retired_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_intro: ((inputs?: Setup_Retired_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Retired sites" |
*
* @param {Setup_Retired_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_title: ((inputs?: Setup_Retired_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Retired_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset {name} ({zone})" |
*
* @param {Setup_Row_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_asset: ((inputs: Setup_Row_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Row_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint {name} ({zone})" |
*
* @param {Setup_Row_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_checkpoint: ((inputs: Setup_Row_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Row_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Device {name}" |
*
* @param {Setup_Row_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_device: ((inputs: Setup_Row_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Row_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone {name}" |
*
* @param {Setup_Row_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_zone: ((inputs: Setup_Row_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Row_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save asset" |
*
* @param {Setup_Save_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_asset: ((inputs?: Setup_Save_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Save_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save checkpoint" |
*
* @param {Setup_Save_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_checkpoint: ((inputs?: Setup_Save_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Save_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Save site" |
*
* @param {Setup_Save_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_site: ((inputs?: Setup_Save_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Save_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{count} s" |
*
* @param {Setup_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_seconds: ((inputs: Setup_SecondsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_SecondsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Its secret is shown once, right after, with a file to download and how it connects." |
*
* @param {Setup_Secret_Once_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_secret_once_hint: ((inputs?: Setup_Secret_Once_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Secret_Once_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoints it serves" |
*
* @param {Setup_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves: ((inputs?: Setup_ServesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_ServesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every checkpoint of the site" |
*
* @param {Setup_Serves_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_all: ((inputs?: Setup_Serves_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Serves_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(a button; a sensor serves none)" |
*
* @param {Setup_Serves_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_hint: ((inputs?: Setup_Serves_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Serves_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "None: it only reports" |
*
* @param {Setup_Serves_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_none: ((inputs?: Setup_Serves_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Serves_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "These:" |
*
* @param {Setup_Serves_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_some: ((inputs?: Setup_Serves_SomeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Serves_SomeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Set up" |
*
* @param {Setup_Set_UpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_set_up: ((inputs?: Setup_Set_UpInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Set_UpInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site created. Add its zones and assets below, then its checkpoints and devices." |
*
* @param {Setup_Site_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_site_created: ((inputs?: Setup_Site_CreatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Site_CreatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Site saved." |
*
* @param {Setup_Site_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_site_saved: ((inputs?: Setup_Site_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Site_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Setup_State_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_offline: ((inputs?: Setup_State_OfflineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_State_OfflineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "online" |
*
* @param {Setup_State_OnlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_online: ((inputs?: Setup_State_OnlineInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_State_OnlineInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "revoked" |
*
* @param {Setup_State_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_revoked: ((inputs?: Setup_State_RevokedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_State_RevokedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "retired" |
*
* @param {Setup_Tag_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_tag_retired: ((inputs?: Setup_Tag_RetiredInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Tag_RetiredInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The site" |
*
* @param {Setup_The_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_the_site: ((inputs?: Setup_The_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_The_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "asset {name}" |
*
* @param {Setup_Thing_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_asset: ((inputs: Setup_Thing_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Thing_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "checkpoint {name}" |
*
* @param {Setup_Thing_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_checkpoint: ((inputs: Setup_Thing_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Thing_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "device {name}" |
*
* @param {Setup_Thing_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_device: ((inputs: Setup_Thing_DeviceInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Thing_DeviceInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "site {name}" |
*
* @param {Setup_Thing_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_site: ((inputs: Setup_Thing_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Thing_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "zone {name}" |
*
* @param {Setup_Thing_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_zone: ((inputs: Setup_Thing_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Thing_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Setup" |
*
* @param {Setup_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_title: ((inputs?: Setup_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assets it watches" |
*
* @param {Setup_WatchesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_watches: ((inputs?: Setup_WatchesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_WatchesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(a sensor: when it falls silent, their state is unknown)" |
*
* @param {Setup_Watches_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_watches_hint: ((inputs?: Setup_Watches_HintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Watches_HintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Setup_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone: ((inputs?: Setup_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone {name} added." |
*
* @param {Setup_Zone_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_added: ((inputs: Setup_Zone_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Zone_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Elevator A" |
*
* @param {Setup_Zone_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_placeholder: ((inputs?: Setup_Zone_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Zone_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone {name} saved." |
*
* @param {Setup_Zone_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_saved: ((inputs: Setup_Zone_SavedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Zone_SavedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zones and assets" |
*
* @param {Setup_Zones_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zones_assets: ((inputs?: Setup_Zones_AssetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Setup_Zones_AssetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "high" |
*
* @param {Severity_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_high: ((inputs?: Severity_HighInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Severity_HighInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "low" |
*
* @param {Severity_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_low: ((inputs?: Severity_LowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Severity_LowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "medium" |
*
* @param {Severity_MediumInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_medium: ((inputs?: Severity_MediumInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Severity_MediumInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "working" |
*
* @param {Site_Asset_OkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_asset_ok: ((inputs?: Site_Asset_OkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Asset_OkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assets: {ok} fine, {defect} with defects, {unknown} unknown (sensor offline)" |
*
* @param {Site_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_assets: ((inputs: Site_AssetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_AssetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Caught before a customer reported it:" |
*
* @param {Site_Caught_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_caught_before: ((inputs?: Site_Caught_BeforeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Caught_BeforeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Checkpoint {name}: every {interval}, last check {last}" |
*
* @param {Site_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint: ((inputs: Site_CheckpointInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_CheckpointInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{age} ago" |
*
* @param {Site_Checkpoint_AgoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_ago: ((inputs: Site_Checkpoint_AgoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Checkpoint_AgoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "never" |
*
* @param {Site_Checkpoint_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_never: ((inputs?: Site_Checkpoint_NeverInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Checkpoint_NeverInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Site_Checkpoint_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_now: ((inputs?: Site_Checkpoint_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Checkpoint_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "checks on time {onTime}/{checkpoints}" |
*
* @param {Site_Checks_On_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checks_on_time: ((inputs: Site_Checks_On_TimeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Checks_On_TimeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{open} open ({high} high, {medium} medium, {low} low) · {overdue} overdue · oldest {oldest}" |
*
* @param {Site_CountsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_counts: ((inputs: Site_CountsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_CountsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Site_Crumb_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_crumb_all: ((inputs?: Site_Crumb_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Crumb_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "defect #{id}" |
*
* @param {Site_Defect_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_defect_number: ((inputs: Site_Defect_NumberInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Defect_NumberInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Site_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_devices: ((inputs?: Site_DevicesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_DevicesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{offline} of {total} devices offline" |
*
* @param {Site_Devices_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_devices_off: ((inputs: Site_Devices_OffInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Devices_OffInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Inspections on time:" |
*
* @param {Site_Inspections_On_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_inspections_on_time: ((inputs?: Site_Inspections_On_TimeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Inspections_On_TimeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "({onTime} on time, {missed} missed)" |
*
* @param {Site_Inspections_SplitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_inspections_split: ((inputs: Site_Inspections_SplitInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Inspections_SplitInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Site_Labels_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_all_sites: ((inputs?: Site_Labels_All_SitesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_All_SitesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All zones" |
*
* @param {Site_Labels_All_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_all_zones: ((inputs?: Site_Labels_All_ZonesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_All_ZonesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Site_Labels_Col_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_asset: ((inputs?: Site_Labels_Col_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Col_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Its label" |
*
* @param {Site_Labels_Col_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_label: ((inputs?: Site_Labels_Col_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Col_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Site_Labels_Col_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_revoke: ((inputs?: Site_Labels_Col_RevokeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Col_RevokeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} label" |
* | "other" | "{count} labels" |
*
* @param {Site_Labels_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_count: ((inputs: Site_Labels_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A label for every asset customers see, to stick where it is: scanning it opens the page that reports a problem there, in the site's language. Print at actual..." |
*
* @param {Site_Labels_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_intro: ((inputs?: Site_Labels_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "New code made for {name}. Its codes printed before no longer work: print its new label and replace the old one." |
*
* @param {Site_Labels_New_CodeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_new_code: ((inputs: Site_Labels_New_CodeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_New_CodeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No labels to print: {where} has no customer-visible asset in service. An asset gets a label once it is marked customer-visible." |
*
* @param {Site_Labels_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_none: ((inputs: Site_Labels_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Only the label of {name}." |
*
* @param {Site_Labels_Only_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_only_of: ((inputs: Site_Labels_Only_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Only_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Paper" |
*
* @param {Site_Labels_PaperInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_paper: ((inputs?: Site_Labels_PaperInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_PaperInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print" |
*
* @param {Site_Labels_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_print: ((inputs?: Site_Labels_PrintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_PrintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print only this label" |
*
* @param {Site_Labels_Print_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_print_only: ((inputs?: Site_Labels_Print_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Print_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke and make a new code" |
*
* @param {Site_Labels_Revoke_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_button: ((inputs?: Site_Labels_Revoke_ButtonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_ButtonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Every printed code of {name} stops working at once." |
*
* @param {Site_Labels_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_explain: ((inputs: Site_Labels_Revoke_ExplainInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_ExplainInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "For a label that was copied, moved or misused: its code stops working at once, wherever it was printed." |
*
* @param {Site_Labels_Revoke_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_intro: ((inputs?: Site_Labels_Revoke_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "For a label that was copied, moved or misused: its code stops working at once, wherever it was printed, and this page shows the asset's new label to print in..." |
*
* @param {Site_Labels_Revoke_Intro_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_intro_print: ((inputs?: Site_Labels_Revoke_Intro_PrintInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_Intro_PrintInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "the code of {name}" |
*
* @param {Site_Labels_Revoke_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_of: ((inputs: Site_Labels_Revoke_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Revoke a code" |
*
* @param {Site_Labels_Revoke_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_title: ((inputs?: Site_Labels_Revoke_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Revoke_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Scan to report a problem" |
*
* @param {Site_Labels_ScanInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_scan: ((inputs?: Site_Labels_ScanInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_ScanInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Sheet {n} of {total}" |
*
* @param {Site_Labels_Sheet_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_sheet_of: ((inputs: Site_Labels_Sheet_OfInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Sheet_OfInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} sheet" |
* | "other" | "{count} sheets" |
*
* @param {Site_Labels_SheetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_sheets: ((inputs: Site_Labels_SheetsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_SheetsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Site_Labels_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_show: ((inputs?: Site_Labels_ShowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_ShowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show every label" |
*
* @param {Site_Labels_Show_EveryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_show_every: ((inputs?: Site_Labels_Show_EveryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Show_EveryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Label size" |
*
* @param {Site_Labels_SizeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size: ((inputs?: Site_Labels_SizeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_SizeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Large" |
*
* @param {Site_Labels_Size_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_large: ((inputs?: Site_Labels_Size_LargeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Size_LargeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Medium" |
*
* @param {Site_Labels_Size_MediumInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_medium: ((inputs?: Site_Labels_Size_MediumInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Size_MediumInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{name}, {width} × {height} mm ({count} a sheet)" |
*
* @param {Site_Labels_Size_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_option: ((inputs: Site_Labels_Size_OptionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Size_OptionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Small" |
*
* @param {Site_Labels_Size_SmallInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_small: ((inputs?: Site_Labels_Size_SmallInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Size_SmallInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{labels} on {sheets} of {paper}, {columns} × {rows} a sheet. The codes open" |
*
* @param {Site_Labels_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_summary: ((inputs: Site_Labels_SummaryInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_SummaryInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "this site" |
*
* @param {Site_Labels_This_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_this_site: ((inputs?: Site_Labels_This_SiteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_This_SiteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "QR labels" |
*
* @param {Site_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_title: ((inputs?: Site_Labels_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "That asset is not on this sheet any more: reload the page and choose it again." |
*
* @param {Site_Labels_Which_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_which_asset: ((inputs?: Site_Labels_Which_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_Which_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Site_Labels_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_zone: ((inputs?: Site_Labels_ZoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Labels_ZoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Last 14 days" |
*
* @param {Site_Last_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_last_days: ((inputs?: Site_Last_DaysInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Last_DaysInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing open. Every basic thing here is fine." |
*
* @param {Site_Nothing_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_nothing_open: ((inputs?: Site_Nothing_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Nothing_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open defects" |
*
* @param {Site_Open_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_open_defects: ((inputs?: Site_Open_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Open_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print QR labels" |
*
* @param {Site_Print_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_print_labels: ((inputs?: Site_Print_LabelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Print_LabelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A sheet of the QR codes guests scan to report a problem, one per customer-visible asset" |
*
* @param {Site_Print_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_print_labels_title: ((inputs?: Site_Print_Labels_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Print_Labels_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print the QR code guests scan to report a problem here" |
*
* @param {Site_Qr_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_qr_title: ((inputs?: Site_Qr_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Qr_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report another" |
*
* @param {Site_Report_AnotherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_another: ((inputs?: Site_Report_AnotherInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_AnotherInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Site_Report_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_asset: ((inputs?: Site_Report_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Site_Report_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose: ((inputs?: Site_Report_ChooseInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_ChooseInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the asset." |
*
* @param {Site_Report_Choose_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose_asset: ((inputs?: Site_Report_Choose_AssetInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_Choose_AssetInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose what is wrong." |
*
* @param {Site_Report_Choose_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose_fault: ((inputs?: Site_Report_Choose_FaultInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_Choose_FaultInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "The report did not go through: {reason}" |
*
* @param {Site_Report_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_failed: ((inputs: Site_Report_FailedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_FailedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report a fault at {site}" |
*
* @param {Site_Report_HeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_head: ((inputs: Site_Report_HeadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_HeadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Site_Report_HereInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_here: ((inputs?: Site_Report_HereInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_HereInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report a fault here" |
*
* @param {Site_Report_Here_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_here_title: ((inputs?: Site_Report_Here_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_Here_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Site_Report_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_note: ((inputs?: Site_Report_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "e.g. left side, 3rd floor" |
*
* @param {Site_Report_Note_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_note_placeholder: ((inputs?: Site_Report_Note_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_Note_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Site_Report_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_optional: ((inputs?: Site_Report_OptionalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_OptionalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report it" |
*
* @param {Site_Report_SendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_send: ((inputs?: Site_Report_SendInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_SendInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Report a fault" |
*
* @param {Site_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_title: ((inputs?: Site_Report_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What is wrong?" |
*
* @param {Site_Report_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_what: ((inputs?: Site_Report_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Report_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Added to the open defect" |
*
* @param {Site_Reported_MergedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_merged: ((inputs?: Site_Reported_MergedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Reported_MergedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reported" |
*
* @param {Site_Reported_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_opened: ((inputs?: Site_Reported_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Reported_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{fault} on {asset}" |
*
* @param {Site_Reported_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_what: ((inputs: Site_Reported_WhatInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Reported_WhatInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Set up" |
*
* @param {Site_Setup_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_setup_link: ((inputs?: Site_Setup_LinkInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Setup_LinkInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zones, assets, checkpoints, devices and hours of this site" |
*
* @param {Site_Setup_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_setup_title: ((inputs?: Site_Setup_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Setup_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Times in {zone}" |
*
* @param {Site_Times_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_times_in: ((inputs: Site_Times_InInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Times_InInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects opened and resolved per day at this site" |
*
* @param {Site_Trend_ChartInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_chart: ((inputs?: Site_Trend_ChartInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Trend_ChartInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Site_Trend_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_day: ((inputs?: Site_Trend_DayInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Trend_DayInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Site_Trend_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_opened: ((inputs?: Site_Trend_OpenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Trend_OpenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Site_Trend_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_resolved: ((inputs?: Site_Trend_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Trend_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Show as a table" |
*
* @param {Site_Trend_TableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_table: ((inputs?: Site_Trend_TableInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Trend_TableInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "unknown: its sensor is offline" |
*
* @param {Site_Unknown_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_unknown_note: ((inputs?: Site_Unknown_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Unknown_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "QR labels" |
*
* @param {Site_Zone_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_labels: ((inputs?: Site_Zone_LabelsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Zone_LabelsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Print the QR labels of {zone}" |
*
* @param {Site_Zone_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_labels_title: ((inputs: Site_Zone_Labels_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Zone_Labels_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} unknown" |
* | "other" | "{count} unknown" |
*
* @param {Site_Zone_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_unknown: ((inputs: Site_Zone_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Zone_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} with defects" |
* | "other" | "{count} with defects" |
*
* @param {Site_Zone_With_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_with_defects: ((inputs: Site_Zone_With_DefectsInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_Zone_With_DefectsInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Zones" |
*
* @param {Site_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zones: ((inputs?: Site_ZonesInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Site_ZonesInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} site" |
* | "other" | "{count} sites" |
*
* @param {Sites_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const sites_count: ((inputs: Sites_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Sites_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open defects" |
*
* @param {Status_AmberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_amber: ((inputs?: Status_AmberInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_AmberInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All fine" |
*
* @param {Status_GreenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_green: ((inputs?: Status_GreenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_GreenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Action needed" |
*
* @param {Status_RedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_red: ((inputs?: Status_RedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_RedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unknown" |
*
* @param {Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_unknown: ((inputs?: Status_UnknownInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Status_UnknownInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "a moment" |
*
* @param {Work_A_MomentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_a_moment: ((inputs?: Work_A_MomentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_A_MomentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Acknowledge" |
*
* @param {Work_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_acknowledge: ((inputs?: Work_AcknowledgeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_AcknowledgeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Acknowledged." |
*
* @param {Work_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_acknowledged: ((inputs?: Work_AcknowledgedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_AcknowledgedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Add comment" |
*
* @param {Work_Add_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_add_comment: ((inputs?: Work_Add_CommentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Add_CommentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "All open defects ›" |
*
* @param {Work_All_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_all_open: ((inputs?: Work_All_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_All_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to {name}." |
*
* @param {Work_Assigned_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_assigned_to: ((inputs: Work_Assigned_ToInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Assigned_ToInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose who should do it." |
*
* @param {Work_Choose_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_choose_assignee: ((inputs?: Work_Choose_AssigneeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Choose_AssigneeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Choose the new due date and time." |
*
* @param {Work_Choose_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_choose_due: ((inputs?: Work_Choose_DueInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Choose_DueInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Work_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment: ((inputs?: Work_CommentInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_CommentInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Comment added." |
*
* @param {Work_Comment_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_added: ((inputs?: Work_Comment_AddedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Comment_AddedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Write the comment first." |
*
* @param {Work_Comment_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_first: ((inputs?: Work_Comment_FirstInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Comment_FirstInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Comment on {asset}" |
*
* @param {Work_Comment_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_on: ((inputs: Work_Comment_OnInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Comment_OnInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "What you saw or did" |
*
* @param {Work_Comment_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_placeholder: ((inputs?: Work_Comment_PlaceholderInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Comment_PlaceholderInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "A comment is at most 2,000 characters." |
*
* @param {Work_Comment_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_too_long: ((inputs?: Work_Comment_Too_LongInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Comment_Too_LongInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "due in {span}" |
*
* @param {Work_Due_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_due_in: ((inputs: Work_Due_InInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Due_InInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to me and my team" |
*
* @param {Work_Mine_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_mine_heading: ((inputs?: Work_Mine_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Mine_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing assigned to you. Take one below." |
*
* @param {Work_Mine_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_mine_none: ((inputs?: Work_Mine_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Mine_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "nobody has it" |
*
* @param {Work_NobodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_nobody: ((inputs?: Work_NobodyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_NobodyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Work_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_note: ((inputs?: Work_NoteInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_NoteInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to your team ({team})" |
*
* @param {Work_Notices_Assigned_TeamInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_assigned_team: ((inputs: Work_Notices_Assigned_TeamInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Assigned_TeamInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Assigned to you" |
*
* @param {Work_Notices_Assigned_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_assigned_you: ((inputs?: Work_Notices_Assigned_YouInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Assigned_YouInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Needs attention" |
*
* @param {Work_Notices_AttentionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_attention: ((inputs?: Work_Notices_AttentionInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_AttentionInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "No notices yet. When a defect is assigned to you, or escalated to you, it shows here." |
*
* @param {Work_Notices_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_empty: ((inputs?: Work_Notices_EmptyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_EmptyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Escalated to you" |
*
* @param {Work_Notices_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_escalated: ((inputs?: Work_Notices_EscalatedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_EscalatedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects assigned to you or your team, escalated to you, or new ones that need a manager: newest first." |
*
* @param {Work_Notices_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_intro: ((inputs?: Work_Notices_IntroInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_IntroInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Mark read" |
*
* @param {Work_Notices_Mark_ReadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_mark_read: ((inputs?: Work_Notices_Mark_ReadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Mark_ReadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing unread." |
*
* @param {Work_Notices_None_UnreadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_none_unread: ((inputs?: Work_Notices_None_UnreadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_None_UnreadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notices are for people: this sign-in has no account of its own." |
*
* @param {Work_Notices_Not_PersonalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_not_personal: ((inputs?: Work_Notices_Not_PersonalInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Not_PersonalInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Mark all read" |
*
* @param {Work_Notices_Read_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_read_all: ((inputs?: Work_Notices_Read_AllInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Read_AllInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check · Notices" |
*
* @param {Work_Notices_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_tab: ((inputs?: Work_Notices_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Notices" |
*
* @param {Work_Notices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_title: ((inputs?: Work_Notices_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unread" |
*
* @param {Work_Notices_UnreadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_unread: ((inputs?: Work_Notices_UnreadInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_UnreadInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} unread." |
* | "other" | "{count} unread." |
*
* @param {Work_Notices_Unread_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_unread_count: ((inputs: Work_Notices_Unread_CountInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_Unread_CountInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{when} · by {by}" |
*
* @param {Work_Notices_When_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_when_by: ((inputs: Work_Notices_When_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Notices_When_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Put on hold." |
*
* @param {Work_On_Hold_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_on_hold_done: ((inputs?: Work_On_Hold_DoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_On_Hold_DoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "on hold: {reason}" |
*
* @param {Work_On_Hold_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_on_hold_reason: ((inputs: Work_On_Hold_ReasonInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_On_Hold_ReasonInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open ›" |
*
* @param {Work_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open: ((inputs?: Work_OpenInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_OpenInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open at my sites" |
*
* @param {Work_Open_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_heading: ((inputs?: Work_Open_HeadingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Open_HeadingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Open {fault} on {asset}: photos and history" |
*
* @param {Work_Open_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_label: ((inputs: Work_Open_LabelInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Open_LabelInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Nothing else open. Every basic thing is fine." |
*
* @param {Work_Open_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_none: ((inputs?: Work_Open_NoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Open_NoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "overdue by {span}" |
*
* @param {Work_Overdue_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_overdue_by: ((inputs: Work_Overdue_ByInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Overdue_ByInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Reopened." |
*
* @param {Work_ReopenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_reopened: ((inputs?: Work_ReopenedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_ReopenedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve it" |
*
* @param {Work_Resolve_ItInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolve_it: ((inputs?: Work_Resolve_ItInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Resolve_ItInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Work_Resolve_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolve_step: ((inputs?: Work_Resolve_StepInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Resolve_StepInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolved." |
*
* @param {Work_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolved: ((inputs?: Work_ResolvedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_ResolvedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Say what it is waiting for." |
*
* @param {Work_Say_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_say_waiting: ((inputs?: Work_Say_WaitingInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Say_WaitingInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Staff may take a defect themselves; a manager assigns it to others." |
*
* @param {Work_Staff_Take_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_staff_take_only: ((inputs?: Work_Staff_Take_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Staff_Take_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Bulb Check · My work" |
*
* @param {Work_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_tab: ((inputs?: Work_TabInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_TabInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "I'll take it" |
*
* @param {Work_TakeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_take: ((inputs?: Work_TakeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_TakeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "My work" |
*
* @param {Work_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_title: ((inputs?: Work_TitleInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_TitleInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Unassigned." |
*
* @param {Work_UnassignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_unassigned: ((inputs?: Work_UnassignedInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_UnassignedInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Work_UndoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_undo: ((inputs?: Work_UndoInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_UndoInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Resolve undone: it is as it was." |
*
* @param {Work_UndoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_undone: ((inputs?: Work_UndoneInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_UndoneInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Your role may only view. Ask an admin if you need to act." |
*
* @param {Work_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_view_only: ((inputs?: Work_View_OnlyInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_View_OnlyInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Which defect? Open it from the list and try again." |
*
* @param {Work_Which_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_which_defect: ((inputs?: Work_Which_DefectInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Which_DefectInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "yours" |
*
* @param {Work_YoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_yours: ((inputs?: Work_YoursInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_YoursInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "It is yours now." |
*
* @param {Work_Yours_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_yours_now: ((inputs?: Work_Yours_NowInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Work_Yours_NowInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "{city} time" |
*
* @param {Zone_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const zone_time: ((inputs: Zone_TimeInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Zone_TimeInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "UTC" |
*
* @param {Zone_UtcInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const zone_utc: ((inputs?: Zone_UtcInputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Zone_UtcInputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Account_All_SitesInputs = {};
export type Account_Contact_SaveInputs = {};
export type Account_Contact_TakenInputs = {};
export type Account_LanguageInputs = {};
export type Account_Language_BrowserInputs = {
    language: NonNullable<unknown>;
};
export type Account_Language_ExplainInputs = {};
export type Account_Language_SaveInputs = {};
export type Account_Language_SavedInputs = {
    language: NonNullable<unknown>;
};
export type Account_Language_UnknownInputs = {};
export type Account_Login_BusyInputs = {};
export type Account_Login_ExpiredInputs = {};
export type Account_Login_LockedInputs = {
    count: NonNullable<unknown>;
};
export type Account_Login_MissingInputs = {};
export type Account_Login_No_AccountInputs = {};
export type Account_Login_PasswordInputs = {};
export type Account_Login_Paste_TokenInputs = {};
export type Account_Login_ScreenInputs = {};
export type Account_Login_Screen_SubmitInputs = {};
export type Account_Login_Screen_TokenInputs = {};
export type Account_Login_SubmitInputs = {};
export type Account_Login_TabInputs = {};
export type Account_Login_TitleInputs = {};
export type Account_Login_Token_UnknownInputs = {};
export type Account_Login_UnavailableInputs = {};
export type Account_Login_UsernameInputs = {};
export type Account_Login_Viewer_OnlyInputs = {};
export type Account_Login_WrongInputs = {};
export type Account_NameInputs = {};
export type Account_PasswordInputs = {};
export type Account_Password_AgainInputs = {};
export type Account_Password_ChangedInputs = {};
export type Account_Password_CurrentInputs = {};
export type Account_Password_DifferInputs = {};
export type Account_Password_Enter_CurrentInputs = {};
export type Account_Password_ExplainInputs = {};
export type Account_Password_MinInputs = {};
export type Account_Password_NewInputs = {};
export type Account_Password_Too_LongInputs = {};
export type Account_Password_Too_ShortInputs = {};
export type Account_Password_WrongInputs = {};
export type Account_ReachInputs = {};
export type Account_Reach_ExplainInputs = {};
export type Account_RoleInputs = {};
export type Account_SavedInputs = {};
export type Account_SitesInputs = {};
export type Account_TitleInputs = {};
export type Account_Token_CopyInputs = {};
export type Account_Token_CreateInputs = {};
export type Account_Token_NameInputs = {};
export type Account_Token_Name_MissingInputs = {};
export type Account_Token_NewInputs = {
    name: NonNullable<unknown>;
};
export type Account_Token_NoneInputs = {};
export type Account_Token_PlaceholderInputs = {};
export type Account_Token_RevokeInputs = {};
export type Account_Token_RevokedInputs = {};
export type Account_Token_Revoked_HiddenInputs = {
    count: NonNullable<unknown>;
};
export type Account_Token_TimesInputs = {
    created: NonNullable<unknown>;
    used: NonNullable<unknown>;
};
export type Account_Token_WhichInputs = {};
export type Account_TokensInputs = {};
export type Account_Tokens_ExplainInputs = {};
export type Account_UsernameInputs = {};
export type Admin_Access_All_IsInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
    does: NonNullable<unknown>;
};
export type Admin_Access_All_WillInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
    does: NonNullable<unknown>;
};
export type Admin_Access_At_IsInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
    sites: NonNullable<unknown>;
    does: NonNullable<unknown>;
};
export type Admin_Access_At_WillInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
    sites: NonNullable<unknown>;
    does: NonNullable<unknown>;
};
export type Admin_Access_None_IsInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
};
export type Admin_Access_None_WillInputs = {
    who: NonNullable<unknown>;
    role: NonNullable<unknown>;
};
export type Admin_Access_TitleInputs = {};
export type Admin_Accounts_CountInputs = {
    count: NonNullable<unknown>;
};
export type Admin_Action_Asset_DeleteInputs = {};
export type Admin_Action_Asset_RestoreInputs = {};
export type Admin_Action_Asset_RetireInputs = {};
export type Admin_Action_Asset_Revoke_Report_KeyInputs = {};
export type Admin_Action_Asset_UpdateInputs = {};
export type Admin_Action_Assignment_Rule_CreateInputs = {};
export type Admin_Action_Assignment_Rule_DeleteInputs = {};
export type Admin_Action_Channel_CreateInputs = {};
export type Admin_Action_Channel_DeleteInputs = {};
export type Admin_Action_Channel_Read_SecretInputs = {};
export type Admin_Action_Channel_Rotate_SecretInputs = {};
export type Admin_Action_Channel_TestInputs = {};
export type Admin_Action_Channel_UpdateInputs = {};
export type Admin_Action_Checkpoint_DeleteInputs = {};
export type Admin_Action_Checkpoint_RestoreInputs = {};
export type Admin_Action_Checkpoint_RetireInputs = {};
export type Admin_Action_Checkpoint_UpdateInputs = {};
export type Admin_Action_Defect_AcknowledgeInputs = {};
export type Admin_Action_Defect_AssignInputs = {};
export type Admin_Action_Defect_CommentInputs = {};
export type Admin_Action_Defect_HoldInputs = {};
export type Admin_Action_Defect_PhotoInputs = {};
export type Admin_Action_Defect_ReopenInputs = {};
export type Admin_Action_Defect_ReportInputs = {};
export type Admin_Action_Defect_ResolveInputs = {};
export type Admin_Action_Delivery_RetryInputs = {};
export type Admin_Action_Demo_RemoveInputs = {};
export type Admin_Action_Demo_RemovedInputs = {};
export type Admin_Action_Device_DeleteInputs = {};
export type Admin_Action_Device_RestoreInputs = {};
export type Admin_Action_Device_RetireInputs = {};
export type Admin_Action_Device_RevokeInputs = {};
export type Admin_Action_Device_Rotate_SecretInputs = {};
export type Admin_Action_Device_UpdateInputs = {};
export type Admin_Action_Fleet_ImportInputs = {};
export type Admin_Action_Fleet_ProvisionInputs = {};
export type Admin_Action_Notify_Default_AttentionInputs = {};
export type Admin_Action_Report_SubscribeInputs = {};
export type Admin_Action_Report_UnsubscribeInputs = {};
export type Admin_Action_Report_UpdateInputs = {};
export type Admin_Action_Rule_CreateInputs = {};
export type Admin_Action_Rule_DeleteInputs = {};
export type Admin_Action_Rule_UpdateInputs = {};
export type Admin_Action_Session_LockoutInputs = {};
export type Admin_Action_Session_Sign_InInputs = {};
export type Admin_Action_Session_Sign_OutInputs = {};
export type Admin_Action_Site_DeleteInputs = {};
export type Admin_Action_Site_RestoreInputs = {};
export type Admin_Action_Site_RetireInputs = {};
export type Admin_Action_Site_UpdateInputs = {};
export type Admin_Action_Token_CreateInputs = {};
export type Admin_Action_Token_RevokeInputs = {};
export type Admin_Action_User_Change_PasswordInputs = {};
export type Admin_Action_User_ContactInputs = {};
export type Admin_Action_User_CreateInputs = {};
export type Admin_Action_User_DisableInputs = {};
export type Admin_Action_User_LanguageInputs = {};
export type Admin_Action_User_UnlockInputs = {};
export type Admin_Action_User_UpdateInputs = {};
export type Admin_Action_Zone_DeleteInputs = {};
export type Admin_Action_Zone_RestoreInputs = {};
export type Admin_Action_Zone_RetireInputs = {};
export type Admin_Action_Zone_UpdateInputs = {};
export type Admin_Actor_ApiInputs = {};
export type Admin_Actor_EnvironmentInputs = {};
export type Admin_Actor_GeneratedInputs = {};
export type Admin_Actor_SystemInputs = {};
export type Admin_AddressesInputs = {};
export type Admin_Admins_OwnInputs = {};
export type Admin_Admins_See_AllInputs = {};
export type Admin_AllInputs = {};
export type Admin_All_SitesInputs = {};
export type Admin_At_HourInputs = {
    time: NonNullable<unknown>;
    zone: NonNullable<unknown>;
};
export type Admin_Audit_IntroInputs = {};
export type Admin_Audit_TitleInputs = {};
export type Admin_Back_OfficeInputs = {};
export type Admin_Channel_ChangedInputs = {};
export type Admin_Channel_CreatedInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Channel_DeletedInputs = {};
export type Admin_Channel_NInputs = {
    id: NonNullable<unknown>;
};
export type Admin_Channel_PlaceholderInputs = {};
export type Admin_Channels_TitleInputs = {};
export type Admin_Choose_KindInputs = {};
export type Admin_Choose_RoleInputs = {};
export type Admin_Col_AttemptsInputs = {};
export type Admin_Col_ChannelInputs = {};
export type Admin_Col_ContactInputs = {};
export type Admin_Col_DetailInputs = {};
export type Admin_Col_KindInputs = {};
export type Admin_Col_Last_AnswerInputs = {};
export type Admin_Col_Last_SentInputs = {};
export type Admin_Col_Last_Sign_InInputs = {};
export type Admin_Col_Last_UsedInputs = {};
export type Admin_Col_LevelsInputs = {};
export type Admin_Col_NameInputs = {};
export type Admin_Col_OnInputs = {};
export type Admin_Col_OwnerInputs = {};
export type Admin_Col_QuietInputs = {};
export type Admin_Col_RoleInputs = {};
export type Admin_Col_RuleInputs = {};
export type Admin_Col_Sends_ToInputs = {};
export type Admin_Col_SiteInputs = {};
export type Admin_Col_SitesInputs = {};
export type Admin_Col_StateInputs = {};
export type Admin_Col_TakesInputs = {};
export type Admin_Col_ToInputs = {};
export type Admin_Col_UsernameInputs = {};
export type Admin_Col_WhatInputs = {};
export type Admin_Col_WhenInputs = {};
export type Admin_Col_WhoInputs = {};
export type Admin_Contact_IntroInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Contact_TitleInputs = {};
export type Admin_CopiedInputs = {};
export type Admin_CopyInputs = {};
export type Admin_Copy_Not_AllowedInputs = {};
export type Admin_Create_ChannelInputs = {};
export type Admin_Create_RuleInputs = {};
export type Admin_Create_TokenInputs = {};
export type Admin_Create_UserInputs = {};
export type Admin_CreatedInputs = {};
export type Admin_Customer_VisibleInputs = {};
export type Admin_DeleteInputs = {};
export type Admin_Delete_ChannelInputs = {};
export type Admin_Delete_Channel_ExplainInputs = {};
export type Admin_Deliveries_IntroInputs = {};
export type Admin_Delivery_LogInputs = {};
export type Admin_Delivery_RetriedInputs = {
    id: NonNullable<unknown>;
    state: NonNullable<unknown>;
};
export type Admin_DisableInputs = {
    username: NonNullable<unknown>;
};
export type Admin_Disable_ExplainInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Disable_SummaryInputs = {};
export type Admin_Disabled_DoneInputs = {};
export type Admin_Disabled_SinceInputs = {
    when: NonNullable<unknown>;
};
export type Admin_Display_NameInputs = {};
export type Admin_Display_Name_WrongInputs = {};
export type Admin_Does_AdminInputs = {};
export type Admin_Does_Manager_ManyInputs = {};
export type Admin_Does_Manager_OneInputs = {};
export type Admin_Does_Staff_ManyInputs = {};
export type Admin_Does_Staff_OneInputs = {};
export type Admin_Does_Viewer_ManyInputs = {};
export type Admin_Does_Viewer_OneInputs = {};
export type Admin_EgInputs = {
    example: NonNullable<unknown>;
};
export type Admin_EmailInputs = {};
export type Admin_Email_OptionalInputs = {};
export type Admin_Email_WrongInputs = {};
export type Admin_EnableInputs = {
    username: NonNullable<unknown>;
};
export type Admin_Enabled_DoneInputs = {};
export type Admin_Every_DefectInputs = {};
export type Admin_Every_SiteInputs = {};
export type Admin_Every_Site_OptionInputs = {};
export type Admin_From_SourcesInputs = {
    sources: NonNullable<unknown>;
};
export type Admin_Give_AddressInputs = {};
export type Admin_Give_UrlInputs = {};
export type Admin_Held_FromInputs = {};
export type Admin_Held_HintInputs = {};
export type Admin_Held_IntroInputs = {};
export type Admin_Held_LineInputs = {
    count: NonNullable<unknown>;
    until: NonNullable<unknown>;
};
export type Admin_Held_TitleInputs = {};
export type Admin_Help_AdminInputs = {};
export type Admin_Help_ManagerInputs = {};
export type Admin_Help_StaffInputs = {};
export type Admin_Help_ViewerInputs = {};
export type Admin_Hint_ChatInputs = {};
export type Admin_Hint_EmailInputs = {};
export type Admin_Hint_WebhookInputs = {};
export type Admin_Initial_PasswordInputs = {};
export type Admin_It_SaidInputs = {
    answer: NonNullable<unknown>;
};
export type Admin_Kind_EmailInputs = {};
export type Admin_Kind_In_AppInputs = {};
export type Admin_Kind_WebhookInputs = {};
export type Admin_Level_LineInputs = {
    minutes: NonNullable<unknown>;
};
export type Admin_Level_MinutesInputs = {
    level: NonNullable<unknown>;
};
export type Admin_Level_NInputs = {
    level: NonNullable<unknown>;
};
export type Admin_List_AndInputs = {
    first: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Admin_Locked_FromInputs = {
    count: NonNullable<unknown>;
    until: NonNullable<unknown>;
};
export type Admin_Locked_IntroInputs = {};
export type Admin_Locked_TitleInputs = {};
export type Admin_Name_ChannelInputs = {};
export type Admin_Name_ReportInputs = {};
export type Admin_Name_Role_SitesInputs = {};
export type Admin_Name_RuleInputs = {};
export type Admin_Name_The_TokenInputs = {};
export type Admin_NeverInputs = {};
export type Admin_New_ChannelInputs = {};
export type Admin_New_PasswordInputs = {};
export type Admin_New_RuleInputs = {};
export type Admin_New_System_TokenInputs = {};
export type Admin_New_Token_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Admin_New_Token_WarningInputs = {};
export type Admin_New_UserInputs = {};
export type Admin_New_User_WhoInputs = {};
export type Admin_Next_AttemptInputs = {
    when: NonNullable<unknown>;
};
export type Admin_No_ChannelsInputs = {};
export type Admin_No_Channels_ManagerInputs = {};
export type Admin_No_ReportsInputs = {};
export type Admin_No_RulesInputs = {};
export type Admin_No_Such_UserInputs = {
    id: NonNullable<unknown>;
};
export type Admin_No_TokensInputs = {};
export type Admin_NoneInputs = {};
export type Admin_Not_HeldInputs = {};
export type Admin_Nothing_SentInputs = {};
export type Admin_Nothing_YetInputs = {};
export type Admin_Notif_IntroInputs = {};
export type Admin_Notif_ManagerInputs = {};
export type Admin_Notif_TitleInputs = {};
export type Admin_OffInputs = {};
export type Admin_OlderInputs = {};
export type Admin_OnInputs = {};
export type Admin_OptionalInputs = {};
export type Admin_Owner_SystemInputs = {};
export type Admin_Password_HelpInputs = {};
export type Admin_Password_SetInputs = {};
export type Admin_Password_WrongInputs = {};
export type Admin_PhoneInputs = {};
export type Admin_Phone_WrongInputs = {};
export type Admin_Picker_AllInputs = {};
export type Admin_Picker_NoneInputs = {};
export type Admin_Picker_SitesInputs = {};
export type Admin_Picker_SomeInputs = {};
export type Admin_Quiet_BothInputs = {};
export type Admin_Quiet_NotInputs = {
    severities: NonNullable<unknown>;
};
export type Admin_Report_EndedInputs = {};
export type Admin_Report_HourInputs = {};
export type Admin_Report_PlaceholderInputs = {};
export type Admin_Report_Set_UpInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Report_Sites_AdminInputs = {};
export type Admin_Report_Sites_ManagerInputs = {};
export type Admin_Reports_Intro_BeforeInputs = {};
export type Admin_Reports_Page_LinkInputs = {};
export type Admin_Reports_TitleInputs = {};
export type Admin_Reset_PasswordInputs = {};
export type Admin_RevokeInputs = {};
export type Admin_Revoked_AtInputs = {
    when: NonNullable<unknown>;
};
export type Admin_Rf_AfterInputs = {};
export type Admin_Rf_CategoryInputs = {};
export type Admin_Rf_Customers_SeeInputs = {};
export type Admin_Rf_EitherInputs = {};
export type Admin_Rf_Found_ByInputs = {};
export type Admin_Rf_FromInputs = {};
export type Admin_Rf_LevelInputs = {
    level: NonNullable<unknown>;
};
export type Admin_Rf_Level_OptionalInputs = {
    level: NonNullable<unknown>;
};
export type Admin_Rf_Min_No_AckInputs = {};
export type Admin_Rf_Min_OpeningInputs = {};
export type Admin_Rf_NoInputs = {};
export type Admin_Rf_QuietInputs = {};
export type Admin_Rf_RegionalInputs = {};
export type Admin_Rf_SeverityInputs = {};
export type Admin_Rf_Site_ManagerInputs = {};
export type Admin_Rf_StaffInputs = {};
export type Admin_Rf_Still_SendInputs = {};
export type Admin_Rf_ToInputs = {};
export type Admin_Rf_WhoInputs = {};
export type Admin_Rf_YesInputs = {};
export type Admin_Rule_ChangedInputs = {};
export type Admin_Rule_CreatedInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Rule_DeletedInputs = {};
export type Admin_Rule_ForInputs = {
    site: NonNullable<unknown>;
};
export type Admin_Rule_HeadInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Rule_OffInputs = {};
export type Admin_Rule_OnInputs = {};
export type Admin_Rule_PlaceholderInputs = {};
export type Admin_Rule_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Rules_IntroInputs = {};
export type Admin_Rules_TitleInputs = {};
export type Admin_SaveInputs = {};
export type Admin_Save_ContactInputs = {};
export type Admin_Save_RuleInputs = {};
export type Admin_SavedInputs = {};
export type Admin_Secret_LabelInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Secret_WarningInputs = {};
export type Admin_Send_AgainInputs = {};
export type Admin_Send_ReportInputs = {};
export type Admin_Send_TestInputs = {};
export type Admin_Set_PasswordInputs = {};
export type Admin_Set_Up_ReportInputs = {};
export type Admin_ShowInputs = {};
export type Admin_Show_RevokedInputs = {};
export type Admin_Sign_In_TitleInputs = {};
export type Admin_SignedInputs = {};
export type Admin_State_ActiveInputs = {};
export type Admin_State_DisabledInputs = {
    when: NonNullable<unknown>;
};
export type Admin_State_FailedInputs = {};
export type Admin_State_PendingInputs = {};
export type Admin_State_SendingInputs = {};
export type Admin_State_SentInputs = {};
export type Admin_State_UncertainInputs = {};
export type Admin_StopInputs = {};
export type Admin_Summary_ReportInputs = {
    day: NonNullable<unknown>;
    subscription: NonNullable<unknown>;
};
export type Admin_Summary_StepInputs = {
    level: NonNullable<unknown>;
    levelName: NonNullable<unknown>;
    rule: NonNullable<unknown>;
    defect: NonNullable<unknown>;
};
export type Admin_Summary_TestInputs = {
    channel: NonNullable<unknown>;
};
export type Admin_Ten_PlusInputs = {};
export type Admin_Test_FailedInputs = {
    name: NonNullable<unknown>;
    reason: NonNullable<unknown>;
};
export type Admin_Test_SentInputs = {
    name: NonNullable<unknown>;
    status: NonNullable<unknown>;
};
export type Admin_This_Is_YouInputs = {};
export type Admin_Tick_A_SiteInputs = {};
export type Admin_Tick_ChannelInputs = {};
export type Admin_Tick_First_LevelInputs = {};
export type Admin_Time_ZoneInputs = {};
export type Admin_Token_PlaceholderInputs = {};
export type Admin_Token_RevokedInputs = {};
export type Admin_Tokens_IntroInputs = {};
export type Admin_Tokens_TitleInputs = {};
export type Admin_Turn_OffInputs = {};
export type Admin_Turn_OnInputs = {};
export type Admin_UnlockInputs = {
    username: NonNullable<unknown>;
};
export type Admin_Unlock_NothingInputs = {
    name: NonNullable<unknown>;
};
export type Admin_Unlock_Nothing_SelfInputs = {};
export type Admin_UnlockedInputs = {
    name: NonNullable<unknown>;
    addresses: NonNullable<unknown>;
};
export type Admin_Unlocked_SelfInputs = {
    addresses: NonNullable<unknown>;
};
export type Admin_User_CreatedInputs = {};
export type Admin_Username_TakenInputs = {
    username: NonNullable<unknown>;
};
export type Admin_Username_WrongInputs = {};
export type Admin_Users_IntroInputs = {
    accounts: NonNullable<unknown>;
    active: NonNullable<unknown>;
};
export type Admin_Users_TitleInputs = {};
export type Admin_Utc_TimeInputs = {
    time: NonNullable<unknown>;
};
export type Admin_Which_TokenInputs = {};
export type Age_NowInputs = {};
export type Board_LegendInputs = {};
export type Board_LiveInputs = {};
export type Board_Mode_AllInputs = {};
export type Board_Mode_RotateInputs = {};
export type Board_MoreInputs = {
    count: NonNullable<unknown>;
};
export type Board_NewInputs = {};
export type Board_No_SitesInputs = {};
export type Board_Not_Live_HintInputs = {};
export type Board_Not_Live_SinceInputs = {
    time: NonNullable<unknown>;
};
export type Board_Nothing_OpenInputs = {};
export type Board_OfflineInputs = {
    count: NonNullable<unknown>;
};
export type Board_Offline_LegendInputs = {};
export type Board_Open_ForInputs = {
    duration: NonNullable<unknown>;
};
export type Board_OverdueInputs = {};
export type Board_ReconnectingInputs = {};
export type Board_RestInputs = {
    count: NonNullable<unknown>;
};
export type Board_Rest_FineInputs = {
    count: NonNullable<unknown>;
};
export type Board_RevokedInputs = {};
export type Board_Site_OfInputs = {
    n: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Board_Sound_BlockedInputs = {};
export type Board_Sound_HintInputs = {};
export type Board_Sound_OffInputs = {};
export type Board_Sound_OnInputs = {};
export type Board_TitleInputs = {};
export type Board_Turned_RedInputs = {};
export type Category_CleanlinessInputs = {};
export type Category_EquipmentInputs = {};
export type Category_LightingInputs = {};
export type Category_OtherInputs = {};
export type Category_SignageInputs = {};
export type Category_SuppliesInputs = {};
export type Category_SystemInputs = {};
export type Defects_AcknowledgeInputs = {};
export type Defects_Actor_First_AdminInputs = {};
export type Defects_AgoInputs = {
    duration: NonNullable<unknown>;
};
export type Defects_All_SitesInputs = {};
export type Defects_AnyInputs = {};
export type Defects_AnyoneInputs = {};
export type Defects_Bulk_AssignInputs = {};
export type Defects_Bulk_Assign_ThemInputs = {};
export type Defects_Bulk_Assign_ToInputs = {};
export type Defects_Bulk_ChangedInputs = {
    done: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Defects_Bulk_Changed_NotInputs = {
    done: NonNullable<unknown>;
    count: NonNullable<unknown>;
    failed: NonNullable<unknown>;
};
export type Defects_Bulk_ChooseInputs = {};
export type Defects_Bulk_Choose_ActionInputs = {};
export type Defects_Bulk_Choose_AssigneeInputs = {};
export type Defects_Bulk_DoneInputs = {};
export type Defects_Bulk_Done_AcknowledgeInputs = {};
export type Defects_Bulk_Done_AssignInputs = {};
export type Defects_Bulk_Done_HoldInputs = {};
export type Defects_Bulk_Done_ResolveInputs = {};
export type Defects_Bulk_HintInputs = {};
export type Defects_Bulk_HoldInputs = {};
export type Defects_Bulk_Hold_ThemInputs = {};
export type Defects_Bulk_Managers_Of_SiteInputs = {};
export type Defects_Bulk_MeInputs = {};
export type Defects_Bulk_NoteInputs = {};
export type Defects_Bulk_One_SiteInputs = {};
export type Defects_Bulk_PeopleInputs = {};
export type Defects_Bulk_ResolveInputs = {};
export type Defects_Bulk_Resolve_ThemInputs = {};
export type Defects_Bulk_Say_WaitingInputs = {};
export type Defects_Bulk_Staff_Of_SiteInputs = {};
export type Defects_Bulk_TeamsInputs = {};
export type Defects_Bulk_Teams_EachInputs = {};
export type Defects_Bulk_Tick_FirstInputs = {};
export type Defects_Bulk_TickedInputs = {
    count: NonNullable<unknown>;
};
export type Defects_Bulk_Too_ManyInputs = {
    max: NonNullable<unknown>;
};
export type Defects_ByInputs = {};
export type Defects_Cause_LabelInputs = {};
export type Defects_Cause_Not_SaidInputs = {};
export type Defects_Claim_TitleInputs = {
    kind: NonNullable<unknown>;
    device: NonNullable<unknown>;
};
export type Defects_Clear_SiteInputs = {};
export type Defects_Col_ActionsInputs = {};
export type Defects_Col_AssetInputs = {};
export type Defects_Col_FaultInputs = {};
export type Defects_Col_Found_ByInputs = {};
export type Defects_Col_Open_ForInputs = {};
export type Defects_Col_ReportsInputs = {};
export type Defects_Col_SeverityInputs = {};
export type Defects_Col_SiteInputs = {};
export type Defects_Col_StatusInputs = {};
export type Defects_CountInputs = {
    count: NonNullable<unknown>;
};
export type Defects_Crumb_DefectsInputs = {};
export type Defects_Customer_VisibleInputs = {};
export type Defects_Ev_A_CustomerInputs = {};
export type Defects_Ev_AndInputs = {
    list: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Defects_Ev_Api_TokenInputs = {
    name: NonNullable<unknown>;
};
export type Defects_Ev_ButtonInputs = {
    id: NonNullable<unknown>;
};
export type Defects_Ev_Confirmed_ByInputs = {
    who: NonNullable<unknown>;
};
export type Defects_Ev_Confirmed_ShortInputs = {
    sources: NonNullable<unknown>;
};
export type Defects_Ev_Customer_QrInputs = {};
export type Defects_Ev_RoundInputs = {
    count: NonNullable<unknown>;
    time: NonNullable<unknown>;
    checkpoint: NonNullable<unknown>;
    staff: NonNullable<unknown>;
};
export type Defects_Ev_SensorInputs = {
    id: NonNullable<unknown>;
};
export type Defects_Ev_SomeoneInputs = {};
export type Defects_Ev_Staff_ButtonInputs = {
    id: NonNullable<unknown>;
};
export type Defects_Ev_SuspectInputs = {
    device: NonNullable<unknown>;
    who: NonNullable<unknown>;
    fault: NonNullable<unknown>;
};
export type Defects_Evp_Ch_ButtonInputs = {};
export type Defects_Evp_Ch_DashboardInputs = {};
export type Defects_Evp_Ch_QrInputs = {};
export type Defects_Evp_Ch_SensorInputs = {};
export type Defects_Evp_ContradictsInputs = {};
export type Defects_Evp_DefectInputs = {
    id: NonNullable<unknown>;
};
export type Defects_Evp_Not_ConfirmedInputs = {};
export type Defects_Evp_Ok_AtInputs = {
    time: NonNullable<unknown>;
};
export type Defects_Evp_ReportsInputs = {
    count: NonNullable<unknown>;
};
export type Defects_Evp_SystemInputs = {};
export type Defects_Evp_TitleInputs = {};
export type Defects_Filter_AssigneeInputs = {};
export type Defects_Filter_CategoryInputs = {};
export type Defects_Filter_SeverityInputs = {};
export type Defects_Filter_SiteInputs = {};
export type Defects_Filter_SourceInputs = {};
export type Defects_Filter_StatusInputs = {};
export type Defects_Fix_Did_Not_HoldInputs = {};
export type Defects_Hold_DueInputs = {};
export type Defects_Hold_HintInputs = {};
export type Defects_Hold_WaitingInputs = {};
export type Defects_Just_NowInputs = {};
export type Defects_Label_AssignedInputs = {};
export type Defects_Label_CategoryInputs = {};
export type Defects_Label_CauseInputs = {};
export type Defects_Label_DueInputs = {};
export type Defects_Label_First_FoundInputs = {};
export type Defects_Label_OpenedInputs = {};
export type Defects_Label_ReportsInputs = {};
export type Defects_Label_ResolvedInputs = {};
export type Defects_Label_SeverityInputs = {};
export type Defects_Label_StatusInputs = {};
export type Defects_Label_ZoneInputs = {};
export type Defects_Me_TeamInputs = {};
export type Defects_NewInputs = {};
export type Defects_Next_PageInputs = {};
export type Defects_NobodyInputs = {};
export type Defects_Nobody_YetInputs = {};
export type Defects_None_MatchInputs = {};
export type Defects_None_Match_SiteInputs = {
    site: NonNullable<unknown>;
};
export type Defects_NumberInputs = {
    id: NonNullable<unknown>;
};
export type Defects_On_AssetInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Defects_On_Hold_LineInputs = {
    reason: NonNullable<unknown>;
    due: NonNullable<unknown>;
};
export type Defects_Opened_SinceInputs = {
    time: NonNullable<unknown>;
};
export type Defects_OptionalInputs = {};
export type Defects_OverdueInputs = {};
export type Defects_Photo_AddedInputs = {};
export type Defects_Photo_ChooseInputs = {};
export type Defects_Photo_Too_LargeInputs = {};
export type Defects_Photo_View_OnlyInputs = {};
export type Defects_Photos_AddInputs = {};
export type Defects_Photos_ByInputs = {
    who: NonNullable<unknown>;
};
export type Defects_Photos_CaptionInputs = {};
export type Defects_Photos_Caption_LabelInputs = {};
export type Defects_Photos_HintInputs = {};
export type Defects_Photos_NoneInputs = {};
export type Defects_Photos_TitleInputs = {};
export type Defects_Photos_UploadInputs = {};
export type Defects_Photos_UploadingInputs = {};
export type Defects_Reopened_TimesInputs = {
    count: NonNullable<unknown>;
};
export type Defects_Resolve_MoreInputs = {};
export type Defects_SearchInputs = {};
export type Defects_Search_HintInputs = {};
export type Defects_ShowInputs = {};
export type Defects_SortInputs = {};
export type Defects_Sort_DueInputs = {};
export type Defects_Sort_NewestInputs = {};
export type Defects_Sort_OldestInputs = {};
export type Defects_Sort_SeverityInputs = {};
export type Defects_Source_CustomerInputs = {};
export type Defects_Source_SensorInputs = {};
export type Defects_Source_StaffInputs = {};
export type Defects_Source_SystemInputs = {};
export type Defects_Status_AcknowledgedInputs = {};
export type Defects_Status_On_HoldInputs = {};
export type Defects_Status_OpenInputs = {};
export type Defects_Status_ResolvedInputs = {};
export type Defects_Status_UnresolvedInputs = {};
export type Defects_Tick_AllInputs = {};
export type Defects_Tick_OneInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Defects_TimelineInputs = {};
export type Defects_TitleInputs = {};
export type Defects_Tl_AcknowledgedInputs = {};
export type Defects_Tl_AssignedInputs = {};
export type Defects_Tl_Assigned_ItInputs = {};
export type Defects_Tl_CommentInputs = {};
export type Defects_Tl_Comment_ByInputs = {};
export type Defects_Tl_EscalatedInputs = {};
export type Defects_Tl_NotifiedInputs = {};
export type Defects_Tl_On_HoldInputs = {};
export type Defects_Tl_OpenedInputs = {};
export type Defects_Tl_PhotoInputs = {};
export type Defects_Tl_ReopenedInputs = {};
export type Defects_Tl_ReportInputs = {};
export type Defects_Tl_ResolvedInputs = {};
export type Defects_Tl_ToInputs = {
    name: NonNullable<unknown>;
};
export type Defects_Tl_UnassignedInputs = {};
export type Defects_Tl_UndoneInputs = {};
export type Defects_ViaInputs = {
    kind: NonNullable<unknown>;
    device: NonNullable<unknown>;
};
export type Defects_View_OnlyInputs = {
    role: NonNullable<unknown>;
};
export type Defects_View_Only_WorkInputs = {
    role: NonNullable<unknown>;
};
export type Devices_Admin_RestoresInputs = {};
export type Devices_All_SitesInputs = {};
export type Devices_Col_BatteryInputs = {};
export type Devices_Col_DeviceInputs = {};
export type Devices_Col_KindInputs = {};
export type Devices_Col_Last_SeenInputs = {};
export type Devices_Col_MessagesInputs = {};
export type Devices_Col_PayloadInputs = {};
export type Devices_Col_ReasonInputs = {};
export type Devices_Col_RefusedInputs = {};
export type Devices_Col_SiteInputs = {};
export type Devices_Col_StateInputs = {};
export type Devices_Col_WhenInputs = {};
export type Devices_Col_WrongInputs = {};
export type Devices_CountInputs = {
    count: NonNullable<unknown>;
};
export type Devices_Detail_LineInputs = {
    kind: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Devices_Filter_SiteInputs = {};
export type Devices_Filter_StateInputs = {};
export type Devices_Kind_ButtonInputs = {};
export type Devices_Kind_SensorInputs = {};
export type Devices_Low_Battery_CountInputs = {
    count: NonNullable<unknown>;
};
export type Devices_Manage_HintInputs = {};
export type Devices_Managers_OnlyInputs = {};
export type Devices_New_SecretInputs = {
    device: NonNullable<unknown>;
};
export type Devices_No_RefusedInputs = {};
export type Devices_Offline_CountInputs = {
    count: NonNullable<unknown>;
};
export type Devices_Refusal_Asset_RetiredInputs = {
    asset: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Devices_Refusal_Bad_DeviceInputs = {};
export type Devices_Refusal_Bad_FieldInputs = {
    field: NonNullable<unknown>;
};
export type Devices_Refusal_Bad_JsonInputs = {};
export type Devices_Refusal_Bad_SiteInputs = {};
export type Devices_Refusal_Bad_StatusInputs = {};
export type Devices_Refusal_Bad_TopicInputs = {};
export type Devices_Refusal_Bad_Utf8Inputs = {};
export type Devices_Refusal_Health_Not_ProvisionedInputs = {
    device: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Devices_Refusal_Health_Not_WatchedInputs = {
    device: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Devices_Refusal_Missing_FieldInputs = {
    field: NonNullable<unknown>;
};
export type Devices_Refusal_No_CheckpointInputs = {
    device: NonNullable<unknown>;
    checkpoint: NonNullable<unknown>;
};
export type Devices_Refusal_Not_ObjectInputs = {};
export type Devices_Refusal_Not_ServedInputs = {
    device: NonNullable<unknown>;
    checkpoint: NonNullable<unknown>;
};
export type Devices_Refusal_Resolve_Not_ProvisionedInputs = {
    device: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Devices_Refusal_Resolve_Not_WatchedInputs = {
    device: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Devices_Refusal_RetiredInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Refusal_RevokedInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Refusal_Sensor_CheckinInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Refusal_Too_LargeInputs = {
    size: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Devices_Refusal_Unknown_DeviceInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Refusal_Unknown_KindInputs = {};
export type Devices_Refusal_Unplaced_LimitInputs = {
    asset: NonNullable<unknown>;
    site: NonNullable<unknown>;
    limit: NonNullable<unknown>;
};
export type Devices_Refusal_Wrong_DeviceInputs = {
    sender: NonNullable<unknown>;
    device: NonNullable<unknown>;
};
export type Devices_Refusal_Wrong_SiteInputs = {
    device: NonNullable<unknown>;
    site: NonNullable<unknown>;
    topicSite: NonNullable<unknown>;
};
export type Devices_Refused_CountInputs = {
    count: NonNullable<unknown>;
};
export type Devices_Refused_ShortInputs = {
    count: NonNullable<unknown>;
};
export type Devices_Restore_ExplainInputs = {};
export type Devices_Restore_NamedInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Restore_StepInputs = {};
export type Devices_Restored_LabelInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Restored_WarningInputs = {};
export type Devices_Revoke_ExplainInputs = {};
export type Devices_Revoke_NamedInputs = {
    device: NonNullable<unknown>;
};
export type Devices_Revoke_StepInputs = {};
export type Devices_Revoked_DoneInputs = {};
export type Devices_Revoked_Until_AdminInputs = {};
export type Devices_Rotate_ExplainInputs = {};
export type Devices_Rotate_NowInputs = {};
export type Devices_Rotate_StepInputs = {};
export type Devices_Rotated_WarningInputs = {};
export type Devices_Scope_AnyInputs = {};
export type Devices_Scope_Any_ResolvesInputs = {
    assets: NonNullable<unknown>;
};
export type Devices_Scope_NoneInputs = {};
export type Devices_Scope_Sensor_AnyInputs = {};
export type Devices_Scope_Sensor_WatchesInputs = {
    assets: NonNullable<unknown>;
};
export type Devices_Scope_ServesInputs = {
    checkpoints: NonNullable<unknown>;
};
export type Devices_Scope_Serves_AlsoInputs = {
    checkpoints: NonNullable<unknown>;
    assets: NonNullable<unknown>;
};
export type Devices_ShowInputs = {};
export type Devices_State_AnyInputs = {};
export type Devices_State_OfflineInputs = {};
export type Devices_State_OnlineInputs = {};
export type Devices_State_RevokedInputs = {};
export type Devices_Stored_CountInputs = {
    count: NonNullable<unknown>;
};
export type Devices_TabInputs = {};
export type Devices_TitleInputs = {};
export type Devices_WhichInputs = {};
export type Email_Assigned_HeadlineInputs = {
    name: NonNullable<unknown>;
    by: NonNullable<unknown>;
    whom: NonNullable<unknown>;
};
export type Email_Assigned_SubjectInputs = {
    whom: NonNullable<unknown>;
};
export type Email_Attention_HeadlineInputs = {
    name: NonNullable<unknown>;
    by: NonNullable<unknown>;
};
export type Email_Attention_SubjectInputs = {};
export type Email_By_Assignment_RuleInputs = {
    id: NonNullable<unknown>;
};
export type Email_By_RuleInputs = {
    name: NonNullable<unknown>;
};
export type Email_Customers_SeeInputs = {
    asset: NonNullable<unknown>;
};
export type Email_Escalated_HeadlineInputs = {
    name: NonNullable<unknown>;
    by: NonNullable<unknown>;
};
export type Email_Escalated_SubjectInputs = {};
export type Email_Fact_AssetInputs = {};
export type Email_Fact_Assigned_ByInputs = {};
export type Email_Fact_ChannelInputs = {};
export type Email_Fact_DefectInputs = {};
export type Email_Fact_DueInputs = {};
export type Email_Fact_FaultInputs = {};
export type Email_Fact_Found_ByInputs = {};
export type Email_Fact_OpenedInputs = {};
export type Email_Fact_RuleInputs = {};
export type Email_Fact_SentInputs = {};
export type Email_Fact_SeverityInputs = {};
export type Email_Fact_SiteInputs = {};
export type Email_Fact_ZoneInputs = {};
export type Email_Fixed_IntroInputs = {
    site: NonNullable<unknown>;
};
export type Email_Fixed_OnlyInputs = {};
export type Email_Fixed_ReferenceInputs = {};
export type Email_Fixed_SubjectInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
    site: NonNullable<unknown>;
    reference: NonNullable<unknown>;
};
export type Email_Fixed_ThanksInputs = {};
export type Email_Fixed_WhatInputs = {};
export type Email_Fixed_WhenInputs = {};
export type Email_Fixed_WhereInputs = {};
export type Email_Headline_EscalatedInputs = {
    level: NonNullable<unknown>;
    of: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Email_Headline_NewInputs = {
    severity: NonNullable<unknown>;
    level: NonNullable<unknown>;
    of: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
export type Email_Notice_SubjectInputs = {
    what: NonNullable<unknown>;
    severity: NonNullable<unknown>;
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
    zone: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Email_OpenInputs = {};
export type Email_Open_DefectInputs = {};
export type Email_Sent_ByInputs = {};
export type Email_Subject_EscalatedInputs = {
    severity: NonNullable<unknown>;
    site: NonNullable<unknown>;
    title: NonNullable<unknown>;
};
export type Email_Subject_NewInputs = {
    severity: NonNullable<unknown>;
    site: NonNullable<unknown>;
    title: NonNullable<unknown>;
};
export type Email_Test_HeadlineInputs = {};
export type Email_Test_SubjectInputs = {
    channel: NonNullable<unknown>;
};
export type Email_To_Team_ManagersInputs = {
    site: NonNullable<unknown>;
};
export type Email_To_Team_StaffInputs = {
    site: NonNullable<unknown>;
};
export type Email_To_YouInputs = {};
export type Email_Why_YouInputs = {};
export type Errors_Already_AcknowledgedInputs = {};
export type Errors_Already_AssignedInputs = {};
export type Errors_Already_On_HoldInputs = {};
export type Errors_Already_ResolvedInputs = {};
export type Errors_Asset_RetiredInputs = {};
export type Errors_Back_DefectsInputs = {};
export type Errors_Back_OverviewInputs = {};
export type Errors_Back_SitesInputs = {};
export type Errors_Bad_CredentialsInputs = {};
export type Errors_BusyInputs = {};
export type Errors_Check_FormInputs = {};
export type Errors_Clear_FiltersInputs = {};
export type Errors_ConflictInputs = {};
export type Errors_Device_RevokedInputs = {};
export type Errors_Due_In_PastInputs = {};
export type Errors_Field_AssigneeInputs = {};
export type Errors_Field_CategoryInputs = {};
export type Errors_Field_CauseInputs = {};
export type Errors_Field_DueInputs = {};
export type Errors_Field_EmailInputs = {};
export type Errors_Field_FromInputs = {};
export type Errors_Field_IdInputs = {};
export type Errors_Field_InvalidInputs = {
    field: NonNullable<unknown>;
};
export type Errors_Field_LanguageInputs = {};
export type Errors_Field_MissingInputs = {
    field: NonNullable<unknown>;
};
export type Errors_Field_NameInputs = {};
export type Errors_Field_Not_NumberInputs = {
    field: NonNullable<unknown>;
};
export type Errors_Field_NoteInputs = {};
export type Errors_Field_OtherInputs = {};
export type Errors_Field_PageInputs = {};
export type Errors_Field_PasswordInputs = {};
export type Errors_Field_PhoneInputs = {};
export type Errors_Field_ReasonInputs = {};
export type Errors_Field_SearchInputs = {};
export type Errors_Field_SeverityInputs = {};
export type Errors_Field_SiteInputs = {};
export type Errors_Field_SortInputs = {};
export type Errors_Field_SourceInputs = {};
export type Errors_Field_StatusInputs = {};
export type Errors_Field_ToInputs = {};
export type Errors_Field_Too_LongInputs = {
    field: NonNullable<unknown>;
};
export type Errors_Field_Too_ShortInputs = {
    field: NonNullable<unknown>;
};
export type Errors_Field_UsernameInputs = {};
export type Errors_Filter_UnknownInputs = {
    field: NonNullable<unknown>;
    value: NonNullable<unknown>;
};
export type Errors_ForbiddenInputs = {};
export type Errors_Guest_SorryInputs = {};
export type Errors_Guest_TitleInputs = {};
export type Errors_Has_HistoryInputs = {};
export type Errors_Invalid_AssigneeInputs = {};
export type Errors_Invalid_CauseInputs = {};
export type Errors_Last_AdminInputs = {};
export type Errors_No_Such_DefectInputs = {};
export type Errors_Not_FoundInputs = {};
export type Errors_Not_ResolvedInputs = {};
export type Errors_Open_DuplicateInputs = {};
export type Errors_Photo_Already_AttachedInputs = {};
export type Errors_Rate_LimitedInputs = {};
export type Errors_Rate_Limited_SecondsInputs = {
    count: NonNullable<unknown>;
};
export type Errors_Retired_ParentInputs = {};
export type Errors_Session_EndedInputs = {};
export type Errors_Site_Being_RemovedInputs = {};
export type Errors_Something_WrongInputs = {};
export type Errors_Title_400Inputs = {};
export type Errors_Title_403Inputs = {};
export type Errors_Title_404Inputs = {};
export type Errors_Title_429Inputs = {};
export type Errors_Title_503Inputs = {};
export type Errors_Title_OtherInputs = {};
export type Errors_Too_LargeInputs = {};
export type Errors_Try_AgainInputs = {};
export type Errors_Try_LaterInputs = {};
export type Errors_UnavailableInputs = {};
export type Errors_Undo_By_OtherInputs = {};
export type Errors_Undo_ExpiredInputs = {};
export type Errors_Unknown_DefectInputs = {
    id: NonNullable<unknown>;
};
export type Errors_Unknown_DeviceInputs = {
    id: NonNullable<unknown>;
};
export type Errors_Unknown_PageInputs = {
    path: NonNullable<unknown>;
};
export type Errors_Unknown_PhotoInputs = {
    id: NonNullable<unknown>;
};
export type Errors_Unknown_SiteInputs = {
    site: NonNullable<unknown>;
};
export type Errors_Unsupported_MediaInputs = {};
export type Errors_Username_TakenInputs = {};
export type Errors_Wrong_PasswordInputs = {};
export type Fault_Battery_LowInputs = {};
export type Fault_BrokenInputs = {};
export type Fault_Bulb_OutInputs = {};
export type Fault_Button_DeadInputs = {};
export type Fault_Device_OfflineInputs = {};
export type Fault_DirtyInputs = {};
export type Fault_FlickerInputs = {};
export type Fault_Inspection_OverdueInputs = {};
export type Fault_OtherInputs = {};
export type Fault_Out_Of_OrderInputs = {};
export type Fault_Sensor_SuspectInputs = {};
export type Fault_SignageInputs = {};
export type Fault_SpillInputs = {};
export type Fault_Supplies_EmptyInputs = {};
export type Insights_Ack_MedianInputs = {};
export type Insights_Ack_P90Inputs = {};
export type Insights_After_RoundInputs = {};
export type Insights_After_Round_HintInputs = {};
export type Insights_AssetInputs = {};
export type Insights_By_CategoryInputs = {};
export type Insights_CategoryInputs = {};
export type Insights_CaughtInputs = {};
export type Insights_Caught_ShareInputs = {};
export type Insights_CellInputs = {
    weekday: NonNullable<unknown>;
    hour: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Insights_ChainInputs = {};
export type Insights_CheckinsInputs = {};
export type Insights_Checks_Per_DayInputs = {};
export type Insights_CompareInputs = {};
export type Insights_Csv_MinutesInputs = {
    label: NonNullable<unknown>;
};
export type Insights_Csv_RefusedInputs = {};
export type Insights_Csv_ShareInputs = {
    label: NonNullable<unknown>;
};
export type Insights_CvInputs = {};
export type Insights_Cv_AlikeInputs = {};
export type Insights_Cv_ApartInputs = {};
export type Insights_Cv_NoneInputs = {};
export type Insights_Cv_SomeInputs = {};
export type Insights_DayInputs = {};
export type Insights_DefectsInputs = {};
export type Insights_Download_CsvInputs = {};
export type Insights_Far_AboveInputs = {};
export type Insights_Far_BelowInputs = {};
export type Insights_FinderInputs = {};
export type Insights_FindersInputs = {};
export type Insights_HourInputs = {};
export type Insights_IqrInputs = {};
export type Insights_Last_DaysInputs = {
    count: NonNullable<unknown>;
};
export type Insights_MeasureInputs = {};
export type Insights_Measure_Caughtbeforecustomers2Inputs = {};
export type Insights_Measure_Minutestoacknowledge2Inputs = {};
export type Insights_Measure_Minutestoresolve2Inputs = {};
export type Insights_Measure_Openedpersite2Inputs = {};
export type Insights_Measure_Repeatfailures1Inputs = {};
export type Insights_MedianInputs = {};
export type Insights_Median_P90Inputs = {
    median: NonNullable<unknown>;
    p90: NonNullable<unknown>;
};
export type Insights_OpenedInputs = {};
export type Insights_Per_DayInputs = {};
export type Insights_Per_Day_NoteInputs = {};
export type Insights_Q1Inputs = {};
export type Insights_Q3Inputs = {};
export type Insights_ReadingsInputs = {};
export type Insights_Repeat_FailuresInputs = {};
export type Insights_RepeatsInputs = {};
export type Insights_Repeats_NoneInputs = {};
export type Insights_Repeats_NoteInputs = {};
export type Insights_Resolve_MedianInputs = {};
export type Insights_Resolve_P90Inputs = {};
export type Insights_ResolvedInputs = {};
export type Insights_Sensor_SuspectsInputs = {};
export type Insights_Sensor_Suspects_HintInputs = {};
export type Insights_ShowInputs = {};
export type Insights_Show_TableInputs = {};
export type Insights_SiteInputs = {};
export type Insights_Source_CustomerInputs = {};
export type Insights_Source_SensorInputs = {};
export type Insights_Source_StaffInputs = {};
export type Insights_Spread_CvInputs = {
    cv: NonNullable<unknown>;
    judgement: NonNullable<unknown>;
};
export type Insights_Spread_EmptyInputs = {};
export type Insights_Spread_HighInputs = {
    sites: NonNullable<unknown>;
};
export type Insights_Spread_IqrInputs = {
    low: NonNullable<unknown>;
    high: NonNullable<unknown>;
    range: NonNullable<unknown>;
};
export type Insights_Spread_LowInputs = {
    sites: NonNullable<unknown>;
};
export type Insights_Spread_NoneInputs = {};
export type Insights_Spread_TitleInputs = {};
export type Insights_Spread_WhyInputs = {};
export type Insights_TimesInputs = {};
export type Insights_Times_NoteInputs = {};
export type Insights_TitleInputs = {};
export type Insights_To_AckInputs = {};
export type Insights_To_ResolveInputs = {};
export type Insights_WeekdayInputs = {};
export type Insights_WhenInputs = {};
export type Insights_When_NoteInputs = {};
export type Insights_WindowInputs = {};
export type Layout_Account_TitleInputs = {};
export type Layout_BuildInputs = {
    version: NonNullable<unknown>;
};
export type Layout_Build_CommitInputs = {
    version: NonNullable<unknown>;
    commit: NonNullable<unknown>;
};
export type Layout_Health_DoInputs = {
    action: NonNullable<unknown>;
};
export type Layout_Health_FailInputs = {};
export type Layout_Health_LabelInputs = {};
export type Layout_Health_SinceInputs = {
    when: NonNullable<unknown>;
    ago: NonNullable<unknown>;
};
export type Layout_Health_WarnInputs = {};
export type Layout_LiveInputs = {};
export type Layout_Live_TitleInputs = {};
export type Layout_MenuInputs = {};
export type Layout_Menu_UnreadInputs = {
    count: NonNullable<unknown>;
};
export type Layout_Nav_AdminInputs = {};
export type Layout_Nav_AuditInputs = {};
export type Layout_Nav_Daily_ReportInputs = {};
export type Layout_Nav_DefectsInputs = {};
export type Layout_Nav_DevicesInputs = {};
export type Layout_Nav_ExportInputs = {};
export type Layout_Nav_InsightsInputs = {};
export type Layout_Nav_LabelInputs = {};
export type Layout_Nav_NotificationsInputs = {};
export type Layout_Nav_OverviewInputs = {};
export type Layout_Nav_SetupInputs = {};
export type Layout_Nav_TokensInputs = {};
export type Layout_Nav_UsersInputs = {};
export type Layout_Nav_Wall_BoardInputs = {};
export type Layout_Nav_WorkInputs = {};
export type Layout_New_DefectInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Layout_New_Defects_MoreInputs = {
    count: NonNullable<unknown>;
};
export type Layout_NoticesInputs = {};
export type Layout_Notices_TitleInputs = {};
export type Layout_Offline_BodyInputs = {};
export type Layout_Offline_HeadingInputs = {};
export type Layout_Offline_Page_TitleInputs = {};
export type Layout_Offline_RetryInputs = {};
export type Layout_ReconnectingInputs = {};
export type Layout_Reconnecting_TitleInputs = {};
export type Layout_Role_AdminInputs = {};
export type Layout_Role_ManagerInputs = {};
export type Layout_Role_StaffInputs = {};
export type Layout_Role_ViewerInputs = {};
export type Layout_Sign_InInputs = {};
export type Layout_Sign_OutInputs = {};
export type Layout_SkipInputs = {};
export type None_DashInputs = {};
export type Overview_All_FineInputs = {
    count: NonNullable<unknown>;
};
export type Overview_Demo_TagInputs = {};
export type Overview_Demo_Tag_TitleInputs = {};
export type Overview_Need_ActionInputs = {
    count: NonNullable<unknown>;
};
export type Overview_NewsInputs = {
    severity: NonNullable<unknown>;
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Overview_News_CustomerInputs = {
    severity: NonNullable<unknown>;
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Overview_No_SitesInputs = {};
export type Overview_SummaryInputs = {
    sites: NonNullable<unknown>;
    needAction: NonNullable<unknown>;
    withOpen: NonNullable<unknown>;
    allFine: NonNullable<unknown>;
};
export type Overview_TabInputs = {};
export type Overview_Tile_ChecksInputs = {};
export type Overview_Tile_Devices_OffInputs = {};
export type Overview_Tile_HighInputs = {};
export type Overview_Tile_MoreInputs = {
    count: NonNullable<unknown>;
};
export type Overview_Tile_NewInputs = {};
export type Overview_Tile_NowInputs = {};
export type Overview_Tile_OldestInputs = {};
export type Overview_Tile_OpenInputs = {};
export type Overview_Tile_OverdueInputs = {};
export type Overview_Tile_Overdue_TagInputs = {};
export type Overview_Tile_WorstInputs = {};
export type Overview_TitleInputs = {};
export type Overview_With_OpenInputs = {
    count: NonNullable<unknown>;
};
export type Qr_Ago_DaysInputs = {
    count: NonNullable<unknown>;
};
export type Qr_Ago_HoursInputs = {
    count: NonNullable<unknown>;
};
export type Qr_Ago_MinutesInputs = {
    count: NonNullable<unknown>;
};
export type Qr_Ago_MomentInputs = {};
export type Qr_All_LabelsInputs = {
    site: NonNullable<unknown>;
};
export type Qr_AlreadyInputs = {
    ago: NonNullable<unknown>;
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Qr_Already_TitleInputs = {};
export type Qr_Back_ToInputs = {
    site: NonNullable<unknown>;
};
export type Qr_Bad_EmailInputs = {};
export type Qr_ChooseInputs = {};
export type Qr_EmailInputs = {};
export type Qr_Email_PlaceholderInputs = {};
export type Qr_Email_PromiseInputs = {};
export type Qr_Fault_BrokenInputs = {};
export type Qr_Fault_Bulb_OutInputs = {};
export type Qr_Fault_Button_DeadInputs = {};
export type Qr_Fault_DirtyInputs = {};
export type Qr_Fault_FlickerInputs = {};
export type Qr_Fault_OtherInputs = {};
export type Qr_Fault_Out_Of_OrderInputs = {};
export type Qr_Fault_SignageInputs = {};
export type Qr_Fault_SpillInputs = {};
export type Qr_Fault_Supplies_EmptyInputs = {};
export type Qr_InvalidInputs = {};
export type Qr_No_Such_AssetInputs = {
    asset: NonNullable<unknown>;
};
export type Qr_Not_ThroughInputs = {};
export type Qr_NoteInputs = {};
export type Qr_Note_PlaceholderInputs = {};
export type Qr_PhotoInputs = {};
export type Qr_Photo_FailedInputs = {};
export type Qr_Photo_Too_BigInputs = {};
export type Qr_Photo_UnreadableInputs = {};
export type Qr_Poster_ScanInputs = {
    asset: NonNullable<unknown>;
    zone: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Qr_Poster_TitleInputs = {};
export type Qr_PrintInputs = {};
export type Qr_ReferenceInputs = {};
export type Qr_Reporting_As_StaffInputs = {};
export type Qr_RevokeInputs = {};
export type Qr_Revoke_ExplainInputs = {
    asset: NonNullable<unknown>;
};
export type Qr_Revoke_SummaryInputs = {};
export type Qr_RotatedInputs = {};
export type Qr_Staff_Not_ThroughInputs = {
    reason: NonNullable<unknown>;
};
export type Qr_ThanksInputs = {};
export type Qr_TitleInputs = {
    asset: NonNullable<unknown>;
};
export type Qr_ToldInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Qr_Too_ManyInputs = {};
export type Qr_What_Is_WrongInputs = {};
export type Qr_Will_EmailInputs = {};
export type Reports_All_SitesInputs = {};
export type Reports_CaughtInputs = {
    share: NonNullable<unknown>;
};
export type Reports_Caught_ShortInputs = {
    share: NonNullable<unknown>;
};
export type Reports_Col_DefectInputs = {};
export type Reports_Col_Found_ByInputs = {};
export type Reports_Col_Open_ForInputs = {};
export type Reports_Col_OpenedInputs = {};
export type Reports_Col_SeverityInputs = {};
export type Reports_Col_StateInputs = {};
export type Reports_Day_HintInputs = {};
export type Reports_Day_LabelInputs = {};
export type Reports_Defect_LineInputs = {
    id: NonNullable<unknown>;
    severity: NonNullable<unknown>;
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
    zone: NonNullable<unknown>;
    opened: NonNullable<unknown>;
    who: NonNullable<unknown>;
    status: NonNullable<unknown>;
    open_for: NonNullable<unknown>;
};
export type Reports_Export_AuditInputs = {};
export type Reports_Export_Audit_TextInputs = {};
export type Reports_Export_BackwardsInputs = {};
export type Reports_Export_ChooseInputs = {};
export type Reports_Export_ColumnsInputs = {};
export type Reports_Export_Columns_NoteInputs = {};
export type Reports_Export_CsvInputs = {};
export type Reports_Export_DefectsInputs = {};
export type Reports_Export_Defects_TextInputs = {};
export type Reports_Export_DownloadInputs = {};
export type Reports_Export_EventsInputs = {};
export type Reports_Export_Events_TextInputs = {};
export type Reports_Export_FormatInputs = {};
export type Reports_Export_FromInputs = {};
export type Reports_Export_InspectionsInputs = {};
export type Reports_Export_Inspections_TextInputs = {};
export type Reports_Export_IntroInputs = {};
export type Reports_Export_JsonlInputs = {};
export type Reports_Export_Last_30Inputs = {};
export type Reports_Export_Last_QuarterInputs = {};
export type Reports_Export_No_SiteInputs = {};
export type Reports_Export_None_TickedInputs = {
    count: NonNullable<unknown>;
};
export type Reports_Export_Only_SiteInputs = {
    site: NonNullable<unknown>;
};
export type Reports_Export_PeriodInputs = {};
export type Reports_Export_ProblemInputs = {
    problem: NonNullable<unknown>;
};
export type Reports_Export_SitesInputs = {};
export type Reports_Export_TabInputs = {};
export type Reports_Export_This_YearInputs = {};
export type Reports_Export_TimelineInputs = {};
export type Reports_Export_Timeline_TextInputs = {};
export type Reports_Export_TitleInputs = {};
export type Reports_Export_ToInputs = {};
export type Reports_Export_Utc_DaysInputs = {};
export type Reports_Export_WhatInputs = {};
export type Reports_Failed_CountInputs = {
    count: NonNullable<unknown>;
};
export type Reports_Failed_HeadingInputs = {};
export type Reports_First_MostInputs = {
    list: NonNullable<unknown>;
};
export type Reports_Found_FirstInputs = {
    sensor: NonNullable<unknown>;
    staff: NonNullable<unknown>;
    customer: NonNullable<unknown>;
    system: NonNullable<unknown>;
};
export type Reports_Mail_TitleInputs = {
    date: NonNullable<unknown>;
    scope: NonNullable<unknown>;
};
export type Reports_No_SitesInputs = {};
export type Reports_NoneInputs = {};
export type Reports_Open_CountInputs = {
    count: NonNullable<unknown>;
};
export type Reports_Open_HeadingInputs = {};
export type Reports_Overdue_CheckedInputs = {
    name: NonNullable<unknown>;
    zone: NonNullable<unknown>;
    since: NonNullable<unknown>;
    checked: NonNullable<unknown>;
};
export type Reports_Overdue_CountInputs = {
    count: NonNullable<unknown>;
};
export type Reports_Overdue_HeadingInputs = {};
export type Reports_Overdue_UncheckedInputs = {
    name: NonNullable<unknown>;
    zone: NonNullable<unknown>;
    since: NonNullable<unknown>;
};
export type Reports_ShowInputs = {};
export type Reports_Site_LabelInputs = {};
export type Reports_Source_CustomerInputs = {};
export type Reports_Source_SensorInputs = {};
export type Reports_Source_StaffInputs = {};
export type Reports_Source_SystemInputs = {};
export type Reports_Status_AcknowledgedInputs = {};
export type Reports_Status_On_HoldInputs = {};
export type Reports_Status_OpenInputs = {};
export type Reports_Status_ResolvedInputs = {};
export type Reports_TitleInputs = {};
export type Setup_Add_AssetInputs = {};
export type Setup_Add_Asset_ToInputs = {
    zone: NonNullable<unknown>;
};
export type Setup_Add_Assets_FirstInputs = {};
export type Setup_Add_CheckpointInputs = {};
export type Setup_Add_Checkpoint_ToInputs = {
    zone: NonNullable<unknown>;
};
export type Setup_Add_DeviceInputs = {};
export type Setup_Add_Device_SummaryInputs = {};
export type Setup_Add_ZoneInputs = {};
export type Setup_Add_Zone_SummaryInputs = {};
export type Setup_Asg_AddInputs = {};
export type Setup_Asg_AddedInputs = {};
export type Setup_Asg_All_OfInputs = {
    category: NonNullable<unknown>;
};
export type Setup_Asg_Bad_FormInputs = {};
export type Setup_Asg_ChooseInputs = {};
export type Setup_Asg_Choose_OptionInputs = {};
export type Setup_Asg_Choose_WhoInputs = {};
export type Setup_Asg_Col_DefectsInputs = {};
export type Setup_Asg_Col_Go_ToInputs = {};
export type Setup_Asg_Col_MadeInputs = {};
export type Setup_Asg_Col_ZoneInputs = {};
export type Setup_Asg_DeleteInputs = {};
export type Setup_Asg_DeletedInputs = {};
export type Setup_Asg_Every_DefectInputs = {};
export type Setup_Asg_Every_ZoneInputs = {};
export type Setup_Asg_Every_Zone_OfInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Asg_IntroInputs = {};
export type Setup_Asg_Made_ByInputs = {
    when: NonNullable<unknown>;
    who: NonNullable<unknown>;
};
export type Setup_Asg_NewInputs = {};
export type Setup_Asg_No_SitesInputs = {};
export type Setup_Asg_NoneInputs = {};
export type Setup_Asg_PeopleInputs = {};
export type Setup_Asg_TeamsInputs = {};
export type Setup_Asg_TitleInputs = {};
export type Setup_Asg_WhichInputs = {};
export type Setup_Asg_Which_HintInputs = {};
export type Setup_Asg_Which_RuleInputs = {};
export type Setup_Asset_AddedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Asset_PlaceholderInputs = {};
export type Setup_Asset_SavedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Assets_CoveredInputs = {};
export type Setup_Assignment_LinkInputs = {};
export type Setup_CancelInputs = {};
export type Setup_CategoryInputs = {};
export type Setup_Checkpoint_AddedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Checkpoint_PlaceholderInputs = {};
export type Setup_Checkpoint_SavedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_CheckpointsInputs = {};
export type Setup_Checkpoints_HintInputs = {};
export type Setup_Col_CheckpointsInputs = {};
export type Setup_Col_DeviceInputs = {};
export type Setup_Col_DevicesInputs = {};
export type Setup_Col_HeardInputs = {};
export type Setup_Col_KindInputs = {};
export type Setup_Col_LanguageInputs = {};
export type Setup_Col_SiteInputs = {};
export type Setup_Col_StateInputs = {};
export type Setup_Col_TimezoneInputs = {};
export type Setup_Conn_BothInputs = {};
export type Setup_Conn_CommandsInputs = {};
export type Setup_Conn_HostInputs = {};
export type Setup_Conn_Host_UnknownInputs = {};
export type Setup_Conn_LivenessInputs = {};
export type Setup_Conn_Liveness_HintInputs = {};
export type Setup_Conn_Mqtt_TlsInputs = {};
export type Setup_Conn_NoneInputs = {};
export type Setup_Conn_PortInputs = {};
export type Setup_Conn_PublishesInputs = {};
export type Setup_Conn_Tls_NoneInputs = {};
export type Setup_Conn_Tls_OfferedInputs = {};
export type Setup_Conn_TryInputs = {};
export type Setup_Conn_UsernameInputs = {};
export type Setup_CoversInputs = {
    assets: NonNullable<unknown>;
};
export type Setup_Create_SiteInputs = {};
export type Setup_Cred_DownloadInputs = {};
export type Setup_Cred_LabelInputs = {
    device: NonNullable<unknown>;
};
export type Setup_Cred_Secret_OfInputs = {
    device: NonNullable<unknown>;
};
export type Setup_Cred_WarningInputs = {};
export type Setup_Danger_HeadingInputs = {};
export type Setup_Day_ClosesInputs = {
    day: NonNullable<unknown>;
};
export type Setup_Day_FriInputs = {};
export type Setup_Day_MonInputs = {};
export type Setup_Day_OpensInputs = {
    day: NonNullable<unknown>;
};
export type Setup_Day_SatInputs = {};
export type Setup_Day_SunInputs = {};
export type Setup_Day_ThuInputs = {};
export type Setup_Day_TueInputs = {};
export type Setup_Day_WedInputs = {};
export type Setup_DeleteInputs = {};
export type Setup_Delete_SiteInputs = {};
export type Setup_Delete_Site_ExplainInputs = {};
export type Setup_Delete_SummaryInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Delete_ZoneInputs = {};
export type Setup_Delete_Zone_HintInputs = {};
export type Setup_DeletedInputs = {
    thing: NonNullable<unknown>;
    parts: NonNullable<unknown>;
};
export type Setup_DemoInputs = {};
export type Setup_Dev_Choose_SiteInputs = {};
export type Setup_Dev_ConnectsInputs = {};
export type Setup_Dev_DeleteInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Dev_Delete_ExplainInputs = {};
export type Setup_Dev_Delete_SummaryInputs = {};
export type Setup_Dev_Heard_HintInputs = {};
export type Setup_Dev_Its_MessagesInputs = {};
export type Setup_Dev_Kind_AtInputs = {
    kind: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Setup_Dev_Last_HeardInputs = {
    when: NonNullable<unknown>;
};
export type Setup_Dev_Last_RefusalInputs = {
    when: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
export type Setup_Dev_ManageInputs = {};
export type Setup_Dev_MessagesInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Dev_MoveInputs = {};
export type Setup_Dev_Move_ExplainInputs = {};
export type Setup_Dev_Move_SummaryInputs = {};
export type Setup_Dev_Move_ToInputs = {};
export type Setup_Dev_MovedInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Dev_NeverInputs = {};
export type Setup_Dev_No_AssetsInputs = {};
export type Setup_Dev_RefusedInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Dev_RestoreInputs = {};
export type Setup_Dev_RestoredInputs = {};
export type Setup_Dev_RetireInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Dev_Retire_ExplainInputs = {};
export type Setup_Dev_Retire_SummaryInputs = {};
export type Setup_Dev_RetiredInputs = {};
export type Setup_Dev_RevokeInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Dev_Revoke_ExplainInputs = {};
export type Setup_Dev_Revoke_SummaryInputs = {};
export type Setup_Dev_RevokedInputs = {};
export type Setup_Dev_Revoked_NoteInputs = {};
export type Setup_Dev_Rotate_ExplainInputs = {};
export type Setup_Dev_Rotate_NowInputs = {};
export type Setup_Dev_Rotate_SummaryInputs = {};
export type Setup_Dev_RotatedInputs = {};
export type Setup_Dev_SaveInputs = {};
export type Setup_Dev_SavedInputs = {};
export type Setup_Dev_Secret_HintInputs = {};
export type Setup_Dev_SettingsInputs = {};
export type Setup_Dev_TitleInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Dev_UnrevokeInputs = {};
export type Setup_Dev_UnrevokedInputs = {};
export type Setup_Device_AddedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Device_Id_ExistsInputs = {
    id: NonNullable<unknown>;
};
export type Setup_Device_PlaceholderInputs = {};
export type Setup_DevicesInputs = {};
export type Setup_EditInputs = {};
export type Setup_Err_Address_LongInputs = {};
export type Setup_Err_Check_FieldsInputs = {};
export type Setup_Err_Choose_CategoryInputs = {};
export type Setup_Err_Choose_KindInputs = {};
export type Setup_Err_Choose_LanguageInputs = {};
export type Setup_Err_Date_LineInputs = {
    line: NonNullable<unknown>;
    entry: NonNullable<unknown>;
};
export type Setup_Err_Date_OvernightInputs = {
    line: NonNullable<unknown>;
    entry: NonNullable<unknown>;
};
export type Setup_Err_Date_TwiceInputs = {
    date: NonNullable<unknown>;
};
export type Setup_Err_Day_HoursInputs = {};
export type Setup_Err_Field_RefusedInputs = {};
export type Setup_Err_Id_FormatInputs = {};
export type Setup_Err_Id_NoneInputs = {};
export type Setup_Err_Id_TakenInputs = {
    id: NonNullable<unknown>;
};
export type Setup_Err_MinutesInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Setup_Err_Name_EmptyInputs = {};
export type Setup_Err_Name_LongInputs = {};
export type Setup_Err_RefusedInputs = {};
export type Setup_Err_SecondsInputs = {
    min: NonNullable<unknown>;
    max: NonNullable<unknown>;
};
export type Setup_Err_ServesInputs = {};
export type Setup_Err_TimezoneInputs = {};
export type Setup_Err_Which_SiteInputs = {};
export type Setup_Every_HoursInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Every_MinutesInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Export_CsvInputs = {};
export type Setup_Export_JsonInputs = {};
export type Setup_Form_AddressInputs = {};
export type Setup_Form_AlwaysInputs = {};
export type Setup_Form_DatesInputs = {};
export type Setup_Form_Dates_HintInputs = {};
export type Setup_Form_HoursInputs = {};
export type Setup_Form_Hours_HintInputs = {};
export type Setup_Form_IdInputs = {};
export type Setup_Form_Id_HintInputs = {};
export type Setup_Form_LanguageInputs = {};
export type Setup_Form_Language_HintInputs = {};
export type Setup_Form_NameInputs = {};
export type Setup_Form_TimezoneInputs = {};
export type Setup_Form_Week_HintInputs = {};
export type Setup_Form_WeeklyInputs = {};
export type Setup_Form_Zones_AllInputs = {};
export type Setup_Form_Zones_NearInputs = {};
export type Setup_Guests_QrInputs = {};
export type Setup_Guests_ReportInputs = {};
export type Setup_Heard_SecondsInputs = {};
export type Setup_Help_ColumnsInputs = {};
export type Setup_Help_Hours_OrInputs = {};
export type Setup_Help_IdsInputs = {};
export type Setup_Help_Ids_SpacesInputs = {};
export type Setup_Help_IntroInputs = {};
export type Setup_Help_MoreInputs = {};
export type Setup_Help_One_BadInputs = {};
export type Setup_Help_One_Bad_AfterInputs = {};
export type Setup_Help_SeparatorsInputs = {};
export type Setup_Help_ServesInputs = {};
export type Setup_Help_TitleInputs = {};
export type Setup_Help_Yes_NoInputs = {};
export type Setup_IdInputs = {};
export type Setup_Id_PlaceholderInputs = {};
export type Setup_Imp_AppliesInputs = {
    created: NonNullable<unknown>;
    changed: NonNullable<unknown>;
};
export type Setup_Imp_ChangedInputs = {};
export type Setup_Imp_ChangesInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_Choose_FileInputs = {};
export type Setup_Imp_Col_IdInputs = {};
export type Setup_Imp_Col_KindInputs = {};
export type Setup_Imp_Col_LineInputs = {};
export type Setup_Imp_Col_SiteInputs = {};
export type Setup_Imp_Col_WhatInputs = {};
export type Setup_Imp_ColumnInputs = {
    field: NonNullable<unknown>;
};
export type Setup_Imp_Created_ListInputs = {
    list: NonNullable<unknown>;
};
export type Setup_Imp_Csv_FileInputs = {};
export type Setup_Imp_DoneInputs = {
    name: NonNullable<unknown>;
    created: NonNullable<unknown>;
    changed: NonNullable<unknown>;
    unchanged: NonNullable<unknown>;
};
export type Setup_Imp_DownloadInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Imp_Download_SecretsInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_EmptyInputs = {};
export type Setup_Imp_Err_At_LeastInputs = {
    min: NonNullable<unknown>;
};
export type Setup_Imp_Err_At_Least_MinutesInputs = {
    min: NonNullable<unknown>;
};
export type Setup_Imp_Err_At_Least_SecondsInputs = {
    min: NonNullable<unknown>;
};
export type Setup_Imp_Err_At_MostInputs = {
    max: NonNullable<unknown>;
};
export type Setup_Imp_Err_At_Most_MinutesInputs = {
    max: NonNullable<unknown>;
};
export type Setup_Imp_Err_At_Most_SecondsInputs = {
    max: NonNullable<unknown>;
};
export type Setup_Imp_Err_Bad_HoursInputs = {
    value: NonNullable<unknown>;
};
export type Setup_Imp_Err_Bad_IdInputs = {};
export type Setup_Imp_Err_Column_Not_Of_KindInputs = {
    column: NonNullable<unknown>;
};
export type Setup_Imp_Err_Column_TwiceInputs = {
    column: NonNullable<unknown>;
};
export type Setup_Imp_Err_Columns_AmbiguousInputs = {
    kinds: NonNullable<unknown>;
};
export type Setup_Imp_Err_Columns_Fit_NothingInputs = {};
export type Setup_Imp_Err_Day_TwiceInputs = {
    day: NonNullable<unknown>;
};
export type Setup_Imp_Err_Duplicate_IdInputs = {
    id: NonNullable<unknown>;
    line: NonNullable<unknown>;
};
export type Setup_Imp_Err_EmptyInputs = {};
export type Setup_Imp_Err_Id_MissingInputs = {};
export type Setup_Imp_Err_Kind_MissingInputs = {
    kinds: NonNullable<unknown>;
};
export type Setup_Imp_Err_Kind_Not_Of_FileInputs = {
    value: NonNullable<unknown>;
    sheet: NonNullable<unknown>;
};
export type Setup_Imp_Err_No_HeaderInputs = {
    columns: NonNullable<unknown>;
};
export type Setup_Imp_Err_No_Id_ColumnInputs = {};
export type Setup_Imp_Err_Not_Yes_NoInputs = {};
export type Setup_Imp_Err_One_OfInputs = {
    options: NonNullable<unknown>;
};
export type Setup_Imp_Err_Required_NewInputs = {};
export type Setup_Imp_Err_Sensor_ServesInputs = {};
export type Setup_Imp_Err_Site_RequiredInputs = {};
export type Setup_Imp_Err_Site_Required_DeviceInputs = {};
export type Setup_Imp_Err_Stray_CellInputs = {};
export type Setup_Imp_Err_Too_LongInputs = {
    max: NonNullable<unknown>;
};
export type Setup_Imp_Err_Too_Long_HasInputs = {
    max: NonNullable<unknown>;
    length: NonNullable<unknown>;
};
export type Setup_Imp_Err_Too_Many_IdsInputs = {
    max: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unclosed_QuoteInputs = {};
export type Setup_Imp_Err_Unknown_AssetsInputs = {
    count: NonNullable<unknown>;
    site: NonNullable<unknown>;
    ids: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unknown_CheckpointsInputs = {
    count: NonNullable<unknown>;
    site: NonNullable<unknown>;
    ids: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unknown_ColumnInputs = {
    column: NonNullable<unknown>;
    columns: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unknown_Row_KindInputs = {
    value: NonNullable<unknown>;
    kinds: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unknown_SiteInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Imp_Err_Unknown_ZoneInputs = {
    zone: NonNullable<unknown>;
    site: NonNullable<unknown>;
};
export type Setup_Imp_Err_Whole_MinutesInputs = {};
export type Setup_Imp_Err_Whole_SecondsInputs = {};
export type Setup_Imp_ErrorsInputs = {};
export type Setup_Imp_Export_CsvInputs = {};
export type Setup_Imp_Export_Csv_HintInputs = {};
export type Setup_Imp_Export_JsonInputs = {};
export type Setup_Imp_Export_Json_HintInputs = {};
export type Setup_Imp_FilesInputs = {};
export type Setup_Imp_Header_LineInputs = {};
export type Setup_Imp_HeadingInputs = {};
export type Setup_Imp_Host_UnknownInputs = {};
export type Setup_Imp_Import_ChangesInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_ImportingInputs = {};
export type Setup_Imp_IntroInputs = {};
export type Setup_Imp_LineInputs = {
    line: NonNullable<unknown>;
};
export type Setup_Imp_N_AssetInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_CheckpointInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_DeviceInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_Rows_ChangedInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_Rows_UnchangedInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_SiteInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_N_ZoneInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_New_ObjectsInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_Not_Utf8Inputs = {
    file: NonNullable<unknown>;
};
export type Setup_Imp_NothingInputs = {};
export type Setup_Imp_Nothing_DoneInputs = {};
export type Setup_Imp_Nothing_NewInputs = {};
export type Setup_Imp_Or_PasteInputs = {};
export type Setup_Imp_Pasted_TextInputs = {};
export type Setup_Imp_PreviewInputs = {};
export type Setup_Imp_Preview_FileInputs = {};
export type Setup_Imp_Preview_FirstInputs = {};
export type Setup_Imp_Preview_OfInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Imp_ProblemsInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_Problems_HintInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_ReadingInputs = {};
export type Setup_Imp_RowsInputs = {};
export type Setup_Imp_Secrets_ColumnsInputs = {};
export type Setup_Imp_Secrets_OnceInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Imp_TemplateInputs = {};
export type Setup_Imp_Template_HintInputs = {};
export type Setup_Imp_The_FileInputs = {};
export type Setup_Imp_TitleInputs = {};
export type Setup_Imp_To_ChangeInputs = {};
export type Setup_Imp_To_CreateInputs = {};
export type Setup_Imp_UnchangedInputs = {};
export type Setup_Imp_Unchanged_CountInputs = {};
export type Setup_Imp_Will_ChangeInputs = {};
export type Setup_Imp_Will_CreateInputs = {};
export type Setup_Imp_Writes_NothingInputs = {};
export type Setup_Import_LinkInputs = {};
export type Setup_Interval_MinutesInputs = {};
export type Setup_Intro_AdminInputs = {};
export type Setup_Intro_ManagerInputs = {};
export type Setup_KindInputs = {};
export type Setup_Kind_ButtonInputs = {};
export type Setup_Kind_Button_LongInputs = {};
export type Setup_Kind_SensorInputs = {};
export type Setup_Kind_Sensor_LongInputs = {};
export type Setup_Mqtt_UsernameInputs = {};
export type Setup_NameInputs = {};
export type Setup_New_SiteInputs = {};
export type Setup_New_Site_NextInputs = {};
export type Setup_No_AssetsInputs = {};
export type Setup_No_Assets_CoveredInputs = {};
export type Setup_No_DevicesInputs = {};
export type Setup_No_SitesInputs = {};
export type Setup_No_Sites_Admin_AfterInputs = {};
export type Setup_No_Sites_Admin_BeforeInputs = {};
export type Setup_No_Sites_Admin_OrInputs = {};
export type Setup_No_Sites_ImportInputs = {};
export type Setup_No_Sites_ManagerInputs = {};
export type Setup_No_ZonesInputs = {};
export type Setup_Nothing_ElseInputs = {};
export type Setup_OpenInputs = {};
export type Setup_Open_BoardInputs = {};
export type Setup_Open_CountInputs = {
    count: NonNullable<unknown>;
};
export type Setup_OptionalInputs = {};
export type Setup_Page_TitleInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Print_LabelsInputs = {};
export type Setup_RenameInputs = {};
export type Setup_Rename_Retire_DeleteInputs = {};
export type Setup_RestoreInputs = {};
export type Setup_Restore_ButtonInputs = {};
export type Setup_Restore_SiteInputs = {};
export type Setup_RestoredInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Restored_DoneInputs = {
    thing: NonNullable<unknown>;
};
export type Setup_Retire_AssetInputs = {};
export type Setup_Retire_CheckpointInputs = {};
export type Setup_Retire_SiteInputs = {};
export type Setup_Retire_Site_ExplainInputs = {};
export type Setup_Retire_SummaryInputs = {
    site: NonNullable<unknown>;
};
export type Setup_Retire_ZoneInputs = {};
export type Setup_Retire_Zone_HintInputs = {};
export type Setup_Retired_ClosedInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Retired_DoneInputs = {
    thing: NonNullable<unknown>;
};
export type Setup_Retired_HeadingInputs = {};
export type Setup_Retired_HintInputs = {};
export type Setup_Retired_IntroInputs = {};
export type Setup_Retired_TitleInputs = {};
export type Setup_Row_AssetInputs = {
    name: NonNullable<unknown>;
    zone: NonNullable<unknown>;
};
export type Setup_Row_CheckpointInputs = {
    name: NonNullable<unknown>;
    zone: NonNullable<unknown>;
};
export type Setup_Row_DeviceInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Row_ZoneInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Save_AssetInputs = {};
export type Setup_Save_CheckpointInputs = {};
export type Setup_Save_SiteInputs = {};
export type Setup_SecondsInputs = {
    count: NonNullable<unknown>;
};
export type Setup_Secret_Once_HintInputs = {};
export type Setup_ServesInputs = {};
export type Setup_Serves_AllInputs = {};
export type Setup_Serves_HintInputs = {};
export type Setup_Serves_NoneInputs = {};
export type Setup_Serves_SomeInputs = {};
export type Setup_Set_UpInputs = {};
export type Setup_Site_CreatedInputs = {};
export type Setup_Site_SavedInputs = {};
export type Setup_State_OfflineInputs = {};
export type Setup_State_OnlineInputs = {};
export type Setup_State_RevokedInputs = {};
export type Setup_Tag_RetiredInputs = {};
export type Setup_The_SiteInputs = {};
export type Setup_Thing_AssetInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Thing_CheckpointInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Thing_DeviceInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Thing_SiteInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Thing_ZoneInputs = {
    name: NonNullable<unknown>;
};
export type Setup_TitleInputs = {};
export type Setup_WatchesInputs = {};
export type Setup_Watches_HintInputs = {};
export type Setup_ZoneInputs = {};
export type Setup_Zone_AddedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Zone_PlaceholderInputs = {};
export type Setup_Zone_SavedInputs = {
    name: NonNullable<unknown>;
};
export type Setup_Zones_AssetsInputs = {};
export type Severity_HighInputs = {};
export type Severity_LowInputs = {};
export type Severity_MediumInputs = {};
export type Site_Asset_OkInputs = {};
export type Site_AssetsInputs = {
    ok: NonNullable<unknown>;
    defect: NonNullable<unknown>;
    unknown: NonNullable<unknown>;
};
export type Site_Caught_BeforeInputs = {};
export type Site_CheckpointInputs = {
    name: NonNullable<unknown>;
    interval: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
export type Site_Checkpoint_AgoInputs = {
    age: NonNullable<unknown>;
};
export type Site_Checkpoint_NeverInputs = {};
export type Site_Checkpoint_NowInputs = {};
export type Site_Checks_On_TimeInputs = {
    onTime: NonNullable<unknown>;
    checkpoints: NonNullable<unknown>;
};
export type Site_CountsInputs = {
    open: NonNullable<unknown>;
    high: NonNullable<unknown>;
    medium: NonNullable<unknown>;
    low: NonNullable<unknown>;
    overdue: NonNullable<unknown>;
    oldest: NonNullable<unknown>;
};
export type Site_Crumb_AllInputs = {};
export type Site_Defect_NumberInputs = {
    id: NonNullable<unknown>;
};
export type Site_DevicesInputs = {};
export type Site_Devices_OffInputs = {
    offline: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Site_Inspections_On_TimeInputs = {};
export type Site_Inspections_SplitInputs = {
    onTime: NonNullable<unknown>;
    missed: NonNullable<unknown>;
};
export type Site_Labels_All_SitesInputs = {};
export type Site_Labels_All_ZonesInputs = {};
export type Site_Labels_Col_AssetInputs = {};
export type Site_Labels_Col_LabelInputs = {};
export type Site_Labels_Col_RevokeInputs = {};
export type Site_Labels_CountInputs = {
    count: NonNullable<unknown>;
};
export type Site_Labels_IntroInputs = {};
export type Site_Labels_New_CodeInputs = {
    name: NonNullable<unknown>;
};
export type Site_Labels_NoneInputs = {
    where: NonNullable<unknown>;
};
export type Site_Labels_Only_OfInputs = {
    name: NonNullable<unknown>;
};
export type Site_Labels_PaperInputs = {};
export type Site_Labels_PrintInputs = {};
export type Site_Labels_Print_OnlyInputs = {};
export type Site_Labels_Revoke_ButtonInputs = {};
export type Site_Labels_Revoke_ExplainInputs = {
    name: NonNullable<unknown>;
};
export type Site_Labels_Revoke_IntroInputs = {};
export type Site_Labels_Revoke_Intro_PrintInputs = {};
export type Site_Labels_Revoke_OfInputs = {
    name: NonNullable<unknown>;
};
export type Site_Labels_Revoke_TitleInputs = {};
export type Site_Labels_ScanInputs = {};
export type Site_Labels_Sheet_OfInputs = {
    n: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
export type Site_Labels_SheetsInputs = {
    count: NonNullable<unknown>;
};
export type Site_Labels_ShowInputs = {};
export type Site_Labels_Show_EveryInputs = {};
export type Site_Labels_SizeInputs = {};
export type Site_Labels_Size_LargeInputs = {};
export type Site_Labels_Size_MediumInputs = {};
export type Site_Labels_Size_OptionInputs = {
    name: NonNullable<unknown>;
    width: NonNullable<unknown>;
    height: NonNullable<unknown>;
    count: NonNullable<unknown>;
};
export type Site_Labels_Size_SmallInputs = {};
export type Site_Labels_SummaryInputs = {
    labels: NonNullable<unknown>;
    sheets: NonNullable<unknown>;
    paper: NonNullable<unknown>;
    columns: NonNullable<unknown>;
    rows: NonNullable<unknown>;
};
export type Site_Labels_This_SiteInputs = {};
export type Site_Labels_TitleInputs = {};
export type Site_Labels_Which_AssetInputs = {};
export type Site_Labels_ZoneInputs = {};
export type Site_Last_DaysInputs = {};
export type Site_Nothing_OpenInputs = {};
export type Site_Open_DefectsInputs = {};
export type Site_Print_LabelsInputs = {};
export type Site_Print_Labels_TitleInputs = {};
export type Site_Qr_TitleInputs = {};
export type Site_Report_AnotherInputs = {};
export type Site_Report_AssetInputs = {};
export type Site_Report_ChooseInputs = {};
export type Site_Report_Choose_AssetInputs = {};
export type Site_Report_Choose_FaultInputs = {};
export type Site_Report_FailedInputs = {
    reason: NonNullable<unknown>;
};
export type Site_Report_HeadInputs = {
    site: NonNullable<unknown>;
};
export type Site_Report_HereInputs = {};
export type Site_Report_Here_TitleInputs = {};
export type Site_Report_NoteInputs = {};
export type Site_Report_Note_PlaceholderInputs = {};
export type Site_Report_OptionalInputs = {};
export type Site_Report_SendInputs = {};
export type Site_Report_TitleInputs = {};
export type Site_Report_WhatInputs = {};
export type Site_Reported_MergedInputs = {};
export type Site_Reported_OpenedInputs = {};
export type Site_Reported_WhatInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Site_Setup_LinkInputs = {};
export type Site_Setup_TitleInputs = {};
export type Site_Times_InInputs = {
    zone: NonNullable<unknown>;
};
export type Site_Trend_ChartInputs = {};
export type Site_Trend_DayInputs = {};
export type Site_Trend_OpenedInputs = {};
export type Site_Trend_ResolvedInputs = {};
export type Site_Trend_TableInputs = {};
export type Site_Unknown_NoteInputs = {};
export type Site_Zone_LabelsInputs = {};
export type Site_Zone_Labels_TitleInputs = {
    zone: NonNullable<unknown>;
};
export type Site_Zone_UnknownInputs = {
    count: NonNullable<unknown>;
};
export type Site_Zone_With_DefectsInputs = {
    count: NonNullable<unknown>;
};
export type Site_ZonesInputs = {};
export type Sites_CountInputs = {
    count: NonNullable<unknown>;
};
export type Status_AmberInputs = {};
export type Status_GreenInputs = {};
export type Status_RedInputs = {};
export type Status_UnknownInputs = {};
export type Work_A_MomentInputs = {};
export type Work_AcknowledgeInputs = {};
export type Work_AcknowledgedInputs = {};
export type Work_Add_CommentInputs = {};
export type Work_All_OpenInputs = {};
export type Work_Assigned_ToInputs = {
    name: NonNullable<unknown>;
};
export type Work_Choose_AssigneeInputs = {};
export type Work_Choose_DueInputs = {};
export type Work_CommentInputs = {};
export type Work_Comment_AddedInputs = {};
export type Work_Comment_FirstInputs = {};
export type Work_Comment_OnInputs = {
    asset: NonNullable<unknown>;
};
export type Work_Comment_PlaceholderInputs = {};
export type Work_Comment_Too_LongInputs = {};
export type Work_Due_InInputs = {
    span: NonNullable<unknown>;
};
export type Work_Mine_HeadingInputs = {};
export type Work_Mine_NoneInputs = {};
export type Work_NobodyInputs = {};
export type Work_NoteInputs = {};
export type Work_Notices_Assigned_TeamInputs = {
    team: NonNullable<unknown>;
};
export type Work_Notices_Assigned_YouInputs = {};
export type Work_Notices_AttentionInputs = {};
export type Work_Notices_EmptyInputs = {};
export type Work_Notices_EscalatedInputs = {};
export type Work_Notices_IntroInputs = {};
export type Work_Notices_Mark_ReadInputs = {};
export type Work_Notices_None_UnreadInputs = {};
export type Work_Notices_Not_PersonalInputs = {};
export type Work_Notices_Read_AllInputs = {};
export type Work_Notices_TabInputs = {};
export type Work_Notices_TitleInputs = {};
export type Work_Notices_UnreadInputs = {};
export type Work_Notices_Unread_CountInputs = {
    count: NonNullable<unknown>;
};
export type Work_Notices_When_ByInputs = {
    when: NonNullable<unknown>;
    by: NonNullable<unknown>;
};
export type Work_On_Hold_DoneInputs = {};
export type Work_On_Hold_ReasonInputs = {
    reason: NonNullable<unknown>;
};
export type Work_OpenInputs = {};
export type Work_Open_HeadingInputs = {};
export type Work_Open_LabelInputs = {
    fault: NonNullable<unknown>;
    asset: NonNullable<unknown>;
};
export type Work_Open_NoneInputs = {};
export type Work_Overdue_ByInputs = {
    span: NonNullable<unknown>;
};
export type Work_ReopenedInputs = {};
export type Work_Resolve_ItInputs = {};
export type Work_Resolve_StepInputs = {};
export type Work_ResolvedInputs = {};
export type Work_Say_WaitingInputs = {};
export type Work_Staff_Take_OnlyInputs = {};
export type Work_TabInputs = {};
export type Work_TakeInputs = {};
export type Work_TitleInputs = {};
export type Work_UnassignedInputs = {};
export type Work_UndoInputs = {};
export type Work_UndoneInputs = {};
export type Work_View_OnlyInputs = {};
export type Work_Which_DefectInputs = {};
export type Work_YoursInputs = {};
export type Work_Yours_NowInputs = {};
export type Zone_TimeInputs = {
    city: NonNullable<unknown>;
};
export type Zone_UtcInputs = {};
/**
* | output |
* | --- |
* | "Caught before customers" |
*
* @param {Insights_Measure_Caughtbeforecustomers2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
declare const insights_measure_caughtbeforecustomers2: ((inputs?: Insights_Measure_Caughtbeforecustomers2Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Measure_Caughtbeforecustomers2Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time to acknowledge (each site's median)" |
*
* @param {Insights_Measure_Minutestoacknowledge2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
declare const insights_measure_minutestoacknowledge2: ((inputs?: Insights_Measure_Minutestoacknowledge2Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Measure_Minutestoacknowledge2Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Time to resolve (each site's median)" |
*
* @param {Insights_Measure_Minutestoresolve2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
declare const insights_measure_minutestoresolve2: ((inputs?: Insights_Measure_Minutestoresolve2Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Measure_Minutestoresolve2Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Defects opened per site" |
*
* @param {Insights_Measure_Openedpersite2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
declare const insights_measure_openedpersite2: ((inputs?: Insights_Measure_Openedpersite2Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Measure_Openedpersite2Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
/**
* | output |
* | --- |
* | "Repeat failures per site" |
*
* @param {Insights_Measure_Repeatfailures1Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
declare const insights_measure_repeatfailures1: ((inputs?: Insights_Measure_Repeatfailures1Inputs, options?: {
    locale?: "en" | "nb" | "da" | "sv";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Insights_Measure_Repeatfailures1Inputs, {
    locale?: "en" | "nb" | "da" | "sv";
}, {}>;
export { insights_measure_caughtbeforecustomers2 as "insights_measure_caughtBeforeCustomers", insights_measure_minutestoacknowledge2 as "insights_measure_minutesToAcknowledge", insights_measure_minutestoresolve2 as "insights_measure_minutesToResolve", insights_measure_openedpersite2 as "insights_measure_openedPerSite", insights_measure_repeatfailures1 as "insights_measure_repeatFailures" };
