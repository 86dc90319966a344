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
	return /** @type {LocalizedString} */ (`Webbläsarens språk (${i?.language})`)
};

export const account_language_explain = /** @type {(inputs: Account_Language_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Instrumentpanelet, dina e-postmeddelanden och aviseringar använder det här språket. Gäster på en plats QR-sida får webbläsarens språk eller platsens.`)
};

export const account_language_save = /** @type {(inputs: Account_Language_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spara språk`)
};

export const account_language_saved = /** @type {(inputs: Account_Language_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sparat: instrumentpanelet använder nu ${i?.language}.`)
};

export const account_language_unknown = /** @type {(inputs: Account_Language_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj ett av språken i listan.`)
};

export const age_now = /** @type {(inputs: Age_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nu`)
};

export const board_legend = /** @type {(inputs: Board_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allvarlighet`)
};

export const board_live = /** @type {(inputs: Board_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const board_mode_all = /** @type {(inputs: Board_Mode_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alla platser`)
};

export const board_mode_rotate = /** @type {(inputs: Board_Mode_RotateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En plats i taget`)
};

export const board_more = /** @type {(inputs: Board_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} till`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} till`);
	return /** @type {LocalizedString} */ ("board_more");
};

export const board_new = /** @type {(inputs: Board_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const board_no_sites = /** @type {(inputs: Board_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inga platser än.`)
};

export const board_not_live_hint = /** @type {(inputs: Board_Not_Live_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det skärmen visar kan vara inaktuellt. Den fortsätter att försöka ansluta igen.`)
};

export const board_not_live_since = /** @type {(inputs: Board_Not_Live_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inte live sedan ${i?.time}`)
};

export const board_nothing_open = /** @type {(inputs: Board_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget öppet`)
};

export const board_offline = /** @type {(inputs: Board_OfflineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter offline`);
	return /** @type {LocalizedString} */ ("board_offline");
};

export const board_offline_legend = /** @type {(inputs: Board_Offline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`enheter offline`)
};

export const board_open_for = /** @type {(inputs: Board_Open_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`öppen ${i?.duration}`)
};

export const board_overdue = /** @type {(inputs: Board_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`försenad`)
};

export const board_reconnecting = /** @type {(inputs: Board_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansluter igen`)
};

export const board_rest = /** @type {(inputs: Board_RestInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} plats till`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} platser till`);
	return /** @type {LocalizedString} */ ("board_rest");
};

export const board_rest_fine = /** @type {(inputs: Board_Rest_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} plats, allt bra`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} platser, allt bra`);
	return /** @type {LocalizedString} */ ("board_rest_fine");
};

