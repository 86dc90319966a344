/* eslint-disable */
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_All_SitesInputs */
/** @typedef {{}} Account_Contact_SaveInputs */
/** @typedef {{}} Account_Contact_TakenInputs */
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
/** @typedef {{}} Account_NameInputs */
/** @typedef {{}} Account_PasswordInputs */
/** @typedef {{}} Account_Password_AgainInputs */
/** @typedef {{}} Account_Password_ChangedInputs */
/** @typedef {{}} Account_Password_CurrentInputs */
/** @typedef {{}} Account_Password_DifferInputs */
/** @typedef {{}} Account_Password_Enter_CurrentInputs */
/** @typedef {{}} Account_Password_ExplainInputs */
/** @typedef {{}} Account_Password_MinInputs */
/** @typedef {{}} Account_Password_NewInputs */
/** @typedef {{}} Account_Password_Too_LongInputs */
/** @typedef {{}} Account_Password_Too_ShortInputs */
/** @typedef {{}} Account_Password_WrongInputs */
/** @typedef {{}} Account_ReachInputs */
/** @typedef {{}} Account_Reach_ExplainInputs */
/** @typedef {{}} Account_RoleInputs */
/** @typedef {{}} Account_SavedInputs */
/** @typedef {{}} Account_SitesInputs */
/** @typedef {{}} Account_TitleInputs */
/** @typedef {{}} Account_Token_CopyInputs */
/** @typedef {{}} Account_Token_CreateInputs */
/** @typedef {{}} Account_Token_NameInputs */
/** @typedef {{}} Account_Token_Name_MissingInputs */
/** @typedef {{ name: NonNullable<unknown> }} Account_Token_NewInputs */
/** @typedef {{}} Account_Token_NoneInputs */
/** @typedef {{}} Account_Token_PlaceholderInputs */
/** @typedef {{}} Account_Token_RevokeInputs */
/** @typedef {{}} Account_Token_RevokedInputs */
/** @typedef {{ count: NonNullable<unknown> }} Account_Token_Revoked_HiddenInputs */
/** @typedef {{ created: NonNullable<unknown>, used: NonNullable<unknown> }} Account_Token_TimesInputs */
/** @typedef {{}} Account_Token_WhichInputs */
/** @typedef {{}} Account_TokensInputs */
/** @typedef {{}} Account_Tokens_ExplainInputs */
/** @typedef {{}} Account_UsernameInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_All_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_All_WillInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, sites: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_At_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown>, sites: NonNullable<unknown>, does: NonNullable<unknown> }} Admin_Access_At_WillInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown> }} Admin_Access_None_IsInputs */
/** @typedef {{ who: NonNullable<unknown>, role: NonNullable<unknown> }} Admin_Access_None_WillInputs */
/** @typedef {{}} Admin_Access_TitleInputs */
/** @typedef {{ count: NonNullable<unknown> }} Admin_Accounts_CountInputs */
/** @typedef {{}} Admin_Action_Asset_DeleteInputs */
/** @typedef {{}} Admin_Action_Asset_RestoreInputs */
/** @typedef {{}} Admin_Action_Asset_RetireInputs */
/** @typedef {{}} Admin_Action_Asset_Revoke_Report_KeyInputs */
/** @typedef {{}} Admin_Action_Asset_UpdateInputs */
/** @typedef {{}} Admin_Action_Assignment_Rule_CreateInputs */
/** @typedef {{}} Admin_Action_Assignment_Rule_DeleteInputs */
/** @typedef {{}} Admin_Action_Channel_CreateInputs */
/** @typedef {{}} Admin_Action_Channel_DeleteInputs */
/** @typedef {{}} Admin_Action_Channel_Read_SecretInputs */
/** @typedef {{}} Admin_Action_Channel_Rotate_SecretInputs */
/** @typedef {{}} Admin_Action_Channel_TestInputs */
/** @typedef {{}} Admin_Action_Channel_UpdateInputs */
/** @typedef {{}} Admin_Action_Checkpoint_DeleteInputs */
/** @typedef {{}} Admin_Action_Checkpoint_RestoreInputs */
/** @typedef {{}} Admin_Action_Checkpoint_RetireInputs */
/** @typedef {{}} Admin_Action_Checkpoint_UpdateInputs */
/** @typedef {{}} Admin_Action_Defect_AcknowledgeInputs */
/** @typedef {{}} Admin_Action_Defect_AssignInputs */
/** @typedef {{}} Admin_Action_Defect_CommentInputs */
/** @typedef {{}} Admin_Action_Defect_HoldInputs */
/** @typedef {{}} Admin_Action_Defect_PhotoInputs */
/** @typedef {{}} Admin_Action_Defect_ReopenInputs */
/** @typedef {{}} Admin_Action_Defect_ReportInputs */
/** @typedef {{}} Admin_Action_Defect_ResolveInputs */
/** @typedef {{}} Admin_Action_Delivery_RetryInputs */
/** @typedef {{}} Admin_Action_Demo_RemoveInputs */
/** @typedef {{}} Admin_Action_Demo_RemovedInputs */
/** @typedef {{}} Admin_Action_Device_DeleteInputs */
/** @typedef {{}} Admin_Action_Device_RestoreInputs */
/** @typedef {{}} Admin_Action_Device_RetireInputs */
/** @typedef {{}} Admin_Action_Device_RevokeInputs */
/** @typedef {{}} Admin_Action_Device_Rotate_SecretInputs */
/** @typedef {{}} Admin_Action_Device_UpdateInputs */
/** @typedef {{}} Admin_Action_Fleet_ImportInputs */
/** @typedef {{}} Admin_Action_Fleet_ProvisionInputs */
/** @typedef {{}} Admin_Action_Notify_Default_AttentionInputs */
/** @typedef {{}} Admin_Action_Report_SubscribeInputs */
/** @typedef {{}} Admin_Action_Report_UnsubscribeInputs */
/** @typedef {{}} Admin_Action_Report_UpdateInputs */
/** @typedef {{}} Admin_Action_Rule_CreateInputs */
/** @typedef {{}} Admin_Action_Rule_DeleteInputs */
/** @typedef {{}} Admin_Action_Rule_UpdateInputs */
/** @typedef {{}} Admin_Action_Session_LockoutInputs */
/** @typedef {{}} Admin_Action_Session_Sign_InInputs */
/** @typedef {{}} Admin_Action_Session_Sign_OutInputs */
/** @typedef {{}} Admin_Action_Site_DeleteInputs */
/** @typedef {{}} Admin_Action_Site_RestoreInputs */
/** @typedef {{}} Admin_Action_Site_RetireInputs */
/** @typedef {{}} Admin_Action_Site_UpdateInputs */
/** @typedef {{}} Admin_Action_Token_CreateInputs */
/** @typedef {{}} Admin_Action_Token_RevokeInputs */
/** @typedef {{}} Admin_Action_User_Change_PasswordInputs */
/** @typedef {{}} Admin_Action_User_ContactInputs */
/** @typedef {{}} Admin_Action_User_CreateInputs */
/** @typedef {{}} Admin_Action_User_DisableInputs */
/** @typedef {{}} Admin_Action_User_LanguageInputs */
/** @typedef {{}} Admin_Action_User_UnlockInputs */
/** @typedef {{}} Admin_Action_User_UpdateInputs */
/** @typedef {{}} Admin_Action_Zone_DeleteInputs */
/** @typedef {{}} Admin_Action_Zone_RestoreInputs */
/** @typedef {{}} Admin_Action_Zone_RetireInputs */
/** @typedef {{}} Admin_Action_Zone_UpdateInputs */
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
/** @typedef {{ day: NonNullable<unknown>, subscription: NonNullable<unknown> }} Admin_Summary_ReportInputs */
/** @typedef {{ level: NonNullable<unknown>, levelName: NonNullable<unknown>, rule: NonNullable<unknown>, defect: NonNullable<unknown> }} Admin_Summary_StepInputs */
/** @typedef {{ channel: NonNullable<unknown> }} Admin_Summary_TestInputs */
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
/** @typedef {{}} Defects_Evp_Ch_ButtonInputs */
/** @typedef {{}} Defects_Evp_Ch_DashboardInputs */
/** @typedef {{}} Defects_Evp_Ch_QrInputs */
/** @typedef {{}} Defects_Evp_Ch_SensorInputs */
/** @typedef {{}} Defects_Evp_ContradictsInputs */
/** @typedef {{ id: NonNullable<unknown> }} Defects_Evp_DefectInputs */
/** @typedef {{}} Defects_Evp_Not_ConfirmedInputs */
/** @typedef {{ time: NonNullable<unknown> }} Defects_Evp_Ok_AtInputs */
/** @typedef {{ count: NonNullable<unknown> }} Defects_Evp_ReportsInputs */
/** @typedef {{}} Defects_Evp_SystemInputs */
/** @typedef {{}} Defects_Evp_TitleInputs */
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
/** @typedef {{}} Defects_Photos_AddInputs */
/** @typedef {{ who: NonNullable<unknown> }} Defects_Photos_ByInputs */
/** @typedef {{}} Defects_Photos_CaptionInputs */
/** @typedef {{}} Defects_Photos_Caption_LabelInputs */
/** @typedef {{}} Defects_Photos_HintInputs */
/** @typedef {{}} Defects_Photos_NoneInputs */
/** @typedef {{}} Defects_Photos_TitleInputs */
/** @typedef {{}} Defects_Photos_UploadInputs */
/** @typedef {{}} Defects_Photos_UploadingInputs */
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
/** @typedef {{ asset: NonNullable<unknown>, site: NonNullable<unknown> }} Devices_Refusal_Asset_RetiredInputs */
/** @typedef {{}} Devices_Refusal_Bad_DeviceInputs */
/** @typedef {{ field: NonNullable<unknown> }} Devices_Refusal_Bad_FieldInputs */
/** @typedef {{}} Devices_Refusal_Bad_JsonInputs */
/** @typedef {{}} Devices_Refusal_Bad_SiteInputs */
/** @typedef {{}} Devices_Refusal_Bad_StatusInputs */
/** @typedef {{}} Devices_Refusal_Bad_TopicInputs */
/** @typedef {{}} Devices_Refusal_Bad_Utf8Inputs */
/** @typedef {{ device: NonNullable<unknown>, asset: NonNullable<unknown> }} Devices_Refusal_Health_Not_ProvisionedInputs */
/** @typedef {{ device: NonNullable<unknown>, asset: NonNullable<unknown> }} Devices_Refusal_Health_Not_WatchedInputs */
/** @typedef {{ field: NonNullable<unknown> }} Devices_Refusal_Missing_FieldInputs */
/** @typedef {{ device: NonNullable<unknown>, checkpoint: NonNullable<unknown> }} Devices_Refusal_No_CheckpointInputs */
/** @typedef {{}} Devices_Refusal_Not_ObjectInputs */
/** @typedef {{ device: NonNullable<unknown>, checkpoint: NonNullable<unknown> }} Devices_Refusal_Not_ServedInputs */
/** @typedef {{ device: NonNullable<unknown>, asset: NonNullable<unknown> }} Devices_Refusal_Resolve_Not_ProvisionedInputs */
/** @typedef {{ device: NonNullable<unknown>, asset: NonNullable<unknown> }} Devices_Refusal_Resolve_Not_WatchedInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Refusal_RetiredInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Refusal_RevokedInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Refusal_Sensor_CheckinInputs */
/** @typedef {{ size: NonNullable<unknown>, limit: NonNullable<unknown> }} Devices_Refusal_Too_LargeInputs */
/** @typedef {{ device: NonNullable<unknown> }} Devices_Refusal_Unknown_DeviceInputs */
/** @typedef {{}} Devices_Refusal_Unknown_KindInputs */
/** @typedef {{ asset: NonNullable<unknown>, site: NonNullable<unknown>, limit: NonNullable<unknown> }} Devices_Refusal_Unplaced_LimitInputs */
/** @typedef {{ sender: NonNullable<unknown>, device: NonNullable<unknown> }} Devices_Refusal_Wrong_DeviceInputs */
/** @typedef {{ device: NonNullable<unknown>, site: NonNullable<unknown>, topicSite: NonNullable<unknown> }} Devices_Refusal_Wrong_SiteInputs */
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
/** @typedef {{}} Layout_Nav_AdminInputs */
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
/** @typedef {{ when: NonNullable<unknown>, why: NonNullable<unknown> }} Setup_Dev_Last_RefusalInputs */
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
/** @typedef {{ min: NonNullable<unknown> }} Setup_Imp_Err_At_LeastInputs */
/** @typedef {{ min: NonNullable<unknown> }} Setup_Imp_Err_At_Least_MinutesInputs */
/** @typedef {{ min: NonNullable<unknown> }} Setup_Imp_Err_At_Least_SecondsInputs */
/** @typedef {{ max: NonNullable<unknown> }} Setup_Imp_Err_At_MostInputs */
/** @typedef {{ max: NonNullable<unknown> }} Setup_Imp_Err_At_Most_MinutesInputs */
/** @typedef {{ max: NonNullable<unknown> }} Setup_Imp_Err_At_Most_SecondsInputs */
/** @typedef {{ value: NonNullable<unknown> }} Setup_Imp_Err_Bad_HoursInputs */
/** @typedef {{}} Setup_Imp_Err_Bad_IdInputs */
/** @typedef {{ column: NonNullable<unknown> }} Setup_Imp_Err_Column_Not_Of_KindInputs */
/** @typedef {{ column: NonNullable<unknown> }} Setup_Imp_Err_Column_TwiceInputs */
/** @typedef {{ kinds: NonNullable<unknown> }} Setup_Imp_Err_Columns_AmbiguousInputs */
/** @typedef {{}} Setup_Imp_Err_Columns_Fit_NothingInputs */
/** @typedef {{ day: NonNullable<unknown> }} Setup_Imp_Err_Day_TwiceInputs */
/** @typedef {{ id: NonNullable<unknown>, line: NonNullable<unknown> }} Setup_Imp_Err_Duplicate_IdInputs */
/** @typedef {{}} Setup_Imp_Err_EmptyInputs */
/** @typedef {{}} Setup_Imp_Err_Id_MissingInputs */
/** @typedef {{ kinds: NonNullable<unknown> }} Setup_Imp_Err_Kind_MissingInputs */
/** @typedef {{ value: NonNullable<unknown>, sheet: NonNullable<unknown> }} Setup_Imp_Err_Kind_Not_Of_FileInputs */
/** @typedef {{ columns: NonNullable<unknown> }} Setup_Imp_Err_No_HeaderInputs */
/** @typedef {{}} Setup_Imp_Err_No_Id_ColumnInputs */
/** @typedef {{}} Setup_Imp_Err_Not_Yes_NoInputs */
/** @typedef {{ options: NonNullable<unknown> }} Setup_Imp_Err_One_OfInputs */
/** @typedef {{}} Setup_Imp_Err_Required_NewInputs */
/** @typedef {{}} Setup_Imp_Err_Sensor_ServesInputs */
/** @typedef {{}} Setup_Imp_Err_Site_RequiredInputs */
/** @typedef {{}} Setup_Imp_Err_Site_Required_DeviceInputs */
/** @typedef {{}} Setup_Imp_Err_Stray_CellInputs */
/** @typedef {{ max: NonNullable<unknown> }} Setup_Imp_Err_Too_LongInputs */
/** @typedef {{ max: NonNullable<unknown>, length: NonNullable<unknown> }} Setup_Imp_Err_Too_Long_HasInputs */
/** @typedef {{ max: NonNullable<unknown> }} Setup_Imp_Err_Too_Many_IdsInputs */
/** @typedef {{}} Setup_Imp_Err_Unclosed_QuoteInputs */
/** @typedef {{ count: NonNullable<unknown>, site: NonNullable<unknown>, ids: NonNullable<unknown> }} Setup_Imp_Err_Unknown_AssetsInputs */
/** @typedef {{ count: NonNullable<unknown>, site: NonNullable<unknown>, ids: NonNullable<unknown> }} Setup_Imp_Err_Unknown_CheckpointsInputs */
/** @typedef {{ column: NonNullable<unknown>, columns: NonNullable<unknown> }} Setup_Imp_Err_Unknown_ColumnInputs */
/** @typedef {{ value: NonNullable<unknown>, kinds: NonNullable<unknown> }} Setup_Imp_Err_Unknown_Row_KindInputs */
/** @typedef {{ site: NonNullable<unknown> }} Setup_Imp_Err_Unknown_SiteInputs */
/** @typedef {{ zone: NonNullable<unknown>, site: NonNullable<unknown> }} Setup_Imp_Err_Unknown_ZoneInputs */
/** @typedef {{}} Setup_Imp_Err_Whole_MinutesInputs */
/** @typedef {{}} Setup_Imp_Err_Whole_SecondsInputs */
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
/** @typedef {{}} Site_Last_DaysInputs */
/** @typedef {{}} Site_Nothing_OpenInputs */
/** @typedef {{}} Site_Open_DefectsInputs */
/** @typedef {{}} Site_Print_LabelsInputs */
/** @typedef {{}} Site_Print_Labels_TitleInputs */
/** @typedef {{}} Site_Qr_TitleInputs */
/** @typedef {{}} Site_Report_AnotherInputs */
/** @typedef {{}} Site_Report_AssetInputs */
/** @typedef {{}} Site_Report_ChooseInputs */
/** @typedef {{}} Site_Report_Choose_AssetInputs */
/** @typedef {{}} Site_Report_Choose_FaultInputs */
/** @typedef {{ reason: NonNullable<unknown> }} Site_Report_FailedInputs */
/** @typedef {{ site: NonNullable<unknown> }} Site_Report_HeadInputs */
/** @typedef {{}} Site_Report_HereInputs */
/** @typedef {{}} Site_Report_Here_TitleInputs */
/** @typedef {{}} Site_Report_NoteInputs */
/** @typedef {{}} Site_Report_Note_PlaceholderInputs */
/** @typedef {{}} Site_Report_OptionalInputs */
/** @typedef {{}} Site_Report_SendInputs */
/** @typedef {{}} Site_Report_TitleInputs */
/** @typedef {{}} Site_Report_WhatInputs */
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
import * as registry from "../registry.js"


export const account_all_sites = /** @type {(inputs: Account_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle steder`)
};

export const account_contact_save = /** @type {(inputs: Account_Contact_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem kontaktoplysninger`)
};

export const account_contact_taken = /** @type {(inputs: Account_Contact_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En anden konto har denne e-mailadresse.`)
};

export const account_language = /** @type {(inputs: Account_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprog`)
};

export const account_language_browser = /** @type {(inputs: Account_Language_BrowserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Browserens sprog (${i?.language})`)
};

export const account_language_explain = /** @type {(inputs: Account_Language_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dashboardet, dine e-mails og dine beskeder bruger dette sprog. Gæster på et steds QR-side får browserens sprog eller stedets.`)
};

export const account_language_save = /** @type {(inputs: Account_Language_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem sprog`)
};

export const account_language_saved = /** @type {(inputs: Account_Language_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gemt: dashboardet bruger nu ${i?.language}.`)
};

export const account_language_unknown = /** @type {(inputs: Account_Language_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg et af sprogene på listen.`)
};

export const account_login_busy = /** @type {(inputs: Account_Login_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange logins på én gang. Prøv igen om et øjeblik.`)
};

export const account_login_expired = /** @type {(inputs: Account_Login_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din session er udløbet. Log ind igen for at fortsætte.`)
};

export const account_login_locked = /** @type {(inputs: Account_Login_LockedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`For mange forsøg. Prøv igen om ${i?.count} minut.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`For mange forsøg. Prøv igen om ${i?.count} minutter.`);
	return /** @type {LocalizedString} */ ("account_login_locked");
};

export const account_login_missing = /** @type {(inputs: Account_Login_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv dit brugernavn og din adgangskode.`)
};

export const account_login_no_account = /** @type {(inputs: Account_Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen konto? Spørg en administrator af jeres Bulb Check. Det kræver ingen konto at melde et problem med en QR-kode.`)
};

export const account_login_password = /** @type {(inputs: Account_Login_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskode`)
};

export const account_login_paste_token = /** @type {(inputs: Account_Login_Paste_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indsæt et token lavet på siden Tokens.`)
};

export const account_login_screen = /** @type {(inputs: Account_Login_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En vægskærm?`)
};

export const account_login_screen_submit = /** @type {(inputs: Account_Login_Screen_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis vægtavlen`)
};

export const account_login_screen_token = /** @type {(inputs: Account_Login_Screen_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Læsertoken (en administrator laver et under Tokens)`)
};

export const account_login_submit = /** @type {(inputs: Account_Login_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log ind`)
};

export const account_login_tab = /** @type {(inputs: Account_Login_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Log ind`)
};

export const account_login_title = /** @type {(inputs: Account_Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log ind`)
};

export const account_login_token_unknown = /** @type {(inputs: Account_Login_Token_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det token er ukendt eller tilbagekaldt.`)
};

export const account_login_unavailable = /** @type {(inputs: Account_Login_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjenesten svarer ikke. Prøv igen.`)
};

export const account_login_username = /** @type {(inputs: Account_Login_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn`)
};

export const account_login_viewer_only = /** @type {(inputs: Account_Login_Viewer_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brug et systemtoken med rollen læser til en vægskærm.`)
};

export const account_login_wrong = /** @type {(inputs: Account_Login_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forkert brugernavn eller adgangskode.`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skift adgangskode`)
};

export const account_password_again = /** @type {(inputs: Account_Password_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny adgangskode igen`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskoden er skiftet. Dine andre sessioner er logget ud og dine personlige tokens tilbagekaldt.`)
};

export const account_password_current = /** @type {(inputs: Account_Password_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nuværende adgangskode`)
};

export const account_password_differ = /** @type {(inputs: Account_Password_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De to nye adgangskoder er forskellige.`)
};

export const account_password_enter_current = /** @type {(inputs: Account_Password_Enter_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv din nuværende adgangskode.`)
};

export const account_password_explain = /** @type {(inputs: Account_Password_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du forbliver logget ind her; dine andre sessioner afsluttes, og dine personlige tokens tilbagekaldes.`)
};

export const account_password_min = /** @type {(inputs: Account_Password_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(mindst 10 tegn)`)
};

export const account_password_new = /** @type {(inputs: Account_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny adgangskode`)
};

export const account_password_too_long = /** @type {(inputs: Account_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nye adgangskode kan have højst 200 tegn.`)
};

export const account_password_too_short = /** @type {(inputs: Account_Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nye adgangskode skal have mindst 10 tegn.`)
};

export const account_password_wrong = /** @type {(inputs: Account_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nuværende adgangskode er forkert.`)
};

export const account_reach = /** @type {(inputs: Account_ReachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvordan du kan nås`)
};

export const account_reach_explain = /** @type {(inputs: Account_Reach_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Når en fejl tildeles dig, får du besked her i dashboardet, og på e-mail, hvor serveren kan sende den.`)
};

export const account_role = /** @type {(inputs: Account_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rolle`)
};

export const account_saved = /** @type {(inputs: Account_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gemt.`)
};

export const account_sites = /** @type {(inputs: Account_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din konto`)
};

export const account_token_copy = /** @type {(inputs: Account_Token_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiér det nu: det vises ikke igen.`)
};

export const account_token_create = /** @type {(inputs: Account_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret token`)
};

export const account_token_name = /** @type {(inputs: Account_Token_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn på token`)
};

export const account_token_name_missing = /** @type {(inputs: Account_Token_Name_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv tokenet et navn (op til 80 tegn).`)
};

export const account_token_new = /** @type {(inputs: Account_Token_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nyt token »${i?.name}«`)
};

export const account_token_none = /** @type {(inputs: Account_Token_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen tokens endnu.`)
};

export const account_token_placeholder = /** @type {(inputs: Account_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. rapportscript`)
};

export const account_token_revoke = /** @type {(inputs: Account_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald`)
};

export const account_token_revoked = /** @type {(inputs: Account_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokenet er tilbagekaldt: det virker ikke længere.`)
};

export const account_token_revoked_hidden = /** @type {(inputs: Account_Token_Revoked_HiddenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} tilbagekaldt token vises ikke.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} tilbagekaldte tokens vises ikke.`);
	return /** @type {LocalizedString} */ ("account_token_revoked_hidden");
};

export const account_token_times = /** @type {(inputs: Account_Token_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`oprettet ${i?.created} · sidst brugt ${i?.used}`)
};

export const account_token_which = /** @type {(inputs: Account_Token_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket token? Genindlæs siden, og prøv igen.`)
};

export const account_tokens = /** @type {(inputs: Account_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personlige API-tokens`)
};

export const account_tokens_explain = /** @type {(inputs: Account_Tokens_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til scripts og integrationer: et token handler som dig, med din rolle og dine steder. Det vises én gang; pas på det som en adgangskode, og tilbagekald det, når det ikke længere er brug for det.`)
};

export const account_username = /** @type {(inputs: Account_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn`)
};

export const admin_access_all_is = /** @type {(inputs: Admin_Access_All_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} for alle steder, nu og senere: ${i?.does}.`)
};

export const admin_access_all_will = /** @type {(inputs: Admin_Access_All_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} bliver ${i?.role} for alle steder, nu og senere: ${i?.does}.`)
};

export const admin_access_at_is = /** @type {(inputs: Admin_Access_At_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} ved ${i?.sites}: ${i?.does}.`)
};

export const admin_access_at_will = /** @type {(inputs: Admin_Access_At_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} bliver ${i?.role} ved ${i?.sites}: ${i?.does}.`)
};

export const admin_access_none_is = /** @type {(inputs: Admin_Access_None_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} for ingen steder endnu: sæt flueben ved mindst ét, eller vælg alle steder.`)
};

export const admin_access_none_will = /** @type {(inputs: Admin_Access_None_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} bliver ${i?.role} for ingen steder endnu: sæt flueben ved mindst ét, eller vælg alle steder.`)
};

export const admin_access_title = /** @type {(inputs: Admin_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgang`)
};

export const admin_accounts_count = /** @type {(inputs: Admin_Accounts_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} konto`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} konti`);
	return /** @type {LocalizedString} */ ("admin_accounts_count");
};

