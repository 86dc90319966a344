/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_LanguageInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_BrowserInputs */
/** @typedef {{}} Account_Language_ExplainInputs */
/** @typedef {{}} Account_Language_SaveInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_SavedInputs */
/** @typedef {{}} Account_Language_UnknownInputs */
/** @typedef {{}} Account_Login_BusyInputs */
/** @typedef {{}} Account_Login_ExpiredInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Login_LockedInputs */
/** @typedef {{}} Account_Login_MissingInputs */
/** @typedef {{}} Account_Login_No_AccountInputs */
/** @typedef {{}} Account_Login_PasswordInputs */
/** @typedef {{}} Account_Login_Paste_TokenInputs */
/** @typedef {{}} Account_Login_ScreenInputs */
/** @typedef {{}} Account_Login_Screen_SubmitInputs */
/** @typedef {{}} Account_Login_Screen_TokenInputs */
/** @typedef {{}} Account_Login_SubmitInputs */
/** @typedef {{}} Account_Login_TabInputs */
/** @typedef {{}} Account_Login_TitleInputs */
/** @typedef {{}} Account_Login_Token_UnknownInputs */
/** @typedef {{}} Account_Login_UnavailableInputs */
/** @typedef {{}} Account_Login_UsernameInputs */
/** @typedef {{}} Account_Login_Viewer_OnlyInputs */
/** @typedef {{}} Account_Login_WrongInputs */
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
/** @typedef {{}} Defects_AcknowledgeInputs */
/** @typedef {{}} Defects_Actor_First_AdminInputs */
/** @typedef {{ duration: NonNullable<unknown> }} Defects_AgoInputs */
/** @typedef {{}} Defects_All_SitesInputs */
/** @typedef {{}} Defects_AnyInputs */
/** @typedef {{}} Defects_AnyoneInputs */
/** @typedef {{}} Defects_Bulk_AssignInputs */
/** @typedef {{}} Defects_Bulk_Assign_ThemInputs */
/** @typedef {{}} Defects_Bulk_Assign_ToInputs */
/** @typedef {{ done: NonNullable<unknown>, count: NonNullable<unknown> }} Defects_Bulk_ChangedInputs */
/** @typedef {{ done: NonNullable<unknown>, count: NonNullable<unknown>, failed: NonNullable<unknown> }} Defects_Bulk_Changed_NotInputs */
/** @typedef {{}} Defects_Bulk_ChooseInputs */
/** @typedef {{}} Defects_Bulk_Choose_ActionInputs */
/** @typedef {{}} Defects_Bulk_Choose_AssigneeInputs */
/** @typedef {{}} Defects_Bulk_DoneInputs */
/** @typedef {{}} Defects_Bulk_Done_AcknowledgeInputs */
/** @typedef {{}} Defects_Bulk_Done_AssignInputs */
/** @typedef {{}} Defects_Bulk_Done_HoldInputs */
/** @typedef {{}} Defects_Bulk_Done_ResolveInputs */
/** @typedef {{}} Defects_Bulk_HintInputs */
/** @typedef {{}} Defects_Bulk_HoldInputs */
/** @typedef {{}} Defects_Bulk_Hold_ThemInputs */
/** @typedef {{}} Defects_Bulk_Managers_Of_SiteInputs */
/** @typedef {{}} Defects_Bulk_MeInputs */
/** @typedef {{}} Defects_Bulk_NoteInputs */
/** @typedef {{}} Defects_Bulk_One_SiteInputs */
/** @typedef {{}} Defects_Bulk_PeopleInputs */
/** @typedef {{}} Defects_Bulk_ResolveInputs */
/** @typedef {{}} Defects_Bulk_Resolve_ThemInputs */
/** @typedef {{}} Defects_Bulk_Say_WaitingInputs */
/** @typedef {{}} Defects_Bulk_Staff_Of_SiteInputs */
/** @typedef {{}} Defects_Bulk_TeamsInputs */
/** @typedef {{}} Defects_Bulk_Teams_EachInputs */
/** @typedef {{}} Defects_Bulk_Tick_FirstInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_Bulk_TickedInputs */
/** @typedef {{ max: NonNullable<unknown> }} Defects_Bulk_Too_ManyInputs */
/** @typedef {{}} Defects_ByInputs */
/** @typedef {{}} Defects_Cause_LabelInputs */
/** @typedef {{}} Defects_Cause_Not_SaidInputs */
/** @typedef {{ kind: NonNullable<unknown>, device: NonNullable<unknown> }} Defects_Claim_TitleInputs */
/** @typedef {{}} Defects_Clear_SiteInputs */
/** @typedef {{}} Defects_Col_ActionsInputs */
/** @typedef {{}} Defects_Col_AssetInputs */
/** @typedef {{}} Defects_Col_FaultInputs */
/** @typedef {{}} Defects_Col_Found_ByInputs */
/** @typedef {{}} Defects_Col_Open_ForInputs */
/** @typedef {{}} Defects_Col_ReportsInputs */
/** @typedef {{}} Defects_Col_SeverityInputs */
/** @typedef {{}} Defects_Col_SiteInputs */
/** @typedef {{}} Defects_Col_StatusInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_CountInputs */
/** @typedef {{}} Defects_Crumb_DefectsInputs */
/** @typedef {{}} Defects_Customer_VisibleInputs */
/** @typedef {{}} Defects_Ev_A_CustomerInputs */
/** @typedef {{ list: NonNullable<unknown>, last: NonNullable<unknown> }} Defects_Ev_AndInputs */
/** @typedef {{ name: NonNullable<unknown> }} Defects_Ev_Api_TokenInputs */
/** @typedef {{ id: NonNullable<unknown> }} Defects_Ev_ButtonInputs */
/** @typedef {{ who: NonNullable<unknown> }} Defects_Ev_Confirmed_ByInputs */
/** @typedef {{ sources: NonNullable<unknown> }} Defects_Ev_Confirmed_ShortInputs */
/** @typedef {{}} Defects_Ev_Customer_QrInputs */
/** @typedef {{ count: NonNullable<unknown>, time: NonNullable<unknown>, checkpoint: NonNullable<unknown>, staff: NonNullable<unknown> }} Defects_Ev_RoundInputs */
/** @typedef {{ id: NonNullable<unknown> }} Defects_Ev_SensorInputs */
/** @typedef {{}} Defects_Ev_SomeoneInputs */
/** @typedef {{ id: NonNullable<unknown> }} Defects_Ev_Staff_ButtonInputs */
/** @typedef {{ device: NonNullable<unknown>, who: NonNullable<unknown>, fault: NonNullable<unknown> }} Defects_Ev_SuspectInputs */
/** @typedef {{}} Defects_Filter_AssigneeInputs */
/** @typedef {{}} Defects_Filter_CategoryInputs */
/** @typedef {{}} Defects_Filter_SeverityInputs */
/** @typedef {{}} Defects_Filter_SiteInputs */
/** @typedef {{}} Defects_Filter_SourceInputs */
/** @typedef {{}} Defects_Filter_StatusInputs */
/** @typedef {{}} Defects_Fix_Did_Not_HoldInputs */
/** @typedef {{}} Defects_Hold_DueInputs */
/** @typedef {{}} Defects_Hold_HintInputs */
/** @typedef {{}} Defects_Hold_WaitingInputs */
/** @typedef {{}} Defects_Just_NowInputs */
/** @typedef {{}} Defects_Label_AssignedInputs */
/** @typedef {{}} Defects_Label_CategoryInputs */
/** @typedef {{}} Defects_Label_CauseInputs */
/** @typedef {{}} Defects_Label_DueInputs */
/** @typedef {{}} Defects_Label_First_FoundInputs */
/** @typedef {{}} Defects_Label_OpenedInputs */
/** @typedef {{}} Defects_Label_ReportsInputs */
/** @typedef {{}} Defects_Label_ResolvedInputs */
/** @typedef {{}} Defects_Label_SeverityInputs */
/** @typedef {{}} Defects_Label_StatusInputs */
/** @typedef {{}} Defects_Label_ZoneInputs */
/** @typedef {{}} Defects_Me_TeamInputs */
/** @typedef {{}} Defects_NewInputs */
/** @typedef {{}} Defects_Next_PageInputs */
/** @typedef {{}} Defects_NobodyInputs */
/** @typedef {{}} Defects_Nobody_YetInputs */
/** @typedef {{}} Defects_None_MatchInputs */
/** @typedef {{ site: NonNullable<unknown> }} Defects_None_Match_SiteInputs */
/** @typedef {{ id: NonNullable<unknown> }} Defects_NumberInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Defects_On_AssetInputs */
/** @typedef {{ reason: NonNullable<unknown>, due: NonNullable<unknown> }} Defects_On_Hold_LineInputs */
/** @typedef {{ time: NonNullable<unknown> }} Defects_Opened_SinceInputs */
/** @typedef {{}} Defects_OptionalInputs */
/** @typedef {{}} Defects_OverdueInputs */
/** @typedef {{}} Defects_Photo_AddedInputs */
/** @typedef {{}} Defects_Photo_ChooseInputs */
/** @typedef {{}} Defects_Photo_Too_LargeInputs */
/** @typedef {{}} Defects_Photo_View_OnlyInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_Reopened_TimesInputs */
/** @typedef {{}} Defects_Resolve_MoreInputs */
/** @typedef {{}} Defects_SearchInputs */
/** @typedef {{}} Defects_Search_HintInputs */
/** @typedef {{}} Defects_ShowInputs */
/** @typedef {{}} Defects_SortInputs */
/** @typedef {{}} Defects_Sort_DueInputs */
/** @typedef {{}} Defects_Sort_NewestInputs */
/** @typedef {{}} Defects_Sort_OldestInputs */
/** @typedef {{}} Defects_Sort_SeverityInputs */
/** @typedef {{}} Defects_Source_CustomerInputs */
/** @typedef {{}} Defects_Source_SensorInputs */
/** @typedef {{}} Defects_Source_StaffInputs */
/** @typedef {{}} Defects_Source_SystemInputs */
/** @typedef {{}} Defects_Status_AcknowledgedInputs */
/** @typedef {{}} Defects_Status_On_HoldInputs */
/** @typedef {{}} Defects_Status_OpenInputs */
/** @typedef {{}} Defects_Status_ResolvedInputs */
/** @typedef {{}} Defects_Status_UnresolvedInputs */
/** @typedef {{}} Defects_Tick_AllInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Defects_Tick_OneInputs */
/** @typedef {{}} Defects_TimelineInputs */
/** @typedef {{}} Defects_TitleInputs */
/** @typedef {{}} Defects_Tl_AcknowledgedInputs */
/** @typedef {{}} Defects_Tl_AssignedInputs */
/** @typedef {{}} Defects_Tl_Assigned_ItInputs */
/** @typedef {{}} Defects_Tl_CommentInputs */
/** @typedef {{}} Defects_Tl_Comment_ByInputs */
/** @typedef {{}} Defects_Tl_EscalatedInputs */
/** @typedef {{}} Defects_Tl_NotifiedInputs */
/** @typedef {{}} Defects_Tl_On_HoldInputs */
/** @typedef {{}} Defects_Tl_OpenedInputs */
/** @typedef {{}} Defects_Tl_PhotoInputs */
/** @typedef {{}} Defects_Tl_ReopenedInputs */
/** @typedef {{}} Defects_Tl_ReportInputs */
/** @typedef {{}} Defects_Tl_ResolvedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Defects_Tl_ToInputs */
/** @typedef {{}} Defects_Tl_UnassignedInputs */
/** @typedef {{}} Defects_Tl_UndoneInputs */
/** @typedef {{ kind: NonNullable<unknown>, device: NonNullable<unknown> }} Defects_ViaInputs */
/** @typedef {{ role: NonNullable<unknown> }} Defects_View_OnlyInputs */
/** @typedef {{ role: NonNullable<unknown> }} Defects_View_Only_WorkInputs */
/** @typedef {{}} Devices_Admin_RestoresInputs */
/** @typedef {{}} Devices_All_SitesInputs */
/** @typedef {{}} Devices_Col_BatteryInputs */
/** @typedef {{}} Devices_Col_DeviceInputs */
/** @typedef {{}} Devices_Col_KindInputs */
/** @typedef {{}} Devices_Col_Last_SeenInputs */
/** @typedef {{}} Devices_Col_MessagesInputs */
/** @typedef {{}} Devices_Col_PayloadInputs */
/** @typedef {{}} Devices_Col_ReasonInputs */
/** @typedef {{}} Devices_Col_RefusedInputs */
/** @typedef {{}} Devices_Col_SiteInputs */
/** @typedef {{}} Devices_Col_StateInputs */
/** @typedef {{}} Devices_Col_WhenInputs */
/** @typedef {{}} Devices_Col_WrongInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_CountInputs */
/** @typedef {{ kind: NonNullable<unknown>, site: NonNullable<unknown> }} Devices_Detail_LineInputs */
/** @typedef {{}} Devices_Filter_SiteInputs */
/** @typedef {{}} Devices_Filter_StateInputs */
/** @typedef {{}} Devices_Kind_ButtonInputs */
/** @typedef {{}} Devices_Kind_SensorInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_Low_Battery_CountInputs */
/** @typedef {{}} Devices_Manage_HintInputs */
/** @typedef {{}} Devices_Managers_OnlyInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_New_SecretInputs */
/** @typedef {{}} Devices_No_RefusedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_Offline_CountInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_Refused_CountInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_Refused_ShortInputs */
/** @typedef {{}} Devices_Restore_ExplainInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Restore_NamedInputs */
/** @typedef {{}} Devices_Restore_StepInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Restored_LabelInputs */
/** @typedef {{}} Devices_Restored_WarningInputs */
/** @typedef {{}} Devices_Revoke_ExplainInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Revoke_NamedInputs */
/** @typedef {{}} Devices_Revoke_StepInputs */
/** @typedef {{}} Devices_Revoked_DoneInputs */
/** @typedef {{}} Devices_Revoked_Until_AdminInputs */
/** @typedef {{}} Devices_Rotate_ExplainInputs */
/** @typedef {{}} Devices_Rotate_NowInputs */
/** @typedef {{}} Devices_Rotate_StepInputs */
/** @typedef {{}} Devices_Rotated_WarningInputs */
/** @typedef {{}} Devices_Scope_AnyInputs */
/** @typedef {{ assets: NonNullable<unknown> }} Devices_Scope_Any_ResolvesInputs */
/** @typedef {{}} Devices_Scope_NoneInputs */
/** @typedef {{}} Devices_Scope_Sensor_AnyInputs */
/** @typedef {{ assets: NonNullable<unknown> }} Devices_Scope_Sensor_WatchesInputs */
/** @typedef {{ checkpoints: NonNullable<unknown> }} Devices_Scope_ServesInputs */
/** @typedef {{ checkpoints: NonNullable<unknown>, assets: NonNullable<unknown> }} Devices_Scope_Serves_AlsoInputs */
/** @typedef {{}} Devices_ShowInputs */
/** @typedef {{}} Devices_State_AnyInputs */
/** @typedef {{}} Devices_State_OfflineInputs */
/** @typedef {{}} Devices_State_OnlineInputs */
/** @typedef {{}} Devices_State_RevokedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Devices_Stored_CountInputs */
/** @typedef {{}} Devices_TabInputs */
/** @typedef {{}} Devices_TitleInputs */
/** @typedef {{}} Devices_WhichInputs */
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
/** @typedef {{}} Errors_Already_AcknowledgedInputs */
/** @typedef {{}} Errors_Already_AssignedInputs */
/** @typedef {{}} Errors_Already_On_HoldInputs */
/** @typedef {{}} Errors_Already_ResolvedInputs */
/** @typedef {{}} Errors_Asset_RetiredInputs */
/** @typedef {{}} Errors_Back_DefectsInputs */
/** @typedef {{}} Errors_Back_OverviewInputs */
/** @typedef {{}} Errors_Back_SitesInputs */
/** @typedef {{}} Errors_Bad_CredentialsInputs */
/** @typedef {{}} Errors_BusyInputs */
/** @typedef {{}} Errors_Check_FormInputs */
/** @typedef {{}} Errors_Clear_FiltersInputs */
/** @typedef {{}} Errors_ConflictInputs */
/** @typedef {{}} Errors_Device_RevokedInputs */
/** @typedef {{}} Errors_Due_In_PastInputs */
/** @typedef {{}} Errors_Field_AssigneeInputs */
/** @typedef {{}} Errors_Field_CategoryInputs */
/** @typedef {{}} Errors_Field_CauseInputs */
/** @typedef {{}} Errors_Field_DueInputs */
/** @typedef {{}} Errors_Field_EmailInputs */
/** @typedef {{}} Errors_Field_FromInputs */
/** @typedef {{}} Errors_Field_IdInputs */
/** @typedef {{ field: NonNullable<unknown> }} Errors_Field_InvalidInputs */
/** @typedef {{}} Errors_Field_LanguageInputs */
/** @typedef {{ field: NonNullable<unknown> }} Errors_Field_MissingInputs */
/** @typedef {{}} Errors_Field_NameInputs */
/** @typedef {{ field: NonNullable<unknown> }} Errors_Field_Not_NumberInputs */
/** @typedef {{}} Errors_Field_NoteInputs */
/** @typedef {{}} Errors_Field_OtherInputs */
/** @typedef {{}} Errors_Field_PageInputs */
/** @typedef {{}} Errors_Field_PasswordInputs */
/** @typedef {{}} Errors_Field_PhoneInputs */
/** @typedef {{}} Errors_Field_ReasonInputs */
/** @typedef {{}} Errors_Field_SearchInputs */
/** @typedef {{}} Errors_Field_SeverityInputs */
/** @typedef {{}} Errors_Field_SiteInputs */
/** @typedef {{}} Errors_Field_SortInputs */
/** @typedef {{}} Errors_Field_SourceInputs */
/** @typedef {{}} Errors_Field_StatusInputs */
/** @typedef {{}} Errors_Field_ToInputs */
/** @typedef {{ field: NonNullable<unknown> }} Errors_Field_Too_LongInputs */
/** @typedef {{ field: NonNullable<unknown> }} Errors_Field_Too_ShortInputs */
/** @typedef {{}} Errors_Field_UsernameInputs */
/** @typedef {{ field: NonNullable<unknown>, value: NonNullable<unknown> }} Errors_Filter_UnknownInputs */
/** @typedef {{}} Errors_ForbiddenInputs */
/** @typedef {{}} Errors_Guest_SorryInputs */
/** @typedef {{}} Errors_Guest_TitleInputs */
/** @typedef {{}} Errors_Has_HistoryInputs */
/** @typedef {{}} Errors_Invalid_AssigneeInputs */
/** @typedef {{}} Errors_Invalid_CauseInputs */
/** @typedef {{}} Errors_Last_AdminInputs */
/** @typedef {{}} Errors_No_Such_DefectInputs */
/** @typedef {{}} Errors_Not_FoundInputs */
/** @typedef {{}} Errors_Not_ResolvedInputs */
/** @typedef {{}} Errors_Open_DuplicateInputs */
/** @typedef {{}} Errors_Photo_Already_AttachedInputs */
/** @typedef {{}} Errors_Rate_LimitedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Errors_Rate_Limited_SecondsInputs */
/** @typedef {{}} Errors_Retired_ParentInputs */
/** @typedef {{}} Errors_Session_EndedInputs */
/** @typedef {{}} Errors_Site_Being_RemovedInputs */
/** @typedef {{}} Errors_Something_WrongInputs */
/** @typedef {{}} Errors_Title_400Inputs */
/** @typedef {{}} Errors_Title_403Inputs */
/** @typedef {{}} Errors_Title_404Inputs */
/** @typedef {{}} Errors_Title_429Inputs */
/** @typedef {{}} Errors_Title_503Inputs */
/** @typedef {{}} Errors_Title_OtherInputs */
/** @typedef {{}} Errors_Too_LargeInputs */
/** @typedef {{}} Errors_Try_AgainInputs */
/** @typedef {{}} Errors_Try_LaterInputs */
/** @typedef {{}} Errors_UnavailableInputs */
/** @typedef {{}} Errors_Undo_By_OtherInputs */
/** @typedef {{}} Errors_Undo_ExpiredInputs */
/** @typedef {{ id: NonNullable<unknown> }} Errors_Unknown_DefectInputs */
/** @typedef {{ id: NonNullable<unknown> }} Errors_Unknown_DeviceInputs */
/** @typedef {{ path: NonNullable<unknown> }} Errors_Unknown_PageInputs */
/** @typedef {{ id: NonNullable<unknown> }} Errors_Unknown_PhotoInputs */
/** @typedef {{ site: NonNullable<unknown> }} Errors_Unknown_SiteInputs */
/** @typedef {{}} Errors_Unsupported_MediaInputs */
/** @typedef {{}} Errors_Username_TakenInputs */
/** @typedef {{}} Errors_Wrong_PasswordInputs */
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
/** @typedef {{}} Insights_Ack_MedianInputs */
/** @typedef {{}} Insights_Ack_P90Inputs */
/** @typedef {{}} Insights_After_RoundInputs */
/** @typedef {{}} Insights_After_Round_HintInputs */
/** @typedef {{}} Insights_AssetInputs */
/** @typedef {{}} Insights_By_CategoryInputs */
/** @typedef {{}} Insights_CategoryInputs */
/** @typedef {{}} Insights_CaughtInputs */
/** @typedef {{}} Insights_Caught_ShareInputs */
/** @typedef {{ weekday: NonNullable<unknown>, hour: NonNullable<unknown>, count: NonNullable<unknown> }} Insights_CellInputs */
/** @typedef {{}} Insights_ChainInputs */
/** @typedef {{}} Insights_CheckinsInputs */
/** @typedef {{}} Insights_Checks_Per_DayInputs */
/** @typedef {{}} Insights_CompareInputs */
/** @typedef {{ label: NonNullable<unknown> }} Insights_Csv_MinutesInputs */
/** @typedef {{}} Insights_Csv_RefusedInputs */
/** @typedef {{ label: NonNullable<unknown> }} Insights_Csv_ShareInputs */
/** @typedef {{}} Insights_CvInputs */
/** @typedef {{}} Insights_Cv_AlikeInputs */
/** @typedef {{}} Insights_Cv_ApartInputs */
/** @typedef {{}} Insights_Cv_NoneInputs */
/** @typedef {{}} Insights_Cv_SomeInputs */
/** @typedef {{}} Insights_DayInputs */
/** @typedef {{}} Insights_DefectsInputs */
/** @typedef {{}} Insights_Download_CsvInputs */
/** @typedef {{}} Insights_Far_AboveInputs */
/** @typedef {{}} Insights_Far_BelowInputs */
/** @typedef {{}} Insights_FinderInputs */
/** @typedef {{}} Insights_FindersInputs */
/** @typedef {{}} Insights_HourInputs */
/** @typedef {{}} Insights_IqrInputs */
/** @typedef {{ count: NonNullable<unknown> }} Insights_Last_DaysInputs */
/** @typedef {{}} Insights_MeasureInputs */
/** @typedef {{}} Insights_Measure_Caughtbeforecustomers2Inputs */
/** @typedef {{}} Insights_Measure_Minutestoacknowledge2Inputs */
/** @typedef {{}} Insights_Measure_Minutestoresolve2Inputs */
/** @typedef {{}} Insights_Measure_Openedpersite2Inputs */
/** @typedef {{}} Insights_Measure_Repeatfailures1Inputs */
/** @typedef {{}} Insights_MedianInputs */
/** @typedef {{ median: NonNullable<unknown>, p90: NonNullable<unknown> }} Insights_Median_P90Inputs */
/** @typedef {{}} Insights_OpenedInputs */
/** @typedef {{}} Insights_Per_DayInputs */
/** @typedef {{}} Insights_Per_Day_NoteInputs */
/** @typedef {{}} Insights_Q1Inputs */
/** @typedef {{}} Insights_Q3Inputs */
/** @typedef {{}} Insights_ReadingsInputs */
/** @typedef {{}} Insights_Repeat_FailuresInputs */
/** @typedef {{}} Insights_RepeatsInputs */
/** @typedef {{}} Insights_Repeats_NoneInputs */
/** @typedef {{}} Insights_Repeats_NoteInputs */
/** @typedef {{}} Insights_Resolve_MedianInputs */
/** @typedef {{}} Insights_Resolve_P90Inputs */
/** @typedef {{}} Insights_ResolvedInputs */
/** @typedef {{}} Insights_Sensor_SuspectsInputs */
/** @typedef {{}} Insights_Sensor_Suspects_HintInputs */
/** @typedef {{}} Insights_ShowInputs */
/** @typedef {{}} Insights_Show_TableInputs */
/** @typedef {{}} Insights_SiteInputs */
/** @typedef {{}} Insights_Source_CustomerInputs */
/** @typedef {{}} Insights_Source_SensorInputs */
/** @typedef {{}} Insights_Source_StaffInputs */
/** @typedef {{ cv: NonNullable<unknown>, judgement: NonNullable<unknown> }} Insights_Spread_CvInputs */
/** @typedef {{}} Insights_Spread_EmptyInputs */
/** @typedef {{ sites: NonNullable<unknown> }} Insights_Spread_HighInputs */
/** @typedef {{ low: NonNullable<unknown>, high: NonNullable<unknown>, range: NonNullable<unknown> }} Insights_Spread_IqrInputs */
/** @typedef {{ sites: NonNullable<unknown> }} Insights_Spread_LowInputs */
/** @typedef {{}} Insights_Spread_NoneInputs */
/** @typedef {{}} Insights_Spread_TitleInputs */
/** @typedef {{}} Insights_Spread_WhyInputs */
/** @typedef {{}} Insights_TimesInputs */
/** @typedef {{}} Insights_Times_NoteInputs */
/** @typedef {{}} Insights_TitleInputs */
/** @typedef {{}} Insights_To_AckInputs */
/** @typedef {{}} Insights_To_ResolveInputs */
/** @typedef {{}} Insights_WeekdayInputs */
/** @typedef {{}} Insights_WhenInputs */
/** @typedef {{}} Insights_When_NoteInputs */
/** @typedef {{}} Insights_WindowInputs */
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
/** @typedef {{ count: NonNullable<unknown> }} Overview_All_FineInputs */
/** @typedef {{}} Overview_Demo_TagInputs */
/** @typedef {{}} Overview_Demo_Tag_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Need_ActionInputs */
/** @typedef {{ severity: NonNullable<unknown>, fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Overview_NewsInputs */
/** @typedef {{ severity: NonNullable<unknown>, fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Overview_News_CustomerInputs */
/** @typedef {{}} Overview_No_SitesInputs */
/** @typedef {{ sites: NonNullable<unknown>, needAction: NonNullable<unknown>, withOpen: NonNullable<unknown>, allFine: NonNullable<unknown> }} Overview_SummaryInputs */
/** @typedef {{}} Overview_TabInputs */
/** @typedef {{}} Overview_Tile_ChecksInputs */
/** @typedef {{}} Overview_Tile_Devices_OffInputs */
/** @typedef {{}} Overview_Tile_HighInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_Tile_MoreInputs */
/** @typedef {{}} Overview_Tile_NewInputs */
/** @typedef {{}} Overview_Tile_NowInputs */
/** @typedef {{}} Overview_Tile_OldestInputs */
/** @typedef {{}} Overview_Tile_OpenInputs */
/** @typedef {{}} Overview_Tile_OverdueInputs */
/** @typedef {{}} Overview_Tile_Overdue_TagInputs */
/** @typedef {{}} Overview_Tile_WorstInputs */
/** @typedef {{}} Overview_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Overview_With_OpenInputs */
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
/** @typedef {{}} Reports_Export_AuditInputs */
/** @typedef {{}} Reports_Export_Audit_TextInputs */
/** @typedef {{}} Reports_Export_BackwardsInputs */
/** @typedef {{}} Reports_Export_ChooseInputs */
/** @typedef {{}} Reports_Export_ColumnsInputs */
/** @typedef {{}} Reports_Export_Columns_NoteInputs */
/** @typedef {{}} Reports_Export_CsvInputs */
/** @typedef {{}} Reports_Export_DefectsInputs */
/** @typedef {{}} Reports_Export_Defects_TextInputs */
/** @typedef {{}} Reports_Export_DownloadInputs */
/** @typedef {{}} Reports_Export_EventsInputs */
/** @typedef {{}} Reports_Export_Events_TextInputs */
/** @typedef {{}} Reports_Export_FormatInputs */
/** @typedef {{}} Reports_Export_FromInputs */
/** @typedef {{}} Reports_Export_InspectionsInputs */
/** @typedef {{}} Reports_Export_Inspections_TextInputs */
/** @typedef {{}} Reports_Export_IntroInputs */
/** @typedef {{}} Reports_Export_JsonlInputs */
/** @typedef {{}} Reports_Export_Last_30Inputs */
/** @typedef {{}} Reports_Export_Last_QuarterInputs */
/** @typedef {{}} Reports_Export_No_SiteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Reports_Export_None_TickedInputs */
/** @typedef {{ site: NonNullable<unknown> }} Reports_Export_Only_SiteInputs */
/** @typedef {{}} Reports_Export_PeriodInputs */
/** @typedef {{ problem: NonNullable<unknown> }} Reports_Export_ProblemInputs */
/** @typedef {{}} Reports_Export_SitesInputs */
/** @typedef {{}} Reports_Export_TabInputs */
/** @typedef {{}} Reports_Export_This_YearInputs */
/** @typedef {{}} Reports_Export_TimelineInputs */
/** @typedef {{}} Reports_Export_Timeline_TextInputs */
/** @typedef {{}} Reports_Export_TitleInputs */
/** @typedef {{}} Reports_Export_ToInputs */
/** @typedef {{}} Reports_Export_Utc_DaysInputs */
/** @typedef {{}} Reports_Export_WhatInputs */
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
/** @typedef {{}} Setup_Assignment_LinkInputs */
/** @typedef {{}} Setup_CancelInputs */
/** @typedef {{}} Setup_Col_CheckpointsInputs */
/** @typedef {{}} Setup_Col_DevicesInputs */
/** @typedef {{}} Setup_Col_LanguageInputs */
/** @typedef {{}} Setup_Col_SiteInputs */
/** @typedef {{}} Setup_Col_TimezoneInputs */
/** @typedef {{}} Setup_Create_SiteInputs */
/** @typedef {{ day: NonNullable<unknown> }} Setup_Day_ClosesInputs */
/** @typedef {{}} Setup_Day_FriInputs */
/** @typedef {{}} Setup_Day_MonInputs */
/** @typedef {{ day: NonNullable<unknown> }} Setup_Day_OpensInputs */
/** @typedef {{}} Setup_Day_SatInputs */
/** @typedef {{}} Setup_Day_SunInputs */
/** @typedef {{}} Setup_Day_ThuInputs */
/** @typedef {{}} Setup_Day_TueInputs */
/** @typedef {{}} Setup_Day_WedInputs */
/** @typedef {{}} Setup_DemoInputs */
/** @typedef {{}} Setup_Err_Address_LongInputs */
/** @typedef {{}} Setup_Err_Check_FieldsInputs */
/** @typedef {{}} Setup_Err_Choose_CategoryInputs */
/** @typedef {{}} Setup_Err_Choose_KindInputs */
/** @typedef {{}} Setup_Err_Choose_LanguageInputs */
/** @typedef {{ line: NonNullable<unknown>, entry: NonNullable<unknown> }} Setup_Err_Date_LineInputs */
/** @typedef {{ line: NonNullable<unknown>, entry: NonNullable<unknown> }} Setup_Err_Date_OvernightInputs */
/** @typedef {{ date: NonNullable<unknown> }} Setup_Err_Date_TwiceInputs */
/** @typedef {{}} Setup_Err_Day_HoursInputs */
/** @typedef {{}} Setup_Err_Field_RefusedInputs */
/** @typedef {{}} Setup_Err_Id_FormatInputs */
/** @typedef {{}} Setup_Err_Id_NoneInputs */
/** @typedef {{ id: NonNullable<unknown> }} Setup_Err_Id_TakenInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Setup_Err_MinutesInputs */
/** @typedef {{}} Setup_Err_Name_EmptyInputs */
/** @typedef {{}} Setup_Err_Name_LongInputs */
/** @typedef {{}} Setup_Err_RefusedInputs */
/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Setup_Err_SecondsInputs */
/** @typedef {{}} Setup_Err_ServesInputs */
/** @typedef {{}} Setup_Err_TimezoneInputs */
/** @typedef {{}} Setup_Err_Which_SiteInputs */
/** @typedef {{}} Setup_Export_CsvInputs */
/** @typedef {{}} Setup_Export_JsonInputs */
/** @typedef {{}} Setup_Form_AddressInputs */
/** @typedef {{}} Setup_Form_AlwaysInputs */
/** @typedef {{}} Setup_Form_DatesInputs */
/** @typedef {{}} Setup_Form_Dates_HintInputs */
/** @typedef {{}} Setup_Form_HoursInputs */
/** @typedef {{}} Setup_Form_Hours_HintInputs */
/** @typedef {{}} Setup_Form_IdInputs */
/** @typedef {{}} Setup_Form_Id_HintInputs */
/** @typedef {{}} Setup_Form_LanguageInputs */
/** @typedef {{}} Setup_Form_Language_HintInputs */
/** @typedef {{}} Setup_Form_NameInputs */
/** @typedef {{}} Setup_Form_TimezoneInputs */
/** @typedef {{}} Setup_Form_Week_HintInputs */
/** @typedef {{}} Setup_Form_WeeklyInputs */
/** @typedef {{}} Setup_Form_Zones_AllInputs */
/** @typedef {{}} Setup_Form_Zones_NearInputs */
/** @typedef {{}} Setup_Import_LinkInputs */
/** @typedef {{}} Setup_Intro_AdminInputs */
/** @typedef {{}} Setup_Intro_ManagerInputs */
/** @typedef {{}} Setup_New_SiteInputs */
/** @typedef {{}} Setup_New_Site_NextInputs */
/** @typedef {{}} Setup_No_SitesInputs */
/** @typedef {{}} Setup_No_Sites_Admin_AfterInputs */
/** @typedef {{}} Setup_No_Sites_Admin_BeforeInputs */
/** @typedef {{}} Setup_No_Sites_Admin_OrInputs */
/** @typedef {{}} Setup_No_Sites_ImportInputs */
/** @typedef {{}} Setup_No_Sites_ManagerInputs */
/** @typedef {{}} Setup_RestoreInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_RestoredInputs */
/** @typedef {{}} Setup_Retired_IntroInputs */
/** @typedef {{}} Setup_Retired_TitleInputs */
/** @typedef {{}} Setup_Set_UpInputs */
/** @typedef {{}} Setup_TitleInputs */
/** @typedef {{}} Severity_HighInputs */
/** @typedef {{}} Severity_LowInputs */
/** @typedef {{}} Severity_MediumInputs */
/** @typedef {{}} Site_Asset_OkInputs */
/** @typedef {{ ok: NonNullable<unknown>, defect: NonNullable<unknown>, unknown: NonNullable<unknown> }} Site_AssetsInputs */
/** @typedef {{}} Site_Caught_BeforeInputs */
/** @typedef {{ name: NonNullable<unknown>, interval: NonNullable<unknown>, last: NonNullable<unknown> }} Site_CheckpointInputs */
/** @typedef {{ age: NonNullable<unknown> }} Site_Checkpoint_AgoInputs */
/** @typedef {{}} Site_Checkpoint_NeverInputs */
/** @typedef {{}} Site_Checkpoint_NowInputs */
/** @typedef {{ onTime: NonNullable<unknown>, checkpoints: NonNullable<unknown> }} Site_Checks_On_TimeInputs */
/** @typedef {{ open: NonNullable<unknown>, high: NonNullable<unknown>, medium: NonNullable<unknown>, low: NonNullable<unknown>, overdue: NonNullable<unknown>, oldest: NonNullable<unknown> }} Site_CountsInputs */
/** @typedef {{}} Site_Crumb_AllInputs */
/** @typedef {{ id: NonNullable<unknown> }} Site_Defect_NumberInputs */
/** @typedef {{}} Site_DevicesInputs */
/** @typedef {{ offline: NonNullable<unknown>, total: NonNullable<unknown> }} Site_Devices_OffInputs */
/** @typedef {{}} Site_Inspections_On_TimeInputs */
/** @typedef {{ onTime: NonNullable<unknown>, missed: NonNullable<unknown> }} Site_Inspections_SplitInputs */
/** @typedef {{}} Site_Last_DaysInputs */
/** @typedef {{}} Site_Nothing_OpenInputs */
/** @typedef {{}} Site_Open_DefectsInputs */
/** @typedef {{}} Site_Print_LabelsInputs */
/** @typedef {{}} Site_Print_Labels_TitleInputs */
/** @typedef {{}} Site_Qr_TitleInputs */
/** @typedef {{}} Site_Report_AnotherInputs */
/** @typedef {{}} Site_Report_HereInputs */
/** @typedef {{}} Site_Report_Here_TitleInputs */
/** @typedef {{}} Site_Reported_MergedInputs */
/** @typedef {{}} Site_Reported_OpenedInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Site_Reported_WhatInputs */
/** @typedef {{}} Site_Setup_LinkInputs */
/** @typedef {{}} Site_Setup_TitleInputs */
/** @typedef {{ zone: NonNullable<unknown> }} Site_Times_InInputs */
/** @typedef {{}} Site_Trend_ChartInputs */
/** @typedef {{}} Site_Trend_DayInputs */
/** @typedef {{}} Site_Trend_OpenedInputs */
/** @typedef {{}} Site_Trend_ResolvedInputs */
/** @typedef {{}} Site_Trend_TableInputs */
/** @typedef {{}} Site_Unknown_NoteInputs */
/** @typedef {{}} Site_Zone_LabelsInputs */
/** @typedef {{ zone: NonNullable<unknown> }} Site_Zone_Labels_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Zone_UnknownInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Zone_With_DefectsInputs */
/** @typedef {{}} Site_ZonesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sites_CountInputs */
/** @typedef {{}} Status_AmberInputs */
/** @typedef {{}} Status_GreenInputs */
/** @typedef {{}} Status_RedInputs */
/** @typedef {{}} Status_UnknownInputs */
/** @typedef {{}} Work_A_MomentInputs */
/** @typedef {{}} Work_AcknowledgeInputs */
/** @typedef {{}} Work_AcknowledgedInputs */
/** @typedef {{}} Work_Add_CommentInputs */
/** @typedef {{}} Work_All_OpenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Work_Assigned_ToInputs */
/** @typedef {{}} Work_Choose_AssigneeInputs */
/** @typedef {{}} Work_Choose_DueInputs */
/** @typedef {{}} Work_CommentInputs */
/** @typedef {{}} Work_Comment_AddedInputs */
/** @typedef {{}} Work_Comment_FirstInputs */
/** @typedef {{ asset: NonNullable<unknown> }} Work_Comment_OnInputs */
/** @typedef {{}} Work_Comment_PlaceholderInputs */
/** @typedef {{}} Work_Comment_Too_LongInputs */
/** @typedef {{ span: NonNullable<unknown> }} Work_Due_InInputs */
/** @typedef {{}} Work_Mine_HeadingInputs */
/** @typedef {{}} Work_Mine_NoneInputs */
/** @typedef {{}} Work_NobodyInputs */
/** @typedef {{}} Work_NoteInputs */
/** @typedef {{ team: NonNullable<unknown> }} Work_Notices_Assigned_TeamInputs */
/** @typedef {{}} Work_Notices_Assigned_YouInputs */
/** @typedef {{}} Work_Notices_AttentionInputs */
/** @typedef {{}} Work_Notices_EmptyInputs */
/** @typedef {{}} Work_Notices_EscalatedInputs */
/** @typedef {{}} Work_Notices_IntroInputs */
/** @typedef {{}} Work_Notices_Mark_ReadInputs */
/** @typedef {{}} Work_Notices_None_UnreadInputs */
/** @typedef {{}} Work_Notices_Not_PersonalInputs */
/** @typedef {{}} Work_Notices_Read_AllInputs */
/** @typedef {{}} Work_Notices_TabInputs */
/** @typedef {{}} Work_Notices_TitleInputs */
/** @typedef {{}} Work_Notices_UnreadInputs */
/** @typedef {{ count: NonNullable<unknown> }} Work_Notices_Unread_CountInputs */
/** @typedef {{ when: NonNullable<unknown>, by: NonNullable<unknown> }} Work_Notices_When_ByInputs */
/** @typedef {{}} Work_On_Hold_DoneInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Work_On_Hold_ReasonInputs */
/** @typedef {{}} Work_OpenInputs */
/** @typedef {{}} Work_Open_HeadingInputs */
/** @typedef {{ fault: NonNullable<unknown>, asset: NonNullable<unknown> }} Work_Open_LabelInputs */
/** @typedef {{}} Work_Open_NoneInputs */
/** @typedef {{ span: NonNullable<unknown> }} Work_Overdue_ByInputs */
/** @typedef {{}} Work_ReopenedInputs */
/** @typedef {{}} Work_Resolve_ItInputs */
/** @typedef {{}} Work_Resolve_StepInputs */
/** @typedef {{}} Work_ResolvedInputs */
/** @typedef {{}} Work_Say_WaitingInputs */
/** @typedef {{}} Work_Staff_Take_OnlyInputs */
/** @typedef {{}} Work_TabInputs */
/** @typedef {{}} Work_TakeInputs */
/** @typedef {{}} Work_TitleInputs */
/** @typedef {{}} Work_UnassignedInputs */
/** @typedef {{}} Work_UndoInputs */
/** @typedef {{}} Work_UndoneInputs */
/** @typedef {{}} Work_View_OnlyInputs */
/** @typedef {{}} Work_Which_DefectInputs */
/** @typedef {{}} Work_YoursInputs */
/** @typedef {{}} Work_Yours_NowInputs */
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
* | "Too many sign-ins at once. Try again in a moment." |
*
* @param {Account_Login_BusyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_busy = /** @type {((inputs?: Account_Login_BusyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_BusyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_busy(inputs)
	if (locale === "da") return __da.account_login_busy(inputs)
	if (locale === "sv") return __sv.account_login_busy(inputs)
	return __en.account_login_busy(inputs)
});
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again to go on." |
*
* @param {Account_Login_ExpiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_expired = /** @type {((inputs?: Account_Login_ExpiredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_ExpiredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_expired(inputs)
	if (locale === "da") return __da.account_login_expired(inputs)
	if (locale === "sv") return __sv.account_login_expired(inputs)
	return __en.account_login_expired(inputs)
});
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
export const account_login_locked = /** @type {((inputs: Account_Login_LockedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_LockedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_locked(inputs)
	if (locale === "da") return __da.account_login_locked(inputs)
	if (locale === "sv") return __sv.account_login_locked(inputs)
	return __en.account_login_locked(inputs)
});
/**
* | output |
* | --- |
* | "Enter your username and password." |
*
* @param {Account_Login_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_missing = /** @type {((inputs?: Account_Login_MissingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_MissingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_missing(inputs)
	if (locale === "da") return __da.account_login_missing(inputs)
	if (locale === "sv") return __sv.account_login_missing(inputs)
	return __en.account_login_missing(inputs)
});
/**
* | output |
* | --- |
* | "No account? Ask an admin of your Bulb Check. Reporting a problem with a QR code needs no account." |
*
* @param {Account_Login_No_AccountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_no_account = /** @type {((inputs?: Account_Login_No_AccountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_No_AccountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_no_account(inputs)
	if (locale === "da") return __da.account_login_no_account(inputs)
	if (locale === "sv") return __sv.account_login_no_account(inputs)
	return __en.account_login_no_account(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Account_Login_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_password = /** @type {((inputs?: Account_Login_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_password(inputs)
	if (locale === "da") return __da.account_login_password(inputs)
	if (locale === "sv") return __sv.account_login_password(inputs)
	return __en.account_login_password(inputs)
});
/**
* | output |
* | --- |
* | "Paste a token made on the Tokens page." |
*
* @param {Account_Login_Paste_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_paste_token = /** @type {((inputs?: Account_Login_Paste_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_Paste_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_paste_token(inputs)
	if (locale === "da") return __da.account_login_paste_token(inputs)
	if (locale === "sv") return __sv.account_login_paste_token(inputs)
	return __en.account_login_paste_token(inputs)
});
/**
* | output |
* | --- |
* | "A wall screen?" |
*
* @param {Account_Login_ScreenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen = /** @type {((inputs?: Account_Login_ScreenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_ScreenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_screen(inputs)
	if (locale === "da") return __da.account_login_screen(inputs)
	if (locale === "sv") return __sv.account_login_screen(inputs)
	return __en.account_login_screen(inputs)
});
/**
* | output |
* | --- |
* | "Show the wall board" |
*
* @param {Account_Login_Screen_SubmitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen_submit = /** @type {((inputs?: Account_Login_Screen_SubmitInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_Screen_SubmitInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_screen_submit(inputs)
	if (locale === "da") return __da.account_login_screen_submit(inputs)
	if (locale === "sv") return __sv.account_login_screen_submit(inputs)
	return __en.account_login_screen_submit(inputs)
});
/**
* | output |
* | --- |
* | "Viewer token (an admin makes one under Tokens)" |
*
* @param {Account_Login_Screen_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_screen_token = /** @type {((inputs?: Account_Login_Screen_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_Screen_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_screen_token(inputs)
	if (locale === "da") return __da.account_login_screen_token(inputs)
	if (locale === "sv") return __sv.account_login_screen_token(inputs)
	return __en.account_login_screen_token(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Account_Login_SubmitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_submit = /** @type {((inputs?: Account_Login_SubmitInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_SubmitInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_submit(inputs)
	if (locale === "da") return __da.account_login_submit(inputs)
	if (locale === "sv") return __sv.account_login_submit(inputs)
	return __en.account_login_submit(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check · Sign in" |
*
* @param {Account_Login_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_tab = /** @type {((inputs?: Account_Login_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_tab(inputs)
	if (locale === "da") return __da.account_login_tab(inputs)
	if (locale === "sv") return __sv.account_login_tab(inputs)
	return __en.account_login_tab(inputs)
});
/**
* | output |
* | --- |
* | "Sign in" |
*
* @param {Account_Login_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_title = /** @type {((inputs?: Account_Login_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_title(inputs)
	if (locale === "da") return __da.account_login_title(inputs)
	if (locale === "sv") return __sv.account_login_title(inputs)
	return __en.account_login_title(inputs)
});
/**
* | output |
* | --- |
* | "That token is unknown or revoked." |
*
* @param {Account_Login_Token_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_token_unknown = /** @type {((inputs?: Account_Login_Token_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_Token_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_token_unknown(inputs)
	if (locale === "da") return __da.account_login_token_unknown(inputs)
	if (locale === "sv") return __sv.account_login_token_unknown(inputs)
	return __en.account_login_token_unknown(inputs)
});
/**
* | output |
* | --- |
* | "The Bulb Check API does not answer. Try again." |
*
* @param {Account_Login_UnavailableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_unavailable = /** @type {((inputs?: Account_Login_UnavailableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_UnavailableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_unavailable(inputs)
	if (locale === "da") return __da.account_login_unavailable(inputs)
	if (locale === "sv") return __sv.account_login_unavailable(inputs)
	return __en.account_login_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Account_Login_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_username = /** @type {((inputs?: Account_Login_UsernameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_UsernameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_username(inputs)
	if (locale === "da") return __da.account_login_username(inputs)
	if (locale === "sv") return __sv.account_login_username(inputs)
	return __en.account_login_username(inputs)
});
/**
* | output |
* | --- |
* | "Use a system token with the viewer role for a wall screen." |
*
* @param {Account_Login_Viewer_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_viewer_only = /** @type {((inputs?: Account_Login_Viewer_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_Viewer_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_viewer_only(inputs)
	if (locale === "da") return __da.account_login_viewer_only(inputs)
	if (locale === "sv") return __sv.account_login_viewer_only(inputs)
	return __en.account_login_viewer_only(inputs)
});
/**
* | output |
* | --- |
* | "Wrong username or password." |
*
* @param {Account_Login_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const account_login_wrong = /** @type {((inputs?: Account_Login_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Login_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.account_login_wrong(inputs)
	if (locale === "da") return __da.account_login_wrong(inputs)
	if (locale === "sv") return __sv.account_login_wrong(inputs)
	return __en.account_login_wrong(inputs)
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
* | output |
* | --- |
* | "Acknowledge" |
*
* @param {Defects_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_acknowledge = /** @type {((inputs?: Defects_AcknowledgeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_AcknowledgeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_acknowledge(inputs)
	if (locale === "da") return __da.defects_acknowledge(inputs)
	if (locale === "sv") return __sv.defects_acknowledge(inputs)
	return __en.defects_acknowledge(inputs)
});
/**
* | output |
* | --- |
* | "The administrator" |
*
* @param {Defects_Actor_First_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_actor_first_admin = /** @type {((inputs?: Defects_Actor_First_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Actor_First_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_actor_first_admin(inputs)
	if (locale === "da") return __da.defects_actor_first_admin(inputs)
	if (locale === "sv") return __sv.defects_actor_first_admin(inputs)
	return __en.defects_actor_first_admin(inputs)
});
/**
* | output |
* | --- |
* | "{duration} ago" |
*
* @param {Defects_AgoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ago = /** @type {((inputs: Defects_AgoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_AgoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ago(inputs)
	if (locale === "da") return __da.defects_ago(inputs)
	if (locale === "sv") return __sv.defects_ago(inputs)
	return __en.defects_ago(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Defects_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_all_sites = /** @type {((inputs?: Defects_All_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_All_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_all_sites(inputs)
	if (locale === "da") return __da.defects_all_sites(inputs)
	if (locale === "sv") return __sv.defects_all_sites(inputs)
	return __en.defects_all_sites(inputs)
});
/**
* | output |
* | --- |
* | "Any" |
*
* @param {Defects_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_any = /** @type {((inputs?: Defects_AnyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_AnyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_any(inputs)
	if (locale === "da") return __da.defects_any(inputs)
	if (locale === "sv") return __sv.defects_any(inputs)
	return __en.defects_any(inputs)
});
/**
* | output |
* | --- |
* | "Anyone or nobody" |
*
* @param {Defects_AnyoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_anyone = /** @type {((inputs?: Defects_AnyoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_AnyoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_anyone(inputs)
	if (locale === "da") return __da.defects_anyone(inputs)
	if (locale === "sv") return __sv.defects_anyone(inputs)
	return __en.defects_anyone(inputs)
});
/**
* | output |
* | --- |
* | "Assign…" |
*
* @param {Defects_Bulk_AssignInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign = /** @type {((inputs?: Defects_Bulk_AssignInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_AssignInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_assign(inputs)
	if (locale === "da") return __da.defects_bulk_assign(inputs)
	if (locale === "sv") return __sv.defects_bulk_assign(inputs)
	return __en.defects_bulk_assign(inputs)
});
/**
* | output |
* | --- |
* | "Assign them" |
*
* @param {Defects_Bulk_Assign_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign_them = /** @type {((inputs?: Defects_Bulk_Assign_ThemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Assign_ThemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_assign_them(inputs)
	if (locale === "da") return __da.defects_bulk_assign_them(inputs)
	if (locale === "sv") return __sv.defects_bulk_assign_them(inputs)
	return __en.defects_bulk_assign_them(inputs)
});
/**
* | output |
* | --- |
* | "Assign to" |
*
* @param {Defects_Bulk_Assign_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_assign_to = /** @type {((inputs?: Defects_Bulk_Assign_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Assign_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_assign_to(inputs)
	if (locale === "da") return __da.defects_bulk_assign_to(inputs)
	if (locale === "sv") return __sv.defects_bulk_assign_to(inputs)
	return __en.defects_bulk_assign_to(inputs)
});
/**
* | output |
* | --- |
* | "{done}: {count} changed." |
*
* @param {Defects_Bulk_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_changed = /** @type {((inputs: Defects_Bulk_ChangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_ChangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_changed(inputs)
	if (locale === "da") return __da.defects_bulk_changed(inputs)
	if (locale === "sv") return __sv.defects_bulk_changed(inputs)
	return __en.defects_bulk_changed(inputs)
});
/**
* | output |
* | --- |
* | "{done}: {count} changed, {failed} not:" |
*
* @param {Defects_Bulk_Changed_NotInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_changed_not = /** @type {((inputs: Defects_Bulk_Changed_NotInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Changed_NotInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_changed_not(inputs)
	if (locale === "da") return __da.defects_bulk_changed_not(inputs)
	if (locale === "sv") return __sv.defects_bulk_changed_not(inputs)
	return __en.defects_bulk_changed_not(inputs)
});
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Defects_Bulk_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose = /** @type {((inputs?: Defects_Bulk_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_choose(inputs)
	if (locale === "da") return __da.defects_bulk_choose(inputs)
	if (locale === "sv") return __sv.defects_bulk_choose(inputs)
	return __en.defects_bulk_choose(inputs)
});
/**
* | output |
* | --- |
* | "Choose what to do with them." |
*
* @param {Defects_Bulk_Choose_ActionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose_action = /** @type {((inputs?: Defects_Bulk_Choose_ActionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Choose_ActionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_choose_action(inputs)
	if (locale === "da") return __da.defects_bulk_choose_action(inputs)
	if (locale === "sv") return __sv.defects_bulk_choose_action(inputs)
	return __en.defects_bulk_choose_action(inputs)
});
/**
* | output |
* | --- |
* | "Choose who should do them." |
*
* @param {Defects_Bulk_Choose_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_choose_assignee = /** @type {((inputs?: Defects_Bulk_Choose_AssigneeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Choose_AssigneeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_choose_assignee(inputs)
	if (locale === "da") return __da.defects_bulk_choose_assignee(inputs)
	if (locale === "sv") return __sv.defects_bulk_choose_assignee(inputs)
	return __en.defects_bulk_choose_assignee(inputs)
});
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Defects_Bulk_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done = /** @type {((inputs?: Defects_Bulk_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_done(inputs)
	if (locale === "da") return __da.defects_bulk_done(inputs)
	if (locale === "sv") return __sv.defects_bulk_done(inputs)
	return __en.defects_bulk_done(inputs)
});
/**
* | output |
* | --- |
* | "Acknowledged" |
*
* @param {Defects_Bulk_Done_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_acknowledge = /** @type {((inputs?: Defects_Bulk_Done_AcknowledgeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Done_AcknowledgeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_done_acknowledge(inputs)
	if (locale === "da") return __da.defects_bulk_done_acknowledge(inputs)
	if (locale === "sv") return __sv.defects_bulk_done_acknowledge(inputs)
	return __en.defects_bulk_done_acknowledge(inputs)
});
/**
* | output |
* | --- |
* | "Assigned" |
*
* @param {Defects_Bulk_Done_AssignInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_assign = /** @type {((inputs?: Defects_Bulk_Done_AssignInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Done_AssignInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_done_assign(inputs)
	if (locale === "da") return __da.defects_bulk_done_assign(inputs)
	if (locale === "sv") return __sv.defects_bulk_done_assign(inputs)
	return __en.defects_bulk_done_assign(inputs)
});
/**
* | output |
* | --- |
* | "Put on hold" |
*
* @param {Defects_Bulk_Done_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_hold = /** @type {((inputs?: Defects_Bulk_Done_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Done_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_done_hold(inputs)
	if (locale === "da") return __da.defects_bulk_done_hold(inputs)
	if (locale === "sv") return __sv.defects_bulk_done_hold(inputs)
	return __en.defects_bulk_done_hold(inputs)
});
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Bulk_Done_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_done_resolve = /** @type {((inputs?: Defects_Bulk_Done_ResolveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Done_ResolveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_done_resolve(inputs)
	if (locale === "da") return __da.defects_bulk_done_resolve(inputs)
	if (locale === "sv") return __sv.defects_bulk_done_resolve(inputs)
	return __en.defects_bulk_done_resolve(inputs)
});
/**
* | output |
* | --- |
* | ": tick defects below, then choose what to do with them" |
*
* @param {Defects_Bulk_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hint = /** @type {((inputs?: Defects_Bulk_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_hint(inputs)
	if (locale === "da") return __da.defects_bulk_hint(inputs)
	if (locale === "sv") return __sv.defects_bulk_hint(inputs)
	return __en.defects_bulk_hint(inputs)
});
/**
* | output |
* | --- |
* | "Put on hold…" |
*
* @param {Defects_Bulk_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hold = /** @type {((inputs?: Defects_Bulk_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_hold(inputs)
	if (locale === "da") return __da.defects_bulk_hold(inputs)
	if (locale === "sv") return __sv.defects_bulk_hold(inputs)
	return __en.defects_bulk_hold(inputs)
});
/**
* | output |
* | --- |
* | "Put them on hold" |
*
* @param {Defects_Bulk_Hold_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_hold_them = /** @type {((inputs?: Defects_Bulk_Hold_ThemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Hold_ThemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_hold_them(inputs)
	if (locale === "da") return __da.defects_bulk_hold_them(inputs)
	if (locale === "sv") return __sv.defects_bulk_hold_them(inputs)
	return __en.defects_bulk_hold_them(inputs)
});
/**
* | output |
* | --- |
* | "Managers of the site" |
*
* @param {Defects_Bulk_Managers_Of_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_managers_of_site = /** @type {((inputs?: Defects_Bulk_Managers_Of_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Managers_Of_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_managers_of_site(inputs)
	if (locale === "da") return __da.defects_bulk_managers_of_site(inputs)
	if (locale === "sv") return __sv.defects_bulk_managers_of_site(inputs)
	return __en.defects_bulk_managers_of_site(inputs)
});
/**
* | output |
* | --- |
* | "Me" |
*
* @param {Defects_Bulk_MeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_me = /** @type {((inputs?: Defects_Bulk_MeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_MeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_me(inputs)
	if (locale === "da") return __da.defects_bulk_me(inputs)
	if (locale === "sv") return __sv.defects_bulk_me(inputs)
	return __en.defects_bulk_me(inputs)
});
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Defects_Bulk_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_note = /** @type {((inputs?: Defects_Bulk_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_note(inputs)
	if (locale === "da") return __da.defects_bulk_note(inputs)
	if (locale === "sv") return __sv.defects_bulk_note(inputs)
	return __en.defects_bulk_note(inputs)
});
/**
* | output |
* | --- |
* | "Choose one site above to assign to a person." |
*
* @param {Defects_Bulk_One_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_one_site = /** @type {((inputs?: Defects_Bulk_One_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_One_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_one_site(inputs)
	if (locale === "da") return __da.defects_bulk_one_site(inputs)
	if (locale === "sv") return __sv.defects_bulk_one_site(inputs)
	return __en.defects_bulk_one_site(inputs)
});
/**
* | output |
* | --- |
* | "People" |
*
* @param {Defects_Bulk_PeopleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_people = /** @type {((inputs?: Defects_Bulk_PeopleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_PeopleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_people(inputs)
	if (locale === "da") return __da.defects_bulk_people(inputs)
	if (locale === "sv") return __sv.defects_bulk_people(inputs)
	return __en.defects_bulk_people(inputs)
});
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Defects_Bulk_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_resolve = /** @type {((inputs?: Defects_Bulk_ResolveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_ResolveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_resolve(inputs)
	if (locale === "da") return __da.defects_bulk_resolve(inputs)
	if (locale === "sv") return __sv.defects_bulk_resolve(inputs)
	return __en.defects_bulk_resolve(inputs)
});
/**
* | output |
* | --- |
* | "Resolve them" |
*
* @param {Defects_Bulk_Resolve_ThemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_resolve_them = /** @type {((inputs?: Defects_Bulk_Resolve_ThemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Resolve_ThemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_resolve_them(inputs)
	if (locale === "da") return __da.defects_bulk_resolve_them(inputs)
	if (locale === "sv") return __sv.defects_bulk_resolve_them(inputs)
	return __en.defects_bulk_resolve_them(inputs)
});
/**
* | output |
* | --- |
* | "Say what they are waiting for." |
*
* @param {Defects_Bulk_Say_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_say_waiting = /** @type {((inputs?: Defects_Bulk_Say_WaitingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Say_WaitingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_say_waiting(inputs)
	if (locale === "da") return __da.defects_bulk_say_waiting(inputs)
	if (locale === "sv") return __sv.defects_bulk_say_waiting(inputs)
	return __en.defects_bulk_say_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Staff of the site" |
*
* @param {Defects_Bulk_Staff_Of_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_staff_of_site = /** @type {((inputs?: Defects_Bulk_Staff_Of_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Staff_Of_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_staff_of_site(inputs)
	if (locale === "da") return __da.defects_bulk_staff_of_site(inputs)
	if (locale === "sv") return __sv.defects_bulk_staff_of_site(inputs)
	return __en.defects_bulk_staff_of_site(inputs)
});
/**
* | output |
* | --- |
* | "Teams" |
*
* @param {Defects_Bulk_TeamsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_teams = /** @type {((inputs?: Defects_Bulk_TeamsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_TeamsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_teams(inputs)
	if (locale === "da") return __da.defects_bulk_teams(inputs)
	if (locale === "sv") return __sv.defects_bulk_teams(inputs)
	return __en.defects_bulk_teams(inputs)
});
/**
* | output |
* | --- |
* | "Teams (at each defect's site)" |
*
* @param {Defects_Bulk_Teams_EachInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_teams_each = /** @type {((inputs?: Defects_Bulk_Teams_EachInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Teams_EachInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_teams_each(inputs)
	if (locale === "da") return __da.defects_bulk_teams_each(inputs)
	if (locale === "sv") return __sv.defects_bulk_teams_each(inputs)
	return __en.defects_bulk_teams_each(inputs)
});
/**
* | output |
* | --- |
* | "Tick the defects to change first." |
*
* @param {Defects_Bulk_Tick_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_tick_first = /** @type {((inputs?: Defects_Bulk_Tick_FirstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Tick_FirstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_tick_first(inputs)
	if (locale === "da") return __da.defects_bulk_tick_first(inputs)
	if (locale === "sv") return __sv.defects_bulk_tick_first(inputs)
	return __en.defects_bulk_tick_first(inputs)
});
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
export const defects_bulk_ticked = /** @type {((inputs: Defects_Bulk_TickedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_TickedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_ticked(inputs)
	if (locale === "da") return __da.defects_bulk_ticked(inputs)
	if (locale === "sv") return __sv.defects_bulk_ticked(inputs)
	return __en.defects_bulk_ticked(inputs)
});
/**
* | output |
* | --- |
* | "At most {max} defects at once: tick fewer." |
*
* @param {Defects_Bulk_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_bulk_too_many = /** @type {((inputs: Defects_Bulk_Too_ManyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Bulk_Too_ManyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_bulk_too_many(inputs)
	if (locale === "da") return __da.defects_bulk_too_many(inputs)
	if (locale === "sv") return __sv.defects_bulk_too_many(inputs)
	return __en.defects_bulk_too_many(inputs)
});
/**
* | output |
* | --- |
* | "by" |
*
* @param {Defects_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_by = /** @type {((inputs?: Defects_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_by(inputs)
	if (locale === "da") return __da.defects_by(inputs)
	if (locale === "sv") return __sv.defects_by(inputs)
	return __en.defects_by(inputs)
});
/**
* | output |
* | --- |
* | "What fixed it" |
*
* @param {Defects_Cause_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_cause_label = /** @type {((inputs?: Defects_Cause_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Cause_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_cause_label(inputs)
	if (locale === "da") return __da.defects_cause_label(inputs)
	if (locale === "sv") return __sv.defects_cause_label(inputs)
	return __en.defects_cause_label(inputs)
});
/**
* | output |
* | --- |
* | "Not said" |
*
* @param {Defects_Cause_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_cause_not_said = /** @type {((inputs?: Defects_Cause_Not_SaidInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Cause_Not_SaidInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_cause_not_said(inputs)
	if (locale === "da") return __da.defects_cause_not_said(inputs)
	if (locale === "sv") return __sv.defects_cause_not_said(inputs)
	return __en.defects_cause_not_said(inputs)
});
/**
* | output |
* | --- |
* | "A name sent by {kind} {device}, not a signed-in person" |
*
* @param {Defects_Claim_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_claim_title = /** @type {((inputs: Defects_Claim_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Claim_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_claim_title(inputs)
	if (locale === "da") return __da.defects_claim_title(inputs)
	if (locale === "sv") return __sv.defects_claim_title(inputs)
	return __en.defects_claim_title(inputs)
});
/**
* | output |
* | --- |
* | "Show all sites" |
*
* @param {Defects_Clear_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_clear_site = /** @type {((inputs?: Defects_Clear_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Clear_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_clear_site(inputs)
	if (locale === "da") return __da.defects_clear_site(inputs)
	if (locale === "sv") return __sv.defects_clear_site(inputs)
	return __en.defects_clear_site(inputs)
});
/**
* | output |
* | --- |
* | "Actions" |
*
* @param {Defects_Col_ActionsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_actions = /** @type {((inputs?: Defects_Col_ActionsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_ActionsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_actions(inputs)
	if (locale === "da") return __da.defects_col_actions(inputs)
	if (locale === "sv") return __sv.defects_col_actions(inputs)
	return __en.defects_col_actions(inputs)
});
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Defects_Col_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_asset = /** @type {((inputs?: Defects_Col_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_asset(inputs)
	if (locale === "da") return __da.defects_col_asset(inputs)
	if (locale === "sv") return __sv.defects_col_asset(inputs)
	return __en.defects_col_asset(inputs)
});
/**
* | output |
* | --- |
* | "Fault" |
*
* @param {Defects_Col_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_fault = /** @type {((inputs?: Defects_Col_FaultInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_FaultInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_fault(inputs)
	if (locale === "da") return __da.defects_col_fault(inputs)
	if (locale === "sv") return __sv.defects_col_fault(inputs)
	return __en.defects_col_fault(inputs)
});
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Defects_Col_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_found_by = /** @type {((inputs?: Defects_Col_Found_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_Found_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_found_by(inputs)
	if (locale === "da") return __da.defects_col_found_by(inputs)
	if (locale === "sv") return __sv.defects_col_found_by(inputs)
	return __en.defects_col_found_by(inputs)
});
/**
* | output |
* | --- |
* | "Open for" |
*
* @param {Defects_Col_Open_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_open_for = /** @type {((inputs?: Defects_Col_Open_ForInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_Open_ForInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_open_for(inputs)
	if (locale === "da") return __da.defects_col_open_for(inputs)
	if (locale === "sv") return __sv.defects_col_open_for(inputs)
	return __en.defects_col_open_for(inputs)
});
/**
* | output |
* | --- |
* | "Reports" |
*
* @param {Defects_Col_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_reports = /** @type {((inputs?: Defects_Col_ReportsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_ReportsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_reports(inputs)
	if (locale === "da") return __da.defects_col_reports(inputs)
	if (locale === "sv") return __sv.defects_col_reports(inputs)
	return __en.defects_col_reports(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Col_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_severity = /** @type {((inputs?: Defects_Col_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_severity(inputs)
	if (locale === "da") return __da.defects_col_severity(inputs)
	if (locale === "sv") return __sv.defects_col_severity(inputs)
	return __en.defects_col_severity(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Defects_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_site = /** @type {((inputs?: Defects_Col_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_site(inputs)
	if (locale === "da") return __da.defects_col_site(inputs)
	if (locale === "sv") return __sv.defects_col_site(inputs)
	return __en.defects_col_site(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Col_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_col_status = /** @type {((inputs?: Defects_Col_StatusInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Col_StatusInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_col_status(inputs)
	if (locale === "da") return __da.defects_col_status(inputs)
	if (locale === "sv") return __sv.defects_col_status(inputs)
	return __en.defects_col_status(inputs)
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
* | "defects" |
*
* @param {Defects_Crumb_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_crumb_defects = /** @type {((inputs?: Defects_Crumb_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Crumb_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_crumb_defects(inputs)
	if (locale === "da") return __da.defects_crumb_defects(inputs)
	if (locale === "sv") return __sv.defects_crumb_defects(inputs)
	return __en.defects_crumb_defects(inputs)
});
/**
* | output |
* | --- |
* | "(customer-visible)" |
*
* @param {Defects_Customer_VisibleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_customer_visible = /** @type {((inputs?: Defects_Customer_VisibleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Customer_VisibleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_customer_visible(inputs)
	if (locale === "da") return __da.defects_customer_visible(inputs)
	if (locale === "sv") return __sv.defects_customer_visible(inputs)
	return __en.defects_customer_visible(inputs)
});
/**
* | output |
* | --- |
* | "a customer" |
*
* @param {Defects_Ev_A_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_a_customer = /** @type {((inputs?: Defects_Ev_A_CustomerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_A_CustomerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_a_customer(inputs)
	if (locale === "da") return __da.defects_ev_a_customer(inputs)
	if (locale === "sv") return __sv.defects_ev_a_customer(inputs)
	return __en.defects_ev_a_customer(inputs)
});
/**
* | output |
* | --- |
* | "{list} and {last}" |
*
* @param {Defects_Ev_AndInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_and = /** @type {((inputs: Defects_Ev_AndInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_AndInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_and(inputs)
	if (locale === "da") return __da.defects_ev_and(inputs)
	if (locale === "sv") return __sv.defects_ev_and(inputs)
	return __en.defects_ev_and(inputs)
});
/**
* | output |
* | --- |
* | "API token {name}" |
*
* @param {Defects_Ev_Api_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_api_token = /** @type {((inputs: Defects_Ev_Api_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_Api_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_api_token(inputs)
	if (locale === "da") return __da.defects_ev_api_token(inputs)
	if (locale === "sv") return __sv.defects_ev_api_token(inputs)
	return __en.defects_ev_api_token(inputs)
});
/**
* | output |
* | --- |
* | "button {id}" |
*
* @param {Defects_Ev_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_button = /** @type {((inputs: Defects_Ev_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_button(inputs)
	if (locale === "da") return __da.defects_ev_button(inputs)
	if (locale === "sv") return __sv.defects_ev_button(inputs)
	return __en.defects_ev_button(inputs)
});
/**
* | output |
* | --- |
* | "Confirmed by {who}" |
*
* @param {Defects_Ev_Confirmed_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_confirmed_by = /** @type {((inputs: Defects_Ev_Confirmed_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_Confirmed_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_confirmed_by(inputs)
	if (locale === "da") return __da.defects_ev_confirmed_by(inputs)
	if (locale === "sv") return __sv.defects_ev_confirmed_by(inputs)
	return __en.defects_ev_confirmed_by(inputs)
});
/**
* | output |
* | --- |
* | "Confirmed: {sources}" |
*
* @param {Defects_Ev_Confirmed_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_confirmed_short = /** @type {((inputs: Defects_Ev_Confirmed_ShortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_Confirmed_ShortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_confirmed_short(inputs)
	if (locale === "da") return __da.defects_ev_confirmed_short(inputs)
	if (locale === "sv") return __sv.defects_ev_confirmed_short(inputs)
	return __en.defects_ev_confirmed_short(inputs)
});
/**
* | output |
* | --- |
* | "a customer (QR code)" |
*
* @param {Defects_Ev_Customer_QrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_customer_qr = /** @type {((inputs?: Defects_Ev_Customer_QrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_Customer_QrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_customer_qr(inputs)
	if (locale === "da") return __da.defects_ev_customer_qr(inputs)
	if (locale === "sv") return __sv.defects_ev_customer_qr(inputs)
	return __en.defects_ev_customer_qr(inputs)
});
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
export const defects_ev_round = /** @type {((inputs: Defects_Ev_RoundInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_RoundInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_round(inputs)
	if (locale === "da") return __da.defects_ev_round(inputs)
	if (locale === "sv") return __sv.defects_ev_round(inputs)
	return __en.defects_ev_round(inputs)
});
/**
* | output |
* | --- |
* | "sensor {id}" |
*
* @param {Defects_Ev_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_sensor = /** @type {((inputs: Defects_Ev_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_sensor(inputs)
	if (locale === "da") return __da.defects_ev_sensor(inputs)
	if (locale === "sv") return __sv.defects_ev_sensor(inputs)
	return __en.defects_ev_sensor(inputs)
});
/**
* | output |
* | --- |
* | "someone" |
*
* @param {Defects_Ev_SomeoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_someone = /** @type {((inputs?: Defects_Ev_SomeoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_SomeoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_someone(inputs)
	if (locale === "da") return __da.defects_ev_someone(inputs)
	if (locale === "sv") return __sv.defects_ev_someone(inputs)
	return __en.defects_ev_someone(inputs)
});
/**
* | output |
* | --- |
* | "staff on button {id}" |
*
* @param {Defects_Ev_Staff_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_staff_button = /** @type {((inputs: Defects_Ev_Staff_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_Staff_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_staff_button(inputs)
	if (locale === "da") return __da.defects_ev_staff_button(inputs)
	if (locale === "sv") return __sv.defects_ev_staff_button(inputs)
	return __en.defects_ev_staff_button(inputs)
});
/**
* | output |
* | --- |
* | "Sensor {device} may be wrong: {who} reported {fault} while it said ok" |
*
* @param {Defects_Ev_SuspectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_ev_suspect = /** @type {((inputs: Defects_Ev_SuspectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Ev_SuspectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_ev_suspect(inputs)
	if (locale === "da") return __da.defects_ev_suspect(inputs)
	if (locale === "sv") return __sv.defects_ev_suspect(inputs)
	return __en.defects_ev_suspect(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Defects_Filter_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_assignee = /** @type {((inputs?: Defects_Filter_AssigneeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_AssigneeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_assignee(inputs)
	if (locale === "da") return __da.defects_filter_assignee(inputs)
	if (locale === "sv") return __sv.defects_filter_assignee(inputs)
	return __en.defects_filter_assignee(inputs)
});
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Defects_Filter_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_category = /** @type {((inputs?: Defects_Filter_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_category(inputs)
	if (locale === "da") return __da.defects_filter_category(inputs)
	if (locale === "sv") return __sv.defects_filter_category(inputs)
	return __en.defects_filter_category(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Filter_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_severity = /** @type {((inputs?: Defects_Filter_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_severity(inputs)
	if (locale === "da") return __da.defects_filter_severity(inputs)
	if (locale === "sv") return __sv.defects_filter_severity(inputs)
	return __en.defects_filter_severity(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Defects_Filter_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_site = /** @type {((inputs?: Defects_Filter_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_site(inputs)
	if (locale === "da") return __da.defects_filter_site(inputs)
	if (locale === "sv") return __sv.defects_filter_site(inputs)
	return __en.defects_filter_site(inputs)
});
/**
* | output |
* | --- |
* | "Source" |
*
* @param {Defects_Filter_SourceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_source = /** @type {((inputs?: Defects_Filter_SourceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_SourceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_source(inputs)
	if (locale === "da") return __da.defects_filter_source(inputs)
	if (locale === "sv") return __sv.defects_filter_source(inputs)
	return __en.defects_filter_source(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Filter_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_filter_status = /** @type {((inputs?: Defects_Filter_StatusInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Filter_StatusInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_filter_status(inputs)
	if (locale === "da") return __da.defects_filter_status(inputs)
	if (locale === "sv") return __sv.defects_filter_status(inputs)
	return __en.defects_filter_status(inputs)
});
/**
* | output |
* | --- |
* | "Fix did not hold: see" |
*
* @param {Defects_Fix_Did_Not_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_fix_did_not_hold = /** @type {((inputs?: Defects_Fix_Did_Not_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Fix_Did_Not_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_fix_did_not_hold(inputs)
	if (locale === "da") return __da.defects_fix_did_not_hold(inputs)
	if (locale === "sv") return __sv.defects_fix_did_not_hold(inputs)
	return __en.defects_fix_did_not_hold(inputs)
});
/**
* | output |
* | --- |
* | "New due time" |
*
* @param {Defects_Hold_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_due = /** @type {((inputs?: Defects_Hold_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Hold_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_hold_due(inputs)
	if (locale === "da") return __da.defects_hold_due(inputs)
	if (locale === "sv") return __sv.defects_hold_due(inputs)
	return __en.defects_hold_due(inputs)
});
/**
* | output |
* | --- |
* | "e.g. parts ordered, contractor on Tuesday" |
*
* @param {Defects_Hold_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_hint = /** @type {((inputs?: Defects_Hold_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Hold_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_hold_hint(inputs)
	if (locale === "da") return __da.defects_hold_hint(inputs)
	if (locale === "sv") return __sv.defects_hold_hint(inputs)
	return __en.defects_hold_hint(inputs)
});
/**
* | output |
* | --- |
* | "Waiting for" |
*
* @param {Defects_Hold_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_hold_waiting = /** @type {((inputs?: Defects_Hold_WaitingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Hold_WaitingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_hold_waiting(inputs)
	if (locale === "da") return __da.defects_hold_waiting(inputs)
	if (locale === "sv") return __sv.defects_hold_waiting(inputs)
	return __en.defects_hold_waiting(inputs)
});
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Defects_Just_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_just_now = /** @type {((inputs?: Defects_Just_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Just_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_just_now(inputs)
	if (locale === "da") return __da.defects_just_now(inputs)
	if (locale === "sv") return __sv.defects_just_now(inputs)
	return __en.defects_just_now(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Defects_Label_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_assigned = /** @type {((inputs?: Defects_Label_AssignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_AssignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_assigned(inputs)
	if (locale === "da") return __da.defects_label_assigned(inputs)
	if (locale === "sv") return __sv.defects_label_assigned(inputs)
	return __en.defects_label_assigned(inputs)
});
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Defects_Label_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_category = /** @type {((inputs?: Defects_Label_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_category(inputs)
	if (locale === "da") return __da.defects_label_category(inputs)
	if (locale === "sv") return __sv.defects_label_category(inputs)
	return __en.defects_label_category(inputs)
});
/**
* | output |
* | --- |
* | "What fixed it" |
*
* @param {Defects_Label_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_cause = /** @type {((inputs?: Defects_Label_CauseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_CauseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_cause(inputs)
	if (locale === "da") return __da.defects_label_cause(inputs)
	if (locale === "sv") return __sv.defects_label_cause(inputs)
	return __en.defects_label_cause(inputs)
});
/**
* | output |
* | --- |
* | "Due" |
*
* @param {Defects_Label_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_due = /** @type {((inputs?: Defects_Label_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_due(inputs)
	if (locale === "da") return __da.defects_label_due(inputs)
	if (locale === "sv") return __sv.defects_label_due(inputs)
	return __en.defects_label_due(inputs)
});
/**
* | output |
* | --- |
* | "First found by" |
*
* @param {Defects_Label_First_FoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_first_found = /** @type {((inputs?: Defects_Label_First_FoundInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_First_FoundInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_first_found(inputs)
	if (locale === "da") return __da.defects_label_first_found(inputs)
	if (locale === "sv") return __sv.defects_label_first_found(inputs)
	return __en.defects_label_first_found(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Defects_Label_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_opened = /** @type {((inputs?: Defects_Label_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_opened(inputs)
	if (locale === "da") return __da.defects_label_opened(inputs)
	if (locale === "sv") return __sv.defects_label_opened(inputs)
	return __en.defects_label_opened(inputs)
});
/**
* | output |
* | --- |
* | "Reports" |
*
* @param {Defects_Label_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_reports = /** @type {((inputs?: Defects_Label_ReportsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_ReportsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_reports(inputs)
	if (locale === "da") return __da.defects_label_reports(inputs)
	if (locale === "sv") return __sv.defects_label_reports(inputs)
	return __en.defects_label_reports(inputs)
});
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Label_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_resolved = /** @type {((inputs?: Defects_Label_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_resolved(inputs)
	if (locale === "da") return __da.defects_label_resolved(inputs)
	if (locale === "sv") return __sv.defects_label_resolved(inputs)
	return __en.defects_label_resolved(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Label_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_severity = /** @type {((inputs?: Defects_Label_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_severity(inputs)
	if (locale === "da") return __da.defects_label_severity(inputs)
	if (locale === "sv") return __sv.defects_label_severity(inputs)
	return __en.defects_label_severity(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Defects_Label_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_status = /** @type {((inputs?: Defects_Label_StatusInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_StatusInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_status(inputs)
	if (locale === "da") return __da.defects_label_status(inputs)
	if (locale === "sv") return __sv.defects_label_status(inputs)
	return __en.defects_label_status(inputs)
});
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Defects_Label_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_label_zone = /** @type {((inputs?: Defects_Label_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Label_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_label_zone(inputs)
	if (locale === "da") return __da.defects_label_zone(inputs)
	if (locale === "sv") return __sv.defects_label_zone(inputs)
	return __en.defects_label_zone(inputs)
});
/**
* | output |
* | --- |
* | "Me and my team" |
*
* @param {Defects_Me_TeamInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_me_team = /** @type {((inputs?: Defects_Me_TeamInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Me_TeamInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_me_team(inputs)
	if (locale === "da") return __da.defects_me_team(inputs)
	if (locale === "sv") return __sv.defects_me_team(inputs)
	return __en.defects_me_team(inputs)
});
/**
* | output |
* | --- |
* | "New" |
*
* @param {Defects_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_new = /** @type {((inputs?: Defects_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_new(inputs)
	if (locale === "da") return __da.defects_new(inputs)
	if (locale === "sv") return __sv.defects_new(inputs)
	return __en.defects_new(inputs)
});
/**
* | output |
* | --- |
* | "Next page ›" |
*
* @param {Defects_Next_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_next_page = /** @type {((inputs?: Defects_Next_PageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Next_PageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_next_page(inputs)
	if (locale === "da") return __da.defects_next_page(inputs)
	if (locale === "sv") return __sv.defects_next_page(inputs)
	return __en.defects_next_page(inputs)
});
/**
* | output |
* | --- |
* | "nobody" |
*
* @param {Defects_NobodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_nobody = /** @type {((inputs?: Defects_NobodyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_NobodyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_nobody(inputs)
	if (locale === "da") return __da.defects_nobody(inputs)
	if (locale === "sv") return __sv.defects_nobody(inputs)
	return __en.defects_nobody(inputs)
});
/**
* | output |
* | --- |
* | "Nobody yet" |
*
* @param {Defects_Nobody_YetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_nobody_yet = /** @type {((inputs?: Defects_Nobody_YetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Nobody_YetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_nobody_yet(inputs)
	if (locale === "da") return __da.defects_nobody_yet(inputs)
	if (locale === "sv") return __sv.defects_nobody_yet(inputs)
	return __en.defects_nobody_yet(inputs)
});
/**
* | output |
* | --- |
* | "No defects match these filters." |
*
* @param {Defects_None_MatchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_none_match = /** @type {((inputs?: Defects_None_MatchInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_None_MatchInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_none_match(inputs)
	if (locale === "da") return __da.defects_none_match(inputs)
	if (locale === "sv") return __sv.defects_none_match(inputs)
	return __en.defects_none_match(inputs)
});
/**
* | output |
* | --- |
* | "{site}: no defects match these filters." |
*
* @param {Defects_None_Match_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_none_match_site = /** @type {((inputs: Defects_None_Match_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_None_Match_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_none_match_site(inputs)
	if (locale === "da") return __da.defects_none_match_site(inputs)
	if (locale === "sv") return __sv.defects_none_match_site(inputs)
	return __en.defects_none_match_site(inputs)
});
/**
* | output |
* | --- |
* | "defect #{id}" |
*
* @param {Defects_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_number = /** @type {((inputs: Defects_NumberInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_NumberInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_number(inputs)
	if (locale === "da") return __da.defects_number(inputs)
	if (locale === "sv") return __sv.defects_number(inputs)
	return __en.defects_number(inputs)
});
/**
* | output |
* | --- |
* | "{fault} on {asset}" |
*
* @param {Defects_On_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_on_asset = /** @type {((inputs: Defects_On_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_On_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_on_asset(inputs)
	if (locale === "da") return __da.defects_on_asset(inputs)
	if (locale === "sv") return __sv.defects_on_asset(inputs)
	return __en.defects_on_asset(inputs)
});
/**
* | output |
* | --- |
* | "On hold: {reason} (due {due})" |
*
* @param {Defects_On_Hold_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_on_hold_line = /** @type {((inputs: Defects_On_Hold_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_On_Hold_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_on_hold_line(inputs)
	if (locale === "da") return __da.defects_on_hold_line(inputs)
	if (locale === "sv") return __sv.defects_on_hold_line(inputs)
	return __en.defects_on_hold_line(inputs)
});
/**
* | output |
* | --- |
* | "since {time}" |
*
* @param {Defects_Opened_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_opened_since = /** @type {((inputs: Defects_Opened_SinceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Opened_SinceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_opened_since(inputs)
	if (locale === "da") return __da.defects_opened_since(inputs)
	if (locale === "sv") return __sv.defects_opened_since(inputs)
	return __en.defects_opened_since(inputs)
});
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Defects_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_optional = /** @type {((inputs?: Defects_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_optional(inputs)
	if (locale === "da") return __da.defects_optional(inputs)
	if (locale === "sv") return __sv.defects_optional(inputs)
	return __en.defects_optional(inputs)
});
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Defects_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_overdue = /** @type {((inputs?: Defects_OverdueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_OverdueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_overdue(inputs)
	if (locale === "da") return __da.defects_overdue(inputs)
	if (locale === "sv") return __sv.defects_overdue(inputs)
	return __en.defects_overdue(inputs)
});
/**
* | output |
* | --- |
* | "Photo added." |
*
* @param {Defects_Photo_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_added = /** @type {((inputs?: Defects_Photo_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Photo_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_photo_added(inputs)
	if (locale === "da") return __da.defects_photo_added(inputs)
	if (locale === "sv") return __sv.defects_photo_added(inputs)
	return __en.defects_photo_added(inputs)
});
/**
* | output |
* | --- |
* | "Choose a photo or take one first." |
*
* @param {Defects_Photo_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_choose = /** @type {((inputs?: Defects_Photo_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Photo_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_photo_choose(inputs)
	if (locale === "da") return __da.defects_photo_choose(inputs)
	if (locale === "sv") return __sv.defects_photo_choose(inputs)
	return __en.defects_photo_choose(inputs)
});
/**
* | output |
* | --- |
* | "That photo is larger than 10 MB: take a smaller one." |
*
* @param {Defects_Photo_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_too_large = /** @type {((inputs?: Defects_Photo_Too_LargeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Photo_Too_LargeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_photo_too_large(inputs)
	if (locale === "da") return __da.defects_photo_too_large(inputs)
	if (locale === "sv") return __sv.defects_photo_too_large(inputs)
	return __en.defects_photo_too_large(inputs)
});
/**
* | output |
* | --- |
* | "Your role may only view. Ask an admin if you need to add photos." |
*
* @param {Defects_Photo_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_photo_view_only = /** @type {((inputs?: Defects_Photo_View_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Photo_View_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_photo_view_only(inputs)
	if (locale === "da") return __da.defects_photo_view_only(inputs)
	if (locale === "sv") return __sv.defects_photo_view_only(inputs)
	return __en.defects_photo_view_only(inputs)
});
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
export const defects_reopened_times = /** @type {((inputs: Defects_Reopened_TimesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Reopened_TimesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_reopened_times(inputs)
	if (locale === "da") return __da.defects_reopened_times(inputs)
	if (locale === "sv") return __sv.defects_reopened_times(inputs)
	return __en.defects_reopened_times(inputs)
});
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Defects_Resolve_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_resolve_more = /** @type {((inputs?: Defects_Resolve_MoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Resolve_MoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_resolve_more(inputs)
	if (locale === "da") return __da.defects_resolve_more(inputs)
	if (locale === "sv") return __sv.defects_resolve_more(inputs)
	return __en.defects_resolve_more(inputs)
});
/**
* | output |
* | --- |
* | "Asset or zone" |
*
* @param {Defects_SearchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_search = /** @type {((inputs?: Defects_SearchInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_SearchInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_search(inputs)
	if (locale === "da") return __da.defects_search(inputs)
	if (locale === "sv") return __sv.defects_search(inputs)
	return __en.defects_search(inputs)
});
/**
* | output |
* | --- |
* | "e.g. lobby, lamp" |
*
* @param {Defects_Search_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_search_hint = /** @type {((inputs?: Defects_Search_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Search_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_search_hint(inputs)
	if (locale === "da") return __da.defects_search_hint(inputs)
	if (locale === "sv") return __sv.defects_search_hint(inputs)
	return __en.defects_search_hint(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Defects_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_show = /** @type {((inputs?: Defects_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_show(inputs)
	if (locale === "da") return __da.defects_show(inputs)
	if (locale === "sv") return __sv.defects_show(inputs)
	return __en.defects_show(inputs)
});
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Defects_SortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort = /** @type {((inputs?: Defects_SortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_SortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_sort(inputs)
	if (locale === "da") return __da.defects_sort(inputs)
	if (locale === "sv") return __sv.defects_sort(inputs)
	return __en.defects_sort(inputs)
});
/**
* | output |
* | --- |
* | "Due soonest" |
*
* @param {Defects_Sort_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_due = /** @type {((inputs?: Defects_Sort_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Sort_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_sort_due(inputs)
	if (locale === "da") return __da.defects_sort_due(inputs)
	if (locale === "sv") return __sv.defects_sort_due(inputs)
	return __en.defects_sort_due(inputs)
});
/**
* | output |
* | --- |
* | "Newest first" |
*
* @param {Defects_Sort_NewestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_newest = /** @type {((inputs?: Defects_Sort_NewestInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Sort_NewestInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_sort_newest(inputs)
	if (locale === "da") return __da.defects_sort_newest(inputs)
	if (locale === "sv") return __sv.defects_sort_newest(inputs)
	return __en.defects_sort_newest(inputs)
});
/**
* | output |
* | --- |
* | "Oldest first" |
*
* @param {Defects_Sort_OldestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_oldest = /** @type {((inputs?: Defects_Sort_OldestInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Sort_OldestInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_sort_oldest(inputs)
	if (locale === "da") return __da.defects_sort_oldest(inputs)
	if (locale === "sv") return __sv.defects_sort_oldest(inputs)
	return __en.defects_sort_oldest(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Defects_Sort_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_sort_severity = /** @type {((inputs?: Defects_Sort_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Sort_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_sort_severity(inputs)
	if (locale === "da") return __da.defects_sort_severity(inputs)
	if (locale === "sv") return __sv.defects_sort_severity(inputs)
	return __en.defects_sort_severity(inputs)
});
/**
* | output |
* | --- |
* | "customer" |
*
* @param {Defects_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_customer = /** @type {((inputs?: Defects_Source_CustomerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Source_CustomerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_source_customer(inputs)
	if (locale === "da") return __da.defects_source_customer(inputs)
	if (locale === "sv") return __sv.defects_source_customer(inputs)
	return __en.defects_source_customer(inputs)
});
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Defects_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_sensor = /** @type {((inputs?: Defects_Source_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Source_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_source_sensor(inputs)
	if (locale === "da") return __da.defects_source_sensor(inputs)
	if (locale === "sv") return __sv.defects_source_sensor(inputs)
	return __en.defects_source_sensor(inputs)
});
/**
* | output |
* | --- |
* | "staff" |
*
* @param {Defects_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_staff = /** @type {((inputs?: Defects_Source_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Source_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_source_staff(inputs)
	if (locale === "da") return __da.defects_source_staff(inputs)
	if (locale === "sv") return __sv.defects_source_staff(inputs)
	return __en.defects_source_staff(inputs)
});
/**
* | output |
* | --- |
* | "system" |
*
* @param {Defects_Source_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_source_system = /** @type {((inputs?: Defects_Source_SystemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Source_SystemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_source_system(inputs)
	if (locale === "da") return __da.defects_source_system(inputs)
	if (locale === "sv") return __sv.defects_source_system(inputs)
	return __en.defects_source_system(inputs)
});
/**
* | output |
* | --- |
* | "acknowledged" |
*
* @param {Defects_Status_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_acknowledged = /** @type {((inputs?: Defects_Status_AcknowledgedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Status_AcknowledgedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_status_acknowledged(inputs)
	if (locale === "da") return __da.defects_status_acknowledged(inputs)
	if (locale === "sv") return __sv.defects_status_acknowledged(inputs)
	return __en.defects_status_acknowledged(inputs)
});
/**
* | output |
* | --- |
* | "on hold" |
*
* @param {Defects_Status_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_on_hold = /** @type {((inputs?: Defects_Status_On_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Status_On_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_status_on_hold(inputs)
	if (locale === "da") return __da.defects_status_on_hold(inputs)
	if (locale === "sv") return __sv.defects_status_on_hold(inputs)
	return __en.defects_status_on_hold(inputs)
});
/**
* | output |
* | --- |
* | "open" |
*
* @param {Defects_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_open = /** @type {((inputs?: Defects_Status_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Status_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_status_open(inputs)
	if (locale === "da") return __da.defects_status_open(inputs)
	if (locale === "sv") return __sv.defects_status_open(inputs)
	return __en.defects_status_open(inputs)
});
/**
* | output |
* | --- |
* | "resolved" |
*
* @param {Defects_Status_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_resolved = /** @type {((inputs?: Defects_Status_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Status_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_status_resolved(inputs)
	if (locale === "da") return __da.defects_status_resolved(inputs)
	if (locale === "sv") return __sv.defects_status_resolved(inputs)
	return __en.defects_status_resolved(inputs)
});
/**
* | output |
* | --- |
* | "unresolved" |
*
* @param {Defects_Status_UnresolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_status_unresolved = /** @type {((inputs?: Defects_Status_UnresolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Status_UnresolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_status_unresolved(inputs)
	if (locale === "da") return __da.defects_status_unresolved(inputs)
	if (locale === "sv") return __sv.defects_status_unresolved(inputs)
	return __en.defects_status_unresolved(inputs)
});
/**
* | output |
* | --- |
* | "Tick every defect on this page" |
*
* @param {Defects_Tick_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tick_all = /** @type {((inputs?: Defects_Tick_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tick_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tick_all(inputs)
	if (locale === "da") return __da.defects_tick_all(inputs)
	if (locale === "sv") return __sv.defects_tick_all(inputs)
	return __en.defects_tick_all(inputs)
});
/**
* | output |
* | --- |
* | "Tick {fault} on {asset}" |
*
* @param {Defects_Tick_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tick_one = /** @type {((inputs: Defects_Tick_OneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tick_OneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tick_one(inputs)
	if (locale === "da") return __da.defects_tick_one(inputs)
	if (locale === "sv") return __sv.defects_tick_one(inputs)
	return __en.defects_tick_one(inputs)
});
/**
* | output |
* | --- |
* | "Timeline" |
*
* @param {Defects_TimelineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_timeline = /** @type {((inputs?: Defects_TimelineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_TimelineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_timeline(inputs)
	if (locale === "da") return __da.defects_timeline(inputs)
	if (locale === "sv") return __sv.defects_timeline(inputs)
	return __en.defects_timeline(inputs)
});
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Defects_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_title = /** @type {((inputs?: Defects_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_title(inputs)
	if (locale === "da") return __da.defects_title(inputs)
	if (locale === "sv") return __sv.defects_title(inputs)
	return __en.defects_title(inputs)
});
/**
* | output |
* | --- |
* | "Acknowledged" |
*
* @param {Defects_Tl_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_acknowledged = /** @type {((inputs?: Defects_Tl_AcknowledgedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_AcknowledgedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_acknowledged(inputs)
	if (locale === "da") return __da.defects_tl_acknowledged(inputs)
	if (locale === "sv") return __sv.defects_tl_acknowledged(inputs)
	return __en.defects_tl_acknowledged(inputs)
});
/**
* | output |
* | --- |
* | "Assigned" |
*
* @param {Defects_Tl_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_assigned = /** @type {((inputs?: Defects_Tl_AssignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_AssignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_assigned(inputs)
	if (locale === "da") return __da.defects_tl_assigned(inputs)
	if (locale === "sv") return __sv.defects_tl_assigned(inputs)
	return __en.defects_tl_assigned(inputs)
});
/**
* | output |
* | --- |
* | "assigned it" |
*
* @param {Defects_Tl_Assigned_ItInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_assigned_it = /** @type {((inputs?: Defects_Tl_Assigned_ItInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_Assigned_ItInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_assigned_it(inputs)
	if (locale === "da") return __da.defects_tl_assigned_it(inputs)
	if (locale === "sv") return __sv.defects_tl_assigned_it(inputs)
	return __en.defects_tl_assigned_it(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Defects_Tl_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_comment = /** @type {((inputs?: Defects_Tl_CommentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_CommentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_comment(inputs)
	if (locale === "da") return __da.defects_tl_comment(inputs)
	if (locale === "sv") return __sv.defects_tl_comment(inputs)
	return __en.defects_tl_comment(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Defects_Tl_Comment_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_comment_by = /** @type {((inputs?: Defects_Tl_Comment_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_Comment_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_comment_by(inputs)
	if (locale === "da") return __da.defects_tl_comment_by(inputs)
	if (locale === "sv") return __sv.defects_tl_comment_by(inputs)
	return __en.defects_tl_comment_by(inputs)
});
/**
* | output |
* | --- |
* | "Escalated" |
*
* @param {Defects_Tl_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_escalated = /** @type {((inputs?: Defects_Tl_EscalatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_EscalatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_escalated(inputs)
	if (locale === "da") return __da.defects_tl_escalated(inputs)
	if (locale === "sv") return __sv.defects_tl_escalated(inputs)
	return __en.defects_tl_escalated(inputs)
});
/**
* | output |
* | --- |
* | "Notified" |
*
* @param {Defects_Tl_NotifiedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_notified = /** @type {((inputs?: Defects_Tl_NotifiedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_NotifiedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_notified(inputs)
	if (locale === "da") return __da.defects_tl_notified(inputs)
	if (locale === "sv") return __sv.defects_tl_notified(inputs)
	return __en.defects_tl_notified(inputs)
});
/**
* | output |
* | --- |
* | "Put on hold" |
*
* @param {Defects_Tl_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_on_hold = /** @type {((inputs?: Defects_Tl_On_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_On_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_on_hold(inputs)
	if (locale === "da") return __da.defects_tl_on_hold(inputs)
	if (locale === "sv") return __sv.defects_tl_on_hold(inputs)
	return __en.defects_tl_on_hold(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Defects_Tl_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_opened = /** @type {((inputs?: Defects_Tl_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_opened(inputs)
	if (locale === "da") return __da.defects_tl_opened(inputs)
	if (locale === "sv") return __sv.defects_tl_opened(inputs)
	return __en.defects_tl_opened(inputs)
});
/**
* | output |
* | --- |
* | "Photo" |
*
* @param {Defects_Tl_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_photo = /** @type {((inputs?: Defects_Tl_PhotoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_PhotoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_photo(inputs)
	if (locale === "da") return __da.defects_tl_photo(inputs)
	if (locale === "sv") return __sv.defects_tl_photo(inputs)
	return __en.defects_tl_photo(inputs)
});
/**
* | output |
* | --- |
* | "Reopened" |
*
* @param {Defects_Tl_ReopenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_reopened = /** @type {((inputs?: Defects_Tl_ReopenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_ReopenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_reopened(inputs)
	if (locale === "da") return __da.defects_tl_reopened(inputs)
	if (locale === "sv") return __sv.defects_tl_reopened(inputs)
	return __en.defects_tl_reopened(inputs)
});
/**
* | output |
* | --- |
* | "Reported" |
*
* @param {Defects_Tl_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_report = /** @type {((inputs?: Defects_Tl_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_report(inputs)
	if (locale === "da") return __da.defects_tl_report(inputs)
	if (locale === "sv") return __sv.defects_tl_report(inputs)
	return __en.defects_tl_report(inputs)
});
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Defects_Tl_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_resolved = /** @type {((inputs?: Defects_Tl_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_resolved(inputs)
	if (locale === "da") return __da.defects_tl_resolved(inputs)
	if (locale === "sv") return __sv.defects_tl_resolved(inputs)
	return __en.defects_tl_resolved(inputs)
});
/**
* | output |
* | --- |
* | "to {name}" |
*
* @param {Defects_Tl_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_to = /** @type {((inputs: Defects_Tl_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_to(inputs)
	if (locale === "da") return __da.defects_tl_to(inputs)
	if (locale === "sv") return __sv.defects_tl_to(inputs)
	return __en.defects_tl_to(inputs)
});
/**
* | output |
* | --- |
* | "Unassigned" |
*
* @param {Defects_Tl_UnassignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_unassigned = /** @type {((inputs?: Defects_Tl_UnassignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_UnassignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_unassigned(inputs)
	if (locale === "da") return __da.defects_tl_unassigned(inputs)
	if (locale === "sv") return __sv.defects_tl_unassigned(inputs)
	return __en.defects_tl_unassigned(inputs)
});
/**
* | output |
* | --- |
* | "Resolve undone" |
*
* @param {Defects_Tl_UndoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_tl_undone = /** @type {((inputs?: Defects_Tl_UndoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_Tl_UndoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_tl_undone(inputs)
	if (locale === "da") return __da.defects_tl_undone(inputs)
	if (locale === "sv") return __sv.defects_tl_undone(inputs)
	return __en.defects_tl_undone(inputs)
});
/**
* | output |
* | --- |
* | "via {kind} {device}" |
*
* @param {Defects_ViaInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_via = /** @type {((inputs: Defects_ViaInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_ViaInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_via(inputs)
	if (locale === "da") return __da.defects_via(inputs)
	if (locale === "sv") return __sv.defects_via(inputs)
	return __en.defects_via(inputs)
});
/**
* | output |
* | --- |
* | "Viewing only: your role ({role}) may not acknowledge or resolve." |
*
* @param {Defects_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_view_only = /** @type {((inputs: Defects_View_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_View_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_view_only(inputs)
	if (locale === "da") return __da.defects_view_only(inputs)
	if (locale === "sv") return __sv.defects_view_only(inputs)
	return __en.defects_view_only(inputs)
});
/**
* | output |
* | --- |
* | "Viewing only: your role ({role}) may not work on defects." |
*
* @param {Defects_View_Only_WorkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const defects_view_only_work = /** @type {((inputs: Defects_View_Only_WorkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Defects_View_Only_WorkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.defects_view_only_work(inputs)
	if (locale === "da") return __da.defects_view_only_work(inputs)
	if (locale === "sv") return __sv.defects_view_only_work(inputs)
	return __en.defects_view_only_work(inputs)
});
/**
* | output |
* | --- |
* | "Only an admin restores a revoked device." |
*
* @param {Devices_Admin_RestoresInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_admin_restores = /** @type {((inputs?: Devices_Admin_RestoresInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Admin_RestoresInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_admin_restores(inputs)
	if (locale === "da") return __da.devices_admin_restores(inputs)
	if (locale === "sv") return __sv.devices_admin_restores(inputs)
	return __en.devices_admin_restores(inputs)
});
/**
* | output |
* | --- |
* | "All my sites" |
*
* @param {Devices_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_all_sites = /** @type {((inputs?: Devices_All_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_All_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_all_sites(inputs)
	if (locale === "da") return __da.devices_all_sites(inputs)
	if (locale === "sv") return __sv.devices_all_sites(inputs)
	return __en.devices_all_sites(inputs)
});
/**
* | output |
* | --- |
* | "Battery" |
*
* @param {Devices_Col_BatteryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_battery = /** @type {((inputs?: Devices_Col_BatteryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_BatteryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_battery(inputs)
	if (locale === "da") return __da.devices_col_battery(inputs)
	if (locale === "sv") return __sv.devices_col_battery(inputs)
	return __en.devices_col_battery(inputs)
});
/**
* | output |
* | --- |
* | "Device" |
*
* @param {Devices_Col_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_device = /** @type {((inputs?: Devices_Col_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_device(inputs)
	if (locale === "da") return __da.devices_col_device(inputs)
	if (locale === "sv") return __sv.devices_col_device(inputs)
	return __en.devices_col_device(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Devices_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_kind = /** @type {((inputs?: Devices_Col_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_kind(inputs)
	if (locale === "da") return __da.devices_col_kind(inputs)
	if (locale === "sv") return __sv.devices_col_kind(inputs)
	return __en.devices_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "Last seen" |
*
* @param {Devices_Col_Last_SeenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_last_seen = /** @type {((inputs?: Devices_Col_Last_SeenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_Last_SeenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_last_seen(inputs)
	if (locale === "da") return __da.devices_col_last_seen(inputs)
	if (locale === "sv") return __sv.devices_col_last_seen(inputs)
	return __en.devices_col_last_seen(inputs)
});
/**
* | output |
* | --- |
* | "Messages" |
*
* @param {Devices_Col_MessagesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_messages = /** @type {((inputs?: Devices_Col_MessagesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_MessagesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_messages(inputs)
	if (locale === "da") return __da.devices_col_messages(inputs)
	if (locale === "sv") return __sv.devices_col_messages(inputs)
	return __en.devices_col_messages(inputs)
});
/**
* | output |
* | --- |
* | "Payload" |
*
* @param {Devices_Col_PayloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_payload = /** @type {((inputs?: Devices_Col_PayloadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_PayloadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_payload(inputs)
	if (locale === "da") return __da.devices_col_payload(inputs)
	if (locale === "sv") return __sv.devices_col_payload(inputs)
	return __en.devices_col_payload(inputs)
});
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Devices_Col_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_reason = /** @type {((inputs?: Devices_Col_ReasonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_ReasonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_reason(inputs)
	if (locale === "da") return __da.devices_col_reason(inputs)
	if (locale === "sv") return __sv.devices_col_reason(inputs)
	return __en.devices_col_reason(inputs)
});
/**
* | output |
* | --- |
* | "Refused" |
*
* @param {Devices_Col_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_refused = /** @type {((inputs?: Devices_Col_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_refused(inputs)
	if (locale === "da") return __da.devices_col_refused(inputs)
	if (locale === "sv") return __sv.devices_col_refused(inputs)
	return __en.devices_col_refused(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Devices_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_site = /** @type {((inputs?: Devices_Col_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_site(inputs)
	if (locale === "da") return __da.devices_col_site(inputs)
	if (locale === "sv") return __sv.devices_col_site(inputs)
	return __en.devices_col_site(inputs)
});
/**
* | output |
* | --- |
* | "State" |
*
* @param {Devices_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_state = /** @type {((inputs?: Devices_Col_StateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_StateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_state(inputs)
	if (locale === "da") return __da.devices_col_state(inputs)
	if (locale === "sv") return __sv.devices_col_state(inputs)
	return __en.devices_col_state(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Devices_Col_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_when = /** @type {((inputs?: Devices_Col_WhenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_WhenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_when(inputs)
	if (locale === "da") return __da.devices_col_when(inputs)
	if (locale === "sv") return __sv.devices_col_when(inputs)
	return __en.devices_col_when(inputs)
});
/**
* | output |
* | --- |
* | "What was wrong" |
*
* @param {Devices_Col_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_col_wrong = /** @type {((inputs?: Devices_Col_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Col_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_col_wrong(inputs)
	if (locale === "da") return __da.devices_col_wrong(inputs)
	if (locale === "sv") return __sv.devices_col_wrong(inputs)
	return __en.devices_col_wrong(inputs)
});
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
export const devices_count = /** @type {((inputs: Devices_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_count(inputs)
	if (locale === "da") return __da.devices_count(inputs)
	if (locale === "sv") return __sv.devices_count(inputs)
	return __en.devices_count(inputs)
});
/**
* | output |
* | --- |
* | "{kind} at {site}" |
*
* @param {Devices_Detail_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_detail_line = /** @type {((inputs: Devices_Detail_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Detail_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_detail_line(inputs)
	if (locale === "da") return __da.devices_detail_line(inputs)
	if (locale === "sv") return __sv.devices_detail_line(inputs)
	return __en.devices_detail_line(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Devices_Filter_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_filter_site = /** @type {((inputs?: Devices_Filter_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Filter_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_filter_site(inputs)
	if (locale === "da") return __da.devices_filter_site(inputs)
	if (locale === "sv") return __sv.devices_filter_site(inputs)
	return __en.devices_filter_site(inputs)
});
/**
* | output |
* | --- |
* | "State" |
*
* @param {Devices_Filter_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_filter_state = /** @type {((inputs?: Devices_Filter_StateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Filter_StateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_filter_state(inputs)
	if (locale === "da") return __da.devices_filter_state(inputs)
	if (locale === "sv") return __sv.devices_filter_state(inputs)
	return __en.devices_filter_state(inputs)
});
/**
* | output |
* | --- |
* | "button" |
*
* @param {Devices_Kind_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_kind_button = /** @type {((inputs?: Devices_Kind_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Kind_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_kind_button(inputs)
	if (locale === "da") return __da.devices_kind_button(inputs)
	if (locale === "sv") return __sv.devices_kind_button(inputs)
	return __en.devices_kind_button(inputs)
});
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Devices_Kind_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_kind_sensor = /** @type {((inputs?: Devices_Kind_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Kind_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_kind_sensor(inputs)
	if (locale === "da") return __da.devices_kind_sensor(inputs)
	if (locale === "sv") return __sv.devices_kind_sensor(inputs)
	return __en.devices_kind_sensor(inputs)
});
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
export const devices_low_battery_count = /** @type {((inputs: Devices_Low_Battery_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Low_Battery_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_low_battery_count(inputs)
	if (locale === "da") return __da.devices_low_battery_count(inputs)
	if (locale === "sv") return __sv.devices_low_battery_count(inputs)
	return __en.devices_low_battery_count(inputs)
});
/**
* | output |
* | --- |
* | "open a device to rotate its secret or revoke it" |
*
* @param {Devices_Manage_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_manage_hint = /** @type {((inputs?: Devices_Manage_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Manage_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_manage_hint(inputs)
	if (locale === "da") return __da.devices_manage_hint(inputs)
	if (locale === "sv") return __sv.devices_manage_hint(inputs)
	return __en.devices_manage_hint(inputs)
});
/**
* | output |
* | --- |
* | "Only managers and admins look after devices." |
*
* @param {Devices_Managers_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_managers_only = /** @type {((inputs?: Devices_Managers_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Managers_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_managers_only(inputs)
	if (locale === "da") return __da.devices_managers_only(inputs)
	if (locale === "sv") return __sv.devices_managers_only(inputs)
	return __en.devices_managers_only(inputs)
});
/**
* | output |
* | --- |
* | "New secret for {device}" |
*
* @param {Devices_New_SecretInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_new_secret = /** @type {((inputs: Devices_New_SecretInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_New_SecretInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_new_secret(inputs)
	if (locale === "da") return __da.devices_new_secret(inputs)
	if (locale === "sv") return __sv.devices_new_secret(inputs)
	return __en.devices_new_secret(inputs)
});
/**
* | output |
* | --- |
* | "No refused messages." |
*
* @param {Devices_No_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_no_refused = /** @type {((inputs?: Devices_No_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_No_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_no_refused(inputs)
	if (locale === "da") return __da.devices_no_refused(inputs)
	if (locale === "sv") return __sv.devices_no_refused(inputs)
	return __en.devices_no_refused(inputs)
});
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
export const devices_offline_count = /** @type {((inputs: Devices_Offline_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Offline_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_offline_count(inputs)
	if (locale === "da") return __da.devices_offline_count(inputs)
	if (locale === "sv") return __sv.devices_offline_count(inputs)
	return __en.devices_offline_count(inputs)
});
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
export const devices_refused_count = /** @type {((inputs: Devices_Refused_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Refused_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_refused_count(inputs)
	if (locale === "da") return __da.devices_refused_count(inputs)
	if (locale === "sv") return __sv.devices_refused_count(inputs)
	return __en.devices_refused_count(inputs)
});
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
export const devices_refused_short = /** @type {((inputs: Devices_Refused_ShortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Refused_ShortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_refused_short(inputs)
	if (locale === "da") return __da.devices_refused_short(inputs)
	if (locale === "sv") return __sv.devices_refused_short(inputs)
	return __en.devices_refused_short(inputs)
});
/**
* | output |
* | --- |
* | "The device gets a new secret, shown once; its old one stays void. Restore it only once it is back in safe hands." |
*
* @param {Devices_Restore_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_explain = /** @type {((inputs?: Devices_Restore_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Restore_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_restore_explain(inputs)
	if (locale === "da") return __da.devices_restore_explain(inputs)
	if (locale === "sv") return __sv.devices_restore_explain(inputs)
	return __en.devices_restore_explain(inputs)
});
/**
* | output |
* | --- |
* | "Restore {device}" |
*
* @param {Devices_Restore_NamedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_named = /** @type {((inputs: Devices_Restore_NamedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Restore_NamedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_restore_named(inputs)
	if (locale === "da") return __da.devices_restore_named(inputs)
	if (locale === "sv") return __sv.devices_restore_named(inputs)
	return __en.devices_restore_named(inputs)
});
/**
* | output |
* | --- |
* | "Restore…" |
*
* @param {Devices_Restore_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restore_step = /** @type {((inputs?: Devices_Restore_StepInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Restore_StepInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_restore_step(inputs)
	if (locale === "da") return __da.devices_restore_step(inputs)
	if (locale === "sv") return __sv.devices_restore_step(inputs)
	return __en.devices_restore_step(inputs)
});
/**
* | output |
* | --- |
* | "{device} is restored: its new secret" |
*
* @param {Devices_Restored_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restored_label = /** @type {((inputs: Devices_Restored_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Restored_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_restored_label(inputs)
	if (locale === "da") return __da.devices_restored_label(inputs)
	if (locale === "sv") return __sv.devices_restored_label(inputs)
	return __en.devices_restored_label(inputs)
});
/**
* | output |
* | --- |
* | "The device may sign in again with this secret (its MQTT password), and with no other. Give it to the device now: it will not be shown again." |
*
* @param {Devices_Restored_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_restored_warning = /** @type {((inputs?: Devices_Restored_WarningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Restored_WarningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_restored_warning(inputs)
	if (locale === "da") return __da.devices_restored_warning(inputs)
	if (locale === "sv") return __sv.devices_restored_warning(inputs)
	return __en.devices_restored_warning(inputs)
});
/**
* | output |
* | --- |
* | "The device is disconnected and cannot sign in again until an admin restores it (its history stays). Use this for a lost or stolen device." |
*
* @param {Devices_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_explain = /** @type {((inputs?: Devices_Revoke_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Revoke_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_revoke_explain(inputs)
	if (locale === "da") return __da.devices_revoke_explain(inputs)
	if (locale === "sv") return __sv.devices_revoke_explain(inputs)
	return __en.devices_revoke_explain(inputs)
});
/**
* | output |
* | --- |
* | "Revoke {device}" |
*
* @param {Devices_Revoke_NamedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_named = /** @type {((inputs: Devices_Revoke_NamedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Revoke_NamedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_revoke_named(inputs)
	if (locale === "da") return __da.devices_revoke_named(inputs)
	if (locale === "sv") return __sv.devices_revoke_named(inputs)
	return __en.devices_revoke_named(inputs)
});
/**
* | output |
* | --- |
* | "Revoke…" |
*
* @param {Devices_Revoke_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoke_step = /** @type {((inputs?: Devices_Revoke_StepInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Revoke_StepInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_revoke_step(inputs)
	if (locale === "da") return __da.devices_revoke_step(inputs)
	if (locale === "sv") return __sv.devices_revoke_step(inputs)
	return __en.devices_revoke_step(inputs)
});
/**
* | output |
* | --- |
* | "Revoked: the device was disconnected and can no longer sign in. Its history stays." |
*
* @param {Devices_Revoked_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoked_done = /** @type {((inputs?: Devices_Revoked_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Revoked_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_revoked_done(inputs)
	if (locale === "da") return __da.devices_revoked_done(inputs)
	if (locale === "sv") return __sv.devices_revoked_done(inputs)
	return __en.devices_revoked_done(inputs)
});
/**
* | output |
* | --- |
* | "Revoked: it stays so until an admin restores it." |
*
* @param {Devices_Revoked_Until_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_revoked_until_admin = /** @type {((inputs?: Devices_Revoked_Until_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Revoked_Until_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_revoked_until_admin(inputs)
	if (locale === "da") return __da.devices_revoked_until_admin(inputs)
	if (locale === "sv") return __sv.devices_revoked_until_admin(inputs)
	return __en.devices_revoked_until_admin(inputs)
});
/**
* | output |
* | --- |
* | "A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one." |
*
* @param {Devices_Rotate_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_explain = /** @type {((inputs?: Devices_Rotate_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Rotate_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_rotate_explain(inputs)
	if (locale === "da") return __da.devices_rotate_explain(inputs)
	if (locale === "sv") return __sv.devices_rotate_explain(inputs)
	return __en.devices_rotate_explain(inputs)
});
/**
* | output |
* | --- |
* | "Rotate the secret now" |
*
* @param {Devices_Rotate_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_now = /** @type {((inputs?: Devices_Rotate_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Rotate_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_rotate_now(inputs)
	if (locale === "da") return __da.devices_rotate_now(inputs)
	if (locale === "sv") return __sv.devices_rotate_now(inputs)
	return __en.devices_rotate_now(inputs)
});
/**
* | output |
* | --- |
* | "Rotate secret…" |
*
* @param {Devices_Rotate_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotate_step = /** @type {((inputs?: Devices_Rotate_StepInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Rotate_StepInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_rotate_step(inputs)
	if (locale === "da") return __da.devices_rotate_step(inputs)
	if (locale === "sv") return __sv.devices_rotate_step(inputs)
	return __en.devices_rotate_step(inputs)
});
/**
* | output |
* | --- |
* | "The old secret no longer works and the device was disconnected. Give the device this secret (its MQTT password) now: it will not be shown again." |
*
* @param {Devices_Rotated_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_rotated_warning = /** @type {((inputs?: Devices_Rotated_WarningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Rotated_WarningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_rotated_warning(inputs)
	if (locale === "da") return __da.devices_rotated_warning(inputs)
	if (locale === "sv") return __sv.devices_rotated_warning(inputs)
	return __en.devices_rotated_warning(inputs)
});
/**
* | output |
* | --- |
* | "Checks in at any checkpoint of its site and resolves any asset provisioned there." |
*
* @param {Devices_Scope_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_any = /** @type {((inputs?: Devices_Scope_AnyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_AnyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_any(inputs)
	if (locale === "da") return __da.devices_scope_any(inputs)
	if (locale === "sv") return __sv.devices_scope_any(inputs)
	return __en.devices_scope_any(inputs)
});
/**
* | output |
* | --- |
* | "Checks in at any checkpoint of its site; resolves {assets}." |
*
* @param {Devices_Scope_Any_ResolvesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_any_resolves = /** @type {((inputs: Devices_Scope_Any_ResolvesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_Any_ResolvesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_any_resolves(inputs)
	if (locale === "da") return __da.devices_scope_any_resolves(inputs)
	if (locale === "sv") return __sv.devices_scope_any_resolves(inputs)
	return __en.devices_scope_any_resolves(inputs)
});
/**
* | output |
* | --- |
* | "Serves no checkpoint: it only reports." |
*
* @param {Devices_Scope_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_none = /** @type {((inputs?: Devices_Scope_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_none(inputs)
	if (locale === "da") return __da.devices_scope_none(inputs)
	if (locale === "sv") return __sv.devices_scope_none(inputs)
	return __en.devices_scope_none(inputs)
});
/**
* | output |
* | --- |
* | "Watches nothing named: it may send health about, and resolve, any asset provisioned at its site." |
*
* @param {Devices_Scope_Sensor_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_sensor_any = /** @type {((inputs?: Devices_Scope_Sensor_AnyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_Sensor_AnyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_sensor_any(inputs)
	if (locale === "da") return __da.devices_scope_sensor_any(inputs)
	if (locale === "sv") return __sv.devices_scope_sensor_any(inputs)
	return __en.devices_scope_sensor_any(inputs)
});
/**
* | output |
* | --- |
* | "Watches {assets}: it may send health about these and resolve them." |
*
* @param {Devices_Scope_Sensor_WatchesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_sensor_watches = /** @type {((inputs: Devices_Scope_Sensor_WatchesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_Sensor_WatchesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_sensor_watches(inputs)
	if (locale === "da") return __da.devices_scope_sensor_watches(inputs)
	if (locale === "sv") return __sv.devices_scope_sensor_watches(inputs)
	return __en.devices_scope_sensor_watches(inputs)
});
/**
* | output |
* | --- |
* | "Serves {checkpoints}: it checks in there and resolves their assets." |
*
* @param {Devices_Scope_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_serves = /** @type {((inputs: Devices_Scope_ServesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_ServesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_serves(inputs)
	if (locale === "da") return __da.devices_scope_serves(inputs)
	if (locale === "sv") return __sv.devices_scope_serves(inputs)
	return __en.devices_scope_serves(inputs)
});
/**
* | output |
* | --- |
* | "Serves {checkpoints}: it checks in there and resolves their assets, and {assets}." |
*
* @param {Devices_Scope_Serves_AlsoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_scope_serves_also = /** @type {((inputs: Devices_Scope_Serves_AlsoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Scope_Serves_AlsoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_scope_serves_also(inputs)
	if (locale === "da") return __da.devices_scope_serves_also(inputs)
	if (locale === "sv") return __sv.devices_scope_serves_also(inputs)
	return __en.devices_scope_serves_also(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Devices_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_show = /** @type {((inputs?: Devices_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_show(inputs)
	if (locale === "da") return __da.devices_show(inputs)
	if (locale === "sv") return __sv.devices_show(inputs)
	return __en.devices_show(inputs)
});
/**
* | output |
* | --- |
* | "online and offline" |
*
* @param {Devices_State_AnyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_any = /** @type {((inputs?: Devices_State_AnyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_State_AnyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_state_any(inputs)
	if (locale === "da") return __da.devices_state_any(inputs)
	if (locale === "sv") return __sv.devices_state_any(inputs)
	return __en.devices_state_any(inputs)
});
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Devices_State_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_offline = /** @type {((inputs?: Devices_State_OfflineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_State_OfflineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_state_offline(inputs)
	if (locale === "da") return __da.devices_state_offline(inputs)
	if (locale === "sv") return __sv.devices_state_offline(inputs)
	return __en.devices_state_offline(inputs)
});
/**
* | output |
* | --- |
* | "online" |
*
* @param {Devices_State_OnlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_online = /** @type {((inputs?: Devices_State_OnlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_State_OnlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_state_online(inputs)
	if (locale === "da") return __da.devices_state_online(inputs)
	if (locale === "sv") return __sv.devices_state_online(inputs)
	return __en.devices_state_online(inputs)
});
/**
* | output |
* | --- |
* | "revoked" |
*
* @param {Devices_State_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_state_revoked = /** @type {((inputs?: Devices_State_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_State_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_state_revoked(inputs)
	if (locale === "da") return __da.devices_state_revoked(inputs)
	if (locale === "sv") return __sv.devices_state_revoked(inputs)
	return __en.devices_state_revoked(inputs)
});
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
export const devices_stored_count = /** @type {((inputs: Devices_Stored_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_Stored_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_stored_count(inputs)
	if (locale === "da") return __da.devices_stored_count(inputs)
	if (locale === "sv") return __sv.devices_stored_count(inputs)
	return __en.devices_stored_count(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check · Devices" |
*
* @param {Devices_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_tab = /** @type {((inputs?: Devices_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_tab(inputs)
	if (locale === "da") return __da.devices_tab(inputs)
	if (locale === "sv") return __sv.devices_tab(inputs)
	return __en.devices_tab(inputs)
});
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Devices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_title = /** @type {((inputs?: Devices_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_title(inputs)
	if (locale === "da") return __da.devices_title(inputs)
	if (locale === "sv") return __sv.devices_title(inputs)
	return __en.devices_title(inputs)
});
/**
* | output |
* | --- |
* | "Which device? Open it from the list and try again." |
*
* @param {Devices_WhichInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const devices_which = /** @type {((inputs?: Devices_WhichInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Devices_WhichInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.devices_which(inputs)
	if (locale === "da") return __da.devices_which(inputs)
	if (locale === "sv") return __sv.devices_which(inputs)
	return __en.devices_which(inputs)
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
* | "It is already acknowledged." |
*
* @param {Errors_Already_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_acknowledged = /** @type {((inputs?: Errors_Already_AcknowledgedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Already_AcknowledgedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_already_acknowledged(inputs)
	if (locale === "da") return __da.errors_already_acknowledged(inputs)
	if (locale === "sv") return __sv.errors_already_acknowledged(inputs)
	return __en.errors_already_acknowledged(inputs)
});
/**
* | output |
* | --- |
* | "It is already assigned to them." |
*
* @param {Errors_Already_AssignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_assigned = /** @type {((inputs?: Errors_Already_AssignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Already_AssignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_already_assigned(inputs)
	if (locale === "da") return __da.errors_already_assigned(inputs)
	if (locale === "sv") return __sv.errors_already_assigned(inputs)
	return __en.errors_already_assigned(inputs)
});
/**
* | output |
* | --- |
* | "It is already on hold for that reason until that time." |
*
* @param {Errors_Already_On_HoldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_on_hold = /** @type {((inputs?: Errors_Already_On_HoldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Already_On_HoldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_already_on_hold(inputs)
	if (locale === "da") return __da.errors_already_on_hold(inputs)
	if (locale === "sv") return __sv.errors_already_on_hold(inputs)
	return __en.errors_already_on_hold(inputs)
});
/**
* | output |
* | --- |
* | "It is already resolved." |
*
* @param {Errors_Already_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_already_resolved = /** @type {((inputs?: Errors_Already_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Already_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_already_resolved(inputs)
	if (locale === "da") return __da.errors_already_resolved(inputs)
	if (locale === "sv") return __sv.errors_already_resolved(inputs)
	return __en.errors_already_resolved(inputs)
});
/**
* | output |
* | --- |
* | "This is retired. Restore it under Setup to report on it." |
*
* @param {Errors_Asset_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_asset_retired = /** @type {((inputs?: Errors_Asset_RetiredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Asset_RetiredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_asset_retired(inputs)
	if (locale === "da") return __da.errors_asset_retired(inputs)
	if (locale === "sv") return __sv.errors_asset_retired(inputs)
	return __en.errors_asset_retired(inputs)
});
/**
* | output |
* | --- |
* | "See all defects" |
*
* @param {Errors_Back_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_defects = /** @type {((inputs?: Errors_Back_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Back_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_back_defects(inputs)
	if (locale === "da") return __da.errors_back_defects(inputs)
	if (locale === "sv") return __sv.errors_back_defects(inputs)
	return __en.errors_back_defects(inputs)
});
/**
* | output |
* | --- |
* | "Back to the overview" |
*
* @param {Errors_Back_OverviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_overview = /** @type {((inputs?: Errors_Back_OverviewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Back_OverviewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_back_overview(inputs)
	if (locale === "da") return __da.errors_back_overview(inputs)
	if (locale === "sv") return __sv.errors_back_overview(inputs)
	return __en.errors_back_overview(inputs)
});
/**
* | output |
* | --- |
* | "See your sites" |
*
* @param {Errors_Back_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_back_sites = /** @type {((inputs?: Errors_Back_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Back_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_back_sites(inputs)
	if (locale === "da") return __da.errors_back_sites(inputs)
	if (locale === "sv") return __sv.errors_back_sites(inputs)
	return __en.errors_back_sites(inputs)
});
/**
* | output |
* | --- |
* | "That username and password do not match. Check them and try again." |
*
* @param {Errors_Bad_CredentialsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_bad_credentials = /** @type {((inputs?: Errors_Bad_CredentialsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Bad_CredentialsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_bad_credentials(inputs)
	if (locale === "da") return __da.errors_bad_credentials(inputs)
	if (locale === "sv") return __sv.errors_bad_credentials(inputs)
	return __en.errors_bad_credentials(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check is busy with another change. Try again in a moment." |
*
* @param {Errors_BusyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_busy = /** @type {((inputs?: Errors_BusyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_BusyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_busy(inputs)
	if (locale === "da") return __da.errors_busy(inputs)
	if (locale === "sv") return __sv.errors_busy(inputs)
	return __en.errors_busy(inputs)
});
/**
* | output |
* | --- |
* | "Something in the form is not right. Check it and try again." |
*
* @param {Errors_Check_FormInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_check_form = /** @type {((inputs?: Errors_Check_FormInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Check_FormInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_check_form(inputs)
	if (locale === "da") return __da.errors_check_form(inputs)
	if (locale === "sv") return __sv.errors_check_form(inputs)
	return __en.errors_check_form(inputs)
});
/**
* | output |
* | --- |
* | "Clear the filters" |
*
* @param {Errors_Clear_FiltersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_clear_filters = /** @type {((inputs?: Errors_Clear_FiltersInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Clear_FiltersInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_clear_filters(inputs)
	if (locale === "da") return __da.errors_clear_filters(inputs)
	if (locale === "sv") return __sv.errors_clear_filters(inputs)
	return __en.errors_clear_filters(inputs)
});
/**
* | output |
* | --- |
* | "Someone changed it at the same time. Reload the page and try again." |
*
* @param {Errors_ConflictInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_conflict = /** @type {((inputs?: Errors_ConflictInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_ConflictInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_conflict(inputs)
	if (locale === "da") return __da.errors_conflict(inputs)
	if (locale === "sv") return __sv.errors_conflict(inputs)
	return __en.errors_conflict(inputs)
});
/**
* | output |
* | --- |
* | "This device is revoked: a new secret will not bring it back. An admin can restore it." |
*
* @param {Errors_Device_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_device_revoked = /** @type {((inputs?: Errors_Device_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Device_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_device_revoked(inputs)
	if (locale === "da") return __da.errors_device_revoked(inputs)
	if (locale === "sv") return __sv.errors_device_revoked(inputs)
	return __en.errors_device_revoked(inputs)
});
/**
* | output |
* | --- |
* | "That due time has passed: choose a later one." |
*
* @param {Errors_Due_In_PastInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_due_in_past = /** @type {((inputs?: Errors_Due_In_PastInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Due_In_PastInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_due_in_past(inputs)
	if (locale === "da") return __da.errors_due_in_past(inputs)
	if (locale === "sv") return __sv.errors_due_in_past(inputs)
	return __en.errors_due_in_past(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to" |
*
* @param {Errors_Field_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_assignee = /** @type {((inputs?: Errors_Field_AssigneeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_AssigneeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_assignee(inputs)
	if (locale === "da") return __da.errors_field_assignee(inputs)
	if (locale === "sv") return __sv.errors_field_assignee(inputs)
	return __en.errors_field_assignee(inputs)
});
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Errors_Field_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_category = /** @type {((inputs?: Errors_Field_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_category(inputs)
	if (locale === "da") return __da.errors_field_category(inputs)
	if (locale === "sv") return __sv.errors_field_category(inputs)
	return __en.errors_field_category(inputs)
});
/**
* | output |
* | --- |
* | "Cause" |
*
* @param {Errors_Field_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_cause = /** @type {((inputs?: Errors_Field_CauseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_CauseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_cause(inputs)
	if (locale === "da") return __da.errors_field_cause(inputs)
	if (locale === "sv") return __sv.errors_field_cause(inputs)
	return __en.errors_field_cause(inputs)
});
/**
* | output |
* | --- |
* | "Due time" |
*
* @param {Errors_Field_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_due = /** @type {((inputs?: Errors_Field_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_due(inputs)
	if (locale === "da") return __da.errors_field_due(inputs)
	if (locale === "sv") return __sv.errors_field_due(inputs)
	return __en.errors_field_due(inputs)
});
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Errors_Field_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_email = /** @type {((inputs?: Errors_Field_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_email(inputs)
	if (locale === "da") return __da.errors_field_email(inputs)
	if (locale === "sv") return __sv.errors_field_email(inputs)
	return __en.errors_field_email(inputs)
});
/**
* | output |
* | --- |
* | "From" |
*
* @param {Errors_Field_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_from = /** @type {((inputs?: Errors_Field_FromInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_FromInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_from(inputs)
	if (locale === "da") return __da.errors_field_from(inputs)
	if (locale === "sv") return __sv.errors_field_from(inputs)
	return __en.errors_field_from(inputs)
});
/**
* | output |
* | --- |
* | "Number" |
*
* @param {Errors_Field_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_id = /** @type {((inputs?: Errors_Field_IdInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_IdInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_id(inputs)
	if (locale === "da") return __da.errors_field_id(inputs)
	if (locale === "sv") return __sv.errors_field_id(inputs)
	return __en.errors_field_id(inputs)
});
/**
* | output |
* | --- |
* | "{field} is not one this page knows: choose one from the list." |
*
* @param {Errors_Field_InvalidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_invalid = /** @type {((inputs: Errors_Field_InvalidInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_InvalidInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_invalid(inputs)
	if (locale === "da") return __da.errors_field_invalid(inputs)
	if (locale === "sv") return __sv.errors_field_invalid(inputs)
	return __en.errors_field_invalid(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Errors_Field_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_language = /** @type {((inputs?: Errors_Field_LanguageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_LanguageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_language(inputs)
	if (locale === "da") return __da.errors_field_language(inputs)
	if (locale === "sv") return __sv.errors_field_language(inputs)
	return __en.errors_field_language(inputs)
});
/**
* | output |
* | --- |
* | "{field} is missing: fill it in." |
*
* @param {Errors_Field_MissingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_missing = /** @type {((inputs: Errors_Field_MissingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_MissingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_missing(inputs)
	if (locale === "da") return __da.errors_field_missing(inputs)
	if (locale === "sv") return __sv.errors_field_missing(inputs)
	return __en.errors_field_missing(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Errors_Field_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_name = /** @type {((inputs?: Errors_Field_NameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_NameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_name(inputs)
	if (locale === "da") return __da.errors_field_name(inputs)
	if (locale === "sv") return __sv.errors_field_name(inputs)
	return __en.errors_field_name(inputs)
});
/**
* | output |
* | --- |
* | "{field} must be a number." |
*
* @param {Errors_Field_Not_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_not_number = /** @type {((inputs: Errors_Field_Not_NumberInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_Not_NumberInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_not_number(inputs)
	if (locale === "da") return __da.errors_field_not_number(inputs)
	if (locale === "sv") return __sv.errors_field_not_number(inputs)
	return __en.errors_field_not_number(inputs)
});
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Errors_Field_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_note = /** @type {((inputs?: Errors_Field_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_note(inputs)
	if (locale === "da") return __da.errors_field_note(inputs)
	if (locale === "sv") return __sv.errors_field_note(inputs)
	return __en.errors_field_note(inputs)
});
/**
* | output |
* | --- |
* | "A value" |
*
* @param {Errors_Field_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_other = /** @type {((inputs?: Errors_Field_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_other(inputs)
	if (locale === "da") return __da.errors_field_other(inputs)
	if (locale === "sv") return __sv.errors_field_other(inputs)
	return __en.errors_field_other(inputs)
});
/**
* | output |
* | --- |
* | "Page" |
*
* @param {Errors_Field_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_page = /** @type {((inputs?: Errors_Field_PageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_PageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_page(inputs)
	if (locale === "da") return __da.errors_field_page(inputs)
	if (locale === "sv") return __sv.errors_field_page(inputs)
	return __en.errors_field_page(inputs)
});
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Errors_Field_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_password = /** @type {((inputs?: Errors_Field_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_password(inputs)
	if (locale === "da") return __da.errors_field_password(inputs)
	if (locale === "sv") return __sv.errors_field_password(inputs)
	return __en.errors_field_password(inputs)
});
/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Errors_Field_PhoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_phone = /** @type {((inputs?: Errors_Field_PhoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_PhoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_phone(inputs)
	if (locale === "da") return __da.errors_field_phone(inputs)
	if (locale === "sv") return __sv.errors_field_phone(inputs)
	return __en.errors_field_phone(inputs)
});
/**
* | output |
* | --- |
* | "Reason" |
*
* @param {Errors_Field_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_reason = /** @type {((inputs?: Errors_Field_ReasonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_ReasonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_reason(inputs)
	if (locale === "da") return __da.errors_field_reason(inputs)
	if (locale === "sv") return __sv.errors_field_reason(inputs)
	return __en.errors_field_reason(inputs)
});
/**
* | output |
* | --- |
* | "Search" |
*
* @param {Errors_Field_SearchInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_search = /** @type {((inputs?: Errors_Field_SearchInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_SearchInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_search(inputs)
	if (locale === "da") return __da.errors_field_search(inputs)
	if (locale === "sv") return __sv.errors_field_search(inputs)
	return __en.errors_field_search(inputs)
});
/**
* | output |
* | --- |
* | "Severity" |
*
* @param {Errors_Field_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_severity = /** @type {((inputs?: Errors_Field_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_severity(inputs)
	if (locale === "da") return __da.errors_field_severity(inputs)
	if (locale === "sv") return __sv.errors_field_severity(inputs)
	return __en.errors_field_severity(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Errors_Field_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_site = /** @type {((inputs?: Errors_Field_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_site(inputs)
	if (locale === "da") return __da.errors_field_site(inputs)
	if (locale === "sv") return __sv.errors_field_site(inputs)
	return __en.errors_field_site(inputs)
});
/**
* | output |
* | --- |
* | "Sort" |
*
* @param {Errors_Field_SortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_sort = /** @type {((inputs?: Errors_Field_SortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_SortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_sort(inputs)
	if (locale === "da") return __da.errors_field_sort(inputs)
	if (locale === "sv") return __sv.errors_field_sort(inputs)
	return __en.errors_field_sort(inputs)
});
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Errors_Field_SourceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_source = /** @type {((inputs?: Errors_Field_SourceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_SourceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_source(inputs)
	if (locale === "da") return __da.errors_field_source(inputs)
	if (locale === "sv") return __sv.errors_field_source(inputs)
	return __en.errors_field_source(inputs)
});
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Errors_Field_StatusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_status = /** @type {((inputs?: Errors_Field_StatusInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_StatusInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_status(inputs)
	if (locale === "da") return __da.errors_field_status(inputs)
	if (locale === "sv") return __sv.errors_field_status(inputs)
	return __en.errors_field_status(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Errors_Field_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_to = /** @type {((inputs?: Errors_Field_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_to(inputs)
	if (locale === "da") return __da.errors_field_to(inputs)
	if (locale === "sv") return __sv.errors_field_to(inputs)
	return __en.errors_field_to(inputs)
});
/**
* | output |
* | --- |
* | "{field} is too long: shorten it." |
*
* @param {Errors_Field_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_too_long = /** @type {((inputs: Errors_Field_Too_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_Too_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_too_long(inputs)
	if (locale === "da") return __da.errors_field_too_long(inputs)
	if (locale === "sv") return __sv.errors_field_too_long(inputs)
	return __en.errors_field_too_long(inputs)
});
/**
* | output |
* | --- |
* | "{field} is too short." |
*
* @param {Errors_Field_Too_ShortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_too_short = /** @type {((inputs: Errors_Field_Too_ShortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_Too_ShortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_too_short(inputs)
	if (locale === "da") return __da.errors_field_too_short(inputs)
	if (locale === "sv") return __sv.errors_field_too_short(inputs)
	return __en.errors_field_too_short(inputs)
});
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Errors_Field_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_field_username = /** @type {((inputs?: Errors_Field_UsernameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Field_UsernameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_field_username(inputs)
	if (locale === "da") return __da.errors_field_username(inputs)
	if (locale === "sv") return __sv.errors_field_username(inputs)
	return __en.errors_field_username(inputs)
});
/**
* | output |
* | --- |
* | "The address asks for {field} “{value}”, which this page does not know." |
*
* @param {Errors_Filter_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_filter_unknown = /** @type {((inputs: Errors_Filter_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Filter_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_filter_unknown(inputs)
	if (locale === "da") return __da.errors_filter_unknown(inputs)
	if (locale === "sv") return __sv.errors_filter_unknown(inputs)
	return __en.errors_filter_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Your role may not do that. Ask a manager or an admin if you need to." |
*
* @param {Errors_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_forbidden = /** @type {((inputs?: Errors_ForbiddenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_ForbiddenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_forbidden(inputs)
	if (locale === "da") return __da.errors_forbidden(inputs)
	if (locale === "sv") return __sv.errors_forbidden(inputs)
	return __en.errors_forbidden(inputs)
});
/**
* | output |
* | --- |
* | "Sorry" |
*
* @param {Errors_Guest_SorryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_guest_sorry = /** @type {((inputs?: Errors_Guest_SorryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Guest_SorryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_guest_sorry(inputs)
	if (locale === "da") return __da.errors_guest_sorry(inputs)
	if (locale === "sv") return __sv.errors_guest_sorry(inputs)
	return __en.errors_guest_sorry(inputs)
});
/**
* | output |
* | --- |
* | "Report a problem" |
*
* @param {Errors_Guest_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_guest_title = /** @type {((inputs?: Errors_Guest_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Guest_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_guest_title(inputs)
	if (locale === "da") return __da.errors_guest_title(inputs)
	if (locale === "sv") return __sv.errors_guest_title(inputs)
	return __en.errors_guest_title(inputs)
});
/**
* | output |
* | --- |
* | "It has a history of defects or events, so deleting it would lose that: retire it instead, which keeps the history." |
*
* @param {Errors_Has_HistoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_has_history = /** @type {((inputs?: Errors_Has_HistoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Has_HistoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_has_history(inputs)
	if (locale === "da") return __da.errors_has_history(inputs)
	if (locale === "sv") return __sv.errors_has_history(inputs)
	return __en.errors_has_history(inputs)
});
/**
* | output |
* | --- |
* | "They cannot work on defects at this site: choose someone else." |
*
* @param {Errors_Invalid_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_invalid_assignee = /** @type {((inputs?: Errors_Invalid_AssigneeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Invalid_AssigneeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_invalid_assignee(inputs)
	if (locale === "da") return __da.errors_invalid_assignee(inputs)
	if (locale === "sv") return __sv.errors_invalid_assignee(inputs)
	return __en.errors_invalid_assignee(inputs)
});
/**
* | output |
* | --- |
* | "Choose what fixed it from the list." |
*
* @param {Errors_Invalid_CauseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_invalid_cause = /** @type {((inputs?: Errors_Invalid_CauseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Invalid_CauseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_invalid_cause(inputs)
	if (locale === "da") return __da.errors_invalid_cause(inputs)
	if (locale === "sv") return __sv.errors_invalid_cause(inputs)
	return __en.errors_invalid_cause(inputs)
});
/**
* | output |
* | --- |
* | "This is the last active admin. Make someone else an admin first." |
*
* @param {Errors_Last_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_last_admin = /** @type {((inputs?: Errors_Last_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Last_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_last_admin(inputs)
	if (locale === "da") return __da.errors_last_admin(inputs)
	if (locale === "sv") return __sv.errors_last_admin(inputs)
	return __en.errors_last_admin(inputs)
});
/**
* | output |
* | --- |
* | "There is no such defect at your sites." |
*
* @param {Errors_No_Such_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_no_such_defect = /** @type {((inputs?: Errors_No_Such_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_No_Such_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_no_such_defect(inputs)
	if (locale === "da") return __da.errors_no_such_defect(inputs)
	if (locale === "sv") return __sv.errors_no_such_defect(inputs)
	return __en.errors_no_such_defect(inputs)
});
/**
* | output |
* | --- |
* | "It does not exist, or you may not see it. Go back and choose it again." |
*
* @param {Errors_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_not_found = /** @type {((inputs?: Errors_Not_FoundInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Not_FoundInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_not_found(inputs)
	if (locale === "da") return __da.errors_not_found(inputs)
	if (locale === "sv") return __sv.errors_not_found(inputs)
	return __en.errors_not_found(inputs)
});
/**
* | output |
* | --- |
* | "It is not resolved, so there is nothing to reopen." |
*
* @param {Errors_Not_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_not_resolved = /** @type {((inputs?: Errors_Not_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Not_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_not_resolved(inputs)
	if (locale === "da") return __da.errors_not_resolved(inputs)
	if (locale === "sv") return __sv.errors_not_resolved(inputs)
	return __en.errors_not_resolved(inputs)
});
/**
* | output |
* | --- |
* | "The same fault is open on this asset again: work on that defect instead." |
*
* @param {Errors_Open_DuplicateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_open_duplicate = /** @type {((inputs?: Errors_Open_DuplicateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Open_DuplicateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_open_duplicate(inputs)
	if (locale === "da") return __da.errors_open_duplicate(inputs)
	if (locale === "sv") return __sv.errors_open_duplicate(inputs)
	return __en.errors_open_duplicate(inputs)
});
/**
* | output |
* | --- |
* | "That photo is already on this defect." |
*
* @param {Errors_Photo_Already_AttachedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_photo_already_attached = /** @type {((inputs?: Errors_Photo_Already_AttachedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Photo_Already_AttachedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_photo_already_attached(inputs)
	if (locale === "da") return __da.errors_photo_already_attached(inputs)
	if (locale === "sv") return __sv.errors_photo_already_attached(inputs)
	return __en.errors_photo_already_attached(inputs)
});
/**
* | output |
* | --- |
* | "Too many tries in a short time. Wait a minute and try again." |
*
* @param {Errors_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_rate_limited = /** @type {((inputs?: Errors_Rate_LimitedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Rate_LimitedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_rate_limited(inputs)
	if (locale === "da") return __da.errors_rate_limited(inputs)
	if (locale === "sv") return __sv.errors_rate_limited(inputs)
	return __en.errors_rate_limited(inputs)
});
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
export const errors_rate_limited_seconds = /** @type {((inputs: Errors_Rate_Limited_SecondsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Rate_Limited_SecondsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_rate_limited_seconds(inputs)
	if (locale === "da") return __da.errors_rate_limited_seconds(inputs)
	if (locale === "sv") return __sv.errors_rate_limited_seconds(inputs)
	return __en.errors_rate_limited_seconds(inputs)
});
/**
* | output |
* | --- |
* | "That place is retired. Restore it first, or choose another." |
*
* @param {Errors_Retired_ParentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_retired_parent = /** @type {((inputs?: Errors_Retired_ParentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Retired_ParentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_retired_parent(inputs)
	if (locale === "da") return __da.errors_retired_parent(inputs)
	if (locale === "sv") return __sv.errors_retired_parent(inputs)
	return __en.errors_retired_parent(inputs)
});
/**
* | output |
* | --- |
* | "Your session has ended. Sign in again." |
*
* @param {Errors_Session_EndedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_session_ended = /** @type {((inputs?: Errors_Session_EndedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Session_EndedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_session_ended(inputs)
	if (locale === "da") return __da.errors_session_ended(inputs)
	if (locale === "sv") return __sv.errors_session_ended(inputs)
	return __en.errors_session_ended(inputs)
});
/**
* | output |
* | --- |
* | "This site is being removed with the demo chain. Try again when that is done." |
*
* @param {Errors_Site_Being_RemovedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_site_being_removed = /** @type {((inputs?: Errors_Site_Being_RemovedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Site_Being_RemovedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_site_being_removed(inputs)
	if (locale === "da") return __da.errors_site_being_removed(inputs)
	if (locale === "sv") return __sv.errors_site_being_removed(inputs)
	return __en.errors_site_being_removed(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong on our side. Try again; if it happens again, tell your admin." |
*
* @param {Errors_Something_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_something_wrong = /** @type {((inputs?: Errors_Something_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Something_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_something_wrong(inputs)
	if (locale === "da") return __da.errors_something_wrong(inputs)
	if (locale === "sv") return __sv.errors_something_wrong(inputs)
	return __en.errors_something_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Something in the address is not right" |
*
* @param {Errors_Title_400Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_400 = /** @type {((inputs?: Errors_Title_400Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_400Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_400(inputs)
	if (locale === "da") return __da.errors_title_400(inputs)
	if (locale === "sv") return __sv.errors_title_400(inputs)
	return __en.errors_title_400(inputs)
});
/**
* | output |
* | --- |
* | "Not for your role" |
*
* @param {Errors_Title_403Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_403 = /** @type {((inputs?: Errors_Title_403Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_403Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_403(inputs)
	if (locale === "da") return __da.errors_title_403(inputs)
	if (locale === "sv") return __sv.errors_title_403(inputs)
	return __en.errors_title_403(inputs)
});
/**
* | output |
* | --- |
* | "Not found" |
*
* @param {Errors_Title_404Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_404 = /** @type {((inputs?: Errors_Title_404Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_404Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_404(inputs)
	if (locale === "da") return __da.errors_title_404(inputs)
	if (locale === "sv") return __sv.errors_title_404(inputs)
	return __en.errors_title_404(inputs)
});
/**
* | output |
* | --- |
* | "Too many tries" |
*
* @param {Errors_Title_429Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_429 = /** @type {((inputs?: Errors_Title_429Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_429Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_429(inputs)
	if (locale === "da") return __da.errors_title_429(inputs)
	if (locale === "sv") return __sv.errors_title_429(inputs)
	return __en.errors_title_429(inputs)
});
/**
* | output |
* | --- |
* | "The service does not answer" |
*
* @param {Errors_Title_503Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_503 = /** @type {((inputs?: Errors_Title_503Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_503Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_503(inputs)
	if (locale === "da") return __da.errors_title_503(inputs)
	if (locale === "sv") return __sv.errors_title_503(inputs)
	return __en.errors_title_503(inputs)
});
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Errors_Title_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_title_other = /** @type {((inputs?: Errors_Title_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Title_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_title_other(inputs)
	if (locale === "da") return __da.errors_title_other(inputs)
	if (locale === "sv") return __sv.errors_title_other(inputs)
	return __en.errors_title_other(inputs)
});
/**
* | output |
* | --- |
* | "That file is too large. Choose a smaller one." |
*
* @param {Errors_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_too_large = /** @type {((inputs?: Errors_Too_LargeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Too_LargeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_too_large(inputs)
	if (locale === "da") return __da.errors_too_large(inputs)
	if (locale === "sv") return __sv.errors_too_large(inputs)
	return __en.errors_too_large(inputs)
});
/**
* | output |
* | --- |
* | "Please try again." |
*
* @param {Errors_Try_AgainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_try_again = /** @type {((inputs?: Errors_Try_AgainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Try_AgainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_try_again(inputs)
	if (locale === "da") return __da.errors_try_again(inputs)
	if (locale === "sv") return __sv.errors_try_again(inputs)
	return __en.errors_try_again(inputs)
});
/**
* | output |
* | --- |
* | "Please try again later." |
*
* @param {Errors_Try_LaterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_try_later = /** @type {((inputs?: Errors_Try_LaterInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Try_LaterInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_try_later(inputs)
	if (locale === "da") return __da.errors_try_later(inputs)
	if (locale === "sv") return __sv.errors_try_later(inputs)
	return __en.errors_try_later(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check's service does not answer just now. Try again in a minute." |
*
* @param {Errors_UnavailableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unavailable = /** @type {((inputs?: Errors_UnavailableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_UnavailableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unavailable(inputs)
	if (locale === "da") return __da.errors_unavailable(inputs)
	if (locale === "sv") return __sv.errors_unavailable(inputs)
	return __en.errors_unavailable(inputs)
});
/**
* | output |
* | --- |
* | "Only the person who resolved it can undo that. Reopen it instead." |
*
* @param {Errors_Undo_By_OtherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_undo_by_other = /** @type {((inputs?: Errors_Undo_By_OtherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Undo_By_OtherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_undo_by_other(inputs)
	if (locale === "da") return __da.errors_undo_by_other(inputs)
	if (locale === "sv") return __sv.errors_undo_by_other(inputs)
	return __en.errors_undo_by_other(inputs)
});
/**
* | output |
* | --- |
* | "Too late to undo. Reopen it instead." |
*
* @param {Errors_Undo_ExpiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_undo_expired = /** @type {((inputs?: Errors_Undo_ExpiredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Undo_ExpiredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_undo_expired(inputs)
	if (locale === "da") return __da.errors_undo_expired(inputs)
	if (locale === "sv") return __sv.errors_undo_expired(inputs)
	return __en.errors_undo_expired(inputs)
});
/**
* | output |
* | --- |
* | "Defect {id} does not exist, or you may not see it." |
*
* @param {Errors_Unknown_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_defect = /** @type {((inputs: Errors_Unknown_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unknown_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unknown_defect(inputs)
	if (locale === "da") return __da.errors_unknown_defect(inputs)
	if (locale === "sv") return __sv.errors_unknown_defect(inputs)
	return __en.errors_unknown_defect(inputs)
});
/**
* | output |
* | --- |
* | "There is no device “{id}”, or you may not see it." |
*
* @param {Errors_Unknown_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_device = /** @type {((inputs: Errors_Unknown_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unknown_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unknown_device(inputs)
	if (locale === "da") return __da.errors_unknown_device(inputs)
	if (locale === "sv") return __sv.errors_unknown_device(inputs)
	return __en.errors_unknown_device(inputs)
});
/**
* | output |
* | --- |
* | "There is no page at {path}." |
*
* @param {Errors_Unknown_PageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_page = /** @type {((inputs: Errors_Unknown_PageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unknown_PageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unknown_page(inputs)
	if (locale === "da") return __da.errors_unknown_page(inputs)
	if (locale === "sv") return __sv.errors_unknown_page(inputs)
	return __en.errors_unknown_page(inputs)
});
/**
* | output |
* | --- |
* | "Photo {id} does not exist, or you may not see it." |
*
* @param {Errors_Unknown_PhotoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_photo = /** @type {((inputs: Errors_Unknown_PhotoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unknown_PhotoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unknown_photo(inputs)
	if (locale === "da") return __da.errors_unknown_photo(inputs)
	if (locale === "sv") return __sv.errors_unknown_photo(inputs)
	return __en.errors_unknown_photo(inputs)
});
/**
* | output |
* | --- |
* | "There is no site called “{site}”, or you may not see it." |
*
* @param {Errors_Unknown_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unknown_site = /** @type {((inputs: Errors_Unknown_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unknown_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unknown_site(inputs)
	if (locale === "da") return __da.errors_unknown_site(inputs)
	if (locale === "sv") return __sv.errors_unknown_site(inputs)
	return __en.errors_unknown_site(inputs)
});
/**
* | output |
* | --- |
* | "That kind of file cannot be used here. Choose a photo (JPEG, PNG or WebP)." |
*
* @param {Errors_Unsupported_MediaInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_unsupported_media = /** @type {((inputs?: Errors_Unsupported_MediaInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Unsupported_MediaInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_unsupported_media(inputs)
	if (locale === "da") return __da.errors_unsupported_media(inputs)
	if (locale === "sv") return __sv.errors_unsupported_media(inputs)
	return __en.errors_unsupported_media(inputs)
});
/**
* | output |
* | --- |
* | "That username is taken. Choose another." |
*
* @param {Errors_Username_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_username_taken = /** @type {((inputs?: Errors_Username_TakenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Username_TakenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_username_taken(inputs)
	if (locale === "da") return __da.errors_username_taken(inputs)
	if (locale === "sv") return __sv.errors_username_taken(inputs)
	return __en.errors_username_taken(inputs)
});
/**
* | output |
* | --- |
* | "Your current password is not right. Type it again." |
*
* @param {Errors_Wrong_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const errors_wrong_password = /** @type {((inputs?: Errors_Wrong_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Errors_Wrong_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.errors_wrong_password(inputs)
	if (locale === "da") return __da.errors_wrong_password(inputs)
	if (locale === "sv") return __sv.errors_wrong_password(inputs)
	return __en.errors_wrong_password(inputs)
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
* | "Median to acknowledge" |
*
* @param {Insights_Ack_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_ack_median = /** @type {((inputs?: Insights_Ack_MedianInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Ack_MedianInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_ack_median(inputs)
	if (locale === "da") return __da.insights_ack_median(inputs)
	if (locale === "sv") return __sv.insights_ack_median(inputs)
	return __en.insights_ack_median(inputs)
});
/**
* | output |
* | --- |
* | "90th percentile to acknowledge" |
*
* @param {Insights_Ack_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_ack_p90 = /** @type {((inputs?: Insights_Ack_P90Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Ack_P90Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_ack_p90(inputs)
	if (locale === "da") return __da.insights_ack_p90(inputs)
	if (locale === "sv") return __sv.insights_ack_p90(inputs)
	return __en.insights_ack_p90(inputs)
});
/**
* | output |
* | --- |
* | "After a passed round" |
*
* @param {Insights_After_RoundInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_after_round = /** @type {((inputs?: Insights_After_RoundInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_After_RoundInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_after_round(inputs)
	if (locale === "da") return __da.insights_after_round(inputs)
	if (locale === "sv") return __sv.insights_after_round(inputs)
	return __en.insights_after_round(inputs)
});
/**
* | output |
* | --- |
* | "A sensor saw the fault minutes after a round passed the asset" |
*
* @param {Insights_After_Round_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_after_round_hint = /** @type {((inputs?: Insights_After_Round_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_After_Round_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_after_round_hint(inputs)
	if (locale === "da") return __da.insights_after_round_hint(inputs)
	if (locale === "sv") return __sv.insights_after_round_hint(inputs)
	return __en.insights_after_round_hint(inputs)
});
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Insights_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_asset = /** @type {((inputs?: Insights_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_asset(inputs)
	if (locale === "da") return __da.insights_asset(inputs)
	if (locale === "sv") return __sv.insights_asset(inputs)
	return __en.insights_asset(inputs)
});
/**
* | output |
* | --- |
* | "By category" |
*
* @param {Insights_By_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_by_category = /** @type {((inputs?: Insights_By_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_By_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_by_category(inputs)
	if (locale === "da") return __da.insights_by_category(inputs)
	if (locale === "sv") return __sv.insights_by_category(inputs)
	return __en.insights_by_category(inputs)
});
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Insights_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_category = /** @type {((inputs?: Insights_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_category(inputs)
	if (locale === "da") return __da.insights_category(inputs)
	if (locale === "sv") return __sv.insights_category(inputs)
	return __en.insights_category(inputs)
});
/**
* | output |
* | --- |
* | "Caught before customers" |
*
* @param {Insights_CaughtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_caught = /** @type {((inputs?: Insights_CaughtInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CaughtInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_caught(inputs)
	if (locale === "da") return __da.insights_caught(inputs)
	if (locale === "sv") return __sv.insights_caught(inputs)
	return __en.insights_caught(inputs)
});
/**
* | output |
* | --- |
* | "of the defects on customer-visible assets were caught before a customer reported them (by a sensor or by staff)." |
*
* @param {Insights_Caught_ShareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_caught_share = /** @type {((inputs?: Insights_Caught_ShareInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Caught_ShareInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_caught_share(inputs)
	if (locale === "da") return __da.insights_caught_share(inputs)
	if (locale === "sv") return __sv.insights_caught_share(inputs)
	return __en.insights_caught_share(inputs)
});
/**
* | output |
* | --- |
* | "{weekday} {hour}: {count}" |
*
* @param {Insights_CellInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cell = /** @type {((inputs: Insights_CellInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CellInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cell(inputs)
	if (locale === "da") return __da.insights_cell(inputs)
	if (locale === "sv") return __sv.insights_cell(inputs)
	return __en.insights_cell(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Insights_ChainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_chain = /** @type {((inputs?: Insights_ChainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_ChainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_chain(inputs)
	if (locale === "da") return __da.insights_chain(inputs)
	if (locale === "sv") return __sv.insights_chain(inputs)
	return __en.insights_chain(inputs)
});
/**
* | output |
* | --- |
* | "Staff check-ins" |
*
* @param {Insights_CheckinsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_checkins = /** @type {((inputs?: Insights_CheckinsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CheckinsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_checkins(inputs)
	if (locale === "da") return __da.insights_checkins(inputs)
	if (locale === "sv") return __sv.insights_checkins(inputs)
	return __en.insights_checkins(inputs)
});
/**
* | output |
* | --- |
* | "Checks made per day" |
*
* @param {Insights_Checks_Per_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_checks_per_day = /** @type {((inputs?: Insights_Checks_Per_DayInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Checks_Per_DayInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_checks_per_day(inputs)
	if (locale === "da") return __da.insights_checks_per_day(inputs)
	if (locale === "sv") return __sv.insights_checks_per_day(inputs)
	return __en.insights_checks_per_day(inputs)
});
/**
* | output |
* | --- |
* | "How sites compare" |
*
* @param {Insights_CompareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_compare = /** @type {((inputs?: Insights_CompareInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CompareInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_compare(inputs)
	if (locale === "da") return __da.insights_compare(inputs)
	if (locale === "sv") return __sv.insights_compare(inputs)
	return __en.insights_compare(inputs)
});
/**
* | output |
* | --- |
* | "{label} (minutes)" |
*
* @param {Insights_Csv_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_minutes = /** @type {((inputs: Insights_Csv_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Csv_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_csv_minutes(inputs)
	if (locale === "da") return __da.insights_csv_minutes(inputs)
	if (locale === "sv") return __sv.insights_csv_minutes(inputs)
	return __en.insights_csv_minutes(inputs)
});
/**
* | output |
* | --- |
* | "No such table to download: choose one on the insights page." |
*
* @param {Insights_Csv_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_refused = /** @type {((inputs?: Insights_Csv_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Csv_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_csv_refused(inputs)
	if (locale === "da") return __da.insights_csv_refused(inputs)
	if (locale === "sv") return __sv.insights_csv_refused(inputs)
	return __en.insights_csv_refused(inputs)
});
/**
* | output |
* | --- |
* | "{label} (share 0-1)" |
*
* @param {Insights_Csv_ShareInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_csv_share = /** @type {((inputs: Insights_Csv_ShareInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Csv_ShareInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_csv_share(inputs)
	if (locale === "da") return __da.insights_csv_share(inputs)
	if (locale === "sv") return __sv.insights_csv_share(inputs)
	return __en.insights_csv_share(inputs)
});
/**
* | output |
* | --- |
* | "Coefficient of variation" |
*
* @param {Insights_CvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv = /** @type {((inputs?: Insights_CvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_CvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cv(inputs)
	if (locale === "da") return __da.insights_cv(inputs)
	if (locale === "sv") return __sv.insights_cv(inputs)
	return __en.insights_cv(inputs)
});
/**
* | output |
* | --- |
* | "the sites are much alike" |
*
* @param {Insights_Cv_AlikeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_alike = /** @type {((inputs?: Insights_Cv_AlikeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Cv_AlikeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cv_alike(inputs)
	if (locale === "da") return __da.insights_cv_alike(inputs)
	if (locale === "sv") return __sv.insights_cv_alike(inputs)
	return __en.insights_cv_alike(inputs)
});
/**
* | output |
* | --- |
* | "the sites differ a lot" |
*
* @param {Insights_Cv_ApartInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_apart = /** @type {((inputs?: Insights_Cv_ApartInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Cv_ApartInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cv_apart(inputs)
	if (locale === "da") return __da.insights_cv_apart(inputs)
	if (locale === "sv") return __sv.insights_cv_apart(inputs)
	return __en.insights_cv_apart(inputs)
});
/**
* | output |
* | --- |
* | "Every site is at zero here." |
*
* @param {Insights_Cv_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_none = /** @type {((inputs?: Insights_Cv_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Cv_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cv_none(inputs)
	if (locale === "da") return __da.insights_cv_none(inputs)
	if (locale === "sv") return __sv.insights_cv_none(inputs)
	return __en.insights_cv_none(inputs)
});
/**
* | output |
* | --- |
* | "the sites differ somewhat" |
*
* @param {Insights_Cv_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_cv_some = /** @type {((inputs?: Insights_Cv_SomeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Cv_SomeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_cv_some(inputs)
	if (locale === "da") return __da.insights_cv_some(inputs)
	if (locale === "sv") return __sv.insights_cv_some(inputs)
	return __en.insights_cv_some(inputs)
});
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Insights_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_day = /** @type {((inputs?: Insights_DayInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_DayInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_day(inputs)
	if (locale === "da") return __da.insights_day(inputs)
	if (locale === "sv") return __sv.insights_day(inputs)
	return __en.insights_day(inputs)
});
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Insights_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_defects = /** @type {((inputs?: Insights_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_defects(inputs)
	if (locale === "da") return __da.insights_defects(inputs)
	if (locale === "sv") return __sv.insights_defects(inputs)
	return __en.insights_defects(inputs)
});
/**
* | output |
* | --- |
* | "Download CSV" |
*
* @param {Insights_Download_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_download_csv = /** @type {((inputs?: Insights_Download_CsvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Download_CsvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_download_csv(inputs)
	if (locale === "da") return __da.insights_download_csv(inputs)
	if (locale === "sv") return __sv.insights_download_csv(inputs)
	return __en.insights_download_csv(inputs)
});
/**
* | output |
* | --- |
* | "Far above" |
*
* @param {Insights_Far_AboveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_far_above = /** @type {((inputs?: Insights_Far_AboveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Far_AboveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_far_above(inputs)
	if (locale === "da") return __da.insights_far_above(inputs)
	if (locale === "sv") return __sv.insights_far_above(inputs)
	return __en.insights_far_above(inputs)
});
/**
* | output |
* | --- |
* | "Far below" |
*
* @param {Insights_Far_BelowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_far_below = /** @type {((inputs?: Insights_Far_BelowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Far_BelowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_far_below(inputs)
	if (locale === "da") return __da.insights_far_below(inputs)
	if (locale === "sv") return __sv.insights_far_below(inputs)
	return __en.insights_far_below(inputs)
});
/**
* | output |
* | --- |
* | "Found first by" |
*
* @param {Insights_FinderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_finder = /** @type {((inputs?: Insights_FinderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_FinderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_finder(inputs)
	if (locale === "da") return __da.insights_finder(inputs)
	if (locale === "sv") return __sv.insights_finder(inputs)
	return __en.insights_finder(inputs)
});
/**
* | output |
* | --- |
* | "Who found them first" |
*
* @param {Insights_FindersInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_finders = /** @type {((inputs?: Insights_FindersInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_FindersInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_finders(inputs)
	if (locale === "da") return __da.insights_finders(inputs)
	if (locale === "sv") return __sv.insights_finders(inputs)
	return __en.insights_finders(inputs)
});
/**
* | output |
* | --- |
* | "Hour" |
*
* @param {Insights_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_hour = /** @type {((inputs?: Insights_HourInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_HourInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_hour(inputs)
	if (locale === "da") return __da.insights_hour(inputs)
	if (locale === "sv") return __sv.insights_hour(inputs)
	return __en.insights_hour(inputs)
});
/**
* | output |
* | --- |
* | "Interquartile range" |
*
* @param {Insights_IqrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_iqr = /** @type {((inputs?: Insights_IqrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_IqrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_iqr(inputs)
	if (locale === "da") return __da.insights_iqr(inputs)
	if (locale === "sv") return __sv.insights_iqr(inputs)
	return __en.insights_iqr(inputs)
});
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
export const insights_last_days = /** @type {((inputs: Insights_Last_DaysInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Last_DaysInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_last_days(inputs)
	if (locale === "da") return __da.insights_last_days(inputs)
	if (locale === "sv") return __sv.insights_last_days(inputs)
	return __en.insights_last_days(inputs)
});
/**
* | output |
* | --- |
* | "Measure" |
*
* @param {Insights_MeasureInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_measure = /** @type {((inputs?: Insights_MeasureInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_MeasureInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure(inputs)
	if (locale === "da") return __da.insights_measure(inputs)
	if (locale === "sv") return __sv.insights_measure(inputs)
	return __en.insights_measure(inputs)
});
/**
* | output |
* | --- |
* | "Caught before customers" |
*
* @param {Insights_Measure_Caughtbeforecustomers2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
const insights_measure_caughtbeforecustomers2 = /** @type {((inputs?: Insights_Measure_Caughtbeforecustomers2Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Measure_Caughtbeforecustomers2Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure_caughtbeforecustomers2(inputs)
	if (locale === "da") return __da.insights_measure_caughtbeforecustomers2(inputs)
	if (locale === "sv") return __sv.insights_measure_caughtbeforecustomers2(inputs)
	return __en.insights_measure_caughtbeforecustomers2(inputs)
});
export { insights_measure_caughtbeforecustomers2 as "insights_measure_caughtBeforeCustomers" }
/**
* | output |
* | --- |
* | "Time to acknowledge (each site's median)" |
*
* @param {Insights_Measure_Minutestoacknowledge2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
const insights_measure_minutestoacknowledge2 = /** @type {((inputs?: Insights_Measure_Minutestoacknowledge2Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Measure_Minutestoacknowledge2Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure_minutestoacknowledge2(inputs)
	if (locale === "da") return __da.insights_measure_minutestoacknowledge2(inputs)
	if (locale === "sv") return __sv.insights_measure_minutestoacknowledge2(inputs)
	return __en.insights_measure_minutestoacknowledge2(inputs)
});
export { insights_measure_minutestoacknowledge2 as "insights_measure_minutesToAcknowledge" }
/**
* | output |
* | --- |
* | "Time to resolve (each site's median)" |
*
* @param {Insights_Measure_Minutestoresolve2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
const insights_measure_minutestoresolve2 = /** @type {((inputs?: Insights_Measure_Minutestoresolve2Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Measure_Minutestoresolve2Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure_minutestoresolve2(inputs)
	if (locale === "da") return __da.insights_measure_minutestoresolve2(inputs)
	if (locale === "sv") return __sv.insights_measure_minutestoresolve2(inputs)
	return __en.insights_measure_minutestoresolve2(inputs)
});
export { insights_measure_minutestoresolve2 as "insights_measure_minutesToResolve" }
/**
* | output |
* | --- |
* | "Defects opened per site" |
*
* @param {Insights_Measure_Openedpersite2Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
const insights_measure_openedpersite2 = /** @type {((inputs?: Insights_Measure_Openedpersite2Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Measure_Openedpersite2Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure_openedpersite2(inputs)
	if (locale === "da") return __da.insights_measure_openedpersite2(inputs)
	if (locale === "sv") return __sv.insights_measure_openedpersite2(inputs)
	return __en.insights_measure_openedpersite2(inputs)
});
export { insights_measure_openedpersite2 as "insights_measure_openedPerSite" }
/**
* | output |
* | --- |
* | "Repeat failures per site" |
*
* @param {Insights_Measure_Repeatfailures1Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
const insights_measure_repeatfailures1 = /** @type {((inputs?: Insights_Measure_Repeatfailures1Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Measure_Repeatfailures1Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_measure_repeatfailures1(inputs)
	if (locale === "da") return __da.insights_measure_repeatfailures1(inputs)
	if (locale === "sv") return __sv.insights_measure_repeatfailures1(inputs)
	return __en.insights_measure_repeatfailures1(inputs)
});
export { insights_measure_repeatfailures1 as "insights_measure_repeatFailures" }
/**
* | output |
* | --- |
* | "Median" |
*
* @param {Insights_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_median = /** @type {((inputs?: Insights_MedianInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_MedianInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_median(inputs)
	if (locale === "da") return __da.insights_median(inputs)
	if (locale === "sv") return __sv.insights_median(inputs)
	return __en.insights_median(inputs)
});
/**
* | output |
* | --- |
* | "median {median}, 90 % within {p90}" |
*
* @param {Insights_Median_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_median_p90 = /** @type {((inputs: Insights_Median_P90Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Median_P90Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_median_p90(inputs)
	if (locale === "da") return __da.insights_median_p90(inputs)
	if (locale === "sv") return __sv.insights_median_p90(inputs)
	return __en.insights_median_p90(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Insights_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_opened = /** @type {((inputs?: Insights_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_opened(inputs)
	if (locale === "da") return __da.insights_opened(inputs)
	if (locale === "sv") return __sv.insights_opened(inputs)
	return __en.insights_opened(inputs)
});
/**
* | output |
* | --- |
* | "Defects opened and resolved per day" |
*
* @param {Insights_Per_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_per_day = /** @type {((inputs?: Insights_Per_DayInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Per_DayInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_per_day(inputs)
	if (locale === "da") return __da.insights_per_day(inputs)
	if (locale === "sv") return __sv.insights_per_day(inputs)
	return __en.insights_per_day(inputs)
});
/**
* | output |
* | --- |
* | "Days in UTC." |
*
* @param {Insights_Per_Day_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_per_day_note = /** @type {((inputs?: Insights_Per_Day_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Per_Day_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_per_day_note(inputs)
	if (locale === "da") return __da.insights_per_day_note(inputs)
	if (locale === "sv") return __sv.insights_per_day_note(inputs)
	return __en.insights_per_day_note(inputs)
});
/**
* | output |
* | --- |
* | "Lower quartile" |
*
* @param {Insights_Q1Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_q1 = /** @type {((inputs?: Insights_Q1Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Q1Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_q1(inputs)
	if (locale === "da") return __da.insights_q1(inputs)
	if (locale === "sv") return __sv.insights_q1(inputs)
	return __en.insights_q1(inputs)
});
/**
* | output |
* | --- |
* | "Upper quartile" |
*
* @param {Insights_Q3Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_q3 = /** @type {((inputs?: Insights_Q3Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Q3Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_q3(inputs)
	if (locale === "da") return __da.insights_q3(inputs)
	if (locale === "sv") return __sv.insights_q3(inputs)
	return __en.insights_q3(inputs)
});
/**
* | output |
* | --- |
* | "Sensor readings" |
*
* @param {Insights_ReadingsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_readings = /** @type {((inputs?: Insights_ReadingsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_ReadingsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_readings(inputs)
	if (locale === "da") return __da.insights_readings(inputs)
	if (locale === "sv") return __sv.insights_readings(inputs)
	return __en.insights_readings(inputs)
});
/**
* | output |
* | --- |
* | "Repeat failures" |
*
* @param {Insights_Repeat_FailuresInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeat_failures = /** @type {((inputs?: Insights_Repeat_FailuresInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Repeat_FailuresInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_repeat_failures(inputs)
	if (locale === "da") return __da.insights_repeat_failures(inputs)
	if (locale === "sv") return __sv.insights_repeat_failures(inputs)
	return __en.insights_repeat_failures(inputs)
});
/**
* | output |
* | --- |
* | "Repeat failures per asset" |
*
* @param {Insights_RepeatsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats = /** @type {((inputs?: Insights_RepeatsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_RepeatsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_repeats(inputs)
	if (locale === "da") return __da.insights_repeats(inputs)
	if (locale === "sv") return __sv.insights_repeats(inputs)
	return __en.insights_repeats(inputs)
});
/**
* | output |
* | --- |
* | "No repeat failures in this window." |
*
* @param {Insights_Repeats_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats_none = /** @type {((inputs?: Insights_Repeats_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Repeats_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_repeats_none(inputs)
	if (locale === "da") return __da.insights_repeats_none(inputs)
	if (locale === "sv") return __sv.insights_repeats_none(inputs)
	return __en.insights_repeats_none(inputs)
});
/**
* | output |
* | --- |
* | "Defects opened again after a fix that did not hold." |
*
* @param {Insights_Repeats_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_repeats_note = /** @type {((inputs?: Insights_Repeats_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Repeats_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_repeats_note(inputs)
	if (locale === "da") return __da.insights_repeats_note(inputs)
	if (locale === "sv") return __sv.insights_repeats_note(inputs)
	return __en.insights_repeats_note(inputs)
});
/**
* | output |
* | --- |
* | "Median to resolve" |
*
* @param {Insights_Resolve_MedianInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolve_median = /** @type {((inputs?: Insights_Resolve_MedianInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Resolve_MedianInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_resolve_median(inputs)
	if (locale === "da") return __da.insights_resolve_median(inputs)
	if (locale === "sv") return __sv.insights_resolve_median(inputs)
	return __en.insights_resolve_median(inputs)
});
/**
* | output |
* | --- |
* | "90th percentile to resolve" |
*
* @param {Insights_Resolve_P90Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolve_p90 = /** @type {((inputs?: Insights_Resolve_P90Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Resolve_P90Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_resolve_p90(inputs)
	if (locale === "da") return __da.insights_resolve_p90(inputs)
	if (locale === "sv") return __sv.insights_resolve_p90(inputs)
	return __en.insights_resolve_p90(inputs)
});
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Insights_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_resolved = /** @type {((inputs?: Insights_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_resolved(inputs)
	if (locale === "da") return __da.insights_resolved(inputs)
	if (locale === "sv") return __sv.insights_resolved(inputs)
	return __en.insights_resolved(inputs)
});
/**
* | output |
* | --- |
* | "Sensor may be wrong" |
*
* @param {Insights_Sensor_SuspectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_sensor_suspects = /** @type {((inputs?: Insights_Sensor_SuspectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Sensor_SuspectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_sensor_suspects(inputs)
	if (locale === "da") return __da.insights_sensor_suspects(inputs)
	if (locale === "sv") return __sv.insights_sensor_suspects(inputs)
	return __en.insights_sensor_suspects(inputs)
});
/**
* | output |
* | --- |
* | "A person reported a fault a sensor said was not there" |
*
* @param {Insights_Sensor_Suspects_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_sensor_suspects_hint = /** @type {((inputs?: Insights_Sensor_Suspects_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Sensor_Suspects_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_sensor_suspects_hint(inputs)
	if (locale === "da") return __da.insights_sensor_suspects_hint(inputs)
	if (locale === "sv") return __sv.insights_sensor_suspects_hint(inputs)
	return __en.insights_sensor_suspects_hint(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Insights_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_show = /** @type {((inputs?: Insights_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_show(inputs)
	if (locale === "da") return __da.insights_show(inputs)
	if (locale === "sv") return __sv.insights_show(inputs)
	return __en.insights_show(inputs)
});
/**
* | output |
* | --- |
* | "Show as table" |
*
* @param {Insights_Show_TableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_show_table = /** @type {((inputs?: Insights_Show_TableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Show_TableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_show_table(inputs)
	if (locale === "da") return __da.insights_show_table(inputs)
	if (locale === "sv") return __sv.insights_show_table(inputs)
	return __en.insights_show_table(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Insights_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_site = /** @type {((inputs?: Insights_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_site(inputs)
	if (locale === "da") return __da.insights_site(inputs)
	if (locale === "sv") return __sv.insights_site(inputs)
	return __en.insights_site(inputs)
});
/**
* | output |
* | --- |
* | "Customer" |
*
* @param {Insights_Source_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_customer = /** @type {((inputs?: Insights_Source_CustomerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Source_CustomerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_source_customer(inputs)
	if (locale === "da") return __da.insights_source_customer(inputs)
	if (locale === "sv") return __sv.insights_source_customer(inputs)
	return __en.insights_source_customer(inputs)
});
/**
* | output |
* | --- |
* | "Sensor" |
*
* @param {Insights_Source_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_sensor = /** @type {((inputs?: Insights_Source_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Source_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_source_sensor(inputs)
	if (locale === "da") return __da.insights_source_sensor(inputs)
	if (locale === "sv") return __sv.insights_source_sensor(inputs)
	return __en.insights_source_sensor(inputs)
});
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Insights_Source_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_source_staff = /** @type {((inputs?: Insights_Source_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Source_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_source_staff(inputs)
	if (locale === "da") return __da.insights_source_staff(inputs)
	if (locale === "sv") return __sv.insights_source_staff(inputs)
	return __en.insights_source_staff(inputs)
});
/**
* | output |
* | --- |
* | "Coefficient of variation {cv}: {judgement}." |
*
* @param {Insights_Spread_CvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_cv = /** @type {((inputs: Insights_Spread_CvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_CvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_cv(inputs)
	if (locale === "da") return __da.insights_spread_cv(inputs)
	if (locale === "sv") return __sv.insights_spread_cv(inputs)
	return __en.insights_spread_cv(inputs)
});
/**
* | output |
* | --- |
* | "Sites can be compared once two or more of them have defects in the window." |
*
* @param {Insights_Spread_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_empty = /** @type {((inputs?: Insights_Spread_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_empty(inputs)
	if (locale === "da") return __da.insights_spread_empty(inputs)
	if (locale === "sv") return __sv.insights_spread_empty(inputs)
	return __en.insights_spread_empty(inputs)
});
/**
* | output |
* | --- |
* | "Far above the rest, pulling the chain apart: {sites}." |
*
* @param {Insights_Spread_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_high = /** @type {((inputs: Insights_Spread_HighInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_HighInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_high(inputs)
	if (locale === "da") return __da.insights_spread_high(inputs)
	if (locale === "sv") return __sv.insights_spread_high(inputs)
	return __en.insights_spread_high(inputs)
});
/**
* | output |
* | --- |
* | "The middle half of the sites lie between {low} and {high}: a range of {range}." |
*
* @param {Insights_Spread_IqrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_iqr = /** @type {((inputs: Insights_Spread_IqrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_IqrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_iqr(inputs)
	if (locale === "da") return __da.insights_spread_iqr(inputs)
	if (locale === "sv") return __sv.insights_spread_iqr(inputs)
	return __en.insights_spread_iqr(inputs)
});
/**
* | output |
* | --- |
* | "Far below the rest, pulling the chain apart: {sites}." |
*
* @param {Insights_Spread_LowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_low = /** @type {((inputs: Insights_Spread_LowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_LowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_low(inputs)
	if (locale === "da") return __da.insights_spread_low(inputs)
	if (locale === "sv") return __sv.insights_spread_low(inputs)
	return __en.insights_spread_low(inputs)
});
/**
* | output |
* | --- |
* | "No site lies far from the rest." |
*
* @param {Insights_Spread_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_none = /** @type {((inputs?: Insights_Spread_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_none(inputs)
	if (locale === "da") return __da.insights_spread_none(inputs)
	if (locale === "sv") return __sv.insights_spread_none(inputs)
	return __en.insights_spread_none(inputs)
});
/**
* | output |
* | --- |
* | "Spread between sites" |
*
* @param {Insights_Spread_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_title = /** @type {((inputs?: Insights_Spread_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_title(inputs)
	if (locale === "da") return __da.insights_spread_title(inputs)
	if (locale === "sv") return __sv.insights_spread_title(inputs)
	return __en.insights_spread_title(inputs)
});
/**
* | output |
* | --- |
* | "The chains with the best reputation vary least from one site to the next: a guest should meet the same care wherever they are. The smaller these spreads, the..." |
*
* @param {Insights_Spread_WhyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_spread_why = /** @type {((inputs?: Insights_Spread_WhyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Spread_WhyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_spread_why(inputs)
	if (locale === "da") return __da.insights_spread_why(inputs)
	if (locale === "sv") return __sv.insights_spread_why(inputs)
	return __en.insights_spread_why(inputs)
});
/**
* | output |
* | --- |
* | "Time to acknowledge and to resolve, by site" |
*
* @param {Insights_TimesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_times = /** @type {((inputs?: Insights_TimesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_TimesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_times(inputs)
	if (locale === "da") return __da.insights_times(inputs)
	if (locale === "sv") return __sv.insights_times(inputs)
	return __en.insights_times(inputs)
});
/**
* | output |
* | --- |
* | "The median: half the defects were acknowledged (or resolved) sooner than this. The 90th percentile: nine in ten were sooner." |
*
* @param {Insights_Times_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_times_note = /** @type {((inputs?: Insights_Times_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_Times_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_times_note(inputs)
	if (locale === "da") return __da.insights_times_note(inputs)
	if (locale === "sv") return __sv.insights_times_note(inputs)
	return __en.insights_times_note(inputs)
});
/**
* | output |
* | --- |
* | "Insights" |
*
* @param {Insights_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_title = /** @type {((inputs?: Insights_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_title(inputs)
	if (locale === "da") return __da.insights_title(inputs)
	if (locale === "sv") return __sv.insights_title(inputs)
	return __en.insights_title(inputs)
});
/**
* | output |
* | --- |
* | "To acknowledge" |
*
* @param {Insights_To_AckInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_to_ack = /** @type {((inputs?: Insights_To_AckInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_To_AckInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_to_ack(inputs)
	if (locale === "da") return __da.insights_to_ack(inputs)
	if (locale === "sv") return __sv.insights_to_ack(inputs)
	return __en.insights_to_ack(inputs)
});
/**
* | output |
* | --- |
* | "To resolve" |
*
* @param {Insights_To_ResolveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_to_resolve = /** @type {((inputs?: Insights_To_ResolveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_To_ResolveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_to_resolve(inputs)
	if (locale === "da") return __da.insights_to_resolve(inputs)
	if (locale === "sv") return __sv.insights_to_resolve(inputs)
	return __en.insights_to_resolve(inputs)
});
/**
* | output |
* | --- |
* | "Weekday" |
*
* @param {Insights_WeekdayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_weekday = /** @type {((inputs?: Insights_WeekdayInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_WeekdayInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_weekday(inputs)
	if (locale === "da") return __da.insights_weekday(inputs)
	if (locale === "sv") return __sv.insights_weekday(inputs)
	return __en.insights_weekday(inputs)
});
/**
* | output |
* | --- |
* | "When things fail" |
*
* @param {Insights_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_when = /** @type {((inputs?: Insights_WhenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_WhenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_when(inputs)
	if (locale === "da") return __da.insights_when(inputs)
	if (locale === "sv") return __sv.insights_when(inputs)
	return __en.insights_when(inputs)
});
/**
* | output |
* | --- |
* | "Defects opened by hour of day and weekday, each counted on its own site's clock." |
*
* @param {Insights_When_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_when_note = /** @type {((inputs?: Insights_When_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_When_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_when_note(inputs)
	if (locale === "da") return __da.insights_when_note(inputs)
	if (locale === "sv") return __sv.insights_when_note(inputs)
	return __en.insights_when_note(inputs)
});
/**
* | output |
* | --- |
* | "Window" |
*
* @param {Insights_WindowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const insights_window = /** @type {((inputs?: Insights_WindowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Insights_WindowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.insights_window(inputs)
	if (locale === "da") return __da.insights_window(inputs)
	if (locale === "sv") return __sv.insights_window(inputs)
	return __en.insights_window(inputs)
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
* | "one" | "{count} all fine" |
* | "other" | "{count} all fine" |
*
* @param {Overview_All_FineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_all_fine = /** @type {((inputs: Overview_All_FineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_All_FineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_all_fine(inputs)
	if (locale === "da") return __da.overview_all_fine(inputs)
	if (locale === "sv") return __sv.overview_all_fine(inputs)
	return __en.overview_all_fine(inputs)
});
/**
* | output |
* | --- |
* | "Demo" |
*
* @param {Overview_Demo_TagInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_demo_tag = /** @type {((inputs?: Overview_Demo_TagInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Demo_TagInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_demo_tag(inputs)
	if (locale === "da") return __da.overview_demo_tag(inputs)
	if (locale === "sv") return __sv.overview_demo_tag(inputs)
	return __en.overview_demo_tag(inputs)
});
/**
* | output |
* | --- |
* | "A site of the simulated demo chain" |
*
* @param {Overview_Demo_Tag_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_demo_tag_title = /** @type {((inputs?: Overview_Demo_Tag_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Demo_Tag_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_demo_tag_title(inputs)
	if (locale === "da") return __da.overview_demo_tag_title(inputs)
	if (locale === "sv") return __sv.overview_demo_tag_title(inputs)
	return __en.overview_demo_tag_title(inputs)
});
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
export const overview_need_action = /** @type {((inputs: Overview_Need_ActionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Need_ActionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_need_action(inputs)
	if (locale === "da") return __da.overview_need_action(inputs)
	if (locale === "sv") return __sv.overview_need_action(inputs)
	return __en.overview_need_action(inputs)
});
/**
* | output |
* | --- |
* | "{severity} {fault} · {asset}" |
*
* @param {Overview_NewsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_news = /** @type {((inputs: Overview_NewsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_NewsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_news(inputs)
	if (locale === "da") return __da.overview_news(inputs)
	if (locale === "sv") return __sv.overview_news(inputs)
	return __en.overview_news(inputs)
});
/**
* | output |
* | --- |
* | "{severity} {fault} · {asset} (a customer's report)" |
*
* @param {Overview_News_CustomerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_news_customer = /** @type {((inputs: Overview_News_CustomerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_News_CustomerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_news_customer(inputs)
	if (locale === "da") return __da.overview_news_customer(inputs)
	if (locale === "sv") return __sv.overview_news_customer(inputs)
	return __en.overview_news_customer(inputs)
});
/**
* | output |
* | --- |
* | "No sites yet. Set them up under Setup, import a fleet file, or start with the demo chain (pnpm start)." |
*
* @param {Overview_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_no_sites = /** @type {((inputs?: Overview_No_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_No_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_no_sites(inputs)
	if (locale === "da") return __da.overview_no_sites(inputs)
	if (locale === "sv") return __sv.overview_no_sites(inputs)
	return __en.overview_no_sites(inputs)
});
/**
* | output |
* | --- |
* | "{sites}: {needAction}, {withOpen}, {allFine}." |
*
* @param {Overview_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_summary = /** @type {((inputs: Overview_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_summary(inputs)
	if (locale === "da") return __da.overview_summary(inputs)
	if (locale === "sv") return __sv.overview_summary(inputs)
	return __en.overview_summary(inputs)
});
/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Overview_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tab = /** @type {((inputs?: Overview_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tab(inputs)
	if (locale === "da") return __da.overview_tab(inputs)
	if (locale === "sv") return __sv.overview_tab(inputs)
	return __en.overview_tab(inputs)
});
/**
* | output |
* | --- |
* | "Checks on time" |
*
* @param {Overview_Tile_ChecksInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_checks = /** @type {((inputs?: Overview_Tile_ChecksInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_ChecksInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_checks(inputs)
	if (locale === "da") return __da.overview_tile_checks(inputs)
	if (locale === "sv") return __sv.overview_tile_checks(inputs)
	return __en.overview_tile_checks(inputs)
});
/**
* | output |
* | --- |
* | "Devices off" |
*
* @param {Overview_Tile_Devices_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_devices_off = /** @type {((inputs?: Overview_Tile_Devices_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_Devices_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_devices_off(inputs)
	if (locale === "da") return __da.overview_tile_devices_off(inputs)
	if (locale === "sv") return __sv.overview_tile_devices_off(inputs)
	return __en.overview_tile_devices_off(inputs)
});
/**
* | output |
* | --- |
* | "High" |
*
* @param {Overview_Tile_HighInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_high = /** @type {((inputs?: Overview_Tile_HighInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_HighInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_high(inputs)
	if (locale === "da") return __da.overview_tile_high(inputs)
	if (locale === "sv") return __sv.overview_tile_high(inputs)
	return __en.overview_tile_high(inputs)
});
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
export const overview_tile_more = /** @type {((inputs: Overview_Tile_MoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_MoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_more(inputs)
	if (locale === "da") return __da.overview_tile_more(inputs)
	if (locale === "sv") return __sv.overview_tile_more(inputs)
	return __en.overview_tile_more(inputs)
});
/**
* | output |
* | --- |
* | "New" |
*
* @param {Overview_Tile_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_new = /** @type {((inputs?: Overview_Tile_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_new(inputs)
	if (locale === "da") return __da.overview_tile_new(inputs)
	if (locale === "sv") return __sv.overview_tile_new(inputs)
	return __en.overview_tile_new(inputs)
});
/**
* | output |
* | --- |
* | "now" |
*
* @param {Overview_Tile_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_now = /** @type {((inputs?: Overview_Tile_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_now(inputs)
	if (locale === "da") return __da.overview_tile_now(inputs)
	if (locale === "sv") return __sv.overview_tile_now(inputs)
	return __en.overview_tile_now(inputs)
});
/**
* | output |
* | --- |
* | "Oldest" |
*
* @param {Overview_Tile_OldestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_oldest = /** @type {((inputs?: Overview_Tile_OldestInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_OldestInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_oldest(inputs)
	if (locale === "da") return __da.overview_tile_oldest(inputs)
	if (locale === "sv") return __sv.overview_tile_oldest(inputs)
	return __en.overview_tile_oldest(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Overview_Tile_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_open = /** @type {((inputs?: Overview_Tile_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_open(inputs)
	if (locale === "da") return __da.overview_tile_open(inputs)
	if (locale === "sv") return __sv.overview_tile_open(inputs)
	return __en.overview_tile_open(inputs)
});
/**
* | output |
* | --- |
* | "Overdue" |
*
* @param {Overview_Tile_OverdueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_overdue = /** @type {((inputs?: Overview_Tile_OverdueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_OverdueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_overdue(inputs)
	if (locale === "da") return __da.overview_tile_overdue(inputs)
	if (locale === "sv") return __sv.overview_tile_overdue(inputs)
	return __en.overview_tile_overdue(inputs)
});
/**
* | output |
* | --- |
* | "overdue" |
*
* @param {Overview_Tile_Overdue_TagInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_overdue_tag = /** @type {((inputs?: Overview_Tile_Overdue_TagInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_Overdue_TagInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_overdue_tag(inputs)
	if (locale === "da") return __da.overview_tile_overdue_tag(inputs)
	if (locale === "sv") return __sv.overview_tile_overdue_tag(inputs)
	return __en.overview_tile_overdue_tag(inputs)
});
/**
* | output |
* | --- |
* | "Worst open defects" |
*
* @param {Overview_Tile_WorstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_tile_worst = /** @type {((inputs?: Overview_Tile_WorstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_Tile_WorstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_tile_worst(inputs)
	if (locale === "da") return __da.overview_tile_worst(inputs)
	if (locale === "sv") return __sv.overview_tile_worst(inputs)
	return __en.overview_tile_worst(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Overview_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const overview_title = /** @type {((inputs?: Overview_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_title(inputs)
	if (locale === "da") return __da.overview_title(inputs)
	if (locale === "sv") return __sv.overview_title(inputs)
	return __en.overview_title(inputs)
});
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
export const overview_with_open = /** @type {((inputs: Overview_With_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Overview_With_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.overview_with_open(inputs)
	if (locale === "da") return __da.overview_with_open(inputs)
	if (locale === "sv") return __sv.overview_with_open(inputs)
	return __en.overview_with_open(inputs)
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
* | output |
* | --- |
* | "Audit log" |
*
* @param {Reports_Export_AuditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_audit = /** @type {((inputs?: Reports_Export_AuditInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_AuditInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_audit(inputs)
	if (locale === "da") return __da.reports_export_audit(inputs)
	if (locale === "sv") return __sv.reports_export_audit(inputs)
	return __en.reports_export_audit(inputs)
});
/**
* | output |
* | --- |
* | "Every change made through Bulb Check: who, what and when." |
*
* @param {Reports_Export_Audit_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_audit_text = /** @type {((inputs?: Reports_Export_Audit_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Audit_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_audit_text(inputs)
	if (locale === "da") return __da.reports_export_audit_text(inputs)
	if (locale === "sv") return __sv.reports_export_audit_text(inputs)
	return __en.reports_export_audit_text(inputs)
});
/**
* | output |
* | --- |
* | "“From” is after “To”: swap them." |
*
* @param {Reports_Export_BackwardsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_backwards = /** @type {((inputs?: Reports_Export_BackwardsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_BackwardsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_backwards(inputs)
	if (locale === "da") return __da.reports_export_backwards(inputs)
	if (locale === "sv") return __sv.reports_export_backwards(inputs)
	return __en.reports_export_backwards(inputs)
});
/**
* | output |
* | --- |
* | "Choose what to export and its format." |
*
* @param {Reports_Export_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_choose = /** @type {((inputs?: Reports_Export_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_choose(inputs)
	if (locale === "da") return __da.reports_export_choose(inputs)
	if (locale === "sv") return __sv.reports_export_choose(inputs)
	return __en.reports_export_choose(inputs)
});
/**
* | output |
* | --- |
* | "Columns in this file" |
*
* @param {Reports_Export_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_columns = /** @type {((inputs?: Reports_Export_ColumnsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_ColumnsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_columns(inputs)
	if (locale === "da") return __da.reports_export_columns(inputs)
	if (locale === "sv") return __sv.reports_export_columns(inputs)
	return __en.reports_export_columns(inputs)
});
/**
* | output |
* | --- |
* | "Times are ISO 8601 in UTC. The file is written as it downloads: a large one shows its progress in the browser's downloads." |
*
* @param {Reports_Export_Columns_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_columns_note = /** @type {((inputs?: Reports_Export_Columns_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Columns_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_columns_note(inputs)
	if (locale === "da") return __da.reports_export_columns_note(inputs)
	if (locale === "sv") return __sv.reports_export_columns_note(inputs)
	return __en.reports_export_columns_note(inputs)
});
/**
* | output |
* | --- |
* | "CSV, for Excel, Numbers or LibreOffice" |
*
* @param {Reports_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_csv = /** @type {((inputs?: Reports_Export_CsvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_CsvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_csv(inputs)
	if (locale === "da") return __da.reports_export_csv(inputs)
	if (locale === "sv") return __sv.reports_export_csv(inputs)
	return __en.reports_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Reports_Export_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_defects = /** @type {((inputs?: Reports_Export_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_defects(inputs)
	if (locale === "da") return __da.reports_export_defects(inputs)
	if (locale === "sv") return __sv.reports_export_defects(inputs)
	return __en.reports_export_defects(inputs)
});
/**
* | output |
* | --- |
* | "Every defect opened in the period: where, what, how serious, who found it, when it was acknowledged and fixed." |
*
* @param {Reports_Export_Defects_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_defects_text = /** @type {((inputs?: Reports_Export_Defects_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Defects_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_defects_text(inputs)
	if (locale === "da") return __da.reports_export_defects_text(inputs)
	if (locale === "sv") return __sv.reports_export_defects_text(inputs)
	return __en.reports_export_defects_text(inputs)
});
/**
* | output |
* | --- |
* | "Download" |
*
* @param {Reports_Export_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_download = /** @type {((inputs?: Reports_Export_DownloadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_DownloadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_download(inputs)
	if (locale === "da") return __da.reports_export_download(inputs)
	if (locale === "sv") return __sv.reports_export_download(inputs)
	return __en.reports_export_download(inputs)
});
/**
* | output |
* | --- |
* | "Device events" |
*
* @param {Reports_Export_EventsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_events = /** @type {((inputs?: Reports_Export_EventsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_EventsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_events(inputs)
	if (locale === "da") return __da.reports_export_events(inputs)
	if (locale === "sv") return __sv.reports_export_events(inputs)
	return __en.reports_export_events(inputs)
});
/**
* | output |
* | --- |
* | "What the sensors and buttons sent that did something, as stored, for as long as events are kept (90 days unless your admin set BULBCHECK_RETENTION_DAYS). Sen..." |
*
* @param {Reports_Export_Events_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_events_text = /** @type {((inputs?: Reports_Export_Events_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Events_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_events_text(inputs)
	if (locale === "da") return __da.reports_export_events_text(inputs)
	if (locale === "sv") return __sv.reports_export_events_text(inputs)
	return __en.reports_export_events_text(inputs)
});
/**
* | output |
* | --- |
* | "Format" |
*
* @param {Reports_Export_FormatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_format = /** @type {((inputs?: Reports_Export_FormatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_FormatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_format(inputs)
	if (locale === "da") return __da.reports_export_format(inputs)
	if (locale === "sv") return __sv.reports_export_format(inputs)
	return __en.reports_export_format(inputs)
});
/**
* | output |
* | --- |
* | "From" |
*
* @param {Reports_Export_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_from = /** @type {((inputs?: Reports_Export_FromInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_FromInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_from(inputs)
	if (locale === "da") return __da.reports_export_from(inputs)
	if (locale === "sv") return __sv.reports_export_from(inputs)
	return __en.reports_export_from(inputs)
});
/**
* | output |
* | --- |
* | "Check-ins" |
*
* @param {Reports_Export_InspectionsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_inspections = /** @type {((inputs?: Reports_Export_InspectionsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_InspectionsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_inspections(inputs)
	if (locale === "da") return __da.reports_export_inspections(inputs)
	if (locale === "sv") return __sv.reports_export_inspections(inputs)
	return __en.reports_export_inspections(inputs)
});
/**
* | output |
* | --- |
* | "Every check-in at a checkpoint: when, who, what they found, and whether it was on time." |
*
* @param {Reports_Export_Inspections_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_inspections_text = /** @type {((inputs?: Reports_Export_Inspections_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Inspections_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_inspections_text(inputs)
	if (locale === "da") return __da.reports_export_inspections_text(inputs)
	if (locale === "sv") return __sv.reports_export_inspections_text(inputs)
	return __en.reports_export_inspections_text(inputs)
});
/**
* | output |
* | --- |
* | "Take your data out: for a quarterly report in a spreadsheet, or for another system. The file covers only the sites you see." |
*
* @param {Reports_Export_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_intro = /** @type {((inputs?: Reports_Export_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_intro(inputs)
	if (locale === "da") return __da.reports_export_intro(inputs)
	if (locale === "sv") return __sv.reports_export_intro(inputs)
	return __en.reports_export_intro(inputs)
});
/**
* | output |
* | --- |
* | "JSON lines, for programs" |
*
* @param {Reports_Export_JsonlInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_jsonl = /** @type {((inputs?: Reports_Export_JsonlInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_JsonlInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_jsonl(inputs)
	if (locale === "da") return __da.reports_export_jsonl(inputs)
	if (locale === "sv") return __sv.reports_export_jsonl(inputs)
	return __en.reports_export_jsonl(inputs)
});
/**
* | output |
* | --- |
* | "Last 30 days" |
*
* @param {Reports_Export_Last_30Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_last_30 = /** @type {((inputs?: Reports_Export_Last_30Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Last_30Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_last_30(inputs)
	if (locale === "da") return __da.reports_export_last_30(inputs)
	if (locale === "sv") return __sv.reports_export_last_30(inputs)
	return __en.reports_export_last_30(inputs)
});
/**
* | output |
* | --- |
* | "Last quarter" |
*
* @param {Reports_Export_Last_QuarterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_last_quarter = /** @type {((inputs?: Reports_Export_Last_QuarterInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Last_QuarterInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_last_quarter(inputs)
	if (locale === "da") return __da.reports_export_last_quarter(inputs)
	if (locale === "sv") return __sv.reports_export_last_quarter(inputs)
	return __en.reports_export_last_quarter(inputs)
});
/**
* | output |
* | --- |
* | "No site" |
*
* @param {Reports_Export_No_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_no_site = /** @type {((inputs?: Reports_Export_No_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_No_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_no_site(inputs)
	if (locale === "da") return __da.reports_export_no_site(inputs)
	if (locale === "sv") return __sv.reports_export_no_site(inputs)
	return __en.reports_export_no_site(inputs)
});
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
export const reports_export_none_ticked = /** @type {((inputs: Reports_Export_None_TickedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_None_TickedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_none_ticked(inputs)
	if (locale === "da") return __da.reports_export_none_ticked(inputs)
	if (locale === "sv") return __sv.reports_export_none_ticked(inputs)
	return __en.reports_export_none_ticked(inputs)
});
/**
* | output |
* | --- |
* | "{site}: the only site you see." |
*
* @param {Reports_Export_Only_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_only_site = /** @type {((inputs: Reports_Export_Only_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Only_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_only_site(inputs)
	if (locale === "da") return __da.reports_export_only_site(inputs)
	if (locale === "sv") return __sv.reports_export_only_site(inputs)
	return __en.reports_export_only_site(inputs)
});
/**
* | output |
* | --- |
* | "Period" |
*
* @param {Reports_Export_PeriodInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_period = /** @type {((inputs?: Reports_Export_PeriodInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_PeriodInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_period(inputs)
	if (locale === "da") return __da.reports_export_period(inputs)
	if (locale === "sv") return __sv.reports_export_period(inputs)
	return __en.reports_export_period(inputs)
});
/**
* | output |
* | --- |
* | "The export could not start: {problem}" |
*
* @param {Reports_Export_ProblemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_problem = /** @type {((inputs: Reports_Export_ProblemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_ProblemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_problem(inputs)
	if (locale === "da") return __da.reports_export_problem(inputs)
	if (locale === "sv") return __sv.reports_export_problem(inputs)
	return __en.reports_export_problem(inputs)
});
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Reports_Export_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_sites = /** @type {((inputs?: Reports_Export_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_sites(inputs)
	if (locale === "da") return __da.reports_export_sites(inputs)
	if (locale === "sv") return __sv.reports_export_sites(inputs)
	return __en.reports_export_sites(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check · Export" |
*
* @param {Reports_Export_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_tab = /** @type {((inputs?: Reports_Export_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_tab(inputs)
	if (locale === "da") return __da.reports_export_tab(inputs)
	if (locale === "sv") return __sv.reports_export_tab(inputs)
	return __en.reports_export_tab(inputs)
});
/**
* | output |
* | --- |
* | "This year" |
*
* @param {Reports_Export_This_YearInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_this_year = /** @type {((inputs?: Reports_Export_This_YearInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_This_YearInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_this_year(inputs)
	if (locale === "da") return __da.reports_export_this_year(inputs)
	if (locale === "sv") return __sv.reports_export_this_year(inputs)
	return __en.reports_export_this_year(inputs)
});
/**
* | output |
* | --- |
* | "Defect timelines" |
*
* @param {Reports_Export_TimelineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_timeline = /** @type {((inputs?: Reports_Export_TimelineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_TimelineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_timeline(inputs)
	if (locale === "da") return __da.reports_export_timeline(inputs)
	if (locale === "sv") return __sv.reports_export_timeline(inputs)
	return __en.reports_export_timeline(inputs)
});
/**
* | output |
* | --- |
* | "Each step of those defects, one row per step: opened, reported again, acknowledged, resolved, by whom." |
*
* @param {Reports_Export_Timeline_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_timeline_text = /** @type {((inputs?: Reports_Export_Timeline_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Timeline_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_timeline_text(inputs)
	if (locale === "da") return __da.reports_export_timeline_text(inputs)
	if (locale === "sv") return __sv.reports_export_timeline_text(inputs)
	return __en.reports_export_timeline_text(inputs)
});
/**
* | output |
* | --- |
* | "Export" |
*
* @param {Reports_Export_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_title = /** @type {((inputs?: Reports_Export_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_title(inputs)
	if (locale === "da") return __da.reports_export_title(inputs)
	if (locale === "sv") return __sv.reports_export_title(inputs)
	return __en.reports_export_title(inputs)
});
/**
* | output |
* | --- |
* | "To (included)" |
*
* @param {Reports_Export_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_to = /** @type {((inputs?: Reports_Export_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_to(inputs)
	if (locale === "da") return __da.reports_export_to(inputs)
	if (locale === "sv") return __sv.reports_export_to(inputs)
	return __en.reports_export_to(inputs)
});
/**
* | output |
* | --- |
* | "Days are counted in UTC." |
*
* @param {Reports_Export_Utc_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_utc_days = /** @type {((inputs?: Reports_Export_Utc_DaysInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_Utc_DaysInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_utc_days(inputs)
	if (locale === "da") return __da.reports_export_utc_days(inputs)
	if (locale === "sv") return __sv.reports_export_utc_days(inputs)
	return __en.reports_export_utc_days(inputs)
});
/**
* | output |
* | --- |
* | "What" |
*
* @param {Reports_Export_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const reports_export_what = /** @type {((inputs?: Reports_Export_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reports_Export_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.reports_export_what(inputs)
	if (locale === "da") return __da.reports_export_what(inputs)
	if (locale === "sv") return __sv.reports_export_what(inputs)
	return __en.reports_export_what(inputs)
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
* | "Assignment rules" |
*
* @param {Setup_Assignment_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_assignment_link = /** @type {((inputs?: Setup_Assignment_LinkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Assignment_LinkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_assignment_link(inputs)
	if (locale === "da") return __da.setup_assignment_link(inputs)
	if (locale === "sv") return __sv.setup_assignment_link(inputs)
	return __en.setup_assignment_link(inputs)
});
/**
* | output |
* | --- |
* | "Cancel" |
*
* @param {Setup_CancelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cancel = /** @type {((inputs?: Setup_CancelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_CancelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_cancel(inputs)
	if (locale === "da") return __da.setup_cancel(inputs)
	if (locale === "sv") return __sv.setup_cancel(inputs)
	return __en.setup_cancel(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoints" |
*
* @param {Setup_Col_CheckpointsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_checkpoints = /** @type {((inputs?: Setup_Col_CheckpointsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_CheckpointsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_checkpoints(inputs)
	if (locale === "da") return __da.setup_col_checkpoints(inputs)
	if (locale === "sv") return __sv.setup_col_checkpoints(inputs)
	return __en.setup_col_checkpoints(inputs)
});
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Setup_Col_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_devices = /** @type {((inputs?: Setup_Col_DevicesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_DevicesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_devices(inputs)
	if (locale === "da") return __da.setup_col_devices(inputs)
	if (locale === "sv") return __sv.setup_col_devices(inputs)
	return __en.setup_col_devices(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Setup_Col_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_language = /** @type {((inputs?: Setup_Col_LanguageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_LanguageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_language(inputs)
	if (locale === "da") return __da.setup_col_language(inputs)
	if (locale === "sv") return __sv.setup_col_language(inputs)
	return __en.setup_col_language(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Setup_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_site = /** @type {((inputs?: Setup_Col_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_site(inputs)
	if (locale === "da") return __da.setup_col_site(inputs)
	if (locale === "sv") return __sv.setup_col_site(inputs)
	return __en.setup_col_site(inputs)
});
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Setup_Col_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_timezone = /** @type {((inputs?: Setup_Col_TimezoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_TimezoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_timezone(inputs)
	if (locale === "da") return __da.setup_col_timezone(inputs)
	if (locale === "sv") return __sv.setup_col_timezone(inputs)
	return __en.setup_col_timezone(inputs)
});
/**
* | output |
* | --- |
* | "Create site" |
*
* @param {Setup_Create_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_create_site = /** @type {((inputs?: Setup_Create_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Create_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_create_site(inputs)
	if (locale === "da") return __da.setup_create_site(inputs)
	if (locale === "sv") return __sv.setup_create_site(inputs)
	return __en.setup_create_site(inputs)
});
/**
* | output |
* | --- |
* | "{day} closes" |
*
* @param {Setup_Day_ClosesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_closes = /** @type {((inputs: Setup_Day_ClosesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_ClosesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_closes(inputs)
	if (locale === "da") return __da.setup_day_closes(inputs)
	if (locale === "sv") return __sv.setup_day_closes(inputs)
	return __en.setup_day_closes(inputs)
});
/**
* | output |
* | --- |
* | "Friday" |
*
* @param {Setup_Day_FriInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_fri = /** @type {((inputs?: Setup_Day_FriInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_FriInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_fri(inputs)
	if (locale === "da") return __da.setup_day_fri(inputs)
	if (locale === "sv") return __sv.setup_day_fri(inputs)
	return __en.setup_day_fri(inputs)
});
/**
* | output |
* | --- |
* | "Monday" |
*
* @param {Setup_Day_MonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_mon = /** @type {((inputs?: Setup_Day_MonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_MonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_mon(inputs)
	if (locale === "da") return __da.setup_day_mon(inputs)
	if (locale === "sv") return __sv.setup_day_mon(inputs)
	return __en.setup_day_mon(inputs)
});
/**
* | output |
* | --- |
* | "{day} opens" |
*
* @param {Setup_Day_OpensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_opens = /** @type {((inputs: Setup_Day_OpensInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_OpensInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_opens(inputs)
	if (locale === "da") return __da.setup_day_opens(inputs)
	if (locale === "sv") return __sv.setup_day_opens(inputs)
	return __en.setup_day_opens(inputs)
});
/**
* | output |
* | --- |
* | "Saturday" |
*
* @param {Setup_Day_SatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_sat = /** @type {((inputs?: Setup_Day_SatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_SatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_sat(inputs)
	if (locale === "da") return __da.setup_day_sat(inputs)
	if (locale === "sv") return __sv.setup_day_sat(inputs)
	return __en.setup_day_sat(inputs)
});
/**
* | output |
* | --- |
* | "Sunday" |
*
* @param {Setup_Day_SunInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_sun = /** @type {((inputs?: Setup_Day_SunInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_SunInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_sun(inputs)
	if (locale === "da") return __da.setup_day_sun(inputs)
	if (locale === "sv") return __sv.setup_day_sun(inputs)
	return __en.setup_day_sun(inputs)
});
/**
* | output |
* | --- |
* | "Thursday" |
*
* @param {Setup_Day_ThuInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_thu = /** @type {((inputs?: Setup_Day_ThuInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_ThuInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_thu(inputs)
	if (locale === "da") return __da.setup_day_thu(inputs)
	if (locale === "sv") return __sv.setup_day_thu(inputs)
	return __en.setup_day_thu(inputs)
});
/**
* | output |
* | --- |
* | "Tuesday" |
*
* @param {Setup_Day_TueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_tue = /** @type {((inputs?: Setup_Day_TueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_TueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_tue(inputs)
	if (locale === "da") return __da.setup_day_tue(inputs)
	if (locale === "sv") return __sv.setup_day_tue(inputs)
	return __en.setup_day_tue(inputs)
});
/**
* | output |
* | --- |
* | "Wednesday" |
*
* @param {Setup_Day_WedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_day_wed = /** @type {((inputs?: Setup_Day_WedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Day_WedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_day_wed(inputs)
	if (locale === "da") return __da.setup_day_wed(inputs)
	if (locale === "sv") return __sv.setup_day_wed(inputs)
	return __en.setup_day_wed(inputs)
});
/**
* | output |
* | --- |
* | "demo" |
*
* @param {Setup_DemoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_demo = /** @type {((inputs?: Setup_DemoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_DemoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_demo(inputs)
	if (locale === "da") return __da.setup_demo(inputs)
	if (locale === "sv") return __sv.setup_demo(inputs)
	return __en.setup_demo(inputs)
});
/**
* | output |
* | --- |
* | "Keep the address to 300 characters." |
*
* @param {Setup_Err_Address_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_address_long = /** @type {((inputs?: Setup_Err_Address_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Address_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_address_long(inputs)
	if (locale === "da") return __da.setup_err_address_long(inputs)
	if (locale === "sv") return __sv.setup_err_address_long(inputs)
	return __en.setup_err_address_long(inputs)
});
/**
* | output |
* | --- |
* | "Check the fields marked below." |
*
* @param {Setup_Err_Check_FieldsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_check_fields = /** @type {((inputs?: Setup_Err_Check_FieldsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Check_FieldsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_check_fields(inputs)
	if (locale === "da") return __da.setup_err_check_fields(inputs)
	if (locale === "sv") return __sv.setup_err_check_fields(inputs)
	return __en.setup_err_check_fields(inputs)
});
/**
* | output |
* | --- |
* | "Choose a category." |
*
* @param {Setup_Err_Choose_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_category = /** @type {((inputs?: Setup_Err_Choose_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Choose_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_choose_category(inputs)
	if (locale === "da") return __da.setup_err_choose_category(inputs)
	if (locale === "sv") return __sv.setup_err_choose_category(inputs)
	return __en.setup_err_choose_category(inputs)
});
/**
* | output |
* | --- |
* | "Choose what kind of device." |
*
* @param {Setup_Err_Choose_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_kind = /** @type {((inputs?: Setup_Err_Choose_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Choose_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_choose_kind(inputs)
	if (locale === "da") return __da.setup_err_choose_kind(inputs)
	if (locale === "sv") return __sv.setup_err_choose_kind(inputs)
	return __en.setup_err_choose_kind(inputs)
});
/**
* | output |
* | --- |
* | "Choose the site's language." |
*
* @param {Setup_Err_Choose_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_choose_language = /** @type {((inputs?: Setup_Err_Choose_LanguageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Choose_LanguageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_choose_language(inputs)
	if (locale === "da") return __da.setup_err_choose_language(inputs)
	if (locale === "sv") return __sv.setup_err_choose_language(inputs)
	return __en.setup_err_choose_language(inputs)
});
/**
* | output |
* | --- |
* | "Line {line} (\"{entry}\"): write a date and \"closed\" or its hours, such as 2026-12-24 08:00-14:00." |
*
* @param {Setup_Err_Date_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_line = /** @type {((inputs: Setup_Err_Date_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Date_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_date_line(inputs)
	if (locale === "da") return __da.setup_err_date_line(inputs)
	if (locale === "sv") return __sv.setup_err_date_line(inputs)
	return __en.setup_err_date_line(inputs)
});
/**
* | output |
* | --- |
* | "Line {line}: a date's hours end on the same day ({entry})." |
*
* @param {Setup_Err_Date_OvernightInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_overnight = /** @type {((inputs: Setup_Err_Date_OvernightInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Date_OvernightInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_date_overnight(inputs)
	if (locale === "da") return __da.setup_err_date_overnight(inputs)
	if (locale === "sv") return __sv.setup_err_date_overnight(inputs)
	return __en.setup_err_date_overnight(inputs)
});
/**
* | output |
* | --- |
* | "{date} is written twice." |
*
* @param {Setup_Err_Date_TwiceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_date_twice = /** @type {((inputs: Setup_Err_Date_TwiceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Date_TwiceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_date_twice(inputs)
	if (locale === "da") return __da.setup_err_date_twice(inputs)
	if (locale === "sv") return __sv.setup_err_date_twice(inputs)
	return __en.setup_err_date_twice(inputs)
});
/**
* | output |
* | --- |
* | "Give the opening and closing time (HH:MM), or untick the day." |
*
* @param {Setup_Err_Day_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_day_hours = /** @type {((inputs?: Setup_Err_Day_HoursInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Day_HoursInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_day_hours(inputs)
	if (locale === "da") return __da.setup_err_day_hours(inputs)
	if (locale === "sv") return __sv.setup_err_day_hours(inputs)
	return __en.setup_err_day_hours(inputs)
});
/**
* | output |
* | --- |
* | "This value was not accepted: check it and save again." |
*
* @param {Setup_Err_Field_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_field_refused = /** @type {((inputs?: Setup_Err_Field_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Field_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_field_refused(inputs)
	if (locale === "da") return __da.setup_err_field_refused(inputs)
	if (locale === "sv") return __sv.setup_err_field_refused(inputs)
	return __en.setup_err_field_refused(inputs)
});
/**
* | output |
* | --- |
* | "Use lower-case letters, digits and hyphens (up to 63), starting with a letter or digit." |
*
* @param {Setup_Err_Id_FormatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_format = /** @type {((inputs?: Setup_Err_Id_FormatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Id_FormatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_id_format(inputs)
	if (locale === "da") return __da.setup_err_id_format(inputs)
	if (locale === "sv") return __sv.setup_err_id_format(inputs)
	return __en.setup_err_id_format(inputs)
});
/**
* | output |
* | --- |
* | "Give a name (or an id)." |
*
* @param {Setup_Err_Id_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_none = /** @type {((inputs?: Setup_Err_Id_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Id_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_id_none(inputs)
	if (locale === "da") return __da.setup_err_id_none(inputs)
	if (locale === "sv") return __sv.setup_err_id_none(inputs)
	return __en.setup_err_id_none(inputs)
});
/**
* | output |
* | --- |
* | "{id} is taken here: choose another id." |
*
* @param {Setup_Err_Id_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_id_taken = /** @type {((inputs: Setup_Err_Id_TakenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Id_TakenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_id_taken(inputs)
	if (locale === "da") return __da.setup_err_id_taken(inputs)
	if (locale === "sv") return __sv.setup_err_id_taken(inputs)
	return __en.setup_err_id_taken(inputs)
});
/**
* | output |
* | --- |
* | "A whole number of minutes from {min} to {max}." |
*
* @param {Setup_Err_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_minutes = /** @type {((inputs: Setup_Err_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_minutes(inputs)
	if (locale === "da") return __da.setup_err_minutes(inputs)
	if (locale === "sv") return __sv.setup_err_minutes(inputs)
	return __en.setup_err_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Give it a name." |
*
* @param {Setup_Err_Name_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_name_empty = /** @type {((inputs?: Setup_Err_Name_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Name_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_name_empty(inputs)
	if (locale === "da") return __da.setup_err_name_empty(inputs)
	if (locale === "sv") return __sv.setup_err_name_empty(inputs)
	return __en.setup_err_name_empty(inputs)
});
/**
* | output |
* | --- |
* | "Keep the name to 120 characters." |
*
* @param {Setup_Err_Name_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_name_long = /** @type {((inputs?: Setup_Err_Name_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Name_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_name_long(inputs)
	if (locale === "da") return __da.setup_err_name_long(inputs)
	if (locale === "sv") return __sv.setup_err_name_long(inputs)
	return __en.setup_err_name_long(inputs)
});
/**
* | output |
* | --- |
* | "Some fields were not accepted: check the ones marked below and save again." |
*
* @param {Setup_Err_RefusedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_refused = /** @type {((inputs?: Setup_Err_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_refused(inputs)
	if (locale === "da") return __da.setup_err_refused(inputs)
	if (locale === "sv") return __sv.setup_err_refused(inputs)
	return __en.setup_err_refused(inputs)
});
/**
* | output |
* | --- |
* | "A whole number of seconds from {min} to {max}." |
*
* @param {Setup_Err_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_seconds = /** @type {((inputs: Setup_Err_SecondsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_SecondsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_seconds(inputs)
	if (locale === "da") return __da.setup_err_seconds(inputs)
	if (locale === "sv") return __sv.setup_err_seconds(inputs)
	return __en.setup_err_seconds(inputs)
});
/**
* | output |
* | --- |
* | "Tick the checkpoints it serves, or choose all or none." |
*
* @param {Setup_Err_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_serves = /** @type {((inputs?: Setup_Err_ServesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_ServesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_serves(inputs)
	if (locale === "da") return __da.setup_err_serves(inputs)
	if (locale === "sv") return __sv.setup_err_serves(inputs)
	return __en.setup_err_serves(inputs)
});
/**
* | output |
* | --- |
* | "Choose the site's time zone from the list." |
*
* @param {Setup_Err_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_timezone = /** @type {((inputs?: Setup_Err_TimezoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_TimezoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_timezone(inputs)
	if (locale === "da") return __da.setup_err_timezone(inputs)
	if (locale === "sv") return __sv.setup_err_timezone(inputs)
	return __en.setup_err_timezone(inputs)
});
/**
* | output |
* | --- |
* | "Which site? Choose one from the list and try again." |
*
* @param {Setup_Err_Which_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_err_which_site = /** @type {((inputs?: Setup_Err_Which_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Err_Which_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_err_which_site(inputs)
	if (locale === "da") return __da.setup_err_which_site(inputs)
	if (locale === "sv") return __sv.setup_err_which_site(inputs)
	return __en.setup_err_which_site(inputs)
});
/**
* | output |
* | --- |
* | "Export as CSV" |
*
* @param {Setup_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_export_csv = /** @type {((inputs?: Setup_Export_CsvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Export_CsvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_export_csv(inputs)
	if (locale === "da") return __da.setup_export_csv(inputs)
	if (locale === "sv") return __sv.setup_export_csv(inputs)
	return __en.setup_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Export as fleet document (JSON)" |
*
* @param {Setup_Export_JsonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_export_json = /** @type {((inputs?: Setup_Export_JsonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Export_JsonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_export_json(inputs)
	if (locale === "da") return __da.setup_export_json(inputs)
	if (locale === "sv") return __sv.setup_export_json(inputs)
	return __en.setup_export_json(inputs)
});
/**
* | output |
* | --- |
* | "Address" |
*
* @param {Setup_Form_AddressInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_address = /** @type {((inputs?: Setup_Form_AddressInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_AddressInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_address(inputs)
	if (locale === "da") return __da.setup_form_address(inputs)
	if (locale === "sv") return __sv.setup_form_address(inputs)
	return __en.setup_form_address(inputs)
});
/**
* | output |
* | --- |
* | "Open around the clock" |
*
* @param {Setup_Form_AlwaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_always = /** @type {((inputs?: Setup_Form_AlwaysInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_AlwaysInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_always(inputs)
	if (locale === "da") return __da.setup_form_always(inputs)
	if (locale === "sv") return __sv.setup_form_always(inputs)
	return __en.setup_form_always(inputs)
});
/**
* | output |
* | --- |
* | "Holidays and other dates" |
*
* @param {Setup_Form_DatesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_dates = /** @type {((inputs?: Setup_Form_DatesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_DatesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_dates(inputs)
	if (locale === "da") return __da.setup_form_dates(inputs)
	if (locale === "sv") return __sv.setup_form_dates(inputs)
	return __en.setup_form_dates(inputs)
});
/**
* | output |
* | --- |
* | "(one per line: 2026-12-25 closed or 2026-12-24 08:00-14:00)" |
*
* @param {Setup_Form_Dates_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_dates_hint = /** @type {((inputs?: Setup_Form_Dates_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Dates_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_dates_hint(inputs)
	if (locale === "da") return __da.setup_form_dates_hint(inputs)
	if (locale === "sv") return __sv.setup_form_dates_hint(inputs)
	return __en.setup_form_dates_hint(inputs)
});
/**
* | output |
* | --- |
* | "Opening hours" |
*
* @param {Setup_Form_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_hours = /** @type {((inputs?: Setup_Form_HoursInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_HoursInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_hours(inputs)
	if (locale === "da") return __da.setup_form_hours(inputs)
	if (locale === "sv") return __sv.setup_form_hours(inputs)
	return __en.setup_form_hours(inputs)
});
/**
* | output |
* | --- |
* | "(overdue checks and alerts count only while open)" |
*
* @param {Setup_Form_Hours_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_hours_hint = /** @type {((inputs?: Setup_Form_Hours_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Hours_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_hours_hint(inputs)
	if (locale === "da") return __da.setup_form_hours_hint(inputs)
	if (locale === "sv") return __sv.setup_form_hours_hint(inputs)
	return __en.setup_form_hours_hint(inputs)
});
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_Form_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_id = /** @type {((inputs?: Setup_Form_IdInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_IdInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_id(inputs)
	if (locale === "da") return __da.setup_form_id(inputs)
	if (locale === "sv") return __sv.setup_form_id(inputs)
	return __en.setup_form_id(inputs)
});
/**
* | output |
* | --- |
* | "(in addresses and device topics; made from the name if left empty; cannot change later)" |
*
* @param {Setup_Form_Id_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_id_hint = /** @type {((inputs?: Setup_Form_Id_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Id_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_id_hint(inputs)
	if (locale === "da") return __da.setup_form_id_hint(inputs)
	if (locale === "sv") return __sv.setup_form_id_hint(inputs)
	return __en.setup_form_id_hint(inputs)
});
/**
* | output |
* | --- |
* | "Language" |
*
* @param {Setup_Form_LanguageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_language = /** @type {((inputs?: Setup_Form_LanguageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_LanguageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_language(inputs)
	if (locale === "da") return __da.setup_form_language(inputs)
	if (locale === "sv") return __sv.setup_form_language(inputs)
	return __en.setup_form_language(inputs)
});
/**
* | output |
* | --- |
* | "(QR page, labels, reports)" |
*
* @param {Setup_Form_Language_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_language_hint = /** @type {((inputs?: Setup_Form_Language_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Language_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_language_hint(inputs)
	if (locale === "da") return __da.setup_form_language_hint(inputs)
	if (locale === "sv") return __sv.setup_form_language_hint(inputs)
	return __en.setup_form_language_hint(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Setup_Form_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_name = /** @type {((inputs?: Setup_Form_NameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_NameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_name(inputs)
	if (locale === "da") return __da.setup_form_name(inputs)
	if (locale === "sv") return __sv.setup_form_name(inputs)
	return __en.setup_form_name(inputs)
});
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Setup_Form_TimezoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_timezone = /** @type {((inputs?: Setup_Form_TimezoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_TimezoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_timezone(inputs)
	if (locale === "da") return __da.setup_form_timezone(inputs)
	if (locale === "sv") return __sv.setup_form_timezone(inputs)
	return __en.setup_form_timezone(inputs)
});
/**
* | output |
* | --- |
* | "An unticked day is closed. A closing time before the opening time runs past midnight; 00:00 closes at midnight." |
*
* @param {Setup_Form_Week_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_week_hint = /** @type {((inputs?: Setup_Form_Week_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Week_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_week_hint(inputs)
	if (locale === "da") return __da.setup_form_week_hint(inputs)
	if (locale === "sv") return __sv.setup_form_week_hint(inputs)
	return __en.setup_form_week_hint(inputs)
});
/**
* | output |
* | --- |
* | "Opening hours by weekday" |
*
* @param {Setup_Form_WeeklyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_weekly = /** @type {((inputs?: Setup_Form_WeeklyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_WeeklyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_weekly(inputs)
	if (locale === "da") return __da.setup_form_weekly(inputs)
	if (locale === "sv") return __sv.setup_form_weekly(inputs)
	return __en.setup_form_weekly(inputs)
});
/**
* | output |
* | --- |
* | "Everywhere" |
*
* @param {Setup_Form_Zones_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_zones_all = /** @type {((inputs?: Setup_Form_Zones_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Zones_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_zones_all(inputs)
	if (locale === "da") return __da.setup_form_zones_all(inputs)
	if (locale === "sv") return __sv.setup_form_zones_all(inputs)
	return __en.setup_form_zones_all(inputs)
});
/**
* | output |
* | --- |
* | "Nordic and nearby" |
*
* @param {Setup_Form_Zones_NearInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_form_zones_near = /** @type {((inputs?: Setup_Form_Zones_NearInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Form_Zones_NearInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_form_zones_near(inputs)
	if (locale === "da") return __da.setup_form_zones_near(inputs)
	if (locale === "sv") return __sv.setup_form_zones_near(inputs)
	return __en.setup_form_zones_near(inputs)
});
/**
* | output |
* | --- |
* | "Import from CSV" |
*
* @param {Setup_Import_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_import_link = /** @type {((inputs?: Setup_Import_LinkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Import_LinkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_import_link(inputs)
	if (locale === "da") return __da.setup_import_link(inputs)
	if (locale === "sv") return __sv.setup_import_link(inputs)
	return __en.setup_import_link(inputs)
});
/**
* | output |
* | --- |
* | "Sites, their zones, assets, checkpoints and devices. Admins create and retire sites; managers set up what is in their own sites." |
*
* @param {Setup_Intro_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_intro_admin = /** @type {((inputs?: Setup_Intro_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Intro_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_intro_admin(inputs)
	if (locale === "da") return __da.setup_intro_admin(inputs)
	if (locale === "sv") return __sv.setup_intro_admin(inputs)
	return __en.setup_intro_admin(inputs)
});
/**
* | output |
* | --- |
* | "Sites, their zones, assets, checkpoints and devices. You set up what is in your own sites." |
*
* @param {Setup_Intro_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_intro_manager = /** @type {((inputs?: Setup_Intro_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Intro_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_intro_manager(inputs)
	if (locale === "da") return __da.setup_intro_manager(inputs)
	if (locale === "sv") return __sv.setup_intro_manager(inputs)
	return __en.setup_intro_manager(inputs)
});
/**
* | output |
* | --- |
* | "New site" |
*
* @param {Setup_New_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_new_site = /** @type {((inputs?: Setup_New_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_New_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_new_site(inputs)
	if (locale === "da") return __da.setup_new_site(inputs)
	if (locale === "sv") return __sv.setup_new_site(inputs)
	return __en.setup_new_site(inputs)
});
/**
* | output |
* | --- |
* | "Next: its zones, assets, checkpoints and devices." |
*
* @param {Setup_New_Site_NextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_new_site_next = /** @type {((inputs?: Setup_New_Site_NextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_New_Site_NextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_new_site_next(inputs)
	if (locale === "da") return __da.setup_new_site_next(inputs)
	if (locale === "sv") return __sv.setup_new_site_next(inputs)
	return __en.setup_new_site_next(inputs)
});
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Setup_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites = /** @type {((inputs?: Setup_No_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites(inputs)
	if (locale === "da") return __da.setup_no_sites(inputs)
	if (locale === "sv") return __sv.setup_no_sites(inputs)
	return __en.setup_no_sites(inputs)
});
/**
* | output |
* | --- |
* | "(a template is there to start from)." |
*
* @param {Setup_No_Sites_Admin_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_after = /** @type {((inputs?: Setup_No_Sites_Admin_AfterInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Sites_Admin_AfterInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites_admin_after(inputs)
	if (locale === "da") return __da.setup_no_sites_admin_after(inputs)
	if (locale === "sv") return __sv.setup_no_sites_admin_after(inputs)
	return __en.setup_no_sites_admin_after(inputs)
});
/**
* | output |
* | --- |
* | "Create the first one with" |
*
* @param {Setup_No_Sites_Admin_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_before = /** @type {((inputs?: Setup_No_Sites_Admin_BeforeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Sites_Admin_BeforeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites_admin_before(inputs)
	if (locale === "da") return __da.setup_no_sites_admin_before(inputs)
	if (locale === "sv") return __sv.setup_no_sites_admin_before(inputs)
	return __en.setup_no_sites_admin_before(inputs)
});
/**
* | output |
* | --- |
* | "or" |
*
* @param {Setup_No_Sites_Admin_OrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_admin_or = /** @type {((inputs?: Setup_No_Sites_Admin_OrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Sites_Admin_OrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites_admin_or(inputs)
	if (locale === "da") return __da.setup_no_sites_admin_or(inputs)
	if (locale === "sv") return __sv.setup_no_sites_admin_or(inputs)
	return __en.setup_no_sites_admin_or(inputs)
});
/**
* | output |
* | --- |
* | "import a chain from a CSV file" |
*
* @param {Setup_No_Sites_ImportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_import = /** @type {((inputs?: Setup_No_Sites_ImportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Sites_ImportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites_import(inputs)
	if (locale === "da") return __da.setup_no_sites_import(inputs)
	if (locale === "sv") return __sv.setup_no_sites_import(inputs)
	return __en.setup_no_sites_import(inputs)
});
/**
* | output |
* | --- |
* | "An admin creates sites; ask one to give you a site to manage." |
*
* @param {Setup_No_Sites_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_sites_manager = /** @type {((inputs?: Setup_No_Sites_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Sites_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_sites_manager(inputs)
	if (locale === "da") return __da.setup_no_sites_manager(inputs)
	if (locale === "sv") return __sv.setup_no_sites_manager(inputs)
	return __en.setup_no_sites_manager(inputs)
});
/**
* | output |
* | --- |
* | "Restore" |
*
* @param {Setup_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore = /** @type {((inputs?: Setup_RestoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_RestoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_restore(inputs)
	if (locale === "da") return __da.setup_restore(inputs)
	if (locale === "sv") return __sv.setup_restore(inputs)
	return __en.setup_restore(inputs)
});
/**
* | output |
* | --- |
* | "{site} is back in service, with what was retired with it." |
*
* @param {Setup_RestoredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restored = /** @type {((inputs: Setup_RestoredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_RestoredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_restored(inputs)
	if (locale === "da") return __da.setup_restored(inputs)
	if (locale === "sv") return __sv.setup_restored(inputs)
	return __en.setup_restored(inputs)
});
/**
* | output |
* | --- |
* | "Off the boards and out of the alerts; their history and reports stay." |
*
* @param {Setup_Retired_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_intro = /** @type {((inputs?: Setup_Retired_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_intro(inputs)
	if (locale === "da") return __da.setup_retired_intro(inputs)
	if (locale === "sv") return __sv.setup_retired_intro(inputs)
	return __en.setup_retired_intro(inputs)
});
/**
* | output |
* | --- |
* | "Retired sites" |
*
* @param {Setup_Retired_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_title = /** @type {((inputs?: Setup_Retired_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_title(inputs)
	if (locale === "da") return __da.setup_retired_title(inputs)
	if (locale === "sv") return __sv.setup_retired_title(inputs)
	return __en.setup_retired_title(inputs)
});
/**
* | output |
* | --- |
* | "Set up" |
*
* @param {Setup_Set_UpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_set_up = /** @type {((inputs?: Setup_Set_UpInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Set_UpInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_set_up(inputs)
	if (locale === "da") return __da.setup_set_up(inputs)
	if (locale === "sv") return __sv.setup_set_up(inputs)
	return __en.setup_set_up(inputs)
});
/**
* | output |
* | --- |
* | "Setup" |
*
* @param {Setup_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_title = /** @type {((inputs?: Setup_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_title(inputs)
	if (locale === "da") return __da.setup_title(inputs)
	if (locale === "sv") return __sv.setup_title(inputs)
	return __en.setup_title(inputs)
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
* | output |
* | --- |
* | "working" |
*
* @param {Site_Asset_OkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_asset_ok = /** @type {((inputs?: Site_Asset_OkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Asset_OkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_asset_ok(inputs)
	if (locale === "da") return __da.site_asset_ok(inputs)
	if (locale === "sv") return __sv.site_asset_ok(inputs)
	return __en.site_asset_ok(inputs)
});
/**
* | output |
* | --- |
* | "Assets: {ok} fine, {defect} with defects, {unknown} unknown (sensor offline)" |
*
* @param {Site_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_assets = /** @type {((inputs: Site_AssetsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_AssetsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_assets(inputs)
	if (locale === "da") return __da.site_assets(inputs)
	if (locale === "sv") return __sv.site_assets(inputs)
	return __en.site_assets(inputs)
});
/**
* | output |
* | --- |
* | "Caught before a customer reported it:" |
*
* @param {Site_Caught_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_caught_before = /** @type {((inputs?: Site_Caught_BeforeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Caught_BeforeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_caught_before(inputs)
	if (locale === "da") return __da.site_caught_before(inputs)
	if (locale === "sv") return __sv.site_caught_before(inputs)
	return __en.site_caught_before(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoint {name}: every {interval}, last check {last}" |
*
* @param {Site_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint = /** @type {((inputs: Site_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_checkpoint(inputs)
	if (locale === "da") return __da.site_checkpoint(inputs)
	if (locale === "sv") return __sv.site_checkpoint(inputs)
	return __en.site_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "{age} ago" |
*
* @param {Site_Checkpoint_AgoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_ago = /** @type {((inputs: Site_Checkpoint_AgoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Checkpoint_AgoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_checkpoint_ago(inputs)
	if (locale === "da") return __da.site_checkpoint_ago(inputs)
	if (locale === "sv") return __sv.site_checkpoint_ago(inputs)
	return __en.site_checkpoint_ago(inputs)
});
/**
* | output |
* | --- |
* | "never" |
*
* @param {Site_Checkpoint_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_never = /** @type {((inputs?: Site_Checkpoint_NeverInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Checkpoint_NeverInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_checkpoint_never(inputs)
	if (locale === "da") return __da.site_checkpoint_never(inputs)
	if (locale === "sv") return __sv.site_checkpoint_never(inputs)
	return __en.site_checkpoint_never(inputs)
});
/**
* | output |
* | --- |
* | "just now" |
*
* @param {Site_Checkpoint_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checkpoint_now = /** @type {((inputs?: Site_Checkpoint_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Checkpoint_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_checkpoint_now(inputs)
	if (locale === "da") return __da.site_checkpoint_now(inputs)
	if (locale === "sv") return __sv.site_checkpoint_now(inputs)
	return __en.site_checkpoint_now(inputs)
});
/**
* | output |
* | --- |
* | "checks on time {onTime}/{checkpoints}" |
*
* @param {Site_Checks_On_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_checks_on_time = /** @type {((inputs: Site_Checks_On_TimeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Checks_On_TimeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_checks_on_time(inputs)
	if (locale === "da") return __da.site_checks_on_time(inputs)
	if (locale === "sv") return __sv.site_checks_on_time(inputs)
	return __en.site_checks_on_time(inputs)
});
/**
* | output |
* | --- |
* | "{open} open ({high} high, {medium} medium, {low} low) · {overdue} overdue · oldest {oldest}" |
*
* @param {Site_CountsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_counts = /** @type {((inputs: Site_CountsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_CountsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_counts(inputs)
	if (locale === "da") return __da.site_counts(inputs)
	if (locale === "sv") return __sv.site_counts(inputs)
	return __en.site_counts(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Site_Crumb_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_crumb_all = /** @type {((inputs?: Site_Crumb_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Crumb_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_crumb_all(inputs)
	if (locale === "da") return __da.site_crumb_all(inputs)
	if (locale === "sv") return __sv.site_crumb_all(inputs)
	return __en.site_crumb_all(inputs)
});
/**
* | output |
* | --- |
* | "defect #{id}" |
*
* @param {Site_Defect_NumberInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_defect_number = /** @type {((inputs: Site_Defect_NumberInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Defect_NumberInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_defect_number(inputs)
	if (locale === "da") return __da.site_defect_number(inputs)
	if (locale === "sv") return __sv.site_defect_number(inputs)
	return __en.site_defect_number(inputs)
});
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Site_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_devices = /** @type {((inputs?: Site_DevicesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_DevicesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_devices(inputs)
	if (locale === "da") return __da.site_devices(inputs)
	if (locale === "sv") return __sv.site_devices(inputs)
	return __en.site_devices(inputs)
});
/**
* | output |
* | --- |
* | "{offline} of {total} devices offline" |
*
* @param {Site_Devices_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_devices_off = /** @type {((inputs: Site_Devices_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Devices_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_devices_off(inputs)
	if (locale === "da") return __da.site_devices_off(inputs)
	if (locale === "sv") return __sv.site_devices_off(inputs)
	return __en.site_devices_off(inputs)
});
/**
* | output |
* | --- |
* | "Inspections on time:" |
*
* @param {Site_Inspections_On_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_inspections_on_time = /** @type {((inputs?: Site_Inspections_On_TimeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Inspections_On_TimeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_inspections_on_time(inputs)
	if (locale === "da") return __da.site_inspections_on_time(inputs)
	if (locale === "sv") return __sv.site_inspections_on_time(inputs)
	return __en.site_inspections_on_time(inputs)
});
/**
* | output |
* | --- |
* | "({onTime} on time, {missed} missed)" |
*
* @param {Site_Inspections_SplitInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_inspections_split = /** @type {((inputs: Site_Inspections_SplitInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Inspections_SplitInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_inspections_split(inputs)
	if (locale === "da") return __da.site_inspections_split(inputs)
	if (locale === "sv") return __sv.site_inspections_split(inputs)
	return __en.site_inspections_split(inputs)
});
/**
* | output |
* | --- |
* | "Last 14 days" |
*
* @param {Site_Last_DaysInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_last_days = /** @type {((inputs?: Site_Last_DaysInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Last_DaysInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_last_days(inputs)
	if (locale === "da") return __da.site_last_days(inputs)
	if (locale === "sv") return __sv.site_last_days(inputs)
	return __en.site_last_days(inputs)
});
/**
* | output |
* | --- |
* | "Nothing open. Every basic thing here is fine." |
*
* @param {Site_Nothing_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_nothing_open = /** @type {((inputs?: Site_Nothing_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Nothing_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_nothing_open(inputs)
	if (locale === "da") return __da.site_nothing_open(inputs)
	if (locale === "sv") return __sv.site_nothing_open(inputs)
	return __en.site_nothing_open(inputs)
});
/**
* | output |
* | --- |
* | "Open defects" |
*
* @param {Site_Open_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_open_defects = /** @type {((inputs?: Site_Open_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Open_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_open_defects(inputs)
	if (locale === "da") return __da.site_open_defects(inputs)
	if (locale === "sv") return __sv.site_open_defects(inputs)
	return __en.site_open_defects(inputs)
});
/**
* | output |
* | --- |
* | "Print QR labels" |
*
* @param {Site_Print_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_print_labels = /** @type {((inputs?: Site_Print_LabelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Print_LabelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_print_labels(inputs)
	if (locale === "da") return __da.site_print_labels(inputs)
	if (locale === "sv") return __sv.site_print_labels(inputs)
	return __en.site_print_labels(inputs)
});
/**
* | output |
* | --- |
* | "A sheet of the QR codes guests scan to report a problem, one per customer-visible asset" |
*
* @param {Site_Print_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_print_labels_title = /** @type {((inputs?: Site_Print_Labels_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Print_Labels_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_print_labels_title(inputs)
	if (locale === "da") return __da.site_print_labels_title(inputs)
	if (locale === "sv") return __sv.site_print_labels_title(inputs)
	return __en.site_print_labels_title(inputs)
});
/**
* | output |
* | --- |
* | "Print the QR code guests scan to report a problem here" |
*
* @param {Site_Qr_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_qr_title = /** @type {((inputs?: Site_Qr_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Qr_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_qr_title(inputs)
	if (locale === "da") return __da.site_qr_title(inputs)
	if (locale === "sv") return __sv.site_qr_title(inputs)
	return __en.site_qr_title(inputs)
});
/**
* | output |
* | --- |
* | "Report another" |
*
* @param {Site_Report_AnotherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_another = /** @type {((inputs?: Site_Report_AnotherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_AnotherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_another(inputs)
	if (locale === "da") return __da.site_report_another(inputs)
	if (locale === "sv") return __sv.site_report_another(inputs)
	return __en.site_report_another(inputs)
});
/**
* | output |
* | --- |
* | "Report" |
*
* @param {Site_Report_HereInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_here = /** @type {((inputs?: Site_Report_HereInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_HereInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_here(inputs)
	if (locale === "da") return __da.site_report_here(inputs)
	if (locale === "sv") return __sv.site_report_here(inputs)
	return __en.site_report_here(inputs)
});
/**
* | output |
* | --- |
* | "Report a fault here" |
*
* @param {Site_Report_Here_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_here_title = /** @type {((inputs?: Site_Report_Here_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_Here_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_here_title(inputs)
	if (locale === "da") return __da.site_report_here_title(inputs)
	if (locale === "sv") return __sv.site_report_here_title(inputs)
	return __en.site_report_here_title(inputs)
});
/**
* | output |
* | --- |
* | "Added to the open defect" |
*
* @param {Site_Reported_MergedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_merged = /** @type {((inputs?: Site_Reported_MergedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Reported_MergedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_reported_merged(inputs)
	if (locale === "da") return __da.site_reported_merged(inputs)
	if (locale === "sv") return __sv.site_reported_merged(inputs)
	return __en.site_reported_merged(inputs)
});
/**
* | output |
* | --- |
* | "Reported" |
*
* @param {Site_Reported_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_opened = /** @type {((inputs?: Site_Reported_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Reported_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_reported_opened(inputs)
	if (locale === "da") return __da.site_reported_opened(inputs)
	if (locale === "sv") return __sv.site_reported_opened(inputs)
	return __en.site_reported_opened(inputs)
});
/**
* | output |
* | --- |
* | "{fault} on {asset}" |
*
* @param {Site_Reported_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_reported_what = /** @type {((inputs: Site_Reported_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Reported_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_reported_what(inputs)
	if (locale === "da") return __da.site_reported_what(inputs)
	if (locale === "sv") return __sv.site_reported_what(inputs)
	return __en.site_reported_what(inputs)
});
/**
* | output |
* | --- |
* | "Set up" |
*
* @param {Site_Setup_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_setup_link = /** @type {((inputs?: Site_Setup_LinkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Setup_LinkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_setup_link(inputs)
	if (locale === "da") return __da.site_setup_link(inputs)
	if (locale === "sv") return __sv.site_setup_link(inputs)
	return __en.site_setup_link(inputs)
});
/**
* | output |
* | --- |
* | "Zones, assets, checkpoints, devices and hours of this site" |
*
* @param {Site_Setup_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_setup_title = /** @type {((inputs?: Site_Setup_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Setup_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_setup_title(inputs)
	if (locale === "da") return __da.site_setup_title(inputs)
	if (locale === "sv") return __sv.site_setup_title(inputs)
	return __en.site_setup_title(inputs)
});
/**
* | output |
* | --- |
* | "Times in {zone}" |
*
* @param {Site_Times_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_times_in = /** @type {((inputs: Site_Times_InInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Times_InInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_times_in(inputs)
	if (locale === "da") return __da.site_times_in(inputs)
	if (locale === "sv") return __sv.site_times_in(inputs)
	return __en.site_times_in(inputs)
});
/**
* | output |
* | --- |
* | "Defects opened and resolved per day at this site" |
*
* @param {Site_Trend_ChartInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_chart = /** @type {((inputs?: Site_Trend_ChartInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Trend_ChartInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_trend_chart(inputs)
	if (locale === "da") return __da.site_trend_chart(inputs)
	if (locale === "sv") return __sv.site_trend_chart(inputs)
	return __en.site_trend_chart(inputs)
});
/**
* | output |
* | --- |
* | "Day" |
*
* @param {Site_Trend_DayInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_day = /** @type {((inputs?: Site_Trend_DayInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Trend_DayInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_trend_day(inputs)
	if (locale === "da") return __da.site_trend_day(inputs)
	if (locale === "sv") return __sv.site_trend_day(inputs)
	return __en.site_trend_day(inputs)
});
/**
* | output |
* | --- |
* | "Opened" |
*
* @param {Site_Trend_OpenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_opened = /** @type {((inputs?: Site_Trend_OpenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Trend_OpenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_trend_opened(inputs)
	if (locale === "da") return __da.site_trend_opened(inputs)
	if (locale === "sv") return __sv.site_trend_opened(inputs)
	return __en.site_trend_opened(inputs)
});
/**
* | output |
* | --- |
* | "Resolved" |
*
* @param {Site_Trend_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_resolved = /** @type {((inputs?: Site_Trend_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Trend_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_trend_resolved(inputs)
	if (locale === "da") return __da.site_trend_resolved(inputs)
	if (locale === "sv") return __sv.site_trend_resolved(inputs)
	return __en.site_trend_resolved(inputs)
});
/**
* | output |
* | --- |
* | "Show as a table" |
*
* @param {Site_Trend_TableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_trend_table = /** @type {((inputs?: Site_Trend_TableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Trend_TableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_trend_table(inputs)
	if (locale === "da") return __da.site_trend_table(inputs)
	if (locale === "sv") return __sv.site_trend_table(inputs)
	return __en.site_trend_table(inputs)
});
/**
* | output |
* | --- |
* | "unknown: its sensor is offline" |
*
* @param {Site_Unknown_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_unknown_note = /** @type {((inputs?: Site_Unknown_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Unknown_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_unknown_note(inputs)
	if (locale === "da") return __da.site_unknown_note(inputs)
	if (locale === "sv") return __sv.site_unknown_note(inputs)
	return __en.site_unknown_note(inputs)
});
/**
* | output |
* | --- |
* | "QR labels" |
*
* @param {Site_Zone_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_labels = /** @type {((inputs?: Site_Zone_LabelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Zone_LabelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_zone_labels(inputs)
	if (locale === "da") return __da.site_zone_labels(inputs)
	if (locale === "sv") return __sv.site_zone_labels(inputs)
	return __en.site_zone_labels(inputs)
});
/**
* | output |
* | --- |
* | "Print the QR labels of {zone}" |
*
* @param {Site_Zone_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zone_labels_title = /** @type {((inputs: Site_Zone_Labels_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Zone_Labels_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_zone_labels_title(inputs)
	if (locale === "da") return __da.site_zone_labels_title(inputs)
	if (locale === "sv") return __sv.site_zone_labels_title(inputs)
	return __en.site_zone_labels_title(inputs)
});
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
export const site_zone_unknown = /** @type {((inputs: Site_Zone_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Zone_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_zone_unknown(inputs)
	if (locale === "da") return __da.site_zone_unknown(inputs)
	if (locale === "sv") return __sv.site_zone_unknown(inputs)
	return __en.site_zone_unknown(inputs)
});
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
export const site_zone_with_defects = /** @type {((inputs: Site_Zone_With_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Zone_With_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_zone_with_defects(inputs)
	if (locale === "da") return __da.site_zone_with_defects(inputs)
	if (locale === "sv") return __sv.site_zone_with_defects(inputs)
	return __en.site_zone_with_defects(inputs)
});
/**
* | output |
* | --- |
* | "Zones" |
*
* @param {Site_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_zones = /** @type {((inputs?: Site_ZonesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_ZonesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_zones(inputs)
	if (locale === "da") return __da.site_zones(inputs)
	if (locale === "sv") return __sv.site_zones(inputs)
	return __en.site_zones(inputs)
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
* | "a moment" |
*
* @param {Work_A_MomentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_a_moment = /** @type {((inputs?: Work_A_MomentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_A_MomentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_a_moment(inputs)
	if (locale === "da") return __da.work_a_moment(inputs)
	if (locale === "sv") return __sv.work_a_moment(inputs)
	return __en.work_a_moment(inputs)
});
/**
* | output |
* | --- |
* | "Acknowledge" |
*
* @param {Work_AcknowledgeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_acknowledge = /** @type {((inputs?: Work_AcknowledgeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_AcknowledgeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_acknowledge(inputs)
	if (locale === "da") return __da.work_acknowledge(inputs)
	if (locale === "sv") return __sv.work_acknowledge(inputs)
	return __en.work_acknowledge(inputs)
});
/**
* | output |
* | --- |
* | "Acknowledged." |
*
* @param {Work_AcknowledgedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_acknowledged = /** @type {((inputs?: Work_AcknowledgedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_AcknowledgedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_acknowledged(inputs)
	if (locale === "da") return __da.work_acknowledged(inputs)
	if (locale === "sv") return __sv.work_acknowledged(inputs)
	return __en.work_acknowledged(inputs)
});
/**
* | output |
* | --- |
* | "Add comment" |
*
* @param {Work_Add_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_add_comment = /** @type {((inputs?: Work_Add_CommentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Add_CommentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_add_comment(inputs)
	if (locale === "da") return __da.work_add_comment(inputs)
	if (locale === "sv") return __sv.work_add_comment(inputs)
	return __en.work_add_comment(inputs)
});
/**
* | output |
* | --- |
* | "All open defects ›" |
*
* @param {Work_All_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_all_open = /** @type {((inputs?: Work_All_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_All_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_all_open(inputs)
	if (locale === "da") return __da.work_all_open(inputs)
	if (locale === "sv") return __sv.work_all_open(inputs)
	return __en.work_all_open(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to {name}." |
*
* @param {Work_Assigned_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_assigned_to = /** @type {((inputs: Work_Assigned_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Assigned_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_assigned_to(inputs)
	if (locale === "da") return __da.work_assigned_to(inputs)
	if (locale === "sv") return __sv.work_assigned_to(inputs)
	return __en.work_assigned_to(inputs)
});
/**
* | output |
* | --- |
* | "Choose who should do it." |
*
* @param {Work_Choose_AssigneeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_choose_assignee = /** @type {((inputs?: Work_Choose_AssigneeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Choose_AssigneeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_choose_assignee(inputs)
	if (locale === "da") return __da.work_choose_assignee(inputs)
	if (locale === "sv") return __sv.work_choose_assignee(inputs)
	return __en.work_choose_assignee(inputs)
});
/**
* | output |
* | --- |
* | "Choose the new due date and time." |
*
* @param {Work_Choose_DueInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_choose_due = /** @type {((inputs?: Work_Choose_DueInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Choose_DueInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_choose_due(inputs)
	if (locale === "da") return __da.work_choose_due(inputs)
	if (locale === "sv") return __sv.work_choose_due(inputs)
	return __en.work_choose_due(inputs)
});
/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Work_CommentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment = /** @type {((inputs?: Work_CommentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_CommentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment(inputs)
	if (locale === "da") return __da.work_comment(inputs)
	if (locale === "sv") return __sv.work_comment(inputs)
	return __en.work_comment(inputs)
});
/**
* | output |
* | --- |
* | "Comment added." |
*
* @param {Work_Comment_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_added = /** @type {((inputs?: Work_Comment_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Comment_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment_added(inputs)
	if (locale === "da") return __da.work_comment_added(inputs)
	if (locale === "sv") return __sv.work_comment_added(inputs)
	return __en.work_comment_added(inputs)
});
/**
* | output |
* | --- |
* | "Write the comment first." |
*
* @param {Work_Comment_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_first = /** @type {((inputs?: Work_Comment_FirstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Comment_FirstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment_first(inputs)
	if (locale === "da") return __da.work_comment_first(inputs)
	if (locale === "sv") return __sv.work_comment_first(inputs)
	return __en.work_comment_first(inputs)
});
/**
* | output |
* | --- |
* | "Comment on {asset}" |
*
* @param {Work_Comment_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_on = /** @type {((inputs: Work_Comment_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Comment_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment_on(inputs)
	if (locale === "da") return __da.work_comment_on(inputs)
	if (locale === "sv") return __sv.work_comment_on(inputs)
	return __en.work_comment_on(inputs)
});
/**
* | output |
* | --- |
* | "What you saw or did" |
*
* @param {Work_Comment_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_placeholder = /** @type {((inputs?: Work_Comment_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Comment_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment_placeholder(inputs)
	if (locale === "da") return __da.work_comment_placeholder(inputs)
	if (locale === "sv") return __sv.work_comment_placeholder(inputs)
	return __en.work_comment_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "A comment is at most 2,000 characters." |
*
* @param {Work_Comment_Too_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_comment_too_long = /** @type {((inputs?: Work_Comment_Too_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Comment_Too_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_comment_too_long(inputs)
	if (locale === "da") return __da.work_comment_too_long(inputs)
	if (locale === "sv") return __sv.work_comment_too_long(inputs)
	return __en.work_comment_too_long(inputs)
});
/**
* | output |
* | --- |
* | "due in {span}" |
*
* @param {Work_Due_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_due_in = /** @type {((inputs: Work_Due_InInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Due_InInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_due_in(inputs)
	if (locale === "da") return __da.work_due_in(inputs)
	if (locale === "sv") return __sv.work_due_in(inputs)
	return __en.work_due_in(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to me and my team" |
*
* @param {Work_Mine_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_mine_heading = /** @type {((inputs?: Work_Mine_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Mine_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_mine_heading(inputs)
	if (locale === "da") return __da.work_mine_heading(inputs)
	if (locale === "sv") return __sv.work_mine_heading(inputs)
	return __en.work_mine_heading(inputs)
});
/**
* | output |
* | --- |
* | "Nothing assigned to you. Take one below." |
*
* @param {Work_Mine_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_mine_none = /** @type {((inputs?: Work_Mine_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Mine_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_mine_none(inputs)
	if (locale === "da") return __da.work_mine_none(inputs)
	if (locale === "sv") return __sv.work_mine_none(inputs)
	return __en.work_mine_none(inputs)
});
/**
* | output |
* | --- |
* | "nobody has it" |
*
* @param {Work_NobodyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_nobody = /** @type {((inputs?: Work_NobodyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_NobodyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_nobody(inputs)
	if (locale === "da") return __da.work_nobody(inputs)
	if (locale === "sv") return __sv.work_nobody(inputs)
	return __en.work_nobody(inputs)
});
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Work_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_note = /** @type {((inputs?: Work_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_note(inputs)
	if (locale === "da") return __da.work_note(inputs)
	if (locale === "sv") return __sv.work_note(inputs)
	return __en.work_note(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to your team ({team})" |
*
* @param {Work_Notices_Assigned_TeamInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_assigned_team = /** @type {((inputs: Work_Notices_Assigned_TeamInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Assigned_TeamInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_assigned_team(inputs)
	if (locale === "da") return __da.work_notices_assigned_team(inputs)
	if (locale === "sv") return __sv.work_notices_assigned_team(inputs)
	return __en.work_notices_assigned_team(inputs)
});
/**
* | output |
* | --- |
* | "Assigned to you" |
*
* @param {Work_Notices_Assigned_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_assigned_you = /** @type {((inputs?: Work_Notices_Assigned_YouInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Assigned_YouInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_assigned_you(inputs)
	if (locale === "da") return __da.work_notices_assigned_you(inputs)
	if (locale === "sv") return __sv.work_notices_assigned_you(inputs)
	return __en.work_notices_assigned_you(inputs)
});
/**
* | output |
* | --- |
* | "Needs attention" |
*
* @param {Work_Notices_AttentionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_attention = /** @type {((inputs?: Work_Notices_AttentionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_AttentionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_attention(inputs)
	if (locale === "da") return __da.work_notices_attention(inputs)
	if (locale === "sv") return __sv.work_notices_attention(inputs)
	return __en.work_notices_attention(inputs)
});
/**
* | output |
* | --- |
* | "No notices yet. When a defect is assigned to you, or escalated to you, it shows here." |
*
* @param {Work_Notices_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_empty = /** @type {((inputs?: Work_Notices_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_empty(inputs)
	if (locale === "da") return __da.work_notices_empty(inputs)
	if (locale === "sv") return __sv.work_notices_empty(inputs)
	return __en.work_notices_empty(inputs)
});
/**
* | output |
* | --- |
* | "Escalated to you" |
*
* @param {Work_Notices_EscalatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_escalated = /** @type {((inputs?: Work_Notices_EscalatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_EscalatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_escalated(inputs)
	if (locale === "da") return __da.work_notices_escalated(inputs)
	if (locale === "sv") return __sv.work_notices_escalated(inputs)
	return __en.work_notices_escalated(inputs)
});
/**
* | output |
* | --- |
* | "Defects assigned to you or your team, escalated to you, or new ones that need a manager: newest first." |
*
* @param {Work_Notices_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_intro = /** @type {((inputs?: Work_Notices_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_intro(inputs)
	if (locale === "da") return __da.work_notices_intro(inputs)
	if (locale === "sv") return __sv.work_notices_intro(inputs)
	return __en.work_notices_intro(inputs)
});
/**
* | output |
* | --- |
* | "Mark read" |
*
* @param {Work_Notices_Mark_ReadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_mark_read = /** @type {((inputs?: Work_Notices_Mark_ReadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Mark_ReadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_mark_read(inputs)
	if (locale === "da") return __da.work_notices_mark_read(inputs)
	if (locale === "sv") return __sv.work_notices_mark_read(inputs)
	return __en.work_notices_mark_read(inputs)
});
/**
* | output |
* | --- |
* | "Nothing unread." |
*
* @param {Work_Notices_None_UnreadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_none_unread = /** @type {((inputs?: Work_Notices_None_UnreadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_None_UnreadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_none_unread(inputs)
	if (locale === "da") return __da.work_notices_none_unread(inputs)
	if (locale === "sv") return __sv.work_notices_none_unread(inputs)
	return __en.work_notices_none_unread(inputs)
});
/**
* | output |
* | --- |
* | "Notices are for people: this sign-in has no account of its own." |
*
* @param {Work_Notices_Not_PersonalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_not_personal = /** @type {((inputs?: Work_Notices_Not_PersonalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Not_PersonalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_not_personal(inputs)
	if (locale === "da") return __da.work_notices_not_personal(inputs)
	if (locale === "sv") return __sv.work_notices_not_personal(inputs)
	return __en.work_notices_not_personal(inputs)
});
/**
* | output |
* | --- |
* | "Mark all read" |
*
* @param {Work_Notices_Read_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_read_all = /** @type {((inputs?: Work_Notices_Read_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Read_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_read_all(inputs)
	if (locale === "da") return __da.work_notices_read_all(inputs)
	if (locale === "sv") return __sv.work_notices_read_all(inputs)
	return __en.work_notices_read_all(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check · Notices" |
*
* @param {Work_Notices_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_tab = /** @type {((inputs?: Work_Notices_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_tab(inputs)
	if (locale === "da") return __da.work_notices_tab(inputs)
	if (locale === "sv") return __sv.work_notices_tab(inputs)
	return __en.work_notices_tab(inputs)
});
/**
* | output |
* | --- |
* | "Notices" |
*
* @param {Work_Notices_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_title = /** @type {((inputs?: Work_Notices_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_title(inputs)
	if (locale === "da") return __da.work_notices_title(inputs)
	if (locale === "sv") return __sv.work_notices_title(inputs)
	return __en.work_notices_title(inputs)
});
/**
* | output |
* | --- |
* | "Unread" |
*
* @param {Work_Notices_UnreadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_unread = /** @type {((inputs?: Work_Notices_UnreadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_UnreadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_unread(inputs)
	if (locale === "da") return __da.work_notices_unread(inputs)
	if (locale === "sv") return __sv.work_notices_unread(inputs)
	return __en.work_notices_unread(inputs)
});
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
export const work_notices_unread_count = /** @type {((inputs: Work_Notices_Unread_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_Unread_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_unread_count(inputs)
	if (locale === "da") return __da.work_notices_unread_count(inputs)
	if (locale === "sv") return __sv.work_notices_unread_count(inputs)
	return __en.work_notices_unread_count(inputs)
});
/**
* | output |
* | --- |
* | "{when} · by {by}" |
*
* @param {Work_Notices_When_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_notices_when_by = /** @type {((inputs: Work_Notices_When_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Notices_When_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_notices_when_by(inputs)
	if (locale === "da") return __da.work_notices_when_by(inputs)
	if (locale === "sv") return __sv.work_notices_when_by(inputs)
	return __en.work_notices_when_by(inputs)
});
/**
* | output |
* | --- |
* | "Put on hold." |
*
* @param {Work_On_Hold_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_on_hold_done = /** @type {((inputs?: Work_On_Hold_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_On_Hold_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_on_hold_done(inputs)
	if (locale === "da") return __da.work_on_hold_done(inputs)
	if (locale === "sv") return __sv.work_on_hold_done(inputs)
	return __en.work_on_hold_done(inputs)
});
/**
* | output |
* | --- |
* | "on hold: {reason}" |
*
* @param {Work_On_Hold_ReasonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_on_hold_reason = /** @type {((inputs: Work_On_Hold_ReasonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_On_Hold_ReasonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_on_hold_reason(inputs)
	if (locale === "da") return __da.work_on_hold_reason(inputs)
	if (locale === "sv") return __sv.work_on_hold_reason(inputs)
	return __en.work_on_hold_reason(inputs)
});
/**
* | output |
* | --- |
* | "Open ›" |
*
* @param {Work_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open = /** @type {((inputs?: Work_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_open(inputs)
	if (locale === "da") return __da.work_open(inputs)
	if (locale === "sv") return __sv.work_open(inputs)
	return __en.work_open(inputs)
});
/**
* | output |
* | --- |
* | "Open at my sites" |
*
* @param {Work_Open_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_heading = /** @type {((inputs?: Work_Open_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Open_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_open_heading(inputs)
	if (locale === "da") return __da.work_open_heading(inputs)
	if (locale === "sv") return __sv.work_open_heading(inputs)
	return __en.work_open_heading(inputs)
});
/**
* | output |
* | --- |
* | "Open {fault} on {asset}: photos and history" |
*
* @param {Work_Open_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_label = /** @type {((inputs: Work_Open_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Open_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_open_label(inputs)
	if (locale === "da") return __da.work_open_label(inputs)
	if (locale === "sv") return __sv.work_open_label(inputs)
	return __en.work_open_label(inputs)
});
/**
* | output |
* | --- |
* | "Nothing else open. Every basic thing is fine." |
*
* @param {Work_Open_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_open_none = /** @type {((inputs?: Work_Open_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Open_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_open_none(inputs)
	if (locale === "da") return __da.work_open_none(inputs)
	if (locale === "sv") return __sv.work_open_none(inputs)
	return __en.work_open_none(inputs)
});
/**
* | output |
* | --- |
* | "overdue by {span}" |
*
* @param {Work_Overdue_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_overdue_by = /** @type {((inputs: Work_Overdue_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Overdue_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_overdue_by(inputs)
	if (locale === "da") return __da.work_overdue_by(inputs)
	if (locale === "sv") return __sv.work_overdue_by(inputs)
	return __en.work_overdue_by(inputs)
});
/**
* | output |
* | --- |
* | "Reopened." |
*
* @param {Work_ReopenedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_reopened = /** @type {((inputs?: Work_ReopenedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_ReopenedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_reopened(inputs)
	if (locale === "da") return __da.work_reopened(inputs)
	if (locale === "sv") return __sv.work_reopened(inputs)
	return __en.work_reopened(inputs)
});
/**
* | output |
* | --- |
* | "Resolve it" |
*
* @param {Work_Resolve_ItInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolve_it = /** @type {((inputs?: Work_Resolve_ItInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Resolve_ItInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_resolve_it(inputs)
	if (locale === "da") return __da.work_resolve_it(inputs)
	if (locale === "sv") return __sv.work_resolve_it(inputs)
	return __en.work_resolve_it(inputs)
});
/**
* | output |
* | --- |
* | "Resolve…" |
*
* @param {Work_Resolve_StepInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolve_step = /** @type {((inputs?: Work_Resolve_StepInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Resolve_StepInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_resolve_step(inputs)
	if (locale === "da") return __da.work_resolve_step(inputs)
	if (locale === "sv") return __sv.work_resolve_step(inputs)
	return __en.work_resolve_step(inputs)
});
/**
* | output |
* | --- |
* | "Resolved." |
*
* @param {Work_ResolvedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_resolved = /** @type {((inputs?: Work_ResolvedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_ResolvedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_resolved(inputs)
	if (locale === "da") return __da.work_resolved(inputs)
	if (locale === "sv") return __sv.work_resolved(inputs)
	return __en.work_resolved(inputs)
});
/**
* | output |
* | --- |
* | "Say what it is waiting for." |
*
* @param {Work_Say_WaitingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_say_waiting = /** @type {((inputs?: Work_Say_WaitingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Say_WaitingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_say_waiting(inputs)
	if (locale === "da") return __da.work_say_waiting(inputs)
	if (locale === "sv") return __sv.work_say_waiting(inputs)
	return __en.work_say_waiting(inputs)
});
/**
* | output |
* | --- |
* | "Staff may take a defect themselves; a manager assigns it to others." |
*
* @param {Work_Staff_Take_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_staff_take_only = /** @type {((inputs?: Work_Staff_Take_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Staff_Take_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_staff_take_only(inputs)
	if (locale === "da") return __da.work_staff_take_only(inputs)
	if (locale === "sv") return __sv.work_staff_take_only(inputs)
	return __en.work_staff_take_only(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check · My work" |
*
* @param {Work_TabInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_tab = /** @type {((inputs?: Work_TabInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_TabInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_tab(inputs)
	if (locale === "da") return __da.work_tab(inputs)
	if (locale === "sv") return __sv.work_tab(inputs)
	return __en.work_tab(inputs)
});
/**
* | output |
* | --- |
* | "I'll take it" |
*
* @param {Work_TakeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_take = /** @type {((inputs?: Work_TakeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_TakeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_take(inputs)
	if (locale === "da") return __da.work_take(inputs)
	if (locale === "sv") return __sv.work_take(inputs)
	return __en.work_take(inputs)
});
/**
* | output |
* | --- |
* | "My work" |
*
* @param {Work_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_title = /** @type {((inputs?: Work_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_title(inputs)
	if (locale === "da") return __da.work_title(inputs)
	if (locale === "sv") return __sv.work_title(inputs)
	return __en.work_title(inputs)
});
/**
* | output |
* | --- |
* | "Unassigned." |
*
* @param {Work_UnassignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_unassigned = /** @type {((inputs?: Work_UnassignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_UnassignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_unassigned(inputs)
	if (locale === "da") return __da.work_unassigned(inputs)
	if (locale === "sv") return __sv.work_unassigned(inputs)
	return __en.work_unassigned(inputs)
});
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Work_UndoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_undo = /** @type {((inputs?: Work_UndoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_UndoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_undo(inputs)
	if (locale === "da") return __da.work_undo(inputs)
	if (locale === "sv") return __sv.work_undo(inputs)
	return __en.work_undo(inputs)
});
/**
* | output |
* | --- |
* | "Resolve undone: it is as it was." |
*
* @param {Work_UndoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_undone = /** @type {((inputs?: Work_UndoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_UndoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_undone(inputs)
	if (locale === "da") return __da.work_undone(inputs)
	if (locale === "sv") return __sv.work_undone(inputs)
	return __en.work_undone(inputs)
});
/**
* | output |
* | --- |
* | "Your role may only view. Ask an admin if you need to act." |
*
* @param {Work_View_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_view_only = /** @type {((inputs?: Work_View_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_View_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_view_only(inputs)
	if (locale === "da") return __da.work_view_only(inputs)
	if (locale === "sv") return __sv.work_view_only(inputs)
	return __en.work_view_only(inputs)
});
/**
* | output |
* | --- |
* | "Which defect? Open it from the list and try again." |
*
* @param {Work_Which_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_which_defect = /** @type {((inputs?: Work_Which_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Which_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_which_defect(inputs)
	if (locale === "da") return __da.work_which_defect(inputs)
	if (locale === "sv") return __sv.work_which_defect(inputs)
	return __en.work_which_defect(inputs)
});
/**
* | output |
* | --- |
* | "yours" |
*
* @param {Work_YoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_yours = /** @type {((inputs?: Work_YoursInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_YoursInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_yours(inputs)
	if (locale === "da") return __da.work_yours(inputs)
	if (locale === "sv") return __sv.work_yours(inputs)
	return __en.work_yours(inputs)
});
/**
* | output |
* | --- |
* | "It is yours now." |
*
* @param {Work_Yours_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const work_yours_now = /** @type {((inputs?: Work_Yours_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Work_Yours_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.work_yours_now(inputs)
	if (locale === "da") return __da.work_yours_now(inputs)
	if (locale === "sv") return __sv.work_yours_now(inputs)
	return __en.work_yours_now(inputs)
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