/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_LanguageInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_BrowserInputs */
/** @typedef {{}} Account_Language_ExplainInputs */
/** @typedef {{}} Account_Language_SaveInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_SavedInputs */
/** @typedef {{}} Account_Language_UnknownInputs */
/** @typedef {{}} Age_NowInputs */
/** @typedef {{}} Category_CleanlinessInputs */
/** @typedef {{}} Category_EquipmentInputs */
/** @typedef {{}} Category_LightingInputs */
/** @typedef {{}} Category_OtherInputs */
/** @typedef {{}} Category_SignageInputs */
/** @typedef {{}} Category_SuppliesInputs */
/** @typedef {{}} Category_SystemInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_CountInputs */
/** @typedef {{ name: NonNullable<unknown>, by: NonNullable<unknown>, whom: NonNullable<unknown> }} Email_Assigned_HeadlineInputs */
/** @typedef {{ whom: NonNullable<unknown> }} Email_Assigned_SubjectInputs */
/** @typedef {{ name: NonNullable<unknown>, by: NonNullable<unknown> }} Email_Attention_HeadlineInputs */
/** @typedef {{}} Email_Attention_SubjectInputs */
/** @typedef {{ id: NonNullable<unknown> }} Email_By_Assignment_RuleInputs */
/** @typedef {{ name: NonNullable<unknown> }} Email_By_RuleInputs */
/** @typedef {{ asset: NonNullable<unknown> }} Email_Customers_SeeInputs */
/** @typedef {{ name: NonNullable<unknown>, by: NonNullable<unknown> }} Email_Escalated_HeadlineInputs */
/** @typedef {{}} Email_Escalated_SubjectInputs */
/** @typedef {{}} Email_Fact_AssetInputs */
/** @typedef {{}} Email_Fact_Assigned_ByInputs */
/** @typedef {{}} Email_Fact_ChannelInputs */
/** @typedef {{}} Email_Fact_DefectInputs */
/** @typedef {{}} Email_Fact_DueInputs */
/** @typedef {{}} Email_Fact_FaultInputs */
/** @typedef {{}} Email_Fact_Found_ByInputs */
/** @typedef {{}} Email_Fact_OpenedInputs */
/** @typedef {{}} Email_Fact_RuleInputs */
/** @typedef {{}} Email_Fact_SentInputs */
/** @typedef {{}} Email_Fact_SeverityInputs */
/** @typedef {{}} Email_Fact_SiteInputs */
/** @typedef {{}} Email_Fact_ZoneInputs */
/** @typedef {{ site: NonNullable<unknown> }} Email_Fixed_IntroInputs */
/** @typedef {{}} Email_Fixed_OnlyInputs */
/** @typedef {{}} Email_Fixed_ReferenceInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown>, site: NonNullable<unknown>, reference: NonNullable<unknown> }} Email_Fixed_SubjectInputs */
/** @typedef {{}} Email_Fixed_ThanksInputs */
/** @typedef {{}} Email_Fixed_WhatInputs */
/** @typedef {{}} Email_Fixed_WhenInputs */
/** @typedef {{}} Email_Fixed_WhereInputs */
/** @typedef {{ level: NonNullable<unknown>, of: NonNullable<unknown>, name: NonNullable<unknown> }} Email_Headline_EscalatedInputs */
/** @typedef {{ severity: NonNullable<unknown>, level: NonNullable<unknown>, of: NonNullable<unknown>, name: NonNullable<unknown> }} Email_Headline_NewInputs */
/** @typedef {{ what: NonNullable<unknown>, severity: NonNullable<unknown>, fault: NonNullable<unknown>, asset: NonNullable<unknown>, zone: NonNullable<unknown>, site: NonNullable<unknown> }} Email_Notice_SubjectInputs */
/** @typedef {{}} Email_OpenInputs */
/** @typedef {{}} Email_Open_DefectInputs */
/** @typedef {{}} Email_Sent_ByInputs */
/** @typedef {{ severity: NonNullable<unknown>, site: NonNullable<unknown>, title: NonNullable<unknown> }} Email_Subject_EscalatedInputs */
/** @typedef {{ severity: NonNullable<unknown>, site: NonNullable<unknown>, title: NonNullable<unknown> }} Email_Subject_NewInputs */
/** @typedef {{}} Email_Test_HeadlineInputs */
/** @typedef {{ channel: NonNullable<unknown> }} Email_Test_SubjectInputs */
/** @typedef {{ site: NonNullable<unknown> }} Email_To_Team_ManagersInputs */
/** @typedef {{ site: NonNullable<unknown> }} Email_To_Team_StaffInputs */
/** @typedef {{}} Email_To_YouInputs */
/** @typedef {{}} Email_Why_YouInputs */
/** @typedef {{}} Fault_Battery_LowInputs */
/** @typedef {{}} Fault_BrokenInputs */
/** @typedef {{}} Fault_Bulb_OutInputs */
/** @typedef {{}} Fault_Button_DeadInputs */
/** @typedef {{}} Fault_Device_OfflineInputs */
/** @typedef {{}} Fault_DirtyInputs */
/** @typedef {{}} Fault_FlickerInputs */
/** @typedef {{}} Fault_Inspection_OverdueInputs */
/** @typedef {{}} Fault_OtherInputs */
/** @typedef {{}} Fault_Out_Of_OrderInputs */
/** @typedef {{}} Fault_Sensor_SuspectInputs */
/** @typedef {{}} Fault_SignageInputs */
/** @typedef {{}} Fault_SpillInputs */
/** @typedef {{}} Fault_Supplies_EmptyInputs */
/** @typedef {{}} None_DashInputs */
/** @typedef {{ count: NonNullable<unknown> }} Qr_Ago_DaysInputs */
/** @typedef {{ count: NonNullable<unknown> }} Qr_Ago_HoursInputs */
/** @typedef {{ count: NonNullable<unknown> }} Qr_Ago_MinutesInputs */
/** @typedef {{}} Qr_Ago_MomentInputs */
/** @typedef {{ site: NonNullable<unknown> }} Qr_All_LabelsInputs */
/** @typedef {{ ago: NonNullable<unknown>, fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Qr_AlreadyInputs */
/** @typedef {{}} Qr_Already_TitleInputs */
/** @typedef {{ site: NonNullable<unknown> }} Qr_Back_ToInputs */
/** @typedef {{}} Qr_Bad_EmailInputs */
/** @typedef {{}} Qr_ChooseInputs */
/** @typedef {{}} Qr_EmailInputs */
/** @typedef {{}} Qr_Email_PlaceholderInputs */
/** @typedef {{}} Qr_Email_PromiseInputs */
/** @typedef {{}} Qr_Fault_BrokenInputs */
/** @typedef {{}} Qr_Fault_Bulb_OutInputs */
/** @typedef {{}} Qr_Fault_Button_DeadInputs */
/** @typedef {{}} Qr_Fault_DirtyInputs */
/** @typedef {{}} Qr_Fault_FlickerInputs */
/** @typedef {{}} Qr_Fault_OtherInputs */
/** @typedef {{}} Qr_Fault_Out_Of_OrderInputs */
/** @typedef {{}} Qr_Fault_SignageInputs */
/** @typedef {{}} Qr_Fault_SpillInputs */
/** @typedef {{}} Qr_Fault_Supplies_EmptyInputs */
/** @typedef {{}} Qr_InvalidInputs */
/** @typedef {{ asset: NonNullable<unknown> }} Qr_No_Such_AssetInputs */
/** @typedef {{}} Qr_Not_ThroughInputs */
/** @typedef {{}} Qr_NoteInputs */
/** @typedef {{}} Qr_Note_PlaceholderInputs */
/** @typedef {{}} Qr_PhotoInputs */
/** @typedef {{}} Qr_Photo_FailedInputs */
/** @typedef {{}} Qr_Photo_Too_BigInputs */
/** @typedef {{}} Qr_Photo_UnreadableInputs */
/** @typedef {{ asset: NonNullable<unknown>, zone: NonNullable<unknown>, site: NonNullable<unknown> }} Qr_Poster_ScanInputs */
/** @typedef {{}} Qr_Poster_TitleInputs */
/** @typedef {{}} Qr_PrintInputs */
/** @typedef {{}} Qr_ReferenceInputs */
/** @typedef {{}} Qr_Reporting_As_StaffInputs */
/** @typedef {{}} Qr_RevokeInputs */
/** @typedef {{ asset: NonNullable<unknown> }} Qr_Revoke_ExplainInputs */
/** @typedef {{}} Qr_Revoke_SummaryInputs */
/** @typedef {{}} Qr_RotatedInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Qr_Staff_Not_ThroughInputs */
/** @typedef {{}} Qr_ThanksInputs */
/** @typedef {{ asset: NonNullable<unknown> }} Qr_TitleInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Qr_ToldInputs */
/** @typedef {{}} Qr_Too_ManyInputs */
/** @typedef {{}} Qr_What_Is_WrongInputs */
/** @typedef {{}} Qr_Will_EmailInputs */
/** @typedef {{}} Reports_All_SitesInputs */
/** @typedef {{ share: NonNullable<unknown> }} Reports_CaughtInputs */
/** @typedef {{ share: NonNullable<unknown> }} Reports_Caught_ShortInputs */
/** @typedef {{}} Reports_Col_DefectInputs */
/** @typedef {{}} Reports_Col_Found_ByInputs */
/** @typedef {{}} Reports_Col_Open_ForInputs */
/** @typedef {{}} Reports_Col_OpenedInputs */
/** @typedef {{}} Reports_Col_SeverityInputs */
/** @typedef {{}} Reports_Col_StateInputs */
/** @typedef {{}} Reports_Day_HintInputs */
/** @typedef {{}} Reports_Day_LabelInputs */
/** @typedef {{ id: NonNullable<unknown>, severity: NonNullable<unknown>, fault: NonNullable<unknown>, asset: NonNullable<unknown>, zone: NonNullable<unknown>, opened: NonNullable<unknown>, who: NonNullable<unknown>, status: NonNullable<unknown>, open_for: NonNullable<unknown> }} Reports_Defect_LineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Reports_Failed_CountInputs */
/** @typedef {{}} Reports_Failed_HeadingInputs */
/** @typedef {{ list: NonNullable<unknown> }} Reports_First_MostInputs */
/** @typedef {{ sensor: NonNullable<unknown>, staff: NonNullable<unknown>, customer: NonNullable<unknown>, system: NonNullable<unknown> }} Reports_Found_FirstInputs */
/** @typedef {{ date: NonNullable<unknown>, scope: NonNullable<unknown> }} Reports_Mail_TitleInputs */
/** @typedef {{}} Reports_No_SitesInputs */
/** @typedef {{}} Reports_NoneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Reports_Open_CountInputs */
/** @typedef {{}} Reports_Open_HeadingInputs */
/** @typedef {{ name: NonNullable<unknown>, zone: NonNullable<unknown>, since: NonNullable<unknown>, checked: NonNullable<unknown> }} Reports_Overdue_CheckedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Reports_Overdue_CountInputs */
/** @typedef {{}} Reports_Overdue_HeadingInputs */
/** @typedef {{ name: NonNullable<unknown>, zone: NonNullable<unknown>, since: NonNullable<unknown> }} Reports_Overdue_UncheckedInputs */
/** @typedef {{}} Reports_ShowInputs */
/** @typedef {{}} Reports_Site_LabelInputs */
/** @typedef {{}} Reports_Source_CustomerInputs */
/** @typedef {{}} Reports_Source_SensorInputs */
/** @typedef {{}} Reports_Source_StaffInputs */
/** @typedef {{}} Reports_Source_SystemInputs */
/** @typedef {{}} Reports_Status_AcknowledgedInputs */
/** @typedef {{}} Reports_Status_On_HoldInputs */
/** @typedef {{}} Reports_Status_OpenInputs */
/** @typedef {{}} Reports_Status_ResolvedInputs */
/** @typedef {{}} Reports_TitleInputs */
/** @typedef {{}} Severity_HighInputs */
/** @typedef {{}} Severity_LowInputs */
/** @typedef {{}} Severity_MediumInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sites_CountInputs */
/** @typedef {{}} Status_AmberInputs */
/** @typedef {{}} Status_GreenInputs */
/** @typedef {{}} Status_RedInputs */
/** @typedef {{}} Status_UnknownInputs */
/** @typedef {{ city: NonNullable<unknown> }} Zone_TimeInputs */
/** @typedef {{}} Zone_UtcInputs */
import * as __en from "./en.js"
import * as __nb from "./nb.js"
import * as __da from "./da.js"
import * as __sv from "./sv.js"
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Account_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language = /** @type {((inputs?: Account_LanguageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_LanguageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language(inputs)
	if (locale === "da") return __da.account_language(inputs)
	if (locale === "sv") return __sv.account_language(inputs)
	return __en.account_language(inputs)
});
/**
* | output |
* | --- |
* | "My browser's language ({language})" |
*
* @param {Account_Language_BrowserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_browser = /** @type {((inputs: Account_Language_BrowserInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Language_BrowserInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language_browser(inputs)
	if (locale === "da") return __da.account_language_browser(inputs)
	if (locale === "sv") return __sv.account_language_browser(inputs)
	return __en.account_language_browser(inputs)
});
/**
* | output |
* | --- |
* | "The dashboard, your e-mails and your notices speak this language. Guests on a site's QR page get their browser's language, or the site's." |
*
* @param {Account_Language_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_explain = /** @type {((inputs?: Account_Language_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Language_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language_explain(inputs)
	if (locale === "da") return __da.account_language_explain(inputs)
	if (locale === "sv") return __sv.account_language_explain(inputs)
	return __en.account_language_explain(inputs)
});
/**
* | output |
* | --- |
* | "Save language" |
*
* @param {Account_Language_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_save = /** @type {((inputs?: Account_Language_SaveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Language_SaveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language_save(inputs)
	if (locale === "da") return __da.account_language_save(inputs)
	if (locale === "sv") return __sv.account_language_save(inputs)
	return __en.account_language_save(inputs)
});
/**
* | output |
* | --- |
* | "Saved: the dashboard now speaks {language}." |
*
* @param {Account_Language_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_saved = /** @type {((inputs: Account_Language_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Language_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language_saved(inputs)
	if (locale === "da") return __da.account_language_saved(inputs)
	if (locale === "sv") return __sv.account_language_saved(inputs)
	return __en.account_language_saved(inputs)
});
/**
* | output |
* | --- |
* | "Choose one of the languages in the list." |
*
* @param {Account_Language_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_language_unknown = /** @type {((inputs?: Account_Language_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Language_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_language_unknown(inputs)
	if (locale === "da") return __da.account_language_unknown(inputs)
	if (locale === "sv") return __sv.account_language_unknown(inputs)
	return __en.account_language_unknown(inputs)
});
/**
* | output |
* | --- |
* | "now" |
*
* @param {Age_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const age_now = /** @type {((inputs?: Age_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Age_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.age_now(inputs)
	if (locale === "da") return __da.age_now(inputs)
	if (locale === "sv") return __sv.age_now(inputs)
	return __en.age_now(inputs)
});
/**
* | output |
* | --- |
* | "Cleanliness" |
*
* @param {Category_CleanlinessInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_cleanliness = /** @type {((inputs?: Category_CleanlinessInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_CleanlinessInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_cleanliness(inputs)
	if (locale === "da") return __da.category_cleanliness(inputs)
	if (locale === "sv") return __sv.category_cleanliness(inputs)
	return __en.category_cleanliness(inputs)
});
/**
* | output |
* | --- |
* | "Equipment" |
*
* @param {Category_EquipmentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_equipment = /** @type {((inputs?: Category_EquipmentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_EquipmentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_equipment(inputs)
	if (locale === "da") return __da.category_equipment(inputs)
	if (locale === "sv") return __sv.category_equipment(inputs)
	return __en.category_equipment(inputs)
});
/**
* | output |
* | --- |
* | "Lighting" |
*
* @param {Category_LightingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_lighting = /** @type {((inputs?: Category_LightingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_LightingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_lighting(inputs)
	if (locale === "da") return __da.category_lighting(inputs)
	if (locale === "sv") return __sv.category_lighting(inputs)
	return __en.category_lighting(inputs)
});
/**
* | output |
* | --- |
* | "Other" |
*
* @param {Category_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_other = /** @type {((inputs?: Category_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_other(inputs)
	if (locale === "da") return __da.category_other(inputs)
	if (locale === "sv") return __sv.category_other(inputs)
	return __en.category_other(inputs)
});
/**
* | output |
* | --- |
* | "Signage" |
*
* @param {Category_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_signage = /** @type {((inputs?: Category_SignageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_SignageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_signage(inputs)
	if (locale === "da") return __da.category_signage(inputs)
	if (locale === "sv") return __sv.category_signage(inputs)
	return __en.category_signage(inputs)
});
/**
* | output |
* | --- |
* | "Supplies" |
*
* @param {Category_SuppliesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_supplies = /** @type {((inputs?: Category_SuppliesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_SuppliesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_supplies(inputs)
	if (locale === "da") return __da.category_supplies(inputs)
	if (locale === "sv") return __sv.category_supplies(inputs)
	return __en.category_supplies(inputs)
});
/**
* | output |
* | --- |
* | "System" |
*
* @param {Category_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const category_system = /** @type {((inputs?: Category_SystemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Category_SystemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.category_system(inputs)
	if (locale === "da") return __da.category_system(inputs)
	if (locale === "sv") return __sv.category_system(inputs)
	return __en.category_system(inputs)
});
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
export const defects_count = /** @type {((inputs: Defects_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_count(inputs)
	if (locale === "da") return __da.defects_count(inputs)
	if (locale === "sv") return __sv.defects_count(inputs)
	return __en.defects_count(inputs)
});
/**
* | output |
* | --- |
* | "{name}, {by} assigned this defect to {whom}." |
*
* @param {Email_Assigned_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_assigned_headline = /** @type {((inputs: Email_Assigned_HeadlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Assigned_HeadlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_assigned_headline(inputs)
	if (locale === "da") return __da.email_assigned_headline(inputs)
	if (locale === "sv") return __sv.email_assigned_headline(inputs)
	return __en.email_assigned_headline(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to {whom}" |
*
* @param {Email_Assigned_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_assigned_subject = /** @type {((inputs: Email_Assigned_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Assigned_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_assigned_subject(inputs)
	if (locale === "da") return __da.email_assigned_subject(inputs)
	if (locale === "sv") return __sv.email_assigned_subject(inputs)
	return __en.email_assigned_subject(inputs)
});
/**
* | output |
* | --- |
* | "{name}, a new defect needs someone ({by})." |
*
* @param {Email_Attention_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_attention_headline = /** @type {((inputs: Email_Attention_HeadlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Attention_HeadlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_attention_headline(inputs)
	if (locale === "da") return __da.email_attention_headline(inputs)
	if (locale === "sv") return __sv.email_attention_headline(inputs)
	return __en.email_attention_headline(inputs)
});
/**
* | output |
* | --- |
* | "Needs attention" |
*
* @param {Email_Attention_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_attention_subject = /** @type {((inputs?: Email_Attention_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Attention_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_attention_subject(inputs)
	if (locale === "da") return __da.email_attention_subject(inputs)
	if (locale === "sv") return __sv.email_attention_subject(inputs)
	return __en.email_attention_subject(inputs)
});
/**
* | output |
* | --- |
* | "assignment rule {id}" |
*
* @param {Email_By_Assignment_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_by_assignment_rule = /** @type {((inputs: Email_By_Assignment_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_By_Assignment_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_by_assignment_rule(inputs)
	if (locale === "da") return __da.email_by_assignment_rule(inputs)
	if (locale === "sv") return __sv.email_by_assignment_rule(inputs)
	return __en.email_by_assignment_rule(inputs)
});
/**
* | output |
* | --- |
* | "rule “{name}”" |
*
* @param {Email_By_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_by_rule = /** @type {((inputs: Email_By_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_By_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_by_rule(inputs)
	if (locale === "da") return __da.email_by_rule(inputs)
	if (locale === "sv") return __sv.email_by_rule(inputs)
	return __en.email_by_rule(inputs)
});
/**
* | output |
* | --- |
* | "{asset} (customers see it)" |
*
* @param {Email_Customers_SeeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_customers_see = /** @type {((inputs: Email_Customers_SeeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Customers_SeeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_customers_see(inputs)
	if (locale === "da") return __da.email_customers_see(inputs)
	if (locale === "sv") return __sv.email_customers_see(inputs)
	return __en.email_customers_see(inputs)
});
/**
* | output |
* | --- |
* | "{name}, nobody has acknowledged this defect yet: {by} escalates it to you." |
*
* @param {Email_Escalated_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_escalated_headline = /** @type {((inputs: Email_Escalated_HeadlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Escalated_HeadlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_escalated_headline(inputs)
	if (locale === "da") return __da.email_escalated_headline(inputs)
	if (locale === "sv") return __sv.email_escalated_headline(inputs)
	return __en.email_escalated_headline(inputs)
});
/**
* | output |
* | --- |
* | "Escalated to you" |
*
* @param {Email_Escalated_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_escalated_subject = /** @type {((inputs?: Email_Escalated_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Escalated_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_escalated_subject(inputs)
	if (locale === "da") return __da.email_escalated_subject(inputs)
	if (locale === "sv") return __sv.email_escalated_subject(inputs)
	return __en.email_escalated_subject(inputs)
});
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Email_Fact_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_asset = /** @type {((inputs?: Email_Fact_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_asset(inputs)
	if (locale === "da") return __da.email_fact_asset(inputs)
	if (locale === "sv") return __sv.email_fact_asset(inputs)
	return __en.email_fact_asset(inputs)
});
/**
* | output |
* | --- |
* | "Assigned by" |
*
* @param {Email_Fact_Assigned_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_assigned_by = /** @type {((inputs?: Email_Fact_Assigned_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_Assigned_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_assigned_by(inputs)
	if (locale === "da") return __da.email_fact_assigned_by(inputs)
	if (locale === "sv") return __sv.email_fact_assigned_by(inputs)
	return __en.email_fact_assigned_by(inputs)
});
/**
* | output |
* | --- |
* | "Channel" |
*
* @param {Email_Fact_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_channel = /** @type {((inputs?: Email_Fact_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_channel(inputs)
	if (locale === "da") return __da.email_fact_channel(inputs)
	if (locale === "sv") return __sv.email_fact_channel(inputs)
	return __en.email_fact_channel(inputs)
});
/**
* | output |
* | --- |
* | "Defect" |
*
* @param {Email_Fact_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_defect = /** @type {((inputs?: Email_Fact_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_defect(inputs)
	if (locale === "da") return __da.email_fact_defect(inputs)
	if (locale === "sv") return __sv.email_fact_defect(inputs)
	return __en.email_fact_defect(inputs)
});
/**
* | output |
* | --- |
* | "Due" |
*
* @param {Email_Fact_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_due = /** @type {((inputs?: Email_Fact_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_due(inputs)
	if (locale === "da") return __da.email_fact_due(inputs)
	if (locale === "sv") return __sv.email_fact_due(inputs)
	return __en.email_fact_due(inputs)
});
/**
* | output |
* | --- |
* | "Fault" |
*
* @param {Email_Fact_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_fault = /** @type {((inputs?: Email_Fact_FaultInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_FaultInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_fault(inputs)
	if (locale === "da") return __da.email_fact_fault(inputs)
	if (locale === "sv") return __sv.email_fact_fault(inputs)
	return __en.email_fact_fault(inputs)
});
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Email_Fact_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_found_by = /** @type {((inputs?: Email_Fact_Found_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_Found_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_found_by(inputs)
	if (locale === "da") return __da.email_fact_found_by(inputs)
	if (locale === "sv") return __sv.email_fact_found_by(inputs)
	return __en.email_fact_found_by(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Email_Fact_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_opened = /** @type {((inputs?: Email_Fact_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_opened(inputs)
	if (locale === "da") return __da.email_fact_opened(inputs)
	if (locale === "sv") return __sv.email_fact_opened(inputs)
	return __en.email_fact_opened(inputs)
});
/**
* | output |
* | --- |
* | "Rule" |
*
* @param {Email_Fact_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_rule = /** @type {((inputs?: Email_Fact_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_rule(inputs)
	if (locale === "da") return __da.email_fact_rule(inputs)
	if (locale === "sv") return __sv.email_fact_rule(inputs)
	return __en.email_fact_rule(inputs)
});
/**
* | output |
* | --- |
* | "Sent" |
*
* @param {Email_Fact_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_sent = /** @type {((inputs?: Email_Fact_SentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_SentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_sent(inputs)
	if (locale === "da") return __da.email_fact_sent(inputs)
	if (locale === "sv") return __sv.email_fact_sent(inputs)
	return __en.email_fact_sent(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Email_Fact_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_severity = /** @type {((inputs?: Email_Fact_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_severity(inputs)
	if (locale === "da") return __da.email_fact_severity(inputs)
	if (locale === "sv") return __sv.email_fact_severity(inputs)
	return __en.email_fact_severity(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Email_Fact_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_site = /** @type {((inputs?: Email_Fact_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_site(inputs)
	if (locale === "da") return __da.email_fact_site(inputs)
	if (locale === "sv") return __sv.email_fact_site(inputs)
	return __en.email_fact_site(inputs)
});
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Email_Fact_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fact_zone = /** @type {((inputs?: Email_Fact_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fact_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fact_zone(inputs)
	if (locale === "da") return __da.email_fact_zone(inputs)
	if (locale === "sv") return __sv.email_fact_zone(inputs)
	return __en.email_fact_zone(inputs)
});
/**
* | output |
* | --- |
* | "The fault you reported at {site} is fixed." |
*
* @param {Email_Fixed_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_intro = /** @type {((inputs: Email_Fixed_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_intro(inputs)
	if (locale === "da") return __da.email_fixed_intro(inputs)
	if (locale === "sv") return __sv.email_fixed_intro(inputs)
	return __en.email_fixed_intro(inputs)
});
/**
* | output |
* | --- |
* | "This is the only e-mail you get about it: your address has been deleted." |
*
* @param {Email_Fixed_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_only = /** @type {((inputs?: Email_Fixed_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_only(inputs)
	if (locale === "da") return __da.email_fixed_only(inputs)
	if (locale === "sv") return __sv.email_fixed_only(inputs)
	return __en.email_fixed_only(inputs)
});
/**
* | output |
* | --- |
* | "Reference" |
*
* @param {Email_Fixed_ReferenceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_reference = /** @type {((inputs?: Email_Fixed_ReferenceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_ReferenceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_reference(inputs)
	if (locale === "da") return __da.email_fixed_reference(inputs)
	if (locale === "sv") return __sv.email_fixed_reference(inputs)
	return __en.email_fixed_reference(inputs)
});
/**
* | output |
* | --- |
* | "Fixed: {fault}, {asset} at {site} ({reference})" |
*
* @param {Email_Fixed_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_subject = /** @type {((inputs: Email_Fixed_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_subject(inputs)
	if (locale === "da") return __da.email_fixed_subject(inputs)
	if (locale === "sv") return __sv.email_fixed_subject(inputs)
	return __en.email_fixed_subject(inputs)
});
/**
* | output |
* | --- |
* | "Thank you for telling us." |
*
* @param {Email_Fixed_ThanksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_thanks = /** @type {((inputs?: Email_Fixed_ThanksInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_ThanksInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_thanks(inputs)
	if (locale === "da") return __da.email_fixed_thanks(inputs)
	if (locale === "sv") return __sv.email_fixed_thanks(inputs)
	return __en.email_fixed_thanks(inputs)
});
/**
* | output |
* | --- |
* | "What" |
*
* @param {Email_Fixed_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_what = /** @type {((inputs?: Email_Fixed_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_what(inputs)
	if (locale === "da") return __da.email_fixed_what(inputs)
	if (locale === "sv") return __sv.email_fixed_what(inputs)
	return __en.email_fixed_what(inputs)
});
/**
* | output |
* | --- |
* | "Fixed" |
*
* @param {Email_Fixed_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_when = /** @type {((inputs?: Email_Fixed_WhenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_WhenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_when(inputs)
	if (locale === "da") return __da.email_fixed_when(inputs)
	if (locale === "sv") return __sv.email_fixed_when(inputs)
	return __en.email_fixed_when(inputs)
});
/**
* | output |
* | --- |
* | "Where" |
*
* @param {Email_Fixed_WhereInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_fixed_where = /** @type {((inputs?: Email_Fixed_WhereInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Fixed_WhereInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_fixed_where(inputs)
	if (locale === "da") return __da.email_fixed_where(inputs)
	if (locale === "sv") return __sv.email_fixed_where(inputs)
	return __en.email_fixed_where(inputs)
});
/**
* | output |
* | --- |
* | "Not acknowledged yet: escalated to level {level} of {of} ({name})" |
*
* @param {Email_Headline_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_headline_escalated = /** @type {((inputs: Email_Headline_EscalatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Headline_EscalatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_headline_escalated(inputs)
	if (locale === "da") return __da.email_headline_escalated(inputs)
	if (locale === "sv") return __sv.email_headline_escalated(inputs)
	return __en.email_headline_escalated(inputs)
});
/**
* | output |
* | --- |
* | "A {severity} defect needs someone (level {level} of {of}: {name})" |
*
* @param {Email_Headline_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_headline_new = /** @type {((inputs: Email_Headline_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Headline_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_headline_new(inputs)
	if (locale === "da") return __da.email_headline_new(inputs)
	if (locale === "sv") return __sv.email_headline_new(inputs)
	return __en.email_headline_new(inputs)
});
/**
* | output |
* | --- |
* | "{what}: {severity} {fault}, {asset} ({zone}, {site})" |
*
* @param {Email_Notice_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_notice_subject = /** @type {((inputs: Email_Notice_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Notice_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_notice_subject(inputs)
	if (locale === "da") return __da.email_notice_subject(inputs)
	if (locale === "sv") return __sv.email_notice_subject(inputs)
	return __en.email_notice_subject(inputs)
});
/**
* | output |
* | --- |
* | "Open in Bulb Check" |
*
* @param {Email_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_open = /** @type {((inputs?: Email_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_open(inputs)
	if (locale === "da") return __da.email_open(inputs)
	if (locale === "sv") return __sv.email_open(inputs)
	return __en.email_open(inputs)
});
/**
* | output |
* | --- |
* | "Open the defect" |
*
* @param {Email_Open_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_open_defect = /** @type {((inputs?: Email_Open_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Open_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_open_defect(inputs)
	if (locale === "da") return __da.email_open_defect(inputs)
	if (locale === "sv") return __sv.email_open_defect(inputs)
	return __en.email_open_defect(inputs)
});
/**
* | output |
* | --- |
* | "Sent by Bulb Check." |
*
* @param {Email_Sent_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_sent_by = /** @type {((inputs?: Email_Sent_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Sent_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_sent_by(inputs)
	if (locale === "da") return __da.email_sent_by(inputs)
	if (locale === "sv") return __sv.email_sent_by(inputs)
	return __en.email_sent_by(inputs)
});
/**
* | output |
* | --- |
* | "Escalated {severity} defect at {site}: {title}" |
*
* @param {Email_Subject_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_subject_escalated = /** @type {((inputs: Email_Subject_EscalatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Subject_EscalatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_subject_escalated(inputs)
	if (locale === "da") return __da.email_subject_escalated(inputs)
	if (locale === "sv") return __sv.email_subject_escalated(inputs)
	return __en.email_subject_escalated(inputs)
});
/**
* | output |
* | --- |
* | "New {severity} defect at {site}: {title}" |
*
* @param {Email_Subject_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_subject_new = /** @type {((inputs: Email_Subject_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Subject_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_subject_new(inputs)
	if (locale === "da") return __da.email_subject_new(inputs)
	if (locale === "sv") return __sv.email_subject_new(inputs)
	return __en.email_subject_new(inputs)
});
/**
* | output |
* | --- |
* | "This is a test message: the channel works." |
*
* @param {Email_Test_HeadlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_test_headline = /** @type {((inputs?: Email_Test_HeadlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Test_HeadlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_test_headline(inputs)
	if (locale === "da") return __da.email_test_headline(inputs)
	if (locale === "sv") return __sv.email_test_headline(inputs)
	return __en.email_test_headline(inputs)
});
/**
* | output |
* | --- |
* | "Test from Bulb Check: {channel}" |
*
* @param {Email_Test_SubjectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_test_subject = /** @type {((inputs: Email_Test_SubjectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Test_SubjectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_test_subject(inputs)
	if (locale === "da") return __da.email_test_subject(inputs)
	if (locale === "sv") return __sv.email_test_subject(inputs)
	return __en.email_test_subject(inputs)
});
/**
* | output |
* | --- |
* | "your team (managers of {site})" |
*
* @param {Email_To_Team_ManagersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_team_managers = /** @type {((inputs: Email_To_Team_ManagersInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_To_Team_ManagersInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_to_team_managers(inputs)
	if (locale === "da") return __da.email_to_team_managers(inputs)
	if (locale === "sv") return __sv.email_to_team_managers(inputs)
	return __en.email_to_team_managers(inputs)
});
/**
* | output |
* | --- |
* | "your team (staff of {site})" |
*
* @param {Email_To_Team_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_team_staff = /** @type {((inputs: Email_To_Team_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_To_Team_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_to_team_staff(inputs)
	if (locale === "da") return __da.email_to_team_staff(inputs)
	if (locale === "sv") return __sv.email_to_team_staff(inputs)
	return __en.email_to_team_staff(inputs)
});
/**
* | output |
* | --- |
* | "you" |
*
* @param {Email_To_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_to_you = /** @type {((inputs?: Email_To_YouInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_To_YouInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_to_you(inputs)
	if (locale === "da") return __da.email_to_you(inputs)
	if (locale === "sv") return __sv.email_to_you(inputs)
	return __en.email_to_you(inputs)
});
/**
* | output |
* | --- |
* | "Sent by Bulb Check: you get this because you are a user there with this e-mail address." |
*
* @param {Email_Why_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const email_why_you = /** @type {((inputs?: Email_Why_YouInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Email_Why_YouInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.email_why_you(inputs)
	if (locale === "da") return __da.email_why_you(inputs)
	if (locale === "sv") return __sv.email_why_you(inputs)
	return __en.email_why_you(inputs)
});
/**
* | output |
* | --- |
* | "Battery low" |
*
* @param {Fault_Battery_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_battery_low = /** @type {((inputs?: Fault_Battery_LowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Battery_LowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_battery_low(inputs)
	if (locale === "da") return __da.fault_battery_low(inputs)
	if (locale === "sv") return __sv.fault_battery_low(inputs)
	return __en.fault_battery_low(inputs)
});
/**
* | output |
* | --- |
* | "Broken" |
*
* @param {Fault_BrokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_broken = /** @type {((inputs?: Fault_BrokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_BrokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_broken(inputs)
	if (locale === "da") return __da.fault_broken(inputs)
	if (locale === "sv") return __sv.fault_broken(inputs)
	return __en.fault_broken(inputs)
});
/**
* | output |
* | --- |
* | "Bulb out" |
*
* @param {Fault_Bulb_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_bulb_out = /** @type {((inputs?: Fault_Bulb_OutInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Bulb_OutInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_bulb_out(inputs)
	if (locale === "da") return __da.fault_bulb_out(inputs)
	if (locale === "sv") return __sv.fault_bulb_out(inputs)
	return __en.fault_bulb_out(inputs)
});
/**
* | output |
* | --- |
* | "Button dead" |
*
* @param {Fault_Button_DeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_button_dead = /** @type {((inputs?: Fault_Button_DeadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Button_DeadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_button_dead(inputs)
	if (locale === "da") return __da.fault_button_dead(inputs)
	if (locale === "sv") return __sv.fault_button_dead(inputs)
	return __en.fault_button_dead(inputs)
});
/**
* | output |
* | --- |
* | "Device offline" |
*
* @param {Fault_Device_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_device_offline = /** @type {((inputs?: Fault_Device_OfflineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Device_OfflineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_device_offline(inputs)
	if (locale === "da") return __da.fault_device_offline(inputs)
	if (locale === "sv") return __sv.fault_device_offline(inputs)
	return __en.fault_device_offline(inputs)
});
/**
* | output |
* | --- |
* | "Dirty" |
*
* @param {Fault_DirtyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_dirty = /** @type {((inputs?: Fault_DirtyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_DirtyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_dirty(inputs)
	if (locale === "da") return __da.fault_dirty(inputs)
	if (locale === "sv") return __sv.fault_dirty(inputs)
	return __en.fault_dirty(inputs)
});
/**
* | output |
* | --- |
* | "Flickering" |
*
* @param {Fault_FlickerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_flicker = /** @type {((inputs?: Fault_FlickerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_FlickerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_flicker(inputs)
	if (locale === "da") return __da.fault_flicker(inputs)
	if (locale === "sv") return __sv.fault_flicker(inputs)
	return __en.fault_flicker(inputs)
});
/**
* | output |
* | --- |
* | "Inspection overdue" |
*
* @param {Fault_Inspection_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_inspection_overdue = /** @type {((inputs?: Fault_Inspection_OverdueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Inspection_OverdueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_inspection_overdue(inputs)
	if (locale === "da") return __da.fault_inspection_overdue(inputs)
	if (locale === "sv") return __sv.fault_inspection_overdue(inputs)
	return __en.fault_inspection_overdue(inputs)
});
/**
* | output |
* | --- |
* | "Something else" |
*
* @param {Fault_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_other = /** @type {((inputs?: Fault_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_other(inputs)
	if (locale === "da") return __da.fault_other(inputs)
	if (locale === "sv") return __sv.fault_other(inputs)
	return __en.fault_other(inputs)
});
/**
* | output |
* | --- |
* | "Out of order" |
*
* @param {Fault_Out_Of_OrderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_out_of_order = /** @type {((inputs?: Fault_Out_Of_OrderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Out_Of_OrderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_out_of_order(inputs)
	if (locale === "da") return __da.fault_out_of_order(inputs)
	if (locale === "sv") return __sv.fault_out_of_order(inputs)
	return __en.fault_out_of_order(inputs)
});
/**
* | output |
* | --- |
* | "Sensor may be wrong" |
*
* @param {Fault_Sensor_SuspectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_sensor_suspect = /** @type {((inputs?: Fault_Sensor_SuspectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Sensor_SuspectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_sensor_suspect(inputs)
	if (locale === "da") return __da.fault_sensor_suspect(inputs)
	if (locale === "sv") return __sv.fault_sensor_suspect(inputs)
	return __en.fault_sensor_suspect(inputs)
});
/**
* | output |
* | --- |
* | "Sign wrong or missing" |
*
* @param {Fault_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_signage = /** @type {((inputs?: Fault_SignageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_SignageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_signage(inputs)
	if (locale === "da") return __da.fault_signage(inputs)
	if (locale === "sv") return __sv.fault_signage(inputs)
	return __en.fault_signage(inputs)
});
/**
* | output |
* | --- |
* | "Spill" |
*
* @param {Fault_SpillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_spill = /** @type {((inputs?: Fault_SpillInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_SpillInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_spill(inputs)
	if (locale === "da") return __da.fault_spill(inputs)
	if (locale === "sv") return __sv.fault_spill(inputs)
	return __en.fault_spill(inputs)
});
/**
* | output |
* | --- |
* | "Supplies empty" |
*
* @param {Fault_Supplies_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const fault_supplies_empty = /** @type {((inputs?: Fault_Supplies_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Supplies_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.fault_supplies_empty(inputs)
	if (locale === "da") return __da.fault_supplies_empty(inputs)
	if (locale === "sv") return __sv.fault_supplies_empty(inputs)
	return __en.fault_supplies_empty(inputs)
});
/**
* | output |
* | --- |
* | "—" |
*
* @param {None_DashInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const none_dash = /** @type {((inputs?: None_DashInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<None_DashInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.none_dash(inputs)
	if (locale === "da") return __da.none_dash(inputs)
	if (locale === "sv") return __sv.none_dash(inputs)
	return __en.none_dash(inputs)
});
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
export const qr_ago_days = /** @type {((inputs: Qr_Ago_DaysInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Ago_DaysInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_ago_days(inputs)
	if (locale === "da") return __da.qr_ago_days(inputs)
	if (locale === "sv") return __sv.qr_ago_days(inputs)
	return __en.qr_ago_days(inputs)
});
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
export const qr_ago_hours = /** @type {((inputs: Qr_Ago_HoursInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Ago_HoursInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_ago_hours(inputs)
	if (locale === "da") return __da.qr_ago_hours(inputs)
	if (locale === "sv") return __sv.qr_ago_hours(inputs)
	return __en.qr_ago_hours(inputs)
});
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
export const qr_ago_minutes = /** @type {((inputs: Qr_Ago_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Ago_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_ago_minutes(inputs)
	if (locale === "da") return __da.qr_ago_minutes(inputs)
	if (locale === "sv") return __sv.qr_ago_minutes(inputs)
	return __en.qr_ago_minutes(inputs)
});
/**
* | output |
* | --- |
* | "a moment ago" |
*
* @param {Qr_Ago_MomentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_ago_moment = /** @type {((inputs?: Qr_Ago_MomentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Ago_MomentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_ago_moment(inputs)
	if (locale === "da") return __da.qr_ago_moment(inputs)
	if (locale === "sv") return __sv.qr_ago_moment(inputs)
	return __en.qr_ago_moment(inputs)
});
/**
* | output |
* | --- |
* | "All QR labels of {site}" |
*
* @param {Qr_All_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_all_labels = /** @type {((inputs: Qr_All_LabelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_All_LabelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_all_labels(inputs)
	if (locale === "da") return __da.qr_all_labels(inputs)
	if (locale === "sv") return __sv.qr_all_labels(inputs)
	return __en.qr_all_labels(inputs)
});
/**
* | output |
* | --- |
* | "Already reported {ago}; staff are on it. Thank you for telling us too: {fault} at {asset}." |
*
* @param {Qr_AlreadyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_already = /** @type {((inputs: Qr_AlreadyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_AlreadyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_already(inputs)
	if (locale === "da") return __da.qr_already(inputs)
	if (locale === "sv") return __sv.qr_already(inputs)
	return __en.qr_already(inputs)
});
/**
* | output |
* | --- |
* | "Already reported" |
*
* @param {Qr_Already_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_already_title = /** @type {((inputs?: Qr_Already_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Already_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_already_title(inputs)
	if (locale === "da") return __da.qr_already_title(inputs)
	if (locale === "sv") return __sv.qr_already_title(inputs)
	return __en.qr_already_title(inputs)
});
/**
* | output |
* | --- |
* | "‹ Back to {site}" |
*
* @param {Qr_Back_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_back_to = /** @type {((inputs: Qr_Back_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Back_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_back_to(inputs)
	if (locale === "da") return __da.qr_back_to(inputs)
	if (locale === "sv") return __sv.qr_back_to(inputs)
	return __en.qr_back_to(inputs)
});
/**
* | output |
* | --- |
* | "That e-mail address does not look right. Check it, or leave the field empty." |
*
* @param {Qr_Bad_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_bad_email = /** @type {((inputs?: Qr_Bad_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Bad_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_bad_email(inputs)
	if (locale === "da") return __da.qr_bad_email(inputs)
	if (locale === "sv") return __sv.qr_bad_email(inputs)
	return __en.qr_bad_email(inputs)
});
/**
* | output |
* | --- |
* | "Choose what is wrong." |
*
* @param {Qr_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_choose = /** @type {((inputs?: Qr_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_choose(inputs)
	if (locale === "da") return __da.qr_choose(inputs)
	if (locale === "sv") return __sv.qr_choose(inputs)
	return __en.qr_choose(inputs)
});
/**
* | output |
* | --- |
* | "E-mail me when it is fixed (optional)" |
*
* @param {Qr_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email = /** @type {((inputs?: Qr_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_email(inputs)
	if (locale === "da") return __da.qr_email(inputs)
	if (locale === "sv") return __sv.qr_email(inputs)
	return __en.qr_email(inputs)
});
/**
* | output |
* | --- |
* | "you@example.com" |
*
* @param {Qr_Email_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email_placeholder = /** @type {((inputs?: Qr_Email_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Email_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_email_placeholder(inputs)
	if (locale === "da") return __da.qr_email_placeholder(inputs)
	if (locale === "sv") return __sv.qr_email_placeholder(inputs)
	return __en.qr_email_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "We write once, when it is fixed, and keep your address only until then." |
*
* @param {Qr_Email_PromiseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_email_promise = /** @type {((inputs?: Qr_Email_PromiseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Email_PromiseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_email_promise(inputs)
	if (locale === "da") return __da.qr_email_promise(inputs)
	if (locale === "sv") return __sv.qr_email_promise(inputs)
	return __en.qr_email_promise(inputs)
});
/**
* | output |
* | --- |
* | "Broken" |
*
* @param {Qr_Fault_BrokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_broken = /** @type {((inputs?: Qr_Fault_BrokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_BrokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_broken(inputs)
	if (locale === "da") return __da.qr_fault_broken(inputs)
	if (locale === "sv") return __sv.qr_fault_broken(inputs)
	return __en.qr_fault_broken(inputs)
});
/**
* | output |
* | --- |
* | "Light is out" |
*
* @param {Qr_Fault_Bulb_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_bulb_out = /** @type {((inputs?: Qr_Fault_Bulb_OutInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_Bulb_OutInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_bulb_out(inputs)
	if (locale === "da") return __da.qr_fault_bulb_out(inputs)
	if (locale === "sv") return __sv.qr_fault_bulb_out(inputs)
	return __en.qr_fault_bulb_out(inputs)
});
/**
* | output |
* | --- |
* | "Button does not work" |
*
* @param {Qr_Fault_Button_DeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_button_dead = /** @type {((inputs?: Qr_Fault_Button_DeadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_Button_DeadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_button_dead(inputs)
	if (locale === "da") return __da.qr_fault_button_dead(inputs)
	if (locale === "sv") return __sv.qr_fault_button_dead(inputs)
	return __en.qr_fault_button_dead(inputs)
});
/**
* | output |
* | --- |
* | "Dirty" |
*
* @param {Qr_Fault_DirtyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_dirty = /** @type {((inputs?: Qr_Fault_DirtyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_DirtyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_dirty(inputs)
	if (locale === "da") return __da.qr_fault_dirty(inputs)
	if (locale === "sv") return __sv.qr_fault_dirty(inputs)
	return __en.qr_fault_dirty(inputs)
});
/**
* | output |
* | --- |
* | "Light flickers" |
*
* @param {Qr_Fault_FlickerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_flicker = /** @type {((inputs?: Qr_Fault_FlickerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_FlickerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_flicker(inputs)
	if (locale === "da") return __da.qr_fault_flicker(inputs)
	if (locale === "sv") return __sv.qr_fault_flicker(inputs)
	return __en.qr_fault_flicker(inputs)
});
/**
* | output |
* | --- |
* | "Something else" |
*
* @param {Qr_Fault_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_other = /** @type {((inputs?: Qr_Fault_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_other(inputs)
	if (locale === "da") return __da.qr_fault_other(inputs)
	if (locale === "sv") return __sv.qr_fault_other(inputs)
	return __en.qr_fault_other(inputs)
});
/**
* | output |
* | --- |
* | "Out of order" |
*
* @param {Qr_Fault_Out_Of_OrderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_out_of_order = /** @type {((inputs?: Qr_Fault_Out_Of_OrderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_Out_Of_OrderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_out_of_order(inputs)
	if (locale === "da") return __da.qr_fault_out_of_order(inputs)
	if (locale === "sv") return __sv.qr_fault_out_of_order(inputs)
	return __en.qr_fault_out_of_order(inputs)
});
/**
* | output |
* | --- |
* | "Sign is wrong or missing" |
*
* @param {Qr_Fault_SignageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_signage = /** @type {((inputs?: Qr_Fault_SignageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_SignageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_signage(inputs)
	if (locale === "da") return __da.qr_fault_signage(inputs)
	if (locale === "sv") return __sv.qr_fault_signage(inputs)
	return __en.qr_fault_signage(inputs)
});
/**
* | output |
* | --- |
* | "Something spilled" |
*
* @param {Qr_Fault_SpillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_spill = /** @type {((inputs?: Qr_Fault_SpillInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_SpillInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_spill(inputs)
	if (locale === "da") return __da.qr_fault_spill(inputs)
	if (locale === "sv") return __sv.qr_fault_spill(inputs)
	return __en.qr_fault_spill(inputs)
});
/**
* | output |
* | --- |
* | "Empty (soap, paper, ...)" |
*
* @param {Qr_Fault_Supplies_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_fault_supplies_empty = /** @type {((inputs?: Qr_Fault_Supplies_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Fault_Supplies_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_fault_supplies_empty(inputs)
	if (locale === "da") return __da.qr_fault_supplies_empty(inputs)
	if (locale === "sv") return __sv.qr_fault_supplies_empty(inputs)
	return __en.qr_fault_supplies_empty(inputs)
});
/**
* | output |
* | --- |
* | "This QR code is no longer valid. Please tell a member of staff." |
*
* @param {Qr_InvalidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_invalid = /** @type {((inputs?: Qr_InvalidInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_InvalidInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_invalid(inputs)
	if (locale === "da") return __da.qr_invalid(inputs)
	if (locale === "sv") return __sv.qr_invalid(inputs)
	return __en.qr_invalid(inputs)
});
/**
* | output |
* | --- |
* | "There is no such asset at this site: {asset}." |
*
* @param {Qr_No_Such_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_no_such_asset = /** @type {((inputs: Qr_No_Such_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_No_Such_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_no_such_asset(inputs)
	if (locale === "da") return __da.qr_no_such_asset(inputs)
	if (locale === "sv") return __sv.qr_no_such_asset(inputs)
	return __en.qr_no_such_asset(inputs)
});
/**
* | output |
* | --- |
* | "Sorry, the report did not go through. Please try again." |
*
* @param {Qr_Not_ThroughInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_not_through = /** @type {((inputs?: Qr_Not_ThroughInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Not_ThroughInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_not_through(inputs)
	if (locale === "da") return __da.qr_not_through(inputs)
	if (locale === "sv") return __sv.qr_not_through(inputs)
	return __en.qr_not_through(inputs)
});
/**
* | output |
* | --- |
* | "Note (optional)" |
*
* @param {Qr_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_note = /** @type {((inputs?: Qr_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_note(inputs)
	if (locale === "da") return __da.qr_note(inputs)
	if (locale === "sv") return __sv.qr_note(inputs)
	return __en.qr_note(inputs)
});
/**
* | output |
* | --- |
* | "e.g. 3rd floor, left side" |
*
* @param {Qr_Note_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_note_placeholder = /** @type {((inputs?: Qr_Note_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Note_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_note_placeholder(inputs)
	if (locale === "da") return __da.qr_note_placeholder(inputs)
	if (locale === "sv") return __sv.qr_note_placeholder(inputs)
	return __en.qr_note_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Photo (optional; location data is removed)" |
*
* @param {Qr_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo = /** @type {((inputs?: Qr_PhotoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_PhotoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_photo(inputs)
	if (locale === "da") return __da.qr_photo(inputs)
	if (locale === "sv") return __sv.qr_photo(inputs)
	return __en.qr_photo(inputs)
});
/**
* | output |
* | --- |
* | "Your photo could not be attached; the report was sent." |
*
* @param {Qr_Photo_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_failed = /** @type {((inputs?: Qr_Photo_FailedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Photo_FailedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_photo_failed(inputs)
	if (locale === "da") return __da.qr_photo_failed(inputs)
	if (locale === "sv") return __sv.qr_photo_failed(inputs)
	return __en.qr_photo_failed(inputs)
});
/**
* | output |
* | --- |
* | "Your photo was larger than 10 MB, so it was not attached; the report was sent." |
*
* @param {Qr_Photo_Too_BigInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_too_big = /** @type {((inputs?: Qr_Photo_Too_BigInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Photo_Too_BigInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_photo_too_big(inputs)
	if (locale === "da") return __da.qr_photo_too_big(inputs)
	if (locale === "sv") return __sv.qr_photo_too_big(inputs)
	return __en.qr_photo_too_big(inputs)
});
/**
* | output |
* | --- |
* | "Your photo could not be read (send a JPEG, PNG, WebP or HEIC picture), so it was not attached; the report was sent." |
*
* @param {Qr_Photo_UnreadableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_photo_unreadable = /** @type {((inputs?: Qr_Photo_UnreadableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Photo_UnreadableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_photo_unreadable(inputs)
	if (locale === "da") return __da.qr_photo_unreadable(inputs)
	if (locale === "sv") return __sv.qr_photo_unreadable(inputs)
	return __en.qr_photo_unreadable(inputs)
});
/**
* | output |
* | --- |
* | "Scan to tell us: {asset}, {zone}, {site}" |
*
* @param {Qr_Poster_ScanInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_poster_scan = /** @type {((inputs: Qr_Poster_ScanInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Poster_ScanInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_poster_scan(inputs)
	if (locale === "da") return __da.qr_poster_scan(inputs)
	if (locale === "sv") return __sv.qr_poster_scan(inputs)
	return __en.qr_poster_scan(inputs)
});
/**
* | output |
* | --- |
* | "Something wrong here?" |
*
* @param {Qr_Poster_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_poster_title = /** @type {((inputs?: Qr_Poster_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Poster_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_poster_title(inputs)
	if (locale === "da") return __da.qr_poster_title(inputs)
	if (locale === "sv") return __sv.qr_poster_title(inputs)
	return __en.qr_poster_title(inputs)
});
/**
* | output |
* | --- |
* | "Print" |
*
* @param {Qr_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_print = /** @type {((inputs?: Qr_PrintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_PrintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_print(inputs)
	if (locale === "da") return __da.qr_print(inputs)
	if (locale === "sv") return __sv.qr_print(inputs)
	return __en.qr_print(inputs)
});
/**
* | output |
* | --- |
* | "Your reference:" |
*
* @param {Qr_ReferenceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_reference = /** @type {((inputs?: Qr_ReferenceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_ReferenceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_reference(inputs)
	if (locale === "da") return __da.qr_reference(inputs)
	if (locale === "sv") return __sv.qr_reference(inputs)
	return __en.qr_reference(inputs)
});
/**
* | output |
* | --- |
* | "Reporting as staff." |
*
* @param {Qr_Reporting_As_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_reporting_as_staff = /** @type {((inputs?: Qr_Reporting_As_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Reporting_As_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_reporting_as_staff(inputs)
	if (locale === "da") return __da.qr_reporting_as_staff(inputs)
	if (locale === "sv") return __sv.qr_reporting_as_staff(inputs)
	return __en.qr_reporting_as_staff(inputs)
});
/**
* | output |
* | --- |
* | "Revoke and make a new code" |
*
* @param {Qr_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke = /** @type {((inputs?: Qr_RevokeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_RevokeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_revoke(inputs)
	if (locale === "da") return __da.qr_revoke(inputs)
	if (locale === "sv") return __sv.qr_revoke(inputs)
	return __en.qr_revoke(inputs)
});
/**
* | output |
* | --- |
* | "Every printed code of {asset} stops working at once. Use this when a code was copied or misused." |
*
* @param {Qr_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke_explain = /** @type {((inputs: Qr_Revoke_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Revoke_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_revoke_explain(inputs)
	if (locale === "da") return __da.qr_revoke_explain(inputs)
	if (locale === "sv") return __sv.qr_revoke_explain(inputs)
	return __en.qr_revoke_explain(inputs)
});
/**
* | output |
* | --- |
* | "Revoke this code and print a new one…" |
*
* @param {Qr_Revoke_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_revoke_summary = /** @type {((inputs?: Qr_Revoke_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Revoke_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_revoke_summary(inputs)
	if (locale === "da") return __da.qr_revoke_summary(inputs)
	if (locale === "sv") return __sv.qr_revoke_summary(inputs)
	return __en.qr_revoke_summary(inputs)
});
/**
* | output |
* | --- |
* | "New code made. Codes printed before no longer work: replace them with this one." |
*
* @param {Qr_RotatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_rotated = /** @type {((inputs?: Qr_RotatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_RotatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_rotated(inputs)
	if (locale === "da") return __da.qr_rotated(inputs)
	if (locale === "sv") return __sv.qr_rotated(inputs)
	return __en.qr_rotated(inputs)
});
/**
* | output |
* | --- |
* | "The report did not go through: {reason}" |
*
* @param {Qr_Staff_Not_ThroughInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_staff_not_through = /** @type {((inputs: Qr_Staff_Not_ThroughInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Staff_Not_ThroughInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_staff_not_through(inputs)
	if (locale === "da") return __da.qr_staff_not_through(inputs)
	if (locale === "sv") return __sv.qr_staff_not_through(inputs)
	return __en.qr_staff_not_through(inputs)
});
/**
* | output |
* | --- |
* | "Thank you!" |
*
* @param {Qr_ThanksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_thanks = /** @type {((inputs?: Qr_ThanksInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_ThanksInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_thanks(inputs)
	if (locale === "da") return __da.qr_thanks(inputs)
	if (locale === "sv") return __sv.qr_thanks(inputs)
	return __en.qr_thanks(inputs)
});
/**
* | output |
* | --- |
* | "Report a problem · {asset}" |
*
* @param {Qr_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_title = /** @type {((inputs: Qr_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_title(inputs)
	if (locale === "da") return __da.qr_title(inputs)
	if (locale === "sv") return __sv.qr_title(inputs)
	return __en.qr_title(inputs)
});
/**
* | output |
* | --- |
* | "We have been told: {fault} at {asset}. Our staff will take care of it." |
*
* @param {Qr_ToldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_told = /** @type {((inputs: Qr_ToldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_ToldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_told(inputs)
	if (locale === "da") return __da.qr_told(inputs)
	if (locale === "sv") return __sv.qr_told(inputs)
	return __en.qr_told(inputs)
});
/**
* | output |
* | --- |
* | "Too many reports from this connection; please try again in a few minutes." |
*
* @param {Qr_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_too_many = /** @type {((inputs?: Qr_Too_ManyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Too_ManyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_too_many(inputs)
	if (locale === "da") return __da.qr_too_many(inputs)
	if (locale === "sv") return __sv.qr_too_many(inputs)
	return __en.qr_too_many(inputs)
});
/**
* | output |
* | --- |
* | "What is wrong? One tap sends it." |
*
* @param {Qr_What_Is_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_what_is_wrong = /** @type {((inputs?: Qr_What_Is_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_What_Is_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_what_is_wrong(inputs)
	if (locale === "da") return __da.qr_what_is_wrong(inputs)
	if (locale === "sv") return __sv.qr_what_is_wrong(inputs)
	return __en.qr_what_is_wrong(inputs)
});
/**
* | output |
* | --- |
* | "We will e-mail you once when it is fixed, then delete your address." |
*
* @param {Qr_Will_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const qr_will_email = /** @type {((inputs?: Qr_Will_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qr_Will_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.qr_will_email(inputs)
	if (locale === "da") return __da.qr_will_email(inputs)
	if (locale === "sv") return __sv.qr_will_email(inputs)
	return __en.qr_will_email(inputs)
});
/**
* | output |
* | --- |
* | "All my sites" |
*
* @param {Reports_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_all_sites = /** @type {((inputs?: Reports_All_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_All_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_all_sites(inputs)
	if (locale === "da") return __da.reports_all_sites(inputs)
	if (locale === "sv") return __sv.reports_all_sites(inputs)
	return __en.reports_all_sites(inputs)
});
/**
* | output |
* | --- |
* | "Caught before customers: {share} of customer-visible defects" |
*
* @param {Reports_CaughtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_caught = /** @type {((inputs: Reports_CaughtInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_CaughtInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_caught(inputs)
	if (locale === "da") return __da.reports_caught(inputs)
	if (locale === "sv") return __sv.reports_caught(inputs)
	return __en.reports_caught(inputs)
});
/**
* | output |
* | --- |
* | "Caught before customers: {share}" |
*
* @param {Reports_Caught_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_caught_short = /** @type {((inputs: Reports_Caught_ShortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Caught_ShortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_caught_short(inputs)
	if (locale === "da") return __da.reports_caught_short(inputs)
	if (locale === "sv") return __sv.reports_caught_short(inputs)
	return __en.reports_caught_short(inputs)
});
/**
* | output |
* | --- |
* | "Defect" |
*
* @param {Reports_Col_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_defect = /** @type {((inputs?: Reports_Col_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_defect(inputs)
	if (locale === "da") return __da.reports_col_defect(inputs)
	if (locale === "sv") return __sv.reports_col_defect(inputs)
	return __en.reports_col_defect(inputs)
});
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Reports_Col_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_found_by = /** @type {((inputs?: Reports_Col_Found_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_Found_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_found_by(inputs)
	if (locale === "da") return __da.reports_col_found_by(inputs)
	if (locale === "sv") return __sv.reports_col_found_by(inputs)
	return __en.reports_col_found_by(inputs)
});
/**
* | output |
* | --- |
* | "Open for" |
*
* @param {Reports_Col_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_open_for = /** @type {((inputs?: Reports_Col_Open_ForInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_Open_ForInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_open_for(inputs)
	if (locale === "da") return __da.reports_col_open_for(inputs)
	if (locale === "sv") return __sv.reports_col_open_for(inputs)
	return __en.reports_col_open_for(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Reports_Col_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_opened = /** @type {((inputs?: Reports_Col_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_opened(inputs)
	if (locale === "da") return __da.reports_col_opened(inputs)
	if (locale === "sv") return __sv.reports_col_opened(inputs)
	return __en.reports_col_opened(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Reports_Col_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_severity = /** @type {((inputs?: Reports_Col_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_severity(inputs)
	if (locale === "da") return __da.reports_col_severity(inputs)
	if (locale === "sv") return __sv.reports_col_severity(inputs)
	return __en.reports_col_severity(inputs)
});
/**
* | output |
* | --- |
* | "State" |
*
* @param {Reports_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_col_state = /** @type {((inputs?: Reports_Col_StateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Col_StateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_col_state(inputs)
	if (locale === "da") return __da.reports_col_state(inputs)
	if (locale === "sv") return __sv.reports_col_state(inputs)
	return __en.reports_col_state(inputs)
});
/**
* | output |
* | --- |
* | "No day: yesterday, in each site's time zone." |
*
* @param {Reports_Day_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_day_hint = /** @type {((inputs?: Reports_Day_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Day_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_day_hint(inputs)
	if (locale === "da") return __da.reports_day_hint(inputs)
	if (locale === "sv") return __sv.reports_day_hint(inputs)
	return __en.reports_day_hint(inputs)
});
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Reports_Day_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_day_label = /** @type {((inputs?: Reports_Day_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Day_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_day_label(inputs)
	if (locale === "da") return __da.reports_day_label(inputs)
	if (locale === "sv") return __sv.reports_day_label(inputs)
	return __en.reports_day_label(inputs)
});
/**
* | output |
* | --- |
* | "#{id} {severity} {fault}: {asset} ({zone}), opened {opened} by {who}, {status}, {open_for}" |
*
* @param {Reports_Defect_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_defect_line = /** @type {((inputs: Reports_Defect_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Defect_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_defect_line(inputs)
	if (locale === "da") return __da.reports_defect_line(inputs)
	if (locale === "sv") return __sv.reports_defect_line(inputs)
	return __en.reports_defect_line(inputs)
});
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
export const reports_failed_count = /** @type {((inputs: Reports_Failed_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Failed_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_failed_count(inputs)
	if (locale === "da") return __da.reports_failed_count(inputs)
	if (locale === "sv") return __sv.reports_failed_count(inputs)
	return __en.reports_failed_count(inputs)
});
/**
* | output |
* | --- |
* | "Failed that day" |
*
* @param {Reports_Failed_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_failed_heading = /** @type {((inputs?: Reports_Failed_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Failed_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_failed_heading(inputs)
	if (locale === "da") return __da.reports_failed_heading(inputs)
	if (locale === "sv") return __sv.reports_failed_heading(inputs)
	return __en.reports_failed_heading(inputs)
});
/**
* | output |
* | --- |
* | "Reported first most often: {list}" |
*
* @param {Reports_First_MostInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_first_most = /** @type {((inputs: Reports_First_MostInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_First_MostInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_first_most(inputs)
	if (locale === "da") return __da.reports_first_most(inputs)
	if (locale === "sv") return __sv.reports_first_most(inputs)
	return __en.reports_first_most(inputs)
});
/**
* | output |
* | --- |
* | "Found first by: sensors {sensor}, staff {staff}, customers {customer}, Bulb Check {system}" |
*
* @param {Reports_Found_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_found_first = /** @type {((inputs: Reports_Found_FirstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Found_FirstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_found_first(inputs)
	if (locale === "da") return __da.reports_found_first(inputs)
	if (locale === "sv") return __sv.reports_found_first(inputs)
	return __en.reports_found_first(inputs)
});
/**
* | output |
* | --- |
* | "Daily bulb report {date}: {scope}" |
*
* @param {Reports_Mail_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_mail_title = /** @type {((inputs: Reports_Mail_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Mail_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_mail_title(inputs)
	if (locale === "da") return __da.reports_mail_title(inputs)
	if (locale === "sv") return __sv.reports_mail_title(inputs)
	return __en.reports_mail_title(inputs)
});
/**
* | output |
* | --- |
* | "No sites to report on." |
*
* @param {Reports_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_no_sites = /** @type {((inputs?: Reports_No_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_No_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_no_sites(inputs)
	if (locale === "da") return __da.reports_no_sites(inputs)
	if (locale === "sv") return __sv.reports_no_sites(inputs)
	return __en.reports_no_sites(inputs)
});
/**
* | output |
* | --- |
* | "None." |
*
* @param {Reports_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_none = /** @type {((inputs?: Reports_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_none(inputs)
	if (locale === "da") return __da.reports_none(inputs)
	if (locale === "sv") return __sv.reports_none(inputs)
	return __en.reports_none(inputs)
});
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
export const reports_open_count = /** @type {((inputs: Reports_Open_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Open_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_open_count(inputs)
	if (locale === "da") return __da.reports_open_count(inputs)
	if (locale === "sv") return __sv.reports_open_count(inputs)
	return __en.reports_open_count(inputs)
});
/**
* | output |
* | --- |
* | "Still open" |
*
* @param {Reports_Open_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_open_heading = /** @type {((inputs?: Reports_Open_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Open_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_open_heading(inputs)
	if (locale === "da") return __da.reports_open_heading(inputs)
	if (locale === "sv") return __sv.reports_open_heading(inputs)
	return __en.reports_open_heading(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({zone}): overdue since {since}, checked {checked}" |
*
* @param {Reports_Overdue_CheckedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_checked = /** @type {((inputs: Reports_Overdue_CheckedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Overdue_CheckedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_overdue_checked(inputs)
	if (locale === "da") return __da.reports_overdue_checked(inputs)
	if (locale === "sv") return __sv.reports_overdue_checked(inputs)
	return __en.reports_overdue_checked(inputs)
});
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
export const reports_overdue_count = /** @type {((inputs: Reports_Overdue_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Overdue_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_overdue_count(inputs)
	if (locale === "da") return __da.reports_overdue_count(inputs)
	if (locale === "sv") return __sv.reports_overdue_count(inputs)
	return __en.reports_overdue_count(inputs)
});
/**
* | output |
* | --- |
* | "Overdue inspections" |
*
* @param {Reports_Overdue_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_heading = /** @type {((inputs?: Reports_Overdue_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Overdue_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_overdue_heading(inputs)
	if (locale === "da") return __da.reports_overdue_heading(inputs)
	if (locale === "sv") return __sv.reports_overdue_heading(inputs)
	return __en.reports_overdue_heading(inputs)
});
/**
* | output |
* | --- |
* | "{name} ({zone}): overdue since {since}, not checked yet" |
*
* @param {Reports_Overdue_UncheckedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_overdue_unchecked = /** @type {((inputs: Reports_Overdue_UncheckedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Overdue_UncheckedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_overdue_unchecked(inputs)
	if (locale === "da") return __da.reports_overdue_unchecked(inputs)
	if (locale === "sv") return __sv.reports_overdue_unchecked(inputs)
	return __en.reports_overdue_unchecked(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Reports_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_show = /** @type {((inputs?: Reports_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_show(inputs)
	if (locale === "da") return __da.reports_show(inputs)
	if (locale === "sv") return __sv.reports_show(inputs)
	return __en.reports_show(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Reports_Site_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_site_label = /** @type {((inputs?: Reports_Site_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Site_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_site_label(inputs)
	if (locale === "da") return __da.reports_site_label(inputs)
	if (locale === "sv") return __sv.reports_site_label(inputs)
	return __en.reports_site_label(inputs)
});
/**
* | output |
* | --- |
* | "customer" |
*
* @param {Reports_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_customer = /** @type {((inputs?: Reports_Source_CustomerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Source_CustomerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_source_customer(inputs)
	if (locale === "da") return __da.reports_source_customer(inputs)
	if (locale === "sv") return __sv.reports_source_customer(inputs)
	return __en.reports_source_customer(inputs)
});
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Reports_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_sensor = /** @type {((inputs?: Reports_Source_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Source_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_source_sensor(inputs)
	if (locale === "da") return __da.reports_source_sensor(inputs)
	if (locale === "sv") return __sv.reports_source_sensor(inputs)
	return __en.reports_source_sensor(inputs)
});
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Reports_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_staff = /** @type {((inputs?: Reports_Source_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Source_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_source_staff(inputs)
	if (locale === "da") return __da.reports_source_staff(inputs)
	if (locale === "sv") return __sv.reports_source_staff(inputs)
	return __en.reports_source_staff(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check" |
*
* @param {Reports_Source_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_source_system = /** @type {((inputs?: Reports_Source_SystemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Source_SystemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_source_system(inputs)
	if (locale === "da") return __da.reports_source_system(inputs)
	if (locale === "sv") return __sv.reports_source_system(inputs)
	return __en.reports_source_system(inputs)
});
/**
* | output |
* | --- |
* | "acknowledged" |
*
* @param {Reports_Status_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_acknowledged = /** @type {((inputs?: Reports_Status_AcknowledgedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Status_AcknowledgedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_status_acknowledged(inputs)
	if (locale === "da") return __da.reports_status_acknowledged(inputs)
	if (locale === "sv") return __sv.reports_status_acknowledged(inputs)
	return __en.reports_status_acknowledged(inputs)
});
/**
* | output |
* | --- |
* | "on hold" |
*
* @param {Reports_Status_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_on_hold = /** @type {((inputs?: Reports_Status_On_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Status_On_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_status_on_hold(inputs)
	if (locale === "da") return __da.reports_status_on_hold(inputs)
	if (locale === "sv") return __sv.reports_status_on_hold(inputs)
	return __en.reports_status_on_hold(inputs)
});
/**
* | output |
* | --- |
* | "open" |
*
* @param {Reports_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_open = /** @type {((inputs?: Reports_Status_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Status_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_status_open(inputs)
	if (locale === "da") return __da.reports_status_open(inputs)
	if (locale === "sv") return __sv.reports_status_open(inputs)
	return __en.reports_status_open(inputs)
});
/**
* | output |
* | --- |
* | "resolved" |
*
* @param {Reports_Status_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_status_resolved = /** @type {((inputs?: Reports_Status_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Status_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_status_resolved(inputs)
	if (locale === "da") return __da.reports_status_resolved(inputs)
	if (locale === "sv") return __sv.reports_status_resolved(inputs)
	return __en.reports_status_resolved(inputs)
});
/**
* | output |
* | --- |
* | "Daily bulb report" |
*
* @param {Reports_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_title = /** @type {((inputs?: Reports_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_title(inputs)
	if (locale === "da") return __da.reports_title(inputs)
	if (locale === "sv") return __sv.reports_title(inputs)
	return __en.reports_title(inputs)
});
/**
* | output |
* | --- |
* | "high" |
*
* @param {Severity_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_high = /** @type {((inputs?: Severity_HighInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Severity_HighInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.severity_high(inputs)
	if (locale === "da") return __da.severity_high(inputs)
	if (locale === "sv") return __sv.severity_high(inputs)
	return __en.severity_high(inputs)
});
/**
* | output |
* | --- |
* | "low" |
*
* @param {Severity_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_low = /** @type {((inputs?: Severity_LowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Severity_LowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.severity_low(inputs)
	if (locale === "da") return __da.severity_low(inputs)
	if (locale === "sv") return __sv.severity_low(inputs)
	return __en.severity_low(inputs)
});
/**
* | output |
* | --- |
* | "medium" |
*
* @param {Severity_MediumInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const severity_medium = /** @type {((inputs?: Severity_MediumInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Severity_MediumInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.severity_medium(inputs)
	if (locale === "da") return __da.severity_medium(inputs)
	if (locale === "sv") return __sv.severity_medium(inputs)
	return __en.severity_medium(inputs)
});
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
export const sites_count = /** @type {((inputs: Sites_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sites_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.sites_count(inputs)
	if (locale === "da") return __da.sites_count(inputs)
	if (locale === "sv") return __sv.sites_count(inputs)
	return __en.sites_count(inputs)
});
/**
* | output |
* | --- |
* | "Open defects" |
*
* @param {Status_AmberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_amber = /** @type {((inputs?: Status_AmberInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_AmberInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.status_amber(inputs)
	if (locale === "da") return __da.status_amber(inputs)
	if (locale === "sv") return __sv.status_amber(inputs)
	return __en.status_amber(inputs)
});
/**
* | output |
* | --- |
* | "All fine" |
*
* @param {Status_GreenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_green = /** @type {((inputs?: Status_GreenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_GreenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.status_green(inputs)
	if (locale === "da") return __da.status_green(inputs)
	if (locale === "sv") return __sv.status_green(inputs)
	return __en.status_green(inputs)
});
/**
* | output |
* | --- |
* | "Action needed" |
*
* @param {Status_RedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_red = /** @type {((inputs?: Status_RedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_RedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.status_red(inputs)
	if (locale === "da") return __da.status_red(inputs)
	if (locale === "sv") return __sv.status_red(inputs)
	return __en.status_red(inputs)
});
/**
* | output |
* | --- |
* | "Unknown" |
*
* @param {Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const status_unknown = /** @type {((inputs?: Status_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.status_unknown(inputs)
	if (locale === "da") return __da.status_unknown(inputs)
	if (locale === "sv") return __sv.status_unknown(inputs)
	return __en.status_unknown(inputs)
});
/**
* | output |
* | --- |
* | "{city} time" |
*
* @param {Zone_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const zone_time = /** @type {((inputs: Zone_TimeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Zone_TimeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.zone_time(inputs)
	if (locale === "da") return __da.zone_time(inputs)
	if (locale === "sv") return __sv.zone_time(inputs)
	return __en.zone_time(inputs)
});
/**
* | output |
* | --- |
* | "UTC" |
*
* @param {Zone_UtcInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const zone_utc = /** @type {((inputs?: Zone_UtcInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Zone_UtcInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.zone_utc(inputs)
	if (locale === "da") return __da.zone_utc(inputs)
	if (locale === "sv") return __sv.zone_utc(inputs)
	return __en.zone_utc(inputs)
});