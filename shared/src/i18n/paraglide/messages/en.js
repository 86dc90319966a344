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
	return /** @type {LocalizedString} */ (`all sites`)
};

export const account_contact_save = /** @type {(inputs: Account_Contact_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save contact details`)
};

export const account_contact_taken = /** @type {(inputs: Account_Contact_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another account has this e-mail address.`)
};

export const account_language = /** @type {(inputs: Account_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const account_language_browser = /** @type {(inputs: Account_Language_BrowserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`My browser's language (${i?.language})`)
};

export const account_language_explain = /** @type {(inputs: Account_Language_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The dashboard, your e-mails and your notices speak this language. Guests on a site's QR page get their browser's language, or the site's.`)
};

export const account_language_save = /** @type {(inputs: Account_Language_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save language`)
};

export const account_language_saved = /** @type {(inputs: Account_Language_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saved: the dashboard now speaks ${i?.language}.`)
};

export const account_language_unknown = /** @type {(inputs: Account_Language_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose one of the languages in the list.`)
};

export const account_login_busy = /** @type {(inputs: Account_Login_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many sign-ins at once. Try again in a moment.`)
};

export const account_login_expired = /** @type {(inputs: Account_Login_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again to go on.`)
};

export const account_login_locked = /** @type {(inputs: Account_Login_LockedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Too many attempts. Try again in ${i?.count} minute.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Too many attempts. Try again in ${i?.count} minutes.`);
	return /** @type {LocalizedString} */ ("account_login_locked");
};

export const account_login_missing = /** @type {(inputs: Account_Login_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your username and password.`)
};

export const account_login_no_account = /** @type {(inputs: Account_Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No account? Ask an admin of your Bulb Check. Reporting a problem with a QR code needs no account.`)
};

export const account_login_password = /** @type {(inputs: Account_Login_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const account_login_paste_token = /** @type {(inputs: Account_Login_Paste_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paste a token made on the Tokens page.`)
};

export const account_login_screen = /** @type {(inputs: Account_Login_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A wall screen?`)
};

export const account_login_screen_submit = /** @type {(inputs: Account_Login_Screen_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show the wall board`)
};

export const account_login_screen_token = /** @type {(inputs: Account_Login_Screen_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Viewer token (an admin makes one under Tokens)`)
};

export const account_login_submit = /** @type {(inputs: Account_Login_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const account_login_tab = /** @type {(inputs: Account_Login_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Sign in`)
};

export const account_login_title = /** @type {(inputs: Account_Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const account_login_token_unknown = /** @type {(inputs: Account_Login_Token_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That token is unknown or revoked.`)
};

export const account_login_unavailable = /** @type {(inputs: Account_Login_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Bulb Check API does not answer. Try again.`)
};

export const account_login_username = /** @type {(inputs: Account_Login_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username`)
};

export const account_login_viewer_only = /** @type {(inputs: Account_Login_Viewer_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use a system token with the viewer role for a wall screen.`)
};

export const account_login_wrong = /** @type {(inputs: Account_Login_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wrong username or password.`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change password`)
};

export const account_password_again = /** @type {(inputs: Account_Password_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password again`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password changed. Your other sessions have been signed out and your personal tokens revoked.`)
};

export const account_password_current = /** @type {(inputs: Account_Password_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current password`)
};

export const account_password_differ = /** @type {(inputs: Account_Password_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The two new passwords differ.`)
};

export const account_password_enter_current = /** @type {(inputs: Account_Password_Enter_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter your current password.`)
};

export const account_password_explain = /** @type {(inputs: Account_Password_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You stay signed in here; your other sessions end, and your personal tokens are revoked.`)
};

export const account_password_min = /** @type {(inputs: Account_Password_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(at least 10 characters)`)
};

export const account_password_new = /** @type {(inputs: Account_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password`)
};

export const account_password_too_long = /** @type {(inputs: Account_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new password can have at most 200 characters.`)
};

export const account_password_too_short = /** @type {(inputs: Account_Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new password needs at least 10 characters.`)
};

export const account_password_wrong = /** @type {(inputs: Account_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The current password is wrong.`)
};

export const account_reach = /** @type {(inputs: Account_ReachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How to reach you`)
};

export const account_reach_explain = /** @type {(inputs: Account_Reach_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When a defect is assigned to you, you are told here in the dashboard, and by e-mail where the server can send it.`)
};

export const account_role = /** @type {(inputs: Account_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

export const account_saved = /** @type {(inputs: Account_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved.`)
};

export const account_sites = /** @type {(inputs: Account_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account`)
};

export const account_token_copy = /** @type {(inputs: Account_Token_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy it now: it will not be shown again.`)
};

export const account_token_create = /** @type {(inputs: Account_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create token`)
};

export const account_token_name = /** @type {(inputs: Account_Token_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Token name`)
};

export const account_token_name_missing = /** @type {(inputs: Account_Token_Name_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name the token (up to 80 characters).`)
};

export const account_token_new = /** @type {(inputs: Account_Token_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New token “${i?.name}”`)
};

export const account_token_none = /** @type {(inputs: Account_Token_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No tokens yet.`)
};

export const account_token_placeholder = /** @type {(inputs: Account_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. reporting script`)
};

export const account_token_revoke = /** @type {(inputs: Account_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke`)
};

export const account_token_revoked = /** @type {(inputs: Account_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Token revoked: it no longer works.`)
};

export const account_token_revoked_hidden = /** @type {(inputs: Account_Token_Revoked_HiddenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} revoked token not shown.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} revoked tokens not shown.`);
	return /** @type {LocalizedString} */ ("account_token_revoked_hidden");
};

export const account_token_times = /** @type {(inputs: Account_Token_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`created ${i?.created} · last used ${i?.used}`)
};

export const account_token_which = /** @type {(inputs: Account_Token_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which token? Reload the page and try again.`)
};

export const account_tokens = /** @type {(inputs: Account_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal API tokens`)
};

export const account_tokens_explain = /** @type {(inputs: Account_Tokens_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For scripts and integrations: a token acts as you, with your role and sites. It is shown once; keep it like a password, and revoke it when it is no longer needed.`)
};

export const account_username = /** @type {(inputs: Account_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username`)
};

export const admin_access_all_is = /** @type {(inputs: Admin_Access_All_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} is ${i?.role} of all sites, present and future: ${i?.does}.`)
};

export const admin_access_all_will = /** @type {(inputs: Admin_Access_All_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} will be ${i?.role} of all sites, present and future: ${i?.does}.`)
};

export const admin_access_at_is = /** @type {(inputs: Admin_Access_At_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} is ${i?.role} at ${i?.sites}: ${i?.does}.`)
};

export const admin_access_at_will = /** @type {(inputs: Admin_Access_At_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} will be ${i?.role} at ${i?.sites}: ${i?.does}.`)
};

export const admin_access_none_is = /** @type {(inputs: Admin_Access_None_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} is ${i?.role} of no site yet: tick at least one, or choose all sites.`)
};

export const admin_access_none_will = /** @type {(inputs: Admin_Access_None_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} will be ${i?.role} of no site yet: tick at least one, or choose all sites.`)
};

export const admin_access_title = /** @type {(inputs: Admin_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Access`)
};

export const admin_accounts_count = /** @type {(inputs: Admin_Accounts_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} account`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} accounts`);
	return /** @type {LocalizedString} */ ("admin_accounts_count");
};