export const admin_action_asset_delete = /** @type {(inputs: Admin_Action_Asset_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr slettet`)
};

export const admin_action_asset_restore = /** @type {(inputs: Admin_Action_Asset_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr gendannet`)
};

export const admin_action_asset_retire = /** @type {(inputs: Admin_Action_Asset_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr pensioneret`)
};

export const admin_action_asset_revoke_report_key = /** @type {(inputs: Admin_Action_Asset_Revoke_Report_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-koden til udstyr udskiftet`)
};

export const admin_action_asset_update = /** @type {(inputs: Admin_Action_Asset_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr ændret`)
};

export const admin_action_assignment_rule_create = /** @type {(inputs: Admin_Action_Assignment_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregel tilføjet`)
};

export const admin_action_assignment_rule_delete = /** @type {(inputs: Admin_Action_Assignment_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregel slettet`)
};

export const admin_action_channel_create = /** @type {(inputs: Admin_Action_Channel_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal tilføjet`)
};

export const admin_action_channel_delete = /** @type {(inputs: Admin_Action_Channel_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal slettet`)
};

export const admin_action_channel_read_secret = /** @type {(inputs: Admin_Action_Channel_Read_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalens signeringshemmelighed læst`)
};

export const admin_action_channel_rotate_secret = /** @type {(inputs: Admin_Action_Channel_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal fik en ny signeringshemmelighed`)
};

export const admin_action_channel_test = /** @type {(inputs: Admin_Action_Channel_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Testbesked sendt til en kanal`)
};

export const admin_action_channel_update = /** @type {(inputs: Admin_Action_Channel_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal ændret`)
};

export const admin_action_checkpoint_delete = /** @type {(inputs: Admin_Action_Checkpoint_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt slettet`)
};

export const admin_action_checkpoint_restore = /** @type {(inputs: Admin_Action_Checkpoint_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt gendannet`)
};

export const admin_action_checkpoint_retire = /** @type {(inputs: Admin_Action_Checkpoint_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt pensioneret`)
};

export const admin_action_checkpoint_update = /** @type {(inputs: Admin_Action_Checkpoint_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt ændret`)
};

export const admin_action_defect_acknowledge = /** @type {(inputs: Admin_Action_Defect_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl kvitteret`)
};

export const admin_action_defect_assign = /** @type {(inputs: Admin_Action_Defect_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl tildelt`)
};

export const admin_action_defect_comment = /** @type {(inputs: Admin_Action_Defect_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note tilføjet en fejl`)
};

export const admin_action_defect_hold = /** @type {(inputs: Admin_Action_Defect_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl sat på hold`)
};

export const admin_action_defect_photo = /** @type {(inputs: Admin_Action_Defect_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Foto tilføjet en fejl`)
};

export const admin_action_defect_reopen = /** @type {(inputs: Admin_Action_Defect_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl genåbnet`)
};

export const admin_action_defect_report = /** @type {(inputs: Admin_Action_Defect_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl meldt`)
};

export const admin_action_defect_resolve = /** @type {(inputs: Admin_Action_Defect_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl løst`)
};

export const admin_action_delivery_retry = /** @type {(inputs: Admin_Action_Delivery_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikation sendt igen`)
};

export const admin_action_demo_remove = /** @type {(inputs: Admin_Action_Demo_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fjernelse af demoen startet`)
};

export const admin_action_demo_removed = /** @type {(inputs: Admin_Action_Demo_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demoen fjernet`)
};

export const admin_action_device_delete = /** @type {(inputs: Admin_Action_Device_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed slettet`)
};

export const admin_action_device_restore = /** @type {(inputs: Admin_Action_Device_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekaldt enhed gendannet`)
};

export const admin_action_device_retire = /** @type {(inputs: Admin_Action_Device_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed pensioneret`)
};

export const admin_action_device_revoke = /** @type {(inputs: Admin_Action_Device_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed tilbagekaldt`)
};

export const admin_action_device_rotate_secret = /** @type {(inputs: Admin_Action_Device_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed fik en ny hemmelighed`)
};

export const admin_action_device_update = /** @type {(inputs: Admin_Action_Device_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed ændret`)
};

export const admin_action_fleet_import = /** @type {(inputs: Admin_Action_Fleet_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flåde importeret fra fil`)
};

export const admin_action_fleet_provision = /** @type {(inputs: Admin_Action_Fleet_ProvisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flådedokument taget i brug`)
};

export const admin_action_notify_default_attention = /** @type {(inputs: Admin_Action_Notify_Default_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standardnotifikationer oprettet`)
};

export const admin_action_report_subscribe = /** @type {(inputs: Admin_Action_Report_SubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport oprettet`)
};

export const admin_action_report_unsubscribe = /** @type {(inputs: Admin_Action_Report_UnsubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport stoppet`)
};

export const admin_action_report_update = /** @type {(inputs: Admin_Action_Report_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport ændret`)
};

export const admin_action_rule_create = /** @type {(inputs: Admin_Action_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikationsregel tilføjet`)
};

export const admin_action_rule_delete = /** @type {(inputs: Admin_Action_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikationsregel slettet`)
};

export const admin_action_rule_update = /** @type {(inputs: Admin_Action_Rule_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikationsregel ændret`)
};

export const admin_action_session_lockout = /** @type {(inputs: Admin_Action_Session_LockoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Låst ude efter mislykkede logins`)
};

export const admin_action_session_sign_in = /** @type {(inputs: Admin_Action_Session_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logget ind`)
};

export const admin_action_session_sign_out = /** @type {(inputs: Admin_Action_Session_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logget ud`)
};

export const admin_action_site_delete = /** @type {(inputs: Admin_Action_Site_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted slettet`)
};

export const admin_action_site_restore = /** @type {(inputs: Admin_Action_Site_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted gendannet`)
};

export const admin_action_site_retire = /** @type {(inputs: Admin_Action_Site_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted pensioneret`)
};

export const admin_action_site_update = /** @type {(inputs: Admin_Action_Site_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted ændret`)
};

export const admin_action_token_create = /** @type {(inputs: Admin_Action_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøgle oprettet`)
};

export const admin_action_token_revoke = /** @type {(inputs: Admin_Action_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøgle tilbagekaldt`)
};

export const admin_action_user_change_password = /** @type {(inputs: Admin_Action_User_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskode ændret`)
};

export const admin_action_user_contact = /** @type {(inputs: Admin_Action_User_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontaktoplysninger ændret`)
};

export const admin_action_user_create = /** @type {(inputs: Admin_Action_User_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruger tilføjet`)
};

export const admin_action_user_disable = /** @type {(inputs: Admin_Action_User_DisableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruger deaktiveret`)
};

export const admin_action_user_language = /** @type {(inputs: Admin_Action_User_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprog ændret`)
};

export const admin_action_user_unlock = /** @type {(inputs: Admin_Action_User_UnlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruger låst op`)
};

export const admin_action_user_update = /** @type {(inputs: Admin_Action_User_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruger ændret`)
};

export const admin_action_zone_delete = /** @type {(inputs: Admin_Action_Zone_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone slettet`)
};

export const admin_action_zone_restore = /** @type {(inputs: Admin_Action_Zone_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone gendannet`)
};

export const admin_action_zone_retire = /** @type {(inputs: Admin_Action_Zone_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone pensioneret`)
};

export const admin_action_zone_update = /** @type {(inputs: Admin_Action_Zone_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone ændret`)
};

export const admin_actor_api = /** @type {(inputs: Admin_Actor_ApiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API'et, uden en logget ind person`)
};

export const admin_actor_environment = /** @type {(inputs: Admin_Actor_EnvironmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratornøglen fra BULBCHECK_ADMIN_TOKEN`)
};

export const admin_actor_generated = /** @type {(inputs: Admin_Actor_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratornøglen lavet ved første start`)
};

export const admin_actor_system = /** @type {(inputs: Admin_Actor_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check selv`)
};

export const admin_addresses = /** @type {(inputs: Admin_AddressesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresser (komma eller mellemrum imellem)`)
};

export const admin_admins_own = /** @type {(inputs: Admin_Admins_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratorernes`)
};

export const admin_admins_see_all = /** @type {(inputs: Admin_Admins_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administratorer ser altid alle steder.`)
};

export const admin_all = /** @type {(inputs: Admin_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle`)
};

export const admin_all_sites = /** @type {(inputs: Admin_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle steder`)
};

export const admin_at_hour = /** @type {(inputs: Admin_At_HourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} ${i?.zone}`)
};

export const admin_audit_intro = /** @type {(inputs: Admin_Audit_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver ændring foretaget gennem API'et: opsætning, kvitteringer, løsninger, enheder, brugere og nøgler. Tider i UTC.`)
};

export const admin_audit_title = /** @type {(inputs: Admin_Audit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisionslog`)
};

export const admin_back_office = /** @type {(inputs: Admin_Back_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bagvedliggende`)
};

export const admin_channel_changed = /** @type {(inputs: Admin_Channel_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen er ændret.`)
};

export const admin_channel_created = /** @type {(inputs: Admin_Channel_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kanalen »${i?.name}« er oprettet.`)
};

export const admin_channel_deleted = /** @type {(inputs: Admin_Channel_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen er slettet.`)
};

export const admin_channel_n = /** @type {(inputs: Admin_Channel_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kanal ${i?.id}`)
};

export const admin_channel_placeholder = /** @type {(inputs: Admin_Channel_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. nattevagter i Oslo`)
};

export const admin_channels_title = /** @type {(inputs: Admin_Channels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanaler`)
};

export const admin_choose_kind = /** @type {(inputs: Admin_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg en type.`)
};

export const admin_choose_role = /** @type {(inputs: Admin_Choose_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg en rolle.`)
};

export const admin_col_attempts = /** @type {(inputs: Admin_Col_AttemptsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forsøg`)
};

export const admin_col_channel = /** @type {(inputs: Admin_Col_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal`)
};

export const admin_col_contact = /** @type {(inputs: Admin_Col_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt`)
};

export const admin_col_detail = /** @type {(inputs: Admin_Col_DetailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detaljer`)
};

export const admin_col_kind = /** @type {(inputs: Admin_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const admin_col_last_answer = /** @type {(inputs: Admin_Col_Last_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seneste svar`)
};

export const admin_col_last_sent = /** @type {(inputs: Admin_Col_Last_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sidst sendt`)
};

export const admin_col_last_sign_in = /** @type {(inputs: Admin_Col_Last_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seneste login`)
};

export const admin_col_last_used = /** @type {(inputs: Admin_Col_Last_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sidst brugt`)
};

export const admin_col_levels = /** @type {(inputs: Admin_Col_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niveauer`)
};

export const admin_col_name = /** @type {(inputs: Admin_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const admin_col_on = /** @type {(inputs: Admin_Col_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gælder`)
};

export const admin_col_owner = /** @type {(inputs: Admin_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ejer`)
};

export const admin_col_quiet = /** @type {(inputs: Admin_Col_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stille timer`)
};

export const admin_col_role = /** @type {(inputs: Admin_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rolle`)
};

export const admin_col_rule = /** @type {(inputs: Admin_Col_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel`)
};

export const admin_col_sends_to = /** @type {(inputs: Admin_Col_Sends_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sender til`)
};

export const admin_col_site = /** @type {(inputs: Admin_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const admin_col_sites = /** @type {(inputs: Admin_Col_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const admin_col_state = /** @type {(inputs: Admin_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const admin_col_takes = /** @type {(inputs: Admin_Col_TakesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tager`)
};

export const admin_col_to = /** @type {(inputs: Admin_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const admin_col_username = /** @type {(inputs: Admin_Col_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn`)
};

export const admin_col_what = /** @type {(inputs: Admin_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad`)
};

export const admin_col_when = /** @type {(inputs: Admin_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvornår`)
};

export const admin_col_who = /** @type {(inputs: Admin_Col_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem`)
};

export const admin_contact_intro = /** @type {(inputs: Admin_Contact_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hvor ${i?.name} får besked om det, der tildeles dem. Tomt fjerner det.`)
};

export const admin_contact_title = /** @type {(inputs: Admin_Contact_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail og telefon`)
};

export const admin_copied = /** @type {(inputs: Admin_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopieret`)
};

export const admin_copy = /** @type {(inputs: Admin_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiér`)
};

export const admin_copy_not_allowed = /** @type {(inputs: Admin_Copy_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiering er ikke tilladt her: teksten er markeret, kopiér den med tastaturet.`)
};

export const admin_create_channel = /** @type {(inputs: Admin_Create_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret kanal`)
};

export const admin_create_rule = /** @type {(inputs: Admin_Create_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret regel`)
};

export const admin_create_token = /** @type {(inputs: Admin_Create_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret nøgle`)
};

export const admin_create_user = /** @type {(inputs: Admin_Create_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret bruger`)
};

export const admin_created = /** @type {(inputs: Admin_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oprettet`)
};

export const admin_customer_visible = /** @type {(inputs: Admin_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`synlig for kunder`)
};

export const admin_delete = /** @type {(inputs: Admin_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet`)
};

export const admin_delete_channel = /** @type {(inputs: Admin_Delete_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet kanal`)
};

export const admin_delete_channel_explain = /** @type {(inputs: Admin_Delete_Channel_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveringsloggen forsvinder også. En kanal, som en regel eller rapport bruger, kan ikke slettes.`)
};

export const admin_deliveries_intro = /** @type {(inputs: Admin_Deliveries_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver besked, nyeste først; tider i UTC. Mislykkede forsøges igen med stadig længere pauser i et døgn; en usikker blev afbrudt midt i afsendelsen til et chatrum, som ikke kan se bort fra en gentagelse, så den venter på dig.`)
};

export const admin_delivery_log = /** @type {(inputs: Admin_Delivery_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveringslog`)
};

export const admin_delivery_retried = /** @type {(inputs: Admin_Delivery_RetriedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Levering ${i?.id}: ${i?.state}.`)
};

export const admin_disable = /** @type {(inputs: Admin_DisableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deaktiver ${i?.username}`)
};

export const admin_disable_explain = /** @type {(inputs: Admin_Disable_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} logges ud med det samme og kan ikke logge ind; de personlige nøgler tilbagekaldes for altid. Du kan aktivere kontoen igen: så logger de ind på ny og laver nye nøgler.`)
};

export const admin_disable_summary = /** @type {(inputs: Admin_Disable_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deaktiver denne konto …`)
};

export const admin_disabled_done = /** @type {(inputs: Admin_Disabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deaktiveret: de er logget ud, deres personlige nøgler er tilbagekaldt, og de kan ikke logge ind.`)
};

export const admin_disabled_since = /** @type {(inputs: Admin_Disabled_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`deaktiveret siden ${i?.when}`)
};

export const admin_display_name = /** @type {(inputs: Admin_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnavn`)
};

export const admin_display_name_wrong = /** @type {(inputs: Admin_Display_Name_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnavnet er 1 til 80 tegn.`)
};

export const admin_does_admin = /** @type {(inputs: Admin_Does_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gør alt, også anlæg, personer og nøgler`)
};

export const admin_does_manager_many = /** @type {(inputs: Admin_Does_Manager_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og fejl, melder, kvitterer og løser dem, og passer deres enheder, QR-koder og notifikationer`)
};

export const admin_does_manager_one = /** @type {(inputs: Admin_Does_Manager_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og fejl, melder, kvitterer og løser dem, og passer dens enheder, QR-koder og notifikationer`)
};

export const admin_does_staff_many = /** @type {(inputs: Admin_Does_Staff_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og fejl, melder, kvitterer og løser dem`)
};

export const admin_does_staff_one = /** @type {(inputs: Admin_Does_Staff_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og fejl, melder, kvitterer og løser dem`)
};

export const admin_does_viewer_many = /** @type {(inputs: Admin_Does_Viewer_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og fejl`)
};

export const admin_does_viewer_one = /** @type {(inputs: Admin_Does_Viewer_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og fejl`)
};

export const admin_eg = /** @type {(inputs: Admin_EgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`f.eks. ${i?.example}`)
};

export const admin_email = /** @type {(inputs: Admin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const admin_email_optional = /** @type {(inputs: Admin_Email_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfrit: får besked om det, der tildeles dem)`)
};

export const admin_email_wrong = /** @type {(inputs: Admin_Email_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv en e-mailadresse som kari@example.com, eller lad feltet stå tomt.`)
};

export const admin_enable = /** @type {(inputs: Admin_EnableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktiver ${i?.username}`)
};

export const admin_enabled_done = /** @type {(inputs: Admin_Enabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiveret: de kan logge ind igen.`)
};

export const admin_every_defect = /** @type {(inputs: Admin_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle fejl`)
};

export const admin_every_site = /** @type {(inputs: Admin_Every_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle steder`)
};

export const admin_every_site_option = /** @type {(inputs: Admin_Every_Site_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const admin_from_sources = /** @type {(inputs: Admin_From_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fra ${i?.sources}`)
};

export const admin_give_address = /** @type {(inputs: Admin_Give_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angiv mindst én e-mailadresse.`)
};

export const admin_give_url = /** @type {(inputs: Admin_Give_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angiv webhookens URL.`)
};

export const admin_held_from = /** @type {(inputs: Admin_Held_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbageholdt efter mislykkede login fra:`)
};

export const admin_held_hint = /** @type {(inputs: Admin_Held_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Var det dem, så lås dem op; hvis ikke, gætter nogen på deres adgangskode derfra.`)
};

export const admin_held_intro = /** @type {(inputs: Admin_Held_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange mislykkede login kom herfra, uanset brugernavn: ingen logger ind herfra før det viste tidspunkt.`)
};

export const admin_held_line = /** @type {(inputs: Admin_Held_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} mislykket · til ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} mislykkede · til ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_held_line");
};

export const admin_held_title = /** @type {(inputs: Admin_Held_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbageholdte adresser`)
};

export const admin_help_admin = /** @type {(inputs: Admin_Help_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alt, også personer og nøgler`)
};

export const admin_help_manager = /** @type {(inputs: Admin_Help_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`også enheder og QR-koder`)
};

export const admin_help_staff = /** @type {(inputs: Admin_Help_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`melder, kvitterer og løser også`)
};

export const admin_help_viewer = /** @type {(inputs: Admin_Help_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser tavler og fejl`)
};

export const admin_hint_chat = /** @type {(inputs: Admin_Hint_ChatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indsæt URL'en til indgående webhook, som rummet gav dig: den er rummets nøgle og vises kun for administratorer.`)
};

export const admin_hint_email = /** @type {(inputs: Admin_Hint_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendes gennem SMTP-serveren i indstillingerne.`)
};

export const admin_hint_webhook = /** @type {(inputs: Admin_Hint_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver forespørgsel signeres med en hemmelighed, der vises én gang efter oprettelsen (dokumentation: notifications).`)
};

export const admin_initial_password = /** @type {(inputs: Admin_Initial_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Første adgangskode`)
};

export const admin_it_said = /** @type {(inputs: Admin_It_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`den svarede: »${i?.answer}«`)
};

export const admin_kind_email = /** @type {(inputs: Admin_Kind_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const admin_kind_in_app = /** @type {(inputs: Admin_Kind_In_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeder i appen`)
};

export const admin_kind_webhook = /** @type {(inputs: Admin_Kind_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook (signeret JSON)`)
};

export const admin_level_line = /** @type {(inputs: Admin_Level_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`efter ${i?.minutes} min:`)
};

export const admin_level_minutes = /** @type {(inputs: Admin_Level_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau ${i?.level}: minutterne skal være 0 eller flere.`)
};

export const admin_level_n = /** @type {(inputs: Admin_Level_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau ${i?.level}`)
};

export const admin_list_and = /** @type {(inputs: Admin_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} og ${i?.last}`)
};

export const admin_locked_from = /** @type {(inputs: Admin_Locked_FromInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`låst ude fra ${i?.count} adresse til ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`låst ude fra ${i?.count} adresser til ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_locked_from");
};

export const admin_locked_intro = /** @type {(inputs: Admin_Locked_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange mislykkede login med disse brugernavne: de kan ikke logge ind derfra før det viste tidspunkt. Var det dem, så lås dem op; hvis ikke, gætter nogen på deres adgangskode.`)
};

export const admin_locked_title = /** @type {(inputs: Admin_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Låst ude`)
};

export const admin_name_channel = /** @type {(inputs: Admin_Name_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv kanalen et navn.`)
};

export const admin_name_report = /** @type {(inputs: Admin_Name_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv rapporten et navn.`)
};

export const admin_name_role_sites = /** @type {(inputs: Admin_Name_Role_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn, rolle og steder`)
};

export const admin_name_rule = /** @type {(inputs: Admin_Name_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv reglen et navn.`)
};

export const admin_name_the_token = /** @type {(inputs: Admin_Name_The_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv nøglen et navn (op til 80 tegn).`)
};

export const admin_never = /** @type {(inputs: Admin_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const admin_new_channel = /** @type {(inputs: Admin_New_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kanal`)
};

export const admin_new_password = /** @type {(inputs: Admin_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny adgangskode`)
};

export const admin_new_rule = /** @type {(inputs: Admin_New_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const admin_new_system_token = /** @type {(inputs: Admin_New_System_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny systemnøgle`)
};

export const admin_new_token_label = /** @type {(inputs: Admin_New_Token_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny nøgle »${i?.name}«`)
};

export const admin_new_token_warning = /** @type {(inputs: Admin_New_Token_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiér den nu og giv den videre på en sikker måde: den vises ikke igen.`)
};

export const admin_new_user = /** @type {(inputs: Admin_New_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny bruger`)
};

export const admin_new_user_who = /** @type {(inputs: Admin_New_User_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nye bruger`)
};

export const admin_next_attempt = /** @type {(inputs: Admin_Next_AttemptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`næste ${i?.when}`)
};

export const admin_no_channels = /** @type {(inputs: Admin_No_ChannelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen kanaler endnu.`)
};

export const admin_no_channels_manager = /** @type {(inputs: Admin_No_Channels_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen kanaler endnu: en administrator opretter dem.`)
};

export const admin_no_reports = /** @type {(inputs: Admin_No_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen får den daglige rapport endnu.`)
};

export const admin_no_rules = /** @type {(inputs: Admin_No_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen regler: ingen får besked om nye fejl.`)
};

export const admin_no_such_user = /** @type {(inputs: Admin_No_Such_UserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes ingen sådan bruger: ingen konto har id ${i?.id}. Vælg en fra listen over brugere.`)
};

export const admin_no_tokens = /** @type {(inputs: Admin_No_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen nøgler.`)
};

export const admin_none = /** @type {(inputs: Admin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const admin_not_held = /** @type {(inputs: Admin_Not_HeldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke tilbageholdt: ingen mislykkede login over grænsen.`)
};

export const admin_nothing_sent = /** @type {(inputs: Admin_Nothing_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet sendt endnu.`)
};

export const admin_nothing_yet = /** @type {(inputs: Admin_Nothing_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet endnu.`)
};

export const admin_notif_intro = /** @type {(inputs: Admin_Notif_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den rette person hører om noget grundlæggende, der svigter, før en kunde gør; en fejl, som ingen kvitterer for, går videre til næste niveau.`)
};

export const admin_notif_manager = /** @type {(inputs: Admin_Notif_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du styrer regler og rapporter for dine steder; administratorer opretter kanaler.`)
};

export const admin_notif_title = /** @type {(inputs: Admin_Notif_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikationer`)
};

export const admin_off = /** @type {(inputs: Admin_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fra`)
};

export const admin_older = /** @type {(inputs: Admin_OlderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ældre ›`)
};

export const admin_on = /** @type {(inputs: Admin_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`til`)
};

export const admin_optional = /** @type {(inputs: Admin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfrit)`)
};

export const admin_owner_system = /** @type {(inputs: Admin_Owner_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const admin_password_help = /** @type {(inputs: Admin_Password_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 tegn eller flere; fortæl dem den privat`)
};

export const admin_password_set = /** @type {(inputs: Admin_Password_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskoden er sat. Deres sessioner og personlige nøgler er afsluttet; fortæl dem den nye adgangskode privat.`)
};

export const admin_password_wrong = /** @type {(inputs: Admin_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskode: 10 til 200 tegn.`)
};

export const admin_phone = /** @type {(inputs: Admin_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const admin_phone_wrong = /** @type {(inputs: Admin_Phone_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv et telefonnummer som +47 912 34 567, eller lad feltet stå tomt.`)
};

export const admin_picker_all = /** @type {(inputs: Admin_Picker_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const admin_picker_none = /** @type {(inputs: Admin_Picker_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder endnu.`)
};

export const admin_picker_sites = /** @type {(inputs: Admin_Picker_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const admin_picker_some = /** @type {(inputs: Admin_Picker_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun disse steder:`)
};

export const admin_quiet_both = /** @type {(inputs: Admin_Quiet_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stille timer kræver både start og slut.`)
};

export const admin_quiet_not = /** @type {(inputs: Admin_Quiet_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(ikke ${i?.severities})`)
};

export const admin_report_ended = /** @type {(inputs: Admin_Report_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den daglige rapport er stoppet.`)
};

export const admin_report_hour = /** @type {(inputs: Admin_Report_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klokken (lokal time)`)
};

export const admin_report_placeholder = /** @type {(inputs: Admin_Report_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. Oslo-morgener`)
};

export const admin_report_set_up = /** @type {(inputs: Admin_Report_Set_UpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport »${i?.name}« er sat op.`)
};

export const admin_report_sites_admin = /** @type {(inputs: Admin_Report_Sites_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder (ingen valgt: alle steder, i én rapport)`)
};

export const admin_report_sites_manager = /** @type {(inputs: Admin_Report_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder (én rapport for de valgte)`)
};

export const admin_reports_intro_before = /** @type {(inputs: Admin_Reports_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver morgen: hvad der svigtede i går, hvad der stadig er åbent og hvor længe, forsinkede eftersyn, hvem der opdagede fejlene først. Også på`)
};

export const admin_reports_page_link = /** @type {(inputs: Admin_Reports_Page_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`siden med den daglige rapport`)
};

export const admin_reports_title = /** @type {(inputs: Admin_Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport`)
};

export const admin_reset_password = /** @type {(inputs: Admin_Reset_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nulstil adgangskode`)
};

export const admin_revoke = /** @type {(inputs: Admin_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald`)
};

export const admin_revoked_at = /** @type {(inputs: Admin_Revoked_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tilbagekaldt ${i?.when}`)
};

export const admin_rf_after = /** @type {(inputs: Admin_Rf_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`efter`)
};

export const admin_rf_category = /** @type {(inputs: Admin_Rf_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const admin_rf_customers_see = /** @type {(inputs: Admin_Rf_Customers_SeeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kunder ser det`)
};

export const admin_rf_either = /** @type {(inputs: Admin_Rf_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`begge dele`)
};

export const admin_rf_found_by = /** @type {(inputs: Admin_Rf_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet af`)
};

export const admin_rf_from = /** @type {(inputs: Admin_Rf_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fra`)
};

export const admin_rf_level = /** @type {(inputs: Admin_Rf_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau ${i?.level}`)
};

export const admin_rf_level_optional = /** @type {(inputs: Admin_Rf_Level_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau ${i?.level} (valgfrit)`)
};

export const admin_rf_min_no_ack = /** @type {(inputs: Admin_Rf_Min_No_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min uden kvittering`)
};

export const admin_rf_min_opening = /** @type {(inputs: Admin_Rf_Min_OpeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min fra åbning`)
};

export const admin_rf_no = /** @type {(inputs: Admin_Rf_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nej`)
};

export const admin_rf_quiet = /** @type {(inputs: Admin_Rf_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stille timer (stedets tid; lad stå tomt for ingen)`)
};

export const admin_rf_regional = /** @type {(inputs: Admin_Rf_RegionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regionsleder`)
};

export const admin_rf_severity = /** @type {(inputs: Admin_Rf_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighed (ingen valgt: alle)`)
};

export const admin_rf_site_manager = /** @type {(inputs: Admin_Rf_Site_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedsleder`)
};

export const admin_rf_staff = /** @type {(inputs: Admin_Rf_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medarbejdere`)
};

export const admin_rf_still_send = /** @type {(inputs: Admin_Rf_Still_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`send alligevel:`)
};

export const admin_rf_to = /** @type {(inputs: Admin_Rf_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`til`)
};

export const admin_rf_who = /** @type {(inputs: Admin_Rf_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem`)
};

export const admin_rf_yes = /** @type {(inputs: Admin_Rf_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ja`)
};

export const admin_rule_changed = /** @type {(inputs: Admin_Rule_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reglen er ændret.`)
};

export const admin_rule_created = /** @type {(inputs: Admin_Rule_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reglen »${i?.name}« er oprettet.`)
};

export const admin_rule_deleted = /** @type {(inputs: Admin_Rule_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reglen er slettet.`)
};

export const admin_rule_for = /** @type {(inputs: Admin_Rule_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`For ${i?.site}. Igangværende eskaleringer følger de ændrede niveauer fra næste trin.`)
};

export const admin_rule_head = /** @type {(inputs: Admin_Rule_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regel ${i?.name}`)
};

export const admin_rule_off = /** @type {(inputs: Admin_Rule_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(fra)`)
};

export const admin_rule_on = /** @type {(inputs: Admin_Rule_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const admin_rule_placeholder = /** @type {(inputs: Admin_Rule_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. lys om natten`)
};

export const admin_rule_title = /** @type {(inputs: Admin_Rule_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regel »${i?.name}«`)
};

export const admin_rules_intro = /** @type {(inputs: Admin_Rules_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En regel tager de fejl, der består alle dens filtre. Niveau 1 hører først; hvert næste niveau efter dets minutter, hvis ingen har kvitteret. Stille timer holder et trin tilbage, til de slutter, i stedets tidszone.`)
};

export const admin_rules_title = /** @type {(inputs: Admin_Rules_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regler og eskalering`)
};

export const admin_save = /** @type {(inputs: Admin_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem`)
};

export const admin_save_contact = /** @type {(inputs: Admin_Save_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem kontaktoplysninger`)
};

export const admin_save_rule = /** @type {(inputs: Admin_Save_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem regel`)
};

export const admin_saved = /** @type {(inputs: Admin_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gemt.`)
};

export const admin_secret_label = /** @type {(inputs: Admin_Secret_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signeringshemmelighed for »${i?.name}«`)
};

export const admin_secret_warning = /** @type {(inputs: Admin_Secret_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv den til den, der driver modtageren: den bekræfter headeren X-BulbCheck-Signature. Administratorer kan læse den igen senere.`)
};

export const admin_send_again = /** @type {(inputs: Admin_Send_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send igen`)
};

export const admin_send_report = /** @type {(inputs: Admin_Send_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send den daglige rapport`)
};

export const admin_send_test = /** @type {(inputs: Admin_Send_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send en test`)
};

export const admin_set_password = /** @type {(inputs: Admin_Set_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt adgangskode`)
};

export const admin_set_up_report = /** @type {(inputs: Admin_Set_Up_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt rapporten op`)
};

export const admin_show = /** @type {(inputs: Admin_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const admin_show_revoked = /** @type {(inputs: Admin_Show_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis tilbagekaldte nøgler`)
};

export const admin_sign_in_title = /** @type {(inputs: Admin_Sign_In_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Login`)
};

export const admin_signed = /** @type {(inputs: Admin_SignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signeret`)
};

export const admin_state_active = /** @type {(inputs: Admin_State_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aktiv`)
};

export const admin_state_disabled = /** @type {(inputs: Admin_State_DisabledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`deaktiveret ${i?.when}`)
};

export const admin_state_failed = /** @type {(inputs: Admin_State_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mislykkedes`)
};

export const admin_state_pending = /** @type {(inputs: Admin_State_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`venter`)
};

export const admin_state_sending = /** @type {(inputs: Admin_State_SendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sendes`)
};

export const admin_state_sent = /** @type {(inputs: Admin_State_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sendt`)
};

export const admin_state_uncertain = /** @type {(inputs: Admin_State_UncertainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`usikker`)
};

export const admin_stop = /** @type {(inputs: Admin_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop`)
};

export const admin_summary_report = /** @type {(inputs: Admin_Summary_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport for ${i?.day} (${i?.subscription})`)
};

export const admin_summary_step = /** @type {(inputs: Admin_Summary_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau ${i?.level} (${i?.levelName}) af »${i?.rule}«: fejl #${i?.defect}`)
};

export const admin_summary_test = /** @type {(inputs: Admin_Summary_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testbesked til ${i?.channel}`)
};

export const admin_ten_plus = /** @type {(inputs: Admin_Ten_PlusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(10+ tegn)`)
};

export const admin_test_failed = /** @type {(inputs: Admin_Test_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testen til »${i?.name}« mislykkedes: ${i?.reason}. Tjek kanalens adresse, og at modtageren kører, og send en ny test.`)
};

export const admin_test_sent = /** @type {(inputs: Admin_Test_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test sendt til »${i?.name}« (${i?.status}).`)
};

export const admin_this_is_you = /** @type {(inputs: Admin_This_Is_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det er dig: en anden administrator kan deaktivere din konto.`)
};

export const admin_tick_a_site = /** @type {(inputs: Admin_Tick_A_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved mindst ét sted, eller vælg alle steder.`)
};

export const admin_tick_channel = /** @type {(inputs: Admin_Tick_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved mindst én kanal.`)
};

export const admin_tick_first_level = /** @type {(inputs: Admin_Tick_First_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved mindst én kanal for første niveau.`)
};

export const admin_time_zone = /** @type {(inputs: Admin_Time_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszone`)
};

export const admin_token_placeholder = /** @type {(inputs: Admin_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. vægskærm i lobbyen`)
};

export const admin_token_revoked = /** @type {(inputs: Admin_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nøglen er tilbagekaldt: den virker ikke længere.`)
};

export const admin_tokens_intro = /** @type {(inputs: Admin_Tokens_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemnøgler er til kiosker, scripts og integrationer: hver har sin egen rolle og sine egne steder. Personlige nøgler handler som den bruger, der lavede dem (på Konto-siden), og vises her, så de kan tilbagekaldes.`)
};

export const admin_tokens_title = /** @type {(inputs: Admin_Tokens_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøgler`)
};

export const admin_turn_off = /** @type {(inputs: Admin_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slå fra`)
};

export const admin_turn_on = /** @type {(inputs: Admin_Turn_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slå til`)
};

export const admin_unlock = /** @type {(inputs: Admin_UnlockInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lås ${i?.username} op`)
};

export const admin_unlock_nothing = /** @type {(inputs: Admin_Unlock_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Intet holdt ${i?.name} tilbage længere.`)
};

export const admin_unlock_nothing_self = /** @type {(inputs: Admin_Unlock_Nothing_SelfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet var holdt tilbage længere.`)
};

export const admin_unlocked = /** @type {(inputs: Admin_UnlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} er låst op: kan logge ind fra ${i?.addresses} igen.`)
};

export const admin_unlocked_self = /** @type {(inputs: Admin_Unlocked_SelfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Låst op: de kan logge ind fra ${i?.addresses} igen.`)
};

export const admin_user_created = /** @type {(inputs: Admin_User_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugeren er oprettet. Fortæl dem brugernavn og første adgangskode privat.`)
};

export const admin_username_taken = /** @type {(inputs: Admin_Username_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Brugernavnet »${i?.username}« er optaget.`)
};

export const admin_username_wrong = /** @type {(inputs: Admin_Username_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn: 2 til 64 af a-z, 0-9, . _ @ -, der begynder med et bogstav eller et ciffer.`)
};

export const admin_users_intro = /** @type {(inputs: Admin_Users_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.accounts}, ${i?.active} aktive. Åbn en for at ændre rolle, steder eller adgangskode, eller for at deaktivere den.`)
};

export const admin_users_title = /** @type {(inputs: Admin_Users_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugere`)
};

export const admin_utc_time = /** @type {(inputs: Admin_Utc_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} UTC`)
};

export const admin_which_token = /** @type {(inputs: Admin_Which_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nøgle er ikke på listen længere: genindlæs siden og vælg den igen.`)
};

export const age_now = /** @type {(inputs: Age_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nu`)
};

export const board_legend = /** @type {(inputs: Board_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighed`)
};

export const board_live = /** @type {(inputs: Board_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const board_mode_all = /** @type {(inputs: Board_Mode_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const board_mode_rotate = /** @type {(inputs: Board_Mode_RotateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ét sted ad gangen`)
};

export const board_more = /** @type {(inputs: Board_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} mere`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} mere`);
	return /** @type {LocalizedString} */ ("board_more");
};

