/* eslint-disable */
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
import * as registry from "../registry.js"


export const account_language = /** @type {(inputs: Account_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const account_language_browser = /** @type {(inputs: Account_Language_BrowserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nettleserens språk (${i?.language})`)
};

export const account_language_explain = /** @type {(inputs: Account_Language_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dashbordet, e-postene og varslene dine bruker dette språket. Gjester på et steds QR-side får nettleserens språk, eller stedets.`)
};

export const account_language_save = /** @type {(inputs: Account_Language_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre språk`)
};

export const account_language_saved = /** @type {(inputs: Account_Language_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lagret: dashbordet bruker nå ${i?.language}.`)
};

export const account_language_unknown = /** @type {(inputs: Account_Language_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg et av språkene i listen.`)
};

export const age_now = /** @type {(inputs: Age_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nå`)
};

export const board_legend = /** @type {(inputs: Board_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const board_live = /** @type {(inputs: Board_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Direkte`)
};

export const board_mode_all = /** @type {(inputs: Board_Mode_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const board_mode_rotate = /** @type {(inputs: Board_Mode_RotateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ett sted om gangen`)
};

export const board_more = /** @type {(inputs: Board_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} til`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} til`);
	return /** @type {LocalizedString} */ ("board_more");
};

export const board_new = /** @type {(inputs: Board_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const board_no_sites = /** @type {(inputs: Board_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder ennå.`)
};

export const board_not_live_hint = /** @type {(inputs: Board_Not_Live_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det skjermen viser kan være utdatert. Den prøver fortsatt å koble til igjen.`)
};

export const board_not_live_since = /** @type {(inputs: Board_Not_Live_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ikke direkte siden ${i?.time}`)
};

export const board_nothing_open = /** @type {(inputs: Board_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting åpent`)
};

export const board_offline = /** @type {(inputs: Board_OfflineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet frakoblet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter frakoblet`);
	return /** @type {LocalizedString} */ ("board_offline");
};

export const board_offline_legend = /** @type {(inputs: Board_Offline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`enheter frakoblet`)
};

export const board_open_for = /** @type {(inputs: Board_Open_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`åpen ${i?.duration}`)
};

export const board_overdue = /** @type {(inputs: Board_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forfalt`)
};

export const board_reconnecting = /** @type {(inputs: Board_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kobler til igjen`)
};

export const board_rest = /** @type {(inputs: Board_RestInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} sted til`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} steder til`);
	return /** @type {LocalizedString} */ ("board_rest");
};

export const board_rest_fine = /** @type {(inputs: Board_Rest_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} sted, alt i orden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} steder, alt i orden`);
	return /** @type {LocalizedString} */ ("board_rest_fine");
};

