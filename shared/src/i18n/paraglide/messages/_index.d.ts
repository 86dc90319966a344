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
export type Age_NowInputs = {};
export type Category_CleanlinessInputs = {};
export type Category_EquipmentInputs = {};
export type Category_LightingInputs = {};
export type Category_OtherInputs = {};
export type Category_SignageInputs = {};
export type Category_SuppliesInputs = {};
export type Category_SystemInputs = {};
export type Defects_CountInputs = {
    count: NonNullable<unknown>;
};
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
export type None_DashInputs = {};
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
export type Severity_HighInputs = {};
export type Severity_LowInputs = {};
export type Severity_MediumInputs = {};
export type Sites_CountInputs = {
    count: NonNullable<unknown>;
};
export type Status_AmberInputs = {};
export type Status_GreenInputs = {};
export type Status_RedInputs = {};
export type Status_UnknownInputs = {};
export type Zone_TimeInputs = {
    city: NonNullable<unknown>;
};
export type Zone_UtcInputs = {};