export const admin_action_asset_delete = /** @type {(inputs: Admin_Action_Asset_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset deleted`)
};

export const admin_action_asset_restore = /** @type {(inputs: Admin_Action_Asset_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset restored`)
};

export const admin_action_asset_retire = /** @type {(inputs: Admin_Action_Asset_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset retired`)
};

export const admin_action_asset_revoke_report_key = /** @type {(inputs: Admin_Action_Asset_Revoke_Report_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR code of an asset replaced`)
};

export const admin_action_asset_update = /** @type {(inputs: Admin_Action_Asset_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset changed`)
};

export const admin_action_assignment_rule_create = /** @type {(inputs: Admin_Action_Assignment_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assignment rule added`)
};

export const admin_action_assignment_rule_delete = /** @type {(inputs: Admin_Action_Assignment_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assignment rule deleted`)
};

export const admin_action_channel_create = /** @type {(inputs: Admin_Action_Channel_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel added`)
};

export const admin_action_channel_delete = /** @type {(inputs: Admin_Action_Channel_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel deleted`)
};

export const admin_action_channel_read_secret = /** @type {(inputs: Admin_Action_Channel_Read_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel's signing secret read`)
};

export const admin_action_channel_rotate_secret = /** @type {(inputs: Admin_Action_Channel_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel given a new signing secret`)
};

export const admin_action_channel_test = /** @type {(inputs: Admin_Action_Channel_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Test message sent to a channel`)
};

export const admin_action_channel_update = /** @type {(inputs: Admin_Action_Channel_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel changed`)
};

export const admin_action_checkpoint_delete = /** @type {(inputs: Admin_Action_Checkpoint_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoint deleted`)
};

export const admin_action_checkpoint_restore = /** @type {(inputs: Admin_Action_Checkpoint_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoint restored`)
};

export const admin_action_checkpoint_retire = /** @type {(inputs: Admin_Action_Checkpoint_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoint retired`)
};

export const admin_action_checkpoint_update = /** @type {(inputs: Admin_Action_Checkpoint_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoint changed`)
};

export const admin_action_defect_acknowledge = /** @type {(inputs: Admin_Action_Defect_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect acknowledged`)
};

export const admin_action_defect_assign = /** @type {(inputs: Admin_Action_Defect_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect assigned`)
};

export const admin_action_defect_comment = /** @type {(inputs: Admin_Action_Defect_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note added to a defect`)
};

export const admin_action_defect_hold = /** @type {(inputs: Admin_Action_Defect_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect put on hold`)
};

export const admin_action_defect_photo = /** @type {(inputs: Admin_Action_Defect_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photo added to a defect`)
};

export const admin_action_defect_reopen = /** @type {(inputs: Admin_Action_Defect_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect reopened`)
};

export const admin_action_defect_report = /** @type {(inputs: Admin_Action_Defect_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect reported`)
};

export const admin_action_defect_resolve = /** @type {(inputs: Admin_Action_Defect_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect resolved`)
};

export const admin_action_delivery_retry = /** @type {(inputs: Admin_Action_Delivery_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notification sent again`)
};

export const admin_action_demo_remove = /** @type {(inputs: Admin_Action_Demo_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removal of the demo started`)
};

export const admin_action_demo_removed = /** @type {(inputs: Admin_Action_Demo_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo removed`)
};

export const admin_action_device_delete = /** @type {(inputs: Admin_Action_Device_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device deleted`)
};

export const admin_action_device_restore = /** @type {(inputs: Admin_Action_Device_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoked device restored`)
};

export const admin_action_device_retire = /** @type {(inputs: Admin_Action_Device_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device retired`)
};

export const admin_action_device_revoke = /** @type {(inputs: Admin_Action_Device_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device revoked`)
};

export const admin_action_device_rotate_secret = /** @type {(inputs: Admin_Action_Device_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device given a new secret`)
};

export const admin_action_device_update = /** @type {(inputs: Admin_Action_Device_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device changed`)
};

export const admin_action_fleet_import = /** @type {(inputs: Admin_Action_Fleet_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fleet imported from a file`)
};

export const admin_action_fleet_provision = /** @type {(inputs: Admin_Action_Fleet_ProvisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fleet document provisioned`)
};

export const admin_action_notify_default_attention = /** @type {(inputs: Admin_Action_Notify_Default_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Default notifications set up`)
};

export const admin_action_report_subscribe = /** @type {(inputs: Admin_Action_Report_SubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily report set up`)
};

export const admin_action_report_unsubscribe = /** @type {(inputs: Admin_Action_Report_UnsubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily report stopped`)
};

export const admin_action_report_update = /** @type {(inputs: Admin_Action_Report_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily report changed`)
};

export const admin_action_rule_create = /** @type {(inputs: Admin_Action_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notification rule added`)
};

export const admin_action_rule_delete = /** @type {(inputs: Admin_Action_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notification rule deleted`)
};

export const admin_action_rule_update = /** @type {(inputs: Admin_Action_Rule_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notification rule changed`)
};

export const admin_action_session_lockout = /** @type {(inputs: Admin_Action_Session_LockoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Locked out after failed sign-ins`)
};

export const admin_action_session_sign_in = /** @type {(inputs: Admin_Action_Session_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in`)
};

export const admin_action_session_sign_out = /** @type {(inputs: Admin_Action_Session_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed out`)
};

export const admin_action_site_delete = /** @type {(inputs: Admin_Action_Site_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site deleted`)
};

export const admin_action_site_restore = /** @type {(inputs: Admin_Action_Site_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site restored`)
};

export const admin_action_site_retire = /** @type {(inputs: Admin_Action_Site_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site retired`)
};

export const admin_action_site_update = /** @type {(inputs: Admin_Action_Site_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site changed`)
};

export const admin_action_token_create = /** @type {(inputs: Admin_Action_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API token created`)
};

export const admin_action_token_revoke = /** @type {(inputs: Admin_Action_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API token revoked`)
};

export const admin_action_user_change_password = /** @type {(inputs: Admin_Action_User_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password changed`)
};

export const admin_action_user_contact = /** @type {(inputs: Admin_Action_User_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact details changed`)
};

export const admin_action_user_create = /** @type {(inputs: Admin_Action_User_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User added`)
};

export const admin_action_user_disable = /** @type {(inputs: Admin_Action_User_DisableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User disabled`)
};

export const admin_action_user_language = /** @type {(inputs: Admin_Action_User_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language changed`)
};

export const admin_action_user_unlock = /** @type {(inputs: Admin_Action_User_UnlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User unlocked`)
};

export const admin_action_user_update = /** @type {(inputs: Admin_Action_User_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User changed`)
};

export const admin_action_zone_delete = /** @type {(inputs: Admin_Action_Zone_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone deleted`)
};

export const admin_action_zone_restore = /** @type {(inputs: Admin_Action_Zone_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone restored`)
};

export const admin_action_zone_retire = /** @type {(inputs: Admin_Action_Zone_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone retired`)
};

export const admin_action_zone_update = /** @type {(inputs: Admin_Action_Zone_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone changed`)
};

export const admin_actor_api = /** @type {(inputs: Admin_Actor_ApiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the API, no one signed in`)
};

export const admin_actor_environment = /** @type {(inputs: Admin_Actor_EnvironmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the admin token from BULBCHECK_ADMIN_TOKEN`)
};

export const admin_actor_generated = /** @type {(inputs: Admin_Actor_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the admin token made at first start`)
};

export const admin_actor_system = /** @type {(inputs: Admin_Actor_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check itself`)
};

export const admin_addresses = /** @type {(inputs: Admin_AddressesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Addresses (comma or space between)`)
};

export const admin_admins_own = /** @type {(inputs: Admin_Admins_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`admins'`)
};

export const admin_admins_see_all = /** @type {(inputs: Admin_Admins_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Admins always see every site.`)
};

export const admin_all = /** @type {(inputs: Admin_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all`)
};

export const admin_all_sites = /** @type {(inputs: Admin_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`all sites`)
};

export const admin_at_hour = /** @type {(inputs: Admin_At_HourInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} ${i?.zone}`)
};

export const admin_audit_intro = /** @type {(inputs: Admin_Audit_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every change made through the API: provisioning, acknowledgements, resolutions, devices, users and tokens. Times in UTC.`)
};

export const admin_audit_title = /** @type {(inputs: Admin_Audit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audit log`)
};

export const admin_back_office = /** @type {(inputs: Admin_Back_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`back-office`)
};

export const admin_channel_changed = /** @type {(inputs: Admin_Channel_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel changed.`)
};

export const admin_channel_created = /** @type {(inputs: Admin_Channel_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Channel “${i?.name}” created.`)
};

export const admin_channel_deleted = /** @type {(inputs: Admin_Channel_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel deleted.`)
};

export const admin_channel_n = /** @type {(inputs: Admin_Channel_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`channel ${i?.id}`)
};

export const admin_channel_placeholder = /** @type {(inputs: Admin_Channel_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Oslo night staff`)
};

export const admin_channels_title = /** @type {(inputs: Admin_Channels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channels`)
};

export const admin_choose_kind = /** @type {(inputs: Admin_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a kind.`)
};

export const admin_choose_role = /** @type {(inputs: Admin_Choose_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a role.`)
};

export const admin_col_attempts = /** @type {(inputs: Admin_Col_AttemptsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attempts`)
};

export const admin_col_channel = /** @type {(inputs: Admin_Col_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel`)
};

export const admin_col_contact = /** @type {(inputs: Admin_Col_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

export const admin_col_detail = /** @type {(inputs: Admin_Col_DetailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detail`)
};

export const admin_col_kind = /** @type {(inputs: Admin_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const admin_col_last_answer = /** @type {(inputs: Admin_Col_Last_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last answer`)
};

export const admin_col_last_sent = /** @type {(inputs: Admin_Col_Last_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last sent`)
};

export const admin_col_last_sign_in = /** @type {(inputs: Admin_Col_Last_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last sign-in`)
};

export const admin_col_last_used = /** @type {(inputs: Admin_Col_Last_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last used`)
};

export const admin_col_levels = /** @type {(inputs: Admin_Col_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Levels`)
};

export const admin_col_name = /** @type {(inputs: Admin_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const admin_col_on = /** @type {(inputs: Admin_Col_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On`)
};

export const admin_col_owner = /** @type {(inputs: Admin_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

export const admin_col_quiet = /** @type {(inputs: Admin_Col_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quiet hours`)
};

export const admin_col_role = /** @type {(inputs: Admin_Col_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role`)
};

export const admin_col_rule = /** @type {(inputs: Admin_Col_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule`)
};

export const admin_col_sends_to = /** @type {(inputs: Admin_Col_Sends_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sends to`)
};

export const admin_col_site = /** @type {(inputs: Admin_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const admin_col_sites = /** @type {(inputs: Admin_Col_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites`)
};

export const admin_col_state = /** @type {(inputs: Admin_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State`)
};

export const admin_col_takes = /** @type {(inputs: Admin_Col_TakesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Takes`)
};

export const admin_col_to = /** @type {(inputs: Admin_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const admin_col_username = /** @type {(inputs: Admin_Col_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username`)
};

export const admin_col_what = /** @type {(inputs: Admin_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

export const admin_col_when = /** @type {(inputs: Admin_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const admin_col_who = /** @type {(inputs: Admin_Col_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

export const admin_contact_intro = /** @type {(inputs: Admin_Contact_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Where ${i?.name} is told of what is assigned to them. Empty removes it.`)
};

export const admin_contact_title = /** @type {(inputs: Admin_Contact_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail and phone`)
};

export const admin_copied = /** @type {(inputs: Admin_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copied`)
};

export const admin_copy = /** @type {(inputs: Admin_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy`)
};

export const admin_copy_not_allowed = /** @type {(inputs: Admin_Copy_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copying is not allowed here: the text is selected, copy it with your keyboard.`)
};

export const admin_create_channel = /** @type {(inputs: Admin_Create_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create channel`)
};

export const admin_create_rule = /** @type {(inputs: Admin_Create_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create rule`)
};

export const admin_create_token = /** @type {(inputs: Admin_Create_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create token`)
};

export const admin_create_user = /** @type {(inputs: Admin_Create_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create user`)
};

export const admin_created = /** @type {(inputs: Admin_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Created`)
};

export const admin_customer_visible = /** @type {(inputs: Admin_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`customer-visible`)
};

export const admin_delete = /** @type {(inputs: Admin_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const admin_delete_channel = /** @type {(inputs: Admin_Delete_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete channel`)
};

export const admin_delete_channel_explain = /** @type {(inputs: Admin_Delete_Channel_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its delivery log goes with it. A channel a rule or report uses cannot be deleted.`)
};

export const admin_deliveries_intro = /** @type {(inputs: Admin_Deliveries_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every message, newest first; times in UTC. Failed ones are retried with growing waits for a day; an uncertain one was cut off mid-send to a chat room, which cannot drop a repeat, so it waits for you.`)
};

export const admin_delivery_log = /** @type {(inputs: Admin_Delivery_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delivery log`)
};

export const admin_delivery_retried = /** @type {(inputs: Admin_Delivery_RetriedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delivery ${i?.id}: ${i?.state}.`)
};

export const admin_disable = /** @type {(inputs: Admin_DisableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Disable ${i?.username}`)
};

export const admin_disable_explain = /** @type {(inputs: Admin_Disable_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is signed out at once and cannot sign in; their personal tokens are revoked for good. You can enable the account again: they sign in anew, and make new tokens.`)
};

export const admin_disable_summary = /** @type {(inputs: Admin_Disable_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disable this account…`)
};

export const admin_disabled_done = /** @type {(inputs: Admin_Disabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disabled: they are signed out, their personal tokens revoked, and they cannot sign in.`)
};

export const admin_disabled_since = /** @type {(inputs: Admin_Disabled_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`disabled since ${i?.when}`)
};

export const admin_display_name = /** @type {(inputs: Admin_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Display name`)
};

export const admin_display_name_wrong = /** @type {(inputs: Admin_Display_Name_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The display name is 1 to 80 characters.`)
};

export const admin_does_admin = /** @type {(inputs: Admin_Does_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`does everything, the fleet, people and tokens included`)
};

export const admin_does_manager_many = /** @type {(inputs: Admin_Does_Manager_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees their boards and defects, reports, acknowledges and resolves them, and looks after their devices, QR codes and notifications`)
};

export const admin_does_manager_one = /** @type {(inputs: Admin_Does_Manager_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees its boards and defects, reports, acknowledges and resolves them, and looks after its devices, QR codes and notifications`)
};

export const admin_does_staff_many = /** @type {(inputs: Admin_Does_Staff_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees their boards and defects, reports, acknowledges and resolves them`)
};

export const admin_does_staff_one = /** @type {(inputs: Admin_Does_Staff_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees its boards and defects, reports, acknowledges and resolves them`)
};

export const admin_does_viewer_many = /** @type {(inputs: Admin_Does_Viewer_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees their boards and defects`)
};

export const admin_does_viewer_one = /** @type {(inputs: Admin_Does_Viewer_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees its boards and defects`)
};

export const admin_eg = /** @type {(inputs: Admin_EgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`e.g. ${i?.example}`)
};

export const admin_email = /** @type {(inputs: Admin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const admin_email_optional = /** @type {(inputs: Admin_Email_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional: told of what is assigned to them)`)
};

export const admin_email_wrong = /** @type {(inputs: Admin_Email_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write an e-mail address such as kari@example.com, or leave it empty.`)
};

export const admin_enable = /** @type {(inputs: Admin_EnableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enable ${i?.username}`)
};

export const admin_enabled_done = /** @type {(inputs: Admin_Enabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enabled: they can sign in again.`)
};

export const admin_every_defect = /** @type {(inputs: Admin_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every defect`)
};

export const admin_every_site = /** @type {(inputs: Admin_Every_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every site`)
};

export const admin_every_site_option = /** @type {(inputs: Admin_Every_Site_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every site`)
};

export const admin_from_sources = /** @type {(inputs: Admin_From_SourcesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`from ${i?.sources}`)
};

export const admin_give_address = /** @type {(inputs: Admin_Give_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give at least one e-mail address.`)
};

export const admin_give_url = /** @type {(inputs: Admin_Give_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the webhook's URL.`)
};

export const admin_held_from = /** @type {(inputs: Admin_Held_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Held back after failed sign-ins from:`)
};

export const admin_held_hint = /** @type {(inputs: Admin_Held_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If that was them, unlock them; if not, someone is guessing their password from there.`)
};

export const admin_held_intro = /** @type {(inputs: Admin_Held_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many failed sign-ins came from these, for whatever usernames: nobody signs in from them until the time shown.`)
};

export const admin_held_line = /** @type {(inputs: Admin_Held_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} failed · until ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} failed · until ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_held_line");
};

export const admin_held_title = /** @type {(inputs: Admin_Held_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Addresses held back`)
};

export const admin_help_admin = /** @type {(inputs: Admin_Help_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`everything, people and tokens`)
};

export const admin_help_manager = /** @type {(inputs: Admin_Help_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`also devices and QR codes`)
};

export const admin_help_staff = /** @type {(inputs: Admin_Help_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`also reports, acknowledges, resolves`)
};

export const admin_help_viewer = /** @type {(inputs: Admin_Help_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sees boards and defects`)
};

export const admin_hint_chat = /** @type {(inputs: Admin_Hint_ChatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paste the incoming-webhook URL the room gave you: it is the room's key, shown to admins only.`)
};

export const admin_hint_email = /** @type {(inputs: Admin_Hint_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent through the SMTP server in the settings.`)
};

export const admin_hint_webhook = /** @type {(inputs: Admin_Hint_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each request is signed with a secret shown once after creating (docs: notifications).`)
};

export const admin_initial_password = /** @type {(inputs: Admin_Initial_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Initial password`)
};

export const admin_it_said = /** @type {(inputs: Admin_It_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`it said: “${i?.answer}”`)
};

export const admin_kind_email = /** @type {(inputs: Admin_Kind_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const admin_kind_in_app = /** @type {(inputs: Admin_Kind_In_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In-app notices`)
};

export const admin_kind_webhook = /** @type {(inputs: Admin_Kind_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook (signed JSON)`)
};

export const admin_level_line = /** @type {(inputs: Admin_Level_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`after ${i?.minutes} min:`)
};

export const admin_level_minutes = /** @type {(inputs: Admin_Level_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Level ${i?.level}: minutes must be 0 or more.`)
};

export const admin_level_n = /** @type {(inputs: Admin_Level_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Level ${i?.level}`)
};

export const admin_list_and = /** @type {(inputs: Admin_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} and ${i?.last}`)
};

export const admin_locked_from = /** @type {(inputs: Admin_Locked_FromInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`locked out from ${i?.count} address until ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`locked out from ${i?.count} addresses until ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_locked_from");
};

export const admin_locked_intro = /** @type {(inputs: Admin_Locked_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many failed sign-ins with these usernames: they cannot sign in from there until the time shown. If that was them, unlock them; if not, someone is guessing their password.`)
};

export const admin_locked_title = /** @type {(inputs: Admin_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Locked out`)
};

export const admin_name_channel = /** @type {(inputs: Admin_Name_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name the channel.`)
};

export const admin_name_report = /** @type {(inputs: Admin_Name_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name the report.`)
};

export const admin_name_role_sites = /** @type {(inputs: Admin_Name_Role_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name, role and sites`)
};

export const admin_name_rule = /** @type {(inputs: Admin_Name_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name the rule.`)
};

export const admin_name_the_token = /** @type {(inputs: Admin_Name_The_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name the token (up to 80 characters).`)
};

export const admin_never = /** @type {(inputs: Admin_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never`)
};

export const admin_new_channel = /** @type {(inputs: Admin_New_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New channel`)
};

export const admin_new_password = /** @type {(inputs: Admin_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New password`)
};

export const admin_new_rule = /** @type {(inputs: Admin_New_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New rule`)
};

export const admin_new_system_token = /** @type {(inputs: Admin_New_System_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New system token`)
};

export const admin_new_token_label = /** @type {(inputs: Admin_New_Token_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New token “${i?.name}”`)
};

export const admin_new_token_warning = /** @type {(inputs: Admin_New_Token_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy it now and hand it over safely: it will not be shown again.`)
};

export const admin_new_user = /** @type {(inputs: Admin_New_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New user`)
};

export const admin_new_user_who = /** @type {(inputs: Admin_New_User_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new user`)
};

export const admin_next_attempt = /** @type {(inputs: Admin_Next_AttemptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`next ${i?.when}`)
};

export const admin_no_channels = /** @type {(inputs: Admin_No_ChannelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No channels yet.`)
};

export const admin_no_channels_manager = /** @type {(inputs: Admin_No_Channels_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No channels yet: an admin sets them up.`)
};

export const admin_no_reports = /** @type {(inputs: Admin_No_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody gets the daily report yet.`)
};

export const admin_no_rules = /** @type {(inputs: Admin_No_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No rules: nobody is told of new defects.`)
};

export const admin_no_such_user = /** @type {(inputs: Admin_No_Such_UserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no such user: no account has the id ${i?.id}. Choose one from the list of users.`)
};

export const admin_no_tokens = /** @type {(inputs: Admin_No_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No tokens.`)
};

export const admin_none = /** @type {(inputs: Admin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const admin_not_held = /** @type {(inputs: Admin_Not_HeldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not held back: no failed sign-ins past the limit.`)
};

export const admin_nothing_sent = /** @type {(inputs: Admin_Nothing_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing sent yet.`)
};

export const admin_nothing_yet = /** @type {(inputs: Admin_Nothing_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing yet.`)
};

export const admin_notif_intro = /** @type {(inputs: Admin_Notif_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The right person hears of a failing basic before a customer does; a defect nobody acknowledges climbs to the next level.`)
};

export const admin_notif_manager = /** @type {(inputs: Admin_Notif_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You manage the rules and reports of your sites; admins set up channels.`)
};

export const admin_notif_title = /** @type {(inputs: Admin_Notif_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications`)
};

export const admin_off = /** @type {(inputs: Admin_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`off`)
};

export const admin_older = /** @type {(inputs: Admin_OlderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Older ›`)
};

export const admin_on = /** @type {(inputs: Admin_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on`)
};

export const admin_optional = /** @type {(inputs: Admin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const admin_owner_system = /** @type {(inputs: Admin_Owner_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const admin_password_help = /** @type {(inputs: Admin_Password_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 characters or more; tell it to them privately`)
};

export const admin_password_set = /** @type {(inputs: Admin_Password_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password set. Their sessions and personal tokens have ended; tell them the new password privately.`)
};

export const admin_password_wrong = /** @type {(inputs: Admin_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password: 10 to 200 characters.`)
};

export const admin_phone = /** @type {(inputs: Admin_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone`)
};

export const admin_phone_wrong = /** @type {(inputs: Admin_Phone_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write a phone number such as +47 912 34 567, or leave it empty.`)
};

export const admin_picker_all = /** @type {(inputs: Admin_Picker_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const admin_picker_none = /** @type {(inputs: Admin_Picker_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sites yet.`)
};

export const admin_picker_sites = /** @type {(inputs: Admin_Picker_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites`)
};

export const admin_picker_some = /** @type {(inputs: Admin_Picker_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only these sites:`)
};

export const admin_quiet_both = /** @type {(inputs: Admin_Quiet_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quiet hours need both a start and an end.`)
};

export const admin_quiet_not = /** @type {(inputs: Admin_Quiet_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(not ${i?.severities})`)
};

export const admin_report_ended = /** @type {(inputs: Admin_Report_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily report ended.`)
};

export const admin_report_hour = /** @type {(inputs: Admin_Report_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`At (local hour)`)
};

export const admin_report_placeholder = /** @type {(inputs: Admin_Report_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Oslo mornings`)
};

export const admin_report_set_up = /** @type {(inputs: Admin_Report_Set_UpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daily report “${i?.name}” set up.`)
};

export const admin_report_sites_admin = /** @type {(inputs: Admin_Report_Sites_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites (none ticked: every site, in one report)`)
};

export const admin_report_sites_manager = /** @type {(inputs: Admin_Report_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites (one report for those ticked)`)
};

export const admin_reports_intro_before = /** @type {(inputs: Admin_Reports_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each morning: what failed yesterday, what is still open and for how long, overdue inspections, who caught defects first. Also on the`)
};

export const admin_reports_page_link = /** @type {(inputs: Admin_Reports_Page_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`daily report page`)
};

export const admin_reports_title = /** @type {(inputs: Admin_Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily bulb report`)
};

export const admin_reset_password = /** @type {(inputs: Admin_Reset_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset password`)
};

export const admin_revoke = /** @type {(inputs: Admin_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke`)
};

export const admin_revoked_at = /** @type {(inputs: Admin_Revoked_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`revoked ${i?.when}`)
};

export const admin_rf_after = /** @type {(inputs: Admin_Rf_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`after`)
};

export const admin_rf_category = /** @type {(inputs: Admin_Rf_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const admin_rf_customers_see = /** @type {(inputs: Admin_Rf_Customers_SeeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Customers see it`)
};

export const admin_rf_either = /** @type {(inputs: Admin_Rf_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`either`)
};

export const admin_rf_found_by = /** @type {(inputs: Admin_Rf_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found by`)
};

export const admin_rf_from = /** @type {(inputs: Admin_Rf_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`from`)
};

export const admin_rf_level = /** @type {(inputs: Admin_Rf_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Level ${i?.level}`)
};

export const admin_rf_level_optional = /** @type {(inputs: Admin_Rf_Level_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Level ${i?.level} (optional)`)
};

export const admin_rf_min_no_ack = /** @type {(inputs: Admin_Rf_Min_No_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min without acknowledgement`)
};

export const admin_rf_min_opening = /** @type {(inputs: Admin_Rf_Min_OpeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min from opening`)
};

export const admin_rf_no = /** @type {(inputs: Admin_Rf_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no`)
};

export const admin_rf_quiet = /** @type {(inputs: Admin_Rf_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quiet hours (site's time; leave empty for none)`)
};

export const admin_rf_regional = /** @type {(inputs: Admin_Rf_RegionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regional manager`)
};

export const admin_rf_severity = /** @type {(inputs: Admin_Rf_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity (none ticked: all)`)
};

export const admin_rf_site_manager = /** @type {(inputs: Admin_Rf_Site_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site manager`)
};

export const admin_rf_staff = /** @type {(inputs: Admin_Rf_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff`)
};

export const admin_rf_still_send = /** @type {(inputs: Admin_Rf_Still_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`still send:`)
};

export const admin_rf_to = /** @type {(inputs: Admin_Rf_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to`)
};

export const admin_rf_who = /** @type {(inputs: Admin_Rf_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who`)
};

export const admin_rf_yes = /** @type {(inputs: Admin_Rf_YesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes`)
};

export const admin_rule_changed = /** @type {(inputs: Admin_Rule_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule changed.`)
};

export const admin_rule_created = /** @type {(inputs: Admin_Rule_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rule “${i?.name}” created.`)
};

export const admin_rule_deleted = /** @type {(inputs: Admin_Rule_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule deleted.`)
};

export const admin_rule_for = /** @type {(inputs: Admin_Rule_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`For ${i?.site}. Escalations under way follow the changed levels from their next step.`)
};

export const admin_rule_head = /** @type {(inputs: Admin_Rule_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rule ${i?.name}`)
};

export const admin_rule_off = /** @type {(inputs: Admin_Rule_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(off)`)
};

export const admin_rule_on = /** @type {(inputs: Admin_Rule_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On`)
};

export const admin_rule_placeholder = /** @type {(inputs: Admin_Rule_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Lights at night`)
};

export const admin_rule_title = /** @type {(inputs: Admin_Rule_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rule “${i?.name}”`)
};

export const admin_rules_intro = /** @type {(inputs: Admin_Rules_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A rule takes the defects that pass all its filters. Level 1 hears first; each next level after its minutes if nobody has acknowledged. Quiet hours hold a step until they end, in the site's time zone.`)
};

export const admin_rules_title = /** @type {(inputs: Admin_Rules_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rules and escalation`)
};

export const admin_save = /** @type {(inputs: Admin_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save`)
};

export const admin_save_contact = /** @type {(inputs: Admin_Save_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save contact details`)
};

export const admin_save_rule = /** @type {(inputs: Admin_Save_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save rule`)
};

export const admin_saved = /** @type {(inputs: Admin_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved.`)
};

export const admin_secret_label = /** @type {(inputs: Admin_Secret_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signing secret of “${i?.name}”`)
};

export const admin_secret_warning = /** @type {(inputs: Admin_Secret_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give it to whoever runs the receiver: it verifies the X-BulbCheck-Signature header. Admins can read it again later.`)
};

export const admin_send_again = /** @type {(inputs: Admin_Send_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send again`)
};

export const admin_send_report = /** @type {(inputs: Admin_Send_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send the daily report`)
};

export const admin_send_test = /** @type {(inputs: Admin_Send_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send a test`)
};

export const admin_set_password = /** @type {(inputs: Admin_Set_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set password`)
};

export const admin_set_up_report = /** @type {(inputs: Admin_Set_Up_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up the report`)
};

export const admin_show = /** @type {(inputs: Admin_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const admin_show_revoked = /** @type {(inputs: Admin_Show_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show revoked tokens`)
};

export const admin_sign_in_title = /** @type {(inputs: Admin_Sign_In_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign-in`)
};

export const admin_signed = /** @type {(inputs: Admin_SignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signed`)
};

export const admin_state_active = /** @type {(inputs: Admin_State_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`active`)
};

export const admin_state_disabled = /** @type {(inputs: Admin_State_DisabledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`disabled ${i?.when}`)
};

export const admin_state_failed = /** @type {(inputs: Admin_State_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`failed`)
};

export const admin_state_pending = /** @type {(inputs: Admin_State_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pending`)
};

export const admin_state_sending = /** @type {(inputs: Admin_State_SendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sending`)
};

export const admin_state_sent = /** @type {(inputs: Admin_State_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sent`)
};

export const admin_state_uncertain = /** @type {(inputs: Admin_State_UncertainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uncertain`)
};

export const admin_stop = /** @type {(inputs: Admin_StopInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop`)
};

export const admin_summary_report = /** @type {(inputs: Admin_Summary_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daily report of ${i?.day} (${i?.subscription})`)
};

export const admin_summary_step = /** @type {(inputs: Admin_Summary_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Level ${i?.level} (${i?.levelName}) of “${i?.rule}”: defect #${i?.defect}`)
};

export const admin_summary_test = /** @type {(inputs: Admin_Summary_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test message to ${i?.channel}`)
};

export const admin_ten_plus = /** @type {(inputs: Admin_Ten_PlusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(10+ characters)`)
};

export const admin_test_failed = /** @type {(inputs: Admin_Test_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The test to “${i?.name}” failed: ${i?.reason}. Check the channel's address and that the receiver is up, then send another test.`)
};

export const admin_test_sent = /** @type {(inputs: Admin_Test_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test sent to “${i?.name}” (${i?.status}).`)
};

export const admin_this_is_you = /** @type {(inputs: Admin_This_Is_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is you: another admin can disable your account.`)
};

export const admin_tick_a_site = /** @type {(inputs: Admin_Tick_A_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick at least one site, or choose all sites.`)
};

export const admin_tick_channel = /** @type {(inputs: Admin_Tick_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick at least one channel.`)
};

export const admin_tick_first_level = /** @type {(inputs: Admin_Tick_First_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick at least one channel for the first level.`)
};

export const admin_time_zone = /** @type {(inputs: Admin_Time_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time zone`)
};

export const admin_token_placeholder = /** @type {(inputs: Admin_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. lobby wall screen`)
};

export const admin_token_revoked = /** @type {(inputs: Admin_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Token revoked: it no longer works.`)
};

export const admin_tokens_intro = /** @type {(inputs: Admin_Tokens_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System tokens are for kiosks, scripts and integrations: each has its own role and sites. Personal tokens act as the user who made them (on their Account page) and are listed here to be revoked.`)
};

export const admin_tokens_title = /** @type {(inputs: Admin_Tokens_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API tokens`)
};

export const admin_turn_off = /** @type {(inputs: Admin_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turn off`)
};

export const admin_turn_on = /** @type {(inputs: Admin_Turn_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Turn on`)
};

export const admin_unlock = /** @type {(inputs: Admin_UnlockInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unlock ${i?.username}`)
};

export const admin_unlock_nothing = /** @type {(inputs: Admin_Unlock_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing held ${i?.name} back any more.`)
};

export const admin_unlock_nothing_self = /** @type {(inputs: Admin_Unlock_Nothing_SelfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing was held back any more.`)
};

export const admin_unlocked = /** @type {(inputs: Admin_UnlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unlocked ${i?.name}: they may sign in from ${i?.addresses} again.`)
};

export const admin_unlocked_self = /** @type {(inputs: Admin_Unlocked_SelfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unlocked: they may sign in from ${i?.addresses} again.`)
};

export const admin_user_created = /** @type {(inputs: Admin_User_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`User created. Tell them their username and initial password privately.`)
};

export const admin_username_taken = /** @type {(inputs: Admin_Username_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The username “${i?.username}” is taken.`)
};

export const admin_username_wrong = /** @type {(inputs: Admin_Username_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username: 2 to 64 of a-z, 0-9, . _ @ -, starting with a letter or digit.`)
};

export const admin_users_intro = /** @type {(inputs: Admin_Users_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.accounts}, ${i?.active} active. Open one to change its role, sites or password, or to disable it.`)
};

export const admin_users_title = /** @type {(inputs: Admin_Users_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Users`)
};

export const admin_utc_time = /** @type {(inputs: Admin_Utc_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} UTC`)
};

export const admin_which_token = /** @type {(inputs: Admin_Which_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That token is not in the list any more: reload the page and choose it again.`)
};

export const age_now = /** @type {(inputs: Age_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

export const board_legend = /** @type {(inputs: Board_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const board_live = /** @type {(inputs: Board_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const board_mode_all = /** @type {(inputs: Board_Mode_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const board_mode_rotate = /** @type {(inputs: Board_Mode_RotateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One site at a time`)
};

export const board_more = /** @type {(inputs: Board_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} more`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} more`);
	return /** @type {LocalizedString} */ ("board_more");
};

export const board_new = /** @type {(inputs: Board_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New`)
};

export const board_no_sites = /** @type {(inputs: Board_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sites yet.`)
};

export const board_not_live_hint = /** @type {(inputs: Board_Not_Live_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What this screen shows may be out of date. It keeps trying to reconnect.`)
};

export const board_not_live_since = /** @type {(inputs: Board_Not_Live_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not live since ${i?.time}`)
};

export const board_nothing_open = /** @type {(inputs: Board_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing open`)
};

export const board_offline = /** @type {(inputs: Board_OfflineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} device offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} devices offline`);
	return /** @type {LocalizedString} */ ("board_offline");
};

export const board_offline_legend = /** @type {(inputs: Board_Offline_LegendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`devices offline`)
};

export const board_open_for = /** @type {(inputs: Board_Open_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`open ${i?.duration}`)
};

export const board_overdue = /** @type {(inputs: Board_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`overdue`)
};

export const board_reconnecting = /** @type {(inputs: Board_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reconnecting`)
};

export const board_rest = /** @type {(inputs: Board_RestInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} more site`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} more sites`);
	return /** @type {LocalizedString} */ ("board_rest");
};

export const board_rest_fine = /** @type {(inputs: Board_Rest_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} site, all fine`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} sites, all fine`);
	return /** @type {LocalizedString} */ ("board_rest_fine");
};