export const board_new = /** @type {(inputs: Board_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const board_no_sites = /** @type {(inputs: Board_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder endnu.`)
};

export const board_not_live_hint = /** @type {(inputs: Board_Not_Live_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det, skærmen viser, kan være forældet. Den bliver ved med at forsøge at forbinde igen.`)
};

export const board_not_live_since = /** @type {(inputs: Board_Not_Live_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ikke live siden ${i?.time}`)
};

export const board_nothing_open = /** @type {(inputs: Board_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet åbent`)
};

export const board_offline = /** @type {(inputs: Board_OfflineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhed offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheder offline`);
	return /** @type {LocalizedString} */ ("board_offline");
};

export const board_offline_legend = /** @type {(inputs: Board_Offline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`enheder offline`)
};

export const board_open_for = /** @type {(inputs: Board_Open_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`åben ${i?.duration}`)
};

export const board_overdue = /** @type {(inputs: Board_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forfalden`)
};

export const board_reconnecting = /** @type {(inputs: Board_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forbinder igen`)
};

export const board_rest = /** @type {(inputs: Board_RestInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} sted mere`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} steder mere`);
	return /** @type {LocalizedString} */ ("board_rest");
};

export const board_rest_fine = /** @type {(inputs: Board_Rest_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} sted, alt i orden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} steder, alt i orden`);
	return /** @type {LocalizedString} */ ("board_rest_fine");
};

export const board_revoked = /** @type {(inputs: Board_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne skærms adgang er tilbagekaldt: bed en administrator om et nyt link`)
};

export const board_site_of = /** @type {(inputs: Board_Site_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sted ${i?.n} af ${i?.total}`)
};

export const board_sound_blocked = /** @type {(inputs: Board_Sound_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tryk én gang på skærmen for at slå lyd til`)
};

export const board_sound_hint = /** @type {(inputs: Board_Sound_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kort tone, når en ny alvorlig eller kundemeldt fejl kommer ind; kun denne skærm`)
};

export const board_sound_off = /** @type {(inputs: Board_Sound_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyd fra`)
};

export const board_sound_on = /** @type {(inputs: Board_Sound_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyd til`)
};

export const board_title = /** @type {(inputs: Board_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vægtavle`)
};

export const board_turned_red = /** @type {(inputs: Board_Turned_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blev netop rød`)
};

export const category_cleanliness = /** @type {(inputs: Category_CleanlinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rengøring`)
};

export const category_equipment = /** @type {(inputs: Category_EquipmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr`)
};

export const category_lighting = /** @type {(inputs: Category_LightingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Belysning`)
};

export const category_other = /** @type {(inputs: Category_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Andet`)
};

export const category_signage = /** @type {(inputs: Category_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skiltning`)
};

export const category_supplies = /** @type {(inputs: Category_SuppliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forbrugsvarer`)
};

export const category_system = /** @type {(inputs: Category_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

export const defects_acknowledge = /** @type {(inputs: Defects_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittér`)
};

export const defects_actor_first_admin = /** @type {(inputs: Defects_Actor_First_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administratoren`)
};

export const defects_ago = /** @type {(inputs: Defects_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`for ${i?.duration} siden`)
};

export const defects_all_sites = /** @type {(inputs: Defects_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const defects_any = /** @type {(inputs: Defects_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle`)
};

export const defects_anyone = /** @type {(inputs: Defects_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem som helst eller ingen`)
};

export const defects_bulk_assign = /** @type {(inputs: Defects_Bulk_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildel…`)
};

export const defects_bulk_assign_them = /** @type {(inputs: Defects_Bulk_Assign_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildel dem`)
};

export const defects_bulk_assign_to = /** @type {(inputs: Defects_Bulk_Assign_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildel til`)
};

export const defects_bulk_changed = /** @type {(inputs: Defects_Bulk_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} ændret.`)
};

export const defects_bulk_changed_not = /** @type {(inputs: Defects_Bulk_Changed_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} ændret, ${i?.failed} ikke:`)
};

export const defects_bulk_choose = /** @type {(inputs: Defects_Bulk_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg…`)
};

export const defects_bulk_choose_action = /** @type {(inputs: Defects_Bulk_Choose_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvad der skal ske med dem.`)
};

export const defects_bulk_choose_assignee = /** @type {(inputs: Defects_Bulk_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvem der skal gøre dem.`)
};

export const defects_bulk_done = /** @type {(inputs: Defects_Bulk_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Færdig`)
};

export const defects_bulk_done_acknowledge = /** @type {(inputs: Defects_Bulk_Done_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitteret`)
};

export const defects_bulk_done_assign = /** @type {(inputs: Defects_Bulk_Done_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_bulk_done_hold = /** @type {(inputs: Defects_Bulk_Done_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sat på hold`)
};

export const defects_bulk_done_resolve = /** @type {(inputs: Defects_Bulk_Done_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const defects_bulk_hint = /** @type {(inputs: Defects_Bulk_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: sæt flueben ved fejl nedenfor, og vælg så, hvad der skal ske`)
};

export const defects_bulk_hold = /** @type {(inputs: Defects_Bulk_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt på hold…`)
};

export const defects_bulk_hold_them = /** @type {(inputs: Defects_Bulk_Hold_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt dem på hold`)
};

export const defects_bulk_managers_of_site = /** @type {(inputs: Defects_Bulk_Managers_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ledere på stedet`)
};

export const defects_bulk_me = /** @type {(inputs: Defects_Bulk_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mig`)
};

export const defects_bulk_note = /** @type {(inputs: Defects_Bulk_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const defects_bulk_one_site = /** @type {(inputs: Defects_Bulk_One_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg ét sted ovenfor for at tildele til en person.`)
};

export const defects_bulk_people = /** @type {(inputs: Defects_Bulk_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personer`)
};

export const defects_bulk_resolve = /** @type {(inputs: Defects_Bulk_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs…`)
};

export const defects_bulk_resolve_them = /** @type {(inputs: Defects_Bulk_Resolve_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs dem`)
};

export const defects_bulk_say_waiting = /** @type {(inputs: Defects_Bulk_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv, hvad de venter på.`)
};

export const defects_bulk_staff_of_site = /** @type {(inputs: Defects_Bulk_Staff_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medarbejdere på stedet`)
};

export const defects_bulk_teams = /** @type {(inputs: Defects_Bulk_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teams`)
};

export const defects_bulk_teams_each = /** @type {(inputs: Defects_Bulk_Teams_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teams (på hver fejls sted)`)
};

export const defects_bulk_tick_first = /** @type {(inputs: Defects_Bulk_Tick_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt først flueben ved de fejl, der skal ændres.`)
};

export const defects_bulk_ticked = /** @type {(inputs: Defects_Bulk_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`markeret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`markeret`);
	return /** @type {LocalizedString} */ ("defects_bulk_ticked");
};

export const defects_bulk_too_many = /** @type {(inputs: Defects_Bulk_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Højst ${i?.max} fejl ad gangen: sæt færre flueben.`)
};

export const defects_by = /** @type {(inputs: Defects_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`af`)
};

export const defects_cause_label = /** @type {(inputs: Defects_Cause_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad der løste det`)
};

export const defects_cause_not_said = /** @type {(inputs: Defects_Cause_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke oplyst`)
};

export const defects_claim_title = /** @type {(inputs: Defects_Claim_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et navn sendt af ${i?.kind} ${i?.device}, ikke en logget ind person`)
};

export const defects_clear_site = /** @type {(inputs: Defects_Clear_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis alle steder`)
};

export const defects_col_actions = /** @type {(inputs: Defects_Col_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handlinger`)
};

export const defects_col_asset = /** @type {(inputs: Defects_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr`)
};

export const defects_col_fault = /** @type {(inputs: Defects_Col_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const defects_col_found_by = /** @type {(inputs: Defects_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet af`)
};

export const defects_col_open_for = /** @type {(inputs: Defects_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åben i`)
};

export const defects_col_reports = /** @type {(inputs: Defects_Col_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger`)
};

export const defects_col_severity = /** @type {(inputs: Defects_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvor`)
};

export const defects_col_site = /** @type {(inputs: Defects_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const defects_col_status = /** @type {(inputs: Defects_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åben fejl`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åbne fejl`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const defects_crumb_defects = /** @type {(inputs: Defects_Crumb_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fejl`)
};

export const defects_customer_visible = /** @type {(inputs: Defects_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (synlig for kunder)`)
};

export const defects_ev_a_customer = /** @type {(inputs: Defects_Ev_A_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kunde`)
};

export const defects_ev_and = /** @type {(inputs: Defects_Ev_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} og ${i?.last}`)
};

export const defects_ev_api_token = /** @type {(inputs: Defects_Ev_Api_TokenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`API-nøgle ${i?.name}`)
};

export const defects_ev_button = /** @type {(inputs: Defects_Ev_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`knap ${i?.id}`)
};

export const defects_ev_confirmed_by = /** @type {(inputs: Defects_Ev_Confirmed_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekræftet af ${i?.who}`)
};

export const defects_ev_confirmed_short = /** @type {(inputs: Defects_Ev_Confirmed_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekræftet: ${i?.sources}`)
};

export const defects_ev_customer_qr = /** @type {(inputs: Defects_Ev_Customer_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kunde (QR-kode)`)
};

export const defects_ev_round = /** @type {(inputs: Defects_Ev_RoundInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Runden kl. ${i?.time} (${i?.checkpoint}) blev godkendt af ${i?.staff} ${i?.count} minut før`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Runden kl. ${i?.time} (${i?.checkpoint}) blev godkendt af ${i?.staff} ${i?.count} minutter før`);
	return /** @type {LocalizedString} */ ("defects_ev_round");
};

export const defects_ev_sensor = /** @type {(inputs: Defects_Ev_SensorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sensor ${i?.id}`)
};

export const defects_ev_someone = /** @type {(inputs: Defects_Ev_SomeoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nogen`)
};

export const defects_ev_staff_button = /** @type {(inputs: Defects_Ev_Staff_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`medarbejdere på knap ${i?.id}`)
};

export const defects_ev_suspect = /** @type {(inputs: Defects_Ev_SuspectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensor ${i?.device} kan tage fejl: ${i?.who} meldte ${i?.fault}, mens den sagde ok`)
};

export const defects_evp_ch_button = /** @type {(inputs: Defects_Evp_Ch_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knap (MQTT)`)
};

export const defects_evp_ch_dashboard = /** @type {(inputs: Defects_Evp_Ch_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logget ind`)
};

export const defects_evp_ch_qr = /** @type {(inputs: Defects_Evp_Ch_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-kode`)
};

export const defects_evp_ch_sensor = /** @type {(inputs: Defects_Evp_Ch_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const defects_evp_contradicts = /** @type {(inputs: Defects_Evp_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldingen, den modsiger:`)
};

export const defects_evp_defect = /** @type {(inputs: Defects_Evp_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fejl ${i?.id}`)
};

export const defects_evp_not_confirmed = /** @type {(inputs: Defects_Evp_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke bekræftet: én kilde indtil videre. En kanal mere, eller en person mere, der er logget ind, bekræfter det.`)
};

export const defects_evp_ok_at = /** @type {(inputs: Defects_Evp_Ok_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensoren sagde sidst ok ${i?.time}.`)
};

export const defects_evp_reports = /** @type {(inputs: Defects_Evp_ReportsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} melding`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meldinger`);
	return /** @type {LocalizedString} */ ("defects_evp_reports");
};

export const defects_evp_system = /** @type {(inputs: Defects_Evp_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldt af Bulb Check`)
};

export const defects_evp_title = /** @type {(inputs: Defects_Evp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grundlag`)
};

export const defects_filter_assignee = /** @type {(inputs: Defects_Filter_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_filter_category = /** @type {(inputs: Defects_Filter_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_filter_severity = /** @type {(inputs: Defects_Filter_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvor`)
};

export const defects_filter_site = /** @type {(inputs: Defects_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const defects_filter_source = /** @type {(inputs: Defects_Filter_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kilde`)
};

export const defects_filter_status = /** @type {(inputs: Defects_Filter_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_fix_did_not_hold = /** @type {(inputs: Defects_Fix_Did_Not_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løsningen holdt ikke: se`)
};

export const defects_hold_due = /** @type {(inputs: Defects_Hold_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny frist`)
};

export const defects_hold_hint = /** @type {(inputs: Defects_Hold_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. dele bestilt, håndværker på tirsdag`)
};

export const defects_hold_waiting = /** @type {(inputs: Defects_Hold_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Venter på`)
};

export const defects_just_now = /** @type {(inputs: Defects_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lige nu`)
};

export const defects_label_assigned = /** @type {(inputs: Defects_Label_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_label_category = /** @type {(inputs: Defects_Label_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_label_cause = /** @type {(inputs: Defects_Label_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad der løste det`)
};

export const defects_label_due = /** @type {(inputs: Defects_Label_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const defects_label_first_found = /** @type {(inputs: Defects_Label_First_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Først fundet af`)
};

export const defects_label_opened = /** @type {(inputs: Defects_Label_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const defects_label_reports = /** @type {(inputs: Defects_Label_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger`)
};

export const defects_label_resolved = /** @type {(inputs: Defects_Label_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const defects_label_severity = /** @type {(inputs: Defects_Label_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvor`)
};

export const defects_label_status = /** @type {(inputs: Defects_Label_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_label_zone = /** @type {(inputs: Defects_Label_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const defects_me_team = /** @type {(inputs: Defects_Me_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mig og mit team`)
};

export const defects_new = /** @type {(inputs: Defects_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const defects_next_page = /** @type {(inputs: Defects_Next_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Næste side ›`)
};

export const defects_nobody = /** @type {(inputs: Defects_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const defects_nobody_yet = /** @type {(inputs: Defects_Nobody_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen endnu`)
};

export const defects_none_match = /** @type {(inputs: Defects_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen fejl passer til disse filtre.`)
};

export const defects_none_match_site = /** @type {(inputs: Defects_None_Match_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: ingen fejl passer til disse filtre.`)
};

export const defects_number = /** @type {(inputs: Defects_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fejl nr. ${i?.id}`)
};

export const defects_on_asset = /** @type {(inputs: Defects_On_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const defects_on_hold_line = /** @type {(inputs: Defects_On_Hold_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`På hold: ${i?.reason} (frist ${i?.due})`)
};

export const defects_opened_since = /** @type {(inputs: Defects_Opened_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`siden ${i?.time}`)
};

export const defects_optional = /** @type {(inputs: Defects_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfrit)`)
};

export const defects_overdue = /** @type {(inputs: Defects_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`overskredet`)
};

export const defects_photo_added = /** @type {(inputs: Defects_Photo_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billede tilføjet.`)
};

export const defects_photo_choose = /** @type {(inputs: Defects_Photo_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg et billede, eller tag et først.`)
};

export const defects_photo_too_large = /** @type {(inputs: Defects_Photo_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedet er større end 10 MB: tag et mindre.`)
};

export const defects_photo_view_only = /** @type {(inputs: Defects_Photo_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din rolle må kun se. Spørg en administrator, hvis du skal tilføje billeder.`)
};

export const defects_photos_add = /** @type {(inputs: Defects_Photos_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj et billede`)
};

export const defects_photos_by = /** @type {(inputs: Defects_Photos_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Billede fra ${i?.who}`)
};

export const defects_photos_caption = /** @type {(inputs: Defects_Photos_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedtekst (valgfri)`)
};

export const defects_photos_caption_label = /** @type {(inputs: Defects_Photos_Caption_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedtekst`)
};

export const defects_photos_hint = /** @type {(inputs: Defects_Photos_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JPEG, PNG, WebP eller HEIC, op til 10 MB. Position og kameraoplysninger fjernes.`)
};

export const defects_photos_none = /** @type {(inputs: Defects_Photos_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen billeder endnu.`)
};

export const defects_photos_title = /** @type {(inputs: Defects_Photos_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billeder`)
};

export const defects_photos_upload = /** @type {(inputs: Defects_Photos_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upload billede`)
};

export const defects_photos_uploading = /** @type {(inputs: Defects_Photos_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uploader…`)
};

export const defects_reopened_times = /** @type {(inputs: Defects_Reopened_TimesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Genåbnet én gang.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Genåbnet ${i?.count} gange.`);
	return /** @type {LocalizedString} */ ("defects_reopened_times");
};

