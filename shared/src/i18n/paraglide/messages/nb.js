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
	return /** @type {LocalizedString} */ (`Lagre kontaktopplysninger`)
};

export const account_contact_taken = /** @type {(inputs: Account_Contact_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En annen konto har denne e-postadressen.`)
};

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

export const account_login_busy = /** @type {(inputs: Account_Login_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange innlogginger på en gang. Prøv igjen om et øyeblikk.`)
};

export const account_login_expired = /** @type {(inputs: Account_Login_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Økten din er avsluttet. Logg inn igjen for å fortsette.`)
};

export const account_login_locked = /** @type {(inputs: Account_Login_LockedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`For mange forsøk. Prøv igjen om ${i?.count} minutt.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`For mange forsøk. Prøv igjen om ${i?.count} minutter.`);
	return /** @type {LocalizedString} */ ("account_login_locked");
};

export const account_login_missing = /** @type {(inputs: Account_Login_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv inn brukernavn og passord.`)
};

export const account_login_no_account = /** @type {(inputs: Account_Login_No_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen konto? Spør en administrator av Bulb Check hos dere. Å melde et problem med en QR-kode krever ingen konto.`)
};

export const account_login_password = /** @type {(inputs: Account_Login_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passord`)
};

export const account_login_paste_token = /** @type {(inputs: Account_Login_Paste_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lim inn et token laget på siden Tokener.`)
};

export const account_login_screen = /** @type {(inputs: Account_Login_ScreenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En veggskjerm?`)
};

export const account_login_screen_submit = /** @type {(inputs: Account_Login_Screen_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis veggtavlen`)
};

export const account_login_screen_token = /** @type {(inputs: Account_Login_Screen_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lesertoken (en administrator lager et under Tokener)`)
};

export const account_login_submit = /** @type {(inputs: Account_Login_SubmitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logg inn`)
};

export const account_login_tab = /** @type {(inputs: Account_Login_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Logg inn`)
};

export const account_login_title = /** @type {(inputs: Account_Login_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logg inn`)
};

export const account_login_token_unknown = /** @type {(inputs: Account_Login_Token_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det tokenet er ukjent eller trukket tilbake.`)
};

export const account_login_unavailable = /** @type {(inputs: Account_Login_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjenesten svarer ikke. Prøv igjen.`)
};

export const account_login_username = /** @type {(inputs: Account_Login_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn`)
};

export const account_login_viewer_only = /** @type {(inputs: Account_Login_Viewer_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruk et systemtoken med rollen leser for en veggskjerm.`)
};

export const account_login_wrong = /** @type {(inputs: Account_Login_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil brukernavn eller passord.`)
};

export const account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const account_password = /** @type {(inputs: Account_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bytt passord`)
};

export const account_password_again = /** @type {(inputs: Account_Password_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt passord igjen`)
};

export const account_password_changed = /** @type {(inputs: Account_Password_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passordet er byttet. De andre øktene dine er logget ut og de personlige tokenene tilbakekalt.`)
};

export const account_password_current = /** @type {(inputs: Account_Password_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nåværende passord`)
};

export const account_password_differ = /** @type {(inputs: Account_Password_DifferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De to nye passordene er ulike.`)
};

export const account_password_enter_current = /** @type {(inputs: Account_Password_Enter_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv inn det nåværende passordet ditt.`)
};

export const account_password_explain = /** @type {(inputs: Account_Password_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du forblir innlogget her; de andre øktene dine avsluttes, og de personlige tokenene dine tilbakekalles.`)
};

export const account_password_min = /** @type {(inputs: Account_Password_MinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(minst 10 tegn)`)
};

export const account_password_new = /** @type {(inputs: Account_Password_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt passord`)
};

export const account_password_too_long = /** @type {(inputs: Account_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nye passordet kan ha høyst 200 tegn.`)
};

export const account_password_too_short = /** @type {(inputs: Account_Password_Too_ShortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nye passordet må ha minst 10 tegn.`)
};

export const account_password_wrong = /** @type {(inputs: Account_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nåværende passordet er feil.`)
};

export const account_reach = /** @type {(inputs: Account_ReachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvordan du nås`)
};

export const account_reach_explain = /** @type {(inputs: Account_Reach_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Når et avvik tildeles deg, får du beskjed her i dashbordet, og på e-post der serveren kan sende det.`)
};

export const account_role = /** @type {(inputs: Account_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rolle`)
};

export const account_saved = /** @type {(inputs: Account_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagret.`)
};

export const account_sites = /** @type {(inputs: Account_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const account_title = /** @type {(inputs: Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Din konto`)
};

export const account_token_copy = /** @type {(inputs: Account_Token_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopier det nå: det vises ikke igjen.`)
};

export const account_token_create = /** @type {(inputs: Account_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lag token`)
};

export const account_token_name = /** @type {(inputs: Account_Token_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn på token`)
};

export const account_token_name_missing = /** @type {(inputs: Account_Token_Name_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi tokenet et navn (opptil 80 tegn).`)
};

export const account_token_new = /** @type {(inputs: Account_Token_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nytt token «${i?.name}»`)
};

export const account_token_none = /** @type {(inputs: Account_Token_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen tokener ennå.`)
};

export const account_token_placeholder = /** @type {(inputs: Account_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. rapportskript`)
};

export const account_token_revoke = /** @type {(inputs: Account_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbakekall`)
};

export const account_token_revoked = /** @type {(inputs: Account_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tokenet er tilbakekalt: det virker ikke lenger.`)
};

export const account_token_revoked_hidden = /** @type {(inputs: Account_Token_Revoked_HiddenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} tilbakekalt token vises ikke.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} tilbakekalte tokener vises ikke.`);
	return /** @type {LocalizedString} */ ("account_token_revoked_hidden");
};

export const account_token_times = /** @type {(inputs: Account_Token_TimesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`laget ${i?.created} · sist brukt ${i?.used}`)
};

export const account_token_which = /** @type {(inputs: Account_Token_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket token? Last inn siden på nytt og prøv igjen.`)
};

export const account_tokens = /** @type {(inputs: Account_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personlige API-tokener`)
};

export const account_tokens_explain = /** @type {(inputs: Account_Tokens_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For skript og integrasjoner: et token handler som deg, med din rolle og dine steder. Det vises én gang; ta vare på det som et passord, og tilbakekall det når det ikke trengs lenger.`)
};

export const account_username = /** @type {(inputs: Account_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn`)
};

export const admin_access_all_is = /** @type {(inputs: Admin_Access_All_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} for alle steder, nå og senere: ${i?.does}.`)
};

export const admin_access_all_will = /** @type {(inputs: Admin_Access_All_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} for alle steder, nå og senere: ${i?.does}.`)
};

export const admin_access_at_is = /** @type {(inputs: Admin_Access_At_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} ved ${i?.sites}: ${i?.does}.`)
};

export const admin_access_at_will = /** @type {(inputs: Admin_Access_At_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} ved ${i?.sites}: ${i?.does}.`)
};

export const admin_access_none_is = /** @type {(inputs: Admin_Access_None_IsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} er ${i?.role} for ingen steder ennå: kryss av minst ett, eller velg alle steder.`)
};

export const admin_access_none_will = /** @type {(inputs: Admin_Access_None_WillInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.who} blir ${i?.role} for ingen steder ennå: kryss av minst ett, eller velg alle steder.`)
};

export const admin_access_title = /** @type {(inputs: Admin_Access_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilgang`)
};

export const admin_accounts_count = /** @type {(inputs: Admin_Accounts_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} konto`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kontoer`);
	return /** @type {LocalizedString} */ ("admin_accounts_count");
};

export const admin_action_asset_delete = /** @type {(inputs: Admin_Action_Asset_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr slettet`)
};

export const admin_action_asset_restore = /** @type {(inputs: Admin_Action_Asset_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr gjenopprettet`)
};

export const admin_action_asset_retire = /** @type {(inputs: Admin_Action_Asset_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr pensjonert`)
};

export const admin_action_asset_revoke_report_key = /** @type {(inputs: Admin_Action_Asset_Revoke_Report_KeyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-koden til utstyr erstattet`)
};

export const admin_action_asset_update = /** @type {(inputs: Admin_Action_Asset_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr endret`)
};

export const admin_action_assignment_rule_create = /** @type {(inputs: Admin_Action_Assignment_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregel lagt til`)
};

export const admin_action_assignment_rule_delete = /** @type {(inputs: Admin_Action_Assignment_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregel slettet`)
};

export const admin_action_channel_create = /** @type {(inputs: Admin_Action_Channel_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal lagt til`)
};

export const admin_action_channel_delete = /** @type {(inputs: Admin_Action_Channel_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal slettet`)
};

export const admin_action_channel_read_secret = /** @type {(inputs: Admin_Action_Channel_Read_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalens signeringshemmelighet lest`)
};

export const admin_action_channel_rotate_secret = /** @type {(inputs: Admin_Action_Channel_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal fikk ny signeringshemmelighet`)
};

export const admin_action_channel_test = /** @type {(inputs: Admin_Action_Channel_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Testmelding sendt til en kanal`)
};

export const admin_action_channel_update = /** @type {(inputs: Admin_Action_Channel_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal endret`)
};

export const admin_action_checkpoint_delete = /** @type {(inputs: Admin_Action_Checkpoint_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekkpunkt slettet`)
};

export const admin_action_checkpoint_restore = /** @type {(inputs: Admin_Action_Checkpoint_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekkpunkt gjenopprettet`)
};

export const admin_action_checkpoint_retire = /** @type {(inputs: Admin_Action_Checkpoint_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekkpunkt pensjonert`)
};

export const admin_action_checkpoint_update = /** @type {(inputs: Admin_Action_Checkpoint_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekkpunkt endret`)
};

export const admin_action_defect_acknowledge = /** @type {(inputs: Admin_Action_Defect_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik kvittert`)
};

export const admin_action_defect_assign = /** @type {(inputs: Admin_Action_Defect_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik tildelt`)
};

export const admin_action_defect_comment = /** @type {(inputs: Admin_Action_Defect_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notat lagt til et avvik`)
};

export const admin_action_defect_hold = /** @type {(inputs: Admin_Action_Defect_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik satt på vent`)
};

export const admin_action_defect_photo = /** @type {(inputs: Admin_Action_Defect_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilde lagt til et avvik`)
};

export const admin_action_defect_reopen = /** @type {(inputs: Admin_Action_Defect_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik gjenåpnet`)
};

export const admin_action_defect_report = /** @type {(inputs: Admin_Action_Defect_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik meldt`)
};

export const admin_action_defect_resolve = /** @type {(inputs: Admin_Action_Defect_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik løst`)
};

export const admin_action_delivery_retry = /** @type {(inputs: Admin_Action_Delivery_RetryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varsel sendt på nytt`)
};

export const admin_action_demo_remove = /** @type {(inputs: Admin_Action_Demo_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fjerning av demoen startet`)
};

export const admin_action_demo_removed = /** @type {(inputs: Admin_Action_Demo_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demoen fjernet`)
};

export const admin_action_device_delete = /** @type {(inputs: Admin_Action_Device_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet slettet`)
};

export const admin_action_device_restore = /** @type {(inputs: Admin_Action_Device_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbaketrukket enhet gjenopprettet`)
};

export const admin_action_device_retire = /** @type {(inputs: Admin_Action_Device_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet pensjonert`)
};

export const admin_action_device_revoke = /** @type {(inputs: Admin_Action_Device_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet trukket tilbake`)
};

export const admin_action_device_rotate_secret = /** @type {(inputs: Admin_Action_Device_Rotate_SecretInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet fikk ny hemmelighet`)
};

export const admin_action_device_update = /** @type {(inputs: Admin_Action_Device_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet endret`)
};

export const admin_action_fleet_import = /** @type {(inputs: Admin_Action_Fleet_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flåte importert fra fil`)
};

export const admin_action_fleet_provision = /** @type {(inputs: Admin_Action_Fleet_ProvisionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flåtedokument tatt i bruk`)
};

export const admin_action_notify_default_attention = /** @type {(inputs: Admin_Action_Notify_Default_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Standardvarsler satt opp`)
};

export const admin_action_report_subscribe = /** @type {(inputs: Admin_Action_Report_SubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport satt opp`)
};

export const admin_action_report_unsubscribe = /** @type {(inputs: Admin_Action_Report_UnsubscribeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport stoppet`)
};

export const admin_action_report_update = /** @type {(inputs: Admin_Action_Report_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig rapport endret`)
};

export const admin_action_rule_create = /** @type {(inputs: Admin_Action_Rule_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varslingsregel lagt til`)
};

export const admin_action_rule_delete = /** @type {(inputs: Admin_Action_Rule_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varslingsregel slettet`)
};

export const admin_action_rule_update = /** @type {(inputs: Admin_Action_Rule_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varslingsregel endret`)
};

export const admin_action_session_lockout = /** @type {(inputs: Admin_Action_Session_LockoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Låst ute etter mislykkede innlogginger`)
};

export const admin_action_session_sign_in = /** @type {(inputs: Admin_Action_Session_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logget inn`)
};

export const admin_action_session_sign_out = /** @type {(inputs: Admin_Action_Session_Sign_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logget ut`)
};

export const admin_action_site_delete = /** @type {(inputs: Admin_Action_Site_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted slettet`)
};

export const admin_action_site_restore = /** @type {(inputs: Admin_Action_Site_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted gjenopprettet`)
};

export const admin_action_site_retire = /** @type {(inputs: Admin_Action_Site_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted pensjonert`)
};

export const admin_action_site_update = /** @type {(inputs: Admin_Action_Site_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted endret`)
};

export const admin_action_token_create = /** @type {(inputs: Admin_Action_Token_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøkkel laget`)
};

export const admin_action_token_revoke = /** @type {(inputs: Admin_Action_Token_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøkkel trukket tilbake`)
};

export const admin_action_user_change_password = /** @type {(inputs: Admin_Action_User_Change_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passord endret`)
};

export const admin_action_user_contact = /** @type {(inputs: Admin_Action_User_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontaktopplysninger endret`)
};

export const admin_action_user_create = /** @type {(inputs: Admin_Action_User_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruker lagt til`)
};

export const admin_action_user_disable = /** @type {(inputs: Admin_Action_User_DisableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruker deaktivert`)
};

export const admin_action_user_language = /** @type {(inputs: Admin_Action_User_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk endret`)
};

export const admin_action_user_unlock = /** @type {(inputs: Admin_Action_User_UnlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruker låst opp`)
};

export const admin_action_user_update = /** @type {(inputs: Admin_Action_User_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruker endret`)
};

export const admin_action_zone_delete = /** @type {(inputs: Admin_Action_Zone_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone slettet`)
};

export const admin_action_zone_restore = /** @type {(inputs: Admin_Action_Zone_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone gjenopprettet`)
};

export const admin_action_zone_retire = /** @type {(inputs: Admin_Action_Zone_RetireInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone pensjonert`)
};

export const admin_action_zone_update = /** @type {(inputs: Admin_Action_Zone_UpdateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone endret`)
};

export const admin_actor_api = /** @type {(inputs: Admin_Actor_ApiInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-et, uten innlogget person`)
};

export const admin_actor_environment = /** @type {(inputs: Admin_Actor_EnvironmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratornøkkelen fra BULBCHECK_ADMIN_TOKEN`)
};

export const admin_actor_generated = /** @type {(inputs: Admin_Actor_GeneratedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratornøkkelen laget ved første start`)
};

export const admin_actor_system = /** @type {(inputs: Admin_Actor_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check selv`)
};

export const admin_addresses = /** @type {(inputs: Admin_AddressesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresser (komma eller mellomrom mellom)`)
};

export const admin_admins_own = /** @type {(inputs: Admin_Admins_OwnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`administratorenes`)
};

export const admin_admins_see_all = /** @type {(inputs: Admin_Admins_See_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administratorer ser alltid alle steder.`)
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
	return /** @type {LocalizedString} */ (`Hver endring gjort gjennom API-et: oppsett, kvitteringer, løsninger, enheter, brukere og nøkler. Tider i UTC.`)
};

export const admin_audit_title = /** @type {(inputs: Admin_Audit_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisjonslogg`)
};

export const admin_back_office = /** @type {(inputs: Admin_Back_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bakrom`)
};

export const admin_channel_changed = /** @type {(inputs: Admin_Channel_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen er endret.`)
};

export const admin_channel_created = /** @type {(inputs: Admin_Channel_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kanalen «${i?.name}» er opprettet.`)
};

export const admin_channel_deleted = /** @type {(inputs: Admin_Channel_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanalen er slettet.`)
};

export const admin_channel_n = /** @type {(inputs: Admin_Channel_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kanal ${i?.id}`)
};

export const admin_channel_placeholder = /** @type {(inputs: Admin_Channel_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. nattevakter i Oslo`)
};

export const admin_channels_title = /** @type {(inputs: Admin_Channels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanaler`)
};

export const admin_choose_kind = /** @type {(inputs: Admin_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg en type.`)
};

export const admin_choose_role = /** @type {(inputs: Admin_Choose_RoleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg en rolle.`)
};

export const admin_col_attempts = /** @type {(inputs: Admin_Col_AttemptsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forsøk`)
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
	return /** @type {LocalizedString} */ (`Siste svar`)
};

export const admin_col_last_sent = /** @type {(inputs: Admin_Col_Last_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sist sendt`)
};

export const admin_col_last_sign_in = /** @type {(inputs: Admin_Col_Last_Sign_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siste innlogging`)
};

export const admin_col_last_used = /** @type {(inputs: Admin_Col_Last_UsedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sist brukt`)
};

export const admin_col_levels = /** @type {(inputs: Admin_Col_LevelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nivåer`)
};

export const admin_col_name = /** @type {(inputs: Admin_Col_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const admin_col_on = /** @type {(inputs: Admin_Col_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjelder`)
};

export const admin_col_owner = /** @type {(inputs: Admin_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eier`)
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
	return /** @type {LocalizedString} */ (`Tar`)
};

