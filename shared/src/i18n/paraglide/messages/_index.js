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
/** @typedef {{}} Board_LegendInputs */
/** @typedef {{}} Board_LiveInputs */
/** @typedef {{}} Board_Mode_AllInputs */
/** @typedef {{}} Board_Mode_RotateInputs */
/** @typedef {{ count: NonNullable<unknown> }} Board_MoreInputs */
/** @typedef {{}} Board_NewInputs */
/** @typedef {{}} Board_No_SitesInputs */
/** @typedef {{}} Board_Not_Live_HintInputs */
/** @typedef {{ time: NonNullable<unknown> }} Board_Not_Live_SinceInputs */
/** @typedef {{}} Board_Nothing_OpenInputs */
/** @typedef {{ count: NonNullable<unknown> }} Board_OfflineInputs */
/** @typedef {{}} Board_Offline_LegendInputs */
/** @typedef {{ duration: NonNullable<unknown> }} Board_Open_ForInputs */
/** @typedef {{}} Board_OverdueInputs */
/** @typedef {{}} Board_ReconnectingInputs */
/** @typedef {{ count: NonNullable<unknown> }} Board_RestInputs */
/** @typedef {{ count: NonNullable<unknown> }} Board_Rest_FineInputs */
/** @typedef {{}} Board_RevokedInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Board_Site_OfInputs */
/** @typedef {{}} Board_Sound_BlockedInputs */
/** @typedef {{}} Board_Sound_HintInputs */
/** @typedef {{}} Board_Sound_OffInputs */
/** @typedef {{}} Board_Sound_OnInputs */
/** @typedef {{}} Board_TitleInputs */
/** @typedef {{}} Board_Turned_RedInputs */
/** @typedef {{}} Category_CleanlinessInputs */
/** @typedef {{}} Category_EquipmentInputs */
/** @typedef {{}} Category_LightingInputs */
/** @typedef {{}} Category_OtherInputs */
/** @typedef {{}} Category_SignageInputs */
/** @typedef {{}} Category_SuppliesInputs */
/** @typedef {{}} Category_SystemInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_CountInputs */
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
/** @typedef {{}} Layout_Account_TitleInputs */
/** @typedef {{ version: NonNullable<unknown> }} Layout_BuildInputs */
/** @typedef {{ version: NonNullable<unknown>, commit: NonNullable<unknown> }} Layout_Build_CommitInputs */
/** @typedef {{ action: NonNullable<unknown> }} Layout_Health_DoInputs */
/** @typedef {{}} Layout_Health_FailInputs */
/** @typedef {{}} Layout_Health_LabelInputs */
/** @typedef {{ when: NonNullable<unknown>, ago: NonNullable<unknown> }} Layout_Health_SinceInputs */
/** @typedef {{}} Layout_Health_WarnInputs */
/** @typedef {{}} Layout_LiveInputs */
/** @typedef {{}} Layout_Live_TitleInputs */
/** @typedef {{}} Layout_MenuInputs */
/** @typedef {{ count: NonNullable<unknown> }} Layout_Menu_UnreadInputs */
/** @typedef {{}} Layout_Nav_AuditInputs */
/** @typedef {{}} Layout_Nav_Daily_ReportInputs */
/** @typedef {{}} Layout_Nav_DefectsInputs */
/** @typedef {{}} Layout_Nav_DevicesInputs */
/** @typedef {{}} Layout_Nav_ExportInputs */
/** @typedef {{}} Layout_Nav_InsightsInputs */
/** @typedef {{}} Layout_Nav_LabelInputs */
/** @typedef {{}} Layout_Nav_NotificationsInputs */
/** @typedef {{}} Layout_Nav_OverviewInputs */
/** @typedef {{}} Layout_Nav_SetupInputs */
/** @typedef {{}} Layout_Nav_TokensInputs */
/** @typedef {{}} Layout_Nav_UsersInputs */
/** @typedef {{}} Layout_Nav_Wall_BoardInputs */
/** @typedef {{}} Layout_Nav_WorkInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown>, site: NonNullable<unknown> }} Layout_New_DefectInputs */
/** @typedef {{ count: NonNullable<unknown> }} Layout_New_Defects_MoreInputs */
/** @typedef {{}} Layout_NoticesInputs */
/** @typedef {{}} Layout_Notices_TitleInputs */
/** @typedef {{}} Layout_Offline_BodyInputs */
/** @typedef {{}} Layout_Offline_HeadingInputs */
/** @typedef {{}} Layout_Offline_Page_TitleInputs */
/** @typedef {{}} Layout_Offline_RetryInputs */
/** @typedef {{}} Layout_ReconnectingInputs */
/** @typedef {{}} Layout_Reconnecting_TitleInputs */
/** @typedef {{}} Layout_Role_AdminInputs */
/** @typedef {{}} Layout_Role_ManagerInputs */
/** @typedef {{}} Layout_Role_StaffInputs */
/** @typedef {{}} Layout_Role_ViewerInputs */
/** @typedef {{}} Layout_Sign_InInputs */
/** @typedef {{}} Layout_Sign_OutInputs */
/** @typedef {{}} Layout_SkipInputs */
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
* | "Severity" |
*
* @param {Board_LegendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_legend = /** @type {((inputs?: Board_LegendInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_LegendInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_legend(inputs)
	if (locale === "da") return __da.board_legend(inputs)
	if (locale === "sv") return __sv.board_legend(inputs)
	return __en.board_legend(inputs)
});
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Board_LiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_live = /** @type {((inputs?: Board_LiveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_LiveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_live(inputs)
	if (locale === "da") return __da.board_live(inputs)
	if (locale === "sv") return __sv.board_live(inputs)
	return __en.board_live(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Board_Mode_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_mode_all = /** @type {((inputs?: Board_Mode_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Mode_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_mode_all(inputs)
	if (locale === "da") return __da.board_mode_all(inputs)
	if (locale === "sv") return __sv.board_mode_all(inputs)
	return __en.board_mode_all(inputs)
});
/**
* | output |
* | --- |
* | "One site at a time" |
*
* @param {Board_Mode_RotateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_mode_rotate = /** @type {((inputs?: Board_Mode_RotateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Mode_RotateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_mode_rotate(inputs)
	if (locale === "da") return __da.board_mode_rotate(inputs)
	if (locale === "sv") return __sv.board_mode_rotate(inputs)
	return __en.board_mode_rotate(inputs)
});
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
export const board_more = /** @type {((inputs: Board_MoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_MoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_more(inputs)
	if (locale === "da") return __da.board_more(inputs)
	if (locale === "sv") return __sv.board_more(inputs)
	return __en.board_more(inputs)
});
/**
* | output |
* | --- |
* | "New" |
*
* @param {Board_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_new = /** @type {((inputs?: Board_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_new(inputs)
	if (locale === "da") return __da.board_new(inputs)
	if (locale === "sv") return __sv.board_new(inputs)
	return __en.board_new(inputs)
});
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Board_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_no_sites = /** @type {((inputs?: Board_No_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_No_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_no_sites(inputs)
	if (locale === "da") return __da.board_no_sites(inputs)
	if (locale === "sv") return __sv.board_no_sites(inputs)
	return __en.board_no_sites(inputs)
});
/**
* | output |
* | --- |
* | "What this screen shows may be out of date. It keeps trying to reconnect." |
*
* @param {Board_Not_Live_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_not_live_hint = /** @type {((inputs?: Board_Not_Live_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Not_Live_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_not_live_hint(inputs)
	if (locale === "da") return __da.board_not_live_hint(inputs)
	if (locale === "sv") return __sv.board_not_live_hint(inputs)
	return __en.board_not_live_hint(inputs)
});
/**
* | output |
* | --- |
* | "Not live since {time}" |
*
* @param {Board_Not_Live_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_not_live_since = /** @type {((inputs: Board_Not_Live_SinceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Not_Live_SinceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_not_live_since(inputs)
	if (locale === "da") return __da.board_not_live_since(inputs)
	if (locale === "sv") return __sv.board_not_live_since(inputs)
	return __en.board_not_live_since(inputs)
});
/**
* | output |
* | --- |
* | "Nothing open" |
*
* @param {Board_Nothing_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_nothing_open = /** @type {((inputs?: Board_Nothing_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Nothing_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_nothing_open(inputs)
	if (locale === "da") return __da.board_nothing_open(inputs)
	if (locale === "sv") return __sv.board_nothing_open(inputs)
	return __en.board_nothing_open(inputs)
});
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
export const board_offline = /** @type {((inputs: Board_OfflineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_OfflineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_offline(inputs)
	if (locale === "da") return __da.board_offline(inputs)
	if (locale === "sv") return __sv.board_offline(inputs)
	return __en.board_offline(inputs)
});
/**
* | output |
* | --- |
* | "devices offline" |
*
* @param {Board_Offline_LegendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_offline_legend = /** @type {((inputs?: Board_Offline_LegendInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Offline_LegendInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_offline_legend(inputs)
	if (locale === "da") return __da.board_offline_legend(inputs)
	if (locale === "sv") return __sv.board_offline_legend(inputs)
	return __en.board_offline_legend(inputs)
});
/**
* | output |
* | --- |
* | "open {duration}" |
*
* @param {Board_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_open_for = /** @type {((inputs: Board_Open_ForInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Open_ForInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_open_for(inputs)
	if (locale === "da") return __da.board_open_for(inputs)
	if (locale === "sv") return __sv.board_open_for(inputs)
	return __en.board_open_for(inputs)
});
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Board_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_overdue = /** @type {((inputs?: Board_OverdueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_OverdueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_overdue(inputs)
	if (locale === "da") return __da.board_overdue(inputs)
	if (locale === "sv") return __sv.board_overdue(inputs)
	return __en.board_overdue(inputs)
});
/**
* | output |
* | --- |
* | "Reconnecting" |
*
* @param {Board_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_reconnecting = /** @type {((inputs?: Board_ReconnectingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_ReconnectingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_reconnecting(inputs)
	if (locale === "da") return __da.board_reconnecting(inputs)
	if (locale === "sv") return __sv.board_reconnecting(inputs)
	return __en.board_reconnecting(inputs)
});
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
export const board_rest = /** @type {((inputs: Board_RestInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_RestInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_rest(inputs)
	if (locale === "da") return __da.board_rest(inputs)
	if (locale === "sv") return __sv.board_rest(inputs)
	return __en.board_rest(inputs)
});
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
export const board_rest_fine = /** @type {((inputs: Board_Rest_FineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Rest_FineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_rest_fine(inputs)
	if (locale === "da") return __da.board_rest_fine(inputs)
	if (locale === "sv") return __sv.board_rest_fine(inputs)
	return __en.board_rest_fine(inputs)
});
/**
* | output |
* | --- |
* | "This screen's access was revoked: ask an admin for a new link" |
*
* @param {Board_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_revoked = /** @type {((inputs?: Board_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_revoked(inputs)
	if (locale === "da") return __da.board_revoked(inputs)
	if (locale === "sv") return __sv.board_revoked(inputs)
	return __en.board_revoked(inputs)
});
/**
* | output |
* | --- |
* | "Site {n} of {total}" |
*
* @param {Board_Site_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_site_of = /** @type {((inputs: Board_Site_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Site_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_site_of(inputs)
	if (locale === "da") return __da.board_site_of(inputs)
	if (locale === "sv") return __sv.board_site_of(inputs)
	return __en.board_site_of(inputs)
});
/**
* | output |
* | --- |
* | "Touch the screen once to let it play sound" |
*
* @param {Board_Sound_BlockedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_blocked = /** @type {((inputs?: Board_Sound_BlockedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Sound_BlockedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_sound_blocked(inputs)
	if (locale === "da") return __da.board_sound_blocked(inputs)
	if (locale === "sv") return __sv.board_sound_blocked(inputs)
	return __en.board_sound_blocked(inputs)
});
/**
* | output |
* | --- |
* | "A short tone when a new high-severity or customer-reported defect arrives; this screen only" |
*
* @param {Board_Sound_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_hint = /** @type {((inputs?: Board_Sound_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Sound_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_sound_hint(inputs)
	if (locale === "da") return __da.board_sound_hint(inputs)
	if (locale === "sv") return __sv.board_sound_hint(inputs)
	return __en.board_sound_hint(inputs)
});
/**
* | output |
* | --- |
* | "Sound off" |
*
* @param {Board_Sound_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_off = /** @type {((inputs?: Board_Sound_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Sound_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_sound_off(inputs)
	if (locale === "da") return __da.board_sound_off(inputs)
	if (locale === "sv") return __sv.board_sound_off(inputs)
	return __en.board_sound_off(inputs)
});
/**
* | output |
* | --- |
* | "Sound on" |
*
* @param {Board_Sound_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_sound_on = /** @type {((inputs?: Board_Sound_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Sound_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_sound_on(inputs)
	if (locale === "da") return __da.board_sound_on(inputs)
	if (locale === "sv") return __sv.board_sound_on(inputs)
	return __en.board_sound_on(inputs)
});
/**
* | output |
* | --- |
* | "Wall board" |
*
* @param {Board_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_title = /** @type {((inputs?: Board_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_title(inputs)
	if (locale === "da") return __da.board_title(inputs)
	if (locale === "sv") return __sv.board_title(inputs)
	return __en.board_title(inputs)
});
/**
* | output |
* | --- |
* | "Just turned red" |
*
* @param {Board_Turned_RedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const board_turned_red = /** @type {((inputs?: Board_Turned_RedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Board_Turned_RedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.board_turned_red(inputs)
	if (locale === "da") return __da.board_turned_red(inputs)
	if (locale === "sv") return __sv.board_turned_red(inputs)
	return __en.board_turned_red(inputs)
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
* | "Your account: password and API tokens" |
*
* @param {Layout_Account_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_account_title = /** @type {((inputs?: Layout_Account_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Account_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_account_title(inputs)
	if (locale === "da") return __da.layout_account_title(inputs)
	if (locale === "sv") return __sv.layout_account_title(inputs)
	return __en.layout_account_title(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check {version}" |
*
* @param {Layout_BuildInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_build = /** @type {((inputs: Layout_BuildInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_BuildInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_build(inputs)
	if (locale === "da") return __da.layout_build(inputs)
	if (locale === "sv") return __sv.layout_build(inputs)
	return __en.layout_build(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check {version} · {commit}" |
*
* @param {Layout_Build_CommitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_build_commit = /** @type {((inputs: Layout_Build_CommitInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Build_CommitInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_build_commit(inputs)
	if (locale === "da") return __da.layout_build_commit(inputs)
	if (locale === "sv") return __sv.layout_build_commit(inputs)
	return __en.layout_build_commit(inputs)
});
/**
* | output |
* | --- |
* | "What to do: {action}" |
*
* @param {Layout_Health_DoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_do = /** @type {((inputs: Layout_Health_DoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Health_DoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_health_do(inputs)
	if (locale === "da") return __da.layout_health_do(inputs)
	if (locale === "sv") return __sv.layout_health_do(inputs)
	return __en.layout_health_do(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check cannot take devices' messages" |
*
* @param {Layout_Health_FailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_fail = /** @type {((inputs?: Layout_Health_FailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Health_FailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_health_fail(inputs)
	if (locale === "da") return __da.layout_health_fail(inputs)
	if (locale === "sv") return __sv.layout_health_fail(inputs)
	return __en.layout_health_fail(inputs)
});
/**
* | output |
* | --- |
* | "System health" |
*
* @param {Layout_Health_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_label = /** @type {((inputs?: Layout_Health_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Health_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_health_label(inputs)
	if (locale === "da") return __da.layout_health_label(inputs)
	if (locale === "sv") return __sv.layout_health_label(inputs)
	return __en.layout_health_label(inputs)
});
/**
* | output |
* | --- |
* | "since {when} UTC ({ago})" |
*
* @param {Layout_Health_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_since = /** @type {((inputs: Layout_Health_SinceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Health_SinceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_health_since(inputs)
	if (locale === "da") return __da.layout_health_since(inputs)
	if (locale === "sv") return __sv.layout_health_since(inputs)
	return __en.layout_health_since(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check needs attention" |
*
* @param {Layout_Health_WarnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_health_warn = /** @type {((inputs?: Layout_Health_WarnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Health_WarnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_health_warn(inputs)
	if (locale === "da") return __da.layout_health_warn(inputs)
	if (locale === "sv") return __sv.layout_health_warn(inputs)
	return __en.layout_health_warn(inputs)
});
/**
* | output |
* | --- |
* | "Live" |
*
* @param {Layout_LiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_live = /** @type {((inputs?: Layout_LiveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_LiveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_live(inputs)
	if (locale === "da") return __da.layout_live(inputs)
	if (locale === "sv") return __sv.layout_live(inputs)
	return __en.layout_live(inputs)
});
/**
* | output |
* | --- |
* | "Live: changes show as they happen" |
*
* @param {Layout_Live_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_live_title = /** @type {((inputs?: Layout_Live_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Live_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_live_title(inputs)
	if (locale === "da") return __da.layout_live_title(inputs)
	if (locale === "sv") return __sv.layout_live_title(inputs)
	return __en.layout_live_title(inputs)
});
/**
* | output |
* | --- |
* | "Menu" |
*
* @param {Layout_MenuInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_menu = /** @type {((inputs?: Layout_MenuInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_MenuInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_menu(inputs)
	if (locale === "da") return __da.layout_menu(inputs)
	if (locale === "sv") return __sv.layout_menu(inputs)
	return __en.layout_menu(inputs)
});
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
export const layout_menu_unread = /** @type {((inputs: Layout_Menu_UnreadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Menu_UnreadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_menu_unread(inputs)
	if (locale === "da") return __da.layout_menu_unread(inputs)
	if (locale === "sv") return __sv.layout_menu_unread(inputs)
	return __en.layout_menu_unread(inputs)
});
/**
* | output |
* | --- |
* | "Audit" |
*
* @param {Layout_Nav_AuditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_audit = /** @type {((inputs?: Layout_Nav_AuditInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_AuditInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_audit(inputs)
	if (locale === "da") return __da.layout_nav_audit(inputs)
	if (locale === "sv") return __sv.layout_nav_audit(inputs)
	return __en.layout_nav_audit(inputs)
});
/**
* | output |
* | --- |
* | "Daily report" |
*
* @param {Layout_Nav_Daily_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_daily_report = /** @type {((inputs?: Layout_Nav_Daily_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_Daily_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_daily_report(inputs)
	if (locale === "da") return __da.layout_nav_daily_report(inputs)
	if (locale === "sv") return __sv.layout_nav_daily_report(inputs)
	return __en.layout_nav_daily_report(inputs)
});
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Layout_Nav_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_defects = /** @type {((inputs?: Layout_Nav_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_defects(inputs)
	if (locale === "da") return __da.layout_nav_defects(inputs)
	if (locale === "sv") return __sv.layout_nav_defects(inputs)
	return __en.layout_nav_defects(inputs)
});
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Layout_Nav_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_devices = /** @type {((inputs?: Layout_Nav_DevicesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_DevicesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_devices(inputs)
	if (locale === "da") return __da.layout_nav_devices(inputs)
	if (locale === "sv") return __sv.layout_nav_devices(inputs)
	return __en.layout_nav_devices(inputs)
});
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Layout_Nav_ExportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_export = /** @type {((inputs?: Layout_Nav_ExportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_ExportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_export(inputs)
	if (locale === "da") return __da.layout_nav_export(inputs)
	if (locale === "sv") return __sv.layout_nav_export(inputs)
	return __en.layout_nav_export(inputs)
});
/**
* | output |
* | --- |
* | "Insights" |
*
* @param {Layout_Nav_InsightsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_insights = /** @type {((inputs?: Layout_Nav_InsightsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_InsightsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_insights(inputs)
	if (locale === "da") return __da.layout_nav_insights(inputs)
	if (locale === "sv") return __sv.layout_nav_insights(inputs)
	return __en.layout_nav_insights(inputs)
});
/**
* | output |
* | --- |
* | "Main" |
*
* @param {Layout_Nav_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_label = /** @type {((inputs?: Layout_Nav_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_label(inputs)
	if (locale === "da") return __da.layout_nav_label(inputs)
	if (locale === "sv") return __sv.layout_nav_label(inputs)
	return __en.layout_nav_label(inputs)
});
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Layout_Nav_NotificationsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_notifications = /** @type {((inputs?: Layout_Nav_NotificationsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_NotificationsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_notifications(inputs)
	if (locale === "da") return __da.layout_nav_notifications(inputs)
	if (locale === "sv") return __sv.layout_nav_notifications(inputs)
	return __en.layout_nav_notifications(inputs)
});
/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Layout_Nav_OverviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_overview = /** @type {((inputs?: Layout_Nav_OverviewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_OverviewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_overview(inputs)
	if (locale === "da") return __da.layout_nav_overview(inputs)
	if (locale === "sv") return __sv.layout_nav_overview(inputs)
	return __en.layout_nav_overview(inputs)
});
/**
* | output |
* | --- |
* | "Setup" |
*
* @param {Layout_Nav_SetupInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_setup = /** @type {((inputs?: Layout_Nav_SetupInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_SetupInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_setup(inputs)
	if (locale === "da") return __da.layout_nav_setup(inputs)
	if (locale === "sv") return __sv.layout_nav_setup(inputs)
	return __en.layout_nav_setup(inputs)
});
/**
* | output |
* | --- |
* | "Tokens" |
*
* @param {Layout_Nav_TokensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_tokens = /** @type {((inputs?: Layout_Nav_TokensInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_TokensInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_tokens(inputs)
	if (locale === "da") return __da.layout_nav_tokens(inputs)
	if (locale === "sv") return __sv.layout_nav_tokens(inputs)
	return __en.layout_nav_tokens(inputs)
});
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Layout_Nav_UsersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_users = /** @type {((inputs?: Layout_Nav_UsersInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_UsersInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_users(inputs)
	if (locale === "da") return __da.layout_nav_users(inputs)
	if (locale === "sv") return __sv.layout_nav_users(inputs)
	return __en.layout_nav_users(inputs)
});
/**
* | output |
* | --- |
* | "Wall board" |
*
* @param {Layout_Nav_Wall_BoardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_wall_board = /** @type {((inputs?: Layout_Nav_Wall_BoardInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_Wall_BoardInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_wall_board(inputs)
	if (locale === "da") return __da.layout_nav_wall_board(inputs)
	if (locale === "sv") return __sv.layout_nav_wall_board(inputs)
	return __en.layout_nav_wall_board(inputs)
});
/**
* | output |
* | --- |
* | "My work" |
*
* @param {Layout_Nav_WorkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_nav_work = /** @type {((inputs?: Layout_Nav_WorkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Nav_WorkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_nav_work(inputs)
	if (locale === "da") return __da.layout_nav_work(inputs)
	if (locale === "sv") return __sv.layout_nav_work(inputs)
	return __en.layout_nav_work(inputs)
});
/**
* | output |
* | --- |
* | "New defect: {fault}, {asset}, {site}" |
*
* @param {Layout_New_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_new_defect = /** @type {((inputs: Layout_New_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_New_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_new_defect(inputs)
	if (locale === "da") return __da.layout_new_defect(inputs)
	if (locale === "sv") return __sv.layout_new_defect(inputs)
	return __en.layout_new_defect(inputs)
});
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
export const layout_new_defects_more = /** @type {((inputs: Layout_New_Defects_MoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_New_Defects_MoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_new_defects_more(inputs)
	if (locale === "da") return __da.layout_new_defects_more(inputs)
	if (locale === "sv") return __sv.layout_new_defects_more(inputs)
	return __en.layout_new_defects_more(inputs)
});
/**
* | output |
* | --- |
* | "Notices" |
*
* @param {Layout_NoticesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_notices = /** @type {((inputs?: Layout_NoticesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_NoticesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_notices(inputs)
	if (locale === "da") return __da.layout_notices(inputs)
	if (locale === "sv") return __sv.layout_notices(inputs)
	return __en.layout_notices(inputs)
});
/**
* | output |
* | --- |
* | "Defects assigned or escalated to you" |
*
* @param {Layout_Notices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_notices_title = /** @type {((inputs?: Layout_Notices_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Notices_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_notices_title(inputs)
	if (locale === "da") return __da.layout_notices_title(inputs)
	if (locale === "sv") return __sv.layout_notices_title(inputs)
	return __en.layout_notices_title(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check needs the network to show defects as they are now. Check the Wi-Fi or mobile data, then try again." |
*
* @param {Layout_Offline_BodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_body = /** @type {((inputs?: Layout_Offline_BodyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Offline_BodyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_offline_body(inputs)
	if (locale === "da") return __da.layout_offline_body(inputs)
	if (locale === "sv") return __sv.layout_offline_body(inputs)
	return __en.layout_offline_body(inputs)
});
/**
* | output |
* | --- |
* | "No network" |
*
* @param {Layout_Offline_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_heading = /** @type {((inputs?: Layout_Offline_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Offline_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_offline_heading(inputs)
	if (locale === "da") return __da.layout_offline_heading(inputs)
	if (locale === "sv") return __sv.layout_offline_heading(inputs)
	return __en.layout_offline_heading(inputs)
});
/**
* | output |
* | --- |
* | "Offline · Bulb Check" |
*
* @param {Layout_Offline_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_page_title = /** @type {((inputs?: Layout_Offline_Page_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Offline_Page_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_offline_page_title(inputs)
	if (locale === "da") return __da.layout_offline_page_title(inputs)
	if (locale === "sv") return __sv.layout_offline_page_title(inputs)
	return __en.layout_offline_page_title(inputs)
});
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Layout_Offline_RetryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_offline_retry = /** @type {((inputs?: Layout_Offline_RetryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Offline_RetryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_offline_retry(inputs)
	if (locale === "da") return __da.layout_offline_retry(inputs)
	if (locale === "sv") return __sv.layout_offline_retry(inputs)
	return __en.layout_offline_retry(inputs)
});
/**
* | output |
* | --- |
* | "Reconnecting" |
*
* @param {Layout_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_reconnecting = /** @type {((inputs?: Layout_ReconnectingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_ReconnectingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_reconnecting(inputs)
	if (locale === "da") return __da.layout_reconnecting(inputs)
	if (locale === "sv") return __sv.layout_reconnecting(inputs)
	return __en.layout_reconnecting(inputs)
});
/**
* | output |
* | --- |
* | "Not live: reconnecting" |
*
* @param {Layout_Reconnecting_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_reconnecting_title = /** @type {((inputs?: Layout_Reconnecting_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Reconnecting_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_reconnecting_title(inputs)
	if (locale === "da") return __da.layout_reconnecting_title(inputs)
	if (locale === "sv") return __sv.layout_reconnecting_title(inputs)
	return __en.layout_reconnecting_title(inputs)
});
/**
* | output |
* | --- |
* | "admin" |
*
* @param {Layout_Role_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_admin = /** @type {((inputs?: Layout_Role_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Role_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_role_admin(inputs)
	if (locale === "da") return __da.layout_role_admin(inputs)
	if (locale === "sv") return __sv.layout_role_admin(inputs)
	return __en.layout_role_admin(inputs)
});
/**
* | output |
* | --- |
* | "manager" |
*
* @param {Layout_Role_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_manager = /** @type {((inputs?: Layout_Role_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Role_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_role_manager(inputs)
	if (locale === "da") return __da.layout_role_manager(inputs)
	if (locale === "sv") return __sv.layout_role_manager(inputs)
	return __en.layout_role_manager(inputs)
});
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Layout_Role_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_staff = /** @type {((inputs?: Layout_Role_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Role_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_role_staff(inputs)
	if (locale === "da") return __da.layout_role_staff(inputs)
	if (locale === "sv") return __sv.layout_role_staff(inputs)
	return __en.layout_role_staff(inputs)
});
/**
* | output |
* | --- |
* | "viewer" |
*
* @param {Layout_Role_ViewerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_role_viewer = /** @type {((inputs?: Layout_Role_ViewerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Role_ViewerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_role_viewer(inputs)
	if (locale === "da") return __da.layout_role_viewer(inputs)
	if (locale === "sv") return __sv.layout_role_viewer(inputs)
	return __en.layout_role_viewer(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Layout_Sign_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_sign_in = /** @type {((inputs?: Layout_Sign_InInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Sign_InInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_sign_in(inputs)
	if (locale === "da") return __da.layout_sign_in(inputs)
	if (locale === "sv") return __sv.layout_sign_in(inputs)
	return __en.layout_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Sign out" |
*
* @param {Layout_Sign_OutInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_sign_out = /** @type {((inputs?: Layout_Sign_OutInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Sign_OutInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_sign_out(inputs)
	if (locale === "da") return __da.layout_sign_out(inputs)
	if (locale === "sv") return __sv.layout_sign_out(inputs)
	return __en.layout_sign_out(inputs)
});
/**
* | output |
* | --- |
* | "Skip to content" |
*
* @param {Layout_SkipInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const layout_skip = /** @type {((inputs?: Layout_SkipInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_SkipInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.layout_skip(inputs)
	if (locale === "da") return __da.layout_skip(inputs)
	if (locale === "sv") return __sv.layout_skip(inputs)
	return __en.layout_skip(inputs)
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