export const defects_resolve_more = /** @type {(inputs: Defects_Resolve_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs…`)
};

export const defects_search = /** @type {(inputs: Defects_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr eller zone`)
};

export const defects_search_hint = /** @type {(inputs: Defects_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. lobby, lampe`)
};

export const defects_show = /** @type {(inputs: Defects_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const defects_sort = /** @type {(inputs: Defects_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortering`)
};

export const defects_sort_due = /** @type {(inputs: Defects_Sort_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nærmeste frist`)
};

export const defects_sort_newest = /** @type {(inputs: Defects_Sort_NewestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nyeste først`)
};

export const defects_sort_oldest = /** @type {(inputs: Defects_Sort_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ældste først`)
};

export const defects_sort_severity = /** @type {(inputs: Defects_Sort_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvor`)
};

export const defects_source_customer = /** @type {(inputs: Defects_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kunde`)
};

export const defects_source_sensor = /** @type {(inputs: Defects_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const defects_source_staff = /** @type {(inputs: Defects_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medarbejder`)
};

export const defects_source_system = /** @type {(inputs: Defects_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const defects_status_acknowledged = /** @type {(inputs: Defects_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvitteret`)
};

export const defects_status_on_hold = /** @type {(inputs: Defects_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på hold`)
};

export const defects_status_open = /** @type {(inputs: Defects_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åben`)
};

export const defects_status_resolved = /** @type {(inputs: Defects_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`løst`)
};

export const defects_status_unresolved = /** @type {(inputs: Defects_Status_UnresolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uløst`)
};

export const defects_tick_all = /** @type {(inputs: Defects_Tick_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved alle fejl på denne side`)
};

export const defects_tick_one = /** @type {(inputs: Defects_Tick_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved ${i?.fault} på ${i?.asset}`)
};

export const defects_timeline = /** @type {(inputs: Defects_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidslinje`)
};

export const defects_title = /** @type {(inputs: Defects_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const defects_tl_acknowledged = /** @type {(inputs: Defects_Tl_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitteret`)
};

export const defects_tl_assigned = /** @type {(inputs: Defects_Tl_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_tl_assigned_it = /** @type {(inputs: Defects_Tl_Assigned_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tildelte den`)
};

export const defects_tl_comment = /** @type {(inputs: Defects_Tl_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const defects_tl_comment_by = /** @type {(inputs: Defects_Tl_Comment_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const defects_tl_escalated = /** @type {(inputs: Defects_Tl_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskaleret`)
};

export const defects_tl_notified = /** @type {(inputs: Defects_Tl_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Underrettet`)
};

export const defects_tl_on_hold = /** @type {(inputs: Defects_Tl_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sat på hold`)
};

export const defects_tl_opened = /** @type {(inputs: Defects_Tl_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const defects_tl_photo = /** @type {(inputs: Defects_Tl_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billede`)
};

export const defects_tl_reopened = /** @type {(inputs: Defects_Tl_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genåbnet`)
};

export const defects_tl_report = /** @type {(inputs: Defects_Tl_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldt`)
};

export const defects_tl_resolved = /** @type {(inputs: Defects_Tl_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const defects_tl_to = /** @type {(inputs: Defects_Tl_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` til ${i?.name}`)
};

export const defects_tl_unassigned = /** @type {(inputs: Defects_Tl_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildeling fjernet`)
};

export const defects_tl_undone = /** @type {(inputs: Defects_Tl_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løsning fortrudt`)
};

export const defects_via = /** @type {(inputs: Defects_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.kind} ${i?.device}`)
};

export const defects_view_only = /** @type {(inputs: Defects_View_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kun visning: din rolle (${i?.role}) må ikke kvittere eller løse.`)
};

export const defects_view_only_work = /** @type {(inputs: Defects_View_Only_WorkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kun visning: din rolle (${i?.role}) må ikke arbejde på fejl.`)
};

export const devices_admin_restores = /** @type {(inputs: Devices_Admin_RestoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun en administrator kan genoprette en tilbagekaldt enhed.`)
};

export const devices_all_sites = /** @type {(inputs: Devices_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle mine steder`)
};

export const devices_col_battery = /** @type {(inputs: Devices_Col_BatteryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batteri`)
};

export const devices_col_device = /** @type {(inputs: Devices_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed`)
};

export const devices_col_kind = /** @type {(inputs: Devices_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const devices_col_last_seen = /** @type {(inputs: Devices_Col_Last_SeenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sidst set`)
};

export const devices_col_messages = /** @type {(inputs: Devices_Col_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeder`)
};

export const devices_col_payload = /** @type {(inputs: Devices_Col_PayloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indhold`)
};

export const devices_col_reason = /** @type {(inputs: Devices_Col_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Årsag`)
};

export const devices_col_refused = /** @type {(inputs: Devices_Col_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afvist`)
};

export const devices_col_site = /** @type {(inputs: Devices_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const devices_col_state = /** @type {(inputs: Devices_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const devices_col_when = /** @type {(inputs: Devices_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvornår`)
};

export const devices_col_wrong = /** @type {(inputs: Devices_Col_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad der var galt`)
};

export const devices_count = /** @type {(inputs: Devices_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhed`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheder`);
	return /** @type {LocalizedString} */ ("devices_count");
};

export const devices_detail_line = /** @type {(inputs: Devices_Detail_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} på ${i?.site}`)
};

export const devices_filter_site = /** @type {(inputs: Devices_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const devices_filter_state = /** @type {(inputs: Devices_Filter_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const devices_kind_button = /** @type {(inputs: Devices_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`knap`)
};

export const devices_kind_sensor = /** @type {(inputs: Devices_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const devices_low_battery_count = /** @type {(inputs: Devices_Low_Battery_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med lavt batteri`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med lavt batteri`);
	return /** @type {LocalizedString} */ ("devices_low_battery_count");
};

export const devices_manage_hint = /** @type {(inputs: Devices_Manage_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åbn en enhed for at skifte dens hemmelighed eller tilbagekalde den`)
};

export const devices_managers_only = /** @type {(inputs: Devices_Managers_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun ledere og administratorer passer enheder.`)
};

export const devices_new_secret = /** @type {(inputs: Devices_New_SecretInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny hemmelighed til ${i?.device}`)
};

export const devices_no_refused = /** @type {(inputs: Devices_No_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen afviste beskeder.`)
};

export const devices_offline_count = /** @type {(inputs: Devices_Offline_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	return /** @type {LocalizedString} */ ("devices_offline_count");
};

export const devices_refusal_asset_retired = /** @type {(inputs: Devices_Refusal_Asset_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} på ${i?.site} er pensioneret: gendan det under Opsætning, eller sæt enheden op til andet udstyr.`)
};

export const devices_refusal_bad_device = /** @type {(inputs: Devices_Refusal_Bad_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheds-id'et i emnet er ikke gyldigt.`)
};

export const devices_refusal_bad_field = /** @type {(inputs: Devices_Refusal_Bad_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feltet ${i?.field} har en værdi, der ikke er tilladt.`)
};

export const devices_refusal_bad_json = /** @type {(inputs: Devices_Refusal_Bad_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeden er ikke gyldig JSON.`)
};

export const devices_refusal_bad_site = /** @type {(inputs: Devices_Refusal_Bad_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steds-id'et i emnet er ikke gyldigt.`)
};

export const devices_refusal_bad_status = /** @type {(inputs: Devices_Refusal_Bad_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En statusbesked skal sige online eller offline.`)
};

export const devices_refusal_bad_topic = /** @type {(inputs: Devices_Refusal_Bad_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emnet er ikke et enhedsemne (bulbcheck/v1/sted/enhed/type).`)
};

export const devices_refusal_bad_utf8 = /** @type {(inputs: Devices_Refusal_Bad_Utf8Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeden er ikke gyldig UTF-8-tekst.`)
};

export const devices_refusal_health_not_provisioned = /** @type {(inputs: Devices_Refusal_Health_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke sende helbred om ${i?.asset}: der findes intet sådant udstyr i en zone på stedet.`)
};

export const devices_refusal_health_not_watched = /** @type {(inputs: Devices_Refusal_Health_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke sende helbred om ${i?.asset}: det er ikke blandt det, enheden overvåger eller betjener.`)
};

export const devices_refusal_missing_field = /** @type {(inputs: Devices_Refusal_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feltet ${i?.field} mangler.`)
};

export const devices_refusal_no_checkpoint = /** @type {(inputs: Devices_Refusal_No_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke tjekke ind ved ${i?.checkpoint}: stedet har intet sådant kontrolpunkt.`)
};

export const devices_refusal_not_object = /** @type {(inputs: Devices_Refusal_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeden skal være et JSON-objekt.`)
};

export const devices_refusal_not_served = /** @type {(inputs: Devices_Refusal_Not_ServedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke tjekke ind ved ${i?.checkpoint}: det er ikke blandt de kontrolpunkter, knappen betjener.`)
};

export const devices_refusal_resolve_not_provisioned = /** @type {(inputs: Devices_Refusal_Resolve_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke løse ${i?.asset}: der findes intet sådant udstyr i en zone på stedet.`)
};

export const devices_refusal_resolve_not_watched = /** @type {(inputs: Devices_Refusal_Resolve_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} må ikke løse ${i?.asset}: det er ikke blandt det, enheden overvåger eller betjener.`)
};

export const devices_refusal_retired = /** @type {(inputs: Devices_Refusal_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er pensioneret: gendan den under Opsætning for at modtage dens beskeder igen.`)
};

export const devices_refusal_revoked = /** @type {(inputs: Devices_Refusal_RevokedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er tilbagekaldt: en administrator kan gendanne den.`)
};

export const devices_refusal_sensor_checkin = /** @type {(inputs: Devices_Refusal_Sensor_CheckinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er en sensor: tjek-ind sker på en knap, ved et kontrolpunkt den betjener.`)
};

export const devices_refusal_too_large = /** @type {(inputs: Devices_Refusal_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beskeden er på ${i?.size} byte; højst ${i?.limit} modtages.`)
};

export const devices_refusal_unknown_device = /** @type {(inputs: Devices_Refusal_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes ingen enhed ${i?.device}.`)
};

export const devices_refusal_unknown_kind = /** @type {(inputs: Devices_Refusal_Unknown_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emnet slutter med en beskedtype, der ikke findes.`)
};

export const devices_refusal_unplaced_limit = /** @type {(inputs: Devices_Refusal_Unplaced_LimitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} er ikke sat op på ${i?.site}, som allerede har ${i?.limit} stykker udstyr uden zone: placér dem med en flådeimport.`)
};

export const devices_refusal_wrong_device = /** @type {(inputs: Devices_Refusal_Wrong_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sender} sendte på emnet for ${i?.device}: en enhed taler kun for sig selv.`)
};

export const devices_refusal_wrong_site = /** @type {(inputs: Devices_Refusal_Wrong_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hører til ${i?.site}, ikke til ${i?.topicSite}.`)
};

export const devices_refused_count = /** @type {(inputs: Devices_Refused_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med afviste beskeder`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med afviste beskeder`);
	return /** @type {LocalizedString} */ ("devices_refused_count");
};

export const devices_refused_short = /** @type {(inputs: Devices_Refused_ShortInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} afvist`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} afvist`);
	return /** @type {LocalizedString} */ ("devices_refused_short");
};

export const devices_restore_explain = /** @type {(inputs: Devices_Restore_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheden får en ny hemmelighed, som vises én gang; den gamle forbliver ugyldig. Genopret den kun, når den er tilbage i sikre hænder.`)
};

export const devices_restore_named = /** @type {(inputs: Devices_Restore_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Genopret ${i?.device}`)
};

export const devices_restore_step = /** @type {(inputs: Devices_Restore_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genopret…`)
};

export const devices_restored_label = /** @type {(inputs: Devices_Restored_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er genoprettet: dens nye hemmelighed`)
};

export const devices_restored_warning = /** @type {(inputs: Devices_Restored_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheden kan logge ind igen med denne hemmelighed (dens MQTT-adgangskode) og ingen anden. Giv den til enheden nu: den vises ikke igen.`)
};

export const devices_revoke_explain = /** @type {(inputs: Devices_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheden afbrydes og kan ikke logge ind igen, før en administrator genopretter den (dens historik bliver). Brug dette til en tabt eller stjålet enhed.`)
};

export const devices_revoke_named = /** @type {(inputs: Devices_Revoke_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilbagekald ${i?.device}`)
};

export const devices_revoke_step = /** @type {(inputs: Devices_Revoke_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald…`)
};

export const devices_revoked_done = /** @type {(inputs: Devices_Revoked_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekaldt: enheden blev afbrudt og kan ikke længere logge ind. Dens historik bliver.`)
};

export const devices_revoked_until_admin = /** @type {(inputs: Devices_Revoked_Until_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekaldt: den forbliver sådan, til en administrator genopretter den.`)
};

export const devices_rotate_explain = /** @type {(inputs: Devices_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemmelighed laves og vises én gang; den nuværende holder op med at virke med det samme, og enheden er afbrudt, til den får den nye.`)
};

export const devices_rotate_now = /** @type {(inputs: Devices_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skift hemmeligheden nu`)
};

export const devices_rotate_step = /** @type {(inputs: Devices_Rotate_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skift hemmelighed…`)
};

export const devices_rotated_warning = /** @type {(inputs: Devices_Rotated_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den gamle hemmelighed virker ikke længere, og enheden blev afbrudt. Giv enheden denne hemmelighed (dens MQTT-adgangskode) nu: den vises ikke igen.`)
};

export const devices_scope_any = /** @type {(inputs: Devices_Scope_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjekker ind ved alle kontrolpunkter på stedet og løser alt udstyr, der er sat op der.`)
};

export const devices_scope_any_resolves = /** @type {(inputs: Devices_Scope_Any_ResolvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tjekker ind ved alle kontrolpunkter på stedet; løser ${i?.assets}.`)
};

export const devices_scope_none = /** @type {(inputs: Devices_Scope_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betjener ingen kontrolpunkter: den melder kun.`)
};

export const devices_scope_sensor_any = /** @type {(inputs: Devices_Scope_Sensor_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overvåger intet navngivet: den må sende tilstand om, og løse, alt udstyr, der er sat op på stedet.`)
};

export const devices_scope_sensor_watches = /** @type {(inputs: Devices_Scope_Sensor_WatchesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Overvåger ${i?.assets}: den må sende tilstand om disse og løse dem.`)
};

export const devices_scope_serves = /** @type {(inputs: Devices_Scope_ServesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjener ${i?.checkpoints}: den tjekker ind der og løser deres udstyr.`)
};

export const devices_scope_serves_also = /** @type {(inputs: Devices_Scope_Serves_AlsoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjener ${i?.checkpoints}: den tjekker ind der og løser deres udstyr samt ${i?.assets}.`)
};

export const devices_show = /** @type {(inputs: Devices_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const devices_state_any = /** @type {(inputs: Devices_State_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online og offline`)
};

export const devices_state_offline = /** @type {(inputs: Devices_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const devices_state_online = /** @type {(inputs: Devices_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online`)
};

export const devices_state_revoked = /** @type {(inputs: Devices_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilbagekaldt`)
};

export const devices_stored_count = /** @type {(inputs: Devices_Stored_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} besked gemt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} beskeder gemt`);
	return /** @type {LocalizedString} */ ("devices_stored_count");
};

export const devices_tab = /** @type {(inputs: Devices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Enheder`)
};

export const devices_title = /** @type {(inputs: Devices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder`)
};

export const devices_which = /** @type {(inputs: Devices_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilken enhed? Åbn den fra listen, og prøv igen.`)
};

export const email_assigned_headline = /** @type {(inputs: Email_Assigned_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.by} har tildelt denne fejl til ${i?.whom}.`)
};

export const email_assigned_subject = /** @type {(inputs: Email_Assigned_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt ${i?.whom}`)
};

export const email_attention_headline = /** @type {(inputs: Email_Attention_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, en ny fejl har brug for nogen (${i?.by}).`)
};

export const email_attention_subject = /** @type {(inputs: Email_Attention_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kræver opmærksomhed`)
};

export const email_by_assignment_rule = /** @type {(inputs: Email_By_Assignment_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tildelingsregel ${i?.id}`)
};

export const email_by_rule = /** @type {(inputs: Email_By_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`reglen »${i?.name}«`)
};

export const email_customers_see = /** @type {(inputs: Email_Customers_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} (kunderne ser det)`)
};

export const email_escalated_headline = /** @type {(inputs: Email_Escalated_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ingen har kvitteret for denne fejl endnu: ${i?.by} eskalerer den til dig.`)
};

export const email_escalated_subject = /** @type {(inputs: Email_Escalated_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskaleret til dig`)
};

export const email_fact_asset = /** @type {(inputs: Email_Fact_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr`)
};

export const email_fact_assigned_by = /** @type {(inputs: Email_Fact_Assigned_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt af`)
};

export const email_fact_channel = /** @type {(inputs: Email_Fact_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal`)
};

export const email_fact_defect = /** @type {(inputs: Email_Fact_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const email_fact_due = /** @type {(inputs: Email_Fact_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const email_fact_fault = /** @type {(inputs: Email_Fact_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejltype`)
};

export const email_fact_found_by = /** @type {(inputs: Email_Fact_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet af`)
};

export const email_fact_opened = /** @type {(inputs: Email_Fact_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const email_fact_rule = /** @type {(inputs: Email_Fact_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regel`)
};

export const email_fact_sent = /** @type {(inputs: Email_Fact_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt`)
};

export const email_fact_severity = /** @type {(inputs: Email_Fact_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighed`)
};

export const email_fact_site = /** @type {(inputs: Email_Fact_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const email_fact_zone = /** @type {(inputs: Email_Fact_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const email_fixed_intro = /** @type {(inputs: Email_Fixed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fejlen, du meldte på ${i?.site}, er udbedret.`)
};

export const email_fixed_only = /** @type {(inputs: Email_Fixed_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er den eneste e-mail, du får om det: din adresse er slettet.`)
};

export const email_fixed_reference = /** @type {(inputs: Email_Fixed_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reference`)
};

export const email_fixed_subject = /** @type {(inputs: Email_Fixed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Udbedret: ${i?.fault}, ${i?.asset} på ${i?.site} (${i?.reference})`)
};

export const email_fixed_thanks = /** @type {(inputs: Email_Fixed_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tak, fordi du sagde til.`)
};

export const email_fixed_what = /** @type {(inputs: Email_Fixed_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad`)
};

export const email_fixed_when = /** @type {(inputs: Email_Fixed_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udbedret`)
};

export const email_fixed_where = /** @type {(inputs: Email_Fixed_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvor`)
};

export const email_headline_escalated = /** @type {(inputs: Email_Headline_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ikke kvitteret endnu: eskaleret til niveau ${i?.level} af ${i?.of} (${i?.name})`)
};

export const email_headline_new = /** @type {(inputs: Email_Headline_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`En fejl (${i?.severity}) har brug for nogen (niveau ${i?.level} af ${i?.of}: ${i?.name})`)
};

export const email_notice_subject = /** @type {(inputs: Email_Notice_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.fault} (${i?.severity}), ${i?.asset} (${i?.zone}, ${i?.site})`)
};

export const email_open = /** @type {(inputs: Email_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbn i Bulb Check`)
};

export const email_open_defect = /** @type {(inputs: Email_Open_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbn fejlen`)
};

export const email_sent_by = /** @type {(inputs: Email_Sent_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt af Bulb Check.`)
};

export const email_subject_escalated = /** @type {(inputs: Email_Subject_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eskaleret fejl (${i?.severity}) på ${i?.site}: ${i?.title}`)
};

export const email_subject_new = /** @type {(inputs: Email_Subject_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny fejl (${i?.severity}) på ${i?.site}: ${i?.title}`)
};

export const email_test_headline = /** @type {(inputs: Email_Test_HeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er en testbesked: kanalen virker.`)
};

export const email_test_subject = /** @type {(inputs: Email_Test_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test fra Bulb Check: ${i?.channel}`)
};

export const email_to_team_managers = /** @type {(inputs: Email_To_Team_ManagersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dit team (ledere på ${i?.site})`)
};

export const email_to_team_staff = /** @type {(inputs: Email_To_Team_StaffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dit team (personale på ${i?.site})`)
};

export const email_to_you = /** @type {(inputs: Email_To_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dig`)
};

export const email_why_you = /** @type {(inputs: Email_Why_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendt af Bulb Check: du får denne, fordi du er bruger der med denne e-mailadresse.`)
};

export const errors_already_acknowledged = /** @type {(inputs: Errors_Already_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede kvitteret.`)
};

export const errors_already_assigned = /** @type {(inputs: Errors_Already_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede tildelt dem.`)
};

export const errors_already_on_hold = /** @type {(inputs: Errors_Already_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede sat på hold af den grund til det tidspunkt.`)
};

export const errors_already_resolved = /** @type {(inputs: Errors_Already_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede løst.`)
};

export const errors_asset_retired = /** @type {(inputs: Errors_Asset_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne er taget ud af drift. Gendan den under Opsætning for at melde om den.`)
};

export const errors_back_defects = /** @type {(inputs: Errors_Back_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se alle fejl`)
};

export const errors_back_overview = /** @type {(inputs: Errors_Back_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbage til oversigten`)
};

export const errors_back_sites = /** @type {(inputs: Errors_Back_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se dine steder`)
};

export const errors_bad_credentials = /** @type {(inputs: Errors_Bad_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn og adgangskode passer ikke sammen. Tjek dem, og prøv igen.`)
};

export const errors_busy = /** @type {(inputs: Errors_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check er optaget af en anden ændring. Prøv igen om et øjeblik.`)
};

export const errors_check_form = /** @type {(inputs: Errors_Check_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget i formularen er ikke rigtigt. Tjek den, og prøv igen.`)
};

export const errors_clear_filters = /** @type {(inputs: Errors_Clear_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ryd filtrene`)
};

export const errors_conflict = /** @type {(inputs: Errors_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nogen ændrede det samtidig. Genindlæs siden, og prøv igen.`)
};

export const errors_device_revoked = /** @type {(inputs: Errors_Device_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne enhed er tilbagekaldt: en ny hemmelighed bringer den ikke tilbage. En administrator kan gendanne den.`)
};

export const errors_due_in_past = /** @type {(inputs: Errors_Due_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den frist er overskredet: vælg et senere tidspunkt.`)
};

export const errors_field_assignee = /** @type {(inputs: Errors_Field_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const errors_field_category = /** @type {(inputs: Errors_Field_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const errors_field_cause = /** @type {(inputs: Errors_Field_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Årsag`)
};

export const errors_field_due = /** @type {(inputs: Errors_Field_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const errors_field_email = /** @type {(inputs: Errors_Field_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const errors_field_from = /** @type {(inputs: Errors_Field_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fra`)
};

export const errors_field_id = /** @type {(inputs: Errors_Field_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nummer`)
};

export const errors_field_invalid = /** @type {(inputs: Errors_Field_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er ikke en værdi, denne side kender: vælg en fra listen.`)
};

export const errors_field_language = /** @type {(inputs: Errors_Field_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprog`)
};

export const errors_field_missing = /** @type {(inputs: Errors_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} mangler: udfyld det.`)
};

export const errors_field_name = /** @type {(inputs: Errors_Field_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const errors_field_not_number = /** @type {(inputs: Errors_Field_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} skal være et tal.`)
};

export const errors_field_note = /** @type {(inputs: Errors_Field_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const errors_field_other = /** @type {(inputs: Errors_Field_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En værdi`)
};

export const errors_field_page = /** @type {(inputs: Errors_Field_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Side`)
};

export const errors_field_password = /** @type {(inputs: Errors_Field_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adgangskode`)
};

export const errors_field_phone = /** @type {(inputs: Errors_Field_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const errors_field_reason = /** @type {(inputs: Errors_Field_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Årsag`)
};

export const errors_field_search = /** @type {(inputs: Errors_Field_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Søgning`)
};

export const errors_field_severity = /** @type {(inputs: Errors_Field_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvor`)
};

export const errors_field_site = /** @type {(inputs: Errors_Field_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const errors_field_sort = /** @type {(inputs: Errors_Field_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortering`)
};

export const errors_field_source = /** @type {(inputs: Errors_Field_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet af`)
};

export const errors_field_status = /** @type {(inputs: Errors_Field_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const errors_field_to = /** @type {(inputs: Errors_Field_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const errors_field_too_long = /** @type {(inputs: Errors_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er for lang: gør den kortere.`)
};

export const errors_field_too_short = /** @type {(inputs: Errors_Field_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er for kort.`)
};

export const errors_field_username = /** @type {(inputs: Errors_Field_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn`)
};

export const errors_filter_unknown = /** @type {(inputs: Errors_Filter_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Adressen beder om ${i?.field} »${i?.value}«, som denne side ikke kender.`)
};

export const errors_forbidden = /** @type {(inputs: Errors_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din rolle må ikke gøre det. Spørg en leder eller en administrator, hvis du har brug for det.`)
};

export const errors_guest_sorry = /** @type {(inputs: Errors_Guest_SorryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beklager`)
};

export const errors_guest_title = /** @type {(inputs: Errors_Guest_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld et problem`)
};

export const errors_has_history = /** @type {(inputs: Errors_Has_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den har en historik med fejl eller hændelser, og sletning ville miste den: tag den ud af drift i stedet, så historikken bevares.`)
};

export const errors_invalid_assignee = /** @type {(inputs: Errors_Invalid_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De kan ikke arbejde på fejl på dette sted: vælg en anden.`)
};

export const errors_invalid_cause = /** @type {(inputs: Errors_Invalid_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg på listen, hvad der løste det.`)
};

export const errors_last_admin = /** @type {(inputs: Errors_Last_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er den sidste aktive administrator. Gør en anden til administrator først.`)
};

export const errors_no_such_defect = /** @type {(inputs: Errors_No_Such_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der findes ingen sådan fejl på dine steder.`)
};

export const errors_not_found = /** @type {(inputs: Errors_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det findes ikke, eller du har ikke adgang til det. Gå tilbage og vælg igen.`)
};

export const errors_not_resolved = /** @type {(inputs: Errors_Not_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er ikke løst, så der er intet at genåbne.`)
};

export const errors_open_duplicate = /** @type {(inputs: Errors_Open_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den samme fejl er åben på dette udstyr igen: arbejd på den i stedet.`)
};

export const errors_photo_already_attached = /** @type {(inputs: Errors_Photo_Already_AttachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det billede er allerede på denne fejl.`)
};

export const errors_rate_limited = /** @type {(inputs: Errors_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange forsøg på kort tid. Vent et minut, og prøv igen.`)
};

export const errors_rate_limited_seconds = /** @type {(inputs: Errors_Rate_Limited_SecondsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`For mange forsøg på kort tid. Vent ${i?.count} sekund, og prøv igen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`For mange forsøg på kort tid. Vent ${i?.count} sekunder, og prøv igen.`);
	return /** @type {LocalizedString} */ ("errors_rate_limited_seconds");
};