export const admin_col_to = /** @type {(inputs: Admin_Col_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const admin_col_username = /** @type {(inputs: Admin_Col_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn`)
};

export const admin_col_what = /** @type {(inputs: Admin_Col_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva`)
};

export const admin_col_when = /** @type {(inputs: Admin_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Når`)
};

export const admin_col_who = /** @type {(inputs: Admin_Col_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem`)
};

export const admin_contact_intro = /** @type {(inputs: Admin_Contact_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der ${i?.name} får beskjed om det som tildeles dem. Tomt fjerner det.`)
};

export const admin_contact_title = /** @type {(inputs: Admin_Contact_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post og telefon`)
};

export const admin_copied = /** @type {(inputs: Admin_CopiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiert`)
};

export const admin_copy = /** @type {(inputs: Admin_CopyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopier`)
};

export const admin_copy_not_allowed = /** @type {(inputs: Admin_Copy_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopiering er ikke tillatt her: teksten er merket, kopier den med tastaturet.`)
};

export const admin_create_channel = /** @type {(inputs: Admin_Create_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett kanal`)
};

export const admin_create_rule = /** @type {(inputs: Admin_Create_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett regel`)
};

export const admin_create_token = /** @type {(inputs: Admin_Create_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett nøkkel`)
};

export const admin_create_user = /** @type {(inputs: Admin_Create_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett bruker`)
};

export const admin_created = /** @type {(inputs: Admin_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprettet`)
};

export const admin_customer_visible = /** @type {(inputs: Admin_Customer_VisibleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`synlig for kunder`)
};

export const admin_delete = /** @type {(inputs: Admin_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett`)
};

export const admin_delete_channel = /** @type {(inputs: Admin_Delete_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett kanal`)
};

export const admin_delete_channel_explain = /** @type {(inputs: Admin_Delete_Channel_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveringsloggen forsvinner også. En kanal som en regel eller rapport bruker, kan ikke slettes.`)
};

export const admin_deliveries_intro = /** @type {(inputs: Admin_Deliveries_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver melding, nyeste først; tider i UTC. Mislykkede prøves igjen med stadig lengre pauser i et døgn; en usikker ble brutt midt i sendingen til et chatterom, som ikke kan se bort fra en gjentakelse, så den venter på deg.`)
};

export const admin_delivery_log = /** @type {(inputs: Admin_Delivery_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leveringslogg`)
};

export const admin_delivery_retried = /** @type {(inputs: Admin_Delivery_RetriedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Levering ${i?.id}: ${i?.state}.`)
};

export const admin_disable = /** @type {(inputs: Admin_DisableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deaktiver ${i?.username}`)
};

export const admin_disable_explain = /** @type {(inputs: Admin_Disable_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} logges ut med en gang og kan ikke logge inn; de personlige nøklene trekkes tilbake for godt. Du kan aktivere kontoen igjen: da logger de inn på nytt og lager nye nøkler.`)
};

export const admin_disable_summary = /** @type {(inputs: Admin_Disable_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deaktiver denne kontoen …`)
};

export const admin_disabled_done = /** @type {(inputs: Admin_Disabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deaktivert: de er logget ut, de personlige nøklene er trukket tilbake, og de kan ikke logge inn.`)
};

export const admin_disabled_since = /** @type {(inputs: Admin_Disabled_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`deaktivert siden ${i?.when}`)
};

export const admin_display_name = /** @type {(inputs: Admin_Display_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnavn`)
};

export const admin_display_name_wrong = /** @type {(inputs: Admin_Display_Name_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Visningsnavnet er 1 til 80 tegn.`)
};

export const admin_does_admin = /** @type {(inputs: Admin_Does_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gjør alt, også anlegg, personer og nøkler`)
};

export const admin_does_manager_many = /** @type {(inputs: Admin_Does_Manager_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og avvik, melder, kvitterer og løser dem, og tar seg av deres enheter, QR-koder og varsler`)
};

export const admin_does_manager_one = /** @type {(inputs: Admin_Does_Manager_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og avvik, melder, kvitterer og løser dem, og tar seg av dens enheter, QR-koder og varsler`)
};

export const admin_does_staff_many = /** @type {(inputs: Admin_Does_Staff_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og avvik, melder, kvitterer og løser dem`)
};

export const admin_does_staff_one = /** @type {(inputs: Admin_Does_Staff_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og avvik, melder, kvitterer og løser dem`)
};

export const admin_does_viewer_many = /** @type {(inputs: Admin_Does_Viewer_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser deres tavler og avvik`)
};

export const admin_does_viewer_one = /** @type {(inputs: Admin_Does_Viewer_OneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser dens tavler og avvik`)
};

export const admin_eg = /** @type {(inputs: Admin_EgInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`f.eks. ${i?.example}`)
};

export const admin_email = /** @type {(inputs: Admin_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const admin_email_optional = /** @type {(inputs: Admin_Email_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfritt: får beskjed om det som tildeles dem)`)
};

export const admin_email_wrong = /** @type {(inputs: Admin_Email_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv en e-postadresse som kari@example.com, eller la feltet stå tomt.`)
};

export const admin_enable = /** @type {(inputs: Admin_EnableInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aktiver ${i?.username}`)
};

export const admin_enabled_done = /** @type {(inputs: Admin_Enabled_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aktivert: de kan logge inn igjen.`)
};

export const admin_every_defect = /** @type {(inputs: Admin_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle avvik`)
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
	return /** @type {LocalizedString} */ (`Oppgi minst én e-postadresse.`)
};

export const admin_give_url = /** @type {(inputs: Admin_Give_UrlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppgi webhookens URL.`)
};

export const admin_held_from = /** @type {(inputs: Admin_Held_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Holdt tilbake etter mislykkede innlogginger fra:`)
};

export const admin_held_hint = /** @type {(inputs: Admin_Held_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Var det dem, lås dem opp; hvis ikke, prøver noen å gjette passordet derfra.`)
};

export const admin_held_intro = /** @type {(inputs: Admin_Held_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange mislykkede innlogginger kom herfra, uansett brukernavn: ingen logger inn herfra før tidspunktet som vises.`)
};

export const admin_held_line = /** @type {(inputs: Admin_Held_LineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} mislykket · til ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} mislykkede · til ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_held_line");
};

export const admin_held_title = /** @type {(inputs: Admin_Held_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Holdte adresser`)
};

export const admin_help_admin = /** @type {(inputs: Admin_Help_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alt, også personer og nøkler`)
};

export const admin_help_manager = /** @type {(inputs: Admin_Help_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`også enheter og QR-koder`)
};

export const admin_help_staff = /** @type {(inputs: Admin_Help_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`melder, kvitterer og løser også`)
};

export const admin_help_viewer = /** @type {(inputs: Admin_Help_ViewerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ser tavler og avvik`)
};

export const admin_hint_chat = /** @type {(inputs: Admin_Hint_ChatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lim inn URL-en for innkommende webhook som rommet ga deg: den er rommets nøkkel og vises bare for administratorer.`)
};

export const admin_hint_email = /** @type {(inputs: Admin_Hint_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendes gjennom SMTP-serveren i innstillingene.`)
};

export const admin_hint_webhook = /** @type {(inputs: Admin_Hint_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver forespørsel signeres med en hemmelighet som vises én gang etter opprettelsen (dokumentasjon: notifications).`)
};

export const admin_initial_password = /** @type {(inputs: Admin_Initial_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Første passord`)
};

export const admin_it_said = /** @type {(inputs: Admin_It_SaidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`den svarte: «${i?.answer}»`)
};

export const admin_kind_email = /** @type {(inputs: Admin_Kind_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const admin_kind_in_app = /** @type {(inputs: Admin_Kind_In_AppInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger i appen`)
};

export const admin_kind_webhook = /** @type {(inputs: Admin_Kind_WebhookInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Webhook (signert JSON)`)
};

export const admin_level_line = /** @type {(inputs: Admin_Level_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`etter ${i?.minutes} min:`)
};

export const admin_level_minutes = /** @type {(inputs: Admin_Level_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}: minuttene må være 0 eller flere.`)
};

export const admin_level_n = /** @type {(inputs: Admin_Level_NInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}`)
};

export const admin_list_and = /** @type {(inputs: Admin_List_AndInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} og ${i?.last}`)
};

export const admin_locked_from = /** @type {(inputs: Admin_Locked_FromInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`utestengt fra ${i?.count} adresse til ${i?.until}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`utestengt fra ${i?.count} adresser til ${i?.until}`);
	return /** @type {LocalizedString} */ ("admin_locked_from");
};

export const admin_locked_intro = /** @type {(inputs: Admin_Locked_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange mislykkede innlogginger med disse brukernavnene: de kan ikke logge inn derfra før tidspunktet som vises. Var det dem, lås dem opp; hvis ikke, prøver noen å gjette passordet.`)
};

export const admin_locked_title = /** @type {(inputs: Admin_Locked_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utestengt`)
};

export const admin_name_channel = /** @type {(inputs: Admin_Name_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi kanalen et navn.`)
};

export const admin_name_report = /** @type {(inputs: Admin_Name_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi rapporten et navn.`)
};

export const admin_name_role_sites = /** @type {(inputs: Admin_Name_Role_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn, rolle og steder`)
};

export const admin_name_rule = /** @type {(inputs: Admin_Name_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi regelen et navn.`)
};

export const admin_name_the_token = /** @type {(inputs: Admin_Name_The_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi nøkkelen et navn (opptil 80 tegn).`)
};

export const admin_never = /** @type {(inputs: Admin_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldri`)
};

export const admin_new_channel = /** @type {(inputs: Admin_New_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny kanal`)
};

export const admin_new_password = /** @type {(inputs: Admin_New_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt passord`)
};

export const admin_new_rule = /** @type {(inputs: Admin_New_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const admin_new_system_token = /** @type {(inputs: Admin_New_System_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny systemnøkkel`)
};

export const admin_new_token_label = /** @type {(inputs: Admin_New_Token_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny nøkkel «${i?.name}»`)
};

export const admin_new_token_warning = /** @type {(inputs: Admin_New_Token_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kopier den nå og gi den videre på en trygg måte: den vises ikke igjen.`)
};

export const admin_new_user = /** @type {(inputs: Admin_New_UserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny bruker`)
};

export const admin_new_user_who = /** @type {(inputs: Admin_New_User_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nye brukeren`)
};

export const admin_next_attempt = /** @type {(inputs: Admin_Next_AttemptInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`neste ${i?.when}`)
};

export const admin_no_channels = /** @type {(inputs: Admin_No_ChannelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen kanaler ennå.`)
};

export const admin_no_channels_manager = /** @type {(inputs: Admin_No_Channels_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen kanaler ennå: en administrator setter dem opp.`)
};

export const admin_no_reports = /** @type {(inputs: Admin_No_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen får den daglige rapporten ennå.`)
};

export const admin_no_rules = /** @type {(inputs: Admin_No_RulesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen regler: ingen får beskjed om nye avvik.`)
};

export const admin_no_such_user = /** @type {(inputs: Admin_No_Such_UserInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ingen slik bruker: ingen konto har id ${i?.id}. Velg en fra listen over brukere.`)
};

export const admin_no_tokens = /** @type {(inputs: Admin_No_TokensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen nøkler.`)
};

export const admin_none = /** @type {(inputs: Admin_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const admin_not_held = /** @type {(inputs: Admin_Not_HeldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke holdt tilbake: ingen mislykkede innlogginger over grensen.`)
};

export const admin_nothing_sent = /** @type {(inputs: Admin_Nothing_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting sendt ennå.`)
};

export const admin_nothing_yet = /** @type {(inputs: Admin_Nothing_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting ennå.`)
};

export const admin_notif_intro = /** @type {(inputs: Admin_Notif_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rett person får høre om noe grunnleggende som svikter før en kunde gjør det; et avvik ingen kvitterer for, går videre til neste nivå.`)
};

export const admin_notif_manager = /** @type {(inputs: Admin_Notif_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du styrer reglene og rapportene for dine steder; administratorer setter opp kanaler.`)
};

export const admin_notif_title = /** @type {(inputs: Admin_Notif_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varsler`)
};

export const admin_off = /** @type {(inputs: Admin_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av`)
};

export const admin_older = /** @type {(inputs: Admin_OlderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eldre ›`)
};

export const admin_on = /** @type {(inputs: Admin_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på`)
};

export const admin_optional = /** @type {(inputs: Admin_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfritt)`)
};

export const admin_owner_system = /** @type {(inputs: Admin_Owner_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const admin_password_help = /** @type {(inputs: Admin_Password_HelpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`10 tegn eller flere; si det til dem i enerom`)
};

export const admin_password_set = /** @type {(inputs: Admin_Password_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passordet er satt. Øktene og de personlige nøklene deres er avsluttet; si det nye passordet til dem i enerom.`)
};

export const admin_password_wrong = /** @type {(inputs: Admin_Password_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passord: 10 til 200 tegn.`)
};

export const admin_phone = /** @type {(inputs: Admin_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const admin_phone_wrong = /** @type {(inputs: Admin_Phone_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv et telefonnummer som +47 912 34 567, eller la feltet stå tomt.`)
};

export const admin_picker_all = /** @type {(inputs: Admin_Picker_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const admin_picker_none = /** @type {(inputs: Admin_Picker_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder ennå.`)
};

export const admin_picker_sites = /** @type {(inputs: Admin_Picker_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder`)
};

export const admin_picker_some = /** @type {(inputs: Admin_Picker_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare disse stedene:`)
};

export const admin_quiet_both = /** @type {(inputs: Admin_Quiet_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stille timer trenger både start og slutt.`)
};

export const admin_quiet_not = /** @type {(inputs: Admin_Quiet_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(ikke ${i?.severities})`)
};

export const admin_report_ended = /** @type {(inputs: Admin_Report_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den daglige rapporten er stoppet.`)
};

export const admin_report_hour = /** @type {(inputs: Admin_Report_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klokken (lokal time)`)
};

export const admin_report_placeholder = /** @type {(inputs: Admin_Report_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. Oslo-morgener`)
};

export const admin_report_set_up = /** @type {(inputs: Admin_Report_Set_UpInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport «${i?.name}» er satt opp.`)
};

export const admin_report_sites_admin = /** @type {(inputs: Admin_Report_Sites_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder (ingen avkrysset: alle steder, i én rapport)`)
};

export const admin_report_sites_manager = /** @type {(inputs: Admin_Report_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder (én rapport for de avkryssede)`)
};

export const admin_reports_intro_before = /** @type {(inputs: Admin_Reports_Intro_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver morgen: hva som sviktet i går, hva som fortsatt er åpent og hvor lenge, forsinkede kontroller, hvem som fant avvikene først. Også på`)
};

export const admin_reports_page_link = /** @type {(inputs: Admin_Reports_Page_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`siden for daglig rapport`)
};

export const admin_reports_title = /** @type {(inputs: Admin_Reports_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Daglig pærerapport`)
};

export const admin_reset_password = /** @type {(inputs: Admin_Reset_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbakestill passord`)
};

export const admin_revoke = /** @type {(inputs: Admin_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake`)
};

export const admin_revoked_at = /** @type {(inputs: Admin_Revoked_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`trukket tilbake ${i?.when}`)
};

export const admin_rf_after = /** @type {(inputs: Admin_Rf_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`etter`)
};

export const admin_rf_category = /** @type {(inputs: Admin_Rf_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const admin_rf_customers_see = /** @type {(inputs: Admin_Rf_Customers_SeeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kunder ser det`)
};

export const admin_rf_either = /** @type {(inputs: Admin_Rf_EitherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`begge deler`)
};

export const admin_rf_found_by = /** @type {(inputs: Admin_Rf_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet av`)
};

export const admin_rf_from = /** @type {(inputs: Admin_Rf_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fra`)
};

export const admin_rf_level = /** @type {(inputs: Admin_Rf_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level}`)
};

export const admin_rf_level_optional = /** @type {(inputs: Admin_Rf_Level_OptionalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level} (valgfritt)`)
};

export const admin_rf_min_no_ack = /** @type {(inputs: Admin_Rf_Min_No_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min uten kvittering`)
};

export const admin_rf_min_opening = /** @type {(inputs: Admin_Rf_Min_OpeningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`min fra åpning`)
};

export const admin_rf_no = /** @type {(inputs: Admin_Rf_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nei`)
};

export const admin_rf_quiet = /** @type {(inputs: Admin_Rf_QuietInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stille timer (stedets tid; la stå tomt for ingen)`)
};

export const admin_rf_regional = /** @type {(inputs: Admin_Rf_RegionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regionleder`)
};

export const admin_rf_severity = /** @type {(inputs: Admin_Rf_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet (ingen avkrysset: alle)`)
};

export const admin_rf_site_manager = /** @type {(inputs: Admin_Rf_Site_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedsleder`)
};

export const admin_rf_staff = /** @type {(inputs: Admin_Rf_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansatte`)
};

export const admin_rf_still_send = /** @type {(inputs: Admin_Rf_Still_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`send likevel:`)
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
	return /** @type {LocalizedString} */ (`Regelen er endret.`)
};

export const admin_rule_created = /** @type {(inputs: Admin_Rule_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regelen «${i?.name}» er opprettet.`)
};

export const admin_rule_deleted = /** @type {(inputs: Admin_Rule_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regelen er slettet.`)
};

export const admin_rule_for = /** @type {(inputs: Admin_Rule_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`For ${i?.site}. Eskaleringer som pågår, følger de endrede nivåene fra neste trinn.`)
};

export const admin_rule_head = /** @type {(inputs: Admin_Rule_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regel ${i?.name}`)
};

export const admin_rule_off = /** @type {(inputs: Admin_Rule_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(av)`)
};

export const admin_rule_on = /** @type {(inputs: Admin_Rule_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`På`)
};

export const admin_rule_placeholder = /** @type {(inputs: Admin_Rule_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. lys om natten`)
};

export const admin_rule_title = /** @type {(inputs: Admin_Rule_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Regel «${i?.name}»`)
};

export const admin_rules_intro = /** @type {(inputs: Admin_Rules_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En regel tar avvikene som passerer alle filtrene. Nivå 1 hører først; hvert neste nivå etter sine minutter hvis ingen har kvittert. Stille timer holder et trinn tilbake til de er over, i stedets tidssone.`)
};

export const admin_rules_title = /** @type {(inputs: Admin_Rules_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regler og eskalering`)
};

export const admin_save = /** @type {(inputs: Admin_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre`)
};

export const admin_save_contact = /** @type {(inputs: Admin_Save_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre kontaktopplysninger`)
};

export const admin_save_rule = /** @type {(inputs: Admin_Save_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre regel`)
};

export const admin_saved = /** @type {(inputs: Admin_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagret.`)
};

export const admin_secret_label = /** @type {(inputs: Admin_Secret_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Signeringshemmelighet for «${i?.name}»`)
};

export const admin_secret_warning = /** @type {(inputs: Admin_Secret_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi den til den som drifter mottakeren: den bekrefter headeren X-BulbCheck-Signature. Administratorer kan lese den igjen senere.`)
};

export const admin_send_again = /** @type {(inputs: Admin_Send_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send igjen`)
};

export const admin_send_report = /** @type {(inputs: Admin_Send_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send den daglige rapporten`)
};

export const admin_send_test = /** @type {(inputs: Admin_Send_TestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send en test`)
};

export const admin_set_password = /** @type {(inputs: Admin_Set_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett passord`)
};

export const admin_set_up_report = /** @type {(inputs: Admin_Set_Up_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett opp rapporten`)
};

export const admin_show = /** @type {(inputs: Admin_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const admin_show_revoked = /** @type {(inputs: Admin_Show_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis tilbaketrukne nøkler`)
};

export const admin_sign_in_title = /** @type {(inputs: Admin_Sign_In_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innlogging`)
};

export const admin_signed = /** @type {(inputs: Admin_SignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signert`)
};

export const admin_state_active = /** @type {(inputs: Admin_State_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aktiv`)
};

export const admin_state_disabled = /** @type {(inputs: Admin_State_DisabledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`deaktivert ${i?.when}`)
};

export const admin_state_failed = /** @type {(inputs: Admin_State_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mislyktes`)
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
	return /** @type {LocalizedString} */ (`Stopp`)
};