export const board_revoked = /** @type {(inputs: Board_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skärmens åtkomst har återkallats: be en administratör om en ny länk`)
};

export const board_site_of = /** @type {(inputs: Board_Site_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Plats ${i?.n} av ${i?.total}`)
};

export const board_sound_blocked = /** @type {(inputs: Board_Sound_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tryck en gång på skärmen för att slå på ljud`)
};

export const board_sound_hint = /** @type {(inputs: Board_Sound_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kort ton när ett nytt allvarligt eller kundanmält fel kommer in; bara den här skärmen`)
};

export const board_sound_off = /** @type {(inputs: Board_Sound_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ljud av`)
};

export const board_sound_on = /** @type {(inputs: Board_Sound_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ljud på`)
};

export const board_title = /** @type {(inputs: Board_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Väggtavla`)
};

export const board_turned_red = /** @type {(inputs: Board_Turned_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blev nyss röd`)
};

export const category_cleanliness = /** @type {(inputs: Category_CleanlinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Städning`)
};

export const category_equipment = /** @type {(inputs: Category_EquipmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utrustning`)
};

export const category_lighting = /** @type {(inputs: Category_LightingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Belysning`)
};

export const category_other = /** @type {(inputs: Category_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Övrigt`)
};

export const category_signage = /** @type {(inputs: Category_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skyltning`)
};

export const category_supplies = /** @type {(inputs: Category_SuppliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förbrukningsvaror`)
};

export const category_system = /** @type {(inputs: Category_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} öppet fel`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} öppna fel`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const fault_battery_low = /** @type {(inputs: Fault_Battery_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lågt batteri`)
};

export const fault_broken = /** @type {(inputs: Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trasig`)
};

export const fault_bulb_out = /** @type {(inputs: Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampa trasig`)
};

export const fault_button_dead = /** @type {(inputs: Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp fungerar inte`)
};

export const fault_device_offline = /** @type {(inputs: Fault_Device_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet offline`)
};

export const fault_dirty = /** @type {(inputs: Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Smutsigt`)
};

export const fault_flicker = /** @type {(inputs: Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flimrar`)
};

export const fault_inspection_overdue = /** @type {(inputs: Fault_Inspection_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroll försenad`)
};

export const fault_other = /** @type {(inputs: Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något annat`)
};

export const fault_out_of_order = /** @type {(inputs: Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ur funktion`)
};

export const fault_sensor_suspect = /** @type {(inputs: Fault_Sensor_SuspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensorn kan ha fel`)
};

export const fault_signage = /** @type {(inputs: Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skylt fel eller saknas`)
};

export const fault_spill = /** @type {(inputs: Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spill`)
};

export const fault_supplies_empty = /** @type {(inputs: Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Förbrukningsvaror slut`)
};

export const layout_account_title = /** @type {(inputs: Layout_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ditt konto: lösenord och API-token`)
};

export const layout_build = /** @type {(inputs: Layout_BuildInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version}`)
};

export const layout_build_commit = /** @type {(inputs: Layout_Build_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version} · ${i?.commit}`)
};

export const layout_health_do = /** @type {(inputs: Layout_Health_DoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gör så här: ${i?.action}`)
};

export const layout_health_fail = /** @type {(inputs: Layout_Health_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check kan inte ta emot enheternas meddelanden`)
};

export const layout_health_label = /** @type {(inputs: Layout_Health_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemhälsa`)
};

export const layout_health_since = /** @type {(inputs: Layout_Health_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sedan ${i?.when} UTC (${i?.ago})`)
};

export const layout_health_warn = /** @type {(inputs: Layout_Health_WarnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check behöver åtgärdas`)
};

export const layout_live = /** @type {(inputs: Layout_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const layout_live_title = /** @type {(inputs: Layout_Live_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live: ändringar visas när de sker`)
};

export const layout_menu = /** @type {(inputs: Layout_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meny`)
};

export const layout_menu_unread = /** @type {(inputs: Layout_Menu_UnreadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} oläst avisering`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} olästa aviseringar`);
	return /** @type {LocalizedString} */ ("layout_menu_unread");
};

export const layout_nav_audit = /** @type {(inputs: Layout_Nav_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Granskningslogg`)
};

export const layout_nav_daily_report = /** @type {(inputs: Layout_Nav_Daily_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dagsrapport`)
};

export const layout_nav_defects = /** @type {(inputs: Layout_Nav_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel`)
};

export const layout_nav_devices = /** @type {(inputs: Layout_Nav_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const layout_nav_export = /** @type {(inputs: Layout_Nav_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const layout_nav_insights = /** @type {(inputs: Layout_Nav_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insikter`)
};

export const layout_nav_label = /** @type {(inputs: Layout_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Huvudmeny`)
};

export const layout_nav_notifications = /** @type {(inputs: Layout_Nav_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringar`)
};

export const layout_nav_overview = /** @type {(inputs: Layout_Nav_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Översikt`)
};

export const layout_nav_setup = /** @type {(inputs: Layout_Nav_SetupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inställningar`)
};

export const layout_nav_tokens = /** @type {(inputs: Layout_Nav_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Token`)
};

export const layout_nav_users = /** @type {(inputs: Layout_Nav_UsersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Användare`)
};

export const layout_nav_wall_board = /** @type {(inputs: Layout_Nav_Wall_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Väggtavla`)
};

export const layout_nav_work = /** @type {(inputs: Layout_Nav_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitt arbete`)
};

export const layout_new_defect = /** @type {(inputs: Layout_New_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nytt fel: ${i?.fault}, ${i?.asset}, ${i?.site}`)
};

export const layout_new_defects_more = /** @type {(inputs: Layout_New_Defects_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`och ${i?.count} till`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`och ${i?.count} till`);
	return /** @type {LocalizedString} */ ("layout_new_defects_more");
};

