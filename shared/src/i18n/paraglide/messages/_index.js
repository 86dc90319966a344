/* eslint-disable */
import { getLocale, experimentalStaticLocale } from "../runtime.js"

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_LanguageInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_BrowserInputs */
/** @typedef {{}} Account_Language_ExplainInputs */
/** @typedef {{}} Account_Language_SaveInputs */
/** @typedef {{ language: NonNullable<unknown> }} Account_Language_SavedInputs */
/** @typedef {{}} Account_Language_UnknownInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_All_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_All_WillInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, sites: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_At_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, sites: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_At_WillInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown> }} Admin_Access_None_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown> }} Admin_Access_None_WillInputs */
/** @typedef {{}} Admin_Access_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Admin_Accounts_CountInputs */
/** @typedef {{}} Admin_Actor_ApiInputs */
/** @typedef {{}} Admin_Actor_EnvironmentInputs */
/** @typedef {{}} Admin_Actor_GeneratedInputs */
/** @typedef {{}} Admin_Actor_SystemInputs */
/** @typedef {{}} Admin_AddressesInputs */
/** @typedef {{}} Admin_Admins_OwnInputs */
/** @typedef {{}} Admin_Admins_See_AllInputs */
/** @typedef {{}} Admin_AllInputs */
/** @typedef {{}} Admin_All_SitesInputs */
/** @typedef {{ time: NonNullable<unknown>, zone: NonNullable<unknown> }} Admin_At_HourInputs */
/** @typedef {{}} Admin_Audit_IntroInputs */
/** @typedef {{}} Admin_Audit_TitleInputs */
/** @typedef {{}} Admin_Back_OfficeInputs */
/** @typedef {{}} Admin_Channel_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Channel_CreatedInputs */
/** @typedef {{}} Admin_Channel_DeletedInputs */
/** @typedef {{ id: NonNullable<unknown> }} Admin_Channel_NInputs */
/** @typedef {{}} Admin_Channel_PlaceholderInputs */
/** @typedef {{}} Admin_Channels_TitleInputs */
/** @typedef {{}} Admin_Choose_KindInputs */
/** @typedef {{}} Admin_Choose_RoleInputs */
/** @typedef {{}} Admin_Col_AttemptsInputs */
/** @typedef {{}} Admin_Col_ChannelInputs */
/** @typedef {{}} Admin_Col_ContactInputs */
/** @typedef {{}} Admin_Col_DetailInputs */
/** @typedef {{}} Admin_Col_KindInputs */
/** @typedef {{}} Admin_Col_Last_AnswerInputs */
/** @typedef {{}} Admin_Col_Last_SentInputs */
/** @typedef {{}} Admin_Col_Last_Sign_InInputs */
/** @typedef {{}} Admin_Col_Last_UsedInputs */
/** @typedef {{}} Admin_Col_LevelsInputs */
/** @typedef {{}} Admin_Col_NameInputs */
/** @typedef {{}} Admin_Col_OnInputs */
/** @typedef {{}} Admin_Col_OwnerInputs */
/** @typedef {{}} Admin_Col_QuietInputs */
/** @typedef {{}} Admin_Col_RoleInputs */
/** @typedef {{}} Admin_Col_RuleInputs */
/** @typedef {{}} Admin_Col_Sends_ToInputs */
/** @typedef {{}} Admin_Col_SiteInputs */
/** @typedef {{}} Admin_Col_SitesInputs */
/** @typedef {{}} Admin_Col_StateInputs */
/** @typedef {{}} Admin_Col_TakesInputs */
/** @typedef {{}} Admin_Col_ToInputs */
/** @typedef {{}} Admin_Col_UsernameInputs */
/** @typedef {{}} Admin_Col_WhatInputs */
/** @typedef {{}} Admin_Col_WhenInputs */
/** @typedef {{}} Admin_Col_WhoInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Contact_IntroInputs */
/** @typedef {{}} Admin_Contact_TitleInputs */
/** @typedef {{}} Admin_CopiedInputs */
/** @typedef {{}} Admin_CopyInputs */
/** @typedef {{}} Admin_Copy_Not_AllowedInputs */
/** @typedef {{}} Admin_Create_ChannelInputs */
/** @typedef {{}} Admin_Create_RuleInputs */
/** @typedef {{}} Admin_Create_TokenInputs */
/** @typedef {{}} Admin_Create_UserInputs */
/** @typedef {{}} Admin_CreatedInputs */
/** @typedef {{}} Admin_Customer_VisibleInputs */
/** @typedef {{}} Admin_DeleteInputs */
/** @typedef {{}} Admin_Delete_ChannelInputs */
/** @typedef {{}} Admin_Delete_Channel_ExplainInputs */
/** @typedef {{}} Admin_Deliveries_IntroInputs */
/** @typedef {{}} Admin_Delivery_LogInputs */
/** @typedef {{ id: NonNullable<unknown>, state: NonNullable<unknown> }} Admin_Delivery_RetriedInputs */
/** @typedef {{ username: NonNullable<unknown> }} Admin_DisableInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Disable_ExplainInputs */
/** @typedef {{}} Admin_Disable_SummaryInputs */
/** @typedef {{}} Admin_Disabled_DoneInputs */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Disabled_SinceInputs */
/** @typedef {{}} Admin_Display_NameInputs */
/** @typedef {{}} Admin_Display_Name_WrongInputs */
/** @typedef {{}} Admin_Does_AdminInputs */
/** @typedef {{}} Admin_Does_Manager_ManyInputs */
/** @typedef {{}} Admin_Does_Manager_OneInputs */
/** @typedef {{}} Admin_Does_Staff_ManyInputs */
/** @typedef {{}} Admin_Does_Staff_OneInputs */
/** @typedef {{}} Admin_Does_Viewer_ManyInputs */
/** @typedef {{}} Admin_Does_Viewer_OneInputs */
/** @typedef {{ example: NonNullable<unknown> }} Admin_EgInputs */
/** @typedef {{}} Admin_EmailInputs */
/** @typedef {{}} Admin_Email_OptionalInputs */
/** @typedef {{}} Admin_Email_WrongInputs */
/** @typedef {{ username: NonNullable<unknown> }} Admin_EnableInputs */
/** @typedef {{}} Admin_Enabled_DoneInputs */
/** @typedef {{}} Admin_Every_DefectInputs */
/** @typedef {{}} Admin_Every_SiteInputs */
/** @typedef {{}} Admin_Every_Site_OptionInputs */
/** @typedef {{ sources: NonNullable<unknown> }} Admin_From_SourcesInputs */
/** @typedef {{}} Admin_Give_AddressInputs */
/** @typedef {{}} Admin_Give_UrlInputs */
/** @typedef {{}} Admin_Held_FromInputs */
/** @typedef {{}} Admin_Held_HintInputs */
/** @typedef {{}} Admin_Held_IntroInputs */
/** @typedef {{ count: NonNullable<unknown>, until: NonNullable<unknown> }} Admin_Held_LineInputs */
/** @typedef {{}} Admin_Held_TitleInputs */
/** @typedef {{}} Admin_Help_AdminInputs */
/** @typedef {{}} Admin_Help_ManagerInputs */
/** @typedef {{}} Admin_Help_StaffInputs */
/** @typedef {{}} Admin_Help_ViewerInputs */
/** @typedef {{}} Admin_Hint_ChatInputs */
/** @typedef {{}} Admin_Hint_EmailInputs */
/** @typedef {{}} Admin_Hint_WebhookInputs */
/** @typedef {{}} Admin_Initial_PasswordInputs */
/** @typedef {{ answer: NonNullable<unknown> }} Admin_It_SaidInputs */
/** @typedef {{}} Admin_Kind_EmailInputs */
/** @typedef {{}} Admin_Kind_In_AppInputs */
/** @typedef {{}} Admin_Kind_WebhookInputs */
/** @typedef {{ minutes: NonNullable<unknown> }} Admin_Level_LineInputs */
/** @typedef {{ level: NonNullable<unknown> }} Admin_Level_MinutesInputs */
/** @typedef {{ level: NonNullable<unknown> }} Admin_Level_NInputs */
/** @typedef {{ first: NonNullable<unknown>, last: NonNullable<unknown> }} Admin_List_AndInputs */
/** @typedef {{ count: NonNullable<unknown>, until: NonNullable<unknown> }} Admin_Locked_FromInputs */
/** @typedef {{}} Admin_Locked_IntroInputs */
/** @typedef {{}} Admin_Locked_TitleInputs */
/** @typedef {{}} Admin_Name_ChannelInputs */
/** @typedef {{}} Admin_Name_ReportInputs */
/** @typedef {{}} Admin_Name_Role_SitesInputs */
/** @typedef {{}} Admin_Name_RuleInputs */
/** @typedef {{}} Admin_Name_The_TokenInputs */
/** @typedef {{}} Admin_NeverInputs */
/** @typedef {{}} Admin_New_ChannelInputs */
/** @typedef {{}} Admin_New_PasswordInputs */
/** @typedef {{}} Admin_New_RuleInputs */
/** @typedef {{}} Admin_New_System_TokenInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_New_Token_LabelInputs */
/** @typedef {{}} Admin_New_Token_WarningInputs */
/** @typedef {{}} Admin_New_UserInputs */
/** @typedef {{}} Admin_New_User_WhoInputs */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Next_AttemptInputs */
/** @typedef {{}} Admin_No_ChannelsInputs */
/** @typedef {{}} Admin_No_Channels_ManagerInputs */
/** @typedef {{}} Admin_No_ReportsInputs */
/** @typedef {{}} Admin_No_RulesInputs */
/** @typedef {{ id: NonNullable<unknown> }} Admin_No_Such_UserInputs */
/** @typedef {{}} Admin_No_TokensInputs */
/** @typedef {{}} Admin_NoneInputs */
/** @typedef {{}} Admin_Not_HeldInputs */
/** @typedef {{}} Admin_Nothing_SentInputs */
/** @typedef {{}} Admin_Nothing_YetInputs */
/** @typedef {{}} Admin_Notif_IntroInputs */
/** @typedef {{}} Admin_Notif_ManagerInputs */
/** @typedef {{}} Admin_Notif_TitleInputs */
/** @typedef {{}} Admin_OffInputs */
/** @typedef {{}} Admin_OlderInputs */
/** @typedef {{}} Admin_OnInputs */
/** @typedef {{}} Admin_OptionalInputs */
/** @typedef {{}} Admin_Owner_SystemInputs */
/** @typedef {{}} Admin_Password_HelpInputs */
/** @typedef {{}} Admin_Password_SetInputs */
/** @typedef {{}} Admin_Password_WrongInputs */
/** @typedef {{}} Admin_PhoneInputs */
/** @typedef {{}} Admin_Phone_WrongInputs */
/** @typedef {{}} Admin_Picker_AllInputs */
/** @typedef {{}} Admin_Picker_NoneInputs */
/** @typedef {{}} Admin_Picker_SitesInputs */
/** @typedef {{}} Admin_Picker_SomeInputs */
/** @typedef {{}} Admin_Quiet_BothInputs */
/** @typedef {{ severities: NonNullable<unknown> }} Admin_Quiet_NotInputs */
/** @typedef {{}} Admin_Report_EndedInputs */
/** @typedef {{}} Admin_Report_HourInputs */
/** @typedef {{}} Admin_Report_PlaceholderInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Report_Set_UpInputs */
/** @typedef {{}} Admin_Report_Sites_AdminInputs */
/** @typedef {{}} Admin_Report_Sites_ManagerInputs */
/** @typedef {{}} Admin_Reports_Intro_BeforeInputs */
/** @typedef {{}} Admin_Reports_Page_LinkInputs */
/** @typedef {{}} Admin_Reports_TitleInputs */
/** @typedef {{}} Admin_Reset_PasswordInputs */
/** @typedef {{}} Admin_RevokeInputs */
/** @typedef {{ when: NonNullable<unknown> }} Admin_Revoked_AtInputs */
/** @typedef {{}} Admin_Rf_AfterInputs */
/** @typedef {{}} Admin_Rf_CategoryInputs */
/** @typedef {{}} Admin_Rf_Customers_SeeInputs */
/** @typedef {{}} Admin_Rf_EitherInputs */
/** @typedef {{}} Admin_Rf_Found_ByInputs */
/** @typedef {{}} Admin_Rf_FromInputs */
/** @typedef {{ level: NonNullable<unknown> }} Admin_Rf_LevelInputs */
/** @typedef {{ level: NonNullable<unknown> }} Admin_Rf_Level_OptionalInputs */
/** @typedef {{}} Admin_Rf_Min_No_AckInputs */
/** @typedef {{}} Admin_Rf_Min_OpeningInputs */
/** @typedef {{}} Admin_Rf_NoInputs */
/** @typedef {{}} Admin_Rf_QuietInputs */
/** @typedef {{}} Admin_Rf_RegionalInputs */
/** @typedef {{}} Admin_Rf_SeverityInputs */
/** @typedef {{}} Admin_Rf_Site_ManagerInputs */
/** @typedef {{}} Admin_Rf_StaffInputs */
/** @typedef {{}} Admin_Rf_Still_SendInputs */
/** @typedef {{}} Admin_Rf_ToInputs */
/** @typedef {{}} Admin_Rf_WhoInputs */
/** @typedef {{}} Admin_Rf_YesInputs */
/** @typedef {{}} Admin_Rule_ChangedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Rule_CreatedInputs */
/** @typedef {{}} Admin_Rule_DeletedInputs */
/** @typedef {{ site: NonNullable<unknown> }} Admin_Rule_ForInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Rule_HeadInputs */
/** @typedef {{}} Admin_Rule_OffInputs */
/** @typedef {{}} Admin_Rule_OnInputs */
/** @typedef {{}} Admin_Rule_PlaceholderInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Rule_TitleInputs */
/** @typedef {{}} Admin_Rules_IntroInputs */
/** @typedef {{}} Admin_Rules_TitleInputs */
/** @typedef {{}} Admin_SaveInputs */
/** @typedef {{}} Admin_Save_ContactInputs */
/** @typedef {{}} Admin_Save_RuleInputs */
/** @typedef {{}} Admin_SavedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Secret_LabelInputs */
/** @typedef {{}} Admin_Secret_WarningInputs */
/** @typedef {{}} Admin_Send_AgainInputs */
/** @typedef {{}} Admin_Send_ReportInputs */
/** @typedef {{}} Admin_Send_TestInputs */
/** @typedef {{}} Admin_Set_PasswordInputs */
/** @typedef {{}} Admin_Set_Up_ReportInputs */
/** @typedef {{}} Admin_ShowInputs */
/** @typedef {{}} Admin_Show_RevokedInputs */
/** @typedef {{}} Admin_Sign_In_TitleInputs */
/** @typedef {{}} Admin_SignedInputs */
/** @typedef {{}} Admin_State_ActiveInputs */
/** @typedef {{ when: NonNullable<unknown> }} Admin_State_DisabledInputs */
/** @typedef {{}} Admin_State_FailedInputs */
/** @typedef {{}} Admin_State_PendingInputs */
/** @typedef {{}} Admin_State_SendingInputs */
/** @typedef {{}} Admin_State_SentInputs */
/** @typedef {{}} Admin_State_UncertainInputs */
/** @typedef {{}} Admin_StopInputs */
/** @typedef {{}} Admin_Ten_PlusInputs */
/** @typedef {{ name: NonNullable<unknown>, reason: NonNullable<unknown> }} Admin_Test_FailedInputs */
/** @typedef {{ name: NonNullable<unknown>, status: NonNullable<unknown> }} Admin_Test_SentInputs */
/** @typedef {{}} Admin_This_Is_YouInputs */
/** @typedef {{}} Admin_Tick_A_SiteInputs */
/** @typedef {{}} Admin_Tick_ChannelInputs */
/** @typedef {{}} Admin_Tick_First_LevelInputs */
/** @typedef {{}} Admin_Time_ZoneInputs */
/** @typedef {{}} Admin_Token_PlaceholderInputs */
/** @typedef {{}} Admin_Token_RevokedInputs */
/** @typedef {{}} Admin_Tokens_IntroInputs */
/** @typedef {{}} Admin_Tokens_TitleInputs */
/** @typedef {{}} Admin_Turn_OffInputs */
/** @typedef {{}} Admin_Turn_OnInputs */
/** @typedef {{ username: NonNullable<unknown> }} Admin_UnlockInputs */
/** @typedef {{ name: NonNullable<unknown> }} Admin_Unlock_NothingInputs */
/** @typedef {{}} Admin_Unlock_Nothing_SelfInputs */
/** @typedef {{ name: NonNullable<unknown>, addresses: NonNullable<unknown> }} Admin_UnlockedInputs */
/** @typedef {{ addresses: NonNullable<unknown> }} Admin_Unlocked_SelfInputs */
/** @typedef {{}} Admin_User_CreatedInputs */
/** @typedef {{ username: NonNullable<unknown> }} Admin_Username_TakenInputs */
/** @typedef {{}} Admin_Username_WrongInputs */
/** @typedef {{ accounts: NonNullable<unknown>, active: NonNullable<unknown> }} Admin_Users_IntroInputs */
/** @typedef {{}} Admin_Users_TitleInputs */
/** @typedef {{ time: NonNullable<unknown> }} Admin_Utc_TimeInputs */
/** @typedef {{}} Admin_Which_TokenInputs */
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
/** @typedef {{}} Overview_Demo_TagInputs */
/** @typedef {{}} Overview_Demo_Tag_TitleInputs */
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
/** @typedef {{}} Setup_Add_AssetInputs */
/** @typedef {{ zone: NonNullable<unknown> }} Setup_Add_Asset_ToInputs */
/** @typedef {{}} Setup_Add_Assets_FirstInputs */
/** @typedef {{}} Setup_Add_CheckpointInputs */
/** @typedef {{ zone: NonNullable<unknown> }} Setup_Add_Checkpoint_ToInputs */
/** @typedef {{}} Setup_Add_DeviceInputs */
/** @typedef {{}} Setup_Add_Device_SummaryInputs */
/** @typedef {{}} Setup_Add_ZoneInputs */
/** @typedef {{}} Setup_Add_Zone_SummaryInputs */
/** @typedef {{}} Setup_Asg_AddInputs */
/** @typedef {{}} Setup_Asg_AddedInputs */
/** @typedef {{ category: NonNullable<unknown> }} Setup_Asg_All_OfInputs */
/** @typedef {{}} Setup_Asg_Bad_FormInputs */
/** @typedef {{}} Setup_Asg_ChooseInputs */
/** @typedef {{}} Setup_Asg_Choose_OptionInputs */
/** @typedef {{}} Setup_Asg_Choose_WhoInputs */
/** @typedef {{}} Setup_Asg_Col_DefectsInputs */
/** @typedef {{}} Setup_Asg_Col_Go_ToInputs */
/** @typedef {{}} Setup_Asg_Col_MadeInputs */
/** @typedef {{}} Setup_Asg_Col_ZoneInputs */
/** @typedef {{}} Setup_Asg_DeleteInputs */
/** @typedef {{}} Setup_Asg_DeletedInputs */
/** @typedef {{}} Setup_Asg_Every_DefectInputs */
/** @typedef {{}} Setup_Asg_Every_ZoneInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Asg_Every_Zone_OfInputs */
/** @typedef {{}} Setup_Asg_IntroInputs */
/** @typedef {{ when: NonNullable<unknown>, who: NonNullable<unknown> }} Setup_Asg_Made_ByInputs */
/** @typedef {{}} Setup_Asg_NewInputs */
/** @typedef {{}} Setup_Asg_No_SitesInputs */
/** @typedef {{}} Setup_Asg_NoneInputs */
/** @typedef {{}} Setup_Asg_PeopleInputs */
/** @typedef {{}} Setup_Asg_TeamsInputs */
/** @typedef {{}} Setup_Asg_TitleInputs */
/** @typedef {{}} Setup_Asg_WhichInputs */
/** @typedef {{}} Setup_Asg_Which_HintInputs */
/** @typedef {{}} Setup_Asg_Which_RuleInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Asset_AddedInputs */
/** @typedef {{}} Setup_Asset_PlaceholderInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Asset_SavedInputs */
/** @typedef {{}} Setup_Assets_CoveredInputs */
/** @typedef {{}} Setup_Assignment_LinkInputs */
/** @typedef {{}} Setup_CancelInputs */
/** @typedef {{}} Setup_CategoryInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Checkpoint_AddedInputs */
/** @typedef {{}} Setup_Checkpoint_PlaceholderInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Checkpoint_SavedInputs */
/** @typedef {{}} Setup_CheckpointsInputs */
/** @typedef {{}} Setup_Checkpoints_HintInputs */
/** @typedef {{}} Setup_Col_CheckpointsInputs */
/** @typedef {{}} Setup_Col_DeviceInputs */
/** @typedef {{}} Setup_Col_DevicesInputs */
/** @typedef {{}} Setup_Col_HeardInputs */
/** @typedef {{}} Setup_Col_KindInputs */
/** @typedef {{}} Setup_Col_LanguageInputs */
/** @typedef {{}} Setup_Col_SiteInputs */
/** @typedef {{}} Setup_Col_StateInputs */
/** @typedef {{}} Setup_Col_TimezoneInputs */
/** @typedef {{}} Setup_Conn_BothInputs */
/** @typedef {{}} Setup_Conn_CommandsInputs */
/** @typedef {{}} Setup_Conn_HostInputs */
/** @typedef {{}} Setup_Conn_Host_UnknownInputs */
/** @typedef {{}} Setup_Conn_LivenessInputs */
/** @typedef {{}} Setup_Conn_Liveness_HintInputs */
/** @typedef {{}} Setup_Conn_Mqtt_TlsInputs */
/** @typedef {{}} Setup_Conn_NoneInputs */
/** @typedef {{}} Setup_Conn_PortInputs */
/** @typedef {{}} Setup_Conn_PublishesInputs */
/** @typedef {{}} Setup_Conn_Tls_NoneInputs */
/** @typedef {{}} Setup_Conn_Tls_OfferedInputs */
/** @typedef {{}} Setup_Conn_TryInputs */
/** @typedef {{}} Setup_Conn_UsernameInputs */
/** @typedef {{ assets: NonNullable<unknown> }} Setup_CoversInputs */
/** @typedef {{}} Setup_Create_SiteInputs */
/** @typedef {{}} Setup_Cred_DownloadInputs */
/** @typedef {{ device: NonNullable<unknown> }} Setup_Cred_LabelInputs */
/** @typedef {{ device: NonNullable<unknown> }} Setup_Cred_Secret_OfInputs */
/** @typedef {{}} Setup_Cred_WarningInputs */
/** @typedef {{}} Setup_Danger_HeadingInputs */
/** @typedef {{ day: NonNullable<unknown> }} Setup_Day_ClosesInputs */
/** @typedef {{}} Setup_Day_FriInputs */
/** @typedef {{}} Setup_Day_MonInputs */
/** @typedef {{ day: NonNullable<unknown> }} Setup_Day_OpensInputs */
/** @typedef {{}} Setup_Day_SatInputs */
/** @typedef {{}} Setup_Day_SunInputs */
/** @typedef {{}} Setup_Day_ThuInputs */
/** @typedef {{}} Setup_Day_TueInputs */
/** @typedef {{}} Setup_Day_WedInputs */
/** @typedef {{}} Setup_DeleteInputs */
/** @typedef {{}} Setup_Delete_SiteInputs */
/** @typedef {{}} Setup_Delete_Site_ExplainInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Delete_SummaryInputs */
/** @typedef {{}} Setup_Delete_ZoneInputs */
/** @typedef {{}} Setup_Delete_Zone_HintInputs */
/** @typedef {{ thing: NonNullable<unknown>, parts: NonNullable<unknown> }} Setup_DeletedInputs */
/** @typedef {{}} Setup_DemoInputs */
/** @typedef {{}} Setup_Dev_Choose_SiteInputs */
/** @typedef {{}} Setup_Dev_ConnectsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Dev_DeleteInputs */
/** @typedef {{}} Setup_Dev_Delete_ExplainInputs */
/** @typedef {{}} Setup_Dev_Delete_SummaryInputs */
/** @typedef {{}} Setup_Dev_Heard_HintInputs */
/** @typedef {{}} Setup_Dev_Its_MessagesInputs */
/** @typedef {{ kind: NonNullable<unknown>, site: NonNullable<unknown> }} Setup_Dev_Kind_AtInputs */
/** @typedef {{ when: NonNullable<unknown> }} Setup_Dev_Last_HeardInputs */
/** @typedef {{}} Setup_Dev_ManageInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Dev_MessagesInputs */
/** @typedef {{}} Setup_Dev_MoveInputs */
/** @typedef {{}} Setup_Dev_Move_ExplainInputs */
/** @typedef {{}} Setup_Dev_Move_SummaryInputs */
/** @typedef {{}} Setup_Dev_Move_ToInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Dev_MovedInputs */
/** @typedef {{}} Setup_Dev_NeverInputs */
/** @typedef {{}} Setup_Dev_No_AssetsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Dev_RefusedInputs */
/** @typedef {{}} Setup_Dev_RestoreInputs */
/** @typedef {{}} Setup_Dev_RestoredInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Dev_RetireInputs */
/** @typedef {{}} Setup_Dev_Retire_ExplainInputs */
/** @typedef {{}} Setup_Dev_Retire_SummaryInputs */
/** @typedef {{}} Setup_Dev_RetiredInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Dev_RevokeInputs */
/** @typedef {{}} Setup_Dev_Revoke_ExplainInputs */
/** @typedef {{}} Setup_Dev_Revoke_SummaryInputs */
/** @typedef {{}} Setup_Dev_RevokedInputs */
/** @typedef {{}} Setup_Dev_Revoked_NoteInputs */
/** @typedef {{}} Setup_Dev_Rotate_ExplainInputs */
/** @typedef {{}} Setup_Dev_Rotate_NowInputs */
/** @typedef {{}} Setup_Dev_Rotate_SummaryInputs */
/** @typedef {{}} Setup_Dev_RotatedInputs */
/** @typedef {{}} Setup_Dev_SaveInputs */
/** @typedef {{}} Setup_Dev_SavedInputs */
/** @typedef {{}} Setup_Dev_Secret_HintInputs */
/** @typedef {{}} Setup_Dev_SettingsInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Dev_TitleInputs */
/** @typedef {{}} Setup_Dev_UnrevokeInputs */
/** @typedef {{}} Setup_Dev_UnrevokedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Device_AddedInputs */
/** @typedef {{ id: NonNullable<unknown> }} Setup_Device_Id_ExistsInputs */
/** @typedef {{}} Setup_Device_PlaceholderInputs */
/** @typedef {{}} Setup_DevicesInputs */
/** @typedef {{}} Setup_EditInputs */
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
/** @typedef {{ count: NonNullable<unknown> }} Setup_Every_HoursInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Every_MinutesInputs */
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
/** @typedef {{}} Setup_Guests_QrInputs */
/** @typedef {{}} Setup_Guests_ReportInputs */
/** @typedef {{}} Setup_Heard_SecondsInputs */
/** @typedef {{}} Setup_Help_ColumnsInputs */
/** @typedef {{}} Setup_Help_Hours_OrInputs */
/** @typedef {{}} Setup_Help_IdsInputs */
/** @typedef {{}} Setup_Help_Ids_SpacesInputs */
/** @typedef {{}} Setup_Help_IntroInputs */
/** @typedef {{}} Setup_Help_MoreInputs */
/** @typedef {{}} Setup_Help_One_BadInputs */
/** @typedef {{}} Setup_Help_One_Bad_AfterInputs */
/** @typedef {{}} Setup_Help_SeparatorsInputs */
/** @typedef {{}} Setup_Help_ServesInputs */
/** @typedef {{}} Setup_Help_TitleInputs */
/** @typedef {{}} Setup_Help_Yes_NoInputs */
/** @typedef {{}} Setup_IdInputs */
/** @typedef {{}} Setup_Id_PlaceholderInputs */
/** @typedef {{ created: NonNullable<unknown>, changed: NonNullable<unknown> }} Setup_Imp_AppliesInputs */
/** @typedef {{}} Setup_Imp_ChangedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_ChangesInputs */
/** @typedef {{}} Setup_Imp_Choose_FileInputs */
/** @typedef {{}} Setup_Imp_Col_IdInputs */
/** @typedef {{}} Setup_Imp_Col_KindInputs */
/** @typedef {{}} Setup_Imp_Col_LineInputs */
/** @typedef {{}} Setup_Imp_Col_SiteInputs */
/** @typedef {{}} Setup_Imp_Col_WhatInputs */
/** @typedef {{ field: NonNullable<unknown> }} Setup_Imp_ColumnInputs */
/** @typedef {{ list: NonNullable<unknown> }} Setup_Imp_Created_ListInputs */
/** @typedef {{}} Setup_Imp_Csv_FileInputs */
/** @typedef {{ name: NonNullable<unknown>, created: NonNullable<unknown>, changed: NonNullable<unknown>, unchanged: NonNullable<unknown> }} Setup_Imp_DoneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Imp_DownloadInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_Download_SecretsInputs */
/** @typedef {{}} Setup_Imp_EmptyInputs */
/** @typedef {{}} Setup_Imp_ErrorsInputs */
/** @typedef {{}} Setup_Imp_Export_CsvInputs */
/** @typedef {{}} Setup_Imp_Export_Csv_HintInputs */
/** @typedef {{}} Setup_Imp_Export_JsonInputs */
/** @typedef {{}} Setup_Imp_Export_Json_HintInputs */
/** @typedef {{}} Setup_Imp_FilesInputs */
/** @typedef {{}} Setup_Imp_Header_LineInputs */
/** @typedef {{}} Setup_Imp_HeadingInputs */
/** @typedef {{}} Setup_Imp_Host_UnknownInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_Import_ChangesInputs */
/** @typedef {{}} Setup_Imp_ImportingInputs */
/** @typedef {{}} Setup_Imp_IntroInputs */
/** @typedef {{ line: NonNullable<unknown> }} Setup_Imp_LineInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_AssetInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_CheckpointInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_DeviceInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_Rows_ChangedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_Rows_UnchangedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_SiteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_N_ZoneInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_New_ObjectsInputs */
/** @typedef {{ file: NonNullable<unknown> }} Setup_Imp_Not_Utf8Inputs */
/** @typedef {{}} Setup_Imp_NothingInputs */
/** @typedef {{}} Setup_Imp_Nothing_DoneInputs */
/** @typedef {{}} Setup_Imp_Nothing_NewInputs */
/** @typedef {{}} Setup_Imp_Or_PasteInputs */
/** @typedef {{}} Setup_Imp_Pasted_TextInputs */
/** @typedef {{}} Setup_Imp_PreviewInputs */
/** @typedef {{}} Setup_Imp_Preview_FileInputs */
/** @typedef {{}} Setup_Imp_Preview_FirstInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Imp_Preview_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_ProblemsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_Problems_HintInputs */
/** @typedef {{}} Setup_Imp_ReadingInputs */
/** @typedef {{}} Setup_Imp_RowsInputs */
/** @typedef {{}} Setup_Imp_Secrets_ColumnsInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Imp_Secrets_OnceInputs */
/** @typedef {{}} Setup_Imp_TemplateInputs */
/** @typedef {{}} Setup_Imp_Template_HintInputs */
/** @typedef {{}} Setup_Imp_The_FileInputs */
/** @typedef {{}} Setup_Imp_TitleInputs */
/** @typedef {{}} Setup_Imp_To_ChangeInputs */
/** @typedef {{}} Setup_Imp_To_CreateInputs */
/** @typedef {{}} Setup_Imp_UnchangedInputs */
/** @typedef {{}} Setup_Imp_Unchanged_CountInputs */
/** @typedef {{}} Setup_Imp_Will_ChangeInputs */
/** @typedef {{}} Setup_Imp_Will_CreateInputs */
/** @typedef {{}} Setup_Imp_Writes_NothingInputs */
/** @typedef {{}} Setup_Import_LinkInputs */
/** @typedef {{}} Setup_Interval_MinutesInputs */
/** @typedef {{}} Setup_Intro_AdminInputs */
/** @typedef {{}} Setup_Intro_ManagerInputs */
/** @typedef {{}} Setup_KindInputs */
/** @typedef {{}} Setup_Kind_ButtonInputs */
/** @typedef {{}} Setup_Kind_Button_LongInputs */
/** @typedef {{}} Setup_Kind_SensorInputs */
/** @typedef {{}} Setup_Kind_Sensor_LongInputs */
/** @typedef {{}} Setup_Mqtt_UsernameInputs */
/** @typedef {{}} Setup_NameInputs */
/** @typedef {{}} Setup_New_SiteInputs */
/** @typedef {{}} Setup_New_Site_NextInputs */
/** @typedef {{}} Setup_No_AssetsInputs */
/** @typedef {{}} Setup_No_Assets_CoveredInputs */
/** @typedef {{}} Setup_No_DevicesInputs */
/** @typedef {{}} Setup_No_SitesInputs */
/** @typedef {{}} Setup_No_Sites_Admin_AfterInputs */
/** @typedef {{}} Setup_No_Sites_Admin_BeforeInputs */
/** @typedef {{}} Setup_No_Sites_Admin_OrInputs */
/** @typedef {{}} Setup_No_Sites_ImportInputs */
/** @typedef {{}} Setup_No_Sites_ManagerInputs */
/** @typedef {{}} Setup_No_ZonesInputs */
/** @typedef {{}} Setup_Nothing_ElseInputs */
/** @typedef {{}} Setup_OpenInputs */
/** @typedef {{}} Setup_Open_BoardInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Open_CountInputs */
/** @typedef {{}} Setup_OptionalInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Page_TitleInputs */
/** @typedef {{}} Setup_Print_LabelsInputs */
/** @typedef {{}} Setup_RenameInputs */
/** @typedef {{}} Setup_Rename_Retire_DeleteInputs */
/** @typedef {{}} Setup_RestoreInputs */
/** @typedef {{}} Setup_Restore_ButtonInputs */
/** @typedef {{}} Setup_Restore_SiteInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_RestoredInputs */
/** @typedef {{ thing: NonNullable<unknown> }} Setup_Restored_DoneInputs */
/** @typedef {{}} Setup_Retire_AssetInputs */
/** @typedef {{}} Setup_Retire_CheckpointInputs */
/** @typedef {{}} Setup_Retire_SiteInputs */
/** @typedef {{}} Setup_Retire_Site_ExplainInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Retire_SummaryInputs */
/** @typedef {{}} Setup_Retire_ZoneInputs */
/** @typedef {{}} Setup_Retire_Zone_HintInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_Retired_ClosedInputs */
/** @typedef {{ thing: NonNullable<unknown> }} Setup_Retired_DoneInputs */
/** @typedef {{}} Setup_Retired_HeadingInputs */
/** @typedef {{}} Setup_Retired_HintInputs */
/** @typedef {{}} Setup_Retired_IntroInputs */
/** @typedef {{}} Setup_Retired_TitleInputs */
/** @typedef {{ name: NonNullable<unknown>, zone: NonNullable<unknown> }} Setup_Row_AssetInputs */
/** @typedef {{ name: NonNullable<unknown>, zone: NonNullable<unknown> }} Setup_Row_CheckpointInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Row_DeviceInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Row_ZoneInputs */
/** @typedef {{}} Setup_Save_AssetInputs */
/** @typedef {{}} Setup_Save_CheckpointInputs */
/** @typedef {{}} Setup_Save_SiteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Setup_SecondsInputs */
/** @typedef {{}} Setup_Secret_Once_HintInputs */
/** @typedef {{}} Setup_ServesInputs */
/** @typedef {{}} Setup_Serves_AllInputs */
/** @typedef {{}} Setup_Serves_HintInputs */
/** @typedef {{}} Setup_Serves_NoneInputs */
/** @typedef {{}} Setup_Serves_SomeInputs */
/** @typedef {{}} Setup_Set_UpInputs */
/** @typedef {{}} Setup_Site_CreatedInputs */
/** @typedef {{}} Setup_Site_SavedInputs */
/** @typedef {{}} Setup_State_OfflineInputs */
/** @typedef {{}} Setup_State_OnlineInputs */
/** @typedef {{}} Setup_State_RevokedInputs */
/** @typedef {{}} Setup_Tag_RetiredInputs */
/** @typedef {{}} Setup_The_SiteInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Thing_AssetInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Thing_CheckpointInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Thing_DeviceInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Thing_SiteInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Thing_ZoneInputs */
/** @typedef {{}} Setup_TitleInputs */
/** @typedef {{}} Setup_WatchesInputs */
/** @typedef {{}} Setup_Watches_HintInputs */
/** @typedef {{}} Setup_ZoneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Zone_AddedInputs */
/** @typedef {{}} Setup_Zone_PlaceholderInputs */
/** @typedef {{ name: NonNullable<unknown> }} Setup_Zone_SavedInputs */
/** @typedef {{}} Setup_Zones_AssetsInputs */
/** @typedef {{}} Severity_HighInputs */
/** @typedef {{}} Severity_LowInputs */
/** @typedef {{}} Severity_MediumInputs */
/** @typedef {{ ok: NonNullable<unknown>, defect: NonNullable<unknown>, unknown: NonNullable<unknown> }} Site_AssetsInputs */
/** @typedef {{ name: NonNullable<unknown>, interval: NonNullable<unknown>, last: NonNullable<unknown> }} Site_CheckpointInputs */
/** @typedef {{ age: NonNullable<unknown> }} Site_Checkpoint_AgoInputs */
/** @typedef {{}} Site_Checkpoint_NeverInputs */
/** @typedef {{}} Site_Checkpoint_NowInputs */
/** @typedef {{ onTime: NonNullable<unknown>, checkpoints: NonNullable<unknown> }} Site_Checks_On_TimeInputs */
/** @typedef {{ open: NonNullable<unknown>, high: NonNullable<unknown>, medium: NonNullable<unknown>, low: NonNullable<unknown>, overdue: NonNullable<unknown>, oldest: NonNullable<unknown> }} Site_CountsInputs */
/** @typedef {{}} Site_Crumb_AllInputs */
/** @typedef {{ offline: NonNullable<unknown>, total: NonNullable<unknown> }} Site_Devices_OffInputs */
/** @typedef {{}} Site_Labels_All_SitesInputs */
/** @typedef {{}} Site_Labels_All_ZonesInputs */
/** @typedef {{}} Site_Labels_Col_AssetInputs */
/** @typedef {{}} Site_Labels_Col_LabelInputs */
/** @typedef {{}} Site_Labels_Col_RevokeInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Labels_CountInputs */
/** @typedef {{}} Site_Labels_IntroInputs */
/** @typedef {{ name: NonNullable<unknown> }} Site_Labels_New_CodeInputs */
/** @typedef {{ where: NonNullable<unknown> }} Site_Labels_NoneInputs */
/** @typedef {{ name: NonNullable<unknown> }} Site_Labels_Only_OfInputs */
/** @typedef {{}} Site_Labels_PaperInputs */
/** @typedef {{}} Site_Labels_PrintInputs */
/** @typedef {{}} Site_Labels_Print_OnlyInputs */
/** @typedef {{}} Site_Labels_Revoke_ButtonInputs */
/** @typedef {{ name: NonNullable<unknown> }} Site_Labels_Revoke_ExplainInputs */
/** @typedef {{}} Site_Labels_Revoke_IntroInputs */
/** @typedef {{}} Site_Labels_Revoke_Intro_PrintInputs */
/** @typedef {{ name: NonNullable<unknown> }} Site_Labels_Revoke_OfInputs */
/** @typedef {{}} Site_Labels_Revoke_TitleInputs */
/** @typedef {{}} Site_Labels_ScanInputs */
/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Site_Labels_Sheet_OfInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Labels_SheetsInputs */
/** @typedef {{}} Site_Labels_ShowInputs */
/** @typedef {{}} Site_Labels_Show_EveryInputs */
/** @typedef {{}} Site_Labels_SizeInputs */
/** @typedef {{}} Site_Labels_Size_LargeInputs */
/** @typedef {{}} Site_Labels_Size_MediumInputs */
/** @typedef {{ name: NonNullable<unknown>, width: NonNullable<unknown>, height: NonNullable<unknown>, count: NonNullable<unknown> }} Site_Labels_Size_OptionInputs */
/** @typedef {{}} Site_Labels_Size_SmallInputs */
/** @typedef {{ labels: NonNullable<unknown>, sheets: NonNullable<unknown>, paper: NonNullable<unknown>, columns: NonNullable<unknown>, rows: NonNullable<unknown> }} Site_Labels_SummaryInputs */
/** @typedef {{}} Site_Labels_This_SiteInputs */
/** @typedef {{}} Site_Labels_TitleInputs */
/** @typedef {{}} Site_Labels_Which_AssetInputs */
/** @typedef {{}} Site_Labels_ZoneInputs */
/** @typedef {{}} Site_Nothing_OpenInputs */
/** @typedef {{}} Site_Open_DefectsInputs */
/** @typedef {{}} Site_Report_AssetInputs */
/** @typedef {{}} Site_Report_ChooseInputs */
/** @typedef {{}} Site_Report_Choose_AssetInputs */
/** @typedef {{}} Site_Report_Choose_FaultInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Site_Report_FailedInputs */
/** @typedef {{ site: NonNullable<unknown> }} Site_Report_HeadInputs */
/** @typedef {{}} Site_Report_NoteInputs */
/** @typedef {{}} Site_Report_Note_PlaceholderInputs */
/** @typedef {{}} Site_Report_OptionalInputs */
/** @typedef {{}} Site_Report_SendInputs */
/** @typedef {{}} Site_Report_TitleInputs */
/** @typedef {{}} Site_Report_WhatInputs */
/** @typedef {{ zone: NonNullable<unknown> }} Site_Times_InInputs */
/** @typedef {{}} Site_Unknown_NoteInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Zone_UnknownInputs */
/** @typedef {{ count: NonNullable<unknown> }} Site_Zone_With_DefectsInputs */
/** @typedef {{}} Site_ZonesInputs */
/** @typedef {{ count: NonNullable<unknown> }} Sites_CountInputs */
/** @typedef {{}} Status_AmberInputs */
/** @typedef {{}} Status_GreenInputs */
/** @typedef {{}} Status_RedInputs */
/** @typedef {{}} Status_UnknownInputs */
/** @typedef {{}} Work_AcknowledgedInputs */
/** @typedef {{ name: NonNullable<unknown> }} Work_Assigned_ToInputs */
/** @typedef {{}} Work_Choose_AssigneeInputs */
/** @typedef {{}} Work_Choose_DueInputs */
/** @typedef {{}} Work_Comment_AddedInputs */
/** @typedef {{}} Work_Comment_FirstInputs */
/** @typedef {{}} Work_Comment_Too_LongInputs */
/** @typedef {{}} Work_On_Hold_DoneInputs */
/** @typedef {{}} Work_ReopenedInputs */
/** @typedef {{}} Work_ResolvedInputs */
/** @typedef {{}} Work_Say_WaitingInputs */
/** @typedef {{}} Work_Staff_Take_OnlyInputs */
/** @typedef {{}} Work_UnassignedInputs */
/** @typedef {{}} Work_UndoneInputs */
/** @typedef {{}} Work_View_OnlyInputs */
/** @typedef {{}} Work_Which_DefectInputs */
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
* | "{who} is {role} of all sites, present and future: {does}." |
*
* @param {Admin_Access_All_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_all_is = /** @type {((inputs: Admin_Access_All_IsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_All_IsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_all_is(inputs)
	if (locale === "da") return __da.admin_access_all_is(inputs)
	if (locale === "sv") return __sv.admin_access_all_is(inputs)
	return __en.admin_access_all_is(inputs)
});
/**
* | output |
* | --- |
* | "{who} will be {role} of all sites, present and future: {does}." |
*
* @param {Admin_Access_All_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_all_will = /** @type {((inputs: Admin_Access_All_WillInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_All_WillInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_all_will(inputs)
	if (locale === "da") return __da.admin_access_all_will(inputs)
	if (locale === "sv") return __sv.admin_access_all_will(inputs)
	return __en.admin_access_all_will(inputs)
});
/**
* | output |
* | --- |
* | "{who} is {role} at {sites}: {does}." |
*
* @param {Admin_Access_At_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_at_is = /** @type {((inputs: Admin_Access_At_IsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_At_IsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_at_is(inputs)
	if (locale === "da") return __da.admin_access_at_is(inputs)
	if (locale === "sv") return __sv.admin_access_at_is(inputs)
	return __en.admin_access_at_is(inputs)
});
/**
* | output |
* | --- |
* | "{who} will be {role} at {sites}: {does}." |
*
* @param {Admin_Access_At_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_at_will = /** @type {((inputs: Admin_Access_At_WillInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_At_WillInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_at_will(inputs)
	if (locale === "da") return __da.admin_access_at_will(inputs)
	if (locale === "sv") return __sv.admin_access_at_will(inputs)
	return __en.admin_access_at_will(inputs)
});
/**
* | output |
* | --- |
* | "{who} is {role} of no site yet: tick at least one, or choose all sites." |
*
* @param {Admin_Access_None_IsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_none_is = /** @type {((inputs: Admin_Access_None_IsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_None_IsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_none_is(inputs)
	if (locale === "da") return __da.admin_access_none_is(inputs)
	if (locale === "sv") return __sv.admin_access_none_is(inputs)
	return __en.admin_access_none_is(inputs)
});
/**
* | output |
* | --- |
* | "{who} will be {role} of no site yet: tick at least one, or choose all sites." |
*
* @param {Admin_Access_None_WillInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_none_will = /** @type {((inputs: Admin_Access_None_WillInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_None_WillInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_none_will(inputs)
	if (locale === "da") return __da.admin_access_none_will(inputs)
	if (locale === "sv") return __sv.admin_access_none_will(inputs)
	return __en.admin_access_none_will(inputs)
});
/**
* | output |
* | --- |
* | "Access" |
*
* @param {Admin_Access_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_access_title = /** @type {((inputs?: Admin_Access_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Access_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_access_title(inputs)
	if (locale === "da") return __da.admin_access_title(inputs)
	if (locale === "sv") return __sv.admin_access_title(inputs)
	return __en.admin_access_title(inputs)
});
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
export const admin_accounts_count = /** @type {((inputs: Admin_Accounts_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Accounts_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_accounts_count(inputs)
	if (locale === "da") return __da.admin_accounts_count(inputs)
	if (locale === "sv") return __sv.admin_accounts_count(inputs)
	return __en.admin_accounts_count(inputs)
});
/**
* | output |
* | --- |
* | "the API, no one signed in" |
*
* @param {Admin_Actor_ApiInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_api = /** @type {((inputs?: Admin_Actor_ApiInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Actor_ApiInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_actor_api(inputs)
	if (locale === "da") return __da.admin_actor_api(inputs)
	if (locale === "sv") return __sv.admin_actor_api(inputs)
	return __en.admin_actor_api(inputs)
});
/**
* | output |
* | --- |
* | "the admin token from BULBCHECK_ADMIN_TOKEN" |
*
* @param {Admin_Actor_EnvironmentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_environment = /** @type {((inputs?: Admin_Actor_EnvironmentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Actor_EnvironmentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_actor_environment(inputs)
	if (locale === "da") return __da.admin_actor_environment(inputs)
	if (locale === "sv") return __sv.admin_actor_environment(inputs)
	return __en.admin_actor_environment(inputs)
});
/**
* | output |
* | --- |
* | "the admin token made at first start" |
*
* @param {Admin_Actor_GeneratedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_generated = /** @type {((inputs?: Admin_Actor_GeneratedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Actor_GeneratedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_actor_generated(inputs)
	if (locale === "da") return __da.admin_actor_generated(inputs)
	if (locale === "sv") return __sv.admin_actor_generated(inputs)
	return __en.admin_actor_generated(inputs)
});
/**
* | output |
* | --- |
* | "Bulb Check itself" |
*
* @param {Admin_Actor_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_actor_system = /** @type {((inputs?: Admin_Actor_SystemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Actor_SystemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_actor_system(inputs)
	if (locale === "da") return __da.admin_actor_system(inputs)
	if (locale === "sv") return __sv.admin_actor_system(inputs)
	return __en.admin_actor_system(inputs)
});
/**
* | output |
* | --- |
* | "Addresses (comma or space between)" |
*
* @param {Admin_AddressesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_addresses = /** @type {((inputs?: Admin_AddressesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_AddressesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_addresses(inputs)
	if (locale === "da") return __da.admin_addresses(inputs)
	if (locale === "sv") return __sv.admin_addresses(inputs)
	return __en.admin_addresses(inputs)
});
/**
* | output |
* | --- |
* | "admins'" |
*
* @param {Admin_Admins_OwnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_admins_own = /** @type {((inputs?: Admin_Admins_OwnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Admins_OwnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_admins_own(inputs)
	if (locale === "da") return __da.admin_admins_own(inputs)
	if (locale === "sv") return __sv.admin_admins_own(inputs)
	return __en.admin_admins_own(inputs)
});
/**
* | output |
* | --- |
* | "Admins always see every site." |
*
* @param {Admin_Admins_See_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_admins_see_all = /** @type {((inputs?: Admin_Admins_See_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Admins_See_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_admins_see_all(inputs)
	if (locale === "da") return __da.admin_admins_see_all(inputs)
	if (locale === "sv") return __sv.admin_admins_see_all(inputs)
	return __en.admin_admins_see_all(inputs)
});
/**
* | output |
* | --- |
* | "all" |
*
* @param {Admin_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_all = /** @type {((inputs?: Admin_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_all(inputs)
	if (locale === "da") return __da.admin_all(inputs)
	if (locale === "sv") return __sv.admin_all(inputs)
	return __en.admin_all(inputs)
});
/**
* | output |
* | --- |
* | "all sites" |
*
* @param {Admin_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_all_sites = /** @type {((inputs?: Admin_All_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_All_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_all_sites(inputs)
	if (locale === "da") return __da.admin_all_sites(inputs)
	if (locale === "sv") return __sv.admin_all_sites(inputs)
	return __en.admin_all_sites(inputs)
});
/**
* | output |
* | --- |
* | "{time} {zone}" |
*
* @param {Admin_At_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_at_hour = /** @type {((inputs: Admin_At_HourInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_At_HourInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_at_hour(inputs)
	if (locale === "da") return __da.admin_at_hour(inputs)
	if (locale === "sv") return __sv.admin_at_hour(inputs)
	return __en.admin_at_hour(inputs)
});
/**
* | output |
* | --- |
* | "Every change made through the API: provisioning, acknowledgements, resolutions, devices, users and tokens. Times in UTC." |
*
* @param {Admin_Audit_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_audit_intro = /** @type {((inputs?: Admin_Audit_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Audit_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_audit_intro(inputs)
	if (locale === "da") return __da.admin_audit_intro(inputs)
	if (locale === "sv") return __sv.admin_audit_intro(inputs)
	return __en.admin_audit_intro(inputs)
});
/**
* | output |
* | --- |
* | "Audit log" |
*
* @param {Admin_Audit_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_audit_title = /** @type {((inputs?: Admin_Audit_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Audit_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_audit_title(inputs)
	if (locale === "da") return __da.admin_audit_title(inputs)
	if (locale === "sv") return __sv.admin_audit_title(inputs)
	return __en.admin_audit_title(inputs)
});
/**
* | output |
* | --- |
* | "back-office" |
*
* @param {Admin_Back_OfficeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_back_office = /** @type {((inputs?: Admin_Back_OfficeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Back_OfficeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_back_office(inputs)
	if (locale === "da") return __da.admin_back_office(inputs)
	if (locale === "sv") return __sv.admin_back_office(inputs)
	return __en.admin_back_office(inputs)
});
/**
* | output |
* | --- |
* | "Channel changed." |
*
* @param {Admin_Channel_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_changed = /** @type {((inputs?: Admin_Channel_ChangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channel_ChangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channel_changed(inputs)
	if (locale === "da") return __da.admin_channel_changed(inputs)
	if (locale === "sv") return __sv.admin_channel_changed(inputs)
	return __en.admin_channel_changed(inputs)
});
/**
* | output |
* | --- |
* | "Channel “{name}” created." |
*
* @param {Admin_Channel_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_created = /** @type {((inputs: Admin_Channel_CreatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channel_CreatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channel_created(inputs)
	if (locale === "da") return __da.admin_channel_created(inputs)
	if (locale === "sv") return __sv.admin_channel_created(inputs)
	return __en.admin_channel_created(inputs)
});
/**
* | output |
* | --- |
* | "Channel deleted." |
*
* @param {Admin_Channel_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_deleted = /** @type {((inputs?: Admin_Channel_DeletedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channel_DeletedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channel_deleted(inputs)
	if (locale === "da") return __da.admin_channel_deleted(inputs)
	if (locale === "sv") return __sv.admin_channel_deleted(inputs)
	return __en.admin_channel_deleted(inputs)
});
/**
* | output |
* | --- |
* | "channel {id}" |
*
* @param {Admin_Channel_NInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_n = /** @type {((inputs: Admin_Channel_NInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channel_NInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channel_n(inputs)
	if (locale === "da") return __da.admin_channel_n(inputs)
	if (locale === "sv") return __sv.admin_channel_n(inputs)
	return __en.admin_channel_n(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Oslo night staff" |
*
* @param {Admin_Channel_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channel_placeholder = /** @type {((inputs?: Admin_Channel_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channel_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channel_placeholder(inputs)
	if (locale === "da") return __da.admin_channel_placeholder(inputs)
	if (locale === "sv") return __sv.admin_channel_placeholder(inputs)
	return __en.admin_channel_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Channels" |
*
* @param {Admin_Channels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_channels_title = /** @type {((inputs?: Admin_Channels_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Channels_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_channels_title(inputs)
	if (locale === "da") return __da.admin_channels_title(inputs)
	if (locale === "sv") return __sv.admin_channels_title(inputs)
	return __en.admin_channels_title(inputs)
});
/**
* | output |
* | --- |
* | "Choose a kind." |
*
* @param {Admin_Choose_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_choose_kind = /** @type {((inputs?: Admin_Choose_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Choose_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_choose_kind(inputs)
	if (locale === "da") return __da.admin_choose_kind(inputs)
	if (locale === "sv") return __sv.admin_choose_kind(inputs)
	return __en.admin_choose_kind(inputs)
});
/**
* | output |
* | --- |
* | "Choose a role." |
*
* @param {Admin_Choose_RoleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_choose_role = /** @type {((inputs?: Admin_Choose_RoleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Choose_RoleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_choose_role(inputs)
	if (locale === "da") return __da.admin_choose_role(inputs)
	if (locale === "sv") return __sv.admin_choose_role(inputs)
	return __en.admin_choose_role(inputs)
});
/**
* | output |
* | --- |
* | "Attempts" |
*
* @param {Admin_Col_AttemptsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_attempts = /** @type {((inputs?: Admin_Col_AttemptsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_AttemptsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_attempts(inputs)
	if (locale === "da") return __da.admin_col_attempts(inputs)
	if (locale === "sv") return __sv.admin_col_attempts(inputs)
	return __en.admin_col_attempts(inputs)
});
/**
* | output |
* | --- |
* | "Channel" |
*
* @param {Admin_Col_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_channel = /** @type {((inputs?: Admin_Col_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_channel(inputs)
	if (locale === "da") return __da.admin_col_channel(inputs)
	if (locale === "sv") return __sv.admin_col_channel(inputs)
	return __en.admin_col_channel(inputs)
});
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Admin_Col_ContactInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_contact = /** @type {((inputs?: Admin_Col_ContactInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_ContactInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_contact(inputs)
	if (locale === "da") return __da.admin_col_contact(inputs)
	if (locale === "sv") return __sv.admin_col_contact(inputs)
	return __en.admin_col_contact(inputs)
});
/**
* | output |
* | --- |
* | "Detail" |
*
* @param {Admin_Col_DetailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_detail = /** @type {((inputs?: Admin_Col_DetailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_DetailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_detail(inputs)
	if (locale === "da") return __da.admin_col_detail(inputs)
	if (locale === "sv") return __sv.admin_col_detail(inputs)
	return __en.admin_col_detail(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Admin_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_kind = /** @type {((inputs?: Admin_Col_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_kind(inputs)
	if (locale === "da") return __da.admin_col_kind(inputs)
	if (locale === "sv") return __sv.admin_col_kind(inputs)
	return __en.admin_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "Last answer" |
*
* @param {Admin_Col_Last_AnswerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_answer = /** @type {((inputs?: Admin_Col_Last_AnswerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_Last_AnswerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_last_answer(inputs)
	if (locale === "da") return __da.admin_col_last_answer(inputs)
	if (locale === "sv") return __sv.admin_col_last_answer(inputs)
	return __en.admin_col_last_answer(inputs)
});
/**
* | output |
* | --- |
* | "Last sent" |
*
* @param {Admin_Col_Last_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_sent = /** @type {((inputs?: Admin_Col_Last_SentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_Last_SentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_last_sent(inputs)
	if (locale === "da") return __da.admin_col_last_sent(inputs)
	if (locale === "sv") return __sv.admin_col_last_sent(inputs)
	return __en.admin_col_last_sent(inputs)
});
/**
* | output |
* | --- |
* | "Last sign-in" |
*
* @param {Admin_Col_Last_Sign_InInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_sign_in = /** @type {((inputs?: Admin_Col_Last_Sign_InInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_Last_Sign_InInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_last_sign_in(inputs)
	if (locale === "da") return __da.admin_col_last_sign_in(inputs)
	if (locale === "sv") return __sv.admin_col_last_sign_in(inputs)
	return __en.admin_col_last_sign_in(inputs)
});
/**
* | output |
* | --- |
* | "Last used" |
*
* @param {Admin_Col_Last_UsedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_last_used = /** @type {((inputs?: Admin_Col_Last_UsedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_Last_UsedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_last_used(inputs)
	if (locale === "da") return __da.admin_col_last_used(inputs)
	if (locale === "sv") return __sv.admin_col_last_used(inputs)
	return __en.admin_col_last_used(inputs)
});
/**
* | output |
* | --- |
* | "Levels" |
*
* @param {Admin_Col_LevelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_levels = /** @type {((inputs?: Admin_Col_LevelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_LevelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_levels(inputs)
	if (locale === "da") return __da.admin_col_levels(inputs)
	if (locale === "sv") return __sv.admin_col_levels(inputs)
	return __en.admin_col_levels(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Admin_Col_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_name = /** @type {((inputs?: Admin_Col_NameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_NameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_name(inputs)
	if (locale === "da") return __da.admin_col_name(inputs)
	if (locale === "sv") return __sv.admin_col_name(inputs)
	return __en.admin_col_name(inputs)
});
/**
* | output |
* | --- |
* | "On" |
*
* @param {Admin_Col_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_on = /** @type {((inputs?: Admin_Col_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_on(inputs)
	if (locale === "da") return __da.admin_col_on(inputs)
	if (locale === "sv") return __sv.admin_col_on(inputs)
	return __en.admin_col_on(inputs)
});
/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Admin_Col_OwnerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_owner = /** @type {((inputs?: Admin_Col_OwnerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_OwnerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_owner(inputs)
	if (locale === "da") return __da.admin_col_owner(inputs)
	if (locale === "sv") return __sv.admin_col_owner(inputs)
	return __en.admin_col_owner(inputs)
});
/**
* | output |
* | --- |
* | "Quiet hours" |
*
* @param {Admin_Col_QuietInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_quiet = /** @type {((inputs?: Admin_Col_QuietInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_QuietInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_quiet(inputs)
	if (locale === "da") return __da.admin_col_quiet(inputs)
	if (locale === "sv") return __sv.admin_col_quiet(inputs)
	return __en.admin_col_quiet(inputs)
});
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Admin_Col_RoleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_role = /** @type {((inputs?: Admin_Col_RoleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_RoleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_role(inputs)
	if (locale === "da") return __da.admin_col_role(inputs)
	if (locale === "sv") return __sv.admin_col_role(inputs)
	return __en.admin_col_role(inputs)
});
/**
* | output |
* | --- |
* | "Rule" |
*
* @param {Admin_Col_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_rule = /** @type {((inputs?: Admin_Col_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_rule(inputs)
	if (locale === "da") return __da.admin_col_rule(inputs)
	if (locale === "sv") return __sv.admin_col_rule(inputs)
	return __en.admin_col_rule(inputs)
});
/**
* | output |
* | --- |
* | "Sends to" |
*
* @param {Admin_Col_Sends_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_sends_to = /** @type {((inputs?: Admin_Col_Sends_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_Sends_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_sends_to(inputs)
	if (locale === "da") return __da.admin_col_sends_to(inputs)
	if (locale === "sv") return __sv.admin_col_sends_to(inputs)
	return __en.admin_col_sends_to(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Admin_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_site = /** @type {((inputs?: Admin_Col_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_site(inputs)
	if (locale === "da") return __da.admin_col_site(inputs)
	if (locale === "sv") return __sv.admin_col_site(inputs)
	return __en.admin_col_site(inputs)
});
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Admin_Col_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_sites = /** @type {((inputs?: Admin_Col_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_sites(inputs)
	if (locale === "da") return __da.admin_col_sites(inputs)
	if (locale === "sv") return __sv.admin_col_sites(inputs)
	return __en.admin_col_sites(inputs)
});
/**
* | output |
* | --- |
* | "State" |
*
* @param {Admin_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_state = /** @type {((inputs?: Admin_Col_StateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_StateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_state(inputs)
	if (locale === "da") return __da.admin_col_state(inputs)
	if (locale === "sv") return __sv.admin_col_state(inputs)
	return __en.admin_col_state(inputs)
});
/**
* | output |
* | --- |
* | "Takes" |
*
* @param {Admin_Col_TakesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_takes = /** @type {((inputs?: Admin_Col_TakesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_TakesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_takes(inputs)
	if (locale === "da") return __da.admin_col_takes(inputs)
	if (locale === "sv") return __sv.admin_col_takes(inputs)
	return __en.admin_col_takes(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Admin_Col_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_to = /** @type {((inputs?: Admin_Col_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_to(inputs)
	if (locale === "da") return __da.admin_col_to(inputs)
	if (locale === "sv") return __sv.admin_col_to(inputs)
	return __en.admin_col_to(inputs)
});
/**
* | output |
* | --- |
* | "Username" |
*
* @param {Admin_Col_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_username = /** @type {((inputs?: Admin_Col_UsernameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_UsernameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_username(inputs)
	if (locale === "da") return __da.admin_col_username(inputs)
	if (locale === "sv") return __sv.admin_col_username(inputs)
	return __en.admin_col_username(inputs)
});
/**
* | output |
* | --- |
* | "What" |
*
* @param {Admin_Col_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_what = /** @type {((inputs?: Admin_Col_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_what(inputs)
	if (locale === "da") return __da.admin_col_what(inputs)
	if (locale === "sv") return __sv.admin_col_what(inputs)
	return __en.admin_col_what(inputs)
});
/**
* | output |
* | --- |
* | "When" |
*
* @param {Admin_Col_WhenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_when = /** @type {((inputs?: Admin_Col_WhenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_WhenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_when(inputs)
	if (locale === "da") return __da.admin_col_when(inputs)
	if (locale === "sv") return __sv.admin_col_when(inputs)
	return __en.admin_col_when(inputs)
});
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Admin_Col_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_col_who = /** @type {((inputs?: Admin_Col_WhoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Col_WhoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_col_who(inputs)
	if (locale === "da") return __da.admin_col_who(inputs)
	if (locale === "sv") return __sv.admin_col_who(inputs)
	return __en.admin_col_who(inputs)
});
/**
* | output |
* | --- |
* | "Where {name} is told of what is assigned to them. Empty removes it." |
*
* @param {Admin_Contact_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_contact_intro = /** @type {((inputs: Admin_Contact_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Contact_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_contact_intro(inputs)
	if (locale === "da") return __da.admin_contact_intro(inputs)
	if (locale === "sv") return __sv.admin_contact_intro(inputs)
	return __en.admin_contact_intro(inputs)
});
/**
* | output |
* | --- |
* | "E-mail and phone" |
*
* @param {Admin_Contact_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_contact_title = /** @type {((inputs?: Admin_Contact_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Contact_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_contact_title(inputs)
	if (locale === "da") return __da.admin_contact_title(inputs)
	if (locale === "sv") return __sv.admin_contact_title(inputs)
	return __en.admin_contact_title(inputs)
});
/**
* | output |
* | --- |
* | "Copied" |
*
* @param {Admin_CopiedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copied = /** @type {((inputs?: Admin_CopiedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_CopiedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_copied(inputs)
	if (locale === "da") return __da.admin_copied(inputs)
	if (locale === "sv") return __sv.admin_copied(inputs)
	return __en.admin_copied(inputs)
});
/**
* | output |
* | --- |
* | "Copy" |
*
* @param {Admin_CopyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copy = /** @type {((inputs?: Admin_CopyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_CopyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_copy(inputs)
	if (locale === "da") return __da.admin_copy(inputs)
	if (locale === "sv") return __sv.admin_copy(inputs)
	return __en.admin_copy(inputs)
});
/**
* | output |
* | --- |
* | "Copying is not allowed here: the text is selected, copy it with your keyboard." |
*
* @param {Admin_Copy_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_copy_not_allowed = /** @type {((inputs?: Admin_Copy_Not_AllowedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Copy_Not_AllowedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_copy_not_allowed(inputs)
	if (locale === "da") return __da.admin_copy_not_allowed(inputs)
	if (locale === "sv") return __sv.admin_copy_not_allowed(inputs)
	return __en.admin_copy_not_allowed(inputs)
});
/**
* | output |
* | --- |
* | "Create channel" |
*
* @param {Admin_Create_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_channel = /** @type {((inputs?: Admin_Create_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Create_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_create_channel(inputs)
	if (locale === "da") return __da.admin_create_channel(inputs)
	if (locale === "sv") return __sv.admin_create_channel(inputs)
	return __en.admin_create_channel(inputs)
});
/**
* | output |
* | --- |
* | "Create rule" |
*
* @param {Admin_Create_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_rule = /** @type {((inputs?: Admin_Create_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Create_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_create_rule(inputs)
	if (locale === "da") return __da.admin_create_rule(inputs)
	if (locale === "sv") return __sv.admin_create_rule(inputs)
	return __en.admin_create_rule(inputs)
});
/**
* | output |
* | --- |
* | "Create token" |
*
* @param {Admin_Create_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_token = /** @type {((inputs?: Admin_Create_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Create_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_create_token(inputs)
	if (locale === "da") return __da.admin_create_token(inputs)
	if (locale === "sv") return __sv.admin_create_token(inputs)
	return __en.admin_create_token(inputs)
});
/**
* | output |
* | --- |
* | "Create user" |
*
* @param {Admin_Create_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_create_user = /** @type {((inputs?: Admin_Create_UserInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Create_UserInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_create_user(inputs)
	if (locale === "da") return __da.admin_create_user(inputs)
	if (locale === "sv") return __sv.admin_create_user(inputs)
	return __en.admin_create_user(inputs)
});
/**
* | output |
* | --- |
* | "Created" |
*
* @param {Admin_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_created = /** @type {((inputs?: Admin_CreatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_CreatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_created(inputs)
	if (locale === "da") return __da.admin_created(inputs)
	if (locale === "sv") return __sv.admin_created(inputs)
	return __en.admin_created(inputs)
});
/**
* | output |
* | --- |
* | "customer-visible" |
*
* @param {Admin_Customer_VisibleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_customer_visible = /** @type {((inputs?: Admin_Customer_VisibleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Customer_VisibleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_customer_visible(inputs)
	if (locale === "da") return __da.admin_customer_visible(inputs)
	if (locale === "sv") return __sv.admin_customer_visible(inputs)
	return __en.admin_customer_visible(inputs)
});
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Admin_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete = /** @type {((inputs?: Admin_DeleteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_DeleteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_delete(inputs)
	if (locale === "da") return __da.admin_delete(inputs)
	if (locale === "sv") return __sv.admin_delete(inputs)
	return __en.admin_delete(inputs)
});
/**
* | output |
* | --- |
* | "Delete channel" |
*
* @param {Admin_Delete_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete_channel = /** @type {((inputs?: Admin_Delete_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Delete_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_delete_channel(inputs)
	if (locale === "da") return __da.admin_delete_channel(inputs)
	if (locale === "sv") return __sv.admin_delete_channel(inputs)
	return __en.admin_delete_channel(inputs)
});
/**
* | output |
* | --- |
* | "Its delivery log goes with it. A channel a rule or report uses cannot be deleted." |
*
* @param {Admin_Delete_Channel_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delete_channel_explain = /** @type {((inputs?: Admin_Delete_Channel_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Delete_Channel_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_delete_channel_explain(inputs)
	if (locale === "da") return __da.admin_delete_channel_explain(inputs)
	if (locale === "sv") return __sv.admin_delete_channel_explain(inputs)
	return __en.admin_delete_channel_explain(inputs)
});
/**
* | output |
* | --- |
* | "Every message, newest first; times in UTC. Failed ones are retried with growing waits for a day; an uncertain one was cut off mid-send to a chat room, which ..." |
*
* @param {Admin_Deliveries_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_deliveries_intro = /** @type {((inputs?: Admin_Deliveries_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Deliveries_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_deliveries_intro(inputs)
	if (locale === "da") return __da.admin_deliveries_intro(inputs)
	if (locale === "sv") return __sv.admin_deliveries_intro(inputs)
	return __en.admin_deliveries_intro(inputs)
});
/**
* | output |
* | --- |
* | "Delivery log" |
*
* @param {Admin_Delivery_LogInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delivery_log = /** @type {((inputs?: Admin_Delivery_LogInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Delivery_LogInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_delivery_log(inputs)
	if (locale === "da") return __da.admin_delivery_log(inputs)
	if (locale === "sv") return __sv.admin_delivery_log(inputs)
	return __en.admin_delivery_log(inputs)
});
/**
* | output |
* | --- |
* | "Delivery {id}: {state}." |
*
* @param {Admin_Delivery_RetriedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_delivery_retried = /** @type {((inputs: Admin_Delivery_RetriedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Delivery_RetriedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_delivery_retried(inputs)
	if (locale === "da") return __da.admin_delivery_retried(inputs)
	if (locale === "sv") return __sv.admin_delivery_retried(inputs)
	return __en.admin_delivery_retried(inputs)
});
/**
* | output |
* | --- |
* | "Disable {username}" |
*
* @param {Admin_DisableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable = /** @type {((inputs: Admin_DisableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_DisableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_disable(inputs)
	if (locale === "da") return __da.admin_disable(inputs)
	if (locale === "sv") return __sv.admin_disable(inputs)
	return __en.admin_disable(inputs)
});
/**
* | output |
* | --- |
* | "{name} is signed out at once and cannot sign in; their personal tokens are revoked for good. You can enable the account again: they sign in anew, and make ne..." |
*
* @param {Admin_Disable_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable_explain = /** @type {((inputs: Admin_Disable_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Disable_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_disable_explain(inputs)
	if (locale === "da") return __da.admin_disable_explain(inputs)
	if (locale === "sv") return __sv.admin_disable_explain(inputs)
	return __en.admin_disable_explain(inputs)
});
/**
* | output |
* | --- |
* | "Disable this account…" |
*
* @param {Admin_Disable_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disable_summary = /** @type {((inputs?: Admin_Disable_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Disable_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_disable_summary(inputs)
	if (locale === "da") return __da.admin_disable_summary(inputs)
	if (locale === "sv") return __sv.admin_disable_summary(inputs)
	return __en.admin_disable_summary(inputs)
});
/**
* | output |
* | --- |
* | "Disabled: they are signed out, their personal tokens revoked, and they cannot sign in." |
*
* @param {Admin_Disabled_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disabled_done = /** @type {((inputs?: Admin_Disabled_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Disabled_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_disabled_done(inputs)
	if (locale === "da") return __da.admin_disabled_done(inputs)
	if (locale === "sv") return __sv.admin_disabled_done(inputs)
	return __en.admin_disabled_done(inputs)
});
/**
* | output |
* | --- |
* | "disabled since {when}" |
*
* @param {Admin_Disabled_SinceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_disabled_since = /** @type {((inputs: Admin_Disabled_SinceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Disabled_SinceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_disabled_since(inputs)
	if (locale === "da") return __da.admin_disabled_since(inputs)
	if (locale === "sv") return __sv.admin_disabled_since(inputs)
	return __en.admin_disabled_since(inputs)
});
/**
* | output |
* | --- |
* | "Display name" |
*
* @param {Admin_Display_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_display_name = /** @type {((inputs?: Admin_Display_NameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Display_NameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_display_name(inputs)
	if (locale === "da") return __da.admin_display_name(inputs)
	if (locale === "sv") return __sv.admin_display_name(inputs)
	return __en.admin_display_name(inputs)
});
/**
* | output |
* | --- |
* | "The display name is 1 to 80 characters." |
*
* @param {Admin_Display_Name_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_display_name_wrong = /** @type {((inputs?: Admin_Display_Name_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Display_Name_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_display_name_wrong(inputs)
	if (locale === "da") return __da.admin_display_name_wrong(inputs)
	if (locale === "sv") return __sv.admin_display_name_wrong(inputs)
	return __en.admin_display_name_wrong(inputs)
});
/**
* | output |
* | --- |
* | "does everything, the fleet, people and tokens included" |
*
* @param {Admin_Does_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_admin = /** @type {((inputs?: Admin_Does_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_admin(inputs)
	if (locale === "da") return __da.admin_does_admin(inputs)
	if (locale === "sv") return __sv.admin_does_admin(inputs)
	return __en.admin_does_admin(inputs)
});
/**
* | output |
* | --- |
* | "sees their boards and defects, reports, acknowledges and resolves them, and looks after their devices, QR codes and notifications" |
*
* @param {Admin_Does_Manager_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_manager_many = /** @type {((inputs?: Admin_Does_Manager_ManyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Manager_ManyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_manager_many(inputs)
	if (locale === "da") return __da.admin_does_manager_many(inputs)
	if (locale === "sv") return __sv.admin_does_manager_many(inputs)
	return __en.admin_does_manager_many(inputs)
});
/**
* | output |
* | --- |
* | "sees its boards and defects, reports, acknowledges and resolves them, and looks after its devices, QR codes and notifications" |
*
* @param {Admin_Does_Manager_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_manager_one = /** @type {((inputs?: Admin_Does_Manager_OneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Manager_OneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_manager_one(inputs)
	if (locale === "da") return __da.admin_does_manager_one(inputs)
	if (locale === "sv") return __sv.admin_does_manager_one(inputs)
	return __en.admin_does_manager_one(inputs)
});
/**
* | output |
* | --- |
* | "sees their boards and defects, reports, acknowledges and resolves them" |
*
* @param {Admin_Does_Staff_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_staff_many = /** @type {((inputs?: Admin_Does_Staff_ManyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Staff_ManyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_staff_many(inputs)
	if (locale === "da") return __da.admin_does_staff_many(inputs)
	if (locale === "sv") return __sv.admin_does_staff_many(inputs)
	return __en.admin_does_staff_many(inputs)
});
/**
* | output |
* | --- |
* | "sees its boards and defects, reports, acknowledges and resolves them" |
*
* @param {Admin_Does_Staff_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_staff_one = /** @type {((inputs?: Admin_Does_Staff_OneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Staff_OneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_staff_one(inputs)
	if (locale === "da") return __da.admin_does_staff_one(inputs)
	if (locale === "sv") return __sv.admin_does_staff_one(inputs)
	return __en.admin_does_staff_one(inputs)
});
/**
* | output |
* | --- |
* | "sees their boards and defects" |
*
* @param {Admin_Does_Viewer_ManyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_viewer_many = /** @type {((inputs?: Admin_Does_Viewer_ManyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Viewer_ManyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_viewer_many(inputs)
	if (locale === "da") return __da.admin_does_viewer_many(inputs)
	if (locale === "sv") return __sv.admin_does_viewer_many(inputs)
	return __en.admin_does_viewer_many(inputs)
});
/**
* | output |
* | --- |
* | "sees its boards and defects" |
*
* @param {Admin_Does_Viewer_OneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_does_viewer_one = /** @type {((inputs?: Admin_Does_Viewer_OneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Does_Viewer_OneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_does_viewer_one(inputs)
	if (locale === "da") return __da.admin_does_viewer_one(inputs)
	if (locale === "sv") return __sv.admin_does_viewer_one(inputs)
	return __en.admin_does_viewer_one(inputs)
});
/**
* | output |
* | --- |
* | "e.g. {example}" |
*
* @param {Admin_EgInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_eg = /** @type {((inputs: Admin_EgInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_EgInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_eg(inputs)
	if (locale === "da") return __da.admin_eg(inputs)
	if (locale === "sv") return __sv.admin_eg(inputs)
	return __en.admin_eg(inputs)
});
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Admin_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email = /** @type {((inputs?: Admin_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_email(inputs)
	if (locale === "da") return __da.admin_email(inputs)
	if (locale === "sv") return __sv.admin_email(inputs)
	return __en.admin_email(inputs)
});
/**
* | output |
* | --- |
* | "(optional: told of what is assigned to them)" |
*
* @param {Admin_Email_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email_optional = /** @type {((inputs?: Admin_Email_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Email_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_email_optional(inputs)
	if (locale === "da") return __da.admin_email_optional(inputs)
	if (locale === "sv") return __sv.admin_email_optional(inputs)
	return __en.admin_email_optional(inputs)
});
/**
* | output |
* | --- |
* | "Write an e-mail address such as kari@example.com, or leave it empty." |
*
* @param {Admin_Email_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_email_wrong = /** @type {((inputs?: Admin_Email_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Email_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_email_wrong(inputs)
	if (locale === "da") return __da.admin_email_wrong(inputs)
	if (locale === "sv") return __sv.admin_email_wrong(inputs)
	return __en.admin_email_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Enable {username}" |
*
* @param {Admin_EnableInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_enable = /** @type {((inputs: Admin_EnableInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_EnableInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_enable(inputs)
	if (locale === "da") return __da.admin_enable(inputs)
	if (locale === "sv") return __sv.admin_enable(inputs)
	return __en.admin_enable(inputs)
});
/**
* | output |
* | --- |
* | "Enabled: they can sign in again." |
*
* @param {Admin_Enabled_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_enabled_done = /** @type {((inputs?: Admin_Enabled_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Enabled_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_enabled_done(inputs)
	if (locale === "da") return __da.admin_enabled_done(inputs)
	if (locale === "sv") return __sv.admin_enabled_done(inputs)
	return __en.admin_enabled_done(inputs)
});
/**
* | output |
* | --- |
* | "every defect" |
*
* @param {Admin_Every_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_defect = /** @type {((inputs?: Admin_Every_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Every_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_every_defect(inputs)
	if (locale === "da") return __da.admin_every_defect(inputs)
	if (locale === "sv") return __sv.admin_every_defect(inputs)
	return __en.admin_every_defect(inputs)
});
/**
* | output |
* | --- |
* | "every site" |
*
* @param {Admin_Every_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_site = /** @type {((inputs?: Admin_Every_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Every_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_every_site(inputs)
	if (locale === "da") return __da.admin_every_site(inputs)
	if (locale === "sv") return __sv.admin_every_site(inputs)
	return __en.admin_every_site(inputs)
});
/**
* | output |
* | --- |
* | "Every site" |
*
* @param {Admin_Every_Site_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_every_site_option = /** @type {((inputs?: Admin_Every_Site_OptionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Every_Site_OptionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_every_site_option(inputs)
	if (locale === "da") return __da.admin_every_site_option(inputs)
	if (locale === "sv") return __sv.admin_every_site_option(inputs)
	return __en.admin_every_site_option(inputs)
});
/**
* | output |
* | --- |
* | "from {sources}" |
*
* @param {Admin_From_SourcesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_from_sources = /** @type {((inputs: Admin_From_SourcesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_From_SourcesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_from_sources(inputs)
	if (locale === "da") return __da.admin_from_sources(inputs)
	if (locale === "sv") return __sv.admin_from_sources(inputs)
	return __en.admin_from_sources(inputs)
});
/**
* | output |
* | --- |
* | "Give at least one e-mail address." |
*
* @param {Admin_Give_AddressInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_give_address = /** @type {((inputs?: Admin_Give_AddressInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Give_AddressInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_give_address(inputs)
	if (locale === "da") return __da.admin_give_address(inputs)
	if (locale === "sv") return __sv.admin_give_address(inputs)
	return __en.admin_give_address(inputs)
});
/**
* | output |
* | --- |
* | "Give the webhook's URL." |
*
* @param {Admin_Give_UrlInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_give_url = /** @type {((inputs?: Admin_Give_UrlInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Give_UrlInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_give_url(inputs)
	if (locale === "da") return __da.admin_give_url(inputs)
	if (locale === "sv") return __sv.admin_give_url(inputs)
	return __en.admin_give_url(inputs)
});
/**
* | output |
* | --- |
* | "Held back after failed sign-ins from:" |
*
* @param {Admin_Held_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_from = /** @type {((inputs?: Admin_Held_FromInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Held_FromInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_held_from(inputs)
	if (locale === "da") return __da.admin_held_from(inputs)
	if (locale === "sv") return __sv.admin_held_from(inputs)
	return __en.admin_held_from(inputs)
});
/**
* | output |
* | --- |
* | "If that was them, unlock them; if not, someone is guessing their password from there." |
*
* @param {Admin_Held_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_hint = /** @type {((inputs?: Admin_Held_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Held_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_held_hint(inputs)
	if (locale === "da") return __da.admin_held_hint(inputs)
	if (locale === "sv") return __sv.admin_held_hint(inputs)
	return __en.admin_held_hint(inputs)
});
/**
* | output |
* | --- |
* | "Too many failed sign-ins came from these, for whatever usernames: nobody signs in from them until the time shown." |
*
* @param {Admin_Held_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_intro = /** @type {((inputs?: Admin_Held_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Held_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_held_intro(inputs)
	if (locale === "da") return __da.admin_held_intro(inputs)
	if (locale === "sv") return __sv.admin_held_intro(inputs)
	return __en.admin_held_intro(inputs)
});
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
export const admin_held_line = /** @type {((inputs: Admin_Held_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Held_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_held_line(inputs)
	if (locale === "da") return __da.admin_held_line(inputs)
	if (locale === "sv") return __sv.admin_held_line(inputs)
	return __en.admin_held_line(inputs)
});
/**
* | output |
* | --- |
* | "Addresses held back" |
*
* @param {Admin_Held_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_held_title = /** @type {((inputs?: Admin_Held_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Held_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_held_title(inputs)
	if (locale === "da") return __da.admin_held_title(inputs)
	if (locale === "sv") return __sv.admin_held_title(inputs)
	return __en.admin_held_title(inputs)
});
/**
* | output |
* | --- |
* | "everything, people and tokens" |
*
* @param {Admin_Help_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_admin = /** @type {((inputs?: Admin_Help_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Help_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_help_admin(inputs)
	if (locale === "da") return __da.admin_help_admin(inputs)
	if (locale === "sv") return __sv.admin_help_admin(inputs)
	return __en.admin_help_admin(inputs)
});
/**
* | output |
* | --- |
* | "also devices and QR codes" |
*
* @param {Admin_Help_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_manager = /** @type {((inputs?: Admin_Help_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Help_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_help_manager(inputs)
	if (locale === "da") return __da.admin_help_manager(inputs)
	if (locale === "sv") return __sv.admin_help_manager(inputs)
	return __en.admin_help_manager(inputs)
});
/**
* | output |
* | --- |
* | "also reports, acknowledges, resolves" |
*
* @param {Admin_Help_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_staff = /** @type {((inputs?: Admin_Help_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Help_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_help_staff(inputs)
	if (locale === "da") return __da.admin_help_staff(inputs)
	if (locale === "sv") return __sv.admin_help_staff(inputs)
	return __en.admin_help_staff(inputs)
});
/**
* | output |
* | --- |
* | "sees boards and defects" |
*
* @param {Admin_Help_ViewerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_help_viewer = /** @type {((inputs?: Admin_Help_ViewerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Help_ViewerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_help_viewer(inputs)
	if (locale === "da") return __da.admin_help_viewer(inputs)
	if (locale === "sv") return __sv.admin_help_viewer(inputs)
	return __en.admin_help_viewer(inputs)
});
/**
* | output |
* | --- |
* | "Paste the incoming-webhook URL the room gave you: it is the room's key, shown to admins only." |
*
* @param {Admin_Hint_ChatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_chat = /** @type {((inputs?: Admin_Hint_ChatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Hint_ChatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_hint_chat(inputs)
	if (locale === "da") return __da.admin_hint_chat(inputs)
	if (locale === "sv") return __sv.admin_hint_chat(inputs)
	return __en.admin_hint_chat(inputs)
});
/**
* | output |
* | --- |
* | "Sent through the SMTP server in the settings." |
*
* @param {Admin_Hint_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_email = /** @type {((inputs?: Admin_Hint_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Hint_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_hint_email(inputs)
	if (locale === "da") return __da.admin_hint_email(inputs)
	if (locale === "sv") return __sv.admin_hint_email(inputs)
	return __en.admin_hint_email(inputs)
});
/**
* | output |
* | --- |
* | "Each request is signed with a secret shown once after creating (docs: notifications)." |
*
* @param {Admin_Hint_WebhookInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_hint_webhook = /** @type {((inputs?: Admin_Hint_WebhookInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Hint_WebhookInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_hint_webhook(inputs)
	if (locale === "da") return __da.admin_hint_webhook(inputs)
	if (locale === "sv") return __sv.admin_hint_webhook(inputs)
	return __en.admin_hint_webhook(inputs)
});
/**
* | output |
* | --- |
* | "Initial password" |
*
* @param {Admin_Initial_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_initial_password = /** @type {((inputs?: Admin_Initial_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Initial_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_initial_password(inputs)
	if (locale === "da") return __da.admin_initial_password(inputs)
	if (locale === "sv") return __sv.admin_initial_password(inputs)
	return __en.admin_initial_password(inputs)
});
/**
* | output |
* | --- |
* | "it said: “{answer}”" |
*
* @param {Admin_It_SaidInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_it_said = /** @type {((inputs: Admin_It_SaidInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_It_SaidInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_it_said(inputs)
	if (locale === "da") return __da.admin_it_said(inputs)
	if (locale === "sv") return __sv.admin_it_said(inputs)
	return __en.admin_it_said(inputs)
});
/**
* | output |
* | --- |
* | "E-mail" |
*
* @param {Admin_Kind_EmailInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_email = /** @type {((inputs?: Admin_Kind_EmailInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Kind_EmailInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_kind_email(inputs)
	if (locale === "da") return __da.admin_kind_email(inputs)
	if (locale === "sv") return __sv.admin_kind_email(inputs)
	return __en.admin_kind_email(inputs)
});
/**
* | output |
* | --- |
* | "In-app notices" |
*
* @param {Admin_Kind_In_AppInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_in_app = /** @type {((inputs?: Admin_Kind_In_AppInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Kind_In_AppInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_kind_in_app(inputs)
	if (locale === "da") return __da.admin_kind_in_app(inputs)
	if (locale === "sv") return __sv.admin_kind_in_app(inputs)
	return __en.admin_kind_in_app(inputs)
});
/**
* | output |
* | --- |
* | "Webhook (signed JSON)" |
*
* @param {Admin_Kind_WebhookInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_kind_webhook = /** @type {((inputs?: Admin_Kind_WebhookInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Kind_WebhookInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_kind_webhook(inputs)
	if (locale === "da") return __da.admin_kind_webhook(inputs)
	if (locale === "sv") return __sv.admin_kind_webhook(inputs)
	return __en.admin_kind_webhook(inputs)
});
/**
* | output |
* | --- |
* | "after {minutes} min:" |
*
* @param {Admin_Level_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_line = /** @type {((inputs: Admin_Level_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Level_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_level_line(inputs)
	if (locale === "da") return __da.admin_level_line(inputs)
	if (locale === "sv") return __sv.admin_level_line(inputs)
	return __en.admin_level_line(inputs)
});
/**
* | output |
* | --- |
* | "Level {level}: minutes must be 0 or more." |
*
* @param {Admin_Level_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_minutes = /** @type {((inputs: Admin_Level_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Level_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_level_minutes(inputs)
	if (locale === "da") return __da.admin_level_minutes(inputs)
	if (locale === "sv") return __sv.admin_level_minutes(inputs)
	return __en.admin_level_minutes(inputs)
});
/**
* | output |
* | --- |
* | "Level {level}" |
*
* @param {Admin_Level_NInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_level_n = /** @type {((inputs: Admin_Level_NInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Level_NInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_level_n(inputs)
	if (locale === "da") return __da.admin_level_n(inputs)
	if (locale === "sv") return __sv.admin_level_n(inputs)
	return __en.admin_level_n(inputs)
});
/**
* | output |
* | --- |
* | "{first} and {last}" |
*
* @param {Admin_List_AndInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_list_and = /** @type {((inputs: Admin_List_AndInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_List_AndInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_list_and(inputs)
	if (locale === "da") return __da.admin_list_and(inputs)
	if (locale === "sv") return __sv.admin_list_and(inputs)
	return __en.admin_list_and(inputs)
});
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
export const admin_locked_from = /** @type {((inputs: Admin_Locked_FromInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Locked_FromInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_locked_from(inputs)
	if (locale === "da") return __da.admin_locked_from(inputs)
	if (locale === "sv") return __sv.admin_locked_from(inputs)
	return __en.admin_locked_from(inputs)
});
/**
* | output |
* | --- |
* | "Too many failed sign-ins with these usernames: they cannot sign in from there until the time shown. If that was them, unlock them; if not, someone is guessin..." |
*
* @param {Admin_Locked_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_locked_intro = /** @type {((inputs?: Admin_Locked_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Locked_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_locked_intro(inputs)
	if (locale === "da") return __da.admin_locked_intro(inputs)
	if (locale === "sv") return __sv.admin_locked_intro(inputs)
	return __en.admin_locked_intro(inputs)
});
/**
* | output |
* | --- |
* | "Locked out" |
*
* @param {Admin_Locked_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_locked_title = /** @type {((inputs?: Admin_Locked_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Locked_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_locked_title(inputs)
	if (locale === "da") return __da.admin_locked_title(inputs)
	if (locale === "sv") return __sv.admin_locked_title(inputs)
	return __en.admin_locked_title(inputs)
});
/**
* | output |
* | --- |
* | "Name the channel." |
*
* @param {Admin_Name_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_channel = /** @type {((inputs?: Admin_Name_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Name_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_name_channel(inputs)
	if (locale === "da") return __da.admin_name_channel(inputs)
	if (locale === "sv") return __sv.admin_name_channel(inputs)
	return __en.admin_name_channel(inputs)
});
/**
* | output |
* | --- |
* | "Name the report." |
*
* @param {Admin_Name_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_report = /** @type {((inputs?: Admin_Name_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Name_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_name_report(inputs)
	if (locale === "da") return __da.admin_name_report(inputs)
	if (locale === "sv") return __sv.admin_name_report(inputs)
	return __en.admin_name_report(inputs)
});
/**
* | output |
* | --- |
* | "Name, role and sites" |
*
* @param {Admin_Name_Role_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_role_sites = /** @type {((inputs?: Admin_Name_Role_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Name_Role_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_name_role_sites(inputs)
	if (locale === "da") return __da.admin_name_role_sites(inputs)
	if (locale === "sv") return __sv.admin_name_role_sites(inputs)
	return __en.admin_name_role_sites(inputs)
});
/**
* | output |
* | --- |
* | "Name the rule." |
*
* @param {Admin_Name_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_rule = /** @type {((inputs?: Admin_Name_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Name_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_name_rule(inputs)
	if (locale === "da") return __da.admin_name_rule(inputs)
	if (locale === "sv") return __sv.admin_name_rule(inputs)
	return __en.admin_name_rule(inputs)
});
/**
* | output |
* | --- |
* | "Name the token (up to 80 characters)." |
*
* @param {Admin_Name_The_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_name_the_token = /** @type {((inputs?: Admin_Name_The_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Name_The_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_name_the_token(inputs)
	if (locale === "da") return __da.admin_name_the_token(inputs)
	if (locale === "sv") return __sv.admin_name_the_token(inputs)
	return __en.admin_name_the_token(inputs)
});
/**
* | output |
* | --- |
* | "never" |
*
* @param {Admin_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_never = /** @type {((inputs?: Admin_NeverInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_NeverInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_never(inputs)
	if (locale === "da") return __da.admin_never(inputs)
	if (locale === "sv") return __sv.admin_never(inputs)
	return __en.admin_never(inputs)
});
/**
* | output |
* | --- |
* | "New channel" |
*
* @param {Admin_New_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_channel = /** @type {((inputs?: Admin_New_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_channel(inputs)
	if (locale === "da") return __da.admin_new_channel(inputs)
	if (locale === "sv") return __sv.admin_new_channel(inputs)
	return __en.admin_new_channel(inputs)
});
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Admin_New_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_password = /** @type {((inputs?: Admin_New_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_password(inputs)
	if (locale === "da") return __da.admin_new_password(inputs)
	if (locale === "sv") return __sv.admin_new_password(inputs)
	return __en.admin_new_password(inputs)
});
/**
* | output |
* | --- |
* | "New rule" |
*
* @param {Admin_New_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_rule = /** @type {((inputs?: Admin_New_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_rule(inputs)
	if (locale === "da") return __da.admin_new_rule(inputs)
	if (locale === "sv") return __sv.admin_new_rule(inputs)
	return __en.admin_new_rule(inputs)
});
/**
* | output |
* | --- |
* | "New system token" |
*
* @param {Admin_New_System_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_system_token = /** @type {((inputs?: Admin_New_System_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_System_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_system_token(inputs)
	if (locale === "da") return __da.admin_new_system_token(inputs)
	if (locale === "sv") return __sv.admin_new_system_token(inputs)
	return __en.admin_new_system_token(inputs)
});
/**
* | output |
* | --- |
* | "New token “{name}”" |
*
* @param {Admin_New_Token_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_token_label = /** @type {((inputs: Admin_New_Token_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_Token_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_token_label(inputs)
	if (locale === "da") return __da.admin_new_token_label(inputs)
	if (locale === "sv") return __sv.admin_new_token_label(inputs)
	return __en.admin_new_token_label(inputs)
});
/**
* | output |
* | --- |
* | "Copy it now and hand it over safely: it will not be shown again." |
*
* @param {Admin_New_Token_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_token_warning = /** @type {((inputs?: Admin_New_Token_WarningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_Token_WarningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_token_warning(inputs)
	if (locale === "da") return __da.admin_new_token_warning(inputs)
	if (locale === "sv") return __sv.admin_new_token_warning(inputs)
	return __en.admin_new_token_warning(inputs)
});
/**
* | output |
* | --- |
* | "New user" |
*
* @param {Admin_New_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_user = /** @type {((inputs?: Admin_New_UserInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_UserInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_user(inputs)
	if (locale === "da") return __da.admin_new_user(inputs)
	if (locale === "sv") return __sv.admin_new_user(inputs)
	return __en.admin_new_user(inputs)
});
/**
* | output |
* | --- |
* | "The new user" |
*
* @param {Admin_New_User_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_new_user_who = /** @type {((inputs?: Admin_New_User_WhoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_New_User_WhoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_new_user_who(inputs)
	if (locale === "da") return __da.admin_new_user_who(inputs)
	if (locale === "sv") return __sv.admin_new_user_who(inputs)
	return __en.admin_new_user_who(inputs)
});
/**
* | output |
* | --- |
* | "next {when}" |
*
* @param {Admin_Next_AttemptInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_next_attempt = /** @type {((inputs: Admin_Next_AttemptInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Next_AttemptInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_next_attempt(inputs)
	if (locale === "da") return __da.admin_next_attempt(inputs)
	if (locale === "sv") return __sv.admin_next_attempt(inputs)
	return __en.admin_next_attempt(inputs)
});
/**
* | output |
* | --- |
* | "No channels yet." |
*
* @param {Admin_No_ChannelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_channels = /** @type {((inputs?: Admin_No_ChannelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_ChannelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_channels(inputs)
	if (locale === "da") return __da.admin_no_channels(inputs)
	if (locale === "sv") return __sv.admin_no_channels(inputs)
	return __en.admin_no_channels(inputs)
});
/**
* | output |
* | --- |
* | "No channels yet: an admin sets them up." |
*
* @param {Admin_No_Channels_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_channels_manager = /** @type {((inputs?: Admin_No_Channels_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_Channels_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_channels_manager(inputs)
	if (locale === "da") return __da.admin_no_channels_manager(inputs)
	if (locale === "sv") return __sv.admin_no_channels_manager(inputs)
	return __en.admin_no_channels_manager(inputs)
});
/**
* | output |
* | --- |
* | "Nobody gets the daily report yet." |
*
* @param {Admin_No_ReportsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_reports = /** @type {((inputs?: Admin_No_ReportsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_ReportsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_reports(inputs)
	if (locale === "da") return __da.admin_no_reports(inputs)
	if (locale === "sv") return __sv.admin_no_reports(inputs)
	return __en.admin_no_reports(inputs)
});
/**
* | output |
* | --- |
* | "No rules: nobody is told of new defects." |
*
* @param {Admin_No_RulesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_rules = /** @type {((inputs?: Admin_No_RulesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_RulesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_rules(inputs)
	if (locale === "da") return __da.admin_no_rules(inputs)
	if (locale === "sv") return __sv.admin_no_rules(inputs)
	return __en.admin_no_rules(inputs)
});
/**
* | output |
* | --- |
* | "There is no such user: no account has the id {id}. Choose one from the list of users." |
*
* @param {Admin_No_Such_UserInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_such_user = /** @type {((inputs: Admin_No_Such_UserInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_Such_UserInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_such_user(inputs)
	if (locale === "da") return __da.admin_no_such_user(inputs)
	if (locale === "sv") return __sv.admin_no_such_user(inputs)
	return __en.admin_no_such_user(inputs)
});
/**
* | output |
* | --- |
* | "No tokens." |
*
* @param {Admin_No_TokensInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_no_tokens = /** @type {((inputs?: Admin_No_TokensInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_No_TokensInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_no_tokens(inputs)
	if (locale === "da") return __da.admin_no_tokens(inputs)
	if (locale === "sv") return __sv.admin_no_tokens(inputs)
	return __en.admin_no_tokens(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Admin_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_none = /** @type {((inputs?: Admin_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_none(inputs)
	if (locale === "da") return __da.admin_none(inputs)
	if (locale === "sv") return __sv.admin_none(inputs)
	return __en.admin_none(inputs)
});
/**
* | output |
* | --- |
* | "Not held back: no failed sign-ins past the limit." |
*
* @param {Admin_Not_HeldInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_not_held = /** @type {((inputs?: Admin_Not_HeldInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Not_HeldInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_not_held(inputs)
	if (locale === "da") return __da.admin_not_held(inputs)
	if (locale === "sv") return __sv.admin_not_held(inputs)
	return __en.admin_not_held(inputs)
});
/**
* | output |
* | --- |
* | "Nothing sent yet." |
*
* @param {Admin_Nothing_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_nothing_sent = /** @type {((inputs?: Admin_Nothing_SentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Nothing_SentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_nothing_sent(inputs)
	if (locale === "da") return __da.admin_nothing_sent(inputs)
	if (locale === "sv") return __sv.admin_nothing_sent(inputs)
	return __en.admin_nothing_sent(inputs)
});
/**
* | output |
* | --- |
* | "Nothing yet." |
*
* @param {Admin_Nothing_YetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_nothing_yet = /** @type {((inputs?: Admin_Nothing_YetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Nothing_YetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_nothing_yet(inputs)
	if (locale === "da") return __da.admin_nothing_yet(inputs)
	if (locale === "sv") return __sv.admin_nothing_yet(inputs)
	return __en.admin_nothing_yet(inputs)
});
/**
* | output |
* | --- |
* | "The right person hears of a failing basic before a customer does; a defect nobody acknowledges climbs to the next level." |
*
* @param {Admin_Notif_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_intro = /** @type {((inputs?: Admin_Notif_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Notif_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_notif_intro(inputs)
	if (locale === "da") return __da.admin_notif_intro(inputs)
	if (locale === "sv") return __sv.admin_notif_intro(inputs)
	return __en.admin_notif_intro(inputs)
});
/**
* | output |
* | --- |
* | "You manage the rules and reports of your sites; admins set up channels." |
*
* @param {Admin_Notif_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_manager = /** @type {((inputs?: Admin_Notif_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Notif_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_notif_manager(inputs)
	if (locale === "da") return __da.admin_notif_manager(inputs)
	if (locale === "sv") return __sv.admin_notif_manager(inputs)
	return __en.admin_notif_manager(inputs)
});
/**
* | output |
* | --- |
* | "Notifications" |
*
* @param {Admin_Notif_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_notif_title = /** @type {((inputs?: Admin_Notif_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Notif_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_notif_title(inputs)
	if (locale === "da") return __da.admin_notif_title(inputs)
	if (locale === "sv") return __sv.admin_notif_title(inputs)
	return __en.admin_notif_title(inputs)
});
/**
* | output |
* | --- |
* | "off" |
*
* @param {Admin_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_off = /** @type {((inputs?: Admin_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_off(inputs)
	if (locale === "da") return __da.admin_off(inputs)
	if (locale === "sv") return __sv.admin_off(inputs)
	return __en.admin_off(inputs)
});
/**
* | output |
* | --- |
* | "Older ›" |
*
* @param {Admin_OlderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_older = /** @type {((inputs?: Admin_OlderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_OlderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_older(inputs)
	if (locale === "da") return __da.admin_older(inputs)
	if (locale === "sv") return __sv.admin_older(inputs)
	return __en.admin_older(inputs)
});
/**
* | output |
* | --- |
* | "on" |
*
* @param {Admin_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_on = /** @type {((inputs?: Admin_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_on(inputs)
	if (locale === "da") return __da.admin_on(inputs)
	if (locale === "sv") return __sv.admin_on(inputs)
	return __en.admin_on(inputs)
});
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Admin_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_optional = /** @type {((inputs?: Admin_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_optional(inputs)
	if (locale === "da") return __da.admin_optional(inputs)
	if (locale === "sv") return __sv.admin_optional(inputs)
	return __en.admin_optional(inputs)
});
/**
* | output |
* | --- |
* | "system" |
*
* @param {Admin_Owner_SystemInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_owner_system = /** @type {((inputs?: Admin_Owner_SystemInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Owner_SystemInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_owner_system(inputs)
	if (locale === "da") return __da.admin_owner_system(inputs)
	if (locale === "sv") return __sv.admin_owner_system(inputs)
	return __en.admin_owner_system(inputs)
});
/**
* | output |
* | --- |
* | "10 characters or more; tell it to them privately" |
*
* @param {Admin_Password_HelpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_help = /** @type {((inputs?: Admin_Password_HelpInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Password_HelpInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_password_help(inputs)
	if (locale === "da") return __da.admin_password_help(inputs)
	if (locale === "sv") return __sv.admin_password_help(inputs)
	return __en.admin_password_help(inputs)
});
/**
* | output |
* | --- |
* | "Password set. Their sessions and personal tokens have ended; tell them the new password privately." |
*
* @param {Admin_Password_SetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_set = /** @type {((inputs?: Admin_Password_SetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Password_SetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_password_set(inputs)
	if (locale === "da") return __da.admin_password_set(inputs)
	if (locale === "sv") return __sv.admin_password_set(inputs)
	return __en.admin_password_set(inputs)
});
/**
* | output |
* | --- |
* | "Password: 10 to 200 characters." |
*
* @param {Admin_Password_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_password_wrong = /** @type {((inputs?: Admin_Password_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Password_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_password_wrong(inputs)
	if (locale === "da") return __da.admin_password_wrong(inputs)
	if (locale === "sv") return __sv.admin_password_wrong(inputs)
	return __en.admin_password_wrong(inputs)
});
/**
* | output |
* | --- |
* | "Phone" |
*
* @param {Admin_PhoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_phone = /** @type {((inputs?: Admin_PhoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_PhoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_phone(inputs)
	if (locale === "da") return __da.admin_phone(inputs)
	if (locale === "sv") return __sv.admin_phone(inputs)
	return __en.admin_phone(inputs)
});
/**
* | output |
* | --- |
* | "Write a phone number such as +47 912 34 567, or leave it empty." |
*
* @param {Admin_Phone_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_phone_wrong = /** @type {((inputs?: Admin_Phone_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Phone_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_phone_wrong(inputs)
	if (locale === "da") return __da.admin_phone_wrong(inputs)
	if (locale === "sv") return __sv.admin_phone_wrong(inputs)
	return __en.admin_phone_wrong(inputs)
});
/**
* | output |
* | --- |
* | "All sites" |
*
* @param {Admin_Picker_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_all = /** @type {((inputs?: Admin_Picker_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Picker_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_picker_all(inputs)
	if (locale === "da") return __da.admin_picker_all(inputs)
	if (locale === "sv") return __sv.admin_picker_all(inputs)
	return __en.admin_picker_all(inputs)
});
/**
* | output |
* | --- |
* | "No sites yet." |
*
* @param {Admin_Picker_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_none = /** @type {((inputs?: Admin_Picker_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Picker_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_picker_none(inputs)
	if (locale === "da") return __da.admin_picker_none(inputs)
	if (locale === "sv") return __sv.admin_picker_none(inputs)
	return __en.admin_picker_none(inputs)
});
/**
* | output |
* | --- |
* | "Sites" |
*
* @param {Admin_Picker_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_sites = /** @type {((inputs?: Admin_Picker_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Picker_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_picker_sites(inputs)
	if (locale === "da") return __da.admin_picker_sites(inputs)
	if (locale === "sv") return __sv.admin_picker_sites(inputs)
	return __en.admin_picker_sites(inputs)
});
/**
* | output |
* | --- |
* | "Only these sites:" |
*
* @param {Admin_Picker_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_picker_some = /** @type {((inputs?: Admin_Picker_SomeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Picker_SomeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_picker_some(inputs)
	if (locale === "da") return __da.admin_picker_some(inputs)
	if (locale === "sv") return __sv.admin_picker_some(inputs)
	return __en.admin_picker_some(inputs)
});
/**
* | output |
* | --- |
* | "Quiet hours need both a start and an end." |
*
* @param {Admin_Quiet_BothInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_quiet_both = /** @type {((inputs?: Admin_Quiet_BothInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Quiet_BothInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_quiet_both(inputs)
	if (locale === "da") return __da.admin_quiet_both(inputs)
	if (locale === "sv") return __sv.admin_quiet_both(inputs)
	return __en.admin_quiet_both(inputs)
});
/**
* | output |
* | --- |
* | "(not {severities})" |
*
* @param {Admin_Quiet_NotInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_quiet_not = /** @type {((inputs: Admin_Quiet_NotInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Quiet_NotInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_quiet_not(inputs)
	if (locale === "da") return __da.admin_quiet_not(inputs)
	if (locale === "sv") return __sv.admin_quiet_not(inputs)
	return __en.admin_quiet_not(inputs)
});
/**
* | output |
* | --- |
* | "Daily report ended." |
*
* @param {Admin_Report_EndedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_ended = /** @type {((inputs?: Admin_Report_EndedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_EndedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_ended(inputs)
	if (locale === "da") return __da.admin_report_ended(inputs)
	if (locale === "sv") return __sv.admin_report_ended(inputs)
	return __en.admin_report_ended(inputs)
});
/**
* | output |
* | --- |
* | "At (local hour)" |
*
* @param {Admin_Report_HourInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_hour = /** @type {((inputs?: Admin_Report_HourInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_HourInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_hour(inputs)
	if (locale === "da") return __da.admin_report_hour(inputs)
	if (locale === "sv") return __sv.admin_report_hour(inputs)
	return __en.admin_report_hour(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Oslo mornings" |
*
* @param {Admin_Report_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_placeholder = /** @type {((inputs?: Admin_Report_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_placeholder(inputs)
	if (locale === "da") return __da.admin_report_placeholder(inputs)
	if (locale === "sv") return __sv.admin_report_placeholder(inputs)
	return __en.admin_report_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Daily report “{name}” set up." |
*
* @param {Admin_Report_Set_UpInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_set_up = /** @type {((inputs: Admin_Report_Set_UpInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_Set_UpInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_set_up(inputs)
	if (locale === "da") return __da.admin_report_set_up(inputs)
	if (locale === "sv") return __sv.admin_report_set_up(inputs)
	return __en.admin_report_set_up(inputs)
});
/**
* | output |
* | --- |
* | "Sites (none ticked: every site, in one report)" |
*
* @param {Admin_Report_Sites_AdminInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_sites_admin = /** @type {((inputs?: Admin_Report_Sites_AdminInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_Sites_AdminInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_sites_admin(inputs)
	if (locale === "da") return __da.admin_report_sites_admin(inputs)
	if (locale === "sv") return __sv.admin_report_sites_admin(inputs)
	return __en.admin_report_sites_admin(inputs)
});
/**
* | output |
* | --- |
* | "Sites (one report for those ticked)" |
*
* @param {Admin_Report_Sites_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_report_sites_manager = /** @type {((inputs?: Admin_Report_Sites_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Report_Sites_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_report_sites_manager(inputs)
	if (locale === "da") return __da.admin_report_sites_manager(inputs)
	if (locale === "sv") return __sv.admin_report_sites_manager(inputs)
	return __en.admin_report_sites_manager(inputs)
});
/**
* | output |
* | --- |
* | "Each morning: what failed yesterday, what is still open and for how long, overdue inspections, who caught defects first. Also on the" |
*
* @param {Admin_Reports_Intro_BeforeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_intro_before = /** @type {((inputs?: Admin_Reports_Intro_BeforeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Reports_Intro_BeforeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_reports_intro_before(inputs)
	if (locale === "da") return __da.admin_reports_intro_before(inputs)
	if (locale === "sv") return __sv.admin_reports_intro_before(inputs)
	return __en.admin_reports_intro_before(inputs)
});
/**
* | output |
* | --- |
* | "daily report page" |
*
* @param {Admin_Reports_Page_LinkInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_page_link = /** @type {((inputs?: Admin_Reports_Page_LinkInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Reports_Page_LinkInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_reports_page_link(inputs)
	if (locale === "da") return __da.admin_reports_page_link(inputs)
	if (locale === "sv") return __sv.admin_reports_page_link(inputs)
	return __en.admin_reports_page_link(inputs)
});
/**
* | output |
* | --- |
* | "Daily bulb report" |
*
* @param {Admin_Reports_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reports_title = /** @type {((inputs?: Admin_Reports_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Reports_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_reports_title(inputs)
	if (locale === "da") return __da.admin_reports_title(inputs)
	if (locale === "sv") return __sv.admin_reports_title(inputs)
	return __en.admin_reports_title(inputs)
});
/**
* | output |
* | --- |
* | "Reset password" |
*
* @param {Admin_Reset_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_reset_password = /** @type {((inputs?: Admin_Reset_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Reset_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_reset_password(inputs)
	if (locale === "da") return __da.admin_reset_password(inputs)
	if (locale === "sv") return __sv.admin_reset_password(inputs)
	return __en.admin_reset_password(inputs)
});
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Admin_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_revoke = /** @type {((inputs?: Admin_RevokeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_RevokeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_revoke(inputs)
	if (locale === "da") return __da.admin_revoke(inputs)
	if (locale === "sv") return __sv.admin_revoke(inputs)
	return __en.admin_revoke(inputs)
});
/**
* | output |
* | --- |
* | "revoked {when}" |
*
* @param {Admin_Revoked_AtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_revoked_at = /** @type {((inputs: Admin_Revoked_AtInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Revoked_AtInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_revoked_at(inputs)
	if (locale === "da") return __da.admin_revoked_at(inputs)
	if (locale === "sv") return __sv.admin_revoked_at(inputs)
	return __en.admin_revoked_at(inputs)
});
/**
* | output |
* | --- |
* | "after" |
*
* @param {Admin_Rf_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_after = /** @type {((inputs?: Admin_Rf_AfterInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_AfterInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_after(inputs)
	if (locale === "da") return __da.admin_rf_after(inputs)
	if (locale === "sv") return __sv.admin_rf_after(inputs)
	return __en.admin_rf_after(inputs)
});
/**
* | output |
* | --- |
* | "Category" |
*
* @param {Admin_Rf_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_category = /** @type {((inputs?: Admin_Rf_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_category(inputs)
	if (locale === "da") return __da.admin_rf_category(inputs)
	if (locale === "sv") return __sv.admin_rf_category(inputs)
	return __en.admin_rf_category(inputs)
});
/**
* | output |
* | --- |
* | "Customers see it" |
*
* @param {Admin_Rf_Customers_SeeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_customers_see = /** @type {((inputs?: Admin_Rf_Customers_SeeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Customers_SeeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_customers_see(inputs)
	if (locale === "da") return __da.admin_rf_customers_see(inputs)
	if (locale === "sv") return __sv.admin_rf_customers_see(inputs)
	return __en.admin_rf_customers_see(inputs)
});
/**
* | output |
* | --- |
* | "either" |
*
* @param {Admin_Rf_EitherInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_either = /** @type {((inputs?: Admin_Rf_EitherInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_EitherInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_either(inputs)
	if (locale === "da") return __da.admin_rf_either(inputs)
	if (locale === "sv") return __sv.admin_rf_either(inputs)
	return __en.admin_rf_either(inputs)
});
/**
* | output |
* | --- |
* | "Found by" |
*
* @param {Admin_Rf_Found_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_found_by = /** @type {((inputs?: Admin_Rf_Found_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Found_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_found_by(inputs)
	if (locale === "da") return __da.admin_rf_found_by(inputs)
	if (locale === "sv") return __sv.admin_rf_found_by(inputs)
	return __en.admin_rf_found_by(inputs)
});
/**
* | output |
* | --- |
* | "from" |
*
* @param {Admin_Rf_FromInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_from = /** @type {((inputs?: Admin_Rf_FromInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_FromInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_from(inputs)
	if (locale === "da") return __da.admin_rf_from(inputs)
	if (locale === "sv") return __sv.admin_rf_from(inputs)
	return __en.admin_rf_from(inputs)
});
/**
* | output |
* | --- |
* | "Level {level}" |
*
* @param {Admin_Rf_LevelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_level = /** @type {((inputs: Admin_Rf_LevelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_LevelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_level(inputs)
	if (locale === "da") return __da.admin_rf_level(inputs)
	if (locale === "sv") return __sv.admin_rf_level(inputs)
	return __en.admin_rf_level(inputs)
});
/**
* | output |
* | --- |
* | "Level {level} (optional)" |
*
* @param {Admin_Rf_Level_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_level_optional = /** @type {((inputs: Admin_Rf_Level_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Level_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_level_optional(inputs)
	if (locale === "da") return __da.admin_rf_level_optional(inputs)
	if (locale === "sv") return __sv.admin_rf_level_optional(inputs)
	return __en.admin_rf_level_optional(inputs)
});
/**
* | output |
* | --- |
* | "min without acknowledgement" |
*
* @param {Admin_Rf_Min_No_AckInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_min_no_ack = /** @type {((inputs?: Admin_Rf_Min_No_AckInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Min_No_AckInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_min_no_ack(inputs)
	if (locale === "da") return __da.admin_rf_min_no_ack(inputs)
	if (locale === "sv") return __sv.admin_rf_min_no_ack(inputs)
	return __en.admin_rf_min_no_ack(inputs)
});
/**
* | output |
* | --- |
* | "min from opening" |
*
* @param {Admin_Rf_Min_OpeningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_min_opening = /** @type {((inputs?: Admin_Rf_Min_OpeningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Min_OpeningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_min_opening(inputs)
	if (locale === "da") return __da.admin_rf_min_opening(inputs)
	if (locale === "sv") return __sv.admin_rf_min_opening(inputs)
	return __en.admin_rf_min_opening(inputs)
});
/**
* | output |
* | --- |
* | "no" |
*
* @param {Admin_Rf_NoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_no = /** @type {((inputs?: Admin_Rf_NoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_NoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_no(inputs)
	if (locale === "da") return __da.admin_rf_no(inputs)
	if (locale === "sv") return __sv.admin_rf_no(inputs)
	return __en.admin_rf_no(inputs)
});
/**
* | output |
* | --- |
* | "Quiet hours (site's time; leave empty for none)" |
*
* @param {Admin_Rf_QuietInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_quiet = /** @type {((inputs?: Admin_Rf_QuietInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_QuietInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_quiet(inputs)
	if (locale === "da") return __da.admin_rf_quiet(inputs)
	if (locale === "sv") return __sv.admin_rf_quiet(inputs)
	return __en.admin_rf_quiet(inputs)
});
/**
* | output |
* | --- |
* | "Regional manager" |
*
* @param {Admin_Rf_RegionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_regional = /** @type {((inputs?: Admin_Rf_RegionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_RegionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_regional(inputs)
	if (locale === "da") return __da.admin_rf_regional(inputs)
	if (locale === "sv") return __sv.admin_rf_regional(inputs)
	return __en.admin_rf_regional(inputs)
});
/**
* | output |
* | --- |
* | "Severity (none ticked: all)" |
*
* @param {Admin_Rf_SeverityInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_severity = /** @type {((inputs?: Admin_Rf_SeverityInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_SeverityInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_severity(inputs)
	if (locale === "da") return __da.admin_rf_severity(inputs)
	if (locale === "sv") return __sv.admin_rf_severity(inputs)
	return __en.admin_rf_severity(inputs)
});
/**
* | output |
* | --- |
* | "Site manager" |
*
* @param {Admin_Rf_Site_ManagerInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_site_manager = /** @type {((inputs?: Admin_Rf_Site_ManagerInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Site_ManagerInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_site_manager(inputs)
	if (locale === "da") return __da.admin_rf_site_manager(inputs)
	if (locale === "sv") return __sv.admin_rf_site_manager(inputs)
	return __en.admin_rf_site_manager(inputs)
});
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Admin_Rf_StaffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_staff = /** @type {((inputs?: Admin_Rf_StaffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_StaffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_staff(inputs)
	if (locale === "da") return __da.admin_rf_staff(inputs)
	if (locale === "sv") return __sv.admin_rf_staff(inputs)
	return __en.admin_rf_staff(inputs)
});
/**
* | output |
* | --- |
* | "still send:" |
*
* @param {Admin_Rf_Still_SendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_still_send = /** @type {((inputs?: Admin_Rf_Still_SendInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_Still_SendInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_still_send(inputs)
	if (locale === "da") return __da.admin_rf_still_send(inputs)
	if (locale === "sv") return __sv.admin_rf_still_send(inputs)
	return __en.admin_rf_still_send(inputs)
});
/**
* | output |
* | --- |
* | "to" |
*
* @param {Admin_Rf_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_to = /** @type {((inputs?: Admin_Rf_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_to(inputs)
	if (locale === "da") return __da.admin_rf_to(inputs)
	if (locale === "sv") return __sv.admin_rf_to(inputs)
	return __en.admin_rf_to(inputs)
});
/**
* | output |
* | --- |
* | "Who" |
*
* @param {Admin_Rf_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_who = /** @type {((inputs?: Admin_Rf_WhoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_WhoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_who(inputs)
	if (locale === "da") return __da.admin_rf_who(inputs)
	if (locale === "sv") return __sv.admin_rf_who(inputs)
	return __en.admin_rf_who(inputs)
});
/**
* | output |
* | --- |
* | "yes" |
*
* @param {Admin_Rf_YesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rf_yes = /** @type {((inputs?: Admin_Rf_YesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rf_YesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rf_yes(inputs)
	if (locale === "da") return __da.admin_rf_yes(inputs)
	if (locale === "sv") return __sv.admin_rf_yes(inputs)
	return __en.admin_rf_yes(inputs)
});
/**
* | output |
* | --- |
* | "Rule changed." |
*
* @param {Admin_Rule_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_changed = /** @type {((inputs?: Admin_Rule_ChangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_ChangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_changed(inputs)
	if (locale === "da") return __da.admin_rule_changed(inputs)
	if (locale === "sv") return __sv.admin_rule_changed(inputs)
	return __en.admin_rule_changed(inputs)
});
/**
* | output |
* | --- |
* | "Rule “{name}” created." |
*
* @param {Admin_Rule_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_created = /** @type {((inputs: Admin_Rule_CreatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_CreatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_created(inputs)
	if (locale === "da") return __da.admin_rule_created(inputs)
	if (locale === "sv") return __sv.admin_rule_created(inputs)
	return __en.admin_rule_created(inputs)
});
/**
* | output |
* | --- |
* | "Rule deleted." |
*
* @param {Admin_Rule_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_deleted = /** @type {((inputs?: Admin_Rule_DeletedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_DeletedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_deleted(inputs)
	if (locale === "da") return __da.admin_rule_deleted(inputs)
	if (locale === "sv") return __sv.admin_rule_deleted(inputs)
	return __en.admin_rule_deleted(inputs)
});
/**
* | output |
* | --- |
* | "For {site}. Escalations under way follow the changed levels from their next step." |
*
* @param {Admin_Rule_ForInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_for = /** @type {((inputs: Admin_Rule_ForInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_ForInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_for(inputs)
	if (locale === "da") return __da.admin_rule_for(inputs)
	if (locale === "sv") return __sv.admin_rule_for(inputs)
	return __en.admin_rule_for(inputs)
});
/**
* | output |
* | --- |
* | "Rule {name}" |
*
* @param {Admin_Rule_HeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_head = /** @type {((inputs: Admin_Rule_HeadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_HeadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_head(inputs)
	if (locale === "da") return __da.admin_rule_head(inputs)
	if (locale === "sv") return __sv.admin_rule_head(inputs)
	return __en.admin_rule_head(inputs)
});
/**
* | output |
* | --- |
* | "(off)" |
*
* @param {Admin_Rule_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_off = /** @type {((inputs?: Admin_Rule_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_off(inputs)
	if (locale === "da") return __da.admin_rule_off(inputs)
	if (locale === "sv") return __sv.admin_rule_off(inputs)
	return __en.admin_rule_off(inputs)
});
/**
* | output |
* | --- |
* | "On" |
*
* @param {Admin_Rule_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_on = /** @type {((inputs?: Admin_Rule_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_on(inputs)
	if (locale === "da") return __da.admin_rule_on(inputs)
	if (locale === "sv") return __sv.admin_rule_on(inputs)
	return __en.admin_rule_on(inputs)
});
/**
* | output |
* | --- |
* | "e.g. Lights at night" |
*
* @param {Admin_Rule_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_placeholder = /** @type {((inputs?: Admin_Rule_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_placeholder(inputs)
	if (locale === "da") return __da.admin_rule_placeholder(inputs)
	if (locale === "sv") return __sv.admin_rule_placeholder(inputs)
	return __en.admin_rule_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Rule “{name}”" |
*
* @param {Admin_Rule_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rule_title = /** @type {((inputs: Admin_Rule_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rule_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rule_title(inputs)
	if (locale === "da") return __da.admin_rule_title(inputs)
	if (locale === "sv") return __sv.admin_rule_title(inputs)
	return __en.admin_rule_title(inputs)
});
/**
* | output |
* | --- |
* | "A rule takes the defects that pass all its filters. Level 1 hears first; each next level after its minutes if nobody has acknowledged. Quiet hours hold a ste..." |
*
* @param {Admin_Rules_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rules_intro = /** @type {((inputs?: Admin_Rules_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rules_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rules_intro(inputs)
	if (locale === "da") return __da.admin_rules_intro(inputs)
	if (locale === "sv") return __sv.admin_rules_intro(inputs)
	return __en.admin_rules_intro(inputs)
});
/**
* | output |
* | --- |
* | "Rules and escalation" |
*
* @param {Admin_Rules_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_rules_title = /** @type {((inputs?: Admin_Rules_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Rules_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_rules_title(inputs)
	if (locale === "da") return __da.admin_rules_title(inputs)
	if (locale === "sv") return __sv.admin_rules_title(inputs)
	return __en.admin_rules_title(inputs)
});
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Admin_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save = /** @type {((inputs?: Admin_SaveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_SaveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_save(inputs)
	if (locale === "da") return __da.admin_save(inputs)
	if (locale === "sv") return __sv.admin_save(inputs)
	return __en.admin_save(inputs)
});
/**
* | output |
* | --- |
* | "Save contact details" |
*
* @param {Admin_Save_ContactInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save_contact = /** @type {((inputs?: Admin_Save_ContactInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Save_ContactInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_save_contact(inputs)
	if (locale === "da") return __da.admin_save_contact(inputs)
	if (locale === "sv") return __sv.admin_save_contact(inputs)
	return __en.admin_save_contact(inputs)
});
/**
* | output |
* | --- |
* | "Save rule" |
*
* @param {Admin_Save_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_save_rule = /** @type {((inputs?: Admin_Save_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Save_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_save_rule(inputs)
	if (locale === "da") return __da.admin_save_rule(inputs)
	if (locale === "sv") return __sv.admin_save_rule(inputs)
	return __en.admin_save_rule(inputs)
});
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Admin_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_saved = /** @type {((inputs?: Admin_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_saved(inputs)
	if (locale === "da") return __da.admin_saved(inputs)
	if (locale === "sv") return __sv.admin_saved(inputs)
	return __en.admin_saved(inputs)
});
/**
* | output |
* | --- |
* | "Signing secret of “{name}”" |
*
* @param {Admin_Secret_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_secret_label = /** @type {((inputs: Admin_Secret_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Secret_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_secret_label(inputs)
	if (locale === "da") return __da.admin_secret_label(inputs)
	if (locale === "sv") return __sv.admin_secret_label(inputs)
	return __en.admin_secret_label(inputs)
});
/**
* | output |
* | --- |
* | "Give it to whoever runs the receiver: it verifies the X-BulbCheck-Signature header. Admins can read it again later." |
*
* @param {Admin_Secret_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_secret_warning = /** @type {((inputs?: Admin_Secret_WarningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Secret_WarningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_secret_warning(inputs)
	if (locale === "da") return __da.admin_secret_warning(inputs)
	if (locale === "sv") return __sv.admin_secret_warning(inputs)
	return __en.admin_secret_warning(inputs)
});
/**
* | output |
* | --- |
* | "Send again" |
*
* @param {Admin_Send_AgainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_again = /** @type {((inputs?: Admin_Send_AgainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Send_AgainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_send_again(inputs)
	if (locale === "da") return __da.admin_send_again(inputs)
	if (locale === "sv") return __sv.admin_send_again(inputs)
	return __en.admin_send_again(inputs)
});
/**
* | output |
* | --- |
* | "Send the daily report" |
*
* @param {Admin_Send_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_report = /** @type {((inputs?: Admin_Send_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Send_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_send_report(inputs)
	if (locale === "da") return __da.admin_send_report(inputs)
	if (locale === "sv") return __sv.admin_send_report(inputs)
	return __en.admin_send_report(inputs)
});
/**
* | output |
* | --- |
* | "Send a test" |
*
* @param {Admin_Send_TestInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_send_test = /** @type {((inputs?: Admin_Send_TestInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Send_TestInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_send_test(inputs)
	if (locale === "da") return __da.admin_send_test(inputs)
	if (locale === "sv") return __sv.admin_send_test(inputs)
	return __en.admin_send_test(inputs)
});
/**
* | output |
* | --- |
* | "Set password" |
*
* @param {Admin_Set_PasswordInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_set_password = /** @type {((inputs?: Admin_Set_PasswordInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Set_PasswordInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_set_password(inputs)
	if (locale === "da") return __da.admin_set_password(inputs)
	if (locale === "sv") return __sv.admin_set_password(inputs)
	return __en.admin_set_password(inputs)
});
/**
* | output |
* | --- |
* | "Set up the report" |
*
* @param {Admin_Set_Up_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_set_up_report = /** @type {((inputs?: Admin_Set_Up_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Set_Up_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_set_up_report(inputs)
	if (locale === "da") return __da.admin_set_up_report(inputs)
	if (locale === "sv") return __sv.admin_set_up_report(inputs)
	return __en.admin_set_up_report(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Admin_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_show = /** @type {((inputs?: Admin_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_show(inputs)
	if (locale === "da") return __da.admin_show(inputs)
	if (locale === "sv") return __sv.admin_show(inputs)
	return __en.admin_show(inputs)
});
/**
* | output |
* | --- |
* | "Show revoked tokens" |
*
* @param {Admin_Show_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_show_revoked = /** @type {((inputs?: Admin_Show_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Show_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_show_revoked(inputs)
	if (locale === "da") return __da.admin_show_revoked(inputs)
	if (locale === "sv") return __sv.admin_show_revoked(inputs)
	return __en.admin_show_revoked(inputs)
});
/**
* | output |
* | --- |
* | "Sign-in" |
*
* @param {Admin_Sign_In_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_sign_in_title = /** @type {((inputs?: Admin_Sign_In_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Sign_In_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_sign_in_title(inputs)
	if (locale === "da") return __da.admin_sign_in_title(inputs)
	if (locale === "sv") return __sv.admin_sign_in_title(inputs)
	return __en.admin_sign_in_title(inputs)
});
/**
* | output |
* | --- |
* | "signed" |
*
* @param {Admin_SignedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_signed = /** @type {((inputs?: Admin_SignedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_SignedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_signed(inputs)
	if (locale === "da") return __da.admin_signed(inputs)
	if (locale === "sv") return __sv.admin_signed(inputs)
	return __en.admin_signed(inputs)
});
/**
* | output |
* | --- |
* | "active" |
*
* @param {Admin_State_ActiveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_active = /** @type {((inputs?: Admin_State_ActiveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_ActiveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_active(inputs)
	if (locale === "da") return __da.admin_state_active(inputs)
	if (locale === "sv") return __sv.admin_state_active(inputs)
	return __en.admin_state_active(inputs)
});
/**
* | output |
* | --- |
* | "disabled {when}" |
*
* @param {Admin_State_DisabledInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_disabled = /** @type {((inputs: Admin_State_DisabledInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_DisabledInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_disabled(inputs)
	if (locale === "da") return __da.admin_state_disabled(inputs)
	if (locale === "sv") return __sv.admin_state_disabled(inputs)
	return __en.admin_state_disabled(inputs)
});
/**
* | output |
* | --- |
* | "failed" |
*
* @param {Admin_State_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_failed = /** @type {((inputs?: Admin_State_FailedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_FailedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_failed(inputs)
	if (locale === "da") return __da.admin_state_failed(inputs)
	if (locale === "sv") return __sv.admin_state_failed(inputs)
	return __en.admin_state_failed(inputs)
});
/**
* | output |
* | --- |
* | "pending" |
*
* @param {Admin_State_PendingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_pending = /** @type {((inputs?: Admin_State_PendingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_PendingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_pending(inputs)
	if (locale === "da") return __da.admin_state_pending(inputs)
	if (locale === "sv") return __sv.admin_state_pending(inputs)
	return __en.admin_state_pending(inputs)
});
/**
* | output |
* | --- |
* | "sending" |
*
* @param {Admin_State_SendingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_sending = /** @type {((inputs?: Admin_State_SendingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_SendingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_sending(inputs)
	if (locale === "da") return __da.admin_state_sending(inputs)
	if (locale === "sv") return __sv.admin_state_sending(inputs)
	return __en.admin_state_sending(inputs)
});
/**
* | output |
* | --- |
* | "sent" |
*
* @param {Admin_State_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_sent = /** @type {((inputs?: Admin_State_SentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_SentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_sent(inputs)
	if (locale === "da") return __da.admin_state_sent(inputs)
	if (locale === "sv") return __sv.admin_state_sent(inputs)
	return __en.admin_state_sent(inputs)
});
/**
* | output |
* | --- |
* | "uncertain" |
*
* @param {Admin_State_UncertainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_state_uncertain = /** @type {((inputs?: Admin_State_UncertainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_State_UncertainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_state_uncertain(inputs)
	if (locale === "da") return __da.admin_state_uncertain(inputs)
	if (locale === "sv") return __sv.admin_state_uncertain(inputs)
	return __en.admin_state_uncertain(inputs)
});
/**
* | output |
* | --- |
* | "Stop" |
*
* @param {Admin_StopInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_stop = /** @type {((inputs?: Admin_StopInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_StopInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_stop(inputs)
	if (locale === "da") return __da.admin_stop(inputs)
	if (locale === "sv") return __sv.admin_stop(inputs)
	return __en.admin_stop(inputs)
});
/**
* | output |
* | --- |
* | "(10+ characters)" |
*
* @param {Admin_Ten_PlusInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_ten_plus = /** @type {((inputs?: Admin_Ten_PlusInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Ten_PlusInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_ten_plus(inputs)
	if (locale === "da") return __da.admin_ten_plus(inputs)
	if (locale === "sv") return __sv.admin_ten_plus(inputs)
	return __en.admin_ten_plus(inputs)
});
/**
* | output |
* | --- |
* | "The test to “{name}” failed: {reason}. Check the channel's address and that the receiver is up, then send another test." |
*
* @param {Admin_Test_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_test_failed = /** @type {((inputs: Admin_Test_FailedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Test_FailedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_test_failed(inputs)
	if (locale === "da") return __da.admin_test_failed(inputs)
	if (locale === "sv") return __sv.admin_test_failed(inputs)
	return __en.admin_test_failed(inputs)
});
/**
* | output |
* | --- |
* | "Test sent to “{name}” ({status})." |
*
* @param {Admin_Test_SentInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_test_sent = /** @type {((inputs: Admin_Test_SentInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Test_SentInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_test_sent(inputs)
	if (locale === "da") return __da.admin_test_sent(inputs)
	if (locale === "sv") return __sv.admin_test_sent(inputs)
	return __en.admin_test_sent(inputs)
});
/**
* | output |
* | --- |
* | "This is you: another admin can disable your account." |
*
* @param {Admin_This_Is_YouInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_this_is_you = /** @type {((inputs?: Admin_This_Is_YouInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_This_Is_YouInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_this_is_you(inputs)
	if (locale === "da") return __da.admin_this_is_you(inputs)
	if (locale === "sv") return __sv.admin_this_is_you(inputs)
	return __en.admin_this_is_you(inputs)
});
/**
* | output |
* | --- |
* | "Tick at least one site, or choose all sites." |
*
* @param {Admin_Tick_A_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_a_site = /** @type {((inputs?: Admin_Tick_A_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Tick_A_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_tick_a_site(inputs)
	if (locale === "da") return __da.admin_tick_a_site(inputs)
	if (locale === "sv") return __sv.admin_tick_a_site(inputs)
	return __en.admin_tick_a_site(inputs)
});
/**
* | output |
* | --- |
* | "Tick at least one channel." |
*
* @param {Admin_Tick_ChannelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_channel = /** @type {((inputs?: Admin_Tick_ChannelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Tick_ChannelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_tick_channel(inputs)
	if (locale === "da") return __da.admin_tick_channel(inputs)
	if (locale === "sv") return __sv.admin_tick_channel(inputs)
	return __en.admin_tick_channel(inputs)
});
/**
* | output |
* | --- |
* | "Tick at least one channel for the first level." |
*
* @param {Admin_Tick_First_LevelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tick_first_level = /** @type {((inputs?: Admin_Tick_First_LevelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Tick_First_LevelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_tick_first_level(inputs)
	if (locale === "da") return __da.admin_tick_first_level(inputs)
	if (locale === "sv") return __sv.admin_tick_first_level(inputs)
	return __en.admin_tick_first_level(inputs)
});
/**
* | output |
* | --- |
* | "Time zone" |
*
* @param {Admin_Time_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_time_zone = /** @type {((inputs?: Admin_Time_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Time_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_time_zone(inputs)
	if (locale === "da") return __da.admin_time_zone(inputs)
	if (locale === "sv") return __sv.admin_time_zone(inputs)
	return __en.admin_time_zone(inputs)
});
/**
* | output |
* | --- |
* | "e.g. lobby wall screen" |
*
* @param {Admin_Token_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_token_placeholder = /** @type {((inputs?: Admin_Token_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Token_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_token_placeholder(inputs)
	if (locale === "da") return __da.admin_token_placeholder(inputs)
	if (locale === "sv") return __sv.admin_token_placeholder(inputs)
	return __en.admin_token_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Token revoked: it no longer works." |
*
* @param {Admin_Token_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_token_revoked = /** @type {((inputs?: Admin_Token_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Token_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_token_revoked(inputs)
	if (locale === "da") return __da.admin_token_revoked(inputs)
	if (locale === "sv") return __sv.admin_token_revoked(inputs)
	return __en.admin_token_revoked(inputs)
});
/**
* | output |
* | --- |
* | "System tokens are for kiosks, scripts and integrations: each has its own role and sites. Personal tokens act as the user who made them (on their Account page..." |
*
* @param {Admin_Tokens_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tokens_intro = /** @type {((inputs?: Admin_Tokens_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Tokens_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_tokens_intro(inputs)
	if (locale === "da") return __da.admin_tokens_intro(inputs)
	if (locale === "sv") return __sv.admin_tokens_intro(inputs)
	return __en.admin_tokens_intro(inputs)
});
/**
* | output |
* | --- |
* | "API tokens" |
*
* @param {Admin_Tokens_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_tokens_title = /** @type {((inputs?: Admin_Tokens_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Tokens_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_tokens_title(inputs)
	if (locale === "da") return __da.admin_tokens_title(inputs)
	if (locale === "sv") return __sv.admin_tokens_title(inputs)
	return __en.admin_tokens_title(inputs)
});
/**
* | output |
* | --- |
* | "Turn off" |
*
* @param {Admin_Turn_OffInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_turn_off = /** @type {((inputs?: Admin_Turn_OffInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Turn_OffInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_turn_off(inputs)
	if (locale === "da") return __da.admin_turn_off(inputs)
	if (locale === "sv") return __sv.admin_turn_off(inputs)
	return __en.admin_turn_off(inputs)
});
/**
* | output |
* | --- |
* | "Turn on" |
*
* @param {Admin_Turn_OnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_turn_on = /** @type {((inputs?: Admin_Turn_OnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Turn_OnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_turn_on(inputs)
	if (locale === "da") return __da.admin_turn_on(inputs)
	if (locale === "sv") return __sv.admin_turn_on(inputs)
	return __en.admin_turn_on(inputs)
});
/**
* | output |
* | --- |
* | "Unlock {username}" |
*
* @param {Admin_UnlockInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock = /** @type {((inputs: Admin_UnlockInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_UnlockInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_unlock(inputs)
	if (locale === "da") return __da.admin_unlock(inputs)
	if (locale === "sv") return __sv.admin_unlock(inputs)
	return __en.admin_unlock(inputs)
});
/**
* | output |
* | --- |
* | "Nothing held {name} back any more." |
*
* @param {Admin_Unlock_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock_nothing = /** @type {((inputs: Admin_Unlock_NothingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Unlock_NothingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_unlock_nothing(inputs)
	if (locale === "da") return __da.admin_unlock_nothing(inputs)
	if (locale === "sv") return __sv.admin_unlock_nothing(inputs)
	return __en.admin_unlock_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Nothing was held back any more." |
*
* @param {Admin_Unlock_Nothing_SelfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlock_nothing_self = /** @type {((inputs?: Admin_Unlock_Nothing_SelfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Unlock_Nothing_SelfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_unlock_nothing_self(inputs)
	if (locale === "da") return __da.admin_unlock_nothing_self(inputs)
	if (locale === "sv") return __sv.admin_unlock_nothing_self(inputs)
	return __en.admin_unlock_nothing_self(inputs)
});
/**
* | output |
* | --- |
* | "Unlocked {name}: they may sign in from {addresses} again." |
*
* @param {Admin_UnlockedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlocked = /** @type {((inputs: Admin_UnlockedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_UnlockedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_unlocked(inputs)
	if (locale === "da") return __da.admin_unlocked(inputs)
	if (locale === "sv") return __sv.admin_unlocked(inputs)
	return __en.admin_unlocked(inputs)
});
/**
* | output |
* | --- |
* | "Unlocked: they may sign in from {addresses} again." |
*
* @param {Admin_Unlocked_SelfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_unlocked_self = /** @type {((inputs: Admin_Unlocked_SelfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Unlocked_SelfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_unlocked_self(inputs)
	if (locale === "da") return __da.admin_unlocked_self(inputs)
	if (locale === "sv") return __sv.admin_unlocked_self(inputs)
	return __en.admin_unlocked_self(inputs)
});
/**
* | output |
* | --- |
* | "User created. Tell them their username and initial password privately." |
*
* @param {Admin_User_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_user_created = /** @type {((inputs?: Admin_User_CreatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_User_CreatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_user_created(inputs)
	if (locale === "da") return __da.admin_user_created(inputs)
	if (locale === "sv") return __sv.admin_user_created(inputs)
	return __en.admin_user_created(inputs)
});
/**
* | output |
* | --- |
* | "The username “{username}” is taken." |
*
* @param {Admin_Username_TakenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_username_taken = /** @type {((inputs: Admin_Username_TakenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Username_TakenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_username_taken(inputs)
	if (locale === "da") return __da.admin_username_taken(inputs)
	if (locale === "sv") return __sv.admin_username_taken(inputs)
	return __en.admin_username_taken(inputs)
});
/**
* | output |
* | --- |
* | "Username: 2 to 64 of a-z, 0-9, . _ @ -, starting with a letter or digit." |
*
* @param {Admin_Username_WrongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_username_wrong = /** @type {((inputs?: Admin_Username_WrongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Username_WrongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_username_wrong(inputs)
	if (locale === "da") return __da.admin_username_wrong(inputs)
	if (locale === "sv") return __sv.admin_username_wrong(inputs)
	return __en.admin_username_wrong(inputs)
});
/**
* | output |
* | --- |
* | "{accounts}, {active} active. Open one to change its role, sites or password, or to disable it." |
*
* @param {Admin_Users_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_users_intro = /** @type {((inputs: Admin_Users_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Users_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_users_intro(inputs)
	if (locale === "da") return __da.admin_users_intro(inputs)
	if (locale === "sv") return __sv.admin_users_intro(inputs)
	return __en.admin_users_intro(inputs)
});
/**
* | output |
* | --- |
* | "Users" |
*
* @param {Admin_Users_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_users_title = /** @type {((inputs?: Admin_Users_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Users_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_users_title(inputs)
	if (locale === "da") return __da.admin_users_title(inputs)
	if (locale === "sv") return __sv.admin_users_title(inputs)
	return __en.admin_users_title(inputs)
});
/**
* | output |
* | --- |
* | "{time} UTC" |
*
* @param {Admin_Utc_TimeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_utc_time = /** @type {((inputs: Admin_Utc_TimeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Utc_TimeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_utc_time(inputs)
	if (locale === "da") return __da.admin_utc_time(inputs)
	if (locale === "sv") return __sv.admin_utc_time(inputs)
	return __en.admin_utc_time(inputs)
});
/**
* | output |
* | --- |
* | "That token is not in the list any more: reload the page and choose it again." |
*
* @param {Admin_Which_TokenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const admin_which_token = /** @type {((inputs?: Admin_Which_TokenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Admin_Which_TokenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.admin_which_token(inputs)
	if (locale === "da") return __da.admin_which_token(inputs)
	if (locale === "sv") return __sv.admin_which_token(inputs)
	return __en.admin_which_token(inputs)
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
* | "{sites}: {needAction} need action, {withOpen} have open defects, {allFine} all fine." |
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
* | "Add asset" |
*
* @param {Setup_Add_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_asset = /** @type {((inputs?: Setup_Add_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_asset(inputs)
	if (locale === "da") return __da.setup_add_asset(inputs)
	if (locale === "sv") return __sv.setup_add_asset(inputs)
	return __en.setup_add_asset(inputs)
});
/**
* | output |
* | --- |
* | "Add an asset to {zone}" |
*
* @param {Setup_Add_Asset_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_asset_to = /** @type {((inputs: Setup_Add_Asset_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_Asset_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_asset_to(inputs)
	if (locale === "da") return __da.setup_add_asset_to(inputs)
	if (locale === "sv") return __sv.setup_add_asset_to(inputs)
	return __en.setup_add_asset_to(inputs)
});
/**
* | output |
* | --- |
* | "Add assets first." |
*
* @param {Setup_Add_Assets_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_assets_first = /** @type {((inputs?: Setup_Add_Assets_FirstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_Assets_FirstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_assets_first(inputs)
	if (locale === "da") return __da.setup_add_assets_first(inputs)
	if (locale === "sv") return __sv.setup_add_assets_first(inputs)
	return __en.setup_add_assets_first(inputs)
});
/**
* | output |
* | --- |
* | "Add checkpoint" |
*
* @param {Setup_Add_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_checkpoint = /** @type {((inputs?: Setup_Add_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_checkpoint(inputs)
	if (locale === "da") return __da.setup_add_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_add_checkpoint(inputs)
	return __en.setup_add_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "Add a checkpoint to {zone}" |
*
* @param {Setup_Add_Checkpoint_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_checkpoint_to = /** @type {((inputs: Setup_Add_Checkpoint_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_Checkpoint_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_checkpoint_to(inputs)
	if (locale === "da") return __da.setup_add_checkpoint_to(inputs)
	if (locale === "sv") return __sv.setup_add_checkpoint_to(inputs)
	return __en.setup_add_checkpoint_to(inputs)
});
/**
* | output |
* | --- |
* | "Add device" |
*
* @param {Setup_Add_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_device = /** @type {((inputs?: Setup_Add_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_device(inputs)
	if (locale === "da") return __da.setup_add_device(inputs)
	if (locale === "sv") return __sv.setup_add_device(inputs)
	return __en.setup_add_device(inputs)
});
/**
* | output |
* | --- |
* | "Add a device" |
*
* @param {Setup_Add_Device_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_device_summary = /** @type {((inputs?: Setup_Add_Device_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_Device_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_device_summary(inputs)
	if (locale === "da") return __da.setup_add_device_summary(inputs)
	if (locale === "sv") return __sv.setup_add_device_summary(inputs)
	return __en.setup_add_device_summary(inputs)
});
/**
* | output |
* | --- |
* | "Add zone" |
*
* @param {Setup_Add_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_zone = /** @type {((inputs?: Setup_Add_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_zone(inputs)
	if (locale === "da") return __da.setup_add_zone(inputs)
	if (locale === "sv") return __sv.setup_add_zone(inputs)
	return __en.setup_add_zone(inputs)
});
/**
* | output |
* | --- |
* | "Add a zone" |
*
* @param {Setup_Add_Zone_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_add_zone_summary = /** @type {((inputs?: Setup_Add_Zone_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Add_Zone_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_add_zone_summary(inputs)
	if (locale === "da") return __da.setup_add_zone_summary(inputs)
	if (locale === "sv") return __sv.setup_add_zone_summary(inputs)
	return __en.setup_add_zone_summary(inputs)
});
/**
* | output |
* | --- |
* | "Add rule" |
*
* @param {Setup_Asg_AddInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_add = /** @type {((inputs?: Setup_Asg_AddInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_AddInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_add(inputs)
	if (locale === "da") return __da.setup_asg_add(inputs)
	if (locale === "sv") return __sv.setup_asg_add(inputs)
	return __en.setup_asg_add(inputs)
});
/**
* | output |
* | --- |
* | "Rule added: new defects it matches are assigned as it says." |
*
* @param {Setup_Asg_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_added = /** @type {((inputs?: Setup_Asg_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_added(inputs)
	if (locale === "da") return __da.setup_asg_added(inputs)
	if (locale === "sv") return __sv.setup_asg_added(inputs)
	return __en.setup_asg_added(inputs)
});
/**
* | output |
* | --- |
* | "all of {category}" |
*
* @param {Setup_Asg_All_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_all_of = /** @type {((inputs: Setup_Asg_All_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_All_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_all_of(inputs)
	if (locale === "da") return __da.setup_asg_all_of(inputs)
	if (locale === "sv") return __sv.setup_asg_all_of(inputs)
	return __en.setup_asg_all_of(inputs)
});
/**
* | output |
* | --- |
* | "Choose the site, and tick only what the lists offer." |
*
* @param {Setup_Asg_Bad_FormInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_bad_form = /** @type {((inputs?: Setup_Asg_Bad_FormInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Bad_FormInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_bad_form(inputs)
	if (locale === "da") return __da.setup_asg_bad_form(inputs)
	if (locale === "sv") return __sv.setup_asg_bad_form(inputs)
	return __en.setup_asg_bad_form(inputs)
});
/**
* | output |
* | --- |
* | "Choose" |
*
* @param {Setup_Asg_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose = /** @type {((inputs?: Setup_Asg_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_choose(inputs)
	if (locale === "da") return __da.setup_asg_choose(inputs)
	if (locale === "sv") return __sv.setup_asg_choose(inputs)
	return __en.setup_asg_choose(inputs)
});
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Setup_Asg_Choose_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose_option = /** @type {((inputs?: Setup_Asg_Choose_OptionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Choose_OptionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_choose_option(inputs)
	if (locale === "da") return __da.setup_asg_choose_option(inputs)
	if (locale === "sv") return __sv.setup_asg_choose_option(inputs)
	return __en.setup_asg_choose_option(inputs)
});
/**
* | output |
* | --- |
* | "Choose who gets them." |
*
* @param {Setup_Asg_Choose_WhoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_choose_who = /** @type {((inputs?: Setup_Asg_Choose_WhoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Choose_WhoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_choose_who(inputs)
	if (locale === "da") return __da.setup_asg_choose_who(inputs)
	if (locale === "sv") return __sv.setup_asg_choose_who(inputs)
	return __en.setup_asg_choose_who(inputs)
});
/**
* | output |
* | --- |
* | "Defects" |
*
* @param {Setup_Asg_Col_DefectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_defects = /** @type {((inputs?: Setup_Asg_Col_DefectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Col_DefectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_col_defects(inputs)
	if (locale === "da") return __da.setup_asg_col_defects(inputs)
	if (locale === "sv") return __sv.setup_asg_col_defects(inputs)
	return __en.setup_asg_col_defects(inputs)
});
/**
* | output |
* | --- |
* | "Go to" |
*
* @param {Setup_Asg_Col_Go_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_go_to = /** @type {((inputs?: Setup_Asg_Col_Go_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Col_Go_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_col_go_to(inputs)
	if (locale === "da") return __da.setup_asg_col_go_to(inputs)
	if (locale === "sv") return __sv.setup_asg_col_go_to(inputs)
	return __en.setup_asg_col_go_to(inputs)
});
/**
* | output |
* | --- |
* | "Made" |
*
* @param {Setup_Asg_Col_MadeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_made = /** @type {((inputs?: Setup_Asg_Col_MadeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Col_MadeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_col_made(inputs)
	if (locale === "da") return __da.setup_asg_col_made(inputs)
	if (locale === "sv") return __sv.setup_asg_col_made(inputs)
	return __en.setup_asg_col_made(inputs)
});
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Setup_Asg_Col_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_col_zone = /** @type {((inputs?: Setup_Asg_Col_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Col_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_col_zone(inputs)
	if (locale === "da") return __da.setup_asg_col_zone(inputs)
	if (locale === "sv") return __sv.setup_asg_col_zone(inputs)
	return __en.setup_asg_col_zone(inputs)
});
/**
* | output |
* | --- |
* | "Delete" |
*
* @param {Setup_Asg_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_delete = /** @type {((inputs?: Setup_Asg_DeleteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_DeleteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_delete(inputs)
	if (locale === "da") return __da.setup_asg_delete(inputs)
	if (locale === "sv") return __sv.setup_asg_delete(inputs)
	return __en.setup_asg_delete(inputs)
});
/**
* | output |
* | --- |
* | "Rule deleted. Defects it assigned stay assigned." |
*
* @param {Setup_Asg_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_deleted = /** @type {((inputs?: Setup_Asg_DeletedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_DeletedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_deleted(inputs)
	if (locale === "da") return __da.setup_asg_deleted(inputs)
	if (locale === "sv") return __sv.setup_asg_deleted(inputs)
	return __en.setup_asg_deleted(inputs)
});
/**
* | output |
* | --- |
* | "every defect" |
*
* @param {Setup_Asg_Every_DefectInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_defect = /** @type {((inputs?: Setup_Asg_Every_DefectInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Every_DefectInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_every_defect(inputs)
	if (locale === "da") return __da.setup_asg_every_defect(inputs)
	if (locale === "sv") return __sv.setup_asg_every_defect(inputs)
	return __en.setup_asg_every_defect(inputs)
});
/**
* | output |
* | --- |
* | "every zone" |
*
* @param {Setup_Asg_Every_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_zone = /** @type {((inputs?: Setup_Asg_Every_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Every_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_every_zone(inputs)
	if (locale === "da") return __da.setup_asg_every_zone(inputs)
	if (locale === "sv") return __sv.setup_asg_every_zone(inputs)
	return __en.setup_asg_every_zone(inputs)
});
/**
* | output |
* | --- |
* | "Every zone of {site}" |
*
* @param {Setup_Asg_Every_Zone_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_every_zone_of = /** @type {((inputs: Setup_Asg_Every_Zone_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Every_Zone_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_every_zone_of(inputs)
	if (locale === "da") return __da.setup_asg_every_zone_of(inputs)
	if (locale === "sv") return __sv.setup_asg_every_zone_of(inputs)
	return __en.setup_asg_every_zone_of(inputs)
});
/**
* | output |
* | --- |
* | "New defects that match a rule are assigned as they open, when nobody has assigned them yet: \"the floor-cleaning team gets dirty and spill\". A rule for a zone..." |
*
* @param {Setup_Asg_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_intro = /** @type {((inputs?: Setup_Asg_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_intro(inputs)
	if (locale === "da") return __da.setup_asg_intro(inputs)
	if (locale === "sv") return __sv.setup_asg_intro(inputs)
	return __en.setup_asg_intro(inputs)
});
/**
* | output |
* | --- |
* | "{when} by {who}" |
*
* @param {Setup_Asg_Made_ByInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_made_by = /** @type {((inputs: Setup_Asg_Made_ByInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Made_ByInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_made_by(inputs)
	if (locale === "da") return __da.setup_asg_made_by(inputs)
	if (locale === "sv") return __sv.setup_asg_made_by(inputs)
	return __en.setup_asg_made_by(inputs)
});
/**
* | output |
* | --- |
* | "New rule" |
*
* @param {Setup_Asg_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_new = /** @type {((inputs?: Setup_Asg_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_new(inputs)
	if (locale === "da") return __da.setup_asg_new(inputs)
	if (locale === "sv") return __sv.setup_asg_new(inputs)
	return __en.setup_asg_new(inputs)
});
/**
* | output |
* | --- |
* | "You have no sites to make rules for." |
*
* @param {Setup_Asg_No_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_no_sites = /** @type {((inputs?: Setup_Asg_No_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_No_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_no_sites(inputs)
	if (locale === "da") return __da.setup_asg_no_sites(inputs)
	if (locale === "sv") return __sv.setup_asg_no_sites(inputs)
	return __en.setup_asg_no_sites(inputs)
});
/**
* | output |
* | --- |
* | "No rules yet: new defects wait for someone to assign or take them." |
*
* @param {Setup_Asg_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_none = /** @type {((inputs?: Setup_Asg_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_none(inputs)
	if (locale === "da") return __da.setup_asg_none(inputs)
	if (locale === "sv") return __sv.setup_asg_none(inputs)
	return __en.setup_asg_none(inputs)
});
/**
* | output |
* | --- |
* | "People" |
*
* @param {Setup_Asg_PeopleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_people = /** @type {((inputs?: Setup_Asg_PeopleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_PeopleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_people(inputs)
	if (locale === "da") return __da.setup_asg_people(inputs)
	if (locale === "sv") return __sv.setup_asg_people(inputs)
	return __en.setup_asg_people(inputs)
});
/**
* | output |
* | --- |
* | "Teams" |
*
* @param {Setup_Asg_TeamsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_teams = /** @type {((inputs?: Setup_Asg_TeamsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_TeamsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_teams(inputs)
	if (locale === "da") return __da.setup_asg_teams(inputs)
	if (locale === "sv") return __sv.setup_asg_teams(inputs)
	return __en.setup_asg_teams(inputs)
});
/**
* | output |
* | --- |
* | "Assignment rules" |
*
* @param {Setup_Asg_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_title = /** @type {((inputs?: Setup_Asg_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_title(inputs)
	if (locale === "da") return __da.setup_asg_title(inputs)
	if (locale === "sv") return __sv.setup_asg_title(inputs)
	return __en.setup_asg_title(inputs)
});
/**
* | output |
* | --- |
* | "Which defects" |
*
* @param {Setup_Asg_WhichInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which = /** @type {((inputs?: Setup_Asg_WhichInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_WhichInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_which(inputs)
	if (locale === "da") return __da.setup_asg_which(inputs)
	if (locale === "sv") return __sv.setup_asg_which(inputs)
	return __en.setup_asg_which(inputs)
});
/**
* | output |
* | --- |
* | "(tick none for every defect)" |
*
* @param {Setup_Asg_Which_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which_hint = /** @type {((inputs?: Setup_Asg_Which_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Which_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_which_hint(inputs)
	if (locale === "da") return __da.setup_asg_which_hint(inputs)
	if (locale === "sv") return __sv.setup_asg_which_hint(inputs)
	return __en.setup_asg_which_hint(inputs)
});
/**
* | output |
* | --- |
* | "That rule is not in the list any more: reload the page." |
*
* @param {Setup_Asg_Which_RuleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asg_which_rule = /** @type {((inputs?: Setup_Asg_Which_RuleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asg_Which_RuleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asg_which_rule(inputs)
	if (locale === "da") return __da.setup_asg_which_rule(inputs)
	if (locale === "sv") return __sv.setup_asg_which_rule(inputs)
	return __en.setup_asg_which_rule(inputs)
});
/**
* | output |
* | --- |
* | "Asset {name} added." |
*
* @param {Setup_Asset_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_added = /** @type {((inputs: Setup_Asset_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asset_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asset_added(inputs)
	if (locale === "da") return __da.setup_asset_added(inputs)
	if (locale === "sv") return __sv.setup_asset_added(inputs)
	return __en.setup_asset_added(inputs)
});
/**
* | output |
* | --- |
* | "Call button, floor 12" |
*
* @param {Setup_Asset_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_placeholder = /** @type {((inputs?: Setup_Asset_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asset_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asset_placeholder(inputs)
	if (locale === "da") return __da.setup_asset_placeholder(inputs)
	if (locale === "sv") return __sv.setup_asset_placeholder(inputs)
	return __en.setup_asset_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Asset {name} saved." |
*
* @param {Setup_Asset_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_asset_saved = /** @type {((inputs: Setup_Asset_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Asset_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_asset_saved(inputs)
	if (locale === "da") return __da.setup_asset_saved(inputs)
	if (locale === "sv") return __sv.setup_asset_saved(inputs)
	return __en.setup_asset_saved(inputs)
});
/**
* | output |
* | --- |
* | "Assets it covers" |
*
* @param {Setup_Assets_CoveredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_assets_covered = /** @type {((inputs?: Setup_Assets_CoveredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Assets_CoveredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_assets_covered(inputs)
	if (locale === "da") return __da.setup_assets_covered(inputs)
	if (locale === "sv") return __sv.setup_assets_covered(inputs)
	return __en.setup_assets_covered(inputs)
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
* | "Category" |
*
* @param {Setup_CategoryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_category = /** @type {((inputs?: Setup_CategoryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_CategoryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_category(inputs)
	if (locale === "da") return __da.setup_category(inputs)
	if (locale === "sv") return __sv.setup_category(inputs)
	return __en.setup_category(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoint {name} added." |
*
* @param {Setup_Checkpoint_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_added = /** @type {((inputs: Setup_Checkpoint_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Checkpoint_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_checkpoint_added(inputs)
	if (locale === "da") return __da.setup_checkpoint_added(inputs)
	if (locale === "sv") return __sv.setup_checkpoint_added(inputs)
	return __en.setup_checkpoint_added(inputs)
});
/**
* | output |
* | --- |
* | "Morning round" |
*
* @param {Setup_Checkpoint_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_placeholder = /** @type {((inputs?: Setup_Checkpoint_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Checkpoint_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_checkpoint_placeholder(inputs)
	if (locale === "da") return __da.setup_checkpoint_placeholder(inputs)
	if (locale === "sv") return __sv.setup_checkpoint_placeholder(inputs)
	return __en.setup_checkpoint_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoint {name} saved." |
*
* @param {Setup_Checkpoint_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoint_saved = /** @type {((inputs: Setup_Checkpoint_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Checkpoint_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_checkpoint_saved(inputs)
	if (locale === "da") return __da.setup_checkpoint_saved(inputs)
	if (locale === "sv") return __sv.setup_checkpoint_saved(inputs)
	return __en.setup_checkpoint_saved(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoints" |
*
* @param {Setup_CheckpointsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoints = /** @type {((inputs?: Setup_CheckpointsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_CheckpointsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_checkpoints(inputs)
	if (locale === "da") return __da.setup_checkpoints(inputs)
	if (locale === "sv") return __sv.setup_checkpoints(inputs)
	return __en.setup_checkpoints(inputs)
});
/**
* | output |
* | --- |
* | "(a round staff check in at, every so often)" |
*
* @param {Setup_Checkpoints_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_checkpoints_hint = /** @type {((inputs?: Setup_Checkpoints_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Checkpoints_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_checkpoints_hint(inputs)
	if (locale === "da") return __da.setup_checkpoints_hint(inputs)
	if (locale === "sv") return __sv.setup_checkpoints_hint(inputs)
	return __en.setup_checkpoints_hint(inputs)
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
* | "Device" |
*
* @param {Setup_Col_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_device = /** @type {((inputs?: Setup_Col_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_device(inputs)
	if (locale === "da") return __da.setup_col_device(inputs)
	if (locale === "sv") return __sv.setup_col_device(inputs)
	return __en.setup_col_device(inputs)
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
* | "Heard every" |
*
* @param {Setup_Col_HeardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_heard = /** @type {((inputs?: Setup_Col_HeardInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_HeardInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_heard(inputs)
	if (locale === "da") return __da.setup_col_heard(inputs)
	if (locale === "sv") return __sv.setup_col_heard(inputs)
	return __en.setup_col_heard(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Setup_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_kind = /** @type {((inputs?: Setup_Col_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_kind(inputs)
	if (locale === "da") return __da.setup_col_kind(inputs)
	if (locale === "sv") return __sv.setup_col_kind(inputs)
	return __en.setup_col_kind(inputs)
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
* | "State" |
*
* @param {Setup_Col_StateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_col_state = /** @type {((inputs?: Setup_Col_StateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Col_StateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_col_state(inputs)
	if (locale === "da") return __da.setup_col_state(inputs)
	if (locale === "sv") return __sv.setup_col_state(inputs)
	return __en.setup_col_state(inputs)
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
* | "(both; MQTT 3.1.1)" |
*
* @param {Setup_Conn_BothInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_both = /** @type {((inputs?: Setup_Conn_BothInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_BothInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_both(inputs)
	if (locale === "da") return __da.setup_conn_both(inputs)
	if (locale === "sv") return __sv.setup_conn_both(inputs)
	return __en.setup_conn_both(inputs)
});
/**
* | output |
* | --- |
* | "Commands" |
*
* @param {Setup_Conn_CommandsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_commands = /** @type {((inputs?: Setup_Conn_CommandsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_CommandsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_commands(inputs)
	if (locale === "da") return __da.setup_conn_commands(inputs)
	if (locale === "sv") return __sv.setup_conn_commands(inputs)
	return __en.setup_conn_commands(inputs)
});
/**
* | output |
* | --- |
* | "Host" |
*
* @param {Setup_Conn_HostInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_host = /** @type {((inputs?: Setup_Conn_HostInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_HostInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_host(inputs)
	if (locale === "da") return __da.setup_conn_host(inputs)
	if (locale === "sv") return __sv.setup_conn_host(inputs)
	return __en.setup_conn_host(inputs)
});
/**
* | output |
* | --- |
* | "Not known: set BULBCHECK_PUBLIC_URL (or BULBCHECK_MQTT_HOST to a real address) so that devices are told where to connect." |
*
* @param {Setup_Conn_Host_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_host_unknown = /** @type {((inputs?: Setup_Conn_Host_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_Host_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_host_unknown(inputs)
	if (locale === "da") return __da.setup_conn_host_unknown(inputs)
	if (locale === "sv") return __sv.setup_conn_host_unknown(inputs)
	return __en.setup_conn_host_unknown(inputs)
});
/**
* | output |
* | --- |
* | "Liveness and last will" |
*
* @param {Setup_Conn_LivenessInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_liveness = /** @type {((inputs?: Setup_Conn_LivenessInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_LivenessInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_liveness(inputs)
	if (locale === "da") return __da.setup_conn_liveness(inputs)
	if (locale === "sv") return __sv.setup_conn_liveness(inputs)
	return __en.setup_conn_liveness(inputs)
});
/**
* | output |
* | --- |
* | "online (retained) at connect, offline as its will" |
*
* @param {Setup_Conn_Liveness_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_liveness_hint = /** @type {((inputs?: Setup_Conn_Liveness_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_Liveness_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_liveness_hint(inputs)
	if (locale === "da") return __da.setup_conn_liveness_hint(inputs)
	if (locale === "sv") return __sv.setup_conn_liveness_hint(inputs)
	return __en.setup_conn_liveness_hint(inputs)
});
/**
* | output |
* | --- |
* | "(MQTT over TLS)" |
*
* @param {Setup_Conn_Mqtt_TlsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_mqtt_tls = /** @type {((inputs?: Setup_Conn_Mqtt_TlsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_Mqtt_TlsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_mqtt_tls(inputs)
	if (locale === "da") return __da.setup_conn_mqtt_tls(inputs)
	if (locale === "sv") return __sv.setup_conn_mqtt_tls(inputs)
	return __en.setup_conn_mqtt_tls(inputs)
});
/**
* | output |
* | --- |
* | "none" |
*
* @param {Setup_Conn_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_none = /** @type {((inputs?: Setup_Conn_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_none(inputs)
	if (locale === "da") return __da.setup_conn_none(inputs)
	if (locale === "sv") return __sv.setup_conn_none(inputs)
	return __en.setup_conn_none(inputs)
});
/**
* | output |
* | --- |
* | "Port" |
*
* @param {Setup_Conn_PortInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_port = /** @type {((inputs?: Setup_Conn_PortInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_PortInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_port(inputs)
	if (locale === "da") return __da.setup_conn_port(inputs)
	if (locale === "sv") return __sv.setup_conn_port(inputs)
	return __en.setup_conn_port(inputs)
});
/**
* | output |
* | --- |
* | "Publishes to" |
*
* @param {Setup_Conn_PublishesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_publishes = /** @type {((inputs?: Setup_Conn_PublishesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_PublishesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_publishes(inputs)
	if (locale === "da") return __da.setup_conn_publishes(inputs)
	if (locale === "sv") return __sv.setup_conn_publishes(inputs)
	return __en.setup_conn_publishes(inputs)
});
/**
* | output |
* | --- |
* | "not set up on this server" |
*
* @param {Setup_Conn_Tls_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_tls_none = /** @type {((inputs?: Setup_Conn_Tls_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_Tls_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_tls_none(inputs)
	if (locale === "da") return __da.setup_conn_tls_none(inputs)
	if (locale === "sv") return __sv.setup_conn_tls_none(inputs)
	return __en.setup_conn_tls_none(inputs)
});
/**
* | output |
* | --- |
* | "offered" |
*
* @param {Setup_Conn_Tls_OfferedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_tls_offered = /** @type {((inputs?: Setup_Conn_Tls_OfferedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_Tls_OfferedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_tls_offered(inputs)
	if (locale === "da") return __da.setup_conn_tls_offered(inputs)
	if (locale === "sv") return __sv.setup_conn_tls_offered(inputs)
	return __en.setup_conn_tls_offered(inputs)
});
/**
* | output |
* | --- |
* | "Try it from a shell (with SECRET set to the secret):" |
*
* @param {Setup_Conn_TryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_try = /** @type {((inputs?: Setup_Conn_TryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_TryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_try(inputs)
	if (locale === "da") return __da.setup_conn_try(inputs)
	if (locale === "sv") return __sv.setup_conn_try(inputs)
	return __en.setup_conn_try(inputs)
});
/**
* | output |
* | --- |
* | "Username and client id" |
*
* @param {Setup_Conn_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_conn_username = /** @type {((inputs?: Setup_Conn_UsernameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Conn_UsernameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_conn_username(inputs)
	if (locale === "da") return __da.setup_conn_username(inputs)
	if (locale === "sv") return __sv.setup_conn_username(inputs)
	return __en.setup_conn_username(inputs)
});
/**
* | output |
* | --- |
* | "covers {assets}" |
*
* @param {Setup_CoversInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_covers = /** @type {((inputs: Setup_CoversInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_CoversInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_covers(inputs)
	if (locale === "da") return __da.setup_covers(inputs)
	if (locale === "sv") return __sv.setup_covers(inputs)
	return __en.setup_covers(inputs)
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
* | "Download credentials file" |
*
* @param {Setup_Cred_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_download = /** @type {((inputs?: Setup_Cred_DownloadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Cred_DownloadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_cred_download(inputs)
	if (locale === "da") return __da.setup_cred_download(inputs)
	if (locale === "sv") return __sv.setup_cred_download(inputs)
	return __en.setup_cred_download(inputs)
});
/**
* | output |
* | --- |
* | "Credentials of {device}" |
*
* @param {Setup_Cred_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_label = /** @type {((inputs: Setup_Cred_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Cred_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_cred_label(inputs)
	if (locale === "da") return __da.setup_cred_label(inputs)
	if (locale === "sv") return __sv.setup_cred_label(inputs)
	return __en.setup_cred_label(inputs)
});
/**
* | output |
* | --- |
* | "Secret of {device}" |
*
* @param {Setup_Cred_Secret_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_secret_of = /** @type {((inputs: Setup_Cred_Secret_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Cred_Secret_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_cred_secret_of(inputs)
	if (locale === "da") return __da.setup_cred_secret_of(inputs)
	if (locale === "sv") return __sv.setup_cred_secret_of(inputs)
	return __en.setup_cred_secret_of(inputs)
});
/**
* | output |
* | --- |
* | "This is the device's MQTT password. It is shown this once: download the file or copy it now." |
*
* @param {Setup_Cred_WarningInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_cred_warning = /** @type {((inputs?: Setup_Cred_WarningInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Cred_WarningInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_cred_warning(inputs)
	if (locale === "da") return __da.setup_cred_warning(inputs)
	if (locale === "sv") return __sv.setup_cred_warning(inputs)
	return __en.setup_cred_warning(inputs)
});
/**
* | output |
* | --- |
* | "Retire or delete the site" |
*
* @param {Setup_Danger_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_danger_heading = /** @type {((inputs?: Setup_Danger_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Danger_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_danger_heading(inputs)
	if (locale === "da") return __da.setup_danger_heading(inputs)
	if (locale === "sv") return __sv.setup_danger_heading(inputs)
	return __en.setup_danger_heading(inputs)
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
* | "Delete" |
*
* @param {Setup_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete = /** @type {((inputs?: Setup_DeleteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_DeleteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete(inputs)
	if (locale === "da") return __da.setup_delete(inputs)
	if (locale === "sv") return __sv.setup_delete(inputs)
	return __en.setup_delete(inputs)
});
/**
* | output |
* | --- |
* | "Delete the site" |
*
* @param {Setup_Delete_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_site = /** @type {((inputs?: Setup_Delete_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Delete_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete_site(inputs)
	if (locale === "da") return __da.setup_delete_site(inputs)
	if (locale === "sv") return __sv.setup_delete_site(inputs)
	return __en.setup_delete_site(inputs)
});
/**
* | output |
* | --- |
* | "Only a site with no history at all (no messages, defects or checks) can be deleted: with everything in it. Otherwise retire it." |
*
* @param {Setup_Delete_Site_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_site_explain = /** @type {((inputs?: Setup_Delete_Site_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Delete_Site_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete_site_explain(inputs)
	if (locale === "da") return __da.setup_delete_site_explain(inputs)
	if (locale === "sv") return __sv.setup_delete_site_explain(inputs)
	return __en.setup_delete_site_explain(inputs)
});
/**
* | output |
* | --- |
* | "Delete {site}…" |
*
* @param {Setup_Delete_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_summary = /** @type {((inputs: Setup_Delete_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Delete_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete_summary(inputs)
	if (locale === "da") return __da.setup_delete_summary(inputs)
	if (locale === "sv") return __sv.setup_delete_summary(inputs)
	return __en.setup_delete_summary(inputs)
});
/**
* | output |
* | --- |
* | "Delete zone" |
*
* @param {Setup_Delete_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_zone = /** @type {((inputs?: Setup_Delete_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Delete_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete_zone(inputs)
	if (locale === "da") return __da.setup_delete_zone(inputs)
	if (locale === "sv") return __sv.setup_delete_zone(inputs)
	return __en.setup_delete_zone(inputs)
});
/**
* | output |
* | --- |
* | "Only when nothing in it has any history (a mistake just made)." |
*
* @param {Setup_Delete_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_delete_zone_hint = /** @type {((inputs?: Setup_Delete_Zone_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Delete_Zone_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_delete_zone_hint(inputs)
	if (locale === "da") return __da.setup_delete_zone_hint(inputs)
	if (locale === "sv") return __sv.setup_delete_zone_hint(inputs)
	return __en.setup_delete_zone_hint(inputs)
});
/**
* | output |
* | --- |
* | "Deleted {thing}: removed {parts}." |
*
* @param {Setup_DeletedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_deleted = /** @type {((inputs: Setup_DeletedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_DeletedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_deleted(inputs)
	if (locale === "da") return __da.setup_deleted(inputs)
	if (locale === "sv") return __sv.setup_deleted(inputs)
	return __en.setup_deleted(inputs)
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
* | "Choose the site to move it to." |
*
* @param {Setup_Dev_Choose_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_choose_site = /** @type {((inputs?: Setup_Dev_Choose_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Choose_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_choose_site(inputs)
	if (locale === "da") return __da.setup_dev_choose_site(inputs)
	if (locale === "sv") return __sv.setup_dev_choose_site(inputs)
	return __en.setup_dev_choose_site(inputs)
});
/**
* | output |
* | --- |
* | "How it connects" |
*
* @param {Setup_Dev_ConnectsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_connects = /** @type {((inputs?: Setup_Dev_ConnectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_ConnectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_connects(inputs)
	if (locale === "da") return __da.setup_dev_connects(inputs)
	if (locale === "sv") return __sv.setup_dev_connects(inputs)
	return __en.setup_dev_connects(inputs)
});
/**
* | output |
* | --- |
* | "Delete {name}" |
*
* @param {Setup_Dev_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete = /** @type {((inputs: Setup_Dev_DeleteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_DeleteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_delete(inputs)
	if (locale === "da") return __da.setup_dev_delete(inputs)
	if (locale === "sv") return __sv.setup_dev_delete(inputs)
	return __en.setup_dev_delete(inputs)
});
/**
* | output |
* | --- |
* | "Only a device that never sent anything can be deleted (a mistake just made); otherwise retire it." |
*
* @param {Setup_Dev_Delete_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete_explain = /** @type {((inputs?: Setup_Dev_Delete_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Delete_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_delete_explain(inputs)
	if (locale === "da") return __da.setup_dev_delete_explain(inputs)
	if (locale === "sv") return __sv.setup_dev_delete_explain(inputs)
	return __en.setup_dev_delete_explain(inputs)
});
/**
* | output |
* | --- |
* | "Delete…" |
*
* @param {Setup_Dev_Delete_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_delete_summary = /** @type {((inputs?: Setup_Dev_Delete_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Delete_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_delete_summary(inputs)
	if (locale === "da") return __da.setup_dev_delete_summary(inputs)
	if (locale === "sv") return __sv.setup_dev_delete_summary(inputs)
	return __en.setup_dev_delete_summary(inputs)
});
/**
* | output |
* | --- |
* | "(three silent intervals make it offline)" |
*
* @param {Setup_Dev_Heard_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_heard_hint = /** @type {((inputs?: Setup_Dev_Heard_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Heard_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_heard_hint(inputs)
	if (locale === "da") return __da.setup_dev_heard_hint(inputs)
	if (locale === "sv") return __sv.setup_dev_heard_hint(inputs)
	return __en.setup_dev_heard_hint(inputs)
});
/**
* | output |
* | --- |
* | "its messages and refusals" |
*
* @param {Setup_Dev_Its_MessagesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_its_messages = /** @type {((inputs?: Setup_Dev_Its_MessagesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Its_MessagesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_its_messages(inputs)
	if (locale === "da") return __da.setup_dev_its_messages(inputs)
	if (locale === "sv") return __sv.setup_dev_its_messages(inputs)
	return __en.setup_dev_its_messages(inputs)
});
/**
* | output |
* | --- |
* | "{kind} at {site}" |
*
* @param {Setup_Dev_Kind_AtInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_kind_at = /** @type {((inputs: Setup_Dev_Kind_AtInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Kind_AtInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_kind_at(inputs)
	if (locale === "da") return __da.setup_dev_kind_at(inputs)
	if (locale === "sv") return __sv.setup_dev_kind_at(inputs)
	return __en.setup_dev_kind_at(inputs)
});
/**
* | output |
* | --- |
* | "last heard {when}" |
*
* @param {Setup_Dev_Last_HeardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_last_heard = /** @type {((inputs: Setup_Dev_Last_HeardInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Last_HeardInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_last_heard(inputs)
	if (locale === "da") return __da.setup_dev_last_heard(inputs)
	if (locale === "sv") return __sv.setup_dev_last_heard(inputs)
	return __en.setup_dev_last_heard(inputs)
});
/**
* | output |
* | --- |
* | "Secret, access and place" |
*
* @param {Setup_Dev_ManageInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_manage = /** @type {((inputs?: Setup_Dev_ManageInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_ManageInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_manage(inputs)
	if (locale === "da") return __da.setup_dev_manage(inputs)
	if (locale === "sv") return __sv.setup_dev_manage(inputs)
	return __en.setup_dev_manage(inputs)
});
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
export const setup_dev_messages = /** @type {((inputs: Setup_Dev_MessagesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_MessagesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_messages(inputs)
	if (locale === "da") return __da.setup_dev_messages(inputs)
	if (locale === "sv") return __sv.setup_dev_messages(inputs)
	return __en.setup_dev_messages(inputs)
});
/**
* | output |
* | --- |
* | "Move" |
*
* @param {Setup_Dev_MoveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move = /** @type {((inputs?: Setup_Dev_MoveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_MoveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_move(inputs)
	if (locale === "da") return __da.setup_dev_move(inputs)
	if (locale === "sv") return __sv.setup_dev_move(inputs)
	return __en.setup_dev_move(inputs)
});
/**
* | output |
* | --- |
* | "Its live connection is closed at once; it connects again under the new site's topics (the firmware must use the new site id in its topics). What it watches a..." |
*
* @param {Setup_Dev_Move_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_explain = /** @type {((inputs?: Setup_Dev_Move_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Move_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_move_explain(inputs)
	if (locale === "da") return __da.setup_dev_move_explain(inputs)
	if (locale === "sv") return __sv.setup_dev_move_explain(inputs)
	return __en.setup_dev_move_explain(inputs)
});
/**
* | output |
* | --- |
* | "Move to another site…" |
*
* @param {Setup_Dev_Move_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_summary = /** @type {((inputs?: Setup_Dev_Move_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Move_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_move_summary(inputs)
	if (locale === "da") return __da.setup_dev_move_summary(inputs)
	if (locale === "sv") return __sv.setup_dev_move_summary(inputs)
	return __en.setup_dev_move_summary(inputs)
});
/**
* | output |
* | --- |
* | "To" |
*
* @param {Setup_Dev_Move_ToInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_move_to = /** @type {((inputs?: Setup_Dev_Move_ToInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Move_ToInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_move_to(inputs)
	if (locale === "da") return __da.setup_dev_move_to(inputs)
	if (locale === "sv") return __sv.setup_dev_move_to(inputs)
	return __en.setup_dev_move_to(inputs)
});
/**
* | output |
* | --- |
* | "Moved to {site}: its connection was closed; it connects again under this site's topics. Choose what it watches or serves here." |
*
* @param {Setup_Dev_MovedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_moved = /** @type {((inputs: Setup_Dev_MovedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_MovedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_moved(inputs)
	if (locale === "da") return __da.setup_dev_moved(inputs)
	if (locale === "sv") return __sv.setup_dev_moved(inputs)
	return __en.setup_dev_moved(inputs)
});
/**
* | output |
* | --- |
* | "never" |
*
* @param {Setup_Dev_NeverInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_never = /** @type {((inputs?: Setup_Dev_NeverInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_NeverInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_never(inputs)
	if (locale === "da") return __da.setup_dev_never(inputs)
	if (locale === "sv") return __sv.setup_dev_never(inputs)
	return __en.setup_dev_never(inputs)
});
/**
* | output |
* | --- |
* | "The site has no assets yet." |
*
* @param {Setup_Dev_No_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_no_assets = /** @type {((inputs?: Setup_Dev_No_AssetsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_No_AssetsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_no_assets(inputs)
	if (locale === "da") return __da.setup_dev_no_assets(inputs)
	if (locale === "sv") return __sv.setup_dev_no_assets(inputs)
	return __en.setup_dev_no_assets(inputs)
});
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
export const setup_dev_refused = /** @type {((inputs: Setup_Dev_RefusedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RefusedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_refused(inputs)
	if (locale === "da") return __da.setup_dev_refused(inputs)
	if (locale === "sv") return __sv.setup_dev_refused(inputs)
	return __en.setup_dev_refused(inputs)
});
/**
* | output |
* | --- |
* | "Restore device" |
*
* @param {Setup_Dev_RestoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_restore = /** @type {((inputs?: Setup_Dev_RestoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RestoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_restore(inputs)
	if (locale === "da") return __da.setup_dev_restore(inputs)
	if (locale === "sv") return __sv.setup_dev_restore(inputs)
	return __en.setup_dev_restore(inputs)
});
/**
* | output |
* | --- |
* | "Restored: it may connect again with its secret." |
*
* @param {Setup_Dev_RestoredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_restored = /** @type {((inputs?: Setup_Dev_RestoredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RestoredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_restored(inputs)
	if (locale === "da") return __da.setup_dev_restored(inputs)
	if (locale === "sv") return __sv.setup_dev_restored(inputs)
	return __en.setup_dev_restored(inputs)
});
/**
* | output |
* | --- |
* | "Retire {name}" |
*
* @param {Setup_Dev_RetireInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire = /** @type {((inputs: Setup_Dev_RetireInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RetireInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_retire(inputs)
	if (locale === "da") return __da.setup_dev_retire(inputs)
	if (locale === "sv") return __sv.setup_dev_retire(inputs)
	return __en.setup_dev_retire(inputs)
});
/**
* | output |
* | --- |
* | "It is disconnected, leaves the boards and the alerts, and cannot sign in; its history stays and it can be restored." |
*
* @param {Setup_Dev_Retire_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire_explain = /** @type {((inputs?: Setup_Dev_Retire_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Retire_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_retire_explain(inputs)
	if (locale === "da") return __da.setup_dev_retire_explain(inputs)
	if (locale === "sv") return __sv.setup_dev_retire_explain(inputs)
	return __en.setup_dev_retire_explain(inputs)
});
/**
* | output |
* | --- |
* | "Retire…" |
*
* @param {Setup_Dev_Retire_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retire_summary = /** @type {((inputs?: Setup_Dev_Retire_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Retire_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_retire_summary(inputs)
	if (locale === "da") return __da.setup_dev_retire_summary(inputs)
	if (locale === "sv") return __sv.setup_dev_retire_summary(inputs)
	return __en.setup_dev_retire_summary(inputs)
});
/**
* | output |
* | --- |
* | "Retired: disconnected, off the boards and out of the alerts; its history stays." |
*
* @param {Setup_Dev_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_retired = /** @type {((inputs?: Setup_Dev_RetiredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RetiredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_retired(inputs)
	if (locale === "da") return __da.setup_dev_retired(inputs)
	if (locale === "sv") return __sv.setup_dev_retired(inputs)
	return __en.setup_dev_retired(inputs)
});
/**
* | output |
* | --- |
* | "Revoke {name}" |
*
* @param {Setup_Dev_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke = /** @type {((inputs: Setup_Dev_RevokeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RevokeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_revoke(inputs)
	if (locale === "da") return __da.setup_dev_revoke(inputs)
	if (locale === "sv") return __sv.setup_dev_revoke(inputs)
	return __en.setup_dev_revoke(inputs)
});
/**
* | output |
* | --- |
* | "For a lost or stolen device: it is disconnected and cannot sign in again until an admin restores it. Its history stays." |
*
* @param {Setup_Dev_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke_explain = /** @type {((inputs?: Setup_Dev_Revoke_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Revoke_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_revoke_explain(inputs)
	if (locale === "da") return __da.setup_dev_revoke_explain(inputs)
	if (locale === "sv") return __sv.setup_dev_revoke_explain(inputs)
	return __en.setup_dev_revoke_explain(inputs)
});
/**
* | output |
* | --- |
* | "Revoke…" |
*
* @param {Setup_Dev_Revoke_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoke_summary = /** @type {((inputs?: Setup_Dev_Revoke_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Revoke_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_revoke_summary(inputs)
	if (locale === "da") return __da.setup_dev_revoke_summary(inputs)
	if (locale === "sv") return __sv.setup_dev_revoke_summary(inputs)
	return __en.setup_dev_revoke_summary(inputs)
});
/**
* | output |
* | --- |
* | "Revoked: the device was disconnected and can no longer sign in. Its history stays." |
*
* @param {Setup_Dev_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoked = /** @type {((inputs?: Setup_Dev_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_revoked(inputs)
	if (locale === "da") return __da.setup_dev_revoked(inputs)
	if (locale === "sv") return __sv.setup_dev_revoked(inputs)
	return __en.setup_dev_revoked(inputs)
});
/**
* | output |
* | --- |
* | "Revoked: an admin can restore it." |
*
* @param {Setup_Dev_Revoked_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_revoked_note = /** @type {((inputs?: Setup_Dev_Revoked_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Revoked_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_revoked_note(inputs)
	if (locale === "da") return __da.setup_dev_revoked_note(inputs)
	if (locale === "sv") return __sv.setup_dev_revoked_note(inputs)
	return __en.setup_dev_revoked_note(inputs)
});
/**
* | output |
* | --- |
* | "A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one." |
*
* @param {Setup_Dev_Rotate_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_explain = /** @type {((inputs?: Setup_Dev_Rotate_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Rotate_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_rotate_explain(inputs)
	if (locale === "da") return __da.setup_dev_rotate_explain(inputs)
	if (locale === "sv") return __sv.setup_dev_rotate_explain(inputs)
	return __en.setup_dev_rotate_explain(inputs)
});
/**
* | output |
* | --- |
* | "Rotate the secret now" |
*
* @param {Setup_Dev_Rotate_NowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_now = /** @type {((inputs?: Setup_Dev_Rotate_NowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Rotate_NowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_rotate_now(inputs)
	if (locale === "da") return __da.setup_dev_rotate_now(inputs)
	if (locale === "sv") return __sv.setup_dev_rotate_now(inputs)
	return __en.setup_dev_rotate_now(inputs)
});
/**
* | output |
* | --- |
* | "Rotate secret…" |
*
* @param {Setup_Dev_Rotate_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotate_summary = /** @type {((inputs?: Setup_Dev_Rotate_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Rotate_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_rotate_summary(inputs)
	if (locale === "da") return __da.setup_dev_rotate_summary(inputs)
	if (locale === "sv") return __sv.setup_dev_rotate_summary(inputs)
	return __en.setup_dev_rotate_summary(inputs)
});
/**
* | output |
* | --- |
* | "New secret made: the old one no longer works and the device was disconnected." |
*
* @param {Setup_Dev_RotatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_rotated = /** @type {((inputs?: Setup_Dev_RotatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_RotatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_rotated(inputs)
	if (locale === "da") return __da.setup_dev_rotated(inputs)
	if (locale === "sv") return __sv.setup_dev_rotated(inputs)
	return __en.setup_dev_rotated(inputs)
});
/**
* | output |
* | --- |
* | "Save device" |
*
* @param {Setup_Dev_SaveInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_save = /** @type {((inputs?: Setup_Dev_SaveInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_SaveInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_save(inputs)
	if (locale === "da") return __da.setup_dev_save(inputs)
	if (locale === "sv") return __sv.setup_dev_save(inputs)
	return __en.setup_dev_save(inputs)
});
/**
* | output |
* | --- |
* | "Device saved." |
*
* @param {Setup_Dev_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_saved = /** @type {((inputs?: Setup_Dev_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_saved(inputs)
	if (locale === "da") return __da.setup_dev_saved(inputs)
	if (locale === "sv") return __sv.setup_dev_saved(inputs)
	return __en.setup_dev_saved(inputs)
});
/**
* | output |
* | --- |
* | "The secret is not shown again after it was made; rotate it to make a new one." |
*
* @param {Setup_Dev_Secret_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_secret_hint = /** @type {((inputs?: Setup_Dev_Secret_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_Secret_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_secret_hint(inputs)
	if (locale === "da") return __da.setup_dev_secret_hint(inputs)
	if (locale === "sv") return __sv.setup_dev_secret_hint(inputs)
	return __en.setup_dev_secret_hint(inputs)
});
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Setup_Dev_SettingsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_settings = /** @type {((inputs?: Setup_Dev_SettingsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_SettingsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_settings(inputs)
	if (locale === "da") return __da.setup_dev_settings(inputs)
	if (locale === "sv") return __sv.setup_dev_settings(inputs)
	return __en.setup_dev_settings(inputs)
});
/**
* | output |
* | --- |
* | "Device {name}" |
*
* @param {Setup_Dev_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_title = /** @type {((inputs: Setup_Dev_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_title(inputs)
	if (locale === "da") return __da.setup_dev_title(inputs)
	if (locale === "sv") return __sv.setup_dev_title(inputs)
	return __en.setup_dev_title(inputs)
});
/**
* | output |
* | --- |
* | "Restore access (with a new secret)" |
*
* @param {Setup_Dev_UnrevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_unrevoke = /** @type {((inputs?: Setup_Dev_UnrevokeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_UnrevokeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_unrevoke(inputs)
	if (locale === "da") return __da.setup_dev_unrevoke(inputs)
	if (locale === "sv") return __sv.setup_dev_unrevoke(inputs)
	return __en.setup_dev_unrevoke(inputs)
});
/**
* | output |
* | --- |
* | "The device may sign in again, with this new secret only." |
*
* @param {Setup_Dev_UnrevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_dev_unrevoked = /** @type {((inputs?: Setup_Dev_UnrevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Dev_UnrevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_dev_unrevoked(inputs)
	if (locale === "da") return __da.setup_dev_unrevoked(inputs)
	if (locale === "sv") return __sv.setup_dev_unrevoked(inputs)
	return __en.setup_dev_unrevoked(inputs)
});
/**
* | output |
* | --- |
* | "Device {name} added." |
*
* @param {Setup_Device_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_added = /** @type {((inputs: Setup_Device_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Device_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_device_added(inputs)
	if (locale === "da") return __da.setup_device_added(inputs)
	if (locale === "sv") return __sv.setup_device_added(inputs)
	return __en.setup_device_added(inputs)
});
/**
* | output |
* | --- |
* | "{id} exists already: choose another id." |
*
* @param {Setup_Device_Id_ExistsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_id_exists = /** @type {((inputs: Setup_Device_Id_ExistsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Device_Id_ExistsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_device_id_exists(inputs)
	if (locale === "da") return __da.setup_device_id_exists(inputs)
	if (locale === "sv") return __sv.setup_device_id_exists(inputs)
	return __en.setup_device_id_exists(inputs)
});
/**
* | output |
* | --- |
* | "Lobby lamp sensor" |
*
* @param {Setup_Device_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_device_placeholder = /** @type {((inputs?: Setup_Device_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Device_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_device_placeholder(inputs)
	if (locale === "da") return __da.setup_device_placeholder(inputs)
	if (locale === "sv") return __sv.setup_device_placeholder(inputs)
	return __en.setup_device_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Devices" |
*
* @param {Setup_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_devices = /** @type {((inputs?: Setup_DevicesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_DevicesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_devices(inputs)
	if (locale === "da") return __da.setup_devices(inputs)
	if (locale === "sv") return __sv.setup_devices(inputs)
	return __en.setup_devices(inputs)
});
/**
* | output |
* | --- |
* | "Edit" |
*
* @param {Setup_EditInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_edit = /** @type {((inputs?: Setup_EditInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_EditInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_edit(inputs)
	if (locale === "da") return __da.setup_edit(inputs)
	if (locale === "sv") return __sv.setup_edit(inputs)
	return __en.setup_edit(inputs)
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
* | countPlural | output |
* | --- | --- |
* | "one" | "every hour" |
* | "other" | "every {count} h" |
*
* @param {Setup_Every_HoursInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_every_hours = /** @type {((inputs: Setup_Every_HoursInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Every_HoursInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_every_hours(inputs)
	if (locale === "da") return __da.setup_every_hours(inputs)
	if (locale === "sv") return __sv.setup_every_hours(inputs)
	return __en.setup_every_hours(inputs)
});
/**
* | output |
* | --- |
* | "every {count} min" |
*
* @param {Setup_Every_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_every_minutes = /** @type {((inputs: Setup_Every_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Every_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_every_minutes(inputs)
	if (locale === "da") return __da.setup_every_minutes(inputs)
	if (locale === "sv") return __sv.setup_every_minutes(inputs)
	return __en.setup_every_minutes(inputs)
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
* | "Guests can report it (QR code)" |
*
* @param {Setup_Guests_QrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_guests_qr = /** @type {((inputs?: Setup_Guests_QrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Guests_QrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_guests_qr(inputs)
	if (locale === "da") return __da.setup_guests_qr(inputs)
	if (locale === "sv") return __sv.setup_guests_qr(inputs)
	return __en.setup_guests_qr(inputs)
});
/**
* | output |
* | --- |
* | "guests can report it" |
*
* @param {Setup_Guests_ReportInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_guests_report = /** @type {((inputs?: Setup_Guests_ReportInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Guests_ReportInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_guests_report(inputs)
	if (locale === "da") return __da.setup_guests_report(inputs)
	if (locale === "sv") return __sv.setup_guests_report(inputs)
	return __en.setup_guests_report(inputs)
});
/**
* | output |
* | --- |
* | "Heard every, seconds" |
*
* @param {Setup_Heard_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_heard_seconds = /** @type {((inputs?: Setup_Heard_SecondsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Heard_SecondsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_heard_seconds(inputs)
	if (locale === "da") return __da.setup_heard_seconds(inputs)
	if (locale === "sv") return __sv.setup_heard_seconds(inputs)
	return __en.setup_heard_seconds(inputs)
});
/**
* | output |
* | --- |
* | "Columns" |
*
* @param {Setup_Help_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_columns = /** @type {((inputs?: Setup_Help_ColumnsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_ColumnsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_columns(inputs)
	if (locale === "da") return __da.setup_help_columns(inputs)
	if (locale === "sv") return __sv.setup_help_columns(inputs)
	return __en.setup_help_columns(inputs)
});
/**
* | output |
* | --- |
* | "or always." |
*
* @param {Setup_Help_Hours_OrInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_hours_or = /** @type {((inputs?: Setup_Help_Hours_OrInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_Hours_OrInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_hours_or(inputs)
	if (locale === "da") return __da.setup_help_hours_or(inputs)
	if (locale === "sv") return __sv.setup_help_hours_or(inputs)
	return __en.setup_help_hours_or(inputs)
});
/**
* | output |
* | --- |
* | "Ids: lowercase letters, digits and dashes, such as hotel-oslo. An empty cell keeps what is there." |
*
* @param {Setup_Help_IdsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_ids = /** @type {((inputs?: Setup_Help_IdsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_IdsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_ids(inputs)
	if (locale === "da") return __da.setup_help_ids(inputs)
	if (locale === "sv") return __sv.setup_help_ids(inputs)
	return __en.setup_help_ids(inputs)
});
/**
* | output |
* | --- |
* | "ids separated by spaces; none for none." |
*
* @param {Setup_Help_Ids_SpacesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_ids_spaces = /** @type {((inputs?: Setup_Help_Ids_SpacesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_Ids_SpacesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_ids_spaces(inputs)
	if (locale === "da") return __da.setup_help_ids_spaces(inputs)
	if (locale === "sv") return __sv.setup_help_ids_spaces(inputs)
	return __en.setup_help_ids_spaces(inputs)
});
/**
* | output |
* | --- |
* | "One row per site, zone, asset, checkpoint or device, in any order. In a sheet of several kinds the kind column says what each row is; a file of one kind need..." |
*
* @param {Setup_Help_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_intro = /** @type {((inputs?: Setup_Help_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_intro(inputs)
	if (locale === "da") return __da.setup_help_intro(inputs)
	if (locale === "sv") return __sv.setup_help_intro(inputs)
	return __en.setup_help_intro(inputs)
});
/**
* | output |
* | --- |
* | "More in the documentation:" |
*
* @param {Setup_Help_MoreInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_more = /** @type {((inputs?: Setup_Help_MoreInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_MoreInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_more(inputs)
	if (locale === "da") return __da.setup_help_more(inputs)
	if (locale === "sv") return __sv.setup_help_more(inputs)
	return __en.setup_help_more(inputs)
});
/**
* | output |
* | --- |
* | "One bad row means nothing is written:" |
*
* @param {Setup_Help_One_BadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_one_bad = /** @type {((inputs?: Setup_Help_One_BadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_One_BadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_one_bad(inputs)
	if (locale === "da") return __da.setup_help_one_bad(inputs)
	if (locale === "sv") return __sv.setup_help_one_bad(inputs)
	return __en.setup_help_one_bad(inputs)
});
/**
* | output |
* | --- |
* | "the preview lists every problem by its line." |
*
* @param {Setup_Help_One_Bad_AfterInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_one_bad_after = /** @type {((inputs?: Setup_Help_One_Bad_AfterInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_One_Bad_AfterInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_one_bad_after(inputs)
	if (locale === "da") return __da.setup_help_one_bad_after(inputs)
	if (locale === "sv") return __sv.setup_help_one_bad_after(inputs)
	return __en.setup_help_one_bad_after(inputs)
});
/**
* | output |
* | --- |
* | "Commas, semicolons or tabs between cells; save as UTF-8." |
*
* @param {Setup_Help_SeparatorsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_separators = /** @type {((inputs?: Setup_Help_SeparatorsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_SeparatorsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_separators(inputs)
	if (locale === "da") return __da.setup_help_separators(inputs)
	if (locale === "sv") return __sv.setup_help_separators(inputs)
	return __en.setup_help_separators(inputs)
});
/**
* | output |
* | --- |
* | "(buttons): checkpoint ids, all of the site's, or none." |
*
* @param {Setup_Help_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_serves = /** @type {((inputs?: Setup_Help_ServesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_ServesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_serves(inputs)
	if (locale === "da") return __da.setup_help_serves(inputs)
	if (locale === "sv") return __sv.setup_help_serves(inputs)
	return __en.setup_help_serves(inputs)
});
/**
* | output |
* | --- |
* | "How the file is laid out" |
*
* @param {Setup_Help_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_title = /** @type {((inputs?: Setup_Help_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_title(inputs)
	if (locale === "da") return __da.setup_help_title(inputs)
	if (locale === "sv") return __sv.setup_help_title(inputs)
	return __en.setup_help_title(inputs)
});
/**
* | output |
* | --- |
* | "yes or no" |
*
* @param {Setup_Help_Yes_NoInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_help_yes_no = /** @type {((inputs?: Setup_Help_Yes_NoInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Help_Yes_NoInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_help_yes_no(inputs)
	if (locale === "da") return __da.setup_help_yes_no(inputs)
	if (locale === "sv") return __sv.setup_help_yes_no(inputs)
	return __en.setup_help_yes_no(inputs)
});
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_id = /** @type {((inputs?: Setup_IdInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_IdInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_id(inputs)
	if (locale === "da") return __da.setup_id(inputs)
	if (locale === "sv") return __sv.setup_id(inputs)
	return __en.setup_id(inputs)
});
/**
* | output |
* | --- |
* | "made from the name" |
*
* @param {Setup_Id_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_id_placeholder = /** @type {((inputs?: Setup_Id_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Id_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_id_placeholder(inputs)
	if (locale === "da") return __da.setup_id_placeholder(inputs)
	if (locale === "sv") return __sv.setup_id_placeholder(inputs)
	return __en.setup_id_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Applies exactly the file previewed here: {created}, {changed}." |
*
* @param {Setup_Imp_AppliesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_applies = /** @type {((inputs: Setup_Imp_AppliesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_AppliesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_applies(inputs)
	if (locale === "da") return __da.setup_imp_applies(inputs)
	if (locale === "sv") return __sv.setup_imp_applies(inputs)
	return __en.setup_imp_applies(inputs)
});
/**
* | output |
* | --- |
* | "Nothing was imported: the fleet has changed since the preview, and some rows no longer fit. Here is the new preview." |
*
* @param {Setup_Imp_ChangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_changed = /** @type {((inputs?: Setup_Imp_ChangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ChangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_changed(inputs)
	if (locale === "da") return __da.setup_imp_changed(inputs)
	if (locale === "sv") return __sv.setup_imp_changed(inputs)
	return __en.setup_imp_changed(inputs)
});
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
export const setup_imp_changes = /** @type {((inputs: Setup_Imp_ChangesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ChangesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_changes(inputs)
	if (locale === "da") return __da.setup_imp_changes(inputs)
	if (locale === "sv") return __sv.setup_imp_changes(inputs)
	return __en.setup_imp_changes(inputs)
});
/**
* | output |
* | --- |
* | "Choose a CSV file, or paste its text." |
*
* @param {Setup_Imp_Choose_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_choose_file = /** @type {((inputs?: Setup_Imp_Choose_FileInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Choose_FileInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_choose_file(inputs)
	if (locale === "da") return __da.setup_imp_choose_file(inputs)
	if (locale === "sv") return __sv.setup_imp_choose_file(inputs)
	return __en.setup_imp_choose_file(inputs)
});
/**
* | output |
* | --- |
* | "Id" |
*
* @param {Setup_Imp_Col_IdInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_id = /** @type {((inputs?: Setup_Imp_Col_IdInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Col_IdInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_col_id(inputs)
	if (locale === "da") return __da.setup_imp_col_id(inputs)
	if (locale === "sv") return __sv.setup_imp_col_id(inputs)
	return __en.setup_imp_col_id(inputs)
});
/**
* | output |
* | --- |
* | "Kind" |
*
* @param {Setup_Imp_Col_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_kind = /** @type {((inputs?: Setup_Imp_Col_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Col_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_col_kind(inputs)
	if (locale === "da") return __da.setup_imp_col_kind(inputs)
	if (locale === "sv") return __sv.setup_imp_col_kind(inputs)
	return __en.setup_imp_col_kind(inputs)
});
/**
* | output |
* | --- |
* | "Line" |
*
* @param {Setup_Imp_Col_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_line = /** @type {((inputs?: Setup_Imp_Col_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Col_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_col_line(inputs)
	if (locale === "da") return __da.setup_imp_col_line(inputs)
	if (locale === "sv") return __sv.setup_imp_col_line(inputs)
	return __en.setup_imp_col_line(inputs)
});
/**
* | output |
* | --- |
* | "Site" |
*
* @param {Setup_Imp_Col_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_site = /** @type {((inputs?: Setup_Imp_Col_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Col_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_col_site(inputs)
	if (locale === "da") return __da.setup_imp_col_site(inputs)
	if (locale === "sv") return __sv.setup_imp_col_site(inputs)
	return __en.setup_imp_col_site(inputs)
});
/**
* | output |
* | --- |
* | "What will happen" |
*
* @param {Setup_Imp_Col_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_col_what = /** @type {((inputs?: Setup_Imp_Col_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Col_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_col_what(inputs)
	if (locale === "da") return __da.setup_imp_col_what(inputs)
	if (locale === "sv") return __sv.setup_imp_col_what(inputs)
	return __en.setup_imp_col_what(inputs)
});
/**
* | output |
* | --- |
* | ", column {field}" |
*
* @param {Setup_Imp_ColumnInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_column = /** @type {((inputs: Setup_Imp_ColumnInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ColumnInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_column(inputs)
	if (locale === "da") return __da.setup_imp_column(inputs)
	if (locale === "sv") return __sv.setup_imp_column(inputs)
	return __en.setup_imp_column(inputs)
});
/**
* | output |
* | --- |
* | "created {list}" |
*
* @param {Setup_Imp_Created_ListInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_created_list = /** @type {((inputs: Setup_Imp_Created_ListInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Created_ListInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_created_list(inputs)
	if (locale === "da") return __da.setup_imp_created_list(inputs)
	if (locale === "sv") return __sv.setup_imp_created_list(inputs)
	return __en.setup_imp_created_list(inputs)
});
/**
* | output |
* | --- |
* | "CSV file" |
*
* @param {Setup_Imp_Csv_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_csv_file = /** @type {((inputs?: Setup_Imp_Csv_FileInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Csv_FileInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_csv_file(inputs)
	if (locale === "da") return __da.setup_imp_csv_file(inputs)
	if (locale === "sv") return __sv.setup_imp_csv_file(inputs)
	return __en.setup_imp_csv_file(inputs)
});
/**
* | output |
* | --- |
* | "Imported {name}: {created}; {changed}, {unchanged}." |
*
* @param {Setup_Imp_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_done = /** @type {((inputs: Setup_Imp_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_done(inputs)
	if (locale === "da") return __da.setup_imp_done(inputs)
	if (locale === "sv") return __sv.setup_imp_done(inputs)
	return __en.setup_imp_done(inputs)
});
/**
* | output |
* | --- |
* | "Download {name}" |
*
* @param {Setup_Imp_DownloadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_download = /** @type {((inputs: Setup_Imp_DownloadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_DownloadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_download(inputs)
	if (locale === "da") return __da.setup_imp_download(inputs)
	if (locale === "sv") return __sv.setup_imp_download(inputs)
	return __en.setup_imp_download(inputs)
});
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
export const setup_imp_download_secrets = /** @type {((inputs: Setup_Imp_Download_SecretsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Download_SecretsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_download_secrets(inputs)
	if (locale === "da") return __da.setup_imp_download_secrets(inputs)
	if (locale === "sv") return __sv.setup_imp_download_secrets(inputs)
	return __en.setup_imp_download_secrets(inputs)
});
/**
* | output |
* | --- |
* | "(empty)" |
*
* @param {Setup_Imp_EmptyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_empty = /** @type {((inputs?: Setup_Imp_EmptyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_EmptyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_empty(inputs)
	if (locale === "da") return __da.setup_imp_empty(inputs)
	if (locale === "sv") return __sv.setup_imp_empty(inputs)
	return __en.setup_imp_empty(inputs)
});
/**
* | output |
* | --- |
* | "Errors" |
*
* @param {Setup_Imp_ErrorsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_errors = /** @type {((inputs?: Setup_Imp_ErrorsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ErrorsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_errors(inputs)
	if (locale === "da") return __da.setup_imp_errors(inputs)
	if (locale === "sv") return __sv.setup_imp_errors(inputs)
	return __en.setup_imp_errors(inputs)
});
/**
* | output |
* | --- |
* | "Export the fleet as CSV" |
*
* @param {Setup_Imp_Export_CsvInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_csv = /** @type {((inputs?: Setup_Imp_Export_CsvInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Export_CsvInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_export_csv(inputs)
	if (locale === "da") return __da.setup_imp_export_csv(inputs)
	if (locale === "sv") return __sv.setup_imp_export_csv(inputs)
	return __en.setup_imp_export_csv(inputs)
});
/**
* | output |
* | --- |
* | "Every site as it is now: change it in a spreadsheet and import it back." |
*
* @param {Setup_Imp_Export_Csv_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_csv_hint = /** @type {((inputs?: Setup_Imp_Export_Csv_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Export_Csv_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_export_csv_hint(inputs)
	if (locale === "da") return __da.setup_imp_export_csv_hint(inputs)
	if (locale === "sv") return __sv.setup_imp_export_csv_hint(inputs)
	return __en.setup_imp_export_csv_hint(inputs)
});
/**
* | output |
* | --- |
* | "Export the fleet as JSON" |
*
* @param {Setup_Imp_Export_JsonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_json = /** @type {((inputs?: Setup_Imp_Export_JsonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Export_JsonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_export_json(inputs)
	if (locale === "da") return __da.setup_imp_export_json(inputs)
	if (locale === "sv") return __sv.setup_imp_export_json(inputs)
	return __en.setup_imp_export_json(inputs)
});
/**
* | output |
* | --- |
* | "The same as a fleet document, for PUT /api/fleet. No secrets in either." |
*
* @param {Setup_Imp_Export_Json_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_export_json_hint = /** @type {((inputs?: Setup_Imp_Export_Json_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Export_Json_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_export_json_hint(inputs)
	if (locale === "da") return __da.setup_imp_export_json_hint(inputs)
	if (locale === "sv") return __sv.setup_imp_export_json_hint(inputs)
	return __en.setup_imp_export_json_hint(inputs)
});
/**
* | output |
* | --- |
* | "Files" |
*
* @param {Setup_Imp_FilesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_files = /** @type {((inputs?: Setup_Imp_FilesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_FilesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_files(inputs)
	if (locale === "da") return __da.setup_imp_files(inputs)
	if (locale === "sv") return __sv.setup_imp_files(inputs)
	return __en.setup_imp_files(inputs)
});
/**
* | output |
* | --- |
* | "The header (line 1)" |
*
* @param {Setup_Imp_Header_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_header_line = /** @type {((inputs?: Setup_Imp_Header_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Header_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_header_line(inputs)
	if (locale === "da") return __da.setup_imp_header_line(inputs)
	if (locale === "sv") return __sv.setup_imp_header_line(inputs)
	return __en.setup_imp_header_line(inputs)
});
/**
* | output |
* | --- |
* | "Import sites and devices from CSV" |
*
* @param {Setup_Imp_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_heading = /** @type {((inputs?: Setup_Imp_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_heading(inputs)
	if (locale === "da") return __da.setup_imp_heading(inputs)
	if (locale === "sv") return __sv.setup_imp_heading(inputs)
	return __en.setup_imp_heading(inputs)
});
/**
* | output |
* | --- |
* | "The server does not know the broker's address as devices reach it, so host and port are empty: see a device's page." |
*
* @param {Setup_Imp_Host_UnknownInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_host_unknown = /** @type {((inputs?: Setup_Imp_Host_UnknownInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Host_UnknownInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_host_unknown(inputs)
	if (locale === "da") return __da.setup_imp_host_unknown(inputs)
	if (locale === "sv") return __sv.setup_imp_host_unknown(inputs)
	return __en.setup_imp_host_unknown(inputs)
});
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
export const setup_imp_import_changes = /** @type {((inputs: Setup_Imp_Import_ChangesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Import_ChangesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_import_changes(inputs)
	if (locale === "da") return __da.setup_imp_import_changes(inputs)
	if (locale === "sv") return __sv.setup_imp_import_changes(inputs)
	return __en.setup_imp_import_changes(inputs)
});
/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Setup_Imp_ImportingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_importing = /** @type {((inputs?: Setup_Imp_ImportingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ImportingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_importing(inputs)
	if (locale === "da") return __da.setup_imp_importing(inputs)
	if (locale === "sv") return __sv.setup_imp_importing(inputs)
	return __en.setup_imp_importing(inputs)
});
/**
* | output |
* | --- |
* | "Add or change many sites, zones, assets, checkpoints and devices at once from a spreadsheet. The preview shows what each row will do and writes nothing; the ..." |
*
* @param {Setup_Imp_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_intro = /** @type {((inputs?: Setup_Imp_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_intro(inputs)
	if (locale === "da") return __da.setup_imp_intro(inputs)
	if (locale === "sv") return __sv.setup_imp_intro(inputs)
	return __en.setup_imp_intro(inputs)
});
/**
* | output |
* | --- |
* | "Line {line}" |
*
* @param {Setup_Imp_LineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_line = /** @type {((inputs: Setup_Imp_LineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_LineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_line(inputs)
	if (locale === "da") return __da.setup_imp_line(inputs)
	if (locale === "sv") return __sv.setup_imp_line(inputs)
	return __en.setup_imp_line(inputs)
});
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
export const setup_imp_n_asset = /** @type {((inputs: Setup_Imp_N_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_asset(inputs)
	if (locale === "da") return __da.setup_imp_n_asset(inputs)
	if (locale === "sv") return __sv.setup_imp_n_asset(inputs)
	return __en.setup_imp_n_asset(inputs)
});
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
export const setup_imp_n_checkpoint = /** @type {((inputs: Setup_Imp_N_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_checkpoint(inputs)
	if (locale === "da") return __da.setup_imp_n_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_imp_n_checkpoint(inputs)
	return __en.setup_imp_n_checkpoint(inputs)
});
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
export const setup_imp_n_device = /** @type {((inputs: Setup_Imp_N_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_device(inputs)
	if (locale === "da") return __da.setup_imp_n_device(inputs)
	if (locale === "sv") return __sv.setup_imp_n_device(inputs)
	return __en.setup_imp_n_device(inputs)
});
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
export const setup_imp_n_rows_changed = /** @type {((inputs: Setup_Imp_N_Rows_ChangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_Rows_ChangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_rows_changed(inputs)
	if (locale === "da") return __da.setup_imp_n_rows_changed(inputs)
	if (locale === "sv") return __sv.setup_imp_n_rows_changed(inputs)
	return __en.setup_imp_n_rows_changed(inputs)
});
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
export const setup_imp_n_rows_unchanged = /** @type {((inputs: Setup_Imp_N_Rows_UnchangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_Rows_UnchangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_rows_unchanged(inputs)
	if (locale === "da") return __da.setup_imp_n_rows_unchanged(inputs)
	if (locale === "sv") return __sv.setup_imp_n_rows_unchanged(inputs)
	return __en.setup_imp_n_rows_unchanged(inputs)
});
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
export const setup_imp_n_site = /** @type {((inputs: Setup_Imp_N_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_site(inputs)
	if (locale === "da") return __da.setup_imp_n_site(inputs)
	if (locale === "sv") return __sv.setup_imp_n_site(inputs)
	return __en.setup_imp_n_site(inputs)
});
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
export const setup_imp_n_zone = /** @type {((inputs: Setup_Imp_N_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_N_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_n_zone(inputs)
	if (locale === "da") return __da.setup_imp_n_zone(inputs)
	if (locale === "sv") return __sv.setup_imp_n_zone(inputs)
	return __en.setup_imp_n_zone(inputs)
});
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
export const setup_imp_new_objects = /** @type {((inputs: Setup_Imp_New_ObjectsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_New_ObjectsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_new_objects(inputs)
	if (locale === "da") return __da.setup_imp_new_objects(inputs)
	if (locale === "sv") return __sv.setup_imp_new_objects(inputs)
	return __en.setup_imp_new_objects(inputs)
});
/**
* | output |
* | --- |
* | "{file} is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”; in LibreOffice or Numbers, choose UTF-8 when you export it." |
*
* @param {Setup_Imp_Not_Utf8Inputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_not_utf8 = /** @type {((inputs: Setup_Imp_Not_Utf8Inputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Not_Utf8Inputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_not_utf8(inputs)
	if (locale === "da") return __da.setup_imp_not_utf8(inputs)
	if (locale === "sv") return __sv.setup_imp_not_utf8(inputs)
	return __en.setup_imp_not_utf8(inputs)
});
/**
* | output |
* | --- |
* | "Nothing to import: every row is as the fleet already is." |
*
* @param {Setup_Imp_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing = /** @type {((inputs?: Setup_Imp_NothingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_NothingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_nothing(inputs)
	if (locale === "da") return __da.setup_imp_nothing(inputs)
	if (locale === "sv") return __sv.setup_imp_nothing(inputs)
	return __en.setup_imp_nothing(inputs)
});
/**
* | output |
* | --- |
* | "Nothing was imported: every row was as the fleet already is." |
*
* @param {Setup_Imp_Nothing_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing_done = /** @type {((inputs?: Setup_Imp_Nothing_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Nothing_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_nothing_done(inputs)
	if (locale === "da") return __da.setup_imp_nothing_done(inputs)
	if (locale === "sv") return __sv.setup_imp_nothing_done(inputs)
	return __en.setup_imp_nothing_done(inputs)
});
/**
* | output |
* | --- |
* | "nothing new" |
*
* @param {Setup_Imp_Nothing_NewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_nothing_new = /** @type {((inputs?: Setup_Imp_Nothing_NewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Nothing_NewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_nothing_new(inputs)
	if (locale === "da") return __da.setup_imp_nothing_new(inputs)
	if (locale === "sv") return __sv.setup_imp_nothing_new(inputs)
	return __en.setup_imp_nothing_new(inputs)
});
/**
* | output |
* | --- |
* | "Or paste the CSV here (used when no file is chosen)" |
*
* @param {Setup_Imp_Or_PasteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_or_paste = /** @type {((inputs?: Setup_Imp_Or_PasteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Or_PasteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_or_paste(inputs)
	if (locale === "da") return __da.setup_imp_or_paste(inputs)
	if (locale === "sv") return __sv.setup_imp_or_paste(inputs)
	return __en.setup_imp_or_paste(inputs)
});
/**
* | output |
* | --- |
* | "the pasted text" |
*
* @param {Setup_Imp_Pasted_TextInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_pasted_text = /** @type {((inputs?: Setup_Imp_Pasted_TextInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Pasted_TextInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_pasted_text(inputs)
	if (locale === "da") return __da.setup_imp_pasted_text(inputs)
	if (locale === "sv") return __sv.setup_imp_pasted_text(inputs)
	return __en.setup_imp_pasted_text(inputs)
});
/**
* | output |
* | --- |
* | "Preview" |
*
* @param {Setup_Imp_PreviewInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview = /** @type {((inputs?: Setup_Imp_PreviewInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_PreviewInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_preview(inputs)
	if (locale === "da") return __da.setup_imp_preview(inputs)
	if (locale === "sv") return __sv.setup_imp_preview(inputs)
	return __en.setup_imp_preview(inputs)
});
/**
* | output |
* | --- |
* | "Preview a file" |
*
* @param {Setup_Imp_Preview_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_file = /** @type {((inputs?: Setup_Imp_Preview_FileInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Preview_FileInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_preview_file(inputs)
	if (locale === "da") return __da.setup_imp_preview_file(inputs)
	if (locale === "sv") return __sv.setup_imp_preview_file(inputs)
	return __en.setup_imp_preview_file(inputs)
});
/**
* | output |
* | --- |
* | "Preview the file first, then import it." |
*
* @param {Setup_Imp_Preview_FirstInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_first = /** @type {((inputs?: Setup_Imp_Preview_FirstInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Preview_FirstInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_preview_first(inputs)
	if (locale === "da") return __da.setup_imp_preview_first(inputs)
	if (locale === "sv") return __sv.setup_imp_preview_first(inputs)
	return __en.setup_imp_preview_first(inputs)
});
/**
* | output |
* | --- |
* | "Preview of {name}" |
*
* @param {Setup_Imp_Preview_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_preview_of = /** @type {((inputs: Setup_Imp_Preview_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Preview_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_preview_of(inputs)
	if (locale === "da") return __da.setup_imp_preview_of(inputs)
	if (locale === "sv") return __sv.setup_imp_preview_of(inputs)
	return __en.setup_imp_preview_of(inputs)
});
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
export const setup_imp_problems = /** @type {((inputs: Setup_Imp_ProblemsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ProblemsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_problems(inputs)
	if (locale === "da") return __da.setup_imp_problems(inputs)
	if (locale === "sv") return __sv.setup_imp_problems(inputs)
	return __en.setup_imp_problems(inputs)
});
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
export const setup_imp_problems_hint = /** @type {((inputs: Setup_Imp_Problems_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Problems_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_problems_hint(inputs)
	if (locale === "da") return __da.setup_imp_problems_hint(inputs)
	if (locale === "sv") return __sv.setup_imp_problems_hint(inputs)
	return __en.setup_imp_problems_hint(inputs)
});
/**
* | output |
* | --- |
* | "Reading…" |
*
* @param {Setup_Imp_ReadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_reading = /** @type {((inputs?: Setup_Imp_ReadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_ReadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_reading(inputs)
	if (locale === "da") return __da.setup_imp_reading(inputs)
	if (locale === "sv") return __sv.setup_imp_reading(inputs)
	return __en.setup_imp_reading(inputs)
});
/**
* | output |
* | --- |
* | "Rows" |
*
* @param {Setup_Imp_RowsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_rows = /** @type {((inputs?: Setup_Imp_RowsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_RowsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_rows(inputs)
	if (locale === "da") return __da.setup_imp_rows(inputs)
	if (locale === "sv") return __sv.setup_imp_rows(inputs)
	return __en.setup_imp_rows(inputs)
});
/**
* | output |
* | --- |
* | "Columns: device, site, secret, host, port. Open it as text: a spreadsheet may take a secret that starts with “-” for a formula and change it." |
*
* @param {Setup_Imp_Secrets_ColumnsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_secrets_columns = /** @type {((inputs?: Setup_Imp_Secrets_ColumnsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Secrets_ColumnsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_secrets_columns(inputs)
	if (locale === "da") return __da.setup_imp_secrets_columns(inputs)
	if (locale === "sv") return __sv.setup_imp_secrets_columns(inputs)
	return __en.setup_imp_secrets_columns(inputs)
});
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
export const setup_imp_secrets_once = /** @type {((inputs: Setup_Imp_Secrets_OnceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Secrets_OnceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_secrets_once(inputs)
	if (locale === "da") return __da.setup_imp_secrets_once(inputs)
	if (locale === "sv") return __sv.setup_imp_secrets_once(inputs)
	return __en.setup_imp_secrets_once(inputs)
});
/**
* | output |
* | --- |
* | "Download the template (CSV)" |
*
* @param {Setup_Imp_TemplateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_template = /** @type {((inputs?: Setup_Imp_TemplateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_TemplateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_template(inputs)
	if (locale === "da") return __da.setup_imp_template(inputs)
	if (locale === "sv") return __sv.setup_imp_template(inputs)
	return __en.setup_imp_template(inputs)
});
/**
* | output |
* | --- |
* | "Example rows of every kind, to fill in." |
*
* @param {Setup_Imp_Template_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_template_hint = /** @type {((inputs?: Setup_Imp_Template_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Template_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_template_hint(inputs)
	if (locale === "da") return __da.setup_imp_template_hint(inputs)
	if (locale === "sv") return __sv.setup_imp_template_hint(inputs)
	return __en.setup_imp_template_hint(inputs)
});
/**
* | output |
* | --- |
* | "The file" |
*
* @param {Setup_Imp_The_FileInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_the_file = /** @type {((inputs?: Setup_Imp_The_FileInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_The_FileInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_the_file(inputs)
	if (locale === "da") return __da.setup_imp_the_file(inputs)
	if (locale === "sv") return __sv.setup_imp_the_file(inputs)
	return __en.setup_imp_the_file(inputs)
});
/**
* | output |
* | --- |
* | "Import from CSV" |
*
* @param {Setup_Imp_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_title = /** @type {((inputs?: Setup_Imp_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_title(inputs)
	if (locale === "da") return __da.setup_imp_title(inputs)
	if (locale === "sv") return __sv.setup_imp_title(inputs)
	return __en.setup_imp_title(inputs)
});
/**
* | output |
* | --- |
* | "To change" |
*
* @param {Setup_Imp_To_ChangeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_to_change = /** @type {((inputs?: Setup_Imp_To_ChangeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_To_ChangeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_to_change(inputs)
	if (locale === "da") return __da.setup_imp_to_change(inputs)
	if (locale === "sv") return __sv.setup_imp_to_change(inputs)
	return __en.setup_imp_to_change(inputs)
});
/**
* | output |
* | --- |
* | "To create" |
*
* @param {Setup_Imp_To_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_to_create = /** @type {((inputs?: Setup_Imp_To_CreateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_To_CreateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_to_create(inputs)
	if (locale === "da") return __da.setup_imp_to_create(inputs)
	if (locale === "sv") return __sv.setup_imp_to_create(inputs)
	return __en.setup_imp_to_create(inputs)
});
/**
* | output |
* | --- |
* | "unchanged" |
*
* @param {Setup_Imp_UnchangedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_unchanged = /** @type {((inputs?: Setup_Imp_UnchangedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_UnchangedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_unchanged(inputs)
	if (locale === "da") return __da.setup_imp_unchanged(inputs)
	if (locale === "sv") return __sv.setup_imp_unchanged(inputs)
	return __en.setup_imp_unchanged(inputs)
});
/**
* | output |
* | --- |
* | "Unchanged" |
*
* @param {Setup_Imp_Unchanged_CountInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_unchanged_count = /** @type {((inputs?: Setup_Imp_Unchanged_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Unchanged_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_unchanged_count(inputs)
	if (locale === "da") return __da.setup_imp_unchanged_count(inputs)
	if (locale === "sv") return __sv.setup_imp_unchanged_count(inputs)
	return __en.setup_imp_unchanged_count(inputs)
});
/**
* | output |
* | --- |
* | "will change" |
*
* @param {Setup_Imp_Will_ChangeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_will_change = /** @type {((inputs?: Setup_Imp_Will_ChangeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Will_ChangeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_will_change(inputs)
	if (locale === "da") return __da.setup_imp_will_change(inputs)
	if (locale === "sv") return __sv.setup_imp_will_change(inputs)
	return __en.setup_imp_will_change(inputs)
});
/**
* | output |
* | --- |
* | "will be created" |
*
* @param {Setup_Imp_Will_CreateInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_will_create = /** @type {((inputs?: Setup_Imp_Will_CreateInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Will_CreateInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_will_create(inputs)
	if (locale === "da") return __da.setup_imp_will_create(inputs)
	if (locale === "sv") return __sv.setup_imp_will_create(inputs)
	return __en.setup_imp_will_create(inputs)
});
/**
* | output |
* | --- |
* | "A preview writes nothing." |
*
* @param {Setup_Imp_Writes_NothingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_imp_writes_nothing = /** @type {((inputs?: Setup_Imp_Writes_NothingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Imp_Writes_NothingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_imp_writes_nothing(inputs)
	if (locale === "da") return __da.setup_imp_writes_nothing(inputs)
	if (locale === "sv") return __sv.setup_imp_writes_nothing(inputs)
	return __en.setup_imp_writes_nothing(inputs)
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
* | "Interval, minutes" |
*
* @param {Setup_Interval_MinutesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_interval_minutes = /** @type {((inputs?: Setup_Interval_MinutesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Interval_MinutesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_interval_minutes(inputs)
	if (locale === "da") return __da.setup_interval_minutes(inputs)
	if (locale === "sv") return __sv.setup_interval_minutes(inputs)
	return __en.setup_interval_minutes(inputs)
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
* | "Kind" |
*
* @param {Setup_KindInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind = /** @type {((inputs?: Setup_KindInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_KindInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_kind(inputs)
	if (locale === "da") return __da.setup_kind(inputs)
	if (locale === "sv") return __sv.setup_kind(inputs)
	return __en.setup_kind(inputs)
});
/**
* | output |
* | --- |
* | "button" |
*
* @param {Setup_Kind_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_button = /** @type {((inputs?: Setup_Kind_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Kind_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_kind_button(inputs)
	if (locale === "da") return __da.setup_kind_button(inputs)
	if (locale === "sv") return __sv.setup_kind_button(inputs)
	return __en.setup_kind_button(inputs)
});
/**
* | output |
* | --- |
* | "Button or staff pad: checks in at checkpoints, reports and resolves" |
*
* @param {Setup_Kind_Button_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_button_long = /** @type {((inputs?: Setup_Kind_Button_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Kind_Button_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_kind_button_long(inputs)
	if (locale === "da") return __da.setup_kind_button_long(inputs)
	if (locale === "sv") return __sv.setup_kind_button_long(inputs)
	return __en.setup_kind_button_long(inputs)
});
/**
* | output |
* | --- |
* | "sensor" |
*
* @param {Setup_Kind_SensorInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_sensor = /** @type {((inputs?: Setup_Kind_SensorInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Kind_SensorInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_kind_sensor(inputs)
	if (locale === "da") return __da.setup_kind_sensor(inputs)
	if (locale === "sv") return __sv.setup_kind_sensor(inputs)
	return __en.setup_kind_sensor(inputs)
});
/**
* | output |
* | --- |
* | "Sensor: reports the health of the assets it watches" |
*
* @param {Setup_Kind_Sensor_LongInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_kind_sensor_long = /** @type {((inputs?: Setup_Kind_Sensor_LongInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Kind_Sensor_LongInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_kind_sensor_long(inputs)
	if (locale === "da") return __da.setup_kind_sensor_long(inputs)
	if (locale === "sv") return __sv.setup_kind_sensor_long(inputs)
	return __en.setup_kind_sensor_long(inputs)
});
/**
* | output |
* | --- |
* | "(its MQTT username)" |
*
* @param {Setup_Mqtt_UsernameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_mqtt_username = /** @type {((inputs?: Setup_Mqtt_UsernameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Mqtt_UsernameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_mqtt_username(inputs)
	if (locale === "da") return __da.setup_mqtt_username(inputs)
	if (locale === "sv") return __sv.setup_mqtt_username(inputs)
	return __en.setup_mqtt_username(inputs)
});
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Setup_NameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_name = /** @type {((inputs?: Setup_NameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_NameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_name(inputs)
	if (locale === "da") return __da.setup_name(inputs)
	if (locale === "sv") return __sv.setup_name(inputs)
	return __en.setup_name(inputs)
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
* | "No assets in this zone yet." |
*
* @param {Setup_No_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_assets = /** @type {((inputs?: Setup_No_AssetsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_AssetsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_assets(inputs)
	if (locale === "da") return __da.setup_no_assets(inputs)
	if (locale === "sv") return __sv.setup_no_assets(inputs)
	return __en.setup_no_assets(inputs)
});
/**
* | output |
* | --- |
* | "no assets" |
*
* @param {Setup_No_Assets_CoveredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_assets_covered = /** @type {((inputs?: Setup_No_Assets_CoveredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_Assets_CoveredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_assets_covered(inputs)
	if (locale === "da") return __da.setup_no_assets_covered(inputs)
	if (locale === "sv") return __sv.setup_no_assets_covered(inputs)
	return __en.setup_no_assets_covered(inputs)
});
/**
* | output |
* | --- |
* | "No devices yet: sensors report the health of assets, buttons let staff check in and report." |
*
* @param {Setup_No_DevicesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_devices = /** @type {((inputs?: Setup_No_DevicesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_DevicesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_devices(inputs)
	if (locale === "da") return __da.setup_no_devices(inputs)
	if (locale === "sv") return __sv.setup_no_devices(inputs)
	return __en.setup_no_devices(inputs)
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
* | "No zones yet: a zone is a place in the site (a floor, an elevator, the toilets) that holds assets." |
*
* @param {Setup_No_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_no_zones = /** @type {((inputs?: Setup_No_ZonesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_No_ZonesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_no_zones(inputs)
	if (locale === "da") return __da.setup_no_zones(inputs)
	if (locale === "sv") return __sv.setup_no_zones(inputs)
	return __en.setup_no_zones(inputs)
});
/**
* | output |
* | --- |
* | "nothing else" |
*
* @param {Setup_Nothing_ElseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_nothing_else = /** @type {((inputs?: Setup_Nothing_ElseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Nothing_ElseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_nothing_else(inputs)
	if (locale === "da") return __da.setup_nothing_else(inputs)
	if (locale === "sv") return __sv.setup_nothing_else(inputs)
	return __en.setup_nothing_else(inputs)
});
/**
* | output |
* | --- |
* | "Open" |
*
* @param {Setup_OpenInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_open = /** @type {((inputs?: Setup_OpenInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_OpenInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_open(inputs)
	if (locale === "da") return __da.setup_open(inputs)
	if (locale === "sv") return __sv.setup_open(inputs)
	return __en.setup_open(inputs)
});
/**
* | output |
* | --- |
* | "Open its board" |
*
* @param {Setup_Open_BoardInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_open_board = /** @type {((inputs?: Setup_Open_BoardInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Open_BoardInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_open_board(inputs)
	if (locale === "da") return __da.setup_open_board(inputs)
	if (locale === "sv") return __sv.setup_open_board(inputs)
	return __en.setup_open_board(inputs)
});
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
export const setup_open_count = /** @type {((inputs: Setup_Open_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Open_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_open_count(inputs)
	if (locale === "da") return __da.setup_open_count(inputs)
	if (locale === "sv") return __sv.setup_open_count(inputs)
	return __en.setup_open_count(inputs)
});
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Setup_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_optional = /** @type {((inputs?: Setup_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_optional(inputs)
	if (locale === "da") return __da.setup_optional(inputs)
	if (locale === "sv") return __sv.setup_optional(inputs)
	return __en.setup_optional(inputs)
});
/**
* | output |
* | --- |
* | "Set up {site}" |
*
* @param {Setup_Page_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_page_title = /** @type {((inputs: Setup_Page_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Page_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_page_title(inputs)
	if (locale === "da") return __da.setup_page_title(inputs)
	if (locale === "sv") return __sv.setup_page_title(inputs)
	return __en.setup_page_title(inputs)
});
/**
* | output |
* | --- |
* | "Print QR labels" |
*
* @param {Setup_Print_LabelsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_print_labels = /** @type {((inputs?: Setup_Print_LabelsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Print_LabelsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_print_labels(inputs)
	if (locale === "da") return __da.setup_print_labels(inputs)
	if (locale === "sv") return __sv.setup_print_labels(inputs)
	return __en.setup_print_labels(inputs)
});
/**
* | output |
* | --- |
* | "Rename" |
*
* @param {Setup_RenameInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_rename = /** @type {((inputs?: Setup_RenameInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_RenameInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_rename(inputs)
	if (locale === "da") return __da.setup_rename(inputs)
	if (locale === "sv") return __sv.setup_rename(inputs)
	return __en.setup_rename(inputs)
});
/**
* | output |
* | --- |
* | "Rename, retire or delete" |
*
* @param {Setup_Rename_Retire_DeleteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_rename_retire_delete = /** @type {((inputs?: Setup_Rename_Retire_DeleteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Rename_Retire_DeleteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_rename_retire_delete(inputs)
	if (locale === "da") return __da.setup_rename_retire_delete(inputs)
	if (locale === "sv") return __sv.setup_rename_retire_delete(inputs)
	return __en.setup_rename_retire_delete(inputs)
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
* | "Restore" |
*
* @param {Setup_Restore_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore_button = /** @type {((inputs?: Setup_Restore_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Restore_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_restore_button(inputs)
	if (locale === "da") return __da.setup_restore_button(inputs)
	if (locale === "sv") return __sv.setup_restore_button(inputs)
	return __en.setup_restore_button(inputs)
});
/**
* | output |
* | --- |
* | "Restore site" |
*
* @param {Setup_Restore_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restore_site = /** @type {((inputs?: Setup_Restore_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Restore_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_restore_site(inputs)
	if (locale === "da") return __da.setup_restore_site(inputs)
	if (locale === "sv") return __sv.setup_restore_site(inputs)
	return __en.setup_restore_site(inputs)
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
* | "Restored {thing}." |
*
* @param {Setup_Restored_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_restored_done = /** @type {((inputs: Setup_Restored_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Restored_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_restored_done(inputs)
	if (locale === "da") return __da.setup_restored_done(inputs)
	if (locale === "sv") return __sv.setup_restored_done(inputs)
	return __en.setup_restored_done(inputs)
});
/**
* | output |
* | --- |
* | "Retire asset" |
*
* @param {Setup_Retire_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_asset = /** @type {((inputs?: Setup_Retire_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_asset(inputs)
	if (locale === "da") return __da.setup_retire_asset(inputs)
	if (locale === "sv") return __sv.setup_retire_asset(inputs)
	return __en.setup_retire_asset(inputs)
});
/**
* | output |
* | --- |
* | "Retire checkpoint" |
*
* @param {Setup_Retire_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_checkpoint = /** @type {((inputs?: Setup_Retire_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_checkpoint(inputs)
	if (locale === "da") return __da.setup_retire_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_retire_checkpoint(inputs)
	return __en.setup_retire_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "Retire the site" |
*
* @param {Setup_Retire_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_site = /** @type {((inputs?: Setup_Retire_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_site(inputs)
	if (locale === "da") return __da.setup_retire_site(inputs)
	if (locale === "sv") return __sv.setup_retire_site(inputs)
	return __en.setup_retire_site(inputs)
});
/**
* | output |
* | --- |
* | "The site leaves the boards, the wall board and the alerts; its devices are disconnected and cannot sign in; its open defects are closed. Its history and repo..." |
*
* @param {Setup_Retire_Site_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_site_explain = /** @type {((inputs?: Setup_Retire_Site_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_Site_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_site_explain(inputs)
	if (locale === "da") return __da.setup_retire_site_explain(inputs)
	if (locale === "sv") return __sv.setup_retire_site_explain(inputs)
	return __en.setup_retire_site_explain(inputs)
});
/**
* | output |
* | --- |
* | "Retire {site}…" |
*
* @param {Setup_Retire_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_summary = /** @type {((inputs: Setup_Retire_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_summary(inputs)
	if (locale === "da") return __da.setup_retire_summary(inputs)
	if (locale === "sv") return __sv.setup_retire_summary(inputs)
	return __en.setup_retire_summary(inputs)
});
/**
* | output |
* | --- |
* | "Retire zone" |
*
* @param {Setup_Retire_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_zone = /** @type {((inputs?: Setup_Retire_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_zone(inputs)
	if (locale === "da") return __da.setup_retire_zone(inputs)
	if (locale === "sv") return __sv.setup_retire_zone(inputs)
	return __en.setup_retire_zone(inputs)
});
/**
* | output |
* | --- |
* | "Its assets and checkpoints leave the boards with it and come back with it; history stays." |
*
* @param {Setup_Retire_Zone_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retire_zone_hint = /** @type {((inputs?: Setup_Retire_Zone_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retire_Zone_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retire_zone_hint(inputs)
	if (locale === "da") return __da.setup_retire_zone_hint(inputs)
	if (locale === "sv") return __sv.setup_retire_zone_hint(inputs)
	return __en.setup_retire_zone_hint(inputs)
});
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
export const setup_retired_closed = /** @type {((inputs: Setup_Retired_ClosedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_ClosedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_closed(inputs)
	if (locale === "da") return __da.setup_retired_closed(inputs)
	if (locale === "sv") return __sv.setup_retired_closed(inputs)
	return __en.setup_retired_closed(inputs)
});
/**
* | output |
* | --- |
* | "Retired {thing}: off the boards and out of the alerts." |
*
* @param {Setup_Retired_DoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_done = /** @type {((inputs: Setup_Retired_DoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_DoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_done(inputs)
	if (locale === "da") return __da.setup_retired_done(inputs)
	if (locale === "sv") return __sv.setup_retired_done(inputs)
	return __en.setup_retired_done(inputs)
});
/**
* | output |
* | --- |
* | "Retired" |
*
* @param {Setup_Retired_HeadingInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_heading = /** @type {((inputs?: Setup_Retired_HeadingInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_HeadingInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_heading(inputs)
	if (locale === "da") return __da.setup_retired_heading(inputs)
	if (locale === "sv") return __sv.setup_retired_heading(inputs)
	return __en.setup_retired_heading(inputs)
});
/**
* | output |
* | --- |
* | "Off the boards and out of the alerts; their history and reports stay. Restore brings back what was retired with it." |
*
* @param {Setup_Retired_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_retired_hint = /** @type {((inputs?: Setup_Retired_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Retired_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_retired_hint(inputs)
	if (locale === "da") return __da.setup_retired_hint(inputs)
	if (locale === "sv") return __sv.setup_retired_hint(inputs)
	return __en.setup_retired_hint(inputs)
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
* | "Asset {name} ({zone})" |
*
* @param {Setup_Row_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_asset = /** @type {((inputs: Setup_Row_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Row_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_row_asset(inputs)
	if (locale === "da") return __da.setup_row_asset(inputs)
	if (locale === "sv") return __sv.setup_row_asset(inputs)
	return __en.setup_row_asset(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoint {name} ({zone})" |
*
* @param {Setup_Row_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_checkpoint = /** @type {((inputs: Setup_Row_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Row_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_row_checkpoint(inputs)
	if (locale === "da") return __da.setup_row_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_row_checkpoint(inputs)
	return __en.setup_row_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "Device {name}" |
*
* @param {Setup_Row_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_device = /** @type {((inputs: Setup_Row_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Row_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_row_device(inputs)
	if (locale === "da") return __da.setup_row_device(inputs)
	if (locale === "sv") return __sv.setup_row_device(inputs)
	return __en.setup_row_device(inputs)
});
/**
* | output |
* | --- |
* | "Zone {name}" |
*
* @param {Setup_Row_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_row_zone = /** @type {((inputs: Setup_Row_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Row_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_row_zone(inputs)
	if (locale === "da") return __da.setup_row_zone(inputs)
	if (locale === "sv") return __sv.setup_row_zone(inputs)
	return __en.setup_row_zone(inputs)
});
/**
* | output |
* | --- |
* | "Save asset" |
*
* @param {Setup_Save_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_asset = /** @type {((inputs?: Setup_Save_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Save_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_save_asset(inputs)
	if (locale === "da") return __da.setup_save_asset(inputs)
	if (locale === "sv") return __sv.setup_save_asset(inputs)
	return __en.setup_save_asset(inputs)
});
/**
* | output |
* | --- |
* | "Save checkpoint" |
*
* @param {Setup_Save_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_checkpoint = /** @type {((inputs?: Setup_Save_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Save_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_save_checkpoint(inputs)
	if (locale === "da") return __da.setup_save_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_save_checkpoint(inputs)
	return __en.setup_save_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "Save site" |
*
* @param {Setup_Save_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_save_site = /** @type {((inputs?: Setup_Save_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Save_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_save_site(inputs)
	if (locale === "da") return __da.setup_save_site(inputs)
	if (locale === "sv") return __sv.setup_save_site(inputs)
	return __en.setup_save_site(inputs)
});
/**
* | output |
* | --- |
* | "{count} s" |
*
* @param {Setup_SecondsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_seconds = /** @type {((inputs: Setup_SecondsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_SecondsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_seconds(inputs)
	if (locale === "da") return __da.setup_seconds(inputs)
	if (locale === "sv") return __sv.setup_seconds(inputs)
	return __en.setup_seconds(inputs)
});
/**
* | output |
* | --- |
* | "Its secret is shown once, right after, with a file to download and how it connects." |
*
* @param {Setup_Secret_Once_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_secret_once_hint = /** @type {((inputs?: Setup_Secret_Once_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Secret_Once_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_secret_once_hint(inputs)
	if (locale === "da") return __da.setup_secret_once_hint(inputs)
	if (locale === "sv") return __sv.setup_secret_once_hint(inputs)
	return __en.setup_secret_once_hint(inputs)
});
/**
* | output |
* | --- |
* | "Checkpoints it serves" |
*
* @param {Setup_ServesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves = /** @type {((inputs?: Setup_ServesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_ServesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_serves(inputs)
	if (locale === "da") return __da.setup_serves(inputs)
	if (locale === "sv") return __sv.setup_serves(inputs)
	return __en.setup_serves(inputs)
});
/**
* | output |
* | --- |
* | "Every checkpoint of the site" |
*
* @param {Setup_Serves_AllInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_all = /** @type {((inputs?: Setup_Serves_AllInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Serves_AllInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_serves_all(inputs)
	if (locale === "da") return __da.setup_serves_all(inputs)
	if (locale === "sv") return __sv.setup_serves_all(inputs)
	return __en.setup_serves_all(inputs)
});
/**
* | output |
* | --- |
* | "(a button; a sensor serves none)" |
*
* @param {Setup_Serves_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_hint = /** @type {((inputs?: Setup_Serves_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Serves_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_serves_hint(inputs)
	if (locale === "da") return __da.setup_serves_hint(inputs)
	if (locale === "sv") return __sv.setup_serves_hint(inputs)
	return __en.setup_serves_hint(inputs)
});
/**
* | output |
* | --- |
* | "None: it only reports" |
*
* @param {Setup_Serves_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_none = /** @type {((inputs?: Setup_Serves_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Serves_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_serves_none(inputs)
	if (locale === "da") return __da.setup_serves_none(inputs)
	if (locale === "sv") return __sv.setup_serves_none(inputs)
	return __en.setup_serves_none(inputs)
});
/**
* | output |
* | --- |
* | "These:" |
*
* @param {Setup_Serves_SomeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_serves_some = /** @type {((inputs?: Setup_Serves_SomeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Serves_SomeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_serves_some(inputs)
	if (locale === "da") return __da.setup_serves_some(inputs)
	if (locale === "sv") return __sv.setup_serves_some(inputs)
	return __en.setup_serves_some(inputs)
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
* | "Site created. Add its zones and assets below, then its checkpoints and devices." |
*
* @param {Setup_Site_CreatedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_site_created = /** @type {((inputs?: Setup_Site_CreatedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Site_CreatedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_site_created(inputs)
	if (locale === "da") return __da.setup_site_created(inputs)
	if (locale === "sv") return __sv.setup_site_created(inputs)
	return __en.setup_site_created(inputs)
});
/**
* | output |
* | --- |
* | "Site saved." |
*
* @param {Setup_Site_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_site_saved = /** @type {((inputs?: Setup_Site_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Site_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_site_saved(inputs)
	if (locale === "da") return __da.setup_site_saved(inputs)
	if (locale === "sv") return __sv.setup_site_saved(inputs)
	return __en.setup_site_saved(inputs)
});
/**
* | output |
* | --- |
* | "offline" |
*
* @param {Setup_State_OfflineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_offline = /** @type {((inputs?: Setup_State_OfflineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_State_OfflineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_state_offline(inputs)
	if (locale === "da") return __da.setup_state_offline(inputs)
	if (locale === "sv") return __sv.setup_state_offline(inputs)
	return __en.setup_state_offline(inputs)
});
/**
* | output |
* | --- |
* | "online" |
*
* @param {Setup_State_OnlineInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_online = /** @type {((inputs?: Setup_State_OnlineInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_State_OnlineInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_state_online(inputs)
	if (locale === "da") return __da.setup_state_online(inputs)
	if (locale === "sv") return __sv.setup_state_online(inputs)
	return __en.setup_state_online(inputs)
});
/**
* | output |
* | --- |
* | "revoked" |
*
* @param {Setup_State_RevokedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_state_revoked = /** @type {((inputs?: Setup_State_RevokedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_State_RevokedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_state_revoked(inputs)
	if (locale === "da") return __da.setup_state_revoked(inputs)
	if (locale === "sv") return __sv.setup_state_revoked(inputs)
	return __en.setup_state_revoked(inputs)
});
/**
* | output |
* | --- |
* | "retired" |
*
* @param {Setup_Tag_RetiredInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_tag_retired = /** @type {((inputs?: Setup_Tag_RetiredInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Tag_RetiredInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_tag_retired(inputs)
	if (locale === "da") return __da.setup_tag_retired(inputs)
	if (locale === "sv") return __sv.setup_tag_retired(inputs)
	return __en.setup_tag_retired(inputs)
});
/**
* | output |
* | --- |
* | "The site" |
*
* @param {Setup_The_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_the_site = /** @type {((inputs?: Setup_The_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_The_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_the_site(inputs)
	if (locale === "da") return __da.setup_the_site(inputs)
	if (locale === "sv") return __sv.setup_the_site(inputs)
	return __en.setup_the_site(inputs)
});
/**
* | output |
* | --- |
* | "asset {name}" |
*
* @param {Setup_Thing_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_asset = /** @type {((inputs: Setup_Thing_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Thing_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_thing_asset(inputs)
	if (locale === "da") return __da.setup_thing_asset(inputs)
	if (locale === "sv") return __sv.setup_thing_asset(inputs)
	return __en.setup_thing_asset(inputs)
});
/**
* | output |
* | --- |
* | "checkpoint {name}" |
*
* @param {Setup_Thing_CheckpointInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_checkpoint = /** @type {((inputs: Setup_Thing_CheckpointInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Thing_CheckpointInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_thing_checkpoint(inputs)
	if (locale === "da") return __da.setup_thing_checkpoint(inputs)
	if (locale === "sv") return __sv.setup_thing_checkpoint(inputs)
	return __en.setup_thing_checkpoint(inputs)
});
/**
* | output |
* | --- |
* | "device {name}" |
*
* @param {Setup_Thing_DeviceInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_device = /** @type {((inputs: Setup_Thing_DeviceInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Thing_DeviceInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_thing_device(inputs)
	if (locale === "da") return __da.setup_thing_device(inputs)
	if (locale === "sv") return __sv.setup_thing_device(inputs)
	return __en.setup_thing_device(inputs)
});
/**
* | output |
* | --- |
* | "site {name}" |
*
* @param {Setup_Thing_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_site = /** @type {((inputs: Setup_Thing_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Thing_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_thing_site(inputs)
	if (locale === "da") return __da.setup_thing_site(inputs)
	if (locale === "sv") return __sv.setup_thing_site(inputs)
	return __en.setup_thing_site(inputs)
});
/**
* | output |
* | --- |
* | "zone {name}" |
*
* @param {Setup_Thing_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_thing_zone = /** @type {((inputs: Setup_Thing_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Thing_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_thing_zone(inputs)
	if (locale === "da") return __da.setup_thing_zone(inputs)
	if (locale === "sv") return __sv.setup_thing_zone(inputs)
	return __en.setup_thing_zone(inputs)
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
* | "Assets it watches" |
*
* @param {Setup_WatchesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_watches = /** @type {((inputs?: Setup_WatchesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_WatchesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_watches(inputs)
	if (locale === "da") return __da.setup_watches(inputs)
	if (locale === "sv") return __sv.setup_watches(inputs)
	return __en.setup_watches(inputs)
});
/**
* | output |
* | --- |
* | "(a sensor: when it falls silent, their state is unknown)" |
*
* @param {Setup_Watches_HintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_watches_hint = /** @type {((inputs?: Setup_Watches_HintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Watches_HintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_watches_hint(inputs)
	if (locale === "da") return __da.setup_watches_hint(inputs)
	if (locale === "sv") return __sv.setup_watches_hint(inputs)
	return __en.setup_watches_hint(inputs)
});
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Setup_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone = /** @type {((inputs?: Setup_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_zone(inputs)
	if (locale === "da") return __da.setup_zone(inputs)
	if (locale === "sv") return __sv.setup_zone(inputs)
	return __en.setup_zone(inputs)
});
/**
* | output |
* | --- |
* | "Zone {name} added." |
*
* @param {Setup_Zone_AddedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_added = /** @type {((inputs: Setup_Zone_AddedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Zone_AddedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_zone_added(inputs)
	if (locale === "da") return __da.setup_zone_added(inputs)
	if (locale === "sv") return __sv.setup_zone_added(inputs)
	return __en.setup_zone_added(inputs)
});
/**
* | output |
* | --- |
* | "Elevator A" |
*
* @param {Setup_Zone_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_placeholder = /** @type {((inputs?: Setup_Zone_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Zone_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_zone_placeholder(inputs)
	if (locale === "da") return __da.setup_zone_placeholder(inputs)
	if (locale === "sv") return __sv.setup_zone_placeholder(inputs)
	return __en.setup_zone_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "Zone {name} saved." |
*
* @param {Setup_Zone_SavedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zone_saved = /** @type {((inputs: Setup_Zone_SavedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Zone_SavedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_zone_saved(inputs)
	if (locale === "da") return __da.setup_zone_saved(inputs)
	if (locale === "sv") return __sv.setup_zone_saved(inputs)
	return __en.setup_zone_saved(inputs)
});
/**
* | output |
* | --- |
* | "Zones and assets" |
*
* @param {Setup_Zones_AssetsInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const setup_zones_assets = /** @type {((inputs?: Setup_Zones_AssetsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Setup_Zones_AssetsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.setup_zones_assets(inputs)
	if (locale === "da") return __da.setup_zones_assets(inputs)
	if (locale === "sv") return __sv.setup_zones_assets(inputs)
	return __en.setup_zones_assets(inputs)
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
* | "All sites" |
*
* @param {Site_Labels_All_SitesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_all_sites = /** @type {((inputs?: Site_Labels_All_SitesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_All_SitesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_all_sites(inputs)
	if (locale === "da") return __da.site_labels_all_sites(inputs)
	if (locale === "sv") return __sv.site_labels_all_sites(inputs)
	return __en.site_labels_all_sites(inputs)
});
/**
* | output |
* | --- |
* | "All zones" |
*
* @param {Site_Labels_All_ZonesInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_all_zones = /** @type {((inputs?: Site_Labels_All_ZonesInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_All_ZonesInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_all_zones(inputs)
	if (locale === "da") return __da.site_labels_all_zones(inputs)
	if (locale === "sv") return __sv.site_labels_all_zones(inputs)
	return __en.site_labels_all_zones(inputs)
});
/**
* | output |
* | --- |
* | "Asset" |
*
* @param {Site_Labels_Col_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_asset = /** @type {((inputs?: Site_Labels_Col_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Col_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_col_asset(inputs)
	if (locale === "da") return __da.site_labels_col_asset(inputs)
	if (locale === "sv") return __sv.site_labels_col_asset(inputs)
	return __en.site_labels_col_asset(inputs)
});
/**
* | output |
* | --- |
* | "Its label" |
*
* @param {Site_Labels_Col_LabelInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_label = /** @type {((inputs?: Site_Labels_Col_LabelInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Col_LabelInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_col_label(inputs)
	if (locale === "da") return __da.site_labels_col_label(inputs)
	if (locale === "sv") return __sv.site_labels_col_label(inputs)
	return __en.site_labels_col_label(inputs)
});
/**
* | output |
* | --- |
* | "Revoke" |
*
* @param {Site_Labels_Col_RevokeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_col_revoke = /** @type {((inputs?: Site_Labels_Col_RevokeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Col_RevokeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_col_revoke(inputs)
	if (locale === "da") return __da.site_labels_col_revoke(inputs)
	if (locale === "sv") return __sv.site_labels_col_revoke(inputs)
	return __en.site_labels_col_revoke(inputs)
});
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
export const site_labels_count = /** @type {((inputs: Site_Labels_CountInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_CountInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_count(inputs)
	if (locale === "da") return __da.site_labels_count(inputs)
	if (locale === "sv") return __sv.site_labels_count(inputs)
	return __en.site_labels_count(inputs)
});
/**
* | output |
* | --- |
* | "A label for every asset customers see, to stick where it is: scanning it opens the page that reports a problem there, in the site's language. Print at actual..." |
*
* @param {Site_Labels_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_intro = /** @type {((inputs?: Site_Labels_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_intro(inputs)
	if (locale === "da") return __da.site_labels_intro(inputs)
	if (locale === "sv") return __sv.site_labels_intro(inputs)
	return __en.site_labels_intro(inputs)
});
/**
* | output |
* | --- |
* | "New code made for {name}. Its codes printed before no longer work: print its new label and replace the old one." |
*
* @param {Site_Labels_New_CodeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_new_code = /** @type {((inputs: Site_Labels_New_CodeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_New_CodeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_new_code(inputs)
	if (locale === "da") return __da.site_labels_new_code(inputs)
	if (locale === "sv") return __sv.site_labels_new_code(inputs)
	return __en.site_labels_new_code(inputs)
});
/**
* | output |
* | --- |
* | "No labels to print: {where} has no customer-visible asset in service. An asset gets a label once it is marked customer-visible." |
*
* @param {Site_Labels_NoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_none = /** @type {((inputs: Site_Labels_NoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_NoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_none(inputs)
	if (locale === "da") return __da.site_labels_none(inputs)
	if (locale === "sv") return __sv.site_labels_none(inputs)
	return __en.site_labels_none(inputs)
});
/**
* | output |
* | --- |
* | "Only the label of {name}." |
*
* @param {Site_Labels_Only_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_only_of = /** @type {((inputs: Site_Labels_Only_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Only_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_only_of(inputs)
	if (locale === "da") return __da.site_labels_only_of(inputs)
	if (locale === "sv") return __sv.site_labels_only_of(inputs)
	return __en.site_labels_only_of(inputs)
});
/**
* | output |
* | --- |
* | "Paper" |
*
* @param {Site_Labels_PaperInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_paper = /** @type {((inputs?: Site_Labels_PaperInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_PaperInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_paper(inputs)
	if (locale === "da") return __da.site_labels_paper(inputs)
	if (locale === "sv") return __sv.site_labels_paper(inputs)
	return __en.site_labels_paper(inputs)
});
/**
* | output |
* | --- |
* | "Print" |
*
* @param {Site_Labels_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_print = /** @type {((inputs?: Site_Labels_PrintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_PrintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_print(inputs)
	if (locale === "da") return __da.site_labels_print(inputs)
	if (locale === "sv") return __sv.site_labels_print(inputs)
	return __en.site_labels_print(inputs)
});
/**
* | output |
* | --- |
* | "Print only this label" |
*
* @param {Site_Labels_Print_OnlyInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_print_only = /** @type {((inputs?: Site_Labels_Print_OnlyInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Print_OnlyInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_print_only(inputs)
	if (locale === "da") return __da.site_labels_print_only(inputs)
	if (locale === "sv") return __sv.site_labels_print_only(inputs)
	return __en.site_labels_print_only(inputs)
});
/**
* | output |
* | --- |
* | "Revoke and make a new code" |
*
* @param {Site_Labels_Revoke_ButtonInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_button = /** @type {((inputs?: Site_Labels_Revoke_ButtonInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_ButtonInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_button(inputs)
	if (locale === "da") return __da.site_labels_revoke_button(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_button(inputs)
	return __en.site_labels_revoke_button(inputs)
});
/**
* | output |
* | --- |
* | "Every printed code of {name} stops working at once." |
*
* @param {Site_Labels_Revoke_ExplainInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_explain = /** @type {((inputs: Site_Labels_Revoke_ExplainInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_ExplainInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_explain(inputs)
	if (locale === "da") return __da.site_labels_revoke_explain(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_explain(inputs)
	return __en.site_labels_revoke_explain(inputs)
});
/**
* | output |
* | --- |
* | "For a label that was copied, moved or misused: its code stops working at once, wherever it was printed." |
*
* @param {Site_Labels_Revoke_IntroInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_intro = /** @type {((inputs?: Site_Labels_Revoke_IntroInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_IntroInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_intro(inputs)
	if (locale === "da") return __da.site_labels_revoke_intro(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_intro(inputs)
	return __en.site_labels_revoke_intro(inputs)
});
/**
* | output |
* | --- |
* | "For a label that was copied, moved or misused: its code stops working at once, wherever it was printed, and this page shows the asset's new label to print in..." |
*
* @param {Site_Labels_Revoke_Intro_PrintInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_intro_print = /** @type {((inputs?: Site_Labels_Revoke_Intro_PrintInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_Intro_PrintInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_intro_print(inputs)
	if (locale === "da") return __da.site_labels_revoke_intro_print(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_intro_print(inputs)
	return __en.site_labels_revoke_intro_print(inputs)
});
/**
* | output |
* | --- |
* | "the code of {name}" |
*
* @param {Site_Labels_Revoke_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_of = /** @type {((inputs: Site_Labels_Revoke_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_of(inputs)
	if (locale === "da") return __da.site_labels_revoke_of(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_of(inputs)
	return __en.site_labels_revoke_of(inputs)
});
/**
* | output |
* | --- |
* | "Revoke a code" |
*
* @param {Site_Labels_Revoke_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_revoke_title = /** @type {((inputs?: Site_Labels_Revoke_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Revoke_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_revoke_title(inputs)
	if (locale === "da") return __da.site_labels_revoke_title(inputs)
	if (locale === "sv") return __sv.site_labels_revoke_title(inputs)
	return __en.site_labels_revoke_title(inputs)
});
/**
* | output |
* | --- |
* | "Scan to report a problem" |
*
* @param {Site_Labels_ScanInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_scan = /** @type {((inputs?: Site_Labels_ScanInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_ScanInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_scan(inputs)
	if (locale === "da") return __da.site_labels_scan(inputs)
	if (locale === "sv") return __sv.site_labels_scan(inputs)
	return __en.site_labels_scan(inputs)
});
/**
* | output |
* | --- |
* | "Sheet {n} of {total}" |
*
* @param {Site_Labels_Sheet_OfInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_sheet_of = /** @type {((inputs: Site_Labels_Sheet_OfInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Sheet_OfInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_sheet_of(inputs)
	if (locale === "da") return __da.site_labels_sheet_of(inputs)
	if (locale === "sv") return __sv.site_labels_sheet_of(inputs)
	return __en.site_labels_sheet_of(inputs)
});
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
export const site_labels_sheets = /** @type {((inputs: Site_Labels_SheetsInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_SheetsInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_sheets(inputs)
	if (locale === "da") return __da.site_labels_sheets(inputs)
	if (locale === "sv") return __sv.site_labels_sheets(inputs)
	return __en.site_labels_sheets(inputs)
});
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Site_Labels_ShowInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_show = /** @type {((inputs?: Site_Labels_ShowInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_ShowInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_show(inputs)
	if (locale === "da") return __da.site_labels_show(inputs)
	if (locale === "sv") return __sv.site_labels_show(inputs)
	return __en.site_labels_show(inputs)
});
/**
* | output |
* | --- |
* | "Show every label" |
*
* @param {Site_Labels_Show_EveryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_show_every = /** @type {((inputs?: Site_Labels_Show_EveryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Show_EveryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_show_every(inputs)
	if (locale === "da") return __da.site_labels_show_every(inputs)
	if (locale === "sv") return __sv.site_labels_show_every(inputs)
	return __en.site_labels_show_every(inputs)
});
/**
* | output |
* | --- |
* | "Label size" |
*
* @param {Site_Labels_SizeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size = /** @type {((inputs?: Site_Labels_SizeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_SizeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_size(inputs)
	if (locale === "da") return __da.site_labels_size(inputs)
	if (locale === "sv") return __sv.site_labels_size(inputs)
	return __en.site_labels_size(inputs)
});
/**
* | output |
* | --- |
* | "Large" |
*
* @param {Site_Labels_Size_LargeInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_large = /** @type {((inputs?: Site_Labels_Size_LargeInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Size_LargeInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_size_large(inputs)
	if (locale === "da") return __da.site_labels_size_large(inputs)
	if (locale === "sv") return __sv.site_labels_size_large(inputs)
	return __en.site_labels_size_large(inputs)
});
/**
* | output |
* | --- |
* | "Medium" |
*
* @param {Site_Labels_Size_MediumInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_medium = /** @type {((inputs?: Site_Labels_Size_MediumInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Size_MediumInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_size_medium(inputs)
	if (locale === "da") return __da.site_labels_size_medium(inputs)
	if (locale === "sv") return __sv.site_labels_size_medium(inputs)
	return __en.site_labels_size_medium(inputs)
});
/**
* | output |
* | --- |
* | "{name}, {width} × {height} mm ({count} a sheet)" |
*
* @param {Site_Labels_Size_OptionInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_option = /** @type {((inputs: Site_Labels_Size_OptionInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Size_OptionInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_size_option(inputs)
	if (locale === "da") return __da.site_labels_size_option(inputs)
	if (locale === "sv") return __sv.site_labels_size_option(inputs)
	return __en.site_labels_size_option(inputs)
});
/**
* | output |
* | --- |
* | "Small" |
*
* @param {Site_Labels_Size_SmallInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_size_small = /** @type {((inputs?: Site_Labels_Size_SmallInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Size_SmallInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_size_small(inputs)
	if (locale === "da") return __da.site_labels_size_small(inputs)
	if (locale === "sv") return __sv.site_labels_size_small(inputs)
	return __en.site_labels_size_small(inputs)
});
/**
* | output |
* | --- |
* | "{labels} on {sheets} of {paper}, {columns} × {rows} a sheet. The codes open" |
*
* @param {Site_Labels_SummaryInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_summary = /** @type {((inputs: Site_Labels_SummaryInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_SummaryInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_summary(inputs)
	if (locale === "da") return __da.site_labels_summary(inputs)
	if (locale === "sv") return __sv.site_labels_summary(inputs)
	return __en.site_labels_summary(inputs)
});
/**
* | output |
* | --- |
* | "this site" |
*
* @param {Site_Labels_This_SiteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_this_site = /** @type {((inputs?: Site_Labels_This_SiteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_This_SiteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_this_site(inputs)
	if (locale === "da") return __da.site_labels_this_site(inputs)
	if (locale === "sv") return __sv.site_labels_this_site(inputs)
	return __en.site_labels_this_site(inputs)
});
/**
* | output |
* | --- |
* | "QR labels" |
*
* @param {Site_Labels_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_title = /** @type {((inputs?: Site_Labels_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_title(inputs)
	if (locale === "da") return __da.site_labels_title(inputs)
	if (locale === "sv") return __sv.site_labels_title(inputs)
	return __en.site_labels_title(inputs)
});
/**
* | output |
* | --- |
* | "That asset is not on this sheet any more: reload the page and choose it again." |
*
* @param {Site_Labels_Which_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_which_asset = /** @type {((inputs?: Site_Labels_Which_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_Which_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_which_asset(inputs)
	if (locale === "da") return __da.site_labels_which_asset(inputs)
	if (locale === "sv") return __sv.site_labels_which_asset(inputs)
	return __en.site_labels_which_asset(inputs)
});
/**
* | output |
* | --- |
* | "Zone" |
*
* @param {Site_Labels_ZoneInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_labels_zone = /** @type {((inputs?: Site_Labels_ZoneInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Labels_ZoneInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_labels_zone(inputs)
	if (locale === "da") return __da.site_labels_zone(inputs)
	if (locale === "sv") return __sv.site_labels_zone(inputs)
	return __en.site_labels_zone(inputs)
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
* | "Asset" |
*
* @param {Site_Report_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_asset = /** @type {((inputs?: Site_Report_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_asset(inputs)
	if (locale === "da") return __da.site_report_asset(inputs)
	if (locale === "sv") return __sv.site_report_asset(inputs)
	return __en.site_report_asset(inputs)
});
/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Site_Report_ChooseInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose = /** @type {((inputs?: Site_Report_ChooseInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_ChooseInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_choose(inputs)
	if (locale === "da") return __da.site_report_choose(inputs)
	if (locale === "sv") return __sv.site_report_choose(inputs)
	return __en.site_report_choose(inputs)
});
/**
* | output |
* | --- |
* | "Choose the asset." |
*
* @param {Site_Report_Choose_AssetInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose_asset = /** @type {((inputs?: Site_Report_Choose_AssetInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_Choose_AssetInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_choose_asset(inputs)
	if (locale === "da") return __da.site_report_choose_asset(inputs)
	if (locale === "sv") return __sv.site_report_choose_asset(inputs)
	return __en.site_report_choose_asset(inputs)
});
/**
* | output |
* | --- |
* | "Choose what is wrong." |
*
* @param {Site_Report_Choose_FaultInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_choose_fault = /** @type {((inputs?: Site_Report_Choose_FaultInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_Choose_FaultInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_choose_fault(inputs)
	if (locale === "da") return __da.site_report_choose_fault(inputs)
	if (locale === "sv") return __sv.site_report_choose_fault(inputs)
	return __en.site_report_choose_fault(inputs)
});
/**
* | output |
* | --- |
* | "The report did not go through: {reason}" |
*
* @param {Site_Report_FailedInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_failed = /** @type {((inputs: Site_Report_FailedInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_FailedInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_failed(inputs)
	if (locale === "da") return __da.site_report_failed(inputs)
	if (locale === "sv") return __sv.site_report_failed(inputs)
	return __en.site_report_failed(inputs)
});
/**
* | output |
* | --- |
* | "Report a fault at {site}" |
*
* @param {Site_Report_HeadInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_head = /** @type {((inputs: Site_Report_HeadInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_HeadInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_head(inputs)
	if (locale === "da") return __da.site_report_head(inputs)
	if (locale === "sv") return __sv.site_report_head(inputs)
	return __en.site_report_head(inputs)
});
/**
* | output |
* | --- |
* | "Note" |
*
* @param {Site_Report_NoteInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_note = /** @type {((inputs?: Site_Report_NoteInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_NoteInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_note(inputs)
	if (locale === "da") return __da.site_report_note(inputs)
	if (locale === "sv") return __sv.site_report_note(inputs)
	return __en.site_report_note(inputs)
});
/**
* | output |
* | --- |
* | "e.g. left side, 3rd floor" |
*
* @param {Site_Report_Note_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_note_placeholder = /** @type {((inputs?: Site_Report_Note_PlaceholderInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_Note_PlaceholderInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_note_placeholder(inputs)
	if (locale === "da") return __da.site_report_note_placeholder(inputs)
	if (locale === "sv") return __sv.site_report_note_placeholder(inputs)
	return __en.site_report_note_placeholder(inputs)
});
/**
* | output |
* | --- |
* | "(optional)" |
*
* @param {Site_Report_OptionalInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_optional = /** @type {((inputs?: Site_Report_OptionalInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_OptionalInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_optional(inputs)
	if (locale === "da") return __da.site_report_optional(inputs)
	if (locale === "sv") return __sv.site_report_optional(inputs)
	return __en.site_report_optional(inputs)
});
/**
* | output |
* | --- |
* | "Report it" |
*
* @param {Site_Report_SendInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_send = /** @type {((inputs?: Site_Report_SendInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_SendInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_send(inputs)
	if (locale === "da") return __da.site_report_send(inputs)
	if (locale === "sv") return __sv.site_report_send(inputs)
	return __en.site_report_send(inputs)
});
/**
* | output |
* | --- |
* | "Report a fault" |
*
* @param {Site_Report_TitleInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_title = /** @type {((inputs?: Site_Report_TitleInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_TitleInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_title(inputs)
	if (locale === "da") return __da.site_report_title(inputs)
	if (locale === "sv") return __sv.site_report_title(inputs)
	return __en.site_report_title(inputs)
});
/**
* | output |
* | --- |
* | "What is wrong?" |
*
* @param {Site_Report_WhatInputs} inputs
* @param {{ locale?: "en" | "nb" | "da" | "sv" }} options
* @returns {LocalizedString}
*/
export const site_report_what = /** @type {((inputs?: Site_Report_WhatInputs, options?: { locale?: "en" | "nb" | "da" | "sv" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Site_Report_WhatInputs, { locale?: "en" | "nb" | "da" | "sv" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "nb") return __nb.site_report_what(inputs)
	if (locale === "da") return __da.site_report_what(inputs)
	if (locale === "sv") return __sv.site_report_what(inputs)
	return __en.site_report_what(inputs)
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