export const errors_retired_parent = /** @type {(inputs: Errors_Retired_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det sted er taget ud af drift. Gendan det først, eller vælg et andet.`)
};

export const errors_session_ended = /** @type {(inputs: Errors_Session_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din session er udløbet. Log ind igen.`)
};

export const errors_site_being_removed = /** @type {(inputs: Errors_Site_Being_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette sted fjernes sammen med demokæden. Prøv igen, når det er færdigt.`)
};

export const errors_something_wrong = /** @type {(inputs: Errors_Something_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget gik galt hos os. Prøv igen; sker det igen, så sig det til din administrator.`)
};

export const errors_title_400 = /** @type {(inputs: Errors_Title_400Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget i adressen er ikke rigtigt`)
};

export const errors_title_403 = /** @type {(inputs: Errors_Title_403Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke for din rolle`)
};

export const errors_title_404 = /** @type {(inputs: Errors_Title_404Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke fundet`)
};

export const errors_title_429 = /** @type {(inputs: Errors_Title_429Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange forsøg`)
};

export const errors_title_503 = /** @type {(inputs: Errors_Title_503Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjenesten svarer ikke`)
};

export const errors_title_other = /** @type {(inputs: Errors_Title_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget gik galt`)
};

export const errors_too_large = /** @type {(inputs: Errors_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen er for stor. Vælg en mindre fil.`)
};

export const errors_try_again = /** @type {(inputs: Errors_Try_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igen.`)
};

export const errors_try_later = /** @type {(inputs: Errors_Try_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igen senere.`)
};

export const errors_unavailable = /** @type {(inputs: Errors_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjenesten svarer ikke lige nu. Prøv igen om et minut.`)
};

export const errors_undo_by_other = /** @type {(inputs: Errors_Undo_By_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun den, der løste den, kan fortryde. Genåbn den i stedet.`)
};

export const errors_undo_expired = /** @type {(inputs: Errors_Undo_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For sent at fortryde. Genåbn den i stedet.`)
};

export const errors_unknown_defect = /** @type {(inputs: Errors_Unknown_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fejl ${i?.id} findes ikke, eller du har ikke adgang til den.`)
};

export const errors_unknown_device = /** @type {(inputs: Errors_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes ingen enhed »${i?.id}«, eller du har ikke adgang til den.`)
};

export const errors_unknown_page = /** @type {(inputs: Errors_Unknown_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes ingen side på ${i?.path}.`)
};

export const errors_unknown_photo = /** @type {(inputs: Errors_Unknown_PhotoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Billede ${i?.id} findes ikke, eller du har ikke adgang til det.`)
};

export const errors_unknown_site = /** @type {(inputs: Errors_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes intet sted, der hedder »${i?.site}«, eller du har ikke adgang til det.`)
};

export const errors_unsupported_media = /** @type {(inputs: Errors_Unsupported_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den filtype kan ikke bruges her. Vælg et billede (JPEG, PNG eller WebP).`)
};

export const errors_username_taken = /** @type {(inputs: Errors_Username_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det brugernavn er optaget. Vælg et andet.`)
};

export const errors_wrong_password = /** @type {(inputs: Errors_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din nuværende adgangskode er forkert. Skriv den igen.`)
};

export const fault_battery_low = /** @type {(inputs: Fault_Battery_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lavt batteri`)
};

export const fault_broken = /** @type {(inputs: Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I stykker`)
};

export const fault_bulb_out = /** @type {(inputs: Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pære sprunget`)
};

export const fault_button_dead = /** @type {(inputs: Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knap virker ikke`)
};

export const fault_device_offline = /** @type {(inputs: Fault_Device_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed offline`)
};

export const fault_dirty = /** @type {(inputs: Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskidt`)
};

export const fault_flicker = /** @type {(inputs: Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blinker`)
};

export const fault_inspection_overdue = /** @type {(inputs: Fault_Inspection_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eftersyn overskredet`)
};

export const fault_other = /** @type {(inputs: Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget andet`)
};

export const fault_out_of_order = /** @type {(inputs: Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ude af drift`)
};

export const fault_sensor_suspect = /** @type {(inputs: Fault_Sensor_SuspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoren kan tage fejl`)
};

export const fault_signage = /** @type {(inputs: Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skilt forkert eller mangler`)
};

export const fault_spill = /** @type {(inputs: Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spild`)
};

export const fault_supplies_empty = /** @type {(inputs: Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forbrugsvarer opbrugt`)
};

export const insights_ack_median = /** @type {(inputs: Insights_Ack_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median til kvittering`)
};

export const insights_ack_p90 = /** @type {(inputs: Insights_Ack_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90-percentil til kvittering`)
};

export const insights_after_round = /** @type {(inputs: Insights_After_RoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Efter en godkendt runde`)
};

export const insights_after_round_hint = /** @type {(inputs: Insights_After_Round_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En sensor så fejlen minutter efter, at en runde havde godkendt udstyret`)
};

export const insights_asset = /** @type {(inputs: Insights_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udstyr`)
};

export const insights_by_category = /** @type {(inputs: Insights_By_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Efter kategori`)
};

export const insights_category = /** @type {(inputs: Insights_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const insights_caught = /** @type {(inputs: Insights_CaughtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opdaget før kunderne`)
};

export const insights_caught_share = /** @type {(inputs: Insights_Caught_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`af fejlene på udstyr, kunderne ser, blev opdaget, før en kunde meldte dem (af en sensor eller af personalet).`)
};

export const insights_cell = /** @type {(inputs: Insights_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour}: ${i?.count}`)
};

export const insights_chain = /** @type {(inputs: Insights_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const insights_checkins = /** @type {(inputs: Insights_CheckinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjek-ind fra personalet`)
};

export const insights_checks_per_day = /** @type {(inputs: Insights_Checks_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroller pr. dag`)
};

export const insights_compare = /** @type {(inputs: Insights_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sådan klarer stederne sig over for hinanden`)
};

export const insights_csv_minutes = /** @type {(inputs: Insights_Csv_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (minutter)`)
};

export const insights_csv_refused = /** @type {(inputs: Insights_Csv_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der findes ingen sådan tabel at hente: vælg en på indsigtssiden.`)
};

export const insights_csv_share = /** @type {(inputs: Insights_Csv_ShareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (andel 0-1)`)
};

export const insights_cv = /** @type {(inputs: Insights_CvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variationskoefficient`)
};

export const insights_cv_alike = /** @type {(inputs: Insights_Cv_AlikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stederne ligner meget hinanden`)
};

export const insights_cv_apart = /** @type {(inputs: Insights_Cv_ApartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stederne er meget forskellige`)
};

export const insights_cv_none = /** @type {(inputs: Insights_Cv_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle stederne står på nul her.`)
};

export const insights_cv_some = /** @type {(inputs: Insights_Cv_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stederne er noget forskellige`)
};

export const insights_day = /** @type {(inputs: Insights_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const insights_defects = /** @type {(inputs: Insights_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const insights_download_csv = /** @type {(inputs: Insights_Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hent CSV`)
};

export const insights_far_above = /** @type {(inputs: Insights_Far_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langt over`)
};

export const insights_far_below = /** @type {(inputs: Insights_Far_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langt under`)
};

export const insights_finder = /** @type {(inputs: Insights_FinderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet først af`)
};

export const insights_finders = /** @type {(inputs: Insights_FindersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem der fandt dem først`)
};

export const insights_hour = /** @type {(inputs: Insights_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time`)
};

export const insights_iqr = /** @type {(inputs: Insights_IqrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvartilafstand`)
};

export const insights_last_days = /** @type {(inputs: Insights_Last_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`seneste ${i?.count} dag`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`seneste ${i?.count} dage`);
	return /** @type {LocalizedString} */ ("insights_last_days");
};

export const insights_measure = /** @type {(inputs: Insights_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mål`)
};

export const insights_measure_caughtbeforecustomers2 = /** @type {(inputs: Insights_Measure_Caughtbeforecustomers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opdaget før kunderne`)
};

export const insights_measure_minutestoacknowledge2 = /** @type {(inputs: Insights_Measure_Minutestoacknowledge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til kvittering (hvert steds median)`)
};

export const insights_measure_minutestoresolve2 = /** @type {(inputs: Insights_Measure_Minutestoresolve2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til løsning (hvert steds median)`)
};

export const insights_measure_openedpersite2 = /** @type {(inputs: Insights_Measure_Openedpersite2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl åbnet pr. sted`)
};

export const insights_measure_repeatfailures1 = /** @type {(inputs: Insights_Measure_Repeatfailures1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gentagne fejl pr. sted`)
};

export const insights_median = /** @type {(inputs: Insights_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median`)
};

export const insights_median_p90 = /** @type {(inputs: Insights_Median_P90Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`median ${i?.median}, 90 % inden for ${i?.p90}`)
};

export const insights_opened = /** @type {(inputs: Insights_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const insights_per_day = /** @type {(inputs: Insights_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl åbnet og løst pr. dag`)
};

export const insights_per_day_note = /** @type {(inputs: Insights_Per_Day_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Døgn efter hvert steds eget ur.`)
};

export const insights_q1 = /** @type {(inputs: Insights_Q1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nedre kvartil`)
};

export const insights_q3 = /** @type {(inputs: Insights_Q3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Øvre kvartil`)
};

export const insights_readings = /** @type {(inputs: Insights_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoraflæsninger`)
};

export const insights_repeat_failures = /** @type {(inputs: Insights_Repeat_FailuresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gentagne fejl`)
};

export const insights_repeats = /** @type {(inputs: Insights_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gentagne fejl pr. udstyr`)
};

export const insights_repeats_none = /** @type {(inputs: Insights_Repeats_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen gentagne fejl i perioden.`)
};

export const insights_repeats_note = /** @type {(inputs: Insights_Repeats_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl, der kom igen efter en reparation, som ikke holdt.`)
};

export const insights_resolve_median = /** @type {(inputs: Insights_Resolve_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median til løsning`)
};

export const insights_resolve_p90 = /** @type {(inputs: Insights_Resolve_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90-percentil til løsning`)
};

export const insights_resolved = /** @type {(inputs: Insights_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const insights_sensor_suspects = /** @type {(inputs: Insights_Sensor_SuspectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoren kan tage fejl`)
};

export const insights_sensor_suspects_hint = /** @type {(inputs: Insights_Sensor_Suspects_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En person meldte en fejl, som en sensor sagde ikke var der`)
};

export const insights_show = /** @type {(inputs: Insights_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const insights_show_table = /** @type {(inputs: Insights_Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis som tabel`)
};

export const insights_site = /** @type {(inputs: Insights_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const insights_source_customer = /** @type {(inputs: Insights_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kunde`)
};

export const insights_source_sensor = /** @type {(inputs: Insights_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const insights_source_staff = /** @type {(inputs: Insights_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personale`)
};

export const insights_spread_cv = /** @type {(inputs: Insights_Spread_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Variationskoefficient ${i?.cv}: ${i?.judgement}.`)
};

export const insights_spread_empty = /** @type {(inputs: Insights_Spread_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stederne kan sammenlignes, når to eller flere af dem har fejl i perioden.`)
};

export const insights_spread_high = /** @type {(inputs: Insights_Spread_HighInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Langt over de andre, og trækker kæden fra hinanden: ${i?.sites}.`)
};

export const insights_spread_iqr = /** @type {(inputs: Insights_Spread_IqrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Den midterste halvdel af stederne ligger mellem ${i?.low} og ${i?.high}: et spænd på ${i?.range}.`)
};

export const insights_spread_low = /** @type {(inputs: Insights_Spread_LowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Langt under de andre, og trækker kæden fra hinanden: ${i?.sites}.`)
};

export const insights_spread_none = /** @type {(inputs: Insights_Spread_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet sted ligger langt fra de andre.`)
};

export const insights_spread_title = /** @type {(inputs: Insights_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spredning mellem stederne`)
};

export const insights_spread_why = /** @type {(inputs: Insights_Spread_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De kæder, der har det bedste ry, varierer mindst fra sted til sted: en gæst skal møde den samme omhu, uanset hvor gæsten er. Jo mindre spredning, jo mere ens er jeres steder.`)
};

export const insights_times = /** @type {(inputs: Insights_TimesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til kvittering og til løsning, pr. sted`)
};

export const insights_times_note = /** @type {(inputs: Insights_Times_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medianen: halvdelen af fejlene blev kvitteret (eller løst) hurtigere end dette. 90-percentilen: ni ud af ti gik hurtigere.`)
};

export const insights_title = /** @type {(inputs: Insights_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indsigt`)
};

export const insights_to_ack = /** @type {(inputs: Insights_To_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til kvittering`)
};

export const insights_to_resolve = /** @type {(inputs: Insights_To_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til løsning`)
};

export const insights_weekday = /** @type {(inputs: Insights_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ugedag`)
};

export const insights_when = /** @type {(inputs: Insights_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvornår fejlene opstår`)
};

export const insights_when_note = /** @type {(inputs: Insights_When_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl åbnet efter time og ugedag, hver regnet efter uret på sit eget sted.`)
};

export const insights_window = /** @type {(inputs: Insights_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Periode`)
};

export const layout_account_title = /** @type {(inputs: Layout_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din konto: adgangskode og API-tokens`)
};

export const layout_build = /** @type {(inputs: Layout_BuildInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version}`)
};

export const layout_build_commit = /** @type {(inputs: Layout_Build_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version} · ${i?.commit}`)
};

export const layout_health_do = /** @type {(inputs: Layout_Health_DoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det skal du gøre: ${i?.action}`)
};

export const layout_health_fail = /** @type {(inputs: Layout_Health_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check kan ikke modtage enhedernes beskeder`)
};

export const layout_health_label = /** @type {(inputs: Layout_Health_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemets tilstand`)
};

export const layout_health_since = /** @type {(inputs: Layout_Health_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`siden ${i?.when} UTC (${i?.ago})`)
};

export const layout_health_warn = /** @type {(inputs: Layout_Health_WarnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check kræver opmærksomhed`)
};

export const layout_live = /** @type {(inputs: Layout_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const layout_live_title = /** @type {(inputs: Layout_Live_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live: ændringer vises, mens de sker`)
};

export const layout_menu = /** @type {(inputs: Layout_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Menu`)
};

export const layout_menu_unread = /** @type {(inputs: Layout_Menu_UnreadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ulæst besked`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ulæste beskeder`);
	return /** @type {LocalizedString} */ ("layout_menu_unread");
};

export const layout_nav_admin = /** @type {(inputs: Layout_Nav_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administration`)
};

export const layout_nav_audit = /** @type {(inputs: Layout_Nav_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisionslog`)
};

export const layout_nav_daily_report = /** @type {(inputs: Layout_Nav_Daily_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dagsrapport`)
};

export const layout_nav_defects = /** @type {(inputs: Layout_Nav_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const layout_nav_devices = /** @type {(inputs: Layout_Nav_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder`)
};

export const layout_nav_export = /** @type {(inputs: Layout_Nav_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksport`)
};

export const layout_nav_insights = /** @type {(inputs: Layout_Nav_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indsigt`)
};

export const layout_nav_label = /** @type {(inputs: Layout_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hovedmenu`)
};

export const layout_nav_notifications = /** @type {(inputs: Layout_Nav_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifikationer`)
};

export const layout_nav_overview = /** @type {(inputs: Layout_Nav_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overblik`)
};

export const layout_nav_setup = /** @type {(inputs: Layout_Nav_SetupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opsætning`)
};

export const layout_nav_tokens = /** @type {(inputs: Layout_Nav_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokens`)
};

export const layout_nav_users = /** @type {(inputs: Layout_Nav_UsersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugere`)
};

export const layout_nav_wall_board = /** @type {(inputs: Layout_Nav_Wall_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vægtavle`)
};

export const layout_nav_work = /** @type {(inputs: Layout_Nav_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit arbejde`)
};

export const layout_new_defect = /** @type {(inputs: Layout_New_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny fejl: ${i?.fault}, ${i?.asset}, ${i?.site}`)
};

export const layout_new_defects_more = /** @type {(inputs: Layout_New_Defects_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`og ${i?.count} mere`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`og ${i?.count} mere`);
	return /** @type {LocalizedString} */ ("layout_new_defects_more");
};

export const layout_notices = /** @type {(inputs: Layout_NoticesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeder`)
};

export const layout_notices_title = /** @type {(inputs: Layout_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl, der er tildelt eller eskaleret til dig`)
};

export const layout_offline_body = /** @type {(inputs: Layout_Offline_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check skal bruge netværket for at vise fejlene, som de er nu. Tjek wi-fi eller mobildata, og prøv igen.`)
};

export const layout_offline_heading = /** @type {(inputs: Layout_Offline_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen netværksforbindelse`)
};

export const layout_offline_page_title = /** @type {(inputs: Layout_Offline_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline · Bulb Check`)
};

export const layout_offline_retry = /** @type {(inputs: Layout_Offline_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igen`)
};

export const layout_reconnecting = /** @type {(inputs: Layout_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genopretter forbindelsen`)
};

export const layout_reconnecting_title = /** @type {(inputs: Layout_Reconnecting_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke live: genopretter forbindelsen`)
};

export const layout_role_admin = /** @type {(inputs: Layout_Role_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administrator`)
};

export const layout_role_manager = /** @type {(inputs: Layout_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leder`)
};

export const layout_role_staff = /** @type {(inputs: Layout_Role_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medarbejder`)
};

export const layout_role_viewer = /** @type {(inputs: Layout_Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`læser`)
};

export const layout_sign_in = /** @type {(inputs: Layout_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log ind`)
};

export const layout_sign_out = /** @type {(inputs: Layout_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log ud`)
};

export const layout_skip = /** @type {(inputs: Layout_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spring til indholdet`)
};

export const none_dash = /** @type {(inputs: None_DashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const overview_all_fine = /** @type {(inputs: Overview_All_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} i orden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} i orden`);
	return /** @type {LocalizedString} */ ("overview_all_fine");
};

export const overview_demo_tag = /** @type {(inputs: Overview_Demo_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo`)
};

export const overview_demo_tag_title = /** @type {(inputs: Overview_Demo_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et sted i den simulerede demokæde`)
};

export const overview_need_action = /** @type {(inputs: Overview_Need_ActionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} kræver handling`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kræver handling`);
	return /** @type {LocalizedString} */ ("overview_need_action");
};

export const overview_news = /** @type {(inputs: Overview_NewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset}`)
};

export const overview_news_customer = /** @type {(inputs: Overview_News_CustomerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset} (meldt af en kunde)`)
};

export const overview_no_sites = /** @type {(inputs: Overview_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder endnu. Opret dem under Opsætning, importer en flådefil, eller start med demokæden (pnpm start).`)
};

export const overview_summary = /** @type {(inputs: Overview_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sites}: ${i?.needAction}, ${i?.withOpen}, ${i?.allFine}.`)
};

export const overview_tab = /** @type {(inputs: Overview_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oversigt`)
};

export const overview_tile_checks = /** @type {(inputs: Overview_Tile_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eftersyn til tiden`)
};

export const overview_tile_devices_off = /** @type {(inputs: Overview_Tile_Devices_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder offline`)
};

export const overview_tile_high = /** @type {(inputs: Overview_Tile_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Høj`)
};

export const overview_tile_more = /** @type {(inputs: Overview_Tile_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} mere`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} mere`);
	return /** @type {LocalizedString} */ ("overview_tile_more");
};

export const overview_tile_new = /** @type {(inputs: Overview_Tile_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const overview_tile_now = /** @type {(inputs: Overview_Tile_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nu`)
};

export const overview_tile_oldest = /** @type {(inputs: Overview_Tile_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ældste`)
};

export const overview_tile_open = /** @type {(inputs: Overview_Tile_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbne`)
};

export const overview_tile_overdue = /** @type {(inputs: Overview_Tile_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overskredet`)
};

export const overview_tile_overdue_tag = /** @type {(inputs: Overview_Tile_Overdue_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`overskredet`)
};

export const overview_tile_worst = /** @type {(inputs: Overview_Tile_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Værste åbne fejl`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const overview_with_open = /** @type {(inputs: Overview_With_OpenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} har åbne fejl`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} har åbne fejl`);
	return /** @type {LocalizedString} */ ("overview_with_open");
};

export const qr_ago_days = /** @type {(inputs: Qr_Ago_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} dag siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} dage siden`);
	return /** @type {LocalizedString} */ ("qr_ago_days");
};

export const qr_ago_hours = /** @type {(inputs: Qr_Ago_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} time siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} timer siden`);
	return /** @type {LocalizedString} */ ("qr_ago_hours");
};

export const qr_ago_minutes = /** @type {(inputs: Qr_Ago_MinutesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`for ${i?.count} minut siden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`for ${i?.count} minutter siden`);
	return /** @type {LocalizedString} */ ("qr_ago_minutes");
};