export const board_revoked = /** @type {(inputs: Board_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This screen's access was revoked: ask an admin for a new link`)
};

export const board_site_of = /** @type {(inputs: Board_Site_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Site ${i?.n} of ${i?.total}`)
};

export const board_sound_blocked = /** @type {(inputs: Board_Sound_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Touch the screen once to let it play sound`)
};

export const board_sound_hint = /** @type {(inputs: Board_Sound_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A short tone when a new high-severity or customer-reported defect arrives; this screen only`)
};

export const board_sound_off = /** @type {(inputs: Board_Sound_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sound off`)
};

export const board_sound_on = /** @type {(inputs: Board_Sound_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sound on`)
};

export const board_title = /** @type {(inputs: Board_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wall board`)
};

export const board_turned_red = /** @type {(inputs: Board_Turned_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Just turned red`)
};

export const category_cleanliness = /** @type {(inputs: Category_CleanlinessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cleanliness`)
};

export const category_equipment = /** @type {(inputs: Category_EquipmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Equipment`)
};

export const category_lighting = /** @type {(inputs: Category_LightingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lighting`)
};

export const category_other = /** @type {(inputs: Category_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

export const category_signage = /** @type {(inputs: Category_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signage`)
};

export const category_supplies = /** @type {(inputs: Category_SuppliesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Supplies`)
};

export const category_system = /** @type {(inputs: Category_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System`)
};

export const defects_acknowledge = /** @type {(inputs: Defects_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acknowledge`)
};

export const defects_actor_first_admin = /** @type {(inputs: Defects_Actor_First_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The administrator`)
};

export const defects_ago = /** @type {(inputs: Defects_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.duration} ago`)
};

export const defects_all_sites = /** @type {(inputs: Defects_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const defects_any = /** @type {(inputs: Defects_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Any`)
};

export const defects_anyone = /** @type {(inputs: Defects_AnyoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anyone or nobody`)
};

export const defects_bulk_assign = /** @type {(inputs: Defects_Bulk_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assign…`)
};

export const defects_bulk_assign_them = /** @type {(inputs: Defects_Bulk_Assign_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assign them`)
};

export const defects_bulk_assign_to = /** @type {(inputs: Defects_Bulk_Assign_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assign to`)
};

export const defects_bulk_changed = /** @type {(inputs: Defects_Bulk_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} changed.`)
};

export const defects_bulk_changed_not = /** @type {(inputs: Defects_Bulk_Changed_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} changed, ${i?.failed} not:`)
};

export const defects_bulk_choose = /** @type {(inputs: Defects_Bulk_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose…`)
};

export const defects_bulk_choose_action = /** @type {(inputs: Defects_Bulk_Choose_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what to do with them.`)
};

export const defects_bulk_choose_assignee = /** @type {(inputs: Defects_Bulk_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose who should do them.`)
};

export const defects_bulk_done = /** @type {(inputs: Defects_Bulk_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Done`)
};

export const defects_bulk_done_acknowledge = /** @type {(inputs: Defects_Bulk_Done_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acknowledged`)
};

export const defects_bulk_done_assign = /** @type {(inputs: Defects_Bulk_Done_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned`)
};

export const defects_bulk_done_hold = /** @type {(inputs: Defects_Bulk_Done_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put on hold`)
};

export const defects_bulk_done_resolve = /** @type {(inputs: Defects_Bulk_Done_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved`)
};

export const defects_bulk_hint = /** @type {(inputs: Defects_Bulk_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: tick defects below, then choose what to do with them`)
};

export const defects_bulk_hold = /** @type {(inputs: Defects_Bulk_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put on hold…`)
};

export const defects_bulk_hold_them = /** @type {(inputs: Defects_Bulk_Hold_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put them on hold`)
};

export const defects_bulk_managers_of_site = /** @type {(inputs: Defects_Bulk_Managers_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Managers of the site`)
};

export const defects_bulk_me = /** @type {(inputs: Defects_Bulk_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Me`)
};

export const defects_bulk_note = /** @type {(inputs: Defects_Bulk_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const defects_bulk_one_site = /** @type {(inputs: Defects_Bulk_One_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose one site above to assign to a person.`)
};

export const defects_bulk_people = /** @type {(inputs: Defects_Bulk_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People`)
};

export const defects_bulk_resolve = /** @type {(inputs: Defects_Bulk_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve…`)
};

export const defects_bulk_resolve_them = /** @type {(inputs: Defects_Bulk_Resolve_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve them`)
};

export const defects_bulk_say_waiting = /** @type {(inputs: Defects_Bulk_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Say what they are waiting for.`)
};

export const defects_bulk_staff_of_site = /** @type {(inputs: Defects_Bulk_Staff_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff of the site`)
};

export const defects_bulk_teams = /** @type {(inputs: Defects_Bulk_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teams`)
};

export const defects_bulk_teams_each = /** @type {(inputs: Defects_Bulk_Teams_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teams (at each defect's site)`)
};

export const defects_bulk_tick_first = /** @type {(inputs: Defects_Bulk_Tick_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick the defects to change first.`)
};

export const defects_bulk_ticked = /** @type {(inputs: Defects_Bulk_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`ticked`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`ticked`);
	return /** @type {LocalizedString} */ ("defects_bulk_ticked");
};

export const defects_bulk_too_many = /** @type {(inputs: Defects_Bulk_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`At most ${i?.max} defects at once: tick fewer.`)
};

export const defects_by = /** @type {(inputs: Defects_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by`)
};

export const defects_cause_label = /** @type {(inputs: Defects_Cause_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What fixed it`)
};

export const defects_cause_not_said = /** @type {(inputs: Defects_Cause_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not said`)
};

export const defects_claim_title = /** @type {(inputs: Defects_Claim_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A name sent by ${i?.kind} ${i?.device}, not a signed-in person`)
};

export const defects_clear_site = /** @type {(inputs: Defects_Clear_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all sites`)
};

export const defects_col_actions = /** @type {(inputs: Defects_Col_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Actions`)
};

export const defects_col_asset = /** @type {(inputs: Defects_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset`)
};

export const defects_col_fault = /** @type {(inputs: Defects_Col_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fault`)
};

export const defects_col_found_by = /** @type {(inputs: Defects_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found by`)
};

export const defects_col_open_for = /** @type {(inputs: Defects_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open for`)
};

export const defects_col_reports = /** @type {(inputs: Defects_Col_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reports`)
};

export const defects_col_severity = /** @type {(inputs: Defects_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const defects_col_site = /** @type {(inputs: Defects_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const defects_col_status = /** @type {(inputs: Defects_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} open defect`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} open defects`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const defects_crumb_defects = /** @type {(inputs: Defects_Crumb_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`defects`)
};

export const defects_customer_visible = /** @type {(inputs: Defects_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` (customer-visible)`)
};

export const defects_ev_a_customer = /** @type {(inputs: Defects_Ev_A_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a customer`)
};

export const defects_ev_and = /** @type {(inputs: Defects_Ev_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} and ${i?.last}`)
};

export const defects_ev_api_token = /** @type {(inputs: Defects_Ev_Api_TokenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`API token ${i?.name}`)
};

export const defects_ev_button = /** @type {(inputs: Defects_Ev_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`button ${i?.id}`)
};

export const defects_ev_confirmed_by = /** @type {(inputs: Defects_Ev_Confirmed_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Confirmed by ${i?.who}`)
};

export const defects_ev_confirmed_short = /** @type {(inputs: Defects_Ev_Confirmed_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Confirmed: ${i?.sources}`)
};

export const defects_ev_customer_qr = /** @type {(inputs: Defects_Ev_Customer_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a customer (QR code)`)
};

export const defects_ev_round = /** @type {(inputs: Defects_Ev_RoundInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Passed the ${i?.time} round (${i?.checkpoint}) by ${i?.staff} ${i?.count} minute before`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Passed the ${i?.time} round (${i?.checkpoint}) by ${i?.staff} ${i?.count} minutes before`);
	return /** @type {LocalizedString} */ ("defects_ev_round");
};

export const defects_ev_sensor = /** @type {(inputs: Defects_Ev_SensorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sensor ${i?.id}`)
};

export const defects_ev_someone = /** @type {(inputs: Defects_Ev_SomeoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`someone`)
};

export const defects_ev_staff_button = /** @type {(inputs: Defects_Ev_Staff_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`staff on button ${i?.id}`)
};

export const defects_ev_suspect = /** @type {(inputs: Defects_Ev_SuspectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensor ${i?.device} may be wrong: ${i?.who} reported ${i?.fault} while it said ok`)
};

export const defects_evp_ch_button = /** @type {(inputs: Defects_Evp_Ch_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Button (MQTT)`)
};

export const defects_evp_ch_dashboard = /** @type {(inputs: Defects_Evp_Ch_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed in`)
};

export const defects_evp_ch_qr = /** @type {(inputs: Defects_Evp_Ch_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR code`)
};

export const defects_evp_ch_sensor = /** @type {(inputs: Defects_Evp_Ch_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const defects_evp_contradicts = /** @type {(inputs: Defects_Evp_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The report it contradicts:`)
};

export const defects_evp_defect = /** @type {(inputs: Defects_Evp_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`defect ${i?.id}`)
};

export const defects_evp_not_confirmed = /** @type {(inputs: Defects_Evp_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not confirmed: one source so far. A second channel, or a second person signed in, confirms it.`)
};

export const defects_evp_ok_at = /** @type {(inputs: Defects_Evp_Ok_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sensor last said ok at ${i?.time}.`)
};

export const defects_evp_reports = /** @type {(inputs: Defects_Evp_ReportsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} report`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} reports`);
	return /** @type {LocalizedString} */ ("defects_evp_reports");
};

export const defects_evp_system = /** @type {(inputs: Defects_Evp_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Raised by Bulb Check`)
};

export const defects_evp_title = /** @type {(inputs: Defects_Evp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Evidence`)
};

export const defects_filter_assignee = /** @type {(inputs: Defects_Filter_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned to`)
};

export const defects_filter_category = /** @type {(inputs: Defects_Filter_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const defects_filter_severity = /** @type {(inputs: Defects_Filter_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const defects_filter_site = /** @type {(inputs: Defects_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const defects_filter_source = /** @type {(inputs: Defects_Filter_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source`)
};

export const defects_filter_status = /** @type {(inputs: Defects_Filter_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_fix_did_not_hold = /** @type {(inputs: Defects_Fix_Did_Not_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fix did not hold: see`)
};

export const defects_hold_due = /** @type {(inputs: Defects_Hold_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New due time`)
};

export const defects_hold_hint = /** @type {(inputs: Defects_Hold_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. parts ordered, contractor on Tuesday`)
};

export const defects_hold_waiting = /** @type {(inputs: Defects_Hold_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Waiting for`)
};

export const defects_just_now = /** @type {(inputs: Defects_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`just now`)
};

export const defects_label_assigned = /** @type {(inputs: Defects_Label_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned to`)
};

export const defects_label_category = /** @type {(inputs: Defects_Label_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const defects_label_cause = /** @type {(inputs: Defects_Label_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What fixed it`)
};

export const defects_label_due = /** @type {(inputs: Defects_Label_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due`)
};

export const defects_label_first_found = /** @type {(inputs: Defects_Label_First_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First found by`)
};

export const defects_label_opened = /** @type {(inputs: Defects_Label_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const defects_label_reports = /** @type {(inputs: Defects_Label_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reports`)
};

export const defects_label_resolved = /** @type {(inputs: Defects_Label_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved`)
};

export const defects_label_severity = /** @type {(inputs: Defects_Label_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const defects_label_status = /** @type {(inputs: Defects_Label_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_label_zone = /** @type {(inputs: Defects_Label_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const defects_me_team = /** @type {(inputs: Defects_Me_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Me and my team`)
};

export const defects_new = /** @type {(inputs: Defects_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New`)
};

export const defects_next_page = /** @type {(inputs: Defects_Next_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next page ›`)
};

export const defects_nobody = /** @type {(inputs: Defects_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nobody`)
};

export const defects_nobody_yet = /** @type {(inputs: Defects_Nobody_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nobody yet`)
};

export const defects_none_match = /** @type {(inputs: Defects_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No defects match these filters.`)
};

export const defects_none_match_site = /** @type {(inputs: Defects_None_Match_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: no defects match these filters.`)
};

export const defects_number = /** @type {(inputs: Defects_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`defect #${i?.id}`)
};

export const defects_on_asset = /** @type {(inputs: Defects_On_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} on ${i?.asset}`)
};

export const defects_on_hold_line = /** @type {(inputs: Defects_On_Hold_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`On hold: ${i?.reason} (due ${i?.due})`)
};

export const defects_opened_since = /** @type {(inputs: Defects_Opened_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`since ${i?.time}`)
};

export const defects_optional = /** @type {(inputs: Defects_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const defects_overdue = /** @type {(inputs: Defects_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`overdue`)
};

export const defects_photo_added = /** @type {(inputs: Defects_Photo_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photo added.`)
};

export const defects_photo_choose = /** @type {(inputs: Defects_Photo_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a photo or take one first.`)
};

export const defects_photo_too_large = /** @type {(inputs: Defects_Photo_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That photo is larger than 10 MB: take a smaller one.`)
};

export const defects_photo_view_only = /** @type {(inputs: Defects_Photo_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role may only view. Ask an admin if you need to add photos.`)
};

export const defects_photos_add = /** @type {(inputs: Defects_Photos_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a photo`)
};

export const defects_photos_by = /** @type {(inputs: Defects_Photos_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo by ${i?.who}`)
};

export const defects_photos_caption = /** @type {(inputs: Defects_Photos_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caption (optional)`)
};

export const defects_photos_caption_label = /** @type {(inputs: Defects_Photos_Caption_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caption`)
};

export const defects_photos_hint = /** @type {(inputs: Defects_Photos_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JPEG, PNG, WebP or HEIC, up to 10 MB. Location and camera details are removed.`)
};

export const defects_photos_none = /** @type {(inputs: Defects_Photos_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No photos yet.`)
};

export const defects_photos_title = /** @type {(inputs: Defects_Photos_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photos`)
};

export const defects_photos_upload = /** @type {(inputs: Defects_Photos_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upload photo`)
};

export const defects_photos_uploading = /** @type {(inputs: Defects_Photos_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uploading…`)
};

export const defects_reopened_times = /** @type {(inputs: Defects_Reopened_TimesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Reopened once.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Reopened ${i?.count} times.`);
	return /** @type {LocalizedString} */ ("defects_reopened_times");
};

export const defects_resolve_more = /** @type {(inputs: Defects_Resolve_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve…`)
};

export const defects_search = /** @type {(inputs: Defects_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset or zone`)
};

export const defects_search_hint = /** @type {(inputs: Defects_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. lobby, lamp`)
};

export const defects_show = /** @type {(inputs: Defects_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const defects_sort = /** @type {(inputs: Defects_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort`)
};

export const defects_sort_due = /** @type {(inputs: Defects_Sort_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due soonest`)
};

export const defects_sort_newest = /** @type {(inputs: Defects_Sort_NewestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Newest first`)
};

export const defects_sort_oldest = /** @type {(inputs: Defects_Sort_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oldest first`)
};

export const defects_sort_severity = /** @type {(inputs: Defects_Sort_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const defects_source_customer = /** @type {(inputs: Defects_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`customer`)
};

export const defects_source_sensor = /** @type {(inputs: Defects_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const defects_source_staff = /** @type {(inputs: Defects_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`staff`)
};

export const defects_source_system = /** @type {(inputs: Defects_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const defects_status_acknowledged = /** @type {(inputs: Defects_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`acknowledged`)
};

export const defects_status_on_hold = /** @type {(inputs: Defects_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on hold`)
};

export const defects_status_open = /** @type {(inputs: Defects_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open`)
};

export const defects_status_resolved = /** @type {(inputs: Defects_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`resolved`)
};

export const defects_status_unresolved = /** @type {(inputs: Defects_Status_UnresolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unresolved`)
};

export const defects_tick_all = /** @type {(inputs: Defects_Tick_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick every defect on this page`)
};

export const defects_tick_one = /** @type {(inputs: Defects_Tick_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tick ${i?.fault} on ${i?.asset}`)
};

export const defects_timeline = /** @type {(inputs: Defects_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Timeline`)
};

export const defects_title = /** @type {(inputs: Defects_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects`)
};

export const defects_tl_acknowledged = /** @type {(inputs: Defects_Tl_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acknowledged`)
};

export const defects_tl_assigned = /** @type {(inputs: Defects_Tl_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned`)
};

export const defects_tl_assigned_it = /** @type {(inputs: Defects_Tl_Assigned_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`assigned it`)
};

export const defects_tl_comment = /** @type {(inputs: Defects_Tl_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const defects_tl_comment_by = /** @type {(inputs: Defects_Tl_Comment_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const defects_tl_escalated = /** @type {(inputs: Defects_Tl_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escalated`)
};

export const defects_tl_notified = /** @type {(inputs: Defects_Tl_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notified`)
};

export const defects_tl_on_hold = /** @type {(inputs: Defects_Tl_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put on hold`)
};

export const defects_tl_opened = /** @type {(inputs: Defects_Tl_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const defects_tl_photo = /** @type {(inputs: Defects_Tl_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photo`)
};

export const defects_tl_reopened = /** @type {(inputs: Defects_Tl_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopened`)
};

export const defects_tl_report = /** @type {(inputs: Defects_Tl_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reported`)
};

export const defects_tl_resolved = /** @type {(inputs: Defects_Tl_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved`)
};

export const defects_tl_to = /** @type {(inputs: Defects_Tl_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (` to ${i?.name}`)
};

export const defects_tl_unassigned = /** @type {(inputs: Defects_Tl_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unassigned`)
};

export const defects_tl_undone = /** @type {(inputs: Defects_Tl_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve undone`)
};

export const defects_via = /** @type {(inputs: Defects_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.kind} ${i?.device}`)
};

export const defects_view_only = /** @type {(inputs: Defects_View_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Viewing only: your role (${i?.role}) may not acknowledge or resolve.`)
};

export const defects_view_only_work = /** @type {(inputs: Defects_View_Only_WorkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Viewing only: your role (${i?.role}) may not work on defects.`)
};

export const devices_admin_restores = /** @type {(inputs: Devices_Admin_RestoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only an admin restores a revoked device.`)
};

export const devices_all_sites = /** @type {(inputs: Devices_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All my sites`)
};

export const devices_col_battery = /** @type {(inputs: Devices_Col_BatteryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Battery`)
};

export const devices_col_device = /** @type {(inputs: Devices_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device`)
};

export const devices_col_kind = /** @type {(inputs: Devices_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const devices_col_last_seen = /** @type {(inputs: Devices_Col_Last_SeenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last seen`)
};

export const devices_col_messages = /** @type {(inputs: Devices_Col_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Messages`)
};

export const devices_col_payload = /** @type {(inputs: Devices_Col_PayloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Payload`)
};

export const devices_col_reason = /** @type {(inputs: Devices_Col_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reason`)
};

export const devices_col_refused = /** @type {(inputs: Devices_Col_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refused`)
};

export const devices_col_site = /** @type {(inputs: Devices_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const devices_col_state = /** @type {(inputs: Devices_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State`)
};

export const devices_col_when = /** @type {(inputs: Devices_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

export const devices_col_wrong = /** @type {(inputs: Devices_Col_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What was wrong`)
};

export const devices_count = /** @type {(inputs: Devices_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} device`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} devices`);
	return /** @type {LocalizedString} */ ("devices_count");
};

export const devices_detail_line = /** @type {(inputs: Devices_Detail_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} at ${i?.site}`)
};

export const devices_filter_site = /** @type {(inputs: Devices_Filter_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const devices_filter_state = /** @type {(inputs: Devices_Filter_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State`)
};

export const devices_kind_button = /** @type {(inputs: Devices_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`button`)
};

export const devices_kind_sensor = /** @type {(inputs: Devices_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const devices_low_battery_count = /** @type {(inputs: Devices_Low_Battery_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} with a low battery`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} with a low battery`);
	return /** @type {LocalizedString} */ ("devices_low_battery_count");
};

export const devices_manage_hint = /** @type {(inputs: Devices_Manage_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open a device to rotate its secret or revoke it`)
};

export const devices_managers_only = /** @type {(inputs: Devices_Managers_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only managers and admins look after devices.`)
};

export const devices_new_secret = /** @type {(inputs: Devices_New_SecretInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New secret for ${i?.device}`)
};

export const devices_no_refused = /** @type {(inputs: Devices_No_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No refused messages.`)
};

export const devices_offline_count = /** @type {(inputs: Devices_Offline_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} offline`);
	return /** @type {LocalizedString} */ ("devices_offline_count");
};

export const devices_refusal_asset_retired = /** @type {(inputs: Devices_Refusal_Asset_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} at ${i?.site} is retired: restore it under Setup, or set the device up for another asset.`)
};

export const devices_refusal_bad_device = /** @type {(inputs: Devices_Refusal_Bad_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The device id in the topic is not valid.`)
};

export const devices_refusal_bad_field = /** @type {(inputs: Devices_Refusal_Bad_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The field ${i?.field} has a value that is not allowed.`)
};

export const devices_refusal_bad_json = /** @type {(inputs: Devices_Refusal_Bad_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The message is not valid JSON.`)
};

export const devices_refusal_bad_site = /** @type {(inputs: Devices_Refusal_Bad_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The site id in the topic is not valid.`)
};

export const devices_refusal_bad_status = /** @type {(inputs: Devices_Refusal_Bad_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A status message must say online or offline.`)
};

export const devices_refusal_bad_topic = /** @type {(inputs: Devices_Refusal_Bad_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The topic is not a device topic (bulbcheck/v1/site/device/kind).`)
};

export const devices_refusal_bad_utf8 = /** @type {(inputs: Devices_Refusal_Bad_Utf8Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The message is not valid UTF-8 text.`)
};

export const devices_refusal_health_not_provisioned = /** @type {(inputs: Devices_Refusal_Health_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not send health about ${i?.asset}: there is no such asset in a zone of its site.`)
};

export const devices_refusal_health_not_watched = /** @type {(inputs: Devices_Refusal_Health_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not send health about ${i?.asset}: it is not among what it watches or serves.`)
};

export const devices_refusal_missing_field = /** @type {(inputs: Devices_Refusal_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The field ${i?.field} is missing.`)
};

export const devices_refusal_no_checkpoint = /** @type {(inputs: Devices_Refusal_No_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not check in at ${i?.checkpoint}: its site has no such checkpoint.`)
};

export const devices_refusal_not_object = /** @type {(inputs: Devices_Refusal_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The message must be a JSON object.`)
};

export const devices_refusal_not_served = /** @type {(inputs: Devices_Refusal_Not_ServedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not check in at ${i?.checkpoint}: it is not among the checkpoints the button serves.`)
};

export const devices_refusal_resolve_not_provisioned = /** @type {(inputs: Devices_Refusal_Resolve_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not resolve ${i?.asset}: there is no such asset in a zone of its site.`)
};

export const devices_refusal_resolve_not_watched = /** @type {(inputs: Devices_Refusal_Resolve_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} may not resolve ${i?.asset}: it is not among what it watches or serves.`)
};

export const devices_refusal_retired = /** @type {(inputs: Devices_Refusal_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} is retired: restore it under Setup to take its messages again.`)
};

export const devices_refusal_revoked = /** @type {(inputs: Devices_Refusal_RevokedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} is revoked: an admin can restore it.`)
};

export const devices_refusal_sensor_checkin = /** @type {(inputs: Devices_Refusal_Sensor_CheckinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} is a sensor: check-ins are made on a button, at a checkpoint it serves.`)
};

export const devices_refusal_too_large = /** @type {(inputs: Devices_Refusal_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The message is ${i?.size} bytes; at most ${i?.limit} are taken.`)
};

export const devices_refusal_unknown_device = /** @type {(inputs: Devices_Refusal_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no device ${i?.device}.`)
};

export const devices_refusal_unknown_kind = /** @type {(inputs: Devices_Refusal_Unknown_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The topic ends in a kind of message that does not exist.`)
};

export const devices_refusal_unplaced_limit = /** @type {(inputs: Devices_Refusal_Unplaced_LimitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} is not set up at ${i?.site}, which already has ${i?.limit} assets not placed in a zone: place them with a fleet import.`)
};

export const devices_refusal_wrong_device = /** @type {(inputs: Devices_Refusal_Wrong_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sender} sent on ${i?.device}'s topic: a device speaks only for itself.`)
};

export const devices_refusal_wrong_site = /** @type {(inputs: Devices_Refusal_Wrong_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} belongs to ${i?.site}, not to ${i?.topicSite}.`)
};

export const devices_refused_count = /** @type {(inputs: Devices_Refused_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} with refused messages`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} with refused messages`);
	return /** @type {LocalizedString} */ ("devices_refused_count");
};