export const board_revoked = /** @type {(inputs: Board_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne skjermens tilgang er trukket tilbake: be en administrator om en ny lenke`)
};

export const board_site_of = /** @type {(inputs: Board_Site_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sted ${i?.n} av ${i?.total}`)
};

export const board_sound_blocked = /** @type {(inputs: Board_Sound_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trykk én gang på skjermen for å slå på lyd`)
};

export const board_sound_hint = /** @type {(inputs: Board_Sound_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kort tone når en ny alvorlig eller kundemeldt feil kommer inn; bare denne skjermen`)
};

export const board_sound_off = /** @type {(inputs: Board_Sound_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyd av`)
};

export const board_sound_on = /** @type {(inputs: Board_Sound_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyd på`)
};

export const board_title = /** @type {(inputs: Board_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veggtavle`)
};

export const board_turned_red = /** @type {(inputs: Board_Turned_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ble nettopp rød`)
};

export const category_cleanliness = /** @type {(inputs: Category_CleanlinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Renhold`)
};

export const category_equipment = /** @type {(inputs: Category_EquipmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr`)
};

export const category_lighting = /** @type {(inputs: Category_LightingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lys`)
};

export const category_other = /** @type {(inputs: Category_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annet`)
};

export const category_signage = /** @type {(inputs: Category_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skilting`)
};

export const category_supplies = /** @type {(inputs: Category_SuppliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forbruksvarer`)
};

export const category_system = /** @type {(inputs: Category_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åpent avvik`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åpne avvik`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const fault_battery_low = /** @type {(inputs: Fault_Battery_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lavt batteri`)
};

export const fault_broken = /** @type {(inputs: Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ødelagt`)
};

export const fault_bulb_out = /** @type {(inputs: Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyspære gått`)
};

export const fault_button_dead = /** @type {(inputs: Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp virker ikke`)
};

export const fault_device_offline = /** @type {(inputs: Fault_Device_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet frakoblet`)
};

export const fault_dirty = /** @type {(inputs: Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skittent`)
};

export const fault_flicker = /** @type {(inputs: Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flimrer`)
};

export const fault_inspection_overdue = /** @type {(inputs: Fault_Inspection_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroll forfalt`)
};

export const fault_other = /** @type {(inputs: Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe annet`)
};

export const fault_out_of_order = /** @type {(inputs: Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ute av drift`)
};

export const fault_sensor_suspect = /** @type {(inputs: Fault_Sensor_SuspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoren kan ta feil`)
};

export const fault_signage = /** @type {(inputs: Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skilt feil eller mangler`)
};

export const fault_spill = /** @type {(inputs: Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Søl`)
};

export const fault_supplies_empty = /** @type {(inputs: Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tomt for forbruksvarer`)
};

export const layout_account_title = /** @type {(inputs: Layout_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontoen din: passord og API-tokener`)
};

export const layout_build = /** @type {(inputs: Layout_BuildInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version}`)
};

export const layout_build_commit = /** @type {(inputs: Layout_Build_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version} · ${i?.commit}`)
};

export const layout_health_do = /** @type {(inputs: Layout_Health_DoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hva du gjør: ${i?.action}`)
};

export const layout_health_fail = /** @type {(inputs: Layout_Health_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check kan ikke ta imot meldinger fra enhetene`)
};

export const layout_health_label = /** @type {(inputs: Layout_Health_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemhelse`)
};

export const layout_health_since = /** @type {(inputs: Layout_Health_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`siden ${i?.when} UTC (${i?.ago})`)
};

export const layout_health_warn = /** @type {(inputs: Layout_Health_WarnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check trenger tilsyn`)
};

export const layout_live = /** @type {(inputs: Layout_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Direkte`)
};

export const layout_live_title = /** @type {(inputs: Layout_Live_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Direkte: endringer vises med en gang`)
};

export const layout_menu = /** @type {(inputs: Layout_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meny`)
};

export const layout_menu_unread = /** @type {(inputs: Layout_Menu_UnreadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ulest varsel`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} uleste varsler`);
	return /** @type {LocalizedString} */ ("layout_menu_unread");
};

export const layout_nav_audit = /** @type {(inputs: Layout_Nav_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisjonslogg`)
};

export const layout_nav_daily_report = /** @type {(inputs: Layout_Nav_Daily_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dagsrapport`)
};

export const layout_nav_defects = /** @type {(inputs: Layout_Nav_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const layout_nav_devices = /** @type {(inputs: Layout_Nav_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const layout_nav_export = /** @type {(inputs: Layout_Nav_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksport`)
};

export const layout_nav_insights = /** @type {(inputs: Layout_Nav_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innsikt`)
};

export const layout_nav_label = /** @type {(inputs: Layout_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hovedmeny`)
};

export const layout_nav_notifications = /** @type {(inputs: Layout_Nav_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varslinger`)
};

export const layout_nav_overview = /** @type {(inputs: Layout_Nav_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oversikt`)
};

export const layout_nav_setup = /** @type {(inputs: Layout_Nav_SetupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppsett`)
};

export const layout_nav_tokens = /** @type {(inputs: Layout_Nav_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokener`)
};

export const layout_nav_users = /** @type {(inputs: Layout_Nav_UsersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukere`)
};

export const layout_nav_wall_board = /** @type {(inputs: Layout_Nav_Wall_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veggtavle`)
};

export const layout_nav_work = /** @type {(inputs: Layout_Nav_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitt arbeid`)
};

export const layout_new_defect = /** @type {(inputs: Layout_New_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny feil: ${i?.fault}, ${i?.asset}, ${i?.site}`)
};

export const layout_new_defects_more = /** @type {(inputs: Layout_New_Defects_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`og ${i?.count} til`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`og ${i?.count} til`);
	return /** @type {LocalizedString} */ ("layout_new_defects_more");
};