export const admin_summary_report = /** @type {(inputs: Admin_Summary_ReportInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Daglig rapport for ${i?.day} (${i?.subscription})`)
};

export const admin_summary_step = /** @type {(inputs: Admin_Summary_StepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nivå ${i?.level} (${i?.levelName}) av «${i?.rule}»: avvik #${i?.defect}`)
};

export const admin_summary_test = /** @type {(inputs: Admin_Summary_TestInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testmelding til ${i?.channel}`)
};

export const admin_ten_plus = /** @type {(inputs: Admin_Ten_PlusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(10+ tegn)`)
};

export const admin_test_failed = /** @type {(inputs: Admin_Test_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Testen til «${i?.name}» mislyktes: ${i?.reason}. Sjekk kanalens adresse og at mottakeren kjører, og send en ny test.`)
};

export const admin_test_sent = /** @type {(inputs: Admin_Test_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Test sendt til «${i?.name}» (${i?.status}).`)
};

export const admin_this_is_you = /** @type {(inputs: Admin_This_Is_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er deg: en annen administrator kan deaktivere kontoen din.`)
};

export const admin_tick_a_site = /** @type {(inputs: Admin_Tick_A_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryss av minst ett sted, eller velg alle steder.`)
};

export const admin_tick_channel = /** @type {(inputs: Admin_Tick_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryss av minst én kanal.`)
};

export const admin_tick_first_level = /** @type {(inputs: Admin_Tick_First_LevelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryss av minst én kanal for første nivå.`)
};

export const admin_time_zone = /** @type {(inputs: Admin_Time_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidssone`)
};

export const admin_token_placeholder = /** @type {(inputs: Admin_Token_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. veggskjerm i lobbyen`)
};

export const admin_token_revoked = /** @type {(inputs: Admin_Token_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nøkkelen er trukket tilbake: den virker ikke lenger.`)
};

export const admin_tokens_intro = /** @type {(inputs: Admin_Tokens_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Systemnøkler er for kiosker, skript og integrasjoner: hver har sin egen rolle og sine egne steder. Personlige nøkler handler som brukeren som laget dem (på Konto-siden) og vises her så de kan trekkes tilbake.`)
};

export const admin_tokens_title = /** @type {(inputs: Admin_Tokens_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`API-nøkler`)
};

export const admin_turn_off = /** @type {(inputs: Admin_Turn_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slå av`)
};

export const admin_turn_on = /** @type {(inputs: Admin_Turn_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slå på`)
};

export const admin_unlock = /** @type {(inputs: Admin_UnlockInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lås opp ${i?.username}`)
};

export const admin_unlock_nothing = /** @type {(inputs: Admin_Unlock_NothingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ingenting holdt ${i?.name} tilbake lenger.`)
};

export const admin_unlock_nothing_self = /** @type {(inputs: Admin_Unlock_Nothing_SelfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting var holdt tilbake lenger.`)
};

export const admin_unlocked = /** @type {(inputs: Admin_UnlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} er låst opp: kan logge inn fra ${i?.addresses} igjen.`)
};

export const admin_unlocked_self = /** @type {(inputs: Admin_Unlocked_SelfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Låst opp: de kan logge inn fra ${i?.addresses} igjen.`)
};

export const admin_user_created = /** @type {(inputs: Admin_User_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukeren er opprettet. Si brukernavnet og det første passordet til dem i enerom.`)
};

export const admin_username_taken = /** @type {(inputs: Admin_Username_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Brukernavnet «${i?.username}» er tatt.`)
};

export const admin_username_wrong = /** @type {(inputs: Admin_Username_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn: 2 til 64 av a-z, 0-9, . _ @ -, som begynner med en bokstav eller et siffer.`)
};

export const admin_users_intro = /** @type {(inputs: Admin_Users_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.accounts}, ${i?.active} aktive. Åpne en for å endre rolle, steder eller passord, eller for å deaktivere den.`)
};

export const admin_users_title = /** @type {(inputs: Admin_Users_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukere`)
};

export const admin_utc_time = /** @type {(inputs: Admin_Utc_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.time} UTC`)
};

export const admin_which_token = /** @type {(inputs: Admin_Which_TokenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den nøkkelen er ikke i listen lenger: last inn siden på nytt og velg den igjen.`)
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

export const defects_acknowledge = /** @type {(inputs: Defects_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitter`)
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
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} endret.`)
};

export const defects_bulk_changed_not = /** @type {(inputs: Defects_Bulk_Changed_NotInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.done}: ${i?.count} endret, ${i?.failed} ikke:`)
};

export const defects_bulk_choose = /** @type {(inputs: Defects_Bulk_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg…`)
};

export const defects_bulk_choose_action = /** @type {(inputs: Defects_Bulk_Choose_ActionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hva som skal gjøres med dem.`)
};

export const defects_bulk_choose_assignee = /** @type {(inputs: Defects_Bulk_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hvem som skal gjøre dem.`)
};

export const defects_bulk_done = /** @type {(inputs: Defects_Bulk_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ferdig`)
};

export const defects_bulk_done_acknowledge = /** @type {(inputs: Defects_Bulk_Done_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittert`)
};

export const defects_bulk_done_assign = /** @type {(inputs: Defects_Bulk_Done_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_bulk_done_hold = /** @type {(inputs: Defects_Bulk_Done_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Satt på vent`)
};

export const defects_bulk_done_resolve = /** @type {(inputs: Defects_Bulk_Done_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const defects_bulk_hint = /** @type {(inputs: Defects_Bulk_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`: kryss av feil nedenfor, og velg så hva som skal gjøres`)
};

export const defects_bulk_hold = /** @type {(inputs: Defects_Bulk_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett på vent…`)
};

export const defects_bulk_hold_them = /** @type {(inputs: Defects_Bulk_Hold_ThemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett dem på vent`)
};

export const defects_bulk_managers_of_site = /** @type {(inputs: Defects_Bulk_Managers_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ledere på stedet`)
};

export const defects_bulk_me = /** @type {(inputs: Defects_Bulk_MeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meg`)
};

export const defects_bulk_note = /** @type {(inputs: Defects_Bulk_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notat`)
};

export const defects_bulk_one_site = /** @type {(inputs: Defects_Bulk_One_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg ett sted ovenfor for å tildele til en person.`)
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
	return /** @type {LocalizedString} */ (`Skriv hva de venter på.`)
};

export const defects_bulk_staff_of_site = /** @type {(inputs: Defects_Bulk_Staff_Of_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansatte på stedet`)
};

export const defects_bulk_teams = /** @type {(inputs: Defects_Bulk_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team`)
};

export const defects_bulk_teams_each = /** @type {(inputs: Defects_Bulk_Teams_EachInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Team (på stedet til hver feil)`)
};

export const defects_bulk_tick_first = /** @type {(inputs: Defects_Bulk_Tick_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryss av feilene som skal endres først.`)
};

export const defects_bulk_ticked = /** @type {(inputs: Defects_Bulk_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`avkrysset`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`avkrysset`);
	return /** @type {LocalizedString} */ ("defects_bulk_ticked");
};

export const defects_bulk_too_many = /** @type {(inputs: Defects_Bulk_Too_ManyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Høyst ${i?.max} feil om gangen: kryss av færre.`)
};

export const defects_by = /** @type {(inputs: Defects_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av`)
};

export const defects_cause_label = /** @type {(inputs: Defects_Cause_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva som løste det`)
};

export const defects_cause_not_said = /** @type {(inputs: Defects_Cause_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke oppgitt`)
};

export const defects_claim_title = /** @type {(inputs: Defects_Claim_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et navn sendt av ${i?.kind} ${i?.device}, ikke en innlogget person`)
};

export const defects_clear_site = /** @type {(inputs: Defects_Clear_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis alle steder`)
};

export const defects_col_actions = /** @type {(inputs: Defects_Col_ActionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Handlinger`)
};

export const defects_col_asset = /** @type {(inputs: Defects_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr`)
};

export const defects_col_fault = /** @type {(inputs: Defects_Col_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const defects_col_found_by = /** @type {(inputs: Defects_Col_Found_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet av`)
};

export const defects_col_open_for = /** @type {(inputs: Defects_Col_Open_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpen i`)
};

export const defects_col_reports = /** @type {(inputs: Defects_Col_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger`)
};

export const defects_col_severity = /** @type {(inputs: Defects_Col_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const defects_col_site = /** @type {(inputs: Defects_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const defects_col_status = /** @type {(inputs: Defects_Col_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_count = /** @type {(inputs: Defects_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åpent avvik`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åpne avvik`);
	return /** @type {LocalizedString} */ ("defects_count");
};

export const defects_crumb_defects = /** @type {(inputs: Defects_Crumb_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`feil`)
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
	return /** @type {LocalizedString} */ (`API-nøkkel ${i?.name}`)
};

export const defects_ev_button = /** @type {(inputs: Defects_Ev_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`knapp ${i?.id}`)
};

export const defects_ev_confirmed_by = /** @type {(inputs: Defects_Ev_Confirmed_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekreftet av ${i?.who}`)
};

export const defects_ev_confirmed_short = /** @type {(inputs: Defects_Ev_Confirmed_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bekreftet: ${i?.sources}`)
};

export const defects_ev_customer_qr = /** @type {(inputs: Defects_Ev_Customer_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en kunde (QR-kode)`)
};

export const defects_ev_round = /** @type {(inputs: Defects_Ev_RoundInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Runden kl. ${i?.time} (${i?.checkpoint}) ble godkjent av ${i?.staff} ${i?.count} minutt før`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Runden kl. ${i?.time} (${i?.checkpoint}) ble godkjent av ${i?.staff} ${i?.count} minutter før`);
	return /** @type {LocalizedString} */ ("defects_ev_round");
};

export const defects_ev_sensor = /** @type {(inputs: Defects_Ev_SensorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sensor ${i?.id}`)
};

export const defects_ev_someone = /** @type {(inputs: Defects_Ev_SomeoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`noen`)
};

export const defects_ev_staff_button = /** @type {(inputs: Defects_Ev_Staff_ButtonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ansatte på knapp ${i?.id}`)
};

export const defects_ev_suspect = /** @type {(inputs: Defects_Ev_SuspectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensor ${i?.device} kan ta feil: ${i?.who} meldte ${i?.fault} mens den sa ok`)
};

export const defects_evp_ch_button = /** @type {(inputs: Defects_Evp_Ch_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp (MQTT)`)
};

export const defects_evp_ch_dashboard = /** @type {(inputs: Defects_Evp_Ch_DashboardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innlogget`)
};

export const defects_evp_ch_qr = /** @type {(inputs: Defects_Evp_Ch_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-kode`)
};

export const defects_evp_ch_sensor = /** @type {(inputs: Defects_Evp_Ch_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor`)
};

export const defects_evp_contradicts = /** @type {(inputs: Defects_Evp_ContradictsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldingen den motsier:`)
};

export const defects_evp_defect = /** @type {(inputs: Defects_Evp_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`avvik ${i?.id}`)
};

export const defects_evp_not_confirmed = /** @type {(inputs: Defects_Evp_Not_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke bekreftet: én kilde så langt. En kanal til, eller en person til som er logget inn, bekrefter det.`)
};

export const defects_evp_ok_at = /** @type {(inputs: Defects_Evp_Ok_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sensoren sa sist ok ${i?.time}.`)
};

export const defects_evp_reports = /** @type {(inputs: Defects_Evp_ReportsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} melding`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meldinger`);
	return /** @type {LocalizedString} */ ("defects_evp_reports");
};

export const defects_evp_system = /** @type {(inputs: Defects_Evp_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldt av Bulb Check`)
};

export const defects_evp_title = /** @type {(inputs: Defects_Evp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grunnlag`)
};

export const defects_filter_assignee = /** @type {(inputs: Defects_Filter_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_filter_category = /** @type {(inputs: Defects_Filter_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_filter_severity = /** @type {(inputs: Defects_Filter_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
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
	return /** @type {LocalizedString} */ (`f.eks. deler bestilt, håndverker på tirsdag`)
};

export const defects_hold_waiting = /** @type {(inputs: Defects_Hold_WaitingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Venter på`)
};

export const defects_just_now = /** @type {(inputs: Defects_Just_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`akkurat nå`)
};

export const defects_label_assigned = /** @type {(inputs: Defects_Label_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const defects_label_category = /** @type {(inputs: Defects_Label_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const defects_label_cause = /** @type {(inputs: Defects_Label_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva som løste det`)
};

export const defects_label_due = /** @type {(inputs: Defects_Label_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const defects_label_first_found = /** @type {(inputs: Defects_Label_First_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Først funnet av`)
};

export const defects_label_opened = /** @type {(inputs: Defects_Label_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const defects_label_reports = /** @type {(inputs: Defects_Label_ReportsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger`)
};

export const defects_label_resolved = /** @type {(inputs: Defects_Label_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const defects_label_severity = /** @type {(inputs: Defects_Label_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const defects_label_status = /** @type {(inputs: Defects_Label_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const defects_label_zone = /** @type {(inputs: Defects_Label_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone`)
};

export const defects_me_team = /** @type {(inputs: Defects_Me_TeamInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meg og teamet mitt`)
};

export const defects_new = /** @type {(inputs: Defects_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const defects_next_page = /** @type {(inputs: Defects_Next_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neste side ›`)
};

export const defects_nobody = /** @type {(inputs: Defects_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen`)
};

export const defects_nobody_yet = /** @type {(inputs: Defects_Nobody_YetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen ennå`)
};

export const defects_none_match = /** @type {(inputs: Defects_None_MatchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen feil passer til disse filtrene.`)
};

export const defects_none_match_site = /** @type {(inputs: Defects_None_Match_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: ingen feil passer til disse filtrene.`)
};

export const defects_number = /** @type {(inputs: Defects_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`feil nr. ${i?.id}`)
};

export const defects_on_asset = /** @type {(inputs: Defects_On_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const defects_on_hold_line = /** @type {(inputs: Defects_On_Hold_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`På vent: ${i?.reason} (frist ${i?.due})`)
};

export const defects_opened_since = /** @type {(inputs: Defects_Opened_SinceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`siden ${i?.time}`)
};

export const defects_optional = /** @type {(inputs: Defects_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfritt)`)
};

export const defects_overdue = /** @type {(inputs: Defects_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forfalt`)
};

export const defects_photo_added = /** @type {(inputs: Defects_Photo_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilde lagt til.`)
};

export const defects_photo_choose = /** @type {(inputs: Defects_Photo_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg et bilde eller ta et først.`)
};

export const defects_photo_too_large = /** @type {(inputs: Defects_Photo_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildet er større enn 10 MB: ta et mindre.`)
};

export const defects_photo_view_only = /** @type {(inputs: Defects_Photo_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rollen din kan bare se. Spør en administrator om du trenger å legge til bilder.`)
};

export const defects_photos_add = /** @type {(inputs: Defects_Photos_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til et bilde`)
};

export const defects_photos_by = /** @type {(inputs: Defects_Photos_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bilde fra ${i?.who}`)
};

export const defects_photos_caption = /** @type {(inputs: Defects_Photos_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildetekst (valgfritt)`)
};

export const defects_photos_caption_label = /** @type {(inputs: Defects_Photos_Caption_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildetekst`)
};

export const defects_photos_hint = /** @type {(inputs: Defects_Photos_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JPEG, PNG, WebP eller HEIC, opptil 10 MB. Posisjon og kameradetaljer fjernes.`)
};

export const defects_photos_none = /** @type {(inputs: Defects_Photos_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen bilder ennå.`)
};

export const defects_photos_title = /** @type {(inputs: Defects_Photos_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilder`)
};

export const defects_photos_upload = /** @type {(inputs: Defects_Photos_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last opp bilde`)
};

export const defects_photos_uploading = /** @type {(inputs: Defects_Photos_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laster opp…`)
};

export const defects_reopened_times = /** @type {(inputs: Defects_Reopened_TimesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Gjenåpnet én gang.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Gjenåpnet ${i?.count} ganger.`);
	return /** @type {LocalizedString} */ ("defects_reopened_times");
};

export const defects_resolve_more = /** @type {(inputs: Defects_Resolve_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løs…`)
};

export const defects_search = /** @type {(inputs: Defects_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr eller sone`)
};

export const defects_search_hint = /** @type {(inputs: Defects_Search_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. resepsjon, lampe`)
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
	return /** @type {LocalizedString} */ (`Eldste først`)
};

export const defects_sort_severity = /** @type {(inputs: Defects_Sort_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const defects_source_customer = /** @type {(inputs: Defects_Source_CustomerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kunde`)
};

export const defects_source_sensor = /** @type {(inputs: Defects_Source_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const defects_source_staff = /** @type {(inputs: Defects_Source_StaffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ansatt`)
};

export const defects_source_system = /** @type {(inputs: Defects_Source_SystemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`system`)
};

export const defects_status_acknowledged = /** @type {(inputs: Defects_Status_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kvittert`)
};

export const defects_status_on_hold = /** @type {(inputs: Defects_Status_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`på vent`)
};

export const defects_status_open = /** @type {(inputs: Defects_Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åpen`)
};

export const defects_status_resolved = /** @type {(inputs: Defects_Status_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`løst`)
};

export const defects_status_unresolved = /** @type {(inputs: Defects_Status_UnresolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uløst`)
};

export const defects_tick_all = /** @type {(inputs: Defects_Tick_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kryss av alle feil på denne siden`)
};

export const defects_tick_one = /** @type {(inputs: Defects_Tick_OneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kryss av ${i?.fault} på ${i?.asset}`)
};

export const defects_timeline = /** @type {(inputs: Defects_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidslinje`)
};

export const defects_title = /** @type {(inputs: Defects_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const defects_tl_acknowledged = /** @type {(inputs: Defects_Tl_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittert`)
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
	return /** @type {LocalizedString} */ (`Eskalert`)
};

export const defects_tl_notified = /** @type {(inputs: Defects_Tl_NotifiedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varslet`)
};

export const defects_tl_on_hold = /** @type {(inputs: Defects_Tl_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Satt på vent`)
};

export const defects_tl_opened = /** @type {(inputs: Defects_Tl_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const defects_tl_photo = /** @type {(inputs: Defects_Tl_PhotoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bilde`)
};

export const defects_tl_reopened = /** @type {(inputs: Defects_Tl_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenåpnet`)
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
	return /** @type {LocalizedString} */ (`Løsning angret`)
};

export const defects_via = /** @type {(inputs: Defects_ViaInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`via ${i?.kind} ${i?.device}`)
};

export const defects_view_only = /** @type {(inputs: Defects_View_OnlyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bare visning: rollen din (${i?.role}) kan ikke kvittere eller løse.`)
};

export const defects_view_only_work = /** @type {(inputs: Defects_View_Only_WorkInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bare visning: rollen din (${i?.role}) kan ikke jobbe med feil.`)
};

export const devices_admin_restores = /** @type {(inputs: Devices_Admin_RestoresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare en administrator kan gjenopprette en tilbakekalt enhet.`)
};

export const devices_all_sites = /** @type {(inputs: Devices_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle mine steder`)
};

export const devices_col_battery = /** @type {(inputs: Devices_Col_BatteryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Batteri`)
};

export const devices_col_device = /** @type {(inputs: Devices_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet`)
};

export const devices_col_kind = /** @type {(inputs: Devices_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const devices_col_last_seen = /** @type {(inputs: Devices_Col_Last_SeenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sist sett`)
};

export const devices_col_messages = /** @type {(inputs: Devices_Col_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldinger`)
};

export const devices_col_payload = /** @type {(inputs: Devices_Col_PayloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innhold`)
};

export const devices_col_reason = /** @type {(inputs: Devices_Col_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Årsak`)
};

export const devices_col_refused = /** @type {(inputs: Devices_Col_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvist`)
};

export const devices_col_site = /** @type {(inputs: Devices_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const devices_col_state = /** @type {(inputs: Devices_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const devices_col_when = /** @type {(inputs: Devices_Col_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Når`)
};

export const devices_col_wrong = /** @type {(inputs: Devices_Col_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva som var feil`)
};

export const devices_count = /** @type {(inputs: Devices_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter`);
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
	return /** @type {LocalizedString} */ (`knapp`)
};

export const devices_kind_sensor = /** @type {(inputs: Devices_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const devices_low_battery_count = /** @type {(inputs: Devices_Low_Battery_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med lavt batteri`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med lavt batteri`);
	return /** @type {LocalizedString} */ ("devices_low_battery_count");
};

export const devices_manage_hint = /** @type {(inputs: Devices_Manage_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`åpne en enhet for å bytte hemmeligheten eller tilbakekalle den`)
};

export const devices_managers_only = /** @type {(inputs: Devices_Managers_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare ledere og administratorer har ansvar for enheter.`)
};

export const devices_new_secret = /** @type {(inputs: Devices_New_SecretInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny hemmelighet for ${i?.device}`)
};

export const devices_no_refused = /** @type {(inputs: Devices_No_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen avviste meldinger.`)
};

export const devices_offline_count = /** @type {(inputs: Devices_Offline_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} frakoblet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} frakoblet`);
	return /** @type {LocalizedString} */ ("devices_offline_count");
};