export const qr_ago_moment = /** @type {(inputs: Qr_Ago_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`for et øjeblik siden`)
};

export const qr_all_labels = /** @type {(inputs: Qr_All_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle QR-etiketter for ${i?.site}`)
};

export const qr_already = /** @type {(inputs: Qr_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Allerede meldt ${i?.ago}; personalet er i gang. Tak, fordi du også sagde til: ${i?.fault} ved ${i?.asset}.`)
};

export const qr_already_title = /** @type {(inputs: Qr_Already_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Allerede meldt`)
};

export const qr_back_to = /** @type {(inputs: Qr_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`‹ Tilbage til ${i?.site}`)
};

export const qr_bad_email = /** @type {(inputs: Qr_Bad_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mailadressen ser ikke rigtig ud. Tjek den, eller lad feltet være tomt.`)
};

export const qr_choose = /** @type {(inputs: Qr_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvad der er galt.`)
};

export const qr_email = /** @type {(inputs: Qr_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send mig en e-mail, når det er ordnet (valgfri)`)
};

export const qr_email_placeholder = /** @type {(inputs: Qr_Email_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dig@eksempel.dk`)
};

export const qr_email_promise = /** @type {(inputs: Qr_Email_PromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi skriver én gang, når det er ordnet, og gemmer kun din adresse indtil da.`)
};

export const qr_fault_broken = /** @type {(inputs: Qr_Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I stykker`)
};

export const qr_fault_bulb_out = /** @type {(inputs: Qr_Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyset virker ikke`)
};

export const qr_fault_button_dead = /** @type {(inputs: Qr_Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knappen virker ikke`)
};

export const qr_fault_dirty = /** @type {(inputs: Qr_Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskidt`)
};

export const qr_fault_flicker = /** @type {(inputs: Qr_Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lyset blinker`)
};

export const qr_fault_other = /** @type {(inputs: Qr_Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget andet`)
};

export const qr_fault_out_of_order = /** @type {(inputs: Qr_Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ude af drift`)
};

export const qr_fault_signage = /** @type {(inputs: Qr_Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skiltet er forkert eller mangler`)
};

export const qr_fault_spill = /** @type {(inputs: Qr_Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der er spildt noget`)
};

export const qr_fault_supplies_empty = /** @type {(inputs: Qr_Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tom (sæbe, papir, ...)`)
};

export const qr_invalid = /** @type {(inputs: Qr_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne QR-kode er ikke længere gyldig. Sig det til en medarbejder.`)
};

export const qr_no_such_asset = /** @type {(inputs: Qr_No_Such_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der findes ikke sådan et udstyr på dette sted: ${i?.asset}.`)
};

export const qr_not_through = /** @type {(inputs: Qr_Not_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beklager, meldingen gik ikke igennem. Prøv igen.`)
};

export const qr_note = /** @type {(inputs: Qr_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bemærkning (valgfri)`)
};

export const qr_note_placeholder = /** @type {(inputs: Qr_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. 3. sal, venstre side`)
};

export const qr_photo = /** @type {(inputs: Qr_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Foto (valgfrit; placeringsdata fjernes)`)
};

export const qr_photo_failed = /** @type {(inputs: Qr_Photo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedet kunne ikke vedhæftes; meldingen er sendt.`)
};

export const qr_photo_too_big = /** @type {(inputs: Qr_Photo_Too_BigInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedet var større end 10 MB og blev ikke vedhæftet; meldingen er sendt.`)
};

export const qr_photo_unreadable = /** @type {(inputs: Qr_Photo_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Billedet kunne ikke læses (send et JPEG-, PNG-, WebP- eller HEIC-billede) og blev ikke vedhæftet; meldingen er sendt.`)
};

export const qr_poster_scan = /** @type {(inputs: Qr_Poster_ScanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scan for at sige til: ${i?.asset}, ${i?.zone}, ${i?.site}`)
};

export const qr_poster_title = /** @type {(inputs: Qr_Poster_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noget galt her?`)
};

export const qr_print = /** @type {(inputs: Qr_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv`)
};

export const qr_reference = /** @type {(inputs: Qr_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din reference:`)
};

export const qr_reporting_as_staff = /** @type {(inputs: Qr_Reporting_As_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du melder som medarbejder.`)
};

export const qr_revoke = /** @type {(inputs: Qr_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald og lav en ny kode`)
};

export const qr_revoke_explain = /** @type {(inputs: Qr_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle udskrevne koder for ${i?.asset} holder op med at virke med det samme. Brug dette, når en kode er kopieret eller misbrugt.`)
};

export const qr_revoke_summary = /** @type {(inputs: Qr_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald denne kode og udskriv en ny …`)
};

export const qr_rotated = /** @type {(inputs: Qr_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kode lavet. Koder udskrevet før virker ikke længere: udskift dem med denne.`)
};

export const qr_staff_not_through = /** @type {(inputs: Qr_Staff_Not_ThroughInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldingen gik ikke igennem: ${i?.reason}`)
};

export const qr_thanks = /** @type {(inputs: Qr_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tak!`)
};

export const qr_title = /** @type {(inputs: Qr_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meld et problem · ${i?.asset}`)
};

export const qr_told = /** @type {(inputs: Qr_ToldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Vi har fået besked: ${i?.fault} ved ${i?.asset}. Vores personale tager sig af det.`)
};

export const qr_too_many = /** @type {(inputs: Qr_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange meldinger fra denne forbindelse; prøv igen om et par minutter.`)
};

export const qr_what_is_wrong = /** @type {(inputs: Qr_What_Is_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad er galt? Ét tryk sender det.`)
};

export const qr_will_email = /** @type {(inputs: Qr_Will_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vi sender dig én e-mail, når det er ordnet, og sletter derefter din adresse.`)
};

export const reports_all_sites = /** @type {(inputs: Reports_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle mine steder`)
};

export const reports_caught = /** @type {(inputs: Reports_CaughtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fanget før kunderne: ${i?.share} af de fejl, kunderne ser`)
};

export const reports_caught_short = /** @type {(inputs: Reports_Caught_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fanget før kunderne: ${i?.share}`)
};

export const reports_col_defect = /** @type {(inputs: Reports_Col_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const reports_col_found_by = /** @type {(inputs: Reports_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet af`)
};

export const reports_col_open_for = /** @type {(inputs: Reports_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åben i`)
};

export const reports_col_opened = /** @type {(inputs: Reports_Col_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const reports_col_severity = /** @type {(inputs: Reports_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighed`)
};

export const reports_col_state = /** @type {(inputs: Reports_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const reports_day_hint = /** @type {(inputs: Reports_Day_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen dag: i går, i hvert steds tidszone.`)
};

export const reports_day_label = /** @type {(inputs: Reports_Day_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const reports_defect_line = /** @type {(inputs: Reports_Defect_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`#${i?.id} ${i?.fault} (${i?.severity}): ${i?.asset} (${i?.zone}), åbnet ${i?.opened} af ${i?.who}, ${i?.status}, ${i?.open_for}`)
};

export const reports_export_audit = /** @type {(inputs: Reports_Export_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisionslog`)
};

export const reports_export_audit_text = /** @type {(inputs: Reports_Export_Audit_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver ændring foretaget gennem Bulb Check: hvem, hvad og hvornår.`)
};

export const reports_export_backwards = /** @type {(inputs: Reports_Export_BackwardsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`»Fra« er efter »Til«: byt dem om.`)
};

export const reports_export_choose = /** @type {(inputs: Reports_Export_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvad der skal eksporteres, og formatet.`)
};

export const reports_export_columns = /** @type {(inputs: Reports_Export_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolonner i denne fil`)
};

export const reports_export_columns_note = /** @type {(inputs: Reports_Export_Columns_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tider er ISO 8601 i UTC. Filen skrives, mens den hentes: en stor fil viser sin fremdrift i browserens overførsler.`)
};

export const reports_export_csv = /** @type {(inputs: Reports_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV, til Excel, Numbers eller LibreOffice`)
};

export const reports_export_defects = /** @type {(inputs: Reports_Export_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const reports_export_defects_text = /** @type {(inputs: Reports_Export_Defects_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle fejl, der blev åbnet i perioden: hvor, hvad, hvor alvorlig, hvem der fandt den, hvornår den blev kvitteret og rettet.`)
};

export const reports_export_download = /** @type {(inputs: Reports_Export_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hent`)
};

export const reports_export_events = /** @type {(inputs: Reports_Export_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhedshændelser`)
};

export const reports_export_events_text = /** @type {(inputs: Reports_Export_Events_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det, sensorerne og knapperne sendte, som gjorde noget, som det er gemt, så længe hændelser gemmes (90 dage, medmindre jeres administrator har sat BULBCHECK_RETENTION_DAYS). Sensorernes rutinemæssige »alt i orden«-beskeder tælles i stedet pr. dag under Indsigt. Stor: et sted sender tusindvis om dagen.`)
};

export const reports_export_format = /** @type {(inputs: Reports_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format`)
};

export const reports_export_from = /** @type {(inputs: Reports_Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fra`)
};

export const reports_export_inspections = /** @type {(inputs: Reports_Export_InspectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjek-ind`)
};

export const reports_export_inspections_text = /** @type {(inputs: Reports_Export_Inspections_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvert tjek-ind ved et kontrolpunkt: hvornår, hvem, hvad de fandt, og om det var til tiden.`)
};

export const reports_export_intro = /** @type {(inputs: Reports_Export_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag dine data ud: til en kvartalsrapport i et regneark eller til et andet system. Filen dækker kun de steder, du ser.`)
};

export const reports_export_jsonl = /** @type {(inputs: Reports_Export_JsonlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JSON-linjer, til programmer`)
};

export const reports_export_last_30 = /** @type {(inputs: Reports_Export_Last_30Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seneste 30 dage`)
};

export const reports_export_last_quarter = /** @type {(inputs: Reports_Export_Last_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sidste kvartal`)
};

export const reports_export_no_site = /** @type {(inputs: Reports_Export_No_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet sted`)
};

export const reports_export_none_ticked = /** @type {(inputs: Reports_Export_None_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ingen markeret: dit ${i?.count} sted.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ingen markeret: alle dine ${i?.count} steder.`);
	return /** @type {LocalizedString} */ ("reports_export_none_ticked");
};

export const reports_export_only_site = /** @type {(inputs: Reports_Export_Only_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: det eneste sted, du ser.`)
};

export const reports_export_period = /** @type {(inputs: Reports_Export_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Periode`)
};

export const reports_export_problem = /** @type {(inputs: Reports_Export_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Eksporten kunne ikke starte: ${i?.problem}`)
};

export const reports_export_sites = /** @type {(inputs: Reports_Export_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const reports_export_tab = /** @type {(inputs: Reports_Export_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Eksport`)
};

export const reports_export_this_year = /** @type {(inputs: Reports_Export_This_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I år`)
};

export const reports_export_timeline = /** @type {(inputs: Reports_Export_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejlforløb`)
};

export const reports_export_timeline_text = /** @type {(inputs: Reports_Export_Timeline_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvert trin i disse fejl, én række pr. trin: åbnet, meldt igen, kvitteret, løst, af hvem.`)
};

export const reports_export_title = /** @type {(inputs: Reports_Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksport`)
};

export const reports_export_to = /** @type {(inputs: Reports_Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til (inklusive)`)
};

export const reports_export_utc_days = /** @type {(inputs: Reports_Export_Utc_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dage tælles i UTC.`)
};

export const reports_export_what = /** @type {(inputs: Reports_Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad`)
};

export const reports_failed_count = /** @type {(inputs: Reports_Failed_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} fejlede`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} fejlede`);
	return /** @type {LocalizedString} */ ("reports_failed_count");
};

export const reports_failed_heading = /** @type {(inputs: Reports_Failed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejlede den dag`)
};

export const reports_first_most = /** @type {(inputs: Reports_First_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldte oftest først: ${i?.list}`)
};

export const reports_found_first = /** @type {(inputs: Reports_Found_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fundet først af: sensorer ${i?.sensor}, personale ${i?.staff}, kunder ${i?.customer}, Bulb Check ${i?.system}`)
};

export const reports_mail_title = /** @type {(inputs: Reports_Mail_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport ${i?.date}: ${i?.scope}`)
};

export const reports_no_sites = /** @type {(inputs: Reports_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder at rapportere om.`)
};

export const reports_none = /** @type {(inputs: Reports_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen.`)
};

export const reports_open_count = /** @type {(inputs: Reports_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} stadig åben`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} stadig åbne`);
	return /** @type {LocalizedString} */ ("reports_open_count");
};

export const reports_open_heading = /** @type {(inputs: Reports_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stadig åbne`)
};

export const reports_overdue_checked = /** @type {(inputs: Reports_Overdue_CheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): forsinket siden ${i?.since}, inspiceret ${i?.checked}`)
};

export const reports_overdue_count = /** @type {(inputs: Reports_Overdue_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} forsinket inspektion`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} forsinkede inspektioner`);
	return /** @type {LocalizedString} */ ("reports_overdue_count");
};

export const reports_overdue_heading = /** @type {(inputs: Reports_Overdue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forsinkede inspektioner`)
};

export const reports_overdue_unchecked = /** @type {(inputs: Reports_Overdue_UncheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): forsinket siden ${i?.since}, ikke inspiceret endnu`)
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
	return /** @type {LocalizedString} */ (`personale`)
};

export const reports_source_system = /** @type {(inputs: Reports_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check`)
};

export const reports_status_acknowledged = /** @type {(inputs: Reports_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvitteret`)
};

export const reports_status_on_hold = /** @type {(inputs: Reports_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på hold`)
};

export const reports_status_open = /** @type {(inputs: Reports_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åben`)
};

export const reports_status_resolved = /** @type {(inputs: Reports_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`udbedret`)
};

export const reports_title = /** @type {(inputs: Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport`)
};

export const setup_add_asset = /** @type {(inputs: Setup_Add_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj aktiv`)
};

export const setup_add_asset_to = /** @type {(inputs: Setup_Add_Asset_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilføj et aktiv til ${i?.zone}`)
};

export const setup_add_assets_first = /** @type {(inputs: Setup_Add_Assets_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj aktiver først.`)
};

export const setup_add_checkpoint = /** @type {(inputs: Setup_Add_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj kontrolpunkt`)
};

export const setup_add_checkpoint_to = /** @type {(inputs: Setup_Add_Checkpoint_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilføj et kontrolpunkt til ${i?.zone}`)
};

export const setup_add_device = /** @type {(inputs: Setup_Add_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj enhed`)
};

export const setup_add_device_summary = /** @type {(inputs: Setup_Add_Device_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj en enhed`)
};

export const setup_add_zone = /** @type {(inputs: Setup_Add_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj zone`)
};

export const setup_add_zone_summary = /** @type {(inputs: Setup_Add_Zone_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj en zone`)
};

export const setup_asg_add = /** @type {(inputs: Setup_Asg_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj regel`)
};

export const setup_asg_added = /** @type {(inputs: Setup_Asg_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reglen er tilføjet: nye fejl, der passer, tildeles, som den siger.`)
};

export const setup_asg_all_of = /** @type {(inputs: Setup_Asg_All_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`alt inden for ${i?.category}`)
};

export const setup_asg_bad_form = /** @type {(inputs: Setup_Asg_Bad_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg stedet, og sæt kun flueben ved det, listerne tilbyder.`)
};

export const setup_asg_choose = /** @type {(inputs: Setup_Asg_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg`)
};

export const setup_asg_choose_option = /** @type {(inputs: Setup_Asg_Choose_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg …`)
};

export const setup_asg_choose_who = /** @type {(inputs: Setup_Asg_Choose_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvem der får dem.`)
};

export const setup_asg_col_defects = /** @type {(inputs: Setup_Asg_Col_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const setup_asg_col_go_to = /** @type {(inputs: Setup_Asg_Col_Go_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Går til`)
};

export const setup_asg_col_made = /** @type {(inputs: Setup_Asg_Col_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lavet`)
};

export const setup_asg_col_zone = /** @type {(inputs: Setup_Asg_Col_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const setup_asg_delete = /** @type {(inputs: Setup_Asg_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet`)
};

export const setup_asg_deleted = /** @type {(inputs: Setup_Asg_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reglen er slettet. Fejl, den tildelte, forbliver tildelt.`)
};

export const setup_asg_every_defect = /** @type {(inputs: Setup_Asg_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle fejl`)
};

export const setup_asg_every_zone = /** @type {(inputs: Setup_Asg_Every_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle zoner`)
};

export const setup_asg_every_zone_of = /** @type {(inputs: Setup_Asg_Every_Zone_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle zoner ved ${i?.site}`)
};

export const setup_asg_intro = /** @type {(inputs: Setup_Asg_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nye fejl, der passer til en regel, tildeles, når de åbnes, hvis ingen har tildelt dem endnu: »gulvvaskerne får snavs og spild«. En regel for en zone går forud for en for hele stedet.`)
};

export const setup_asg_made_by = /** @type {(inputs: Setup_Asg_Made_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} af ${i?.who}`)
};

export const setup_asg_new = /** @type {(inputs: Setup_Asg_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const setup_asg_no_sites = /** @type {(inputs: Setup_Asg_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du har ingen steder at lave regler for.`)
};

export const setup_asg_none = /** @type {(inputs: Setup_Asg_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen regler endnu: nye fejl venter på, at nogen tildeler eller tager dem.`)
};

export const setup_asg_people = /** @type {(inputs: Setup_Asg_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personer`)
};

export const setup_asg_teams = /** @type {(inputs: Setup_Asg_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hold`)
};

export const setup_asg_title = /** @type {(inputs: Setup_Asg_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregler`)
};

export const setup_asg_which = /** @type {(inputs: Setup_Asg_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilke fejl`)
};

export const setup_asg_which_hint = /** @type {(inputs: Setup_Asg_Which_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(vælg ingen for alle fejl)`)
};

export const setup_asg_which_rule = /** @type {(inputs: Setup_Asg_Which_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den regel er ikke på listen længere: genindlæs siden.`)
};

export const setup_asset_added = /** @type {(inputs: Setup_Asset_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktivet ${i?.name} er tilføjet.`)
};

export const setup_asset_placeholder = /** @type {(inputs: Setup_Asset_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kaldeknap, 12. etage`)
};

export const setup_asset_saved = /** @type {(inputs: Setup_Asset_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktivet ${i?.name} er gemt.`)
};

export const setup_assets_covered = /** @type {(inputs: Setup_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiver, det dækker`)
};

export const setup_assignment_link = /** @type {(inputs: Setup_Assignment_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregler`)
};

export const setup_cancel = /** @type {(inputs: Setup_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annullér`)
};

export const setup_category = /** @type {(inputs: Setup_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const setup_checkpoint_added = /** @type {(inputs: Setup_Checkpoint_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrolpunktet ${i?.name} er tilføjet.`)
};

export const setup_checkpoint_placeholder = /** @type {(inputs: Setup_Checkpoint_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Morgenrunde`)
};

export const setup_checkpoint_saved = /** @type {(inputs: Setup_Checkpoint_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrolpunktet ${i?.name} er gemt.`)
};

export const setup_checkpoints = /** @type {(inputs: Setup_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkter`)
};

export const setup_checkpoints_hint = /** @type {(inputs: Setup_Checkpoints_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en runde, personalet tjekker ind ved med jævne mellemrum)`)
};

export const setup_col_checkpoints = /** @type {(inputs: Setup_Col_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkter`)
};

export const setup_col_device = /** @type {(inputs: Setup_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhed`)
};

export const setup_col_devices = /** @type {(inputs: Setup_Col_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder`)
};

export const setup_col_heard = /** @type {(inputs: Setup_Col_HeardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hørt hvert`)
};

export const setup_col_kind = /** @type {(inputs: Setup_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const setup_col_language = /** @type {(inputs: Setup_Col_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprog`)
};

export const setup_col_site = /** @type {(inputs: Setup_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const setup_col_state = /** @type {(inputs: Setup_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const setup_col_timezone = /** @type {(inputs: Setup_Col_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszone`)
};

export const setup_conn_both = /** @type {(inputs: Setup_Conn_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(begge; MQTT 3.1.1)`)
};

export const setup_conn_commands = /** @type {(inputs: Setup_Conn_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommandoer`)
};

export const setup_conn_host = /** @type {(inputs: Setup_Conn_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vært`)
};

export const setup_conn_host_unknown = /** @type {(inputs: Setup_Conn_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ukendt: sæt BULBCHECK_PUBLIC_URL (eller BULBCHECK_MQTT_HOST til en rigtig adresse), så enhederne får at vide, hvor de skal forbinde.`)
};

export const setup_conn_liveness = /** @type {(inputs: Setup_Conn_LivenessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Livstegn og sidste vilje`)
};

export const setup_conn_liveness_hint = /** @type {(inputs: Setup_Conn_Liveness_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online (bevaret) ved forbindelse, offline som sidste vilje`)
};

export const setup_conn_mqtt_tls = /** @type {(inputs: Setup_Conn_Mqtt_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(MQTT over TLS)`)
};

export const setup_conn_none = /** @type {(inputs: Setup_Conn_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const setup_conn_port = /** @type {(inputs: Setup_Conn_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Port`)
};

export const setup_conn_publishes = /** @type {(inputs: Setup_Conn_PublishesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Publicerer til`)
};

export const setup_conn_tls_none = /** @type {(inputs: Setup_Conn_Tls_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ikke sat op på denne server`)
};

export const setup_conn_tls_offered = /** @type {(inputs: Setup_Conn_Tls_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilbydes`)
};

export const setup_conn_try = /** @type {(inputs: Setup_Conn_TryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv fra en skal (med SECRET sat til hemmeligheden):`)
};

export const setup_conn_username = /** @type {(inputs: Setup_Conn_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brugernavn og klient-id`)
};

export const setup_covers = /** @type {(inputs: Setup_CoversInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dækker ${i?.assets}`)
};

export const setup_create_site = /** @type {(inputs: Setup_Create_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret sted`)
};

export const setup_cred_download = /** @type {(inputs: Setup_Cred_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hent fil med loginoplysninger`)
};

export const setup_cred_label = /** @type {(inputs: Setup_Cred_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loginoplysninger for ${i?.device}`)
};

export const setup_cred_secret_of = /** @type {(inputs: Setup_Cred_Secret_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hemmeligheden til ${i?.device}`)
};

export const setup_cred_warning = /** @type {(inputs: Setup_Cred_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er enhedens MQTT-adgangskode. Den vises kun denne ene gang: hent filen, eller kopiér den nu.`)
};

export const setup_danger_heading = /** @type {(inputs: Setup_Danger_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér eller slet stedet`)
};

export const setup_day_closes = /** @type {(inputs: Setup_Day_ClosesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} lukker`)
};

export const setup_day_fri = /** @type {(inputs: Setup_Day_FriInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fredag`)
};

export const setup_day_mon = /** @type {(inputs: Setup_Day_MonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mandag`)
};

export const setup_day_opens = /** @type {(inputs: Setup_Day_OpensInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} åbner`)
};

export const setup_day_sat = /** @type {(inputs: Setup_Day_SatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lørdag`)
};

export const setup_day_sun = /** @type {(inputs: Setup_Day_SunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Søndag`)
};

export const setup_day_thu = /** @type {(inputs: Setup_Day_ThuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Torsdag`)
};

export const setup_day_tue = /** @type {(inputs: Setup_Day_TueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tirsdag`)
};

export const setup_day_wed = /** @type {(inputs: Setup_Day_WedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Onsdag`)
};

export const setup_delete = /** @type {(inputs: Setup_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet`)
};

export const setup_delete_site = /** @type {(inputs: Setup_Delete_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet stedet`)
};

export const setup_delete_site_explain = /** @type {(inputs: Setup_Delete_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun et sted helt uden historik (ingen beskeder, fejl eller eftersyn) kan slettes: med alt i det. Ellers pensionerer du det.`)
};

export const setup_delete_summary = /** @type {(inputs: Setup_Delete_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slet ${i?.site} …`)
};

export const setup_delete_zone = /** @type {(inputs: Setup_Delete_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet zonen`)
};

export const setup_delete_zone_hint = /** @type {(inputs: Setup_Delete_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun når intet i den har nogen historik (en fejl, der lige er begået).`)
};

export const setup_deleted = /** @type {(inputs: Setup_DeletedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slettede ${i?.thing}: fjernede ${i?.parts}.`)
};

export const setup_demo = /** @type {(inputs: Setup_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`demo`)
};

export const setup_dev_choose_site = /** @type {(inputs: Setup_Dev_Choose_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg det sted, den skal flyttes til.`)
};

export const setup_dev_connects = /** @type {(inputs: Setup_Dev_ConnectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sådan forbinder den`)
};

export const setup_dev_delete = /** @type {(inputs: Setup_Dev_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slet ${i?.name}`)
};

export const setup_dev_delete_explain = /** @type {(inputs: Setup_Dev_Delete_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun en enhed, der aldrig har sendt noget, kan slettes (en fejl, der lige er begået); ellers pensionerer du den.`)
};

export const setup_dev_delete_summary = /** @type {(inputs: Setup_Dev_Delete_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slet …`)
};

export const setup_dev_heard_hint = /** @type {(inputs: Setup_Dev_Heard_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tre tavse intervaller gør den afbrudt)`)
};

export const setup_dev_its_messages = /** @type {(inputs: Setup_Dev_Its_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dens beskeder og afvisninger`)
};

export const setup_dev_kind_at = /** @type {(inputs: Setup_Dev_Kind_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} ved ${i?.site}`)
};

export const setup_dev_last_heard = /** @type {(inputs: Setup_Dev_Last_HeardInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sidst hørt ${i?.when}`)
};

export const setup_dev_last_refusal = /** @type {(inputs: Setup_Dev_Last_RefusalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sidst afvist ${i?.when}: ${i?.why}`)
};

export const setup_dev_manage = /** @type {(inputs: Setup_Dev_ManageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemmelighed, adgang og sted`)
};

export const setup_dev_messages = /** @type {(inputs: Setup_Dev_MessagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} besked gemt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} beskeder gemt`);
	return /** @type {LocalizedString} */ ("setup_dev_messages");
};

export const setup_dev_move = /** @type {(inputs: Setup_Dev_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flyt`)
};

export const setup_dev_move_explain = /** @type {(inputs: Setup_Dev_Move_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dens aktive forbindelse lukkes med det samme; den forbinder igen under det nye steds emner (firmwaren skal bruge det nye steds id i sine emner). Det, den overvåger og betjener, starter tomt dér.`)
};

export const setup_dev_move_summary = /** @type {(inputs: Setup_Dev_Move_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flyt til et andet sted …`)
};

export const setup_dev_move_to = /** @type {(inputs: Setup_Dev_Move_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const setup_dev_moved = /** @type {(inputs: Setup_Dev_MovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Flyttet til ${i?.site}: forbindelsen blev lukket; den forbinder igen under dette steds emner. Vælg, hvad den overvåger eller betjener her.`)
};

export const setup_dev_never = /** @type {(inputs: Setup_Dev_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const setup_dev_no_assets = /** @type {(inputs: Setup_Dev_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet har ingen aktiver endnu.`)
};

export const setup_dev_refused = /** @type {(inputs: Setup_Dev_RefusedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} afvist`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} afvist`);
	return /** @type {LocalizedString} */ ("setup_dev_refused");
};