export const devices_refused_short = /** @type {(inputs: Devices_Refused_ShortInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} refused`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} refused`);
	return /** @type {LocalizedString} */ ("devices_refused_short");
};

export const devices_restore_explain = /** @type {(inputs: Devices_Restore_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The device gets a new secret, shown once; its old one stays void. Restore it only once it is back in safe hands.`)
};

export const devices_restore_named = /** @type {(inputs: Devices_Restore_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Restore ${i?.device}`)
};

export const devices_restore_step = /** @type {(inputs: Devices_Restore_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore…`)
};

export const devices_restored_label = /** @type {(inputs: Devices_Restored_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} is restored: its new secret`)
};

export const devices_restored_warning = /** @type {(inputs: Devices_Restored_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The device may sign in again with this secret (its MQTT password), and with no other. Give it to the device now: it will not be shown again.`)
};

export const devices_revoke_explain = /** @type {(inputs: Devices_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The device is disconnected and cannot sign in again until an admin restores it (its history stays). Use this for a lost or stolen device.`)
};

export const devices_revoke_named = /** @type {(inputs: Devices_Revoke_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Revoke ${i?.device}`)
};

export const devices_revoke_step = /** @type {(inputs: Devices_Revoke_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke…`)
};

export const devices_revoked_done = /** @type {(inputs: Devices_Revoked_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoked: the device was disconnected and can no longer sign in. Its history stays.`)
};

export const devices_revoked_until_admin = /** @type {(inputs: Devices_Revoked_Until_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoked: it stays so until an admin restores it.`)
};

export const devices_rotate_explain = /** @type {(inputs: Devices_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one.`)
};

export const devices_rotate_now = /** @type {(inputs: Devices_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rotate the secret now`)
};

export const devices_rotate_step = /** @type {(inputs: Devices_Rotate_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rotate secret…`)
};

export const devices_rotated_warning = /** @type {(inputs: Devices_Rotated_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The old secret no longer works and the device was disconnected. Give the device this secret (its MQTT password) now: it will not be shown again.`)
};

export const devices_scope_any = /** @type {(inputs: Devices_Scope_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checks in at any checkpoint of its site and resolves any asset provisioned there.`)
};

export const devices_scope_any_resolves = /** @type {(inputs: Devices_Scope_Any_ResolvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checks in at any checkpoint of its site; resolves ${i?.assets}.`)
};

export const devices_scope_none = /** @type {(inputs: Devices_Scope_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serves no checkpoint: it only reports.`)
};

export const devices_scope_sensor_any = /** @type {(inputs: Devices_Scope_Sensor_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watches nothing named: it may send health about, and resolve, any asset provisioned at its site.`)
};

export const devices_scope_sensor_watches = /** @type {(inputs: Devices_Scope_Sensor_WatchesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Watches ${i?.assets}: it may send health about these and resolve them.`)
};

export const devices_scope_serves = /** @type {(inputs: Devices_Scope_ServesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Serves ${i?.checkpoints}: it checks in there and resolves their assets.`)
};

export const devices_scope_serves_also = /** @type {(inputs: Devices_Scope_Serves_AlsoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Serves ${i?.checkpoints}: it checks in there and resolves their assets, and ${i?.assets}.`)
};

export const devices_show = /** @type {(inputs: Devices_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const devices_state_any = /** @type {(inputs: Devices_State_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online and offline`)
};

export const devices_state_offline = /** @type {(inputs: Devices_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const devices_state_online = /** @type {(inputs: Devices_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online`)
};

export const devices_state_revoked = /** @type {(inputs: Devices_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`revoked`)
};

export const devices_stored_count = /** @type {(inputs: Devices_Stored_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} message stored`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} messages stored`);
	return /** @type {LocalizedString} */ ("devices_stored_count");
};

export const devices_tab = /** @type {(inputs: Devices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Devices`)
};

export const devices_title = /** @type {(inputs: Devices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices`)
};

export const devices_which = /** @type {(inputs: Devices_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which device? Open it from the list and try again.`)
};

export const email_assigned_headline = /** @type {(inputs: Email_Assigned_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.by} assigned this defect to ${i?.whom}.`)
};

export const email_assigned_subject = /** @type {(inputs: Email_Assigned_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Assigned to ${i?.whom}`)
};

export const email_attention_headline = /** @type {(inputs: Email_Attention_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, a new defect needs someone (${i?.by}).`)
};

export const email_attention_subject = /** @type {(inputs: Email_Attention_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Needs attention`)
};

export const email_by_assignment_rule = /** @type {(inputs: Email_By_Assignment_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`assignment rule ${i?.id}`)
};

export const email_by_rule = /** @type {(inputs: Email_By_RuleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`rule “${i?.name}”`)
};

export const email_customers_see = /** @type {(inputs: Email_Customers_SeeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} (customers see it)`)
};

export const email_escalated_headline = /** @type {(inputs: Email_Escalated_HeadlineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, nobody has acknowledged this defect yet: ${i?.by} escalates it to you.`)
};

export const email_escalated_subject = /** @type {(inputs: Email_Escalated_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escalated to you`)
};

export const email_fact_asset = /** @type {(inputs: Email_Fact_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset`)
};

export const email_fact_assigned_by = /** @type {(inputs: Email_Fact_Assigned_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned by`)
};

export const email_fact_channel = /** @type {(inputs: Email_Fact_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel`)
};

export const email_fact_defect = /** @type {(inputs: Email_Fact_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect`)
};

export const email_fact_due = /** @type {(inputs: Email_Fact_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due`)
};

export const email_fact_fault = /** @type {(inputs: Email_Fact_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fault`)
};

export const email_fact_found_by = /** @type {(inputs: Email_Fact_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found by`)
};

export const email_fact_opened = /** @type {(inputs: Email_Fact_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const email_fact_rule = /** @type {(inputs: Email_Fact_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule`)
};

export const email_fact_sent = /** @type {(inputs: Email_Fact_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent`)
};

export const email_fact_severity = /** @type {(inputs: Email_Fact_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const email_fact_site = /** @type {(inputs: Email_Fact_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const email_fact_zone = /** @type {(inputs: Email_Fact_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const email_fixed_intro = /** @type {(inputs: Email_Fixed_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The fault you reported at ${i?.site} is fixed.`)
};

export const email_fixed_only = /** @type {(inputs: Email_Fixed_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the only e-mail you get about it: your address has been deleted.`)
};

export const email_fixed_reference = /** @type {(inputs: Email_Fixed_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reference`)
};

export const email_fixed_subject = /** @type {(inputs: Email_Fixed_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fixed: ${i?.fault}, ${i?.asset} at ${i?.site} (${i?.reference})`)
};

export const email_fixed_thanks = /** @type {(inputs: Email_Fixed_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thank you for telling us.`)
};

export const email_fixed_what = /** @type {(inputs: Email_Fixed_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

export const email_fixed_when = /** @type {(inputs: Email_Fixed_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fixed`)
};

export const email_fixed_where = /** @type {(inputs: Email_Fixed_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where`)
};

export const email_headline_escalated = /** @type {(inputs: Email_Headline_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not acknowledged yet: escalated to level ${i?.level} of ${i?.of} (${i?.name})`)
};

export const email_headline_new = /** @type {(inputs: Email_Headline_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A ${i?.severity} defect needs someone (level ${i?.level} of ${i?.of}: ${i?.name})`)
};

export const email_notice_subject = /** @type {(inputs: Email_Notice_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.what}: ${i?.severity} ${i?.fault}, ${i?.asset} (${i?.zone}, ${i?.site})`)
};

export const email_open = /** @type {(inputs: Email_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open in Bulb Check`)
};

export const email_open_defect = /** @type {(inputs: Email_Open_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the defect`)
};

export const email_sent_by = /** @type {(inputs: Email_Sent_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent by Bulb Check.`)
};

export const email_subject_escalated = /** @type {(inputs: Email_Subject_EscalatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Escalated ${i?.severity} defect at ${i?.site}: ${i?.title}`)
};

export const email_subject_new = /** @type {(inputs: Email_Subject_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New ${i?.severity} defect at ${i?.site}: ${i?.title}`)
};

export const email_test_headline = /** @type {(inputs: Email_Test_HeadlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is a test message: the channel works.`)
};

export const email_test_subject = /** @type {(inputs: Email_Test_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test from Bulb Check: ${i?.channel}`)
};

export const email_to_team_managers = /** @type {(inputs: Email_To_Team_ManagersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`your team (managers of ${i?.site})`)
};

export const email_to_team_staff = /** @type {(inputs: Email_To_Team_StaffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`your team (staff of ${i?.site})`)
};

export const email_to_you = /** @type {(inputs: Email_To_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`you`)
};

export const email_why_you = /** @type {(inputs: Email_Why_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sent by Bulb Check: you get this because you are a user there with this e-mail address.`)
};

export const errors_already_acknowledged = /** @type {(inputs: Errors_Already_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is already acknowledged.`)
};

export const errors_already_assigned = /** @type {(inputs: Errors_Already_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is already assigned to them.`)
};

export const errors_already_on_hold = /** @type {(inputs: Errors_Already_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is already on hold for that reason until that time.`)
};

export const errors_already_resolved = /** @type {(inputs: Errors_Already_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is already resolved.`)
};

export const errors_asset_retired = /** @type {(inputs: Errors_Asset_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is retired. Restore it under Setup to report on it.`)
};

export const errors_back_defects = /** @type {(inputs: Errors_Back_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See all defects`)
};

export const errors_back_overview = /** @type {(inputs: Errors_Back_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the overview`)
};

export const errors_back_sites = /** @type {(inputs: Errors_Back_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See your sites`)
};

export const errors_bad_credentials = /** @type {(inputs: Errors_Bad_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That username and password do not match. Check them and try again.`)
};

export const errors_busy = /** @type {(inputs: Errors_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check is busy with another change. Try again in a moment.`)
};

export const errors_check_form = /** @type {(inputs: Errors_Check_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something in the form is not right. Check it and try again.`)
};

export const errors_clear_filters = /** @type {(inputs: Errors_Clear_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clear the filters`)
};

export const errors_conflict = /** @type {(inputs: Errors_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Someone changed it at the same time. Reload the page and try again.`)
};

export const errors_device_revoked = /** @type {(inputs: Errors_Device_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This device is revoked: a new secret will not bring it back. An admin can restore it.`)
};

export const errors_due_in_past = /** @type {(inputs: Errors_Due_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That due time has passed: choose a later one.`)
};

export const errors_field_assignee = /** @type {(inputs: Errors_Field_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned to`)
};

export const errors_field_category = /** @type {(inputs: Errors_Field_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const errors_field_cause = /** @type {(inputs: Errors_Field_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cause`)
};

export const errors_field_due = /** @type {(inputs: Errors_Field_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due time`)
};

export const errors_field_email = /** @type {(inputs: Errors_Field_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail`)
};

export const errors_field_from = /** @type {(inputs: Errors_Field_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

export const errors_field_id = /** @type {(inputs: Errors_Field_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Number`)
};

export const errors_field_invalid = /** @type {(inputs: Errors_Field_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} is not one this page knows: choose one from the list.`)
};

export const errors_field_language = /** @type {(inputs: Errors_Field_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const errors_field_missing = /** @type {(inputs: Errors_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} is missing: fill it in.`)
};

export const errors_field_name = /** @type {(inputs: Errors_Field_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const errors_field_not_number = /** @type {(inputs: Errors_Field_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} must be a number.`)
};

export const errors_field_note = /** @type {(inputs: Errors_Field_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const errors_field_other = /** @type {(inputs: Errors_Field_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A value`)
};

export const errors_field_page = /** @type {(inputs: Errors_Field_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Page`)
};

export const errors_field_password = /** @type {(inputs: Errors_Field_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Password`)
};

export const errors_field_phone = /** @type {(inputs: Errors_Field_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone`)
};

export const errors_field_reason = /** @type {(inputs: Errors_Field_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reason`)
};

export const errors_field_search = /** @type {(inputs: Errors_Field_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search`)
};

export const errors_field_severity = /** @type {(inputs: Errors_Field_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const errors_field_site = /** @type {(inputs: Errors_Field_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const errors_field_sort = /** @type {(inputs: Errors_Field_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort`)
};

export const errors_field_source = /** @type {(inputs: Errors_Field_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found by`)
};

export const errors_field_status = /** @type {(inputs: Errors_Field_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const errors_field_to = /** @type {(inputs: Errors_Field_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const errors_field_too_long = /** @type {(inputs: Errors_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} is too long: shorten it.`)
};

export const errors_field_too_short = /** @type {(inputs: Errors_Field_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} is too short.`)
};

export const errors_field_username = /** @type {(inputs: Errors_Field_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username`)
};

export const errors_filter_unknown = /** @type {(inputs: Errors_Filter_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The address asks for ${i?.field} “${i?.value}”, which this page does not know.`)
};

export const errors_forbidden = /** @type {(inputs: Errors_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role may not do that. Ask a manager or an admin if you need to.`)
};

export const errors_guest_sorry = /** @type {(inputs: Errors_Guest_SorryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sorry`)
};

export const errors_guest_title = /** @type {(inputs: Errors_Guest_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report a problem`)
};

export const errors_has_history = /** @type {(inputs: Errors_Has_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has a history of defects or events, so deleting it would lose that: retire it instead, which keeps the history.`)
};

export const errors_invalid_assignee = /** @type {(inputs: Errors_Invalid_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They cannot work on defects at this site: choose someone else.`)
};

export const errors_invalid_cause = /** @type {(inputs: Errors_Invalid_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what fixed it from the list.`)
};

export const errors_last_admin = /** @type {(inputs: Errors_Last_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the last active admin. Make someone else an admin first.`)
};

export const errors_no_such_defect = /** @type {(inputs: Errors_No_Such_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is no such defect at your sites.`)
};

export const errors_not_found = /** @type {(inputs: Errors_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It does not exist, or you may not see it. Go back and choose it again.`)
};

export const errors_not_resolved = /** @type {(inputs: Errors_Not_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is not resolved, so there is nothing to reopen.`)
};

export const errors_open_duplicate = /** @type {(inputs: Errors_Open_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same fault is open on this asset again: work on that defect instead.`)
};

export const errors_photo_already_attached = /** @type {(inputs: Errors_Photo_Already_AttachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That photo is already on this defect.`)
};

export const errors_rate_limited = /** @type {(inputs: Errors_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many tries in a short time. Wait a minute and try again.`)
};

export const errors_rate_limited_seconds = /** @type {(inputs: Errors_Rate_Limited_SecondsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Too many tries in a short time. Wait ${i?.count} second and try again.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Too many tries in a short time. Wait ${i?.count} seconds and try again.`);
	return /** @type {LocalizedString} */ ("errors_rate_limited_seconds");
};

export const errors_retired_parent = /** @type {(inputs: Errors_Retired_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That place is retired. Restore it first, or choose another.`)
};

export const errors_session_ended = /** @type {(inputs: Errors_Session_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again.`)
};

export const errors_site_being_removed = /** @type {(inputs: Errors_Site_Being_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This site is being removed with the demo chain. Try again when that is done.`)
};

export const errors_something_wrong = /** @type {(inputs: Errors_Something_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong on our side. Try again; if it happens again, tell your admin.`)
};

export const errors_title_400 = /** @type {(inputs: Errors_Title_400Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something in the address is not right`)
};

export const errors_title_403 = /** @type {(inputs: Errors_Title_403Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not for your role`)
};

export const errors_title_404 = /** @type {(inputs: Errors_Title_404Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not found`)
};

export const errors_title_429 = /** @type {(inputs: Errors_Title_429Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many tries`)
};

export const errors_title_503 = /** @type {(inputs: Errors_Title_503Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The service does not answer`)
};

export const errors_title_other = /** @type {(inputs: Errors_Title_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something went wrong`)
};

export const errors_too_large = /** @type {(inputs: Errors_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That file is too large. Choose a smaller one.`)
};

export const errors_try_again = /** @type {(inputs: Errors_Try_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please try again.`)
};

export const errors_try_later = /** @type {(inputs: Errors_Try_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Please try again later.`)
};

export const errors_unavailable = /** @type {(inputs: Errors_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check's service does not answer just now. Try again in a minute.`)
};

export const errors_undo_by_other = /** @type {(inputs: Errors_Undo_By_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the person who resolved it can undo that. Reopen it instead.`)
};

export const errors_undo_expired = /** @type {(inputs: Errors_Undo_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too late to undo. Reopen it instead.`)
};

export const errors_unknown_defect = /** @type {(inputs: Errors_Unknown_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Defect ${i?.id} does not exist, or you may not see it.`)
};

export const errors_unknown_device = /** @type {(inputs: Errors_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no device “${i?.id}”, or you may not see it.`)
};

export const errors_unknown_page = /** @type {(inputs: Errors_Unknown_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no page at ${i?.path}.`)
};

export const errors_unknown_photo = /** @type {(inputs: Errors_Unknown_PhotoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo ${i?.id} does not exist, or you may not see it.`)
};

export const errors_unknown_site = /** @type {(inputs: Errors_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no site called “${i?.site}”, or you may not see it.`)
};

export const errors_unsupported_media = /** @type {(inputs: Errors_Unsupported_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That kind of file cannot be used here. Choose a photo (JPEG, PNG or WebP).`)
};

export const errors_username_taken = /** @type {(inputs: Errors_Username_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That username is taken. Choose another.`)
};

export const errors_wrong_password = /** @type {(inputs: Errors_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your current password is not right. Type it again.`)
};

export const fault_battery_low = /** @type {(inputs: Fault_Battery_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Battery low`)
};

export const fault_broken = /** @type {(inputs: Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Broken`)
};

export const fault_bulb_out = /** @type {(inputs: Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb out`)
};

export const fault_button_dead = /** @type {(inputs: Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Button dead`)
};

export const fault_device_offline = /** @type {(inputs: Fault_Device_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device offline`)
};

export const fault_dirty = /** @type {(inputs: Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dirty`)
};

export const fault_flicker = /** @type {(inputs: Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flickering`)
};

export const fault_inspection_overdue = /** @type {(inputs: Fault_Inspection_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspection overdue`)
};

export const fault_other = /** @type {(inputs: Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something else`)
};

export const fault_out_of_order = /** @type {(inputs: Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Out of order`)
};

export const fault_sensor_suspect = /** @type {(inputs: Fault_Sensor_SuspectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor may be wrong`)
};

export const fault_signage = /** @type {(inputs: Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign wrong or missing`)
};

export const fault_spill = /** @type {(inputs: Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spill`)
};

export const fault_supplies_empty = /** @type {(inputs: Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Supplies empty`)
};

export const insights_ack_median = /** @type {(inputs: Insights_Ack_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median to acknowledge`)
};

export const insights_ack_p90 = /** @type {(inputs: Insights_Ack_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90th percentile to acknowledge`)
};

export const insights_after_round = /** @type {(inputs: Insights_After_RoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After a passed round`)
};

export const insights_after_round_hint = /** @type {(inputs: Insights_After_Round_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A sensor saw the fault minutes after a round passed the asset`)
};

export const insights_asset = /** @type {(inputs: Insights_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset`)
};

export const insights_by_category = /** @type {(inputs: Insights_By_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By category`)
};

export const insights_category = /** @type {(inputs: Insights_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const insights_caught = /** @type {(inputs: Insights_CaughtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caught before customers`)
};

export const insights_caught_share = /** @type {(inputs: Insights_Caught_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`of the defects on customer-visible assets were caught before a customer reported them (by a sensor or by staff).`)
};

export const insights_cell = /** @type {(inputs: Insights_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour}: ${i?.count}`)
};

export const insights_chain = /** @type {(inputs: Insights_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const insights_checkins = /** @type {(inputs: Insights_CheckinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff check-ins`)
};

export const insights_checks_per_day = /** @type {(inputs: Insights_Checks_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checks made per day`)
};

export const insights_compare = /** @type {(inputs: Insights_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How sites compare`)
};

export const insights_csv_minutes = /** @type {(inputs: Insights_Csv_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (minutes)`)
};

export const insights_csv_refused = /** @type {(inputs: Insights_Csv_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No such table to download: choose one on the insights page.`)
};

export const insights_csv_share = /** @type {(inputs: Insights_Csv_ShareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (share 0-1)`)
};

export const insights_cv = /** @type {(inputs: Insights_CvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coefficient of variation`)
};

export const insights_cv_alike = /** @type {(inputs: Insights_Cv_AlikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the sites are much alike`)
};

export const insights_cv_apart = /** @type {(inputs: Insights_Cv_ApartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the sites differ a lot`)
};

export const insights_cv_none = /** @type {(inputs: Insights_Cv_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every site is at zero here.`)
};

export const insights_cv_some = /** @type {(inputs: Insights_Cv_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the sites differ somewhat`)
};

export const insights_day = /** @type {(inputs: Insights_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

export const insights_defects = /** @type {(inputs: Insights_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects`)
};

export const insights_download_csv = /** @type {(inputs: Insights_Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download CSV`)
};

export const insights_far_above = /** @type {(inputs: Insights_Far_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Far above`)
};

export const insights_far_below = /** @type {(inputs: Insights_Far_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Far below`)
};

export const insights_finder = /** @type {(inputs: Insights_FinderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found first by`)
};

export const insights_finders = /** @type {(inputs: Insights_FindersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who found them first`)
};

export const insights_hour = /** @type {(inputs: Insights_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hour`)
};

export const insights_iqr = /** @type {(inputs: Insights_IqrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Interquartile range`)
};

export const insights_last_days = /** @type {(inputs: Insights_Last_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`last ${i?.count} day`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`last ${i?.count} days`);
	return /** @type {LocalizedString} */ ("insights_last_days");
};