export const layout_notices = /** @type {(inputs: Layout_NoticesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aviseringar`)
};

export const layout_notices_title = /** @type {(inputs: Layout_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fel som tilldelats eller eskalerats till dig`)
};

export const layout_offline_body = /** @type {(inputs: Layout_Offline_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check behöver nätverket för att visa felen som de är nu. Kontrollera wifi eller mobildata och försök igen.`)
};

export const layout_offline_heading = /** @type {(inputs: Layout_Offline_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inget nätverk`)
};

export const layout_offline_page_title = /** @type {(inputs: Layout_Offline_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline · Bulb Check`)
};

export const layout_offline_retry = /** @type {(inputs: Layout_Offline_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Försök igen`)
};

export const layout_reconnecting = /** @type {(inputs: Layout_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återansluter`)
};

export const layout_reconnecting_title = /** @type {(inputs: Layout_Reconnecting_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inte live: återansluter`)
};

export const layout_role_admin = /** @type {(inputs: Layout_Role_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratör`)
};

export const layout_role_manager = /** @type {(inputs: Layout_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`chef`)
};

export const layout_role_staff = /** @type {(inputs: Layout_Role_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personal`)
};

export const layout_role_viewer = /** @type {(inputs: Layout_Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`läsare`)
};

export const layout_sign_in = /** @type {(inputs: Layout_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logga in`)
};

export const layout_sign_out = /** @type {(inputs: Layout_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logga ut`)
};

export const layout_skip = /** @type {(inputs: Layout_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hoppa till innehållet`)
};

export const none_dash = /** @type {(inputs: None_DashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const qr_ago_days = /** @type {(inputs: Qr_Ago_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`för ${i?.count} dag sedan`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`för ${i?.count} dagar sedan`);
	return /** @type {LocalizedString} */ ("qr_ago_days");
};

export const qr_ago_hours = /** @type {(inputs: Qr_Ago_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`för ${i?.count} timme sedan`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`för ${i?.count} timmar sedan`);
	return /** @type {LocalizedString} */ ("qr_ago_hours");
};

export const qr_ago_minutes = /** @type {(inputs: Qr_Ago_MinutesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`för ${i?.count} minut sedan`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`för ${i?.count} minuter sedan`);
	return /** @type {LocalizedString} */ ("qr_ago_minutes");
};