export const setup_dev_restore = /** @type {(inputs: Setup_Dev_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendan enheden`)
};

export const setup_dev_restored = /** @type {(inputs: Setup_Dev_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendannet: den kan forbinde igen med sin hemmelighed.`)
};

export const setup_dev_retire = /** @type {(inputs: Setup_Dev_RetireInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionér ${i?.name}`)
};

export const setup_dev_retire_explain = /** @type {(inputs: Setup_Dev_Retire_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den afbrydes, forsvinder fra tavlerne og alarmerne og kan ikke logge ind; historikken bliver, og den kan gendannes.`)
};

export const setup_dev_retire_summary = /** @type {(inputs: Setup_Dev_Retire_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér …`)
};

export const setup_dev_retired = /** @type {(inputs: Setup_Dev_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensioneret: afbrudt, ude af tavlerne og alarmerne; historikken bliver.`)
};

export const setup_dev_revoke = /** @type {(inputs: Setup_Dev_RevokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilbagekald ${i?.name}`)
};

export const setup_dev_revoke_explain = /** @type {(inputs: Setup_Dev_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til en mistet eller stjålet enhed: den afbrydes og kan ikke logge ind igen, før en administrator gendanner den. Historikken bliver.`)
};

export const setup_dev_revoke_summary = /** @type {(inputs: Setup_Dev_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald …`)
};

export const setup_dev_revoked = /** @type {(inputs: Setup_Dev_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekaldt: enheden blev afbrudt og kan ikke længere logge ind. Historikken bliver.`)
};

export const setup_dev_revoked_note = /** @type {(inputs: Setup_Dev_Revoked_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekaldt: en administrator kan gendanne den.`)
};

export const setup_dev_rotate_explain = /** @type {(inputs: Setup_Dev_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemmelighed laves og vises én gang; den nuværende holder op med at virke med det samme, og enheden er afbrudt, indtil den får den nye.`)
};

export const setup_dev_rotate_now = /** @type {(inputs: Setup_Dev_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskift hemmeligheden nu`)
};

export const setup_dev_rotate_summary = /** @type {(inputs: Setup_Dev_Rotate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskift hemmelighed …`)
};

export const setup_dev_rotated = /** @type {(inputs: Setup_Dev_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny hemmelighed er lavet: den gamle virker ikke længere, og enheden blev afbrudt.`)
};

export const setup_dev_save = /** @type {(inputs: Setup_Dev_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem enheden`)
};

export const setup_dev_saved = /** @type {(inputs: Setup_Dev_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheden er gemt.`)
};

export const setup_dev_secret_hint = /** @type {(inputs: Setup_Dev_Secret_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemmeligheden vises ikke igen, efter den blev lavet; udskift den for at lave en ny.`)
};

export const setup_dev_settings = /** @type {(inputs: Setup_Dev_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Indstillinger`)
};

export const setup_dev_title = /** @type {(inputs: Setup_Dev_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enhed ${i?.name}`)
};

export const setup_dev_unrevoke = /** @type {(inputs: Setup_Dev_UnrevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendan adgangen (med en ny hemmelighed)`)
};

export const setup_dev_unrevoked = /** @type {(inputs: Setup_Dev_UnrevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheden kan logge ind igen, kun med denne nye hemmelighed.`)
};

export const setup_device_added = /** @type {(inputs: Setup_Device_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enheden ${i?.name} er tilføjet.`)
};

export const setup_device_id_exists = /** @type {(inputs: Setup_Device_Id_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} findes allerede: vælg et andet id.`)
};

export const setup_device_placeholder = /** @type {(inputs: Setup_Device_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampesensor i lobbyen`)
};

export const setup_devices = /** @type {(inputs: Setup_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder`)
};

export const setup_edit = /** @type {(inputs: Setup_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Redigér`)
};

export const setup_err_address_long = /** @type {(inputs: Setup_Err_Address_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adressen må højst have 300 tegn.`)
};

export const setup_err_check_fields = /** @type {(inputs: Setup_Err_Check_FieldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjek felterne, der er markeret nedenfor.`)
};

export const setup_err_choose_category = /** @type {(inputs: Setup_Err_Choose_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg en kategori.`)
};

export const setup_err_choose_kind = /** @type {(inputs: Setup_Err_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg hvilken slags enhed.`)
};

export const setup_err_choose_language = /** @type {(inputs: Setup_Err_Choose_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg stedets sprog.`)
};

export const setup_err_date_line = /** @type {(inputs: Setup_Err_Date_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line} (»${i?.entry}«): skriv en dato og »closed« eller åbningstiderne, for eksempel 2026-12-24 08:00-14:00.`)
};

export const setup_err_date_overnight = /** @type {(inputs: Setup_Err_Date_OvernightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line}: åbningstiderne for en dato skal slutte samme dag (${i?.entry}).`)
};

export const setup_err_date_twice = /** @type {(inputs: Setup_Err_Date_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} står der to gange.`)
};

export const setup_err_day_hours = /** @type {(inputs: Setup_Err_Day_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv åbnings- og lukketid (TT:MM), eller fjern fluebenet ved dagen.`)
};

export const setup_err_field_refused = /** @type {(inputs: Setup_Err_Field_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne værdi blev ikke godkendt: tjek den, og gem igen.`)
};

export const setup_err_id_format = /** @type {(inputs: Setup_Err_Id_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brug små bogstaver, cifre og bindestreger (op til 63), og start med et bogstav eller et ciffer.`)
};

export const setup_err_id_none = /** @type {(inputs: Setup_Err_Id_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv et navn (eller et id).`)
};

export const setup_err_id_taken = /** @type {(inputs: Setup_Err_Id_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} er allerede i brug her: vælg et andet id.`)
};

export const setup_err_minutes = /** @type {(inputs: Setup_Err_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et helt antal minutter fra ${i?.min} til ${i?.max}.`)
};

export const setup_err_name_empty = /** @type {(inputs: Setup_Err_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Giv det et navn.`)
};

export const setup_err_name_long = /** @type {(inputs: Setup_Err_Name_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navnet må højst have 120 tegn.`)
};

export const setup_err_refused = /** @type {(inputs: Setup_Err_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nogle felter blev ikke godkendt: tjek dem, der er markeret nedenfor, og gem igen.`)
};

export const setup_err_seconds = /** @type {(inputs: Setup_Err_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et helt antal sekunder fra ${i?.min} til ${i?.max}.`)
};

export const setup_err_serves = /** @type {(inputs: Setup_Err_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt flueben ved de kontrolpunkter, den betjener, eller vælg alle eller ingen.`)
};

export const setup_err_timezone = /** @type {(inputs: Setup_Err_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg stedets tidszone på listen.`)
};

export const setup_err_which_site = /** @type {(inputs: Setup_Err_Which_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket sted? Vælg et på listen, og prøv igen.`)
};

export const setup_every_hours = /** @type {(inputs: Setup_Every_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`hver time`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`hver ${i?.count}. time`);
	return /** @type {LocalizedString} */ ("setup_every_hours");
};

export const setup_every_minutes = /** @type {(inputs: Setup_Every_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hvert ${i?.count}. min`)
};

export const setup_export_csv = /** @type {(inputs: Setup_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksportér som CSV`)
};

export const setup_export_json = /** @type {(inputs: Setup_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksportér som flådedokument (JSON)`)
};

export const setup_form_address = /** @type {(inputs: Setup_Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

export const setup_form_always = /** @type {(inputs: Setup_Form_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbent døgnet rundt`)
};

export const setup_form_dates = /** @type {(inputs: Setup_Form_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Helligdage og andre datoer`)
};

export const setup_form_dates_hint = /** @type {(inputs: Setup_Form_Dates_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(én pr. linje: 2026-12-25 closed eller 2026-12-24 08:00-14:00)`)
};

export const setup_form_hours = /** @type {(inputs: Setup_Form_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbningstider`)
};

export const setup_form_hours_hint = /** @type {(inputs: Setup_Form_Hours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(forsinkede kontroller og advarsler tæller kun, når der er åbent)`)
};

export const setup_form_id = /** @type {(inputs: Setup_Form_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_form_id_hint = /** @type {(inputs: Setup_Form_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(i adresser og enhedsemner; dannes ud fra navnet, hvis feltet er tomt; kan ikke ændres senere)`)
};

export const setup_form_language = /** @type {(inputs: Setup_Form_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sprog`)
};

export const setup_form_language_hint = /** @type {(inputs: Setup_Form_Language_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(QR-side, etiketter, rapporter)`)
};

export const setup_form_name = /** @type {(inputs: Setup_Form_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const setup_form_timezone = /** @type {(inputs: Setup_Form_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidszone`)
};

export const setup_form_week_hint = /** @type {(inputs: Setup_Form_Week_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En dag uden flueben er lukket. Et lukketidspunkt før åbningstidspunktet går over midnat; 00:00 lukker ved midnat.`)
};

export const setup_form_weekly = /** @type {(inputs: Setup_Form_WeeklyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbningstider pr. ugedag`)
};

export const setup_form_zones_all = /** @type {(inputs: Setup_Form_Zones_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hele verden`)
};

export const setup_form_zones_near = /** @type {(inputs: Setup_Form_Zones_NearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Norden og nærområdet`)
};

export const setup_guests_qr = /** @type {(inputs: Setup_Guests_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gæster kan melde det (QR-kode)`)
};

export const setup_guests_report = /** @type {(inputs: Setup_Guests_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gæster kan melde det`)
};

export const setup_heard_seconds = /** @type {(inputs: Setup_Heard_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hørt hvert, sekunder`)
};

export const setup_help_columns = /** @type {(inputs: Setup_Help_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolonner`)
};

export const setup_help_hours_or = /** @type {(inputs: Setup_Help_Hours_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eller always.`)
};

export const setup_help_ids = /** @type {(inputs: Setup_Help_IdsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id'er: små bogstaver, cifre og bindestreger, som hotel-oslo. En tom celle beholder det, der står.`)
};

export const setup_help_ids_spaces = /** @type {(inputs: Setup_Help_Ids_SpacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id'er adskilt af mellemrum; none for ingen.`)
};

export const setup_help_intro = /** @type {(inputs: Setup_Help_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Én række pr. sted, zone, aktiv, kontrolpunkt eller enhed, i vilkårlig rækkefølge. I et ark med flere slags siger kolonnen kind, hvad hver række er; en fil med én slags behøver den ikke. Start med skabelonen, eller eksportér anlægget, ændr det, og importér det igen.`)
};

export const setup_help_more = /** @type {(inputs: Setup_Help_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mere i dokumentationen:`)
};

export const setup_help_one_bad = /** @type {(inputs: Setup_Help_One_BadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Én forkert række betyder, at intet gemmes:`)
};

export const setup_help_one_bad_after = /** @type {(inputs: Setup_Help_One_Bad_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forhåndsvisningen viser hvert problem med dets linje.`)
};

export const setup_help_separators = /** @type {(inputs: Setup_Help_SeparatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommaer, semikoloner eller tabulatorer mellem cellerne; gem som UTF-8.`)
};

export const setup_help_serves = /** @type {(inputs: Setup_Help_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(knapper): id'er for kontrolpunkter, all for alle stedets, eller none.`)
};

export const setup_help_title = /** @type {(inputs: Setup_Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sådan er filen opbygget`)
};

export const setup_help_yes_no = /** @type {(inputs: Setup_Help_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes eller no`)
};

export const setup_id = /** @type {(inputs: Setup_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_id_placeholder = /** @type {(inputs: Setup_Id_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`laves ud fra navnet`)
};

export const setup_imp_applies = /** @type {(inputs: Setup_Imp_AppliesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anvender præcis den fil, der er forhåndsvist her: ${i?.created}, ${i?.changed}.`)
};

export const setup_imp_changed = /** @type {(inputs: Setup_Imp_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet blev importeret: anlægget er ændret siden forhåndsvisningen, og nogle rækker passer ikke længere. Her er den nye forhåndsvisning.`)
};

export const setup_imp_changes = /** @type {(inputs: Setup_Imp_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ændring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ændringer`);
	return /** @type {LocalizedString} */ ("setup_imp_changes");
};

export const setup_imp_choose_file = /** @type {(inputs: Setup_Imp_Choose_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg en CSV-fil, eller indsæt dens tekst.`)
};

export const setup_imp_col_id = /** @type {(inputs: Setup_Imp_Col_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_imp_col_kind = /** @type {(inputs: Setup_Imp_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const setup_imp_col_line = /** @type {(inputs: Setup_Imp_Col_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linje`)
};

export const setup_imp_col_site = /** @type {(inputs: Setup_Imp_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const setup_imp_col_what = /** @type {(inputs: Setup_Imp_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad der sker`)
};

export const setup_imp_column = /** @type {(inputs: Setup_Imp_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, kolonne ${i?.field}`)
};

export const setup_imp_created_list = /** @type {(inputs: Setup_Imp_Created_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`oprettede ${i?.list}`)
};

export const setup_imp_csv_file = /** @type {(inputs: Setup_Imp_Csv_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV-fil`)
};

export const setup_imp_done = /** @type {(inputs: Setup_Imp_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importerede ${i?.name}: ${i?.created}; ${i?.changed}, ${i?.unchanged}.`)
};

export const setup_imp_download = /** @type {(inputs: Setup_Imp_DownloadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hent ${i?.name}`)
};

export const setup_imp_download_secrets = /** @type {(inputs: Setup_Imp_Download_SecretsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Hent hemmeligheden til den nye enhed nu.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Hent hemmelighederne til de ${i?.count} nye enheder nu.`);
	return /** @type {LocalizedString} */ ("setup_imp_download_secrets");
};

export const setup_imp_empty = /** @type {(inputs: Setup_Imp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tom)`)
};

export const setup_imp_err_at_least = /** @type {(inputs: Setup_Imp_Err_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mindst ${i?.min}`)
};

export const setup_imp_err_at_least_minutes = /** @type {(inputs: Setup_Imp_Err_At_Least_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mindst ${i?.min} minutter`)
};

export const setup_imp_err_at_least_seconds = /** @type {(inputs: Setup_Imp_Err_At_Least_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mindst ${i?.min} sekunder`)
};

export const setup_imp_err_at_most = /** @type {(inputs: Setup_Imp_Err_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`højst ${i?.max}`)
};

export const setup_imp_err_at_most_minutes = /** @type {(inputs: Setup_Imp_Err_At_Most_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`højst ${i?.max} minutter`)
};

export const setup_imp_err_at_most_seconds = /** @type {(inputs: Setup_Imp_Err_At_Most_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`højst ${i?.max} sekunder`)
};

export const setup_imp_err_bad_hours = /** @type {(inputs: Setup_Imp_Err_Bad_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`»${i?.value}«: en dag og dens åbningstid, for eksempel mon-fri 07:00-22:00 eller 2026-12-25 closed.`)
};

export const setup_imp_err_bad_id = /** @type {(inputs: Setup_Imp_Err_Bad_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`et id er små bogstaver, cifre og bindestreger (ikke først), højst 63 tegn, for eksempel hotel-oslo`)
};

export const setup_imp_err_column_not_of_kind = /** @type {(inputs: Setup_Imp_Err_Column_Not_Of_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Denne slags række har ingen ${i?.column}: lad cellen være tom.`)
};

export const setup_imp_err_column_twice = /** @type {(inputs: Setup_Imp_Err_Column_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kolonnen ${i?.column} står der to gange.`)
};

export const setup_imp_err_columns_ambiguous = /** @type {(inputs: Setup_Imp_Err_Columns_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Disse kolonner passer til flere slags rækker (${i?.kinds}): tilføj en kind-kolonne.`)
};

export const setup_imp_err_columns_fit_nothing = /** @type {(inputs: Setup_Imp_Err_Columns_Fit_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disse kolonner passer ikke til nogen slags række: tilføj en kind-kolonne (site, zone, asset, checkpoint, sensor, button), eller tjek kolonnernes navne.`)
};

export const setup_imp_err_day_twice = /** @type {(inputs: Setup_Imp_Err_Day_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} står der to gange.`)
};

export const setup_imp_err_duplicate_id = /** @type {(inputs: Setup_Imp_Err_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} står allerede på linje ${i?.line}: hvert id kun én gang.`)
};

export const setup_imp_err_empty = /** @type {(inputs: Setup_Imp_Err_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Må ikke være tom.`)
};

export const setup_imp_err_id_missing = /** @type {(inputs: Setup_Imp_Err_Id_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver række skal have et id.`)
};

export const setup_imp_err_kind_missing = /** @type {(inputs: Setup_Imp_Err_Kind_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Angiv, hvad rækken er: en af ${i?.kinds}.`)
};

export const setup_imp_err_kind_not_of_file = /** @type {(inputs: Setup_Imp_Err_Kind_Not_Of_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}: denne fil indeholder ${i?.sheet}-rækker.`)
};

export const setup_imp_err_no_header = /** @type {(inputs: Setup_Imp_Err_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Første linje skal være overskriften, for eksempel ${i?.columns}`)
};

export const setup_imp_err_no_id_column = /** @type {(inputs: Setup_Imp_Err_No_Id_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overskriften skal have en id-kolonne.`)
};

export const setup_imp_err_not_yes_no = /** @type {(inputs: Setup_Imp_Err_Not_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ja eller nej.`)
};

export const setup_imp_err_one_of = /** @type {(inputs: Setup_Imp_Err_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en af ${i?.options}`)
};

export const setup_imp_err_required_new = /** @type {(inputs: Setup_Imp_Err_Required_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skal udfyldes, når rækken tilføjer noget nyt.`)
};

export const setup_imp_err_sensor_serves = /** @type {(inputs: Setup_Imp_Err_Sensor_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kun en knap betjener kontrolpunkter.`)
};

export const setup_imp_err_site_required = /** @type {(inputs: Setup_Imp_Err_Site_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket sted hører den til? Udfyld stedet.`)
};

export const setup_imp_err_site_required_device = /** @type {(inputs: Setup_Imp_Err_Site_Required_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skal udfyldes for en ny enhed.`)
};

export const setup_imp_err_stray_cell = /** @type {(inputs: Setup_Imp_Err_Stray_CellInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En celle uden for overskriftens kolonner: giv den en kolonne, eller fjern den.`)
};

export const setup_imp_err_too_long = /** @type {(inputs: Setup_Imp_Err_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Højst ${i?.max} tegn.`)
};

export const setup_imp_err_too_long_has = /** @type {(inputs: Setup_Imp_Err_Too_Long_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Højst ${i?.max} tegn (denne har ${i?.length}).`)
};

export const setup_imp_err_too_many_ids = /** @type {(inputs: Setup_Imp_Err_Too_Many_IdsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Højst ${i?.max} id'er.`)
};

export const setup_imp_err_unclosed_quote = /** @type {(inputs: Setup_Imp_Err_Unclosed_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et anførselstegn åbnes her og lukkes aldrig: resten af filen ville blive én celle.`)
};

export const setup_imp_err_unknown_assets = /** @type {(inputs: Setup_Imp_Err_Unknown_AssetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ukendt udstyr på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ukendt udstyr på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_assets");
};

export const setup_imp_err_unknown_checkpoints = /** @type {(inputs: Setup_Imp_Err_Unknown_CheckpointsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ukendt kontrolpunkt på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ukendte kontrolpunkter på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_checkpoints");
};

export const setup_imp_err_unknown_column = /** @type {(inputs: Setup_Imp_Err_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukendt kolonne ${i?.column}: kolonnerne er ${i?.columns}.`)
};

export const setup_imp_err_unknown_row_kind = /** @type {(inputs: Setup_Imp_Err_Unknown_Row_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} er ikke en slags række: en af ${i?.kinds}.`)
};

export const setup_imp_err_unknown_site = /** @type {(inputs: Setup_Imp_Err_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukendt sted ${i?.site}: tilføj en række for det, eller ret id'et.`)
};

export const setup_imp_err_unknown_zone = /** @type {(inputs: Setup_Imp_Err_Unknown_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukendt zone ${i?.zone} på ${i?.site}: tilføj en række for den, eller ret id'et.`)
};

export const setup_imp_err_whole_minutes = /** @type {(inputs: Setup_Imp_Err_Whole_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et helt antal minutter, for eksempel 60.`)
};

export const setup_imp_err_whole_seconds = /** @type {(inputs: Setup_Imp_Err_Whole_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et helt antal sekunder, for eksempel 60.`)
};

export const setup_imp_errors = /** @type {(inputs: Setup_Imp_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl`)
};

export const setup_imp_export_csv = /** @type {(inputs: Setup_Imp_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksportér anlægget som CSV`)
};

export const setup_imp_export_csv_hint = /** @type {(inputs: Setup_Imp_Export_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder, som de er nu: ændr dem i et regneark, og importér dem igen.`)
};

export const setup_imp_export_json = /** @type {(inputs: Setup_Imp_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksportér anlægget som JSON`)
};

export const setup_imp_export_json_hint = /** @type {(inputs: Setup_Imp_Export_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det samme som et anlægsdokument, til PUT /api/fleet. Ingen hemmeligheder i nogen af dem.`)
};

export const setup_imp_files = /** @type {(inputs: Setup_Imp_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filer`)
};

export const setup_imp_header_line = /** @type {(inputs: Setup_Imp_Header_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overskriften (linje 1)`)
};

export const setup_imp_heading = /** @type {(inputs: Setup_Imp_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importér steder og enheder fra CSV`)
};

export const setup_imp_host_unknown = /** @type {(inputs: Setup_Imp_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveren kender ikke brokerens adresse, som enhederne når den, så host og port er tomme: se en enheds side.`)
};

export const setup_imp_import_changes = /** @type {(inputs: Setup_Imp_Import_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Importér ${i?.count} ændring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Importér ${i?.count} ændringer`);
	return /** @type {LocalizedString} */ ("setup_imp_import_changes");
};

export const setup_imp_importing = /** @type {(inputs: Setup_Imp_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importerer …`)
};

export const setup_imp_intro = /** @type {(inputs: Setup_Imp_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj eller ændr mange steder, zoner, aktiver, kontrolpunkter og enheder på én gang fra et regneark. Forhåndsvisningen viser, hvad hver række vil gøre, og gemmer intet; importen anvender derefter filen, det hele eller intet.`)
};

export const setup_imp_line = /** @type {(inputs: Setup_Imp_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line}`)
};

export const setup_imp_n_asset = /** @type {(inputs: Setup_Imp_N_AssetInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} aktiv`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} aktiver`);
	return /** @type {LocalizedString} */ ("setup_imp_n_asset");
};

export const setup_imp_n_checkpoint = /** @type {(inputs: Setup_Imp_N_CheckpointInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} kontrolpunkt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kontrolpunkter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_checkpoint");
};

export const setup_imp_n_device = /** @type {(inputs: Setup_Imp_N_DeviceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhed`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheder`);
	return /** @type {LocalizedString} */ ("setup_imp_n_device");
};

export const setup_imp_n_rows_changed = /** @type {(inputs: Setup_Imp_N_Rows_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} række ændret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rækker ændret`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_changed");
};

export const setup_imp_n_rows_unchanged = /** @type {(inputs: Setup_Imp_N_Rows_UnchangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} række uændret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rækker uændret`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_unchanged");
};

export const setup_imp_n_site = /** @type {(inputs: Setup_Imp_N_SiteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sted`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} steder`);
	return /** @type {LocalizedString} */ ("setup_imp_n_site");
};

export const setup_imp_n_zone = /** @type {(inputs: Setup_Imp_N_ZoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} zone`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} zoner`);
	return /** @type {LocalizedString} */ ("setup_imp_n_zone");
};

export const setup_imp_new_objects = /** @type {(inputs: Setup_Imp_New_ObjectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} nyt objekt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} nye objekter`);
	return /** @type {LocalizedString} */ ("setup_imp_new_objects");
};

export const setup_imp_not_utf8 = /** @type {(inputs: Setup_Imp_Not_Utf8Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} er ikke UTF-8-tekst. I Excel gemmer du den som »CSV UTF-8 (kommasepareret)«; i LibreOffice eller Numbers vælger du UTF-8, når du eksporterer.`)
};

export const setup_imp_nothing = /** @type {(inputs: Setup_Imp_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet at importere: hver række er, som anlægget allerede er.`)
};

export const setup_imp_nothing_done = /** @type {(inputs: Setup_Imp_Nothing_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet blev importeret: hver række var, som anlægget allerede er.`)
};

export const setup_imp_nothing_new = /** @type {(inputs: Setup_Imp_Nothing_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`intet nyt`)
};

export const setup_imp_or_paste = /** @type {(inputs: Setup_Imp_Or_PasteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eller indsæt CSV'en her (bruges, når ingen fil er valgt)`)
};

export const setup_imp_pasted_text = /** @type {(inputs: Setup_Imp_Pasted_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den indsatte tekst`)
};

export const setup_imp_preview = /** @type {(inputs: Setup_Imp_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis`)
};

export const setup_imp_preview_file = /** @type {(inputs: Setup_Imp_Preview_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis en fil`)
};

export const setup_imp_preview_first = /** @type {(inputs: Setup_Imp_Preview_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis filen først, og importér den så.`)
};

export const setup_imp_preview_of = /** @type {(inputs: Setup_Imp_Preview_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Forhåndsvisning af ${i?.name}`)
};

export const setup_imp_problems = /** @type {(inputs: Setup_Imp_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} problem at rette.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} problemer at rette.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems");
};

export const setup_imp_problems_hint = /** @type {(inputs: Setup_Imp_Problems_HintInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ret det i filen, og forhåndsvis den igen: intet importeres, så længe en række har et problem.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ret dem i filen, og forhåndsvis den igen: intet importeres, så længe en række har et problem.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems_hint");
};

export const setup_imp_reading = /** @type {(inputs: Setup_Imp_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Læser …`)
};

export const setup_imp_rows = /** @type {(inputs: Setup_Imp_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rækker`)
};

export const setup_imp_secrets_columns = /** @type {(inputs: Setup_Imp_Secrets_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolonner: device, site, secret, host, port. Åbn den som tekst: et regneark kan tage en hemmelighed, der begynder med »-«, for en formel og ændre den.`)
};

export const setup_imp_secrets_once = /** @type {(inputs: Setup_Imp_Secrets_OnceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Den vises kun denne ene gang: når du forlader siden, kan den ikke vises igen (en mistet hemmelighed betyder en ny, fra enhedens side). Pas godt på filen, giv hver enheds linje til den, der installerer den, og slet så filen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`De vises kun denne ene gang: når du forlader siden, kan de ikke vises igen (en mistet hemmelighed betyder en ny, fra enhedens side). Pas godt på filen, giv hver enheds linje til den, der installerer den, og slet så filen.`);
	return /** @type {LocalizedString} */ ("setup_imp_secrets_once");
};

