/* eslint-disable */
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

export const email_assigned_headline = /** @type {(inputs: Email_Assigned_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.by} har tildelt dette avviket til ${i?.whom}.`)
};

export const email_assigned_subject = /** @type {(inputs: Email_Assigned_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt ${i?.whom}`)
};

export const email_attention_headline = /** @type {(inputs: Email_Attention_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, et nytt avvik trenger noen (${i?.by}).`)
};

export const email_attention_subject = /** @type {(inputs: Email_Attention_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trenger oppmerksomhet`)
};

export const email_by_assignment_rule = /** @type {(inputs: Email_By_Assignment_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tildelingsregel ${i?.id}`)
};

export const email_by_rule = /** @type {(inputs: Email_By_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`regelen «${i?.name}»`)
};

export const email_customers_see = /** @type {(inputs: Email_Customers_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} (kundene ser det)`)
};

export const email_escalated_headline = /** @type {(inputs: Email_Escalated_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ingen har kvittert for dette avviket ennå: ${i?.by} eskalerer det til deg.`)
};

export const email_escalated_subject = /** @type {(inputs: Email_Escalated_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskalert til deg`)
};

export const email_fact_asset = /** @type {(inputs: Email_Fact_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr`)
};

export const email_fact_assigned_by = /** @type {(inputs: Email_Fact_Assigned_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt av`)
};

export const email_fact_channel = /** @type {(inputs: Email_Fact_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal`)
};

export const email_fact_defect = /** @type {(inputs: Email_Fact_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik`)
};

export const email_fact_due = /** @type {(inputs: Email_Fact_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const email_fact_fault = /** @type {(inputs: Email_Fact_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const email_fact_found_by = /** @type {(inputs: Email_Fact_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet av`)
};

export const email_fact_opened = /** @type {(inputs: Email_Fact_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const email_fact_rule = /** @type {(inputs: Email_Fact_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel`)
};

export const email_fact_sent = /** @type {(inputs: Email_Fact_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt`)
};

export const email_fact_severity = /** @type {(inputs: Email_Fact_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const email_fact_site = /** @type {(inputs: Email_Fact_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const email_fact_zone = /** @type {(inputs: Email_Fact_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone`)
};

export const email_fixed_intro = /** @type {(inputs: Email_Fixed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feilen du meldte ved ${i?.site} er utbedret.`)
};

export const email_fixed_only = /** @type {(inputs: Email_Fixed_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er den eneste e-posten du får om det: adressen din er slettet.`)
};

export const email_fixed_reference = /** @type {(inputs: Email_Fixed_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Referanse`)
};

export const email_fixed_subject = /** @type {(inputs: Email_Fixed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utbedret: ${i?.fault}, ${i?.asset} ved ${i?.site} (${i?.reference})`)
};

export const email_fixed_thanks = /** @type {(inputs: Email_Fixed_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Takk for at du sa fra.`)
};

export const email_fixed_what = /** @type {(inputs: Email_Fixed_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva`)
};

export const email_fixed_when = /** @type {(inputs: Email_Fixed_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utbedret`)
};

export const email_fixed_where = /** @type {(inputs: Email_Fixed_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvor`)
};

export const email_headline_escalated = /** @type {(inputs: Email_Headline_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ikke kvittert ennå: eskalert til nivå ${i?.level} av ${i?.of} (${i?.name})`)
};

export const email_headline_new = /** @type {(inputs: Email_Headline_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et avvik (${i?.severity}) trenger noen (nivå ${i?.level} av ${i?.of}: ${i?.name})`)
};

export const email_notice_subject = /** @type {(inputs: Email_Notice_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.fault} (${i?.severity}), ${i?.asset} (${i?.zone}, ${i?.site})`)
};

export const email_open = /** @type {(inputs: Email_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne i Bulb Check`)
};

export const email_open_defect = /** @type {(inputs: Email_Open_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne avviket`)
};

export const email_sent_by = /** @type {(inputs: Email_Sent_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt av Bulb Check.`)
};

export const email_subject_escalated = /** @type {(inputs: Email_Subject_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eskalert avvik (${i?.severity}) ved ${i?.site}: ${i?.title}`)
};

export const email_subject_new = /** @type {(inputs: Email_Subject_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nytt avvik (${i?.severity}) ved ${i?.site}: ${i?.title}`)
};

export const email_test_headline = /** @type {(inputs: Email_Test_HeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er en testmelding: kanalen virker.`)
};

export const email_test_subject = /** @type {(inputs: Email_Test_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test fra Bulb Check: ${i?.channel}`)
};

export const email_to_team_managers = /** @type {(inputs: Email_To_Team_ManagersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`teamet ditt (ledere ved ${i?.site})`)
};

export const email_to_team_staff = /** @type {(inputs: Email_To_Team_StaffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`teamet ditt (ansatte ved ${i?.site})`)
};

export const email_to_you = /** @type {(inputs: Email_To_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`deg`)
};

export const email_why_you = /** @type {(inputs: Email_Why_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt av Bulb Check: du får denne fordi du er bruker der med denne e-postadressen.`)
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

export const reports_all_sites = /** @type {(inputs: Reports_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle mine steder`)
};

export const reports_caught = /** @type {(inputs: Reports_CaughtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fanget før kundene: ${i?.share} av avvikene kundene ser`)
};

export const reports_caught_short = /** @type {(inputs: Reports_Caught_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fanget før kundene: ${i?.share}`)
};

export const reports_col_defect = /** @type {(inputs: Reports_Col_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik`)
};

export const reports_col_found_by = /** @type {(inputs: Reports_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet av`)
};

export const reports_col_open_for = /** @type {(inputs: Reports_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpent i`)
};

export const reports_col_opened = /** @type {(inputs: Reports_Col_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const reports_col_severity = /** @type {(inputs: Reports_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const reports_col_state = /** @type {(inputs: Reports_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const reports_day_hint = /** @type {(inputs: Reports_Day_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen dag: i går, i hvert steds tidssone.`)
};

export const reports_day_label = /** @type {(inputs: Reports_Day_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const reports_defect_line = /** @type {(inputs: Reports_Defect_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`#${i?.id} ${i?.fault} (${i?.severity}): ${i?.asset} (${i?.zone}), åpnet ${i?.opened} av ${i?.who}, ${i?.status}, ${i?.open_for}`)
};

export const reports_failed_count = /** @type {(inputs: Reports_Failed_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} feilet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} feilet`);
	return /** @type {LocalizedString} */ ("reports_failed_count");
};