export const qr_ago_moment = /** @type {(inputs: Qr_Ago_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`för en stund sedan`)
};

export const qr_all_labels = /** @type {(inputs: Qr_All_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alla QR-etiketter för ${i?.site}`)
};

export const qr_already = /** @type {(inputs: Qr_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Redan rapporterat ${i?.ago}; personalen arbetar med det. Tack för att du också sa till: ${i?.fault} vid ${i?.asset}.`)
};

export const qr_already_title = /** @type {(inputs: Qr_Already_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redan rapporterat`)
};

export const qr_back_to = /** @type {(inputs: Qr_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`‹ Tillbaka till ${i?.site}`)
};

export const qr_bad_email = /** @type {(inputs: Qr_Bad_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-postadressen ser inte rätt ut. Kontrollera den eller lämna fältet tomt.`)
};

export const qr_choose = /** @type {(inputs: Qr_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Välj vad som är fel.`)
};

export const qr_email = /** @type {(inputs: Qr_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mejla mig när det är åtgärdat (valfritt)`)
};

export const qr_email_placeholder = /** @type {(inputs: Qr_Email_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`du@exempel.se`)
};

export const qr_email_promise = /** @type {(inputs: Qr_Email_PromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi skriver en gång, när det är åtgärdat, och sparar din adress bara till dess.`)
};

export const qr_fault_broken = /** @type {(inputs: Qr_Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trasig`)
};

export const qr_fault_bulb_out = /** @type {(inputs: Qr_Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampan lyser inte`)
};

export const qr_fault_button_dead = /** @type {(inputs: Qr_Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knappen fungerar inte`)
};

export const qr_fault_dirty = /** @type {(inputs: Qr_Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Smutsigt`)
};

export const qr_fault_flicker = /** @type {(inputs: Qr_Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampan flimrar`)
};

export const qr_fault_other = /** @type {(inputs: Qr_Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något annat`)
};

export const qr_fault_out_of_order = /** @type {(inputs: Qr_Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ur funktion`)
};

export const qr_fault_signage = /** @type {(inputs: Qr_Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skylten är fel eller saknas`)
};

export const qr_fault_spill = /** @type {(inputs: Qr_Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något har spillts ut`)
};

export const qr_fault_supplies_empty = /** @type {(inputs: Qr_Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slut (tvål, papper, ...)`)
};

export const qr_invalid = /** @type {(inputs: Qr_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den här QR-koden gäller inte längre. Säg till någon i personalen.`)
};

export const qr_no_such_asset = /** @type {(inputs: Qr_No_Such_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finns ingen sådan utrustning på den här platsen: ${i?.asset}.`)
};

export const qr_not_through = /** @type {(inputs: Qr_Not_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tyvärr gick rapporten inte fram. Försök igen.`)
};

export const qr_note = /** @type {(inputs: Qr_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar (valfritt)`)
};

export const qr_note_placeholder = /** @type {(inputs: Qr_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`t.ex. våning 3, vänster sida`)
};

export const qr_photo = /** @type {(inputs: Qr_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Foto (valfritt; platsdata tas bort)`)
};

export const qr_photo_failed = /** @type {(inputs: Qr_Photo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilden kunde inte bifogas; rapporten har skickats.`)
};

export const qr_photo_too_big = /** @type {(inputs: Qr_Photo_Too_BigInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilden var större än 10 MB och bifogades inte; rapporten har skickats.`)
};

export const qr_photo_unreadable = /** @type {(inputs: Qr_Photo_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilden kunde inte läsas (skicka en JPEG-, PNG-, WebP- eller HEIC-bild) och bifogades inte; rapporten har skickats.`)
};

export const qr_poster_scan = /** @type {(inputs: Qr_Poster_ScanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skanna för att säga till: ${i?.asset}, ${i?.zone}, ${i?.site}`)
};

export const qr_poster_title = /** @type {(inputs: Qr_Poster_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Något fel här?`)
};

export const qr_print = /** @type {(inputs: Qr_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut`)
};

export const qr_reference = /** @type {(inputs: Qr_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din referens:`)
};

export const qr_reporting_as_staff = /** @type {(inputs: Qr_Reporting_As_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du rapporterar som personal.`)
};

export const qr_revoke = /** @type {(inputs: Qr_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla och skapa en ny kod`)
};

export const qr_revoke_explain = /** @type {(inputs: Qr_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alla utskrivna koder för ${i?.asset} slutar fungera direkt. Använd detta när en kod har kopierats eller missbrukats.`)
};

export const qr_revoke_summary = /** @type {(inputs: Qr_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Återkalla den här koden och skriv ut en ny …`)
};

export const qr_rotated = /** @type {(inputs: Qr_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kod skapad. Koder som skrevs ut tidigare fungerar inte längre: byt ut dem mot den här.`)
};

export const qr_staff_not_through = /** @type {(inputs: Qr_Staff_Not_ThroughInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rapporten gick inte fram: ${i?.reason}`)
};

export const qr_thanks = /** @type {(inputs: Qr_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tack!`)
};

export const qr_title = /** @type {(inputs: Qr_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rapportera ett problem · ${i?.asset}`)
};

export const qr_told = /** @type {(inputs: Qr_ToldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vi har fått veta: ${i?.fault} vid ${i?.asset}. Vår personal tar hand om det.`)
};

export const qr_too_many = /** @type {(inputs: Qr_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`För många rapporter från den här anslutningen; försök igen om några minuter.`)
};

export const qr_what_is_wrong = /** @type {(inputs: Qr_What_Is_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vad är fel? Ett tryck skickar det.`)
};

export const qr_will_email = /** @type {(inputs: Qr_Will_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi mejlar dig en gång när det är åtgärdat och raderar sedan din adress.`)
};

export const severity_high = /** @type {(inputs: Severity_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hög`)
};

export const severity_low = /** @type {(inputs: Severity_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`låg`)
};

export const severity_medium = /** @type {(inputs: Severity_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medel`)
};

export const sites_count = /** @type {(inputs: Sites_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("sv", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} plats`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} platser`);
	return /** @type {LocalizedString} */ ("sites_count");
};

export const status_amber = /** @type {(inputs: Status_AmberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öppna fel`)
};

export const status_green = /** @type {(inputs: Status_GreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allt bra`)
};

export const status_red = /** @type {(inputs: Status_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åtgärd krävs`)
};

export const status_unknown = /** @type {(inputs: Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Okänt`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city}-tid`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};