export const layout_notices = /** @type {(inputs: Layout_NoticesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varsler`)
};

export const layout_notices_title = /** @type {(inputs: Layout_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil som er tildelt eller eskalert til deg`)
};

export const layout_offline_body = /** @type {(inputs: Layout_Offline_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check trenger nettet for å vise feilene slik de er nå. Sjekk wifi eller mobildata, og prøv igjen.`)
};

export const layout_offline_heading = /** @type {(inputs: Layout_Offline_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen nettforbindelse`)
};

export const layout_offline_page_title = /** @type {(inputs: Layout_Offline_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frakoblet · Bulb Check`)
};

export const layout_offline_retry = /** @type {(inputs: Layout_Offline_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igjen`)
};

export const layout_reconnecting = /** @type {(inputs: Layout_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kobler til igjen`)
};

export const layout_reconnecting_title = /** @type {(inputs: Layout_Reconnecting_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke direkte: kobler til igjen`)
};

export const layout_role_admin = /** @type {(inputs: Layout_Role_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administrator`)
};

export const layout_role_manager = /** @type {(inputs: Layout_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leder`)
};

export const layout_role_staff = /** @type {(inputs: Layout_Role_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ansatt`)
};

export const layout_role_viewer = /** @type {(inputs: Layout_Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leser`)
};

export const layout_sign_in = /** @type {(inputs: Layout_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logg inn`)
};

export const layout_sign_out = /** @type {(inputs: Layout_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logg ut`)
};

export const layout_skip = /** @type {(inputs: Layout_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hopp til innholdet`)
};

export const none_dash = /** @type {(inputs: None_DashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const qr_ago_days = /** @type {(inputs: Qr_Ago_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} dag siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} dager siden`);
	return /** @type {LocalizedString} */ ("qr_ago_days");
};

export const qr_ago_hours = /** @type {(inputs: Qr_Ago_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} time siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} timer siden`);
	return /** @type {LocalizedString} */ ("qr_ago_hours");
};

export const qr_ago_minutes = /** @type {(inputs: Qr_Ago_MinutesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} minutt siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} minutter siden`);
	return /** @type {LocalizedString} */ ("qr_ago_minutes");
};