export const insights_measure = /** @type {(inputs: Insights_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Measure`)
};

export const insights_measure_caughtbeforecustomers2 = /** @type {(inputs: Insights_Measure_Caughtbeforecustomers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caught before customers`)
};

export const insights_measure_minutestoacknowledge2 = /** @type {(inputs: Insights_Measure_Minutestoacknowledge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time to acknowledge (each site's median)`)
};

export const insights_measure_minutestoresolve2 = /** @type {(inputs: Insights_Measure_Minutestoresolve2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time to resolve (each site's median)`)
};

export const insights_measure_openedpersite2 = /** @type {(inputs: Insights_Measure_Openedpersite2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects opened per site`)
};

export const insights_measure_repeatfailures1 = /** @type {(inputs: Insights_Measure_Repeatfailures1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repeat failures per site`)
};

export const insights_median = /** @type {(inputs: Insights_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median`)
};

export const insights_median_p90 = /** @type {(inputs: Insights_Median_P90Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`median ${i?.median}, 90 % within ${i?.p90}`)
};

export const insights_opened = /** @type {(inputs: Insights_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const insights_per_day = /** @type {(inputs: Insights_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects opened and resolved per day`)
};

export const insights_per_day_note = /** @type {(inputs: Insights_Per_Day_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days on each site's own clock.`)
};

export const insights_q1 = /** @type {(inputs: Insights_Q1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lower quartile`)
};

export const insights_q3 = /** @type {(inputs: Insights_Q3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Upper quartile`)
};

export const insights_readings = /** @type {(inputs: Insights_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor readings`)
};

export const insights_repeat_failures = /** @type {(inputs: Insights_Repeat_FailuresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repeat failures`)
};

export const insights_repeats = /** @type {(inputs: Insights_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Repeat failures per asset`)
};

export const insights_repeats_none = /** @type {(inputs: Insights_Repeats_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No repeat failures in this window.`)
};

export const insights_repeats_note = /** @type {(inputs: Insights_Repeats_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects opened again after a fix that did not hold.`)
};

export const insights_resolve_median = /** @type {(inputs: Insights_Resolve_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median to resolve`)
};

export const insights_resolve_p90 = /** @type {(inputs: Insights_Resolve_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90th percentile to resolve`)
};

export const insights_resolved = /** @type {(inputs: Insights_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved`)
};

export const insights_sensor_suspects = /** @type {(inputs: Insights_Sensor_SuspectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor may be wrong`)
};

export const insights_sensor_suspects_hint = /** @type {(inputs: Insights_Sensor_Suspects_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A person reported a fault a sensor said was not there`)
};

export const insights_show = /** @type {(inputs: Insights_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const insights_show_table = /** @type {(inputs: Insights_Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show as table`)
};

export const insights_site = /** @type {(inputs: Insights_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const insights_source_customer = /** @type {(inputs: Insights_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Customer`)
};

export const insights_source_sensor = /** @type {(inputs: Insights_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const insights_source_staff = /** @type {(inputs: Insights_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff`)
};

export const insights_spread_cv = /** @type {(inputs: Insights_Spread_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Coefficient of variation ${i?.cv}: ${i?.judgement}.`)
};

export const insights_spread_empty = /** @type {(inputs: Insights_Spread_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites can be compared once two or more of them have defects in the window.`)
};

export const insights_spread_high = /** @type {(inputs: Insights_Spread_HighInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Far above the rest, pulling the chain apart: ${i?.sites}.`)
};

export const insights_spread_iqr = /** @type {(inputs: Insights_Spread_IqrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The middle half of the sites lie between ${i?.low} and ${i?.high}: a range of ${i?.range}.`)
};

export const insights_spread_low = /** @type {(inputs: Insights_Spread_LowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Far below the rest, pulling the chain apart: ${i?.sites}.`)
};

export const insights_spread_none = /** @type {(inputs: Insights_Spread_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No site lies far from the rest.`)
};

export const insights_spread_title = /** @type {(inputs: Insights_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spread between sites`)
};

export const insights_spread_why = /** @type {(inputs: Insights_Spread_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The chains with the best reputation vary least from one site to the next: a guest should meet the same care wherever they are. The smaller these spreads, the more alike your sites are.`)
};

export const insights_times = /** @type {(inputs: Insights_TimesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time to acknowledge and to resolve, by site`)
};

export const insights_times_note = /** @type {(inputs: Insights_Times_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The median: half the defects were acknowledged (or resolved) sooner than this. The 90th percentile: nine in ten were sooner.`)
};

export const insights_title = /** @type {(inputs: Insights_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insights`)
};

export const insights_to_ack = /** @type {(inputs: Insights_To_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To acknowledge`)
};

export const insights_to_resolve = /** @type {(inputs: Insights_To_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To resolve`)
};

export const insights_weekday = /** @type {(inputs: Insights_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weekday`)
};

export const insights_when = /** @type {(inputs: Insights_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When things fail`)
};

export const insights_when_note = /** @type {(inputs: Insights_When_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects opened by hour of day and weekday, each counted on its own site's clock.`)
};

export const insights_window = /** @type {(inputs: Insights_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Window`)
};

export const layout_account_title = /** @type {(inputs: Layout_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account: password and API tokens`)
};

export const layout_build = /** @type {(inputs: Layout_BuildInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version}`)
};

export const layout_build_commit = /** @type {(inputs: Layout_Build_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bulb Check ${i?.version} · ${i?.commit}`)
};

export const layout_health_do = /** @type {(inputs: Layout_Health_DoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What to do: ${i?.action}`)
};

export const layout_health_fail = /** @type {(inputs: Layout_Health_FailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check cannot take devices' messages`)
};

export const layout_health_label = /** @type {(inputs: Layout_Health_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`System health`)
};

export const layout_health_since = /** @type {(inputs: Layout_Health_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`since ${i?.when} UTC (${i?.ago})`)
};

export const layout_health_warn = /** @type {(inputs: Layout_Health_WarnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check needs attention`)
};

export const layout_live = /** @type {(inputs: Layout_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

export const layout_live_title = /** @type {(inputs: Layout_Live_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live: changes show as they happen`)
};

export const layout_menu = /** @type {(inputs: Layout_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Menu`)
};

export const layout_menu_unread = /** @type {(inputs: Layout_Menu_UnreadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} unread notice`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} unread notices`);
	return /** @type {LocalizedString} */ ("layout_menu_unread");
};

export const layout_nav_admin = /** @type {(inputs: Layout_Nav_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Admin`)
};

export const layout_nav_audit = /** @type {(inputs: Layout_Nav_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audit`)
};

export const layout_nav_daily_report = /** @type {(inputs: Layout_Nav_Daily_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily report`)
};

export const layout_nav_defects = /** @type {(inputs: Layout_Nav_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects`)
};

export const layout_nav_devices = /** @type {(inputs: Layout_Nav_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices`)
};

export const layout_nav_export = /** @type {(inputs: Layout_Nav_ExportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const layout_nav_insights = /** @type {(inputs: Layout_Nav_InsightsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Insights`)
};

export const layout_nav_label = /** @type {(inputs: Layout_Nav_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Main`)
};

export const layout_nav_notifications = /** @type {(inputs: Layout_Nav_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications`)
};

export const layout_nav_overview = /** @type {(inputs: Layout_Nav_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overview`)
};

export const layout_nav_setup = /** @type {(inputs: Layout_Nav_SetupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Setup`)
};

export const layout_nav_tokens = /** @type {(inputs: Layout_Nav_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokens`)
};

export const layout_nav_users = /** @type {(inputs: Layout_Nav_UsersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Users`)
};

export const layout_nav_wall_board = /** @type {(inputs: Layout_Nav_Wall_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wall board`)
};

export const layout_nav_work = /** @type {(inputs: Layout_Nav_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My work`)
};

export const layout_new_defect = /** @type {(inputs: Layout_New_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New defect: ${i?.fault}, ${i?.asset}, ${i?.site}`)
};

export const layout_new_defects_more = /** @type {(inputs: Layout_New_Defects_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`and ${i?.count} more`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`and ${i?.count} more`);
	return /** @type {LocalizedString} */ ("layout_new_defects_more");
};

export const layout_notices = /** @type {(inputs: Layout_NoticesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notices`)
};

export const layout_notices_title = /** @type {(inputs: Layout_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects assigned or escalated to you`)
};

export const layout_offline_body = /** @type {(inputs: Layout_Offline_BodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check needs the network to show defects as they are now. Check the Wi-Fi or mobile data, then try again.`)
};

export const layout_offline_heading = /** @type {(inputs: Layout_Offline_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No network`)
};

export const layout_offline_page_title = /** @type {(inputs: Layout_Offline_Page_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline · Bulb Check`)
};

export const layout_offline_retry = /** @type {(inputs: Layout_Offline_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try again`)
};

export const layout_reconnecting = /** @type {(inputs: Layout_ReconnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reconnecting`)
};

export const layout_reconnecting_title = /** @type {(inputs: Layout_Reconnecting_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not live: reconnecting`)
};

export const layout_role_admin = /** @type {(inputs: Layout_Role_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`admin`)
};

export const layout_role_manager = /** @type {(inputs: Layout_Role_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`manager`)
};

export const layout_role_staff = /** @type {(inputs: Layout_Role_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`staff`)
};

export const layout_role_viewer = /** @type {(inputs: Layout_Role_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`viewer`)
};

export const layout_sign_in = /** @type {(inputs: Layout_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in`)
};

export const layout_sign_out = /** @type {(inputs: Layout_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out`)
};

export const layout_skip = /** @type {(inputs: Layout_SkipInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skip to content`)
};

export const none_dash = /** @type {(inputs: None_DashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

export const overview_all_fine = /** @type {(inputs: Overview_All_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} all fine`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} all fine`);
	return /** @type {LocalizedString} */ ("overview_all_fine");
};

export const overview_demo_tag = /** @type {(inputs: Overview_Demo_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo`)
};

export const overview_demo_tag_title = /** @type {(inputs: Overview_Demo_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A site of the simulated demo chain`)
};

export const overview_need_action = /** @type {(inputs: Overview_Need_ActionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} needs action`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} need action`);
	return /** @type {LocalizedString} */ ("overview_need_action");
};

export const overview_news = /** @type {(inputs: Overview_NewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset}`)
};

export const overview_news_customer = /** @type {(inputs: Overview_News_CustomerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset} (a customer's report)`)
};

export const overview_no_sites = /** @type {(inputs: Overview_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sites yet. Set them up under Setup, import a fleet file, or start with the demo chain (pnpm start).`)
};

export const overview_summary = /** @type {(inputs: Overview_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sites}: ${i?.needAction}, ${i?.withOpen}, ${i?.allFine}.`)
};

export const overview_tab = /** @type {(inputs: Overview_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overview`)
};

export const overview_tile_checks = /** @type {(inputs: Overview_Tile_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checks on time`)
};

export const overview_tile_devices_off = /** @type {(inputs: Overview_Tile_Devices_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices off`)
};

export const overview_tile_high = /** @type {(inputs: Overview_Tile_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`High`)
};

export const overview_tile_more = /** @type {(inputs: Overview_Tile_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} more`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} more`);
	return /** @type {LocalizedString} */ ("overview_tile_more");
};

export const overview_tile_new = /** @type {(inputs: Overview_Tile_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New`)
};

export const overview_tile_now = /** @type {(inputs: Overview_Tile_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

export const overview_tile_oldest = /** @type {(inputs: Overview_Tile_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oldest`)
};

export const overview_tile_open = /** @type {(inputs: Overview_Tile_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const overview_tile_overdue = /** @type {(inputs: Overview_Tile_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overdue`)
};

export const overview_tile_overdue_tag = /** @type {(inputs: Overview_Tile_Overdue_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`overdue`)
};

export const overview_tile_worst = /** @type {(inputs: Overview_Tile_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Worst open defects`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const overview_with_open = /** @type {(inputs: Overview_With_OpenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} has open defects`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} have open defects`);
	return /** @type {LocalizedString} */ ("overview_with_open");
};

export const qr_ago_days = /** @type {(inputs: Qr_Ago_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} day ago`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} days ago`);
	return /** @type {LocalizedString} */ ("qr_ago_days");
};

export const qr_ago_hours = /** @type {(inputs: Qr_Ago_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} hour ago`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} hours ago`);
	return /** @type {LocalizedString} */ ("qr_ago_hours");
};

export const qr_ago_minutes = /** @type {(inputs: Qr_Ago_MinutesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} minute ago`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} minutes ago`);
	return /** @type {LocalizedString} */ ("qr_ago_minutes");
};

export const qr_ago_moment = /** @type {(inputs: Qr_Ago_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a moment ago`)
};

export const qr_all_labels = /** @type {(inputs: Qr_All_LabelsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`All QR labels of ${i?.site}`)
};

export const qr_already = /** @type {(inputs: Qr_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already reported ${i?.ago}; staff are on it. Thank you for telling us too: ${i?.fault} at ${i?.asset}.`)
};

export const qr_already_title = /** @type {(inputs: Qr_Already_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Already reported`)
};

export const qr_back_to = /** @type {(inputs: Qr_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`‹ Back to ${i?.site}`)
};

export const qr_bad_email = /** @type {(inputs: Qr_Bad_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That e-mail address does not look right. Check it, or leave the field empty.`)
};

export const qr_choose = /** @type {(inputs: Qr_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what is wrong.`)
};

export const qr_email = /** @type {(inputs: Qr_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-mail me when it is fixed (optional)`)
};

export const qr_email_placeholder = /** @type {(inputs: Qr_Email_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`you@example.com`)
};

export const qr_email_promise = /** @type {(inputs: Qr_Email_PromiseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We write once, when it is fixed, and keep your address only until then.`)
};

export const qr_fault_broken = /** @type {(inputs: Qr_Fault_BrokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Broken`)
};

export const qr_fault_bulb_out = /** @type {(inputs: Qr_Fault_Bulb_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Light is out`)
};

export const qr_fault_button_dead = /** @type {(inputs: Qr_Fault_Button_DeadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Button does not work`)
};

export const qr_fault_dirty = /** @type {(inputs: Qr_Fault_DirtyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dirty`)
};

export const qr_fault_flicker = /** @type {(inputs: Qr_Fault_FlickerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Light flickers`)
};

export const qr_fault_other = /** @type {(inputs: Qr_Fault_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something else`)
};

export const qr_fault_out_of_order = /** @type {(inputs: Qr_Fault_Out_Of_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Out of order`)
};

export const qr_fault_signage = /** @type {(inputs: Qr_Fault_SignageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign is wrong or missing`)
};

export const qr_fault_spill = /** @type {(inputs: Qr_Fault_SpillInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something spilled`)
};

export const qr_fault_supplies_empty = /** @type {(inputs: Qr_Fault_Supplies_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empty (soap, paper, ...)`)
};

export const qr_invalid = /** @type {(inputs: Qr_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This QR code is no longer valid. Please tell a member of staff.`)
};

export const qr_no_such_asset = /** @type {(inputs: Qr_No_Such_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There is no such asset at this site: ${i?.asset}.`)
};

export const qr_not_through = /** @type {(inputs: Qr_Not_ThroughInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sorry, the report did not go through. Please try again.`)
};

export const qr_note = /** @type {(inputs: Qr_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note (optional)`)
};

export const qr_note_placeholder = /** @type {(inputs: Qr_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. 3rd floor, left side`)
};

export const qr_photo = /** @type {(inputs: Qr_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Photo (optional; location data is removed)`)
};

export const qr_photo_failed = /** @type {(inputs: Qr_Photo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your photo could not be attached; the report was sent.`)
};

export const qr_photo_too_big = /** @type {(inputs: Qr_Photo_Too_BigInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your photo was larger than 10 MB, so it was not attached; the report was sent.`)
};

export const qr_photo_unreadable = /** @type {(inputs: Qr_Photo_UnreadableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your photo could not be read (send a JPEG, PNG, WebP or HEIC picture), so it was not attached; the report was sent.`)
};

export const qr_poster_scan = /** @type {(inputs: Qr_Poster_ScanInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Scan to tell us: ${i?.asset}, ${i?.zone}, ${i?.site}`)
};

export const qr_poster_title = /** @type {(inputs: Qr_Poster_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Something wrong here?`)
};

export const qr_print = /** @type {(inputs: Qr_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print`)
};

export const qr_reference = /** @type {(inputs: Qr_ReferenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your reference:`)
};

export const qr_reporting_as_staff = /** @type {(inputs: Qr_Reporting_As_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reporting as staff.`)
};

export const qr_revoke = /** @type {(inputs: Qr_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke and make a new code`)
};

export const qr_revoke_explain = /** @type {(inputs: Qr_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Every printed code of ${i?.asset} stops working at once. Use this when a code was copied or misused.`)
};

export const qr_revoke_summary = /** @type {(inputs: Qr_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke this code and print a new one…`)
};

export const qr_rotated = /** @type {(inputs: Qr_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New code made. Codes printed before no longer work: replace them with this one.`)
};

export const qr_staff_not_through = /** @type {(inputs: Qr_Staff_Not_ThroughInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The report did not go through: ${i?.reason}`)
};

export const qr_thanks = /** @type {(inputs: Qr_ThanksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thank you!`)
};

export const qr_title = /** @type {(inputs: Qr_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Report a problem · ${i?.asset}`)
};

export const qr_told = /** @type {(inputs: Qr_ToldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`We have been told: ${i?.fault} at ${i?.asset}. Our staff will take care of it.`)
};

export const qr_too_many = /** @type {(inputs: Qr_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many reports from this connection; please try again in a few minutes.`)
};

export const qr_what_is_wrong = /** @type {(inputs: Qr_What_Is_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What is wrong? One tap sends it.`)
};

export const qr_will_email = /** @type {(inputs: Qr_Will_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We will e-mail you once when it is fixed, then delete your address.`)
};

export const reports_all_sites = /** @type {(inputs: Reports_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All my sites`)
};

export const reports_caught = /** @type {(inputs: Reports_CaughtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Caught before customers: ${i?.share} of customer-visible defects`)
};

export const reports_caught_short = /** @type {(inputs: Reports_Caught_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Caught before customers: ${i?.share}`)
};

export const reports_col_defect = /** @type {(inputs: Reports_Col_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect`)
};

export const reports_col_found_by = /** @type {(inputs: Reports_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Found by`)
};

export const reports_col_open_for = /** @type {(inputs: Reports_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open for`)
};

export const reports_col_opened = /** @type {(inputs: Reports_Col_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const reports_col_severity = /** @type {(inputs: Reports_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Severity`)
};

export const reports_col_state = /** @type {(inputs: Reports_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State`)
};

export const reports_day_hint = /** @type {(inputs: Reports_Day_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No day: yesterday, in each site's time zone.`)
};

export const reports_day_label = /** @type {(inputs: Reports_Day_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

export const reports_defect_line = /** @type {(inputs: Reports_Defect_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`#${i?.id} ${i?.severity} ${i?.fault}: ${i?.asset} (${i?.zone}), opened ${i?.opened} by ${i?.who}, ${i?.status}, ${i?.open_for}`)
};

export const reports_export_audit = /** @type {(inputs: Reports_Export_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audit log`)
};

export const reports_export_audit_text = /** @type {(inputs: Reports_Export_Audit_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every change made through Bulb Check: who, what and when.`)
};

export const reports_export_backwards = /** @type {(inputs: Reports_Export_BackwardsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`“From” is after “To”: swap them.`)
};

export const reports_export_choose = /** @type {(inputs: Reports_Export_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what to export and its format.`)
};

export const reports_export_columns = /** @type {(inputs: Reports_Export_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columns in this file`)
};

export const reports_export_columns_note = /** @type {(inputs: Reports_Export_Columns_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Times are ISO 8601 in UTC. The file is written as it downloads: a large one shows its progress in the browser's downloads.`)
};

export const reports_export_csv = /** @type {(inputs: Reports_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV, for Excel, Numbers or LibreOffice`)
};

export const reports_export_defects = /** @type {(inputs: Reports_Export_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects`)
};

export const reports_export_defects_text = /** @type {(inputs: Reports_Export_Defects_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every defect opened in the period: where, what, how serious, who found it, when it was acknowledged and fixed.`)
};

export const reports_export_download = /** @type {(inputs: Reports_Export_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download`)
};

export const reports_export_events = /** @type {(inputs: Reports_Export_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device events`)
};

export const reports_export_events_text = /** @type {(inputs: Reports_Export_Events_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What the sensors and buttons sent that did something, as stored, for as long as events are kept (90 days unless your admin set BULBCHECK_RETENTION_DAYS). Sensors' routine "all ok" messages are counted per day on Insights instead. Large: a site sends thousands a day.`)
};

export const reports_export_format = /** @type {(inputs: Reports_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format`)
};

export const reports_export_from = /** @type {(inputs: Reports_Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`From`)
};

export const reports_export_inspections = /** @type {(inputs: Reports_Export_InspectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check-ins`)
};

export const reports_export_inspections_text = /** @type {(inputs: Reports_Export_Inspections_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every check-in at a checkpoint: when, who, what they found, and whether it was on time.`)
};

export const reports_export_intro = /** @type {(inputs: Reports_Export_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Take your data out: for a quarterly report in a spreadsheet, or for another system. The file covers only the sites you see.`)
};

export const reports_export_jsonl = /** @type {(inputs: Reports_Export_JsonlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JSON lines, for programs`)
};

export const reports_export_last_30 = /** @type {(inputs: Reports_Export_Last_30Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last 30 days`)
};

export const reports_export_last_quarter = /** @type {(inputs: Reports_Export_Last_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last quarter`)
};

export const reports_export_no_site = /** @type {(inputs: Reports_Export_No_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No site`)
};

export const reports_export_none_ticked = /** @type {(inputs: Reports_Export_None_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`None ticked: your ${i?.count} site.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`None ticked: all ${i?.count} of your sites.`);
	return /** @type {LocalizedString} */ ("reports_export_none_ticked");
};