export const devices_refusal_asset_retired = /** @type {(inputs: Devices_Refusal_Asset_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} på ${i?.site} er pensjonert: gjenopprett det under Oppsett, eller sett opp enheten for annet utstyr.`)
};

export const devices_refusal_bad_device = /** @type {(inputs: Devices_Refusal_Bad_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhets-ID-en i emnet er ikke gyldig.`)
};

export const devices_refusal_bad_field = /** @type {(inputs: Devices_Refusal_Bad_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feltet ${i?.field} har en verdi som ikke er tillatt.`)
};

export const devices_refusal_bad_json = /** @type {(inputs: Devices_Refusal_Bad_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldingen er ikke gyldig JSON.`)
};

export const devices_refusal_bad_site = /** @type {(inputs: Devices_Refusal_Bad_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steds-ID-en i emnet er ikke gyldig.`)
};

export const devices_refusal_bad_status = /** @type {(inputs: Devices_Refusal_Bad_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En statusmelding må si online eller offline.`)
};

export const devices_refusal_bad_topic = /** @type {(inputs: Devices_Refusal_Bad_TopicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emnet er ikke et enhetsemne (bulbcheck/v1/sted/enhet/type).`)
};

export const devices_refusal_bad_utf8 = /** @type {(inputs: Devices_Refusal_Bad_Utf8Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldingen er ikke gyldig UTF-8-tekst.`)
};

export const devices_refusal_health_not_provisioned = /** @type {(inputs: Devices_Refusal_Health_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke sende helse om ${i?.asset}: det finnes ikke noe slikt utstyr i en sone på stedet.`)
};

export const devices_refusal_health_not_watched = /** @type {(inputs: Devices_Refusal_Health_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke sende helse om ${i?.asset}: det er ikke blant det enheten overvåker eller betjener.`)
};

export const devices_refusal_missing_field = /** @type {(inputs: Devices_Refusal_Missing_FieldInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feltet ${i?.field} mangler.`)
};

export const devices_refusal_no_checkpoint = /** @type {(inputs: Devices_Refusal_No_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke sjekke inn ved ${i?.checkpoint}: stedet har ikke noe slikt sjekkpunkt.`)
};

export const devices_refusal_not_object = /** @type {(inputs: Devices_Refusal_Not_ObjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldingen må være et JSON-objekt.`)
};

export const devices_refusal_not_served = /** @type {(inputs: Devices_Refusal_Not_ServedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke sjekke inn ved ${i?.checkpoint}: det er ikke blant sjekkpunktene knappen betjener.`)
};

export const devices_refusal_resolve_not_provisioned = /** @type {(inputs: Devices_Refusal_Resolve_Not_ProvisionedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke løse ${i?.asset}: det finnes ikke noe slikt utstyr i en sone på stedet.`)
};

export const devices_refusal_resolve_not_watched = /** @type {(inputs: Devices_Refusal_Resolve_Not_WatchedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} kan ikke løse ${i?.asset}: det er ikke blant det enheten overvåker eller betjener.`)
};

export const devices_refusal_retired = /** @type {(inputs: Devices_Refusal_RetiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er pensjonert: gjenopprett den under Oppsett for å ta imot meldingene igjen.`)
};

export const devices_refusal_revoked = /** @type {(inputs: Devices_Refusal_RevokedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er trukket tilbake: en administrator kan gjenopprette den.`)
};

export const devices_refusal_sensor_checkin = /** @type {(inputs: Devices_Refusal_Sensor_CheckinInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er en sensor: sjekk-inn gjøres på en knapp, ved et sjekkpunkt den betjener.`)
};

export const devices_refusal_too_large = /** @type {(inputs: Devices_Refusal_Too_LargeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldingen er på ${i?.size} byte; høyst ${i?.limit} tas imot.`)
};

export const devices_refusal_unknown_device = /** @type {(inputs: Devices_Refusal_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ingen enhet ${i?.device}.`)
};

export const devices_refusal_unknown_kind = /** @type {(inputs: Devices_Refusal_Unknown_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Emnet slutter med en meldingstype som ikke finnes.`)
};

export const devices_refusal_unplaced_limit = /** @type {(inputs: Devices_Refusal_Unplaced_LimitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.asset} er ikke satt opp på ${i?.site}, som allerede har ${i?.limit} utstyr uten sone: plasser dem med en flåteimport.`)
};

export const devices_refusal_wrong_device = /** @type {(inputs: Devices_Refusal_Wrong_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sender} sendte på emnet til ${i?.device}: en enhet snakker bare for seg selv.`)
};

export const devices_refusal_wrong_site = /** @type {(inputs: Devices_Refusal_Wrong_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hører til ${i?.site}, ikke til ${i?.topicSite}.`)
};

export const devices_refused_count = /** @type {(inputs: Devices_Refused_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med avviste meldinger`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med avviste meldinger`);
	return /** @type {LocalizedString} */ ("devices_refused_count");
};

export const devices_refused_short = /** @type {(inputs: Devices_Refused_ShortInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} avvist`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} avvist`);
	return /** @type {LocalizedString} */ ("devices_refused_short");
};

export const devices_restore_explain = /** @type {(inputs: Devices_Restore_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten får en ny hemmelighet, som vises én gang; den gamle forblir ugyldig. Gjenopprett den bare når den er tilbake i trygge hender.`)
};

export const devices_restore_named = /** @type {(inputs: Devices_Restore_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gjenopprett ${i?.device}`)
};

export const devices_restore_step = /** @type {(inputs: Devices_Restore_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett…`)
};

export const devices_restored_label = /** @type {(inputs: Devices_Restored_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} er gjenopprettet: den nye hemmeligheten`)
};

export const devices_restored_warning = /** @type {(inputs: Devices_Restored_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kan logge inn igjen med denne hemmeligheten (MQTT-passordet), og ingen annen. Gi den til enheten nå: den vises ikke igjen.`)
};

export const devices_revoke_explain = /** @type {(inputs: Devices_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kobles fra og kan ikke logge inn igjen før en administrator gjenoppretter den (historikken blir værende). Bruk dette for en tapt eller stjålet enhet.`)
};

export const devices_revoke_named = /** @type {(inputs: Devices_Revoke_NamedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tilbakekall ${i?.device}`)
};

export const devices_revoke_step = /** @type {(inputs: Devices_Revoke_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbakekall…`)
};

export const devices_revoked_done = /** @type {(inputs: Devices_Revoked_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbakekalt: enheten ble koblet fra og kan ikke lenger logge inn. Historikken blir værende.`)
};

export const devices_revoked_until_admin = /** @type {(inputs: Devices_Revoked_Until_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbakekalt: den forblir slik til en administrator gjenoppretter den.`)
};

export const devices_rotate_explain = /** @type {(inputs: Devices_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemmelighet lages og vises én gang; den nåværende slutter å virke med en gang, og enheten er frakoblet til den får den nye.`)
};

export const devices_rotate_now = /** @type {(inputs: Devices_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bytt hemmeligheten nå`)
};

export const devices_rotate_step = /** @type {(inputs: Devices_Rotate_StepInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bytt hemmelighet…`)
};

export const devices_rotated_warning = /** @type {(inputs: Devices_Rotated_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den gamle hemmeligheten virker ikke lenger, og enheten ble koblet fra. Gi enheten denne hemmeligheten (MQTT-passordet) nå: den vises ikke igjen.`)
};

export const devices_scope_any = /** @type {(inputs: Devices_Scope_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekker inn ved alle kontrollpunkter på stedet og løser alt utstyr som er satt opp der.`)
};

export const devices_scope_any_resolves = /** @type {(inputs: Devices_Scope_Any_ResolvesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sjekker inn ved alle kontrollpunkter på stedet; løser ${i?.assets}.`)
};

export const devices_scope_none = /** @type {(inputs: Devices_Scope_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Betjener ingen kontrollpunkter: den melder bare.`)
};

export const devices_scope_sensor_any = /** @type {(inputs: Devices_Scope_Sensor_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overvåker ingenting navngitt: den kan sende tilstand for, og løse, alt utstyr som er satt opp på stedet.`)
};

export const devices_scope_sensor_watches = /** @type {(inputs: Devices_Scope_Sensor_WatchesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Overvåker ${i?.assets}: den kan sende tilstand for disse og løse dem.`)
};

export const devices_scope_serves = /** @type {(inputs: Devices_Scope_ServesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjener ${i?.checkpoints}: den sjekker inn der og løser utstyret deres.`)
};

export const devices_scope_serves_also = /** @type {(inputs: Devices_Scope_Serves_AlsoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Betjener ${i?.checkpoints}: den sjekker inn der og løser utstyret deres, og ${i?.assets}.`)
};

export const devices_show = /** @type {(inputs: Devices_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const devices_state_any = /** @type {(inputs: Devices_State_AnyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilkoblet og frakoblet`)
};

export const devices_state_offline = /** @type {(inputs: Devices_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`frakoblet`)
};

export const devices_state_online = /** @type {(inputs: Devices_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilkoblet`)
};

export const devices_state_revoked = /** @type {(inputs: Devices_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilbakekalt`)
};

export const devices_stored_count = /** @type {(inputs: Devices_Stored_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} melding lagret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meldinger lagret`);
	return /** @type {LocalizedString} */ ("devices_stored_count");
};

export const devices_tab = /** @type {(inputs: Devices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Enheter`)
};

export const devices_title = /** @type {(inputs: Devices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const devices_which = /** @type {(inputs: Devices_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilken enhet? Åpne den fra listen og prøv igjen.`)
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

export const errors_already_acknowledged = /** @type {(inputs: Errors_Already_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede kvittert.`)
};

export const errors_already_assigned = /** @type {(inputs: Errors_Already_AssignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede tildelt dem.`)
};

export const errors_already_on_hold = /** @type {(inputs: Errors_Already_On_HoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede satt på vent av den grunnen til det tidspunktet.`)
};

export const errors_already_resolved = /** @type {(inputs: Errors_Already_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er allerede løst.`)
};

export const errors_asset_retired = /** @type {(inputs: Errors_Asset_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne er pensjonert. Gjenopprett den under Oppsett for å melde om den.`)
};

export const errors_back_defects = /** @type {(inputs: Errors_Back_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se alle feil`)
};

export const errors_back_overview = /** @type {(inputs: Errors_Back_OverviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilbake til oversikten`)
};

export const errors_back_sites = /** @type {(inputs: Errors_Back_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se stedene dine`)
};

export const errors_bad_credentials = /** @type {(inputs: Errors_Bad_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavnet og passordet stemmer ikke. Sjekk dem og prøv igjen.`)
};

export const errors_busy = /** @type {(inputs: Errors_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check er opptatt med en annen endring. Prøv igjen om et øyeblikk.`)
};

export const errors_check_form = /** @type {(inputs: Errors_Check_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe i skjemaet stemmer ikke. Sjekk det og prøv igjen.`)
};

export const errors_clear_filters = /** @type {(inputs: Errors_Clear_FiltersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fjern filtrene`)
};

export const errors_conflict = /** @type {(inputs: Errors_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noen endret det samtidig. Last inn siden på nytt og prøv igjen.`)
};

export const errors_device_revoked = /** @type {(inputs: Errors_Device_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne enheten er tilbakekalt: en ny hemmelighet henter den ikke tilbake. En administrator kan gjenopprette den.`)
};

export const errors_due_in_past = /** @type {(inputs: Errors_Due_In_PastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den fristen har passert: velg et senere tidspunkt.`)
};

export const errors_field_assignee = /** @type {(inputs: Errors_Field_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt`)
};

export const errors_field_category = /** @type {(inputs: Errors_Field_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const errors_field_cause = /** @type {(inputs: Errors_Field_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Årsak`)
};

export const errors_field_due = /** @type {(inputs: Errors_Field_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frist`)
};

export const errors_field_email = /** @type {(inputs: Errors_Field_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`E-post`)
};

export const errors_field_from = /** @type {(inputs: Errors_Field_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fra`)
};

export const errors_field_id = /** @type {(inputs: Errors_Field_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nummer`)
};

export const errors_field_invalid = /** @type {(inputs: Errors_Field_InvalidInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er ikke en verdi denne siden kjenner: velg en fra listen.`)
};

export const errors_field_language = /** @type {(inputs: Errors_Field_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const errors_field_missing = /** @type {(inputs: Errors_Field_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} mangler: fyll det inn.`)
};

export const errors_field_name = /** @type {(inputs: Errors_Field_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const errors_field_not_number = /** @type {(inputs: Errors_Field_Not_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} må være et tall.`)
};

export const errors_field_note = /** @type {(inputs: Errors_Field_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notat`)
};

export const errors_field_other = /** @type {(inputs: Errors_Field_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En verdi`)
};

export const errors_field_page = /** @type {(inputs: Errors_Field_PageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Side`)
};

export const errors_field_password = /** @type {(inputs: Errors_Field_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Passord`)
};

export const errors_field_phone = /** @type {(inputs: Errors_Field_PhoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon`)
};

export const errors_field_reason = /** @type {(inputs: Errors_Field_ReasonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Grunn`)
};

export const errors_field_search = /** @type {(inputs: Errors_Field_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Søk`)
};

export const errors_field_severity = /** @type {(inputs: Errors_Field_SeverityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alvorlighet`)
};

export const errors_field_site = /** @type {(inputs: Errors_Field_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const errors_field_sort = /** @type {(inputs: Errors_Field_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sortering`)
};

export const errors_field_source = /** @type {(inputs: Errors_Field_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet av`)
};

export const errors_field_status = /** @type {(inputs: Errors_Field_StatusInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Status`)
};

export const errors_field_to = /** @type {(inputs: Errors_Field_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const errors_field_too_long = /** @type {(inputs: Errors_Field_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er for langt: gjør det kortere.`)
};

export const errors_field_too_short = /** @type {(inputs: Errors_Field_Too_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.field} er for kort.`)
};

export const errors_field_username = /** @type {(inputs: Errors_Field_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn`)
};

export const errors_filter_unknown = /** @type {(inputs: Errors_Filter_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Adressen ber om ${i?.field} «${i?.value}», som denne siden ikke kjenner.`)
};

export const errors_forbidden = /** @type {(inputs: Errors_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rollen din kan ikke gjøre det. Spør en leder eller en administrator om du trenger det.`)
};

export const errors_guest_sorry = /** @type {(inputs: Errors_Guest_SorryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beklager`)
};

export const errors_guest_title = /** @type {(inputs: Errors_Guest_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld fra om et problem`)
};

export const errors_has_history = /** @type {(inputs: Errors_Has_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den har en historikk med avvik eller hendelser, og sletting ville miste den: pensjoner den i stedet, så beholdes historikken.`)
};

export const errors_invalid_assignee = /** @type {(inputs: Errors_Invalid_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De kan ikke jobbe med feil på dette stedet: velg en annen.`)
};

export const errors_invalid_cause = /** @type {(inputs: Errors_Invalid_CauseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg fra listen hva som løste det.`)
};

export const errors_last_admin = /** @type {(inputs: Errors_Last_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er den siste aktive administratoren. Gjør en annen til administrator først.`)
};

export const errors_no_such_defect = /** @type {(inputs: Errors_No_Such_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finnes ingen slik feil på stedene dine.`)
};

export const errors_not_found = /** @type {(inputs: Errors_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finnes ikke, eller du har ikke tilgang til det. Gå tilbake og velg på nytt.`)
};

export const errors_not_resolved = /** @type {(inputs: Errors_Not_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er ikke løst, så det er ingenting å gjenåpne.`)
};

export const errors_open_duplicate = /** @type {(inputs: Errors_Open_DuplicateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den samme feilen er åpen på dette utstyret igjen: jobb med den i stedet.`)
};

export const errors_photo_already_attached = /** @type {(inputs: Errors_Photo_Already_AttachedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det bildet er allerede på denne feilen.`)
};

export const errors_rate_limited = /** @type {(inputs: Errors_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange forsøk på kort tid. Vent et minutt og prøv igjen.`)
};

export const errors_rate_limited_seconds = /** @type {(inputs: Errors_Rate_Limited_SecondsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`For mange forsøk på kort tid. Vent ${i?.count} sekund og prøv igjen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`For mange forsøk på kort tid. Vent ${i?.count} sekunder og prøv igjen.`);
	return /** @type {LocalizedString} */ ("errors_rate_limited_seconds");
};

export const errors_retired_parent = /** @type {(inputs: Errors_Retired_ParentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det stedet er pensjonert. Gjenopprett det først, eller velg et annet.`)
};

export const errors_session_ended = /** @type {(inputs: Errors_Session_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Økten din er avsluttet. Logg inn på nytt.`)
};

export const errors_site_being_removed = /** @type {(inputs: Errors_Site_Being_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette stedet fjernes sammen med demokjeden. Prøv igjen når det er ferdig.`)
};

export const errors_something_wrong = /** @type {(inputs: Errors_Something_WrongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe gikk galt hos oss. Prøv igjen; skjer det igjen, si fra til administratoren.`)
};

export const errors_title_400 = /** @type {(inputs: Errors_Title_400Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe i adressen stemmer ikke`)
};

export const errors_title_403 = /** @type {(inputs: Errors_Title_403Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke for din rolle`)
};

export const errors_title_404 = /** @type {(inputs: Errors_Title_404Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke funnet`)
};

export const errors_title_429 = /** @type {(inputs: Errors_Title_429Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For mange forsøk`)
};

export const errors_title_503 = /** @type {(inputs: Errors_Title_503Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tjenesten svarer ikke`)
};

export const errors_title_other = /** @type {(inputs: Errors_Title_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noe gikk galt`)
};

export const errors_too_large = /** @type {(inputs: Errors_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen er for stor. Velg en mindre fil.`)
};

export const errors_try_again = /** @type {(inputs: Errors_Try_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igjen.`)
};

export const errors_try_later = /** @type {(inputs: Errors_Try_LaterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv igjen senere.`)
};

export const errors_unavailable = /** @type {(inputs: Errors_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check-tjenesten svarer ikke akkurat nå. Prøv igjen om et minutt.`)
};

export const errors_undo_by_other = /** @type {(inputs: Errors_Undo_By_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare den som løste den, kan angre. Gjenåpne den i stedet.`)
};

export const errors_undo_expired = /** @type {(inputs: Errors_Undo_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For sent å angre. Gjenåpne den i stedet.`)
};

export const errors_unknown_defect = /** @type {(inputs: Errors_Unknown_DefectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Feil ${i?.id} finnes ikke, eller du har ikke tilgang til den.`)
};

export const errors_unknown_device = /** @type {(inputs: Errors_Unknown_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ingen enhet «${i?.id}», eller du har ikke tilgang til den.`)
};

export const errors_unknown_page = /** @type {(inputs: Errors_Unknown_PageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ingen side på ${i?.path}.`)
};

export const errors_unknown_photo = /** @type {(inputs: Errors_Unknown_PhotoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bilde ${i?.id} finnes ikke, eller du har ikke tilgang til det.`)
};

export const errors_unknown_site = /** @type {(inputs: Errors_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Det finnes ikke noe sted som heter «${i?.site}», eller du har ikke tilgang til det.`)
};

export const errors_unsupported_media = /** @type {(inputs: Errors_Unsupported_MediaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den filtypen kan ikke brukes her. Velg et bilde (JPEG, PNG eller WebP).`)
};

export const errors_username_taken = /** @type {(inputs: Errors_Username_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det brukernavnet er tatt. Velg et annet.`)
};

export const errors_wrong_password = /** @type {(inputs: Errors_Wrong_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det nåværende passordet er feil. Skriv det på nytt.`)
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

export const insights_ack_median = /** @type {(inputs: Insights_Ack_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median til kvittering`)
};

export const insights_ack_p90 = /** @type {(inputs: Insights_Ack_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90-prosentil til kvittering`)
};

export const insights_after_round = /** @type {(inputs: Insights_After_RoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etter en godkjent runde`)
};

export const insights_after_round_hint = /** @type {(inputs: Insights_After_Round_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En sensor så feilen minutter etter at en runde hadde godkjent utstyret`)
};

export const insights_asset = /** @type {(inputs: Insights_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utstyr`)
};

export const insights_by_category = /** @type {(inputs: Insights_By_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etter kategori`)
};

export const insights_category = /** @type {(inputs: Insights_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const insights_caught = /** @type {(inputs: Insights_CaughtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppdaget før kundene`)
};

export const insights_caught_share = /** @type {(inputs: Insights_Caught_ShareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`av feilene på utstyr kundene ser, ble oppdaget før en kunde meldte dem (av en sensor eller av de ansatte).`)
};

export const insights_cell = /** @type {(inputs: Insights_CellInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.weekday} ${i?.hour}: ${i?.count}`)
};

export const insights_chain = /** @type {(inputs: Insights_ChainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const insights_checkins = /** @type {(inputs: Insights_CheckinsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innsjekk fra ansatte`)
};

export const insights_checks_per_day = /** @type {(inputs: Insights_Checks_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroller per dag`)
};

export const insights_compare = /** @type {(inputs: Insights_CompareInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slik står stedene seg mot hverandre`)
};

export const insights_csv_minutes = /** @type {(inputs: Insights_Csv_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (minutter)`)
};

export const insights_csv_refused = /** @type {(inputs: Insights_Csv_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det finnes ingen slik tabell å laste ned: velg en på innsiktssiden.`)
};

export const insights_csv_share = /** @type {(inputs: Insights_Csv_ShareInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} (andel 0-1)`)
};

export const insights_cv = /** @type {(inputs: Insights_CvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Variasjonskoeffisient`)
};

export const insights_cv_alike = /** @type {(inputs: Insights_Cv_AlikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stedene er svært like`)
};

export const insights_cv_apart = /** @type {(inputs: Insights_Cv_ApartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stedene er svært ulike`)
};

export const insights_cv_none = /** @type {(inputs: Insights_Cv_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle stedene står på null her.`)
};

export const insights_cv_some = /** @type {(inputs: Insights_Cv_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`stedene er noe ulike`)
};

export const insights_day = /** @type {(inputs: Insights_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const insights_defects = /** @type {(inputs: Insights_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const insights_download_csv = /** @type {(inputs: Insights_Download_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last ned CSV`)
};

export const insights_far_above = /** @type {(inputs: Insights_Far_AboveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langt over`)
};

export const insights_far_below = /** @type {(inputs: Insights_Far_BelowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langt under`)
};

export const insights_finder = /** @type {(inputs: Insights_FinderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnet først av`)
};

export const insights_finders = /** @type {(inputs: Insights_FindersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvem som fant dem først`)
};

export const insights_hour = /** @type {(inputs: Insights_HourInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Time`)
};

export const insights_iqr = /** @type {(inputs: Insights_IqrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvartilbredde`)
};

export const insights_last_days = /** @type {(inputs: Insights_Last_DaysInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`siste ${i?.count} dag`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`siste ${i?.count} dager`);
	return /** @type {LocalizedString} */ ("insights_last_days");
};