export const qr_ago_moment = /** @type {(inputs: Qr_Ago_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`for et øyeblikk siden`)
};

export const qr_all_labels = /** @type {(inputs: Qr_All_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle QR-etiketter for ${i?.site}`)
};

export const qr_already = /** @type {(inputs: Qr_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Allerede meldt ${i?.ago}; de ansatte jobber med det. Takk for at du også sa fra: ${i?.fault} ved ${i?.asset}.`)
};

export const qr_already_title = /** @type {(inputs: Qr_Already_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allerede meldt`)
};

export const qr_back_to = /** @type {(inputs: Qr_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`‹ Tilbake til ${i?.site}`)
};

export const qr_bad_email = /** @type {(inputs: Qr_Bad_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-postadressen ser ikke riktig ut. Sjekk den, eller la feltet stå tomt.`)
};

export const qr_choose = /** @type {(inputs: Qr_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hva som er galt.`)
};

export const qr_email = /** @type {(inputs: Qr_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send meg en e-post når det er fikset (valgfritt)`)
};

export const qr_email_placeholder = /** @type {(inputs: Qr_Email_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`deg@eksempel.no`)
};

export const qr_email_promise = /** @type {(inputs: Qr_Email_PromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi skriver én gang, når det er fikset, og tar vare på adressen din bare til da.`)
};

export const qr_fault_broken = /** @type {(inputs: Qr_Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ødelagt`)
};

export const qr_fault_bulb_out = /** @type {(inputs: Qr_Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyset virker ikke`)
};

export const qr_fault_button_dead = /** @type {(inputs: Qr_Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knappen virker ikke`)
};

export const qr_fault_dirty = /** @type {(inputs: Qr_Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skittent`)
};

export const qr_fault_flicker = /** @type {(inputs: Qr_Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyset flimrer`)
};

export const qr_fault_other = /** @type {(inputs: Qr_Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe annet`)
};

export const qr_fault_out_of_order = /** @type {(inputs: Qr_Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ute av drift`)
};

export const qr_fault_signage = /** @type {(inputs: Qr_Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skiltet er feil eller mangler`)
};

export const qr_fault_spill = /** @type {(inputs: Qr_Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe er sølt ut`)
};

export const qr_fault_supplies_empty = /** @type {(inputs: Qr_Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tomt (såpe, papir, ...)`)
};

export const qr_invalid = /** @type {(inputs: Qr_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne QR-koden er ikke lenger gyldig. Si fra til en ansatt.`)
};

export const qr_no_such_asset = /** @type {(inputs: Qr_No_Such_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ikke noe slikt utstyr på dette stedet: ${i?.asset}.`)
};

export const qr_not_through = /** @type {(inputs: Qr_Not_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beklager, meldingen kom ikke fram. Prøv igjen.`)
};

export const qr_note = /** @type {(inputs: Qr_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar (valgfritt)`)
};

export const qr_note_placeholder = /** @type {(inputs: Qr_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. 3. etasje, venstre side`)
};

export const qr_photo = /** @type {(inputs: Qr_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilde (valgfritt; stedsdata fjernes)`)
};

export const qr_photo_failed = /** @type {(inputs: Qr_Photo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildet kunne ikke legges ved; meldingen er sendt.`)
};

export const qr_photo_too_big = /** @type {(inputs: Qr_Photo_Too_BigInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildet var større enn 10 MB og ble ikke lagt ved; meldingen er sendt.`)
};

export const qr_photo_unreadable = /** @type {(inputs: Qr_Photo_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildet kunne ikke leses (send et JPEG-, PNG-, WebP- eller HEIC-bilde) og ble ikke lagt ved; meldingen er sendt.`)
};

export const qr_poster_scan = /** @type {(inputs: Qr_Poster_ScanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skann for å si fra: ${i?.asset}, ${i?.zone}, ${i?.site}`)
};

export const qr_poster_title = /** @type {(inputs: Qr_Poster_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe galt her?`)
};

export const qr_print = /** @type {(inputs: Qr_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut`)
};

export const qr_reference = /** @type {(inputs: Qr_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din referanse:`)
};

export const qr_reporting_as_staff = /** @type {(inputs: Qr_Reporting_As_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du melder som ansatt.`)
};

export const qr_revoke = /** @type {(inputs: Qr_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake og lag en ny kode`)
};

export const qr_revoke_explain = /** @type {(inputs: Qr_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle utskrevne koder for ${i?.asset} slutter å virke med en gang. Bruk dette når en kode er kopiert eller misbrukt.`)
};

export const qr_revoke_summary = /** @type {(inputs: Qr_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake denne koden og skriv ut en ny …`)
};

export const qr_rotated = /** @type {(inputs: Qr_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kode laget. Koder skrevet ut før virker ikke lenger: bytt dem ut med denne.`)
};

export const qr_staff_not_through = /** @type {(inputs: Qr_Staff_Not_ThroughInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldingen kom ikke fram: ${i?.reason}`)
};

export const qr_thanks = /** @type {(inputs: Qr_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Takk!`)
};

export const qr_title = /** @type {(inputs: Qr_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meld fra om et problem · ${i?.asset}`)
};

export const qr_told = /** @type {(inputs: Qr_ToldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vi har fått beskjed: ${i?.fault} ved ${i?.asset}. Våre ansatte tar seg av det.`)
};

export const qr_too_many = /** @type {(inputs: Qr_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange meldinger fra denne tilkoblingen; prøv igjen om noen minutter.`)
};

export const qr_what_is_wrong = /** @type {(inputs: Qr_What_Is_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva er galt? Ett trykk sender det.`)
};

export const qr_will_email = /** @type {(inputs: Qr_Will_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi sender deg én e-post når det er fikset, og sletter så adressen din.`)
};

export const severity_high = /** @type {(inputs: Severity_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`høy`)
};

export const severity_low = /** @type {(inputs: Severity_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lav`)
};

export const severity_medium = /** @type {(inputs: Severity_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`middels`)
};

export const sites_count = /** @type {(inputs: Sites_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sted`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} steder`);
	return /** @type {LocalizedString} */ ("sites_count");
};

export const status_amber = /** @type {(inputs: Status_AmberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne avvik`)
};

export const status_green = /** @type {(inputs: Status_GreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alt i orden`)
};

export const status_red = /** @type {(inputs: Status_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Må tas nå`)
};

export const status_unknown = /** @type {(inputs: Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ukjent`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city}-tid`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};