export const reports_export_only_site = /** @type {(inputs: Reports_Export_Only_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: the only site you see.`)
};

export const reports_export_period = /** @type {(inputs: Reports_Export_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period`)
};

export const reports_export_problem = /** @type {(inputs: Reports_Export_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The export could not start: ${i?.problem}`)
};

export const reports_export_sites = /** @type {(inputs: Reports_Export_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites`)
};

export const reports_export_tab = /** @type {(inputs: Reports_Export_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Export`)
};

export const reports_export_this_year = /** @type {(inputs: Reports_Export_This_YearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This year`)
};

export const reports_export_timeline = /** @type {(inputs: Reports_Export_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defect timelines`)
};

export const reports_export_timeline_text = /** @type {(inputs: Reports_Export_Timeline_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each step of those defects, one row per step: opened, reported again, acknowledged, resolved, by whom.`)
};

export const reports_export_title = /** @type {(inputs: Reports_Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

export const reports_export_to = /** @type {(inputs: Reports_Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To (included)`)
};

export const reports_export_utc_days = /** @type {(inputs: Reports_Export_Utc_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Days are counted in UTC.`)
};

export const reports_export_what = /** @type {(inputs: Reports_Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What`)
};

export const reports_failed_count = /** @type {(inputs: Reports_Failed_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} failed`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} failed`);
	return /** @type {LocalizedString} */ ("reports_failed_count");
};

export const reports_failed_heading = /** @type {(inputs: Reports_Failed_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Failed that day`)
};

export const reports_first_most = /** @type {(inputs: Reports_First_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reported first most often: ${i?.list}`)
};

export const reports_found_first = /** @type {(inputs: Reports_Found_FirstInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Found first by: sensors ${i?.sensor}, staff ${i?.staff}, customers ${i?.customer}, Bulb Check ${i?.system}`)
};

export const reports_mail_title = /** @type {(inputs: Reports_Mail_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daily bulb report ${i?.date}: ${i?.scope}`)
};

export const reports_no_sites = /** @type {(inputs: Reports_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sites to report on.`)
};

export const reports_none = /** @type {(inputs: Reports_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None.`)
};

export const reports_open_count = /** @type {(inputs: Reports_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} still open`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} still open`);
	return /** @type {LocalizedString} */ ("reports_open_count");
};

export const reports_open_heading = /** @type {(inputs: Reports_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Still open`)
};

export const reports_overdue_checked = /** @type {(inputs: Reports_Overdue_CheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): overdue since ${i?.since}, checked ${i?.checked}`)
};

export const reports_overdue_count = /** @type {(inputs: Reports_Overdue_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} overdue inspection`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} overdue inspections`);
	return /** @type {LocalizedString} */ ("reports_overdue_count");
};

export const reports_overdue_heading = /** @type {(inputs: Reports_Overdue_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overdue inspections`)
};

export const reports_overdue_unchecked = /** @type {(inputs: Reports_Overdue_UncheckedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} (${i?.zone}): overdue since ${i?.since}, not checked yet`)
};

export const reports_show = /** @type {(inputs: Reports_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const reports_site_label = /** @type {(inputs: Reports_Site_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const reports_source_customer = /** @type {(inputs: Reports_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`customer`)
};

export const reports_source_sensor = /** @type {(inputs: Reports_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const reports_source_staff = /** @type {(inputs: Reports_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`staff`)
};

export const reports_source_system = /** @type {(inputs: Reports_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check`)
};

export const reports_status_acknowledged = /** @type {(inputs: Reports_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`acknowledged`)
};

export const reports_status_on_hold = /** @type {(inputs: Reports_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on hold`)
};

export const reports_status_open = /** @type {(inputs: Reports_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`open`)
};

export const reports_status_resolved = /** @type {(inputs: Reports_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`resolved`)
};

export const reports_title = /** @type {(inputs: Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daily bulb report`)
};

export const setup_add_asset = /** @type {(inputs: Setup_Add_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add asset`)
};

export const setup_add_asset_to = /** @type {(inputs: Setup_Add_Asset_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add an asset to ${i?.zone}`)
};

export const setup_add_assets_first = /** @type {(inputs: Setup_Add_Assets_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add assets first.`)
};

export const setup_add_checkpoint = /** @type {(inputs: Setup_Add_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add checkpoint`)
};

export const setup_add_checkpoint_to = /** @type {(inputs: Setup_Add_Checkpoint_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add a checkpoint to ${i?.zone}`)
};

export const setup_add_device = /** @type {(inputs: Setup_Add_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add device`)
};

export const setup_add_device_summary = /** @type {(inputs: Setup_Add_Device_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a device`)
};

export const setup_add_zone = /** @type {(inputs: Setup_Add_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add zone`)
};

export const setup_add_zone_summary = /** @type {(inputs: Setup_Add_Zone_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a zone`)
};

export const setup_asg_add = /** @type {(inputs: Setup_Asg_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add rule`)
};

export const setup_asg_added = /** @type {(inputs: Setup_Asg_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule added: new defects it matches are assigned as it says.`)
};

export const setup_asg_all_of = /** @type {(inputs: Setup_Asg_All_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`all of ${i?.category}`)
};

export const setup_asg_bad_form = /** @type {(inputs: Setup_Asg_Bad_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the site, and tick only what the lists offer.`)
};

export const setup_asg_choose = /** @type {(inputs: Setup_Asg_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose`)
};

export const setup_asg_choose_option = /** @type {(inputs: Setup_Asg_Choose_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose…`)
};

export const setup_asg_choose_who = /** @type {(inputs: Setup_Asg_Choose_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose who gets them.`)
};

export const setup_asg_col_defects = /** @type {(inputs: Setup_Asg_Col_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects`)
};

export const setup_asg_col_go_to = /** @type {(inputs: Setup_Asg_Col_Go_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to`)
};

export const setup_asg_col_made = /** @type {(inputs: Setup_Asg_Col_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Made`)
};

export const setup_asg_col_zone = /** @type {(inputs: Setup_Asg_Col_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const setup_asg_delete = /** @type {(inputs: Setup_Asg_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const setup_asg_deleted = /** @type {(inputs: Setup_Asg_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rule deleted. Defects it assigned stay assigned.`)
};

export const setup_asg_every_defect = /** @type {(inputs: Setup_Asg_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every defect`)
};

export const setup_asg_every_zone = /** @type {(inputs: Setup_Asg_Every_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every zone`)
};

export const setup_asg_every_zone_of = /** @type {(inputs: Setup_Asg_Every_Zone_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Every zone of ${i?.site}`)
};

export const setup_asg_intro = /** @type {(inputs: Setup_Asg_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New defects that match a rule are assigned as they open, when nobody has assigned them yet: "the floor-cleaning team gets dirty and spill". A rule for a zone comes before one for the whole site.`)
};

export const setup_asg_made_by = /** @type {(inputs: Setup_Asg_Made_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} by ${i?.who}`)
};

export const setup_asg_new = /** @type {(inputs: Setup_Asg_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New rule`)
};

export const setup_asg_no_sites = /** @type {(inputs: Setup_Asg_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have no sites to make rules for.`)
};

export const setup_asg_none = /** @type {(inputs: Setup_Asg_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No rules yet: new defects wait for someone to assign or take them.`)
};

export const setup_asg_people = /** @type {(inputs: Setup_Asg_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People`)
};

export const setup_asg_teams = /** @type {(inputs: Setup_Asg_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teams`)
};

export const setup_asg_title = /** @type {(inputs: Setup_Asg_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assignment rules`)
};

export const setup_asg_which = /** @type {(inputs: Setup_Asg_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which defects`)
};

export const setup_asg_which_hint = /** @type {(inputs: Setup_Asg_Which_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tick none for every defect)`)
};

export const setup_asg_which_rule = /** @type {(inputs: Setup_Asg_Which_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That rule is not in the list any more: reload the page.`)
};

export const setup_asset_added = /** @type {(inputs: Setup_Asset_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Asset ${i?.name} added.`)
};

export const setup_asset_placeholder = /** @type {(inputs: Setup_Asset_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call button, floor 12`)
};

export const setup_asset_saved = /** @type {(inputs: Setup_Asset_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Asset ${i?.name} saved.`)
};

export const setup_assets_covered = /** @type {(inputs: Setup_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assets it covers`)
};

export const setup_assignment_link = /** @type {(inputs: Setup_Assignment_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assignment rules`)
};

export const setup_cancel = /** @type {(inputs: Setup_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancel`)
};

export const setup_category = /** @type {(inputs: Setup_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Category`)
};

export const setup_checkpoint_added = /** @type {(inputs: Setup_Checkpoint_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checkpoint ${i?.name} added.`)
};

export const setup_checkpoint_placeholder = /** @type {(inputs: Setup_Checkpoint_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Morning round`)
};

export const setup_checkpoint_saved = /** @type {(inputs: Setup_Checkpoint_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checkpoint ${i?.name} saved.`)
};

export const setup_checkpoints = /** @type {(inputs: Setup_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoints`)
};

export const setup_checkpoints_hint = /** @type {(inputs: Setup_Checkpoints_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(a round staff check in at, every so often)`)
};

export const setup_col_checkpoints = /** @type {(inputs: Setup_Col_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoints`)
};

export const setup_col_device = /** @type {(inputs: Setup_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device`)
};

export const setup_col_devices = /** @type {(inputs: Setup_Col_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices`)
};

export const setup_col_heard = /** @type {(inputs: Setup_Col_HeardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heard every`)
};

export const setup_col_kind = /** @type {(inputs: Setup_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const setup_col_language = /** @type {(inputs: Setup_Col_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const setup_col_site = /** @type {(inputs: Setup_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const setup_col_state = /** @type {(inputs: Setup_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`State`)
};

export const setup_col_timezone = /** @type {(inputs: Setup_Col_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time zone`)
};

export const setup_conn_both = /** @type {(inputs: Setup_Conn_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(both; MQTT 3.1.1)`)
};

export const setup_conn_commands = /** @type {(inputs: Setup_Conn_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commands`)
};

export const setup_conn_host = /** @type {(inputs: Setup_Conn_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Host`)
};

export const setup_conn_host_unknown = /** @type {(inputs: Setup_Conn_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not known: set BULBCHECK_PUBLIC_URL (or BULBCHECK_MQTT_HOST to a real address) so that devices are told where to connect.`)
};

export const setup_conn_liveness = /** @type {(inputs: Setup_Conn_LivenessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liveness and last will`)
};

export const setup_conn_liveness_hint = /** @type {(inputs: Setup_Conn_Liveness_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online (retained) at connect, offline as its will`)
};

export const setup_conn_mqtt_tls = /** @type {(inputs: Setup_Conn_Mqtt_TlsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(MQTT over TLS)`)
};

export const setup_conn_none = /** @type {(inputs: Setup_Conn_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`none`)
};

export const setup_conn_port = /** @type {(inputs: Setup_Conn_PortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Port`)
};

export const setup_conn_publishes = /** @type {(inputs: Setup_Conn_PublishesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Publishes to`)
};

export const setup_conn_tls_none = /** @type {(inputs: Setup_Conn_Tls_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`not set up on this server`)
};

export const setup_conn_tls_offered = /** @type {(inputs: Setup_Conn_Tls_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offered`)
};

export const setup_conn_try = /** @type {(inputs: Setup_Conn_TryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try it from a shell (with SECRET set to the secret):`)
};

export const setup_conn_username = /** @type {(inputs: Setup_Conn_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Username and client id`)
};

export const setup_covers = /** @type {(inputs: Setup_CoversInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`covers ${i?.assets}`)
};

export const setup_create_site = /** @type {(inputs: Setup_Create_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create site`)
};

export const setup_cred_download = /** @type {(inputs: Setup_Cred_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download credentials file`)
};

export const setup_cred_label = /** @type {(inputs: Setup_Cred_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Credentials of ${i?.device}`)
};

export const setup_cred_secret_of = /** @type {(inputs: Setup_Cred_Secret_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Secret of ${i?.device}`)
};

export const setup_cred_warning = /** @type {(inputs: Setup_Cred_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This is the device's MQTT password. It is shown this once: download the file or copy it now.`)
};

export const setup_danger_heading = /** @type {(inputs: Setup_Danger_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire or delete the site`)
};

export const setup_day_closes = /** @type {(inputs: Setup_Day_ClosesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} closes`)
};

export const setup_day_fri = /** @type {(inputs: Setup_Day_FriInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Friday`)
};

export const setup_day_mon = /** @type {(inputs: Setup_Day_MonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Monday`)
};

export const setup_day_opens = /** @type {(inputs: Setup_Day_OpensInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} opens`)
};

export const setup_day_sat = /** @type {(inputs: Setup_Day_SatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saturday`)
};

export const setup_day_sun = /** @type {(inputs: Setup_Day_SunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sunday`)
};

export const setup_day_thu = /** @type {(inputs: Setup_Day_ThuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thursday`)
};

export const setup_day_tue = /** @type {(inputs: Setup_Day_TueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tuesday`)
};

export const setup_day_wed = /** @type {(inputs: Setup_Day_WedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wednesday`)
};

export const setup_delete = /** @type {(inputs: Setup_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete`)
};

export const setup_delete_site = /** @type {(inputs: Setup_Delete_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete the site`)
};

export const setup_delete_site_explain = /** @type {(inputs: Setup_Delete_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a site with no history at all (no messages, defects or checks) can be deleted: with everything in it. Otherwise retire it.`)
};

export const setup_delete_summary = /** @type {(inputs: Setup_Delete_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete ${i?.site}…`)
};

export const setup_delete_zone = /** @type {(inputs: Setup_Delete_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete zone`)
};

export const setup_delete_zone_hint = /** @type {(inputs: Setup_Delete_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only when nothing in it has any history (a mistake just made).`)
};

export const setup_deleted = /** @type {(inputs: Setup_DeletedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deleted ${i?.thing}: removed ${i?.parts}.`)
};

export const setup_demo = /** @type {(inputs: Setup_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`demo`)
};

export const setup_dev_choose_site = /** @type {(inputs: Setup_Dev_Choose_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the site to move it to.`)
};

export const setup_dev_connects = /** @type {(inputs: Setup_Dev_ConnectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How it connects`)
};

export const setup_dev_delete = /** @type {(inputs: Setup_Dev_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delete ${i?.name}`)
};

export const setup_dev_delete_explain = /** @type {(inputs: Setup_Dev_Delete_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a device that never sent anything can be deleted (a mistake just made); otherwise retire it.`)
};

export const setup_dev_delete_summary = /** @type {(inputs: Setup_Dev_Delete_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete…`)
};

export const setup_dev_heard_hint = /** @type {(inputs: Setup_Dev_Heard_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(three silent intervals make it offline)`)
};

export const setup_dev_its_messages = /** @type {(inputs: Setup_Dev_Its_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`its messages and refusals`)
};

export const setup_dev_kind_at = /** @type {(inputs: Setup_Dev_Kind_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} at ${i?.site}`)
};

export const setup_dev_last_heard = /** @type {(inputs: Setup_Dev_Last_HeardInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`last heard ${i?.when}`)
};

export const setup_dev_last_refusal = /** @type {(inputs: Setup_Dev_Last_RefusalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Last refused ${i?.when}: ${i?.why}`)
};

export const setup_dev_manage = /** @type {(inputs: Setup_Dev_ManageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Secret, access and place`)
};

export const setup_dev_messages = /** @type {(inputs: Setup_Dev_MessagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} message stored`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} messages stored`);
	return /** @type {LocalizedString} */ ("setup_dev_messages");
};

export const setup_dev_move = /** @type {(inputs: Setup_Dev_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move`)
};

export const setup_dev_move_explain = /** @type {(inputs: Setup_Dev_Move_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its live connection is closed at once; it connects again under the new site's topics (the firmware must use the new site id in its topics). What it watches and serves starts empty there.`)
};

export const setup_dev_move_summary = /** @type {(inputs: Setup_Dev_Move_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move to another site…`)
};

export const setup_dev_move_to = /** @type {(inputs: Setup_Dev_Move_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To`)
};

export const setup_dev_moved = /** @type {(inputs: Setup_Dev_MovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Moved to ${i?.site}: its connection was closed; it connects again under this site's topics. Choose what it watches or serves here.`)
};

export const setup_dev_never = /** @type {(inputs: Setup_Dev_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never`)
};

export const setup_dev_no_assets = /** @type {(inputs: Setup_Dev_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The site has no assets yet.`)
};

export const setup_dev_refused = /** @type {(inputs: Setup_Dev_RefusedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} refused`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} refused`);
	return /** @type {LocalizedString} */ ("setup_dev_refused");
};

export const setup_dev_restore = /** @type {(inputs: Setup_Dev_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore device`)
};

export const setup_dev_restored = /** @type {(inputs: Setup_Dev_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restored: it may connect again with its secret.`)
};

export const setup_dev_retire = /** @type {(inputs: Setup_Dev_RetireInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retire ${i?.name}`)
};

export const setup_dev_retire_explain = /** @type {(inputs: Setup_Dev_Retire_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is disconnected, leaves the boards and the alerts, and cannot sign in; its history stays and it can be restored.`)
};

export const setup_dev_retire_summary = /** @type {(inputs: Setup_Dev_Retire_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire…`)
};

export const setup_dev_retired = /** @type {(inputs: Setup_Dev_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retired: disconnected, off the boards and out of the alerts; its history stays.`)
};

export const setup_dev_revoke = /** @type {(inputs: Setup_Dev_RevokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Revoke ${i?.name}`)
};

export const setup_dev_revoke_explain = /** @type {(inputs: Setup_Dev_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For a lost or stolen device: it is disconnected and cannot sign in again until an admin restores it. Its history stays.`)
};

export const setup_dev_revoke_summary = /** @type {(inputs: Setup_Dev_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke…`)
};

export const setup_dev_revoked = /** @type {(inputs: Setup_Dev_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoked: the device was disconnected and can no longer sign in. Its history stays.`)
};

export const setup_dev_revoked_note = /** @type {(inputs: Setup_Dev_Revoked_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoked: an admin can restore it.`)
};

export const setup_dev_rotate_explain = /** @type {(inputs: Setup_Dev_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new secret is made and shown once; the current one stops working at once and the device is disconnected until it is given the new one.`)
};

export const setup_dev_rotate_now = /** @type {(inputs: Setup_Dev_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rotate the secret now`)
};

export const setup_dev_rotate_summary = /** @type {(inputs: Setup_Dev_Rotate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rotate secret…`)
};

export const setup_dev_rotated = /** @type {(inputs: Setup_Dev_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New secret made: the old one no longer works and the device was disconnected.`)
};

export const setup_dev_save = /** @type {(inputs: Setup_Dev_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save device`)
};

export const setup_dev_saved = /** @type {(inputs: Setup_Dev_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Device saved.`)
};

export const setup_dev_secret_hint = /** @type {(inputs: Setup_Dev_Secret_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The secret is not shown again after it was made; rotate it to make a new one.`)
};

export const setup_dev_settings = /** @type {(inputs: Setup_Dev_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Settings`)
};

export const setup_dev_title = /** @type {(inputs: Setup_Dev_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Device ${i?.name}`)
};

export const setup_dev_unrevoke = /** @type {(inputs: Setup_Dev_UnrevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore access (with a new secret)`)
};

export const setup_dev_unrevoked = /** @type {(inputs: Setup_Dev_UnrevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The device may sign in again, with this new secret only.`)
};

export const setup_device_added = /** @type {(inputs: Setup_Device_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Device ${i?.name} added.`)
};

export const setup_device_id_exists = /** @type {(inputs: Setup_Device_Id_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} exists already: choose another id.`)
};

export const setup_device_placeholder = /** @type {(inputs: Setup_Device_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lobby lamp sensor`)
};

export const setup_devices = /** @type {(inputs: Setup_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices`)
};

export const setup_edit = /** @type {(inputs: Setup_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Edit`)
};

export const setup_err_address_long = /** @type {(inputs: Setup_Err_Address_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep the address to 300 characters.`)
};

export const setup_err_check_fields = /** @type {(inputs: Setup_Err_Check_FieldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check the fields marked below.`)
};

export const setup_err_choose_category = /** @type {(inputs: Setup_Err_Choose_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a category.`)
};

export const setup_err_choose_kind = /** @type {(inputs: Setup_Err_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what kind of device.`)
};

export const setup_err_choose_language = /** @type {(inputs: Setup_Err_Choose_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the site's language.`)
};

export const setup_err_date_line = /** @type {(inputs: Setup_Err_Date_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Line ${i?.line} ("${i?.entry}"): write a date and "closed" or its hours, such as 2026-12-24 08:00-14:00.`)
};

export const setup_err_date_overnight = /** @type {(inputs: Setup_Err_Date_OvernightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Line ${i?.line}: a date's hours end on the same day (${i?.entry}).`)
};

export const setup_err_date_twice = /** @type {(inputs: Setup_Err_Date_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} is written twice.`)
};

export const setup_err_day_hours = /** @type {(inputs: Setup_Err_Day_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give the opening and closing time (HH:MM), or untick the day.`)
};

export const setup_err_field_refused = /** @type {(inputs: Setup_Err_Field_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This value was not accepted: check it and save again.`)
};

export const setup_err_id_format = /** @type {(inputs: Setup_Err_Id_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use lower-case letters, digits and hyphens (up to 63), starting with a letter or digit.`)
};

export const setup_err_id_none = /** @type {(inputs: Setup_Err_Id_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give a name (or an id).`)
};

export const setup_err_id_taken = /** @type {(inputs: Setup_Err_Id_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} is taken here: choose another id.`)
};

export const setup_err_minutes = /** @type {(inputs: Setup_Err_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A whole number of minutes from ${i?.min} to ${i?.max}.`)
};

export const setup_err_name_empty = /** @type {(inputs: Setup_Err_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give it a name.`)
};

export const setup_err_name_long = /** @type {(inputs: Setup_Err_Name_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep the name to 120 characters.`)
};

export const setup_err_refused = /** @type {(inputs: Setup_Err_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some fields were not accepted: check the ones marked below and save again.`)
};

export const setup_err_seconds = /** @type {(inputs: Setup_Err_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A whole number of seconds from ${i?.min} to ${i?.max}.`)
};

export const setup_err_serves = /** @type {(inputs: Setup_Err_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tick the checkpoints it serves, or choose all or none.`)
};

export const setup_err_timezone = /** @type {(inputs: Setup_Err_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the site's time zone from the list.`)
};

export const setup_err_which_site = /** @type {(inputs: Setup_Err_Which_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which site? Choose one from the list and try again.`)
};

export const setup_every_hours = /** @type {(inputs: Setup_Every_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`every hour`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`every ${i?.count} h`);
	return /** @type {LocalizedString} */ ("setup_every_hours");
};