export const setup_imp_template = /** @type {(inputs: Setup_Imp_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hent skabelonen (CSV)`)
};

export const setup_imp_template_hint = /** @type {(inputs: Setup_Imp_Template_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksempelrækker af alle slags, til at udfylde.`)
};

export const setup_imp_the_file = /** @type {(inputs: Setup_Imp_The_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen`)
};

export const setup_imp_title = /** @type {(inputs: Setup_Imp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importér fra CSV`)
};

export const setup_imp_to_change = /** @type {(inputs: Setup_Imp_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ændres`)
};

export const setup_imp_to_create = /** @type {(inputs: Setup_Imp_To_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oprettes`)
};

export const setup_imp_unchanged = /** @type {(inputs: Setup_Imp_UnchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uændret`)
};

export const setup_imp_unchanged_count = /** @type {(inputs: Setup_Imp_Unchanged_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uændret`)
};

export const setup_imp_will_change = /** @type {(inputs: Setup_Imp_Will_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ændres`)
};

export const setup_imp_will_create = /** @type {(inputs: Setup_Imp_Will_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`oprettes`)
};

export const setup_imp_writes_nothing = /** @type {(inputs: Setup_Imp_Writes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En forhåndsvisning gemmer intet.`)
};

export const setup_import_link = /** @type {(inputs: Setup_Import_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importér fra CSV`)
};

export const setup_interval_minutes = /** @type {(inputs: Setup_Interval_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Interval, minutter`)
};

export const setup_intro_admin = /** @type {(inputs: Setup_Intro_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder med zoner, udstyr, kontrolpunkter og enheder. Administratorer opretter og nedlægger steder; ledere sætter det op, der er på deres egne steder.`)
};

export const setup_intro_manager = /** @type {(inputs: Setup_Intro_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder med zoner, udstyr, kontrolpunkter og enheder. Du sætter det op, der er på dine egne steder.`)
};

export const setup_kind = /** @type {(inputs: Setup_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const setup_kind_button = /** @type {(inputs: Setup_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`knap`)
};

export const setup_kind_button_long = /** @type {(inputs: Setup_Kind_Button_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knap eller betjeningspanel: tjekker ind ved kontrolpunkter, melder og løser`)
};

export const setup_kind_sensor = /** @type {(inputs: Setup_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const setup_kind_sensor_long = /** @type {(inputs: Setup_Kind_Sensor_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor: melder tilstanden for de aktiver, den overvåger`)
};

export const setup_mqtt_username = /** @type {(inputs: Setup_Mqtt_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(dens MQTT-brugernavn)`)
};

export const setup_name = /** @type {(inputs: Setup_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const setup_new_site = /** @type {(inputs: Setup_New_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nyt sted`)
};

export const setup_new_site_next = /** @type {(inputs: Setup_New_Site_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derefter: zoner, udstyr, kontrolpunkter og enheder.`)
};

export const setup_no_assets = /** @type {(inputs: Setup_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen aktiver i denne zone endnu.`)
};

export const setup_no_assets_covered = /** @type {(inputs: Setup_No_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen aktiver`)
};

export const setup_no_devices = /** @type {(inputs: Setup_No_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen enheder endnu: sensorer melder aktivernes tilstand, knapper lader personalet tjekke ind og melde.`)
};

export const setup_no_sites = /** @type {(inputs: Setup_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder endnu.`)
};

export const setup_no_sites_admin_after = /** @type {(inputs: Setup_No_Sites_Admin_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(der er en skabelon at starte fra).`)
};

export const setup_no_sites_admin_before = /** @type {(inputs: Setup_No_Sites_Admin_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opret det første med`)
};

export const setup_no_sites_admin_or = /** @type {(inputs: Setup_No_Sites_Admin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eller`)
};

export const setup_no_sites_import = /** @type {(inputs: Setup_No_Sites_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`importér en kæde fra en CSV-fil`)
};

export const setup_no_sites_manager = /** @type {(inputs: Setup_No_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En administrator opretter steder; bed en om at give dig et sted at lede.`)
};

export const setup_no_zones = /** @type {(inputs: Setup_No_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen zoner endnu: en zone er et sted på stedet (en etage, en elevator, toiletterne), der har aktiver.`)
};

export const setup_nothing_else = /** @type {(inputs: Setup_Nothing_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`intet andet`)
};

export const setup_open = /** @type {(inputs: Setup_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbn`)
};

export const setup_open_board = /** @type {(inputs: Setup_Open_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbn tavlen`)
};

export const setup_open_count = /** @type {(inputs: Setup_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åben`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åbne`);
	return /** @type {LocalizedString} */ ("setup_open_count");
};

export const setup_optional = /** @type {(inputs: Setup_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfrit)`)
};

export const setup_page_title = /** @type {(inputs: Setup_Page_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opsæt ${i?.site}`)
};

export const setup_print_labels = /** @type {(inputs: Setup_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv QR-etiketter`)
};

export const setup_rename = /** @type {(inputs: Setup_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Omdøb`)
};

export const setup_rename_retire_delete = /** @type {(inputs: Setup_Rename_Retire_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Omdøb, pensionér eller slet`)
};

export const setup_restore = /** @type {(inputs: Setup_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendan`)
};

export const setup_restore_button = /** @type {(inputs: Setup_Restore_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendan`)
};

export const setup_restore_site = /** @type {(inputs: Setup_Restore_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gendan stedet`)
};

export const setup_restored = /** @type {(inputs: Setup_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site} er i drift igen, med det, der blev nedlagt sammen med det.`)
};

export const setup_restored_done = /** @type {(inputs: Setup_Restored_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gendannede ${i?.thing}.`)
};

export const setup_retire_asset = /** @type {(inputs: Setup_Retire_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér aktivet`)
};

export const setup_retire_checkpoint = /** @type {(inputs: Setup_Retire_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér kontrolpunktet`)
};

export const setup_retire_site = /** @type {(inputs: Setup_Retire_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér stedet`)
};

export const setup_retire_site_explain = /** @type {(inputs: Setup_Retire_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet forsvinder fra tavlerne, vægtavlen og alarmerne; dets enheder afbrydes og kan ikke logge ind; åbne fejl lukkes. Historik og rapporter bliver, og stedet kan gendannes fra Opsætning.`)
};

export const setup_retire_summary = /** @type {(inputs: Setup_Retire_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionér ${i?.site} …`)
};

export const setup_retire_zone = /** @type {(inputs: Setup_Retire_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensionér zonen`)
};

export const setup_retire_zone_hint = /** @type {(inputs: Setup_Retire_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dens aktiver og kontrolpunkter forsvinder fra tavlerne med den og kommer tilbage med den; historikken bliver.`)
};

export const setup_retired_closed = /** @type {(inputs: Setup_Retired_ClosedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åben fejl blev lukket; historikken bliver.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åbne fejl blev lukket; historikken bliver.`);
	return /** @type {LocalizedString} */ ("setup_retired_closed");
};

export const setup_retired_done = /** @type {(inputs: Setup_Retired_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensionerede ${i?.thing}: ude af tavlerne og alarmerne.`)
};

export const setup_retired_heading = /** @type {(inputs: Setup_Retired_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensioneret`)
};

export const setup_retired_hint = /** @type {(inputs: Setup_Retired_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ude af tavlerne og alarmerne; historik og rapporter bliver. Gendannelse henter det tilbage, der blev pensioneret sammen med det.`)
};

export const setup_retired_intro = /** @type {(inputs: Setup_Retired_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Væk fra tavlerne og advarslerne; historik og rapporter bliver.`)
};

export const setup_retired_title = /** @type {(inputs: Setup_Retired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nedlagte steder`)
};

export const setup_row_asset = /** @type {(inputs: Setup_Row_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktiv ${i?.name} (${i?.zone})`)
};

export const setup_row_checkpoint = /** @type {(inputs: Setup_Row_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt ${i?.name} (${i?.zone})`)
};

export const setup_row_device = /** @type {(inputs: Setup_Row_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enhed ${i?.name}`)
};

export const setup_row_zone = /** @type {(inputs: Setup_Row_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zone ${i?.name}`)
};

export const setup_save_asset = /** @type {(inputs: Setup_Save_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem aktivet`)
};

export const setup_save_checkpoint = /** @type {(inputs: Setup_Save_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem kontrolpunktet`)
};

export const setup_save_site = /** @type {(inputs: Setup_Save_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gem stedet`)
};

export const setup_seconds = /** @type {(inputs: Setup_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} s`)
};

export const setup_secret_once_hint = /** @type {(inputs: Setup_Secret_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dens hemmelighed vises én gang, lige bagefter, med en fil at hente og hvordan den forbinder.`)
};

export const setup_serves = /** @type {(inputs: Setup_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrolpunkter, den betjener`)
};

export const setup_serves_all = /** @type {(inputs: Setup_Serves_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle stedets kontrolpunkter`)
};

export const setup_serves_hint = /** @type {(inputs: Setup_Serves_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en knap; en sensor betjener ingen)`)
};

export const setup_serves_none = /** @type {(inputs: Setup_Serves_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen: den melder kun`)
};

export const setup_serves_some = /** @type {(inputs: Setup_Serves_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disse:`)
};

export const setup_set_up = /** @type {(inputs: Setup_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sæt op`)
};

export const setup_site_created = /** @type {(inputs: Setup_Site_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet er oprettet. Tilføj zoner og aktiver nedenfor, derefter kontrolpunkter og enheder.`)
};

export const setup_site_saved = /** @type {(inputs: Setup_Site_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet er gemt.`)
};

export const setup_state_offline = /** @type {(inputs: Setup_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`afbrudt`)
};

export const setup_state_online = /** @type {(inputs: Setup_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forbundet`)
};

export const setup_state_revoked = /** @type {(inputs: Setup_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilbagekaldt`)
};

export const setup_tag_retired = /** @type {(inputs: Setup_Tag_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pensioneret`)
};

export const setup_the_site = /** @type {(inputs: Setup_The_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet`)
};

export const setup_thing_asset = /** @type {(inputs: Setup_Thing_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`aktivet ${i?.name}`)
};

export const setup_thing_checkpoint = /** @type {(inputs: Setup_Thing_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kontrolpunktet ${i?.name}`)
};

export const setup_thing_device = /** @type {(inputs: Setup_Thing_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`enheden ${i?.name}`)
};

export const setup_thing_site = /** @type {(inputs: Setup_Thing_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stedet ${i?.name}`)
};

export const setup_thing_zone = /** @type {(inputs: Setup_Thing_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zonen ${i?.name}`)
};

export const setup_title = /** @type {(inputs: Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opsætning`)
};

export const setup_watches = /** @type {(inputs: Setup_WatchesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiver, den overvåger`)
};

export const setup_watches_hint = /** @type {(inputs: Setup_Watches_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en sensor: når den bliver tavs, er deres tilstand ukendt)`)
};

export const setup_zone = /** @type {(inputs: Setup_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const setup_zone_added = /** @type {(inputs: Setup_Zone_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zonen ${i?.name} er tilføjet.`)
};

export const setup_zone_placeholder = /** @type {(inputs: Setup_Zone_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elevator A`)
};

export const setup_zone_saved = /** @type {(inputs: Setup_Zone_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zonen ${i?.name} er gemt.`)
};

export const setup_zones_assets = /** @type {(inputs: Setup_Zones_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner og aktiver`)
};

export const severity_high = /** @type {(inputs: Severity_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`høj`)
};

export const severity_low = /** @type {(inputs: Severity_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lav`)
};

export const severity_medium = /** @type {(inputs: Severity_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`middel`)
};

export const site_asset_ok = /** @type {(inputs: Site_Asset_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`virker`)
};

export const site_assets = /** @type {(inputs: Site_AssetsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Udstyr: ${i?.ok} i orden, ${i?.defect} med fejl, ${i?.unknown} ukendt (sensor offline)`)
};

export const site_caught_before = /** @type {(inputs: Site_Caught_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fundet før en kunde meldte det:`)
};

export const site_checkpoint = /** @type {(inputs: Site_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrolpunkt ${i?.name}: hver ${i?.interval}, seneste eftersyn ${i?.last}`)
};

export const site_checkpoint_ago = /** @type {(inputs: Site_Checkpoint_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`for ${i?.age} siden`)
};

export const site_checkpoint_never = /** @type {(inputs: Site_Checkpoint_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldrig`)
};

export const site_checkpoint_now = /** @type {(inputs: Site_Checkpoint_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lige nu`)
};

export const site_checks_on_time = /** @type {(inputs: Site_Checks_On_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`eftersyn til tiden ${i?.onTime}/${i?.checkpoints}`)
};

export const site_counts = /** @type {(inputs: Site_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.open} åbne (${i?.high} høj, ${i?.medium} middel, ${i?.low} lav) · ${i?.overdue} overskredet · ældste ${i?.oldest}`)
};

export const site_crumb_all = /** @type {(inputs: Site_Crumb_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const site_defect_number = /** @type {(inputs: Site_Defect_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fejl #${i?.id}`)
};

export const site_devices = /** @type {(inputs: Site_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheder`)
};

export const site_devices_off = /** @type {(inputs: Site_Devices_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.offline} af ${i?.total} enheder offline`)
};

export const site_inspections_on_time = /** @type {(inputs: Site_Inspections_On_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspektioner til tiden:`)
};

export const site_inspections_split = /** @type {(inputs: Site_Inspections_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.onTime} til tiden, ${i?.missed} glemt)`)
};

export const site_labels_all_sites = /** @type {(inputs: Site_Labels_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const site_labels_all_zones = /** @type {(inputs: Site_Labels_All_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle zoner`)
};

export const site_labels_col_asset = /** @type {(inputs: Site_Labels_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiv`)
};

export const site_labels_col_label = /** @type {(inputs: Site_Labels_Col_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etiketten`)
};

export const site_labels_col_revoke = /** @type {(inputs: Site_Labels_Col_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald`)
};

export const site_labels_count = /** @type {(inputs: Site_Labels_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} etiket`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} etiketter`);
	return /** @type {LocalizedString} */ ("site_labels_count");
};

export const site_labels_intro = /** @type {(inputs: Site_Labels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En etiket til hvert aktiv, kunderne ser, til at sætte op, hvor det er: scanner man den, åbnes siden, der melder en fejl dér, på stedets sprog. Udskriv i faktisk størrelse (100 %, ikke »tilpas til siden«).`)
};

export const site_labels_new_code = /** @type {(inputs: Site_Labels_New_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny kode lavet til ${i?.name}. Koderne, der blev udskrevet før, virker ikke længere: udskriv den nye etiket og udskift den gamle.`)
};

export const site_labels_none = /** @type {(inputs: Site_Labels_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ingen etiketter at udskrive: ${i?.where} har intet aktiv i drift, som kunderne ser. Et aktiv får en etiket, når det er markeret som synligt for kunder.`)
};

export const site_labels_only_of = /** @type {(inputs: Site_Labels_Only_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kun etiketten til ${i?.name}.`)
};

export const site_labels_paper = /** @type {(inputs: Site_Labels_PaperInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Papir`)
};

export const site_labels_print = /** @type {(inputs: Site_Labels_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv`)
};

export const site_labels_print_only = /** @type {(inputs: Site_Labels_Print_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv kun denne etiket`)
};

export const site_labels_revoke_button = /** @type {(inputs: Site_Labels_Revoke_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald og lav en ny kode`)
};

export const site_labels_revoke_explain = /** @type {(inputs: Site_Labels_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hver udskrevet kode til ${i?.name} holder op med at virke med det samme.`)
};

export const site_labels_revoke_intro = /** @type {(inputs: Site_Labels_Revoke_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til en etiket, der er kopieret, flyttet eller misbrugt: koden holder op med at virke med det samme, uanset hvor den er udskrevet.`)
};

export const site_labels_revoke_intro_print = /** @type {(inputs: Site_Labels_Revoke_Intro_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til en etiket, der er kopieret, flyttet eller misbrugt: koden holder op med at virke med det samme, uanset hvor den er udskrevet, og denne side viser aktivets nye etiket, der skal udskrives i stedet.`)
};

export const site_labels_revoke_of = /** @type {(inputs: Site_Labels_Revoke_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`koden til ${i?.name}`)
};

export const site_labels_revoke_title = /** @type {(inputs: Site_Labels_Revoke_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbagekald en kode`)
};

export const site_labels_scan = /** @type {(inputs: Site_Labels_ScanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scan for at melde en fejl`)
};

export const site_labels_sheet_of = /** @type {(inputs: Site_Labels_Sheet_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ark ${i?.n} af ${i?.total}`)
};

export const site_labels_sheets = /** @type {(inputs: Site_Labels_SheetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ark`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ark`);
	return /** @type {LocalizedString} */ ("site_labels_sheets");
};

export const site_labels_show = /** @type {(inputs: Site_Labels_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const site_labels_show_every = /** @type {(inputs: Site_Labels_Show_EveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis alle etiketter`)
};

export const site_labels_size = /** @type {(inputs: Site_Labels_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etiketstørrelse`)
};

export const site_labels_size_large = /** @type {(inputs: Site_Labels_Size_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stor`)
};

export const site_labels_size_medium = /** @type {(inputs: Site_Labels_Size_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mellem`)
};

export const site_labels_size_option = /** @type {(inputs: Site_Labels_Size_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.width} × ${i?.height} mm (${i?.count} pr. ark)`)
};

export const site_labels_size_small = /** @type {(inputs: Site_Labels_Size_SmallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lille`)
};

export const site_labels_summary = /** @type {(inputs: Site_Labels_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labels} på ${i?.sheets} ${i?.paper}, ${i?.columns} × ${i?.rows} pr. ark. Koderne åbner`)
};

export const site_labels_this_site = /** @type {(inputs: Site_Labels_This_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dette sted`)
};

export const site_labels_title = /** @type {(inputs: Site_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_labels_which_asset = /** @type {(inputs: Site_Labels_Which_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det aktiv er ikke på dette ark længere: genindlæs siden og vælg det igen.`)
};

export const site_labels_zone = /** @type {(inputs: Site_Labels_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const site_last_days = /** @type {(inputs: Site_Last_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seneste 14 dage`)
};

export const site_nothing_open = /** @type {(inputs: Site_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet åbent. Alt det grundlæggende her er i orden.`)
};

export const site_open_defects = /** @type {(inputs: Site_Open_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbne fejl`)
};

export const site_print_labels = /** @type {(inputs: Site_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv QR-etiketter`)
};

export const site_print_labels_title = /** @type {(inputs: Site_Print_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et ark med de QR-koder, gæster scanner for at melde et problem, én pr. udstyr, kunderne ser`)
};

export const site_qr_title = /** @type {(inputs: Site_Qr_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Udskriv den QR-kode, gæster scanner for at melde et problem her`)
};

export const site_report_another = /** @type {(inputs: Site_Report_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld en til`)
};

export const site_report_asset = /** @type {(inputs: Site_Report_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktiv`)
};

export const site_report_choose = /** @type {(inputs: Site_Report_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg …`)
};

export const site_report_choose_asset = /** @type {(inputs: Site_Report_Choose_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg aktivet.`)
};

export const site_report_choose_fault = /** @type {(inputs: Site_Report_Choose_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvad der er galt.`)
};

export const site_report_failed = /** @type {(inputs: Site_Report_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldingen gik ikke igennem: ${i?.reason}`)
};

export const site_report_head = /** @type {(inputs: Site_Report_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meld en fejl ved ${i?.site}`)
};

export const site_report_here = /** @type {(inputs: Site_Report_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld`)
};

export const site_report_here_title = /** @type {(inputs: Site_Report_Here_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld en fejl her`)
};

export const site_report_note = /** @type {(inputs: Site_Report_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bemærkning`)
};

export const site_report_note_placeholder = /** @type {(inputs: Site_Report_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. venstre side, 3. sal`)
};

export const site_report_optional = /** @type {(inputs: Site_Report_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfrit)`)
};

export const site_report_send = /** @type {(inputs: Site_Report_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld det`)
};

export const site_report_title = /** @type {(inputs: Site_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld en fejl`)
};

export const site_report_what = /** @type {(inputs: Site_Report_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad er der galt?`)
};

export const site_reported_merged = /** @type {(inputs: Site_Reported_MergedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Føjet til den åbne fejl`)
};

export const site_reported_opened = /** @type {(inputs: Site_Reported_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldt`)
};

export const site_reported_what = /** @type {(inputs: Site_Reported_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const site_setup_link = /** @type {(inputs: Site_Setup_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opsæt`)
};

export const site_setup_title = /** @type {(inputs: Site_Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner, udstyr, kontrolpunkter, enheder og åbningstider for dette sted`)
};

export const site_times_in = /** @type {(inputs: Site_Times_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tider i ${i?.zone}`)
};

export const site_trend_chart = /** @type {(inputs: Site_Trend_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl åbnet og løst pr. dag på dette sted`)
};

export const site_trend_day = /** @type {(inputs: Site_Trend_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const site_trend_opened = /** @type {(inputs: Site_Trend_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbnet`)
};

export const site_trend_resolved = /** @type {(inputs: Site_Trend_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const site_trend_table = /** @type {(inputs: Site_Trend_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis som tabel`)
};

export const site_unknown_note = /** @type {(inputs: Site_Unknown_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ukendt: sensoren er offline`)
};

export const site_zone_labels = /** @type {(inputs: Site_Zone_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_zone_labels_title = /** @type {(inputs: Site_Zone_Labels_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Udskriv QR-etiketterne for ${i?.zone}`)
};

export const site_zone_unknown = /** @type {(inputs: Site_Zone_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ukendt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ukendte`);
	return /** @type {LocalizedString} */ ("site_zone_unknown");
};

export const site_zone_with_defects = /** @type {(inputs: Site_Zone_With_DefectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med fejl`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med fejl`);
	return /** @type {LocalizedString} */ ("site_zone_with_defects");
};

export const site_zones = /** @type {(inputs: Site_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zoner`)
};

export const sites_count = /** @type {(inputs: Sites_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sted`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} steder`);
	return /** @type {LocalizedString} */ ("sites_count");
};

export const status_amber = /** @type {(inputs: Status_AmberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbne fejl`)
};

export const status_green = /** @type {(inputs: Status_GreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alt i orden`)
};

export const status_red = /** @type {(inputs: Status_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kræver handling`)
};

export const status_unknown = /** @type {(inputs: Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ukendt`)
};

export const work_a_moment = /** @type {(inputs: Work_A_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`et øjeblik`)
};

export const work_acknowledge = /** @type {(inputs: Work_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittér`)
};

export const work_acknowledged = /** @type {(inputs: Work_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitteret.`)
};

export const work_add_comment = /** @type {(inputs: Work_Add_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilføj kommentar`)
};

export const work_all_open = /** @type {(inputs: Work_All_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle åbne fejl ›`)
};

export const work_assigned_to = /** @type {(inputs: Work_Assigned_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt ${i?.name}.`)
};

export const work_choose_assignee = /** @type {(inputs: Work_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg, hvem der skal gøre det.`)
};

export const work_choose_due = /** @type {(inputs: Work_Choose_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vælg den nye frist, dato og klokkeslæt.`)
};

export const work_comment = /** @type {(inputs: Work_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const work_comment_added = /** @type {(inputs: Work_Comment_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar tilføjet.`)
};

export const work_comment_first = /** @type {(inputs: Work_Comment_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv kommentaren først.`)
};

export const work_comment_on = /** @type {(inputs: Work_Comment_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kommentar til ${i?.asset}`)
};

export const work_comment_placeholder = /** @type {(inputs: Work_Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvad du så eller gjorde`)
};

export const work_comment_too_long = /** @type {(inputs: Work_Comment_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kommentar må højst have 2.000 tegn.`)
};

export const work_due_in = /** @type {(inputs: Work_Due_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`frist om ${i?.span}`)
};

export const work_mine_heading = /** @type {(inputs: Work_Mine_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt mig og mit team`)
};

export const work_mine_none = /** @type {(inputs: Work_Mine_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet er tildelt dig. Tag en nedenfor.`)
};

export const work_nobody = /** @type {(inputs: Work_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen har den`)
};

export const work_note = /** @type {(inputs: Work_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const work_notices_assigned_team = /** @type {(inputs: Work_Notices_Assigned_TeamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt dit team (${i?.team})`)
};

export const work_notices_assigned_you = /** @type {(inputs: Work_Notices_Assigned_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt dig`)
};

export const work_notices_attention = /** @type {(inputs: Work_Notices_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kræver opmærksomhed`)
};

export const work_notices_empty = /** @type {(inputs: Work_Notices_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen beskeder endnu. Når en fejl bliver tildelt dig eller eskaleret til dig, vises den her.`)
};

export const work_notices_escalated = /** @type {(inputs: Work_Notices_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskaleret til dig`)
};

export const work_notices_intro = /** @type {(inputs: Work_Notices_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fejl, der er tildelt dig eller dit team, eskaleret til dig, eller nye, der kræver en leder: nyeste først.`)
};

export const work_notices_mark_read = /** @type {(inputs: Work_Notices_Mark_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markér som læst`)
};

export const work_notices_none_unread = /** @type {(inputs: Work_Notices_None_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet ulæst.`)
};

export const work_notices_not_personal = /** @type {(inputs: Work_Notices_Not_PersonalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeder er til personer: dette login har ingen egen konto.`)
};

export const work_notices_read_all = /** @type {(inputs: Work_Notices_Read_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markér alle som læst`)
};

export const work_notices_tab = /** @type {(inputs: Work_Notices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Beskeder`)
};

export const work_notices_title = /** @type {(inputs: Work_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beskeder`)
};

export const work_notices_unread = /** @type {(inputs: Work_Notices_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ulæst`)
};

export const work_notices_unread_count = /** @type {(inputs: Work_Notices_Unread_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("da", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ulæst.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ulæste.`);
	return /** @type {LocalizedString} */ ("work_notices_unread_count");
};

export const work_notices_when_by = /** @type {(inputs: Work_Notices_When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} · af ${i?.by}`)
};

export const work_on_hold_done = /** @type {(inputs: Work_On_Hold_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sat på hold.`)
};

export const work_on_hold_reason = /** @type {(inputs: Work_On_Hold_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`på hold: ${i?.reason}`)
};

export const work_open = /** @type {(inputs: Work_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbn ›`)
};

export const work_open_heading = /** @type {(inputs: Work_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åbne på mine steder`)
};

export const work_open_label = /** @type {(inputs: Work_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Åbn ${i?.fault} på ${i?.asset}: billeder og historik`)
};

export const work_open_none = /** @type {(inputs: Work_Open_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intet andet er åbent. Alt det grundlæggende er i orden.`)
};

export const work_overdue_by = /** @type {(inputs: Work_Overdue_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.span} over fristen`)
};

export const work_reopened = /** @type {(inputs: Work_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Genåbnet.`)
};

export const work_resolve_it = /** @type {(inputs: Work_Resolve_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs den`)
};

export const work_resolve_step = /** @type {(inputs: Work_Resolve_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs…`)
};

export const work_resolved = /** @type {(inputs: Work_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst.`)
};

export const work_say_waiting = /** @type {(inputs: Work_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv, hvad den venter på.`)
};

export const work_staff_take_only = /** @type {(inputs: Work_Staff_Take_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medarbejdere kan selv tage en fejl; en leder tildeler den til andre.`)
};

export const work_tab = /** @type {(inputs: Work_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Mit arbejde`)
};

export const work_take = /** @type {(inputs: Work_TakeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jeg tager den`)
};

export const work_title = /** @type {(inputs: Work_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit arbejde`)
};

export const work_unassigned = /** @type {(inputs: Work_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke længere tildelt.`)
};

export const work_undo = /** @type {(inputs: Work_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fortryd`)
};

export const work_undone = /** @type {(inputs: Work_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løsningen er fortrudt: alt er som før.`)
};

export const work_view_only = /** @type {(inputs: Work_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din rolle må kun se. Spørg en administrator, hvis du skal handle.`)
};

export const work_which_defect = /** @type {(inputs: Work_Which_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilken fejl? Åbn den fra listen, og prøv igen.`)
};

export const work_yours = /** @type {(inputs: Work_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`din`)
};

export const work_yours_now = /** @type {(inputs: Work_Yours_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er din nu.`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city}-tid`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};