export const insights_measure = /** @type {(inputs: Insights_MeasureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mål`)
};

export const insights_measure_caughtbeforecustomers2 = /** @type {(inputs: Insights_Measure_Caughtbeforecustomers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppdaget før kundene`)
};

export const insights_measure_minutestoacknowledge2 = /** @type {(inputs: Insights_Measure_Minutestoacknowledge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til kvittering (hvert steds median)`)
};

export const insights_measure_minutestoresolve2 = /** @type {(inputs: Insights_Measure_Minutestoresolve2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til løsning (hvert steds median)`)
};

export const insights_measure_openedpersite2 = /** @type {(inputs: Insights_Measure_Openedpersite2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil åpnet per sted`)
};

export const insights_measure_repeatfailures1 = /** @type {(inputs: Insights_Measure_Repeatfailures1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjentatte feil per sted`)
};

export const insights_median = /** @type {(inputs: Insights_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median`)
};

export const insights_median_p90 = /** @type {(inputs: Insights_Median_P90Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`median ${i?.median}, 90 % innen ${i?.p90}`)
};

export const insights_opened = /** @type {(inputs: Insights_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const insights_per_day = /** @type {(inputs: Insights_Per_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil åpnet og løst per dag`)
};

export const insights_per_day_note = /** @type {(inputs: Insights_Per_Day_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Døgn etter hvert steds egen klokke.`)
};

export const insights_q1 = /** @type {(inputs: Insights_Q1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nedre kvartil`)
};

export const insights_q3 = /** @type {(inputs: Insights_Q3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Øvre kvartil`)
};

export const insights_readings = /** @type {(inputs: Insights_ReadingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoravlesninger`)
};

export const insights_repeat_failures = /** @type {(inputs: Insights_Repeat_FailuresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjentatte feil`)
};

export const insights_repeats = /** @type {(inputs: Insights_RepeatsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjentatte feil per utstyr`)
};

export const insights_repeats_none = /** @type {(inputs: Insights_Repeats_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen gjentatte feil i perioden.`)
};

export const insights_repeats_note = /** @type {(inputs: Insights_Repeats_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil som kom tilbake etter en reparasjon som ikke holdt.`)
};

export const insights_resolve_median = /** @type {(inputs: Insights_Resolve_MedianInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Median til løsning`)
};

export const insights_resolve_p90 = /** @type {(inputs: Insights_Resolve_P90Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`90-prosentil til løsning`)
};

export const insights_resolved = /** @type {(inputs: Insights_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const insights_sensor_suspects = /** @type {(inputs: Insights_Sensor_SuspectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensoren kan ta feil`)
};

export const insights_sensor_suspects_hint = /** @type {(inputs: Insights_Sensor_Suspects_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En person meldte en feil som en sensor sa ikke fantes`)
};

export const insights_show = /** @type {(inputs: Insights_ShowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis`)
};

export const insights_show_table = /** @type {(inputs: Insights_Show_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis som tabell`)
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
	return /** @type {LocalizedString} */ (`Ansatte`)
};

export const insights_spread_cv = /** @type {(inputs: Insights_Spread_CvInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Variasjonskoeffisient ${i?.cv}: ${i?.judgement}.`)
};

export const insights_spread_empty = /** @type {(inputs: Insights_Spread_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedene kan sammenlignes når to eller flere av dem har feil i perioden.`)
};

export const insights_spread_high = /** @type {(inputs: Insights_Spread_HighInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Langt over de andre, og trekker kjeden fra hverandre: ${i?.sites}.`)
};

export const insights_spread_iqr = /** @type {(inputs: Insights_Spread_IqrInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Den midterste halvparten av stedene ligger mellom ${i?.low} og ${i?.high}: et spenn på ${i?.range}.`)
};

export const insights_spread_low = /** @type {(inputs: Insights_Spread_LowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Langt under de andre, og trekker kjeden fra hverandre: ${i?.sites}.`)
};

export const insights_spread_none = /** @type {(inputs: Insights_Spread_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder skiller seg langt ut fra de andre.`)
};

export const insights_spread_title = /** @type {(inputs: Insights_Spread_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spredning mellom stedene`)
};

export const insights_spread_why = /** @type {(inputs: Insights_Spread_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kjedene med best omdømme varierer minst fra sted til sted: en gjest skal møte samme omsorg uansett hvor hen er. Jo mindre spredning, jo likere er stedene deres.`)
};

export const insights_times = /** @type {(inputs: Insights_TimesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tid til kvittering og til løsning, per sted`)
};

export const insights_times_note = /** @type {(inputs: Insights_Times_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Medianen: halvparten av feilene ble kvittert (eller løst) raskere enn dette. 90-prosentilen: ni av ti gikk raskere.`)
};

export const insights_title = /** @type {(inputs: Insights_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innsikt`)
};

export const insights_to_ack = /** @type {(inputs: Insights_To_AckInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til kvittering`)
};

export const insights_to_resolve = /** @type {(inputs: Insights_To_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til løsning`)
};

export const insights_weekday = /** @type {(inputs: Insights_WeekdayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ukedag`)
};

export const insights_when = /** @type {(inputs: Insights_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Når feilene oppstår`)
};

export const insights_when_note = /** @type {(inputs: Insights_When_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil åpnet etter time og ukedag, hver regnet etter klokken på sitt eget sted.`)
};

export const insights_window = /** @type {(inputs: Insights_WindowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Periode`)
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

export const layout_nav_admin = /** @type {(inputs: Layout_Nav_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Administrasjon`)
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

export const overview_all_fine = /** @type {(inputs: Overview_All_FineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} i orden`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} i orden`);
	return /** @type {LocalizedString} */ ("overview_all_fine");
};

export const overview_demo_tag = /** @type {(inputs: Overview_Demo_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo`)
};

export const overview_demo_tag_title = /** @type {(inputs: Overview_Demo_Tag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et sted i den simulerte demokjeden`)
};

export const overview_need_action = /** @type {(inputs: Overview_Need_ActionInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} må tas nå`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} må tas nå`);
	return /** @type {LocalizedString} */ ("overview_need_action");
};

export const overview_news = /** @type {(inputs: Overview_NewsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset}`)
};

export const overview_news_customer = /** @type {(inputs: Overview_News_CustomerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.severity} ${i?.fault} · ${i?.asset} (meldt av en kunde)`)
};

export const overview_no_sites = /** @type {(inputs: Overview_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder ennå. Sett dem opp under Oppsett, importer en flåtefil, eller start med demokjeden (pnpm start).`)
};

export const overview_summary = /** @type {(inputs: Overview_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.sites}: ${i?.needAction}, ${i?.withOpen}, ${i?.allFine}.`)
};

export const overview_tab = /** @type {(inputs: Overview_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oversikt`)
};

export const overview_tile_checks = /** @type {(inputs: Overview_Tile_ChecksInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontroller i tide`)
};

export const overview_tile_devices_off = /** @type {(inputs: Overview_Tile_Devices_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter av`)
};

export const overview_tile_high = /** @type {(inputs: Overview_Tile_HighInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Høy`)
};

export const overview_tile_more = /** @type {(inputs: Overview_Tile_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`+${i?.count} til`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`+${i?.count} til`);
	return /** @type {LocalizedString} */ ("overview_tile_more");
};

export const overview_tile_new = /** @type {(inputs: Overview_Tile_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny`)
};

export const overview_tile_now = /** @type {(inputs: Overview_Tile_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nå`)
};

export const overview_tile_oldest = /** @type {(inputs: Overview_Tile_OldestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eldste`)
};

export const overview_tile_open = /** @type {(inputs: Overview_Tile_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne`)
};

export const overview_tile_overdue = /** @type {(inputs: Overview_Tile_OverdueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forfalt`)
};

export const overview_tile_overdue_tag = /** @type {(inputs: Overview_Tile_Overdue_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forfalt`)
};

export const overview_tile_worst = /** @type {(inputs: Overview_Tile_WorstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verste åpne avvik`)
};

export const overview_title = /** @type {(inputs: Overview_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const overview_with_open = /** @type {(inputs: Overview_With_OpenInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} har åpne avvik`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} har åpne avvik`);
	return /** @type {LocalizedString} */ ("overview_with_open");
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

export const reports_export_audit = /** @type {(inputs: Reports_Export_AuditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revisjonslogg`)
};

export const reports_export_audit_text = /** @type {(inputs: Reports_Export_Audit_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver endring gjort gjennom Bulb Check: hvem, hva og når.`)
};

export const reports_export_backwards = /** @type {(inputs: Reports_Export_BackwardsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`«Fra» er etter «Til»: bytt dem om.`)
};

export const reports_export_choose = /** @type {(inputs: Reports_Export_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hva som skal eksporteres og formatet.`)
};

export const reports_export_columns = /** @type {(inputs: Reports_Export_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolonner i denne filen`)
};

export const reports_export_columns_note = /** @type {(inputs: Reports_Export_Columns_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tider er ISO 8601 i UTC. Filen skrives mens den lastes ned: en stor fil viser fremdriften i nettleserens nedlastinger.`)
};

export const reports_export_csv = /** @type {(inputs: Reports_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV, for Excel, Numbers eller LibreOffice`)
};

export const reports_export_defects = /** @type {(inputs: Reports_Export_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const reports_export_defects_text = /** @type {(inputs: Reports_Export_Defects_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle feil som ble åpnet i perioden: hvor, hva, hvor alvorlig, hvem som fant den, når den ble kvittert og rettet.`)
};

export const reports_export_download = /** @type {(inputs: Reports_Export_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last ned`)
};

export const reports_export_events = /** @type {(inputs: Reports_Export_EventsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhetshendelser`)
};

export const reports_export_events_text = /** @type {(inputs: Reports_Export_Events_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det sensorene og knappene sendte som gjorde noe, slik det er lagret, så lenge hendelser tas vare på (90 dager med mindre administratoren har satt BULBCHECK_RETENTION_DAYS). Sensorenes rutinemessige «alt i orden»-meldinger telles per dag under Innsikt i stedet. Stor: et sted sender tusenvis om dagen.`)
};

export const reports_export_format = /** @type {(inputs: Reports_Export_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format`)
};

export const reports_export_from = /** @type {(inputs: Reports_Export_FromInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fra`)
};

export const reports_export_inspections = /** @type {(inputs: Reports_Export_InspectionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innsjekkinger`)
};

export const reports_export_inspections_text = /** @type {(inputs: Reports_Export_Inspections_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver innsjekking ved et kontrollpunkt: når, hvem, hva de fant, og om den var i tide.`)
};

export const reports_export_intro = /** @type {(inputs: Reports_Export_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ta ut dataene dine: til en kvartalsrapport i et regneark, eller til et annet system. Filen dekker bare stedene du ser.`)
};

export const reports_export_jsonl = /** @type {(inputs: Reports_Export_JsonlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`JSON-linjer, for programmer`)
};

export const reports_export_last_30 = /** @type {(inputs: Reports_Export_Last_30Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siste 30 dager`)
};

export const reports_export_last_quarter = /** @type {(inputs: Reports_Export_Last_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forrige kvartal`)
};

export const reports_export_no_site = /** @type {(inputs: Reports_Export_No_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen sted`)
};

export const reports_export_none_ticked = /** @type {(inputs: Reports_Export_None_TickedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ingen krysset av: ditt ${i?.count} sted.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ingen krysset av: alle dine ${i?.count} steder.`);
	return /** @type {LocalizedString} */ ("reports_export_none_ticked");
};

export const reports_export_only_site = /** @type {(inputs: Reports_Export_Only_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site}: det eneste stedet du ser.`)
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
	return /** @type {LocalizedString} */ (`Feilforløp`)
};

export const reports_export_timeline_text = /** @type {(inputs: Reports_Export_Timeline_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvert steg i disse feilene, én rad per steg: åpnet, meldt igjen, kvittert, løst, av hvem.`)
};

export const reports_export_title = /** @type {(inputs: Reports_Export_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksport`)
};

export const reports_export_to = /** @type {(inputs: Reports_Export_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til (inkludert)`)
};

export const reports_export_utc_days = /** @type {(inputs: Reports_Export_Utc_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dager telles i UTC.`)
};

export const reports_export_what = /** @type {(inputs: Reports_Export_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva`)
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

export const setup_add_asset = /** @type {(inputs: Setup_Add_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til objekt`)
};

export const setup_add_asset_to = /** @type {(inputs: Setup_Add_Asset_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Legg til et objekt i ${i?.zone}`)
};

export const setup_add_assets_first = /** @type {(inputs: Setup_Add_Assets_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til objekter først.`)
};

export const setup_add_checkpoint = /** @type {(inputs: Setup_Add_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til kontrollpunkt`)
};

export const setup_add_checkpoint_to = /** @type {(inputs: Setup_Add_Checkpoint_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Legg til et kontrollpunkt i ${i?.zone}`)
};

export const setup_add_device = /** @type {(inputs: Setup_Add_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til enhet`)
};

export const setup_add_device_summary = /** @type {(inputs: Setup_Add_Device_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til en enhet`)
};

export const setup_add_zone = /** @type {(inputs: Setup_Add_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til sone`)
};

export const setup_add_zone_summary = /** @type {(inputs: Setup_Add_Zone_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til en sone`)
};

export const setup_asg_add = /** @type {(inputs: Setup_Asg_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til regel`)
};

export const setup_asg_added = /** @type {(inputs: Setup_Asg_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regelen er lagt til: nye avvik som passer, tildeles slik den sier.`)
};

export const setup_asg_all_of = /** @type {(inputs: Setup_Asg_All_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`alt innen ${i?.category}`)
};

export const setup_asg_bad_form = /** @type {(inputs: Setup_Asg_Bad_FormInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg stedet, og kryss bare av det listene tilbyr.`)
};

export const setup_asg_choose = /** @type {(inputs: Setup_Asg_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg`)
};

export const setup_asg_choose_option = /** @type {(inputs: Setup_Asg_Choose_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg …`)
};

export const setup_asg_choose_who = /** @type {(inputs: Setup_Asg_Choose_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hvem som får dem.`)
};

export const setup_asg_col_defects = /** @type {(inputs: Setup_Asg_Col_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik`)
};

export const setup_asg_col_go_to = /** @type {(inputs: Setup_Asg_Col_Go_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Går til`)
};

export const setup_asg_col_made = /** @type {(inputs: Setup_Asg_Col_MadeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laget`)
};

export const setup_asg_col_zone = /** @type {(inputs: Setup_Asg_Col_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone`)
};

export const setup_asg_delete = /** @type {(inputs: Setup_Asg_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett`)
};

export const setup_asg_deleted = /** @type {(inputs: Setup_Asg_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Regelen er slettet. Avvik den tildelte, forblir tildelt.`)
};

export const setup_asg_every_defect = /** @type {(inputs: Setup_Asg_Every_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle avvik`)
};

export const setup_asg_every_zone = /** @type {(inputs: Setup_Asg_Every_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`alle soner`)
};

export const setup_asg_every_zone_of = /** @type {(inputs: Setup_Asg_Every_Zone_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle soner ved ${i?.site}`)
};

export const setup_asg_intro = /** @type {(inputs: Setup_Asg_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nye avvik som passer en regel, tildeles når de åpnes, hvis ingen har tildelt dem ennå: «gulvvaskerne får skitt og søl». En regel for en sone går foran en for hele stedet.`)
};

export const setup_asg_made_by = /** @type {(inputs: Setup_Asg_Made_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} av ${i?.who}`)
};

export const setup_asg_new = /** @type {(inputs: Setup_Asg_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny regel`)
};

export const setup_asg_no_sites = /** @type {(inputs: Setup_Asg_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Du har ingen steder å lage regler for.`)
};

export const setup_asg_none = /** @type {(inputs: Setup_Asg_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen regler ennå: nye avvik venter på at noen tildeler eller tar dem.`)
};

export const setup_asg_people = /** @type {(inputs: Setup_Asg_PeopleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personer`)
};

export const setup_asg_teams = /** @type {(inputs: Setup_Asg_TeamsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lag`)
};

export const setup_asg_title = /** @type {(inputs: Setup_Asg_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregler`)
};

export const setup_asg_which = /** @type {(inputs: Setup_Asg_WhichInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilke avvik`)
};

export const setup_asg_which_hint = /** @type {(inputs: Setup_Asg_Which_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(kryss av ingen for alle avvik)`)
};

export const setup_asg_which_rule = /** @type {(inputs: Setup_Asg_Which_RuleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den regelen er ikke i listen lenger: last inn siden på nytt.`)
};

export const setup_asset_added = /** @type {(inputs: Setup_Asset_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objektet ${i?.name} er lagt til.`)
};

export const setup_asset_placeholder = /** @type {(inputs: Setup_Asset_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anropsknapp, 12. etasje`)
};

export const setup_asset_saved = /** @type {(inputs: Setup_Asset_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objektet ${i?.name} er lagret.`)
};

export const setup_assets_covered = /** @type {(inputs: Setup_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekter det dekker`)
};

export const setup_assignment_link = /** @type {(inputs: Setup_Assignment_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelingsregler`)
};

export const setup_cancel = /** @type {(inputs: Setup_CancelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avbryt`)
};

export const setup_category = /** @type {(inputs: Setup_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kategori`)
};

export const setup_checkpoint_added = /** @type {(inputs: Setup_Checkpoint_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunktet ${i?.name} er lagt til.`)
};

export const setup_checkpoint_placeholder = /** @type {(inputs: Setup_Checkpoint_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Morgenrunde`)
};

export const setup_checkpoint_saved = /** @type {(inputs: Setup_Checkpoint_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunktet ${i?.name} er lagret.`)
};

export const setup_checkpoints = /** @type {(inputs: Setup_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkter`)
};

export const setup_checkpoints_hint = /** @type {(inputs: Setup_Checkpoints_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en runde de ansatte sjekker inn på med jevne mellomrom)`)
};

export const setup_col_checkpoints = /** @type {(inputs: Setup_Col_CheckpointsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekkpunkter`)
};

export const setup_col_device = /** @type {(inputs: Setup_Col_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enhet`)
};

export const setup_col_devices = /** @type {(inputs: Setup_Col_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const setup_col_heard = /** @type {(inputs: Setup_Col_HeardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hørt hvert`)
};

export const setup_col_kind = /** @type {(inputs: Setup_Col_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const setup_col_language = /** @type {(inputs: Setup_Col_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const setup_col_site = /** @type {(inputs: Setup_Col_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sted`)
};

export const setup_col_state = /** @type {(inputs: Setup_Col_StateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tilstand`)
};

export const setup_col_timezone = /** @type {(inputs: Setup_Col_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidssone`)
};

export const setup_conn_both = /** @type {(inputs: Setup_Conn_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(begge; MQTT 3.1.1)`)
};

export const setup_conn_commands = /** @type {(inputs: Setup_Conn_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommandoer`)
};

export const setup_conn_host = /** @type {(inputs: Setup_Conn_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vert`)
};

export const setup_conn_host_unknown = /** @type {(inputs: Setup_Conn_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ukjent: sett BULBCHECK_PUBLIC_URL (eller BULBCHECK_MQTT_HOST til en ekte adresse) så enhetene får vite hvor de skal koble til.`)
};

export const setup_conn_liveness = /** @type {(inputs: Setup_Conn_LivenessInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Livstegn og siste vilje`)
};

export const setup_conn_liveness_hint = /** @type {(inputs: Setup_Conn_Liveness_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`online (beholdt) ved tilkobling, offline som siste vilje`)
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
	return /** @type {LocalizedString} */ (`Publiserer til`)
};