export const setup_every_minutes = /** @type {(inputs: Setup_Every_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`every ${i?.count} min`)
};

export const setup_export_csv = /** @type {(inputs: Setup_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export as CSV`)
};

export const setup_export_json = /** @type {(inputs: Setup_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export as fleet document (JSON)`)
};

export const setup_form_address = /** @type {(inputs: Setup_Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Address`)
};

export const setup_form_always = /** @type {(inputs: Setup_Form_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open around the clock`)
};

export const setup_form_dates = /** @type {(inputs: Setup_Form_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Holidays and other dates`)
};

export const setup_form_dates_hint = /** @type {(inputs: Setup_Form_Dates_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(one per line: 2026-12-25 closed or 2026-12-24 08:00-14:00)`)
};

export const setup_form_hours = /** @type {(inputs: Setup_Form_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening hours`)
};

export const setup_form_hours_hint = /** @type {(inputs: Setup_Form_Hours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(overdue checks and alerts count only while open)`)
};

export const setup_form_id = /** @type {(inputs: Setup_Form_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_form_id_hint = /** @type {(inputs: Setup_Form_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(in addresses and device topics; made from the name if left empty; cannot change later)`)
};

export const setup_form_language = /** @type {(inputs: Setup_Form_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Language`)
};

export const setup_form_language_hint = /** @type {(inputs: Setup_Form_Language_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(QR page, labels, reports)`)
};

export const setup_form_name = /** @type {(inputs: Setup_Form_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const setup_form_timezone = /** @type {(inputs: Setup_Form_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time zone`)
};

export const setup_form_week_hint = /** @type {(inputs: Setup_Form_Week_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An unticked day is closed. A closing time before the opening time runs past midnight; 00:00 closes at midnight.`)
};

export const setup_form_weekly = /** @type {(inputs: Setup_Form_WeeklyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening hours by weekday`)
};

export const setup_form_zones_all = /** @type {(inputs: Setup_Form_Zones_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everywhere`)
};

export const setup_form_zones_near = /** @type {(inputs: Setup_Form_Zones_NearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nordic and nearby`)
};

export const setup_guests_qr = /** @type {(inputs: Setup_Guests_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guests can report it (QR code)`)
};

export const setup_guests_report = /** @type {(inputs: Setup_Guests_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guests can report it`)
};

export const setup_heard_seconds = /** @type {(inputs: Setup_Heard_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heard every, seconds`)
};

export const setup_help_columns = /** @type {(inputs: Setup_Help_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columns`)
};

export const setup_help_hours_or = /** @type {(inputs: Setup_Help_Hours_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`or always.`)
};

export const setup_help_ids = /** @type {(inputs: Setup_Help_IdsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ids: lowercase letters, digits and dashes, such as hotel-oslo. An empty cell keeps what is there.`)
};

export const setup_help_ids_spaces = /** @type {(inputs: Setup_Help_Ids_SpacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ids separated by spaces; none for none.`)
};

export const setup_help_intro = /** @type {(inputs: Setup_Help_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One row per site, zone, asset, checkpoint or device, in any order. In a sheet of several kinds the kind column says what each row is; a file of one kind needs none. Start from the template, or export the fleet, change it and import it back.`)
};

export const setup_help_more = /** @type {(inputs: Setup_Help_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More in the documentation:`)
};

export const setup_help_one_bad = /** @type {(inputs: Setup_Help_One_BadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One bad row means nothing is written:`)
};

export const setup_help_one_bad_after = /** @type {(inputs: Setup_Help_One_Bad_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the preview lists every problem by its line.`)
};

export const setup_help_separators = /** @type {(inputs: Setup_Help_SeparatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commas, semicolons or tabs between cells; save as UTF-8.`)
};

export const setup_help_serves = /** @type {(inputs: Setup_Help_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(buttons): checkpoint ids, all of the site's, or none.`)
};

export const setup_help_title = /** @type {(inputs: Setup_Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How the file is laid out`)
};

export const setup_help_yes_no = /** @type {(inputs: Setup_Help_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes or no`)
};

export const setup_id = /** @type {(inputs: Setup_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_id_placeholder = /** @type {(inputs: Setup_Id_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`made from the name`)
};

export const setup_imp_applies = /** @type {(inputs: Setup_Imp_AppliesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Applies exactly the file previewed here: ${i?.created}, ${i?.changed}.`)
};

export const setup_imp_changed = /** @type {(inputs: Setup_Imp_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing was imported: the fleet has changed since the preview, and some rows no longer fit. Here is the new preview.`)
};

export const setup_imp_changes = /** @type {(inputs: Setup_Imp_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} change`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} changes`);
	return /** @type {LocalizedString} */ ("setup_imp_changes");
};

export const setup_imp_choose_file = /** @type {(inputs: Setup_Imp_Choose_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a CSV file, or paste its text.`)
};

export const setup_imp_col_id = /** @type {(inputs: Setup_Imp_Col_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_imp_col_kind = /** @type {(inputs: Setup_Imp_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const setup_imp_col_line = /** @type {(inputs: Setup_Imp_Col_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Line`)
};

export const setup_imp_col_site = /** @type {(inputs: Setup_Imp_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site`)
};

export const setup_imp_col_what = /** @type {(inputs: Setup_Imp_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What will happen`)
};

export const setup_imp_column = /** @type {(inputs: Setup_Imp_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, column ${i?.field}`)
};

export const setup_imp_created_list = /** @type {(inputs: Setup_Imp_Created_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`created ${i?.list}`)
};

export const setup_imp_csv_file = /** @type {(inputs: Setup_Imp_Csv_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV file`)
};

export const setup_imp_done = /** @type {(inputs: Setup_Imp_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Imported ${i?.name}: ${i?.created}; ${i?.changed}, ${i?.unchanged}.`)
};

export const setup_imp_download = /** @type {(inputs: Setup_Imp_DownloadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Download ${i?.name}`)
};

export const setup_imp_download_secrets = /** @type {(inputs: Setup_Imp_Download_SecretsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Download the secret of the new device now.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Download the secrets of the ${i?.count} new devices now.`);
	return /** @type {LocalizedString} */ ("setup_imp_download_secrets");
};

export const setup_imp_empty = /** @type {(inputs: Setup_Imp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(empty)`)
};

export const setup_imp_err_at_least = /** @type {(inputs: Setup_Imp_Err_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at least ${i?.min}`)
};

export const setup_imp_err_at_least_minutes = /** @type {(inputs: Setup_Imp_Err_At_Least_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at least ${i?.min} minutes`)
};

export const setup_imp_err_at_least_seconds = /** @type {(inputs: Setup_Imp_Err_At_Least_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at least ${i?.min} seconds`)
};

export const setup_imp_err_at_most = /** @type {(inputs: Setup_Imp_Err_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max}`)
};

export const setup_imp_err_at_most_minutes = /** @type {(inputs: Setup_Imp_Err_At_Most_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} minutes`)
};

export const setup_imp_err_at_most_seconds = /** @type {(inputs: Setup_Imp_Err_At_Most_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} seconds`)
};

export const setup_imp_err_bad_hours = /** @type {(inputs: Setup_Imp_Err_Bad_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.value}”: a day and its hours, such as mon-fri 07:00-22:00 or 2026-12-25 closed.`)
};

export const setup_imp_err_bad_id = /** @type {(inputs: Setup_Imp_Err_Bad_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an id is lowercase letters, digits and dashes (not first), up to 63 characters, such as hotel-oslo`)
};

export const setup_imp_err_column_not_of_kind = /** @type {(inputs: Setup_Imp_Err_Column_Not_Of_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This kind of row has no ${i?.column}: leave the cell empty.`)
};

export const setup_imp_err_column_twice = /** @type {(inputs: Setup_Imp_Err_Column_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The column ${i?.column} is there twice.`)
};

export const setup_imp_err_columns_ambiguous = /** @type {(inputs: Setup_Imp_Err_Columns_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`These columns fit more than one kind of row (${i?.kinds}): add a kind column.`)
};

export const setup_imp_err_columns_fit_nothing = /** @type {(inputs: Setup_Imp_Err_Columns_Fit_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These columns fit no one kind of row: add a kind column (site, zone, asset, checkpoint, sensor, button), or check the columns' names.`)
};

export const setup_imp_err_day_twice = /** @type {(inputs: Setup_Imp_Err_Day_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} is named twice.`)
};

export const setup_imp_err_duplicate_id = /** @type {(inputs: Setup_Imp_Err_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} is on line ${i?.line} already: each id once.`)
};

export const setup_imp_err_empty = /** @type {(inputs: Setup_Imp_Err_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Must not be empty.`)
};

export const setup_imp_err_id_missing = /** @type {(inputs: Setup_Imp_Err_Id_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every row needs an id.`)
};

export const setup_imp_err_kind_missing = /** @type {(inputs: Setup_Imp_Err_Kind_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Say what the row is: one of ${i?.kinds}.`)
};

export const setup_imp_err_kind_not_of_file = /** @type {(inputs: Setup_Imp_Err_Kind_Not_Of_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}: this file holds ${i?.sheet} rows.`)
};

export const setup_imp_err_no_header = /** @type {(inputs: Setup_Imp_Err_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The first line must be the header, such as ${i?.columns}`)
};

export const setup_imp_err_no_id_column = /** @type {(inputs: Setup_Imp_Err_No_Id_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The header needs an id column.`)
};

export const setup_imp_err_not_yes_no = /** @type {(inputs: Setup_Imp_Err_Not_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write yes or no.`)
};

export const setup_imp_err_one_of = /** @type {(inputs: Setup_Imp_Err_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`one of ${i?.options}`)
};

export const setup_imp_err_required_new = /** @type {(inputs: Setup_Imp_Err_Required_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Required when the row adds something new.`)
};

export const setup_imp_err_sensor_serves = /** @type {(inputs: Setup_Imp_Err_Sensor_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a button serves checkpoints.`)
};

export const setup_imp_err_site_required = /** @type {(inputs: Setup_Imp_Err_Site_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which site is it in? Fill in its site.`)
};

export const setup_imp_err_site_required_device = /** @type {(inputs: Setup_Imp_Err_Site_Required_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Required for a new device.`)
};

export const setup_imp_err_stray_cell = /** @type {(inputs: Setup_Imp_Err_Stray_CellInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A cell beyond the header's columns: give it a column, or remove it.`)
};

export const setup_imp_err_too_long = /** @type {(inputs: Setup_Imp_Err_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`At most ${i?.max} characters.`)
};

export const setup_imp_err_too_long_has = /** @type {(inputs: Setup_Imp_Err_Too_Long_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`At most ${i?.max} characters (this has ${i?.length}).`)
};

export const setup_imp_err_too_many_ids = /** @type {(inputs: Setup_Imp_Err_Too_Many_IdsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`At most ${i?.max} ids.`)
};

export const setup_imp_err_unclosed_quote = /** @type {(inputs: Setup_Imp_Err_Unclosed_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A quote opens here and is never closed: the rest of the file would be one cell.`)
};

export const setup_imp_err_unknown_assets = /** @type {(inputs: Setup_Imp_Err_Unknown_AssetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Unknown asset at ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Unknown assets at ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_assets");
};

export const setup_imp_err_unknown_checkpoints = /** @type {(inputs: Setup_Imp_Err_Unknown_CheckpointsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Unknown checkpoint at ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Unknown checkpoints at ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_checkpoints");
};

export const setup_imp_err_unknown_column = /** @type {(inputs: Setup_Imp_Err_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unknown column ${i?.column}: the columns are ${i?.columns}.`)
};

export const setup_imp_err_unknown_row_kind = /** @type {(inputs: Setup_Imp_Err_Unknown_Row_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} is not a kind of row: one of ${i?.kinds}.`)
};

export const setup_imp_err_unknown_site = /** @type {(inputs: Setup_Imp_Err_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unknown site ${i?.site}: add a row for it, or correct the id.`)
};

export const setup_imp_err_unknown_zone = /** @type {(inputs: Setup_Imp_Err_Unknown_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Unknown zone ${i?.zone} at ${i?.site}: add a row for it, or correct the id.`)
};

export const setup_imp_err_whole_minutes = /** @type {(inputs: Setup_Imp_Err_Whole_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A whole number of minutes, such as 60.`)
};

export const setup_imp_err_whole_seconds = /** @type {(inputs: Setup_Imp_Err_Whole_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A whole number of seconds, such as 60.`)
};

export const setup_imp_errors = /** @type {(inputs: Setup_Imp_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Errors`)
};

export const setup_imp_export_csv = /** @type {(inputs: Setup_Imp_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export the fleet as CSV`)
};

export const setup_imp_export_csv_hint = /** @type {(inputs: Setup_Imp_Export_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every site as it is now: change it in a spreadsheet and import it back.`)
};

export const setup_imp_export_json = /** @type {(inputs: Setup_Imp_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export the fleet as JSON`)
};

export const setup_imp_export_json_hint = /** @type {(inputs: Setup_Imp_Export_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same as a fleet document, for PUT /api/fleet. No secrets in either.`)
};

export const setup_imp_files = /** @type {(inputs: Setup_Imp_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Files`)
};

export const setup_imp_header_line = /** @type {(inputs: Setup_Imp_Header_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The header (line 1)`)
};

export const setup_imp_heading = /** @type {(inputs: Setup_Imp_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import sites and devices from CSV`)
};

export const setup_imp_host_unknown = /** @type {(inputs: Setup_Imp_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not know the broker's address as devices reach it, so host and port are empty: see a device's page.`)
};

export const setup_imp_import_changes = /** @type {(inputs: Setup_Imp_Import_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Import ${i?.count} change`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Import ${i?.count} changes`);
	return /** @type {LocalizedString} */ ("setup_imp_import_changes");
};

export const setup_imp_importing = /** @type {(inputs: Setup_Imp_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importing…`)
};

export const setup_imp_intro = /** @type {(inputs: Setup_Imp_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add or change many sites, zones, assets, checkpoints and devices at once from a spreadsheet. The preview shows what each row will do and writes nothing; the import then applies that file, all of it or nothing.`)
};

export const setup_imp_line = /** @type {(inputs: Setup_Imp_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Line ${i?.line}`)
};

export const setup_imp_n_asset = /** @type {(inputs: Setup_Imp_N_AssetInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} asset`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} assets`);
	return /** @type {LocalizedString} */ ("setup_imp_n_asset");
};

export const setup_imp_n_checkpoint = /** @type {(inputs: Setup_Imp_N_CheckpointInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} checkpoint`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} checkpoints`);
	return /** @type {LocalizedString} */ ("setup_imp_n_checkpoint");
};

export const setup_imp_n_device = /** @type {(inputs: Setup_Imp_N_DeviceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} device`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} devices`);
	return /** @type {LocalizedString} */ ("setup_imp_n_device");
};

export const setup_imp_n_rows_changed = /** @type {(inputs: Setup_Imp_N_Rows_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} row changed`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rows changed`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_changed");
};

export const setup_imp_n_rows_unchanged = /** @type {(inputs: Setup_Imp_N_Rows_UnchangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} row unchanged`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rows unchanged`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_unchanged");
};

export const setup_imp_n_site = /** @type {(inputs: Setup_Imp_N_SiteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} site`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} sites`);
	return /** @type {LocalizedString} */ ("setup_imp_n_site");
};

export const setup_imp_n_zone = /** @type {(inputs: Setup_Imp_N_ZoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} zone`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} zones`);
	return /** @type {LocalizedString} */ ("setup_imp_n_zone");
};

export const setup_imp_new_objects = /** @type {(inputs: Setup_Imp_New_ObjectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} new object`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} new objects`);
	return /** @type {LocalizedString} */ ("setup_imp_new_objects");
};

export const setup_imp_not_utf8 = /** @type {(inputs: Setup_Imp_Not_Utf8Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”; in LibreOffice or Numbers, choose UTF-8 when you export it.`)
};

export const setup_imp_nothing = /** @type {(inputs: Setup_Imp_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing to import: every row is as the fleet already is.`)
};

export const setup_imp_nothing_done = /** @type {(inputs: Setup_Imp_Nothing_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing was imported: every row was as the fleet already is.`)
};

export const setup_imp_nothing_new = /** @type {(inputs: Setup_Imp_Nothing_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing new`)
};

export const setup_imp_or_paste = /** @type {(inputs: Setup_Imp_Or_PasteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Or paste the CSV here (used when no file is chosen)`)
};

export const setup_imp_pasted_text = /** @type {(inputs: Setup_Imp_Pasted_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the pasted text`)
};

export const setup_imp_preview = /** @type {(inputs: Setup_Imp_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview`)
};

export const setup_imp_preview_file = /** @type {(inputs: Setup_Imp_Preview_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview a file`)
};

export const setup_imp_preview_first = /** @type {(inputs: Setup_Imp_Preview_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview the file first, then import it.`)
};

export const setup_imp_preview_of = /** @type {(inputs: Setup_Imp_Preview_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Preview of ${i?.name}`)
};

export const setup_imp_problems = /** @type {(inputs: Setup_Imp_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} problem to fix.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} problems to fix.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems");
};

export const setup_imp_problems_hint = /** @type {(inputs: Setup_Imp_Problems_HintInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Correct it in the file and preview it again: nothing is imported while any row has a problem.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Correct them in the file and preview it again: nothing is imported while any row has a problem.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems_hint");
};

export const setup_imp_reading = /** @type {(inputs: Setup_Imp_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading…`)
};

export const setup_imp_rows = /** @type {(inputs: Setup_Imp_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows`)
};

export const setup_imp_secrets_columns = /** @type {(inputs: Setup_Imp_Secrets_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Columns: device, site, secret, host, port. Open it as text: a spreadsheet may take a secret that starts with “-” for a formula and change it.`)
};

export const setup_imp_secrets_once = /** @type {(inputs: Setup_Imp_Secrets_OnceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`It is shown this once: when you leave this page it cannot be shown again (a lost secret means a new one, from the device's page). Keep the file safe, hand each device's line to whoever installs it, then delete the file.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`They are shown this once: when you leave this page they cannot be shown again (a lost secret means a new one, from the device's page). Keep the file safe, hand each device's line to whoever installs it, then delete the file.`);
	return /** @type {LocalizedString} */ ("setup_imp_secrets_once");
};

export const setup_imp_template = /** @type {(inputs: Setup_Imp_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download the template (CSV)`)
};

export const setup_imp_template_hint = /** @type {(inputs: Setup_Imp_Template_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Example rows of every kind, to fill in.`)
};

export const setup_imp_the_file = /** @type {(inputs: Setup_Imp_The_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file`)
};

export const setup_imp_title = /** @type {(inputs: Setup_Imp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import from CSV`)
};

export const setup_imp_to_change = /** @type {(inputs: Setup_Imp_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To change`)
};

export const setup_imp_to_create = /** @type {(inputs: Setup_Imp_To_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To create`)
};

export const setup_imp_unchanged = /** @type {(inputs: Setup_Imp_UnchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unchanged`)
};

export const setup_imp_unchanged_count = /** @type {(inputs: Setup_Imp_Unchanged_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unchanged`)
};

export const setup_imp_will_change = /** @type {(inputs: Setup_Imp_Will_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`will change`)
};

export const setup_imp_will_create = /** @type {(inputs: Setup_Imp_Will_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`will be created`)
};

export const setup_imp_writes_nothing = /** @type {(inputs: Setup_Imp_Writes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A preview writes nothing.`)
};

export const setup_import_link = /** @type {(inputs: Setup_Import_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import from CSV`)
};

export const setup_interval_minutes = /** @type {(inputs: Setup_Interval_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Interval, minutes`)
};

export const setup_intro_admin = /** @type {(inputs: Setup_Intro_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites, their zones, assets, checkpoints and devices. Admins create and retire sites; managers set up what is in their own sites.`)
};

export const setup_intro_manager = /** @type {(inputs: Setup_Intro_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sites, their zones, assets, checkpoints and devices. You set up what is in your own sites.`)
};

export const setup_kind = /** @type {(inputs: Setup_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kind`)
};

export const setup_kind_button = /** @type {(inputs: Setup_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`button`)
};

export const setup_kind_button_long = /** @type {(inputs: Setup_Kind_Button_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Button or staff pad: checks in at checkpoints, reports and resolves`)
};

export const setup_kind_sensor = /** @type {(inputs: Setup_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const setup_kind_sensor_long = /** @type {(inputs: Setup_Kind_Sensor_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor: reports the health of the assets it watches`)
};

export const setup_mqtt_username = /** @type {(inputs: Setup_Mqtt_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(its MQTT username)`)
};

export const setup_name = /** @type {(inputs: Setup_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name`)
};

export const setup_new_site = /** @type {(inputs: Setup_New_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New site`)
};

export const setup_new_site_next = /** @type {(inputs: Setup_New_Site_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next: its zones, assets, checkpoints and devices.`)
};

export const setup_no_assets = /** @type {(inputs: Setup_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No assets in this zone yet.`)
};

export const setup_no_assets_covered = /** @type {(inputs: Setup_No_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no assets`)
};

export const setup_no_devices = /** @type {(inputs: Setup_No_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No devices yet: sensors report the health of assets, buttons let staff check in and report.`)
};

export const setup_no_sites = /** @type {(inputs: Setup_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sites yet.`)
};

export const setup_no_sites_admin_after = /** @type {(inputs: Setup_No_Sites_Admin_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(a template is there to start from).`)
};

export const setup_no_sites_admin_before = /** @type {(inputs: Setup_No_Sites_Admin_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create the first one with`)
};

export const setup_no_sites_admin_or = /** @type {(inputs: Setup_No_Sites_Admin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`or`)
};

export const setup_no_sites_import = /** @type {(inputs: Setup_No_Sites_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`import a chain from a CSV file`)
};

export const setup_no_sites_manager = /** @type {(inputs: Setup_No_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An admin creates sites; ask one to give you a site to manage.`)
};

export const setup_no_zones = /** @type {(inputs: Setup_No_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No zones yet: a zone is a place in the site (a floor, an elevator, the toilets) that holds assets.`)
};

export const setup_nothing_else = /** @type {(inputs: Setup_Nothing_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing else`)
};

export const setup_open = /** @type {(inputs: Setup_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

export const setup_open_board = /** @type {(inputs: Setup_Open_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open its board`)
};

export const setup_open_count = /** @type {(inputs: Setup_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} open`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} open`);
	return /** @type {LocalizedString} */ ("setup_open_count");
};

