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
export type Defects_CountInputs = {
    count: NonNullable<unknown>;
};
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