export const setup_conn_tls_none = /** @type {(inputs: Setup_Conn_Tls_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ikke satt opp på denne serveren`)
};

export const setup_conn_tls_offered = /** @type {(inputs: Setup_Conn_Tls_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilbys`)
};

export const setup_conn_try = /** @type {(inputs: Setup_Conn_TryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prøv fra et skall (med SECRET satt til hemmeligheten):`)
};

export const setup_conn_username = /** @type {(inputs: Setup_Conn_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Brukernavn og klient-id`)
};

export const setup_covers = /** @type {(inputs: Setup_CoversInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`dekker ${i?.assets}`)
};

export const setup_create_site = /** @type {(inputs: Setup_Create_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett sted`)
};

export const setup_cred_download = /** @type {(inputs: Setup_Cred_DownloadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last ned fil med påloggingsdata`)
};

export const setup_cred_label = /** @type {(inputs: Setup_Cred_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Påloggingsdata for ${i?.device}`)
};

export const setup_cred_secret_of = /** @type {(inputs: Setup_Cred_Secret_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hemmeligheten til ${i?.device}`)
};

export const setup_cred_warning = /** @type {(inputs: Setup_Cred_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dette er enhetens MQTT-passord. Det vises bare denne gangen: last ned filen eller kopier det nå.`)
};

export const setup_danger_heading = /** @type {(inputs: Setup_Danger_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner eller slett stedet`)
};

export const setup_day_closes = /** @type {(inputs: Setup_Day_ClosesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} stenger`)
};

export const setup_day_fri = /** @type {(inputs: Setup_Day_FriInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fredag`)
};

export const setup_day_mon = /** @type {(inputs: Setup_Day_MonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mandag`)
};

export const setup_day_opens = /** @type {(inputs: Setup_Day_OpensInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} åpner`)
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
	return /** @type {LocalizedString} */ (`Slett`)
};

export const setup_delete_site = /** @type {(inputs: Setup_Delete_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett stedet`)
};

export const setup_delete_site_explain = /** @type {(inputs: Setup_Delete_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare et sted helt uten historikk (ingen meldinger, avvik eller kontroller) kan slettes: med alt i det. Ellers pensjonerer du det.`)
};

export const setup_delete_summary = /** @type {(inputs: Setup_Delete_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slett ${i?.site} …`)
};

export const setup_delete_zone = /** @type {(inputs: Setup_Delete_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett sonen`)
};

export const setup_delete_zone_hint = /** @type {(inputs: Setup_Delete_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare når ingenting i den har noen historikk (en feil som nettopp ble gjort).`)
};

export const setup_deleted = /** @type {(inputs: Setup_DeletedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slettet ${i?.thing}: fjernet ${i?.parts}.`)
};

export const setup_demo = /** @type {(inputs: Setup_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`demo`)
};

export const setup_dev_choose_site = /** @type {(inputs: Setup_Dev_Choose_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg stedet den skal flyttes til.`)
};

export const setup_dev_connects = /** @type {(inputs: Setup_Dev_ConnectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slik kobler den til`)
};

export const setup_dev_delete = /** @type {(inputs: Setup_Dev_DeleteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Slett ${i?.name}`)
};

export const setup_dev_delete_explain = /** @type {(inputs: Setup_Dev_Delete_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare en enhet som aldri har sendt noe, kan slettes (en feil som nettopp ble gjort); ellers pensjonerer du den.`)
};

export const setup_dev_delete_summary = /** @type {(inputs: Setup_Dev_Delete_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slett …`)
};

export const setup_dev_heard_hint = /** @type {(inputs: Setup_Dev_Heard_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tre stille intervaller gjør den frakoblet)`)
};

export const setup_dev_its_messages = /** @type {(inputs: Setup_Dev_Its_MessagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meldingene og avvisningene`)
};

export const setup_dev_kind_at = /** @type {(inputs: Setup_Dev_Kind_AtInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} ved ${i?.site}`)
};

export const setup_dev_last_heard = /** @type {(inputs: Setup_Dev_Last_HeardInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sist hørt ${i?.when}`)
};

export const setup_dev_last_refusal = /** @type {(inputs: Setup_Dev_Last_RefusalInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sist avvist ${i?.when}: ${i?.why}`)
};

export const setup_dev_manage = /** @type {(inputs: Setup_Dev_ManageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemmelighet, tilgang og sted`)
};

export const setup_dev_messages = /** @type {(inputs: Setup_Dev_MessagesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} melding lagret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} meldinger lagret`);
	return /** @type {LocalizedString} */ ("setup_dev_messages");
};

export const setup_dev_move = /** @type {(inputs: Setup_Dev_MoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flytt`)
};

export const setup_dev_move_explain = /** @type {(inputs: Setup_Dev_Move_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den aktive forbindelsen lukkes med en gang; den kobler til igjen under det nye stedets emner (fastvaren må bruke den nye steds-id-en i emnene). Det den overvåker og betjener, starter tomt der.`)
};

export const setup_dev_move_summary = /** @type {(inputs: Setup_Dev_Move_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Flytt til et annet sted …`)
};

export const setup_dev_move_to = /** @type {(inputs: Setup_Dev_Move_ToInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Til`)
};

export const setup_dev_moved = /** @type {(inputs: Setup_Dev_MovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Flyttet til ${i?.site}: forbindelsen ble lukket; den kobler til igjen under dette stedets emner. Velg hva den overvåker eller betjener her.`)
};

export const setup_dev_never = /** @type {(inputs: Setup_Dev_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldri`)
};

export const setup_dev_no_assets = /** @type {(inputs: Setup_Dev_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet har ingen objekter ennå.`)
};

export const setup_dev_refused = /** @type {(inputs: Setup_Dev_RefusedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} avvist`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} avvist`);
	return /** @type {LocalizedString} */ ("setup_dev_refused");
};

export const setup_dev_restore = /** @type {(inputs: Setup_Dev_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett enheten`)
};

export const setup_dev_restored = /** @type {(inputs: Setup_Dev_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprettet: den kan koble til igjen med hemmeligheten sin.`)
};

export const setup_dev_retire = /** @type {(inputs: Setup_Dev_RetireInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensjoner ${i?.name}`)
};

export const setup_dev_retire_explain = /** @type {(inputs: Setup_Dev_Retire_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den kobles fra, forsvinner fra tavlene og varslene og kan ikke logge inn; historikken blir, og den kan gjenopprettes.`)
};

export const setup_dev_retire_summary = /** @type {(inputs: Setup_Dev_Retire_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner …`)
};

export const setup_dev_retired = /** @type {(inputs: Setup_Dev_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjonert: koblet fra, ute av tavlene og varslene; historikken blir.`)
};

export const setup_dev_revoke = /** @type {(inputs: Setup_Dev_RevokeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trekk tilbake ${i?.name}`)
};

export const setup_dev_revoke_explain = /** @type {(inputs: Setup_Dev_Revoke_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For en tapt eller stjålet enhet: den kobles fra og kan ikke logge inn igjen før en administrator gjenoppretter den. Historikken blir.`)
};

export const setup_dev_revoke_summary = /** @type {(inputs: Setup_Dev_Revoke_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake …`)
};

export const setup_dev_revoked = /** @type {(inputs: Setup_Dev_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trukket tilbake: enheten ble koblet fra og kan ikke logge inn lenger. Historikken blir.`)
};

export const setup_dev_revoked_note = /** @type {(inputs: Setup_Dev_Revoked_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trukket tilbake: en administrator kan gjenopprette den.`)
};

export const setup_dev_rotate_explain = /** @type {(inputs: Setup_Dev_Rotate_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ny hemmelighet lages og vises én gang; den nåværende slutter å virke med en gang, og enheten er frakoblet til den får den nye.`)
};

export const setup_dev_rotate_now = /** @type {(inputs: Setup_Dev_Rotate_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bytt hemmeligheten nå`)
};

export const setup_dev_rotate_summary = /** @type {(inputs: Setup_Dev_Rotate_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bytt hemmelighet …`)
};

export const setup_dev_rotated = /** @type {(inputs: Setup_Dev_RotatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ny hemmelighet er laget: den gamle virker ikke lenger, og enheten ble koblet fra.`)
};

export const setup_dev_save = /** @type {(inputs: Setup_Dev_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre enheten`)
};

export const setup_dev_saved = /** @type {(inputs: Setup_Dev_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten er lagret.`)
};

export const setup_dev_secret_hint = /** @type {(inputs: Setup_Dev_Secret_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemmeligheten vises ikke igjen etter at den ble laget; bytt den for å lage en ny.`)
};

export const setup_dev_settings = /** @type {(inputs: Setup_Dev_SettingsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Innstillinger`)
};

export const setup_dev_title = /** @type {(inputs: Setup_Dev_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enhet ${i?.name}`)
};

export const setup_dev_unrevoke = /** @type {(inputs: Setup_Dev_UnrevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett tilgangen (med en ny hemmelighet)`)
};

export const setup_dev_unrevoked = /** @type {(inputs: Setup_Dev_UnrevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheten kan logge inn igjen, bare med denne nye hemmeligheten.`)
};

export const setup_device_added = /** @type {(inputs: Setup_Device_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enheten ${i?.name} er lagt til.`)
};

export const setup_device_id_exists = /** @type {(inputs: Setup_Device_Id_ExistsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} finnes allerede: velg en annen id.`)
};

export const setup_device_placeholder = /** @type {(inputs: Setup_Device_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lampesensor i lobbyen`)
};

export const setup_devices = /** @type {(inputs: Setup_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const setup_edit = /** @type {(inputs: Setup_EditInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rediger`)
};

export const setup_err_address_long = /** @type {(inputs: Setup_Err_Address_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adressen kan ha høyst 300 tegn.`)
};

export const setup_err_check_fields = /** @type {(inputs: Setup_Err_Check_FieldsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sjekk feltene som er merket nedenfor.`)
};

export const setup_err_choose_category = /** @type {(inputs: Setup_Err_Choose_CategoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg en kategori.`)
};

export const setup_err_choose_kind = /** @type {(inputs: Setup_Err_Choose_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hva slags enhet.`)
};

export const setup_err_choose_language = /** @type {(inputs: Setup_Err_Choose_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg stedets språk.`)
};

export const setup_err_date_line = /** @type {(inputs: Setup_Err_Date_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line} («${i?.entry}»): skriv en dato og «closed» eller åpningstidene, for eksempel 2026-12-24 08:00-14:00.`)
};

export const setup_err_date_overnight = /** @type {(inputs: Setup_Err_Date_OvernightInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line}: åpningstidene for en dato må slutte samme dag (${i?.entry}).`)
};

export const setup_err_date_twice = /** @type {(inputs: Setup_Err_Date_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} står to ganger.`)
};

export const setup_err_day_hours = /** @type {(inputs: Setup_Err_Day_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv åpnings- og stengetid (TT:MM), eller fjern haken for dagen.`)
};

export const setup_err_field_refused = /** @type {(inputs: Setup_Err_Field_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Denne verdien ble ikke godtatt: sjekk den og lagre igjen.`)
};

export const setup_err_id_format = /** @type {(inputs: Setup_Err_Id_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bruk små bokstaver, sifre og bindestrek (opptil 63), og begynn med en bokstav eller et siffer.`)
};

export const setup_err_id_none = /** @type {(inputs: Setup_Err_Id_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv et navn (eller en id).`)
};

export const setup_err_id_taken = /** @type {(inputs: Setup_Err_Id_TakenInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} er allerede i bruk her: velg en annen id.`)
};

export const setup_err_minutes = /** @type {(inputs: Setup_Err_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et helt antall minutter fra ${i?.min} til ${i?.max}.`)
};

export const setup_err_name_empty = /** @type {(inputs: Setup_Err_Name_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi det et navn.`)
};

export const setup_err_name_long = /** @type {(inputs: Setup_Err_Name_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navnet kan ha høyst 120 tegn.`)
};

export const setup_err_refused = /** @type {(inputs: Setup_Err_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noen felt ble ikke godtatt: sjekk de som er merket nedenfor, og lagre igjen.`)
};

export const setup_err_seconds = /** @type {(inputs: Setup_Err_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Et helt antall sekunder fra ${i?.min} til ${i?.max}.`)
};

export const setup_err_serves = /** @type {(inputs: Setup_Err_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Huk av sjekkpunktene den betjener, eller velg alle eller ingen.`)
};

export const setup_err_timezone = /** @type {(inputs: Setup_Err_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg stedets tidssone fra listen.`)
};

export const setup_err_which_site = /** @type {(inputs: Setup_Err_Which_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket sted? Velg et fra listen og prøv igjen.`)
};

export const setup_every_hours = /** @type {(inputs: Setup_Every_HoursInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`hver time`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`hver ${i?.count}. time`);
	return /** @type {LocalizedString} */ ("setup_every_hours");
};

export const setup_every_minutes = /** @type {(inputs: Setup_Every_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`hvert ${i?.count}. min`)
};

export const setup_export_csv = /** @type {(inputs: Setup_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksporter som CSV`)
};

export const setup_export_json = /** @type {(inputs: Setup_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksporter som flåtedokument (JSON)`)
};

export const setup_form_address = /** @type {(inputs: Setup_Form_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse`)
};

export const setup_form_always = /** @type {(inputs: Setup_Form_AlwaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpent døgnet rundt`)
};

export const setup_form_dates = /** @type {(inputs: Setup_Form_DatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Helligdager og andre datoer`)
};

export const setup_form_dates_hint = /** @type {(inputs: Setup_Form_Dates_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(én per linje: 2026-12-25 closed eller 2026-12-24 08:00-14:00)`)
};

export const setup_form_hours = /** @type {(inputs: Setup_Form_HoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpningstider`)
};

export const setup_form_hours_hint = /** @type {(inputs: Setup_Form_Hours_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(forsinkede kontroller og varsler telles bare når det er åpent)`)
};

export const setup_form_id = /** @type {(inputs: Setup_Form_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_form_id_hint = /** @type {(inputs: Setup_Form_Id_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(i adresser og enhetsemner; lages fra navnet hvis feltet er tomt; kan ikke endres senere)`)
};

export const setup_form_language = /** @type {(inputs: Setup_Form_LanguageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Språk`)
};

export const setup_form_language_hint = /** @type {(inputs: Setup_Form_Language_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(QR-side, etiketter, rapporter)`)
};

export const setup_form_name = /** @type {(inputs: Setup_Form_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const setup_form_timezone = /** @type {(inputs: Setup_Form_TimezoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tidssone`)
};

export const setup_form_week_hint = /** @type {(inputs: Setup_Form_Week_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En dag uten hake er stengt. En stengetid før åpningstiden går over midnatt; 00:00 stenger ved midnatt.`)
};

export const setup_form_weekly = /** @type {(inputs: Setup_Form_WeeklyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpningstider per ukedag`)
};

export const setup_form_zones_all = /** @type {(inputs: Setup_Form_Zones_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hele verden`)
};

export const setup_form_zones_near = /** @type {(inputs: Setup_Form_Zones_NearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Norden og nærområdet`)
};

export const setup_guests_qr = /** @type {(inputs: Setup_Guests_QrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjester kan melde fra (QR-kode)`)
};

export const setup_guests_report = /** @type {(inputs: Setup_Guests_ReportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gjester kan melde fra`)
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
	return /** @type {LocalizedString} */ (`Id-er: små bokstaver, sifre og bindestreker, som hotel-oslo. En tom celle beholder det som står der.`)
};

export const setup_help_ids_spaces = /** @type {(inputs: Setup_Help_Ids_SpacesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`id-er skilt med mellomrom; none for ingen.`)
};

export const setup_help_intro = /** @type {(inputs: Setup_Help_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Én rad per sted, sone, objekt, kontrollpunkt eller enhet, i hvilken som helst rekkefølge. I et ark med flere slag sier kolonnen kind hva hver rad er; en fil med ett slag trenger den ikke. Begynn med malen, eller eksporter anlegget, endre det og importer det tilbake.`)
};

export const setup_help_more = /** @type {(inputs: Setup_Help_MoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mer i dokumentasjonen:`)
};

export const setup_help_one_bad = /** @type {(inputs: Setup_Help_One_BadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Én feil rad betyr at ingenting lagres:`)
};

export const setup_help_one_bad_after = /** @type {(inputs: Setup_Help_One_Bad_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forhåndsvisningen viser hvert problem med linjenummer.`)
};

export const setup_help_separators = /** @type {(inputs: Setup_Help_SeparatorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Komma, semikolon eller tabulator mellom cellene; lagre som UTF-8.`)
};

export const setup_help_serves = /** @type {(inputs: Setup_Help_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(knapper): id-er for kontrollpunkter, all for alle stedets, eller none.`)
};

export const setup_help_title = /** @type {(inputs: Setup_Help_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slik er filen bygd opp`)
};

export const setup_help_yes_no = /** @type {(inputs: Setup_Help_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`yes eller no`)
};

export const setup_id = /** @type {(inputs: Setup_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Id`)
};

export const setup_id_placeholder = /** @type {(inputs: Setup_Id_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lages av navnet`)
};

export const setup_imp_applies = /** @type {(inputs: Setup_Imp_AppliesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bruker nøyaktig filen som er forhåndsvist her: ${i?.created}, ${i?.changed}.`)
};

export const setup_imp_changed = /** @type {(inputs: Setup_Imp_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting ble importert: anlegget er endret siden forhåndsvisningen, og noen rader passer ikke lenger. Her er den nye forhåndsvisningen.`)
};

export const setup_imp_changes = /** @type {(inputs: Setup_Imp_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} endring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} endringer`);
	return /** @type {LocalizedString} */ ("setup_imp_changes");
};

export const setup_imp_choose_file = /** @type {(inputs: Setup_Imp_Choose_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg en CSV-fil, eller lim inn teksten.`)
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
	return /** @type {LocalizedString} */ (`Hva som skjer`)
};

export const setup_imp_column = /** @type {(inputs: Setup_Imp_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`, kolonne ${i?.field}`)
};

export const setup_imp_created_list = /** @type {(inputs: Setup_Imp_Created_ListInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`opprettet ${i?.list}`)
};

export const setup_imp_csv_file = /** @type {(inputs: Setup_Imp_Csv_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CSV-fil`)
};

export const setup_imp_done = /** @type {(inputs: Setup_Imp_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Importerte ${i?.name}: ${i?.created}; ${i?.changed}, ${i?.unchanged}.`)
};

export const setup_imp_download = /** @type {(inputs: Setup_Imp_DownloadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Last ned ${i?.name}`)
};

export const setup_imp_download_secrets = /** @type {(inputs: Setup_Imp_Download_SecretsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Last ned hemmeligheten til den nye enheten nå.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Last ned hemmelighetene til de ${i?.count} nye enhetene nå.`);
	return /** @type {LocalizedString} */ ("setup_imp_download_secrets");
};