export const setup_optional = /** @type {(inputs: Setup_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const setup_page_title = /** @type {(inputs: Setup_Page_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Set up ${i?.site}`)
};

export const setup_print_labels = /** @type {(inputs: Setup_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print QR labels`)
};

export const setup_rename = /** @type {(inputs: Setup_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rename`)
};

export const setup_rename_retire_delete = /** @type {(inputs: Setup_Rename_Retire_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rename, retire or delete`)
};

export const setup_restore = /** @type {(inputs: Setup_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore`)
};

export const setup_restore_button = /** @type {(inputs: Setup_Restore_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore`)
};

export const setup_restore_site = /** @type {(inputs: Setup_Restore_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore site`)
};

export const setup_restored = /** @type {(inputs: Setup_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site} is back in service, with what was retired with it.`)
};

export const setup_restored_done = /** @type {(inputs: Setup_Restored_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Restored ${i?.thing}.`)
};

export const setup_retire_asset = /** @type {(inputs: Setup_Retire_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire asset`)
};

export const setup_retire_checkpoint = /** @type {(inputs: Setup_Retire_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire checkpoint`)
};

export const setup_retire_site = /** @type {(inputs: Setup_Retire_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire the site`)
};

export const setup_retire_site_explain = /** @type {(inputs: Setup_Retire_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The site leaves the boards, the wall board and the alerts; its devices are disconnected and cannot sign in; its open defects are closed. Its history and reports stay, and it can be restored from Setup.`)
};

export const setup_retire_summary = /** @type {(inputs: Setup_Retire_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retire ${i?.site}…`)
};

export const setup_retire_zone = /** @type {(inputs: Setup_Retire_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retire zone`)
};

export const setup_retire_zone_hint = /** @type {(inputs: Setup_Retire_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its assets and checkpoints leave the boards with it and come back with it; history stays.`)
};

export const setup_retired_closed = /** @type {(inputs: Setup_Retired_ClosedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} open defect was closed; the history stays.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} open defects were closed; the history stays.`);
	return /** @type {LocalizedString} */ ("setup_retired_closed");
};

export const setup_retired_done = /** @type {(inputs: Setup_Retired_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retired ${i?.thing}: off the boards and out of the alerts.`)
};

export const setup_retired_heading = /** @type {(inputs: Setup_Retired_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retired`)
};

export const setup_retired_hint = /** @type {(inputs: Setup_Retired_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Off the boards and out of the alerts; their history and reports stay. Restore brings back what was retired with it.`)
};

export const setup_retired_intro = /** @type {(inputs: Setup_Retired_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Off the boards and out of the alerts; their history and reports stay.`)
};

export const setup_retired_title = /** @type {(inputs: Setup_Retired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retired sites`)
};

export const setup_row_asset = /** @type {(inputs: Setup_Row_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Asset ${i?.name} (${i?.zone})`)
};

export const setup_row_checkpoint = /** @type {(inputs: Setup_Row_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checkpoint ${i?.name} (${i?.zone})`)
};

export const setup_row_device = /** @type {(inputs: Setup_Row_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Device ${i?.name}`)
};

export const setup_row_zone = /** @type {(inputs: Setup_Row_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zone ${i?.name}`)
};

export const setup_save_asset = /** @type {(inputs: Setup_Save_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save asset`)
};

export const setup_save_checkpoint = /** @type {(inputs: Setup_Save_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save checkpoint`)
};

export const setup_save_site = /** @type {(inputs: Setup_Save_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save site`)
};

export const setup_seconds = /** @type {(inputs: Setup_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} s`)
};

export const setup_secret_once_hint = /** @type {(inputs: Setup_Secret_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its secret is shown once, right after, with a file to download and how it connects.`)
};

export const setup_serves = /** @type {(inputs: Setup_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Checkpoints it serves`)
};

export const setup_serves_all = /** @type {(inputs: Setup_Serves_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every checkpoint of the site`)
};

export const setup_serves_hint = /** @type {(inputs: Setup_Serves_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(a button; a sensor serves none)`)
};

export const setup_serves_none = /** @type {(inputs: Setup_Serves_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`None: it only reports`)
};

export const setup_serves_some = /** @type {(inputs: Setup_Serves_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`These:`)
};

export const setup_set_up = /** @type {(inputs: Setup_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up`)
};

export const setup_site_created = /** @type {(inputs: Setup_Site_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site created. Add its zones and assets below, then its checkpoints and devices.`)
};

export const setup_site_saved = /** @type {(inputs: Setup_Site_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site saved.`)
};

export const setup_state_offline = /** @type {(inputs: Setup_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

export const setup_state_online = /** @type {(inputs: Setup_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online`)
};

export const setup_state_revoked = /** @type {(inputs: Setup_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`revoked`)
};

export const setup_tag_retired = /** @type {(inputs: Setup_Tag_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retired`)
};

export const setup_the_site = /** @type {(inputs: Setup_The_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The site`)
};

export const setup_thing_asset = /** @type {(inputs: Setup_Thing_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`asset ${i?.name}`)
};

export const setup_thing_checkpoint = /** @type {(inputs: Setup_Thing_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checkpoint ${i?.name}`)
};

export const setup_thing_device = /** @type {(inputs: Setup_Thing_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`device ${i?.name}`)
};

export const setup_thing_site = /** @type {(inputs: Setup_Thing_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`site ${i?.name}`)
};

export const setup_thing_zone = /** @type {(inputs: Setup_Thing_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zone ${i?.name}`)
};

export const setup_title = /** @type {(inputs: Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Setup`)
};

export const setup_watches = /** @type {(inputs: Setup_WatchesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assets it watches`)
};

export const setup_watches_hint = /** @type {(inputs: Setup_Watches_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(a sensor: when it falls silent, their state is unknown)`)
};

export const setup_zone = /** @type {(inputs: Setup_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const setup_zone_added = /** @type {(inputs: Setup_Zone_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zone ${i?.name} added.`)
};

export const setup_zone_placeholder = /** @type {(inputs: Setup_Zone_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elevator A`)
};

export const setup_zone_saved = /** @type {(inputs: Setup_Zone_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zone ${i?.name} saved.`)
};

export const setup_zones_assets = /** @type {(inputs: Setup_Zones_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zones and assets`)
};

export const severity_high = /** @type {(inputs: Severity_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`high`)
};

export const severity_low = /** @type {(inputs: Severity_LowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`low`)
};

export const severity_medium = /** @type {(inputs: Severity_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medium`)
};

export const site_asset_ok = /** @type {(inputs: Site_Asset_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`working`)
};

export const site_assets = /** @type {(inputs: Site_AssetsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Assets: ${i?.ok} fine, ${i?.defect} with defects, ${i?.unknown} unknown (sensor offline)`)
};

export const site_caught_before = /** @type {(inputs: Site_Caught_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caught before a customer reported it:`)
};

export const site_checkpoint = /** @type {(inputs: Site_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Checkpoint ${i?.name}: every ${i?.interval}, last check ${i?.last}`)
};

export const site_checkpoint_ago = /** @type {(inputs: Site_Checkpoint_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.age} ago`)
};

export const site_checkpoint_never = /** @type {(inputs: Site_Checkpoint_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never`)
};

export const site_checkpoint_now = /** @type {(inputs: Site_Checkpoint_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`just now`)
};

export const site_checks_on_time = /** @type {(inputs: Site_Checks_On_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checks on time ${i?.onTime}/${i?.checkpoints}`)
};

export const site_counts = /** @type {(inputs: Site_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.open} open (${i?.high} high, ${i?.medium} medium, ${i?.low} low) · ${i?.overdue} overdue · oldest ${i?.oldest}`)
};

export const site_crumb_all = /** @type {(inputs: Site_Crumb_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const site_defect_number = /** @type {(inputs: Site_Defect_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`defect #${i?.id}`)
};

export const site_devices = /** @type {(inputs: Site_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Devices`)
};

export const site_devices_off = /** @type {(inputs: Site_Devices_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.offline} of ${i?.total} devices offline`)
};

export const site_inspections_on_time = /** @type {(inputs: Site_Inspections_On_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspections on time:`)
};

export const site_inspections_split = /** @type {(inputs: Site_Inspections_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.onTime} on time, ${i?.missed} missed)`)
};

export const site_labels_all_sites = /** @type {(inputs: Site_Labels_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All sites`)
};

export const site_labels_all_zones = /** @type {(inputs: Site_Labels_All_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All zones`)
};

export const site_labels_col_asset = /** @type {(inputs: Site_Labels_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset`)
};

export const site_labels_col_label = /** @type {(inputs: Site_Labels_Col_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its label`)
};

export const site_labels_col_revoke = /** @type {(inputs: Site_Labels_Col_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke`)
};

export const site_labels_count = /** @type {(inputs: Site_Labels_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} label`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} labels`);
	return /** @type {LocalizedString} */ ("site_labels_count");
};

export const site_labels_intro = /** @type {(inputs: Site_Labels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A label for every asset customers see, to stick where it is: scanning it opens the page that reports a problem there, in the site's language. Print at actual size (100 %, no "fit to page").`)
};

export const site_labels_new_code = /** @type {(inputs: Site_Labels_New_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New code made for ${i?.name}. Its codes printed before no longer work: print its new label and replace the old one.`)
};

export const site_labels_none = /** @type {(inputs: Site_Labels_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No labels to print: ${i?.where} has no customer-visible asset in service. An asset gets a label once it is marked customer-visible.`)
};

export const site_labels_only_of = /** @type {(inputs: Site_Labels_Only_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Only the label of ${i?.name}.`)
};

export const site_labels_paper = /** @type {(inputs: Site_Labels_PaperInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paper`)
};

export const site_labels_print = /** @type {(inputs: Site_Labels_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print`)
};

export const site_labels_print_only = /** @type {(inputs: Site_Labels_Print_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print only this label`)
};

export const site_labels_revoke_button = /** @type {(inputs: Site_Labels_Revoke_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke and make a new code`)
};

export const site_labels_revoke_explain = /** @type {(inputs: Site_Labels_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Every printed code of ${i?.name} stops working at once.`)
};

export const site_labels_revoke_intro = /** @type {(inputs: Site_Labels_Revoke_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For a label that was copied, moved or misused: its code stops working at once, wherever it was printed.`)
};

export const site_labels_revoke_intro_print = /** @type {(inputs: Site_Labels_Revoke_Intro_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For a label that was copied, moved or misused: its code stops working at once, wherever it was printed, and this page shows the asset's new label to print in its place.`)
};

export const site_labels_revoke_of = /** @type {(inputs: Site_Labels_Revoke_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the code of ${i?.name}`)
};

export const site_labels_revoke_title = /** @type {(inputs: Site_Labels_Revoke_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revoke a code`)
};

export const site_labels_scan = /** @type {(inputs: Site_Labels_ScanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scan to report a problem`)
};

export const site_labels_sheet_of = /** @type {(inputs: Site_Labels_Sheet_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sheet ${i?.n} of ${i?.total}`)
};

export const site_labels_sheets = /** @type {(inputs: Site_Labels_SheetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sheet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} sheets`);
	return /** @type {LocalizedString} */ ("site_labels_sheets");
};

export const site_labels_show = /** @type {(inputs: Site_Labels_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show`)
};

export const site_labels_show_every = /** @type {(inputs: Site_Labels_Show_EveryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show every label`)
};

export const site_labels_size = /** @type {(inputs: Site_Labels_SizeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Label size`)
};

export const site_labels_size_large = /** @type {(inputs: Site_Labels_Size_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Large`)
};

export const site_labels_size_medium = /** @type {(inputs: Site_Labels_Size_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medium`)
};

export const site_labels_size_option = /** @type {(inputs: Site_Labels_Size_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.width} × ${i?.height} mm (${i?.count} a sheet)`)
};

export const site_labels_size_small = /** @type {(inputs: Site_Labels_Size_SmallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Small`)
};

export const site_labels_summary = /** @type {(inputs: Site_Labels_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labels} on ${i?.sheets} of ${i?.paper}, ${i?.columns} × ${i?.rows} a sheet. The codes open`)
};

export const site_labels_this_site = /** @type {(inputs: Site_Labels_This_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`this site`)
};

export const site_labels_title = /** @type {(inputs: Site_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR labels`)
};

export const site_labels_which_asset = /** @type {(inputs: Site_Labels_Which_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That asset is not on this sheet any more: reload the page and choose it again.`)
};

export const site_labels_zone = /** @type {(inputs: Site_Labels_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zone`)
};

export const site_last_days = /** @type {(inputs: Site_Last_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last 14 days`)
};

export const site_nothing_open = /** @type {(inputs: Site_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing open. Every basic thing here is fine.`)
};

export const site_open_defects = /** @type {(inputs: Site_Open_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open defects`)
};

export const site_print_labels = /** @type {(inputs: Site_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print QR labels`)
};

export const site_print_labels_title = /** @type {(inputs: Site_Print_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A sheet of the QR codes guests scan to report a problem, one per customer-visible asset`)
};

export const site_qr_title = /** @type {(inputs: Site_Qr_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print the QR code guests scan to report a problem here`)
};

export const site_report_another = /** @type {(inputs: Site_Report_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report another`)
};

export const site_report_asset = /** @type {(inputs: Site_Report_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asset`)
};

export const site_report_choose = /** @type {(inputs: Site_Report_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose…`)
};

export const site_report_choose_asset = /** @type {(inputs: Site_Report_Choose_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the asset.`)
};

export const site_report_choose_fault = /** @type {(inputs: Site_Report_Choose_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose what is wrong.`)
};

export const site_report_failed = /** @type {(inputs: Site_Report_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The report did not go through: ${i?.reason}`)
};

export const site_report_head = /** @type {(inputs: Site_Report_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Report a fault at ${i?.site}`)
};

export const site_report_here = /** @type {(inputs: Site_Report_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report`)
};

export const site_report_here_title = /** @type {(inputs: Site_Report_Here_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report a fault here`)
};

export const site_report_note = /** @type {(inputs: Site_Report_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const site_report_note_placeholder = /** @type {(inputs: Site_Report_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. left side, 3rd floor`)
};

export const site_report_optional = /** @type {(inputs: Site_Report_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(optional)`)
};

export const site_report_send = /** @type {(inputs: Site_Report_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report it`)
};

export const site_report_title = /** @type {(inputs: Site_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Report a fault`)
};

export const site_report_what = /** @type {(inputs: Site_Report_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What is wrong?`)
};

export const site_reported_merged = /** @type {(inputs: Site_Reported_MergedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Added to the open defect`)
};

export const site_reported_opened = /** @type {(inputs: Site_Reported_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reported`)
};

export const site_reported_what = /** @type {(inputs: Site_Reported_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} on ${i?.asset}`)
};

export const site_setup_link = /** @type {(inputs: Site_Setup_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set up`)
};

export const site_setup_title = /** @type {(inputs: Site_Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zones, assets, checkpoints, devices and hours of this site`)
};

export const site_times_in = /** @type {(inputs: Site_Times_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Times in ${i?.zone}`)
};

export const site_trend_chart = /** @type {(inputs: Site_Trend_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects opened and resolved per day at this site`)
};

export const site_trend_day = /** @type {(inputs: Site_Trend_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day`)
};

export const site_trend_opened = /** @type {(inputs: Site_Trend_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opened`)
};

export const site_trend_resolved = /** @type {(inputs: Site_Trend_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved`)
};

export const site_trend_table = /** @type {(inputs: Site_Trend_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show as a table`)
};

export const site_unknown_note = /** @type {(inputs: Site_Unknown_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown: its sensor is offline`)
};

export const site_zone_labels = /** @type {(inputs: Site_Zone_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR labels`)
};

export const site_zone_labels_title = /** @type {(inputs: Site_Zone_Labels_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Print the QR labels of ${i?.zone}`)
};

export const site_zone_unknown = /** @type {(inputs: Site_Zone_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} unknown`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} unknown`);
	return /** @type {LocalizedString} */ ("site_zone_unknown");
};

export const site_zone_with_defects = /** @type {(inputs: Site_Zone_With_DefectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} with defects`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} with defects`);
	return /** @type {LocalizedString} */ ("site_zone_with_defects");
};

export const site_zones = /** @type {(inputs: Site_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zones`)
};

export const sites_count = /** @type {(inputs: Sites_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} site`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} sites`);
	return /** @type {LocalizedString} */ ("sites_count");
};

export const status_amber = /** @type {(inputs: Status_AmberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open defects`)
};

export const status_green = /** @type {(inputs: Status_GreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All fine`)
};

export const status_red = /** @type {(inputs: Status_RedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Action needed`)
};

export const status_unknown = /** @type {(inputs: Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unknown`)
};

export const work_a_moment = /** @type {(inputs: Work_A_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a moment`)
};

export const work_acknowledge = /** @type {(inputs: Work_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acknowledge`)
};

export const work_acknowledged = /** @type {(inputs: Work_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acknowledged.`)
};

export const work_add_comment = /** @type {(inputs: Work_Add_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add comment`)
};

export const work_all_open = /** @type {(inputs: Work_All_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All open defects ›`)
};

export const work_assigned_to = /** @type {(inputs: Work_Assigned_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Assigned to ${i?.name}.`)
};

export const work_choose_assignee = /** @type {(inputs: Work_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose who should do it.`)
};

export const work_choose_due = /** @type {(inputs: Work_Choose_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the new due date and time.`)
};

export const work_comment = /** @type {(inputs: Work_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

export const work_comment_added = /** @type {(inputs: Work_Comment_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment added.`)
};

export const work_comment_first = /** @type {(inputs: Work_Comment_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write the comment first.`)
};

export const work_comment_on = /** @type {(inputs: Work_Comment_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comment on ${i?.asset}`)
};

export const work_comment_placeholder = /** @type {(inputs: Work_Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you saw or did`)
};

export const work_comment_too_long = /** @type {(inputs: Work_Comment_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A comment is at most 2,000 characters.`)
};

export const work_due_in = /** @type {(inputs: Work_Due_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`due in ${i?.span}`)
};

export const work_mine_heading = /** @type {(inputs: Work_Mine_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned to me and my team`)
};

export const work_mine_none = /** @type {(inputs: Work_Mine_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing assigned to you. Take one below.`)
};

export const work_nobody = /** @type {(inputs: Work_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nobody has it`)
};

export const work_note = /** @type {(inputs: Work_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note`)
};

export const work_notices_assigned_team = /** @type {(inputs: Work_Notices_Assigned_TeamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Assigned to your team (${i?.team})`)
};

export const work_notices_assigned_you = /** @type {(inputs: Work_Notices_Assigned_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Assigned to you`)
};

export const work_notices_attention = /** @type {(inputs: Work_Notices_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Needs attention`)
};

export const work_notices_empty = /** @type {(inputs: Work_Notices_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No notices yet. When a defect is assigned to you, or escalated to you, it shows here.`)
};

export const work_notices_escalated = /** @type {(inputs: Work_Notices_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escalated to you`)
};

export const work_notices_intro = /** @type {(inputs: Work_Notices_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Defects assigned to you or your team, escalated to you, or new ones that need a manager: newest first.`)
};

export const work_notices_mark_read = /** @type {(inputs: Work_Notices_Mark_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark read`)
};

export const work_notices_none_unread = /** @type {(inputs: Work_Notices_None_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing unread.`)
};

export const work_notices_not_personal = /** @type {(inputs: Work_Notices_Not_PersonalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notices are for people: this sign-in has no account of its own.`)
};

export const work_notices_read_all = /** @type {(inputs: Work_Notices_Read_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark all read`)
};

export const work_notices_tab = /** @type {(inputs: Work_Notices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Notices`)
};

export const work_notices_title = /** @type {(inputs: Work_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notices`)
};

export const work_notices_unread = /** @type {(inputs: Work_Notices_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unread`)
};

export const work_notices_unread_count = /** @type {(inputs: Work_Notices_Unread_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} unread.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} unread.`);
	return /** @type {LocalizedString} */ ("work_notices_unread_count");
};

export const work_notices_when_by = /** @type {(inputs: Work_Notices_When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} · by ${i?.by}`)
};

export const work_on_hold_done = /** @type {(inputs: Work_On_Hold_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put on hold.`)
};

export const work_on_hold_reason = /** @type {(inputs: Work_On_Hold_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`on hold: ${i?.reason}`)
};

export const work_open = /** @type {(inputs: Work_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open ›`)
};

export const work_open_heading = /** @type {(inputs: Work_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open at my sites`)
};

export const work_open_label = /** @type {(inputs: Work_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Open ${i?.fault} on ${i?.asset}: photos and history`)
};

export const work_open_none = /** @type {(inputs: Work_Open_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing else open. Every basic thing is fine.`)
};

export const work_overdue_by = /** @type {(inputs: Work_Overdue_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`overdue by ${i?.span}`)
};

export const work_reopened = /** @type {(inputs: Work_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopened.`)
};

export const work_resolve_it = /** @type {(inputs: Work_Resolve_ItInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve it`)
};

export const work_resolve_step = /** @type {(inputs: Work_Resolve_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve…`)
};

export const work_resolved = /** @type {(inputs: Work_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolved.`)
};

export const work_say_waiting = /** @type {(inputs: Work_Say_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Say what it is waiting for.`)
};

export const work_staff_take_only = /** @type {(inputs: Work_Staff_Take_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Staff may take a defect themselves; a manager assigns it to others.`)
};

export const work_tab = /** @type {(inputs: Work_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · My work`)
};

export const work_take = /** @type {(inputs: Work_TakeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I'll take it`)
};

export const work_title = /** @type {(inputs: Work_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My work`)
};

export const work_unassigned = /** @type {(inputs: Work_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unassigned.`)
};

export const work_undo = /** @type {(inputs: Work_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo`)
};

export const work_undone = /** @type {(inputs: Work_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve undone: it is as it was.`)
};

export const work_view_only = /** @type {(inputs: Work_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role may only view. Ask an admin if you need to act.`)
};

export const work_which_defect = /** @type {(inputs: Work_Which_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Which defect? Open it from the list and try again.`)
};

export const work_yours = /** @type {(inputs: Work_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yours`)
};

export const work_yours_now = /** @type {(inputs: Work_Yours_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is yours now.`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city} time`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};