export const reports_failed_heading = /** @type {(inputs: Reports_Failed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feilet den dagen`)
};

export const reports_first_most = /** @type {(inputs: Reports_First_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldte oftest først: ${i?.list}`)
};

export const reports_found_first = /** @type {(inputs: Reports_Found_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Funnet først av: sensorer ${i?.sensor}, ansatte ${i?.staff}, kunder ${i?.customer}, Bulb Check ${i?.system}`)
};

export const reports_mail_title = /** @type {(inputs: Reports_Mail_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport ${i?.date}: ${i?.scope}`)
};

export const reports_no_sites = /** @type {(inputs: Reports_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder å rapportere om.`)
};

export const reports_none = /** @type {(inputs: Reports_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen.`)
};

export const reports_open_count = /** @type {(inputs: Reports_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} fortsatt åpent`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} fortsatt åpne`);
	return /** @type {LocalizedString} */ ("reports_open_count");
};

export const reports_open_heading = /** @type {(inputs: Reports_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fortsatt åpne`)
};

export const reports_overdue_checked = /** @type {(inputs: Reports_Overdue_CheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): forsinket siden ${i?.since}, inspisert ${i?.checked}`)
};

export const reports_overdue_count = /** @type {(inputs: Reports_Overdue_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} forsinket inspeksjon`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} forsinkede inspeksjoner`);
	return /** @type {LocalizedString} */ ("reports_overdue_count");
};

export const reports_overdue_heading = /** @type {(inputs: Reports_Overdue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forsinkede inspeksjoner`)
};

export const reports_overdue_unchecked = /** @type {(inputs: Reports_Overdue_UncheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): forsinket siden ${i?.since}, ikke inspisert ennå`)
};

export const reports_show = /** @type {(inputs: Reports_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const reports_site_label = /** @type {(inputs: Reports_Site_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const reports_source_customer = /** @type {(inputs: Reports_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kunde`)
};

export const reports_source_sensor = /** @type {(inputs: Reports_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const reports_source_staff = /** @type {(inputs: Reports_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ansatte`)
};

export const reports_source_system = /** @type {(inputs: Reports_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check`)
};

export const reports_status_acknowledged = /** @type {(inputs: Reports_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvittert`)
};

export const reports_status_on_hold = /** @type {(inputs: Reports_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på vent`)
};

export const reports_status_open = /** @type {(inputs: Reports_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åpent`)
};

export const reports_status_resolved = /** @type {(inputs: Reports_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`utbedret`)
};

export const reports_title = /** @type {(inputs: Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport`)
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