export const setup_imp_empty = /** @type {(inputs: Setup_Imp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(tom)`)
};

export const setup_imp_err_at_least = /** @type {(inputs: Setup_Imp_Err_At_LeastInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min}`)
};

export const setup_imp_err_at_least_minutes = /** @type {(inputs: Setup_Imp_Err_At_Least_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min} minutter`)
};

export const setup_imp_err_at_least_seconds = /** @type {(inputs: Setup_Imp_Err_At_Least_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`minst ${i?.min} sekunder`)
};

export const setup_imp_err_at_most = /** @type {(inputs: Setup_Imp_Err_At_MostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`høyst ${i?.max}`)
};

export const setup_imp_err_at_most_minutes = /** @type {(inputs: Setup_Imp_Err_At_Most_MinutesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`høyst ${i?.max} minutter`)
};

export const setup_imp_err_at_most_seconds = /** @type {(inputs: Setup_Imp_Err_At_Most_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`høyst ${i?.max} sekunder`)
};

export const setup_imp_err_bad_hours = /** @type {(inputs: Setup_Imp_Err_Bad_HoursInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`«${i?.value}»: en dag og åpningstiden, for eksempel mon-fri 07:00-22:00 eller 2026-12-25 closed.`)
};

export const setup_imp_err_bad_id = /** @type {(inputs: Setup_Imp_Err_Bad_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en id er små bokstaver, sifre og bindestreker (ikke først), høyst 63 tegn, for eksempel hotel-oslo`)
};

export const setup_imp_err_column_not_of_kind = /** @type {(inputs: Setup_Imp_Err_Column_Not_Of_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Denne typen rad har ingen ${i?.column}: la cellen stå tom.`)
};

export const setup_imp_err_column_twice = /** @type {(inputs: Setup_Imp_Err_Column_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kolonnen ${i?.column} står der to ganger.`)
};

export const setup_imp_err_columns_ambiguous = /** @type {(inputs: Setup_Imp_Err_Columns_AmbiguousInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Disse kolonnene passer til flere typer rader (${i?.kinds}): legg til en kind-kolonne.`)
};

export const setup_imp_err_columns_fit_nothing = /** @type {(inputs: Setup_Imp_Err_Columns_Fit_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disse kolonnene passer ikke til noen type rad: legg til en kind-kolonne (site, zone, asset, checkpoint, sensor, button), eller sjekk kolonnenavnene.`)
};

export const setup_imp_err_day_twice = /** @type {(inputs: Setup_Imp_Err_Day_TwiceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.day} står der to ganger.`)
};

export const setup_imp_err_duplicate_id = /** @type {(inputs: Setup_Imp_Err_Duplicate_IdInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.id} står allerede på linje ${i?.line}: hver id bare én gang.`)
};

export const setup_imp_err_empty = /** @type {(inputs: Setup_Imp_Err_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kan ikke være tom.`)
};

export const setup_imp_err_id_missing = /** @type {(inputs: Setup_Imp_Err_Id_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hver rad trenger en id.`)
};

export const setup_imp_err_kind_missing = /** @type {(inputs: Setup_Imp_Err_Kind_MissingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Si hva raden er: en av ${i?.kinds}.`)
};

export const setup_imp_err_kind_not_of_file = /** @type {(inputs: Setup_Imp_Err_Kind_Not_Of_FileInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value}: denne filen har ${i?.sheet}-rader.`)
};

export const setup_imp_err_no_header = /** @type {(inputs: Setup_Imp_Err_No_HeaderInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Første linje må være overskriften, for eksempel ${i?.columns}`)
};

export const setup_imp_err_no_id_column = /** @type {(inputs: Setup_Imp_Err_No_Id_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overskriften trenger en id-kolonne.`)
};

export const setup_imp_err_not_yes_no = /** @type {(inputs: Setup_Imp_Err_Not_Yes_NoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ja eller nei.`)
};

export const setup_imp_err_one_of = /** @type {(inputs: Setup_Imp_Err_One_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`én av ${i?.options}`)
};

export const setup_imp_err_required_new = /** @type {(inputs: Setup_Imp_Err_Required_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Må fylles ut når raden legger til noe nytt.`)
};

export const setup_imp_err_sensor_serves = /** @type {(inputs: Setup_Imp_Err_Sensor_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bare en knapp betjener sjekkpunkter.`)
};

export const setup_imp_err_site_required = /** @type {(inputs: Setup_Imp_Err_Site_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilket sted hører den til? Fyll inn stedet.`)
};

export const setup_imp_err_site_required_device = /** @type {(inputs: Setup_Imp_Err_Site_Required_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Må fylles ut for en ny enhet.`)
};

export const setup_imp_err_stray_cell = /** @type {(inputs: Setup_Imp_Err_Stray_CellInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En celle utenfor overskriftens kolonner: gi den en kolonne, eller fjern den.`)
};

export const setup_imp_err_too_long = /** @type {(inputs: Setup_Imp_Err_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Høyst ${i?.max} tegn.`)
};

export const setup_imp_err_too_long_has = /** @type {(inputs: Setup_Imp_Err_Too_Long_HasInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Høyst ${i?.max} tegn (denne har ${i?.length}).`)
};

export const setup_imp_err_too_many_ids = /** @type {(inputs: Setup_Imp_Err_Too_Many_IdsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Høyst ${i?.max} id-er.`)
};

export const setup_imp_err_unclosed_quote = /** @type {(inputs: Setup_Imp_Err_Unclosed_QuoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et anførselstegn åpnes her og lukkes aldri: resten av filen ville blitt én celle.`)
};

export const setup_imp_err_unknown_assets = /** @type {(inputs: Setup_Imp_Err_Unknown_AssetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ukjent utstyr på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ukjent utstyr på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_assets");
};

export const setup_imp_err_unknown_checkpoints = /** @type {(inputs: Setup_Imp_Err_Unknown_CheckpointsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ukjent sjekkpunkt på ${i?.site}: ${i?.ids}`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Ukjente sjekkpunkter på ${i?.site}: ${i?.ids}`);
	return /** @type {LocalizedString} */ ("setup_imp_err_unknown_checkpoints");
};

export const setup_imp_err_unknown_column = /** @type {(inputs: Setup_Imp_Err_Unknown_ColumnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukjent kolonne ${i?.column}: kolonnene er ${i?.columns}.`)
};

export const setup_imp_err_unknown_row_kind = /** @type {(inputs: Setup_Imp_Err_Unknown_Row_KindInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.value} er ikke en type rad: en av ${i?.kinds}.`)
};

export const setup_imp_err_unknown_site = /** @type {(inputs: Setup_Imp_Err_Unknown_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukjent sted ${i?.site}: legg til en rad for det, eller rett id-en.`)
};

export const setup_imp_err_unknown_zone = /** @type {(inputs: Setup_Imp_Err_Unknown_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ukjent sone ${i?.zone} på ${i?.site}: legg til en rad for den, eller rett id-en.`)
};

export const setup_imp_err_whole_minutes = /** @type {(inputs: Setup_Imp_Err_Whole_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et helt antall minutter, for eksempel 60.`)
};

export const setup_imp_err_whole_seconds = /** @type {(inputs: Setup_Imp_Err_Whole_SecondsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et helt antall sekunder, for eksempel 60.`)
};

export const setup_imp_errors = /** @type {(inputs: Setup_Imp_ErrorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil`)
};

export const setup_imp_export_csv = /** @type {(inputs: Setup_Imp_Export_CsvInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksporter anlegget som CSV`)
};

export const setup_imp_export_csv_hint = /** @type {(inputs: Setup_Imp_Export_Csv_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder slik de er nå: endre dem i et regneark og importer dem tilbake.`)
};

export const setup_imp_export_json = /** @type {(inputs: Setup_Imp_Export_JsonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksporter anlegget som JSON`)
};

export const setup_imp_export_json_hint = /** @type {(inputs: Setup_Imp_Export_Json_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det samme som et anleggsdokument, for PUT /api/fleet. Ingen hemmeligheter i noen av dem.`)
};

export const setup_imp_files = /** @type {(inputs: Setup_Imp_FilesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filer`)
};

export const setup_imp_header_line = /** @type {(inputs: Setup_Imp_Header_LineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Overskriften (linje 1)`)
};

export const setup_imp_heading = /** @type {(inputs: Setup_Imp_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importer steder og enheter fra CSV`)
};

export const setup_imp_host_unknown = /** @type {(inputs: Setup_Imp_Host_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveren kjenner ikke meglerens adresse slik enhetene når den, så host og port er tomme: se en enhets side.`)
};

export const setup_imp_import_changes = /** @type {(inputs: Setup_Imp_Import_ChangesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Importer ${i?.count} endring`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Importer ${i?.count} endringer`);
	return /** @type {LocalizedString} */ ("setup_imp_import_changes");
};

export const setup_imp_importing = /** @type {(inputs: Setup_Imp_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importerer …`)
};

export const setup_imp_intro = /** @type {(inputs: Setup_Imp_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til eller endre mange steder, soner, objekter, kontrollpunkter og enheter på én gang fra et regneark. Forhåndsvisningen viser hva hver rad vil gjøre, og lagrer ingenting; importen bruker så den filen, alt eller ingenting.`)
};

export const setup_imp_line = /** @type {(inputs: Setup_Imp_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Linje ${i?.line}`)
};

export const setup_imp_n_asset = /** @type {(inputs: Setup_Imp_N_AssetInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} objekt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} objekter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_asset");
};

export const setup_imp_n_checkpoint = /** @type {(inputs: Setup_Imp_N_CheckpointInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} kontrollpunkt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} kontrollpunkter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_checkpoint");
};

export const setup_imp_n_device = /** @type {(inputs: Setup_Imp_N_DeviceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} enhet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} enheter`);
	return /** @type {LocalizedString} */ ("setup_imp_n_device");
};

export const setup_imp_n_rows_changed = /** @type {(inputs: Setup_Imp_N_Rows_ChangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} rad endret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rader endret`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_changed");
};

export const setup_imp_n_rows_unchanged = /** @type {(inputs: Setup_Imp_N_Rows_UnchangedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} rad uendret`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} rader uendret`);
	return /** @type {LocalizedString} */ ("setup_imp_n_rows_unchanged");
};

export const setup_imp_n_site = /** @type {(inputs: Setup_Imp_N_SiteInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sted`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} steder`);
	return /** @type {LocalizedString} */ ("setup_imp_n_site");
};

export const setup_imp_n_zone = /** @type {(inputs: Setup_Imp_N_ZoneInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} sone`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} soner`);
	return /** @type {LocalizedString} */ ("setup_imp_n_zone");
};

export const setup_imp_new_objects = /** @type {(inputs: Setup_Imp_New_ObjectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} nytt objekt`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} nye objekter`);
	return /** @type {LocalizedString} */ ("setup_imp_new_objects");
};

export const setup_imp_not_utf8 = /** @type {(inputs: Setup_Imp_Not_Utf8Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file} er ikke UTF-8-tekst. I Excel lagrer du den som «CSV UTF-8 (kommadelt)»; i LibreOffice eller Numbers velger du UTF-8 når du eksporterer.`)
};

export const setup_imp_nothing = /** @type {(inputs: Setup_Imp_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting å importere: hver rad er slik anlegget allerede er.`)
};

export const setup_imp_nothing_done = /** @type {(inputs: Setup_Imp_Nothing_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting ble importert: hver rad var slik anlegget allerede er.`)
};

export const setup_imp_nothing_new = /** @type {(inputs: Setup_Imp_Nothing_NewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingenting nytt`)
};

export const setup_imp_or_paste = /** @type {(inputs: Setup_Imp_Or_PasteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eller lim inn CSV-en her (brukes når ingen fil er valgt)`)
};

export const setup_imp_pasted_text = /** @type {(inputs: Setup_Imp_Pasted_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den innlimte teksten`)
};

export const setup_imp_preview = /** @type {(inputs: Setup_Imp_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis`)
};

export const setup_imp_preview_file = /** @type {(inputs: Setup_Imp_Preview_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis en fil`)
};

export const setup_imp_preview_first = /** @type {(inputs: Setup_Imp_Preview_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forhåndsvis filen først, og importer den så.`)
};

export const setup_imp_preview_of = /** @type {(inputs: Setup_Imp_Preview_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Forhåndsvisning av ${i?.name}`)
};

export const setup_imp_problems = /** @type {(inputs: Setup_Imp_ProblemsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} problem å rette.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} problemer å rette.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems");
};

export const setup_imp_problems_hint = /** @type {(inputs: Setup_Imp_Problems_HintInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Rett det i filen og forhåndsvis den igjen: ingenting importeres så lenge en rad har et problem.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`Rett dem i filen og forhåndsvis den igjen: ingenting importeres så lenge en rad har et problem.`);
	return /** @type {LocalizedString} */ ("setup_imp_problems_hint");
};

export const setup_imp_reading = /** @type {(inputs: Setup_Imp_ReadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leser …`)
};

export const setup_imp_rows = /** @type {(inputs: Setup_Imp_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rader`)
};

export const setup_imp_secrets_columns = /** @type {(inputs: Setup_Imp_Secrets_ColumnsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kolonner: device, site, secret, host, port. Åpne den som tekst: et regneark kan ta en hemmelighet som begynner med «-» for en formel og endre den.`)
};

export const setup_imp_secrets_once = /** @type {(inputs: Setup_Imp_Secrets_OnceInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Den vises bare denne gangen: når du forlater siden, kan den ikke vises igjen (en tapt hemmelighet betyr en ny, fra enhetens side). Ta vare på filen, gi hver enhets linje til den som installerer den, og slett så filen.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`De vises bare denne gangen: når du forlater siden, kan de ikke vises igjen (en tapt hemmelighet betyr en ny, fra enhetens side). Ta vare på filen, gi hver enhets linje til den som installerer den, og slett så filen.`);
	return /** @type {LocalizedString} */ ("setup_imp_secrets_once");
};

export const setup_imp_template = /** @type {(inputs: Setup_Imp_TemplateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last ned malen (CSV)`)
};

export const setup_imp_template_hint = /** @type {(inputs: Setup_Imp_Template_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eksempelrader av alle slag, til å fylle ut.`)
};

export const setup_imp_the_file = /** @type {(inputs: Setup_Imp_The_FileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Filen`)
};

export const setup_imp_title = /** @type {(inputs: Setup_Imp_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importer fra CSV`)
};

export const setup_imp_to_change = /** @type {(inputs: Setup_Imp_To_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Endres`)
};

export const setup_imp_to_create = /** @type {(inputs: Setup_Imp_To_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprettes`)
};

export const setup_imp_unchanged = /** @type {(inputs: Setup_Imp_UnchangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uendret`)
};

export const setup_imp_unchanged_count = /** @type {(inputs: Setup_Imp_Unchanged_CountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uendret`)
};

export const setup_imp_will_change = /** @type {(inputs: Setup_Imp_Will_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`endres`)
};

export const setup_imp_will_create = /** @type {(inputs: Setup_Imp_Will_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`opprettes`)
};

export const setup_imp_writes_nothing = /** @type {(inputs: Setup_Imp_Writes_NothingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En forhåndsvisning lagrer ingenting.`)
};

export const setup_import_link = /** @type {(inputs: Setup_Import_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importer fra CSV`)
};

export const setup_interval_minutes = /** @type {(inputs: Setup_Interval_MinutesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Intervall, minutter`)
};

export const setup_intro_admin = /** @type {(inputs: Setup_Intro_AdminInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder med soner, utstyr, sjekkpunkter og enheter. Administratorer oppretter og avvikler steder; ledere setter opp det som er på sine egne steder.`)
};

export const setup_intro_manager = /** @type {(inputs: Setup_Intro_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Steder med soner, utstyr, sjekkpunkter og enheter. Du setter opp det som er på dine egne steder.`)
};

export const setup_kind = /** @type {(inputs: Setup_KindInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type`)
};

export const setup_kind_button = /** @type {(inputs: Setup_Kind_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`knapp`)
};

export const setup_kind_button_long = /** @type {(inputs: Setup_Kind_Button_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Knapp eller betjeningspanel: sjekker inn ved kontrollpunkter, melder og løser`)
};

export const setup_kind_sensor = /** @type {(inputs: Setup_Kind_SensorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sensor`)
};

export const setup_kind_sensor_long = /** @type {(inputs: Setup_Kind_Sensor_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sensor: melder tilstanden til objektene den overvåker`)
};

export const setup_mqtt_username = /** @type {(inputs: Setup_Mqtt_UsernameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(MQTT-brukernavnet)`)
};

export const setup_name = /** @type {(inputs: Setup_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Navn`)
};

export const setup_new_site = /** @type {(inputs: Setup_New_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nytt sted`)
};

export const setup_new_site_next = /** @type {(inputs: Setup_New_Site_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deretter: soner, utstyr, sjekkpunkter og enheter.`)
};

export const setup_no_assets = /** @type {(inputs: Setup_No_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen objekter i denne sonen ennå.`)
};

export const setup_no_assets_covered = /** @type {(inputs: Setup_No_Assets_CoveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen objekter`)
};

export const setup_no_devices = /** @type {(inputs: Setup_No_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen enheter ennå: sensorer melder objektenes tilstand, knapper lar de ansatte sjekke inn og melde fra.`)
};

export const setup_no_sites = /** @type {(inputs: Setup_No_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen steder ennå.`)
};

export const setup_no_sites_admin_after = /** @type {(inputs: Setup_No_Sites_Admin_AfterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(der finnes en mal å starte fra).`)
};

export const setup_no_sites_admin_before = /** @type {(inputs: Setup_No_Sites_Admin_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opprett det første med`)
};

export const setup_no_sites_admin_or = /** @type {(inputs: Setup_No_Sites_Admin_OrInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eller`)
};

export const setup_no_sites_import = /** @type {(inputs: Setup_No_Sites_ImportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`importer en kjede fra en CSV-fil`)
};

export const setup_no_sites_manager = /** @type {(inputs: Setup_No_Sites_ManagerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En administrator oppretter steder; be en om å gi deg et sted å lede.`)
};

export const setup_no_zones = /** @type {(inputs: Setup_No_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen soner ennå: en sone er et sted på stedet (en etasje, en heis, toalettene) som har objekter.`)
};

export const setup_nothing_else = /** @type {(inputs: Setup_Nothing_ElseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingenting annet`)
};

export const setup_open = /** @type {(inputs: Setup_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne`)
};

export const setup_open_board = /** @type {(inputs: Setup_Open_BoardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne tavlen`)
};

export const setup_open_count = /** @type {(inputs: Setup_Open_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åpent`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åpne`);
	return /** @type {LocalizedString} */ ("setup_open_count");
};

export const setup_optional = /** @type {(inputs: Setup_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfritt)`)
};

export const setup_page_title = /** @type {(inputs: Setup_Page_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sett opp ${i?.site}`)
};

export const setup_print_labels = /** @type {(inputs: Setup_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etiketter`)
};

export const setup_rename = /** @type {(inputs: Setup_RenameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi nytt navn`)
};

export const setup_rename_retire_delete = /** @type {(inputs: Setup_Rename_Retire_DeleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gi nytt navn, pensjoner eller slett`)
};

export const setup_restore = /** @type {(inputs: Setup_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett`)
};

export const setup_restore_button = /** @type {(inputs: Setup_Restore_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett`)
};

export const setup_restore_site = /** @type {(inputs: Setup_Restore_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenopprett stedet`)
};

export const setup_restored = /** @type {(inputs: Setup_RestoredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.site} er i drift igjen, med det som ble avviklet sammen med det.`)
};

export const setup_restored_done = /** @type {(inputs: Setup_Restored_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gjenopprettet ${i?.thing}.`)
};

export const setup_retire_asset = /** @type {(inputs: Setup_Retire_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner objektet`)
};

export const setup_retire_checkpoint = /** @type {(inputs: Setup_Retire_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner kontrollpunktet`)
};

export const setup_retire_site = /** @type {(inputs: Setup_Retire_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner stedet`)
};

export const setup_retire_site_explain = /** @type {(inputs: Setup_Retire_Site_ExplainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet forsvinner fra tavlene, veggtavlen og varslene; enhetene kobles fra og kan ikke logge inn; åpne avvik lukkes. Historikk og rapporter blir, og stedet kan gjenopprettes fra Oppsett.`)
};

export const setup_retire_summary = /** @type {(inputs: Setup_Retire_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensjoner ${i?.site} …`)
};

export const setup_retire_zone = /** @type {(inputs: Setup_Retire_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjoner sonen`)
};

export const setup_retire_zone_hint = /** @type {(inputs: Setup_Retire_Zone_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objektene og kontrollpunktene forsvinner fra tavlene med den og kommer tilbake med den; historikken blir.`)
};

export const setup_retired_closed = /** @type {(inputs: Setup_Retired_ClosedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} åpent avvik ble lukket; historikken blir.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} åpne avvik ble lukket; historikken blir.`);
	return /** @type {LocalizedString} */ ("setup_retired_closed");
};

export const setup_retired_done = /** @type {(inputs: Setup_Retired_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pensjonerte ${i?.thing}: ute av tavlene og varslene.`)
};

export const setup_retired_heading = /** @type {(inputs: Setup_Retired_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pensjonert`)
};

export const setup_retired_hint = /** @type {(inputs: Setup_Retired_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ute av tavlene og varslene; historikk og rapporter blir. Gjenoppretting henter tilbake det som ble pensjonert sammen med det.`)
};

export const setup_retired_intro = /** @type {(inputs: Setup_Retired_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borte fra tavlene og varslene; historikken og rapportene blir værende.`)
};

export const setup_retired_title = /** @type {(inputs: Setup_Retired_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avviklede steder`)
};

export const setup_row_asset = /** @type {(inputs: Setup_Row_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objekt ${i?.name} (${i?.zone})`)
};

export const setup_row_checkpoint = /** @type {(inputs: Setup_Row_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt ${i?.name} (${i?.zone})`)
};

export const setup_row_device = /** @type {(inputs: Setup_Row_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enhet ${i?.name}`)
};

export const setup_row_zone = /** @type {(inputs: Setup_Row_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sone ${i?.name}`)
};

export const setup_save_asset = /** @type {(inputs: Setup_Save_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre objektet`)
};

export const setup_save_checkpoint = /** @type {(inputs: Setup_Save_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre kontrollpunktet`)
};

export const setup_save_site = /** @type {(inputs: Setup_Save_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagre stedet`)
};

export const setup_seconds = /** @type {(inputs: Setup_SecondsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} s`)
};

export const setup_secret_once_hint = /** @type {(inputs: Setup_Secret_Once_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hemmeligheten vises én gang, rett etterpå, med en fil å laste ned og hvordan den kobler til.`)
};

export const setup_serves = /** @type {(inputs: Setup_ServesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontrollpunkter den betjener`)
};

export const setup_serves_all = /** @type {(inputs: Setup_Serves_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle stedets kontrollpunkter`)
};

export const setup_serves_hint = /** @type {(inputs: Setup_Serves_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en knapp; en sensor betjener ingen)`)
};

export const setup_serves_none = /** @type {(inputs: Setup_Serves_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen: den bare melder`)
};

export const setup_serves_some = /** @type {(inputs: Setup_Serves_SomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disse:`)
};

export const setup_set_up = /** @type {(inputs: Setup_Set_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett opp`)
};

export const setup_site_created = /** @type {(inputs: Setup_Site_CreatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet er opprettet. Legg til soner og objekter nedenfor, deretter kontrollpunkter og enheter.`)
};

export const setup_site_saved = /** @type {(inputs: Setup_Site_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet er lagret.`)
};

export const setup_state_offline = /** @type {(inputs: Setup_State_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`frakoblet`)
};

export const setup_state_online = /** @type {(inputs: Setup_State_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tilkoblet`)
};

export const setup_state_revoked = /** @type {(inputs: Setup_State_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trukket tilbake`)
};

export const setup_tag_retired = /** @type {(inputs: Setup_Tag_RetiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pensjonert`)
};

export const setup_the_site = /** @type {(inputs: Setup_The_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stedet`)
};

export const setup_thing_asset = /** @type {(inputs: Setup_Thing_AssetInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`objektet ${i?.name}`)
};

export const setup_thing_checkpoint = /** @type {(inputs: Setup_Thing_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kontrollpunktet ${i?.name}`)
};

export const setup_thing_device = /** @type {(inputs: Setup_Thing_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`enheten ${i?.name}`)
};

export const setup_thing_site = /** @type {(inputs: Setup_Thing_SiteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stedet ${i?.name}`)
};

export const setup_thing_zone = /** @type {(inputs: Setup_Thing_ZoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`sonen ${i?.name}`)
};

export const setup_title = /** @type {(inputs: Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppsett`)
};

export const setup_watches = /** @type {(inputs: Setup_WatchesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekter den overvåker`)
};

export const setup_watches_hint = /** @type {(inputs: Setup_Watches_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(en sensor: når den blir stille, er tilstanden ukjent)`)
};

export const setup_zone = /** @type {(inputs: Setup_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone`)
};

export const setup_zone_added = /** @type {(inputs: Setup_Zone_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sonen ${i?.name} er lagt til.`)
};

export const setup_zone_placeholder = /** @type {(inputs: Setup_Zone_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heis A`)
};

export const setup_zone_saved = /** @type {(inputs: Setup_Zone_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sonen ${i?.name} er lagret.`)
};

export const setup_zones_assets = /** @type {(inputs: Setup_Zones_AssetsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Soner og objekter`)
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

export const site_asset_ok = /** @type {(inputs: Site_Asset_OkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`virker`)
};

export const site_assets = /** @type {(inputs: Site_AssetsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utstyr: ${i?.ok} i orden, ${i?.defect} med avvik, ${i?.unknown} ukjent (sensor frakoblet)`)
};

export const site_caught_before = /** @type {(inputs: Site_Caught_BeforeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oppdaget før en kunde meldte det:`)
};

export const site_checkpoint = /** @type {(inputs: Site_CheckpointInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kontrollpunkt ${i?.name}: hver ${i?.interval}, siste kontroll ${i?.last}`)
};

export const site_checkpoint_ago = /** @type {(inputs: Site_Checkpoint_AgoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`for ${i?.age} siden`)
};

export const site_checkpoint_never = /** @type {(inputs: Site_Checkpoint_NeverInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`aldri`)
};

export const site_checkpoint_now = /** @type {(inputs: Site_Checkpoint_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`akkurat nå`)
};

export const site_checks_on_time = /** @type {(inputs: Site_Checks_On_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kontroller i tide ${i?.onTime}/${i?.checkpoints}`)
};

export const site_counts = /** @type {(inputs: Site_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.open} åpne (${i?.high} høy, ${i?.medium} middels, ${i?.low} lav) · ${i?.overdue} forfalt · eldste ${i?.oldest}`)
};

export const site_crumb_all = /** @type {(inputs: Site_Crumb_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const site_defect_number = /** @type {(inputs: Site_Defect_NumberInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`avvik #${i?.id}`)
};

export const site_devices = /** @type {(inputs: Site_DevicesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enheter`)
};

export const site_devices_off = /** @type {(inputs: Site_Devices_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.offline} av ${i?.total} enheter frakoblet`)
};

export const site_inspections_on_time = /** @type {(inputs: Site_Inspections_On_TimeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inspeksjoner i tide:`)
};

export const site_inspections_split = /** @type {(inputs: Site_Inspections_SplitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(${i?.onTime} i tide, ${i?.missed} uteble)`)
};

export const site_labels_all_sites = /** @type {(inputs: Site_Labels_All_SitesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle steder`)
};

export const site_labels_all_zones = /** @type {(inputs: Site_Labels_All_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle soner`)
};

export const site_labels_col_asset = /** @type {(inputs: Site_Labels_Col_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt`)
};

export const site_labels_col_label = /** @type {(inputs: Site_Labels_Col_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Etiketten`)
};

export const site_labels_col_revoke = /** @type {(inputs: Site_Labels_Col_RevokeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake`)
};

export const site_labels_count = /** @type {(inputs: Site_Labels_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} etikett`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} etiketter`);
	return /** @type {LocalizedString} */ ("site_labels_count");
};

export const site_labels_intro = /** @type {(inputs: Site_Labels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En etikett for hvert objekt kundene ser, til å feste der det står: skanner man den, åpnes siden som melder fra om en feil der, på stedets språk. Skriv ut i faktisk størrelse (100 %, ikke «tilpass til siden»).`)
};

export const site_labels_new_code = /** @type {(inputs: Site_Labels_New_CodeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ny kode laget for ${i?.name}. Kodene som ble skrevet ut før, virker ikke lenger: skriv ut den nye etiketten og bytt ut den gamle.`)
};

export const site_labels_none = /** @type {(inputs: Site_Labels_NoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ingen etiketter å skrive ut: ${i?.where} har ingen objekter i drift som kundene ser. Et objekt får en etikett når det er merket som synlig for kunder.`)
};

export const site_labels_only_of = /** @type {(inputs: Site_Labels_Only_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bare etiketten til ${i?.name}.`)
};

export const site_labels_paper = /** @type {(inputs: Site_Labels_PaperInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Papir`)
};

export const site_labels_print = /** @type {(inputs: Site_Labels_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut`)
};

export const site_labels_print_only = /** @type {(inputs: Site_Labels_Print_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut bare denne etiketten`)
};

export const site_labels_revoke_button = /** @type {(inputs: Site_Labels_Revoke_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake og lag en ny kode`)
};

export const site_labels_revoke_explain = /** @type {(inputs: Site_Labels_Revoke_ExplainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hver utskrevne kode for ${i?.name} slutter å virke med en gang.`)
};

export const site_labels_revoke_intro = /** @type {(inputs: Site_Labels_Revoke_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For en etikett som er kopiert, flyttet eller misbrukt: koden slutter å virke med en gang, uansett hvor den er skrevet ut.`)
};

export const site_labels_revoke_intro_print = /** @type {(inputs: Site_Labels_Revoke_Intro_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For en etikett som er kopiert, flyttet eller misbrukt: koden slutter å virke med en gang, uansett hvor den er skrevet ut, og denne siden viser objektets nye etikett som skal skrives ut i stedet.`)
};

export const site_labels_revoke_of = /** @type {(inputs: Site_Labels_Revoke_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`koden til ${i?.name}`)
};

export const site_labels_revoke_title = /** @type {(inputs: Site_Labels_Revoke_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trekk tilbake en kode`)
};

export const site_labels_scan = /** @type {(inputs: Site_Labels_ScanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skann for å melde fra om en feil`)
};

export const site_labels_sheet_of = /** @type {(inputs: Site_Labels_Sheet_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ark ${i?.n} av ${i?.total}`)
};

export const site_labels_sheets = /** @type {(inputs: Site_Labels_SheetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
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
	return /** @type {LocalizedString} */ (`Etikettstørrelse`)
};

export const site_labels_size_large = /** @type {(inputs: Site_Labels_Size_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stor`)
};

export const site_labels_size_medium = /** @type {(inputs: Site_Labels_Size_MediumInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Middels`)
};

export const site_labels_size_option = /** @type {(inputs: Site_Labels_Size_OptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.width} × ${i?.height} mm (${i?.count} per ark)`)
};

export const site_labels_size_small = /** @type {(inputs: Site_Labels_Size_SmallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liten`)
};

export const site_labels_summary = /** @type {(inputs: Site_Labels_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.labels} på ${i?.sheets} ${i?.paper}, ${i?.columns} × ${i?.rows} per ark. Kodene åpner`)
};

export const site_labels_this_site = /** @type {(inputs: Site_Labels_This_SiteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dette stedet`)
};

export const site_labels_title = /** @type {(inputs: Site_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_labels_which_asset = /** @type {(inputs: Site_Labels_Which_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Det objektet er ikke på dette arket lenger: last inn siden på nytt og velg det igjen.`)
};

export const site_labels_zone = /** @type {(inputs: Site_Labels_ZoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sone`)
};

export const site_last_days = /** @type {(inputs: Site_Last_DaysInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siste 14 dager`)
};

export const site_nothing_open = /** @type {(inputs: Site_Nothing_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting åpent. Alt det grunnleggende her er i orden.`)
};

export const site_open_defects = /** @type {(inputs: Site_Open_DefectsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne avvik`)
};

export const site_print_labels = /** @type {(inputs: Site_Print_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etiketter`)
};

export const site_print_labels_title = /** @type {(inputs: Site_Print_Labels_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Et ark med QR-kodene gjester skanner for å melde et problem, én per utstyr kundene ser`)
};

export const site_qr_title = /** @type {(inputs: Site_Qr_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-koden gjester skanner for å melde et problem her`)
};

export const site_report_another = /** @type {(inputs: Site_Report_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld et til`)
};

export const site_report_asset = /** @type {(inputs: Site_Report_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objekt`)
};

export const site_report_choose = /** @type {(inputs: Site_Report_ChooseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg …`)
};

export const site_report_choose_asset = /** @type {(inputs: Site_Report_Choose_AssetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg objektet.`)
};

export const site_report_choose_fault = /** @type {(inputs: Site_Report_Choose_FaultInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hva som er galt.`)
};

export const site_report_failed = /** @type {(inputs: Site_Report_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meldingen gikk ikke gjennom: ${i?.reason}`)
};

export const site_report_head = /** @type {(inputs: Site_Report_HeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Meld fra om en feil ved ${i?.site}`)
};

export const site_report_here = /** @type {(inputs: Site_Report_HereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld`)
};

export const site_report_here_title = /** @type {(inputs: Site_Report_Here_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld en feil her`)
};

export const site_report_note = /** @type {(inputs: Site_Report_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merknad`)
};

export const site_report_note_placeholder = /** @type {(inputs: Site_Report_Note_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`f.eks. venstre side, 3. etasje`)
};

export const site_report_optional = /** @type {(inputs: Site_Report_OptionalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(valgfritt)`)
};

export const site_report_send = /** @type {(inputs: Site_Report_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld fra`)
};

export const site_report_title = /** @type {(inputs: Site_Report_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meld fra om en feil`)
};

export const site_report_what = /** @type {(inputs: Site_Report_WhatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva er galt?`)
};

export const site_reported_merged = /** @type {(inputs: Site_Reported_MergedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lagt til det åpne avviket`)
};

export const site_reported_opened = /** @type {(inputs: Site_Reported_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldt`)
};

export const site_reported_what = /** @type {(inputs: Site_Reported_WhatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} på ${i?.asset}`)
};

export const site_setup_link = /** @type {(inputs: Site_Setup_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sett opp`)
};

export const site_setup_title = /** @type {(inputs: Site_Setup_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Soner, utstyr, kontrollpunkter, enheter og åpningstider for dette stedet`)
};

export const site_times_in = /** @type {(inputs: Site_Times_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tider i ${i?.zone}`)
};

export const site_trend_chart = /** @type {(inputs: Site_Trend_ChartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avvik åpnet og løst per dag på dette stedet`)
};

export const site_trend_day = /** @type {(inputs: Site_Trend_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dag`)
};

export const site_trend_opened = /** @type {(inputs: Site_Trend_OpenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpnet`)
};

export const site_trend_resolved = /** @type {(inputs: Site_Trend_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løst`)
};

export const site_trend_table = /** @type {(inputs: Site_Trend_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vis som tabell`)
};

export const site_unknown_note = /** @type {(inputs: Site_Unknown_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ukjent: sensoren er frakoblet`)
};

export const site_zone_labels = /** @type {(inputs: Site_Zone_LabelsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QR-etiketter`)
};

export const site_zone_labels_title = /** @type {(inputs: Site_Zone_Labels_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Skriv ut QR-etikettene for ${i?.zone}`)
};

export const site_zone_unknown = /** @type {(inputs: Site_Zone_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ukjent`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} ukjente`);
	return /** @type {LocalizedString} */ ("site_zone_unknown");
};

export const site_zone_with_defects = /** @type {(inputs: Site_Zone_With_DefectsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} med avvik`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} med avvik`);
	return /** @type {LocalizedString} */ ("site_zone_with_defects");
};

export const site_zones = /** @type {(inputs: Site_ZonesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Soner`)
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

export const work_a_moment = /** @type {(inputs: Work_A_MomentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`et øyeblikk`)
};

export const work_acknowledge = /** @type {(inputs: Work_AcknowledgeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvitter`)
};

export const work_acknowledged = /** @type {(inputs: Work_AcknowledgedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kvittert.`)
};

export const work_add_comment = /** @type {(inputs: Work_Add_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legg til kommentar`)
};

export const work_all_open = /** @type {(inputs: Work_All_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle åpne feil ›`)
};

export const work_assigned_to = /** @type {(inputs: Work_Assigned_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt ${i?.name}.`)
};

export const work_choose_assignee = /** @type {(inputs: Work_Choose_AssigneeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg hvem som skal gjøre det.`)
};

export const work_choose_due = /** @type {(inputs: Work_Choose_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Velg ny frist, dato og klokkeslett.`)
};

export const work_comment = /** @type {(inputs: Work_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar`)
};

export const work_comment_added = /** @type {(inputs: Work_Comment_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kommentar lagt til.`)
};

export const work_comment_first = /** @type {(inputs: Work_Comment_FirstInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Skriv kommentaren først.`)
};

export const work_comment_on = /** @type {(inputs: Work_Comment_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kommentar til ${i?.asset}`)
};

export const work_comment_placeholder = /** @type {(inputs: Work_Comment_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hva du så eller gjorde`)
};

export const work_comment_too_long = /** @type {(inputs: Work_Comment_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En kommentar kan ha høyst 2 000 tegn.`)
};

export const work_due_in = /** @type {(inputs: Work_Due_InInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`frist om ${i?.span}`)
};

export const work_mine_heading = /** @type {(inputs: Work_Mine_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt meg og teamet mitt`)
};

export const work_mine_none = /** @type {(inputs: Work_Mine_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting er tildelt deg. Ta en nedenfor.`)
};

export const work_nobody = /** @type {(inputs: Work_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ingen har den`)
};

export const work_note = /** @type {(inputs: Work_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merknad`)
};

export const work_notices_assigned_team = /** @type {(inputs: Work_Notices_Assigned_TeamInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tildelt teamet ditt (${i?.team})`)
};

export const work_notices_assigned_you = /** @type {(inputs: Work_Notices_Assigned_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tildelt deg`)
};

export const work_notices_attention = /** @type {(inputs: Work_Notices_AttentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trenger oppmerksomhet`)
};

export const work_notices_empty = /** @type {(inputs: Work_Notices_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingen varsler ennå. Når en feil blir tildelt deg eller eskalert til deg, vises den her.`)
};

export const work_notices_escalated = /** @type {(inputs: Work_Notices_EscalatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eskalert til deg`)
};

export const work_notices_intro = /** @type {(inputs: Work_Notices_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Feil som er tildelt deg eller teamet ditt, eskalert til deg, eller nye som trenger en leder: nyeste først.`)
};

export const work_notices_mark_read = /** @type {(inputs: Work_Notices_Mark_ReadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merk som lest`)
};

export const work_notices_none_unread = /** @type {(inputs: Work_Notices_None_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting ulest.`)
};

export const work_notices_not_personal = /** @type {(inputs: Work_Notices_Not_PersonalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varsler er for personer: denne innloggingen har ingen egen konto.`)
};

export const work_notices_read_all = /** @type {(inputs: Work_Notices_Read_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merk alle som lest`)
};

export const work_notices_tab = /** @type {(inputs: Work_Notices_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Varsler`)
};

export const work_notices_title = /** @type {(inputs: Work_Notices_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Varsler`)
};

export const work_notices_unread = /** @type {(inputs: Work_Notices_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ulest`)
};

export const work_notices_unread_count = /** @type {(inputs: Work_Notices_Unread_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("nb", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} ulest.`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} uleste.`);
	return /** @type {LocalizedString} */ ("work_notices_unread_count");
};

export const work_notices_when_by = /** @type {(inputs: Work_Notices_When_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.when} · av ${i?.by}`)
};

export const work_on_hold_done = /** @type {(inputs: Work_On_Hold_DoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Satt på vent.`)
};

export const work_on_hold_reason = /** @type {(inputs: Work_On_Hold_ReasonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`på vent: ${i?.reason}`)
};

export const work_open = /** @type {(inputs: Work_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne ›`)
};

export const work_open_heading = /** @type {(inputs: Work_Open_HeadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Åpne på mine steder`)
};

export const work_open_label = /** @type {(inputs: Work_Open_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Åpne ${i?.fault} på ${i?.asset}: bilder og historikk`)
};

export const work_open_none = /** @type {(inputs: Work_Open_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ingenting annet er åpent. Alt det grunnleggende er i orden.`)
};

export const work_overdue_by = /** @type {(inputs: Work_Overdue_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.span} over fristen`)
};

export const work_reopened = /** @type {(inputs: Work_ReopenedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gjenåpnet.`)
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
	return /** @type {LocalizedString} */ (`Skriv hva den venter på.`)
};

export const work_staff_take_only = /** @type {(inputs: Work_Staff_Take_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ansatte kan ta en feil selv; en leder tildeler den til andre.`)
};

export const work_tab = /** @type {(inputs: Work_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bulb Check · Mitt arbeid`)
};

export const work_take = /** @type {(inputs: Work_TakeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jeg tar den`)
};

export const work_title = /** @type {(inputs: Work_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mitt arbeid`)
};

export const work_unassigned = /** @type {(inputs: Work_UnassignedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ikke lenger tildelt.`)
};

export const work_undo = /** @type {(inputs: Work_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angre`)
};

export const work_undone = /** @type {(inputs: Work_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Løsningen er angret: alt er som før.`)
};

export const work_view_only = /** @type {(inputs: Work_View_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rollen din kan bare se. Spør en administrator om du trenger å gjøre noe.`)
};

export const work_which_defect = /** @type {(inputs: Work_Which_DefectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hvilken feil? Åpne den fra listen og prøv igjen.`)
};

export const work_yours = /** @type {(inputs: Work_YoursInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`din`)
};

export const work_yours_now = /** @type {(inputs: Work_Yours_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Den er din nå.`)
};

export const zone_time = /** @type {(inputs: Zone_TimeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.city}-tid`)
};

export const zone_utc = /** @type {(inputs: Zone_UtcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UTC`)
};